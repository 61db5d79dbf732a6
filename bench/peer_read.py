#!/usr/bin/python3
"""Times the peers reading the benchmark files in-process: biom-format's load_table and pandas' read_csv.
Prints one line per measurement: tool<TAB>file<TAB>best wall seconds of REPEATS<TAB>samples<TAB>best process CPU
seconds (all threads; robust when the machine is busy).
Usage: peer_read.py OUTDIR [REPEATS]"""
import os, sys, time
out = sys.argv[1]
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3


def best(fn):
    times, cpus = [], []
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        r = fn()
        times.append(time.perf_counter() - t0); cpus.append(time.process_time() - c0)
    best.cpu = min(cpus)
    return min(times), r


import biom, pandas as pd
for name in ("table.biom.json", "table.biom.h5"):
    p = os.path.join(out, name)
    if os.path.exists(p):
        s, t = best(lambda: biom.load_table(p))
        print("biom-format load_table\t%s\t%.4f\t%d\t%.4f" % (name, s, t.shape[1], best.cpu), flush=True)
p = os.path.join(out, "merged.tsv")
s, d = best(lambda: pd.read_csv(p, sep="\t", comment="#", index_col=0))
print("pandas read_csv\tmerged.tsv\t%.4f\t%d\t%.4f" % (s, d.shape[1], best.cpu), flush=True)
