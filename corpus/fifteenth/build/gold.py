"""Hand-written gold for corpus/fifteenth (partial: 1400-1409), following corpus/GUIDE.md and
the conventions of the earlier gold sets. Run: python3 run_gold.py"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import D, V, A, C, P, O, E, DOCS, doc, skipped  # noqa: F401
from ids import ID

doc(ID[1400], "2022-08-30",
    E("Spotkanie wiodących polskich parków technologicznych w PPNT",
      ["spotkanie kadry zarządzającej pięciu wiodących polskich parków technologicznych", "spotkanie"], None, None),
    dates=[D("2022-08-30", "2022-08-30", "30.08.2022", note="'Dodano' stamp")],
    venues=[V("Poznański Park Naukowo-Technologiczny", "w Poznańskim Parku Naukowo-Technologicznym", ["PPNT"], opt=True,
              note="building-level venue; Poznań only inside the park's name")],
    attendance=[A(5, "organizations", "exact", "pięciu wiodących polskich parków technologicznych")],
    people=[P("Hieronim Maciejewski", ["prezes zarządu", "prezes", "dyrektor"], "prof. Hieronima Maciejewskiego")],
    organizations=[
        O("Poznański Park Naukowo-Technologiczny", "Poznańskiego Parku Naukowo-Technologicznego", ["PPNT"]),
        O("Krakowski Park Technologiczny", "Krakowskiego Parku Technologicznego"),
        O("Gdański Park Technologiczny", "Gdańskiego Parku Technologicznego"),
        O("Wrocławski Park Technologiczny", "Wrocławskiego Parku Technologicznego"),
        O("Pomorski Park Naukowo-Technologiczny", "Pomorskiego Parku Naukowo-Technologicznego"),
    ])

doc(ID[1401], None,
    E("Zgromadzenie Założycielskie Członków Klastra Energetycznego Malbork-Żuławy",
      ["Zgromadzenie Założycielskie", "Zgromadzenie Założycielskie Członków Klastra Energetycznego Malbork- Żuławy"],
      None, 2018),
    dates=[D("2018-09-07", "2018-09-07", "7 września 2018 r."), D("2018-07-19", "2018-07-19", "19 lipca 2018 r.")],
    venues=[V("Malbork", "w Malborku"),
            V("Starostwo Powiatowe w Malborku", "w Sali Konferencyjnej Starostwa Powiatowego w Malborku", opt=True,
              note="building-level venue")],
    clusters=[C("Klaster Energetyczny Malbork-Żuławy", "Klastra Energetycznego Malbork- Żuławy",
                ["Klaster Energetyczny Malbork- Żuławy", "Klaster Energetyczny MALBORK-ŻUŁAWY"])],
    people=[
        P("Mirosław Czapla", "starosta", "Starosta Malborski Pan Mirosław Czapla"),
        P("Arkadiusz Mroczkowski", ["przewodniczący rady miasta", "przewodniczący"],
          "Przewodniczący Rady Miasta Malborka Pan Arkadiusz Mroczkowski", note="also chairman of the cluster council"),
        P("Jerzy Szałach", "burmistrz", "Jerzy Szałach - Burmistrz Nowego Stawu"),
        P("Zbigniew Kwiatkowski", "koordynator", "Pan Zbigniew Kwiatkowski"),
    ],
    organizations=[
        O("Starostwo Powiatowe w Malborku", "Starostwa Powiatowego w Malborku"),
        O("Rada Miasta Malborka", "Rady Miasta Malborka", opt=True, note="inside a title"),
        O("Rada Klastra", "Rady Klastra", opt=True, note="a body of the cluster"),
    ],
    not_dates=["'baner37.jpg' is a file name", "'Plac Słowiański 17, 8' is an address (cut)"])

doc(ID[1402], None,
    E("Podpisanie listu intencyjnego w celu utworzenia klastra energii", ["list intencyjny", "uroczystość"], None, None),
    venues=[V("Opoczno", "Burmistrzem Opoczna", opt=True, note="only in the mayor's title")],
    attendance=[A(6, "organizations", "exact", "gminy: Opoczno, Drzewica, Sławno, Poświętne, Mniszków i Białaczów",
                  opt=True, note="six municipalities listed, no numeral")],
    people=[
        P("Dariusz Kosno", "burmistrz", "Burmistrzem Opoczna Dariuszem Kosno"),
        P("Barbara Goworek", "wójt", "Barbara Goworek Wójt Gminy Białaczów"),
        P("Dominik Niemirski", ["zastępca burmistrza", "zastępca"], "Dominik Niemirski Zastępca Burmistrza Drzewicy"),
        P("Paweł Werłos", "wójt", "Paweł Werłos Wójt Gminy Mniszków"),
        P("Michał Franas", "wójt", "Michał Franas Wójt Gminy Poświętne"),
        P("Tadeusz Wojciechowski", "wójt", "Tadeusz Wojciechowski Wójt Gminy Sławno"),
    ],
    organizations=[
        O("Gmina Białaczów", "Gminy Białaczów", opt=True), O("Gmina Mniszków", "Gminy Mniszków", opt=True),
        O("Gmina Poświętne", "Gminy Poświętne", opt=True), O("Gmina Sławno", "Gminy Sławno", opt=True),
    ],
    not_dates=["'w sobotę' has no date to anchor it", "the facebook video id is a number"],
    note="No date and no name of the future cluster.")

doc(ID[1405], None,
    E("Innowator 2019", ["Nagrody Innowator 2019", "gala", "konkurs Innowator"], 5, 2019),
    venues=[V("Dąbrowa Górnicza", "w Dąbrowie Górniczej")],
    people=[
        P("J. Opas", None, "fot. J. Opas", opt=True, note="photo credit"),
        P("Jarosław Gowin", ["wicepremier", "minister"], "minister nauki i szkolnictwa wyższego Jarosław Gowin"),
        P("Marcin Lis", "prorektor", "dr Marcin Lis prorektor Akademii WSB"),
        P("Joanna Opas", None, "Autor: Joanna Opas", opt=True, note="author"),
    ],
    organizations=[
        O("Akademia WSB", "Akademia WSB"),
        O("Sieć Badawcza Łukasiewicz", "sieć Łukaszewicz", ["Łukasiewicz", "sieć Łukaszewicz"], opt=True,
          note="misspelt 'Łukaszewicz'"),
        O("Ministerstwo Nauki i Szkolnictwa Wyższego", "Ministerstwo", opt=True, note="only 'Ministerstwo'"),
    ],
    not_dates=["'Innowator 2019' is a year inside a name (gives the event year)", "'jutro' has no anchor date"],
    note="Edition 5 from 'po raz piąty' (the contest).")

doc(ID[1409], "2024-03-21",
    E("Obrady Zgromadzenia Ogólnego oraz posiedzenie Rady Klastrów",
      ["Zgromadzenie Ogólne", "Zgromadzenie Ogólne Związku Pracodawców Klastry Polskie", "posiedzenie Rady Klastrów"],
      None, 2024),
    dates=[D("2024-03-21", "2024-03-21", "21\nmarca\n2024", note="dateline on three lines; also '21 marca br.'")],
    people=[
        P("Krzysztof Krystowski", "prezes", "Krzysztof Krystowski"),
        P("Jarosław Bulanda", None, "Jarosława Bulandy", note="member of the board, no title"),
        P("Anna Sokołowska", "wiceprezes", "Wiceprezes, Anna Sokołowska"),
        P("Aleksander Olejnik", ["przewodniczący rady klastrów", "przewodniczący"], "Aleksandrowi Olejnikowi"),
        P("Anna Moskwa", ["przewodnicząca rady", "przewodnicząca"], "Annie Moskwie"),
    ],
    organizations=[
        O("Związek Pracodawców Klastry Polskie", "Związku Pracodawców Klastry Polskie", ["ZPKP", "Klastry Polskie"]),
        O("Rada Klastrów", "Rady Klastrów", opt=True, note="a body of ZPKP"),
        O("TupTupTup.pl", "TupTupTup.pl", opt=True, note="web designer in the footer"),
    ],
    not_dates=["'10. Kongres Klastrów Polskich' is a planned event (not dated)", "'dwanaście lat' is a duration"],
    note="A dateline '21\\nmarca\\n2024' on three lines opens the text: the document_date (as the GUIDE's example).")

PARP = ["PARP", "Polska Agencja Rozwoju Przedsiębiorczości"]
ZPKP = ["Związek Pracodawców Klastry Polskie", "ZPKP", "Klastry Polskie"]

doc(ID[1403], None,
    E("Współpraca? Czy to się opłaca?",
      ["konferencja podsumowująca wyniki badań benchmarkingowych klastrów", "Benchmarking klastrów 2022",
       "konferencja"], None, 2023),
    dates=[D("2023-04-26", "2023-04-26", "26 Kwietnia 2023", note="also 'Data: 26 kwietnia 2023'"),
           D("2022", "2022", "edycja 2022", opt=True, note="edition year of the benchmarking project / report")],
    venues=[V("Warszawa", "Warszawa"),
            V("Radisson Collection Hotel", "Radisson Collection Hotel Warszawa", ["Radisson Collection Hotel Warszawa"],
              opt=True, note="hotel (building-level venue)")],
    clusters=[
        C("Klaster Gospodarki Odpadowej i Recyklingu", "Klaster Gospodarki Odpadowej i Recyklingu"),
        C("Klaster ICT Pomorze Zachodnie", "Klaster ICT Pomorze Zachodnie"),
        C("Śląski Klaster Lotniczy", "Śląski Klaster Lotniczy", ["Śląski Klaster Lotniczy - KKK"]),
    ],
    people=[
        P("Paulina Zadura", ["dyrektor departamentu", "dyrektor"], "Paulina Zadura, Dyrektor Departamentu Analiz i Strategii"),
        P("Paweł Olejnik", ["zastępca prezesa", "zastępca"], "Paweł Olejnik, Zastępca Prezesa, PARP"),
        P("Marek Przeor", "team leader", "Marek Przeor, Team Leader"),
        P("Agata Wancio", ["zastępca dyrektora", "zastępca"], "Agata Wancio, Zastępca Dyrektora"),
        P("Maciej Piotrowski", None, "Dr Maciej Piotrowski - Innoreg Sp. z o.o.", note="'Dr' is a degree, not a role"),
        P("Michał Thlon", None, "Dr Michał Thlon, Innoreg Sp. z o.o."),
        P("Arkadiusz Kowalski", None, "dr hab. Arkadiusz Kowalski, prof. SGH",
          note="'prof. SGH' is an academic title: role null"),
        P("Katarzyna Błachowicz", "wiceprezes", "Katarzyna Błachowicz, Wiceprezes"),
        P("Magdalena Ławicka", ["dyrektorka operacyjna", "dyrektorka", "dyrektor operacyjna"],
          "Dr Magdalena Ławicka, Dyrektorka Operacyjna"),
        P("Krzysztof Krystowski", ["prezes", "moderator"], "Moderator: Krzysztof Krystowski, Prezes"),
    ],
    organizations=[
        O("Polska Agencja Rozwoju Przedsiębiorczości", "PARP", PARP),
        O("Komisja Europejska", "KE", ["KE"], note="in 'DG GROW KE'"),
        O("DG GROW", "DG GROW", ["DG GROW KE", "Dyrekcja Generalna ds. Rynku Wewnętrznego, Przemysłu, Przedsiębiorczości i MŚP"],
          opt=True, note="a directorate-general of the Commission"),
        O("Ministerstwo Rozwoju i Technologii", "Ministerstwo Rozwoju i Technologii"),
        O("Innoreg Sp. z o.o.", "Innoreg Sp. z o.o.", ["Innoreg"]),
        O("Uniwersytet Ekonomiczny w Krakowie", "Uniwersytet Ekonomiczny w Krakowie"),
        O("Szkoła Główna Handlowa w Warszawie", "Szkoła Główna Handlowa w Warszawie", ["SGH"]),
        O("Związek Pracodawców Klastry Polskie", "Związku Pracodawców Klastry Polskie", ZPKP),
        O("Unia Europejska", "Unię Europejską", ["UE"], opt=True, note="co-financing formula"),
        O("Europejski Fundusz Rozwoju Regionalnego", "Europejskiego Funduszu Rozwoju Regionalnego", ["EFRR"], opt=True,
          note="a fund"),
        O("Departament Analiz i Strategii", "Departamentu Analiz i Strategii", opt=True, note="a unit of PARP"),
        O("Departament Innowacji i Polityki Przemysłowej", "Departament Innowacji i Polityki Przemysłowej", opt=True,
          note="a unit of the ministry"),
    ],
    not_dates=["'09:00-15:00', '9.30 - 10.15' etc. are times", "'30. rocznica' is an anniversary, not an edition",
               "'ul. Grzybowska 24' is an address", "'Benchmarking klastrów 2022' is a year inside a name"],
    note="Agenda page of a PARP conference. Cut mid-agenda.")

doc(ID[1404], None,
    E("Polskie Klastry – od koordynacji do kooperacji",
      ["spotkanie klastrowe", "Polskie Klastry - od koordynacji do kooperacji", "spotkanie"], None, 2019),
    dates=[D("2019-01-17", "2019-01-17", "17 stycznia 2019 roku")],
    venues=[V("Warszawa", "w Warszawie"),
            V("Ministerstwo Przedsiębiorczości i Technologii", "w Ministerstwie Przedsiębiorczości i Technologii w Warszawie",
              opt=True, note="the ministry's building")],
    clusters=[C("Śląski Klaster Lotniczy", "Śląskiego Klastra Lotniczego")],
    people=[
        P("Marcin Ociepa", ["podsekretarz stanu", "podsekretarz", "wiceminister"], "Marcin Ociepa – Podsekretarz Stanu"),
        P("Jan Staniłko", ["dyrektor departamentu", "dyrektor"], "Jan Staniłko, Dyrektor Departamentu Innowacji"),
        P("Beata Lubos", ["zastępca dyrektora", "zastępca"], "Beata Lubos, Zastępca Dyrektora Departamentu Innowacji"),
        P("Krzysztof Krystowski", "prezes", "Krzysztof Krystowski, Prezes"),
    ],
    organizations=[
        O("Ministerstwo Przedsiębiorczości i Technologii", "Ministerstwie Przedsiębiorczości i Technologii", ["MPiT"]),
        O("Związek Pracodawców Klastry Polskie", "Związku Pracodawców Klastry Polskie", ZPKP),
        O("Departament Innowacji", "Departamentu Innowacji", opt=True, note="a unit of the ministry"),
    ],
    not_dates=["'11:00-11:15' etc. are times"],
    note="The publisher's cluster ('Przedstawiciel Klastra') is not named. Agenda of a ministry meeting.")

doc(ID[1406], None,
    E("Święto polskich innowacji",
      ["uroczystość wręczenia nagród laureatom trzech prestiżowych konkursów Polskiej Agencji Rozwoju Przedsiębiorczości",
       "Konkurs Polski Produkt Przyszłości", "uroczystość"], None, 2014),
    dates=[D("2014-12-01", "2014-12-01", "1 grudnia 2014 roku")],
    venues=[V("Warszawa", "w Warszawie"),
            V("Łazienki Królewskie", "w Łazienkach Królewskich w Warszawie", opt=True, note="palace/park (building-level)")],
    people=[
        P("Janusz Piechociński", ["wicepremier", "minister"], "Wicepremier i Minister Gospodarki Janusz Piechociński"),
        P("Bożena Lublińska-Kasprzak", "prezes", "Prezes Polskiej Agencji Rozwoju Przedsiębiorczości Bożena Lublińska-Kasprzak"),
    ],
    organizations=[
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polskiej Agencji Rozwoju Przedsiębiorczości", PARP),
        O("Ministerstwo Gospodarki", "Minister Gospodarki", opt=True, note="only in the minister's title"),
        O("Narodowe Centrum Badań Jądrowych", "Narodowe Centrum Badań Jądrowych", ["NCBJ",
          "Narodowe Centrum Badań Jądrowych Ośrodek Radioizotopów POLATOM"]),
        O("Ośrodek Radioizotopów POLATOM", "Ośrodek Radioizotopów POLATOM", ["POLATOM"], opt=True,
          note="a unit of NCBJ"),
        O("Centrum Słuchu i Mowy Sp. z o.o.", "Centrum Słuchu i Mowy Sp. z o.o.", ["Centrum Słuchu i Mowy"]),
        O("Grupa Azoty Zakłady Azotowe Kędzierzyn S.A.", "Grupa Azoty Zakłady Azotowe Kędzierzyn S.A.",
          ["Grupa Azoty", "Zakłady Azotowe Kędzierzyn", "Grupa Azoty ZAK S.A."]),
        O("Instytut Ciężkiej Syntezy Organicznej „Blachownia”", "Instytutem Ciężkiej Syntezy Organicznej „Blachownia”",
          ["Instytut Ciężkiej Syntezy Organicznej", "ICSO Blachownia", "ICSO"]),
    ],
    not_dates=["'XVII edycji', 'V edycji', 'IV edycji' are editions of the contests, not of the ceremony (edition null)"],
    note="Award ceremony of three PARP contests; Otwock and Kajetany are seats of laureates, not venues. Cut at 'Matematyk'.")

doc(ID[1407], None,
    E("Polski Kongres Przedsiębiorczości", ["VIII Polski Kongres Przedsiębiorczości", "Kongres"], 8, None),
    dates=[D("XXXX-10-05", "XXXX-10-07", "w dniach 5-7 października", note="no year in the text ('Tegoroczna')"),
           D("2020", "2021", "2020/2021", opt=True, note="period of the award's name")],
    venues=[V("Kraków", "ICE Kraków", opt=True, note="only in the congress centre's name ('Centrum Kongresowym ICE Kraków')"),
            V("ICE Kraków", "w Centrum Kongresowym ICE Kraków", ["Centrum Kongresowe ICE Kraków"], opt=True,
              note="building-level venue"),
            V("Olsztyn", "w Olsztynie", opt=True, note="venue of the edition two years earlier, also inside the "
              "university's name"),
            V("Centrum Konferencyjne UWM", "w Centrum Konferencyjnym UWM w Olsztynie", opt=True,
              note="building of an earlier edition")],
    people=[P("Jerzy Jaroszewski", ["prorektor", "profesor"], "profesor Jerzy Jaroszewski, prorektor"),
            P("Magdalena Jabłońska", None, "Magdalenę Jabłońską", note="panel moderator, no title")],
    organizations=[
        O("Uniwersytet Warmińsko-Mazurski w Olsztynie", "Uniwersytet Warmińsko-Mazurski w Olsztynie", ["UWM"]),
        O("Polska Agencja Przedsiębiorczości", "Polską Agencję Przedsiębiorczości"),
        O("Komisja Europejska", "Komisji Europejskiej", ["KE"]),
    ],
    not_dates=["'Polską Nagrodę Innowacyjności 2020/2021' — the period is optional", "'Dwa lata wcześniej' has no anchor year"],
    note="Edition 8 from 'VIII'. Author tag ' dbp'.")

doc(ID[1408], None,
    E("Europejski Zielony Ład i jego konsekwencje dla polskiej gospodarki. Wyzwania dla innowacji, energetyki oraz klastrów",
      ["Europejski Zielony Ład i jego konsekwencje dla polskiej gospodarki", "konferencja"], None, None),
    people=[P("Marcin Kraska", "wiceprezes", "Marcin Kraska, Wiceprezes Sieci Badawczej Łukasiewicz")],
    organizations=[
        O("Związek Pracodawców Klastry Polskie", "Związek Pracodawców Klastry Polskie", ZPKP),
        O("Polski Koncern Naftowy ORLEN S.A.", "Polski Koncern Naftowy ORLEN S.A.", ["PKN ORLEN", "ORLEN", "PKN Orlen"]),
        O("Sieć Badawcza Łukasiewicz", "Sieć Badawcza Łukasiewicz", ["Łukasiewicz"]),
    ],
    not_dates=["'przemysłu 4.0', 'gospodarki 4.0' are not dates", "'Published on :' has no date (the date is only in the address)"],
    note="No date, venue or count in the text.")

doc(ID[1411], None,
    E("XII Polickie Targi Gospodarcze", ["Polickie Targi Gospodarcze", "targi"], 12, None),
    dates=[D("XXXX-04-06", "XXXX-04-07", "(6-7 kwietnia)", note="no year in the text")],
    venues=[V("Police", "w Policach"),
            V("Ośrodek Sportu i Rekreacji w Policach", "W hali Ośrodka Sportu i Rekreacji w Policach", opt=True,
              note="a hall (building-level venue)")],
    attendance=[A(80, "organizations", "approx", "około 80 wystawców")],
    people=[
        P("Władysław Diakun", "burmistrz", "Burmistrz Polic Władysław Diakun"),
        P("Andrzej Bednarek", "starosta", "Starosta Policki Andrzej Bednarek"),
        P("Mario Bischin", None, "Mario Bischin", opt=True, note="a performer"),
        P("Cezary Arciszewski", "przewodniczący rady powiatu", "Przewodniczący Rady Powiatu w Policach Cezary Arciszewski"),
        P("Mateusz Frąckowiak", "koordynator", "Mateusz Frąckowiak/koordynator", opt=True, note="author and photo credit"),
    ],
    organizations=[
        O("Gmina Police", "Gmina Police", note="the organiser"),
        O("Powiat Policki", "Powiat Policki", opt=True, note="a county (exhibitor)"),
        O("Gmina Pasewalk", "Gminą Pasewalk", opt=True, note="partner municipality"),
        O("Unia Europejska", "Unii Europejskiej", ["UE"], opt=True, note="'wejścia Polski do Unii Europejskiej'"),
        O("Ośrodek Sportu i Rekreacji w Policach", "Ośrodka Sportu i Rekreacji w Policach", ["OSiR Police"]),
        O("Rada Powiatu w Policach", "Rady Powiatu w Policach", opt=True, note="in a title"),
        O("Orkiestra Wood&Brass Band", "Orkiestra Wood&Brass Band", opt=True, note="a band"),
    ],
    not_dates=["'20-lecie', '15-lecie' are anniversaries", "Goleniów is the band's origin, not a venue"],
    note="Edition 12 from 'XII'. No year anywhere.")
