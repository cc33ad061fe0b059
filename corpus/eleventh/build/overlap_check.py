"""Checks corpus/eleventh/raw against all earlier sets (raw, heldout, blind, final, fresh, sixth, seventh, eighth,
ninth, tenth) and the two sets built at the same time in other worktrees (twelfth, thirteenth; skipped while their
worktree does not exist): by source address and by 60-character shingles (corpus/goldkit.py)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import overlap_check
from ids import URLS

EARLIER = ['raw', 'heldout', 'blind', 'final', 'fresh', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']
for other in ("twelfth", "thirteenth"):
    rel = "../../wt-%s/corpus/%s" % (other, other)
    if os.path.isdir(os.path.join(HERE, "..", "..", rel, "raw")):
        EARLIER.append(rel)
    elif os.path.isdir(os.path.join(HERE, "..", "..", other, "raw")):
        EARLIER.append(other)  # merged into the repository
    else:
        print("(worktree of %s not found: skipped)" % other)

overlap_check(HERE, "eleventh", URLS, EARLIER)
