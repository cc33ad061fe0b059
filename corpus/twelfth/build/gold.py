"""Hand-written gold for corpus/twelfth (ids 1100-1119), following corpus/GUIDE.md and the conventions of the earlier
gold sets (tenth, ninth, eighth, seventh, sixth SOURCES.md). Focus of the set: organisations and people.

Run: python3 run_gold.py  -> writes ../gold/*.json and checks that every `text` is an exact substring of the
raw file (so char spans can be computed from it: raw.find(text)).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import D, V, A, C, P, O, E, DOCS, doc, skipped  # noqa: F401 (the item helpers, see corpus/goldkit.py)
from ids import ID

KIG = ["KIG", "Krajowa Izba Gospodarcza"]

# ---------------------------------------------------------------------------------------------
doc(ID[1100], "2014-09-12",
    E("Inauguracja Zespołu Inkubatorów Wysokich Technologii",
      ["Zespół Inkubatorów Wysokich Technologii", "inauguracja działania Zespołu Inkubatorów Wysokich Technologii",
       "Zainaugurowaliśmy działanie Zespołu Inkubatorów Wysokich Technologii", "podsumowanie"], None, 2014),
    dates=[D("2014-09-12", "2014-09-12", "12 września 2014 r.",
             note="also the stamp '2014-09-12' glued to the next word ('2014-09-12Wybuchowo'); same value")],
    venues=[
        V("Zespół Inkubatorów Wysokich Technologii", "Zespołu Inkubatorów Wysokich Technologii", opt=True,
          note="the building inaugurated (building-level venue)"),
        V("Poznański Park Naukowo-Technologiczny", "Poznańskiego Parku Naukowo-Technologicznego", ["PPNT"], opt=True,
          note="the park (building-level venue); 'na terenie Poznańskiego Parku Naukowo-Technologicznego'"),
        V("Poznań", "Prezydent Miasta Poznania", opt=True, note="the city only in a title (no 'w Poznaniu')"),
    ],
    attendance=[A(25, "organizations", "exact", "25 firm", opt=True,
                  note="tenant firms of the building, not participants of the event (as membership counts)")],
    people=[
        P("Marek Ratajczak", "sekretarz",
          "Prof. Marek Ratajczak – Sekretarz Stanu w Ministerstwie Nauki i Szkolnictwa Wyższego"),
        P("Iwona Wendel", "podsekretarz", "Iwona Wendel – Podsekretarz Stanu w Ministerstwie Infrastruktury i Rozwoju"),
        P("Mateusz Klemenski", "wicemarszałek", "Mateusz Klemenski – Wicemarszałek województwa wielkopolskiego"),
        P("Ryszard Grobelny", "prezydent", "Ryszard Grobelny – Prezydent Miasta Poznania"),
        P("Bronisław Marciniak", "rektor", "Prof. Bronisław Marciniak – JM Rektor UAM"),
        P("Bogdan Marciniec", ["prezes", "dyrektor"],
          "Prof. Bogdan Marciniec – Prezes Zarządu Fundacji UAM, Dyrektor Poznańskiego Parku Naukowo-Technologicznego"),
    ],
    organizations=[
        O("Poznański Park Naukowo-Technologiczny", "Poznańskiego Parku Naukowo-Technologicznego", ["PPNT"],
          note="three times"),
        O("Fundacja UAM", "Fundacji UAM", ["Fundacja Uniwersytetu im. Adama Mickiewicza", "Fundacja Uniwersytetu im. Adama Mickiewicza w Poznaniu"],
          note="'Poznańskiego Parku Naukowo-Technologicznego Fundacji UAM' and 'Prezes Zarządu Fundacji UAM'"),
        O("Ministerstwo Nauki i Szkolnictwa Wyższego", "Ministerstwie Nauki i Szkolnictwa Wyższego", ["MNiSW"]),
        O("Ministerstwo Infrastruktury i Rozwoju", "Ministerstwie Infrastruktury i Rozwoju", ["MIR"]),
        O("Uniwersytet im. Adama Mickiewicza w Poznaniu", "JM Rektor UAM",
          ["UAM", "Uniwersytet im. Adama Mickiewicza", "Uniwersytet Adama Mickiewicza"], note="'JM Rektor UAM'"),
        O("Zespół Inkubatorów Wysokich Technologii", "Zespołu Inkubatorów Wysokich Technologii", opt=True,
          note="a facility (building and unit) of the park"),
        O("Województwo Wielkopolskie", "województwa wielkopolskiego", opt=True, note="region, in a title"),
        O("Miasto Poznań", "Miasta Poznania", ["Poznań"], opt=True, note="municipality, in a title"),
    ],
    not_dates=["'10-metrowego', '10-cio metrowej' are lengths", "'niemal 80 mln złotych', '85 proc.' are money and a "
               "share", "'ponad dwóch lat' is a duration", "'13 start-upów', 'ponad 100 pracowników', '2 z kapitałem "
               "zagranicznym' are tenant counts, not attendance"],
    note="Inauguration of a high-tech incubator building of the Poznań science park; six guests of honour with titles "
         "(list '- Name – Title'). The stamp '2014-09-12' is glued to the first word of the lead: document_date. No "
         "cluster. Cut at 'tego'.")

doc(ID[1101], "2021-12-07",
    E("Gala VI Europejskiego Kongresu Samorządów",
      ["Europejski Kongres Samorządów", "VI Europejski Kongres Samorządów", "Gala Europejskiego Kongresu Samorządów",
       "gala"], 6, 2021),
    dates=[
        D("2021-12-07", "2021-12-07", "07 grudzień 2021", note="dateline 'wtorek, 07 grudzień 2021 10:40'"),
        D("2021-12-06", "2021-12-06", "6 grudnia br.", note="'br.' = the dateline's year"),
    ],
    venues=[
        V("Olsztyn", "w Olsztynie", opt=True, note="only in the university's name ('Uniwersytetu Warmińsko-Mazurskiego w Olsztynie')"),
        V("Mikołajki", "burmistrzem Mikołajek", opt=True,
          note="the host town's mayor opens the gala; the town is not said to be the venue"),
    ],
    people=[
        P("Bogusław Chrabota", None, "Bogusław Chrabota", note="host of the gala ('Prowadzącymi galę'): no title"),
        P("Paulina Sudoł", None, "Paulina Sudoł", note="host of the gala: no title"),
        P("Gustaw Marek Brzezin", "marszałek", "marszałek województwa warmińsko-mazurskiego Gustaw Marek Brzezin",
          note="twice"),
        P("Piotr Jakubowski", "burmistrz", "burmistrzem Mikołajek Piotrem Jakubowskim", note="instrumental"),
        P("Zbigniew Szczepański", "wójt", "wójt Zbigniew Szczepański"),
        P("Paweł Szefernaker", "minister", "minister Paweł Szefernaker"),
        P("Piotr Sęczkowski", "burmistrz", "burmistrz Piotr Sęczkowski"),
        P("Marek Woźniak", "marszałek", "marszałek województwa wielkopolskiego Marek Woźniak"),
        P("Artur Tusiński", "burmistrz", "burmistrza Artura Tusińskiego", note="genitive"),
        P("Jerzy Bochyński", "prezes", "prezes Fundacji Instytutu Studiów Wschodnich Jerzy Bochyński"),
        P("Jacek Jaśkowiak", "prezydent", "prezydent Jacek Jaśkowiak"),
        P("Zygmunt Berdychowski", "przewodniczący",
          "przewodniczący rady programowej Forum Ekonomicznego Zygmunt Berdychowski"),
        P("Roman Potocki", "starosta", "starosta wrocławski Roman Potocki"),
        P("Maciej Krzyżanowski", "wicemarszałek", "wicemarszałek województwa dolnośląskiego Maciej Krzyżanowski"),
    ],
    organizations=[
        O("Uniwersytet Warmińsko-Mazurski w Olsztynie", "Uniwersytetu Warmińsko-Mazurskiego w Olsztynie",
          ["Uniwersytet Warmińsko-Mazurski", "UWM"], note="its academic orchestra played"),
        O("Fundacja Instytut Studiów Wschodnich", "Fundacji Instytutu Studiów Wschodnich",
          ["Instytut Studiów Wschodnich"]),
        O("Gmina Chojnice", "Gmina Chojnice", opt=True, note="municipality (award winner)"),
        O("Gmina Poddębice", "gmina Poddębice", opt=True, note="municipality (award winner)"),
        O("Podkowa Leśna", "Podkowa Leśna", ["Miasto Podkowa Leśna"], opt=True, note="municipality (award winner)"),
        O("Miasto Poznań", "miasto Poznań", ["Poznań"], opt=True, note="municipality (award winner)"),
        O("Powiat wrocławski", "powiat wrocławski", opt=True, note="county (award winner)"),
        O("Województwo Warmińsko-Mazurskie", "województwa warmińsko-mazurskiego", opt=True, note="region, in a title"),
        O("Województwo Wielkopolskie", "województwa wielkopolskiego", opt=True, note="region, in a title"),
        O("Województwo Dolnośląskie", "województwa dolnośląskiego", opt=True, note="region, in a title"),
        O("Województwo Pomorskie", "województwa pomorskiego", opt=True, note="region of a winner"),
        O("Województwo Łódzkie", "województwa łódzkiego", opt=True, note="region of a winner"),
        O("Województwo Mazowieckie", "województwa mazowieckiego", opt=True, note="region of a winner"),
        O("Rada programowa Forum Ekonomicznego", "rady programowej Forum Ekonomicznego", opt=True,
          note="body of another event"),
    ],
    not_dates=["'10:40' is a time", "'Polski Ład' is a programme (not annotated)"],
    note="Award gala of the 6th European Congress of Local Governments (edition 6 from 'VI'). Many officials with "
         "titles before the name in inflected forms. The venue is not named (Mikołajki, Olsztyn optional). No "
         "cluster. Cut at 'A'.")

doc(ID[1102], None,
    E("Gala Przedsiębiorczości",
      ["Przedsiębiorca Roku", "konkurs Przedsiębiorca Roku", "Gala Przedsiębiorczości z rozstrzygnięciem konkursu "
       "Przedsiębiorca Roku", "Galę Przedsiębiorczości"], None, None),
    dates=[
        D("XXXX-03-29", "XXXX-03-29", "29 marca", note="no year in the text ('Tegoroczną'; 2012 only in the address)"),
        D("2001", "2001", "w 2001 roku", note="founding year of the chamber"),
    ],
    venues=[
        V("Chrzanów", "w Chrzanowie", note="'w Miejskim Ośrodku Kultury Sportu i Rekreacji w Chrzanowie'"),
        V("Miejski Ośrodek Kultury Sportu i Rekreacji w Chrzanowie",
          "Miejskim Ośrodku Kultury Sportu i Rekreacji w Chrzanowie", ["MOKSiR"], opt=True,
          note="building-level venue"),
    ],
    people=[
        P("Gracjan Noworyta", None, "Fot. Gracjan Noworyta", opt=True, note="photo credit (twice)"),
        P("Marek Sowa", "marszałek", "marszałek województwa Marek Sowa"),
        P("Adam Potocki", "starosta", "starosta chrzanowski Adam Potocki"),
        P("Stefan Adamczyk", "prezes", "Stefan Adamczyk, prezes Chrzanowskiej Izby Gospodarczej"),
    ],
    organizations=[
        O("Chrzanowska Izba Gospodarcza", "Chrzanowskiej Izby Gospodarczej", note="three times"),
        O("Stowarzyszenie Przedsiębiorców Prywatnych w Trzebini", "Stowarzyszenie Przedsiębiorców Prywatnych w Trzebini",
          opt=True, note="the chamber's founding name (the same organisation)"),
        O("Miejski Ośrodek Kultury Sportu i Rekreacji w Chrzanowie",
          "Miejskim Ośrodku Kultury Sportu i Rekreacji w Chrzanowie", ["MOKSiR"], opt=True,
          note="a municipal institution (the hall of the gala)"),
        O("Powiat chrzanowski", "powiatu chrzanowskiego", opt=True, note="county"),
    ],
    not_dates=["'do 10 pracowników', 'powyżej 10 pracowników' are size thresholds of the categories, not attendance"],
    note="Business award gala of a county chamber of commerce. No year anywhere in the text: 'XXXX-03-29', event "
         "year null. Photo credit first and last (junk). No cluster.")

doc(ID[1103], "2008-07-10",
    E("Krakowski Dukat", ["nagrody Krakowskiego Dukata", "Krakowskiego Dukata", "gala Krakowskiego Dukata",
                          "Dukat", "Dukat dla burmistrza Myślenic"], 17, 2008),
    dates=[
        D("2008-07-10", "2008-07-10", "10 lipca 2008", note="dateline"),
        D("1999", "1999", "Od 1999 roku"),
        D("2002", "2002", "W roku 2002"),
    ],
    people=[
        P("Maciej Ostrowski", "burmistrz", "Maciej Ostrowski",
          note="'Dukat trafia do burmistrza Myślenic – Macieja Ostrowskiego'"),
        P("Marek Nawara", "marszałek", "Marszałek Województwa Małopolskiego Marek Nawara"),
    ],
    organizations=[
        O("Krakowska Izba Przemysłowo-Handlowa", "Krakowska Izba Przemysłowo-Handlowa", ["KIPH"]),
        O("Województwo Małopolskie", "Województwa Małopolskiego", opt=True, note="region, in a title (twice)"),
    ],
    not_dates=["'Wydanie 24/2008' is an issue number", "'po raz siedemnasty' is the edition (17)"],
    note="Local paper on the 17th award of the Kraków chamber of commerce (edition from 'po raz siedemnasty'). The "
         "gala's place is not given (Kraków only as 'nie tylko Krakowa'). Double spaces kept. Cut at 'wyboram'.")

doc(ID[1104], None,
    E("Walne zgromadzenie Podkrakowskiej Izby Gospodarczej",
      ["walne zgromadzenie", "walne zgromadzenie PIG", "walnym zgromadzeniu Podkrakowskiej Izby Gospodarczej"],
      None, None),
    venues=[
        V("Skawina", "w Skawinie", note="the chamber's seat; the ceremony 'w skawińskim Pałacyku „Sokół”'"),
        V("Pałacyk „Sokół”", "Pałacyku „Sokół”", ["Pałacyk Sokół"], opt=True, note="building-level venue"),
    ],
    people=[
        P("Krzysztof Klęczar", "wojewoda", "Krzysztof Klęczar, wojewoda małopolski", note="twice"),
        P("Adam Wójcik", "prezes", "Adam Wójcik, prezes PIG-u"),
    ],
    organizations=[
        O("Podkrakowska Izba Gospodarcza", "Podkrakowskiej Izby Gospodarczej (PIG)", ["PIG"],
          note="also 'PIG', 'PIG-u', 'Podkrakowska Izba Gospodarcza'"),
        O("Małopolskie Porozumienie Organizacji Gospodarczych", "Małopolskiego Porozumienia Organizacji Gospodarczych"),
        O("Urząd Pracy Powiatu Krakowskiego", "Urzędem Pracy Powiatu Krakowskiego"),
        O("Unia Europejska", "Unii Europejskiej", opt=True, note="as context ('po wejściu Polski do Unii Europejskiej')"),
    ],
    not_dates=["'21 lat', '11 lat temu' are durations", "'czworgu wybitnym przedsiębiorcom' (four decorated members) "
               "is not attendance"],
    note="A regional chamber's general assembly with state decorations handed over by the voivode. No date in the "
         "text (2024/05/30 only in the address). The President of Poland is an office ('prezydenta RP'), no name. "
         "No cluster.")

doc(ID[1105], None,
    E("Wizyta studyjna w Technical University of Munich",
      ["wizyta studyjna", "wizyta studyjna w TUM", "wizycie studyjnej w Technical University of Munich",
       "Liderzy w zarządzaniu uczelnią"], None, 2023),
    dates=[
        D("2023-04-24", "2023-04-28", "24 – 28 kwietnia 2023 r."),
        D("2017", "2017", "W 2017 roku", note="year of a ranking"),
    ],
    venues=[
        V("Monachium", "w Monachium", ["München", "Munich"]),
        V("Technical University of Munich", "Technical University of Munich (TUM)", ["TUM"], opt=True,
          note="the host university (building-level venue)"),
    ],
    people=[P("Antoni Niepokólczycki", "dyrektor", "dr inż. Antoni Niepokólczycki",
              note="'dyrektor Instytutu – Centrum Doskonałości Badań Kół Zębatych, dr inż. Antoni Niepokólczycki'")],
    organizations=[
        O("Instytut – Centrum Doskonałości Badań Kół Zębatych", "Instytutu – Centrum Doskonałości Badań Kół Zębatych",
          ["Centrum Doskonałości Badań Kół Zębatych"]),
        O("Ministerstwo Edukacji i Nauki", "Ministerstwo Edukacji i Nauki", ["MEiN"]),
        O("Technical University of Munich", "Technical University of Munich (TUM)", ["TUM"], note="also 'TUM' alone"),
        O("TUM International GmbH", "TUM International GmbH"),
        O("BMW", "BMW"),
        O("Siemens", "Siemens"),
    ],
    not_dates=["'III osi priorytetowej', '4. miejsce' are ordinals", "'17 laureatów nagrody Nobla' is not attendance",
               "the project 'Liderzy w zarządzaniu uczelnią' and the programme POWER are not annotated"],
    note="A university institute director's study visit to TU Munich organised by the ministry. Menu junk at the "
         "start ('• Polski', '• English', 'Kontrast', 'Czcionka'); combining ogoneks kept ('Specjalnością̨', 'są̨'). "
         "No cluster. Cut at 'ag'.")

doc(ID[1106], "2025-12-03",
    E("Forum Samorządowe", ["Forum Samorządowe w Zakopanem", "Forum", "Pierwsza edycja Forum Samorządowego",
                            "Forum Samorządowego"], 1, 2025),
    dates=[D("2025-12-03", "2025-12-03", "date 2025-12-03", note="scraped full date stamp (also the document_date)")],
    venues=[V("Zakopane", "W Zakopanem", note="also 'miastem gospodarzem było Zakopane', 'Wydarzenie w Zakopanem'")],
    attendance=[
        A(400, "participants", "more_than", "ponad 400 samorządowców"),
        A(30, "participants", "more_than", "ponad 30 posłów i senatorów"),
        A(62, "organizations", "exact", "62 partnerów biznesowych, instytucjonalnych i medialnych", opt=True,
          note="partners won by the forum (sponsors, not necessarily present)"),
        A(3, "participants", "exact", "3 marszałków województw", opt=True, note="subgroup of the 400"),
        A(10, "participants", "exact", "10 prezydentów miast", opt=True, note="subgroup of the 400"),
        A(19, "participants", "exact", "19 starostów", opt=True, note="subgroup of the 400"),
        A(68, "participants", "exact", "68 burmistrzów", opt=True, note="subgroup of the 400"),
        A(86, "participants", "exact", "86 wójtów", opt=True, note="subgroup of the 400"),
    ],
    people=[
        P("Władysław Kosiniak-Kamysz", ["wicepremier", "minister"],
          "Władysław Kosiniak-Kamysz, wicepremier i minister obrony narodowej"),
        P("Miłosz Motyka", "minister", "Miłosz Motyka, minister energii"),
        P("Jan Szyszko", "sekretarz", "Jan Szyszko, sekretarz stanu w Ministerstwie Funduszy i Polityki Regionalnej"),
        P("Ireneusz Raś", "sekretarz", "Ireneusz Raś, sekretarz stanu w Ministerstwie Sportu i Turystyki"),
        P("Marcin Przydacz", ["minister", "szef"], "minister Marcin Przydacz, szef Biura Polityki Międzynarodowej"),
        P("Karol Nawrocki", "prezydent", "prezydenta Karola Nawrockiego", note="genitive"),
    ],
    organizations=[
        O("Fundacja Instytut Studiów Wschodnich", "Fundacja Instytut Studiów Wschodnich", ["Instytut Studiów Wschodnich"]),
        O("Urząd Marszałkowski Województwa Małopolskiego", "Urząd Marszałkowski Województwa Małopolskiego"),
        O("Ministerstwo Funduszy i Polityki Regionalnej", "Ministerstwie Funduszy i Polityki Regionalnej", ["MFiPR"]),
        O("Ministerstwo Sportu i Turystyki", "Ministerstwie Sportu i Turystyki"),
        O("Kancelaria Prezydenta Rzeczypospolitej Polskiej", "Kancelarii Prezydenta Rzeczypospolitej Polskiej",
          ["Kancelaria Prezydenta RP", "Kancelaria Prezydenta"]),
        O("Biuro Polityki Międzynarodowej", "Biura Polityki Międzynarodowej", opt=True, note="a unit of the Chancellery"),
        O("PLAY", "PLAY", ["Play", "P4"]),
        O("Supra Brokers", "Supra Brokers"),
        O("Fonroche Lighting", "Fonroche Lighting"),
        O("Cogito Med.", "Cogito Med.", ["Cogito Med"]),
        O("Evan – Nowe Technologie", "Evan – Nowe Technologie", ["Evan - Nowe Technologie", "Evan"]),
        O("Rentersi", "Rentersi"),
        O("Krajowy Zasób Nieruchomości", "Krajowy Zasób Nieruchomości", ["KZN"]),
        O("Next Bike", "Next Bike", ["Nextbike"]),
        O("Koleje Małopolskie", "Koleje Małopolskie"),
        O("AMP Group", "AMP Group"),
        O("Geotermia Podhalańska", "Geotermia Podhalańska"),
        O("Via Vistula", "Via Vistula"),
        O("Małopolska Agencja Rozwoju Regionalnego", "Małopolska Agencja Rozwoju Regionalnego", ["MARR"]),
        O("Polska Izba Informatyki i Telekomunikacji", "Polska Izba Informatyki i Telekomunikacji", ["PIIT"]),
        O("Stowarzyszenie Aglomeracja Tarnowska", "Stowarzyszenie Aglomeracja Tarnowska", ["Aglomeracja Tarnowska"]),
        O("Urząd Miejski we Wrocławiu", "Urząd Miejski we Wrocław", ["Urząd Miejski Wrocławia"],
          note="cut at 'Wrocław' (the text ends there)"),
    ],
    not_dates=["'Pierwsza edycja' is the edition (1)"],
    note="Opens with a scraped full stamp ' date 2025-12-03 ' (document_date and a date). A local-government forum "
         "rich in ministers, agencies, companies and associations. Counts: 400+ local officials (required), 30+ MPs "
         "and senators (required), the breakdown by office optional. No cluster. Cut at 'Wrocław'.")

doc(ID[1107], None,
    E("XXXII Forum Ekonomiczne", ["Forum Ekonomiczne", "Forum Ekonomiczne w Karpaczu", "XXXII Forum Ekonomicznym",
                                  "Forum", "Nowe wartości Starego Kontynentu – Europa u progu zmian"], 32, 2023),
    dates=[D("2023-09", "2023-09", "date 2023-09", note="scraped month stamp: a date, not a document_date (as fresh 402)")],
    venues=[
        V("Karpacz", "w Karpaczu", note="twice"),
        V("Hotel Gołębiewski", "w Hotelu Gołębiewski", ["Hotel Gołębiewski w Karpaczu"], opt=True,
          note="building-level venue"),
    ],
    attendance=[
        A(5400, "participants", "approx", "prawie 5400 gości", note="'prawie': approx"),
        A(7000, "participants", "more_than", "przekroczyła 7000 osób",
          note="all persons involved and taking part ('przekroczyła': more than)"),
    ],
    people=[
        P("Rajmund Andrzejczak", ["szef", "generał"], "Generał Rajmund Andrzejczak – Szef Sztabu Generalnego WP"),
        P("Piotr Gliński", "minister", "Piotr Gliński – Minister Kultury i Dziedzictwa Narodowego"),
        P("Krzysztof Gawkowski", "przewodniczący", "Krzysztof Gawkowski – Przewodniczący Klubu Parlamentarnego Lewicy"),
        P("Krzysztof Bosak", "współprzewodniczący", "Krzysztof Bosak – współprzewodniczący Konfederacji"),
        P("Ryszard Terlecki", "wicemarszałek", "Ryszard Terlecki – Wicemarszałek Sejmu Rzeczpospolitej Polskiej"),
        P("Anna Moskwa", "minister", "Anna Moskwa – Minister Klimatu i Środowiska"),
        P("Henryk Kowalczyk", ["minister", "członek rady ministrów"], "Henryk Kowalczyk – Minister, członek Rady Ministrów"),
        P("Waldemar Buda", "minister", "Waldemar Buda – Minister Rozwoju i Technologii"),
        P("Marlena Maląg", "minister", "Marlena Maląg – Minister Rodziny i Polityki Socjalnej"),
        P("Grzegorz Puda", "minister", "Grzegorz Puda – Minister Funduszy i Polityki Regionalnej"),
        P("Agnieszka Ścigaj", ["minister", "członek rady ministrów"], "Agnieszka Ścigaj – Minister, członek Radymi Ministrów",
          note="typo 'Radymi' kept"),
        P("Marek Kuchciński", ["minister", "członek rady ministrów"], "Marek Kuchciński – Minister, członek Rady Ministrów"),
        P("Włodzimierz Tomaszewski", None, "Włodzimierz Tomaszewski", note="the text is cut after the name: no role"),
    ],
    organizations=[
        O("Sztab Generalny Wojska Polskiego", "Sztabu Generalnego WP", ["Sztab Generalny WP"], opt=True,
          note="in a title"),
        O("Klub Parlamentarny Lewicy", "Klubu Parlamentarnego Lewicy", ["Lewica"], opt=True, note="in a title"),
        O("Konfederacja", "Konfederacji", opt=True, note="a political party, in a title"),
        O("Sejm Rzeczypospolitej Polskiej", "Sejmu Rzeczpospolitej Polskiej", ["Sejm", "Sejm RP"], opt=True,
          note="in a title"),
        O("Rada Ministrów", "Rady Ministrów", opt=True, note="in titles"),
        O("Hotel Gołębiewski", "Hotelu Gołębiewski", opt=True, note="the venue hotel"),
    ],
    not_dates=["'około 550 wydarzeń' is a count of events, not attendance", "'XXXII' is the edition (32)"],
    note="Summary of the 32nd Economic Forum in Karpacz with a long list 'Name – Title' of politicians. Ministries "
         "appear only inside titles ('Minister Klimatu i Środowiska'): not annotated as organisations. A scraped "
         "month stamp ' date 2023-09 '. No cluster. Cut after 'Włodzimierz Tomaszewski'.")

doc(ID[1108], None,
    E("Podpisanie umowy inicjującej utworzenie Klastra Centrum Innowacji Technologicznych",
      ["Powstanie Klaster Centrum Innowacji Technologicznych", "podpisanie umowy",
       "Umowa inicjująca utworzenie Klastra", "Klaster Centrum Innowacji Technologicznych"], None, 2016),
    dates=[
        D("2016-04-11", "2016-04-11", "11 kwietnia 2016 roku"),
        D("2001", "2019", "2001-2019", opt=True, note="copyright years in the page footer (junk)"),
    ],
    venues=[
        V("Rybnik", "Urzędzie Miasta Rybnika", opt=True, note="the city only inside the office's name"),
        V("Urząd Miasta Rybnika", "w Urzędzie Miasta Rybnika", opt=True, note="building-level venue"),
    ],
    attendance=[A(12, "organizations", "exact", "dwanaście podmiotów",
                  note="number word: twelve entities declared cooperation (the signatories)")],
    clusters=[C("Klaster Centrum Innowacji Technologicznych", "Klaster Centrum Innowacji Technologicznych",
                ["Klastra Centrum Innowacji Technologicznych", "Centrum Innowacji Technologicznych", "Klaster CIT"],
                note="twice; also 'Klastra Centrum Innowacji Technologicznych'")],
    people=[
        P("Andrzej Kowalczyk", ["prorektor", "rektor elekt", "rektor"],
          "rektor elekt prof. dr hab. Andrzej Kowalczyk – prorektor ds. nauki i współpracy z gospodarką",
          note="twice (also in a photo caption)"),
        P("Dariusz Laska", "dyrektor",
          "dyrektor Centrum ds. Badań Naukowych i Współpracy z Gospodarką Dariusz Laska"),
        P("Piotr Kuczera", "prezydent", "Prezydent Rybnika Piotr Kuczera", note="photo caption"),
        P("Wacław Troszka", None, "Fot. Wacław Troszka", opt=True, note="photo credit"),
    ],
    organizations=[
        O("Uniwersytet Śląski", "Uniwersytet Śląski", ["Uniwersytet Śląski w Katowicach", "UŚ"],
          note="also in the footer 'Uniwersytet Śląski w Katowicach'"),
        O("Urząd Miasta Rybnika", "Urzędzie Miasta Rybnika", ["Urząd Miasta Rybnik"]),
        O("Centrum ds. Badań Naukowych i Współpracy z Gospodarką", "Centrum ds. Badań Naukowych i Współpracy z Gospodarką",
          opt=True, note="a unit of the university"),
        O("Miasto Rybnik", "Rybnika", ["Rybnik"], opt=True, note="municipality, in a title"),
    ],
    not_dates=["'Copyright © 2001-2019' is footer junk (optional range)"],
    note="Founding agreement of a cluster signed at the Rybnik city hall, reported by the University of Silesia. "
         "Social-media menu at the start and footer at the end (junk). The photo caption repeats the rector's name "
         "and title.")

doc(ID[1109], None,
    E("Forum Wizja Rozwoju", ["VI edycja Forum Wizja Rozwoju", "Wizja Rozwoju", "Forum", "VI Forum Wizja Rozwoju"],
      6, None),
    venues=[
        V("Gdynia", "Gdynia", note="'Gdynia po raz kolejny staje się miejscem do spotkania'"),
        V("Akademia Marynarki Wojennej", "Akademii Marynarki Wojennej", ["AMW"], opt=True,
          note="the academy hosted the forum 'w swoich murach' (building-level venue)"),
        V("Pomorze", "na Pomorzu", opt=True, note="region"),
    ],
    people=[
        P("Mateusz Morawiecki", "premier", "premier Mateusz Morawiecki", note="twice; also 'szef polskiego' (cut)"),
        P("Andrzej Michalak", "prezes", "doktor Andrzej Michalak, prezes Fundacji Wizja Rozwoju"),
        P("Tomasz Szubrycht", "rektor", "Tomasz Szubrycht, Rektor Akademii Marynarki Wojennej"),
    ],
    organizations=[
        O("Fundacja Wizja Rozwoju", "Fundacji Wizja Rozwoju"),
        O("Akademia Marynarki Wojennej", "Akademii Marynarki Wojennej", ["AMW"]),
        O("Eurostat", "Eurostatu"),
        O("Unia Europejska", "Unii Europejskiej", opt=True, note="as context ('krajów Unii Europejskiej')"),
    ],
    not_dates=["'VI edycja' is the edition (6)", "'czwartą rewolucję przemysłową' is not a date"],
    note="Report of the 6th Forum Wizja Rozwoju in Gdynia (edition 6). No date and no year in the text (2023 only in "
         "the address): event year null. 'tysiące gości' has no number. No cluster. Cut at 'polskiego'.")

doc(ID[1110], "2008-08-20",
    E("Spotkanie z Bonim", ["Spotkanie z Panem Ministrem Michałem Bonim", "spotkanie z ministrem Michałem Bonim",
                            "spotkanie"], None, 2008),
    dates=[D("2008-08-20", "2008-08-20", "20.08.2008", note="dateline")],
    people=[
        P("Michał Boni", "minister", "Panem Ministrem Michałem Bonim", note="also 'Bonim' in the title"),
        P("Krystyna Poślednia", "marszałek", "Panią Marszałek Krystyną Poślednią", note="instrumental"),
        P("Maciej Szafrański", "pełnomocnik", "dr inż. Maciej Szafrański, Pełnomocnik Rektora PP ds. AWT®"),
    ],
    organizations=[
        O("Urząd Marszałkowski Województwa Wielkopolskiego", "Urzędu Marszałkowskiego Województwa Wielkopolskiego"),
        O("Politechnika Poznańska", "Politechniki Poznańskiej", ["PP"], note="also 'PP'"),
    ],
    not_dates=["'AWT®' is a programme (akceleracja wiedzy technicznej), not an organisation",
               "'Raport o Kapitale Intelektualnym Polski' is a report"],
    note="Short (528 bytes) 2008 note on a meeting of a technology-transfer programme with a minister; names in the "
         "instrumental after honorifics ('Panem Ministrem', 'Panią Marszałek'). No venue, no cluster.")

doc(ID[1111], None,
    E("Spotkanie Krajowych Klastrów Kluczowych",
      ["Spotkanie Krajowych Klastrów Kluczowych w Ministerstwie Rozwoju", "spotkanie"], None, 2017),
    dates=[D("2017-05-05", "2017-05-05", "5 maja 2017 r.")],
    venues=[V("Ministerstwo Rozwoju", "w Ministerstwie Rozwoju", opt=True,
              note="the ministry (building-level venue); no city named")],
    attendance=[
        A(16, "organizations", "exact", "16 Urzędów Marszałkowskich",
          note="also '16 Krajowych Klastrów Kluczowych' (the same key, see the optional item)"),
        A(16, "organizations", "exact", "16 Krajowych Klastrów Kluczowych", opt=True,
          note="the same (value, category) as the required item: a second prediction of it cannot score"),
    ],
    clusters=[C("Klaster Zielona Chemia", "Klastra Zielona Chemia", ["Zielona Chemia"])],
    organizations=[
        O("Ministerstwo Rozwoju", "Ministerstwie Rozwoju", ["MR"], note="twice (heading and text)"),
        O("Grupa Robocza ds. polityki klastrowej", "Grupy roboczej ds. polityki klastrowej",
          ["Grupa robocza ds. polityki klastrowej"], opt=True, note="a working group being set up (a body)"),
        O("Rada Krajowych Klastrów Kluczowych", "Rady Krajowych Klastrów Kluczowych", opt=True,
          note="a council being set up (a body)"),
    ],
    not_dates=["'Krajowe Klastry Kluczowe' is a status, not a cluster's name"],
    note="Short (723 bytes) note of the Green Chemistry cluster on a key-clusters meeting at the Ministry of "
         "Development. Heading printed twice. 'Więcej informacji TUTAJ' is a link stub.")

doc(ID[1112], None,
    E("24. Gala Regionalnej Izby Przemysłowo-Handlowej w Gliwicach",
      ["Gala Regionalnej Izby Przemysłowo-Handlowej w Gliwicach", "Gala RIPH", "Marka Śląskie", "gala",
       "24. Gala Regionalnej Izby Przemysłowo-Handlowej"], 24, None),
    dates=[D("XXXX-09-01", "XXXX-09-01", "W sobotę, 1 września", note="no year in the text")],
    venues=[
        V("Gliwice", "W GLIWICACH", note="'ZOBACZ ZDJĘCIA Z GALI W GLIWICACH'; also in the chamber's name"),
        V("Arena Gliwice", "hali widowiskowo-sportowej „Arena Gliwice”", ["„Arena Gliwice”"], opt=True,
          note="building-level venue"),
    ],
    attendance=[A(600, "participants", "approx", "Około 600 gości")],
    people=[P("Zygmunt Frankiewicz", "prezydent", "Zygmunt Frankiewicz, prezydent Gliwic", note="also 'Frankiewicz'")],
    organizations=[
        O("Regionalna Izba Przemysłowo-Handlowa w Gliwicach", "Regionalnej Izby Przemysłowo-Handlowej w Gliwicach",
          ["RIPH", "Regionalna Izba Przemysłowo-Handlowa"], note="twice"),
        O("Krajowa Izba Gospodarcza", "Krajowej Izby Gospodarczej", ["KIG"]),
        O("Województwo Śląskie", "województwa śląskiego", opt=True, note="region"),
    ],
    not_dates=["'3,69 zł' is a price (paywall junk)", "'24.' is the edition"],
    note="Paywalled regional report (plus.nowiny24.pl) on the 24th gala of a chamber of commerce; the text opens "
         "with a blank line and ends in paywall junk. 'W sobotę, 1 września' without a year: XXXX-09-01, year null. "
         "No cluster.")

doc(ID[1113], None,
    E("Spotkanie robocze Partnerów Lubelskiego Klastra Ekoenergetycznego",
      ["spotkanie robocze", "Spotkanie robocze Partnerów Klastra"], None, 2021),
    dates=[D("2021-08-03", "2021-08-03", "3 sierpnia 2021 roku")],
    venues=[
        V("online", "na platformie Zoom", note="an online meeting"),
        V("Puławy", "w Puławach", opt=True, note="only in the institute's name"),
    ],
    clusters=[C("Lubelski Klaster Ekoenergetyczny", "Lubelskiego Klastra Ekoenergetycznego",
                ["Lubelski Klaster Ekonergetyczny", "LKE", "Klaster Ekoenergetyczny"],
                note="also misspelt 'Lubelskiego Klastra Ekonergetycznego'")],
    people=[
        P("Cezary Pasternak", None, "Pan Cezary Pasternak", note="affiliation only ('reprezentujący')"),
        P("Małgorzata Gałczyńska", None, "Pani Małgorzata Gałczyńska", note="affiliation only"),
    ],
    organizations=[
        O("Instytut Uprawy Nawożenia i Gleboznawstwa – Państwowy Instytut Badawczy",
          "Instytut Uprawy Nawożenia i Gleboznawstwa Państwowy Instytut Badawczy w Puławach",
          ["Instytut Uprawy Nawożenia i Gleboznawstwa Państwowy Instytut Badawczy", "IUNG-PIB", "IUNG",
           "Instytut Uprawy Nawożenia i Gleboznawstwa"]),
        O("Lubelska Fundacja Rozwoju", "Lubelską Fundację Rozwoju", ["LFR"]),
        O("Fundacja Rozwoju Lubelszczyzny", "Fundacji Rozwoju Lubelszczyzny", ["FRL"]),
        O("Enterprise Europe Network", "Sieć Enterprise Europe Network", ["EEN", "Sieć Enterprise Europe Network"]),
        O("Zoom", "Zoom", opt=True, note="the platform (a company's product)"),
    ],
    not_dates=["'Krajowego Klastra Kluczowego (KKK)' is a status and a competition, not an organisation"],
    note="Online working meeting of a cluster's partners. Double spaces kept ('Pasternak  reprezentujący'). Another "
         "event and text than the 2017 V4 conference of held-out 112 (the same person appears).")

doc(ID[1114], None,
    E("Dyplomatyczne Otwarcie Roku", ["Dyplomatycznego Otwarcia Roku", "Dyplomatyczne Otwarcie Roku za nami"],
      None, None),
    dates=[D("XXXX-01-17", "XXXX-01-17", "W czwartek 17 stycznia", note="no year in the text")],
    venues=[V("Centrum Olimpijskie PKOl", "w siedzibie Centrum Olimpijskiego PKOl", ["Centrum Olimpijskie"], opt=True,
              note="building-level venue; no city named")],
    attendance=[
        A(400, "participants", "more_than", "ponad 400 gości"),
        A(100, "participants", "more_than", "ponad 100 zagranicznych dyplomatów", opt=True,
          note="subgroup of the 400 ('w tym')"),
    ],
    people=[
        P("Andrzej Arendarski", "prezes", "Prezes Krajowej Izby Gospodarczej Andrzej Arendarski"),
        P("Jerzy Kwieciński", "minister", "minister Jerzy Kwieciński"),
        P("Krzysztof Szczerski", "minister", "minister Krzysztof Szczerski"),
        P("Tadeusz Kościński", "wiceminister", "wiceminister Tadeusz Kościński"),
        P("Tadeusz Skobel", "wiceminister", "wiceminister Tadeusz Skobel"),
        P("Sebastian Trojak", "członek zarządu", "Sebastian Trojak, członek zarządu województwa lubelskiego"),
        P("Danuta Sulowska", None, "Danutą Sulowską", note="'przedstawicielką Departamentu …': affiliation only"),
    ],
    organizations=[
        O("Krajowa Izba Gospodarcza", "Krajowej Izby Gospodarczej", KIG, note="three times"),
        O("Ministerstwo Inwestycji i Rozwoju", "Ministerstwo Inwestycji i Rozwoju", ["MIiR"]),
        O("Kancelaria Prezydenta RP", "Kancelaria Prezydenta RP", ["Kancelaria Prezydenta Rzeczypospolitej Polskiej"]),
        O("Ministerstwo Przedsiębiorczości i Technologii", "Ministerstwo Przedsiębiorczości i Technologii", ["MPiT"]),
        O("Ministerstwo Energii", "Ministerstwo Energii", ["ME"]),
        O("Polski Komitet Olimpijski", "PKOl", ["PKOl"], opt=True, note="only in the venue's name"),
        O("Samorząd Województwa Lubelskiego", "Samorząd Województwa Lubelskiego", ["Województwo Lubelskie"], opt=True,
          note="region"),
        O("Departament Gospodarki i Współpracy Zagranicznej", "Departamentu Gospodarki i Współpracy Zagranicznej",
          opt=True, note="a unit of the marshal's office"),
    ],
    not_dates=["'galeriaGALERIA' is junk"],
    note="Regional report (lubelskie.pl) of the chamber's 'Diplomatic Opening of the Year' (a January edition, year "
         "not in the text: XXXX-01-17). Not the 2024 edition of held-out (nowaturystyka.pl). Ministers with ministry "
         "after the name ('minister Jerzy Kwieciński, Ministerstwo Inwestycji i Rozwoju'). No cluster.")

doc(ID[1115], "2016-09-01",
    E("Obchody 195 rocznicy Niepodległości krajów Ameryki Centralnej",
      ["obchody 195 rocznicy Niepodległości", "Obchody Dnia Niepodległości",
       "Obchody 195 rocznicy Niepodległości krajów Ameryki Centralnej w KIG"], 1, 2016),
    dates=[
        D("2016-09-01", "2016-09-01", "01.09.2016", note="dateline (before the event date: kept as printed)"),
        D("2016-09-16", "2016-09-16", "W dniu 16 września", note="year from the dateline"),
        D("2014", "2020", "2014-2020", note="programme period in the funding footer"),
    ],
    venues=[V("siedziba KIG", "w siedzibie KIG", ["Krajowa Izba Gospodarcza"], opt=True,
              note="the chamber's seat (building-level venue); no city named")],
    people=[
        P("Andrzej Arendarski", ["prezes", "konsul honorowy", "konsul"],
          "Prezes KIG oraz Konsul Honorowy Republiki Hondurasu pan Andrzej Arendarski",
          note="also 'Prezesem KIG Andrzejem Arendarskim'"),
        P("Monika Sasiak", None, "Monika Sasiak", opt=True, note="contact person in the footer"),
    ],
    organizations=[
        O("Krajowa Izba Gospodarcza", "KIG", KIG, note="many times; also 'Krajowa Izba Gospodarcza' in the footer"),
        O("GRULAC", "GRULAC", ["The Latin American and Caribbean Group", "Grupa GRULAC"],
          note="'grupy GRULAC: The Latin American and Caribbean Group – United Nation'"),
        O("Organizacja Narodów Zjednoczonych", "United Nation", ["United Nations", "ONZ"], opt=True,
          note="misspelt, inside the group's description"),
        O("Biuro Współpracy z Zagranicą KIG", "Biuro Współpracy z Zagranicą KIG", opt=True, note="a unit of the chamber"),
        O("Europejski Fundusz Rozwoju Regionalnego", "Europejskiego Funduszu Rozwoju Regionalnego", ["EFRR"], opt=True,
          note="an EU fund (funding footer)"),
    ],
    not_dates=["'195 rocznicy' is an anniversary number, not a date", "'POIR.03.04.00-14-0001/20', 'działania 3.4' "
               "are project codes", "'tel. 22 630 97 23' is a phone number",
               "Berlin and Zurich are where the ambassadors reside, not venues"],
    note="Chamber of commerce report: first celebration (edition 1 from 'pierwsze … obchody', debatable) of the "
         "Central American independence day with an economic meeting of Latin American ambassadors. Contact block "
         "and a funding footer (junk). No cluster.")

doc(ID[1116], None,
    E("Polskie organizacje biznesowe na świecie – jak wykorzystać potencjał istniejących struktur",
      ["konferencja", "konferencja biznesowa", "konferencja PAIH"], None, None),
    attendance=[A(18, "organizations", "exact", "18 izb", note="chambers of commerce abroad")],
    people=[
        P("Wojciech Fedko", "wiceprezes", "wiceprezes PAIH Wojciech Fedko"),
        P("Joanna Schuhholz", ["dyrektor", "członek zarządu"],
          "Joanna Schuhholz, Dyrektor i Członek Zarządu Polskiej Izby Handlowej w Holandii"),
        P("Javier Sosnowski", "prezes", "Javier Sosnowski, Prezes Hiszpańsko-Polskiej Izby Handlowej"),
    ],
    organizations=[
        O("Polska Agencja Inwestycji i Handlu", "Polskiej Agencji Inwestycji i Handlu", ["PAIH"],
          note="also 'PAIH' twice"),
        O("Stowarzyszenie Polskich Izb Handlowych za Granicą", "Stowarzyszenie Polskich Izb Handlowych za Granicą (SPIHG)",
          ["SPIHG"], note="also 'Stowarzyszenia Polskich Izb Handlowych za Granicą', 'SPIHG'"),
        O("Polska Izba Handlowa w Holandii", "Polskiej Izby Handlowej w Holandii"),
        O("Hiszpańsko-Polska Izba Handlowa", "Hiszpańsko-Polskiej Izby Handlowej"),
        O("Polsko-Gruzińska Izba Przemysłowo-Handlowa", "Polsko – Gruzińska Izba Przemysłowo -Handlowa",
          ["Polsko – Gruzińska Izba Przemysłowo -Handlowa", "Polsko-Gruzińska Izba Przemysłowo Handlowa"],
          note="spaced dashes as printed"),
    ],
    not_dates=["the countries of the 18 chambers (Norwegia … Serbia, Nowy Jork, Florida, Kalifornia) are origins, "
               "not venues", "'Źródło: https://www.paih.gov.pl' is a source line"],
    note="Republished PAIH release on a conference of Polish chambers abroad founding an association. The text gives "
         "no date, no place and no name of the conference (the title is only in the address): dates and venues "
         "empty, event year null. No cluster.")

doc(ID[1117], None,
    E("Spotkanie prezesa Polsko-Bułgarskiej Izby Handlowej z ambasadorem Rzeczypospolitej Polskiej w Bułgarii",
      ["spotkanie", "spotkanie w Ambasadzie RP w Sofii"], None, 2020),
    dates=[
        D("2020-02-04", "2020-02-04", "04.02.2020 r."),
        D("2020", "2020", "w 2020r.", note="year of the planned joint undertakings"),
    ],
    venues=[
        V("Sofia", "w Sofii", note="'w Ambasadzie RP w Sofii'; also the planned mission 'do Sofii'"),
        V("Ambasada RP w Sofii", "Ambasadzie RP w Sofii", opt=True, note="building-level venue"),
    ],
    people=[P("Maciej Szymański", "ambasador",
              "Macieja Szymańskiego, pełnomocnego i nadzwyczajnego ambasadora Rzeczypospolitej Polskiej w Republice Bułgarii",
              note="'Jego Ekscelencję Macieja Szymańskiego' (accusative)")],
    organizations=[
        O("Polsko-Bułgarska Izba Handlowa", "Polsko-Bułgarskiej Izby Handlowej", ["PBIH"], note="also 'PBIH'"),
        O("Ambasada RP w Sofii", "Ambasadzie RP w Sofii", ["Ambasada Rzeczypospolitej Polskiej w Bułgarii",
                                                           "Ambasada RP w Bułgarii"]),
        O("Ambasada Republiki Bułgarii w Polsce", "Ambasadą Republiki Bułgarii w Polsce",
          ["Ambasada Bułgarii w Polsce"]),
    ],
    not_dates=["Mazowsze and the Sofia district are regions of a planned partnership, not venues"],
    note="A chamber's president meets the Polish ambassador in Sofia. The president is not named. No cluster.")

skipped(ID[1118], "de", "German press release of Baden-Württemberg's economy ministry on an international cluster "
        "matchmaking conference in Stuttgart (250 cluster managers from 30 countries, 21-22 September, a minister "
        "named): language gate, not Polish.")
skipped(ID[1119], "sk", "Slovak announcement of the first national cluster conference in Košice (29.3.2023) at "
        "'Clusters meet Regions': language gate, not Polish.")
