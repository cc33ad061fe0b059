"""Hand-written gold for corpus/eleventh (ids 1000-1019), following corpus/GUIDE.md and the conventions of the
earlier gold sets (tenth, ninth, eighth SOURCES.md). Focus of the set: venues (towns in every case, multi-word
names, places abroad, buildings, online) and places that are only origins or parts of names (hard negatives).

Run: python3 run_gold.py  -> writes ../gold/*.json and checks that every `text` is an exact substring of the
raw file.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import D, V, A, C, P, O, E, DOCS, doc, skipped  # noqa: F401
from ids import ID

PGM = ["Polska Grupa Motoryzacyjna", "PGM"]

doc(ID[1000], "2020-01-31",
    E("Kongres Klastrowy", ["Kongres Klastrowy w Zielonej Górze", "kongres"], None, 2020),
    dates=[
        D("2020-01-31", "2020-01-31", "31\nsty\n2020", note="dateline on three lines (document_date)"),
        D("2020-01-28", "2020-01-28", "28 stycznia 2020 r."),
    ],
    venues=[
        V("Zielona Góra", "w Zielonej Górze", note="title and text (double space after it in the text)"),
        V("Grape Town Hotel", "w Grape Town Hotel", opt=True, note="building-level venue"),
    ],
    people=[
        P("Mariusz Welman", ["kierownik", "autor"], "Mariusz Welman – Kierownik projektu EuRegioNet",
          note="also 'autor: Mariusz Welman'"),
        P("Józef Finster", None, "Józef Finster z Lubuskiej Organizacji Pracodawców", note="affiliation only"),
        P("Gunnar Pajer", "przedstawiciel", "Gunnar Pajer – przedstawiciel"),
        P("Susan Kutschker", None, "Susan Kutschker"),
        P("Doreen Grüger", None, "Doreen Grüger"),
        P("Czesław Fiedorowicz", "prezes", "Czesław Fiedorowicz - Prezes Konwentu Euroregionu"),
        P("Bożena Buchowicz", "dyrektor", "Bożena Buchowicz –Dyrektor biura"),
        P("Marta Krupińska", None, "Marta Krupińska"),
        P("Katarzyna Hoffmann", None, "Katarzyna Hoffmann"),
        P("Andrzej Adamczyk", None, "Andrzej Adamczyk"),
        P("Alicja Dubert", None, "Alicja Dubert"),
        P("Carsten Jacob", "dyrektor", "Carsten Jacob – Dyrektor biura"),
        P("Benedikt Praxenthaler", "referent", "Benedikt Praxenthaler  - Referent"),
        P("Matthias Hoffmann", "koordynator", "Matthias Hoffmann – Koordynator"),
        P("Reinhard Petzold", "prezes", "Reinhard Petzold -  Prezes spółki DePoWi"),
        P("Günter Quiel", "prezes", "Günter Quiel – Prezes Fundacji Odbudowy Fary Gubińskiej"),
        P("David Furmanek", "prezes", "David Furmanek - Prezes FEWE e.V."),
        P("Lothar Müller", ["prywatny przedsiębiorca", "przedsiębiorca"], "Lothar Müller – prywatny przedsiębiorca"),
        P("Monika Krajczok", ["przedstawicielka", "przedstawiciel"], "Monika Krajczok – przedstawicielka"),
    ],
    organizations=[
        O("Stowarzyszenie Gmin RP Euroregion „Sprewa-Nysa-Bóbr”", "Stowarzyszenie Gmin RP Euroregion „Sprewa-Nysa-Bóbr”",
          ["Euroregion „Sprewa-Nysa-Bóbr”", "Euroregion Sprewa-Nysa-Bóbr", "Euroregion SNB", "SNB"],
          note="organiser; also 'Euroregionu SNB'"),
        O("Lubuska Organizacja Pracodawców", "Lubuską Organizacją Pracodawców", note="seat Gorzów Wielkopolski"),
        O("Centrum Biznesu i Innowacji we Frankfurcie nad Odrą", "Centrum Biznesu i Innowacji we Frankfurcie nad Odrą",
          ["Centrum Biznesu i Innowacji"]),
        O("Centrum Innowacji i Technologii w Forst", "Centrum Innowacji i Technologii w Forst",
          ["Centrum Innowacji i Technologii", "Centrum Innowacji i Technologii w Forst (L.)"]),
        O("Konwent Euroregionu „Sprewa-Nysa-Bóbr”", "Konwentu Euroregionu „Sprewa-Nysa-Bóbr”", opt=True,
          note="a body of the association, in a title"),
        O("Euroregion Spree-Neisse-Bober", "Euroregionu Spree-Neisse-Bober", note="the German side (Guben)"),
        O("Federalne Ministerstwo Spraw Wewnętrznych", "Federalnego Ministerstwa Spraw Wewnętrznych"),
        O("Urząd ds. Rozwoju Obszarów Wiejskich", "Urzędzie ds. Rozwoju Obszarów Wiejskich", opt=True,
          note="generic name of a Brandenburg office"),
        O("DePoWi", "DePoWi"),
        O("Fundacja Odbudowy Fary Gubińskiej", "Fundacji Odbudowy Fary Gubińskiej"),
        O("FEWE e.V.", "FEWE e.V.", ["FEWE", "Sieć Energia Odnawialna"]),
        O("Izba Rzemieślnicza we Frankfurcie nad Odrą", "Izby Rzemieślniczej we Frankfurcie nad Odrą",
          ["Izba Rzemieślnicza"]),
    ],
    not_dates=["Gorzów Wielkopolski, Frankfurt nad Odrą, Forst, Guben and Lauschütz are seats/origins, not venues",
               "EuRegioNet is a project (not annotated)"],
    note="Cross-border cluster congress (Grape Town Hotel, Zielona Góra). Dateline '31 sty 2020' on three lines. "
         "Many people with dash titles. No named cluster. Cut at 'przedstawicieli '.")

doc(ID[1001], None,
    E("wizyta studyjna w Kapfenbergu", ["Projekt SMART-watch – wizyta studyjna w Kapfenbergu", "wizyta studyjna",
                                        "SMART_watch", "SMART-watch"], None, 2019),
    dates=[D("2019-03-27", "2019-03-29", "W dniach 27-29 marca 2019 roku")],
    venues=[
        V("Kapfenberg", "w Kapfenbergu", note="also in the title"),
        V("Austria", "w Austrii", opt=True, note="country of the venue"),
    ],
    clusters=[
        C("Lubelski Klaster Ekoenergetyczny", "Lubelskiego Klastra Ekenergetycznego",
          ["Lubelski Klaster Ekenergetyczny"], note="misspelt 'Ekenergetycznego' in the text"),
        C("Woodcluster", "Woodcluster", opt=True, note="a Styrian wood cluster in a list of visited institutions"),
        C("Silicon Alps", "Silicon Alps", ["Silicon Alps Cluster"], opt=True, note="an electronics cluster"),
    ],
    people=[P("Małgorzata Gałczyńska", None, "Pani Małgorzata Gałczyńska", note="'reprezentująca': no title")],
    organizations=[
        O("Urząd Marszałkowski Województwa Lubelskiego", "Urząd Marszałkowski Województwa Lubelskiego"),
        O("Fundacja Rozwoju Lubelszczyzny", "Fundację Rozwoju Lubelszczyzny", ["FRL"]),
        O("Styrian business promotion agency", "Styrian business promotion agency", ["SFG"]),
        O("Silicon Alps", "Silicon Alps", opt=True, note="also a cluster"),
        O("Böhler Schmiedetechnik GmbH", "Böhler Schmiedetechnik GmbH", ["Böhler Schmiedetechnik"]),
        O("Pankl Racing Systems AG", "Pankl Racing Systems AG", ["Pankl Racing Systems"]),
        O("Woodcluster", "Woodcluster", opt=True, note="also a cluster"),
        O("Holzinnovationszentrum", "HIZ- Holizinnovationszentzrum", ["HIZ", "Holizinnovationszentzrum"],
          note="misspelt in the text"),
        O("Pabst Holz", "Pabst Holz"),
    ],
    note="Study visit in Kapfenberg (Austria) of a regional project; the Lublin cluster's coordinator took part. "
         "SMART_watch is a project (event alias only).")

doc(ID[1002], None,
    E("spotkanie z delegacją firm z Tajwanu", ["Przedsiębiorcy z Tajwanu na Podkarpaciu", "spotkanie"], None, 2018),
    dates=[D("2018-06-15", "2018-06-15", "15 czerwca 2018 r.", note="in brackets after 'W ub. tygodniu'")],
    venues=[
        V("Jasionka", "w Jasionce", note="also the dateline 'JASIONKA'"),
        V("Inkubator Technologiczny", "w Inkubatorze Technologicznym w Jasionce", opt=True,
          note="building-level venue"),
        V("Podkarpacie", "na Podkarpaciu", opt=True, note="region"),
    ],
    attendance=[A(14, "organizations", "exact", "14 firm z Tajwanu", note="the delegation's firms")],
    clusters=[C("Podkarpacki Klaster Energii Odnawialnej", "Podkarpackiego Klastra Energii Odnawialnej")],
    people=[
        P("Stanisław Kruczek", ["członek zarządu", "członek"], "Stanisławem Kruczkiem członkiem zarządu województwa podkarpackiego"),
        P("Piotr Zawada", "pełnomocnik", "Piotrem Zawadą pełnomocnik zarządu"),
    ],
    organizations=[
        O("Centrum Obsługi Inwestorów i Eksporterów", "Centrum Obsługi Inwestorów i Eksporterów (COIE)", ["COIE"]),
        O("Urząd Marszałkowski Województwa Podkarpackiego", "Urzędzie Marszałkowskim Województwa Podkarpackiego",
          ["UMWP"]),
        O("Polska Agencja Inwestycji i Handlu", "Polska Agencja Inwestycji i Handlu", ["PAIH"]),
        O("Rzeszowska Agencja Rozwoju Regionalnego", "Rzeszowskiego Agencji Rozwoju Regionalnego", ["RARR"],
          note="sic 'Rzeszowskiego'"),
        O("ML System", "ML System", ["ML System S.A."]),
        O("Inkubator Technologiczny", "Inkubatorze Technologicznym", opt=True, note="the host building/unit"),
        O("Województwo Podkarpackie", "województwa podkarpackiego", opt=True, note="region, in a title"),
    ],
    not_dates=["Tajwan is the delegation's origin, not a venue", "'W ub. tygodniu' is relative (the date is given)"],
    note="A Taiwanese renewable-energy delegation at the technology incubator in Jasionka.")

doc(ID[1003], None,
    E("wizyta delegacji biznesowej w powiecie rzeszowskim", ["spotkanie", "delegacja biznesowa"], None, None),
    venues=[
        V("Rzeszów", "w Starostwie Powiatowym w Rzeszowie", note="the meeting was at the district office in Rzeszów"),
        V("Starostwo Powiatowe w Rzeszowie", "Starostwie Powiatowym w Rzeszowie", opt=True,
          note="building-level venue"),
        V("Park Naukowo-Technologiczny „Rzeszów-Dworzysko”", "PNT „Rzeszów- Dworzysko”",
          ["Rzeszów-Dworzysko", "PNT Rzeszów-Dworzysko"], opt=True, note="investment site visited after the meeting"),
    ],
    people=[
        P("Józef Jodłowski", "starosta", "Starosta Rzeszowski Józef Jodłowski"),
        P("Krzysztof Jarosz", "dyrektor", "Dyrektor Parku Naukowo-Technologicznego i Promocji Starostwa Powiatowego w Rzeszowie Krzysztof Jarosz"),
        P("Dawid Lasek", "wiceprezes", "Wiceprezes Stowarzyszenia Euroregion Karpacki Polska Dawid Lasek"),
        P("Barbara Inglot", "dyrektor", "Dyrektor Biura Stowarzyszenia Euroregion Karpacki Polska Barbara Inglot"),
    ],
    organizations=[
        O("Park Naukowo-Technologiczny „Rzeszów-Dworzysko”", "Parku Naukowo – Technologicznego \"Rzeszów-Dworzysko\"",
          ["PNT „Rzeszów-Dworzysko”", "PNT Rzeszów-Dworzysko", "Park Naukowo-Technologiczny Rzeszów-Dworzysko"]),
        O("Powiatowy Ośrodek Dokumentacji Geodezyjnej i Kartograficznej",
          "Powiatowym Ośrodku Dokumentacji Geodezyjnej i Kartograficznej", opt=True, note="a unit of the district"),
        O("Starostwo Powiatowe w Rzeszowie", "Starostwa Powiatowego w Rzeszowie"),
        O("Stowarzyszenie Euroregion Karpacki Polska", "Stowarzyszenia Euroregion Karpacki Polska",
          ["Euroregion Karpacki Polska"]),
    ],
    not_dates=["'ul. Bernardyńskiej w Rzeszowie' is an address of an office, not of the meeting (the city is the "
               "venue anyway)"],
    note="Starts mid-report (no title). No date or year in the text (2020 only in the address).")

doc(ID[1004], None,
    E("misja gospodarcza do Grazu", ["misja gospodarcza branży motoryzacyjnej do Austrii", "misja gospodarcza",
                                     "misja"], None, None),
    dates=[D("XXXX-03-01", "XXXX-03-03", "W dniach 1-3 marca", note="no year in the text")],
    venues=[
        V("Graz", "do Grazu", ["Grac"], note="also 'w Graz', 'w Grazu'"),
        V("Stainz", "w mieście Stainz", note="the meeting with the cluster's firms"),
        V("Austria", "w południowej Austrii", opt=True, note="country"),
        V("Styria", "do regionu Styrii", ["Styria"], opt=True, note="region"),
        V("Centrum Technologiczne", "w Centrum Technologicznym w mieście Stainz", opt=True,
          note="building-level venue (TCM International's seat)"),
    ],
    clusters=[C("Autocluster Styria", "Autocluster Styria", ["ACstyria", "AC Styria"])],
    people=[P("Bogdan Romaniuk", "wicemarszałek", "Wicemarszałek Bogdan Romaniuk")],
    organizations=[
        O("Polska Grupa Motoryzacyjna", "Polskiej Grupie Motoryzacyjnej", ["PGM"]),
        O("Europejska Agencja Kosmiczna", "Europejskiej Agencji Kosmicznej", ["ESA"]),
        O("TCM International", "TCM International"),
        O("Województwo Podkarpackie", "Województwa Podkarpackiego", opt=True, note="region"),
        O("Airbus", "Airbusa", opt=True, note="as a customer ('okna dla Airbusa 380')"),
        O("Boeing", "Boeinga", opt=True, note="as a customer"),
    ],
    not_dates=["'Airbusa 380' is a type number", "car models (Mercedes G, KTM X-BOW) are products"],
    note="Regional mission to the Graz automotive cluster; no year in the text. Cut at 'przekazani'.")

doc(ID[1005], None,
    E("spotkanie opłatkowe podlaskiego biznesu", ["Spotkanie opłatkowe podlaskiego biznesu", "spotkanie opłatkowe"],
      None, 2019),
    dates=[D("2019", "2019", "rokiem 2019", note="'nad kończącym się rokiem 2019'")],
    venues=[V("Białystok", "Izbę Przemysłowo - Handlową w Białymstoku", opt=True,
              note="only the organiser's seat, inside its name; the venue of the meeting is not given")],
    people=[
        P("Antoni Stolarski", None, "Antoni Stolarski z Samaszu", note="affiliation only"),
        P("Witold Karczewski", "prezes", "prezes IPH Witold Karczewski"),
        P("Tadeusz Wojda", "arcybiskup", "arcybiskup Tadeusz Wojda"),
        P("Jakub", "arcybiskup", "arcybiskup białostocki i gdański Jakub", opt=True, note="one name only"),
        P("Jacek Żalek", "poseł", "Jacka Żalka", note="'posłów na Sejm - w osobach m.in. Jacka Żalka'"),
        P("Mieczysław Baszko", "poseł", "Mieszysława Baszki", aliases=["Mieszysław Baszko"],
          note="misspelt 'Mieszysława'"),
        P("Bohdan Paszkowski", "wojewoda", "wojewody podlaskiego Bohdana Paszkowskiego"),
        P("Artur Kosicki", "marszałek", "marszałka Artura Kosickiego"),
        P("Przemysław Tuchliński", "wiceprezydent", "wiceprezydent Przemysław Tuchliński"),
        P("Piotr Walczak", None, "(Piotr Walczak)", opt=True, note="author"),
    ],
    organizations=[
        O("Izba Przemysłowo-Handlowa w Białymstoku", "Izbę Przemysłowo - Handlową w Białymstoku",
          ["IPH", "Izba Przemysłowo - Handlowa w Białymstoku", "Izba Przemysłowo-Handlowa"], note="also 'IPH'"),
        O("Samasz", "Samaszu"),
        O("Sejm", "Sejm", ["Sejm RP"], opt=True, note="in 'posłów na Sejm'"),
    ],
    not_dates=["Białystok only in the chamber's name; 'arcybiskup białostocki' is a title"],
    note="Christmas meeting of the regional business chamber: a hard negative for venues (no place of the meeting). "
         "Page junk 'Reklama', 'Wróć do'.")

doc(ID[1006], None,
    E("I Warmińsko-Mazurski Kongres Przyszłości", ["Warmińsko-Mazurski Kongres Przyszłości", "Kongres Przyszłości",
                                                   "Kongres"], 1, None),
    venues=[
        V("Olsztyn", "w Olsztynie"),
        V("Centrum Konferencyjne Uniwersytetu Warmińsko-Mazurskiego",
          "W Centrum Konferencyjnym Uniwersytetu Warmińsko-Mazurskiego w Olsztynie",
          ["Centrum Kongresowe UWM", "Centrum Konferencyjne UWM"], opt=True,
          note="building-level venue; also 'Do Centrum Kongresowego UWM'"),
    ],
    attendance=[A(1700, "participants", "approx", "około 1700 osób")],
    people=[
        P("Krzysztof Ibisz", None, "Krzysztof Ibisz", note="moderator ('Obrady prowadził')"),
        P("Gustaw Marek Brzezin", "marszałek", "marszałek województwa warmińsko – mazurskiego dr inż. Gustaw Marek Brzezin"),
        P("Jarosław Tokarczyk", "prezes", "Jarosław Tokarczyk, prezes Grupy WM"),
        P("Artur Chojecki", "wojewoda", "wojewoda warmińsko – mazurski Artur Chojecki"),
        P("Zygmunt Kiersz", "dyrektor", "Zygmunta Kiersza, dyrektora gabinetu marszałka"),
    ],
    organizations=[
        O("Grupa MM", "Grupa MM", note="co-organiser"),
        O("Grupa WM", "Grupy WM", opt=True, note="probably the same group as 'Grupa MM' (one of them a typo)"),
        O("Uniwersytet Warmińsko-Mazurski", "Uniwersytetu Warmińsko-Mazurskiego", ["UWM"]),
        O("Województwo Warmińsko-Mazurskie", "samorząd województwa", opt=True, note="the regional government"),
    ],
    not_dates=["'za rok, za pięć czy dziesięć lat' are durations"],
    note="Edition 1 from 'I Warmińsko-Mazurski Kongres'. No date. Cut at 'inwesty'.")

doc(ID[1007], None,
    E("Podkarpacie dla biznesu", ["“Podkarpacie dla biznesu”", "spotkanie przedsiębiorców", "konferencja",
                                  "Społeczna Podkarpacka Akademia Najlepszych Praktyk", "SPANP"], None, None),
    venues=[
        V("Politechnika Rzeszowska", "w Politechnice Rzeszowskiej", opt=True,
          note="building-level venue (a university)"),
        V("Rzeszów", "Politechnice Rzeszowskiej", opt=True, note="the city only as an adjective in names"),
    ],
    attendance=[A(200, "participants", "approx", "ok. 200 przedsiębiorców")],
    organizations=[
        O("Loża Rzeszowska", "Loży Rzeszowskiej", ["Loża Rzeszowska BCC"], note="a lodge of the BCC (publisher)"),
        O("Politechnika Rzeszowska", "Politechnice Rzeszowskiej", ["PRz"]),
        O("Zakład Ubezpieczeń Społecznych", "Z.U.S.", ["ZUS", "Z.U.S."]),
    ],
    not_dates=["'trzecia edycja' is the third edition of the action nationwide (edition of SPANP, debatable: "
               "event edition left null)"],
    note="Short; no date. The only place is the university (and Rzeszów inside names): a hard negative for city "
         "venues. 'To trzecia edycja tego typu przedsięwzięcia w wydaniu ogólnopolskim' refers to the action's "
         "nationwide series, not this meeting.")

doc(ID[1008], None,
    E("misja gospodarcza do Londynu", ["Speciality & Fine Food Fair", "Targi Fine Food Fair",
                                       "Międzynarodowe Targi Speciality & Fine Food Fair", "misja gospodarcza",
                                       "misja"], None, None),
    dates=[D("XXXX-09-11", "XXXX-09-12", "od 11 do 12 września", note="'tego roku' with no year in the text")],
    venues=[V("Londyn", "do Londynu", ["London"])],
    organizations=[O("Województwo Kujawsko-Pomorskie", "Województwo Kujawsko-Pomorskie", opt=True,
                     note="the region as organiser (optional as in tenth)")],
    note="Announcement of a regional mission to a London food fair. No year; no people.")

doc(ID[1009], None,
    E("Misja na Białorusi", ["misja gospodarcza województwa łódzkiego na Białoruś", "misja gospodarcza", "misja"],
      None, 2017),
    dates=[D("2017-03-21", "2017-03-25", "W dniach 21-25 marca 2017 r.")],
    venues=[
        V("Mińsk", "Mińsk", ["Minsk"], note="in brackets: the three towns of the mission"),
        V("Witebsk", "Witebsk", ["Vitebsk"]),
        V("Orsza", "Orsza", ["Orsha"]),
        V("Białoruś", "na Białoruś", ["Belarus"], opt=True, note="country; also 'na Białorusi' in the title"),
    ],
    organizations=[
        O("IPPCP", "IPPCP", note="the publisher (an acronym only)"),
        O("Łódzka Agencja Rozwoju Regionalnego", "Łódzkiej Agencji Rozwoju Regionalnego", ["ŁARR"]),
        O("Sejmik Województwa Łódzkiego", "Sejmiku", opt=True, note="regional council"),
        O("Zarząd Województwa Łódzkiego", "Zarządu Województwa Łódzkiego", opt=True, note="regional board"),
        O("Województwo Łódzkie", "województwa łódzkiego", opt=True, note="the region as organiser"),
    ],
    note="Short (492 bytes). Opens with a stray 'X' line. Three towns in the nominative in brackets.")

doc(ID[1010], None,
    E("AUTOCONTACT 2019", ["AUTOCONTACT", "targi motoryzacyjne AUTOCONTACT 2019", "misja gospodarcza do Austrii",
                           "misja gospodarcza", "misja"], None, 2019),
    dates=[
        D("2019-09-25", "2019-09-26", "w dniach 25-26 września 2019 r."),
        D("2014", "2020", "2014-2020", note="the regional programme's period (as tenth 902)"),
    ],
    venues=[
        V("Austria", "do Austrii", opt=True, note="the only place of the mission (no city)"),
        V("Styria", "ze Styrią", ["Styria"], opt=True, note="the partner region"),
        V("Jasionka", "w Jasionce", note="venue of the TSLA EXPO fair the Austrians were invited to"),
    ],
    clusters=[
        C("ACstyria", "ACstyria", ["Autocluster Styria", "AC Styria"], note="twice"),
        C("Wschodni Sojusz Motoryzacyjny", "Wschodni Sojusz Motoryzacyjny", ["klaster Wschodni Sojusz Motoryzacyjny"]),
    ],
    people=[P("Mariusz Stec", None, "Tekst i foto: Mariusz Stec", opt=True, note="author and photos")],
    organizations=[
        O("Polska Grupa Motoryzacyjna", "Polskiej Grupie Motoryzacyjnej", ["PGM"]),
        O("Województwo Podkarpackie", "Województwa Podkarpackiego", opt=True, note="region (several times)"),
        O("Urząd Marszałkowski Województwa Podkarpackiego", "UMWP", ["UMWP"], opt=True,
          note="only as the acronym in the unit's name"),
        O("Oddział Współpracy Gospodarczej UMWP", "Oddział Współpracy Gospodarczej UMWP", opt=True, note="a unit"),
    ],
    not_dates=["'IMG 20190926 111949' is a file name", "'TSLA EXPO' and RPO WP are a fair and a programme"],
    note="Mission with a fair in Styria; no city given for it (hard negative). Jasionka is the venue of another "
         "event mentioned. Same publisher as 1004 (another event, half a year later).")

doc(ID[1011], None,
    E("Made in Toruń", ["Certyfikat Made in Toruń", "certyfikaty Made in Toruń",
                        "uroczystość wręczenia certyfikatów"], None, 2023),
    dates=[
        D("2023-10", "2023-10", "date 2023-10", note="scraped dateline with month precision, as fresh 402"),
        D("2018", "2018", "od 2018 roku"),
        D("2023", "2023", "W tym roku", opt=True, note="relative, anchored by the dateline"),
    ],
    venues=[
        V("Hotel 1231", "w Hotelu 1231", opt=True, note="building-level venue"),
        V("Toruń", "Torunia", opt=True, note="the city only in names and titles ('prezydent Torunia')"),
    ],
    people=[P("Michał Zaleski", "prezydent", "Michał Zaleski, prezydent Torunia")],
    organizations=[
        O("Urząd Miasta Torunia", "Urząd Miasta Torunia", ["UMT"]),
        O("Centrum Wsparcia Biznesu", "Centrum Wsparcia Biznesu", ["CWB"]),
    ],
    not_dates=["'około 27 tysięcy podmiotów' registered in the city is not attendance", "'Hotel 1231' is a name"],
    note="Award ceremony of a city certificate; the only venue is a hotel whose name is a number. The 13th edition "
         "is only in the address.")

doc(ID[1012], None,
    E("Misja polskich firm z województwa śląskiego we Francji", ["zagraniczna misja gospodarcza do Francji",
                                                                 "misja gospodarcza", "misja"], None, None),
    dates=[D("XXXX-03-28", "XXXX-04-01", "28. marca – 1. kwietnia br.", note="'br.' with no year in the text")],
    venues=[
        V("Francja", "do Francji", ["France"], opt=True, note="country only; also 'we Francji'"),
        V("Paryż", "w Paryżu", ["Paris"], opt=True, note="only inside the chamber's name"),
    ],
    organizations=[
        O("Fundusz Górnośląski S.A.", "Fundusz Górnośląski S.A.", ["Fundusz Górnośląski", "FGSA"]),
        O("Urząd Marszałkowski Województwa Śląskiego", "Urząd Marszałkowski Województwa Śląskiego", ["UMWS"]),
        O("Polska Izba Handlowo-Przemysłowa w Paryżu", "Polską Izbę Handlowo-Przemysłową w Paryżu",
          ["Polska Izba Handlowo-Przemysłowa", "CCIPF"]),
    ],
    note="Short (445 bytes); a mission with no city (Paris only in a chamber's name): hard negative. The same page "
         "was also in the first draft of the new set thirteenth (1210), which has the higher number and replaced its copy.")

doc(ID[1013], None,
    E("podpisanie porozumienia o utworzeniu Głogowskiego Klastra Energetycznego",
      ["Głogowski Klaster Energetyczny", "porozumienie"], None, 2024),
    dates=[D("2024-03", "2024-03", "date 2024-03", note="scraped dateline (month), as fresh 402")],
    venues=[V("Głogów", "prezydent Głogowa", opt=True, note="only in a title; the place is 'tutaj'")],
    clusters=[C("Głogowski Klaster Energetyczny", "klastra", opt=True,
                note="named only in the address; the text says 'klastra' (a cluster being founded)")],
    people=[P("Rafael Rokaszewicz", "prezydent", "prezydent Głogowa Rafael Rokaszewicz")],
    not_dates=["'300 tysięcy' is an amount", "Krajowy Program Odbudowy is a programme (not annotated)"],
    note="Short (555 bytes) quote at the signing of a municipal cluster agreement; no venue named.")

doc(ID[1014], None,
    E("Towarzystwo Biznesowe Bialskie", ["porozumienie Towarzystwo Biznesowe Bialskie", "spotkanie"], None, None),
    venues=[
        V("Biała Podlaska", "W Białej Podlaskiej", note="where the new society will meet weekly"),
        V("Pałac Cieleśnica", "w Pałacu Cieleśnica", ["Cieleśnica"], opt=True, note="building-level venue"),
        V("Warszawa", "w Warszawie", opt=True, note="other towns where such societies meet"),
        V("Lublin", "Lublinie", opt=True, note="other towns where such societies meet"),
    ],
    attendance=[
        A(40, "participants", "exact", "czterdziestu przedsiębiorców", note="number word"),
        A(400, "participants", "exact", "czterystu", opt=True, note="total membership of all the societies"),
    ],
    organizations=[O("Towarzystwo Biznesowe Bialskie", "Towarzystwo Biznesowe Bialskie")],
    not_dates=["'trzynastu miastach', 'osiemnaście grup' are counts of towns and groups", "'raz w tygodniu' is a "
               "frequency"],
    note="Founding meeting of a business society (Biała Podlaska, a multi-word town in the locative).")

doc(ID[1015], None,
    E("posiedzenie Rady Gospodarczej przy Prezydencie Miasta Bielska-Białej",
      ["Trzynaste posiedzenie Rady Gospodarczej przy Prezydencie Miasta Bielska-Białej", "posiedzenie Rady Gospodarczej",
       "posiedzenie"], 13, 2024),
    dates=[
        D("2024-03-26", "2024-03-26", "W dniu 26 marca 2024 roku"),
        D("2024", "2024", "wybory samorządowe 2024", opt=True, note="year of the local elections (a name-like use)"),
    ],
    venues=[V("Bielsko-Biała", "Miasta Bielska-Białej", opt=True,
              note="only inside names and titles; the meeting's place is not given (hard negative)")],
    people=[
        P("Jarosław Klimaszewski", "prezydent", "Pan Jarosław Klimaszewski – Prezydent Miasta Bielska-Białej",
          note="twice"),
        P("Janusz Szymura", "przewodniczący", "Pan Janusz Szymura – Przewodniczący Rady Gospodarczej"),
        P("Janusz Michałek", "prezes", "Pan Janusz Michałek – Prezes Katowickiej Specjalnej Strefy Ekonomicznej"),
        P("Aleksandra Podsiadlik", "naczelnik", "Pani Aleksandra Podsiadlik – Naczelnik Wydziału Strategii i Rozwoju Gospodarczego"),
    ],
    organizations=[
        O("Rada Gospodarcza przy Prezydencie Miasta Bielska-Białej", "Rady Gospodarczej przy Prezydencie Miasta Bielska-Białej",
          ["Rada Gospodarcza"]),
        O("Bielski Obszar Gospodarczy", "Bielskiego Obszaru Gospodarczego", ["BOG"]),
        O("Katowicka Specjalna Strefa Ekonomiczna", "Katowickiej Specjalnej Strefy Ekonomicznej", ["KSSE"]),
        O("Wydział Strategii i Rozwoju Gospodarczego", "Wydziału Strategii i Rozwoju Gospodarczego", opt=True,
          note="a unit of the city office"),
        O("Fiat", "Fiata", opt=True, note="'fabryki Fiata'"),
    ],
    note="Edition 13 from 'Trzynaste posiedzenie'. Bielsko-Biała only in the genitive inside names. Cut at "
         "'przedstawi'.")

doc(ID[1016], "2020-05-12",
    E("Forum KMO", ["Forum KMO 2020", "Forum 2020", "Forum"], None, 2020),
    dates=[D("2020-05-12", "2020-05-12", "12.05.2020", note="'Data dodania: 12.05.2020' (document_date)")],
    venues=[V("online", "odbędzie się on-line", note="the forum moves online")],
    people=[P("Zuzanna Michalska", None, "Zuzanna Michalska", note="author, no title")],
    organizations=[O("KMO", "KMO", note="the organiser (acronym only)")],
    not_dates=["'Forum 2020' is a year in a name (gives the event year)", "Kotlina Kłodzka and Szczecin are where "
               "participants come from, not venues", "'dwa dni' is a duration"],
    note="Announcement that a forum will be online; places only as origins (hard negatives).")

doc(ID[1017], None,
    E("Klaster Expo", ["utworzenie Klastra Expo", "Klaster wypromuje region"], None, None),
    dates=[
        D("1993", "1993", "w końcu 1993 roku"),
        D("XXXX-03-11", "XXXX-03-11", "11 marca", note="founding of the cluster; no year in the text"),
        D("XXXX-04", "XXXX-04", "na początku kwietnia", opt=True, note="the fair; no year"),
    ],
    venues=[
        V("Rzeszów", "w Rzeszowie", note="founding of the cluster and the building fair (twice)"),
        V("Jasionka", "w Jasionce", opt=True, note="the new exhibition centre (no event held there in the text)"),
        V("Centrum Wystawienniczo-Kongresowe", "Centrum Wystawienniczo-Kongresowego w Jasionce", ["G2A Arena"],
          opt=True, note="building"),
    ],
    attendance=[A(20, "organizations", "approx", "blisko 20 przedsiębiorców", note="signatories of the agreement")],
    clusters=[
        C("Klaster Expo", "Klaster Expo"),
        C("Dolina Lotnicza", "Dolina Lotnicza", ["Stowarzyszenie Dolina Lotnicza"]),
    ],
    people=[P("Robert Bielówka", "prezes", "Robert Bielówka, prezes stowarzyszenia")],
    organizations=[
        O("Międzynarodowe Targi Rzeszowskie", "Międzynarodowe Targi Rzeszowskie", ["MTR"]),
        O("Stowarzyszenie Expo Podkarpacie", "Stowarzyszenie Expo Podkarpacie", ["Expo Podkarpacie"]),
        O("Polityka Insight", "Polityka Insight"),
    ],
    not_dates=["Mielec and Warszawa are compared towns, not venues", "'22 proc.', '66 ośrodków', '150 mln zł' are "
               "not dates or attendance", "Targi Budownictwa i Nieruchomości is an event (not annotated)"],
    note="Regional feature on a new expo cluster in Rzeszów; no year for the founding. Cut at 'Zo'.")

skipped(ID[1018], "cs", "Czech: the 2nd World Cluster Congress in Dąbrowa Górnicza (1 April 2016) with Czech cluster "
                        "people; language gate")
skipped(ID[1019], "en", "English: announcement of the 4th European Congress of SMEs in Katowice (22-24 September "
                        "2014) with counts of the 3rd; language gate")
