"""Hand-written gold for corpus/tenth (ids 900-919), following corpus/GUIDE.md and the conventions of the earlier
gold sets (final, fresh, sixth, seventh, eighth, ninth SOURCES.md).

Run: python3 run_gold.py  -> writes ../gold/*.json and checks that every `text` is an exact substring of the
raw file (so char spans can be computed from it: raw.find(text)).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import D, V, A, C, P, O, E, DOCS, doc, skipped  # noqa: F401 (the item helpers, see corpus/goldkit.py)
from ids import ID

HYDROGEN_CLUSTER = ["Klaster Technologii Wodorowych oraz Czystych Technologii Węglowych",
                    "Klaster Technologii Wodorowych", "Klaster Technologii Wodorowych i Czystych Technologii Węglowych"]
DOLINA = ["Stowarzyszenie Dolina Lotnicza", "Klaster Dolina Lotnicza", "„Dolina Lotnicza”",
          "Stowarzyszenie Grupy Przedsiębiorców Przemysłu Lotniczego „Dolina Lotnicza”"]

# ---------------------------------------------------------------------------------------------
doc(ID[900], None,
    E("Europejska Konferencja Klastrów", ["European Cluster Conference", "Europejska Konferencja Klastrów 2024",
                                          "konferencja"], None, 2024),
    dates=[
        D("2024-05-07", "2024-05-08", "W dniach 7-8 maja 2024 roku"),
        D("2024", "2024", "na rok 2024", note="the Commission's priorities for the year (a year of plans, as eighth)"),
    ],
    venues=[V("Bruksela", "w Brukseli", ["Brussels", "Bruxelles"])],
    attendance=[A(700, "participants", "exact", "700 uczestników z całej Europy")],
    organizations=[
        O("Komisja Europejska", "Komisji Europejskiej", ["KE"]),
        O("Unia Europejska", "UE", opt=True, note="as a modifier ('priorytetów przemysłowych UE')"),
    ],
    note="Short report (691 bytes) of the publisher's (a Bydgoszcz cluster, not named in the text) attendance at the "
         "European Cluster Conference. No cluster named. Not the 2022 Prague edition of seventh 601.")

doc(ID[901], None,
    E("Europejski Kongres Gospodarczy",
      ["European Economic Congress", "EEC", "EKG", "10. Europejski Kongres Gospodarczy",
       "10. edycja Europejskiego Kongresu Gospodarczego", "Europejski Kongres Gospodarczy w Katowicach"], 10, 2018),
    dates=[D("2018-05-14", "2018-05-16", "14-16 maja 2018", note="in brackets after the congress' name")],
    venues=[V("Katowice", "w Katowicach", note="three times")],
    attendance=[
        A(900, "speakers", "exact", "900 prelegentów"),
        A(11500, "participants", "exact", "11,5 tys. uczestników", note="decimal comma with 'tys.'"),
        A(700, "participants", "more_than", "ponad 700 przedstawicieli mediów", opt=True,
          note="the media, a subgroup of the 11,5 thousand ('w tym')"),
    ],
    people=[P("Wojciech Kuśpik", "prezes", "Wojciech Kuśpik, prezes Grupy PTWP",
              note="also 'inicjator Europejskiego Kongresu Gospodarczego'")],
    organizations=[
        O("Grupa PTWP", "Grupy PTWP", ["PTWP"]),
        O("Unia Europejska", "w Unii", opt=True, note="a topic ('przemiany polityczne w Unii')"),
    ],
    not_dates=["'Ponad 150 sesji tematycznych' is a count of sessions, not attendance", "'IV rewolucja' is not a date"],
    note="Summary of the 10th (jubilee) European Economic Congress: edition 10 from '10. jubileuszowa edycja'. "
         "Not a cluster event as such (a large business congress); no cluster named. Not the 2011 congress of "
         "blind 204 (only the name 'Europejskiego Kongresu Gospodarczego (European Economic Congress' is shared). "
         "Cut at 'przed'.")

doc(ID[902], None,
    E("Aerospace Meetings",
      ["Aerospace Meetings Lisboa", "Aerospace Meetings w Lizbonie", "Targi Aerospace Meetings Lisboa 2017",
       "Aerospace Meetings Lisboa 2017", "2Aerospace Meetings", "Targi"], None, None),
    dates=[D("2014", "2020", "2014-2020", note="the regional programme's period in 'RPO WP 2014-2020' (a date range)")],
    venues=[
        V("Lizbona", "w Lizbonie", ["Lisbon", "Lisboa"]),
        V("Portugalia", "w Portugalii", opt=True, note="country of the venue"),
        V("Rzeszów", "Aerospace & Defense Meetings Central Europe Rzeszów", opt=True,
          note="only inside the name of the other (May) event the stand promoted"),
    ],
    attendance=[A(2, "organizations", "exact", "Obie polskie firmy", opt=True,
                  note="'both Polish firms' (Ultratech and 3D Robot) on the stand; not a numeral")],
    clusters=[C("Dolina Lotnicza", "Doliną Lotniczą", DOLINA, note="also 'Doliny Lotniczej', 'Dolinie Lotniczej'")],
    organizations=[
        O("BCI Aerospace", "BCI Aerospace", note="the organiser; twice"),
        O("Województwo Podkarpackie", "Województwem Podkarpackim", ["Województwo Podkarpackie"], opt=True,
          note="the region (co-organiser of the Rzeszów event and exhibitor): optional as in sixth 503"),
        O("Ultratech", "Ultratech"),
        O("3D Robot", "3D Robot"),
    ],
    not_dates=["'majowego wydarzenia' (a May event) has no day and no year: not annotated",
               "'lisboa-2017' is only in the address (not used)"],
    note="Opens with '2Aerospace' (a digit glued to the first word, junk). Report of the region's stand at the "
         "Lisbon Aerospace Meetings promoting A&DM Rzeszów. No year in the text (2017 only in the address): event "
         "year null. The project 'Promocja Gospodarcza Województwa Podkarpackiego' and RPO WP are not annotated. "
         "Cut at 'spotkaniac'.")

doc(ID[903], None,
    E("MEBLE POLSKA", ["Targi MEBLE POLSKA", "MEBLE POLSKA 2022", "targi MEBLE POLSKA 2022", "Meble Polska",
                       "Targi meblowe w Poznaniu", "targi meblowe"], None, 2022),
    dates=[
        D("2022-02-22", "2022-02-25", "w dniach 22-25 lutego 2022"),
        D("XXXX-09", "XXXX-09", "we wrześniu", opt=True,
          note="the September edition that was not held; no year given for it"),
    ],
    venues=[
        V("Poznań", "w Poznaniu", note="heading (twice)"),
        V("Międzynarodowe Targi Poznańskie", "na terenie Międzynarodowych Targów Poznańskich", ["MTP"], opt=True,
          note="fair grounds (building-level venue)"),
        V("online", "majowej edycji online", note="the May edition was held online (another edition mentioned)"),
    ],
    attendance=[
        A(54, "organizations", "exact", "54 wystawców", note="exhibitors of the online May edition"),
        A(1002, "participants", "exact", "1002 uczestników z 44 krajów"),
        A(44, "countries", "exact", "z 44 krajów"),
    ],
    people=[P("Józef Szyszka", None, "wyjaśnia Józef Szyszka", note="no title in the text")],
    organizations=[
        O("Grupa MTP", "Grupa MTP", ["MTP"]),
        O("Międzynarodowe Targi Poznańskie", "Międzynarodowych Targów Poznańskich", ["MTP"], opt=True,
          note="the fair grounds / the same company as Grupa MTP"),
    ],
    not_dates=["'MEBLE POLSKA 2022' is a year inside a name (gives the event year)"],
    note="A furniture fair (no cluster): the article announces the February 2022 date and gives the counts of the "
         "online May edition (counted, as fresh 409's last edition). Author tag '~kafal' (junk).")

doc(ID[904], None,
    E("PCHET 2018", ["PCHET", "Międzynarodowa Konferencja Wodorowa", "I międzynarodowa konferencja wodorowa",
                     "międzynarodowa konferencja wodorowa", "Polish Conference on Hydrogen Energy and Technology",
                     "konferencja"], 1, 2018),
    venues=[V("Gdynia", "w Gdyni")],
    attendance=[A(200, "participants", "approx", "blisko 200 osób z Polski oraz z zagranicy",
                  note="'blisko' (nearly): approx")],
    clusters=[C("Klaster Technologii Wodorowych i Czystych Technologii Węglowych",
                "Klastra Technologii Wodorowych oraz Czystych Technologii Węglowych", HYDROGEN_CLUSTER,
                note="also 'klaster technologii wodorowych i czystych technologii węglowych' (lower case) first")],
    people=[
        P("Patryk Demski", "prezes", "Patryk Demski, prezes grupy LOTOS", note="also 'prezes Patryk Demski'"),
        P("Sławomir Halbryt", "prezes", "Sławomir Halbryt, prezes RIGP"),
        P("Tomasz Pelc", None, "Tomasz Pelc", note="no title"),
    ],
    organizations=[
        O("Regionalna Izba Gospodarcza Pomorza", "Regionalną Izbą Gospodarczą Pomorza", ["RIGP"],
          note="the cluster's coordinator (instrumental, sic); 'RIGP' in a title"),
        O("Grupa LOTOS", "grupy LOTOS", ["LOTOS", "Grupa LOTOS S.A."], note="also 'Grupa LOTOS'"),
        O("Gmina Miasta Gdynia", "miastem Gdynia", ["Miasto Gdynia", "Gdynia"], opt=True, note="municipality"),
    ],
    not_dates=["'PCHET 2018' is a year inside a name (gives the event year)"],
    note="Opens with a stray 'I' line. Edition 1 from 'I międzynarodowa konferencja wodorowa'. No date ('niedawno'). "
         "Not the 2019 conference of 905 (another edition, another publisher); the two texts share only the "
         "cluster's name. Cut at 'głównego'.")

doc(ID[905], None,
    E("II Polska Konferencja nt. Energii Wodorowej i Technologii (PCHET)",
      ["PCHET", "II Polska Konferencja nt. Energii Wodorowej i Technologii",
       "Polska Konferencja nt. Energii Wodorowej i Technologii",
       "Międzynarodowa Polska Konferencja Energii Wodorowej i Technologii", "PCHET 2", "PCHET 2019", "konferencja"],
      2, 2019),
    dates=[D("2019-10-01", "2019-10-01", "1 października 2019 roku")],
    venues=[
        V("Gdynia", "w Gdyni"),
        V("Pomorski Park Technologiczny", "w Pomorskim Parku Technologicznym w Gdyni",
          ["Pomorski Park Naukowo-Technologiczny"], opt=True, note="building-level venue"),
    ],
    attendance=[A(300, "participants", "approx", "prawie 300 uczestników", note="'prawie' (almost): approx")],
    clusters=[C("Klaster Technologii Wodorowych i Czystych Technologii Węglowych",
                "Klaster Technologii Wodorowych i Czystych Technologii Węglowych", HYDROGEN_CLUSTER,
                note="twice (organiser, signatory)")],
    organizations=[
        O("Pomorski Park Technologiczny", "Pomorskim Parku Technologicznym",
          ["Pomorski Park Naukowo-Technologiczny"], note="the host institution (also a venue)"),
        O("Województwo Pomorskie", "Województwo pomorskie", opt=True, note="region (signatory)"),
        O("Gmina Miasta Gdynia", "Miasto Gdynia", ["Miasto Gdynia"], opt=True, note="municipality (signatory)"),
        O("PKP Energetyka S.A.", "PKP Energetyka S.A.", ["PKP Energetyka"]),
        O("Zarząd Morskiego Portu Gdynia S.A.", "Zarząd Morskiego Portu Gdynia S.A.",
          ["Zarząd Morskiego Portu Gdynia", "Port Gdynia"]),
        O("Rada ISP1", "Rada ISP1", opt=True, note="council of a regional smart specialisation (a programme's body)"),
        O("Rada ISP3", "Rada ISP3", opt=True, note="council of a regional smart specialisation (a programme's body)"),
        O("Obszar Metropolitalny Gdańsk-Gdynia-Sopot", "Obszar Metropolitalny Gdańsk-Gdynia-Sopot",
          ["OMGGS", "Stowarzyszenie Obszar Metropolitalny Gdańsk-Gdynia-Sopot"],
          note="an association of municipalities (signatory)"),
    ],
    not_dates=["'2 000 ton' is an amount", "'Pomorska Dolina Wodorowa' and 'Hy-way to Hel' are an initiative and a "
                                           "project (not annotated)"],
    note="Edition 2 from 'II' and 'po raz drugi'. Double spaces as returned ('Zgromadziła  prawie', 'nazwę,  ') and "
         "blank lines with a space. Cut at 'Reali'.")

doc(ID[906], None,
    E("Pomorski Stół Wodorowy",
      ["Spotkanie wodorowe", "Perspektywy wdrożenia rozwiązań wodorowych na Pomorzu", "Pomorskim Stole Wodorowym",
       "konferencja Perspektywy wdrożenia rozwiązań wodorowych na Pomorzu", "konferencja"], None, 2022),
    dates=[D("2022-04-13", "2022-04-13", "W środę, 13 kwietnia 2022 roku", note="the paragraph is printed twice")],
    venues=[
        V("Gdańsk", "w Gdańsku"),
        V("Sala Niebo Polskie", "pod Polskim Niebem", ["Polskie Niebo", "Niebo Polskie"], opt=True,
          note="a hall (building-level venue); also 'Sala Niebo Polskie'"),
    ],
    attendance=[A(150, "participants", "approx", "blisko półtorej setki reprezentantów",
                  note="number words ('półtorej setki' = 150) with 'blisko': approx")],
    people=[
        P("Kazimierz Netka", None, "fot. Kazimierz Netka", opt=True, note="photo credit"),
        P("Mieczysław Struk", "marszałek", "Mieczysław Struk – marszałek województwa pomorskiego",
          note="also 'Marszałek Mieczysław Struk'"),
    ],
    organizations=[O("Województwo Pomorskie", "województwa pomorskiego", opt=True, note="region, in a title")],
    not_dates=["'I i II Rzeczypospolitej', 'II wojną światową' are not dates", "'linia kolejowa nr 201' is a number"],
    note="A regional hydrogen conference (no cluster named). Heading printed twice and the first paragraph twice. "
         "Gdynia, Kościerzyna, Śląsk are places on a historic railway, not venues. Cut at 'w t'.")

doc(ID[907], None,
    E("Piąte spotkanie Małopolskiej Regionalnej Grupy ds. Rozwoju Technologii Wodorowych",
      ["spotkanie Małopolskiej Regionalnej Grupy ds. Rozwoju Technologii Wodorowych", "Piąte spotkanie",
       "spotkanie"], 5, None),
    venues=[
        V("Gliwice", "w Gliwicach"),
        V("Centrum Materiałów Ogniotrwałych", "Centrum Materiałów Ogniotrwałych w Gliwicach", opt=True,
          note="building-level venue (an institute's centre)"),
        V("Ukraina", "do Ukrainy", opt=True, note="country of the earlier economic mission"),
        V("Szkocja", "w Szkocji", ["Scotland"], opt=True, note="country/region of a study visit (a wind farm)"),
        V("Hanower", "w Hannowerze", ["Hannover", "Hannower"], note="venue of the LightCon fair (sic 'Hannowerze')"),
        V("Stade", "w Stade", note="venue of a study visit (the hydrogen centre)"),
    ],
    attendance=[A(30, "participants", "more_than", "ponad 30 osób", note="the members of the mission to Ukraine")],
    clusters=[C("Polski Klaster Technologii Kompozytowych", "Polskim Klastrem Technologii Kompozytowych", ["PKTK"])],
    people=[
        P("Józef Gawron", "marszałek", "Pan Marszałek Józef Gawron", note="title before the name; twice"),
        P("Jerzy Kopeć", "dyrektor", "Pan Jerzy Kopeć, Dyrektor Departamentu Nadzoru Właścicielskiego i Gospodarki"),
    ],
    organizations=[
        O("Małopolska Regionalna Grupa ds. Rozwoju Technologii Wodorowych",
          "Małopolska Regionalna Grupa ds. Rozwoju Technologii Wodorowych", opt=True,
          note="a regional working group (the meeting's body)"),
        O("Instytut Łukasiewicza", "Instytutu Łukasiewicza", ["Sieć Badawcza Łukasiewicz"]),
        O("Centrum Materiałów Ogniotrwałych", "Centrum Materiałów Ogniotrwałych", opt=True,
          note="a unit of the institute"),
        O("Departament Nadzoru Właścicielskiego i Gospodarki", "Departamentu Nadzoru Właścicielskiego i Gospodarki",
          opt=True, note="a unit of the (unnamed) marshal's office"),
        O("Stowarzyszenie Klastrów Ukraińskich", "Stowarzyszeniem Klastrów Ukraińskich", ["Ukrainian Cluster Alliance"],
          note="an alliance of clusters is an organisation (as ninth 816)"),
        O("Centrum Wodorowe w Stade", "Centrum Wodorowym w Stade", opt=True, note="generic name"),
    ],
    not_dates=["H2 Poland (a conference), LightCon (a fair) and ADMA (a project) are not annotated"],
    note="Edition 5 from 'Piąte spotkanie' / 'po raz piąty' (ordinal of a meeting in a series, as ninth 800). "
         "No date and no year. The conference in Ukraine (co-organised with the cluster) is the mission of ninth "
         "816 told in one sentence; the sentence shares no shingle with it.")

doc(ID[908], None,
    E("Aerospace Defense Meetings", ["Aerospace & Defense Meetings", "Aerospace and Defense Meetings", "ADM", "A&DM",
                                     "Aerospace & Defense Meetings Central Europe"], None, None),
    venues=[
        V("Jasionka", "w podrzeszowskiej Jasionce"),
        V("Centrum Wystawienniczo-Kongresowe", "W Centrum Wystawienniczo-Kongresowym",
          ["G2A Arena", "Centrum Wystawienniczo-Kongresowe w Jasionce"], opt=True, note="building-level venue"),
        V("Rzeszów", "podrzeszowskiej", opt=True, note="reference point as an adjective"),
    ],
    attendance=[
        A(130, "organizations", "exact", "130 wystawców z 25 państw", note="announced exhibitors"),
        A(25, "countries", "exact", "z 25 państw"),
        A(100, "organizations", "exact", "100 typowo produkcyjnych firm", opt=True,
          note="membership of the cluster, not attendance"),
    ],
    clusters=[C("Dolina Lotnicza", "Stowarzyszenia Dolina Lotnicza", DOLINA,
                note="also 'w Dolinie Lotniczej', 'w Dolinie lotniczej'")],
    people=[P("Marek Bujny", None, "Marek Bujny z zarządu Stowarzyszenia Dolina Lotnicza",
              note="'z zarządu' (from the board): affiliation only; twice")],
    organizations=[O("Radio Rzeszów", "Radia Rzeszów", opt=True, note="the publisher ('Gość Radia Rzeszów')")],
    not_dates=["'ponad 100 spotkań biznesowych' is a count of meetings, not attendance", "'trzy dni' is a duration"],
    note="Radio interview at the opening of the aerospace fair. No date, no year (the address has none). Not the "
         "forum text of seventh 602 (another publisher; no shared shingle).")

doc(ID[909], None,
    E("Wschodnie Forum Gospodarcze Lub-Invest",
      ["Lub-Invest", "Wschodnie Forum Gospodarcze \"Lub-Invest\"", "Wschodnie Forum Gospodarcze",
       "Wschodniego Forum Gospodarczego Lub-Invest", "VI Wschodnie Forum Gospodarcze Lub-Invest", "Forum"], 6, 2103),
    dates=[
        D("2103-06-20", "2103-06-21", "W dniach 20-21 czerwca 2103 roku",
          note="typo for 2013, kept as printed (as eighth 707 keeps a date as printed)"),
        D("2001", "2003", "w latach 2001-2003", note="Piechota's term as minister"),
        D("2005", "2005", "w roku 2005"),
        D("1989", "1989", "w 1989 r."),
    ],
    venues=[
        V("Lublin", "Do Lublina", note="also 'w Lublinie'"),
        V("Targi Lublin", "w Targach Lublin", opt=True, note="fair grounds (building-level venue)"),
    ],
    attendance=[
        A(350, "participants", "more_than", "ponad 350 uczestników"),
        A(300, "participants", "approx", "prawie trzystu czołowych przedsiębiorców, ekonomistów i polityków",
          note="number word; a second (smaller) count in the same text"),
    ],
    people=[
        P("Jacek Piechota", ["prezes", "były minister", "minister"],
          "Jacek Piechota, były minister gospodarki (w latach 2001-2003 i w roku 2005), obecnie prezes Polsko Ukraińskiej Izby Gospodarczej"),
        P("Ignacy Murawski", ["główny ekonomista", "ekonomista"],
          "Ignacy Murawski, główny ekonomista Polskiego Banku Przedsiębiorczości"),
    ],
    organizations=[
        O("Grupa RMF", "Grupa RMF", ["RMF"], opt=True, note="patron and publisher"),
        O("Polsko-Ukraińska Izba Gospodarcza", "Polsko Ukraińskiej Izby Gospodarczej",
          ["Polsko Ukraińska Izba Gospodarcza", "PUIG"], note="written without the hyphen"),
        O("Targi Lublin", "Targach Lublin", ["Targi Lublin S.A."], note="the fair company (also the venue)"),
        O("Polski Bank Przedsiębiorczości", "Polskiego Banku Przedsiębiorczości", ["PBP"]),
    ],
    not_dates=["Ukraine, Kazakhstan and Belarus are where delegations came from, not venues"],
    note="Edition 6 from 'już po raz szósty'. The year is misprinted '2103' (for 2013); date and event year kept as "
         "printed (debatable: 2013 is meant). Double spaces as returned. Cut at 'sprzedawa'.")

doc(ID[910], None,
    E("Miasto – przestrzeń dla biznesu. Przedsiębiorczość ukraińska w Polsce",
      ["Miasto - przestrzeń dla biznesu. Przedsiębiorczość ukraińska w Polsce", "Miasto – przestrzeń dla biznesu",
       "Konferencja „Miasto – przestrzeń dla biznesu. Przedsiębiorczość ukraińska w Polsce”",
       "Przedsiębiorczość ukraińska w Polsce", "konferencja"], None, 2023),
    dates=[
        D("2023-01-26", "2023-01-26", "26 stycznia",
          note="no year; the year of the next sentence ('24 lutego 2023 r. minie rok', still to come)"),
        D("2023-02-24", "2023-02-24", "24 lutego 2023 r."),
    ],
    venues=[
        V("Centrum Konferencyjne Legnickiej Specjalnej Strefy Ekonomicznej",
          "w Centrum Konferencyjnym Legnickiej Specjalnej Strefy Ekonomicznej", ["Centrum Konferencyjne LSSE"],
          opt=True, note="building-level venue, the only place given"),
        V("Legnica", "Legnickiej Specjalnej Strefy Ekonomicznej", opt=True,
          note="the city only as an adjective inside the zone's name (as eighth 706/714)"),
    ],
    attendance=[A(100, "participants", "approx", "ok. 100 uczestników")],
    people=[
        P("Przemysław Bożek", "prezes", "Przemysław Bożek, prezes Legnickiej Specjalnej Strefy Ekonomicznej",
          note="twice"),
        P("Dariusz Szymczycha", "wiceprezes", "Dariusz Szymczycha, wiceprezes Polsko-Ukraińskiej Izby Gospodarczej"),
        P("Yurii Tokar", ["konsul generalny", "konsul"], "Yurii Tokar, Konsul Generalny Ukrainy we Wrocławiu"),
    ],
    organizations=[
        O("Legnicka Specjalna Strefa Ekonomiczna", "Legnickiej Specjalnej Strefy Ekonomicznej",
          ["LSSE", "Legnicka Specjalna Strefa Ekonomiczna S.A."], note="organiser; several times, 'LSSE'"),
        O("Polsko-Ukraińska Izba Gospodarcza", "Polsko-Ukraińska Izba Gospodarcza", ["PUIG"], note="co-organiser"),
    ],
    not_dates=["Lviv (the zone's new office) and Wrocław (the consulate) are seats, not venues"],
    note="Conference of a special economic zone and a chamber (no cluster). The only venue is a building named after "
         "the zone; Legnica itself is not written. Double spaces and blank lines with a space as returned. Cut at "
         "'handloweg'.")

doc(ID[911], "2025-03-09",
    E("Bydgoski Hackathon", ["8. Bydgoski Hackathon", "Hackathon", "Bydgoski Hackathon w Młynach Rothera",
                             "turniej programistów", "turniej programowania"], 8, 2025),
    dates=[
        D("2025-03", "2025-03", "date 2025-03", note="scraped dateline with month precision, as fresh 402"),
        D("2025-03-09", "2025-03-09", "2025-03-09", note="the stamp '2025-03-09, 09:26' (document_date)"),
        D("2025", "2025", "W tym roku", opt=True, note="relative, anchored by the dateline"),
    ],
    venues=[
        V("Młyny Rothera", "W bydgoskich Młynach Rothera", opt=True,
          note="building-level venue (a mill complex); also 'w Młynach Rothera'"),
        V("Bydgoszcz", "W bydgoskich", opt=True, note="the city only as an adjective"),
    ],
    attendance=[A(120, "participants", "exact", "120 programistów")],
    clusters=[C("Bydgoski Klaster Informatyczny", "Bydgoskiego Klastra Informatycznego", ["BKI"])],
    people=[
        P("Damian Klich", None, "Damian Klich/Redakcja", opt=True, note="author and photo credit"),
        P("Jakub Tomczewski", "prezes", "Jakub Tomczewski, prezes Bydgoskiego Klastra Informatycznego"),
    ],
    not_dates=["'24 godziny' is a duration", "'10 tysięcy złotych' is an amount", "'09:26' is a time"],
    note="Edition 8 from '8. Bydgoski Hackathon'. Opens with the scraped ' date 2025-03' and a date stamp. No "
         "required venue: the city is only an adjective and the mills are a building.")

doc(ID[912], None,
    E("Europejski Kongres Gospodarczy",
      ["13. Europejski Kongres Gospodarczy", "XIII Europejski Kongres Gospodarczy", "EKG", "European Economic Congress",
       "EEC", "13. edycja Europejskiego Kongresu Gospodarczego", "Europejski Kongres Gospodarczy w Katowicach"],
      13, None),
    dates=[D("2009", "2009", "w 2009 r.", note="the first congress")],
    venues=[
        V("Katowice", "w Katowicach", note="several times"),
        V("Międzynarodowe Centrum Kongresowe", "Międzynarodowe Centrum Kongresowe w Katowicach", ["MCK"], opt=True,
          note="building-level venue; also 'w Międzynarodowym Centrum Kongresowym w Katowicach'"),
        V("online", "w debatach online", note="hybrid: a third of the participants online"),
    ],
    attendance=[A(7000, "participants", "more_than", "Ponad 7 tys. uczestników", note="registered")],
    people=[
        P("Andrzej Grygiel", None, "Andrzej Grygiel", opt=True, note="photo credit (twice)"),
        P("Jerzy Buzek", ["szef", "b. premier", "premier", "b. przewodniczący", "przewodniczący"],
          "Szef Rady Programowej kongresu, b. premier i b. przewodniczący Parlamentu Europejskiego Jerzy Buzek",
          note="titles before the name; also 'Buzek'"),
        P("Jarosław Wieczorek", "wojewoda", "Wojewoda śląski Jarosław Wieczorek"),
    ],
    organizations=[
        O("Parlament Europejski", "Parlamentu Europejskiego", ["PE"]),
        O("Rada Programowa", "Rady Programowej kongresu", opt=True, note="a body of the event"),
        O("PAP", "PAP", ["Polska Agencja Prasowa"], opt=True, note="news agency in photo credits"),
        O("Unia Europejska", "z Unii Europejskiej", ["UE"], opt=True, note="as a modifier; also 'w UE'"),
    ],
    not_dates=["'rok temu' and 'do wiosny' have no anchor in the text", "'ponad sto dyskusji panelowych' and "
               "'ponad tysiąc ludzkich istnień' are not attendance", "'Przeszło dwie trzecie' is a share"],
    note="Opening of the 13th congress (edition 13 from '13. edycji' / 'XIII'); no year of this edition in the text "
         "(event year null; 2009 is the first congress). Not a cluster event; no cluster named. Cut at 'śląs'.")

doc(ID[913], None,
    E("POLAGRA", ["Targi POLAGRA", "targi POLAGRA", "POLAGRA Food", "targi"], None, None),
    dates=[D("XXXX-09-27", "XXXX-09-29", "27–29 września", note="no year anywhere in the text")],
    venues=[
        V("Poznań", "w Poznaniu"),
        V("Międzynarodowe Targi Poznańskie", "pawilon nr 5 Międzynarodowych Targów Poznańskich", ["MTP"], opt=True,
          note="fair grounds (a hall)"),
    ],
    attendance=[
        A(200, "organizations", "approx", "niemal 200 wystawców z ponad 30 krajów",
          note="'niemal' (almost): approx; again 'niemal 200 wystawców' (same value)"),
        A(30, "countries", "more_than", "z ponad 30 krajów"),
        A(10500, "participants", "approx", "niemal 10,5 tys. zwiedzających", note="visitors"),
    ],
    people=[
        P("Ryszard Bartosik", "wiceminister", "wiceminister rolnictwa i rozwoju wsi Ryszard Bartosik"),
        P("Paweł Meyer", ["zastępca głównego lekarza weterynarii", "zastępca"],
          "Paweł Meyer – zastępca Głównego Lekarza Weterynarii"),
        P("Witold Choiński", "prezes", "Witold Choiński – prezes Związku Polskie Mięso"),
    ],
    organizations=[
        O("Grupa MTP", "Grupy MTP", ["MTP"], note="in 'Złote Medale Grupy MTP'"),
        O("Międzynarodowe Targi Poznańskie", "Międzynarodowych Targów Poznańskich", ["MTP"], opt=True,
          note="the fair grounds / the same company as Grupa MTP"),
        O("Polska Izba Mleka", "Polska Izba Mleka"),
        O("Związek Polskie Mięso", "Związku Polskie Mięso"),
        O("Główny Lekarz Weterynarii", "Głównego Lekarza Weterynarii", ["Główny Inspektorat Weterynarii"], opt=True,
          note="an office named by its head's title"),
    ],
    not_dates=["'23 najlepsze', '18', 'pięć' are counts of medals", "'trzy dni' is a duration",
               "'Mięso z Polski' is a stand's brand; 'Acanthus Aureus' an award"],
    note="A food fair (no cluster). 'Tegoroczna edycja' has no number and no year: edition and event year null.")

doc(ID[914], None,
    E("Zasmakuj lubelskiej konferencji",
      ["„Zasmakuj lubelskiej konferencji”", "uroczyste otwarcie Lubelskiego Centrum Konferencyjnego",
       "otwarcie LCK", "uroczyste otwarcie"], None, 2016),
    dates=[
        D("2016-09", "2016-09", "date 2016-09", note="scraped dateline with month precision, as fresh 402"),
        D("2016-02", "2016-02", "Od lutego", opt=True, note="relative month, anchored by the dateline's year"),
    ],
    venues=[
        V("Lublin", "potencjał Lublina", note="the study visits showed the city's venues; the centre is in Lublin"),
        V("Lubelskie Centrum Konferencyjne", "W Lubelskim Centrum Konferencyjnym", ["LCK"], opt=True,
          note="building-level venue"),
        V("Centrum Spotkania Kultur", "Centrum Spotkania Kultur", opt=True, note="shown during the study visits"),
        V("Targi Lublin", "Targi Lublin", opt=True, note="shown during the study visits"),
        V("Muzeum Lubelskie", "Muzeum Lubelskie", opt=True, note="shown during the study visits"),
    ],
    attendance=[
        A(40, "organizations", "approx", "ok. 40 podmiotów zajmujących się turystyką biznesową",
          note="the participants of the study visits"),
        A(8000, "participants", "approx", "ok. 8 tys. osób", opt=True,
          note="cumulative attendance of over 60 other events held since February"),
        A(400, "participants", "up_to", "od 200 do 400 osób", opt=True, note="capacity of the rooms, not attendance"),
    ],
    people=[P("Radosław Dudziński", "dyrektor", "Radosław Dudziński, dyrektor LCK")],
    organizations=[
        O("Lubelskie Centrum Konferencyjne", "Lubelskim Centrum Konferencyjnym", ["LCK"], note="also 'LCK'"),
        O("Convention Bureau", "Convention Bureau", ["Lublin Convention Bureau"], opt=True,
          note="'naszym Convention Bureau': a unit, not fully named"),
        O("Centrum Spotkania Kultur", "Centrum Spotkania Kultur"),
        O("Targi Lublin", "Targi Lublin", ["Targi Lublin S.A."]),
        O("Muzeum Lubelskie", "Muzeum Lubelskie"),
        O("Sound’n’Grace", "Sound’n’Grace", ["Sound'n'Grace"], opt=True, note="a band"),
    ],
    not_dates=["'w piątek' has no anchor day", "'80 mln zł', '13 tys. mkw.', '11 sal' are amounts and counts",
               "'ponad 60 wydarzeń' counts events, not attendance", "'il. Grottgera' (sic) is a street"],
    note="Opening of a conference centre (meetings industry; no cluster). Opens with the scraped ' date 2016-09'.")

doc(ID[915], None,
    E("Przedstawiciele klastrów z wizytą w PPNT",
      ["wizyta w PPNT", "spotkanie", "wizyta przedstawicieli klastrów w Puławskim Parku Naukowo-Technologicznym"],
      None, None),
    venues=[
        V("Puławski Park Naukowo-Technologiczny", "w PPNT", ["PPNT"], opt=True, note="building-level venue"),
        V("Puławy", "Puławskim Parkiem Naukowo-Technologicznym", opt=True,
          note="the city only as an adjective inside the park's name"),
    ],
    attendance=[A(9, "organizations", "exact", "Przedstawiciele 9 klastrów")],
    clusters=[
        C("Lubelski Klaster Eko-Energetyczny", "Lubelski Klaster Eko-Energetyczny",
          ["Lubelski Klaster Ekoenergetyczny", "LKE"]),
        C("Wschodni Klaster Obróbki Metali", "Wschodni Klaster Obróbki Metali", ["Klaster Obróbki Metali", "KOM"]),
        C("Klaster Lubelska Medycyna", "Klaster Lubelska Medycyna", ["Lubelska Medycyna"]),
    ],
    people=[P("Tomasz Szymajda", "prezes", "Tomasz Szymajda, prezes Puławskiego Parku Naukowo-Technologicznego")],
    organizations=[
        O("Puławski Park Naukowo-Technologiczny", "Puławskim Parkiem Naukowo-Technologicznym", ["PPNT"],
          note="also 'PPNT' and in a title"),
        O("Izba Przemysłowo-Handlowa Ziemi Radomskiej", "Izby Przemysłowo-Handlowej Ziemi Radomskiej"),
    ],
    note="Short (594 bytes). No date, no year. The city is only an adjective in the park's name.")

doc(ID[916], None,
    E("Konsultacje w sprawie współpracy gospodarczej w ramach klastra polsko-kazachskiego",
      ["spotkanie firm GreenEvo z delegacją z Kazachstanu", "Konsultacje", "spotkanie"], None, None),
    dates=[
        D("XXXX-01-13", "XXXX-01-13", "13 stycznia", note="no year anywhere in the text"),
        D("XXXX-02", "XXXX-02", "pod koniec lutego", opt=True, note="end of February: the planned mission"),
    ],
    venues=[V("Kazachstan", "do Kazachstanu", opt=True,
              note="country of the planned mission (also where cooperation would take place)")],
    attendance=[A(12, "organizations", "exact", "12 firm GreenEvo")],
    clusters=[C("polsko-kazachski klaster technologiczny", "polsko-kazachskiego klastra technologicznego",
                ["klaster polsko-kazachski", "polsko-kazachski klaster"], opt=True,
                note="a cluster still to be set up, not named (lower case)")],
    people=[
        P("Erik Utembajew", ["ambasador"], "Panem Erikiem Utembajewem Ambasadorem Kazachstanu w Polsce",
          note="instrumental; also 'Ambasador Utembajew'"),
        P("Stanisław Gawłowski", ["sekretarz stanu"],
          "Panem Stanisławem Gawłowski Sekretarzem Stanu w Ministerstwie Środowiska",
          note="surname left in the nominative (sic)"),
    ],
    organizations=[
        O("Izba Euroazjatycka KZ-EURO-PL", "Izby Euroazjatyckiej KZ-EURO-PL", ["KZ-EURO-PL"]),
        O("Ministerstwo Środowiska", "Ministerstwie Środowiska", ["MŚ"]),
        O("GreenEvo", "GreenEvo", opt=True, note="the ministry's technology programme ('firm GreenEvo', 'Laureaci')"),
    ],
    not_dates=["'20 mln euro' and '30%' are amounts", "'Skip to content' is page junk"],
    note="A cluster to be founded (Polish–Kazakh technology cluster); no named cluster. No year and no venue "
         "city. Ends with the page junk 'Skip to content'.")

doc(ID[917], None,
    E("Smart Grid w Polsce", ["konferencja „Smart Grid w Polsce”", "konferencja Smart Grid w Polsce",
                              "\"Smart Grid w Polsce\"", "konferencja"], None, None),
    dates=[
        D("XXXX-05-31", "XXXX-05-31", "w dniu 31 maja", note="twice ('W dniu 31 maja'); no year in the text"),
        D("XXXX-05-31", "XXXX-06-02", "od 31 maja do 2 czerwca", note="the Intersolar fair"),
    ],
    venues=[
        V("Warszawa", "w Warszawie", note="twice"),
        V("Monachium", "w Monachium", ["München", "Munich"], note="venue of the concurrent fairs"),
        V("Ministerstwo Rozwoju", "W gmachu Ministerstwa Rozwoju w Sali pod Kopułą", ["Sala pod Kopułą"], opt=True,
          note="building-level venue (a ministry's hall)"),
    ],
    attendance=[A(100, "participants", "more_than", "ponad stu przedstawicieli branży", note="number word 'stu'")],
    organizations=[
        O("Polski Komitet Światowej Rady Energetycznej", "Polski Komitet Światowej Rady Energetycznej",
          ["PKŚRE", "Polski Komitet WEC"]),
        O("Światowa Rada Energetyczna", "Światowej Rady Energetycznej", ["World Energy Council", "WEC"], opt=True,
          note="parent body inside the committee's name"),
        O("Ministerstwo Energii", "Ministerstwo Energii", ["ME"]),
        O("Ministerstwo Rozwoju", "Ministerstwo Rozwoju", ["MR"], note="patron; also 'Ministerstwa Rozwoju'"),
    ],
    not_dates=["Intersolar and ees Europe are fairs (events), not organisations"],
    note="A blog's tag page (energy storage): a smart-grid conference, no cluster. Ends with '...' (the blog's "
         "excerpt).")

skipped(ID[918], "cs", "Czech: a Polish business mission to the Moravian-Silesian chamber of commerce with B2B "
                       "meetings (dates, 17 Czech firms, about thirty participants); language gate")
skipped(ID[919], "en", "English: a Poznań conference with the Wielkopolska ICT Cluster (thirty individual meetings); "
                       "language gate")
