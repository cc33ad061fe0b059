"""Checks corpus/eighteenth/raw against all earlier sets (raw, heldout, blind, final, fresh, sixth .. sixteenth) and the
two sets built at the same time (seventeenth, nineteenth, read from their worktrees when present): by source address
and by 60-character shingles (corpus/goldkit.py)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import overlap_check
from ids import URLS

EARLIER = ['raw', 'heldout', 'blind', 'final', 'fresh', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
           'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth']
CORPUS = os.path.join(HERE, "..", "..")
for name in ("seventeenth", "nineteenth"):
    rel = os.path.join("..", "..", "wt-" + name, "corpus", name)
    if os.path.isdir(os.path.join(CORPUS, rel, "raw")):
        EARLIER.append(rel)
    elif os.path.isdir(os.path.join(CORPUS, name, "raw")):
        EARLIER.append(name)  # merged into the repository
    else:
        print("not present yet:", name)

overlap_check(HERE, "eighteenth", URLS, EARLIER)
