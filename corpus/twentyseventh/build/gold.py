"""Hand-written gold for corpus/twentyseventh (ids 2600-2619), following corpus/GUIDE.md and the conventions of the
earlier gold sets (twentyfourth, twentyfifth, twentieth, nineteenth, twentysecond).

Run: python3 run_gold.py  -> writes ../gold/*.json and checks that every `text` is an exact substring of the
raw file (so char spans can be computed from it: raw.find(text)).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldkit import D, V, A, C, P, O, E, DOCS, doc, skipped  # noqa: F401 (the item helpers, see corpus/goldkit.py)
from ids import ID

# ---------------------------------------------------------------------------------------------
doc(ID[2600], "2004-10-15",
    E("Inauguracja roku akademickiego w SGH",
      ["99. Inauguracja", "99. INAUGURACJA", "Inauguracja", "INAUGURACJA", "Inauguracja roku akademickiego",
       "inauguracja roku akademickiego 2004/2005", "99. inauguracja roku akademickiego"], 99, 2004),
    dates=[D("2004-10-15", "2004-10-15", "2004-10-15", note="'Data wydania: 2004-10-15' (the gazette issue; document_date)")],
    people=[
        P("Marek Rocki", "rektor", "prof. dr. hab. Marka Rockiego, rektora SGH"),
        P("Mirosław Sawicki", "minister", "Mirosław Sawicki - Minister Edukacji Narodowej i Sportu"),
        P("Michał Kleiber", "minister", "Michał Kleiber - Minister Nauki i Informatyzacji"),
        P("Jerzy Swatoń", "minister", "Jerzy Swatoń - Minister Środowiska"),
        P("Wojciech Olejniczak", "minister", "Wojciech Olejniczak - Minister Rolnictwa i Rozwoju Wsi"),
        P("Marek Balicki", "minister", "Marek Balicki - Minister Zdrowia"),
        P("Adam Struzik", ["marszałek", "marszałek województwa"], "Adam Struzik - Marszałek Województwa Mazowieckiego"),
        P("Jarosław Pietras", "szef", "Jarosław Pietras - Szef Komitetu Integracji Europejskiej"),
        P("Marek Safjan", "prezes", "Marek Safjan - Prezes Trybunału Konstytucyjnego"),
        P("Tadeusz Toczyński", "prezes", "Tadeusz Toczyński - Prezes Głównego Urzędu Statystycznego"),
        P("Andrzej Arendarski", "prezes", "Andrzej Arendarski - Prezes Krajowej Izby Gospodarczej"),
        P("Jan Krzysztof Bielecki", "prezes", "Jan Krzysztof Bielecki - Prezes Banku PKO S.A."),
        P("Józef Kozioł", ["prezes zarządu", "prezes"], "Józef Kozioł - Prezes Zarządu Banku Ochrony Środowiska S.A."),
        P("Janusz Dawidziuk", ["dyrektor generalny", "dyrektor"], "Janusz Dawidziuk - Dyrektor Generalny Lasów Państwowych"),
        P("Józef Dubiński", ["naczelny dyrektor", "dyrektor"], "Józef Dubiński - Naczelny Dyrektor Głównego Instytutu Górnictwa"),
        P("Ryszard Witwicki", "dowódca", "Ryszard Witwicki - Dowódca 36 Brygady Zmechanizowanej Legii Akademickiej"),
        P("Andrzej Legocki", "prezes", "Andrzej Legocki - Prezes Polskiej Akademii Nauk"),
        P("Jerzy Błażejowski", "przewodniczący", "Jerzy Błażejowski - Przewodniczący Rady Głównej Szkolnictwa Wyższego"),
        P("Bogusław Liberadzki", ["poseł do parlamentu europejskiego", "poseł", "europoseł"],
          "Bogusław Liberadzki - Poseł do Parlamentu Europejskiego"),
        P("Jan Klimek", ["poseł na sejm", "poseł"], "Jan Klimek - Poseł na Sejm"),
        P("Ryszard Tadeusiewicz", "rektor", "Ryszard Tadeusiewicz - Rektor Akademii Górniczo-Hutniczej"),
        P("Andrzej Ceynowa", "rektor", "Andrzej Ceynowa - Rektor Uniwersytetu Gdańskiego"),
        P("Stanisław Lorenc", "rektor", "Stanisław Lorenc - Rektor Uniwersytetu im. A. Mickiewicza w Poznaniu"),
        P("Tadeusz Wilczok", "rektor", "Tadeusz Wilczok - Rektor Śląskiej Akademii Medycznej"),
        P("Jan Kopcewicz", "rektor", "Jan Kopcewicz - Rektor Uniwersytetu Mikołaja Kopernika w Toruniu"),
        P("Janusz Janeczek", "rektor", "Janusz Janeczek - Rektor Uniwersytetu Śląskiego"),
        P("Wincenty Lotko", "rektor", "Wincenty Lotko - Rektor Politechniki Radomsk", note="the text is cut inside his university's name"),
    ],
    organizations=[
        O("Szkoła Główna Handlowa", "SGH", ["SGH", "Szkoła Główna Handlowa w Warszawie"], note="only as 'rektora SGH'"),
        O("Ministerstwo Edukacji Narodowej i Sportu", "Minister Edukacji Narodowej i Sportu", ["MENiS"], opt=True,
          note="only inside the minister's title"),
        O("Ministerstwo Nauki i Informatyzacji", "Minister Nauki i Informatyzacji", ["MNiI"], opt=True, note="only inside a title"),
        O("Ministerstwo Środowiska", "Minister Środowiska", opt=True, note="only inside a title"),
        O("Ministerstwo Rolnictwa i Rozwoju Wsi", "Minister Rolnictwa i Rozwoju Wsi", ["MRiRW"], opt=True, note="only inside a title"),
        O("Ministerstwo Zdrowia", "Minister Zdrowia", opt=True, note="only inside a title"),
        O("Województwo Mazowieckie", "Województwa Mazowieckiego", opt=True, note="the region, in the marshal's title"),
        O("Komitet Integracji Europejskiej", "Komitetu Integracji Europejskiej", ["KIE", "Urząd Komitetu Integracji Europejskiej"]),
        O("Trybunał Konstytucyjny", "Trybunału Konstytucyjnego", ["TK"]),
        O("Główny Urząd Statystyczny", "Głównego Urzędu Statystycznego", ["GUS"]),
        O("Krajowa Izba Gospodarcza", "Krajowej Izby Gospodarczej", ["KIG"]),
        O("Bank PKO S.A.", "Banku PKO S.A.", ["Bank PKO", "PKO", "PKO S.A.", "PKO BP", "PKO Bank Polski"]),
        O("Bank Ochrony Środowiska S.A.", "Banku Ochrony Środowiska S.A.", ["Bank Ochrony Środowiska", "BOŚ", "BOŚ S.A."]),
        O("Lasy Państwowe", "Lasów Państwowych", ["Państwowe Gospodarstwo Leśne Lasy Państwowe"]),
        O("Główny Instytut Górnictwa", "Głównego Instytutu Górnictwa", ["GIG"]),
        O("36 Brygada Zmechanizowana Legii Akademickiej", "36 Brygady Zmechanizowanej Legii Akademickiej",
          ["36 Brygada Zmechanizowana", "36 Brygada Zmechanizowana „Legii Akademickiej”"], opt=True, note="a military unit"),
        O("Polska Akademia Nauk", "Polskiej Akademii Nauk", ["PAN"]),
        O("Rada Główna Szkolnictwa Wyższego", "Rady Głównej Szkolnictwa Wyższego", ["RGSW"]),
        O("Parlament Europejski", "Parlamentu Europejskiego", ["PE"], opt=True, note="only inside 'Poseł do Parlamentu Europejskiego'"),
        O("Sejm", "Sejm", ["Sejm RP"], opt=True, note="only inside 'Poseł na Sejm'"),
        O("Akademia Górniczo-Hutnicza", "Akademii Górniczo-Hutniczej", ["AGH", "Akademia Górniczo-Hutnicza w Krakowie"]),
        O("Uniwersytet Gdański", "Uniwersytetu Gdańskiego", ["UG"]),
        O("Uniwersytet im. A. Mickiewicza w Poznaniu", "Uniwersytetu im. A. Mickiewicza w Poznaniu",
          ["Uniwersytet im. Adama Mickiewicza w Poznaniu", "Uniwersytet im. A. Mickiewicza", "Uniwersytet Adama Mickiewicza", "UAM"]),
        O("Śląska Akademia Medyczna", "Śląskiej Akademii Medycznej", ["ŚAM"]),
        O("Uniwersytet Mikołaja Kopernika w Toruniu", "Uniwersytetu Mikołaja Kopernika w Toruniu",
          ["Uniwersytet Mikołaja Kopernika", "UMK"]),
        O("Uniwersytet Śląski", "Uniwersytetu Śląskiego", ["UŚ"]),
        O("Politechnika Radomska", "Politechniki Radomsk", ["Politechnika Radomsk"], opt=True,
          note="cut mid-word at the end of the text ('Politechniki Radomsk')"),
    ],
    not_dates=["'Numer: 197' is the issue number", "'99. INAUGURACJA' is the edition", "'36 Brygady' is a unit number"],
    note="SGH's gazette: the rector's speech at the university's 99th inauguration of the academic year (issue of "
         "15 October 2004) and the list of 27 senders of congratulatory letters, each 'Name - Title Organisation' "
         "(ministers, a marshal, presidents of the constitutional court, GUS, KIG, two banks with S.A., directors, "
         "rectors). Cut mid-word ('Politechniki Radomsk'). No venue, no count. Edition 99 from '99. INAUGURACJA'; "
         "year from the issue date.")

doc(ID[2601], None,
    E("otwarcie Gdańskiego Parku Naukowo-Technologicznego",
      ["uroczyste otwarcie Gdańskiego Parku Naukowo-Technologicznego im. prof. Hilarego Koprowskiego",
       "otwarcie Gdańskiego Parku Naukowo-Technologicznego im. prof. Hilarego Koprowskiego",
       "Rozbudowany Gdański Park Naukowo-Technologiczny już otwarty", "uroczyste otwarcie", "otwarcie",
       "konferencja „Ekosystem dla innowacji”", "Ekosystem dla innowacji", "konferencja Ekosystem dla innowacji"], None, None),
    dates=[
        D("XXXX-07-12", "XXXX-07-12", "12 lipca", note="the opening; no year anywhere in the text"),
        D("2014", "2020", "(2014-2020)", opt=True,
          note="the period inside the programme's name „Horyzont 2020 – Program Ramowy ... (2014-2020)”"),
    ],
    venues=[
        V("Gdański Park Naukowo-Technologiczny", "budynku C Gdańskiego Parku Naukowo-Technologicznego",
          ["Gdański Park Naukowo-Technologiczny im. prof. Hilarego Koprowskiego", "GPN-T",
           "budynek C Gdańskiego Parku Naukowo-Technologicznego", "Gdańsk"],
          note="the only place given (the city only in the adjective 'Gdański', 'gdański chór')"),
    ],
    people=[
        P("Teresa Kamińska", "prezes", "Teresa Kamińska, Prezes Specjalnej Strefy Ekonomicznej sp. z o. o."),
        P("Izabela Disterheft", "dyrektor", "Izabela Disterheft, Dyrektor GPN-T"),
        P("Jacek Guliński", "wiceminister", "wiceminister nauki i szkolnictwa wyższego Jacek Guliński", note="twice"),
        P("Máire Geoghegan-Quinn", "komisarz", "Komisarz UE ds. Badań Naukowych, Innowacji i Nauki, Máire Geoghegan – Quinn",
          ["Máire Geoghegan – Quinn", "Maire Geoghegan-Quinn", "Máire Geoghegan Quinn"],
          note="the hyphen of the surname written as ' – '"),
        P("Hilary Koprowski", None, "Hilarego Koprowskiego", opt=True, note="only in the park's name 'im. prof. Hilarego Koprowskiego'"),
        P("Maria Skłodowska-Curie", None, "Maria Skłodowska-Curie", opt=True, note="quoted as a historical figure"),
    ],
    organizations=[
        O("Gdański Park Naukowo-Technologiczny im. prof. Hilarego Koprowskiego",
          "Gdańskiego Parku Naukowo-Technologicznego im. prof. Hilarego Koprowskiego",
          ["Gdański Park Naukowo-Technologiczny", "GPN-T", "Gdański Park Naukowo-Technologiczny im. Hilarego Koprowskiego"],
          note="also 'Dyrektor GPN-T'"),
        O("Pomorska Specjalna Strefa Ekonomiczna", "Pomorskiej Specjalnej Strefie Ekonomicznej",
          ["PSSE", "Pomorska Specjalna Strefa Ekonomiczna sp. z o.o."]),
        O("Specjalna Strefa Ekonomiczna sp. z o.o.", "Specjalnej Strefy Ekonomicznej sp. z o. o.",
          ["Specjalna Strefa Ekonomiczna sp. z o. o.", "Specjalna Strefa Ekonomiczna"], opt=True,
          note="the same company as the Pomorska SSE, written without 'Pomorska' in the president's title"),
        O("Ministerstwo Nauki i Szkolnictwa Wyższego", "nauki i szkolnictwa wyższego", ["MNiSW"], opt=True,
          note="only inside 'wiceminister nauki i szkolnictwa wyższego'"),
        O("Unia Europejska", "Unii Europejskiej", ["UE"], opt=True, note="the anthem; a topic"),
        O("Capella Gedanensis", "Capella Gedanensis", opt=True, note="a choir"),
        O("EduPrzedszkole", "EduPrzedszkola", opt=True, note="a kindergarten whose children sang"),
        O("Zespół Pieśni i Tańca Don-Don", "Zespół Pieśni i Tańca Don-Don", opt=True, note="a dance group"),
    ],
    not_dates=["'Horyzont 2020' is a programme name"],
    note="e-biurowce.pl: opening (12 July, no year) of the extended Gdańsk science and technology park, preceded by "
         "the conference 'Ekosystem dla innowacji'; the president of the (Pomeranian) special economic zone company, "
         "the park's director, a deputy minister and an EU commissioner (name with ' – '). Cut mid-word ('synowie G').")

doc(ID[2602], None,
    E("20-lecie działalności Parku Naukowo-Technologicznego „Technopark Gliwice”",
      ["20 lecie działalności Parku Naukowo-Technologicznego „Technopark Gliwice” Sp. z o.o.",
       "20 lecie działalności Parku Naukowo-Technologicznego „Technopark Gliwice”",
       "uroczystości jubileuszowe 20lecia działalności Technoparku Gliwice", "uroczystości jubileuszowe",
       "20-lecie Technoparku Gliwice", "20 lecie Technoparku Gliwice", "Obchody jubileuszowe", "jubileusz 20-lecia"],
      None, 2024),
    dates=[
        D("2024-03-15", "2024-03-15", "15 marca 2024 r."),
        D("2004", "2004", "w 2004 r.", note="the founding"),
        D("2019", "2021", "na lata 2019-2021", note="the period of the minister's programme „Przemysł 4.0”"),
    ],
    venues=[V("Technopark Gliwice", "w Parku Naukowo-Technologicznym „Technopark Gliwice”",
              ["Park Naukowo-Technologiczny „Technopark Gliwice”", "Park Naukowo-Technologiczny Technopark Gliwice", "Gliwice"],
              note="the only place given")],
    people=[P("Jan Kosmol", None, "Prof. dr hab. inż. Jan Kosmol", note="his title is cut after '– Pre'; academic titles only")],
    organizations=[
        O("Park Naukowo-Technologiczny „Technopark Gliwice” Sp. z o.o.",
          "Parku Naukowo-Technologicznego „Technopark Gliwice” Sp. z o.o.",
          ["Park Naukowo-Technologiczny „Technopark Gliwice”", "Park Naukowo-Technologiczny Technopark Gliwice Sp. z o.o.",
           "Park Naukowo-Technologiczny Technopark Gliwice", "Technopark Gliwice", "Technopark Gliwice Sp. z o.o.",
           "Parku Naukowo-Technologiczny „Technopark Gliwice” Sp. z o.o."],
          note="title twice, 'Parku Naukowo-Technologiczny ... Sp. z o.o.' (sic), 'Technopark Gliwice' several times"),
        O("Miasto Gliwice", "Miasto Gliwice", ["Gliwice"], opt=True, note="a founder (the city as a body)"),
        O("Politechnika Śląska", "Politechnikę Śląską", ["Pol. Śl."]),
        O("Katowicka Specjalna Strefa Ekonomiczna", "Katowicką Specjalną Strefę Ekonomiczną", ["KSSE", "Katowicka Specjalna Strefa Ekonomiczna S.A."]),
        O("Urząd Marszałkowski Województwa Śląskiego", "Urzędem Marszałkowskim Województwa Śląskiego", ["UMWS"]),
        O("Obserwatorium Technologiczne", "Obserwatorium Technologicznego",
          ["Obserwatorium Technologiczne w obszarze Technologie Informacyjne i Telekomunikacyjne"], opt=True,
          note="a joint unit with the marshal's office"),
        O("ATG GLIWICE", "ATG GLIWICE", ["ATG Gliwice"], opt=True, note="a seed-capital fund"),
        O("Komisja Europejska", "Komisję Europejską", ["KE"]),
    ],
    not_dates=["'20 lat', '20lecia' are durations", "'Przemysł 4.0' is a programme name", "'jednym z 5 Hubów', 'jednym z 11' are no counts of attendance"],
    note="Technopark Gliwice: its 20th-anniversary celebration (15 March 2024) with the park's history: founders "
         "(city, Silesian University of Technology, Katowice SEZ), the marshal's office, the European Commission. The "
         "opener's title is cut ('Jan Kosmol  – Pre'). 'You are currently viewing' scraping junk kept. No edition (an "
         "anniversary).")

doc(ID[2603], "2014-06-13",
    E("wizyta chińskiej delegacji w Małopolsce",
      ["Delegacja chińska odwiedziła Małopolskę", "wizyta chińskiej delegacji", "wizyta delegacji chińskiej",
       "wizyta chińskiej delegacji w Małopolsce", "spotkanie z chińską delegacją"], None, 2014),
    dates=[
        D("2014-06-13", "2014-06-13", "13 czerwca 2014", note="the article's date under the category line (document_date)"),
        D("2014-06-13", "2014-06-13", "w piątek", opt=True, note="the visit's day; 13 June 2014 was a Friday"),
        D("2014-06-12", "2014-06-12", "w czwartek", opt=True, note="the arrival in Poland, the day before"),
    ],
    venues=[
        V("Kraków", "do Krakowa", ["stolica Małopolski"], note="the talks in 'stolicy Małopolski'"),
        V("Małopolska", "w Małopolsce", ["województwo małopolskie"], opt=True, note="the region"),
        V("Polska", "do Polski", opt=True, note="the country; the earlier meetings (Warsaw not named)"),
    ],
    attendance=[A(28, "participants", "exact", "28-osobowa delegacja")],
    people=[
        P("Roman Ciepiela", "wicemarszałek", "wicemarszałek Roman Ciepiela", note="twice"),
        P("Andrzej Harężlak", "wicewojewoda", "Andrzejem Harężlakiem, Wicewojewodą Małopolski"),
        P("Sun Zhengcai", ["członek biura politycznego", "członek"],
          "Sun Zhengcai, członkiem Biura Politycznego Komitetu Centralnego KPCh"),
        P("Janusz Piechociński", ["wicepremier", "minister"], "Wicepremierem i Ministrem Gospodarki Januszem Piechocińskim"),
        P("Ewa Kopacz", ["marszałek sejmu", "marszałek"], "Marszałek Sejmu Ewą Kopacz"),
    ],
    organizations=[
        O("Biuro Polityczne Komitetu Centralnego KPCh", "Biura Politycznego Komitetu Centralnego KPCh",
          ["Komitet Centralny KPCh", "KPCh", "Komunistyczna Partia Chin", "Biuro Polityczne KC KPCh"], opt=True,
          note="a party body, only inside the delegation leader's title"),
        O("Ministerstwo Gospodarki", "Ministrem Gospodarki", ["MG"], opt=True, note="only inside a title"),
        O("Sejm", "Sejmu", ["Sejm RP"], opt=True, note="only inside 'Marszałek Sejmu'"),
    ],
    not_dates=["'(kor)' is the author's initials"],
    note="Małopolska region portal: a 28-member Chinese delegation led by a Politburo member received (on Friday 13 "
         "June 2014, the article's date) by the deputy marshal and the deputy voivode, after meetings with the deputy "
         "prime minister and the Sejm's marshal. Accessibility menu line at the top and 'Galeria zdjęć' kept.")

doc(ID[2604], None,
    E("Wizyta delegacji z Ningbo",
      ["wizyta delegacji z miasta Ningbo", "wizyta czteroosobowej delegacji z Ningbo", "wizyta delegacji"], None, 2014),
    dates=[D("2014-03-26", "2014-03-29", "W dniach 26.03.2014 – 29.03.2014")],
    venues=[
        V("Polska", "Polskę", note="'odwiedziła Polskę'; the only place of the visit named"),
        V("Ningbo", "w Ningbo", opt=True, note="place of the 'Tydzień Wymiany Ekonomicznej i Kulturalnej' discussed"),
    ],
    attendance=[A(4, "participants", "exact", "czteroosobowa delegacja", note="number word inside a compound adjective")],
    people=[
        P("Wang Shuiwei", "wicedyrektor", "Pani Wang Shuiwei  – Wicedyrektor Biura Kultury, Środków masowego przekazu i Telewizji oraz Prasy Ningbo"),
        P("Li Haman", ["szef sekcji", "szef"], "Pani Li Haman – Szef Sekcji Biura Kultury, Środków masowego przekazu i Telewizji oraz Prasy Ningbo"),
        P("Lin Liming", ["szef biura generalnego", "szef", "tłumacz"],
          "Pan Lin Liming – Szef Biura Generalnego i Tłumacz of Stowarzyszenia Ningbo na rzecz Przyjaźni z Zagranicą"),
        P("Chen Wenfei", "konsultant", "Pan Chen Wenfei – Konsultant, Biuro Konferencji i Wystaw Ningbo"),
        P("Grzegorz Calik", "prezes", "Prezes Fundacji – Pan Grzegorz Calik"),
        P("Wojciech Kozak", "wicemarszałek", "Wicemarszałkiem Województwa Małopolskiego – Panem Wojciechem Kozakiem"),
        P("Artur Kozioł", "burmistrz", "Burmistrzem Wieliczki – Panem Arturem Koziołem"),
    ],
    organizations=[
        O("Biuro Kultury, Środków masowego przekazu i Telewizji oraz Prasy Ningbo",
          "Biura Kultury, Środków masowego przekazu i Telewizji oraz Prasy Ningbo",
          ["Biuro Kultury, Środków Masowego Przekazu i Telewizji oraz Prasy Ningbo", "Biuro Kultury"], note="twice"),
        O("Stowarzyszenie Ningbo na rzecz Przyjaźni z Zagranicą", "Stowarzyszenia Ningbo na rzecz Przyjaźni z Zagranicą"),
        O("Biuro Konferencji i Wystaw Ningbo", "Biuro Konferencji i Wystaw Ningbo"),
        O("Województwo Małopolskie", "Województwa Małopolskiego", opt=True, note="the region, in the deputy marshal's title"),
    ],
    not_dates=["'Tygodniu Wymiany Ekonomicznej i Kulturalnej' is another event (no date)"],
    note="eafbe.org (a foundation, named only as 'Fundacja'): a four-member delegation from Ningbo (26-29 March 2014) "
         "listed with titles of Chinese bodies, then meetings with the Małopolska deputy marshal and the mayor of "
         "Wieliczka. 'Tłumacz of' (sic, English 'of'); a double space after 'Wang Shuiwei'.")

doc(ID[2605], "2014-10-30",
    E("wizyta delegacji z chińskiej prowincji Heilongjiang",
      ["Z delegacją z Chin o edukacji i biznesie", "Spotkanie z chińską delegacją w UWM", "spotkanie z chińską delegacją",
       "wizyta chińskiej delegacji", "wizyta delegacji z prowincji Heilongjiang"], None, 2014),
    dates=[
        D("2014-10-30", "2014-10-30", "2014-10-30", note="'inf. pras. | 2014-10-30 16:02' (document_date)"),
        D("2024-03-29", "2024-03-29", "29 marca 2024", opt=True, note="the portal's clock in the header at scraping time"),
    ],
    venues=[
        V("Uniwersytet Warmińsko-Mazurski", "w UWM", ["UWM", "Uniwersytet Warmińsko-Mazurski w Olsztynie", "Olsztyn"],
          note="the meeting ('Dyplomaci ... odwiedzili Uniwersytet Warmińsko-Mazurski')"),
        V("Lidzbark Warmiński", "w Lidzbarku Warmińskim", note="the planned visit to the economic subzone"),
        V("Warmia i Mazury", "Na Warmii i Mazurach", ["województwo warmińsko-mazurskie"], opt=True, note="the region"),
    ],
    people=[
        P("Anna Wasilewska", ["członek zarządu województwa", "członek zarządu"], "Anna Wasilewska z zarządu województwa",
          note="twice; 'z zarządu województwa'"),
        P("Jerzy Przyborowski", ["prorektor ds. kształcenia", "prorektor"], "prorektorem ds. kształcenia Jerzym Przyborowskim"),
    ],
    organizations=[
        O("Uniwersytet Warmińsko-Mazurski", "Uniwersytet Warmińsko-Mazurski", ["UWM", "Uniwersytet Warmińsko-Mazurski w Olsztynie"]),
        O("Polmlek", "Polmlek", ["zakład mleczarski Polmlek"]),
        O("Warmińsko-Mazurska Specjalna Strefa Ekonomiczna", "Warmińsko-Mazurskiej Specjalnej Strefy Ekonomicznej", ["WMSSE"]),
        O("Chińska Republika Ludowa", "Chińskiej Republiki Ludowej", ["ChRL", "Chiny"], opt=True, note="a state"),
        O("Olsztyn24", "Olsztyn24", ["Olsztyn24 - Gazeta On-Line", "Newsroom24"], opt=True, note="the publishing portal (header)"),
        O("Prowincja Heilongjiang", "prowincji Heilongjiang", ["Heilongjiang", "chińska prowincja Heilongjiang"], opt=True,
          note="the delegation's region"),
        O("YouTube", "YouTube", opt=True, note="header navigation junk"),
        O("Facebook", "Facebook", opt=True, note="header navigation junk"),
    ],
    not_dates=["'11:00' is a time", "'16:02' is a time", "'2 duże uniwersytety rolnicze' is no attendance"],
    note="Olsztyn24 portal: a delegation from Heilongjiang visits the University of Warmia and Mazury (press release "
         "of 30 October 2014) and plans a visit to the Lidzbark Warmiński subzone and the Polmlek dairy. Portal "
         "header junk kept (clock '11:00 29 marca 2024 Imieniny', 'R E K L A M A', 'Banner A'). Cut mid-word ('zwiedz').")

doc(ID[2606], None,
    E("podpisanie umowy Klastra Browarów Regionalnych Polski północno-wschodniej",
      ["Umowa Klastra Browarów podpisana", "podpisanie umowy Klastra Browarów", "podpisanie umowy klastra",
       "umowa Klastra Browarów Regionalnych Polski północno-wschodniej", "podpisanie umowy"], None, 2007),
    dates=[D("2007-06-19", "2007-06-19", "W dniu 19 czerwca 2007 roku")],
    venues=[V("Olsztyn", "w Olsztynie")],
    clusters=[C("Klaster Browarów Regionalnych Polski północno-wschodniej", "Klastra Browarów Regionalnych Polski północno-wschodniej",
                ["Klaster Browarów Regionalnych Polski Północno-Wschodniej", "Klaster Browarów"], note="also 'Klastra Browarów' in the title")],
    people=[
        P("Ryszard Górecki", "rektor", "Rektor Uniwersytetu – Prof. dr hab. Ryszard Górecki"),
        P("Piotr Żuchowski", "wicemarszałek", "Wicemarszałek województwa – Piotr Żuchowski"),
        P("Bożena Cebulska", ["prezes zarządu", "prezes"], "Prezes Zarządu W-MARR – Bożena Cebulska"),
        P("Andrzej Olkowski", "prezes", "Prezes Stowarzyszenia – Andrzej Olkowski"),
    ],
    organizations=[
        O("Uniwersytet Warmińsko-Mazurski", "Uniwersytet Warmińsko-Mazurski",
          ["Uniwersytet Warmińsko-Mazurski z Olsztyna", "Uniwersytet Warmińsko-Mazurski w Olsztynie", "UWM"]),
        O("Warmińsko-Mazurski Urząd Marszałkowski", "Warmińsko- Mazurski Urząd Marszałkowski",
          ["Warmińsko- Mazurski Urząd Marszałkowski", "Urząd Marszałkowski Województwa Warmińsko-Mazurskiego"],
          note="written with a space after the hyphen"),
        O("Warmińsko-Mazurska Agencja Rozwoju Regionalnego", "Warmińsko-Mazurska Agencja Rozwoju Regionalnego",
          ["W-MARR", "Warmińsko-Mazurska Agencja Rozwoju Regionalnego S.A."], note="the coordinator; 'Prezes Zarządu W-MARR'"),
    ],
    not_dates=["the address's '2007/06/19' is not used"],
    note="The regional breweries' association site: signing (19 June 2007, Olsztyn) of the agreement of the "
         "north-eastern regional breweries cluster by the university's rector, the deputy marshal, the president of "
         "the regional development agency (coordinator) and the association's president (the association itself "
         "unnamed: 'naszym Stowarzyszeniu'). The four signatories run together on one line. 'Press \"Enter\" to skip "
         "to content' kept.")

doc(ID[2607], None,
    E("Nagroda Gospodarcza Prezydenta RP",
      ["Gala Nagrody Gospodarczej Prezydenta RP", "XIX edycja Nagrody Gospodarczej", "Nagroda Gospodarcza",
       "Nagrody Gospodarcze Prezydenta RP", "Gala", "Kongres 590"], 19, 2022),
    dates=[
        D("2022-11", "2022-11", "2022-11", note="scraped month prefix ' date 2022-11' (a date, not the document date)"),
        D("2022-05-02", "2022-05-02", "2 maja 2022 r.", note="the decree signed during the President's visit to Kyiv"),
    ],
    venues=[V("Kijów", "w Kijowie", ["Kyiv"], opt=True, note="place of another event (the President's visit)")],
    people=[
        P("Andrzej Duda", "prezydent", "Prezydent RP Andrzej Duda", note="twice"),
        P("Beata Drzazga", ["prezes", "założycielka"], "Beata Drzazga, prezes i założycielka BetaMed S.A."),
    ],
    organizations=[
        O("Ekoenergetyka–Polska SA", "Ekoenergetyka–Polska SA",
          ["Ekoenergetyka-Polska SA", "Ekoenergetyka–Polska S.A.", "Ekoenergetyka–Polska", "Ekoenergetyka-Polska", "Ekoenergetyka"]),
        O("H. Cegielski – Fabryka Pojazdów Szynowych sp. z o.o.", "H. Cegielski – Fabryka Pojazdów Szynowych sp. z o.o.",
          ["H. Cegielski - Fabryka Pojazdów Szynowych sp. z o.o.", "H. Cegielski – Fabryka Pojazdów Szynowych",
           "H. Cegielski - Fabryka Pojazdów Szynowych", "H. Cegielski"]),
        O("Advanced Protection Systems SA", "Advanced Protection Systems SA", ["Advanced Protection Systems", "APS"]),
        O("RST Roztocze sp. z o.o.", "RST Roztocze sp. z o.o.", ["RST Roztocze"]),
        O("STER sp. z o.o.", "STER sp. z o.o.", ["STER"]),
        O("ADJ Nanotechnology sp. z o.o.", "ADJ Nanotechnology sp. z o.o.", ["ADJ Nanotechnology"]),
        O("Chronospace sp. z o.o.", "Chronospace sp. z o.o.", ["Chronospace"]),
        O("BetaMed S.A.", "BetaMed S.A.", ["BetaMed"]),
        O("Województwo Podkarpackie", "województwa podkarpackiego", ["województwo podkarpackie"], opt=True,
          note="the region, winner of the special prize"),
    ],
    not_dates=["'XIX edycji' is the edition", "'Kongresowi 590' is a name", "'STARTUP_PL', 'Badania + Rozwój' are categories"],
    note="forsal.pl: winners of the 19th Economic Award of the President of Poland (gala during Kongres 590; scraped "
         "prefix ' date 2022-11'): seven companies with legal forms (SA, sp. z o.o.), the individual award to BetaMed's "
         "president, a special award to the Podkarpackie region. 'Reklama' lines kept; no venue of the gala in the "
         "text (Rzeszów only as the city honoured). Cut ('Przez te').")

doc(ID[2608], None,
    E("Wielka Gala „Polska Przedsiębiorczość”",
      ["WIELKA GALA „POLSKA PRZEDSIĘBIORCZOŚĆ\"", "WIELKA GALA „POLSKA PRZEDSIĘBIORCZOŚĆ”", "Wielka Gala Polska Przedsiębiorczość",
       "Gala Polska Przedsiębiorczość", "Po Wielkiej Gali Polska Przedsiębiorczość", "Wielka Gala", "gala",
       "Orły Polskiej Przedsiębiorczości", "Plebiscyt „Orły Polskiej Przedsiębiorczości”"], None, 2018),
    dates=[
        D("2018-06-22", "2018-06-22", "22 czerwca 2018 r.", note="glued to the photo file name 'BR1A1187' ('BR1A118722 czerwca')"),
        D("2012", "2015", "w latach 2012-2015", note="Piechociński's term as minister"),
    ],
    venues=[
        V("Warszawa", "w Warszawie"),
        V("Sangate Hotel Airport", "w Sangate Hotel Airport", opt=True, note="building-level place"),
    ],
    people=[
        P("Robert Składowski", "prezes", "Pan Robert Składowski – prezes Federacji Przedsiębiorcy.pl"),
        P("Janusz Piechociński", ["prezes", "wicepremier", "minister"],
          "Pan Janusz Piechociński – wicepremier, minister Gospodarki w latach 2012-2015, a obecnie prezes Izby Przemysłowo-Handlowej Polska-Azja",
          note="former deputy prime minister and minister, now president of the chamber"),
        P("Jacek Męcina", None, "profesor Jacek Męcina z Konfederacji Lewiatan", note="an academic title only; 'reformator' is a description"),
        P("Anna Dec", None, "Anna Dec", note="host of the gala (no title)"),
        P("Krzysztof Ibisz", None, "Krzysztof Ibisz", note="host of the gala (no title)"),
        P("Tomasz Waźbiński", "dyrektor", "Pan Tomasz Waźbiński – dyrektor Narodowego Instytutu Rozwoju Przedsiębiorczości"),
        P("Lesław Wiatrowski", "wiceprezes", "Lesław Wiatrowski – wiceprezes Federacji Przedsiębiorcy.pl"),
    ],
    organizations=[
        O("Ogólnopolska Federacja Przedsiębiorców i Pracodawców – Przedsiębiorcy.pl",
          "Ogólnopolska Federacja Przedsiębiorców i Pracodawców – Przedsiębiorcy.pl",
          ["Ogólnopolska Federacja Przedsiębiorców i Pracodawców Przedsiębiorcy.pl", "Ogólnopolska Federacja Przedsiębiorców i Pracodawców",
           "Federacja Przedsiębiorcy.pl", "Przedsiębiorcy.pl"], note="then 'Federacji Przedsiębiorcy.pl' twice"),
        O("Mazowieckie Zrzeszenie Handlu Przemysłu i Usług", "Mazowieckie Zrzeszenie Handlu Przemysłu i Usług",
          ["Mazowieckie Zrzeszenie Handlu, Przemysłu i Usług", "MZHPiU"]),
        O("Narodowy Instytut Rozwoju Przedsiębiorczości", "Narodowy Instytut Rozwoju Przedsiębiorczości", ["NIRP"], note="twice"),
        O("Izba Przemysłowo-Handlowa Polska-Azja", "Izby Przemysłowo-Handlowej Polska-Azja", ["IPH Polska-Azja"]),
        O("Konfederacja Lewiatan", "Konfederacji Lewiatan", ["Lewiatan"]),
        O("Ministerstwo Gospodarki", "minister Gospodarki", ["MG"], opt=True, note="only inside a former title"),
        O("Sangate Hotel Airport", "Sangate Hotel Airport", opt=True, note="the hotel (also a venue)"),
    ],
    not_dates=["'jubileuszowej XV edycji', 'X edycji', 'XI edycji' are editions of the plebiscites, not of the gala",
               "'BR1A1187' is a photo file name"],
    note="edroga.pl: the 2018 gala of the Przedsiębiorcy.pl federation (22 June 2018, Warsaw) with the laureates of "
         "three plebiscites (XV, X, XI editions: the gala itself has no edition, as twentieth/1901, the 2019 gala of the "
         "same organisers, whose organiser boilerplate this text shares: 129 shingles). Starts with the photo junk "
         "'phoca thumb l BR1A1187' glued to the date. Cut ('Orły Polskie').")

doc(ID[2609], None,
    E("Gala Forum Ekonomicznego",
      ["wtorkowa Gala Forum Ekonomicznego", "Gala", "Forum Ekonomiczne"], None, None),
    dates=[D("XXXX-09-07", "XXXX-09-07", "7 września", note="'7 września o 20:40'; no year in the text ('Firmą Roku 2020' is an award name)")],
    people=[
        P("Piotr Wachowiak", "rektor", "rektor Szkoły Głównej Handlowej – dr hab. Piotr Wachowiak"),
        P("Krzysztof Pawiński", "współzałożyciel", "Krzysztofa Pawińskiego, współzałożyciela grupy Maspex"),
        P("Jacek Sutryk", "prezydent", "Jacka Sutryka", note="'Nagroda prezydenta Wrocławia, która z rąk Jacka Sutryka'; 'Prezydent Wrocławia' in the lead"),
        P("Jacek Wójcicki", None, "Jacka Wójcickiego – znanego polskiego tenora, muzyka i aktora",
          note="occupations, no title"),
    ],
    organizations=[
        O("KGHM Polska Miedź SA", "KGHM Polska Miedź SA", ["KGHM Polska Miedź", "KGHM", "KGHM Polska Miedź S.A."]),
        O("Szkoła Główna Handlowa", "Szkoły Głównej Handlowej", ["SGH", "Szkoła Główna Handlowa w Warszawie"]),
        O("Grupa Maspex", "grupy Maspex", ["Maspex", "grupa Maspex"]),
        O("M3", "M3"),
        O("BSK", "BSK"),
        O("Techland", "Techland"),
        O("Orkiestra Filharmonii Dolnośląskiej w Jeleniej Górze", "Orkiestry Filharmonii Dolnośląskiej w Jeleniej Górze",
          ["Filharmonia Dolnośląska w Jeleniej Górze", "Orkiestra Filharmonii Dolnośląskiej", "Filharmonia Dolnośląska"]),
        O("Komisja Europejska", "KE", ["KE"], opt=True, note="in a reader's comment"),
        O("KGB", "KGB", opt=True, note="in a reader's comment"),
        O("PiS", "PiS", ["Prawo i Sprawiedliwość"], opt=True, note="inside a commenter's nickname"),
    ],
    not_dates=["'20:40' is a time", "'Firmą Roku 2020' is an award name", "'887732136' is a phone number",
               "'trzech polskich firm' counts awardees, not attendance"],
    note="nj24.pl: the gala of the Forum Ekonomiczne (Tuesday 7 September, no year, no venue: Karpacz is not named) "
         "with awards to KGHM, Maspex's co-founder and three firms (M3, BSK, Techland) from Wrocław's mayor. Two "
         "political reader comments, 'Write A Comment', a phone number and 'Zgłoś za pomocą formularza.' kept; surnames "
         "only in the comments (Terlecki, Kaczyński, Łukaszenka) are not people. Typo 'wydawainiem'.")

doc(ID[2610], None,
    E("powołanie klastra energii w Kielcach",
      ["Klaster energii powołał samorząd Kielc", "powołanie klastra energii", "klaster energii w Kielcach"], None, None),
    venues=[
        V("Kielce", "samorząd Kielc", opt=True, note="the first teaser: the founding place is implied by 'samorząd Kielc' only"),
        V("Wrocław", "we Wrocławiu", note="Silesian Space Valley founded 'w piątek we Wrocławiu'"),
        V("Jasionka", "w Jasionce koło Rzeszowa", ["Rzeszów", "Jasionka koło Rzeszowa"], opt=True,
          note="Kongres 590: the Klaster Technologii Kosmicznych founding, the event of eighth/717"),
        V("Łódź", "w Łodzi", note="the founding of Wyżyna Lotnicza"),
        V("Warszawa", "w Warszawie", note="the agreement founding the WAT space cluster"),
        V("Wojskowa Akademia Techniczna", "na Wojskowej Akademii Technicznej", ["WAT"], opt=True,
          note="'Klastra ... na Wojskowej Akademii Technicznej': the cluster's home, perhaps the signing place"),
        V("Katowice", "w Katowicach", note="the founding of Śląski Klaster NANO"),
    ],
    attendance=[
        A(20, "organizations", "exact", "20 firm i podmiotów eksperckich", opt=True,
          note="signatories at Kongres 590 (the event of eighth/717)"),
        A(30, "organizations", "approx", "ok. 30 podmiotami", note="signatories of the Politechnika Śląska letter of intent"),
    ],
    clusters=[
        C("Silesian Space Valley", "Klaster technologii kosmicznych - Silesian Space Valley",
          ["Klaster technologii kosmicznych - Silesian Space Valley", "Klaster technologii kosmicznych Silesian Space Valley"]),
        C("Klaster Technologii Kosmicznych", "Klastra Technologii Kosmicznych", opt=True,
          note="the cluster founded at Kongres 590, already the subject of eighth/717"),
        C("Technologia w medycynie", "klastra „Technologia w medycynie”",
          ["Klaster „Technologia w medycynie”", "Klaster Technologia w medycynie", "„Technologia w medycynie”"]),
        C("Wyżyna Lotnicza", "klastra Wyżyna Lotnicza", ["Klaster Wyżyna Lotnicza"]),
        C("Klaster Inżynierii Kosmicznej i Satelitarnej", "Klastra Inżynierii Kosmicznej i Satelitarnej"),
        C("Śląski Klaster NANO", "Śląski Klaster NANO", ["Klaster NANO"]),
    ],
    organizations=[
        O("Legnicka Specjalna Strefa Ekonomiczna", "Legnicka Specjalna Strefa Ekonomiczna",
          ["LSSE", "Legnicka Specjalna Strefa Ekonomiczna S.A."], note="leads Silesian Space Valley"),
        O("Uniwersytet Rzeszowski", "Uniwersytet Rzeszowski", ["UR"]),
        O("Politechnika Rzeszowska", "Politechnikę Rzeszowską", ["PRz"]),
        O("Politechnika Łódzka", "Politechniki Łódzkiej", ["PŁ"]),
        O("Wojskowa Akademia Techniczna", "Wojskowej Akademii Technicznej", ["WAT"]),
        O("Politechnika Śląska", "Politechnika Śląska", ["Pol. Śl."]),
        O("Miasto Kielce", "samorząd Kielc", ["Kielce", "samorząd Kielc"], opt=True, note="the city's self-government founding the energy cluster"),
    ],
    not_dates=["'w piątek', 'w czwartek', 'w środę', 'w poniedziałek' have no dated anchor on the tag page",
               "'Kongresu 590' is a name", "'Klaster energii' (Kielce) and the defence cluster of Politechnika Śląska have no names"],
    note="Science in Poland (PAP) tag page 'klaster': eight teasers of cluster foundings (an energy cluster in Kielce, "
         "Silesian Space Valley in Wrocław, the Klaster Technologii Kosmicznych at Kongres 590, „Technologia w "
         "medycynie” in Rzeszów, Wyżyna Lotnicza in Łódź, the WAT space cluster in Warsaw, a defence cluster of the "
         "Silesian University of Technology, Śląski Klaster NANO in Katowice), cluster names in the nominative, "
         "genitive, with quotes and after a dash. The third teaser is the event of eighth/717 (its items optional). "
         "The event is the first teaser's (debatable for a tag page). Leading spaces and lines holding one space kept; "
         "cut ('wspieraj').")

doc(ID[2611], "2019-05-31",
    E("spotkanie z Łódzkim Klastrem Dobrej Energii",
      ["Pracujemy z klastrem w Łodzi", "praca z klastrem w Łodzi", "spotkanie klastrów",
       "spotkanie z Łódzkim Klastrem Dobrej Energii"], None, 2019),
    dates=[
        D("2019-05-31", "2019-05-31", "piątek, 31 maja 2019", note="the blog post's date line (document_date)"),
        D("2019-05-31", "2019-05-31", "Dzisiaj", opt=True, note="relative to the date line"),
    ],
    venues=[V("Łódź", "w Łodzi", opt=True,
              note="title 'Pracujemy z klastrem w Łodzi': the cluster's city, perhaps also the place of the work; the text does not say where they met")],
    clusters=[C("Łódzki Klaster Dobrej Energii", "Łódzkim Klastrem Dobrej Energii", ["ŁKDE"], note="instrumental; then 'ŁKDE'")],
    people=[
        P("Ewa Kochańska", None, "Ewa Kochańska", note="'z Ewa Kochańska na czele' (uninflected); head of the coordinator, no title word"),
        P("Marek Sikora", None, "Marek Sikora", note="'łącznik z PGE' (a liaison, no title)"),
    ],
    organizations=[
        O("Ministerstwo Energii", "Ministerstwa Energii", ["ME"]),
        O("Ostrowski Rynek Energetyczny", "Ostrowskiego Rynku Energetycznego", opt=True, note="a model / the blogger's local energy market, not clearly a body"),
        O("Centrum Transferu Technologii w zakresie Odnawialnych Źródeł Energii",
          "Centrum Transferu Technologii w zakresie Odnawialnych Źródeł Energii", ["CTT OZE"], note="the cluster's coordinator"),
        O("PGE", "PGE", ["PGE Polska Grupa Energetyczna", "Polska Grupa Energetyczna"]),
    ],
    note="dembny.pl (blog of the Ostrów Wielkopolski energy market's initiator): working together with the Łódź "
         "cluster 'Łódzki Klaster Dobrej Energii' (instrumental 'Klastrem', then 'ŁKDE') and a ministry envoy; its "
         "coordinator and a PGE liaison named. No venue stated in the body; the title's 'w Łodzi' "
         "(optional venue) may belong to the cluster or to the meeting.")

doc(ID[2612], None,
    E("Polsko-Ukraińskie Forum Biznesowe",
      ["Polsko-Ukraińskie Forum Biznesowe we Lwowie", "Forum", "forum biznesu we Lwowie", "Opolanie na forum biznesu we Lwowie",
       "forum biznesu"], None, None),
    dates=[D("XXXX-05-17", "XXXX-05-17", "17 maja", note="no year in the text (the address's '2018/05' is not used)")],
    venues=[V("Lwów", "we Lwowie", ["Lviv"])],
    people=[
        P("Andrzej Buła", "marszałek", "marszałek Andrzej Buła", note="twice"),
        P("Irena Pordzik", ["konsul honorowy", "konsul"], "Konsul Honorowy Ukrainy w Opolu Irena Pordzik"),
        P("Szymon Ogłaza", ["członek zarządu województwa", "członek zarządu"], "członek zarządu województwa Szymon Ogłaza"),
        P("Roland Wrzeciono", "dyrektor", "dyrektor Opolskiego Centrum Rozwoju Gospodarki Roland Wrzeciono"),
        P("Grzegorz Sawicki", "dyrektor", "dyrektor biura projektów strategicznych UO Grzegorz Sawicki"),
        P("Henryk Galwas", "prezes", "prezes OIG Henryk Galwas"),
        P("Jacek Piechota", "prezes", "Jacek Piechota", note="'prezesi Polsko-Ukraińskiej Izby Gospodarczej – Jacek Piechota oraz Ołeksandr Szlapak' (plural role word)"),
        P("Ołeksandr Szlapak", "prezes", "Ołeksandr Szlapak", note="plural 'prezesi'; later 'prezes Szlapak'"),
        P("Ołeg Mandiuk", ["konsul generalny", "konsul"], "Ołeg Mandiuk, Konsul Generalny Ukrainy w Krakowie"),
    ],
    organizations=[
        O("Lwowska Izba Przemysłowo-Handlowa", "Lwowska Izba Przemysłowo-Handlowa"),
        O("Lwowska Obwodowa Administracja Państwowa", "Lwowska Obwodowa Administracja Państwowa",
          ["Lwowska Obwodowa Administracja Państwowa we Lwowie"]),
        O("Opolskie Centrum Rozwoju Gospodarki", "Opolskiego Centrum Rozwoju Gospodarki", ["OCRG"], note="then 'działania OCRG'"),
        O("UO", "UO", ["Uniwersytet Opolski", "Urząd Marszałkowski Województwa Opolskiego"], opt=True,
          note="'dyrektor biura projektów strategicznych UO': an acronym not expanded in the text"),
        O("Opolska Izba Gospodarcza", "OIG", ["OIG"], note="only as the acronym 'prezes OIG'"),
        O("Polsko-Ukraińska Izba Gospodarcza", "Polsko-Ukraińskiej Izby Gospodarczej", ["PUIG"]),
    ],
    not_dates=["'3% wzrost', '800 mln $' are no dates or counts"],
    note="opolskie.pl: the Opole region's delegation led by the marshal at the Polish-Ukrainian Business Forum in "
         "Lviv (17 May, no year), organised by the Lviv chamber and the oblast administration; two honorary/general "
         "consuls, directors, chamber presidents (two under one plural 'prezesi'). Double spaces ('o  polsko', 'z  "
         "marszałkiem  w'), cut after 'w Polsce '.")

doc(ID[2613], None,
    E("Baltic Business Forum",
      ["BBF", "Baltic Business Forum w Świnoujściu", "Panel Energia dla odbudowy Ukrainy"], None, None),
    dates=[
        D("2022-01", "2022-12", "od stycznia 2022 roku do grudnia 2022", note="the period of the PIE statistic"),
        D("2023", "2023", "W 2023 roku"),
    ],
    venues=[V("Świnoujście", "W Świnoujściu", note="'W Świnoujściu, podczas Baltic Business Forum'")],
    attendance=[
        A(5500, "participants", "exact", "5500 uczestników", opt=True, note="cumulative over all editions ('Dotychczasowe edycje BBF zgromadziły')"),
        A(18, "countries", "exact", "18 krajów", opt=True, note="cumulative"),
        A(1150, "speakers", "exact", "1150 panelistów", opt=True, note="cumulative"),
    ],
    people=[
        P("Jacek Piechota", "prezes", "Jacek Piechota, Prezes Polsko – Ukraińskiej Izby Gospodarczej"),
        P("Mykola Kolisnik", ["zastępca ministra", "wiceminister"], "Mykola Kolisnik – Zastępca Ministra Energii Ukrainy"),
        P("Grzegorz Onichimowski", ["prezes zarządu", "prezes"], "Grzegorz Onichimowski – Prezes Zarządu PSE S.A."),
        P("Piotr Szewczyk", ["prezes zarządu", "prezes"], "Piotr Szewczyk – Prezes Zarządu APS Energia S.A."),
        P("Artur Nizioł", ["wiceprezes", "przewodniczący rady nadzorczej", "przewodniczący"],
          "Artur Nizioł – Wiceprezes Izby Gospodarczej Energetyki i Ochrony Środowiska, Przewodniczący Rady Nadzorczej Uniserv SA"),
        P("Janusz Gajowiecki", None, "Janusz Gajowiecki z PSEW", note="no title"),
        P("Ireneusz Bil", ["prezes zarządu", "prezes"], "dr Ireneusz Bil – Prezes Zarządu Energy Gate Europe Sp. z o.o."),
        P("Waldemar Pawlak", "senator", "Senator RP Waldemar Pawlak"),
    ],
    organizations=[
        O("Polski Instytut Ekonomiczny", "Polskiego Instytutu Ekonomicznego", ["PIE"]),
        O("Polsko-Ukraińska Izba Gospodarcza", "Polsko – Ukraińska Izba Gospodarcza",
          ["Polsko – Ukraińska Izba Gospodarcza", "PUIG"], note="written with ' – '; twice"),
        O("Międzynarodowe Stowarzyszenie Europa-Północ-Wschód ENEIA", "Międzynarodowe Stowarzyszenie Europa-Północ-Wschód ENEIA",
          ["Międzynarodowe Stowarzyszenie Europa-Północ-Wschód", "ENEIA"]),
        O("Urząd Miasta Świnoujścia", "Urząd Miasta Świnoujścia", ["UM Świnoujście"]),
        O("Województwo Zachodniopomorskie", "Województwo Zachodniopomorskie", opt=True, note="the region as co-organiser"),
        O("Ministerstwo Energii Ukrainy", "Ministra Energii Ukrainy", opt=True, note="only inside a title"),
        O("PSE S.A.", "PSE S.A.", ["PSE", "Polskie Sieci Elektroenergetyczne", "Polskie Sieci Elektroenergetyczne S.A."]),
        O("APS Energia S.A.", "APS Energia S.A.", ["APS Energia"]),
        O("Izba Gospodarcza Energetyki i Ochrony Środowiska", "Izby Gospodarczej Energetyki i Ochrony Środowiska", ["IGEOŚ"]),
        O("Uniserv SA", "Uniserv SA", ["Uniserv", "Uniserv S.A."]),
        O("PSEW", "PSEW", ["Polskie Stowarzyszenie Energetyki Wiatrowej"], note="acronym only"),
        O("Energy Gate Europe Sp. z o.o.", "Energy Gate Europe Sp. z o.o.", ["Energy Gate Europe"]),
        O("Senat RP", "Senatu RP", ["Senat"], opt=True, note="'posiedzenia Senatu RP'"),
        O("Unia Europejska", "UE", ["UE"], opt=True, note="a topic ('w UE')"),
    ],
    not_dates=["'14 000 minut' is a duration", "'Ponad 44 tysiące ukraińskich firm' counts firms founded, not attendance"],
    note="goleniow.net: report from the Baltic Business Forum in Świnoujście (no date of this edition in the text; "
         "the address's '2024/06/08' is not used): organisers (PUIG, ENEIA), co-organisers, the energy panel's "
         "speakers as 'Name – Title Company S.A./SA/Sp. z o.o.'. Cumulative counts over all editions optional. Cut "
         "('Pols').")

doc(ID[2614], "2022-04-30",
    E("XV Międzynarodowe Forum „Polsko-Ukraińskie dni biznesu”",
      ["XV Międzynarodowe Forum „POLSKO-UKRAIŃSKIE DNI BIZNESU”", "XV Międzynarodowego Forum „POLSKO-UKRAIŃSKIE DNI BIZNESU”",
       "Międzynarodowe Forum „Polsko-Ukraińskie dni biznesu”", "Polsko-Ukraińskie dni biznesu", "Polsko-Ukraińskie Dni Biznesu",
       "POLSKO-UKRAIŃSKIE DNI BIZNESU", "XV Międzynarodowe Forum Polsko-Ukraińskie dni biznesu", "Forum"], 15, 2022),
    dates=[
        D("2022-04-30", "2022-04-30", "30.04.2022", note="date line (document_date); also '2022-04-30' in the tag line"),
        D("2022-04-28", "2022-04-28", "W dniu 28 kwietnia br.", note="'br.' = 2022"),
    ],
    venues=[V("Warszawa", "w Warszawie", note="also 'Polska, Warszawa' in the tag line")],
    people=[
        P("Andrij Deszczyca", "ambasador", "Ambasadora Nadzwyczajnego i Pełnomocnego Ukrainy w RP Andrija Deszczyci",
          ["Andrij Deszczycia", "Andrii Deshchytsia"]),
        P("Piotr Wachowiak", ["przewodniczący", "rektor"],
          "przewodniczący Rady Przedsiębiorczości przy Prezydencie RP, rektor SGH w Warszawie, Piotr Wachowiak"),
        P("Mateusz Domian", ["p.o. dyrektora", "dyrektor"], "P.o. dyrektora przedstawicielstwa tej Spółki w Ukrainie Mateusz Domian"),
        P("Maksym Golos", ["prezes zarządu", "prezes"], "Prezes Zarządu PKP Cargo Connect Maksym Golos"),
    ],
    organizations=[
        O("Zrzeszenie Ukraińskiego Biznesu w Polsce", "Zrzeszenie Ukraińskiego Biznesu w Polsce", ["Zrzeszenie Ukraińskiego Biznesu"]),
        O("Grupa Prawnicza EUCON", "Grupa Prawnicza EUCON", ["EUCON"]),
        O("Polska Agencja Inwestycji i Handlu", "Polska Agencja Inwestycji i Handlu", ["PAIH"]),
        O("Rada Przedsiębiorczości przy Prezydencie RP", "Rady Przedsiębiorczości przy Prezydencie RP", ["Rada Przedsiębiorczości"]),
        O("Szkoła Główna Handlowa w Warszawie", "SGH w Warszawie", ["SGH", "SGH w Warszawie", "Szkoła Główna Handlowa"]),
        O("Siły Zbrojne Ukrainy", "Sił Zbrojnych Ukrainy", ["ZSU"], opt=True, note="the armed forces"),
        O("PKN Orlen", "PKN Orlen", ["Orlen", "PKN Orlen S.A."]),
        O("PKP Cargo Connect", "PKP Cargo Connect", ["PKP Cargo Connect sp. z o.o."]),
        O("Kancelaria Prezesa Rady Ministrów", "kancelaria prezesa rady ministrów", ["KPRM"], opt=True, note="lower case, in the site's header"),
        O("Fundacja „Pomoc Polakom na Wschodzie”", "POMOC POLAKOM NA WSCHODZIE", ["Pomoc Polakom na Wschodzie", "IDA POMOC POLAKOM NA WSCHODZIE"],
          opt=True, note="the publisher's header, in capitals"),
        O("Unia Europejska", "Unią Europejska", ["UE"], opt=True, note="a topic"),
    ],
    not_dates=["'XXI wieku' is a century"],
    note="ida.pol.org.pl (Pomoc Polakom na Wschodzie): the 15th Polish-Ukrainian business days forum in Warsaw (28 "
         "April 'br.', date line 30.04.2022): three organisers, Ukraine's ambassador, the SGH rector, directors of Orlen's "
         "Ukrainian branch and PKP Cargo Connect. Header and tag line junk kept ('Warszaty,konferencje', typo 'Byki').")

doc(ID[2615], "2011-07-01",
    E("otwarcie Domu Europy we Wrocławiu",
      ["Parlament Europejski i Komisja Europejska otwierają biura we Wrocławiu", "otwarcie „Domu Europy”", "otwarcie Domu Europy",
       "otwarcie biur we Wrocławiu", "otwarcie „Domu Europy” – regionalnego przedstawicielstwa Unii Europejskiej"], None, 2011),
    dates=[D("2011-07-01", "2011-07-01", "dnia 1 lipca 2011 r.", note="the press release's dateline 'Wrocław, dnia 1 lipca 2011 r.' (document_date), also the opening day")],
    venues=[
        V("Wrocław", "we Wrocławiu", note="title and text; the dateline 'Wrocław,'"),
        V("Dom Europy", "w Domu Europy", ["Dom Europy we Wrocławiu"], opt=True, note="the building/office opened"),
    ],
    people=[
        P("Jerzy Buzek", "przewodniczący", "przewodniczący Parlamentu Europejskiego Jerzy Buzek", note="twice"),
        P("Viviane Reding", ["wiceprzewodnicząca", "komisarz"], "wiceprzewodnicząca Komisji Europejskiej Viviane Reding",
          note="later 'unijna komisarz ds. sprawiedliwości Viviane Reding'"),
    ],
    organizations=[
        O("Komisja Europejska", "Komisja Europejska", ["KE"]),
        O("Parlament Europejski", "Parlament Europejski", ["PE"]),
        O("Unia Europejska", "Unii Europejskiej", ["UE"], opt=True, note="'regionalnego przedstawicielstwa Unii Europejskiej'; also a topic"),
        O("Dom Europy", "Domu Europy", ["„Dom Europy”"], opt=True, note="the regional representation office (also a venue)"),
        O("Europe Direct", "Europe Direct", ["sieć Europe Direct"], opt=True, note="a network of information points"),
    ],
    not_dates=["'pierwszego dnia polskiej prezydencji' is the same day, not a separate date"],
    note="European Commission press release: Buzek and Reding open the 'Europa House' regional representation of the "
         "Parliament and the Commission in Wrocław on 1 July 2011. Navigation junk ('Navigation path', 'Other available "
         "languages: EN FR DE') kept; cut ('instyt').")

doc(ID[2616], None,
    E("Konferencja EuRegioNet",
      ["konferencja kończąca projekt „EuRegioNet – internacjonalizacja sieci i klastrów”", "konferencja kończąca projekt EuRegioNet",
       "konferencja kończąca projekt", "konferencja EuRegioNet – internacjonalizacja sieci i klastrów", "konferencja"], None, 2020),
    dates=[
        D("2020-02-20", "2020-02-20", "20.02.2020", note="'20.02.2020r.' glued to 'r.'"),
        D("2017", "2017", "2017", note="'od końca 2017r.' (the project's start; 'r.' glued)"),
    ],
    venues=[
        V("Gorzów Wielkopolski", "w Gorzowie Wielkopolskim", ["Gorzów Wlkp."]),
        V("Lubuski Urząd Wojewódzki", "w Lubuskim Urzędzie Wojewódzkim", ["Lubuski Urząd Wojewódzki w Gorzowie Wielkopolskim"], opt=True,
          note="building-level place"),
    ],
    clusters=[
        C("Lubuski Klaster Metalowy", "Lubuski Klaster Metalowy", ["LKM"], note="the publisher's header (address block, twice)"),
        C("Klaster Zwalczania Gatunków Inwazyjnych", "Klastra Zwalczania Gatunków Inwazyjnych"),
        C("Klaster Turystyki Historycznej", "Klastra Turystyki Historycznej"),
    ],
    organizations=[
        O("Lubuski Urząd Wojewódzki", "Lubuskim Urzędzie Wojewódzkim", ["LUW"], note="also the venue"),
        O("Lubuska Organizacja Pracodawców", "Lubuska Organizacja Pracodawców", ["LOP"]),
        O("Business and Innovation Centre Frankfurt (Oder)", "Business and Innovation Centre Frankfurt (Oder)",
          ["Business and Innovation Centre Frankfurt", "BIC Frankfurt (Oder)", "Business and Innovation Centre Frankfurt Oder GmbH"]),
        O("Euroregion „Sprewa-Nysa-Bóbr”", "Euroregion „Sprewa-Nysa-Bóbr”",
          ["Euroregion Sprewa-Nysa-Bóbr", "Stowarzyszenie Gmin RP Euroregion „Sprewa-Nysa-Bóbr”"]),
        O("Centrum für Innovation und Technologie Forst (Lausitz)", "Centrum für Innovation und Technologie Forst(Lausitz)",
          ["Centrum für Innovation und Technologie Forst(Lausitz)", "Centrum für Innovation und Technologie", "CIT Forst"],
          note="no space before '(Lausitz)'"),
        O("Lubuska Organizacja Przedsiębiorców", "Lubuskiej Organizacji Przedsiębiorców", ["Lubuska Organizacja Pracodawców"], opt=True,
          note="the same employers' organisation, here written 'Przedsiębiorców' (its publication)"),
    ],
    not_dates=["'17/1', '66-400', '+48 95 722 75 30' are an address, a postcode and a phone number"],
    note="Lubuski Klaster Metalowy site: closing conference (20 February 2020, the voivodeship office in Gorzów) of the "
         "EuRegioNet cross-border project with its four organisers (two German bodies) and two new clusters (genitive "
         "'Klastra ...'). Shares the publisher's address footer with final/300 (73 shingles; a different event). "
         "Typo 'sie'.")

doc(ID[2617], None,
    E("podpisanie porozumienia o współpracy badawczo-rozwojowej pomiędzy UMCS a WKTiR",
      ["Współpraca badawczo-rozwojowa z WKTiR", "Porozumienie o współpracy badawczo-rozwojowej pomiędzy UMCS a Wojewódzkim Klubem Techniki i Racjonalizacji w Lublinie",
       "podpisanie porozumienia o współpracy badawczo-rozwojowej", "porozumienie o współpracy badawczo-rozwojowej",
       "podpisanie porozumienia"], None, None),
    dates=[D("XXXX-09-17", "XXXX-09-17", "17 września br.", note="'br.' with no document date or year anywhere: XXXX")],
    clusters=[C("Wschodni Klaster Obróbki Metali", "Wschodnim Klastrze Obróbki Metali", note="locative; 'Koordynatorem klastra jest lubelski WKTiR'")],
    people=[
        P("Stanisław Michałowski", "rektor", "Rektora dr. hab. Stanisława Michałowskiego"),
        P("Eugeniusz Suski", ["sekretarz zarządu", "sekretarz"], "Sekretarza Zarządu Eugeniusza Suskiego"),
        P("Dagmara Kociuba", "kierownik", "Kierownik Centrum Innowacji i Komercjalizacji Badań UMCS - dr Dagmara Kociuba"),
        P("Ryszard Malinowski", ["członek rady klastra", "członek"], "Ryszard Malinowski - P.P.H.U. Malinex",
          note="'członkowie Rady Klastra: ...' (plural role word)"),
        P("Marian Bulak", ["członek rady klastra", "członek"], "Marian Bulak - LUBSTA Sp. z o.o.", note="plural 'członkowie Rady Klastra'"),
    ],
    organizations=[
        O("Uniwersytet Marii Curie-Skłodowskiej", "Uniwersytetem Marii Curie-Skłodowskiej", ["UMCS"], note="also 'UMCS' twice"),
        O("Wojewódzki Klub Techniki i Racjonalizacji w Lublinie", "Wojewódzkim Klubem Techniki i Racjonalizacji w Lublinie",
          ["Wojewódzki Klub Techniki i Racjonalizacji", "WKTiR"], note="three forms: full, without the city, 'WKTiR'"),
        O("Centrum Innowacji i Komercjalizacji Badań UMCS", "Centrum Innowacji i Komercjalizacji Badań UMCS",
          ["Centrum Innowacji i Komercjalizacji Badań"]),
        O("P.P.H.U. Malinex", "P.P.H.U. Malinex", ["Malinex", "PPHU Malinex"]),
        O("LUBSTA Sp. z o.o.", "LUBSTA Sp. z o.o.", ["LUBSTA"]),
    ],
    not_dates=["'www.wschodniklaster.pl' is an address"],
    note="UMCS news: the university and the Lublin technical club WKTiR (coordinator of the Wschodni Klaster Obróbki "
         "Metali) sign a research cooperation agreement on '17 września br.' (no year anywhere); two cluster council "
         "members with their firms (P.P.H.U., Sp. z o.o.). No venue. Indented '    Aktualności' kept.")

skipped(ID[2618], "cs",
        "Czech (Národní klastrová asociace): the CluStrat project partners' meeting in Katowice, 15-17 April 2013 "
        "('ve dnech 15. - 17. 4. 2013 v Katowicích'). Language gate.")

doc(ID[2619], None,
    E("spotkanie z Rektorem Zachodniopomorskiego Uniwersytetu Technologicznego",
      ["spotkanie z Rektorem ZUT", "spotkanie z prof. Jackiem Wróblem – Rektorem Zachodniopomorskiego Uniwersytetu Technologicznego w Szczecinie",
       "spotkanie w gabinecie Rektora", "wizyta nauka-biznes na ZUT", "spotkanie"], None, 2024),
    dates=[D("2024-02-15", "2024-02-15", "w dniu 15 lutego 2024 r", note="without the final dot")],
    venues=[
        V("Szczecin", "w Szczecinie", note="the university's city; also the place of Chemika-Expo 2024"),
        V("Zachodniopomorski Uniwersytet Technologiczny w Szczecinie", "w gabinecie Rektora", ["ZUT", "gabinet Rektora"], opt=True,
          note="building-level: 'w gabinecie Rektora'"),
    ],
    people=[
        P("Jacek Wróbel", "rektor", "prof. Jackiem Wróblem – Rektorem Zachodniopomorskiego Uniwersytetu Technologicznego w Szczecinie",
          note="three times, also 'Rektor dr hab. inż. Jacek Wróbel, prof. ZUT'"),
        P("Jacek Drożdżal", ["prezes zarządu", "prezes"], "Jacek Drożdżal – Prezes Zarządu"),
        P("Przemysław Wojdyła", ["członek zarządu", "członek"], "Przemysław Wojdyła – Członek Zarządu"),
    ],
    organizations=[
        O("Zachodniopomorski Uniwersytet Technologiczny w Szczecinie", "Zachodniopomorskiego Uniwersytetu Technologicznego w Szczecinie",
          ["Zachodniopomorski Uniwersytet Technologiczny", "ZUT"], note="'(ZUT)' given in brackets; 'ZUT’u' once"),
    ],
    not_dates=["'Chemiki-Expo 2024' is an event name (another event, no date)", "'BIOMODEL4REGIONS', 'CORENET', 'Erazmus+' are project names"],
    note="The chemistry cluster's site: its board meets the rector of the West Pomeranian University of Technology (15 "
         "February 2024). The cluster and its association are only 'Klaster', 'Klastra', 'Klastrem', 'Stowarzyszenie' "
         "(no name: no cluster item); the Chemika-Expo fair is another event. Projects are not organisations.")
