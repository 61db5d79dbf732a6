#!/usr/bin/python3
"""Replicates real MetaPhlAn profiles to N samples for the reader benchmark (bench/read-bench.sh).

Takes every real single-sample MetaPhlAn profile in ../shared/data (33 GMWI2 examples, a MetaPhlAn 3 mock and a
MetaPhlAn 4 profile), forms the union of their clades (nested rows, as merge_metaphlan_tables writes them) and
cycles the profiles over N sample columns (S00001, S00002, ...). Writes, in OUTDIR:
  merged.tsv          merged MetaPhlAn table (clade_name + N columns), percent
  table.biom.json     the same table as BIOM 1.0 JSON, written by biom-format (Table.to_json)
  table.biom.h5       the same table as BIOM 2.1 HDF5, written by biom-format (Table.to_hdf5)
Usage: make_large_tables.py SHARED_DIR OUTDIR [N]
"""
import glob, os, sys
import numpy as np
from scipy import sparse

shared, out = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
files = sorted(glob.glob(os.path.join(shared, "data/gmwi2/examples/**/*_metaphlan.txt"), recursive=True))
files += sorted(glob.glob(os.path.join(shared, "data/formats/metaphlan/*metaphlan*_profile.txt")))
files += sorted(glob.glob(os.path.join(shared, "data/formats/metaphlan/*.metaphlan4.txt")))
profiles = []
for f in files:
    prof = {}
    for line in open(f):
        if line.startswith("#") or not line.strip():
            continue
        c = line.rstrip("\n").split("\t")
        prof[c[0]] = float(c[2])
    profiles.append(prof)
clades = sorted(set().union(*profiles), key=lambda c: (c.count("|"), c))
index = {c: i for i, c in enumerate(clades)}
rows, cols, vals = [], [], []
for s in range(n):
    for c, v in profiles[s % len(profiles)].items():
        if v != 0:
            rows.append(index[c]); cols.append(s); vals.append(v)
m = sparse.csr_matrix((vals, (rows, cols)), shape=(len(clades), n))
ids = ["S%05d" % (s + 1) for s in range(n)]
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "merged.tsv"), "w") as w:
    w.write("#mpa_v30_CHOCOPhlAn_201901 (replicated for a benchmark)\n")
    w.write("clade_name\t" + "\t".join(ids) + "\n")
    for i, c in enumerate(clades):
        row = m.getrow(i).toarray().ravel()
        w.write(c + "\t" + "\t".join("0" if x == 0 else repr(x) for x in row) + "\n")
from biom import Table
t = Table(m, clades, ids)
with open(os.path.join(out, "table.biom.json"), "w") as w:
    w.write(t.to_json("gutskin benchmark"))
try:
    import h5py
    with h5py.File(os.path.join(out, "table.biom.h5"), "w") as h:
        t.to_hdf5(h, "gutskin benchmark")
except ImportError:
    pass
print("%d profiles from %d real files, %d clades, %d non-zero cells" % (n, len(files), len(clades), m.nnz))
