"""Raw texts 302, 316, 317 (replacements for texts under 1 KB or without attendance), exactly as the search tool returned them."""

TEXTS = {}

TEXTS["302_iii-kongres-zapowiedz-sejm"] = """Po raz trzeci o przyszłości polskich klastrów

 Jak rozwijać polskie klastry za pomocą środków publicznych? W jaki sposób wykorzystywać je do wdrażania innowacji? Jak uwalniać potencjał naukowców w klastrach?

22 września zarządzający klastrami, przedsiębiorcy, przedstawiciele nauki oraz administracji rządowej i samorządowej będą o tym dyskutować w Sejmie. Organizatorami Kongresu są Związek Pracodawców Klastry Polskie i Parlamentarny Zespół ds. Polityki Klastrowej.
 
 
Podczas III Kongresu Klastrów Polskich będzie mowa między innymi o wspieraniu klastrów za pomocą środków publicznych. Przybliżone zostaną także nowe narzędzia rozwoju innowacji oraz rola klastrów w ich wdrażaniu i wykorzystywaniu. Paneliści skupią się również na zagadnieniach dotyczących rozwoju badań i nowych technologii w firmach działających w klastrach.

Kongres Klastrów od trzech lat jest platformą do merytorycznych rozmów, wymiany poglądów i integracji środowiska klastrowego w Polsce. Podczas nadchodzącego Kongresu, będziemy, podobnie jak ostatnio, omawiać możliwości wsparcia klastrów przy pomocy środków publicznych. Poruszymy kwestię internacjonalizacji klastrów. Ciekawie zapowiada się również ostatni panel - poświęcony temu, jak rozwinąć ekosystem innowacji w klastrze - zachęca Krzysztof Krystowski, prezes Związku Pracodawców Klastry Polskie.

Ministrowie, eksperci, menedżerowie i ludzie nauki na Kongresie

Prelegenci III Kongresu Klastrów to interdyscyplinarne grono wybitnych ekspertów i specjalistów. Podczas Kongresu prelegentami będą Bartłomiej Bodio - poseł na Sejm RP, przewodniczący Parlamentarnego Zespołu ds. Polityki Klastrowej, Grażyna Henclewska - podsekretarz stanu w Ministerstwie Gospodarki, Iwona Wendel - podsekretarz stanu w Ministerstwie Infrastruktury i Rozwoju, Bożena Lublińska-Kasprzak - prezes Polskiej Agencji Rozwoju Przedsiębiorczości, Patrycja Zielińska - wiceprezes Agencji Rozwoj"""

TEXTS["316_zaproszenie-ii-swiatowy-kongres"] = """Zaproszenie na II Światowy Kongres Klastrów

Cluster World Congress logo

1 grudnia 2015

Dąbrowa Górnicza, 1 grudnia 2015 roku

Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw

ul. Jana III Sobieskiego 9/230, 14-100 Ostróda

Cluster World

ul. Rejtana 18, 33-300 Nowy Sącz

Szanowni Państwo!

W dniach 31 marca – 1 kwietnia 2016 roku już po raz drugi w Polsce, w Dąbrowie Górniczej odbędzie się Światowy Kongres Klastrów – Cluster World Congress.

Kongres jest wydarzeniem o randze międzynarodowej i światowej. Gromadzi przedstawicieli klastrów oraz władz lokalnych, regionalnych i krajowych, a także przedstawicieli organizacji międzynarodowych.

Organizatorami Kongresu, który w tej edycji odbędzie się pod hasłem przewodnim “Potrójna helisa w realizacji międzynarodowych projektów. Budowanie gospodarki lokalnej i światowej poprzez kooperację międzysektorową” są Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw, Cluster World Sp. z o.o., Urząd Miasta Dąbrowa Górnicza, Komitet Rozwoju Zagłębia, POLSKA 3.0, Stowarzyszenie Podatników w Polsce, Humaneo

Coraz popularniejsza idea klasteringu, której celem jest kooperacja instytucji i organizacji na każdym poziomie współpracy, powoduje, iż Cluster World Congress stanowi międzynarodową płaszczyznę komunikacyjną, umożliwiającą dialog pomiędzy sektorem biznesu, administracji i nauki.

Po sukcesie pierwszej edycji Kongresu, kolejne wydarzenie dedykowane zostało strategicznym projektom krajowym i międzynarodowym, realizowanym m.in. poprzez kooperację i współpracę wielosektorową i klastrową.

Klastry, będąc oddolnymi inicjatywami, organizują się wokół wytyczonego celu. Taki będzie również plan Kongresu Klastrów – szczegółowa prezentacja transgranicznych i międzynarodowych, europejskich projektów, przewidzianych na najbliższe lata i klastrowe innowacje, rozwiązania dla poszczególnych gałęzi gospodarki oraz współpraca biznesu, samorządu i """

TEXTS["317_targi-nowy-sad-stoisko"] = """W celu świadczenia usług na najwyższym poziomie stosujemy pliki cookies. Korzystanie z naszej witryny oznacza, że będą one zamieszczane w Państwa urządzeniu. W każdym momencie można dokonać zmiany ustawień Państwa przeglądarki. Zobacz politykę cookies.
Powrót

Polskie podmioty na 88. Międzynarodowych Targach Rolniczych w Nowym Sadzie

23.09.2021

Dzięki zaangażowaniu Krajowego Ośrodka Wsparcia Rolnictwa, przy wsparciu ze strony Ambasady RP w Belgradzie, po raz pierwszy udało się zorganizować polskie stoisko narodowe na targach, w ramach którego w dniach 18-24 września zaprezentowało się sześć polskich firm działających w branży rolno-spożywczej. Targi w Nowym Sadzie to największego tego typu wydarzenie branżowe w Europie Południowo-Wschodniej.

E_k1C6WWQAA_Z8x

Uroczystego otwarcia targów dokonała minister handlu, telekomunikacji i turystyki Tatjana Matić oraz premier Prowincji Autonomicznej Wojwodina Igor Mirović. Pomimo trudnych, uciążliwych warunków epidemiologicznych i obostrzeń w wydarzeniu wzięło udział 800 firm i podmiotów z 17 krajów. Zorganizowano 9 wystaw zbiorowych (w tym Czechy, Polska, Białoruś, Węgry, Holandia, Hiszpania, Włochy, Republika Serbska BiH).

Polskie stoisko narodowe zostało otwarte w uroczysty sposób, z udziałem Ambasadora RP w Belgradzie oraz przedstawicieli Krajowego Ośrodka Wsparcia Rolnictwa. Dzięki staraniom placówki, polskie stoisko narodowe zostało włączone do programu tzw. VIP tour, który odbył się (z udziałem bardzo licznych mediów) bezpośrednio po oficjalnym otwarciu wydarzenia.

{"register":{"columns":[]}}"""
