"""Hand-written gold for corpus/eighteenth (ids 1700-1719), following corpus/GUIDE.md and the conventions of the
earlier gold sets (tenth, eleventh ... sixteenth SOURCES.md and gold).

Run: python3 run_gold.py  -> writes ../gold/*.json and checks that every `text` is an exact substring of the
raw file (so char spans can be computed from it: raw.find(text)).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import D, V, A, C, P, O, E, DOCS, doc, skipped  # noqa: F401 (the item helpers, see corpus/goldkit.py)
from ids import ID

LSSE = ["Legnicka Specjalna Strefa Ekonomiczna", "Legnicka Specjalna Strefa Ekonomiczna S.A.", "LSSE"]

# ---------------------------------------------------------------------------------------------
doc(ID[1700], None,
    E("Jubileusz 10-lecia Lubuskiego Klastra Metalowego",
      ["Jubileusz 10-lecia istnienia Lubuskiego Klastra Metalowego", "Jubileusz Lubuskiego Klastra Metalowego",
       "Jubileusz 10-lecia", "jubileusz", "Gala", "uroczysta Gala"], None, 2018),
    dates=[D("2018-10-15", "2018-10-15", "15 października 2018 roku", note="glued to the logo text 'metalowy15'")],
    venues=[
        V("Gorzów Wielkopolski", "w Gorzowie Wielkopolskim", ["Gorzów Wlkp.", "Gorzów"], opt=True,
          note="only inside the names of the academy and the city (four times); the venue itself is not named"),
        V("Frankfurt nad Odrą", "we Frankfurcie nad Odrą", ["Frankfurt (Oder)"], opt=True,
          note="seat of the Business and Innovation Centre (an origin), not a venue"),
    ],
    clusters=[C("Lubuski Klaster Metalowy", "Lubuskiego Klastra Metalowego", ["LKM"],
                note="five times in the genitive; 'LKM' once")],
    people=[
        P("Elżbieta Skorupska-Raczyńska", "rektor", "Rektor Akademii im. Jakuba z Paradyża w Gorzowie Wielkopolskim prof. dr hab. Elżbieta Skorupska-Raczyńska"),
        P("Jacek Wójcicki", "prezydent", "prezydent Miasta Gorzowa Wielkopolskiego Jacek Wójcicki"),
        P("Władysław Dajczak", "wojewoda", "Wojewoda Lubuski Władysław Dajczak", note="also 'z rąk Wojewody Władysława Dajczaka'"),
        P("Mirosław Marcinkiewicz", "wiceprzewodniczący", "Wiceprzewodniczący Sejmiku Województwa Lubuskiego Mirosław Marcinkiewicz"),
        P("Roman Gawroniak", "kanclerz", "kanclerz Akademii im. Jakuba z Paradyża w Gorzowie Wielkopolskim Roman Gawroniak"),
        P("Małgorzata Trocka", "prodziekan", "prodziekan do spraw nauki Wydziału Ekonomicznego Akademii im. Jakuba z Paradyża w Gorzowie Wielkopolskim dr Małgorzata Trocka"),
        P("Andrzej Kuciński", "kierownik", "kierownik Zakładu Rachunkowości i Zarządzania Akademii im. Jakuba z Paradyża w Gorzowie Wielkopolskim dr Andrzej Kuciński"),
        P("Andrzej Graczykowski", "prezes", "Prezes Lubuskiego Klastra Metalowego Andrzej Graczykowski", note="three times"),
        P("Włodzimierz Fleischer", ["dyrektor biura", "dyrektor"], "dyrektor biura Lubuskiego Klastra Metalowego Włodzimierz Fleischer"),
        P("Mariusz Batura", ["wiceprezes", "prezes", "wiceprezezes"], "Mariusz Batura",
          note="'Wiceprezezes Zarządu LKM oraz Prezes Zarządu Firmy GOTECH' (typo kept in the text)"),
        P("Sebastian Pieńkowski", "przewodniczący", "Przewodniczącego Rady Miasta Gorzowa Wielkopolskiego Sebastiana Pieńkowskiego",
          note="genitive"),
        P("Roman Mizerny", "prezes", "Roman Mizerny-Prezes firmy HOLDING-ZREMB Gorzów S.A.", note="hyphen without spaces"),
        P("Uwe Hoppe", ["szef", "ówczesny szef"], "Uwe Hoppe ówczesnego szefa tej organizacji",
          note="name left in the nominative ('w osobie Uwe Hoppe'); 'the then head' of the BIC"),
    ],
    organizations=[
        O("Akademia im. Jakuba z Paradyża w Gorzowie Wielkopolskim", "Akademii im. Jakuba z Paradyża w Gorzowie Wielkopolskim",
          ["Akademia im. Jakuba z Paradyża"], note="four times"),
        O("Wydział Ekonomiczny Akademii im. Jakuba z Paradyża w Gorzowie Wielkopolskim", "Wydziału Ekonomicznego",
          ["Wydział Ekonomiczny"], opt=True, note="a unit of the academy"),
        O("Zakład Rachunkowości i Zarządzania Akademii im. Jakuba z Paradyża w Gorzowie Wielkopolskim",
          "Zakładu Rachunkowości i Zarządzania", ["Zakład Rachunkowości i Zarządzania"], opt=True, note="a unit"),
        O("Miasto Gorzów Wielkopolski", "Miasta Gorzowa Wielkopolskiego", ["Gorzów Wielkopolski"], opt=True,
          note="municipality, in titles and an award name"),
        O("Rada Miasta Gorzowa Wielkopolskiego", "Rady Miasta Gorzowa Wielkopolskiego", opt=True, note="a council (body)"),
        O("Sejmik Województwa Lubuskiego", "Sejmiku Województwa Lubuskiego", opt=True, note="regional assembly (body), twice"),
        O("GOTECH Sp. z o.o.", "GOTECH Sp. z o.o.", ["GOTECH", "Firma GOTECH Sp. z o.o.", "GOTECH sp. z o.o."]),
        O("HOLDING-ZREMB Gorzów S.A.", "HOLDING-ZREMB Gorzów S.A.", ["HOLDING-ZREMB Gorzów", "HOLDING-ZREMB"]),
        O("Lubuska Organizacja Pracodawców", "Lubuskiej Organizacji Pracodawców"),
        O("Business and Innovation Centre", "Business and Innovation Centre",
          ["Business and Innovation Centre we Frankfurcie nad Odrą", "BIC"]),
    ],
    not_dates=["'10-lecia' and 'Medalem 10-lecia' are an anniversary, not a date",
               "'w ostatnich dziesięciu latach' is a duration"],
    note="Jubilee gala of the Lubuski Klaster Metalowy (15 Oct 2018), published by a university faculty: a long list of "
         "guests with titles before the name (rektor, prezydent, wojewoda, wiceprzewodniczący, kanclerz, prodziekan, "
         "kierownik) and awards. The page opens with the logo's alt text glued to the date ('metalowy15'). No venue is "
         "named. An anniversary is not an edition. Cut at 'Ak'.")

doc(ID[1701], None,
    E("Kongres Innowacji",
      ["I Kongres Innowacji", "Kongres Innowacji „Pojazdy elektryczne – kierunki rozwoju, techniczne i technologiczne możliwości dla producentów i poddostawców”",
       "Pojazdy elektryczne – kierunki rozwoju, techniczne i technologiczne możliwości dla producentów i poddostawców",
       "Kongres"], 1, None),
    dates=[D("XXXX-09-21", "XXXX-09-21", "21 września", note="no year anywhere in the text")],
    venues=[
        V("Politechnika Wrocławska", "na Politechnice Wrocławskiej", opt=True, note="a university (building-level venue)"),
        V("Wrocław", "Politechnice Wrocławskiej", opt=True, note="the city only as the adjective in the university's name"),
    ],
    attendance=[A(120, "participants", "more_than", "ponad 120 osób")],
    clusters=[C("Dolnośląski Klaster Motoryzacyjny", "Dolnośląskiego Klastra Motoryzacyjnego", ["DKM"],
                note="also in the nominative at the cut")],
    people=[
        P("Adam Zysk", None, "Adam Zysk", note="one of the hosts ('Prowadzący'), no title"),
        P("Beata Kłos", None, "Beata Kłos", note="host; read a letter"),
        P("Tadeusz Lewandowski", None, "Tadeusz Lewandowski", note="host"),
        P("Jerzy Jasieńko", "prorektor", "prof. dr hab. inż. Jerzy Jasieńko Prorektor ds. Organizacji i Rozwoju Politechniki Wrocławskiej",
          note="twice, title after the name"),
        P("Iwona Krawczyk", "wicemarszałek", "Iwona Krawczyk – Wicemarszałek Województwa Dolnośląskiego"),
        P("Witold Lech Idczak", "prezes", "Witold Lech Idczak Prezes Legnickiej Specjalnej Strefy Ekonomicznej S.A.",
          note="three times"),
        P("Adam Holewa", "dyrektor", "Adam Holewy Dyrektora zakładu SITECH", ["Adam Holewy"],
          note="genitive with the first name left uninflected ('W imieniu Adam Holewy')"),
    ],
    organizations=[
        O("Politechnika Wrocławska", "Politechnice Wrocławskiej", ["PWr"], note="three times"),
        O("Wydział Mechaniczny Politechniki Wrocławskiej", "Wydziału Mechanicznego Politechniki Wrocławskiej",
          ["Wydział Mechaniczny"], opt=True, note="a unit, partner of the consortium"),
        O("Legnicka Specjalna Strefa Ekonomiczna S.A.", "Legnickiej Specjalnej Strefy Ekonomicznej", LSSE, note="four times"),
        O("SITECH Sp. z o.o.", "SITECH", ["SITECH", "SITECH Sp. z o. o."], note="twice"),
        O("Województwo Dolnośląskie", "Województwa Dolnośląskiego", opt=True, note="region, in a title"),
        O("Ministerstwo Rozwoju", "Ministerstwo Rozwoju", ["MR"], note="honorary patronage"),
    ],
    not_dates=["'Strefa Twoich Możliwości' is the publisher's slogan (header junk)"],
    note="First Innovation Congress on electric vehicles held by the partners of the Lower Silesian Automotive Cluster "
         "at the Wrocław University of Science and Technology: edition 1 from 'I Kongres Innowacji'; no year in the "
         "text (XXXX-09-21, event year null). Photo captions repeat names. Cut at 'bod'.")

doc(ID[1702], None,
    E("Innowacyjne aspekty rozwoju technologii tworzyw polimerowych",
      ["konferencja branżowa", "konferencja branżowa „Innowacyjne aspekty rozwoju technologii tworzyw polimerowych”",
       "\"Innowacyjne aspekty rozwoju technologii tworzyw polimerowych”", "konferencja"], None, None),
    venues=[
        V("Bydgoskie Centrum Targowo-Wystawiennicze", "w Bydgoskim Centrum Targowo - Wystawienniczym",
          ["Bydgoskie Centrum Targowo - Wystawiennicze"], opt=True, note="a fair and exhibition centre (building)"),
        V("Bydgoszcz", "Bydgoszczy", opt=True, note="the city only in a title ('zastępca prezydenta Bydgoszczy') and adjectives"),
    ],
    attendance=[
        A(112, "organizations", "exact", "112 podmiotów", opt=True, note="membership of the cluster, not attendance"),
        A(76, "organizations", "exact", "76 przedsiębiorstw", opt=True, note="membership (firms)"),
        A(8, "organizations", "exact", "8 instytucji otoczenia biznesu", opt=True, note="membership"),
        A(4, "organizations", "exact", "4 jednostki naukowo-badawcze", opt=True, note="membership"),
    ],
    clusters=[C("Bydgoski Klaster Przemysłowy", "Bydgoski Klaster Przemysłowy", ["BKP", "Bydgoski Klaster Przemysłowy „Dolina Narzędziowa”"],
                note="also 'Bydgoskiego Klastera Przemysłowego' (misspelt), 'Bydgoskim Klastrze Przemysłowym', 'BKP'")],
    people=[
        P("Katarzyna Meger", ["prezes zarządu", "prezes"], "Katarzyna Meger - prezes Zarządu Bydgoskiego Klastera Przemysłowego"),
        P("Tadeusz Konek", "członek zarządu", "Tadeusz Konek - członek zarządu BKP"),
        P("Iwona Waszkiewicz", ["zastępca prezydenta", "zastępca", "wiceprezydent"], "Iwona Waszkiewicz - zastępca prezydenta Bydgoszczy"),
        P("Edyta Wiwatowska", "prezes", "Edyta Wiwatowska - prezes Bydgoskiej Agencji Rozwoju Regionalnego"),
    ],
    organizations=[
        O("Bydgoska Agencja Rozwoju Regionalnego", "Bydgoskiej Agencji Rozwoju Regionalnego", ["BARR"]),
        O("Bydgoskie Centrum Targowo-Wystawiennicze", "Bydgoskim Centrum Targowo - Wystawienniczym",
          ["Bydgoskie Centrum Targowo - Wystawiennicze"], opt=True, note="the venue building (a company too)"),
    ],
    not_dates=["'Dwa lata temu' is relative and the text gives no date to anchor it",
               "'Światowego Tygodnia Przedsiębiorczości' (Global Entrepreneurship Week) names no date"],
    note="Industry conference of the Bydgoszcz Industrial Cluster with a press conference. No date or year anywhere: "
         "no date items, event year null. Membership counts (112 members, 76 firms...) optional; employees, revenue "
         "and '16-tu elitarnych klastrów' (the number of key clusters) are not attendance. Cut at 'mie'.")

doc(ID[1703], None,
    E("Wielkopolska – Regionem Wiedzy",
      ["Wielkopolska - Regionem Wiedzy", "międzynarodowe seminarium warsztatowe", "seminarium warsztatowe",
       "międzynarodowe seminarium warsztatowe: Wielkopolska – Regionem Wiedzy", "seminarium"], None, 2008),
    dates=[D("2008-03-11", "2008-03-11", "11 marca 2008r", note="'2008r.' without a space")],
    venues=[V("Poznań", "w Poznaniu", ["Poznan"])],
    clusters=[
        C("Motoklaster Wielkopolska", "Motoklaster Wielkopolska", ["„Motoklaster Wielkopolska”", "inicjatywa Motoklaster Wielkopolska"],
          note="a cluster initiative run by the agency (quoted)"),
        C("Klaster Motoryzacyjny Słowenii", "Klastra Motoryzacyjnego Słowenii", ["Automotive Cluster of Slovenia", "ACS"]),
    ],
    people=[
        P("Gerrit Stratmann", "przedstawiciel", "Gerrit Stratmann, jako przedstawiciel Hesji"),
        P("Dusan Busen", None, "Dusan Busen z Klastra Motoryzacyjnego Słowenii", note="affiliation only"),
        P("Patrycja Młynarek", None, "Patrycję Młynarek z firmy ITTI", note="accusative; affiliation only"),
    ],
    organizations=[
        O("Wielkopolska Agencja Rozwoju Przedsiębiorczości", "Wielkopolska Agencja Rozwoju Przedsiębiorczości", ["WARP"]),
        O("Hesja", "Hesji", ["Land Hesja", "Hessen"], opt=True, note="a German state acting as project leader (region)"),
        O("ITTI sp. z o.o.", "ITTI sp. z o.o.", ["ITTI"]),
        O("GRUPA ETRA", "GRUPA ETRA", ["Grupa ETRA", "ETRA"]),
        O("CONEKT", "CONEKT"),
        O("Newcastle University", "Newcastle University"),
        O("Universität Bonn", "Universität Bonn"),
        O("Universität Stuttgart", "Universität Stuttgart"),
        O("Centro Ricerche Fiat", "Centro Ricerche Fiat"),
        O("ETRI", "ETRI"),
        O("Unia Europejska", "UE", opt=True, note="as a modifier ('Programu Ramowego UE')"),
    ],
    not_dates=["'7 partnerów' counts project partners, not attendance"],
    note="2008 international workshop seminar in Poznań on research infrastructure for the automotive industry, run by "
         "the regional agency behind 'Motoklaster Wielkopolska'. The countries of the TCAS clusters and EMMA partners "
         "are origins, not venues. Projects TCAS and EMMA are not annotated. Cut at 'Info'.")

KKK = C("Krajowy Klaster Kluczowy", "Krajowych Klastrów Kluczowych", ["KKK", "Krajowe Klastry Kluczowe"], opt=True,
        note="a status, not a cluster's name (as seventh 617)")

doc(ID[1706], None,
    E("Posiedzenie Rady Krajowych Klastrów Kluczowych",
      ["posiedzenie Rady Krajowych Klastrów Kluczowych", "Rada Krajowych Klastrów Kluczowych", "posiedzenie Rady"],
      None, 2024),
    dates=[
        D("2024-03-07", "2024-03-07", "7 marca 2024"),
        D("2021", "2027", "2021 – 2027", note="the financial perspective (a programme period, as tenth 902)"),
    ],
    venues=[
        V("Warszawa", "w Warszawie", ["Warsaw"]),
        V("Ministerstwo Rozwoju i Technologii", "w siedzibie Ministerstwa Rozwoju i Technologii",
          ["siedziba Ministerstwa Rozwoju i Technologii"], opt=True, note="building-level venue"),
    ],
    clusters=[
        C("Klaster LTPP", "Klastra LTPP", ["LTPP"], note="twice, the publisher's cluster (as seventh 617)"),
        C("Krajowy Klaster Kluczowy", "Krajowego Klastra Kluczowego", ["KKK", "Krajowe Klastry Kluczowe"], opt=True,
          note="a status; also 'Krajowych Klastrów Kluczowych', 'KKK'"),
    ],
    people=[
        P("Agata Wancio", ["zastępca dyrektora", "zastępca"], "p. Agata Wancio, Zastępca Dyrektora"),
        P("Marek Świeczkowski", ["prezes zarządu", "prezes", "przewodniczący"],
          "p. Marek Świeczkowski – Prezes Zarządu, Przewodniczący Klastra LTPP"),
    ],
    organizations=[
        O("Ministerstwo Rozwoju i Technologii", "Ministerstwa Rozwoju i Technologii", ["MRiT"], note="also 'MRiT'"),
        O("Departament Innowacji i Polityki Przemysłowej", "Departament Innowacji i Polityki Przemysłowej", opt=True,
          note="a unit of the ministry"),
        O("Ministerstwo Funduszy i Polityki Regionalnej", "Ministerstwa Funduszy i Polityki Regionalnej", ["MFiPR"]),
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polskiej Agencji Rozwoju Przedsiębiorczości", ["PARP"]),
        O("Rada Krajowych Klastrów Kluczowych", "Rady Krajowych Klastrów Kluczowych", opt=True, note="a council (body)"),
    ],
    not_dates=["'20 klastrów' counts the clusters holding the status, not attendance", "'2.17 FENG' is a measure number"],
    note="Meeting of the Council of Key National Clusters at the ministry in Warsaw, 7 March 2024, reported by the "
         "LTPP cluster. Scraping junk '. .' / '.Koordynatorzy' kept. The competition and FENG are not annotated. "
         "Another meeting than seventh 617 (the January 2023 gala of the same publisher).")

doc(ID[1707], None,
    E("Walne Zebranie Członków Bydgoskiego Klastra Przemysłowego „Dolina Narzędziowa”",
      ["Walne Zebranie Członków", "Walne Zebranie", "Walne Zebranie Członków Bydgoskiego Klastra Przemysłowego",
       "Spotkanie Klastra"], None, 2022),
    dates=[
        D("2022-09-06", "2022-09-06", "6 września 2022 r."),
        D("2022-09-12", "2022-09-12", "12 września", note="year from the previous paragraph"),
        D("2021", "2021", "w ubiegłym roku", opt=True, note="relative, anchored on the 2022 meeting"),
        D("2022", "2022", "w bieżącym roku", opt=True, note="relative, the meeting's year"),
    ],
    clusters=[C("Bydgoski Klaster Przemysłowy", "Bydgoskim Klastrze Przemysłowym",
                ["Bydgoski Klaster Przemysłowy „Dolina Narzędziowa”", "Dolina Narzędziowa", "BKP",
                 "Bydgoski Klaster Przemysłowy Dolina Narzędziowa"],
                note="heading twice; 'Bydgoskiego Klastra Przemysłowego „Dolina Narzędziowa”' in the text")],
    people=[
        P("Katarzyna Meger", ["prezes zarządu", "prezes"], "Katarzyna Meger – prezes zarządu",
          note="also inside her firm's name"),
        P("Dariusz Sykutera", ["wiceprezes zarządu", "wiceprezes"], "dr hab. inż. Dariusz Sykutera – wiceprezes zarządu"),
        P("Marek Bieliński", "członek zarządu", "prof. dr hab. inż. Marek Bieliński – członek zarządu"),
        P("Tadeusz Konek", "członek zarządu", "Tadeusz Konek – członek zarządu"),
        P("Marcin Kropidłowski", "członek zarządu", "Marcin Kropidłowski – członek zarządu"),
        P("Grzegorz Kapka", ["członek zarządu", "nowy członek zarządu"], "Grzegorz Kapka",
          note="listed under 'Nowi członkowie zarządu to:'"),
        P("Maciej Mazurkiewicz", ["członek zarządu", "nowy członek zarządu"], "Maciej Mazurkiewicz", note="same list"),
        P("Marian Olszyński", ["członek komisji rewizyjnej", "członek komisji", "członek"], "Marian Olszyński",
          note="under 'W skład komisji rewizyjnej weszli:'"),
        P("Piotr Barlik", ["członek komisji rewizyjnej", "członek komisji", "członek"], "Piotr Barlik (firma",
          note="also inside his firm's name"),
        P("Piotr Terlecki", ["członek komisji rewizyjnej", "członek komisji", "członek"], "Piotr Terlecki"),
    ],
    organizations=[
        O("Wytwórnia Sprzętu Medycznego GALMED Katarzyna Meger", "Wytwórnia Sprzętu Medycznego GALMED Katarzyna Meger",
          ["Wytwórnia Sprzętu Medycznego GALMED", "GALMED"]),
        O("Politechnika Bydgoska im. Jana i Jędrzeja Śniadeckich", "Politechnika Bydgoska im. Jana i Jędrzeja Śniadeckich",
          ["Politechnika Bydgoska"], note="twice"),
        O("Konek PSN sp. z o.o.", "Konek PSN sp. z o.o.", ["Konek PSN"]),
        O("Dura-Line Poland sp. z o.o.", "Dura-Line Poland sp. z o.o.", ["Dura-Line Poland", "Dura-Line"]),
        O("KAPlast sp. z o.o.", "KAPlast sp. z o.o.", ["KAPlast"]),
        O("Siropol sp. z o.o.", "Siropol sp. z o.o.", ["Siropol"]),
        O("ZELAN sp. z o.o.", "ZELAN sp. z o.o.", ["ZELAN"]),
        O("PW BRAT Piotr Barlik", "PW BRAT Piotr Barlik", ["PW BRAT"]),
        O("Izba Przemysłowo-Handlowa Województwa Kujawsko-Pomorskiego", "Izba Przemysłowo-Handlowa Województwa Kujawsko-Pomorskiego"),
        O("Pracodawcy Pomorza i Kujaw Związek Pracodawców", "„Pracodawcy Pomorza i Kujaw” Związek Pracodawców",
          ["„Pracodawcy Pomorza i Kujaw” Związek Pracodawców", "Pracodawcy Pomorza i Kujaw",
           "Związek Pracodawców „Pracodawcy Pomorza i Kujaw”"]),
        O("Canva", "Canva", opt=True, note="image credit after the repeated heading (junk)"),
    ],
    not_dates=["'na kolejne 4 lata' is a term (duration)", "'rzędu kilkuset procent' is a percentage"],
    note="General meeting of the Bydgoszcz Industrial Cluster 'Dolina Narzędziowa' electing its board: a list of people "
         "with roles and firms in brackets. No venue. 'Canva' is an image credit glued to the repeated heading. Daleki "
         "Wschód / Europa Zachodnia are markets, not venues. Cut at 'okazują'. Another event than 1702 (same cluster).")

doc(ID[1708], None,
    E("Klub PGM", ["Klub PGM 2024", "trzecia edycja Klubu PGM"], 3, None),
    attendance=[A(80, "organizations", "approx", "blisko 80 największych fabryk motoryzacyjnych i firm inżynierskich",
                  opt=True, note="membership of the association, not attendance")],
    clusters=[C("Polska Grupa Motoryzacyjna", "Polską Grupę Motoryzacyjną", ["PGM", "Stowarzyszenie Polska Grupa Motoryzacyjna"],
                opt=True, note="an automotive association that signs as a cluster in sixth 510; here only 'organizacja', "
                               "'Stowarzyszenie': optional as a cluster, required as an organisation")],
    people=[
        P("Bogdan Góralczyk", ["ekspert", "były dyplomata", "dyplomata", "profesor", "gość specjalny"],
          "prof. Bogdan Góralczyk – ekspert w dziedzinie Chin, Węgier i globalizacji, były dyplomata", note="twice (cut)"),
        P("Maciej Radziwiłł", ["prezes", "przedsiębiorca", "mecenas kultury"], "Maciej Radziwiłł – prezes Fundacji Książąt Czartoryskich"),
        P("Krystyna Boczkowska", ["prezes", "wieloletnia prezes"], "Krystyna Boczkowska – wieloletnia prezes Robert BOSCH"),
        P("Wojciech Rowiński", ["dyrektor generalny", "dyrektor", "lider"], "Wojciech Rowiński – dyrektor generalny SCANIA Polska"),
        P("Bartosz Mielecki", ["dyrektor zarządzający", "dyrektor"], "Bartosz Mielecki, Dyrektor Zarządzający PGM"),
    ],
    organizations=[
        O("Polska Grupa Motoryzacyjna", "Polską Grupę Motoryzacyjną", ["PGM", "Stowarzyszenie Polska Grupa Motoryzacyjna"],
          note="also 'PGM' (four times), 'Stowarzyszenie'"),
        O("Fundacja Książąt Czartoryskich", "Fundacji Książąt Czartoryskich"),
        O("Robert BOSCH", "Robert BOSCH", ["Robert Bosch", "Bosch", "BOSCH"]),
        O("SCANIA Polska", "SCANIA Polska", ["Scania Polska", "SCANIA", "Scania"]),
    ],
    not_dates=["'przez ostatnie dekady' is vague", "'trzeciej edycji' is an edition, not a date"],
    note="Third edition of the PGM Club (a meeting series of the Polish automotive association) with four special "
         "guests. No date, year or venue in the text (2024 only in the address): event year null. Chiny, Węgry and "
         "Europa are topics, not venues. Cut at 'Góralczy'.")

doc(ID[1709], "2024-05-27",
    E("Tydzień Latania",
      ["21. Tydzień Latania", "\"Tydzień Latania\"", "Tydzień Latania w Mieście Nauki", "21. \"Tydzień Latania\"",
       "Dzień Przemysłu Lotniczego", "konferencja \"Dzień Przemysłu Lotniczego\""], 21, 2024),
    dates=[
        D("2024-05-27", "2024-05-27", "27\nmaja\n2024", note="dateline on three lines; also 'Dziś, 27 maja 2024 r.'"),
        D("2024-05-27", "2024-06-02", "27 maja - 2 czerwca 2024 r.", note="the week, in the heading"),
    ],
    venues=[
        V("Katowice", "W Katowicach", ["Katowice - Miasto Nauki"]),
        V("Politechnika Śląska", "na Politechnice Śląskiej", opt=True, note="a university (building-level venue)"),
    ],
    clusters=[C("Śląski Klaster Lotniczy", "Śląski Klaster Lotniczy", note="also in quotes inside a presentation title, "
                "'ze Śląskiego Klastra Lotniczego'")],
    people=[
        P("Joanna Wagner-Dobosz", None, "Joannę Wagner-Dobosz ze Śląskiego Klastra Lotniczego",
          note="accusative; moderated a panel (no title)"),
        P("Jarosław Bulanda", "wiceprezes", "Jarosław Bulanda, wiceprezes Śląskiego Klastra Lotniczego"),
        P("Henryk Mynarski", None, "Henryk Mynarski", note="affiliation only"),
        P("Andrzej Papiorek", None, "Andrzej Papiorek, Wytwórnia", note="affiliation only (his own firm)"),
        P("Bogusław Holeksa", None, "Bogusław Holeksa", note="affiliation only"),
        P("Sebastian Drąg", None, "Sebastian Drąg", note="affiliation only"),
    ],
    organizations=[
        O("Politechnika Śląska", "Politechnice Śląskiej"),
        O("Zakład Szybowcowcowy \"Jeżów\"", "Zakład Szybowcowcowy \"Jeżów\"",
          ["Zakład Szybowcowy \"Jeżów\"", "Zakład Szybowcowy „Jeżów”", "Zakład Szybowcowy Jeżów", "Jeżów"],
          note="misspelt 'Szybowcowcowy' in the text"),
        O("Wytwórnia Konstrukcji Kompozytowych Andrzej Papiorek", "Wytwórnia Konstrukcji Kompozytowych Andrzej Papiorek",
          ["Wytwórnia Konstrukcji Kompozytowych"]),
        O("Bielski Park Technologiczny Lotnictwa, Przedsiębiorczości i Innowacji",
          "Bielski Park Technologiczny Lotnictwa, Przedsiębiorczości i Innowacji", ["Bielski Park Technologiczny"]),
        O("SkyMedia", "SkyMedia"),
        O("Skybro", "Skybro"),
        O("Branżowe Centrum Umiejętności SkyPort", "Branżowego Centrum Umiejętności SkyPort",
          ["Branżowe Centrum Umiejętności \"SkyPort\"", "SkyPort"], opt=True,
          note="a training centre being set up (a project of the cluster)"),
    ],
    not_dates=["'pierwszy dzień wydarzenia' is not a date of its own (the same 27 May)", "'21.' is an edition"],
    note="Opening of the 21st 'Tydzień Latania' (Flying Week) at the Silesian University of Technology in Katowice with "
         "the conference 'Dzień Przemysłu Lotniczego'. The dateline '27 / maja / 2024' (three lines, after 'A+ A- X' "
         "font-size buttons) is the document_date. 'Miasto Nauki' is a title of Katowice, not an organisation. Lines "
         "holding one space kept.")

doc(ID[1710], "2023-09-12",
    E("Porozumienie o ustanowieniu Działdowskiego Klastra Energii",
      ["porozumienie o ustanowieniu klastra energii", "zawarcie porozumienia o ustanowieniu klastra energii",
       "porozumienie o ustanowieniu klastra energii o nazwie „Działdowski Klaster Energii”", "Działdowski Klaster Energii"],
      None, 2023),
    dates=[
        D("2023-09-12", "2023-09-12", "12.09.2023", note="dateline after the section name"),
        D("2023-09-11", "2023-09-11", "11 września br.", note="br. = 2023 (the dateline)"),
    ],
    venues=[V("Działdowo", "w Działdowie")],
    clusters=[C("Działdowski Klaster Energii", "Działdowski Klaster Energii", ["„Działdowski Klaster Energii”"],
                note="heading, in quotes, and 'Działdowskiego Klastra Energii'")],
    people=[
        P("Paweł Cieśliński", "starosta", "starostę Pawła Cieślińskiego", note="accusative after 'reprezentowanym przez'"),
        P("Krzysztof Aurast", "wicestarosta", "wicestarostę Krzysztofa Aurasta"),
        P("Grzegorz Mrowiński", "burmistrz", "burmistrza Grzegorza Mrowińskiego"),
        P("Mirosław Zieliński", "wójt", "wójta Mirosława Zielińskiego"),
        P("Sebastian Cichocki", "wójt", "wójta Sebastiana Cichockiego"),
        P("Krzysztof Groblewski", "wójt", "wójta Krzysztofa Groblewskiego"),
        P("Gabriel Chojak", ["prezes zarządu", "prezes"], "prezesa zarządu Gabriela Chojaka"),
        P("Bartosz Stentoft Wojnarowicz", ["prezes zarządu", "prezes"], "prezesa zarządu Bartosza Stentoft Wojnarowicza",
          ["Bartosz Stentoft-Wojnarowicz", "Bartosz Wojnarowicz"], note="double surname without a hyphen"),
        P("Zbigniew Nowak", ["członek zarządu", "członek"], "członka zarządu Zbigniewa Nowaka"),
        P("Sławomir Karczewski", ["prezes zarządu", "prezes"], "prezesa zarządu Sławomira Karczewskiego"),
        P("Sławomir Pszenny", ["prezes zarządu", "prezes"], "prezesa zarządu Sławomira Pszennego", note="adjectival surname"),
        P("Maciej Szramek", ["pełnomocnik zarządu", "pełnomocnik"], "pełnomocnika zarządu Macieja Szramka"),
    ],
    organizations=[
        O("Powiat Działdowski", "Powiatem Działdowskim", opt=True, note="a county (party to the agreement; also the header)"),
        O("Gmina Miasto Działdowo", "Gminą Miasto Działdowo", opt=True, note="a municipality"),
        O("Gmina Działdowo", "Gminą Działdowo", opt=True, note="a municipality"),
        O("Gmina Iłowo-Osada", "Gminą Iłowo-Osada", opt=True, note="a municipality"),
        O("Gmina Płośnica", "Gminą Płośnica", opt=True, note="a municipality"),
        O("Dekorglass Działdowo S.A.", "Dekorglass Działdowo S.A.", ["Dekorglass Działdowo", "Dekorglass"]),
        O("HEINZ-GLAS Działdowo Sp. z o.o.", "HEINZ-GLAS Działdowo. Sp. z o.o.",
          ["HEINZ-GLAS Działdowo. Sp. z o.o.", "HEINZ-GLAS Działdowo", "HEINZ-GLAS"], note="a stray full stop before 'Sp.'"),
        O("Przedsiębiorstwo Ciepłownicze Sp. z o.o.", "Przedsiębiorstwem Ciepłowniczym Sp. z o.o.", ["Przedsiębiorstwo Ciepłownicze"]),
        O("Przedsiębiorstwo Gospodarki Komunalnej i Mieszkaniowej Sp. z o.o.",
          "Przedsiębiorstwem Gospodarki Komunalnej i Mieszkaniowej. Sp. z o.o.",
          ["Przedsiębiorstwo Gospodarki Komunalnej i Mieszkaniowej", "Przedsiębiorstwo Gospodarki Komunalnej i Mieszkaniowej. Sp. z o.o."]),
        O("Warmińsko-Mazurski Koordynator Klastrów Sp. z o.o.", "Warmińsko-Mazurskim Koordynatorem Klastrów Sp. z o. o.",
          ["Warmińsko-Mazurski Koordynator Klastrów", "Warmińsko-Mazurski Koordynator Klastrów Sp. z o. o."],
          note="a company (the cluster coordinator), not a cluster"),
    ],
    not_dates=["'A- A+' are font-size buttons"],
    note="Signing of the agreement founding an energy cluster in Działdowo: every signatory in the instrumental and every "
         "person in the accusative ('reprezentowanym przez starostę Pawła Cieślińskiego'), a test of inflected names and "
         "roles. Counties and municipalities optional as organisations (as earlier sets). Cut at 'terytorialnego,'.")

doc(ID[1712], "2019-10-21",
    E("III Spotkanie Grupy Inicjatywnej Klastra Turystyki Historycznej",
      ["III Spotkanie Grupy Inicjatywnej „Klastra Turystyki Historycznej”",
       "III posiedzenie Grupy Inicjatywnej „Klastra Turystyki Historycznej”", "III posiedzenie Grupy Inicjatywnej",
       "Spotkanie Grupy Inicjatywnej Klastra Turystyki Historycznej", "posiedzenie Grupy Inicjatywnej"], 3, 2019),
    dates=[
        D("2019-10-21", "2019-10-21", "21\npaź\n2019", note="dateline on three lines ('paź' abbreviated)"),
        D("2019-10-17", "2019-10-17", "17 października 2019r"),
        D("2019-11", "2019-11", "Na listopad b.r.", note="the planned founding meeting; b.r. = 2019"),
        D("2019", "2019", "do końca bieżącego roku", opt=True, note="a deadline, relative to the document's year"),
    ],
    venues=[
        V("Krosno Odrzańskie", "w Krośnie Odrzańskim"),
        V("Zamek Piastowski", "na Zamku Piastowskim", ["Zamek Piastowski w Krośnie Odrzańskim"], opt=True,
          note="a castle (building-level venue)"),
        V("Szczecin", "w Szczecinie", opt=True, note="only inside the university's name"),
    ],
    clusters=[C("Klaster Turystyki Historycznej", "„Klaster Turystyki Historycznej”", ["KTH", "Klastra Turystyki Historycznej"],
                note="a cluster being founded; quoted, inflected and 'KTH'")],
    people=[
        P("Mariusz Welman", "autor", "autor: Mariusz Welman", opt=True, note="the author line (as earlier sets)"),
        P("Czesław Fiedorowicz", ["prezes", "członek rady projektu", "członek"], "pana Czesława Fiedorowicza",
          note="titles before the name in the genitive: 'Prezesa Konwentu ... i Członka Rady Projektu'"),
        P("Marek Cebula", "burmistrz", "burmistrz Krosna Odrzańskiego – pan Marek Cebula",
          note="also 'Burmistrza Krosna Odrzańskiego, pana Marka Cebulę' (mixed cases)"),
        P("Katarzyna Cheba", ["adiunkt", "adiunkta"], "pani dr Katarzyna Cheba - Adiunkta",
          note="'Adiunkta' (a female form used in the text) of the university"),
        P("Bożena Buchowicz", ["dyrektor biura", "dyrektor"], "Dyrektor biura Euroregionu, pani Bożena Buchowicz"),
    ],
    organizations=[
        O("Stowarzyszenie Gmin RP Euroregion „Sprewa-Nysa-Bóbr”", "Stowarzyszenia Gmin RP Euroregion „Sprewa-Nysa-Bóbr”",
          ["Stowarzyszenie Gmin RP Euroregion Sprewa-Nysa-Bóbr", "Euroregion „Sprewa-Nysa-Bóbr”", "Euroregion Sprewa-Nysa-Bóbr",
           "Euroregion"], note="also 'Euroregionu'"),
        O("Konwent Stowarzyszenia Gmin RP Euroregion „Sprewa-Nysa-Bóbr”", "Konwentu", opt=True, note="a body of the association"),
        O("Zachodniopomorski Uniwersytet Technologiczny w Szczecinie", "Zachodniopomorskiego Uniwersytetu Technologicznego w Szczecinie",
          ["Zachodniopomorski Uniwersytet Technologiczny", "ZUT"]),
        O("Grupa Inicjatywna Klastra Turystyki Historycznej", "Grupy Inicjatywnej", ["Grupa Inicjatywna", "GI"], opt=True,
          note="the initiative group (a body of the cluster to be)"),
        O("Miasto Krosno Odrzańskie", "Miasta Krosno Odrzańskie", ["Krosno Odrzańskie"], opt=True, note="a municipality"),
    ],
    not_dates=["'o godz. 11:00' is a time", "'3 bloków tematycznych' is not attendance"],
    note="Third meeting of the initiative group of a historical-tourism cluster at the Piast Castle in Krosno Odrzańskie: "
         "edition 3 from 'III Spotkanie' / 'III posiedzenie'. Dateline '21 / paź / 2019' is the document_date. The "
         "projects EuRegioNet, 'Turystyka bez granic' and the small-projects fund are not annotated. Not the January "
         "2019 conference of eleventh 1000 (same publisher, same cluster idea, another event).")

doc(ID[1713], None,
    E("Śląskie Dni Lotnictwa i Dronów",
      ["ŚLĄSKIE DNI LOTNICTWA I DRONÓW", "konferencja „Śląskie Dni Lotnictwa i Dronów”", "Konferencje „Śląskie Dni Lotnictwa i Dronów”"],
      None, 2020),
    dates=[D("2020-11-26", "2020-11-26", "26 listopada 2020 r.")],
    clusters=[C("Śląski Klaster Lotniczy", "Śląskiego Klastra Lotniczego", note="also 'Śląski Klaster Lotniczy' (twice)")],
    people=[
        P("Krzysztof Krystowski", ["prezes", "wiceprezes", "moderator"],
          "Krzysztof Krystowski – Prezes Śląskiego Klastra Lotniczego", note="three times; also vice-president of the ECA"),
        P("Jakub Chełstowski", "marszałek", "Jakub Chełstowski – Marszałek Województwa Śląskiego"),
        P("Wojciech Kałuża", "wicemarszałek", "Wojciech Kałuża (Wicemarszałek Województwa Śląskiego)"),
        P("Stanisław Wojtera", "prezes", "Prezes Stanisław Wojtera (Polskie Porty Lotnicze)"),
        P("Jacek Przygoda", "prezes", "Prezes Jacek Przygoda (Avio Polska)"),
        P("Bogdan Traczyk", "prezes", "Prezes Bogdan Traczyk (Górnośląska Agencja Przedsiębiorczości i Rozwoju)"),
        P("Andrzej Papiorek", "właściciel", "Andrzej Papiorek (Właściciel Wytwórnia Konstrukcji Kompozytowych)"),
        P("Marcin Bruske", "prezes", "Prezes Marcin Bruske"),
        P("Małgorzata Darowska", "pełnomocnik", "Małgorzata Darowska (Pełnomocnik Ministra Infrastruktury"),
        P("Sylwester Wyka", "dyrektor", "Dyrektor Sylwester Wyka"),
    ],
    organizations=[
        O("Związek Klastrów Polskich", "Związku Klastrów Polskich", note="also 'Związek Klastrów Polskich' (twice)"),
        O("European Clusters Alliance", "European Clusters Alliance", ["ECA"], note="an alliance of cluster organisations"),
        O("Województwo Śląskie", "Województwa Śląskiego", opt=True, note="region, in titles"),
        O("Polskie Porty Lotnicze", "Polskie Porty Lotnicze", ["PPL"]),
        O("Avio Polska", "Avio Polska"),
        O("Górnośląska Agencja Przedsiębiorczości i Rozwoju", "Górnośląska Agencja Przedsiębiorczości i Rozwoju", ["GAPR"]),
        O("Wytwórnia Konstrukcji Kompozytowych", "Wytwórnia Konstrukcji Kompozytowych"),
        O("Wytwórnia Sprzętu Komunikacyjnego PZL Kalisz", "Wytwórnia Sprzętu Komunikacyjnego PZL Kalisz",
          ["WSK PZL Kalisz", "PZL Kalisz", "WSK „PZL-Kalisz”"]),
        O("Ministerstwo Infrastruktury", "Ministra Infrastruktury", opt=True, note="only as 'Pełnomocnik Ministra Infrastruktury'"),
        O("Sieć Badawcza Łukasiewicz – Instytut Lotnictwa", "Sieć Badawcza Łukasiewicz – Instytut Lotnictwa",
          ["Sieć Badawcza Łukasiewicz - Instytut Lotnictwa", "Łukasiewicz – Instytut Lotnictwa", "Instytut Lotnictwa",
           "Łukasiewicz-ILOT"], note="cut just after the closing bracket"),
        O("Unia Europejska", "Unii Europejskiej", ["UE"], opt=True, note="in a panel's title"),
    ],
    not_dates=["'o godz. 9.00', '9.30', '10.45' are times, not dates", "'COVID19' is not a year"],
    note="Programme announcement of the 2020 'Śląskie Dni Lotnictwa i Dronów' (this publisher does not say it was online "
         "or where: no venue). Many people with a title in brackets or before the name. No edition in this text (seventh "
         "604 is the third, 2021, edition in Chorzów: another event). CEDD (a programme) not annotated.")

doc(ID[1714], None,
    E("Spotkanie Rady Śląskiego Klastra Transplantologii Szpiku",
      ["pierwsze spotkanie Rady Śląskiego Klastra Transplantologii Szpiku", "spotkanie Rady Klastra",
       "Spotkanie Rady „Śląskiego Klastra Transplantologii Szpiku\""], 1, 2013),
    dates=[
        D("2013-02-18", "2013-02-18", "18 lutego br.",
          note="br.: the year of the meeting, 2013, from 'Uchwałą nr 1/2013' adopted there (after December 2012)"),
        D("XXXX-02-18", "XXXX-02-18", "18 lutego br.", opt=True, note="the same day if the year is left unknown"),
        D("2012-12-04", "2012-12-04", "4 grudnia 2012r", note="twice (the council's constitution, the members' meeting)"),
    ],
    venues=[
        V("Katowice", "w Katowicach", opt=True, note="inside the university's name 'Śląski Uniwersytet Medyczny w Katowicach'"),
        V("SP Szpital Kliniczny im. A. Mielęckiego", "w siedzibie SP Szpitala Klinicznego im. A. Mielęckiego",
          ["Szpital Kliniczny im. A. Mielęckiego"], opt=True, note="a hospital (building-level venue)"),
        V("Bielsko-Biała", "w Bielsku-Białej", opt=True, note="seat of the agency (an origin), not a venue"),
    ],
    clusters=[C("Śląski Klaster Transplantologii Szpiku", "Śląskiego Klastra Transplantologii Szpiku",
                ["„Śląski Klaster Transplantologii Szpiku\""], note="five times, in quotes")],
    people=[
        P("Sławomira Kyrcz-Krzemień", ["przewodnicząca rady klastra", "przewodnicząca", "przewodniczący"],
          "Prof. dr hab. Sławomira Kyrcz – Krzemień", ["Sławomira Kyrcz – Krzemień", "Sławomira Kyrcz - Krzemień"],
          note="elected chair of the council ('funkcję Przewodniczącego Rady Klastra ... powierzyła'); spaced dash"),
        P("Ewa Mołek", None, "mgr Ewa Mołek"),
        P("Barbara Jarzębska", None, "mgr inż. Barbara Jarzębska"),
        P("Dariusz Boruczkowski", None, "dr n. med. Dariusz Boruczkowski"),
        P("Józef Kurek", None, "dr n. med. Józef Kurek"),
        P("Elżbieta Szczerba", None, "mgr Elżbieta Szczerba, reprezentująca", note="representing the coordinator (no title)"),
    ],
    organizations=[
        O("SP Szpital Kliniczny im. A. Mielęckiego Śląskiego Uniwersytetu Medycznego w Katowicach",
          "SP Szpitala Klinicznego im. A. Mielęckiego", ["SP Szpital Kliniczny im. A. Mielęckiego",
                                                       "Szpital Kliniczny im. A. Mielęckiego"]),
        O("Śląski Uniwersytet Medyczny w Katowicach", "Śląskiego Uniwersytetu Medycznego w Katowicach",
          ["Śląski Uniwersytet Medyczny", "SUM"]),
        O("Agencja Rozwoju Regionalnego S.A. w Bielsku-Białej", "Agencję Rozwoju Regionalnego S.A. w Bielsku-Białej",
          ["Agencja Rozwoju Regionalnego S.A.", "Agencja Rozwoju Regionalnego w Bielsku-Białej", "ARR S.A.", "ARR"],
          note="accusative; the cluster's coordinator"),
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polskiej Agencji Rozwoju Przedsiębiorczości", ["PARP"]),
        O("Rada Śląskiego Klastra Transplantologii Szpiku", "Rady „Śląskiego Klastra Transplantologii Szpiku\"",
          ["Rada Klastra"], opt=True, note="the council (a body of the cluster)"),
    ],
    not_dates=["'Uchwałą nr 1/2013' is a resolution number (it gives the year, not a date)", "'Działania 5.1 POIG' is a measure"],
    note="First meeting of the council of a bone-marrow transplantation cluster at a clinical hospital of the Silesian "
         "Medical University. 'br.' has no dateline to anchor it: 2013 from the resolution number adopted at the meeting "
         "(the XXXX form optional). Edition 1 from 'pierwsze spotkanie'. Academic titles (Prof. dr hab., dr n. med., mgr) "
         "are not roles.")

doc(ID[1715], "2021-10-07",
    E("Spotkanie delegacji PARP z przedstawicielami klastrów z Hiszpanii, Francji, Czech i Niemiec",
      ["Delegacja PARP spotkała się z przedstawicielami klastrów z Hiszpanii, Francji, Czech i Niemiec", "spotkanie online",
       "spotkanie online z przedstawicielami czterech europejskich klastrów", "spotkanie"], None, 2021),
    dates=[D("2021-10-07", "2021-10-07", "7 października 2021 r.",
             note="also the dateline '7 października 2021' and 'Opublikowano: 07.10.2021 12:03', 'Poprawiono: 07.10.2021 10:04'")],
    venues=[
        V("online", "spotkanie online"),
        V("Polska", "w Polsce", ["Poland"], opt=True, note="country of the delegation's visit"),
    ],
    attendance=[
        A(4, "organizations", "exact", "czterech europejskich klastrów", note="number word, genitive"),
        A(4, "countries", "exact", "z Hiszpanii, Francji, Czech i Niemiec", opt=True, note="four countries listed, no numeral"),
    ],
    clusters=[C("Mazowiecki Klaster ICT", "Mazowiecki Klaster ICT", ["Mazowiecki klaster ICT"],
                note="also 'Mazowieckich klastrem ICT' (sic)")],
    people=[
        P("Aleksandra Wadowska", ["przedstawicielka", "przedstawiciel"], "Aleksandra Wadowska z Departamentu Wsparcia Przedsiębiorczości",
          note="'przedstawicielki PARP – ...'"),
        P("Monika Antonowicz", ["przedstawicielka", "przedstawiciel"], "Monika Antonowicz Departamentu Analiz i Strategii"),
        P("Eryk Rutkowski", None, "Modyfikujący: Eryk Rutkowski", opt=True, note="page metadata (editor), twice"),
    ],
    organizations=[
        O("Polska Agencja Rozwoju Przedsiębiorczości", "Polska Agencja Rozwoju Przedsiębiorczości", ["PARP", "Agencja"],
          note="also 'PARP' (twice), 'przez Agencję'"),
        O("Departament Wsparcia Przedsiębiorczości", "Departamentu Wsparcia Przedsiębiorczości", opt=True, note="a unit of PARP"),
        O("Departament Analiz i Strategii", "Departamentu Analiz i Strategii", opt=True, note="a unit of PARP"),
    ],
    not_dates=["'12:03' and '10:04' are times", "BLUES is a project (not annotated)"],
    note="Online meeting of the Polish enterprise agency with managers of four European clusters visiting Poland with "
         "the Mazovia ICT Cluster. The top dateline and the 'Opublikowano' stamp give the same document_date. The "
         "countries are origins (not venues); their count is optional (no numeral). Page footer metadata kept.")

doc(ID[1716], "2014-09-22",
    E("Spotkanie w Ministerstwie Gospodarki i Energetyki Niemiec",
      ["wąskie spotkanie", "spotkanie w Ministerstwie Gospodarki i Energetyki Niemiec w Berlinie", "spotkanie"], None, 2014),
    dates=[
        D("2014-09-22", "2014-09-22", "22 września 2014", note="the dateline"),
        D("2014-09-18", "2014-09-18", "18 września 2014 r."),
        D("2014-12-02", "2014-12-03", "w dniach 2-3 grudnia 2014 r.", note="the first World Cluster Congress (another event)"),
    ],
    venues=[
        V("Berlin", "w Berlinie"),
        V("Ministerstwo Gospodarki i Energetyki Niemiec", "W siedzibie Ministerstwa Gospodarki i Energetyki Niemiec",
          ["siedziba Ministerstwa Gospodarki i Energetyki Niemiec"], opt=True, note="building-level venue"),
        V("Dąbrowa Górnicza", "w Dąbrowie Górniczej", note="venue of the congress (another event mentioned)"),
        V("Żory", "w Żorach", opt=True, note="seat of the agency (inside its name), not a venue"),
    ],
    clusters=[C("Ogólnopolski Klaster Innowacyjnych Przedsiębiorstw", "Ogólnopolskiego Klastra Innowacyjnych Przedsiębiorstw",
                ["OKIP"], note="twice")],
    people=[P("Bogdan Węgrzynek", ["wiceprezes", "prezes", "przedstawiciel"],
              "Bogdana Węgrzynka – wiceprezesa Związku Pracodawców Klastry Polskie",
              note="genitive with three titles after the name; twice more in the nominative")],
    organizations=[
        O("Ministerstwo Gospodarki i Energetyki Niemiec", "Ministerstwa Gospodarki i Energetyki Niemiec",
          ["Federalne Ministerstwo Gospodarki i Energii", "BMWi", "Ministerstwo Gospodarki i Energetyki"], note="heading and text"),
        O("Związek Pracodawców Klastry Polskie", "Związku Pracodawców Klastry Polskie", ["Klastry Polskie", "ZPKP"],
          note="three times"),
        O("Agencja Rozwoju Przedsiębiorczości Sp. z o.o.", "Agencji Rozwoju Przedsiębiorczości Sp. z o.o.",
          ["Agencja Rozwoju Przedsiębiorczości", "Agencja Rozwoju Przedsiębiorczości Sp. z o.o. w Żorach", "ARP"], note="twice"),
        O("Parlamentarny Zespół ds. Polityki Klastrowej", "Parlamentarny Zespół ds. Polityki Klastrowej",
          ["Parlamentarny Zespół ds Polityki Klastrowej", "Parlamentarny Zespół do spraw Polityki Klastrowej"],
          note="three times (as earlier gold: required)"),
    ],
    not_dates=["'I-wszy Światowy Kongres Klastrów' is an edition of another event", "'ni' is a scraped author tag (junk)"],
    note="A Polish cluster leader's meeting with German government agencies at the ministry in Berlin, inviting them to "
         "the first Cluster World Congress (Dąbrowa Górnicza, 2-3 Dec 2014, another event: its venue and dates "
         "required). The dateline '22 września 2014' is the document_date. 'Cluster World Congress' is an event, not an "
         "organisation. Cut at 'proje'.")

skipped(ID[1718], "sk",
        "Slovak: a cluster organisation's vice-chair at a working meeting with a Polish firm in Gdańsk (12 Aug 2022); "
        "language gate (dates, a venue, people, a firm)")
skipped(ID[1719], "en",
        "English: a Belarusian study visit to Podlasie clusters (Eastern Building Cluster, Metalworking Cluster...); "
        "language gate (cluster and organisation names in English)")

# ------------------------------------------------------------- replacements after the first overlap check
doc(ID[1704], "2016-09-17",
    E("Zebranie Zarządu Polskiego Klastra Morskiego",
      ["Zebranie Zarządu", "zebranie Zarządu Polskiego Klastra Morskiego", "zebranie"], None, 2016),
    dates=[
        D("2016-09-17", "2016-09-17", "17.09.2016", note="the post's date stamp ('17.09.2016 Źródło: własne')"),
        D("2016-09-15", "2016-09-15", "15 września 2016 r."),
    ],
    venues=[V("Gdynia", "w Gdyni", opt=True, note="only in the academy's name ('Akademii Morskiej w Gdyni', 'AM Gdynia') "
                                                   "and a project's; the meeting place is not named")],
    clusters=[C("Polski Klaster Morski", "Polski Klaster Morski", ["PKM"],
                note="heading (three times), 'Polskiego Klastra Morskiego' (five times), 'PKM'")],
    people=[
        P("Marek Grzybowski", ["prezes zarządu", "prezes"], "Marek Grzybowski – prezes zarządu PKM", note="twice"),
        P("Ireneusz Czarnowski", "prorektor", "Prof. Ireneusz Czarnowski, prorektor ds. nauki Akademii Morskiej w Gdyni",
          note="twice"),
        P("Maciej Krzesiński", "prezes", "Maciej Krzesiński – prezes Fundacji Technologii Morskich"),
        P("Julia Rama", "dyrektor", "Julia Rama – dyrektor"),
        P("Ryszard Toczek", ["wiceprezes zarządu", "wiceprezes", "kierownik projektu", "kierownik"],
          "Ryszard Toczek – wiceprezes zarządu PKM", note="twice"),
        P("Alfred Naskręt", ["wiceprezes zarządu", "wiceprezes"], "Alfred Naskręt", note="a double space before the dash"),
        P("Zbigniew Jaś", ["przewodniczący komisji rewizyjnej", "przewodniczący"], "Zbigniew Jaś, przewodniczący komisji rewizyjnej PKM"),
    ],
    organizations=[
        O("Pomorska Specjalna Strefa Ekonomiczna", "Pomorskiej Specjalnej Strefy Ekonomicznej", ["PSSE"], note="also 'PSSE' twice"),
        O("Akademia Morska w Gdyni", "Akademii Morskiej w Gdyni", ["AM Gdynia", "Akademia Morska"], note="four times"),
        O("Fundacja Technologii Morskich", "Fundacji Technologii Morskich"),
        O("Dział Projektów Strefowych", "Dział Projektów Strefowych", opt=True, note="a unit of the zone"),
        O("GospodarkaMorska.pl", "GospodarkaMorska.pl", opt=True, note="the publisher (in the title line)"),
    ],
    not_dates=["'PZT_1100x200_gif_2020' is a banner's file name", "TENTacle is a project (not annotated)"],
    note="Board meeting of the Polish Maritime Cluster (15 Sept 2016) with the academy and the Pomeranian zone; a list of "
         "participants 'Name – role organisation'. Scraped banner and breadcrumbs at the top. The date stamp is the "
         "document_date. Another event than sixth 506 (the April 2016 election meeting) and sixth 505. Cut at 'Inter'.")

doc(ID[1705], None,
    E("Spotkanie Partnerów Klastra Morskiego Pomorza Zachodniego",
      ["Klaster rozpoczyna działalność", "spotkanie partnerów konsorcjum", "spotkanie organizacyjne", "spotkanie"],
      None, 2011),
    dates=[D("2011-11-16", "2011-11-16", "16 listopada 2011 r.", note="'w środę 16 listopada 2011 r.'")],
    venues=[
        V("Zarząd Morskich Portów Szczecin i Świnoujście", "w siedzibie Morskich Portów Szczecin i Świnoujście",
          ["siedziba Morskich Portów Szczecin i Świnoujście"], opt=True, note="the port authority's seat (building-level venue)"),
        V("Szczecin", "Szczecin", opt=True, note="only inside the names of the port authority and the academy"),
    ],
    clusters=[C("Klaster Morski Pomorza Zachodniego", "Klastra Morskiego Pomorza Zachodniego",
                note="also in the nominative at the cut")],
    people=[
        P("Jarosław Siergiej", ["prezes", "przewodniczący rady klastra", "przewodniczący"], "Jarosław Siergiej, Prezes ZMPSiŚ",
          note="twice; elected chairman of the cluster council"),
        P("Krzysztof Chwesiuk", ["wiceprzewodniczący"], "prof. dr. hab. inż. Krzysztof Chwesiuk (Akademia Morska)",
          note="'wiceprzewodniczącym' (instrumental) before the name"),
        P("Bartłomiej Pachis", "sekretarz", "Bartłomiej Pachis ze spółki Polskie Terminale", note="'sekretarzem' before the name"),
    ],
    organizations=[
        O("Zarząd Morskich Portów Szczecin i Świnoujście", "Zarządu Morskich Portów Szczecin i Świnoujście",
          ["ZMPSiŚ", "Morskie Porty Szczecin i Świnoujście", "Zarząd Morskich Portów Szczecin i Świnoujście S.A."],
          note="also 'Morskich Portów Szczecin i Świnoujście', 'ZMPSiŚ'"),
        O("Polskie Terminale S.A.", "Polskie Terminale S.A.", ["Polskie Terminale"], note="twice"),
        O("Finomar Sp. z o.o.", "Finomar Sp. z o.o.", ["Finomar"]),
        O("Akademia Morska w Szczecinie", "Akademii Morskiej w Szczecinie", ["Akademia Morska"], note="also 'Akademia Morska'"),
        O("Zachodniopomorski Uniwersytet Technologiczny", "Zachodniopomorskiego Uniwersytetu Technologicznego", ["ZUT"]),
        O("Rada Klastra", "Radę Klastra", ["Rada Klastra Morskiego Pomorza Zachodniego"], opt=True, note="a body of the cluster"),
        O("Sekretariat Techniczny Klastra", "Sekretariat Techniczny", ["Sekretariat Techniczny"], opt=True, note="a body"),
    ],
    not_dates=["'w środę' is the weekday of the dated meeting"],
    note="Organisational meeting of the partners of the West Pomeranian Maritime Cluster at the Szczecin and "
         "Świnoujście port authority (16 Nov 2011): council elected, roles in the instrumental before the names. "
         "Odra (a river) is not a venue. Junk 'klasterZbudowanie' (an image alt text glued to the first word). Cut at "
         "'zost'.")

doc(ID[1711], None,
    E("Posiedzenie Parlamentarnego Zespołu ds. Polityki Klastrowej",
      ["Posiedzenie Parlamentarnego Zespołu ds. Polityki Klastrowej – Sejm Rzeczypospolitej Polskiej",
       "posiedzenie Zespołu Parlamentarnego ds. Polityki Klastrowej", "posiedzenie zespołu", "posiedzenie"], None, None),
    dates=[D("XXXX-06-21", "XXXX-06-21", "21 czerwca br.", note="br. without any year in the text")],
    venues=[V("Sejm Rzeczypospolitej Polskiej", "Sejm Rzeczypospolitej Polskiej", ["Sejm RP", "Sejm"], opt=True,
              note="only in the heading (twice); the parliament building, no city")],
    clusters=[
        C("Klaster Chemiczny „Zielona Chemia”", "Klaster Chemiczny „Zielona Chemia”",
          ["Klaster Chemiczny Zielona Chemia", "Zielona Chemia", "Klaster Zielona Chemia", "Krajowy Klaster Kluczowy Zielona Chemia",
           "„Zielona Chemia”"], note="also 'Krajowy Klaster Kluczowy Zielona Chemia' (as twelfth 1111's 'Klaster Zielona Chemia')"),
        C("Krajowy Klaster Kluczowy", "Krajowe Klastry Kluczowe", ["KKK", "Krajowe Klastry Kluczowe"], opt=True,
          note="a status (also in the topic's title)"),
    ],
    people=[
        P("Maciej Masłowski", ["poseł", "przewodniczący"], "pana posła Macieja Masłowskiego",
          note="genitive; 'Przewodniczącego Parlamentarnego Zespołu' after the name"),
        P("Przemysław Wojdyła", ["członek zarządu", "członek"], "członka zarządu Pana Przemysława Wojdyła",
          note="the surname left uninflected after an inflected first name"),
    ],
    organizations=[
        O("Parlamentarny Zespół ds. Polityki Klastrowej", "Parlamentarnego Zespołu ds. Polityki Klastrowej",
          ["Zespół Parlamentarny ds. Polityki Klastrowej", "Parlamentarny Zespół ds Polityki Klastrowej",
           "Parlamentarny Zespół do spraw Polityki Klastrowej"], note="four times (once 'Zespołu Parlamentarnego')"),
        O("Sejm RP", "Sejm Rzeczypospolitej Polskiej", ["Sejm", "Sejm Rzeczypospolitej Polskiej", "SEJM RP"], opt=True,
          note="as earlier gold: optional"),
    ],
    not_dates=["'Teraźniejszość i przyszłość' is not a date"],
    note="Short report (712 bytes): a key cluster at a meeting of the parliamentary team on cluster policy. No year "
         "anywhere (XXXX-06-21, event year null). The heading is printed twice. Another publisher's page than the "
         "earlier zielonachemia.eu texts (seventh 601 conference, twelfth 1111 meeting), another event.")

doc(ID[1717], None,
    E("Spotkanie Ministra Rozwoju i Technologii z przedsiębiorcami Forum Gospodarczego Regionu Świętokrzyskiego",
      ["Minister Rozwoju i Technologii Krzysztof Hetman z wizytą w Targach Kielce", "spotkanie w Targach Kielce",
       "spotkanie z przedsiębiorcami skupionymi w Forum Gospodarczym Regionu Świętokrzyskiego", "piątkowe spotkanie",
       "spotkanie"], None, None),
    dates=[D("XXXX-03-22", "XXXX-03-22", "22 marca", note="'w piątkowe przedpołudnie, 22 marca'; no year in the text")],
    venues=[
        V("Targi Kielce", "w Targach Kielce", ["Targi Kielce w Kielcach"], opt=True, note="the fair and congress centre (building)"),
        V("Kielce", "Kielc", opt=True, note="the city only inside 'Targi Kielce' and in the genitive as an entity "
                                            "('przedstawicielami Kielc', 'prezydenta Kielc')"),
        V("Nowiny", "w Nowinach", note="venue of the 2. Forum Biznesu i Przedsiębiorczości (another event mentioned)"),
        V("województwo świętokrzyskie", "województwo świętokrzyskie", ["Świętokrzyskie"], opt=True, note="the region visited"),
    ],
    people=[
        P("Aleksandra Boruch", None, "Aleksandra Boruch", opt=True, note="the author ('OPRAC.:'), printed twice"),
        P("Krzysztof Hetman", "minister", "Minister Rozwoju i Technologii Krzysztof Hetman",
          note="three times; also 'Ministra Rozwoju i Technologii Krzysztofa Hetmana'"),
        P("Magdalena Fudala", None, "Magdalena Fudala", note="hosted the meeting ('poprowadziła'), no title"),
        P("Adam Jarubas", ["poseł do Parlamentu Europejskiego", "poseł", "europoseł"], "Adam Jarubas, poseł do Parlamentu Europejskiego"),
        P("Rafał Kasprzyk", "poseł", "poseł Polski 2050 Rafał Kasprzyk"),
        P("Adam Cyrański", ["kandydat na prezydenta", "kandydat", "były poseł", "poseł"],
          "kandydat na prezydenta Kielc były poseł Adam Cyrański"),
        P("Michał Skotnicki", "wicewojewoda", "wicewojewoda Michał Skotnicki"),
    ],
    organizations=[
        O("Ministerstwo Rozwoju i Technologii", "Ministra Rozwoju i Technologii", ["MRiT"], opt=True,
          note="only in the minister's title"),
        O("Targi Kielce", "Targach Kielce", ["Targi Kielce Sp. z o.o."], note="the company (five times)"),
        O("Forum Pracodawców", "Stowarzyszenia Forum Pracodawców", ["Stowarzyszenie Forum Pracodawców"],
          note="also 'w Forum Pracodawców' in the heading"),
        O("Forum Gospodarcze Regionu Świętokrzyskiego", "Forum Gospodarczym Regionu Świętokrzyskiego",
          note="a forum of six organisations (twice)"),
        O("Świętokrzyski Związek Pracodawców Prywatnych Lewiatan", "Świętokrzyskiego Związku Pracodawców Prywatnych Lewiatan",
          ["Lewiatan"]),
        O("Staropolska Izba Przemysłowo-Handlowa", "Staropolskiej Izby Przemysłowo-Handlowej", ["SIPH"]),
        O("Izba Rzemieślników i Przedsiębiorców", "Izby Rzemieślników i Przedsiębiorców"),
        O("Loża Świętokrzyska", "Loży Świętokrzyskiej", ["Loża Świętokrzyska BCC"], note="a lodge of the BCC"),
        O("Business Center Club", "Business Center Club", ["BCC"]),
        O("Polska Izba Produktu Regionalnego i Lokalnego", "Polskiej Izby Produktu Regionalnego i Lokalnego"),
        O("Parlament Europejski", "Parlamentu Europejskiego", opt=True, note="in a title"),
        O("Polska 2050", "Polski 2050", opt=True, note="a political party, in a title"),
    ],
    not_dates=["'od 12 lat' is an age rating of the video (junk)", "'2. Forum Biznesu' is an edition of another event",
               "'Polski 2050' is a party's name, not a year"],
    note="Regional daily's report of the minister's visit to Targi Kielce to meet the region's business organisations: a "
         "long list of chambers and employers' organisations in the genitive, people with titles before and after the "
         "name. No year or date stamp (event year null). Scraped ad line and author block at the top. Cut at 'Targi '.")
