#!/usr/bin/env bash
# Report PDF benchmark against a peer: Chromium's own print-to-PDF of the same self-contained HTML report.
# gutskin: `gutskin report --all --format pdf --threads 1` over the 129 HMP2 samples (one JVM, start-up included);
# peer: `chromium --headless --print-to-pdf` on the first N of the same samples' HTML reports, one process per
# report (that is how the CLI prints; its start-up is included, as is gutskin's). Prints ms per report and the ratio.
#   N=20 bench/report-peer.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-20}
SHARED=${GUTSKIN_SHARED:-$(cd ../shared && pwd)}
IN="$SHARED/data/formats/metaphlan/HMP2_subset_merged_metaphlan3_profiles.tsv"
OUT=bench/target/report-peer
rm -rf "$OUT"; mkdir -p "$OUT/html" "$OUT/pdf" "$OUT/chromium"
./gutskin --version >/dev/null   # build outside the timing
./gutskin report "$IN" --all --format html -o "$OUT/html" 2>/dev/null
total=$(ls "$OUT/html" | wc -l)
t0=$(date +%s.%N)
./gutskin report "$IN" --all --format pdf --threads 1 -o "$OUT/pdf" 2>/dev/null
t1=$(date +%s.%N)
i=0
for f in $(ls "$OUT/html" | head -n "$N"); do
  chromium --headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --disable-quic --disable-dev-shm-usage --no-pdf-header-footer \
    --print-to-pdf="$OUT/chromium/${f%.html}.pdf" "file://$PWD/$OUT/html/$f" >/dev/null 2>&1
  i=$((i+1))
done
t2=$(date +%s.%N)
python3 - "$t0" "$t1" "$t2" "$total" "$i" <<'PY'
import sys
t0, t1, t2, n_g, n_c = map(float, sys.argv[1:])
g = (t1 - t0) / n_g * 1000; c = (t2 - t1) / n_c * 1000
print(f"gutskin  pdf: {g:8.1f} ms/report over {int(n_g)} reports (1 thread, JVM start-up included)")
print(f"chromium pdf: {c:8.1f} ms/report over {int(n_c)} reports (one process per report)")
print(f"ratio chromium/gutskin: {c / g:.2f}x")
PY
