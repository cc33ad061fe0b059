"""Checks corpus/tenth/raw against all earlier sets (raw, heldout, blind, final, fresh, sixth, seventh, eighth,
ninth): by source address and by 60-character shingles (corpus/goldkit.py)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import overlap_check
from ids import URLS

overlap_check(HERE, "tenth", URLS, ['raw', 'heldout', 'blind', 'final', 'fresh', 'sixth', 'seventh', 'eighth', 'ninth'])
