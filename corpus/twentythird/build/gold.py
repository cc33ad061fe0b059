"""Hand-written gold for corpus/twentythird (ids 2200-2219, 20 documents; 2219 English, skipped), following
corpus/GUIDE.md and the conventions of the earlier gold sets.

Run: python3 run_gold.py  -> writes ../gold/*.json and checks that every `text` is an exact substring of the
raw file (so char spans can be computed from it: raw.find(text)).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import D, V, A, C, P, O, E, DOCS, doc, skipped  # noqa: F401 (the item helpers, see corpus/goldkit.py)
from ids import ID

# ---------------------------------------------------------------------------------------------
doc(ID[2200], None,
    E("Ekologiczne nawyki w budowaniu więzi człowieka z naturą",
      ["konferencja pt. “Ekologiczne nawyki w budowaniu więzi człowieka z naturą”",
       "konferencja Ekologiczne nawyki w budowaniu więzi człowieka z naturą", "“Ekologiczne nawyki w budowaniu więzi człowieka z naturą”",
       "konferencja"], None, 2024),
    dates=[D("2024-05-24", "2024-05-24", "24 maja 2024 r.")],
    venues=[
        V("Włocławek", "we Włocławku", note="'Kujawskiej Szkoły Wyższej we Włocławku przy pl. Wolności 1'"),
        V("Aula Collegium Minus Kujawskiej Szkoły Wyższej", "Auli Collegium Minus Kujawskiej Szkoły Wyższej",
          ["Aula Collegium Minus", "Collegium Minus", "Kujawska Szkoła Wyższa"], opt=True,
          note="building-level venue (the preposition 'w' is missing in the text: '24 maja 2024 r. Auli ...')"),
    ],
    attendance=[A(98, "participants", "exact", "98 osób", note="'W konferencji uczestniczyło 98 osób'")],
    people=[
        P("Stanisław Kunikowski", "prezes", "prof. ucz. dr hab. Stanisław Kunikowski", note="'Prezes Włocławskiego Towarzystwa Naukowego'"),
        P("Bernadeta Barczak", None, "dr Bernadeta Barczak", note="speaker, 'firma PLAST-MAR z Balczewa'"),
        P("Leszek Wasielewski", None, "Leszek Wasielewski", note="speaker, marshal's office"),
        P("Anna Batorczak", None, "dr Anna Batorczak", note="speaker, University of Warsaw"),
        P("Joanna Fydryszewska", None, "Joanna Fydryszewska", note="speaker"),
    ],
    organizations=[
        O("Kujawska Szkoła Wyższa", "Kujawskiej Szkoły Wyższej", ["KSW", "Kujawska Szkoła Wyższa we Włocławku"], note="then 'KSW'"),
        O("Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej", "Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej", ["NFOŚiGW"]),
        O("Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Toruniu",
          "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Toruniu",
          ["Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej", "WFOŚiGW w Toruniu"]),
        O("Włocławskie Towarzystwo Naukowe", "Włocławskiego Towarzystwa Naukowego"),
        O("PLAST-MAR", "firma PLAST-MAR", ["PLAST-MAR z Balczewa"], opt=True, note="a firm"),
        O("Kujawsko-Pomorski Urząd Marszałkowski w Toruniu", "Kujawsko-Pomorski Urząd Marszałkowski w Toruniu",
          ["Kujawsko-Pomorski Urząd Marszałkowski"]),
        O("Uniwersytet Warszawski", "Uniwersytet Warszawski"),
        O("Włocławskie Centrum Edukacji Ekologicznej", "Włocławskie Centrum Edukacji Ekologicznej"),
    ],
    not_dates=["'w Toruniu' (twice) and 'z Balczewa' are seats/origins inside names, not venues"],
    note="Ecology conference of the Kujawy university in Włocławek (24 May 2024): hall and address, 98 participants, "
         "speakers with affiliations. No date line.")

doc(ID[2201], None,
    E("Międzygminne Targi Przedsiębiorczości",
      ["pierwsze Międzygminne Targi Przedsiębiorczości", "Międzygminnych Targach Przedsiębiorczości",
       "Międzygminnych Targów Przedsiębiorczości", "targi"], 1, None),
    venues=[V("Kalwa", "nad Kalwą", ["ośrodek Energopolu nad Kalwą", "ośrodek Energopolu", "Kalwa (jezioro)"],
              note="'Pięknie położony ośrodek Energopolu nad Kalwą' (a resort by lake Kalwa, near Pasym)")],
    attendance=[
        A(70, "organizations", "more_than", "Ponad 70 wystawców"),
        A(5, "organizations", "exact", "5 gmin z powiatu szczycieńskiego", opt=True,
          note="the five organising communes, listed: Dźwierzuty, Pasym, Rozogi, Świętajno i Jedwabno"),
    ],
    people=[P("Cezary Łachmański", "burmistrz", "burmistrz Pasymia Cezary Łachmański", note="the host ('gospodarz imprezy')")],
    organizations=[O("Energopol", "ośrodek Energopolu", opt=True, note="owner of the resort (genitive 'Energopolu')")],
    not_dates=["'przez dwa dni' is a duration"],
    note="Local news (Kurek Mazurski): first inter-communal business fair at a lakeside resort; more than 70 exhibitors; "
         "five communes of Szczytno county as organisers. No date or year in the text (the address has 2016).")

doc(ID[2202], None,
    E("posiedzenie Podlaskiego Forum Gospodarczego",
      ["Podlaskie Forum Gospodarcze", "posiedzenie Podlaskiego Forum Gospodarczego w Suwałkach", "spotkanie"], None, 2018),
    dates=[D("2018-06-20", "2018-06-20", "20.06.2018 r.", note="'W dniu 20.06.2018 r. (środa)'")],
    venues=[
        V("Suwałki", "w Suwałkach", note="'w Urzędzie Miejskim w Suwałkach przy ul. Mickiewicza 1'"),
        V("Urząd Miejski w Suwałkach", "w Urzędzie Miejskim w Suwałkach", ["Urząd Miejski"], opt=True, note="building-level venue"),
    ],
    people=[
        P("Stefan Dojnikowski", "wiceprzewodniczący", "Pan Stefan Dojnikowski", note="'Wiceprzewodniczący Rady Izby'"),
        P("Dariusz Górski", "dyrektor", "Pan Dariusz Górski", note="'Dyrektor Izby'"),
    ],
    organizations=[
        O("Podlaskie Forum Gospodarcze", "Podlaskiego Forum Gospodarczego", opt=True,
          note="a standing forum of the region's mayors (also the event's name); it has members"),
        O("Izba Przemysłowo-Gospodarcza w Suwałkach", "Izba Przemysłowo-Gospodarcza w Suwałkach", ["Izba Przemysłowo-Gospodarcza"]),
        O("Urząd Miejski w Suwałkach", "Urzędzie Miejskim w Suwałkach", opt=True),
    ],
    not_dates=["'Ełk – Knyszyn', 'Białystok – Augustów' are road sections, and Białystok, Suwałki, Łomża the members' cities: "
               "not venues", "'drogi krajowej nr 8' is a road number"],
    note="Regional business forum of the Podlasie mayors held in Suwałki town hall (20 June 2018), with a street address. "
         "Decoys: road sections between towns.")

doc(ID[2203], None,
    E("spotkanie Prezesów Konińskiej Izby Gospodarczej",
      ["drugie spotkanie Prezesów Konińskiej Izby Gospodarczej", "spotkanie Prezesów", "spotkanie"], 2, None),
    dates=[
        D("XXXX-12-17", "XXXX-12-17", "W dniu 17 grudnia", note="no year anywhere in the text"),
        D("XXXX-09", "XXXX-09", "we wrześniu", opt=True, note="the first meeting (month only, no year)"),
    ],
    venues=[
        V("Konin", "w Koninie"),
        V("Hotel Pałacyk", "w Hotelu Pałacyk", ["Pałacyk"], opt=True, note="building-level venue"),
    ],
    people=[
        P("Roman Byczyk", "prezes", "Prezesa Romana Byczyka"),
        P("Sebastian Łukaszewski", ["zastępca prezydenta", "wiceprezydent"], "Pan Sebastian Łukaszewski",
          note="'Zastępca Prezydenta Miasta Konina ds. gospodarczych'"),
    ],
    organizations=[
        O("Konińska Izba Gospodarcza", "Konińskiej Izby Gospodarczej", note="twice; also 'Izby'"),
        O("Park Przemysłowo-Technologiczny", "Parku Przemysłowo – Technologicznego", opt=True, note="a planned park (a concept)"),
    ],
    not_dates=["'Konin Międzylesie' is an investment area, not a venue"],
    note="Second meeting of the chamber's former presidents in a Konin hotel (17 December, no year).")

doc(ID[2204], None,
    E("II Polsko-Litewsko-Ukraińsko-Rosyjskie Forum Gospodarcze",
      ["Polsko-Litewsko-Ukraińsko-Rosyjskie Forum Gospodarcze", "Forum Gospodarcze w Ostródzie", "Forum Gospodarczym w Ostródzie",
       "Forum Gospodarcze", "Forum"], 2, 2012),
    dates=[
        D("2012-05-18", "2012-05-18", "Dnia 18 maja br.",
          note="'br.': the year from context (the partnership signed 'przed trzema laty – w lutym 2009 roku'; gala 'Firma Roku 2011'); "
               "the page is from 2012"),
        D("2009-02", "2009-02", "w lutym 2009 roku"),
    ],
    venues=[
        V("Ostróda", "w Ostródzie", note="title and first sentence"),
        V("Arena Ostróda", "w Arenie Ostróda", opt=True, note="a study visit during the forum"),
        V("Małdyty", "w Małdytach", opt=True, note="a study visit to a wood-processing firm in Małdyty"),
    ],
    people=[
        P("Antoni Feliks Stankiewicz", ["radny", "przedsiębiorca"], "radny i przedsiębiorca Antoni Feliks Stankiewicz"),
        P("Elina Dowgierd", ["specjalista", "główny specjalista"], "Elina Dowgierd", note="'gł. specjalista Wydziału Inwestycji'"),
        P("Zygmunt Klonowski", "prezes", "prezesem Zygmuntem Klonowskim"),
        P("Marian Wojtkiewicz", "prezes", "prezesem Marianem Wojtkiewiczem"),
        P("Włodzimierz Brodiuk", "starosta", "starosta ostródzki Włodzimierz Brodiuk"),
    ],
    organizations=[
        O("Samorząd Rejonu Wileńskiego", "Samorząd Rejonu Wileńskiego", ["Samorząd"]),
        O("Forum Przedsiębiorczości Polskiej na Litwie „Korona”", "Forum Przedsiębiorczości Polskiej na Litwie „Korona”",
          ["Forum Przedsiębiorczości Polskiej na Litwie", "Korona", "„Korona”"]),
        O("Klub Przedsiębiorców Wileńszczyzny", "Klubu Przedsiębiorców Wileńszczyzny"),
        O("Zakład Przetwórstwa Drzewnego „KACZKAN” Sp.j.", "Zakładzie Przetwórstwa Drzewnego „KACZKAN” Sp.j.",
          ["KACZKAN", "Zakład Przetwórstwa Drzewnego „KACZKAN”"], opt=True, note="a firm"),
        O("Powiat Ostródzki", "Powiatem Ostródzkim", opt=True, note="a county (local government)"),
        O("Wydział Inwestycji", "Wydziału Inwestycji", opt=True),
        O("ASRW", "Fot. archiwum ASRW", opt=True, note="photo credit (twice)"),
    ],
    not_dates=["'Firma Roku 2011' is a year inside an award's name", "'szósta edycja konkursu' is the award's edition, not the forum's",
               "'przed trzema laty' is relative", "'w Jęczmieniszkach' is the seat of a school, not a venue"],
    note="Kurier Wileński: the Vilnius district at the 2nd Polish-Lithuanian-Ukrainian-Russian business forum in Ostróda "
         "(18 May, 'br.'), with study visits and a gala. Junk kept: 'Fot. archiwum ASRW' twice.")

doc(ID[2205], None,
    E("polsko-rosyjskie Forum Gospodarcze",
      ["Międzynarodowe forum gospodarcze", "Forum Gospodarcze", "polsko-rosyjskie Forum Gospodarcze w Ełku", "Forum"], None, None),
    venues=[V("Ełk", "W Ełku", note="also 'Ełk jest miastem'")],
    people=[
        P("Kamil Buksa", "wiceprezydent", "wiceprezydent miasta Kamil Buksa"),
        P("Jurij Żelicyn", "kierownik", "kierownik działu marketingu Jurij Żelicyn"),
        P("Andriej Elizarow", "dyrektor", "Andriej Elizarow", note="'dyrektor centrum Wspierania Przedsiębiorczości w Oziersku'"),
    ],
    organizations=[
        O("Prodeco", "Prodeco", note="a firm from Ełk"),
        O("Centrum Wspierania Przedsiębiorczości w Oziersku", "centrum Wspierania Przedsiębiorczości w Oziersku", opt=True),
    ],
    not_dates=["'z Ełku i Ozierska' are origins; 'Obwodu Kaliningradzkiego', 'w Rosji' are places of business, not venues"],
    note="Radio Olsztyn: Polish-Russian business forum under way in Ełk; no date, no count. Ends with '(mzbr/bsc)'.")

doc(ID[2206], None,
    E("rewizyta delegacji włoskiej",
      ["spotkanie z delegacją z Włoch", "Włoska delegacja z branży metalowej odwiedziła radomskie firmy", "rewizyta",
       "wizyta delegacji włoskiej", "Internacjonalizacja Radomskiego Klastra Metalowego"], None, 2019),
    dates=[
        D("2019-03", "2019-03", "W marcu 2019 roku"),
        D("2019-09", "2019-09", "We wrześniu", note="the Polish delegation's visit to Italy; year from context"),
    ],
    venues=[
        V("Włochy", "poleciała do Włoch", note="the first study visit (Polish delegation to Italy), another event"),
        V("Radom", "odwiedziłem Rado", opt=True, note="the page is cut mid-word ('Pierwszy raz odwiedziłem Rado'); otherwise "
          "only 'w naszym mieście' and adjectives"),
        V("Trentino", "w regionie Trentino", opt=True, note="the Italian cluster's region (a seat, not clearly a venue)"),
    ],
    clusters=[
        C("Radomski Klaster Metalowy", "radomskiego klastra metalowego", ["Radomskiego Klastra Metalowego"],
          note="lower case; also inside the project's name 'Internacjonalizacja Radomskiego Klastra Metalowego'"),
        C("Polo Meccatronica", "klastrem Polo Meccatronica"),
    ],
    people=[P("Łukasz Białczak", "prezes", "Łukasz Białczak", note="'prezes Zarządu Izby Przemysłowo-Handlowej Ziemi Radomskiej'")],
    organizations=[
        O("Izba Przemysłowo-Handlowa Ziemi Radomskiej", "Izby Przemysłowo-Handlowej Ziemi Radomskiej", note="several times"),
        O("Urząd Marszałkowski Województwa Mazowieckiego", "Urzędu Marszałkowskiego Województwa Mazowieckiego"),
        O("Instytut Eksploatacji", "Instytutu Eksploatacji"),
        O("Trentino Sviluppo", "Trentino Sviluppo"),
        O("Unia Europejska", "Unii Europejskiej", ["UE"], opt=True),
    ],
    not_dates=["'Dzisiaj' has no dated anchor in the text", "'z Włoch' in 'delegacją z Włoch' is an origin"],
    note="Zebrra TV (Radom): an Italian metal-industry delegation (Trentino) on a return study visit to Radom firms; "
         "the page is cut mid-word ('odwiedziłem Rado'). Clusters in lower case.")

doc(ID[2207], None,
    E("Clusters meet Regions", ["Clusters meet Regions Milan", "Clusters meet Regions w Mediolanie", "wydarzenie", "Wydarzenie"],
      None, None),
    dates=[
        D("2022", "2022", "od 2022 r.", note="since when the series is organised"),
        D("XXXX-03-26", "XXXX-03-27", "w dniach 26–26 27 marca", note="junk '26–26 27 marca' kept; no year in the text"),
    ],
    venues=[
        V("Mediolan", "w Mediolanie", ["Milan", "Milano"]),
        V("Włochy", "we Włoszech", opt=True, note="country of the venue"),
    ],
    organizations=[O("Unia Europejska", "w różnych regionach UE", ["UE"], opt=True)],
    note="Short announcement (zielonachemia.eu) of the Milan event of a series; the series' name is in the address only, "
         "the text says 'wydarzenia te' / 'Wydarzenie'. Junk date range '26–26 27 marca'.")

doc(ID[2208], "2026-02-27",
    E("Future-proofing your business in a changing demographic and AI landscape",
      ["„Future-proofing your business in a changing demographic and AI landscape”", "konferencja biznesowa", "Wydarzenie"],
      None, 2026),
    dates=[
        D("2026-02-27", "2026-02-27", "27.02.2026", note="'Wersja: 1.0 | Data: 27.02.2026' (the regulations' date)"),
        D("2026-03-31", "2026-03-31", "w dniu 31 marca 2026 r."),
    ],
    venues=[
        V("Szczecin", "w Szczecinie w godzinach", ["w Szczecinie"], note="'odbywa się w dniu 31 marca 2026 r. w Szczecinie'"),
        V("sala konferencyjna „Delfin”", "w sali konferencyjnej „Delfin”", ["Delfin", "sala „Delfin”"], opt=True,
          note="hall-level venue"),
        V("Urząd Marszałkowski Województwa Zachodniopomorskiego", "w siedzibie Urzędu Marszałkowskiego Województwa Zachodniopomorskiego",
          ["siedziba Urzędu Marszałkowskiego Województwa Zachodniopomorskiego"], opt=True,
          note="building-level venue, 'przy ul. Piłsudskiego 40'"),
    ],
    clusters=[C("Klaster ICT Pomorze Zachodnie", "Stowarzyszenie Klaster ICT Pomorze Zachodnie",
                ["Stowarzyszenie Klaster ICT Pomorze Zachodnie"], note="the organiser")],
    organizations=[
        O("ERYK IT sp. z o. o.", "ERYK IT sp. z o. o.", ["ERYK IT"]),
        O("Centrum Inicjatyw Gospodarczych Urzędu Marszałkowskiego w Szczecinie",
          "Centrum Inicjatyw Gospodarczych Urzędu Marszałkowskiego w Szczecinie", ["Centrum Inicjatyw Gospodarczych"]),
        O("Urząd Marszałkowski Województwa Zachodniopomorskiego", "Urzędu Marszałkowskiego Województwa Zachodniopomorskiego"),
    ],
    not_dates=["'ul. Niemierzyńskiej 17a, 71-441 Szczecin' is the organiser's seat (postcode, not a venue or date)",
               "'Wersja: 1.0' is a version number", "'9:00 – 15:00' are hours"],
    note="Regulations of a cluster's business conference (Szczecin, 31 March 2026): hall, building, street address; the "
         "organiser's seat is a decoy. The page is cut mid-word ('liście obecno').")

doc(ID[2209], None,
    E("inauguracja Polskiej Rady Biznesu w Zjednoczonych Emiratach Arabskich",
      ["Polska Rada Biznesu w Zjednoczonych Emiratach Arabskich", "Polska Rada Biznesu", "W Emiratach powstała Polska Rada Biznesu",
       "powstanie Polskiej Rady Biznesu w Zjednoczonych Emiratach Arabskich (ZEA)"], None, 2024),
    dates=[
        D("2024-02", "2024-02", "date 2024-02", note="scraped dateline with month precision"),
        D("2021-10-01", "2022-03-31", "od 1 października 2021 r. do 31 marca 2022 r", note="Expo's run"),
        D("2021-12-06", "2021-12-06", "6 grudnia 2021 r."),
        D("2022-03-28", "2022-03-28", "28 marca 2022 r."),
    ],
    venues=[
        V("Dubaj", "W Dubaju", ["Dubai"], note="the Expo's city; also 'w Dubaju' in the trade office's name"),
        V("Zjednoczone Emiraty Arabskie", "w ZEA", ["ZEA", "Emiraty"], opt=True, note="country (the minister's visit)"),
    ],
    attendance=[
        A(1200, "participants", "more_than", "ponad 1200 uczestników", note="both Expo forums together"),
        A(2500, "organizations", "exact", "2500 polskich firm", note="presented at Expo"),
        A(1500000, "participants", "exact", "1,5 mln osób", opt=True, note="visitors of the Polish pavilion"),
    ],
    people=[
        P("Jacek Tomczak", "wiceminister", "Jacek Tomczak", note="'wiceminister rozwoju i technologii'; later 'wiceminister Tomczak'"),
        P("Aleksander Siemaszko", "wicedyrektor", "Aleksander Siemaszko"),
        P("Jakub Sławek", "ambasador", "Ambasadora Jakuba Sławka"),
        P("Maciej Białko", "prezes", "Maciej Białko", note="'prezes Gulf Business Link LLC'; also 'Białko:' in a link"),
        P("Ahmed Ali Al Sayegh", "minister", "Ahmedem Ali Al Sayeghem", note="'ministrem stanu'"),
    ],
    organizations=[
        O("Polska Rada Biznesu w Zjednoczonych Emiratach Arabskich", "Polskiej Rady Biznesu w Zjednoczonych Emiratach Arabskich",
          ["Polska Rada Biznesu", "Polska Rada Biznesu w ZEA"]),
        O("Ministerstwo Rozwoju i Technologii", "Ministerstwie Rozwoju i Technologii"),
        O("Departament Handlu i Współpracy Międzynarodowej", "Departament Handlu i Współpracy Międzynarodowej", opt=True),
        O("Polska Agencja Inwestycji i Handlu", "Polskiej Agencji Inwestycji i Handlu", ["PAIH"],
          note="'Zagranicznego Biura Handlowego Polskiej Agencji Inwestycji i Handlu w Dubaju'"),
        O("Zagraniczne Biuro Handlowe Polskiej Agencji Inwestycji i Handlu w Dubaju",
          "Zagranicznego Biura Handlowego Polskiej Agencji Inwestycji i Handlu w Dubaju", ["Zagraniczne Biuro Handlowe"], opt=True),
        O("Gulf Business Link LLC", "Gulf Business Link LLC", ["Gulf Business Link"]),
        O("Ministerstwo Spraw Zagranicznych", "Ministerstwie Spraw Zagranicznych", opt=True, note="the Emirati ministry"),
        O("Polsko-Arabskie Forum Gospodarcze", "Polsko-Arabskie Forum Gospodarcze", opt=True, note="an event, not an organisation"),
    ],
    not_dates=["'wczoraj' has only a month-precision anchor", "'w półrocznym okresie' is a duration"],
    note="Rzeczpospolita (firma.rp.pl, February 2024): inauguration of a Polish business council in the UAE, recalling "
         "Expo 2020 Dubai figures (over 1200 forum participants, 2500 firms, 1.5 million visitors). Cut mid-word ('Podczas pi').")

doc(ID[2210], None,
    E("Kongres 590", ["G2A Arena – Trzy lata współpracy samorządu z biznesem", "Kongres 590 w G2A Arena"], None, None),
    venues=[
        V("G2A Arena", "G2A Arena", ["Centrum Wystawienniczo-Kongresowe", "Centrum Wystawienniczo-Kongresowe Województwa Podkarpackiego"],
          note="the exhibition and congress centre (near Rzeszów, in Jasionka: neither named); many times"),
    ],
    attendance=[
        A(5000, "participants", "approx", "prawie 5000 uczestników", note="the last edition of Kongres 590"),
        A(200000, "participants", "more_than", "ponad 200 000 tysięcy osób", opt=True,
          note="visitors of the venue over three years (written '200 000 tysięcy'); a statistic of the venue"),
        A(40, "countries", "exact", "z 40 krajów", opt=True, note="the venue's visitors' countries (statistic)"),
        A(2500, "organizations", "more_than", "ponad 2500 wystawców", opt=True, note="the venue's exhibitors over three years"),
    ],
    people=[P("Kamil Szymański", "prezes", "Kamil Szymański", note="'Prezesa Zarządu CWK Operator'")],
    organizations=[
        O("CWK Operator", "CWK Operator", note="the operator company"),
        O("Samorząd Województwa Podkarpackiego", "Samorządem Województwa Podkarpackiego", ["Województwo Podkarpackie"]),
        O("Europejska Agencja Kosmiczna", "Europejską Agencją Kosmiczną", ["ESA"]),
        O("Businessman TOday", "Businessman TOday", opt=True, note="the publisher's header"),
    ],
    not_dates=["'Trzy lata', 'od trzech lat' are durations", "'ponad 300 wydarzeń' counts events, not attendance",
               "event names (Forum Europa-Ukraina, Forum Państw Trójmorza, Kongres Business Without Limits, ...) are not organisations"],
    note="Interview with the operator of the G2A Arena congress centre: cumulative statistics of the venue (decoys, optional) "
         "and one edition's attendance (Kongres 590, almost 5000). The title is printed three times. Cut mid-word ('Myślistw').")

doc(ID[2211], None,
    E("Konferencja Oddziału Europy Centralnej ICCA",
      ["konferencja ICCA", "Konferencja Oddziału Europy Centralnej ICCA w Belgradzie", "Konferencja"], None, 2019),
    dates=[D("2019-08-29", "2019-08-31", "29-31 sierpnia 2019")],
    venues=[
        V("Belgrad", "w Belgradzie", ["Belgrade", "Beograd"]),
        V("Serbia", "w Serbii", opt=True, note="country of the venue"),
    ],
    attendance=[
        A(105, "participants", "exact", "105 osób"),
        A(15, "countries", "exact", "z 15 krajów"),
        A(16, "speakers", "exact", "16 panelistów"),
        A(5000, "participants", "more_than", "ponad 5000 osób", opt=True, note="the size of ESTRO's own annual congress (another event)"),
    ],
    people=[
        P("Sven Bossu", None, "Sven Bossu", note="from ESTRO; panellist"),
        P("Linda Scholten", None, "Linda Scholten", note="from EFFoST; panellist"),
        P("Ebba Lund", None, "Ebba Lund", note="from IASP; panellist"),
        P("Jane Cunningham", "moderator", "Jane Cunningham", note="'a moderatorem była Jane Cunningham'"),
    ],
    organizations=[
        O("ICCA", "ICCA", ["International Congress and Convention Association"], note="several times"),
        O("Symposium Cracoviense", "Symposium Cracoviense"),
        O("Lublin & Region Convention Bureau", "Lublin & Region Convention Bureau"),
        O("European Society for Radiotherapy & Oncology", "European Society for Radiotherapy & Oncology", ["ESTRO"]),
        O("European Federation of Food Science and Technology", "European Federation of Food Science and Technology", ["EFFoST"]),
        O("International Association of Science Parks and Areas of Innovation",
          "International Association of Science Parks and Areas of Innovation", ["IASP"]),
        O("BestCities Global Alliance", "BestCities Global Alliance"),
    ],
    not_dates=["'ponad 25000 kongresach' counts congresses in a database", "'60% oceny' is a share",
               "'każdego roku' is a frequency"],
    note="Meetings-industry chamber news: the ICCA Central European chapter conference in Belgrade (29-31 August 2019), "
         "105 people from 15 countries including 16 panellists. Junk: double spaces, 'Co nowego w ICCA ?'.")

doc(ID[2212], "2016-12-06",
    E("IfraExpo", ["IfraExpo 2005", "targi IfraExpo", "IfraExpo 2005 Đ znów w Lipsku!"], None, 2005),
    dates=[
        D("2016-12-06", "2016-12-06", "6 gru 2016", note="'6 gru 2016 14:43' (the page's posting time; the article is older)"),
        D("2005", "2005", "w 2005 roku", note="the next IfraExpo, in Leipzig; also 'IfraExpo 2005' in the title (a name)"),
        D("2006", "2006", "w 2006 roku", note="the football World Cup in Germany"),
        D("2002", "2002", "w 2002 roku", note="also '(2002 Đ 16 235 m2)', '(w 2002 Đ 80)'"),
        D("XXXX-12", "XXXX-12", "od grudnia", opt=True, note="new rail connections from December (no year given)"),
    ],
    venues=[
        V("Lipsk", "w Lipsku", ["Leipzig"], note="title and text, several times"),
        V("Barcelona", "w Barcelonie", note="the previous edition ('rok wczeœniej w Barcelonie 254')"),
        V("Niemcy", "w Niemczech", opt=True, note="the 2006 World Cup (another event)"),
        V("Europa Środkowo-Wschodnia", "na obszarze Europy Œrodkowo-Wschodniej", opt=True,
          note="region of the venue; the text has mojibake ('Œrodkowo')"),
    ],
    attendance=[
        A(309, "organizations", "exact", "309 wystawców"),
        A(18, "countries", "exact", "z 18 krajów"),
        A(9059, "participants", "exact", "9059 osób", note="'Targi odwiedziło 9059 osób'"),
        A(72, "countries", "exact", "z 72 krajów", note="the visitors' countries"),
        A(65, "organizations", "exact", "65 firm", opt=True, note="first-time exhibitors (part of the 309)"),
        A(254, "organizations", "exact", "w Barcelonie 254", opt=True, note="exhibitors of the previous edition"),
        A(20, "countries", "exact", "w Barcelonie Đ 20", opt=True, note="countries of the previous edition"),
        A(26, "organizations", "exact", "nowych wystawców było 26", opt=True, note="new exhibitors in 2002"),
        A(9177, "participants", "exact", "rok wczeœniej 9177", opt=True, note="visitors of the previous edition"),
        A(80, "countries", "exact", "w 2002 Đ 80", opt=True, note="visitors' countries in 2002"),
    ],
    people=[
        P("Reiner Mittelbach", "szef", "Reiner Mittelbach", note="'szef organizacji Ifra'"),
        P("Wolfgang Tiefensee", "burmistrz", "burmistrz Lipska Wolfgang Tiefensee"),
        P("Hartmut Mehdorn", ["szef", "prezes"], "Hartmut Mehdorn", note="head of the German railways, former Heidelberg president"),
    ],
    organizations=[
        O("Ifra", "stowarzyszenie Ifra", ["Ifra"]),
        O("FIFA", "FIFA"),
        O("Niemieckie Koleje Państwowe", "Niemieckie Koleje Państwowe", ["Deutsche Bahn"]),
        O("Heidelberg", "Heidelberga", opt=True, note="the press maker (genitive)"),
    ],
    not_dates=["'16 007 m2', '16 235 m2' are areas", "'14:43' is a time",
               "Madryt, Barcelona, Amsterdam, Paryż, Bruksela, Londyn, Kopenhaga are flight origins (decoys)",
               "'z Saksonii' is an origin"],
    note="Printing-industry news reposted in 2016: the newspaper fair IfraExpo held (2004) in Leipzig will return there in "
         "2005; full statistics with previous-edition figures in parentheses. Mojibake kept ('Đ' for a dash, 'š', 'œ').")

doc(ID[2213], None,
    E("I Forum Ekonomiczne Partnerstwo Strategiczne",
      ["Forum Ekonomiczne Partnerstwo Strategiczne", "I Forum Ekonomiczne", "pierwsze polsko-litewskie Forum Ekonomiczne",
       "Forum Ekonomiczne", "polsko-litewskie forum ekonomiczne"], 1, 2018),
    dates=[
        D("2018-04", "2018-04", "date 2018-04", note="scraped dateline with month precision"),
        D("2018-04-25", "2018-04-26", "w dniach 25-26 kwietnia", note="year from the dateline / 'W tym roku'"),
        D("2018", "2018", "W tym roku", opt=True, note="relative, anchored by the dateline"),
    ],
    venues=[
        V("Wilno", "w Wilnie", ["Vilnius"], note="twice"),
        V("Pałac Władców", "w Pałacu Władców", ["Pałac Wielkich Książąt Litewskich"], opt=True, note="building-level venue"),
    ],
    attendance=[A(300, "participants", "approx", "blisko 300 uczestników")],
    people=[
        P("Saulius Skvernelis", "premier", "premiera RL Sauliusa Skvernelisa"),
        P("Mateusz Morawiecki", "premier", "premiera RP Mateusza Morawieckiego"),
        P("Alvydas Nikžentaitis", "prezes", "prof. Alvydas Nikžentaitis", note="'prezes zarządu Forum Dialogu ...'"),
    ],
    organizations=[
        O("Forum Dialogu i Współpracy im. Jerzego Giedroycia", "Forum Dialogu i Współpracy im. Jerzego Giedroycia",
          ["Forum Giedroycia"], note="twice; also 'Forum Giedroycia'"),
        O("Kurier Wileński", "„Kurierem Wileńskim”", opt=True, note="the publisher"),
    ],
    not_dates=["'od sześciu lat' is a duration"],
    note="Kurier Wileński (April 2018): announcement of the first Polish-Lithuanian economic forum in Vilnius, 25-26 April, "
         "close to 300 participants, in the Palace of the Grand Dukes. Cut at 'Mimo że ekonomiczne '.")

doc(ID[2214], None,
    E("Konferencja Rady Gospodarczej Strefy Wolnego Słowa z polskimi przedsiębiorcami w Wilnie",
      ["Konferencja Rady Gospodarczej Strefy Wolnego Słowa", "konferencja", "Kapitał Polonii"], None, None),
    dates=[D("XXXX-02-23", "XXXX-02-23", "W piątek, 23 lutego", note="no year in the text (the address has 2018)")],
    venues=[
        V("Wilno", "w Wilnie", ["Vilnius"], note="title and first paragraph"),
        V("Szkoła Podstawowa na Lipówce", "w Szkole Podstawowej na Lipówce", ["Lipówka"], opt=True, note="building-level venue"),
    ],
    people=[P("Marian Paluszkiewicz", None, "Fot. Marian Paluszkiewicz", opt=True, note="photo credit")],
    organizations=[
        O("Rada Gospodarcza Strefy Wolnego Słowa", "Rady Gospodarczej Strefy Wolnego Słowa", ["RG SWS", "Rada"],
          note="several times; acronym '(RG SWS)'"),
    ],
    not_dates=["'trzy wizyty zagraniczne' counts visits, not attendance", "'Kapitał Polonii' is a project"],
    note="Kurier Wileński: a business council's conference with Polish entrepreneurs in a Vilnius school (23 February), "
         "founding its Vilnius branch. No count, no year.")

doc(ID[2215], None,
    E("spotkanie poświęcone współpracy gospodarczej MSP Polski i Litwy",
      ["Przedsiębiorcy Polski i Litwy chcą się spotykać", "spotkanie w Ambasadzie RL w Warszawie", "spotkanie"], None, 2020),
    dates=[
        D("2020-02", "2020-02", "date 2020-02", note="scraped dateline with month precision"),
        D("2020-02-11", "2020-02-11", "11 lutego", note="year from the dateline"),
    ],
    venues=[
        V("Warszawa", "w Warszawie", ["Warsaw"], note="'w Ambasadzie RL w Warszawie'"),
        V("Ambasada RL w Warszawie", "w Ambasadzie RL w Warszawie", ["Ambasada Republiki Litewskiej", "Ambasada RL"], opt=True,
          note="building-level venue"),
    ],
    attendance=[A(2, "countries", "exact", "dwóch krajów", opt=True, note="Poland and Lithuania (the subject, not a count of participants)")],
    people=[
        P("Eduardas Borisovas", "ambasador", "Eduardas Borisovas"),
        P("Justas Džiugelis", "poseł", "poseł Sejmu RL Justas Džiugelis"),
        P("Barbara Dziuk", ["posłanka", "poseł"], "Barbara Dziuk", note="'posłowie Sejmu RP Barbara Dziuk oraz Wojciech Zubowski'"),
        P("Wojciech Zubowski", "poseł", "Wojciech Zubowski"),
        P("Kamil Rybikowski", "przedstawiciel", "Kamil Rybikowski", note="'przedstawiciel Rzecznika MSP'"),
    ],
    organizations=[
        O("Rada Gospodarcza Strefy Wolnego Słowa", "Rady Gospodarczej Strefy Wolnego Słowa",
          ["Wileński oddział Rady Gospodarczej Strefy Wolnego Słowa", "Rada Gospodarcza"], note="its Vilnius branch"),
        O("Ambasada Republiki Litewskiej", "Ambasadzie RL", ["Ambasada RL"], opt=True),
        O("Rada Biznesu", "Radzie Biznesu", opt=True),
        O("Rzecznik Małych i Średnich Przedsiębiorców", "Rzecznika Małych i Średnich Przedsiębiorców", ["Rzecznik MSP"]),
        O("Sejm RL", "Sejmu RL", ["Sejm Republiki Litewskiej"], opt=True),
        O("Sejm RP", "Sejmu RP", opt=True),
    ],
    not_dates=["'Z Litwy licznie przybyli' is an origin, not a venue", "'dwa panele dyskusyjne' counts panels",
               "'Konstytucji Biznesu' is a law package, not an organisation"],
    note="Kurier Wileński (February 2020): an SME meeting of Polish and Lithuanian business held at the Lithuanian embassy "
         "in Warsaw on 11 February. Ends with a newline.")

doc(ID[2216], None,
    E("Vilnius Business Weekend", ["VBW", "pierwszy polsko-litewski weekend biznesowy w Wilnie", "weekend biznesowy"], 1, 2016),
    dates=[
        D("1925", "1925", "w 1925 r", note="the chamber's founding"),
        D("2015", "2015", "Za 2015 r"),
        D("2010", "2010", "Od 2010 r"),
    ],
    venues=[
        V("Wilno", "w stolicy Litwy", ["Vilnius"], note="also 'w Wilnie' (twice: the interview, a power plant)"),
        V("Litwa", "na Litwie", opt=True, note="country; mostly as the market"),
    ],
    people=[P("Anira Wojan", "pomysłodawczyni", "Anira Wojan", note="'pomysłodawczyni imprezy kierująca Fundacją Kossakowskiego'")],
    organizations=[
        O("Rafako", "Rafako"),
        O("Vilnius jogaine", "Vilnius jogaine", opt=True, note="a Lithuanian heat plant company"),
        O("Energotechnika Engineering", "Energotechnikii Engeenering", opt=True, note="misspelt in the text, 'z Gliwic'"),
        O("Katharsis Development", "Katharsis Development"),
        O("Fundacja Kossakowskiego", "Fundacją Kossakowskiego"),
        O("Instytut Kossakowskich", "Instytutem Kossakowskich"),
        O("Vilnius Chamber of Commerce, Industry and Crafts", "Vilnius Business of Chamber, Industry and Crafts",
          ["CCI", "Litewska Izba Biznesu, Przemysłu i Rzemiosł", "Vilnius Business of Chamber, Industry and Crafts"],
          note="garbled English name in the text; then '(CCI - Litewska Izba Biznesu, Przemysłu i Rzemiosł)'"),
        O("Grupa Ekspercka INNO LT", "Grupa Ekspercka INNO LT", ["INNO LT"]),
        O("Rzeczpospolita", "Rzeczpospolitą", opt=True, note="the publisher"),
    ],
    not_dates=["'150 milionów euro', '996 mln euro', '3,51 mld euro' are sums", "'z Gliwic' is an origin",
               "'W sobotę' has no dated anchor", "'w Rejonie Sołecznickim' is a place of business"],
    note="Rzeczpospolita: the first Vilnius Business Weekend ended on Saturday; no date, year only by context "
         "('Za 2015 r', 'w minionym roku'). Cut mid-word ('o l').")

doc(ID[2217], "2013-10-29",
    E("Wizyta przedsiębiorców w Powiecie Jeleniogórskim",
      ["wizyta przedsiębiorców z Powiatu Wolsztyńskiego w Powiecie Jeleniogórskim", "robocza wizyta", "wizyta"], None, 2013),
    dates=[
        D("2013-10-29", "2013-10-29", "2013-10-29", note="date line under the title"),
        D("2013-10-10", "2013-10-12", "W dniach 10-12.10.2013r."),
        D("2008", "2008", "z 2008 r.", note="the partnership agreement"),
    ],
    venues=[
        V("Powiat Jeleniogórski", "w Powiecie Jeleniogórskim", ["powiat jeleniogórski"], note="title and text"),
        V("Jelenia Góra", "w rejonie Jeleniej Góry", opt=True),
        V("Bukowiec", "w Bukowcu", opt=True, note="palace visited"),
        V("Ścięgny-Kostrzyca", "w Ścięgnach-Kostrzycy", opt=True, note="waste plant visited"),
        V("Piechowice", "w Piechowicach", note="the tile factory visited on the second day"),
    ],
    attendance=[A(6, "participants", "exact",
                  "Andrzej Barski, Jerzy Gintrowicz, Marek Hirt, Zenon Matysik, Andrzej Dąbrowski i Zenon Różycki", opt=True,
                  note="six named delegates, no numeral")],
    people=[
        P("Andrzej Barski", ["przedsiębiorca", "rzemieślnik"], "Andrzej Barski"),
        P("Jerzy Gintrowicz", ["przedsiębiorca", "rzemieślnik"], "Jerzy Gintrowicz"),
        P("Marek Hirt", ["przedsiębiorca", "rzemieślnik"], "Marek Hirt"),
        P("Zenon Matysik", ["przedsiębiorca", "rzemieślnik"], "Zenon Matysik"),
        P("Andrzej Dąbrowski", ["przedsiębiorca", "rzemieślnik"], "Andrzej Dąbrowski"),
        P("Zenon Różycki", ["przedsiębiorca", "rzemieślnik"], "Zenon Różycki"),
        P("Jacek Włodyga", "starosta", "Starostą Jeleniogórskim Jackiem Włodygą"),
        P("Witold Szczudłowski", "dyrektor", "Pana Witolda Szczudłowskiego"),
        P("Barbara Urbaniak-Marconi", "prezes", "Prezes firmy Pani Barbara Urbaniak-Marconi"),
    ],
    organizations=[
        O("Wolsztyńska Izba Gospodarcza", "Wolsztyńskiej Izbie Gospodarczej"),
        O("Cech Rzemiosł Różnych", "Cechu Rzemiosł Różnych"),
        O("Powiat Wolsztyński", "Powiatu Wolsztyńskiego", opt=True, note="a county (local government)"),
        O("Związek Gmin Karkonoskich", "Związku Gmin Karkonoskich", note="twice"),
        O("Karkonoska Agencja Rozwoju Regionalnego", "Karkonoskiej Agencji Rozwoju Regionalnego"),
        O("Karkonoskie Centrum Gospodarki Odpadami", "Karkonoskim Centrum Gospodarki Odpadami", opt=True),
        O("Polcolorit", "Polcolorit", note="the tile factory"),
    ],
    not_dates=["'z Wolsztyna' is an origin (twice)"],
    note="County news: a study visit of Wolsztyn entrepreneurs to Jelenia Góra county (10-12 October 2013), places visited "
         "named; delegates listed by name. Leading spaces and a double space kept; cut mid-word ('Niezwykle intere').")

doc(ID[2218], "2019-12-16",
    E("Wizyta Klubu Radców Handlowych na Dolnym Śląsku",
      ["Relacja: Wizyta Klubu Radców Handlowych na Dolnym Śląsku, 9-11 grudnia 2019 r.", "wizyta Klubu Radców Handlowych",
       "wizyta"], None, 2019),
    dates=[
        D("2019-12-09", "2019-12-11", "9-11 grudnia 2019 r.", note="title and first sentence"),
        D("2019-12-16", "2019-12-16", "16.12.2019", note="date line (publication)"),
    ],
    venues=[
        V("Dolny Śląsk", "na Dolnym Śląsku", ["województwo dolnośląskie"], note="title; also 'odwiedziło Dolny Śląsk'"),
        V("Wrocław", "Wrocław jest w czołówce", opt=True, note="the city is named (nominative), visits at its university"),
        V("Politechnika Wrocławska", "Wrocławskiej Politechniki", opt=True, note="building-level venue of a visit"),
        V("Dolnośląska Agencja Współpracy Gospodarczej", "w Dolnośląskiej Agencji Współpracy Gospodarczej", ["DAWG"], opt=True,
          note="building-level venue of the first meeting"),
    ],
    attendance=[
        A(24, "participants", "exact", "24 dyplomatów"),
        A(21, "organizations", "exact", "21 ambasad", note="the embassies represented"),
    ],
    people=[
        P("Grzegorz Macko", "wicemarszałek", "Pan Grzegorz Macko"),
        P("Krzysztof Bramorski", "pełnomocnik", "Pan Krzysztof Bramorski"),
        P("Marek Kłoczko", ["wiceprezes", "dyrektor generalny"], "Pan Marek Kłoczko", note="'wiceprezes-dyrektor generalny'"),
        P("Andrzej Kucharski", "prorektor", "profesor Andrzej Kucharski"),
    ],
    organizations=[
        O("Klub Radców Handlowych", "Klubu Radców Handlowych", ["Klub Radców Handlowych przy KIG"]),
        O("Krajowa Izba Gospodarcza", "KIG", ["KIG"]),
        O("Dolnośląska Agencja Współpracy Gospodarczej", "Dolnośląskiej Agencji Współpracy Gospodarczej", ["DAWG"]),
        O("Politechnika Wrocławska", "Wrocławskiej Politechniki", ["Politechnika"]),
        O("Centrum na Rzecz Współpracy pomiędzy Nauką i Gospodarką", "Centrum na Rzecz Współpracy pomiędzy Nauką i Gospodarką"),
        O("Wrocławskie Centrum Transferu Technologii", "Wrocławskie Centrum Transferu Technologii"),
    ],
    not_dates=["'9 prezentacji' counts presentations", "'dwa ośrodki naukowe' counts centres visited"],
    note="Chamber of commerce report: 24 diplomats of 21 embassies on a study visit to Lower Silesia (9-11 December 2019). "
         "Cut mid-word ('uczes').")

skipped(ID[2219], "en", "English: Why Eastern Poland news (9 June 2014) on a study visit of foreign journalists (UAE, China, "
                        "Hungary, Romania, Latvia) to Kielce and Lublin, 2-5 June, with the 4th Eastern Poland Business Forum in "
                        "Kielce and a dinner at Binkowski Hotel; language gate")
