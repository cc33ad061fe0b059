"""Source addresses of corpus/twentythird (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    2200: "https://ekonawyki.pl/aktualnosci/relacja-z-konferencji/",
    2201: "https://kurekmazurski.pl/targi-nad-kalwa-2016091355989",
    2202: "http://izbapg.pl/posiedzenie-podlaskiego-forum-gospodarczego/",
    2203: "https://igww.pl/aktualnosci/spotkanie-prezesow-koninskiej-izby-gospodarczej-2",
    2204: "https://kurierwilenski.lt/2012/05/24/przedstawiciele-samorzadu-wzieli-udzial-w-forum-gospodarczym-w-ostrodzie/",
    2205: "https://radioolsztyn.pl/miedzynarodowe-forum-gospodarcze/0146300",
    2206: "https://zebrra.tv/wydarzenia/2019/11/14/wloska-delegacja-z-branzy-metalowej-odwiedzila-radomskie-firmy",
    2207: "https://zielonachemia.eu/clusters-meet-regions-milan-italy/",
    2208: "https://klaster.it/?p=28801",
    2209: "https://firma.rp.pl/expo/art39914251-w-emiratach-powstala-polska-rada-biznesu",
    2210: "http://www.businessmantoday.us/pl/g2a-arena-trzy-lata-wspolpracy-samorzadu-z-biznesem-kamil-szymanski/",
    2211: "http://skkp.org.pl/archiwum?lang=pl",
    2212: "https://poligrafika.pl/artykuly/ifraexpo-2005-d-znow-w-lipsku/",
    2213: "http://kurierwilenski.lt/2018/04/23/w-wilnie-odbedzie-sie-pierwsze-polsko-litewskie-forum-ekonomiczne/",
    2214: "https://kurierwilenski.lt/2018/02/23/konferencja-rady-gospodarczej-strefy-wolnego-slowa-z-polskimi-przedsiebiorcami-w-wilnie/",
    2215: "https://kurierwilenski.lt/2020/02/19/przedsiebiorcy-polski-i-litwy-chca-sie-spotykac/?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+KurierWilenski+%28Kurier+Wile%C5%84ski%29",
    2216: "https://rp.pl/dane-gospodarcze/art3084751-pierwszy-polsko-litewski-weekend-biznesowy-w-wilnie",
    2217: "http://www.powiatwolsztyn.pl/archiwum/wpisy_4380_66.html",
    2218: "https://kig.pl/relacja-wizyta-klubu-radcow-handlowych-na-dolnym-slasku-9-11-grudnia-2019-r/",
    2219: "http://whyeasternpoland.eu/en/news/news-501/news-502/study-visit-of-journalists-to-swietokrzyskie-and-lubelskie-voivodeships",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
