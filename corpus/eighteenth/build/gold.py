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

doc(ID[1704], None,
    E("Spotkanie podsumowujące misję gospodarczą do Barcelony",
      ["spotkanie podsumowujące", "misja gospodarcza do Barcelony", "spotkanie podsumowujące misję gospodarczą",
       "misja gospodarcza"], None, None),
    dates=[
        D("XXXX-07-10", "XXXX-07-10", "10 lipca", note="no year anywhere in the text"),
        D("XXXX-06-24", "XXXX-06-28", "w dniach 24-28 czerwca", note="the mission"),
    ],
    venues=[
        V("Gorzów Wielkopolski", "w Gorzowie Wielkopolskim", ["Gorzów Wlkp.", "Gorzów"]),
        V("Hotel Gorzów", "w Hotelu Gorzów", opt=True, note="a hotel (building)"),
        V("Barcelona", "do Barcelony", note="the mission (another event mentioned), heading"),
        V("Hiszpania", "do Hiszpanii", ["Spain"], opt=True, note="country of the mission"),
    ],
    people=[
        P("Stanisław Tomczyszyn", "wicemarszałek", "Pan Stanisław Tomczyszyn – Wicemarszałek Województwa Lubuskiego"),
        P("Tadeusz Jędrzejczak", ["członek zarządu województwa", "członek zarządu", "członek"],
          "Pan Tadeusz Jędrzejczak – Członek Zarządu Województwa Lubuskiego"),
        P("Jacek Urbański", "dyrektor", "Pan Jacek Urbański – Dyrektor Lubuskiego Centrum Produktu Regionalnego"),
    ],
    organizations=[
        O("Lubuskie Centrum Produktu Regionalnego", "Lubuskiego Centrum Produktu Regionalnego", ["LCPR"], note="twice"),
        O("Województwo Lubuskie", "Województwa Lubuskiego", opt=True, note="region, in titles"),
        O("Zarząd Województwa Lubuskiego", "Zarządu Województwa Lubuskiego", opt=True, note="a body, in a title"),
    ],
    not_dates=["'Lubuskie 2020' is a year inside a programme's name", "'1.4.1' is a measure number"],
    note="Summary meeting (Gorzów Wielkopolski) of a regional business mission to Barcelona with the Snackex fair. No "
         "year anywhere: XXXX dates, event year null. No cluster. The project, RPO and ZIT are not annotated.")
