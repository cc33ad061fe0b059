#!/usr/bin/env python3
"""Generate rules/places.tsv and rules/first_names.tsv from the hand-written source
lists in this directory and a PoliMorf/Morfologik dump (form<TAB>lemma<TAB>tags).

    python3 rules/gazetteer/generate.py [--dump /tmp/polimorf/dump.tsv] [--out rules]
    python3 rules/gazetteer/generate.py --check [--out rules]

The output is deterministic: entries sorted by name, forms sorted (nominative first).
"""
import argparse
import itertools
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DUMP = "/tmp/polimorf/dump.tsv"
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, ".."))

PLACE_CASES = ["nom", "gen", "dat", "acc", "inst", "loc"]
NAME_CASES = PLACE_CASES + ["voc"]

# Words that never inflect inside a multi-word place name; every word after one of
# the prepositions is frozen too (Frankfurt nad Menem -> Frankfurcie nad Menem).
PREPOSITIONS = {"nad", "pod", "na", "w", "we", "am", "an", "im", "der", "de", "del",
                "la", "le", "di", "da", "do", "en", "sur", "upon"}
CONJUNCTIONS = {"i"}

PLACE_GENDER_PREF = ["m3", "f", "n2", "n1", "p2", "p3", "m2", "m1"]


# ----------------------------------------------------------------------------- dump
def parse_tags(tags):
    """'subst:sg:gen:m3+adj:sg:nom.voc:f:pos' -> list of (pos, nums, cases, gens, rest)."""
    out = []
    for t in tags.split("+"):
        parts = t.split(":")
        pos = parts[0]
        if pos not in ("subst", "adj", "ppas", "depr") or len(parts) < 4:
            continue
        nums = set(parts[1].split("."))
        cases = set(parts[2].split("."))
        gens = set(parts[3].split("."))
        rest = parts[4:]
        out.append((pos, nums, cases, gens, rest))
    return out


class Dump:
    """Holds, for the words we need, their analyses and the full paradigms of their lemmas."""

    def __init__(self, path, words):
        self.path = path
        want = set()
        for w in words:
            want.add(w)
            want.add(w.lower())
        self.by_form = defaultdict(list)   # form -> [(lemma, analysis)]
        self.by_lemma = defaultdict(list)  # lemma -> [(form, analysis)]
        lemmas_needed = set()
        with open(path, encoding="utf-8") as f:
            for line in f:
                form, sep, rest = line.partition("\t")
                if form not in want:
                    lemma = rest.partition("\t")[0]
                    if lemma not in want:
                        continue
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 3:
                    continue
                form, lemma, tags = parts
                an = parse_tags(tags)
                if not an:
                    continue
                if form in want:
                    for a in an:
                        self.by_form[form].append((lemma, a))
                    lemmas_needed.add(lemma)
                if lemma in want:
                    for a in an:
                        self.by_lemma[lemma].append((form, a))
        missing = lemmas_needed - set(self.by_lemma)
        if missing:
            with open(path, encoding="utf-8") as f:
                for line in f:
                    parts = line.rstrip("\n").split("\t")
                    if len(parts) != 3 or parts[1] not in missing:
                        continue
                    form, lemma, tags = parts
                    for a in parse_tags(tags):
                        self.by_lemma[lemma].append((form, a))

    # -- nouns
    def noun_paradigm(self, lemma, num, gender, cases):
        res = {}
        for c in cases:
            fs = sorted({f for f, (pos, ns, cs, gs, _) in self.by_lemma.get(lemma, [])
                         if pos == "subst" and num in ns and c in cs and gender in gs})
            res[c] = fs
        return res

    # -- adjectives (adj, degree pos; ppas, affirmative)
    def adj_analyses(self, word):
        out = []
        for lemma, (pos, ns, cs, gs, rest) in self.by_form.get(word, []):
            if lemma != lemma.lower():
                continue
            if pos == "adj" and "pos" in rest and "nom" in cs:
                out.append((lemma, ns, gs))
            elif pos == "ppas" and "aff" in rest and "nom" in cs:
                out.append((lemma, ns, gs))
        return out

    def adj_paradigm(self, lemma, num, gender, cases):
        res = {}
        for c in cases:
            fs = set()
            for f, (pos, ns, cs, gs, rest) in self.by_lemma.get(lemma, []):
                if pos == "adj" and "pos" not in rest:
                    continue
                if pos == "ppas" and "aff" not in rest:
                    continue
                if pos in ("adj", "ppas") and num in ns and c in cs and gender in gs:
                    fs.add(f)
            res[c] = sorted(fs)
        return res


# ----------------------------------------------------------------------------- helpers
def cap(w):
    return w[:1].upper() + w[1:] if w else w


def uniq(seq):
    seen, out = set(), []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def order_forms(name, forms):
    """Nominative first, then the other forms sorted; every form with an apostrophe is
    given in both spellings, ASCII (Thierry'ego) and typographic (Thierry’ego)."""
    fs = set(forms)
    for f in list(fs):
        if "'" in f:
            fs.add(f.replace("'", "\u2019"))
        if "\u2019" in f:
            fs.add(f.replace("\u2019", "'"))
    rest = sorted(fs - {name})
    return [name] + rest


# ------------------------------------------------------------- regular paradigms
SOFT_LOC = {  # final consonant(s) of a hard stem -> locative/vocative ending (replaces them)
    "st": "ście",
    "t": "cie", "d": "dzie", "r": "rze", "n": "nie", "s": "sie", "z": "zie", "m": "mie",
    "p": "pie", "b": "bie", "f": "fie", "w": "wie", "v": "vie", "ł": "le", "x": "ksie",
}


def loc_masc(stem):
    """Locative/vocative singular of a masculine noun with consonant-final stem."""
    low = stem.lower()
    if low.endswith(("k", "g", "ch", "h", "l", "j", "c", "cz", "sz", "rz", "ż", "ś", "ć",
                     "ń", "ź", "dź", "y", "i", "u", "a", "e", "o", "ck", "š", "ž", "č", "ř", "ň", "ď", "ť")):
        return stem + "u"
    if low.endswith("x"):
        return stem + "ie"
    for k in sorted(SOFT_LOC, key=len, reverse=True):
        if low.endswith(k):
            return stem[: len(stem) - len(k)] + SOFT_LOC[k]
    return stem + "ie"


