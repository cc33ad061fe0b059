"""Source addresses of corpus/fourteenth (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    1300: "https://podkarpackie.pl/index.php/promocja/promocja-gospodarcza/aktualnosci/6938-kongres-bwl-po-raz-szosty",
    1301: "https://slowopolskie.online/kongres-60-milionow-w-wojewodztwie-podkarpackim",
    1302: "https://plus.pomorska.pl/goscilismy-900-osob-dziekujemy/ar/c3-12710554",
    1303: "https://portalobronny.se.pl/wideo/gazety-w-rosji-i-usa-pisaly-o-pierwszych-targach-zbrojeniowych-w-kielcach-mspo-ma-juz-31-lat-aa-1rAd-jxF1-BRhp.html",
    1304: "https://razemdlarozwoju.eu/wizyty-w-aglomeracji-opolskiej/",
    1305: "https://dwutygodniksuwalski.pl/forum-biznesowe-pogranicza-8",
    1306: "https://elblag.eu/index.php/168-miasto/2825-trwa-iv-forum-gospodarcze-rynkow-batyckich-i-wschodnich",
    1307: "http://www.archiwumpowiat.suwalski.pl/drukuj.php?ad=2146",
    1308: "https://rzg.pl/435777/xx-edycja-konferencji-energetyka-przygraniczna-swiat-energii-jutra/amp",
    1309: "https://natemat.pl/blogi/krzysztofprzybyl/320823,welconomy-w-toruniu-warto-bylo-poczekac",
    1310: "http://lfp.biz.pl/component/content/article/126-spotkanie-z-ukrainskaa-przedsiebiorczoscia?catid=2&Itemid=101",
    1311: "https://invest.lubaczow.pl/polsko-wschodnia-konferencja-puig-lub-invest-w-lublinie/",
    1312: "https://kig.kolobrzeg.pl/2019/06/24/xxi-konferencja-gospodarcza-polonii/",
    1313: "https://www.pwsz-ns.edu.pl/uczelnia/o-uczelni/aktualnosci/4417-konferencja-sadecczyzna-w-perspektywie-finansowej",
    1314: "http://www.forum-ekonomiczne.pl/podsumowanie-dyskusji-w-trakcie-trzeciej-edycji-salonu-przemyslu-turystycznego/",
    1315: "https://radioszczecin.pl/1,457807",
    1316: "http://lsse.eu/news-dkl/dolnoslaskie-forum-klastrow/",
    1317: "https://intersilesia.eu/wyjazd-studyjny-do-lwowa/",
    1318: "http://www.mzv.cz/cesko-polske_forum/cz/podpora_projektu/setkani_podnikatelu_ceske_republiky_a.html",
    1319: "https://cluster.polessu.by/node/83",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
