#!/usr/bin/python3
"""Builds assets/basemap/basemap-{110m,50m,10m}.bin from the npm package world-atlas.

Input: world-atlas@2.0.2 (Natural Earth 4.1.0 as TopoJSON, public domain) and the ISO 3166-1
numeric -> alpha-2 table of i18n-iso-countries@7.14.0 (MIT). Output format: see
assets/basemap/README.md. Run with Debian's /usr/bin/python3 from the repository root:

    /usr/bin/python3 tools/build_basemap.py
"""

import json
import math
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import npm_package  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "assets" / "basemap"
LEVELS = ["110m", "50m", "10m"]
MAGIC = b"PMBM"
VERSION = 1

# Features that world-atlas ships without an ISO numeric id, resolved by their Natural Earth name.
# The policy follows ISO 3166-1 and the de jure view German official maps take: a territory with a
# code of its own keeps it, a territory that is part of (or leased from) a state gets that state's
# code, and an area disputed between states gets no code (""). "split" divides a feature by
# longitude into territories that have separate ISO codes.
UNCODED = {
    "Kosovo": "XK",  # user-assigned code used by the EU; Germany recognises Kosovo
    "N. Cyprus": "CY",  # de jure part of the Republic of Cyprus
    "Cyprus U.N. Buffer Zone": "CY",
    "Somaliland": "SO",  # de jure part of Somalia
    "Akrotiri": "GB",  # UK Sovereign Base Areas, no ISO code of their own
    "Dhekelia": "GB",
    "Baikonur": "KZ",  # Kazakh territory leased to Russia
    "USNB Guantanamo Bay": "CU",  # Cuban territory leased to the USA
    "Coral Sea Is.": "AU",  # Australian external territory without an ISO code
    "Clipperton I.": "FR",  # French possession, ISO 3166-2:FR-CP
    "Siachen Glacier": "",  # disputed between India and Pakistan
    "Spratly Is.": "",  # disputed between six states
    "Scarborough Reef": "",  # disputed between China, Taiwan and the Philippines
    "Bajo Nuevo Bank": "",  # disputed between Colombia, Jamaica, Nicaragua and the USA
    "Serranilla Bank": "",  # disputed between Colombia, Honduras, Nicaragua and the USA
    "Indian Ocean Ter.": "split",
}
# Australia's Indian Ocean Territories: Christmas Island lies east of 100 E, the Cocos Islands west.
INDIAN_OCEAN_SPLIT = [("CX", "Christmas I.", lambda lon: lon > 100.0), ("CC", "Cocos Is.", lambda lon: lon <= 100.0)]

# Natural Earth's edges are straight in longitude/latitude; PartnerMap treats every edge as a
# great-circle arc. Long edges (the 49th parallel between Canada and the USA is one 28-degree edge
# at 110m) are split until the two readings differ by less than this many degrees.
MAX_EDGE_DEVIATION_DEG = 0.002


def decode_arcs(topology):
    """Quantized, delta-encoded TopoJSON arcs -> lists of (lon, lat) in degrees."""
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def unit_vector(lon, lat):
    lam, phi = math.radians(lon), math.radians(lat)
    return (math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi))


def angle_between(a, b):
    cross = (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])
    return math.atan2(math.sqrt(sum(c * c for c in cross)), sum(p * q for p, q in zip(a, b)))


def great_circle_midpoint(a, b):
    s = (a[0] + b[0], a[1] + b[1], a[2] + b[2])
    n = math.sqrt(sum(c * c for c in s))
    return (s[0] / n, s[1] / n, s[2] / n)


def densify_arc(points):
    """Inserts points along long edges so that their great-circle reading matches the straight one."""
    out = [points[0]]
    for (lon0, lat0), (lon1, lat1) in zip(points, points[1:]):
        # Edges that wrap over the antimeridian (179 -> -180) or run along a meridian are already
        # great circles (or zero length): nothing to do.
        if abs(lon1 - lon0) <= 180.0 and lon0 != lon1:
            straight_mid = unit_vector((lon0 + lon1) / 2, (lat0 + lat1) / 2)
            arc_mid = great_circle_midpoint(unit_vector(lon0, lat0), unit_vector(lon1, lat1))
            deviation = math.degrees(angle_between(straight_mid, arc_mid))
            if deviation > MAX_EDGE_DEVIATION_DEG:
                # The deviation grows with the square of the edge length.
                pieces = math.ceil(math.sqrt(deviation / MAX_EDGE_DEVIATION_DEG))
                for i in range(1, pieces):
                    t = i / pieces
                    out.append((lon0 + (lon1 - lon0) * t, lat0 + (lat1 - lat0) * t))
        out.append((lon1, lat1))
    return out


