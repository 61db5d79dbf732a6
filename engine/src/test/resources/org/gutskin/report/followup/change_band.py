#!/usr/bin/python3
"""The band of change expected without real change: the peer computation of kb/change-bands.yaml.

Data: MaAsLin2's HMP2 example (cohort/model/hmp2/HMP2_taxonomy.tsv.gz, HMP2_metadata.tsv.gz; MIT; 87 species,
relative abundances, subject ids and visit numbers). Rules, stated in the YAML and in docs/report.md:
  * subjects with diagnosis nonIBD only; samples taken while on antibiotics (antibiotics = Yes) left out;
  * within a subject, a visit number held by two samples is left out (their order is unknown);
  * the remaining samples in visit order; a pair is two consecutive samples of one subject;
  * species abundances closed to 1 per sample; alpha diversity with scikit-bio (Shannon base e); the change of a
    metric is |value(later) - value(earlier)|; Bray-Curtis between the two samples of the pair (scipy);
  * the band is the 90th percentile of those values (numpy's default linear interpolation).
Run: /usr/bin/python3 change_band.py DIR_WITH_HMP2_FILES  -> prints the YAML 'measures' block.
"""
import csv, gzip, sys, collections
import numpy as np
from scipy.spatial.distance import braycurtis
from skbio.diversity import alpha

QUANTILE = 0.90
d = sys.argv[1] if len(sys.argv) > 1 else "."
md = list(csv.DictReader(gzip.open(d + "/HMP2_metadata.tsv.gz", "rt"), delimiter="\t"))
with gzip.open(d + "/HMP2_taxonomy.tsv.gz", "rt") as f:
    header = f.readline().rstrip("\n").split("\t")
    tax = {}
    for line in f:
        cells = line.rstrip("\n").split("\t")
        tax[cells[0]] = np.array([float(x) for x in cells[1:]])

bysubject = collections.defaultdict(list)
for r in md:
    if r["diagnosis"] == "nonIBD" and r["antibiotics"] != "Yes":
        bysubject[r["subject"]].append(r)


def metrics(v):
    p = v / v.sum()
    c = p[p > 0]
    return {"shannon": alpha.shannon(c, base=np.e), "simpson": alpha.simpson(c),
            "inverse_simpson": alpha.dominance(c) ** -1, "observed": float(len(c)),
            "pielou_e": alpha.pielou_e(c) if len(c) > 1 else float("nan"),
            "berger_parker_d": alpha.berger_parker_d(c)}


changes = collections.defaultdict(list)
subjects, pairs, samples = 0, 0, 0
for s, rows in sorted(bysubject.items()):
    visits = collections.Counter(r["collection"] for r in rows)
    kept = sorted((r for r in rows if visits[r["collection"]] == 1), key=lambda r: int(r["collection"]))
    if len(kept) < 2:
        continue
    subjects += 1
    samples += len(kept)
    for a, b in zip(kept, kept[1:]):
        va, vb = tax[a["ID"]], tax[b["ID"]]
        ma, mb = metrics(va), metrics(vb)
        for k in ma:
            if not (np.isnan(ma[k]) or np.isnan(mb[k])):
                changes[k].append(abs(mb[k] - ma[k]))
        changes["braycurtis"].append(braycurtis(va / va.sum(), vb / vb.sum()))
        pairs += 1

print(f"# subjects {subjects}, samples {samples}, pairs {pairs}, quantile {QUANTILE}")
for k in ["shannon", "simpson", "inverse_simpson", "observed", "pielou_e", "berger_parker_d", "braycurtis"]:
    x = np.array(changes[k])
    print(f"  - {{measure: {k}, pairs: {len(x)}, band: {np.quantile(x, QUANTILE):.6f}, median: {np.median(x):.6f}}}")
