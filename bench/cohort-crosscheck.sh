#!/usr/bin/env bash
# Cross-checks `gutskin cohort` against scikit-bio 0.5.8 / SciPy on the real labelled cohorts in ../shared/data:
# both psoriasis gut cohorts (psoriasis vs healthy), the GMHI validation cohort (healthy vs unhealthy) and the HMP2
# table (diagnosis CD/UC/nonIBD, three groups). Prints one line per quantity and a verdict; exit code = number
# of cohorts with a disagreement. Run from the project root: bench/cohort-crosscheck.sh
set -uo pipefail
cd "$(dirname "$0")/.."
S=${GUTSKIN_SHARED:-../shared}/data
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
PY=/usr/bin/python3
./gutskin --version >/dev/null || exit 1

# metadata in the contract's layout (one sample per row, tab-separated)
$PY - "$S" "$T" <<'PYEOF'
import csv, sys
S, T = sys.argv[1:]
rows = [l.rstrip("\n").split("\t") for l in open(f"{S}/formats/metaphlan/HMP2_subset_metadata.tsv")]
f = {r[0]: r[1:] for r in rows}; keys = [k for k in f if k != "sample"]
with open(f"{T}/hmp2_meta.tsv", "w") as o:
    o.write("sample_id\t" + "\t".join(keys) + "\n")
    for i, s in enumerate(f["sample"]):
        o.write(s + "\t" + "\t".join(f[k][i].strip() for k in keys) + "\n")
with open(f"{T}/gmhi_meta.tsv", "w") as o:
    for r in csv.reader(open(f"{S}/gmhi/validation_782/validation_metadata_dev.csv")):
        o.write("\t".join(["sample_id" if not r[0] else r[0]] + r[1:]) + "\n")
PYEOF

fail=0
run() { # name profile metadata group
  local name=$1 prof=$2 meta=$3 group=$4
  echo "== $name ($group)"
  local t0=$(date +%s.%N)
  if ! ./gutskin cohort "$prof" --metadata "$meta" --group "$group" -o "$T/$name" 2>"$T/$name.err"; then
    echo "  gutskin failed: $(tail -1 "$T/$name.err")"; fail=$((fail+1)); return
  fi
  local secs=$(echo "$(date +%s.%N) - $t0" | bc)
  $PY bench/cohort_crosscheck.py "$prof" "$meta" "$group" "$T/$name" "$secs" || fail=$((fail+1))
}
run psoriasis_qqwxp1987 "$S/skin-conditions/psoriasis_qqwxp1987/profiles_merged.tsv" "$S/skin-conditions/psoriasis_qqwxp1987/samples.tsv" Disease
run psoriasis_yunusbb "$S/skin-conditions/psoriasis_yunusbb/profiles_merged.tsv" "$S/skin-conditions/psoriasis_yunusbb/samples.tsv" Diagnosis
run gmhi_validation "$S/gmhi/validation_782/validation_abundance_dev.csv" "$T/gmhi_meta.tsv" Phenotype
run hmp2 "$S/formats/metaphlan/HMP2_subset_merged_metaphlan3_profiles.tsv" "$T/hmp2_meta.tsv" diagnosis
echo "cohorts with a disagreement: $fail"
exit $fail
