"""Source addresses of corpus/eighteenth (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    1700: "http://anglistyka.pwsz.pl/aktualnosci-we/4043-jubileusz-10-lecia-lubuskiego-klastra-metalowego.html",
    1701: "http://lsse.eu/news-main/elektromobilnosc-szansa-dla-dolnego-slaska/",
    1702: "https://plastech.pl/wiadomosci/Bydgoski-Klaster-Przemyslowy-kladzie-nacisk-na-edukacje-13183",
    1703: "http://wielkopolska-region.pl/index.php?aid=12084159094806f6a54a0f4",
    1704: "https://www.gospodarkamorska.pl/porty-logistyka-polski-klaster-morski-kurs-na-innowacje-i-projekty-16313",
    1705: "http://klastermorski.com/?p=174",
    1706: "https://www.klasterlogtrans.pl/rada-krajowych-klastrow-kluczowych/",
    1707: "https://magazynprzemyslowy.pl/artykuly/nowe-wladze-w-bydgoskim-klastrze-przemyslowym",
    1708: "https://motofaktor.pl/klub-pgm-2024-o-przyszlosci-branzy-motoryzacyjnej",
    1709: "https://aerosilesia.eu/news/tydzien-latania-w-miescie-nauki-27-maja-2-czerwca-2024-r-,380.html",
    1710: "https://powiatdzialdowski.pl/juz-wkrotce-powstanie-dzialdowski-klaster-energii/",
    1711: "http://zielonachemia.eu/posiedzenie-parlamentarnego-zespolu-ds-polityki-klastrowej-sejm-rzeczypospolitej-polskiej/",
    1712: "http://euroregion-snb.pl/aktualnosci/1278/III_Spotkanie_Grupy_Inicjatywnej_Klastra_Turystyki_Historycznej",
    1713: "https://portal-informacyjny.com/slaskie-dni-lotnictwa-i-dronow/",
    1714: "http://klastertransplantologii.eu/aktualnosci/5-spotkanie-rady-slaskiego-klastra-transplantologii-szpiku.html",
    1715: "https://www.een.org.pl/component/content/article/74561:delegacja-parp-spotkala-sie-z-przedstawicielami-klastrow-z-hiszpanii-francji-czech-i-niemiec",
    1716: "http://clusterworldcongress.com/pl/news/meeting-at-the-ministry-for-economic-affairs-and-energy-germany/",
    1717: "https://echodnia.eu/swietokrzyskie/minister-rozwoju-i-technologii-krzysztof-hetman-z-wizyta-w-targach-kielce-spotkal-sie-z-przedsiebiorcami-zrzeszonymi-w-forum/ar/c3-18405453",
    1718: "https://www.ipeek.eco/pracovne_stretnutie_gdansk/",
    1719: "https://cluster.polessu.by/node/111",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
