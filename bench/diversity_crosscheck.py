#!/usr/bin/env python3
"""gutskin diversity vs its peers on the same inputs, in one run (see diversity-crosscheck.sh).

Peers: scikit-bio 0.5.8 alpha_diversity (all alpha metrics), scipy.spatial.distance.pdist (Bray-Curtis, Jaccard,
and Euclidean on scikit-bio clr(x + 1) for Aitchison), unifrac (Striped UniFrac, unifrac-tools) for UniFrac on the
taxonomy tree built from the lineages (unit branch lengths; gutskin builds its own with --taxonomy-tree).

Timing: the peer's compute call (data already in memory) against gutskin's kernel (DiversityCrossCheck: the
same reader and feature selection as the CLI, kernel timed in one JVM after a warm-up). Median of --repeat runs
for cohorts of at most 2,000 samples, one run above that. Both sides get the 2 cores where they can use them
(unifrac threads=2; SciPy and scikit-bio are single-threaded by design). The gutskin CLI wall time (JVM start,
parsing, output) is printed separately for the real profiles.
"""
import argparse, io, json, math, os, statistics, subprocess, sys, tempfile, time, warnings

import numpy as np
from scipy.spatial.distance import pdist

warnings.simplefilter("ignore")
import skbio  # noqa: E402
from skbio import TreeNode  # noqa: E402
from skbio.diversity import alpha_diversity  # noqa: E402
from skbio.stats.composition import clr  # noqa: E402

ALPHA = [  # (gutskin name, scikit-bio name, kwargs)
    ("observed", "observed_otus", {}), ("shannon", "shannon", {"base": math.e}), ("simpson", "simpson", {}),
    ("inverse_simpson", "enspie", {}), ("pielou_e", "pielou_e", {}), ("chao1", "chao1", {}),
    ("berger_parker_d", "berger_parker_d", {}), ("faith_pd", "faith_pd", None)]
TARGET = {"alpha": 1 / 20, "braycurtis": 1 / 3, "jaccard": 1 / 3, "unweighted_unifrac": 1.0,
          "weighted_unifrac": 1.0, "aitchison": None}
RANKS = "kpcofgs"


class Dataset:
    def __init__(self, name, path, ids, features, lineages, X, counts):
        self.name, self.path, self.ids, self.features, self.lineages = name, path, ids, features, lineages
        self.X, self.counts = X, counts  # X: samples x features (float64)


def read_merged(name, path, sep):
    """A MetaPhlAn merged table (taxa as rows): keep species rows (s__ last, no t__)."""
    ids, feats, lins, rows = None, [], [], []
    for line in open(path):
        if line.startswith("#"):
            continue
        f = line.rstrip("\n").split(sep)
        if ids is None:
            ids = f[1:]
            continue
        levels = f[0].split("|")
        if not levels[-1].startswith("s__"):
            continue
        feats.append(levels[-1][3:])
        lins.append(levels if len(levels) > 1 else None)
        rows.append([float(x) if x else 0.0 for x in f[1:]])
    X = np.asarray(rows, dtype=float).T.copy()
    return Dataset(name, path, ids, feats, None if any(l is None for l in lins) else lins, X, False)


def synthetic(n, seed, work):
    """Seeded count cohort shaped like gut species profiles (see SyntheticCohort.java for the recipe)."""
    rng = np.random.default_rng(seed)
    S = 1500
    genus = np.concatenate([np.arange(400), rng.integers(0, 400, S - 400)])
    lins = []
    for s in range(S):
        g = genus[s]; f = g % 120; o = f % 60; c = o % 30; p = c % 12
        lins.append(["k__" + ("Archaea" if p == 11 else "Bacteria"), "p__P%d" % p, "c__C%d" % c, "o__O%d" % o,
                     "f__F%d" % f, "g__G%d" % g, "s__G%d_sp%d" % (g, s)])
    w = 1.0 / np.power(np.arange(S) + 1, 0.9); w /= w.sum()
    X = np.zeros((n, S))
    for i in range(n):
        rich = int(min(600, max(5, round(110 * math.exp(0.5 * rng.standard_normal())))))
        sp = rng.choice(S, rich, replace=False, p=w)
        ab = np.exp(2 * rng.standard_normal(rich))
        depth = 50000 * math.exp(0.5 * rng.standard_normal())
        X[i, sp] = rng.poisson(depth * ab / ab.sum())
    ids = ["S%d" % i for i in range(n)]
    feats = [l[-1][3:] for l in lins]
    path = os.path.join(work, "synthetic_%d.biom" % n)
    with open(path, "w") as fh:  # sparse BIOM 1.0 JSON with taxonomy metadata: what gutskin reads
        nz = np.nonzero(X.T)
        fh.write('{"id":"synthetic","format":"Biological Observation Matrix 1.0.0","type":"OTU table",'
                 '"matrix_type":"sparse","matrix_element_type":"int","shape":[%d,%d],"rows":' % (S, n))
        json.dump([{"id": feats[t], "metadata": {"taxonomy": lins[t]}} for t in range(S)], fh)
        fh.write(',"columns":')
        json.dump([{"id": s, "metadata": None} for s in ids], fh)
        fh.write(',"data":[')
        fh.write(",".join("[%d,%d,%d]" % (t, s, X[s, t]) for t, s in zip(*nz)))
        fh.write("]}")
    return Dataset("synthetic %d" % n, path, ids, feats, lins, X, True)


