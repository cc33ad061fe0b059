"""Hand-written gold for corpus/twentyfifth (ids 2400-2419), following corpus/GUIDE.md and the conventions of the
earlier gold sets (nineteenth, sixteenth, twentysecond and the other SOURCES.md).

Run: python3 run_gold.py  -> writes ../gold/*.json and checks that every `text` is an exact substring of the
raw file (so char spans can be computed from it: raw.find(text)).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import D, V, A, C, P, O, E, DOCS, doc, skipped  # noqa: F401 (the item helpers, see corpus/goldkit.py)
from ids import ID

UE = ["UE", "Unia"]

# ---------------------------------------------------------------------------------------------
doc(ID[2400], None,
    E("Szczyt Dyplomacji Samorządowej i Ekonomicznej",
      ["Szczyt", "Tegoroczny Szczyt", "Szczyt Dyplomacji Samorządowej", "konferencja"], None, None),
    dates=[D("XXXX-09-09", "XXXX-09-10", "W dniach 9-10 września br.",
             note="'br.' with no year anywhere in the text (the ministry's name dates it to 2018-2019; not used)")],
    venues=[V("Warszawa", "w Warszawie")],
    attendance=[A(1000, "participants", "more_than", "ponad 1000 uczestników",
                  note="'ponad 1000 uczestników i interesariuszy'")],
    organizations=[
        O("Ministerstwo Przedsiębiorczości i Technologii", "Ministerstwo Przedsiębiorczości i Technologii",
          ["MPiT", "Ministerstwo"], note="the organiser; later 'Ministerstwo'"),
        O("Związek Miast Polskich", "Związek Miast Polskich", ["ZMP"], note="a partner (the publisher)"),
        O("Organizacja Współpracy Gospodarczej i Rozwoju", "Organizacja Współpracy Gospodarczej i Rozwoju (OECD)",
          ["OECD", "Organizacja Współpracy Gospodarczej i Rozwoju (OECD)"]),
        O("Europejski Komitet Regionów", "Europejski Komitet Regionów", ["Komitet Regionów"]),
        O("European Cluster Alliance", "European Cluster Alliance", opt=True,
          note="'deklaracja European Cluster Alliance, inicjatywy ...': an initiative of cluster networks, not a "
               "cluster; optional organisation"),
        O("Unia Europejska", "w UE", UE, opt=True, note="'reprezentacji klastrów w UE'"),
    ],
    not_dates=["'summit@mpit.gov.pl' is an e-mail address", "'trzy równoległe ścieżki' is not attendance"],
    note="News of the Association of Polish Cities (no title, no date line): the ministry's local-government and "
         "economic diplomacy summit in Warsaw on 9-10 September 'br.' (no year in the text), with over 1000 "
         "participants and a European Cluster Alliance declaration; registration by e-mail.")

doc(ID[2401], None,
    E("Agro Show", ["wystawa Agro Show", "targi Agro Show", "Agro Show 2021"], None, 2021),
    dates=[
        D("2021-06", "2021-06", "date 2021-06", note="scraped month prefix (as fresh 402): a date, not document_date"),
        D("2021-06-02", "2021-06-02", "02.06.2021", note="the press conference '(02.06.2021)'"),
        D("2021-06-06", "2021-06-06", "od 6 czerwca",
          note="twice: fairs allowed again from 6 June (year from the context 02.06.2021)"),
        D("2021-09-24", "2021-09-26", "w dniach 24-26 września 2021", note="the announced fair"),
    ],
    venues=[V("Bednary", "w Bednarach")],
    people=[P("Adam Niedzielski", "minister", "minister zdrowia Adam Niedzielski", note="'minister zdrowia'")],
    organizations=[
        O("Polska Izba Gospodarcza Maszyn i Urządzeń Rolniczych", "PIGMiUR", ["PIGMiUR"],
          note="only the acronym in the text (the fair's organiser)"),
    ],
    not_dates=["'W przyszłym tygodniu' is relative to an unprinted publication day", "'15 mkw.' is an area",
               "'COVID-19' is a name"],
    note="Opens with the scraped ' date 2021-06'. farmer.pl on the return of fairs after the COVID-19 restrictions "
         "and the agricultural fair Agro Show announced for 24-26 September 2021 in Bednary. No edition.")

doc(ID[2403], None,
    E("XX Kongres Stowarzyszenia Współpracy Polska – Wschód",
      ["XX KONGRES STOWARZYSZENIA WSPÓŁPRACY POLSKA – WSCHÓD", "Kongres Stowarzyszenia Współpracy Polska – Wschód",
       "XX Kongres Stowarzyszenia Współpracy Polska-Wschód", "XX Jubileuszowy Kongres", "XX Kongres", "Kongres",
       "XX Kongres SWP-W"], 20, 2016),
    dates=[D("2016-11-23", "2016-11-23", "W dniu 23 listopada 2016 roku")],
    venues=[
        V("Warszawa", "w Warszawie"),
        V("Dom Przyjaźni", "„Domu Przyjaźni”", ["„Dom Przyjaźni”"], opt=True, note="building-level venue"),
    ],
    attendance=[
        A(53, "participants", "exact", "53 delegatów", note="'Uczestniczyło w nim 53 delegatów spośród 56 wybranych'"),
        A(56, "participants", "exact", "56 wybranych", opt=True, note="the delegates elected, not all present"),
    ],
    people=[
        P("Józef Bryll", ["przewodniczący", "prezes"], "Prezes ustępującego Zarządu Krajowego Józef Bryll",
          note="'Przewodniczący Komisji Kongresowej, Prezes ustępującego Zarządu Krajowego'"),
        P("Eugeniusz Brudkiewicz", "delegat", "Eugeniusz Brudkiewicz – delegat"),
        P("Henryk Talaśka", "delegat", "Henryk Talaśka – delegat"),
        P("Leszek Ruszczyk", "poseł", "Leszek Ruszczyk – Poseł"),
        P("Tadeusz Samborski", "członek zarządu", "Tadeusz Samborski – Członek Zarządu"),
        P("Zygmunt Stabrowski", "główny specjalista", "Zygmunt Stabrowski – Główny Specjalista"),
        P("Aldona Michalak", ["przewodnicząca", "przewodniczący"], "Aldona Michalak – Przewodnicząca"),
        P("Leszek Ciarkowski", ["wicedziekan", "przewodniczący"], "Leszek Ciarkowski – Wicedziekan"),
        P("Józef Tymanowski", None, "Prof. UW dr hab. Józef Tymanowski", note="academic titles only"),
        P("Zdzisław Sirojć", None, "dr hab. Zdzisław Sirojć", note="academic titles only"),
        P("Piotr Guzowski", "prezes", "Piotr Guzowski – Prezes"),
        P("Janusz Ostrowski", "prezes", "Janusz Ostrowski – Prezes"),
        P("Adam Zaborowski", "przewodniczący", "Adam Zaborowski – Przewodniczący"),
        P("Władimir Kiryianow", "redaktor naczelny", "Władimir Kiryianow – Redaktor Naczelny"),
        P("Paweł Dybicz", ["zastępca redaktora naczelnego", "zastępca"], "Paweł Dybicz – I zastępca Redaktora Naczelnego"),
        P("Wawrzyniec Kuc", "podróżnik", "Wawrzyniec Kuc – podróżnik"),
    ],
    organizations=[
        O("Stowarzyszenie Współpracy Polska – Wschód", "Stowarzyszenia Współpracy Polska – Wschód",
          ["SWP-W", "Stowarzyszenie Współpracy Polska-Wschód", "STOWARZYSZENIE WSPÓŁPRACY POLSKA – WSCHÓD"],
          note="title (upper case), twice in the text; 'SWP-W' later"),
        O("Sejm Rzeczypospolitej Polskiej", "Sejm Rzeczypospolitej Polskiej", ["Sejm", "Sejm RP"], opt=True,
          note="in the title 'Poseł na Sejm'"),
        O("Zarząd Województwa Dolnośląskiego", "Zarządu Województwa Dolnośląskiego", opt=True),
        O("Biuro Prezydenta Zielonej Góry", "Biurze Prezydenta Zielonej Góry", opt=True),
        O("Liga Kobiet Polskich", "Ligi Kobiet Polskich"),
        O("Okręgowa Izba Radców Prawnych", "Okręgowej Izby Radców Prawnych",
          ["Rada Okręgowej Izby Radców Prawnych", "Okręgowa Izba Radców Prawnych w Olsztynie"], opt=True,
          note="'Wicedziekan Rady Okręgowej Izby Radców Prawnych' (no city given for it)"),
        O("Fundacja Radców Prawnych „IUS”", "Fundacji Radców Prawnych „IUS”",
          ["Fundacja Radców Prawnych IUS", "Fundacja Radców Prawnych \"IUS\"", "IUS"]),
        O("Uniwersytet Warszawski", "Uniwersytet Warszawski", ["UW"], note="also 'Prof. UW'"),
        O("Uczelnia Warszawska im. Marii Skłodowskiej – Curie", "Uczelnia Warszawska im. Marii Skłodowskiej – Curie",
          ["Uczelnia Warszawska im. Marii Skłodowskiej-Curie", "Uczelnia Warszawska"]),
        O("Polsko – Kazachstańska Izba Handlowo – Przemysłowa", "Polsko – Kazachstańskiej Izby Handlowo – Przemysłowej",
          ["Polsko-Kazachstańska Izba Handlowo-Przemysłowa"]),
        O("Mazowieckie Towarzystwo Kultury", "Mazowieckiego Towarzystwa Kultury"),
        O("Klub Absolwentów Uczelni Rosyjskich (Radzieckich)", "Klubu Absolwentów Uczelni Rosyjskich (Radzieckich)",
          ["Klub Absolwentów Uczelni Rosyjskich"]),
        O("Rosyjski Kurier Warszawy", "„Rosyjski Kurier Warszawy”", ["„Rosyjski Kurier Warszawy”"], opt=True,
          note="a newspaper"),
        O("Przegląd", "„Przeglądu”", ["„Przegląd”"], opt=True, note="a weekly"),
    ],
    not_dates=["'94,6% frekwencji' is a share, not attendance", "'w Olsztynie' is the foundation's seat, not a venue",
               "the 'Oddział Opolski / Pomorski' are branches of the association"],
    note="The association's own report on its 20th (jubilee) congress in the 'Dom Przyjaźni' in Warsaw on 23 November "
         "2016: 53 of 56 delegates, a list of 13 guests 'Name – Title of Organisation'. Title in capitals; cut "
         "mid-word ('współpracu').")

doc(ID[2404], None,
    E("X Międzynarodowe Sympozjum \"Postępy w diagnostyce i terapii schorzeń rogówki\"",
      ["Międzynarodowe Sympozjum \"Postępy w diagnostyce i terapii schorzeń rogówki\"",
       "Postępy w diagnostyce i terapii schorzeń rogówki", "X Międzynarodowe Sympozjum", "Sympozjum CORNEA Wisła",
       "Sympozjum CORNEA", "CORNEA 2018", "Jubileuszowe Sympozjum Rogówkowe", "Sympozjum Rogówkowe",
       "10 Jubileuszowa Edycja Sympozjum"], 10, 2018),
    dates=[D("2018-03-01", "2018-03-03", "1-3 marca 2018", note="header line '1-3 marca 2018, Wisła, Hotel ...'")],
    venues=[
        V("Wisła", "Wisła", note="header; also 'w Wiśle' (twice)"),
        V("Hotel Gołębiewski", "Hotel Gołębiewski w Wiśle", ["Hotel Gołębiewski w Wiśle"], opt=True,
          note="building-level venue"),
    ],
    attendance=[
        A(10000, "participants", "more_than", "ponad 10 000 uczestników", opt=True,
          note="cumulative over the ten annual meetings"),
        A(1120, "participants", "exact", "1120 osób", opt=True, note="courses and workshops over ten years"),
        A(65, "speakers", "exact", "65 wybitnych wykładowców", opt=True,
          note="foreign lecturers over ten years ('z pięciu kontynentów' is not a country count)"),
    ],
    people=[P("Jan Paweł II", "papież", "Święty Papież Jan Paweł II", opt=True,
              note="quoted as encouraging jubilees; not a participant")],
    not_dates=["'100 lecia odzyskania niepodległości' is an anniversary", "'dziesięciolecia' is a duration",
               "'493 wykłady', '328 posterów', '96 kursach' are counts of items, not attendance",
               "edition 10 from 'X' and '10 Jubileuszowa Edycja'"],
    note="Home page of the 2018 cornea symposium after the event (a thank-you note): header with the date range, "
         "town and hotel; the tenth, jubilee edition; ten-year totals. Double and triple spaces kept; cut at 'ogromny '.")

doc(ID[2405], None,
    E("XIX Konferencja Naukowo-Szkoleniowa „Uśmiech dziecka – radość życia”",
      ["Uśmiech dziecka – radość życia", "„Uśmiech dziecka – radość życia”", "XIX Konferencja Naukowo-Szkoleniowa",
       "Konferencja Naukowo-Szkoleniowa „Uśmiech dziecka – radość życia”",
       "XIX Konferencja Naukowo-Szkoleniowa \"Uśmiech dziecka - radość życia\"", "Konferencja"], 19, 2019),
    dates=[
        D("2019-05-24", "2019-05-25", "w dniach 24-25 maja 2019 r.", note="the conference"),
        D("2019-02-28", "2019-02-28", "28-02-2019", note="fee deadline 'Do 28-02-2019'"),
        D("2019-03-31", "2019-03-31", "31-03-2019", note="fee deadline 'Do 31-03-2019'"),
        D("2019-04-30", "2019-04-30", "30-04-2019", note="fee deadline 'Do 30-04-2019'"),
        D("2019-05-23", "2019-05-23", "23.05.2019", note="programme day '23.05.2019 (czwartek)': registration opens"),
        D("2019-05-24", "2019-05-24", "24.05.2019", note="programme day '24.05.2019 (piątek)' (a single day, distinct "
                                                         "from the range)"),
    ],
    venues=[V("Kazimierz Dolny", "w Kazimierzu Dolnym")],
    people=[
        P("Andrzej Drop", "rektor", "prof. dr hab. Andrzej Drop",
          note="'Jego Magnificencja Rektor Uniwersytetu Medycznego w Lublinie prof. dr hab. Andrzej Drop'"),
        P("Dorota Olczak-Kowalczyk", ["przewodnicząca", "przewodniczący"], "Prof. dr hab. n. med. Dorota Olczak-Kowalczyk",
          note="session chair ('Sesja I. Przewodniczący:')"),
        P("Lidia Postek-Stefańska", ["przewodnicząca", "przewodniczący"], "Prof. dr hab. n. med. Lidia Postek-Stefańska",
          note="session chair"),
    ],
    organizations=[
        O("Sekcja Stomatologii Dziecięcej Polskiego Towarzystwa Stomatologicznego",
          "Sekcja Stomatologii Dziecięcej Polskiego Towarzystwa Stomatologicznego",
          ["Sekcja Stomatologii Dziecięcej PTS", "Sekcja Stomatologii Dziecięcej"],
          note="first line; 'Zarządu Sekcji Stomatologii Dziecięcej PTS' later"),
        O("Polskie Towarzystwo Stomatologiczne", "Polskiego Towarzystwa Stomatologicznego", ["PTS"]),
        O("Uniwersytet Medyczny w Lublinie", "Uniwersytetu Medycznego w Lublinie", ["Uniwersytet Medyczny"]),
        O("Polskie Towarzystwo Stomatologii Dziecięcej", "Polskiego Towarzystwa Stomatologii Dziecięcej", ["PTSD"]),
    ],
    not_dates=["times of day ('16:00 – 19:00', '8:00 – 9:00') are not dates", "'(piątek, sobota)' are weekdays",
               "'20 miejsc na każdy z warsztatów' is a capacity, not attendance", "'12 punktów' is a credit count",
               "the bank account number is not a date"],
    note="Event page of the 19th paediatric dentistry conference (Kazimierz Dolny, 24-25 May 2019): organisers, "
         "rector's patronage, a fee table with three deadlines 'Do DD-MM-YYYY', programme days 'DD.MM.YYYY "
         "(weekday)'. Lines holding one space kept; cut at 'Otwarcie ko'.")

doc(ID[2407], None,
    E("Jesienne Targi Ogrodniczo-Nasienne", ["Targi Ogrodniczo-Nasienne", "targi", "Jesienne Targi Ogrodniczo-Nasienne "
                                             "w Starym Polu"], 22, None),
    dates=[D("XXXX-09-10", "XXXX-09-10", "10 września",
             note="'W pierwszym dniu targów, czyli 10 września (sobota)': no year in the text")],
    venues=[V("Stare Pole", "w Starym Polu", note="twice")],
    attendance=[A(320, "organizations", "more_than", "ponad 320 wystawców", opt=True,
                  note="the previous edition ('W ubiegłym roku')")],
    people=[P("Antoni Hajdaczuk", "dyrektor", "Antoni Hajdaczuk, dyrektor", note="'dyrektor Oddziału PODR w Starym Polu'")],
    organizations=[O("Pomorski Ośrodek Doradztwa Rolniczego", "PODR",
                     ["PODR", "Oddział PODR w Starym Polu", "PODR w Starym Polu", "Pomorski Ośrodek Doradztwa Rolniczego "
                      "w Gdańsku"], note="only the acronym: 'Oddziału PODR w Starym Polu'")],
    not_dates=["'W ubiegłym roku' is relative and unanchored", "'(sobota)' is the weekday of the dated day",
               "edition 22 from 'po raz dwudziesty drugi'",
               "'Przeglądu Piosenki Biesiadnej' and 'Święto Mleka' are side events, not organisations"],
    note="Local portal: the autumn horticulture and seed fair in Stare Pole 'już po raz dwudziesty drugi'; the first "
         "day '10 września (sobota)' with no year. Ends with the junk 'Napisz komentarz / Komentarze'.")

doc(ID[2408], None,
    E("GENEAMI Brzeg 10", ["GENEAMI Brzeg 10 (2023)", "Geneami Brzeg 10", "Geneami Brzeg 10 (2023)", "GENEAMI Brzeg",
                           "GENEAMI", "konferencja genealogiczna GENEAMI Brzeg 10 (2023)",
                           "Program GENEAMI Brzeg 10 (2023)"], 10, 2023),
    dates=[
        D("2023-09-22", "2023-09-24", "22–24.09.2023", note="'zwołanej na 22–24.09.2023 konferencji'"),
        D("2022", "2022", "←2022", opt=True, note="navigation link to the previous year's edition ('←2022inne')"),
    ],
    venues=[
        V("Brzeg", "Brzeg", note="the town only in the event's name ('GENEAMI Brzeg 10 (2023) w tutejszym zamku')"),
        V("zamek w Brzegu", "w tutejszym zamku", ["zamek", "Zamek Piastów Śląskich w Brzegu"], opt=True,
          note="building-level venue ('the local castle')"),
        V("online", "przez internet", opt=True, note="'Konferencję zamierzamy transmitować (tj. na żywo) przez internet'"),
    ],
    people=[P("Paweł Szymański", None, "Paweł Szymański", note="designer of the guide, graphics and logo "
                                                             "('wyk. P. Szymański', 'projekt: Paweł Szymański')")],
    not_dates=["'(2023)' inside the event name is a year in a name", "'A10S', 'B12N', '1000, 1200, 1400 lub 1700' are "
               "room/time codes", "edition 10 from the name 'GENEAMI Brzeg 10'"],
    note="Programme page of the 10th genealogy conference in Brzeg castle (22-24 September 2023): a navigation bar "
         "glued together ('←2022inne podstrony', 'NIEDZIELATRANSMISJAprzerwytargi'), the guide's file captions "
         "repeated, entry codes. No organisation named. Cut at 'moż'.")

doc(ID[2409], None,
    E("Kozzi Film Festiwal 2024", ["Kozzi Film Festiwal", "Festiwal", "Kozzi Film Festival"], 13, 2024),
    dates=[D("2024-06-06", "2024-06-09", "6-9 czerwca 2024 roku",
             note="'trzynastej/dziesiątej edycji, która odbyła się 6-9 czerwca 2024 roku'")],
    venues=[
        V("Zielona Góra", "Zielonej Góry", note="'w krajobraz Zielonej Góry'; also 'zielonogórskiej starówce'"),
        V("Kargowa", "do Kargowej", note="some events returned to Kargowa (the first three editions); twice"),
        V("Zatonie", "w Zatoniu", note="'do Pałacowego Parku z ruinami w Zatoniu'"),
        V("Pałacowy Park w Zatoniu", "Pałacowego Parku z ruinami w Zatoniu", ["Pałacowy Park"], opt=True,
          note="building-level venue"),
    ],
    people=[
        P("Małgorzata Grelak", None, "Małgorzata Grelak", note="byline (the author)"),
        P("Magdalena Faron", "gospodyni", "Magdaleną Faron", note="'z Magdaleną Faron jako jego gospodynią' (studio host)"),
        P("Łukasz Maciejewski", None, "Łukasza Maciejewskiego", note="'znawcę tematu' (an expert, no title)"),
        P("Bartosz Kuświk", None, "Bartosz Kuświk"),
        P("Jan Nowicki", "aktor", "Jana Nowickiego", note="'nieodżałowanego aktora, Jana Nowickiego' (twice)"),
        P("Maciej Kozłowski", None, "Macieja Kozłowskiego", note="the festival's patron; 'mieście rodzinnym Macieja "
                                                                "Kozłowskiego'"),
    ],
    not_dates=["'Kozzi Film Festiwal 2024' holds a year in a name (the year of the event is 2024 anyway)",
               "'kolejny sezon letni', 'W tym roku' are relative",
               "edition 13 from 'trzynastej/dziesiątej edycji' (13th overall: three in Kargowa, then ten in Zielona "
               "Góra)", "'NAMIOT KOZZI MŁODYCH' is a tent, not an organisation"],
    note="A festival diary in a literary review (byline, title, subtitle): the Kozzi Film Festival 2024 in Zielona "
         "Góra, Kargowa and Zatonie on 6-9 June 2024; edition written '13/10'. A line broken mid-sentence "
         "('samochodowej\\ndo Kargowej'); cut at 'związanego'.")

skipped(ID[2410], "en", "English: regulations of the conference 'Polish – Swiss Innovation Day 2023' (October 4, 2023, "
                        "Warsaw), organisers and a list of partner firms with addresses; language gate")

doc(ID[2411], None,
    E("Europejski Tydzień Innowacji", ["ETI", "Europejskie Tydzień Innowacji", "Europejski Tydzień Innowacji w Lublinie"],
      None, 2017),
    dates=[
        D("2017-12", "2017-12", "date 2017-12", note="scraped month prefix: a date, not document_date"),
        D("2017-11-06", "2017-11-10", "6-10 listopada", note="'odbył się w Lublinie 6-10 listopada' (year from the "
                                                             "prefix 2017-12: a report a month after)"),
    ],
    venues=[V("Lublin", "w Lublinie", note="also 'do Lublina'")],
    attendance=[A(1000, "participants", "more_than", "ponad tysiąc uczestników",
                  note="'kilkudziesięciu prelegentów' has no number")],
    people=[
        P("Xabier Goenaga", None, "Xabier Goenaga", note="'z Komisji Europejskiej'"),
        P("Anna Rogut", "przewodnicząca", "prof. Anny Rogut, przewodniczącej",
          note="'przewodniczącej Rady Naukowej NCBiR'; again 'prof. Rogut'"),
    ],
    organizations=[
        O("Komisja Europejska", "Komisji Europejskiej", ["KE"]),
        O("Narodowe Centrum Badań i Rozwoju", "NCBiR", ["NCBiR"], note="only the acronym"),
        O("Rada Naukowa NCBiR", "Rady Naukowej NCBiR", opt=True, note="a council of the centre"),
    ],
    not_dates=["'5 dni dyskusji' is a duration", "'Forum Bio-Energo' is a part of the programme, not an organisation",
               "'w Stanach Zjednoczonych' is not a venue"],
    note="Opens with the scraped ' date 2017-12'. Business Insider's report of the European Innovation Week in "
         "Lublin (6-10 November, year from the prefix), over a thousand participants; a typo 'Europejskie Tydzień' "
         "kept. Cut at 'samo'.")

doc(ID[2412], None,
    E("Lubuski Festiwal Innowacji", ["pierwszy Lubuski Festiwal Innowacji", "I Lubuski Festiwal Innowacji", "Festiwal",
                                     "festiwal"], 1, None),
    dates=[
        D("XXXX-05-25", "XXXX-05-25", "środy 25 maja", note="'Festiwal potrwa do środy 25 maja': no year in the text"),
        D("XXXX-05-24", "XXXX-05-24", "We wtorek", opt=True,
          note="the opening day, anchored by 'Dwudniowe' and 'do środy 25 maja' (relative)"),
    ],
    venues=[V("Biblioteka Uniwersytecka", "w Bibliotece Uniwersyteckiej",
              ["Biblioteka Uniwersytecka przy al. Wojska Polskiego", "Biblioteka Uniwersytecka Uniwersytetu Zielonogórskiego"],
              note="the only place given ('przy al. Wojska Polskiego'); the city (Zielona Góra) is not named")],
    people=[
        P("Ewa Sapeńko", "rzecznik prasowy", "Ewa Sapeńko, rzecznik prasowy"),
        P("Zdzisław Wałęga", "wykładowca", "Pan Zdzisław Wałęga", note="'nasz wykładowca'"),
    ],
    organizations=[
        O("Uniwersytet Zielonogórski", "Uniwersytetu Zielonogórskiego", ["UZ"], note="also nominative in the last paragraph"),
        O("Urząd Marszałkowski Województwa Lubuskiego", "Urząd Marszałkowski Województwa Lubuskiego",
          ["Urząd Marszałkowski"]),
    ],
    not_dates=["'Dwudniowe' is a duration", "'jesienią ubiegłego roku', 'przez ostatnie miesiące' are relative and "
               "unanchored", "edition 1 from 'pierwszy'"],
    note="University news: the first Lubusz Innovation Festival opens 'We wtorek' in the university library and lasts "
         "'do środy 25 maja' (no year anywhere). Organisers the university and the marshal's office.")

doc(ID[2413], None,
    E("II Lubuski Festiwal Innowacji", ["Lubuski Festiwal Innowacji", "II Lubuski Festiwal Innowacji w Gorzowie Wlkp.",
                                        "festiwal", "forum"], 2, 2023),
    dates=[D("2023-06-16", "2023-06-16", "w piątek, 16 czerwca 2023 r.")],
    venues=[
        V("Gorzów Wielkopolski", "w Gorzowie Wlkp.", ["Gorzów Wlkp."], note="title and text"),
        V("Akademia im. Jakuba z Paradyża", "w murach Akademii imienia im. Jakuba z Paradyża",
          ["Akademia imienia im. Jakuba z Paradyża", "Akademia imienia Jakuba z Paradyża"], opt=True,
          note="building-level venue"),
        V("Gorzowski Ośrodek Technologiczny", "w Gorzowskim Ośrodku Technologicznym", opt=True,
          note="building-level venue"),
    ],
    people=[
        P("Jarosław Flakowski", "dyrektor", "dr Jarosław Flakowski, dyrektor",
          note="'dyrektor Departamentu Rozwoju i Innowacji Urzędu Marszałkowskiego Województwa Lubuskiego'"),
        P("Piotr Michałowski", None, "Piotr Michałowski", note="'z Wielospecjalistycznego Szpitala Wojewódzkiego' (no title)"),
    ],
    organizations=[
        O("Urząd Marszałkowski Województwa Lubuskiego", "Urzędu Marszałkowskiego Województwa Lubuskiego",
          ["Urząd Marszałkowski"]),
        O("Departament Rozwoju i Innowacji Urzędu Marszałkowskiego Województwa Lubuskiego",
          "Departamentu Rozwoju i Innowacji", ["Departament Rozwoju i Innowacji"], opt=True,
          note="a department of the marshal's office"),
        O("Akademia im. Jakuba z Paradyża", "Akademii imienia im. Jakuba z Paradyża",
          ["Akademia imienia Jakuba z Paradyża", "Akademia imienia im. Jakuba z Paradyża", "Akademia Jakuba z Paradyża"],
          note="the host university (text has the doubled 'imienia im.')"),
        O("Gorzowski Ośrodek Technologiczny", "Gorzowskim Ośrodku Technologicznym"),
        O("Wielospecjalistyczny Szpital Wojewódzki w Gorzowie Wlkp.", "Wielospecjalistycznym Szpitalu Wojewódzkim w Gorzowie Wlkp.",
          ["Wielospecjalistyczny Szpital Wojewódzki", "Wielospecjalistyczny Szpital Wojewódzki w Gorzowie Wielkopolskim"],
          note="also 'z Wielospecjalistycznego Szpitala Wojewódzkiego'"),
    ],
    not_dates=["'Od 10 miesięcy' is a duration", "edition 2 from 'II'", "'Cztery energie' is not a count of attendance"],
    note="Regional investment portal: report of the 2nd Lubusz Innovation Festival in Gorzów Wlkp. on Friday 16 June "
         "2023 (academy and technology centre). Cut at 'zdaje '.")

doc(ID[2414], None,
    E("TRAKO", ["targi TRAKO", "kolejowe targi", "TRAKO 2023", "Kryształowa edycja TRAKO"], 15, 2023),
    dates=[
        D("2023-09", "2023-09", "date 2023-09", note="scraped month prefix: a date, not document_date"),
        D("2025-09-23", "2025-09-26", "od 23 do 26 września 2025 roku", note="the next (16th) edition"),
    ],
    people=[P("Dorota Daszkowska-Kosewska", ["dyrektor projektu", "dyrektor"], "Dorota Daszkowska-Kosewska",
              note="'– kończy dyrektor projektu TRAKO' (the same speaker)")],
    not_dates=["'Za dwa latach' is relative (the next edition, dated in the text)",
               "'100 wydarzeń merytorycznych' is a count of events, not attendance",
               "edition 15 inferred from 'Już planuje szesnastą edycję' (the next one) and the jubilee ('kryształowa' "
               "in the address); 16 is the next edition",
               "Sarajewo, Serbia, Ukraina are where rolling stock goes / an exhibitor country, not venues"],
    note="Opens with the scraped ' date 2023-09' and starts inside the article (no title). The rail fair TRAKO's "
         "project director on the jubilee edition and the next one 'od 23 do 26 września 2025 roku'. No venue in the "
         "text (Gdańsk not named).")

doc(ID[2415], None,
    E("XXI Forum Gospodarcze", ["Forum Gospodarcze", "XXI Forum Gospodarcze w Toruniu", "toruńskie forum", "Forum",
                                "WELCONOMY. Forum in Toruń", "Welconomy", "Forum Gospodarcze w Toruniu"], 21, 2014),
    dates=[D("2014-03-03", "2014-03-04", "W dniach 3 i 4 marca 2014 roku")],
    venues=[V("Toruń", "w Toruniu")],
    attendance=[A(1000, "participants", "more_than", "ponad tysiąc gości")],
    clusters=[C("Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw", "Ogólnopolskiego Klastra Innowacyjnych Przedsiębiorstw",
                ["OKIP"], note="its president attended")],
    people=[
        P("Jacek Janiszewski", ["minister", "przewodniczący"], "ministra Jacka Janiszewskiego",
          note="also 'Minister Jacek Janiszewski, przewodniczący Stowarzyszenia'"),
        P("Krzysztof Kwiatkowski", ["prezes", "minister"], "prezes NIK i były minister Krzysztof Kwiatkowski"),
        P("Marian Krzaklewski", "przewodniczący", "były przewodniczący NSZZ „Solidarność” Marian Krzaklewski"),
        P("Michał Boni", "minister", "były minister Michał Boni"),
        P("Bogdan Węgrzynek", "prezes", "prezes Ogólnopolskiego Klastra Innowacyjnych Przedsiębiorstw Bogdan Węgrzynek"),
        P("Janusz Steinhoff", "wicepremier", "były wicepremier Janusz Steinhoff"),
        P("Krzysztof Pietraszkiewicz", "prezes", "prezes ZBP Krzysztof Pietraszkiewicz"),
        P("Karolina Kaczorowska", "pierwsza dama", "Pierwsza Dama RP Karolina Kaczorowska"),
        P("Ryszard Kaczorowski", "prezydent", "Ryszardzie Kaczorowskim",
          note="'Wdowa po prezydencie RP na uchodźstwie Ryszardzie Kaczorowskim' (mentioned, not present)"),
        P("Bronisław Komorowski", "prezydent", "Prezydent RP Bronisław Komorowski", note="sent a letter"),
    ],
    organizations=[
        O("Najwyższa Izba Kontroli", "NIK", ["NIK"]),
        O("NSZZ „Solidarność”", "NSZZ „Solidarność”", ["NSZZ Solidarność", "Solidarność", "NSZZ \"Solidarność\""]),
        O("Związek Banków Polskich", "ZBP", ["ZBP"]),
        O("Stowarzyszenie „Integracja i Współpraca”", "Stowarzyszenia „Integracja i Współpraca”",
          ["Stowarzyszenie Integracja i Współpraca", "Stowarzyszenie \"Integracja i Współpraca\""],
          note="the main organiser; '„Integracja i Współpraca”' in the first sentence is the slogan"),
    ],
    not_dates=["'Od 21 lat' is a duration", "'Dwudniowe debaty' is a duration", "edition 21 from 'XXI'"],
    note="A cluster's news (klasterip.pl) on the 21st Economic Forum in Toruń (3-4 March 2014), renamed WELCONOMY. "
         "Forum in Toruń; a list of guests 'title Name'. Cut at 'minister'. Shares one cluster-name phrase with "
         "twentyfirst/2005 (a different event).")

doc(ID[2417], None,
    E("Forum Gospodarcze", ["Forum Gospodarcze w ramach Samorządowego Kongresu Trójmorza", "Samorządowy Kongres Trójmorza",
                            "Forum Gospodarcze Samorządowego Kongresu Trójmorza", "Kongres Trójmorza"], None, 2023),
    dates=[D("2023-05-16", "2023-05-17", "16-17 Maja 2023 r.",
             note="title (capital 'Maja'); again 'Termin: 16-17 maja 2023 r.' (same value)")],
    venues=[
        V("Lublin", "w Lublinie"),
        V("Lubelskie Centrum Konferencyjne", "Lubelskie Centrum Konferencyjne", opt=True, note="building-level venue"),
        V("Centrum Spotkania Kultur", "Centrum Spotkania Kultur", ["Centrum Spotkania Kultur w Lublinie"], opt=True,
          note="building-level venue"),
        V("Bratysława", "w Bratysławie", opt=True, note="a second teaser on the tag page: the president's visit"),
    ],
    people=[
        P("Karol Nawrocki", "prezydent", "Prezydent RP Karol Nawrocki", note="second teaser on the tag page"),
        P("Peter Pellegrini", "prezydent", "Peterem Pellegrinim", note="'z Prezydentem Słowacji Peterem Pellegrinim'"),
    ],
    not_dates=["'+48 81 537 16 51' is a phone number", "the address https://congress.lubelskie.pl/forum-gospodarcze/ "
               "is not a date", "the numbered programme items are not dates"],
    note="A tag page (congress.lubelskie.pl/tag/lublin): the Economic Forum of the Three Seas Local Government "
         "Congress (16-17 May 2023, Lublin), a programme list, 'Termin:' and 'Miejsce:' lines, 'Czytaj więcej', "
         "then the start of an unrelated teaser on the Polish president's visit to Slovakia (no date). Cut at "
         "'plenarn'.")

doc(ID[2418], None,
    E("XXX Forum Ekonomiczne", ["Forum Ekonomiczne", "Forum", "XXX edycja Forum Ekonomicznego", "Forum Ekonomiczne w Karpaczu"],
      30, None),
    dates=[
        D("XXXX-09-07", "XXXX-09-09", "w dniach 7–9 września", note="no year in the text"),
        D("XXXX-08", "XXXX-08", "pod koniec sierpnia", opt=True, note="'pod koniec sierpnia pojawi się mobilizacja'"),
    ],
    venues=[
        V("Karpacz", "w Karpaczu", note="also 'Karpacza' twice"),
        V("Dolny Śląsk", "Dolnego Śląska", opt=True, note="the region (the main partner), not a place of the event as such"),
    ],
    people=[
        P("Zygmunt Berdychowski", "przewodniczący", "Zygmunt Berdychowski",
          note="'Przewodniczący Rady Programowej Forum Ekonomicznego' on the next line"),
        P("Radosław Jęcek", "burmistrz", "Radosław Jęcek, burmistrz", note="'burmistrz Karpacza'"),
    ],
    organizations=[
        O("Rada Programowa Forum Ekonomicznego", "Rady Programowej Forum Ekonomicznego", opt=True,
          note="the forum's programme council"),
        O("Biznes Interia", "Biznes Interia", ["Interia"], opt=True, note="a news portal quoted"),
    ],
    not_dates=["'kilka tysięcy ludzi' has no number", "'ponad 20 tys. miejsc noclegowych' is capacity, not attendance",
               "edition 30 from 'XXX edycji'", "Wrocław is praised, not a venue"],
    note="Opens with the junk 'Menu'. An entrepreneurs' portal previews the 30th Economic Forum in Karpacz "
         "('w dniach 7–9 września', no year anywhere; the real year 2021 is not in the text). Cut at 'Wrocławia '.")

doc(ID[2419], "2000-10-17",
    E("7. Międzynarodowe Targi Kowieńskie", ["Międzynarodowe Targi Kowieńskie", "Targi Kowieńskie",
                                              "7. Międzynarodowych Targach Kowieńskich", "Targi", "targi"], 7, 2000),
    dates=[
        D("2000-10-17", "2000-10-17", "17.10.2000", note="the publication stamp (document_date); 'we wtorek' is "
                                                         "the same day"),
        D("2002-06-22", "2002-06-22", "22.06.2002 14:29", note="the update stamp ('aktual.:')"),
        D("2000-10-20", "2000-10-20", "do 20 paździenika", note="'Targi potrwają do 20 paździenika' (typo kept); the end "
                                                               "of the fair"),
    ],
    venues=[
        V("Kowno", "Kowno", ["Kaunas"], note="title 'Kowno:' (twice, the first glued to 'Polska'); 'w tym litewskim "
                                              "mieście'"),
        V("Hanower", "w Hanowerze", ["Hannover"], opt=True, note="'polski pawilon na Expo w Hanowerze' (a comparison)"),
    ],
    attendance=[A(240, "organizations", "exact", "240 polskich i polsko-litewskich firm")],
    organizations=[
        O("Polsko-Litewska Izba Gospodarcza Rynków Wschodnich", "Polsko - Litewska Izba Gospodarcza Rynków Wschodnich",
          ["Polsko - Litewska Izba Gospodarcza Rynków Wschodnich w Suwałkach",
           "Polsko-Litewska Izba Gospodarcza Rynków Wschodnich w Suwałkach"], note="'w Suwałkach' is its seat"),
    ],
    not_dates=["'3400 m kw.', '1800 m kw.' are areas", "'Podlaskiego Żubra', 'Włocznię Jaćwingów', 'Wstęgi Niemna' "
               "are awards", "'we wtorek' is the weekday of 17.10.2000", "'Komentarze (0)' is junk"],
    note="Wirtualna Polska (PAP-style) news with a category prefix glued to the title ('PolskaKowno:'), the title "
         "twice, the stamp '17.10.2000 | aktual.: 22.06.2002 14:29', site junk ('Zalogowani mogą więcej ...') and "
         "tags glued ('targilitwapolska'): 240 Polish firms at the 7th Kaunas International Fair, 17-20 October 2000.")

# ---------------------------------------------------------------------------------------------
# replacement round (texts3.py): 2402, 2406, 2416
doc(ID[2402], None,
    E("Flowers & HorTech Poland", ["Flowers & HortTech", "Flowers & HorTech", "targi Flowers & HorTech Poland",
                                   "targi Flowers & HortTech", "Flowers and HorTech Poland"], None, 2012),
    dates=[
        D("2012-03", "2012-03", "Marzec 2012", note="also the English title 'March 2012' (same value)"),
        D("2012-03-01", "2012-03-02", "1 - 2 marca", note="the Mazowiecka Zieleń show (year from 'Marzec 2012')"),
        D("2012-03-20", "2012-03-21", "20 - 21 marca", note="the Flowers & HorTech Poland fair"),
        D("2012-03-23", "2012-03-25", "23 - 25 marca", note="twice: the tulip show and Plantexpo (same value)"),
        D("2012", "2012", "w roku 2012", note="'informacje o targach w roku 2012'"),
    ],
    venues=[
        V("Józefosław", "w Józefosławiu", note="the Mazowiecka Zieleń show"),
        V("Bronisze", "w Broniszach", note="the Flowers & HorTech fair (twice)"),
        V("Rynek w Broniszach", "na terenie Rynku w Broniszach", ["Rynek Bronisze", "Rynek Hurtowy Bronisze"], opt=True,
          note="building-level venue (the wholesale market)"),
        V("Wilanów", "w Wilanowie", note="the tulip show"),
        V("Łódź", "w Łodzi", note="Plantexpo"),
        V("Warszawa", "w samej Warszawie", opt=True, note="'w samej Warszawie i okolicach' (the area of three of the events)"),
    ],
    not_dates=["'trzydniowe targi' is a duration", "'Ogrodowej Warszawie' is the blog's name",
               "the blog address holds 2012/02 (not used)",
               "other events named: 'Mazowiecka Zieleń - Jakość i Asortyment', 'wystawę tulipanów', 'Targi Ogrodów i "
               "Małej Architektury Plantexpo'"],
    note="A gardening blog's list of March 2012 shows and fairs around Warsaw (bilingual title 'Ogrodnicy też się "
         "marcują | March 2012 conferences and fairs'): four ranges written 'D - D marca' with the year only in "
         "'Marzec 2012'; the blogger singles out Flowers & HorTech Poland (spelled 'HortTech' the second time), taken "
         "as the event. Ends with 'Komentarze'.")

doc(ID[2406], "2025-11-26",
    E("Kongres Polska Moc Biznesu", ["Kongres", "Tegoroczny Kongres", "tegoroczny Kongres", "Kongres Polska Moc Biznesu 2025"],
      None, 2025),
    dates=[D("2025-11-26", "2025-11-26", "date 2025-11-26", note="scraped full date stamp (also the document_date)")],
    venues=[V("PGE Narodowy", "Na PGE Narodowym", ["Stadion Narodowy"], note="the only place given")],
    attendance=[A(2000, "participants", "more_than", "ponad dwóch tysięcy gości", note="expected ('spodziewamy się')")],
    people=[
        P("Agnieszka Dziemianowicz-Bąk", "minister", "Agnieszka Dziemianowicz-Bąk, minister",
          note="'minister rodziny, pracy i polityki społecznej'"),
        P("Tomasz Siemoniak", ["minister-koordynator", "minister"], "Tomasz Siemoniak, minister-koordynator"),
        P("Monika Wielichowska", "wicemarszałek", "Monika Wielichowska, wicemarszałek"),
        P("Piotr Wachowiak", "rektor", "Piotr Wachowiak, rektor"),
        P("Joanna Makowiecka-Gatza", ["prezes zarządu", "prezes"], "Joanna Makowiecka-Gatza, prezes zarządu"),
        P("Jan Szyszko", "wiceminister", "Jana Szyszki, wiceministra", note="'wiceministra funduszy i polityki regionalnej'"),
        P("Leszek Balcerowicz", None, "Leszek Balcerowicz"),
        P("Ignacy Niemczycki", "wiceminister", "Ignacy Niemczycki, wiceminister"),
        P("Jan Krzysztof Bielecki", "premier", "Jan Krzysztof Bielecki", note="'byli premierzy: ...'"),
        P("Waldemar Pawlak", "premier", "Waldemar Pawlak", note="'byli premierzy'"),
        P("Leszek Miller", "premier", "Leszek Miller", note="'byli premierzy'"),
        P("Artur Beck", None, "Artur Beck", note="quoted (the organiser's side), no title"),
    ],
    organizations=[
        O("Sejm RP", "Sejmu RP", ["Sejm", "Sejm Rzeczypospolitej Polskiej"], opt=True, note="in a title 'wicemarszałek Sejmu RP'"),
        O("Szkoła Główna Handlowa w Warszawie", "Szkoły Głównej Handlowej w Warszawie", ["SGH", "Szkoła Główna Handlowa"]),
        O("Pracodawcy RP", "Pracodawców RP", ["Pracodawcy Rzeczypospolitej Polskiej"]),
        O("Unia Europejska", "w Unii Europejskiej", UE, opt=True, note="'Prezydencję Polski w Unii Europejskiej' (a topic)"),
    ],
    not_dates=["'ostatnich 35 lat' is a duration", "'Ponad 50 wydarzeń', 'siedmiu scenach' are not attendance",
               "'KPO' is a programme, not an organisation",
               "the congress's name is only in the address ('kongresu-polska-moc-biznesu'); the text says 'Kongresu'"],
    note="Opens with the scraped full stamp ' date 2025-11-26' (document_date and a date) and starts inside the "
         "article: the speakers of a socio-economic congress at the PGE Narodowy (no date of the congress in the "
         "text), over two thousand guests expected. Cut at 'sy'.")

doc(ID[2416], None,
    E("XVI Europejski Kongres Gospodarczy",
      ["Europejski Kongres Gospodarczy", "EEC", "European Economic Congress", "EEC – European Economic Congress", "EKG",
       "16. edycja Europejskiego Kongresu Gospodarczego", "XVI Europejski Kongres Gospodarczy (EEC – European Economic "
       "Congress)", "EEC 2024"], 16, 2024),
    dates=[
        D("2024-05", "2024-05", "date 2024-05", note="scraped month prefix: a date, not document_date"),
        D("2024-05-07", "2024-05-09", "od 7 do 9 maja 2024 roku", note="'trwający od 7 do 9 maja 2024 roku'"),
        D("2004", "2004", "20 lat temu", opt=True, note="relative, anchored by the event's year (Poland's EU accession; "
                                                         "also '20-lecie przystąpienia')"),
    ],
    venues=[
        V("Katowice", "W Katowicach", note="also 'W mieście' in the quote"),
        V("Śląsk", "na Śląsk", opt=True, note="'licznie przybyłych na Śląsk' (the region)"),
    ],
    attendance=[
        A(17000, "participants", "exact", "17 tys. uczestników", note="'17 tys. uczestników stacjonarnych i online'"),
        A(1200, "speakers", "exact", "1200 prelegentów"),
        A(650, "participants", "exact", "650 akredytowanych dziennikarzy", opt=True, note="accredited journalists"),
    ],
    people=[
        P("Ursula von der Leyen", "kandydatka", "Ursula von der Leyen",
          note="'kandydatka Europejskiej Partii Ludowej na stanowisko Przewodniczącej Komisji Europejskiej'; twice"),
        P("Donald Tusk", ["prezes rady ministrów", "premier", "prezes"], "Donald Tusk, prezes Rady Ministrów",
          note="also 'Donaldowi Tuskowi'"),
    ],
    organizations=[
        O("Europejska Partia Ludowa", "Europejskiej Partii Ludowej", ["EPL", "EPP"]),
        O("Komisja Europejska", "Komisji Europejskiej", ["KE"]),
        O("Rada Ministrów", "Rady Ministrów", opt=True, note="in the title 'prezes Rady Ministrów'"),
        O("Unia Europejska", "Unii Europejskiej", UE, opt=True, note="Poland's accession (a topic), four times"),
        O("inwestycje.pl", "Portal inwestycje.pl", ["Portal inwestycje.pl"], opt=True, note="the publisher, a media patron"),
    ],
    not_dates=["'180 merytorycznych debat' is a count of sessions", "'20-lecie przystąpienia' is an anniversary",
               "edition 16 from 'XVI' and '16. edycji'"],
    note="Opens with the scraped ' date 2024-05'. The investment portal's report closing the 16th European Economic "
         "Congress in Katowice (7-9 May 2024): 17 thousand participants, 1200 speakers; von der Leyen and Tusk at the "
         "inauguration. Cut at 'pr'.")
