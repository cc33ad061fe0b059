"""Writes ../gold/*.json from gold.py, checks texts against raw, writes a gold-as-prediction JSONL."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import DOCS, RAW, GOLD

FIELDS = ["dates", "venues", "attendance", "clusters", "people", "organizations"]
bad = 0
preds = []
for d in DOCS:
    raw_path = os.path.join(RAW, d["id"] + ".txt")
    raw = open(raw_path, encoding="utf-8").read()
    for f in FIELDS:
        for it in d[f]:
            t = it.get("text")
            if t is None or raw.find(t) < 0:
                print("TEXT NOT FOUND", d["id"], f, repr(t)); bad += 1
    with open(os.path.join(GOLD, d["id"] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    # gold as prediction: one item per gold item, with spans computed from the exact text
    rec = {"id": d["id"], "source": "corpus/fresh/raw/%s.txt" % d["id"], "status": d["status"], "error": None,
           "language": {"code": d["language"], "confidence": 1.0}, "document_date": d["document_date"],
           "event": {k: d["event"][k] for k in ("name", "edition", "year")}}
    for f in FIELDS:
        out = []
        for it in d[f]:
            p = {k: v for k, v in it.items() if k not in ("optional", "note", "aliases")}
            t = it["text"]
            c0 = raw.find(t); c1 = c0 + len(t)
            b0 = len(raw[:c0].encode()); b1 = b0 + len(t.encode())
            assert raw[c0:c1] == t and raw.encode()[b0:b1].decode() == t
            p["char_span"] = [c0, c1]; p["span"] = [b0, b1]
            if f == "people" and isinstance(p.get("role"), list):
                p["role"] = p["role"][0]
            out.append(p)
        rec[f] = out
    preds.append(rec)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold_as_pred.jsonl"), "w", encoding="utf-8") as fh:
    for r in preds:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(DOCS), "docs written;", bad, "bad texts")