def taxonomy_newick(lins, tip_names):
    """Root -> kingdom -> ... -> species, every branch 1; a 0-length node keeps the root binary (scikit-bio needs it)."""
    root = {}
    for lin, tip in zip(lins, tip_names):
        node = root
        for lvl in lin[:-1]:
            node = node.setdefault(lvl, {})
        node[("tip", tip)] = None

    def emit(d):
        parts = []
        for k, v in d.items():
            parts.append(k[1] + ":1" if isinstance(k, tuple) else "(" + emit(v) + "):1")
        return ",".join(parts)
    inner = emit(root)
    return ("((" + inner + "):0)root;") if len(root) > 2 else ("(" + inner + ")root;")


def timed(fn, repeat):
    """Median wall time and median process CPU time (all threads, native ones included) of fn()."""
    runs, cpus, out = [], [], None
    for _ in range(repeat):
        out = None
        c = time.process_time(); t = time.perf_counter(); out = fn()
        runs.append(time.perf_counter() - t); cpus.append(time.process_time() - c)
    return out, (statistics.median(runs), statistics.median(cpus))


def gutskin_kernel(args, ds, kind, metrics, out, taxtree, repeat):
    cmd = ["java", "-Xmx%s" % args.xmx, "-cp", args.bench_jar, "org.gutskin.bench.DiversityCrossCheck", ds.path,
           kind, metrics, out, "--repeat", str(repeat)] + (["--taxonomy-tree"] if taxtree else [])
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode:
        raise RuntimeError("gutskin failed: " + r.stderr[-400:])
    return json.loads(r.stdout.strip().splitlines()[-1])


def rel_diff(a, b):
    a, b = np.asarray(a, float), np.asarray(b, float)
    both_nan = np.isnan(a) & np.isnan(b)
    d = np.abs(a - b) / np.maximum(np.abs(b), 1e-12)
    d[both_nan] = 0
    d[np.isnan(d)] = np.inf
    return float(d.max()) if d.size else 0.0


