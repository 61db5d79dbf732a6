#!/usr/bin/env bash
# Per-taxon adjusted models against their peer on the same input in the same run: the real psoriasis cohort
# (../shared/data/skin-conditions/psoriasis_qqwxp1987, 143 samples, 1,382 species; Disease + Sex + BMI, 131 samples,
# 399 taxa kept) — MaAsLin2's default pipeline with pandas + statsmodels OLS (the script the tests pin against,
# engine/src/test/resources/org/gutskin/cohort/model/maaslin_lm_statsmodels.py, timed after its imports) and
# gutskin's TaxonModelsTimer (one warm-up, median of ROUNDS), both end to end from the files. Prints the ratio.
# Run from the project root after ./mvnw -B -pl engine,bench -am package -DskipTests.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-5}
JAR=bench/target/benchmarks.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -pl engine,bench -am package -DskipTests" >&2; exit 2; }
D=../shared/data/skin-conditions/psoriasis_qqwxp1987
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
/usr/bin/python3 - "$D/profiles_merged.tsv" "$D/samples.tsv" "$W/peer.tsv" <<'PY' | tee "$W/peer.txt"
import sys, time, runpy
import pandas, statsmodels.formula.api, statsmodels.stats.multitest  # imports outside the timing
script = "engine/src/test/resources/org/gutskin/cohort/model/maaslin_lm_statsmodels.py"
sys.argv = [script] + sys.argv[1:]
t = time.perf_counter()
runpy.run_path(script, run_name="__main__")
print("statsmodels_ms %.0f (statsmodels %s)" % (1000 * (time.perf_counter() - t), statsmodels.__version__))
PY
java -cp "$JAR" org.gutskin.bench.TaxonModelsTimer "$D/profiles_merged.tsv" "$D/samples.tsv" "$ROUNDS" | tee "$W/ours.txt"
awk '/^statsmodels_ms/ {p = $2} /^gutskin_ms/ {g = $2} END {printf "ratio statsmodels/gutskin: %.1fx\n", p / g}' "$W/peer.txt" "$W/ours.txt"
