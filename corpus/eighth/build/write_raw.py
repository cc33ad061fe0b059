"""Writes corpus/eighth/raw/*.txt from texts*.py (no trailing newline, as the tool returned them); file names from sources.IDS."""
import importlib, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sources import IDS

if __name__ == "__main__":
    texts = {}
    for m in ("texts1", "texts2", "texts3", "texts4"):
        texts.update(importlib.import_module(m).TEXTS)
    for n, t in sorted(texts.items()):
        with open(os.path.join(HERE, "..", "raw", IDS[n] + ".txt"), "w", encoding="utf-8") as f:
            f.write(t)
        print(IDS[n], len(t), len(t.encode()))
