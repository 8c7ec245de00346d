# Gold TIMEX3 probe set 32: twelve histories, Wikipedia-style biographies and 'on this day' retellings of events from 1066 to 2015, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Regional daily, 'on this day' anniversary retelling (1066)
('2016-10-14', 'auto', """Remembering Hastings: the battle that made William a conqueror

HASTINGS, England (Oct. 14, 2016) - Exactly 950 years ago, on October 14, 1066, the army of Duke William of Normandy met the English forces of King Harold II on a ridge some seven miles north-west of this seaside town.

The fighting began at about 9 a.m. and lasted some eight hours, an unusually long engagement for medieval warfare. By late afternoon Harold was dead, reputedly struck in the eye by an arrow, and the English shield wall had collapsed.

Harold had been king for less than ten months. Edward the Confessor died on January 5, 1066, and Harold was crowned the following day. He spent the summer waiting for an invasion along the south coast. On September 25 he defeated the Norwegian king Harald Hardrada at Stamford Bridge, near York; three days later William landed at Pevensey. Harold's exhausted men covered roughly 250 miles in about two weeks to reach Hastings.

William was crowned in Westminster Abbey on Christmas Day 1066. Resistance continued for years, particularly in the north, where the campaign of the winter of 1069 laid waste to much of Yorkshire. In 1085 the king ordered the great survey later known as Domesday Book, which was completed the following year.

English Heritage, which manages the battlefield at Battle Abbey, said on Tuesday that more than 10,000 visitors were expected over the weekend for its re-enactment, which will be held on Saturday and Sunday. About 1,000 re-enactors are taking part, a record, it said.

"Every year people ask us where exactly Harold fell," said Roy Porter, a curator at the site. "The honest answer is that we are still arguing about it after nearly a thousand years."

Archaeologists have in recent years proposed alternative locations for the fighting, including a roundabout on the A2100 road. A survey of the site carried out in 2013 found no conclusive evidence either way.

The abbey, founded by William as penance, now attracts about 120,000 visitors a year. Staff said the anniversary events would continue until the end of the month, with a lecture series planned for November.
""", [
    ('Oct. 14, 2016', 'DATE', '2016-10-14'),
    ('Exactly 950 years ago', 'DATE', '1066'),
    ('October 14, 1066', 'DATE', '1066-10-14'),
    ('about 9 a.m.', 'TIME', '1066-10-14T09:00'),
    ('some eight hours', 'DURATION', 'PT8H'),
    ('late afternoon', 'TIME|DATE', '1066-10-14TAF'),
    ('less than ten months', 'DURATION', 'P10M'),
    ('January 5, 1066', 'DATE', '1066-01-05'),
    ('the following day', 'DATE', '1066-01-06'),
    ('the summer', 'DATE', '1066-SU'),
    ('September 25', 'DATE', '1066-09-25'),
    ('three days later', 'DATE', '1066-09-28'),
    ('about two weeks', 'DURATION', 'P2W'),
    ('Christmas Day 1066', 'DATE', '1066-12-25'),
    ('years', 'DURATION', 'PXY'),
    ('the winter of 1069', 'DATE', '1069-WI'),
    ('1085', 'DATE', '1085'),
    ('the following year', 'DATE', '1086'),
    ('Tuesday', 'DATE', '2016-10-11'),
    ('the weekend', 'DATE', '2016-W41-WE'),
    ('Saturday', 'DATE', '2016-10-15'),
    ('Sunday', 'DATE', '2016-10-16'),
    ('Every year', 'SET', 'P1Y'),
    ('nearly a thousand years', 'DURATION', 'P1000Y'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('2013', 'DATE', '2013'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a year', 'SET', 'P1Y'),
    ('the end of the month', 'DATE', '2016-10'),
    ('November', 'DATE', '2016-11'),
]),

# 2. Wikipedia-style biography, Scottish engineer (1841-1919)
('2012-05-09', 'auto', """Margaret Hollis Crane

Margaret Hollis Crane (3 March 1841 - 19 November 1919) was a Scottish civil engineer and one of the first women admitted to the Institution of Civil Engineers.

Early life
Crane was born in Paisley, the third of five children of a thread manufacturer. She was educated at home and in 1856 was sent to a school in Edinburgh, where she remained for three years. In the autumn of 1859 she began working as an unpaid assistant in her uncle's surveying office in Glasgow.

Career
By the mid-1860s Crane was preparing drawings for railway viaducts in Ayrshire. Her best-known work, the Kilbride Water bridge, was begun in April 1868 and opened to traffic on 2 August 1871; construction had been delayed for almost a year by a dispute over land. Contemporary accounts note that she visited the site twice a week throughout the project, often travelling on the first train from Glasgow.

In 1874 she moved to London, and the following spring she published A Treatise on Iron Girders, which went through four editions over the next two decades. She applied for membership of the Institution of Civil Engineers in 1877 but was refused; a second application, made eleven years later, was also rejected. She was finally admitted as an associate on 14 January 1890, at the age of 48, after a campaign by several senior members.

Later life
Crane returned to Scotland in the late 1890s and retired to Largs, where she taught mathematics to local girls without charge. She died of pneumonia at her home there in November 1919 and is buried in the town's old kirkyard.

Legacy
The Kilbride Water bridge remains in use today and was listed as a Category A structure in 1971. A plaque was unveiled on the bridge in 2009. The University of Strathclyde has awarded a Crane scholarship to a female engineering student annually since 1995; in April 2012 the university announced that from 2013 the prize would be shared by two students each year.

As of 2012, a full-length biography by the historian Ellen Rowe is in preparation and is expected to be published this autumn.
""", [
    ('3 March 1841', 'DATE', '1841-03-03'),
    ('19 November 1919', 'DATE', '1919-11-19'),
    ('1856', 'DATE', '1856'),
    ('three years', 'DURATION', 'P3Y'),
    ('the autumn of 1859', 'DATE', '1859-FA'),
    ('the mid-1860s', 'DATE', '186'),
    ('April 1868', 'DATE', '1868-04'),
    ('2 August 1871', 'DATE', '1871-08-02'),
    ('almost a year', 'DURATION', 'P1Y'),
    ('twice a week', 'SET', 'P1W'),
    ('1874', 'DATE', '1874'),
    ('the following spring', 'DATE', '1875-SP'),
    ('the next two decades', 'DURATION', 'P20Y|P2E'),
    ('1877', 'DATE', '1877'),
    ('eleven years later', 'DATE', '1888'),
    ('14 January 1890', 'DATE', '1890-01-14'),
    ('the late 1890s', 'DATE', '189'),
    ('November 1919', 'DATE', '1919-11'),
    ('today', 'DATE', 'PRESENT_REF|2012-05-09'),
    ('1971', 'DATE', '1971'),
    ('2009', 'DATE', '2009'),
    ('annually', 'SET', 'P1Y'),
    ('1995', 'DATE', '1995'),
    ('April 2012', 'DATE', '2012-04'),
    ('2013', 'DATE', '2013'),
    ('each year', 'SET', 'P1Y'),
    ('2012', 'DATE', '2012'),
    ('this autumn', 'DATE', '2012-FA'),
]),

# 3. Wire service, company history / business news (1855-2015)
('2015-09-10', 'auto', """Piano maker Harwick marks 160 years as founding family sells final stake

HAMBURG, Sept 10 - When Friedrich Harwick opened a workshop in a Hamburg courtyard in the spring of 1855, he built just four pianos in twelve months. This year the company expects to make about 5,000.

The family that founded the firm said on Wednesday it had agreed to sell its remaining 26 percent stake to the investment group Nordkapital for 41 million euros. The deal is expected to close in the fourth quarter, subject to regulatory approval.

"It is the end of an era, but not the end of the company," said Clara Harwick, 61, the founder's great-great-granddaughter, who has sat on the supervisory board since 1998.

Harwick's history mirrors that of German industry. The firm won a gold medal at the Paris exhibition of 1867, and by the 1890s it was shipping instruments to London and New York every month. Its factory was requisitioned in 1917 to make aircraft propellers, and piano production did not resume until late 1919.

In July 1943, Allied bombing destroyed most of the works in one raid. Workers salvaged what tools they could and reopened in a converted warehouse two years later. The company spent the 1950s rebuilding its export business, and in 1964 it opened a second plant in Braunschweig.

The past decade has been harder. Sales fell by almost a third between 2008 and 2010 as the financial crisis hit demand for luxury goods, and the company cut 140 jobs in 2009. It returned to profit in fiscal 2012 and has grown every year since, helped by demand from China, which now accounts for 38 percent of revenue.

Nordkapital, which bought its first shares in Harwick three years ago, said it had no plans to move production. Its chief executive, Thomas Brandt, told reporters on Wednesday afternoon that the group would invest 15 million euros in the Hamburg factory over the next five years.

The company will celebrate its anniversary with a concert at the Laeiszhalle on Saturday evening. A museum of the firm's history is scheduled to open next spring.

Shares in Nordkapital rose 1.4 percent in Frankfurt trading on Thursday.
""", [
    ('160 years', 'DURATION', 'P160Y'),
    ('Sept 10', 'DATE', '2015-09-10'),
    ('the spring of 1855', 'DATE', '1855-SP'),
    ('twelve months', 'DURATION', 'P12M'),
    ('This year', 'DATE', '2015'),
    ('Wednesday', 'DATE', '2015-09-09'),
    ('the fourth quarter', 'DATE', '2015-Q4'),
    ('1998', 'DATE', '1998'),
    ('1867', 'DATE', '1867'),
    ('the 1890s', 'DATE', '189'),
    ('every month', 'SET', 'P1M'),
    ('1917', 'DATE', '1917'),
    ('late 1919', 'DATE', '1919'),
    ('July 1943', 'DATE', '1943-07'),
    ('two years later', 'DATE', '1945'),
    ('the 1950s', 'DATE', '195'),
    ('1964', 'DATE', '1964'),
    ('The past decade', 'DURATION', 'P10Y|P1E'),
    ('2008', 'DATE', '2008'),
    ('2010', 'DATE', '2010'),
    ('2009', 'DATE', '2009'),
    ('fiscal 2012', 'DATE', 'FY2012|2012'),
    ('every year', 'SET', 'P1Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('three years ago', 'DATE', '2012'),
    ('Wednesday afternoon', 'DATE|TIME', '2015-09-09TAF'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('Saturday evening', 'DATE|TIME', '2015-09-12TEV'),
    ('next spring', 'DATE', '2016-SP'),
    ('Thursday', 'DATE', '2015-09-10'),
]),

# 4. US daily, history of an invention / anniversary preview (1903)
('2023-12-15', 'auto', """Kitty Hawk replica aims to fly on anniversary of Wrights' first flight

KILL DEVIL HILLS, N.C. - At 10:35 a.m. on December 17, 1903, Orville Wright lay on the lower wing of a fragile biplane and flew 120 feet in 12 seconds. On Sunday, the 120th anniversary of that first powered flight, a team of volunteers hopes to repeat the feat with an exact replica.

The brothers had come to the Outer Banks for the steady winds. They first visited in September 1900 to test gliders, and returned each autumn for the next three years. Their 1902 glider made about 1,000 flights that autumn, convincing them they had solved the problem of control.

The Flyer itself was built over the winter in their bicycle shop in Dayton, Ohio. It was shipped east in late September 1903, but a series of broken propeller shafts kept it on the ground for almost three months. Wilbur won a coin toss and tried first on December 14, but the machine stalled after three seconds. Repairs took two days.

Three days later, Orville took his turn. The brothers made four flights that morning; the last, with Wilbur at the controls, covered 852 feet in 59 seconds. A sudden gust of wind flipped the aircraft as it sat on the sand, damaging it beyond repair, and it never flew again.

The achievement was largely ignored for years. It was not until 1908, when Wilbur flew in public in France, that the brothers became celebrities.

The replica, built over the past 18 months by the nonprofit First Flight Society, will attempt to fly at 10:35 a.m. Sunday if the winds allow, organizers said Thursday. A backup date has been set for Monday. "We've been watching the forecast every day," said project director Amy Lowell. "Right now it looks promising."

The National Park Service expects about 3,000 people at the memorial, which draws more than 400,000 visitors annually. Admission will be free on Sunday, and a flyover by military aircraft is planned for noon.

The original Flyer has hung in the Smithsonian's National Air and Space Museum in Washington since 1948. It arrived only after a long feud between Orville and the museum, which was settled shortly before his death earlier that year.
""", [
    ('10:35 a.m. on December 17, 1903', 'TIME', '1903-12-17T10:35'),
    ('12 seconds', 'DURATION', 'PT12S'),
    ('Sunday', 'DATE', '2023-12-17'),
    ('September 1900', 'DATE', '1900-09'),
    ('each autumn', 'SET', 'XXXX-FA'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('1902', 'DATE', '1902'),
    ('that autumn', 'DATE', '1902-FA'),
    ('the winter', 'DATE', '1902-WI'),
    ('late September 1903', 'DATE', '1903-09'),
    ('almost three months', 'DURATION', 'P3M'),
    ('December 14', 'DATE', '1903-12-14'),
    ('three seconds', 'DURATION', 'PT3S'),
    ('two days', 'DURATION', 'P2D'),
    ('Three days later', 'DATE', '1903-12-17'),
    ('that morning', 'DATE|TIME', '1903-12-17TMO'),
    ('59 seconds', 'DURATION', 'PT59S'),
    ('years', 'DURATION', 'PXY'),
    ('1908', 'DATE', '1908'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('10:35 a.m. Sunday', 'TIME', '2023-12-17T10:35'),
    ('Thursday', 'DATE', '2023-12-14'),
    ('Monday', 'DATE', '2023-12-18'),
    ('every day', 'SET', 'P1D'),
    ('Right now', 'DATE', 'PRESENT_REF'),
    ('annually', 'SET', 'P1Y'),
    ('Sunday', 'DATE', '2023-12-17'),
    ('noon', 'TIME', '2023-12-17T12:00'),
    ('1948', 'DATE', '1948'),
    ('earlier that year', 'DATE', '1948'),
]),

# 5. Wire service, war history / commemoration (1941-1944)
('2014-01-27', 'auto', """St Petersburg marks 70 years since end of Leningrad siege

ST PETERSBURG, Russia - Veterans laid flowers at the Piskaryovskoye cemetery on Monday morning as the city marked the 70th anniversary of the end of the Siege of Leningrad, one of the longest and deadliest blockades in history.

German and Finnish forces completed the encirclement of the city on September 8, 1941, less than three months after Germany invaded the Soviet Union. The blockade was not fully lifted until January 27, 1944, after some 872 days. Historians estimate that as many as 800,000 civilians died, most of them from starvation.

The first winter was the worst. By November 1941, bread rations for office workers and children had fallen to 125 grams a day. In December alone more than 50,000 people died. The only supply route ran across the frozen Lake Ladoga, known as the Road of Life, which operated from late November until April 1942 and again the following winter.

A narrow land corridor was opened in January 1943, and a railway was laid along it within 17 days. The final Soviet offensive began on January 14, 1944, and broke the blockade in less than two weeks.

"I was nine years old. I remember my mother cutting one slice of bread into tiny pieces so it would last longer," said Galina Orlova, 82, who attended Monday's ceremony.

President Vladimir Putin, who was born in the city in 1952 and whose elder brother died during the siege, visited a memorial on Sunday. Officials said about 2,000 veterans and survivors still live in St Petersburg, down from more than 10,000 a decade ago.

The city's Museum of the Defence and Siege of Leningrad, which was closed by Soviet authorities in 1952 and reopened only in 1989, is holding a special exhibition through March. Its director said on Friday that visitor numbers had doubled in the past two years.

Commemorations will continue throughout the week, with a performance of Shostakovich's Seventh Symphony, first played in the besieged city in August 1942, scheduled for Wednesday evening. A military parade was held on Palace Square on Monday afternoon, and fireworks were planned for 9 p.m.
""", [
    ('70 years', 'DURATION', 'P70Y'),
    ('Monday morning', 'DATE|TIME', '2014-01-27TMO'),
    ('September 8, 1941', 'DATE', '1941-09-08'),
    ('less than three months', 'DURATION', 'P3M'),
    ('January 27, 1944', 'DATE', '1944-01-27'),
    ('some 872 days', 'DURATION', 'P872D'),
    ('The first winter', 'DATE', '1941-WI'),
    ('November 1941', 'DATE', '1941-11'),
    ('a day', 'SET', 'P1D'),
    ('December', 'DATE', '1941-12'),
    ('late November', 'DATE', '1941-11'),
    ('April 1942', 'DATE', '1942-04'),
    ('the following winter', 'DATE', '1942-WI'),
    ('January 1943', 'DATE', '1943-01'),
    ('17 days', 'DURATION', 'P17D'),
    ('January 14, 1944', 'DATE', '1944-01-14'),
    ('less than two weeks', 'DURATION', 'P2W'),
    ('Monday', 'DATE', '2014-01-27'),
    ('1952', 'DATE', '1952'),
    ('Sunday', 'DATE', '2014-01-26'),
    ('a decade ago', 'DATE', '2004|200'),
    ('1952', 'DATE', '1952'),
    ('1989', 'DATE', '1989'),
    ('March', 'DATE', '2014-03'),
    ('Friday', 'DATE', '2014-01-24'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('the week', 'DATE', '2014-W05'),
    ('August 1942', 'DATE', '1942-08'),
    ('Wednesday evening', 'DATE|TIME', '2014-01-29TEV'),
    ('Monday afternoon', 'DATE|TIME', '2014-01-27TAF'),
    ('9 p.m.', 'TIME', '2014-01-27T21:00'),
]),

# 6. Wire service (AP style), city history at 50 (1955-2010)
('2010-04-21', 'auto', """Brasilia turns 50, still a city of contrasts

BRASILIA, Brazil (AP) - Brazil's capital celebrated its 50th birthday Wednesday with fireworks, a military parade and a giant cake, half a century after President Juscelino Kubitschek inaugurated a city that had been little more than a red-dirt plateau five years earlier.

Kubitschek promised during his 1955 campaign to deliver "fifty years of progress in five," and moving the capital from Rio de Janeiro was the centerpiece. Construction began in February 1957 after urban planner Lucio Costa won a design competition; architect Oscar Niemeyer drew the major public buildings.

Some 60,000 workers labored in three shifts a day to finish the core of the city in 41 months. The city was inaugurated on April 21, 1960, although many ministries did not move for years, and some foreign embassies stayed in Rio until the early 1970s. The military seized power in 1964, and Brasilia's isolation suited a regime wary of street protests. Democracy returned in 1985.

Today the federal district has about 2.6 million residents, far more than the 500,000 its planners envisioned for the year 2000. Most live in satellite towns that have grown up over the past three decades, many of them without the green spaces of the original plan.

"The city was designed for cars and for civil servants," said Frederico Holanda, a professor of architecture at the University of Brasilia. "Nobody imagined that half the population would spend two hours on a bus to get to work."

Niemeyer, now 102, sent a message that was read aloud at Wednesday's ceremony. He still goes to his studio in Rio every day.

The anniversary comes at a difficult moment. Governor Jose Roberto Arruda was arrested in February and removed from office last month over a bribery scandal, and the district has had three governors since January. Prosecutors said Tuesday that charges against more than a dozen local lawmakers were expected in the coming weeks.

Celebrations began at midnight Tuesday and will continue through the weekend, with free concerts on the Esplanade of Ministries on Saturday and Sunday. Organizers said a time capsule buried in 1960 would be opened at 4 p.m. Thursday, and another would be sealed for the city's centennial in 2060.
""", [
    ('Wednesday', 'DATE', '2010-04-21'),
    ('half a century', 'DURATION', 'P50Y'),
    ('five years earlier', 'DATE', '1955'),
    ('1955', 'DATE', '1955'),
    ('fifty years', 'DURATION', 'P50Y'),
    ('February 1957', 'DATE', '1957-02'),
    ('a day', 'SET', 'P1D'),
    ('41 months', 'DURATION', 'P41M'),
    ('April 21, 1960', 'DATE', '1960-04-21'),
    ('years', 'DURATION', 'PXY'),
    ('the early 1970s', 'DATE', '197'),
    ('1964', 'DATE', '1964'),
    ('1985', 'DATE', '1985'),
    ('Today', 'DATE', 'PRESENT_REF|2010-04-21'),
    ('the year 2000', 'DATE', '2000'),
    ('the past three decades', 'DURATION', 'P30Y|P3E'),
    ('two hours', 'DURATION', 'PT2H'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Wednesday', 'DATE', '2010-04-21'),
    ('every day', 'SET', 'P1D'),
    ('February', 'DATE', '2010-02'),
    ('last month', 'DATE', '2010-03'),
    ('January', 'DATE', '2010-01'),
    ('Tuesday', 'DATE', '2010-04-20'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('midnight Tuesday', 'TIME', '2010-04-20T24:00|2010-04-21T00:00'),
    ('the weekend', 'DATE', '2010-W16-WE'),
    ('Saturday', 'DATE', '2010-04-24'),
    ('Sunday', 'DATE', '2010-04-25'),
    ('1960', 'DATE', '1960'),
    ('4 p.m. Thursday', 'TIME', '2010-04-22T16:00'),
    ('2060', 'DATE', '2060'),
]),

# 7. Technology news site, history of an invention at 30 (1989-2019)
('2019-03-12', 'auto', """The web at 30: how a 'vague but exciting' memo changed the world

GENEVA - Thirty years ago today, a British software engineer at CERN handed his boss a proposal for an "information management" system. Mike Sendall scribbled three words on the cover: "Vague but exciting."

Tim Berners-Lee, who was 33, had been frustrated for months by how hard it was to share documents among the thousands of physicists who passed through the laboratory each year. His memo, dated March 12, 1989, sketched a system of linked documents that could be read on any computer.

Progress was slow at first. Berners-Lee revised the proposal in May 1990, and by the end of that year he had written the first web browser and server on a NeXT computer in his office. The first website went live on August 6, 1991, and explained how the system worked.

The real turning point came on April 30, 1993, when CERN agreed to put the software in the public domain, royalty-free. Within months the Mosaic browser had brought the web to ordinary users. By the mid-1990s, companies were racing to set up home pages, and in 1994 Berners-Lee founded the World Wide Web Consortium, which he still directs.

Now more than half the world's population is online. But the anniversary has been marked as much by worry as by celebration. In an open letter published on Monday, Berners-Lee warned that the web faced threats from state-sponsored hacking, online harassment and business models that reward clickbait.

"If we give up on building a better web now, then the web will not have failed us. We will have failed the web," he wrote.

CERN will host a celebration with Berners-Lee and other early pioneers on Tuesday afternoon, and the event will be streamed live. Last year, the laboratory restored the original NeXT machine, which had been kept in storage for more than two decades, and it will be displayed in the lobby through the summer.

Berners-Lee, 63, has spent the past few years campaigning for what he calls a "contract for the web," a set of principles for governments and companies launched last November. He said this week that he hoped at least 50 countries would sign up by the end of 2019.

"The future of the web," he said, "will be decided by what we do in the next few years."
""", [
    ('Thirty years ago today', 'DATE', '1989-03-12|1989'),
    ('months', 'DURATION', 'PXM'),
    ('each year', 'SET', 'P1Y'),
    ('March 12, 1989', 'DATE', '1989-03-12'),
    ('May 1990', 'DATE', '1990-05'),
    ('the end of that year', 'DATE', '1990|1990-12'),
    ('August 6, 1991', 'DATE', '1991-08-06'),
    ('April 30, 1993', 'DATE', '1993-04-30'),
    ('months', 'DURATION', 'PXM'),
    ('the mid-1990s', 'DATE', '199'),
    ('1994', 'DATE', '1994'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '2019-03-11'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Tuesday afternoon', 'DATE|TIME', '2019-03-12TAF'),
    ('Last year', 'DATE', '2018'),
    ('more than two decades', 'DURATION', 'P20Y|P2E'),
    ('the summer', 'DATE', '2019-SU'),
    ('the past few years', 'DURATION', 'PXY'),
    ('last November', 'DATE', '2018-11'),
    ('this week', 'DATE', '2019-W11'),
    ('the end of 2019', 'DATE', '2019|2019-12'),
    ('The future', 'DATE', 'FUTURE_REF'),
    ('the next few years', 'DURATION', 'PXY'),
]),

# 8. Encyclopedia (Wikipedia-style) biography, journalist (1864-1922)
('2022-02-10', 'auto', """Nellie Bly

Elizabeth Cochran Seaman (May 5, 1864 - January 27, 1922), better known by her pen name Nellie Bly, was an American journalist, industrialist and inventor, remembered for a record-breaking trip around the world and for an undercover expose of a New York asylum.

Early life
Cochran was born in Cochran's Mills, Pennsylvania. Her father, a former associate judge, died in 1870, leaving the family in financial difficulty. She enrolled at a teacher training school in 1879 but left after a few months because she could not pay the fees.

Journalism
In January 1885 she wrote an angry reply to a column in the Pittsburg Dispatch; the editor was so impressed that he hired her, and she adopted the name Nellie Bly. She spent about six months as a foreign correspondent in Mexico in 1886 before moving to New York the following year.

In the autumn of 1887 she feigned insanity to gain admission to the Women's Lunatic Asylum on Blackwell's Island, where she spent ten days. Her report for the New York World led to a grand jury investigation and an increase of $850,000 in the city's budget for the care of patients.

Around the world
Inspired by Jules Verne's novel, Bly set off from Hoboken, New Jersey, at 9:40 a.m. on November 14, 1889, carrying a single bag. She traveled by steamship and railroad through England, France, the Suez Canal, Ceylon, Hong Kong and Japan. Her newspaper ran a contest inviting readers to guess the length of her journey, with her progress reported daily.

She arrived back in New Jersey on January 25, 1890, having completed the trip in 72 days, 6 hours, 11 minutes and 14 seconds, a world record. The record was broken later that year by the promoter George Francis Train, who made the journey in 67 days.

Later life
In 1895 she married the elderly millionaire manufacturer Robert Seaman. After his death nine years later she ran his Iron Clad Manufacturing Company and patented a novel milk can and a stacking garbage can. The business went bankrupt in the 1910s, and she returned to reporting, covering the Eastern Front for a New York paper. She died of pneumonia in Manhattan in 1922, at the age of 57.

Legacy
Bly was inducted into the National Women's Hall of Fame in 1998. A memorial to her, made up of four large bronze globes, was unveiled on Roosevelt Island, formerly Blackwell's Island, in December 2021. Her 1887 expose remains widely taught in journalism schools today.
""", [
    ('May 5, 1864', 'DATE', '1864-05-05'),
    ('January 27, 1922', 'DATE', '1922-01-27'),
    ('1870', 'DATE', '1870'),
    ('1879', 'DATE', '1879'),
    ('a few months', 'DURATION', 'PXM'),
    ('January 1885', 'DATE', '1885-01'),
    ('about six months', 'DURATION', 'P6M'),
    ('1886', 'DATE', '1886'),
    ('the following year', 'DATE', '1887'),
    ('the autumn of 1887', 'DATE', '1887-FA'),
    ('ten days', 'DURATION', 'P10D'),
    ('9:40 a.m. on November 14, 1889', 'TIME', '1889-11-14T09:40'),
    ('daily', 'SET', 'P1D'),
    ('January 25, 1890', 'DATE', '1890-01-25'),
    ('72 days, 6 hours, 11 minutes and 14 seconds', 'DURATION', 'P72DT6H11M14S'),
    ('later that year', 'DATE', '1890'),
    ('67 days', 'DURATION', 'P67D'),
    ('1895', 'DATE', '1895'),
    ('nine years later', 'DATE', '1904'),
    ('the 1910s', 'DATE', '191'),
    ('1922', 'DATE', '1922'),
    ('1998', 'DATE', '1998'),
    ('formerly', 'DATE', 'PAST_REF'),
    ('December 2021', 'DATE', '2021-12'),
    ('1887', 'DATE', '1887'),
    ('today', 'DATE', 'PRESENT_REF|2022-02-10'),
]),

# 9. Wire service, 'on this day' anniversary news (1969-2009)
('2009-07-20', 'auto', """Apollo 11 crew marks anniversary, urges return to the moon

WASHINGTON, July 20, 2009 - Four decades after they became the first humans to land on another world, the crew of Apollo 11 met President Barack Obama at the White House on Monday and urged the nation to set its sights on Mars.

Neil Armstrong, Buzz Aldrin and Michael Collins spent about half an hour in the Oval Office on the 40th anniversary of the landing. Armstrong, 78, rarely appears in public and made no statement afterward.

The mission began on the morning of July 16, 1969, when a Saturn V rocket lifted off from Cape Canaveral at 9:32 a.m. Four days later, at 4:17 p.m. on July 20, the lunar module Eagle touched down in the Sea of Tranquility with less than a minute of fuel to spare. Armstrong stepped onto the surface at 10:56 p.m., followed by Aldrin at 11:15 p.m. Collins remained in lunar orbit aboard the command module.

The two moonwalkers spent roughly two and a half hours outside, collecting 47.5 pounds of rock and soil. The crew splashed down in the Pacific on July 24 and spent the next three weeks in quarantine.

President John F. Kennedy had set the goal in May 1961, pledging to land a man on the moon "before this decade is out." Six more missions followed, five of them successful, and the program ended in December 1972. No one has been back since.

NASA's current plan, known as Constellation, calls for astronauts to return to the moon by 2020. But an independent panel appointed by the White House in May is reviewing the program and is expected to report by the end of August. The agency's budget for fiscal 2010 is $18.7 billion.

Aldrin, 79, said on Sunday that the moon should be a stepping stone. "We should be going to Mars in the next two decades," he said.

Celebrations continue this week. The Smithsonian's National Air and Space Museum held a lecture with the astronauts on Sunday evening, and NASA released restored video of the moonwalk last Thursday. At 10:56 p.m. tonight, 40 years after Armstrong's boot touched the lunar dust, museums across the country plan to hold a minute of silence.
""", [
    ('July 20, 2009', 'DATE', '2009-07-20'),
    ('Four decades', 'DURATION', 'P40Y|P4E'),
    ('Monday', 'DATE', '2009-07-20'),
    ('about half an hour', 'DURATION', 'PT30M'),
    ('the morning of July 16, 1969', 'DATE|TIME', '1969-07-16TMO'),
    ('9:32 a.m.', 'TIME', '1969-07-16T09:32'),
    ('Four days later', 'DATE', '1969-07-20'),
    ('4:17 p.m. on July 20', 'TIME', '1969-07-20T16:17'),
    ('less than a minute', 'DURATION', 'PT1M'),
    ('10:56 p.m.', 'TIME', '1969-07-20T22:56'),
    ('11:15 p.m.', 'TIME', '1969-07-20T23:15'),
    ('roughly two and a half hours', 'DURATION', 'PT2H30M'),
    ('July 24', 'DATE', '1969-07-24'),
    ('the next three weeks', 'DURATION', 'P3W'),
    ('May 1961', 'DATE', '1961-05'),
    ('this decade', 'DATE', '196'),
    ('December 1972', 'DATE', '1972-12'),
    ('current', 'DATE', 'PRESENT_REF'),
    ('2020', 'DATE', '2020'),
    ('May', 'DATE', '2009-05'),
    ('the end of August', 'DATE', '2009-08'),
    ('fiscal 2010', 'DATE', 'FY2010|2010'),
    ('Sunday', 'DATE', '2009-07-19'),
    ('the next two decades', 'DURATION', 'P20Y|P2E'),
    ('this week', 'DATE', '2009-W30'),
    ('Sunday evening', 'DATE|TIME', '2009-07-19TEV'),
    ('last Thursday', 'DATE', '2009-07-16'),
    ('10:56 p.m. tonight', 'TIME', '2009-07-20T22:56'),
    ('40 years', 'DURATION', 'P40Y'),
    ('a minute', 'DURATION', 'PT1M'),
]),

# 10. Museum gallery entry, history of a war / battle (1815)
('2015-06-12', 'auto', """Waterloo, 1815: the battle that ended an empire

A new visitor centre beneath the Lion's Mound tells the story of the battle that ended Napoleon's career. This entry accompanies the centre's permanent gallery, which opened last month ahead of the bicentenary next Thursday.

Napoleon Bonaparte escaped from exile on Elba on 26 February 1815 and landed in the south of France three days later. By 20 March he was back in Paris, and the restored Bourbon king had fled. The period that followed, lasting a little over three months, would end on a muddy ridge south of Brussels.

The allied powers declared him an outlaw and began assembling armies. Napoleon chose to strike first, crossing into what is now Belgium on 15 June with about 120,000 men. The following day he defeated the Prussians at Ligny, while Marshal Ney fought Wellington's Anglo-allied army to a standstill at Quatre Bras.

Heavy rain fell throughout the night of 17 June, turning the fields south of Waterloo to mud. Napoleon delayed his attack the next morning to let the ground dry, and the first French guns did not open fire until around 11.30 a.m. on 18 June. That decision may have cost him the battle: by the early afternoon Prussian troops under Bluecher were arriving on the French right.

Throughout the afternoon French cavalry charged the British squares without success. The Imperial Guard made its final assault at about 7.30 p.m. and was driven back. Within an hour the French army was in full retreat. Some 50,000 men were killed or wounded in a single day.

Napoleon abdicated for a second time on 22 June and was exiled to Saint Helena, where he died six years later, on 5 May 1821.

The Lion's Mound was completed in 1826. Visitors today can climb its 226 steps, a climb that takes around 15 minutes. The re-enactment of the battle, staged every five years, will this year involve some 5,000 participants and is expected to draw 60,000 spectators over the two days.

The gallery is open daily, and guided walks of the battlefield run twice a month. Tickets for the re-enactment went on sale in January and sold out within a week.
""", [
    ('1815', 'DATE', '1815'),
    ('last month', 'DATE', '2015-05'),
    ('next Thursday', 'DATE', '2015-06-18'),
    ('26 February 1815', 'DATE', '1815-02-26'),
    ('three days later', 'DATE', '1815-03-01'),
    ('20 March', 'DATE', '1815-03-20'),
    ('a little over three months', 'DURATION', 'P3M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('15 June', 'DATE', '1815-06-15'),
    ('The following day', 'DATE', '1815-06-16'),
    ('the night of 17 June', 'DATE|TIME', '1815-06-17TNI'),
    ('the next morning', 'DATE|TIME', '1815-06-18TMO'),
    ('around 11.30 a.m. on 18 June', 'TIME', '1815-06-18T11:30'),
    ('the early afternoon', 'DATE|TIME', '1815-06-18TAF'),
    ('the afternoon', 'DATE|TIME', '1815-06-18TAF'),
    ('about 7.30 p.m.', 'TIME', '1815-06-18T19:30'),
    ('an hour', 'DURATION', 'PT1H'),
    ('a single day', 'DURATION', 'P1D'),
    ('22 June', 'DATE', '1815-06-22'),
    ('six years later', 'DATE', '1821'),
    ('5 May 1821', 'DATE', '1821-05-05'),
    ('1826', 'DATE', '1826'),
    ('today', 'DATE', 'PRESENT_REF|2015-06-12'),
    ('around 15 minutes', 'DURATION', 'PT15M'),
    ('every five years', 'SET', 'P5Y'),
    ('this year', 'DATE', '2015'),
    ('the two days', 'DURATION', 'P2D'),
    ('daily', 'SET', 'P1D'),
    ('twice a month', 'SET', 'P1M'),
    ('January', 'DATE', '2015-01'),
    ('a week', 'DURATION', 'P1W'),
]),

# 11. US daily, company/product history at 100 (1908-2008)
('2008-09-26', 'auto', """Model T turns 100: the car that put America on wheels

DETROIT (Sept. 26, 2008) - More than 800 Model T Fords are expected to converge on Richmond, Indiana, next week to celebrate the centennial of the car that turned the automobile from a rich man's toy into ordinary transportation.

The first production Model T left Ford's Piquette Avenue plant in Detroit on Sept. 27, 1908, and the car was formally introduced to the public on Oct. 1. Henry Ford priced it at $825, still beyond most families. But as output rose, the price fell, to $360 by 1916 and about $260 in the mid-1920s.

The key was the moving assembly line, introduced at the Highland Park plant in late 1913. Before it, workers needed about 12 and a half hours to put together a chassis. Within a few months the time had dropped to roughly 93 minutes. In January 1914, Ford stunned the industry by doubling wages to $5 a day.

By the early 1920s, half the cars on the world's roads were Model Ts. Ford built the 15 millionth on May 26, 1927, and shut down production later that week to retool for the Model A. The Model T had been in production for nearly 19 years, a record surpassed only by the Volkswagen Beetle in 1972.

"It was the iPod of its day, except it lasted a lot longer," said Bob Casey, a former curator of transportation at The Henry Ford museum in nearby Dearborn.

The anniversary comes at a grim time for Detroit. U.S. auto sales fell sharply in August, and General Motors, Ford and Chrysler asked Congress earlier this month for $25 billion in low-interest loans. Ford reported a second-quarter loss of $8.7 billion in July and has said it does not expect to return to profit until 2011.

Ford's executive chairman, Bill Ford, a great-grandson of the founder, is scheduled to speak at the Piquette plant on Saturday morning to mark the anniversary. The building, now a museum, will be open free of charge through Sunday.

The Richmond gathering, organized by the Model T Ford Club International, runs from Monday to Friday. Organizers said on Thursday that members had driven in from as far away as Australia, some spending more than three weeks on the road.
""", [
    ('Sept. 26, 2008', 'DATE', '2008-09-26'),
    ('next week', 'DATE', '2008-W40'),
    ('Sept. 27, 1908', 'DATE', '1908-09-27'),
    ('Oct. 1', 'DATE', '1908-10-01'),
    ('1916', 'DATE', '1916'),
    ('the mid-1920s', 'DATE', '192'),
    ('late 1913', 'DATE', '1913'),
    ('about 12 and a half hours', 'DURATION', 'PT12H30M'),
    ('a few months', 'DURATION', 'PXM'),
    ('roughly 93 minutes', 'DURATION', 'PT93M'),
    ('January 1914', 'DATE', '1914-01'),
    ('a day', 'SET', 'P1D'),
    ('the early 1920s', 'DATE', '192'),
    ('May 26, 1927', 'DATE', '1927-05-26'),
    ('later that week', 'DATE', '1927-W21'),
    ('nearly 19 years', 'DURATION', 'P19Y'),
    ('1972', 'DATE', '1972'),
    ('August', 'DATE', '2008-08'),
    ('earlier this month', 'DATE', '2008-09'),
    ('second-quarter', 'DATE', '2008-Q2'),
    ('July', 'DATE', '2008-07'),
    ('2011', 'DATE', '2011'),
    ('Saturday morning', 'DATE|TIME', '2008-09-27TMO'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Sunday', 'DATE', '2008-09-28'),
    ('Monday', 'DATE', '2008-09-29'),
    ('Friday', 'DATE', '2008-10-03'),
    ('Thursday', 'DATE', '2008-09-25'),
    ('more than three weeks', 'DURATION', 'P3W'),
]),

# 12. European news site, 'on this day' city history (1755)
('2024-11-01', 'auto', """Lisbon remembers the 1755 earthquake that destroyed the city

LISBON - At about 9:40 on the morning of November 1, 1755, as much of the city's population crowded into churches for All Saints' Day, the ground beneath Lisbon began to shake.

Survivors described three distinct shocks over roughly ten minutes. Modern seismologists put the quake's magnitude at between 8.5 and 9.0, with an epicentre in the Atlantic some 200 kilometres south-west of Cape St. Vincent. About 40 minutes after the shaking stopped, a tsunami swept up the Tagus estuary, drowning people who had fled to the open ground of the waterfront. Fires, many started by candles in the churches, burned for five days.

Estimates of the dead range from 30,000 to 50,000 in Lisbon alone. The royal palace, with its library of 70,000 volumes, was destroyed, as was the opera house that had opened seven months earlier.

King Jose I, who had spent the morning outside the city, was left with a lifelong fear of enclosed buildings and lived for years in a complex of tents in Ajuda. The task of rebuilding fell to his chief minister, later known as the Marquis of Pombal. Within a year the ruins of the Baixa district had been cleared, and a new grid of streets was laid out with buildings designed to sway rather than collapse.

The disaster shook European thought as well. Voltaire published his "Poem on the Lisbon Disaster" in 1756, and the debate over why a merciful God would allow such suffering continued for decades.

Lisbon marks the anniversary every year, and today a mass will be held at the ruined Carmo Convent, whose roofless nave has been left as a memorial. The city's civil protection service will hold an earthquake drill next week, with a siren test scheduled for 11 a.m. on Tuesday.

Experts warn that the risk has not gone away. A study published last month by the University of Lisbon found that about a quarter of the city's buildings, most of them built before 1958, when the first seismic code came into force, would be badly damaged by a similar event. The city council said recently it would spend 15 million euros on reinforcement over the next four years, starting in the first quarter of 2025.

"We cannot predict when the next big one will come," said Susana Custodio, a seismologist at the university. "But we know it will come, and the question is whether we use the time we have wisely."
""", [
    ('1755', 'DATE', '1755'),
    ('about 9:40 on the morning of November 1, 1755', 'TIME', '1755-11-01T09:40'),
    ("All Saints' Day", 'DATE', '1755-11-01'),
    ('roughly ten minutes', 'DURATION', 'PT10M'),
    ('About 40 minutes', 'DURATION', 'PT40M'),
    ('five days', 'DURATION', 'P5D'),
    ('seven months earlier', 'DATE', '1755-04'),
    ('the morning', 'DATE|TIME', '1755-11-01TMO'),
    ('years', 'DURATION', 'PXY'),
    ('a year', 'DURATION', 'P1Y'),
    ('1756', 'DATE', '1756'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('every year', 'SET', 'P1Y'),
    ('today', 'DATE', '2024-11-01'),
    ('next week', 'DATE', '2024-W45'),
    ('11 a.m. on Tuesday', 'TIME', '2024-11-05T11:00'),
    ('last month', 'DATE', '2024-10'),
    ('1958', 'DATE', '1958'),
    ('recently', 'DATE', 'PAST_REF'),
    ('the next four years', 'DURATION', 'P4Y'),
    ('the first quarter of 2025', 'DATE', '2025-Q1'),
]),
]
