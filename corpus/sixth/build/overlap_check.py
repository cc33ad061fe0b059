"""Checks corpus/sixth/raw against the earlier sets (raw, heldout, blind, final, fresh): by source address and by 60-character shingles (corpus/goldkit.py)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import overlap_check

URLS = {
    "500_ii-konferencja-dkl-legnica": "http://lsse.eu/news-dkl/ii-konferencja-stowarzyszenia-dolnoslaski-klaster-lotniczy/",
    "501_building-bridges-v4-bielsko": "https://raportcsr.pl/konferencja-organizacji-klastrowych-i-firm-z-branzy-lotniczej-krajow-grupy-wyszehradzkiej/",
    "502_rada-klastra-edukacji-cyfrowej-suwalki": "https://prportal.pl/2012/03/12/suwalki-waznym-osrodkiem-edukacji-cyfrowej/",
    "503_9-kongres-klastrow-evenea": "https://app.evenea.pl/event/885465-3/",
    "504_konferencja-klaster-energii-zbroslawice": "https://lesnakrainalgd.pl/projekty/4/klastry-energii",
    "505_konferencja-polski-klaster-morski-gdansk": "http://sedler.pl/aktualno/wsp1.htm",
    "506_zebranie-polski-klaster-morski-infomare": "https://www.infomare.pl/polski-klaster-morski-wybrano-zarzad-i-komisje-rewizyjna/",
    "507_grupa-kosmetyczna-mazowiecki-klaster-chemiczny": "https://pkik24.pl/wiadomosci/powstala-grupa-kosmetyczna-w-ramach-mazowieckiego-klastra-chemicznego?tmpl=component&print=1",
    "508_wschodni-klaster-budowlany-bialorus": "http://www.budowlanyklaster.pl/dziaania-klastra/polsko-bialoruskie-rozmowy-w-klastrach-i-o-klastrach-,425.html",
    "509_konferencja-klaster-budowlany-mazowsze": "http://klaster-razem.pl/konferencja-podsumowujaca-projekt-stworzenie-klastra-budowlanego-na-mazowszu/",
    "510_list-intencyjny-klastrow-motoryzacyjnych-jaworzno": "https://eaa-wsm.pl/index.php/2023/05/11/podpisanie-listu-intencyjnego-o-wspolpracy-klastrow-motoryzacyjnych/",
    "511_konferencja-klaster-miesny-warszawa": "https://www.portalspozywczy.pl/drukuj/28900.html",
    "512_seminarium-klaster-polska-natura-bledow": "https://www.klasterpolskanatura.pl/seminarium-w-bledowie/",
    "513_podkarpacki-klaster-rolno-spozywczy-onet": "https://rzeszow.onet.pl/podkarpacki-klaster-rolno-spozywczy-bedzie-inicjatywa-euroregionalna/esrv4",
    "514_tour-salon-poznan-kraina-trzech-rzek": "https://eoborniki.pl/sport/turystyka/1770-kraina-trzech-rzek-na-tour-salon-w-poznaniu.html",
    "515_tourtec-jelenia-gora": "https://www.jelonka.com/kolorowy-tourtec-2010-27467",
    "516_warsztaty-hub-club-klaster-ict": "http://hubclub.pl/pl/aktualnosci/kolejne-warsztaty-projektowe-slaskiego-klastra-ict-multimediow-hub-club",
    "517_targi-voyager-kielce": "https://swietokrzyskie.pro/?p=6444",
    "518_en-mazovian-cosmetics-meeting": "http://chemicalcluster.eu/news/first-meeting-of-the-mazovian-cosmetics-industry-project-erice/1/",
    "519_cs-konference-clustrat-brusel": "http://nca.cz/cs/konference-nove-klastrove-politiky-pro-region-stredni-evropa-v-ramci-projektu-clustrat",
}

overlap_check(HERE, "sixth", URLS, ['raw', 'heldout', 'blind', 'final', 'fresh'])
