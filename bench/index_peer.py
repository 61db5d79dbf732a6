#!/usr/bin/python3
"""The index authors' scoring, reimplemented in pandas/numpy from their published code, timed on a table.

gmwi2: compute_gmwi2() of GMWI2 1.6 (src/GMWI2/pipeline.py): per sample, add the model features missing from the
       profile as zero columns, order them as the model, divide by (100 - UNKNOWN), presence = value > 1e-5,
       score = presence . coefficients + intercept (sklearn's decision_function; sklearn is not installed here, the
       dot product is the same formula). The tool does this one sample per run ('authors'); we also time the
       same formula vectorised over all samples with numpy ('vectorised'), a faster python than the authors' own.
gmhi:  GMHI.R (Gupta et al. 2020), which is already vectorised over the samples of a matrix, in pandas.

Usage: index_peer.py gmwi2|gmhi TABLE SHARED_DIR OUT_SCORES [PER_SAMPLE_LIMIT]
Prints one line per timing: name seconds samples."""
import sys, time
import numpy as np
import pandas as pd

index, path, shared, out = sys.argv[1:5]
limit = int(sys.argv[5]) if len(sys.argv) > 5 else None


def timed(name, n, f):
    t = time.perf_counter()
    r = f()
    print("%s\t%.6f\t%d" % (name, time.perf_counter() - t, n), flush=True)
    return r


if index == "gmwi2":
    df = timed("read", 0, lambda: pd.read_csv(path, sep="\t", index_col=0))
    feats = pd.read_csv(shared + "/data/gmwi2/model_all_features.tsv", sep="\t")
    names, coef = list(feats["taxon"]), feats["coefficient"].to_numpy()
    intercept, cutoff = 0.0, 0.00001

    def authors(samples):
        res = []
        for s in samples:
            one = df[[s]].T  # one profile: clades as columns, as the tool reads it
            one = one.loc[:, one.iloc[0] != 0]  # a profile file lists only the clades it found
            one.index = ["relative_abundance"]
            dummy_cols = list(set(names) - set(one.columns))
            dummy = pd.DataFrame(np.zeros((1, len(dummy_cols))), columns=dummy_cols, index=["relative_abundance"])
            one = pd.concat([dummy, one], axis=1)
            one = one.copy()[["UNKNOWN"] + names]
            one = one.divide((100 - one["UNKNOWN"]), axis="rows")
            one = one.drop(labels=["UNKNOWN"], axis=1)
            res.append(float(((one > cutoff).to_numpy() @ coef)[0] + intercept))
        return res

    def vectorised():
        nz = coef != 0
        x = df.reindex([n for n, k in zip(names, nz) if k]).fillna(0.0)
        u = df.loc["UNKNOWN"] if "UNKNOWN" in df.index else 0.0
        x = x.divide(100 - u, axis="columns")
        return (coef[nz] @ (x > cutoff).to_numpy()) + intercept

    cols = list(df.columns)
    sub = cols[: limit or len(cols)]
    a = timed("score_authors_per_sample", len(sub), lambda: authors(sub))
    v = timed("score_vectorised", len(cols), vectorised)
    assert np.max(np.abs(np.asarray(a) - v[: len(a)])) < 1e-9, "per-sample and vectorised scores differ"
    scores = pd.Series(v, index=cols)
else:
    df = timed("read", 0, lambda: pd.read_csv(path, sep=",", index_col=0))
    mh = [l.strip() for l in open(shared + "/data/gmhi/MH_species.txt") if l.strip()]
    mn = [l.strip() for l in open(shared + "/data/gmhi/MN_species.txt") if l.strip()]

    def gmhi():
        sp = df[~df.index.str.contains("unclassified|virus", case=False)]
        p = sp / sp.sum(axis=0)
        p = p.mask(p < 0.00001, 0.0)

        def psi(species, prime):
            x = p[p.index.isin(species)]
            pos = x.where(x > 0)
            h = -(np.log(pos) * pos).sum(axis=0)
            r = (x > 0).sum(axis=0)
            return (r / prime) * h

        return np.log10((psi(mh, 7) + 0.00001) / (psi(mn, 31) + 0.00001))

    scores = timed("score_vectorised", df.shape[1], gmhi)
scores.to_csv(out, sep="\t", header=False)
