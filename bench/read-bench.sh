#!/usr/bin/env bash
# Reader benchmark against the Python peers, on real MetaPhlAn profiles replicated to N samples (default 20,000).
#   bench/read-bench.sh [N] [REPEATS]
# Builds a merged MetaPhlAn TSV and the same table as BIOM 1.0 JSON and BIOM 2.1 HDF5 (written by biom-format),
# then, in the same run, times:
#   gutskin inspect     the whole command (JVM start-up included), best of REPEATS
#   gutskin in-process  ProfileFiles.read in one JVM (bench/ReadTimer), best of REPEATS
#   biom-format         biom.load_table (Debian python3-biom-format), best of REPEATS
#   pandas              pandas.read_csv(sep="\t", comment="#", index_col=0) on the TSV
# and prints profiles/second and the ratio to biom-format's loader. Needs /usr/bin/python3 with biom-format,
# pandas, scipy and h5py (Debian: python3-biom-format python3-pandas python3-h5py).
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-20000}"; R="${2:-3}"
out="bench/results/read-$N"
py=/usr/bin/python3
if [ ! -f "$out/merged.tsv" ]; then
  echo "generating $N replicated profiles in $out …" >&2
  "$py" bench/make_large_tables.py ../shared "$out" "$N" >&2
fi
ls -l "$out" >&2
./gutskin --version >/dev/null
./mvnw -B -q -o -pl engine,bench package -DskipTests 2>/dev/null || ./mvnw -B -q -pl engine,bench package -DskipTests
res="$(mktemp)"
for f in merged.tsv table.biom.json table.biom.h5; do
  [ -f "$out/$f" ] || continue
  best=""
  for _ in $(seq "$R"); do
    t0=$(date +%s.%N); ./gutskin inspect "$out/$f" >/dev/null; t1=$(date +%s.%N)
    t=$(echo "$t1 - $t0" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  done
  printf 'gutskin inspect\t%s\t%.4f\t%s\n' "$f" "$best" "$N" | tee -a "$res"
done
java ${JAVA_OPTS:--Xmx8g} -cp bench/target/benchmarks.jar org.gutskin.bench.ReadTimer "$R" \
  $(for f in merged.tsv table.biom.json table.biom.h5; do [ -f "$out/$f" ] && echo "$out/$f"; done) | tee -a "$res"
"$py" bench/peer_read.py "$out" "$R" | tee -a "$res"
echo
"$py" - "$res" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
peer = {r[1]: float(r[2]) for r in rows if r[0] == "biom-format load_table"}
pandas = {r[1]: float(r[2]) for r in rows if r[0] == "pandas read_csv"}
print("%-24s %-16s %10s %14s %22s" % ("reader", "file", "seconds", "profiles/s", "vs biom-format (json)"))
base = peer.get("table.biom.json")
for tool, f, s, n in rows:
    s = float(s); ratio = "%.1fx" % (base / s) if base else "-"
    print("%-24s %-16s %10.3f %14.0f %22s" % (tool, f, s, int(n) / s, ratio))
for f in ("table.biom.json", "table.biom.h5"):
    g = [float(r[2]) for r in rows if r[0] == "gutskin in-process" and r[1] == f]
    if g and f in peer: print("same file %s: gutskin in-process is %.1fx faster than biom-format load_table" % (f, peer[f] / g[0]))
g = [float(r[2]) for r in rows if r[0] == "gutskin in-process" and r[1] == "merged.tsv"]
if g and pandas: print("same file merged.tsv: gutskin in-process is %.1fx faster than pandas read_csv" % (pandas["merged.tsv"] / g[0]))
PY
rm -f "$res"
