#!/usr/bin/env bash
# Scale benchmark of `gutskin cohort`: synthetic cohorts (bench/cohort_synth.py) of the given sizes, both engines,
# wall time and peak resident memory (GNU time; for --engine spark the child JVM is included). Run from the
# project root:  bench/cohort-scale.sh [SIZES...]   (default: 10000 50000 200000)
# Environment: ENGINES="local spark", PERMUTATIONS=999, JAVA_OPTS (default -Xmx20g), GUTSKIN_SPARK_JAVA_OPTS.
# The Spark engine needs the job jar: ./mvnw -B -pl spark -am package -DskipTests
set -uo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(10000 50000 200000)
engines=${ENGINES:-"local spark"}
perms=${PERMUTATIONS:-999}
export JAVA_OPTS=${JAVA_OPTS:--Xmx20g}
export GUTSKIN_SPARK_JAVA_OPTS=${GUTSKIN_SPARK_JAVA_OPTS:--Xmx20g}
W=${WORK:-$(mktemp -d)}
./gutskin --version >/dev/null || exit 1
printf "%-8s %-6s %10s %12s %s\n" samples engine seconds peak_MB result
for n in "${sizes[@]}"; do
  mkdir -p "$W/$n"
  [ -f "$W/$n/profiles.tsv" ] || /usr/bin/python3 bench/cohort_synth.py "$n" "$W/$n"
  for e in $engines; do
    out="$W/$n/out-$e"
    /usr/bin/time -f "%e %M" -o "$W/$n/time-$e" ./gutskin cohort "$W/$n/profiles.tsv" --metadata "$W/$n/metadata.tsv" \
        --group group --engine "$e" --master "local[*]" --permutations "$perms" -o "$out" >"$W/$n/log-$e" 2>&1
    rc=$?
    read -r secs kb < <(tail -1 "$W/$n/time-$e")
    res=$( [ $rc -eq 0 ] && awk -F'\t' '$1=="permanova"{printf "pseudo-F %s p %s", $3, $4}' "$out/tests.tsv" || echo "exit $rc: $(grep -v '^[0-9:]* WARN' "$W/$n/log-$e" | tail -1 | cut -c1-100)")
    printf "%-8s %-6s %10s %12d %s\n" "$n" "$e" "$secs" "$((kb / 1024))" "$res"
  done
done
