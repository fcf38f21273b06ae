#!/usr/bin/python3
"""Generates src/core/fold_table.inc, the code point table behind pm::foldKey.

foldKey turns a name into the key under which names are compared: case- and accent-insensitive,
with one spelling for apostrophes, dashes and spaces. The table is derived from Python's
unicodedata so that it follows the Unicode standard rather than a hand-written list:

  * In the Latin, Greek, Cyrillic, Armenian and Georgian blocks, the combining-mark blocks, general
    punctuation, super/subscripts, Latin ligatures and fullwidth ASCII, a character becomes
    casefold(NFKD(c) without combining marks (category Mn)).  "Ó" -> "o", "ǅ" -> "dz", "ﬁ" -> "fi".
  * Everywhere else a character is only case-folded (Cherokee, Deseret, Adlam ... have case too).
  * Latin letters that do not decompose but are named "LATIN ... LETTER X WITH ..." (ø, ł, đ, ħ, ŧ,
    ɗ ...) become their base letter; a few more come from SUPPLEMENT (æ, œ, þ, ð, ı, ß ...).
  * All apostrophe-like characters become "'", all dashes "-", all spaces (Zs, NBSP, line and
    paragraph separators) " ", format characters (Cf: soft hyphen, zero-width space, BOM ...)
    and spacing accents (¨ ¸ ˘ ...) are dropped.
  * Mappings are applied until they reach a fixed point, so foldKey(foldKey(s)) == foldKey(s).

ASCII is handled in C++ directly (see fold_ascii below, which text_fold.cpp mirrors): A-Z lower-case,
'`' -> "'", tab/newline/CR/VT/FF -> " ", other control characters dropped.  The C++ side also
collapses runs of spaces and trims them, and drops invalid UTF-8 bytes.

Run with Debian's /usr/bin/python3; the output depends on its Unicode version (recorded in the file).
build_gazetteer.py imports fold() from here so that the asset is deduplicated with the same keys.
"""

import pathlib
import re
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "core" / "fold_table.inc"

# Blocks that get the full treatment (decompose, drop combining marks, case-fold).
DECOMPOSED_BLOCKS = [
    (0x0080, 0x052F),  # Latin-1 Supplement .. Cyrillic Supplement (incl. IPA, modifiers, combining marks, Greek)
    (0x0530, 0x058F),  # Armenian
    (0x10A0, 0x10FF),  # Georgian
    (0x1AB0, 0x1AFF),  # Combining Diacritical Marks Extended
    (0x1C80, 0x1C8F),  # Cyrillic Extended-C
    (0x1C90, 0x1CBF),  # Georgian Extended
    (0x1D00, 0x1DFF),  # Phonetic Extensions (+ Supplement), Combining Diacritical Marks Supplement
    (0x1E00, 0x1EFF),  # Latin Extended Additional
    (0x1F00, 0x1FFF),  # Greek Extended
    (0x2000, 0x206F),  # General Punctuation
    (0x2070, 0x209F),  # Superscripts and Subscripts
    (0x20D0, 0x20FF),  # Combining Diacritical Marks for Symbols
    (0x2C60, 0x2C7F),  # Latin Extended-C
    (0x2DE0, 0x2DFF),  # Cyrillic Extended-A
    (0xA640, 0xA69F),  # Cyrillic Extended-B
    (0xA720, 0xA7FF),  # Latin Extended-D
    (0xAB30, 0xAB6F),  # Latin Extended-E
    (0xFB00, 0xFB06),  # Latin ligatures
    (0xFE20, 0xFE2F),  # Combining Half Marks
    (0xFF01, 0xFF5E),  # Fullwidth ASCII
    (0x10780, 0x107BF),  # Latin Extended-F
    (0x1DF00, 0x1DFFF),  # Latin Extended-G
]

APOSTROPHES = "\u2019\u2018\u201b\u02bc\u02bb\u02bd\u02b9\u00b4\u2032\uff07"  # ’ ‘ ‛ ʼ ʻ ʽ ʹ ´ ′ ＇ (and ASCII ` ')
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"  # ‐ ‑ ‒ – — ― − ﹘ ﹣ －
EXTRA_SPACES = "\u0085\u2028\u2029"  # NEL, line and paragraph separator (not category Zs)

