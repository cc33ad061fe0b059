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
       "Gala 30 lat Wolności RP", "Wielka Gala", "gala", "Orły Polskiej Przedsiębiorczości",
       "Plebiscyt „Orły Polskiej Przedsiębiorczości”"], None, 2019),
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

# ---------------------------------------------------------------------------------------------
doc(ID[1912], "2017-10-11",
    E("Konferencja kanclerzy i kwestorów polskich uczelni technicznych",
      ["konferencja kanclerzy i kwestorów polskich uczelni technicznych", "Konferencja kanclerzy i kwestorów "
       "polskich uczelni technicznych na UZ", "trzydniowa konferencja kanclerzy i kwestorów polskich uczelni "
       "technicznych", "konferencja"], None, 2017),
    dates=[
        D("2017-10-11", "2017-10-11", "11 października 2017 r.",
          note="date line under the title (document_date); again 'w środę 11 października br.' (same value)"),
        D("2017-09", "2017-09", "Od września tego roku", note="also 'we wrześniu br.' (same value)"),
    ],
    venues=[
        V("Uniwersytet Zielonogórski", "na Uniwersytecie Zielonogórskim", ["UZ", "Zielona Góra"],
          note="also 'na UZ' in the title"),
    ],
    people=[
        P("Tadeusz Kuczyński", "rektor",
          "JM Rektor Uniwersytetu Zielonogórskiego prof. dr hab. inż. Tadeusz Kuczyński",
          note="also 'Rektor UZ, prof. Tadeusz Kuczyński'"),
        P("Wojciech Strzyżewski", "prorektor", "prorektor d/s studenckich prof. dr hab. Wojciech Strzyżewski"),
        P("Magdalena Graczyk", "prorektor", "prorektor d/s jakości kształcenia prof. dr hab. inż. Magdalena Graczyk"),
        P("Giorgi Melikidze", "prorektor",
          "prorektor d/s nauki i współpracy z zagranicą prof. dr hab. Giorgi Melikidze"),
        P("Andrzej Pieczyński", "prorektor", "prorektor d/s rozwoju dr hab. inż. Andrzej Pieczyński, prof. UZ"),
        P("Dariusz Lesicki", "wiceprezydent", "wiceprezydent miasta Zielona Góra Dariusz Lesicki"),
        P("Henryk Zioło", ["przewodniczący", "kanclerz"],
          "przewodniczący Konwentu Kanclerzy i Kwestorów Polskich Uczelni Technicznych, kanclerz Akademii "
          "Górniczo-Hutniczej im. Stanisława Staszica w Krakowie – Henryk Zioło"),
        P("Wojciech Grzelecki", ["dyrektor generalny", "dyrektor", "szef zespołu", "szef"],
          "dyrektor generalny Agencji Szkolenia i Promocji Kadr, szef zespołu ds. Nauki i Szkolnictwa Wyższego – dr "
          "Wojciech Grzelecki"),
        P("Katarzyna Łasińska", "kanclerz", "kanclerz Uniwersytetu Zielonogórskiego Katarzyna Łasińska"),
    ],
    organizations=[
        O("Uniwersytet Zielonogórski", "Uniwersytet Zielonogórski", ["UZ"],
          note="the first line; inflected and 'UZ' many times"),
        O("Konwent Kanclerzy i Kwestorów Polskich Uczelni Technicznych",
          "Konwentu Kanclerzy i Kwestorów Polskich Uczelni Technicznych"),
        O("Akademia Górniczo-Hutnicza im. Stanisława Staszica w Krakowie",
          "Akademii Górniczo-Hutniczej im. Stanisława Staszica w Krakowie", ["AGH", "Akademia Górniczo-Hutnicza"]),
        O("Agencja Szkolenia i Promocji Kadr", "Agencji Szkolenia i Promocji Kadr"),
        O("Zespół ds. Nauki i Szkolnictwa Wyższego", "zespołu ds. Nauki i Szkolnictwa Wyższego", opt=True,
          note="a team, only inside a title"),
        O("Miasto Zielona Góra", "miasta Zielona Góra", ["Zielona Góra"], opt=True, note="inside a title"),
        O("Politechnika Zielonogórska", "Politechniki Zielonogórskiej", opt=True, note="a former university"),
        O("Wyższa Szkoła Pedagogiczna", "Wyższej Szkoły Pedagogicznej", ["WSP"], opt=True,
          note="a former university"),
        O("Państwowa Wyższa Szkoła Zawodowa w Sulechowie", "Państwową Wyższą Szkołą Zawodową w Sulechowie",
          ["PWSZ w Sulechowie", "Państwowa Wyższa Szkoła Zawodowa"], note="merged with UZ"),
        O("Serwis Informacyjny Uniwersytetu Zielonogórskiego", "Serwis Informacyjny Uniwersytetu Zielonogórskiego",
          opt=True, note="the publisher's site name"),
    ],
    not_dates=["'trzydniowa' is a duration", "'minionych 4. lat' is a duration",
               "Sulechów is the seat of a merged school, not a venue"],
    note="University news service (infoserwis.uz.zgora.pl). Page header junk ('A-  A   A+     kontakt | PL') and "
         "lines with one space kept. Many people with university roles ('prorektor d/s ...'). Cut at 'kt'.")

