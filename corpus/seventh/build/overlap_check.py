"""Checks corpus/seventh/raw against the earlier sets: by source address and by 60-character shingles."""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.abspath(os.path.join(HERE, "..", ".."))
SIXTH = "/work/wt-sixth/corpus/sixth"
URLS = {
    "600_konferencja-klastry-energii-globenergia": "https://globenergia.pl/klastry-to-nie-jest-panaceum-co-jeszcze-o-klastrach-mowi-sam-rzad/",
    "601_european-cluster-conference-praga-zielona-chemia": "https://zielonachemia.eu/2022-european-cluster-conference/",
    "602_forum-innowacji-adm-jasionka": "https://arch.podkarpackie.pl/index.php/start/aktualnosci/107-aktualnosci/6851-targi-a-dm-i-podkarpackie-forum-innowacji-rozpoczete",
    "603_dni-przemyslu-kosmicznego-rzeszow": "https://polsa.gov.pl/wydarzenia/dni-przemyslu-kosmicznego-rzeszow-2023-relacja/",
    "604_slaskie-dni-lotnictwa-chorzow": "https://pracodawcagodnyzaufania.pl/serwis-informacyjny-pgz/item/4647-%C5%9Bl%C4%85skie-dni-lotnictwa-i-dron%C3%B3w-po-raz-trzeci.html",
    "605_konferencja-klastrowa-parp-dolina-eko": "http://www.dolinaeko.pl/news/421,konferencja_klastrowa_parp",
    "606_cluster-world-congress-panel-lotniczy": "http://clusterworldcongress.com/pl/news/panel-lotniczy/",
    "607_ict-days-interizon-gdansk": "https://www.e-zlecenie.pl/spotkanie-klastrow-europejskich/",
    "608_wizyta-iasi-hub-club-ruda-slaska": "https://www.rudaslaska.pl/ruda-slaska/aktualnosci/do-rudy-slaskiej-po-dobre-praktyki",
    "609_konferencja-klaster-drzewny-kolbudy": "http://sitlid.gda.pl/a-moe-klaster-drzewny/",
    "610_zebranie-centrum-drewna-czarna-woda": "http://drewno40.pl/2016/09/",
    "611_klaster-metal-cast-starachowice": "https://odlewniepolskie.pl/gazeta-starachowicka-16-04-2012-nr-16-1035/",
    "612_konferencja-porozumienia-zielonogorskiego-krakow": "https://innowacyjnamedycyna.eu/konferencja-programowa-porozumienia-zielonogorskiego-krakow-2014/",
    "613_klaster-przemyslow-kreatywnych-gliwice": "https://kultura.onet.pl/wiadomosci/powstaje-klaster-przemyslow-kreatywnych-i-kulturalnych/qc52pwj",
    "614_konferencja-ekon-inret-krakow": "https://fundacja-arteria.org/creative-economy-w-praktyce-profesjonalizacja-sektora-kultury-i-przemyslow-kreatywnych/",
    "615_spotkanie-bssc-gdynia": "https://pulsarowy.pl/baltyckie-szanse-polski-ladowe-wiatrowe-i-kosmiczne/",
    "616_seminarium-klastry-turystyczne-przemysl": "https://www.pot.gov.pl/pl/archiwum/seminarium-warsztatowe-ministerstwa-sportu-i-turystyki-i-polskiej-organizacji-turystycznej",
    "617_gala-kkk-klaster-ltpp-warszawa": "https://www.klasterlogtrans.pl/2023/01/",
    "618_en-clusterfy-cluster-garden-warsaw": "https://www.interregeurope.eu/clusterfy/news/news-article/3730/clusterfy-cluster-garden-conference/",
    "619_de-internationale-clusterkonferenz-berlin": "https://www.clusterplattform.de/CLUSTER/Redaktion/DE/Kurzmeldungen/Aktuelles/2015/1_Quartal/20150211_bmbf_clusterkonferenz.html",
}
N = 60
def norm(t):
    return re.sub(r"\s+", " ", t).strip().lower()
def shingles(t):
    t = norm(t)
    return {t[i:i + N] for i in range(0, max(0, len(t) - N + 1))}
old_urls = set()
sources = [sf for sf in glob.glob(os.path.join(CORPUS, "*", "SOURCES.md"))
           if os.path.basename(os.path.dirname(sf)) != "seventh"]
sources += [os.path.join(CORPUS, "SOURCES.md"), os.path.join(SIXTH, "SOURCES.md")]
for sf in sources:
    if os.path.exists(sf):
        old_urls |= set(re.findall(r"https?://[^\s|)]+", open(sf, encoding="utf-8").read()))
def host_path(u):
    return re.sub(r"^https?://(www\.)?", "", u).rstrip("/").split("?")[0]
old_hp = {host_path(u) for u in old_urls}
old = {}
dirs = [os.path.join(CORPUS, d) for d in ("raw", "heldout/raw", "blind/raw", "final/raw", "fresh/raw")]
dirs.append(os.path.join(SIXTH, "raw"))
for d in dirs:
    for f in sorted(glob.glob(os.path.join(d, "*.txt"))):
        old[os.path.relpath(f, os.path.dirname(os.path.dirname(d)))] = shingles(open(f, encoding="utf-8").read())
new = sorted(glob.glob(os.path.join(HERE, "..", "raw", "*.txt")))
print(len(old_urls), "addresses in the earlier SOURCES.md;", len(old), "earlier raw files;", len(new), "seventh raw files")
bad = 0
for f in new:
    k = os.path.basename(f)[:-4]
    u = URLS[k]
    if u in old_urls or host_path(u) in old_hp:
        print("SAME ADDRESS", k, u); bad += 1
    s = shingles(open(f, encoding="utf-8").read())
    for o, os_ in old.items():
        common = s & os_
        if common:
            print("SHARED SHINGLES", k, o, len(common), "e.g.", repr(sorted(common)[0])); bad += 1
fs = {os.path.basename(f): shingles(open(f, encoding="utf-8").read()) for f in new}
names = sorted(fs)
for i, a in enumerate(names):
    for b in names[i + 1:]:
        c = fs[a] & fs[b]
        if c:
            print("SHARED WITHIN SEVENTH", a, b, len(c))
print("done;", bad, "findings")
