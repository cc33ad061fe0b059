"""Checks corpus/twelfth/raw against all earlier sets (raw, heldout, blind, final, fresh, sixth, seventh, eighth,
ninth, tenth) and the two sets built at the same time (eleventh, thirteenth; read from their worktrees
/work/wt-NAME/corpus/NAME/raw when present): by source address and by 60-character shingles (corpus/goldkit.py)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import overlap_check
from ids import URLS

EARLIER = ['raw', 'heldout', 'blind', 'final', 'fresh', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']
# the sets built at the same time live in other worktrees: reach them by a relative path from corpus/
PARALLEL = []
for name in ('eleventh', 'thirteenth'):
    rel = os.path.join('..', '..', 'wt-' + name, 'corpus', name)
    if os.path.isdir(os.path.join(HERE, '..', '..', rel, 'raw')):
        PARALLEL.append(rel)
    elif os.path.isdir(os.path.join(HERE, '..', '..', name, 'raw')):
        PARALLEL.append(name)  # merged into the repository
    else:
        print('(worktree of', name, 'not present: skipped)')

overlap_check(HERE, "twelfth", URLS, EARLIER + PARALLEL)

# the parallel sets may not have a SOURCES.md yet: compare the addresses of their build/ids.py too
import re
from goldkit import _host_path
for rel in PARALLEL:
    f = os.path.join(HERE, '..', '..', rel, 'build', 'ids.py')
    if os.path.exists(f):
        theirs = set(re.findall(r'"(https?://[^"]+)"', open(f, encoding='utf-8').read()))
        hp = {_host_path(u) for u in theirs}
        same = [k for k, u in sorted(URLS.items()) if u in theirs or _host_path(u) in hp]
        print(rel, 'build/ids.py:', len(theirs), 'addresses;', len(same), 'shared', same)
