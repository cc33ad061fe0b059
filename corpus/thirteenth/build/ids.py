"""Source addresses of corpus/thirteenth (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    1200: "http://www.wiadomosci24.pl/artykul/polska_polityka_klastrowa_szanse_i_zagrozenia_267593.html",
    1201: "https://arrsa.pl/pl/klaster/aktualnosci/iv-posiedzenie-rady-klastra-energii-gmin-i-powiatu-cieszynskiego",
    1202: "https://pfrr.pl/delegacja-z-bialorusi-zdobywa-wiedze-klastry-na-podlasiu/",
    1203: "http://www.forum-przedsiebiorczosci.pl/relacja/",
    1204: "http://www.publikuj.org/35323.html",
    1205: "https://praca.plusydlabiznesu.pl/aktualnosci/7731/gala-wreczenie-nagrod-miedzynarodowe-targi-wynalazkow-i-innowacji-intarg-katowice",
    1206: "http://arch.przeglad-techniczny.pl/index.php?option=com_content&view=article&Itemid=44&id=1103",
    1207: "https://rig.katowice.pl/30-jubileuszowe-laury-umiejetnosci-i-kompetencji-rozdane/",
    1208: "https://akadera.bialystok.pl/ogloszono-laureatow-podlaskiej-marki-2021/",
    1209: "https://www.miasta.pl/aktualnosci/iii-edycja-kongresu-made-in-poland-berlin-2022",
    1210: "https://polfair.pl/podsumowanie-sesji-polskiej-izby-przemyslu-targowego-meetings-week-poland-2020/",
    1211: "https://perspektywy.pl/portal/index.php?option=com_content&view=article&id=2252:39-medali-dla-polskich-innowacji-na-swiatowej-wystawie-wynalazczosci&catid=105&Itemid=119",
    1212: "https://wsiz.rzeszow.pl/aktualnosci/innowacyjny-klaster-zdrowie-i-turystyka-uzdrowiska-perly-polski-wschodniej-podsumowanie-projektu/",
    1213: "https://www.ue.katowice.pl/jednostki/biuro-wspolpracy-z-gospodarka-i-absolwentami/aktualnosci/article/spotkanie-konsultacyjne-dotyczace-krajowych-klastrow-kluczowych.html",
    1214: "https://www.rp.pl/nauka/art43087041-festiwal-innowacji-w-rzeszowie-szansa-dla-mlodych-i-dla-biznesu",
    1215: "http://enot.pl/aktualnosci/item/622-brussels-innova-2010",
    1216: "https://kontakt.doba.pl/dkl/artykul/laureaci-i-nominowani-jaskry-wreczone-/19835/13",
    1217: "http://podlaskiklubbiznesu.pl/index.php/11-04-2011-r-spotkanie-w-sprawie-klastra/",
    1218: "http://www.clusterexcellence.org/news/2017/3/1/podkarpacka-cluster-academy",
    1219: "https://furniturecluster.cz/konference-connecting-ecosystems-bridge-inspire-change-rumunsko/",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
