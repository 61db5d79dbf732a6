#!/usr/bin/python3
"""Times the peers reading the benchmark files in-process: biom-format's load_table and pandas' read_csv.
Prints one line per measurement: tool<TAB>file<TAB>best seconds of REPEATS<TAB>samples.
Usage: peer_read.py OUTDIR [REPEATS]"""
import os, sys, time
out = sys.argv[1]
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3


def best(fn):
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter(); r = fn(); times.append(time.perf_counter() - t0)
    return min(times), r


import biom, pandas as pd
for name in ("table.biom.json", "table.biom.h5"):
    p = os.path.join(out, name)
    if os.path.exists(p):
        s, t = best(lambda: biom.load_table(p))
        print("biom-format load_table\t%s\t%.4f\t%d" % (name, s, t.shape[1]), flush=True)
p = os.path.join(out, "merged.tsv")
s, d = best(lambda: pd.read_csv(p, sep="\t", comment="#", index_col=0))
print("pandas read_csv\tmerged.tsv\t%.4f\t%d" % (s, d.shape[1]), flush=True)
