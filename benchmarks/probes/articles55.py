# Gold TIMEX3 probe set 55: twelve wire stories of 1998-2013 in the styles of Xinhua, AFP, APW (AP worldstream), the New York Times News Service and Kyodo, on diplomacy, economy, disasters and science, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Xinhua, disaster (1998)
('1998-08-11', 'auto', """Flood crest nears Harbin as soldiers reinforce Songhua dikes

HARBIN, August 11 (Xinhua) -- More than 30,000 soldiers and local residents were reinforcing dikes along the Songhua River as a new flood crest approached this capital of northeast China's Heilongjiang Province on Tuesday, provincial flood control officials said.

The water level at the city's Daoli hydrological station reached 119.8 meters at 8 a.m. Tuesday, 1.2 meters above the danger line, and was expected to peak late Thursday or early Friday, according to the provincial flood control headquarters.

"The next 72 hours will decide whether the city's main dikes hold," deputy governor Wang Lijun told a press conference Monday evening. He said workers had piled more than 2 million sandbags along a 40-kilometer stretch of embankment over the past ten days.

Rainfall in the upper reaches of the Nenjiang River, a major tributary of the Songhua, has been 60 percent above normal since June, and three rounds of heavy rain late last month swelled rivers across the region. On August 2, floodwaters breached a dike near Zhaoyuan county, forcing the evacuation of 56,000 people, and a second breach was reported two days later.

So far this summer, floods in the province have killed 73 people and damaged 1.3 million hectares of farmland, officials said. Direct economic losses were estimated at 21 billion yuan (2.5 billion U.S. dollars).

The Songhua last rose to such levels in 1957, when the river peaked at 120.3 meters and the city fought the flood for nearly a month. Older residents still recall that summer, when students and factory workers carried earth to the dikes in shifts.

Floods hit parts of the northeast almost every year, and Heilongjiang has strengthened its defenses in recent years, investing about 800 million yuan from 1991 to 1997 to raise and widen embankments. But officials acknowledged that many rural dikes were built in the 1960s and have been poorly maintained.

The provincial meteorological bureau forecast more rain for the upper reaches this weekend, and warned that the flood season would not end until late September.

Premier Zhu Rongji, who inspected flood defenses along the Yangtze River last week, has ordered local governments to report the water situation every two hours and to give top priority to the safety of people's lives.

Relief materials, including 100,000 tents and 5,000 tons of rice, were being shipped from Beijing and Shenyang on Tuesday and are due to arrive in the coming days, the civil affairs department said.
""", [
    ('August 11', 'DATE', '1998-08-11'),
    ('Tuesday', 'DATE', '1998-08-11'),
    ('8 a.m. Tuesday', 'TIME', '1998-08-11T08:00'),
    ('late Thursday', 'DATE', '1998-08-13'),
    ('early Friday', 'DATE', '1998-08-14'),
    ('The next 72 hours', 'DURATION', 'PT72H'),
    ('Monday evening', 'DATE|TIME', '1998-08-10TEV'),
    ('the past ten days', 'DURATION', 'P10D'),
    ('June', 'DATE', '1998-06'),
    ('late last month', 'DATE', '1998-07'),
    ('August 2', 'DATE', '1998-08-02'),
    ('two days later', 'DATE', '1998-08-04'),
    ('this summer', 'DATE', '1998-SU'),
    ('1957', 'DATE', '1957'),
    ('nearly a month', 'DURATION', 'P1M'),
    ('that summer', 'DATE', '1957-SU'),
    ('every year', 'SET', 'P1Y'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('1991', 'DATE', '1991'),
    ('1997', 'DATE', '1997'),
    ('the 1960s', 'DATE', '196'),
    ('this weekend', 'DATE', '1998-W33-WE'),
    ('late September', 'DATE', '1998-09'),
    ('last week', 'DATE', '1998-W32'),
    ('every two hours', 'SET', 'PT2H'),
    ('Tuesday', 'DATE', '1998-08-11'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
]),
# 2. AFP, diplomacy (1999)
('1999-11-20', 'auto', """WTO members fail to agree draft agenda ahead of Seattle

GENEVA, Nov 20 (AFP) - World Trade Organization members failed again to agree a draft declaration for the Seattle ministerial conference after talks that ended late Friday, leaving ministers less than two weeks to bridge deep divisions over agriculture and labour standards.

WTO director general Mike Moore told reporters early Saturday that ambassadors would resume consultations on Monday and that he hoped to send a text to capitals by the middle of next week.

"We are not there yet, and the clock is ticking," Moore said. "But I have seen harder deals done."

The conference, which opens in Seattle on November 30 and runs until December 3, is meant to launch a new round of global trade talks, the first since the Uruguay Round was concluded in 1994 after more than seven years of negotiations.

The European Union and Japan want a broad round covering investment, competition and the environment, while the United States and the Cairns Group of farm exporters insist that farm subsidies be cut sharply within three years. Developing countries complain that they have yet to see the benefits promised five years ago.

"Many of us are still implementing commitments from the last round," said an Asian ambassador, who spoke on condition of anonymity. He said poorer countries had asked for a review of those commitments "before anything new is put on the table."

Preparatory talks began in September last year, and diplomats had originally aimed to finish the draft by the end of October. Several deadlines have since slipped, the latest of them last Tuesday.

US trade representative Charlene Barshefsky, who will chair the Seattle meeting, said in Washington on Thursday that she expected tough bargaining but remained confident of an agreement. She hopes to settle the main points with EU trade commissioner Pascal Lamy before Thanksgiving, US officials said.

Tens of thousands of protesters, from trade unionists to environmental groups, are expected in Seattle for the meeting. Organisers said they had been planning demonstrations for months.

Moore, a former New Zealand prime minister who took office on September 1 after a bitter succession battle, has said the organisation cannot afford another failure. The WTO's first ministerial, in Singapore in 1996, ended with little progress, and the second, in Geneva last year, did little more than set the Seattle date.

Ambassadors will meet daily from Monday, a spokesman said.
""", [
    ('Nov 20', 'DATE', '1999-11-20'),
    ('late Friday', 'DATE', '1999-11-19'),
    ('less than two weeks', 'DURATION', 'P2W'),
    ('early Saturday', 'DATE', '1999-11-20'),
    ('Monday', 'DATE', '1999-11-22'),
    ('the middle of next week', 'DATE', '1999-W47'),
    ('November 30', 'DATE', '1999-11-30'),
    ('December 3', 'DATE', '1999-12-03'),
    ('1994', 'DATE', '1994'),
    ('more than seven years', 'DURATION', 'P7Y'),
    ('three years', 'DURATION', 'P3Y'),
    ('five years ago', 'DATE', '1994'),
    ('September last year', 'DATE', '1998-09'),
    ('the end of October', 'DATE', '1999-10'),
    ('last Tuesday', 'DATE', '1999-11-16'),
    ('Thursday', 'DATE', '1999-11-18'),
    ('Thanksgiving', 'DATE', '1999-11-25'),
    ('months', 'DURATION', 'PXM'),
    ('September 1', 'DATE', '1999-09-01'),
    ('1996', 'DATE', '1996'),
    ('last year', 'DATE', '1998'),
    ('daily', 'SET', 'P1D'),
    ('Monday', 'DATE', '1999-11-22'),
]),
# 3. APW, economy (2000)
('2000-09-06', 'auto', """Oil prices climb to highest level since Gulf War ahead of OPEC meeting

VIENNA, Austria (AP) -- Crude oil prices climbed to their highest level in a decade on Wednesday as traders bet that OPEC ministers meeting here this weekend would do too little to ease tight supplies before winter.

Benchmark Brent crude rose 86 cents to $33.42 a barrel in London trading by midafternoon, while light sweet crude in New York touched $34.10 in electronic trading early Wednesday, a level not seen since the Gulf War in 1990.

Prices have nearly tripled since February 1999, when a barrel sold for about $11, and have risen 20 percent in the past two months alone.

The Organization of Petroleum Exporting Countries is due to meet Sunday in Vienna. Saudi Arabia's oil minister, Ali Naimi, said Tuesday that the kingdom favored raising output quotas by 700,000 barrels, but Iran and Venezuela have argued for a smaller rise.

"We are producing at near capacity now," said one Gulf delegate who arrived Monday. "The market wants a signal, but the problem is refining and taxes, not crude."

OPEC has raised output twice this year, in March and again in June, adding a total of 2.2 million barrels to quotas. The cartel's price band mechanism, agreed in March, calls for an automatic increase of 500,000 barrels if its basket price stays above $28 for 20 consecutive trading days.

The basket has been above that level since early August, but the mechanism has not been triggered, officials said.

In Europe, truckers and farmers have blockaded fuel depots in France for the past week to protest high diesel taxes, and similar protests were threatened in Belgium and Britain. French Prime Minister Lionel Jospin offered concessions late last week.

U.S. Energy Secretary Bill Richardson, who has visited several OPEC capitals in recent months, said in Washington on Tuesday that he hoped for a "meaningful" increase. The Clinton administration is under pressure to release oil from the Strategic Petroleum Reserve before heating oil demand peaks in the fourth quarter.

Analysts said prices could ease by the end of the year if OPEC acts decisively, but warned that inventories in industrialized countries were at their lowest level in 24 years.

Heating oil stocks in the northeastern United States are about 40 percent below where they were a year ago, according to the Energy Department, which publishes inventory figures weekly.
""", [
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('Wednesday', 'DATE', '2000-09-06'),
    ('this weekend', 'DATE', '2000-W36-WE'),
    ('winter', 'DATE', '2000-WI'),
    ('midafternoon', 'DATE|TIME', '2000-09-06TAF'),
    ('early Wednesday', 'DATE', '2000-09-06'),
    ('1990', 'DATE', '1990'),
    ('February 1999', 'DATE', '1999-02'),
    ('the past two months', 'DURATION', 'P2M'),
    ('Sunday', 'DATE', '2000-09-10'),
    ('Tuesday', 'DATE', '2000-09-05'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '2000-09-04'),
    ('this year', 'DATE', '2000'),
    ('March', 'DATE', '2000-03'),
    ('June', 'DATE', '2000-06'),
    ('March', 'DATE', '2000-03'),
    ('20 consecutive trading days', 'DURATION', 'P20D'),
    ('early August', 'DATE', '2000-08'),
    ('the past week', 'DURATION', 'P1W'),
    ('late last week', 'DATE', '2000-W35'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('Tuesday', 'DATE', '2000-09-05'),
    ('the fourth quarter', 'DATE', '2000-Q4'),
    ('the end of the year', 'DATE', '2000|2000-12'),
    ('24 years', 'DURATION', 'P24Y'),
    ('a year ago', 'DATE', '1999|1999-09-06'),
    ('weekly', 'SET', 'P1W'),
]),
# 4. New York Times News Service, science (2002)
('2002-05-29', 'auto', """Mars Probe Finds Vast Ice Deposits Beneath Surface

PASADENA, Calif. -- Scientists analyzing data from NASA's Mars Odyssey spacecraft said Tuesday that they had found evidence of enormous quantities of frozen water just below the surface of the planet's southern polar region, a discovery that could shape the exploration of Mars for decades.

The findings, published online by the journal Science on Tuesday afternoon, are based on measurements of hydrogen made by Odyssey's gamma-ray spectrometer since mid-February, when the instrument began mapping the planet in earnest.

"This is the best evidence yet that there is a lot of water on Mars right now, locked up in the ground," said Dr. William Boynton of the University of Arizona, the instrument's principal investigator. "We were surprised by how much of it there is."

The ice appears to make up as much as 50 percent of the top meter of soil in some areas south of about 60 degrees latitude, the researchers said.

Odyssey was launched in April 2001 and reached Mars last October, after a seven-month cruise. It spent nearly three months lowering its orbit by dipping into the thin upper atmosphere, a technique known as aerobraking, before science operations began.

The mission comes after a difficult period for NASA's Mars program. Mars Pathfinder had landed safely five years ago, but in 1999 the agency lost two spacecraft within three months: the Mars Climate Orbiter, which was destroyed in September of that year because of a mix-up between English and metric units, and the Mars Polar Lander, which fell silent in December as it descended toward the surface.

Those failures led NASA to cancel a lander planned for 2001 and to overhaul its management of planetary missions. The agency now plans to send two rovers to Mars next year, and has begun studying a mission that could scoop up and analyze polar ice, possibly for launch in 2007.

Scientists cautioned that the instrument could detect hydrogen only down to about a meter, and that the ice may extend much deeper. The team will present more detailed maps at a meeting in Houston in July, Boynton said.

Odyssey is expected to continue mapping for at least two more years, through August 2004, and to serve as a relay station for the rovers after they land in early 2004.

"For 30 years we've been asking where the water went," said Dr. Steven Squyres of Cornell University, who leads the rover science team. "Now we have part of the answer."
""", [
    ('Tuesday', 'DATE', '2002-05-28'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('Tuesday afternoon', 'DATE|TIME', '2002-05-28TAF'),
    ('mid-February', 'DATE', '2002-02'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('April 2001', 'DATE', '2001-04'),
    ('last October', 'DATE', '2001-10'),
    ('seven-month', 'DURATION', 'P7M'),
    ('nearly three months', 'DURATION', 'P3M'),
    ('five years ago', 'DATE', '1997'),
    ('1999', 'DATE', '1999'),
    ('three months', 'DURATION', 'P3M'),
    ('September of that year', 'DATE', '1999-09'),
    ('December', 'DATE', '1999-12'),
    ('2001', 'DATE', '2001'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('next year', 'DATE', '2003'),
    ('2007', 'DATE', '2007'),
    ('July', 'DATE', '2002-07'),
    ('at least two more years', 'DURATION', 'P2Y'),
    ('August 2004', 'DATE', '2004-08'),
    ('early 2004', 'DATE', '2004'),
    ('30 years', 'DURATION', 'P30Y'),
    ('Now', 'DATE', 'PRESENT_REF'),
]),
# 5. Kyodo, economy (2003)
('2003-05-16', 'auto', """Japan's GDP flat in Jan.-March, fiscal 2002 growth at 1.6%

TOKYO, May 16 Kyodo - Japan's economy stalled in the January-March quarter as a slowdown in exports offset firm capital spending, the government said Friday, raising concern that the recovery that began early last year is losing steam.

Real gross domestic product, adjusted for inflation, was unchanged from the previous quarter, the Cabinet Office said in a preliminary report. It was the first time growth had stalled since the October-December period of 2001.

For fiscal 2002, which ended March 31, the economy grew 1.6 percent in real terms, the first expansion in two years, after a 1.2 percent contraction in fiscal 2001.

Economic and fiscal policy minister Heizo Takenaka told reporters after a Cabinet meeting that the economy was "at a standstill" and that the government would closely watch the impact of the war in Iraq and the outbreak of severe acute respiratory syndrome in Asia.

"The risks to the economy are now tilted to the downside," Takenaka said. "We need to see data for April and May before making a judgment on additional measures."

Exports, which had driven growth over the past year, fell 1.1 percent from the October-December quarter as shipments to the United States weakened. Private consumption edged up 0.1 percent.

The GDP deflator, a broad measure of prices, fell 3.5 percent from a year earlier, extending a decline that has lasted more than five years and underscoring deflation that has persisted since the late 1990s.

The Nikkei stock average fell to its lowest level since 1983 in late April, and has gained only slightly this month amid worries over bank capital. Government sources said a decision on public funds for Resona Holdings could come as early as this weekend.

The Bank of Japan, whose policy board meets twice a month, holds its next meeting next Tuesday. It has kept short-term interest rates near zero since March 2001, and analysts said it could expand its asset purchases as early as this month.

Private economists expect growth to remain weak through the summer, with many forecasting a contraction in the April-June quarter. The government is scheduled to release the second estimate of January-March GDP on June 10.

Japan's economy has been stuck in a cycle of weak growth and falling prices for more than a decade, since the collapse of the asset bubble in the early 1990s.
""", [
    ('Jan.-March', 'DATE', '2003-Q1'),
    ('fiscal 2002', 'DATE', 'FY2002|2002'),
    ('May 16', 'DATE', '2003-05-16'),
    ('the January-March quarter', 'DATE', '2003-Q1'),
    ('Friday', 'DATE', '2003-05-16'),
    ('early last year', 'DATE', '2002'),
    ('the previous quarter', 'DATE', '2002-Q4'),
    ('the October-December period of 2001', 'DATE', '2001-Q4'),
    ('fiscal 2002', 'DATE', 'FY2002|2002'),
    ('March 31', 'DATE', '2003-03-31'),
    ('two years', 'DURATION', 'P2Y'),
    ('fiscal 2001', 'DATE', 'FY2001|2001'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('April', 'DATE', '2003-04'),
    ('May', 'DATE', '2003-05'),
    ('the past year', 'DURATION', 'P1Y'),
    ('the October-December quarter', 'DATE', '2002-Q4'),
    ('a year earlier', 'DATE', '2002-Q1|2002'),
    ('more than five years', 'DURATION', 'P5Y'),
    ('the late 1990s', 'DATE', '199'),
    ('1983', 'DATE', '1983'),
    ('late April', 'DATE', '2003-04'),
    ('this month', 'DATE', '2003-05'),
    ('this weekend', 'DATE', '2003-W20-WE'),
    ('twice a month', 'SET', 'P1M'),
    ('next Tuesday', 'DATE', '2003-05-20'),
    ('March 2001', 'DATE', '2001-03'),
    ('this month', 'DATE', '2003-05'),
    ('the summer', 'DATE', '2003-SU'),
    ('the April-June quarter', 'DATE', '2003-Q2'),
    ('January-March', 'DATE', '2003-Q1'),
    ('June 10', 'DATE', '2003-06-10'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('the early 1990s', 'DATE', '199'),
]),
# 6. Xinhua, diplomacy (2004)
('2004-02-23', 'auto', """China says all parties ready for second round of six-party talks

BEIJING, Feb. 23 (Xinhua) -- All delegations to the second round of six-party talks on the Korean Peninsula nuclear issue will have arrived in Beijing by Tuesday evening, and the talks will open as scheduled at 9:30 a.m. Wednesday, Chinese Foreign Ministry spokesman Kong Quan said here Monday.

Kong told a regular press conference that the Chinese side had made "full preparations" for the meeting, which will be held at the Diaoyutai State Guesthouse, the same venue as the first round last August.

"We hope all parties will show flexibility and sincerity and make substantive progress," Kong said, adding that the length of the talks had not been decided. Diplomatic sources said the meeting was expected to last about four days.

The delegation of the Democratic People's Republic of Korea (DPRK), headed by Vice Foreign Minister Kim Kye Gwan, is due to arrive on Tuesday afternoon. U.S. Assistant Secretary of State James Kelly arrived in Beijing on Sunday night after consultations in Seoul and Tokyo over the weekend.

Chinese Vice Foreign Minister Wang Yi, who will chair the talks, met separately with the heads of the Japanese and Russian delegations on Monday morning.

The first round of talks, which ended on Aug. 29 last year after three days, brought together China, the DPRK, the United States, the Republic of Korea, Japan and Russia. The parties agreed to continue the process but failed to set a date for a new round, and China has since engaged in months of shuttle diplomacy.

Wang visited Pyongyang in late December, and the DPRK agreed early this month to attend a second round. The date was announced by Beijing on Feb. 3, and Washington welcomed it the following day.

The nuclear issue flared up in October 2002, when Washington said Pyongyang had admitted to a uranium enrichment program. The DPRK withdrew from the Nuclear Non-Proliferation Treaty in January last year and has since demanded security guarantees from the United States.

Analysts in Beijing said the second round would be a test of whether the parties could move from setting out positions to discussing concrete steps. "Nobody expects a breakthrough this week," said Shi Yinhong, a professor at Renmin University. "But a working group that meets between rounds would be an important result."

China has said it hopes the talks can become a standing mechanism, with plenary meetings held every few months until a settlement is reached.
""", [
    ('Feb. 23', 'DATE', '2004-02-23'),
    ('Tuesday evening', 'DATE|TIME', '2004-02-24TEV'),
    ('9:30 a.m. Wednesday', 'TIME', '2004-02-25T09:30'),
    ('Monday', 'DATE', '2004-02-23'),
    ('last August', 'DATE', '2003-08'),
    ('about four days', 'DURATION', 'P4D'),
    ('Tuesday afternoon', 'DATE|TIME', '2004-02-24TAF'),
    ('Sunday night', 'DATE|TIME', '2004-02-22TNI'),
    ('the weekend', 'DATE', '2004-W08-WE'),
    ('Monday morning', 'DATE|TIME', '2004-02-23TMO'),
    ('Aug. 29 last year', 'DATE', '2003-08-29'),
    ('three days', 'DURATION', 'P3D'),
    ('months', 'DURATION', 'PXM'),
    ('late December', 'DATE', '2003-12'),
    ('early this month', 'DATE', '2004-02'),
    ('Feb. 3', 'DATE', '2004-02-03'),
    ('the following day', 'DATE', '2004-02-04'),
    ('October 2002', 'DATE', '2002-10'),
    ('January last year', 'DATE', '2003-01'),
    ('this week', 'DATE', '2004-W09'),
    ('every few months', 'SET', 'PXM'),
]),
# 7. AFP, disaster (2006)
('2006-04-18', 'auto', """Romania evacuates villages as Danube breaks dyke

BUCHAREST, April 18 (AFP) - Romanian authorities evacuated more than 4,000 people from villages in the southwest on Tuesday after the swollen Danube broke through a dyke, as the river rose to record levels along its lower course.

The dyke near the village of Rast in Dolj county gave way at about 2:00 am (2300 GMT Monday), flooding some 400 homes and thousands of hectares of farmland, the interior ministry said.

"The water came in within minutes. We only had time to take the children and the documents," a woman told the Realitatea TV channel as she waited for a boat to take her to higher ground.

The Danube has been rising for nearly two weeks, fed by melting snow and heavy rains in central Europe earlier this month. Hydrologists said the river at Calafat reached 8.9 metres on Monday evening, above the previous record set in 1895.

Prime Minister Calin Popescu-Tariceanu, who flew over the area on Sunday, said the government would release 10 million lei (2.9 million euros, 3.5 million dollars) in emergency aid this week, and would ask the European Union for support.

Officials expect the water to remain at record levels until the end of the month, and warned that other dykes weakened by weeks of pressure could also fail. The army has deployed 1,500 troops to reinforce embankments downstream.

Romania was hit by severe flooding last year, when torrential rains between April and September killed 76 people and caused damage estimated at 1.5 billion euros. Environmental groups say decades of draining wetlands along the lower Danube, begun under communist rule in the 1960s, have left the river with less room to spread.

Neighbouring Serbia and Bulgaria are also battling the floods. In Serbia, where the Danube peaked at Belgrade on Thursday, about 1,000 people remained out of their homes, while Bulgaria declared a state of emergency in the port of Vidin a week ago.

The floods come at a sensitive time for Romania, which hopes to join the EU on January 1 next year. Brussels is due to publish its final monitoring report on Bucharest's preparations in May.

Many of the evacuated villagers had been preparing for Orthodox Easter, which falls on Sunday. Local officials said temporary shelters had been set up in schools, where families would stay for at least two weeks.
""", [
    ('April 18', 'DATE', '2006-04-18'),
    ('Tuesday', 'DATE', '2006-04-18'),
    ('about 2:00 am', 'TIME', '2006-04-18T02:00'),
    ('2300 GMT Monday', 'TIME', '2006-04-17T23:00'),
    ('minutes', 'DURATION', 'PTXM'),
    ('nearly two weeks', 'DURATION', 'P2W'),
    ('earlier this month', 'DATE', '2006-04'),
    ('Monday evening', 'DATE|TIME', '2006-04-17TEV'),
    ('1895', 'DATE', '1895'),
    ('Sunday', 'DATE', '2006-04-16'),
    ('this week', 'DATE', '2006-W16'),
    ('the end of the month', 'DATE', '2006-04'),
    ('weeks', 'DURATION', 'PXW'),
    ('last year', 'DATE', '2005'),
    ('April', 'DATE', '2005-04'),
    ('September', 'DATE', '2005-09'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('the 1960s', 'DATE', '196'),
    ('Thursday', 'DATE', '2006-04-13'),
    ('a week ago', 'DATE', '2006-W15|2006-04-11'),
    ('January 1 next year', 'DATE', '2007-01-01'),
    ('May', 'DATE', '2006-05'),
    ('Orthodox Easter', 'DATE', '2006-04-23'),
    ('Sunday', 'DATE', '2006-04-23'),
    ('at least two weeks', 'DURATION', 'P2W'),
]),
# 8. APW, disaster (2007)
('2007-10-24', 'auto', """Santa Ana winds ease, but fires still burn across Southern California

SAN DIEGO (AP) -- Firefighters hoped to gain ground Wednesday on more than a dozen wildfires that have burned across Southern California since the weekend, as the fierce Santa Ana winds that drove the flames began to weaken.

Forecasters said gusts that reached 100 mph on Monday had dropped to about 40 mph by early Wednesday and were expected to die down by Thursday afternoon, with cooler, moister ocean air arriving by the weekend.

The fires have scorched more than 400,000 acres (160,000 hectares), an area larger than New York City, and destroyed at least 1,200 homes since Sunday. More than 500,000 people have been told to leave their homes in San Diego County alone, the largest evacuation in the state's history.

"We're not out of the woods yet," said Ron Lane, the county's emergency services director, at a 6 a.m. briefing. "But for the first time in three days, the weather is on our side."

Nearly 10,000 evacuees remained at Qualcomm Stadium, where volunteers handed out food, blankets and cots. Some said they had watched on television Tuesday night as their neighborhoods burned.

President Bush declared a federal emergency in seven counties late Tuesday and planned to visit the region Thursday. Gov. Arnold Schwarzenegger, who toured burn areas in three counties, praised the response as far better than in 2003, when the Cedar fire killed 15 people and burned 2,232 homes in the county.

After that disaster, San Diego County added firefighting aircraft and began a reverse-911 system that calls residents to warn them of danger. Officials said the system placed more than 300,000 calls in the past 72 hours.

The fires erupted after months of record dry weather. Downtown Los Angeles has recorded only about 3 inches of rain since July 1 of last year, the driest such stretch since records began in 1877, according to the National Weather Service.

At least one death has been blamed on the fires, and dozens of firefighters have been injured. Investigators said Wednesday that at least one blaze, near Lake Arrowhead, was deliberately set.

Insurance officials estimated losses could top $1 billion, and warned it could take years for some communities to rebuild.

Schools remained closed in much of San Diego County, and officials said classes might not resume until next week. The San Diego Chargers said they still planned to play their home game Sunday at Qualcomm Stadium.
""", [
    ('Wednesday', 'DATE', '2007-10-24'),
    ('the weekend', 'DATE', '2007-W42-WE'),
    ('Monday', 'DATE', '2007-10-22'),
    ('early Wednesday', 'DATE', '2007-10-24'),
    ('Thursday afternoon', 'DATE|TIME', '2007-10-25TAF'),
    ('the weekend', 'DATE', '2007-W43-WE'),
    ('Sunday', 'DATE', '2007-10-21'),
    ('6 a.m.', 'TIME', '2007-10-24T06:00'),
    ('three days', 'DURATION', 'P3D'),
    ('Tuesday night', 'DATE|TIME', '2007-10-23TNI'),
    ('late Tuesday', 'DATE', '2007-10-23'),
    ('Thursday', 'DATE', '2007-10-25'),
    ('2003', 'DATE', '2003'),
    ('the past 72 hours', 'DURATION', 'PT72H'),
    ('months', 'DURATION', 'PXM'),
    ('July 1 of last year', 'DATE', '2006-07-01'),
    ('1877', 'DATE', '1877'),
    ('Wednesday', 'DATE', '2007-10-24'),
    ('years', 'DURATION', 'PXY'),
    ('next week', 'DATE', '2007-W44'),
    ('Sunday', 'DATE', '2007-10-28'),
]),
# 9. New York Times News Service, economy (2009)
('2009-03-19', 'auto', """Fed to Buy $1 Trillion in Bonds to Revive Lending

WASHINGTON -- The Federal Reserve, saying the economy continued to contract and that job losses were mounting, announced Wednesday that it would pump an additional $1 trillion into the financial system by buying Treasury bonds and mortgage-backed securities.

The move, which surprised many investors, came at the end of a meeting of the Fed's policy-making committee that began Tuesday. In its statement, released at 2:15 p.m., the central bank said it would buy up to $300 billion of longer-term Treasury securities over the next six months, its first such purchases since the early 1960s.

It also said it would buy an additional $750 billion of mortgage-backed securities this year, on top of the $500 billion it announced in November, and double its purchases of debt issued by Fannie Mae and Freddie Mac.

The Fed kept its benchmark federal funds rate in a range of zero to 0.25 percent, where it has been since December, and said it expected rates to stay exceptionally low.

Stocks, which had been down slightly in early trading, jumped after the announcement. The Dow Jones industrial average closed up 90.88 points, or 1.2 percent, at 7,486.58. The yield on the benchmark Treasury note fell nearly half a percentage point, its biggest decline since 1987.

"They're throwing everything they have at this," said Ethan Harris, chief U.S. economist at Barclays Capital. "The message is that the Fed is not going to wait around for the economy to heal on its own."

The economy has lost 4.4 million jobs since the recession began in December 2007, including 651,000 in February alone. The unemployment rate, 8.1 percent, is the highest in more than 25 years. Fed officials said in January that they expected the downturn to continue this year, with a gradual recovery in 2010.

Fed Chairman Ben S. Bernanke, who said in a television interview Sunday that the recession could end this year if the banking system is stabilized, has come under pressure from lawmakers in recent weeks over the rescue of the American International Group, which paid $165 million in bonuses to employees of its financial products unit last week.

Critics warned that the Fed's balance sheet, which has more than doubled in the past year, to nearly $2 trillion, could fuel inflation down the road. Bernanke has said the Fed has the tools to pull the money back out when the economy recovers.

The committee's next meeting is scheduled for late April.
""", [
    ('Wednesday', 'DATE', '2009-03-18'),
    ('Tuesday', 'DATE', '2009-03-17'),
    ('2:15 p.m.', 'TIME', '2009-03-18T14:15'),
    ('the next six months', 'DURATION', 'P6M'),
    ('the early 1960s', 'DATE', '196'),
    ('this year', 'DATE', '2009'),
    ('November', 'DATE', '2008-11'),
    ('December', 'DATE', '2008-12'),
    ('1987', 'DATE', '1987'),
    ('December 2007', 'DATE', '2007-12'),
    ('February', 'DATE', '2009-02'),
    ('more than 25 years', 'DURATION', 'P25Y'),
    ('January', 'DATE', '2009-01'),
    ('this year', 'DATE', '2009'),
    ('2010', 'DATE', '2010'),
    ('Sunday', 'DATE', '2009-03-15'),
    ('this year', 'DATE', '2009'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('last week', 'DATE', '2009-W11'),
    ('the past year', 'DURATION', 'P1Y'),
    ('late April', 'DATE', '2009-04'),
]),
# 10. Kyodo, science (2010)
('2010-06-14', 'auto', """Hayabusa capsule recovered in Australian outback

SAGAMIHARA, Japan, June 14 Kyodo - Japanese scientists on Monday recovered a heat-resistant capsule released by the asteroid probe Hayabusa, which ended its seven-year, 6 billion-kilometer mission by burning up over the Australian desert late Sunday, the Japan Aerospace Exploration Agency said.

A JAXA team found the capsule, about 40 centimeters in diameter, at around 4:00 p.m. Monday Japan time in the Woomera Prohibited Area in South Australia, about 17 hours after it parachuted to the ground.

The probe entered the atmosphere at about 10:51 p.m. Sunday, Japan time, breaking up in a fireball seen by observers across the region. The capsule, which may contain samples from the asteroid Itokawa, separated from the mother ship about three hours before re-entry.

"I am relieved beyond words," project manager Junichiro Kawaguchi told a news conference at JAXA's Sagamihara campus early Monday. "Hayabusa overcame one crisis after another. It truly came home."

The capsule will be flown to Japan later this week and opened at a JAXA facility in Sagamihara, where scientists will spend months determining whether it holds any particles from Itokawa. Results could be announced as early as the autumn.

Hayabusa was launched in May 2003 and landed on the 540-meter-long asteroid in November 2005, but a malfunction in its sampling device left it unclear whether any material was collected. The probe then lost contact with Earth for about seven weeks in December 2005 and January 2006 after a fuel leak.

Its return was originally planned for June 2007, but engine trouble and the communications blackout forced a three-year delay. Last November, all four of its ion engines appeared to have failed, before engineers managed to combine parts of two of them to keep it on course.

If the capsule is found to contain asteroid dust, it would be the first time material has been brought back from an asteroid. NASA's Stardust mission returned samples from a comet in January 2006.

JAXA plans a successor mission, Hayabusa 2, for launch in 2014, but funding for it was cut sharply in the budget for fiscal 2010, which began in April.

Science and technology minister Tatsuo Kawabata said Monday that the government would consider restoring the money in next year's budget, citing the public enthusiasm over the probe's return. Hundreds of people gathered at JAXA facilities over the weekend to watch live broadcasts of the re-entry.
""", [
    ('June 14', 'DATE', '2010-06-14'),
    ('Monday', 'DATE', '2010-06-14'),
    ('seven-year', 'DURATION', 'P7Y'),
    ('late Sunday', 'DATE', '2010-06-13'),
    ('around 4:00 p.m. Monday', 'TIME', '2010-06-14T16:00'),
    ('about 17 hours', 'DURATION', 'PT17H'),
    ('about 10:51 p.m. Sunday', 'TIME', '2010-06-13T22:51'),
    ('about three hours', 'DURATION', 'PT3H'),
    ('early Monday', 'DATE', '2010-06-14'),
    ('later this week', 'DATE', '2010-W24'),
    ('months', 'DURATION', 'PXM'),
    ('the autumn', 'DATE', '2010-FA'),
    ('May 2003', 'DATE', '2003-05'),
    ('November 2005', 'DATE', '2005-11'),
    ('about seven weeks', 'DURATION', 'P7W'),
    ('December 2005', 'DATE', '2005-12'),
    ('January 2006', 'DATE', '2006-01'),
    ('June 2007', 'DATE', '2007-06'),
    ('three-year', 'DURATION', 'P3Y'),
    ('Last November', 'DATE', '2009-11'),
    ('January 2006', 'DATE', '2006-01'),
    ('2014', 'DATE', '2014'),
    ('fiscal 2010', 'DATE', 'FY2010|2010'),
    ('April', 'DATE', '2010-04'),
    ('Monday', 'DATE', '2010-06-14'),
    ('next year', 'DATE', '2011'),
    ('the weekend', 'DATE', '2010-W23-WE'),
]),
# 11. Xinhua, economy (2012)
('2012-07-10', 'auto', """China's June exports beat forecasts, imports slow

BEIJING, July 10 (Xinhua) -- China's exports grew 11.3 percent in June, beating market expectations, while import growth slowed to 6.3 percent, pushing the trade surplus to its highest level in more than three years, official data showed Tuesday.

Exports reached 180.2 billion U.S. dollars last month and imports 148.5 billion dollars, leaving a surplus of 31.7 billion dollars, up from 18.7 billion dollars in May, the General Administration of Customs said.

In the first half of the year, China's total foreign trade rose 8 percent to 1.84 trillion dollars, well below the government's target of 10 percent growth for 2012.

Customs spokesman Zheng Yuesheng said the trade outlook for the second half remained "grim," citing weak demand in the European Union, China's largest trading partner. China's exports to the EU fell 0.8 percent in the January-June period.

"External demand is unlikely to recover significantly in the coming months," said Zhuang Jian, senior economist with the Asian Development Bank's China office. He said slower import growth reflected cooling domestic demand as well as lower commodity prices.

The central bank last Thursday cut benchmark interest rates for the second time in a month, lowering the benchmark lending rate by 31 basis points to 6 percent, effective from Friday. It also lowered banks' reserve requirement ratio three times between November and May.

The National Bureau of Statistics is scheduled to release second-quarter GDP figures on Friday. Economists polled by Xinhua expect growth to have slowed to about 7.6 percent, the weakest pace since the first quarter of 2009, compared with 8.1 percent in the first three months of the year.

China's economy grew 9.2 percent last year, down from 10.4 percent in 2010. The government lowered its 2012 growth target to 7.5 percent in March, the first time in eight years that it set the target below 8 percent.

Premier Wen Jiabao said during an inspection tour of Jiangsu province over the weekend that stabilizing growth was now the government's top priority, and called for efforts to boost domestic consumption and support exporters.

Analysts expect further policy easing in the third quarter. "The government has room to do more, and it will," said Lu Ting, an economist with Bank of America-Merrill Lynch in Hong Kong. "But it won't repeat the massive stimulus of 2008 and 2009."

China's trade surplus hit a record of 40.1 billion dollars in November 2008, shortly before the global financial crisis sent exports plunging.
""", [
    ('June', 'DATE', '2012-06'),
    ('July 10', 'DATE', '2012-07-10'),
    ('June', 'DATE', '2012-06'),
    ('more than three years', 'DURATION', 'P3Y'),
    ('Tuesday', 'DATE', '2012-07-10'),
    ('last month', 'DATE', '2012-06'),
    ('May', 'DATE', '2012-05'),
    ('the first half of the year', 'DATE', '2012-H1'),
    ('2012', 'DATE', '2012'),
    ('the second half', 'DATE', '2012-H2'),
    ('the January-June period', 'DATE', '2012-H1'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('last Thursday', 'DATE', '2012-07-05'),
    ('a month', 'DURATION', 'P1M'),
    ('Friday', 'DATE', '2012-07-06'),
    ('November', 'DATE', '2011-11'),
    ('May', 'DATE', '2012-05'),
    ('second-quarter', 'DATE', '2012-Q2'),
    ('Friday', 'DATE', '2012-07-13'),
    ('the first quarter of 2009', 'DATE', '2009-Q1'),
    ('the first three months of the year', 'DATE', '2012-Q1'),
    ('last year', 'DATE', '2011'),
    ('2010', 'DATE', '2010'),
    ('2012', 'DATE', '2012'),
    ('March', 'DATE', '2012-03'),
    ('eight years', 'DURATION', 'P8Y'),
    ('the weekend', 'DATE', '2012-W27-WE'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the third quarter', 'DATE', '2012-Q3'),
    ('2008', 'DATE', '2008'),
    ('2009', 'DATE', '2009'),
    ('November 2008', 'DATE', '2008-11'),
]),
# 12. AFP, diplomacy (2013)
('2013-11-16', 'auto', """Typhoon casts shadow as climate talks reach halfway mark

WARSAW, Nov 16 (AFP) - UN climate talks in Warsaw reached their halfway point on Saturday with rich and poor nations still deeply divided over money, as the devastation wrought by Typhoon Haiyan in the Philippines hung over the negotiations.

Delegates from more than 190 countries worked until late Friday on draft texts, which will be handed to environment ministers when they arrive for the high-level segment that begins on Tuesday. The conference is scheduled to close on Friday, though UN talks routinely run into the weekend.

"Things have been slow, as they always are at the start," said one European negotiator. "Now the politics begins."

The Philippines' chief negotiator, Naderev Sano, has been fasting since the talks opened on Monday in solidarity with victims of the typhoon, which struck the central Philippines on November 8 and killed more than 3,600 people, according to the latest official toll.

Developing countries want a firm timetable showing how rich nations will meet a pledge, made in Copenhagen four years ago, to raise climate finance to 100 billion dollars annually by 2020. Fast-start funding of about 30 billion dollars covering 2010 to 2012 has run out, and many poor countries fear a "funding gap".

Japan drew criticism on Friday when it announced that it would cut its target for reducing greenhouse gas emissions, aiming for a 3.8-percent reduction by 2020 from 2005 levels. Tokyo blamed the shutdown of its nuclear reactors after the Fukushima disaster in March 2011.

Australia, where a new conservative government took office in September, also came under fire for sending no minister to the talks.

The Warsaw meeting is meant to lay the groundwork for a new global climate pact that nations have agreed to seal in Paris at the end of 2015 and to put into effect from 2020. Negotiators hope to agree a timeline here under which countries would announce their own emissions targets, possibly by early 2015.

Scientists of the UN's Intergovernmental Panel on Climate Change said in September that the world had already warmed by about 0.85 degrees Celsius since the late 19th century, and that it was "extremely likely" that human activity was the main cause of warming since the 1950s.

Several thousand people marched through central Warsaw on Saturday afternoon to demand stronger action. Organisers plan a further protest on Thursday.

Polish Prime Minister Donald Tusk is expected to address ministers at the opening of the high-level segment at 3:00 pm on Tuesday.
""", [
    ('Nov 16', 'DATE', '2013-11-16'),
    ('Saturday', 'DATE', '2013-11-16'),
    ('late Friday', 'DATE', '2013-11-15'),
    ('Tuesday', 'DATE', '2013-11-19'),
    ('Friday', 'DATE', '2013-11-22'),
    ('the weekend', 'DATE', '2013-W47-WE'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '2013-11-11'),
    ('November 8', 'DATE', '2013-11-08'),
    ('four years ago', 'DATE', '2009'),
    ('annually', 'SET', 'P1Y'),
    ('2020', 'DATE', '2020'),
    ('2010', 'DATE', '2010'),
    ('2012', 'DATE', '2012'),
    ('Friday', 'DATE', '2013-11-15'),
    ('2020', 'DATE', '2020'),
    ('2005', 'DATE', '2005'),
    ('March 2011', 'DATE', '2011-03'),
    ('September', 'DATE', '2013-09'),
    ('the end of 2015', 'DATE', '2015|2015-12'),
    ('2020', 'DATE', '2020'),
    ('early 2015', 'DATE', '2015'),
    ('September', 'DATE', '2013-09'),
    ('the late 19th century', 'DATE', '18'),
    ('the 1950s', 'DATE', '195'),
    ('Saturday afternoon', 'DATE|TIME', '2013-11-16TAF'),
    ('Thursday', 'DATE', '2013-11-21'),
    ('3:00 pm on Tuesday', 'TIME', '2013-11-19T15:00'),
]),
]
