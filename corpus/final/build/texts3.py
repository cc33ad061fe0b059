"""Raw texts 310-314, exactly as the search tool (corpus `pages`) returned them."""

TEXTS = {}

TEXTS["310_vi-kongres-szczecin-pke"] = """Klastry narzędziem rozwoju i wsparcia

W dniu dzisiejszym w Szczecinie obrady rozpoczął VI Kongres Klastrów Polskich (9-10.11.2020). Hasło wydarzenia brzmi: „Klastry narzędziem polityki rozwoju regionów i wsparciem realizacji programu Next Generation EU”. Organizatorami są: Związek Pracodawców Klastry Polskie oraz Zachodniopomorski Klaster „Zielona Chemia”. W jego obradach uczestniczy przedstawiciel Polskiego Klastra Edukacyjnego – Witold Wiśniewski, prezes Prezydium PKE.

W dniu dzisiejszym w Szczecinie obrady rozpoczął VI Kongres Klastrów Polskich (9-10.11.2020). Hasło wydarzenia brzmi: „Klastry narzędziem polityki rozwoju regionów i wsparciem realizacji programu Next Generation EU”. Organizatorami są: Związek Pracodawców Klastry Polskie oraz Zachodniopomorski Klaster „Zielona Chemia”. W jego obradach uczestniczy przedstawiciel Polskiego Klastra Edukacyjnego – Witold Wiśniewski, prezes Prezydium PKE.

VI Kongres Klastrów Polskich już został uznany za spotkanie wyjątkowe. Podkreślane jest znaczenie i rola klastrów we wspieraniu polityki rozwoju, w tym rozwoju regionalnego, kreowanej na szczeblu Unii Europejskiej, Polski i regionów samorządowych. – Klastry odgrywają szczególną rolę w kontekście skutecznej polityki rozwoju regionalnego, a współpraca z samorządami jest kluczowa w procesie udzielanego przez nich wsparcia – podkreślają organizatorzy.

Strona wydarzenia: VI Kongres Klastrów Polskich (klastrypolskie.pl)"""

TEXTS["311_spotkania-klaster-polska-natura"] = """Ważne spotkania związane z przyszłością Klastra

18 września 2019r. Przewodniczący Rady Klastra Andrzej Stępniewski oraz Członek Zarządu Koordynatora Klastra Krzysztof Kołacz obyli dwa bardzo ważne spotkania związane z dążeniem Klastra „Polska Natura” do osiągnięcia statusu Krajowego Klastra Kluczowego w obszarze sadownictwa. Pierwsze spotkanie było z Panem Mariuszem Stachnikiem Prezesem Zarządu Mazowieckiego Klastra ICT, który odniósł się do przedstawionych planów rozwoju naszego Klastra, proponując daleko idącą współpracę. Następne spotkanie odbędzie się niebawem w Błędowie. Drugie spotkanie odbyło się w Polskiej Agencji Rozwoju Przedsiębiorczości z dr Piotrem Kryjom Kierownikiem Departamentu Internacjonalizacji Przedsiębiorstw w sprawie przygotowania Klastra „Polska Natura” do udziału w konkursie na Krajowy Klaster Kluczowy. PARP w tym działaniu będzie mógł pomóc sprawdzając czy zachowane są wymagane standardy w prowadzeniu Klastra.

Posted in Uncategorized.

Dodaj komentarz

Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *"""

TEXTS["312_walne-klaster-lasowiacki"] = """Klaster Lasowiacki się rozwija

Klaster Lasowiacki ma nowy zarząd i radę, a w planie jest konferencja o dziedzictwie lasowiackim oraz wirtualny bożonarodzeniowy jarmark. To ustalenia, które zapadły na walnym spotkaniu członków 18 listopada.

Kultura lasowiacka zyskuje coraz więcej sympatyków. Wszystko za sprawą Klastra Lasowiackiego, a dokładniej powiększającego się wciąż grona członków, którzy wiążą swoją działalność z dziedzictwem lasowiackim. Inicjatywa powstała w Stalowej Woli, ale skupia podmioty z całego regionu północnego Podkarpacia i południowego województwa świętokrzyskiego. I rozwija się bardzo szybko.

Tymczasowy zarząd został wyłoniony podczas wiosennego spotkania inicjującego powstanie Klastra Lasowiackiego. Na spotkaniu 18 listopada został formalnie zatwierdzony regulamin, a wraz z nim, wybrano nowe władze. Decyzją zgromadzonych przedstawicieli członków KL, w skład nowego zarządu weszli: Marek Gruchota, dyrektor MDK w Stalowej Woli, Justyna Wesołowska, prezeska Fundacji GAMON, Renata Domka z Tarnobrzeskiego Domu Kultury, Katarzyna Cuber z Browaru Lasowiak oraz Marcin Kurnik z Fundacji Q. Z kolei w radzie KL zasiadają: prof.PL dr hab. Agnieszka Rzepka – ekspertka PARP, Rafał Nieckarz, prezes Wydawnictwa Samorządowego, Renata Sendrowicz – „Renidzieło” Regionalne Rękodzieło Artystyczne, Katarzyna Knap-Sawicka z Urzędu Miejskiego w Sandomierzu, Roman Niwierski z Urzędu Miasta Stalowej Woli, Grzegorz Buława z salonu Skoda, Patrycja Laskowska-Chyła – etnolog UJ i Roman Pokora z Bractwa Flisackiego z Ulanowa. Zadecydowano także, że honorowymi członkami rady KL zostaną zespoły Lasowiaczki i Cyganianki, jako te, które są nośnikiem pamięci i kontynuatorami tradycji i kultury lasowiackiej.

Sformalizowanie działalności było konieczne ze względu na szybko powiększającą się liczbę członków. Dotychczas do Klastra przystąpiły już 42 podmioty. Warto przypomnieć, że w czerwcu """

