# Gold TIMEX3 probe set 103: transport news (airlines, rail, shipping, strikes, crashes, projects), 1996-2025, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, regional airline pilots set strike deadline (1996)
('1996-04-18', 'auto', """Pilots at Great Lakes Air Express Set Strike Deadline

MILWAUKEE (AP) -- Pilots at Great Lakes Air Express said Thursday they will walk off the job at 12:01 a.m. May 1 unless the regional carrier agrees to a new contract, raising the prospect of the first strike since the airline was founded in 1974.

The union, which represents about 410 pilots, has been negotiating with management for nearly two years. Talks broke down late Tuesday after a 14-hour session in Chicago, and no new meetings have been scheduled, said Capt. Dale Hurley, head of the pilots' bargaining committee.

"We have been more than patient," Hurley said at a news conference. "Our members have gone without a raise since 1993. That is not acceptable."

Under federal labor law, the pilots cannot strike until a 30-day cooling-off period ends. The National Mediation Board released the two sides from mediation on March 31, starting the clock.

The airline, which flies 180 departures a day from hubs in Milwaukee and Detroit, said it would keep operating. Spokeswoman Ellen Marsh said Great Lakes had trained managers and hired contract pilots over the past month to fly a reduced schedule if needed.

"We expect to operate at least half of our flights," Marsh said. She said the company's latest offer, made April 9, would raise pay by 11 percent over four years.

The union says much of that raise would be eaten up by changes to work rules that would let the airline lengthen duty days and cut reserve pay.

Travel agents in Wisconsin said bookings for early May had already slowed. "People are calling every morning asking whether they should switch to another carrier," said Tom Ruiz, who runs an agency in Green Bay.

Great Lakes lost $6.2 million last year on revenue of $290 million, and analysts said a long strike could threaten its survival. The company narrowly avoided bankruptcy in the early 1990s after a fare war with larger rivals.

Pilots last struck a U.S. regional carrier in 1994, when a walkout at a Texas commuter line lasted 11 weeks and ended with the carrier selling most of its routes.

Mediators could still call the sides back to the table before the deadline. Hurley said the union was ready to meet "tonight, tomorrow or next week."

The airline said it would begin notifying passengers booked for next month on Monday, and that travelers holding tickets would be able to change them without a fee.
""", [
    ('Thursday', 'DATE', '1996-04-18'),
    ('12:01 a.m. May 1', 'TIME', '1996-05-01T00:01'),
    ('1974', 'DATE', '1974'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('late Tuesday', 'DATE', '1996-04-16'),
    ('14-hour', 'DURATION', 'PT14H'),
    ('1993', 'DATE', '1993'),
    ('30-day', 'DURATION', 'P30D'),
    ('March 31', 'DATE', '1996-03-31'),
    ('a day', 'SET', 'P1D'),
    ('the past month', 'DATE|DURATION', 'P1M|1996-03'),
    ('April 9', 'DATE', '1996-04-09'),
    ('four years', 'DURATION', 'P4Y'),
    ('early May', 'DATE', '1996-05'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO'),
    ('last year', 'DATE', '1995'),
    ('the early 1990s', 'DATE', '199'),
    ('1994', 'DATE', '1994'),
    ('11 weeks', 'DURATION', 'P11W'),
    ('tonight', 'DATE|TIME', '1996-04-18TNI'),
    ('tomorrow', 'DATE', '1996-04-19'),
    ('next week', 'DATE', '1996-W17'),
    ('next month', 'DATE', '1996-05'),
    ('Monday', 'DATE', '1996-04-22'),
]),
# 2. Reuters, Rotterdam tug crews end strike (1999)
('1999-11-05', 'auto', """Rotterdam tug crews end strike, ships queue at anchor

ROTTERDAM, Nov 5 (Reuters) - Tugboat crews at Rotterdam, the world's busiest port, returned to work on Friday after a 48-hour strike that left dozens of ships waiting at anchor in the North Sea, port officials said.

The crews, employed by three towage companies, walked out at 6 a.m. on Wednesday in a dispute over shift patterns. Unions said an agreement reached late Thursday would limit crews to four consecutive night shifts and add a second rest day every fortnight.

A port authority spokesman said 63 vessels were waiting to enter or leave the port at midday and that it could take until the weekend to clear the backlog. "We expect normal traffic by Sunday evening," he said.

The strike was the first at the port since 1996, when a dispute over pensions halted towage for three days. It came at a busy period for container lines, which are shipping consumer goods from Asia to European retailers.

Shipping agents said some lines had diverted vessels to Antwerp and Hamburg this week, adding three days to delivery schedules. P&O Nedlloyd, which calls at Rotterdam several times a week, said four of its ships had been held up for about 40 hours.

The towage firms said the strike had cost them about 5 million guilders. They had offered a 3.5 percent pay rise over two years in October, which the unions rejected.

Under the new deal, crews will receive a 4 percent increase backdated to July 1 and a one-off payment in January. The agreement runs until the end of 2001.

Analysts said the dispute highlighted growing tensions in European ports as shipping lines push for continuous operations. Port workers in Le Havre staged rolling strikes earlier this year, and dock unions in Antwerp have threatened action over plans to allow ship crews to handle cargo.

"Ports are under pressure never to close, and labour agreements written in the 1980s do not fit that," said Jan de Vries, a transport economist at Erasmus University.

Rotterdam handled 307 million tonnes of cargo last year and expects a small increase in 1999, helped by rising trade with central Europe.

The port authority said it would review its contingency plans over the coming weeks and meet shipping lines to discuss how to keep vessels moving during any further dispute.
""", [
    ('Nov 5', 'DATE', '1999-11-05'),
    ('Friday', 'DATE', '1999-11-05'),
    ('48-hour', 'DURATION', 'PT48H'),
    ('6 a.m. on Wednesday', 'TIME', '1999-11-03T06:00'),
    ('late Thursday', 'DATE', '1999-11-04'),
    ('every fortnight', 'SET', 'P2W'),
    ('midday', 'TIME', '1999-11-05T12:00'),
    ('the weekend', 'DATE', '1999-W44-WE'),
    ('Sunday evening', 'DATE|TIME', '1999-11-07TEV'),
    ('1996', 'DATE', '1996'),
    ('three days', 'DURATION', 'P3D'),
    ('this week', 'DATE', '1999-W44'),
    ('three days', 'DURATION', 'P3D'),
    ('several times a week', 'SET', 'P1W'),
    ('about 40 hours', 'DURATION', 'PT40H'),
    ('two years', 'DURATION', 'P2Y'),
    ('October', 'DATE', '1999-10'),
    ('July 1', 'DATE', '1999-07-01'),
    ('January', 'DATE', '2000-01'),
    ('the end of 2001', 'DATE', '2001'),
    ('earlier this year', 'DATE', '1999'),
    ('the 1980s', 'DATE', '198'),
    ('last year', 'DATE', '1998'),
    ('1999', 'DATE', '1999'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
]),
# 3. Financial Times, rail franchise decision delayed (2002)
('2002-06-27', 'auto', """Rail authority delays decision on Midlands franchise

By Helen Ashworth, Transport Correspondent

The Strategic Rail Authority has postponed until the autumn its decision on who will run rail services in the West Midlands, the latest delay in a franchising programme that was meant to be completed two years ago.

The authority had been expected to name a preferred bidder for the Central Trains franchise next month. But Richard Bowker, its chairman, told the Commons transport committee on Wednesday that bids from the three shortlisted groups needed "substantial further work" and that an announcement would come in October at the earliest.

The delay will be a blow to ministers, who promised in the 10-year transport plan published in July 2000 that most franchises would be renewed by 2003 on longer terms of 20 years in exchange for new investment.

Instead, the SRA has opted for short extensions to existing contracts. Eight of the 25 franchises have been extended, most by two years, since the start of 2001, and several operators are running services under management contracts that are renewed every three months.

Executives at two of the bidders said privately that they had spent more than £4m each on their bids since last summer and were frustrated by the authority's shifting demands. "The goalposts move every few weeks," one said.

The SRA said the Hatfield crash in October 2000 and the collapse of Railtrack into administration last October had forced it to reconsider the financial terms of new deals. Network Rail, the not-for-profit company that is expected to take over Railtrack's assets this autumn, has yet to publish its costs for the next five years, making it hard for bidders to price their offers.

Shares in Go-Ahead, which is bidding with the French group Keolis, fell 3p to 612p yesterday. National Express, the incumbent operator, said it would continue to run services under its existing contract, which expires in April 2003.

Passenger groups said the uncertainty was holding back improvements. Central Trains has one of the worst punctuality records of any large operator, with just 74 per cent of trains arriving on time in the first quarter, according to figures published this week.

Mr Bowker said the authority would set out a "clear timetable" for the remaining franchises before the end of the year. "We are not going to rush into contracts that will last 15 years and get them wrong," he said.
""", [
    ('the autumn', 'DATE', '2002-FA'),
    ('two years ago', 'DATE', '2000'),
    ('next month', 'DATE', '2002-07'),
    ('Wednesday', 'DATE', '2002-06-26'),
    ('October', 'DATE', '2002-10'),
    ('10-year', 'DURATION', 'P10Y'),
    ('July 2000', 'DATE', '2000-07'),
    ('2003', 'DATE', '2003'),
    ('20 years', 'DURATION', 'P20Y'),
    ('two years', 'DURATION', 'P2Y'),
    ('the start of 2001', 'DATE', '2001'),
    ('every three months', 'SET', 'P3M'),
    ('last summer', 'DATE', '2001-SU'),
    ('every few weeks', 'SET', 'PXW'),
    ('October 2000', 'DATE', '2000-10'),
    ('last October', 'DATE', '2001-10'),
    ('this autumn', 'DATE', '2002-FA'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('yesterday', 'DATE', '2002-06-26'),
    ('April 2003', 'DATE', '2003-04'),
    ('the first quarter', 'DATE', '2002-Q1'),
    ('this week', 'DATE', '2002-W26'),
    ('the end of the year', 'DATE', '2002'),
    ('15 years', 'DURATION', 'P15Y'),
]),
# 4. AFP, level-crossing crash investigation in France (2005)
('2005-09-14', 'auto', """French investigators blame barrier fault for deadly level-crossing crash

DIJON, France, Sept 14 (AFP) - A faulty barrier system was the most likely cause of a collision between a regional train and a lorry in eastern France that killed four people last month, investigators said Wednesday.

In a preliminary report, the BEA-TT, France's land transport accident investigation bureau, said the automatic barriers at the crossing near Beaune failed to lower in the 25 seconds before the train arrived at 7:42 am on August 19.

The two-carriage TER train, travelling at about 130 kilometres per hour, struck the lorry, which was carrying gravel. The driver of the lorry and three passengers on the train died. Seventeen people were injured, two of them seriously.

Investigators said the signal equipment had been serviced on August 2 and that a software update installed that day may have been at fault. Similar equipment is used at about 1,200 of France's 18,000 level crossings, the report said.

Rail network operator RFF said it had ordered checks on all crossings with the same system within 10 days and that about 300 had already been inspected since the weekend.

The bureau said its final report was expected in the spring of 2006.

Level crossings have been a persistent concern in France, where about 40 people die in crashes at them each year. In June, the transport ministry announced a plan to remove or upgrade 400 of the most dangerous crossings by 2012.

Families of the victims, who met officials in Dijon on Tuesday evening, said they were angry that it had taken nearly four weeks to identify the cause. "We were told straight away that the lorry driver had ignored the barriers. Now we learn that there were no barriers," said Martine Roux, whose son was killed.

A judicial inquiry opened on August 20 is continuing, and prosecutors have not ruled out charges. A lawyer for the families said they would file a civil complaint next week.

The line between Dijon and Lyon reopened to traffic six days after the crash. State rail company SNCF said services had been running normally for the past three weeks, but drivers have been told to slow to 40 kph at the crossing until the barriers are replaced, which is expected by mid-October.

The lorry's owner, a quarry company based near Chalon-sur-Saone, said it would cooperate fully with the inquiry.
""", [
    ('Sept 14', 'DATE', '2005-09-14'),
    ('last month', 'DATE', '2005-08'),
    ('Wednesday', 'DATE', '2005-09-14'),
    ('25 seconds', 'DURATION', 'PT25S'),
    ('7:42 am on August 19', 'TIME', '2005-08-19T07:42'),
    ('August 2', 'DATE', '2005-08-02'),
    ('that day', 'DATE', '2005-08-02'),
    ('10 days', 'DURATION', 'P10D'),
    ('the weekend', 'DATE', '2005-W36-WE'),
    ('the spring of 2006', 'DATE', '2006-SP'),
    ('each year', 'SET', 'P1Y'),
    ('June', 'DATE', '2005-06'),
    ('2012', 'DATE', '2012'),
    ('Tuesday evening', 'DATE|TIME', '2005-09-13TEV'),
    ('nearly four weeks', 'DURATION', 'P4W'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('August 20', 'DATE', '2005-08-20'),
    ('next week', 'DATE', '2005-W38'),
    ('six days', 'DURATION|DATE', 'P6D|2005-08-25'),
    ('the past three weeks', 'DURATION', 'P3W'),
    ('mid-October', 'DATE', '2005-10'),
]),
# 5. Local paper, light-rail opening delayed (2008)
('2008-02-20', 'auto', """Light-rail line's opening pushed back to 2010

By Karen Whitfield
Staff Writer

The first trains on the Eastside light-rail line will not carry passengers until the spring of 2010, nearly a year later than promised, transit officials told the county board Tuesday night.

Metro Transit general manager Luis Ortega blamed the delay on a shortage of steel rail and on a contractor's problems with the tunnel beneath Fourth Street, which flooded twice last fall.

"Nobody is happy about this," Ortega said. "But we would rather open a few months late than open a line that isn't ready."

The 11-mile line, which will link downtown with the airport and the Mill Creek neighborhoods, was originally scheduled to open in June 2009. Its budget has climbed from $620 million when voters approved it in November 2003 to $710 million today, an increase Ortega said was largely due to construction costs that have risen about 8 percent a year.

Board members pressed staff on whether the new date was realistic. Commissioner Diane Palko noted that the agency had already delayed the opening once, in 2006. "I've been hearing 'on schedule' for four years," she said.

Ortega said tunnel boring resumed Jan. 14 after a seven-week halt and that crews had added a night shift. He said the agency would post monthly progress reports on its Web site starting in March.

Testing of the trains, built by Siemens, is set to begin this summer on a completed section between Union Station and 40th Avenue. Trains will run every 10 minutes once the line opens, the agency said.

Businesses along Fourth Street, where the road has been closed to through traffic since last April, said the delay would hurt them. "We have lost a third of our customers in the past 10 months," said Rita Gomez, who owns a bakery near the tunnel portal. "Another year will put some of us out of business."

The board voted 6-1 to ask the agency for a detailed schedule by March 15. A public hearing on the changes is scheduled for 7 p.m. Thursday, Feb. 28, at the Central Library.

The line is expected to carry about 38,000 riders a day by 2015, according to agency forecasts, making it the busiest transit route in the county.
""", [
    ('2010', 'DATE', '2010'),
    ('the spring of 2010', 'DATE', '2010-SP'),
    ('nearly a year', 'DURATION', 'P1Y'),
    ('Tuesday night', 'DATE|TIME', '2008-02-19TNI'),
    ('last fall', 'DATE', '2007-FA'),
    ('a few months', 'DURATION', 'PXM'),
    ('June 2009', 'DATE', '2009-06'),
    ('November 2003', 'DATE', '2003-11'),
    ('today', 'DATE', '2008-02-20|PRESENT_REF'),
    ('a year', 'SET', 'P1Y'),
    ('2006', 'DATE', '2006'),
    ('four years', 'DURATION', 'P4Y'),
    ('Jan. 14', 'DATE', '2008-01-14'),
    ('seven-week', 'DURATION', 'P7W'),
    ('monthly', 'SET', 'P1M'),
    ('March', 'DATE', '2008-03'),
    ('this summer', 'DATE', '2008-SU'),
    ('every 10 minutes', 'SET', 'PT10M'),
    ('last April', 'DATE', '2007-04'),
    ('the past 10 months', 'DURATION', 'P10M'),
    ('Another year', 'DURATION', 'P1Y'),
    ('March 15', 'DATE', '2008-03-15'),
    ('7 p.m. Thursday, Feb. 28', 'TIME', '2008-02-28T19:00'),
    ('a day', 'SET', 'P1D'),
    ('2015', 'DATE', '2015'),
]),
# 6. Trade press, cargo airline parks freighters (2011)
('2011-10-07', 'auto', """Nordic AirFreight parks two 747Fs as peak fails to materialise

By Tom Ellery

Nordic AirFreight will withdraw two of its seven Boeing 747-400 freighters from service at the end of October, the Oslo-based carrier confirmed this week, citing weak demand on its Asia-Europe routes ahead of the fourth quarter, normally its busiest.

The aircraft will be stored in Marana, Arizona, for at least six months. The carrier will cut its Shanghai frequencies from daily to four times a week from Oct. 30 and suspend its twice-weekly Chennai service until further notice.

"We had hoped to see the usual pickup in September, but it simply did not come," chief commercial officer Anders Lie told Cargo Business News on Wednesday. "Our load factors in the third quarter averaged 64%, against 78% a year ago."

The move mirrors capacity cuts across the industry. IATA figures released last week showed international freight traffic fell 3.9% in August compared with August 2010, the fourth straight decline, while capacity rose 3.1%. Air France-KLM Cargo and Cathay Pacific have both trimmed freighter schedules in recent weeks.

Lie said Nordic AirFreight remained profitable in the first half of 2011 but expected a loss for the full year, its first since 2009. Jet fuel prices, which have averaged more than $3 a gallon since February, have added about $40m to the carrier's costs this year.

The airline also said delivery of its first 747-8 Freighter, originally due in the second quarter of 2012, had slipped to early 2013 because of production delays at Boeing. The manufacturer has yet to hand over the first 747-8F to launch customer Cargolux, almost two years behind the original schedule.

Forwarders said they did not expect a meaningful recovery before the spring. "Peak season this year will be short, maybe five weeks in November and early December, and then rates will come off again," said Martina Kohl, head of airfreight at a Frankfurt forwarder.

Nordic AirFreight employs about 420 staff. Lie said there were no plans for layoffs but that pilots for the parked aircraft would be offered unpaid leave over the winter or temporary assignments with partner carriers.

The carrier will review the decision in March, ahead of the summer, and could return one aircraft to service quickly if demand recovers, Lie added.
""", [
    ('the end of October', 'DATE', '2011-10'),
    ('this week', 'DATE', '2011-W40'),
    ('the fourth quarter', 'DATE', '2011-Q4'),
    ('at least six months', 'DURATION', 'P6M'),
    ('daily', 'SET', 'P1D'),
    ('four times a week', 'SET', 'P1W'),
    ('Oct. 30', 'DATE', '2011-10-30'),
    ('twice-weekly', 'SET', 'P1W'),
    ('September', 'DATE', '2011-09'),
    ('Wednesday', 'DATE', '2011-10-05'),
    ('the third quarter', 'DATE', '2011-Q3'),
    ('a year ago', 'DATE', '2010|2010-Q3'),
    ('last week', 'DATE', '2011-W39'),
    ('August', 'DATE', '2011-08'),
    ('August 2010', 'DATE', '2010-08'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('the first half of 2011', 'DATE', '2011-H1'),
    ('the full year', 'DATE', '2011'),
    ('2009', 'DATE', '2009'),
    ('February', 'DATE', '2011-02'),
    ('this year', 'DATE', '2011'),
    ('the second quarter of 2012', 'DATE', '2012-Q2'),
    ('early 2013', 'DATE', '2013'),
    ('almost two years', 'DURATION', 'P2Y'),
    ('the spring', 'DATE', '2012-SP'),
    ('this year', 'DATE', '2011'),
    ('five weeks', 'DURATION', 'P5W'),
    ('November', 'DATE', '2011-11'),
    ('early December', 'DATE', '2011-12'),
    ('the winter', 'DATE', '2011-WI'),
    ('March', 'DATE', '2012-03'),
    ('the summer', 'DATE', '2012-SU'),
]),
# 7. AP, narrative look back at a freight derailment (2013)
('2013-10-10', 'auto', """After fiery derailment, Ohio village still waiting for answers

MILLBROOK, Ohio (AP) -- It was 2:07 a.m. on Oct. 11, 2012, a Thursday, and most of this village of 1,900 people was asleep when 23 cars of a northbound CSX freight train left the tracks on a curve near the grain elevator.

Four tank cars carrying ethanol ruptured, and within minutes flames were rising higher than the water tower. Fire Chief Ron Becker was at the scene by 2:20. Within an hour, he had ordered everyone within a mile to leave. About 600 residents spent that night in the high school gym in neighboring Carey, and many did not return home for nine days.

Nobody was killed. But now, residents say, they are still waiting for an explanation of what caused the wreck, and some are still fighting with the railroad over damages.

The National Transportation Safety Board sent a team the same day. Two days later, investigators said they had found a broken rail at the point of derailment. The following week, they removed a 40-foot section of track and shipped it to a laboratory in Washington.

In March, the board released a preliminary report saying the rail had a crack that should have been detected by an ultrasonic inspection in August 2012. It has not said why the inspection missed it. A final report is not expected until next year, NTSB spokesman Eric Weiss said Wednesday.

CSX has paid about $3.4 million in claims to residents and businesses, a company spokeswoman said. The railroad also spent three months this year replacing 2 miles of track through the village.

Still, some residents remain frustrated. Linda Hartzell, whose house is 200 yards from the tracks, said she has filed three claims since last November and received payment for one.

"When a train goes by, I still wake up," she said. "There are 30 trains a day through here. You never forget."

Village council members have asked CSX to slow trains through town to 25 mph, from 40 mph. The railroad agreed in January to a temporary limit through the end of the year while it studies the request.

Residents plan to gather at the grain elevator at 2 a.m. Friday to mark the anniversary. Becker said he would be there.

"For a few hours that morning we didn't know if we were going to lose the whole town," he said. "I think about it all the time."
""", [
    ('2:07 a.m. on Oct. 11, 2012', 'TIME', '2012-10-11T02:07'),
    ('a Thursday', 'DATE', '2012-10-11'),
    ('minutes', 'DURATION', 'PTXM'),
    ('2:20', 'TIME', '2012-10-11T02:20'),
    ('an hour', 'DURATION', 'PT1H'),
    ('that night', 'DATE|TIME', '2012-10-11TNI'),
    ('nine days', 'DURATION', 'P9D'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the same day', 'DATE', '2012-10-11'),
    ('Two days later', 'DATE', '2012-10-13'),
    ('The following week', 'DATE', '2012-W42'),
    ('March', 'DATE', '2013-03'),
    ('August 2012', 'DATE', '2012-08'),
    ('next year', 'DATE', '2014'),
    ('Wednesday', 'DATE', '2013-10-09'),
    ('three months', 'DURATION', 'P3M'),
    ('this year', 'DATE', '2013'),
    ('last November', 'DATE', '2012-11'),
    ('a day', 'SET', 'P1D'),
    ('January', 'DATE', '2013-01'),
    ('the end of the year', 'DATE', '2013'),
    ('2 a.m. Friday', 'TIME', '2013-10-11T02:00'),
    ('a few hours', 'DURATION', 'PTXH'),
    ('that morning', 'DATE|TIME', '2012-10-11TMO'),
]),
# 8. Reuters, Chilean port strike (2016)
('2016-05-12', 'auto', """Chile port strike drags on, copper and fruit exports hit

SANTIAGO, May 12 (Reuters) - A strike by contract workers at Chile's San Antonio port showed no sign of ending on Thursday, forcing shipping lines to divert vessels and delaying shipments of copper and fruit, port officials and exporters said.

About 1,100 workers walked out on May 4 demanding a bonus of 1 million pesos ($1,470) and a guaranteed minimum number of shifts. Talks mediated by the labour ministry collapsed on Tuesday night after more than 12 hours.

San Antonio, about 110 km (68 miles) west of the capital, is the country's largest container port and handled 1.2 million TEUs last year. Around a quarter of the copper cathodes shipped by state miner Codelco leave through the port, a source at the company said.

"We have 14 vessels waiting offshore and others have already gone to Valparaiso," the port's operations manager told Reuters, asking not to be named. Valparaiso, 100 km to the north, has been working extra shifts since the weekend to absorb the additional traffic.

Fruit exporters' association Asoex said about 4,000 containers of apples, pears and kiwis were stuck at the port and estimated losses at $15 million. Exporters shipped a record volume of apples in April and are racing to get fruit to Asian buyers before prices fall.

Copper prices on the London Metal Exchange rose 0.8 percent to $4,635 a tonne on Wednesday, partly on concern about supply from Chile, the world's top producer.

The government said it would not intervene directly but urged both sides to return to the table. The labour minister said on Thursday morning that she expected new talks "in the coming hours."

The union said it would step up action from Monday, blocking road access to the port for two hours every morning, unless operators improved their offer. The last major stoppage at Chilean ports, in January 2014, lasted 22 days and cost exporters an estimated $200 million.

Port operator San Antonio Terminal Internacional (STI) said it had offered a bonus of 650,000 pesos, paid in two instalments in June and December.

"This is a fair offer that reflects conditions in the industry," STI said in a statement on Wednesday evening. Container volumes at the port fell 7 percent in the first quarter as weaker demand from Asia cut imports.

($1 = 680.50 Chilean pesos)
""", [
    ('May 12', 'DATE', '2016-05-12'),
    ('Thursday', 'DATE', '2016-05-12'),
    ('May 4', 'DATE', '2016-05-04'),
    ('Tuesday night', 'DATE|TIME', '2016-05-10TNI'),
    ('more than 12 hours', 'DURATION', 'PT12H'),
    ('last year', 'DATE', '2015'),
    ('the weekend', 'DATE', '2016-W18-WE'),
    ('April', 'DATE', '2016-04'),
    ('Wednesday', 'DATE', '2016-05-11'),
    ('Thursday morning', 'DATE|TIME', '2016-05-12TMO'),
    ('the coming hours', 'DATE|DURATION', 'FUTURE_REF|PTXH'),
    ('Monday', 'DATE', '2016-05-16'),
    ('two hours', 'DURATION', 'PT2H'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO'),
    ('January 2014', 'DATE', '2014-01'),
    ('22 days', 'DURATION', 'P22D'),
    ('June', 'DATE', '2016-06'),
    ('December', 'DATE', '2016-12'),
    ('Wednesday evening', 'DATE|TIME', '2016-05-11TEV'),
    ('the first quarter', 'DATE', '2016-Q1'),
]),
# 9. Financial Times, low-cost airline annual results (2018)
('2018-03-08', 'auto', """Brexit uncertainty weighs on BlueFin as profits fall

Alice Hanley in London

BlueFin Airways, the UK low-cost carrier, said its pre-tax profit fell 18 per cent last year as higher fuel costs and a fare war on routes to Spain offset record passenger numbers.

The Luton-based airline reported pre-tax profit of £142m for 2017, down from £173m a year earlier, on revenue that rose 9 per cent to £1.9bn. It carried 21.4m passengers, up from 19.8m in 2016.

Shares fell 6 per cent to 388p on Thursday morning, taking their decline since the start of the year to more than 20 per cent.

Chief executive Sanjay Mehta warned that bookings for the summer were "softer than we would like" and that the company expected yields, a proxy for fares, to fall by a low single-digit percentage in the first half of 2018.

He also said BlueFin had applied for an air operator's certificate in Austria and hoped to receive it by the autumn, to keep its flights within the EU after the UK leaves the bloc in March 2019. "We cannot leave this to chance," Mr Mehta said. "Nobody knows what the rules will be on March 29 next year."

The group has hedged about 70 per cent of its fuel needs for the next 12 months, but analysts at Davy estimated that the rise in oil prices since last autumn would add about £40m to its costs this year.

BlueFin, which was founded in 2004, has expanded rapidly in recent years, adding 40 routes last year alone. It took delivery of six Airbus A320neo aircraft in the final quarter of 2017 and has 12 more due by mid-2019.

The airline also faces pressure from its pilots, who have been in talks over pay since September. The union Balpa said this week it would ballot members on industrial action if no agreement was reached within four weeks.

Mr Mehta said he was "confident of a deal" and that the company had no plans to cut its dividend, which will be paid on May 4. He added that the airline would hold a capital markets day in the autumn to outline its strategy for the next five years.

Ryanair and easyJet, BlueFin's two biggest rivals, have both issued upbeat trading updates over the past two months, pointing to strong demand for Easter and the early summer.
""", [
    ('last year', 'DATE', '2017'),
    ('2017', 'DATE', '2017'),
    ('a year earlier', 'DATE', '2016'),
    ('2016', 'DATE', '2016'),
    ('Thursday morning', 'DATE|TIME', '2018-03-08TMO'),
    ('the start of the year', 'DATE', '2018'),
    ('the summer', 'DATE', '2018-SU'),
    ('the first half of 2018', 'DATE', '2018-H1'),
    ('the autumn', 'DATE', '2018-FA'),
    ('March 2019', 'DATE', '2019-03'),
    ('March 29 next year', 'DATE', '2019-03-29'),
    ('the next 12 months', 'DURATION', 'P12M'),
    ('last autumn', 'DATE', '2017-FA'),
    ('this year', 'DATE', '2018'),
    ('2004', 'DATE', '2004'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('last year', 'DATE', '2017'),
    ('the final quarter of 2017', 'DATE', '2017-Q4'),
    ('mid-2019', 'DATE', '2019'),
    ('September', 'DATE', '2017-09'),
    ('this week', 'DATE', '2018-W10'),
    ('four weeks', 'DURATION', 'P4W'),
    ('May 4', 'DATE', '2018-05-04'),
    ('the autumn', 'DATE', '2018-FA'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('the past two months', 'DURATION', 'P2M'),
    ('Easter', 'DATE', '2018-04-01'),
    ('the early summer', 'DATE', '2018-SU'),
]),
# 10. AFP, Philippine ferry fire search called off (2020)
('2020-12-03', 'auto', """Search for missing called off after Philippine ferry fire

MANILA, Dec 3, 2020 (AFP) - Philippine coastguard officials on Thursday ended the search for six passengers missing after a fire tore through a ferry off Mindoro island at the weekend, saying there was no longer any hope of finding survivors.

The MV Princess Lorraine was carrying 148 passengers and 37 crew when the blaze broke out in the engine room around 11:30 pm Saturday, about two hours after the ship left the port of Batangas for Calapan. The burning vessel drifted for hours before it sank the following morning in about 60 metres of water.

Most of those on board were rescued by fishing boats and a passing cargo ship within three hours, but eight bodies have been recovered, the coastguard said. Six people are still unaccounted for.

"We have searched for five days and covered more than 600 square nautical miles," coastguard spokesman Rommel Dizon told reporters in Manila. "Sadly, the chances are now very slim."

The ferry's operator, Visayan Star Lines, said the vessel had passed an inspection in October and that its crew had carried out a fire drill on November 20. Its licence to operate has been suspended pending the investigation.

The transport department ordered a review of safety on all inter-island ferries, which carry millions of Filipinos every year, and gave the Maritime Industry Authority 30 days to submit its findings.

Survivors described scenes of panic as smoke filled the passenger decks. "People were jumping into the sea without life vests. It was very dark," said Rowena Dela Cruz, 34, who was travelling with her two children to spend Christmas with relatives.

Ferry traffic in the archipelago had only resumed in recent months after being halted from March to June because of coronavirus restrictions. Operators have been allowed to sail at half capacity since August.

The Philippines has a long history of deadly sea disasters. In 1987, the ferry Dona Paz sank after colliding with an oil tanker, killing more than 4,300 people in the world's worst peacetime maritime disaster.

The coastguard said an inquiry board would hold its first hearing next Tuesday. Relatives of the missing have scheduled a memorial mass for Sunday in Calapan.
""", [
    ('Dec 3, 2020', 'DATE', '2020-12-03'),
    ('Thursday', 'DATE', '2020-12-03'),
    ('the weekend', 'DATE', '2020-W48-WE'),
    ('around 11:30 pm Saturday', 'TIME', '2020-11-28T23:30'),
    ('about two hours', 'DURATION', 'PT2H'),
    ('hours', 'DURATION', 'PTXH'),
    ('the following morning', 'DATE|TIME', '2020-11-29TMO'),
    ('three hours', 'DURATION', 'PT3H'),
    ('five days', 'DURATION', 'P5D'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('October', 'DATE', '2020-10'),
    ('November 20', 'DATE', '2020-11-20'),
    ('every year', 'SET', 'P1Y'),
    ('30 days', 'DURATION', 'P30D'),
    ('Christmas', 'DATE', '2020-12-25'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('March', 'DATE', '2020-03'),
    ('June', 'DATE', '2020-06'),
    ('August', 'DATE', '2020-08'),
    ('1987', 'DATE', '1987'),
    ('next Tuesday', 'DATE', '2020-12-08'),
    ('Sunday', 'DATE', '2020-12-06'),
]),
# 11. Local paper (UK), bus drivers announce strikes (2023)
('2023-01-17', 'auto', """Bus drivers announce 10 days of strikes in pay row

By Laura Pearson
Transport Reporter

Hundreds of bus drivers in Sunderland and County Durham will walk out for ten days from next month after rejecting a pay offer, union leaders announced today.

Unite said more than 430 drivers employed by Wearside Buses would strike on February 3 and again from February 6 until February 14, leaving thousands of passengers without their usual services.

The strikes will hit every route operated from the company's depots in Sunderland and Stanley, including the busy X20 service to Newcastle, which normally runs every 12 minutes.

Drivers voted by 89 per cent to take action in a ballot that closed on Friday. The union said the company's offer of a 6 per cent rise backdated to October was "well below inflation", which stood at 10.5 per cent in December.

Regional officer Mick Turnbull said: "Our members kept this county moving through the pandemic. They have had one pay rise in the past three years and they simply cannot afford to lose any more ground."

Wearside Buses said it was disappointed by the decision and that it had made "the best offer we can" at talks last Wednesday. Managing director Claire Hodgson said the firm had lost about a fifth of its passengers since 2019 and that fares income had still not recovered.

"We remain available to talk and would urge Unite to come back to the table this week," she said.

The company said it would publish details of any services it could run on its website from 5pm on February 1, and advised passengers to check before travelling.

Durham County Council said it was working with schools to make sure pupils with free bus passes could still get to lessons. Around 3,500 children travel to school on Wearside Buses services each day.

Passengers at Park Lane interchange this morning said the strike would cause them real problems. "I start work at 7am and there is no other way for me to get there," said care worker Dawn Ellison, of Hetton-le-Hole. "Ten days without pay on top of everything else is going to hurt."

It is the first strike at the company since 2011, when drivers staged three 24-hour stoppages over pensions.

The dispute comes after months of disruption on the region's rail network, with further national train strikes planned for the start of February.
""", [
    ('10 days', 'DURATION', 'P10D'),
    ('ten days', 'DURATION', 'P10D'),
    ('next month', 'DATE', '2023-02'),
    ('today', 'DATE', '2023-01-17'),
    ('February 3', 'DATE', '2023-02-03'),
    ('February 6', 'DATE', '2023-02-06'),
    ('February 14', 'DATE', '2023-02-14'),
    ('every 12 minutes', 'SET', 'PT12M'),
    ('Friday', 'DATE', '2023-01-13'),
    ('October', 'DATE', '2022-10'),
    ('December', 'DATE', '2022-12'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('last Wednesday', 'DATE', '2023-01-11'),
    ('2019', 'DATE', '2019'),
    ('this week', 'DATE', '2023-W03'),
    ('5pm on February 1', 'TIME', '2023-02-01T17:00'),
    ('each day', 'SET', 'P1D'),
    ('this morning', 'DATE|TIME', '2023-01-17TMO'),
    ('7am', 'TIME', 'XXXX-XX-XXT07:00|2023-01-17T07:00'),
    ('Ten days', 'DURATION', 'P10D'),
    ('2011', 'DATE', '2011'),
    ('24-hour', 'DURATION', 'PT24H'),
    ('months', 'DURATION', 'PXM'),
    ('the start of February', 'DATE', '2023-02'),
]),
# 12. Trade press, container lines hold off Red Sea return (2025)
('2025-02-26', 'auto', """Carriers hold off Suez return despite Gaza ceasefire

By Priya Natarajan

Container lines are unlikely to resume regular transits of the Red Sea before the second half of the year, even though attacks on merchant shipping have largely stopped since the Gaza ceasefire took effect on January 19, senior executives said this week.

Speaking at a conference in Singapore on Tuesday, the head of network planning at one of the top five carriers said insurers and crews would need a sustained period of calm before services could be switched back from the Cape of Good Hope route. "We will not put our seafarers at risk on the basis of a few weeks without incidents," he said.

Houthi forces in Yemen began attacking vessels in November 2023, and by early last year most large carriers had diverted their Asia-Europe and Asia-Mediterranean loops around Africa, adding about two weeks to each voyage.

The diversions have absorbed around 8% of global fleet capacity, according to consultancy estimates, and helped keep spot rates well above pre-crisis levels throughout 2024. The Shanghai Containerized Freight Index stood at 1,595 points last Friday, down 36% from its level on January 10 but still roughly 70% higher than in October 2023.

A full return to Suez would release that capacity just as carriers take delivery of a record volume of new tonnage. Orderbook data shows about 2.9m teu of ships due this year and a further 3.4m teu in 2026.

"As soon as the Red Sea opens, rates fall off a cliff," said one freight forwarder in Hamburg. "Nobody wants to move first."

The Suez Canal Authority said earlier this month that canal revenue fell by about 60% in 2024, and it has signalled that it is ready to offer discounts on transit fees to tempt the largest container lines back.

CMA CGM has continued to send some vessels through the Red Sea under French naval escort, and the carrier said in January it would maintain a limited presence on the route.

The new alliances that started operating on February 1 have all built their networks around the Cape, and executives said any change would take at least two months to implement once a decision was made.

Analysts at Drewry said the most likely scenario was a gradual return beginning in the third quarter, with full normalisation not before 2026. Negotiations on the second phase of the ceasefire are due to begin in the coming days.
""", [
    ('the second half of the year', 'DATE', '2025-H2'),
    ('January 19', 'DATE', '2025-01-19'),
    ('this week', 'DATE', '2025-W09'),
    ('Tuesday', 'DATE', '2025-02-25'),
    ('a few weeks', 'DURATION', 'PXW'),
    ('November 2023', 'DATE', '2023-11'),
    ('early last year', 'DATE', '2024'),
    ('about two weeks', 'DURATION', 'P2W'),
    ('2024', 'DATE', '2024'),
    ('last Friday', 'DATE', '2025-02-21'),
    ('January 10', 'DATE', '2025-01-10'),
    ('October 2023', 'DATE', '2023-10'),
    ('this year', 'DATE', '2025'),
    ('2026', 'DATE', '2026'),
    ('earlier this month', 'DATE', '2025-02'),
    ('2024', 'DATE', '2024'),
    ('January', 'DATE', '2025-01'),
    ('February 1', 'DATE', '2025-02-01'),
    ('at least two months', 'DURATION', 'P2M'),
    ('the third quarter', 'DATE', '2025-Q3'),
    ('2026', 'DATE', '2026'),
    ('the coming days', 'DATE|DURATION', 'FUTURE_REF|PXD'),
]),
]
