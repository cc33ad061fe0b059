"""Hand-written gold for corpus/twentyfourth (ids 2300-2319), following corpus/GUIDE.md and the conventions of the
earlier gold sets (blind 212 and 217, twentieth 1914, nineteenth, twentysecond).

Run: python3 run_gold.py  -> writes ../gold/*.json and checks that every `text` is an exact substring of the
raw file (so char spans can be computed from it: raw.find(text)).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import D, V, A, C, P, O, E, DOCS, doc, skipped  # noqa: F401 (the item helpers, see corpus/goldkit.py)
from ids import ID

# ---------------------------------------------------------------------------------------------
doc(ID[2300], None,
    E("spotkanie podsumowujące misję gospodarczą do Barcelony",
      ["Spotkanie podsumowujące misję gospodarczą do Barcelony", "spotkanie podsumowujące",
       "spotkanie podsumowujące misję gospodarczą", "misja gospodarcza do Barcelony", "misja gospodarcza",
       "misja gospodarcza lubuskich przedsiębiorców oraz delegacji samorządowej do Hiszpanii"], None, None),
    dates=[
        D("XXXX-07-10", "XXXX-07-10", "10 lipca", note="the summary meeting; no year anywhere in the text"),
        D("XXXX-06-24", "XXXX-06-28", "w dniach 24-28 czerwca", note="the mission itself"),
    ],
    venues=[
        V("Gorzów Wielkopolski", "w Gorzowie Wielkopolskim", ["Gorzów Wlkp."], note="the summary meeting"),
        V("Hotel Gorzów", "w Hotelu Gorzów", ["Hotel Gorzów w Gorzowie Wielkopolskim"], opt=True,
          note="building-level place of the meeting"),
        V("Barcelona", "do Barcelony", note="the mission (title)"),
        V("Hiszpania", "do Hiszpanii", opt=True, note="the mission's country"),
    ],
    people=[
        P("Stanisław Tomczyszyn", "wicemarszałek", "Pan Stanisław Tomczyszyn – Wicemarszałek Województwa Lubuskiego"),
        P("Tadeusz Jędrzejczak", ["członek zarządu województwa", "członek zarządu", "przewodniczący"],
          "Pan Tadeusz Jędrzejczak – Członek Zarządu Województwa Lubuskiego",
          note="'który Przewodniczył delegacji samorządowej podczas misji'"),
        P("Jacek Urbański", "dyrektor", "Pan Jacek Urbański – Dyrektor Lubuskiego Centrum Produktu Regionalnego"),
    ],
    organizations=[
        O("Lubuskie Centrum Produktu Regionalnego", "Lubuskiego Centrum Produktu Regionalnego",
          ["LCPR"], note="twice (the director's title)"),
        O("Zarząd Województwa Lubuskiego", "Zarządu Województwa Lubuskiego", opt=True, note="only inside a title"),
        O("Województwo Lubuskie", "Województwa Lubuskiego", opt=True, note="the region, in titles"),
        O("Hotel Gorzów", "Hotelu Gorzów", opt=True, note="the hotel where the meeting was held (also a venue)"),
    ],
    not_dates=["'Regionalnego Programu Operacyjnego – Lubuskie 2020' is a programme name",
               "'Snackex' is a fair's name (no date)"],
    note="Lubuskie Centrum Produktu Regionalnego: summary meeting (10 July, no year) of the Lubuskie entrepreneurs' "
         "mission to Barcelona (24-28 June, combined with the Snackex fair). Shares the EU-funding footer (283 "
         "shingles) with blind/212, the same organiser's China mission of 2019 - a different event.")

doc(ID[2301], "2018-09-14",
    E("konferencja otwierająca projekt",
      ["konferencja otwierająca projekt pn.: ,,Wsparcie internacjonalizacji MŚP oraz promocji gospodarczej regionu na obszarze funkcjonowania Stowarzyszenia Metropolia Bydgoszcz”",
       "konferencja otwierająca projekt Wsparcie internacjonalizacji MŚP oraz promocji gospodarczej regionu na obszarze funkcjonowania Stowarzyszenia Metropolia Bydgoszcz",
       "Inauguracja projektu na rzecz internacjonalizacji MŚP i promocji gospodarczej regionu",
       "inauguracja projektu", "konferencja"], None, 2018),
    dates=[
        D("2018-09-13", "2018-09-13", "13 września 2018 r."),
        D("2018-09-14", "2018-09-14", "14.09.2018", note="'Data publikacji: 14.09.2018' (document_date)"),
    ],
    venues=[V("Bydgoszcz", "w Bydgoszczy")],
    people=[
        P("Grzegorz Gorzelak", None, "prof. Grzegorz Gorzelak",
          note="'Gościem specjalnym'; an academic title only; also 'profesor Grzegorz Gorzelak'"),
        P("Rafał Bruski", "prezydent", "Prezydent Miasta Bydgoszczy – Rafał Bruski"),
        P("Edyta Wiwatowska", "prezes", "Prezes BARR – Edytę Wiwatowską", note="accusative"),
    ],
    organizations=[
        O("Stowarzyszenie Metropolia Bydgoszcz", "Stowarzyszenia Metropolia Bydgoszcz",
          ["Metropolia Bydgoszcz", "stowarzyszenie Metropolia Bydgoszcz"],
          note="in the project's name, then 'stowarzyszenie Metropolia Bydgoszcz' twice"),
        O("Bydgoska Agencja Rozwoju Regionalnego", "Bydgoską Agencję Rozwoju Regionalnego", ["BARR"],
          note="then 'Prezes BARR'"),
        O("Centrum Europejskich Studiów Regionalnych i Lokalnych Uniwersytetu Warszawskiego",
          "Centrum Europejskich Studiów Regionalnych i Lokalnych Uniwersytetu Warszawskiego",
          ["Centrum Europejskich Studiów Regionalnych i Lokalnych", "EUROREG"]),
        O("Uniwersytet Warszawski", "Uniwersytetu Warszawskiego", opt=True, note="only inside the centre's name"),
        O("Europejski Fundusz Rozwoju Regionalnego", "Europejskiego Funduszu Rozwoju Regionalnego", ["EFRR"],
          opt=True, note="a fund"),
        O("Województwo Kujawsko-Pomorskie", "Województwa Kujawsko-Pomorskiego", opt=True,
          note="only inside the programme's name"),
        O("Miasto Bydgoszcz", "Miasta Bydgoszczy", opt=True, note="only inside the mayor's title"),
    ],
    not_dates=["'poddziałania 1.5.2', 'www.barr.pl/...' are no dates"],
    note="Bydgoszcz regional development agency (BARR): opening conference (13 September 2018) of an SME "
         "internationalisation project with the Metropolia Bydgoszcz association. Ends with the date line "
         "'Data publikacji: 14.09.2018' and 'Translate »'; lines holding one space kept.")

doc(ID[2302], None,
    E("XVII Zgromadzenie Ogólne Związku Województw RP",
      ["Zgromadzenie Ogólne Związku Województw RP", "XVII Zgromadzenie Ogólne",
       "Zgromadzenie Ogólne Związku Województw Rzeczypospolitej Polskiej",
       "podpisanie umowy o współpracy", "umowa o współpracy ZWRP i KIG"], 17, None),
    dates=[
        D("XXXX-09", "XXXX-09", "we wrześniu", note="the coming I Forum Regionów Polski i Kazachstanu; no year"),
        D("2002", "2002", "w 2002 r.", note="founding of the union"),
        D("1990", "1990", "w 1990 roku", note="founding of KIG"),
    ],
    venues=[
        V("Karpacz", "w Karpaczu", note="the general assembly where the agreement was signed"),
        V("Kazachstan", "Kazachstanu", opt=True,
          note="the coming forum is held 'w tym kraju' (Kazakhstan, named only in 'Republiki Kazachstanu' and the forum's name)"),
    ],
    attendance=[
        A(16, "organizations", "exact", "wszystkie 16 województw samorządowych", opt=True,
          note="membership of the union, not attendance"),
        A(150, "organizations", "more_than", "ponad 150 organizacji biznesowych", opt=True,
          note="membership of KIG, not attendance"),
    ],
    people=[
        P("Edgar Broyan", "rzecznik prasowy", "rzecznik prasowy Związku Województw RP Edgar Broyan",
          note="later 'Broyan' twice"),
        P("Jacek Protas", ["prezes", "marszałek"], "prezes związku, marszałek województwa warmińsko-mazurskiego, Jacek Protas"),
        P("Andrzej Arendarski", "prezes", "prezes KIG, Andrzej Arendarski"),
        P("Ilona Antoniszyn-Klik", "wiceminister", "wiceminister gospodarki Ilona Antoniszyn-Klik"),
        P("Marcin Kubiak", ["podsekretarz stanu", "wiceminister"],
          "podsekretarz stanu w ministerstwie infrastruktury i rozwoju Marcin Kubiak"),
        P("Yerik Utembajew", "ambasador", "ambasador Republiki Kazachstanu w Polsce J.E.Yerik Utembajew",
          ["J.E.Yerik Utembajew", "J.E. Yerik Utembajew", "Erik Utembajew"], note="'J.E.' (His Excellency) glued to the name"),
    ],
    organizations=[
        O("Związek Województw RP", "Związku Województw RP",
          ["Związek Województw Rzeczypospolitej Polskiej", "ZWRP"], note="three times; also 'prezes związku'"),
        O("Krajowa Izba Gospodarcza", "Krajowa Izba Gospodarcza", ["KIG"], note="'prezes KIG', last paragraph"),
        O("Ministerstwo Infrastruktury i Rozwoju", "ministerstwie infrastruktury i rozwoju", ["MIR"],
          note="lower case, in a title"),
        O("Ministerstwo Gospodarki", "wiceminister gospodarki", opt=True, note="only as 'wiceminister gospodarki'"),
        O("Republika Kazachstanu", "Republiki Kazachstanu", ["Kazachstan"], opt=True, note="a state, in the ambassador's title"),
        O("Komisja Wspólna Rządu i Samorządu Terytorialnego", "Komisji Wspólnej Rządu i Samorządu Terytorialnego"),
        O("Komitet Regionów UE", "Komitecie Regionów UE", ["Komitet Regionów", "Europejski Komitet Regionów"]),
        O("Kongres Władz Lokalnych i Regionalnych Rady Europy", "Kongresie Władz Lokalnych i Regionalnych Rady Europy",
          ["Kongres Władz Lokalnych i Regionalnych"]),
        O("Rada Europy", "Rady Europy", opt=True, note="only inside the congress's name"),
        O("PAP", "(PAP)", ["Polska Agencja Prasowa"], opt=True, note="the news agency credit"),
        O("Województwo Warmińsko-Mazurskie", "województwa warmińsko-mazurskiego", opt=True, note="in a title"),
    ],
    not_dates=["'I Forum Regionów Polski i Kazachstanu' is another event (edition 1) mentioned, not the article's"],
    note="PAP via prawo.pl: the union of Polish regions (ZWRP) and the national chamber of commerce (KIG) sign a "
         "cooperation agreement at the union's 17th general assembly in Karpacz; guests a deputy minister, an "
         "undersecretary and Kazakhstan's ambassador. No year of the assembly in the text (event year null). Ends "
         "with the agency's initials 'ros/ mki/'.")

doc(ID[2303], None,
    E("Narodowa Wystawa Rolnicza",
      ["Narodowa Wystawa Rolnicza zakończona", "Narodowa Wystawa Rolnicza 2018", "Wystawa"], None, 2018),
    dates=[D("2018-11-30", "2018-12-02", "od 30 listopada do 2 grudnia br.",
             note="'br.': no date line; the year from 'z okazji setnej rocznicy odzyskania przez Polskę niepodległości' (2018)")],
    venues=[V("Międzynarodowe Targi Poznańskie", "na terenie Międzynarodowych Targów Poznańskich",
              ["MTP", "Poznań", "teren Międzynarodowych Targów Poznańskich"])],
    attendance=[A(200, "organizations", "more_than", "ponad 200 wystawców",
                  note="'Kilkadziesiąt tysięcy odwiedzających' has no numeral (not annotated)")],
    people=[
        P("Jan Krzysztof Ardanowski", "minister", "Minister Rolnictwa i Rozwoju Wsi Jan Krzysztof Ardanowski"),
        P("Piotr Serafin", ["dyrektor generalny", "dyrektor"], "Dyrektora Generalnego KOWR Piotra Serafina"),
        P("Adam Chrząstowski", None, "Adama Chrząstowskiego", note="one of 'zawodowych kucharzy' (an occupation, no title)"),
        P("Łukasz Konik", None, "Łukasza Konika"),
        P("Sebastian Kornacki", None, "Sebastiana Kornackiego"),
    ],
    organizations=[
        O("Krajowy Ośrodek Wsparcia Rolnictwa", "Krajowy Ośrodek Wsparcia Rolnictwa", ["KOWR"],
          note="page title and text; 'KOWR' twice"),
        O("Ministerstwo Rolnictwa i Rozwoju Wsi", "Ministerstwo Rolnictwa i Rozwoju Wsi", ["MRiRW"],
          note="organiser; 'MRiRW' twice"),
        O("Agencja Restrukturyzacji i Modernizacji Rolnictwa", "Agencji Restrukturyzacji i Modernizacji Rolnictwa", ["ARiMR"]),
        O("Kasa Rolniczego Ubezpieczenia Społecznego", "Kasy Rolniczego Ubezpieczenia Społecznego", ["KRUS"]),
        O("Krajowa Rada Izb Rolniczych", "Krajową Radę Izb Rolniczych", ["KRIR"], note="co-organiser of the congress"),
        O("Międzynarodowe Targi Poznańskie", "Międzynarodowych Targów Poznańskich", ["MTP"], opt=True,
          note="the fair grounds (venue); also a company"),
        O("Koła Gospodyń Wiejskich", "Koła Gospodyń Wiejskich", ["Koło Gospodyń Wiejskich"], opt=True,
          note="generic (rural women's circles)"),
    ],
    not_dates=["'trzy dni', 'Przez trzy dni' are durations"],
    note="KOWR news page (with its menu lines 'Menu górne z lewej/prawej strony'): the National Agricultural "
         "Exhibition at the Poznań fair grounds (30 November - 2 December 2018), with a congress of the ministry and "
         "the chamber of agriculture. Cut mid-sentence ('nad którym'). Shares the page header with 2307.")

doc(ID[2304], None,
    E("Zwyczajne Walne Zgromadzenie Krajowej Izby Gospodarczej",
      ["ZWZ KIG", "Zwyczajne Walne Zgromadzenie KIG", "Zwyczajne Walne Zgromadzenie", "ZWZ", "NORDA na ZWZ KIG",
       "Walne Zgromadzenie Krajowej Izby Gospodarczej"], None, 2021),
    dates=[
        D("2021-06-17", "2021-06-17", "17-06-2021"),
        D("2021", "2025", "2021-2025", note="'na kadencję 2021-2025' (a term of office)"),
    ],
    attendance=[
        A(74, "organizations", "exact", "74 organizacje", note="'obecnych na ZWZ były 74 organizacje'"),
        A(116, "organizations", "exact", "116 członków", opt=True, note="KIG's membership, not attendance"),
    ],
    organizations=[
        O("Krajowa Izba Gospodarcza", "Krajowej Izby Gospodarczej", ["KIG"], note="'KIG' five times"),
        O("NORDA", "NORDA", ["Izba Przedsiębiorców NORDA", "Izba"],
          note="the publishing chamber (title 'NORDA na ZWZ KIG'; 'Prezes Izby' unnamed)"),
    ],
    not_dates=["'siedem głównych obszarów' is no count of attendance"],
    note="The Gdynia chamber NORDA reports its president's attendance at the ordinary general assembly of the national "
         "chamber of commerce (17 June 2021), which elected its authorities for 2021-2025. No person named, no venue. "
         "Ends with 'Najnowsze informacje:'.")

doc(ID[2305], "2018-04-24",
    E("Regionalna Konferencja BGK dla Przedsiębiorców i Samorządu Terytorialnego",
      ["Regionalna konferencja BGK", "Regionalna Konferencja BGK", "konferencja BGK",
       "Regionalna Konferencja BGK dla Przedsiębiorców i Samorządu Terytorialnego we Wrocławiu"], 2, 2018),
    dates=[
        D("2018-04-24", "2018-04-24", "24/04/2018", note="'Opublikowano: 24/04/2018' (document_date)"),
        D("2018-04-23", "2018-04-23", "Dnia 23 kwietnia br."),
    ],
    venues=[V("Wrocław", "we Wrocławiu")],
    people=[
        P("Jarosław Geborys", "starosta", "starosta kamiennogórski Jarosław Geborys"),
        P("Mateusz Morawiecki", ["prezes rady ministrów", "premier"], "Prezesa Rady Ministrów Pana Mateusza Morawieckiego",
          note="patron of the conferences"),
        P("Rocco A. Spencer", ["mówca motywacyjny", "mówca", "gość specjalny", "major", "mjr"],
          "mjr. Rocco A. Spencera", ["Rocco Spencer"], note="'gościa specjalnego, mówcę motywacyjnego mjr. Rocco A. Spencera'"),
    ],
    organizations=[
        O("Bank Gospodarstwa Krajowego", "Bank Gospodarstwa Krajowego", ["BGK"],
          note="organiser; 'BGK' in the title and the event name; 'Banku Gospodarstwa Krajowego'"),
        O("Rada Ministrów", "Rady Ministrów", opt=True, note="only inside 'Prezesa Rady Ministrów'"),
    ],
    not_dates=["'cyklu 16 konferencji', 'w 16 regionach' are no attendance"],
    note="Kamienna Góra county site: its head attended the second of sixteen regional conferences of the state bank "
         "BGK (Wrocław, 23 April 2018). Edition 2 from 'To druga z cyklu 16 konferencji' (debatable). Opens with "
         "'aktualność'; a double space kept.")

doc(ID[2306], None,
    E("Biofach 2020",
      ["BIOFACH 2020", "BIOFACH", "Biofach", "targi żywności ekologicznej Biofach 2020",
       "Polskie stoisko narodowe na targach żywności ekologicznej Biofach 2020 w Niemczech",
       "polskie stoisko narodowe"], None, 2020),
    dates=[
        D("2020-02-12", "2020-02-15", "w dniach 12 - 15 lutego 2020 r."),
        D("2020-02-14", "2020-02-14", "Trzeciego dnia targów", opt=True, note="relative: the third day of the fair"),
    ],
    venues=[
        V("Norymberga", "w Norymberdze"),
        V("Niemcy", "w Niemczech", opt=True, note="title"),
    ],
    attendance=[A(54, "organizations", "exact", "54 polskie firmy",
                  note="'54 polskie firmy oraz stowarzyszenia, związki i organizacje branżowe' (exhibitors on the stand)")],
    people=[
        P("Ryszard Kamiński", ["podsekretarz stanu", "wiceminister"],
          "Podsekretarz Stanu w Ministerstwie Rolnictwa i Rozwoju Wsi, Pan Ryszard Kamiński"),
        P("Marcin Wroński", ["zastępca dyrektora generalnego", "zastępca dyrektora", "zastępca"],
          "Pan Marcin Wroński – Zastępca Dyrektora Generalnego", note="representing KOWR"),
    ],
    organizations=[
        O("Krajowy Ośrodek Wsparcia Rolnictwa", "Krajowy Ośrodek Wsparcia Rolnictwa", ["KOWR"], note="'KOWR' five times"),
        O("Ministerstwo Rolnictwa i Rozwoju Wsi", "Ministerstwie Rolnictwa i Rozwoju Wsi", ["MRiRW"],
          note="in the undersecretary's title; 'delegacją MRiRW', 'przedstawicieli MRiRW'"),
    ],
    not_dates=["'267 m²' is an area, not attendance"],
    note="KOWR (gov.pl): the Polish national stand at the organic food fair BIOFACH 2020 in Nuremberg (12-15 "
         "February 2020), visited by the ministry's undersecretary. Not fresh/408 (BIOFACH 2013).")

doc(ID[2307], None,
    E("Polagra Food 2018",
      ["targi Polagra Food 2018", "Polagra Food", "Strefa Inspiracji", "Strefa Inspiracji KOWR",
       "Polagra Food 2018 - Krajowy Ośrodek Wsparcia Rolnictwa"], None, 2018),
    dates=[D("2018", "2018", "w tym roku", opt=True,
             note="'Tylko w tym roku': relative, anchored only by the title year 'Polagra Food 2018'")],
    venues=[V("Poznań", "w Poznaniu")],
    people=[
        P("Sylwia Iwańczuk", ["zastępca dyrektora generalnego", "zastępca dyrektora", "zastępca"],
          "Sylwia Iwańczuk, Zastępca Dyrektora Generalnego KOWR", note="opened the Strefa Inspiracji"),
        P("Michał Wiśniewski", ["zastępca dyrektora generalnego", "zastępca dyrektora", "zastępca"],
          "Michał Wiśniewski, Zastępca Dyrektora Generalnego KOWR"),
        P("Waldemar Sochaczewski", ["zastępca dyrektora generalnego", "zastępca dyrektora", "zastępca"],
          "Waldemar Sochaczewski, Zastępca Dyrektora Generalnego KOWR"),
    ],
    organizations=[
        O("Krajowy Ośrodek Wsparcia Rolnictwa", "Krajowy Ośrodek Wsparcia Rolnictwa", ["KOWR"],
          note="page title and text; 'KOWR' five times"),
        O("Ministerstwo Rolnictwa i Rozwoju Wsi", "Ministerstwa Rolnictwa i Rozwoju Wsi", ["MRiRW"]),
    ],
    not_dates=["'Polagra Food 2018' is a year inside a name (no calendar date in the text)",
               "'Polska Smakuje' is a campaign name"],
    note="KOWR news page (menu lines kept): its 'Strefa Inspiracji' debates at the Poznań food fair Polagra Food 2018, "
         "three deputy directors general quoted. No calendar date. Cut mid-word ('stos'). A stray space before a full "
         "stop ('KOWR .') kept. Not fresh/409 (Polagra 2014).")

doc(ID[2308], "2019-07-24",
    E("Wizyta delegacji z Berlińskiej Izby Przemysłowo-Handlowej",
      ["RELACJA: Wizyta delegacji z Berlińskiej Izby Przemysłowo-Handlowej",
       "wizyta delegacji Berlińskiej Izby Przemysłowo-Handlowej", "wizyta delegacji", "spotkanie"], None, 2019),
    dates=[
        D("2019-07-24", "2019-07-24", "24.07.2019",
          note="date line under the title (document_date), although the visit reported is of 9 August"),
        D("2019-08-09", "2019-08-09", "9 sierpnia 2019 r."),
    ],
    venues=[V("siedziba Krajowej Izby Gospodarczej", "w swojej siedzibie", ["siedziba KIG", "Krajowa Izba Gospodarcza"],
              opt=True, note="'Krajowa Izba Gospodarcza gościła w swojej siedzibie' (Warsaw not named as the place)")],
    attendance=[A(20, "participants", "more_than", "Ponad dwudziestoosobowa delegacja",
                  note="number word inside a compound adjective")],
    people=[
        P("Marek Kłoczko", ["wiceprezes", "dyrektor generalny"], "Wiceprezesa – Dyrektora Generalnego KIG Marka Kłoczko"),
        P("Dorothee Feitsma", ["zastępca szefa komitetu", "z-ca szefa", "zastępca szefa", "zastępca"],
          "Dorothee Feitsmy, Z-cy Szefa Komitetu ds. Internacjonalizacji", ["Dorothee Feitsmy"],
          note="genitive 'Feitsmy'"),
        P("Tomasz Salomon", ["zastępca dyrektora departamentu", "z-ca dyr.", "zastępca dyrektora", "zastępca"],
          "Tomasz Salomon, Z-ca Dyr. Dep. Handlu i Współpracy Międzynarodowej"),
        P("Piotr Sawicki", ["zastępca dyrektora", "z-ca dyr.", "zastępca"], "Piotr Sawicki, Z-ca Dyr. Biura Rozwoju Gospodarczego",
          note="again 'Z-ca Dyr. Biura Rozwoju Gospodarczego w Urzędzie m.st. Warszawy, Piotr Sawicki'"),
        P("Justyna Prokopiuk", ["dyrektor pionu", "dyr.", "dyrektor"], "Justyna Prokopiuk, Dyr. Pionu Planowania i Nadzoru"),
        P("Anna Olejnik", ["dyrektor pionu", "dyr.", "dyrektor"], "Anna Olejnik, Dyr. Pionu Wody"),
    ],
    organizations=[
        O("Berlińska Izba Przemysłowo-Handlowa", "Berlińskiej Izby Przemysłowo-Handlowej",
          ["IHK Berlin", "Berlińska Izba"], note="title and text; 'Zarządu Berlińskiej Izby'"),
        O("Krajowa Izba Gospodarcza", "Krajowa Izba Gospodarcza", ["KIG"], note="host; 'KIG' twice"),
        O("Ministerstwo Miasta Berlina ds. Gospodarki, Energii i Przedsiębiorstw",
          "Ministerstwa Miasta Berlina ds. Gospodarki, Energii i Przedsiębiorstw",
          ["Senatsverwaltung für Wirtschaft, Energie und Betriebe"]),
        O("Ministerstwo Przedsiębiorczości i Technologii", "Ministerstwa Przedsiębiorczości i Technologii", ["MPiT"]),
        O("Urząd m.st. Warszawy", "Urzędu m.st. Warszawy", ["Urząd Miasta Stołecznego Warszawy", "Urząd m. st. Warszawy"],
          note="twice"),
        O("Miejskie Przedsiębiorstwo Wodociągów i Kanalizacji", "Miejskiego Przedsiębiorstwa Wodociągów i Kanalizacji",
          ["MPWiK", "MPWiK w m.st. Warszawie"]),
        O("Komitet ds. Internacjonalizacji", "Komitetu ds. Internacjonalizacji", opt=True, note="a committee of the Berlin chamber"),
        O("Zarząd Berlińskiej Izby", "Zarządu Berlińskiej Izby", opt=True, note="the chamber's board"),
        O("Departament Handlu i Współpracy Międzynarodowej", "Dep. Handlu i Współpracy Międzynarodowej", opt=True,
          note="a department of the ministry, abbreviated"),
        O("Biuro Rozwoju Gospodarczego", "Biura Rozwoju Gospodarczego", opt=True, note="an office of the city hall"),
        O("Pion Planowania i Nadzoru", "Pionu Planowania i Nadzoru", opt=True, note="a division of MPWiK"),
        O("Pion Wody", "Pionu Wody", opt=True, note="a division of MPWiK"),
    ],
    not_dates=["'USA, Wielkiej Brytanii i Chin' are no venues (partner countries)"],
    note="KIG report: a delegation of the Berlin chamber of commerce (IHK Berlin) with the Berlin senate department "
         "for economy at KIG's seat (9 August 2019), with the ministry, the Warsaw city hall and the Warsaw water "
         "company. Abbreviated titles 'Z-ca Dyr.', 'Dyr.', 'Dep.'. Cut at 'Stolica Polski'.")

doc(ID[2309], "2016-04-19",
    E("Podpisanie Listu Intencyjnego o współpracy przez Politechnikę Poznańską i Zachodnią Izbę Przemysłowo – Handlową",
      ["podpisanie listu intencyjnego", "Podpisanie Listu Intencyjnego o współpracy", "List Intencyjny",
       "podpisanie listu intencyjnego o współpracy przez Politechnikę Poznańską i Zachodnią Izbę Przemysłowo-Handlową"],
      None, 2016),
    dates=[D("2016-04-19", "2016-04-19", "19.04.2016", note="date line (document_date); again '19 kwietnia' (same value)")],
    venues=[V("Politechnika Poznańska", "na Politechnice Poznańskiej", ["Poznań"], note="the only place given")],
    people=[
        P("Tomasz Łodygowski", "rektor", "Rektora prof. dr hab. inż. Tomasza Łodygowskiego"),
        P("Jerzy Korolewicz", "prezes", "Prezesa Jerzego Korolewicza"),
        P("Maciej Szafrański", None, "dr inż. Maciej Szafrański", note="academic title only, '(PP)'"),
        P("Stanisław Owczarek", None, "Stanisław Owczarek", note="'(ZIPH)'"),
        P("Dariusz Przybyłek", None, "Dariusz Przybyłek", note="'(ZIPH)'"),
    ],
    organizations=[
        O("Politechnika Poznańska", "Politechnikę Poznańską", ["PP"], note="title, text, '(PP)'"),
        O("Zachodnia Izba Przemysłowo-Handlowa", "Zachodnią Izbę Przemysłowo – Handlową",
          ["Zachodnia Izba Przemysłowo – Handlowa", "ZIPH", "Zachodnia Izba Przemysłowo-Handlowa z Gorzowa Wlkp."],
          note="spaced dash in the name; '(ZIPH)'; 'z Gorzowa Wlkp.'"),
        O("Akcelerator Wiedzy Technicznej", "Akcelerator Wiedzy Technicznej®", ["Akcelerator Wiedzy Technicznej®", "AWT"],
          note="the publisher's programme/unit, with a ® sign"),
    ],
    not_dates=["'Regionalnego Programu Operacyjnego Lubuskie 2020' is a programme name"],
    note="awt.org.pl: letter of intent signed by the Poznań University of Technology and the western chamber of "
         "commerce from Gorzów (19 April 2016). Date line first.")

# ---------------------------------------------------------------------------------------------
doc(ID[2310], None,
    E("podpisanie umowy o długoletniej współpracy",
      ["Marszałek Senatu w Grupie LOTOS S.A.", "podpisanie porozumienia", "uroczyste podpisanie porozumienia",
       "podpisanie umowy", "umowa o długoletniej współpracy"], None, None),
    dates=[D("XXXX-01-28", "XXXX-01-28", "28 stycznia br.",
             note="'br.' with no year anywhere in the text (the address's 2008 is not used)")],
    venues=[V("Gdańsk", "w Gdańsku")],
    people=[
        P("Bogdan Borusewicz", "marszałek", "marszałka Senatu RP Bogdana Borusewicza", note="also 'Marszałek Senatu' in the title"),
        P("Waldemar Pawlak", "premier", "premiera Waldemara Pawlaka"),
        P("Rachoń", None, "prof. Rachoń", opt=True, note="surname only (the rector of Politechnika Gdańska, not said)"),
        P("Tajduś", None, "prof. Tajduś", opt=True, note="surname only (the rector of AGH, not said)"),
        P("Olechnowicz", "prezes", "prezes Olechnowicz", opt=True, note="surname only ('gospodarz spotkania')"),
    ],
    organizations=[
        O("Grupa LOTOS S.A.", "Grupą LOTOS S.A.", ["Grupa LOTOS", "LOTOS", "Grupy LOTOS", "Grupie LOTOS S.A."],
          note="title 'Grupie LOTOS S.A.', then 'Grupy LOTOS', 'LOTOSU' and 'Koncernu naftowego'"),
        O("Politechnika Gdańska", "Politechniką Gdańską", ["PG"], note="'(PG)'"),
        O("Akademia Górniczo-Hutnicza", "Akademią Górniczo-Hutniczą", ["AGH", "Akademia Górniczo-Hutnicza w Krakowie"],
          note="'krakowską Akademią Górniczo-Hutniczą (AGH)'"),
        O("Senat RP", "Senatu RP", ["Senat"], opt=True, note="only inside the marshal's title"),
    ],
    not_dates=["'?' replaces a dash twice (encoding junk)"],
    note="Senate marshal's site: a three-party long-term agreement of the oil group LOTOS, the Gdańsk University of "
         "Technology and AGH signed in Gdańsk on 28 January (no year in the text). Junk kept: '?' for dashes, "
         "'Zobacz także...'.")

doc(ID[2311], None,
    E("spotkanie w sprawie współpracy z firmami z regionu Norfolk",
      ["Współpraca z firmami z regionu Norfolk", "spotkanie", "spotkanie z przedstawicielami Rady Hrabstwa Norfolk"],
      None, 2006),
    dates=[D("2006-01-25", "2006-01-25", "25 stycznia 2006r.")],
    venues=[V("siedziba Partnerstwa", "w siedzibie Partnerstwa", ["Partnerstwo", "Skawina", "siedziba Partnerstwa dla Rozwoju Skawiny"],
              note="the only place given (the publisher's seat in Skawina)")],
    people=[
        P("Jo Middleton", ["menadżer", "menedżer", "menadżer ds. firm międzynarodowych"],
          "Panią Jo Middleton – Menadżerem ds. Firm Międzynarodowych"),
        P("Leszek Wysocki", ["doradca", "doradca handlu zagranicznego"],
          "Panem Leszkiem Wysockim – Doradcą Handlu Zagranicznego"),
    ],
    organizations=[
        O("Podkrakowska Izba Gospodarcza", "Podkrakowskiej Izby Gospodarczej", ["PIG"], note="then 'w PIG'"),
        O("Skawińskie Stowarzyszenie Przedsiębiorczości", "Skawińskiego Stowarzyszenia Przedsiębiorczości", ["SSP"],
          note="then 'oraz SSP'"),
        O("Rada Hrabstwa Norfolk", "Rady Hrabstwa Norfolk", ["Norfolk County Council"]),
        O("East of England International", "East of England International"),
        O("Partnerstwo dla Rozwoju Skawiny", "Partnerstwa", ["Partnerstwo"], opt=True,
          note="the publisher, named only as 'Partnerstwa'"),
        O("Miasto i Gmina Skawina", "Miasta i Gminy Skawina", ["Gmina Skawina"], opt=True,
          note="only inside the mayor's title (the mayor is unnamed)"),
        O("Unia Europejska", "Unię Europejską", ["UE"], opt=True),
    ],
    not_dates=["'Thetford' (partner town) and 'Anglia' are no venues of the meeting"],
    note="Skawina local partnership: meeting (25 January 2006) of the mayor, a regional chamber and an entrepreneurs' "
         "association with Norfolk County Council and East of England International on business cooperation. "
         "Title printed twice; ends with 'Skip to content'. No date line.")

doc(ID[2312], "2022-03-02",
    E("misja gospodarcza do Paryża",
      ["misje gospodarcze", "bezpłatne misje gospodarcze", "seminarium biznesowe", "misja gospodarcza",
       "misje gospodarcze urzędu marszałkowskiego", "seminarium biznesowe w Paryżu"], None, 2022),
    dates=[
        D("2022-03", "2022-03", "date 2022-03", note="scraped month prefix ' date 2022-03'; again 'w połowie marca' (same value)"),
        D("2022-03-02", "2022-03-02", "Marzec 2, 2022", note="date line (document_date)"),
        D("2022-04-06", "2022-04-06", "6 kwietnia", note="the business seminar in Paris"),
        D("2022-03-07", "2022-03-07", "do 7 marca", note="end of the call for the Paris mission"),
        D("2022-04", "2022-04", "W kwietniu", note="again 'w połowie marca i kwietnia'"),
        D("2022-05", "2022-05", "w maju"),
        D("2022-06", "2022-06", "w czerwcu"),
        D("2022-07", "2022-12", "w drugiej połowie roku", opt=True, note="second half of the year"),
    ],
    venues=[
        V("Paryż", "w Paryżu", note="also 'do Paryża' twice"),
        V("Bruksela", "do Brukseli", note="also 'Bruksela'"),
        V("Londyn", "do Londynu", note="also 'Londyn'"),
        V("Francja", "do Francji", opt=True, note="countries of the missions"),
        V("Belgia", "Belgii", opt=True),
        V("Wielka Brytania", "Wielkiej Brytanii", opt=True),
        V("Niemcy", "do Niemiec", opt=True, note="planned sector missions in the second half of the year"),
    ],
    people=[
        P("Marek Olbryś", "wicemarszałek", "Marek Olbryś, wicemarszałek województwa"),
        P("Mariusz Dąbrowski", "dyrektor", "Mariusz Dąbrowski, dyrektor Biura Obsługi Inwestorów i Promocji Gospodarczej UMWP"),
        P("Katarzyna Cichoń", None, "fot. Katarzyna Cichoń", opt=True, note="photo credit (printed twice)"),
    ],
    organizations=[
        O("Urząd Marszałkowski Województwa Podlaskiego", "Urząd marszałkowski",
          ["UMWP", "Urząd marszałkowski", "urząd marszałkowski"],
          note="'Urząd marszałkowski organizuje', 'UMWP', 'pod auspicjami urzędu marszałkowskiego'"),
        O("Biuro Obsługi Inwestorów i Promocji Gospodarczej UMWP", "Biura Obsługi Inwestorów i Promocji Gospodarczej UMWP",
          ["Biuro Obsługi Inwestorów i Promocji Gospodarczej"], opt=True, note="an office of the marshal's office"),
    ],
    not_dates=["'(mt)' is an author's initials"],
    note="Akadera (Białystok student radio): the Podlaskie marshal's office announces free business missions to "
         "France, Belgium and the UK (Paris seminar 6 April, then Brussels and London), quoting the deputy marshal "
         "and the director of the investors' office. Opens with a scraped prefix ' date 2022-03' and the date line "
         "'Marzec 2, 2022'; photo credit printed twice.")

doc(ID[2313], None,
    E("posiedzenie Senackiego Zespołu ds. Małych i Średnich Przedsiębiorstw",
      ["posiedzenie Senackiego Zespołu", "wizyta w Warszawie", "wyjazd do Warszawy",
       "posiedzenie Senackiego Zespołu ds. MŚP"], None, None),
    venues=[V("Warszawa", "w Warszawie", note="also 'do Warszawy'")],
    people=[
        P("Adam Szejnfeld", "senator", "senatora Adama Szejnfelda", note="twice; later 'Adam Szejnfeld'"),
        P("Grzegorz Marciniak", "prezes", "Grzegorz Marciniak, prezes Izby Gospodarczej Północnej Wielkopolski"),
        P("Zbigniew Ryczek", "wiceprezes", "Zbigniew Ryczek, wiceprezes IGPW"),
        P("Jacek Piechota", "prezes", "Jackiem Piechotą, prezesem Polsko-Ukraińskiej Izby Gospodar",
          note="instrumental; the chamber's name is cut"),
    ],
    organizations=[
        O("Izba Gospodarcza Północnej Wielkopolski", "Izby Gospodarczej Północnej Wielkopolski", ["IGPW"]),
        O("Senacki Zespół ds. Małych i Średnich Przedsiębiorstw", "Senackiego Zespołu ds. Małych i Średnich Przedsiębiorstw",
          ["Senacki Zespół ds. MŚP"], note="twice"),
        O("Polsko-Ukraińska Izba Gospodarcza", "Polsko-Ukraińskiej Izby Gospodar",
          ["Polsko-Ukraińska Izba Gospodar"], note="cut mid-word by the tool"),
        O("Unia Europejska", "Unią", ["Unia"], opt=True, note="'między Unią a Ukrainą', 'członkiem Unii'"),
    ],
    not_dates=["'w piątek' has no anchor (no date in the text)"],
    note="Piła local portal: entrepreneurs of the northern Wielkopolska chamber at a meeting of the Senate's SME team "
         "in Warsaw on Polish-Ukrainian cooperation, invited by a senator. No date at all. Leading newline kept; cut "
         "mid-word ('Gospodar').")

doc(ID[2314], None,
    E("misja na Ukrainę",
      ["Misja na Ukrainę", "misja", "wyjazd na Ukrainę", "misja do Lwowa"], None, None),
    dates=[
        D("XXXX-02-16", "XXXX-02-19", "od 16 do 19 lutego", note="the mission; no year in the text"),
        D("XXXX-02-18", "XXXX-02-18", "18 lutego", note="the round table"),
        D("XXXX-05", "XXXX-05", "na połowę maja", opt=True, note="the announced return visit (mid-May)"),
    ],
    venues=[
        V("Ukraina", "Misja na Ukrainę", ["na Ukrainę"], note="also 'w misji na Ukrainę'"),
        V("Lwów", "pięknego Lwowa", note="'ze Lwowa', 'we Lwowie'; the visits and meetings"),
        V("Opera Lwowska", "w Operze Lwowskiej", opt=True, note="an evening performance during the mission"),
    ],
    people=[
        P("Edward Szywała", "prezes", "Edward Szywała",
          note="'Prezes Stowarzyszenia Przedsiębiorców i Kupców Świdnickich', 'prezesa Szywały', 'Edwarda Szywały'"),
        P("Michał S. Pleskow", ["szef klubu", "szef"], "szef klubu Michał S. Pleskow", ["Michał Pleskow"]),
        P("Johann Strauss", None, "Johanna Staussa", ["Johann Stauss"], opt=True,
          note="the composer, misspelt 'Staussa' (not a participant)"),
    ],
    organizations=[
        O("Stowarzyszenie Przedsiębiorców i Kupców Świdnickich", "Stowarzyszenia Przedsiębiorców i Kupców Świdnickich",
          ["SPiKŚ"], note="then 'członkami SPiKŚ'"),
        O("Sudecka Izba Przemysłowo-Handlowa w Świdnicy", "Sudecka Izba Przemysłowo-Handlowa w Świdnicy",
          ["Sudecka Izba Przemysłowo-Handlowa"], note="followed by ',.' (junk)"),
        O("Izba Przemysłowo-Handlowa z Trutnova", "Izba Przemysłowo-Handlowa z Trutnova",
          ["Izba Przemysłowo-Handlowa w Trutnovie", "Izba Przemysłowo-Handlowa z Trutnova w Czechach"]),
        O("Klub Biznesu Dynastia", "Klub Biznesu Dynastia", ["Klub Dynastia"], note="'Klubu Dynastia' twice"),
        O("Instytut Badań Strategicznych przy Prezydencie Ukrainy", "Instytutu Badań Strategicznych przy Prezydencie Ukrainy",
          ["Instytut Badań Strategicznych"]),
        O("Bizes Center", "Bizes Center"),
        O("Interekonomika", "Interekonomiki",
          ["Interekonomika – Katedra Stosunków Międzynarodowych Akademii Handlowej we Lwowie",
           "Katedra Stosunków Międzynarodowych Akademii Handlowej we Lwowie"]),
        O("Akademia Handlowa we Lwowie", "Akademii Handlowej we Lwowie", opt=True, note="inside the department's name"),
        O("Opera Lwowska", "Operze Lwowskiej", opt=True, note="a theatre (also an optional venue)"),
    ],
    not_dates=["'Ul. Rynek 1A |58-100 Świdnica', the account number and the phone number in the site header are no dates",
               "'Już pierwszego dnia' is relative (16 February, same value as the range start)"],
    note="Świdnica traders' association site (address, account number and contacts in the header): its president on "
         "a Polish-Czech mission to Lviv (16-19 February, no year) organised by two chambers and a Lviv business club. "
         "Typos kept ('Taka byłą', 'polskiej delegacja', 'Staussa'); cut at 'weszli'.")

doc(ID[2315], None,
    E("VI Wschodni Kongres Gospodarczy",
      ["Wschodni Kongres Gospodarczy", "VI WKG", "WKG", "VI WKG. W Białymstoku rozpoczęło się dwudniowe forum gospodarcze",
       "forum gospodarcze"], 6, None),
    dates=[
        D("2024-11-08", "2024-11-08", "08 listopada 2024",
          note="the portal's header date ('piątek, 08 listopada 2024'), not the article's date: not document_date"),
        D("XXXX-09-25", "XXXX-09-25", "(25.09)",
          note="the inaugural session; the text gives no year for the congress (the header's 2024 is the page's "
               "date; the sixth congress was in 2019)"),
    ],
    venues=[
        V("Białystok", "W Białymstoku", note="also 'w Białymstoku' twice"),
        V("Opera i Filharmonia Podlaska", "w Operze i Filharmonii Podlaskiej",
          ["Opera i Filharmonia Podlaska w Białymstoku", "Opera i Filharmonia Podlaska – Europejskie Centrum Sztuki"],
          opt=True, note="the building"),
    ],
    attendance=[
        A(1500, "participants", "more_than", "Ponad 1500 uczestników"),
        A(700, "participants", "exact", "700 studentów", note="students (the 'Ponad' may cover the whole list)"),
        A(200, "speakers", "exact", "200 prelegentów"),
    ],
    people=[
        P("Artur Kosicki", "marszałek", "Artur Kosicki, Marszałek Województwa Podlaskiego",
          note="photo caption and text; 'marszałek Artur Kosicki'"),
        P("Bohdan Paszkowski", "wojewoda", "Wojewoda Podlaski, Bohdan Paszkowski"),
        P("Mateusz Duchnowski", None, "fot. Mateusz Duchnowski", opt=True, note="photo credit, seven times"),
    ],
    organizations=[
        O("Urząd Marszałkowski Województwa Podlaskiego", "UMWP", ["UMWP"], opt=True, note="only in the photo credits"),
        O("Opera i Filharmonia Podlaska", "Operze i Filharmonii Podlaskiej", opt=True, note="the venue's institution"),
        O("Województwo Podlaskie", "Województwa Podlaskiego", ["województwo podlaskie"], opt=True,
          note="the region, in titles; 'logo województwa podlaskiego'"),
    ],
    not_dates=["'30 debat' counts sessions, not attendance", "'dwudniowe' is a duration"],
    note="4lomza.pl: opening of the sixth Eastern Economic Congress in the Białystok opera (25.09), welcome by the "
         "marshal; counts of participants, students and speakers. Site header with the render date 'piątek, 08 "
         "listopada 2024' and 'napisz DONOS@'; seven photo credits; typos ('inauguracjyjnej', 'branzy'). Not "
         "twentyfirst/2013 (the fourth congress).")

doc(ID[2316], "2025-10-23",
    E("konferencja jubileuszowa 30-lecia AHK Polska",
      ["30 lat AHK Polska", "konferencja", "konferencja w Centrum Koneser",
       "Trzy dekady budowy niemiecko-polskiej współpracy", "konferencja jubileuszowa AHK Polska"], None, 2025),
    dates=[D("2025-10-23", "2025-10-23", "date 2025-10-23", note="scraped full date stamp (also the document_date)")],
    venues=[V("Centrum Koneser", "w warszawskim Centrum Koneser", ["Warszawa", "Centrum Praskie Koneser"],
              note="Warsaw only as the adjective 'warszawskim'")],
    people=[
        P("Katarzyna Byczkowska", "prezes", "Katarzyna Byczkowska, prezes AHK Polska"),
        P("Sofie Geisel", None, "Sofie Geisel z Niemieckiej Izby Przemysłowo-Handlowej", note="affiliation only"),
        P("Jens Beiküfner", None, "Jens Beiküfner z Ambasady Niemiec w Warszawie", note="affiliation only"),
        P("Ignacy Niemczycki", ["sekretarz stanu", "wiceminister"],
          "Ignacy Niemczycki, sekretarz stanu w Ministerstwie Spraw Zagranicznych RP"),
        P("Lars Gutheil", ["dyrektor generalny", "dyrektor"], "Dyrektor generalny AHK Polska Lars Gutheil",
          note="later 'Gutheil'"),
        P("Gabriela Jaworek", ["były dyrektor generalny", "dyrektor generalny", "dyrektor", "była dyrektor"],
          "Gabrielą Jaworek", note="'z byłymi dyrektorami generalnymi Gabrielą Jaworek i Larsem Bosse'"),
        P("Lars Bosse", ["były dyrektor generalny", "dyrektor generalny", "dyrektor"], "Larsem Bosse"),
        P("Andrzej Dopierała", None, "Andrzej Dopierała (Asseco Data Systems SA)", note="panelist, affiliation only"),
        P("Agnieszka Jankowska", None, "dr Agnieszka Jankowska (T-Mobile Polska)", note="academic title only; twice"),
        P("Michał Popiołek", None, "Michał Popiołek (mBank)"),
        P("Jan Jakub Szczyrek", None, "Jan Jakub Szczyrek (MindMade, WB-Gruppe)"),
        P("Ilona Antoniszyn", ["moderatorka", "moderator"], "moderatorka - Ilona Antoniszyn"),
    ],
    organizations=[
        O("AHK Polska", "AHK Polska", ["Polsko-Niemiecka Izba Przemysłowo-Handlowa", "AHK", "Izba Handlowa"],
          note="twice; 'trzy dekady pracy Izby', '30 lat Izby Handlowej'"),
        O("Niemiecka Izba Przemysłowo-Handlowa", "Niemieckiej Izby Przemysłowo-Handlowej", ["DIHK"]),
        O("Ambasada Niemiec w Warszawie", "Ambasady Niemiec w Warszawie", ["Ambasada Niemiec"]),
        O("Ministerstwo Spraw Zagranicznych RP", "Ministerstwie Spraw Zagranicznych RP",
          ["Ministerstwo Spraw Zagranicznych", "MSZ"]),
        O("Asseco Data Systems SA", "Asseco Data Systems SA", ["Asseco Data Systems"]),
        O("T-Mobile Polska", "T-Mobile Polska", note="twice"),
        O("mBank", "mBank"),
        O("MindMade", "MindMade"),
        O("WB-Gruppe", "WB-Gruppe", ["WB Group"]),
        O("Volkswagen AG", "Volkswagen AG", ["Volkswagen"]),
        O("Centrum Koneser", "Centrum Koneser", opt=True, note="the venue (a building complex)"),
        O("Unia Europejska", "Unii Europejskiej", ["UE"], opt=True),
    ],
    not_dates=["'30 lat', 'trzy dekady' are durations; 'Od początków lat 90.' is a decade (not annotated)"],
    note="rp.pl (material with AHK Polska): the German-Polish chamber of commerce's 30th-anniversary conference in "
         "Warsaw's Centrum Koneser, opened by its president, a DIHK representative, the German embassy and a "
         "deputy foreign minister; a panel with company affiliations in brackets (legal forms SA, AG). The conference "
         "date itself is not given (event year from the date stamp). Cut mid-word ('rozproszo').")

doc(ID[2317], None,
    E("podpisanie umowy o współpracy małopolskich PWSZ",
      ["Porozumienie wszystkich małopolskich PWSZetów", "porozumienie małopolskich PWSZ", "umowa o współpracy",
       "podpisanie umowy o współpracy"], None, None),
    venues=[V("Sala Senacka PWSZ w Tarnowie", "W Sali Senackiej PWSZ w Tarnowie",
              ["Tarnów", "PWSZ w Tarnowie", "Sala Senacka"], note="the only place given")],
    people=[
        P("Zbigniew Ślipek", "rektor", "Rektor prof. dr hab. inż. Zbigniew Ślipek"),
        P("Maciej Wroński", ["prorektor ds. współpracy i rozwoju", "prorektor"],
          "Prorektor ds. współpracy i rozwoju dr n. med. Maciej Wroński"),
        P("Maciej Mączyński", "prorektor", "Prorektor dr Maciej Mączyński"),
        P("Stanisław Komornicki", "rektor", "Rektor prof. dr hab. Stanisław Komornicki"),
    ],
    organizations=[
        O("PWSZ w Tarnowie", "PWSZ w Tarnowie", ["Państwowa Wyższa Szkoła Zawodowa w Tarnowie", "tarnowska PWSZ"],
          note="also 'tarnowską PWSZ'"),
        O("PWSZ w Nowym Sączu", "PWSZ w Nowym Sączu", ["Państwowa Wyższa Szkoła Zawodowa w Nowym Sączu"]),
        O("PPWSZ w Nowym Targu", "PPWSZ w Nowym Targu", ["Podhalańska Państwowa Wyższa Szkoła Zawodowa w Nowym Targu"]),
        O("PWSZ w Oświęcimiu", "PWSZ w Oświęcimiu", ["Państwowa Wyższa Szkoła Zawodowa w Oświęcimiu"]),
    ],
    not_dates=["no date in the text"],
    note="Tarnów state college's 20th-anniversary site: the rectors of all four Małopolska state vocational colleges "
         "sign a cooperation agreement in the Senate Hall in Tarnów. No date, no count. Colleges named by acronym "
         "only ('PWSZ w Nowym Sączu', 'PPWSZ w Nowym Targu').")

doc(ID[2318], None,
    E("podpisanie umowy patronackiej",
      ["umowa patronacka", "zawarcie umowy", "Zawarcie umowy", "umowa patronacka pomiędzy uczelniami",
       "PWSW w Przemyślu pod patronatem Politechniki Rzeszowskiej"], None, None),
    venues=[V("Państwowa Wyższa Szkoła Wschodnioeuropejska w Przemyślu", "w murach przemyskiej uczelni",
              ["PWSW w Przemyślu", "Przemyśl", "przemyska uczelnia"],
              note="'Zawarcie umowy miało miejsce w murach przemyskiej uczelni' (the only place given)")],
    people=[
        P("Tadeusz Markowski", "rektor", "rektor PRz, prof. Tadeusz Markowski",
          note="again 'prof. Tadeusz Markowski, rektor Politechniki Rzeszowskiej'"),
        P("Paweł Trefler", "rektor", "dr Paweł Trefler, rektor PWSW w Przemyślu", note="again 'rektor PWSW dr Paweł Trefler'"),
    ],
    organizations=[
        O("Politechnika Rzeszowska", "Politechnika Rzeszowska", ["PRz"], note="several times; 'PRz'"),
        O("Państwowa Wyższa Szkoła Wschodnioeuropejska w Przemyślu", "Państwową Wyższą Szkołę Wschodnioeuropejską w Przemyślu",
          ["PWSW w Przemyślu", "PWSW", "Państwowa Wyższa Szkoła Wschodnioeuropejska"], note="then 'PWSW' four times"),
    ],
    not_dates=["no date in the text"],
    note="PCG Academia: the Rzeszów University of Technology takes the Przemyśl state college under its patronage; "
         "both rectors sign in Przemyśl. No date. A line holding one space kept.")

skipped(ID[2319], "de", "German: trade.gov.pl (Polish embassy's trade and investment section in Berlin, 2015-12-21) on "
                        "a festive meeting of Polish and German business people at Deutsche Bank in Berlin on 17 "
                        "December (ambassador Jerzy Margański, state secretary Radosław Domagalski-Łabędzki, about 250 "
                        "guests); language gate")
