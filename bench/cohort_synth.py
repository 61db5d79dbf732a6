#!/usr/bin/python3
"""Writes a synthetic cohort: N MetaPhlAn-style species profiles (merged table, percent) and metadata with two groups.

Usage: cohort_synth.py N OUT_DIR [SEED]
Realistic sparsity: a pool of 1,500 species with log-normal prevalence weights; each sample holds 80-300 of them
(gut metagenomes typically show 100-300 species at MetaPhlAn's detection limit), abundances log-normal; group B shifts
20 species up by a factor of 3, so the tests have something to find."""
import os, sys
import numpy as np

n, out = int(sys.argv[1]), sys.argv[2]
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
POOL = 1500
weights = rng.lognormal(0, 1.5, POOL); weights /= weights.sum()
names = [f"k__Bacteria|p__P{j % 9}|c__C{j % 21}|o__O{j % 40}|f__F{j % 90}|g__G{j % 400}|s__Species_{j}" for j in range(POOL)]
group = np.where(rng.random(n) < 0.5, "A", "B")
shifted = rng.choice(POOL, 20, replace=False)
cols = []
for i in range(n):
    k = int(rng.integers(80, 301))
    taxa = rng.choice(POOL, k, replace=False, p=weights)
    ab = rng.lognormal(0, 2, k)
    if group[i] == "B":
        ab[np.isin(taxa, shifted)] *= 3
    ab = ab / ab.sum() * 100
    cols.append((taxa, ab))
# a species-only merged table (taxa as rows, samples as columns), written row by row
dense = np.zeros((POOL, n), dtype=np.float32)
for i, (taxa, ab) in enumerate(cols):
    dense[taxa, i] = ab
present = np.nonzero(dense.any(1))[0]
with open(f"{out}/profiles.tsv", "w") as f:
    f.write("clade_name\t" + "\t".join(f"S{i}" for i in range(n)) + "\n")
    for j in present:
        row = dense[j]
        f.write(names[j] + "\t" + "\t".join("0" if v == 0 else f"{v:.6g}" for v in row) + "\n")
with open(f"{out}/metadata.tsv", "w") as f:
    f.write("sample_id\tgroup\n")
    for i in range(n):
        f.write(f"S{i}\t{group[i]}\n")
