#!/usr/bin/env bash
# Times `partnermap render -o map.png` against GMT drawing the same partnerships on the same projection
# (Robinson: GMT 6.4 has no Equal Earth) at the same width, whole process against whole process, and
# prints the medians and their ratio.
#
#   bench/gmt_compare.sh [RUNS] [WIDTHxHEIGHT]      (default 5 runs, 3840x2160)
#
# Needs Debian's gmt gmt-dcw gmt-gshhg-low ghostscript (apt-get install them) and a built partnermap
# (PARTNERMAP=path to override). Without DISPLAY it re-runs itself under xvfb-run, so the X server's
# start-up is not part of either timing. GMT draws: ocean, land (GSHHG low), DCW country fills for the
# home and partner countries, national borders, coast, graticule, one great-circle line per partnership
# with the type's colour and dash pattern, circles for the cities and their names, and a title;
# ghostscript (psconvert) rasterises it to PNG at the dpi that gives the same width.
set -euo pipefail
if [[ -z "${DISPLAY:-}" ]]; then exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"; fi

root=$(cd "$(dirname "$0")/.." && pwd)
partnermap=${PARTNERMAP:-$root/build/src/app/partnermap}
runs=${1:-5}
size=${2:-3840x2160}
width=${size%x*}
for tool in gmt gs "$partnermap"; do
  command -v "$tool" >/dev/null || { echo "gmt_compare: $tool not found (apt-get install gmt gmt-dcw gmt-gshhg-low ghostscript; build partnermap)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
"$partnermap" convert "$root/data/partnerships.json" partnerships.csv >/dev/null

# GMT inputs from the CSV: one multi-segment file per type (home -> partner), the cities, the labels.
/usr/bin/python3 - <<'EOF'
import csv
rows = list(csv.DictReader(open("partnerships.csv", encoding="utf-8")))
types = {}
cities = {}
homes = {}
for row in rows:
    types.setdefault(row["type"] if row["status"] == "active" else "inactive", []).append(row)
    cities[row["partner"]] = (row["lon"], row["lat"])
    homes[row["home"]] = (row["home_lon"], row["home_lat"])
for name, members in types.items():
    with open(f"links-{name}.txt", "w", encoding="utf-8") as out:
        for row in members:
            out.write(f"> {row['home']} - {row['partner']}\n{row['home_lon']} {row['home_lat']}\n{row['lon']} {row['lat']}\n")
with open("partners.txt", "w", encoding="utf-8") as out:
    for name, (lon, lat) in cities.items():
        out.write(f"{lon} {lat} {name}\n")
with open("homes.txt", "w", encoding="utf-8") as out:
    for name, (lon, lat) in homes.items():
        out.write(f"{lon} {lat} {name}\n")
countries = sorted({row["country"] for row in rows} - {row["home_country"] for row in rows})
open("partner-countries.txt", "w").write(",".join(countries))
open("home-countries.txt", "w").write(",".join(sorted({row["home_country"] for row in rows})))
EOF

# Pens as theme.cpp's light theme draws them (Okabe-Ito colours, dash patterns in points).
declare -A pens=(
  [partnership]="1.2p,#0072B2" [regional]="1p,#009E73,4_2:0" [friendship]="1p,#E69F00,4_1.5_1_1.5:0"
  [project]="1p,#CC79A7,1_1.5:0" [solidarity]="1p,#D55E00,6_1.5_1.5_1.5:0" [sponsorship]="1p,#56B4E9,3_2:0"
  [other]="1p,#B8A400,1_2.5:0" [inactive]="0.8p,#9A9A9A,2.5_2.5:0"
)

gmt_map() {
  local dpi=$1
  local map_width
  map_width=$(awk -v w="$width" -v d="$dpi" 'BEGIN { printf "%.4fi", w / d }')
  gmt begin gmt-map png E"$dpi"
  gmt set MAP_FRAME_TYPE plain MAP_GRID_PEN_PRIMARY 0.25p,#B9CFDC FONT_TITLE 16p,Helvetica-Bold
  gmt coast -Rd -JN10/"$map_width" -Dl -A5000 -S#DCEAF2 -G#FBFAF6 -Bg30 -B+t"Partnerschaften"
  gmt coast -E"$(cat partner-countries.txt)"+g#E9EEDB
  gmt coast -E"$(cat home-countries.txt)"+g#F3E3C3
  gmt coast -Dl -A5000 -N1/0.25p,#C9C2B4 -W0.25p,#A9B8C0
  for file in links-*.txt; do
    local type=${file#links-}
    type=${type%.txt}
    gmt plot "$file" -W"${pens[$type]:-1p,black}"
  done
  gmt plot partners.txt -Sc0.09i -Gwhite -W0.6p,#3A3A3A
  gmt plot homes.txt -Sc0.14i -G#B3261E -W0.9p,white
  gmt text partners.txt -F+f7p,Helvetica,#222222+jLM -D0.08i/0
  gmt text homes.txt -F+f9p,Helvetica-Bold,#222222+jLM -D0.1i/0
  gmt end
}

now() { date +%s.%N; }
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

ours=() theirs=()
for ((i = 0; i < runs; ++i)); do
  start=$(now)
  "$partnermap" render -o partnermap.png --size "$size" --projection robinson --date 23.11.2026 >/dev/null
  ours+=("$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')")
  start=$(now)
  gmt_map 300 >/dev/null 2>&1
  theirs+=("$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')")
done
ours_median=$(printf '%s\n' "${ours[@]}" | median)
gmt_median=$(printf '%s\n' "${theirs[@]}" | median)
gmt_size=$(file gmt-map.png | grep -o '[0-9]* x [0-9]*' || true)
echo "partnermap render ${size} PNG: median ${ours_median} s of ${runs} (${ours[*]})"
echo "GMT coast+plot+text -> psconvert PNG (${gmt_size:-?} px): median ${gmt_median} s of ${runs} (${theirs[*]})"
awk -v a="$ours_median" -v b="$gmt_median" 'BEGIN { printf "ratio partnermap / GMT: %.2f\n", a / b }'
if [[ -n "${KEEP_PNG:-}" ]]; then cp partnermap.png gmt-map.png "$KEEP_PNG"/; fi
