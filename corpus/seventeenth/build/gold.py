"""Hand-written gold for corpus/seventeenth (ids 1600-1619), following corpus/GUIDE.md and the conventions of the
earlier gold sets (sixth .. sixteenth SOURCES.md and gold; tenth above all).

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
doc(ID[1600], "2025-10-30",
    E("Kongres MŚP", ["Kongres MŚP we Wrocławiu", "Kongres MSP", "Dolnośląscy Liderzy Biznesu",
                      "projekt Dolnośląscy Liderzy Biznesu", "Kongres"], None, 2025),
    dates=[
        D("2025-10-30", "2025-10-30", "date 2025-10-30", note="scraped full date stamp (also the document_date)"),
        D("2025", "2025", "w tym roku", opt=True, note="relative ('uruchomiony w tym roku'), anchored by the stamp"),
    ],
    venues=[
        V("Wrocław", "we Wrocławiu", ["Wroclaw"], note="the congress; twice"),
        V("Legnica", "Legnica", note="a meeting of the cycle (nominative in a list: 'przez miasta subregionalne jak "
                                     "Legnica czy Wałbrzych')"),
        V("Wałbrzych", "Wałbrzych", note="a meeting of the cycle"),
        V("Strzelin", "Strzelin", note="a meeting of the cycle (a small town)"),
        V("Oława", "Oława", note="a meeting of the cycle (a small town)"),
        V("Dolny Śląsk", "na Dolnym Śląsku", ["Dolnośląskie", "województwo dolnośląskie"], opt=True,
          note="region of the project, not a town"),
    ],
    attendance=[A(500, "participants", "more_than", "ponad 500 uczestników")],
    people=[P("Paweł Gancarz", "marszałek", "powiedział Paweł Gancarz",
              note="'marszałek województwa dolnośląskiego' in a separate sentence about the same speaker; twice")],
    not_dates=["'8 proc. polskiego PKB' is a percentage", "'ok. 2,5 mld zł' is money, not attendance",
               "'tłumy przedsiębiorców' has no number"],
    note="Video summary of a regional SME congress closing a cycle of meetings in Lower Silesian towns. The towns "
         "of the cycle stand in the nominative in a list. No cluster, no organisation named (the project is not "
         "annotated). Scraped dateline ' date 2025-10-30 ' opens the text.")

doc(ID[1601], None,
    E("Międzynarodowe Targi Budownictwa i Strefa Dobrych Wnętrz „Twój Dom 2020”",
      ["Twój Dom 2020", "Twój Dom", "Targi Twój Dom", "57. Międzynarodowe Targi Budownictwa",
       "Międzynarodowe Targi Budownictwa", "Międzynarodowe Targi Budownictwa i Strefa Dobrych Wnętrz",
       "targi"], 57, 2020),
    dates=[D("2020-03-13", "2020-03-15", "w dniach od 13 od 15 marca",
             note="'od 13 od 15' (typo for 'od 13 do 15'); the year from the fair's name 'Twój Dom 2020'")],
    venues=[
        V("Bielsko-Biała", "w Bielsku-Białej", note="hyphenated city in the locative; twice (also in 'Urzędu Miasta "
                                                   "w Bielsku-Białej')"),
        V("hala wystawiennicza w Bielsku-Białej", "hali wystawienniczej", ["miejska hala", "hala wystawiennicza"],
          opt=True, note="building-level venue ('w miejskiej hali')"),
    ],
    attendance=[A(200, "organizations", "more_than", "ponad 200 wystawców",
                  note="exhibitors on the list; Warszawa, Łódź, Kraków are their origins, not venues")],
    people=[
        P("Tomasz Ficoń", ["rzecznik prasowy", "rzecznik"], "Tomasz Ficoń, rzecznik prasowy"),
        P("Eugeniusz Kropka", "prezes", "Eugeniusz Kropka, prezes Biura Promocji i Wystaw Astra",
          note="also 'mówi Kropka'"),
    ],
    organizations=[
        O("Biuro Promocji i Wystaw Astra", "Biura Promocji i Wystaw Astra", ["Astra", "BPiW Astra"],
          note="the organiser"),
        O("Ministerstwo Zdrowia", "Ministerstwa Zdrowia"),
        O("GIS", "GIS", ["Główny Inspektorat Sanitarny"], note="acronym only"),
        O("Urząd Miasta w Bielsku-Białej", "Urzędu Miasta w Bielsku-Białej",
          ["Urząd Miasta Bielsko-Biała", "Urząd Miejski w Bielsku-Białej", "Urząd Miasta"], opt=True,
          note="the municipality's office (optional, as municipalities in the earlier sets)"),
    ],
    not_dates=["'ponad tysiąc uczestników' is the official threshold for cancelling events (a rule), not a count "
               "of this fair: not attendance", "'2020' in 'Twój Dom 2020' is a year inside a name (gives the event "
               "year)", "'57.' is the edition"],
    note="Pre-fair article (March 2020, coronavirus worries) on the 57th building fair 'Twój Dom 2020' in a city "
         "hall of Bielsko-Biała. No dateline. No cluster.")

doc(ID[1602], None,
    E("Targi Sadownictwa i Warzywnictwa",
      ["TSW", "Targi TSW", "Targi Sadownictwa i Ogrodnictwa", "XVI Targi Sadownictwa i Warzywnictwa",
       "Targi Sadownictwa i Warzywnictwa w Kielcach", "targi"], 16, None),
    venues=[
        V("Kielce", "w Kielcach"),
        V("Targi Kielce", "w Targach Kielce", ["Targi Kielce S.A.", "Targów Kielce"], opt=True,
          note="the fair grounds (building-level venue; also 'Do Targów Kielce')"),
    ],
    attendance=[
        A(21000, "participants", "exact", "21 tysięcy osób z Polski i zagranicy",
          note="visitors; the same count twice ('przyszło', 'odwiedziło')"),
        A(500, "organizations", "exact", "500 wystawców"),
        A(508, "organizations", "exact", "508 firm", note="firms presenting offers (the exhibitors counted again)"),
        A(100, "organizations", "approx", "blisko 100 firm zagranicznych", opt=True,
          note="a subgroup of the 508 ('w tym'); 'blisko' approx"),
        A(27, "countries", "exact", "z 27 państw", note="'Wystawcy z 27 państw'"),
    ],
    people=[P("Jacek Kłudka", ["dyrektor", "prezes"],
              "Jacek Kłudka, dyrektor Targów Sadownictwa i Warzywnictwa i prezes Oficyny Wydawniczej Oikos")],
    organizations=[
        O("Oficyna Wydawnicza Oikos", "Oficynę Wydawniczą Oikos", ["Oikos"], note="the organiser; three times"),
        O("Targi Kielce", "Do Targów Kielce", ["Targi Kielce S.A."], note="the fair company and grounds"),
    ],
    not_dates=["'w tym roku', 'w roku ubiegłym', 'rok temu' have no year to anchor them: not annotated",
               "'o cztery tysiące więcej' is a difference, not attendance", "'prawie 4 hektary', 'o pół hektara' "
               "are areas", "'o 23,5 procent' is a percentage", "'dwudniowej', 'przez dwa dni' are durations",
               "'XVI edycji' is the edition"],
    note="Record-attendance report of the 16th fruit and vegetable growing fair (TSW) at Targi Kielce. No year "
         "anywhere in the text: event year null. The fair is first called 'Targów Sadownictwa i Ogrodnictwa' "
         "(alias). The listed countries are origins of exhibitors, not venues. Ends at 'zwiedzających' (2,000 bytes).")

doc(ID[1603], None,
    E("Spotkanie opłatkowe Opolskiej Izby Gospodarczej",
      ["spotkanie opłatkowe", "Opłatek", "Izbowy „Opłatek”", "Izbowy Opłatek", "tradycyjne spotkanie opłatkowe"],
      None, None),
    dates=[D("XXXX-12-05", "XXXX-12-05", "5 grudnia br.",
             note="'br.' but no year anywhere in the text (no dateline): XXXX")],
    venues=[
        V("Opole", "w Opolu"),
        V("zajazd „Zagłoba”", "zajeździe „Zagłoba”", ["Zagłoba", "zajazd Zagłoba", "Zajazd „Zagłoba”"], opt=True,
          note="building-level venue (an inn)"),
    ],
    attendance=[A(50, "participants", "exact", "pięćdziesiąt",
                  note="'wzięło udział  pięćdziesiąt  osób' (a number word between double spaces; the text is the "
                       "word only, no gold text spans a double space)")],
    people=[
        P("Adrian Czubak", "wojewoda", "Wojewoda Opolski Adrian Czubak"),
        P("Maciej Wujec", ["zastępca prezydenta", "z-ca prezydenta", "wiceprezydent"],
          "Z-ca prezydenta Opola – Maciej Wujec"),
        P("Szymon Ogłaza", "członek zarządu", "Członek Zarządu Województwa Opolskiego Szymon Ogłaza"),
        P("Henryk Galwas", "prezes", "Prezes OIG Henryk Galwas"),
        P("Krystian Muszalik", "ksiądz", "Ks. Krystian Muszalik", note="'Ks.' (a priest's title)"),
    ],
    organizations=[
        O("Opolska Izba Gospodarcza", "Opolska Izba Gospodarcza", ["OIG"], note="also 'Opolskiej Izby', 'OIG'"),
        O("Województwo Opolskie", "Zarządu Województwa Opolskiego", ["Zarząd Województwa Opolskiego"], opt=True,
          note="the region's board (in a title)"),
    ],
    not_dates=["'Świąt Bożego Narodzenia' is a holiday, not a date"],
    note="Short note (828 bytes) of a chamber of commerce's Christmas wafer meeting at an inn in Opole. Double "
         "spaces kept. No cluster.")

doc(ID[1604], None,
    E("Targi Contact", ["Contact", "Targi „Contact”", "targi Contact", "Forum Przedsiębiorców",
                        "„Forum Przedsiębiorców”", "targi"], None, 2008),
    dates=[D("2008-11-27", "2008-11-27", "27 listopada 2008 r.", note="'W czwartek 27 listopada 2008 r.'")],
    venues=[V("Luksemburg", "w Luksemburgu", ["Luxembourg", "Wielkie Księstwo Luksemburga"], opt=True,
              note="only the city of the embassy the firms are invited to visit; the fair's place is not said in "
                   "the text (only in the address)")],
    attendance=[A(4, "countries", "exact", "z 4 państw", opt=True,
                  note="the 'Greater Region' the fair is aimed at spans regions of 4 countries: an audience, not a "
                       "count of who took part")],
    people=[
        P("Barbara Labuda", "ambasador", "dr Barbara Labuda, Ambasador RP",
          note="also 'Pani Ambasador' (twice)"),
        P("Katarzyna Harazim", ["sekretarz", "i sekretarz", "kierownik"],
          "Katarzyna Harazim, I sekretarz Ambasady RP, kierownik wydziału ekonomicznego"),
    ],
    organizations=[
        O("Ambasada RP", "Ambasady RP", ["Ambasada RP w Luksemburgu", "Ambasada Rzeczypospolitej Polskiej"]),
        O("Centrum Europy Środkowej i Wschodniej Nadrenii-Palatynatu",
          "Centrum Europy Środkowej i Wschodniej Nadrenii-Palatynatu", ["MOEZ"], note="acronym in brackets"),
        O("Ministerstwo Gospodarki Nadrenii-Palatynatu", "Ministerstwa Gospodarki Nadrenii-Palatynatu"),
        O("Luksemburska Izba Gospodarcza", "Luksemburskiej Izby Gospodarczej"),
        O("Izba Przemysłowo-Handlowa w Moguncji", "Izb Przemysłowo Handlowych z Moguncji", opt=True,
          note="two chambers (Mainz and Trier) in one plural phrase"),
        O("Niemieckojęzyczny Związek Gmin Belgijskich", "Niemieckojęzyczny Związek Gmin Belgijskich", opt=True,
          note="a region of the Greater Region (German-speaking Community of Belgium)"),
    ],
    not_dates=["'9 gmin' counts municipalities of a region, not attendance"],
    note="A region's (Opolskie) stand at the 'Contact' fair of the Greater Region with a 'Forum Przedsiębiorców'; "
         "visited by the Polish ambassador to Luxembourg (2008). Belgia, Francja, Niemcy, Kraj Saary etc. describe "
         "the Greater Region, not venues. Cut at 'Grupa opolska s'.")

doc(ID[1605], None,
    E("Europejskie Forum Gospodarcze",
      ["XII Europejskie Forum Gospodarcze", "Europejskie Forum Gospodarcze w Łodzi",
       "XII Europejskie Forum Gospodarcze w Łodzi", "EFG", "Forum"], 12, 2019),
    dates=[D("2019-09-16", "2019-09-17", "W dniach 16-17 września 2019")],
    venues=[
        V("Łódź", "w Łodzi", ["Lodz"], note="in the heading; 'łódzkim' (adjective) in the first sentence"),
        V("Vienna House Andel’s", "Vienna House Andel’s", ["Vienna House Andel's", "Andel’s", "hotel Andel’s"],
          opt=True, note="building-level venue (a hotel)"),
    ],
    clusters=[C("Klaster LTPP", "Klaster LTPP", ["LTPP", "Klaster LTPP Gdańsk"],
                note="also 'Klastra LTPP' (the publisher)")],
    people=[
        P("Grzegorz Schreiber", "marszałek", "Marszałka Województwa Łódzkiego p. Grzegorza Schreibera"),
        P("Marek Świeczkowski", "przewodniczący", "Marek Świeczkowski – Przewodniczący Klastra LTPP"),
        P("Maciej Urbaniak", None, "prof.Macieja Urbaniaka", note="no space after 'prof.'; an academic title only"),
        P("Czesław Warsewicz", "prezes", "p. Czesław Warsewicz Prezes PKP Cargo"),
        P("Przemysław Daca", "prezes", "p. Przemysław Daca – Prezes"),
        P("Łukasz Michałowski", "menedżer", "p. Łukasz Michałowski – Menedżer ds. Rozwoju Dystrybucji Międzynarodowej"),
        P("Mikołaj Ruta", "dyrektor", "p. Mikołaj Ruta – Dyrektor Działu R&D"),
        P("Andrzej Bittel", ["sekretarz stanu", "pełnomocnik rządu", "pełnomocnik"],
          "p. Andrzej Bittel – Sekretarz Stanu, pełnomocnik rządu"),
        P("Mateusz Morawiecki", ["prezes rady ministrów", "premier"],
          "Prezesa Rady Ministrów – Mateusza Morawieckiego"),
    ],
    organizations=[
        O("Uniwersytet Łódzki", "Uniwersytetu Łódzkiego", ["UŁ"]),
        O("PKP Cargo", "PKP Cargo"),
        O("Państwowe Gospodarstwo Wodne Wody Polskie", "Państwowego Gospodarstwa Wodne Wody Polskie",
          ["Wody Polskie", "PGW Wody Polskie"], note="'Wodne' misprinted in the genitive phrase"),
        O("Raben Logistic Polska", "Raben Logistic Polska", ["Raben Logistics Polska", "Raben"]),
        O("WDX S.A.", "WDX S.A.", ["WDX"]),
        O("Ministerstwo Infrastruktury", "Ministerstwo Infrastruktury"),
        O("DE LA FOTTA", "DE LA FOTTA", ["De La Fotta"], note="an award winner (firm)"),
        O("NEONICA POLSKA SP. Z O.O.", "NEONICA POLSKA SP. Z O.O.", ["Neonica Polska", "NEONICA POLSKA",
                                                                     "Neonica Polska Sp. z o.o."]),
        O("Delia Cosmetics Sp. z o.o", "Delia Cosmetics Sp. z o.o", ["Delia Cosmetics", "Delia Cosmetics Sp. z o.o."]),
        O("Województwo Łódzkie", "Województwa Łódzkiego", ["Samorząd Województwa Łódzkiego"], opt=True,
          note="the region (in a title and in the award's name)"),
    ],
    not_dates=["'w pięciu kategoriach' counts award categories, not attendance", "'1.' .. '4.' are list numbers",
               "'XII' is the edition"],
    note="A logistics cluster's report from the 12th European Economic Forum in Łódź (a hotel) with a panel and an "
         "award gala (another event mentioned, no venue of its own). No attendance count. Cut at 'projekt "
         "przyszłości ' (trailing space kept).")

doc(ID[1606], None,
    E("misja gospodarcza na Expo do Dubaju",
      ["misja gospodarcza", "Expo", "Expo w Dubaju", "Expo 2020", "Expo 2020 Dubaj", "wyjazd do Dubaju",
       "Lubuska delegacja z misją gospodarczą na Expo do Dubaju"], None, None),
    dates=[D("XXXX-01", "XXXX-01", "w połowie stycznia", opt=True,
             note="'in mid-January', no year anywhere in the text (as 'we wrześniu' in tenth 903)")],
    venues=[
        V("Dubaj", "do Dubaju", ["Dubai", "Dubaju"], note="the mission's destination and the Expo; also 'w Dubaju'"),
        V("Urząd Marszałkowski", "w Urzędzie Marszałkowskim", ["Urząd Marszałkowski Województwa Lubuskiego"],
          opt=True, note="a press conference after the mission (building-level venue, no city)"),
    ],
    attendance=[
        A(15, "organizations", "exact", "piętnaście firm", note="number word: firms funded to travel to Dubai"),
        A(30000, "participants", "approx", "30 tysięcy gości",
          note="visitors of the region's stand 'według szacunków' (by estimate): approx"),
    ],
    people=[
        P("Marcin Jabłoński", "członek zarządu", "członek zarządu województwa Marcin Jabłoński"),
        P("Wacław Maciuszonek", "przewodniczący", "przewodniczący sejmiku Wacław Maciuszonek"),
        P("Sebastian Ciemnoczołowski", "radny", "radny sejmiku Sebastian Ciemnoczołowski"),
        P("Jan Kurałowicz", None, "Jana Kurałowicza", note="owner of the firm named after him; no title"),
    ],
    organizations=[
        O("Design Studio Jana Kurałowicza", "Design Studio Jana Kurałowicza", ["Design Studio"]),
        O("Urząd Marszałkowski Województwa Lubuskiego", "Urzędzie Marszałkowskim", ["Urząd Marszałkowski"],
          opt=True, note="the regional office (optional, as regions in the earlier sets)"),
    ],
    not_dates=["'od dziś', 'po latach' are not dates"],
    note="Summary of Lubuskie's business mission to Expo in Dubai (the 2021/22 Expo; no year in the text, so "
         "event year null). Number word 'piętnaście firm'; an estimated count of stand visitors.")

doc(ID[1607], "2025-09-23",
    E("II Forum Biznesowe Polska-Litwa", ["Forum Biznesowe Polska-Litwa", "Forum Biznesowe Polska–Litwa",
                                          "II Forum Biznesowe Polska–Litwa", "forum"], 2, 2025),
    dates=[D("2025-09-23", "2025-09-23", "2025-09-23",
             note="date stamp '2025-09-23, 06:54' (document_date); the same day again as '(23 września)'")],
    venues=[V("Toruń", "w Toruniu", ["Torun"], note="heading, caption (twice) and text; also 'do Torunia'")],
    people=[
        P("Monika Kaczyńska", None, "Monika Kaczyńska/Redakcja", opt=True, note="the reporter (byline)"),
        P("Robert Juodka", None, "Robert Juodka z Litewskiej Izby Przemysłu Obronnego",
          note="affiliation only ('z ...'); also 'Juodka'"),
        P("Przemysław Bańkowski", ["konsul honorowy", "konsul"], "Przemysław Bańkowski, konsul honorowy"),
        P("Rafał Pietrucień", ["zastępca prezydenta", "wiceprezydent"], "Rafał Pietrucień, zastępca prezydenta Torunia"),
    ],
    organizations=[
        O("Litewska Izba Przemysłu Obronnego", "Litewskiej Izby Przemysłu Obronnego"),
        O("Toruńska Agencja Rozwoju Regionalnego", "Toruńska Agencja Rozwoju Regionalnego", ["TARR"], opt=True,
          note="only in photo credits (twice)"),
        O("Republika Litewska", "Republiki Litewskiej", ["Litwa"], opt=True, note="a state, in a consul's title"),
        O("BIK", "BIK", ["Biuro Informacji Kredytowej"], opt=True, note="in a cut teaser after the article (junk)"),
    ],
    not_dates=["'ponad 100 hektarów' is an area of investment land, not attendance", "'06:54' is a time of day",
               "'drugi dzień forum' is an ordinal day, not a date", "'II' is the edition"],
    note="Radio report from the first day of the 2nd Polish–Lithuanian business forum in Toruń, with study visits "
         "and B2B meetings on the second day. Photo caption printed twice; a teaser of another article after "
         "'Biznes' is kept (cut at 'BIK i'). No attendance count, no cluster.")

doc(ID[1608], None,
    E("Kongres Polski Wschodniej", ["1. Kongres Polski Wschodniej", "I Kongres Polski Wschodniej",
                                    "Kongres Polski Wschodniej w Białymstoku", "Kongres"], 1, 2012),
    dates=[D("2012-11-20", "2012-11-21", "20-21.11.2012",
             note="heading '20-21.11.2012, Białystok:'; the same range again as 'W dniach 20-21 listopada 2012'")],
    venues=[V("Białystok", "w Białymstoku", ["Bialystok"], note="also the nominative 'Białystok' in the heading")],
    attendance=[A(400, "participants", "more_than", "Ponad 400. zaproszonych gości",
                  note="a stray full stop after the number ('Ponad 400.')")],
    clusters=[
        C("Klaster Instytucji Otoczenia Biznesu", "Klastra Instytucji Otoczenia Biznesu"),
        C("Wschodni Klaster Budowlany", "Wschodniego Klastra Budowlanego"),
        C("Klaster Marek Turystycznych Polski Wschodniej", "Klastra Marek Turystycznych Polski Wschodniej"),
    ],
    people=[P("Tomasz Kozłowski", ["koordynator", "organizator"], "Tomasz Kozłowski – koordynator",
              note="coordinator of three clusters and organiser of the congress")],
    organizations=[O("GLOBEnergia", "Redakcja GLOBEnergia", ["Redakcja GLOBEnergia", "GLOBEnergia.pl"], opt=True,
                     note="the publisher (byline, twice)")],
    not_dates=["'5 województw Polski Wschodniej' counts regions the guests came from, not attendance",
               "'IMG 1246m', 'IMG 1253m' are photo file names", "'trzema filarami' is not a count of participants",
               "'1.' is the edition"],
    note="Report of the first Eastern Poland Congress on clusters in Białystok (2012). Three clusters of one "
         "coordinator. Photo file names kept. Ends at 'pote' (2,000 bytes).")

doc(ID[1609], None,
    E("Międzynarodowe Targi Bursztynu, Biżuterii i Kamieni Jubilerskich Amberif",
      ["Amberif", "Targi Amberif", "Targi Bursztynu", "Amberif 2016",
       "23. Międzynarodowe Targi Bursztynu, Biżuterii i Kamieni Jubilerskich Amberif",
       "Międzynarodowe Targi Bursztynu, Biżuterii i Kamieni Jubilerskich", "targi"], 23, 2016),
    dates=[D("2016-03-16", "2016-03-19", "od 16 do 19 marca",
             note="the year from the heading 'ADA 2016' (the fair's design award of this edition; debatable)")],
    venues=[V("Gdańsk", "w Gdańsku", ["Gdansk", "Danzig"])],
    attendance=[
        A(480, "organizations", "more_than", "ponad 480 firm z 14 krajów", note="exhibiting firms"),
        A(14, "countries", "exact", "z 14 krajów", note="countries of the exhibitors"),
        A(7700, "participants", "exact", "7,7 tys. branżowych gości z 55 krajów", note="decimal comma with 'tys.'"),
        A(55, "countries", "exact", "z 55 krajów", note="countries of the visitors"),
        A(75, "participants", "exact", "75 artystów z 17 państw",
          note="entrants of the design contest held during the fair"),
        A(17, "countries", "exact", "z 17 państw", note="countries of the contest's entrants"),
    ],
    people=[
        P("Jolanta Kupniewska", None, "Jolancie Kupniewskiej", note="a prize winner (dative)"),
        P("Kinga Sulej", None, "Kinga Sulej"),
        P("Jelizavieta Suska", None, "Jelizaviety Suskiej", ["Jelizaveta Suska", "Jelizawieta Suska"],
          note="genitive 'do Jelizaviety Suskiej'"),
        P("Miron Kutarba", None, "Mirona Kutarby"),
        P("Bogdan Mirowski", None, "Bogdana Mirowskiego", opt=True,
          note="only in the contest's name 'Mercurius Gedanensis im. Bogdana Mirowskiego'"),
    ],
    organizations=[
        O("KGHM Polska Miedź", "KGHM Polska Miedź", ["KGHM"], note="twice"),
        O("Międzynarodowe Stowarzyszenie Bursztynników", "Międzynarodowe Stowarzyszenie Bursztynników", ["MSB"]),
        O("A2 Studio Biżuterii", "A2 Studio Biżuterii", ["A2 Studio"]),
    ],
    not_dates=["'pws-2016-06d-08' is a photo file name", "'ADA 2016' is a year inside an award's name (gives the "
               "event year)", "'12 tys. mkw.' is an area", "'10 tys. zł' is money", "'1 kg srebra', '1 kg "
               "bursztynu', '2 kg srebra' are prizes", "'53 autorskie prace' counts works, not attendance",
               "'dwudziestopięciolecie' is an anniversary", "the list of countries names the visitors' origins, "
               "not venues"],
    note="Record-attendance report of the 23rd Amberif amber fair in Gdańsk with its design contests: exhibitor, "
         "visitor, entrant and country counts. Photo file name and section headings kept. Cut at 'firmie ' "
         "(2,000 bytes).")

doc(ID[1610], None,
    E("Polski Kongres Przedsiębiorczości", ["VI Polski Kongres Przedsiębiorczości", "Kongres",
                                            "Nowoczesna gospodarka – kapitał dla przyszłości"], 6, 2018),
    dates=[D("2018-09-24", "2018-09-25", "W dniach 24-25 września 2018 r.")],
    venues=[
        V("Międzynarodowe Targi Poznańskie", "na Międzynarodowych Targach Poznańskich", ["MTP", "Targi Poznańskie"],
          opt=True, note="fair grounds (building-level venue)"),
        V("Poznań", "w Poznaniu", ["Poznan"], opt=True,
          note="the city only inside names ('WFOŚiGW w Poznaniu', 'Veolia Energia Poznań', the MTP)"),
    ],
    attendance=[A(1000, "participants", "more_than", "Ponad tysiąc uczestników", note="number word 'tysiąc'")],
    people=[
        P("Sebastian Maćkowiak", ["doradca energetyczny", "doradca"],
          "Doradca Energetyczny WFOŚiGW w Poznaniu, Sebastian Maćkowiak"),
        P("Marzena Koppenberg", ["prezes zarządu", "prezes"], "Marzena Koppenberg – prezes zarządu"),
        P("Antoni Majcherczyk", ["prezes zarządu", "prezes"], "Antoni Majcherczyk – prezes zarządu"),
        P("Sławomir Jurczyński", "dyrektor", "Sławomir Jurczyński – dyrektor ds. rozwoju"),
    ],
    organizations=[
        O("Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Poznaniu", "WFOŚiGW w Poznaniu",
          ["WFOŚiGW w Poznaniu", "WFOŚiGW"], note="acronym only (twice)"),
        O("ZZO Olszowa Sp. z o.o.", "ZZO Olszowa Sp. z o.o.", ["ZZO Olszowa"]),
        O("MPOŚ Oświęcim Sp. z o.o.", "MPOŚ Oświęcim Sp. z o.o.", ["MPOŚ Oświęcim"]),
        O("Veolia Energia Poznań S.A.", "Veolia Energia Poznań S.A.", ["Veolia Energia Poznań", "Veolia"]),
        O("Międzynarodowe Targi Poznańskie", "Międzynarodowych Targach Poznańskich", ["MTP"], opt=True,
          note="the fair company / grounds (as tenth 903)"),
    ],
    not_dates=["'przez dwa dni' is a duration", "'drugiego dnia Kongresu' is an ordinal day", "'szóstej edycji' is "
               "the edition"],
    note="A regional environmental fund's note on the 6th Polish Entrepreneurship Congress at the Poznań fair "
         "grounds (2018). No required venue: the grounds are a building, Poznań appears only inside names. No "
         "cluster.")

doc(ID[1611], None,
    E("V Ogólnopolski Szczyt Gospodarczy",
      ["Ogólnopolski Szczyt Gospodarczy", "V Ogólnopolski Szczyt Gospodarczy w Siedlcach",
       "Państwo – Gospodarka – Bezpieczeństwo: Filary polskiej gospodarki przyszłości", "Szczyt Gospodarczy",
       "forum"], 5, 2019),
    dates=[D("2019-09-26", "2019-09-27", "W dniach 26-27 września 2019 r.")],
    venues=[
        V("Siedlce", "w Siedlcach", note="heading and text"),
        V("Uniwersytet Przyrodniczo-Humanistyczny", "w murach Uniwersytetu Przyrodniczo-Humanistycznego",
          ["Uniwersytet Przyrodniczo-Humanistyczny w Siedlcach", "UPH"], opt=True, note="building-level venue"),
    ],
    people=[
        P("Mateusz Morawiecki", "premier", "premier Mateusz Morawiecki"),
        P("Krzysztof Tchórzewski", "minister", "minister energii Krzysztof Tchórzewski"),
        P("Henryk Kowalczyk", "minister", "minister środowiska Henryk Kowalczyk"),
        P("Piotr Naimski", "pełnomocnik",
          "pełnomocnik do spraw strategicznej infrastruktury energetycznej Piotr Naimski"),
        P("Paweł Machalski", None, "Paweł Machalski", opt=True, note="the author's signature (blog)"),
    ],
    organizations=[
        O("Europejskie Centrum Biznesu", "Europejskie Centrum Biznesu", ["ECB"], note="the organiser"),
        O("Uniwersytet Przyrodniczo-Humanistyczny", "Uniwersytetu Przyrodniczo-Humanistycznego",
          ["Uniwersytet Przyrodniczo-Humanistyczny w Siedlcach", "UPH"]),
        O("Rząd RP", "Rządu RP", ["Rada Ministrów"], opt=True, note="'przedstawiciele Rządu RP'"),
    ],
    not_dates=["'Bursztyn Polskiej Gospodarki 2019' is a year inside an award's name",
               "'V' is the edition; 'po raz pierwszy' is the author's first visit, not an edition"],
    note="A politician's blog note on the 5th national economic summit in Siedlce (a university). No attendance "
         "count; the gala and the concert are side events without venues of their own. No cluster.")

doc(ID[1612], None,
    E("Europejski Kongres Gospodarczy",
      ["XII-ta edycja Forum", "Forum", "Kongres", "Europejskie Forum Gospodarcze", "European Economic Congress",
       "EEC", "EKG", "XII Europejski Kongres Gospodarczy"], 12, None),
    dates=[
        D("XXXX-09-02", "XXXX-09-04", "W dniach 2-4 września", note="no year anywhere in the text"),
        D("XXXX-12-18", "XXXX-12-18", "W dniu 18 grudnia", note="an online meeting (another event)"),
        D("XXXX-12-16", "XXXX-12-16", "W dniu 16 grudnia br.", note="'br.' without a year in the text"),
    ],
    venues=[
        V("Katowice", "w Katowicach"),
        V("online", "online", ["on-line"], note="hybrid congress (6 thousand followed online); also the meeting "
                                             "'w trybie on-line' of 18 December"),
        V("siedziba Ambasadora Królestwa Danii", "w siedzibie Ambasadora Królestwa Danii",
          ["Ambasada Królestwa Danii", "ambasada Danii"], opt=True,
          note="the Christmas heating meeting of 16 December (building-level venue, no city)"),
    ],
    attendance=[
        A(3000, "participants", "approx", "ok. 3 tys. osób", note="in person ('bezpośrednio'); 'ok.' approx"),
        A(6000, "participants", "exact", "6 tys. osób", note="registered to follow it online"),
    ],
    organizations=[
        O("IGCP", "IGCP", ["Izba Gospodarcza Ciepłownictwo Polskie"], note="the publisher; acronym only (three times)"),
        O("PTEC", "PTEC", ["Polskie Towarzystwo Elektrociepłowni Zawodowych"], note="acronym only"),
        O("Lewiatan", "Lewiatana", ["Konfederacja Lewiatan"]),
        O("Ministerstwo Energii", "Ministerstwa Energii"),
        O("Ambasada Królestwa Danii", "Ambasadora Królestwa Danii", ["Ambasada Danii", "Ambasada"],
          note="'w siedzibie Ambasadora Królestwa Danii', 'przez Ambasadę'"),
    ],
    not_dates=["'kilkadziesiąt zagadnień' has no number value", "'XII-ta edycja' is the edition"],
    note="A heating-industry chamber's news page: the 12th (hybrid) congress in Katowice, where in-person and online "
         "counts are given, then teasers of two December meetings (online; at the Danish ambassador's residence). "
         "The event is only called 'Forum' / 'Kongres' in the text (the address says europejskie-forum-gospodarcze); "
         "no year anywhere: dates XXXX, event year null. Ends with blank lines.")

doc(ID[1613], None,
    E("Spotkanie kooperacyjne start-up’ów Olsztyna i miast partnerskich",
      ["Spotkanie kooperacyjne start-upów Olsztyna i miast partnerskich", "Spotkanie kooperacyjne",
       "spotkanie kooperacyjne start-up’ów", "Hub of Talents"], None, 2018),
    dates=[
        D("2018-05", "2018-05", "date 2018-05", note="scraped month stamp (not a document_date, as fresh 402)"),
        D("2018-05-16", "2018-05-16", "16 maja br.", note="'br.' = 2018 from the stamp"),
    ],
    venues=[V("Olsztyn", "w Olsztynie", opt=True,
              note="the start-up meeting of Olsztyn and its partner cities; the only 'w Olsztynie' is about where "
                   "businessmen were educated, and the park is named by an adjective")],
    attendance=[
        A(70, "organizations", "approx", "blisko 70 firm", opt=True, note="tenants of the park (like members), not "
                                                                          "a count of who took part in an event"),
        A(30, "organizations", "more_than", "ponad 30 takich firm", opt=True, note="start-ups among the tenants"),
        A(9, "organizations", "exact", "dziewięć „parkowych” firm", opt=True,
          note="firms that presented products in the Hub of Talents programme and got support"),
    ],
    people=[P("Piotr Grzymowicz", "prezydent", "prezydent Olsztyna Piotr Grzymowicz", note="also 'Piotr Grzymowicz'")],
    organizations=[
        O("Olsztyński Park Naukowo-Technologiczny", "Olsztyński Park Naukowo-Technologiczny", ["OPN-T", "Park"],
          note="also 'OPN-T'"),
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polskiej Agencji Rozwoju Przedsiębiorczości", ["PARP"]),
    ],
    not_dates=["'blisko 800 tysięcy złotych' is money", "'dwudniowe' is a duration",
               "'Hub of Talents' is a project"],
    note="A newspaper piece on the Olsztyn science park and its start-ups, announcing a two-day cooperation meeting "
         "of start-ups from Olsztyn and partner cities (16 May 2018). Firm counts are tenants / programme members: "
         "optional. Scraped ' date 2018-05 ' prefix. Cut at 'prezyd'.")

doc(ID[1614], None,
    E("Baltic Economic Congress", ["BEC", "kongres", "Baltic Economic Congress w Szczecinie"], None, None),
    venues=[
        V("Szczecin", "w Szczecinie", opt=True, note="only in the organiser's name 'Północnej Izby Gospodarczej w "
                                                   "Szczecinie' (twice)"),
        V("województwo zachodniopomorskie", "w województwie zachodniopomorskim", ["Zachodniopomorskie"], opt=True,
          note="a region, not a town"),
    ],
    attendance=[A(700, "participants", "more_than", "ponad 700 uczestników",
                  note="also the heading 'Wydarzenie gospodarcze na 700 osób' (the same value)")],
    people=[
        P("Leszek Balcerowicz", ["były wicepremier", "wicepremier", "profesor"], "profesor Leszek Balcerowicz",
          note="'mówił były wicepremier' in the next sentence"),
        P("Adam Rudawski", "wojewoda", "wojewoda Adam Rudawski"),
        P("Hanna Mojsiuk", "prezes", "Hanna Mojsiuk, prezes Północnej Izby Gospodarczej w Szczecinie",
          note="also 'prezes PIG'"),
        P("Jerzy Owsiak", "twórca", "Jerzego Owsiaka, twórcy Wielkiej Orkiestry Świątecznej Pomocy"),
    ],
    organizations=[
        O("Północna Izba Gospodarcza", "Północną Izbę Gospodarczą", ["PIG", "Północna Izba Gospodarcza w Szczecinie"],
          note="the organiser; also 'PIG'"),
        O("Wielka Orkiestra Świątecznej Pomocy", "Wielkiej Orkiestry Świątecznej Pomocy", ["WOŚP"]),
        O("Unia Europejska", "w Unii Europejskiej", ["UE"], opt=True, note="a topic (twice)"),
        O("Sejm", "sejmu", ["Sejm RP"], opt=True, note="'posiedzenie sejmu' (lower case)"),
    ],
    not_dates=["'20 lat Polski w Unii' is a duration", "'tej jesieni', 'W tym roku' have no year in the text",
               "'Sześć debat' counts debates, not attendance"],
    note="Report of the Baltic Economic Congress of the Szczecin chamber (2024 by the context of the flood and 20 "
         "years in the EU, but no year in the text: event year null). No required venue (Szczecin only in the "
         "organiser's name). Ends with a heading and a newline (2,000 bytes).")

doc(ID[1615], "2017-11-21",
    E("Forum Gospodarcze Polska – Ukraina",
      ["Forum Gospodarcze Polska-Ukraina", "Forum Gospodarcze Polska – Ukraina w Chełmie",
       "Forum Gospodarcze Polska - Ukraina", "Forum", "konferencja"], None, 2017),
    dates=[D("2017-11-21", "2017-11-21", "21.11.2017", note="dateline under the heading (document_date)")],
    venues=[
        V("Chełm", "w Chełmie", note="heading and text"),
        V("Biblioteka Publiczna im. Marii Pauliny Orestti", "w Bibliotece Publicznej im. Marii Pauliny Orestti",
          ["Biblioteka Publiczna w Chełmie", "Biblioteka Publiczna"], opt=True, note="building-level venue"),
    ],
    people=[P("Przemysław Czarnek", "wojewoda", "wojewoda lubelski Przemysław Czarnek", note="twice")],
    organizations=[
        O("Stowarzyszenie Lubelski Klub Biznesu", "Stowarzyszenie Lubelski Klub Biznesu", ["Lubelski Klub Biznesu"],
          note="the organiser"),
        O("Biblioteka Publiczna im. Marii Pauliny Orestti", "Bibliotece Publicznej im. Marii Pauliny Orestti",
          opt=True, note="the venue building (a public library)"),
    ],
    not_dates=["'na Ukrainie', 'w Polsce' are countries in a quote, not venues"],
    note="The voivode's office news on a Polish–Ukrainian economic forum in a public library in Chełm (2017). "
         "Dateline '21.11.2017' printed on its own line. No attendance count; no cluster. Lines holding one space "
         "kept.")

doc(ID[1616], None,
    E("Energetyka przygraniczna Polski i Niemiec - doświadczenia i perspektywy",
      ["Energetyka przygraniczna Polski i Niemiec", "XI konferencja „Energetyka przygraniczna Polski i Niemiec”",
       "Energetyka przygraniczna Polski i Niemiec – doświadczenia i perspektywy", "Energetyka na pograniczu",
       "konferencja"], 11, None),
    dates=[D("XXXX-10-10", "XXXX-10-10", "10 października", note="no year anywhere in the text")],
    venues=[V("Sulechów", "w Sulechowie", note="a small town (Lubuskie)")],
    attendance=[A(7, "participants", "exact", "siedmiu pracowników Oddziału",
                  note="number word: the publisher's branch staff who took part (the only count)")],
    people=[
        P("Sławomir Kudela", "dyrektor", "Dyrektor Oddziału Sławomir Kudela"),
        P("Stanisław Iwan", ["senator", "wiceprzewodniczący"], "senator Stanisław Iwan, wiceprzewodniczący"),
    ],
    organizations=[O("Parlamentarny Zespół ds. Energetyki", "Parlamentarnego Zespołu Ds. Energetyki",
                     ["Parlamentarny Zespół Ds. Energetyki"], opt=True, note="a parliamentary group (a body)")],
    not_dates=["'Trzy bloki tematyczne' counts sessions, not attendance", "'XI' is the edition",
               "'w pierwszym z bloków' is an ordinal"],
    note="A gas company branch's short note (804 bytes) on the 11th Polish–German border energy conference in "
         "Sulechów. The publisher (PGNiG) is named only in the address ('Nasz Oddział'). No year: XXXX, event year "
         "null. No cluster.")

doc(ID[1617], None,
    E("Forum Gospodarcze Polonii Świata", ["Forum Gospodarcze Polonii Świata w Tarnowie", "forum"], None, None),
    dates=[
        D("XXXX-07-22", "XXXX-07-23", "22-23 lipca br.", note="'br.' but no year anywhere in the text"),
        D("XXXX-07-24", "XXXX-07-24", "24 lipca br.", note="'w niedzielę 24 lipca br.' (the excursion after the forum)"),
    ],
    venues=[
        V("Tarnów", "w Tarnowie", ["Tarnow"], note="twice; also 'tarnowskiej części forum'"),
        V("Teatr im. L. Solskiego", "w Teatrze im. L. Solskiego",
          ["Teatr im. Ludwika Solskiego", "Teatr im. L. Solskiego w Tarnowie"], opt=True, note="building-level venue"),
        V("Powiśle Dąbrowskie", "na Powiślu Dąbrowskim", opt=True,
          note="a sub-region the participants toured on 24 July (not a town)"),
    ],
    attendance=[
        A(130, "participants", "approx", "około 130 gości z 23 krajów", note="'około' approx"),
        A(23, "countries", "exact", "z 23 krajów"),
        A(50, "participants", "approx", "blisko 50 uczestników forum", note="the excursion group; 'blisko' approx"),
    ],
    people=[
        P("Krzysztof Kaczmarski", "burmistrz", "Burmistrz Krzysztof Kaczmarski",
          note="also 'Burmistrz Dąbrowy Tarnowskiej Krzysztof Kaczmarski'"),
        P("Tadeusz Kwiatkowski", "starosta", "Starosta Dąbrowski Tadeusz Kwiatkowski",
          note="also 'Starosty Dąbrowskiego Tadeusza Kwiatkowskiego'"),
        P("Jan Kowal", None, "Jan Kowal (SĘKPOL)", note="'lokalni przedsiębiorcy' (a plural description, no title)"),
        P("Andrzej Pikul", None, "Andrzej Pikul (D’accord)"),
    ],
    organizations=[
        O("SĘKPOL", "SĘKPOL", ["Sękpol"]),
        O("D’accord", "D’accord", ["D'accord"]),
        O("Polska Izba Przemysłowo-Handlowa", "Polską Izbą Przemysłowo – Handlową",
          ["Polska Izba Przemysłowo – Handlowa", "Polska Izba Przemysłowo - Handlowa", "PIPH"]),
        O("Polish American Builders Association", "Polish American Builders Association", ["PABA"]),
        O("Specjalna Strefa Ekonomiczna Dąbrowy Tarnowskiej", "Specjalnej Strefę Ekonomiczną Dąbrowy Tarnowskiej",
          ["Specjalna Strefa Ekonomiczna Gminy Dąbrowa Tarnowska", "Specjalna Strefa Ekonomiczna w Morzychnie"],
          note="mixed-case typo in the text ('Specjalnej Strefę Ekonomiczną'); also 'Specjalnej Strefy Ekonomicznej "
               "Gminy Dąbrowa Tarnowska'"),
        O("Krakowska Specjalna Strefa Ekonomiczna", "Krakowskiej Specjalnej Strefy Ekonomicznej", ["KSSE"]),
        O("Krakowski Park Technologiczny", "Krakowski Park Technologiczny", ["KPT"]),
    ],
    not_dates=["'około 3 tysięcy firm' counts firms in the county, not attendance", "'77,6 %' is a percentage",
               "Morzychna (the zone's site) and Dąbrowa Tarnowska (the publisher's town) are not venues of the forum"],
    note="A small town's (Dąbrowa Tarnowska) note on the World Polonia Economic Forum in a Tarnów theatre, with an "
         "excursion of part of the participants. No year in the text: XXXX, event year null. Cut at 'cywi'.")

skipped(ID[1618], "cs", "Czech: the first Visegrad cluster congress of the Polish cluster association at the Silesian "
                        "University of Technology in Gliwice (25-26 Sept 2018), '150 osob', 'přes 40 expertů ze "
                        "sedmi zemí' (language gate)")
skipped(ID[1619], "de", "German: the 24th Polish-German-Czech cooperation forum in Szklarska Poręba ('Rund 100 kleine und "
                        "mittelständige Unternehmen', B2B talks) (language gate)")