def fem_a(name):
    """Forms of a feminine noun in -a: gen, dat, acc, inst, loc, voc."""
    stem = name[:-1]
    low = stem.lower()
    if low.endswith(("i", "j")):                       # Maria -> Marii, Maja -> Mai? no: Mai
        gen = dat = stem + "i"                         # Sofia -> Sofii, Julija -> Juliji
        if low.endswith("j") and low[-2:-1] in "aeiouy":
            gen = dat = stem[:-1] + "i"                # Maja -> Mai, Kaja -> Kai
        voc = stem + "o"
    elif low.endswith("l"):                            # Ursula, Angela
        gen = dat = stem + "i"
        voc = stem + "o"
    elif low.endswith(("c", "cz", "sz", "rz", "ż", "dż")):
        gen = dat = stem + "y"
        voc = stem + "o"
    elif low.endswith(("k", "g")):
        gen = stem + "i"
        dat = stem[:-1] + ("ce" if low.endswith("k") else "dze")
        voc = stem + "o"
    elif low.endswith("ch"):
        gen = stem + "y"
        dat = stem[:-2] + "sze"
        voc = stem + "o"
    elif low[-1:] in "aeiouyáéíóú":                    # Andrea, Joshua, Lucía
        gen = dat = stem + "i"
        voc = stem + "o"
    else:
        gen = stem + "y"
        dat = loc_masc(stem)
        if dat.endswith("u"):                          # should not happen for hard stems
            dat = stem + "e"
        voc = stem + "o"
    return {"gen": [gen], "dat": [dat], "acc": [stem + "ę"], "inst": [stem + "ą"],
            "loc": [dat], "voc": [voc]}


def masc_cons(name, gen_ending="a", apos=False):
    """Masculine noun ending in a consonant (Peter -> Petera, Peterowi, Peterem, Peterze)."""
    a = "'" if apos else ""
    low = name.lower()
    inst = name + a + ("iem" if low.endswith(("k", "g")) else "em")
    loc = loc_masc(name) if not apos else name + "'u"
    voc = loc
    if low.endswith(("k", "g", "ch", "h")):
        voc = name + a + "u"
    return {"gen": [name + a + gen_ending], "dat": [name + a + "owi"], "acc": [name + a + gen_ending],
            "inst": [inst], "loc": [loc], "voc": [voc]}


def masc_o(name):
    """Masculine foreign name in -o (Antonio -> Antonia, Antoniowi, Antoniem, Antoniu)."""
    stem = name[:-1]
    low = stem.lower()
    inst = stem + ("iem" if low.endswith(("k", "g")) else "em")
    if low.endswith(("i", "k", "g", "l", "c", "j", "z", "h", "ch")) or low[-1:] in "aeiouy":
        loc = stem + "u"
    else:
        loc = loc_masc(stem)
    return {"gen": [stem + "a"], "dat": [name + "wi"], "acc": [stem + "a"], "inst": [inst],
            "loc": [loc], "voc": [name]}


def masc_adj(name):
    """Adjectival declension: Thierry -> Thierry'ego, Salvatore -> Salvatorego, Luigi -> Luigiego."""
    low = name.lower()
    if low.endswith("e"):
        stem = name[:-1]
        return {"gen": [stem + "ego"], "dat": [stem + "emu"], "acc": [stem + "ego"],
                "inst": [stem + "em"], "loc": [stem + "em"], "voc": [name]}
    if low.endswith("y"):
        s = name + "'"
        return {"gen": [s + "ego"], "dat": [s + "emu"], "acc": [s + "ego"],
                "inst": [name + "m"], "loc": [name + "m"], "voc": [name]}
    if low.endswith("é"):                              # René -> Renégo, Renému, Reném
        return {"gen": [name + "go"], "dat": [name + "mu"], "acc": [name + "go"],
                "inst": [name + "m"], "loc": [name + "m"], "voc": [name]}
    if low.endswith("í"):                              # Jiří -> Jiříego, Jiříemu, Jiřím
        return {"gen": [name + "ego"], "dat": [name + "emu"], "acc": [name + "ego"],
                "inst": [name + "m"], "loc": [name + "m"], "voc": [name]}
    # -i
    return {"gen": [name + "ego"], "dat": [name + "emu"], "acc": [name + "ego"],
            "inst": [name + "m"], "loc": [name + "m"], "voc": [name]}


def flat(paradigm, cases):
    out = []
    for c in cases:
        out.extend(paradigm.get(c, []))
    return out


def name_paradigm(name, gender):
    """Regular Polish paradigm for a first name missing from the dump."""
    low = name.lower()
    if gender == "f":
        if low.endswith("a"):
            return flat(fem_a(name), NAME_CASES)
        return []
    if low.endswith("o"):
        return flat(masc_o(name), NAME_CASES)
    if low.endswith("a"):
        return flat(fem_a(name), NAME_CASES)
    if low[-1:] in "iyíé":
        return flat(masc_adj(name), NAME_CASES)
    if low[-1:] in "euáóú":
        return []
    return flat(masc_cons(name), NAME_CASES)


def plural_ice(name):
    """Plurale tantum in -ice/-yce (Košice -> Košic, Košicom, Košicami, Košicach)."""
    stem = name[:-1]
    return {"gen": [stem], "dat": [stem + "om"], "acc": [name], "inst": [stem + "ami"],
            "loc": [stem + "ach"]}


def place_paradigm(name):
    """Regular paradigm guess for a one-word place missing from the dump."""
    low = name.lower()
    if low.endswith(("ice", "yce")) and len(low) > 4:
        return flat(plural_ice(name), PLACE_CASES)
    if low.endswith("a"):
        p = fem_a(name)
        return flat(p, PLACE_CASES)
    if fold(low[-1:]) in "eiouy":
        return []                                      # Tokio, Oslo, Bari, Tiranë: indeclinable
    p = masc_cons(name, gen_ending="u")
    p["acc"] = [name]
    return flat(p, PLACE_CASES)


