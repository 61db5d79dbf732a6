# The peer of TaxonModelsStatsmodelsTest: MaAsLin2's default pipeline written out independently with pandas and
# statsmodels OLS, on the real psoriasis cohort.
#   /usr/bin/python3 maaslin_lm_statsmodels.py PROFILES SAMPLES OUT [STRATA]
# Samples: a Disease value and every one of Sex and BMI (na.omit). Taxa: more than 10% of samples above 0 and SD > 0
# (MaAsLin2 min_prevalence 0.1, strict >); TSS over the kept taxa; LOG = log2 with zeros -> half the taxon's minimum
# non-zero value; BMI standardised (MaAsLin2 standardize = TRUE); y ~ C(Disease) + C(Sex) + BMI by OLS
# (+ C(strata) with STRATA, samples alone in their stratum dropped); BH over all (taxon, coefficient) rows.
import sys
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.stats.multitest import multipletests

prof, samp, out = sys.argv[1], sys.argv[2], sys.argv[3]
strata = sys.argv[4] if len(sys.argv) > 4 else None
x = pd.read_csv(prof, sep="\t", index_col=0)
x.index = [c.split("|")[-1][3:] for c in x.index]
x = x.T
meta = pd.read_csv(samp, sep="\t", index_col=0, keep_default_na=True)
cols = ["Disease", "Sex", "BMI"] + ([strata] if strata else [])
meta = meta.loc[x.index, cols].dropna()
# standardised over the samples of the design, before the paired models leave out samples alone in their stratum
meta["BMI"] = (meta["BMI"] - meta["BMI"].mean()) / meta["BMI"].std()
if strata:
    counts = meta[strata].value_counts()
    meta = meta[meta[strata].map(counts) >= 2]
x = x.loc[meta.index]
n = len(x)
keep = [c for c in x.columns if (x[c] > 0).sum() > n * 0.1 and x[c].std() > 0]
x = x[keep]
x = x.div(x.sum(axis=1), axis=0)
def log2half(col):
    m = col[col > 0].min()
    return np.log2(col.where(col > 0, m / 2))
y = x.apply(log2half)
formula = "y ~ C(Disease) + C(Sex) + BMI" + (" + C(%s)" % strata if strata else "")
rows = []
for taxon in y.columns:
    d = meta.assign(y=y[taxon].values)
    fit = smf.ols(formula, data=d).fit()
    ci = fit.conf_int(0.05)
    for name, col in (("C(Disease)[T.Psoriasis]", "DiseasePsoriasis"), ("C(Sex)[T.Male]", "SexMale"), ("BMI", "BMI")):
        rows.append((taxon, col, fit.params[name], fit.bse[name], ci.loc[name, 0], ci.loc[name, 1], fit.tvalues[name],
                     fit.pvalues[name]))
df = pd.DataFrame(rows, columns=["taxon", "column", "estimate", "se", "lo", "hi", "t", "p"])
df["q"] = multipletests(df["p"], method="fdr_bh")[1]
df.to_csv(out, sep="\t", index=False, float_format="%.17g")
print("taxa", len(keep), "samples", n)