# Letters that neither decompose nor follow the "LETTER X WITH ..." naming pattern.
SUPPLEMENT = {
    "ß": "ss", "ẞ": "ss",
    "æ": "ae", "Æ": "ae", "ǽ": "ae", "Ǽ": "ae", "ǣ": "ae", "Ǣ": "ae",
    "œ": "oe", "Œ": "oe",
    "þ": "th", "Þ": "th",
    "ð": "d", "Ð": "d",
    "ı": "i",
    "ĸ": "k",
    "ŀ": "l", "Ŀ": "l",  # NFKD gives l + middle dot
    "ŉ": "'n",  # NFKD gives ʼn
}

WITH_PATTERN = re.compile(r"^LATIN (?:SMALL|CAPITAL) LETTER ([A-Z]) WITH ")


def in_decomposed_block(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in DECOMPOSED_BLOCKS)


def fold_ascii(cp: int) -> str:
    """The ASCII rules that text_fold.cpp implements without the table."""
    c = chr(cp)
    if "A" <= c <= "Z":
        return c.lower()
    if c == "`":
        return "'"
    if c in "\t\n\r\v\f":
        return " "
    if cp < 0x20 or cp == 0x7F:
        return ""
    return c


def single_mapping(cp: int) -> str:
    """One step of the mapping for a non-ASCII code point (before the fixed point)."""
    c = chr(cp)
    if c in APOSTROPHES:
        return "'"
    if c in DASHES:
        return "-"
    if c in EXTRA_SPACES:
        return " "
    category = unicodedata.category(c)
    if category == "Zs":
        return " "
    if category == "Cf":
        return ""
    if c in SUPPLEMENT:
        return SUPPLEMENT[c]
    if not in_decomposed_block(cp):
        return c.casefold()
    if category == "Mn":
        return ""
    match = WITH_PATTERN.match(unicodedata.name(c, ""))
    if match and unicodedata.decomposition(c) == "":
        return match.group(1).lower()
    stripped = "".join(d for d in unicodedata.normalize("NFKD", c) if unicodedata.category(d) != "Mn")
    if stripped.strip() == "" and category != "Zs":
        return ""  # a spacing accent such as ¨ decomposes to space + mark: drop it
    return stripped.casefold()


def build_map() -> dict:
    """Code point -> replacement for every non-ASCII code point that does not map to itself."""
    raw = {}
    for cp in range(0x80, 0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        mapped = single_mapping(cp)
        if mapped != chr(cp):
            raw[cp] = mapped

    def step(text: str) -> str:
        out = []
        for ch in text:
            cp = ord(ch)
            out.append(fold_ascii(cp) if cp < 0x80 else raw.get(cp, ch))
        return "".join(out)

    table = {}
    for cp, mapped in raw.items():
        for _ in range(8):
            again = step(mapped)
            if again == mapped:
                break
            mapped = again
        else:
            raise RuntimeError(f"U+{cp:04X} does not reach a fixed point")
        if mapped != chr(cp):
            table[cp] = mapped
    return table


_TABLE = None


def fold(text: str) -> str:
    """Python mirror of pm::foldKey for valid text."""
    global _TABLE
    if _TABLE is None:
        _TABLE = build_map()
    pieces = []
    for ch in text:
        cp = ord(ch)
        pieces.append(fold_ascii(cp) if cp < 0x80 else _TABLE.get(cp, ch))
    # Runs of spaces collapse to one, leading and trailing spaces go.
    return " ".join(part for part in "".join(pieces).split(" ") if part)


def c_string(text: str) -> str:
    """A C string literal; octal escapes (at most three digits) cannot swallow a following character."""
    out = []
    for byte in text.encode("utf-8"):
        if byte in (0x22, 0x5C):
            out.append("\\" + chr(byte))
        elif 0x20 <= byte < 0x7F:
            out.append(chr(byte))
        else:
            out.append(f"\\{byte:03o}")
    return '"' + "".join(out) + '"'


def main() -> int:
    table = build_map()
    lines = [
        "// Generated by tools/build_fold_table.py -- do not edit; rerun the tool instead.",
        f"// Unicode {unicodedata.unidata_version} (Python {sys.version.split()[0]} unicodedata), "
        f"{len(table)} entries sorted by code point.",
        "// Each entry: {code point, UTF-8 replacement}; code points not listed map to themselves.",
    ]
    for cp in sorted(table):
        name = unicodedata.name(chr(cp), f"U+{cp:04X}")
        lines.append(f"{{0x{cp:04X}, {c_string(table[cp])}}},  // {name}")
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="ascii")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(table)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
