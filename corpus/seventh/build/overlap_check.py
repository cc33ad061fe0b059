"""Checks corpus/seventh/raw against the earlier sets (raw, heldout, blind, final, fresh, sixth): by source address and by 60-character shingles (corpus/goldkit.py)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import overlap_check

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

overlap_check(HERE, "seventh", URLS, ['raw', 'heldout', 'blind', 'final', 'fresh', 'sixth'])
