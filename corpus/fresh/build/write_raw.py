"""Writes corpus/fresh/raw/*.txt from texts*.py (no trailing newline, as the tool returned them)."""
import importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "raw")
ALL = {}
for m in ("texts1", "texts2", "texts3", "texts4", "texts5"):
    ALL.update(importlib.import_module(m).TEXTS)
if __name__ == "__main__":
    for k, t in sorted(ALL.items()):
        with open(os.path.join(RAW, k + ".txt"), "w", encoding="utf-8") as f:
            f.write(t)
        print(k, len(t), len(t.encode()))
