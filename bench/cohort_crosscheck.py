#!/usr/bin/python3
"""Recomputes a gutskin cohort run with the peers and prints the agreement.

Usage: cohort_crosscheck.py PROFILE METADATA_TSV GROUP GUTSKIN_OUT_DIR [GUTSKIN_SECONDS]

Peers (Debian: python3-skbio 0.5.8, python3-scipy 1.10): the species rows of the profile, each sample renormalised
to sum 1 (as gutskin's default); samples without a group value dropped; Shannon = scipy.stats.entropy (base e);
scipy.stats.kruskal / mannwhitneyu; scipy pdist Bray-Curtis; skbio permanova, pcoa, permdisp(test='centroid');
skbio clr(multiplicative_replacement(...)) per taxon with prevalence >= 10 %, scipy rank test, BH by hand (numpy).
Permutation p-values use NumPy's generator, so they agree within Monte-Carlo error only."""
import csv, math, sys, time, warnings
import numpy as np
from scipy import stats
from scipy.spatial.distance import pdist, squareform
from skbio import DistanceMatrix
from skbio.stats.distance import permanova, permdisp
from skbio.stats.ordination import pcoa
from skbio.stats.composition import clr, multiplicative_replacement

warnings.simplefilter("ignore")
MISSING = {"", "na", "nan", "n/a", "null", "none"}


def read_profile(path):
    delim = "," if path.endswith(".csv") else "\t"
    rows = list(csv.reader(open(path), delimiter=delim))
    head = rows[0]
    ids = head[1:]
    taxa, vals = [], []
    for r in rows[1:]:
        if not r or r[0].startswith("#"):
            continue
        last = r[0].split("|")[-1]
        if not last.startswith("s__"):
            continue
        taxa.append(last[3:])
        vals.append([float(x) if x not in ("", "NA") else 0.0 for x in r[1:]])
    return ids, taxa, np.array(vals).T  # samples x taxa


def read_meta(path, group):
    rows = list(csv.reader(open(path), delimiter="\t"))
    col = rows[0].index(group)
    return {r[0].strip(): r[col].strip() for r in rows[1:] if len(r) > col}


def read_tsv(path):
    rows = list(csv.reader(open(path), delimiter="\t"))
    return rows[0], rows[1:]


def bh(p):
    p = np.asarray(p, float)
    order = np.argsort(p, kind="mergesort")
    m = len(p)
    q = np.empty(m)
    running = 1.0
    for r in range(m - 1, -1, -1):
        running = min(running, p[order[r]] * m / (r + 1))
        q[order[r]] = running
    return q


def mc_ok(p_gutskin, p_peer, n):
    # both are Monte-Carlo estimates from different generators: the difference has variance 2 p(1-p)/n
    p = (p_gutskin + p_peer) / 2
    tol = 3 * math.sqrt(2 * max(p * (1 - p), 1 / n) / n) + 2 / n
    return abs(p_gutskin - p_peer) <= tol


