"""Checks corpus/seventeenth/raw against all earlier sets (raw, heldout, blind, final, fresh, sixth .. sixteenth) and
the two other new sets built at the same time (eighteenth, nineteenth; read from their worktrees
/work/wt-NAME/corpus/NAME when present): by source address and by 60-character shingles (corpus/goldkit.py)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import overlap_check
from ids import URLS

EARLIER = ['raw', 'heldout', 'blind', 'final', 'fresh', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
           'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth']
CORPUS = os.path.join(HERE, "..", "..")
for name in ("eighteenth", "nineteenth"):
    rel = os.path.join("..", "..", "wt-" + name, "corpus", name)   # relative to corpus/ of this worktree
    if os.path.isdir(os.path.join(CORPUS, rel, "raw")):
        EARLIER.append(rel)
    else:
        print("not present yet:", name)

overlap_check(HERE, "seventeenth", URLS, EARLIER)
