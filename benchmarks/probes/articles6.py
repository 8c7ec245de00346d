PROBES = [
('2018-01-14', 'auto', """Rail strike: Commuters face fresh disruption after talks collapse

14 January 2018

Commuters in the south of England face a week of disruption after talks between the Rail Staff Union (RSU) and Coastway Trains broke down on Saturday evening.

The union confirmed that guards will walk out for 48 hours from Wednesday, and again on 22 January, in the latest stage of a dispute that has dragged on for nearly two years.

Coastway said it would run about 60% of its normal timetable. On Wednesday the last train from London Victoria to Brighton will leave at 21:30, and passengers have been advised to check before travelling.

The breakdown came after more than nine hours of talks at the conciliation service Acas, which had begun at 10:00. A union spokesman said the company had "walked away from a deal that was on the table on Tuesday night".

The row centres on plans to make drivers, rather than guards, responsible for closing train doors. The RSU has staged more than 30 walkouts since April 2016, and an overtime ban by drivers brought much of the network to a standstill in the winter of 2016/17.

Transport minister Helen Carrow, speaking to the BBC on Sunday morning, said passengers had "suffered enough" and urged the union to call off the action. She said an independent review of the network, published on 20 December, showed that most delays last year were caused by the dispute.

The company's chief executive, Angela Marsh, said the firm had offered guards a two-year pay deal and a guarantee of jobs until 2021. "We have been clear for months that no-one will lose their job," she said.

The union's general secretary, Mick Rowland, said members would be balloted on the offer within the next fortnight but that Wednesday's strike would go ahead. He accused the company of "briefing the press on Friday evening before we had even seen the paper".

Passenger groups said commuters had faced cancellations every week since the autumn. One season ticket holder from Brighton, who commutes to London every day, said her ticket had gone up by 3.4% on 2 January, when fares rose across the country.

Talks are expected to resume on Monday, and Acas said it was ready to host both sides "at any time". A further strike is planned for early February if no agreement is reached.
""", [
    ('14 January 2018', 'DATE', '2018-01-14'),
    ('a week', 'DURATION', 'P1W'),
    ('Saturday evening', 'TIME', '2018-01-13TEV'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('Wednesday', 'DATE', '2018-01-17'),
    ('22 January', 'DATE', '2018-01-22'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('Wednesday', 'DATE', '2018-01-17'),
    ('21:30', 'TIME', '2018-01-17T21:30'),
    ('more than nine hours', 'DURATION', 'PT9H'),
    ('10:00', 'TIME', '2018-01-13T10:00'),
    ('Tuesday night', 'TIME', '2018-01-09TNI'),
    ('April 2016', 'DATE', '2016-04'),
    ('the winter of 2016/17', 'DATE', '2016-WI|2017-WI'),
    ('Sunday morning', 'TIME', '2018-01-14TMO'),
    ('20 December', 'DATE', '2017-12-20'),
    ('last year', 'DATE', '2017'),
    ('two-year', 'DURATION', 'P2Y'),
    ('2021', 'DATE', '2021'),
    ('months', 'DURATION', 'PXM'),
    ('the next fortnight', 'DURATION', 'P2W'),
    ('Wednesday', 'DATE', '2018-01-17'),
    ('Friday evening', 'TIME', '2018-01-12TEV'),
    ('every week', 'SET', 'P1W'),
    ('the autumn', 'DATE', '2017-FA'),
    ('every day', 'SET', 'P1D'),
    ('2 January', 'DATE', '2018-01-02'),
    ('Monday', 'DATE', '2018-01-15'),
    ('early February', 'DATE', '2018-02'),
]),
('2023-12-26', 'auto', """Harbourside 2-1 Castleton: Okafor strikes late to end Boxing Day gloom

Tuesday 26 December 2023

For 80 minutes it looked as though the home supporters would trudge out of the Quay disappointed again. Then Dele Okafor, who had only just come on as a substitute, met Sam Whitlock's cross at the far post, and a crowd of 19,000 finally had something to sing about.

It was Harbourside's first home win since 7 October, and it lifts them out of the bottom three for the first time since the end of August. Castleton, unbeaten in the league since early November, will rue a second half in which they barely threatened.

The visitors had led after 23 minutes through Ryan Achterberg, whose low shot crept in off the post, and they should have doubled their advantage before the break. Harbourside's equaliser came 10 minutes after the restart, when Whitlock's free-kick deflected in off Tom Ellery.

"We've been on the wrong end of games like this for months," said the Harbourside manager, Lucy Brannigan, who was appointed in September after her predecessor was sacked following a 4-0 defeat at home. "Three days ago we lost at Millbrook with the last kick. Today the lads showed real character."

The win, Harbourside's sixth of the 2023/24 season, leaves them 19th with 24 points from 24 matches. They travel to Fenwick on Friday night before hosting Leeford on New Year's Day, with a 12.30pm kick-off.

Castleton's manager, Pieter de Vries, said his side had "switched off for 20 minutes" and complained about a schedule that leaves them two days to recover before Thursday's game against Ashby. "We played on Saturday, we play today, and we play again on Thursday," he said. "Nobody in this division has had it tougher this month."

Harbourside have not finished in the top half since the 2018/19 season, when they reached the play-off final. Their supporters will hope January brings reinforcements: the club confirmed on Tuesday morning that talks with two loan targets were well advanced, and Brannigan expects at least one deal to be done by the middle of next month.

"We need bodies," she said. "Over the next six weeks we have nine games. That's the reality of the Championship."
""", [
    ('Boxing Day', 'DATE', '2023-12-26'),
    ('Tuesday 26 December 2023', 'DATE', '2023-12-26'),
    ('80 minutes', 'DURATION', 'PT80M'),
    ('7 October', 'DATE', '2023-10-07'),
    ('the end of August', 'DATE', '2023-08'),
    ('early November', 'DATE', '2023-11'),
    ('23 minutes', 'DURATION', 'PT23M'),
    ('10 minutes', 'DURATION', 'PT10M'),
    ('months', 'DURATION', 'PXM'),
    ('September', 'DATE', '2023-09'),
    ('Three days ago', 'DATE', '2023-12-23'),
    ('Today', 'DATE', '2023-12-26'),
    ('the 2023/24 season', 'DATE', None),
    ('Friday night', 'TIME', '2023-12-29TNI'),
    ("New Year's Day", 'DATE', '2024-01-01'),
    ('12.30pm', 'TIME', '2024-01-01T12:30'),
    ('20 minutes', 'DURATION', 'PT20M'),
    ('two days', 'DURATION', 'P2D'),
    ('Thursday', 'DATE', '2023-12-28'),
    ('Saturday', 'DATE', '2023-12-23'),
    ('today', 'DATE', '2023-12-26'),
    ('Thursday', 'DATE', '2023-12-28'),
    ('this month', 'DATE', '2023-12'),
    ('the 2018/19 season', 'DATE', None),
    ('January', 'DATE', '2024-01'),
    ('Tuesday morning', 'TIME', '2023-12-26TMO'),
    ('the middle of next month', 'DATE', '2024-01'),
    ('the next six weeks', 'DURATION', 'P6W'),
]),
('2023-08-11', 'auto', """Kaveri Motors posts 18% rise in Q1 profit, bets on festive demand

Published - August 10, 2023 10:14 pm | Updated - August 11, 2023 08:02 am

CHENNAI

Two-wheeler maker Kaveri Motors Ltd. on Thursday reported an 18% rise in standalone net profit to ₹412 crore for the first quarter ended June 30, 2023, helped by steady rural demand and softer commodity prices.

Revenue from operations for the April-June quarter rose 14% to ₹5,260 crore, compared with ₹4,614 crore in the year-ago quarter, the company said in a regulatory filing.

The board, which met on Thursday, also approved capital expenditure of ₹1,500 crore for FY24, most of which will go towards a new plant in Hosur that is expected to begin production by March 2024.

"The first quarter has given us a strong base," managing director R. Venkatesh told reporters on a conference call. "We expect the momentum to continue until Diwali, which falls on November 12 this year, and we are adding capacity to meet it."

Domestic sales volumes grew 11% to 6.8 lakh units in the quarter, while exports fell 9% as demand in African markets remained weak. The company said it had raised prices by about 1.5% in July to offset the cost of new emission norms that came into force on April 1.

Mr. Venkatesh said the company was targeting double-digit volume growth this fiscal, after a 7% increase in FY23. Its electric scooter, launched in January, sold 21,000 units in the quarter, up from 6,000 in the January-March period.

Analysts were broadly positive. "Margins at 11.2% were ahead of our estimates, and the commentary on rural demand was encouraging," said Priya Raghavan of a Mumbai-based brokerage, who expects earnings to grow about 20% annually over the next two years.

Shares of Kaveri Motors closed 2.3% higher at ₹3,418 on the NSE on Thursday ahead of the results, which were announced after market hours. The stock has gained 26% so far in 2023, outperforming the Nifty Auto index.

The company will hold its shareholders' meeting on September 22, and the board has recommended a final dividend of ₹12 a share for FY23, to be paid within 30 days of the meeting.
""", [
    ('Q1', 'DATE', '2023-Q2|FY2024-Q1'),
    ('August 10, 2023 10:14 pm', 'TIME', '2023-08-10T22:14'),
    ('August 11, 2023 08:02 am', 'TIME', '2023-08-11T08:02'),
    ('Thursday', 'DATE', '2023-08-10'),
    ('the first quarter', 'DATE', '2023-Q2|FY2024-Q1'),
    ('June 30, 2023', 'DATE', '2023-06-30'),
    ('the April-June quarter', 'DATE', '2023-Q2|FY2024-Q1'),
    ('the year-ago quarter', 'DATE', '2022-Q2|FY2023-Q1'),
    ('Thursday', 'DATE', '2023-08-10'),
    ('FY24', 'DATE', 'FY2024|2024'),
    ('March 2024', 'DATE', '2024-03'),
    ('The first quarter', 'DATE', '2023-Q2|FY2024-Q1'),
    ('Diwali', 'DATE', '2023-11-12'),
    ('November 12', 'DATE', '2023-11-12'),
    ('this year', 'DATE', '2023'),
    ('the quarter', 'DATE', '2023-Q2|FY2024-Q1'),
    ('July', 'DATE', '2023-07'),
    ('April 1', 'DATE', '2023-04-01'),
    ('this fiscal', 'DATE', 'FY2024|2024'),
    ('FY23', 'DATE', 'FY2023|2023'),
    ('January', 'DATE', '2023-01'),
    ('the quarter', 'DATE', '2023-Q2|FY2024-Q1'),
    ('the January-March period', 'DATE', '2023-Q1|FY2023-Q4'),
    ('annually', 'SET', 'P1Y'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('Thursday', 'DATE', '2023-08-10'),
    ('2023', 'DATE', '2023'),
    ('September 22', 'DATE', '2023-09-22'),
    ('FY23', 'DATE', 'FY2023|2023'),
    ('30 days', 'DURATION', 'P30D'),
]),
('2019-10-24', 'auto', """As Diwali nears, Lucknow's air turns 'very poor'

LUCKNOW: With Diwali just three days away, the city's air quality slipped into the 'very poor' category on Wednesday, prompting the district administration to announce a crackdown on the sale of illegal firecrackers.

The air quality index (AQI) at Talkatora stood at 338 at 4pm, up from 271 a day earlier, according to the Central Pollution Control Board's bulletin. Officials said the figure could cross 400 on Sunday and Monday if wind speeds remain low.

District magistrate Kaushal Sharma said on Thursday that firecrackers can be burst only between 8pm and 10pm on Diwali, in line with the Supreme Court's order of October 2018. "Teams will conduct surprise checks every evening till October 31," he said.

Green crackers, which are said to emit about 30% less pollution, are being sold at 42 licensed stalls this year, against just nine last year. Traders, however, complained that supplies arrived only last week. "Last year we had our stock a month in advance. This time the consignment came on October 18, and half of it was damaged," said Aminabad trader Rakesh Gupta.

Doctors at King George's Medical University said OPD visits for respiratory complaints had gone up by nearly 25% in the past fortnight. "Every year we see the number of asthma patients double after the festival," said pulmonologist Dr Meenakshi Tiwari.

Meanwhile, the Lucknow Municipal Corporation said it would sprinkle water on major roads twice a day and deploy 12 anti-smog guns from Friday. Construction at 20 sites was halted on Tuesday for violating dust norms, and the market at Naka, which is held every Sunday, will not be allowed on Sunday.

The Met office has forecast clear skies and a minimum temperature of 17 degrees Celsius for the weekend, and no rain is expected later this week. A mild chill is likely to set in by early November.

Last year, the city's AQI touched 426 on November 8, the worst reading since 2016. Environmentalists said the administration should have begun its drive a month ago instead of waiting for the festival.
""", [
    ('Diwali', 'DATE', '2019-10-27'),
    ('Diwali', 'DATE', '2019-10-27'),
    ('three days', 'DURATION', 'P3D'),
    ('Wednesday', 'DATE', '2019-10-23'),
    ('4pm', 'TIME', '2019-10-23T16:00'),
    ('a day earlier', 'DATE', '2019-10-22'),
    ('Sunday', 'DATE', '2019-10-27'),
    ('Monday', 'DATE', '2019-10-28'),
    ('Thursday', 'DATE', '2019-10-24'),
    ('8pm', 'TIME', '2019-10-27T20:00'),
    ('10pm', 'TIME', '2019-10-27T22:00'),
    ('Diwali', 'DATE', '2019-10-27'),
    ('October 2018', 'DATE', '2018-10'),
    ('every evening', 'SET', 'XXXX-XX-XXTEV|TEV'),
    ('October 31', 'DATE', '2019-10-31'),
    ('this year', 'DATE', '2019'),
    ('last year', 'DATE', '2018'),
    ('last week', 'DATE', '2019-W42'),
    ('Last year', 'DATE', '2018'),
    ('a month', 'DURATION', 'P1M'),
    ('October 18', 'DATE', '2019-10-18'),
    ('the past fortnight', 'DURATION', 'P2W'),
    ('Every year', 'SET', 'P1Y'),
    ('twice a day', 'SET', 'P1D'),
    ('Friday', 'DATE', '2019-10-25'),
    ('Tuesday', 'DATE', '2019-10-22'),
    ('every Sunday', 'SET', 'XXXX-WXX-7'),
    ('Sunday', 'DATE', '2019-10-27'),
    ('the weekend', 'DATE', '2019-W43-WE'),
    ('later this week', 'DATE', '2019-W43'),
    ('early November', 'DATE', '2019-11'),
    ('Last year', 'DATE', '2018'),
    ('November 8', 'DATE', '2018-11-08'),
    ('2016', 'DATE', '2016'),
    ('a month ago', 'DATE', '2019-09'),
]),
('2007-04-04', 'auto', """Double demerits start tomorrow as police prepare for holiday traffic

Posted Wed Apr 4, 2007 2:15pm

NSW Police will begin a double demerit point operation at 12:01am tomorrow, with more than 1,500 officers to be deployed on roads across the state over Easter.

The operation will run until midnight Monday, and police say speed cameras and random breath testing units will be out in force on major highways, particularly the Pacific and the Hume.

Assistant Commissioner Paul Brennan says 11 people died on NSW roads over the holiday period last year, the worst toll since 1998. Last Easter, police issued more than 13,000 speeding fines during the five-day operation.

"We don't want to be knocking on doors on Easter Sunday to tell families their loved ones aren't coming home," he said.

The Roads and Traffic Authority expects traffic on the M5 to peak between 3pm and 7pm on Thursday, as Sydneysiders head for the coast. Motorists are being urged to travel early on Good Friday or wait until Saturday morning.

The warning comes as the Bureau of Meteorology forecasts rain for much of the coast from Friday afternoon, with up to 40 millimetres possible in the Illawarra. Forecaster Gemma Ward says the wet weather is likely to clear by Sunday.

It has been a dry start to autumn, with Sydney recording just 12 millimetres of rain in March, less than a fifth of the long-term average. Dam levels have fallen for nine consecutive weeks, and water restrictions introduced in 2003 remain in place.

Police say a second double demerit period will apply for Anzac Day on April 25. Last week, the state's road toll for 2007 stood at 118, compared with 131 a year earlier.

The Roads Minister said on Tuesday the Government would decide within six months whether to make double demerits permanent on all public holidays.

"People think the road rules stop applying the moment they leave Sydney," Assistant Commissioner Brennan said. "They don't, and we will be waiting for them."
""", [
    ('tomorrow', 'DATE', '2007-04-05'),
    ('Wed Apr 4, 2007 2:15pm', 'TIME', '2007-04-04T14:15'),
    ('12:01am tomorrow', 'TIME', '2007-04-05T00:01'),
    ('Easter', 'DATE', '2007-04-08'),
    ('midnight Monday', 'TIME', '2007-04-09T24:00|2007-04-10T00:00|2007-04-09TMI'),
    ('last year', 'DATE', '2006'),
    ('1998', 'DATE', '1998'),
    ('Last Easter', 'DATE', '2006-04-16'),
    ('five-day', 'DURATION', 'P5D'),
    ('Easter Sunday', 'DATE', '2007-04-08'),
    ('3pm', 'TIME', '2007-04-05T15:00'),
    ('7pm', 'TIME', '2007-04-05T19:00'),
    ('Thursday', 'DATE', '2007-04-05'),
    ('Good Friday', 'DATE', '2007-04-06'),
    ('Saturday morning', 'TIME', '2007-04-07TMO'),
    ('Friday afternoon', 'TIME', '2007-04-06TAF'),
    ('Sunday', 'DATE', '2007-04-08'),
    ('autumn', 'DATE', '2007-FA'),
    ('March', 'DATE', '2007-03'),
    ('nine consecutive weeks', 'DURATION', 'P9W'),
    ('2003', 'DATE', '2003'),
    ('Anzac Day', 'DATE', '2007-04-25'),
    ('April 25', 'DATE', '2007-04-25'),
    ('Last week', 'DATE', '2007-W13'),
    ('2007', 'DATE', '2007'),
    ('a year earlier', 'DATE', '2006|2006-W13|2006-03'),
    ('Tuesday', 'DATE', '2007-04-03'),
    ('six months', 'DURATION', 'P6M'),
]),
('2001-06-13', 'auto', """Limerick man jailed for six years over knifepoint garage robbery

A Limerick man who threatened a garage attendant with a knife during a robbery last year has been jailed for six years.

Declan Hourigan (29), of Ballinacurra Weston, pleaded guilty at Limerick Circuit Criminal Court yesterday to robbing a filling station on the Ennis Road on St Patrick's Day, March 17th, 2000, and to possession of a knife.

Det Garda Mary Culhane told the court that Hourigan entered the shop at about 9.40pm wearing a balaclava and demanded cash from the attendant, a student who was working alone. He left with IR£620 and was arrested two days later after gardaí identified him from CCTV footage.

Hourigan had 43 previous convictions, the court heard, and had been released from prison three weeks before the robbery.

Defence counsel Mr Brian McInerney BL said his client had been using heroin for a decade and had used the money to pay a drug debt. He had been drug-free for 14 months and was attending classes in the prison school twice a week.

The sentencing hearing, which began at 10.30am, lasted more than three hours. In a victim impact statement read to the court, the attendant said she had not returned to work for several weeks and had moved house last summer because she no longer felt safe.

Judge Michael Kiely said it had been "a terrifying ordeal for a young woman doing an ordinary job". Imposing a six-year sentence, with 18 months suspended, he backdated it to April 2nd, 2000, when Hourigan was first remanded in custody. He said he had taken into account the guilty plea, entered on May 24th, which had spared the victim from giving evidence.

The case had been listed for trial on Monday week but was brought forward after the plea. Outside the court, the victim's family said they were relieved the case was over after 15 months.

A co-accused, Alan Fitzgerald (24), of Southill, who is alleged to have driven the getaway car, will be sentenced at the same court on Friday.
""", [
    ('six years', 'DURATION', 'P6Y'),
    ('last year', 'DATE', '2000'),
    ('six years', 'DURATION', 'P6Y'),
    ('yesterday', 'DATE', '2001-06-12'),
    ("St Patrick's Day", 'DATE', '2000-03-17'),
    ('March 17th, 2000', 'DATE', '2000-03-17'),
    ('about 9.40pm', 'TIME', '2000-03-17T21:40'),
    ('two days later', 'DATE', '2000-03-19'),
    ('three weeks', 'DURATION', 'P3W'),
    ('a decade', 'DURATION', 'P10Y|P1DE'),
    ('14 months', 'DURATION', 'P14M'),
    ('twice a week', 'SET', 'P1W'),
    ('10.30am', 'TIME', '2001-06-12T10:30'),
    ('more than three hours', 'DURATION', 'PT3H'),
    ('several weeks', 'DURATION', 'PXW'),
    ('last summer', 'DATE', '2000-SU'),
    ('six-year', 'DURATION', 'P6Y'),
    ('18 months', 'DURATION', 'P18M'),
    ('April 2nd, 2000', 'DATE', '2000-04-02'),
    ('May 24th', 'DATE', '2001-05-24'),
    ('Monday week', 'DATE', '2001-06-25'),
    ('15 months', 'DURATION', 'P15M'),
    ('Friday', 'DATE', '2001-06-15'),
]),
('2015-06-29', 'auto', """Canada Day 2015 in Ottawa: What you need to know

CBC News Posted: Jun 29, 2015

Tens of thousands of people are expected to pack Parliament Hill on Wednesday for Canada Day, and organizers say security will be tighter than ever following the shooting on the Hill last October.

Visitors will have to pass through one of six security checkpoints, and bags larger than a small backpack won't be allowed. The gates open at 7 a.m., and organizers recommend arriving before 10 a.m. for the noon show, which will feature a flypast by the Snowbirds. The jets will rehearse over the river the day before, so don't be alarmed by low-flying aircraft on Tuesday afternoon.

A second show starts at 8 p.m., followed by fireworks at 10 p.m.

Getting there

OC Transpo will offer free service all day on July 1, and buses will run every 10 minutes between downtown and the Lincoln Fields and Hurdman stations from 9 a.m. to 2 a.m.

Wellington Street will be closed to traffic from 6 a.m. Wednesday until 3 a.m. Thursday. Parking enforcement will be stepped up, and the city warns that towing will begin at 5 a.m.

Weather

Environment Canada is calling for a high of 24 C on Wednesday, with a chance of showers in the afternoon. Last year, temperatures climbed to 31 C, and paramedics treated more than 100 people for heat-related illness.

A full rehearsal of the noon show was held Sunday, and a final run-through is planned for Tuesday evening.

Looking ahead

Hotels say bookings have been strong since Victoria Day, and Ottawa Tourism expects this summer to be the busiest since 2010.

The city is already planning for 2017, when Canada marks 150 years since Confederation. Earlier this month, the mayor said the city had set aside $1 million a year for the next two years to help pay for the celebrations, and on Friday he announced that the 2017 festivities would open with a concert on Dec. 31, 2016.

For live updates on Wednesday, follow CBC Ottawa on Twitter.
""", [
    ('Canada Day 2015', 'DATE', '2015-07-01'),
    ('Jun 29, 2015', 'DATE', '2015-06-29'),
    ('Wednesday', 'DATE', '2015-07-01'),
    ('Canada Day', 'DATE', '2015-07-01'),
    ('last October', 'DATE', '2014-10'),
    ('7 a.m.', 'TIME', '2015-07-01T07:00'),
    ('10 a.m.', 'TIME', '2015-07-01T10:00'),
    ('noon', 'TIME', '2015-07-01T12:00'),
    ('the day before', 'DATE', '2015-06-30'),
    ('Tuesday afternoon', 'TIME', '2015-06-30TAF'),
    ('8 p.m.', 'TIME', '2015-07-01T20:00'),
    ('10 p.m.', 'TIME', '2015-07-01T22:00'),
    ('all day', 'DURATION', 'P1D'),
    ('July 1', 'DATE', '2015-07-01'),
    ('every 10 minutes', 'SET', 'PT10M'),
    ('9 a.m.', 'TIME', '2015-07-01T09:00'),
    ('2 a.m.', 'TIME', '2015-07-02T02:00'),
    ('6 a.m. Wednesday', 'TIME', '2015-07-01T06:00'),
    ('3 a.m. Thursday', 'TIME', '2015-07-02T03:00'),
    ('5 a.m.', 'TIME', '2015-07-01T05:00'),
    ('Wednesday', 'DATE', '2015-07-01'),
    ('the afternoon', 'TIME', '2015-07-01TAF'),
    ('Last year', 'DATE', '2014'),
    ('noon', 'TIME', '2015-07-01T12:00'),
    ('Sunday', 'DATE', '2015-06-28'),
    ('Tuesday evening', 'TIME', '2015-06-30TEV'),
    ('Victoria Day', 'DATE', '2015-05-18'),
    ('this summer', 'DATE', '2015-SU'),
    ('2010', 'DATE', '2010'),
    ('2017', 'DATE', '2017'),
    ('150 years', 'DURATION', 'P150Y'),
    ('Earlier this month', 'DATE', '2015-06'),
    ('a year', 'SET', 'P1Y'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('Friday', 'DATE', '2015-06-26'),
    ('2017', 'DATE', '2017'),
    ('Dec. 31, 2016', 'DATE', '2016-12-31'),
    ('Wednesday', 'DATE', '2015-07-01'),
]),
('1995-09-23', 'auto', """Council puts library bond on November ballot

By Karen Lindquist
Gazette Staff Writer

PINE RIVER - The City Council voted 5-2 Thursday night to put a $4.2 million library bond on the Nov. 7 ballot, ending nearly a year of debate over how to replace the cramped downtown branch built in 1962.

If voters approve the measure, construction could begin next spring and the new library would open in the fall of 1997, City Manager Ellen Ruiz said Friday.

The bond would add about $38 a year to the property tax bill on a home valued at $80,000, for 20 years.

Council members Bob Hanley and Marge Tesch voted against the plan, saying the city should wait until the county finishes its reassessment early next year. "We asked people to pay more for the pool in 1991, and we're still paying that off," Hanley said.

Supporters packed the council chambers for more than three hours. Several noted that the existing branch has had a leaky roof since the 1980s and has no room for the computers patrons need to get on the Internet.

Library director Tom Brandt said circulation rose 12 percent in fiscal 1995, which ended June 30, and that the branch routinely turns away community groups for lack of meeting space. Story time, held every Wednesday morning, draws as many as 60 children to a room built for 30.

The library board will hold public forums on the plan Oct. 3 and Oct. 17 at Pine River High School. The council will hear a presentation on operating costs at its next meeting, Monday.

Ruiz said the city would seek bids this winter and hopes to break ground by April. The old building, which the city has owned for more than three decades, would be sold.

The last library bond, in 1988, failed by 212 votes. Turnout in that election was just 31 percent, and supporters say they will spend the next six weeks knocking on doors.

"This isn't 1988," said Friends of the Library president June Kowalski. "People have seen what this library does for kids, and they'll show up."
""", [
    ('November', 'DATE', '1995-11'),
    ('Thursday night', 'TIME', '1995-09-21TNI'),
    ('Nov. 7', 'DATE', '1995-11-07'),
    ('nearly a year', 'DURATION', 'P1Y'),
    ('1962', 'DATE', '1962'),
    ('next spring', 'DATE', '1996-SP'),
    ('the fall of 1997', 'DATE', '1997-FA'),
    ('Friday', 'DATE', '1995-09-22'),
    ('a year', 'SET', 'P1Y'),
    ('20 years', 'DURATION', 'P20Y'),
    ('early next year', 'DATE', '1996'),
    ('1991', 'DATE', '1991'),
    ('more than three hours', 'DURATION', 'PT3H'),
    ('the 1980s', 'DATE', '198'),
    ('fiscal 1995', 'DATE', 'FY1995|1995'),
    ('June 30', 'DATE', '1995-06-30'),
    ('every Wednesday morning', 'SET', 'XXXX-WXX-3TMO'),
    ('Oct. 3', 'DATE', '1995-10-03'),
    ('Oct. 17', 'DATE', '1995-10-17'),
    ('Monday', 'DATE', '1995-09-25'),
    ('this winter', 'DATE', '1995-WI'),
    ('April', 'DATE', '1996-04'),
    ('more than three decades', 'DURATION', 'P3DE|P30Y'),
    ('1988', 'DATE', '1988'),
    ('the next six weeks', 'DURATION', 'P6W'),
    ('1988', 'DATE', '1988'),
]),
('2012-05-15', 'auto', """FOR IMMEDIATE RELEASE

Brightwater Systems Launches CareSync 3.0, Expands Into Canada

AUSTIN, Texas, May 15, 2012 -- Brightwater Systems, Inc., a provider of scheduling software for home health agencies, today announced the general availability of CareSync 3.0, the latest version of its flagship platform.

The new version, which will be available to all customers beginning June 4, lets caregivers update visit records from a smartphone and syncs with agency billing systems every 15 minutes.

"Our customers told us their nurses were spending hours on paperwork every day," said Dana Whitfield, chief executive officer of Brightwater. "CareSync 3.0 gives that time back to patients."

The release follows a pilot program that ran from January through March with 14 agencies in Texas and Oklahoma. Participating agencies reduced missed visits by 31 percent during the three-month pilot.

Brightwater also announced that it has opened an office in Toronto, its first outside the United States, and expects to begin serving Canadian agencies in the third quarter. The company, which raised $12 million in venture funding earlier this year, plans to double its Toronto staff by the end of the year.

Brightwater reported record revenue of $18.7 million for the first quarter of 2012, up 42 percent from the same period last year. The company has added more than 300 agency customers since the beginning of 2011.

Brightwater will demonstrate CareSync 3.0 at the National Home Care Conference in Orlando next week and will host a live webinar for customers on Thursday, May 24, at 1 p.m. Existing customers will be upgraded automatically over the next 60 days at no additional cost.

About Brightwater Systems

Founded in 2004 and headquartered in Austin, Brightwater Systems serves more than 1,100 home health and hospice agencies in 22 states. The company has been named to the Austin Business Journal's list of fastest-growing private companies in each of the past three years.

Media Contact:
Rachel Ortiz
(512) 555-0148

###
""", [
    ('May 15, 2012', 'DATE', '2012-05-15'),
    ('today', 'DATE', '2012-05-15'),
    ('June 4', 'DATE', '2012-06-04'),
    ('every 15 minutes', 'SET', 'PT15M'),
    ('hours', 'DURATION', 'PXH'),
    ('every day', 'SET', 'P1D'),
    ('January', 'DATE', '2012-01'),
    ('March', 'DATE', '2012-03'),
    ('three-month', 'DURATION', 'P3M'),
    ('the third quarter', 'DATE', '2012-Q3'),
    ('earlier this year', 'DATE', '2012'),
    ('the end of the year', 'DATE', '2012'),
    ('the first quarter of 2012', 'DATE', '2012-Q1'),
    ('the same period last year', 'DATE', '2011-Q1'),
    ('the beginning of 2011', 'DATE', '2011'),
    ('next week', 'DATE', '2012-W21'),
    ('Thursday, May 24', 'DATE', '2012-05-24'),
    ('1 p.m.', 'TIME', '2012-05-24T13:00'),
    ('the next 60 days', 'DURATION', 'P60D'),
    ('2004', 'DATE', '2004'),
    ('the past three years', 'DURATION', 'P3Y'),
]),
('2020-03-16', 'auto', """Coronavirus live updates: Restaurants ordered to close dining rooms; schools shut through April 6

Monday, March 16, 2020
Last updated 6:52 p.m.

6:45 p.m. - Restaurants and bars must stop serving dine-in customers by 9 p.m., Gov. Laura Hensley announced at a news conference. Carryout and delivery can continue. The order will last two weeks, and the governor said she would extend it "without hesitation" if needed.

4:30 p.m. - The state health department reported 12 new confirmed cases, bringing the total to 50. The first case in the state was announced eight days ago, on March 8. Officials said 14 patients are in hospital.

2:15 p.m. - All K-12 public schools will close after classes Tuesday and remain closed through April 6, the governor said. Spring break, originally scheduled for the week of March 23, will be folded into the closure. Districts have been told to keep providing meals to students who rely on them.

1:00 p.m. - City Hall will close to the public beginning tomorrow. The water utility said it will not shut off service for nonpayment for the next 30 days.

11:20 a.m. - Harmon's Market, the state's largest grocery chain, said it will open early for shoppers over 60 every Tuesday and will limit purchases of toilet paper, hand sanitizer and flour starting Wednesday.

9:05 a.m. - The Centers for Disease Control and Prevention on Sunday recommended that gatherings of 50 or more people be canceled for the next eight weeks. Several churches held services online yesterday, and the archdiocese said public Masses are suspended through Easter.

8:00 a.m. - Good morning. Here's what happened over the weekend: the state confirmed its first case of community spread on Saturday; the state university extended its spring break by a week; and the primary election, scheduled for Tuesday, March 17, was still on as of Sunday night. Check back here for updates.
""", [
    ('April 6', 'DATE', '2020-04-06'),
    ('Monday, March 16, 2020', 'DATE', '2020-03-16'),
    ('6:52 p.m.', 'TIME', '2020-03-16T18:52'),
    ('6:45 p.m.', 'TIME', '2020-03-16T18:45'),
    ('9 p.m.', 'TIME', '2020-03-16T21:00'),
    ('two weeks', 'DURATION', 'P2W'),
    ('4:30 p.m.', 'TIME', '2020-03-16T16:30'),
    ('eight days ago', 'DATE', '2020-03-08'),
    ('March 8', 'DATE', '2020-03-08'),
    ('2:15 p.m.', 'TIME', '2020-03-16T14:15'),
    ('Tuesday', 'DATE', '2020-03-17'),
    ('April 6', 'DATE', '2020-04-06'),
    ('the week of March 23', 'DATE', '2020-W13'),
    ('1:00 p.m.', 'TIME', '2020-03-16T13:00'),
    ('tomorrow', 'DATE', '2020-03-17'),
    ('the next 30 days', 'DURATION', 'P30D'),
    ('11:20 a.m.', 'TIME', '2020-03-16T11:20'),
    ('every Tuesday', 'SET', 'XXXX-WXX-2'),
    ('Wednesday', 'DATE', '2020-03-18'),
    ('9:05 a.m.', 'TIME', '2020-03-16T09:05'),
    ('Sunday', 'DATE', '2020-03-15'),
    ('the next eight weeks', 'DURATION', 'P8W'),
    ('yesterday', 'DATE', '2020-03-15'),
    ('Easter', 'DATE', '2020-04-12'),
    ('8:00 a.m.', 'TIME', '2020-03-16T08:00'),
    ('the weekend', 'DATE', '2020-W11-WE'),
    ('Saturday', 'DATE', '2020-03-14'),
    ('a week', 'DURATION', 'P1W'),
    ('Tuesday, March 17', 'DATE', '2020-03-17'),
    ('Sunday night', 'TIME', '2020-03-15TNI'),
]),
('1998-11-10', 'auto', """WINTER STORM WARNING
NATIONAL WEATHER SERVICE SIOUX FALLS SD
345 AM CST TUE NOV 10 1998

...WINTER STORM WARNING IN EFFECT FROM NOON TODAY UNTIL 6 PM WEDNESDAY...

THE NATIONAL WEATHER SERVICE IN SIOUX FALLS HAS ISSUED A WINTER STORM WARNING FOR HEAVY SNOW AND STRONG WINDS...WHICH IS IN EFFECT FROM NOON TODAY UNTIL 6 PM WEDNESDAY. THE WINTER STORM WATCH ISSUED MONDAY AFTERNOON IS NO LONGER IN EFFECT.

A DEEPENING LOW PRESSURE SYSTEM OVER EASTERN KANSAS EARLY THIS MORNING WILL MOVE NORTHEAST INTO CENTRAL IOWA BY THIS EVENING AND INTO WESTERN WISCONSIN BY WEDNESDAY MORNING. RAIN WILL CHANGE TO SNOW ACROSS THE WARNING AREA LATE THIS MORNING...AND SNOW WILL BECOME HEAVY AT TIMES THIS AFTERNOON AND TONIGHT. THE HEAVIEST SNOW IS EXPECTED BETWEEN 6 PM AND MIDNIGHT. TOTAL ACCUMULATIONS OF 6 TO 10 INCHES ARE LIKELY BY WEDNESDAY AFTERNOON.

NORTHWEST WINDS OF 25 TO 35 MPH WITH GUSTS TO 55 MPH WILL DEVELOP TONIGHT AND CONTINUE THROUGH WEDNESDAY...CAUSING WIDESPREAD BLOWING AND DRIFTING SNOW. VISIBILITIES WILL DROP TO A QUARTER MILE OR LESS AT TIMES. TRAVEL WILL BECOME VERY DIFFICULT BY LATE AFTERNOON AND MAY BE IMPOSSIBLE IN OPEN COUNTRY.

THIS WILL BE THE FIRST SIGNIFICANT SNOWFALL THIS FALL AND THE STRONGEST STORM TO AFFECT THE REGION SINCE LAST MARCH.

A WINTER STORM WARNING MEANS SIGNIFICANT AMOUNTS OF SNOW...SLEET...OR ICE ARE EXPECTED OR OCCURRING. IF YOU MUST TRAVEL...KEEP AN EXTRA FLASHLIGHT...FOOD AND WATER IN YOUR VEHICLE. STAY TUNED TO NOAA WEATHER RADIO FOR UPDATES...WHICH WILL BE ISSUED EVERY SIX HOURS OR MORE OFTEN IF CONDITIONS WARRANT.

ZONE FORECAST FOR SOUTHEAST SOUTH DAKOTA

.TODAY...RAIN CHANGING TO SNOW BY LATE MORNING. HIGH 34. NORTH WINDS 15 TO 25 MPH.
.TONIGHT...SNOW...HEAVY AT TIMES. BLOWING SNOW. LOW 22.
.WEDNESDAY...SNOW ENDING IN THE AFTERNOON. HIGH 27.
.THURSDAY...PARTLY CLOUDY AND COLD. LOW 12. HIGH 24.
.FRIDAY...SUNNY. HIGH 33.
.SATURDAY AND SUNDAY...DRY. HIGHS IN THE UPPER 30S.

$$
""", [
    ('345 AM CST TUE NOV 10 1998', 'TIME', '1998-11-10T03:45'),
    ('NOON TODAY', 'TIME', '1998-11-10T12:00'),
    ('6 PM WEDNESDAY', 'TIME', '1998-11-11T18:00'),
    ('NOON TODAY', 'TIME', '1998-11-10T12:00'),
    ('6 PM WEDNESDAY', 'TIME', '1998-11-11T18:00'),
    ('MONDAY AFTERNOON', 'TIME', '1998-11-09TAF'),
    ('EARLY THIS MORNING', 'TIME', '1998-11-10TMO'),
    ('THIS EVENING', 'TIME', '1998-11-10TEV'),
    ('WEDNESDAY MORNING', 'TIME', '1998-11-11TMO'),
    ('LATE THIS MORNING', 'TIME', '1998-11-10TMO'),
    ('THIS AFTERNOON', 'TIME', '1998-11-10TAF'),
    ('TONIGHT', 'TIME', '1998-11-10TNI'),
    ('6 PM', 'TIME', '1998-11-10T18:00'),
    ('MIDNIGHT', 'TIME', '1998-11-10T24:00|1998-11-11T00:00|1998-11-10TMI'),
    ('WEDNESDAY AFTERNOON', 'TIME', '1998-11-11TAF'),
    ('TONIGHT', 'TIME', '1998-11-10TNI'),
    ('WEDNESDAY', 'DATE', '1998-11-11'),
    ('LATE AFTERNOON', 'TIME', '1998-11-10TAF'),
    ('THIS FALL', 'DATE', '1998-FA'),
    ('LAST MARCH', 'DATE', '1998-03'),
    ('EVERY SIX HOURS', 'SET', 'PT6H'),
    ('TODAY', 'DATE', '1998-11-10'),
    ('LATE MORNING', 'TIME', '1998-11-10TMO'),
    ('TONIGHT', 'TIME', '1998-11-10TNI'),
    ('WEDNESDAY', 'DATE', '1998-11-11'),
    ('THE AFTERNOON', 'TIME', '1998-11-11TAF'),
    ('THURSDAY', 'DATE', '1998-11-12'),
    ('FRIDAY', 'DATE', '1998-11-13'),
    ('SATURDAY', 'DATE', '1998-11-14'),
    ('SUNDAY', 'DATE', '1998-11-15'),
]),
('2005-10-20', 'auto', """Harlan Industrial Reports Third-Quarter 2005 Results, Raises Outlook

MILWAUKEE--(BUSINESS WIRE)--Oct. 20, 2005--Harlan Industrial Corp. (NYSE:HIC) today reported net income of $48.2 million, or 91 cents per diluted share, for the third quarter ended Sept. 30, 2005, compared with $39.5 million, or 74 cents per share, in the same period last year.

Sales for the quarter rose 13 percent to $612 million from $541 million a year earlier, driven by strong demand for industrial pumps from energy customers and a 4 percent price increase that took effect July 1.

"Sales growth was the strongest we have seen since 2001," said Chairman and Chief Executive Richard Harlan. "Orders from oil and gas customers accelerated in September as operators began repairing facilities damaged by Hurricane Katrina in late August."

For the nine months ended Sept. 30, 2005, net income rose 19 percent to $131.7 million on sales of $1.74 billion.

Outlook

Harlan raised its 2005 earnings forecast to $3.40 to $3.50 per share, from the $3.20 to $3.35 range it issued in July. The company expects fourth-quarter sales to grow 9 to 11 percent, although it cautioned that higher steel costs could weigh on margins through the end of the year.

The company also said it expects capital spending of about $70 million in 2006, up from $55 million this year, including an expansion of its plant in Racine that is scheduled for completion in the spring of 2007.

Share repurchases and dividend

Harlan repurchased 1.2 million shares during the quarter and has bought back about 4 million shares since the program was announced in February 2004. Its board on Tuesday declared a regular quarterly dividend of 18 cents a share, payable Nov. 15 to shareholders of record on Nov. 1.

Conference call

Harlan will discuss its results on a conference call with analysts tomorrow at 10 a.m. A replay will be available for 30 days on the company's Web site.

About Harlan Industrial

Founded in 1919, Harlan Industrial designs and manufactures pumps, valves and flow-control systems for energy, water and industrial customers in more than 40 countries. The company has paid a dividend every quarter since 1956.
""", [
    ('Third-Quarter 2005', 'DATE', '2005-Q3'),
    ('Oct. 20, 2005', 'DATE', '2005-10-20'),
    ('today', 'DATE', '2005-10-20'),
    ('the third quarter', 'DATE', '2005-Q3'),
    ('Sept. 30, 2005', 'DATE', '2005-09-30'),
    ('the same period last year', 'DATE', '2004-Q3'),
    ('the quarter', 'DATE', '2005-Q3'),
    ('a year earlier', 'DATE', '2004-Q3|2004'),
    ('July 1', 'DATE', '2005-07-01'),
    ('2001', 'DATE', '2001'),
    ('September', 'DATE', '2005-09'),
    ('late August', 'DATE', '2005-08'),
    ('the nine months', 'DURATION', 'P9M'),
    ('Sept. 30, 2005', 'DATE', '2005-09-30'),
    ('2005', 'DATE', '2005'),
    ('July', 'DATE', '2005-07'),
    ('fourth-quarter', 'DATE', '2005-Q4'),
    ('the end of the year', 'DATE', '2005'),
    ('2006', 'DATE', '2006'),
    ('this year', 'DATE', '2005'),
    ('the spring of 2007', 'DATE', '2007-SP'),
    ('the quarter', 'DATE', '2005-Q3'),
    ('February 2004', 'DATE', '2004-02'),
    ('Tuesday', 'DATE', '2005-10-18'),
    ('quarterly', 'SET', 'P3M|XXXX-QX'),
    ('Nov. 15', 'DATE', '2005-11-15'),
    ('Nov. 1', 'DATE', '2005-11-01'),
    ('tomorrow', 'DATE', '2005-10-21'),
    ('10 a.m.', 'TIME', '2005-10-21T10:00'),
    ('30 days', 'DURATION', 'P30D'),
    ('1919', 'DATE', '1919'),
    ('every quarter', 'SET', 'P3M|XXXX-QX'),
    ('1956', 'DATE', '1956'),
]),
('2021-07-10', 'auto', """Tiny trackers reveal songbird's nonstop flight across the Caribbean

July 10, 2021

Scientists have tracked a songbird weighing less than a nickel flying nonstop for nearly four days over the open ocean, a feat that researchers say rewrites what is known about the limits of migration in small birds.

The study, published Wednesday in the journal Current Biology, followed 46 blackpoll warblers fitted with tiny geolocators in Vermont and Nova Scotia between 2016 and 2019. The birds migrate twice a year, heading to South America every fall and returning every spring to breed in the boreal forests of Canada and Alaska.

One bird left the coast of New England on the evening of Oct. 2, 2018, and landed in Venezuela after a flight of about 86 hours, covering more than 2,500 kilometers without stopping to eat or rest.

"We knew they were capable of long flights, but nobody expected this," said lead author Hannah Oduya, an ecologist at the University of Vermont. The team spent more than three years recapturing birds to recover the devices, which cannot transmit data on their own.

The trackers, each weighing about half a gram, record light levels every two minutes. From changes in light levels, researchers can estimate a bird's position to within about 150 kilometers.

Blackpoll numbers have fallen by an estimated 90 percent since the 1970s, according to the North American Breeding Bird Survey, which volunteers carry out every June. Habitat loss on the wintering grounds and collisions with buildings are thought to be major causes.

Oduya's team plans to fit 200 more birds with newer GPS tags this summer and next year, and expects the first results by the spring of 2023. The National Science Foundation last month awarded the group a three-year grant of $1.2 million.

Other researchers praised the work. "This is the kind of data we've been waiting decades for," said Marcus Lindell, an ornithologist at Cornell University who was not involved in the study. He noted that tracking studies in the 2000s had been limited to much larger birds such as terns and godwits.

The paper follows a separate study, released on Friday, which found that bright city lights pull migrating birds off course and into collisions with glass.
""", [
    ('July 10, 2021', 'DATE', '2021-07-10'),
    ('nearly four days', 'DURATION', 'P4D'),
    ('Wednesday', 'DATE', '2021-07-07'),
    ('2016', 'DATE', '2016'),
    ('2019', 'DATE', '2019'),
    ('twice a year', 'SET', 'P1Y'),
    ('every fall', 'SET', 'XXXX-FA'),
    ('every spring', 'SET', 'XXXX-SP'),
    ('the evening of Oct. 2, 2018', 'TIME', '2018-10-02TEV'),
    ('about 86 hours', 'DURATION', 'PT86H'),
    ('more than three years', 'DURATION', 'P3Y'),
    ('every two minutes', 'SET', 'PT2M'),
    ('the 1970s', 'DATE', '197'),
    ('every June', 'SET', 'XXXX-06'),
    ('this summer', 'DATE', '2021-SU'),
    ('next year', 'DATE', '2022'),
    ('the spring of 2023', 'DATE', '2023-SP'),
    ('last month', 'DATE', '2021-06'),
    ('three-year', 'DURATION', 'P3Y'),
    ('decades', 'DURATION', 'PXDE|PXY'),
    ('the 2000s', 'DATE', '200'),
    ('Friday', 'DATE', '2021-07-09'),
]),
('2025-02-21', 'auto', """Explainer: Armenia and Azerbaijan, from war to the edge of a peace deal

21 February 2025

For more than three decades, the mountainous enclave of Nagorno-Karabakh was at the centre of one of the longest-running conflicts to emerge from the collapse of the Soviet Union. This week, diplomats from both countries again said that a peace treaty was within reach. Here is how the conflict unfolded.

Soviet roots

In the early 1920s, Soviet authorities placed the largely Armenian-populated region inside Soviet Azerbaijan as an autonomous province. The arrangement held, uneasily, for nearly seven decades.

War in the 1990s

In February 1988, the region's local assembly voted to seek transfer to Soviet Armenia. Violence followed, and by the time the Soviet Union dissolved in December 1991 the two new states were sliding into full-scale war. Around 30,000 people were killed before a Russian-brokered ceasefire took effect on 12 May 1994. Armenian forces ended the war in control of the enclave and seven surrounding districts.

A frozen conflict

Mediators from the OSCE's Minsk Group, co-chaired by France, Russia and the United States, held talks for more than 25 years without reaching a settlement. Fighting flared in April 2016, when four days of clashes killed scores of soldiers on both sides.

The 2020 war

On 27 September 2020, Azerbaijan launched an offensive backed by Turkish-made drones. The war lasted 44 days and killed more than 6,500 people. A ceasefire brokered by Moscow was signed on the night of 9 November and took effect the next day, with Russian peacekeepers deployed for an initial five-year term.

Blockade and exodus

In December 2022, Azerbaijani protesters blocked the Lachin corridor, the only road linking the enclave to Armenia, and Baku set up a checkpoint on it the following April. On 19 September 2023, Azerbaijan launched a lightning offensive, and the enclave's forces agreed to disarm the next day. Within two weeks, more than 100,000 ethnic Armenians, nearly the entire population, had fled to Armenia. The separatist government formally ceased to exist on 1 January 2024.

Where things stand

Russian peacekeepers completed their withdrawal last year, well before their mandate was due to expire. The two sides say they have agreed most of the treaty text, but Azerbaijan wants Armenia to change its constitution, which Baku says contains a territorial claim. Armenia's prime minister has said a new constitution could be put to a referendum, but not before parliamentary elections due next year.

Analysts say a treaty signed in the coming months would be the first formal peace between the two neighbours since independence. But after decades of bloodshed, distrust on both sides runs deep.
""", [
    ('21 February 2025', 'DATE', '2025-02-21'),
    ('more than three decades', 'DURATION', 'P3DE|P30Y'),
    ('This week', 'DATE', '2025-W08'),
    ('the early 1920s', 'DATE', '192'),
    ('nearly seven decades', 'DURATION', 'P7DE|P70Y'),
    ('the 1990s', 'DATE', '199'),
    ('February 1988', 'DATE', '1988-02'),
    ('December 1991', 'DATE', '1991-12'),
    ('12 May 1994', 'DATE', '1994-05-12'),
    ('more than 25 years', 'DURATION', 'P25Y'),
    ('April 2016', 'DATE', '2016-04'),
    ('four days', 'DURATION', 'P4D'),
    ('2020', 'DATE', '2020'),
    ('27 September 2020', 'DATE', '2020-09-27'),
    ('44 days', 'DURATION', 'P44D'),
    ('the night of 9 November', 'TIME', '2020-11-09TNI'),
    ('the next day', 'DATE', '2020-11-10'),
    ('five-year', 'DURATION', 'P5Y'),
    ('December 2022', 'DATE', '2022-12'),
    ('the following April', 'DATE', '2023-04'),
    ('19 September 2023', 'DATE', '2023-09-19'),
    ('the next day', 'DATE', '2023-09-20'),
    ('two weeks', 'DURATION', 'P2W'),
    ('1 January 2024', 'DATE', '2024-01-01'),
    ('last year', 'DATE', '2024'),
    ('next year', 'DATE', '2026'),
    ('the coming months', 'DATE|DURATION', 'FUTURE_REF|PXM'),
    ('decades', 'DURATION', 'PXDE|PXY'),
]),
]