# ----------------------------------------------------------------------------- places
class Unresolved(Exception):
    pass


POLISH_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


def fold(s):
    """A local spelling without its non-Polish diacritics (Košice -> Kosice,
    Plzeň -> Plzen), as Polish texts often write it; the word unchanged if it has
    Polish letters (whose diacritics are not optional) or none to fold."""
    import unicodedata
    if any(c in POLISH_LETTERS for c in s):
        return s
    out = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", out.replace("ı", "i").replace("ß", "ss"))


def inflectable_alias(alias):
    """A one-word alias that can take Polish endings: letters only, capitalised, no
    acronym (USA, NRW, ChRL) and no bracket."""
    return (len(alias) >= 3 and alias.isalpha() and alias[:1].isupper()
            and not any(c.isupper() for c in alias[1:]))


def polish_phrase_alias(alias):
    """A two-word alias in Polish words (Republika Słowacka, Republika Włoska):
    inflected from the dictionary like a multi-word place; no acronym, no bracket.
    (Longer ones such as Stany Zjednoczone Ameryki end in a genitive the
    dictionary-based inflection would wrongly decline.)"""
    words = alias.split(" ")
    return (len(words) == 2 and all(w.isalpha() and w[:1].isupper() and not any(c.isupper() for c in w[1:])
                                   for w in words))


def alias_forms(dump, alias, name):
    """Polish case forms of a one-word local or English spelling, the way Polish texts
    inflect them (w Ostravie, w Košicach, w Zagrebie): the dictionary paradigm when it
    has the alias itself as a proper noun, else the regular paradigm of
    `place_paradigm` (the fallback for unknown places).  Without the alias itself."""
    forms = []
    if polish_phrase_alias(alias):
        # only common Polish words (republika, czeska): not San Sebastian, Saint Petersburg
        if not all(any(lemma == lemma.lower() for lemma, _ in dump.by_form.get(w.lower(), []))
                   for w in alias.split(" ")):
            return []
        try:
            return [f for f in inflect_place(dump, alias) if f != alias]
        except Unresolved:
            return []
    if alias.lower().endswith(("ice", "yce")) and not name.endswith(("ice", "yce")):
        return []                                      # Venice (Wenecja) is no plural in -ice
    readings = [(pos, ns, gs) for lemma, (pos, ns, cs, gs, rest) in dump.by_form.get(alias, []) if lemma == alias]
    # a singular proper noun, or a plurale tantum (Niderlandy -> w Niderlandach)
    if any(pos == "subst" and "m1" not in gs and ("sg" in ns or not any("sg" in n for _, n, _ in readings))
           for pos, ns, gs in readings):
        try:
            forms = inflect_place(dump, alias)
        except Unresolved:
            forms = []
    if not forms:
        forms = place_paradigm(alias)
    return [f for f in uniq(forms) if f != alias]


# The abbreviated adjectives of Polish town names, as written in addresses and
# press releases (Gorzów Wlkp., Grodzisk Maz., Ruda Śl., Starogard Gd.): the
# stem of the adjective -> the abbreviation, written without its full stop (the
# gazetteer matches words; the stop is punctuation after the match).
ABBREVIATED_ADJECTIVES = {
    "Wielkopolsk": "Wlkp", "Mazowieck": "Maz", "Śląsk": "Śl", "Gdańsk": "Gd",
    "Pomorsk": "Pom", "Kujawsk": "Kuj", "Podlask": "Podl",
}


# Words that make an imported GeoNames entry a part of a town (a district or a
# housing estate: Bielsko Południe, Praga Północ, Śródmieście, Osiedle Kosmonautów),
# not a town where events take place.
DISTRICT_WORDS = {"Południe", "Północ", "Wschód", "Zachód", "Śródmieście", "Osiedle", "Osiedle-Nowiny"}
DISTRICT_NAMES = {"Stare Miasto", "Nowe Miasto"}


def ascii_fold(s):
    """Every diacritic left out, Polish ones too (Bielsko-Biała -> Bielsko-Biala)."""
    import unicodedata
    s = s.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def duplicate_or_district(name, hand_places):
    """Whether an imported place is left out: a district (DISTRICT_WORDS,
    DISTRICT_NAMES), or a hand-listed place or alias written without its
    diacritics (GeoNames' Bielsko-Biala beside Bielsko-Biała)."""
    if name in DISTRICT_NAMES or any(w in DISTRICT_WORDS for w in name.split(" ")):
        return True
    keys = set()
    for r in hand_places:
        keys.add(ascii_fold(r[0]))
        keys.update(ascii_fold(a) for a in ([] if r[3] in ("", "-") else r[3].split("|")))
    return ascii_fold(name) in keys


def add_abbreviated_forms(places):
    """Adds to every multi-word Polish town whose last word is one of
    ABBREVIATED_ADJECTIVES the abbreviated name as an alias (Gorzów Wlkp) and its
    case forms (Gorzowie Wlkp): the head inflects, the abbreviation does not."""
    out, added = [], 0
    for name, kind, country, aliases, fl, origin in places:
        head, _, last = name.rpartition(" ")
        abbr = next((a for stem, a in ABBREVIATED_ADJECTIVES.items() if last.startswith(stem)), None)
        if country != "PL" or not head or abbr is None or last == "Śląsk" or last == "Gdańsk":
            out.append((name, kind, country, aliases, fl, origin))
            continue
        short = head + " " + abbr
        al = [] if aliases in ("", "-") else aliases.split("|")
        if short not in al:
            al.append(short)
            added += 1
        extra = []
        for f in fl:
            h, _, l = f.rpartition(" ")
            if h and l.startswith(last[:len(last) - 2]) and h + " " + abbr not in fl:
                extra.append(h + " " + abbr)
        extra = [e for e in uniq(extra) if e != short]
        added += len(extra)
        out.append((name, kind, country, "|".join(al), order_forms(name, fl + extra), origin))
    return out, added


