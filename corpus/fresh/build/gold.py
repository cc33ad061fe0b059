"""Hand-written gold for corpus/fresh (ids 400-419), following corpus/GUIDE.md and the
conventions of corpus/heldout, corpus/blind and corpus/final SOURCES.md.

Run: python3 gold.py  -> writes ../gold/*.json and checks that every `text` is an exact
substring of the raw file (so char spans can be computed from it: raw.find(text)).
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "..", "raw")
GOLD = os.path.join(HERE, "..", "gold")

def _item(d, opt, note):
    if opt:
        d["optional"] = True
    if note:
        d["note"] = note
    return d

def D(start, end, text, opt=False, note=None):
    return _item({"start": start, "end": end, "text": text}, opt, note)

def V(name, text, aliases=(), opt=False, note=None):
    return _item({"name": name, "text": text, "aliases": list(aliases)}, opt, note)

def A(value, category, qualifier, text, opt=False, note=None):
    return _item({"value": value, "category": category, "qualifier": qualifier, "text": text}, opt, note)

def C(name, text, aliases=(), opt=False, note=None):
    return _item({"name": name, "text": text, "aliases": list(aliases)}, opt, note)

def P(name, role, text, aliases=(), opt=False, note=None):
    d = {"name": name, "role": role, "text": text}
    if aliases:
        d["aliases"] = list(aliases)
    return _item(d, opt, note)

def O(name, text, aliases=(), opt=False, note=None):
    return _item({"name": name, "text": text, "aliases": list(aliases)}, opt, note)

def E(name, aliases=(), edition=None, year=None):
    return {"name": name, "aliases": list(aliases), "edition": edition, "year": year}

DOCS = []

def doc(id, document_date, event, dates=(), venues=(), attendance=(), clusters=(), people=(),
        organizations=(), not_dates=(), note=None, language="pl"):
    d = {"id": id, "language": language, "status": "ok", "document_date": document_date,
         "event": event, "dates": list(dates), "venues": list(venues), "attendance": list(attendance),
         "clusters": list(clusters), "people": list(people), "organizations": list(organizations)}
    if not_dates:
        d["not_dates"] = list(not_dates)
    if note:
        d["note"] = note
    DOCS.append(d)

def skipped(id, language, note):
    DOCS.append({"id": id, "language": language, "status": "skipped", "document_date": None,
                 "event": {"name": None, "aliases": [], "edition": None, "year": None},
                 "dates": [], "venues": [], "attendance": [], "clusters": [], "people": [],
                 "organizations": [], "note": note})

# ---------------------------------------------------------------------------------------------
doc("400_konferencja-v4-lubelska-medycyna", None,
    E("Polityka klastrowa i współpraca klastrów w ramach państw V4+4",
      ["konferencja dotycząca polityki klastrowej i współpracy klastrów w ramach państw V4+4", "konferencja",
       "Konferencja Klastrowa"], None, 2017),
    dates=[D("2017-06-30", "2017-06-30", "W dniu 30 czerwca 2017 r")],
    venues=[V("Ministerstwo Rozwoju", "w Ministerstwie Rozwoju", opt=True,
              note="building-level venue (twice); the city is not named")],
    clusters=[
        C("Klaster Lubelska Medycyna", "Klaster Lubelska Medycyna", ["Lubelska Medycyna"]),
        C("MedSilesia – Śląska Sieć Wyrobów Medycznych", "klaster MedSilesia – Śląska Sieć Wyrobów Medycznych",
          ["MedSilesia", "Śląska Sieć Wyrobów Medycznych", "Klaster MedSilesia"]),
        C("Krajowy Klaster Kluczowy", "Krajowy Klaster Kluczowy", opt=True, note="a status, not a cluster's name"),
    ],
    people=[P("Marzena Strok-Sadło", "członek zarządu", "członka zarządu klastra – Marzenę Strok-Sadło",
              note="accusative after the title")],
    organizations=[O("Ministerstwo Rozwoju", "Ministerstwie Rozwoju", ["MR"], note="the organiser (and the venue)")],
    not_dates=["'V4+4' is a group of countries"],
    note="'Krajowa Inteligentna Specjalizacja „Zdrowe Społeczeństwo”' is a policy area, not an organisation. "
         "The address (2017/07/11) is not part of the text: document_date null.")

doc("401_targi-lotnicze-jasionka", None,
    E("targi lotnicze w Jasionce", ["targi", "targi lotnicze", "impreza", "targi w Jasionce"], None, None),
    venues=[V("Jasionka", "Do Jasionki", note="the only place named for the fair")],
    attendance=[
        A(200, "organizations", "approx", "prawie 200 firm", note="'prawie' (almost): approx"),
        A(25, "countries", "approx", "z niemal 25 krajów", note="'niemal' (nearly): approx"),
    ],
    people=[
        P("Władysław Ortyl", "marszałek", "marszałek woj. podkarpackiego Władysław Ortyl"),
        P("Maciej Jaskot", "dyrektor",
          "dyrektor departamentu promocji i współpracy gospodarczej podkarpackiego urzędu marszałkowskiego Maciej Jaskot"),
    ],
    organizations=[
        O("Pratt&Whitney", "Pratt&Whitney", ["Pratt & Whitney"]),
        O("Lockheed Martin", "Lockheed Martin"),
        O("Airbus", "Airbus"),
        O("Safran", "Safran"),
        O("ABE Advanced Business Events", "firma ABE Advanced Business Events", ["ABE"], note="the organiser"),
        O("Województwo Podkarpackie", "województwo podkarpackie", ["Samorząd Województwa Podkarpackiego"], opt=True,
          note="a region as co-organiser"),
        O("Urząd Marszałkowski Województwa Podkarpackiego", "podkarpackiego urzędu marszałkowskiego",
          ["podkarpacki urząd marszałkowski"], opt=True, note="lower-case, only inside a title"),
    ],
    not_dates=["'od wtorku' is a weekday with no date to anchor it",
               "'prawie dwa tys. spotkań' counts meetings, not participants"],
    note="No date and no event name in the text (the name Aerospace and Defense Meetings is only in the address). "
         "Indie, Norwegia, Kanada and the regions Oksytania, Nowa Akwitania, Bawaria, Apulia, Andaluzja are where "
         "visitors came from: not venues. The text is cut at 'nowyc'.")

doc("402_aviation-expo-kielce", None,
    E("Aviation Expo", ["targi Aviation Expo", "Targi Aviation", "AVIATION EXPO", "targi lotnicze Aviation Expo",
                        "targi"], 4, 2022),
    dates=[D("2022-09", "2022-09", "date 2022-09",
             note="scraped dateline with month precision (' date 2022-09 ' opens the text): a date, but not an exact "
                  "document_date")],
    venues=[
        V("Masłów", "na lotnisku w Masłowie", note="part of the exhibition was at the Masłów airfield"),
        V("Kielce", "w Targach Kielce", opt=True,
          note="the city appears only inside the fair company's name 'Targi Kielce' (like 'PGE Arena Gdańsk')"),
        V("Targi Kielce", "Targach Kielce", opt=True, note="building-level venue (the fairground)"),
    ],
    attendance=[A(50, "organizations", "exact", "50 wystawców", note="exhibitors of the 4th edition (announced)")],
    people=[
        P("Zara Rutherford", None, "19-letnia Zara Rutherford", note="pilot mentioned in a quote; '19-letnia' is an age"),
        P("Marzena Ślusarz", None, "Marzena Ślusarz z Targów Kielce", note="no title given"),
    ],
    organizations=[
        O("Targi Kielce", "Targach Kielce", note="also 'Targów Kielce', 'Targi Kielce'"),
        O("SkyDream", "SkyDream"),
        O("SkyDealer", "SkyDealer"),
        O("Manufaktura Lotnicza", "Manufaktura Lotnicza"),
        O("En Tank", "En Tank"),
        O("Aeroprakt", "Aeroprakt"),
        O("Ecol", "Ecol"),
        O("Faston", "Faston"),
        O("AutoGyro", "firmy AutoGyro"),
        O("PAP", "powiedziała PAP", ["Polska Agencja Prasowa"], opt=True, note="news agency quoted as the source"),
    ],
    not_dates=["'przez weekend', 'W sobotę' have no date to anchor them", "'19-letnia' is an age",
               "'200km/h', '210 km/h', '155 HP', 'A32', 'A22', 'Argon 915iS' are not dates"],
    note="Edition 4 from 'W czwartej edycji targów'; year from the dateline. Sub-events (Europejskie Forum Aeroklubów, "
         "Technology and Law for Aviation, Global Drone Conference) have no own venue. Aircraft models (Czajka, "
         "Viper SD4, Tecnam P92, Dynali H3, Cavalon) are not organisations. Cut at 'AVIATION EXP'.")

doc("403_swarzedzki-klaster-meblarzy", "2013-12-27",
    E("podpisanie listu intencyjnego dotyczącego utworzenia Klastra meblarzy swarzędzkich",
      ["list intencyjny", "Swarzędzki klaster", "podpisano list intencyjny",
       "podpisanie listu intencyjnego"], None, 2013),
    dates=[
        D("2013-12-27", "2013-12-27", "27 gru 2013", note="publication date with an abbreviated month (also the document_date); time 18:01 ignored"),
        D("2013-07-30", "2013-07-30", "30 lipca br.", note="'br.' = the document's year"),
        D("2013-09", "2013-09", "We wrześniu br.", note="workshops and trainings"),
    ],
    venues=[
        V("Poznań", "w Starostwie Powiatowym w Poznaniu", note="the city is named as such ('w Poznaniu')"),
        V("Starostwo Powiatowe w Poznaniu", "Starostwie Powiatowym w Poznaniu", opt=True, note="building-level venue"),
    ],
    clusters=[C("Klaster meblarzy swarzędzkich", "„Klastra meblarzy swarzędzkich”",
                ["Klaster Meblarzy Swarzędzkich", "Swarzędzki klaster", "klaster meblarski"])],
    people=[P("Bartosz Zawieja", "dyrektor", "Bartosz Zawieja, dyrektor Wydziału Tworzenia i Realizacji Projektów")],
    organizations=[
        O("Wielkopolska Izba Przemysłowo-Handlowa", "Wielkopolska Izba Przemysłowo-Handlowa", ["WIPH"]),
        O("Uniwersytet Przyrodniczy w Poznaniu", "Uniwersytet Przyrodniczy w Poznaniu", ["Uniwersytet Przyrodniczy"]),
        O("Politechnika Poznańska", "Politechnikę Poznańską"),
        O("Instytut Technologii Drewna w Poznaniu", "Instytut Technologii Drewna w Poznaniu", ["Instytut Technologii Drewna"]),
        O("Cech Meblarzy", "w Cechu Meblarzy"),
        O("Starostwo Powiatowe w Poznaniu", "Starostwie Powiatowym w Poznaniu", opt=True, note="the venue"),
        O("Powiat Poznański", "powiat poznański", opt=True, note="a county as initiator"),
        O("Gmina Swarzędz", "miasto i gminę Swarzędz", ["Swarzędz", "Miasto i Gmina Swarzędz"], opt=True,
          note="a municipality"),
        O("Wydział Tworzenia i Realizacji Projektów", "Wydziału Tworzenia i Realizacji Projektów", opt=True,
          note="a unit (of the county office), only inside a title"),
        O("Unia Europejska", "Unii Europejskiej", ["UE"], opt=True, note="as the source of funds ('środki z UE')"),
    ],
    not_dates=["'18:01' is a time", "'działanie 1.6' is a programme measure"],
    note="'Wielkopolski Regionalny Program Operacyjny' is a programme, not an organisation. Swarzędz is where the "
         "cluster's members work, not where the signing took place: not a venue. The text ends in comment-form junk "
         "'WASZE KOMENTARZE (0'.")

doc("404_kongres-meblarski-poznan", "2016-10-11",
    E("Ogólnopolski Kongres Meblarski",
      ["Ogólnopolski Kongres Meblarski „Polskie Meble – Konkurencyjna Polska”", "Polskie Meble – Konkurencyjna Polska",
       "kongres meblarski"], None, 2016),
    dates=[
        D("2016-10-11", "2016-10-11", "11-10-2016", note="dateline DD-MM-YYYY (also the document_date)"),
        D("2016-09-13", "2016-09-16", "w dniach 13-16 września br.",
          note="the fairs DREMA/FURNICA/SOFAB, at which the congress took place; 'br.' = 2016"),
    ],
    venues=[
        V("Poznań", "stolica Wielkopolski", opt=True,
          note="named only by a periphrase ('stolica Wielkopolski') and inside the fair company's name"),
        V("Międzynarodowe Targi Poznańskie", "na targach DREMA/FURNICA/SOFAB", ["Targi Poznańskie", "MTP"], opt=True,
          note="building-level venue: the congress was held at the fairs on the Poznań fairground"),
    ],
    people=[P("Małgorzata Gackowska", None, "Tekst i Foto Małgorzata Gackowska", opt=True, note="article author")],
    organizations=[
        O("Ogólnopolska Izba Gospodarcza Producentów Mebli", "Ogólnopolską Izbę Gospodarczą Producentów Mebli",
          ["OIGPM"], note="also in the genitive (three times)"),
        O("Międzynarodowe Targi Poznańskie", "Międzynarodowymi Targami Poznańskimi", ["Targi Poznańskie", "MTP"],
          note="also 'Targami Poznańskimi'"),
        O("Promedia", "firmą Promedia", ["agencja Promedia"]),
    ],
    not_dates=["'20-lecia' and '20. jubileuszu' are an anniversary, not a date or an edition"],
    note="'Ambasadorów Meblarstwa' is an honorary title. 'Dla tysięcy producentów' is vague: no attendance. "
         "The 20th anniversary belongs to the chamber, so no edition. Cut at 'meblowego '.")

doc("405_spotkanie-klastrow-medycznych-wroclaw", None,
    E("spotkanie inaugurujące współpracę w obszarze medycyny i ochrony zdrowia",
      ["Spotkanie klastów medycznych", "Spotkanie klastrów medycznych", "spotkanie", "spotkanie klastrów medycznych we Wrocławiu"],
      None, 2015),
    dates=[D("2015-02-10", "2015-02-10", "10 lutego 2015 roku")],
    venues=[
        V("Wrocław", "we Wrocławiu", note="twice"),
        V("Data Technopark", "w siedzibie Data Technopark", opt=True, note="building-level venue"),
        V("Dąbrowa Górnicza", "w Dąbrowie Górniczej",
          note="venue of the I Światowy Kongres Klastrów, an event the article mentions (twice)"),
    ],
    clusters=[
        C("Polski Innowacyjny Klaster Medyczny PIKMED", "Polski Innowacyjny Klaster Medyczny PIKMED",
          ["PIKMED", "Polski Innowacyjny Klaster Medyczny"]),
        C("Klaster E-zdrowie", "Klastra E-zdrowie", ["E-zdrowie"]),
        C("Klaster Innowacyjna Medycyna", "Klaster Innowacyjna Medycyna", ["Innowacyjna Medycyna"],
          note="also the site banner"),
        C("Klaster Nowoczesna Medycyna", "Klastra Nowoczesna Medycyna", ["Nowoczesna Medycyna"]),
    ],
    people=[
        P("Romuald Litwin", "prezes", "Pan Romuald Litwin – Prezes Klastra E-zdrowie"),
        P("Bartosz Hajncz", "prezes", "Pan Bartosz Hajncz- Prezes Klastra Innowacyjna Medycyna"),
        P("Ilona Trześniewska-Radojewska", "koordynator", "Ilona Trześniewska-Radojewska – Koordynator Klastra"),
        P("Iwona Wójcik", "dyrektor", "Iwona Wójcik – Dyrektor Biura Klastra"),
        P("Tomasz Szelągowski", "prezes", "Pan Tomasz Szelągowski – Prezes Klastra Nowoczesna Medycyna"),
        P("Witold Pałys", "wiceprezes", "Pan Witold Pałys",
          note="the plural title '-Wiceprezesi' after the third name covers all three (the site's English version says so)"),
        P("Anna Kaczmarek", "wiceprezes", "Pani Anna Kaczmarek"),
        P("Tomasz Leśniak", "wiceprezes", "Pan Tomasz Leśniak -Wiceprezesi Polskiego Innowacyjnego Klastra Medycznego PIKMED"),
    ],
    organizations=[
        O("Data Technopark", "Data Technopark", note="coordinator of Klaster E-zdrowie, host of the meeting"),
    ],
    note="'klastów' (sic) in the heading. The I Światowy Kongres Klastrów is an event, not an organisation. "
         "Cut at 'w spec'.")

doc("406_euconsortia-poznan-ict", None,
    E("Europejskie Konsorcja 2011-2012 – rozwój klasteringu w Wielkopolsce",
      ["EUConsortia", "Europejskie Konsorcja 2011-2012", "Europejskie Konsorcja", "konferencja",
       "Owocne spotkania na EUConsortia"], None, None),
    venues=[V("Poznań", "poznańskiej konferencji", opt=True,
              note="the city appears only as an adjective ('poznańskiej konferencji') and inside an institution's name")],
    clusters=[C("Wielkopolski Klaster Teleinformatyczny", "Wielkopolski Klaster Teleinformatyczny")],
    people=[
        P("Cezary Mazurek", None, "dr Cezary Mazurek z PCSS", note="academic title, not a role"),
        P("Grażyna Demenko", None, "Profesor Grażyna Demenko", note="academic title, not a role"),
    ],
    organizations=[
        O("Urząd Marszałkowski Województwa Wielkopolskiego", "Urząd Marszałkowski Województwa Wielkopolskiego"),
        O("Poznańskie Centrum Superkomputerowo-Sieciowe PAN", "Poznańskie Centrum Superkomputerowo-Sieciowe PAN",
          ["Poznańskie Centrum Superkomputerowo-Sieciowe", "PCSS"], note="also 'Poznańskiego Centrum …', 'PCSS'"),
        O("Krajowy Punkt Kontaktowy", "Krajowego Punktu Kontaktowego", ["KPK"]),
        O("ITTI", "firm ITTI"),
        O("Verax Systems", "Verax Systems"),
        O("Polska Akademia Nauk", "Superkomputerowo-Sieciowe PAN", ["PAN"], opt=True, note="only inside a name"),
    ],
    not_dates=["'2011-2012' is inside the conference's name",
               "'trzydzieści … spotkań indywidualnych' counts meetings, not participants",
               "'trzy grupy tematyczne' counts workshop groups"],
    note="No date at all. Niemcy, Francja, Słowacja are where speakers came from: not venues. The workshop titles "
         "are in English. Cut at 'prze'.")

doc("407_dni-lubelskiej-wyzyny-it", None,
    E("Dni Lubelskiej Wyżyny IT", ["konferencja branżowa Dni Lubelskiej Wyżyny IT", "konferencja branżowa",
                                  "Relacja z „Dni Lubelskiej Wyżyny IT”"], None, None),
    dates=[D("XXXX-05-14", "XXXX-05-15", "14 i 15 maja", note="two consecutive days read as a range; no year anywhere")],
    venues=[
        V("Instytut Informatyki UMCS", "w Instytucie Informatyki UMCS", opt=True, note="building-level venue"),
        V("Lublin", "Urzędu Miasta Lublin", opt=True,
          note="the city of the event is named only inside names (Urząd Miasta Lublin, TVP Lublin) and a workshop title"),
    ],
    clusters=[C("Wschodni Klaster ICT", "Wschodniego Klastra ICT", note="also 'Wschodni Klaster ICT'")],
    people=[
        P("Urszula Bobryk", "prorektor", "Prorektor ds. Studenckich Prof. sztuk muz. Urszula Bobryk",
          note="'Prof. sztuk muz.' is an academic title"),
        P("Grzegorz Siemiński", ["zastępca prezydenta", "z-ca prezydenta", "wiceprezydent"],
          "Z-ca Prezydenta Grzegorz Siemiński"),
        P("Robert Szlęzak", "prezes", "Prezes Wschodniego Klastra ICT Robert Szlęzak"),
        P("Stefan Korczak", "dziekan", "Dziekan Wydziału Matematyki, Fizyki i Informatyki dr hab. Stefan Korczak"),
        P("Paweł Mikołajczak", "dyrektor", "Dyrektor Instytutu Informatyki prof. dr hab. Paweł Mikołajczak"),
        P("Krzysztof Żuk", "prezydent", "Prezydent Miasta pan Krzysztof Żuk"),
        P("Tadeusz Golonka", ["honorowy dyrektor", "dyrektor"],
          "Tadeusza Golonki (Honorowy Dyrektor Regionalny Microsoft w Polsce)", note="title in brackets after the genitive"),
        P("Wojciech Widelski", "kierownik", "Wojciech Widelski (Kierownik LubMAN UMCS)"),
        P("Waldemar Kubisz", None, "Waldemar Kubisz (Leica Geosystems)"),
        P("Waldemar Kociuba", None, "Waldemar Kociuba (Wydział NoZiGP UMCS)"),
        P("Tomasz Gomoła", None, "Tomasz Gomoła"),
    ],
    organizations=[
        O("Uniwersytet Marii Curie-Skłodowskiej", "UMCS", ["UMCS"]),
        O("Urząd Miasta Lublin", "Urzędu Miasta Lublin", ["Urząd Miasta Lublina"]),
        O("Ministerstwo Administracji i Cyfryzacji", "Ministerstwo Administracji i Cyfryzacji", ["MAC"]),
        O("Microsoft", "Microsoft w Polsce", ["Microsoft Polska"], note="a firm inside a person's title"),
        O("Leica Geosystems", "Leica Geosystems"),
        O("Tobea sp. z o.o.", "firma Tobea sp. z o.o.", ["Tobea"]),
        O("Teatr NN", "Teatr NN"),
        O("TVP Lublin", "TVP Lublin", opt=True, note="media patron"),
        O("Radio Lublin", "Radio Lublin", opt=True, note="media patron"),
        O("Radio Centrum", "Radio Centrum", opt=True, note="media patron"),
        O("Instytut Informatyki UMCS", "Instytucie Informatyki UMCS", ["Instytut Informatyki"], opt=True, note="a unit of UMCS"),
        O("Wydział Matematyki, Fizyki i Informatyki", "Wydziału Matematyki, Fizyki i Informatyki", opt=True, note="a unit of UMCS"),
        O("LubMAN UMCS", "LubMAN UMCS", ["LubMAN"], opt=True, note="a unit of UMCS"),
        O("Wydział NoZiGP UMCS", "Wydział NoZiGP UMCS", opt=True, note="a unit of UMCS"),
        O("Miasto Lublin", "Miasta Lublin", opt=True, note="the municipality as patron"),
    ],
    not_dates=["'wczoraj i dzisiaj' is part of a lecture title", "'Lublin 2.0' is a project name", "'skanery 3D'"],
    note="Projekt PLATON and 'Kapsuła czasu' are projects. Cut at 'przyb'.")

doc("408_biofach-norymberga-dolina", None,
    E("BioFach 2013", ["BIOFACH 2013", "BioFach", "BIOFACH", "Targi BIOFACH 2013", "Targi BIOFACH 2013 w Niemczech",
                       "Targi żywności i produktów ekologicznych BioFach 2013", "targi"], None, 2013),
    dates=[
        D("2013-02-13", "2013-02-16", "W dniach 13 – 16 lutego 2013 r.", note="range with spaced en dash"),
        D("2013", "2013", "W tym roku", opt=True, note="relative, anchored by the range"),
    ],
    venues=[
        V("Norymberga", "w Norymberdze", ["Nürnberg", "Nuremberg"]),
        V("Niemcy", "(Niemcy)", opt=True, note="country of the venue; also 'w Niemczech' in the title"),
    ],
    attendance=[
        A(41500, "participants", "exact", "41 500 odwiedzających", note="visitors; thousands separated by a space"),
        A(129, "countries", "exact", "z 129 krajów"),
        A(2396, "organizations", "exact", "2396 wystawców", note="exhibitors"),
    ],
    clusters=[C("Dolina Ekologicznej Żywności", "Klaster „Dolina Ekologicznej Żywności”",
                ["Klaster „Dolina Ekologicznej Żywności”", "Klaster Dolina Ekologicznej Żywności"],
                note="also 'Dolinie Ekologicznej Żywności'")],
    people=[
        P("Marek Barzyk", "przewodniczący", "Pan Marek Barzyk – Przewodniczący Sekcji Pszczelarstwa PIRE",
          note="also 'ekologiczny pszczelarz Pan Marek Barzyk'"),
        P("Marian Wójtowicz", None, "Pan Marian Wójtowicz reprezentujący", note="'reprezentujący' is not a title"),
        P("Paweł Krajmas", "dyrektor", "Pan Paweł Krajmas – Dyrektor Zakładów Mięsnych „Jasiołka” z Dukli"),
    ],
    organizations=[
        O("Ministerstwo Rolnictwa i Rozwoju Wsi", "Ministerstwo Rolnictwa i Rozwoju Wsi", ["MRiRW"]),
        O("Podkarpacka Izba Rolnictwa Ekologicznego", "Podkarpacka Izba Rolnictwa Ekologicznego", ["PIRE"]),
        O("BIO – EKO", "piekarnia BIO – EKO", ["BIO-EKO", "piekarnia BIO – EKO"], note="an organic bakery (twice)"),
        O("Zakład Mięsny Jasiołka", "Zakład Mięsny Jasiołka", ["Zakłady Mięsne „Jasiołka”", "Jasiołka"],
          note="also 'Zakładów Mięsnych „Jasiołka” z Dukli'"),
        O("Barwy Zdrowia", "firma Barwy Zdrowia"),
        O("Allnet Sp. z o.o.", "Allnet Sp. z o.o.", ["Allnet"]),
        O("Zakład Mięsny „Wasąg”", "Zakład Mięsny „Wasąg”", ["Wasąg", "Zakład Mięsny Wasąg"]),
        O("Stowarzyszenie Ekoland", "Stowarzyszenia Ekoland", ["Ekoland"]),
        O("Brzost – Eko", "grupy producenckiej Brzost – Eko", ["Brzost-Eko"], note="a producer group"),
        O("Owocowe Smaki", "Owocowych Smaków", opt=True, note="'soki i przetwory Owocowych Smaków': probably a firm"),
        O("Magiczny Ogród", "Magiczny Ogród", opt=True, note="in the list of firms, no legal form"),
        O("Sekcja Pszczelarstwa PIRE", "Sekcji Pszczelarstwa PIRE", opt=True, note="a unit of PIRE, only inside a title"),
    ],
    not_dates=["'BioFach 2013', 'Vivaness 2013', 'BIOFACH 2013' are years inside names",
               "'w ciągu czterech dni' is a duration", "'ok. 70%' is a share"],
    note="Vivaness 2013 is a parallel fair at the same place. Rumunia ('Krajem Roku') is not a venue; Podkarpacie, "
         "Lubelszczyzna and Dukla are where exhibitors came from. 'Tragi' (sic). Cut at 'tłoczone na '.")

doc("409_polagra-poznan-komorowski", "2014-09-30",
    E("Polagra", ["targi Polagra", "Polagra w Poznaniu", "targi Polagra w Poznaniu", "targi"], None, 2014),
    dates=[
        D("2014-09-30", "2014-09-30", "30.09.2014", note="dateline under the lead (also the document_date); time 09:42 ignored"),
        D("2013", "2013", "W zeszłym roku", opt=True, note="relative, anchored by the dateline"),
        D("2014", "2014", "także w tym roku", opt=True, note="relative, anchored by the dateline"),
    ],
    venues=[
        V("Poznań", "W Poznaniu", note="also in the title 'w Poznaniu'"),
        V("Międzynarodowe Targi Poznańskie", "W pawilonach Międzynarodowych Targów Poznańskich", ["MTP", "Targi Poznańskie"],
          opt=True, note="building-level venue"),
    ],
    attendance=[
        A(1000, "organizations", "more_than", "ponad tysiąca wystawców",
          note="number word ('tysiąca'); last year's edition, as the cumulative counts of held-out 106 were kept"),
        A(32, "countries", "exact", "z 32 krajów"),
        A(54000, "participants", "exact", "54 tysiące zwiedzających", note="visitors of last year's edition"),
    ],
    people=[
        P("Bronisław Komorowski", "prezydent", "prezydent Bronisław Komorowski", note="also 'prezydent RP Bronisław Komorowski'"),
        P("Marek Sawicki", "minister", "minister rolnictwa Marek Sawicki"),
    ],
    organizations=[O("Międzynarodowe Targi Poznańskie", "Międzynarodowych Targów Poznańskich", ["MTP", "Targi Poznańskie"])],
    not_dates=["'09:42' is a time", "'W ciągu minionych 10 lat' is a duration"],
    note="Not a cluster event (a food trade fair). Armenia, Turcja, Iran, Algieria are export markets: not venues. "
         "Europa Środkowo-Wschodnia is a region in a superlative, not a venue.")
