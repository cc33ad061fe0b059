"""Source addresses of corpus/twelfth (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    1100: "https://ppnt.poznan.pl/zainaugurowalismy-dzialanie-zespolu-inkubatorow-wysokich-technologii",
    1101: "https://gminachojnice.pl/dla-mieszkanca/czyste-powietrze/item/13286-gala-vi-europejskiego-kongresu-samorzadow",
    1102: "https://powiat-chrzanowski.pl/aktualnosci/2012-04-06-konkurs-przedsiebiorca-roku-rozstrzygniety.html",
    1103: "http://gazeta.myslenice.pl/dukat-dla-burmistrza-myslenic",
    1104: "https://eskawina.pl/2024/05/30/krzysztof-kleczar-wojewoda-malopolski-wreczyl-odznaczenia-przedsiebiorcom-na-zebraniu-podkrakowskiej-izby-gospodarczej/",
    1105: "https://uniwersytetkaliski.edu.pl/wizyta-studyjna-w-technical-university-of-munich/",
    1106: "https://regiony.rp.pl/z-regionow/art43449441-rekordowa-frekwencja-forum-samorzadowego-w-zakopanem",
    1107: "https://www.polsatnews.pl/wiadomosc/2023-09-18/zakonczylo-sie-forum-ekonomiczne-nowe-wartosci-starego-kontynentu-europa-u-progu-zmian/",
    1108: "http://www.us.edu.pl/powstanie-klaster-centrum-innowacji-technologicznych",
    1109: "https://podlaski.info/2023/06/23/najwieksze-wydarzenie-gospodarcze-polnocnej-polski/",
    1110: "http://www.awt.org.pl/t-iii6/",
    1111: "http://zielonachemia.eu/spotkanie-krajowych-klastrow-kluczowych-ministerstwie-rozwoju/",
    1112: "https://plus.nowiny24.pl/laureaci-konkursu-marka-slaskie-spotkali-sie-na-gali-w-gliwicach/ar/c3-13460647",
    1113: "http://lke.fundacja.lublin.pl/pl/2021/08/24/spotkanie-robocze-partnerow-lubelskiego-klastra-ekoenergetycznego-12/",
    1114: "https://www.lubelskie.pl/aktualnosci/dyplomatyczne-otwarcie-roku-za-nami/",
    1115: "https://kig.pl/relacja-obchody-195-rocznicy-niepodleglosci-krajow-ameryki-centralnej-w-kig/",
    1116: "https://pol-ge.com/2018/10/18/6-listopada-odbyla-sie-konferencja-biznesowa-organizowana-przez-polska-agencje-inwestycji-i-handlu-polskie-organizacje-biznesowe-na-swiecie-jak-wykorzystac-potencjal-istniejacych-struktur-3/",
    1117: "https://pbih.com.pl/spotkanie-prezesa-polsko-bulgarskiej-izby-handlowej-z-ambasadorem-rzeczpospolitej-polskiej-w-bulgarii-ktore-odbylo-sie-w-ambasadzie-rp-w-sofii-w-dniu-04-02-2020-r/",
    1118: "https://www.baden-wuerttemberg.de/de/service/presse/pressemitteilung/pid/cluster-initiativen-aus-30-laendern-zu-gast/",
    1119: "https://www.inovujme.sk/sk/clanok/prva-narodna-klastrova-konferencia-na-slovensku-sa-uskutocni-29-marca-v-kosiciach",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
