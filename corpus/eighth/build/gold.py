"""Hand-written gold for corpus/eighth (ids 700-719), following corpus/GUIDE.md and the
conventions of corpus/final, fresh, sixth and seventh SOURCES.md.

Run: python3 run_gold.py  -> writes ../gold/*.json and checks that every `text` is an exact
substring of the raw file (so char spans can be computed from it: raw.find(text)).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
from goldkit import D, V, A, C, P, O, E, DOCS, doc, skipped  # noqa: F401 (the item helpers, see corpus/goldkit.py)
from sources import IDS

# ---------------------------------------------------------------------------------------------
doc(IDS["700"], None,
    E("Bezpieczeństwo zaopatrzenia w wodę przeznaczoną do spożycia przez ludzi w województwie śląskim w perspektywie 5 – 10 – 20 lat",
      ["„Bezpieczeństwo zaopatrzenia w wodę przeznaczoną do spożycia przez ludzi w województwie śląskim w perspektywie 5 – 10 – 20 lat”",
       "Konferencja: Woda - Wspólne dobro", "Woda - Wspólne dobro", "Woda – Wspólne dobro",
       "konferencja Bezpieczeństwo zaopatrzenia w wodę", "Bezpieczeństwo zaopatrzenia w wodę przeznaczoną do spożycia przez ludzi",
       "konferencja"], None, 2015),
    dates=[D("2015-09-23", "2015-09-23", "23.09.2015 r.", note="'Termin konferencji: 23.09.2015 r.'")],
    venues=[
        V("Katowice", "Katowice, ul. Bankowa 12", note="'Miejsce: … Uniwersytetu Śląskiego, Katowice, ul. Bankowa 12'"),
        V("Aula im. Kazimierza Lepszego Uniwersytetu Śląskiego", "Aula im. Kazimierza Lepszego Uniwersytetu Śląskiego",
          ["Aula im. Kazimierza Lepszego", "Uniwersytet Śląski"], opt=True, note="building-level venue"),
    ],
    clusters=[C("Śląski Klaster Wodny", "Śląski Klaster Wodny organizatorem", note="also in the page title")],
    organizations=[
        O("Światowa Organizacja Zdrowia", "Światowej Organizacji Zdrowia", ["WHO"]),
        O("Uniwersytet Śląski", "Uniwersytetu Śląskiego", ["Uniwersytet Śląski w Katowicach"], note="the venue's university"),
        O("Województwo Śląskie", "w województwie śląskim", ["województwo śląskie"], opt=True,
          note="the region, only inside the conference's title"),
    ],
    not_dates=["'5 – 10 – 20 lat' are horizons in the title (durations)"],
    note="An announcement (future tense) of a water cluster's conference; no dateline. The page title 'Konferencja: Woda "
         "- Wspólne dobro' is given as alias; the formal title is in „…”.")

doc(IDS["701"], None,
    E("Morze i rzeki razem",
      ["spotkanie robocze „Morze i rzeki razem”", "„Morze i rzeki razem”", "Spotkanie Klastra Rzecznego",
       "Spotkanie Klastra Rzecznego 23 maja 2013 r.", "spotkanie robocze", "spotkanie"], None, 2013),
    dates=[
        D("2013-05-23", "2013-05-23", "W czwartek 23 maja 2013 r.", note="also in the heading (same value, counted once)"),
        D("2013-06-03", "2013-06-03", "3 czerwca", note="the planned official part in Gdańsk; year from the heading"),
    ],
    venues=[
        V("Gdynia", "w Gdyni"),
        V("Wyższa Szkoła Administracji i Biznesu im. E. Kwiatkowskiego w Gdyni",
          "w siedzibie Wyższej Szkoły Administracji i Biznesu im. E. Kwiatkowskiego w Gdyni",
          ["Wyższa Szkoła Administracji i Biznesu", "WSAiB"], opt=True, note="building-level venue"),
        V("Gdańsk", "w Gdańsku", note="venue of the planned official part of the conference (another event mentioned)"),
        V("Dwór Artusa", "w Dworze Artusa", opt=True, note="building-level venue of the planned part"),
    ],
    clusters=[
        C("Klaster Rzeczny", "powstającego Klastra Rzecznego", opt=True,
          note="a cluster still being set up (as sixth 505); also in the heading"),
    ],
    people=[
        P("Mirosław Gębski", None, "Pana Mirosława Gębskiego", note="affiliation only ('z EURO INVESTMENT Toruń')"),
        P("Jan Popończyk", None, "Pana Kapitana Jana Popończyka",
          note="'Kapitan' is a rank; 'reprezentującego' is not a role"),
        P("Piotr Dwojacki", None, "organizator Klastra, Pan Piotr Dwojacki",
          note="'organizator Klastra' is a function, not a title"),
    ],
    organizations=[
        O("Wyższa Szkoła Administracji i Biznesu im. E. Kwiatkowskiego w Gdyni",
          "Wyższej Szkoły Administracji i Biznesu im. E. Kwiatkowskiego w Gdyni",
          ["Wyższa Szkoła Administracji i Biznesu im. E. Kwiatkowskiego", "Wyższa Szkoła Administracji i Biznesu", "WSAiB"]),
        O("EURO INVESTMENT Toruń", "EURO INVESTMENT Toruń", ["EURO INVESTMENT"]),
        O("Stowarzyszenie Pilotów Wiślanych", "Stowarzyszenie Pilotów Wiślanych"),
        O("ECORYS Polska", "ECORYS Polska", ["ECORYS"]),
        O("TEW", "reprezentant TEW", ["Towarzystwo Elektrowni Wodnych"], opt=True,
          note="the publisher (the author writes as its representative); acronym only"),
        O("Uniwersytet Kazimierza Wielkiego", "Uniwersytecie Kazimierza Wielkieg",
          ["Uniwersytet Kazimierza Wielkiego w Bydgoszczy", "UKW"], opt=True, note="name cut by the tool ('Wielkieg')"),
    ],
    not_dates=["'klaster_konferencja_logo' is an image name"],
    note="Solec Kujawski is the site of a planned terminal (a talk topic), not a venue; Toruń only in a firm's name. The "
         "author writes in the first person for TEW. Cut at 'Wielkieg'.")

doc(IDS["702"], None,
    E("spotkanie Zachodniego Klastra Tworzyw Sztucznych Plastopolis",
      ["Spotkanie Zachodniego Klastra Tworzyw Sztucznych Plastopolis", "spotkanie klastra Plastopolis",
       "kolejne spotkanie Zachodniego Klastra Tworzyw Sztucznych Plastopolis", "spotkanie", "konferencja"], None, None),
    dates=[
        D("XXXX-10-07", "XXXX-10-07", "7 października",
          note="'Jutro, czyli 7 października': no year for the meeting anywhere (2009 is the founding year)"),
        D("2009-12", "2009-12", "w grudniu 2009 roku", note="the cluster started its activity"),
    ],
    attendance=[
        A(4, "organizations", "exact", "kolejne cztery firmy", opt=True,
          note="firms that joined the project (membership), not participants"),
    ],
    clusters=[
        C("Zachodni Klaster Tworzyw Sztucznych Plastopolis", "Zachodniego Klastra Tworzyw Sztucznych Plastopolis",
          ["Plastopolis", "Zachodni Klaster Tworzyw Sztucznych", "klaster Plastopolis"],
          note="also 'Zachodni Klaster Tworzyw Sztucznych', 'klastra Plastopolis'"),
    ],
    people=[
        P("Piotr Ratajczyk", None, "dr Piotr Ratajczyk, pracownik naukowy Uniwersytetu Ekonomicznego w Poznaniu",
          note="'pracownik naukowy' is a description; 'dr' an academic title"),
    ],
    organizations=[
        O("Uniwersytet Ekonomiczny w Poznaniu", "Uniwersytetu Ekonomicznego w Poznaniu", ["Uniwersytet Ekonomiczny", "UEP"]),
        O("Eureka Technology Park Sp. z o.o.", "Eureka Technology Park Sp. z o.o.", ["Eureka Technology Park"],
          note="the coordinator; also 'firmę Eureka Technology Park', 'Działalność Eureka Technology Park'"),
        O("Eureka Sp. z o.o. sp. k.", "Eureka Sp. z o.o. sp. k.", ["Eureka"]),
        O("Fundacja Edukacji i Aktywizacji Zawodowej", "Fundacja Edukacji i Aktywizacji Zawodowej"),
        O("Interplastik", "spółka Interplastik"),
    ],
    not_dates=["'Jutro' is anchored by the date itself", "'W czerwcu tego roku' has no year to anchor it"],
    note="Announcement of a members' meeting of a plastics cluster (future tense, no dateline, no venue). Poznań only "
         "inside the university's name. Cut at 'określ'.")

doc(IDS["703"], None,
    E("Gliwice. Logistyka. Przyszłość. - perspektywy rozwoju rynku logistyki i magazynów w regionie gliwickim",
      ["„Gliwice. Logistyka. Przyszłość. - perspektywy rozwoju rynku logistyki i magazynów w regionie gliwickim”",
       "Gliwice. Logistyka. Przyszłość.", "Gliwice. Logistyka. Przyszłość", "konferencja Gliwice. Logistyka. Przyszłość.",
       "konferencja"], None, None),
    dates=[D("XXXX-03-22", "XXXX-03-22", "22 marca", note="no year anywhere in the text")],
    venues=[
        V("Gliwice", "w Gliwicach", note="in 'w hotelu Gold Silvia w Gliwicach'; the city also in the title"),
        V("Hotel Gold Silvia", "w hotelu Gold Silvia", ["Gold Silvia"], opt=True, note="building-level venue"),
    ],
    clusters=[
        C("Śląski Klaster Logistyczny", "Śląski Klaster Logistyczny",
          note="also 'Śląskiego Klastra Logistycznego', 'Klastra', 'Klasrta' (sic)"),
    ],
    people=[P("Adam Neumann", "wiceprezydent", "Adam Neumann, wiceprezydent Gliwic")],
    organizations=[
        O("Agencja Rozwoju Regionalnego", "Agencja Rozwoju Regionalnego", ["ARR"], note="the cluster's coordinator"),
        O("Miasto Gliwice", "miasto Gliwice", ["Gliwice", "Urząd Miejski w Gliwicach"], opt=True,
          note="the municipality (host: 'prezydent Gliwic', unnamed)"),
    ],
    not_dates=["'w czerwcu ubiegłego roku' has no year to anchor it"],
    note="'kilkanaście przedsiębiorstw i instytucji' (members, no number) is not attendance. Górny Śląsk, Europa, Polska "
         "are not venues. 'Klasrta' (sic, twice). Cut at 'logist'.")

doc(IDS["704"], "2020-07-16",
    E("Walne Zgromadzenie Członków Klastra",
      ["Walne Zgromadzenie członków Klastra „Forum na Rzecz Odpowiedzialnego Rozwoju Luxtorpeda 2.0”",
       "Walne Zgromadzenie członków Klastra Luxtorpeda 2.0", "Walne Zgromadzenie Członków Klastra Luxtorpeda 2.0",
       "Walne Zgromadzenie", "Walne Zgromadzenie członków Klastra", "zgromadzenie", "wizyta studyjna"], None, 2020),
    dates=[
        D("2020-07-16", "2020-07-16", "16 lipca 2020", note="the date line above the heading (document_date)"),
        D("2020-07-16", "2020-07-17", "W dniach 16-17 lipca 2020 roku"),
        D("2020", "2020", "na rok 2020", note="the year of the adopted plan and budget"),
        D("2020-07-17", "2020-07-17", "W dniu 17 lipca", note="the study visit; year from the sentence before"),
    ],
    venues=[
        V("Terespol", "w Terespolu"),
        V("Małaszewicze", "w Małaszewiczach", note="the study visit at the intermodal terminal (twice)"),
        V("terminal PKP CARGO w Małaszewiczach", "terminalu PKP CARGO w Małaszewiczach",
          ["terminal intermodalny w Małaszewiczach", "terminal PKP CARGO"], opt=True, note="building-level venue"),
    ],
    clusters=[
        C("Klaster „Forum na Rzecz Odpowiedzialnego Rozwoju Luxtorpeda 2.0”",
          "Klastra „Forum na Rzecz Odpowiedzialnego Rozwoju Luxtorpeda 2.0”",
          ["„Forum na Rzecz Odpowiedzialnego Rozwoju Luxtorpeda 2.0”", "Forum na Rzecz Odpowiedzialnego Rozwoju Luxtorpeda 2.0",
           "Klaster Forum na Rzecz Odpowiedzialnego Rozwoju Luxtorpeda 2.0", "Luxtorpeda 2.0", "Klaster Luxtorpeda 2.0",
           "Klaster Luxtorpeda"], note="also 'Klastra' alone"),
    ],
    people=[
        P("Maciej Krochmalski", "członek zarządu",
          "Pan Maciej Krochmalski – Członek Zarządu PKP CARGO Terminale Sp. z o.o."),
    ],
    organizations=[
        O("PKP CARGO", "PKP CARGO", ["PKP Cargo", "PKP CARGO S.A."], note="the terminal's operator ('terminalu PKP CARGO')"),
        O("PKP CARGO Terminale Sp. z o.o.", "PKP CARGO Terminale Sp. z o.o.", ["PKP CARGO Terminale"]),
    ],
    not_dates=["'COVID-19' is a name", "'+48 22 828 49 90', '00-409' are a phone number and a postal code"],
    note="The footer (telephone, e-mail, 'ul. Solec 63b/7 00-409 Warszawa', menu links) is the cluster's postal address: "
         "Warszawa is not a venue. The date line '16 lipca 2020' above the heading is read as the publication date.")

doc(IDS["705"], None,
    E("spotkanie członków klastra energii Energetyczne Powiśle",
      ["Spotkanie Członków Klastra Energii – Energetyczne Powiśle", "Spotkanie Członków Klastra Energii Energetyczne Powiśle",
       "spotkanie wójtów i przedstawicieli gmin z powiatu dąbrowskiego", "Spotkanie Członków Klastra Energii",
       "spotkanie"], None, 2023),
    dates=[
        D("2023-03-21", "2023-03-21", "W dniu 21 marca 2023 r."),
        D("2022", "2022", "w roku 2022", note="'za rok ubiegły' has the same value"),
        D("2023", "2023", "na rok 2023", note="'na rok bieżący' has the same value"),
    ],
    clusters=[
        C("Energetyczne Powiśle", "Energetyczne Powiśle",
          ["Klaster Energii Energetyczne Powiśle", "Klaster Energii – Energetyczne Powiśle", "klaster energii Energetyczne Powiśle"],
          note="'klastra energii – Energetyczne Powiśle'; also in the photo captions"),
    ],
    organizations=[
        O("DOEKO GROUP", "spółki DOEKO GROUP", ["DOEKO"], note="the cluster's coordinator"),
        O("Powiat dąbrowski", "z powiatu dąbrowskiego", ["powiat dąbrowski"], opt=True, note="the county (region)"),
    ],
    not_dates=["'DSC 0906', 'DSC 09071', 'DSC 09141' are photo file names", "'1', '2', '3' before them are gallery numbers"],
    note="No venue is named (the county is where the member municipalities are). 'obyło się' (sic). 'układu Gmin w KE' "
         "(KE = klaster energii) is not an organisation. Photo captions glued ('Powiśle2 DSC').")

doc(IDS["706"], None,
    E("IV Europejskie Forum Gospodarcze - Łódzkie 2011",
      ["IV Europejskie Forum Gospodarcze", "Europejskie Forum Gospodarcze", "Europejskie Forum Gospodarcze - Łódzkie 2011",
       "Europejskie Forum Gospodarcze – Łódzkie 2011", "EFG", "forum"], 4, 2011),
    dates=[D("2011-11-09", "2011-11-10", "W dniach 9-10 XI 2011r.", note="Roman month, '2011r.' without a space")],
    venues=[
        V("Hotel Andel's", "w hotelu Andel's", ["Andel's", "hotel Andel's"], opt=True, note="building-level venue"),
        V("Łódź", "Urząd Marszałkowski w Łodzi", opt=True,
          note="the city appears only inside the organiser's name (and the region in the forum's name)"),
    ],
    organizations=[
        O("PIOT Fundacja Przemysłu i Mody", "PIOT Fundacja Przemysłu i Mody", ["PIOT", "Fundacja Przemysłu i Mody"], opt=True,
          note="the publisher (site header); also cut at the end ('PIOT Fundacji Przemy')"),
        O("Urząd Marszałkowski w Łodzi", "Urząd Marszałkowski w Łodzi",
          ["Urząd Marszałkowski Województwa Łódzkiego", "Urząd Marszałkowski"], note="the organiser"),
        O("Środkowoeuropejskie Konsorcjum Bioregionów", "Środkowoeuropejskiego Konsorcjum Bioregionów",
          note="inaugurated on day 1 (twice)"),
        O("Ministerstwo Gospodarki", "w Ministerstwie Gospodarki", ["MG"]),
        O("Departament Instrumentów Wsparcia", "Departament Instrumentów Wsparcia", opt=True, note="a unit of the ministry"),
        O("Województwo Łódzkie", "województwa łódzkiego", ["województwo łódzkie"], opt=True, note="the region"),
    ],
    not_dates=["'POIG Poddziałanie 6.2.1' is a programme measure", "'Łódzkie 2011' is a year inside the forum's name"],
    note="The Kongres Regionów Innowacyjnych and the Salony Branżowe are parts of the forum; the project 'Sieć Centrów "
         "Obsługi Inwestorów i Eksporterów' and POIG are not annotated. Edition 4 from 'IV'. Cut at 'Przemy'.")

doc(IDS["707"], None,
    E("Piąte zwyczajne Zgromadzenie Członków Klastra CHEM-STER",
      ["piąte zwyczajne Zgromadzenie Członków Klastra Chemii Specjalistycznej CHEM-STER",
       "Piąte zwyczajne zgromadzenie Członków Klastra CHEM-STER", "zwyczajne Zgromadzenie Członków Klastra CHEM-STER",
       "Zgromadzenie Członków Klastra Chemii Specjalistycznej CHEM-STER", "Zgromadzenie Członków Klastra",
       "V Zgromadzenie Członków Klastra CHEM-STER", "zgromadzenie"], 5, 2016),
    dates=[
        D("2016-12-18", "2016-12-18", "dnia 18.12.2016 roku",
          note="'dnia 18.12.2016 roku (poniedziałek) o godz.11:00' as printed (18 Dec 2016 was a Sunday; the agenda reports "
               "on 2017, so 2017 may be meant: the text's value is kept)"),
        D("2017", "2017", "w 2017 roku"),
        D("2018", "2018", "na 2018 rok", note="also 'w 2018 roku' (same value)"),
    ],
    venues=[
        V("Kędzierzyn-Koźle", "47-220 Kędzierzyn-Koźle", note="the meeting's address"),
        V("Centrum Obsługi Inwestora", "w siedzibie Centrum Obsługi Inwestora", opt=True, note="building-level venue"),
    ],
    clusters=[
        C("Klaster Chemii Specjalistycznej CHEM-STER", "Klastra Chemii Specjalistycznej CHEM-STER",
          ["CHEM-STER", "Chem-Ster", "Klaster CHEM-STER", "Klaster Chem-Ster", "Klaster Chemii Specjalistycznej Chem – Ster",
           "Chem – Ster", "Chem -Ster"], note="also 'Klastra CHEM-STER' (heading), 'Klastra Chem-Ster', 'Chem – Ster'"),
        C("Krajowy Klaster Kluczowy", "Krajowych Klastrów Kluczowych", opt=True, note="a status"),
    ],
    people=[
        P("Alicja Górska", None, "p. Alicja Górska", note="agenda speaker, no title"),
        P("Mariola Szymańska", None, "p. Mariola Szymańska"),
        P("Andrzej Krueger", None, "p. Andrzej Krueger"),
        P("Dariusz Mazurczak", ["zastępca dyrektora", "z-ca dyrektora", "wicedyrektor"],
          "Dariusz Mazurczak Z-ca Dyrektora OCRG", note="title after the name without a comma"),
    ],
    organizations=[
        O("Kędzierzyńsko-Kozielski Park Przemysłowy Sp. z o.o.", "Kędzierzyńsko-Kozielski Park Przemysłowy Sp. z o.o.",
          ["Kędzierzyńsko-Kozielski Park Przemysłowy", "KKPP"]),
        O("Instytut Ciężkiej Syntezy Organicznej ”Blachownia”", "Instytut Ciężkiej Syntezy Organicznej ”Blachownia”",
          ["Instytut Ciężkiej Syntezy Organicznej „Blachownia”", "Instytut Ciężkiej Syntezy Organicznej Blachownia",
           "Instytut Ciężkiej Syntezy Organicznej", "ICSO Blachownia", "ICSO „Blachownia”", "Blachownia"],
          note="opening quote printed as ” (sic)"),
        O("OCRG", "w ofercie OCRG", ["Opolskie Centrum Rozwoju Gospodarki"], note="acronym only (twice)"),
        O("Centrum Obsługi Inwestora", "Centrum Obsługi Inwestora", opt=True, note="the venue (an office)"),
    ],
    not_dates=["'godz.11:00' is a time", "'47-220' is a postal code", "'16F' is a street number",
               "'1)' … '10)' are agenda numbers"],
    note="An invitation. Edition 5 from 'Piąte zwyczajne zgromadzenie' (the fifth ordinary general meeting). The two "
         "inviting bodies coordinate the cluster. 'Kędzierzyn-Koźle.Porządek' glued (sic).")

doc(IDS["708"], "2019-10-21",
    E("misja gospodarcza do Chin",
      ["Kolejna misja gospodarcza do Chin", "misja gospodarcza przedsiębiorców z województwa łódzkiego do Chin",
       "misja gospodarcza do Chin połączona z wizytą na EXPO Horticultural 2019", "misja gospodarcza", "misja"], None, 2019),
    dates=[
        D("2019-10-21", "2019-10-21", "21 października 2019", note="dateline 'poniedziałek, 21 października 2019'"),
        D("2014", "2020", "na lata 2014-2020", note="programme period (as sixth 516, seventh 607)"),
        D("2019-09-17", "2019-09-22", "17-22.09.2019r.", note="the first tour; '2019r.' without a space"),
    ],
    venues=[
        V("Pekin", "w Pekinie", ["Beijing"], note="EXPO Horticultural 2019 (twice)"),
        V("Chiny", "do Chin", opt=True, note="the country of the mission"),
    ],
    attendance=[
        A(6, "organizations", "exact", "wzięło udział 6 firm",
          note="6 firms in each of the two tours ('Kolejny wyjazd reprezentowało także 6 firm': same key, counted once)"),
    ],
    organizations=[
        O("Województwo Łódzkie", "Województwo Łódzkie", ["województwo łódzkie"], opt=True,
          note="the region (also 'województwa łódzkiego')"),
        O("Zakłady Drobiarskie DROB-BOKS", "Zakłady Drobiarskie DROB-BOKS", ["DROB-BOKS"]),
        O("Ichem Sp. z o.o.", "Ichem Sp. z o.o.", ["Ichem"]),
        O("Wiatrowy Sad", "Wiatrowy Sad"),
        O("Chrupex s.c.", "Chrupex s.c.", ["Chrupex"]),
        O("OSM WART-MILK", "OSM WART-MILK", ["WART-MILK", "Okręgowa Spółdzielnia Mleczarska WART-MILK"]),
        O("Moryń", "Moryń"),
        O("Jagoda JPS Agromachines", "Jagoda JPS Agromachines", ["Jagoda JPS", "JPS Agromachines"]),
        O("SelfMaker", "SelfMaker"),
        O("LennyLamb", "LennyLamb"),
        O("Skalar s.j", "Skalar s.j", ["Skalar", "Skalar s.j."]),
        O("Consay", "Consay"),
        O("Olimedica", "Olimedica"),
        O("Amber Global Consulting", "Amber Global Consulting"),
        O("Urząd Marszałkowski Województwa Łódzkiego", "Urzędu Marszałkowskiego Województwa Łódzkie",
          ["Urząd Marszałkowski Województwa Łódzkie"], opt=True, note="name cut by the tool ('Łódzkie')"),
    ],
    not_dates=["'EXPO Horticultural 2019' is a year inside a name", "'2 tury' counts tours",
               "'II.2', 'II.2.2' are programme measures"],
    note="Not a cluster event (a regional economic mission with B2B meetings). Regionalny Program Operacyjny and the "
         "project are not annotated. 'realizowanyw' (sic). Cut at 'Łódzkie'.")

doc(IDS["709"], None,
    E("BioForum", ["BioForum 2014", "Bio- Forum", "Bio-Forum", "13. edycja BioForum", "13. BioForum"], 13, 2014),
    dates=[
        D("2014-05-28", "2014-05-29", "W dniach 28-29 maja br.",
          note="printed twice (heading and body, same value); 'br.' resolved from 'BioForum 2014' (the event's year)"),
    ],
    venues=[V("Łódź", "w Łodzi", note="twice")],
    people=[
        P("Ada Yonath", None, "Ada Yonath, laureat Nagrody Nobla z chemii",
          note="'laureat Nagrody Nobla' is a description, not a title"),
    ],
    not_dates=["'BioForum 2014' is a year inside a name (gives the year)"],
    note="Life-science fair and conference with matchmaking ('Biopartnering', a meeting format, not an organisation). "
         "No dateline, no organiser named. Edition 13 from '13. edycja'. 'p odczas' (sic).")

doc(IDS["710"], None,
    E("LifeScience4EU", ["konferencja LifeScience4EU", "Konferencja LifeScience4EU", "LifeScience4EU conference"], None, None),
    dates=[D("XXXX-05-15", "XXXX-05-16", "15–16 maja",
             note="no year anywhere in the text (the Polish presidency of the EU is not a date)")],
    venues=[
        V("Kraków", "w Krakowie", note="three times; also 'Kraków miejscem debaty'"),
        V("Małopolska", "w sercu Małopolski", opt=True, note="the region, as a periphrase"),
    ],
    clusters=[
        C("Klaster LifeScience Kraków", "Klaster LifeScience Kraków", ["LifeScience Kraków", "Klaster LifeScience"],
          note="the host; also 'Klaster' alone"),
    ],
    organizations=[
        O("Unia Europejska", "w Unii Europejskiej", ["UE"], opt=True, note="only in 'polskiej prezydencji w Unii Europejskiej'"),
    ],
    not_dates=["'Fot. materały prasowe' is a photo credit"],
    note="A city news page ('Biznes rozwiń menu', 'Komunikat archiwalny' are site junk). The conference was part of "
         "the Polish EU presidency; no year is printed. 'odbywał się' (sic). Cut at 'prelegentów '.")

doc(IDS["711"], None,
    E("Gala podsumowująca 10-lecie Klastra Lubelska Medycyna",
      ["Gala 10-lecia Klastra Lubelska Medycyna", "jubileuszowa Gala", "Uroczysta Gala", "Gala",
       "Gala z okazji 10-lecia Klastra Lubelska Medycyna", "jubileuszowa Gala Klastra Lubelska Medycyna"], None, None),
    dates=[D("XXXX-03-18", "XXXX-03-18", "w poniedziałek (18 marca)", note="no year anywhere in the text")],
    venues=[
        V("Trybunał Koronny", "w Trybunale Koronnym", opt=True, note="building-level venue"),
        V("Lublin", "Lublina", opt=True,
          note="the city is not named as the gala's place (only 'specjalizacji gospodarczych Lublina', 'Miasta Lublin')"),
    ],
    clusters=[
        C("Klaster Lubelska Medycyna", "Klastra Lubelska Medycyna", ["Lubelska Medycyna"],
          note="also 'Klastrze Lubelska Medycyna', 'Klaster', 'klastra'"),
    ],
    people=[
        P("Krzysztof Żuk", "prezydent", "Krzysztof Żuk, Prezydent Miasta Lublin"),
        P("Łukasz Gołąbek", "wiceprezes", "Łukasz Gołąbek – Wiceprezes Netrix Link sp. z o.o."),
        P("Waldemar Ferschke", "wiceprezes", "led. med. Waldemar Ferschke – Wiceprezes M",
          note="'led. med.' (sic, for 'lek. med.') is a professional title; the firm's name is cut ('M')"),
    ],
    organizations=[
        O("CRH Żagiel Med sp. z o.o.", "CRH Żagiel Med sp. z o.o.", ["CRH Żagiel Med", "Żagiel Med"]),
        O("Luxmed sp. z o.o.", "Luxmed sp. z o.o.", ["Luxmed", "LUX MED"]),
        O("SDS Optic S.A.", "SDS Optic S.A.", ["SDS Optic"]),
        O("Medical Inventi S.A.", "Medical Inventi S.A.", ["Medical Inventi"]),
        O("Pro-Project Group sp. z o.o.", "Pro-Project Group sp. z o.o.", ["Pro-Project Group"]),
        O("AmerPharma sp. z o.o.", "AmerPharma sp. z o.o.", ["AmerPharma"]),
        O("Acrea Engineering sp. z o.o.", "Acrea Engineering sp. z o.o.", ["Acrea Engineering"]),
        O("Netrix Link sp. z o.o.", "Netrix Link sp. z o.o.", ["Netrix Link"]),
        O("Miasto Lublin", "Prezydenta Miasta Lublin", ["Lublin", "Urząd Miasta Lublin", "Gmina Lublin"], opt=True,
          note="the municipality (in titles and medal names)"),
    ],
    not_dates=["'10-lecie', '10 lat' are an anniversary (duration)"],
    note="Edition null: '10-lecie' is the cluster's anniversary. 'Medale Prezydenta Miasta Lublin', 'Medale Unii "
         "Lubelskiej' are awards. 'członkom  firmom' (double space) kept. Cut at 'Wiceprezes M'.")

doc(IDS["712"], None,
    E("Klastry – klucz do wspólnego sukcesu czyli zróbmy biznes razem",
      ["Klastry – klucz do wspólnego sukcesu", "Klastry - klucz do wspólnego sukcesu czyli zróbmy biznes razem",
       "konferencja Klastry – klucz do wspólnego sukcesu czyli zróbmy biznes razem",
       "Klastry – klucz do wspólnego biznesu", "konferencja"], None, 2016),
    dates=[D("2016-02-25", "2016-02-25", "Dnia 25 lutego 2016 roku")],
    venues=[V("Inowrocław", "w Inowrocławiu")],
    clusters=[
        C("Infoklaster Poligraficzny", "Infoklastra Poligraficznego", ["Infoklaster"], note="three times"),
        C("Bydgoski Klaster Przemysłowy", "Bydgoskiego Klastra Przemysłowego"),
        C("Spiżarnia Kujawsko-Pomorska", "Spiżarni Kujawsko-Pomorskiej",
          ["Klaster Spiżarnia Kujawsko-Pomorska", "Klaster Spożywczy Spiżarnia Kujawsko-Pomorska"]),
        C("Klaster Turystyki Medycznej i uzdrowiskowej", "Klastra Turystyki Medycznej i uzdrowiskowej",
          ["Klaster Turystyki Medycznej i Uzdrowiskowej", "Klaster Turystyki Medycznej"]),
        C("Klaster Turystyczny obszaru BIT", "Klastra Turystycznego obszaru BIT", ["Klaster Turystyczny BIT"]),
    ],
    people=[P("Wojciech Jędrzejewski", None, "pan Wojciech Jędrzejewski", note="no title")],
    organizations=[
        O("Urząd Miasta Inowrocławia", "Urząd Miasta Inowrocławia", ["Urząd Miasta Inowrocław", "Urząd Miasta w Inowrocławiu"],
          note="the organiser"),
        O("Toruńska Agencja Rozwoju Regionalnego", "Toruńską Agencję Rozwoju Regionalnego", ["TARR"],
          note="'prowadzonego przez Toruńską Agencję Rozwoju Regionalnego' (accusative)"),
    ],
    not_dates=[],
    note="The Fundusz Powiązań Kooperacyjnych is a support programme (not annotated). Short page (1,243 bytes).")

doc(IDS["713"], None,
    E("Smart City Forum", ["XVI Smart City Forum", "XVI edycja Smart City Forum", "Smart City Forum 2023", "kongres"], 16, 2023),
    dates=[
        D("2023-05-31", "2023-06-01", "31 maja i 1 czerwca 2023 r.", note="two consecutive days across months: a range"),
        D("2022", "2022", "od ubiegłego roku", opt=True, note="relative year in a quote, anchored by the event's year"),
        D("2023", "2023", "ten rok", opt=True, note="relative year in a quote ('ten rok, w którym …')"),
    ],
    venues=[
        V("The Bridge Wroclaw MGallery Hotel Collection", "w The Bridge Wroclaw MGallery Hotel Collection",
          ["The Bridge Wroclaw", "The Bridge Wroclaw MGallery", "hotel The Bridge"], opt=True, note="building-level venue"),
        V("Wrocław", "Wroclaw", ["Wroclaw"], opt=True,
          note="the city only inside the hotel's name (ASCII 'Wroclaw') and in titles ('Prezydent Miasta Wrocławia')"),
    ],
    attendance=[A(400, "participants", "more_than", "Ponad czterystu uczestników", note="number word")],
    people=[
        P("Jacek Sutryk", ["honorowy przewodniczący", "przewodniczący", "prezydent"],
          "Jacek Sutryk, Honorowy Przewodniczący Rady Programowej, Prezydent Miasta Wrocławia",
          note="also under his quote: 'Jacek Sutryk\\n\\nPrezydent Miasta Wrocławia'"),
        P("Krzysztof Żuk", "prezydent", "Krzysztof Żuk\n\nPrezydent Miasta Lublina",
          note="name and title on separate lines under his quote"),
    ],
    organizations=[
        O("Rada Programowa", "Rady Programowej", ["Rada Programowa Smart City Forum"], opt=True,
          note="a body of the forum, only inside a title"),
        O("Miasto Wrocław", "Miasta Wrocławia", ["Wrocław", "Urząd Miejski Wrocławia"], opt=True,
          note="the municipality, only in titles"),
        O("Miasto Lublin", "Miasta Lublina", ["Lublin", "Urząd Miasta Lublin"], opt=True, note="the municipality, only in a title"),
    ],
    note="Not a cluster event (a smart-city congress). Edition 16 from 'XVI' (twice). 'Szczyt Włodarz Miast' is a session. "
         "Cut at 'przenie'.")

doc(IDS["714"], None,
    E("II Międzynarodowy Kongres Silesia Innovatica – Dni Górnicze 2014",
      ["II Międzynarodowy Kongres Górniczy – Silesia Innovatica", "II Międzynarodowy Kongres Silesia Innovatica",
       "Międzynarodowy Kongres Silesia Innovatica", "Kongres Silesia Innovatica", "Silesia Innovatica",
       "Kongres Silesia Innovatica Dni Górnicze 2014", "Silesia Innovatica – Dni Górnicze 2014", "Dni Górnicze 2014",
       "II Międzynarodowy Kongres Górniczy", "kongres"], 2, 2014),
    dates=[D("2014-06-10", "2014-06-10", "10 czerwca br.",
             note="'br.' resolved from the congress's name ('Dni Górnicze 2014'), the event's year; no dateline")],
    venues=[
        V("Siemianowicki Park Tradycji", "W Siemianowickim Parku Tradycji", ["Park Tradycji", "Park Tradycji w Siemianowicach Śląskich"],
          opt=True, note="building-level venue"),
        V("Siemianowice Śląskie", "Siemianowickim", ["Siemianowice"], opt=True,
          note="the city only as an adjective in the park's name"),
    ],
    people=[
        P("Artur Kowalczyk", None, "Artur Kowalczyk - Organizator II Międzynarodowego Kongresu Silesia Innovatica",
          note="photo caption; 'Organizator' is a function at the event, not a title"),
        P("Stanisław Kowalczyk", None, "Stanisław Kowalczyk", note="in 'Artur i Stanisław Kowalczyk - Organizatorzy …'"),
    ],
    not_dates=["'Dni Górnicze 2014' is a year inside a name (gives the year)", "'w latach poprzednich' has no date"],
    note="Not a cluster event (a mining-industry congress). Three photo captions run together on one line. Edition 2 "
         "from 'II'. No organisation is named (the organisers are two people). Cut at 'dyrekto'.")

doc(IDS["715"], "2019-10-28",
    E("konferencja zamykająca transgraniczny projekt MineLife „Życie z górnictwem”",
      ["Konferencja zamykająca transgraniczny projekt MineLife „Życie z górnictwem”",
       "Konferencja zamykająca transgraniczny projekt MineLife", "konferencja zamykająca projekt MineLife",
       "konferencja podsumowująca projekt MineLife", "konferencja MineLife", "MineLife „Życie z górnictwem”",
       "Konferencja w Łagowie", "konferencja"], None, 2019),
    dates=[
        D("2019-10-28", "2019-10-28", "28 Października 2019", note="the dateline (capitalised month): document_date"),
        D("2019-10-25", "2019-10-25", "W piątek, 25 października br.", note="'br.' = the dateline's year"),
    ],
    venues=[
        V("Łagów", "w Pałacu Łagów koło Zgorzelca", note="also 'Konferencja w Łagowie'"),
        V("Pałac Łagów", "Pałacu Łagów", opt=True, note="building-level venue"),
        V("Zgorzelec", "koło Zgorzelca", opt=True, note="only a reference point ('koło Zgorzelca')"),
    ],
    attendance=[A(70, "participants", "approx", "około 70 osób")],
    people=[
        P("Adam Mirek", "prezes", "prezes Wyższego Urzędu Górniczego w Katowicach – dr inż. Adam Mirek",
          note="title before the name with a dash; 'dr inż.' is an academic title"),
        P("Bernhard Cramer", "prezes", "prezes Saksońskiego Urzędu Górniczego we Freibergu - prof. dr Bernhard Cramer"),
        P("Tomasz Krzeszowiec", ["zastępca dyrektora", "wicedyrektor"],
          "zastępca dyrektora Departamentu Gospodarki Urzędu Marszałkowskiego Województwa Dolnośląskiego – Tomasz Krzeszowiec"),
        P("Grzegorz Wowczuk", "dyrektor", "dyrektor Okręgowego Urzędu Górniczego – Grzegorz Wowczuk"),
    ],
    organizations=[
        O("Wyższy Urząd Górniczy", "Wyższy Urząd Górniczy w Katowicach", ["WUG", "Wyższy Urząd Górniczy w Katowicach"],
          note="also 'Wyższego Urzędu Górniczego w Katowicach' and 'WUG' in the breadcrumb"),
        O("Saksoński Wyższy Urząd Górniczy", "Saksoński Wyższy Urząd Górniczy",
          ["Saksoński Urząd Górniczy", "Saksoński Urząd Górniczy we Freibergu", "Sächsisches Oberbergamt"],
          note="also 'Saksońskiego Urzędu Górniczego we Freibergu'"),
        O("Urząd Marszałkowski Województwa Dolnośląskiego", "Urząd Marszałkowski Województwa Dolnośląskiego",
          ["Urząd Marszałkowski"], note="also 'Urzędu Marszałkowskiego Województwa Dolnośląskiego' in a title"),
        O("Okręgowy Urząd Górniczy we Wrocławiu", "Okręgowym Urzędem Górniczym we Wrocławiu",
          ["Okręgowy Urząd Górniczy", "OUG we Wrocławiu", "OUG"], note="also 'Okręgowego Urzędu Górniczego' in a title"),
        O("Departament Gospodarki", "Departamentu Gospodarki", opt=True, note="a unit of the marshal's office, in a title"),
        O("Unia Europejska", "przez Unię Europejską", ["UE"], opt=True, note="as co-funder of the project"),
    ],
    not_dates=["'(..)' is a cut breadcrumb"],
    note="Not a cluster event (closing conference of a cross-border mining project). Katowice, Freiberg, Wrocław appear "
         "only in institution names: not venues. The project MineLife is not annotated. Cut at 'bran'.")

doc(IDS["716"], None,
    E("konferencja podsumowująca projekt „Podróż do etnobajki”",
      ["„Podróż do etnobajki”", "Podróż do etnobajki",
       "międzynarodowa konferencja podsumowująca transgraniczny projekt polsko-białoruski „Podróż do etnobajki”",
       "konferencja podsumowująca transgraniczny projekt polsko-białoruski", "konferencja Podróż do etnobajki",
       "międzynarodowa konferencja", "konferencja"], None, 2014),
    dates=[
        D("2014-05-27", "2014-05-28", "27-28 maja 2014 r."),
        D("2014-06-04", "2014-06-04", "04\nCzerwiec", opt=True,
          note="a date stamp at the page end (posting date, nominative month on its own line, no year; the year of "
               "the article's only date): optional, document_date left null"),
    ],
    venues=[
        V("Grodno", "w Grodnie", ["Hrodna", "Grodno (Białoruś)"]),
        V("Państwowy Uniwersytet im. Janki Kupały", "w siedzibie Państwowego Uniwersytetu im. Janki Kupały",
          ["Uniwersytet im. Janki Kupały", "Grodzieński Państwowy Uniwersytet im. Janki Kupały"], opt=True,
          note="building-level venue"),
        V("Grodzieńszczyzna", "na Grodzieńszczyźnie", ["obwód grodzieński"], opt=True,
          note="the region of the places visited during the conference"),
    ],
    clusters=[
        C("Klaster Marek Turystycznych Polski Wschodniej", "Klastra Marek Turystycznych Polski Wschodniej",
          ["Klaster Marek Turystycznych"], note="also garbled 'Klaster Marek Turystycznych Polski Wschodnie jpoprzez'"),
    ],
    organizations=[
        O("Państwowy Uniwersytet im. Janki Kupały", "Państwowego Uniwersytetu im. Janki Kupały",
          ["Uniwersytet im. J. Kupały", "Uniwersytet im. Janki Kupały", "Grodzieński Państwowy Uniwersytet im. Janki Kupały"],
          note="the project's coordinator; also 'Uniwersytetu im. J. Kupały'"),
        O("Suwalska Izba Rolniczo-Turystyczna", "Suwalską Izbą Rolniczo-Turystyczną", ["SIRT"],
          note="project partner, acting as the cluster's office"),
        O("Sekretariat Techniczny Programu Polska-Białoruś-Ukraina", "Sekretariatu Technicznego Programu Polska-Białoruś-Ukraina",
          ["Wspólny Sekretariat Techniczny Programu Polska-Białoruś-Ukraina"], opt=True,
          note="the programme's secretariat (a body of a programme)"),
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polskiej Agencji Rozwoju Przedsiębiorczości", ["PARP"]),
        O("Miasto Suwałki", "Miasta Suwałki", ["Suwałki"], opt=True, note="the municipality"),
        O("Powiat Augustów", "Powiatu Augustów", ["powiat augustowski"], opt=True, note="the county"),
        O("AWF w Warszawie", "AWF w Warszawie", ["Akademia Wychowania Fizycznego w Warszawie", "AWF"]),
        O("WSWFiT w Białymstoku", "WSWFiT w Białymstoku",
          ["Wyższa Szkoła Wychowania Fizycznego i Turystyki w Białymstoku", "WSWFiT"]),
    ],
    not_dates=["'siedmiu Wiosek Bajek' counts villages"],
    note="Suwałki is the seat of the cluster's office, not a venue; Warszawa and Białystok only in university names. "
         "'rektororaz' and 'Wschodnie jpoprzez' glued (sic); '„Podróż do etnobajki”.Konferencja' without a space.")

doc(IDS["717"], None,
    E("powołanie Klastra Technologii Kosmicznych",
      ["Akt założycielski Klastra Technologii Kosmicznych", "Podpisanie umowy Klastra Technologii Kosmicznych",
       "zawarcie porozumienia Klastra Technologii Kosmicznych", "Kongres590", "Kongres 590", "uroczystość",
       "założenie Klastra Technologii Kosmicznych"], None, None),
    dates=[
        D("XXXX-11-05", "XXXX-11-05", "W piątek 5 listopada br.",
          note="'br.' with no year anywhere in the text (no dateline): XXXX; also 'Na spotkaniu 5 listopada' (same value)"),
        D("XXXX-01", "XXXX-01", "w styczniu br.", note="start of the preparations, same unknown year"),
    ],
    venues=[
        V("Jasionka", "w podkarpackiej Jasionce", ["Jesionka"], note="also 'w Jesionce' (sic)"),
    ],
    attendance=[
        A(20, "organizations", "exact", "dwadzieścia polskich przedsiębiorstw oraz organizacji i instytucji naukowo-badawczych",
          opt=True, note="the founding members (in words; also 'Dwadzieścia podmiotów' in the heading)"),
    ],
    clusters=[
        C("Klaster Technologii Kosmicznych", "Klaster Technologii Kosmicznych (KTK)", ["KTK"],
          note="also 'Klastra Technologii Kosmicznych' (heading, photo credit), 'KTK'"),
    ],
    people=[
        P("Maciej Małecki", ["wiceminister", "sekretarz stanu"],
          "wiceminister Maciej Małecki - Sekretarz Stanu w Ministerstwie Aktywów Państwowych"),
        P("Małgorzata Jarosińska-Jedynak", ["wiceminister", "sekretarz stanu"],
          "wiceminister Małgorzata Jarosińska-Jedynak - Sekretarz Stanu w Ministerstwie Funduszy i Polityki Regionalnej"),
        P("Wojciech Murdzek", ["wiceminister", "sekretarz stanu"],
          "wiceminister Wojciech Murdzek - Sekretarz Stanu w Ministerstwie Edukacji i Nauki"),
        P("Władysław Ortyl", "marszałek", "Marszałek Województwa Podkarpackiego, Władysław Ortyl",
          note="title before the name with a comma"),
    ],
    organizations=[
        O("Ministerstwo Aktywów Państwowych", "Ministerstwie Aktywów Państwowych", ["MAP"]),
        O("Ministerstwo Funduszy i Polityki Regionalnej", "Ministerstwie Funduszy i Polityki Regionalnej", ["MFiPR"]),
        O("Ministerstwo Edukacji i Nauki", "Ministerstwie Edukacji i Nauki", ["MEiN"]),
        O("Samorząd Województwa Podkarpackiego", "Samorząd Województwa Podkarpackiego",
          ["Województwo Podkarpackie", "województwo podkarpackie"], opt=True,
          note="the regional government (also 'Marszałek Województwa Podkarpackiego')"),
        O("EXATEL", "spółkę EXATEL", ["Exatel", "EXATEL S.A."], note="'polskiego operatora telekomunikacyjnego'"),
        O("Politechnika Rzeszowska", "Politechnikę Rzeszowską"),
        O("Państwowa Wyższa Szkoła Techniczno-Ekonomiczna", "Państwową Wyższą Szkołę Techniczno-Ekonomiczną",
          ["Państwowa Wyższa Szkoła Techniczno-Ekonomiczna im. ks. Bronisława Markiewicza w Jarosławiu", "PWSTE"],
          note="the text is cut right after this name"),
    ],
    not_dates=["'ponad 85 proc.' is a share", "'Kongresu590' is a name"],
    note="The founding of a space-technology cluster during the Kongres 590 (an umbrella event, given as alias). "
         "'Fot. Klaster Technologii Kosmicznych' (twice) is a photo credit. 'Jesionce' (sic).")

skipped(IDS["718"], "en",
        "English page of Targi Kielce about the Cluster Business Forum of waste-management clusters from Poland, Hungary "
        "and Slovakia during the PLASTPOL 2019 fair in Kielce; Polish names (Kazimierz Borkowski, Jolanta Okońska-Kubica).")

skipped(IDS["719"], "cs",
        "Czech page of the Národní klastrová asociace about the opening conference of a Polish-Czech cluster project in "
        "the Gorzelanny hotel in Jarnołtówek (Opole voivodeship, 21 May 2019); Polish names and places.")
