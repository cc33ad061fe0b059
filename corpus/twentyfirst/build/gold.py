"""Hand-written gold for corpus/twentyfirst (ids 2000-2019), following corpus/GUIDE.md and the conventions of the
earlier gold sets (nineteenth, eighteenth, sixteenth and the other SOURCES.md).

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
doc(ID[2000], "2019-12-01",
    E("Wizyta delegacji z Województwa Lubelskiego w Bawarii",
      ["misja gospodarcza", "misja gospodarcza do Monachium", "wizyta delegacji z Województwa Lubelskiego",
       "Dni Lubelskie w Bawarii", "wizyta w Bawarii"], None, 2019),
    dates=[
        D("2019-12-01", "2019-12-01", "niedziela, Grudzień 1, 2019",
          note="date line under the title (English-style 'Grudzień 1, 2019'): the publication date"),
        D("2019-11-24", "2019-11-26", "W dniach 24- 26 listopada",
          note="range with a space after the hyphen; the year from the date line"),
    ],
    venues=[
        V("Monachium", "w Monachium", ["München", "Munich"], note="'w Monachium, stolicy Bawarii'; again at the end "
          "of 'w Konsulacie Generalnym RP w Monachium'"),
        V("Bawaria", "w Bawarii", ["Bayern"], opt=True, note="the region (title, 'Dni Lubelskie w Bawarii')"),
        V("Konsulat Generalny RP w Monachium", "w Konsulacie Generalnym RP w Monachium",
          ["Konsulat Generalny RP"], opt=True, note="building-level venue of 'Dni Lubelskie w Bawarii'"),
        V("Bawarska Kancelaria Państwa", "w Bawarskiej Kancelarii Państwa", opt=True,
          note="building-level venue of the official meeting"),
    ],
    attendance=[
        A(7, "organizations", "exact", "Perła, Port Lotniczy Lublin, Apis, Pol- Mak, Kornet, Krautex, Plantalux",
          opt=True, note="seven firms listed by name, no numeral"),
    ],
    people=[
        P("Jarosław Stawiarski", "marszałek", "Jarosław Stawiarski, Marszałek Województwa Lubelskiego",
          note="also 'Marszałek Stawiarski'"),
        P("Florian Herrmann", ["minister", "szef"], "Floriana Herrmanna",
          note="'Floriana Herrmanna, ministra ds. federalnych, europejskich i mediów, szefa Bawarskiej Kancelarii "
               "Państwa'; also 'ministrem Herrmannem'"),
    ],
    organizations=[
        O("Bawarska Kancelaria Państwa", "Bawarskiej Kancelarii Państwa"),
        O("Konsulat Generalny RP w Monachium", "Konsulacie Generalnym RP w Monachium",
          ["Konsulat Generalny RP"], note="also 'Konsulatu Generalnego RP'"),
        O("Perła", "Perła", note="firm (browar) in the list of the delegation's firms"),
        O("Port Lotniczy Lublin", "Port Lotniczy Lublin"),
        O("Apis", "Apis"),
        O("Pol-Mak", "Pol- Mak", ["Pol- Mak"], note="written 'Pol- Mak' (space after the hyphen)"),
        O("Kornet", "Kornet"),
        O("Krautex", "Krautex"),
        O("Plantalux", "Plantalux"),
        O("Województwo Lubelskie", "Województwa Lubelskiego", opt=True,
          note="the region (delegation's origin, in titles)"),
        O("Kraj Związkowy Bawaria", "Krajem Związkowym Bawaria", ["Bawaria"], opt=True, note="a region"),
    ],
    not_dates=["'Republiki Federalnej Niemiec' is a country in an apposition, not a venue",
               "Lubelszczyzna is the firms' origin, not a venue"],
    note="Opens with navigation junk ('Przejdź do treści', social links). A regional delegation's mission to Munich "
         "(24-26 November 2019). The date line 'niedziela, Grudzień 1, 2019' is the publication date. Lines holding "
         "one space and a double space kept. Cut at 'poświęcone'.")

doc(ID[2001], "2015-06-18",
    E("Expostone 2015", ["Expostone", "targi Expostone", "targi Expostone w Moskwie"], None, 2015),
    dates=[
        D("2015-06-16", "2015-06-19", "w dniahc 16 - 19 czerwca", note="typo 'dniahc' kept; the year from the stamp"),
        D("2015-06-18", "2015-06-18", "18.6.2015 r.", note="the agency stamp '(ZAP, 18.6.2015 r.; 17:30)'"),
        D("2014", "2014", "przed rokiem", opt=True, note="relative: the previous edition, anchored by the stamp"),
    ],
    venues=[
        V("Moskwa", "w Moskwie", ["Moscow"], note="title and 'w centrum targowym MosExpo w Moskwie'"),
        V("MosExpo", "w centrum targowym MosExpo", ["centrum targowe MosExpo"], opt=True,
          note="building-level venue"),
    ],
    attendance=[
        A(250, "organizations", "approx", "Blisko 250 wystawców", note="'Blisko': approx (after the junk letter 'ź')"),
        A(17, "countries", "exact", "z 17 krajów"),
        A(350, "organizations", "approx", "blisko 350 firm", note="the previous edition's exhibitors"),
        A(118, "organizations", "exact", "(118)", opt=True, note="a subgroup (Russian firms)"),
        A(39, "organizations", "exact", "(39)", opt=True, note="a subgroup (Chinese firms)"),
        A(25, "organizations", "exact", "(25)", opt=True, note="a subgroup (Italian firms)"),
        A(1, "organizations", "exact", "Jedyną firmą z Polski", opt=True, note="the only Polish exhibitor"),
    ],
    organizations=[
        O("WKG Zakład Obróbki Kamienia", "WKG Zakład Obróbki Kamienia", ["WKG"]),
        O("ZAP", "ZAP", opt=True, note="the publisher's signature in the stamp"),
    ],
    not_dates=["Wojkowice is the Polish firm's origin ('z Wojkowic'), not a venue",
               "the exhibitors' countries (Białoruś, Ukraina, Turcja, ...) are origins, not venues"],
    note="Nowy Kamieniarz (stone trade portal) on the Expostone fair in Moscow. The stamp '(ZAP, 18.6.2015 r.; "
         "17:30)' is the publication date. Junk letter 'ź' before 'Blisko'; typos 'minej', 'wystwaców', 'Ukriany', "
         "'Portugali', 'dniahc' kept. Short (763 bytes), complete.")

doc(ID[2002], "2008-10-24",
    E("Sądecczyzna - prezentacja walorów gospodarczych",
      ["forum gospodarcze", "Sądeczanie w Reichstagu", "Prezentacja Nowego Sącza",
       "„Sądecczyzna - prezentacja walorów gospodarczych”", "forum"], None, 2008),
    dates=[
        D("2008-10-24", "2008-10-24", "Piątek, 24 października 2008",
          note="glued to the title ('ReichstaguPiątek'); again '24.10.2008 r.' in the newspaper credit"),
        D("2009", "2009", "przyszłym roku", opt=True, note="relative ('rewizytę na Sądecczyźnie przyszłym roku')"),
    ],
    venues=[
        V("Berlin", "w Berlinie", note="also 'do Berlina' and 'w Berlinie' (the presentation)"),
        V("Haus der Commerzbank", "Haus der Commerzbank", opt=True,
          note="'w prestiżowej siedzibie Haus der Commerzbank w Berlinie': building-level venue"),
        V("Reichstag", "Reichstagu", opt=True, note="title 'Sądeczanie w Reichstagu' and a visit"),
        V("Sądecczyzna", "na Sądecczyźnie", opt=True, note="the region of an announced return visit"),
    ],
    people=[
        P("Wiesław Janczyk", "poseł", "poseł Wiesław Janczyk", note="also 'Wies-ław Janczyk' (hyphenated), 'Janczyk'"),
        P("Ryszard Nowak", "prezydent", "prezydent Nowego Sącza Ryszard Nowak",
          note="first 'prezy-dent Nowego Sącza Ryszard Nowak' (hyphenated); 'Prezydent Ryszard Nowak'"),
        P("Marek Prawda", "ambasador", "ambasador RP w Berlinie Marek Prawda"),
        P("Zbigniew Kostecki", "radca", "Zbigniew Kostecki, radca wy-działu ekonomicznego ambasady",
          note="'radca wydziału ekonomicznego' (hyphenated)"),
    ],
    organizations=[
        O("Ambasada RP w Berlinie", "ambasady", ["ambasada RP w Berlinie"], opt=True,
          note="only in titles ('ambasador RP w Berlinie', 'wydziału ekonomicznego ambasady')"),
        O("Gazeta Krakowska", "„Gazeta Krakowska”", opt=True, note="the source newspaper"),
        O("Commerzbank", "Commerzbank", opt=True, note="only in the building's name"),
    ],
    not_dates=["Nowy Sącz is in titles and the subject ('Prezentacja Nowego Sącza'), not a venue",
               "Brama Brandenburska is a landmark near the venue, not a venue"],
    note="An MP's site reprinting Gazeta Krakowska (24.10.2008) on a Nowy Sącz economic forum in Berlin. Words "
         "hyphenated by the original line breaks ('gospodar-cze', 'prezy-dent', 'szcze-gólnym', 'wy-działu') and "
         "double spaces kept. No numbers. Complete.")

doc(ID[2003], None,
    E("Forum Przedsiębiorców Powiatu Wielickiego", ["Forum Przedsiębiorców", "forum"], None, None),
    dates=[D("XXXX-03-01", "XXXX-03-01", "Pierwszy dzień marca, piątek",
             note="'the first day of March, a Friday': no year anywhere in the text")],
    venues=[
        V("Hotel Soray", "w prężnie działającym Hotelu Soray", ["Soray", "Hotel Soray w Wieliczce"], opt=True,
          note="building-level venue (the only venue given)"),
        V("Wieliczka", "w Wieliczce", opt=True,
          note="only inside the labour office's name 'Powiatowego Urzędu Pracy w Wieliczce' (the hotel is there)"),
    ],
    people=[
        P("Monika Rzuciło", "dyrektor", "Monika Rzuciło, pełniąca funkcję dyrektora Powiatowego Urzędu Pracy w Wieliczce"),
        P("Adam Kociołek", "starosta", "Adam Kociołek, starosta wielicki"),
    ],
    organizations=[
        O("Powiatowy Urząd Pracy w Wieliczce", "Powiatowego Urzędu Pracy w Wieliczce", ["PUP w Wieliczce"]),
        O("Powiat Wielicki", "Powiatu Wielickiego", opt=True, note="the county (in the event name and a speech)"),
        O("Hotel Soray", "Hotelu Soray", opt=True, note="the venue (a firm)"),
    ],
    note="infoWieliczka on a county entrepreneurs' forum in a hotel. No year, no count. Short (823 bytes), complete.")

doc(ID[2004], None,
    E("Dzień Polski na EXPO w Mediolanie",
      ["Dzień Polski", "EXPO", "EXPO w Mediolanie", "wystawa światowa EXPO", "Polska prezentuje się w Mediolanie"],
      None, None),
    dates=[],
    venues=[
        V("Mediolan", "w Mediolanie", ["Milano", "Milan"], note="title and 'na wystawie światowej EXPO w Mediolanie'"),
        V("polski pawilon", "przy polskim pawilonie", ["Pawilon Polski"], opt=True, note="building-level venue"),
    ],
    people=[
        P("Janusz Piechociński", "wicepremier", "wicepremier Janusz Piechociński",
          note="also 'Wiceszef polskiego rządu', 'Piechociński'"),
        P("Gianluca Galletti", "minister", "włoski minister środowiska Gianluca Galletti", note="also 'Galletti'"),
    ],
    organizations=[
        O("Wojsko Polskie", "Wojska Polskiego", opt=True, note="only in 'orkiestry Wojska Polskiego'"),
        O("Unia Europejska", "Unią Europejską", UE, opt=True, note="a topic"),
    ],
    not_dates=["'w niedzielę', 'zeszłorocznego', 'tegorocznego EXPO' and 'ostatniego ćwierćwiecza' have no date to "
               "anchor them: not dates", "'21,5 mld euro', '6,5 mld' are money, '1,3 tys. włoskich firm' are firms "
               "operating in Poland: not attendance", "Włochy, Polska, Europa are countries/topics, not venues"],
    note="TVN24 on Poland's Day at EXPO Milan. No year and no calendar date in the text: event year null, no dates. "
         "Cut at 'Włos'.")

# ---------------------------------------------------------------------------------------------
doc(ID[2005], None,
    E("I Kongres Przedsiębiorczości Komitetu Rozwoju Zagłębia",
      ["Kongres Przedsiębiorczości Komitetu Rozwoju Zagłębia", "Kongres Przedsiębiorczości", "kongres",
       "I Kongres Przedsiębiorczości"], 1, 2013),
    dates=[
        D("2013-11-21", "2013-11-21", "21 listopada 2013 r."),
        D("2014", "2020", "2014-2020", note="the EU funding period (inside the mojibake quotation)"),
    ],
    venues=[
        V("Dąbrowa Górnicza", "w Dąbrowie Górniczej",
          note="'Gospodarzem wydarzenia była Wyższa Szkoła Biznesu w Dąbrowie Górniczej': the host school's city, "
               "the congress's place"),
        V("Wyższa Szkoła Biznesu w Dąbrowie Górniczej", "Wyższa Szkoła Biznesu w Dąbrowie Górniczej",
          ["Wyższa Szkoła Biznesu"], opt=True, note="the host school (building-level venue)"),
    ],
    clusters=[
        C("Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw", "Ogólnopolskiego Klastra Innowacyjnych Przedsiębiorstw",
          ["OKIP"], note="twice, genitive"),
    ],
    people=[
        P("Marek Zuber", ["ekonomista", "ekspert"], "dr Marek Zuber",
          note="'prowadził znany ekonomista i ekspert – dr Marek Zuber'"),
        P("Bogdan Węgrzynek", ["prezes", "wiceprezes"],
          "Bogdan Węgrzynek, Prezes Ogólnopolskiego Klastra Innowacyjnych Przedsiębiorstw"),
    ],
    organizations=[
        O("Komitet Rozwoju Zagłębia", "Komitetu Rozwoju Zagłębia", note="inside the event name (twice)"),
        O("Wyższa Szkoła Biznesu w Dąbrowie Górniczej", "Wyższa Szkoła Biznesu w Dąbrowie Górniczej",
          ["Wyższa Szkoła Biznesu", "WSB"]),
        O("Związek Pracodawców Klastry Polskie", "Związku Pracodawców Klastry Polskie"),
    ],
    not_dates=["Zagłębie is a region (topic, 'w Zagłębiu'), not a venue", "'MŚP' is a class of firms"],
    note="A cluster's site on the 1st entrepreneurship congress of an Zagłębie committee (WSB Dąbrowa Górnicza, 21 Nov "
         "2013). The last quotation is mojibake (UTF-8 read as Latin-1/CP1250: 'wiÄ™cej', 'Å›rodki') and kept. No "
         "count. Cut at 'wÅ‚'.")

doc(ID[2006], None,
    E("XI Światowa Konferencja Gospodarcza Polonii",
      ["Światowa Konferencja Gospodarcza Polonii", "XI Światowej Konferencji Gospodarczej Polonii"], 11, None),
    attendance=[
        A(200, "participants", "exact", "200 przedstawicielami kręgów gospodarczych Polonii", note="instrumental"),
        A(30, "countries", "exact", "z 30 krajów"),
        A(2, "organizations", "exact", "jedno z dwóch w kraju", opt=True,
          note="two regions (województwa) took part; a count of regions, debatable"),
    ],
    people=[P("Leszek Deptuła", "marszałek", "marszałek Leszek Deptuła")],
    organizations=[
        O("Województwo Podkarpackie", "Podkarpackie", ["Podkarpackie", "województwo podkarpackie"], opt=True,
          note="the region (title 'Wyróżnione Podkarpackie')"),
    ],
    not_dates=["'za granicą' is not a venue; the conference's place is not given"],
    note="ePodkarpacie on the region's stand at the 11th World Polonia Economic Conference. No date, no venue. Short "
         "(672 bytes), complete. The food presentation inside the conference is not annotated as an event.")

doc(ID[2007], None,
    E("Konferencja LUMEN 2023",
      ["LUMEN 2023", "LUMEN", "IX Konferencja LUMEN 2023", "Konferencja LUMEN", "Leaders in University Management"],
      9, 2023),
    dates=[
        D("2023-11-20", "2023-11-21", "20-21 listopada",
          note="heading under 'LUMEN 2023'; again 'w dniach 20-21 listopada 2023'"),
        D("2023", "2023", "w 2023 roku", note="the ministry's projects in 2023"),
    ],
    venues=[
        V("Serock", "w Serocku", note="'stacjonarnie w Hotelu Narvil w Serocku'"),
        V("Hotel Narvil Conference & Spa", "Hotel Narvil Conference & Spa", ["Hotel Narvil", "Narvil"], opt=True,
          note="building-level venue; also 'w Hotelu Narvil'"),
    ],
    attendance=[
        A(45, "speakers", "exact", "45 prelegentów z Polski i zagranicy"),
        A(250, "participants", "more_than", "przeszło 250 uczestników", note="'przeszło': more_than"),
    ],
    people=[
        P("Łukasz Sułkowski", "prezes", "Prof. Łukasz Sułkowski, Prezes Zarządu PCG Polska"),
        P("William S. Mosakowski", ["prezes", "założyciel"],
          "William S. Mosakowski, Prezes i założyciel Public Consulting Group"),
        P("Jerzy Woźnicki", "prezes", "Prof. Jerzy Woźnicki, Prezes Zarządu Fundacji Rektorów Polskich"),
        P("Michał Zasada", ["wiceprzewodniczący", "rektor"],
          "Prof. Michał Zasada, Wiceprzewodniczący KRASP i Rektor Szkoły Głównej Gospodarstwa Wiejskiego w Warszawie"),
        P("Łukasz Wawer", ["z-ca dyrektora", "zastępca dyrektora", "dyrektor"],
          "Łukasz Wawer, Z-ca Dyrektora Centrum Transformacji Cyfrowej", note="also 'Dyrektor Wawer'"),
    ],
    organizations=[
        O("PCG Polska", "PCG Polska", ["PCG Academia", "pcg academia"], note="'pcg academia logo' (organiser, junk)"),
        O("Public Consulting Group", "Public Consulting Group", ["PCG"]),
        O("Fundacja Rektorów Polskich", "Fundacji Rektorów Polskich", ["fundacja rektorów polskich"],
          note="also 'fundacja rektorów polskich' in the organisers' logo list"),
        O("Konferencja Rektorów Akademickich Szkół Polskich", "KRASP", ["KRASP"], note="acronym only"),
        O("Szkoła Główna Gospodarstwa Wiejskiego w Warszawie", "Szkoły Głównej Gospodarstwa Wiejskiego w Warszawie",
          ["SGGW", "Szkoła Główna Gospodarstwa Wiejskiego"]),
        O("Ministerstwo Edukacji i Nauki", "Ministerstwie Edukacji i Nauki", ["MEiN"], note="also 'MEiN'"),
        O("Centrum Transformacji Cyfrowej", "Centrum Transformacji Cyfrowej", opt=True, note="a ministry unit"),
        O("Times Higher Education", "THE", ["THE"], opt=True, note="only in 'GALA NAGRÓD THE'"),
    ],
    not_dates=["'Dwa dni' is a duration; '10 sesji panelowych', '12 prezentacji' are sessions, not attendance",
               "Warszawa only inside SGGW's name (a speaker's affiliation): not a venue"],
    note="PCG Academia's summary of the 9th LUMEN conference (Serock, 20-21 Nov 2023). 'LUMEN 2023' repeated ten "
         "times (a scraped gallery), bullets ' • ', a line holding one space and a double space kept. Edition 9 from "
         "'IX Konferencji' / 'Dziewiąta edycja'. Ends with a space after 'e-legitymacji.'.")

doc(ID[2008], None,
    E("Współpraca nauki i biznesu w inżynierii produkcji",
      ["III Konferencja “Współpraca nauki i biznesu w inżynierii produkcji”",
       "III konferencja pt. Współpraca nauki i biznesu w inżynierii produkcji",
       "III Konferencja „Współpraca nauki i biznesu w inżynierii produkcji”", "konferencja"], 3, 2022),
    dates=[D("2022-12-15", "2022-12-16", "W dniach 15–16.12.2022r.", note="en dash, glued 'r.'")],
    venues=[
        V("online", "w formie on-line", ["on-line"]),
        V("Instytut Inżynierii Mechanicznej Uniwersytetu Zielonogórskiego",
          "Instytucie Inżynierii Mechanicznej Uniwersytetu Zielonogórskiego", ["IIM UZ"], opt=True,
          note="the host institute of an online conference"),
        V("Zielona Góra", "Zielonogórskiego", opt=True, note="only as the adjective in the university's name"),
    ],
    attendance=[A(80, "participants", "more_than", "ponad 80 uczestników")],
    people=[
        P("Józef Matuszek", None, "prof. Józef Matuszek", note="academic title only"),
        P("Joanna Bosiacka-Kniat", "kierownik", "Joanny Bosiackiej-Kniat (Kierownika",
          note="'p. Joanny Bosiackiej-Kniat (Kierownika Horyzontalnego Punktu Kontaktowego Polska' (cut)"),
    ],
    organizations=[
        O("Komitet Inżynierii Produkcji Polskiej Akademii Nauk", "Komitet Inżynierii Produkcji Polskiej Akademii Nauk",
          ["KIP PAN", "Komitet Inżynierii Produkcji PAN"]),
        O("Polska Akademia Nauk", "Polskiej Akademii Nauk", ["PAN"], opt=True, note="only inside the committee's name"),
        O("Instytut Inżynierii Mechanicznej Uniwersytetu Zielonogórskiego",
          "Instytut Inżynierii Mechanicznej Uniwersytetu Zielonogórskiego", ["IIM UZ"], opt=True,
          note="a university unit (organiser)"),
        O("Uniwersytet Zielonogórski", "Uniwersytetu Zielonogórskiego", ["UZ"], note="inside its units' names"),
        O("Polskie Towarzystwo Zarządzania Innowacjami", "Polskie Towarzystwo Zarządzania Innowacjami", ["PTZI"]),
        O("Centrum Przedsiębiorczości i Transferu Technologii Uniwersytetu Zielonogórskiego",
          "Centrum Przedsiębiorczości i Transferu Technologii Uniwersytetu Zielonogórskiego", ["CPTT UZ"], opt=True,
          note="a university unit (organiser)"),
        O("Akademia Techniczno-Humanistyczna w Bielsku-Białej", "Akademia Techniczno-Humanistyczna w Bielsku-Białej",
          ["ATH"], note="also in brackets after Matuszek"),
        O("Politechnika Świętokrzyska", "Politechnika Świętokrzyska"),
        O("Politechnika Częstochowska", "Politechnika Częstochowska"),
        O("Politechnika Śląska", "Politechnika Śląska"),
        O("Politechnika Krakowska", "Politechnika Krakowska"),
        O("Politechnika Lubelska", "Politechnika Lubelska"),
        O("Politechnika Koszalińska", "Politechnika Koszalińska"),
        O("Politechnika Rzeszowska", "Politechnika Rzeszowska"),
        O("Uniwersytet Kazimierza Wielkiego w Bydgoszczy", "Uniwersytet Kazimierza Wielkiego w Bydgoszczy"),
        O("Uniwersytet Warmińsko-Mazurski w Olsztynie", "Uniwersytet Warmińsko-Mazurski w Olsztynie"),
        O("Uniwersytet Humanistyczno-Przyrodniczy im. Jana Długosza w Częstochowie",
          "Uniwersytet Humanistyczno-Przyrodniczy im. Jana Długosza w Częstochowie"),
        O("Państwowa Akademia Nauk Stosowanych w Nysie", "Państwowa Akademia Nauk Stosowanych w Nysie"),
        O("Uniwersytet Ekonomiczny w Poznaniu", "Uniwersytet Ekonomiczny w Poznaniu"),
        O("Wojskowa Akademia Techniczna", "Wojskowa Akademia Techniczna"),
        O("Collegium Witelona Uczelnia Państwowa", "Collegium Witelona Uczelnia Państwowa"),
        O("Horyzontalny Punkt Kontaktowy", "Horyzontalnego Punktu Kontaktowego Polska", opt=True,
          note="the name is cut after 'Polska'"),
    ],
    not_dates=["Bielsko-Biała, Bydgoszcz, Olsztyn, Częstochowa, Nysa, Poznań appear only in the names of the "
               "participants' universities (origins): not venues", "'Przemysłu 4.0' is not a date"],
    note="PTZI's report of the 3rd online conference on science-business cooperation in production engineering "
         "(hosted by IIM UZ, 15-16 Dec 2022). A list of fifteen universities in the nominative (origins of the "
         "participants). Curly quotes “…”, bullets, double spaces kept. Cut at 'Polska'.")

doc(ID[2009], None,
    E("Europe Universities Summit 2025", ["Europe Universities Summit"], None, 2025),
    dates=[
        D("2025-05-06", "2025-05-08", "6-8 maja 2025 roku"),
        D("2030", "2030", "2030?", opt=True, note="a year inside the quoted panel title"),
    ],
    venues=[V("Budapeszt", "w Budapeszcie", ["Budapest"])],
    attendance=[
        A(300, "participants", "more_than", "ponad 300 uczestników", note="the heading '300 uczestników' has the same key"),
        A(100, "organizations", "more_than", "ponad 100 organizacji i uczelni"),
    ],
    people=[P("Michalina Mróz", "dyrektor", "mgr Michalina Mróz, Dyrektor Centrum Transferu Technologii i Przedsiębiorczości",
              note="also 'Dyrektor Michalina Mróz' and 'Michalina Mróz'")],
    organizations=[
        O("Times Higher Education", "Times Higher Education", ["THE"]),
        O("Óbuda University", "Óbuda University"),
        O("Semmelweis University", "Semmelwise University", ["Semmelwise University"], note="misspelt 'Semmelwise'"),
        O("Wyższa Szkoła Informatyki i Zarządzania w Rzeszowie", "Wyższej Szkoły Informatyki i Zarządzania w Rzeszowie",
          ["WSIiZ", "Wyższa Szkoła Informatyki i Zarządzania"], note="also 'WSIiZ'"),
        O("Centrum Transferu Technologii i Przedsiębiorczości", "Centrum Transferu Technologii i Przedsiębiorczości",
          opt=True, note="a university unit"),
    ],
    not_dates=["'ponad 40 sesji tematycznych' are sessions, not attendance",
               "Rzeszów only in the speaker's university's name (an origin): not a venue"],
    note="WSIiZ news on its director speaking at the Europe Universities Summit 2025 in Budapest. Bullets and a "
         "double space kept. Cut at 'wspier'.")

# ---------------------------------------------------------------------------------------------
doc(ID[2010], None,
    E("Spotkanie informacyjne \"Polskie firmy w Austrii\"",
      ["Polskie firmy w Austrii", "spotkanie informacyjne", "Spotkanie informacyjne Polskie firmy w Austrii"],
      None, 2010),
    dates=[
        D("2010-12-02", "2010-12-02", "W dniu 2 grudnia 2010 r."),
        D("1984", "1984", "w 1984 roku", note="founding year of a firm"),
    ],
    venues=[
        V("Wiedeń", "Wiedeń", ["Wien", "Vienna"], note="'Hotel SAVOYEN, Wiedeń' and 'w hotelu SAVOYEN w Wiedniu'"),
        V("Hotel Savoyen", "Hotel SAVOYEN", ["Hotel SAVOYEN", "SAVOYEN", "hotel SAVOYEN"], opt=True,
          note="building-level venue"),
    ],
    people=[
        P("Liliana Niesielska", None, "dr Liliana Niesielska", note="'Moderację spotkania prowadziła': no title noun"),
        P("Marek Kudla", ["i sekretarz", "sekretarz"],
          "dr Marek Kudla, I Sekretarz Wydziału Promocji Handlu i Inwestycji Ambasady Polskiej w Wiedniu"),
        P("Andrzej Lech", "prezes", "mgr Andrzej Lech, prezes Wspólnoty Polskich Organizacji w Austrii"),
        P("Tomasz Kornicki", "właściciel", "Tomasza Kornickiego, właściciela firmy", note="also 'pana Kornickiego'"),
    ],
    organizations=[
        O("Wydział Promocji Handlu i Inwestycji przy Ambasadzie Polskiej w Wiedniu",
          "Wydział Promocji Handlu i Inwestycji przy Ambasadzie Polskiej w Wiedniu",
          ["Wydział Promocji Handlu i Inwestycji", "Wydział Promocji Handlu i Inwestycji Ambasady Polskiej w Wiedniu"],
          note="also genitive twice"),
        O("Ambasada Polska w Wiedniu", "Ambasadzie Polskiej w Wiedniu", ["Ambasada Polska"],
          note="inside the department's name"),
        O("Austriacka Izba Gospodarcza", "Austriacka Izba Gospodarcza", ["WKO"], note="also 'Austriackiej Izby Gospodarczej'"),
        O("Wspólnota Polskich Organizacji w Austrii „Forum Polonii”",
          "Wspólnota Polskich Organizacji w Austrii „Forum Polonii”",
          ["Forum Polonii", "Wspólnota Polskich Organizacji w Austrii"]),
        O("T. Kornicki Dienstleistungen in EDV & IT", "T. Kornicki Dienstleistungen in EDV & IT"),
    ],
    not_dates=["'dwóch pracowników' are a firm's employees, not attendance",
               "Austria is the topic ('w Austrii'); the firm founded 'w Wiedniu w 1984 roku' is not an event"],
    note="The Polish Economic Chamber in Austria (paiwg.org) on an information meeting for Polish firms in a Vienna "
         "hotel (2 Dec 2010). Straight quotes in the title, a double space kept. Ends with a space after 'przez'.")

doc(ID[2011], "2001-11-21",
    E("Forum Gospodarcze w Wiedniu", ["Forum Gospodarcze", "forum", "Forum Gospodarczego w Wiedniu"], None, 2001),
    dates=[
        D("2001-11-21", "2001-11-21", "21.11.2001", note="the publication stamp; 'w środę' is the same day"),
        D("2002-06-22", "2002-06-22", "22.06.2002 14:29", note="the update stamp ('aktual.:')"),
    ],
    venues=[V("Wiedeń", "w Wiedniu", ["Wien", "Vienna"], note="'Forum Gospodarczego w Wiedniu' (the lead)")],
    people=[
        P("Aleksander Kwaśniewski", "prezydent", "Prezydent Aleksander Kwaśniewski",
          note="also 'Kwaśniewski' (title twice) and 'Prezydent'"),
        P("Thomas Klestil", "prezydent", "prezydentem Austrii Thomasem Klestilem"),
    ],
    not_dates=["'blisko tysiąc austriackich firm' are firms represented in Poland, not attendance",
               "'1,5 mld dolarów' is money", "Polska, Austria are countries (topics), not venues"],
    note="Wirtualna Polska (PAP) on President Kwaśniewski opening a Polish-Austrian economic forum in Vienna. The "
         "stamp '21.11.2001 | aktual.: 22.06.2002 14:29': publication date and an update. Category prefix glued to "
         "the title ('ŚwiatKwaśniewski'), the title printed twice, lines broken mid-sentence, '(ck)' and page "
         "footer kept. Complete.")

doc(ID[2012], None,
    E("Impreza Promocyjna Gospodarki Województwa Śląskiego",
      ["Promocja gospodarki Województwa Śląskiego w Wiedniu", "Promocja gospodarki Województwa Śląskiego",
       "Impreza Promocyjna Gospodarki Województwa Śląskiego w Wiedniu", "Spotkanie w Izbie Gospodarczej Austrii w Wiedniu",
       "Impreza"], None, 2001),
    dates=[
        D("2001-11-13", "2001-11-15", "W dniach 13-15 listopada 2001"),
        D("2001-11-14", "2001-11-14", "14 listopada br.", note="the plenary session ('br.' = 2001)"),
    ],
    venues=[
        V("Wiedeń", "w Wiedniu", ["Wien", "Vienna"], note="title; 'w Izbie Gospodarczej Austrii w Wiedniu'"),
        V("Izba Gospodarcza Austrii", "w Izbie Gospodarczej Austrii w Wiedniu", ["Izba Gospodarcza Austrii w Wiedniu"],
          opt=True, note="building-level venue (the chamber's seat)"),
    ],
    people=[
        P("Lucjan Kępka", "wicemarszałek", "Wicemarszałek Województwa Śląskiego Lucjan Kępka",
          note="also 'Wicemarszałek Kępka'"),
        P("Mateusz Kujawa", ["radca handlowy", "radca"], "Radca Handlowy Ambasady RP w Wiedniu Mateusz Kujawa"),
        P("Tadeusz Donocik", "prezes", "Prezes Regionalnej Izby Gospodarczej w Katowicach Tadeusz Donocik"),
        P("Wojciech Gosiewski", "wiceprezydent", "Wiceprezydent Katowic Wojciech Gosiewski"),
        P("Bogdan Traczyk", "prezydent", "Prezydent Bielska-Białej Bogdan Traczyk"),
        P("Jerzy Kocyga", "wiceprezydent", "Wiceprezydent Częstochowy Jerzy Kocyga"),
        P("Andrzej Stania", "prezydent", "Prezydent Rudy Śląskiej Andrzej Stania"),
        P("Christoph Leitl", "prezes", "Prezes Izby Gospodarczej Austrii Christoph Leitl"),
        P("Irena Lipowicz", "ambasador", "Ambasador RP w Austrii Irena Lipowicz"),
        P("Jan Olbrycht", "marszałek", "Marszałek Województwa Śląskiego dr Jan Olbrycht"),
    ],
    organizations=[
        O("Izba Gospodarcza Austrii", "Izbie Gospodarczej Austrii", ["Izba Gospodarcza Austrii w Wiedniu"],
          note="also 'Izby Gospodarczej Austrii'"),
        O("Regionalna Izba Gospodarcza w Katowicach", "Regionalna Izba Gospodarcza w Katowicach",
          ["Regionalna Izba Gospodarcza"], note="also genitive"),
        O("Zarząd Województwa Śląskiego", "Zarząd Województwa Śląskiego"),
        O("Biuro Radcy Handlowego w Wiedniu", "Biuro Radcy Handlowego w Wiedniu", ["Biuro Radcy Handlowego"]),
        O("Ambasada RP w Wiedniu", "Ambasady RP w Wiedniu", opt=True, note="only in a title"),
        O("Województwo Śląskie", "Województwa Śląskiego", opt=True, note="the region (in titles and the event name)"),
        O("Stowarzyszenie Gospodarcze", "Stowarzyszeniu Gospodarczym", opt=True,
          note="a generic name ('organizacji pracodawców prywatnych Austrii')"),
    ],
    not_dates=["Katowice, Bielsko-Biała, Częstochowa and Ruda Śląska are in the guests' titles (towns they lead), "
               "not venues; Molkenalpenvorland is a partner district, not a venue"],
    note="The Silesian regional office (slaskie.pl archive) on a promotion of the region's economy at the Austrian "
         "Economic Chamber in Vienna (13-15 Nov 2001). Ten people with titles before the name, many town names "
         "in titles. Typo 'zmian ekonomicznym' and a glued ' -organizacji' kept. Complete.")

doc(ID[2013], None,
    E("Wschodni Kongres Gospodarczy", ["WKG", "Kongres", "Wschodniego Kongresu Gospodarczego"], 4, None),
    dates=[D("XXXX-09-27", "XXXX-09-28", "27 i 28 września", note="two consecutive days: a range; no year anywhere")],
    venues=[
        V("Białystok", "w Białymstoku"),
        V("Opera i Filharmonia Podlaska – Europejskie Centrum Sztuki",
          "w gmachu Opery i Filharmonii Podlaskiej – Europejskiego Centrum Sztuki",
          ["Opera i Filharmonia Podlaska", "Europejskie Centrum Sztuki", "Opera i Filharmonia Podlaska - Europejskie Centrum Sztuki"],
          opt=True, note="building-level venue"),
    ],
    people=[
        P("Dorota Mariańska", None, "Dorota Mariańska", opt=True, note="the author's byline"),
        P("Tomasz Kozłowski", "przewodniczący", "Tomasz Kozłowski, przewodniczący Podlaskiego Forum Gospodarczego"),
    ],
    organizations=[
        O("Podlaskie Forum Gospodarcze", "Podlaskiego Forum Gospodarczego"),
        O("Opera i Filharmonia Podlaska – Europejskie Centrum Sztuki", "Opery i Filharmonii Podlaskiej – Europejskiego Centrum Sztuki",
          ["Opera i Filharmonia Podlaska"], opt=True, note="the venue (an institution)"),
    ],
    not_dates=["'Kilkadziesiąt paneli' is vague and counts panels: not attendance", "Polska Wschodnia, Litwa and "
               "Białoruś are topics, not venues", "'Top Start-up Polski Wschodniej' is an accompanying event"],
    note="Białystok Online announcing the 4th Eastern Economic Congress (edition from 'już po raz 4.'). No year in the "
         "text: event year null, dates XXXX. Cut at 'konty'.")

doc(ID[2014], None,
    E("Forum Ekonomiczne", ["Krynickie Forum Ekonomiczne", "Forum Ekonomiczne w Krynicy", "Forum"], None, None),
    dates=[
        D("1992", "1992", "w 1992 r.", note="the first conference; again 'w 1992 roku'"),
        D("1989", "1989", "po 1989 roku"),
    ],
    venues=[
        V("Krynica", "miejsca spotkania była Krynica", ["Krynica-Zdrój"],
          note="also 'Forum Ekonomicznego w Krynicy', 'cała Krynica żyje Forum', 'przyjeżdża tam'"),
        V("Dom Zdrojowy", "w jednej sali Domu Zdrojowego", opt=True,
          note="building-level venue of the first conference"),
    ],
    attendance=[
        A(100, "participants", "approx", "około stu osób", note="the first conference (1992); number word"),
        A(4500, "participants", "exact", "4,5 tysiąca gości i dziennikarzy", note="decimal comma with 'tysiąca'"),
    ],
    people=[
        P("Zygmunt Berdychowski", "przewodniczący",
          "Zygmunt Berdychowski, przewodniczący Rady Programowej Krynickiego Forum Ekonomicznego",
          note="twice; also alone"),
    ],
    organizations=[
        O("Rada Programowa Krynickiego Forum Ekonomicznego", "Rady Programowej Krynickiego Forum Ekonomicznego",
          ["Rada Programowa"], opt=True, note="an event body"),
    ],
    not_dates=["'W tym roku' has no date to anchor it", "'25 lat' is an anniversary (duration)",
               "'30 proc. uczestników' is a share, '18 sal' rooms, 'niespełna 6 tysięcy mieszkańców' the town's "
               "population: not attendance"],
    note="Rynek Inwestycji interview with the Economic Forum's chairman on its history. Numbers of many kinds: a share "
         "(twice), rooms, inhabitants, guests. Text indented by two spaces, a double space kept. Cut at 'kształtowała'.")

# ---------------------------------------------------------------------------------------------
doc(ID[2015], None,
    E("Piknik Biznesowy", ["Piknik", "piknik"], None, None),
    dates=[
        D("2026-01", "2026-01", "Styczeń 2026", opt=True,
          note="a calendar widget's month heading (page junk), not the article's date"),
        D("XXXX-08-29", "XXXX-08-29", "29 sierpnia", note="no year in the text"),
        D("XXXX-07", "XXXX-07", "w lipcu", opt=True, note="a championship won 'w lipcu' (no year)"),
    ],
    venues=[
        V("Cieszyn", "w Cieszynie", note="'na Wzgórzu Zamkowym w Cieszynie'"),
        V("Wzgórze Zamkowe", "na Wzgórzu Zamkowym", ["Wzgórze Zamkowe w Cieszynie"], opt=True,
          note="site-level venue"),
        V("Koniecpol", "w Koniecpolu", opt=True, note="venue of another (sports) event, in brackets"),
    ],
    people=[
        P("Sebastian Mucha", "akordeonista", "akordeonisty Sebastiana Muchy"),
        P("Janusz Rokicki", "lekkoatleta", "Janusz Rokicki", note="'Janusz Rokicki i Mirosław Madzia, niepełnosprawni "
          "lekkoatleci'"),
        P("Mirosław Madzia", "lekkoatleta", "Mirosław Madzia"),
        P("Maria Juroszek", ["mistrzyni"], "Maria Juroszek", note="'mistrzynią Armwrestlingu'"),
        P("Janina Żagan", "burmistrz", "burmistrz Skoczowa Janiny Żagan"),
        P("Mieczysław Szczurek", "burmistrz", "burmistrza Cieszyna Mieczysława Szczurka"),
    ],
    organizations=[
        O("Klub Przedsiębiorcy", "Klub Przedsiębiorcy", note="also 'Klubu Przedsiębiorcy'"),
        O("Zamek Cieszyn", "Zamku Cieszyn"),
        O("Strefa Akademickiego Inkubatora Przedsiębiorczości", "Strefa Akademickiego Inkubatora Przedsiębiorczości",
          ["Akademicki Inkubator Przedsiębiorczości", "AIP"]),
        O("Mikstura.IT", "stowarzyszenie Mikstura.IT", ["stowarzyszenie Mikstura.IT"]),
        O("Strefa Wolności", "Strefy Wolności", opt=True, note="a climbing section's club"),
        O("Hotel Mercure Cieszyn", "Hotel Mercure Cieszyn", ["Mercure Cieszyn"]),
        O("Mercure Ostrawa", "Mercure Ostrawa"),
    ],
    not_dates=["the calendar grid numbers (1 ... 31) are not dates", "Bielsko-Biała and Katowice are the incubator's "
               "origin ('z Bielska-Białej i Katowic'), Skoczów a mayor's town, Ostrawa inside a hotel's name: not "
               "venues", "'trzema srebrnymi medalami' are medals, not attendance"],
    note="Cieszyn town archive on a business picnic at the Castle Hill. Opens with a scraped calendar table ('| "
         "Styczeń 2026 |'); straight quotes, ellipsis and the glued 'zoculusem' kept. No year for the event. Ends with "
         "'Ponieważ '.")

doc(ID[2016], None,
    E("Enforce Tac", ["targi Enforce Tac", "Enforce Tac 2024", "ET"], 11, None),
    venues=[
        V("Norymberga", "norymberskich targów", ["Nürnberg", "Nuremberg"], opt=True,
          note="only as the adjective 'norymberskich' (Nuremberg fair)"),
        V("hala numer 8", "hali numer 8", opt=True, note="a hall"),
    ],
    attendance=[
        A(726, "organizations", "exact", "Tych pierwszych było 726", note="'Tych pierwszych' = the exhibitors"),
        A(736, "organizations", "exact", "736 pozycji", opt=True,
          note="entries on the official list (10 multiple stands): not the exhibitor count, debatable"),
    ],
    people=[
        P("Jarosław Lewandowski", None, "Jarosław Lewandowski", opt=True, note="illustrations credit"),
        P("Leszek Erenfeicht", None, "Leszek Erenfeicht", opt=True, note="illustrations credit (the author)"),
    ],
    organizations=[O("STRZAŁpl", "STRZAŁpl", opt=True, note="the magazine's issue reference '(STRZAŁpl 4/23)'")],
    not_dates=["'w zeszłym roku', 'w tym roku' have no date to anchor them", "'4/23' is a magazine issue number",
               "'10 stoisk', 'po dwa lub trzy' boxes, 'trzeciej sali' are stands and halls, not attendance",
               "IWA Outdoor Classics is another event (no place or date given)"],
    note="STRZAŁ (shooting magazine) on the Enforce Tac fair in Nuremberg. Edition 11: last year's was the tenth "
         "('w zeszłym roku, z okazji dziesiątej edycji'); the year is not printed (only the issue '4/23'): event year "
         "null. Venue only as an adjective. Cut after the illustrations credit.")

doc(ID[2017], None,
    E("Słowacko-Polskie Forum Gospodarcze",
      ["Słowacko – Polskie Forum Gospodarcze", "Słowacko-Polskim Forum Gospodarczym", "Forum", "forum"], 19, None),
    dates=[
        D("2024-11-22", "2024-11-22", "piątek, 22 listopada, 2024", opt=True,
          note="the site's header date beside a weather widget ('3.5 C Kielce'): not the article's date (it announces "
               "an October forum); document_date null"),
        D("XXXX-10-06", "XXXX-10-06", "w środę, 6 października", note="no year in the article"),
    ],
    venues=[V("Poprad", "w Popradzie")],
    attendance=[A(70, "participants", "approx", "ok. 70 przedsiębiorców z Polski i Słowacji", note="'ok.' approx")],
    people=[
        P("Andrzej Bętkowski", "marszałek", "marszałek województwa świętokrzyskiego Andrzej Bętkowski"),
        P("Jacek Sułek", "dyrektor", "Jacek Sułek – dyrektor Departamentu Inwestycji i Rozwoju Urzędu Marszałkowskiego",
          note="also 'dyr. Jacek Sułek'"),
    ],
    organizations=[
        O("Urząd Marszałkowski Województwa Świętokrzyskiego", "Urzędu Marszałkowskiego", ["Urząd Marszałkowski"]),
        O("Departament Inwestycji i Rozwoju", "Departamentu Inwestycji i Rozwoju", opt=True, note="an office's unit"),
        O("Stowarzyszenie Euroregiony Tatry", "Stowarzyszenie Euroregiony Tatry",
          note="also inside 'Polskie Stowarzyszenie Euroregiony Tatry'"),
        O("Polskie Stowarzyszenie Euroregiony Tatry", "Polskie Stowarzyszenie Euroregiony Tatry"),
    ],
    not_dates=["Kielce is the weather widget's town, not a venue", "'po rocznej przerwie' is a duration",
               "Karpaty is a brand/region (topic), Interreg a programme"],
    note="ckinfo (Kielce) announcing the 19th Slovak-Polish Economic Forum in Poprad ('Już po raz 19'). A header "
         "with temperature, town and the site's date; breadcrumb glued ('Strona głównaGospodarkaO współpracy'). No "
         "year for the forum. Cut at 'gospoda'.")

doc(ID[2018], None,
    E("Nysa: współpraca polsko-ukraińska", ["współpraca polsko-ukraińska", "spotkanie"], None, None),
    venues=[
        V("Nysa", "Nysa", note="the dateline-like title 'Nysa: współpraca polsko-ukraińska'"),
        V("muzeum w Nysie", "w nyskim muzeum", ["Muzeum w Nysie"], opt=True,
          note="building-level venue (adjective 'nyskim')"),
    ],
    people=[
        P("Mikoła Mysnyk", "prezes", "Mikoła Mysnyk, prezes izby gospodarczej z Czernichowa"),
        P("Piotr Liniewski", "prezes", "Piotr Liniewski, prezes Nyskiej Regionalnej Izby Gospodarczej"),
        P("Dorota Kłonowska", None, "Dorota Kłonowska", opt=True, note="the reporter's credit"),
    ],
    organizations=[
        O("Nyska Regionalna Izba Gospodarcza", "Nyskiej Regionalnej Izby Gospodarczej"),
        O("Pollena", "Polleny", note="'prezes paczkowskiej Polleny'"),
        O("izba gospodarcza z Czernichowa", "izby gospodarczej z Czernichowa", opt=True, note="no proper name"),
    ],
    not_dates=["Czernichów and Kijów are origins/seats ('z Czernichowa', 'w okolicach Kijowa', 'spółkę w Kijowie'), "
               "the 'powiat nyski' a market: not venues"],
    note="Radio Opole's news list item on a Polish-Ukrainian business meeting in Nysa. No date. 'Posłuchaj relacji' "
         "and the credit line kept. Short (921 bytes), complete.")

skipped(ID[2019], "de", "German: KOWR's 'Poland tastes good' page on the Polish national stand at Anuga 2023 in Köln "
                        "(7-11 October 2023), with counts of exhibitors, countries and visitors; language gate")
