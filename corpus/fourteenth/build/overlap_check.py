"""Checks corpus/fourteenth/raw against all earlier sets and the two other new sets (fifteenth, sixteenth, read from
their worktrees if present): by source address and by 60-character shingles (corpus/goldkit.py)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import overlap_check
from ids import URLS

EARLIER = ['raw', 'heldout', 'blind', 'final', 'fresh', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
           'twelfth', 'thirteenth']
# the other new sets, relative to corpus/ (their worktrees), if they exist yet
for name in ('fifteenth', 'sixteenth'):
    rel = os.path.join('..', '..', 'wt-' + name, 'corpus', name)
    if os.path.isdir(os.path.join(HERE, '..', '..', rel, 'raw')):
        EARLIER.append(rel)
    elif os.path.isdir(os.path.join(HERE, '..', '..', name, 'raw')):
        EARLIER.append(name)  # merged into the repository
    else:
        print('not present yet:', name)

overlap_check(HERE, "fourteenth", URLS, EARLIER)
