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
