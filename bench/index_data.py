#!/usr/bin/python3
"""Builds the index benchmark inputs: real profiles replicated with seeded perturbation to N samples.

gmwi2: the 33 GMWI2 example MetaPhlAn 3 profiles (../shared/data/gmwi2/examples), merged MetaPhlAn layout (TSV,
       clade rows incl. UNKNOWN, one column per sample).
gmhi:  the 563 GMHI validation MetaPhlAn 2 species profiles, GMHI's CSV layout (species rows, sample columns).

Perturbation (seeded numpy): sample j copies base profile j mod B; every non-zero abundance is multiplied by
exp(N(0, 0.4)) and dropped to 0 with probability 0.05, so presence calls and scores vary between replicates;
then each rank is rescaled to the base profile's total at that rank (a profile still sums to <= 100 % per rank).
Usage: index_data.py SHARED_DIR OUT_DIR N SEED"""
import glob, os, sys
import numpy as np

shared, out, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(seed)


def perturb(base, level):  # base: taxa x B dense matrix; level: rank of each row (rows of one rank are disjoint)
    t, b = base.shape
    cols = np.arange(n) % b
    m = base[:, cols]
    nz = m > 0
    noise = np.exp(rng.normal(0.0, 0.4, size=m.shape))
    keep = rng.random(m.shape) >= 0.05
    p = np.where(nz & keep, m * noise, 0.0)
    # rescale each rank to the base profile's total at that rank, so a sample still sums to <= 100 % per rank
    for r in set(level):
        rows = np.array([x == r for x in level])
        got, want = p[rows].sum(axis=0), m[rows].sum(axis=0)
        p[rows] *= np.divide(want, got, out=np.zeros_like(want), where=got > 0)
    return p


def write(path, sep, header, names, m):
    with open(path, "w") as f:
        f.write(sep.join(header) + "\n")
        for name, row in zip(names, m):
            f.write(name + sep + sep.join("0" if v == 0 else "%.6g" % v for v in row) + "\n")


# GMWI2: MetaPhlAn 3 single profiles -> merged table
files = sorted(glob.glob(os.path.join(shared, "data/gmwi2/examples/**/*_metaphlan.txt"), recursive=True))
profiles = []
for fn in files:
    d = {}
    for line in open(fn):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        d[f[0]] = float(f[2])
    profiles.append(d)
taxa = sorted(set().union(*profiles), key=lambda c: (c != "UNKNOWN", c))
base = np.array([[p.get(t, 0.0) for p in profiles] for t in taxa])
m = perturb(base, [-1 if t == "UNKNOWN" else t.count("|") for t in taxa])
ui = taxa.index("UNKNOWN")
m[ui] = base[ui, np.arange(n) % base.shape[1]]  # keep the unknown share as MetaPhlAn estimated it
write(os.path.join(out, "gmwi2_%d.tsv" % n), "\t", ["clade_name"] + ["S%06d" % j for j in range(n)], taxa, m)

# GMHI: MetaPhlAn 2 species CSV
lines = open(os.path.join(shared, "data/gmhi/validation_782/validation_abundance_dev.csv"), encoding="utf-8-sig").read().splitlines()
names = [l.split(",", 1)[0] for l in lines[1:]]
base = np.array([[float(v) for v in l.split(",")[1:]] for l in lines[1:]])
write(os.path.join(out, "gmhi_%d.csv" % n), ",", ["Species"] + ["S%06d" % j for j in range(n)], names, perturb(base, [0] * len(names)))
print("wrote %d samples: %d MetaPhlAn 3 clades, %d MetaPhlAn 2 species" % (n, len(taxa), len(names)), file=sys.stderr)
