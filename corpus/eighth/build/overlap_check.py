"""Checks corpus/eighth/raw against the earlier sets (raw, heldout, blind, final, fresh, sixth, seventh): by source address and by 60-character shingles (corpus/goldkit.py)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
from goldkit import overlap_check
from sources import URLS as _U, IDS

URLS = {IDS[n]: u for n, u in _U.items()}

overlap_check(HERE, "eighth", URLS, ['raw', 'heldout', 'blind', 'final', 'fresh', 'sixth', 'seventh'])
