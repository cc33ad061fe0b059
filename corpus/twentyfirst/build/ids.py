"""Source addresses of corpus/twentyfirst (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    2000: "http://invest.lubelskie.pl/pl/aktualnosc/wizyta-delegacji-z-wojewodztwa-lubelskiego-w-bawarii",
    2001: "https://nowykamieniarz.pl/zakonczyly_sie_targi_expostone_w_moskwie,news-1780",
    2002: "https://janczyk.pl/pl/1879/15197/sadeczanie-w-reichstagu.html",
    2003: "https://infowieliczka.pl/podsumowanie-forum-przedsiebiorcow-powiatu-wielickiego-ktore-odbylo-sie-w-hotelu-soray/",
    2004: "https://tvn24.pl/biznes/z-kraju/polska-prezentuje-sie-w-mediolanie-ra576929-ls4463438",
    2005: "http://klasterip.pl/i-kongres-przedsiebiorczosci-komitetu-rozwoju-zaglebia",
    2006: "https://www.epodkarpacie.com/wyroznione-podkarpackie/",
    2007: "https://pcgacademia.pl/wydarzenia/konferencje/lumen/konferencja-lumen-2023/",
    2008: "https://ptzi.pl/iii-konferencja-wspolpraca-nauki-i-biznesu-w-inzynierii-produkcji-2/",
    2009: "https://wsiz.edu.pl/?p=109193",
    2010: "http://paiwg.org/article/spotkanie-informacyjne-polskie-firmy-w-austrii",
    2011: "https://wiadomosci.wp.pl/kwasniewski-wzmoc-polsko-austriacka-wspolprace-6109052469686913a",
    2012: "https://slaskie.pl/content/314_2001-11-19?page=1014&t=fundusze-europejskie",
    2013: "https://m.bialystokonline.pl/wschodni-kongres-gospodarczy-beda-dyskusje-o-tym-co-najwazniejsze-dla-firm-i-mieszkancow,artykul,99861,4,1.html",
    2014: "http://rynekinwestycji.pl/forum-laczy-i-nabiera-rozmachu/",
    2015: "https://www.archiwum.cieszyn.pl/?iArticle=8564&p=articlesShow",
    2016: "https://strzal.pl/jedenaste-wydanie-enforce-tac",
    2017: "https://ckinfo.pl/o-wspolpracy-na-pograniczu",
    2018: "http://radio.opole.pl/103,95345,gospodarka&dtx=&szukaj=&go=morelist&s=13",
    2019: "https://polandtastesgood.pl/de/aktuelles/polnischer-nationalstand-auf-der-messe-anuga-2023-in-koeln",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