def main():
    prof, meta, group, out = sys.argv[1:5]
    t_gutskin = float(sys.argv[5]) if len(sys.argv) > 5 else float("nan")
    t0 = time.time()
    ids, taxa, X = read_profile(prof)
    md = read_meta(meta, group)
    keep = [i for i, s in enumerate(ids) if s in md and md[s].lower() not in MISSING and X[i].sum() > 0]
    ids = [ids[i] for i in keep]
    X = X[keep]
    P = X / X.sum(1, keepdims=True)
    groups = [md[s] for s in ids]
    labels = sorted(set(groups))
    print(f"  samples {len(ids)} ({', '.join(f'{l} {groups.count(l)}' for l in labels)}), species {len(taxa)}")
    bad = 0

    def report(name, ok, detail):
        nonlocal bad
        bad += not ok
        print(f"  {'ok  ' if ok else 'DIFF'} {name}: {detail}")

    # samples and Shannon
    ah, arows = read_tsv(f"{out}/alpha.tsv")
    report("analysed samples", [r[0] for r in arows] == ids, f"{len(arows)} in gutskin's alpha.tsv")
    g_sh = np.array([float(r[ah.index("shannon")]) for r in arows])
    p_sh = np.array([stats.entropy(p) for p in P])
    report("shannon (ln)", np.allclose(g_sh, p_sh, rtol=1e-12, atol=1e-12), f"max |diff| {np.max(np.abs(g_sh - p_sh)):.2e}")
    th, trows = read_tsv(f"{out}/tests.tsv")
    tests = {(r[0], r[1]): (float(r[2]), float(r[3])) for r in trows}
    by = [p_sh[[g == l for g in groups]] for l in labels]
    kw = stats.kruskal(*by)
    gk = tests[("kruskal", "shannon")]
    report("kruskal shannon", math.isclose(gk[0], kw.statistic, rel_tol=1e-9) and math.isclose(gk[1], kw.pvalue, rel_tol=1e-9),
           f"H {gk[0]:.10g} vs scipy {kw.statistic:.10g}; p {gk[1]:.6g} vs {kw.pvalue:.6g}")
    if len(labels) == 2:
        mw = stats.mannwhitneyu(by[0], by[1])
        gm = tests[("mannwhitneyu", "shannon")]
        report("mannwhitneyu shannon", gm[0] == mw.statistic and math.isclose(gm[1], mw.pvalue, rel_tol=1e-9),
               f"U {gm[0]:g} vs {mw.statistic:g}; p {gm[1]:.6g} vs {mw.pvalue:.6g}")

    # beta: Bray-Curtis, PERMANOVA, PCoA, PERMDISP
    D = pdist(P, "braycurtis")
    dm = DistanceMatrix(squareform(D, checks=False), ids)
    t1 = time.time()
    pm = permanova(dm, groups, permutations=999)
    t_perm = time.time() - t1
    gp = tests[("permanova", "braycurtis")]
    report("permanova pseudo-F", math.isclose(gp[0], pm["test statistic"], rel_tol=1e-9), f"{gp[0]:.10g} vs scikit-bio {pm['test statistic']:.10g}")
    report("permanova p (Monte-Carlo)", mc_ok(gp[1], pm["p-value"], 999), f"{gp[1]:.3f} vs scikit-bio {pm['p-value']:.3f}")
    o = pcoa(dm)
    axh, axrows = read_tsv(f"{out}/ordination_axes.tsv")
    k = len(axrows)
    ge = np.array([float(r[1]) for r in axrows]); gpe = np.array([float(r[2]) for r in axrows])
    report("pcoa eigenvalues", np.allclose(ge, o.eigvals.values[:k], rtol=1e-8, atol=1e-10),
           f"max rel diff {np.max(np.abs(ge - o.eigvals.values[:k]) / np.abs(o.eigvals.values[:k]).clip(1e-300)):.1e} (first {k})")
    report("pcoa proportion explained", np.allclose(gpe, o.proportion_explained.values[:k], atol=1e-10), f"PC1 {gpe[0]:.4f} vs {o.proportion_explained.values[0]:.4f}")
    oh, orows = read_tsv(f"{out}/ordination.tsv")
    G = np.array([[float(x) for x in r[2:]] for r in orows])
    S = o.samples.values[:, :G.shape[1]]
    diff = 0.0
    for a in range(min(G.shape[1], 3)):
        s = np.sign(np.dot(G[:, a], S[:, a])) or 1
        diff = max(diff, np.max(np.abs(G[:, a] - s * S[:, a])))
    report("pcoa coordinates PC1-3 (up to sign)", diff < 1e-7, f"max |diff| {diff:.1e}")
    pd_ = permdisp(dm, groups, test="centroid", permutations=999)
    gd = tests[("permdisp", "braycurtis")]
    report("permdisp (centroid) F", math.isclose(gd[0], pd_["test statistic"], rel_tol=1e-7), f"{gd[0]:.10g} vs scikit-bio {pd_['test statistic']:.10g}")
    report("permdisp p (Monte-Carlo)", mc_ok(gd[1], pd_["p-value"], 999), f"{gd[1]:.3f} vs {pd_['p-value']:.3f}")

    # differential abundance
    C = clr(multiplicative_replacement(P))
    prev = (X > 0).mean(0)
    tested = [j for j in range(len(taxa)) if prev[j] >= 0.1]
    pv = []
    for j in tested:
        cols = [C[[g == l for g in groups], j] for l in labels]
        pv.append(stats.mannwhitneyu(cols[0], cols[1]).pvalue if len(labels) == 2 else stats.kruskal(*cols).pvalue)
    qv = bh(pv)
    dh, drows = read_tsv(f"{out}/differential_abundance.tsv")
    got = {r[0]: (float(r[3]), float(r[4])) for r in drows}
    names = [taxa[j] for j in tested]
    same = sorted(got) == sorted(names)
    report("taxa tested", same, f"{len(got)} vs peer {len(names)}")
    if same:
        dp = max(abs(got[n][0] - p) for n, p in zip(names, pv))
        dq = max(abs(got[n][1] - q) for n, q in zip(names, qv))
        report("per-taxon p and BH q", dp < 1e-9 and dq < 1e-9, f"max |diff| p {dp:.1e}, q {dq:.1e}; q<0.05: {int((qv < 0.05).sum())}")
    t_peer = time.time() - t0
    print(f"  time: gutskin {t_gutskin:.1f} s (whole command, JVM start included) vs peers {t_peer:.1f} s "
          f"(scikit-bio permanova alone {t_perm:.1f} s); ratio gutskin/peer {t_gutskin / t_peer:.2f}")
    return bad


if __name__ == "__main__":
    sys.exit(main())
