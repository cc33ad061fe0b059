"""Raw texts 305-309, exactly as the search tool (corpus `pages`) returned them."""

TEXTS = {}

TEXTS["305_konferencja-kraina-jeziorki"] = """| |
 A A A

W poniedziałek 18 września odbyła się w starostwie konferencja informacyjno-inauguracyjna ,,Nasz piaseczyński pomysł na Klaster Energii Kraina Jeziorki”.

 Gości powitał Starosta Piaseczyński Wojciech Ołdakowski oraz wicestarosta Arkadiusz Strzyżewski, który powiedział m.in.:  Cieszymy się, że na terenie naszego powiatu powstaje inicjatywa służąca bezpieczeństwu energetycznemu mieszkańców. Wierzymy, że istnieje możliwość  zaangażowania w tę inicjatywę zarówno przedsiębiorców, jak i samorządy oraz mieszkańców. Cel jest słuszny, bowiem chodzi tu o poprawę jakości powietrza, redukcję smogu oraz bezpieczeństwo energetyczne naszego powiatu. 

W trakcie konferencji podpisano List Intencyjny, którego celem jest jak najszybsze utworzenie Klastra Energii ,,Kraina Jeziorki”. Jego sygnatariuszami są: Wojciech Ołdakowski – Starosta Piaseczyński, Arkadiusz Strzyżewski – wicestarosta, Anna Bednarska – Pełnomocnik Burmistrza Gminy Piaseczno, Dariusz Zych – przedstawiciel Stowarzyszenia Producentów Polska Biomasa, Bartłomiej Steczowicz – Teraz Energia Sp. zoo oraz Małgorzata Mróz - IEN Energy Sp. zoo.

 

DSC0032BB
DSC0060
DSC0038
DSC0049
DSC0067
DSC0068

W części prelekcyjnej Agnieszka Przesmycka z Ministerstwa Energii przedstawiła zasady powoływania Klastrów Energii oraz możliwości korzystania z różnych form wsparcia oferowanych przez Ministerstwo. Ideę, zasady oraz korzyści z powołania Klastra Energii na terenie naszego powiatu przybliżyli uczestnikom konferencji Hanna Magdziarz z gminy Piaseczno oraz Piotr Budzisz z ATSystem. W trakcie prezentacji zostały także omówione zasady przystąpienia do Klastra Energii ,,Kraina Jeziorki” oraz główne cele działania.

Ostatnim podsumowującym punktem konferencji był panel ekspertów z udziałem przedstawicieli samorzadu, ministerstwa oraz specjalistów w dziedzinie szerokorozumianej energii, którzy odpowiadali na pytania uczestników spo"""

TEXTS["306_forum-energetyczne-gdansk"] = """Wydarzenie było częścią działań informacyjno-edukacyjnych projektu „SWB Słupska Wyspa Bioenergetyczna – Rozwój kompetencji energetycznych koordynatora klastra SKB”. Inicjatywa ta otrzymała wsparcie z Krajowego Planu Odbudowy i Zwiększania Odporności, w ramach inwestycji dotyczących instalacji odnawialnych źródeł energii realizowanych przez społeczności energetyczne, w tym działania „Demonstracyjne projekty inwestycyjne realizowane przez społeczności energetyczne”.
Konferencja odbyła się pod honorowym patronatem Marszałka Województwa Pomorskiego Mieczysława Struka, a jej partnerem był Samorząd Województwa Pomorskiego. Spotkanie skierowane było przede wszystkim do przedstawicieli samorządów, spółek komunalnych oraz ekspertów branżowych z województwa pomorskiego. W wydarzeniu udział wzięli również reprezentanci administracji rządowej – w tym Ministerstwo Klimatu i Środowiska – a także operatorzy systemów energetycznych oraz instytucje finansujące. Głównym celem konferencji było stworzenie przestrzeni do dialogu i wymiany doświadczeń w zakresie transformacji energetycznej na poziomie lokalnym. Uczestnicy mieli okazję dzielić się dobrymi praktykami wdrażania nowoczesnych rozwiązań energetycznych w gminach i miastach Pomorza, a także dyskutować o wyzwaniach stojących przed samorządami i spółkami komunalnymi.
Istotnym punktem programu była również prezentacja Słupskiego Klastra Bioenergetycznego oraz projektu „Słupska Wyspa Bioenergetyczna” – inicjatyw, które mają stać się przykładem efektywnej współpracy lokalnych podmiotów w obszarze odnawialnych źródeł energii.
Konferencja w Gdańsku pokazała, że transformacja energetyczna w skali komunalnej nie jest już tylko koncepcją, ale realnym procesem, który wymaga współpracy, wiedzy i zaangażowania wielu środowisk.
Forum energetyczne
10 marca 2026 roku Gdańsk stał się miejscem ważnej debaty o przyszłości energetyki lo"""

