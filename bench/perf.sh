#!/usr/bin/env bash
# Where users wait, whole process against the peers in the same run (issue 19): start-up, reading BIOM HDF5 and
# JSON (biom-format), alpha (scikit-bio), Bray–Curtis (SciPy pdist), UniFrac (ssu, unifrac-tools), and single
# reports (no peer: absolute). Builds its inputs with bench/perf_inputs.py (make_large_tables.py: the real
# MetaPhlAn profiles of ../shared cycled to N samples; diversity_crosscheck.synthetic: a seeded count cohort),
# then bench/perf.py alternates gutskin and the peer and prints a markdown table of medians and ratios.
#   bench/perf.sh [--sizes 2000,20000] [--repeat 3] [--rows start,read,alpha,beta,unifrac,report] [--small]
#                 [--matrix npy|hdf5]
# --matrix: the form gutskin writes the beta matrices in (default npy; hdf5 is ssu's own layout, `beta --format hdf5`).
# --small: 200 samples, one run each, no start-up archive: the CI run that keeps the script working (no timing
# assertions; it fails only when a command fails). Peers run with /usr/bin/python3 (Debian packages, see .ci/run).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sizes=2000,20000; repeat=3; rows=start,read,alpha,beta,unifrac,report; matrix=npy
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --rows) rows="$2"; shift 2 ;;
    --matrix) matrix="$2"; shift 2 ;;
    --small) sizes=200; repeat=1; export GUTSKIN_CDS=0; shift ;;
    *) echo "perf.sh: unknown argument $1 (see the comment at the top)" >&2; exit 2 ;;
  esac
done
shared="$(cd "$root/../shared" && pwd)"
work="${PERF_WORK:-${TMPDIR:-/tmp}/gutskin-perf}"
mkdir -p "$work"
"$root/gutskin" --version >/dev/null   # builds the jar (and the start-up archive) outside the timed runs
exec /usr/bin/python3 "$root/bench/perf.py" "$root" "$shared" "$work" "$sizes" "$repeat" "$rows" "$matrix"
