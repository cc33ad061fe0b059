"""Source addresses of corpus/twentysecond (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    2100: "http://www.eureka-tp.pl/pl/aktualnosci/2010/7_stycznia_2010_-_zebranie_rady_zachodniego_klastra_tworzyw_sztucznych_plastopolis_.html",
    2101: "http://www.eureka-tp.pl/pl/aktualnosci/2011/plastopolis_na_spotkaniu_zalozycielskim_klubu_technologa_ptc.html",
    2102: "https://www.pppt.pl/EN/Press/News/Pages/General-assembly-of-members-of-the-Mazovian-Chemical-Cluster.aspx",
    2103: "http://www.budowlanyklaster.pl/dziaania-klastra/spotkanie-rady-krajowych-klastrow-kluczowych-w-ministerstwie-rozwoju-,404.html",
    2104: "http://medcluster.pl/spotkanie-rady-klastrow/",
    2105: "http://klastermorski.com/?p=651",
    2106: "http://ww.port.szczecin.pl/pl/aktualnosci/spotkanie-klastra-morskiego/",
    2107: "https://klastermorski.org/o-nas/historia",
    2108: "https://klastermedyczny.org/podpisanie-porozumienia-powolania-klastra-z-dnia-15-10-2008-roku/",
    2109: "https://centrum.fm/2015/03",
    2110: "http://kigm.pl/2012/05/29/nowy-zarzad-pomorskiego-klastra-morza-baltyckiego-i-zlewiska-wisly/",
    2111: "https://pelixar.com/2019/05/13/europejski-kongres-gospodarczy/",
    2112: "https://www.bssc.pl/2019/04/23/zebranie-zarzadu-bssc-i-komisji-kosmicznej-pan-gdansk/",
    2113: "https://aktualnosciturystyczne.pl/produkt-turystyczny/powsta-batycki-klaster-przemysu-czasu-wolnego",
    2114: "http://izba.info/klastry-komisje-sad/zachodniopomorski-klaster-budowlany/aktualnosci?start=24",
    2115: "http://klastermebeldesign.pl/robocze-spotkanie-w-v-a-gallery/",
    2116: "http://medcluster.pl/en/meeting-of-the-members-medcluster/",
    2117: "http://archiwum2.czarna-woda.pl/www.czarna-woda.pl/spotkanie_pomorskiego_klastra_drzewnego_%26%238222czarna_woda%26%238221_projekt_badawczo_%26%238211_rozwojowy-2243/index.html",
    2118: "http://lesnakrainalgd.pl/aktualnosci/214/podpisano-list-intencyjny-w-sprawie-utworzenia-klastra!",
    2119: "http://klasterict.pl/strona-glowna/",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
