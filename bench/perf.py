#!/usr/bin/python3
"""Runner of bench/perf.sh: every row is a whole process (start-up, reading, computing, writing), gutskin and its
peer alternated (gutskin, peer, gutskin, peer, ...) REPEAT times in the same run, so both see the same machine.
Prints, per row, the median wall and CPU seconds (user + system of the finished child, all its threads, from the
kernel's own accounting via wait4) and the ratios gutskin / peer; a ratio below 1 means gutskin is faster.
Agreement (max |difference| over every cell) is printed for the distance matrices up to 5,000 samples.
Usage: perf.py ROOT SHARED WORKDIR SIZES REPEAT ROWS [MATRIX]     (ROWS: comma list of start,read,alpha,beta,unifrac,report)
Exits 1 if any command fails (so a CI run of --small catches rot); never judges the times.
"""
import os, statistics, subprocess, sys, time

root, shared, work, sizes, repeat, rows = sys.argv[1:7]
matrix = sys.argv[7] if len(sys.argv) > 7 else "npy"   # gutskin's beta output: npy, or hdf5 (ssu's layout)
sizes, repeat, rows = [int(s) for s in sizes.split(",")], int(repeat), set(rows.split(","))
g = [os.path.join(root, "gutskin")]
py = "/usr/bin/python3"
peer = [py, os.path.join(root, "bench", "perf_peer.py")]
failed = []


def run(cmd, env=None):
    """One whole process: (wall s, cpu s) or None when it failed."""
    log = os.path.join(work, "last.log")
    with open(log, "w") as err:
        t0 = time.monotonic()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.monotonic() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        failed.append(" ".join(cmd) + ": exit %d: %s" % (p.returncode, open(log).read().strip()[-400:]))
        return None
    return wall, ru.ru_utime + ru.ru_stime


def row(name, gcmd, pname=None, pcmd=None, env=None, times=None):
    gs, ps = [], []
    for _ in range(times or repeat):
        r = run(gcmd)
        if r is None: break
        gs.append(r)
        if pcmd:
            r = run(pcmd, env)
            if r is None: break
            ps.append(r)
    med = lambda xs, k: statistics.median(x[k] for x in xs) if xs else float("nan")
    gw, gc = med(gs, 0), med(gs, 1)
    line = "| %s | %.3f (%.3f) |" % (name, gw, gc)
    if pcmd:
        pw, pc = med(ps, 0), med(ps, 1)
        line += " %s | %.3f (%.3f) | %.2f | %.2f |" % (pname, pw, pc, gw / pw if ps else float("nan"),
                                                       gc / pc if ps else float("nan"))
    else:
        line += " — | — | — | — |"
    print(line, flush=True)


def agree(a, b, n):
    """Max |a - b| over every cell: gutskin's .npy (ids in .npy.ids) or HDF5 (ssu's layout) against the peer's .npy
    (same order as gutskin's) or ssu's HDF5 (reordered by id)."""
    if n > 5000: return ""
    code = r"""
import sys, numpy as np
def load(p):
    if p.endswith(".npy"):
        try: ids = open(p + ".ids").read().split("\n")[:-1]
        except OSError: ids = None
        return ids, np.load(p)
    import h5py
    with h5py.File(p, "r") as f:
        return [x.decode() if isinstance(x, bytes) else x for x in f["order"][:]], f["matrix"][:]
ids, a = load(sys.argv[1])
order, m = load(sys.argv[2])
if order is None: b = m
else:
    pos = {s: i for i, s in enumerate(order)}; ix = [pos[s] for s in ids]
    b = m[np.ix_(ix, ix)]
print("%.1e" % np.abs(a - b).max())
"""
    out = subprocess.run([py, "-c", code, a, b], capture_output=True, text=True)
    return out.stdout.strip() if out.returncode == 0 else "(compare failed: %s)" % out.stderr.strip()[-200:]


print("load average before: %s, %d cores; median of %d alternated runs (the distance matrices of 10,000 samples or"
      " more: one run); wall s (CPU s)" % (" ".join(open("/proc/loadavg").read().split()[:3]), os.cpu_count(), repeat),
      flush=True)