TEXTS["313_misja-pomorskie-chiny"] = """Misja Gospodarcza Województwa Pomorskiego do Chin
W dniach 18-13 listopada 2019 roku Prodmorex uczestniczył w misji gospodarczej przedsiębiorców i samorządowców województwa pomorskiego, która odwiedziła Pekin oraz Dalian. Polska delegacja pod przewodnictwem przedstawicieli władz województwa pomorskiego z Marszałkiem Mieczysławem Strukiem, Burmistrzem Kartuz Mieczysławem Gołuńskim i Burmistrzem Pruszcza Gdańskiego Januszem Wróblem odbyła szereg spotkań B2B oraz prezentacji.
Celem misji było zacieśnianie stosunków politycznych i gospodarczych między Chinami a Pomorzem. Podczas dwóch seminariów „Your best business partner – Polish Pomorskie Voivodeship” w Pekinie i Dalian promowane były polskie produkty, które mają szansę wejść na chiński rynek. Zaprezentowane zostało 13 firm z branży kosmetycznej, stoczniowej, drzewnej, meblarskiej, narzędziowej, metalurgicznej, designerskiej oraz artykułów dziecięcych.
Oprócz seminariów, rozmów B2B i rozmów z władzami Pekinu i Dalian odbyliśmy wiele wizyt w chińskich przedsiębiorstwach, między innymi w fabryce samochodów elektrycznych BJEV, laboratorium producenta leków Yino Biotechnology co. Ltd, stoczni COSCO KHI Shipyard co. Ltd oraz Porcie Dalian. Podczas misji odbyliśmy wiele rozmów pozwalających snuć optymistyczne plany współpracy pomiędzy Prodmorex sp. z o.o. i chińskim przemysłem."""

TEXTS["314_misja-klastrow-japonia"] = """2012-09-25
Misja gospodarcza do Japonii

Udział polskiego klastra w misji gospodarczej do Japonii

W ramach promowania internacjonalizacji przedsiębiorstw poprzez klastry, Komisja
Europejska (DG Enterprise and Industry) rozpoczęła wspieranie misji gospodarczych (matchmaking events), organizowanych dla przedstawicieli organizacji klastrowych (koordynatorów) oraz MSP działających w klastrach.
Celem tych misji jest wzmacnianie innowacyjności i konkurencyjności
europejskich przedsiębiorstw poprzez tworzenie partnerstw technologicznych lub
biznesowych i nawiązywanie współpracy na światowych rynkach.

Misje będą organizowane w latach 2012-2013 w krajach, które podpisały porozumienia z Europejską Platformą Współpracy Klastrów (European Cluster Collaboration Platform - ECCP), a mianowicie: Japonia, Brazylia, Indie, Korea Południowa i Tunezja.
Do ubiegania się o udział w wyjazdach uprawnione są zarejestrowane na ECCP organizacje klastrowe z krajów biorących udział w Programie Ramowym na rzecz Konkurencyjności i Innowacji (Competitiveness and Innovation Framework Programme – CIP). Z każdego zakwalifikowanego klastra w wyjeździe mogą uczestniczyć dwie osoby: przedstawiciel organizacji klastrowej oraz osoba reprezentująca firmę klastrową wybraną przez koordynatora klastra
Pierwsza misja gospodarcza, ukierunkowana na sektor ekologicznych materiałów (Green Materials), odbędzie się w Tokio w dniach 12-16 listopada 2012 r. Uczestnicy wyjazdu zostali wybrani na podstawie zgłoszeń przesłanych w odpowiedzi na opublikowane zapytanie (Call for Expression of Interests). Duży sukces odniósł Mazowiecki Klaster ICT (http://www.klasterict.pl), który jako jedyny klaster z Polski został zakwalifikowany przez Komisję Europejską do udziału w tym spotkaniu

Żródło i dalsze informacje: 

http://www.pi.gov.pl/parp/chapter_86197.asp?soid=CA77F728447F460EBD617C979E3F5831drukuj« powrót
Wydarzenia i aktualności:» Zobacz wszystkie wydarzeni"""
