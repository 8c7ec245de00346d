# Gold TIMEX3 probe set 50: twelve news stories of 1999-2025 in the styles of the Associated Press, Reuters, the BBC, the Guardian, the Los Angeles Times, the Globe and Mail and the Sydney Morning Herald, rich in relative dates, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Associated Press, court (2003)
('2003-06-13', 'auto', """Jury convicts former county treasurer of looting school fund

DETROIT (AP) — A federal jury on Friday convicted a former Wayne County treasurer of siphoning $4.2 million from a school construction fund, ending a trial that lasted nearly five weeks.

Raymond Kessler, 58, showed no emotion as the verdict was read shortly after 2 p.m. Jurors had deliberated for about 11 hours over three days before finding him guilty on 14 of 16 counts.

Prosecutors said Kessler moved money from the fund into accounts controlled by his brother-in-law between 1996 and 2001, using the cash to pay for a lake house and a string of car loans. The scheme came to light two years ago, when a state auditor noticed that a bill for a middle school roof had been paid twice.

"This was a betrayal of the children of this county," U.S. Attorney Jeffrey Collins told reporters outside the courthouse. "Today the jury said so plainly."

The trial opened May 12 with testimony from the auditor, Linda Marsh, who spent nearly four days on the stand. Closing arguments were heard Wednesday morning, and the jury began deliberating that afternoon. The day before, the defense had rested without calling Kessler to testify.

Defense attorney Samuel Odom said he would file a motion for a new trial by the end of the month. He argued during the trial that Kessler had followed the advice of a financial consultant who has since died.

"We respect the jury, but we believe the judge made serious errors on the bank records," Odom said.

U.S. District Judge Helen Ferris set sentencing for Sept. 18. Kessler faces up to 20 years in prison on the most serious count. He remains free on bond but must report to a probation officer weekly.

Kessler served as treasurer from 1989 until his resignation in January 2002, shortly after FBI agents searched his office in December 2001. A grand jury indicted him last August.

County officials said they have recovered about $1.1 million and hope to seize the lake house in the coming months. The school board, which meets twice a month, voted last week to pay for an outside audit every year. The district has already trimmed $2 million from its budget for fiscal 2004 to cover the losses.

The middle school roof was finally replaced last summer, at a cost of $380,000.
""", [
    ('Friday', 'DATE', '2003-06-13'),
    ('nearly five weeks', 'DURATION', 'P5W'),
    ('shortly after 2 p.m.', 'TIME', '2003-06-13T14:00'),
    ('about 11 hours', 'DURATION', 'PT11H'),
    ('three days', 'DURATION', 'P3D'),
    ('1996', 'DATE', '1996'),
    ('2001', 'DATE', '2001'),
    ('two years ago', 'DATE', '2001'),
    ('Today', 'DATE', '2003-06-13'),
    ('May 12', 'DATE', '2003-05-12'),
    ('nearly four days', 'DURATION', 'P4D'),
    ('Wednesday morning', 'DATE|TIME', '2003-06-11TMO'),
    ('that afternoon', 'DATE|TIME', '2003-06-11TAF'),
    ('The day before', 'DATE', '2003-06-10'),
    ('the end of the month', 'DATE', '2003-06'),
    ('Sept. 18', 'DATE', '2003-09-18'),
    ('up to 20 years', 'DURATION', 'P20Y'),
    ('weekly', 'SET', 'P1W'),
    ('1989', 'DATE', '1989'),
    ('January 2002', 'DATE', '2002-01'),
    ('December 2001', 'DATE', '2001-12'),
    ('last August', 'DATE', '2002-08'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('twice a month', 'SET', 'P1M'),
    ('last week', 'DATE', '2003-W23'),
    ('every year', 'SET', 'P1Y'),
    ('fiscal 2004', 'DATE', 'FY2004|2004'),
    ('last summer', 'DATE', '2002-SU'),
]),
# 2. Reuters, company news (2011)
('2011-10-26', 'auto', """Norvale cuts outlook again as freight slump bites, shares dive

LONDON, Oct 26 (Reuters) - Norvale Shipping cut its 2011 profit forecast on Wednesday for the second time in three months, blaming weak freight rates and slowing Chinese demand, and its shares fell 14 percent to their lowest level since March 2009.

The Oslo- and London-listed group said it now expected operating profit of $310 million to $340 million, down from an August forecast of up to $420 million. Third-quarter earnings before interest and tax fell 38 percent from a year earlier to $71 million.

"The market has been harder than we expected in the summer," Chief Executive Henrik Dahl told reporters on a conference call. "We do not see a meaningful recovery before the second half of next year."

Rates for large dry-bulk vessels have fallen by more than half since January as a wave of ships ordered during the boom years of 2006 to 2008 has come into service. Analysts at a Copenhagen brokerage said on Tuesday that the glut could last for at least two more years.

Norvale, listed in London since 2004, said it would idle six of its oldest vessels by the end of November and review its order book with South Korean shipyards over the coming weeks. It also postponed a decision on its dividend, normally paid twice a year, until fourth-quarter results on Feb 9.

The board will meet next week to discuss a cost programme aimed at saving $60 million annually by 2013, the company said.

By 1015 GMT the shares were down 13.8 percent at 212 pence, the worst performance on the FTSE 250 index. The stock has lost 46 percent this year.

Dahl, who took over in April 2010 after nine years at a Danish rival, said the group had no plans to raise new equity. "We have enough liquidity for the next 18 months even in a weak scenario," he said.

Norvale last cut its outlook on July 28. A Greek rival had issued a similar warning two days earlier, and earlier this month a ratings agency placed Norvale's debt on review for a possible downgrade.

(Reporting by Sarah Whitcombe; Editing by David Holmes)
""", [
    ('Oct 26', 'DATE', '2011-10-26'),
    ('2011', 'DATE', '2011'),
    ('Wednesday', 'DATE', '2011-10-26'),
    ('three months', 'DURATION', 'P3M'),
    ('March 2009', 'DATE', '2009-03'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('August', 'DATE', '2011-08'),
    ('Third-quarter', 'DATE', '2011-Q3'),
    ('a year earlier', 'DATE', '2010-Q3|2010'),
    ('the summer', 'DATE', '2011-SU'),
    ('the second half of next year', 'DATE', '2012-H2'),
    ('January', 'DATE', '2011-01'),
    ('2006', 'DATE', '2006'),
    ('2008', 'DATE', '2008'),
    ('Tuesday', 'DATE', '2011-10-25'),
    ('at least two more years', 'DURATION', 'P2Y'),
    ('2004', 'DATE', '2004'),
    ('the end of November', 'DATE', '2011-11'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('twice a year', 'SET', 'P1Y'),
    ('fourth-quarter', 'DATE', '2011-Q4'),
    ('Feb 9', 'DATE', '2012-02-09'),
    ('next week', 'DATE', '2011-W44'),
    ('annually', 'SET', 'P1Y'),
    ('2013', 'DATE', '2013'),
    ('1015 GMT', 'TIME', '2011-10-26T10:15'),
    ('this year', 'DATE', '2011'),
    ('April 2010', 'DATE', '2010-04'),
    ('nine years', 'DURATION', 'P9Y'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('July 28', 'DATE', '2011-07-28'),
    ('two days earlier', 'DATE', '2011-07-26'),
    ('earlier this month', 'DATE', '2011-10'),
]),
# 3. BBC News, disaster (2007)
('2007-07-23', 'auto', """Last Updated: Monday, 23 July 2007, 14:32 GMT

Thousands without water as flood levels rise

Thousands of homes in Worcestershire are without running water after floods forced the closure of a treatment works at the weekend.

The Environment Agency said the River Teme at Thornbridge was expected to peak on Tuesday evening, and warned that some villages could be cut off for several days.

Heavy rain began falling on Friday morning, and about 120mm fell on parts of the county in 14 hours. By Saturday afternoon the river had burst its banks in three places. The next morning about 350 people were taken to emergency shelters in Thornbridge and nearby Ledwell.

Engineers from Severn Midlands Water worked for hours to protect the Hallow treatment works, but it was switched off at 0300 BST on Sunday when water reached its electrical equipment.

The company had hoped to restore supplies "within 48 hours", but admitted on Monday that some customers may have to rely on bottled water until the end of the week. Bowsers in the worst-hit streets are being refilled three times a day.

Resident Margaret Pell, 71, said her kitchen had flooded twice in the past two years. "In June last year it was a foot of water. Now it's up to the windowsills," she said.

The county was also badly hit in the autumn of 2000, when more than 2,000 homes were flooded. A flood defence scheme for Thornbridge was approved in 2004, but work is not due to begin until next spring.

The environment secretary, who visited the town this morning, said the government would look at "the lessons to be learned" and promised an independent review. A report is expected by the end of the year.

Schools in the worst-affected areas will stay closed until Thursday, the county council said. Term had been due to end on Friday.

The Met Office said drier weather would arrive on Wednesday, although more showers were likely later in the week.
""", [
    ('Monday, 23 July 2007, 14:32 GMT', 'TIME', '2007-07-23T14:32'),
    ('the weekend', 'DATE', '2007-W29-WE'),
    ('Tuesday evening', 'DATE|TIME', '2007-07-24TEV'),
    ('several days', 'DURATION', 'PXD'),
    ('Friday morning', 'DATE|TIME', '2007-07-20TMO'),
    ('14 hours', 'DURATION', 'PT14H'),
    ('Saturday afternoon', 'DATE|TIME', '2007-07-21TAF'),
    ('The next morning', 'DATE|TIME', '2007-07-22TMO'),
    ('hours', 'DURATION', 'PTXH'),
    ('0300 BST on Sunday', 'TIME', '2007-07-22T03:00'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('Monday', 'DATE', '2007-07-23'),
    ('the end of the week', 'DATE', '2007-W30'),
    ('three times a day', 'SET', 'P1D'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('June last year', 'DATE', '2006-06'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('the autumn of 2000', 'DATE', '2000-FA'),
    ('2004', 'DATE', '2004'),
    ('next spring', 'DATE', '2008-SP'),
    ('this morning', 'DATE|TIME', '2007-07-23TMO'),
    ('the end of the year', 'DATE', '2007|2007-12'),
    ('Thursday', 'DATE', '2007-07-26'),
    ('Friday', 'DATE', '2007-07-27'),
    ('Wednesday', 'DATE', '2007-07-25'),
    ('later in the week', 'DATE', '2007-W30'),
]),
# 4. The Guardian, election (2015)
('2015-05-09', 'auto', """Conservatives take Harrowfield North by 27 votes after marathon count

Labour's Sarah Adebayo loses the seat she held for a decade after two recounts and a missing ballot box

The Conservatives have taken Harrowfield North from Labour by 27 votes after a count that lasted almost 36 hours and ended on Saturday morning.

The returning officer, Janet Coyle, declared the result at 4.40am, more than a day after polls closed at 10pm on Thursday. Labour's candidate, Sarah Adebayo, who had held the seat since 2005, immediately asked for a third recount, which was refused.

Counting began shortly after midnight but was suspended on Friday morning when staff discovered that two ballot boxes from a polling station in Westgate had not been opened. The first recount started at 2pm on Friday and the second that evening.

"I have fought elections here for 15 years and I have never seen anything like it," Adebayo said. She said she would consider a legal challenge in the coming days. An election petition must be lodged within 21 days of the result being declared.

The new MP, Daniel Forsythe, 34, a former army officer, thanked volunteers who had "knocked on doors every weekend since January". He will take his seat when the Commons returns on 18 May.

In 2010 Adebayo won by 1,482 votes, and the seat had been held by Labour since the 1997 landslide. Turnout this year was 68.4%, up from 63% five years ago.

The result leaves Labour with its worst showing in the region in three decades. The party's regional director, Tom Whitlock, said a review would begin next week and report by the autumn. "We have to understand what went wrong over the last six weeks, and frankly over the last five years," he said.

The council said it would publish a full account of the count on Monday. It last faced criticism in 2012, when a local election count was delayed by a day because of a staff shortage.

Forsythe said his first priority was Harrowfield general hospital, whose A&E department is due to be downgraded in the spring of 2016. "I want a meeting with the health secretary within a month," he said.
""", [
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('almost 36 hours', 'DURATION', 'PT36H'),
    ('Saturday morning', 'DATE|TIME', '2015-05-09TMO'),
    ('4.40am', 'TIME', '2015-05-09T04:40'),
    ('more than a day', 'DURATION', 'P1D'),
    ('10pm on Thursday', 'TIME', '2015-05-07T22:00'),
    ('2005', 'DATE', '2005'),
    ('shortly after midnight', 'TIME', '2015-05-08T00:00|2015-05-07T24:00'),
    ('Friday morning', 'DATE|TIME', '2015-05-08TMO'),
    ('2pm on Friday', 'TIME', '2015-05-08T14:00'),
    ('that evening', 'DATE|TIME', '2015-05-08TEV'),
    ('15 years', 'DURATION', 'P15Y'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('21 days', 'DURATION', 'P21D'),
    ('every weekend', 'SET', 'XXXX-WXX-WE|P1W'),
    ('January', 'DATE', '2015-01'),
    ('18 May', 'DATE', '2015-05-18'),
    ('2010', 'DATE', '2010'),
    ('1997', 'DATE', '1997'),
    ('this year', 'DATE', '2015'),
    ('five years ago', 'DATE', '2010'),
    ('three decades', 'DURATION', 'P30Y|P3E'),
    ('next week', 'DATE', '2015-W20'),
    ('the autumn', 'DATE', '2015-FA'),
    ('the last six weeks', 'DURATION', 'P6W'),
    ('the last five years', 'DURATION', 'P5Y'),
    ('Monday', 'DATE', '2015-05-11'),
    ('2012', 'DATE', '2012'),
    ('a day', 'DURATION', 'P1D'),
    ('the spring of 2016', 'DATE', '2016-SP'),
    ('a month', 'DURATION', 'P1M'),
]),
# 5. Los Angeles Times, disaster (2018)
('2018-11-14', 'auto', """Sycamore fire 60% contained as evacuees begin returning home

OJAI, Calif. — Residents of the Upper Ojai valley began returning to their homes Tuesday afternoon as crews gained ground on the Sycamore fire, which has destroyed 142 structures and forced thousands of people to flee.

Fire officials said Wednesday that the blaze, which has burned 38,000 acres, was 60% contained and that full containment was expected by Thanksgiving. Crews were helped by calmer winds Tuesday night, although a red-flag warning remains in effect until 6 p.m. Thursday. Evacuation orders for the eastern edge of Santa Paula were lifted earlier this week.

The fire broke out shortly before 11 p.m. last Thursday near a utility substation off California 150. By Friday morning, driven by Santa Ana gusts of up to 60 mph, it had jumped the highway and was burning toward Santa Paula. That weekend, about 9,000 people were under mandatory evacuation orders.

"The whole ridge was orange. It was as bright as day," said Rosa Delgado, 52, who has lived on her family's avocado ranch for three decades. "We had maybe 20 minutes to get out."

One firefighter suffered minor burns Sunday. No deaths have been reported.

Southern California Edison said last week that it was investigating whether its equipment played a role. The utility has faced growing scrutiny since 2017, when a series of wind-driven fires destroyed thousands of homes across the state. State regulators are expected to release a preliminary report on the cause in January.

Ventura County Supervisor Mark Halvorsen said the county would open a recovery center in Ojai on Monday, staffed daily, where residents can apply for aid and replace lost documents. Insurance adjusters, he said, "will be here for months."

Fires in California have grown larger and more destructive in recent years, and the number of acres burned each year has climbed sharply since the 1970s, according to state data.

The valley last burned in December 2017, when the Thomas fire, then the largest in modern state history, blackened more than 280,000 acres over nearly six weeks. Some families whose homes survived that blaze lost them this time.

"We were just getting back to normal," Delgado said. "Now we start again."
""", [
    ('Tuesday afternoon', 'DATE|TIME', '2018-11-13TAF'),
    ('Wednesday', 'DATE', '2018-11-14'),
    ('Thanksgiving', 'DATE', '2018-11-22'),
    ('Tuesday night', 'DATE|TIME', '2018-11-13TNI'),
    ('6 p.m. Thursday', 'TIME', '2018-11-15T18:00'),
    ('earlier this week', 'DATE', '2018-W46'),
    ('shortly before 11 p.m. last Thursday', 'TIME', '2018-11-08T23:00'),
    ('Friday morning', 'DATE|TIME', '2018-11-09TMO'),
    ('That weekend', 'DATE', '2018-W45-WE'),
    ('three decades', 'DURATION', 'P30Y|P3E'),
    ('20 minutes', 'DURATION', 'PT20M'),
    ('Sunday', 'DATE', '2018-11-11'),
    ('last week', 'DATE', '2018-W45'),
    ('2017', 'DATE', '2017'),
    ('January', 'DATE', '2019-01'),
    ('Monday', 'DATE', '2018-11-19'),
    ('daily', 'SET', 'P1D'),
    ('months', 'DURATION', 'PXM'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('each year', 'SET', 'P1Y'),
    ('the 1970s', 'DATE', '197'),
    ('December 2017', 'DATE', '2017-12'),
    ('nearly six weeks', 'DURATION', 'P6W'),
    ('Now', 'DATE', 'PRESENT_REF'),
]),
# 6. The Globe and Mail, sport (2022)
('2022-04-19', 'auto', """Thunder stun Voyageurs in double overtime to seize series lead

The Sudbury Thunder have never won a playoff series against Kingston. After Monday night, they are two wins away.

Rookie winger Luc Bellefeuille scored at 8:14 of the second overtime to give Sudbury a 4-3 victory and a 2-1 lead in the first-round series, ending a game that began shortly after 7 p.m. and finished close to midnight in front of an Easter Monday crowd of 4,650.

The Kingston Voyageurs had routed the Thunder 6-1 on Saturday afternoon, a game in which Sudbury's starting goaltender, Owen Price, was pulled after two periods. Price was back in net on Monday and made 51 saves.

"We talked about it on Sunday, and then we let it go," said Price, 19. "You can't carry one bad game around for a week."

Game 4 is scheduled for 7:05 p.m. Thursday in Sudbury, and Game 5 will be played in Kingston on Saturday.

Sudbury finished the regular season in fifth place, 14 points behind Kingston, and lost three of its four meetings with the Voyageurs between November and March. The franchise, which moved from Cornwall in 2009, has not advanced past the first round since 2014.

Head coach Martine Guérin, the first woman to coach full-time in the league, was hired two years ago after a decade as an assistant with Canada's national women's program. She signed a three-year extension in January.

"People said this group was a year away," Guérin said. "I'm not thinking about next year. I'm thinking about Thursday."

The crowd was the largest at the Sudbury Community Arena since it reopened to full capacity in February, after nearly two years of pandemic restrictions.

Kingston coach Rob Fairley said his team would practise twice a day until Thursday. "We have not been good enough in this series, and that's on all of us," he said.

The Voyageurs, who last won the league title in 2019, have been knocked out in the first round only once in the past decade.
""", [
    ('Monday night', 'DATE|TIME', '2022-04-18TNI'),
    ('shortly after 7 p.m.', 'TIME', '2022-04-18T19:00'),
    ('close to midnight', 'TIME', '2022-04-18T24:00|2022-04-19T00:00'),
    ('Easter Monday', 'DATE', '2022-04-18'),
    ('Saturday afternoon', 'DATE|TIME', '2022-04-16TAF'),
    ('Monday', 'DATE', '2022-04-18'),
    ('Sunday', 'DATE', '2022-04-17'),
    ('a week', 'DURATION', 'P1W'),
    ('7:05 p.m. Thursday', 'TIME', '2022-04-21T19:05'),
    ('Saturday', 'DATE', '2022-04-23'),
    ('November', 'DATE', '2021-11'),
    ('March', 'DATE', '2022-03'),
    ('2009', 'DATE', '2009'),
    ('2014', 'DATE', '2014'),
    ('two years ago', 'DATE', '2020'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('three-year', 'DURATION', 'P3Y'),
    ('January', 'DATE', '2022-01'),
    ('a year', 'DURATION', 'P1Y'),
    ('next year', 'DATE', '2023'),
    ('Thursday', 'DATE', '2022-04-21'),
    ('February', 'DATE', '2022-02'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('twice a day', 'SET', 'P1D'),
    ('Thursday', 'DATE', '2022-04-21'),
    ('2019', 'DATE', '2019'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
]),
# 7. The Sydney Morning Herald, science (2020)
('2020-02-27', 'auto', """Reef scientists brace for third mass bleaching in five years

By Nicole Harte
February 27, 2020

Scientists will fly the length of the Great Barrier Reef next week after water temperatures in the Coral Sea reached their highest levels on record this month, raising fears of a third mass bleaching event in five years.

Researchers at James Cook University said on Wednesday that sea surface temperatures off Townsville had been 1.5 degrees above the long-term average for most of the past three weeks. Divers from the university's research station on Orpheus Island first reported pale and bleached coral on February 9, and a second survey the following weekend found damage on 11 of 17 reefs.

"We are now seeing the same signs we saw in 2016 and 2017," said Professor Kate Liddell, who leads the university's coral monitoring program. "Those two events killed about half the shallow-water coral on the northern reef."

The aerial surveys, which take about 10 days, will begin from Cairns on Monday and work south, weather permitting. Results are expected by late March.

The Great Barrier Reef Marine Park Authority, which checks water temperatures weekly, raised its bleaching alert to the highest level a fortnight ago. The authority's chief scientist said the next month would be crucial. "If we get cloud cover and a cyclone or two in the coming weeks, things could still cool down," she said.

The reef suffered its first recorded mass bleaching in 1998 and a second in 2002. Until the mid-2010s, scientists believed corals had at least a decade to recover between events. Since 2016, that gap has shrunk to about a year.

The federal government pledged an extra $100 million for reef restoration in January, to be spent over five years. Critics say the money does nothing to address Australia's emissions, which have risen over the past four years.

Tourism operators in Cairns, already hit by bushfire cancellations over Christmas and by a sharp drop in Chinese visitors since late January, fear a fresh wave of bad headlines. "Every time this happens, bookings fall for months," said one operator, who runs daily trips to the outer reef.

Professor Liddell's team plans to publish its findings later this year.
""", [
    ('five years', 'DURATION', 'P5Y'),
    ('February 27, 2020', 'DATE', '2020-02-27'),
    ('next week', 'DATE', '2020-W10'),
    ('this month', 'DATE', '2020-02'),
    ('five years', 'DURATION', 'P5Y'),
    ('Wednesday', 'DATE', '2020-02-26'),
    ('the past three weeks', 'DURATION', 'P3W'),
    ('February 9', 'DATE', '2020-02-09'),
    ('the following weekend', 'DATE', '2020-W07-WE'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2016', 'DATE', '2016'),
    ('2017', 'DATE', '2017'),
    ('about 10 days', 'DURATION', 'P10D'),
    ('Monday', 'DATE', '2020-03-02'),
    ('late March', 'DATE', '2020-03'),
    ('weekly', 'SET', 'P1W'),
    ('a fortnight ago', 'DATE', '2020-W07|2020-02-13'),
    ('the next month', 'DURATION|DATE', 'P1M|2020-03'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('1998', 'DATE', '1998'),
    ('2002', 'DATE', '2002'),
    ('the mid-2010s', 'DATE', '201'),
    ('at least a decade', 'DURATION', 'P10Y|P1E'),
    ('2016', 'DATE', '2016'),
    ('about a year', 'DURATION', 'P1Y'),
    ('January', 'DATE', '2020-01'),
    ('five years', 'DURATION', 'P5Y'),
    ('the past four years', 'DURATION', 'P4Y'),
    ('Christmas', 'DATE', '2019-12-25'),
    ('late January', 'DATE', '2020-01'),
    ('months', 'DURATION', 'PXM'),
    ('daily', 'SET', 'P1D'),
    ('later this year', 'DATE', '2020'),
]),
# 8. Associated Press, sport (1999)
('1999-10-04', 'auto', """Prairie State fires Hollis after winless start

EMPORIA, Kan. (AP) — Prairie State fired football coach Dale Hollis on Monday, ending an eight-year tenure that began with two conference titles and ended with the program's worst start in more than three decades.

Hollis, 54, was told of the decision at a 7:30 a.m. meeting with athletic director Ron Baskin and had cleared out his office by noon, a school spokeswoman said. Defensive coordinator Jerry Amos will serve as interim coach for the last six games.

The Mustangs lost 41-10 to Youngstown State at home Saturday, falling to 0-5 for the first time since 1966. A crowd of barely 9,000 — less than half the stadium's capacity — watched the game, and some fans chanted for Hollis' dismissal in the fourth quarter. The next morning, a banner reading "Thanks, Dale. Goodbye." hung from an overpass near campus.

"This wasn't about one game," Baskin said at a news conference Monday afternoon. "We have been heading in the wrong direction for three years, and I owed it to our players to make a change."

Hollis went 14-2 in the conference in 1992 and 1993 and took the Mustangs to the Division I-AA playoffs both seasons. But his teams have had losing records every year since 1996, and attendance has fallen by nearly a third over the past five years.

Hollis did not return calls seeking comment. His contract, extended in the winter of 1997, runs through June 2001. Baskin said the university would pay the remaining $310,000 in monthly installments.

Amos, a former Mustangs linebacker, has been on the staff since 1991. His first game in charge is Saturday at Western Illinois, with kickoff set for 1:05 p.m.

Baskin said a national search would begin immediately and that he hoped to name a permanent coach by mid-December, before the recruiting period resumes in January. He said several candidates had already called him over the weekend.

"We are not going to rush this," he said. "We want somebody who wants to build something here."
""", [
    ('Monday', 'DATE', '1999-10-04'),
    ('eight-year', 'DURATION', 'P8Y'),
    ('more than three decades', 'DURATION', 'P30Y|P3E'),
    ('7:30 a.m.', 'TIME', '1999-10-04T07:30'),
    ('noon', 'TIME', '1999-10-04T12:00'),
    ('Saturday', 'DATE', '1999-10-02'),
    ('1966', 'DATE', '1966'),
    ('The next morning', 'DATE|TIME', '1999-10-03TMO'),
    ('Monday afternoon', 'DATE|TIME', '1999-10-04TAF'),
    ('three years', 'DURATION', 'P3Y'),
    ('1992', 'DATE', '1992'),
    ('1993', 'DATE', '1993'),
    ('every year', 'SET', 'P1Y'),
    ('1996', 'DATE', '1996'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('the winter of 1997', 'DATE', '1997-WI'),
    ('June 2001', 'DATE', '2001-06'),
    ('monthly', 'SET', 'P1M'),
    ('1991', 'DATE', '1991'),
    ('Saturday', 'DATE', '1999-10-09'),
    ('1:05 p.m.', 'TIME', '1999-10-09T13:05'),
    ('mid-December', 'DATE', '1999-12'),
    ('January', 'DATE', '2000-01'),
    ('the weekend', 'DATE', '1999-W39-WE'),
]),
# 9. Reuters, science and company news (2024)
('2024-08-08', 'auto', """Valmora's Alzheimer's drug slows decline in late-stage trial, shares soar

ZURICH, Aug 8 (Reuters) - Swiss biotech Valmora said on Thursday its experimental Alzheimer's drug slowed cognitive decline by 27% over 18 months in a late-stage trial, sending its shares up as much as 41%.

The company said it planned to seek approval from U.S. and European regulators in the first quarter of 2025 and could launch the drug, given as a monthly injection, in 2026.

The trial enrolled 1,840 patients with early Alzheimer's disease at 210 sites between March 2021 and October 2022. Patients received either the drug, valnezumab, or a placebo every four weeks and were followed for a year and a half.

"These are the results we have been waiting for since this programme started a decade ago," Chief Executive Anja Brunner told analysts on a call at 0800 GMT. She said detailed data would be presented at a medical congress in Madrid in late October.

Brain swelling, a known side effect of similar drugs, was seen in 9% of patients receiving valnezumab, most often in the first three months of treatment. Two patients died during the study, but Valmora said neither death was linked to the drug.

Valmora's shares had lost nearly 60% of their value over the past two years, after a study of a different compound failed in November 2022. They closed at 62.40 Swiss francs on Wednesday and were trading 36% higher at 1130 GMT, giving the company a market value of about 4.8 billion francs.

Analysts at a Zurich brokerage said the data looked competitive with two rival antibodies approved in the United States last year and in July, although uptake of those drugs has been slow, partly because patients need regular brain scans.

Dementia affects more than 55 million people worldwide, a number expected to almost double every 20 years, according to the World Health Organization.

Valmora said it had enough cash to fund operations until mid-2026 and would choose a partner for the U.S. launch by the end of the year. It will next report results on Aug 22.

(Reporting by Marta Kessel; Editing by Tomasz Janowski)
""", [
    ('Aug 8', 'DATE', '2024-08-08'),
    ('Thursday', 'DATE', '2024-08-08'),
    ('18 months', 'DURATION', 'P18M'),
    ('the first quarter of 2025', 'DATE', '2025-Q1'),
    ('monthly', 'SET', 'P1M'),
    ('2026', 'DATE', '2026'),
    ('March 2021', 'DATE', '2021-03'),
    ('October 2022', 'DATE', '2022-10'),
    ('every four weeks', 'SET', 'P4W'),
    ('a year and a half', 'DURATION', 'P18M'),
    ('a decade ago', 'DATE', '2014|201'),
    ('0800 GMT', 'TIME', '2024-08-08T08:00'),
    ('late October', 'DATE', '2024-10'),
    ('the first three months', 'DURATION', 'P3M'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('November 2022', 'DATE', '2022-11'),
    ('Wednesday', 'DATE', '2024-08-07'),
    ('1130 GMT', 'TIME', '2024-08-08T11:30'),
    ('last year', 'DATE', '2023'),
    ('July', 'DATE', '2024-07'),
    ('every 20 years', 'SET', 'P20Y'),
    ('mid-2026', 'DATE', '2026'),
    ('the end of the year', 'DATE', '2024|2024-12'),
    ('Aug 22', 'DATE', '2024-08-22'),
]),
# 10. BBC News, election (2009)
('2009-09-16', 'auto', """Westmoor and Hale by-election set for October

A by-election in the Westmoor and Hale constituency will be held on Thursday 22 October, following the death of Labour MP Peter Askew last month.

The writ was moved in the Commons on Tuesday afternoon, and candidates have until 4pm on 6 October to submit their nomination papers.

Mr Askew, 63, died on 28 August after a short illness. He had represented the seat since 1992 and held it at the last general election in 2005 with a majority of 4,211.

The Conservatives selected their candidate, local councillor Fiona Marsh, on Saturday, and the Liberal Democrats will choose theirs at a meeting next Monday evening. Labour's shortlist is expected to be announced later this week.

The contest comes at a difficult time for the government. Labour has trailed the Conservatives in national polls for most of the past 18 months and lost the Norwich North by-election in July. A general election must be held by June 2010.

"Labour has held this seat for 17 years, and it will be a real test," said Professor Alan Reid, a political scientist at the University of Leeds. "If they lose it, the pressure on the leadership will be enormous."

Labour's party conference opens in Brighton on 27 September, and party officials said the prime minister was expected to visit the constituency soon afterwards.

Campaigners say the main local issue is the Hale steelworks, which has cut 600 jobs since January and is waiting for a decision on a government loan in November.

Turnout at by-elections is usually low. At Norwich North it was 45%, while in Westmoor and Hale it fell from 71% in 1997 to 58% four years ago.

Polling stations will be open from 7am to 10pm on 22 October, with the count at Hale Leisure Centre. The result is expected the following morning.
""", [
    ('October', 'DATE', '2009-10'),
    ('Thursday 22 October', 'DATE', '2009-10-22'),
    ('last month', 'DATE', '2009-08'),
    ('Tuesday afternoon', 'DATE|TIME', '2009-09-15TAF'),
    ('4pm on 6 October', 'TIME', '2009-10-06T16:00'),
    ('28 August', 'DATE', '2009-08-28'),
    ('1992', 'DATE', '1992'),
    ('2005', 'DATE', '2005'),
    ('Saturday', 'DATE', '2009-09-12'),
    ('next Monday evening', 'DATE|TIME', '2009-09-21TEV'),
    ('later this week', 'DATE', '2009-W38'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('July', 'DATE', '2009-07'),
    ('June 2010', 'DATE', '2010-06'),
    ('17 years', 'DURATION', 'P17Y'),
    ('27 September', 'DATE', '2009-09-27'),
    ('January', 'DATE', '2009-01'),
    ('November', 'DATE', '2009-11'),
    ('1997', 'DATE', '1997'),
    ('four years ago', 'DATE', '2005'),
    ('7am', 'TIME', '2009-10-22T07:00'),
    ('10pm on 22 October', 'TIME', '2009-10-22T22:00'),
    ('the following morning', 'DATE|TIME', '2009-10-23TMO'),
]),
# 11. The Globe and Mail, company news (2016)
('2016-11-03', 'auto', """Northcrest Energy to cut 400 jobs as oil slump drags on

KELLY CRANE
CALGARY
Published November 3, 2016

Northcrest Energy Ltd. will cut about 400 jobs, or 12 per cent of its work force, and sell its natural gas assets in northeastern British Columbia, the company said Wednesday as it reported another heavy loss.

The Calgary-based producer lost $186-million in the third quarter, compared with a loss of $94-million a year earlier. Revenue fell 19 per cent to $612-million.

Chief executive Mark Sorensen said the cuts would be completed by the end of the first quarter and would save about $55-million a year. Most of the affected employees were told on Wednesday morning, hours before the results were released after markets closed. They will receive severance and outplacement support for up to six months.

"Nobody wanted this. But we are now more than two years into a downturn, and we have to plan for US$50 oil for the foreseeable future," he told analysts on a conference call Thursday morning.

Northcrest has already cut its 2016 capital budget twice, the second time in July, and suspended its dividend in February. It employed 4,100 people in mid-2014, before crude prices began their collapse that summer.

The company expects to close the sale of the B.C. assets, which analysts say could fetch as much as $700-million, in the first half of next year.

Shares of Northcrest were down 6.2 per cent at $8.14 on the Toronto Stock Exchange at midday Thursday. They have lost more than half their value over the past two years.

Alberta's unemployment rate rose to 8.5 per cent in September, the highest level since 1994, and the province's energy sector has shed an estimated 40,000 jobs since late 2014.

Northcrest will hold an investor day in Toronto on Dec. 7 and release its 2017 budget in January. Mr. Sorensen, who joined the company in 2011 as chief financial officer, said he expected spending to be "roughly flat" compared with this year.
""", [
    ('November 3, 2016', 'DATE', '2016-11-03'),
    ('Wednesday', 'DATE', '2016-11-02'),
    ('the third quarter', 'DATE', '2016-Q3'),
    ('a year earlier', 'DATE', '2015-Q3|2015'),
    ('the end of the first quarter', 'DATE', '2017-Q1'),
    ('a year', 'SET', 'P1Y'),
    ('Wednesday morning', 'DATE|TIME', '2016-11-02TMO'),
    ('hours', 'DURATION', 'PTXH'),
    ('up to six months', 'DURATION', 'P6M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('the foreseeable future', 'DATE', 'FUTURE_REF'),
    ('Thursday morning', 'DATE|TIME', '2016-11-03TMO'),
    ('2016', 'DATE', '2016'),
    ('July', 'DATE', '2016-07'),
    ('February', 'DATE', '2016-02'),
    ('mid-2014', 'DATE', '2014'),
    ('that summer', 'DATE', '2014-SU'),
    ('the first half of next year', 'DATE', '2017-H1'),
    ('midday Thursday', 'TIME', '2016-11-03T12:00'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('September', 'DATE', '2016-09'),
    ('1994', 'DATE', '1994'),
    ('late 2014', 'DATE', '2014'),
    ('Dec. 7', 'DATE', '2016-12-07'),
    ('2017', 'DATE', '2017'),
    ('January', 'DATE', '2017-01'),
    ('2011', 'DATE', '2011'),
    ('this year', 'DATE', '2016'),
]),
# 12. The Sydney Morning Herald, court (2005)
('2005-08-18', 'auto', """Builder jailed over Cronulla balcony deaths

August 18, 2005

A Sydney builder whose defective work caused a balcony collapse that killed two people at a party on Christmas Eve 2002 has been jailed for at least four years.

Judge Peter Hanlon told the District Court yesterday that Graham Tully, 49, had shown "a reckless disregard" for safety when he used untreated timber and too few bolts to fix the balcony to a three-storey unit block in Cronulla in the winter of 2000.

A jury found Tully guilty in June of two counts of manslaughter after a trial lasting seven weeks. He was sentenced to six years in jail, with a non-parole period of four years, backdated to June 9, when he was taken into custody.

The balcony gave way at about 11.15pm, sending 14 people more than six metres to the ground. Kylie Brennan, 24, died at the scene, and her friend Daniel Ho, 26, died in St George Hospital three days later.

Brennan's father, Ray, said outside court that the family had waited two years and eight months for the case to end. "Every Christmas since then has been the hardest day of the year for us," he said.

An investigation by the Office of Fair Trading found last year that at least 30 other balconies built by Tully's company between 1997 and 2001 needed urgent repairs. Most have been fixed, but the office said on Tuesday that eight were still fenced off.

The State Government introduced compulsory inspections every five years for balconies on older unit blocks in March, and the Minister for Fair Trading said yesterday that the first round of inspections would be finished by Christmas.

Tully's barrister, Susan Oakes, said her client would appeal against the severity of the sentence. The appeal is unlikely to be heard before early next year.

A civil claim brought by 11 of the injured partygoers is listed for hearing in the Supreme Court in October. The building's owners corporation has spent more than $1.2 million on repairs since 2003, and residents now pay a special levy twice a year.
""", [
    ('August 18, 2005', 'DATE', '2005-08-18'),
    ('Christmas Eve 2002', 'DATE', '2002-12-24'),
    ('at least four years', 'DURATION', 'P4Y'),
    ('yesterday', 'DATE', '2005-08-17'),
    ('the winter of 2000', 'DATE', '2000-WI'),
    ('June', 'DATE', '2005-06'),
    ('seven weeks', 'DURATION', 'P7W'),
    ('six years', 'DURATION', 'P6Y'),
    ('four years', 'DURATION', 'P4Y'),
    ('June 9', 'DATE', '2005-06-09'),
    ('about 11.15pm', 'TIME', '2002-12-24T23:15'),
    ('three days later', 'DATE', '2002-12-27'),
    ('two years and eight months', 'DURATION', 'P2Y8M'),
    ('Every Christmas', 'SET', 'XXXX-12-25'),
    ('last year', 'DATE', '2004'),
    ('1997', 'DATE', '1997'),
    ('2001', 'DATE', '2001'),
    ('Tuesday', 'DATE', '2005-08-16'),
    ('every five years', 'SET', 'P5Y'),
    ('March', 'DATE', '2005-03'),
    ('yesterday', 'DATE', '2005-08-17'),
    ('Christmas', 'DATE', '2005-12-25'),
    ('early next year', 'DATE', '2006'),
    ('October', 'DATE', '2005-10'),
    ('2003', 'DATE', '2003'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('twice a year', 'SET', 'P1Y'),
]),
]