def compare_condensed(path, peer_rows, n):
    """Max relative difference between gutskin's condensed file and the peer's rows (row i: cells j > i)."""
    g = np.memmap(path, dtype="<f8", mode="r")
    worst, pos = 0.0, 0
    for i in range(n - 1):
        row = peer_rows(i)
        worst = max(worst, rel_diff(g[pos:pos + len(row)], row))
        pos += len(row)
    return worst


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench-jar", required=True)
    ap.add_argument("--gutskin", default="./gutskin")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--sizes", default="2000,10000,20000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--work", default=None)
    ap.add_argument("--xmx", default="6g")
    ap.add_argument("--heavy-metrics", default="alpha,braycurtis,unweighted_unifrac",
                    help="metrics run on cohorts above 10,000 samples (SciPy needs minutes per matrix there)")
    ap.add_argument("--metrics", default="alpha,braycurtis,jaccard,aitchison,unweighted_unifrac,weighted_unifrac",
                    help="which comparisons to run")
    args = ap.parse_args()
    wanted = set(args.metrics.split(","))
    heavy_metrics = set(args.heavy_metrics.split(","))
    work = args.work or tempfile.mkdtemp(prefix="gutskin-div-")
    os.makedirs(work, exist_ok=True)
    D = os.path.join(args.shared, "data")
    import unifrac, biom, scipy
    print("peers: scikit-bio %s, SciPy %s, NumPy %s, unifrac (Striped UniFrac) %s; work dir %s" % (
        skbio.__version__, scipy.__version__, np.__version__, getattr(unifrac, "__version__", "1.2 (Debian)"), work))
    datasets = [
        lambda: read_merged("GMHI validation", os.path.join(D, "gmhi", "validation_782", "validation_abundance_dev.csv"), ","),
        lambda: read_merged("HMP2 MetaPhlAn3", os.path.join(D, "formats", "metaphlan", "HMP2_subset_merged_metaphlan3_profiles.tsv"), "\t"),
        lambda: read_merged("psoriasis (MetaPhlAn4)", os.path.join(D, "skin-conditions", "psoriasis_qqwxp1987", "profiles_merged.tsv"), "\t"),
    ] + [lambda n=int(n): synthetic(n, 20240601 + n, work) for n in args.sizes.split(",") if n]
    rows = []
    for make in datasets:
        ds = make()
        n, F = ds.X.shape
        rich = np.count_nonzero(ds.X, axis=1)
        print("\n== %s: %d samples x %d species, richness median %d (IQR %d-%d), %s" % (
            ds.name, n, F, np.median(rich), np.percentile(rich, 25), np.percentile(rich, 75),
            "counts" if ds.counts else "relative abundance"), flush=True)
        heavy = n > 10000
        reps = args.repeat if n <= 2000 else 1
        tipnames = ["f%d" % t for t in range(F)]
        tree = treefile = biomfile = None
        if ds.lineages:
            nwk = taxonomy_newick(ds.lineages, tipnames)
            treefile = os.path.join(work, "tree_%d.nwk" % n); open(treefile, "w").write(nwk)
            tree = TreeNode.read(io.StringIO(nwk))
            biomfile = os.path.join(work, "table_%d.biom" % n)
            import scipy.sparse as sp
            from biom.util import biom_open
            t = biom.Table(sp.csr_matrix(ds.X.T), tipnames, ds.ids)
            with biom_open(biomfile, "w") as fh:
                t.to_hdf5(fh, "crosscheck")

        def record(metric, peer, peer_t, g, agree, note=""):
            peer_s, peer_cpu = peer_t
            ratio = g["median_s"] / peer_s if peer_s > 0 else float("nan")
            cpu_ratio = g["median_cpu_s"] / peer_cpu if peer_cpu > 0 else float("nan")
            tgt = TARGET.get(metric)
            ok = "" if tgt is None else ("meets" if ratio <= tgt else "MISSES")
            row = dict(dataset=ds.name, n=n, features=F, metric=metric, peer=peer, peer_s=peer_s, peer_cpu_s=peer_cpu,
                       gutskin_s=g["median_s"], gutskin_cpu_s=g["median_cpu_s"], gutskin_load_s=g["load_s"],
                       ratio=ratio, cpu_ratio=cpu_ratio, target=tgt, verdict=ok, max_rel_diff=agree, note=note)
            rows.append(row)
            print("  %-20s peer %-28s %9.3f s (cpu %8.3f)  gutskin %8.3f s (cpu %8.3f)  ratio %7.4f (cpu %7.4f) %s  "
                  "max rel diff %.2e %s" % (metric, peer, peer_s, peer_cpu, g["median_s"], g["median_cpu_s"], ratio,
                                            cpu_ratio, ("(target <= %.3g: %s)" % (tgt, ok)) if tgt else "", agree,
                                            note), flush=True)

        # alpha
        names = [a for a in ALPHA if (a[0] != "chao1" or ds.counts) and (a[0] != "faith_pd" or tree is not None)]
        if "alpha" in wanted and (not heavy or "alpha" in heavy_metrics):
            def sk_alpha():
                out = {}
                for gname, skname, kw in names:
                    if gname == "faith_pd":
                        # scikit-bio 0.5.8 casts abundances to int when it carries them up the tree, so a species
                        # below 1 % would vanish from a percent table; Faith's PD only needs presence
                        out[gname] = alpha_diversity("faith_pd", (ds.X > 0).astype(int), ds.ids, otu_ids=tipnames,
                                                     tree=tree).values
                    else:
                        out[gname] = alpha_diversity(skname, ds.X, ds.ids, **kw).values
                return out
            peer, peer_s = timed(sk_alpha, reps)
            out = os.path.join(work, "alpha_%d.tsv" % n)
            g = gutskin_kernel(args, ds, "alpha", ",".join(a[0] for a in names), out, tree is not None, reps)
            lines = [l.rstrip("\n").split("\t") for l in open(out)]
            head, body = lines[0], {l[0]: l[1:] for l in lines[1:]}
            worst = max(rel_diff([float(body[s][k]) for s in ds.ids], peer[m]) for k, m in enumerate(head[1:]))
            record("alpha", "scikit-bio alpha_diversity x%d" % len(names), peer_s, g, worst,
                   "(%s)" % ",".join(a[0] for a in names))
        # beta
        betas = [("braycurtis", "scipy pdist braycurtis", lambda: pdist(ds.X, "braycurtis")),
                 ("jaccard", "scipy pdist jaccard (bool)", lambda: pdist(ds.X > 0, "jaccard"))]
        if n <= 2000:
            betas.append(("aitchison", "skbio clr(x+1) + pdist", lambda: pdist(clr(ds.X + 1.0), "euclidean")))
        if ds.lineages:
            betas += [("unweighted_unifrac", "Striped UniFrac, 2 threads",
                       lambda: unifrac.unweighted(biomfile, treefile, threads=2)),
                      ("weighted_unifrac", "Striped UniFrac normalized, 2 thr",
                       lambda: unifrac.weighted_normalized(biomfile, treefile, threads=2))]
        for metric, peer_name, fn in betas:
            if metric not in wanted or (heavy and metric not in heavy_metrics):
                continue
            peer, peer_s = timed(fn, reps)
            out = os.path.join(work, "beta_%s_%d.f64" % (metric, n))
            g = gutskin_kernel(args, ds, "beta", metric, out, "unifrac" in metric, reps)
            gids = open(out + ".ids").read().split()
            if "unifrac" in metric:
                pos = {s: k for k, s in enumerate(peer.ids)}
                order = np.array([pos[s] for s in gids])
                data = peer.data
                peer_rows = lambda i: data[order[i], order[i + 1:]]
            else:
                assert gids == ds.ids, "sample order differs"
                starts = np.concatenate([[0], np.cumsum(np.arange(n - 1, 0, -1))])
                peer_rows = lambda i: peer[starts[i]:starts[i + 1]]
            note = ""
            if "unifrac" in metric and n <= 600:
                # Striped UniFrac agrees to ~1e-7 (it keeps some sums in float32); scikit-bio is exact float64 but
                # slow, so it is the second reference on the small real cohorts. It casts abundances to int:
                # presence for unweighted; percent x 1e5 rounded for weighted (exact for 5-decimal MetaPhlAn 3 output)
                M = (ds.X > 0).astype(int) if metric.startswith("un") else np.rint(ds.X * (1 if ds.counts else 1e5)).astype(int)
                from skbio.diversity import beta_diversity
                kw = {} if metric.startswith("un") else {"normalized": True}
                skdm = beta_diversity(metric, M, ds.ids, otu_ids=tipnames, tree=tree, **kw)
                order2 = np.array([list(skdm.ids).index(s) for s in gids])
                sk = skdm.data
                note = "vs scikit-bio: %.1e" % compare_condensed(out, lambda i: sk[order2[i], order2[i + 1:]], n)
            record(metric, peer_name, peer_s, g, compare_condensed(out, peer_rows, n), note)
            del peer
            os.remove(out)
        # the CLI end to end, real profiles only (JVM start, reading, output included)
        if not ds.counts and "braycurtis" in wanted:
            t = time.perf_counter()
            r = subprocess.run([args.gutskin, "beta", ds.path, "--metric", "braycurtis"], capture_output=True)
            print("  gutskin CLI end to end (beta braycurtis, TSV to stdout): %.2f s, exit %d" % (
                time.perf_counter() - t, r.returncode))
    with open(os.path.join(work, "results.json"), "w") as fh:
        json.dump(rows, fh, indent=1)
    print("\n| dataset | samples | metric | peer | peer s (cpu) | gutskin s (cpu) | wall ratio | cpu ratio | target (wall) | max rel diff |")
    print("|---|---:|---|---|---:|---:|---:|---:|---|---:|")
    for r in rows:
        print("| %s | %d | %s | %s | %.3f (%.3f) | %.3f (%.3f) | %.4f | %.4f | %s | %.1e%s |" % (
            r["dataset"], r["n"], r["metric"], r["peer"], r["peer_s"], r["peer_cpu_s"], r["gutskin_s"],
            r["gutskin_cpu_s"], r["ratio"], r["cpu_ratio"],
            ("≤ %.3g %s" % (r["target"], r["verdict"])) if r["target"] else "—", r["max_rel_diff"],
            (" (" + r["note"] + ")") if r["note"].startswith("vs") else ""))


if __name__ == "__main__":
    main()
