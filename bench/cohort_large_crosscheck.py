#!/usr/bin/python3
"""Checks gutskin's large-cohort path (above 1,000 samples: one-pass PERMANOVA/PERMDISP over distance rows,
randomized PCoA) against the peers on the same synthetic cohort, in the same run, and prints the time ratio.

Usage: cohort_large_crosscheck.py PROFILES METADATA OUT_DIR GUTSKIN_SECONDS [OUT_DIR_SPARK]
Peers: scipy pdist Bray-Curtis; scikit-bio 0.5.8 permanova (statistic exact, p within Monte-Carlo error) and
pcoa (exact eigh: leading eigenvalues and proportion explained; fsvd timing for reference); vegan 2.6
betadisper(type = "centroid") + permutest for PERMDISP (the formula gutskin uses above 1,000 samples; scikit-bio's
permdisp keeps only positive axes and differs for non-Euclidean distances)."""
import math, subprocess, sys, time, os, tempfile
import numpy as np, pandas as pd
from scipy.spatial.distance import pdist, squareform
from skbio import DistanceMatrix
from skbio.stats.distance import permanova
from skbio.stats.ordination import pcoa

prof, meta, out, secs = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
spark = sys.argv[5] if len(sys.argv) > 5 else None
bad = 0
def report(name, ok, detail):
    global bad
    bad += 0 if ok else 1
    print(f"  {'ok ' if ok else 'BAD'} {name}: {detail}")
def mc_ok(p, q, perms):  # two independent estimates of the same p: within 4 binomial SDs (+ one step)
    sd = math.sqrt(max(p * (1 - p), 1.0 / perms) / perms)
    return abs(p - q) <= 4 * math.sqrt(2) * sd + 1.0 / perms

t0 = time.time()
t = pd.read_csv(prof, sep="\t", index_col=0).T
md = pd.read_csv(meta, sep="\t", index_col=0)
x = t.values / t.values.sum(1, keepdims=True)
groups = md.loc[t.index, "group"].values
t_read = time.time() - t0
t1 = time.time()
d = pdist(x, "braycurtis")
dm = DistanceMatrix(squareform(d, checks=False), list(t.index))
t_dist = time.time() - t1
t2 = time.time(); pm = permanova(dm, groups, permutations=999); t_perm = time.time() - t2
t3 = time.time(); ex = pcoa(dm, method="eigh"); t_pcoa = time.time() - t3
t4 = time.time(); fs = pcoa(dm, method="fsvd", number_of_dimensions=10); t_fsvd = time.time() - t4

tests = pd.read_csv(f"{out}/tests.tsv", sep="\t")
row = lambda test: tests[(tests.test == test) & (tests.metric == "braycurtis")].iloc[0]
g = row("permanova")
report("permanova pseudo-F", math.isclose(g.statistic, pm["test statistic"], rel_tol=1e-9),
       f"{g.statistic:.12g} vs scikit-bio {pm['test statistic']:.12g}")
report("permanova p (Monte-Carlo)", mc_ok(g.p_value, pm["p-value"], 999), f"{g.p_value:.3f} vs {pm['p-value']:.3f}")

axes = pd.read_csv(f"{out}/ordination_axes.tsv", sep="\t")
ev = axes.iloc[:, 1].values[:3]
want = ex.eigvals.values[:3]
rel = np.abs(ev - want) / want
frel = np.abs(fs.eigvals.values[:3] - want) / want
# a randomized method is judged against the exact one, beside scikit-bio's own randomized method (fsvd)
report("PCoA leading 3 eigenvalues (randomized vs exact eigh)", bool(rel.max() < 1e-3 or rel.max() <= frel.max()),
       f"max relative difference {rel.max():.2e} (scikit-bio fsvd vs eigh: {frel.max():.2e})")

# PERMDISP: vegan betadisper(type = "centroid"), its permutest with 999 permutations
with tempfile.TemporaryDirectory() as tmp:
    np.save(f"{tmp}/d.npy", d)
    pd.DataFrame(squareform(d)).to_csv(f"{tmp}/d.csv", header=False, index=False)
    pd.Series(groups).to_csv(f"{tmp}/g.csv", header=False, index=False)
    r = subprocess.run(["Rscript", "-e", f"""suppressMessages(library(vegan)); set.seed(1)
      d <- as.dist(as.matrix(read.csv('{tmp}/d.csv', header = FALSE))); g <- factor(read.csv('{tmp}/g.csv', header = FALSE)[, 1])
      t0 <- proc.time()[[3]]; b <- betadisper(d, g, type = 'centroid'); a <- anova(b)
      pt <- permutest(b, permutations = 999); el <- proc.time()[[3]] - t0
      cat(sprintf('%.15g', c(a$`F value`[1], pt$tab$`Pr(>F)`[1], el)), '\\n')"""], capture_output=True, text=True)
    if r.returncode != 0:
        report("vegan betadisper", False, r.stderr.strip()[-200:])
    else:
        vf, vp, vt = map(float, r.stdout.split())
        gd = row("permdisp")
        report("permdisp F (vegan betadisper centroid)", math.isclose(gd.statistic, vf, rel_tol=1e-7),
               f"{gd.statistic:.10g} vs vegan {vf:.10g}")
        report("permdisp p (Monte-Carlo)", mc_ok(gd.p_value, vp, 999), f"{gd.p_value:.3f} vs {vp:.3f}")
        print(f"  time vegan betadisper + permutest: {vt:.1f} s")

if spark:
    same = all(open(f"{out}/{f}").read() == open(f"{spark}/{f}").read()
               for f in ("tests.tsv", "ordination.tsv", "ordination_axes.tsv", "alpha.tsv", "differential_abundance.tsv"))
    report("spark local[*] tables byte-identical to local", same, "tests, ordination, axes, alpha, differential abundance")

peer = t_read + t_dist + t_perm + t_pcoa
print(f"  time scikit-bio: read {t_read:.1f} s, pdist {t_dist:.1f} s, permanova(999) {t_perm:.1f} s, "
      f"pcoa eigh {t_pcoa:.1f} s (fsvd {t_fsvd:.1f} s); sum {peer:.1f} s (without PERMDISP)")
print(f"  time gutskin cohort (everything, incl. JVM start, PERMDISP, alpha, per-taxon tests): {secs:.1f} s; "
      f"ratio scikit-bio/gutskin {peer / secs:.1f}x")
sys.exit(1 if bad else 0)
