#!/usr/bin/env bash
# Diversity cross-check: gutskin against scikit-bio, SciPy and Striped UniFrac (unifrac-tools) on the same inputs,
# in one run. Prints agreement and the time ratio (gutskin / peer) per dataset and metric.
#   bench/diversity-crosscheck.sh [--sizes 2000,10000,20000] [--repeat 3] [--work DIR]
# The 10k/20k synthetic cohorts are heavy for SciPy (pdist is O(n²·features)): expect ~15–30 minutes in all.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
need=()
for p in python3-skbio python3-scipy python3-biom-format python3-unifrac unifrac-tools python3-h5py; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
  else echo "missing Debian packages: ${need[*]} (apt-get install them)" >&2; exit 1; fi
fi
./mvnw -B -q -pl app,bench -am package -DskipTests
exec /usr/bin/python3 bench/diversity_crosscheck.py --bench-jar bench/target/benchmarks.jar \
  --gutskin ./gutskin --shared ../shared "$@"
