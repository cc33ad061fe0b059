"""Source addresses of corpus/sixteenth (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    1500: "https://wsiz.rzeszow.pl/aktualnosci/uzdrowiska-zrodlem-rozwoju-polski-wschodniej/",
    1501: "http://www.powiat.tuchola.pl/news/powiat-tucholski-na-konferencji-%E2%80%9Eklastry-sposobem-na-odnowienie-gospodarki-europejskiej%E2%80%9D-",
    1502: "https://elektrotrendy.pl/hong-kong-guangdong-business-conference-in-warsaw-2011",
    1503: "https://serafina.pl/archive/wielka-gala-liderow-polskiego-biznesu-2013/",
    1504: "http://poligen.pl/aktualnosci/powstalo-forum-klastrow-podkarpacia/98",
    1505: "http://kgm.kig.pl/portfolio-item/przedstawiciele-polskiego-zaglebia-produkcji-kotlow-na-ukrainie/",
    1506: "https://polskieradio24.pl/42/3146/Artykul/1502427,xviii-swiatowa-konferencja-gospodarcza-polonii-w-warszawie",
    1507: "https://archiwumbip.mazovia.pl/z-regionu/art,1896,smaki-natury.html",
    1508: "https://whc.ifps.org.pl/2016/06/nowoczesne-technologie-medyczne-tematem-kongresu-innowacyjnej-gospodarki/",
    1509: "https://www.iung.pl/2017/04/11/konferencja-pt-jak-wykorzysta-lokalny-potencja-i-osign-niezaleno-energetyczn-gminy/",
    1510: "https://nowoczesnanarzedziownia.pl/pl/szczegoly/zasady-udzialu",
    1511: "http://gospodarkapodkarpacka.pl/news/view/3544/podkarpackie-regionalia-w-agrohurcie-dzis-drugi-dzien",
    1512: "http://korona.lt/index.php?option=com_content&view=article&id=205",
    1513: "http://blog-polonia.pl/forum-ekonomiczne-w-karpaczu-2020-relacja/",
    1514: "https://www.grupa-amber.com/ii-kongres-dialog-o-gospodarce/",
    1515: "https://sinocham.pl/minione-wydarzenia/wizyta-firm-cz%C5%82onkowskich-sinocham-w-wojew%C3%B3dztwie-ma%C5%82opolskim",
    1516: "https://klaster.bydgoszcz.pl/10-kongresu-klastrow-polskich/",
    1517: "https://pchrb.pl/wizyta-huaibei/",
    1518: "https://www.greentech-project.eu/visit-in-poland-full-of-inspirations-and-business-international-contacts",
    1519: "http://www.smartfoodcluster.com/naujienos/",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
