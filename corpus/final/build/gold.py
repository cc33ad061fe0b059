"""Hand-written gold for corpus/final (ids 300-319), following corpus/GUIDE.md and the
conventions of corpus/heldout/SOURCES.md and corpus/blind/SOURCES.md.

Run: python3 gold.py  -> writes ../gold/*.json and checks that every `text` is an exact
substring of the raw file (so char spans can be computed from it: raw.find(text)).
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import D, V, A, C, P, O, E, DOCS, doc, skipped  # noqa: F401 (the item helpers, see corpus/goldkit.py)

# ---------------------------------------------------------------------------------------------
doc("300_walne-lubuski-klaster-metalowy", None,
    E("Walne Zebranie Członków Lubuskiego Klastra Metalowego",
      ["Walne Zebranie Członków 2020", "Walne Zebranie Członków", "zebranie sprawozdawczo-wyborcze"],
      None, 2020),
    dates=[D("2020-09-17", "2020-09-17", "17 września 2020 roku")],
    venues=[V("Gorzów Wielkopolski", "66-400 Gorzów Wlkp.", ["Gorzów Wlkp.", "Gorzów"], opt=True,
              note="only the cluster's postal address (twice); where the meeting took place is not said")],
    clusters=[C("Lubuski Klaster Metalowy", "Lubuskiego Klastra Metalowego")],
    people=[
        P("Katarzyna Cheba", None, "Pani Katarzyna Cheba", note="new board member: no title given"),
        P("Aleksandra Radomska-Zalas", None, "Pani Aleksandra Radomska-Zalas"),
        P("Andrzej Kuciński", None, "Pan Andrzej Kuciński", note="elected to the audit committee"),
        P("Ryszard Bartz", None, "Pana Ryszarda Bartza"),
        P("Zbigniew Marcinkiewicz", None, "Pana Zbigniewa Marcinkiewicza"),
        P("Andrzej Graczykowski", "prezes", "prezesem nadal pozostaje Pan Andrzej Graczykowski"),
    ],
    organizations=[
        O("CORNET", "międzynarodowej inicjatywy CORNET", opt=True, note="an international research initiative/network"),
    ],
    not_dates=["'Walne Zebranie Członków 2020' is a year inside a name",
               "'czteroletniej kadencji' is a duration", "'66-400' is a postal code"],
    note="Typo 'Dononano' in the text. INEPT is a project, not an organisation.")

doc("301_matchmaking-balkany-zagrzeb", None,
    E("Western Balkans Cluster Policy Learning and Matchmaking Event",
      ["Western Balkans Cluster Policy Learning and Matchmaking Event w Chorwacji",
       "spotkanie informacyjne dla klastrów europejskich i Bałkanów Zachodnich"], None, 2018),
    dates=[D("2018-11-22", "2018-11-23", "W dniach 22-23 listopada 2018")],
    venues=[
        V("Zagrzeb", "w Zagrzebiu", ["Zagreb"]),
        V("Chorwacja", "w Chorwacji", opt=True, note="country of the venue, in the title"),
        V("Technology Park Zagreb", "w Technology Park Zagreb", ["Startup Factory"], opt=True,
          note="building-level venue"),
    ],
    attendance=[A(60, "organizations", "exact", "60 wybranych organizacji klastrowych")],
    clusters=[C("Klaster LTPP", "Klaster LTPP", ["LTPP"])],
    people=[P("Jan Kordasiewicz", "wiceprezes", "Wiceprezes p. Jan Kordasiewicz")],
    organizations=[
        O("Komisja Europejska", "Komisja Europejska", ["KE"]),
        O("Europejska Platforma Współpracy Klastrów", "Europejską Platformą Współpracy  Klastrów (ECCP)",
          ["ECCP", "European Cluster Collaboration Platform"], note="two spaces before 'Klastrów' in the text"),
        O("Unia Europejska", "Unii Europejskiej", ["UE"], opt=True, note="as a modifier ('Polityka klastrów Unii Europejskiej')"),
        O("Technology Park Zagreb", "Technology Park Zagreb", opt=True, note="the venue"),
        O("Startup Factory", "Startup Factory", opt=True),
    ],
    not_dates=["'7.300 m2' is an area", "'ponad 100 modułowymi pomieszczeniami' counts rooms"],
    note="COSME is a programme, not an organisation. A closing quote without an opening one and doubled spaces are kept.")

doc("302_iii-kongres-zapowiedz-sejm", None,
    E("Kongres Klastrów Polskich", ["III Kongres Klastrów Polskich", "III Kongres Klastrów", "Kongres Klastrów"], 3, None),
    dates=[D("XXXX-09-22", "XXXX-09-22", "22 września", note="no year anywhere in the text")],
    venues=[V("Sejm RP", "w Sejmie", ["Sejm"], opt=True, note="building-level venue; the city is not named")],
    people=[
        P("Krzysztof Krystowski", "prezes", "Krzysztof Krystowski, prezes Związku Pracodawców Klastry Polskie"),
        P("Bartłomiej Bodio", ["poseł", "przewodniczący"],
          "Bartłomiej Bodio - poseł na Sejm RP, przewodniczący Parlamentarnego Zespołu ds. Polityki Klastrowej"),
        P("Grażyna Henclewska", "podsekretarz", "Grażyna Henclewska - podsekretarz stanu w Ministerstwie Gospodarki"),
        P("Iwona Wendel", "podsekretarz", "Iwona Wendel - podsekretarz stanu w Ministerstwie Infrastruktury i Rozwoju"),
        P("Bożena Lublińska-Kasprzak", "prezes", "Bożena Lublińska-Kasprzak - prezes Polskiej Agencji Rozwoju Przedsiębiorczości"),
        P("Patrycja Zielińska", "wiceprezes", "Patrycja Zielińska - wiceprezes Agencji Rozwoj", note="text cut inside the agency's name"),
    ],
    organizations=[
        O("Związek Pracodawców Klastry Polskie", "Związek Pracodawców Klastry Polskie",
          ["ZP Klastry Polskie", "Klastry Polskie", "Związek Pracodawców Klastrów Polskich"]),
        O("Parlamentarny Zespół ds. Polityki Klastrowej", "Parlamentarny Zespół ds. Polityki Klastrowej",
          ["Parlamentarny Zespół ds Polityki Klastrowej", "Parlamentarny Zespół do spraw Polityki Klastrowej"]),
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polskiej Agencji Rozwoju Przedsiębiorczości", ["PARP"]),
        O("Ministerstwo Gospodarki", "w Ministerstwie Gospodarki", opt=True, note="only inside a title"),
        O("Ministerstwo Infrastruktury i Rozwoju", "w Ministerstwie Infrastruktury i Rozwoju", opt=True, note="only inside a title"),
        O("Sejm RP", "Sejm RP", ["Sejm", "Sejm Rzeczypospolitej Polskiej"], opt=True),
    ],
    not_dates=["'od trzech lat' is a duration"],
    note="Announcement of the III Kongres Klastrów Polskich; the text is cut at 'Agencji Rozwoj'.")

doc("303_spotkanie-klastra-wojslawice", "2018-06-26",
    E("spotkanie robocze Klastra Energii Odnawialnej Ziemi Chełmskiej", ["spotkanie robocze"], None, 2018),
    dates=[
        D("2018-06-26", "2018-06-26", "opublikowano: 2018-06-26", note="publication date (also the document_date); time 06:40:27 ignored"),
        D("2018-06-20", "2018-06-20", "Dnia 20 czerwca 2018 roku"),
    ],
    venues=[
        V("Wojsławice", "w Urzędzie Gminy Wojsławice", opt=True,
          note="the village appears only inside the office's name (nominative apposition, like 'PGE Arena Gdańsk')"),
        V("Urząd Gminy Wojsławice", "Urzędzie Gminy Wojsławice", opt=True, note="building-level venue"),
    ],
    clusters=[C("Klaster Energii Odnawialnej Ziemi Chełmskiej", "Klastra Energii Odnawialnej Ziemi Chełmskiej")],
    people=[
        P("Henryk Gołębiowski", "wójt", "Pan Henryk Gołębiowski Wójt Gminy Wojsławice"),
        P("Edyta Niezgoda", "wójt", "Pani Edyta Niezgoda Wójt Gminy Żmudź"),
        P("Wiesław Kociuba", "wójt", "Pan Wiesław Kociuba Wójt Gminy Chełm"),
        P("Henryk Maruszewski", "wójt", "Pan Henryk Maruszewski Wójt Gminy Białopole"),
        P("Wojciech Sawa", "wójt", "Pan Wojciech Sawa Wójt Gminy Dorohusk"),
        P("Mateusz Berger", None, "Pan Mateusz Berger"),
        P("Paweł Kostrzewa", None, "Paweł Kostrzewa z Polskiej Izby"),
        P("Grzegorz Maśloch", None, "dr inż. Grzegorz Maśloch", note="academic titles are not roles"),
    ],
    organizations=[
        O("Polska Izba Odnawialnych Źródeł Energii i Efektywnej Energetyki",
          "Polskiej Izby Odnawialnych Źródeł Energii i Efektywnej Energetyki"),
        O("Szkoła Główna Handlowa w Warszawie", "Szkoły Głównej Handlowej w Warszawie", ["Szkoła Główna Handlowa", "SGH"]),
        O("Katedra Ekonomiki i Finansów Samorządu Terytorialnego", "Katedry Ekonomiki i Finansów Samorządu Terytorialnego",
          opt=True, note="a unit of SGH"),
        O("Urząd Gminy Wojsławice", "Urzędzie Gminy Wojsławice", opt=True),
        O("Gmina Wojsławice", "Gminy Wojsławice", opt=True, note="municipalities only inside titles"),
        O("Gmina Żmudź", "Gminy Żmudź", opt=True),
        O("Gmina Chełm", "Gminy Chełm", opt=True),
        O("Gmina Białopole", "Gminy Białopole", opt=True),
        O("Gmina Dorohusk", "Gminy Dorohusk", opt=True),
    ],
    note="Warszawa appears only inside the university's name: not a venue. Chełm appears only in 'Wójt Gminy Chełm'.")

doc("304_wizyta-siekierczyn-zklaster", None,
    E("wizyta w Zklastrze", ["Siekierczyński samorząd z wizytą w Zklastrze", "wizyta", "z wizytą w Zklastrze"], None, None),
    dates=[D("XXXX-05-18", "XXXX-05-18", "18 maja b.r.",
             note="'b.r.' = the document's year, but the text gives no year anywhere (the paragraph is printed twice)")],
    venues=[V("Zgorzelec", "w okolicach Zgorzelca",
              note="the photovoltaic farms visited lie near Zgorzelec; the only place named for the visit")],
    clusters=[C("Zgorzelecki Klaster Rozwoju Odnawialnych Źródeł Energii i Efektywności Energetycznej",
                "Zgorzeleckim Klastrze Rozwoju Odnawialnych Źródeł Energii i Efektywności Energetycznej (Zklaster)",
                ["Zklaster", "ZKlaster", "Zgorzelecki Klaster Energii"])],
    people=[
        P("Albert Gryszczuk", "prezes", "Pana Alberta Gryszczuk - Prezesa Zarządu Krajowej Izby Klastrów Energii",
          note="surname left undeclined in the text"),
        P("Agnieszka Spirydowicz", "prezes", "Pani Agnieszka Spirydowicz - Prezes Zarządu Zklastra"),
    ],
    organizations=[
        O("Krajowa Izba Klastrów Energii", "Krajowej Izby Klastrów Energii"),
        O("Urząd Gminy Siekierczyn", "Urzędu Gminy Siekierczyn", opt=True),
        O("Gmina Siekierczyn", "Gmina Siekierczyn", opt=True, note="municipality; also the signature line"),
    ],
    note="The Wójt of Siekierczyn is not named. The first paragraph is duplicated by the scrape.")

# ---------------------------------------------------------------------------------------------
doc("305_konferencja-kraina-jeziorki", None,
    E("Nasz piaseczyński pomysł na Klaster Energii Kraina Jeziorki",
      ["konferencja informacyjno-inauguracyjna ,,Nasz piaseczyński pomysł na Klaster Energii Kraina Jeziorki”",
       "konferencja informacyjno-inauguracyjna „Nasz piaseczyński pomysł na Klaster Energii Kraina Jeziorki”",
       "konferencja informacyjno-inauguracyjna", "konferencja"], None, None),
    dates=[D("XXXX-09-18", "XXXX-09-18", "W poniedziałek 18 września",
             note="no year anywhere in the text; the weekday is not used to infer one")],
    venues=[
        V("starostwo", "w starostwie", ["Starostwo Powiatowe w Piasecznie", "starostwo powiatowe"], opt=True,
          note="building-level venue, unnamed"),
        V("Piaseczno", "gminy Piaseczno", opt=True,
          note="the county office is in Piaseczno, but the text names the town only inside 'Gminy Piaseczno'"),
    ],
    clusters=[C("Klaster Energii Kraina Jeziorki", "Klastra Energii ,,Kraina Jeziorki”",
                ["Klaster Energii „Kraina Jeziorki”", "Klaster Energii ,,Kraina Jeziorki”", "Kraina Jeziorki"],
                note="a cluster being founded (letter of intent); opening quote typed as two commas")],
    people=[
        P("Wojciech Ołdakowski", "starosta", "Starosta Piaseczyński Wojciech Ołdakowski"),
        P("Arkadiusz Strzyżewski", "wicestarosta", "Arkadiusz Strzyżewski – wicestarosta"),
        P("Anna Bednarska", "pełnomocnik", "Anna Bednarska – Pełnomocnik Burmistrza Gminy Piaseczno"),
        P("Dariusz Zych", None, "Dariusz Zych – przedstawiciel Stowarzyszenia Producentów Polska Biomasa",
          note="'przedstawiciel' describes, it is not a title"),
        P("Bartłomiej Steczowicz", None, "Bartłomiej Steczowicz – Teraz Energia Sp. zoo"),
        P("Małgorzata Mróz", None, "Małgorzata Mróz - IEN Energy Sp. zoo"),
        P("Agnieszka Przesmycka", None, "Agnieszka Przesmycka z Ministerstwa Energii"),
        P("Hanna Magdziarz", None, "Hanna Magdziarz z gminy Piaseczno"),
        P("Piotr Budzisz", None, "Piotr Budzisz z ATSystem"),
    ],
    organizations=[
        O("Stowarzyszenie Producentów Polska Biomasa", "Stowarzyszenia Producentów Polska Biomasa", ["Polska Biomasa"]),
        O("Teraz Energia Sp. z o.o.", "Teraz Energia Sp. zoo", ["Teraz Energia Sp. zoo", "Teraz Energia"]),
        O("IEN Energy Sp. z o.o.", "IEN Energy Sp. zoo", ["IEN Energy Sp. zoo", "IEN Energy"]),
        O("Ministerstwo Energii", "z Ministerstwa Energii"),
        O("ATSystem", "z ATSystem"),
        O("Gmina Piaseczno", "Gminy Piaseczno", opt=True, note="municipality; also inside a title"),
    ],
    not_dates=["'DSC0032BB', 'DSC0060' … are photo file names"],
    note="Text cut at 'uczestników spo'. 'List Intencyjny' is a document, not an event.")

doc("306_forum-energetyczne-gdansk", None,
    E("Forum energetyczne", ["konferencja", "Forum Energetyczne", "Konferencja w Gdańsku"], None, 2026),
    dates=[D("2026-03-10", "2026-03-10", "10 marca 2026 roku")],
    venues=[V("Gdańsk", "Konferencja w Gdańsku", note="also '10 marca 2026 roku Gdańsk stał się miejscem'")],
    clusters=[C("Słupski Klaster Bioenergetyczny", "Słupskiego Klastra Bioenergetycznego", ["SKB"],
                note="also 'koordynatora klastra SKB'")],
    people=[P("Mieczysław Struk", "marszałek", "Marszałka Województwa Pomorskiego Mieczysława Struka")],
    organizations=[
        O("Ministerstwo Klimatu i Środowiska", "Ministerstwo Klimatu i Środowiska"),
        O("Samorząd Województwa Pomorskiego", "Samorząd Województwa Pomorskiego", opt=True,
          note="regional government as partner"),
    ],
    not_dates=[],
    note="The page opens mid-article; the heading 'Forum energetyczne' and the date follow the body, "
         "and the text is cut at 'energetyki lo'. 'Krajowy Plan Odbudowy i Zwiększania Odporności' and "
         "'Słupska Wyspa Bioenergetyczna' are a programme and a project, not organisations.")

doc("307_clusters-meet-regions-koszyce", None,
    E("Clusters meet Regions and Matchmaking", ["Clusters meet Regions and Matchmaking event", "Clusters meet Regions",
                                                 "ClusterMeetRegions"], None, 2023),
    dates=[D("2023-03-29", "2023-03-30", "29-30 marca 2023", note="also '29/30.03.2023' (same value)")],
    venues=[
        V("Koszyce", "Koszyce (Słowacja)", ["Košice"]),
        V("Słowacja", "(Słowacja)", opt=True, note="country of the venue"),
    ],
    attendance=[A(2, "organizations", "exact", "dwa pozostałe Krakowa Klastry Kluczowe", opt=True,
                  note="subgroup of the attendance (clusters from Małopolska), number word")],
    clusters=[
        C("Polski Klaster Technologii Kompozytowych", "Polski Klaster Technologii Kompozytowych", ["PKTK"]),
        C("LifeScience", "LifeScience", ["Klaster LifeScience", "LifeScience Kraków"]),
        C("Klaster Zrównoważona Infrastruktura", "Klaster Zrównoważona Infrastruktura"),
        C("Krajowy Klaster Kluczowy", "Krajowy Klaster Kluczowy", opt=True, note="a status, not a cluster's name"),
    ],
    people=[
        P("Andrzej Czulak", ["lider", "koordynator"], "Lidera PKTK dr inż. Andrzeja Czulak, koordynatora klastra",
          note="surname left undeclined"),
        P("Agnieszka Bachórz", "kierownik", "pani Agnieszka Bachórz, kierownik zespołu"),
        P("Monika Antonowicz", None, "Od lewej Monika Antonowicz", note="photo caption"),
    ],
    organizations=[
        O("Europejska Agencja ds. Małych i Średnich Przedsiębiorstw", "Europejską Agencję ds. Małych i Średnich Przedsiębiorstw (EASME)",
          ["EASME", "Europejska Agencja do spraw Małych i Średnich Przedsiębiorstw"]),
        O("Słowacka Agencja Rozwoju Inwestycji i Handlu", "Słowacką Agencję Rozwoju Inwestycji i Handlu (SARIO)", ["SARIO"]),
        O("Komisja Europejska", "Komisji Europejskiej", ["KE"]),
        O("Małopolski Urząd Marszałkowski", "Małopolskiego Urzędu Marszałkowskiego",
          ["Urząd Marszałkowski Województwa Małopolskiego"]),
        O("Ukraine Invest", "Ukraine Invest", opt=True, note="a section heading; unclear whether an organisation"),
    ],
    note="Event name opens with a closing quote only. 'Krakowa' (sic) for 'Krajowe'.")

doc("308_spotkanie-klastrow-v4-ostrawa", None,
    E("spotkanie klastrów krajów Grupy Wyszehradzkiej",
      ["spotkanie klastrów krajów Grupy Wyszehradzkiej (V4)", "spotkanie klastrów V4", "spotkanie"], None, None),
    dates=[D("XXXX-11-25", "XXXX-11-25", "25 listopada", note="no year in the text (2009 is only in the address)")],
    venues=[V("Ostrawa", "w Ostravie", ["Ostrava"], note="also 'w Ostrawie'; nominative Polish exonym")],
    attendance=[A(3, "organizations", "exact", "trzy klastry", opt=True,
                  note="the Polish clusters only: a subgroup of the attendance, in words")],
    clusters=[
        C("NTHills", "NTHills", ["Klaster NTHills"], note="glued to the next name: 'NTHillsKlaster Wodny'"),
        C("Klaster Wodny", "Klaster Wodny"),
        C("E-południe", "E-południe", ["Klaster E-południe"]),
    ],
    organizations=[
        O("Agentura Pre Regionalni Rozvoj", "Agentura Pre Regionalni Rozvoj",
          ["Agentura pro regionální rozvoj", "Agentura pro Regionalni Rozvoj"]),
        O("Connectionpoint sp. z o.o.", "Connectionpoint sp. z o.o.", ["Connectionpoint"]),
        O("Ministerstwo Gospodarki Węgier", "Ministerstwo Gospodarki Węgier"),
        O("Ministerstwo Gospodarki Słowacji", "Ministerstwo Gospodarki Słowacji"),
        O("Grupa Wyszehradzka", "Grupy Wyszehradzkiej (V4)", ["V4"], opt=True, note="a group of states"),
    ],
    note="Węgry, Słowacja, Republika Czeska are partner countries, not venues. Archive banner in English kept.")

doc("309_xi-kongres-ptk-lubuskie", None,
    E("Kongres Klastrów Polskich", ["XI Kongres Klastrów Polskich", "11 Kongres Klastrów Polskich",
                                    "11 Kongres Klastrów Polskich w PTK Lubuskie"], 11, None),
    dates=[D("XXXX-10-29", "XXXX-10-29", "29 października", note="no year in the text")],
    venues=[V("Park Technologii Kosmicznych", "w Parku Technologii Kosmicznych",
              ["PTK Lubuskie", "Park Technologii Kosmicznych – Badań, Innowacji i Rozwoju Sp. z o.o.",
               "Park Technologii Kosmicznych – PTK Lubuskie", "Park Technologii Kosmicznych – Badań, Innowacji i Rozwoju"],
              opt=True, note="building-level venue; the city (Zielona Góra) is not named")],
    people=[
        P("Sebastian Ciemnoczołowski", "marszałek", "Sebastian Ciemnoczołowski, marszałek województwa lubuskiego"),
        P("Łukasz Porycki", "członek zarządu", "członek Zarządu Województwa Lubuskiego Łukasz Porycki"),
        P("Anna Synowiec", "przewodnicząca", "Anna Synowiec Przewodnicząca Sejmiku Województwa Lubuskiego"),
        P("Sławomir Kotylak", "radny", "radny województwa dr Sławomir Kotylak"),
    ],
    organizations=[
        O("Związek Pracodawców Klastry Polskie", "Związek Pracodawców Klastry Polskie",
          ["ZP Klastry Polskie", "Klastry Polskie", "Związek Pracodawców Klastrów Polskich"]),
        O("Urząd Marszałkowski Województwa Lubuskiego", "Urząd Marszałkowski Województwa Lubuskiego"),
        O("Park Technologii Kosmicznych – Badań, Innowacji i Rozwoju Sp. z o.o.", "Park Technologii Kosmicznych – PTK Lubuskie",
          ["PTK Lubuskie", "Park Technologii Kosmicznych", "Park Technologii Kosmicznych – Badań, Innowacji i Rozwoju"]),
        O("Sejmik Województwa Lubuskiego", "Sejmiku Województwa Lubuskiego", opt=True, note="only inside a title"),
        O("Zarząd Województwa Lubuskiego", "Zarządu Województwa Lubuskiego", opt=True, note="only inside a title"),
    ],
    not_dates=["'dwudniowy' is a duration"],
    note="Same event as held-out 100 (11th congress), different page and text.")

# ---------------------------------------------------------------------------------------------
doc("310_vi-kongres-szczecin-pke", None,
    E("Kongres Klastrów Polskich", ["VI Kongres Klastrów Polskich"], 6, 2020),
    dates=[
        D("2020-11-09", "2020-11-10", "(9-10.11.2020)", note="printed twice (duplicated paragraph)"),
        D("2020-11-09", "2020-11-09", "W dniu dzisiejszym", opt=True,
          note="relative date anchored by the opening day of the congress"),
    ],
    venues=[V("Szczecin", "w Szczecinie")],
    clusters=[
        C("Zachodniopomorski Klaster Zielona Chemia", "Zachodniopomorski Klaster „Zielona Chemia”",
          ["Zachodniopomorski Klaster „Zielona Chemia”", "Zielona Chemia", "Klaster Zielona Chemia"]),
        C("Polski Klaster Edukacyjny", "Polskiego Klastra Edukacyjnego", ["PKE"]),
    ],
    people=[P("Witold Wiśniewski", "prezes", "Witold Wiśniewski, prezes Prezydium PKE")],
    organizations=[
        O("Związek Pracodawców Klastry Polskie", "Związek Pracodawców Klastry Polskie",
          ["ZP Klastry Polskie", "Klastry Polskie", "Związek Pracodawców Klastrów Polskich"]),
        O("Unia Europejska", "Unii Europejskiej", ["UE"], opt=True, note="as a level of policy"),
    ],
    not_dates=["'klastrypolskie.pl' is a web address"],
    note="The first paragraph is duplicated by the scrape. 'Next Generation EU' is a programme.")

doc("311_spotkania-klaster-polska-natura", None,
    E("spotkania związane z przyszłością Klastra", ["Ważne spotkania związane z przyszłością Klastra",
                                                    "dwa bardzo ważne spotkania", "spotkanie"], None, 2019),
    dates=[D("2019-09-18", "2019-09-18", "18 września 2019r.")],
    venues=[
        V("Błędów", "w Błędowie", note="venue of the next meeting ('Następne spotkanie odbędzie się niebawem w Błędowie')"),
        V("Polska Agencja Rozwoju Przedsiębiorczości", "w Polskiej Agencji Rozwoju Przedsiębiorczości", ["PARP"], opt=True,
          note="building-level venue of the second meeting"),
    ],
    clusters=[
        C("Klaster Polska Natura", "Klastra „Polska Natura”", ["Klaster „Polska Natura”", "Polska Natura"]),
        C("Mazowiecki Klaster ICT", "Mazowieckiego Klastra ICT", ["Klaster ICT"]),
        C("Krajowy Klaster Kluczowy", "Krajowego Klastra Kluczowego", opt=True, note="a status, not a cluster's name"),
    ],
    people=[
        P("Andrzej Stępniewski", "przewodniczący", "Przewodniczący Rady Klastra Andrzej Stępniewski"),
        P("Krzysztof Kołacz", "członek zarządu", "Członek Zarządu Koordynatora Klastra Krzysztof Kołacz"),
        P("Mariusz Stachnik", "prezes", "Panem Mariuszem Stachnikiem Prezesem Zarządu Mazowieckiego Klastra ICT"),
        P("Piotr Kryjom", "kierownik", "dr Piotrem Kryjom Kierownikiem Departamentu Internacjonalizacji Przedsiębiorstw",
          note="surname left undeclined"),
    ],
    organizations=[
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polskiej Agencji Rozwoju Przedsiębiorczości", ["PARP"]),
        O("Departament Internacjonalizacji Przedsiębiorstw", "Departamentu Internacjonalizacji Przedsiębiorstw",
          opt=True, note="a unit of PARP, inside a title"),
    ],
    note="Typo 'obyli' for 'odbyli'. Same site as blind 203, different page and event.")

doc("312_walne-klaster-lasowiacki", None,
    E("walne spotkanie członków", ["walne spotkanie członków Klastra Lasowiackiego", "Klaster Lasowiacki się rozwija",
                                   "spotkanie"], None, None),
    dates=[
        D("XXXX-11-18", "XXXX-11-18", "18 listopada", note="twice; no year in the text (2021 only in the address)"),
        D("XXXX-06", "XXXX-06", "w czerwcu", opt=True, note="the text is cut right after it"),
    ],
    venues=[V("Stalowa Wola", "w Stalowej Woli", opt=True,
              note="where the initiative was founded; the meeting's venue is not stated")],
    attendance=[A(42, "organizations", "exact", "42 podmioty", opt=True, note="membership total, not attendance")],
    clusters=[C("Klaster Lasowiacki", "Klaster Lasowiacki", ["KL"])],
    people=[
        P("Marek Gruchota", "dyrektor", "Marek Gruchota, dyrektor MDK w Stalowej Woli"),
        P("Justyna Wesołowska", ["prezeska", "prezes"], "Justyna Wesołowska, prezeska Fundacji GAMON"),
        P("Renata Domka", None, "Renata Domka z Tarnobrzeskiego Domu Kultury"),
        P("Katarzyna Cuber", None, "Katarzyna Cuber z Browaru Lasowiak"),
        P("Marcin Kurnik", None, "Marcin Kurnik z Fundacji Q"),
        P("Agnieszka Rzepka", None, "prof.PL dr hab. Agnieszka Rzepka – ekspertka PARP",
          note="academic titles are not roles; 'ekspertka' treated like 'ekspert' in held-out 112 (no role)"),
        P("Rafał Nieckarz", "prezes", "Rafał Nieckarz, prezes Wydawnictwa Samorządowego"),
        P("Renata Sendrowicz", None, "Renata Sendrowicz – „Renidzieło” Regionalne Rękodzieło Artystyczne"),
        P("Katarzyna Knap-Sawicka", None, "Katarzyna Knap-Sawicka z Urzędu Miejskiego w Sandomierzu"),
        P("Roman Niwierski", None, "Roman Niwierski z Urzędu Miasta Stalowej Woli"),
        P("Grzegorz Buława", None, "Grzegorz Buława z salonu Skoda"),
        P("Patrycja Laskowska-Chyła", None, "Patrycja Laskowska-Chyła – etnolog UJ", note="a profession, not a title"),
        P("Roman Pokora", None, "Roman Pokora z Bractwa Flisackiego z Ulanowa"),
    ],
    organizations=[
        O("MDK w Stalowej Woli", "MDK w Stalowej Woli", ["MDK", "Miejski Dom Kultury w Stalowej Woli"]),
        O("Fundacja GAMON", "Fundacji GAMON", ["GAMON"]),
        O("Tarnobrzeski Dom Kultury", "Tarnobrzeskiego Domu Kultury"),
        O("Browar Lasowiak", "Browaru Lasowiak"),
        O("Fundacja Q", "Fundacji Q"),
        O("Polska Agencja Rozwoju Przedsiębiorczości", "PARP", ["PARP"]),
        O("Wydawnictwo Samorządowe", "Wydawnictwa Samorządowego"),
        O("Renidzieło Regionalne Rękodzieło Artystyczne", "„Renidzieło” Regionalne Rękodzieło Artystyczne",
          ["„Renidzieło” Regionalne Rękodzieło Artystyczne", "Renidzieło"]),
        O("Urząd Miejski w Sandomierzu", "Urzędu Miejskiego w Sandomierzu"),
        O("Urząd Miasta Stalowej Woli", "Urzędu Miasta Stalowej Woli"),
        O("Uniwersytet Jagielloński", "UJ", ["UJ"]),
        O("Bractwo Flisackie z Ulanowa", "Bractwa Flisackiego z Ulanowa", ["Bractwo Flisackie"]),
        O("Skoda", "salonu Skoda", ["salon Skoda"], opt=True, note="a car dealership, unnamed beyond the brand"),
        O("Lasowiaczki", "Lasowiaczki", opt=True, note="folk ensemble"),
        O("Cyganianki", "Cyganianki", opt=True, note="folk ensemble"),
    ],
    not_dates=["'wiosennego spotkania' is a season without a year"],
    note="Thirteen new board and council members in a run-on list with mixed apposition ('X, dyrektor …', 'X z …', 'X – …').")

doc("313_misja-pomorskie-chiny", None,
    E("Misja Gospodarcza Województwa Pomorskiego do Chin",
      ["misja gospodarcza przedsiębiorców i samorządowców województwa pomorskiego", "misja gospodarcza", "misja"],
      None, 2019),
    dates=[
        D("2019-11-18", "2019-11-13", "W dniach 18-13 listopada 2019 roku", opt=True,
          note="the range is inverted in the text (probably a typo for 8-13); the literal reading"),
        D("2019-11-13", "2019-11-18", "W dniach 18-13 listopada 2019 roku", opt=True,
          note="the same mention with its ends put in order; both readings optional, neither required"),
    ],
    venues=[
        V("Pekin", "odwiedziła Pekin", ["Beijing"], note="also 'w Pekinie'"),
        V("Dalian", "oraz Dalian"),
        V("Chiny", "do Chin", opt=True, note="country of the mission"),
    ],
    attendance=[A(13, "organizations", "exact", "13 firm")],
    people=[
        P("Mieczysław Struk", "marszałek", "Marszałkiem Mieczysławem Strukiem"),
        P("Mieczysław Gołuński", "burmistrz", "Burmistrzem Kartuz Mieczysławem Gołuńskim"),
        P("Janusz Wróbel", "burmistrz", "Burmistrzem Pruszcza Gdańskiego Januszem Wróblem"),
    ],
    organizations=[
        O("Prodmorex sp. z o.o.", "Prodmorex sp. z o.o.", ["Prodmorex"]),
        O("BJEV", "BJEV"),
        O("Yino Biotechnology co. Ltd", "Yino Biotechnology co. Ltd", ["Yino Biotechnology"]),
        O("COSCO KHI Shipyard co. Ltd", "COSCO KHI Shipyard co. Ltd", ["COSCO KHI Shipyard"]),
        O("Port Dalian", "Porcie Dalian", ["Port w Dalian"]),
        O("Województwo Pomorskie", "województwa pomorskiego", ["Samorząd Województwa Pomorskiego"], opt=True),
    ],
    not_dates=["'Your best business partner – Polish Pomorskie Voivodeship' is a seminar title"],
    note="Two seminars in Pekin and Dalian are sub-events of the mission. Kartuzy and Pruszcz Gdański occur only in mayors' titles: not venues.")

doc("314_misja-klastrow-japonia", "2012-09-25",
    E("Misja gospodarcza do Japonii", ["misja gospodarcza", "Pierwsza misja gospodarcza",
                                       "Udział polskiego klastra w misji gospodarczej do Japonii"], 1, 2012),
    dates=[
        D("2012-09-25", "2012-09-25", "2012-09-25", note="publication date line (also the document_date)"),
        D("2012", "2013", "w latach 2012-2013", note="period in which the missions are organised"),
        D("2012-11-12", "2012-11-16", "w dniach 12-16 listopada 2012 r."),
    ],
    venues=[
        V("Tokio", "w Tokio", ["Tokyo"]),
        V("Japonia", "do Japonii", opt=True, note="country of the mission; also in the list of partner countries"),
        V("Brazylia", "Brazylia", opt=True, note="countries where the programme's later missions are to be held"),
        V("Indie", "Indie", opt=True),
        V("Korea Południowa", "Korea Południowa", opt=True),
        V("Tunezja", "Tunezja", opt=True),
    ],
    clusters=[C("Mazowiecki Klaster ICT", "Mazowiecki Klaster ICT", ["Klaster ICT"])],
    organizations=[
        O("Komisja Europejska", "Komisja\nEuropejska", ["KE"], note="split over two lines; also 'przez Komisję Europejską'"),
        O("DG Enterprise and Industry", "(DG Enterprise and Industry)",
          ["DG ENTR", "Dyrekcja Generalna ds. Przedsiębiorstw i Przemysłu"]),
        O("Europejska Platforma Współpracy Klastrów",
          "Europejską Platformą Współpracy Klastrów (European Cluster Collaboration Platform - ECCP)",
          ["ECCP", "European Cluster Collaboration Platform"]),
    ],
    not_dates=["'http://www.pi.gov.pl/parp/chapter_86197.asp?soid=…' is a web address",
               "'dwie osoby' is a per-cluster limit, not an attendance count"],
    note="Edition 1 from 'Pierwsza misja gospodarcza' (first mission of the programme's series). "
         "Programme names (CIP) are not organisations. Text cut at 'wydarzeni'.")

# ---------------------------------------------------------------------------------------------
doc("315_xvi-forum-msp-gala", None,
    E("Forum Małych i Średnich Przedsiębiorstw", ["XVI Forum Małych i Średnich Przedsiębiorstw", "forum"], 16, None),
    dates=[D("XXXX-11-04", "XXXX-11-04", "4 listopada",
             note="dateline under the author line; no year anywhere, so document_date stays null")],
    people=[
        P("Waldemar Pawlak", ["wicepremier", "minister"], "wicepremier i minister gospodarki Waldemar Pawlak"),
        P("Danuta Hübner", ["przewodnicząca", "komisarz"],
          "Danuta Hübner, jeszcze niedawno jeden z europejskich komisarzy, a dziś przewodnicząca",
          note="also 'prof. Danuta Hübner' (twice)"),
        P("Bożena Lublińska-Kasprzak", "prezes", "prezes Polskiej Agencji Rozwoju Przedsiębiorczości jej prezes, Bożena Lublińska-Kasprzak"),
        P("Jerzy Bartnik", "prezes", "Jerzy Bartnik, prezes Związku Rzemiosła Polskiego"),
        P("Adam Szejnfeld", ["poseł", "przewodniczący"], "posła Adama Szejnfelda",
          note="'właśnie objął funkcję przewodniczącego sejmowej komisji'"),
        P("Janusz Palikot", None, "(po Januszu Palikocie)"),
    ],
    organizations=[
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polskiej Agencji Rozwoju Przedsiębiorczości", ["PARP"]),
        O("Związek Rzemiosła Polskiego", "Związku Rzemiosła Polskiego", ["ZRP"]),
        O("Parlament Europejski", "w Parlamencie Europejskim"),
        O("Komisja Przyjazne Państwo", "sejmowej komisji „Przyjazne Państwo”",
          ["Przyjazne Państwo", "sejmowa komisja „Przyjazne Państwo”", "Komisja „Przyjazne Państwo”"], opt=True,
          note="a parliamentary committee, inside a title"),
    ],
    not_dates=["'po raz szesnasty' is an ordinal (edition), not a date"],
    note="Forum of SMEs with a gala (award 'Lider Przedsiębiorczości Roku'): a business event, not a cluster one. "
         "'wprost z Brukseli' is where a guest came from, not a venue; no venue is named. "
         "'administrator' is a user name. Text cut at 'raz po '.")

doc("316_zaproszenie-ii-swiatowy-kongres", "2015-12-01",
    E("Światowy Kongres Klastrów", ["Cluster World Congress", "II Światowy Kongres Klastrów",
                                    "Światowy Kongres Klastrów – Cluster World Congress", "Kongres Klastrów", "Kongres"], 2, 2016),
    dates=[
        D("2015-12-01", "2015-12-01", "1 grudnia 2015",
          note="date of the letter, twice ('1 grudnia 2015' alone and 'Dąbrowa Górnicza, 1 grudnia 2015 roku'); the document_date"),
        D("2016-03-31", "2016-04-01", "W dniach 31 marca – 1 kwietnia 2016 roku"),
    ],
    venues=[
        V("Dąbrowa Górnicza", "w Dąbrowie Górniczej"),
        V("Polska", "w Polsce", opt=True, note="'już po raz drugi w Polsce': country of the venue"),
    ],
    clusters=[C("Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw", "Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw")],
    organizations=[
        O("Cluster World Sp. z o.o.", "Cluster World Sp. z o.o.", ["Cluster World"]),
        O("Urząd Miasta Dąbrowa Górnicza", "Urząd Miasta Dąbrowa Górnicza", ["Urząd Miasta Dąbrowy Górniczej"]),
        O("Komitet Rozwoju Zagłębia", "Komitet Rozwoju Zagłębia"),
        O("POLSKA 3.0", "POLSKA 3.0", ["Polska 3.0"]),
        O("Stowarzyszenie Podatników w Polsce", "Stowarzyszenie Podatników w Polsce"),
        O("Humaneo", "Humaneo"),
    ],
    not_dates=["'ul. Jana III Sobieskiego 9/230, 14-100' and 'ul. Rejtana 18, 33-300' are addresses"],
    note="Invitation letter. Ostróda and Nowy Sącz are the organisers' postal addresses, not venues. "
         "Edition 2 from 'II Światowy Kongres' and 'po raz drugi'. Text cut at 'samorządu i '.")

doc("317_targi-nowy-sad-stoisko", "2021-09-23",
    E("Międzynarodowe Targi Rolnicze w Nowym Sadzie",
      ["88. Międzynarodowe Targi Rolnicze w Nowym Sadzie", "Międzynarodowe Targi Rolnicze", "Targi w Nowym Sadzie",
       "Polskie podmioty na 88. Międzynarodowych Targach Rolniczych w Nowym Sadzie", "targi"], 88, 2021),
    dates=[
        D("2021-09-23", "2021-09-23", "23.09.2021", note="publication date under the title (also the document_date)"),
        D("2021-09-18", "2021-09-24", "w dniach 18-24 września", note="year from the dateline"),
    ],
    venues=[V("Nowy Sad", "w Nowym Sadzie", ["Novi Sad"], note="also 'Targi w Nowym Sadzie'")],
    attendance=[
        A(800, "organizations", "exact", "800 firm i podmiotów"),
        A(17, "countries", "exact", "z 17 krajów"),
        A(6, "organizations", "exact", "sześć polskich firm", opt=True,
          note="the Polish national stand: a subgroup of the 800, in words"),
    ],
    people=[
        P("Tatjana Matić", "minister", "minister handlu, telekomunikacji i turystyki Tatjana Matić"),
        P("Igor Mirović", "premier", "premier Prowincji Autonomicznej Wojwodina Igor Mirović"),
    ],
    organizations=[
        O("Krajowy Ośrodek Wsparcia Rolnictwa", "Krajowego Ośrodka Wsparcia Rolnictwa", ["KOWR"]),
        O("Ambasada RP w Belgradzie", "Ambasady RP w Belgradzie", ["Ambasada RP", "Ambasada Rzeczypospolitej Polskiej w Belgradzie"]),
        O("Prowincja Autonomiczna Wojwodina", "Prowincji Autonomicznej Wojwodina", ["Wojwodina"], opt=True,
          note="a region, only inside a title"),
    ],
    not_dates=["'E_k1C6WWQAA_Z8x' is an image name", "'{\"register\":{\"columns\":[]}}' is page junk",
               "'9 wystaw zbiorowych' counts national group exhibitions, not participants"],
    note="A trade fair abroad with a Polish national stand (not a cluster event); cookie banner kept. "
         "Belgrad occurs only in the embassy's name: not a venue. The countries in brackets are the group exhibitions.")

skipped("318_en-cluster-matchmaking-warsaw", "en",
        "English text (ECCP news: 4th Cluster Matchmaking Conference, Warsaw, 250 participants): must be skipped, "
        "although it is full of Polish names (Warsaw, Jadwiga Emilewcz, AgroBioCluster/UNIMOS).")

skipped("319_cs-evropska-klastrova-konference", "cs",
        "Czech text (Český optický klastr at the European Cluster Conference, Prague, 26-27 Sept 2022): must be skipped.")
