"""Source addresses of corpus/eighth (as the search tool gave them) and the document ids formed from them:
`7NN_` + the first 16 hex digits of the SHA-256 of the address (the `NNN_<16 hex>` form of corpus/raw)."""
import hashlib

URLS = {
    "700": "http://slaskiklasterwodny.pl/art-aktualnosci-154.html",
    "701": "https://tew.pl/index.php/pl/wiadomosci-na-osi-czasu/248-spotkanie-klastra-rzecznego-23-maja-2013-r",
    "702": "https://www.plastech.pl/wiadomosci/Spotkanie-Zachodniego-Klastra-Tworzyw-Sztucznych-Plastopolis-3871",
    "703": "http://www.terenyinwestycyjne.info/konferencje/gliwice-logistyka-przyszlosc-sprawozdanie-po-konferencji",
    "704": "https://klasterluxtorpeda.pl/walne-zgromadzenie-czlonkow-klastra",
    "705": "http://www.dabrowatar.pl/spotkanie-czlonkow-klastra-energii-energetyczne-powisle-2/",
    "706": "http://przemyslmody.pl/aktualno%C5%9Bci/iv-europejskie-forum-gospodarcze",
    "707": "http://www.klasterchemster.pl/piate-zwyczajne-zgromadzenie-czlonkow-klastra-chem-ster/",
    "708": "https://www.lodzkie.pl/component/k2/chiny-lodzkie-misja-gospdoarcza",
    "709": "http://laboratorium.elamed.pl/material%5B22862%5D",
    "710": "https://krakow.pl/aktualnosci/294531,32,komunikat,krakow_miejscem_debaty_o_innowacjach_w_naukach_o_zyciu_.html",
    "711": "https://medycyna.lublin.eu/2024/03/19/za-nami-gala-podsumowujaca-10-lecie-klastra-lubelska-medycyna/",
    "712": "http://www.infoklaster.com/konferencja-klastry-klucz-do-wspolnego-biznesu",
    "713": "https://smartcity-expert.eu/sytuacja-gospodarcza-z-perspektywy-polskich-samorzadow-komentarz-wlodarzy-miast-na-xvi-smart-city-forum/",
    "714": "http://silesia-innovatica.eu/pl/podsumowanie-kongresu-silesia-innovatica.html?PHPSESSID=f9d95b6cabed70658486248cc799c5f1",
    "715": "https://www.wug.gov.pl/o_nas/wiadomosci_wug/Konferencja-zamykajaca-transgraniczny-projekt-MineLife-Zycie-z-gornictwem/idn:3389",
    "716": "https://um.suwalki.pl/turysta/aktualnosci-4,4003/podroz-do-etnobajki,161307",
    "717": "https://space24.pl/przemysl/akt-zalozycielski-klastra-technologii-kosmicznych-porozumienie-dwudziestu-podmiotow",
    "718": "https://archiwum.targikielce.pl/en/news,1551,the-international-clusters-discuss-recycling-business-in-the-kielce-centre-during-plastpol-2019-trade-fair,29527.chtm",
    "719": "http://nca.klastr-portal.cz/cs/uvodni-konference-k-polsko-ceskemu-klastru-udrzitelneho-rozvoje-a-zdravotni-turistiky",
}


def doc_id(n):
    return "%s_%s" % (n, hashlib.sha256(URLS[n].encode()).hexdigest()[:16])


IDS = {n: doc_id(n) for n in URLS}
