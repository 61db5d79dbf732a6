#!/usr/bin/env bash
# Reader benchmark against the Python peers, on real MetaPhlAn profiles replicated to N samples (default 20,000).
#   bench/read-bench.sh [N] [REPEATS]
# Builds a merged MetaPhlAn TSV and the same table as BIOM 1.0 JSON and BIOM 2.1 HDF5 (written by biom-format),
# then, in the same run, times:
#   gutskin inspect     the whole command (JVM start-up included), best of REPEATS
#   gutskin in-process  ProfileFiles.read in one JVM (bench/ReadTimer), best of REPEATS
#   biom-format         biom.load_table (Debian python3-biom-format), best of REPEATS
#   pandas              pandas.read_csv(sep="\t", comment="#", index_col=0) on the TSV
# and prints profiles/second (per wall second and per CPU second: on a busy machine the CPU time, summed over all
# threads of the process, is the fairer measure) and the ratios to biom-format's loader and pandas. Needs /usr/bin/python3 with biom-format,
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
def get(tool, f, col):
    for r in rows:
        if r[0] == tool and r[1] == f and len(r) > col: return float(r[col])
print("%-24s %-16s %9s %12s %9s %12s" % ("reader", "file", "wall s", "profiles/s", "CPU s", "profiles/CPUs"))
for r in rows:
    cpu = float(r[4]) if len(r) > 4 else None
    print("%-24s %-16s %9.3f %12.0f %9s %12s" % (r[0], r[1], float(r[2]), int(r[3]) / float(r[2]),
          "%.3f" % cpu if cpu else "-", "%.0f" % (int(r[3]) / cpu) if cpu else "-"))
print()
for f, peer in (("table.biom.json", "biom-format load_table"), ("table.biom.h5", "biom-format load_table"),
                ("merged.tsv", "pandas read_csv")):
    g, p = get("gutskin in-process", f, 2), get(peer, f, 2)
    gc, pc = get("gutskin in-process", f, 4), get(peer, f, 4)
    if g and p:
        rel = lambda x: "%.1fx faster" % x if x >= 1 else "%.1fx slower" % (1 / x)
        print("%-16s gutskin vs %-22s wall %s%s" % (f, peer, rel(p / g),
              ", CPU %s" % rel(pc / gc) if gc and pc else ""))
PY
rm -f "$res"
