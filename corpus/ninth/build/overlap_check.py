"""Checks corpus/ninth/raw against the earlier sets (raw, heldout, blind, final, fresh, sixth, seventh) and the
eighth set being built at the same time (corpus/eighth, read from the eighth annotator's worktree): by source
address and by 60-character shingles (corpus/goldkit.py)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import overlap_check
from ids import URLS

EIGHTH = os.path.relpath("/work/wt-eighth/corpus/eighth", os.path.join(HERE, "..", ".."))
overlap_check(HERE, "ninth", URLS, ['raw', 'heldout', 'blind', 'final', 'fresh', 'sixth', 'seventh', EIGHTH])
