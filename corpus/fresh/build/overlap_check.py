"""Checks corpus/fresh/raw against the earlier sets (raw, heldout, blind, final): by source address and by 60-character shingles (corpus/goldkit.py)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import overlap_check

URLS = {
    "400_konferencja-v4-lubelska-medycyna": "https://medycyna.lublin.eu/2017/07/11/klaster-na-konferencji-dotyczacej-polityki-klastrowej-i-wspolpracy-klastrow-w-ramach-panstw-v44-w-ministerstwie-rozwoju/",
    "401_targi-lotnicze-jasionka": "https://wiadomosci.onet.pl/rzeszow/w-jasionce-zakonczyly-sie-targi-lotnicze-aerospace-and-defense-meetings/fhlpw2e",
    "402_aviation-expo-kielce": "https://www.wnp.pl/finanse/targi-lotnicze-aviation-expo-przez-weekend-w-kielcach-i-maslowie,623449.html",
    "403_swarzedzki-klaster-meblarzy": "https://www.biznesmeblowy.pl/rynek_mebli/111/swarzedzki_klaster,1004487.html",
    "404_kongres-meblarski-poznan": "http://oigpm.org.pl/389/ogolnopolski-kongres-meblarski-juz-za-nami",
    "405_spotkanie-klastrow-medycznych-wroclaw": "http://innowacyjnamedycyna.eu/spotkanie-klastow-medycznych/",
    "406_euconsortia-poznan-ict": "https://www.pcss.pl/owocne-spotkania-na-euconsortia/",
    "407_dni-lubelskiej-wyzyny-it": "https://www.umcs.pl/pl/aktualnosci,4622,relacja-z-dni-lubelskiej-wyzyny-it-,11717.chtm",
    "408_biofach-norymberga-dolina": "https://pire.swilcza.com.pl/index.php/start/aktualnosci-i-galerie/70-20130213-16-targi-biofach-2013-w-niemczech",
    "409_polagra-poznan-komorowski": "https://wiadomosci.wp.pl/bronislaw-komorowski-na-otwarciu-targow-polagra-w-poznaniu-6027417308550273a",
    "410_klaster-spizarnia-torun": "http://jarmarki-kiermasze.pl/informacje/wydarzenia/125-pierwszy-w-polsce-sp%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BDdzielczy-klaster-rozpocz%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD-swoj%EF%BF%BD%EF%BF%BD-dzia%EF%BF%BD%EF%BF%BDalno%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD-na-kujawach",
    "411_forum-klastrow-turystycznych-katowice": "https://rzeszowska24.pl/index.php?option=com_content&view=article&id=947:najmodsi-ale-najliczniejsi&catid=73:rzeszow&Itemid=232",
    "412_klaster-turystyczny-krynica": "https://poland.us/strona,54,14348,0,powstaje-klaster-turystyczny-pionierska-inicjatywa-w-skali-polski-i-unii-europejskiej.html",
    "413_mazurski-klaster-turystyczny-gdansk": "https://it.mragowo.pl/archiwum/pl/2013/02/mazurski-klaster-turystyczny-w-gdansku,2324.html",
    "414_vi-kongres-online-szczecin": "https://szczecinbiznes.pl/informacje/Kongres-Klastrow-w-Szczecinie_5771",
    "415_benchmarking-klastrow-warszawa": "https://klastrypolskie.pl/news/benchmarking-klastrow-w-polsce-edycja-2018-,266.htm",
    "416_naturalnie-z-podlasia-list": "http://www.naturalniezpodlasia.pl/index.php/aktualnosci/9",
    "417_eu-cluster-weeks-bukareszt": "https://brokereksportowy.pl/oferta/granty/aktualnosci-granty/inauguracja-eu-cluster-weeks/",
    "418_sk-narodna-klastrova-konferencia": "https://smartcluster.sk/2-narodna-klastrova-konferencia/",
    "419_de-historisch-touristischer-cluster": "http://muzeum.kostrzyn.pl/de/festungstagebuch/aktuelle-meldungen/item/662-historisch-touristischer-cluster",
}

overlap_check(HERE, "fresh", URLS, ['raw', 'heldout', 'blind', 'final'])
