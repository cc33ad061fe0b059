"""Source addresses of corpus/fifteenth (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    1400: "https://gpnt.pl/pl/aktualnosci/spotkanie-wiodacych-polskich-parkow-technologicznych-w-ppnt",
    1401: "https://powiat.malbork.pl/index.php?option=com_content&view=article&id=721:zgromadzenie-zalozycielskie-czlonkow-klastra-energetycznego-malbork-zulawy&catid=47&Itemid=209",
    1402: "https://bomega.pl/podpisano-list-intencyjny-w-celu-utworzenia-klastra-energii",
    1403: "https://app.evenea.pl/event/885465-2/",
    1404: "http://wschodniklaster.pl/udzial-w-spotkaniu-polskie-klastry-od-koordynacji-do-kooperacji/",
    1405: "https://radio.katowice.pl/zobacz,43315,Nagrody-Innowator-2019-wreczone.html",
    1406: "http://biznestuba.pl/featured/swieto-polskich-innowacji/",
    1407: "http://www.uwm.edu.pl/egazeta/polska-nagroda-innowacyjnosci-dla-uwm",
    1408: "https://laboratoryjnie.pl/2021/07/10/lukasiewicz-i-zwiazek-pracodawcow-klastry-polskie-beda-prowadzic-prace-badawczo-rozwojowe-na-rzecz-polskiego-przemyslu/",
    1409: "https://klastrypolskie.pl/news/obrady-zgromadzenia-ogolnego-oraz-posiedzenie-rady-klastrow,586.htm",
    1410: "https://zwrp.pl/pl/informacje/z-prac-zwiazku-wojewodztw-rp/item/25805-komunikat-po-posiedzeniu-komisji-ds-zywnosci-zwrp.html",
    1411: "https://policki.pl/xii-polickie-targi-gospodarcze-za-nami/print/",
    1412: "https://izbaprodukturegionalnego.org.pl/76-przygotowania-do-targow-branzy-spozywczej-tavola",
    1413: "https://www.gov.pl/web/ncbr/wiedza-wspolpraca-wzrost-beneficjenci-i-eksperci-ncbr-na-i-narodowym-kongresie-nauka-dla-biznesu",
    1414: "https://polfair.pl/polska-izba-przemyslu-targowego-20-lat-doswiadczen-i-sukcesow/",
    1415: "https://expressbiznesu.pl/2019/02/11/malbork-otwarcie-siedziby-klastra-energetycznego/",
    1416: "https://www.euwt-novum.eu/aktualnosc/spotkanie-grupy-roboczej-ds-wspolpracy-gospodarczej-38",
    1417: "https://imazowsza.eu/gala-nauki-polskiej/",
    1418: "https://www.pomerania.net/de/start/kurznachrichten.html?iccaldate=2019-11-1",
    1419: "https://www.siea.sk/v-bratislave-sa-stretli-zastupcovia-klastrov-zo-slovenska-a-zahranicia/",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
