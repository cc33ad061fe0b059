"""Source addresses of corpus/seventeenth (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    1600: "https://forsal.pl/biznes/aktualnosci/wideo/10570007,dolny-slask-rozwija-sie-dzieki-msp-marszalek-wojewodztwa-wspieramy-lokalny-biznes.html",
    1601: "https://bielskobiala.wyborcza.pl/bielskobiala/7,88025,25772191,w-weekend-maja-sie-odbyc-duze-targi-w-bielsku-bialej-organizator.html?disableRedirects=true",
    1602: "https://kobieta.co.pl/rekordowe-targi-sadownictwa-i-warzywnictwa-w-kielcach-37098928.html",
    1603: "http://oig.opole.pl/spotkanie-oplatkowe-opolskiej-izby-gospodarczej/",
    1604: "http://publiczni.pl/opolskie-na-targach-contact-i-forum-przedsiebiorcow-w-luksemburgu/",
    1605: "https://www.klasterlogtrans.pl/2019/09/",
    1606: "https://www.wzielonej.pl/informacje/region/podsumowanie-expo-w-dubaju-to-nie-byla-wycieczka/",
    1607: "https://www.radiopik.pl/5,132757,biznes&dtx=&szukaj=&s=63",
    1608: "https://globenergia.pl/20-21-11-2012-bialystok-kongres-polski-wschodniej/",
    1609: "https://www.polskijubiler.pl/artykul/7084/rekord-frekwencyjny-na-targach-gdanskich.html",
    1610: "https://17funduszy.pl/?p=9115",
    1611: "https://pawelmachalski.pl/2019/09/30/v-ogolnopolski-szczyt-gospodarczy-w-siedlcach/",
    1612: "https://www.igcp.pl/aktualnosci/europejskie-forum-gospodarcze/",
    1613: "http://biznes.gazetaprawna.pl/artykuly/1123498,partnerstwo-moze-pomoc.html",
    1614: "https://wszczecinie.pl/index.php/leszek-balcerowicz-na-baltic-economic-congress-musimy-zatrzymac-powodz-populizmu/49259",
    1615: "https://www.lublin.uw.gov.pl/aktualnosci/forum-gospodarcze-polska-%E2%80%93-ukraina-w-che%C5%82mie",
    1616: "http://pgnig.pl/energetyka-na-pograniczu",
    1617: "http://www.dabrowatar.pl/dabrowa-tarnowska-waznym-partnerem-forum-gospodarczego-polonii-swiata/",
    1618: "http://nca.klastr-portal.cz/cs/klastry-ze-zemi-visegradu-v-gliwicich",
    1619: "http://www.logistik-mitteldeutschland.de/netzwerken-beim-24-polnisch-deutsch-tschechischen-kooperationsforum/",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
