"""Writes ../gold/*.json from gold.py, checks texts against raw, writes a gold-as-prediction JSONL."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
import gold  # noqa: F401 (fills goldkit.DOCS)
from goldkit import write_gold

write_gold(HERE, "twentyeighth")
