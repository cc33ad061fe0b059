"""Hand-written gold for corpus/fourteenth (ids 1300-1319), following corpus/GUIDE.md and the conventions of the
earlier gold sets (tenth ... thirteenth SOURCES.md and gold). Focus: venues (many towns, every case, online, origins
and distances that are not venues) and attendance (digits, number words, qualifiers; numbers that are not attendance).

Run: python3 run_gold.py  -> writes ../gold/*.json and checks that every `text` is an exact substring of the
raw file (so char spans can be computed from it: raw.find(text)).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import D, V, A, C, P, O, E, DOCS, doc, skipped  # noqa: F401 (the item helpers, see corpus/goldkit.py)
from ids import ID

UM = "a marshal's office named generically"

# ---------------------------------------------------------------------------------------------
doc(ID[1300], None,
    E("Kongres Business Without Limits", ["Business Without Limits", "BWL", "Kongres BWL",
                                          "Kongres Business Without Limits (BWL)", "kongres"], 6, None),
    venues=[
        V("Jasionka", "W podrzeszowskiej Jasionce", note="locative 'Jasionce'"),
        V("Centrum Wystawienniczo-Kongresowe G2A Arena", "Centrum Wystawienniczo-Kongresowym G2A Arena",
          ["G2A Arena", "Centrum Wystawienniczo-Kongresowe"], opt=True, note="building-level venue"),
        V("Rzeszów", "podrzeszowskiej", opt=True, note="reference point as an adjective (as tenth 908)"),
    ],
    people=[P("Piotr Pilch", "wicemarszałek", "wicemarszałek Piotr Pilch", note="three times")],
    organizations=[O("Województwo Podkarpackie", "województwa podkarpackiego", opt=True, note="the region")],
    not_dates=["'190614 bwl' opens the text: a photo/file name, not a date",
               "'od trzech lat', '10, 20 lat temu', 'przez dwa dni' are durations / relative spans without anchor"],
    note="Sixth edition ('szóstą edycją', 'szóstej edycji') of the BWL congress in Jasionka; no year and no date in "
         "the text. 'Inwestycje w Polsce' is a panel title, not a venue. No attendance count. Cut at 'polski'.")

doc(ID[1301], "2019-09-02",
    E("Kongres 60 milionów", ["„Kongres 60 milionów”", "Kongresu 60 milionów", "kongres"], None, 2019),
    dates=[
        D("2019-08-30", "2019-08-30", "30 sierpnia 2019 r."),
        D("2019-09-02", "2019-09-02", "2 września 2019 r.", note="the byline date ('Redakcja, ...'), the document_date"),
    ],
    venues=[
        V("Jasionka", "w Jasionce pod Rzeszowem", note="locative 'Jasionce'"),
        V("Rzeszów", "pod Rzeszowem", opt=True, note="reference point ('pod Rzeszowem'), not the venue itself"),
        V("G2A Arena", "W G2A arenie", ["Centrum Wystawienniczo-Kongresowe G2A Arena"], opt=True,
          note="building-level venue"),
    ],
    people=[
        P("Jerzy Kwieciński", "minister", "ministra rozwoju i inwestycji Jerzego Kwiecińskiego"),
        P("Władysław Ortyl", "marszałek", "marszałka Podkarpacia Władysława Ortyla"),
        P("Rita Cosby", "dziennikarka", "Rity Cosby – znanej amerykańskiej dziennikarki"),
        P("Jacek Magdoń", ["radny", "szef"], "radny Jacek Magdoń"),
    ],
    organizations=[
        O("Sejmik Podkarpacki", "Sejmiku Podkarpackiego", ["Sejmik Województwa Podkarpackiego"]),
        O("Komisja ds. Polaków za Granicą", "komisji ds. Polaków za Granicą", opt=True, note="a body of the Sejmik"),
    ],
    not_dates=["'60 milionów' in the name is the number of Poles in the world, not attendance",
               "'16 paneli dyskusyjnych' counts sessions, not attendance"],
    note="Short (983 bytes) report of the Polonia business congress in Jasionka near Rzeszów. 'z całego świata', "
         "'z obwodu winnickiego' are origins. Replaces a first candidate (pfrr.pl study visit of a Belarusian "
         "delegation) that was the same article as sixth 508 (993 shared shingles).")

doc(ID[1302], None,
    E("Jubileusz 25-lecia Targów Kielce", ["gala jubileuszowa Targów Kielce", "jubileuszowa gala",
                                           "jubileusz 25-lecia działalności", "jubileusz Targów Kielce", "gala"],
      None, None),
    dates=[D("1990", "1994", "w latach 1990-1994", note="a voivode's term (as tenth)")],
    venues=[
        V("Warszawa", "w Warszawie"),
        V("Teatr Polski", "Do Teatru Polskiego", opt=True, note="building-level venue (in Warsaw)"),
        V("Kielce", "w Targach Kielce", opt=True,
          note="where a medal was once awarded; 'Kielce' otherwise only in names ('Targi Kielce', 'Miasta Kielce')"),
    ],
    attendance=[A(900, "participants", "exact", "Gościliśmy 900 osób", note="title, printed three times")],
    people=[
        P("Andrzej Mochoń", "prezes", "prezes Targów Kielce Andrzej Mochoń"),
        P("Bożena Staniak", "wiceprezes", "wiceprezes Bożena Staniak"),
        P("Dariusz Michalak", "członek zarządu", "członkiem Zarządu Dariuszem Michalakiem"),
        P("Wojciech Lubawski", "prezydent", "Wojciech Lubawski, prezydent Miasta Kielce"),
        P("Krzysztof Zanussi", ["reżyser", "laureat"], "reżyser Krzysztof Zanussi"),
        P("Józef Płoskonka", "wojewoda", "Józef Płoskonka, wojewoda świętokrzyski",
          note="voivode in 1990-1994 (a former office)"),
    ],
    organizations=[
        O("Targi Kielce", "Targów Kielce", note="many times"),
        O("Miasto Kielce", "Miasta Kielce", opt=True, note="the municipality (owner)"),
        O("Sejm", "Sejmu", ["Sejm RP"], opt=True, note="'marszałków Sejmu i Senatu'"),
        O("Senat", "Senatu", ["Senat RP"], opt=True),
        O("Papieska Rada ds. Kultury", "Papieskiej Rady ds. Kultury", ["Papieska Rada do spraw Kultury"]),
    ],
    not_dates=["'75 wystaw targowych i 700 konferencji' are counts of events organised, not attendance",
               "'25-lecia' is an anniversary, not an edition or a date"],
    note="Jubilee gala of Targi Kielce held in Warsaw (Teatr Polski). No year in the text. 'w stolicy' is where "
         "the firms have their seats, not a venue (and 'Warszawa' is already required). 'redakcja' is the byline. "
         "Cut at 'Kielc'.")

doc(ID[1303], None,
    E("Międzynarodowy Salon Przemysłu Obronnego", ["MSPO", "XXXII MSPO", "Salon Przemysłu Obronnego",
                                                   "targi zbrojeniowe", "Międzynarodowy Salon Przemysłu Obronnego (MSPO)"],
      32, 2024),
    dates=[
        D("2024-03", "2024-03", "date 2024-03", note="scraped dateline (month), as fresh 402; not a document_date"),
        D("1993", "1993", "z 1993 roku", note="also 'W 93. roku' (same value)"),
        D("2023", "2023", "W ubiegłym roku", opt=True, note="relative to the 2024 dateline; twice"),
        D("2024-09-03", "2024-09-06", "od 3 do 6 września", note="'W bieżącym roku' = 2024"),
        D("2024-09-07", "2024-09-07", "7 września", note="'w sobotę, 7 września', the open day"),
    ],
    venues=[V("Kielce", "do Kielc", note="genitive after 'do'; otherwise 'Kielce' only in 'Targi Kielce'")],
    attendance=[
        A(78, "organizations", "exact", "78 firm", note="exhibitors of the first MSPO (1993): another edition"),
        A(5, "countries", "exact", "z pięciu krajów", note="number word"),
        A(5, "organizations", "exact", "pięć firm z Republiki Południowej Afryki", opt=True,
          note="a subgroup of the 78"),
        A(700, "organizations", "more_than", "700 wystawców",
          note="'przekroczyliśmy magiczną granicę 700 wystawców' (last year's edition): more than 700"),
    ],
    people=[P("Andrzej Mochoń", "prezes", "Andrzej Mochoń, prezes Targów Kielce", note="several times")],
    organizations=[
        O("Targi Kielce", "Targów Kielce"),
        O("Ministerstwo Obrony Narodowej", "Ministerstwa Obrony", ["Ministerstwo Obrony", "MON"],
          note="cut after 'Obrony'"),
    ],
    not_dates=["'czterech dni targowych', 'od wtorku do piątku' are a duration / weekdays",
               "'w siedmiu halach', 'dwie dodatkowe hale-namioty' count halls, not attendance",
               "'Około połowy to firmy polskie' is a share, not a count"],
    note="Interview summary about the 32nd MSPO (XXXII) with counts of the first and the last edition. Year 2024 from "
         "the dateline and 'W bieżącym roku'. 'z Republiki Południowej Afryki' is an origin. Cut at 'Obrony '.")

doc(ID[1304], None,
    E("Wizyta studyjna w Aglomeracji Opolskiej", ["Wizyty w Aglomeracji Opolskiej", "wyjazd studyjny",
                                                  "wyjazd studyjny do Aglomeracji Opolskiej", "wizyta"], None, 2022),
    dates=[D("2022-04-25", "2022-04-27", "W dniach 25-27 kwietnia 2022r.", note="'2022r.' glued")],
    venues=[
        V("Krapkowice", "odwiedzili miasto Krapkowice", note="accusative = nominative; first day of the visit"),
        V("Aglomeracja Opolska", "do Aglomeracji Opolskiej", opt=True, note="a sub-region (the visit's area)"),
        V("Odra", "rejs po Odrze", opt=True, note="a river cruise; a river, not a town"),
        V("Jaz Krapkowicki", "śluza Jaz Krapkowicki", opt=True, note="a lock visited (building-level)"),
    ],
    people=[P("Andrzej Kasiura", "burmistrz", "Burmistrza Miasta Krapkowice Pana Andrzeja Kasiurę",
              note="accusative; title before the name")],
    organizations=[
        O("Stowarzyszenie Przystań Jachtowa Krapkowice", "Stowarzyszenie Przystań Jachtowa Krapkowice"),
        O("Stowarzyszenie Aglomeracja Opolska", "Aglomeracji Opolskiej", ["Aglomeracja Opolska"], opt=True,
          note="the agglomeration is also an association (ZIT body)"),
        O("Aglomeracja Ołomuniecka", "ZIT Aglomeracji Ołomunieckiej", opt=True, note="the Czech ZIT structure"),
        O("Miasto Krapkowice", "Miasta Krapkowice", opt=True, note="the municipality"),
    ],
    not_dates=["'w ostatnich latach' is not a date"],
    note="Czech partners' study visit to the Opole agglomeration. 'w Polsce' (instytucji współpracujących w Polsce) "
         "is not a venue. No count. Cut at 'nieprzer'.")

doc(ID[1305], None,
    E("Forum Biznesowe Pogranicza", ["Forum Biznesowego Pogranicza", "Forum", "FBP",
                                     "piąta edycja Forum Biznesowego Pogranicza"], 5, None),
    dates=[D("1997", "2001", "w latach 1997-2001", note="Buzek's term as prime minister")],
    venues=[
        V("Suwałki", "w Suwałkach"),
        V("Park Naukowo-Technologiczny Polska-Wschód", "W Parku Naukowo-Technologicznym Polska-Wschód",
          opt=True, note="building-level venue"),
        V("online", "zdalnie mówił", opt=True, note="one talk given remotely; the forum itself is on site"),
    ],
    people=[
        P("Jerzy Buzek", ["premier", "były przewodniczący", "przewodniczący"],
          "prof. Jerzy Buzek, polski premier", note="'polski premier w latach 1997-2001 oraz były przewodniczący "
          "Parlamentu Europejskiego'"),
        P("Czesław Renkiewicz", "prezydent", "Czesław Renkiewicz, Prezydent Suwałk", note="twice"),
    ],
    organizations=[
        O("Park Naukowo-Technologiczny Polska-Wschód", "Parku Naukowo-Technologicznym Polska-Wschód"),
        O("Parlament Europejski", "Parlamentu Europejskiego"),
        O("Unia Europejska", "Unii Europejskiej", opt=True, note="inside a talk's title"),
        O("Miasto Suwałki", "Miasto Suwałki", opt=True, note="the municipality (co-organiser)"),
        O("Urząd Marszałkowski Województwa Podlaskiego", "Urząd Marszałkowski Województwa Podlaskiego"),
        O("Europe Network", "Europe Network"),
    ],
    not_dates=["'Rok temu' has no date to anchor it (no year in the text): not annotated",
               "'dwa dni', 'po dwóch latach' are durations; 'czterech bloków tematycznych' is not attendance"],
    note="Fifth edition of the border business forum in Suwałki; no year in the text (the pandemic only).")

doc(ID[1306], None,
    E("Forum Gospodarcze Rynków Bałtyckich i Wschodnich", ["IV Forum Gospodarcze Rynków Bałtyckich i Wschodnich",
                                                           "Forum"], 4, None),
    venues=[V("Lidzbark Warmiński", "W Lidzbarku Warmińskim", note="twice; also 'do Lidzbarka'")],
    attendance=[A(5, "countries", "exact", "z Polski, Ukrainy, Litwy, Łotwy i Rosji", opt=True,
                  note="five countries listed, no numeral")],
    people=[
        P("Paweł Lulewicz", "dyrektor", "Paweł Lulewicz dyrektor Elbląskiego Parku Technologicznego"),
        P("Emil Słodownik", None, "Emil Słodownik z Biura Obsługi Inwestora", note="affiliation only"),
        P("Jacek Protas", "marszałek", "marszałek województwa Jacek Protas"),
    ],
    organizations=[
        O("Elbląski Park Technologiczny", "Elbląskiego Parku Technologicznego"),
        O("Biuro Obsługi Inwestora", "Biura Obsługi Inwestora", opt=True, note="a unit of Elbląg's city office"),
    ],
    not_dates=["'W piątek' has no date to anchor it", "'tak wiele osób' is not a number"],
    note="Elbląg (the publisher's city) is the delegates' origin, not a venue ('Elbląg reprezentują'); the guests' "
         "countries are origins. No year, no date.")

doc(ID[1307], "2010-05-04",
    E("Międzynarodowa Wystawa Gospodarcza „Biznes 2010”", ["Biznes 2010", "Międzynarodowa Wystawa Gospodarcza",
                                                          "Wystawa Gospodarcza w Jurborku", "Wystawa Gospodarcza",
                                                          "Międzynarodowa Konferencja i Wystawa Gospodarcza"],
      None, 2010),
    dates=[
        D("2010-05-04", "2010-05-04", "2010-05-04", note="'Dodano dnia:' stamp, also the document_date"),
        D("2010-04-30", "2010-05-01", "W dniach 30 kwietnia - 1 maja"),
        D("2010-04-30", "2010-04-30", "30.04.2010", note="also '30 kwietnia prelegencji'"),
        D("2010-05-01", "2010-05-01", "1.05.2010", note="twice; 'W sobotę' has the same value"),
        D("2010-09", "2010-09", "we wrześniu 2010 r.", note="Dni Agrobiznesu (another event)"),
    ],
    venues=[
        V("Jurbork", "w Jurborku", ["Jurbarkas"], note="twice more"),
        V("Litwa", "na Litwie", opt=True, note="country of the venue"),
        V("Dowspuda", "w Dowspudzie", note="venue of the Dni Agrobiznesu (another event mentioned)"),
    ],
    people=[P("Szczepan Ołdakowski", "starosta", "Starostą Szczepanem Ołdakowskim", note="instrumental; twice")],
    organizations=[
        O("Powiat Suwalski", "Powiatu Suwalskiego", opt=True, note="the county (publisher)"),
        O("Rejon Jurborski", "Rejonu Jurborskiego", opt=True, note="the partner district"),
        O("Europejski Fundusz Rozwoju Regionalnego", "Europejskiego Funduszu Rozwoju Regionalnego", ["EFRR"],
          opt=True, note="a fund (programme-like)"),
    ],
    not_dates=["'Biznes 2010' is a year inside a name (gives the event year)"],
    note="Suwałki county's entrepreneurs at a fair in Jurbarkas (Lithuania). 'z powiatu suwalskiego' is an origin. "
         "Typos kept ('prelegencji', 'powaitu', 'odbył się wystawa'). The programme 'Litwa-Polska' is not "
         "annotated. Cut at 'Gospodarc'.")

doc(ID[1308], None,
    E("Energetyka przygraniczna – świat energii jutra", ["Energetyka przygraniczna",
                                                         "XX konferencja „Energetyka przygraniczna – świat energii jutra”",
                                                         "XX edycja konferencji „Energetyka przygraniczna – świat energii jutra”",
                                                         "konferencja"], 20, None),
    venues=[V("Zielona Góra", "czy Zielona Góra może stać się centrum", opt=True,
              note="named only as a topic and in a quote; the venue is not stated")],
    people=[
        P("Herbert Gabryś", ["były wiceminister", "wiceminister"], "Herbert Gabryś, były wiceminister"),
        P("Marian Babiuch", "prezes", "Marian Babiuch, prezes Lubuskiego Towarzystwa"),
        P("Marek Cebula", "wojewoda", "Marek Cebula, wojewoda lubuski"),
        P("Jakub Mielcarz", None, "Fot. Jakub Mielcarz", opt=True, note="photo credit, twice"),
    ],
    organizations=[O("Lubuskie Towarzystwo na rzecz Rozwoju Energetyki",
                     "Lubuskiego Towarzystwa na rzecz Rozwoju Energetyki")],
    not_dates=["'W konferencji uczestniczyło kilkadziesiąt osób': 'kilkadziesiąt' (some tens) has no value, not "
               "annotated (as seventh 'dziesiątki')", "'Następna dekada', 'ile lat' are not dates"],
    note="20th edition ('XX'). Short text (1,149 bytes) ending 'Exit mobile version'. No date and no stated venue.")

doc(ID[1309], None,
    E("Welconomy", ["Welconomy Forum", "Forum Welconomy", "Welconomy w Toruniu"], None, None),
    venues=[
        V("Toruń", "w Toruniu", note="three times"),
        V("Ciechocinek", "w pobliskim Ciechocinku", note="venue of earlier editions"),
        V("Katowice", "podczas EKG w Katowicach", note="venue of another event mentioned (EKG)"),
        V("online", "zarówno w formule stacjonarnej, jak i zdalnej", opt=True,
          note="said of congresses in general, not explicitly of this one"),
    ],
    people=[
        P("Jacek Janiszewski", None, "Jacka Janiszewskiego", note="'eksperta, społecznika, samorządowca, niegdyś "
          "piastującego ministerialną tekę': descriptions, no title (experts get none, as held-out 112)"),
        P("Jarosław Pinkas", "główny inspektor sanitarny", "Główny Inspektor Sanitarny Jarosław Pinkas"),
        P("Andrzej Gantner", "dyrektor generalny", "Dyrektor Generalny Polskiej Federacji Producentów Żywności Andrzej Gantner"),
        P("Jerzy Chróścikowski", ["senator", "przewodniczący"], "senator Jerzy Chróścikowski"),
        P("Andrzej Tretyn", None, "prof. Andrzej Tretyn", note="academic title is not a role"),
        P("Krzysztof Herdzin", None, "Krzysztof Herdzin"),
        P("Grzegorz Borek", None, "Grzegorza Borka"),
        P("Aleksander Wasilewski", None, "Aleksandra Wasilewskiego"),
    ],
    organizations=[
        O("Polska Federacja Producentów Żywności", "Polskiej Federacji Producentów Żywności", ["PFPŻ"]),
        O("Senacka Komisja Rolnictwa", "senackiej Komisji Rolnictwa", ["Komisja Rolnictwa"], opt=True,
          note="a body of the Senate"),
    ],
    not_dates=["'Pół roku w cieniu COVID-19', 'od kilkunastu lat' are durations; no year in the text"],
    note="Blog post by a panel moderator on Welconomy in Toruń (2020 only from the pandemic, not written). "
         "'ze Śląska', 'z regionu kujawsko-pomorskiego' are origins of laureates. EKG is another event, not an "
         "organisation.")

doc(ID[1310], None,
    E("Misja Gospodarcza Lubelskiego Forum Pracodawców do Lwowa",
      ["Spotkanie z ukraińską przedsiębiorczością", "Misja Gospodarcza", "misja gospodarcza do Lwowa",
       "konferencja gospodarcza"], None, 2012),
    dates=[D("2012-09-20", "2012-09-22", "od 20 do 22 września 2012 roku")],
    venues=[
        V("Lwów", "we Lwowie", ["Lviv", "Lwiw"], note="also 'do Lwowa'"),
        V("Lublin", "do Lublina", opt=True,
          note="the Lviv firms were invited to Lublin (no event held); 'Z Lublina' is the origin"),
    ],
    people=[
        P("Andrzej Drozd", "konsul", "Konsul Andrzej Drozd", note="twice"),
        P("Stanisław Adamiak", ["konsul honorowy", "konsul"], "Konsul Honorowy Ukrainy w Polsce Stanisław Adamiak"),
        P("Roman Baran", "wiceprezydent", "Roman Baran – wiceprezydent LIH-P"),
        P("Volodymyr Korud", "kierownik", "Volodymyr Korud, kierownik działu"),
        P("Grzegorz Dębięc", "prezes", "Grzegorz Dębięc, prezes LFP"),
    ],
    organizations=[
        O("Lubelskie Forum Pracodawców", "Lubelskim Forum Pracodawców", ["LFP"]),
        O("Lwowska Izba Handlowo-Przemysłowa", "Lwowskiej Izby Handlowo – Przemysłowej",
          ["LIH-P", "Lwowska Izba Handlowo – Przemysłowa", "Lwowska Izba"]),
    ],
    not_dates=["'Grupa lubelskich firm' is not a number"],
    note="Lublin employers' mission to Lviv. 'Z Lublina do Lwowa': Lublin is the origin, Lviv the venue; 'Lwów i "
         "Lublin leży na szlaku' is not a venue; 'w Polsce' is part of a title.")

doc(ID[1311], None,
    E("Polsko-Wschodnia Konferencja PUIG Lub-Invest", ["Lub-Invest", "PUIG Lub-Invest", "PUIG Lub-Inwest",
                                                       "III Polsko-Wschodnia Konferencja PUIG Lub-Invest",
                                                       "Polsko-Wschodnia Konferencja PUIG Lub-Invest w Lublinie"], 3, None),
    venues=[
        V("Lublin", "w Lublinie"),
        V("Podstrefa Lublin", "na terenie Podstrefy Lublin", opt=True, note="zone visited (firms' sites)"),
    ],
    attendance=[A(14, "countries", "exact", "z 14 krajów", note="commercial counsellors from 14 countries, listed")],
    people=[
        P("Paweł Głaz", None, "Paweł Głaz", note="'przedstawiciel naszego Urzędu': no title"),
        P("Jacek Piechota", "prezes", "Prezes Polsko-Ukraińskiej Izby Gospodarczej Jacek Piechota"),
        P("Sławomir Sosnowski", "marszałek", "Marszałek Województwa Lubelskiego Sławomir Sosnowski"),
        P("Krzysztof Żuk", "prezydent", "Prezydent Miasta Lublina Krzysztof Żuk"),
        P("Margułan Baimukchan", "ambasador", "Ambasador Kazachstanu w RP Margułan Baimukchan"),
        P("Volodymyr Bachynsky", ["radca-minister", "radca"], "Radca-Minister Ambasady Ukrainy w RP Volodymyr Bachynsky"),
        P("John Petkus", ["honorowy konsul", "konsul"], "Honorowy Konsul RP w Las Vegas John Petkus"),
    ],
    organizations=[
        O("Polsko-Ukraińska Izba Gospodarcza", "Polsko-Ukraińską Izbę Gospodarczą", ["PUIG"]),
        O("Urząd Marszałkowski Województwa Lubelskiego", "Urząd Marszałkowski Województwa Lubelskiego"),
        O("Urząd Miasta Lublina", "Urząd Miasta Lublina", ["Urząd Miasta Lublin"]),
        O("Park Przemysłowy Lubaczów", "Parku Przemysłowego Lubaczów"),
        O("Izba Przemysłowo-Handlowa w Równym", "Izby Przemysłowo-Handlowej w Równym"),
        O("Zaporoska Izba Przemysłowo-Handlowa", "Zaporoskiej Izby Przemysłowo-Handlowej"),
        O("Ambasada Ukrainy", "Ambasady Ukrainy w RP", ["Ambasada Ukrainy w RP"]),
        O("ABM Greiffenberger Polska", "ABM Greiffenberger Polska"),
        O("Aliplast", "Aliplast"),
    ],
    not_dates=["no date or year in the text"],
    note="Third Lub-Invest conference in Lublin, reported by Lubaczów's office (another edition and publisher than "
         "tenth 909). Not venues: Lubaczów (the publisher's town, in names), Równe (in a chamber's name), Las Vegas "
         "(in a consul's title), the countries the guests came from. 'Partnerstwo Wschodnie' not annotated.")

doc(ID[1312], None,
    E("Światowa Konferencja Gospodarcza Polonii", ["XXI Konferencja Gospodarcza Polonii", "XXl Konferencja Gospodarcza Polonii",
                                                  "Konferencja Gospodarcza Polonii", "XXI Światowa Konferencja Gospodarcza Polonii",
                                                  "Spotkanie środowisk gospodarczych Polonii i Polski"], 21, 2019),
    dates=[D("2019-06-15", "2019-06-15", "w dniu 15 czerwca 2019 r.")],
    venues=[
        V("Warszawa", "w Warszawie"),
        V("Centrum Konferencyjne MS Mermaid", "w Centrum Konferencyjnym MS Mermaid", opt=True,
          note="building-level venue (a ship)"),
    ],
    attendance=[
        A(6000, "participants", "more_than", "ponad 6000 uczestników", opt=True,
          note="cumulative over the 20 earlier editions (as tenth 914)"),
        A(60, "countries", "exact", "z 60 krajów świata", opt=True, note="cumulative, earlier editions"),
        A(30, "countries", "exact", "z 30 krajów świata", note="'razem spotkało się przedstawicieli z 30 krajów'"),
    ],
    people=[
        P("Aleksander Bolko", "prezes", "Prezes Aleksander Bolko"),
        P("Adam Struzik", "marszałek", "Pana Marszałka Województwa Mazowieckiego – Adama Struzika"),
    ],
    organizations=[O("Kołobrzeska Izba Gospodarcza", "Kołobrzeską Izbę Gospodarczą")],
    not_dates=["'W poprzednich 20 edycjach' counts editions, not attendance; the listed countries are origins"],
    note="Edition 21 from 'XXl' (sic, a lower-case l for I). Kołobrzeg is only in the chamber's name (publisher).")

doc(ID[1313], None,
    E("Sądecczyzna w perspektywie finansowej Unii Europejskiej 2021–2027",
      ["konferencja „Sądecczyzna w perspektywie finansowej Unii Europejskiej 2021–2027”",
       "Sądecczyzna w perspektywie finansowej Unii Europejskiej 2021-2027", "konferencja"], None, 2021),
    dates=[
        D("2021-10-21", "2021-10-21", "21 października 2021 r."),
        D("2021", "2027", "2021–2027", note="the EU funding period (twice, in the title)"),
    ],
    venues=[
        V("Nowy Sącz", "Nowym Sączu", note="'(PWSZ) Nowym Sączu' without 'w'"),
        V("aula Państwowej Wyższej Szkoły Zawodowej", "W auli Państwowej Wyższej Szkoły Zawodowej",
          ["aula PWSZ"], opt=True, note="building-level venue"),
    ],
    attendance=[
        A(8, "speakers", "exact", "Ośmiu panelistów", note="number word"),
        A(2, "speakers", "exact", "dwóch moderatorów", opt=True, note="moderators: speakers or not, debatable"),
        A(3, "speakers", "exact", "trzech prelegentów"),
    ],
    people=[
        P("Marek Reichel", "prorektor", "dr Marek Reichel - prorektor"),
        P("Ludomir Handzel", "prezydent", "prezydent Ludomir Handzel"),
        P("Marek Kwiatkowski", "starosta", "starosta Marek Kwiatkowski"),
        P("Tadeusz Markowski", ["były przewodniczący", "przewodniczący"], "Tadeusza Markowskiego",
          note="'byłego przewodniczącego Komitetu ...'; 'prof. dr. hab.' is not a role"),
        P("Andrzej Bałanda", None, "prof. Andrzeja Bałandy", opt=True, note="patron in the school's name"),
    ],
    organizations=[
        O("Państwowa Wyższa Szkoła Zawodowa w Nowym Sączu", "Państwowej Wyższej Szkoły Zawodowej (PWSZ)",
          ["PWSZ", "Państwowa Wyższa Szkoła Zawodowa", "PWSZ w Nowym Sączu"]),
        O("Instytut Ekonomiczny", "Instytut Ekonomiczny", opt=True, note="a unit of the school"),
        O("Starostwo Powiatowe", "Starostwo Powiatowe", ["Starostwo Powiatowe w Nowym Sączu"]),
        O("Urząd Miasta Nowego Sącza", "Urząd Miasta Nowego Sącza"),
        O("Unia Europejska", "Unii Europejskiej", opt=True, note="in the title and 'Funduszu Odbudowy Unii'"),
        O("Uniwersytet Łódzki", "Uniwersytetu Łódzkiego"),
        O("Wydział Zarządzania", "Wydziału Zarządzania", opt=True, note="a unit of the university"),
        O("Komitet Przestrzennego Zagospodarowania Kraju", "Komitetu Przestrzennego Zagospodarowania Kraju",
          ["Komitet Przestrzennego Zagospodarowania Kraju PAN"], opt=True, note="a committee of the academy"),
        O("Polska Akademia Nauk", "Polskiej Akademii Nauk", ["PAN"]),
        O("Województwo Małopolskie", "samorząd województwa małopolskiego", opt=True, note="the region"),
    ],
    not_dates=["'połowa auli' is a share; '6 obszarów funkcjonalnych' is not attendance",
               "'Nowy ład' is a programme name"],
    note="Regional EU-funds conference in Nowy Sącz with panel counts in number words. Łódź is only in the "
         "university's name. Cut at 'równi'.")

doc(ID[1314], None,
    E("Salon Przemysłu Turystycznego", ["trzecia edycja Salonu Przemysłu Turystycznego",
                                        "Salon Przemysłu Turystycznego w Piwnicznej-Zdroju"], 3, None),
    dates=[D("XXXX-09-10", "XXXX-09-11", "10 i 11 września", note="no year anywhere in the text")],
    venues=[V("Piwniczna-Zdrój", "w Piwnicznej-Zdroju", note="locative of a hyphenated town name")],
    people=[
        P("Rafał Szlachta", "prezes", "Rafała Szlachtę, prezesa Polskiej Organizacji Turystycznej"),
        P("Bożena Zaremba-Marcych", None, "Bożena Zaremba-Marcych z Urzędu Miasta Krakowa", note="affiliation only"),
        P("Mirosław Bieniecki", "prezes", "Mirosław Bieniecki, prezes Fundacji Bieg Rzeźnika"),
        P("Marcin Przybyła", None, "profesor Marcin Przybyła", note="academic title is not a role"),
        P("Wojciech Knapik", "dyrektor", "Wojciech Knapik, dyrektor Festiwalu Pannonica"),
        P("Piotr Lutek", "prezes", "Piotr Lutek, prezes Synergia Sp. z o.o."),
        P("Adam Mikołajczyk", "prezes", "Adam Mikołajczyk, prezes Fundacji Best Place"),
        P("Piotr Laskowski", "prezes", "Piotr Laskowski, prezes małopolskiego oddziału"),
        P("Dawid Lasek", ["sekretarz generalny", "sekretarz"], "Dawid Lasek, sekretarz generalny"),
    ],
    organizations=[
        O("Polska Organizacja Turystyczna", "Polskiej Organizacji Turystycznej", ["POT"]),
        O("Urząd Miasta Krakowa", "Urzędu Miasta Krakowa"),
        O("Fundacja Bieg Rzeźnika", "Fundacji Bieg Rzeźnika"),
        O("Uniwersytet Jagielloński", "Uniwersytetu Jagiellońskiego", ["UJ"]),
        O("Synergia Sp. z o.o.", "Synergia Sp. z o.o.", ["Synergia"]),
        O("Fundacja Best Place – Europejski Instytut Marketingu Miejsc",
          "Fundacji Best Place – Europejski Instytut Marketingu Miejsc", ["Fundacja Best Place",
                                                                            "Europejski Instytut Marketingu Miejsc"]),
        O("Polska Izba Turystyki", "Polskiej Izby Turystyki", ["PIT"], note="its Małopolska branch"),
        O("Stowarzyszenie Euroregion Karpacki Polska", "Stowarzyszenia Euroregion Karpac",
          ["Stowarzyszenie Euroregion Karpacki"], note="cut mid-word ('Karpac')"),
    ],
    not_dates=["'Dwa dni debat' is a duration; 'Festiwal Pannonica' is an event, not an organisation"],
    note="Third tourism-industry salon in Piwniczna-Zdrój (during the pandemic; no year written). Kraków only in an "
         "office's name. Cut at 'Karpac'.")

doc(ID[1315], None,
    E("Kongres Morski", ["10. jubileuszowy Kongres Morski", "Dziesiąty Kongres Morski", "10. Kongres Morski",
                         "jubileuszowy Kongres Morski"], 10, 2023),
    dates=[D("2023-06", "2023-06", "date 2023-06", note="scraped dateline (month), as fresh 402")],
    venues=[V("Szczecin", "W Szczecinie", note="twice")],
    attendance=[A(500, "participants", "exact", "Pół tysiąca uczestników",
                  note="number words ('half a thousand'), no qualifier")],
    clusters=[C("Klaster Morski Pomorza Zachodniego", "Klastra Morskiego Pomorza Zachodniego")],
    people=[P("Dariusz Smoliński", None, "Dariusz Smoliński z Klastra Morskiego Pomorza Zachodniego",
              note="affiliation only")],
    organizations=[
        O("Zarząd Morskich Portów Szczecin i Świnoujście S.A.", "Zarząd Morskich Portów Szczecin i Świnoujście S.A.",
          ["Zarząd Morskich Portów Szczecin i Świnoujście", "ZMPSiŚ"], note="photo/source credit ('źródło:')"),
        O("Międzynarodowa Organizacja Morska", "Międzynarodowej Organizacji Morskiej", ["IMO"]),
        O("Orlen", "Orlenu", ["PKN Orlen", "ORLEN"]),
    ],
    not_dates=["'potrwa dwa dni' is a duration; 'Trzy najważniejsze debaty' and '10 ostatnich lat' are not "
               "attendance / dates"],
    note="10th Maritime Congress opening in Szczecin; year 2023 from the dateline. Świnoujście only in a name. Ends "
         "with blank lines.")

doc(ID[1316], None,
    E("Dolnośląskie Forum Klastrów", ["DOLNOŚLĄSKIE FORUM KLASTRÓW",
                                      "Klastry Stymulatorem wzrostu konkurencyjności regionu",
                                      "Dolnośląskie Forum Klastrów „Klastry Stymulatorem wzrostu konkurencyjności regionu”"],
      None, None),
    venues=[V("Wrocław", "we Wrocławiu")],
    attendance=[A(3, "organizations", "exact", "trzech największych klastrów bawarskich", note="number word")],
    clusters=[C("Dolnośląski Klaster Lotniczy", "Dolnośląskiego Klastra Lotniczego", note="twice")],
    organizations=[
        O("Legnicka Specjalna Strefa Ekonomiczna", "Legnickiej Specjalnej Strefy Ekonomicznej", ["LSSE"]),
        O("Urząd Marszałkowski Województwa Dolnośląskiego", "Urzędu Marszałkowskiego Województwa Dolnośląskiego"),
        O("Polsko-Niemiecka Izba Przemysłowo-Handlowa", "Polsko-Niemieckiej Izby Przemysłowo-Handlowej",
          ["AHK Polska"]),
    ],
    not_dates=["no date or year in the text", "'s6' at the end is junk"],
    note="Short (1,165 bytes) report from a special economic zone's site. 'z Niemiec i Polski' (experts) and "
         "'bawarskich' are origins, not venues. The Bavarian clusters and the Lower Silesian delegations are "
         "unnamed.")

doc(ID[1317], "2023-12-06",
    E("Wyjazd studyjny do Lwowa", ["wyjazd studyjny", "Polsko-Ukraińskie Forum Biznesu", "misja",
                                   "wyjazd studyjny do Lwowa"], None, 2023),
    dates=[
        D("2023-12-06", "2023-12-06", "6 grudnia, 2023", note="the publication date under 'Udostępnij:'"),
        D("2023-12-03", "2023-12-05", "W dniach 3-5 grudnia 2023 r."),
        D("2023-12-04", "2023-12-04", "4 grudnia", note="the Polish-Ukrainian Business Forum"),
    ],
    venues=[
        V("Lwów", "do Lwowa", ["Lviv", "Lwiw"], note="genitive after 'do', twice"),
        V("Premier Hotel Dnister", "w Premier Hotel Dnister", opt=True, note="building-level venue"),
        V("Ukraina", "na Ukrainie", opt=True, note="country of the venue"),
    ],
    people=[
        P("Maria Materla", "radna", "radna Sejmiku Województwa Śląskiego Maria Materla"),
        P("Bartłomiej Babuśka", "prezes", "prezes Funduszu Górnośląskiego S.A. Bartłomiej Babuśka"),
        P("Zoriana Czajkowska", "dyrektor", "Zoriana Czajkowska"),
        P("Jan Zajączkowski", "dyrektor", "Jan Zajączkowski"),
        P("Serhii Kryvohuz", "kierownik", "Serhii Kryvohuz"),
        P("Maksym Kozytski", "naczelnik", "Naczelnikiem Lwowskiej Obwodowej Administracji Wojskowej Maksymem Kozytskim",
          note="instrumental; title before the name"),
    ],
    organizations=[
        O("Fundusz Górnośląski S.A.", "Funduszu Górnośląskiego S.A.", ["Fundusz Górnośląski"], note="many times"),
        O("Województwo Śląskie", "Województwo Śląskie", opt=True, note="the region"),
        O("Urząd Marszałkowski Województwa Śląskiego", "Urzędu Marszałkowskiego", ["Urząd Marszałkowski"],
          opt=True, note=UM),
        O("Sejmik Województwa Śląskiego", "Sejmiku Województwa Śląskiego", opt=True, note="the regional council"),
        O("Agencja Rozwoju Regionalnego Obwodu Lwowskiego", "Agencją Rozwoju Regionalnego Obwodu Lwowskiego"),
        O("Lwowska Obwodowa Administracja Wojskowa", "Lwowskiej Obwodowej Administracji Wojskowej"),
    ],
    not_dates=["'W ostatnim dniu wyjazdu' (5 Dec.) repeats the range end"],
    note="Silesian delegation's study trip to Lviv. Not venues: Kijów ('Kierownik Biura w Kijowie', an office's "
         "seat). Directors of units keep the role 'dyrektor'. No count. Cut at 'również'.")

skipped(ID[1318], "cs", "Czech report of the 18th meeting of Czech and Polish entrepreneurs in Ostrava (2012), with "
        "'246 osob - zástupců 125 firem a 45 institucí': language gate, status skipped.")
skipped(ID[1319], "en", "English report (a Belarusian cluster's site, opening 'Вы здесь') of a working trip to "
        "Białystok in November 2018: language gate, status skipped.")
