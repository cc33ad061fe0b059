"""Shared by the annotation scripts of the evaluation sets (`corpus/*/build/`).

`gold.py` of a set builds its documents with the item helpers below (D, V, A,
C, P, O, E, doc, skipped); `run_gold.py` calls `write_gold`, which writes
`../gold/*.json`, checks that every item's `text` is an exact substring of the
raw file and writes `gold_as_pred.jsonl` (the gold as a prediction, spans
computed from that text); `write_raw.py` calls `write_raw`; `overlap_check.py`
calls `overlap_check` with the set's source addresses.
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


# ----------------------------------------------------------------------------- overlap

SHINGLE = 60


def _norm_space(t):
    import re
    return re.sub(r"\s+", " ", t).strip().lower()


def _shingles(t):
    t = _norm_space(t)
    return {t[i:i + SHINGLE] for i in range(0, max(0, len(t) - SHINGLE + 1))}


def _host_path(u):
    import re
    return re.sub(r"^https?://(www\.)?", "", u).rstrip("/").split("?")[0]


def overlap_check(here, name, urls, earlier):
    """Checks `../raw` of the set in `here` (its build folder) against the
    `earlier` sets (folder names under corpus/, `raw` for the development set):
    by source address (the addresses in their SOURCES.md, also ignoring
    scheme, `www.` and query) and by 60-character shingles (lower-cased, white
    space collapsed), and the set's texts against each other. Prints each
    finding and a last line `done; N findings`."""
    import glob, re
    corpus = os.path.join(here, "..", "..")
    old_urls = set()
    for d in earlier:
        sf = os.path.join(corpus, d, "SOURCES.md")
        if d != "raw" and os.path.exists(sf):
            old_urls |= set(re.findall(r"https?://[^\s|)]+", open(sf, encoding="utf-8").read()))
    old_hp = {_host_path(u) for u in old_urls}
    old = {}
    for d in earlier:
        raw = "raw" if d == "raw" else d + "/raw"
        for f in sorted(glob.glob(os.path.join(corpus, raw, "*.txt"))):
            old[raw + "/" + os.path.basename(f)] = _shingles(open(f, encoding="utf-8").read())
    new = sorted(glob.glob(os.path.join(here, "..", "raw", "*.txt")))
    print(len(old_urls), "addresses in the earlier SOURCES.md;", len(old), "earlier raw files;", len(new), name, "raw files")
    bad = 0
    for f in new:
        k = os.path.basename(f)[:-4]
        u = urls[k]
        if u in old_urls or _host_path(u) in old_hp:
            print("SAME ADDRESS", k, u)
            bad += 1
        s = _shingles(open(f, encoding="utf-8").read())
        for o, os_ in old.items():
            common = s & os_
            if common:
                print("SHARED SHINGLES", k, o, len(common), "e.g.", repr(sorted(common)[0]))
                bad += 1
    fs = {os.path.basename(f): _shingles(open(f, encoding="utf-8").read()) for f in new}
    names = sorted(fs)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            c = fs[a] & fs[b]
            if c:
                print("SHARED WITHIN", name.upper(), a, b, len(c))
    print("done;", bad, "findings")


def file_ids(urls_by_num):
    """File ids of a set from its source addresses: `NNN_` + the first 16 hex digits of the
    SHA-256 of the address (UTF-8), as corpus/raw and corpus/eighth..tenth name their files.
    Returns (ID: number -> id, URLS: id -> address)."""
    import hashlib
    ids = {n: "%d_%s" % (n, hashlib.sha256(u.encode("utf-8")).hexdigest()[:16]) for n, u in urls_by_num.items()}
    return ids, {ids[n]: u for n, u in urls_by_num.items()}
