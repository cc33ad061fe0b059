"""Writes corpus/twentyeighth/raw/*.txt from texts*.py (no trailing newline, as the tool returned them)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import write_raw

import glob
MODS = tuple(sorted(os.path.basename(f)[:-3] for f in glob.glob(os.path.join(HERE, "texts*.py"))))

if __name__ == "__main__":
    write_raw(HERE, modules=MODS)
