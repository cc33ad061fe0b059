"""Source addresses of corpus/ninth (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    800: "https://eprd.pl/dzialania-na-rzecz-tworzenia-kieleckiego-klastra-branzowego-spotkanie-drugie/",
    801: "https://www.swietokrzyskie.pro/konferencja-qklastry-na-slasku-mozliwosci-rozwoju-i-najlepsze-praktykiq",
    802: "http://amber.com.pl/aktualnosci/92-wydarzenia/1201-gdanska-delta-bursztynu-mission-possible",
    803: "https://www.klasterlogtrans.pl/2019/06/12/",
    804: "http://klasterip.pl/wizyta-studyjna-polskich-klastrow-w-islandii/?lang=pl",
    805: "http://metalklaster.pl/pl/aktualnosci/35/klaster-obrobki-metali-w-lucku-na-ukrainie/",
    806: "https://www.pwsz-ns.edu.pl/uczelnia/o-uczelni/wydarzenia/708-spotkanie-klastra-aktywnej-turystyki-dnia-30-10-2015-r",
    807: "http://forsal.pl/artykuly/1036429,klastry-firm-branzy-metalowej-z-podlaskiego-i-brandenburgii-beda-wspolpracowac.html,komentarze-najnowsze,1",
    808: "https://podhalanska.pl/spotkanie-w-celu-stowrzenia-klastra-energetycznego/",
    809: "https://lke.fundacja.lublin.pl/pl/2017/10/24/warsztaty-klastry-i-sieci-wspolpracy-clusters3/",
    810: "https://uwb.edu.pl/nowosci/aktualnosci/zdarzylo-sie-jutro-konferencja-klastra-infotech-na-uniwersytecie-w-bialymstoku/a999230d",
    811: "http://klastermorski.com.pl/?p=7447",
    812: "http://euroregion-snb.pl/aktualnosci/1251/Spotkanie_robocze_partnerow_projektu_EuRegioNet_we_Frankfurcie_nad_Odra_dot_sieci_i_klastrow",
    813: "https://archiwum.klasterodpadowy.com/konferencja-potencjal-klastrow-w-polsce-i-wspolpraca-polsko-norweska/",
    814: "https://www.klasterlogtrans.pl/2021/12/",
    815: "https://slaskie.pl/content/wspolpraca-na-granicy",
    816: "https://kompozyty.net/malopolskie-klastry-otwieraja-droge-do-wspolpracy-z-ukraina/",
    817: "https://akadera.bialystok.pl/politechnika-bialostocka-w-listopadzie-miedzynarodowa-konferencja-laczaca-nauke-z-biznesem/",
    818: "https://krr.sk/zasadnutie-valneho-zhromazdenia-kcr-zs/",
    819: "https://www.clusterportal-bw.de/index.php?cHash=a72993780617241bd79743d96df29171&id=32&tx_news_pi1%5Bnews%5D=1028",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
