#!/usr/bin/env bash
# The large-cohort path of `gutskin cohort` (above 1,000 samples) against the peers on one synthetic cohort
# (bench/cohort_synth.py), peers run in the same run: scikit-bio 0.5.8 PERMANOVA and PCoA, vegan 2.6 betadisper;
# both engines, Spark byte-identical to local. Run from the project root: bench/cohort-large-crosscheck.sh [N]
# (default 3000). Needs /usr/bin/python3 with scikit-bio, Rscript with vegan, and the Spark job jar.
set -uo pipefail
cd "$(dirname "$0")/.."
n=${1:-3000}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
./gutskin --version >/dev/null || exit 1
/usr/bin/python3 bench/cohort_synth.py "$n" "$T" || exit 1
t0=$(date +%s.%N)
./gutskin cohort "$T/profiles.tsv" --metadata "$T/metadata.tsv" --group group -o "$T/local" 2>"$T/err" || { cat "$T/err"; exit 1; }
secs=$(echo "$(date +%s.%N) - $t0" | bc)
./gutskin cohort "$T/profiles.tsv" --metadata "$T/metadata.tsv" --group group --engine spark --master 'local[*]' \
    -o "$T/spark" >"$T/spark.log" 2>&1 || { tail -3 "$T/spark.log"; exit 1; }
echo "== synthetic cohort, $n samples, two groups, Bray-Curtis, 999 permutations"
/usr/bin/python3 bench/cohort_large_crosscheck.py "$T/profiles.tsv" "$T/metadata.tsv" "$T/local" "$secs" "$T/spark"
