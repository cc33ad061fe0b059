"""Source addresses of corpus/twentyfourth (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    2300: "https://lcpr.pl/spotkanie-podsumowujace-misje-gospodarcza-do-barcelony/",
    2301: "https://barr.pl/aktualnosci/inauguracja-projektu-na-rzecz-internacjonalizacji-msp-i-promocji-gospodarczej-regionu/",
    2302: "https://www.prawo.pl/samorzad/wojewodztwa-beda-wspolpracowac-z-biznesem,93388.html",
    2303: "https://www.kowr.gov.pl/en/biuro-prasowe/aktualnosci/narodowa-wystawa-rolnicza-zakonczona",
    2304: "https://norda-biznes.info/norda-na-zwz-kig/",
    2305: "http://kamienna-gora.pl/news/article/samorzd-i-urzd/1/2543",
    2306: "https://gov.pl/web/kowr/polskie-stoisko-narodowe-na-targach-zywnosci-ekologicznej-biofach-2020-w-niemczech",
    2307: "https://www.kowr.gov.pl/index.php/en/biuro-prasowe/aktualnosci/polagra-food-2018",
    2308: "https://kig.pl/wizyta-delegacji-z-berlinskiej-izby-przemyslowo-handlowej-09-sierpnia-2019-r/",
    2309: "http://www.awt.org.pl/podpisanie-listu-intencyjnego-o-wspolpracy-przez-politechnike-poznanska-i-zachodnia-izbe-przemyslowo-handlowa/",
    2310: "http://b-borusewicz.pl/index.php/2008/01/28/marszalek-senatu-w-grupie-lotos-s-a/",
    2311: "https://partnerstwo-skawina.pl/wspolpraca-z-firmami-z-regionu-norfolk/",
    2312: "https://akadera.bialystok.pl/urzad-marszalkowski-ulatwi-podlaskim-firmom-szukanie-partnerow-biznesowych-na-zachodzie-europy/",
    2313: "https://pilaonline.pl/artykul/pilscy-przedsiebiorcy-n1122647",
    2314: "https://spiks.org.pl/misja-na-ukraine/",
    2315: "https://4lomza.pl/index.php/id=index/zalaczniki/foto/2005/b/bann/banner/index.php?wiad=53497",
    2316: "https://www.rp.pl/biznes/art43223981-trzy-dekady-budowy-niemiecko-polskiej-wspolpracy",
    2317: "http://20lat.pwsztar.edu.pl/announcement/porozumienie-wszystkich-malopolskich-pwszetow/",
    2318: "https://pcgacademia.pl/pl/aktualnosci/28-lumen-portal/523-pwsw-w-przemyslu-pod-patronatem-politechniki-rzeszowskiej.html",
    2319: "https://germany.trade.gov.pl/de/Aktuelles/169349,festliches-treffen-mit-vertretern-der-polnischen-und-deutschen-geschaftswelt-in-berlin.html",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