print("\n| task (whole process) | gutskin wall s (cpu s) | peer | peer wall s (cpu s) | ratio wall | ratio cpu |")
print("|---|---:|---|---:|---:|---:|")
if "start" in rows:
    row("`gutskin --version`", g + ["--version"])
    row("`gutskin inspect --help`", g + ["inspect", "--help"])
profile = os.path.join(shared, "data", "formats", "metaphlan", "ERR7569997.metaphlan4.txt")
if "report" in rows:
    # the four report rows: HTML (with its checklist PDF), the full PDF, the clinician summary PDF, FHIR
    for label, f, extra in (("HTML, with its checklist PDF", "html", []), ("PDF, full, with its checklist PDF", "pdf", []),
                            ("PDF, `--audience clinician`, with its checklist PDF", "pdf", ["--audience", "clinician"]),
                            ("FHIR", "fhir", [])):
        row("one report, %s (MetaPhlAn 4 profile ERR7569997)" % label,
            g + ["report", profile, "--sample", "ERR7569997", "--format", f] + extra
            + ["-o", os.path.join(work, "r%s.%s" % ("-" + extra[1] if extra else "", f))])
notes = []
for n in sizes:
    d = os.path.join(work, str(n))
    subprocess.run([py, os.path.join(root, "bench", "perf_inputs.py"), shared, d, str(n)], check=True)
    h5, js, counts, tree = (os.path.join(d, "reads", "table.biom.h5"), os.path.join(d, "reads", "table.biom.json"),
                            os.path.join(d, "counts.biom.h5"), os.path.join(d, "tree.nwk"))
    N = "{:,}".format(n)
    # the square matrices at 10,000 samples and more run once: SciPy's pdist alone takes about half an hour at 20,000
    square_times = 1 if n >= 10000 else None
    if "read" in rows:
        row("read BIOM 2.1 HDF5, %s samples (`inspect`)" % N, g + ["inspect", h5], "biom-format `load_table`",
            peer + ["read", h5])
        row("read BIOM 1.0 JSON, %s samples (`inspect`)" % N, g + ["inspect", js], "biom-format `load_table`",
            peer + ["read", js])
    if "alpha" in rows:
        row("alpha, 4 metrics, %s samples" % N, g + ["alpha", counts, "--metrics", "observed,shannon,simpson,chao1"],
            "scikit-bio `alpha_diversity` ×4", peer + ["alpha", counts, os.path.join(d, "alpha.peer.tsv")])
    if "beta" in rows:
        gn, pn = os.path.join(d, "bc." + matrix), os.path.join(d, "bc.peer.npy")
        row("Bray–Curtis, %s samples (`beta --format %s`)" % (N, matrix),
            g + ["beta", counts, "--metric", "braycurtis", "--format", matrix, "-o", gn],
            "SciPy `pdist` + `numpy.save`", peer + ["braycurtis", counts, pn], times=square_times)
        a = agree(gn, pn, n)
        if a: notes.append("Bray–Curtis %s: max |gutskin − SciPy| = %s" % (N, a))
    if "unifrac" in rows:
        env = dict(os.environ, OMP_NUM_THREADS="2")
        for m, sm in (("unweighted_unifrac", "unweighted_fp64"), ("weighted_unifrac", "weighted_normalized_fp64")):
            gn, pn = os.path.join(d, m + "." + matrix), os.path.join(d, m + ".ssu.h5")
            row("%s UniFrac, %s samples (`--format %s`)" % (m.split("_")[0], N, matrix),
                g + ["beta", counts, "--metric", m, "--taxonomy-tree", "--format", matrix, "-o", gn],
                "Striped UniFrac `ssu -m %s`, 2 threads" % sm,
                ["ssu", "-i", counts, "-t", tree, "-m", sm, "-o", pn, "-r", "hdf5_fp64", "--pcoa", "0"], env,
                times=square_times)
            a = agree(gn, pn, n)
            if a: notes.append("%s %s: max |gutskin − ssu| = %s" % (m, N, a))
print()
for x in notes: print(x)
print("load average after: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))
if failed:
    print("\nFAILED:\n" + "\n".join(failed), file=sys.stderr)
    sys.exit(1)
