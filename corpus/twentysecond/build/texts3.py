"""Raw texts for the replacement documents (2100, 2101, 2102, 2119), exactly as the
search tool (corpus `pages`) returned them (JSON-escaped string literals). They replace earlier candidates dropped
by overlap_check.py (see SOURCES.md); """
from ids import ID

TEXTS = {}

TEXTS[ID[2100]] = "Eureka Technology Park\nZebranie Rady Zachodniego Klastra Tworzyw Sztucznych Plastopolis\n\n7 stycznia 2010 roku na zebraniu Rady Zachodniego Klastra Tworzyw Sztucznych Plastopolis został wybrany Przewodniczący Rady, którym został Pan Leszek Śniatała. Kadencja Przewodniczącego trwa 2 lata.\nNa zebraniu 7 stycznia br. powołano również Członków Komitetu Sterującego oraz zatwierdzono Regulamin Klastra. Regulamin Klastra Plastopolis określa sposób finansowania obsługi administracyjnej i organizacyjnej działalności Klastra."

TEXTS[ID[2101]] = "Eureka Technology Park\nPlastopolis na spotkaniu założycielskim Klubu Technologa PTC\n\n24 marca 2011 roku Przedstawiciele Plastopolis uczestniczyli w spotkaniu założycielskim Klubu Technologa  (PTC – Plastics Technology Club). Inicjatywa zrzeszająca technologów różnych branż w Polsce jest posunięciem wymagającym sporo pracy w wielu płaszczyznach. Klaster Plastopolis, zrzeszający firmy z branży tworzyw sztucznych (nie pojedyncze osoby), ma zamiar dalej przyglądać się dalszemu rozwojowi PTC."

TEXTS[ID[2102]] = "Dla niedowidzącychRozmiar tekstu: AAA\nGeneral assembly of members of the Mazovian Chemical Cluster\n\n05-04-2017  News\n\nOn March 29, 2017 Płock Industrial and Technological Park hosted the general assembly of members of the Mazovian Chemical Cluster. The meeting was open and was attended by representatives of all members of the Cluster (also advisory members who are not members of the Mazovian Chemical Cluster). Members summed up the activity of the Cluster in 2016. Goals and actions were also set for the 2017 with an emphasis on real benefits for members – entrepreneurs and scientific units.\nAmong the main challenges defined during the meeting were:\n- renewal of the Silver Cluster Management Excellence Certificate\n- striving for gaining the status of the Key Regional Cluster\n- participation in public tasks dedicated to clusters\n- development of other industry groups, eg. packaging group\n- creation of value proposition\n- product certification for cluster members\n- successive refining the Cluster business model\n\n\nORLEN Group brands"







TEXTS[ID[2119]] = "Medal Pro Masowia dla naszego klastra\n\nAdam Struzik, Marszałek Województwa mazowieckiego uhonorował Mazowiecki Klaster ICT Medalem Pamiątkowym „Pro Masovia”. Samorząd docenił w ten sposób naszą dziesięcioletnią już działalność na rzecz województwa mazowieckiego. Także władze Klastra postanowiły nagrodzić kilka osób za za szczególne zasługi dla rozwoju Mazowieckiego Klastra ICT.\n\nCzytaj więcej\n\nNowi partnerzy klastra\n\nKilka dni temu podpisaliśmy porozumienie o współpracy z dwoma klastrami litewskimi. Celem porozumienia jest wzmacnianie i zbudowanie trwałej współpracy między klastrami.\n\nCzytaj więcej\n\nWięcej aktualności\n\nO klastrze\n\nProjekt współfinansowany przez Unię Europejską ze środków Europejskiego Funduszu Rozwoju Regionalnego w ramach Regionalnego Programu Operacyjnego Województwa Mazowieckiego 2007-2013.\n\nMazowiecki Klaster ICT powstał z inicjatywy Instytutu Badań Rynku, Konsumpcji i Koniunktur w dniu 27 listopada 2007 roku. Na Zebraniu Założycielskim, w którym uczestniczyło 10 firm i instytucji z województwa mazowieckiego, wybrano Prezydium Klastra oraz uchwalono strategię działania na lata 2008-2009. Koordynatorem działań Klastra zostało Stowarzyszenia Stowarzyszenie Rozwoju Społeczno-Gospodarczego \"Wiedza\".\n\nDowiedz się więcej o Mazowieckim Klastrze ICT"
