#!/usr/bin/python3
"""The peers of bench/perf.sh, each run as a whole process (start-up, reading, computing, writing), as users run them.
  read FILE                  biom-format load_table (BIOM 2.1 HDF5 or 1.0 JSON)
  alpha FILE OUT             scikit-bio alpha_diversity: observed_otus, shannon (base e), simpson, chao1; TSV
  braycurtis FILE OUT.npy    SciPy pdist braycurtis on the sample x feature matrix, squareform, numpy.save
Stderr gets one line of what was done.
"""
import sys
task, path = sys.argv[1], sys.argv[2]
from biom import load_table
t = load_table(path)
if task == "read":
    print("read %d x %d" % t.shape, file=sys.stderr)
elif task == "alpha":
    import numpy as np
    from skbio.diversity import alpha_diversity
    X = t.matrix_data.T.toarray()
    ids = list(t.ids())
    cols = []
    for m, kw in (("observed_otus", {}), ("shannon", {"base": np.e}), ("simpson", {}), ("chao1", {})):
        cols.append(alpha_diversity(m, X.astype(np.int64), ids=ids, **kw).values)
    with open(sys.argv[3], "w") as fh:
        fh.write("sample_id\tobserved\tshannon\tsimpson\tchao1\n")
        for i, s in enumerate(ids):
            fh.write(s + "".join("\t%r" % float(c[i]) for c in cols) + "\n")
    print("alpha %d samples" % len(ids), file=sys.stderr)
elif task == "braycurtis":
    import numpy as np
    from scipy.spatial.distance import pdist, squareform
    X = t.matrix_data.T.toarray()
    np.save(sys.argv[3], squareform(pdist(X, "braycurtis")))
    print("braycurtis %d samples" % X.shape[0], file=sys.stderr)
else:
    sys.exit("unknown task " + task)
