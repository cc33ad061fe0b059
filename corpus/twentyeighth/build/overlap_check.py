"""Checks corpus/twentyeighth/raw against all earlier sets (raw, heldout, blind, final, fresh, sixth .. twentyfifth) and the
two sets built at the same time (twentysixth, twentyseventh, read from their worktrees when present): by source address
and by 60-character shingles (corpus/goldkit.py). The addresses of the two other new sets are also compared with
their build/ids.py, since their SOURCES.md may not be written yet."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import overlap_check, _host_path
from ids import URLS

EARLIER = ['raw', 'heldout', 'blind', 'final', 'fresh', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
           'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
           'twentieth', 'twentyfirst', 'twentysecond', 'twentythird', 'twentyfourth', 'twentyfifth']
CORPUS = os.path.join(HERE, "..", "..")
NEW = []
for name in ("twentysixth", "twentyseventh"):
    rel = os.path.join("..", "..", "wt-" + name, "corpus", name)
    if os.path.isdir(os.path.join(CORPUS, rel, "raw")):
        EARLIER.append(rel)
        NEW.append(rel)
    elif os.path.isdir(os.path.join(CORPUS, name, "raw")):
        EARLIER.append(name)  # merged into the repository
        NEW.append(name)
    else:
        print("not present yet:", name)
        if os.path.isdir(os.path.join(CORPUS, rel)):
            NEW.append(rel)

overlap_check(HERE, "twentyeighth", URLS, EARLIER)

mine = {_host_path(u): k for k, u in URLS.items()}
for rel in NEW:
    f = os.path.join(CORPUS, rel, "build", "ids.py")
    if not os.path.exists(f):
        print("no build/ids.py yet:", rel)
        continue
    theirs = re.findall(r"\"(https?://[^\"]+)\"", open(f, encoding="utf-8").read())
    same = [u for u in theirs if _host_path(u) in mine]
    print(rel, "build/ids.py:", len(theirs), "addresses;", len(same), "shared with twentyeighth", *same)
