"""Hand-written gold for corpus/twentysixth (ids 2500-2519, 20 documents; 2516 Ukrainian, skipped), following
corpus/GUIDE.md and the conventions of the earlier gold sets. Focus of the set: venues (small towns, villages,
buildings, abroad, online/hybrid) and attendance counts.

Run: python3 run_gold.py  -> writes ../gold/*.json and checks that every `text` is an exact substring of the
raw file (so char spans can be computed from it: raw.find(text)).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import D, V, A, C, P, O, E, DOCS, doc, skipped  # noqa: F401 (the item helpers, see corpus/goldkit.py)
from ids import ID

UE = ["UE", "Unia Europejska"]

# ---------------------------------------------------------------------------------------------
doc(ID[2500], None,
    E("Europa Karpat",
      ["konferencja \"Europa Karpat\"", "\"Europa Karpat\"", "międzynarodowa konferencja \"Europa Karpat\"",
       "20. cykliczna międzynarodowa konferencja \"Europa Karpat\"", "międzynarodowa konferencja Europa Karpat",
       "konferencja Europa Karpat"], 20, None),
    venues=[
        V("Muzeum Narodowe Ziemi Przemyskiej", "w Muzeum Narodowym Ziemi Przemyskiej", ["Przemyśl", "Muzeum Narodowe"],
          note="the only venue; the town (Przemyśl) is named only in the address, so it is an alias of the museum"),
    ],
    people=[
        P("Marek Kuchciński", "marszałek", "marszałek Sejmu RP Marek Kuchciński", note="'marszałek Sejmu RP'; the originator"),
        P("Jacek Czaputowicz", "minister", "Jacek Czaputowicz", note="'Jacek Czaputowicz - Minister Spraw Zagranicznych'"),
        P("Piotr Gliński", "wicepremier", "wicepremier Piotr Gliński"),
        P("Richard Horcsik", "przewodniczący", "Richard Horcsik",
          note="'przewodniczący Komisji ds. UE Zgromadzenia Narodowego Węgier'"),
        P("Yavor Notev", "wiceprzewodniczący", "Yavor Notev", note="'wiceprzewodniczący Zgromadzenia Narodowego Republiki Bułgarii'"),
    ],
    organizations=[
        O("Sejm RP", "Sejmu RP", ["Sejm"], opt=True, note="inside the marshal's title"),
        O("Muzeum Narodowe Ziemi Przemyskiej", "Muzeum Narodowym Ziemi Przemyskiej", opt=True, note="the venue (a museum)"),
        O("Zgromadzenie Narodowe Węgier", "Zgromadzenia Narodowego Węgier", opt=True, note="inside a title"),
        O("Komisja ds. UE Zgromadzenia Narodowego Węgier", "Komisji ds. UE Zgromadzenia Narodowego Węgier", opt=True,
          note="inside a title"),
        O("Zgromadzenie Narodowe Republiki Bułgarii", "Zgromadzenia Narodowego Republiki Bułgarii", opt=True, note="inside a title"),
        O("Unia Europejska", "ds. UE", UE, opt=True, note="inside a committee's name"),
    ],
    not_dates=["'W sobotę' has no date to anchor it (no date anywhere in the text)",
               "'Kilkudziesięciu prelegentów' is vague (no number): not annotated",
               "'obywatele Belgii, Węgier, Czech, Słowacji, Bułgarii i Ukrainy' lists countries without a count: not annotated"],
    note="Radio Rzeszów (archive): announcement of the 20th 'Europa Karpat' conference on Saturday in the National Museum "
         "of the Przemyśl Land (the town itself only in the address); no date, no year; speakers with titles after a dash.")

doc(ID[2501], None,
    E("Forum Gospodarcze Ostrołęka 2023",
      ["Forum Gospodarcze Ostrołęka", "Forum Gospodarcze w Ostrołęce", "Forum Gospodarczym w Ostrołęce", "Forum",
       "Forum Gospodarcze"], None, 2023),
    dates=[D("2023-05-29", "2023-05-29", "29 maja", note="year from the event's name 'Ostrołęka 2023'")],
    venues=[
        V("Ostrołęka", "w Ostrołęce odbyło", ["w Ostrołęce"], note="'w Muzeum Żołnierzy Wyklętych w Ostrołęce odbyło się'; also "
          "'W Forum Gospodarczym w Ostrołęce'"),
        V("Muzeum Żołnierzy Wyklętych", "w Muzeum Żołnierzy Wyklętych", ["Muzeum Żołnierzy Wyklętych w Ostrołęce"], opt=True,
          note="building-level venue"),
    ],
    people=[
        P("Robert Kłosowski", "prezes", "Robert Kłosowski", note="'prezes zarządu Fundacji Platforma Przemysłu Przyszłości' (twice)"),
        P("Arkadiusz Czartoryski", "sekretarz stanu", "Arkadiusz Czartoryski", note="'sekretarz stanu w Ministerstwie Sportu i Turystyki'"),
        P("Janusz Kotowski", "dyrektor", "Janusz Kotowski dyrektor", note="'dyrektor Muzeum Żołnierzy Wyklętych'"),
        P("Lech Kołakowski", "sekretarz stanu", "Lech Kołakowski", note="'sekretarz stanu w Ministerstwie Rolnictwa i Rozwoju Wsi Lech Kołakowski'"),
        P("Dariusz Budrowski", "prezes", "Prezes Polskiej Agencji Rozwoju Przedsiębiorczości Dariusz Budrowski"),
        P("Stanisław Kubeł", "starosta", "starosta ostrołęcki Stanisław Kubeł"),
        P("Mirosław Szczepankowski", "prezes", "Mirosław Szczepankowski", note="'prezes Zrzeszenia Przewoźników Drogowych w Ostrołęce'"),
    ],
    organizations=[
        O("Fundacja Platforma Przemysłu Przyszłości", "Fundacji Platforma Przemysłu Przyszłości", ["Platforma Przemysłu Przyszłości"]),
        O("Ministerstwo Sportu i Turystyki", "Ministerstwie Sportu i Turystyki"),
        O("Ministerstwo Rolnictwa i Rozwoju Wsi", "Ministerstwie Rolnictwa i Rozwoju Wsi"),
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polskiej Agencji Rozwoju Przedsiębiorczości", ["PARP"]),
        O("Zrzeszenie Przewoźników Drogowych w Ostrołęce", "Zrzeszenia Przewoźników Drogowych w Ostrołęce",
          ["Zrzeszenie Przewoźników Drogowych"]),
        O("Muzeum Żołnierzy Wyklętych", "Muzeum Żołnierzy Wyklętych.", opt=True, note="the venue (a museum); its director spoke"),
    ],
    not_dates=["'90%' is a share of GDP", "'trzech paneli dyskusyjnych' counts panels, not attendance",
               "'Przejdź do treści' is a skip link (junk)"],
    note="Government programme site: report of the Ostrołęka business forum (29 May, year from the name) in the museum of "
         "the 'cursed soldiers'; three panels, speakers with titles; cut mid-word ('przedsiębio'). No count, no date line.")

doc(ID[2502], None,
    E("Pomorski Dzień Przedsiębiorczości",
      ["Pomorski Dzień Przedsiębiorczości – Indywidualna Działalność Gospodarcza", "„Pomorski Dzień Przedsiębiorczości – IDG”",
       "Pomorski Dzień Przedsiębiorczości – IDG", "Pomorskim Dniu Przedsiębiorczości"], None, 2014),
    dates=[D("2014-11-20", "2014-11-20", "W dniu 20 listopada 2014 r.")],
    venues=[
        V("Kościerzyna", "w Kościerzynie odbył", ["w Kościerzynie"], note="'w Kaszubskim Inkubatorze Przedsiębiorczości w Kościerzynie "
          "odbył się'; the labour office's 'w Kościerzynie' is a seat"),
        V("Kaszubski Inkubator Przedsiębiorczości", "w Kaszubskim Inkubatorze Przedsiębiorczości",
          ["Kaszubski Inkubator Przedsiębiorczości w Kościerzynie"], opt=True, note="building-level venue"),
        V("województwo pomorskie", "na terenie całego województwa", opt=True,
          note="the same day's events across the whole voivodeship (not named)"),
    ],
    attendance=[A(200, "participants", "approx", "blisko 200 osób", note="'uczestniczyło blisko 200 osób'")],
    organizations=[
        O("Kaszubski Inkubator Przedsiębiorczości", "Kaszubskim Inkubatorze Przedsiębiorczości", opt=True, note="the venue"),
        O("Powiatowy Urząd Pracy w Kościerzynie", "Powiatowy Urząd Pracy w Kościerzynie", ["Powiatowy Urząd Pracy"]),
        O("Wojewódzki Urząd Pracy w Gdańsku", "Wojewódzkiego Urzędu Pracy w Gdańsku", ["Wojewódzki Urząd Pracy"]),
    ],
    not_dates=["'w Gdańsku' is the seat of the patron office, not a venue",
               "'Światowego Tygodnia Przedsiębiorczości (ŚTP)' is an event (Global Entrepreneurship Week), not an organisation"],
    note="Gallery page of the Kościerzyna business incubator: the Pomeranian Entrepreneurship Day (20 November 2014) with "
         "nearly 200 participants. Short whole page.")

doc(ID[2503], None,
    E("XXIX Forum Ekonomiczne",
      ["Forum Ekonomiczne", "XXIX Forum Ekonomicznego", "Forum Ekonomiczne w Krynicy", "Forum Ekonomiczne w Krynicy-Zdroju",
       "polskie Davos", "forum", "Forum"], 29, None),
    dates=[
        D("XXXX-09-03", "XXXX-09-05", "Od 3 do 5 września", note="no year in the text (the address has 2019)"),
        D("XXXX-09-03", "XXXX-09-03", "3 września", note="the Polonia forum's opening day (same first day)"),
    ],
    venues=[
        V("Krynica-Zdrój", "W Krynicy-Zdroju", ["Krynica", "Krynicy-Zdroju"],
          note="also 'W Krynicy rozpoczęło się', 'Do Krynicy-Zdroju przyjechali', 'w Krynicy odbędzie się'"),
    ],
    attendance=[
        A(5000, "participants", "approx", "ok. 5 tys. tysięcy gości", note="written 'ok. 5 tys. tysięcy' (a doubled unit): 5000"),
        A(60, "countries", "exact", "z 60 krajów świata", note="officials from 60 countries"),
    ],
    people=[
        P("Jarosław Narkiewicz", "minister", "minister komunikacji Jarosław Narkiewicz", note="Lithuanian minister"),
        P("Edvinas Kerza", "wiceminister", "Edvinas Kerza", note="'wiceminister Ochrony Kraju RL'"),
        P("Žygimantas Vaičiūnas", "minister", "minister energetyki Žygimantas Vaičiūnas"),
        P("Stanisław Karczewski", "marszałek", "marszałek Senatu RP Stanisław Karczewski"),
    ],
    organizations=[
        O("Ministerstwo Cyfryzacji RP", "Ministerstwo Cyfryzacji RP", ["Ministerstwo Cyfryzacji"]),
        O("Naukowa i Akademicka Sieć Komputerowa – Państwowy Instytut Badawczy",
          "Naukową i Akademicką Sieć Komputerową– Państwowy Instytut Badawczy",
          ["NASK-BIP", "NASK", "Naukowa i Akademicka Sieć Komputerowa", "NASK-PIB"], note="the text glues the dash ('Komputerową–')"),
        O("Senat RP", "Senatu RP", ["Senat"], opt=True, note="inside the marshal's title"),
        O("Kurier Wileński", "„Kuriera Wileńskiego”", ["„Kurier Wileński”"], opt=True, note="the publisher (a newspaper)"),
        O("Ministerstwo Ochrony Kraju", "Ochrony Kraju RL", opt=True, note="Lithuanian ministry, only inside a title"),
    ],
    not_dates=["Forum Regionów, Konferencja Europa Karpat, Forum Bezpieczeństwa, Forum Cyberbezpieczeństwa, IV Polonijne Forum "
               "Ekonomiczne are side events, not organisations", "'z kilkunastu państw europejskich' is vague",
               "'z Europy, Azji Centralnej i USA', 'przedstawiciele Litwy', 'z Polski, Łotwy i Węgier' are origins, not venues",
               "'Europa jutra. Silna, czyli jaka?' is the motto"],
    note="Kurier Wileński (Vilnius) on the opening of the 29th Economic Forum in Krynica-Zdrój: about 5 thousand guests "
         "(written 'ok. 5 tys. tysięcy'), officials from 60 countries, 3-5 September without a year, Lithuanian ministers. "
         "Cut mid-sentence ('Od').")

doc(ID[2504], None,
    E("Międzynarodowe Targi Turystyki, Spa, Sprzętu Turystycznego i Żeglarskiego",
      ["Targi Globalnie", "Globalnie 2014", "Targi Globalnie 2014", "Międzynarodowe Targi Turystyki",
       "dwudzieste, jubileuszowe Międzynarodowe Targi Turystyki, Spa, Sprzętu Turystycznego i Żeglarskiego", "targi", "Targi"],
      20, None),
    venues=[
        V("Śląskie Centrum Targowe", "w Śląskim Centrum Targowym", note="the only venue; the town (Sosnowiec) is not named"),
    ],
    attendance=[
        A(200, "organizations", "more_than", "ponad 200 wystawców", note="'Obecnych jest ponad 200 wystawców'"),
    ],
    people=[
        P("Piotr Kubica", "prezes", "Piotr Kubica, prezes Centrum Targowego FairExpo"),
        P("Elżbieta Dzikowska", None, "Elżbietą Dzikowską", note="traveller"),
        P("Andrzej Lisowski", None, "Andrzejem Lisowskimi", note="'Elżbietą i Andrzejem Lisowskimi'"),
        P("Elżbieta Lisowska", None, "Elżbietą i Andrzejem Lisowskimi", opt=True, note="her surname only in the shared plural"),
        P("Mieczysław Bieniek", None, "Mieczysławem Bieńkiem"),
        P("Marta Sziłajtis-Obiegło", None, "Martą Sziłajtis-Obiegło"),
        P("Marian Makula", None, "Marian Makula", note="performer"),
        P("Ola Swoboda", ["laureatka"], "Ola Swoboda", note="'laureatką konkursu'"),
        P("Remigiusz Rączka", None, "Remigiusz Rączka", note="chef"),
        P("Teo Vafidis", None, "Teo Vafidis z Grecji", note="chef"),
    ],
    organizations=[
        O("Centrum Targowe FairExpo", "Centrum Targowego FairExpo", ["FairExpo"], note="the organiser"),
        O("Zespół Pieśni i Tańca \"Śląsk\"", "Zespół Pieśni i Tańca \"Śląsk\"", ["Zespół Pieśni i Tańca „Śląsk”", "Śląsk"], opt=True,
          note="an ensemble"),
        O("Harley-Davidson", "Harley-Davidson", opt=True, note="a motorcycle brand"),
    ],
    not_dates=["'w piątek', 'w sobotę', 'w niedzielę', 'W sobotę od godz. 11' have no dated anchor",
               "'Młodzieżowy Ślązak Roku 2013' is a title with a year", "'Próbny sprawdzian szóstoklasistów 2014', 'Horoskop 2014' "
               "are teaser headlines of the site (years inside titles), not dates",
               "'z Tunezji, Albanii, ..., Wielkiej Brytanii i Włoch' lists exhibitors' countries without a count: not annotated",
               "'Międzynarodowe Forum Klastrów Turystyki' is a side event, not a cluster organisation",
               "'godz. 17', 'od godz. 10 do 18', '10 zł' are times and prices"],
    note="Dziennik Zachodni: the 20th (jubilee) international tourism fair ('Globalnie 2014' only in the address) in the "
         "Silesian Fair Centre: more than 200 exhibitors from 15 listed countries, travellers' meetings, a cluster forum on "
         "Saturday. No date. Junk teasers at the end.")

doc(ID[2505], None,
    E("Targi Pracy",
      ["Targi Pracy w Złotoryi", "Targów Pracy w Złotoryi", "Tegoroczne Targi Pracy", "targi pracy", "Targi"], None, None),
    dates=[D("XXXX-10", "XXXX-10", "w trzecim tygodniu października", opt=True,
             note="a planned, bigger job and education fair; month only, no year in the text")],
    venues=[
        V("Złotoryja", "Targów Pracy w Złotoryi", ["w Złotoryi", "Złotoryi"],
          note="'Organizatorzy Targów Pracy w Złotoryi'; the offices' 'w Złotoryi' are seats"),
        V("Złotoryjski Ośrodek Kultury", "w Złotoryjskim Ośrodku Kultury", ["Złotoryjski Ośrodek Kultury"], opt=True,
          note="building-level venue ('Tegoroczne Targi Pracy musiały odbyć się w Złotoryjskim Ośrodku Kultury')"),
    ],
    attendance=[A(24, "organizations", "exact", "24 pracodawców z terenu powiatu złotoryjskiego",
                  note="employers with stands (first words of the page)")],
    people=[
        P("Krzysztof Frankowski", "dyrektor", "Krzysztof Frankowski, dyrektor Powiatowego Urzędu Pracy w Złotoryi"),
        P("Anna Wołk-Łaniewska Sarczyńska", ["kierowniczka", "kierownik"], "Anna Wołk-Łaniewska Sarczyńska, która kieruje",
          note="'która kieruje Centrum Aktywizacji Zawodowej w Złotoryi' (twice)"),
        P("Wiesław Świerczyński", "starosta", "złotoryjski starosta Wiesław Świerczyński"),
        P("Piotr Kanikowski", None, "FOT. PIOTR KANIKOWS", opt=True, note="photo credit in capitals, cut mid-name"),
    ],
    organizations=[
        O("Powiatowy Urząd Pracy w Złotoryi", "Powiatowy Urząd Pracy w Złotoryi", ["Powiatowy Urząd Pracy"], note="the organiser"),
        O("ZUS", "ZUS-u", ["Zakład Ubezpieczeń Społecznych"]),
        O("Komenda Powiatowa Policji w Złotoryi", "Komenda Powiatowa Policji w Złotoryi", ["Komenda Powiatowa Policji"]),
        O("Dolnośląski Wojewódzki Urząd Pracy", "Dolnośląskiego Wojewódzkiego Urzędu Pracy", ["DWUP"]),
        O("EURES", "EURES"),
        O("Centrum Aktywizacji Zawodowej w Złotoryi", "Centrum Aktywizacji Zawodowej w Złotoryi", ["Centrum Aktywizacji Zawodowej"]),
        O("Mine Master", "Mine Master", opt=True, note="a firm (mining machines, from Wilków)"),
        O("Vitbis", "Vitbis", opt=True, note="a firm (Christmas ornaments)"),
        O("Winkelmann", "Winkelmann", opt=True, note="a firm"),
        O("Promedica 24", "Promedica 24", opt=True, note="a firm"),
        O("PM 24 Care Eu", "PM 24 Care Eu", opt=True, note="a firm"),
        O("Złotoryjski Ośrodek Kultury", "Złotoryjskim Ośrodku Kultury", opt=True, note="the venue (a culture centre)"),
    ],
    not_dates=["'1,6 tys. osób' counts Winkelmann's employees, not attendance", "'w ostatnich latach' is vague",
               "'na terenie Legnicy', 'z Wilkowa', 'ze złotoryjskich szkół' are places of firms and origins, not venues",
               "'Promedica 24', 'PM 24 Care Eu' hold numbers inside names"],
    note="bomega.pl (Złotoryja): the county job fair held in the town's culture centre: 24 employers with stands; no date "
         "(a bigger fair planned for October); firms as optional organisations; cut mid-name ('FOT. PIOTR KANIKOWS').")

doc(ID[2506], None,
    E("AgroBalt' 2001",
      ["AgroBalt", "AgroBalt 2001", "\"AgroBalt' 2001\"", "10 międzynarodowa wystawa \"AgroBalt' 2001\"",
       "międzynarodowa wystawa AgroBalt", "wystawa AgroBalt"], 10, 2001),
    dates=[
        D("2001-05-01", "2001-05-04", "W dniach 1-4 maja", note="year from the name 'AgroBalt' 2001'"),
        D("2001-05-02", "2001-05-02", "we środę, 2 maja"),
        D("2001-05-04", "2001-05-04", "do 4 maja", note="'potrwa do 4 maja do godziny 15.45'"),
    ],
    venues=[
        V("Wileński Pałac Wystaw Litexpo", "Wileński Pałac Wystaw Litexpo", ["Litexpo", "Wilno", "Vilnius"], opt=True,
          note="named as the host/organiser ('Wileński Pałac Wystaw Litexpo i IFWexpo Heidelberg GmbH zapraszają'): the "
               "exhibition centre in Vilnius; no 'w Wilnie' in the text"),
    ],
    attendance=[
        A(658, "organizations", "exact", "658 wystawców"),
        A(288, "organizations", "exact", "288 z Litwy, Łotwy, Estonii, Białorusi, Rosji i Mołdawii", opt=True,
          note="part of the 658 (exhibitors from the Baltic and CIS states)"),
        A(12, "countries", "exact", "przedstawiciele 12 państw", note="the agriculture ministers' conference before the fair"),
    ],
    people=[
        P("Beata Garnytë", None, "Beata Garnytë", note="the author (byline; 'ë' as printed)"),
        P("Franz Fischler", "komisarz", "Franz Fischler, komisarz rolnictwa i rybołówstwa Unii Europejskiej"),
    ],
    organizations=[
        O("Wileński Pałac Wystaw Litexpo", "Wileński Pałac Wystaw Litexpo", ["Litexpo"]),
        O("IFWexpo Heidelberg GmbH", "IFWexpo Heidelberg GmbH", ["IFWexpo Heidelberg", "IFWexpo"]),
        O("Unia Europejska", "Unii Europejskiej", UE),
    ],
    not_dates=["'do godziny 15.45' is a time", "'NG 17 (506)' is the paper's issue number", "'SAPARD' is an EU programme",
               "'narodowe stoisko USA', 'firmy z Kanady, Chin, a nawet Japonii' are origins, not venues"],
    note="Nasz Gaz (Vilnius Polish weekly, archive): the 10th AgroBalt fair at Litexpo, 1-4 May 2001: 658 exhibitors, 288 "
         "of them from the Baltic/CIS states, a ministers' conference of 12 states. The venue is only the host's name.")

doc(ID[2507], None,
    E("misja gospodarcza lubuskich przedsiębiorców do Grecji-Krety",
      ["misja gospodarcza do Grecji-Krety", "Trwa misja gospodarcza lubuskich przedsiębiorców do Grecji-Krety",
       "misja gospodarcza", "misja", "Misja"], None, 2022),
    dates=[D("2022-07-25", "2022-07-29", "W dniach 25-29 lipca 2022r.")],
    venues=[
        V("Kreta", "do Grecji-Krety", ["Grecja-Kreta", "Crete", "na Krecie"],
          note="'misja gospodarcza lubuskich przedsiębiorców do Grecji-Krety' (title and text); also 'Związku Polaków na Krecie'"),
        V("Grecja", "Grecji-Krety", ["Greece"], opt=True, note="country of the venue"),
        V("Rethymno", "miasta Rethymno", ["w Rethymno", "Retimno"], opt=True,
          note="meetings with the town's vice-mayor and its chamber ('Izby Handlowej w Rethymno')"),
    ],
    attendance=[A(9, "participants", "exact", "9 lubuskich przedsiębiorców",
                  note="'W wydarzeniu bierze udział 9 lubuskich przedsiębiorców z branży spożywczej' (entrepreneurs, not firms)")],
    people=[
        P("Stanisław Tomczyszyn", "wicemarszałek", "Pan Stanisław Tomczyszyn – Wicemarszałek Województwa Lubuskiego"),
        P("Maria Lioni", "wicegubernator", "Wicegubernatorem regionu Kreta – Panią Marią Lioni"),
        P("Birbilatti", "wiceburmistrz", "Wiceburmistrzem miasta Rethymno Panią Birbilatti", opt=True, note="surname only"),
    ],
    organizations=[
        O("Lubuskie Centrum Produktu Regionalnego w Zielonej Górze", "Lubuskie Centrum Produktu Regionalnego w Zielonej Górze",
          ["Lubuskie Centrum Produktu Regionalnego", "LCPR"]),
        O("Województwo Lubuskie", "Województwo Lubuskie", ["Samorząd Województwa Lubuskiego"], note="'Organizatorem wyjazdu jest Województwo Lubuskie'"),
        O("Związek Polaków na Krecie", "Związku Polaków na Krecie"),
        O("Izba Handlowa w Rethymno", "Izby Handlowej w Rethymno", ["Izba Handlowa"]),
    ],
    not_dates=["'Lubuskie 2020' is a programme's name", "'Oś Priorytetowa 1', 'Działanie 1.4', 'Poddziałanie 1.4.1' are numbers",
               "'z Chani' is the Polish association's origin", "'w Zielonej Górze' is a seat",
               "“International Conference on Environment, Agriculture and Biotechnology” is a side event, not an organisation"],
    note="Lubuskie regional products centre: a business mission of nine entrepreneurs to Crete (25-29 July 2022, '2022r.' "
         "glued), meetings in Rethymno, B2B talks. Whole page; the project's closing paragraph is the publisher's boilerplate.")

doc(ID[2508], None,
    E("Green Deal 2021",
      ["Konferencja", "Konferencja on-line", "konferencja Green Deal 2021", "greendeal2021"], None, 2021),
    dates=[
        D("2021-11-24", "2021-11-24", "24 listopada 2021"),
        D("2021-11-30", "2021-11-30", "30 listopada 2021"),
        D("2021-12-03", "2021-12-03", "3 grudnia 2021"),
        D("2021-12-05", "2021-12-05", "5 grudnia 2021"),
        D("2021-12-08", "2021-12-10", "8-10 grudnia 2021"),
        D("2022-02-28", "2022-02-28", "28 lutego 2022"),
        D("2022-03-18", "2022-03-18", "do 18 marca 2022", note="the extended deadline"),
    ],
    venues=[
        V("online", "za pośrednictwem platformy internetowej", ["on-line", "Konferencja on-line", "platforma internetowa"],
          note="'Konferencja odpędzie się [sic] za pośrednictwem platformy internetowej'; also 'Konferencja on-line: 8-10 grudnia 2021'"),
    ],
    not_dates=["'10 minut', '8 minut', '2 minuty' are durations", "'2 slajdy' is not attendance",
               "'Komitet Naukowy' is the conference's own committee (not annotated)"],
    note="Guidelines page of an online scientific conference (8-10 December 2021); the name is only in the address "
         "(greendeal2021.pl): the event's name is a guess, the text says only 'Konferencja'. A list of deadlines; typo "
         "'odpędzie się' kept.")

doc(ID[2509], None,
    E("Targi Pracy",
      ["kolejna edycja Targów Pracy", "Targów Pracy", "Elbląskie Targi Pracy", "targi pracy", "Targi"], None, 2023),
    dates=[
        D("2023-04", "2023-04", "date 2023-04", note="scraped month prefix: a date, not document_date"),
        D("2023-03", "2023-03", "na koniec marca", opt=True, note="the unemployment statistic's month; year from the prefix"),
    ],
    venues=[
        V("Hala Sportowo-Widowiskowa", "W Hali Sportowo - Widowiskowej", ["Hala Sportowo - Widowiskowa", "Hali Sportowo - Widowiskowej",
          "Hala Sportowo-Widowiskowa w Elblągu", "Elbląg"], note="twice; the town only in 'mieszkańców Elbląga', 'w Elblągu'"),
        V("Elbląg", "w Elblągu", ["Elblągu"], opt=True, note="'zarówno w Elblągu, jak i w powiecie' (the labour market), the office's seat"),
    ],
    attendance=[
        A(61, "organizations", "exact", "61 wystawców", note="twice"),
        A(38, "organizations", "exact", "38 pracodawców", note="twice"),
    ],
    people=[
        P("Iwona Radej", ["dyrektorka", "dyrektor"], "Iwona Radej, dyrektorka Powiatowego Urzędu Pracy w Elblągu"),
        P("Ryszard Kondraczuk", None, "Ryszard Kondraczuk z firmy PW Styl"),
    ],
    organizations=[
        O("Powiatowy Urząd Pracy w Elblągu", "Powiatowego Urzędu Pracy w Elblągu", ["Powiatowy Urząd Pracy"], note="also 'Powiatowego Urzędu Pracy' alone"),
        O("PW Styl", "firmy PW Styl", opt=True, note="a furniture firm"),
    ],
    not_dates=["'540 ofert pracy' counts job offers, '2800 bezrobotnych' the unemployed: not attendance",
               "'23 proc.', '50 proc.' are shares", "'50 roku życia', '30 roku życia' are ages", "'12 lub 24 miesiące', 'sześć wakatów' are no dates/attendance"],
    note="Portel (Elbląg): the spring job fair in the sports and entertainment hall: 61 exhibitors, 38 employers, 540 offers "
         "(decoy numbers: unemployed, shares, ages); scraped ' date 2023-04'; cut mid-word ('trz').")

doc(ID[2510], "2025-09-18",
    E("Food Days", ["Dni Żywności", "Food Days, czyli Dni Żywności", "targi w Finlandii", "targi"], None, 2025),
    dates=[
        D("2025-09-18", "2025-09-18", "2025-09-18", note="'2025-09-18, 09:55' (the dateline); also 'W czwartek (18.09)' (same value)"),
        D("2026-01-12", "2026-01-12", "2026-01-12", opt=True, note="date of a teaser of another article at the end (site junk)"),
    ],
    venues=[
        V("Seinäjoki", "w miejscowości Seinäjoki", ["Seinajoki", "w fińskim mieście Seinäjoki"],
          note="the photo caption (twice) and 'W fińskim mieście Seinäjoki'"),
        V("Finlandia", "W Finlandii", ["na targach w Finlandii"], opt=True, note="country of the venue (also the title)"),
    ],
    people=[
        P("Iwona Pilichowska", None, "Iwona Pilichowska z Urzędu Marszałkowskiego w Toruniu", ["Iwona Plichowska"],
          note="also spelled 'Iwona Plichowska' twice; no title"),
        P("Sanna Kankaanpää", None, "Sanna Kankaanpää z lokalnej agencji rozwoju biznesu"),
        P("Monika Kaczyńska", None, "Monika Kaczyńska / Redakcja", opt=True, note="the reporter (byline, photo credit)"),
    ],
    organizations=[
        O("Urząd Marszałkowski w Toruniu", "Urzędu Marszałkowskiego w Toruniu",
          ["Urząd Marszałkowski Województwa Kujawsko-Pomorskiego", "Urząd Marszałkowski"]),
    ],
    not_dates=["'09:55', '09:05' are times", "'Wiejską e-skrzynkę', 'Nasze Lokalne' are projects",
               "'Kujawsko-Pomorskie' is the visiting region, not a venue", "'z Borów Tucholskich' is a teaser's topic"],
    note="Polish Radio Bydgoszcz: the region at the Food Days in Seinäjoki, Finland (dateline 2025-09-18); no count. Junk "
         "teasers of other articles with their own date at the end.")

doc(ID[2511], None,
    E("XXXIV Barzkowickie Targi Rolne „Agro Pomerania”",
      ["Barzkowickie Targi Rolne „Agro Pomerania”", "Barzkowickie Targi Rolne", "Agro Pomerania", "„Agro Pomerania”",
       "Targi Rolnicze w Barzkowicach", "XXXIV Barzkowickich Targów Rolnych „Agro Pomerania”", "Barzkowickie Targi Rolne Agro Pomerania",
       "targi"], 34, 2022),
    dates=[D("2022-09", "2022-09", "date 2022-09", note="scraped month prefix: a date, not document_date")],
    venues=[V("Barzkowice", "w Barzkowicach", note="'o Targach Rolniczych w Barzkowicach'; also the organiser's seat")],
    attendance=[
        A(900, "organizations", "approx", "około 900 wystawców"),
        A(120000, "participants", "up_to", "nawet 120 tysięcy osób", note="'Targi w ciągu trzech dni odwiedza nawet 120 tysięcy osób'"),
    ],
    people=[
        P("Jan Wojciechowski", None, "Jan Wojciechowski z powiatu goleniowskiego", note="winner of the cattle contest (twice)"),
        P("Wojciech Ochrymiuk", None, "Realizacja: Wojciech Ochrymiuk", opt=True, note="media credit"),
        P("Maciej Papke", None, "Realizacja: Maciej Papke", opt=True, note="media credit"),
    ],
    organizations=[
        O("Zachodniopomorski Ośrodek Doradztwa Rolniczego w Barzkowicach", "Zachodniopomorski Ośrodek Doradztwa Rolniczego w Barzkowicach",
          ["Zachodniopomorski Ośrodek Doradztwa Rolniczego", "ZODR"], note="the organiser"),
        O("Radio Szczecin", "[Radio Szczecin]", opt=True, note="the publisher, in the media credits"),
    ],
    not_dates=["'w ciągu trzech dni', 'pół godziny', 'Miesiąc wcześniej' are durations",
               "'z powiatu goleniowskiego' is an origin"],
    note="Radio Szczecin: the 34th Barzkowice agricultural fair 'Agro Pomerania': about 900 exhibitors, up to 120 thousand "
         "visitors in three days; scraped ' date 2022-09'; cut mid-word ('rozpocz').")

doc(ID[2512], None,
    E("XXXIII Wystawa Zwierząt Hodowlanych, Maszyn i Urządzeń Rolniczych",
      ["XXXIII Wystawa Zwierząt Hodowlanych, Maszyn i Urządzeń Rolniczych w Sitnie", "Wystawa Zwierząt Hodowlanych, Maszyn i Urządzeń Rolniczych",
       "wystawa w Sitnie", "wystawie w Sitnie", "Wystawa", "wystawa"], 33, None),
    dates=[
        D("2026-02-01", "2026-02-01", "niedziela, 1 lutego 2026", opt=True,
          note="the site's header date ('niedziela, 1 lutego 2026 12:44'): not the article's date; document_date null"),
        D("XXXX-07-05", "XXXX-07-07", "w dniach 5-7 lipca", note="no year for the exhibition in the text"),
        D("1994", "1994", "w 1994 r.", note="a farmer's first visit"),
        D("2006", "2006", "Od 2006 r."),
    ],
    venues=[V("Sitno", "w Sitnie", note="title (twice) and first paragraph")],
    attendance=[
        A(40000, "participants", "approx", "ok. 40 tysięcy rolników z rodzinami",
          note="'odwiedziło nas ok. 40 tysięcy'; also the title '40 tys. widzów' (same value)"),
        A(400, "organizations", "approx", "ok. 400 wystawców"),
    ],
    people=[
        P("Wiesław Orzędowski", "dyrektor", "Wiesław Orzędowski, dyrektor Lubelskiego Ośrodka Doradztwa Rolniczego w Końskowoli"),
        P("Marek Maziarczyk", ["właściciel", "rolnik"], "Marek Maziarczyk z Wierzby", note="also 'Anna i Marek Maziarczykowie'"),
        P("Anna Maziarczyk", ["właścicielka"], "Anna i Marek Maziarczykowie", opt=True, note="only in the plural surname"),
        P("Mariusz Mateńko", "rolnik", "Mariusz Mateńko, rolnik z doktoratem"),
        P("Agnieszka Piela", None, "Fot. Agnieszka Piela", opt=True, note="photo credit"),
    ],
    organizations=[
        O("Lubelski Ośrodek Doradztwa Rolniczego w Końskowoli", "Lubelskiego Ośrodka Doradztwa Rolniczego w Końskowoli",
          ["Lubelski Ośrodek Doradztwa Rolniczego", "LODR"]),
        O("WODBET", "firmy WODBET", opt=True, note="an advertiser in the site header"),
    ],
    not_dates=["'12:44' is a time", "'W ciągu trzech dni' is a duration", "'Toska 12' is a cow's name",
               "'Setki wystawców, tysiące produktów' are vague", "'z Wierzby, gm. Stary Zamość', 'z Fiukówki (gm. Krzywda, pow. "
               "łukowski)' are origins", "'w Końskowoli' is the organiser's seat", "'w Polsce południowo-wschodniej' is a region"],
    note="Kronika Tygodnia: the 33rd livestock and farm-machinery exhibition in Sitno (5-7 July, no year): about 40 thousand "
         "visitors, about 400 exhibitors. Site header with the crawl day's date and an advert; cut mid-word ('ogólnoużyt').")

doc(ID[2513], None,
    E("Wiosenne Targi Ogrodnicze",
      ["Wiosenne Targi Ogrodnicze w Szepietowie", "Targi Ogrodnicze", "Wiosennych Targach Ogrodniczych", "targi", "Targi"], 20, None),
    dates=[
        D("XXXX-04-16", "XXXX-04-16", "W sobotę 16 kwietnia", note="no year in the text"),
        D("XXXX-04-16", "XXXX-04-17", "16 i 17 kwietnia br.", note="'br.' without a dateline: year unknown"),
    ],
    venues=[
        V("Szepietowo", "Szepietowo przeżywało", ["do Szepietowa", "w Szepietowie"],
          note="'W sobotę 16 kwietnia Szepietowo przeżywało istne oblężenie'; also 'do Szepietowa', 'w Szepietowie'"),
    ],
    attendance=[
        A(220, "organizations", "approx", "prawie 220 wystawców", note="'prawie' (almost): approx"),
        A(20000, "participants", "approx", "około 20 tysięcy zwiedzających"),
    ],
    organizations=[
        O("Podlaski Ośrodek Doradztwa Rolniczego w Szepietowie", "Podlaski Ośrodek Doradztwa Rolniczego w Szepietowie",
          ["Podlaski Ośrodek Doradztwa Rolniczego", "PODR"], note="the organiser ('po raz dwudziesty')"),
    ],
    not_dates=["'z całego województwa', 'z całego kraju' are origins", "'od kilku lat' is vague",
               "'w województwie podlaskim' is a region of comparison"],
    note="Choroszcz municipal paper: the 20th spring garden fair in Szepietowo (16-17 April, 'br.' with no year): almost "
         "220 exhibitors, about 20 thousand visitors. Venue in the nominative ('Szepietowo przeżywało'). Cut mid-word ('doceni').")

doc(ID[2514], None,
    E("II Powiatowe Targi Ogrodniczo-Rolnicze",
      ["Powiatowe Targi Ogrodniczo-Rolnicze", "II Powiatowe Targi Ogrodniczo-Rolnicze w Sypniewie",
       "II Powiatowych Targach Ogrodniczo-Rolniczych", "targi"], 2, None),
    venues=[
        V("Sypniewo", "w Sypniewie", ["do Sypniewa", "Sypniewo"], note="title 'Z Sypniewa' (origin form), 'w Sypniewie', 'do Sypniewa'"),
        V("Minikowo", "w Minikowie", opt=True, note="another, bigger fair used for comparison"),
    ],
    attendance=[
        A(3000, "participants", "approx", "około 3 tys. osób", note="last year's count; 'Nie inaczej było w tym roku'"),
        A(100, "organizations", "more_than", "ponad stu wystawców"),
    ],
    people=[
        P("Lucyna Sztandera", None, "Lucyna Sztandera", note="the author and photographer (byline, twice; 'Fot. Lucyna Sztandera')"),
        P("Jarosław Tadych", "starosta", "starosty Jarosława Tadycha"),
    ],
    organizations=[
        O("Zespół Szkół Centrum Kształcenia Rolniczego", "Zespołu Szkół Centrum Kształcenia Rolniczego",
          ["Centrum Kształcenia Rolniczego"]),
    ],
    not_dates=["'W niedzielę', 'rok temu', 'w tym roku' have no dated anchor (no date or year in the text)",
               "'II Ogólnopolski Bieg Dookoła Wilczych Jarów', 'Przyroda w obiektywie III' are a run and a contest (numbered), "
               "not the fair's edition"],
    note="Gazeta Pomorska (plus): the 2nd county garden and farm fair in Sypniewo: about 3 thousand visitors (as last year), "
         "over a hundred exhibitors; the caption is glued to the text ('To była jedna z Fot. Lucyna Sztandera Dużym ...'). "
         "No date. Cut mid-word ('region').")

doc(ID[2515], None,
    E("XIII Konferencja Naukowo-Techniczna „Błękitny San”",
      ["Błękitny San", "„Błękitny San”", "Konferencja Naukowo-Techniczna „Błękitny San”", "Konferencja Naukowo-Techniczna \"Błękitny San\"",
       "XIII Konferencja Naukowo-Techniczna", "XIII Konferencji Naukowo-Technicznej \"Błękitny San\"", "konferencja"], 13, 2016),
    dates=[D("2016-06-09", "2016-06-10", "9-10 czerwca 2016 roku", note="also 'W dniach 9-10 czerwca' (same value)")],
    venues=[
        V("Babice", "w Babicach", ["Babice"], note="the line 'Babice, 9-10 czerwca 2016 roku' and 'dworu w Babicach'"),
        V("dwór w Babicach", "w gościnnych murach dworu w Babicach", ["dwór"], opt=True, note="building-level venue (a manor house)"),
    ],
    people=[
        P("Ewa Leniart", "wojewoda", "Ewa Leniart – Wojewoda Podkarpacki"),
        P("Władysław Ortyl", "marszałek", "Władysław Ortyl – Marszałek Województwa Podkarpackiego"),
        P("Adam Pęzioł", "prezes", "Adam Pęzioł – Prezes Zarządu"),
        P("Roman Bargieł", "prezes", "Roman Bargieł – Prezes Zarządu Głównego"),
        P("Bartłomiej Walas", ["p.o. prezesa", "prezes"], "Bartłomiej Walas – p.o. Prezesa", note="acting president"),
        P("Alicja Wosik", "prezes", "Alicja Wosik – Prezes Zarządu"),
        P("Jan Krupa", ["przewodniczący", "profesor"], "prof. nadzw. dr hab. inż. Jan Krupa",
          note="'Przewodniczący Komitetu Naukowego'"),
        P("Witold Niemiec", ["wiceprzewodniczący", "profesor"], "prof. nadzw. dr hab. inż. Witold Niemiec"),
        P("Stanisław Rymar", ["wiceprzewodniczący", "docent"], "doc. dr inż. Stanisław Rymar"),
        P("Piotr Koszelnik", ["członek", "profesor"], "prof. nadzw. dr hab. inż. Piotr Koszelnik", note="'Członek Komitetu Naukowego'"),
    ],
    organizations=[
        O("Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Rzeszowie",
          "Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej w Rzeszowie",
          ["Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej", "WFOŚiGW w Rzeszowie"]),
        O("Polskie Towarzystwo Turystyczno-Krajoznawcze", "Polskiego Towarzystwa Turystyczno-Krajoznawczego",
          ["PTTK", "Zarząd Główny Polskiego Towarzystwa Turystyczno-Krajoznawczego"]),
        O("Polska Organizacja Turystyczna", "Polskiej Organizacji Turystycznej", ["POT"]),
        O("Podkarpacka Regionalna Organizacja Turystyczna", "Podkarpackiej Regionalnej Organizacji Turystycznej", ["PROT"]),
        O("Wyższa Szkoła Informatyki i Zarządzania z siedzibą w Rzeszowie", "Wyższa Szkoła Informatyki i Zarządzania z siedzibą w Rzeszowie",
          ["Wyższa Szkoła Informatyki i Zarządzania", "WSIiZ"], note="scientific patron; also a member's affiliation"),
        O("Politechnika Rzeszowska im. Ignacego Łukasiewicza", "Politechnika Rzeszowska im. Ignacego Łukasiewicza",
          ["Politechnika Rzeszowska"]),
        O("Państwowa Wyższa Szkoła Zawodowa im. Stanisława Pigonia w Krośnie",
          "Państwowa Wyższa Szkoła Zawodowa im. Stanisława Pigonia w Krośnie",
          ["Państwowa Wyższa Szkoła Zawodowa w Krośnie", "PWSZ w Krośnie"]),
        O("Komitet Naukowy", "Komitetu Naukowego", opt=True, note="the conference's own committee"),
    ],
    not_dates=["'Licznik odwiedzin: 2402885' is a site counter, not attendance", "'1 2 3 4 5 6' is a slider's page numbers",
               "'w Rzeszowie', 'w Warszawie', 'w Krośnie' are seats of the patrons", "'na Pogórzu Dynowskim' is the topic's region"],
    note="Association of Pogórze Dynowskie tourist communes: report of the 13th 'Błękitny San' conference in the Babice manor "
         "(9-10 June 2016): patrons and committee as 'Name – Title' bullet lists; site navigation junk before the title.")

skipped(ID[2516], "uk",
        "Ukrainian (ukr.media): the 'Europe-Ukraine' forum in Rzeszów (27-28 January, over 800 participants) and a planned "
        "'Poland-Ukraine' forum; language gate")

doc(ID[2517], None,
    E("V Polski Kongres Przedsiębiorczości",
      ["Polski Kongres Przedsiębiorczości", "V Polski Kongres Przedsiębiorczości – Lubuskie 2017",
       "V Polskiego Kongresu Przedsiębiorczości – Lubuskie 2017", "Polski Kongres Przedsiębiorczości – Lubuskie 2017", "Kongres"],
      5, 2017),
    dates=[D("2017-10-26", "2017-10-27", "W dniach 26 i 27 października 2017 roku")],
    venues=[V("Zielona Góra", "Zielona Góra stała się", ["Zielona Góra"], note="the town in the nominative as the sentence's subject")],
    attendance=[A(1000, "participants", "more_than", "ponad 1000 uczestników z całego kraju")],
    people=[
        P("Elżbieta Anna Polak", "marszałek", "Elżbieta Anna Polak – Marszałek Województwa Lubuskiego", ["Elżbieta Polak"]),
        P("Ewa Minge", "projektantka", "Ewa Minge – projektantka mody"),
        P("Joanna Brodzik", ["prezes", "moderator", "ambasadorka"], "Joanna Brodzik – prezes Fundacji „Opiekun serca”",
          note="the panel's moderator, 'Ambasadorka Lubuskiej Gospodarki'"),
        P("Przemysław Talkowski", None, "Przemysława Talkowskiego", note="the gala's host"),
        P("Paulina Sykut-Jeżyna", None, "Paulinę Sykut-Jeżynę", note="the gala's host"),
    ],
    organizations=[
        O("Urząd Marszałkowski Województwa Lubuskiego", "Urząd Marszałkowski Województwa Lubuskiego", ["Urząd Marszałkowski"],
          note="the organiser"),
        O("Fundacja „Opiekun serca”", "Fundacji „Opiekun serca”", ["Fundacja Opiekun serca", "„Opiekun serca”"]),
    ],
    not_dates=["'Lubuskie 2017' is part of the congress's name (year inside a name)", "'XXI wieku' is a century in the motto",
               "'27 paneli dyskusyjnych' counts panels, not attendance", "'z całego kraju' is an origin",
               "'Lubuskie Nagrody Innowacyjności' is an award", "'Polską Agencj' (cut mid-word) is not annotated"],
    note="A regional business portal's summary of the 5th Polish Entrepreneurship Congress in Zielona Góra (26-27 October "
         "2017): more than 1000 participants, 27 panels, a gala. Cut mid-word ('Agencj').")

doc(ID[2518], None,
    E("Zwyczajne Walne Zgromadzenie Członków Stowarzyszenia Klaster ICT Pomorze Zachodnie",
      ["Zwyczajne Walne Zgromadzenie Członków", "Walne Zgromadzenie Członków Stowarzyszenia Klaster ICT Pomorze Zachodnie",
       "Walne Zgromadzenie Członków", "Walne Zgromadzenie", "Wydarzenie"], None, 2022),
    dates=[
        D("2022-05-23", "2022-05-23", "23.05.2022 r."),
        D("2021", "2021", "w 2021 roku"),
        D("2020", "2020", "w 2020 roku"),
    ],
    venues=[
        V("Hotel Dana", "w sali konferencyjnej Hotelu Dana", ["Hotelu Dana", "sala konferencyjna Hotelu Dana"],
          note="the only named venue (the town, Szczecin, is not named)"),
        V("online", "w formule hybrydowej", ["formuła hybrydowa"], opt=True,
          note="hybrid meeting; most attended in person ('na miejscu osobiście')"),
    ],
    clusters=[C("Klaster ICT Pomorze Zachodnie", "Stowarzyszenia Klaster ICT Pomorze Zachodnie",
                ["Stowarzyszenie Klaster ICT Pomorze Zachodnie", "Klaster IT", "Klastra IT"],
                note="also 'Klastra IT' (its short name) and 'Prezes Klastra', 'w Klastrze'")],
    people=[
        P("Marcin Kaczmarek", "prezes", "Marcin Kaczmarek (Prezes Klastra)"),
        P("Magdalena Ławicka", ["dyrektorka operacyjna", "dyrektorka", "dyrektor operacyjna", "dyrektor"],
          "dr Magdaleną Ławicką (Dyrektorką Operacyjną w Klastrze)"),
        P("Piotr Anioła", ["reprezentant", "członek komisji rewizyjnej"], "Piotr Anioła",
          note="'Jako reprezentant Komisji Rewizyjnej wystąpił Piotr Anioła'"),
    ],
    organizations=[O("Komisja Rewizyjna", "Komisji Rewizyjnej", opt=True, note="the association's own audit committee")],
    not_dates=["'o ponad 110 tys zł' is money, not attendance", "'najbliższe miesiące', 'kolejnej kadencji' are vague"],
    note="Cluster news (klaster.it): the ICT cluster's annual general meeting on 23 May 2022 in a hotel's conference room, "
         "hybrid; officers with titles in brackets; years 2021/2020 of the financial result. Whole short page.")

doc(ID[2519], "2014-05-12",
    E("Ogólnopolskie Targi Końskie",
      ["Targi Końskie", "13 Ogólnopolskie Targi Końskie", "wiosenna edycja Targów Końskich", "WIOSENNA EDYCJA TARGÓW KOŃSKICH",
       "wiosenna edycja targów", "targi"], 13, 2014),
    dates=[
        D("2014-05-12", "2014-05-12", "Data publikacji: 12 maja 2014"),
        D("2014-05-10", "2014-05-10", "W sobotę 10 maja", note="year from the publication date"),
        D("2014-09-06", "2014-09-06", "6 wrzesnia", note="the next (autumn) fair; typo 'wrzesnia' kept; year from the publication date"),
    ],
    venues=[
        V("Plac Targowy w Pajęcznie", "na pajęczańskim Placu Targowym", ["Plac Targowy", "pajęczański Plac Targowy", "Pajęczno"],
          note="the town only as an adjective ('pajęczańskim'); 'naszego miasta'"),
    ],
    people=[P("W. Beśka", None, "fot. W.Beśka", opt=True, note="photo credit, initial only")],
    organizations=[O("TwojePajeczno.pl", "TwojePajeczno.pl", ["twojepajeczno.pl"], opt=True, note="the source portal (also 'protalu twojepajeczno.pl')")],
    not_dates=["'ogromną liczbę uczestników' is vague (no number)", "'po raz 13' is the edition"],
    note="Pajęczno town site: report of the 13th national horse fair on the market square (Saturday 10 May; published "
         "12 May 2014); the title printed three times; typos kept ('zwłacza', 'zwierzetami', 'pamietać', 'dzieki', 'protalu').")
