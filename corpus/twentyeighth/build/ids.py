"""Source addresses of corpus/twentyeighth (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    2700: "http://swidniczka.com/news,single,init,article,5974",
    2701: "https://forumprzedsiebiorstw.pl/2133,regulamin?fontsize=bigger",
    2702: "http://naszczas2002.tripod.com/047/kowno.html",
    2703: "https://zrp.pl/iii-edycja-europejskiego-tygodnia-msp-rozpoczeta/",
    2704: "https://kongres590.pl/artykuly/aktualnosci/organizatorzy-potwierdzaja-nowa-date-kongresu-590-7-8-pazdziernika",
    2705: "https://gazetaolsztynska.pl/885997,VI-Kongres-Przyszlosci-Rozmawiamy-o-tym-jak-bedzie-wygladal-swiat.html",
    2706: "https://www.powiat-piotrkowski.pl/projekty-ze-srodkow-unijnych/za-nami-druga-edycja-miedzynarodowego-forum-gospodarczego-ziemi-piotrkowskiej",
    2707: "http://kng.org.pl/forum-gospodarcze",
    2708: "https://wiph.pl/bez-kategorii/miedzychodzkie-forum-gospodarcze-08-listopada-2019-r/",
    2709: "https://stalowowolski.pl/blog/2015/04/17/tlumy-na-targach-pracy/",
    2710: "http://targiplock.pl/index.php/o-targach/",
    2711: "https://nowe.wici.info/targi/w-srode-ogolnopolskie-targi-pracy-4257",
    2712: "https://businessinsider.com.pl/biznes/xi-europejski-kongres-samorzadow-2-3-marca-2026-mikolajki/7w923gj",
    2713: "https://zsech.edu.pl/targi-turystyczne",
    2714: "https://www.wnp.pl/finanse/wroclaw-od-piatku-miedzynarodowe-targi-turystyki-i-czasu-wolnego,374872.html",
    2715: "http://jig.jaw.pl/index.php/przedsiebiorcze-jaworzno/materialy-informacyjne",
    2716: "https://konferencjakrsg.uwb.edu.pl/index.php/terminy/",
    2717: "http://dzs.lubin.pl/17-edycja-programu-dzien-przedsiebiorczosci-w-formie-e-wizyt/",
    2718: "https://rpo.lodzkie.pl/wiadomosci/item/1694-zglos-swoj-projekt-do-konkursu-europejskie-nagrody-promocji-przedsiebiorczosci",
    2719: "http://ufck.univer.ck.ua/naukova-diialnist/maksmim/item/842-naukovets-cherkaskoho-natsionalnoho-vziala-uchast-u-mizhnarodnomu-forumi.html",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
