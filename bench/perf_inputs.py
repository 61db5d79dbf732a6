#!/usr/bin/python3
"""Inputs for bench/perf.sh, for one size N, in OUTDIR (skipped when already there):
  reads/          make_large_tables.py: the 35 real MetaPhlAn profiles of ../shared cycled to N samples, as
                  BIOM 2.1 HDF5 and BIOM 1.0 JSON written by biom-format (1,931 nested clades, percent)
  counts.biom.h5  diversity_crosscheck.synthetic(): a seeded count cohort of N samples over 1,500 species
                  (log-normal richness, Zipf prevalence, Poisson reads), BIOM 2.1 HDF5 written by biom-format,
                  observation ids = species tip names, taxonomy metadata = the lineages
  tree.nwk        the taxonomy tree of those lineages, unit branches (the tree gutskin builds with --taxonomy-tree)
Usage: perf_inputs.py SHARED_DIR OUTDIR N
"""
import os, subprocess, sys, tempfile
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
shared, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(out, exist_ok=True)
reads = os.path.join(out, "reads")
if not os.path.exists(os.path.join(reads, "table.biom.h5")):
    subprocess.run(["/usr/bin/python3", os.path.join(here, "make_large_tables.py"), shared, reads, str(n)],
                   check=True, stdout=subprocess.DEVNULL)
h5 = os.path.join(out, "counts.biom.h5")
if not os.path.exists(h5):
    import biom
    from biom.util import biom_open
    from scipy import sparse
    from diversity_crosscheck import synthetic, taxonomy_newick
    with tempfile.TemporaryDirectory() as tmp:
        ds = synthetic(n, 42, tmp)
    t = biom.Table(sparse.csr_matrix(ds.X.T), ds.features, ds.ids,
                   observation_metadata=[{"taxonomy": l} for l in ds.lineages])
    with open(os.path.join(out, "tree.nwk"), "w") as fh:
        fh.write(taxonomy_newick(ds.lineages, ds.features) + "\n")
    with biom_open(h5 + ".part", "w") as fh:
        t.to_hdf5(fh, "perf")
    os.replace(h5 + ".part", h5)
