"""Source addresses of corpus/nineteenth (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    1800: "http://gieldazlomu.com.pl/show_news.php?id=456",
    1801: "https://rgib.org.pl/index.php?option=com_content&view=article&id=1596:przedstawiciele-rgib-na-ii-forum-inteligentnego-rozwoju&catid=1:nowoci&Itemid=103",
    1802: "https://naukawpolsce.pap.pl/aktualnosci/news%2C389939%2Crzeszow/-pod-koniec-maja-odbedzie-sie-iii-forum-innowacji.html",
    1803: "http://www.forum-ekonomiczne.pl/vi-forum-regionow/program/",
    1804: "https://gazeta.sgh.waw.pl/wspolpraca-z-otoczeniem/10-forum-gmin-na-5",
    1805: "https://www.umcs.pl/pl/aktualnosci,4622,iv-polski-kongres-przedsiebiorczosci-w-lublinie,42179.chtm",
    1806: "http://www.szejnfeld.pl/index.php/prasa/felietony/pila-na-stolice/",
    1807: "https://www.wnp.pl/rynki-zagraniczne/ponad-80-polskich-firm-wezmie-udzial-w-china-international-import-expo,333605_1_0_0.html",
    1808: "https://muzyka.rdc.pl:8443/aktualnosci/mazowsze/mazowieccy-przedsiebiorcy-na-targach-chiny-europa-srodkowo-wschodnia_qOnYlP6p2i5a2bHGgurT",
    1809: "https://doczz.pl/doc/3763110/sprawozdanie--og%C3%B3lnopolska-konferencja-naukowa-%E2%80%9Einnowacyjny",
    1810: "https://bhc.best.wroclaw.pl/",
    1811: "https://www.wydawnictwo.meble.pl/gfx/e-wydanie/biznes-meble-pl-2-2019/104/",
    1812: "https://mojmikolow.pl/i,liderzy-innowacji-2009,367076,483738.html",
    1813: "https://not.org.pl/aktualnosci/rozstrzygniecie-xii-edycji-konkursu-laur-innowacyjnosci-20222023?department=centrala",
    1814: "http://wgospodarce.pl/informacje/58592-polskie-meble-jada-kolonizowac-kolonie?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+wGospodarce+%28wGospodarce.pl%29",
    1815: "https://www.teraz-srodowisko.pl/aktualnosci/klastry-energii-sniadanie-ekspertow-3199.html",
    1816: "http://magazynpomorski.eu/pl/intermare-targi-bez-granic-i-barier",
    1817: "https://zrp.pl/wizyta-prezesa-centralnego-zwiazku-rzemiosla-niemieckiego-w-zrp/",
    1818: "https://www.unian.ua/lviv/554299-ekspert-nazvav-ekonomichniy-forum-malenkim-davosom.html",
    1819: "https://www.vz.lt/pramone/2022/04/29/ka-lietuvoje-nutare-europos-klasteriu-lyderiai",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