doc(ID[1913], "2023-10-06",
    E("Konferencja dotycząca dyplomacji ekonomicznej dla biznesu",
      ["konferencja dotycząca dyplomacji ekonomicznej dla biznesu", "O dyplomacji ekonomicznej w ŁUW",
       "konferencja"], None, 2023),
    dates=[D("2023-10-06", "2023-10-06", "06.10.2023", note="date line (document_date); 'dzisiejsze' = the same day")],
    venues=[
        V("Łódzki Urząd Wojewódzki", "w Łódzkim Urzędzie Wojewódzkim", ["ŁUW", "Łódź"],
          note="also 'w ŁUW' in the title"),
    ],
    people=[
        P("Karol Młynarczyk", None, "Karol Młynarczyk", note="no role in the text (the voivode)"),
        P("Zbigniew Rau", "minister", "Ministrem Spraw Zagranicznych, prof.Zbigniew Rau",
          note="'prof.Zbigniew' without a space; also 'minister resortu polityki zagranicznej prof. Rau'"),
    ],
    organizations=[
        O("Ministerstwo Spraw Zagranicznych", "Ministerstwa Spraw Zagranicznych", ["MSZ"], note="twice"),
        O("Łódzki Urząd Wojewódzki", "Łódzkim Urzędzie Wojewódzkim", ["ŁUW"], note="also the venue"),
    ],
    not_dates=["'Zdjęcia (3)' is a photo count", "the JSON fragment at the end is page junk"],
    note="gov.pl (Łódź voivode's office). Opens with the gov.pl cookie notice (shared boilerplate with an earlier "
         "gov.pl page, see overlap_check.txt) and ends with a JSON fragment '{\"register\":...}', kept.")