def add_alias_forms(dump, places, first_name_forms, hand=frozenset()):
    """Adds to every place the case forms of its one-word aliases and the ASCII
    spellings of aliases with non-Polish diacritics (Košice -> Kosice, w Kosicach).
    A form that is already a form of another place or a first name's form is left
    out (the other reading wins), except that a hand-listed place (`hand`: the
    names of places_source.tsv) wins over an imported one: the usual short name
    of a big town (Bielsko, w Bielsku -> Bielsko-Biała) takes the form from the
    village that has it as its own (Bielsk), which loses that form.  Returns the
    places and the number of forms added."""
    taken = defaultdict(set)
    for name, kind, country, aliases, fl, origin in places:
        taken[name].add(name)
        for f in fl:
            taken[f].add(name)
        for a in ([] if aliases in ("", "-") else aliases.split("|")):
            taken[a].add(name)
    imported = {p[0] for p in places} - set(hand)
    claimed = set()                                    # forms a hand place took from imported ones
    out, added = [], 0
    for name, kind, country, aliases, fl, origin in places:
        al = [] if aliases in ("", "-") else aliases.split("|")
        new_al = list(al)
        for a in al:
            f = fold(a)
            if f != a and f not in new_al and not (taken.get(f, set()) - {name}):
                new_al.append(f)
        extra = []
        for a in new_al:
            if not (inflectable_alias(a) or polish_phrase_alias(a)):
                continue
            for f in [a] + alias_forms(dump, a, name):
                for g in uniq([f, fold(f)]):
                    others = taken.get(g, set()) - {name}
                    if name in hand and others and not (others - imported):
                        claimed.add(g)
                        others = set()
                    if f == a or others or g in first_name_forms or g in fl or g in new_al:
                        continue
                    extra.append(g)
        extra = uniq(extra)
        added += len(extra) + len(new_al) - len(al)
        fl = order_forms(name, fl + extra) if extra else fl
        out.append((name, kind, country, "|".join(new_al) if new_al else aliases, fl, origin))
    out = [(n, k, c, a, [f for f in fl if f == n or f not in claimed], o) if n in imported else (n, k, c, a, fl, o)
           for n, k, c, a, fl, o in out]
    return out, added


def analyse_word(dump, w):
    """Return (noun_candidates, adj_candidates) for a nominative word."""
    nouns = []
    for lemma, (pos, ns, cs, gs, rest) in dump.by_form.get(w, []) + \
            [(l, a) for l, a in dump.by_form.get(w.lower(), []) if w.lower() != w]:
        if pos != "subst" or "nom" not in cs:
            continue
        if lemma not in (w, w.lower()) and lemma.lower() != w.lower():
            # plural forms of another lemma (Góry -> Góra) are accepted only as plural
            if "pl" not in ns:
                continue
        nouns.append((lemma, ns, gs))
    adjs = dump.adj_analyses(w.lower())
    return nouns, adjs


def choose_noun(w, nouns, gender_pref):
    """Pick (lemma, num, gender) for a head noun; prefer lemma == word, then singular."""
    best = None
    for lemma, ns, gs in nouns:
        for num in ("sg", "pl"):
            if num not in ns:
                continue
            for g in gs:
                if g not in gender_pref:
                    continue
                # animate readings (surnames: Środa m1) only if nothing else fits
                score = (1 if g in ("m1", "m2") else 0,
                         0 if lemma == w else 1 if lemma == w.lower() else 2,
                         0 if num == "sg" else 1,
                         gender_pref.index(g), lemma)
                if best is None or score < best[0]:
                    best = (score, lemma, num, g)
    if best is None:
        return None
    return best[1:]


def declines_like_adj(dump, w, info, gender_pref):
    nouns, adjs = info
    ch = choose_noun(w, nouns, gender_pref)
    if ch is None:
        return True
    lemma, num, g = ch
    p = dump.noun_paradigm(lemma, num, g, ["dat", "loc"])
    nf = {f.lower() for fs in p.values() for f in fs}
    for l, ns, gs in adjs:
        if num in ns and g in gs:
            a = dump.adj_paradigm(l, num, g, ["dat", "loc"])
            af = {f.lower() for fs in a.values() for f in fs}
            if nf == af:
                return True
    return False


def inflect_part(dump, words, cases, gender_pref):
    """Inflect one head group (words joined by spaces).  Returns {case: [forms]}."""
    roles = []
    frozen = False
    for w in words:
        if frozen or w in PREPOSITIONS:
            frozen = True
            roles.append(("fixed", None))
            continue
        nouns, adjs = analyse_word(dump, w)
        roles.append(("?", (nouns, adjs)))
    # decide noun/adjective
    idx = [i for i, (r, _) in enumerate(roles) if r == "?"]
    unamb_noun = [i for i in idx if roles[i][1][0] and not roles[i][1][1]]
    head = None
    if unamb_noun:
        head = unamb_noun[0]
    else:
        # every word reads as noun and adjective (Nowa Ruda, Zduńska Wola, Ruda Śląska):
        # prefer a word that is a common noun in lower case (ruda, wola), then the first one
        # prefer a word whose noun reading does not decline like an adjective
        # (ruda -> rudzie, wola -> woli; but Nowa -> Nowej, Zduńska -> Zduńskiej)
        cands = [i for i in idx if roles[i][1][0]]
        nounlike = [i for i in cands if not declines_like_adj(dump, words[i], roles[i][1],
                                                             gender_pref)]
        if nounlike:
            head = nounlike[0]
        elif cands:
            head = cands[0]
    if head is None:
        raise Unresolved("no head noun in %r" % " ".join(words))
    nouns = roles[head][1][0]
    ch = choose_noun(words[head], nouns, gender_pref)
    if ch is None:
        raise Unresolved("no usable noun analysis for %r" % words[head])
    lemma, num, gender = ch
    per_word = []
    for i, (r, info) in enumerate(roles):
        w = words[i]
        if r == "fixed":
            per_word.append({c: [w] for c in cases})
            continue
        if i == head:
            p = dump.noun_paradigm(lemma, num, gender, cases)
            if lemma != w and lemma == w.lower():
                p = {c: [cap(f) for f in fs] for c, fs in p.items()}
            elif lemma.lower() == w.lower() and lemma != w:
                p = {c: [cap(f) for f in fs] for c, fs in p.items()}
            elif lemma != w:   # plural of another lemma, capitalise to the word's shape
                p = {c: [cap(f) if w[:1].isupper() else f for f in fs] for c, fs in p.items()}
            per_word.append(p)
            continue
        nouns_i, adjs_i = info
        if adjs_i:
            alem = None
            for l, ns, gs in adjs_i:
                if num in ns and gender in gs:
                    alem = l
                    break
            if alem is None:
                raise Unresolved("adjective %r does not agree (%s %s)" % (w, num, gender))
            p = dump.adj_paradigm(alem, num, gender, cases)
            p = {c: [cap(f) for f in fs] for c, fs in p.items()}
            # masculine inanimate accusative = nominative
            per_word.append(p)
            continue
        # a second noun (apposition) inflects on its own
        ch2 = choose_noun(w, nouns_i, gender_pref)
        if ch2 is None:
            raise Unresolved("cannot inflect %r" % w)
        p = dump.noun_paradigm(ch2[0], ch2[1], ch2[2], cases)
        p = {c: [cap(f) if w[:1].isupper() else f for f in fs] for c, fs in p.items()}
        per_word.append(p)
    res = {}
    for c in cases:
        lists = [pw.get(c) or [] for pw in per_word]
        if any(not l for l in lists):
            raise Unresolved("missing %s form in %r" % (c, " ".join(words)))
        res[c] = [" ".join(t) for t in itertools.product(*lists)]
    # the nominative must reproduce the name itself
    if " ".join(words) not in res["nom"]:
        raise Unresolved("nominative mismatch for %r: %r" % (" ".join(words), res["nom"]))
    return res


