"""Source addresses of corpus/eleventh (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    1000: "http://euroregion-snb.pl/aktualnosci/1303/Kongres_Klastrowy_w_Zielonej_Gorze",
    1001: "http://lke.fundacja.lublin.pl/pl/2019/04/11/projekt-smart-watch-wizyta-studyjna-w-kapfenbergu/",
    1002: "http://54.37.232.111:81/news/view/25918/przedsiebiorcy-z-tajwanu-na-podkarpaciu",
    1003: "https://powiat.rzeszowski.pl/blog/2020/08/20/delegacja-biznesowa-z-wizyta-w-powiecie-rzeszowskim/",
    1004: "https://umwp.podkarpackie.pl/index.php/promocja/promocja-gospodarcza/aktualnosci/5114-relacja-z-wydarzenia-misja-gospodarcza-branzy-motoryzacyjnej-do-austrii-graz",
    1005: "https://ddb24.pl/artykul/spotkanie-oplatkowe-n885271",
    1006: "http://www.uwm.edu.pl/stowarzyszenie/?p=4138",
    1007: "https://bcc.org.pl/podkarpacie-dla-biznesu",
    1008: "https://to24.pl/?p=15147",
    1009: "https://ippcp.pl/misja-na-bialorusi/",
    1010: "https://podkarpackie.pl/index.php/promocja/promocja-gospodarcza/aktualnosci/7246-relacja-z-wydarzenia-targi-motoryzacyjne-autocontact-w-austrii",
    1011: "https://nowosci.com.pl/kujawskopomorskie-certyfikaty-made-in-torun-rozdano-juz-po-raz-13/ar/c3-18018315",
    1012: "https://ccipf.org/2022/04/19/",
    1013: "https://glogow.naszemiasto.pl/powstaje-glogowski-klaster-energetyczny-samorzady-wspolpracuja-by-pozyskac-pieniadze-z-kpo/ar/c1p2-26136245",
    1014: "http://lublin.tvp.pl/34918831/bialczanie-razem-w-biznesie-zawiazali-porozumienie",
    1015: "https://bielsko-biala.pl/aktualnosci-rada-gospodarcza",
    1016: "http://kmo.org.pl/pl/news/3171",
    1017: "https://regiony.rp.pl/regiony/art3751971-klaster-wypromuje-region",
    1018: "http://nca.klastr-portal.cz/cs/ii-svetovy-klastrovy-kongres-1-4-2016",
    1019: "https://katowicethecity.com/sme-congress-in-4-months/",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