doc(ID[1914], None,
    E("Dyplomatyczne Otwarcie Roku 2020", ["Dyplomatyczne Otwarcie Roku", "DOR 2020", "DOR"], None, 2020),
    dates=[],
    venues=[
        V("Centrum Olimpijskie", "W warszawskim Centrum Olimpijskim", ["Centrum Olimpijskie PKOl", "Warszawa"],
          note="the building in Warsaw (Warsaw only as the adjective 'warszawskim')"),
    ],
    people=[
        P("Małgorzata Jarosińska-Jedynak", "minister",
          "Minister Funduszy i Polityki Regionalnej Małgorzata Jarosińska-Jedynak", note="twice"),
        P("Krzysztof Mazur", "podsekretarz stanu", "podsekretarz stanu w Ministerstwie Rozwoju Krzysztof Mazur"),
        P("Adam Guibourgé-Czetwertyński", "podsekretarz stanu",
          "podsekretarz stanu w Ministerstwie Klimatu Adam Guibourgé – Czetwertyński",
          aliases=["Adam Guibourgé – Czetwertyński", "Adam Guibourgé - Czetwertyński"],
          note="surname with a spaced dash"),
        P("Marek Całka", ["dyrektor departamentu", "dyrektor"],
          "Dyrektor Departamentu Współpracy Ekonomicznej w Ministerstwie Spraw Zagranicznych Marek Całka"),
        P("Piotr Pilch", "wicemarszałek", "wicemarszałek Piotr Pilch", note="also 'wicemarszałka Piotra Pilcha'"),
    ],
    organizations=[
        O("Krajowa Izba Gospodarcza", "Krajowej Izby Gospodarczej", ["KIG"], note="organiser; twice"),
        O("Ministerstwo Funduszy i Polityki Regionalnej", "Funduszy i Polityki Regionalnej", ["MFiPR"], opt=True,
          note="only inside 'Minister Funduszy i Polityki Regionalnej'"),
        O("Ministerstwo Rozwoju", "Ministerstwie Rozwoju", ["MR"]),
        O("Ministerstwo Klimatu", "Ministerstwie Klimatu", ["MK"]),
        O("Ministerstwo Spraw Zagranicznych", "Ministerstwie Spraw Zagranicznych", ["MSZ"]),
        O("Departament Współpracy Ekonomicznej", "Departamentu Współpracy Ekonomicznej",
          ["Departament Współpracy Ekonomicznej MSZ"], opt=True, note="a department of the ministry"),
        O("Województwo Podkarpackie", "Województwo Podkarpackie", ["województwo podkarpackie"], opt=True,
          note="the region as strategic partner (also 'województwa podkarpackiego')"),
    ],
    not_dates=["'2020' only inside the event name; no calendar date is printed",
               "'30-lecia' is an anniversary", "'kilkaset osób' gives no number (not annotated)"],
    note="podkarpackie.pl (regional government's promotion news). Opens with the junk word 'czołówka' glued to "
         "the first word ('czołówkaDyplomatyczne'), kept. No date printed: dates empty, year 2020 from the name. "
         "Cut at 'spotkał s'.")

doc(ID[1915], None,
    E("Pierwsze Forum Dialogu Administracji Publicznej z Biznesem",
      ["Forum Dialogu Administracji Publicznej z Biznesem", "pierwsze Forum Dialogu Administracji Publicznej z "
       "Biznesem", "Forum"], 1, 2022),
    dates=[D("2022-06-30", "2022-06-30", "30 czerwca 2022 r.")],
    venues=[
        V("Stawiguda", "w Stawigudzie"),
        V("Gminny Ośrodek Kultury w Stawigudzie", "w Gminnym Ośrodku Kultury w Stawigudzie",
          ["Gminny Ośrodek Kultury", "GOK w Stawigudzie"], opt=True, note="building-level venue"),
    ],
    clusters=[C("Klaster Obróbki Metali", "Klastra Obróbki Metali", note="only its president is mentioned")],
    people=[P("Michał Kontraktowicz", "wójt", "Michał Kontraktowicz Wójt Gminy Stawiguda")],
    organizations=[
        O("Stowarzyszenie Wspierania Przedsiębiorczości na Warmii, Mazurach i Powiślu INCEPTUM",
          "Stowarzyszenie Wspierania Przedsiębiorczości na Warmii, Mazurach i Powiślu INCEPTUM",
          ["INCEPTUM", "Stowarzyszenie INCEPTUM", "Stowarzyszenie Wspierania Przedsiębiorczości na Warmii, Mazurach "
           "i Powiślu"], note="also 'w Stowarzyszeniu INCEPTUM'"),
        O("Gmina Stawiguda", "Gminy Stawiguda", ["Stawiguda"], opt=True, note="inside the mayor's title"),
        O("Warmińsko-Mazurska Specjalna Strefa Ekonomiczna", "Warmińsko-Mazurskiej Specjalnej Strefy Ekonomicznej",
          ["WMSSE"]),
        O("Rada Powiatu Olsztyńskiego", "Rady Powiatu Olsztyńskiego"),
        O("Gminny Ośrodek Kultury w Stawigudzie", "Gminnym Ośrodku Kultury w Stawigudzie", ["GOK w Stawigudzie"],
          opt=True, note="the venue building"),
    ],
    not_dates=["'Wójtowie Gmin Stawiguda, Purda i Jonkowo' are offices without names",
               "'w setkach miliardów dolarów' is money", "'Miejski Obszar Funkcjonalny' is an area"],
    note="inceptum.org.pl (an entrepreneurs' association). Share buttons junk kept. Edition 1 from 'Pierwsze'. "
         "Cut at 'ale'.")

