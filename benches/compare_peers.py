#!/usr/bin/env python3
"""Times ekstrakt against the tools a user would otherwise pick, on the same texts.

    python3 benches/compare_peers.py [--size 2MB] [--runs 3]

What it does, all by itself:
  1. builds ekstrakt (cargo build --release) and writes a reproducible corpus
     with `ekstrakt make-corpus --size SIZE` into benches/corpus-generated/;
  2. creates a virtual environment in benches/.venv and pip-installs the peers:
     `dateparser` (search_dates, languages=['pl']) and `lingua-language-detector`
     (high-accuracy mode, whole texts, the same 12 languages ekstrakt's gate knows);
  3. times each on every text of the corpus (best of --runs for ekstrakt, which is
     timed as a whole process, start-up and JSON output included) and prints
     throughput in MB/s and the ratio ekstrakt / peer.
"""
import argparse, json, os, subprocess, time, venv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, "benches", ".venv")
CORPUS = os.path.join(ROOT, "benches", "corpus-generated")
PEERS = ["dateparser", "lingua-language-detector"]
LINGUA_LANGS = ["POLISH", "ENGLISH", "GERMAN", "CZECH", "SLOVAK", "RUSSIAN", "UKRAINIAN",
                "FRENCH", "SPANISH", "ITALIAN", "LITHUANIAN", "HUNGARIAN"]

PEER_SCRIPT = r'''
import json, os, sys, time
kind, folder = sys.argv[1], sys.argv[2]
texts = [open(os.path.join(folder, f), encoding="utf-8").read() for f in sorted(os.listdir(folder)) if f.endswith(".txt")]
nbytes = sum(len(t.encode("utf-8")) for t in texts)
if kind == "dateparser":
    from dateparser.search import search_dates
    search_dates("Warm-up 4 grudnia 2019", languages=["pl"])
    t0 = time.perf_counter(); found = 0
    for t in texts:
        found += len(search_dates(t, languages=["pl"]) or [])
    secs = time.perf_counter() - t0
else:
    from lingua import Language, LanguageDetectorBuilder
    langs = [getattr(Language, n) for n in sys.argv[3].split(",")]
    det = LanguageDetectorBuilder.from_languages(*langs).with_preloaded_language_models().build()
    det.detect_language_of("rozgrzewka")
    t0 = time.perf_counter(); found = 0
    for t in texts:
        found += det.detect_language_of(t) == Language.POLISH
    secs = time.perf_counter() - t0
print(json.dumps({"bytes": nbytes, "secs": secs, "found": found, "docs": len(texts)}))
'''


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def ensure_venv():
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        venv.create(VENV, with_pip=True)
    missing = [p for p in PEERS if subprocess.run([py, "-m", "pip", "show", "-q", p],
                                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode]
    if missing:
        run([py, "-m", "pip", "install", "-q", *missing])
    return py


def time_ekstrakt(binary, folder, runs, threads=None):
    best = None
    extra = ["--threads", str(threads)] if threads else []
    for _ in range(runs):
        t0 = time.perf_counter()
        run([binary, "extract", "-q", *extra, folder], stdout=subprocess.DEVNULL)
        secs = time.perf_counter() - t0
        best = secs if best is None else min(best, secs)
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", default="2MB", help="corpus size for `ekstrakt make-corpus` (default 2MB)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", default=None, help="ekstrakt --threads (default: all cores)")
    a = ap.parse_args()

    run(["cargo", "build", "--release", "-q"], cwd=ROOT)
    binary = os.path.join(ROOT, "target", "release", "ekstrakt")
    if os.path.isdir(CORPUS):
        for f in os.listdir(CORPUS):
            os.remove(os.path.join(CORPUS, f))
    run([binary, "make-corpus", "--from", os.path.join(ROOT, "corpus", "raw"), "--size", a.size, "--out", CORPUS], cwd=ROOT)
    nbytes = sum(os.path.getsize(os.path.join(CORPUS, f)) for f in os.listdir(CORPUS))
    py = ensure_venv()

    ek_all = time_ekstrakt(binary, CORPUS, a.runs, a.threads)
    ek_one = time_ekstrakt(binary, CORPUS, a.runs, 1)

    results = {}
    for kind in ("dateparser", "lingua"):
        out = subprocess.run([py, "-c", PEER_SCRIPT, kind, CORPUS, ",".join(LINGUA_LANGS)],
                             check=True, capture_output=True, text=True).stdout
        results[kind] = json.loads(out.strip().splitlines()[-1])

    mb = nbytes / 1e6
    print(f"corpus: {len(os.listdir(CORPUS))} documents, {mb:.2f} MB (ekstrakt make-corpus --size {a.size})")
    print(f"{'tool':55s} {'seconds':>9s} {'MB/s':>9s} {'ekstrakt x':>11s}")
    rows = [("ekstrakt extract, all cores (whole pipeline, process)", ek_all),
            ("ekstrakt extract --threads 1 (whole pipeline, process)", ek_one)]
    for name, secs in rows:
        print(f"{name:55s} {secs:9.3f} {mb / secs:9.2f} {'':>11s}")
    labels = {"dateparser": "dateparser.search_dates(languages=['pl'])",
              "lingua": "lingua-language-detector, high accuracy, 12 languages"}
    for kind, r in results.items():
        secs = r["secs"]
        print(f"{labels[kind]:55s} {secs:9.3f} {mb / secs:9.2f} {secs / ek_one:10.0f}x"
              f"   (found {r['found']} on {r['docs']} docs; ratio vs ekstrakt on 1 thread)")


if __name__ == "__main__":
    main()
