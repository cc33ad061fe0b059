"""Source addresses of corpus/twentysixth (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    2500: "https://archiwalne.radio.rzeszow.pl/wiadomosci/9527/jutro-miedzynarodowa-konferencja-europa-karpat-w-przemyslu",
    2501: "https://przemyslprzyszlosci.gov.pl/forum-gospodarcze-ostroleka-2023/",
    2502: "http://www.inkubatorkoscierzyna.com.pl/Galeria/pomorski-dzien-przedsiebiorczosci-pgalery-30.html",
    2503: "https://kurierwilenski.lt/2019/09/03/w-krynicy-rozpoczelo-sie-polskie-davos/",
    2504: "https://dziennikzachodni.pl/targi-globalnie-2014-miedzynarodowe-targi-turystyki-potrawaja-do-niedzieli/ar/3382319",
    2505: "https://bomega.pl/?p=11255170",
    2506: "http://archiwum2000.tripod.com/506/agroba.html",
    2507: "https://lcpr.pl/trwa-misja-gospodarcza-lubuskich-przedsiebiorcow-do-grecji-krety/",
    2508: "https://greendeal2021.pl/pl/wytyczne/",
    2509: "https://www.portel.pl/spoleczenstwo/aaaa-zatrudnie/133987",
    2510: "https://www.radiopik.pl/2,132634,region&dtx=&szukaj=&s=92",
    2511: "https://radioszczecin.pl/1,445559",
    2512: "https://www.kronikatygodnia.pl/artykul/15405,40-tys-widzow-na-wystawie-w-sitnie",
    2513: "https://gazeta.choroszcz.pl/index.php/nggallery/slideshow?p=10096",
    2514: "https://plus.pomorska.pl/z-sypniewa-wyjechali-z-kwiatami-i-dobrymi-humorami/ar/9914409",
    2515: "http://pogorzedynowskie.pl/aktualnosc/103/relacja-z-xiii-konferencji-naukowo-technicznej-quotblekitny-sanquot.html",
    2516: "https://ukr.media/politics/291059/?amp=1",
    2517: "http://www.biznes-plus.pl/kongres/",
    2518: "https://klaster.it/2022/06/zwyczajne-walne-zgromadzenie-czlonkow-stowarzyszenia-klaster-ict-pomorze-zachodnie/",
    2519: "https://pajeczno.pl/aktualnosci/n,303523,wiosenna-edycja-targow-konskich-relacja.html",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
