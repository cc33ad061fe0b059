"""Shared by the annotation scripts of the evaluation sets (`corpus/*/build/`).

`gold.py` of a set builds its documents with the item helpers below (D, V, A,
C, P, O, E, doc, skipped); `run_gold.py` calls `write_gold`, which writes
`../gold/*.json`, checks that every item's `text` is an exact substring of the
raw file and writes `gold_as_pred.jsonl` (the gold as a prediction, spans
computed from that text); `write_raw.py` calls `write_raw`.
"""
import importlib, json, os, sys

def _item(d, opt, note):
    if opt:
        d["optional"] = True
    if note:
        d["note"] = note
    return d

def D(start, end, text, opt=False, note=None):
    return _item({"start": start, "end": end, "text": text}, opt, note)

def V(name, text, aliases=(), opt=False, note=None):
    return _item({"name": name, "text": text, "aliases": list(aliases)}, opt, note)

def A(value, category, qualifier, text, opt=False, note=None):
    return _item({"value": value, "category": category, "qualifier": qualifier, "text": text}, opt, note)

def C(name, text, aliases=(), opt=False, note=None):
    return _item({"name": name, "text": text, "aliases": list(aliases)}, opt, note)

def P(name, role, text, aliases=(), opt=False, note=None):
    d = {"name": name, "role": role, "text": text}
    if aliases:
        d["aliases"] = list(aliases)
    return _item(d, opt, note)

def O(name, text, aliases=(), opt=False, note=None):
    return _item({"name": name, "text": text, "aliases": list(aliases)}, opt, note)

def E(name, aliases=(), edition=None, year=None):
    return {"name": name, "aliases": list(aliases), "edition": edition, "year": year}

DOCS = []

def doc(id, document_date, event, dates=(), venues=(), attendance=(), clusters=(), people=(),
        organizations=(), not_dates=(), note=None, language="pl"):
    d = {"id": id, "language": language, "status": "ok", "document_date": document_date,
         "event": event, "dates": list(dates), "venues": list(venues), "attendance": list(attendance),
         "clusters": list(clusters), "people": list(people), "organizations": list(organizations)}
    if not_dates:
        d["not_dates"] = list(not_dates)
    if note:
        d["note"] = note
    DOCS.append(d)

def skipped(id, language, note):
    DOCS.append({"id": id, "language": language, "status": "skipped", "document_date": None,
                 "event": {"name": None, "aliases": [], "edition": None, "year": None},
                 "dates": [], "venues": [], "attendance": [], "clusters": [], "people": [],
                 "organizations": [], "note": note})


def write_gold(build_dir, set_name):
    """Writes the gold of corpus/SET_NAME from DOCS; see the module comment."""
    RAW = os.path.join(build_dir, "..", "raw")
    GOLD = os.path.join(build_dir, "..", "gold")
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
        rec = {"id": d["id"], "source": "corpus/%s/raw/%s.txt" % (set_name, d["id"]), "status": d["status"], "error": None,
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
    with open(os.path.join(build_dir, "gold_as_pred.jsonl"), "w", encoding="utf-8") as fh:
        for r in preds:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(DOCS), "docs written;", bad, "bad texts")


def write_raw(build_dir, modules=("texts1", "texts2", "texts3", "texts4", "texts5")):
    """Writes ../raw/*.txt from the TEXTS of texts*.py (no trailing newline, as the tool returned them)."""
    sys.path.insert(0, build_dir)
    texts = {}
    for m in modules:
        texts.update(importlib.import_module(m).TEXTS)
    for k, t in sorted(texts.items()):
        with open(os.path.join(build_dir, "..", "raw", k + ".txt"), "w", encoding="utf-8") as f:
            f.write(t)
        print(k, len(t), len(t.encode()))
    return texts