doc(ID[1916], None,
    E("II Lokalne Forum Biznesu", ["Lokalne Forum Biznesu", "drugie Lokalne Forum Biznesu", "Forum"], 2, None),
    dates=[
        D("XXXX-05-26", "XXXX-05-26", "26 maja", note="no year anywhere in the text"),
        D("1990", "1999", "w latach 90", opt=True, note="a decade (the vice-starost's business experience)"),
    ],
    venues=[V("Poczesna", "w Poczesnej", note="twice")],
    people=[
        P("Dariusz Jadczyk", "prezes", "Dariusz Jadczyk – prezes Regionalnej Organizacji Pracodawców",
          note="also 'prezes Jadczyk' (twice)"),
        P("Robert Chądzyński", "prezes", "Robert Chądzyński – prezes Stowarzyszenia w Gminie Poczesna",
          note="also 'Prezes Robert Chądzyński'"),
        P("Piotr Krawczyk", "dyrektor", "Pana Piotra Krawczyka z Powiatowego Urzędu Pracy",
          note="genitive; the role follows in the next sentence ('Pan Dyrektor')"),
        P("Janusz Krakowian", "wicestarosta", "wicestarosta częstochowski Janusz Krakowian"),
        P("Andrzej Lech", ["zastępca wójta", "zastępca"], "zastępca wójta gminy Poczesna – Andrzej Lech"),
    ],
    organizations=[
        O("Regionalna Organizacja Pracodawców w Częstochowie", "Regionalna Organizacja Pracodawców w Częstochowie",
          ["Regionalna Organizacja Pracodawców", "ROP"], note="also 'Regionalnej Organizacji Pracodawców'"),
        O("Stowarzyszenie w Gminie Poczesna", "Stowarzyszenie w Gminie Poczesna", note="twice"),
        O("Powiatowy Urząd Pracy", "Powiatowego Urzędu Pracy", ["Powiatowy Urząd Pracy w Częstochowie", "PUP"]),
        O("Gmina Poczesna", "gminy Poczesna", ["Poczesna"], opt=True, note="inside a title"),
    ],
    not_dates=["'I Forum' is the previous edition (not a date)", "'W tym roku' has no year to anchor it"],
    note="wgminiepoczesna.pl (local portal). Edition 2 from 'II Lokalne Forum Biznesu' and 'drugie'. No year "
         "anywhere: year null. Częstochowa is the seat of the organiser and the district, not a venue. Cut at "
         "'doświadcze'.")

