# Gold TIMEX3 probe set 25: twelve news articles of 1997-2023 in the styles of AP, Reuters, AFP, the New York Times, the Washington Post, the BBC and NPR, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. New York Times, museum theft (1997)
('1997-02-10', 'auto', """Thieves Take 2 Dutch Paintings From Hartford Museum

HARTFORD, Feb. 10 — Thieves who apparently hid inside the Whitcombe Athenaeum after it closed on Saturday afternoon escaped early Sunday with two Dutch paintings valued at more than $12 million, the police and museum officials said today.

It was the largest art theft in Connecticut in more than two decades, and the second major theft at a New England museum in less than seven years, after the 1990 robbery at the Isabella Stewart Gardner Museum in Boston, which remains unsolved.

The paintings, a river landscape by Jan van Goyen and a small portrait attributed to Frans Hals, were cut from their frames in a second-floor gallery, said Lieut. Robert Carrano of the Hartford police. A guard making his rounds at 6:15 a.m. Sunday found the empty frames and a fire door propped open with a folded museum brochure.

"We believe they were inside the building for several hours," Lieutenant Carrano said at a news conference this morning. "This was planned, and it was planned for weeks, if not months."

The guard had last checked the gallery at 11 p.m. Saturday. The day before, a visitor told the police, she had noticed a man in a gray overcoat photographing the ceiling sensors in the same room.

The Whitcombe, which draws about 90,000 visitors annually, installed motion detectors in its galleries in 1993, and its guards ran weekly checks of the system. But according to one trustee, the detectors in the Dutch rooms had been switched off on Saturday because of a faulty circuit that an electrician was scheduled to repair this week.

The museum's director, Eleanor Voss, said the board had discussed upgrading security at every quarterly meeting since 1994 but had struggled to raise the money. "In hindsight, we waited too long," she said.

Agents from the Federal Bureau of Investigation's art-theft unit arrived from Boston yesterday afternoon and were expected to remain in Hartford through the end of the week. Insurers have offered a reward of $250,000 for information leading to the recovery of the paintings.

The van Goyen was last shown outside Hartford in 1988, when it was lent to the Rijksmuseum in Amsterdam for three months.

Art-recovery experts said stolen works of this caliber are rarely sold openly, and many are never seen again. "The first 48 hours matter enormously, but the honest answer is that these cases are often measured in decades," said Harold Pennick, a former Scotland Yard detective who now advises insurers in London and New York.

The museum will reopen on Wednesday, Ms. Voss said, with the two empty frames left hanging on the gallery wall.
""", [
    ('Feb. 10', 'DATE', '1997-02-10'),
    ('Saturday afternoon', 'DATE|TIME', '1997-02-08TAF'),
    ('early Sunday', 'DATE', '1997-02-09'),
    ('today', 'DATE', '1997-02-10'),
    ('more than two decades', 'DURATION', 'P20Y|P2E'),
    ('less than seven years', 'DURATION', 'P7Y'),
    ('1990', 'DATE', '1990'),
    ('6:15 a.m. Sunday', 'TIME', '1997-02-09T06:15'),
    ('several hours', 'DURATION', 'PTXH'),
    ('this morning', 'DATE|TIME', '1997-02-10TMO'),
    ('weeks', 'DURATION', 'PXW'),
    ('months', 'DURATION', 'PXM'),
    ('11 p.m. Saturday', 'TIME', '1997-02-08T23:00'),
    ('The day before', 'DATE', '1997-02-07'),
    ('annually', 'SET', 'P1Y'),
    ('1993', 'DATE', '1993'),
    ('weekly', 'SET', 'P1W'),
    ('Saturday', 'DATE', '1997-02-08'),
    ('this week', 'DATE', '1997-W07'),
    ('quarterly', 'SET', 'P3M'),
    ('1994', 'DATE', '1994'),
    ('yesterday afternoon', 'DATE|TIME', '1997-02-09TAF'),
    ('the end of the week', 'DATE', '1997-W07'),
    ('1988', 'DATE', '1988'),
    ('three months', 'DURATION', 'P3M'),
    ('The first 48 hours', 'DURATION', 'PT48H|P2D'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Wednesday', 'DATE', '1997-02-12'),
]),

# 2. AP, plane crash investigation (1998)
('1998-01-22', 'auto', """Investigators Look at Ice in Fatal Ohio Commuter Crash

By MARGARET HOLLIS
Associated Press Writer

DAYTON, Ohio (AP) — Federal investigators said Thursday that ice may have built up on the wings of a commuter plane shortly before it plunged into a frozen soybean field last week, killing all 19 people aboard.

National Transportation Safety Board member Carol Lindqvist told reporters that the plane's flight data recorder showed its airspeed dropping sharply during the last 40 seconds of the flight, while the autopilot struggled to hold altitude.

"It is far too early to say ice caused this accident," Lindqvist said. "But it is something we are looking at very closely right now."

The twin-engine Beechcraft 1900, operated by Buckeye Air Link, went down at 7:42 p.m. on Jan. 16, about eight minutes after taking off from Dayton International Airport for Chicago. The flight data recorder and the cockpit voice recorder were pulled from the wreckage the following day.

Weather records show freezing drizzle fell at the airport from about 6 p.m. until after 9 p.m. that night. Two other pilots who landed around the same time reported light icing, according to air traffic control tapes released Wednesday.

Buckeye Air Link has flown twice daily between Dayton and Chicago since 1995. The plane was built in 1989 and passed a scheduled inspection in December, the company said.

The crash is the third involving a turboprop in icing conditions in the past four years, and it has renewed pressure on the Federal Aviation Administration, which the safety board urged in 1996 to toughen certification standards for flying in freezing rain. The FAA has said it will propose new rules by the end of the year.

"We made recommendations on this almost two years ago, and we are still waiting," Lindqvist said.

Investigators spent the weekend recovering wreckage from the field and will move the pieces to a hangar in Columbus on Monday, where engineers will begin to reconstruct the wings.

A preliminary report is expected within 30 days, but a final ruling on the probable cause typically takes a year or more.

Funeral services for the pilot, Capt. Dennis Whalen, 41, of Springboro, were held Tuesday. A memorial service for all the victims is planned for 11 a.m. Saturday at the University of Dayton Arena.
""", [
    ('Thursday', 'DATE', '1998-01-22'),
    ('last week', 'DATE', '1998-W03'),
    ('the last 40 seconds', 'DURATION', 'PT40S'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('7:42 p.m. on Jan. 16', 'TIME', '1998-01-16T19:42'),
    ('about eight minutes', 'DURATION', 'PT8M'),
    ('the following day', 'DATE', '1998-01-17'),
    ('about 6 p.m.', 'TIME', '1998-01-16T18:00'),
    ('9 p.m.', 'TIME', '1998-01-16T21:00'),
    ('that night', 'DATE|TIME', '1998-01-16TNI'),
    ('Wednesday', 'DATE', '1998-01-21'),
    ('twice daily', 'SET', 'P1D'),
    ('1995', 'DATE', '1995'),
    ('1989', 'DATE', '1989'),
    ('December', 'DATE', '1997-12'),
    ('the past four years', 'DURATION', 'P4Y'),
    ('1996', 'DATE', '1996'),
    ('the end of the year', 'DATE', '1998|1998-12'),
    ('almost two years ago', 'DATE', '1996'),
    ('the weekend', 'DATE', '1998-W03-WE'),
    ('Monday', 'DATE', '1998-01-26'),
    ('30 days', 'DURATION', 'P30D'),
    ('a year', 'DURATION', 'P1Y'),
    ('Tuesday', 'DATE', '1998-01-20'),
    ('11 a.m. Saturday', 'TIME', '1998-01-24T11:00'),
]),

# 3. Reuters, trade dispute (2002)
('2002-03-06', 'auto', """EU vows swift WTO challenge to U.S. steel tariffs

By Philip Aldous

BRUSSELS, March 6 (Reuters) - The European Union said on Wednesday it would file a complaint with the World Trade Organisation within days over new U.S. tariffs on steel imports, and warned it could strike back with duties on American goods worth up to $2.5 billion by June.

U.S. President George W. Bush on Tuesday imposed tariffs of up to 30 percent on a range of steel products for three years, saying the battered domestic industry needed breathing space to restructure after a flood of cheap imports.

The tariffs take effect on March 20 and will be reviewed after 18 months, U.S. officials said.

"This is a clear breach of WTO rules and we will not sit idle," EU trade spokesman Anton Reiter told a news briefing. "We are talking about weeks, not months."

EU foreign ministers will discuss the response at a meeting in Brussels on Monday, diplomats said, and the European Commission hopes to publish a list of possible targets, including citrus fruit, textiles and motorcycles, before Easter.

Under WTO rules, a member may impose so-called safeguard measures for up to four years if a sudden surge in imports seriously injures domestic producers. But the EU argues that U.S. steel imports have fallen since 1998.

A spokesman for the U.S. Trade Representative's office said on Tuesday evening the measures were temporary and fully consistent with WTO rules.

The dispute adds to a growing list of transatlantic trade rows. Washington is already fighting Brussels over a tax break for U.S. exporters that the WTO ruled illegal in January, and over a European ban on hormone-treated beef that dates back to 1989.

Analysts said the steel row could also sour the new round of global trade talks launched in Doha last November, barely two months after the September 11 attacks on the United States.

European steelmakers fear that millions of tonnes of Asian and Russian steel shut out of the U.S. market will instead be diverted to Europe. The Commission is preparing emergency measures of its own, which could be in place by the end of the month, an official said.

Shares in European steel companies fell on Wednesday morning before recovering some ground.

Japan, South Korea, China and Brazil also said they were considering action at the WTO. Tokyo said it would seek consultations with Washington as early as next week.

Steel has been a source of friction between the two sides for decades. In 1992 the United States slapped anti-dumping duties on steel from a dozen countries, and negotiators spent much of the following year trying to settle the row.
""", [
    ('March 6', 'DATE', '2002-03-06'),
    ('Wednesday', 'DATE', '2002-03-06'),
    ('days', 'DURATION', 'PXD'),
    ('June', 'DATE', '2002-06'),
    ('Tuesday', 'DATE', '2002-03-05'),
    ('three years', 'DURATION', 'P3Y'),
    ('March 20', 'DATE', '2002-03-20'),
    ('18 months', 'DURATION', 'P18M'),
    ('weeks', 'DURATION', 'PXW'),
    ('months', 'DURATION', 'PXM'),
    ('Monday', 'DATE', '2002-03-11'),
    ('Easter', 'DATE', '2002-03-31'),
    ('four years', 'DURATION', 'P4Y'),
    ('1998', 'DATE', '1998'),
    ('Tuesday evening', 'DATE|TIME', '2002-03-05TEV'),
    ('January', 'DATE', '2002-01'),
    ('1989', 'DATE', '1989'),
    ('last November', 'DATE', '2001-11'),
    ('two months', 'DURATION', 'P2M'),
    ('September 11', 'DATE', '2001-09-11'),
    ('the end of the month', 'DATE', '2002-03'),
    ('Wednesday morning', 'DATE|TIME', '2002-03-06TMO'),
    ('next week', 'DATE', '2002-W11'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('1992', 'DATE', '1992'),
    ('the following year', 'DATE', '1993'),
]),

# 4. Reuters, kidnapping (2004)
('2004-06-14', 'auto', """Gunmen seize four foreign oil workers in Nigeria's delta

PORT HARCOURT, Nigeria, June 14 (Reuters) - Armed men in speedboats kidnapped two Britons, an American and a Filipino from an oil service vessel off Nigeria's southern Delta state on Sunday, company and security sources said on Monday.

The four men, employed by Houston-based contractor Gulfmarine Services, were seized at about 3 a.m. as their supply boat lay at anchor near the mouth of the Escravos river, a company spokesman said. A Nigerian cook was shot in the leg and taken to hospital in Warri.

"We have had no contact with the kidnappers so far," the spokesman said. "Our priority now is the safe return of our people."

Kidnappings of foreign oil workers have become increasingly common in the delta in recent years, but most hostages have been freed unharmed within a few days or weeks, often after oil firms or local politicians paid ransoms.

On April 23, gunmen seized nine workers from a drilling barge near Warri and freed them unharmed a week later. In February, a German engineer was held for nearly three weeks before being released in neighbouring Bayelsa state.

Delta state has been plagued by violence since March 2003, when fighting between Ijaw and Itsekiri militias forced oil companies to shut in about 40 percent of Nigeria's crude output.

Royal Dutch/Shell and ChevronTexaco have since restored much of that production, but Shell said last month that around 140,000 bpd remained shut in.

A British High Commission spokeswoman in Lagos said on Monday it was aware of the reports and was in touch with the Nigerian authorities. The U.S. embassy in Abuja declined to comment.

Security sources said the military's Joint Task Force had deployed gunboats to the area on Sunday afternoon and was searching the maze of creeks and mangrove swamps where kidnappers often hide their captives. An army spokesman said troops would not use force that could put the hostages at risk.

Leaders of the local Ijaw community are expected to meet Delta state government officials on Wednesday to try to open contact with the gang, a state official said.

"These boys are not politicians. They want money, and they know the companies will pay," said one community leader, who asked not to be named. "It happens every few weeks now."

Nigeria, Africa's biggest oil producer and the world's seventh-largest exporter, supplies about a fifth of U.S. crude imports. Brent crude rose 35 cents in early trade on Monday, with dealers citing the kidnapping and continuing worries over supplies from Iraq.
""", [
    ('June 14', 'DATE', '2004-06-14'),
    ('Sunday', 'DATE', '2004-06-13'),
    ('Monday', 'DATE', '2004-06-14'),
    ('about 3 a.m.', 'TIME', '2004-06-13T03:00'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('a few days', 'DURATION', 'PXD'),
    ('weeks', 'DURATION', 'PXW'),
    ('April 23', 'DATE', '2004-04-23'),
    ('a week later', 'DATE', '2004-04-30|2004-W18'),
    ('February', 'DATE', '2004-02'),
    ('nearly three weeks', 'DURATION', 'P3W'),
    ('March 2003', 'DATE', '2003-03'),
    ('last month', 'DATE', '2004-05'),
    ('Monday', 'DATE', '2004-06-14'),
    ('Sunday afternoon', 'DATE|TIME', '2004-06-13TAF'),
    ('Wednesday', 'DATE', '2004-06-16'),
    ('every few weeks', 'SET', 'PXW'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '2004-06-14'),
]),

# 5. New York Times, earnings report (2008)
('2008-10-22', 'auto', """Equipment Maker's Profit Falls 38% as Credit Squeeze Hits Orders

By DANIEL KORNFELD

Merriwell Corporation, the maker of construction equipment and home appliances, said on Tuesday that its third-quarter profit fell 38 percent and warned that sales would weaken further in the fourth quarter as the credit crisis spread from Wall Street to its customers.

The company earned $412 million, or $1.07 a share, in the three months that ended Sept. 30, compared with $664 million, or $1.71 a share, in the period a year earlier. Revenue slipped 6 percent, to $9.8 billion.

"Our dealers are telling us they simply cannot get financing right now," the chief executive, Paul Dreyer, said in a conference call with analysts. "I have been in this business for 31 years, and I have never seen orders fall off this quickly."

Merriwell lowered its forecast for 2008, saying it now expected earnings of $4.10 to $4.30 a share, down from the range of $4.80 to $5.00 that it issued in July. It also said it would cut about 2,500 jobs, or 4 percent of its work force, by the end of the first quarter of 2009, and would close plants in Ohio and Illinois next year.

Mr. Dreyer said he did not expect demand to recover before the second half of 2009, and that the board would review the company's quarterly dividend in December. Merriwell said earlier this month that it had drawn down $2 billion from a credit line.

The company's shares, which have lost nearly half their value since May, fell $2.14, or 7.3 percent, to $27.05 on Tuesday. Several rival equipment makers are scheduled to report results later this week.

The results were the latest sign that the turmoil in financial markets, which deepened last month with the collapse of Lehman Brothers, is spilling into the broader economy. Contractors and farmers who rely on credit to buy bulldozers and tractors have put off purchases, and dealers have cut their inventories for the past three months.

Merriwell, founded in Toledo, Ohio, in 1919, expanded aggressively overseas in the last decade, and foreign sales now account for 58 percent of its revenue, up from about a third in 2001. That helped cushion the company last year, when a housing slump battered its appliance business in the United States.

But orders from Europe and Asia have also slowed in recent weeks, executives said, and a stronger dollar will cut into overseas profits.

"We went through a tough stretch in the early 1990s, and we came out of it stronger," Mr. Dreyer said. "I expect we'll do the same again. But nobody should pretend this is going to be over by the spring."
""", [
    ('Tuesday', 'DATE', '2008-10-21'),
    ('third-quarter', 'DATE', '2008-Q3'),
    ('the fourth quarter', 'DATE', '2008-Q4'),
    ('the three months', 'DURATION', 'P3M'),
    ('Sept. 30', 'DATE', '2008-09-30'),
    ('a year earlier', 'DATE', '2007-Q3|2007'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('31 years', 'DURATION', 'P31Y'),
    ('2008', 'DATE', '2008'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('July', 'DATE', '2008-07'),
    ('the end of the first quarter of 2009', 'DATE', '2009-Q1'),
    ('next year', 'DATE', '2009'),
    ('the second half of 2009', 'DATE', '2009-H2'),
    ('quarterly', 'SET', 'P3M'),
    ('December', 'DATE', '2008-12'),
    ('earlier this month', 'DATE', '2008-10'),
    ('May', 'DATE', '2008-05'),
    ('Tuesday', 'DATE', '2008-10-21'),
    ('later this week', 'DATE', '2008-W43'),
    ('last month', 'DATE', '2008-09'),
    ('the past three months', 'DURATION', 'P3M'),
    ('1919', 'DATE', '1919'),
    ('the last decade', 'DURATION', 'P10Y|P1E'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2001', 'DATE', '2001'),
    ('last year', 'DATE', '2007'),
    ('recent weeks', 'DURATION|DATE', 'PXW|PAST_REF'),
    ('the early 1990s', 'DATE', '199'),
    ('the spring', 'DATE', '2009-SP'),
]),

# 6. AFP, volcano (2010)
('2010-11-04', 'auto', """Indonesia widens danger zone as Sumatran volcano erupts again

MEDAN, Indonesia, Nov 4, 2010 (AFP) - Indonesia on Thursday widened the exclusion zone around Mount Kelabat to 12 kilometres after the volcano on Sumatra island unleashed its most powerful eruption in decades, forcing thousands more villagers to flee.

The 2,460-metre (8,070-foot) volcano spewed ash up to six kilometres into the sky shortly after midnight, and searing clouds of gas raced down its southern slopes for nearly an hour, the Volcanology and Geological Disaster Mitigation Centre said.

"The activity is now much higher than last week. We cannot rule out a bigger eruption in the coming days," the centre's head, Agus Hidayat, told AFP.

At least 11 people have been killed since the volcano roared back to life on October 27, most of them farmers who had gone back to tend crops and livestock, and more than 40,000 are now living in schools, mosques and tents.

Officials said evacuees would not be allowed to return home for at least two weeks, and possibly until the end of the year.

Ash forced the closure of Medan's Polonia airport for six hours on Wednesday, and several international flights were cancelled. The airport reopened early Thursday, an official said.

Residents said they had felt tremors almost daily since mid-October. "For three days we slept in the rice fields because we were afraid to go back inside," said Rina, 34, who fled her village with her two children on Monday. "Now they tell us we cannot go home at all."

President Susilo Bambang Yudhoyono, who visited shelters on Tuesday, ordered ministers to speed up aid and said the government would consider moving the most exposed villages permanently.

Kelabat last had a major eruption in 1891, and scientists regarded it as relatively quiet until a series of small explosions in August 2007. Monitoring was stepped up after the mountain's flanks began to swell in July, vulcanologists said.

Indonesia sits on the Pacific "Ring of Fire" and has about 130 active volcanoes, several of which erupt every year. Central Java's Mount Merapi has also been erupting since last week, killing dozens of people.

The twin disasters come less than two weeks after a tsunami killed more than 400 people in the remote Mentawai islands off Sumatra's west coast.
""", [
    ('Nov 4, 2010', 'DATE', '2010-11-04'),
    ('Thursday', 'DATE', '2010-11-04'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('midnight', 'TIME', '2010-11-04T00:00|2010-11-03T24:00'),
    ('nearly an hour', 'DURATION', 'PT1H'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('last week', 'DATE', '2010-W43'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('October 27', 'DATE', '2010-10-27'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('at least two weeks', 'DURATION', 'P2W'),
    ('the end of the year', 'DATE', '2010|2010-12'),
    ('six hours', 'DURATION', 'PT6H'),
    ('Wednesday', 'DATE', '2010-11-03'),
    ('early Thursday', 'DATE', '2010-11-04'),
    ('almost daily', 'SET', 'P1D'),
    ('mid-October', 'DATE', '2010-10'),
    ('three days', 'DURATION', 'P3D'),
    ('Monday', 'DATE', '2010-11-01'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Tuesday', 'DATE', '2010-11-02'),
    ('1891', 'DATE', '1891'),
    ('August 2007', 'DATE', '2007-08'),
    ('July', 'DATE', '2010-07'),
    ('every year', 'SET', 'P1Y'),
    ('last week', 'DATE', '2010-W43'),
    ('less than two weeks', 'DURATION', 'P2W'),
]),

# 7. BBC, parliamentary vote (2011)
('2011-10-25', 'auto', """MPs back faster rise in state pension age

MPs have backed government plans to bring forward the increase in the state pension age to 66, despite warnings that hundreds of thousands of women will have to wait longer for their pensions.

The Pensions Bill cleared its second reading in the Commons by 302 votes to 241 on Monday night, a government majority of 61.

Under the plans, the pension age for both men and women will rise from 65 to 66 between December 2018 and October 2020, six years earlier than previously planned.

Ministers say the change is needed because people are living longer. A man aged 65 today can expect on average to live to 86, compared with 78 in the 1950s.

Pensions minister Mark Ellison told MPs: "We cannot pretend that a system designed in the 1940s can carry on unchanged while life expectancy rises by about three months every year."

Labour, which opposed the bill, says about 500,000 women born between December 1953 and October 1954 will be hit hardest, with some having to wait up to two years longer than they had expected.

Shadow pensions secretary Rachel Dunmore said: "These women were told three years ago that they would get their pension at 65 in 2018. Now they are being told to wait again, with barely six years to prepare."

Ten Conservative and Liberal Democrat backbenchers voted against the government or abstained. Ministers have said they will look at ways to soften the impact on the worst-affected women before the bill reaches its report stage, expected in the new year.

The bill will go to a Commons committee, where MPs will examine it line by line over the coming weeks.

The state pension age for women has been rising gradually since April 2010 and had been due to reach 65, the same as for men, in November 2018. It was set at 60 for women in 1940.

Under existing legislation, the pension age is due to rise again, to 67 between 2034 and 2036 and to 68 from 2044 to 2046. The Treasury said last week that the timetable for those increases would also be reviewed.

The charity Age UK said the pension age should be reviewed every five years by an independent body, "so that people get at least a decade's warning of any change".

The rise to 66 is expected to save the Treasury about £30bn between 2018 and 2026.
""", [
    ('Monday night', 'DATE|TIME', '2011-10-24TNI'),
    ('December 2018', 'DATE', '2018-12'),
    ('October 2020', 'DATE', '2020-10'),
    ('six years', 'DURATION', 'P6Y'),
    ('today', 'DATE', 'PRESENT_REF'),
    ('the 1950s', 'DATE', '195'),
    ('the 1940s', 'DATE', '194'),
    ('about three months', 'DURATION', 'P3M'),
    ('every year', 'SET', 'P1Y'),
    ('December 1953', 'DATE', '1953-12'),
    ('October 1954', 'DATE', '1954-10'),
    ('up to two years', 'DURATION', 'P2Y'),
    ('three years ago', 'DATE', '2008'),
    ('2018', 'DATE', '2018'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('six years', 'DURATION', 'P6Y'),
    ('the new year', 'DATE', '2012'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('April 2010', 'DATE', '2010-04'),
    ('November 2018', 'DATE', '2018-11'),
    ('1940', 'DATE', '1940'),
    ('2034', 'DATE', '2034'),
    ('2036', 'DATE', '2036'),
    ('2044', 'DATE', '2044'),
    ('2046', 'DATE', '2046'),
    ('last week', 'DATE', '2011-W42'),
    ('every five years', 'SET', 'P5Y'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('2018', 'DATE', '2018'),
    ('2026', 'DATE', '2026'),
]),

# 8. AFP, sports transfer (2017)
('2017-08-31', 'auto', """Monaco sign Belgian midfielder Dewael in club-record deal

Paris (AFP) - Monaco completed the signing of Belgian midfielder Thibaut Dewael from Standard Liege on Thursday, just before the close of the transfer window, in a deal worth a reported 42 million euros ($50 million).

The 22-year-old signed a five-year contract running until June 2022 and will wear the number eight shirt, the French champions said in a statement.

Dewael underwent a medical in the principality on Wednesday morning, but the deal was held up for more than 24 hours by a dispute over a sell-on clause, sources close to the negotiations told AFP.

"This is a dream come true. I have followed this club since I was a boy, and now I want to win trophies here," Dewael told the club's website. He played his last match for Standard on Sunday, a 2-1 win over Anderlecht in which he scored the winner.

Monaco, who won the French title in May for the first time since 2000, have lost several key players this summer, with Benjamin Mendy, Bernardo Silva and Tiemoue Bakayoko all leaving for the Premier League. The club's sporting director said last week that Monaco still needed reinforcements in midfield before the deadline.

Dewael, who joined Standard's academy at the age of nine, made his first-team debut in 2013 and scored 14 goals in 33 league matches in the campaign that ended in May. He won his first cap for Belgium in March and is expected to be part of the squad for next year's World Cup in Russia.

The fee makes him the most expensive player ever sold by a Belgian club, eclipsing a record set in 2015. Standard's president said the money would be reinvested in the youth system. "We have produced players like Thibaut for 20 years and we will keep doing it," he said.

French clubs have until midnight on Thursday to register new players. Transfer spending in Ligue 1 has soared since Qatar Sports Investments bought Paris Saint-Germain in 2011, and this month the capital club paid a world-record 222 million euros for Brazil forward Neymar.

Dewael is expected to train with his new team-mates for the first time on Friday and could make his debut when Monaco return to league action on September 9, after the international break.
""", [
    ('Thursday', 'DATE', '2017-08-31'),
    ('five-year', 'DURATION', 'P5Y'),
    ('June 2022', 'DATE', '2022-06'),
    ('Wednesday morning', 'DATE|TIME', '2017-08-30TMO'),
    ('more than 24 hours', 'DURATION', 'PT24H|P1D'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Sunday', 'DATE', '2017-08-27'),
    ('May', 'DATE', '2017-05'),
    ('2000', 'DATE', '2000'),
    ('this summer', 'DATE', '2017-SU'),
    ('last week', 'DATE', '2017-W34'),
    ('2013', 'DATE', '2013'),
    ('May', 'DATE', '2017-05'),
    ('March', 'DATE', '2017-03'),
    ('next year', 'DATE', '2018'),
    ('2015', 'DATE', '2015'),
    ('20 years', 'DURATION', 'P20Y'),
    ('midnight on Thursday', 'TIME', '2017-08-31T24:00|2017-09-01T00:00'),
    ('2011', 'DATE', '2011'),
    ('this month', 'DATE', '2017-08'),
    ('Friday', 'DATE', '2017-09-01'),
    ('September 9', 'DATE', '2017-09-09'),
]),

# 9. AP, wildfire (2018)
('2018-11-12', 'auto', """Calmer winds give crews a break as California fire grows

By JESSICA ALVARADO
Associated Press

SANTA PAULA, Calif. (AP) — Firefighters took advantage of calmer winds Monday to carve containment lines around a wildfire that has destroyed more than 300 homes in Ventura County, but forecasters warned that dry, gusty Santa Ana winds would return Wednesday.

The Sulphur Fire has burned 38 square miles (98 square kilometers) since it broke out Thursday afternoon near a power substation in the hills above Santa Paula, and it was 30 percent contained as of Monday morning, fire officials said.

Two people have died. Authorities on Sunday identified them as a 71-year-old man and his 68-year-old wife, whose bodies were found Friday in a burned car on a narrow road leading out of their neighborhood.

"The next 48 hours are critical," Ventura County Fire Chief Ray Delgado said at a briefing. "We've got a window now, and we're going to use all of it."

About 25,000 people remained under evacuation orders Monday, down from more than 60,000 over the weekend. Schools in Santa Paula and Fillmore will stay closed through Wednesday.

The National Weather Service issued a red flag warning from 4 a.m. Wednesday until 6 p.m. Thursday, with gusts of up to 50 mph (80 kph) possible in the mountains and humidity in the single digits.

Southern California Edison said last week it was investigating whether its equipment played a role in starting the fire. State utility regulators opened an inquiry on Saturday.

Ventura County is still recovering from the Thomas Fire, which destroyed more than 1,000 structures last December and was not fully contained until January.

Scientists say the state's fire season has grown longer by about 75 days since the 1970s, and large fires now break out at times of year that firefighters once considered safe.

Officials hope to begin lifting some evacuation orders in the coming days, and the county said it would post updates on its website twice a day. The Red Cross said its shelter at the county fairgrounds would stay open through Thanksgiving if needed.

"I've lived here 40 years and I've never seen it come down the hill like that," said Tom Reyes, 66, who fled his home on Friday night with his dog and two suitcases. "It took about 10 minutes for the whole ridge to go."
""", [
    ('Monday', 'DATE', '2018-11-12'),
    ('Wednesday', 'DATE', '2018-11-14'),
    ('Thursday afternoon', 'DATE|TIME', '2018-11-08TAF'),
    ('Monday morning', 'DATE|TIME', '2018-11-12TMO'),
    ('Sunday', 'DATE', '2018-11-11'),
    ('Friday', 'DATE', '2018-11-09'),
    ('The next 48 hours', 'DURATION', 'PT48H|P2D'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '2018-11-12'),
    ('the weekend', 'DATE', '2018-W45-WE'),
    ('Wednesday', 'DATE', '2018-11-14'),
    ('4 a.m. Wednesday', 'TIME', '2018-11-14T04:00'),
    ('6 p.m. Thursday', 'TIME', '2018-11-15T18:00'),
    ('last week', 'DATE', '2018-W45'),
    ('Saturday', 'DATE', '2018-11-10'),
    ('last December', 'DATE', '2017-12'),
    ('January', 'DATE', '2018-01'),
    ('about 75 days', 'DURATION', 'P75D'),
    ('the 1970s', 'DATE', '197'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('twice a day', 'SET', 'P1D'),
    ('Thanksgiving', 'DATE', '2018-11-22'),
    ('40 years', 'DURATION', 'P40Y'),
    ('Friday night', 'DATE|TIME', '2018-11-09TNI'),
    ('about 10 minutes', 'DURATION', 'PT10M'),
]),

# 10. Washington Post, labor contract (2019)
('2019-06-28', 'auto', """Metro and its largest union reach tentative four-year contract

By Lauren Whitaker

Metro and the union representing about 8,000 of its bus drivers, train operators and mechanics reached a tentative agreement early Friday on a four-year contract that would raise wages by nearly 12 percent, ending more than two years of often bitter negotiations.

The deal, announced shortly after 9 a.m. at Metro's headquarters, must be ratified by members of Amalgamated Transit Union Local 689, who are expected to vote in mid-July. It also needs approval from the transit agency's board, which is scheduled to take it up July 25.

"Nobody got everything they wanted, and that's usually how you know it's a fair deal," said Metro's chief operating officer, Denise Harmon.

The previous contract expired in June 2016, and talks dragged on through two rounds of mediation. They broke down last fall, and in March several hundred bus drivers called in sick, forcing Metro to cancel dozens of routes. Since January, negotiators for both sides had been meeting twice a month with a federal mediator.

Under the agreement, workers would receive a 3 percent raise retroactive to July 2018, followed by increases of 2.5 to 3 percent each year through 2022. The deal also limits split shifts and guarantees operators at least 10 hours off between shifts.

Metro estimates that the contract will add about $21 million to its operating costs in fiscal 2020, which begins Monday, and about $100 million over four years.

That could put pressure on Maryland, Virginia and the District, which agreed last year to give Metro $500 million annually for capital repairs but have capped the growth of their operating subsidies at 3 percent.

The union's president, Raymond Jackson, said the raises were overdue. "Our members kept this system running through SafeTrack, through the shutdowns, through everything," he said. "Now they're finally getting the respect they deserve."

Riders are already coping with the closure of six stations south of Reagan National Airport, which shut in late May for platform reconstruction and are scheduled to reopen after Labor Day.

Labor disputes at Metro have usually gone to binding arbitration rather than strikes, which are barred under the agency's compact. The union last went to arbitration a decade ago, after a contract fight that lasted nearly three years.

Ballots will be mailed to members next week, and union officials expect to announce the results by July 19.
""", [
    ('four-year', 'DURATION', 'P4Y'),
    ('early Friday', 'DATE', '2019-06-28'),
    ('four-year', 'DURATION', 'P4Y'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('9 a.m.', 'TIME', '2019-06-28T09:00'),
    ('mid-July', 'DATE', '2019-07'),
    ('July 25', 'DATE', '2019-07-25'),
    ('June 2016', 'DATE', '2016-06'),
    ('last fall', 'DATE', '2018-FA'),
    ('March', 'DATE', '2019-03'),
    ('January', 'DATE', '2019-01'),
    ('twice a month', 'SET', 'P1M'),
    ('July 2018', 'DATE', '2018-07'),
    ('each year', 'SET', 'P1Y'),
    ('2022', 'DATE', '2022'),
    ('at least 10 hours', 'DURATION', 'PT10H'),
    ('fiscal 2020', 'DATE', 'FY2020|2020'),
    ('Monday', 'DATE', '2019-07-01'),
    ('four years', 'DURATION', 'P4Y'),
    ('last year', 'DATE', '2018'),
    ('annually', 'SET', 'P1Y'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('late May', 'DATE', '2019-05'),
    ('Labor Day', 'DATE', '2019-09-02'),
    ('a decade ago', 'DATE', '2009|200'),
    ('nearly three years', 'DURATION', 'P3Y'),
    ('next week', 'DATE', '2019-W27'),
    ('July 19', 'DATE', '2019-07-19'),
]),

# 11. NPR, vaccine approval (2021)
('2021-03-17', 'auto', """FDA Approves First Lyme Disease Vaccine In Nearly 20 Years

The Food and Drug Administration on Tuesday approved a vaccine against Lyme disease, the first since an earlier shot was pulled from the market nearly two decades ago amid weak sales and public fears about side effects.

The vaccine, made by the Boston-based biotech company Norvance Biologics, is given as three shots over six months, followed by a booster every year before tick season. It is approved for people ages 12 to 65.

"This is a really big deal for anybody who lives in a place where Lyme is just a fact of life," says Dr. Miriam Kessler, an infectious disease specialist at Yale School of Medicine who was not involved in the research. "Until now, the only protection we could offer was bug spray and long pants."

The Centers for Disease Control and Prevention estimates that about 476,000 Americans are diagnosed and treated for Lyme disease each year, a number that has roughly tripled since 1991, when national reporting began.

In a clinical trial involving about 18,000 volunteers in the U.S. and Europe, the vaccine was about 79% effective at preventing the disease over two years of follow-up, according to data the company released last fall. Side effects were mostly mild, such as a sore arm or fatigue.

The earlier vaccine, LYMErix, was approved in December 1998 and withdrawn by its maker in February 2002, after lawsuits claiming that it caused arthritis. Studies never confirmed a link, but the damage was done, Kessler says.

Norvance says it plans to begin shipping doses in late April and expects to have about 5 million available by early summer, when infections usually start to climb. The CDC's vaccine advisory committee, which normally meets three times a year, has scheduled a special session next month to recommend who should get the shot.

For people like Karen Lindahl, the approval comes too late. Lindahl, 52, of Old Lyme, Conn., was diagnosed in the summer of 2015 after weeks of unexplained fevers and joint pain. "I was sick for almost a year," she says. "If this had existed then, I would have been first in line."

The company has not said how much it will charge, but it expects to announce a price in the coming weeks. Most insurers are required to cover vaccines recommended by the CDC panel, usually within a year of the recommendation.

Researchers are also working on other approaches, including a shot that would protect against the tick bites themselves. "That's the future," Kessler says. "But for this spring, this is what we have."
""", [
    ('Nearly 20 Years', 'DURATION', 'P20Y'),
    ('Tuesday', 'DATE', '2021-03-16'),
    ('nearly two decades ago', 'DATE', '2001|200'),
    ('six months', 'DURATION', 'P6M'),
    ('every year', 'SET', 'P1Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('each year', 'SET', 'P1Y'),
    ('1991', 'DATE', '1991'),
    ('two years', 'DURATION', 'P2Y'),
    ('last fall', 'DATE', '2020-FA'),
    ('December 1998', 'DATE', '1998-12'),
    ('February 2002', 'DATE', '2002-02'),
    ('late April', 'DATE', '2021-04'),
    ('early summer', 'DATE', '2021-SU'),
    ('three times a year', 'SET', 'P1Y'),
    ('next month', 'DATE', '2021-04'),
    ('the summer of 2015', 'DATE', '2015-SU'),
    ('weeks', 'DURATION', 'PXW'),
    ('almost a year', 'DURATION', 'P1Y'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('a year', 'DURATION', 'P1Y'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('this spring', 'DATE', '2021-SP'),
]),

# 12. BBC, coup (2023)
('2023-08-02', 'auto', """Niger coup: Evacuation flights leave as deadline looms for junta

France and Italy have flown hundreds of their citizens out of Niger, where soldiers detained President Mohamed Bazoum and seized power last Wednesday.

The first French military flight landed at Charles de Gaulle airport near Paris at 01:30 on Wednesday carrying 262 people, including 12 babies. A second plane left Niamey on Wednesday afternoon, and French officials said the operation would be completed within 48 hours.

Paris decided to evacuate its nationals after protesters attacked its embassy in Niamey on Sunday. The US has ordered non-emergency staff to leave but says it is not evacuating citizens for now.

West Africa's regional bloc, Ecowas, has given the coup leaders until Sunday to reinstate Mr Bazoum or face possible military action. Defence chiefs from the bloc began a three-day meeting in Nigeria's capital, Abuja, on Wednesday to discuss their options.

Gen Abdourahamane Tchiani, the former head of the presidential guard, declared himself head of a transitional government on Friday. In an address on state television on Tuesday evening, he said the junta would "not give in to any threats" and accused Ecowas of preparing an "unjust" intervention.

Mr Bazoum, 63, was elected in 2021 in Niger's first peaceful, democratic transfer of power since independence from France in 1960. He has been held at his residence since the coup but spoke by phone to several foreign leaders on Monday, according to his aides.

Niger is the fourth country in the region to suffer a coup since 2020, following Mali, Guinea and Burkina Faso. It had been seen as a key Western ally in the fight against jihadist groups that have spread across the Sahel over the past decade. France has about 1,500 troops in the country and the US about 1,100.

The European Union has suspended budget support worth about €500m for the period from 2021 to 2024, and France has halted all development aid.

Ecowas imposed sanctions on Sunday, freezing the country's assets at the regional central bank and closing borders. Nigeria, which supplies about 70% of Niger's electricity, cut off power on Tuesday, and parts of Niamey have been hit by blackouts several times a day since then.

Residents told the BBC that life in the capital had largely returned to normal, but the price of rice has risen sharply over the past week and long queues formed at petrol stations over the weekend.

Ecowas heads of state are due to meet again next week to decide what to do if the deadline passes.
""", [
    ('last Wednesday', 'DATE', '2023-07-26'),
    ('01:30 on Wednesday', 'TIME', '2023-08-02T01:30'),
    ('Wednesday afternoon', 'DATE|TIME', '2023-08-02TAF'),
    ('48 hours', 'DURATION', 'PT48H|P2D'),
    ('Sunday', 'DATE', '2023-07-30'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Sunday', 'DATE', '2023-08-06'),
    ('three-day', 'DURATION', 'P3D'),
    ('Wednesday', 'DATE', '2023-08-02'),
    ('Friday', 'DATE', '2023-07-28'),
    ('Tuesday evening', 'DATE|TIME', '2023-08-01TEV'),
    ('2021', 'DATE', '2021'),
    ('1960', 'DATE', '1960'),
    ('Monday', 'DATE', '2023-07-31'),
    ('2020', 'DATE', '2020'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('2021', 'DATE', '2021'),
    ('2024', 'DATE', '2024'),
    ('Sunday', 'DATE', '2023-07-30'),
    ('Tuesday', 'DATE', '2023-08-01'),
    ('several times a day', 'SET', 'P1D'),
    ('the past week', 'DURATION', 'P1W'),
    ('the weekend', 'DATE', '2023-W30-WE'),
    ('next week', 'DATE', '2023-W32'),
]),
]
