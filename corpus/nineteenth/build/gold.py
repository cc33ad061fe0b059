"""Hand-written gold for corpus/nineteenth (ids 1800-1819), following corpus/GUIDE.md and the conventions of the
earlier gold sets (tenth, sixteenth and the other SOURCES.md).

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
doc(ID[1800], None,
    E("Polsko-niemieckie spotkanie recyklerów metali w Lipsku",
      ["Polsko-niemieckie spotkanie recyklerów metali", "spotkanie handlowców i recyklerów metali",
       "polsko-niemieckie spotkanie handlowców i recyklerów metali", "spotkanie recyklerów metali",
       "Polsko-niemieckie spotkanie recyklerów metali w Lipsku – 30 marca 2017 r.", "spotkanie"], None, 2017),
    dates=[
        D("2019-01-23", "2019-01-23", "23 stycznia 2019 r.", opt=True,
          note="a date line above the title, after the page junk 'Shadowbox.init();': not the publication date (the "
               "article announces an October 2017 meeting as future), so document_date null; optional"),
        D("2017-03-30", "2017-03-30", "30 marca 2017 r.", note="title; again 'W dniu 30 marca 2017 roku'"),
        D("1842", "1842", "w 1842 roku", note="opening of the station (a year mentioned)"),
        D("2017-10-09", "2017-10-11", "w dniach 9-11 października 2017 roku", note="the next meeting (Kraków)"),
        D("2009", "2012", "2009 - 2012", opt=True, note="copyright years in the footer"),
    ],
    venues=[
        V("Lipsk", "w niemieckim Lipsku", ["Leipzig"], note="also 'w Lipsku' (title and later)"),
        V("Dworzec Bawarski", "w zabytkowym Dworcu Bawarskim (Bayerischer Bahnhof)", ["Bayerischer Bahnhof"],
          opt=True, note="building-level venue"),
        V("Kraków", "w Krakowie", note="venue of the next meeting (another event mentioned)"),
        V("Polska", "odbędzie się w Polsce", opt=True, note="country of the next meeting"),
    ],
    attendance=[
        A(200, "participants", "more_than", "ponad 200 osób"),
        A(60, "participants", "more_than", "ponad 60 osób z Polski", opt=True, note="a subgroup ('w tym')"),
        A(80, "organizations", "approx", "prawie 80 firm niemieckich", note="'prawie': approx"),
        A(26, "organizations", "exact", "26 polskich", note="'26 polskich [firm]' (the noun is elided)"),
        A(15, "participants", "exact", "15 swoich pracowników", opt=True,
          note="staff sent by one firm (a subgroup)"),
    ],
    organizations=[
        O("Verband Deutscher Metallhändler e. V.", "Verband Deutscher Metallhändler e. V.",
          ["VDM", "Stowarzyszenie Niemieckich Handlowców Metali", "Verband Deutscher Metallhändler"],
          note="also 'VDM' and the Polish name in brackets"),
        O("Izba Gospodarcza Metali Nieżelaznych i Recyklingu", "Izbę Gospodarczą Metali Nieżelaznych i Recyklingu",
          ["IGMNiR"], note="also nominative in the last paragraph; 'IGMNiR' in the footer"),
    ],
    not_dates=["'15 swoich pracowników' is optional attendance, not a date",
               "Berlin and Katowice are the seats of the organisers ('z siedzibą w'), not venues"],
    note="Opens with the page junk 'Shadowbox.init();' and a date line. A Polish-German metal recyclers' meeting in "
         "Leipzig (30 March 2017) organised by a German association and a Polish chamber; next meeting announced "
         "for Kraków. No edition. Double space 'zachowaną  stacją' kept.")

doc(ID[1801], None,
    E("II Forum Inteligentnego Rozwoju", ["Forum Inteligentnego Rozwoju", "Forum", "FIR"], 2, None),
    dates=[D("XXXX-10-23", "XXXX-10-24", "w dniach 23-24 października br.",
             note="'br.' with no year anywhere in the text")],
    venues=[
        V("Jasionka", "w podrzeszowskiej Jasionce"),
        V("G2A Arena", "Centrum Wystawienniczo-Kongresowego Województwa Podkarpackiego G2A Arena",
          ["Centrum Wystawienniczo-Kongresowe Województwa Podkarpackiego G2A Arena",
           "Centrum Wystawienniczo-Kongresowe Województwa Podkarpackiego"], opt=True, note="building-level venue"),
        V("Rzeszów", "podrzeszowskiej", opt=True, note="only as the adjective 'near Rzeszów'"),
    ],
    people=[
        P("Leszek Rafalski", "przewodniczący", "prof. Leszek Rafalski – Przewodniczący",
          note="also 'Przewodniczący RGIB prof. Leszek Rafalski'"),
        P("Andrzej Krueger", "wiceprzewodniczący", "dr Andrzej Krueger – Wiceprzewodniczący",
          note="twice"),
        P("Stanisław Trenczek", None, "dr hab. inż. Stanisław Trenczek, prof. nadzw.",
          note="academic titles only (twice)"),
        P("Cezary Możeński", None, "dr inż. Cezary Możeński, prof. nadzw.", note="academic titles only (twice)"),
    ],
    organizations=[
        O("Rada Główna Instytutów Badawczych", "Radę Główną Instytutów Badawczych", ["RGIB"],
          note="also 'RGIB' (title, twice more)"),
        O("Centrum Wystawienniczo-Kongresowe Województwa Podkarpackiego G2A Arena",
          "Centrum Wystawienniczo-Kongresowego Województwa Podkarpackiego G2A Arena", ["G2A Arena"], opt=True,
          note="the venue building / its operator"),
        O("Unia Europejska", "w Unii Europejskiej", UE, opt=True, note="a topic"),
    ],
    not_dates=["'dwudniowego Forum' is a duration", "'B+R' is research and development"],
    note="Opens with 'Select language: en pl'; paragraphs indented by four spaces, as returned. Edition 2 from "
         "'II Forum'. No year anywhere: event year null, date XXXX. Typo 'takżew' kept. Cut at 'organicz'.")

doc(ID[1802], None,
    E("III Forum Innowacji", ["Forum Innowacji", "forum", "Forum Innowacji w Rzeszowie"], 3, None),
    dates=[
        D("XXXX-05-30", "XXXX-05-31", "w dniach 30 i 31 maja", note="two consecutive days as a range; no year"),
        D("XXXX-05", "XXXX-05", "Pod koniec maja", opt=True, note="title; the same days, month precision"),
    ],
    venues=[
        V("Rzeszów", "w Rzeszowie", note="also the dateline 'Rzeszów/' of the title"),
        V("Krynica-Zdrój", "Forum Ekonomicznym w Krynicy", ["Krynica"], opt=True,
          note="place of another event, only inside its usual name (twice)"),
    ],
    attendance=[A(300, "participants", "approx", "Prawie 300 uczestników", note="'prawie': approx")],
    people=[
        P("Jan Bury", ["szef rady programowej", "szef", "wiceminister"],
          "Szef Rady Programowej Forum Innowacji, wiceminister Skarbu Państwa Jan Bury", note="also 'Bury'"),
        P("Ladislau Dowbor", ["ekonomista", "doradca gospodarczy", "doradca"], "brazylijski ekonomista Ladislau Dowbor"),
        P("Lula da Silva", ["b. prezydent", "były prezydent", "prezydent"], "b. prezydenta Brazylii Luli da Silvy",
          aliases=["Luiz Inácio Lula da Silva"], note="genitive 'Luli da Silvy'"),
        P("Marek Woszczyk", "prezes", "prezes Urzędu Regulacji Energetyki Marek Woszczyk"),
        P("Krzysztof Kilian", "prezes", "prezes PGE Krzysztof Kilian"),
        P("Karl Wirnig", "wiceprezydent", "wiceprezydent Alcatel Lucent Karl Wirnig"),
        P("Tomasz Guzik", None, "prof. Tomasz Guzik", note="academic title only"),
        P("Zygmunt Berdychowski", ["szef rady programowej", "szef"],
          "Szef Rady Programowej Forum Ekonomicznego w Krynicy Zygmunt Berdychowski"),
    ],
    organizations=[
        O("Ministerstwo Skarbu Państwa", "Skarbu Państwa", ["MSP"], opt=True, note="only inside 'wiceminister Skarbu Państwa'"),
        O("Enea", "Enea", ["Enea S.A."]),
        O("Tauron", "Tauron", ["Tauron Polska Energia"]),
        O("Urząd Regulacji Energetyki", "Urzędu Regulacji Energetyki", ["URE"]),
        O("PGE", "PGE", ["Polska Grupa Energetyczna", "PGE Polska Grupa Energetyczna"]),
        O("Alcatel Lucent", "Alcatel Lucent", ["Alcatel-Lucent"]),
        O("Collegium Medicum Uniwersytetu Jagiellońskiego", "Collegium Medicum Uniwersytetu Jagiellońskiego",
          ["Collegium Medicum UJ", "Uniwersytet Jagielloński", "UJ"]),
        O("Rada Programowa Forum Innowacji", "Rady Programowej Forum Innowacji", opt=True, note="a body of the event"),
        O("Rada Programowa Forum Ekonomicznego", "Rady Programowej Forum Ekonomicznego", opt=True,
          note="a body of another event"),
        O("Fotolia", "Fot. Fotolia", opt=True, note="photo credit (twice)"),
    ],
    not_dates=["'W poniedziałek' has no anchor", "'siedem paneli' counts panels, not attendance",
               "'trzy razy większa' is a ratio", "'Forum Ekonomiczne w Krynicy' is another event (not annotated)"],
    note="An announcement (PAP Nauka w Polsce) of the 3rd Innovation Forum in Rzeszów. Edition 3 from 'III Forum "
         "Innowacji'; no year anywhere: event year null. 'Miasteczko Innowacji' is part of the event. Cut at 'osi'.")

doc(ID[1803], None,
    E("VI Forum Regionów", ["Forum Regionów", "FORUM REGIONÓW", "Ramowy program VI Forum Regionów"], 6, 2012),
    dates=[
        D("2012-09-04", "2012-09-06", "4-6 września 2012 r."),
        D("2012-09-04", "2012-09-04", "Wtorek, 4 września 2012 r.", note="the first day of the programme"),
    ],
    venues=[
        V("Krynica-Zdrój", "Krynica – Zdrój", ["Krynica", "Krynica Zdrój"], note="spelled with spaces round the dash"),
        V("Centrum Kongresowe", "Centrum Kongresowe, Krynica – Zdrój", opt=True, note="building-level venue"),
        V("Pijalnia Główna", "Pijalnia Główna", opt=True, note="building-level venue"),
        V("Dom Forum", "Dom Forum, sala Koncertowa", opt=True, note="building-level venue (a hall)"),
    ],
    people=[
        P("Marek Sowa", "marszałek", "Marek Sowa – Marszałek Województwa Małopolskiego", note="the moderator"),
        P("Siim-Valmar Kiisler", "minister", "Siim-Valmar Kiisler – Minister Spraw Regionalnych"),
        P("Martín Guillermo Ramirez", ["sekretarz generalny", "sekretarz"],
          "Martín Guillermo Ramirez – Sekretarz Generalny"),
    ],
    organizations=[
        O("Ministerstwo Spraw Wewnętrznych", "Ministerstwo Spraw Wewnętrznych", note="Estonia's ministry"),
        O("Stowarzyszenie Europejskich Regionów Granicznych", "Stowarzyszenie Europejskich Regionów Granicznych",
          ["Association of European Border Regions", "AEBR"], note="also the English name (cut after it)"),
        O("Województwo Małopolskie", "Województwa Małopolskiego", opt=True, note="only in the marshal's title"),
        O("Unia Europejska", "regionami Unii Europejskiej", UE, opt=True, note="a topic; also 'krajów Unii'"),
    ],
    not_dates=["'godz. 14:00 – 15:30' and 'godz.16:00 – 17:00' are times",
               "'XXII Forum Ekonomicznego' is the edition of the host event (not this event's edition)",
               "Estonia and Polska are the panellists' countries, not venues"],
    note="A programme page: the 6th Forum of Regions within the 22nd Economic Forum (Krynica-Zdrój, 4-6 Sept 2012). "
         "Lines holding one space kept. Cut at '('.")

doc(ID[1804], None,
    E("Forum Gmin na 5!", ["10. Forum Gmin na 5!", "Forum Gmin na 5", "Forum Gmina na 5",
                           "Jubileuszowe Forum Gmin na 5!", "„Forum Gmina na 5”"], 10, None),
    dates=[D("XXXX-05-16", "XXXX-05-16", "w dniu 16 maja br.", note="'br.' with no year in the text")],
    venues=[V("online", "zdalnie na platformie TEAMS", ["TEAMS", "Microsoft Teams"])],
    people=[
        P("Joanna Żukowska", None, "dr hab. Joannę Żukowską, prof. SGH",
          note="heads the institute ('kierowanego … przez'), no title noun"),
        P("Paweł Bartoszczuk", None, "dr hab. Pawła Bartoszczuka, prof. SGH"),
        P("Piotr Wachowiak", ["rektor", "profesor"], "rektor i profesor SGH dr hab. Piotr Wachowiak",
          note="also 'Rektor'"),
        P("Małgorzata Poniatowska-Jaksch", "prodziekan",
          "Prodziekan Kolegium Nauk o Przedsiębiorstwie dr hab. prof. SGH, Małgorzata Poniatowska–Jaksch",
          aliases=["Małgorzata Poniatowska–Jaksch"], note="en dash in the surname"),
    ],
    organizations=[
        O("Szkoła Główna Handlowa w Warszawie", "SGH", ["SGH", "Szkoła Główna Handlowa"],
          note="only the acronym (four times)"),
        O("Instytut Przedsiębiorstwa", "Instytucie Przedsiębiorstwa", opt=True, note="a unit of SGH"),
        O("Zakład Otoczenia Biznesu", "Zakładu Otoczenia Biznesu", opt=True, note="a unit of SGH"),
        O("Zakład Przedsiębiorczości i Otoczenia Biznesu", "Zakład Przedsiębiorczości i Otoczenia Biznesu", opt=True,
          note="a unit of SGH"),
        O("Studenckie Koło Naukowe Akceleracji", "Studenckie Koło Naukowe Akceleracji", opt=True,
          note="a students' research club"),
        O("Kolegium Nauk o Przedsiębiorstwie", "Kolegium Nauk o Przedsiębiorstwie", opt=True, note="a unit of SGH"),
    ],
    not_dates=["'smart city 4.0' is not a date", "'Gmina na 5' is a study (not annotated)",
               "'Krajowego Programu Odbudowy' is a programme (not annotated)"],
    note="A university news item: the 10th (jubilee) 'Forum Gmin na 5!' held online on Teams. Edition 10 from "
         "'10. Forum' / 'dziesiąta edycja'. No year anywhere: event year null. Cut at 'public'.")

doc(ID[1805], None,
    E("IV Polski Kongres Przedsiębiorczości",
      ["Polski Kongres Przedsiębiorczości", "Czwarta edycja Polskiego Kongresu Przedsiębiorczości",
       "IV Polski Kongres Przedsiębiorczości w Lublinie", "Kongres", "PKP"], 4, None),
    dates=[D("XXXX-10-27", "XXXX-10-28", "w dniach 27-28 października br.", note="'br.' with no year in the text")],
    venues=[
        V("Lublin", "w Lublinie", note="title and first sentence"),
        V("Lubelskie Centrum Konferencyjne", "W Lubelskim Centrum Konferencyjnym", ["LCK"], opt=True,
          note="building-level venue"),
    ],
    people=[
        P("Sławomir Sosnowski", "marszałek", "Marszałek Województwa Lubelskiego Sławomir Sosnowski"),
        P("Krzysztof Żuk", "prezydent", "Prezydent Miasta Lublin dr Krzysztof Żuk"),
        P("Stanisław Michałowski", "rektor",
          "Rektor Uniwersytetu Marii Curie-Skłodowskiej prof. dr hab. Stanisław Michałowski",
          note="also 'Prof. Michałowski'"),
        P("Teresa Bogacka", "kanclerz", "Kanclerz Wyższej Szkoły Ekonomii i Innowacji Teresa Bogacka"),
        P("Jan Wielgus", "prezes", "Prezes Ursus Bus Jan Wielgus"),
        P("B. Proll", None, "Fot. B. Proll", opt=True, note="photo credit, initial only"),
    ],
    organizations=[
        O("Uniwersytet Marii Curie-Skłodowskiej", "Uniwersytetu Marii Curie-Skłodowskiej", ["UMCS"],
          note="also 'UMCS' (twice), the publisher"),
        O("Wyższa Szkoła Ekonomii i Innowacji", "Wyższej Szkoły Ekonomii i Innowacji", ["WSEI"]),
        O("Ursus Bus", "Ursus Bus"),
        O("Województwo Lubelskie", "Województwa Lubelskiego", opt=True, note="only in the marshal's title"),
        O("Miasto Lublin", "Miasta Lublin", ["Lublin"], opt=True, note="only in the mayor's title"),
        O("Lubelskie Centrum Konferencyjne", "Lubelskim Centrum Konferencyjnym", ["LCK"], opt=True,
          note="the venue's operator"),
        O("Centrum Ecotech-Complex", "Centrum Ecotech-Complex", ["Ecotech-Complex"], opt=True,
          note="a research centre of UMCS (a unit)"),
        O("Centrum Transferu Wiedzy i Technologii", "Centrum Transferu Wiedzy i Technologii", opt=True,
          note="a unit of UMCS"),
        O("Wydział Ekonomiczny UMCS", "Wydziału Ekonomicznego UMCS", opt=True, note="a faculty (unit)"),
    ],
    not_dates=["'24 paneli dyskusyjnych' counts panels, not attendance",
               "Warszawa and Kraków are only compared with Lublin, not venues",
               "the dean 'dr hab. Zbigniew ' is cut before the surname: not annotated"],
    note="University news item on the 4th Polish Congress of Entrepreneurship (the earlier sets hold the 6th, "
         "thirteenth 1203, and the 8th, fifteenth 1407). Edition 4 from 'IV' / 'Czwarta edycja'. No year "
         "anywhere: event year null. Double space 'UMCS  posiada' kept. Cut at 'Zbigniew '.")

doc(ID[1806], "2009-07-04",
    E("II Wielkopolska Wystawa Gospodarcza Małych i Średnich Przedsiębiorstw",
      ["Wielkopolska Wystawa Gospodarcza Małych i Średnich Przedsiębiorstw", "Wielkopolska Wystawa Gospodarcza",
       "Targi pilskie", "wystawa", "Piła na stolicę…"], 2, 2009),
    dates=[
        D("2009-07-04", "2009-07-04", "4 Lipiec, 2009", note="the post's date line (nominative month, sic)"),
        D("2009-05", "2009-05", "W końcu maja", note="end of May; year from the date line"),
        D("1992", "1992", "od 1992r.", note="the fairs are held since 1992"),
        D("2009", "2009", "w tym roku", opt=True,
          note="relative ('this year'), anchored by the date line; the same value as the blog category "
               "'Felietony 2009 rok' (counted once)"),
    ],
    venues=[V("Piła", "w Pile", note="also 'Targi pilskie', 'ziemią pilską' (adjectives)")],
    people=[
        P("Arthur Schopenhauer", None, "Arthur Schopenhauer", opt=True, note="a quotation in the page header"),
        P("Hannibal", None, "Hannibal", opt=True, note="a quotation in the page header (one name)"),
    ],
    organizations=[
        O("Fundusz Mikro", "Fundusz Mikro", opt=True, note="a micro-loan fund in a seminar's topic list"),
    ],
    not_dates=["'4,4 tys. m2', '2,5 tys. m2', '1,9 tys. m2' are areas", "'RSS 2.0' is a format",
               "'od dwóch lat' is a duration", "'trzy seminaria' counts seminars"],
    note="A politician's blog column on the 2nd Wielkopolska SME fair in Piła. document_date 2009-07-04 from "
         "'Redaktor admin on 4 Lipiec, 2009'. Edition 2 from 'II'. 'Mięli' (sic) kept. Cut at 'śred'.")

doc(ID[1807], None,
    E("China International Import Expo", ["CIIE", "China International Import Expo w Szanghaju", "targi",
                                          "China International Import Expo (CIIE)"], 1, 2018),
    dates=[
        D("2018-11", "2018-11", "date 2018-11", note="scraped month prefix (as fresh 402): a date, not document_date"),
        D("2018-11-05", "2018-11-10", "od 5 do 10 listopada"),
        D("2018-11-05", "2018-11-07", "5-7 listopada", note="the deputy minister's visit"),
    ],
    venues=[
        V("Szanghaj", "w Szanghaju", ["Shanghai"], note="twice"),
        V("Chiny", "w Chinach targach", ["Państwo Środka"], opt=True, note="country of the venue (several times)"),
    ],
    attendance=[A(81, "organizations", "exact", "81 przedsiębiorstw", note="again '81 polskich firm' (same value)")],
    people=[
        P("Tadeusz Kościński", ["wiceszef resortu", "wiceszef", "wiceminister"],
          "wiceszef resortu przedsiębiorczości i technologii Tadeusz Kościński",
          note="also 'wiceminister Kościński', 'wiceminister przedsiębiorczości i technologii Tadeusz Kościński'"),
        P("Xi Jinping", "prezydent", "prezydent Xi Jinping"),
        P("Marek Suski", ["szef gabinetu politycznego premiera", "szef gabinetu politycznego", "szef", "minister"],
          "szef gabinetu politycznego premiera minister Marek Suski"),
        P("Jan Krzysztof Ardanowski", "minister", "minister rolnictwa Jan Krzysztof Ardanowski"),
        P("Tomasz Pisula", "prezes", "prezes PAIH Tomasz Pisula"),
        P("Paweł Niemczuk", ["główny lekarz weterynarii", "lekarz weterynarii"],
          "główny lekarz weterynarii Paweł Niemczuk"),
    ],
    organizations=[
        O("Ministerstwo Przedsiębiorczości i Technologii", "MPiT", ["MPiT"], note="twice ('wiceszef MPiT')"),
        O("Polska Agencja Inwestycji i Handlu", "PAIH", ["PAIH"]),
    ],
    not_dates=["'Od kilkunastu lat' is vague", "'ponad-80' is only in the address"],
    note="Opens with the scraped ' date 2018-11'. Announcement of the first China International Import Expo "
         "(Shanghai, 5-10 Nov) with 81 Polish firms. Edition 1 from 'organizowanych pierwszy raz'. Runs of three "
         "blank lines kept. Cut at 'n'.")

doc(ID[1808], "2025-03-10",
    E("Targi Chiny – Europa Środkowo-Wschodnia",
      ["China-CEEC Expo & International Consumer Goods Fair", "China-CEEC Expo",
       "4. targi Chiny – Europa Środkowo-Wschodnia", "targi Chiny – Europa Środkowo-Wschodnia",
       "targi w Ningbo", "Chiny – Europa Środkowo-Wschodnia"], 4, 2025),
    dates=[
        D("2025-03-10", "2025-03-10", "10.03.2025 22:11", note="the dateline; again in 'Aktualizacja: 22:07 10.03.2025'"),
        D("2024", "2024", "rok 2024"),
        D("2025-05-22", "2025-05-25", "w dniach 22–25 maja", note="year from the dateline ('Tegoroczna edycja')"),
    ],
    venues=[
        V("Ningbo", "do chińskiego miasta Ningbo", note="also 'w Ningbo w Chinach'"),
        V("Chiny", "w Chinach", opt=True, note="country of the venue"),
        V("online", "szkolenia online", opt=True, note="the mission's preparatory trainings (another event)"),
    ],
    attendance=[A(50, "organizations", "approx", "Blisko 50 firm", note="'blisko': approx")],
    people=[
        P("Janusz Piechociński", "prezes",
          "prezes Izby Przemysłowo-Handlowej Polska – Azja Janusz Piechociński",
          aliases=["Płochociński"], note="twice; misspelt 'Płochociński' twice"),
    ],
    organizations=[
        O("Izba Przemysłowo-Handlowa Polska – Azja", "Izby Przemysłowo-Handlowej Polska – Azja",
          ["Izba Polska – Azja", "Izba Przemysłowo-Handlowa Polska-Azja", "IPH Polska-Azja"],
          note="also 'Izba Polska – Azja'"),
        O("Polsko-Chińska Izba Gospodarcza", "Polsko-Chińską Izbą Gospodarczą"),
    ],
    not_dates=["'Od przyszłego tygodnia' is relative (a week, no calendar date)", "'22:11', '22:07' are times"],
    note="Radio news item (RDC, 10 March 2025) on the 4th China–CEEC Expo in Ningbo (22-25 May) and a mission of "
         "nearly 50 firms. Edition 4 from '4. targów'. Cut at 'promujących'.")

doc(ID[1809], None,
    E("Innowacyjny człowiek – firma – gospodarka",
      ["Ogólnopolska konferencja naukowa „Innowacyjny człowiek – firma – gospodarka”",
       "konferencja naukowa „Innowacyjny człowiek – firma – gospodarka”", "„Innowacyjny człowiek – firma – gospodarka”",
       "ogólnopolska konferencja naukowa", "konferencja"], None, 2015),
    dates=[
        D("2015-03-09", "2015-03-11", "Lublin 9–11 marca 2015 r.", note="heading; again 'W dniach 9–11 marca 2015 r.'"),
        D("2015", "2015", "1 (203), 2015", opt=True, note="the journal issue's year"),
    ],
    venues=[
        V("Lublin", "Lublin 9–11 marca", note="in the heading"),
        V("Katolicki Uniwersytet Lubelski Jana Pawła II", "Katolickim Uniwersytecie Lubelskim",
          ["KUL", "Katolicki Uniwersytet Lubelski"], opt=True, note="the university as venue (line break before "
                                                                     "'Jana Pawła II')"),
    ],
    people=[P("Paweł Kawalec", "członek", "Pawła Kawalca, członka Expert Group",
              note="member of an EU expert group (genitive)")],
    organizations=[
        O("Katolicki Uniwersytet Lubelski Jana Pawła II", "Katolickim Uniwersytecie Lubelskim",
          ["KUL", "Katolicki Uniwersytet Lubelski"]),
        O("KUL Creative", "KUL\nCreative", note="a company ('spółką'); the name is broken over two lines"),
        O("Lubelski Park Naukowo-Technologiczny", "Lubelskim Parkiem\nNaukowo Technologicznym",
          ["Lubelski Park Naukowo Technologiczny", "LPNT"], note="broken over two lines"),
        O("Studenckie Koło Innowacji – Transferu wiedzy do biznesu", "Studenckie Koło\nInnowacji – Transferu wiedzy do biznesu",
          ["Studenckie Koło Innowacji"], opt=True, note="the organiser, a students' club (a unit of KUL)"),
        O("Expert Group Green Growth and Jobs", "Expert Group\nGreen Growth and Jobs", opt=True,
          note="an expert group (a body); the text is cut after its name"),
    ],
    not_dates=["'PL ISSN 0044 – 1619' is an ISSN", "'1 (203)' is the journal's issue number",
               "'K R O N IKA ZAGADNIENIA NAUKOZNAWSTWA' is the journal's section and title (not annotated)"],
    note="A journal's conference report (doczz transcript, lines broken mid-sentence and letter-spaced 'K R O N IKA'). "
         "A students' scientific conference on innovation at KUL, Lublin, 9-11 March 2015. No edition. "
         "Cut at 'Jobs '.")

doc(ID[1810], None,
    E("BEST Hacks", ["BEST Hacks IV", "IV BEST Hacks", "hackathon BEST Hacks", "hackathonu BEST Hacks", "Hackathon"],
      4, None),
    dates=[
        D("XXXX-10-28", "XXXX-10-29", "Data: 28-29 października",
          note="the 4th edition; its year is not given (only the earlier editions have years)"),
        D("2022", "2022", "III - 2022", note="heading of the 3rd edition"),
        D("2022-10-15", "2022-10-16", "15-16 października 2022"),
        D("2021", "2021", "II - 2021", note="heading of the 2nd edition"),
        D("2021-10-15", "2021-10-16", "w dniach 15-16 października 2021 roku"),
    ],
    venues=[
        V("Strefa Kultury Studenckiej", "Strefa Kultury Studenckiej", opt=True, note="building-level venue"),
        V("Politechnika Wrocławska", "Politechnika Wrocławska", opt=True,
          note="the university campus as venue (also 'na Politechnice Wrocławskiej' for the 3rd edition)"),
        V("Wrocław", "Politechnika Wrocławska", opt=True, note="the city only as an adjective in the university's name"),
        V("online", "w formie zdalnej", note="the 2nd edition was held online (another edition mentioned)"),
    ],
    attendance=[
        A(50, "participants", "more_than", "ponad 50 uczestników", note="3rd edition"),
        A(80, "participants", "more_than", "ponad 80 studentów", note="2nd edition"),
    ],
    organizations=[
        O("Politechnika Wrocławska", "Politechnika Wrocławska", ["PWr"], note="also 'Politechniki Wrocławskiej' (twice)"),
        O("VM.pl", "VM.pl"),
        O("Unit8", "Unit8"),
        O("Akamai", "Akamai", ["Akamai Technologies"]),
        O("Facebook", "Facebooku", opt=True, note="only as the place of the fan page"),
    ],
    not_dates=["'24 godziny' is a duration", "'1:1' is not a date", "'Social Impact', 'SMART CITIES', 'Healthcare' are themes"],
    note="A students' association's hackathon page: the 4th edition (no year) and the previous editions of 2022 "
         "(on site, over 50 participants) and 2021 (online, over 80 students). Edition 4 from 'Edycja: IV'. Bullets "
         "' • ' as returned. Cut at 'warsztaty '.")

doc(ID[1811], None,
    E("Międzynarodowe Targi Meblowe", ["MTM", "Międzynarodowe Targi Meblowe w Ostródzie", "targi ostródzkie",
                                       "45. edycja Międzynarodowych Targów Meblowych", "Fenomen bez happy endu",
                                       "targi"], 45, None),
    dates=[
        D("2019-02", "2019-02", "luty 2019", note="the magazine's issue (twice); month only, so no document_date"),
        D("2018-08", "2018-08", "w sierpniu ub.r.", note="'ub.r.' = the year before the issue's 2019"),
        D("2010-09", "2010-09", "we wrześniu 2010 r."),
    ],
    venues=[
        V("Ostróda", "do Ostródy", note="also the adjectives 'ostródzkich', 'ostródzkiego'"),
        V("Poznań", "Po Poznania", opt=True,
          note="the competing Poznań fairs ('Po' for 'Do', sic): venue of other events, in a saying"),
    ],
    attendance=[
        A(96, "organizations", "exact", "96 wy- stawców", note="exhibitors of the 2010 edition (word broken 'wy- stawców')"),
        A(10000, "participants", "exact", "10 tys. gości", note="guests of the 2010 edition"),
    ],
    people=[P("Marek Hryniewicki", None, "M a r e k H r y n i e w i c k i", opt=True,
              note="the author's byline, letter-spaced")],
    organizations=[
        O("Grupa Schieder", "Grupy Schieder", ["Schieder"]),
        O("BIZNES meble.pl", "Miesięcznik \"BIZNES meble.pl\"", ["„BIZNES meble.pl”", "meble.pl"], opt=True,
          note="the magazine (publisher)"),
    ],
    not_dates=["'na przełomie XX i XXI w.' names centuries", "'10 lat temu' has no precise anchor",
               "'35-tysięcznego miasta' is a population", "'12 tys. m 2' is an area", "'104' is a page number",
               "'kilkunastu firm' is vague"],
    note="A trade magazine's page (e-edition, words broken by hyphen and space, letter-spaced byline, 'branĝa' "
         "sic) on the end of the Ostróda furniture fair MTM: the 45th edition cancelled (edition 45, the only number "
         "given; its year is not stated: event year null), counts of the 2010 edition. The region 'na Mazurach' is "
         "not a venue. Cut at 'ekspono-'.")

doc(ID[1812], "2009-09-17",
    E("Ogólnopolski Konkurs Lider Innowacji",
      ["VIII Ogólnopolski Konkurs Lider Innowacji", "Lider Innowacji - 2009", "Liderzy Innowacji 2009",
       "LIDER INNOWACJI 2009", "Konkurs Lider Innowacji", "Lider Innowacji", "konkurs"], 8, 2009),
    dates=[
        D("2009-09-17", "2009-09-17", "2009-09-17 15:07", note="'Dodano:' stamp"),
        D("2009-07-29", "2009-07-29", "29 lipca 2009", note="the jury's decision"),
    ],
    venues=[V("Sala Sejmu Śląskiego", "W Sali Sejmu Śląskiego", opt=True,
              note="building-level venue (the city is not named for it)")],
    people=[
        P("Bogusław Śmigielski", "marszałek", "marszałek Województwa Śląskiego Bogusław Śmigielski"),
        P("Michał Czarski", "przewodniczący", "przewodniczący Sejmiku Michał Czarski"),
        P("Roman Wusatowski", None, "prof. dr inż. Romana Wusatowskiego",
          note="chairs the jury ('pod przewodnictwem'), no title noun"),
        P("Henryk Składanic", ["prezes zarządu", "prezes"], "Henrykowi Składanicowi - Prezesowi Zarządu",
          note="dative"),
    ],
    organizations=[
        O("Województwo Śląskie", "Województwa Śląskiego", opt=True, note="in the marshal's title (twice)"),
        O("Sejmik Województwa Śląskiego", "Sejmiku", ["Sejmik"], opt=True, note="'przewodniczący Sejmiku'"),
        O("Urząd Patentowy RP", "Urzędu Patentowego RP", ["Urząd Patentowy Rzeczypospolitej Polskiej", "UPRP"],
          note="'Prezesa Urzędu Patentowego RP' (patron)"),
        O("Odlewnia Metali Szopienice Sp. z o.o.", "Odlewnia Metali Szopienice Sp. z o.o.",
          ["Odlewnia Metali Szopienice"]),
        O("Górnośląskie Przedsiębiorstwo Wodociągów S.A.", "Górnośląskiemu Przedsiębiorstwu Wodociągów S.A.",
          ["Górnośląskie Przedsiębiorstwo Wodociągów", "GPW"], note="dative; again in a project title"),
        O("Instytut Mechanizacji Budownictwa i Górnictwa Skalnego", "Instytutowi Mechanizacji Budownictwa i Górnictwa Skalnego"),
        O("Przedsiębiorstwo Innowacyjno-Wdrożeniowe \"WAMET\"", "Przedsiębiorstwem Innowacyjno - Wdrożeniowym \"WAMET\"",
          ["WAMET", "Przedsiębiorstwo Innowacyjno - Wdrożeniowe \"WAMET\"", "Przedsiębiorstwo Innowacyjno-Wdrożeniowe WAMET"]),
        O("Instytut Nafty i Gazu", "Instytutowi Nafty i Gazu", ["INiG"]),
        O("Jury Konkursu", "Jury Konkursu", opt=True, note="a body of the event"),
    ],
    not_dates=["'Lider Innowacji - 2009' and 'LIDER INNOWACJI 2009' are years inside names (give the event year)",
               "'15:07' is a time", "'H 30 G' is a machine's name",
               "Katowice, Warszawa, Bydgoszcz, Kraków are seats of laureates, not venues",
               "'Zakład Uzdatniania Wody Goczałkowice' is only inside a project's title"],
    note="Local portal (Mikołów) on the award ceremony of the 8th Lider Innowacji competition in the Silesian "
         "Parliament hall. document_date from 'Dodano: 2009-09-17 15:07'. Edition 8 from 'VIII'. Mixed quotes "
         "kept. Cut at 'wyt'.")

doc(ID[1813], None,
    E("Laur Innowacyjności",
      ["LAUR INNOWACYJNOŚCI 2022/2023", "Laur Innowacyjności 2022/2023",
       "Konkurs im. Stanisława Staszica na najlepsze produkty innowacyjne LAUR INNOWACYJNOŚCI 2022/2023",
       "Konkurs im. Stanisława Staszica", "Gala XII edycji Konkursu im. Stanisława Staszica",
       "Gala Laur Innowacyjności", "Gala", "Konkurs"], 12, 2023),
    dates=[D("2023-10-26", "2023-10-26", "26.10.2023 r.")],
    venues=[
        V("Warszawski Dom Technika NOT", "w Warszawskim Domu Technika NOT", ["Dom Technika NOT"], opt=True,
          note="building-level venue"),
        V("Warszawa", "Warszawskim Domu Technika NOT", opt=True, note="the city only as an adjective in the building's name"),
    ],
    people=[
        P("Ewa Mańkiewicz-Cudny", ["prezes", "członek kapituły", "członek"],
          "Ewa Mańkiewicz-Cudny, prezes Federacji Stowarzyszeń Naukowo-Technicznych NOT"),
        P("Stanisław Staszic", None, "Stanisława Staszica", opt=True, note="the competition's patron (in its name)"),
        P("Gabriel Narutowicz", None, "Gabriel Narutowicz", opt=True, note="quoted historical figure"),
    ],
    organizations=[
        O("Federacja Stowarzyszeń Naukowo-Technicznych NOT", "Federację Stowarzyszeń Naukowo-Technicznych NOT",
          ["FSNT-NOT", "NOT", "Naczelna Organizacja Techniczna"], note="also 'FSNT-NOT' and the genitive"),
        O("Ministerstwo Infrastruktury", "Ministerstwa Infrastruktury", ["MI"]),
        O("Główny Urząd Miar", "Głównego Urzędu Miar", ["GUM"]),
        O("Narodowe Centrum Badań i Rozwoju", "Narodowego Centrum Badań i Rozwoju", ["NCBR", "NCBiR"]),
        O("Urząd Patentowy RP", "Urzędu Patentowego RP", ["Urząd Patentowy Rzeczypospolitej Polskiej", "UPRP"]),
        O("Urząd Dozoru Technicznego", "Urząd Dozoru Technicznego", ["UDT"], note="nominative in a genitive list (sic)"),
        O("Polska Akademia Nauk", "Polskiej Akademii Nauk", ["PAN"]),
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polskiej Agencji Rozwoju Przedsiębiorczości", ["PARP"]),
        O("Województwo Mazowieckie", "Marszałka Województwa Mazowieckiego", opt=True, note="the marshal as patron"),
        O("Warszawski Dom Technika NOT", "Warszawskim Domu Technika NOT", ["Dom Technika NOT"], opt=True,
          note="the venue building"),
    ],
    not_dates=["'2022/2023' is inside the competition's name", "'XII edycji' is the edition"],
    note="FSNT-NOT news item on the gala of the 12th Laur Innowacyjności competition (Warsaw, 26 Oct 2023). "
         "Edition 12 from 'XII edycji'. No attendance counts. Cut at 'poniewa'.")

doc(ID[1814], None,
    E("IMM Cologne", ["IMM", "targi IMM Cologne", "IMM Cologne 2019"], None, 2019),
    dates=[
        D("2019-01", "2019-01", "date 2019-01", note="scraped month prefix: a date, not document_date"),
        D("2018", "2018", "w 2018 roku", note="twice"),
        D("2019", "2019", "w 2019 roku"),
        D("2017", "2017", "w 2017 roku"),
    ],
    venues=[V("Kolonia", "IMM Cologne", ["Cologne", "Köln"], opt=True, note="the city only inside the fair's name")],
    attendance=[A(65, "organizations", "exact", "65 polskich firm")],
    organizations=[O("Polska Agencja Inwestycji i Handlu", "Polska Agencja Inwestycji i Handlu", ["PAIH"],
                     note="also 'PAIH' (six times), 'Agencja'")],
    not_dates=["'49 mld zł', '2,7 mld zł', '50 mld zł', '47 mld zł', '50,1 mld' are amounts",
               "'90 proc.', '87 proc.', '36 proc.', '8 proc.', '6 proc.' are shares", "'2. miejsce' is a rank",
               "'dwa stoiska narodowe' counts stands", "'w poniedziałek' has no anchor",
               "Niemcy, Czechy, Wielka Brytania, Chiny are export markets, not venues"],
    note="Opens with the scraped ' date 2019-01'. PAIH's announcement of 65 Polish firms at IMM Cologne, with "
         "export statistics. Cut at 'e'.")

doc(ID[1815], None,
    E("Śniadanie ekspertów dotyczące klastrów energii",
      ["śniadanie ekspertów", "Klastry energii – śniadanie ekspertów", "śniadanie ekspertów dotyczące klastrów energii",
       "spotkanie"], None, None),
    dates=[D("XXXX-03-30", "XXXX-03-30", "W dniu 30 marca br.", note="'br.' with no year in the text")],
    clusters=[C("Polish Wood Cluster", "Polish Wood Cluster", note="twice")],
    people=[
        P("Jan Popczyk", None, "prof. dr hab. Jana Popczyka", note="academic title only; also 'Profesor Popczyk'"),
        P("Beata Wiszniewska", ["dyrektor generalny", "dyrektor"],
          "Beata Wiszniewska, dyrektor generalny Polskiej Izby Gospodarczej Energetyki Odnawialnej i Rozproszonej"),
        P("Zbigniew Szpak", "prezes", "Zbigniew Szpak, prezes Krajowej Agencji Poszanowania Energii"),
        P("Janusz Gajowiecki", "prezes", "Janusz Gajowiecki, prezes Polskiego Stowarzyszenia Energetyki Wiatrowej"),
        P("Iwona Gaweł", ["koordynatorka", "koordynator"], "Iwony Gaweł, koordynatorki Polish Wood Cluster",
          note="genitive; also 'Gaweł'"),
    ],
    organizations=[
        O("Teraz Środowisko", "redakcji Teraz Środowisko", opt=True, note="the publisher, organiser of the breakfast"),
        O("Polska Izba Gospodarcza Energetyki Odnawialnej i Rozproszonej",
          "Polskiej Izby Gospodarczej Energetyki Odnawialnej i Rozproszonej", ["PIGEOR"]),
        O("Krajowa Agencja Poszanowania Energii", "Krajowej Agencji Poszanowania Energii", ["KAPE"]),
        O("Polskie Stowarzyszenie Energetyki Wiatrowej", "Polskiego Stowarzyszenia Energetyki Wiatrowej", ["PSEW"]),
    ],
    not_dates=["'w ostatnich miesiącach' is vague", "'ustawy o OZE' is a law, not an organisation"],
    note="Opens with a newline. An editorial experts' breakfast on energy clusters (no place, no year). One named "
         "cluster. Cut at 'pr'.")

doc(ID[1816], None,
    E("InterMarE South Baltic Maritime Economy Exhibition",
      ["InterMarE", "Targi InterMarE", "InterMarE South Baltic", "targi InterMarE South Baltic",
       "Targi InterMarE South Baltic Maritime Economy Exhibition", "InterMarE South Baltic i Balt Military Expo",
       "Balt Military Expo 2021", "Balt Military Expo", "InterMarE – targi bez granic i barier", "targi"], None, 2021),
    venues=[
        V("online", "w wersji online", note="an online fair; also 'W konferencjach online'"),
        V("Gdańsk", "Międzynarodowe Targi Gdańskie", opt=True, note="the city only inside the organiser's name"),
    ],
    attendance=[
        A(220, "organizations", "exact", "220 wystawców"),
        A(800, "participants", "approx", "prawie 800 odwiedzających", note="'prawie': approx"),
        A(1500, "participants", "approx", "około 1500 osób", note="the online conferences of the fair"),
        A(532, "participants", "exact", "532 osób", note="registered for NatCon (a conference of the fair)"),
        A(447, "participants", "exact", "447 osób", note="registered for GreenMarE"),
        A(450, "participants", "exact", "450 uczestników", note="Sea.Tech conference"),
        A(357, "participants", "exact", "357 osób", opt=True, note="viewers of the firms' presentations on the main stage"),
    ],
    clusters=[C("Bałtycki Klaster Morski i Kosmiczny", "Bałtyckiego Klastra Morskiego i Kosmicznego",
                ["Baltic Sea & Space Cluster", "Baltic Sea i Space Cluster", "Baltic Sea and Space Cluster"],
                note="also 'Baltic Sea i Space Cluste' (the text is cut inside the English name)")],
    organizations=[
        O("Międzynarodowe Targi Gdańskie", "Międzynarodowe Targi Gdańskie", ["MTG"], note="also 'MTG'"),
        O("Magazyn Pomorski", "„Magazyn Pomorski”", opt=True, note="the publisher (a magazine)"),
    ],
    not_dates=["'Balt Military Expo 2021' is a year inside a name (gives the event year); no calendar date",
               "'Po pierwszym dniu' has no anchor", "'kilkuset przedstawicieli' is vague",
               "'3228 razy' counts views; 'około 170 spotkań biznesowych' counts meetings", "'44 minut' is a duration",
               "GreenMarE, NatCon, SeaTech / Sea.Tech are conferences of the fair (events)"],
    note="A regional magazine on the first online edition of the Gdańsk maritime fair InterMarE with Balt Military Expo "
         "2021: many counts (exhibitors, visitors, registrations of three conferences). Title printed twice, lines "
         "ending with a space. Not the gospodarkamorska.pl report of the same fair. Cut at 'Cluste'.")

doc(ID[1817], None,
    E("Wizyta Prezesa Centralnego Związku Rzemiosła Niemieckiego w ZRP",
      ["wizyta Prezesa Centralnego Związku Rzemiosła Niemieckiego", "wizyta", "spotkanie"], None, 2013),
    dates=[
        D("2013-05-21", "2013-05-21", "21 maja 2013 roku"),
        D("2014", "2014", "w 2014 roku", note="the planned trilateral meeting ('nie wcześniej niż')"),
    ],
    people=[
        P("Otto Kentzler", ["prezes", "wiceprezydent"],
          "Otto Kentzler, Prezes Centralnego Związku Rzemiosła Niemieckiego (ZDH) i Wiceprezydent UEAPME"),
        P("Jerzy Bartnik", "prezes", "Prezesowi Związku Rzemiosła Polskiego, Jerzemu Bartnikowi", note="dative"),
        P("Maciej Prószyński", ["dyrektor generalny", "dyrektor"], "Maciej Prószyński, Dyrektor Generalny ZRP"),
        P("Edyta Doboszyńska", "dyrektor", "Edyta Doboszyńska, Dyrektor Zespołu Koordynacji Spraw Europejskich"),
    ],
    organizations=[
        O("Centralny Związek Rzemiosła Niemieckiego", "Centralnego Związku Rzemiosła Niemieckiego",
          ["ZDH", "Zentralverband des Deutschen Handwerks"], note="title and first sentence; also 'ZDH'"),
        O("UEAPME", "UEAPME", ["Europejska Unia Rzemiosła, Małych i Średnich Przedsiębiorstw"],
          note="also the Polish name after a dash (four times in all)"),
        O("Związek Rzemiosła Polskiego", "Związku Rzemiosła Polskiego", ["ZRP"], note="also 'ZRP' (title and four more)"),
        O("Unia Europejska", "w Unii Europejskiej", ["UE"], opt=True, note="a topic"),
        O("Zespół Koordynacji Spraw Europejskich", "Zespołu Koordynacji Spraw Europejskich", opt=True,
          note="a unit of ZRP"),
    ],
    not_dates=["double spaces ('rzemieślniczych  oraz', 'strategii  UEAPME') kept"],
    note="The Polish crafts union's news item on a visit of the German crafts union's president (21 May 2013). No "
         "venue named (the visit took place at ZRP). Short (1,380 bytes) but rich in organisations and people.")

skipped(ID[1818], "uk", "Ukrainian: UNIAN news (Lviv, 13 October) on the 11th International Economic Forum in "
                        "Truskavets with a chamber of commerce's vice-president; language gate")
skipped(ID[1819], "lt", "Lithuanian: Verslo žinios on the 'Clusters meet Regions' event in Vilnius (26-27 April) with "
                        "matchmaking, the European Commission, ECCP, MITA and a cluster; language gate")
