"""Hand-written gold for corpus/sixteenth (ids 1500-1519), following corpus/GUIDE.md and the conventions of the earlier
gold sets (sixth .. thirteenth SOURCES.md and gold).

Run: python3 run_gold.py  -> writes ../gold/*.json and checks that every `text` is an exact substring of the
raw file (so char spans can be computed from it: raw.find(text)).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import D, V, A, C, P, O, E, DOCS, doc, skipped  # noqa: F401 (the item helpers, see corpus/goldkit.py)
from ids import ID

PARP = ["PARP", "Polska Agencja Rozwoju Przedsiębiorczości"]
KIG = ["KIG", "Krajowa Izba Gospodarcza"]

# ---------------------------------------------------------------------------------------------
doc(ID[1500], None,
    E("Współczesne trendy rozwoju uzdrowisk – klastering",
      ["konferencja „Współczesne trendy rozwoju uzdrowisk – klastering”", "Uzdrowiska źródłem rozwoju Polski Wschodniej",
       "Współczesne trendy rozwoju uzdrowisk - klastering", "konferencja"], None, 2010),
    dates=[
        D("2010-03-26", "2010-03-26", "26 marca 2010 roku", note="the closing day"),
        D("2010-03-25", "2010-03-26", "25 – 26 marca br.", note="'br.' = 2010 from the first sentence"),
    ],
    venues=[
        V("Kielnarowa", "w Kielnarowej"),
        V("Centrum Turystyki i Rekreacji Wyższej Szkoły Informatyki i Zarządzania",
          "Centrum Turystyki i Rekreacji Wyższej Szkoły Informatyki i Zarządzania", opt=True,
          note="building-level venue (the university's centre in Kielnarowa)"),
    ],
    clusters=[C("Innowacyjny Klaster Zdrowie i Turystyka „Uzdrowiska – Perły Polski Wschodniej”",
                "Innowacyjny Klaster Zdrowie i Turystyka „Uzdrowiska – Perły Polski Wschodniej”",
                ["Uzdrowiska – Perły Polski Wschodniej", "Uzdrowiska Perły Polski Wschodniej",
                 "Innowacyjny Klaster Zdrowie i Turystyka", "Klaster Zdrowie i Turystyka"],
                note="named as a project that the conference inaugurates; the cluster of the same name")],
    people=[
        P("Zygmunt Cholewiński", "marszałek", "Pan Marszałek Podkarpacki – Zygmunt Cholewiński"),
        P("Adam Jarubas", "marszałek", "Pan Marszałek Świętokrzyski – Adam Jarubas"),
        P("Tadeusz Pomianek", "rektor", "JM Rektor WSIiZ Pan Profesor Tadeusz Pomianek"),
        P("Janusz Zdebski", None, "prof. dr hab. Janusz Zdebski", note="chaired the conference ('przewodniczyli'): "
          "a verb, no title; academic degrees are not roles"),
        P("Jan Krupa", None, "prof. dr hab. Jan Krupa"),
    ],
    organizations=[
        O("Wyższa Szkoła Informatyki i Zarządzania", "Wyższej Szkoły Informatyki i Zarządzania",
          ["WSIiZ", "Wyższa Szkoła Informatyki i Zarządzania w Rzeszowie"], note="also 'WSIiZ'"),
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polską Agencją Rozwoju Przedsiębiorczości", ["PARP"]),
        O("Rada Klastra", "Rady Klastra", opt=True, note="the cluster's council ('III posiedzenie Rady Klastra')"),
    ],
    not_dates=["'dwudniowa' is a duration", "'kilkadziesiąt osób' (several dozen) has no number value: not attendance",
               "'osiem referatów', 'dwie debaty', 'dwa warsztaty' count sessions, not attendance",
               "'III posiedzenie Rady Klastra' is the council's third sitting, not the conference's edition"],
    note="Report of the two-day conference opening the cluster project 'Uzdrowiska – Perły Polski Wschodniej' "
         "(2010, Kielnarowa near Rzeszów). Not the 2011 closing conference of thirteenth 1212 (only the project's name "
         "is shared). No dateline. Cut at 'w'.")

doc(ID[1501], None,
    E("Klastry sposobem na odnowienie gospodarki europejskiej",
      ["Konferencja „Klastry sposobem na odnowienie gospodarki europejskiej”", "europejska konferencja",
       "konferencja"], None, 2010),
    dates=[D("2010-10-04", "2010-10-04", "04.10.2010", opt=True,
             note="the page header 'Imieniny: 04.10.2010' (a name-day widget, probably the day the page was shown, "
                  "not certainly the publication date): optional, document_date left null")],
    venues=[V("Bruksela", "w Brukseli", ["Brussels", "Bruxelles"])],
    attendance=[A(500, "participants", "approx", "prawie 500 uczestników", note="'prawie' (almost): approx")],
    clusters=[C("Klaster Turystyczny Bory Tucholskie", "Klastra Turystycznego Bory Tucholskie",
                note="a cluster being set up ('do utworzenia'); twice")],
    organizations=[O("Starostwo Tucholskie", "Starostwo Tucholskie",
                     ["Starostwo Powiatowe w Tucholi", "Powiat Tucholski"], note="also 'Powiat Tucholski' in the title")],
    note="A county's short report from a European cluster conference in Brussels. The event year (2010) is taken from "
         "the only date in the text (the header). 'Europy' and 'na całym świecie' are not venues.")

doc(ID[1502], None,
    E("Polsko-Chińska Konferencja biznesowa",
      ["Hong Kong Guangdong Business Conference", "Hong Kong Guangdong Business Conference in Warsaw 2011",
       "Polsko-Chińska Konferencja biznesowa w Warszawie", "konferencja Polsko-Chińska", "Konferencja",
       "business matching"], None, 2011),
    dates=[
        D("2011-10-27", "2011-10-27", "27 października 2011 roku"),
        D("2011", "2011", "w 2011 roku", note="'the largest business event in Central Europe in 2011'"),
    ],
    venues=[
        V("Warszawa", "w Warszawie", ["Warsaw"]),
        V("Hilton", "w hotelu HILTON w Warszawie", ["hotel Hilton", "Hilton Warszawa"], opt=True,
          note="building-level venue"),
    ],
    attendance=[
        A(1500, "participants", "more_than", "ponad 1500 osób", note="'Łącznie ... ponad 1500 osób'"),
        A(30, "participants", "more_than", "ponad 30 tłumaczy", opt=True,
          note="interpreters on duty: staff rather than participants"),
    ],
    people=[P("Waldemar Pawlak", ["wicepremier", "minister"],
              "wicepremier polskiego rządu, minister gospodarki Waldemar Pawlak")],
    organizations=[O("Unia Europejska", "Unii Europejskiej", ["UE"], opt=True,
                     note="as a modifier ('krajami Unii Europejskiej')")],
    not_dates=["'Po godzinie 14.00' is a time of day", "'kilkuset przedsiębiorców', 'kilkadziesiąt osób' have no "
               "number value: not attendance", "'ponad 100 stołach' counts tables, not attendance"],
    note="Report of a Polish–Chinese (Hong Kong / Guangdong) business conference with a business-matching session in "
         "Warsaw. Hongkong, Guangdong, Hiszpania are origins or comparisons, not venues. No cluster named.")

doc(ID[1503], None,
    E("Wielka Gala Liderów Polskiego Biznesu",
      ["Wielka Gala Liderów Polskiego Biznesu 2013", "Gala Liderów Polskiego Biznesu", "Gala",
       "Lider Polskiego Biznesu", "konkurs Lider Polskiego Biznesu", "XXII edycja konkursu Lider Polskiego Biznesu"],
      22, 2013),
    dates=[D("2013", "2013", "w roku 2013", note="in a quote ('Tym razem w roku 2013')")],
    venues=[
        V("Warszawa", "w Warszawie", ["Warsaw"]),
        V("Teatr Wielki – Opera Narodowa", "W Teatrze Wielkim – Operze Narodowej",
          ["Teatr Wielki", "Opera Narodowa", "Teatr Wielki - Opera Narodowa"], opt=True, note="building-level venue"),
    ],
    people=[
        P("Marek Goliszewski", "prezes", "prezes BCC Marek Goliszewski"),
        P("Janusz Onyszkiewicz", "minister", "minister Janusz Onyszkiewicz"),
        P("Janusz Steinhoff", "premier", "premier Janusz Steinhoff"),
        P("Tony Blair", "premier", "premier Tony Blair"),
    ],
    organizations=[
        O("BCC", "prezes BCC", ["Business Centre Club"]),
        O("NATO", "NATO", opt=True, note="object of an award citation ('wprowadzenie Polski do NATO')"),
        O("Unia Europejska", "w Unii Europejskiej", ["UE"], opt=True, note="in an award citation"),
    ],
    not_dates=["'od 20 lat' is a duration", "'2013' in the heading is part of the gala's name",
               "'IMG_6127_800x534' is a photo file name", "'6 mld 200 mln £' is an amount",
               "'przyznano 11 z nich' and 'trzy Nagrody Specjalne' count awards, not attendance"],
    note="Business gala (BCC's Lider Polskiego Biznesu, XXII edition: edition 22). 'Wielkiej Brytanii' is not a venue. "
         "Cut at 'premier Tadeu' (the cut name is not annotated).")

doc(ID[1504], "2013-02-27",
    E("Spotkanie klastrów i inicjatyw klastrowych województwa podkarpackiego",
      ["Forum Klastrów Podkarpacia", "Powstało Forum Klastrów Podkarpacia", "spotkanie 10 klastrów",
       "spotkanie 10 klastrów i inicjatyw klastrowych", "spotkanie"], None, 2013),
    dates=[D("2013-02-27", "2013-02-27", "27 Lut 2013",
             note="dateline (abbreviated month): document_date; the same day again as '27.02.2013 roku' (counted once)")],
    attendance=[A(10, "organizations", "exact", "10 klastrów i inicjatyw klastrowych")],
    clusters=[
        C("Dolina Lotnicza", "Dolina Lotnicza", ["Stowarzyszenie Dolina Lotnicza", "Klaster Dolina Lotnicza"]),
        C("Klaster IT", "Klaster IT", ["Podkarpacki Klaster IT"]),
        C("Uzdrowiska Perły Polski Wschodniej", "Uzdrowiska Perły Polski Wschodniej",
          ["Uzdrowiska – Perły Polski Wschodniej", "Innowacyjny Klaster Zdrowie i Turystyka"]),
        C("Podkarpacki Klaster Rolno-Spożywczy", "Podkarpacki Klaster Rolno-Spożywczy"),
        C("Klaster Przetwórstwa Tworzyw Sztucznych Poligen", "Klaster Przetwórstwa Tworzyw Sztucznych Poligen",
          ["KPTS POLIGEN", "KPTS Poligen", "Poligen", "Klaster Przetwórstwa Tworzyw Sztucznych"],
          note="also 'KPTS POLIGEN' (the publisher)"),
        C("Podkarpacki Klaster Żywności Ekologicznej", "Podkarpacki Klaster Żywności Ekologicznej"),
        C("Klaster Odlewniczy Kom-Cast", "Klaster Odlewniczy Kom-Cast", ["Kom-Cast"]),
        C("Klaster Spawalniczy Klastal", "Klaster Spawalniczy Klastal", ["Klastal"]),
        C("Kraina Podkarpacia", "Kraina Podkarpacia", ["Klaster Kraina Podkarpacia"]),
        C("Podkarpacki Klaster Energetyki Odnawialnej", "Podkarpacki Klaster Energetyki Odnawialnej"),
    ],
    organizations=[O("Forum Klastrów Podkarpacia", "Forum Klastrów Podkarpacia", opt=True,
                     note="the network of clusters founded at the meeting (not itself a cluster); twice")],
    note="Short note (699 bytes) of the founding meeting of a regional forum of ten clusters; a list of ten named "
         "clusters. No venue named ('z terenu województwa podkarpackiego' is an origin).")

doc(ID[1505], None,
    E("misja gospodarcza polskich producentów kotłów centralnego ogrzewania na Ukrainę",
      ["misja gospodarcza", "misja", "misja gospodarcza na Ukrainę",
       "Przedstawiciele polskiego „zagłębia” produkcji kotłów na Ukrainie"], None, 2016),
    dates=[D("2016-09-18", "2016-10-01", "18.09. -1.10.2016",
             note="numeric range with a stray space, the year only on the end")],
    venues=[
        V("Ukraina", "na Ukrainie", ["Ukraine"], note="the mission's destination; also 'na Ukrainę'"),
        V("Równe", "w Równem", ["Rivne", "Równe (Ukraina)"], note="the university visited"),
    ],
    attendance=[
        A(10, "organizations", "exact", "10 producentów"),
        A(100, "organizations", "more_than", "ponad 100 przedsiębiorców", opt=True,
          note="the firms the ten producers represent, not present themselves"),
    ],
    organizations=[
        O("Komitet Gospodarki Miejskiej", "Komitet Gospodarki Miejskiej", ["KGM", "Komitet Gospodarki Miejskiej KIG"]),
        O("Polsko-Ukraiński Klub Biznesu", "Polsko – Ukraiński Klub Biznesu",
          ["Polsko – Ukraiński Klub Biznesu", "Polsko - Ukraiński Klub Biznesu"]),
        O("Równieńska Obwodowa Administracja Państwowa", "Równieńskiej Obwodowej Administracji Państwowej"),
        O("Wołyńska Obwodowa Administracja Państwowa", "Wołyńskiej oraz Równieńskiej Obwodowej Administracji Państwowej",
          opt=True, note="elliptic ('Wołyńskiej oraz Równieńskiej ...'): the name is only implied"),
        O("Uniwersytet Gospodarowania Wodą i Zasobami Naturalnymi",
          "Uniwersytecie Gospodarowania Wodą i Zasobami Naturalnymi"),
        O("Krajowa Izba Gospodarcza", "Krajowa Izba Gospodarcza", ["KIG"], note="in the contact footer"),
    ],
    not_dates=["'w ciągu najbliższych 14 dni' is a duration", "'00-074' is a postcode"],
    note="A business mission of Polish boiler makers to Ukraine (Volyn, Rivne). The 'pleszewskie zagłębie' of boiler "
         "makers is an informal industrial district, not a named cluster. Ends with the contact footer.")

doc(ID[1506], "2015-09-10",
    E("Światowa Konferencja Gospodarcza Polonii",
      ["XVIII Światowa Konferencja Gospodarcza Polonii", "XVIII Światowa Konferencja Gospodarcza Polonii w Warszawie",
       "Konferencja"], 18, 2015),
    dates=[
        D("2015-09-10", "2015-09-10", "2015-09-10", note="ISO dateline with a time ('2015-09-10, 20:27'): document_date"),
        D("2015-09-12", "2015-09-13", "12 i 13 września", note="two consecutive days read as a range (the plenary)"),
    ],
    venues=[
        V("Warszawa", "w Warszawie", ["Warsaw"], note="several times; also 'w stolicy'"),
        V("Włocławek", "do Włocławka", note="the second part of the conference"),
    ],
    attendance=[
        A(300, "participants", "exact", "300 gości z całego świata"),
        A(30, "countries", "exact", "z 30 krajów świata"),
    ],
    people=[
        P("Piotr Stępniewski", "dyrektor", "Dyrektor XVIII Światowej Konferencji Gospodarczej Polonii, Piotr Stępniewski",
          note="three times"),
        P("Marek Wojtkowski", "prezydent", "prezydenta tego miasta Marka Wojtkowskiego"),
        P("Arkadiusz Ekiert", None, "Arkadiusz Ekiert", opt=True, note="the radio reporter's credit"),
    ],
    organizations=[
        O("Fundacja Polonia", "Fundacja Polonia"),
        O("Polskie Radio", "Polskie Radio", opt=True, note="the publisher (photo and audio credit)"),
    ],
    not_dates=["'20:27' is a time of day", "edition 18 from 'po raz 18' and 'XVIII'"],
    note="Radio preview (future tense) of the 18th World Polonia Economic Conference. Paragwaj, Indonezja, Japonia, "
         "Bałkany, Włochy, Francja, Niemcy, Skandynawia are the guests' origins, not venues. Cut at 'Afry'.")

doc(ID[1507], "2016-04-26",
    E("Targi Produktów Tradycyjnych i Ekologicznych „Regionalia”",
      ["Regionalia", "Targi Regionalia", "Targi Regionalia 2016", "Targi Produktów Tradycyjnych i Ekologicznych Regionalia",
       "V edycja Targów Produktów Tradycyjnych i Ekologicznych „Regionalia”", "Smaki natury"], 5, 2016),
    dates=[
        D("2016-04-26", "2016-04-26", "2016.04.26", note="dateline with a time: document_date"),
        D("2016-04-27", "2016-04-27", "2016.04.27", note="the update date ('aktualizacja: 2016.04.27 12:54')"),
    ],
    attendance=[
        A(200, "organizations", "more_than", "ponad 200 firm"),
        A(24, "organizations", "exact", "grupa 24 wystawców", note="the exhibitors on the Mazovian stand"),
    ],
    people=[
        P("Adam Struzik", "marszałek", "Marszałek Województwa Mazowieckiego Adam Struzik"),
        P("Krzysztof Kuran", None, "Krzysztof Kuran", opt=True, note="author credit"),
        P("Agnieszka Stabińska", None, "Agnieszka Stabińska", opt=True, note="credit for the introduction"),
        P("Martyna Kowalska", None, "Martyna Kowalska", opt=True, note="photo credit (twice)"),
        P("Marta Król", None, "Marta Król", opt=True, note="photo credit"),
    ],
    organizations=[
        O("Samorząd Województwa Mazowieckiego", "Samorządu Województwa Mazowieckiego"),
        O("Departament Rolnictwa i Rozwoju Obszarów Wiejskich", "Departament Rolnictwa i Rozwoju Obszarów Wiejskich",
          opt=True, note="a department of the regional office (author's affiliation)"),
    ],
    not_dates=["'15:20', '12:54' are times of day", "'Podczas 3 dni' is a duration", "'150 m2' is an area",
               "'kilkanaście tysięcy osób' has no number value: not attendance",
               "'XXI edycją Targów Turystyki i Wypoczynku „Lato”' and 'IV edycją targów Agroturystyka' are editions of "
               "the co-located fairs, not of the event"],
    note="Regional office's report of the 5th Regionalia fair (edition 5 from 'V edycja'). No venue is named in the text "
         "(the fair is in Warsaw, not said). Cut at 'Okręg'.")

doc(ID[1508], None,
    E("Kongres Innowacyjnej Gospodarki",
      ["VII Kongres Innowacyjnej Gospodarki", "Kongres Innowacyjnej Gospodarki 2016", "Kongres"], 7, 2016),
    dates=[
        D("2016-06-08", "2016-06-09", "W dniach 8 i 9 czerwca 2016 r.", note="two consecutive days: a range"),
        D("2010", "2010", "od 2010 roku", note="start of the series"),
    ],
    venues=[
        V("Warszawa", "w Warszawie", ["Warsaw"]),
        V("Centrum Nauki Kopernik", "w Centrum Nauki Kopernik", ["Copernicus Science Centre"], opt=True,
          note="building-level venue"),
    ],
    attendance=[A(700, "participants", "approx", "ok. 700 gości")],
    people=[
        P("Henryk Skarżyński", None, "prof. dr hab. n. med. dr h.c. multi Henryk Skarżyński",
          note="a speaker; academic degrees are not roles; twice"),
        P("Jarosław Gowin", ["wicepremier", "minister"], "Jarosław Gowin – wicepremier i minister"),
        P("Jerzy Kwieciński", "sekretarz stanu", "Jerzy Kwieciński – sekretarz stanu"),
        P("Patrycja Klarecka", "prezes", "Patrycja Klarecka – prezes"),
        P("Michał Olszewski", "zastępca prezydenta", "Michał Olszewski – zastępca prezydenta"),
        P("Maciej Witucki", "przewodniczący", "Maciej Witucki – przewodniczący"),
        P("Kamil Wyszkowski", ["general director", "dyrektor generalny", "dyrektor"], "Kamil Wyszkowski – general director",
          note="an English title"),
        P("Francis Fukuyama", None, "Francis Fukuyama", note="a guest of earlier editions"),
    ],
    organizations=[
        O("Krajowa Izba Gospodarcza", "Krajową Izbę Gospodarczą", ["KIG"], note="twice"),
        O("Instytut Fizjologii i Patologii Słuchu", "Instytutu Fizjologii i Patologii Słuchu", ["IFPS"]),
        O("Ministerstwo Rozwoju", "Ministerstwo Rozwoju", ["MR"]),
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polskiej Agencji Rozwoju Przedsiębiorczości", ["PARP"]),
        O("Orange Polska", "Orange Polska"),
        O("Global Compact Poland", "Global Compact Poland", ["UN Global Compact Poland"]),
        O("UN Secretary General Initiative", "UN Secretary General Initiative", opt=True,
          note="part of a job title"),
        O("Ministerstwo Nauki i Szkolnictwa Wyższego", "minister Nauki i Szkolnictwa Wyższego", ["MNiSW"], opt=True,
          note="only in a minister's title"),
    ],
    not_dates=["'25. rocznicy' and '20. rocznicy' are anniversaries, not dates", "edition 7 from 'po raz siódmy' and 'VII'"],
    note="Report (by the hearing institute) of the 7th Innovative Economy Congress of the national chamber of commerce. "
         "'Joseph E. Sti' (cut) is not annotated. No cluster named.")

doc(ID[1509], "2017-04-10",
    E("Jak wykorzystać lokalny potencjał i osiągnąć niezależność energetyczną gminy",
      ["Konferencja pt. „Jak wykorzystać lokalny potencjał i osiągnąć niezależność energetyczną gminy”",
       "konferencja nt. „Jak wykorzystać lokalny potencjał i osiągnąć niezależność energetyczną gminy”", "konferencja"],
      None, 2017),
    dates=[
        D("2017-04-10", "2017-04-10", "10.04.17", note="dateline with a two-digit year: document_date"),
        D("2017-04-07", "2017-04-07", "W dniu 7 kwietnia", note="year from the dateline"),
    ],
    venues=[V("Puławy", "w Puławach")],
    attendance=[A(85, "participants", "exact", "85 osób")],
    clusters=[C("Lubelski Klaster Ekoenergetyczny", "Lubelskiego Klastra Ekoenergetycznego", ["LKE"])],
    people=[
        P("Wiesław Oleszek", "dyrektor", "Dyrektor IUNG-PIB – prof. dr hab. Wiesław Oleszek"),
        P("Henryk Łucjan", "prezes", "Prezes Fundacji Rozwoju Lubelszczyzny- Henryk Łucjan"),
        P("Grażyna Gilewicz", None, "Grażyna Gilewicz", note="speaking for the region's marshal; no title of her own"),
    ],
    organizations=[
        O("Instytut Uprawy Nawożenia i Gleboznawstwa – Państwowy Instytut Badawczy", "IUNG-PIB",
          ["IUNG-PIB", "IUNG", "Instytut Uprawy Nawożenia i Gleboznawstwa"], note="only the acronym; several times"),
        O("Zakład Biogospodarki i Analiz Systemowych", "Zakład Biogospodarki i Analiz Systemowych IUNG-PIB",
          ["Zakład Biogospodarki i Analiz Systemowych IUNG-PIB"], opt=True, note="a department of the institute"),
        O("Fundacja Rozwoju Lubelszczyzny", "Fundacja Rozwoju Lubelszczyzny", note="twice"),
        O("Regionalne Biuro Energii", "Regionalnego Biura Energii UMWL", ["Regionalne Biuro Energii UMWL"]),
        O("Urząd Marszałkowski Województwa Lubelskiego", "UMWL", ["UMWL"], opt=True,
          note="only the acronym, inside the bureau's name"),
        O("Ministerstwo Energii", "Ministerstwie Energii", ["ME"]),
        O("Departament Energii Odnawialnej", "Departamentu Energii Odnawialnej", opt=True,
          note="a department of the ministry"),
    ],
    not_dates=["'9 referatów' counts talks, not attendance"],
    note="An energy conference co-organised by the animator of a Lublin eco-energy cluster; BioEcon is a project. "
         "Cut at 'zakoń'.")

doc(ID[1510], None,
    E("TOOL-SHOP",
      ["TOOL-SHOP 2018", "Tool-Shop", "Tool-Shop 2018", "konferencja TOOL-SHOP", "Konferencja Tool-Shop 2018",
       "6. konferencja dla narzędziowni TOOL-SHOP 2018", "konferencja dla narzędziowni TOOL-SHOP",
       "konferencja dla narzędziowni Tool-Shop"], 6, 2018),
    dates=[
        D("2018-06", "2018-06", "czerwiec", note="a month in the schedule; year from the event's name"),
        D("2018-09-21", "2018-09-21", "do 21 września", note="also '21 września' alone (same value)"),
        D("2018-09-24", "2018-09-24", "24 września"),
        D("2018-09-27", "2018-09-28", "27-28 września", note="also '27 września i 28 września', 'w dniach 27 i 28 "
          "września' (same value)"),
        D("2018-09-27", "2018-09-27", "27 września - rozmowy B2B", note="also '27 września 2018 roku' and others"),
        D("2018-09-28", "2018-09-28", "28 września - godz. 9.30"),
    ],
    not_dates=["'godz. 10.00 - 12.30', '13.30', '9.30 - 14.00' are times of day",
               "'maksymalnie 8 tur spotkań' counts meeting rounds, not attendance",
               "'rejestracja online' is the registration, not an online event"],
    note="Rules and schedule of the 6th TOOL-SHOP conference for tool shops with B2B meetings (edition 6 from "
         "'6. konferencja'). No venue, no organiser, no people named. Cut at 'R'.")

doc(ID[1511], None,
    E("Podkarpackie Regionalia",
      ["Podkarpackie Regionalia w Agrohurcie", "Regionalia", "kiermasz", "impreza"], 1, None),
    venues=[
        V("Rzeszów", "RZESZÓW", note="the dateline place in capitals"),
        V("Agrohurt", "w nowej hali Agrohurtu przy ul. Lubelskiej", ["hala Agrohurtu"], opt=True,
          note="building-level venue"),
    ],
    attendance=[
        A(60, "organizations", "exact", "Sześćdziesięciu wystawców", note="number word"),
        A(100, "participants", "more_than", "Ponad sto osób", note="number word; the participants of the training"),
    ],
    people=[
        P("Adam Dziedzic", "prezes", "Adam Dziedzic, prezes Agrohurtu", note="twice"),
        P("Izabella Byszewska", "prezes", "Izabella Byszewska, prezes"),
        P("Jan Zwoliński", "wiceprezes", "Jan Zwoliński wiceprezes"),
        P("Teresa Łysikowska", None, "Teresa Łysikowska"),
        P("Jan Fołta", None, "Jan Fołta z Markowej", opt=True, note="a meat firm named after its owner"),
        P("Adam Cyło", None, "Adam Cyło", opt=True, note="photo credit"),
    ],
    organizations=[
        O("Agrohurt", "Agrohurtu", ["Agrohurt S.A."], note="several times"),
        O("Taurus", "Taurus"),
        O("Góra Ropczycka", "Góra Ropczycka"),
        O("Jasiołka", "Jasiołka"),
        O("Polska Izba Produktu Regionalnego i Lokalnego", "Polskiej Izby Produktu Regionalnego i Lokalnego", ["PIPRiL"]),
        O("Urząd Marszałkowski Województwa Podkarpackiego", "Urząd Marszałkowski", ["Urząd Marszałkowski"]),
        O("Podkarpacka Izba Rolnicza", "Podkarpacka Izba Rolnicza"),
        O("gospodarkaPodkarpacka.pl", "gospodarkaPodkarpacka.pl", opt=True, note="the media patron (the publisher)"),
    ],
    not_dates=["'W sobotę' and 'dziś drugi dzień' have no date to anchor them", "'o godz. 9' is a time of day"],
    note="Local news of a first regional-food fair in a wholesale market hall in Rzeszów (edition 1 from 'po raz "
         "pierwszy'). No date and no year anywhere: no dates, event year null. Markowa, Krzeszów, Nowa Sarzyna are "
         "origins of exhibitors. Ends with the author tag 'ac'.")

doc(ID[1512], None,
    E("spotkanie przedstawicieli organizacji zrzeszających polskich przedsiębiorców na Litwie i Ukrainie",
      ["Organizacje polskich przedsiębiorców z Litwy i Ukrainy rozmawiają o współpracy", "spotkanie"], 1, 2017),
    dates=[D("2017-05-17", "2017-05-17", "W dniu 17 maja 2017 r.")],
    venues=[V("Kijów", "w Kijowie", ["Kyiv", "Kiev"], note="also 'do Kijowa'")],
    people=[
        P("Andrzej Łuksza", "członek zarządu", "członek zarządu Andrzej Łuksza"),
        P("Eugeniusz Wojsiat", "rewident", "rewident Eugeniusz Wojsiat"),
        P("Piotr Ciarkowski", ["prezes", "dyrektor"], "prezesa Piotra Ciarkowskiego – dyrektora spółki Bikor"),
        P("Damian Ragan", "wiceprezes", "Damiana Ragana – wiceprezesa Kredobanku"),
        P("Zbigniew Szołyga", "dyrektor", "Zbigniewa Szołygę – dyrektora PZU Strachuwania Żyttia"),
        P("Ireneusz Derek", "dyrektor", "Ireneusza Dereka – dyrektora spółki Plastics Ukraina"),
        P("Jan Piekło", "ambasador", "Ambasador RP na Ukrainie Jan Piekło"),
        P("Bartosz Musiałowicz", "kierownik", "kierownik WPHI w Kijowie Bartosz Musiałowicz"),
        P("Mikołaj Falkowski", "prezes", "Prezes Fundacji „Pomoc Polakom na Wschodzie” Mikołaj Falkowski"),
    ],
    organizations=[
        O("Forum Przedsiębiorczości Polskiej „Korona”", "Forum Przedsiębiorczości Polskiej „Korona”",
          ["Korona", "„Korona”", "Forum Przedsiębiorczości Polskiej Korona"], note="also 'Korony'"),
        O("Międzynarodowe Stowarzyszenie Przedsiębiorców Polskich na Ukrainie",
          "Międzynarodowego Stowarzyszenia Przedsiębiorców Polskich na Ukrainie", note="twice"),
        O("Wydział Promocji Handlu i Inwestycji Ambasady RP w Kijowie",
          "Wydziału Promocji Handlu i Inwestycji Ambasady RP w Kijowie", ["WPHI", "WPHI w Kijowie",
                                                                           "Wydział Promocji Handlu i Inwestycji"]),
        O("Ambasada RP w Kijowie", "Ambasady RP w Kijowie", ["Ambasada RP na Ukrainie"], opt=True,
          note="parent of the trade section, inside its name"),
        O("Bikor", "spółki Bikor"),
        O("Kredobank", "Kredobanku"),
        O("PZU Strachuwania Żyttia", "PZU Strachuwania Żyttia", ["PZU Ukraina"]),
        O("Plastics Ukraina", "Plastics Ukraina"),
        O("Fundacja „Pomoc Polakom na Wschodzie”", "Fundacji „Pomoc Polakom na Wschodzie”",
          ["Pomoc Polakom na Wschodzie", "Fundacja Pomoc Polakom na Wschodzie"]),
    ],
    not_dates=["edition 1 from 'Było to pierwsze spotkanie tego typu'"],
    note="Meeting of Polish entrepreneurs' associations from Lithuania and Ukraine at the Polish embassy's trade "
         "section in Kyiv. 'przedsiębioców' (sic). Litwa and Ukraina are the associations' countries, not venues. "
         "Cut at 'Wszyscy '.")

doc(ID[1513], None,
    E("Forum Ekonomiczne",
      ["Forum Ekonomiczne w Karpaczu", "Forum Ekonomiczne w Karpaczu 2020", "Forum Ekonomiczne 2020", "Forum",
       "Europa po pandemii: Solidarność, Wolność, Wspólnota?"], None, 2020),
    dates=[D("2020-09-08", "2020-09-10", "w dniach od 8 do 10 września", note="year from the title")],
    venues=[
        V("Karpacz", "w Karpaczu", note="several times; also 'Do Karpacza'"),
        V("Hotel Gołębiewski", "do hotelu Gołębiewskiego w Karpaczu", ["hotel Gołębiewski"], opt=True,
          note="building-level venue"),
        V("Krynica-Zdrój", "w Krynicy Górskiej", ["Krynica", "Krynica Górska"], opt=True,
          note="where the forum used to be held, not this edition"),
    ],
    attendance=[
        A(1600, "participants", "approx", "około 1600 gości"),
        A(230, "participants", "more_than", "ponad 230 akredytowanych dziennikarzy", opt=True,
          note="accredited journalists (the media), a separate group"),
    ],
    not_dates=["'od prawie 30 lat' is a duration", "'2020' in 'Forum Ekonomicznego 2020' is part of the name"],
    note="Blog report of the 2020 Economic Forum moved from Krynica to Karpacz. No edition number (the 30th is not "
         "said). No organisation, cluster or person named. Cut at 'przep'.")

doc(ID[1514], "2023-10-02",
    E("Dialog o Gospodarce",
      ["II Kongres „Dialog o Gospodarce”", "Kongres „Dialog o Gospodarce”", "II KONGRES „DIALOG O GOSPODARCE”",
       "Kongres Dialog o Gospodarce", "II Kongres Dialog o Gospodarce", "Kongres"], 2, 2023),
    dates=[
        D("2023-10-02", "2023-10-02", "02.10.2023", note="dateline: document_date"),
        D("2023-09-25", "2023-09-25", "W dniu 25 września", note="year from the dateline"),
    ],
    venues=[V("Warszawa", "w Warszawie", ["Warsaw"])],
    people=[
        P("Michał Gawroński", ["przewodniczący", "prezes"],
          "Przewodniczący Rady Regionów FPP, Prezes Zarządu Śląskiej Federacji Przedsiębiorców Polskich Pan Michał "
          "Gawroński"),
        P("Beata Daszyńska-Muzyczka", ["przewodnicząca", "prezes"],
          "Pani Beata Daszyńska-Muzyczka, Przewodnicząca Rady Federacji Przedsiębiorców Polskich i Prezes"),
        P("Marek Brzeziński", "ambasador", "Marka Brzezińskiego, Ambasadora", ["Mark Brzezinski"]),
    ],
    organizations=[
        O("Federacja Przedsiębiorców Polskich", "Federację Przedsiębiorców Polskich", ["FPP"],
          note="also 'FPP', 'Federacji Przedsiębiorców Polskich'"),
        O("Grupa Amber", "Grupa Amber"),
        O("Śląska Federacja Przedsiębiorców Polskich", "Śląska Federacja Przedsiębiorców Polskich", note="twice"),
        O("Bank Gospodarstwa Krajowego", "Banku Gospodarstwa Krajowego", ["BGK"]),
        O("Rada Regionów FPP", "Rady Regionów FPP", opt=True, note="a body of the federation"),
        O("Rada Federacji Przedsiębiorców Polskich", "Rady Federacji Przedsiębiorców Polskich", opt=True,
          note="a body of the federation"),
    ],
    not_dates=["'Przedsiębiorca to też wyborca!' is a campaign, not an organisation"],
    note="A member firm's note on the 2nd 'Dialog o Gospodarce' congress (edition 2 from 'II Kongres'). 'Stanów "
         "Zjednoczonych Ameryki' is in a title, not a venue. Cut at 'Nast'.")

doc(ID[1515], None,
    E("Wizyta firm członkowskich SinoCham w województwie małopolskim",
      ["wizyta firm członkowskich SinoCham", "wyjazd przedstawicieli firm członkowskich do województwa małopolskiego",
       "wizyta", "wyjazd"], None, 2023),
    dates=[
        D("2023-08-30", "2023-09-01", "W dniach 30 sierpnia – 1 września 2023 roku", note="a range across months"),
        D("2023-09-01", "2023-09-01", "W dniu 1 września", note="the day of the meeting with the vice-marshal"),
    ],
    venues=[
        V("Małopolska", "do województwa małopolskiego", ["województwo małopolskie", "Małopolskie"], opt=True,
          note="a region as the visit's destination"),
        V("Kraków", "w Krakowskim Parku Technologicznym", ["Krakowski Park Technologiczny"], opt=True,
          note="the meeting place is a technology park in Kraków (the city only implied)"),
        V("Miechów", "Prezydentem miasta Miechów", opt=True, note="the delegation met the mayor of Miechów "
          "(place not stated as such)"),
    ],
    attendance=[A(30, "participants", "more_than", "ponad 30 przedstawicieli firm członkowskich")],
    people=[
        P("Hu Xinyuan", "prezes", "Prezes Izby, Pan Hu Xinyuan"),
        P("Xu Xiaofeng", ["minister radca", "minister"], "Pan Xu Xiaofeng, Minister Radca", note="twice"),
        P("Jerzy Drożdż", "dyrektor", "Pan Jerzy Drożdż, Dyrektor"),
        P("Józef Gawron", "wicemarszałek", "Panem Józefem Gawronem, Wicemarszałkiem"),
    ],
    organizations=[
        O("Polsko-Chińska Główna Izba Gospodarcza", "Polsko-Chińska Główna Izba Gospodarcza", ["SinoCham"],
          note="also 'SinoCham' in the title"),
        O("Krajowa Izba Gospodarcza", "Krajową Izbą Gospodarczą", ["KIG"], note="also 'Krajowej Izby Gospodarczej'"),
        O("Biuro Ekonomiczno-Handlowe Ambasady Chin w Polsce", "Biurze Ekonomiczno-Handlowym Ambasady Chin w Polsce",
          ["Biuro Ekonomiczno-Handlowe Ambasady ChRL"]),
        O("Ambasada Chin w Polsce", "Ambasady Chin w Polsce", opt=True, note="parent, inside the bureau's name"),
        O("Krakowski Park Technologiczny", "Krakowskim Parku Technologicznym", ["KPT"]),
    ],
    not_dates=["Suzhou and Chiny are a partner city / a country in a statement, not venues"],
    note="A Polish–Chinese chamber's study visit of member firms to the Małopolska region. Cut at 'Następnie '.")

doc(ID[1516], None,
    E("Kongres Klastrów Polskich",
      ["10. Kongres Klastrów Polskich", "jubileuszowy, 10. Kongres Klastrów Polskich", "X Kongres Klastrów Polskich",
       "Kongres"], 10, 2024),
    dates=[D("2024-11-06", "2024-11-07", "6-7 listopada 2024 r.")],
    venues=[V("Białystok", "w Białymstoku")],
    clusters=[C("Bydgoski Klaster Przemysłowy Dolina Narzędziowa", "Bydgoski Klaster Przemysłowy Dolina Narzędziowa",
                ["BKP", "Bydgoski Klaster Przemysłowy", "Dolina Narzędziowa"], note="also 'BKP'")],
    people=[P("Piotr Wojciechowski", "dyrektor", "dyrektor BKP, Piotr Wojciechowski")],
    organizations=[O("Unia Europejska", "Unii Europejskiej", ["UE"], opt=True, note="inside the slogan")],
    not_dates=["'20 lat Polski w Unii Europejskiej, 10 lat rozwoju innowacji' are durations in the slogan",
               "edition 10 from '10. Kongres'"],
    note="A cluster's report of the jubilee 10th Congress of Polish Clusters in Białystok. Not the 9th (Gdańsk) or "
         "11th (Zielona Góra) congress of earlier sets. Cut at 'klas'.")

doc(ID[1517], None,
    E("Wizyta studyjna władz miasta Huaibei z prowincji Anhui",
      ["Wizyta studyjna władz miasta Huaibei", "wizyta studyjna", "wizyta w Polsce", "wizyta"], None, None),
    dates=[D("XXXX-08-24", "XXXX-08-27", "w dniach 24–27 sierpnia", note="no year anywhere in the text")],
    venues=[
        V("Polska", "wizyty w Polsce", ["Poland"], opt=True, note="the country visited"),
        V("Lublin", "(Lublin)", note="a firm visited; also 'Urząd Miasta Lublina'"),
        V("Bielsk", "Bielsk k/Płocka", ["Bielsk k/Płocka", "Bielsk koło Płocka"], opt=True,
          note="a firm visited, given as its address"),
        V("Anhui", "do prowincji Anhui", opt=True, note="destination of a planned trade mission"),
    ],
    people=[
        P("Li Ming", "zastępca przewodniczącego", "Zastępca przewodniczącego władz miasta z ramienia Partii — Li Ming"),
        P("Zhou Wushi", "burmistrz", "Burmistrz Dzielnicy Duji – Zhou Wushi"),
        P("Sun Qiuling", "prezes", "Prezes Głównej Izby Handlowej — Sun Qiuling"),
    ],
    organizations=[
        O("Polsko Chińska Rada Biznesu", "Polsko Chińską Radę Biznesu", ["Polsko-Chińska Rada Biznesu", "PCHRB"]),
        O("Agencja Rozwoju Mazowsza", "Agencję Rozwoju Mazowsza", ["ARM"]),
        O("Urząd Miasta Lublin", "Urząd Miasta Lublina", ["Urząd Miasta Lublina", "UM Lublin"]),
        O("Starostwo Powiatu Płockiego", "Starostwo Powiatu Płockiego", ["Starostwo Powiatowe w Płocku"]),
        O("Centrum Energooszczędnych Rozwiązań", "Centrum Energooszczędnych Rozwiązań"),
        O("Pek-Mont", "Pek-Mont Sp. z o.o.", ["Pek-Mont Sp. z o.o."]),
        O("Główna Izba Handlowa", "Głównej Izby Handlowej", opt=True,
          note="a Chinese chamber of the city (name generic)"),
    ],
    not_dates=["'2,2 mln mieszkańców' is a population, not attendance"],
    note="A Chinese city delegation's study visit to Polish institutions and firms (no year given). Huaibei, Anhui "
         "and Duji are the guests' origins. Ends with 'Przewiń do góry'.")

skipped(ID[1518], "en", "English: a GreenTech ClusterXchange visit of Estonian and Swedish firms to Konin and Poznań "
                        "(17-19 October 2023, POLECO fair); language gate")
skipped(ID[1519], "lt", "Lithuanian: the first Baltic Cluster Forum 2018 in Vilnius (over 200 participants from 7 "
                        "countries, about 100 meetings); language gate")
