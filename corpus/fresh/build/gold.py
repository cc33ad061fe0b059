"""Hand-written gold for corpus/fresh (ids 400-419), following corpus/GUIDE.md and the
conventions of corpus/heldout, corpus/blind and corpus/final SOURCES.md.

Run: python3 gold.py  -> writes ../gold/*.json and checks that every `text` is an exact
substring of the raw file (so char spans can be computed from it: raw.find(text)).
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import D, V, A, C, P, O, E, DOCS, doc, skipped  # noqa: F401 (the item helpers, see corpus/goldkit.py)

# ---------------------------------------------------------------------------------------------
doc("400_konferencja-v4-lubelska-medycyna", None,
    E("Polityka klastrowa i współpraca klastrów w ramach państw V4+4",
      ["konferencja dotycząca polityki klastrowej i współpracy klastrów w ramach państw V4+4", "konferencja",
       "Konferencja Klastrowa"], None, 2017),
    dates=[D("2017-06-30", "2017-06-30", "W dniu 30 czerwca 2017 r")],
    venues=[V("Ministerstwo Rozwoju", "w Ministerstwie Rozwoju", opt=True,
              note="building-level venue (twice); the city is not named")],
    clusters=[
        C("Klaster Lubelska Medycyna", "Klaster Lubelska Medycyna", ["Lubelska Medycyna"]),
        C("MedSilesia – Śląska Sieć Wyrobów Medycznych", "klaster MedSilesia – Śląska Sieć Wyrobów Medycznych",
          ["MedSilesia", "Śląska Sieć Wyrobów Medycznych", "Klaster MedSilesia"]),
        C("Krajowy Klaster Kluczowy", "Krajowy Klaster Kluczowy", opt=True, note="a status, not a cluster's name"),
    ],
    people=[P("Marzena Strok-Sadło", "członek zarządu", "członka zarządu klastra – Marzenę Strok-Sadło",
              note="accusative after the title")],
    organizations=[O("Ministerstwo Rozwoju", "Ministerstwie Rozwoju", ["MR"], note="the organiser (and the venue)")],
    not_dates=["'V4+4' is a group of countries"],
    note="'Krajowa Inteligentna Specjalizacja „Zdrowe Społeczeństwo”' is a policy area, not an organisation. "
         "The address (2017/07/11) is not part of the text: document_date null.")

doc("401_targi-lotnicze-jasionka", None,
    E("targi lotnicze w Jasionce", ["targi", "targi lotnicze", "impreza", "targi w Jasionce"], None, None),
    venues=[V("Jasionka", "Do Jasionki", note="the only place named for the fair")],
    attendance=[
        A(200, "organizations", "approx", "prawie 200 firm", note="'prawie' (almost): approx"),
        A(25, "countries", "approx", "z niemal 25 krajów", note="'niemal' (nearly): approx"),
    ],
    people=[
        P("Władysław Ortyl", "marszałek", "marszałek woj. podkarpackiego Władysław Ortyl"),
        P("Maciej Jaskot", "dyrektor",
          "dyrektor departamentu promocji i współpracy gospodarczej podkarpackiego urzędu marszałkowskiego Maciej Jaskot"),
    ],
    organizations=[
        O("Pratt&Whitney", "Pratt&Whitney", ["Pratt & Whitney"]),
        O("Lockheed Martin", "Lockheed Martin"),
        O("Airbus", "Airbus"),
        O("Safran", "Safran"),
        O("ABE Advanced Business Events", "firma ABE Advanced Business Events", ["ABE"], note="the organiser"),
        O("Województwo Podkarpackie", "województwo podkarpackie", ["Samorząd Województwa Podkarpackiego"], opt=True,
          note="a region as co-organiser"),
        O("Urząd Marszałkowski Województwa Podkarpackiego", "podkarpackiego urzędu marszałkowskiego",
          ["podkarpacki urząd marszałkowski"], opt=True, note="lower-case, only inside a title"),
    ],
    not_dates=["'od wtorku' is a weekday with no date to anchor it",
               "'prawie dwa tys. spotkań' counts meetings, not participants"],
    note="No date and no event name in the text (the name Aerospace and Defense Meetings is only in the address). "
         "Indie, Norwegia, Kanada and the regions Oksytania, Nowa Akwitania, Bawaria, Apulia, Andaluzja are where "
         "visitors came from: not venues. The text is cut at 'nowyc'.")

doc("402_aviation-expo-kielce", None,
    E("Aviation Expo", ["targi Aviation Expo", "Targi Aviation", "AVIATION EXPO", "targi lotnicze Aviation Expo",
                        "targi"], 4, 2022),
    dates=[D("2022-09", "2022-09", "date 2022-09",
             note="scraped dateline with month precision (' date 2022-09 ' opens the text): a date, but not an exact "
                  "document_date")],
    venues=[
        V("Masłów", "na lotnisku w Masłowie", note="part of the exhibition was at the Masłów airfield"),
        V("Kielce", "w Targach Kielce", opt=True,
          note="the city appears only inside the fair company's name 'Targi Kielce' (like 'PGE Arena Gdańsk')"),
        V("Targi Kielce", "Targach Kielce", opt=True, note="building-level venue (the fairground)"),
    ],
    attendance=[A(50, "organizations", "exact", "50 wystawców", note="exhibitors of the 4th edition (announced)")],
    people=[
        P("Zara Rutherford", None, "19-letnia Zara Rutherford", note="pilot mentioned in a quote; '19-letnia' is an age"),
        P("Marzena Ślusarz", None, "Marzena Ślusarz z Targów Kielce", note="no title given"),
    ],
    organizations=[
        O("Targi Kielce", "Targach Kielce", note="also 'Targów Kielce', 'Targi Kielce'"),
        O("SkyDream", "SkyDream"),
        O("SkyDealer", "SkyDealer"),
        O("Manufaktura Lotnicza", "Manufaktura Lotnicza"),
        O("En Tank", "En Tank"),
        O("Aeroprakt", "Aeroprakt"),
        O("Ecol", "Ecol"),
        O("Faston", "Faston"),
        O("AutoGyro", "firmy AutoGyro"),
        O("PAP", "powiedziała PAP", ["Polska Agencja Prasowa"], opt=True, note="news agency quoted as the source"),
    ],
    not_dates=["'przez weekend', 'W sobotę' have no date to anchor them", "'19-letnia' is an age",
               "'200km/h', '210 km/h', '155 HP', 'A32', 'A22', 'Argon 915iS' are not dates"],
    note="Edition 4 from 'W czwartej edycji targów'; year from the dateline. Sub-events (Europejskie Forum Aeroklubów, "
         "Technology and Law for Aviation, Global Drone Conference) have no own venue. Aircraft models (Czajka, "
         "Viper SD4, Tecnam P92, Dynali H3, Cavalon) are not organisations. Cut at 'AVIATION EXP'.")

doc("403_swarzedzki-klaster-meblarzy", "2013-12-27",
    E("podpisanie listu intencyjnego dotyczącego utworzenia Klastra meblarzy swarzędzkich",
      ["list intencyjny", "Swarzędzki klaster", "podpisano list intencyjny",
       "podpisanie listu intencyjnego"], None, 2013),
    dates=[
        D("2013-12-27", "2013-12-27", "27 gru 2013", note="publication date with an abbreviated month (also the document_date); time 18:01 ignored"),
        D("2013-07-30", "2013-07-30", "30 lipca br.", note="'br.' = the document's year"),
        D("2013-09", "2013-09", "We wrześniu br.", note="workshops and trainings"),
    ],
    venues=[
        V("Poznań", "w Starostwie Powiatowym w Poznaniu", note="the city is named as such ('w Poznaniu')"),
        V("Starostwo Powiatowe w Poznaniu", "Starostwie Powiatowym w Poznaniu", opt=True, note="building-level venue"),
    ],
    clusters=[C("Klaster meblarzy swarzędzkich", "„Klastra meblarzy swarzędzkich”",
                ["Klaster Meblarzy Swarzędzkich", "Swarzędzki klaster", "klaster meblarski"])],
    people=[P("Bartosz Zawieja", "dyrektor", "Bartosz Zawieja, dyrektor Wydziału Tworzenia i Realizacji Projektów")],
    organizations=[
        O("Wielkopolska Izba Przemysłowo-Handlowa", "Wielkopolska Izba Przemysłowo-Handlowa", ["WIPH"]),
        O("Uniwersytet Przyrodniczy w Poznaniu", "Uniwersytet Przyrodniczy w Poznaniu", ["Uniwersytet Przyrodniczy"]),
        O("Politechnika Poznańska", "Politechnikę Poznańską"),
        O("Instytut Technologii Drewna w Poznaniu", "Instytut Technologii Drewna w Poznaniu", ["Instytut Technologii Drewna"]),
        O("Cech Meblarzy", "w Cechu Meblarzy"),
        O("Starostwo Powiatowe w Poznaniu", "Starostwie Powiatowym w Poznaniu", opt=True, note="the venue"),
        O("Powiat Poznański", "powiat poznański", opt=True, note="a county as initiator"),
        O("Gmina Swarzędz", "miasto i gminę Swarzędz", ["Swarzędz", "Miasto i Gmina Swarzędz"], opt=True,
          note="a municipality"),
        O("Wydział Tworzenia i Realizacji Projektów", "Wydziału Tworzenia i Realizacji Projektów", opt=True,
          note="a unit (of the county office), only inside a title"),
        O("Unia Europejska", "Unii Europejskiej", ["UE"], opt=True, note="as the source of funds ('środki z UE')"),
    ],
    not_dates=["'18:01' is a time", "'działanie 1.6' is a programme measure"],
    note="'Wielkopolski Regionalny Program Operacyjny' is a programme, not an organisation. Swarzędz is where the "
         "cluster's members work, not where the signing took place: not a venue. The text ends in comment-form junk "
         "'WASZE KOMENTARZE (0'.")

doc("404_kongres-meblarski-poznan", "2016-10-11",
    E("Ogólnopolski Kongres Meblarski",
      ["Ogólnopolski Kongres Meblarski „Polskie Meble – Konkurencyjna Polska”", "Polskie Meble – Konkurencyjna Polska",
       "kongres meblarski"], None, 2016),
    dates=[
        D("2016-10-11", "2016-10-11", "11-10-2016", note="dateline DD-MM-YYYY (also the document_date)"),
        D("2016-09-13", "2016-09-16", "w dniach 13-16 września br.",
          note="the fairs DREMA/FURNICA/SOFAB, at which the congress took place; 'br.' = 2016"),
    ],
    venues=[
        V("Poznań", "stolica Wielkopolski", opt=True,
          note="named only by a periphrase ('stolica Wielkopolski') and inside the fair company's name"),
        V("Międzynarodowe Targi Poznańskie", "na targach DREMA/FURNICA/SOFAB", ["Targi Poznańskie", "MTP"], opt=True,
          note="building-level venue: the congress was held at the fairs on the Poznań fairground"),
    ],
    people=[P("Małgorzata Gackowska", None, "Tekst i Foto Małgorzata Gackowska", opt=True, note="article author")],
    organizations=[
        O("Ogólnopolska Izba Gospodarcza Producentów Mebli", "Ogólnopolską Izbę Gospodarczą Producentów Mebli",
          ["OIGPM"], note="also in the genitive (three times)"),
        O("Międzynarodowe Targi Poznańskie", "Międzynarodowymi Targami Poznańskimi", ["Targi Poznańskie", "MTP"],
          note="also 'Targami Poznańskimi'"),
        O("Promedia", "firmą Promedia", ["agencja Promedia"]),
    ],
    not_dates=["'20-lecia' and '20. jubileuszu' are an anniversary, not a date or an edition"],
    note="'Ambasadorów Meblarstwa' is an honorary title. 'Dla tysięcy producentów' is vague: no attendance. "
         "The 20th anniversary belongs to the chamber, so no edition. Cut at 'meblowego '.")

doc("405_spotkanie-klastrow-medycznych-wroclaw", None,
    E("spotkanie inaugurujące współpracę w obszarze medycyny i ochrony zdrowia",
      ["Spotkanie klastów medycznych", "Spotkanie klastrów medycznych", "spotkanie", "spotkanie klastrów medycznych we Wrocławiu"],
      None, 2015),
    dates=[D("2015-02-10", "2015-02-10", "10 lutego 2015 roku")],
    venues=[
        V("Wrocław", "we Wrocławiu", note="twice"),
        V("Data Technopark", "w siedzibie Data Technopark", opt=True, note="building-level venue"),
        V("Dąbrowa Górnicza", "w Dąbrowie Górniczej",
          note="venue of the I Światowy Kongres Klastrów, an event the article mentions (twice)"),
    ],
    clusters=[
        C("Polski Innowacyjny Klaster Medyczny PIKMED", "Polski Innowacyjny Klaster Medyczny PIKMED",
          ["PIKMED", "Polski Innowacyjny Klaster Medyczny"]),
        C("Klaster E-zdrowie", "Klastra E-zdrowie", ["E-zdrowie"]),
        C("Klaster Innowacyjna Medycyna", "Klaster Innowacyjna Medycyna", ["Innowacyjna Medycyna"],
          note="also the site banner"),
        C("Klaster Nowoczesna Medycyna", "Klastra Nowoczesna Medycyna", ["Nowoczesna Medycyna"]),
    ],
    people=[
        P("Romuald Litwin", "prezes", "Pan Romuald Litwin – Prezes Klastra E-zdrowie"),
        P("Bartosz Hajncz", "prezes", "Pan Bartosz Hajncz- Prezes Klastra Innowacyjna Medycyna"),
        P("Ilona Trześniewska-Radojewska", "koordynator", "Ilona Trześniewska-Radojewska – Koordynator Klastra"),
        P("Iwona Wójcik", "dyrektor", "Iwona Wójcik – Dyrektor Biura Klastra"),
        P("Tomasz Szelągowski", "prezes", "Pan Tomasz Szelągowski – Prezes Klastra Nowoczesna Medycyna"),
        P("Witold Pałys", "wiceprezes", "Pan Witold Pałys",
          note="the plural title '-Wiceprezesi' after the third name covers all three (the site's English version says so)"),
        P("Anna Kaczmarek", "wiceprezes", "Pani Anna Kaczmarek"),
        P("Tomasz Leśniak", "wiceprezes", "Pan Tomasz Leśniak -Wiceprezesi Polskiego Innowacyjnego Klastra Medycznego PIKMED"),
    ],
    organizations=[
        O("Data Technopark", "Data Technopark", note="coordinator of Klaster E-zdrowie, host of the meeting"),
    ],
    note="'klastów' (sic) in the heading. The I Światowy Kongres Klastrów is an event, not an organisation. "
         "Cut at 'w spec'.")

doc("406_euconsortia-poznan-ict", None,
    E("Europejskie Konsorcja 2011-2012 – rozwój klasteringu w Wielkopolsce",
      ["EUConsortia", "Europejskie Konsorcja 2011-2012", "Europejskie Konsorcja", "konferencja",
       "Owocne spotkania na EUConsortia"], None, None),
    venues=[V("Poznań", "poznańskiej konferencji", opt=True,
              note="the city appears only as an adjective ('poznańskiej konferencji') and inside an institution's name")],
    clusters=[C("Wielkopolski Klaster Teleinformatyczny", "Wielkopolski Klaster Teleinformatyczny")],
    people=[
        P("Cezary Mazurek", None, "dr Cezary Mazurek z PCSS", note="academic title, not a role"),
        P("Grażyna Demenko", None, "Profesor Grażyna Demenko", note="academic title, not a role"),
    ],
    organizations=[
        O("Urząd Marszałkowski Województwa Wielkopolskiego", "Urząd Marszałkowski Województwa Wielkopolskiego"),
        O("Poznańskie Centrum Superkomputerowo-Sieciowe PAN", "Poznańskie Centrum Superkomputerowo-Sieciowe PAN",
          ["Poznańskie Centrum Superkomputerowo-Sieciowe", "PCSS"], note="also 'Poznańskiego Centrum …', 'PCSS'"),
        O("Krajowy Punkt Kontaktowy", "Krajowego Punktu Kontaktowego", ["KPK"]),
        O("ITTI", "firm ITTI"),
        O("Verax Systems", "Verax Systems"),
        O("Polska Akademia Nauk", "Superkomputerowo-Sieciowe PAN", ["PAN"], opt=True, note="only inside a name"),
    ],
    not_dates=["'2011-2012' is inside the conference's name",
               "'trzydzieści … spotkań indywidualnych' counts meetings, not participants",
               "'trzy grupy tematyczne' counts workshop groups"],
    note="No date at all. Niemcy, Francja, Słowacja are where speakers came from: not venues. The workshop titles "
         "are in English. Cut at 'prze'.")

doc("407_dni-lubelskiej-wyzyny-it", None,
    E("Dni Lubelskiej Wyżyny IT", ["konferencja branżowa Dni Lubelskiej Wyżyny IT", "konferencja branżowa",
                                  "Relacja z „Dni Lubelskiej Wyżyny IT”"], None, None),
    dates=[D("XXXX-05-14", "XXXX-05-15", "14 i 15 maja", note="two consecutive days read as a range; no year anywhere")],
    venues=[
        V("Instytut Informatyki UMCS", "w Instytucie Informatyki UMCS", opt=True, note="building-level venue"),
        V("Lublin", "Urzędu Miasta Lublin", opt=True,
          note="the city of the event is named only inside names (Urząd Miasta Lublin, TVP Lublin) and a workshop title"),
    ],
    clusters=[C("Wschodni Klaster ICT", "Wschodniego Klastra ICT", note="also 'Wschodni Klaster ICT'")],
    people=[
        P("Urszula Bobryk", "prorektor", "Prorektor ds. Studenckich Prof. sztuk muz. Urszula Bobryk",
          note="'Prof. sztuk muz.' is an academic title"),
        P("Grzegorz Siemiński", ["zastępca prezydenta", "z-ca prezydenta", "wiceprezydent"],
          "Z-ca Prezydenta Grzegorz Siemiński"),
        P("Robert Szlęzak", "prezes", "Prezes Wschodniego Klastra ICT Robert Szlęzak"),
        P("Stefan Korczak", "dziekan", "Dziekan Wydziału Matematyki, Fizyki i Informatyki dr hab. Stefan Korczak"),
        P("Paweł Mikołajczak", "dyrektor", "Dyrektor Instytutu Informatyki prof. dr hab. Paweł Mikołajczak"),
        P("Krzysztof Żuk", "prezydent", "Prezydent Miasta pan Krzysztof Żuk"),
        P("Tadeusz Golonka", ["honorowy dyrektor", "dyrektor"],
          "Tadeusza Golonki (Honorowy Dyrektor Regionalny Microsoft w Polsce)", note="title in brackets after the genitive"),
        P("Wojciech Widelski", "kierownik", "Wojciech Widelski (Kierownik LubMAN UMCS)"),
        P("Waldemar Kubisz", None, "Waldemar Kubisz (Leica Geosystems)"),
        P("Waldemar Kociuba", None, "Waldemar Kociuba (Wydział NoZiGP UMCS)"),
        P("Tomasz Gomoła", None, "Tomasz Gomoła"),
    ],
    organizations=[
        O("Uniwersytet Marii Curie-Skłodowskiej", "UMCS", ["UMCS"]),
        O("Urząd Miasta Lublin", "Urzędu Miasta Lublin", ["Urząd Miasta Lublina"]),
        O("Ministerstwo Administracji i Cyfryzacji", "Ministerstwo Administracji i Cyfryzacji", ["MAC"]),
        O("Microsoft", "Microsoft w Polsce", ["Microsoft Polska"], note="a firm inside a person's title"),
        O("Leica Geosystems", "Leica Geosystems"),
        O("Tobea sp. z o.o.", "firma Tobea sp. z o.o.", ["Tobea"]),
        O("Teatr NN", "Teatr NN"),
        O("TVP Lublin", "TVP Lublin", opt=True, note="media patron"),
        O("Radio Lublin", "Radio Lublin", opt=True, note="media patron"),
        O("Radio Centrum", "Radio Centrum", opt=True, note="media patron"),
        O("Instytut Informatyki UMCS", "Instytucie Informatyki UMCS", ["Instytut Informatyki"], opt=True, note="a unit of UMCS"),
        O("Wydział Matematyki, Fizyki i Informatyki", "Wydziału Matematyki, Fizyki i Informatyki", opt=True, note="a unit of UMCS"),
        O("LubMAN UMCS", "LubMAN UMCS", ["LubMAN"], opt=True, note="a unit of UMCS"),
        O("Wydział NoZiGP UMCS", "Wydział NoZiGP UMCS", opt=True, note="a unit of UMCS"),
        O("Miasto Lublin", "Miasta Lublin", opt=True, note="the municipality as patron"),
    ],
    not_dates=["'wczoraj i dzisiaj' is part of a lecture title", "'Lublin 2.0' is a project name", "'skanery 3D'"],
    note="Projekt PLATON and 'Kapsuła czasu' are projects. Cut at 'przyb'.")

doc("408_biofach-norymberga-dolina", None,
    E("BioFach 2013", ["BIOFACH 2013", "BioFach", "BIOFACH", "Targi BIOFACH 2013", "Targi BIOFACH 2013 w Niemczech",
                       "Targi żywności i produktów ekologicznych BioFach 2013", "targi"], None, 2013),
    dates=[
        D("2013-02-13", "2013-02-16", "W dniach 13 – 16 lutego 2013 r.", note="range with spaced en dash"),
        D("2013", "2013", "W tym roku", opt=True, note="relative, anchored by the range"),
    ],
    venues=[
        V("Norymberga", "w Norymberdze", ["Nürnberg", "Nuremberg"]),
        V("Niemcy", "(Niemcy)", opt=True, note="country of the venue; also 'w Niemczech' in the title"),
    ],
    attendance=[
        A(41500, "participants", "exact", "41 500 odwiedzających", note="visitors; thousands separated by a space"),
        A(129, "countries", "exact", "z 129 krajów"),
        A(2396, "organizations", "exact", "2396 wystawców", note="exhibitors"),
    ],
    clusters=[C("Dolina Ekologicznej Żywności", "Klaster „Dolina Ekologicznej Żywności”",
                ["Klaster „Dolina Ekologicznej Żywności”", "Klaster Dolina Ekologicznej Żywności"],
                note="also 'Dolinie Ekologicznej Żywności'")],
    people=[
        P("Marek Barzyk", "przewodniczący", "Pan Marek Barzyk – Przewodniczący Sekcji Pszczelarstwa PIRE",
          note="also 'ekologiczny pszczelarz Pan Marek Barzyk'"),
        P("Marian Wójtowicz", None, "Pan Marian Wójtowicz reprezentujący", note="'reprezentujący' is not a title"),
        P("Paweł Krajmas", "dyrektor", "Pan Paweł Krajmas – Dyrektor Zakładów Mięsnych „Jasiołka” z Dukli"),
    ],
    organizations=[
        O("Ministerstwo Rolnictwa i Rozwoju Wsi", "Ministerstwo Rolnictwa i Rozwoju Wsi", ["MRiRW"]),
        O("Podkarpacka Izba Rolnictwa Ekologicznego", "Podkarpacka Izba Rolnictwa Ekologicznego", ["PIRE"]),
        O("BIO – EKO", "piekarnia BIO – EKO", ["BIO-EKO", "piekarnia BIO – EKO"], note="an organic bakery (twice)"),
        O("Zakład Mięsny Jasiołka", "Zakład Mięsny Jasiołka", ["Zakłady Mięsne „Jasiołka”", "Jasiołka"],
          note="also 'Zakładów Mięsnych „Jasiołka” z Dukli'"),
        O("Barwy Zdrowia", "firma Barwy Zdrowia"),
        O("Allnet Sp. z o.o.", "Allnet Sp. z o.o.", ["Allnet"]),
        O("Zakład Mięsny „Wasąg”", "Zakład Mięsny „Wasąg”", ["Wasąg", "Zakład Mięsny Wasąg"]),
        O("Stowarzyszenie Ekoland", "Stowarzyszenia Ekoland", ["Ekoland"]),
        O("Brzost – Eko", "grupy producenckiej Brzost – Eko", ["Brzost-Eko"], note="a producer group"),
        O("Owocowe Smaki", "Owocowych Smaków", opt=True, note="'soki i przetwory Owocowych Smaków': probably a firm"),
        O("Magiczny Ogród", "Magiczny Ogród", opt=True, note="in the list of firms, no legal form"),
        O("Sekcja Pszczelarstwa PIRE", "Sekcji Pszczelarstwa PIRE", opt=True, note="a unit of PIRE, only inside a title"),
    ],
    not_dates=["'BioFach 2013', 'Vivaness 2013', 'BIOFACH 2013' are years inside names",
               "'w ciągu czterech dni' is a duration", "'ok. 70%' is a share"],
    note="Vivaness 2013 is a parallel fair at the same place. Rumunia ('Krajem Roku') is not a venue; Podkarpacie, "
         "Lubelszczyzna and Dukla are where exhibitors came from. 'Tragi' (sic). Cut at 'tłoczone na '.")

doc("409_polagra-poznan-komorowski", "2014-09-30",
    E("Polagra", ["targi Polagra", "Polagra w Poznaniu", "targi Polagra w Poznaniu", "targi"], None, 2014),
    dates=[
        D("2014-09-30", "2014-09-30", "30.09.2014", note="dateline under the lead (also the document_date); time 09:42 ignored"),
        D("2013", "2013", "W zeszłym roku", opt=True, note="relative, anchored by the dateline"),
        D("2014", "2014", "także w tym roku", opt=True, note="relative, anchored by the dateline"),
    ],
    venues=[
        V("Poznań", "W Poznaniu", note="also in the title 'w Poznaniu'"),
        V("Międzynarodowe Targi Poznańskie", "W pawilonach Międzynarodowych Targów Poznańskich", ["MTP", "Targi Poznańskie"],
          opt=True, note="building-level venue"),
    ],
    attendance=[
        A(1000, "organizations", "more_than", "ponad tysiąca wystawców",
          note="number word ('tysiąca'); last year's edition, as the cumulative counts of held-out 106 were kept"),
        A(32, "countries", "exact", "z 32 krajów"),
        A(54000, "participants", "exact", "54 tysiące zwiedzających", note="visitors of last year's edition"),
    ],
    people=[
        P("Bronisław Komorowski", "prezydent", "prezydent Bronisław Komorowski", note="also 'prezydent RP Bronisław Komorowski'"),
        P("Marek Sawicki", "minister", "minister rolnictwa Marek Sawicki"),
    ],
    organizations=[O("Międzynarodowe Targi Poznańskie", "Międzynarodowych Targów Poznańskich", ["MTP", "Targi Poznańskie"])],
    not_dates=["'09:42' is a time", "'W ciągu minionych 10 lat' is a duration"],
    note="Not a cluster event (a food trade fair). Armenia, Turcja, Iran, Algieria are export markets: not venues. "
         "Europa Środkowo-Wschodnia is a region in a superlative, not a venue.")

doc("410_klaster-spizarnia-torun", None,
    E("konferencja prasowa w Toruniu",
      ["konferencja prasowa", "powołanie Klastra Spółdzielczego „Spiżarnia Kujawsko-Pomorska”",
       "Pierwszy w Polsce spółdzielczy klaster rozpoczął swoją działalność"], None, 2014),
    dates=[D("2014-12-09", "2014-12-09", "9 grudnia 2014 roku",
             note="'W dniu dzisiejszym , 9 grudnia 2014 roku': the relative 'dzisiejszym' has the same value")],
    venues=[V("Toruń", "w Toruniu")],
    attendance=[A(16, "organizations", "exact", "16 lokalnych firm", opt=True,
                  note="the firms that founded the cluster (membership), not a count of who attended")],
    clusters=[C("Klaster Spółdzielczy „Spiżarnia Kujawsko-Pomorska”", 'Klaster Spółdzielczy „Spiżarnia Kujawsko-Pomorska"',
                ["Spiżarnia Kujawsko-Pomorska", "Klaster Spółdzielczy Spiżarnia Kujawsko-Pomorska"],
                note="opening „ with a closing ASCII quote the first time; also 'Spiżarni Kujawsko-Pomorskiej'")],
    people=[P("Tadeusz Przymus", "prezes", "Tadeusz Przymus",
              note="'Prezes Zarządu  spółki Klaster Spółdzielczy „Spiżarnia Kujawsko-Pomorska”- Tadeusz Przymus'")],
    organizations=[O("jarmarki-kiermasze.pl", "foto : jarmarki-kiermasze.pl", opt=True, note="photo credit, a portal")],
    not_dates=[],
    note="document_date null: 'W dniu dzisiejszym' implies the article was written that day, but no dateline is printed. "
         "Irregular spaces around commas and a long run of spaces before the photo credit are kept. The cluster is "
         "a company ('spółki'), also annotated only as a cluster.")

doc("411_forum-klastrow-turystycznych-katowice", None,
    E("Targi Turystyczne w Katowicach",
      ["Międzynarodowe Forum Klastrów Turystycznych", "Forum", "Targi Turystyczne", "20. Targi Turystyczne",
       "Jubileuszowe 20. już Targi Turystyczne w Katowicach"], 20, None),
    venues=[V("Katowice", "w Katowicach")],
    attendance=[A(54, "organizations", "exact", "54 członków", opt=True,
                  note="membership of the Karpacki Klaster Turystyczny, not attendance")],
    clusters=[
        C("Karpacki Klaster Turystyczny", "Karpackiego Klastra Turystycznego", note="also 'Karpacki Klaster Turystyczny'"),
        C("Jurajski Klaster Turystyki", "Jurajski Klaster Turystyki"),
        C('Klaster Turystyczny "Orava"', 'Klaster Turystyczny "Orava"', ["Orava", "Klaster Turystyczny Orava"]),
        C("Turisztikai Horel Klaszter", "Klaster Turisztikai Horel Klaszter",
          ["Klaster Turisztikai Horel Klaszter"]),
        C('Klaster EKOLOT "Kraina mleka i miodu"', 'Klaster EKOLOT "Kraina mleka i miodu"',
          ["EKOLOT", "Klaster EKOLOT", "Kraina mleka i miodu"]),
    ],
    people=[
        P("Bartosz Rączy", None, "Bartosz Rączy ze Stowarzyszenia Pro Carpathia"),
        P("Maciej Twardzik", None, "Maciej Twardzik z NTB Activ Club"),
        P("Mirek Nadolny", None, "Mirek Nadolny z Karczmy Brzeziniak"),
        P("Bartłomiej Rączy", None, "mówi Bartłomiej Rączy",
          note="quoted twice under this first name; probably the same person as 'Bartosz Rączy' above (the text is inconsistent)"),
    ],
    organizations=[
        O("Stowarzyszenie Pro Carpathia", "Stowarzyszenia Pro Carpathia", ["Pro Carpathia"]),
        O("NTB Activ Club", "NTB Activ Club"),
        O("Karczma Brzeziniak", "Karczmy Brzeziniak w Przysłupiu", ["Karczma Brzeziniak w Przysłupiu"]),
    ],
    not_dates=["'od minimum 1,5 roku' and '10 lat działalności' are durations", "'20.' is an edition"],
    note="The forum was part of the 20th tourism fair in Katowice: the event is the fair (edition 20 in the lead), the "
         "forum an alias. 'w pierwszej tego typu inicjatywie w Polsce' is 'first of its kind', not taken as an edition. "
         "The opening line 'Rzeszów' is the site's section (the publisher's town), not a venue. Słowacja and Węgry are "
         "where guests came from; Przysłup is the inn's location. No date anywhere. Cut at 'z p'.")

doc("412_klaster-turystyczny-krynica", "2013-11-02",
    E("spotkanie klastrowe w Krynicy-Zdrój",
      ["spotkanie klastrowe", "spotkanie klastrowe poświęcone klastrowi turystycznemu",
       "Powstaje klaster turystyczny, pionierska inicjatywa w skali Polski i Unii Europejskiej"], None, 2013),
    dates=[
        D("2024-02-23", "2024-02-23", "23 lutego, 2024", opt=True,
          note="the site's clock in the scraped header ('Piątek, 23 lutego, 2024 I 02:05:11 PM EST'): junk, not content"),
        D("2013-11-02", "2013-11-02", "02 listopada, 2013", note="publication date (also the document_date)"),
        D("2013-10-19", "2013-10-19", "19 października 2013 roku"),
    ],
    venues=[V("Krynica-Zdrój", "w Krynicy-Zdrój", ["Krynica", "Krynica Zdrój"], note="twice, undeclined 'Zdrój'")],
    clusters=[C("Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw", "Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw",
                ["OKIP"], note="also in the genitive twice")],
    people=[
        P("Bartłomiej Bodio", ["poseł", "przewodniczący"],
          "Poseł na Sejm RP Bartłomiej Bodio - Przewodniczący Parlamentarnego Zespołu ds. Polityki Klastrowej",
          note="also 'poseł Bartłomiej Bodio' in the lead"),
        P("Bogdan Węgrzynek", "prezes", "Bogdan Węgrzynek - Prezes Zarządu Ogólnopolskiego Klastra Innowacyjnych Przedsiębiorstw"),
        P("Henryk Czarny", "prezes", "Henryk Czarny - Prezes KTH"),
    ],
    organizations=[
        O("Parlamentarny Zespół ds. Polityki Klastrowej", "Parlamentarnego Zespołu ds. Polityki Klastrowej",
          ["Parlamentarny Zespół ds Polityki Klastrowej", "Parlamentarny Zespół do spraw Polityki Klastrowej"]),
        O("KTH", "Prezes KTH", note="an organisation named only by its acronym inside a title"),
        O("Sejm RP", "Poseł na Sejm RP", ["Sejm", "Sejm Rzeczypospolitej Polskiej"], opt=True, note="only inside a title"),
        O("Unia Europejska", "Unii Europejskiej", ["UE"], opt=True, note="as a modifier ('w skali … Unii Europejskiej')"),
    ],
    not_dates=["'02:05:11 PM EST' is a time", "'Damiana, Romana, Romany' are name days in the header"],
    note="The header (menu, site clock, name days) is scraping junk. The tourism cluster being founded has no name yet. Cut at 'wzm'.")

doc("413_mazurski-klaster-turystyczny-gdansk", None,
    E("Towards a Baltic Sea cluster development knowledge and business hub",
      ["Konferencja “Towards a Baltic Sea cluster development knowledge and business hub”", "konferencja",
       "konferencja w Gdańsku"], None, None),
    dates=[D("XXXX-01-30", "XXXX-01-31", "W dniach 30-31 stycznia", note="no year in the text (2013 only in the address)")],
    venues=[V("Gdańsk", "w Gdańsku", note="also 'konferencji w Gdańsku'")],
    clusters=[
        C("Sopocki Klaster Turystyczny", "Sopocki Klaster Turystyczny"),
        C("Elbląski Klaster Turystyczny", "Elbląski Klaster Turystyczny"),
        C("Mazurski Klaster Turystyczny", "Mazurskiego Klastra Turystycznego (MKT)", ["MKT"],
          note="also 'Mazurski Klaster Turystyczny'"),
    ],
    people=[P("Magda Markiewicz", "członek rady", "Magda Markiewicz, członek Rady MKT")],
    organizations=[
        O("Urząd Marszałkowski Województwa Pomorskiego", "Urząd Marszałkowski Województwa Pomorskiego"),
        O("Agencja Rozwoju Regionalnego", "Agencji Rozwoju Regionalnego", ["ARR"]),
        O("Departament Współpracy Międzynarodowej Urzędu Marszałkowskiego", "Departamentu Współpracy Międzynarodowej Urzędu Marszałkowskiego",
          ["Departament Współpracy Międzynarodowej"], opt=True, note="a unit of the marshal's office"),
        O("Unia Europejska", "Startegii UE", ["UE"], opt=True, note="only as a modifier in a strategy's name ('Startegii' sic)"),
    ],
    not_dates=[],
    note="Rosja, Kaliningrad, Estonia and Bornholm are where guests came from: not venues. 'EU Strategy for the Baltic "
         "Sea Region' is a strategy. Lines made of a single space are kept.")

doc("414_vi-kongres-online-szczecin", "2020-12-09",
    E("Kongres Klastrów Polskich", ["VI Kongres Klastrów Polskich", "Kongres Klastrów w Szczecinie", "Kongres Klastrów",
                                   "kongres"], 6, 2020),
    dates=[
        D("2020-12-09", "2020-12-09", "Informacje 2020-12-09", note="publication date (also the document_date)"),
        D("2020-11-09", "2020-11-10", "w dniach 9-10 listopada", note="year from 'tegoroczny' and the dateline"),
    ],
    venues=[
        V("online", "w formule on-line", ["on-line"]),
        V("Szczecin", "w Szczecinie", note="the congress was organised in Szczecin and broadcast from a studio there"),
        V("Netto Arena", "w pomieszczeniach Netto Arena", opt=True, note="building-level venue (the studio)"),
        V("Katowice", "w Katowicach", opt=True, note="a second TV studio of the online congress"),
    ],
    clusters=[C("Zachodniopomorski Klaster Chemiczny „Zielona Chemia”",
                "Stowarzyszenie Zachodniopomorski Klaster Chemiczny „Zielona Chemia”",
                ["Zielona Chemia", "Klaster Zielona Chemia", "Zachodniopomorski Klaster Chemiczny",
                 "Stowarzyszenie Zachodniopomorski Klaster Chemiczny „Zielona Chemia”"],
                note="also 'Klaster Zielona Chemia' (photo credit), 'Zielonej Chemii', 'klastra Zielona Chemia'")],
    people=[
        P("Krzysztof Krystowski", "prezes", "Krzysztof Krystowski, prezes Związku Pracodawców Klastry Polskie",
          note="the photo caption is printed twice"),
        P("Jacek Drożdżal", "prezes", "Jacek Drożdżal, prezes Zielonej Chemii", note="also 'prezes zarządu klastra'"),
        P("Olgierd Geblewicz", "marszałek", "marszałek województwa zachodniopomorskiego Olgierd Geblewicz"),
    ],
    organizations=[
        O("Związek Pracodawców Klastry Polskie", "Związkiem Pracodawców Klastry Polskie",
          ["ZP Klastry Polskie", "Klastry Polskie", "ZPKP"]),
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polskiej Agencji Rozwoju Przedsiębiorczości", ["PARP"]),
        O("Narodowe Centrum Badań i Rozwoju", "Narodowego Centrum Badań i Rozwoju", ["NCBR", "NCBiR"]),
        O("Netto Arena", "Netto Arena", opt=True, note="the hall"),
        O("Unia Europejska", "Unii Europejskiej", ["UE"], opt=True, note="as a level of policy"),
    ],
    not_dates=["'COVID-19' is a disease name", "'W ciągu 2 dni' is a duration"],
    note="Same congress as final 310 (another site, another text). 'w w dniach' (sic). Cut at 'kongre'.")

doc("415_benchmarking-klastrow-warszawa", "2018-11-26",
    E("Benchmarking klastrów w Polsce - edycja 2018",
      ["Benchmarking klastrów w Polsce", "spotkanie informacyjne dla klastrów", "spotkanie informacyjne"], None, 2018),
    dates=[
        D("2018-11-26", "2018-11-26", "Dodano: 26 listopada 2018", note="publication date (also the document_date)"),
        D("2018-11-22", "2018-11-23", "W dn. 22-23 listopada br.", note="'br.' = the document's year"),
    ],
    venues=[
        V("Warszawa", "w Warszawie", note="also the organisation's postal address '01-452 Warszawa' (same value)"),
        V("Hotel Gromada Centrum", "w Hotelu Gromada Centrum", ["Gromada Centrum"], opt=True, note="building-level venue"),
    ],
    people=[
        P("Paulina Zadura-Lichota", "dyrektor",
          "Pani Paulina Zadura- Lichota, Dyrektor Departamentu Analiz i Strategii - PARP",
          ["Paulina Zadura- Lichota", "Paulina Zadura - Lichota"], note="a space after the hyphen in the text"),
        P("Jacek Dębczyński", "kierownik", "Pan Jacek Dębczyński, Kierownik Badania Benchmarkingowego"),
        P("Justyna Choińska-Jackiewicz", None,
          "Justyna Choińska-Jackiewicz, Departament Innowacji Ministerstwa Przedsiębiorczości i Technologii",
          note="only her department is given"),
        P("Monika Antonowicz", None, "Monika Antonowicz, Departament Analiz i Strategii PARP"),
        P("Łukasz Wielec", "koordynator", "Łukasz Wielec, Koordynator badania benchmarkingowego-edycja 2018"),
    ],
    organizations=[
        O("Polska Agencja Rozwoju Przedsiębiorczości", "PARP", ["PARP"]),
        O("Ministerstwo Przedsiębiorczości i Technologii", "Ministerstwa Przedsiębiorczości i Technologii", ["MPiT"]),
        O("Związek Pracodawców Klastry Polskie", "Związek Pracodawców Klastry Polskie",
          ["ZP Klastry Polskie", "Klastry Polskie"], note="the publisher, in the footer"),
        O("Departament Analiz i Strategii", "Departamentu Analiz i Strategii", opt=True, note="a unit of PARP"),
        O("Departament Innowacji", "Departament Innowacji", opt=True, note="a unit of the ministry"),
        O("BRE Bank", "BRE Bank", opt=True, note="footer: the bank of the account number"),
        O("TupTupTup.pl", "Strony internetowe TupTupTup.pl", ["TupTupTup"], opt=True, note="footer: web agency"),
    ],
    not_dates=["'edycja 2018' is a year inside a name", "'01-452' is a postal code",
               "'51114010100000541276001001' is an account number", "'533 911 904' is a phone number"],
    note="'Projekt Cluster FY' is a project. No cluster is named.")

doc("416_naturalnie-z-podlasia-list", None,
    E("podpisanie listu intencyjnego o współpracy",
      ["list intencyjny o współpracy", "list intencyjny", "Współpraca z Urzędem", "Deklaracja współpracy"], None, 2007),
    dates=[D("2007-10-01", "2007-10-01", "1 października 2007 roku")],
    venues=[V("Urząd Marszałkowski Województwa Podlaskiego", "w Urzędzie Marszałkowskim", ["Urząd Marszałkowski"], opt=True,
              note="building-level venue; the city is not named")],
    clusters=[C("Klaster Spożywczy „Naturalnie z Podlasia!”", "Stowarzyszeniem Klaster Spożywczy „Naturalnie z Podlasia!”",
                ["Naturalnie z Podlasia!", "Naturalnie z Podlasia", "Klaster Spożywczy Naturalnie z Podlasia",
                 "Stowarzyszenie Klaster Spożywczy „Naturalnie z Podlasia!”"])],
    people=[
        P("Dariusz Piontkowski", "marszałek", "Marszałka Województwa Podlaskiego – Dariusza Piontkowskiego"),
        P("Karol Tylenda", "członek zarządu", "Członka Zarządu – Karola Tylendę"),
        P("Elżbieta Puławska-Breś", ["prezes", "prezeska"], "Prezes Stowarzyszenia – Elżbietę Puławską-Breś"),
        P("Wojciech Dąbrowski", "wiceprezes", "Wiceprezesa Stowarzyszenia – Wojciecha Dąbrowskiego"),
    ],
    organizations=[
        O("Urząd Marszałkowski Województwa Podlaskiego", "Urzędu Marszałkowskiego Województwa Podlaskiego",
          ["Urząd Marszałkowski"], note="a signing party; also 'w Urzędzie Marszałkowskim'"),
        O("Samorząd Województwa Podlaskiego", "Samorządem Województwa Podlaskiego", opt=True, note="the region as a party"),
        O("Wrota Podlasia", "Źródło: Wrota Podlasia", opt=True, note="source portal"),
    ],
    not_dates=["'do roku 2020' is inside a strategy's name"],
    note="Signers are in the genitive/accusative after 'przez', each with the title before a dash. "
         "'Inicjatywa Klastrowa' is generic. The two strategies are documents, not organisations.")

doc("417_eu-cluster-weeks-bukareszt", None,
    E("EU Cluster Weeks", ["EU Cluster Weeks 2018-2019", "Inauguracja EU Cluster Weeks"], 1, 2018),
    dates=[
        D("2018", "2019", "EU Cluster Weeks 2018-2019", opt=True,
          note="years inside the campaign's name, which are also its period: debatable"),
        D("2019-04-30", "2019-04-30", "do 30 kwietnia 2019 roku"),
        D("2019-05", "2019-05", "maj 2019 roku", note="European Cluster Conference in Bukareszt"),
    ],
    venues=[V("Bukareszt", "w Bukareszcie", ["București", "Bucharest"],
              note="venue of the European Cluster Conference, where the campaign is to be summed up")],
    people=[P("Elżbieta Bieńkowska", "komisarz", "Elżbiety Bieńkowskiej, Komisarz UE", note="genitive; title after the name")],
    organizations=[
        O("Komisja Europejska", "Komisja Europejska", ["KE"], note="also 'Komisji Europejskiej'"),
        O("Europejska Platforma Współpracy Klastrów", "Europejskiej Platformy Współpracy Klastrów",
          ["ECCP", "European Cluster Collaboration Platform", "European Cluster Collaboration"],
          note="also 'platformy European Cluster Collaboration' at the end"),
        O("Unia Europejska", "Komisarz UE", ["UE"], opt=True, note="only as a modifier in a title"),
        O("Broker Eksportowy", "Broker Eksportowy", opt=True, note="the publishing site's name"),
    ],
    not_dates=["'clusterweeks@clustercollaboration.eu' is an e-mail address"],
    note="Edition 1 from 'pierwszą edycję'; the year 2018 is the start of the 2018-2019 campaign (the inauguration "
         "date is not given). No event is held in Poland; 'przyszłorocznej edycji European Cluster Conference' is a later event.")

skipped("418_sk-narodna-klastrova-konferencia", "sk",
        "Slovak text (Slovak Smart City Cluster at the 2. národná klastrová konferencia, Trnava, 11-12 March): must be "
        "skipped; close to Polish in vocabulary (klastre, konferencia, Košice).")

skipped("419_de-historisch-touristischer-cluster", "de",
        "German text (founding meeting of the 'Historisch-Touristischer Cluster' at the castle in Krossen/Krosno "
        "Odrzańskie, 24 Jan 2019): must be skipped, although it names Polish people (Ryszard Skałba, Mariusz Welman, "
        "Zbigniew Piotrowski) and 'Wojewodschaft Lubuskie'.")
