"""Raw texts 300-304, exactly as the search tool (corpus `pages`) returned them."""

TEXTS = {}

TEXTS["300_walne-lubuski-klaster-metalowy"] = """Lubuski Klaster Metalowy
ul. Jagiellończyka 17/1
66-400 Gorzów Wlkp.

Walne Zebranie Członków 2020

Z uwagi na pandemię, tegoroczne Walne Zebranie Członków Lubuskiego Klastra Metalowego odbyło się później niż zwykle, bo dopiero 17 września 2020 roku.
Jako że było to zebranie sprawozdawczo-wyborcze, omawiane tematy dotyczyły nie tylko ostatniego okresu, ale całej czteroletniej kadencji.
Dononano wyboru nowych władz stowarzyszenia. Do zarządu dołączyły nowe osoby, tj. Pani Katarzyna Cheba oraz Pani Aleksandra Radomska-Zalas, natomiast Pan Andrzej Kuciński, po rezygnacji z pełnienia funkcji w zarządzie, został wybrany do komisji rewizyjnej. Na pozostałych członków komisji wybrano Pana Ryszarda Bartza oraz Pana Zbigniewa Marcinkiewicza.
Po ukonstytuowaniu się zarządu, prezesem nadal pozostaje Pan Andrzej Graczykowski.
Sporo uwagi poświęcono też przyszłym zamierzeniom i działaniom klastra, m.in. aktualizacji strategii na kolejne lata, projektowi INEPT w ramach międzynarodowej inicjatywy CORNET oraz najbliższym wydarzeniom.
Mamy nadzieję, że obecna sytuacja związana z pandemią, pozwoli na realizowanie tych zamierzeń.

LOKALIZACJA:

ul. Jagiellończyka 17/1
66-400 Gorzów Wlkp.

KONTAKT:

tel.: +48 95 722 75 30
e-mail: biuro@lubuskiklaster.pl"""

TEXTS["301_matchmaking-balkany-zagrzeb"] = """Western Balkans Cluster Policy Learning and Matchmaking Event w Chorwacji

W dniach 22-23 listopada 2018 w Zagrzebiu, Komisja Europejska wraz  z Europejską Platformą Współpracy  Klastrów (ECCP) zorganizowała  spotkanie informacyjne dla  klastrów europejskich i Bałkanów ZachodnichWestern Balkans Cluster Policy Learning and Matchmaking Event”. 

Polityka klastrów Unii Europejskiej i Bałkanów Zachodnich ma na celu wsparcie klastrów jako organizacji wspierających sieci, w szczególności dla MŚP, w ich misji otwierania nowych rynków współpracy na poziomie międzysektorowym.

Spotkanie zgromadziło przedstawicieli  60 wybranych organizacji klastrowych z krajów Bałkanów Zachodnich, Unii Europejskiej i innych krajów uczestniczących w programie COSME. Klaster LTPP reprezentował Wiceprezes p. Jan Kordasiewicz.

Impreza odbyła się w Technology Park Zagreb, siedzibie Startup Factory , nowoczesnej powierzchni (7.300 m2 )dla start-upów, z ponad 100 modułowymi pomieszczeniami biurowymi, przestrzeniami współdziałającymi i laboratoriami.

Wydarzenie   było wyjątkową okazją  do poznania wspólnych obszarów zainteresowań dotyczących współpracy."""

TEXTS["303_spotkanie-klastra-wojslawice"] = """Spotkanie robocze Klastra Energii Odnawialnej Ziemi Chełmskiej
opublikowano: 2018-06-26 06:40:27

Dnia 20 czerwca 2018 roku w Urzędzie Gminy Wojsławice odbyło się spotkanie robocze Klastra Energii Odnawialnej Ziemi Chełmskiej, w którym udział wzięli przedstawiciele Klastra: Pan Henryk Gołębiowski Wójt Gminy Wojsławice, Pani Edyta Niezgoda Wójt Gminy Żmudź, Pan Wiesław Kociuba Wójt Gminy Chełm, Pan Henryk Maruszewski Wójt Gminy Białopole, Pan Wojciech Sawa Wójt Gminy Dorohusk oraz zaproszeni eksperci współpracujący z gminami: Pan Mateusz Berger i Paweł Kostrzewa z Polskiej Izby Odnawialnych Źródeł Energii i Efektywnej Energetyki oraz dr inż. Grzegorz Maśloch z Katedry Ekonomiki i Finansów Samorządu Terytorialnego, Szkoły Głównej Handlowej w Warszawie. 

Celem spotkania było wypracowanie dalszych kroków rozwoju Klastra i podjęcie działań zmierzających do "samowystarczalności energetycznej" gmin wchodzących w skład klastra oraz wsparcia działań rozwojowych   w zakresie odnawialnych źródeł energii i zwiększenia efektywności energetycznej wśród mieszkańców i przedsiębiorców.

powrót"""

TEXTS["304_wizyta-siekierczyn-zklaster"] = """Siekierczyński samorząd z wizytą w Zklastrze

18 maja b.r., na zaproszenie Pana Alberta Gryszczuk - Prezesa Zarządu Krajowej Izby Klastrów Energii, siekierczyńscy radni, Wójt Gminy Siekierczyn oraz pracownicy Urzędu Gminy Siekierczyn, gościli w Zgorzeleckim Klastrze Rozwoju Odnawialnych Źródeł Energii i Efektywności Energetycznej (Zklaster).

18 maja b.r., na zaproszenie Pana Alberta Gryszczuk - Prezesa Zarządu Krajowej Izby Klastrów Energii, siekierczyńscy radni, Wójt Gminy Siekierczyn oraz pracownicy Urzędu Gminy Siekierczyn, gościli w Zgorzeleckim Klastrze Rozwoju Odnawialnych Źródeł Energii i Efektywności Energetycznej (Zklaster).

Wizyta rozpoczęła się od obejrzenia farm fotowoltaicznych zlokalizowanych w okolicach Zgorzelca, gdzie zaprezentowane zostały najnowsze rozwiązania techniczne zastosowane przez ZKlaster w procesach wytworzenia i przesyłu tzw. „zielonej energii”.

Następnie, po przejechaniu do nowej siedziby Zklastra, Pani Agnieszka Spirydowicz - Prezes Zarządu Zklastra oraz Pan Albert Gryszczuk zaprezentowali przybyłym gościom aktualne trendy oraz kierunki rozwoju w pozyskiwaniu odnawialnych źródeł energii oraz rozwiązania formalne i praktyczne gospodarki klastrowej, w których Zklaster jest niewątpliwym liderem.

Gospodarze spotkania zaprezentowali również projekty, w których aktualnie uczestniczą, kierunki transformacji energetycznej regionu oraz bezpieczeństwa energetycznego regionu i kraju. Na zakończenie w sposób wyczerpujący odpowiedziano na pytania zadawane przez przybyłych gości.

Gmina Siekierczyn"""