doc(ID[1917], None,
    E("III Kongres Forum Gospodarczego Powiatu Wołomińskiego",
      ["Kongres Forum Gospodarczego Powiatu Wołomińskiego", "II Kongres Forum Gospodarczego Powiatu Wołomińskiego",
       "trzeci kongres", "Kongres", "kongres"], 3, None),
    dates=[
        D("XXXX-09-08", "XXXX-09-08", "8 września",
          note="no year printed in the text (only the photo file name '2018-09-13_212152', which is not a date)"),
        D("2016-01", "2016-01", "w styczniu 2016 roku", note="founding of the forum"),
    ],
    venues=[
        V("Tłuszcz", "w Tłuszczu"),
        V("Hotel „Batory”", "w Hotelu „Batory”", ["Hotel Batory", "Batory"], opt=True, note="building-level venue"),
    ],
    attendance=[A(45, "participants", "exact", "45 przedstawicieli", opt=True,
                  note="members of the forum, not the congress audience")],
    people=[
        P("Kazimierz Rakowski", "starosta", "Kazimierza Rakowskiego, starostę wołomińskiego",
          note="also 'starosta Kazimierz  Rakowski' (double space)"),
        P("Tadeusz Redyk", "przewodniczący", "Tadeusza Redyka, przewodniczącego FGPW",
          note="also 'przewodniczący Tadeusz Redyk'"),
        P("Witold Modzelewski", None, "prof. dr hab. Witolda Modzelewskiego", note="academic title only (genitive)"),
    ],
    organizations=[
        O("Forum Gospodarcze Powiatu Wołomińskiego", "Forum Gospodarczego Powiatu Wołomińskiego", ["FGPW"],
          note="the body holding the congress; 'FGPW' once"),
        O("Mazowieckie Forum Biznesu i Nauki", "Mazowieckie Forum Biznesu i Nauki"),
        O("Klub Biznesu", "Klub Biznesu", opt=True, note="generic ('organizacji gospodarczych typu Klub Biznesu')"),
        O("Cech Rzemiosł i Przedsiębiorczości", "Cech Rzemiosł i Przedsiębiorczości", opt=True, note="generic"),
        O("Izba Gospodarcza", "Izba Gospodarcza", opt=True, note="generic"),
    ],
    not_dates=["'2018-09-13_212152' is a photo file name, not a date", "'dwa lata pracy' is a duration"],
    note="zyciepw.pl (local weekly, Wołomin district). The title says 'III Kongres', the first sentence 'II Kongres' "
         "(a slip; 'Dzisiejszy, trzeci kongres' in the quote): edition 3, 'II Kongres ...' kept as an alias. The "
         "year 2018 is only in a photo file name: year null, date XXXX. Cut at 'jes'.")

doc(ID[1918], None,
    E("I Kongres Forum Gospodarczego Powiatu Wołomińskiego",
      ["Kongres Forum Gospodarczego Powiatu Wołomińskiego", "Forum Gospodarcze Powiatu Wołomińskiego",
       "Stawiamy na rozwój! Forum Gospodarcze Powiatu Wołomińskiego!", "Kongres"], 1, None),
    dates=[
        D("XXXX-02-17", "XXXX-02-17", "17 lutego", note="no year anywhere in the text"),
        D("XXXX-01", "XXXX-01", "w styczniu tego roku", opt=True, note="founding of the forum, year unknown"),
    ],
    venues=[V("Zielonka", "w Zielonce")],
    attendance=[A(40, "participants", "more_than", "ponad 40 osób", opt=True,
                  note="members of the forum, not the congress audience")],
    people=[
        P("Adam Struzik", "marszałek", "Marszałek Województwa Mazowieckiego Adam Struzik"),
        P("Waldemar Pawlak", "prezes", "Prezes Fundacji Polskiego Kongresu Gospodarczego Waldemar Pawlak"),
        P("Maciej Bohosiewicz", ["przewodniczący rady", "przewodniczący"],
          "przewodniczący Rady Fundacji Ormiańskiej Maciej Bohosiewicz"),
        P("Hakap Bagodaserjan", "wiceprzewodniczący",
          "wiceprzewodniczący Polsko-Armeńskiej Izby Gospodarczej Hakap Bagodaserjan"),
        P("Monika Fibich", ["przedstawicielka", "przedstawiciel"],
          "przedstawicielka Departamentu Kształcenia Zawodowego i Ustawicznego MEN Monika Fibich"),
        P("Mariusz Gilarski", ["zastępca dyrektora", "zastępca"],
          "zastępca dyrektora Polskiej Spółki Gazownictwa Mariusz Gilarski"),
        P("Dariusz Grajda", ["członek zarządu", "członek"], "członek zarządu Kolei Mazowieckich Dariusz Grajda"),
        P("Krzysztof Hillar", "wiceprezes", "wiceprezes Grupy Momentum Krzysztof Hillar"),
        P("Kazimierz Rakowski", "starosta", "starosta Kazimierz Rakowski"),
    ],
    organizations=[
        O("Urząd Miasta Ząbki", "Urząd Miasta Ząbki", ["UM Ząbki"], note="a headline of another article (kept)"),
        O("Forum Gospodarcze Powiatu Wołomińskiego", "Forum Gospodarcze Powiatu Wołomińskiego", ["FGPW"],
          note="the body holding the congress"),
        O("Województwo Mazowieckie", "Województwa Mazowieckiego", opt=True, note="inside the marshal's title"),
        O("Fundacja Polskiego Kongresu Gospodarczego", "Fundacji Polskiego Kongresu Gospodarczego"),
        O("Fundacja Ormiańska", "Fundacji Ormiańskiej", ["Rada Fundacji Ormiańskiej"]),
        O("Polsko-Armeńska Izba Gospodarcza", "Polsko-Armeńskiej Izby Gospodarczej"),
        O("Ministerstwo Edukacji Narodowej", "MEN", ["MEN"]),
        O("Departament Kształcenia Zawodowego i Ustawicznego", "Departamentu Kształcenia Zawodowego i Ustawicznego",
          ["Departament Kształcenia Zawodowego i Ustawicznego MEN"], opt=True, note="a department of MEN"),
        O("Polska Spółka Gazownictwa", "Polskiej Spółki Gazownictwa", ["PSG"]),
        O("Koleje Mazowieckie", "Kolei Mazowieckich", ["KM"]),
        O("Grupa Momentum", "Grupy Momentum", ["Momentum"]),
        O("PGE", "PGE", ["PGE Rejon Wyszków", "Polska Grupa Energetyczna"], note="'PGE Rejonu Wyszków, Legionowo i "
          "Mińsk Mazowiecki'"),
        O("Wołomiński Klub Biznesu", "Wołomiński Klub Biznesu"),
        O("Izba Gospodarcza Powiatu Wołomińskiego", "Izbę Gospodarczą Powiatu Wołomińskiego"),
        O("Powiatowy Cech Rzemiosł i Przedsiębiorczości", "Powiatowy Cech Rzemiosł i Przedsiębiorczości"),
        O("Mazowieckie Forum Biznesu, Nauki i Kultury", "Mazowieckie Forum Biznesu, Nauki i Kultury"),
    ],
    not_dates=["Wyszków, Legionowo, Mińsk Mazowiecki are PGE district names, not venues",
               "'w ubiegłym roku' has no year to anchor it"],
    note="zabki24.pl (local portal). Menu junk ('Main Menu', 'Facebooktwitterlinkedin') and another article's "
         "headline kept. The first congress of the same forum as 1917 (a different event and publisher). Edition 1 "
         "from 'I Kongres'. No year anywhere: year null. Cut at 'śre'.")

