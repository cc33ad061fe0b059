"""Hand-written gold for corpus/thirteenth (ids 1200-1219), following corpus/GUIDE.md and the conventions of the
earlier gold sets (sixth ... tenth SOURCES.md and gold; tenth/build/gold.py is the template).

Run: python3 run_gold.py  -> writes ../gold/*.json and checks that every `text` is an exact substring of the
raw file (so char spans can be computed from it: raw.find(text)).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import D, V, A, C, P, O, E, DOCS, doc, skipped  # noqa: F401 (the item helpers, see corpus/goldkit.py)
from ids import ID

ZPKP = ["ZP Klastry Polskie", "Klastry Polskie", "ZPKP", "Związek Pracodawców Klastrów Polskich"]
OKIP = ["Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw", "OKIP", "Klaster Innowacyjnych Przedsiębiorców",
        "Klaster Innowacyjnych Przedsiębiorstw"]
PZPK = ["Parlamentarny Zespół ds. Polityki Klastrowej", "Parlamentarny Zespół ds Polityki Klastrowej",
        "Parlamentarny Zespół do spraw Polityki Klastrowej"]
SPWIR = ["Stowarzyszenie Polskich Wynalazców i Racjonalizatorów", "SPWiR"]
PARP = ["Polska Agencja Rozwoju Przedsiębiorczości", "PARP"]
MNISW = ["Ministerstwo Nauki i Szkolnictwa Wyższego", "MNiSW"]

# ---------------------------------------------------------------------------------------------
doc(ID[1200], None,
    E("Polska polityka klastrowa – szanse i zagrożenia",
      ["„Polska polityka klastrowa – szanse i zagrożenia”", "konferencja „Polska polityka klastrowa – szanse i zagrożenia”",
       "konferencja w Ostródzie", "konferencja"], None, None),
    dates=[D("XXXX-04-16", "XXXX-04-16", "16 kwietnia br.",
             note="'br.' = the document's year, which the text never gives (no dateline): XXXX")],
    venues=[
        V("Ostróda", "w Ostródzie"),
        V("Centrum Użyteczności Publicznej", "w Centrum Użyteczności Publicznej w Ostródzie", opt=True,
          note="building-level venue"),
    ],
    attendance=[A(4, "countries", "exact", "z Węgier, Rosji, Ukrainy i Białorusi", opt=True,
                  note="delegates from four named countries; no numeral")],
    clusters=[
        C("Klaster Mazurskie Okna", "Klastra Mazurskie Okna", ["Mazurskie Okna"]),
        C("Klaster Innowacyjnych Przedsiębiorców", "Klastra Innowacyjnych Przedsiębiorców", OKIP,
          note="Bogdan Węgrzynek's cluster (OKIP), named here 'Klaster Innowacyjnych Przedsiębiorców'"),
    ],
    people=[
        P("Włodzimierz Brodiuk", "starosta", "Ostródzkiego starostę Włodzimierza Brodiuka",
          note="also 'Starosta Ostródzki Włodzimierz Brodiuk' and 'Włodzimierza Brodiuka'"),
        P("Artur Wojciechowski", None, "Artura Wojciechowskiego z Klastra Mazurskie Okna", note="no title"),
        P("Bogdan Węgrzynek", "prezes", "Prezesa Klastra Innowacyjnych Przedsiębiorców Bogdana Węgrzynka"),
        P("Bartłomiej Bodio", ["przewodniczący", "poseł"],
          "Przewodniczący Parlamentarnego Zespołu do spraw Polityki Klastrowej Bartłomiej Bodio",
          note="also 'Poseł na Sejm RP Bartłomiej Bodio'"),
        P("Krzysztof M. Ratshka", None, "Fot. Krzysztof M. Ratshka", ["Krzysztof M. Ratschka", "Krzysztof M.Ratschka"],
          opt=True, note="photo credit, spelt two ways"),
    ],
    organizations=[
        O("Parlamentarny Zespół do spraw Polityki Klastrowej", "Parlamentarnego Zespołu do spraw Polityki Klastrowej",
          PZPK, note="also 'Parlamentarnego Zespołu ds Polityki Klastrowej'"),
        O("Unia Europejska", "przez Unię Europejską", ["UE"], opt=True, note="funding source"),
        O("Sejm RP", "Poseł na Sejm RP", ["Sejm"], opt=True, note="inside a title"),
    ],
    not_dates=["'14254 miejsce' is a ranking position", "'Facebook Google+ Twitter' is page junk"],
    note="A report from a cluster-policy conference in Ostróda; 'br.' without any year in the text. Typo 'Kastry'. "
         "Cut at 'zaszczycony'.")

doc(ID[1201], "2023-06-30",
    E("IV Posiedzenie Rady Klastra Energii Gmin i Powiatu Cieszyńskiego",
      ["IV posiedzenie Klastra Energii Gmin i Powiatu Cieszyńskiego", "posiedzenie Rady Klastra",
       "posiedzenie Klastra Energii Gmin i Powiatu Cieszyńskiego", "IV posiedzenie"], 4, 2023),
    dates=[
        D("2023-06-30", "2023-06-30", "30 czerwca 2023", note="'piątek, 30 czerwca 2023': the publication date"),
        D("2023-06-29", "2023-06-29", "29 czerwca odbyło się", note="twice; year from the dateline"),
    ],
    venues=[
        V("Cieszyn", "w Cieszynie"),
        V("Starostwo Powiatowe w Cieszynie", "w Starostwie Powiatowym w Cieszynie", opt=True,
          note="building-level venue"),
    ],
    clusters=[
        C("Klaster Energii Gmin i Powiatu Cieszyńskiego", "Klastra Energii Gmin i Powiatu Cieszyńskiego",
          note="three times (title, heading, body)"),
        C("Słupski Klaster Bioenergetyczny", "Słupski Klaster Bioenergetyczny", note="shown as a mature cluster"),
    ],
    organizations=[O("Starostwo Powiatowe w Cieszynie", "Starostwie Powiatowym w Cieszynie",
                     ["Starostwo Powiatowe"], opt=True, note="the host office (the venue)")],
    not_dates=["'za pierwszy rok działania' is a duration"],
    note="Short (712 bytes) report of an energy cluster's fourth council meeting by its coordinator (not named in "
         "the text). Edition 4 from 'IV posiedzenie'.")

doc(ID[1202], None,
    E("Wizyta studyjna delegacji z Białorusi",
      ["wizyta studyjna", "wizyta studyjna poświęcona inicjatywom klastrowym",
       "Delegacja z Białorusi zdobywa wiedzę o klastrach na Podlasiu"], None, 2019),
    dates=[
        D("2019-07-02", "2019-07-04", "w dniach 2-4 lipca 2019 r."),
        D("2018", "2018", "Od 2018 r.", note="start of the project"),
    ],
    venues=[V("Podlasie", "na Podlasiu", ["województwo podlaskie"], opt=True,
              note="region only (twice); the places visited are institutions (campus, marshal's office)")],
    attendance=[A(18, "participants", "exact", "18 białorusińskich delegatów")],
    clusters=[
        C("Klaster Obróbki Metali", "Klaster Obróbki Metali", ["KOM"]),
        C("Polski Klaster Budowlany", "Polski Klaster Budowlany", ["PKB", "Wschodni Klaster Budowlany"]),
        C("Klaster Technologiczny InfoTech", "Klaster Technologiczny InfoTech", ["InfoTech"]),
        C("Północno-Wschodni Klaster Eko-Energetyczny", "Północno-Wschodni Klaster Eko-Energetyczny",
          ["Północno-Wschodni Klaster Ekoenergetyczny"]),
    ],
    organizations=[
        O("Ministerstwo Spraw Zagranicznych", "Ministerstwa Spraw Zagranicznych", ["MSZ"]),
        O("Podlaska Fundacja Rozwoju Regionalnego", "Podlaskiej Fundacji Rozwoju Regionalnego", ["PFRR"]),
        O("Urząd Marszałkowski Województwa Podlaskiego", "Urząd Marszałkowski Województwa Podlaskiego", ["UMWP"]),
        O("Politechnika Białostocka", "Politechniki Białostockiej", ["PB"]),
        O("Instytut Innowacji i Technologii Politechniki Białostockiej",
          "Instytut Innowacji i Technologii Politechniki Białostockiej", opt=True, note="unit of the university"),
    ],
    not_dates=["'trzyletniego projektu' is a duration"],
    note="A Belarusian delegation's study visit to Podlasie clusters (2019; not the December 2017 visit of sixth "
         "508). 'Krajowy Klaster Kluczowy' is a status, not a cluster. Cut at 'dodatk'.")

doc(ID[1203], None,
    E("Polski Kongres Przedsiębiorczości",
      ["VI Polski Kongres Przedsiębiorczości", "Kongres Przedsiębiorczości", "kongres",
       "Aby być konkurencyjnym, trzeba być nowoczesnym – podsumowanie VI Polskiego Kongresu Przedsiębiorczości"],
      6, None),
    dates=[
        D("XXXX-09-24", "XXXX-09-25", "24 i 25 września",
          note="two consecutive days of one congress (a range); no year in the text"),
        D("2014", "2020", "2014-2020", note="the EU funding period in 'w perspektywie 2014-2020' (a date range)"),
    ],
    venues=[
        V("Międzynarodowe Targi Poznańskie", "w Międzynarodowych Targach Poznańskich", ["MTP"], opt=True,
          note="fair grounds (building-level venue)"),
        V("Poznań", "w Międzynarodowych Targach Poznańskich", opt=True,
          note="the city only as the fair grounds' adjective"),
        V("województwo wielkopolskie", "województwo wielkopolskie jako miejsce", ["Wielkopolska"], opt=True,
          note="this year's host region"),
    ],
    attendance=[A(1000, "participants", "more_than", "ponad tysiąc uczestników z całej Polski",
                  note="number word 'tysiąc'")],
    people=[P("Jadwiga Emilewicz", "minister", "Jadwiga Emilewicz – minister przedsiębiorczości i technologii")],
    organizations=[
        O("Międzynarodowe Targi Poznańskie", "Międzynarodowych Targach Poznańskich", ["MTP", "Grupa MTP"], opt=True,
          note="the venue company"),
        O("Narodowe Centrum Badań i Rozwoju", "Narodowego Centrum Badań i Rozwoju", ["NCBR", "NCBiR"]),
    ],
    not_dates=["'blisko 30 paneli dyskusyjnych' counts sessions, not attendance",
               "'Nowoczesna gospodarka – kapitał dla przyszłości' is a slogan"],
    note="Summary of the 6th Polish Entrepreneurship Congress (no cluster); edition 6 from 'VI Polskiego Kongresu'. "
         "The minister's ministry is written in lower case ('minister przedsiębiorczości i technologii'): not an "
         "organisation item. No year anywhere (2014-2020 is a funding period). Cut at 'naukow'.")

doc(ID[1204], None,
    E("Klastry w sieci metropolii", ["konferencja Klastry w sieci metropolii", "Konferencja Klastry w sieci metropolii",
                                     "Konferencja Klastry w sieci metropolii w Rzeszowie", "konferencja", "seminarium"],
      None, 2014),
    dates=[D("2014-04-02", "2014-04-03", "W dniach 2-3 kwietnia 2014 roku")],
    venues=[
        V("Rzeszów", "w Rzeszowie", note="heading (twice) and body"),
        V("Ratusz w Rzeszowie", "w rzeszowskim Ratuszu", ["Ratusz"], opt=True, note="building-level venue"),
    ],
    clusters=[C("Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw",
                "Ogólnopolskiego Klastra Innowacyjnych Przedsiębiorstw", OKIP, note="also 'klastra OKIP'")],
    people=[
        P("Tadeusz Ferenc", "prezydent", "prezydent Miasta Rzeszów Tadeusz Ferenc"),
        P("Stanisław Sienko", ["zastępca", "wiceprezydent"], "jego zastępca Stanisław Sienko"),
        P("Piotr Kryjom", None, "Piotr Kryjom z Polskiej Agencji Rozwoju Przedsiębiorczości", note="no title"),
        P("Paweł Wasilewski", "kierownik", "Paweł Wasilewski, Kierownik projektu ClusterCOOP"),
        P("Bogdan Węgrzynek", ["prezes", "dyrektor generalny"],
          "Bogdan Węgrzynek, Prezes i Dyrektor Generalny Ogólnopolskiego Klastra Innowacyjnych Przedsiębiorstw"),
    ],
    organizations=[
        O("Komisja Unii Metropolii Polski do spraw Badań i Innowacji",
          "Komisję Unii Metropolii Polski do spraw Badań i Innowacji",
          ["Komisja Unii Metropolii Polskich do spraw Badań i Innowacji"], note="the organiser"),
        O("Unia Metropolii Polski", "w miastach Unii Metropolii Polski", ["Unia Metropolii Polskich", "UMP"]),
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polskiej Agencji Rozwoju Przedsiębiorczości", PARP),
        O("Unia Europejska", "Unii Europejskiej", ["UE"], opt=True, note="the funding period"),
        O("Miasto Rzeszów", "Miasta Rzeszów", ["Rzeszów"], opt=True, note="municipality, inside a title"),
    ],
    not_dates=["'ID artykułu: 35323 / 7691' and the addresses are page junk"],
    note="Opens with the page's address twice and an article id (junk). ClusterCOOP is a project, not an "
         "organisation. Not the ClusterCOOP conference in Rzeszów of blind 215 (a different event at Hilton Garden "
         "Inn). Cut at 'prz'.")

doc(ID[1205], None,
    E("Międzynarodowe Targi Wynalazków i Innowacji INTARG",
      ["INTARG", "INTARG®", "Międzynarodowe Targi Wynalazków i Innowacji INTARG®",
       "Międzynarodowe Targi Wynalazków i Innowacji", "Targi", "18. edycja"], 18, None),
    dates=[
        D("XXXX-06-03", "XXXX-06-06", "w dniach 3-6 czerwca", note="'Tegoroczna' edition; no year in the text"),
        D("2001", "2001", "(2001)", note="first editions in Kraków"),
        D("2017", "2017", "(2017)", note="moved to Katowice"),
    ],
    venues=[
        V("Katowice", "w katowickim Centrum Kongresowym", note="adjective; also 'do Katowic'"),
        V("Kraków", "w Krakowie", ["Cracow"], note="venue of the first editions"),
        V("Międzynarodowe Centrum Kongresowe", "katowickim Centrum Kongresowym", ["Centrum Kongresowe", "MCK"],
          opt=True, note="building-level venue"),
    ],
    people=[P("Krzysztof Biernat", "przewodniczący", "Dr inż. Krzysztof Biernat, przewodniczący Międzynarodowego Jury")],
    organizations=[
        O("Eurobusiness-Haller", "firmy Eurobusiness-Haller", note="the founder/organiser"),
        O("Światowa Organizacja Własności Intelektualnej", "Światowej Organizacji Własności Intelektualnej (WIPO)",
          ["WIPO", "World Intellectual Property Organization"]),
        O("Międzynarodowa Federacja Stowarzyszeń Wynalazców", "Międzynarodowej Federacji Stowarzyszeń Wynalazców (IFIA)",
          ["IFIA", "Międzynarodowa Federacja Stowarzyszeń Wynalazczych"]),
        O("Urząd Patentowy RP", "Urzędu Patentowego RP", ["UPRP", "Urząd Patentowy Rzeczypospolitej Polskiej"]),
        O("Międzynarodowe Jury INTARG", "Międzynarodowego Jury INTARG®", ["Jury INTARG"], opt=True,
          note="the fair's jury"),
    ],
    not_dates=["'osiemnasty raz' restates the edition", "'Targów INTARG EKO' is an accompanying fair, not a date"],
    note="Opens with a newline. An invention fair (no cluster): edition 18 from 'Tegoroczna 18. edycja'. 'obyła' "
         "(typo) and 'w dniach' twice in one sentence. Cut at 'prze'.")

doc(ID[1206], None,
    E("Międzynarodowa Warszawska Wystawa Wynalazków IWIS",
      ["IWIS", "IWIS 2011", "International Warsaw Invention Show", "Międzynarodowa Warszawska Wystawa Wynalazków",
       "V Międzynarodowa Warszawska Wystawa Innowacji IWIS 2011", "Wystawa IWIS 2011", "Wystawa"], 5, 2011),
    dates=[
        D("2011-11-03", "2011-11-06", "3-6 listopada 2011 r."),
        D("2011", "2011", "Rok bieżący", opt=True, note="relative ('the current year'), anchored by the dates"),
    ],
    venues=[
        V("Warszawa", "w Warszawie", ["Warsaw"]),
        V("Centrum Kongresowo-Wystawiennicze Gromada", "w Centrum Kongresowo-Wystawienniczym Gromada", opt=True,
          note="building-level venue"),
    ],
    attendance=[A(23, "countries", "exact", "przedstawiciele 23 krajów")],
    people=[
        P("Zbigniew Marciniak", "podsekretarz stanu", "prof. Zbigniew Marciniak - podsekretarz stanu"),
        P("Alicja Adamczak", "prezes", "dr Alicja Adamczak - prezes Urzędu Patentowego RP"),
        P("Ewa Mańkiewicz-Cudny", "prezes", "Ewa Mańkiewicz-Cudny - prezes FSNT-NOT"),
        P("Stefan Góralczyk", "wiceprezes", "dr Stefan Góralczyk - wiceprezes FSNT-NOT"),
        P("Andres Medres", "prezydent", "dr Andres Medres - prezydent"),
        P("Adam Rylski", "prezes", "prezes SPWiR dr inż. Adam Rylski"),
        P("Maria Skłodowska-Curie", None, "Rokiem Marii Skłodowskiej-Curie", opt=True,
          note="only in the name of a commemorative year"),
    ],
    organizations=[
        O("Parlament Europejski", "Parlament Europejski", ["PE"], note="also 'Parlamentu Europejski' (cut)"),
        O("Międzynarodowa Federacja Stowarzyszeń Wynalazczych IFIA", "Międzynarodowa Federacja Stowarzyszeń Wynalazczych IFIA",
          ["IFIA", "Międzynarodowa Federacja Stowarzyszeń Wynalazczych"]),
        O("Ministerstwo Nauki i Szkolnictwa Wyższego", "Ministerstwo Nauki i Szkolnictwa Wyższego", MNISW),
        O("Federacja SNT-NOT", "Federacja SNT-NOT", ["FSNT-NOT", "Federacja Stowarzyszeń Naukowo-Technicznych NOT", "NOT"]),
        O("Polska Agencja Rozwoju Przedsiębiorczości", "PARP", PARP),
        O("Rada Główna Instytutów Badawczych", "Rada Główna Instytutów Badawczych", ["RGIB"]),
        O("Stowarzyszenie Polskich Wynalazców i Racjonalizatorów", "SPWiR", SPWIR, note="organiser (acronym only)"),
        O("Centrum Innowacji NOT", "Centrum Innowacji NOT"),
        O("Urząd Patentowy RP", "Urzędu Patentowego RP", ["UPRP", "Urząd Patentowy Rzeczypospolitej Polskiej"]),
        O("Miasto Warszawa", "Miasto Warszawa", ["m.st. Warszawa"], opt=True, note="municipality as patron"),
        O("Unia Europejska", "w Unii Europejskiej", ["UE"], opt=True, note="the Polish presidency"),
    ],
    not_dates=["'ok. 600 rozwiązań' and 'ok. 200 innowacyjnych rozwiązań' count inventions, not attendance",
               "'IWIS 2011' is a year inside a name (gives the event year)"],
    note="An invention fair (no cluster). Edition 5 from 'Po raz piąty' and 'V Międzynarodowej ... IWIS 2011'. "
         "Konkurs „Młody Innowator” and I Światowy Konkurs Wynalazków Chemicznych are contests, not organisations. "
         "Cut at 'Europejski'.")

doc(ID[1207], None,
    E("Laury Umiejętności i Kompetencji",
      ["Laury Umiejętności i Kompetencji Regionalnej Izby Gospodarczej w Katowicach", "Laury",
       "30. edycja Laurów Umiejętności i Kompetencji", "Gala wręczenia nagród", "Jubileuszowa uroczystość"], 30, None),
    dates=[D("XXXX-11-20", "XXXX-11-20", "20 listopada", note="no year in the text")],
    venues=[
        V("Katowice", "w katowickiej Narodowej Orkiestrze Symfonicznej Polskiego Radia",
          note="city as an adjective ('katowickiej'); 'w Katowicach' only inside the chamber's name"),
        V("Narodowa Orkiestra Symfoniczna Polskiego Radia", "Narodowej Orkiestrze Symfonicznej Polskiego Radia",
          ["NOSPR"], opt=True, note="building-level venue"),
    ],
    attendance=[A(30, "participants", "exact", "trzydziestce wybitnych osobowości", opt=True,
                  note="the laureates (number word 'trzydziestce'); '31 Laurów' counts awards")],
    people=[
        P("Tadeusz Donocik", ["honorowy prezes", "prezes"], "Tadeusz Donocik, honorowy prezes"),
        P("Tomasz Zjawiony", "prezes", "Tomasz Zjawiony, prezes Regionalnej Izby Gospodarczej"),
        P("Václav Havel", None, "Vaclava Havla", ["Vaclav Havel"], note="past laureate"),
        P("Tadeusz Mazowiecki", None, "Tadeusza Mazowieckiego", note="past laureate"),
        P("Wojciech Kilar", None, "Wojciecha Kilara", note="past laureate"),
        P("Krzysztof Penderecki", None, "Krzysztofa Pendereckiego", note="past laureate"),
        P("Jan Paweł II", None, "Jana Pawła II", note="past laureate"),
        P("José Manuel Barroso", None, "Jose Manuela Barroso", ["Jose Manuel Barroso"], note="past laureate"),
        P("Andrzej Wajda", None, "Andrzeja Wajdy", note="past laureate"),
        P("Leszek Balcerowicz", None, "Leszka Balcerowicza", note="past laureate"),
        P("Krzysztof Zanussi", None, "Krzysztofa Zanussiego", note="past laureate"),
    ],
    organizations=[
        O("Regionalna Izba Gospodarcza w Katowicach", "Regionalnej Izby Gospodarczej w Katowicach",
          ["Regionalna Izba Gospodarcza", "RIG"], note="also 'RIG', 'Regionalnej Izby Gospodarczej'"),
        O("Narodowa Orkiestra Symfoniczna Polskiego Radia", "Narodowej Orkiestrze Symfonicznej Polskiego Radia",
          ["NOSPR"], opt=True, note="the venue institution"),
    ],
    not_dates=["'30. rocznicę', '30-lecie', 'Trzydzieści lat temu', 'Po trzech dekadach' are anniversaries and "
               "durations, not dates", "'31 nagród' counts awards"],
    note="A business chamber's awards gala; edition 30 ('30. edycji', 'po raz trzydziesty'). No year anywhere. "
         "Lines holding one space (junk). Cut at 'dwa '.")

doc(ID[1208], "2022-05-12",
    E("Podlaska Marka", ["Podlaska Marka 2021", "Podlaska Marka Roku", "gala Podlaskiej Marki", "Uroczysta gala",
                         "konkurs Podlaska Marka", "Konkurs"], 18, 2022),
    dates=[
        D("2022-05", "2022-05", "date 2022-05", note="scraped dateline with month precision, as fresh 402"),
        D("2022-05-12", "2022-05-12", "Maj 12, 2022", note="the publication date (document_date)"),
    ],
    venues=[
        V("Opera i Filharmonia Podlaska", "w Operze i Filharmonii Podlaskiej",
          ["Opera i Filharmonia Podlaska – Europejskie Centrum Sztuki", "OiFP"], opt=True, note="building-level venue"),
        V("Białystok", "w Operze i Filharmonii Podlaskiej", opt=True,
          note="city of the opera house, not written; 'w Białymstoku' is the university's place"),
    ],
    attendance=[
        A(30, "organizations", "exact", "30 firm, produktów, przedsięwzięć i innowacji", opt=True,
          note="the nominees (not all firms)"),
        A(150, "organizations", "approx", "blisko 150 nadesłanych zgłoszeń", opt=True, note="submissions"),
    ],
    people=[
        P("Artur Kosicki", "marszałek", "marszałek Artur Kosicki"),
        P("Maciej Oksztulski", None, "dr Macieja Oksztulskiego", note="laureate; 'dr' is a degree"),
        P("Mateusz Duchnowski", None, "fot. Mateusz Duchnowski", opt=True, note="photo credit (twice)"),
    ],
    organizations=[
        O("4 szpaki", "firmy 4 szpaki", ["4szpaki"]),
        O("Pracownia Tortów Cukrowe Fantazje", "Pracowni Tortów Cukrowe Fantazje", ["Cukrowe Fantazje"]),
        O("Pronar", "centrum wystawiennicze Pronar", ["centrum wystawiennicze Pronar"]),
        O("Miasto Łomża", "miasto Łomża", ["Łomża"], opt=True, note="municipality as laureate"),
        O("Uniwersytet w Białymstoku", "Uniwersytecie w Białymstoku", ["UwB"]),
        O("Urząd Marszałkowski Województwa Podlaskiego", "UMWP", ["UMWP"], opt=True, note="photo credit"),
        O("Opera i Filharmonia Podlaska", "Operze i Filharmonii Podlaskiej", ["OiFP"], opt=True,
          note="the venue institution"),
    ],
    not_dates=["'od dwóch lat' is a duration", "'Podlaska Marka 2021' appears only in the address"],
    note="A regional business-awards gala (no cluster). Dateline ' date 2022-05 Maj 12, 2022' (junk + date). "
         "Edition 18 from 'po raz osiemnasty'; event year 2022 (the gala; the awards are for 2021). Cut at 'na r'.")

doc(ID[1209], None,
    E("Kongres Made in Poland", ["Made in Poland", "Kongres Made in Poland w Berlinie", "Made in Poland Berlin",
                                 "Kongres"], None, None),
    dates=[
        D("XXXX-06-08", "XXXX-06-09", "8-9 czerwca", note="no year of the congress in the text"),
        D("2019", "2019", "w 2019 roku", note="trade figures"),
        D("2010", "2010", "od 2010 r."),
    ],
    venues=[
        V("Berlin", "w Berlinie", note="twice"),
        V("Przedstawicielstwo Nadrenii Północnej Westfalii", "w Przedstawicielstwie Nadrenii Północnej Westfalii",
          opt=True, note="building-level venue"),
    ],
    organizations=[
        O("Polska Agencja Przedsiębiorczości", "Polska Agencja Przedsiębiorczości",
          ["Polska Agencja Inwestycji i Handlu", "PAIH"], note="sic"),
        O("Ambasada RP w Berlinie", "Ambasada RP w Berlinie", ["Ambasada RP"]),
        O("Polsko-Niemiecka Izba Przemysłowo-Handlowa", "Polsko-Niemiecka Izba Przemysłowo-Handlowa", ["AHK Polska"]),
        O("Główny Urząd Statystyczny", "GUS", ["GUS"]),
        O("Przedstawicielstwo Nadrenii Północnej Westfalii", "Przedstawicielstwie Nadrenii Północnej Westfalii",
          opt=True, note="the venue institution"),
    ],
    not_dates=["'w ciągu 9 lat' and 'Od 3 lat' are durations", "'84,5 proc.' and '130 mld euro' are amounts",
               "'III edycja' and '2022' appear only in the address (not used)"],
    note="Announcement of a Polish business congress in Berlin. Edition and year only in the address: edition and "
         "event year null, the dates XXXX. No people, no cluster.")

doc(ID[1210], None,
    E("Meetings Week Poland 2020", ["Meetings Week Poland", "sesja Polskiej Izby Przemysłu Targowego",
                                    "Podsumowanie sesji Polskiej Izby Przemysłu Targowego Meetings Week Poland 2020",
                                    "sesja PIPT", "panel"], None, 2020),
    dates=[D("2020-06-06", "2020-06-06", "z dniem 06 czerwca 2020 r.", note="the fairs' reopening date")],
    venues=[
        V("online", "Sesja prowadzona była ze studia nagrań", opt=True,
          note="the session was run from a recording studio (streamed); not said to be online"),
        V("Poznań", "Poznańskiego Congress Center", opt=True, note="only inside the studio's name"),
        V("Niemcy", "w Niemczech", ["Germany"], opt=True, note="country of another fair (Caravan Salon)"),
    ],
    people=[
        P("Nick Dug-dele Moore", "regional manager", "Nick Dug-dele Moore – Regional Manager Europe"),
        P("Elżbieta Roeske", "wiceprezes", "Elżbieta Roeske – wiceprezes zarządu"),
        P("Ewa Woch", "wiceprezes", "Ewa Woch – wiceprezes zarządu"),
        P("Paweł Orłowski", "wiceprezes", "Paweł Orłowski – wiceprezes zarządu"),
        P("Robert Głowacki", "prezes", "Robert Głowacki – prezes zarządu"),
        P("Marcin Stolarz", "prezes", "Marcin Stolarz", note="'Marcin Stolarz  –  prezes zarządu' (double spaces around the dash)"),
        P("Beata Kozyra", "prezes", "Dr Beata Kozyra – prezes zarządu"),
    ],
    organizations=[
        O("UFI The Global Association of the Exhibition Industry", "UFI The Global Association of the Exhibition Industry",
          ["UFI"]),
        O("Grupa MTP", "Grupy MTP Poznań", ["Grupa MTP Poznań", "MTP"], note="also 'Grupy MTP'"),
        O("Targi w Krakowie", "Targi w Krakowie"),
        O("Międzynarodowe Targi Gdańskie", "Międzynarodowe Targi Gdańskie", ["MTG"]),
        O("Targi Lublin", "Targi Lublin"),
        O("Międzynarodowe Centrum Kongresowe w Katowicach", "Międzynarodowe Centrum Kongresowe w Katowicach", ["MCK"]),
        O("Spodek", "Katowickiego Spodka", ["Katowicki Spodek"], opt=True, note="a venue operated by MCK"),
        O("Polska Izba Przemysłu Targowego", "Polskiej Izby Przemysłu Targowego", ["PIPT"],
          note="also 'Polska Izba Przemysłu Targowego (PIPT)'"),
        O("Poznań Congress Center", "Poznańskiego Congress Center", ["Poznańskie Congress Center"], opt=True,
          note="the studio's centre (part of Grupa MTP)"),
    ],
    not_dates=["'Meetings Week Poland 2020' is a year inside a name (gives the event year)", "'w 100%' is a share",
               "'Europe – Caravan Salon' is another fair (an event, not an organisation)"],
    note="Summary of a fair-industry panel (seven named panellists, no numeral). Lines holding one space (junk). "
         "Cut at 'w tym '.")

doc(ID[1211], None,
    E("Geneva Inventions", ["Międzynarodowa Wystawa Wynalazczości", "43. Międzynarodowa Wystawa Wynalazczości",
                            "„Geneva Inventions”", "wystawa Geneva Inventions", "43. wystawa Geneva Inventions"], 43, None),
    dates=[D("XXXX-04-15", "XXXX-04-19", "W dniach 15 - 19 kwietnia", note="no year in the text")],
    venues=[V("Genewa", "w Genewie", ["Geneva", "Genève", "Genf"])],
    attendance=[
        A(752, "organizations", "exact", "752 wystawców z 48 krajów"),
        A(48, "countries", "exact", "z 48 krajów"),
        A(60000, "participants", "more_than", "ponad 60 tys. zwiedzających"),
    ],
    organizations=[
        O("Światowa Organizacja Własności Intelektualnej", "Światowej Organizacji Własności Intelektualnej (WIPO)",
          ["WIPO", "World Intellectual Property Organization"]),
        O("Rząd Szwajcarii", "Rządu Szwajcarii", ["rząd Szwajcarii"]),
        O("Stowarzyszenie Polskich Wynalazców i Racjonalizatorów", "Stowarzyszenie Polskich Wynalazców i Racjonalizatorów",
          SPWIR),
        O("Miasto Genewa", "władz miasta Genewy", ["Genewa"], opt=True, note="the city's authorities"),
    ],
    not_dates=["'Przez pięć dni' is a duration", "'8900 m2' is an area",
               "'ponad 1000 innowacyjnych rozwiązań', 'ponad czterdzieści rozwiązań' and the medal counts are not "
               "attendance"],
    note="An invention fair abroad; edition 43 from '43. Międzynarodowa Wystawa Wynalazczości'. Opens with the "
         "portal's name 'MegaBaza edukacyjna Perspektywy®' (junk). Typo 'sytuuję'. Cut at 'wyn'.")

doc(ID[1212], None,
    E("konferencja podsumowująca projekt Innowacyjny Klaster Zdrowie i Turystyka „Uzdrowiska – Perły Polski Wschodniej”",
      ["konferencja podsumowująca projekt", "konferencja", "Innowacyjny Klaster Zdrowie i Turystyka",
       "Uzdrowiska – Perły Polski Wschodniej – podsumowanie projektu"], None, 2011),
    dates=[D("2011-12-15", "2011-12-15", "15 grudnia 2011 roku")],
    venues=[
        V("Świlcza", "w Świlczy"),
        V("Hotel Wellness&Spa „Nowy Dwór”", "w Hotelu Wellness&Spa, „Nowy Dwór”", ["Nowy Dwór", "Hotel Nowy Dwór"],
          opt=True, note="building-level venue"),
        V("Rzeszów", "koło Rzeszowa", opt=True, note="'near Rzeszów': a location hint, not the venue"),
    ],
    clusters=[C("Innowacyjny Klaster Zdrowie i Turystyka „Uzdrowiska – Perły Polski Wschodniej”",
                "Innowacyjny Klaster Zdrowie i Turystyka „Uzdrowiska – Perły Polski Wschodniej”",
                ["Innowacyjny Klaster Zdrowie i Turystyka", "Uzdrowiska – Perły Polski Wschodniej",
                 "„Uzdrowiska – Perły Polski Wschodniej”"],
                note="twice, as the project's name; also 'Klastra', 'Biura Klastra'")],
    people=[
        P("Maciej Piotrowski", "kierownik", "dr Maciej Piotrowski – Kierownik Projektu"),
        P("Tomasz Soliński", "dyrektor", "dr Tomasz Soliński – Dyrektor Biura Klastra"),
        P("Piotr Komornicki", ["prezes", "przewodniczący"], "Pan Piotr Komornicki, Prezes Uzdrowiska Iwonicz SA"),
        P("Paweł Szczygieł", "prezes", "Pan Paweł Szczygieł, Prezes Uzdrowiska Rymanów SA"),
        P("Jacek Rodzinka", None, "dr Jacek Rodzinka", note="of the macroeconomics chair; no title"),
        P("Robert Dankiewicz", None, "dr Robert Dankiewicz", note="no title"),
    ],
    organizations=[
        O("Instytut Gospodarki Wyższej Szkoły Informatyki i Zarządzania w Rzeszowie",
          "Instytut Gospodarki Wyższej Szkoły Informatyki i Zarządzania w Rzeszowie",
          ["Instytut Gospodarki WSIiZ", "Instytut Gospodarki"], note="the organiser"),
        O("Wyższa Szkoła Informatyki i Zarządzania w Rzeszowie", "Wyższej Szkoły Informatyki i Zarządzania w Rzeszowie",
          ["WSIiZ", "Wyższa Szkoła Informatyki i Zarządzania"]),
        O("Uzdrowisko Iwonicz SA", "Uzdrowiska Iwonicz SA", ["Uzdrowisko Iwonicz"]),
        O("Uzdrowisko Rymanów SA", "Uzdrowiska Rymanów SA", ["Uzdrowisko Rymanów"]),
        O("Politechnika Rzeszowska", "Politechnikę Rzeszowską", ["PRz"]),
        O("Katedra Makroekonomii Wyższej Szkoły Informatyki i Zarządzania w Rzeszowie", "Katedra Makroekonomii",
          ["Katedra Makroekonomii"], opt=True, note="a chair of the school"),
    ],
    not_dates=["'Fundusze Europejskie – dla rozwoju Polski Wschodniej' is a programme's name"],
    note="Closing conference of a spa/tourism cluster project. Cut at 'wystąpieniami ' (trailing space).")

doc(ID[1213], None,
    E("Spotkanie konsultacyjne dotyczące Krajowych Klastrów Kluczowych",
      ["spotkanie konsultacyjne", "Debata", "spotkanie konsultacyjne dotyczące wyboru Krajowych Klastrów Kluczowych"],
      None, 2014),
    dates=[
        D("2014-10-14", "2014-10-14", "14 października 2014 r."),
        D("2014-10-13", "2014-10-13", "do 13 października 2014 r.", note="registration deadline"),
    ],
    venues=[V("Warszawa", "w Warszawie", ["Warsaw"])],
    organizations=[O("Ministerstwo Gospodarki", "Ministerstwo Gospodarki", ["MG"])],
    not_dates=["'justyna.choinska-jackiewicz@mg.gov.pl' and 'www.mg.gov.pl' are addresses (no person annotated)"],
    note="Short (570 bytes) invitation to a ministry consultation on the Key National Clusters; 'Krajowy Klaster "
         "Kluczowy' is a status, not a named cluster.")

doc(ID[1214], "2025-09-28",
    E("Podkarpacki Festiwal Nauki i Innowacji", ["Festiwal Nauki i Innowacji", "festiwal",
                                                  "Festiwal innowacji w Rzeszowie"], None, 2025),
    dates=[
        D("2025-09-28", "2025-09-28", "date 2025-09-28", note="scraped dateline (document_date)"),
        D("2025-11-12", "2025-11-15", "12–15 listopada", note="year from the dateline (en dash)"),
    ],
    venues=[V("Jasionka", "Rzeszów-Jasionka", ["Rzeszów-Jasionka", "Rzeszów"])],
    people=[
        P("Tomasz Rożek", "popularyzator nauki", "Tomasz Rożek, popularyzator nauki"),
        P("Maciej Kawecki", "promotor", "Maciej Kawecki, promotor polskich talentów"),
    ],
    organizations=[O("Podkarpackie Centrum Innowacji", "Podkarpackim Centrum Innowacji", ["PCI"])],
    not_dates=["'po tych kilku dniach' is a duration"],
    note="Interview announcing an innovation festival; the interviewee is not named. Cut at 'sportu'.")

doc(ID[1215], "2010-11-29",
    E("Brussels INNOVA", ["BRUSSELS INNOVA", "Brussels INNOVA 2010", "„BRUSSELS INNOVA” 2010",
                          "Międzynarodowe Wielobranżowe Targi Wynalazczości, Badań Naukowych i Nowych Technik",
                          "Targi"], 59, 2010),
    dates=[
        D("2010-11-29", "2010-11-29", "29/11/2010", note="'dodano: Poniedziałek, 29/11/2010 16:29' (document_date)"),
        D("2010-11-18", "2010-11-20", "W dniach 18-20 listopada", note="year from the title and the stamp"),
        D("1990", "1990", "od 1990 roku"),
        D("1994", "1994", "od 1994 roku"),
    ],
    venues=[
        V("Bruksela", "w Brukseli", ["Brussels", "Bruxelles"]),
        V("Heysel Expo", "na terenach wystawienniczych Heysel Expo", ["Brussels Expo"], opt=True,
          note="fair grounds"),
    ],
    attendance=[
        A(30, "countries", "exact", "przedstawiciele 30 krajów"),
        A(80, "participants", "more_than", "ponad osiemdziesięcioosobowy zespół ekspertów", opt=True,
          note="the jury (a compound number word)"),
    ],
    people=[
        P("Damian Łazurkiewicz", None, "Damian Łazurkiewicz", note="student author"),
        P("Piotr Jędrzejowski", None, "Piotr Jędrzejowski", note="student author"),
        P("Zbigniew Murawski", None, "mgr inż. Zbigniewa Murawskiego", note="supervisor; degrees only"),
    ],
    organizations=[
        O("Stowarzyszenie Polskich Wynalazców i Racjonalizatorów", "Stowarzyszenie Polskich Wynalazców i Racjonalizatorów",
          SPWIR, note="three times"),
        O("Technikum Mechatroniczne w Bartoszycach", "Technikum Mechatronicznego w Bartoszycach"),
        O("Ministerstwo Nauki i Szkolnictwa Wyższego", "Ministerstwo Nauki i Szkolnictwa Wyższego", MNISW),
        O("Urząd Saint Josse", "Urzędzie Saint Josse", opt=True, note="cut off at the end"),
    ],
    not_dates=["'ok. 500 rozwiązań' and '54 rozwiązania' count inventions", "'po raz 21' counts the association's "
               "participations, not the fair's edition", "'III edycji Konkursu Młody Innowator' is another event's "
               "edition", "'19 kategoriach' is not attendance"],
    note="Invention fair in Brussels; edition 59 from '59 Międzynarodowe ... Targi'. Cut at 'Bruksel'.")

doc(ID[1216], "2019-06-04",
    E("Nagrody Roku Gminy Kłodzko „Ranunculus Penicillatus”",
      ["Nagrody Roku Gminy Kłodzko", "Jaskry", "Nagroda Roku Gminy Kłodzko „Ranunculus Penicillatus”",
       "Wręczenie Nagród Roku Gminy Kłodzko „Ranunculus Penicillatus”", "Ranunculus Penicillatus"], 18, 2019),
    dates=[D("2019-06-04", "2019-06-04", "4.6.2019", note="'wtorek, 4.6.2019 09:58' (document_date)")],
    people=[
        P("Monika Wielichowska", "posłanka", "posłanka na Sejm RP Monika Wielichowska"),
        P("Marcin Gwóźdź", "wicemarszałek", "wicemarszałek Dolnego Śląska Marcin Gwóźdź"),
        P("Zbigniew Tur", ["wójt", "przewodniczący"], "wójt Zbigniew Tur jako przewodniczący"),
        P("Ryszard Jastrzębski", "przewodniczący", "Ryszard Jastrzębski – przewodniczący Rady Gminy"),
        P("Mariola Kozak", "wiceprzewodnicząca", "Mariola Kozak – obecnie wiceprzewodnicząca RG"),
        P("Ludwika Golec", "sołtys", "Ludwika Golec – sołtys wsi Marcinów"),
        P("Leszek Bobula", "przewodniczący", "Leszek Bobula – przewodniczący Rady Powiatowej DIR w Kłodzku"),
        P("Justyna Szwed", None, "Justyna Szwed", note="nominee"),
    ],
    organizations=[
        O("Gmina Kłodzko", "Gminy Kłodzko", ["gmina Kłodzko"], opt=True, note="the municipality inside the award's name"),
        O("Rada Gminy Kłodzko", "Rady Gminy", ["Rada Gminy", "RG"], opt=True),
        O("Rada Powiatowa DIR w Kłodzku", "Rady Powiatowej DIR w Kłodzku",
          ["Dolnośląska Izba Rolnicza", "DIR"], opt=True),
        O("Biblioteka Publiczna Gminy Kłodzko", "Biblioteki Publicznej Gminy Kłodzko",
          ["Filia nr 1 Biblioteki Publicznej Gminy Kłodzko w Krosnowicach"], note="nominee"),
        O("Centrum Integracji Społecznej", "Centrum Integracji Społecznej", ["CIS"], note="nominee"),
        O("Bielinex-Beton sp. z o.o.", "Bielinex-Beton sp. z o.o.", ["Bielinex-Beton"], note="Entrepreneur of the Year"),
        O("Sejm RP", "Sejm RP", ["Sejm"], opt=True, note="inside a title"),
    ],
    not_dates=["'od osiemnastu lat' is a duration", "'09:58 3077 0' is a time and page counters",
               "'blisko trzydzieści nominacji', 'jedenaście ... statuetek' count nominations and awards"],
    note="A municipality's annual awards gala (incl. 'Przedsiębiorca Roku'); edition 18 from 'osiemnasta z kolei "
         "edycja'. No venue named. Not the same report as gminapolska.com (another page on the same gala, not used). "
         "Cut at 'Pi'.")

doc(ID[1217], None,
    E("Spotkanie w sprawie Klastra Budowlanego",
      ["spotkanie założycielskie", "pierwsze (założycielskie) spotkanie", "spotkanie w sprawie powołania Klastra "
       "Budowlanego", "11.04.2011r. Spotkanie w sprawie Klastra Budowlanego"], 1, 2011),
    dates=[D("2011-04-11", "2011-04-11", "11.04.2011r.", note="twice (title and body)")],
    clusters=[C("Klaster Budowlany", "Klastra Budowlanego", ["Wschodni Klaster Budowlany"],
                note="the cluster being founded (three times)")],
    people=[P("Marcin Rutkowski", None, "Pana Marcina Rutkowskiego", note="responsible for the application")],
    note="Very short (521 bytes) founding meeting of a building cluster; edition 1 from 'pierwsze (założycielskie) "
         "spotkanie'. The 'Klub' (the publisher) is not named. No venue.")

skipped(ID[1218], "en", "English: the Podkarpacka Cluster Academy in Rzeszów (over 80 participants, keynote "
                        "speakers); language gate")
skipped(ID[1219], "cs", "Czech: the European Cluster Conference in Bucharest, 14-16 May 2019 (450 participants), "
                        "reported by the Czech furniture cluster; language gate")
