"""Source addresses of corpus/twentyfifth (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    2400: "http://www.miasta.pl/aktualnosci/szczyt-dyplomacji-samorzadowej-i-ekonomicznej",
    2401: "https://www.farmer.pl/technika-rolnicza/maszyny-rolnicze/wraca-mozliwosc-organizowania-targow-i-wystaw-we-wrzesniu-agro-show,107819.html",
    2402: "https://offgrodniczka.blogspot.com/2012/02/ogrodnicy-tez-sie-marcuja.html",
    2403: "https://www.swpw.eu/xx-kongres-stowarzyszenia-wspolpracy-polska-wschod/",
    2404: "https://cornea2018.icongress.pl/",
    2405: "https://pts.net.pl/event/xix-konferencja-naukowo-szkoleniowa-usmiech-dziecka-radosc-zycia/?event_date=2019-05-24",
    2406: "https://www.se.pl/wiadomosci/polska/kongresu-polska-moc-biznesu-ponad-50-wydarzen-wazne-tematy-i-ciekawi-goscie-aa-Ubo4-VjTp-6hbZ.html",
    2407: "https://portalpomorza.pl/artykul/15616,odwiedz-stare-pole-w-ten-weekend",
    2408: "https://genealodzy.opole.pl/konferencja2023/program",
    2409: "https://prolibris.net.pl/kozzi-film-festiwal-2024-tworzy-sie-kolejna-festiwalowa-historia",
    2410: "https://psid2023.pl/2022/09/",
    2411: "https://businessinsider.com.pl/firmy/zarzadzanie/nowoczesny-wschod-czyli-europejski-tydzien-innowacji-w-lublinie/csg6zlh",
    2412: "https://www.wzielonej.pl/informacje/uczelnia/uz-wspolorganizatorem-pierwszego-lubuskiego-festiwalu-innowacji/",
    2413: "https://investinlubuskie.pl/2023/06/19/ii-lubuski-festiwal-innowacji-w-gorzowie-wlkp-mlodzi-innowatorzy-zapraszamy/",
    2414: "https://logistyka.rp.pl/trako/art39162351-udana-krysztalowa-edycja-trako",
    2415: "http://klasterip.pl/xxi-forum-gospodarcze-w-toruniu-zakonczone-sukcesem/?lang=pl",
    2416: "https://inwestycje.pl/konferencje/polska-uczynila-unie-europejska-silniejsza-i-bardziej-kompletna-za-nami-xvi-europejski-kongres-gospodarczy/",
    2417: "https://congress.lubelskie.pl/tag/lublin",
    2418: "https://przedsiebiorcy.eu/xxx-forum-ekonomiczne-zapowiedz/",
    2419: "https://wiadomosci.wp.pl/kowno-inauguracja-miedzynarodowych-targow-kowienskich-6109404081144961a",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