doc(ID[1919], "2017-11-20",
    E("Forum Gospodarcze Powiatu Legionowskiego", ["Forum Gospodarcze", "Forum"], None, 2017),
    dates=[
        D("2017-11-20", "2017-11-20", "20 listopada 2017", note="'Dodane przez: | 20 listopada 2017' (document_date)"),
        D("2017-11-16", "2017-11-16", "w dniu 16 listopada 2017 r."),
    ],
    venues=[V("Legionowo", "w Legionowie", note="also 'Starosta Legionowa', 'w Urzędzie Pracy w Legionowie'")],
    people=[
        P("Robert Wróbel", "starosta", "Starosta Legionowa Pan Robert Wróbel"),
        P("Elżbieta Szczepańska", "dyrektor", "Pani Elżbieta Szczepańska – Dyrektor w Urzędzie Pracy w Legionowie"),
        P("Danuta Szczepańska", None, "Danuta Szczepańska", opt=True, note="the text is cut right after the name"),
    ],
    organizations=[
        O("Urząd Pracy w Legionowie", "Urzędzie Pracy w Legionowie", ["Powiatowy Urząd Pracy w Legionowie", "PUP"]),
        O("Powiat Legionowski", "Powiatu Legionowskiego", ["powiat legionowski"], opt=True,
          note="only inside the forum's name and 'strategii powiatu legionowskiego'"),
    ],
    not_dates=["'W II panelach' counts panels", "'w miesiącu przedsiębiorczości' is not a date"],
    note="sejmikgospodarczy.org (a business self-government site). Title repeated (also as a photo caption). Cut "
         "at 'Cie'.")
