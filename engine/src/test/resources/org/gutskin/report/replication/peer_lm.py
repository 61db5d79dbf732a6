# Peer for ReplicationRealCohortTest (run with /usr/bin/python3: pandas, statsmodels, scipy).
# argv: table.tsv (features x samples, percent; first column the feature) samples.tsv out.tsv GROUP REFERENCE [COVARIATES]
# (COVARIATES comma-separated, e.g. Sex,BMI)
# Per feature, MaAsLin2-style: total-sum scaling over the table's features, features present in >= 10 % of the
# samples kept, LOG = log2 with zeros replaced by half the feature's smallest non-zero value, OLS
# y ~ GROUP (reference REFERENCE) + COVARIATES on the samples with all of them, Benjamini-Hochberg across features.
# For each feature it also states the power (scipy.stats.nct, delta = 0.5 residual SD, the fit's df) and the class a
# literature association would get by the report's rules, for a reported increase and for a reported decrease
# (q < 0.1: same/opposite direction; else power >= 0.8: not_detected, below: not_detectable).
import sys
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.stats.multitest import multipletests
from scipy.stats import nct, t

table, samples, out, group, reference = sys.argv[1:6]
covariates = [c for c in (sys.argv[6] if len(sys.argv) > 6 else '').split(',') if c]
tab = pd.read_csv(table, sep='\t', index_col=0)
md = pd.read_csv(samples, sep='\t', index_col=0, na_values=['NA'])[[group] + covariates].dropna()
formula = 'y ~ C(%s, Treatment("%s"))' % (group, reference) + ''.join(' + ' + c for c in covariates)
keep = [s for s in tab.columns if s in md.index]
x = tab[keep]
x = x / x.sum(axis=0)
x = x[(x > 0).mean(axis=1) >= 0.1]
d = md.loc[keep].copy()
res = {}
for f, v in x.iterrows():
    y = v.values.astype(float)
    y = np.log2(np.where(y == 0, y[y > 0].min() / 2, y))
    d['y'] = y
    fit = smf.ols(formula, d).fit()
    k = [n for n in fit.params.index if n.startswith('C(' + group)][0]
    lo, hi = fit.conf_int(0.05).loc[k]
    res[f] = dict(est=fit.params[k], se=fit.bse[k], lo=lo, hi=hi, p=fit.pvalues[k], sd=np.sqrt(fit.scale),
                  df=fit.df_resid, n=int(fit.nobs), nz=int((v.values > 0).sum()))
names = list(res)
q = multipletests([res[f]['p'] for f in names], method='fdr_bh')[1]
for f, qq in zip(names, q):
    res[f]['q'] = qq
def cls(r, power, increased):
    if r['q'] < 0.1:
        return 'replicated' if (r['est'] > 0) == increased else 'opposite'
    return 'not_detected' if power >= 0.8 else 'not_detectable'


with open(out, 'w') as o:
    o.write('feature\testimate\tse\tci_low\tci_high\tp\tq\tresidual_sd\tdf\tn\tnonzero\tpower\tclass_if_increased\tclass_if_decreased\n')
    for f in names:
        r = res[f]
        tc = t.ppf(0.975, r['df'])
        ncp = 0.5 * r['sd'] / r['se']
        power = nct.sf(tc, r['df'], ncp) + nct.cdf(-tc, r['df'], ncp)
        o.write('\t'.join([f] + [repr(float(r[c])) for c in ('est', 'se', 'lo', 'hi', 'p', 'q', 'sd', 'df')]
                          + [str(r['n']), str(r['nz']), repr(float(power)), cls(r, power, True), cls(r, power, False)]) + '\n')
