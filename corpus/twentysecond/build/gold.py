"""Hand-written gold for corpus/twentysecond (ids 2100-2119, 14 documents: 2105, 2106, 2109, 2111, 2114 and 2117 left
unused after the overlap check), following corpus/GUIDE.md and the conventions of the earlier gold sets.

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
doc(ID[2100], None,
    E("Zebranie Rady Zachodniego Klastra Tworzyw Sztucznych Plastopolis",
      ["zebranie Rady Zachodniego Klastra Tworzyw Sztucznych Plastopolis", "zebranie Rady Klastra Plastopolis",
       "Zebranie Rady", "zebranie Rady Plastopolis", "zebranie"], None, 2010),
    dates=[D("2010-01-07", "2010-01-07", "7 stycznia 2010 roku", note="again '7 stycznia br.' (same value)")],
    clusters=[C("Zachodni Klaster Tworzyw Sztucznych Plastopolis", "Zachodniego Klastra Tworzyw Sztucznych Plastopolis",
                ["Plastopolis", "Klaster Plastopolis", "Zachodni Klaster Tworzyw Sztucznych"],
                note="title, first sentence; later 'Klastra Plastopolis'")],
    people=[P("Leszek Śniatała", "przewodniczący", "Pan Leszek Śniatała",
              note="elected 'Przewodniczący Rady' (chair of the cluster council)")],
    organizations=[O("Eureka Technology Park", "Eureka Technology Park",
                     note="page header: the publisher (the cluster's coordinator site)")],
    not_dates=["'Kadencja Przewodniczącego trwa 2 lata' is a duration"],
    note="Opens with the site header 'Eureka Technology Park'. Council meeting of the western plastics cluster "
         "Plastopolis (7 January 2010): chair elected, steering committee appointed. No venue, no date line.")

doc(ID[2101], None,
    E("spotkanie założycielskie Klubu Technologa PTC",
      ["Plastopolis na spotkaniu założycielskim Klubu Technologa PTC", "spotkanie założycielskie Klubu Technologa",
       "spotkanie założycielskie Klubu Technologa (PTC – Plastics Technology Club)", "spotkanie założycielskie"],
      None, 2011),
    dates=[D("2011-03-24", "2011-03-24", "24 marca 2011 roku")],
    clusters=[C("Plastopolis", "Klaster Plastopolis", ["Klaster Plastopolis", "Zachodni Klaster Tworzyw Sztucznych Plastopolis"],
                note="also bare 'Plastopolis' in the title and first sentence")],
    organizations=[
        O("Eureka Technology Park", "Eureka Technology Park", note="page header: the publisher"),
        O("Klub Technologa PTC", "Klubu Technologa PTC", ["Klub Technologa", "PTC", "Plastics Technology Club"],
          note="title; then 'Klubu Technologa  (PTC – Plastics Technology Club)' and 'PTC'"),
    ],
    note="Opens with the site header. Representatives of the plastics cluster Plastopolis at the founding meeting "
         "of a technologists' club (24 March 2011). No venue.")

skipped(ID[2102], "en", "English: Płock Industrial and Technological Park news (05-04-2017) on the general assembly "
                        "of the Mazovian Chemical Cluster on 29 March 2017 (cluster certificate, Key Regional "
                        "Cluster status); language gate")

doc(ID[2103], "2017-10-31",
    E("spotkanie Rady Krajowych Klastrów Kluczowych",
      ["Spotkanie Rady Krajowych Klastrów Kluczowych w Ministerstwie Rozwoju", "Rada Krajowych Klastrów Kluczowych",
       "Spotkanie Rady Krajowych Klastrów Kluczowych", "posiedzenie Rady Krajowych Klastrów Kluczowych",
       "Spotkanie Rady Krajowych Klastrów Kluczowych w Ministerstwie Rozwoju."], None, 2017),
    dates=[
        D("2017-10-31", "2017-10-31", "31-10-2017", note="date line under the title (publication)"),
        D("2017-11-14", "2017-11-14", "w dniu 14 listopada 2017 r.", note="the announced meeting"),
    ],
    venues=[V("Ministerstwo Rozwoju", "W siedzibie Ministerstwa Rozwoju", ["siedziba Ministerstwa Rozwoju"],
              note="the ministry's seat (also 'w Ministerstwie Rozwoju' in the title); no city given")],
    clusters=[C("Wschodni Klaster Budowlany", "Wschodniego Klastra Budowlanego")],
    people=[
        P("Tomasz Kozłowski", ["prezes", "koordynator"], "Prezes Tomasz Kozłowski",
          note="'Koordynatorzy Klastra - Prezes Tomasz Kozłowski'"),
        P("Anna Moskwa", ["wiceprezes", "koordynator"], "Wiceprezes Anna Moskwa"),
    ],
    organizations=[
        O("Ministerstwo Rozwoju", "Ministerstwie Rozwoju", note="title and 'W siedzibie Ministerstwa Rozwoju'"),
        O("Rada Krajowych Klastrów Kluczowych", "Rady Krajowych Klastrów Kluczowych", opt=True,
          note="a council of the Key National Clusters (a body, also the event's name)"),
        O("Grupa Robocza ds. polityki klastrowej", "Grupy Roboczej ds. polityki klastrowej", opt=True,
          note="a working group at the ministry"),
    ],
    not_dates=["'Krajowych Klastrów Kluczowych' / 'KKK' is a status, not a cluster name"],
    note="Opens with the site menu ('Nasze publikacje', 'Newsletter', 'Sonda', 'Działania klastra'). The eastern "
         "construction cluster announces (31 October 2017) its coordinators' attendance at the Key National Clusters "
         "council meeting on 14 November 2017. Shares one boilerplate sentence with twelfth/1111 (the 5 May 2017 "
         "meeting, a different event).")

doc(ID[2104], None,
    E("spotkanie Rady Klastrów Medycznych",
      ["Rada Klastrów Medycznych", "spotkanie Rady Klastrów", "posiedzenie Rady Klastrów Medycznych"], None, 2016),
    dates=[D("2016-08-18", "2016-08-18", "18.08.2016 roku",
             note="'W dniu wczorajszym, tj. 18.08.2016 roku' (the relative 'wczorajszym' is the same day)")],
    clusters=[
        C("MedCluster", "MedCluster", note="the publisher's cluster"),
        C("MedSilesia – Śląska Sieć Wyrobów Medycznych", "MedSilesia – Śląska Sieć Wyrobów Medycznych",
          ["MedSilesia", "Śląska Sieć Wyrobów Medycznych", "MedSilesia - Śląska Sieć Wyrobów Medycznych"]),
        C("Klaster LifeScience Kraków", "Klaster LifeScience Kraków",
          ["Klaster LifeScience", "LifeScience Kraków", "Fundacja Klaster LifeScience Kraków"],
          note="inside 'Prezes Zarządu Fundacja Klaster LifeScience Kraków'"),
        C("Ogólnopolski Klaster e-Zdrowie", "Ogólnopolski Klaster e-Zdrowie", ["Klaster e-Zdrowie"]),
        C("Klaster Lubelska Medycyna", "Klastra Lubelska Medycyna", ["Lubelska Medycyna"]),
    ],
    people=[
        P("Paweł Gądek", "przedstawiciel", "przedstawiciel MedCluster Paweł Gądek"),
        P("Izabela Czeremcha", "menadżer", "Izabela Czeremcha – menadżer klastra",
          note="'menadżer klastra MedSilesia'"),
        P("Kazimierz Murzyn", "prezes", "Kazimierz Murzyn, Prezes Zarządu"),
        P("Romuald Litwin", ["dyrektor", "koordynator"], "Romuald Litwin, Dyrektor ds. Badań i Rozwoju (B+R) – koordynator"),
    ],
    organizations=[
        O("Rada Klastrów Medycznych", "Rady Klastrów Medycznych", opt=True,
          note="a joint body of the medical clusters (also the event's name)"),
        O("Fundacja Klaster LifeScience Kraków", "Fundacja Klaster LifeScience Kraków", opt=True,
          note="the foundation coordinating the cluster (listed as a cluster)"),
    ],
    note="MedCluster news: the Medical Clusters Council met the day before (18.08.2016). No venue, no printed "
         "publication date (the day after, only implied), so document_date null.")

doc(ID[2107], None,
    E("zebranie założycielskie Stowarzyszenia Zachodniopomorski Klaster Morski",
      ["zebranie założycielskie", "Historia powstania Stowarzyszenia Zachodniopomorski Klaster Morski",
       "zebranie założycielskie Zachodniopomorskiego Klastra Morskiego"], None, 2008),
    dates=[
        D("2006", "2008", "W latach 2006 – 2008", note="the InMor project's years (spaced dash)"),
        D("2008-06-23", "2008-06-23", "W dniu 23 czerwca 2008r", note="the founding meeting"),
    ],
    attendance=[
        A(34, "participants", "exact", "34 osoby", note="'Akt założycielski podpisały 34 osoby'"),
        A(25, "organizations", "exact", "25 firm", note="'reprezentujące 25 firm'"),
    ],
    clusters=[C("Zachodniopomorski Klaster Morski", "Zachodniopomorski Klaster Morski",
                ["Stowarzyszenie Zachodniopomorski Klaster Morski", "Zachodniopomorski KLASTER MORSKI", "Klaster Morski"],
                note="title, 'Zachodniopomorski KLASTER MORSKI', later short 'Klaster Morski' / 'Klastra Morskiego'")],
    organizations=[
        O("Stocznia Szczecińska Nowa Sp. z o.o.", "Stocznia Szczecińska Nowa Sp. z o.o.", ["Stocznia Szczecińska Nowa"],
          opt=True, note="firm (project participant)"),
        O("Szczecińska Stocznia Remontowa „Gryfia” SA", "Szczecińska Stocznia Remontowa „Gryfia” SA",
          ["Szczecińska Stocznia Remontowa „Gryfia”", "Gryfia"], opt=True, note="firm"),
        O("Zarząd Morskich Portów Szczecin i Świnoujście SA", "Zarząd Morskich Portów Szczecin i Świnoujście SA",
          ["Zarząd Morskich Portów Szczecin i Świnoujście", "Zarząd Morskich Portów Szczecin i Świnoujście S.A."]),
        O("Porta Styl Sp. z o.o.", "Porta Styl Sp. z o.o.", ["Porta Styl"], opt=True, note="firm"),
        O("Akademia Morska w Szczecinie", "Akademia Morska w Szczecinie"),
        O("Politechnika Szczecińska", "Politechnika Szczecińska"),
        O("Uniwersytet Szczeciński", "Uniwersytet Szczeciński"),
        O("Unia Europejska", "Unii Europejskiej", ["UE", "Unia"], opt=True, note="'gospodarką morską Unii Europejskiej'"),
    ],
    not_dates=["'InMor' is a project, not an organisation or event"],
    note="The West Pomeranian maritime cluster association's history page: the InMor project (2006-2008) and the "
         "founding meeting of 23 June 2008 (34 people for 25 firms). No venue, no publication date. Cut at "
         "'Komitet Założyciel'. Replaces a first candidate (lke.fundacja.lublin.pl, 'Polskie Klastry – od "
         "koordynacji do kooperacji') whose event is fifteenth/1404's.")

doc(ID[2108], None,
    E("II Międzynarodowe Forum „Innowacyjne Technologie dla Medycyny – ITMED”",
      ["Międzynarodowe Forum „Innowacyjne Technologie dla Medycyny – ITMED”", "ITMED", "Forum ITMED",
       "Innowacyjne Technologie dla Medycyny – ITMED", "II Międzynarodowe Forum",
       "Podpisanie porozumienia powołania Klastra", "Podpisanie porozumienia powołania Klastra z dnia 15.10.2008 roku"],
      2, 2008),
    dates=[D("2008-10-15", "2008-10-15", "15 października 2008 roku", note="also '15.10.2008 roku' in the title")],
    attendance=[A(500, "participants", "more_than", "ponad 500 uczestników",
                  note="cumulative over all ITMED fora so far ('W dotychczasowych Forach')")],
    clusters=[C("Polski Wschodni Klaster Medyczny", "Polskiego Wschodniego Klastra Medycznego")],
    not_dates=["'blisko 210  prezentacji' and 'prawie 100 konkretnych propozycji' are counts of presentations and "
               "proposals, not attendance categories; the countries are listed without a count"],
    note="The Polish Eastern Medical Cluster's agreement was signed at the 2nd ITMED forum (15 October 2008). No "
         "venue (the city is not named). Double space 'blisko 210  prezentacji' kept.")

doc(ID[2110], None,
    E("posiedzenie Zarządu Pomorskiego Klastra Morza Bałtyckiego i Zlewiska Wisły",
      ["posiedzenie Zarządu", "Nowy Zarząd Pomorskiego Klastra morza Bałtyckiego i Zlewiska Wisły",
       "posiedzenie Zarządu Pomorskiego Klastra", "posiedzenie Zarządu Klastra"], None, None),
    dates=[D("XXXX-05-28", "XXXX-05-28", "28 maja br.", note="'br.' with no year anywhere in the text")],
    clusters=[
        C("Pomorski Klaster Morza Bałtyckiego i Zlewiska Wisły", "Pomorskiego Klastra Morza Bałtyckiego i Zlewiska Wisły",
          ["Pomorski Klaster morza Bałtyckiego i Zlewiska Wisły"], note="also in the title (lower-case 'morza')"),
        C("Polski Klaster Morski", "POLSKI KLASTER MORSKI", opt=True,
          note="the new name to be voted for the same association (upper case)"),
    ],
    people=[
        P("Witold Nawrocki", "prezes", "kpt. żw. Witold Nawrocki", note="'Prezesem Zarządu został'"),
        P("Marek Grzybowski", "zastępca prezesa", "prof. dr hab. Marek Grzybowski", note="'z-cą Prezesa Zarządu'"),
        P("Ryszard Toczek", "zastępca prezesa", "Ryszard Toczek", note="'z-cą Prezesa Zarządu'"),
    ],
    organizations=[O("Akademia Morska w Gdyni", "Akademia Morska w Gdyni", note="the cluster's future seat, not a venue")],
    note="A maritime cluster's board elected its officers on 28 May (no year in the text; the URL says 2012). "
         "No venue ('Siedzibą klastra będzie' is the seat).")

doc(ID[2112], None,
    E("Zebranie Zarządu BSSC i Komisji Kosmicznej PAN Gdańsk",
      ["wspólne zebranie Zarządu Bałtyckiego Klastra Morskiego i Kosmicznego",
       "zebranie Zarządu Bałtyckiego Klastra Morskiego i Kosmicznego", "Zebranie Zarządu BSSC",
       "wspólne zebranie Zarządu Bałtyckiego Klastra Morskiego i Kosmicznego i posiedzenie Komisji Nauk Kosmicznych PAN GDAŃSK",
       "zebranie Zarządu"], None, 2019),
    dates=[
        D("2019-04-18", "2019-04-18", "W dniu 18 kwietnia 2019 r."),
        D("2019-04-24", "2019-04-24", "24 KWIETNIA", note="company presentation (NAUTA); year from the meeting"),
        D("2019-04-30", "2019-04-30", "30 KWIETNIA", note="ASE presentation"),
        D("2019-05-07", "2019-05-07", "7 MAJA", note="HYDROMEGA presentation"),
        D("2019-05-22", "2019-05-22", "22 MAJA", note="CTM presentation"),
    ],
    venues=[
        V("Miszewo", "MISZEWO", opt=True, note="place of a company presentation (in brackets, upper case)"),
        V("Oksywie", "OKSYWIE", opt=True, note="place of a company presentation"),
    ],
    clusters=[C("Bałtycki Klaster Morski i Kosmiczny", "Bałtyckiego Klastra Morskiego i Kosmicznego", ["BSSC"],
                note="'BSSC' in the title")],
    people=[
        P("Zdzisław Brodecki", "prezes", "Prof. Zdzisław Brodecki, prezes"),
        P("Marek Grzybowski", None, "Prof. Marek Grzybowski",
          note="academic title only; 'Przewodniczący Zarządu' later is not named"),
    ],
    organizations=[
        O("Komisja Nauk Kosmicznych PAN Gdańsk", "Komisji Nauk Kosmicznych PAN GDAŃSK",
          ["Komisja Nauk Kosmicznych PAN", "Komisja Kosmiczna PAN Gdańsk", "Komisja Kosmiczna PAN"],
          note="title 'Komisji Kosmicznej PAN Gdańsk'"),
        O("Komitet Nauk Kosmicznych PAN", "Komitetu Nauk Kosmicznych PAN", opt=True,
          note="probably the same body named differently"),
        O("Polska Akademia Nauk", "PAN", ["PAN"], opt=True, note="only as 'PAN' inside the body names"),
        O("BSSC THINK TANK", "BSSC THINK TANK", opt=True),
        O("NAUTA", "NAUTA", opt=True, note="member firm (presentation list)"),
        O("Grupa ASE", "Grupy ASE", ["ASE"], opt=True, note="member firm"),
        O("HYDROMEGA", "HYDROMEGA", opt=True, note="member firm"),
        O("CTM", "CTM", opt=True, note="member firm"),
    ],
    not_dates=["'Forum Fracht 2019' is a year inside a name", "'XX konferencja' is an edition of another event"],
    note="Board meeting of the Baltic maritime and space cluster (18 April 2019) with the PAN space commission; "
         "company presentation dates in upper case; a list of conferences and projects (English descriptions). "
         "No venue for the meeting itself. Triple space 'THINK TANK,   poinformował' kept.")

doc(ID[2113], None,
    E("spotkanie założycielskie Bałtyckiego Klastra Przemysłu Czasu Wolnego",
      ["Spotkanie członków założycieli Bałtycki Klaster Przemysłu Czasu Wolnego", "spotkanie założycielskie",
       "Powstał Bałtycki Klaster Przemysłu Czasu Wolnego", "spotkanie członków założycieli",
       "Spotkanie członków założycieli Bałtycki Klaster Przemysłu Czasu Wolnego w PGE Arena"], None, 2013),
    dates=[
        D("2013-09", "2013-09", "we wrześniu 2013 roku", note="the 1st Baltic Sports Marketing Congress"),
        D("2013-12-12", "2013-12-12", "12 grudnia 2013 roku", note="the founding meeting"),
        D("2013-12", "2013-12", "w grudniu ubiegłego roku", opt=True,
          note="relative ('last year'), anchored only by the founding date"),
    ],
    venues=[
        V("PGE Arena", "PGE Arena", ["Stadion PGE Arena"], note="photo caption: the founders' meeting 'w PGE Arena'"),
        V("Gdańsk", "w Gdańsku", note="the congress 'odbywającej się w Gdańsku'; also the cluster's seat"),
    ],
    clusters=[C("Bałtycki Klaster Przemysłu Czasu Wolnego", "Bałtycki Klaster Przemysłu Czasu Wolnego", ["BKPCW"],
                note="title, caption, '(BKPCW)'; genitive in the agreement's title")],
    people=[
        P("Kazimierz Netka", None, "Kazimierz Netka", opt=True, note="photo credit"),
        P("Katarzyna Pająk", "rzecznik prasowy", "Katarzyna Pająk, rzecznik prasowy"),
        P("Maciej Lisicki", ["zastępca prezydenta", "prezes zarządu", "prezes"], "Maciej Lisicki, zastępca prezydenta"),
        P("Andrzej B. Piotrowicz", ["prezes", "sekretarz"], "Andrzejowi B. Piotrowiczowi",
          ["Andrzej Piotrowicz"], note="'Funkcję prezesa BKPCW powierzono'; cut mid-word after 'sekretarzowi g'"),
    ],
    organizations=[
        O("Arena Gdańsk Operator", "Arena Gdańsk Operator", ["AGO", "Arena Gdańsk Operator Sp. z o. o."],
          note="also 'Areną Gdańsk Operator Sp. z o. o. (AGO)'"),
        O("Polska Unia Mobilności Aktywnej", "Polska Unia Mobilności Aktywnej", ["PUMA"]),
        O("Związek Miast i Gmin Morskich", "Związkiem Miast i Gmin Morskich", ["ZMiGM"]),
        O("Akademia Wychowania Fizycznego i Sportu im. Jędrzeja Śniadeckiego w Gdańsku",
          "Akademią Wychowania Fizycznego i Sportu im. Jędrzeja Śniadeckiego w Gdańsku",
          ["AWFiS", "Akademia Wychowania Fizycznego i Sportu"]),
        O("Fundacja Gdańska", "Fundację Gdańską"),
        O("Stowarzyszenie Rozwoju Społeczno-Gospodarczego „Wiedza”", "Stowarzyszenie Rozwoju Społeczno-Gospodarczego „Wiedza”",
          ["SRSG „Wiedza”", "Stowarzyszenie Rozwoju Społeczno-Gospodarczego \"Wiedza\""]),
        O("Międzynarodowe Targi Gdańskie", "Międzynarodowe Targi Gdańskie", ["MTG"]),
        O("Liga Ochrony Przyrody Okręg w Szczecinie", "Ligę Ochrony Przyrody Okręg w Szczecinie",
          ["LOP", "Liga Ochrony Przyrody"]),
    ],
    not_dates=["'I. edycji Bałtyckiego Kongresu Marketingu Sportowego' is another event (edition 1), not the article's"],
    note="Aktualności Turystyczne on the founding of the Baltic leisure industry cluster (founders' meeting 12 "
         "December 2013 in PGE Arena, Gdańsk); a list of founding organisations with acronyms. Cut mid-word at the "
         "end ('sekretarzowi g'). The article's year (2014) is only implied, so document_date null.")

doc(ID[2115], None,
    E("spotkanie klastra MEBEL DESIGN",
      ["Kolejne spotkanie klastra MEBEL DESIGN", "spotkanie klastra", "robocze spotkanie w V.A. Gallery",
       "spotkanie"], None, None),
    venues=[V("V.A. Gallery Poland", "V.A. Gallery Poland", ["V.A. Gallery", "siedziba V.A. Gallery Poland"],
              note="'w siedzibie V.A. Gallery Poland' (the only venue)")],
    clusters=[C("Klaster MEBEL DESIGN", "MEBEL DESIGN", ["MEBEL DESIGN", "Wielkopolski Klaster MEBEL DESIGN"],
                note="'klastra MEBEL DESIGN'")],
    people=[
        P("Violetta Kowalczyk", None, "pani Violetty Kowalczyk",
          note="'lider klastra METALMEX, w osobie pani Violetty Kowalczyk': the firm is the leader; role null"),
        P("Eleonora Sołtysiak", None, "Eleonora Sołtysiak", note="listed among the participants (a designer)"),
    ],
    organizations=[
        O("METALMEX", "METALMEX", note="the cluster's leader firm"),
        O("Stolarnia Rzepa", "Stolarnia Rzepa", opt=True, note="member firm"),
        O("Pluciennik.pl", "Pluciennik.pl", opt=True, note="member firm"),
        O("H&I Meble", "H&I Meble", opt=True, note="member firm"),
        O("Uniwersytet Przyrodniczy w Poznaniu", "Uniwersytetu Przyrodniczego w Poznaniu"),
        O("Katedra Meblarstwa Wydziału Technologii Drewna Uniwersytetu Przyrodniczego w Poznaniu",
          "Katedry Meblarstwa Wydziału Technologii Drewna Uniwersytetu Przyrodniczego w Poznaniu",
          ["Katedra Meblarstwa"], opt=True, note="a department"),
    ],
    note="Furniture cluster's working meeting at a gallery; no date, no year. Poznań is only in the university's "
         "name, not a venue.")

skipped(ID[2116], "en", "English: MedCluster news on a members' meeting on 14.09.2016 at the State Higher Vocational "
                        "School in Tarnów (over 30 people; coordinator Andrzej Witek, Paweł Popek, Paweł Gądek); "
                        "language gate")

doc(ID[2118], None,
    E("podpisanie listu intencyjnego w sprawie zawiązania Klastra Energii",
      ["podpisanie listu intencyjnego", "Podpisano list intencyjny w sprawie utworzenia klastra!",
       "podpisanie listu intencyjnego w sprawie utworzenia klastra", "podpisanie listu intencyjnego w sprawie zawiązania klastra energii"],
      None, None),
    dates=[D("XXXX-10-13", "XXXX-10-13", "Dnia 13 października br.", note="'br.' with no year in the text")],
    venues=[V("Tworóg", "w Tworogu")],
    clusters=[C("Klaster Energii", "Klastra Energii", opt=True,
                note="the energy cluster to be formed, named only generically (capitalised)")],
    organizations=[
        O("LGD \"Leśna Kraina Górnego Śląska\"", "LGD \"Leśna Kraina Górnego Śląska\"",
          ["Leśna Kraina Górnego Śląska", "LGD „Leśna Kraina Górnego Śląska”",
           "Lokalna Grupa Działania \"Leśna Kraina Górnego Śląska\""], note="the cluster's initiator"),
        O("Gmina Kochanowice", "Gminy Kochanowice", opt=True),
        O("Gmina Krupski Młyn", "Gminy Krupski Młyn", opt=True),
        O("Gmina Pawonków", "Gminy Pawonków", opt=True),
        O("Gmina Tworóg", "Gminy Tworóg", opt=True),
        O("Gmina Zbrosławice", "Gminy Zbrosławice", opt=True),
    ],
    note="A local action group and five communes sign a letter of intent on an energy cluster in Tworóg (13 "
         "October, no year). Signatories named only by office (wójt), so no people. Ends with page junk "
         "('List intencyjny', 'Przeczytaj także').")

doc(ID[2119], None,
    E("Medal Pro Masovia dla Mazowieckiego Klastra ICT",
      ["Medal Pro Masowia dla naszego klastra", "Medal Pamiątkowy „Pro Masovia”", "Medal Pro Masovia",
       "uhonorowanie Mazowieckiego Klastra ICT Medalem Pamiątkowym „Pro Masovia”"], None, None),
    dates=[
        D("2007-11-27", "2007-11-27", "w dniu 27 listopada 2007 roku", note="founding of the cluster"),
        D("2008", "2009", "2008-2009", note="'strategię działania na lata 2008-2009'"),
    ],
    attendance=[A(10, "organizations", "exact", "10 firm i instytucji",
                  note="at the founding meeting ('Zebranie Założycielskie') in 2007")],
    clusters=[C("Mazowiecki Klaster ICT", "Mazowiecki Klaster ICT",
                note="several times, also genitive 'Mazowieckiego Klastra ICT'; the Lithuanian partners are unnamed")],
    people=[P("Adam Struzik", "marszałek", "Adam Struzik, Marszałek")],
    organizations=[
        O("Instytut Badań Rynku, Konsumpcji i Koniunktur", "Instytutu Badań Rynku, Konsumpcji i Koniunktur"),
        O("Stowarzyszenie Rozwoju Społeczno-Gospodarczego \"Wiedza\"",
          "Stowarzyszenie Rozwoju Społeczno-Gospodarczego \"Wiedza\"",
          ["Stowarzyszenie Rozwoju Społeczno-Gospodarczego „Wiedza”", "Stowarzyszenia Stowarzyszenie Rozwoju Społeczno-Gospodarczego \"Wiedza\""],
          note="the coordinator (the text doubles 'Stowarzyszenia Stowarzyszenie')"),
        O("Unia Europejska", "Unię Europejską", ["UE", "Unia"], opt=True, note="funding footer"),
        O("Europejski Fundusz Rozwoju Regionalnego", "Europejskiego Funduszu Rozwoju Regionalnego", ["EFRR"],
          opt=True, note="funding footer"),
        O("Samorząd Województwa Mazowieckiego", "Województwa mazowieckiego", ["Województwo Mazowieckie"], opt=True,
          note="'Marszałek Województwa mazowieckiego'; 'Samorząd docenił'"),
    ],
    not_dates=["'Regionalnego Programu Operacyjnego Województwa Mazowieckiego 2007-2013' is a programme name with years"],
    note="The Mazovian ICT cluster's home page: the regional 'Pro Masovia' medal for ten years of activity, a new "
         "agreement with two Lithuanian clusters, and the cluster's founding (27 November 2007, 10 firms and "
         "institutions). No date for the award (the year 2017 is only implied), no venue. 'Medal Pro Masowia' "
         "(sic) in the heading kept.")

# --------------------------------------------------------------------------------------------- second replacement round
ZMPSiS = ["Zarząd Morskich Portów Szczecin i Świnoujście", "Zarząd Morskich Portów Szczecin i Świnoujście S.A.",
          "ZMPSiŚ", "Morskie Porty Szczecin i Świnoujście"]

doc(ID[2105], None,
    E("Zgromadzenie Partnerów Klastra Morskiego Pomorza Zachodniego",
      ["Zgromadzenie Partnerów", "zgromadzenie Partnerów Klastra Morskiego Pomorza Zachodniego",
       "Zgromadzenie Partnerów Klastra"], None, 2017),
    dates=[
        D("2017-04-25", "2017-04-25", "25.04.br",
          note="'br.' without a printed year; the year is the one the text calls current ('obecnie klaster zrzesza 68 "
               "partnerów' with '2017 – 68')"),
        D("2017-06-15", "2017-06-16", "w dniach 15-16 czerwca", note="the 6th International Maritime Congress"),
        D("2011", "2011", "2011", opt=True, note="years in the membership statistics list"),
        D("2012", "2012", "2012", opt=True), D("2013", "2013", "2013", opt=True), D("2014", "2014", "2014", opt=True),
        D("2015", "2015", "2015", opt=True), D("2016", "2016", "2016", opt=True), D("2017", "2017", "2017", opt=True),
    ],
    venues=[
        V("Zarząd Morskich Portów Szczecin i Świnoujście", "w Zarządzie Morskich Portów Szczecin i Świnoujście S.A.",
          ZMPSiS[1:], note="the port authority's seat (no city named for the assembly)"),
        V("Szczecin", "w Szczecinie", note="venue of the 6th International Maritime Congress (another event)"),
    ],
    attendance=[A(68, "organizations", "exact", "68 partnerów", opt=True,
                  note="the cluster's membership, not a count of those present")],
    clusters=[C("Klaster Morski Pomorza Zachodniego", "Klastra Morskiego Pomorza Zachodniego",
                note="title and many times; nominative 'Klaster Morski Pomorza Zachodniego' too")],
    people=[
        P("Marek Duklanowski", "sekretarz", "Sekretarz Rady Klastra Marek Duklanowski", note="twice"),
        P("Andrzej Strzeboński", "prezes", "Andrzej Strzeboński – prezes"),
        P("Andrzej Łuc", "prezes", "Andrzej Łuc – prezes"),
    ],
    organizations=[
        O("Zarząd Morskich Portów Szczecin i Świnoujście S.A.", "Zarządzie Morskich Portów Szczecin i Świnoujście S.A.",
          ZMPSiS),
        O("Gmina Miasto Szczecin", "Gmina Miasto Szczecin"),
        O("Uniwersytet Szczeciński", "Uniwersytet Szczeciński"),
        O("Teleyard", "Teleyard", opt=True, note="new member firm"),
        O("Farallon", "Farallon", opt=True, note="new member firm"),
        O("KNFR", "KNFR", opt=True, note="new member firm"),
        O("Fundacja Kongres Morski", "Fundacją Kongres Morski"),
        O("Stocznia Szczecińska", "Stoczni Szczecińskiej", opt=True, note="firm (a shipyard)"),
        O("Port Morski Police", "Portu Morskiego Police", opt=True, note="firm (a port)"),
    ],
    not_dates=["'6. Międzynarodowego Kongresu Morskiego' is another event (edition 6)"],
    note="General assembly of the West Pomeranian maritime cluster's partners (25 April; year from the membership "
         "list). The address check flags 'klastermorski.com' because the goldkit comparison drops the query "
         "'?p=651' and eighteenth lists the bare host; the text itself shares nothing with earlier sets. Cut "
         "mid-word at the end ('wyk').")

doc(ID[2106], None,
    E("pierwsze otwarte spotkanie Klastra Morskiego Pomorza Zachodniego",
      ["SPOTKANIE KLASTRA MORSKIEGO", "spotkanie Klastra Morskiego", "pierwsze otwarte spotkanie",
       "Spotkanie Klastra Morskiego", "spotkanie Klastra Morskiego Pomorza Zachodniego"], 1, None),
    venues=[V("Zarząd Morskich Portów Szczecin i Świnoujście", "w Zarządzie Morskich Portów Szczecin i Świnoujście S.A.",
              ZMPSiS[1:], note="the port authority's seat; no city named")],
    attendance=[A(50, "participants", "approx", "Prawie 50 osób", note="'Prawie': approx")],
    clusters=[C("Klaster Morski Pomorza Zachodniego", "Klastra Morskiego Pomorza Zachodniego",
                note="several times, also nominative")],
    organizations=[O("Zarząd Morskich Portów Szczecin i Świnoujście S.A.", "Zarządzie Morskich Portów Szczecin i Świnoujście S.A.",
                     ZMPSiS, note="twice; its president speaks unnamed")],
    note="Port of Szczecin news: the first open meeting promoting the West Pomeranian maritime cluster (almost 50 "
         "people); the cluster council is only proposed, so it precedes the organisational meeting of eighteenth/1705 "
         "(with which it shares the cluster's mission sentence). Edition 1 from 'pierwszym otwartym spotkaniu'. "
         "No date. Page junk 'Aktualności Budujemy przyszłośćTworzymy historię'; typo 'klajstrowego' kept; cut at "
         "'Zespól R'.")

doc(ID[2109], None,
    E("inauguracja Lubelskiego Klastra Zaawansowanych Technologii Lotniczych",
      ["zainaugurował swoją działalność Lubelski Klaster Zaawansowanych Technologii Lotniczych",
       "inauguracja działalności Lubelskiego Klastra Zaawansowanych Technologii Lotniczych", "inauguracja"], None, None),
    clusters=[C("Lubelski Klaster Zaawansowanych Technologii Lotniczych", "Lubelski Klaster Zaawansowanych Technologii Lotniczych")],
    organizations=[
        O("Urząd Marszałkowski Województwa Lubelskiego", "Urząd Marszałkowski Województwa Lubelskiego"),
        O("PZL-Świdnik", "PZL-Świdnik"),
        O("Urząd Miasta", "Urząd Miasta", opt=True, note="generic (the city's office, city not named)"),
    ],
    not_dates=["'Właśnie dziś' and 'w ubiegłym roku' have no date in the text to anchor them"],
    note="A one-paragraph radio teaser (monthly archive page 2015/03): an aviation cluster in Lublin region starts "
         "its activity today. No date, no venue. Ends with '» Czytaj dalej'.")

doc(ID[2111], None,
    E("Europejski Kongres Gospodarczy", ["EKG", "Europejskiego Kongresu Gospodarczego",
                                         "powołanie klastra kompetencyjnego"], None, None),
    people=[
        P("Radosław Zych", "reprezentant", "Radosław Zych", note="'Reprezentantem inicjacyjnej grupy jest'"),
        P("Marcin Swystun", None, "Marcin Swystun"),
        P("Vadym Melnyk", None, "Vadym Melnyk"),
        P("Radosław Piesiewicz", None, "Radosław Piesiewicz"),
    ],
    organizations=[
        O("FlyTech Sp. z o.o.", "FlyTech Sp. z o.o.", ["FlyTech"], opt=True, note="firm"),
        O("Pelixar S.A.", "Pelixar S.A.", ["Pelixar"], opt=True, note="firm (the publisher)"),
        O("Cervi Robotics sp. z o.o.", "Cervi Robotics sp. z o.o.", ["Cervi Robotics"], opt=True, note="firm"),
        O("Advanced Protection Systems S.A.", "Advanced Protection Systems S.A.", ["Advanced Protection Systems"],
          opt=True, note="firm"),
    ],
    not_dates=["the planned drone-industry competence cluster has no name, so no cluster item"],
    note="A drone firm's blog: at the European Economic Congress work started on a competence cluster for unmanned "
         "aerial systems; the founding group's members. No date in the text (the URL says 2019-05-13), no venue.")

doc(ID[2114], None,
    E("comiesięczne spotkanie Zarządu Zachodniopomorskiego Klastra Budowlanego",
      ["spotkanie Zarządu Zachodniopomorskiego Klastra Budowlanego", "otwarte posiedzenie Zarządu Klastra Budowlanego",
       "posiedzenie Zarządu Klastra Budowlanego", "spotkanie Zarządu"], None, None),
    dates=[
        D("XXXX-03-21", "XXXX-03-21", "21 marca br.", note="open board meeting; no year anywhere"),
        D("XXXX-02-26", "XXXX-02-26", "26 lutego br.", note="monthly board meeting"),
    ],
    venues=[
        V("Szczecin", "w Szczecinie", note="'w siedzibie Izby w Szczecinie'"),
        V("siedziba Izby", "w siedzibie Izby", ["siedziba Północnej Izby Gospodarczej", "Północna Izba Gospodarcza"],
          opt=True, note="building-level venue"),
    ],
    clusters=[
        C("Zachodniopomorski Klaster Budowlany", "Zachodniopomorski Klaster Budowlany",
          note="also genitive twice and the short 'Klastra Budowlanego'"),
        C("Klaster Przemysłów Kreatywnych", "Klaster Przemysłów Kreatywnych"),
    ],
    people=[P("Piotr Ostrowski", None, "Pan Piotr Ostrowski", note="guest consultant (no title)")],
    organizations=[
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polską Agencję Rozwoju Przedsiębiorczości", ["PARP"],
          note="also 'Mapie Klastrów PARP'"),
        O("Północna Izba Gospodarcza", "Północnej Izbie Gospodarczej", ["Izba"]),
    ],
    not_dates=["'134 zidentyfikowanych inicjatyw klastrowych' is a count on a map, not attendance"],
    note="A chamber of commerce's news list (page 3): two chamber clusters in PARP's inventory report; an open board "
         "meeting (21 March) and a monthly board meeting in Szczecin (26 February); no year. Banner junk "
         "'DANA2 1100x25019415' at the end.")

doc(ID[2117], None,
    E("spotkanie Pomorskiego Klastra Drzewnego „Czarna Woda”",
      ["spotkanie", "Spotkanie", "spotkanie Pomorskiego Klastra Drzewnego"], None, None),
    dates=[D("XXXX-05-07", "XXXX-05-07", "w dnu 7 maja", note="typo 'dnu' kept; no year in the text")],
    venues=[V("Czarna Woda", "Czarnej Wody", opt=True,
              note="only in 'Burmistrz Czarnej Wody'; the meeting's place is implied by the address, not stated")],
    people=[
        P("Arkadiusz Gliniecki", ["burmistrz", "inicjator"], "Arkadiusz Gliniecki, Burmistrz", note="twice"),
        P("Andrzej Krauss", None, "prof. Andrzej Krauss"),
        P("Marcin Janczarek", None, "dr inż. Marcin Janczarek"),
        P("Wojciech Nitka", None, "Wojciech Nitka"),
        P("Andrzej Schleser", None, "Andrzej Schleser"),
        P("Marcin Naderza", None, "Marcin Naderza"),
        P("Leszek Danecki", None, "Leszek Danecki"),
        P("Maria Antoni Hikiert", None, "Maria Antoni Hikiert"),
        P("Władysław Strykowski", None, "dr Władysław Strykowski"),
        P("Andrzej Noskowiak", None, "Andrzej Noskowiak"),
        P("Piotr Borysiuk", None, "dr hab. Piotr Borysiuk"),
        P("Krzysztof Droszcz", None, "Krzysztof Droszcz"),
        P("Magdalena Droszcz", None, "Magdalena Droszcz"),
        P("Michał Szreder", None, "Michał i Alicja Szreder", note="'Michał i Alicja Szreder'"),
        P("Alicja Szreder", None, "Alicja Szreder"),
        P("Zenon Wrzeszcz", None, "Zenon Wrzeszcz", opt=True, note="only inside a firm's name"),
        P("Joanna Kościk-Ciuraj", None, "Joanna Kościk – Ciuraj", ["Joanna Kościk – Ciuraj", "Joanna Kościk - Ciuraj"]),
        P("Tomasz Sobieraj", None, "Tomasz Sobieraj"),
        P("Łukasz Górczak", None, "Łukasz Górczak"),
        P("Paweł Czopek", None, "Paweł Czopek"),
        P("Sylwia Modzelewska", None, "Sylwia Modzelewska"),
        P("Christof Palmer", None, "Christof Palmer"),
    ],
    organizations=[
        O("Uniwersytet Przyrodniczy w Poznaniu", "Uniwersytet Przyrodniczy w Poznaniu"),
        O("Politechnika Gdańska", "Politechnika Gdańska"),
        O("Stowarzyszenie Dom Drewniany", "Stowarzyszenie Dom Drewniany"),
        O("Regionalna Dyrekcja Lasów Państwowych w Gdańsku", "Regionalna Dyrekcja Lasów Państwowych w Gdańsku"),
        O("Nadleśnictwo Kaliska", "Nadleśnictwo Kaliska"),
        O("Ośrodek Badawczo-Rozwojowy Przemysłu Płyt Drewnopochodnych Sp. z o.o.",
          "Ośrodek Badawczo – Rozwojowy Przemysłu Płyt Drewnopochodnych Sp. z o.o.",
          ["Ośrodek Badawczo – Rozwojowy Przemysłu Płyt Drewnopochodnych", "Ośrodek Badawczo-Rozwojowy Przemysłu Płyt Drewnopochodnych",
           "Ośrodek Badawczo – Rozwojowy Przemysłu Płyt Drewnopochodnych Sp. z o.o."]),
        O("Instytut Technologii Drewna w Poznaniu", "Instytut Technologii Drewna w Poznaniu"),
        O("Szkoła Główna Gospodarstwa Wiejskiego w Warszawie", "Szkoła Główna Gospodarstwa Wiejskiego w Warszawie",
          ["SGGW"]),
        O("Wydział Technologii Drewna", "Wydział Technologii Drewna", opt=True, note="faculties (twice)"),
        O("Wydział Technologii Chemicznej", "Wydział Technologii Chemicznej", opt=True, note="a faculty"),
        O("Rebel Module Global Sp. z o.o.", "Rebel Module Global Sp. z o.o.", opt=True, note="firm"),
        O("Pracownia Architektoniczna Rebel Concept", "Pracownia Architektoniczna Rebel Concept", opt=True, note="firm"),
        O("SZREDER A.C", "SZREDER A.C", opt=True, note="firm"),
        O("Drew Trans II Zenon Wrzeszcz i Wspólnicy Sp. z o.o.", "Drew Trans II Zenon Wrzeszcz i Wspólnicy Sp. z o.o.",
          opt=True, note="firm"),
        O("Zetbeer Sp. z o.o.", "Zetbeer Sp. z o.o.", ["Zetbeer"], opt=True, note="firm (twice)"),
        O("Ekoinbud Sp. z o.o.", "Ekoinbud Sp. z o.o.", ["Ekoinbud"], opt=True, note="firm"),
        O("Forestor Communication", "Forestor Communication", opt=True, note="firm"),
        O("STEICO SE", "STEICO SE", ["STEICO"], opt=True, note="firm"),
    ],
    not_dates=["the cluster is called only 'Klastra' in the text (its name is in the address), so no cluster item"],
    note="Archived Czarna Woda town news: a wood-construction cluster's meeting on 7 May (no year) with a long guest "
         "list (people with institutions and firms), then the mayor's and a firm's statements. The text starts "
         "with the list (no title) and is cut at 'w Pol'. A different event from seventh/610 (the 2016 founding "
         "of the association continuing the cluster).")
