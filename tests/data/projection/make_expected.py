#!/usr/bin/python3
"""Writes expected.tsv: sample points projected by PROJ's own `proj` command line tool (proj-bin).

The PROJ strings below must be what pm::projString builds for each catalogue entry; the test
checks both the strings and the coordinates. Run from anywhere:

    /usr/bin/python3 tests/data/projection/make_expected.py
"""

import pathlib
import subprocess

SPHERE = "+R=6371008.8"
ELLIPSOID = "+ellps=WGS84"
WORLD = {
    "equal-earth": ("eqearth", ELLIPSOID),
    "robinson": ("robin", SPHERE),
    "winkel-tripel": ("wintri", SPHERE),
    "natural-earth": ("natearth", SPHERE),
    "mollweide": ("moll", SPHERE),
    "mercator": ("merc", ELLIPSOID),
    "equirectangular": ("eqc", ELLIPSOID),
}
AZIMUTHAL = {
    "orthographic": ("ortho", SPHERE),
    "azimuthal-equidistant": ("aeqd", ELLIPSOID),
    "lambert-azimuthal": ("laea", ELLIPSOID),
}
WORLD_CENTRES = [(0, -170), (0, -30), (0, 0), (0, 10), (0, 100), (0, 180)]
AZIMUTHAL_CENTRES = [(49.45, 11.08), (-40, -150), (0, 0), (90, 0)]
POINTS = [  # (lat, lon)
    (0, 0), (52.52, 13.405), (-33.87, 151.21), (40.71, -74.01), (-54.8, -68.3), (64.15, -21.94),
    (35.68, 139.69), (-89, 45), (80, -170), (12.5, 179.9), (-20, -179.9),
]


def number(value):
    text = f"{value:.10g}"
    return "0" if text == "-0" else text


def project(proj_string, points):
    lines = "".join(f"{lon} {lat}\n" for lat, lon in points)
    out = subprocess.run(["proj", "-f", "%.6f", *proj_string.split()], input=lines, capture_output=True,
                         text=True, check=True).stdout.splitlines()
    return [line.split() for line in out]


def main():
    rows = ["# id\tcentre_lat\tcentre_lon\tproj_string\tlat\tlon\tx\ty  (x y '*' = PROJ cannot project)"]
    cases = [(pid, c, WORLD[pid]) for pid in WORLD for c in WORLD_CENTRES]
    cases += [(pid, c, AZIMUTHAL[pid]) for pid in AZIMUTHAL for c in AZIMUTHAL_CENTRES]
    for pid, (clat, clon), (name, shape) in cases:
        if pid in AZIMUTHAL:
            proj_string = f"+proj={name} +lat_0={number(clat)} +lon_0={number(clon)} {shape}"
        else:
            clat = 0
            proj_string = f"+proj={name} +lon_0={number(clon)} {shape}"
        for (lat, lon), (x, y) in zip(POINTS, project(proj_string, POINTS)):
            rows.append(f"{pid}\t{number(clat)}\t{number(clon)}\t{proj_string}\t{lat}\t{lon}\t{x}\t{y}")
    target = pathlib.Path(__file__).resolve().parent / "expected.tsv"
    target.write_text("\n".join(rows) + "\n")
    print(f"{target}: {len(rows) - 1} points")


if __name__ == "__main__":
    main()