def split_name(name):
    """'Bielsko-Biała' -> [(['Bielsko'], '-'), (['Biała'], '')]; 'Bośnia i Hercegowina' -> ..."""
    groups = []  # list of (words, separator_after)
    tokens = name.split(" ")
    cur = []
    for t in tokens:
        if t in CONJUNCTIONS:
            groups.append((cur, " %s " % t))
            cur = []
            continue
        if "-" in t and not (cur and cur[-1] in PREPOSITIONS):
            pieces = t.split("-")
            cur.append(pieces[0])
            for p in pieces[1:]:
                groups.append((cur, "-"))
                cur = [p]
            continue
        cur.append(t)
    groups.append((cur, ""))
    return groups


def inflect_place(dump, name, cases=PLACE_CASES, gender_pref=PLACE_GENDER_PREF):
    groups = split_name(name)
    parts = [inflect_part(dump, words, cases, gender_pref) for words, _ in groups]
    forms = []
    for c in cases:
        for combo in itertools.product(*[p[c] for p in parts]):
            s = ""
            for (words, sep), f in zip(groups, combo):
                s += f + sep
            forms.append(s)
    # Hyphenated towns are often written with the first part undeclined
    # (`w Bielsko-Białej`, `w Kędzierzyn-Koźlu`): those forms read as the town too.
    if len(groups) > 1 and groups[0][1] == "-":
        for c in cases:
            for combo in itertools.product(parts[0]["nom"], *[p[c] for p in parts[1:]]):
                forms.append("".join(f + sep for (words, sep), f in zip(groups, combo)))
    return uniq(forms)


def adj_neuter_region(dump, name):
    """Voivodeship as a substantivised neuter adjective: Łódzkie -> Łódzkiego, Łódzkiemu,
    Łódzkim, w Łódzkiem (archaic locative still common); Kujawsko-Pomorskie keeps the prefix."""
    prefix, _, last = name.rpartition("-")
    prefix = prefix + "-" if prefix else ""
    an = [a for a in dump.adj_analyses(last.lower()) if "sg" in a[1] and "n2" in a[2]]
    if not an:
        raise SystemExit("no neuter adjective reading for %s" % name)
    p = dump.adj_paradigm(an[0][0], "sg", "n2", PLACE_CASES)
    fl = [prefix + cap(f) for f in flat(p, PLACE_CASES)]
    fl.append(prefix + cap(last[:-1]) + "em")         # Łódzkie -> Łódzkiem
    return uniq(fl)


