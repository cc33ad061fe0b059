"""Source addresses of corpus/nineteenth (as the search tool gave them) and the file ids formed from them:
NNN_ + the first 16 hex digits of the SHA-256 of the address (UTF-8)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import file_ids  # noqa: E402

URLS_BY_NUM = {
    1800: "http://gieldazlomu.com.pl/show_news.php?id=456",
    1801: "https://rgib.org.pl/index.php?option=com_content&view=article&id=1596:przedstawiciele-rgib-na-ii-forum-inteligentnego-rozwoju&catid=1:nowoci&Itemid=103",
    1802: "https://naukawpolsce.pap.pl/aktualnosci/news%2C389939%2Crzeszow/-pod-koniec-maja-odbedzie-sie-iii-forum-innowacji.html",
    1803: "http://www.forum-ekonomiczne.pl/vi-forum-regionow/program/",
    1804: "https://gazeta.sgh.waw.pl/wspolpraca-z-otoczeniem/10-forum-gmin-na-5",
}


ID, URLS = file_ids(URLS_BY_NUM)

if __name__ == "__main__":
    for n in sorted(ID):
        print(ID[n], URLS_BY_NUM[n])
