#!/usr/bin/env bash
# Marginal PERMANOVA against its peer, vegan 2.6's adonis2(d ~ g + h + x, by = "margin", permutations = 999), on
# the same synthetic input in the same run: R draws a seeded cohort (n samples, 300 species, gamma abundances
# shifted by g; g a 2-level and h a 3-level factor, x numeric), computes Bray–Curtis with vegdist, writes the
# distances and metadata, and times adonis2 (one core, vegan's default); then gutskin's MarginalPermanovaTimer times
# MarginalPermanova.test on the same distances (one warm-up, median of ROUNDS), once on one core
# (-XX:ActiveProcessorCount=1) and once on all cores. Prints both tables and the time ratios. Run from the project
# root after ./mvnw -B -pl engine,bench -am package -DskipTests:
#   bench/permanova-margin-vs-vegan.sh [SIZES...]    (default: 500 2000; BLOCKS=1 permutes within pairs)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(500 2000)
ROUNDS=${ROUNDS:-3}
BLOCKS=${BLOCKS:-0}
JAR=bench/target/benchmarks.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -pl engine,bench -am package -DskipTests" >&2; exit 2; }
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
for n in "${sizes[@]}"; do
  echo "== n = $n, 3 terms, 999 permutations$([ "$BLOCKS" = 1 ] && echo ', within pairs')"
  Rscript - "$n" "$W" "$BLOCKS" <<'R'
suppressPackageStartupMessages(library(vegan))
a <- commandArgs(TRUE); n <- as.integer(a[1]); w <- a[2]; blocks <- a[3] == "1"
set.seed(n)
m <- data.frame(sample_id = paste0("s", seq_len(n)), g = sample(c("A", "B"), n, TRUE),
                h = sample(c("p", "q", "r"), n, TRUE), x = round(runif(n, 18, 33), 2), block = (seq_len(n) - 1) %/% 2)
ab <- matrix(rgamma(n * 300, shape = 0.3), n) * exp(outer(m$g == "B", c(rep(0.5, 20), rep(0, 280))))
d <- vegdist(ab / rowSums(ab), "bray")
writeLines(sprintf("%.17g", as.vector(d)), file.path(w, "dist.txt"))
write.table(if (blocks) m else m[, 1:4], file.path(w, "meta.tsv"), sep = "\t", quote = FALSE, row.names = FALSE)
m$g <- factor(m$g); m$h <- factor(m$h)
h <- if (blocks) how(nperm = 999, blocks = factor(m$block)) else how(nperm = 999)
t <- system.time(res <- adonis2(d ~ g + h + x, data = m, by = "margin", permutations = h))[["elapsed"]]
print(res)
cat(sprintf("vegan_ms %.0f (vegan %s)\n", 1000 * t, packageVersion("vegan")))
R
  java -XX:ActiveProcessorCount=1 -cp "$JAR" org.gutskin.bench.MarginalPermanovaTimer "$W/dist.txt" "$W/meta.tsv" "$ROUNDS" | tee "$W/one.txt"
  java -cp "$JAR" org.gutskin.bench.MarginalPermanovaTimer "$W/dist.txt" "$W/meta.tsv" "$ROUNDS" | tail -1 | tee "$W/all.txt"
done 2>&1 | tee "$W/log.txt" | awk '
  /^vegan_ms/ {v = $2} /^gutskin_ms/ {g[++k] = $2; c[k] = $5}
  {print}
  /^gutskin_ms/ && k % 2 == 0 {printf "ratio vegan/gutskin: %.1fx (one core), %.1fx (%s cores)\n", v / g[k-1], v / g[k], c[k]}'
