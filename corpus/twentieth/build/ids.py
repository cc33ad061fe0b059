"""Source addresses of corpus/twentieth (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    1900: "https://bielsko.biz/7,3013,-foto-regionalna-gala-nagrod-orly-wprost-poznajcie-laureatow,artykul,artykul.html",
    1901: "https://archiwum.koscielec.ug.gov.pl/wielka-gala-30-lat-wolnosci-rp/",
    1902: "https://www.epodkarpacie.com/podsumowanie-gali-biznesu-2023-w-podkarpackim-centrum-wystawienniczo-kongresowym/",
    1903: "https://pcinn.org/aktualnosci-pci/237",
    1904: "https://zw.lt/gospodarka/pierwszy-business-mixer-polsko-litewskiej-izby-handlowej/",
    1905: "https://polfair.pl/krajowa-izba-gospodarcza-i-jej-czlonkowie-goscmi-pipt-i-mtp/",
    1906: "https://www.klasterpolskanatura.pl/parp-o-wsparciu-klastrow-w-polsce/",
    1907: "https://leliwa.pl/region-rzeszowska-agencja-rozwoju-regionalnego-ma-25-lat/",
    1908: "https://kpfr.pl/konferencja-otwierajaca-projekt-regiogmina/",
    1909: "http://aglomeracjarzeszowska.pl/aktualnosci/konferencja-zamykajaca-projekt-,18,wpis.html",
    1910: "https://krajowaizbatargowa.com/walne-zgromadzenie-czlonkow-krajowej-izby-targowej/",
    1911: "http://www.darr.pl/pl/informacje-dla-akcjonariuszy/8-aktualnosci/605-Seminarium%20nt.%20roli%20agencji%20rozwoju%20regionalnego%20w%20kontek%C5%9Bcie%20KSRR.html",
    1912: "https://www.infoserwis.uz.zgora.pl/index.php?konferencja-kanclerzy-i-kwestorow-polskich-uczelni-technicznych-na-uz-rozpoczeta",
    1913: "https://gov.pl/web/uw-lodzki/msz-o-dzialalnosci-z-polskimi-firmami-za-granica",
    1914: "https://www.podkarpackie.pl/index.php/promocja/promocja-gospodarcza/aktualnosci/7357-relacja-z-wydarzenia-wojewodztwo-podkarpackie-na-dyplomatycznym-otwarciu-roku-2020",
    1915: "https://inceptum.org.pl/2022/07/01/pierwsze-forum-dialogu-administracji-publicznej-z-biznesem/",
    1916: "http://wgminiepoczesna.pl/index.php/ii-lokalne-forum-biznesu/",
    1917: "https://www.zyciepw.pl/iii-kongres-forum-gospodarczego-powiatu-wolominskiego-nami",
    1918: "https://www.zabki24.pl/2016/02/stawiamy-na-rozwoj-forum-gospodarcze-powiatu-wolominskiego-w-zielonce/",
    1919: "https://sejmikgospodarczy.org/forum-gospodarcze-powiatu-legionowskiego/",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
