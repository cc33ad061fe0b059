"""Source addresses of corpus/twentyseventh (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    2600: "http://ftp.sgh.waw.pl/gazeta/artykul.php?id=586",
    2601: "https://www.e-biurowce.pl/pl/info/newsy/1908/rozbudowany-gdanski-park-naukowo-technologiczny-juz-otwarty",
    2602: "https://technoparkgliwice.pl/20-lecie-dzialalnosci-parku-naukowo-technologiczny-technopark-gliwice-sp-z-o-o/",
    2603: "https://www.malopolska.pl/aktualnosci/biznes-i-gospodarka/delegacja-chinska-odwiedzila-malopolske",
    2604: "https://eafbe.org/pl/wizyta-delegacji-ningbo/",
    2605: "https://www.olsztyn24.com/news/24379-z-delegacja-z-chin-o-edukacji-i-biznesie.html",
    2606: "http://browaryregionalne.pl/2007/06/19/umowa-klastra-browarow-podpisana/",
    2607: "https://forsal.pl/gospodarka/aktualnosci/artykuly/8590615,kongres-590-prezydent-duda-uhonorowal-laureatow-nagrody-gospodarczej.html",
    2608: "https://edroga.pl/drogi-i-mosty/po-wielkiej-gali-polska-przedsiebiorczosc-270615468",
    2609: "https://nj24.pl/jacek-sutryk-wrecza-nagrody-na-gali-forum-ekonomicznego",
    2610: "https://scienceinpoland.pl/tag/klaster",
    2611: "http://www.dembny.pl/2019/05/pracujemy-z-klastrem-w-odzi.html",
    2612: "https://www.opolskie.pl/2018/05/opolanie-na-forum-biznesu-we-lwowie/",
    2613: "https://goleniow.net/2024/06/08/bbf-swinoujscie/",
    2614: "https://ida.pol.org.pl/xv-miedzynarodowego-forum-polsko-ukrainskie-dni-biznesu",
    2615: "http://europa.eu/rapid/press-release_IP-11-823_pl.htm",
    2616: "https://www.lubuskiklaster.pl/konferencja-euregionet/",
    2617: "https://www.umcs.pl/pl/aktualnosci,37,wspolpraca-badawczo-rozwojowa-z-wktir,17254.chtm",
    2618: "http://nca.cz/cs/setkani-partneru-projektu-clustrat-katowice",
    2619: "https://zielonachemia.eu/wizyta-nauka-biznes-na-zut/",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
