#!/usr/bin/env bash
# Index benchmark: gutskin vs the index authors' scoring (reimplemented in python/pandas from their published code)
# on the same input in the same run. Inputs: real profiles (33 GMWI2 examples, 563 GMHI validation profiles)
# replicated with seeded perturbation to N samples (bench/index_data.py).
#   N=100000 SEED=42 PER_SAMPLE=10000 bench/index-bench.sh
# PER_SAMPLE: how many samples the authors' one-sample-per-run GMWI2 procedure scores (about 4 ms each in pandas;
# all 100,000 would take ~7 minutes); its per-sample time is then compared per sample.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}; SEED=${SEED:-42}; PER_SAMPLE=${PER_SAMPLE:-10000}
SHARED=${GUTSKIN_SHARED:-$(cd ../shared && pwd)}
OUT=bench/target/index-bench
PY=/usr/bin/python3
mkdir -p "$OUT"
if [ ! -f "$OUT/gmwi2_$N.tsv" ] || [ ! -f "$OUT/gmhi_$N.csv" ]; then
  echo "generating $N samples (seed $SEED)…" >&2
  $PY bench/index_data.py "$SHARED" "$OUT" "$N" "$SEED"
fi
./mvnw -B -q -o -pl bench -am package -Dmaven.test.skip=true >&2
JAR=bench/target/benchmarks.jar
./gutskin --version >/dev/null  # builds the CLI jar now, not inside the end-to-end timing

for ix in gmwi2 gmhi; do
  f="$OUT/gmwi2_$N.tsv"; [ "$ix" = gmhi ] && f="$OUT/gmhi_$N.csv"
  java -Xmx8g -cp "$JAR" org.gutskin.bench.IndexBench "$ix" "$f" "$OUT/$ix.gutskin.scores" >"$OUT/$ix.gutskin.times"
  if [ "$ix" = gmwi2 ]; then
    $PY bench/index_peer.py "$ix" "$f" "$SHARED" "$OUT/$ix.python.scores" "$PER_SAMPLE" >"$OUT/$ix.python.times"
  else
    $PY bench/index_peer.py "$ix" "$f" "$SHARED" "$OUT/$ix.python.scores" >"$OUT/$ix.python.times"
  fi
  # end to end through the command line (JVM start, read, score, write TSV)
  t0=$(date +%s.%N); ./gutskin score "$f" --index "$ix" >"$OUT/$ix.cli.tsv" 2>/dev/null; t1=$(date +%s.%N)
  $PY - "$ix" "$N" "$OUT" "$t0" "$t1" <<'PYEOF'
import sys
ix, n, out, t0, t1 = sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4]), float(sys.argv[5])
def times(p):
    return {l.split("\t")[0]: (float(l.split("\t")[1]), int(l.split("\t")[2])) for l in open(p) if l.strip()}
g, p = times(f"{out}/{ix}.gutskin.times"), times(f"{out}/{ix}.python.times")
def scores(path):
    return {l.split("\t")[0]: float(l.split("\t")[1]) for l in open(path) if l.strip()}
a, b = scores(f"{out}/{ix}.gutskin.scores"), scores(f"{out}/{ix}.python.scores")
diff = max(abs(a[k] - b[k]) for k in b)
gs = g["score"][0]
print(f"{ix}: {n} samples; max |gutskin - python| = {diff:.2e}")
print(f"  read:  gutskin {g['read'][0]:.2f} s   python pandas {p['read'][0]:.2f} s   ratio {p['read'][0] / g['read'][0]:.1f}x")
print(f"  score: gutskin {gs * 1e3:.1f} ms ({gs / n * 1e9:.0f} ns/sample)")
if "score_authors_per_sample" in p:
    t, k = p["score_authors_per_sample"]
    print(f"    vs authors' per-sample procedure: {t:.2f} s for {k} samples = {t / k * 1e3:.2f} ms/sample"
          f" -> ratio {t / k / (gs / n):.0f}x")
t, k = p["score_vectorised"]
print(f"    vs {'vectorised numpy (our faster python)' if ix == 'gmwi2' else 'GMHI.R formula in pandas'}:"
      f" {t * 1e3:.1f} ms -> ratio {t / gs:.1f}x")
tot = p["read"][0] + p["score_vectorised"][0]
print(f"  end to end: ./gutskin score (JVM start, read, score, write) {float(t1) - float(t0):.2f} s;"
      f" python read + score {tot:.2f} s")
assert diff < 1e-9, "gutskin and the python peer disagree"
PYEOF
done
