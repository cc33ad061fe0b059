"""Writes corpus/eighteenth/raw/*.txt from texts*.py (no trailing newline, as the tool returned them)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import write_raw

if __name__ == "__main__":
    write_raw(HERE, modules=("texts1", "texts2", "texts3", "texts4"))
