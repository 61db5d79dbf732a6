"""Peer of gutskin's per-subject change summaries (cohort --subject --time), written independently of it.

usage: longitudinal_peer.py TAXONOMY.tsv.gz METADATA.tsv SUBJECT TIME GROUP EXCLUDE_FILE OUT.json

Samples: a metadata row, a group value (MISSING spellings below are no value), a non-zero total; each renormalised
to sum 1. Series: per subject the samples not excluded that have a subject and a time, ordered by time (a repeated
time is an error here too). Per subject: scipy.spatial.distance.braycurtis to the first and the previous sample,
first-to-last, mean consecutive; scikit-bio 0.5.8 alpha (observed_otus, shannon base e, simpson, pielou_e) and
scipy.stats.linregress(elapsed, alpha).slope. Group tests over subjects with >= 2 samples and one group:
scipy.stats.kruskal and, for two groups, scipy.stats.mannwhitneyu(first group, second group) (sorted labels).
"""
import csv, gzip, json, sys
import numpy as np
from scipy.spatial.distance import braycurtis
from scipy.stats import kruskal, linregress, mannwhitneyu
from skbio.diversity import alpha

tax, meta, subject_col, time_col, group_col, exclude_file, out = sys.argv[1:8]
MISSING = {"", "na", "n/a", "nan", "null", "none", "."}
missing = lambda v: v is None or v.strip().lower() in MISSING

with gzip.open(tax, "rt") as f:
    rows = list(csv.reader(f, delimiter="\t"))
ids = [r[0] for r in rows[1:]]
X = np.array([[float(v) for v in r[1:]] for r in rows[1:]])
md = {r[0]: r for r in csv.reader(open(meta), delimiter="\t")}
head = md.pop(next(iter(md)))
col = {name: i for i, name in enumerate(head)}
exclude = set(open(exclude_file).read().strip().split(","))

profile = {}
for i, sid in enumerate(ids):
    r = md.get(sid)
    if r is None or missing(r[col[group_col]]) or X[i].sum() == 0:
        continue
    profile[sid] = X[i] / X[i].sum()

series = {}
for sid, p in profile.items():
    r = md[sid]
    if sid in exclude or missing(r[col[subject_col]]) or missing(r[col[time_col]]):
        continue
    series.setdefault(r[col[subject_col]], []).append((float(r[col[time_col]]), sid))

SCORES = {"observed": alpha.observed_otus, "shannon": lambda c: alpha.shannon(c, base=np.e),
          "simpson": alpha.simpson, "pielou_e": alpha.pielou_e}
subjects, groups = {}, {}
for subj, pts in series.items():
    pts.sort()
    times = [t for t, _ in pts]
    assert len(set(times)) == len(times), f"{subj}: repeated time"
    sids = [s for _, s in pts]
    to_first = [None] + [braycurtis(profile[sids[0]], profile[s]) for s in sids[1:]]
    to_prev = [None] + [braycurtis(profile[a], profile[b]) for a, b in zip(sids, sids[1:])]
    elapsed = [t - times[0] for t in times]
    slopes = {}
    for name, f in SCORES.items():
        y = [float(f(profile[s])) for s in sids]
        slopes[name] = linregress(elapsed, y).slope if len(sids) > 1 else None
    subjects[subj] = {"samples": sids, "to_first": to_first, "to_previous": to_prev,
                      "first_to_last": to_first[-1], "mean_consecutive": float(np.mean(to_prev[1:])) if len(sids) > 1 else None,
                      "slopes": slopes}
    g = {md[s][col[group_col]] for s in sids}
    groups[subj] = g.pop() if len(g) == 1 else None

labels = sorted({g for g in groups.values() if g is not None})
measures = {"braycurtis_first_to_last": lambda s: s["first_to_last"],
            "braycurtis_mean_consecutive": lambda s: s["mean_consecutive"]}
for name in SCORES:
    measures[name + "_slope"] = (lambda n: lambda s: s["slopes"][n])(name)
tests = []
for m, get in measures.items():
    by = {l: [get(subjects[s]) for s in subjects if groups[s] == l and len(subjects[s]["samples"]) > 1] for l in labels}
    n = sum(len(v) for v in by.values())
    h = kruskal(*[by[l] for l in labels])
    tests.append({"test": "kruskal", "measure": m, "statistic": h.statistic, "p_value": h.pvalue, "subjects": n})
    if len(labels) == 2:
        u = mannwhitneyu(by[labels[0]], by[labels[1]])
        tests.append({"test": "mannwhitneyu", "measure": m, "statistic": u.statistic, "p_value": u.pvalue, "subjects": n})
json.dump({"subjects": subjects, "groups": groups, "tests": tests}, open(out, "w"))
