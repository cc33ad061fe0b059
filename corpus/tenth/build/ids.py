"""Source addresses of corpus/tenth (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    900: "https://klaster.bydgoszcz.pl/europejska-konferencja-klastrow/",
    901: "https://ekb.org.pl/ekb/dziesiata-jubileuszowa-edycja-europejskiego-kongresu-gospodarczego-w-katowicach-14-16-maja-2018-r",
    902: "https://umwp.podkarpackie.pl/index.php/promocja/promocja-gospodarcza/aktualnosci/5048-relacja-z-wydarzenia-targi-aerospace-meetings-lisboa-2017",
    903: "https://meblarstwo24.pl/kalejdoskop/targi-meblowe-w-poznaniu-jednak-w-lutym/",
    904: "https://expressbiznesu.pl/2018/11/09/polska-biala-plama-na-wodorowej-mapie-europy/",
    905: "https://klasterwodorowy.pl/ii-polska-konferencja-nt-energii-wodorowej-i-technologii-pchet,52,pl",
    906: "https://drg.pomorskie.eu/2022/05/06/spotkanie-wodorowe/?doing_wp_cron=1653383536.2602069377899169921875",
    907: "https://innowacyjna.malopolska.pl/piate-spotkanie-malopolskiej-regionalnej-grupy-ds-rozwoju-technologii-wodorowych/",
    908: "https://archiwalne.radio.rzeszow.pl/wiadomosci/2447/marek-bujny-aerospace-defense-meetings-to-ogromna-szansa-dla-podkarpacia",
    909: "https://www.gruparmf.pl/wschodnie-forum-gospodarcze-lub-invest,article,567.html",
    910: "https://lsse.eu/przedsiebiorczosc-ukrainska-w-polsce-i-perspektywy-wspolpracy-prawie-rok-od-wybuchu-wojny/",
    911: "https://www.radiopik.pl/2,127699,maraton-programowania-przez-cala-dobe-po-8-bydgoskim-hackathonie-w-mlynach-rothera",
    912: "https://www.rmf24.pl/fakty/polska/news-w-katowicach-ruszyl-trzydniowy-13-europejski-kongres-gospoda,nId,5493849",
    913: "https://przeglad-gastronomiczny.pl/?p=5389",
    914: "http://www.dziennikwschodni.pl/lublin/zasmakuj-lubelskiej-konferencji-lck-uroczyscie-otwarte,n,1000186810.html",
    915: "https://pulawy24.pl/przedstawiciele-klastrow-wizyta-ppnt/",
    916: "https://greenevo.gov.pl/pl/konsultacje-w-sprawie-wspolpracy-gospodarczej-w-ramach-klastra-polsko-kazachskiego/",
    917: "http://adamska.pl/tag/magazynowanie-energii-elektrycznej/",
    918: "https://www.khkmsk.cz/setkani-polskych-a-ceskych-podnikatelu-z-prihranicnich-regionu-podporilo-vzajemnou-spolupraci/",
    919: "http://www.man.poznan.pl/online/en/articles/1132/Resultful_meetings_at_EUConsortia.html",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
