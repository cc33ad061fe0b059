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
