"""Hand-written gold for corpus/seventh (ids 600-619), following corpus/GUIDE.md and the
conventions of corpus/final, corpus/fresh and corpus/sixth SOURCES.md.

Run: python3 run_gold.py  -> writes ../gold/*.json and checks that every `text` is an exact
substring of the raw file (so char spans can be computed from it: raw.find(text)).
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import D, V, A, C, P, O, E, DOCS, doc, skipped  # noqa: F401 (the item helpers, see corpus/goldkit.py)

# ---------------------------------------------------------------------------------------------
doc("600_konferencja-klastry-energii-globenergia", None,
    E("konferencja o klastrach energii",
      ["konferencja", "konferencja o klastrach energetycznych", "spotkanie", "konferencja o OZE"], None, None),
    dates=[
        D("2016-06-22", "2016-06-22", "22 czerwca",
          note="the amendment of the OZE act was passed; the year from the same sentence ('1 lipca 2016 r.')"),
        D("2016-07-01", "2016-07-01", "1 lipca 2016 r.", note="the amendment came into force"),
    ],
    venues=[
        V("Krynica-Zdrój", "Forum Ekonomiczne w Krynicy", ["Krynica"], opt=True,
          note="venue of another event the article mentions (the minister was there instead); kept optional because "
               "it is only the reason for his absence"),
    ],
    people=[
        P("Krzysztof Tchórzewski", "minister", "Minister Energii – Krzysztof Tchórzewski",
          note="title before the name with a dash"),
        P("Ireneusz Zyska", "poseł", "poseł Ireneusz Zyska", note="also 'Poseł Zyska' (surname only)"),
        P("Andrzej Kaźmierski", "dyrektor",
          "Andrzej Kaźmierski, Dyrektor Departamentu Energii Odnawialnej w Ministerstwie Energii",
          note="also 'Kaźmierski' (surname only)"),
    ],
    organizations=[
        O("Ministerstwo Energii", "Ministerstwa Energii", ["ME"], note="also 'Ministerstwie Energii' (three times)"),
        O("Ministerstwo Rolnictwa", "Ministerstwa Rolnictwa", ["Ministerstwo Rolnictwa i Rozwoju Wsi"]),
        O("Ministerstwo Środowiska", "Ministerstwa Środowiska"),
        O("Departament Energii Odnawialnej", "Departamentu Energii Odnawialnej", opt=True,
          note="a unit of the ministry, only inside a title"),
        O("Sejm", "do Sejmu", ["Sejm RP"], opt=True, note="the parliament, where the bill will go"),
        O("Forum Ekonomiczne w Krynicy", "Forum Ekonomiczne w Krynicy", ["Forum Ekonomiczne"], opt=True,
          note="an event (could be read as its organiser's name)"),
    ],
    not_dates=["'w przyszłym roku' has no date to anchor it", "'3 filarach' is not a count of participants"],
    note="The stored copy opens mid-article: no heading, no dateline, no event date. The conference is unnamed "
         "(descriptive name); its year is not given (the 2016 dates are of the law), so event year null. "
         "'ustawy o OZE' is an act, not an organisation. Cut at 'istnie'.")

doc("601_european-cluster-conference-praga-zielona-chemia", None,
    E("Europejska Konferencja Klastrowa",
      ["8. edycja Europejskiej Konferencji Klastrowej", "8. Europejska Konferencja Klastrowa",
       "European Cluster Conference", "European Cluster Conference 2022", "Europejska Konferencja Klastrowa 2022",
       "Europejska Konferencja Klastrów", "2022 European Cluster Conference"], 8, 2022),
    dates=[
        D("2022-09-26", "2022-09-27", "w dniach 26 i 27 września 2022 r.", note="two consecutive days: a range"),
        D("2020", "2020", "w 2020 roku", note="the previous, fully virtual edition"),
        D("2022-09-26", "2022-09-26", "26 września 2022 r.", note="the matchmaking meeting (first day)"),
    ],
    venues=[
        V("Praga", "w Pradze (CZ)", ["Prague", "Praha"], note="twice 'w Pradze'"),
        V("Czechy", "(CZ)", ["CZ", "Republika Czeska"], opt=True, note="country code of the venue city"),
        V("online", "w pełni wirtualnej edycji w 2020 roku", ["wirtualnie"], opt=True,
          note="the 2020 edition was virtual (another event mentioned)"),
    ],
    clusters=[
        C("Zachodniopomorski Klaster Chemiczny Zielona Chemia",
          "Stowarzyszenie Zachodniopomorski Klaster Chemiczny Zielona Chemia",
          ["Zielona Chemia", "Stowarzyszenie Zachodniopomorski Klaster Chemiczny Zielona Chemia",
           "Zachodniopomorski Klaster Chemiczny", "Klaster Zielona Chemia"]),
    ],
    organizations=[
        O("Ministerstwo Przemysłu i Handlu", "Czeskie Ministerstwo Przemysłu i Handlu",
          ["Czeskie Ministerstwo Przemysłu i Handlu", "Ministerstwo Przemysłu i Handlu Republiki Czeskiej"],
          note="the Czech ministry, organiser"),
        O("Rada UE", "Prezydencją Rady UE", ["Rada Unii Europejskiej", "Rada Unii", "Prezydencja Rady UE"], opt=True,
          note="only inside 'czeską Prezydencją Rady UE'"),
        O("Komisja Europejska", "Komisja Europejska", ["KE"]),
        O("Europejska Platforma Współpracy Klastrów", "Europejskiej Platformy Współpracy Klastrów (ECCP)",
          ["ECCP", "European Cluster Collaboration Platform"]),
        O("Stowarzyszenie Zachodniopomorski Klaster Chemiczny Zielona Chemia",
          "Stowarzyszenie Zachodniopomorski Klaster Chemiczny Zielona Chemia", opt=True,
          note="the association that runs the cluster"),
    ],
    note="'zorganizowało ę 8. edycji' (sic) kept. The text mixes present and past tense; no dateline. Edition 8 from "
         "'8. edycji'. No attendance count.")

doc("602_forum-innowacji-adm-jasionka", None,
    E("Podkarpackie Forum Innowacji „Lotnictwo i Kosmonautyka”",
      ["Podkarpackie Forum Innowacji", "Podkarpackie Forum Innowacji Lotnictwo i Kosmonautyka",
       "Aerospace and Defense Meetings", "Aerospace and Defense Meetings A&DM", "A&DM", "targi A&DM",
       "Lotnictwo i Kosmonautyka"], None, None),
    dates=[
        D("2011-01", "2022-03", "od stycznia 2011 do marca 2022 roku", opt=True,
          note="the archive site's banner (period of the archived content), not about the event"),
    ],
    venues=[
        V("Jasionka", "W Jasionce"),
        V("Centrum Wystawienniczo-Kongresowe G2A Arena", "Centrum Wystawienniczo-Kongresowym G2A Arena",
          ["G2A Arena", "Centrum Wystawienniczo-Kongresowe"], opt=True, note="building-level venue"),
    ],
    people=[
        P("Władysław Ortyl", "marszałek", "marszałek województwa Władysław Ortyl", note="also 'marszałek Ortyl'"),
        P("Roya Ayazi", "sekretarz generalny", "Roya Ayazi – sekretarz generalny stowarzyszenia NEREUS"),
        P("Lluc Diaz", None, "Lluc Diaz – z Biura Programu Transferu Technologii Europejskiej Agencji Kosmicznej",
          note="only an affiliation ('z Biura …'); the text is cut in his second mention"),
        P("Adam Hamryszczak", None, "Adam Hamryszczak – reprezentujący Ministerstwo Inwestycji i Rozwoju",
          note="'reprezentujący' is not a role"),
        P("Stephanie Foyart", None, "Stephanie Foyart – z firmy ABE", note="affiliation only"),
    ],
    organizations=[
        O("NEREUS", "stowarzyszenia NEREUS", ["stowarzyszenie NEREUS"], note="three times"),
        O("Europejska Agencja Kosmiczna", "Europejskiej Agencji Kosmicznej", ["ESA"]),
        O("Biuro Programu Transferu Technologii Europejskiej Agencji Kosmicznej",
          "Biura Programu Transferu Technologii Europejskiej Agencji Kosmicznej",
          ["Biuro Programu Transferu Technologii"], opt=True, note="a unit of ESA"),
        O("Ministerstwo Inwestycji i Rozwoju", "Ministerstwo Inwestycji i Rozwoju", ["MIiR"]),
        O("ABE", "z firmy ABE", note="co-organiser of the A&DM fair"),
        O("Województwo Podkarpackie", "marszałek województwa", ["Podkarpacie", "województwo podkarpackie"], opt=True,
          note="the region (a member of NEREUS), only as 'województwa', 'Podkarpacia', 'Podkarpaciu', 'Podkarpacie'"),
    ],
    not_dates=["'po raz drugi' is Ayazi's second visit, not an edition"],
    note="Two events open together; the forum is the one reported (its press conference), A&DM as alias. No event "
         "date in the stored part. The site header ('Otwórz/zamknij mapę strony', the archive banner) is junk. "
         "Cut at 'z B'.")

doc("603_dni-przemyslu-kosmicznego-rzeszow", "2023-02-23",
    E("Dni Przemysłu Kosmicznego Rzeszów 2023",
      ["Dni Przemysłu Kosmicznego", "Dni Przemysłu Kosmicznego Rzeszów", "Dni Przemysłu kosmicznego",
       "Dni Przemysłu Kosmicznego w Polsce", "Dni Przemysłu Kosmicznego 2023"], None, 2023),
    dates=[
        D("2024-06-12", "2024-06-12", "12 czerwca, 2024", opt=True, note="sidebar: date of another news item"),
        D("2024-05-29", "2024-05-29", "29 maja, 2024", opt=True, note="sidebar: date of another news item"),
        D("2024-05-28", "2024-05-28", "28 maja, 2024", opt=True, note="sidebar: date of another news item"),
        D("2023-02-23", "2023-02-23", "23 lutego, 2023", note="publication date under the title (document_date)"),
        D("2023-02-22", "2023-02-23", "(22-23.02.2023)", note="the two-day event"),
        D("2023-02-22", "2023-02-22", "środa, 22.02.2023 r.", note="day 1"),
    ],
    venues=[
        V("Rzeszów", "w Rzeszowie", note="also in the event's name ('Rzeszów 2023') and 'w Rzeszowie' twice"),
    ],
    people=[
        P("Ewa Leniart", "wojewoda", "Ewa Leniart, Wojewoda Podkarpacki"),
        P("Władysław Ortyl", "marszałek", "Władysław Ortyl, Marszałek Województwa Podkarpackiego"),
        P("Grzegorz Wrochna", "prezes", "prof. Grzegorz Wrochna, Prezes Polskiej Agencji Kosmicznej",
          note="also 'prezes Grzegorz Wrochna'; 'prof.' is an academic title"),
    ],
    organizations=[
        O("Polska Agencja Kosmiczna", "Polskiej Agencji Kosmicznej", ["POLSA"], note="the publisher and a co-host"),
        O("ESA", "z ESA", ["Europejska Agencja Kosmiczna"], note="in a sidebar training title"),
        O("ESA BIC Poland", "inkubatora ESA BIC Poland", ["ESA BIC"], note="the incubator inaugurated on day 2"),
        O("Województwo Podkarpackie", "Marszałek Województwa Podkarpackiego", ["województwo podkarpackie"], opt=True,
          note="the region; also 'województwa podkarpackiego', 'województwo podkarpackie'"),
    ],
    not_dates=["'Warsztaty Artemis Accords 2024' is a year inside a name", "'dwudniowe' is a duration"],
    note="Not a cluster event (an industry days event of the space agency). The sidebar lists other news items "
         "(a conference, a training, workshops) with their dates; those events are not annotated. The heading is "
         "printed twice. 'dziesiątki prężnych podmiotów' is not a number.")

doc("604_slaskie-dni-lotnictwa-chorzow", "2021-09-21",
    E("Śląskie Dni Lotnictwa i Dronów",
      ["III Konferencja Śląskiego Klastra Lotniczego „Śląskie Dni Lotnictwa i Dronów”",
       "Konferencja Śląskiego Klastra Lotniczego „Śląskie Dni Lotnictwa i Dronów”",
       "III Konferencja Śląskiego Klastra Lotniczego", "Konferencja Śląskiego Klastra Lotniczego",
       "„Śląskie Dni Lotnictwa i Dronów”", "III Śląskie Dni Lotnictwa i Dronów", "III Konferencja"], 3, 2021),
    dates=[
        D("2021-09-21", "2021-09-21", "21 wrzesień 2021",
          note="dateline 'wtorek, 21 wrzesień 2021 14:56' (nominative month, sic): the document_date"),
        D("2021-10-08", "2021-10-08", "8 października", note="the conference; year from the dateline"),
    ],
    venues=[V("Chorzów", "w Chorzowie")],
    clusters=[
        C("Śląski Klaster Lotniczy", "Śląskiego Klastra Lotniczego",
          note="also 'Śląski Klaster Lotniczy' and in the people's titles"),
    ],
    people=[
        P("Krzysztof Krystowski", ["prezes", "wiceprezes"],
          "Krzysztof Krystowski, prezes Śląskiego Klastra Lotniczego",
          note="three titles: prezes, prezes, wiceprezes"),
    ],
    organizations=[
        O("Związek Klastrów Polskich", "Związku Klastrów Polskich", ["Związek Pracodawców Klastry Polskie"],
          note="so named in the title (the employers' union Klastry Polskie)"),
        O("European Clusters Alliance", "European Clusters Alliance", ["ECA"]),
        O("Agencja Informacyjna", "informuje Agencja Informacyjna", opt=True, note="a news agency quoted as the source"),
        O("Pixabay", "free-images.com/Pixabay", ["free-images.com"], opt=True, note="photo credit"),
        O("Europejskie Forum Przyszłości", "Europejskiego Forum Przyszłości", opt=True,
          note="the umbrella event (could be read as an organiser's name)"),
        O("Województwo Śląskie", "województwie śląskim", ["województwo śląskie"], opt=True, note="the region"),
    ],
    not_dates=["'14:56' is a time", "'dwóch poprzednich edycji' counts editions"],
    note="Edition 3 from 'III' (twice) and 'po raz trzeci'. 'Europejskie Forum Przyszłości' is the umbrella event "
         "(no own venue, not an organisation). The 'III' stands oddly after 'w Chorzowie' (sic). Cut at 'jak i'.")

doc("605_konferencja-klastrowa-parp-dolina-eko", "2011-11-16",
    E("Klaster motorem napędowym gospodarki i regionu",
      ["Konferencja klastrowa PARP", "konferencja Klaster motorem napędowym gospodarki i regionu",
       "konferencja klastrowa", "konferencja"], None, 2011),
    dates=[
        D("2011-11-16", "2011-11-16", "Data: 2011-11-16",
          note="dateline (document_date); '16 listopada b.r.' has the same value (counted once)"),
    ],
    clusters=[
        C("Dolina Ekologicznej Żywności", "klastra Dolina Ekologicznej Żywności",
          ["klaster Dolina Ekologicznej Żywności", "DEŻ", "Klaster Dolina Ekologicznej Żywności"],
          note="twice; 'DEŻ' in 'Biura DEŻ'"),
    ],
    people=[
        P("Barbara Szymoniuk", "prezes", "Dr inż. Barbara Szymoniuk, prezes Stowarzyszenia \"EkoLubelszczyzna\"",
          note="'Dr inż.' is an academic title"),
        P("Teresa Borzęcka", "kierownik", "Pani Teresa Borzęcka (kierownik Biura DEŻ)", note="title in brackets"),
        P("Tomasz Obszański", None, "Tomasz Obszański", note="'producenci: Panowie …': no title"),
        P("Sławomir Chmiel", None, "Sławomir Chmiel"),
    ],
    organizations=[
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polską Agencję Rozwoju Przedsiębiorczości", ["PARP"],
          note="the organiser; also 'PARP' in the heading"),
        O("Stowarzyszenie \"EkoLubelszczyzna\"", "Stowarzyszenia \"EkoLubelszczyzna\"",
          ["EkoLubelszczyzna", "Stowarzyszenie EkoLubelszczyzna", "Stowarzyszenie „EkoLubelszczyzna”"]),
        O("Biuro DEŻ", "Biura DEŻ", ["Biuro Doliny Ekologicznej Żywności"], opt=True, note="a unit of the cluster"),
        O("Województwo Lubelskie", "województwa lubelskiego", ["województwo lubelskie"], opt=True, note="the region"),
    ],
    not_dates=["'Autor: dolinaeko' is the author line"],
    note="No venue is named (the participants came from the Lublin region; Hiszpania, Francja, Włochy are the "
         "foreign participants' countries, not venues). 'Polskie klastry i polityka klastrowa' is a project. 'wielu "
         "klastrowiczów' is not a number. Opens and ends with HTML remains ('\" />', 'data-send=…').")

doc("606_cluster-world-congress-panel-lotniczy", "2015-03-25",
    E("Cluster World Congress",
      ["panel lotniczy", "panel lotnictwa", "Panel lotniczy Cluster World Congress", "Światowy Kongres Klastrów",
       "Cluster World Congress 2015"], None, 2015),
    dates=[D("2015-03-25", "2015-03-25", "25 marca 2015", note="dateline under the logo (document_date)")],
    clusters=[
        C("Klaster „Dolina Lotnicza”", "Klastra „Dolina Lotnicza”",
          ["Dolina Lotnicza", "„Dolina Lotnicza”", "Klaster Dolina Lotnicza"],
          note="its chairman is mentioned without a name"),
    ],
    people=[
        P("Zbigniew Bochniarz", None, "Zbigniew Bochniarz – niezależny badacz i ekonomista",
          note="a description, not a title; he chaired the panel (a function at the event)"),
        P("Rafał Ładziński", None, "Rafał Ładziński – jeden z czołowych mówców", note="no title"),
        P("Andrzej Siemieszko", "sekretarz generalny",
          "Andrzej Siemieszko – Sekretarz Generalny Polskiego Instytutu Technologii"),
        P("Barbara Sieńko", None, "Barbara Sieńko z Politechniki Rzeszowskiej", note="affiliation only"),
    ],
    organizations=[
        O("Polski Instytut Technologii", "Polskiego Instytutu Technologii"),
        O("Politechnika Rzeszowska", "Politechniki Rzeszowskiej"),
    ],
    not_dates=["'5-6%' is a percentage", "'na najbliższe 20 lat', 'dwie dekady' are durations"],
    note="Not a text about the whole congress: one panel of it. No venue (only 'w sali teatralnej'). 'trzech "
         "organizacji' (Ładziński's memberships) and 'trzydzieści tysięcy wejść' (web visits) are not attendance. "
         "Cut at 'dz'.")

doc("607_ict-days-interizon-gdansk", None,
    E("ICT DAYS",
      ["ICT DAYS 2013", "Konferencja ICT DAYS", "Czwarta Konferencja ICT DAYS", "konferencja ICT DAYS",
       "Spotkanie klastrów europejskich"], 4, 2013),
    dates=[
        D("2014", "2020", "perspektywie finansowania 2014-2020",
          note="the EU funding period (a period, as sixth 516 'na lata 2014-2020')"),
    ],
    attendance=[A(6, "countries", "exact", "klastrów z sześciu krajów Europy", note="number word")],
    clusters=[
        C("Interizon – Pomorski Klaster ICT", "Interizon – Pomorski Klaster ICT",
          ["Interizon", "Pomorski Klaster ICT", "Klaster Interizon", "Interizon - Pomorski Klaster ICT"],
          note="also 'Klastra Interizon'"),
    ],
    people=[
        P("Bogdan Dombrowski", "wiceminister", "Bogdan Dombrowski, Wiceminister Administracji i Cyfryzacji"),
        P("Maciej Filarecki", "przewodniczący", "Maciej Filarecki, Przewodniczący Rady Klastra",
          note="also 'zaznaczył Przewodniczący'"),
    ],
    organizations=[
        O("Ministerstwo Administracji i Cyfryzacji", "Wiceminister Administracji i Cyfryzacji", ["MAiC"], opt=True,
          note="only inside the title 'Wiceminister Administracji i Cyfryzacji'"),
        O("Rada Klastra", "Rady Klastra", ["Rada Klastra Interizon"], opt=True, note="a body of the cluster"),
    ],
    not_dates=["'ICT DAYS 2013' is a year inside the name (gives the event year)", "'trzydniowe' is a duration"],
    note="Edition 4 from 'Czwarta Konferencja'. No venue in the text (Gdańsk is not named). 'Programu Operacyjnego "
         "Polska Cyfrowa' is a programme. '(?)' and '?' are encoding losses of the stored copy (kept). "
         "Cut at 'biz'.")

doc("608_wizyta-iasi-hub-club-ruda-slaska", None,
    E("wizyta przedstawicieli Iasi w klastrze Hub Club",
      ["wizyta", "Do Rudy Śląskiej po dobre praktyki", "spotkanie", "wizyta studyjna"], None, None),
    venues=[
        V("Ruda Śląska", "Do Rudy Śląskiej", note="the visit was to the cluster in Ruda Śląska ('z Rudy Śląskiej', "
                                                 "'w Rudzie Śląskiej')"),
        V("Göteborg", "w Göteborgu", ["Goteborg", "Gothenburg"],
          note="the Polish & Swedish IT Networking Day / Software Development Day (other events mentioned)"),
        V("Szwecja", "w Szwecji", opt=True, note="country of the Göteborg events"),
        V("Tokio", "w Tokio", ["Tokyo"], note="Japan IT Week (another event mentioned)"),
    ],
    clusters=[
        C("Śląski Klaster ICT i Multimediów Hub Club", "Klaster ICT & Multimediów HUB CLUB",
          ["Klaster ICT & Multimediów HUB CLUB", "Hub Club", "HUB CLUB", "Śląski Klaster ICT i Multimediów",
           "Klaster ICT i Multimediów Hub Club"],
          note="also 'Śląski Klaster ICT i Multimediów Hub Club'"),
    ],
    people=[
        P("Joanna Sochacka", "prezes", "Joanna Sochacka, prezes Rudzkiego Inkubatora Przedsiębiorczości",
          note="twice"),
        P("Marius Sorin Danga", "dyrektor", "Marius Sorin Danga, dyrektor Deputy Executive ADI EURONEST IT&C Hub"),
        P("Dumitru-Tudor Jijie", "dyrektor", "Dumitru-Tudor Jijie, dyrektor Euroregionu Siret-Prut-Nistru"),
        P("Cristina Nastasa", "operational manager", "Cristina Nastasa, Operational Manager Eastern Marketing Insights",
          note="English title"),
    ],
    organizations=[
        O("Rudzki Inkubator Przedsiębiorczości", "Rudzkiego Inkubatora Przedsiębiorczości",
          note="the body that runs the cluster"),
        O("ADI EURONEST IT&C Hub", "ADI EURONEST IT&C Hub", ["EURONEST IT&C Hub", "ADI EURONEST"]),
        O("Euroregion Siret-Prut-Nistru", "Euroregionu Siret-Prut-Nistru"),
        O("Eastern Marketing Insights", "Eastern Marketing Insights"),
        O("Business Region Goteborg", "Business Region Goteborg", ["Business Region Göteborg"]),
        O("Iasi", "rumuńskiego miasta Iasi", ["miasto Iasi"], opt=True,
          note="the visiting city (a municipality); its place is an origin, not a venue"),
    ],
    not_dates=["'W październiku ubiegłego roku' has no year to anchor it", "'dzień przed' is relative"],
    note="No date and no year for the visit. 'Polish & Swedish IT Networking Day', 'Software Development Day' and "
         "'Japan IT Week' are other events (not the article's event). 'Header decorative image', 'Kir Żałobny' "
         "are site junk; the heading is printed twice. Cut at 'Rudzie Śląskiej '.")

doc("609_konferencja-klaster-drzewny-kolbudy", None,
    E("Klaster sposobem na rozwój branży drzewnej Województwa Pomorskiego",
      ["konferencja „Klaster sposobem na rozwój branży drzewnej Województwa Pomorskiego”", "konferencja",
       "A może klaster drzewny?", "„Klaster sposobem na rozwój branży drzewnej Województwa Pomorskiego”"], None, 2009),
    dates=[D("2009-01-06", "2009-01-06", "W dniu 6 stycznia 2009")],
    venues=[
        V("Kolbudy", "w Kolbudach"),
        V("Nadleśnictwo Kolbudy", "w siedzibie Nadleśnictwa Kolbudy", ["siedziba Nadleśnictwa Kolbudy"], opt=True,
          note="building-level venue"),
    ],
    attendance=[A(30, "participants", "more_than", "ponad trzydzieści osób", note="number word with 'ponad'")],
    people=[
        P("Jan Szramka", "przewodniczący", "Przewodniczący Zarządu Oddziału Pan Jan Szramka"),
        P("Tomasz Brodzicki", None, "dr Tomasz Brodzicki z Wydziału Ekonomicznego Uniwesytetu Gdańskiego",
          note="academic title and affiliation only; also 'Dr Brodzicki'"),
        P("Małgorzata Wnorowska", ["redaktor naczelna", "redaktor"],
          "Pani Małgorzata Wnorowska ? Redaktor Naczelna Gazety Przemysłu Drzewnego",
          note="'?' is an encoding loss of a dash"),
        P("Stanisław Szultka", None, "dr Stanisława Szultkę z Instytutu Badań nad Gospodarką Rynkową",
          note="accusative; academic title only"),
    ],
    organizations=[
        O("SITLiD", "Gdańskiego Oddziału SITLiD",
          ["Gdański Oddział SITLiD", "Stowarzyszenie Inżynierów i Techników Leśnictwa i Drzewnictwa"],
          note="the organiser (its Gdańsk branch)"),
        O("Nadleśnictwo Kolbudy", "Nadleśnictwa Kolbudy", note="the host (also the venue)"),
        O("Uniwersytet Gdański", "Uniwesytetu Gdańskiego", ["Uniwesytet Gdański"], note="misspelt in the text"),
        O("Wydział Ekonomiczny Uniwersytetu Gdańskiego", "Wydziału Ekonomicznego Uniwesytetu Gdańskiego",
          ["Wydział Ekonomiczny"], opt=True, note="a unit of the university"),
        O("Gazeta Przemysłu Drzewnego", "Gazety Przemysłu Drzewnego", opt=True,
          note="a trade paper (publisher), inside a title"),
        O("Instytut Badań nad Gospodarką Rynkową", "Instytutu Badań nad Gospodarką Rynkową", ["IBnGR"]),
        O("Województwo Pomorskie", "Województwa Pomorskiego", opt=True, note="the region, in the title and later"),
    ],
    not_dates=["'P1030171.JPG' and the cut 'P103' are photo file names"],
    note="'Regionalnego Programu Operacyjnego', 'Programu Operacyjnego Innowacyjna Gospodarka' are programmes. "
         "Zarząd (of the branch) is a body, not annotated. document_date null (no dateline).")

doc("610_zebranie-centrum-drewna-czarna-woda", None,
    E("Zebranie założycielskie",
      ["zebranie założycielskie Stowarzyszenia „Centrum Drewna w Czarnej Wodzie”", "zebranie założycielskie",
       "zebranie", "powołanie Stowarzyszenia „Centrum Drewna w Czarnej Wodzie”"], None, 2016),
    dates=[D("2016-09-19", "2016-09-19", "W poniedziałek 19.09.2016r.", note="'2016r.' without a space")],
    venues=[V("Czarna Woda", "w Czarnej Wodzie powołano", note="also in institution names ('… w Czarnej Wodzie')")],
    clusters=[
        C("Pomorski Klaster Drzewny „Czarna Woda”", "Pomorskiego Klastra Drzewnego „Czarna Woda”",
          ["Pomorski Klaster Drzewny", "Pomorski Klaster Drzewny Czarna Woda", "Klaster Drzewny „Czarna Woda”"],
          note="the new association continues its work; also 'Klastra'"),
        C("Gdański Klaster Budowlany", "Gdańskiego Klastra Budowlanego", note="inside a glued title"),
    ],
    people=[
        P("Arkadiusz Gliniecki", "burmistrz", "Arkadiusz Gliniecki, burmistrz Czarnej Wody"),
        P("Steffen Zimny", "prezes", "Steffen Zimny, prezes Steico Sp. z o.o."),
        P("Piotr Borysiuk", None, "Piotr Borysiuk z SGGW w Warszawie", note="one of the 'profesorowie' (academic)"),
        P("Andrzej Krauss", None, "Andrzej Krauss z Uniwersytet Przyrodniczego w Poznaniu"),
        P("Andrzej Fojutowski", None, "prof. Andrzej Fojutowski z Instytutu Technologii Drewna w Poznaniu"),
        P("Leszek Danecki", "prezes",
          "Leszek Danecki, prezes Ośrodka Badawczo-Rozwojowego Płyt Drewnopochodnych w Czarnej Wodzie"),
        P("Tomasz Balcerowski", "prezes", "Tomasz Balcerowskiprezes Gdańskiego Klastra Budowlanego",
          note="name glued to the title ('Balcerowskiprezes')"),
        P("Iwona Grajewska", None, "jako prezes weszła p. Iwona Grajewska",
          note="newly elected board (as final 300: no role), here elected as president: a predicted 'prezes' is "
               "not scored"),
        P("Barbara Kosikowska", None, "p. Barbara Kosikowska", note="newly elected board member"),
        P("Mateusz Maksymiuk", None, "p. Mateusz Maksymiuk", note="newly elected board member"),
    ],
    organizations=[
        O("Stowarzyszenie „Centrum Drewna w Czarnej Wodzie”", "Stowarzyszenie „Centrum Drewna w Czarnej Wodzie”",
          ["Centrum Drewna w Czarnej Wodzie", "Stowarzyszenie Centrum Drewna w Czarnej Wodzie", "Centrum Drewna"],
          note="the association founded at the meeting; also 'Stowarzyszenia', 'Stowarzyszenie'"),
        O("Pomorska Specjalna Strefa Ekonomiczna", "Pomorskiej Specjalnej Strefy Ekonomicznej", ["PSSE"]),
        O("Steico Sp. z o.o.", "Steico Sp. z o.o.", ["Steico"]),
        O("SGGW", "z SGGW w Warszawie", ["Szkoła Główna Gospodarstwa Wiejskiego", "SGGW w Warszawie"]),
        O("Uniwersytet Przyrodniczy w Poznaniu", "Uniwersytet Przyrodniczego w Poznaniu",
          ["Uniwersytet Przyrodniczy"], note="'Uniwersytet Przyrodniczego' (sic)"),
        O("Instytut Technologii Drewna w Poznaniu", "Instytutu Technologii Drewna w Poznaniu",
          ["Instytut Technologii Drewna"]),
        O("Ośrodek Badawczo-Rozwojowy Płyt Drewnopochodnych w Czarnej Wodzie",
          "Ośrodka Badawczo-Rozwojowego Płyt Drewnopochodnych w Czarnej Wodzie",
          ["Ośrodek Badawczo-Rozwojowy Płyt Drewnopochodnych"]),
        O("Gmina Czarna Woda", "burmistrz Czarnej Wody", ["Czarna Woda", "Miasto i Gmina Czarna Woda"], opt=True,
          note="the municipality, in the mayor's title and 'radni z Czarnej Wody'"),
    ],
    not_dates=["'img_4074' is a photo file name"],
    note="Warszawa and Poznań appear only in the guests' institutions: not venues. 'radni z Czarnej Wody' and the "
         "unnamed lawyer are not named. No dateline: document_date null.")

doc("611_klaster-metal-cast-starachowice", "2012-04-17",
    E("powołanie klastra METAL-CAST",
      ["Odlewnie jednoczą siły", "założenie klastra METAL-CAST", "powstanie klastra METAL-CAST",
       "klaster METAL-CAST powstaje w Starachowicach"], None, 2012),
    dates=[
        D("2012-04-17", "2012-04-17", "2012.04.17", note="the site's posting date (document_date)"),
        D("2012-04-16", "2012-04-16", "Gazeta Starachowicka 16.04.2012", note="issue date of the reprinted article"),
    ],
    venues=[V("Starachowice", "powstaje w Starachowicach", note="also 'Odlewni Polskich w Starachowicach'")],
    clusters=[
        C("Świętokrzyski Klaster Producentów Branży Metalowej i Odlewniczej „METAL-CAST”",
          "Świętokrzyski Klaster Producentów Branży Metalowej i Odlewniczej „METAL-CAST”",
          ["METAL-CAST", "„METAL-CAST”", "Świętokrzyski Klaster Producentów Branży Metalowej i Odlewniczej",
           "Świętokrzyski Klaster Producentów Branży Metalowej i Odlewniczej METAL-CAST", "Klaster METAL-CAST"]),
    ],
    people=[
        P("Leszek Walczyk", "wiceprezes", "Leszek Walczyk, wiceprezes Odlewni Polskich w Starachowicach",
          note="also 'L. Walczyk', 'wiceprezes Odlewni'"),
    ],
    organizations=[
        O("Odlewnia Chemar", "Odlewnia Chemar", ["Chemar"]),
        O("Odlewnia Żeliwa FANSULD", "Odlewnia Żeliwa FANSULD", ["FANSULD"]),
        O("Zakłady Górniczo-Metalowe „Zębiec”", "Zakłady Górniczo-Metalowe „Zębiec”",
          ["Zakłady Górniczo-Metalowe Zębiec", "Zębiec"]),
        O("Odlewnie Polskie S.A.", "Odlewnie Polskie S.A.", ["Odlewnie Polskie"], note="also 'Odlewni Polskich'"),
        O("Specjalna Strefa Ekonomiczna „Starachowice”", "Specjalna Strefa Ekonomiczna „Starachowice”",
          ["Specjalna Strefa Ekonomiczna Starachowice", "SSE Starachowice", "SSE „Starachowice”"]),
        O("Politechnika Świętokrzyska", "Politechnika Świętokrzyska"),
        O("Gazeta Starachowicka", "Gazeta Starachowicka", opt=True, note="the newspaper reprinted (publisher)"),
    ],
    not_dates=["'Nr 16 (1035)' is an issue number", "'ok. 10 proc.' is a share"],
    note="A reprinted newspaper article about a cluster being founded (no meeting date; 'powstaje'). The "
         "association itself is the cluster. 'kielecka', 'konecka' are adjectives of the firms' towns: not venues. "
         "Cut at 'zaledwie i'.")

doc("612_konferencja-porozumienia-zielonogorskiego-krakow", None,
    E("Konferencja Programowa Porozumienia Zielonogórskiego Kraków 2014",
      ["Konferencja Programowa Porozumienia Zielonogórskiego", "konferencja programowa Porozumienia Zielonogórskiego",
       "konferencja programowa", "konferencja"], None, 2014),
    dates=[
        D("2014-02-23", "2014-02-24", "W dniach 23-24 lutego 2014 roku"),
        D("2013-09-13", "2013-09-13", "z dnia 13.09.2013", note="date of the funding contract in the footer"),
    ],
    venues=[
        V("Kraków", "Porozumienia Zielonogórskiego Kraków 2014",
          note="named only in the heading's event name; kept required (the city of the conference)"),
    ],
    clusters=[C("Klaster Innowacyjna Medycyna", "Klaster Innowacyjna Medycyna", ["Innowacyjna Medycyna"],
                note="site header and footer ('Rozwoj Klastra Innowacyjna Medycyna')")],
    people=[
        P("Sławomir Neumann", "wiceminister", "Wiceminister zdrowia Sławomir Neumann",
          note="also 'Pan Minister', 'Min  Neumanna'"),
    ],
    organizations=[
        O("Porozumienie Zielonogórskie", "Porozumienia Zielonogórskiego", ["Federacja Porozumienie Zielonogórskie"],
          note="the organiser (a doctors' federation)"),
        O("Ministerstwo Zdrowia", "Ministerstwa Zdrowia", ["MZ"]),
        O("Samorząd Województwa Dolnośląskiego", "Samorządu Województwa Dolnośląskiego",
          ["Województwo Dolnośląskie"], opt=True, note="the regional government (funder), in the footer"),
    ],
    not_dates=["'DG-G/2918/13' is a contract number", "'DSC08878DSC08866DSC08870' are photo file names"],
    note="'Zielonogórskiego' is part of the federation's name: Zielona Góra is not a venue. 'Rozwoj Klastra "
         "Innowacyjna Medycyna' is a public task (project). Same site as fresh 405, another page. No dateline.")

doc("613_klaster-przemyslow-kreatywnych-gliwice", None,
    E("konferencja otwierająca projekt klastra przemysłów kreatywnych i kulturalnych",
      ["konferencja", "konferencja otwierająca projekt", "otwierająca ten projekt konferencja"], None, None),
    venues=[
        V("Gliwice", "w Gliwicach", note="also 'z Gliwic'"),
        V("Helsinki", "Fabryka Kabli w Helsinkach",
          note="planned study visits of the cluster members (places of later activities, as final 311)"),
        V("Fabryka Kabli", "Fabryka Kabli", ["Kaapelitehdas"], opt=True, note="building-level venue of a study visit"),
        V("Łódź", "Łódź Art Center", opt=True, note="the city appears only inside the centre's name"),
        V("Łódź Art Center", "Łódź Art Center", opt=True, note="building-level venue of a study visit"),
    ],
    attendance=[
        A(20, "organizations", "approx", "ok. dwudziestu lokalnych firm", opt=True,
          note="firms that have declared accession to the cluster (membership), number word with 'ok.'"),
    ],
    organizations=[
        O("Stowarzyszenie Animatorów Wszechstronnego Rozwoju Młodzieży",
          "Stowarzyszenia Animatorów Wszechstronnego Rozwoju Młodzieży", note="the cluster's coordinator"),
        O("Unia Europejska", "unijnej klasyfikacji UE", ["UE"], opt=True, note="as a modifier"),
        O("Fabryka Kabli", "Fabryka Kabli", opt=True, note="a cultural centre in Helsinki (venue of a visit)"),
        O("Łódź Art Center", "Łódź Art Center", opt=True, note="a cultural centre (venue of a visit)"),
    ],
    not_dates=["'W czwartek' has no date to anchor it", "'półtoraroczny' is a duration"],
    note="The stored copy has no heading: the cluster is not named in the text (only 'klastra'). 'Fabryka "
         "Kreatywności' is a planned centre and 'Made in Śląsk' a brand: not annotated. No date anywhere. "
         "Cut at 'madeins'.")

doc("614_konferencja-ekon-inret-krakow", None,
    E("EKON – Kultura. Społeczności. Innowacje",
      ["konferencja „EKON – Kultura. Społeczności. Innowacje”", "EKON", "konferencja EKON",
       "EKON - Kultura. Społeczności. Innowacje",
       "Creative economy w praktyce. Profesjonalizacja sektora kultury i przemysłów kreatywnych",
       "CREATIVE ECONOMY W PRAKTYCE. PROFESJONALIZACJA SEKTORA KULTURY I PRZEMYSŁÓW KREATYWNYCH"], None, 2009),
    dates=[D("2009-11-19", "2009-11-19", "w czwartek 19 listopada 2009 r.")],
    venues=[
        V("Kraków", "w Krakowie"),
        V("Muzeum Sztuki i Techniki Japońskiej Manggha", "w Muzeum Sztuki i Techniki Japońskiej Manggha",
          ["Manggha", "Muzeum Manggha"], opt=True, note="building-level venue"),
    ],
    clusters=[
        C("Klaster Przemysłów Kultury i Czasu Wolnego INRET", "Fundację Klaster Przemysłów Kultury i Czasu Wolnego INRET",
          ["INRET", "Fundacja Klaster Przemysłów Kultury i Czasu Wolnego INRET",
           "Klaster Przemysłów Kultury i Czasu Wolnego", "Klaster INRET"], note="the organiser"),
    ],
    organizations=[
        O("Fundacja ARTeria", "Fundacji ARTeria", ["ARTeria"], note="the publisher; also 'Fundację ARTeria'"),
        O("Fundacja Klaster Przemysłów Kultury i Czasu Wolnego INRET",
          "Fundację Klaster Przemysłów Kultury i Czasu Wolnego INRET", opt=True,
          note="the foundation that is the cluster"),
        O("Muzeum Sztuki i Techniki Japońskiej Manggha", "Muzeum Sztuki i Techniki Japońskiej Manggha",
          ["Manggha", "Muzeum Manggha"], note="the host institution"),
        O("Unia Europejska", "w Unii Europejskiej", ["UE"], opt=True, note="as a place/modifier"),
        O("Województwo Śląskie", "województwa śląskiego", ["województwo śląskie", "Śląsk"], opt=True,
          note="the region (twice, and 'na Śląsku')"),
    ],
    not_dates=[],
    note="The first half is about the publisher's own project ('INKUBATOR SZTUKI', a project; the project "
         "'Integracja organizacji kulturalnych …' too: not annotated). Śląsk and 'województwa śląskiego' are regions "
         "of the publisher's work, not venues. Cut at 'Polsc'.")

doc("615_spotkanie-bssc-gdynia", None,
    E("spotkanie Bałtyckiego Klastra Morskiego i Kosmicznego",
      ["spotkanie", "spotkanie zorganizowane przez zarząd Bałtyckiego Klastra Morskiego i Kosmicznego",
       "spotkanie BSSC", "Bałtyckie szanse Polski, lądowe, wiatrowe i kosmiczne"], None, 2021),
    dates=[D("2021-01-18", "2021-01-18", "18 stycznia 2021 roku")],
    venues=[V("Gdynia", "w Gdyni, 18 stycznia", note="'Mówiono o tym w Gdyni'")],
    clusters=[
        C("Bałtycki Klaster Morski i Kosmiczny", "Bałtyckiego Klastra Morskiego i Kosmicznego",
          ["BSSC", "Baltic Sea & Space Cluster", "Bałtycki Klaster Morski i Kosmiczny (BSSC – Baltic Sea & Space Cluster)"],
          note="also 'Bałtycki Klaster Morski i Kosmiczny (BSSC – Baltic Sea & Space Cluster)' and 'BSSC' in titles"),
    ],
    people=[
        P("Alfred Naskręt", ["prezes", "dyrektor"],
          "prezes zarządu BSSC – kpt. ż. w. Alfred Naskręt, Dyrektor, Szkoły Morskiej w Gdyni",
          note="'kpt. ż. w.' (master mariner) is a professional rank, not a role"),
        P("Marek Grzybowski", ["wiceprezes", "szef"],
          "prof. Marek Grzybowski – szef zespołu BSSC ds. inteligentnych specjalizacji",
          note="under 'wiceprezesi:'"),
        P("Krzysztof Anzelewicz", ["szef", "wiceprezes"], "Krzysztof Anzelewicz – szef programu Galatea",
          note="under 'wiceprezesi:'"),
        P("Kazimierz Netka", None, "Fot. Kazimierz Netka.", opt=True, note="photo credit (three times), the author"),
    ],
    organizations=[
        O("Szkoła Morska w Gdyni", "Szkoły Morskiej w Gdyni"),
        O("Port Gdynia", "Portu Gdynia", ["Port Gdynia", "Zarząd Morskiego Portu Gdynia"], opt=True,
          note="the port whose centenary is prepared (infrastructure / its authority)"),
    ],
    not_dates=["'100-lecia' is an anniversary"],
    note="'Galatea – Blu…' (cut) is a programme. Bałtyk (wind farms) is not a venue. No dateline.")

doc("616_seminarium-klastry-turystyczne-przemysl", None,
    E("Seminarium warsztatowe Ministerstwa Sportu i Turystyki i Polskiej Organizacji Turystycznej",
      ["seminarium warsztatowe", "Przemyskie seminarium", "seminarium", "seminarium warsztatowe poświęcone klastrom",
       "Światowy Dzień Turystyki", "obchody Światowego Dnia Turystyki"], None, None),
    dates=[
        D("XXXX-09-29", "XXXX-10-02", "Od 29 września do 2 października",
          note="no year anywhere in the text: XXXX; a range across months"),
    ],
    venues=[V("Przemyśl", "Przemyśl podejmuje", note="nominative; also 'Przemyskie seminarium' (adjective)")],
    people=[
        P("Dawid Lasek", "wiceminister", "wiceminister Sportu i Turystyki Dawid Lasek", note="also 'Minister Lasek'"),
        P("Wojciech Fedyk", "prezes", "prezes Polskiej Organizacji Turystycznej Wojciech Fedyk",
          note="also 'Prezes POT Wojciech Fedyk'"),
    ],
    organizations=[
        O("Ministerstwo Sportu i Turystyki", "Ministerstwo Sportu i Turystyki", ["MSiT"]),
        O("Polska Organizacja Turystyczna", "Polską Organizacja Turystyczną", ["POT"],
          note="'Polską Organizacja Turystyczną' (sic); also 'Polskiej Organizacji Turystycznej', 'POT'"),
    ],
    not_dates=["'letniego sezonu' is a season", "'w najbliższych latach' is vague"],
    note="The seminar on tourism clusters is part of the World Tourism Day celebrations in Przemyśl; no cluster is "
         "named. 'punkty „it”' are tourist information points. Cut at 'turyst'.")

doc("617_gala-kkk-klaster-ltpp-warszawa", None,
    E("Gala wręczenia certyfikatów nadania/odnowienia statusu Krajowego Klastra Kluczowego",
      ["Gala wręczenia certyfikatów", "uroczysta Gala wręczenia certyfikatów nadania/odnowienia statusu Krajowego "
       "Klastra Kluczowego", "Gala wręczenia certyfikatów Krajowego Klastra Kluczowego",
       "Odnowienie statusu Krajowego Klastra Kluczowego", "Gala", "gala KKK"], None, 2023),
    dates=[
        D("2023-01-23", "2023-01-23", "23 stycznia 2023", note="the gala"),
        D("2024-12-31", "2024-12-31", "do 31 grudnia 2024 r.", note="end of validity of the 5th round's status"),
        D("2025-12-17", "2025-12-17", "do 17 grudnia 2025 r.", note="end of validity of the 6th round's status"),
    ],
    venues=[
        V("Warszawa", "w Warszawie"),
        V("Ministerstwo Rozwoju i Technologii", "w siedzibie Ministerstwa Rozwoju i Technologii",
          ["siedziba Ministerstwa Rozwoju i Technologii"], opt=True, note="building-level venue"),
        V("Sala pod Kopułą", "w Sali pod Kopułą", opt=True, note="a hall of the ministry"),
    ],
    clusters=[
        C("Klaster LTPP", "Klaster LTPP", ["LTPP"], note="the publisher's cluster; also 'Klastra LTPP'"),
        C("Krajowy Klaster Kluczowy", "Krajowego Klastra Kluczowego", ["KKK", "Krajowe Klastry Kluczowe"], opt=True,
          note="a status, not a cluster's name"),
        C("Klaster Dolina Lotnicza", "Klaster Dolina Lotnicza", ["Dolina Lotnicza", "„Dolina Lotnicza”"]),
        C("Klaster Obróbki Metali", "Klaster Obróbki Metali"),
        C("Mazowiecki Klaster ICT", "Mazowiecki Klaster ICT"),
        C("Polski Klaster Budowlany", "Polski Klaster Budowlany"),
        C("NUTRIBIOMED Klaster", "NUTRIBIOMED Klaster", ["NUTRIBIOMED", "Klaster NUTRIBIOMED"]),
        C("MedSilesia – Śląska Sieć Wyrobów Medycznych", "MedSilesia – Śląska Sieć Wyrobów Medycznych",
          ["MedSilesia", "Śląska Sieć Wyrobów Medycznych", "MedSilesia - Śląska Sieć Wyrobów Medycznych"]),
        C("Polski Klaster Technologii Kompozytowych", "Polski Klaster Technologii Kompozytowych"),
        C("Klaster Fotoniki i Światłowodów", "Klaster Fotoniki i Światłowodów"),
        C("Silesia Automotive & Advanced Manufacturing", "Silesia Automotive & Advanced Manufactur",
          ["Silesia Automotive & Advanced Manufactur", "Silesia Automotive"], opt=True, note="cut by the tool"),
    ],
    people=[
        P("Waldemar Buda", "minister", "Ministra RiT p. Waldemara Budy", note="genitive, 'RiT' abbreviates the ministry"),
        P("Marek Świeczkowski", "przewodniczący", "p. Marek Świeczkowski – Przewodniczący Klastra"),
        P("Sławomir Niecko", "wiceprzewodniczący", "p. Sławomir Niecko – Wiceprzewodniczący Klastra"),
    ],
    organizations=[
        O("Ministerstwo Rozwoju i Technologii", "Ministerstwa Rozwoju i Technologii", ["MRiT", "Ministerstwo RiT"],
          note="the host; also 'Ministra RiT'"),
        O("Stowarzyszenie Grupy Przedsiębiorców Przemysłu Lotniczego „Dolina Lotnicza”",
          "Stowarzyszenie Grupy Przedsiębiorców Przemysłu Lotniczego „Dolina Lotnicza”",
          ["Stowarzyszenie Grupy Przedsiębiorców Przemysłu Lotniczego Dolina Lotnicza"], opt=True,
          note="the association that runs the cluster (as sixth SOURCES.md)"),
        O("Centrum Promocji Innowacji i Rozwoju", "Centrum Promocji Innowacji i Rozwoju", ["CPIR"]),
        O("Stowarzyszenie Rozwoju Społeczno-Gospodarczego „Wiedza”",
          "Stowarzyszenie Rozwoju Społeczno-Gospodarczego „Wiedza”",
          ["Stowarzyszenie Rozwoju Społeczno-Gospodarczego Wiedza", "„Wiedza”"]),
        O("Polskie Stowarzyszenie Doradcze i Konsultingowe", "Polskie Stowarzyszenie Doradcze i Konsultingowe"),
        O("Wrocławski Park Technologiczny S. A.", "Wrocławski Park Technologiczny S. A.",
          ["Wrocławski Park Technologiczny", "Wrocławski Park Technologiczny S.A."]),
        O("Górnośląski Akcelerator Przedsiębiorczości Rynkowej Sp. z o.o.",
          "Górnośląski Akcelerator Przedsiębiorczości Rynkowej Sp. z o.o.",
          ["Górnośląski Akcelerator Przedsiębiorczości Rynkowej", "GAPR"]),
        O("GOFAR sp. z o.o.", "GOFAR sp. z o.o.", ["GOFAR"]),
        O("Polskie Centrum Fotoniki i Światłowodów", "Polskie Centrum Fotoniki i Światłowodów"),
    ],
    not_dates=["'po raz trzeci' counts renewals", "'na kolejne trzy lata' is a duration",
               "'V runda', 'VI runda' are rounds of the competition, not an edition of the gala"],
    note="'20 klastrów w Polsce' is a count of clusters holding a status, not attendance. Same site as final 301, "
         "another page (a monthly archive). Cut at 'Manufactur'.")

skipped("618_en-clusterfy-cluster-garden-warsaw", "en",
        "English page of Interreg Europe (ClusterFY) about the 'Cluster Garden' conference held by PARP in Warsaw; "
        "full of Polish names (Patrycja Klarecka, Justyna Choińska-Jackiewicz).")

skipped("619_de-internationale-clusterkonferenz-berlin", "de",
        "German page of the Clusterplattform Deutschland about the 3rd International Cluster Conference of the "
        "BMBF in Berlin (30 June - 1 July 2015).")
