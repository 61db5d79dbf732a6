# Peer for JoinCommandsTest: Bray-Curtis (scikit-bio) of two Kraken reports joined by taxid and by lineage,
# parsed here independently of gutskin (species rows, clade reads; the lineage from the indentation).
import sys
from skbio.diversity import beta_diversity
RANKS = {"D": 0, "P": 1, "C": 2, "O": 3, "F": 4, "G": 5, "S": 6}
def species(path):
    """Species rows of a Kraken report: (taxid, lineage tuple) -> clade reads."""
    out, stack = {}, []
    for line in open(path):
        if not line.strip() or line.startswith("#"): continue
        f = line.rstrip("\n").split("\t")
        code, taxid, raw = f[-3], f[-2], f[-1]
        name = raw.strip(); depth = (len(raw) - len(raw.lstrip(" "))) // 2
        while stack and stack[-1][0] >= depth: stack.pop()
        stack.append((depth, code, name))
        if code == "S":
            lineage = tuple(n for d, c, n in stack if c in RANKS)
            out[(taxid, lineage)] = int(f[1])
    return out
a, b = species(sys.argv[1]), species(sys.argv[2])
def bc(key):
    ka, kb = {}, {}
    for k, v in a.items(): ka[key(k)] = ka.get(key(k), 0) + v
    for k, v in b.items(): kb[key(k)] = kb.get(key(k), 0) + v
    feats = sorted(set(ka) | set(kb))
    m = beta_diversity("braycurtis", [[ka.get(x, 0) for x in feats], [kb.get(x, 0) for x in feats]], ids=["a", "b"])
    return len(feats), m[0, 1]
n1, taxid = bc(lambda k: k[0]); n2, lineage = bc(lambda k: k[1])
renamed = sum(1 for (t, l) in b if "Bacillota" in l)
print(n1, repr(taxid), n2, repr(lineage), renamed)
