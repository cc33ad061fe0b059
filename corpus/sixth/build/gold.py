"""Hand-written gold for corpus/sixth (ids 500-519), following corpus/GUIDE.md and the
conventions of corpus/final and corpus/fresh SOURCES.md.

Run: python3 run_gold.py -> writes ../gold/*.json and checks that every `text` is an exact
substring of the raw file (so char spans can be computed from it: raw.find(text)).
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import D, V, A, C, P, O, E, DOCS, doc, skipped  # noqa: F401 (the item helpers, see corpus/goldkit.py)

# ---------------------------------------------------------------------------------------------
doc("500_ii-konferencja-dkl-legnica", None,
    E("II Konferencja Stowarzyszenia „Dolnośląski Klaster Lotniczy”",
      ["II Konferencja Stowarzyszenia Dolnośląski Klaster Lotniczy", "Konferencja Stowarzyszenia „Dolnośląski Klaster Lotniczy”",
       "konferencja", "Rozwój współpracy między partnerami Dolnośląskiego Klastra Lotniczego"], 2, None),
    dates=[D("XXXX-11-22", "XXXX-11-22", "22 listopada", note="'W czwartek 22 listopada': no year anywhere in the text")],
    venues=[
        V("Legnicki Park Technologiczny LETIA", "w Legnickim Parku Technologicznym LETIA", ["LETIA", "Legnicki Park Technologiczny"],
          opt=True, note="building-level venue"),
        V("Legnica", "Legnickim Parku Technologicznym", opt=True,
          note="the city appears only as an adjective inside names (Legnicki Park…, Legnicka Specjalna Strefa…)"),
    ],
    clusters=[C("Dolnośląski Klaster Lotniczy", "Stowarzyszenie Dolnośląski Klaster Lotniczy (DKL)",
                ["DKL", "Stowarzyszenie Dolnośląski Klaster Lotniczy", "„Dolnośląski Klaster Lotniczy”",
                 "Stowarzyszenie „Dolnośląski Klaster Lotniczy”"],
                note="quoted in the heading ('Stowarzyszenia „Dolnośląski Klaster Lotniczy”'), unquoted and inflected elsewhere")],
    people=[
        P("Witold Lech Idczak", "prezes", "Witold Lech Idczak, Prezes Legnickiej Specjalnej Strefy Ekonomicznej S.A."),
        P("Radosław Majda", "prezes", "Radosław Majda, Prezes Stowarzyszenia Dolnośląski Klaster Lotniczy",
          note="also 'Prezes Zarządu UTC Aerospace Systems Wrocław'"),
    ],
    organizations=[
        O("Legnicka Specjalna Strefa Ekonomiczna S.A.", "Legnicka Specjalna Strefa Ekonomiczna S.A. (LSSE)",
          ["LSSE", "Legnicka Specjalna Strefa Ekonomiczna"], note="patron; also in the genitive in Idczak's title"),
        O("Legnicki Park Technologiczny LETIA", "Legnickim Parku Technologicznym LETIA", ["LETIA", "Legnicki Park Technologiczny"],
          note="the host (and the venue)"),
        O("UTC Aerospace Systems Wrocław Sp. z o.o.", "UTC Aerospace Systems Wrocław Sp. z o.o.",
          ["UTC Aerospace Systems Wrocław", "UTC Aerospace Systems"], note="a firm inside a person's title"),
        O("Stowarzyszenie Dolnośląski Klaster Lotniczy", "Stowarzyszenie Dolnośląski Klaster Lotniczy", ["DKL"], opt=True,
          note="the association that runs the cluster (annotated as the cluster)"),
    ],
    not_dates=["'W czwartek' is the weekday of the 22 November date"],
    note="'Menu główne' / 'Strefa Twoich Możliwości' is the site's menu and slogan (LSSE). Dolny Śląsk is a region "
         "in quotes, not a venue. Edition 2 from 'II Konferencja'. Wrocław only inside a firm's name: not a venue. "
         "Cut at 'a także'.")

doc("501_building-bridges-v4-bielsko", None,
    E("Building Bridges in V4 Aviation Community",
      ["konferencja Building Bridges in V4 Aviation Community",
       "Konferencja organizacji klastrowych i firm z branży lotniczej krajów Grupy Wyszehradzkiej", "konferencja"],
      None, 2019),
    dates=[
        D("2019-11-25", "2019-11-26", "25 i 26 listopada 2019 r.", note="two consecutive days read as a range"),
        D("2019-11", "2019-11", "Pod koniec listopada", opt=True, note="'at the end of November': vague, the same month"),
    ],
    venues=[
        V("Bielsko-Biała", "w Bielsko-Białej", ["Bielsko Biała"]),
        V("Hotel na Błoniach", "w Hotelu na Błoniach", opt=True, note="building-level venue; 'ul. Pocztowej 39' is its address"),
    ],
    clusters=[
        C("Śląski Klaster Lotniczy", "Śląski Klaster Lotniczy", note="the organiser; also 'Śląskiego Klastra Lotniczego'"),
        C("Krajowy Klaster Kluczowy", "Krajowego Klastra Kluczowego", opt=True, note="a status, not a cluster's name"),
    ],
    people=[P("Krzysztof Krystowski", "prezes",
              "Krzysztof Krystowski, Prezes Śląskiego Klastra Lotniczego oraz Związku Pracodawców Klastry Polskie")],
    organizations=[
        O("Ministerstwo Przedsiębiorczości i Technologii", "Ministerstwo Przedsiębiorczości i Technologii", ["MPiT"]),
        O("Międzynarodowy Fundusz Wyszehradzki", "Międzynarodowy Fundusz Wyszehradzki",
          ["International Visegrad Fund", "Fundusz Wyszehradzki"], note="supports the project; seat in Bratysława (not a venue)"),
        O("Związek Pracodawców Klastry Polskie", "Związku Pracodawców Klastry Polskie", ["ZP Klastry Polskie", "Klastry Polskie"]),
        O("Grupa Wyszehradzka", "Grupy Wyszehradzkiej", ["V4"], opt=True, note="a group of countries (several times)"),
    ],
    not_dates=["'(poniedziałek–wtorek)' are the weekdays of the range", "'przemysłu 4.0' is not a date",
               "'ul. Pocztowej 39' is an address"],
    note="'Jest to pierwsze spotkanie dedykowane organizacjom klastrowym…' reads as 'the first meeting of its kind' "
         "(as fresh 411), not as an edition number: edition null (debatable). Bratysława is the fund's seat, not a venue. "
         "Cut at 'Wyszehradzkiej '.")

doc("502_rada-klastra-edukacji-cyfrowej-suwalki", None,
    E("spotkanie Rady Klastra z przedstawicielami władz województwa podlaskiego",
      ["spotkanie Rady Klastra", "spotkanie", "Suwałki ważnym ośrodkiem edukacji cyfrowej?",
       "spotkanie z władzami województwa podlaskiego"], None, None),
    dates=[D("XXXX-03-07", "XXXX-03-07", "w czwartek 7 marca",
             note="no year in the text (2012 only in the address); the weekday is not used to infer it")],
    venues=[
        V("Suwałki", "w Suwałkach", note="the park is 'w Suwałkach' and the meeting 'w siedzibie Parku'; also 'od dwóch lat w Suwałkach'"),
        V("Park Naukowo-Technologiczny Polska – Wschód", "w siedzibie Parku",
          ["Park Naukowo-Technologiczny Polska-Wschód", "PNTP-W"], opt=True, note="building-level venue"),
    ],
    clusters=[C("Północno-Wschodni Klaster Edukacji Cyfrowej", "Północno-Wschodni Klaster Edukacji Cyfrowej",
                ["Klaster Edukacji Cyfrowej"], note="also 'Klaster Edukacji Cyfrowej' (twice)")],
    people=[
        P("Bożena Kamińska", "poseł", "Bożena Kamińska – Poseł RP"),
        P("Bogdan Dyjuk", "przewodniczący", "Bogdan Dyjuk, Przewodniczący Sejmiku Województwa Podlaskiego"),
        P("Cezary Cieślukowski", "członek zarządu", "Cezary Cieślukowski, Członek Zarządu Województwa Podlaskiego"),
        P("Agnieszka Aleksiejczuk", "dyrektor", "Agnieszka Aleksiejczuk dyrektor Departamentu Społeczeństwa Informacyjnego",
          note="title after the name without a comma"),
        P("Wojciech Winogrodzki", "przewodniczący", "dr inż. Wojciech Winogrodzki – przewodniczący Rady Klastra",
          note="'dr inż.' is an academic title"),
        P("Wiktor Raczkowski", "prezes", "prezes PNTP-W Wiktor Raczkowski"),
    ],
    organizations=[
        O("Park Naukowo-Technologiczny Polska – Wschód", "Parku Naukowo-Technologicznym Polska – Wschód",
          ["Park Naukowo-Technologiczny Polska-Wschód", "PNTP-W", "Park Naukowo-Technologiczny Polska – Wschód w Suwałkach"],
          note="also 'PNTP-W'"),
        O("IBM", "firmy IBM"),
        O("Urząd Marszałkowski Województwa Podlaskiego", "Urzędu Marszałkowskiego Województwa Podlaskiego",
          note="inside a person's title"),
        O("Sejmik Województwa Podlaskiego", "Sejmiku Województwa Podlaskiego", opt=True, note="regional assembly, inside a title"),
        O("Zarząd Województwa Podlaskiego", "Zarządu Województwa Podlaskiego", opt=True, note="regional board, inside a title"),
        O("Departament Społeczeństwa Informacyjnego", "Departamentu Społeczeństwa Informacyjnego", opt=True,
          note="a unit of the marshal's office"),
        O("Sejm RP", "Poseł RP", ["Sejm"], opt=True, note="implied by the title only"),
        O("Województwo Podlaskie", "władz województwa podlaskiego", ["Samorząd Województwa Podlaskiego"], opt=True,
          note="the region's authorities (lower case)"),
    ],
    not_dates=["'od dwóch lat' is a duration"],
    note="The address holds 2012/03/12: not used. 'Program Rozwoju Społeczeństwa Informacyjnego Województwa Podlaskiego' "
         "is a programme. Rada Klastra is a body of the cluster. Cut at 'dalsz'.")

doc("503_9-kongres-klastrow-evenea", None,
    E("Kongres Klastrów Polskich", ["9 Kongres Klastrów Polskich", "9. Kongres Klastrów Polskich", "Kongres"], 9, 2023),
    dates=[D("2023-11-08", "2023-11-09", "8 Listopada 2023, 09:00 (środa) - 9 Listopada 2023",
             note="a range written with times and weekdays; capitalised month names")],
    venues=[V("Gdańsk", "w Gdańsku", note="'tegoroczny Kongres organizujemy w Gdańsku'")],
    organizations=[
        O("Związek Pracodawców Klastry Polskie", "Związek Pracodawców Klastry Polskie", ["ZP Klastry Polskie", "Klastry Polskie"],
          note="organiser"),
        O("Samorząd Województwa Pomorskiego", "Samorząd Województwa Pomorskiego", ["Województwo Pomorskie"], opt=True,
          note="a region as co-organiser"),
        O("Komisja Europejska", "Komisję Europejską", ["KE"]),
        O("Region Pomorski", "Regionu Pomorskiego", opt=True, note="the host region"),
        O("Unia Europejska", "przedsiębiorstwach UE", ["UE"], opt=True, note="as a modifier"),
    ],
    not_dates=["'09:00', '17:00' are times", "'Przemysłem 4.0' is not a date", "'9.' is the edition"],
    note="An event ticketing page (Evenea) with its widget text ('Zobacz na mapie', 'Bilety dostępne do', 'in English "
         "below'). Edition 9 from '9. edycji' and the name. European Green Deal is a policy. Same congress as held-out 108 "
         "and blind 201 (other sites, other texts). Cut at 'decydentów i '.")

doc("504_konferencja-klaster-energii-zbroslawice", None,
    E('konferencja nt. Klastra Energii "Zielona Energia Leśnej Krainy"',
      ["konferencja", 'konferencja Klastra Energii "Zielona Energia Leśnej Krainy"', "Klastry Energii"], None, 2018),
    dates=[D("2018-04-10", "2018-04-10", "10 kwietnia 2018r.", note="no space before 'r.'")],
    venues=[
        V("Zbrosławice", "w Zbrosławicach", note="'w Centrum Usług Publicznych w Zbrosławicach'"),
        V("Centrum Usług Publicznych", "w Centrum Usług Publicznych", ["Centrum Usług Publicznych w Zbrosławicach"], opt=True,
          note="building-level venue"),
    ],
    clusters=[C('Klaster Energii "Zielona Energia Leśnej Krainy"', 'Klastra Energii "Zielona Energia Leśnej Krainy"',
                ['"Zielona Energia Leśnej Krainy"', "Zielona Energia Leśnej Krainy",
                 "Klaster Energii Zielona Energia Leśnej Krainy"],
                note="also '\"Zielona Energia Leśnej Krainy\" to Klaster Energii' at the top and inside a talk title")],
    people=[
        P("Piotr Leksy", ["prezes", "koordynator"], "Piotr Leksy- prezes Zarządu Stowarzyszenia",
          note="'Koordynator inicjatywy klastrowej- Piotr Leksy- prezes Zarządu …'; again 'Piotr Leksy- Prezes Stowarzyszenia' at the cut"),
        P("Witold Czyż", "kierownik", "Witold Czyż- kierownik Referatu", note="glued dash after the name"),
        P("Józef Kruczek", "koordynator", "Józef Kruczek- Koordynator Klastra Energii"),
    ],
    organizations=[
        O('Stowarzyszenie "Leśna Kraina Górnego Śląska"', 'Stowarzyszenia "Leśna Kraina Górnego Śląska"',
          ["Leśna Kraina Górnego Śląska", "Stowarzyszenie Leśna Kraina Górnego Śląska"], note="the cluster's coordinator"),
        O("Urząd Marszałkowski Województwa Śląskiego", "Urzędu Marszałkowskiego Województwa Śląskiego"),
        O("Gmina Kochanowice", "Gmina Kochanowice", opt=True, note="a municipality, member of the cluster"),
        O("Gmina Zbrosławice", "Gmina Zbrosławice", opt=True, note="a municipality, member of the cluster"),
        O("Gmina Krupski Młyn", "Gmina Krupski Młyn", opt=True, note="a municipality, member of the cluster"),
        O("Gmina Tworóg", "Gmina Tworóg", opt=True, note="a municipality, member of the cluster"),
        O("Gmina Pawonków", "Gmina Pawonków", opt=True, note="a municipality, member of the cluster"),
        O("Centrum Usług Publicznych w Zbrosławicach", "Centrum Usług Publicznych w Zbrosławicach", ["Centrum Usług Publicznych"],
          opt=True, note="the venue, a municipal body"),
        O("Wydział Komunikacji Społecznej", "Wydziału Komunikacji Społecznej", opt=True, note="a unit of the marshal's office"),
        O("Referat Promocji", "Referat Promocji", opt=True, note="a unit of the marshal's office"),
    ],
    not_dates=[],
    note="Talk titles in quotes ('\"zatrzymać SMOG\"', '\"Przyjazna energia w powiecie gliwickim\"') are not organisations. "
         "The cluster of 'powiat gliwicki' has no name. Cut at 'Stowarzyszenia '.")

doc("505_konferencja-polski-klaster-morski-gdansk", "2004-11-22",
    E('Konferencja "Polski Klaster Morski"',
      ['Polsko - Holenderska Konferencja "Polski Klaster Morski"', "Polsko-Holenderska Konferencja Polski Klaster Morski",
       "Konferencja Polski Klaster Morski", "Konferencja"], None, 2004),
    dates=[
        D("2004-11-22", "2004-11-22", "22.11.2004", note="dateline under the heading (also the document_date)"),
        D("2004-11-08", "2004-11-08", "Dnia 8 listopada 2004 r."),
    ],
    venues=[
        V("Gdańsk", "w Gdańsku", note="'w Domu Technika w Gdańsku'"),
        V("Dom Technika", "w Domu Technika", ["Dom Technika NOT"], opt=True, note="building-level venue"),
    ],
    attendance=[A(100, "participants", "exact", "uczestniczyło 100 osób")],
    clusters=[C("Polski Klaster Morski", "Polskiego Klastra Morskiego", ['"Polski Klaster Morski"'], opt=True,
                note="the cluster was still being set up ('nad utworzeniem Polskiego Klastra Morskiego'); also the conference's title")],
    people=[
        P("Longin Pastusiak", "marszałek", "Prof. Longin Pastusiak - Marszałek Senatu RP", note="'Prof.' is an academic title"),
        P("Witold Kuszewski", "pełnomocnik", "dr inż. Witold Kuszewski - pełnomocnik Wojewody Pomorskiego"),
        P("Tadeusz Jednorał", None, "prof. Tadeusz Jednorał", note="academic title only"),
        P("Witold G", ["wiceminister", "wicemminister"], "wicemminister Witold G", opt=True,
          note="surname cut by the tool; 'wicemminister' (sic)"),
    ],
    organizations=[
        O("Konsorcjum Morskie", "Konsorcjum Morskie", note="organiser"),
        O("Instytut Polska Sieć Gospodarki Morskiej", "Instytutu Polska Sieć Gospodarki Morskiej",
          ["Polska Sieć Gospodarki Morskiej"], note="an institute of the foundation below"),
        O("Fundacja Naukowo Techniczna Gdańsk", "Fundacji Naukowo Technicznej Gdańsk", ["Fundacja Naukowo-Techniczna Gdańsk"]),
        O("Instytut Naukowo Techniczny Pomorskiej Rady Federacji Stowarzyszeń Naukowo Technicznych NOT",
          "Instytutu Naukowo Technicznego Pomorskiej Rady Federacji Stowarzyszeń Naukowo Technicznych NOT",
          ["Instytut Naukowo Techniczny", "Instytut Naukowo-Techniczny"]),
        O("Pomorska Rada Federacji Stowarzyszeń Naukowo Technicznych NOT", "Pomorskiej Rady Federacji Stowarzyszeń Naukowo Technicznych NOT",
          ["Pomorska Rada FSNT NOT"], opt=True, note="only inside the institute's name"),
        O("NOT", "Technicznych NOT", ["Federacja Stowarzyszeń Naukowo Technicznych NOT", "Naczelna Organizacja Techniczna"], opt=True,
          note="only inside a name"),
        O("Krajowa Izba Gospodarki Morskiej", "Krajowa Izba Gospodarki Morskiej", ["KIGM"]),
        O("Ministerstwo Transportu, Prac Publicznych i Spraw Morskich", "Ministerstwa Transportu, Prac Publicznych i Spraw Morskich",
          note="the Dutch ministry"),
        O("Dutch Maritime Network", "Fundacji Dutch Maritime Network", ["Fundacja Dutch Maritime Network"]),
        O("Port Rotterdam", "Portu Rotterdam", ["Port of Rotterdam", "Port Rotterdamski"]),
        O("Senat RP", "Senatu RP", ["Senat"], opt=True, note="only inside a title"),
        O("Wojewoda Pomorski", "Wojewody Pomorskiego", ["Pomorski Urząd Wojewódzki"], opt=True, note="an office, inside a title"),
    ],
    not_dates=[],
    note="Polish–Dutch conference about founding a maritime cluster. The Dutch guests' origins are not venues. "
         "'Wojewoda Pomorski' is an office in a title. Cut at 'Witold G'.")

doc("506_zebranie-polski-klaster-morski-infomare", "2016-04-29",
    E("zebranie sprawozdawczo-wyborcze Polskiego Klastra Morskiego",
      ["zebranie sprawozdawczo-wyborcze", "zebranie", "Polski Klaster Morski – wybrano zarząd i komisję rewizyjną"], None, 2016),
    dates=[
        D("2016-04-29", "2016-04-29", "29 kw. 2016", note="'Dodano: 29 kw. 2016, 10:00' (abbreviated April): the document_date"),
        D("2016-04-28", "2016-04-28", "w dniu 28 kwietnia 2016 r."),
    ],
    clusters=[C("Polski Klaster Morski", "Polskiego Klastra Morskiego", note="also in the heading and in the nominative later")],
    people=[
        P("Marek Grzybowski", None, "Marek Grzybowski", note="newly elected board member: no role (as final 300)"),
        P("Alfred Naskręt", None, "Alfred Naskręt", note="newly elected board member"),
        P("Ryszard Toczek", None, "Ryszard Toczek", note="newly elected board member"),
        P("Zbigniew Jaś", None, "Zbigniew Jaś", note="newly elected member of the audit committee"),
        P("Zbigniew Nowakiewicz", None, "Zbigniew Nowakiewicz", note="newly elected member of the audit committee"),
        P("Piotr Jędrzejowicz", "rektor", "Rektora Piotra Jędrzejowicza", note="'Jego Magnificencji Rektora Piotra Jędrzejowicza'"),
    ],
    organizations=[
        O("European Network of Maritime Clusters", "European Network of Maritime Clusters", ["ENMC"]),
        O("Akademia Morska w Gdyni", "Akademia Morska w Gdyni", ["Akademia Morska"], note="the cluster's coordinator"),
        O("Unia Europejska", "Unii Europejskiej", ["UE"], opt=True),
        O("Facebook", "na FB", ["FB"], opt=True, note="social network"),
        O("Twitter", "TW", opt=True, note="social network"),
    ],
    not_dates=["'23:29', '21:29', '16:29', '06:29' are the site's world clock", "'10:00' is a time",
               "'od 500 do ponad 1000 wejść dziennie' counts web visits, not attendance"],
    note="The header is a world clock (WARSZAWA, LONDYN, NEW YORK, TOKIO): not venues. The meeting's place is not given "
         "(Gdynia only in the coordinator's name). Cut at 'hase'.")

doc("507_grupa-kosmetyczna-mazowiecki-klaster-chemiczny", "2015-06-08",
    E("I Spotkanie Grupy Kosmetycznej Mazowieckiego Klastra Chemicznego",
      ["I Spotkanie Grupy Kosmetycznej", "Spotkanie Grupy Kosmetycznej",
       "Powstała Grupa Kosmetyczna w ramach Mazowieckiego Klastra Chemicznego"], 1, 2014),
    dates=[
        D("2015-06-08", "2015-06-08", "08 czerwca 2015", note="dateline under the heading (also the document_date)"),
        D("2014-09-08", "2014-09-08", "8 września 2014 r.", note="the I Spotkanie Grupy Kosmetycznej"),
    ],
    clusters=[
        C("Mazowiecki Klaster Chemiczny", "Mazowieckiego Klastra Chemicznego", note="genitive, three times"),
        C("Grupa Kosmetyczna", "Grupa Kosmetyczna", ["Grupa Kosmetyczna Mazowieckiego Klastra Chemicznego"], opt=True,
          note="a sub-group of the cluster"),
    ],
    people=[P("Piotr Popik", "sekretarz", "Piotr Popik z ARMS, Sekretarza Komitetu Sterującego Klastra",
              note="the title is (wrongly) in the genitive")],
    organizations=[
        O("ARMS", "ARMS", ["Agencja Rozwoju Mazowsza", "Agencja Rozwoju Mazowsza S.A."], note="acronym only"),
        O("Grupa Kosmetyczna", "Grupa Kosmetyczna", opt=True, note="a sub-group of the cluster"),
        O("Komitet Sterujący Klastra", "Komitetu Sterującego Klastra", opt=True, note="a body of the cluster, inside a title"),
    ],
    not_dates=[],
    note="The article is about the founding of the cosmetics group; the only event with a date is its first meeting "
         "(edition 1 from 'I Spotkaniu', year 2014): debatable choice of event. 'Wydrukuj tę stronę' is print-view junk; "
         "four '&nbsp;' places restored as U+00A0. Cut at 'Mazowieckiego K'.")

doc("508_wschodni-klaster-budowlany-bialorus", "2017-12-13",
    E("Polsko-białoruskie rozmowy w klastrach i o klastrach",
      ["wizyta gości z Białorusi", "wizyta", "okrągły stół", "spotkanie z ekspertami"], None, 2017),
    dates=[D("2017-12-13", "2017-12-13", "13-12-2017", note="dateline DD-MM-YYYY under the heading (also the document_date)")],
    venues=[V("Białystok", "Białystok", note="'Białystok odwiedzili …' (nominative)")],
    attendance=[A(2, "organizations", "exact", "dwie instytucje", opt=True,
                  note="'dwie instytucje z Białorusi podpisały list intencyjny': the signatories, a subgroup")],
    clusters=[C("Wschodni Klaster Budowlany", "Wschodni Klaster Budowlany", note="also 'Wschodnim Klastrem Budowlanym'")],
    people=[
        P("Michaił Nikołajewicz Samołazow", None, "Michaiła Nikołajewicza Samołazowa",
          ["Michaił Samołazow"], note="genitive, with the patronymic"),
        P("Eduard Konstan", None, "Eduarda Konstan", opt=True, note="surname cut by the tool ('Eduarda Konstan')"),
    ],
    organizations=[
        O("Ministerstwo Gospodarki", "Ministerstwa Gospodarki", ["Ministerstwo Gospodarki Republiki Białoruś"],
          note="the Belarusian ministry"),
        O("Departament Rozwoju Przedsiębiorczości", "Departamentu Rozwoju Przedsiębiorczości", opt=True, note="a unit of the ministry"),
        O("Podlaska Fundacja Rozwoju Regionalnego", "Podlaska Fundacja Rozwoju Regionalnego", ["PFRR"], note="organised the visit"),
        O("Urząd Marszałkowski Województwa Podlaskiego", "Urzędu Marszałkowskiego", ["Urząd Marszałkowski"]),
        O("Piński Miejski Komitet Wykonawczy", "Piński Miejski Komitet Wykonawczy"),
        O("Inaleks Energy sp. z o.o.", "„Inaleks Energy” sp. z o.o.", ["Inaleks Energy", "„Inaleks Energy” sp. z o.o."]),
    ],
    not_dates=["'To był tydzień', 'piątkowy' have no date of their own"],
    note="'Nasze publikacje / Newsletter / Sonda / Działania klastra' is the site menu. Białoruś is where the guests came "
         "from: not a venue. The Regional Operational Programme is a programme. Three whitespace-only lines restored as "
         "U+00A0. Cut at 'Konstan'.")

doc("509_konferencja-klaster-budowlany-mazowsze", None,
    E("konferencja podsumowująca realizację projektu pt. „Stworzenie Klastra Budowlanego na Mazowszu”",
      ["konferencja podsumowująca", "uroczysta konferencja podsumowująca", "konferencja",
       "konferencja podsumowująca projekt Stworzenie Klastra Budowlanego na Mazowszu"], None, 2014),
    dates=[
        D("2014-12-29", "2014-12-29", "29 grudnia 2014 roku"),
        D("2012-04-02", "2012-04-02", "od 2 kwietnia 2012 r.", note="start of the project"),
    ],
    attendance=[A(20, "organizations", "exact", "20 przedsiębiorców", opt=True, note="membership of the cluster")],
    clusters=[C("Klaster Budowlany na Mazowszu", "Klastra Budowlanego na Mazowszu", opt=True,
                note="only inside the project's title; the cluster itself is 'nasz Klaster'")],
    people=[P("Marcin Zadrożny", "prezes", "Pan Marcin Zadrożny – Prezes Fundacji")],
    organizations=[
        O("Fundacja „Wspólna Przedsiębiorczość”", "Fundacji „Wspólna Przedsiębiorczość”",
          ["Wspólna Przedsiębiorczość", "Fundacja Wspólna Przedsiębiorczość"]),
        O("Impression Sp. z o.o.", "firmy Impression Sp. z o.o.", ["Impression"]),
        O("CAT", "CAT"),
        O("Politechnika Warszawska", "Politechniki Warszawskiej", ["PW"]),
        O("Wojskowa Akademia Techniczna", "Wojskowej Akademii Technicznej", ["WAT"]),
        O("Unia Europejska", "Unii Europejskiej", ["UE"], opt=True, note="source of funds"),
    ],
    not_dates=["'2007-2013' is inside the programme's name"],
    note="No venue is given (Mazowsze is the region of the project). The Regional Operational Programme is a programme. "
         "'Razem zbudujemy więcej' is a slogan.")

doc("510_list-intencyjny-klastrow-motoryzacyjnych-jaworzno", None,
    E("International Automotive Business Meeting",
      ["IABM", "Podpisanie listu intencyjnego o współpracy klastrów motoryzacyjnych", "ceremonia International Automotive Business Meeting",
       "podpisanie listu intencyjnego"], None, None),
    dates=[D("XXXX-05-09", "XXXX-05-09", "9 maja", note="no year in the text (2023 only in the address)")],
    venues=[V("Jaworzno", "w Jaworznie")],
    attendance=[A(4, "organizations", "exact", "Cztery motoryzacyjne klastry", opt=True,
                  note="the signatories of the letter (in words): a subgroup of the meeting's participants")],
    clusters=[
        C("Wschodni Sojusz Motoryzacyjny", "Wschodni Sojusz Motoryzacyjny (WSM)", ["WSM", "Stowarzyszenie Wschodni Sojusz Motoryzacyjny"]),
        C("Silesia Automotive & Advanced Manufacturing", "Silesia Automotive & Advanced Manufacturing (SA&AM)",
          ["SA&AM", "Silesia Automotive and Advanced Manufacturing"]),
        C("Polska Grupa Motoryzacyjna", "Polska Grupa Motoryzacyjna (PGM)", ["PGM", "Stowarzyszenie Polska Grupa Motoryzacyjna"]),
        C("Dolnośląski Klaster Motoryzacyjny", "Dolnośląski Klaster Motoryzacyjny (DKM)", ["DKM"]),
    ],
    people=[
        P("Ryszard Jania", "prezes", "Ryszard Jania – Prezes Stowarzyszenia"),
        P("Krzysztof Kucharczak", "członek zarządu", "Krzysztof Kucharczak – Członek Zarządu"),
        P("Janusz Michałek", "prezes", "dr Janusz Michałek – Prezes Zarządu"),
        P("Łukasz Górecki", "dyrektor", "Łukasz Górecki – Dyrektor Klastra"),
        P("Karol Zielonka", "wiceprezes", "dr inż. Karol Zielonka – Wiceprezes"),
        P("Bartosz Mielecki", ["dyrektor", "dyrektor zarządzający"], "Bartosz Mielecki – Dyrektor Zarządzający"),
    ],
    organizations=[
        O("Katowicka Specjalna Strefa Ekonomiczna S.A.", "Katowicką Specjalną Strefę Ekonomiczną S.A.",
          ["KSSE", "Katowicka Specjalna Strefa Ekonomiczna"]),
        O("Stowarzyszenie Wschodni Sojusz Motoryzacyjny", "Stowarzyszenie Wschodni Sojusz Motoryzacyjny", opt=True,
          note="the association that runs the cluster (annotated as the cluster)"),
        O("Stowarzyszenie Polska Grupa Motoryzacyjna", "Stowarzyszenie Polska Grupa Motoryzacyjna", opt=True,
          note="the association that runs the cluster (annotated as the cluster)"),
        O("Legnicka Specjalna Strefa Ekonomiczna", "Legnicką Specjalną", ["LSSE"], opt=True,
          note="the name is cut by the tool ('Legnicką Specjalną ')"),
    ],
    not_dates=["'od stu lat' is a duration", "'dzisiaj' has no date to anchor it"],
    note="The signatories are listed as '• Name – Title' under each cluster. No edition in the text. Cut at 'Specjalną '.")

doc("511_konferencja-klaster-miesny-warszawa", "2010-03-02",
    E("Rozwój inicjatywy klastrowej - wizja dla polskiej branży mięsnej na tle doświadczeń francuskich",
      ["Rozwój inicjatywy klastrowej – wizja dla polskiej branży mięsnej na tle doświadczeń francuskich", "konferencja",
       "międzynarodowa konferencja", "Przybywa inicjatyw klastrowych w branży mięsnej"], None, 2010),
    dates=[
        D("2010-02-26", "2010-02-27", "26-27 lutego br.", note="'br.' = the document's year (2010)"),
        D("2010-03-02", "2010-03-02", "02-03-2010", note="'Data: 02-03-2010, 15:20' (DD-MM-YYYY): the document_date"),
    ],
    venues=[V("Warszawa", "w Warszawie")],
    attendance=[A(100, "participants", "approx", "pod stu uczestników",
                  note="'zgromadziła pod stu uczestników' (garbled, 'pod' / 'ponad'): 100 participants; the qualifier is a guess")],
    clusters=[
        C("Klaster Mięsny Polska Wędlina", "Klastra Mięsnego Polska Wędlina", ["Polska Wędlina", "Klaster Polska Wędlina"]),
        C("InnoViandes", "Klastrze InnoViandes", ["Klaster InnoViandes"], note="a French cluster in Clermont-Ferrand"),
    ],
    people=[
        P("Joseph Culioli", "zastępca", "Josepha Culioli, zastępcy ds. badań", note="genitive; 'zastępca ds. badań'"),
        P("Helene Daviet", "koordynator", "Helene Daviet, koordynatora regionalnej grupy"),
        P("Dariusz Goszczyński", ["zastępca dyrektora", "zastępca"], "Dariusz Goszczyński, zastępca dyrektora"),
    ],
    organizations=[
        O("Stowarzyszenie Rzeźników i Wędliniarzy RP", "Stowarzyszenie Rzeźników i Wędliniarzy RP", ["SRW RP", "SRW"],
          note="organiser; also 'SRW RP'"),
        O("Grupa Robocza Klastra Mięsnego Polska Wędlina", "Grupę Roboczą Klastra Mięsnego Polska Wędlina", opt=True,
          note="the cluster's working group (co-organiser)"),
        O("APVC", "APVC", note="a regional quality group in Auvergne"),
        O("Ministerstwo Rolnictwa i Rozwoju Wsi", "MRiRW", ["MRiRW"], note="acronym only"),
        O("Departament Rynków Rolnych", "Departamentu Rynków Rolnych", opt=True, note="a unit of the ministry"),
        O("portalspozywczy.pl", "Autor: portalspozywczy.pl", ["Portal Spożywczy", "www.portalspożywczy.pl"], opt=True,
          note="the publisher"),
        O("PropertyStock.pl", "PropertyStock.pl", opt=True, note="an advertisement inside the text"),
        O("Unia Europejska", "Unii Europejskiej", ["UE"], opt=True),
    ],
    not_dates=["'15:20' is a time", "'aż 71, z czego 14' count French clusters, not attendance"],
    note="Francja, Clermont-Ferrand and Owernia are where the speakers and clusters come from: not venues. "
         "'Wydruk strony Portalu Spożywczego' is a print-view header. Cut at 'dodatkowo u'.")

doc("512_seminarium-klaster-polska-natura-bledow", None,
    E("Seminarium w Błędowie",
      ["seminarium", "Gospodarka Polska i UE do roku 2030 – w tym sytuacja wysokotowarowego rolnictwa / sadownictwa",
       "seminarium nt. „Gospodarka Polska i UE do roku 2030 – w tym sytuacja wysokotowarowego rolnictwa / sadownictwa”"],
      None, 2017),
    dates=[D("2017-09-15", "2017-09-15", "w dniu 15 września 2017 roku")],
    venues=[V("Błędów", "w Błędowie", note="in the heading 'Seminarium w Błędowie'")],
    attendance=[A(50, "participants", "approx", "prawie 50 osób")],
    clusters=[C("Klaster „Polska Natura”", "Klastra „Polska Natura”", ["Polska Natura", "Klaster Polska Natura"],
                note="also 'Klastera „Polska Natura”' (sic)")],
    people=[
        P("Kazimierz Tomala", "prorektor", "prof. dr hab. Kazimierz Tomala – Prorektor Szkoły Głównej Gospodarstwa"),
        P("Witold Słowik", ["podsekretarz", "minister"], "Minister Witold Słowik – Podsekretarz Stanu w Ministerstwie Rozwoju"),
        P("Małgorzata Korbin", "dyrektor", "prof. dr hab. Małgorzata Korbin – Dyrektor Instytutu Ogrodnictwa"),
        P("Dariusz Grabowski", None, "dr Dariusz Grabowski – Przedsiębiorca",
          note="'Przedsiębiorca, naukowiec, były poseł i europoseł': descriptions, not a title"),
        P("Krzysztof Jasiecki", None, "prof. dr hab. Krzysztof Jasiecki – Polska Akademia Nauk", note="affiliation only"),
        P("Andrzej Stępniewski", None, "Moderatorem panelu był Andrzej Stępniewski", note="'moderator' is a function here"),
        P("Marek Mikołajewski", "wójt", "Marek Mikołajewski – Wójt Gminy Błędów"),
        P("Sławomir Rzeźnicki", "prezes", "Prezes Sławomir Rzeźnicki"),
        P("Robert Sikora", "wiceprezes", "Wiceprezes Robert Sikora"),
    ],
    organizations=[
        O("Szkoła Główna Gospodarstwa Wiejskiego", "Szkoły Głównej Gospodarstwa\n    Wiejskiego", ["SGGW"],
          note="the name is broken over a line in the text"),
        O("Ministerstwo Rozwoju", "Ministerstwie Rozwoju", ["MR"]),
        O("Instytut Ogrodnictwa w Skierniewicach", "Instytutu Ogrodnictwa w Skierniewicach", ["Instytut Ogrodnictwa"]),
        O("Polska Akademia Nauk", "Polska Akademia Nauk", ["PAN"]),
        O("Gmina Błędów", "Gminy Błędów", opt=True, note="a municipality (also 'Gminę Błędów')"),
        O("Unia Europejska", "Polska i UE", ["UE"], opt=True, note="only inside the seminar's title"),
    ],
    not_dates=["'do roku 2030' is inside the seminar's title"],
    note="Same site as blind 203 and final 311, a different page. Skierniewice only inside the institute's name: not a "
         "venue. Rada Programowa Klastra and the Koordynator Klastra (unnamed) are not annotated. Cut at 'Partne'.")

doc("513_podkarpacki-klaster-rolno-spozywczy-onet", None,
    E("Rozwój klastrów branży rolno-spożywczej w województwie podkarpackim",
      ["konferencja", 'konferencja "Rozwój klastrów branży rolno-spożywczej w województwie podkarpackim"'], None, None),
    attendance=[
        A(5, "organizations", "exact", "5 podmiotów", opt=True, note="entities that joined the cluster during the meeting"),
        A(30, "organizations", "more_than", "ponad 30 podmiotów", opt=True, note="membership of the cluster"),
    ],
    clusters=[C("Dolina Lotnicza", "Doliny Lotniczej", note="mentioned as a model")],
    people=[
        P("Wergiliusz Gołąbek", "prorektor", "dr Wergiliusz Gołąbek, prorektor ds. rozwoju i współpracy WSIiZ"),
        P("Władysław Szajna", "koordynator", "Władysław Szajna z WSIiZ, koordynator projektu", note="also 'Szajna' alone"),
    ],
    organizations=[O("WSIiZ", "WSIiZ", ["Wyższa Szkoła Informatyki i Zarządzania", "Wyższa Szkoła Informatyki i Zarządzania w Rzeszowie"],
                     note="acronym only (twice)")],
    not_dates=["'około 23 tys. osób' counts employees, not attendance", "'kilkudziesięciu przedstawicieli' is vague (no number)"],
    note="No date and no venue in the text (Rzeszów only in the address). The new agri-food cluster has no name "
         "('klaster rolno-spożywczy'). The project 'Wspieranie Rozwoju Struktur Klastrowych w Województwie Podkarpackim' "
         "is a project. Podkarpacie and Małopolska are where members come from. Cut at 'S'.")

doc("514_tour-salon-poznan-kraina-trzech-rzek", None,
    E("Tour Salon", ["targi turystyczne Tour Salon", "Targi Tour Salon", "targi", "Kraina Trzech Rzek na Tour Salon w Poznaniu"],
      23, 2012),
    dates=[
        D("2012-10-24", "2012-10-27", "24-27 października 2012r.", note="'odbywały się dniach' (sic, no 'w')"),
        D("2012", "2012", "w tym roku", opt=True, note="relative ('stoisko w tym roku', also 'tegorocznych'), anchored by the range"),
    ],
    venues=[
        V("Poznań", "w Poznaniu", note="in the heading"),
        V("Międzynarodowe Targi Poznańskie", "na terenie MTP", ["MTP", "Targi Poznańskie"], opt=True,
          note="building-level venue (the fairground)"),
    ],
    attendance=[
        A(650, "organizations", "approx", "Blisko 650 wystawców", note="'blisko' (nearly): approx"),
        A(42, "countries", "exact", "z 42 krajów"),
    ],
    people=[
        P("Artur Zmijewski", None, "Artura Zmijewskiego", ["Artur Żmijewski"], note="the actor, misspelt; no title"),
        P("Elżbieta Dzikowska", None, "znana podróżniczka Elżbieta Dzikowska", note="'podróżniczka' is a description"),
    ],
    organizations=[
        O("Międzynarodowe Targi Poznańskie", "MTP", ["MTP", "Targi Poznańskie"], note="acronym only"),
        O("Małopolska Organizacja Turystyczna", "Małopolska Organizacja Turystyczna", ["MOT"]),
        O("Lokalna Grupa Działania Kraina Trzech Rzek", "Lokalna Grupa Działania Kraina Trzech Rzek",
          ["Kraina Trzech Rzek", "LGD Kraina Trzech Rzek"]),
        O("Województwo Małopolskie", "województwo małopolskie", opt=True, note="a region as exhibitor"),
        O("Dziecięcy Zespół Ludowy z Ryczywołu", "Dziecięcy Zespół Ludowy z Ryczywołu", opt=True, note="a folk ensemble"),
        O("Małe Oborniki", "zespół „Małe Oborniki”", ["zespół „Małe Oborniki”"], opt=True, note="a folk ensemble"),
        O("Autonomia Palestyńska", "Autonomia Palestyńska", ["Palestyna"], opt=True, note="partner country of the fair"),
    ],
    not_dates=["'{gallery}2012/kultura/2012-10/27/targi{/gallery}' is a gallery path (scraping junk)",
               "'przez 4 dni' is a duration", "'po raz 23.' is the edition", "'W sobotnie popołudnie' is unanchored"],
    note="Not a cluster event (a tourism fair). Edition 23 from 'organizowane już po raz 23.'. 'ojciec Mateusz' is a TV "
         "character. Sandomierz, Oborniki, Ryczywół, Niemcy, Czechy are exhibitors' origins: not venues.")

doc("515_tourtec-jelenia-gora", "2010-05-06",
    E("Międzynarodowe Targi Turystyczne TOURTEC",
      ["TOURTEC", "Targi TOURTEC", "TOURTEC 2010", "Kolorowy TOURTEC 2010", "targi"], 12, 2010),
    dates=[
        D("XXXX-04-16", "XXXX-04-16", "Wtorek, 16 kwietnia", opt=True,
          note="the site's clock in the scraped header (no year): junk, not content"),
        D("2010-05-06", "2010-05-06", "6 maja 2010", note="'Czwartek, 6 maja 2010, 18:40' (also the document_date)"),
        D("2010-05-07", "2010-05-08", "W dniach 7–8 maja 2010 roku", note="range with an en dash"),
        D("2010-05-07", "2010-05-07", "jutro", opt=True, note="relative ('rozpoczynających się jutro'), anchored by the dateline"),
        D("2009", "2009", "W 2009 roku", note="the previous edition; 'ubiegłorocznych' has the same value"),
    ],
    venues=[
        V("Jelenia Góra", "JELENIA GÓRA", note="heading 'JELENIA GÓRA: Kolorowy TOURTEC 2010' (twice); also 'w Jeleniej Górze' inside the organiser's name"),
        V("Plac Ratuszowy", "Plac Ratuszowy", ["Rynek"], opt=True, note="the square where the fair stands ('w Rynku')"),
    ],
    attendance=[A(97, "organizations", "exact", "97 wystawców", note="exhibitors of the 2009 edition")],
    organizations=[
        O("Starostwo Powiatowe w Jeleniej Górze", "Starostwo Powiatowe w Jeleniej Górze", note="organiser; also 'przy Starostwie Powiatowym …'"),
        O("Euroregion Nysa", "Euroregionu Nysa", opt=True, note="a cross-border region"),
        O("Wydział Promocji, Turystyki i Sportu", "Wydział Promocji, Turystyki i Sportu", opt=True, note="a unit of the starostwo"),
        O("TEJO", "Fot. TEJO", opt=True, note="photo credit"),
        O("Unia Europejska", "Unii Europejskiej", ["UE"], opt=True),
    ],
    not_dates=["'18:40', '18:43' are times", "'Imieniny: Cecylii, Julii' are name days", "'Czytających: 4868' is a counter",
               "'po raz 12' is the edition", "'pierwszych pięciu edycji' counts editions"],
    note="A local news site with its header (clock, name days, readers, login) kept. Aachen, Bamberg, Białystok, Olsztyn, "
         "Nowy Sącz, Kamień Pomorski, Gryfice and the Czech regions are where exhibitors came from: not venues. "
         "'Festiwal Tradycji Karkonoskich' was last year's theme. Cut at 'oferty w'.")

doc("516_warsztaty-hub-club-klaster-ict", "2015-02-26",
    E("warsztaty projektowe dla członków Śląskiego Klastra ICT i Multimediów Hub Club",
      ["Kolejne warsztaty projektowe Śląskiego Klastra ICT i Multimediów Hub Club", "warsztaty projektowe", "warsztaty"],
      None, 2015),
    dates=[
        D("2015-02-26", "2015-02-26", "26 luty 2015", note="dateline with the month in the nominative (sic): the document_date"),
        D("2015-02-24", "2015-02-24", "24 lutego 2015r."),
        D("2014", "2020", "na lata 2014-2020", note="the period of the cluster's projects; also inside the INTERREG programme's name"),
    ],
    clusters=[C("Śląski Klaster ICT i Multimediów Hub Club", "Śląskiego Klastra ICT i Multimediów Hub Club",
                ["Hub Club", "Klaster Hub Club", "Śląski Klaster ICT i Multimediów"], note="also 'Klastra Hub Club'")],
    people=[P("Sylwia Antoszczak", ["menadżer", "menedżer"], "Menadżer ds. projektów Sylwia Antoszczak")],
    organizations=[O("Unia Europejska", "Unii Europejskiej", ["UE"], opt=True)],
    not_dates=["'Kolejne warsztaty' gives no edition number"],
    note="No venue. 'INTERREG Region Morza Bałtyckiego 2014-2020' is a programme.")

doc("517_targi-voyager-kielce", None,
    E("Świętokrzyskie Targi Turystyki VOYAGER",
      ["VOYAGER 2008", "VOYAGER", "Targi VOYAGER", "VII Świętokrzyskie Targi Turystyki VOYAGER", "targi"], 7, 2008),
    dates=[
        D("2007", "2007", "w ub. roku", opt=True, note="relative; anchored only by the year in the title 'VOYAGER 2008'"),
        D("2008", "2008", "W tym roku", opt=True, note="relative; anchored only by the year in the title"),
    ],
    venues=[
        V("Targi Kielce", "w Targach Kielce", opt=True, note="building-level venue (the fairground), twice"),
        V("Kielce", "Targach Kielce", opt=True, note="the city appears only inside the fair company's name (as fresh 402)"),
    ],
    attendance=[A(30, "organizations", "exact", "Trzydziestu wystawców", note="number word; the paragraph is printed twice")],
    people=[
        P("Tadeusz Kowalczyk", "przewodniczący", "przewodniczący Sejmiku Województwa Świętokrzyskiego Tadeusz Kowalczyk"),
        P("Adam Jarubas", "marszałek", "Marszałek Adam Jarubas"),
        P("Walerij Korowij", ["zastępca gubernatora", "i zastępca", "zastępca"],
          "I Zastępca Gubernatora Obwodu Winnickiego Walerij Korowij", note="'I Zastępca' = first deputy; also after the name at the end"),
        P("Elżbieta Wyrwicz", "dyrektor", "Elżbieta Wyrwicz, dyrektor Departamentu Turystyki"),
    ],
    organizations=[
        O("Targi Kielce", "Targach Kielce"),
        O("Regionalna Organizacja Turystyczna", "Regionalną Organizacją Turystyczną", ["ROT"]),
        O("Ministerstwo Sportu i Turystyki", "Ministerstwie Sportu i Turystyki", ["MSiT"]),
        O("Sejmik Województwa Świętokrzyskiego", "Sejmiku Województwa Świętokrzyskiego", opt=True, note="regional assembly, in a title"),
        O("Obwód Winnicki", "Obwodu Winnickiego", opt=True, note="a Ukrainian region"),
        O("Województwo Świętokrzyskie", "Województwem Świętokrzyskim", opt=True, note="a region"),
        O("Departament Turystyki", "Departamentu Turystyki", opt=True, note="a unit of the ministry"),
    ],
    not_dates=["'VOYAGER 2008' is a year inside a name", "'Dziś' has no date to anchor it"],
    note="Not a cluster event (a regional tourism fair). The first paragraph is printed twice (scraping junk). Edition 7 "
         "from 'VII'; year 2008 from the title. 'ul. Zakładowa' is an address. The conference title in quotes is not an "
         "organisation. Cut at 'Podc'.")

skipped("518_en-mazovian-cosmetics-meeting", "en",
        "English text (first meeting of the Mazovian cosmetics industry, Mazovia Chemical Cluster, Warsaw, 8 September 2014, "
        "project ERICE): must be skipped, although it is about a Polish cluster.")

skipped("519_cs-konference-clustrat-brusel", "cs",
        "Czech text (conference 'Nové klastrové politiky pro region Střední Evropa', CluStrat project, Brussels, "
        "17 February 2014, NCA): must be skipped; close to Polish in vocabulary (klastrové, konference, regionu).")
