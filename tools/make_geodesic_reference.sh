#!/usr/bin/env bash
# Regenerates tests/data/geodesy/inverse_reference.tsv with GeographicLib's GeodSolve
# (Debian geographiclib-tools), an implementation independent of PROJ's geodesic.h.
# Input: tests/data/geodesy/inverse_cases.tsv (name, lat1, lon1, lat2, lon2).
set -euo pipefail
cd "$(dirname "$0")/.."
cases=tests/data/geodesy/inverse_cases.tsv
out=tests/data/geodesy/inverse_reference.tsv
{
  printf 'name\tlat1\tlon1\tlat2\tlon2\tazi1_deg\tazi2_deg\ts12_m\n'
  tail -n +2 "$cases" | while IFS=$'\t' read -r name lat1 lon1 lat2 lon2; do
    read -r azi1 azi2 s12 < <(echo "$lat1 $lon1 $lat2 $lon2" | GeodSolve -i -p 9)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$lat1" "$lon1" "$lat2" "$lon2" "$azi1" "$azi2" "$s12"
  done
} > "$out"
echo "$out: $(($(wc -l < "$out") - 1)) cases"