def without_repeats(points):
    """Micro-degree rounding can make neighbouring points equal: keep one."""
    out = [points[0]]
    for point in points[1:]:
        if point != out[-1]:
            out.append(point)
    if len(out) == 1:
        out.append(points[-1])  # a zero-length arc still needs its two end points
    return out


def ring_points(arcs, ring):
    points = []
    for ref in ring:
        arc = arcs[ref] if ref >= 0 else arcs[~ref][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def planar_winding_and_area(points):
    """Turns around the pole (in whole turns) and signed area in unrolled longitude/latitude."""
    turned = 0.0
    twice_area = 0.0
    lon = points[0][0]
    for (lon0, lat0), (lon1, lat1) in zip(points, points[1:]):
        step = (lon1 - lon0 + 180_000_000) % 360_000_000 - 180_000_000
        twice_area += lon * lat1 - (lon + step) * lat0
        lon += step
        turned += step
    return round(turned / 360_000_000), twice_area / 2


def reversed_ring(ring):
    return [~ref for ref in reversed(ring)]


def oriented(polygon, arcs, flipped):
    """Quantization turned a few tiny islands inside out (at 10m, three Maldives islets of three or
    four points). A ring that does not circle a pole must run clockwise (exterior) or anticlockwise
    (hole) in longitude/latitude: those that do not are reversed."""
    out = []
    for index, ring in enumerate(polygon):
        winding, area = planar_winding_and_area(ring_points(arcs, ring))
        if winding == 0 and ((index == 0 and area > 0) or (index > 0 and area < 0)):
            flipped.append(ring)
            ring = reversed_ring(ring)
        out.append(ring)
    return out


def valid_polygons(polygons, arcs, dropped, flipped):
    """Drops rings that enclose nothing (fewer than 3 distinct points, or all on one line) and polygons
    without an exterior."""
    out = []
    for polygon in polygons:
        polygon = oriented(polygon, arcs, flipped)
        rings = [ring for ring in polygon
                 if len(set(ring_points(arcs, ring))) >= 3 and planar_winding_and_area(ring_points(arcs, ring)) != (0, 0)]
        dropped.extend(ring for ring in polygon if ring not in rings)
        if rings and rings[0] == polygon[0]:
            out.append(rings)
        elif rings:
            dropped.extend(rings)
    return out


def micro(value):
    return int(round(value * 1e6))


def polygons_of(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    raise ValueError(f"unexpected geometry type {geometry['type']}")


def arc_start_lon(arcs, ref):
    arc = arcs[ref] if ref >= 0 else arcs[~ref]
    return arc[0][0]


def resolve_countries(geometries, numeric_to_alpha2, arcs):
    """-> list of (alpha2, name, polygons as arc-index rings)."""
    countries = []
    for geometry in geometries:
        name = geometry["properties"]["name"]
        polygons = polygons_of(geometry)
        if "id" in geometry:
            alpha2 = numeric_to_alpha2.get(geometry["id"])
            if alpha2 is None:
                raise ValueError(f"{name}: ISO numeric id {geometry['id']} has no alpha-2 code")
            countries.append((alpha2, name, polygons))
        elif name not in UNCODED:
            raise ValueError(f"{name}: no id and no entry in UNCODED; decide its code and document it")
        elif UNCODED[name] == "split":
            for alpha2, part_name, belongs in INDIAN_OCEAN_SPLIT:
                part = [p for p in polygons if belongs(arc_start_lon(arcs, p[0][0]))]
                if part:
                    countries.append((alpha2, part_name, part))
        else:
            countries.append((UNCODED[name], name, polygons))
    return countries


def border_arcs(countries):
    """Arcs shared by two countries with different codes (each once); coastlines belong to one."""
    users = {}
    for index, (alpha2, _, polygons) in enumerate(countries):
        for polygon in polygons:
            for ring in polygon:
                for ref in ring:
                    users.setdefault(ref if ref >= 0 else ~ref, set()).add((index, alpha2))
    borders = []
    for arc, owners in sorted(users.items()):
        codes = {alpha2 for _, alpha2 in owners}
        if len({i for i, _ in owners}) >= 2 and (len(codes) >= 2 or "" in codes):
            borders.append(arc)
    return borders


def chain_arcs(arc_ids, arcs):
    """Joins border arcs that meet end to end at nodes where no third border arc meets."""
    ends = {}
    for arc in arc_ids:
        for point in (arcs[arc][0], arcs[arc][-1]):
            ends.setdefault(point, []).append(arc)
    used = set()
    lines = []

    def extend(line, forward):
        while True:
            tip = arcs[line[-1]][-1] if line[-1] >= 0 else arcs[~line[-1]][0]
            if not forward:
                tip = arcs[line[0]][0] if line[0] >= 0 else arcs[~line[0]][-1]
            candidates = [a for a in ends.get(tip, []) if a not in used]
            if len(ends.get(tip, [])) != 2 or not candidates:
                return
            nxt = candidates[0]
            used.add(nxt)
            if forward:
                line.append(nxt if arcs[nxt][0] == tip else ~nxt)
            else:
                line.insert(0, nxt if arcs[nxt][-1] == tip else ~nxt)

    for arc in arc_ids:
        if arc in used:
            continue
        used.add(arc)
        line = [arc]
        extend(line, True)
        extend(line, False)
        lines.append(line)
    return lines


class Writer:
    def __init__(self):
        self.data = bytearray()

    def varint(self, value):
        if value < 0:
            raise ValueError("varint takes unsigned values")
        while True:
            byte = value & 0x7F
            value >>= 7
            if value:
                self.data.append(byte | 0x80)
            else:
                self.data.append(byte)
                return

    def zigzag(self, value):
        self.varint((value << 1) if value >= 0 else ((-value << 1) - 1))

    def text(self, value):
        encoded = value.encode("utf-8")
        self.varint(len(encoded))
        self.data += encoded

    def rings(self, rings):
        self.varint(len(rings))
        for ring in rings:
            self.varint(len(ring))
            for ref in ring:
                self.zigzag(ref)

    def polygons(self, polygons):
        self.varint(len(polygons))
        for polygon in polygons:
            self.rings(polygon)


def build_level(level, world_atlas, numeric_to_alpha2):
    topology = json.loads((world_atlas / f"countries-{level}.json").read_text())
    raw_arcs = decode_arcs(topology)
    arcs = [without_repeats([(micro(lon), micro(lat)) for lon, lat in densify_arc(arc)]) for arc in raw_arcs]
    geometries = topology["objects"]["countries"]["geometries"]
    dropped = []
    flipped = []
    countries = [(alpha2, name, valid_polygons(polygons, arcs, dropped, flipped))
                 for alpha2, name, polygons in resolve_countries(geometries, numeric_to_alpha2, raw_arcs)]
    land = valid_polygons([p for geometry in topology["objects"]["land"]["geometries"] for p in polygons_of(geometry)],
                          arcs, dropped, flipped)
    borders = chain_arcs(border_arcs(countries), arcs)

    out = Writer()
    out.data += MAGIC
    out.varint(VERSION)
    out.varint(len(arcs))
    for arc in arcs:
        out.varint(len(arc))
        previous = (0, 0)
        for point in arc:
            out.zigzag(point[0] - previous[0])
            out.zigzag(point[1] - previous[1])
            previous = point
    out.polygons(land)
    out.varint(len(countries))
    for alpha2, name, polygons in countries:
        out.text(alpha2)
        out.text(name)
        out.polygons(polygons)
    out.rings(borders)

    target = OUT_DIR / f"basemap-{level}.bin"
    temporary = target.with_suffix(".bin.tmp")
    temporary.write_bytes(bytes(out.data))
    temporary.replace(target)
    points = sum(len(a) for a in arcs)
    source_points = sum(len(a) for a in raw_arcs)
    print(f"{target.relative_to(ROOT)}: {len(out.data)} bytes, {len(arcs)} arcs, {points} points "
          f"({points - source_points} added on long edges), {len(land)} land polygons, "
          f"{len(countries)} countries, {len(borders)} border lines, {len(dropped)} degenerate rings dropped, "
          f"{len(flipped)} inside-out rings reversed")


def main():
    world_atlas = npm_package.fetch("world-atlas", "2.0.2")
    iso = npm_package.fetch("i18n-iso-countries", "7.14.0")
    numeric_to_alpha2 = {row[2]: row[0] for row in json.loads((iso / "codes.json").read_text())}
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for level in LEVELS:
        build_level(level, world_atlas, numeric_to_alpha2)


if __name__ == "__main__":
    main()
