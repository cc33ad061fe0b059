"""Raw texts 315-319, exactly as the search tool (corpus `pages`) returned them."""

TEXTS = {}

TEXTS["315_xvi-forum-msp-gala"] = """administrator
4 listopada

XVI Forum Małych i Średnich Przedsiębiorstw
patronat medialny

Było to jedno z najważniejszych dorocznych i już po raz szesnasty organizowanych wydarzeń dla tego sektora gospodarki. Towarzyszyła mu gala rozdania nagród Lider Przedsiębiorczości Roku dla najlepszych z nich. Patronat objęli nad nim wicepremier i minister gospodarki Waldemar Pawlak oraz Danuta Hübner, jeszcze niedawno jeden z europejskich komisarzy, a dziś przewodnicząca ważnej komisji rozwoju regionalnego w Parlamencie Europejskim. My jako klub objęliśmy nad nim po raz kolejny patronat medialny. Była także telewizja.


Waldemar Pawlak, który zapowiedział swoje przybycie zawiódł oczekiwania organizatorów ale podobnie zawiódł je również w ciągu poprzednich dni, nie uczestnicząc w paru innych wydarzeniach i pozostaje go usprawiedliwić, gdyż uczestniczył w tym czasie w negocjacjach ważnej dla Polski umowy gazowej. Przybyła natomiast wprost z Brukseli prof. Danuta Hübner. Obecny też była zgodnie z zapowiedzią inny ważny gość, prezes Polskiej Agencji Rozwoju Przedsiębiorczości jej prezes, Bożena Lublińska-Kasprzak.

 

Zebranych przywitał Jerzy Bartnik, prezes Związku Rzemiosła Polskiego. Wśród nich szczególnie gorąco i jako pierwszego posła Adama Szejnfelda, który na co zwrócił uwagę, właśnie objął funkcję przewodniczącego sejmowej komisji „Przyjazne Państwo” (po Januszu Palikocie). I stałego uczestnika forum. Usprawiedliwił natomiast nieobecną jeszcze prof. Danuta Hübner, która jak zapewnił, znajduje się w drodze. Nie skończył jednak jeszcze swojego krótkiego wystąpienia, gdy ta (ku jego sporemu zaskoczeniu) witana gorącymi brawami pojawiła się na sali. Można więc było zaczynać. Otwierając obrady forum prezes Jerzy Bartnik zapowiedział, że tym razem skoncentruje ono swoją uwagę na mikroprzedsiębiorstwach, których jest najwięcej i rzeczywiście ten temat powracał podczas forum raz po """

TEXTS["318_en-cluster-matchmaking-warsaw"] = """The 4th Cluster Matchmaking Conference, Warsaw
500 meetings in three hours
Earlier this week 250 participants representing 150 different clusters from 30 European countries met in Warsaw for the 4th Cluster Matchmaking Conference
Undersecretary of State in the Polish Ministry of Economic Development, Ms. Jadwiga Emilewcz (photo), opened the conference.
The annual cluster-to-cluster matchmaking conference provides a forum for developing ideas for international collaboration. The participants found the keynotes and learnings from other clusters inspirational. Nevertheless, as with the previous three conferences, there was a general agreement that matchmaking is a very important part of the event.
Fruitful meetings
The matchmaking sessions are like speed dating, where participants have 20 minutes to find out if they have something interesting to offer each other. In three hours there were 500 meetings. And many of them were afterwards referred to as fruitful.
Two clusters, AgroBioCluster/UNIMOS and Latvian Food Products Quality Cluster signed an international cooperation agreement after the matchmaking. Coordinator of Intersectoral Cooperation at AgroBioCluster/UNIMOS, Katarzyna Kowalska elaborates:
”We will be working on co-developing new added-value products in agrofood & packaging sector, as well as in internationalisation of our members and intercluster cooperation. We will also co-develop UNIMOS Global Alliance – cross-sectoral & cross-cluster network based on trust and shared values that support international collaboration between Latin America, Europe and Caucasus.”
Also one of the Danish cluster, Transportens Innovationsnetværk, went home with an agreement:
”I met with three different clusters, which were all well-prepared. One of the meetings was with a Swedish cluster and we agreed to host a joined innovation event later this year,” says Cluster Manager Lone Reppien Thomsen.
As a consequence of Brexit, CEO Dr. Andrew Mair and his colleagues from Mi"""

TEXTS["319_cs-evropska-klastrova-konference"] = """Ve dnech 26. a 27. září 2022 proběhla v Praze Evropská klastrová konference. Pořadatelem konference byla Evropská komise a Ministerstvo průmyslu a obchodu ČR v rámci českého předsednictví v Radě EU. Evropské klastrové konference se zúčastnilo více než 500 zástupců především evropských klastrových sítí a asociací a součástí programu byla i tzv. site visit u členů Českého optického klastru HILASE a ELI Beamlines.
Za Český optický klastr se konference zúčastnil manažer COC Petr Přikryl, který akci hodnotil jako velmi přínosnou z hlediska navazování nových kontaktů se zástupci jiných klastrů: “Možnost se potkat a sdílet zkušenosti s významnými evropskými klastry je neocenitelnou zkušeností. Součástí konference byl matchmakingový formát setkání s klastrovými manažery. Věřím, že nové kontakty a nápady zajímavé spolupráce zahrneme do našeho Akčního plánu na příští rok.“
Celý program Evropské klastrové konference naleznete zde: PROGRAM AKCE"""
