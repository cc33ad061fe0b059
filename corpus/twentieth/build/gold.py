"""Hand-written gold for corpus/twentieth (ids 1900-1911), following corpus/GUIDE.md and the conventions of the
earlier gold sets (nineteenth, sixteenth and the other SOURCES.md).

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
SEJM = ["Sejm", "Sejm Rzeczypospolitej Polskiej", "Sejm RP"]

# ---------------------------------------------------------------------------------------------
doc(ID[1900], None,
    E("Regionalna gala nagród Orły Wprost",
      ["gala nagród Orły Wprost", "regionalna gala nagród ?Orły Wprost?", "Regionalna gala nagród ?Orły Wprost?",
       "Orły Wprost", "Orły WPROST 2023", "Orły Wprost 2023", "gala Orły Wprost", "gala"], None, 2023),
    dates=[D("2023-04-21", "2023-04-21", "W piątek 21 kwietnia",
             note="no year next to it; the year from 'Orły WPROST 2023' (21 Apr 2023 is a Friday)")],
    venues=[
        V("Bielsko-Biała", "w Bielsku-Białej"),
        V("Cavatina Hall", "w Cavatina Hall", opt=True, note="building-level venue"),
    ],
    people=[
        P("Aleksandra Jagieło", "prezes", "Aleksandra Jagieło - prezes Bialskiego Klubu Sportowego S.A.",
          note="twice (lead and the Sport category)"),
        P("Grzegorz Puda", "minister", "minister funduszy i polityki regionalnej Grzegorz Puda"),
        P("Jacek Kleszczewski", ["śląski komendant wojewódzki", "komendant wojewódzki", "komendant", "nadbrygadier"],
          "Nadbrygadier Jacek Kleszczewski - Śląski Komendant Wojewódzki Państwowej Straży Pożarnej"),
        P("Tomasz Bednarek", "prezes",
          "Tomasz Bednarek - Prezes Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej w Katowicach"),
        P("Grzegorz Matusiak", "poseł", "Grzegorz Matusiak - Poseł na Sejm RP"),
        P("Paweł Szczeszek", ["prezes zarządu", "prezes"], "Paweł Szczeszek - Prezes Zarządu TAURON Polska Energia S.A."),
        P("Jarosław Mazur", ["prezes zarządu", "prezes"],
          "Jarosław Mazur - Prezes Zarządu Zakładu Gospodarki Komunalnej w Zawierciu"),
        P("Janusz Michałek", ["prezes zarządu", "prezes"],
          "dr Janusz Michałek - Prezes Zarządu, Katowicka Specjalna Strefa Ekonomiczna S.A."),
        P("Zdzisława Dacko-Pikiewicz", "rektor",
          "Dr hab. Zdzisława Dacko-Pikiewicz - Rektor Akademii Wyższej Szkoły Biznesu"),
        P("Ireneusz Dudek", None, "Ireneusz Dudek", note="a laureate (Culture category) with no role given"),
    ],
    organizations=[
        O("Zakłady Tłuszczowe BIELMAR", "Zakłady Tłuszczowe BIELMAR",
          ["Zakłady Tłuszczowe BIELMAR Sp. z o.o.", "BIELMAR", "Zakłady Tłuszczowe Bielmar"],
          note="lead; again with 'Sp. z o.o.' in the list"),
        O("Bialski Klub Sportowy S.A.", "Bialskiego Klubu Sportowego S.A.", ["Bialski Klub Sportowy"],
          note="twice"),
        O("Ministerstwo Funduszy i Polityki Regionalnej", "funduszy i polityki regionalnej", ["MFiPR"], opt=True,
          note="only inside the lower-case title 'minister funduszy i polityki regionalnej'"),
        O("Państwowa Straż Pożarna", "Państwowej Straży Pożarnej",
          ["PSP", "Komenda Wojewódzka Państwowej Straży Pożarnej"], note="inside the commandant's title"),
        O("Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Katowicach",
          "Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej w Katowicach",
          ["WFOŚiGW w Katowicach", "WFOŚiGW", "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej"]),
        O("Sejm RP", "Sejm RP", SEJM, opt=True, note="inside 'Poseł na Sejm RP'"),
        O("Instytut Zootechniki Państwowy Instytut", "Instytut Zootechniki Państwowy Instytut",
          ["Instytut Zootechniki", "Instytut Zootechniki – Państwowy Instytut Badawczy"], note="a laureate"),
        O("Śląski Uniwersytet Medyczny w Katowicach", "Śląski Uniwersytet Medyczny w Katowicach",
          ["Śląski Uniwersytet Medyczny", "SUM"], note="a laureate"),
        O("Uniwersytet Śląski w Katowicach", "Uniwersytet Śląski w Katowicach", ["Uniwersytet Śląski", "UŚ"],
          note="a laureate"),
        O("TAURON Polska Energia S.A.", "TAURON Polska Energia S.A.", ["TAURON Polska Energia", "TAURON", "Tauron"]),
        O("Zakład Gospodarki Komunalnej w Zawierciu", "Zakładu Gospodarki Komunalnej w Zawierciu",
          ["Zakład Gospodarki Komunalnej", "ZGK w Zawierciu"]),
        O("Katowicka Specjalna Strefa Ekonomiczna S.A.", "Katowicka Specjalna Strefa Ekonomiczna S.A.",
          ["Katowicka Specjalna Strefa Ekonomiczna", "KSSE"]),
        O("Akademia Wyższej Szkoły Biznesu", "Akademii Wyższej Szkoły Biznesu", ["Akademia WSB", "WSB"]),
        O("Zespół Magurzanie", "Zespół Magurzanie", ["Magurzanie"], opt=True,
          note="a folk group (laureate in the Regional Culture category)"),
        O("Wprost", "Wprost", ["tygodnik Wprost"], opt=True, note="the magazine only inside the award name"),
    ],
    not_dates=["'Orły WPROST 2023' is a year inside a name (used as the year's anchor)"],
    note="bielsko.biz (local portal). The award name is given in broken quotes '?Orły Wprost?' (the page's "
         "quote marks lost), kept as returned. A list of laureates with roles and organisations (S.A., Sp. z o.o., "
         "universities, a state institute, a special economic zone). Cut at 'firm'. No document date.")

doc(ID[1901], None,
    E("Wielka Gala „30 lat Wolności RP”",
      ["WIELKA GALA „30 LAT WOLNOŚCI RP”", "WIELKA GALA „30 LAT WOLNOŚCI RP", "Wielka Gala 30 lat Wolności RP",
       "Gala 30 lat Wolności RP", "Wielka Gala", "gala"], None, 2019),
    dates=[
        D("2019-06-14", "2019-06-14", "14 czerwca 2019 r."),
        D("1989", "1989", "z rokiem 1989", note="the year of the 1989 changes"),
        D("2012", "2015", "w latach 2012 – 2015", note="Piechociński's term as minister"),
    ],
    venues=[V("Warszawa", "w Warszawie")],
    attendance=[A(750, "participants", "approx", "ok. 750 osób")],
    people=[
        P("Robert Składowski", ["gospodarz wieczoru", "prezes"],
          "Gospodarz Wieczoru Pan Robert Składowski – Prezes Federacji Przedsiębiorcy.pl"),
        P("Marian Banaś", "minister", "Ministra Finansów Pana Mariana Banasia", note="genitive"),
        P("Tomasz Tokarski", "doradca",
          "Doradca w Gabinecie Politycznym Ministra Finansów Pan Tomasz Tokarski"),
        P("Janusz Piechociński", ["wicepremier", "minister", "prezes"],
          "Pan Janusz Piechociński – Wicepremier, Minister Gospodarki w latach 2012 – 2015, a obecnie Prezes",
          note="former deputy PM and minister, now chamber president"),
        P("Piotr Podgórski", "wiceprezes", "Wiceprezes Federacji Pan Piotr Podgórski"),
        P("Witold Buczyński", ["członek zarządu", "członek"],
          "Członek Zarządu Mazowieckiej Izby Rzemiosła i Przedsiębiorczości Pan Witold Buczyński"),
    ],
    organizations=[
        O("Federacja Przedsiębiorcy.pl", "Federacji Przedsiębiorcy.pl", ["Przedsiębiorcy.pl", "Federacja"],
          note="also 'Wiceprezes Federacji'"),
        O("Ministerstwo Finansów", "Ministra Finansów", ["MF"], opt=True,
          note="only inside titles ('Ministra Finansów', 'Gabinecie Politycznym Ministra Finansów')"),
        O("Gabinet Polityczny Ministra Finansów", "Gabinecie Politycznym Ministra Finansów", opt=True),
        O("Ministerstwo Gospodarki", "Minister Gospodarki", opt=True, note="only inside a title"),
        O("Izba Przemysłowo-Handlowa Polska-Azja", "Izby Przemysłowo-Handlowej Polska-Azja",
          ["IPH Polska-Azja"]),
        O("Mazowiecka Izba Rzemiosła i Przedsiębiorczości", "Mazowieckiej Izby Rzemiosła i Przedsiębiorczości",
          ["MIRiP"]),
        O("Rada Programowa", "Rady Programowej", opt=True, note="the jury of the plebiscites"),
    ],
    not_dates=["'XVI edycji', 'XI edycji', 'XII edycji' are editions of the plebiscites, not of the gala",
               "'30 lat', '30-lecia' are an anniversary inside names"],
    note="Municipal archive page (Gmina Kościelec) about a Warsaw award gala. The gala has no edition of its own "
         "(edition null); the three plebiscites whose laureates it announced are XVI, XI and XII editions. Title "
         "quote unclosed ('„30 LAT WOLNOŚCI RP'), kept. Double spaces kept. Cut at 'eduka'.")

doc(ID[1902], None,
    E("Gala Biznesu 2023",
      ["Gala Biznesu", "Podsumowanie Gali Biznesu 2023", "Gala Biznesu 2023 w Podkarpackim Centrum "
       "Wystawienniczo-Kongresowym", "Podkarpacka Nagroda Gospodarcza", "Konkurs „Podkarpacka Nagroda Gospodarcza”",
       "Podkarpacka Nagroda Gospodarcza 2023", "gala"], None, 2023),
    dates=[D("2023-10-25", "2023-10-25", "Dnia 25 października", note="year from the title 'Gala Biznesu 2023'")],
    venues=[
        V("Podkarpackie Centrum Wystawienniczo-Kongresowe", "w Podkarpackim Centrum Wystawienniczo-Kongresowym",
          ["Centrum Wystawienniczo-Kongresowe", "Centrum Wystawienniczo-Kongresowe Województwa Podkarpackiego",
           "G2A Arena", "Jasionka"],
          note="title; again 'w Centrum Wystawienniczo-Kongresowym na Podkarpaciu'"),
        V("Podkarpacie", "na Podkarpaciu", opt=True, note="the region"),
    ],
    attendance=[
        A(123, "organizations", "exact", "123 przedsiębiorstwa", note="entrants of the competition"),
        A(18, "organizations", "exact", "18 firm", opt=True, note="firms awarded statuettes (a subgroup)"),
        A(26, "organizations", "exact", "26 produktów", opt=True,
          note="products certified, not organisations: debatable"),
    ],
    organizations=[
        O("Przyjazna Polska Sp. z o.o.", "Przyjazna Polska Sp. z o.o.", ["Przyjazna Polska"]),
        O("Centrum Promocji Biznesu", "Centrum Promocji Biznesu", ["CPB"]),
        O("Ministerstwo Funduszy i Polityki Regionalnej", "Ministerstwo Funduszy i Polityki Regionalnej",
          ["MFiPR"], note="honorary patron"),
        O("Senat RP", "Senatu RP", ["Senat", "Senat Rzeczypospolitej Polskiej"], opt=True,
          note="only inside 'Marszałek Senatu RP'"),
        O("Rada Ministrów", "Rady Ministrów", opt=True, note="only inside 'Wiceprezes Rady Ministrów'"),
        O("Ministerstwo Rolnictwa i Rozwoju Wsi", "Ministra Rolnictwa i Rozwoju Wsi", ["MRiRW"], opt=True,
          note="only inside a title"),
    ],
    not_dates=["'edycja 2023' and 'Gala Biznesu 2023' are years inside names (the year of the event)",
               "'W bieżącym roku' refers to 2023 (not a separate date)"],
    note="epodkarpacie.com (regional portal). A business gala with two award programmes ('Smaczne bo "
         "Podkarpackie' – a certification programme, not an organisation). No person named: the patrons are given by "
         "office only (Marszałek Senatu RP, Wiceprezes Rady Ministrów). Typo 'Galii' kept. No edition number.")

doc(ID[1903], "2019-03-05",
    E("Efektywna współpraca biznesu z nauką w kontekście Konstytucji dla Nauki oraz Konstytucji dla Biznesu",
      ["konferencja „Efektywna współpraca biznesu z nauką w kontekście Konstytucji dla Nauki oraz Konstytucji dla "
       "Biznesu”", "Efektywna współpraca biznesu z nauką", "konferencja"], None, 2019),
    dates=[
        D("2019-03-05", "2019-03-05", "05 marca 2019 20:32", note="publication date line (document_date)"),
        D("2019-02-26", "2019-02-26", "W dniu 26 lutego br.", note="'br.' = the document's year 2019"),
    ],
    venues=[
        V("Politechnika Warszawska", "w murach Politechniki Warszawskiej", ["Warszawa"],
          note="the conference venue is the university"),
    ],
    people=[
        P("Krzysztof Pietraszkiewicz", "prezes",
          "Pan Krzysztof Pietraszkiewicz, Prezes Polskiego Forum Akademicko-Gospodarczego",
          note="also president of the Polish Bank Association"),
        P("Arkadiusz Mężyk", ["wiceprezes", "rektor", "profesor"],
          "Pan Profesor Arkadiusz Mężyk, Wiceprezes Polskiego Forum Akademicko – Gospodarczego",
          note="also 'Rektor Politechniki Śląskiej'"),
    ],
    organizations=[
        O("Podkarpackie Centrum Innowacji", "Podkarpackiego Centrum Innowacji", ["PCI"]),
        O("Politechnika Warszawska", "Politechniki Warszawskiej", ["PW"], note="the venue"),
        O("Polskie Forum Akademicko-Gospodarcze", "Polskie Forum Akademicko - Gospodarcze",
          ["Polskie Forum Akademicko - Gospodarcze", "Polskie Forum Akademicko – Gospodarcze", "PFAG"],
          note="spelled three ways (hyphen with spaces, no spaces, en dash), several times"),
        O("Centrum Zarządzania Innowacjami i Transferem Technologii",
          "Centrum Zarządzania Innowacjami i Transferem Technologii",
          ["CZIiTT", "Centrum Zarządzania Innowacjami i Transferem Technologii Politechniki Warszawskiej"]),
        O("Związek Banków Polskich", "Związku Banków Polskich", ["ZBP"]),
        O("Politechnika Śląska", "Politechniki Śląskiej", ["PŚ"]),
    ],
    not_dates=["'Konstytucji dla Nauki', 'Konstytucji dla Biznesu' are laws (not organisations)"],
    note="pcinn.org (Podkarpackie Centrum Innowacji, a regional innovation centre). The title is repeated twice, "
         "then a date-time line. Conference at the Warsaw University of Technology. Cut at 'bizne'.")

doc(ID[1904], None,
    E("Pierwszy Business Mixer Polsko-Litewskiej Izby Handlowej",
      ["Business Mixer", "pierwszy Business Mixer", "Business Mixer Polsko-Litewskiej Izby Handlowej",
       "Pierwszy Business Mixer"], 1, None),
    dates=[D("XXXX-06-01", "XXXX-06-01", "W poniedziałek (1 czerwca)", note="no year anywhere in the text")],
    venues=[
        V("Wilno", "w Wilnie", ["Vilnius"]),
        V("Hotel Kempinski", "w Hotelu Kempinski", ["Kempinski Hotel Cathedral Square", "Kempinski"], opt=True,
          note="building-level venue"),
    ],
    attendance=[A(4, "organizations", "exact", "czterech nowych członków izby", opt=True,
                  note="new members presented (firms), not the participants as a whole")],
    people=[
        P("Jarosław Niewierowicz", "prezes", "prezes Polsko-Litewskiej Izby Handlowej Jarosław Niewierowicz",
          note="twice (also 'Jarosław Niewierowicz, prezes Polsko-Litewskiej Izby Handlowej')"),
        P("Małgorzata Kozicz", None, "Fot. Małgorzata Kozicz", opt=True, note="photo credit"),
    ],
    organizations=[
        O("Polsko-Litewska Izba Handlowa", "Polsko-Litewskiej Izby Handlowej", ["PLIH"],
          note="title (twice) and text (twice)"),
        O("Kempinski Hotel Cathedral Square", "Kempinski Hotel Cathedral Square", ["Hotel Kempinski", "Kempinski"],
          note="a new member of the chamber (also the venue)"),
        O("Triniti", "kancelarię prawną Triniti", ["kancelaria Triniti"], note="law firm, new member"),
        O("Investbudas LT", "Investbudas LT", ["Investbudas"], note="construction firm, new member"),
        O("U-Jędrusia", "firmę U-Jędrusia", note="food producer, new member"),
        O("Unia Europejska", "Unii Europejskiej", UE, opt=True, note="inside a quote"),
        O("zw.lt", "zw.lt", ["Zw.lt"], opt=True, note="the publisher's name line"),
    ],
    not_dates=["'4 mld euro obrotu rocznego' is money", "'w trzech krajach nadbałtyckich' is not attendance"],
    note="zw.lt (Polish-language portal in Lithuania). Edition 1 from 'Pierwszy Business Mixer'. No year anywhere: "
         "year null, date XXXX. Cut at 'du'.")

doc(ID[1905], "2017-04-05",
    E("Spotkanie izb zrzeszonych w Krajowej Izbie Gospodarczej",
      ["spotkanie izb zrzeszonych w Krajowej Izbie Gospodarczej z jej prezesem, Andrzejem Arendarskim",
       "spotkanie izb zrzeszonych w KIG", "spotkanie izb", "Spotkanie",
       "Krajowa Izba Gospodarcza i jej członkowie gośćmi PIPT i MTP"], None, 2017),
    dates=[D("2017-04-05", "2017-04-05", "W dniu 5 kwietnia br.",
             note="'br.' = 2017 from the source line '5 kwietnia 2017 r.' (same value, counted once)")],
    venues=[
        V("Międzynarodowe Targi Poznańskie", "na terenie Międzynarodowych Targów Poznańskich", ["MTP", "Poznań"]),
    ],
    people=[
        P("Andrzej Arendarski", "prezes", "Andrzej Arendarski, prezes KIG",
          note="also 'z jej prezesem, Andrzejem Arendarskim'"),
        P("Przemysław Trawa", ["prezes rady", "prezes"], "Przemysław Trawa, prezes Rady PIPT"),
    ],
    organizations=[
        O("Krajowa Izba Gospodarcza", "Krajowa Izba Gospodarcza", ["KIG"], note="title, text (inflected), 'KIG'"),
        O("Polska Izba Przemysłu Targowego", "Polskiej Izby Przemysłu Targowego", ["PIPT"],
          note="also 'PIPT' (title, 'Rady PIPT') and the nominative source line"),
        O("Międzynarodowe Targi Poznańskie", "Międzynarodowych Targów Poznańskich", ["MTP"],
          note="title 'MTP'; also the venue"),
        O("Rada PIPT", "Rady PIPT", ["Rada Polskiej Izby Przemysłu Targowego"], opt=True, note="a body of the chamber"),
        O("Sejm RP", "Sejmu RP", SEJM, opt=True, note="a bill filed with the Sejm"),
    ],
    note="polfair.pl (the exhibition industry chamber's news). The source line 'Źródło: Polska Izba Przemysłu "
         "Targowego, 5 kwietnia 2017 r.' gives the document date (and the year of 'br.').")

doc(ID[1906], None,
    E("Spotkanie przedstawicieli kierownictwa i koordynatorów klastrów z województwa mazowieckiego i lubelskiego",
      ["spotkanie przedstawicieli kierownictwa i koordynatorów klastrów", "spotkanie koordynatorów klastrów",
       "PARP o wsparciu klastrów w Polsce", "spotkanie"], None, 2019),
    dates=[D("2019-05-27", "2019-05-27", "27 maja 2019 r.")],
    venues=[V("Lublin", "w Lublinie")],
    clusters=[
        C("Klaster „Polska Natura”", "Klaster „Polska Natura”", ["Polska Natura", "Klaster Polska Natura"]),
        C("Krajowy Klaster Kluczowy", "Krajowego Klastra Kluczowego", ["KKK", "Krajowe Klastry Kluczowe"], opt=True,
          note="a status, not a named cluster (twice)"),
    ],
    people=[
        P("Krzysztof Kołacz", ["członek zarządu koordynatora klastra", "członek zarządu", "członek"],
          "Krzysztof Kołacz Członek Zarządu Koordynatora Klastra"),
        P("Andrzej Stępniewski", ["przewodniczący rady klastra", "przewodniczący"],
          "Andrzej Stępniewski Przewodniczący Rady Klastra"),
    ],
    organizations=[
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polskiej Agencji Rozwoju Przedsiębiorczości – PARP", ["PARP"],
          note="also 'PARP' in the title and the text"),
        O("Departament Analiz i Strategii", "Departamentu Analiz i Strategii",
          ["Departament Analiz i Strategii PARP"], opt=True, note="a department of PARP"),
    ],
    not_dates=["the regions (mazowieckie, lubelskie) are the clusters' origin, not venues"],
    note="klasterpolskanatura.pl (cluster's own news). Footer boilerplate (comment form) kept; it is the only text "
         "shared with two earlier Polska Natura pages (overlap_check.txt). Different event from those.")

doc(ID[1907], None,
    E("Gala jubileuszowa z okazji 25-lecia Rzeszowskiej Agencji Rozwoju Regionalnego",
      ["gala jubileuszowa z okazji 25-lecia Rzeszowskiej Agencji Rozwoju Regionalnego i 15-lecia Podkarpackiego "
       "Parku Naukowo-Technologicznego AEROPOLIS", "gala jubileuszowa", "Gala 25-lecia", "Gala 25-lecia działalności",
       "25-lecie Rzeszowskiej Agencji Rozwoju Regionalnego", "Rzeszowska Agencja Rozwoju Regionalnego ma 25 lat",
       "gala"], None, None),
    dates=[D("2003", "2003", "w 2003 r.", note="the park's founding agreement")],
    venues=[V("Rzeszów", "W  Rzeszowie", note="double space kept")],
    people=[
        P("Wojtek Janczura", None, "Zamieścił: Wojtek Janczura", opt=True, note="who posted the page"),
        P("Mariusz Bednarz", "prezes", "Mariusz Bednarz, prezes  Rzeszowskiej Agencji Rozwoju Regionalnego"),
        P("Ewa Leniart", "wojewoda", "Wojewoda podkarpacki Ewa Leniart"),
        P("Adam Hamryszczak", "podsekretarz stanu", "Adam Hamryszczak, podsekretarz stanu w Ministerstwie Rozwoju"),
        P("Krzysztof Ślęzak", ["dyrektor oddziału", "dyrektor"],
          "Dyrektor Oddziału Agencji Rozwoju Przemysłu S.A. w Mielcu Krzysztof Ślęzak"),
        P("Tomasz Łępa", None, "(Tomasz Łępa)", opt=True, note="author line at the end"),
    ],
    organizations=[
        O("Rzeszowska Agencja Rozwoju Regionalnego", "Rzeszowska Agencja Rozwoju Regionalnego", ["RARR", "RARR S.A."],
          note="title; inflected three times more"),
        O("Podkarpacki Park Naukowo-Technologiczny AEROPOLIS", "Podkarpackiego Parku Naukowo-Technologicznego AEROPOLIS",
          ["Podkarpacki Park Naukowo-Technologiczny", "AEROPOLIS", "Aeropolis", "PPNT AEROPOLIS", "PPNT"],
          note="also 'Podkarpacki  Park Naukowo –Technologiczny' (odd spacing)"),
        O("Ministerstwo Rozwoju", "Ministerstwie Rozwoju", ["MR"]),
        O("Agencja Rozwoju Przemysłu S.A.", "Agencji Rozwoju Przemysłu S.A.", ["Agencja Rozwoju Przemysłu", "ARP",
          "ARP S.A.", "Agencja Rozwoju Przemysłu S.A. w Mielcu", "Oddział Agencji Rozwoju Przemysłu S.A. w Mielcu"],
          note="its Mielec branch"),
    ],
    not_dates=["'25-lecia', '15-lecia', 'ma 25 lat' are anniversaries", "'ponad 25 lat kariery' is a duration",
               "'Data publikacji:' is empty", "Mielec is the seat of a branch, not a venue"],
    note="leliwa.pl (local portal, radio-style report: 'Mówi ...:' lines introduce audio quotes not in the text). "
         "The year is not printed (25 years of RARR; the park, agreed in 2003, has 15 years, which implies 2018, "
         "but no date is written): event year null. Odd spacing kept.")

doc(ID[1908], None,
    E("Konferencja otwierająca projekt REGIOGMINA",
      ["konferencja otwierająca projekt", "konferencja otwierająca projekt „Usytuowanie na poziomie samorządów "
       "lokalnych instrumentów wsparcia dla MŚP, działających w oparciu o model wielopoziomowego zarządzania regionem "
       "(REGIOGMINA)”", "REGIOGMINA", "konferencja"], None, 2019),
    dates=[D("2019-03-11", "2019-03-11", "Dnia 11 marca 2019 roku")],
    venues=[
        V("Urząd Marszałkowski Województwa Kujawsko-Pomorskiego", "w Urzędzie Marszałkowskim Województwa "
          "Kujawsko-Pomorskiego", ["UMWKP", "Toruń"], note="the venue is the regional office"),
    ],
    organizations=[
        O("Urząd Marszałkowski Województwa Kujawsko-Pomorskiego", "Urzędzie Marszałkowskim Województwa "
          "Kujawsko-Pomorskiego", ["UMWKP"], note="also 'UMWKP' in the photo credit"),
        O("Samorząd Województwa Kujawsko-Pomorskiego", "samorząd województwa kujawsko-pomorskiego",
          ["samorząd województwa kujawsko-pomorskiego", "Województwo Kujawsko-Pomorskie"], note="project leader"),
        O("Szkoła Główna Handlowa", "Szkoła Główna Handlowa", ["SGH", "Szkoła Główna Handlowa w Warszawie"],
          note="partner"),
        O("Uniwersytet Mikołaja Kopernika w Toruniu", "Uniwersytet Mikołaja Kopernika w Toruniu",
          ["Uniwersytet Mikołaja Kopernika", "UMK"], note="partner"),
        O("Narodowe Centrum Badań i Rozwoju", "Narodowe Centrum Badań i Rozwoju", ["NCBR", "NCBiR"], note="funder"),
        O("Kujawsko-Pomorski Fundusz Rozwoju", "KPFR", ["KPFR", "kpfr"], opt=True,
          note="the publisher, only as 'kpfr' (breadcrumb) and 'KPFR' (photo credit)"),
    ],
    people=[P("Mikołaj Kuras", None, "Mikołaj Kuras", opt=True, note="photo credit")],
    not_dates=["'w 32 miesiące' is a duration", "'10,5 miliona' is money",
               "'Gospostrateg' is a programme, not an organisation"],
    note="kpfr.pl (a regional development fund). An opening conference of an NCBR-funded project; audience by "
         "office only (mayors, starosts), no person named except the photographer.")

doc(ID[1909], "2014-05-26",
    E("Konferencja zamykająca projekt „Aglomeracja 2020 – wizje rozwoju Polskich i Słowackich obszarów funkcjonalnych "
      "po 2013 roku”",
      ["Konferencja zamykająca projekt", "Konferencja Zamykająca projekt", "Konferencja Zamykająca projekt "
       "„Aglomeracja 2020 – wizje rozwoju Polskich i Słowackich obszarów funkcjonalnych po 2013 roku”",
       "Aglomeracja 2020", "konferencja"], None, 2014),
    dates=[
        D("2014-05-23", "2014-05-23", "23 maja br.", note="'br.' = 2014 from 'Data dodania: 2014-05-26'"),
        D("2014-05-26", "2014-05-26", "Data dodania: 2014-05-26", note="date added (document_date)"),
        D("2013", "2013", "po 2013 roku", opt=True, note="inside the project's name (twice)"),
        D("2014", "2020", "na lata 2014 – 2020", opt=True, note="inside the strategy's title"),
    ],
    venues=[
        V("Rzeszów", "w Rzeszowie"),
        V("Hotel Ambasadorski", "w Hotelu Ambasadorskim", opt=True, note="building-level venue"),
    ],
    people=[
        P("Józef Jodłowski", ["przewodniczący zarządu", "przewodniczący"],
          "Przewodniczącego Zarządu Stowarzyszenia Samorządów Terytorialnych „Aglomeracja Rzeszowska” pana Józefa "
          "Jodłowskiego", note="genitive"),
        P("Lucyna Sokołowska", "koordynator", "Koordynator projektu, Pani Lucyna Sokołowska"),
        P("Wojciech Goleman", None, "Pan Wojciech Goleman"),
        P("Krzysztof Kaszuba", "ekspert", "nasz ekspert, Pan Krzysztof Kaszuba"),
        P("Dawid Lasek", "wiceprezes", "Wiceprezes Stowarzyszenia Euroregion Karpacki Polska, Pan Dawid Lasek"),
    ],
    organizations=[
        O("Stowarzyszenie Samorządów Terytorialnych „Aglomeracja Rzeszowska”",
          "Stowarzyszenia Samorządów Terytorialnych „Aglomeracja Rzeszowska”",
          ["Stowarzyszenie Samorządów Terytorialnych Aglomeracja Rzeszowska", "Aglomeracja Rzeszowska"]),
        O("Stowarzyszenie Euroregion Karpacki Polska", "Stowarzyszenia Euroregion Karpacki Polska",
          ["Euroregion Karpacki Polska", "Euroregion Karpacki"]),
        O("Miasto Snina", "Miastem Snina", ["Snina"], opt=True, note="a Slovak town as a signatory"),
        O("Miasto Svidnik", "Svidnik", ["Svidnik"], opt=True, note="a Slovak town as a signatory"),
        O("Kraj Preszowski", "Kraju Preszowskiego", ["Preszowski Kraj Samorządowy"], opt=True,
          note="a Slovak region, inside the strategy's title"),
    ],
    not_dates=["'Aglomeracja 2020' is a name (project), not a date", "Słowacja: the towns' country, not a venue"],
    note="aglomeracjarzeszowska.pl (an association of local governments). Lines with a single space kept. "
         "'Data dodania: 2014-05-26' gives the document date and the year of 'br.'.")

doc(ID[1910], None,
    E("Walne Zgromadzenie Członków Krajowej Izby Targowej",
      ["Walne zgromadzenie KIT", "Walne zgromadzenie członków Krajowej Izby Targowej", "Walne Zgromadzenie",
       "walne zgromadzenie"], None, 2021),
    dates=[D("2021-04-15", "2021-04-15", "W dniu 15 kwietnia 2021 r.")],
    people=[
        P("Jerzy Romański", ["prezes zarządu", "wiceprezes zarządu", "prezes", "wiceprezes"],
          "Wiceprezesa Zarządu Ogólnopolskiej Federacji Przedsiębiorców i Prezesa Zarządu Łódzkiej Federacji Kupieckiej "
          "Jerzego Romańskiego", note="appointed President of the chamber's board (genitive)"),
        P("Bogdan Bujak", ["wiceprezes zarządu", "wiceprezes"], "Bogdana Bujaka (Wiceprezes Zarządu Stowarzyszenia Polskich Producentów Odzieży)",
          note="genitive"),
        P("Dariusz Drąg", ["wiceprezes zarządu", "wiceprezes", "b. prezes zarządu", "ekspert"],
          "Dariusza Drąga (b. Prezes Zarządu Izby i wybitny ekspert targowy)"),
        P("Ryszard Marcińczak", ["członek zarządu", "radca"],
          "Ryszarda Marcińczaka (Radca Krajowej Izby Gospodarczej"),
        P("Andrzej Szulc", ["członek zarządu", "przedsiębiorca", "ekspert"],
          "Andrzeja Szulca (wieloletni przedsiębiorca i ekspert rynku obuwniczego i skórzanego)"),
        P("Tomasz Szypuła", "prezes", "Prezesa Ptak Warsaw Expo i Ogólnopolskiej Federacji PrzedsiębiorcówTomasza "
          "Szypuły", note="the name is glued to the previous word ('PrzedsiębiorcówTomasza'), as returned"),
    ],
    organizations=[
        O("Krajowa Izba Targowa", "Krajowej Izby Targowej", ["KIT"], note="title 'KIT'; inflected several times"),
        O("Ogólnopolska Federacja Przedsiębiorców", "Ogólnopolskiej Federacji Przedsiębiorców", ["OFP"],
          note="twice (the second glued to 'Tomasza')"),
        O("Łódzka Federacja Kupiecka", "Łódzkiej Federacji Kupieckiej"),
        O("Stowarzyszenie Polskich Producentów Odzieży", "Stowarzyszenia Polskich Producentów Odzieży"),
        O("Krajowa Izba Gospodarcza", "Krajowej Izby Gospodarczej", ["KIG"]),
        O("Warszawska Izba Gospodarcza", "Warszawskiej Izby Gospodarczej", ["WIG"]),
        O("Ptak Warsaw Expo", "Ptak Warsaw Expo"),
    ],
    not_dates=["'od ponad roku' is a duration", "'100% dofinansowania' is a share",
               "'TARGI PLUS', 'POLSKI BON TARGOWY' are programmes"],
    note="krajowaizbatargowa.com (a trade fair chamber). A general assembly electing a board: many people with "
         "roles in brackets after genitive names. No venue. Cut at 'sprawi'.")

doc(ID[1911], "2010-10-09",
    E("Seminarium poświęcone roli i zadaniom agencji rozwoju regionalnego w ujęciu nowej polityki regionalnej",
      ["seminarium poświęcone roli i zadaniom agencji rozwoju regionalnego", "seminarium",
       "Seminarium nt. roli agencji rozwoju regionalnego w kontekście KSRR"], None, 2010),
    dates=[
        D("2010-10-08", "2010-10-08", "W piątek 8 października",
          note="year from the date line '9.10.2010' (8 Oct 2010 is a Friday)"),
        D("2010-07", "2010-07", "w lipcu 2010r", note="adoption of the national strategy"),
        D("2010-10-09", "2010-10-09", "9.10.2010", note="date line at the end (document_date)"),
        D("2010", "2020", "2010 - 2020", opt=True, note="inside the strategy's title (twice)"),
    ],
    venues=[V("siedziba DARR S.A.", "w siedzibie DARR S.A", ["DARR S.A.", "DARR", "Wałbrzych"], opt=True,
              note="the agency's seat; the town is not named")],
    people=[
        P("Piotr Żuber", ["dyrektor departamentu", "dyrektor"],
          "Dyrektor Departamentu Koordynacji Polityki strukturalnej Ministerstwa Rozwoju Regionalnego należący do "
          "grona współautorów „Krajowej Strategii Rozwoju Regionalnego 2010-2020\" - Pan Piotr Żuber"),
    ],
    organizations=[
        O("DARR S.A.", "DARR S.A", ["DARR", "DARR S.A", "Dolnośląska Agencja Rozwoju Regionalnego",
                                    "Dolnośląska Agencja Rozwoju Regionalnego S.A."], note="the host"),
        O("Rada Ministrów", "Radę Ministrów", ["RM"]),
        O("Ministerstwo Rozwoju Regionalnego", "Ministerstwa Rozwoju Regionalnego", ["MRR"]),
        O("Departament Koordynacji Polityki Strukturalnej", "Departamentu Koordynacji Polityki strukturalnej",
          ["Departament Koordynacji Polityki strukturalnej"], opt=True, note="a department of the ministry"),
    ],
    not_dates=["'Krajowa Strategia Rozwoju Regionalnego 2010 - 2020' is a document, not an organisation"],
    note="darr.pl (Dolnośląska Agencja Rozwoju Regionalnego; only 'DARR S.A' in the text). Dolny Śląsk is the "
         "agencies' area, not a venue. Date line '9.10.2010' at the end = document_date.")
