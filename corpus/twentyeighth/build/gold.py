"""Hand-written gold for corpus/twentyeighth (ids 2700-2719), following corpus/GUIDE.md and the conventions of the
earlier gold sets (nineteenth, twentysecond, twentyfifth and the other SOURCES.md).

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
KE = ["KE", "Komisja"]

# ---------------------------------------------------------------------------------------------
doc(ID[2700], None,
    E("Kongres Regionów", ["II Kongres Regionów", "Kongres Regionów w Świdnicy", "II Kongres Regionów w Świdnicy",
                           "Kongres", "II Ogólnopolski Kongres Regionów"], 2, None),
    dates=[
        D("XXXX-05-19", "XXXX-05-21", "w dniach 19-21 maja zeszłego roku",
          note="the I edition 'zeszłego roku': no year anywhere in the text (the publication year is not printed)"),
        D("XXXX-05", "XXXX-05", "trzy majowe dni", opt=True,
          note="'Na te trzy majowe dni' (this year's congress in May, no year): a month by an adjective"),
    ],
    venues=[V("Świdnica", "w Świdnicy", note="twice: the I edition in Świdnica (the congress's home town)")],
    attendance=[A(1500, "participants", "approx", "niemal półtora tysiąca uczestników", opt=True,
                  note="the previous (I) edition")],
    people=[P("Jacek Michałowski", "szef", "Jacek Michałowski, szef",
              note="'szef Kancelarii Prezydenta Rzeczypospolitej Polskiej' (wrote a letter)")],
    organizations=[
        O("Kancelaria Prezydenta Rzeczypospolitej Polskiej", "Kancelarii Prezydenta Rzeczypospolitej Polskiej",
          ["Kancelaria Prezydenta RP", "Kancelaria Prezydenta"]),
        O("Unia Europejska", "Unii Europejskiej", UE, opt=True, note="'przedstawiciele ... Unii Europejskiej'"),
    ],
    not_dates=["'EURO 2012' is a name (the football championship)", "'20 lat samorządu' is a duration (a headline)",
               "'trzy sesje plenarne', 'około sześćdziesiąt paneli', 'blisko stu panelach' are counts of sessions",
               "edition 2 inferred: the text's 'I edycja Kongresu ... zeszłego roku' is the previous one",
               "'Wrocław zgarnia (prawie) wszystko' is a headline of an earlier report, not a venue"],
    note="Local portal (Świdnica): the second Congress of Regions planned for three May days; the I edition 'w dniach "
         "19-21 maja zeszłego roku' (no year anywhere), a letter of the President's chancellery head, a list of "
         "headlines of earlier reports after '***'. Starts inside the article (no title).")

doc(ID[2701], None,
    E("Forum Przedsiębiorstw 2022", ["Forum Przedsiębiorstw", "FORUM PRZEDSIĘBIORSTW 2022", "Konferencja Forum Przedsiębiorstw",
                                     "Forum", "FORUM PRZEDSIĘBIORSTW"], None, 2022),
    dates=[
        D("2014", "2020", "na lata 2014-2020", note="the regional programme's period"),
        D("2022-05-25", "2022-05-25", "w dniu 25 maja 2022 roku"),
    ],
    venues=[
        V("Gdynia", "w Gdyni"),
        V("online", "streaming on-line", ["on-line"], note="hybrid: 'streaming on-line oraz stacjonarnie'"),
        V("Pomorski Park Naukowo-Technologiczny", "Pomorskim Parku Naukowo – Technologicznym w Gdyni",
          ["Pomorski Park Naukowo – Technologiczny", "Pomorski Park Naukowo-Technologiczny w Gdyni",
           "Pomorski Park Naukowo – Technologiczny w Gdyni"], opt=True, note="building-level venue"),
    ],
    organizations=[
        O("Agencja Rozwoju Pomorza S.A.", "Agencja Rozwoju Pomorza S.A.", ["Agencja Rozwoju Pomorza", "ARP"],
          note="the organiser"),
        O("Pomorski Park Naukowo-Technologiczny", "Pomorskim Parku Naukowo – Technologicznym",
          ["Pomorski Park Naukowo – Technologiczny", "Pomorski Park Naukowo-Technologiczny Gdynia"], opt=True,
          note="the venue (an institution too)"),
        O("Unia Europejska", "Unii Europejskiej", UE, opt=True, note="'dopuszczona do obrotu w Unii Europejskiej'"),
    ],
    not_dates=["'2.4.1' is a sub-measure number", "'SARS- CoV- 2', 'COVID-19' are names",
               "'w Gdańsku, ul. Grunwaldzka 472D' is the organiser's seat, not a venue",
               "'SPEKTRUM Pomorski System Usług Doradczych' is a project, 'Regionalny Program Operacyjny' a programme"],
    note="Regulations of the Forum Przedsiębiorstw 2022 (Agencja Rozwoju Pomorza): 25 May 2022, hybrid, in the "
         "Pomeranian science park in Gdynia. Opens with a stray '\"' line; double spaces; cut at 'jes'.")

doc(ID[2702], None,
    E("POLEXPORT Kowno 2002", ["Polska Wystawa Narodowa POLEXPORT Kowno 2002", "IX-a Polska Wystawa Narodowa POLEXPORT Kowno 2002",
                               "IX Polska Wystawa Narodowa POLEXPORT Kowno 2002", "Polska Wystawa Narodowa POLEXPORT",
                               "POLEXPORT", "POLEXPORT Kowno", "wystawa"], 9, 2002),
    dates=[D("2002-10-15", "2002-10-18", "15 - 18 października",
             note="spaced hyphen; the year from the title 'POLEXPORT Kowno 2002'")],
    venues=[V("Kowno", "w Kownie", ["Kaunas"])],
    organizations=[
        O("Polsko-Litewska Izba Gospodarcza", "Polsko - Litewską Izbę Gospodarczą",
          ["Polsko - Litewska Izba Gospodarcza", "Polsko-Litewska Izba Gospodarcza Rynków Wschodnich"], note="the organiser"),
        O("Nasz Czas", "\"Nasz Czas\"", ["\"Nasz Czas\"", "„Nasz Czas”"], opt=True, note="the weekly (the publisher)"),
    ],
    not_dates=["'Kowno 2002' in the name (the year of the exhibition anyway)", "'Nasz Czas 42 (581)' is an issue number",
               "'II-e Forum gospodarcze Polska - Litwa' is a side event (its own edition 2)",
               "edition 9 from 'IX-a' (a Roman numeral with a Polish ordinal ending)"],
    note="A Polish weekly in Lithuania (archived issue 42/581): the 9th Polish national exhibition POLEXPORT in Kaunas on "
         "15 - 18 October (year from the title) with the 2nd Polish-Lithuanian economic forum; ordinals 'IX-a', 'II-e'; "
         "a typo 'poszszególne'. No publication date.")

doc(ID[2703], None,
    E("Europejski Tydzień Małych i Średnich Przedsiębiorstw",
      ["Europejski Tydzień MŚP", "III edycja Europejskiego Tygodnia MŚP", "Europejski Tydzień MŚP 2011",
       "Europejski Tydzień MSP 2011", "Europejski Tydzień MSP", "SME Week 2011", "SME Week",
       "Europejski Tydzień Przedsiębiorczości", "Europejski Tydzień Małych i Średnich Przedsiębiorstw 2011",
       "III edycja Europejskiego Tygodnia Małych i Średnich Przedsiębiorstw"], 3, 2011),
    dates=[
        D("2011-10-03", "2011-10-03", "W poniedziałek 3 października 2011 roku", note="the start"),
        D("2011-10-09", "2011-10-09", "do 9 października", note="'potrwają do 9 października' (the end)"),
        D("2011-05", "2011-11", "od maja do końca listopada",
          note="events from May to the end of November count as part of the SME Week 2011"),
        D("2011-10-06", "2011-10-07", "w dniach 6 i 7 października 2011r.", note="the SME Week summit in Brussels"),
    ],
    venues=[V("Bruksela", "w Brukseli", note="the summit and exhibition of the week")],
    attendance=[A(37, "countries", "exact", "w 37 krajach", note="'odbywa się równocześnie w 37 krajach'")],
    organizations=[
        O("Komisja Europejska", "Komisji Europejskiej", KE, note="four times"),
        O("Dyrekcja Generalna ds. Przedsiębiorstw i Przemysłu Komisji Europejskiej",
          "Dyrekcja Generalna ds. Przedsiębiorstw i Przemysłu Komisji Europejskiej",
          ["Dyrekcja Generalna ds. Przedsiębiorstw i Przemysłu", "DG ds. Przedsiębiorstw i Przemysłu"],
          note="the main organiser; also in the genitive before"),
        O("Parlament Europejski", "Parlament Europejski", ["PE"]),
        O("Związek Rzemiosła Polskiego", "Związek Rzemiosła Polskiego", ["ZRP"],
          note="the national coordinator (the publisher); in the contact block"),
    ],
    not_dates=["'SME Week 2011', 'Europejskiego Tygodnia MŚP 2011' hold a year in a name (same value as the event "
               "year anyway)", "'na miesiąc przed dniem rozpoczęcia imprezy' is relative", "the web address",
               "'Narodowy Koordynator ds. Europejskiego Tygodnia MŚP' is a function, not an organisation"],
    note="Craft union's news: the 3rd European SME Week began on Monday 3 October 2011 and lasts to 9 October; "
         "events from May to the end of November count; the summit in Brussels on 6 and 7 October 2011. Lines "
         "holding one space kept; cut in the contact block ('Hali').")

doc(ID[2704], None,
    E("Kongres 590", ["Czwarta edycja Kongresu 590", "IV Kongres 590", "4. Kongres 590", "Kongres"], 4, None),
    dates=[D("XXXX-10-07", "XXXX-10-08", "7-8 października",
             note="title and lead '7-8 października', then '7 i 8 października' (same value); no year in the text")],
    venues=[
        V("Jasionka", "Jasionka koło Rzeszowa", ["CWK Jasionka", "Jasionka k. Rzeszowa"],
          note="'w CWK Jasionka koło Rzeszowa'; also 'do Jasionki'"),
        V("Centrum Wystawienniczo-Kongresowe Jasionka", "CWK Jasionka", ["CWK", "CWK Jasionka",
                                                                        "G2A Arena"], opt=True,
          note="building-level venue (the acronym only)"),
        V("Rzeszów", "Rzeszowa", opt=True, note="only in 'koło Rzeszowa'"),
    ],
    attendance=[
        A(6000, "participants", "more_than", "ponad 6 tys. osób", opt=True, note="last year's record (previous edition)"),
        A(600, "participants", "approx", "blisko 600 dziennikarzy", opt=True,
          note="journalists of the previous edition"),
    ],
    people=[P("Łukasz Oprawski", "prezes", "Łukasz Oprawski, prezes", note="'prezes Kongresu 590'")],
    organizations=[O("Grupa Wyszehradzka", "Grupy Wyszehradzkiej", ["V4"], opt=True,
                     note="'szczyt Grupy Wyszehradzkiej' (twice): the reason for the postponement")],
    not_dates=["'590' is part of the name", "'ponad 100 panelach', 'dziewięć bloków', 'dziewięć warsztatów' are counts "
               "of sessions", "'godzinę' is a duration", "edition 4 from 'Czwarta edycja'"],
    note="The congress's own news: the fourth Kongres 590 moved to 7-8 October (no year) in CWK Jasionka near "
         "Rzeszów because of the Visegrád summit; last year's 6 thousand participants. Cut at 'międ'.")

doc(ID[2705], None,
    E("Kongres Przyszłości", ["VI Kongres Przyszłości", "Kongres", "Warmińsko-Mazurski Kongres Przyszłości",
                              "VI Warmińsko-Mazurski Kongres Przyszłości"], 6, 2022),
    dates=[D("2022-11", "2022-11", "date 2022-11", note="scraped month prefix: a date, not document_date")],
    attendance=[A(70, "speakers", "more_than", "ponad siedemdziesięciu prelegentów")],
    not_dates=["'już jutro', 'jutrzejszego wydarzenia' are relative to an unprinted day",
               "'ponad dwudziestu panelach' is a count of panels",
               "'Warmii, Mazur i Powiśla' are regions (the region's people), not venues",
               "event year 2022 from the prefix (as twentyfifth 2411); edition 6 from 'VI'"],
    note="Opens with the scraped ' date 2022-11'. The regional daily's publisher (first person) announces the 6th "
         "Congress of the Future 'już jutro' (no venue, no day): over seventy speakers in over twenty panels. Cut "
         "at 'nie tylko '.")

doc(ID[2706], "2023-11-27",
    E("Międzynarodowe Forum Gospodarcze Ziemi Piotrkowskiej",
      ["II Międzynarodowe Forum Gospodarcze Ziemi Piotrkowskiej", "druga edycja Międzynarodowego Forum Gospodarczego "
       "Ziemi Piotrkowskiej", "Forum Gospodarcze Ziemi Piotrkowskiej", "forum"], 2, 2023),
    dates=[D("2023-11-27", "2023-11-27", "27 listopada 2023", note="'Dodano: 27 listopada 2023' (document_date)")],
    venues=[
        V("Proszenie", "w Proszeniu"),
        V("Hotel Górski", "Hotelu Górski w Proszeniu", ["Hotel Górski w Proszeniu"], opt=True,
          note="building-level venue"),
    ],
    people=[
        P("Aneta Stępień", None, "Autor: Aneta Stępień", note="the author (byline)"),
        P("Anna Grabowicz", "właścicielka", "Anna Grabowicz – właścicielka", note="'właścicielka marki „Piernikowe chatki”'"),
        P("Grażyna Wiatr", "właścicielka", "Grażyna Wiatr – właścicielka"),
        P("Małgorzata Bogdańska", ["specjalistka", "specjalista"], "Małgorzata Bogdańska – specjalistka",
          note="'specjalistka ds. Wspólnej Polityki Rolnej'"),
        P("Bronisław Helman", "prezes", "Bronisław Helman – Prezes", note="'Prezes Stowarzyszenia Dolina Pilicy'"),
        P("Czesław Maszczyk", "prezes", "Czesław Maszczyk – Prezes", note="'Prezes Fundacji Iglo'"),
        P("Blanka Strzelczyk", None, "Blanka Strzelczyk", note="'– Wytwórnia Lodów Rzemieślniczych' (her firm)"),
        P("Michał Cejnuk", None, "Michał Cejnuk", note="'- Pasieka na Mokrych' (his firm)"),
        P("Rafał Orzech", ["prezes zarządu", "prezes"], "Rafał Orzech - Prezes Zarządu",
          note="'Prezes Zarządu firmy Kierunek Energia Sp. z o.o.'"),
        P("Mateusz Karwowski", None, "Mateusz Karwowski", note="'- Dyrek' (cut mid-word: the title is incomplete)"),
    ],
    organizations=[
        O("Powiat Piotrkowski", "Powiat Piotrkowski", ["Starostwo Powiatowe w Piotrkowie Trybunalskim"], opt=True,
          note="the organiser: a local-government unit"),
        O("Stowarzyszenie Dolina Pilicy", "Stowarzyszenia Dolina Pilicy"),
        O("Fundacja Iglo", "Fundacji Iglo"),
        O("Kierunek Energia Sp. z o.o.", "Kierunek Energia Sp. z o.o.", ["Kierunek Energia"]),
        O("Wytwórnia Lodów Rzemieślniczych", "Wytwórnia Lodów Rzemieślniczych", opt=True, note="a small firm"),
        O("Pasieka na Mokrych", "Pasieka na Mokrych", opt=True, note="a small firm (apiary)"),
    ],
    not_dates=["'Wyświetleń: 278' is a view count, not attendance", "'trzy dni' is a duration",
               "'Piernikowe chatki', 'Wiatrowy sad', 'Dolina Pilicy zwolnij bieg' are brands",
               "'Wspólnej Polityki Rolnej' is a policy", "event year 2023 from the 'Dodano' stamp ('Za nami')",
               "edition 2 from 'druga edycja'"],
    note="County news: the second International Economic Forum of the Piotrków land in Hotel Górski in Proszenie "
         "(three days, no day given); a header line 'Kategoria: … Dodano: 27 listopada 2023 Wyświetleń: 278 Autor: "
         "…' with triple spaces; a photo caption; people 'Name – title'. Cut at 'Dyrek'.")

doc(ID[2707], None,
    E("III Forum Gospodarcze Powiatu Otwockiego", ["Forum Gospodarcze Powiatu Otwockiego", "III Forum Gospodarcze",
                                                   "Forum gospodarcze", "Forum", "Forum Gospodarcze"], 3, 2015),
    dates=[D("2015-09-04", "2015-09-04", "W dniu 4 września 2015 roku")],
    venues=[
        V("Świerk", "w Świerku", note="'w Narodowym Centrum Badań Jądrowych w Świerku'; also 'NCBJ w Świerku'"),
        V("Narodowe Centrum Badań Jądrowych", "Narodowym Centrum Badań Jądrowych w Świerku",
          ["Narodowe Centrum Badań Jądrowych w Świerku", "NCBJ", "NCBJ w Świerku"], opt=True,
          note="building-level venue (an institute)"),
    ],
    people=[
        P("Grzegorz Wrochna", "dyrektor", "dyrektor NCBJ w Świerku - prof. dr hab. Grzegorz Wrochna"),
        P("Mirosław Pszonka", "starosta", "Starosta Otwocki - Mirosław Pszonka"),
        P("Magdalena Sitek", "prorektor", "Prorektor Wyższej Szkoły Gospodarki Euroregionalnej - dr hab. Magdalena Sitek"),
        P("Małgorzata Such Pyrgiel", None, "Pani dr Małgorzata Such Pyrgiel", ["Małgorzata Such-Pyrgiel"],
          note="academic title only"),
        P("Janusz Piechociński", ["wicepremier", "minister"], "Janusza Piechocińskiego",
          note="'głos Wicepremiea, Ministra Gospodaraki - Janusza Piechocińskiego' (typos kept)"),
        P("Piotr Skoczek", None, "Piotr Skoczek", opt=True, note="only inside the firm's name 'F.H.U. Bruk-Bud Piotr Skoczek'"),
    ],
    organizations=[
        O("Starostwo Powiatowe w Otwocku", "Starostwo Powiatowe w Otwocku", ["Starostwo Powiatowe"]),
        O("Wyższa Szkoła Gospodarki Euroregionalnej im. Alcide De Gasperi w Józefowie",
          "Wyższą Szkołą Gospodarki Euroregionalnej im. Alcide De Gasperi",
          ["Wyższa Szkoła Gospodarki Euroregionalnej", "Wyższa Szkoła Gospodarki Euroregionalnej im. Alcide De Gasperi",
           "WSGE"], note="double space before 'w Józefowie'; later 'Wyższej Szkoły Gospodarki Euroregionalnej'"),
        O("Narodowe Centrum Badań Jądrowych", "Narodowym Centrum Badań Jądrowych", ["NCBJ"],
          note="co-organiser (also the venue); 'NCBJ' later"),
        O("Klub Nowej Gospodarki Powiatu Otwockiego", "Klubem Nowej Gospodarki Powiatu Otwockiego",
          ["KNG", "Klub Nowej Gospodarki"]),
        O("Archiwa Mazowieckie Sp. z o.o.", "Archiwa Mazowieckie Sp. z o.o.", ["Archiwa Mazowieckie"]),
        O("F.H.U. Bruk-Bud Piotr Skoczek", "F.H.U. Bruk-Bud Piotr Skoczek", ["Bruk-Bud", "F.H.U. Bruk-Bud"]),
        O("Przedsiębiorstwo Robót Telekomunikacyjnych Jartel", "Przedsiębiorstwo Robót Telekomunikacyjnych Jartel",
          ["Jartel"]),
        O("SuperDrob S.A.", "SuperDrob S.A.", ["SuperDrob", "SuperDrob S.A. Zakład Drobiarsko-Mięsne Karczew"]),
        O("Ministerstwo Gospodarki", "Ministerstwo Gospodarki", ["MG"]),
        O("Ministerstwo Sportu i Turystyki", "Ministerstwo Sportu i Turystyki", ["MSiT"]),
        O("Krajowa Izba Gospodarcza", "Krajowa Izba Gospodarcza", ["KIG"]),
        O("Stowarzyszenie Krajowe Forum Parków Przemysłowych i Parków Technologicznych",
          "Stowarzyszenie Krajowego Forum Parków Przemysłowych i Parków Technologicznych",
          ["Stowarzyszenie Krajowego Forum Parków Przemysłowych i Parków Technologicznych",
           "Krajowe Forum Parków Przemysłowych i Parków Technologicznych"]),
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polska Agencja Rozwoju Przedsiębiorczości", ["PARP"]),
        O("Powiatowy Młodzieżowy Dom Kultury w Otwocku", "Powiatowy Młodzieżowy Dom Kultury w Otwocku",
          ["Powiatowy Młodzieżowy Dom Kultury"]),
        O("Powiatowy Urząd Pracy w Otwocku", "Powiatowy Urząd Pracy w Otwocku", ["PUP w Otwocku"]),
        O("Catering-Max", "Catering-Max"),
        O("Gmina Celestynów", "Gminy Celestynów", opt=True, note="'Wójt Gminy Celestynów' (a patronage)"),
        O("Gmina Kołbiel", "Gminy Kołbiel", opt=True),
        O("Gmina Osieck", "Gminy Osieck", opt=True),
        O("Gmina Sobienie-Jeziory", "Gminy Sobienie-Jeziory", opt=True),
        O("Gmina Wiązowna", "Gminy Wiązowna", opt=True),
        O("TVP Warszawa", "TVP Warszawa", opt=True, note="media patrons (optional, as media in earlier sets)"),
        O("Linia Otwocka", "Linia Otwocka", opt=True),
        O("Tygodnik Regionalny", "Tygodnik Regionalny", opt=True),
        O("AS PIK", "AS PIK", opt=True),
        O("Józefów nad Świdrem", "Józefów nad Świdrem", opt=True, note="a local magazine"),
        O("Gazeta Otwocka", "Gazeta Otwocka", opt=True),
        O("Głos Karczewa", "Głos Karczewa", opt=True),
        O("Powiązania", "Powiązania.", ["Powiązania"], opt=True),
    ],
    not_dates=["'Burmistrz Karczewa', 'Prezyden Miasta Otwocka' (typo) are patrons named by office only",
               "'w Józefowie', 'Karczew' are seats, not venues", "edition 3 from 'III'"],
    note="The local business club's page: the 3rd Economic Forum of Otwock County at the National Centre for Nuclear "
         "Research in Świerk on 4 September 2015; long lists of partners and patrons (institutional, local, media); "
         "typos kept ('Prezyden', 'Wicepremiea', 'Gospodaraki', 'sytuqacji', 'Zakład Drobiarsko-Mięsne'). Cut at "
         "'ogólnopo'.")

doc(ID[2708], None,
    E("Międzychodzkie Forum Gospodarcze", ["Forum", "Międzychodzkie Forum", "Forum Gospodarcze"], None, None),
    dates=[
        D("XXXX-11-08", "XXXX-11-08", "8 listopada", note="no year in the text (2019 only in the address)"),
        D("2030", "2030", "do 2030 roku", opt=True,
          note="inside the strategy's name 'Strategii Rozwoju Województwa Wielkopolskiego do 2030 roku'"),
    ],
    venues=[V("Międzychód", "Międzychodzkie", opt=True,
              note="the town only as an adjective ('Międzychodzkie Forum', 'Międzychodzkiego Oddziału')")],
    organizations=[
        O("Samorząd Województwa Wielkopolskiego", "Samorządu Województwa Wielkopolskiego",
          ["Województwo Wielkopolskie", "Samorząd Województwa"]),
        O("Wielkopolska Izba Przemysłowo-Handlowa", "Wielkopolskiej Izby Przemysłowo-Handlowej", ["WIPH"],
          note="the publisher"),
        O("Międzychodzki Oddział Wielkopolskiej Izby Przemysłowo-Handlowej",
          "Międzychodzkiego Oddziału Wielkopolskiej Izby Przemysłowo-Handlowej",
          ["Oddział Międzychodzki WIPH", "Międzychodzki Oddział WIPH"], opt=True, note="a branch of the chamber"),
    ],
    not_dates=["'już za rok' is relative", "'dwóch panelach' is a count of panels"],
    note="A chamber's page, written in the first person by an unnamed speaker: the Międzychód economic forum on 8 "
         "November (no year in the text), two panels; 'Do zobaczenia ... już za rok!'. No person named.")

doc(ID[2709], None,
    E("Targi Pracy i Edukacji", ["„Targi Pracy i Edukacji”", "Targi Pracy", "targi", "Targi Pracy i Edukacji w Stalowej Woli"],
      None, None),
    dates=[D("XXXX-04-17", "XXXX-04-17", "17 kwietnia", note="'piątkowe (17 kwietnia)': no year in the text (2015 only "
                                                              "in the address)")],
    venues=[
        V("Biblioteka Międzyuczelniana", "w Bibliotece Międzyuczelnianej",
          ["Biblioteka Międzyuczelniana w Stalowej Woli"], note="the only place named"),
        V("Stalowa Wola", "stalowowolski", opt=True, note="the town only as an adjective ('stalowowolski Powiatowy Urząd "
                                                          "Pracy', 'starosta stalowowolski')"),
    ],
    attendance=[A(48, "organizations", "exact", "48 wystawców", note="'zaprezentowało się w sumie 48 wystawców'")],
    people=[
        P("Zofia Zielińska-Nędzyńska", "dyrektor", "Zofia Zielińska-Nędzyńska, dyrektor"),
        P("Janusz Zarzeczny", "starosta", "starosta stalowowolski Janusz Zarzeczny"),
    ],
    organizations=[O("Powiatowy Urząd Pracy w Stalowej Woli", "Powiatowy Urząd Pracy",
                     ["Powiatowy Urząd Pracy", "PUP", "stalowowolski Powiatowy Urząd Pracy", "PUP w Stalowej Woli"],
                     note="'stalowowolski Powiatowy Urząd Pracy'; later 'stalowowolskiego PUP-u'")],
    not_dates=["'Prawdziwe tłumy' is not a count", "'(17 kwietnia)' with 'piątkowe': the weekday is not used for a year"],
    note="Local blog: a report of the Friday (17 April) job and education fair of the Stalowa Wola county labour "
         "office in the inter-university library; 48 exhibitors. Leading space on the first paragraph.")

doc(ID[2710], None,
    E("Płockie Targi Pracy", ["XV Płockie Targi Pracy", "Płockie Targi Pracy, Kariery, Aktywności Zawodowej",
                              "XV (jubileuszowe) Płockie Targi Pracy", "Targi", "Płockie Targi Pracy, Kariery"], 15, 2010),
    dates=[
        D("1990", "1999", "lat 90-tych", opt=True, note="'sięga lat 90-tych' (a decade)"),
        D("2008", "2008", "w 2008r.", note="the office's founding year"),
        D("2010-10-15", "2010-10-15", "15 października 2010r.", note="the XV (jubilee) fair"),
    ],
    venues=[
        V("Płock", "w Płocku", note="many times"),
        V("Stadion Miejski w Płocku", "na Stadionie Miejskim w Płocku", ["Stadion Miejski"], opt=True,
          note="building-level venue of the XV edition (also of earlier ones)"),
        V("Szkoła Wyższa im. Pawła Włodkowica w Płocku", "na terenie Szkoły Wyższej im. Pawła Włodkowica w Płocku",
          ["Szkoła Wyższa im. Pawła Włodkowica"], opt=True, note="venue of most earlier editions"),
        V("Płocka Filia Politechniki Warszawskiej", "w gmachu Płockiej Filii Politechniki Warszawskiej", opt=True,
          note="venue of earlier editions"),
        V("ORLEN ARENA", "w hali widowiskowo-sportowej ORLEN ARENA", ["Orlen Arena"], opt=True,
          note="venue of the latest editions"),
    ],
    attendance=[A(51, "organizations", "exact", "51 wystawców", note="'W targach udział wzięło 51 wystawców'")],
    organizations=[
        O("Miejski Urząd Pracy w Płocku", "Miejski Urząd Pracy w Płocku", ["MUP w Płocku", "Miejski Urząd Pracy"],
          note="three times"),
        O("Szkoła Wyższa im. Pawła Włodkowica w Płocku", "Szkoły Wyższej im. Pawła Włodkowica w Płocku",
          ["Szkoła Wyższa im. Pawła Włodkowica"]),
        O("Politechnika Warszawska", "Politechniki Warszawskiej", ["PW"], note="'Płockiej Filii Politechniki Warszawskiej'; "
                                                                            "'Politechnika Warszawska zorganizowała'"),
        O("Powiatowy Urząd Pracy w Płocku", "Powiatowy Urząd Pracy w Płocku", ["PUP w Płocku"]),
        O("Wojewódzki Urząd Pracy w Warszawie", "Wojewódzki Urząd Pracy w Warszawie",
          ["Wojewódzki Urząd Pracy w Warszawie Filia w Płocku", "WUP w Warszawie"]),
        O("Urząd Miasta Płocka", "Urząd Miasta Płocka", ["UM Płocka"]),
        O("PKN Orlen S.A.", "PKN Orlen S.A.", ["PKN Orlen", "Orlen"]),
        O("Basell Orlen Polyolefins Sp. z o.o.", "Basell Orlen Polyolefins Sp. z o.o.", ["Basell Orlen Polyolefins"]),
        O("Politechnika Warszawska Szkoła Nauk Technicznych i Społecznych w Płocku",
          "Politechnika Warszawska Szkoła Nauk Technicznych i Społecznych w Płocku",
          ["Szkoła Nauk Technicznych i Społecznych w Płocku", "Szkoła Nauk Technicznych i Społecznych"]),
    ],
    not_dates=["'Od edukacji przez innowacje do zatrudnienia' and the conference title are slogans",
               "'Minimuzeum Technik Informacyjno-' is cut", "edition 15 from 'XV (jubileuszowe)'"],
    note="History page of the Płock job fairs (since the 1990s; the city labour office since 2008) ending with the "
         "XV jubilee fair of 15 October 2010 at the municipal stadium: 51 exhibitors, organisers listed. Cut at "
         "'Informacyjno-'.")

doc(ID[2711], None,
    E("VIII Ogólnopolskie Targi Pracy", ["Ogólnopolskie Targi Pracy", "Targi Pracy", "targi",
                                         "VIII Ogólnopolskie Targi Pracy w Kielcach"], 8, None),
    venues=[
        V("Kielce", "w Kielcach"),
        V("Targi Kielce", "w hali Targów Kielce", ["hala Targów Kielce", "Targi Kielce"], opt=True,
          note="building-level venue (the fair company's hall)"),
    ],
    attendance=[
        A(110, "organizations", "approx", "około 110 pracodawców", note="also 'zapowiedzi uczestnictwa 110 różnych "
                                                                       "instytucji' (same value)"),
        A(9000, "participants", "approx", "około 9 tysięcy osób", note="expected visitors ('targi odwiedzi około 9 "
                                                                       "tysięcy osób')"),
    ],
    people=[P("Kowalski", "dyrektor", "Kowalski", opt=True, note="surname only ('dodaje Kowalski'; 'dyrektor PUP')")],
    organizations=[
        O("Targi Kielce", "Targów Kielce", ["Targi Kielce Sp. z o.o."], note="the fair company (its hall)"),
        O("Wojewódzki Sztab Wojskowy", "Wojewódzki Sztab Wojskowy", ["WSzW", "Wojewódzki Sztab Wojskowy w Kielcach"]),
        O("EURES", "Eures", ["Eures", "program Eures"], opt=True, note="'stoisko programu Eures' (a network)"),
        O("Powiatowy Urząd Pracy", "PUP", ["PUP", "Powiatowy Urząd Pracy w Kielcach"], opt=True,
          note="'dyrektor PUP' (only the acronym)"),
        O("Unia Europejska", "Unii Europejskiej", UE, opt=True),
        O("Gazeta Wyborcza", "Gazeta Wyborcza", opt=True, note="the source line 'marc Gazeta Wyborcza'"),
    ],
    not_dates=["'dziś', 'jutro', 'wzorem lat ubiegłych' are relative and unanchored (no date in the text)",
               "'Ponad półtora tysiąca ofert' is a count of job offers, not attendance", "'godz. 10' is a time",
               "'Jednodniowa' is a duration", "'marc' is the author's signature", "edition 8 from 'VIII'"],
    note="Local portal (from Gazeta Wyborcza): the 8th national job fair in the Targi Kielce hall; about 110 "
         "employers and about 9 thousand visitors expected; 'dziś' and 'jutro' both used; no date. A missing space "
         "'Europejskiej.Swoje' kept.")

doc(ID[2712], "2026-02-25",
    E("Europejski Kongres Samorządów", ["XI Europejski Kongres Samorządów", "XI EKS", "EKS", "Kongres",
                                        "XI Europejski Kongres Samorządów, 2-3 marca 2026, Mikołajki",
                                        "Europejski Kongres Samorządów w Mikołajkach"], 11, 2026),
    dates=[
        D("2026-02-25", "2026-02-25", "date 2026-02-25", note="scraped full-date prefix: the document_date (as twentyfifth 2406)"),
        D("2026-03-02", "2026-03-03", "2-3 marca 2026", note="title, printed twice"),
        D("2026-03-02", "2026-03-02", "poniedziałek, 2 marca", note="the President's meeting (a single day)"),
        D("2026-03-01", "2026-03-01", "w niedzielę 1 marca", note="side events start the day before"),
    ],
    venues=[
        V("Mikołajki", "w Mikołajkach", note="title 'Mikołajki' and 'w Mikołajkach' (twice)"),
        V("Hotel Gołębiewski", "w Hotelu Gołębiewski", ["Hotel Gołębiewski w Mikołajkach"], opt=True,
          note="building-level venue"),
    ],
    attendance=[A(3000, "participants", "more_than", "ponad 3000 gości", note="registered a week before the start")],
    people=[
        P("Karol Nawrocki", "prezydent", "Prezydent Karol Nawrocki", note="twice"),
        P("Krzysztof Gawkowski", ["wicepremier", "minister"], "Krzysztof Gawkowski, wicepremier i minister cyfryzacji"),
        P("Stefan Krajewski", "minister", "Stefan Krajewski, Minister Rolnictwa"),
        P("Marcin Kulasek", "minister", "Marcin Kulasek, Minister Nauki i Szkolnictwa Wyższego"),
        P("Paulina Piechna-Więckiewicz", "podsekretarz stanu", "Paulina Piechna - Więckiewicz, Podsekretarz Stanu",
          ["Paulina Piechna - Więckiewicz"], note="spaced hyphen in the surname"),
        P("Stanisław Bukowiec", ["sekretarz stanu", "pełnomocnik rządu"], "Stanisław Bukowiec, Sekretarz Stanu"),
        P("Bożena Żelazowska", "sekretarz stanu", "Bożena Żelazowska, Sekretarz Stanu"),
        P("Maciej Wróbel", "sekretarz stanu", "Maciej Wróbel, Sekretarz Stanu"),
        P("Rafał Trzaskowski", ["prezydent", "wiceprzewodniczący"], "Rafał Trzaskowski, Prezydent Warszawy"),
        P("Krzysztof Bosak", None, "Krzysztof Bosak", note="'Krzysztof Bosak, Wicemarszał' (the title cut mid-word)"),
    ],
    organizations=[
        O("Ministerstwo Edukacji Narodowej", "Ministerstwo Edukacji Narodowej", ["MEN"]),
        O("Ministerstwo Infrastruktury", "Ministerstwo Infrastruktury", ["MI"]),
        O("Ministerstwo Kultury i Dziedzictwa Narodowego", "Ministerstwo Kultury i Dziedzictwa Narodowego", ["MKiDN"],
          note="twice (also 'w Ministerstwie Kultury i Dziedzictwa Narodowego')"),
        O("Koalicja Obywatelska", "Koalicji Obywatelskiej", ["KO"]),
        O("Business Insider", "Business Insider", ["Business Insider Polska"], opt=True, note="the publisher (site header)"),
    ],
    not_dates=["'na 7 dni przed rozpoczęciem' is relative", "'ponad 250 wydarzeń' is a count of sessions",
               "'Kup subskrypcję / Zaloguj się / Udostępnij artykuł' are site junk", "edition 11 from 'XI'",
               "'Minister Rolnictwa', 'Minister Nauki i Szkolnictwa Wyższego', 'minister cyfryzacji' are titles; "
               "'Prezydent Warszawy' is a title (Warszawa is not a venue)"],
    note="Opens with the scraped full date ' date 2026-02-25' and site junk; the title with the event's dates and "
         "place printed twice; a preview of the 11th European Congress of Local Governments in Mikołajki (2-3 March "
         "2026): the President's meeting on Monday 2 March, side events on Sunday 1 March, over 3000 guests, a list "
         "'Name, Title, Ministry'. Cut at 'Wicemarszał'.")

doc(ID[2713], None,
    E("Targi Turystyczne „Globalnie”", ["XXIV Targi Turystyczne „Globalnie”", "Targi Turystyczne Globalnie",
                                        "XXIV Targi Turystyczne \"Globalnie\"", "Targi Turystyczne \"Globalnie\"",
                                        "Globalnie", "Targi Turystyczne", "targi"], 24, None),
    dates=[D("XXXX-03-23", "XXXX-03-23", "23 marca", note="'23 marca rozpoczęły się': no year in the text")],
    venues=[
        V("Katowice", "w Katowicach"),
        V("Międzynarodowe Centrum Kongresowe", "W Katowickim Centrum Kongresowym",
          ["Katowickie Centrum Kongresowe", "Międzynarodowe Centrum Kongresowe w Katowicach", "MCK"], opt=True,
          note="building-level venue ('Katowickim Centrum Kongresowym')"),
    ],
    attendance=[A(90, "organizations", "exact", "90 wystawców")],
    people=[P("Marcin Dobas", "fotograf", "Marcin Dobas – fotograf", note="'fotograf National Geographic'")],
    organizations=[O("National Geographic", "National Geographic", opt=True, note="a magazine (in the photographer's title)")],
    not_dates=["'tego dnia' is the same day", "Meksyk, Indonezja, Kuba, Korea are travel topics, not venues",
               "'Festiwal Podróżników' is a side event, not an organisation", "'/EGP, PS/' are authors' initials",
               "edition 24 from 'XXIV'"],
    note="A school's news: pupils of the tourism course at the 24th travel fair 'Globalnie' in Katowice (from 23 "
         "March, no year); 90 exhibitors in the congress centre. Signed '/EGP, PS/'.")

doc(ID[2714], None,
    E("Międzynarodowe Targi Turystyki i Czasu Wolnego", ["12. edycja Międzynarodowych Targów Turystyki i Czasu Wolnego",
                                                         "Międzynarodowe Targi Turystyki", "targi",
                                                         "Międzynarodowe Targi Turystyki i Czasu Wolnego we Wrocławiu"],
      12, None),
    dates=[D("XXXX-02-28", "XXXX-03-01", "od 28 lutego do 1 marca", note="no year in the text")],
    venues=[
        V("Wrocław", "we Wrocławiu"),
        V("Stadion Miejski we Wrocławiu", "na Stadionie Miejskim", ["Stadion Miejski", "stadion"], opt=True,
          note="building-level venue ('Po raz drugi wydarzenie odbędzie się na Stadionie Miejskim')"),
    ],
    attendance=[
        A(200, "organizations", "more_than", "Ponad 200 wystawców", note="lead"),
        A(230, "organizations", "exact", "230 wystawców", note="the director's figure"),
        A(27, "organizations", "exact", "27 wystawców", opt=True, note="a subgroup on the joint Lower Silesian stand"),
    ],
    people=[
        P("Piotr Olczak", "dyrektor", "dyrektor Międzynarodowych Targów Turystyki Piotr Olczak"),
        P("Piotr Wnukowicz", "dyrektor", "Dyrektor Wydziału Turystyki w Urzędzie Marszałkowskim Piotr Wnukowicz"),
    ],
    organizations=[
        O("Urząd Marszałkowski Województwa Dolnośląskiego", "Urząd Marszałkowski Województwa Dolnośląskiego",
          ["Urząd Marszałkowski", "UMWD"], note="co-organiser; also 'w Urzędzie Marszałkowskim'"),
        O("Wydział Turystyki Urzędu Marszałkowskiego Województwa Dolnośląskiego", "Wydziału Turystyki",
          ["Wydział Turystyki"], opt=True, note="a department of the marshal's office"),
    ],
    not_dates=["'Po raz drugi' is about the venue, not the edition (edition 12 from '12. edycji')",
               "'trzydniowy' is a duration", "'kilkunastu globtroterów' has no number",
               "Twierdza Srebrna Góra, Zamek Czocha, Zamek Książ are attractions shown on a stand, not venues",
               "Zanzibar is the partner destination; Kolumbia, Papua-Nowa Gwinea are lecture topics",
               "'Jakuba Por' is cut mid-name (not annotated)"],
    note="wnp.pl: the 12th International Tourism and Leisure Fair in Wrocław (stadium) 'od 28 lutego do 1 marca', no "
         "year; 'Ponad 200' and '230 wystawców'. Cut at 'Jakuba Por'.")

doc(ID[2715], None,
    E("Konkurs „Przedsiębiorcze Jaworzno”", ["Przedsiębiorcze Jaworzno", "Konkurs Przedsiębiorcze Jaworzno",
                                             "„Przedsiębiorcze Jaworzno”", "Konkurs „PRZEDSIĘBIORCZE JAWORZNO",
                                             "PRZEDSIĘBIORCZE JAWORZNO", "Konkurs", "Gala finałowa",
                                             "Przedsiębiorcze Jaworzno 2017"], None, 2017),
    dates=[
        D("2017-05-16", "2017-05-16", "16 maja", note="the year from the calendar ('w roku 2017', later '2017' lines)"),
        D("2017-05-25", "2017-05-25", "Do 25 maja", note="a deadline"),
        D("2017", "2017", "w roku 2017"),
        D("2017-06-01", "2017-06-01", "Do 1 czerwca", note="a deadline"),
        D("2017-06-30", "2017-06-30", "Do 30 czerwca", note="a deadline"),
        D("2017-06-01", "2017-09-15", "Od 1 czerwca do 15 września", note="promotion and entries"),
        D("2017-09-15", "2017-09-15", "15 września 2017", note="the entry deadline; again 'dnia 15 września 2017 roku'"),
        D("2017-09-28", "2017-09-28", "28 września 2017", note="the chapter's first session"),
        D("2017-09-30", "2017-11-15", "Od 30 września do 15 listopada", note="promotion of the finalists"),
        D("2017-11-21", "2017-11-21", "21 listopada 2017", note="the chapter's second session"),
        D("2017-11-24", "2017-11-24", "24 listopada 2017 (piątek)", note="the final gala"),
    ],
    venues=[
        V("Jaworzno", "w Jaworznie", note="'Teatr Sztuk w Jaworznie' (the gala)"),
        V("Teatr Sztuk w Jaworznie", "Teatr Sztuk w Jaworznie", ["Teatr Sztuk"], opt=True, note="building-level venue"),
    ],
    organizations=[
        O("Jaworznicka Izba Gospodarcza", "JIG", ["JIG"], note="only the acronym (five times)"),
        O("Walne Zgromadzenie JIG", "Walne Zgromadzenie JIG", opt=True, note="a body of the chamber"),
        O("Zarząd JIG", "Zarząd JIG", opt=True, note="a body of the chamber (twice)"),
        O("Samorząd Województwa Śląskiego", "Samorządu Województwa Śląskiego", ["Województwo Śląskie"],
          note="'z budżetu Samorządu Województwa Śląskiego' (co-financing)"),
    ],
    not_dates=["'Kapituła Konkursu' is the jury, not an organisation", "'PROJEKT / ORGANIZATOR / PATRONAT / SPONSOR / "
               "DOFINANSOWANIE' are captions of missing logos", "a business competition with a final gala: no attendance"],
    note="Calendar of a chamber's business competition 'Przedsiębiorcze Jaworzno' 2017 as a table flattened into "
         "lines (TERMIN / DZIAŁANIE): bare days with the year only later, deadlines 'Do …', ranges 'Od … do …', the "
         "gala '24 listopada 2017 (piątek)' in the Teatr Sztuk; an unclosed quote in the heading; logo captions at "
         "the end.")

doc(ID[2716], None,
    E("Konferencja", ["konferencja", "Konferencja w Białymstoku"], None, 2022),
    dates=[
        D("2022-06-30", "2022-07-01", "w dniach 30 czerwca – 1 lipca 2022 roku",
          note="the conference (across two months, en dash); again '30 czerwca – 1 lipca 2022 r. – obrady Konferencji'"),
        D("2022-05-06", "2022-05-06", "6 maja 2022 r.", note="registration deadline"),
        D("2022-05-30", "2022-05-30", "30 maja 2022 r.", note="fee and abstracts (twice)"),
        D("2022-07-31", "2022-07-31", "do 31 lipca 2022 r.", note="full texts"),
        D("2022-09-15", "2022-09-15", "do 15 września 2022 r.", note="reviews"),
        D("2022-09-30", "2022-09-30", "do 30 września 2022 r.", note="corrected papers"),
    ],
    venues=[
        V("Białystok", "w Białymstoku"),
        V("Kampus Uniwersytetu w Białymstoku", "w Kampusie Uniwersytetu w Białymstoku",
          ["Kampus Uniwersytetu w Białymstoku przy ul. Ciołkowskiego 1", "Kampus Uniwersytetu"], opt=True,
          note="building-level venue"),
        V("online", "w formie on-line", ["on-line"], opt=True, note="only a fallback ('Jeśli będzie ona trudna')"),
    ],
    organizations=[O("Uniwersytet w Białymstoku", "Uniwersytetu w Białymstoku", ["UwB"])],
    not_dates=["'ul. Ciołkowskiego 1' is an address", "the conference's name is not in the text (only 'Konferencja')"],
    note="A university conference site's 'Terminy' page: the conference on 30 June – 1 July 2022 in Białystok and "
         "six deadlines as bullets ' • '; no name of the conference in the text.")

doc(ID[2717], None,
    E("Ogólnopolski Dzień Przedsiębiorczości", ["Dzień Przedsiębiorczości", "17. Edycja Dnia Przedsiębiorczości",
                                                "17. Edycja Ogólnopolskiego Dnia Przedsiębiorczości", "DP",
                                                "Dzień Przedsiębiorczości 2020"], 17, 2020),
    dates=[D("2020-04-02", "2020-04-02", "2 kwietnia 2020 roku", note="'Planowany na 2 kwietnia 2020 roku' (moved to e-visits)")],
    venues=[V("online", "w formie e-wizyt", ["e-wizyty", "e-wizyta"], opt=True,
              note="'realizację Dnia Przedsiębiorczości w formie e-wizyt' (virtual visits)")],
    people=[
        P("Andrzej Duda", "prezydent", "Prezydenta RP Andrzeja Dudy", note="honorary patron"),
        P("Danuta Szaflińska-Giłyk", ["koordynator", "szkolny koordynator"], "Pani Danuta Szaflińska – Giłyk",
          ["Danuta Szaflińska – Giłyk", "Danuta Szaflińska - Giłyk"],
          note="'Szkolnym koordynatorem Dnia Przedsiębiorczości jest Pani …' (spaced dash in the surname)"),
    ],
    organizations=[O("Fundacja Młodzieżowej Przedsiębiorczości", "Fundacji Młodzieżowej Przedsiębiorczości", ["FMP"],
                     note="'Zarząd Fundacji Młodzieżowej Przedsiębiorczości'")],
    not_dates=["'do końca roku szkolnego' is a vague period, not a calendar date", "'www.junior.org.pl' is an address",
               "'Krajowy koordynator DP' is unnamed", "edition 17 from '17. Edycji'"],
    note="A school's news: the 17th Polish Entrepreneurship Day planned for 2 April 2020 changed to e-visits "
         "because of the epidemic; the foundation's statement quoted (an unclosed „ quote).")

doc(ID[2718], "2017-05-09",
    E("Europejskie Nagrody Promocji Przedsiębiorczości", ["konkurs „Europejskie Nagrody Promocji Przedsiębiorczości”",
                                                          "„Europejskie Nagrody Promocji Przedsiębiorczości”",
                                                          "Europejskie Nagrody Promocji Przedsiębiorczości 2017",
                                                          "European Enterprise Promotion Awards", "Konkurs"], None, 2017),
    dates=[
        D("2017-05-09", "2017-05-09", "09.05.2017 r.", note="'Data publikacji: 09.05.2017 r.' (document_date)"),
        D("2017-11", "2017-11", "w listopadzie 2017 roku", note="the award ceremony"),
        D("2017-05-22", "2017-05-22", "do dnia 22 maja 2017 r.", note="the regional entry deadline"),
    ],
    organizations=[
        O("Komisja Europejska", "Komisję Europejską", KE, note="the competition's organiser"),
        O("Ministerstwo Rozwoju", "Ministerstwie Rozwoju", ["MR"], note="the national stage's committee"),
    ],
    not_dates=["the address ending 'przedsiebiorczosci-2017/' is a web address",
               "'promocja.rpo@lodzkie.pl' is an e-mail address", "'pięciu kategoriach' is not attendance",
               "'województwa łódzkiego' is the region of the projects, not a venue"],
    note="Regional operational programme's news: call for the European Enterprise Promotion Awards 2017, 'Data "
         "publikacji: 09.05.2017 r.' under the title; ceremony in November 2017 (no place), deadline 22 May 2017. "
         "Ends with ' \\nTop'.")

skipped(ID[2719], "uk", "Ukrainian: a university's note on a scholar at an international forum in Rzeszów (800 "
                        "participants from many countries, two days, author byline); language gate")
