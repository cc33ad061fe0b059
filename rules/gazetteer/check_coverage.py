#!/usr/bin/env python3
"""Checks rules/places.tsv against the coverage lists of issue 5.

coverage/pl_towns.txt  Polish towns over 10,000 inhabitants (and some smaller event towns)
coverage/europe.txt    European capitals and European fair and conference cities
Each line: the nominative, then `/`-separated forms that must read as the place
(the locative at least: `Nowy Sącz/Nowym Sączu`). A name or form may be an alias.
The voivodeship capitals are checked from the list below. Exits 1 on a gap.

    python3 rules/gazetteer/check_coverage.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PLACES = os.path.join(HERE, "..", "places.tsv")
VOIVODESHIP_CAPITALS = [
    "Białystok/Białymstoku", "Bydgoszcz/Bydgoszczy", "Gdańsk/Gdańsku", "Gorzów Wielkopolski/Gorzowie Wielkopolskim",
    "Katowice/Katowicach", "Kielce/Kielcach", "Kraków/Krakowie", "Lublin/Lublinie", "Łódź/Łodzi", "Olsztyn/Olsztynie",
    "Opole/Opolu", "Poznań/Poznaniu", "Rzeszów/Rzeszowie", "Szczecin/Szczecinie", "Toruń/Toruniu", "Warszawa/Warszawie",
    "Wrocław/Wrocławiu", "Zielona Góra/Zielonej Górze",
]


def known_forms():
    forms = set()
    for line in open(PLACES, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        forms.add(f[0])
        forms.update(a for a in f[3].split("|") if a != "-")
        forms.update(x for x in f[4].split("|") if x != "-")
    return forms


def check(label, items, forms):
    gaps = []
    for item in items:
        name, *rest = item.split("/")
        if name not in forms:
            gaps.append(f"{name} (absent)")
            continue
        gaps += [f"{name}: form {x}" for x in rest if x not in forms]
    print(f"{label}: {len(items)} checked, {len(gaps)} gaps" + (": " + "; ".join(gaps) if gaps else ""))
    return not gaps


def read(name):
    return [l.strip() for l in open(os.path.join(HERE, "coverage", name), encoding="utf-8") if l.strip() and not l.startswith("#")]


def main():
    forms = known_forms()
    ok = check("voivodeship capitals", VOIVODESHIP_CAPITALS, forms)
    ok &= check("Polish towns", read("pl_towns.txt"), forms)
    ok &= check("European capitals and fair cities", read("europe.txt"), forms)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
