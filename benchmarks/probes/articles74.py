# Gold TIMEX3 probe set 74: day-by-day reconstructions, anniversaries and obituaries in six house styles (1996-2024), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, mine rescue reconstruction (1996)
('1996-02-23', 'auto', """How five miners survived nearly six days underground

GRANT TOWN, W.Va. (AP) -- The first sign that something had gone wrong at the Laurel Fork No. 3 mine came at 6:40 a.m. last Saturday, when a section of roof gave way about a mile and a half inside the portal.

Five men working the owl shift were cut off behind the fall. For the next 138 hours, their families waited in a Methodist church hall down the road while rescue crews drilled, shored and crawled toward them.

This is how the rescue unfolded, according to interviews with rescuers, company officials and state mine inspectors.

Saturday, Feb. 17: By 8 a.m., the mine's owner, Allegheny Ridge Coal Co., had called in teams from three counties. The first crew reached the edge of the collapse at 11:40 a.m. and found the passage blocked by rock piled nearly to the roof.

Sunday: Engineers decided to drill a 6-inch borehole from the surface, a job they estimated would take two days. Drilling began that afternoon.

Monday night, crews underground heard what they believed was tapping on a roof bolt. "We didn't tell the families at first," said Dale Hupp, the state's chief mine inspector. "We'd been fooled before."

Tuesday: The borehole broke through at 3:15 p.m. A microphone lowered into the hole picked up a voice. All five men were alive. Rescuers sent down water, soup and flashlight batteries.

Wednesday: Progress through the rockfall slowed to a crawl. Crews worked in shifts of four hours each because there was barely room to swing a pick.

The next day, at 9:50 p.m., the first rescuer squeezed through a gap hardly wider than his shoulders. The five miners walked out with help at 12:35 a.m., blinking under floodlights while the church bell in town rang.

All five were taken to Fairmont General Hospital and were released this morning.

Randy Shaffer, 44, one of the rescued men, said the group rationed the contents of two lunch buckets for three days and kept track of time with a single wristwatch. "Every night we prayed out loud, all five of us," he said.

The last time Marion County lost men underground was in 1968, when 78 miners died in an explosion at the Farmington No. 9 mine. "Nobody here forgets November 1968," Hupp said. "When you hear the siren, that's what you think of."

Federal inspectors will begin a formal investigation Monday. The mine, which employs about 240 people, had been cited for roof-control violations twice in the past year, records show. It will remain closed for at least two weeks.
""", [
    ('nearly six days', 'DURATION', 'P6D'),
    ('6:40 a.m. last Saturday', 'TIME', '1996-02-17T06:40'),
    ('the next 138 hours', 'DURATION', 'PT138H'),
    ('Saturday, Feb. 17', 'DATE', '1996-02-17'),
    ('8 a.m.', 'TIME', '1996-02-17T08:00'),
    ('11:40 a.m.', 'TIME', '1996-02-17T11:40'),
    ('Sunday', 'DATE', '1996-02-18'),
    ('two days', 'DURATION', 'P2D'),
    ('that afternoon', 'DATE|TIME', '1996-02-18TAF'),
    ('Monday night', 'DATE|TIME', '1996-02-19TNI'),
    ('Tuesday', 'DATE', '1996-02-20'),
    ('3:15 p.m.', 'TIME', '1996-02-20T15:15'),
    ('Wednesday', 'DATE', '1996-02-21'),
    ('four hours', 'DURATION', 'PT4H'),
    ('The next day', 'DATE', '1996-02-22'),
    ('9:50 p.m.', 'TIME', '1996-02-22T21:50'),
    ('12:35 a.m.', 'TIME', '1996-02-23T00:35'),
    ('this morning', 'DATE|TIME', '1996-02-23TMO'),
    ('three days', 'DURATION', 'P3D'),
    ('Every night', 'SET', 'XXXX-XX-XXTNI|P1D'),
    ('1968', 'DATE', '1968'),
    ('November 1968', 'DATE', '1968-11'),
    ('Monday', 'DATE', '1996-02-26'),
    ('the past year', 'DATE|DURATION', 'P1Y|1995'),
    ('at least two weeks', 'DURATION', 'P2W'),
]),
# 2. New York Times, telecom company collapse reconstructed (2001)
('2001-12-09', 'auto', """The Last 11 Days of Bellcrest

By DANIEL KESSLER

DENVER, Dec. 8 -- Until Thanksgiving, executives at Bellcrest Communications were still telling employees that the company's fiber network would be worth billions once the telecommunications slump ended. Eleven days later, Bellcrest filed for bankruptcy protection, and 4,100 people were out of work.

Interviews with more than two dozen current and former employees, bankers and board members, along with documents filed in court this week, show how quickly the company unraveled.

The trouble became visible on Monday, Nov. 26, when Bellcrest told its lenders that it would not make a $210 million interest payment due at the end of the month. Its shares, which traded above $60 in March 2000, fell 38 percent that day, to $1.12.

On Wednesday, the chief executive, Walter Brandt, flew to New York to ask a group of banks led by J.P. Morgan Chase for a 90-day extension. He was turned down after a meeting that lasted less than an hour, according to two people who attended.

By Friday morning, the company's credit rating had been cut to junk, and two large customers had begun moving their traffic to rival networks. Mr. Brandt resigned that evening. The board named its chief financial officer, Ellen Soto, as interim chief executive.

Ms. Soto spent the weekend with lawyers from Weil, Gotshal & Manges. At 11:52 p.m. on Monday, Dec. 3, they filed a Chapter 11 petition in federal bankruptcy court in Manhattan, eight minutes before a midnight deadline set by one of the lenders.

The next morning, employees arriving at the company's headquarters in the Denver Tech Center found that their badges no longer worked. Severance checks that had been promised, equal to two weeks of pay, were never issued.

"We were told on Tuesday that we had health insurance through the end of the year," said Karen Liu, a network engineer who had worked at Bellcrest for six years. "On Thursday we got a letter saying it ended Nov. 30."

Bellcrest, founded in 1994, grew during the late 1990s by borrowing heavily to lay fiber alongside railroad tracks in 14 states. At its peak, in the fourth quarter of 2000, it reported revenue of $340 million and had a stock market value of nearly $9 billion.

Analysts say the company's problems were hardly unique. Dozens of carriers that borrowed to build networks are now struggling to pay their debts as prices for long-distance capacity have collapsed.

A hearing on the company's request for $150 million in emergency financing is scheduled for Tuesday. Ms. Soto said on Friday that she hoped to sell the network by the spring.

"Every day we wait, the fiber gets cheaper," she said.
""", [
    ('The Last 11 Days', 'DURATION', 'P11D'),
    ('Dec. 8', 'DATE', '2001-12-08'),
    ('Thanksgiving', 'DATE', '2001-11-22'),
    ('Eleven days later', 'DATE', '2001-12-03'),
    ('this week', 'DATE', '2001-W49'),
    ('Monday, Nov. 26', 'DATE', '2001-11-26'),
    ('the end of the month', 'DATE', '2001-11'),
    ('March 2000', 'DATE', '2000-03'),
    ('that day', 'DATE', '2001-11-26'),
    ('Wednesday', 'DATE', '2001-11-28'),
    ('90-day', 'DURATION', 'P90D'),
    ('less than an hour', 'DURATION', 'PT1H'),
    ('Friday morning', 'DATE|TIME', '2001-11-30TMO'),
    ('that evening', 'DATE|TIME', '2001-11-30TEV'),
    ('the weekend', 'DATE', '2001-W48-WE'),
    ('11:52 p.m. on Monday, Dec. 3', 'TIME', '2001-12-03T23:52'),
    ('eight minutes', 'DURATION', 'PT8M'),
    ('midnight', 'TIME', '2001-12-03T24:00|2001-12-04T00:00'),
    ('The next morning', 'DATE|TIME', '2001-12-04TMO'),
    ('two weeks', 'DURATION', 'P2W'),
    ('Tuesday', 'DATE', '2001-12-04'),
    ('the end of the year', 'DATE', '2001'),
    ('six years', 'DURATION', 'P6Y'),
    ('Thursday', 'DATE', '2001-12-06'),
    ('Nov. 30', 'DATE', '2001-11-30'),
    ('1994', 'DATE', '1994'),
    ('the late 1990s', 'DATE', '199'),
    ('the fourth quarter of 2000', 'DATE', '2000-Q4'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Tuesday', 'DATE', '2001-12-11'),
    ('Friday', 'DATE', '2001-12-07'),
    ('the spring', 'DATE', '2002-SP'),
    ('Every day', 'SET', 'P1D'),
]),
# 3. Washington Post, manhunt for an escaped inmate reconstructed (2003)
('2003-06-15', 'auto', """Nine Days in the Woods: How the Search for an Escaped Inmate Ended

By Laura Menendez
Washington Post Staff Writer
Sunday, June 15, 2003; Page C01

WARRENTON, Va. -- When Curtis Lee Dawes slipped out of a hospital bathroom in Fauquier County on the afternoon of June 4, corrections officers believed he would be caught within hours. He was not found until Friday, nine days and roughly 40 miles later, asleep in a hunting stand in Rappahannock County.

Dawes, 31, was serving a 12-year sentence for armed robbery. He had been taken to Fauquier Hospital that morning complaining of chest pains. A guard waited outside the bathroom door for about 10 minutes before checking on him; by then the window had been pried open.

State police set up roadblocks within 30 minutes. That night, a woman on Route 211 reported that a man in a hospital gown had asked her for a ride.

For the next three days, searchers with dogs and a helicopter carrying a heat-seeking camera combed the woods and orchards along the Rappahannock River. On Sunday, a farmer near Amissville reported that someone had taken clothes from his line.

Two days later, a cabin owner returning from a week at the beach found his pantry emptied and a .22-caliber rifle missing. That changed the search, said Lt. Frank Gaines of the Virginia State Police.

"Up until Tuesday, we were looking for a man trying to get away," Gaines said. "After Tuesday, we were looking for a man with a gun."

Schools in two counties kept children indoors on Wednesday and Thursday. Residents who had lived in the area for decades said they had never locked their doors before.

The break came about 5:30 a.m. Friday, when a bear hunter training his dogs spotted a sleeping bag in a tree stand on a ridge above Flint Hill. Troopers surrounded the stand, and Dawes climbed down without a struggle 40 minutes later. The rifle was found under the bag, unloaded.

He was charged Saturday with escape, burglary and grand larceny and is being held at the Rappahannock Regional Jail. A preliminary hearing is set for July 8.

The Department of Corrections said last week that it would review its rules for taking inmates to outside hospitals, which it did more than 3,000 times last year. The department's last escape from a hospital was in 1997.

Gaines said the search cost about $400,000 and involved more than 200 officers from six agencies. "Nine days is a long time to keep people scared in their own homes," he said.
""", [
    ('Nine Days', 'DURATION', 'P9D'),
    ('Sunday, June 15, 2003', 'DATE', '2003-06-15'),
    ('the afternoon of June 4', 'DATE|TIME', '2003-06-04TAF'),
    ('hours', 'DURATION', 'PTXH'),
    ('Friday', 'DATE', '2003-06-13'),
    ('nine days', 'DURATION', 'P9D'),
    ('12-year', 'DURATION', 'P12Y'),
    ('that morning', 'DATE|TIME', '2003-06-04TMO'),
    ('about 10 minutes', 'DURATION', 'PT10M'),
    ('30 minutes', 'DURATION', 'PT30M'),
    ('That night', 'DATE|TIME', '2003-06-04TNI'),
    ('the next three days', 'DURATION', 'P3D'),
    ('Sunday', 'DATE', '2003-06-08'),
    ('Two days later', 'DATE', '2003-06-10'),
    ('a week', 'DURATION', 'P1W'),
    ('Tuesday', 'DATE', '2003-06-10'),
    ('Tuesday', 'DATE', '2003-06-10'),
    ('Wednesday', 'DATE', '2003-06-11'),
    ('Thursday', 'DATE', '2003-06-12'),
    ('decades', 'DURATION', 'PXY'),
    ('about 5:30 a.m. Friday', 'TIME', '2003-06-13T05:30'),
    ('40 minutes later', 'TIME', '2003-06-13T06:10'),
    ('Saturday', 'DATE', '2003-06-14'),
    ('July 8', 'DATE', '2003-07-08'),
    ('last week', 'DATE', '2003-W23'),
    ('last year', 'DATE', '2002'),
    ('1997', 'DATE', '1997'),
    ('Nine days', 'DURATION', 'P9D'),
]),
# 4. Guardian, election night count in a marginal seat reconstructed (2010)
('2010-05-15', 'auto', """Eleven votes: how Eastmoor's count went down to the wire

A recount, a forgotten ballot box and an 11-vote margin. Inside the closest result of the general election

Rachel Hume
Saturday 15 May 2010

The polls closed in Eastmoor at 10pm on Thursday 6 May, and for an hour nothing much happened at the leisure centre where the votes were to be counted. Tellers drank tea. Party agents paced the badminton courts.

The first ballot boxes arrived at 11.05pm. By 1am it was clear that the seat, held by Labour since 1997, was too close to call. The returning officer, Margaret Ellis, had promised a declaration by 3am.

At 2.40am, counting staff discovered that a box from the polling station in Harlow Street had never been opened. It had been stacked behind a trolley of empty crates. Its 412 ballots narrowed the gap between the two leading candidates to nine votes, and the Conservative candidate, Simon Pryce, asked for a full recount at 3.20am.

The recount took an hour and 40 minutes. Several of the counting staff, who had been on their feet since 6am on Thursday, fell asleep in plastic chairs at the back of the hall.

At 5.12am, as the sun came up over the car park, Ellis read out the figures: Pryce had won by 11 votes.

Across the country, the night had produced the first hung parliament since February 1974. Over the next five days, as Gordon Brown, David Cameron and Nick Clegg negotiated, Eastmoor's new MP gave interviews to anyone who asked. On Tuesday evening, Brown resigned and Cameron became prime minister at the head of a Conservative-Liberal Democrat coalition.

In Eastmoor, the count is not quite over. Labour's defeated MP, Janet Coombes, said on Wednesday that she would lodge an election petition challenging the result. Petitions must be lodged within 21 days of the return.

"I have represented this town for 13 years," she said. "If people voted and those votes were not counted properly, they deserve to know."

Pryce, who spent four years as a district councillor before winning the seat, is due to take the oath at Westminster on Tuesday. He said he was confident the result would stand.

Ellis, who has overseen counts in the town since 1992, said the unopened box had been an honest mistake by a tired volunteer. "Nothing like it has happened here in 18 years, and it will not happen again," she said.

The council will publish a review of the count next month. It is already considering whether to move counting to Friday mornings at future elections, as several rural districts now do.
""", [
    ('Saturday 15 May 2010', 'DATE', '2010-05-15'),
    ('10pm on Thursday 6 May', 'TIME', '2010-05-06T22:00'),
    ('an hour', 'DURATION', 'PT1H'),
    ('11.05pm', 'TIME', '2010-05-06T23:05'),
    ('1am', 'TIME', '2010-05-07T01:00'),
    ('1997', 'DATE', '1997'),
    ('3am', 'TIME', '2010-05-07T03:00'),
    ('2.40am', 'TIME', '2010-05-07T02:40'),
    ('3.20am', 'TIME', '2010-05-07T03:20'),
    ('an hour and 40 minutes', 'DURATION', 'PT1H40M'),
    ('6am on Thursday', 'TIME', '2010-05-06T06:00'),
    ('5.12am', 'TIME', '2010-05-07T05:12'),
    ('the night', 'DATE|TIME', '2010-05-06TNI'),
    ('February 1974', 'DATE', '1974-02'),
    ('the next five days', 'DURATION', 'P5D'),
    ('Tuesday evening', 'DATE|TIME', '2010-05-11TEV'),
    ('Wednesday', 'DATE', '2010-05-12'),
    ('21 days', 'DURATION', 'P21D'),
    ('13 years', 'DURATION', 'P13Y'),
    ('four years', 'DURATION', 'P4Y'),
    ('Tuesday', 'DATE', '2010-05-18'),
    ('1992', 'DATE', '1992'),
    ('18 years', 'DURATION', 'P18Y'),
    ('next month', 'DATE', '2010-06'),
    ('Friday mornings', 'SET', 'XXXX-WXX-5TMO'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
# 5. Reuters, hurricane evacuation of a nursing home reconstructed (2005)
('2005-09-06', 'auto', """FEATURE-Mississippi nursing home's 40-hour race against Katrina

By Tom Fielding

BAY ST. LOUIS, Mississippi, Sept 6 (Reuters) - When the director of the Gulf Breeze Care Center decided to move her 62 residents inland, Hurricane Katrina was still a Category 3 storm more than 300 miles (480 km) away.

It was 4 p.m. on Saturday, Aug. 27. Forty hours later, the building's ground floor was under eight feet (2.4 metres) of water.

"Everybody told me I was overreacting," said director Ann Marie Thibodeaux, 58. "On Saturday afternoon the sun was out and people were at the beach."

Staff spent that evening calling families and packing medicine, charts and oxygen tanks into plastic tubs. By 10 p.m., they had lined up three school buses and a church van.

The convoy left at 5:30 a.m. Sunday, with nurses riding alongside residents who needed oxygen. The 70-mile trip to a sister facility in Hattiesburg, which normally takes about an hour and a half, took nearly nine hours as traffic clogged U.S. Highway 49.

By Sunday night, Katrina had grown into a Category 5 hurricane with sustained winds of 175 mph (280 kph).

Thibodeaux and two maintenance workers stayed behind to nail plywood over the windows. They left at midnight, she said, driving north with the radio off.

The storm made its second landfall near the Louisiana-Mississippi border about 10 a.m. Monday, pushing a surge of more than 25 feet into Bay St. Louis and the neighbouring towns.

Today the care center is a shell. A brown line runs around the walls of the dining room just below the ceiling. Mattresses and wheelchairs lie in the parking lot, where the water left them.

Thibodeaux returned for the first time on Thursday. "I stood in the doorway and couldn't make myself go in," she said. "Then I went and found the sign-in book for visitors. It was still on the desk, soaked through."

At least two nursing homes in the region that did not evacuate lost residents, state officials said last week. Mississippi health officials said on Monday they were investigating.

Gulf Breeze residents will stay in Hattiesburg for at least six months, Thibodeaux said. The company that owns the home, Coastal Senior Living, said it had not decided whether to rebuild.

"We had a plan, and we practiced it every June," she said. "But Camille was in 1969. People here thought they knew what a storm could do."

(Editing by Alan Crosby)
""", [
    ('40-hour', 'DURATION', 'PT40H'),
    ('Sept 6', 'DATE', '2005-09-06'),
    ('4 p.m. on Saturday, Aug. 27', 'TIME', '2005-08-27T16:00'),
    ('Forty hours later', 'TIME', '2005-08-29T08:00'),
    ('Saturday afternoon', 'DATE|TIME', '2005-08-27TAF'),
    ('that evening', 'DATE|TIME', '2005-08-27TEV'),
    ('10 p.m.', 'TIME', '2005-08-27T22:00'),
    ('5:30 a.m. Sunday', 'TIME', '2005-08-28T05:30'),
    ('about an hour and a half', 'DURATION', 'PT1H30M'),
    ('nearly nine hours', 'DURATION', 'PT9H'),
    ('Sunday night', 'DATE|TIME', '2005-08-28TNI'),
    ('midnight', 'TIME', '2005-08-28T24:00|2005-08-29T00:00'),
    ('about 10 a.m. Monday', 'TIME', '2005-08-29T10:00'),
    ('Today', 'DATE', '2005-09-06'),
    ('Thursday', 'DATE', '2005-09-01'),
    ('last week', 'DATE', '2005-W35'),
    ('Monday', 'DATE', '2005-09-05'),
    ('at least six months', 'DURATION', 'P6M'),
    ('every June', 'SET', 'XXXX-06'),
    ('1969', 'DATE', '1969'),
]),
# 6. Los Angeles Times, obituary of a studio costume designer (1999)
('1999-04-11', 'auto', """Vera Lindqvist; Costume Designer Dressed Hundreds of B-Westerns

By SUSAN MERRILL, TIMES STAFF WRITER

Vera Lindqvist, who dressed cowboys, saloon singers and sheriffs in more than 300 low-budget westerns during the 1940s and 1950s, died Thursday at her home in Pasadena. She was 84.

Her daughter, Karin Moss, said Lindqvist had been in declining health since suffering a stroke in January.

Born in Stockholm on Feb. 2, 1915, Lindqvist came to Los Angeles with her parents in 1923 and grew up in Glendale, where her mother took in sewing. She was hired to hem trousers in the wardrobe department at Republic Pictures in 1936, when the studio was releasing a new western every week.

Within four years she was running the department.

"Vera could build the wardrobe for an entire picture in two days, and nobody ever saw the seams," said Harold "Buck" Tanner, a stuntman who worked on dozens of Republic films. "She knew a shirt had to survive 10 falls off a horse and still look right on camera."

Her most admired work was for "Silver Canyon" (1951), for which she dyed and aged 200 costumes by hand to suggest a mining town in decline. Film historians have credited her with helping define the look of the singing-cowboy era, though she received screen credit on fewer than half of her films.

When Republic shut down its production operations in 1958, Lindqvist moved into television, where she spent the next two decades designing for series including "Frontier Circuit" and "The Desert Patrol." She retired in 1981.

She continued to teach costume history at Pasadena City College every Tuesday night until last year, often bringing garments from her own collection for students to handle.

Early last month, a retrospective of her designs opened at the Autry Museum of Western Heritage in Griffith Park. She attended the opening in a wheelchair and stayed for three hours, greeting former colleagues by name, her daughter said. The exhibition runs through June.

"She was still correcting the way they had pinned the hems," Moss said.

Her husband, the cinematographer Paul Moss, died in 1990.

In addition to her daughter, she is survived by two grandsons. Services will be held at 11 a.m. Saturday at All Saints Church in Pasadena.
""", [
    ('the 1940s', 'DATE', '194'),
    ('1950s', 'DATE', '195'),
    ('Thursday', 'DATE', '1999-04-08'),
    ('January', 'DATE', '1999-01'),
    ('Feb. 2, 1915', 'DATE', '1915-02-02'),
    ('1923', 'DATE', '1923'),
    ('1936', 'DATE', '1936'),
    ('every week', 'SET', 'P1W'),
    ('four years', 'DURATION', 'P4Y'),
    ('two days', 'DURATION', 'P2D'),
    ('1951', 'DATE', '1951'),
    ('1958', 'DATE', '1958'),
    ('the next two decades', 'DURATION', 'P20Y'),
    ('1981', 'DATE', '1981'),
    ('every Tuesday night', 'SET', 'XXXX-WXX-2TNI'),
    ('last year', 'DATE', '1998'),
    ('Early last month', 'DATE', '1999-03'),
    ('three hours', 'DURATION', 'PT3H'),
    ('June', 'DATE', '1999-06'),
    ('1990', 'DATE', '1990'),
    ('11 a.m. Saturday', 'TIME', '1999-04-17T11:00'),
]),
# 7. AP, anniversary of an ice-floe rescue (2011)
('2011-03-14', 'auto', """Ice floe survivors gather to mark rescue anniversary

ISLE, Minn. (AP) -- Every March, Gary Nordquist drives to the public landing on the south shore of Mille Lacs Lake and stands at the edge of the ice for a few minutes.

It was here, 30 years ago this week, that he and 13 other ice fishermen watched the shoreline slide away as a slab of ice nearly a mile wide broke loose in a south wind.

The morning of Friday, March 13, 1981, was calm and unusually warm, and dozens of fish houses dotted the bay. Around 1 p.m., the wind swung around and a crack opened along a pressure ridge about 300 yards from shore. By 2:30 p.m., the open water between the floe and the landing was 200 yards wide.

"You could hear it grinding," Nordquist, now 71, recalled last week. "Then it just got quiet, and we were moving."

Sheriff's deputies tried to reach the men in a johnboat but turned back in the chop. A National Guard helicopter from Camp Ripley made its first landing on the floe at 4:45 p.m. and took off with three men. It made five more trips over the next two hours, the last in near darkness.

The final two men, including Nordquist, were lifted off at 6:50 p.m.

"I remember thinking Friday the 13th had turned out all right after all," he said.

The floe broke apart that night. The next morning, a pilot flying over the lake spotted only scattered ice and two fish houses floating on their sides.

On Saturday, nine of the 14 men will gather at the VFW hall in Isle for lunch with the helicopter crew's surviving members. Four of the fishermen have died in the past decade.

Conditions on the lake have changed since 1981, the Minnesota Department of Natural Resources says. Ice-out on Mille Lacs now comes about a week earlier on average than it did in the 1980s. Each winter, conservation officers post warnings at landings when strong winds are forecast, and resorts check the ice daily.

Last month, two anglers were rescued from a smaller floe off Garrison after spending four hours on the ice.

Nordquist still fishes the lake, but he no longer goes out alone, and he watches the wind.

"People think the ice is safe as long as it's cold," he said. "It isn't."
""", [
    ('Every March', 'SET', 'XXXX-03'),
    ('a few minutes', 'DURATION', 'PTXM'),
    ('30 years ago this week', 'DATE', '1981-W11'),
    ('The morning of Friday, March 13, 1981', 'DATE|TIME', '1981-03-13TMO'),
    ('Around 1 p.m.', 'TIME', '1981-03-13T13:00'),
    ('2:30 p.m.', 'TIME', '1981-03-13T14:30'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('last week', 'DATE', '2011-W10'),
    ('4:45 p.m.', 'TIME', '1981-03-13T16:45'),
    ('the next two hours', 'DURATION', 'PT2H'),
    ('6:50 p.m.', 'TIME', '1981-03-13T18:50'),
    ('Friday the 13th', 'DATE', '1981-03-13'),
    ('that night', 'DATE|TIME', '1981-03-13TNI'),
    ('The next morning', 'DATE|TIME', '1981-03-14TMO'),
    ('Saturday', 'DATE', '2011-03-19'),
    ('the past decade', 'DATE|DURATION', 'P10Y|P1DE'),
    ('1981', 'DATE', '1981'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('about a week', 'DURATION', 'P1W'),
    ('the 1980s', 'DATE', '198'),
    ('Each winter', 'SET', 'XXXX-WI'),
    ('daily', 'SET', 'P1D'),
    ('Last month', 'DATE', '2011-02'),
    ('four hours', 'DURATION', 'PT4H'),
]),
# 8. Guardian, obituary of a lifeboat coxswain (2015)
('2015-10-02', 'auto', """Tom Penhaligon obituary

Lifeboat coxswain who led the rescue of the crew of the Greek freighter Andros Star in a hurricane-force storm

Kate Polglase
Friday 2 October 2015

Tom Penhaligon, who has died aged 84, was coxswain of the Sennen Cove lifeboat in west Cornwall for 19 years and took part in more than 300 launches. Colleagues described him as the calmest man in any crisis, on land or at sea.

The rescue for which he is best remembered began at 11.20pm on 2 January 1978, when Falmouth coastguard relayed a mayday from the Andros Star, a Greek cargo ship whose engine had failed off Land's End. With winds gusting above 70 knots, Penhaligon and his crew of seven launched within 12 minutes and reached the ship at 1.10am.

For the next four hours he held the lifeboat close to the freighter's heaving side while crewmen jumped, one at a time, on to its deck. Two fell into the sea and were pulled out by the lifeboat's mechanic. By 5.30am all 16 men had been taken off.

The lifeboat reached Newlyn that afternoon with its windscreen smashed and its radar mast bent flat. The Andros Star drifted on to the rocks near Gwennap Head and broke up two days later. The following year Penhaligon was awarded the RNLI's gold medal for gallantry, one of only a handful given in the 1970s.

Born in St Just, the son of a tin miner, Tom left school at 14 and went to sea on Newlyn trawlers. He joined the Sennen crew in 1951 and became coxswain in 1969. In the winter of 1963, when the harbour froze, he spent six weeks repairing nets by hand in his father's shed, a skill he later taught to generations of young fishermen.

He retired from the lifeboat in 1988 but continued to go down to the station every Sunday morning to help with maintenance until last year, when his eyesight began to fail. In 2003 he was appointed MBE.

He was a lay preacher at the Methodist chapel in Sennen for more than four decades and rarely missed a service.

He married Joan Trewin in 1955; she died in 2009. He is survived by their two sons, Michael and Peter, both of whom served on the lifeboat crew, five grandchildren and three great-grandchildren.

- Thomas John Penhaligon, lifeboatman, born 14 March 1931; died 19 September 2015
""", [
    ('Friday 2 October 2015', 'DATE', '2015-10-02'),
    ('19 years', 'DURATION', 'P19Y'),
    ('11.20pm on 2 January 1978', 'TIME', '1978-01-02T23:20'),
    ('12 minutes', 'DURATION', 'PT12M'),
    ('1.10am', 'TIME', '1978-01-03T01:10'),
    ('the next four hours', 'DURATION', 'PT4H'),
    ('5.30am', 'TIME', '1978-01-03T05:30'),
    ('that afternoon', 'DATE|TIME', '1978-01-03TAF'),
    ('two days later', 'DATE', '1978-01-05'),
    ('The following year', 'DATE', '1979'),
    ('the 1970s', 'DATE', '197'),
    ('1951', 'DATE', '1951'),
    ('1969', 'DATE', '1969'),
    ('the winter of 1963', 'DATE', '1963-WI|1962-WI'),
    ('six weeks', 'DURATION', 'P6W'),
    ('1988', 'DATE', '1988'),
    ('every Sunday morning', 'SET', 'XXXX-WXX-7TMO'),
    ('last year', 'DATE', '2014'),
    ('2003', 'DATE', '2003'),
    ('more than four decades', 'DURATION', 'P40Y'),
    ('1955', 'DATE', '1955'),
    ('2009', 'DATE', '2009'),
    ('14 March 1931', 'DATE', '1931-03-14'),
    ('19 September 2015', 'DATE', '2015-09-19'),
]),
# 9. Reuters, collapse of a regional bank reconstructed (2023)
('2023-03-20', 'auto', """Inside the five days that brought down Harborview Bank

By Priya Raman and Scott Keller

SAN DIEGO, March 20 (Reuters) - At 8:15 a.m. Pacific time on Wednesday, executives at Harborview Bank gathered on a video call to look at a number that alarmed them: depositors had pulled $1.1 billion the previous day, nearly a tenth of the bank's deposits.

By Sunday evening, California regulators had closed the lender and the Federal Deposit Insurance Corp had sold its branches to a larger rival, making Harborview the third U.S. bank to fail this month.

This account of the bank's collapse is based on interviews with eight people involved in efforts to save it, who asked not to be named because the discussions were private.

Harborview, founded in 1987, grew rapidly in 2020 and 2021 by taking deposits from technology startups and venture capital firms. After Silicon Valley Bank failed on March 10, some of those customers began moving money to larger banks.

On Wednesday afternoon, chief executive Mark Delaney told analysts on a hastily arranged call that Harborview had "ample liquidity." Its shares fell 31% in after-hours trading.

Thursday brought a second wave of withdrawals. By 5 p.m., customers had requested transfers totalling $3.4 billion, and the bank was borrowing from the Federal Reserve's discount window and the Federal Home Loan Bank of San Francisco to meet them.

On Friday, as the shares lost another 60%, advisers at an investment bank contacted at least a dozen potential buyers. Two made offers on Saturday, but both asked for government guarantees that the FDIC was unwilling to give, two of the sources said.

Regulators moved in at 4 p.m. on Sunday. Harborview's 41 branches reopened this morning under the name of their new owner, and all deposits were transferred, the FDIC said.

Delaney, who had led the bank for 11 years, said in a statement on Sunday that he was "heartbroken" and that the bank had been "overwhelmed by a panic that no balance sheet could withstand."

Over the past year, Harborview's shares had already fallen by more than half as rising interest rates cut the value of its bond holdings.

The collapse is likely to add to pressure on regulators, who have been weighing tougher rules for mid-sized banks since earlier this month. The Fed is due to publish a review of its supervision of Silicon Valley Bank by May 1. Fed policymakers meet on Tuesday and Wednesday to decide on interest rates.

(Reporting by Priya Raman in San Diego and Scott Keller in New York; Editing by Nick Zieminski)
""", [
    ('five days', 'DURATION', 'P5D'),
    ('March 20', 'DATE', '2023-03-20'),
    ('8:15 a.m. Pacific time on Wednesday', 'TIME', '2023-03-15T08:15'),
    ('the previous day', 'DATE', '2023-03-14'),
    ('Sunday evening', 'DATE|TIME', '2023-03-19TEV'),
    ('this month', 'DATE', '2023-03'),
    ('1987', 'DATE', '1987'),
    ('2020', 'DATE', '2020'),
    ('2021', 'DATE', '2021'),
    ('March 10', 'DATE', '2023-03-10'),
    ('Wednesday afternoon', 'DATE|TIME', '2023-03-15TAF'),
    ('Thursday', 'DATE', '2023-03-16'),
    ('5 p.m.', 'TIME', '2023-03-16T17:00'),
    ('Friday', 'DATE', '2023-03-17'),
    ('Saturday', 'DATE', '2023-03-18'),
    ('4 p.m. on Sunday', 'TIME', '2023-03-19T16:00'),
    ('this morning', 'DATE|TIME', '2023-03-20TMO'),
    ('11 years', 'DURATION', 'P11Y'),
    ('Sunday', 'DATE', '2023-03-19'),
    ('the past year', 'DATE|DURATION', 'P1Y|2022'),
    ('earlier this month', 'DATE', '2023-03'),
    ('May 1', 'DATE', '2023-05-01'),
    ('Tuesday', 'DATE', '2023-03-21'),
    ('Wednesday', 'DATE', '2023-03-22'),
]),
# 10. Los Angeles Times, neighbors fighting the Woolsey fire reconstructed (2018)
('2018-11-18', 'auto', """How one Malibu street fought the Woolsey fire on its own for 14 hours

By Marisol Vega

The first text message came at 2:52 p.m. on Thursday, Nov. 8: "Fire near Simi. Probably nothing for us."

It was sent by Dan Aguirre to the 38 households on the group chat for Latigo Ridge Road, a winding street in the hills above Malibu. Most of the replies were jokes.

By 9 p.m., the Woolsey fire had grown to 8,000 acres, and the chat had filled with photos of an orange glow over the Santa Monica Mountains. Mandatory evacuation orders for all of Malibu came early Friday.

Most residents left. Eleven stayed.

"We had pumps, a pool and 20 years of brush clearance," said Aguirre, a 61-year-old contractor. "We thought we had a chance."

The fire jumped the 101 Freeway about 6 a.m. and raced toward the coast, pushed by Santa Ana winds gusting to 60 mph. It reached the top of Latigo Canyon around noon.

For the next 14 hours, the 11 neighbors moved from house to house with garden hoses, a gasoline pump dropped into Aguirre's pool and buckets of water from hot tubs. Embers the size of fists blew across the road. Two houses at the top of the street caught fire at 3:30 p.m. and burned to the ground in less than an hour.

"We called 911 every half hour," said Lisa Chen, a retired nurse who stayed with her husband. "Nobody came. We understood why. They were everywhere."

By 2 a.m. Saturday, the wind had dropped. No fire engine came up the road until Saturday morning. Of the 38 homes on the street, 31 were still standing.

Fire officials have repeatedly warned residents not to stay behind, saying that people who defend their homes put themselves and firefighters at risk. A county fire spokesman said Tuesday that the Latigo Ridge neighbors had been "very lucky."

The Woolsey fire, which was 94% contained on Saturday, has destroyed more than 1,500 structures and killed three people. Residents of Latigo Ridge Road were allowed back on Wednesday.

Since 2007, three major fires have burned within five miles of the street. Aguirre said the neighbors plan to meet next month to talk about buying a shared water tank and a trailer-mounted pump.

"This will happen again," he said. "Maybe not next year. But it will."
""", [
    ('14 hours', 'DURATION', 'PT14H'),
    ('2:52 p.m. on Thursday, Nov. 8', 'TIME', '2018-11-08T14:52'),
    ('9 p.m.', 'TIME', '2018-11-08T21:00'),
    ('early Friday', 'DATE', '2018-11-09'),
    ('20 years', 'DURATION', 'P20Y'),
    ('about 6 a.m.', 'TIME', '2018-11-09T06:00'),
    ('around noon', 'TIME', '2018-11-09T12:00'),
    ('the next 14 hours', 'DURATION', 'PT14H'),
    ('3:30 p.m.', 'TIME', '2018-11-09T15:30'),
    ('less than an hour', 'DURATION', 'PT1H'),
    ('every half hour', 'SET', 'PT30M'),
    ('2 a.m. Saturday', 'TIME', '2018-11-10T02:00'),
    ('Saturday morning', 'DATE|TIME', '2018-11-10TMO'),
    ('Tuesday', 'DATE', '2018-11-13'),
    ('Saturday', 'DATE', '2018-11-17'),
    ('Wednesday', 'DATE', '2018-11-14'),
    ('2007', 'DATE', '2007'),
    ('next month', 'DATE', '2018-12'),
    ('next year', 'DATE', '2019'),
]),
# 11. New York Times, 30th anniversary of the Northridge earthquake (2024)
('2024-01-12', 'auto', """Thirty Years After Northridge, One Street Remembers 20 Seconds

By EMILY HARTMAN

LOS ANGELES -- At 4:30 a.m. on Jan. 17, 1994, Linda Park was awake, feeding her infant son in the kitchen of the family's house on a quiet street in Reseda. Then the floor rose under her.

The Northridge earthquake, which struck on the Martin Luther King Jr. Day holiday, lasted about 20 seconds. It killed 57 people, injured more than 8,000 and caused an estimated $20 billion in damage, making it one of the costliest natural disasters in the nation's history.

On Wednesday, the 30th anniversary, Ms. Park and about two dozen neighbors who lived through it plan to gather in a park a few blocks from her house, as they have every five years since 1999.

"You remember the sound more than anything," said Ms. Park, now 62. "It was like a train coming through the living room."

The next three days, she said, were mostly noise: aftershocks, sirens, helicopters. The family slept in their car in a supermarket parking lot for a week, afraid to go back inside. By the end of that week, officials estimated that more than 20,000 people were camping in parks across the San Fernando Valley.

Much of the region's physical recovery came quickly. The collapsed section of the Santa Monica Freeway reopened in April, months ahead of schedule, after the state offered the contractor a large bonus for finishing early.

For the Parks, it took longer. Their house was red-tagged and torn down in March 1994, and the family lived with relatives in Glendale for nearly two years while they rebuilt on the same lot. They moved back in on Thanksgiving Day 1995.

City officials say Los Angeles is better prepared now. Under a 2015 ordinance, owners of more than 13,000 wood-frame apartment buildings with weak ground floors were given seven years to retrofit them. About 80 percent have done so, according to the Department of Building and Safety.

Seismologists caution that Northridge was far from the "Big One." The southern San Andreas fault last produced a great earthquake in 1857, and scientists put the chance of a magnitude 7 or larger quake in the region over the next 30 years at more than 60 percent.

Last August, when a magnitude 5.1 quake near Ojai rattled the region in the middle of a tropical storm, Ms. Park's phone lit up with texts from her old neighbors.

Her son, now 30, calls her every Jan. 17. "He doesn't remember any of it," she said. "But he knows I'm awake."
""", [
    ('Thirty Years', 'DURATION', 'P30Y'),
    ('20 Seconds', 'DURATION', 'PT20S'),
    ('4:30 a.m. on Jan. 17, 1994', 'TIME', '1994-01-17T04:30'),
    ('Martin Luther King Jr. Day', 'DATE', '1994-01-17'),
    ('about 20 seconds', 'DURATION', 'PT20S'),
    ('Wednesday', 'DATE', '2024-01-17'),
    ('every five years', 'SET', 'P5Y'),
    ('1999', 'DATE', '1999'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('The next three days', 'DURATION', 'P3D'),
    ('a week', 'DURATION', 'P1W'),
    ('the end of that week', 'DATE', '1994-W03'),
    ('April', 'DATE', '1994-04'),
    ('months', 'DURATION', 'PXM'),
    ('March 1994', 'DATE', '1994-03'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('Thanksgiving Day 1995', 'DATE', '1995-11-23'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2015', 'DATE', '2015'),
    ('seven years', 'DURATION', 'P7Y'),
    ('1857', 'DATE', '1857'),
    ('the next 30 years', 'DURATION', 'P30Y'),
    ('Last August', 'DATE', '2023-08'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every Jan. 17', 'SET', 'XXXX-01-17'),
]),
# 12. Washington Post, two teenage sailors rescued on the Chesapeake (1997)
('1997-07-30', 'auto', """Two Teens Found Alive After 3 Days Adrift on Bay

By Michael Ostrow
Washington Post Staff Writer
Wednesday, July 30, 1997; Page B01

Two Annapolis teenagers whose catamaran capsized in a squall Saturday were found clinging to its hull yesterday afternoon, about 20 miles south of where they had set out, after nearly three days in the water.

Kevin Marsh, 16, and Jonathan Reyes, 17, were sunburned and dehydrated but in good condition last night at Anne Arundel Medical Center, a hospital spokeswoman said.

The boys left a sailing club on Back Creek in a 16-foot Hobie Cat about 1 p.m. Saturday, planning to sail for two hours. The National Weather Service had issued a severe thunderstorm warning for the bay at 12:40 p.m., but the boys did not have a radio.

The storm, with gusts of 50 mph, swept across the bay about 2:50 p.m. and flipped the boat near the Thomas Point lighthouse. The mast snapped when the boys tried to right it.

When they had not returned by 6 p.m., Reyes's father called the Coast Guard. Two cutters and a helicopter searched until 1 a.m., when the rain and darkness forced them back.

On Sunday, more than 40 boats, most of them private, joined the search. By Monday evening, with no sign of the boat, Coast Guard officials told the families that they would scale back the effort on Tuesday.

At 3:20 p.m. yesterday, Ray Tolley, a charter fishing captain from Solomons, spotted what he thought was a piece of debris off Cove Point.

"Then one of them waved," Tolley said. "I'll be honest with you, I had to sit down."

The boys told rescuers they had tied themselves to the hull with a length of rope and took turns sleeping for 20 minutes at a time. They drank rainwater that collected in a fold of the torn sail.

"We kept telling each other somebody would see the hull," Marsh said from his hospital bed.

Coast Guard figures show that 34 people have drowned in the Maryland portion of the bay since 1994. Accidents involving small sailboats and canoes peak every summer, when sudden thunderstorms are common.

The Coast Guard will hold a briefing on the search at 10 a.m. today at its station in Annapolis. Both families have said they will attend.

The sailing class the boys were taking is scheduled to resume next week. Reyes said he intends to be there.
""", [
    ('3 Days', 'DURATION', 'P3D'),
    ('Wednesday, July 30, 1997', 'DATE', '1997-07-30'),
    ('Saturday', 'DATE', '1997-07-26'),
    ('yesterday afternoon', 'DATE|TIME', '1997-07-29TAF'),
    ('nearly three days', 'DURATION', 'P3D'),
    ('last night', 'DATE|TIME', '1997-07-29TNI'),
    ('about 1 p.m. Saturday', 'TIME', '1997-07-26T13:00'),
    ('two hours', 'DURATION', 'PT2H'),
    ('12:40 p.m.', 'TIME', '1997-07-26T12:40'),
    ('about 2:50 p.m.', 'TIME', '1997-07-26T14:50'),
    ('6 p.m.', 'TIME', '1997-07-26T18:00'),
    ('1 a.m.', 'TIME', '1997-07-27T01:00'),
    ('Sunday', 'DATE', '1997-07-27'),
    ('Monday evening', 'DATE|TIME', '1997-07-28TEV'),
    ('Tuesday', 'DATE', '1997-07-29'),
    ('3:20 p.m. yesterday', 'TIME', '1997-07-29T15:20'),
    ('20 minutes', 'DURATION', 'PT20M'),
    ('1994', 'DATE', '1994'),
    ('every summer', 'SET', 'XXXX-SU'),
    ('10 a.m. today', 'TIME', '1997-07-30T10:00'),
    ('next week', 'DATE', '1997-W32'),
]),
]
