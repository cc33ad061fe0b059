"""Hand-written gold for corpus/ninth (ids 800-819), following corpus/GUIDE.md and the conventions of
corpus/final, corpus/fresh, corpus/sixth and corpus/seventh SOURCES.md.

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

# ---------------------------------------------------------------------------------------------
doc(ID[800], None,
    E("Działania na rzecz tworzenia kieleckiego klastra branżowego (spotkanie drugie)",
      ["drugie spotkanie na temat możliwości utworzenia kieleckiego klastra branżowego", "spotkanie drugie",
       "drugie spotkanie", "spotkanie", "Działania na rzecz tworzenia kieleckiego klastra branżowego",
       "spotkanie na temat możliwości utworzenia kieleckiego klastra branżowego"], 2, 2006),
    dates=[
        D("2006-05-15", "2006-05-15", "Dnia 15.05.2006 r."),
        D("2007", "2013", "w latach 2007-2013",
          note="the next programming period; 'w perspektywie budżetowej 2007 – 2013' has the same value (counted once)"),
    ],
    venues=[
        V("Kielce", "w Urzędzie Miasta Kielce",
          note="the meeting was held in the city office: the city is the venue (its name is only inside the office's)"),
        V("Urząd Miasta Kielce", "w Urzędzie Miasta Kielce", ["Urząd Miasta"], opt=True, note="building-level venue"),
    ],
    organizations=[
        O("Urząd Miasta Kielce", "Urzędzie Miasta Kielce", ["Urząd Miasta", "Miasto Kielce"], note="host (and venue)"),
        O("Targi Kielce", "dla gości Targów", ["Targi"], opt=True,
          note="'Targów' (capitalised) stands for the fair company; its name is not given in full"),
    ],
    not_dates=["'działania 2.6 ZPORR' is a measure number of a programme (ZPORR, not annotated)"],
    note="Second of a series of meetings on founding a Kielce trade-fair services cluster: edition 2 from "
         "'drugie spotkanie' / '(spotkanie drugie)' (as sixth 507 'I Spotkanie'). The cluster is not named yet. "
         "No dateline in the stored part (cut at 'w najbliższy'). No people and no counts.")

doc(ID[801], None,
    E("Klastry na Śląsku – możliwości rozwoju i najlepsze praktyki",
      ["Konferencja “Klastry na Śląsku – możliwości rozwoju i najlepsze praktyki”", "Klastry na Śląsku",
       "Klastry na Śląsku - możliwości rozwoju i najlepsze praktyki", "konferencja",
       "konferencja Klastry na Śląsku"], None, None),
    dates=[
        D("XXXX-05-26", "XXXX-05-26", "W czwartek, 26 maja br.",
          note="'br.' with no year anywhere in the text (no dateline): XXXX; '26 maja br.' again later (same value)"),
    ],
    venues=[
        V("Katowice", "w Katowicach", note="twice"),
        V("Euro-Centrum S.A.", "w Euro-Centrum S.A., przy ul. Ligockiej 103 w Katowicach", ["Euro-Centrum"], opt=True,
          note="building-level venue (a company's premises with a street address)"),
    ],
    organizations=[
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polską Agencję Rozwoju Przedsiębiorczości", ["PARP"],
          note="the organiser"),
        O("Urząd Marszałkowski Województwa Śląskiego", "Urzędu Marszałkowskiego Województwa Śląskiego",
          ["UMWS", "Urząd Marszałkowski"], note="co-organiser (through its department)"),
        O("Wydział Rozwoju Regionalnego Urzędu Marszałkowskiego Województwa Śląskiego",
          "Wydziałem Rozwoju Regionalnego Urzędu Marszałkowskiego Województwa Śląskiego",
          ["Wydział Rozwoju Regionalnego"], opt=True, note="a unit of the marshal's office"),
        O("Euro-Centrum S.A.", "Euro-Centrum S.A.", ["Euro-Centrum"], note="the host company (also the venue)"),
        O("Europejski Fundusz Społeczny", "Europejskiego Funduszu Społecznego", ["EFS"], opt=True,
          note="an EU fund (as heldout 106 EFRR: optional)"),
        O("Ecorys", "www.ecorys.pl/klastry", opt=True, note="only in a web address and an e-mail address"),
    ],
    not_dates=["'w godz. 10:00 – 15:40' are times", "'Poddziałanie 2.1.3' is a measure number",
               "'(22) 339 4554' is a phone number", "'ul. Ligockiej 103' is a street address"],
    note="Announcement. 'pierwsza konferencja w ramach ogólnopolskiego przedsięwzięcia „Polskie klastry i polityka "
         "klastrowa”' is the first conference of a programme's series, not the first edition of this conference: "
         "edition null (as sixth 501). The programme, the project ('Rozwój zasobów ludzkich …') and the Operational "
         "Programme are not annotated. No cluster is named; the fair held alongside is unnamed. No year in the text: "
         "event year null.")

doc(ID[802], None,
    E("Klastry – recepta na sukces Pomorza!?",
      ["konferencja „Klastry – recepta na sukces Pomorza!?”", "Klastry - recepta na sukces Pomorza!?",
       "„Klastry – recepta na sukces Pomorza!?”", "konferencja", "konferencja podsumowująca realizację projektu",
       "Gdańska Delta Bursztynu – mission possible"], None, None),
    dates=[
        D("XXXX-06-25", "XXXX-06-25", "25 czerwca", note="the conference; no year anywhere in the text"),
        D("2007", "2013", "w latach 2007-2013",
          note="the funding period; 'PO IG 2007- 2013' has the same value (counted once)"),
    ],
    venues=[
        V("Gdańsk", "w Ratuszu Staromiejskim w Gdańsku"),
        V("Ratusz Staromiejski", "w Ratuszu Staromiejskim", ["Ratusz Staromiejski w Gdańsku"], opt=True,
          note="building-level venue"),
    ],
    clusters=[
        C("„Gdańska Delta Bursztynu”", "„Gdańska Delta Bursztynu”",
          ["Gdańska Delta Bursztynu", "Klaster „Gdańska Delta Bursztynu”", "Klaster Gdańska Delta Bursztynu"],
          note="twice; 'klastra bursztynniczego' refers to it"),
        C("„Żywność Pomorza”", "„Żywność Pomorza”", ["Żywność Pomorza", "Klaster „Żywność Pomorza”"]),
        C("„Biotechnologia, Farmacja i Kosmetyki”", "„Biotechnologia, Farmacja i Kosmetyki”",
          ["Biotechnologia, Farmacja i Kosmetyki", "Klaster „Biotechnologia, Farmacja i Kosmetyki”"]),
        C("\"Dolina Lotnicza\"", "\"Dolina Lotnicza\"", ["Dolina Lotnicza", "Klaster „Dolina Lotnicza”",
                                                        "„Dolina Lotnicza”"],
          note="ASCII quotes; 'oddolnej inicjatywy klastrowej'"),
    ],
    people=[
        P("Tomasz Sypuła", None, "Tomasza Sypuły z Polskiej Agencji Rozwoju Przedsiębiorczości",
          note="genitive; affiliation only ('Prelegent' is his function at the event); also 'Tomasz Sypuła'"),
    ],
    organizations=[
        O("IBnGR", "IBnGR", ["Instytut Badań nad Gospodarką Rynkową"], note="acronym only"),
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polskiej Agencji Rozwoju Przedsiębiorczości", ["PARP"],
          note="also 'PARP'"),
    ],
    not_dates=["'104,3 miliona euro', '20 milionów złoty' are amounts", "'działania 5.1.' is a measure number"],
    note="Opens with a language menu glued into one word ('plzh-CNenetdelvltnorues', junk). The conference closed a "
         "project of the regional government and IBnGR; the project and 'PO IG' (a programme) are not annotated. "
         "No year for the conference: `XXXX-06-25`, event year null. Cut at 'złoty'.")

doc(ID[803], None,
    E("EU- Canada Cluster Matchmaking Event",
      ["EU- Canada Cluster Matchmaking", "EU-Canada Cluster Matchmaking Event", "EU-Canada Cluster Matchmaking",
       "EU- Canada Cluster Matchmaking w Toronto", "EU - Canada Cluster Matchmaking Event",
       "spotkanie klastrów europejskich i kanadyjskich"], None, 2019),
    dates=[
        D("2019-06-05", "2019-06-07", "W dniach 5-7 czerwca 2019"),
        D("2019-04", "2019-04", "w kwietniu br",
          note="the Hanover fair; 'br' (no full stop) = the year of the article, which gives only 2019"),
    ],
    venues=[
        V("Toronto", "w Toronto w Kanadzie", note="twice ('Do Toronto')"),
        V("Kanada", "w Kanadzie", opt=True, note="country of the venue city"),
        V("Hanower", "w Hanowerze", ["Hannover"],
          note="venue of the earlier event (the fair where the cooperation began)"),
    ],
    clusters=[C("Klaster LTPP", "Klaster LTPP", ["LTPP"], note="the publisher's cluster")],
    people=[
        P("Marcin Wozbonowicz", "kierownik",
          "p. Marcin Wozbonowicz – kierownik naszego Biura Międzynarodowych Programów Gospodarczych"),
        P("Elżbieta Bieńkowska", "komisarz",
          "p.Elżbieta Bieńkowska, Komisarz UE ds. Rynku Wewnętrznego, Przemysłu, Przedsiębiorczości i MŚP",
          note="'p.' glued to the name"),
        P("Navdeep Bains", "minister", "p.Navdeep Bains, Kanadyjski Minister Innowacji, Nauki i Rozwoju Gospodarczego",
          note="role 'minister' ('Kanadyjski' is an adjective before the title)"),
        P("Sławomir Tokarski", None,
          "p.Sławomirem Tokarskim z Dyrekcji Generalnej ds. Rynku Wewnętrznego, Przemysłu, Przedsiębiorczości i MŚP",
          note="instrumental; affiliation only"),
        P("Melissa Sutherland", None, "p.Melissą Sutherland z Departamentu Przemysłu Kanady",
          note="instrumental; affiliation only"),
    ],
    organizations=[
        O("European Cluster Collaboration Platform", "European Cluster Collaboration Platform(ECCP)",
          ["ECCP", "Europejska Platforma Współpracy Klastrów"], note="organiser; '(ECCP)' glued"),
        O("Komisja Europejska", "Komisji Europejskiej", ["KE"], note="twice"),
        O("Biuro Międzynarodowych Programów Gospodarczych", "Biura Międzynarodowych Programów Gospodarczych",
          opt=True, note="a unit of the cluster, in a title"),
        O("Dyrekcja Generalna ds. Rynku Wewnętrznego, Przemysłu, Przedsiębiorczości i MŚP",
          "Dyrekcji Generalnej ds. Rynku Wewnętrznego, Przemysłu, Przedsiębiorczości i MŚP Komisji Europejskiej",
          ["DG GROW", "Dyrekcja Generalna ds. Rynku Wewnętrznego, Przemysłu, Przedsiębiorczości i MŚP Komisji Europejskiej"],
          opt=True, note="a unit of the Commission"),
        O("Departament Przemysłu Kanady", "Departamentu Przemysłu Kanady", ["Industry Canada"],
          note="a Canadian government department (as a ministry)"),
    ],
    not_dates=["'Supercluster' is an initiative (programme), not annotated"],
    note="Matchmaking of European and Canadian clusters. The list of participants' countries is not a count. "
         "No dateline (2019/06/12 is only in the address).")

doc(ID[804], "2013-10-24",
    E("Wizyta studyjna polskich klastrów w Islandii",
      ["wizyta studyjna", "wizyta studyjna w Islandii", "Wizyta w Islandii", "wizyta"], None, 2013),
    dates=[
        D("2013-10-24", "2013-10-24", "Dodano 24 października 2013", note="posting date (document_date)"),
        D("2013-09-30", "2013-10-03", "W dniach 30 września – 3 października 2013 r.", note="range across months"),
    ],
    venues=[
        V("Reykjavik", "w Reykjaviku", ["Reykjavík", "Rejkiawik"], note="first day of the visit"),
        V("Islandia", "w Islandii", ["Iceland"], opt=True,
          note="country of the visit (several times); optional as the country of the venue city"),
    ],
    attendance=[
        A(10, "participants", "exact", "10 przedstawicielami tureckich klastrów",
          note="the Turkish delegation ('przyjechali razem 10 przedstawicielami', sic)"),
    ],
    clusters=[
        C("Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw", "Ogólnolnopolski Klaster Innowacyjnych Przedsiębiorstw",
          ["Ogólnolnopolski Klaster Innowacyjnych Przedsiębiorstw", "OKIP"], note="misspelt 'Ogólnolnopolski' (sic)"),
        C("Innowacyjny Klaster Zdrowie i Turystyka", "Innowacyjnego Klastra Zdrowie i Turystyka"),
        C("Podkarpacki Klaster Energii Odnawialnej", "Podkarpackiego Klastra Energii Odnawialnej"),
        C("Klaster Firm Informatycznych Polski Wschodniej", "Klastra Firm Informatycznych Polski Wschodniej"),
        C("Gdański Klaster Budowlany", "Gdańskiego Klastra Budowlanego"),
        C("Podlaski Klaster Bielizny", "Podlaskiego Klastra Bielizny"),
        C("Ocean Cluster", "Ocean Cluster", note="an Icelandic cluster visited"),
    ],
    people=[
        P("Rusłan Harasym", None, "Rusłan Harasym z Innowacyjnego Klastra Zdrowie i Turystyka", note="affiliation only"),
        P("Bartłomiej Piotrowski", None, "Bartłomiej Piotrowski z Podkarpackiego Klastra Energii Odnawialnej"),
        P("Paweł Kielanowski", None, "Paweł Kielanowski z Klastra Firm Informatycznych Polski Wschodniej"),
        P("Józef Kisielewski", None, "Józef Kisielewski z Gdańskiego Klastra Budowlanego"),
        P("Tomasz Perkowski", None, "Tomasz Perkowski z Podlaskiego Klastra Bielizny"),
        P("Jakub Karp", None, "Jakub Karp", note="'pracownicy projektu' is not a title"),
        P("Joanna Augustyn", None, "Joanna Augustyn"),
        P("Tomasz Bober", None, "Tomasz Bober"),
        P("Thorvaldur Finnbjörnsson", None, "jej przedstawiciel w projekcie – Thorvaldur Finnbjörnsson",
          note="'przedstawiciel' is a description (as seventh 602 'reprezentujący')"),
    ],
    organizations=[
        O("Rzeszowska Agencja Rozwoju Regionalnego S.A.", "Rzeszowskiej Agencji Rozwoju Regionalnego S.A.",
          ["RARR", "RARR S.A.", "Rzeszowska Agencja Rozwoju Regionalnego"], note="also 'RARR', 'RARR S.A.'"),
        O("Aegean Exporters’ Associations", "Aegean Exporters’ Associations", ["Aegean Exporters' Associations"],
          note="Izmir (Turkey) is its seat, not a venue"),
        O("Icelandic Center For Research", "Icelandic Center For Research", ["Icelandic Centre for Research"],
          note="'– Laugavegi Islandia' is its address"),
        O("Rannis", "firma Rannis", ["Rannís"],
          note="the Icelandic partner named again ('czyli firma Rannis'); kept as its own item because the text "
               "names it separately"),
        O("VALKA", "firma VALKA", ["Valka"]),
        O("Uniwersytet Islandzki", "Uniwersytet Islandzki", ["University of Iceland"]),
    ],
    not_dates=["'Capacity Development for Cluster Managers' is a project (not annotated)"],
    note="Opens with a language menu ('PL EN DE FR RU'). Turkey is where participants came from (not a venue). "
         "Cut at 'Icela'.")

doc(ID[805], None,
    E("konferencja o roli inicjatyw klastrowych w rozwoju sektora MŚP",
      ["konferencja", "Klaster Obróbki Metali w Łucku na Ukrainie", "konferencja w Łucku",
       "konferencja o roli inicjatyw klastrowych w rozwoju sektora małych i średnich przedsiębiorstw"], None, 2015),
    dates=[D("2015-09-11", "2015-09-11", "11 września 2015 r.")],
    venues=[
        V("Łuck", "w Łucku na Wołyniu", ["Łuck na Wołyniu", "Lutsk", "Łućk"], note="also 'w Łucku' in the heading"),
        V("Wołyń", "na Wołyniu", ["Wołyń (region)"], opt=True, note="region of the venue city"),
        V("Ukraina", "na Ukrainie", opt=True, note="country of the venue city (heading and last sentence)"),
    ],
    clusters=[C("Klaster Obróbki Metali", "Klaster Obróbki Metali", ["KOM"], note="the publisher; also 'firm KOM'")],
    organizations=[
        O("Polsko-Ukraińska Izba Gospodarcza", "Polsko-Ukraińska Izba Gospodarcza", ["PUIG"], note="the organiser"),
        O("Ministerstwo Spraw Zagranicznych", "Ministerstwo Spraw Zagranicznych", ["MSZ"]),
    ],
    not_dates=["'Polska Pomoc' is a programme (not annotated)", "'admin' is the author line"],
    note="Short text (1,003 bytes). 'władz rejonu wołyńskiego' are unnamed local authorities. No people named.")

doc(ID[806], None,
    E("spotkanie Klastra Aktywnej Turystyki",
      ["spotkanie KLASTRA AKTYWNEJ TURYSTYKI", "Spotkanie Klastra Aktywnej Turystyki dnia 30.10.2015 r.",
       "spotkanie", "spotkanie klastra"], None, 2015),
    dates=[
        D("2015-10-30", "2015-10-30", "W dniu 30 października 2015 r."),
        D("2013-09-24", "2013-09-24", "24 września 2013", note="the day the cluster was founded"),
        D("2016", "2016", "w 2016 roku", note="the plans presented"),
    ],
    venues=[
        V("Nowy Sącz", "w Nowym Sączu",
          note="inside the name of the host school, which is the venue: the city is required (as 800)"),
        V("Państwowa Wyższa Szkoła Zawodowa w Nowym Sączu",
          "w siedzibie Państwowej Wyższej Szkoły Zawodowej w Nowym Sączu", ["PWSZ w Nowym Sączu"], opt=True,
          note="building-level venue"),
    ],
    clusters=[
        C("Klaster Aktywnej Turystyki", "KLASTRA AKTYWNEJ TURYSTYKI", ["KLASTER AKTYWNEJ TURYSTYKI"],
          note="upper case once, then 'Klaster Aktywnej Turystyki'"),
    ],
    people=[
        P("Mariusz Cygnar", "rektor", "JM Rektor - dr hab. inż. Mariusz Cygnar, prof.nadzw.",
          note="title before the name; 'dr hab. inż.', 'prof.nadzw.' are academic titles"),
        P("Marek Reichel", "prorektor", "Prorektor ds. Nauki Rozwoju i Współpracy – doc. dr Marek Reichel"),
        P("Zygmunt Berdychowski", "przewodniczący",
          "Przewodniczący Rady Programowej Forum Ekonomicznego - Zygmunt Berdychowski",
          note="also 'przez Zygmunta Berdychowskiego' (the cluster's founder)"),
    ],
    organizations=[
        O("Państwowa Wyższa Szkoła Zawodowa w Nowym Sączu", "Państwowej Wyższej Szkoły Zawodowej w Nowym Sączu",
          ["PWSZ w Nowym Sączu", "PWSZ"], note="the host"),
        O("Forum Ekonomiczne", "Forum Ekonomicznego", opt=True,
          note="an event (could be read as its organiser's name), inside a title (as seventh 600)"),
        O("Rada Programowa Forum Ekonomicznego", "Rady Programowej Forum Ekonomicznego", opt=True,
          note="a body of the Forum, inside a title"),
    ],
    not_dates=["'wstep58' is an image name (junk)"],
    note="Opens with an image name ('wstep58'). 'Instytucji Otoczenia Biznesu' is a generic term.")

doc(ID[807], None,
    E("Hannover Messe 2017",
      ["Hannover Messe", "targi Hannover Messe 2017", "targi przemysłowe Hannover Messe 2017", "targi w Hanowerze",
       "podpisanie umowy o współpracy klastrów", "hannowerskie targi"], None, 2017),
    dates=[
        D("2017-04-24", "2017-04-24", "w poniedziałek 24 kwietnia",
          note="signing of the agreement; the year from 'Hannover Messe 2017' in the same sentence"),
        D("2017-04-24", "2017-04-28", "od 24 do 28 kwietnia", note="the fair"),
    ],
    venues=[V("Hanower", "W Hanowerze", ["Hannover"], note="also 'hannowerskich targów' (adjective)")],
    clusters=[
        C("Klaster Obróbki Metali", "Klastra Obróbki Metali", ["KOM"],
          note="twice; the Brandenburg partner cluster is unnamed"),
    ],
    people=[
        P("Janusz Poulakowski", "dyrektor", "Janusz Poulakowski, dyrektor biura tego klastra",
          note="also 'Poulakowski' (three times)"),
        P("Stefan Krajewski", "członek zarządu", "Członek zarządu województwa podlaskiego Stefan Krajewski"),
    ],
    organizations=[
        O("PAP", "(Polska -PAP)", ["Polska Agencja Prasowa"], opt=True, note="news agency, in an editor's insertion"),
        O("Województwo Podlaskie", "województwa podlaskiego", ["województwo podlaskie"], opt=True,
          note="the region (three times)"),
        O("Zarząd Województwa Podlaskiego", "Członek zarządu województwa podlaskiego",
          ["zarząd województwa podlaskiego"], opt=True, note="a body, only inside a title"),
        O("Promotech", "Promotech", note="firms exhibiting"),
        O("Promotech KM", "Promotech KM"),
        O("Nota", "Nota"),
        O("APS", "APS"),
        O("Alnea Soldering", "Alnea Soldering"),
        O("Poltra", "Poltra"),
        O("Podkarpackie Zakłady Mech", "Podkarpackie Zakłady Mech", opt=True, note="name cut by the tool"),
    ],
    not_dates=["'pół roku temu' has no date to anchor it", "'Hannover Messe 2017' is a year inside a name"],
    note="The copy opens mid-article (no heading; the address speaks of cooperation of metal clusters of Podlaskie "
         "and Brandenburg). Event: the fair at which the agreement is signed. 'Reklama' is an advertisement line. "
         "Cut at 'Mech'.")

doc(ID[808], None,
    E("Spotkanie w celu stworzenia Klastra Energetycznego",
      ["Spotkanie w celu stowrzenia Klastra Energetycznego", "spotkanie", "spotkanie w sprawie stworzenia klastra",
       "spotkanie w celu utworzenia klastra energetycznego"], None, 2017),
    dates=[D("2017-08-08", "2017-08-08", "W dniu 08 sierpnia 2017 roku", note="zero-padded day")],
    clusters=[
        C("Klaster Energetyczny", "Klastra Energetycznego", opt=True,
          note="the cluster to be founded, capitalised but not yet named"),
    ],
    people=[P("Tomasz Mirowski", None, "Pan Tomasz Mirowski z IGSMiE Polskiej Akademii Nauk", note="affiliation only")],
    organizations=[
        O("IGSMiE PAN", "IGSMiE Polskiej Akademii Nauk",
          ["IGSMiE", "IGSMiE Polskiej Akademii Nauk",
           "Instytut Gospodarki Surowcami Mineralnymi i Energią PAN",
           "Instytut Gospodarki Surowcami Mineralnymi i Energią Polskiej Akademii Nauk"]),
        O("Polska Akademia Nauk", "Polskiej Akademii Nauk", ["PAN"], opt=True, note="the parent body, inside the name"),
        O("Podhalańska LGD", "Podhalańskiej LGD", ["Podhalańska Lokalna Grupa Działania", "LGD"],
          note="the publisher"),
        O("Gmina Czarny Dunajec", "Czarny Dunajec", ["Czarny Dunajec"], opt=True, note="municipality"),
        O("Gmina Kościelisko", "Kościelsko", ["Kościelisko", "Kościelsko", "Gmina Kościelsko"], opt=True,
          note="municipality, misspelt 'Kościelsko' (sic)"),
        O("Gmina Biały Dunajec", "Biały Dunajec", ["Biały Dunajec"], opt=True, note="municipality"),
        O("Gmina Lipnica Wielka", "Lipnica Wielka", ["Lipnica Wielka"], opt=True, note="municipality"),
        O("Gmina Jabłonka", "Jabłonka", ["Jabłonka"], opt=True, note="municipality"),
    ],
    not_dates=["'naboru 4.1.1' is a measure number, glued to photo file names",
               "'20727361_10207554943951276_876320472_o' etc. are photo file names"],
    note="Short text (935 bytes) with a misspelt heading ('stowrzenia') and a run of photo file names glued to the "
         "last sentence. No venue named. The municipalities are the participants.")

doc(ID[809], None,
    E("Warsztaty – klastry i sieci współpracy – CLUSTERS3",
      ["Warsztaty - klastry i sieci współpracy - CLUSTERS3", "warsztaty", "warsztat", "pierwszy warsztat",
       "warsztaty klastry i sieci współpracy", "warsztaty CLUSTERS3"], 1, 2017),
    dates=[
        D("2017-09-05", "2017-09-05", "W dniu 5 września 2017 r."),
        D("2017-10", "2017-10", "na drugą połowę października br.",
          note="the next workshop; 'br.' = 2017 (the year of the first workshop); month precision"),
    ],
    venues=[
        V("Urząd Marszałkowski Województwa Lubelskiego",
          "w siedzibie Urzędu Marszałkowskiego Województwa Lubelskiego (UMWL)",
          ["UMWL", "siedziba Urzędu Marszałkowskiego Województwa Lubelskiego"], opt=True,
          note="building-level venue; the city (Lublin) is not named"),
    ],
    clusters=[C("Lubelski Klaster Ekoenergetyczny", "Lubelski Klaster Ekoenergetyczny", ["LKE"])],
    people=[
        P("Elżbieta Książek", None, "Panią Elżbietę Książek",
          note="accusative; one of the 'ekspertów' of the association (not a title, as heldout 112)"),
        P("Łukasz Sztern", None, "Pana Łukasza Szterna", note="genitive"),
        P("Eliza Potocka", None, "Pani Eliza Potocka reprezentująca Lubelski Klaster Ekoenergetyczny",
          note="'reprezentująca' is not a role"),
        P("Marta Smułkowska-Marek", None, "Marta Smułkowska-Marek", note="contact person"),
        P("Ewa Paszkiewicz-Tomasiak", None, "Ewa Paszkiewicz-Tomasiak", note="contact person"),
    ],
    organizations=[
        O("Urząd Marszałkowski Województwa Lubelskiego", "Urzędu Marszałkowskiego Województwa Lubelskiego (UMWL)",
          ["UMWL"], note="organiser; also 'UMWL' three times"),
        O("Stowarzyszenie Organizatorów Ośrodków Innowacji i Przedsiębiorczości w Polsce",
          "Stowarzyszenia Organizatorów Ośrodków Innowacji i Przedsiębiorczości w Polsce (SOOIPP)", ["SOOIPP"]),
        O("Województwo Lubelskie", "w województwie lubelskim", ["województwo lubelskie"], opt=True, note="the region"),
    ],
    not_dates=["'CLUSTERS3', 'CLUSTER3' (sic) is an Interreg Europe project (not annotated)",
               "'z cyklu trzech warsztatów' counts workshops"],
    note="The first of a cycle of three workshops: edition 1 (debatable, as 800). E-mail addresses are not "
         "annotated.")

doc(ID[810], "2018-01-16",
    E("ZDARZYŁO SIĘ JUTRO",
      ["„ZDARZYŁO SIĘ JUTRO”", "konferencja „ZDARZYŁO SIĘ JUTRO”", "Zdarzyło się jutro", "konferencja klastra INFOTECH",
       "„ZDARZYŁO SIĘ JUTRO”- konferencja klastra INFOTECH na Uniwersytecie w Białymstoku", "konferencja"],
      None, 2018),
    dates=[
        D("2018-01-16", "2018-01-16", "Data wydarzenia 16-01-2018",
          note="the news item's date under the heading (labelled 'Data wydarzenia'), read as the document_date; "
               "the conference itself was on 10 January"),
        D("2018-01-10", "2018-01-10", "10 stycznia 2018r.", note="'2018r.' without a space"),
    ],
    venues=[
        V("Białystok", "w Białymstoku", note="also 'Białystok' as subject at the end"),
        V("Uniwersyteckie Centrum Kultury", "w sali SARA Uniwersyteckiego Centrum Kultury",
          ["sala SARA", "sala SARA Uniwersyteckiego Centrum Kultury"], opt=True,
          note="building-level venue with a street address"),
        V("Uniwersytet w Białymstoku", "na Uniwersytecie w Białymstoku", ["UwB"], opt=True,
          note="the campus (heading), building-level"),
    ],
    clusters=[C("INFOTECH", "klastra INFOTECH", ["Klaster INFOTECH", "InfoTech", "Klaster Infotech"], note="twice")],
    people=[
        P("Wojciech Śleszyński", "prorektor", "dr hab. Wojciech Śleszyński, prof. UwB- Prorektor ds. kształcenia",
          note="glued dash 'UwB- Prorektor'"),
        P("Tadeusz Truskolaski", "prezydent", "dr hab. Tadeusz Truskolaski, prof. UwB- Prezydent Białegostoku"),
        P("Jerzy Leszczyński", "marszałek", "Jerzy Leszczyński- Marszałka Województwa Podlaskiego",
          note="the title is in the genitive (sic)"),
        P("Maciej Żywno", "wicemarszałek", "Maciej Żywno- Wicemarszałek Województwa Podlaskiego"),
        P("Marek Proniewski", ["z-ca dyrektora", "zastępca dyrektora"],
          "prof. dr hab. Marek Proniewski- z-ca Dyrektora Departamentu Współpracy z Zagranicą i Promocji w Urzędzie "
          "Marszałkowskim"),
        P("Mariusz Citkowski", "prodziekan", "dr Mariusz Citkowski- Prodziekan ds. Studenckich na WEiZ UwB"),
        P("Arkadiusz Niedźwiecki", "pełnomocnik", "dr Arkadiusz Niedźwiecki- Pełnomocnik Rektora UwB do spraw klastrów"),
    ],
    organizations=[
        O("Uniwersytet w Białymstoku", "Uniwersytecie w Białymstoku", ["UwB"],
          note="co-organiser; also 'UwB' several times"),
        O("Uniwersyteckie Centrum Kultury", "Uniwersyteckiego Centrum Kultury", opt=True,
          note="a unit of the university (also the venue)"),
        O("Urząd Marszałkowski Województwa Podlaskiego", "w Urzędzie Marszałkowskim", ["Urząd Marszałkowski"],
          note="only 'w Urzędzie Marszałkowskim' (of the Podlaskie region, from the titles around it)"),
        O("Departament Współpracy z Zagranicą i Promocji", "Departamentu Współpracy z Zagranicą i Promocji", opt=True,
          note="a unit of the marshal's office, inside a title"),
        O("Wydział Ekonomii i Zarządzania UwB", "WEiZ UwB", ["WEiZ", "WEiZ UwB"], opt=True,
          note="a faculty (acronym only), inside a title"),
        O("Województwo Podlaskie", "Marszałka Województwa Podlaskiego", ["województwo podlaskie"], opt=True,
          note="the region, only in titles"),
    ],
    not_dates=["'ulicy Ciołkowskiego 1N' is a street address", "'post_11012018' is part of a URL"],
    note="'kilkudziesięciu przedsiębiorców i przedsiębiorczyń' is vague (no number). The URL of the cluster's page "
         "is not an organisation. Cut at 'ma ku temu'.")

doc(ID[811], None,
    E("Regiony nadmorskie w procesie przedsiębiorczego odkrywania",
      ["spotkanie nt. aktywnego udziału regionów nadmorskich w procesie przedsiębiorczego odkrywania", "spotkanie",
       "spotkanie nt. aktywnego udziału regionów nadmorskich w procesie przedsiębiorczego odkrywania w ramach projektu "
       "pn. „Monitoring Krajowej Inteligentnej Specjalizacji”"], None, 2018),
    dates=[
        D("2018-07-19", "2018-07-19", "19 lipca 2018 roku"),
        D("2018-10", "2018-12", "w IV kwartale br.", opt=True,
          note="a quarter ('br.' = 2018), written as a month range; optional (a quarter is not a calendar date form "
               "the GUIDE names)"),
    ],
    venues=[
        V("Narodowe Muzeum Morskie", "w Narodowym Muzeum Morskim", opt=True,
          note="building-level venue; Gdańsk is not named"),
    ],
    clusters=[C("Bałtycki Klaster Morski i Kosmiczny", "Bałtycki Klaster Morski i Kosmiczny",
                ["Baltic Sea & Space Cluster", "BSSC"])],
    people=[
        P("Karolina Lipińska", ["z-ca dyrektora", "zastępca dyrektora"],
          "Karoliny Lipińskiej, Z-ca Dyrektora Departamentu Rozwoju Gospodarczego Urzędu Marszałkowskiego Województwa "
          "Pomorskiego",
          note="genitive ('z inicjatywy Karoliny Lipińskiej')"),
        P("Marek Grzybowski", None, "Zdjęcia: Marek Grzybowski", opt=True, note="photo credit"),
    ],
    organizations=[
        O("Urząd Marszałkowski Województwa Pomorskiego", "Urzędu Marszałkowskiego Województwa Pomorskiego",
          ["UMWP", "Urząd Marszałkowski"], note="inside the initiator's title"),
        O("Departament Rozwoju Gospodarczego Urzędu Marszałkowskiego Województwa Pomorskiego",
          "Departamentu Rozwoju Gospodarczego Urzędu Marszałkowskiego Województwa Pomorskiego",
          ["Departament Rozwoju Gospodarczego"], opt=True, note="a unit of the office, inside a title"),
        O("Narodowe Muzeum Morskie", "Narodowym Muzeum Morskim", ["NMM"], note="the host (also the venue)"),
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polskiej Agencji Rozwoju Przedsiębiorczości", ["PARP"],
          note="also 'PARP' twice"),
        O("Ministerstwo Przedsiębiorczości i Technologii", "Ministerstwa Przedsiębiorczości i Technologii", ["MPiT"]),
        O("Urząd Marszałkowski Województwa Zachodniopomorskiego",
          "Urzędów Marszałkowskich Województwa Zachodniopomorskiego", ["Urząd Marszałkowski Województwa Zachodniopomorskiego"],
          note="plural head over three regions"),
        O("Urząd Marszałkowski Województwa Warmińsko-Mazurskiego", "Warmińsko-Mazurskiego i Pomorskiego", opt=True,
          note="only as an elided conjunct ('Urzędów Marszałkowskich Województwa Zachodniopomorskiego, "
               "Warmińsko-Mazurskiego i Pomorskiego')"),
        O("Rada Inteligentnej Specjalizacji Pomorza", "Rady Inteligentnej Specjalizacji Pomorza", opt=True,
          note="a council of the region, inside a title (its chairwoman is unnamed)"),
        O("Gdański Inkubator Przedsiębiorczości Starter", "Gdański Inkubator Przedsiębiorczości Starter",
          ["Starter", "Gdański Inkubator Przedsiębiorczości"]),
        O("Stowarzyszenie Pomorskie w Unii Europejskiej", "Stowarzyszenie Pomorskie w Unii Europejskiej",
          note="'(Smart Blue Regions)' is its project"),
        O("Obszar Metropolitalny Gdańsk Gdynia Sopot", "Obszar Metropolitalny Gdańsk Gdynia Sopot",
          ["OMGGS", "Obszar Metropolitalny Gdańsk-Gdynia-Sopot"], note="'(Smart-up BSR)' is its project"),
    ],
    not_dates=["'Monitoring Krajowej Inteligentnej Specjalizacji', 'Smart Blue Regions', 'Smart-up BSR' are projects",
               "'Smart Panel', 'Smart Lab' are tools of PARP"],
    note="A smart-specialisation meeting with one cluster. Gdańsk and Gdynia appear only inside the metropolitan "
         "association's name (not venues).")

doc(ID[812], "2019-07-16",
    E("Spotkanie robocze partnerów projektu EuRegioNet we Frankfurcie nad Odrą",
      ["Spotkanie robocze partnerów projektu EuRegioNet we Frankfurcie nad Odrą dot. sieci i klastrów",
       "spotkanie robocze", "spotkanie robocze partnerów projektu EuRegioNet", "narada", "spotkanie"], None, 2019),
    dates=[
        D("2019-07-16", "2019-07-16", "16\nlip\n2019",
          note="dateline over three lines with an abbreviated month ('lip' = lipiec): the document_date"),
        D("2019-07-11", "2019-07-11", "11.07.2019r.", note="'2019r.' without a space"),
    ],
    venues=[
        V("Frankfurt nad Odrą", "we Frankfurcie nad Odrą", ["Frankfurt (Oder)", "Frankfurt Oder", "Frankfurt"]),
        V("Business and Innovation Centre Frankfurt Oder GmbH",
          "w siedzibie Business and Innovation Centre Frankfurt Oder GmbH",
          ["siedziba Business and Innovation Centre Frankfurt Oder GmbH"], opt=True, note="building-level venue"),
    ],
    people=[
        P("Mariusz Welman", "kierownik", "Mariusz Welman-Kierownik projektu EuRegioNet",
          note="glued hyphen; also the author line 'autor: Mariusz Welman'"),
        P("Bożena Buchowicz", "dyrektor", "Bożena Buchowicz-Dyrektor biura", note="glued hyphen"),
        P("Gunnar Pajer", None, "Gunnar Pajer -przedstawiciel Business and Innovation Centre Frankfurt Oder GmbH",
          note="'przedstawiciel' is a description"),
        P("Reinhard Petzold", "prezes", "Reinhard Petzold- Prezes Niemiecko-Polskiego Towarzystwa Rozwoju Gospodarki"),
        P("Dieter Zenke", "prezes", "dr Dieter Zenke –Prezes spółki „biomedoscillations” z Berlina"),
    ],
    organizations=[
        O("Business and Innovation Centre Frankfurt Oder GmbH", "Business and Innovation Centre Frankfurt Oder GmbH",
          ["BIC Frankfurt (Oder)", "Business and Innovation Centre Frankfurt Oder"], note="host; twice"),
        O("Stowarzyszenie Gmin RP Euroregion „Sprewa-Nysa-Bóbr”",
          "Stowarzyszenia Gmin RP Euroregion „Sprewa-Nysa-Bóbr”",
          ["Euroregion „Sprewa-Nysa-Bóbr”", "Euroregion Sprewa-Nysa-Bóbr", "Stowarzyszenie Gmin RP Euroregion Sprewa-Nysa-Bóbr"],
          note="the publisher; first as 'przez Euroregion „Sprewa-Nysa-Bóbr”'"),
        O("Niemiecko-Polskie Towarzystwo Rozwoju Gospodarki",
          "Niemiecko-Polskiego Towarzystwa Rozwoju Gospodarki (niem.: DePoWi GmbH)",
          ["DePoWi GmbH", "DePoWi"], note="also 'spółką DePoWi GmbH'"),
        O("„biomedoscillations”", "spółki „biomedoscillations”", ["biomedoscillations"],
          note="a Berlin firm (Berlin is its seat, not a venue)"),
    ],
    not_dates=["'EuRegioNet-internacjonalizacja sieci i klastrów' is a project (not annotated)"],
    note="Polish–German project meeting on networks and clusters; no cluster is named ('Informatora Klastrowego' is "
         "a publication).")

doc(ID[813], None,
    E("Benchmarking klastrów 2020 – potencjał klastrów w Polsce i współpraca polsko-norweska",
      ["Benchmarking klastrów 2020 - potencjał klastrów w Polsce i współpraca polsko-norweska",
       "“Benchmarking klastrów 2020 – potencjał klastrów w Polsce i współpraca polsko-norweska”",
       "Potencjał klastrów w Polsce i współpraca polsko-norweska",
       "Konferencja: Potencjał klastrów w Polsce i współpraca polsko-norweska", "Benchmarking klastrów 2020",
       "konferencja"], None, 2021),
    dates=[
        D("2021-05-25", "2021-05-26", "w dniach 25 – 26 maja 2021 r.",
          note="'w dniach 25-26 maja br.' earlier has the same value (counted once)"),
        D("2021-05-25", "2021-05-25", "25 maja 2021 r.", note="first day in the agenda (a single day: another value)"),
    ],
    venues=[V("online", "w formie online", ["on-line"])],
    clusters=[
        C("Klaster Gospodarki Odpadowej i Recyklingu", "Klastra Gospodarki Odpadowej i Recyklingu",
          note="the publisher's cluster ('naszego')"),
    ],
    people=[
        P("Katarzyna Błachowicz", ["wiceprezes", "członek zarządu"],
          "p. Katarzyna Błachowicz, wiceprezes zarządu spółki koordynującej Klaster",
          note="also 'członek zarządu Klastra'"),
        P("Christian Ketels", None, "prof. Christiana Ketelsa (Harvard Business School)",
          note="genitive; academic title and affiliation only"),
        P("Izabela Banaś", ["z-ca dyrektora", "zastępca dyrektora"],
          "Izabela Banaś, z-ca dyrektora, Departament Analiz i Strategii"),
    ],
    organizations=[
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polska Agencja Rozwoju Przedsiębiorczości", ["PARP"],
          note="co-organiser; again at the cut ('Polska Agencja Ro')"),
        O("Innovation Norway", "Innovation Norway", note="co-organiser"),
        O("Harvard Business School", "Harvard Business School", ["HBS"]),
        O("Departament Analiz i Strategii", "Departament Analiz i Strategii", opt=True, note="a unit of PARP"),
    ],
    not_dates=["'Benchmarking Klastrów 2020' is a year inside a name (a study)", "'09:30-17:00', '10:00 – 14:45' are times"],
    note="Announcement of a two-day online event on the 2020 cluster benchmarking study, with Polish–Norwegian "
         "matchmaking. Event year 2021 from the dates (2020 is the study's year). 'Akademia Recyklingu' is a "
         "practice/programme. The coordinating company is unnamed. Cut at 'Polska Agencja Ro'.")

doc(ID[814], None,
    E("Polsko-Arabskie Forum Gospodarcze",
      ["Polsko Arabskie-Forum Gospodarcze", "Polsko – Arabskie Forum Gospodarcze",
       "Polsko Arabskie-Forum Gospodarcze w Dubaju", "Polsko-Arabskie Forum Gospodarcze w Dubaju", "Forum"],
      None, 2021),
    dates=[
        D("2021-12-06", "2021-12-06", "6 grudnia 2021"),
        D("2021-12-07", "2021-12-07", "7 grudnia 2021", note="Dzień Polski at the Expo"),
        D("2022-02-23", "2022-02-23", "23 lutego 2022 r.", note="the next forum (Polsko-Afrykańskie)"),
    ],
    venues=[
        V("Dubaj", "w Dubaju", ["Dubai"], note="heading; also 'w  Dubaju' (double space) in the first sentence"),
        V("Zjednoczone Emiraty Arabskie", "Zjednoczonych Emiratów Arabskich", ["ZEA"], opt=True,
          note="country of the venue city (also 'ZEA')"),
    ],
    attendance=[A(800, "participants", "more_than", "ponad 800 uczestników")],
    clusters=[C("Klaster LTPP", "Klastra LTPP", ["LTPP"], note="members of the publisher's cluster took part")],
    organizations=[
        O("Polska Agencja Inwestycji i Handlu", "Polska Agencja Inwestycji i Handlu", ["PAIH"],
          note="main organiser; also 'fot.PAIH' (photo credit)"),
        O("EXPO 2020", "EXPO 2020", ["Expo 2020 Dubai", "EXPO 2020 Dubai"], opt=True,
          note="the world exhibition, the umbrella event (could be read as an organiser's name)"),
    ],
    not_dates=["'EXPO 2020', 'Expo 2020 Dubai' are years inside a name", "'50. rocznicy' is an anniversary",
               "'POIR 2.3.3.' is a measure number"],
    note="The cluster's members took part within a project of the 'Umiędzynarodowienie Krajowych Klastrów "
         "Kluczowych' measure (a programme, not annotated). Dzień Polski and the Polsko-Afrykańskie Forum Gospodarcze "
         "are other events. The Arab countries listed are the participants' origins (not venues).")

doc(ID[815], None,
    E("Polska, Czechy i Słowacja - synergia współpracy biznesu, nauki i samorządu",
      ["„Polska, Czechy i Słowacja - synergia współpracy biznesu, nauki i samorządu”",
       "Polska, Czechy i Słowacja – synergia współpracy biznesu, nauki i samorządu", "panel", "debata",
       "Współpraca na granicy"], None, None),
    people=[
        P("Beata Białowąs", "członek zarządu", "Beata Białowąs, Członek Zarządu Województwa",
          note="also 'Członek Zarządu Beata Białowąs'"),
        P("Jiří Cieńciała", ["senator", "prezes"],
          "doc. Ing. Jiříeg Cieńciała, CSc., Senator Republiki Czeskiej, Prezes Czesko-Polskiej Izby Handlowej w Ostrawie",
          ["Jiří Cienciala", "Jiříeg Cieńciała"],
          note="first name garbled ('Jiříeg', a Czech name given a Polish genitive ending); 'doc. Ing.', 'CSc.' are "
               "academic titles"),
        P("Marek Pawełczyk", "prorektor",
          "prof. dr hab. inż. Marek Pawełczyk, Prorektor ds. Nauki i Rozwoju Politechniki Śląskiej"),
        P("Marta Sláviková", "dyrektor",
          "dr Marta Sláviková, Dyrektor Europejskiego Ugrupowania Współpracy Terytorialnej TRITIA"),
        P("Hana Štverková", None, "dr inż. Hana Štverková, VSB Uniwersytet Techniczny w Ostrawie",
          note="affiliation only"),
        P("Paulina Szmolke", ["radca prawny", "doradca podatkowy", "partner"],
          "Paulina Szmolke, radca prawny, doradca podatkowy, Partner"),
        P("Tomasz Żak", None, "fot. Tomasz Żak / UMWS", opt=True, note="photo credit (printed twice)"),
    ],
    organizations=[
        O("Czesko-Polska Izba Handlowa w Ostrawie", "Czesko-Polskiej Izby Handlowej w Ostrawie",
          ["Czesko-Polska Izba Handlowa"], note="Ostrawa is its seat, not a venue"),
        O("Politechnika Śląska", "Politechniki Śląskiej"),
        O("Europejskie Ugrupowanie Współpracy Terytorialnej TRITIA",
          "Europejskiego Ugrupowania Współpracy Terytorialnej TRITIA w Cieszynie",
          ["EUWT TRITIA", "TRITIA", "Europejskie Ugrupowanie Współpracy Terytorialnej TRITIA w Cieszynie"]),
        O("VSB Uniwersytet Techniczny w Ostrawie", "VSB Uniwersytet Techniczny w Ostrawie",
          ["VSB", "VŠB – Uniwersytet Techniczny w Ostrawie", "Uniwersytet Techniczny w Ostrawie"]),
        O("Kancelaria Radców Prawnych V4 Legal P.Szmolke sp.k.",
          "Kancelaria Radców Prawnych V4 Legal P.Szmolke sp.k. w Krakowie",
          ["V4 Legal", "Kancelaria Radców Prawnych V4 Legal"]),
        O("Polsko-Słowacka Izba Przemysłowo-Handlowa w Krakowie", "Polsko-Słowacka Izba Przemysłowo-Handlowa w Krakowie",
          ["Polsko-Słowacka Izba Przemysłowo-Handlowa", "PSIPH"], note="a participant listed as an institution"),
        O("Urząd Marszałkowski Województwa Śląskiego", "UMWS", ["UMWS"], opt=True, note="only in the photo credit"),
        O("Województwo Śląskie", "Województwo Śląskie", ["województwo śląskie"], opt=True,
          note="the region, as the subject ('Województwo Śląskie reprezentowała')"),
        O("Zarząd Województwa Śląskiego", "Członek Zarządu Województwa", ["Zarząd Województwa"], opt=True,
          note="a body, only inside a title"),
    ],
    not_dates=["'Interreg V-A Republika Czeska – Polska' is a programme (not annotated)"],
    note="Cross-border business panel reported by the Silesian marshal's office; not a cluster event and no cluster "
         "named (kept as a hard negative for clusters). No date, no venue: the panel's event is not named in the "
         "stored part (Ostrawa, Cieszyn, Kraków are seats of institutions). Czechy, Słowacja are in the panel's "
         "title. 'Senator Republiki Czeskiej' names no organisation. Cut at 'Projekt'.")

doc(ID[816], None,
    E("Cluster collaboration in the Sustainable regional development",
      ["konferencja „Cluster collaboration in the Sustainable regional development”",
       "„Cluster collaboration in the Sustainable regional development”",
       "Cluster Collaboration in the Sustainable Regional Development", "konferencja",
       "małopolska misja gospodarcza na Ukrainę"], None, None),
    dates=[
        D("XXXX-06-06", "XXXX-06-06", "6 czerwca br.", note="'br.' with no year anywhere in the text: XXXX"),
    ],
    venues=[
        V("Lwów", "we Lwowie", ["Lviv", "Lwiw"]),
        V("Politechnika Lwowska", "w znakomitym historycznym otoczeniu Politechniki Lwowskiej", opt=True,
          note="building-level venue"),
        V("Horodok", "park przemysłowy Horodok", ["park przemysłowy Horodok"], opt=True,
          note="an industrial park the delegation visited before the conference"),
        V("Ukraina", "misji gospodarczej na Ukrainę", opt=True, note="country of the mission"),
    ],
    clusters=[
        C("Polski Klaster Technologii Kompozytowych", "Polski Klaster Technologii Kompozytowych", ["PKTK"],
          note="co-organiser and publisher"),
    ],
    people=[
        P("Witold Kozłowski", "marszałek", "Marszałek Województwa Małopolskiego, Witold Kozłowski"),
        P("Jerzy Kopeć", None, "Pana Jerzego Kopcia z UMWM", note="genitive; affiliation only"),
    ],
    organizations=[
        O("Politechnika Lwowska", "Politechniki Lwowskiej", ["Lviv Polytechnic"], note="the conference's setting"),
        O("Ukrainian Cluster Alliance", "Ukrainian Cluster Alliance", ["UCA"],
          note="co-organiser, an alliance of clusters (an organisation, not a cluster)"),
        O("Województwo Małopolskie", "Województwo Małopolskie", ["Małopolska", "województwo małopolskie"], opt=True,
          note="the region as co-organiser (as sixth 503); also 'Małopolski'"),
        O("Urząd Marszałkowski Województwa Małopolskiego", "z UMWM", ["UMWM"], note="acronym only"),
    ],
    not_dates=["'po zniszczeniach wojennych' has no date"],
    note="Polish–Ukrainian cluster conference during a regional economic mission. No year in the text (the stored "
         "copy has none): `XXXX-06-06`, event year null. Cut at 'nie tylko '.")

doc(ID[817], "2023-10-31",
    E("Advanced hybrid lightweight materials and technologies for global circular economy",
      ["międzynarodowa konferencja „Advanced hybrid lightweight materials and technologies for global circular "
       "economy”", "„Advanced hybrid lightweight materials and technologies for global circular economy”",
       "konferencja", "międzynarodowa konferencja"], None, 2023),
    dates=[
        D("2023-10-31", "2023-10-31", "31 października, 2023", note="dateline with a comma (document_date)"),
        D("2023-11-12", "2023-11-14", "Od 12 do 14 listopada", note="year from the dateline"),
    ],
    venues=[
        V("Politechnika Białostocka", "w Politechnice Białostockiej", ["PB"], opt=True,
          note="building-level venue; Białystok is named only inside the chamber's name"),
    ],
    clusters=[
        C("Evoluma Klaster Przemysłowy", "Evoluma Klaster Przemysłowy",
          ["Evoluma", "Klaster Obróbki Metali", "KOM"],
          note="'dawniej Klaster Obróbki Metali' is its former name (an alias)"),
        C("Polski Klaster Budowlany", "Polski Klaster Budowlany", ["PKB"]),
        C("Polski Klaster Technologii Kompozytowych", "Polski Klaster Technologii Kompozytowych", ["PKTK"]),
        C("Krajowy Klaster Kluczowy", "Krajowymi Klastrami Kluczowymi", ["Krajowe Klastry Kluczowe", "KKK"], opt=True,
          note="a status"),
    ],
    people=[P("Dariusz Piekut", None, "Fot.Dariusz Piekut PB", opt=True, note="photo credit (printed twice)")],
    organizations=[
        O("Politechnika Białostocka", "Politechnice Białostockiej", ["PB"], note="the organiser; several times"),
        O("Urząd Marszałkowski Województwa Podlaskiego", "Urzędem Marszałkowskim Województwa Podlaskiego",
          ["Urząd Marszałkowski"]),
        O("Izba Przemysłowo-Handlowa w Białymstoku", "Izby Przemysłowo-Handlowej w Białymstoku",
          ["Izba Przemysłowo-Handlowa"]),
        O("Fundacja na rzecz rozwoju Politechniki Białostockiej", "Fundacji na rzecz rozwoju Politechniki Białostockiej"),
        O("Politechnika Drezneńska", "Politechniki Drezneńskiej", ["TU Dresden", "Technische Universität Dresden"]),
        O("Instytut Lekkich i Polimerowych Technologii", "Instytutem Lekkich i Polimerowych Technologii",
          ["Instytut Lekkich i Polimerowych Technologii Politechniki Drezneńskiej"], opt=True,
          note="a unit of the Dresden university"),
        O("Fraunhofer Institute for Ceramic Technologies and Systems IKTS",
          "Fraunhofer Institute for Ceramic Technologies and Systems IKTS",
          ["Fraunhofer IKTS", "IKTS", "Fraunhofer Institute for Ceramic Technologies and Systems"]),
        O("Zarząd Województwa Podlaskiego", "zarządem województwa podlaskiego", ["zarząd województwa podlaskiego"],
          opt=True, note="a body of the region"),
    ],
    not_dates=["'3 dni' is a duration; '8 interaktywnych paneli' counts panels, not participants"],
    note="Announcement of a university conference co-organised with three key national clusters. Cut at 'integru'.")

skipped(ID[818], "sk", "Slovak: general meeting of a tourism cluster (Klaster cestovného ruchu – západné Slovensko, "
        "Trnava region, 7.4.2016, 22 members). Language gate.")
skipped(ID[819], "de", "German: the first Clusterwoche Deutschland (20-28 April 2017) and the go-cluster annual "
        "meeting. Language gate.")