def read_places(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fs = line.split("\t")
            if len(fs) == 1:
                fs = [fs[0], "city", "PL"]
            while len(fs) < 5:
                fs.append("-")
            if len(fs) != 5:
                sys.exit("%s:%d: expected at most 5 fields" % (path, ln))
            rows.append([x.strip() for x in fs])
    return rows


def build_places(dump, src):
    rows = read_places(src)
    out, stats, problems = [], defaultdict(int), []
    for name, kind, country, aliases, forms in rows:
        origin = None
        if forms == "=":
            fl = [name]
            origin = "indeclinable"
        elif forms == "@adjn":
            fl = adj_neuter_region(dump, name)
            origin = "dump"
        elif forms != "-":
            fl = [name] + [x for x in forms.split("|") if x]
            origin = "hand"
        else:
            try:
                fl = inflect_place(dump, name)
                origin = "dump"
            except Unresolved as e:
                if " " in name or "-" in name:
                    problems.append("%s: %s" % (name, e))
                    fl = [name]
                    origin = "unresolved"
                else:
                    fl = [name] + place_paradigm(name)
                    origin = "paradigm" if len(fl) > 1 else "indeclinable"
                    problems.append("%s: not in dump, %s: %s" % (name, origin, "|".join(fl)))
        fl = order_forms(name, fl)
        stats[origin + "_entries"] += 1
        stats[origin + "_forms"] += len(fl)
        out.append((name, kind, country, aliases, fl, origin))
    return out, stats, problems


# ----------------------------------------------------------------------------- names
def read_names(path):
    rows = []
    origin = "pl"
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#@"):
                for kv in line[2:].split():
                    if kv.startswith("origin="):
                        origin = kv.split("=", 1)[1]
                continue
            if not line.strip() or line.startswith("#"):
                continue
            fs = [x.strip() for x in line.split("\t")]
            if len(fs) == 2:
                fs.append("-")
            if len(fs) != 3 or fs[1] not in ("m", "f"):
                sys.exit("%s:%d: bad line %r" % (path, ln, line))
            rows.append(fs + [origin])
    return rows


def dump_name_forms(dump, name, gender):
    g = "m1" if gender == "m" else "f"
    p = dump.noun_paradigm(name, "sg", g, NAME_CASES)
    if not p["nom"] or name not in p["nom"]:
        return None
    fl = flat(p, NAME_CASES)
    return fl


def build_names(dump, src):
    rows = read_names(src)
    out, stats, problems = [], defaultdict(int), []
    for name, gender, forms, origin in rows:
        if forms == "=":
            fl, how = [name], "indeclinable"
        elif forms == "@adj":
            fl, how = [name] + flat(masc_adj(name), NAME_CASES), "paradigm"
        elif forms != "-":
            fl, how = [name] + [x for x in forms.split("|") if x], "hand"
        else:
            fl = dump_name_forms(dump, name, gender)
            how = "dump"
            if fl is not None and gender == "m" and len(set(fl)) == 1:
                # the dictionary lists some foreign names as indeclinable (Diego, Stefano);
                # Polish texts decline them: add the regular paradigm
                fl = fl + name_paradigm(name, gender)
                how = "paradigm"
            if fl is None:
                fl = [name] + name_paradigm(name, gender)
                how = "paradigm" if len(fl) > 1 else "indeclinable"
                if origin == "pl":
                    problems.append("Polish name not in dump: %s -> %s" % (name, "|".join(fl)))
        fl = order_forms(name, fl)
        stats[how + "_entries"] += 1
        stats[how + "_forms"] += len(fl)
        stats[origin + "_" + gender] += 1
        out.append((name, gender, fl, origin, how))
    return out, stats, problems


# ----------------------------------------------------------------------------- ambiguity
# Curated (the dump has no frequencies): forms that are also frequent Polish words or
# capitalised nouns, so a match at the start of a sentence or in a title needs care.
AMBIGUOUS_PLACES = {
    "Niemcy": "Niemcy/Niemiec = Germans/a German", "Włochy": "Włoch = an Italian",
    "Czechy": "Czech = a Czech", "Węgry": "Węgier = a Hungarian", "Turek": "a Turk; surname",
    "Polska": "polska gospodarka (adjective)", "Dania": "dania = dishes",
    "Marki": "Marek = gen. of Marki and the first name", "Jarosław": "first name",
    "Sofia": "first name", "Wisła": "the river", "Nysa": "the river",
    "Police": "police = shelves", "Koło": "koło = wheel", "Góra": "góra = mountain",
    "Brzeg": "brzeg = shore", "Reda": "reda = roadstead", "Piła": "piła = saw",
    "Łask": "łask = gen.pl. of łaska", "Krosno": "krosno = loom", "Nisko": "nisko = low",
    "Zielonka": "zielonka = green fodder", "Września": "września = of September",
    "Łapy": "łapy = paws", "Ząbki": "ząbki = little teeth", "Pionki": "pionki = pawns",
    "Sumy": "sumy = sums", "Warka": "warka = brew", "Kolonia": "kolonia = colony",
    "Palma": "palma = palm", "Kanton": "kanton = canton", "Lucerna": "lucerna = alfalfa",
    "Porto": "porto = postage", "Turku": "Turku = loc. of Turek (PL)",
    "Split": "split", "Zakopane": "zakopane = buried",
    "Śląskie": "adjective, also in org names", "Pomorskie": "adjective, also in org names",
}
AMBIGUOUS_NAMES = {
    "Maja": "maja = gen. of maj", "Róża": "róża = rose", "Marek": "marek = gen.pl. of marka",
    "Roman": "roman = novel", "Pola": "pola = fields", "Lilia": "lilia = lily",
    "Malina": "malina = raspberry", "Kalina": "kalina = viburnum", "Jagoda": "jagoda = berry",
    "Dalia": "dalia = dahlia", "Wiktoria": "wiktoria = victory", "Mikołaj": "mikołaj = Santa",
    "Filip": "filip = hare", "Daniel": "daniel = fallow deer", "Tom": "tom = volume",
    "Sam": "sam = alone", "Per": "per (preposition)", "Bas": "bas = bass", "Frank": "frank (currency)",
    "Dana": "dana = given", "Mila": "mila = mile", "Rosa": "rosa = dew", "Lisa": "lisa = gen. of lis",
    "Nick": "nick = nickname", "Taras": "taras = terrace", "Sylwester": "sylwester = New Year's Eve",
    "Narcyz": "narcyz = daffodil", "Nestor": "nestor = doyen", "Gracja": "gracja = grace",
    "Melisa": "melisa = lemon balm", "Hortensja": "hortensja = hydrangea", "Mercedes": "the car",
    "Pascal": "pascal (unit)", "Alfons": "alfons = pimp", "Marzanna": "marzanna = effigy",
    "Walerian": "waleriana = valerian", "Wera": "wera = faith (archaic)", "Iwo": "Iwona = gen. of Iwo",
    "Jordan": "the river", "Kuba": "Kuba = Cuba",
    "Józefa": "also gen. of Józef",
    "Stanisława": "also gen. of Stanisław (likewise Bogdana, Władysława, Czesława, Justyna ...)",
}


# Villages listed by hand for their fair, congress or conference centres
# (places_source.tsv): like an ambiguous town, a venue only with an event word
# near it (`targi w Jasionce`, not `mieszka w Jasionce`).
VILLAGE_VENUES = {"Jasionka", "Kielnarowa", "Wólka Kosowska", "Arłamów", "Jachranka", "Zegrze",
                  "Spała", "Jurata", "Przysłup"}


def screen_places(dump, hand, imported, first_names):
    """The ambiguity screen: name -> 'ambiguous' for a place that must not be taken
    as a venue without an event word near it.  Hand-written places are flagged
    when curated in AMBIGUOUS_PLACES; imported ones also when a form is a common
    word in lower case (Skoki, Łąka), the name is a first name (Kazimierz) or the
    dictionary reads the name as a person's (surname: Nowak, Kowale)."""
    flags = {}
    for r in hand:
        if r[0] in AMBIGUOUS_PLACES or r[0] in VILLAGE_VENUES:
            flags[r[0]] = "ambiguous"
    for name, kind, country, aliases, fl, origin in imported:
        why = None
        if name in AMBIGUOUS_PLACES or name in first_names:
            why = "name"
        elif " " not in name and "-" not in name:
            readings = dump.by_form.get(name.lower(), []) + dump.by_form.get(name, [])
            # a common word: a form of another common lemma (skoki -> skok), or a
            # common lemma the dictionary does not also know as a proper noun ...
            proper = any(lemma == name for lemma, _ in readings)
            for lemma, _ in readings:
                if lemma == lemma.lower() and (lemma != name.lower() or not proper):
                    why = "word"
            # ... or a person only: every reading of the name itself is
            # masculine personal (a surname, no town reading)
            own = [gs for lemma, (pos, ns, cs, gs, rest) in readings if lemma == name]
            if own and all("m1" in gs for gs in own):
                why = "person"
        if why:
            flags[name] = "ambiguous"
    return flags


def ambiguous_place_forms(dump, places):
    have = {r[0] for r in places}
    return {n: r for n, r in AMBIGUOUS_PLACES.items() if n in have and r != "-"}


def ambiguous_names(dump, names):
    have = {r[0] for r in names}
    return {n: r for n, r in AMBIGUOUS_NAMES.items() if n in have and r != "-"}


# ----------------------------------------------------------------------------- output
PLACES_HEADER = """\
# Gazetteer of places: Polish towns > 10k inhabitants, Polish regions, European and
# selected world countries, capitals and event cities.  GENERATED by
# rules/gazetteer/generate.py from rules/gazetteer/places_source.tsv and the PoliMorf
# dump -- do not edit by hand, edit the source list and regenerate.
#
# Format: one place per line, fields separated by one TAB, list fields separated by '|',
# '-' for an empty field; lines starting with '#' are comments, blank lines are ignored.
#   name     nominative Polish name (exonym) as written in Polish newspapers
#   kind     city | country | region
#   country  ISO 3166-1 alpha-2 code (XK = Kosovo, user-assigned)
#   aliases  local / English / alternative spellings (not inflected)
#   forms    singular case forms nom|gen|dat|acc|inst|loc (plural for pluralia tantum:
#            Katowice, Niemcy), the nominative first, the rest sorted; no vocative; also
#            the forms of the one-word aliases (w Ostravie, w Košicach) and of their
#            spellings without non-Polish diacritics (Kosice, w Kosicach), listed as aliases
# City-states (Luksemburg, Monako, San Marino, Watykan, Andora) are listed once, as country.
"""

NAMES_HEADER = """\
# Gazetteer of first names with their Polish inflected forms.  GENERATED by
# rules/gazetteer/generate.py from rules/gazetteer/first_names_source.txt and the
# PoliMorf dump -- do not edit by hand, edit the source list and regenerate.
#
# Format: name<TAB>gender<TAB>forms ; gender m|f ; forms '|'-separated, the nominative
# first, then the other singular case forms incl. vocative (sorted).  Foreign names not in
# the dictionary are declined by the regular Polish paradigm (Peter -> Petera, Peterem,
# Peterze; Thierry -> Thierry'ego; Ursula -> Ursuli); female names not in -a are indeclinable.
# Hyphenated double names are not listed: the extractor combines single names.
"""


def write_places(path, places, amb, flags):
    lines = [PLACES_HEADER]
    lines.append("# AMBIGUOUS: forms that are also ordinary words or capitalised nouns (risky at the\n"
                 "# start of a sentence or in titles; matching is case-sensitive):")
    lines.extend(wrap("#   ", ["%s (%s);" % (n, amb[n]) for n in sorted(amb)]))
    lines.append("#")
    lines.append("# name\tkind\tcountry\taliases\tforms\tflags")
    for name, kind, country, aliases, fl, _ in sorted(places, key=lambda r: r[0]):
        lines.append("\t".join([name, kind, country, aliases or "-", "|".join(fl), flags.get(name, "-")]))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def write_names(path, names, amb):
    lines = [NAMES_HEADER]
    lines.append("# AMBIGUOUS: names with a form that is also an ordinary word (Maja ~ maj, Róża ~\n"
                 "# róża, Tom ~ tom): treat a sentence-initial occurrence with care.  A form may\n"
                 "# also belong to two names (Stanisława = Stanisław gen./acc. and Stanisława nom.):\n"
                 "# resolve with the surname's gender.")
    lines.extend(wrap("#   ", ["%s (%s);" % (n, amb[n]) for n in sorted(amb)]))
    lines.append("#")
    lines.append("# name\tgender\tforms")
    for name, gender, fl, origin, how in sorted(names, key=lambda r: r[0]):
        lines.append("\t".join([name, gender, "|".join(fl)]))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def wrap(prefix, items, width=96):
    out, cur = [], prefix
    for it in items:
        if len(cur) + len(it) + 1 > width and cur != prefix:
            out.append(cur.rstrip())
            cur = prefix
        cur += it + " "
    if cur.strip() != prefix.strip():
        out.append(cur.rstrip())
    return out


# ----------------------------------------------------------------------------- check
def read_tsv(path, nfields):
    rows, errors = [], []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fs = line.split("\t")
            if len(fs) != nfields:
                errors.append("%s:%d: %d fields" % (path, ln, len(fs)))
                continue
            rows.append(fs)
    return rows, errors


def check(outdir):
    import re
    errors = []
    places, e = read_tsv(os.path.join(outdir, "places.tsv"), 6)
    errors += e
    names, e = read_tsv(os.path.join(outdir, "first_names.tsv"), 3)
    errors += e
    form2place = defaultdict(set)
    seen = set()
    kinds = defaultdict(int)
    for name, kind, country, aliases, forms, flag in places:
        fl = forms.split("|")
        if flag not in ("-", "ambiguous"):
            errors.append("place %s: bad flags %s" % (name, flag))
        if name in seen:
            errors.append("duplicate place %s" % name)
        seen.add(name)
        if name not in fl:
            errors.append("place %s: name not in forms" % name)
        if kind not in ("city", "country", "region"):
            errors.append("place %s: bad kind %s" % (name, kind))
        if not re.fullmatch(r"[A-Z]{2}", country):
            errors.append("place %s: bad country %s" % (name, country))
        if any(not x for x in fl) or (aliases != "-" and any(not x for x in aliases.split("|"))):
            errors.append("place %s: empty list item" % name)
        if len(set(fl)) != len(fl):
            errors.append("place %s: duplicate forms" % name)
        kinds[kind] += 1
        for f in fl:
            form2place[f].add(name)
    form2name = defaultdict(set)
    seen = set()
    genders = defaultdict(int)
    for name, gender, forms in names:
        fl = forms.split("|")
        if name in seen:
            errors.append("duplicate first name %s" % name)
        seen.add(name)
        if gender not in ("m", "f"):
            errors.append("name %s: bad gender %s" % (name, gender))
        if name not in fl:
            errors.append("name %s: name not in forms" % name)
        if len(set(fl)) != len(fl) or any(not x for x in fl):
            errors.append("name %s: duplicate/empty forms" % name)
        genders[gender] += 1
        for f in fl:
            form2name[f].add(name)
    spot_places = [("Brukseli", "Bruksela"), ("Pradze", "Praga"), ("Wiedniu", "Wiedeń"),
                   ("Wiednia", "Wiedeń"), ("Warszawie", "Warszawa"),
                   ("Zielonej Górze", "Zielona Góra"), ("Katowicach", "Katowice"),
                   ("Sztokholmu", "Sztokholm"), ("Bielsku-Białej", "Bielsko-Biała"),
                   ("Nowym Sączu", "Nowy Sącz"), ("Gorzowie Wielkopolskim", "Gorzów Wielkopolski"),
                   ("Frankfurcie nad Menem", "Frankfurt nad Menem"),
                   ("Kędzierzynie-Koźlu", "Kędzierzyn-Koźle"), ("Dąbrowie Górniczej", "Dąbrowa Górnicza"),
                   ("Niemczech", "Niemcy"), ("Włoszech", "Włochy"), ("Stanach Zjednoczonych", "Stany Zjednoczone"),
                   ("Bordeaux", "Bordeaux"), ("Hanowerze", "Hanower"), ("Tarnowskich Górach", "Tarnowskie Góry")]
    for f, n in spot_places:
        if n not in form2place.get(f, ()):
            errors.append("spot check: %s -> %s failed (%s)" % (f, n, sorted(form2place.get(f, ()))))
    spot_names = [("Marcina", "Marcin"), ("Jadwigi", "Jadwiga"), ("Peterem", "Peter"),
                  ("Thierry'ego", "Thierry"), ("Ursuli", "Ursula"), ("Alicja", "Alicja"),
                  ("Krzysztof", "Krzysztof"), ("Sebastian", "Sebastian"), ("Teodora", "Teodora"),
                  ("Antonio", "Antonio"), ("Margrethe", "Margrethe")]
    for f, n in spot_names:
        if n not in form2name.get(f, ()):
            errors.append("spot check: %s -> %s failed (%s)" % (f, n, sorted(form2name.get(f, ()))))
    print("places: %d (%s)" % (len(places), ", ".join("%s %d" % kv for kv in sorted(kinds.items()))))
    print("first names: %d (%s)" % (len(names), ", ".join("%s %d" % kv for kv in sorted(genders.items()))))
    for e in errors:
        print("ERROR:", e)
    return not errors


# ----------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dump", default=DEFAULT_DUMP, help="PoliMorf dump (form, lemma, tags)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output directory (default: rules/)")
    ap.add_argument("--check", action="store_true", help="only validate the generated files")
    ap.add_argument("-v", "--verbose", action="store_true", help="list entries not resolved from the dump")
    args = ap.parse_args()
    if args.check:
        sys.exit(0 if check(args.out) else 1)

    places_src = os.path.join(HERE, "places_source.tsv")
    imported_src = os.path.join(HERE, "places_geonames.tsv")
    names_src = os.path.join(HERE, "first_names_source.txt")
    words = set()
    for src in (places_src, imported_src):
        for row in read_places(src):
            for t in row[0].replace("-", " ").split():
                words.add(t)
                words.add(t.lower())
        for row in read_places(src):
            for a in ([] if row[3] in ("", "-") else row[3].split("|")):
                if inflectable_alias(a):
                    words.add(a)
                elif polish_phrase_alias(a):
                    for t in a.split(" "):
                        words.add(t)
                        words.add(t.lower())
    for row in read_names(names_src):
        words.add(row[0])
    dump = Dump(args.dump, words)

    places, pstats, pprob = build_places(dump, places_src)
    hand = {r[0] for r in places}
    imported, istats, iprob = build_places(dump, imported_src)
    imported = [r for r in imported if r[0] not in hand and not duplicate_or_district(r[0], places)]
    names, nstats, nprob = build_names(dump, names_src)
    flags = screen_places(dump, places, imported, {r[0] for r in names})
    places = places + imported
    places, pstats["abbreviated_forms"] = add_abbreviated_forms(places)
    places, pstats["alias_forms"] = add_alias_forms(dump, places, {f for r in names for f in r[2]}, hand)
    for k, v in istats.items():
        pstats["imported_" + k] += v
    pprob += iprob
    for lst, what in ((places, "place"), (names, "name")):
        cnt = defaultdict(int)
        for r in lst:
            cnt[r[0]] += 1
        for n, c in sorted(cnt.items()):
            if c > 1:
                sys.exit("duplicate %s in source: %s" % (what, n))
    write_places(os.path.join(args.out, "places.tsv"), places, ambiguous_place_forms(dump, places), flags)
    write_names(os.path.join(args.out, "first_names.tsv"), names, ambiguous_names(dump, names))

    print("places:", dict(sorted(pstats.items())))
    print("names:", dict(sorted(nstats.items())))
    if args.verbose:
        for p in pprob + nprob:
            print("  ", p)
    else:
        print("%d place / %d name entries not fully from the dump (use -v)" % (len(pprob), len(nprob)))
    ok = check(args.out)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