TEXTS["307_clusters-meet-regions-koszyce"] = """Clusters meet Regions and Matchmaking” 29-30 marca 2023, Koszyce (Słowacja)

ClusterMeetRegions 29/30.03.2023

Wydarzenie zorganizowane zostało przez Europejską Agencję ds. Małych i Średnich Przedsiębiorstw (EASME) oraz Słowacką Agencję Rozwoju Inwestycji i Handlu (SARIO). Uczestnicy mieli okazję nawiązać kontakty, wymienić doświadczenia oraz poznać możliwości współpracy między klastrami z różnych regionów Europy i Ukrainy.

Reprezentacja z Małopolski

Polski Klaster Technologii Kompozytowych -Krajowy Klaster Kluczowy reprezentowany był przez Lidera PKTK dr inż. Andrzeja Czulak, koordynatora klastra. Oprócz PKTK był obecny przedstawiciel Małopolskiego Urzędu Marszałkowskiego, pani Agnieszka Bachórz, kierownik zespołu ds. Zarządzania Inteligentnymi Specjalizacjami, a także dwa pozostałe Krakowa Klastry Kluczowe z Małopolski LifeScience oraz Klaster Zrównoważona Infrastruktura.

Od lewej Monika Antonowicz oraz przedstawiciele Krajowych Klastrów Kluczowych z Małopolski

Współpraca regionów przy odbudowie Ukrainy

Konferencja rozpoczęła się od wystąpień przedstawicieli EASME, SARIO oraz Komisji Europejskiej, którzy omówili obecną sytuację i perspektywy rozwoju klastrów na rynku europejskim. Następnie uczestnicy wysłuchali prezentacji na temat strategii rozwoju klastrów na Ukrainie oraz możliwości współpracy z firmami i klastrami europejskimi.

Drugiego dnia wydarzenia odbyły się panele dyskusyjne, podczas których eksperci z różnych branż omówili wyzwania i możliwości związane z integracją ukraińskich klastrów i firm w europejskie łańcuchy wartości. Panele dotyczyły takich sektorów, jak energetyka, przemysł, technologie informacyjne oraz rolnictwo.

Ukraine Invest

W ramach „Clusters meet Regions and Matchmaking event” uczestnicy mieli również okazję do uczestnictwa w indywidualnych spotkaniach biznesowych. Dzięki temu przedstawiciele firm i klastrów mogli nawiązać bezpośrednie"""

TEXTS["308_spotkanie-klastrow-v4-ostrawa"] = """This content has been archived. It may no longer be relevant

25 listopada w Ostravie odbyło się spotkanie klastrów krajów Grupy Wyszehradzkiej (V4). Spotkanie na które nas zaproszono było okazją nie tylko do wymiany doświadczeń związanych z funkcjonowaniem klastrów w naszych krajach, ale przede wszystkim umożliwiło nam nawiązanie rzeczywistych kontaktów z partnerami z Węgier, Słowacji i Republiki Czeskiej.

Gospodarzem spotkania była Agentura Pre Regionalni Rozvoj w Ostrawie, koordynatorem Polskim: Connectionpoint sp. z o.o., koordynatorem węgierskim: Ministerstwo Gospodarki Węgier, koordynatorem słowackim: Ministerstwo Gospodarki Słowacji.

Z polskiej strony udział wzięły trzy klastry: NTHillsKlaster Wodny i oczywiście E-południe. Wszystkie klastry miały okazje się zaprezentować i opowiedzieć o swej działalności, a następnie odbyły się warsztaty menadżerów klastrów gdzie mogliśmy porównać nasze działania oraz sposoby działania naszych klastrów.

Dodaj komentarz

Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *"""

TEXTS["309_xi-kongres-ptk-lubuskie"] = """11 Kongres Klastrów Polskich w PTK Lubuskie

XI Kongres Klastrów Polskich w Parku Technologii Kosmicznych – Badań, Innowacji i Rozwoju Sp. z o.o.

Park Technologii Kosmicznych – PTK Lubuskie gościł u siebie przedstawicieli klastrów z całego kraju. 29 października rozpoczął się dwudniowy Kongres Klastrów Polskich, którego organizatorem był Związek Pracodawców Klastry Polskie.

Temat przewodni wydarzenia to: Przemysł i nauka dla bezpieczeństwa Polski. Urząd Marszałkowski Województwa Lubuskiego pełnił, podczas tego wydarzenia, funkcję strategicznego partnera Kongresu.

11 Kongres Klastrów Polskich w PTK Lubuskie

– Klaster łączy pewne grupy osób – w tym przypadku biznes, naukę i administrację. Nasz region musi stawiać na innowacyjne działania. Motorem rozwoju dla naszego regionu może być przemysł obronny, a także potwierdzone zasoby miedzi i srebra na terenie województwa – stwierdził Sebastian Ciemnoczołowski, marszałek województwa lubuskiego.

W otwarciu kongresu wzięli udział również członek Zarządu Województwa Lubuskiego Łukasz Porycki, Anna Synowiec Przewodnicząca Sejmiku Województwa Lubuskiego i radny województwa dr Sławomir Kotylak.

11 Kongres Klastrów Polskich w PTK Lubuskie"""
