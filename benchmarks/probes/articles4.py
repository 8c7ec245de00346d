PROBES = [
('1988-05-11', 'auto', """PRINCETON, N.J., May 10 — Helen R. Marsh, a physicist whose experiments with supercooled metals helped pave the way for the magnetic scanners used in hospitals around the world, died on Monday at her home here. She was 79.

The cause was heart failure, said her son, Daniel, who added that she had been working at her desk on Sunday, reading proofs of a former student's paper.

Dr. Marsh spent more than three decades at Bell Laboratories in Murray Hill, N.J., which she joined in 1947, two years after receiving her doctorate from Columbia University. For much of the 1950s she led a small group studying why certain alloys lose all electrical resistance when cooled to a few degrees above absolute zero.

The breakthrough came in the spring of 1961, when her team produced a niobium wire that kept its properties inside powerful magnetic fields. Within months, engineers at several companies were winding magnets from it. "We thought it would take ten years to find a use for the stuff," she recalled in a 1979 interview. "It took about six weeks."

Born Helen Ruth Kessler in Toledo, Ohio, on Aug. 3, 1908, she was the daughter of a machinist and a schoolteacher. She married Paul Marsh, an electrical engineer, in 1936; he died in 1975.

Colleagues remembered a demanding but generous mentor who ran a seminar for young researchers every Friday afternoon for nearly 20 years. She retired in 1982 but continued to visit the laboratory twice a month until last fall, often bringing a tin of her own oatmeal cookies.

"She never cared who got the credit," said Dr. Arthur Feld, who worked in her group in the 1960s. "She cared whether the measurement was right."

She was elected to the National Academy of Sciences in 1972. Last month, the American Physical Society said it would establish a lecture in her name; the first is scheduled for October.

Her death was announced on Tuesday by Princeton University, where she had taught a graduate course in low-temperature physics each winter since 1983.

In addition to her son, of Lawrenceville, N.J., she is survived by a daughter, Margaret Ellis of Boston, and four grandchildren.

A memorial service will be held at the university chapel on Saturday at 2 p.m.
""", [
    ('May 10', 'DATE', '1988-05-10'),
    ('Monday', 'DATE', '1988-05-09'),
    ('Sunday', 'DATE', '1988-05-08'),
    ('more than three decades', 'DURATION', 'P3DE|P30Y'),
    ('1947', 'DATE', '1947'),
    ('two years', 'DURATION|DATE', 'P2Y|1945'),
    ('the 1950s', 'DATE', '195'),
    ('the spring of 1961', 'DATE', '1961-SP'),
    ('months', 'DURATION', 'PXM'),
    ('ten years', 'DURATION', 'P10Y'),
    ('1979', 'DATE', '1979'),
    ('about six weeks', 'DURATION', 'P6W'),
    ('Aug. 3, 1908', 'DATE', '1908-08-03'),
    ('1936', 'DATE', '1936'),
    ('1975', 'DATE', '1975'),
    ('every Friday afternoon', 'SET', 'XXXX-WXX-5TAF'),
    ('nearly 20 years', 'DURATION', 'P20Y'),
    ('1982', 'DATE', '1982'),
    ('twice a month', 'SET', 'P1M'),
    ('last fall', 'DATE', '1987-FA'),
    ('the 1960s', 'DATE', '196'),
    ('1972', 'DATE', '1972'),
    ('Last month', 'DATE', '1988-04'),
    ('October', 'DATE', '1988-10'),
    ('Tuesday', 'DATE', '1988-05-10'),
    ('each winter', 'SET', 'XXXX-WI'),
    ('1983', 'DATE', '1983'),
    ('Saturday', 'DATE', '1988-05-14'),
    ('2 p.m.', 'TIME', '1988-05-14T14:00'),
]),
('1992-10-31', 'auto', """COLUMBUS, Ohio (AP) — With three days left in one of the country's tightest Senate races, Democrat Mary Alcott and Republican Sen. James Harlan crisscrossed Ohio on Friday, each pleading with a shrinking pool of undecided voters.

Alcott began at a 6 a.m. shift change outside a steel mill in Youngstown and did not finish until after 11 p.m., when she addressed about 2,000 supporters in a Cincinnati union hall. Harlan spent the afternoon at shopping centers in the Toledo suburbs, shaking hands and posing for pictures with children.

A poll published on Thursday by The Columbus Dispatch showed the race statistically tied, with Harlan at 46 percent and Alcott at 45 percent. Two weeks ago, the same survey gave the two-term incumbent a nine-point lead. Alcott now leads among women by 12 points, the poll found.

The tone sharpened this week. On Wednesday night, Harlan's campaign began airing a commercial accusing Alcott of backing higher taxes during her six years in the state Senate, a claim she called "a lie from a desperate man" at a news conference the next day.

Harlan, 64, was first elected in 1980 and has not faced a serious challenge since. Political scientists said no Senate contest in Ohio had been this close in more than a decade.

Since Labor Day, the two campaigns and outside groups have spent nearly $14 million on television advertising, much of it after the candidates' only debate, on Oct. 15. Both sides accuse the other of distorting the record, and neither has pulled its negative spots.

Alcott planned to spend Halloween at home in Marion, handing out candy tonight before flying to Cleveland for a church visit the next morning. Harlan will tour southern Ohio by bus on Sunday and Monday, making 14 stops in small towns.

Election officials expect record turnout on Tuesday, when polls open at 6:30 a.m. and close at 7:30 p.m. Registration reached 6.8 million this fall, up from 6.1 million in 1988, the secretary of state's office said.

The winner will be sworn in in January to a six-year term.
""", [
    ('three days', 'DURATION', 'P3D'),
    ('Friday', 'DATE', '1992-10-30'),
    ('6 a.m.', 'TIME', '1992-10-30T06:00'),
    ('11 p.m.', 'TIME', '1992-10-30T23:00'),
    ('the afternoon', 'TIME', '1992-10-30TAF'),
    ('Thursday', 'DATE', '1992-10-29'),
    ('Two weeks ago', 'DATE', '1992-W42|1992-10-17'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this week', 'DATE', '1992-W44'),
    ('Wednesday night', 'TIME|DATE', '1992-10-28TNI'),
    ('six years', 'DURATION', 'P6Y'),
    ('the next day', 'DATE', '1992-10-29'),
    ('1980', 'DATE', '1980'),
    ('more than a decade', 'DURATION', 'P1DE|P10Y'),
    ('Labor Day', 'DATE', '1992-09-07'),
    ('Oct. 15', 'DATE', '1992-10-15'),
    ('Halloween', 'DATE', '1992-10-31'),
    ('tonight', 'TIME', '1992-10-31TNI'),
    ('the next morning', 'TIME', '1992-11-01TMO'),
    ('Sunday', 'DATE', '1992-11-01'),
    ('Monday', 'DATE', '1992-11-02'),
    ('Tuesday', 'DATE', '1992-11-03'),
    ('6:30 a.m.', 'TIME', '1992-11-03T06:30'),
    ('7:30 p.m.', 'TIME', '1992-11-03T19:30'),
    ('this fall', 'DATE', '1992-FA'),
    ('1988', 'DATE', '1988'),
    ('January', 'DATE', '1993-01'),
    ('six-year', 'DURATION', 'P6Y'),
]),
('1996-02-12', 'auto', """MIAMI (Reuters) - Federal investigators said on Monday they had begun analysing the cockpit voice recorder from the Caribe Airways jet that crashed into the Everglades last month, and hoped to know within days whether the crew had been fighting an engine fire.

The Boeing 727, carrying 81 passengers and seven crew from Miami to San Juan, went down at 9:47 p.m. on Jan. 23, about 11 minutes after take-off. Everyone on board was killed.

Navy divers located the recorder on Saturday, buried in mud under about eight feet of water, after a search that had been hampered for weeks by heavy rain. It was flown to National Transportation Safety Board laboratories in Washington on Sunday morning. The flight data recorder was recovered on Jan. 25.

Board member Ellen Whitcomb told a news conference that radar data and air traffic control tapes showed the crew reported a fire warning in the left engine shortly after 9:40 p.m. and asked to return to Miami.

"We are currently looking at every possibility, including maintenance," Whitcomb said. Maintenance records show the left engine was overhauled in October and had been removed twice in the past six months for repairs, she said.

Investigators will meet representatives of the engine's manufacturer, Pratt & Whitney, in Hartford, Connecticut, on Thursday. A public hearing is scheduled for May, and the board expects to issue a factual report by the end of the month. A final determination of probable cause is likely to take at least a year.

Caribe, founded in 1965, grounded its six remaining 727s for 48 hours after the crash. It was the carrier's first fatal accident in its 31-year history.

Last week, the Federal Aviation Administration ordered operators of about 1,100 older 727s, many of them built in the 1970s, to inspect engine fuel lines within 30 days.

Relatives of the victims gathered at Miami International Airport on Friday for a memorial service, where the airline's president, Luis Ferrer, read the names of the dead. Some families said they had waited too long for answers.

"It has been almost three weeks and nobody has told us anything," said Marta Ruiz, whose brother was aboard. "We want the truth now."
""", [
    ('Monday', 'DATE', '1996-02-12'),
    ('last month', 'DATE', '1996-01'),
    ('days', 'DURATION', 'PXD'),
    ('9:47 p.m.', 'TIME', '1996-01-23T21:47'),
    ('Jan. 23', 'DATE', '1996-01-23'),
    ('about 11 minutes', 'DURATION', 'PT11M'),
    ('Saturday', 'DATE', '1996-02-10'),
    ('weeks', 'DURATION', 'PXW'),
    ('Sunday morning', 'TIME', '1996-02-11TMO'),
    ('Jan. 25', 'DATE', '1996-01-25'),
    ('9:40 p.m.', 'TIME', '1996-01-23T21:40'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('October', 'DATE', '1995-10'),
    ('the past six months', 'DURATION', 'P6M'),
    ('Thursday', 'DATE', '1996-02-15'),
    ('May', 'DATE', '1996-05'),
    ('the end of the month', 'DATE', '1996-02'),
    ('at least a year', 'DURATION', 'P1Y'),
    ('1965', 'DATE', '1965'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('31-year', 'DURATION', 'P31Y'),
    ('Last week', 'DATE', '1996-W06'),
    ('the 1970s', 'DATE', '197'),
    ('30 days', 'DURATION', 'P30D'),
    ('Friday', 'DATE', '1996-02-09'),
    ('almost three weeks', 'DURATION', 'P3W'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
('1998-09-29', 'auto', """WASHINGTON, Sept 29 (Reuters) - The Federal Reserve cut its key short-term interest rate by a quarter percentage point on Tuesday, its first reduction in nearly three years, saying turmoil in world financial markets threatened to slow the U.S. economy.

The Fed's policy-making Federal Open Market Committee lowered its target for the federal funds rate, which banks charge each other on loans, to 5.25 percent from 5.50 percent. It left the discount rate unchanged at 5.0 percent.

The decision was announced at 2:15 p.m. EDT after a meeting that began at 9 a.m. The Fed last eased credit in January 1996 and raised rates once, in March 1997, holding them steady for the past 18 months.

Fed Chairman Alan Greenspan had all but promised the move on Wednesday, telling Congress that the central bank would have to consider what policy was most appropriate given the deepening crisis abroad.

Economists were split on Monday over whether the Fed would opt for a half-point move, and some said the smaller cut might disappoint investors. "The Fed is now behind the curve," said Marcia Lind, chief economist at a New York brokerage.

Stocks fell after the announcement. The Dow Jones industrial average, which had been up about 21 points at 2 p.m., closed down 28.32 at 7,842.62.

Financial markets have been shaken since mid-August, when Russia devalued the rouble and halted payments on some of its debt. Last week, a group of Wall Street firms agreed to put $3.6 billion into Long-Term Capital Management, a Connecticut hedge fund whose losses threatened to spread to its lenders.

The U.S. economy grew at a 1.8 percent rate in the second quarter, down from 5.5 percent in the first quarter. The unemployment rate held at 4.5 percent last month.

Many analysts expect another cut at the committee's next meeting, on Nov. 17, and futures markets priced in a further quarter point of easing by the end of the year. Several forecasters see growth slowing to about 2 percent next year.

Greenspan is scheduled to testify before the Joint Economic Committee on Thursday. President Bill Clinton, speaking at the White House this afternoon, welcomed the decision but declined to say whether he thought it went far enough.

Earlier this month, the Bank of England left its benchmark rate at 7.5 percent, while the Bank of Japan has kept its discount rate at 0.5 percent for more than three years.
""", [
    ('Sept 29', 'DATE', '1998-09-29'),
    ('Tuesday', 'DATE', '1998-09-29'),
    ('nearly three years', 'DURATION', 'P3Y'),
    ('2:15 p.m. EDT', 'TIME', '1998-09-29T14:15|1998-09-29T14:15-04'),
    ('9 a.m.', 'TIME', '1998-09-29T09:00'),
    ('January 1996', 'DATE', '1996-01'),
    ('March 1997', 'DATE', '1997-03'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('Wednesday', 'DATE', '1998-09-23'),
    ('Monday', 'DATE', '1998-09-28'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2 p.m.', 'TIME', '1998-09-29T14:00'),
    ('mid-August', 'DATE', '1998-08'),
    ('Last week', 'DATE', '1998-W39'),
    ('the second quarter', 'DATE', '1998-Q2'),
    ('the first quarter', 'DATE', '1998-Q1'),
    ('last month', 'DATE', '1998-08'),
    ('Nov. 17', 'DATE', '1998-11-17'),
    ('the end of the year', 'DATE', '1998'),
    ('next year', 'DATE', '1999'),
    ('Thursday', 'DATE', '1998-10-01'),
    ('this afternoon', 'TIME', '1998-09-29TAF'),
    ('Earlier this month', 'DATE', '1998-09'),
    ('more than three years', 'DURATION', 'P3Y'),
]),
('2001-05-21', 'auto', """It ended, fittingly, in the rain. When the final whistle blew at Holloway Park at 4.52pm on Saturday, Northfield Rovers had secured a place in the top flight for the first time since 1962, and 19,000 soaked supporters poured on to the pitch.

The 2-1 win over Crewe, sealed by a late header from Danny Whitlock, completed a remarkable turnaround for a side that lost 3-0 at Burnley on 12 August and sat 21st in the First Division table in mid-October.

Ray Collins, appointed manager in the summer of 1998, had been given until Christmas to turn things round, according to people close to the board. Instead, Rovers went 19 league matches unbeaten between November and March, and never dropped out of the top two after Easter.

Collins, who spent 12 years at the club as a player in the 1970s and 1980s, said yesterday that he would sign at least four players before the squad reports back for training on 2 July. "We've earned the right to be there," he said. "We have to show we belong."

The striker Lee Ashworth finished with 24 league goals despite missing six weeks with a hamstring injury in the new year, and is expected to sign a three-year contract this week. The board will meet next week to discuss a new deal for Collins, whose contract expires in June 2002.

Season-ticket sales have already passed 14,000, up from 9,500 a year ago, and work on a 6,000-seat stand behind the south goal is due to finish next spring. Until then, the club says, supporters who have travelled to away matches every weekend will be offered priority for the remaining seats.

The chairman, Peter Holt, who put £4m of his own money into the club when it faced administration, admitted the financial gap to the top division remains enormous. "Television money changes everything, but it does not buy you a defence," he said.

The new Premier League campaign kicks off on 18 August, with the fixture list to be published on 21 June. Collins has asked for a home game first.

Before then, the players will parade the trophy through the town centre in an open-top bus on Wednesday evening, when the council expects a crowd of 50,000.
""", [
    ('4.52pm', 'TIME', '2001-05-19T16:52'),
    ('Saturday', 'DATE', '2001-05-19'),
    ('1962', 'DATE', '1962'),
    ('12 August', 'DATE', '2000-08-12'),
    ('mid-October', 'DATE', '2000-10'),
    ('the summer of 1998', 'DATE', '1998-SU'),
    ('Christmas', 'DATE', '2000-12-25'),
    ('November', 'DATE', '2000-11'),
    ('March', 'DATE', '2001-03'),
    ('Easter', 'DATE', '2001-04-15'),
    ('12 years', 'DURATION', 'P12Y'),
    ('the 1970s', 'DATE', '197'),
    ('1980s', 'DATE', '198'),
    ('yesterday', 'DATE', '2001-05-20'),
    ('2 July', 'DATE', '2001-07-02'),
    ('six weeks', 'DURATION', 'P6W'),
    ('the new year', 'DATE', '2001|2001-01'),
    ('three-year', 'DURATION', 'P3Y'),
    ('this week', 'DATE', '2001-W21'),
    ('next week', 'DATE', '2001-W22'),
    ('June 2002', 'DATE', '2002-06'),
    ('a year ago', 'DATE', '2000-05|2000'),
    ('next spring', 'DATE', '2002-SP'),
    ('every weekend', 'SET', 'XXXX-WXX-WE'),
    ('18 August', 'DATE', '2001-08-18'),
    ('21 June', 'DATE', '2001-06-21'),
    ('Wednesday evening', 'TIME', '2001-05-23TEV'),
]),
('2003-06-17', 'auto', """SAN FRANCISCO (AP) — A federal appeals court on Tuesday overturned the securities fraud conviction of a former Silicon Valley executive, ruling that jurors should never have heard testimony about his business dealings in the 1980s.

Ronald Pike, 58, the former chief financial officer of Veritron Systems, was convicted in March 2001 of inflating the company's revenue and sentenced that September to eight years in prison. He has been free on bail while appealing.

A three-judge panel of the 9th U.S. Circuit Court of Appeals heard arguments in January. In a 2-1 decision posted shortly after 10 a.m., the panel said the trial judge in San Jose had allowed prosecutors to tell jurors about a failed real-estate venture that had nothing to do with the charges.

"The error was not harmless," Judge Carla Mendes wrote for the majority. Judge Thomas Reilly, dissenting, said the evidence against Pike was "overwhelming" and that the disputed testimony took up less than a day of a six-week trial.

The case dates to the summer of 1998, when Veritron's auditors questioned how the company had booked sales to distributors. The company restated its results for fiscal 1997 and fiscal 1998 the following spring and filed for bankruptcy protection in 2000, wiping out about $900 million in shareholder value.

Prosecutors have 45 days to ask the full appeals court to reconsider. A spokesman for the U.S. attorney's office said it would decide within two weeks whether to seek a rehearing or retry the case. A retrial could not begin before next year, lawyers on both sides said.

Pike, who now lives in Bend, Ore., said through his lawyer that he had spent the past three years "waiting for someone to look at this fairly."

Last Wednesday, the same court upheld the conviction of Veritron's former sales chief, Gary Dunne, who is serving a five-year sentence. Dunne's lawyers said they would take his case to the Supreme Court, which is expected to finish issuing opinions for its current term later this month.

A status hearing in Pike's case is set for Friday in San Jose, and U.S. District Judge Alan Brody has scheduled another for July 8.
""", [
    ('Tuesday', 'DATE', '2003-06-17'),
    ('the 1980s', 'DATE', '198'),
    ('March 2001', 'DATE', '2001-03'),
    ('that September', 'DATE', '2001-09'),
    ('eight years', 'DURATION', 'P8Y'),
    ('January', 'DATE', '2003-01'),
    ('10 a.m.', 'TIME', '2003-06-17T10:00'),
    ('less than a day', 'DURATION', 'P1D'),
    ('six-week', 'DURATION', 'P6W'),
    ('the summer of 1998', 'DATE', '1998-SU'),
    ('fiscal 1997', 'DATE', 'FY1997|1997'),
    ('fiscal 1998', 'DATE', 'FY1998|1998'),
    ('the following spring', 'DATE', '1999-SP'),
    ('2000', 'DATE', '2000'),
    ('45 days', 'DURATION', 'P45D'),
    ('two weeks', 'DURATION', 'P2W'),
    ('next year', 'DATE', '2004'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('Last Wednesday', 'DATE', '2003-06-11'),
    ('five-year', 'DURATION', 'P5Y'),
    ('later this month', 'DATE', '2003-06'),
    ('Friday', 'DATE', '2003-06-20'),
    ('July 8', 'DATE', '2003-07-08'),
]),
('2005-12-23', 'auto', """HARRISBURG, Pa., Dec. 23 — City buses rolled out of their depots early Friday morning for the first time in more than two weeks after drivers and mechanics voted on Thursday night to accept a new contract, ending a 16-day strike that had stranded thousands of commuters and holiday shoppers.

The first bus left the Cameron Street garage at 4:45 a.m., and the Capital Area Transit Authority said all 38 routes were running normally by 7 a.m.

Members of Local 1241 of the Amalgamated Transit Union approved the three-year agreement 412 to 97, with the results announced at 9:30 p.m. The deal gives workers raises totaling 9.5 percent over three years and caps their share of health insurance premiums.

The union's 460 members walked off the job shortly after midnight on Dec. 7, when a second extension of their previous contract, which expired on June 30, ran out. Negotiations had begun in April.

Talks broke down twice before resuming on Dec. 15 under a state mediator, who kept both sides at a downtown hotel through the weekend. A tentative agreement was reached on Tuesday after a final session that lasted 19 hours.

Before the walkout, the system carried about 38,000 riders each day, many of them low-income workers without cars. Downtown merchants said the strike had cost them as much as 20 percent of their sales during the busiest shopping stretch before Christmas.

"People just stopped coming into the city," said Denise Walker, who runs a florist shop on Market Street.

Mayor Stephen Reed said the authority's board would formally approve the contract on Wednesday. To win back riders, the authority will let passengers ride free through Monday and will run a reduced schedule on Christmas Day and New Year's Day.

The last transit strike in the city, in 1991, lasted 11 days. The authority's executive director, Paul Gerner, said it would review its contingency plans early next year. "We cannot let a region of half a million people go without buses like this again," he said.
""", [
    ('Dec. 23', 'DATE', '2005-12-23'),
    ('early Friday morning', 'TIME', '2005-12-23TMO'),
    ('more than two weeks', 'DURATION', 'P2W'),
    ('Thursday night', 'TIME|DATE', '2005-12-22TNI'),
    ('16-day', 'DURATION', 'P16D'),
    ('4:45 a.m.', 'TIME', '2005-12-23T04:45'),
    ('7 a.m.', 'TIME', '2005-12-23T07:00'),
    ('three-year', 'DURATION', 'P3Y'),
    ('9:30 p.m.', 'TIME', '2005-12-22T21:30'),
    ('three years', 'DURATION', 'P3Y'),
    ('midnight', 'TIME', '2005-12-07T00:00|2005-12-06T24:00|2005-12-07T24:00'),
    ('Dec. 7', 'DATE', '2005-12-07'),
    ('June 30', 'DATE', '2005-06-30'),
    ('April', 'DATE', '2005-04'),
    ('Dec. 15', 'DATE', '2005-12-15'),
    ('the weekend', 'DATE', '2005-W50-WE'),
    ('Tuesday', 'DATE', '2005-12-20'),
    ('19 hours', 'DURATION', 'PT19H'),
    ('each day', 'SET', 'P1D'),
    ('Christmas', 'DATE', '2005-12-25'),
    ('Wednesday', 'DATE', '2005-12-28'),
    ('Monday', 'DATE', '2005-12-26'),
    ('Christmas Day', 'DATE', '2005-12-25'),
    ("New Year's Day", 'DATE', '2006-01-01'),
    ('1991', 'DATE', '1991'),
    ('11 days', 'DURATION', 'P11D'),
    ('early next year', 'DATE', '2006'),
]),
('2009-03-13', 'auto', """March 13 (Bloomberg) -- U.S. stocks rose, giving the Standard & Poor's 500 Index its biggest advance in four months, as Citigroup Inc. and Bank of America Corp. said they were profitable in January and February and lawmakers pushed regulators to ease accounting rules.

The S&P 500 climbed 10.7 percent this week to 756.55, after sinking on Monday to its lowest close since 1996. The Dow Jones Industrial Average added 9 percent to 7,223.98. The S&P 500 rose 0.7 percent today, extending its four-day rally to 12 percent.

Financial shares led the gains. Stocks jumped on Tuesday after Citigroup Chief Executive Officer Vikram Pandit said in an internal memo that the bank was profitable this year. Federal Reserve Chairman Ben S. Bernanke said the same day that regulators should review rules requiring banks to value assets at market prices. On Thursday, Bank of America CEO Kenneth Lewis said the lender would not need more government capital.

"I think we're seeing the beginnings of a bear-market rally," said Mark Hollis, who helps oversee $12 billion at Pinebrook Capital in Boston. "Whether it lasts more than a few weeks depends on what we hear from the banks in April."

Even after this week's gains, the S&P 500 has lost 44 percent over the past 12 months and is down 16 percent in 2009. The bear market that began 17 months ago, when the index peaked at 1,565.15 on Oct. 9, 2007, is the worst since the 1930s.

Economic reports offered little relief. The Commerce Department said retail sales slipped 0.1 percent last month, less than economists had forecast. The Labor Department's weekly report showed initial jobless claims held above 650,000, and the University of Michigan's preliminary index of consumer sentiment rose less than forecast.

About 9.4 billion shares changed hands on U.S. exchanges today, 15 percent above the three-month average.

Investors next week will focus on the Federal Reserve's two-day policy meeting ending Wednesday and on earnings from FedEx Corp. and Oracle Corp. Analysts estimate that profits at S&P 500 companies fell 37 percent in the first quarter and will not grow again until the fourth quarter.
""", [
    ('March 13', 'DATE', '2009-03-13'),
    ('four months', 'DURATION', 'P4M'),
    ('January', 'DATE', '2009-01'),
    ('February', 'DATE', '2009-02'),
    ('this week', 'DATE', '2009-W11'),
    ('Monday', 'DATE', '2009-03-09'),
    ('1996', 'DATE', '1996'),
    ('today', 'DATE', '2009-03-13'),
    ('four-day', 'DURATION', 'P4D'),
    ('Tuesday', 'DATE', '2009-03-10'),
    ('this year', 'DATE', '2009'),
    ('the same day', 'DATE', '2009-03-10'),
    ('Thursday', 'DATE', '2009-03-12'),
    ('more than a few weeks', 'DURATION', 'PXW'),
    ('April', 'DATE', '2009-04'),
    ('this week', 'DATE', '2009-W11'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('2009', 'DATE', '2009'),
    ('17 months ago', 'DATE', '2007-10'),
    ('Oct. 9, 2007', 'DATE', '2007-10-09'),
    ('the 1930s', 'DATE', '193'),
    ('last month', 'DATE', '2009-02'),
    ('weekly', 'SET', 'P1W'),
    ('today', 'DATE', '2009-03-13'),
    ('three-month', 'DURATION', 'P3M'),
    ('next week', 'DATE', '2009-W12'),
    ('two-day', 'DURATION', 'P2D'),
    ('Wednesday', 'DATE', '2009-03-18'),
    ('the first quarter', 'DATE', '2009-Q1'),
    ('the fourth quarter', 'DATE', '2009-Q4'),
]),
('2014-09-14', 'auto', """CLAYTON, W.Va. — For nearly eight years, the 4,000 residents of this river town drank water that state officials had reason to believe was contaminated with a solvent linked to kidney damage.

The first warning came in August 2006. In a memo dated Aug. 21, 2006, a chemist at the county health department, Ruth Adair, noted unusually high readings in samples from the town's treatment plant, built in the 1960s, and recommended testing every month.

The testing never happened. Two weeks later, Adair was transferred to an office in another county. She retired in 2009 and died last year.

Records obtained by The Washington Post under public-records laws, and interviews over the past six months with more than 40 current and former officials, show that the warning was raised again and again over the next three years — and each time set aside.

In a 2010 letter, the utility's plant manager asked the state for money to replace a corroded filtration system. The request was denied that December. By the spring of 2011, doctors at the town clinic were seeing a steady stream of patients with rashes and stomach complaints.

The state Department of Environmental Protection opened an inquiry in October 2011 and closed it the following month, citing "insufficient data."

It took a leak at a storage facility upstream on Jan. 9 to force the issue. Within days, federal investigators were taking samples along the river, and the state ordered the plant shut. Residents have received bottled water twice a week since February. Their water bills rose 30 percent between 2008 and 2012 even as the problems mounted.

Many residents now say they no longer trust anything the utility tells them. "We paid for poison," said Donna Kesler, 61, whose husband has been on dialysis since 2012.

A federal grand jury in Charleston has been hearing testimony since last spring, according to two people familiar with the case. The utility's chief executive, reached by phone on Saturday, declined to comment. On Friday, the governor's office said it would cooperate with any investigation.

State lawmakers will question environmental officials at a hearing on Tuesday, and the Environmental Protection Agency is expected to release its own report later this year. Next month will mark 50 years since the plant opened.
""", [
    ('nearly eight years', 'DURATION', 'P8Y'),
    ('August 2006', 'DATE', '2006-08'),
    ('Aug. 21, 2006', 'DATE', '2006-08-21'),
    ('the 1960s', 'DATE', '196'),
    ('every month', 'SET', 'P1M'),
    ('Two weeks later', 'DATE', '2006-09-04|2006-W36'),
    ('2009', 'DATE', '2009'),
    ('last year', 'DATE', '2013'),
    ('the past six months', 'DURATION', 'P6M'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('2010', 'DATE', '2010'),
    ('that December', 'DATE', '2010-12'),
    ('the spring of 2011', 'DATE', '2011-SP'),
    ('October 2011', 'DATE', '2011-10'),
    ('the following month', 'DATE', '2011-11'),
    ('Jan. 9', 'DATE', '2014-01-09'),
    ('days', 'DURATION', 'PXD'),
    ('twice a week', 'SET', 'P1W'),
    ('February', 'DATE', '2014-02'),
    ('2008', 'DATE', '2008'),
    ('2012', 'DATE', '2012'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2012', 'DATE', '2012'),
    ('last spring', 'DATE', '2014-SP'),
    ('Saturday', 'DATE', '2014-09-13'),
    ('Friday', 'DATE', '2014-09-12'),
    ('Tuesday', 'DATE', '2014-09-16'),
    ('later this year', 'DATE', '2014'),
    ('Next month', 'DATE', '2014-10'),
    ('50 years', 'DURATION', 'P50Y'),
]),
('2018-08-04', 'auto', """CLEARLAKE OAKS, Calif. (AP) — Firefighters made slow progress Friday against a wildfire that has blackened more than 150 square miles of brush and timber north of San Francisco, but officials warned that hot, gusty weather expected over the weekend could undo their gains.

The Cedar Creek Fire, which broke out shortly before 3 p.m. on July 27 near a rural campground, was 38 percent contained as of 7 p.m., according to the California Department of Forestry and Fire Protection. It has destroyed 143 homes and forced about 20,000 people to flee in the past eight days.

More than 3,800 firefighters were on the lines Saturday, cutting containment breaks along ridges east of Clear Lake. Winds gusting to 40 mph are forecast for Sunday afternoon, and a red flag warning will remain in effect until 8 p.m. Monday.

"We're not out of this yet," said Cal Fire battalion chief Mike Dorsey. Temperatures above 100 degrees are expected over the next few days, the National Weather Service said.

The fire made its biggest run on Tuesday night, when winds pushed it across Highway 20 and into the outskirts of Clearlake Oaks. Within hours, flames had consumed dozens of homes in the Sulphur Bank neighborhood. Sheriff's deputies went door to door shortly after midnight, urging holdouts to leave.

Evacuation orders for about 12,000 residents on the fire's western flank were lifted on Thursday, and schools in the area are still scheduled to reopen in late August. Officials hope to have the fire fully contained by Aug. 15.

It is the second time in three years that the area has burned. The Valley Fire in 2015 destroyed nearly 1,300 homes in neighboring communities, and fires in Sonoma and Napa counties last October killed 44 people.

Cal Fire now responds to more than 6,000 wildfires every year, and scientists say hotter, drier weather is lengthening the period when fires can spread quickly. Five of the 10 most destructive fires in state history have occurred since 2015.
""", [
    ('Friday', 'DATE', '2018-08-03'),
    ('the weekend', 'DATE', '2018-W31-WE'),
    ('3 p.m.', 'TIME', '2018-07-27T15:00'),
    ('July 27', 'DATE', '2018-07-27'),
    ('7 p.m.', 'TIME', '2018-08-03T19:00'),
    ('the past eight days', 'DURATION', 'P8D'),
    ('Saturday', 'DATE', '2018-08-04'),
    ('Sunday afternoon', 'TIME', '2018-08-05TAF'),
    ('8 p.m. Monday', 'TIME', '2018-08-06T20:00'),
    ('the next few days', 'DURATION', 'PXD'),
    ('Tuesday night', 'TIME|DATE', '2018-07-31TNI'),
    ('hours', 'DURATION', 'PXH'),
    ('midnight', 'TIME', '2018-08-01T00:00|2018-07-31T24:00'),
    ('Thursday', 'DATE', '2018-08-02'),
    ('late August', 'DATE', '2018-08'),
    ('Aug. 15', 'DATE', '2018-08-15'),
    ('three years', 'DURATION', 'P3Y'),
    ('2015', 'DATE', '2015'),
    ('last October', 'DATE', '2017-10'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every year', 'SET', 'P1Y'),
    ('2015', 'DATE', '2015'),
]),
('2019-01-14', 'auto', """Theresa May will make a final appeal to MPs on Monday to back her Brexit deal, warning that parliament is now more likely to block Brexit than to allow a no-deal departure, as she braces for a heavy defeat in Tuesday's Commons vote.

In a speech at a pottery factory in Stoke-on-Trent this morning, the prime minister will urge MPs to "take a second look" at the agreement. Addressing the Commons at about 3.30pm, she will point to a letter from Donald Tusk and Jean-Claude Juncker, published this afternoon, offering fresh assurances that the Irish backstop is meant to be temporary.

Cabinet ministers conceded on Sunday that the government was likely to lose, with some Conservative whips privately predicting a margin of more than 100 votes, which would be the worst defeat for a government since the 1920s.

The vote is expected at 7pm, at the end of five days of debate that resumed on 9 January. It comes five weeks after May pulled an earlier vote, scheduled for 11 December, when it became clear she would lose.

Last week MPs backed an amendment forcing the government to return with a plan B within three sitting days if the deal is rejected, meaning May could be back in the chamber as early as Monday 21 January. Jeremy Corbyn has said Labour will table a motion of no confidence at the earliest opportunity, and party sources said it could come on Wednesday.

Over the next 48 hours, May will host groups of wavering backbenchers at Downing Street, starting with a reception tonight. One former minister said the whips had left it far too late.

The UK is due to leave the EU at 11pm on 29 March. Several cabinet ministers have privately urged May to seek an extension of the two-year article 50 process, which began in March 2017, though Downing Street insists there will be no delay.

In the 31 months since the referendum in June 2016, the prime minister has survived a snap election, a wave of ministerial resignations and a confidence vote among her own MPs last month. "If the deal goes down, Brussels will need an answer from London within a fortnight," one EU diplomat said. "Nobody knows what that answer will be."
""", [
    ('Monday', 'DATE', '2019-01-14'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Tuesday', 'DATE', '2019-01-15'),
    ('this morning', 'TIME', '2019-01-14TMO'),
    ('about 3.30pm', 'TIME', '2019-01-14T15:30'),
    ('this afternoon', 'TIME', '2019-01-14TAF'),
    ('Sunday', 'DATE', '2019-01-13'),
    ('the 1920s', 'DATE', '192'),
    ('7pm', 'TIME', '2019-01-15T19:00'),
    ('five days', 'DURATION', 'P5D'),
    ('9 January', 'DATE', '2019-01-09'),
    ('five weeks', 'DURATION', 'P5W'),
    ('11 December', 'DATE', '2018-12-11'),
    ('Last week', 'DATE', '2019-W02'),
    ('three sitting days', 'DURATION', 'P3D'),
    ('Monday 21 January', 'DATE', '2019-01-21'),
    ('Wednesday', 'DATE', '2019-01-16'),
    ('the next 48 hours', 'DURATION', 'PT48H'),
    ('tonight', 'TIME', '2019-01-14TNI'),
    ('11pm', 'TIME', '2019-03-29T23:00'),
    ('29 March', 'DATE', '2019-03-29'),
    ('two-year', 'DURATION', 'P2Y'),
    ('March 2017', 'DATE', '2017-03'),
    ('31 months', 'DURATION', 'P31M'),
    ('June 2016', 'DATE', '2016-06'),
    ('last month', 'DATE', '2018-12'),
    ('a fortnight', 'DURATION', 'P2W'),
]),
('2020-07-16', 'auto', """Harlow County reported 412 new coronavirus cases on Wednesday, a record for the county, as health officials warned that local hospitals could run out of intensive-care beds within two weeks.

The county's seven-day average of new cases has more than tripled since July 1, and hospitalizations have doubled over the past 14 days, Dr. Angela Reyes, the county health director, said at a 10 a.m. briefing Thursday.

"We are now seeing the consequences of the Fourth of July weekend," Reyes said, adding that contact tracers had linked at least 60 cases to backyard parties and a lakeside fireworks show.

Beginning Monday, masks will be required in all indoor public spaces, and bars, which reopened June 5, will close again on Friday. The order will remain in effect for at least 30 days.

Since the first case was confirmed on March 14, the county has recorded 6,318 infections and 97 deaths. Nine of those deaths were reported in the past week. Statewide, health officials reported 5,106 new cases on Tuesday.

Testing remains a bottleneck. Residents at the fairgrounds site waited as long as four hours in 95-degree heat on Saturday, and results are taking about a week to come back, officials said. The county will now publish case counts by ZIP code twice a week instead of weekly, starting next Tuesday.

School districts must submit reopening plans by the end of the month. Classes are scheduled to begin Aug. 24, although several superintendents said they expected to start online.

Reyes said residents should expect some restrictions to remain in place for the foreseeable future, and warned that a vaccine was unlikely to be widely available before next year. Health officials are also preparing for a second wave in the fall, when influenza cases typically rise.

"The last time this county ordered its bars closed was during the 1918 flu pandemic," said Tom Brandt, director of the Harlow County Historical Society. "People grumbled then, too."
""", [
    ('Wednesday', 'DATE', '2020-07-15'),
    ('two weeks', 'DURATION', 'P2W'),
    ('seven-day', 'DURATION', 'P7D'),
    ('July 1', 'DATE', '2020-07-01'),
    ('the past 14 days', 'DURATION', 'P14D'),
    ('10 a.m.', 'TIME', '2020-07-16T10:00'),
    ('Thursday', 'DATE', '2020-07-16'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the Fourth of July weekend', 'DATE', '2020-W27-WE|2020-07-04'),
    ('Monday', 'DATE', '2020-07-20'),
    ('June 5', 'DATE', '2020-06-05'),
    ('Friday', 'DATE', '2020-07-17'),
    ('at least 30 days', 'DURATION', 'P30D'),
    ('March 14', 'DATE', '2020-03-14'),
    ('the past week', 'DURATION', 'P1W'),
    ('Tuesday', 'DATE', '2020-07-14'),
    ('four hours', 'DURATION', 'PT4H'),
    ('Saturday', 'DATE', '2020-07-11'),
    ('about a week', 'DURATION', 'P1W'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('twice a week', 'SET', 'P1W'),
    ('weekly', 'SET', 'P1W'),
    ('next Tuesday', 'DATE', '2020-07-21'),
    ('the end of the month', 'DATE', '2020-07'),
    ('Aug. 24', 'DATE', '2020-08-24'),
    ('the foreseeable future', 'DATE', 'FUTURE_REF'),
    ('next year', 'DATE', '2021'),
    ('the fall', 'DATE', '2020-FA'),
    ('1918', 'DATE', '1918'),
]),
('2023-03-02', 'auto', """March 2 (Reuters) - Brightway Stores Inc forecast fiscal 2023 sales below Wall Street estimates on Thursday, as shoppers squeezed by the highest inflation in four decades cut back on home furnishings and electronics, sending its shares down 7% in premarket trading.

The Minneapolis-based discount chain expects sales to be flat to up 1%, compared with analysts' average estimate of 2.3% growth, according to Refinitiv data.

For the fourth quarter ended Jan. 28, net income fell to $412 million, or $1.84 per share, from $455 million, or $1.97 per share, in the year-earlier period. Comparable sales, which strip out the impact of store openings and closures, rose 2.1%, helped by strong demand for toys and groceries in December.

"Our customers are telling us they are stretched," Chief Executive Dana Whitfield said on a call with analysts at 8:30 a.m. EST. "They are currently shopping for needs, not wants, and we are planning for that to continue through the first half."

Sales in fiscal 2022 rose 3.4% to $24.6 billion, the slowest growth since fiscal 2019, when the company was closing stores in rural markets.

The retailer forecast first-quarter earnings of $1.10 to $1.20 per share, below estimates of $1.31. It plans to close 30 underperforming stores by the end of April and to open 45 new ones later this year. Brightway, which currently operates 1,150 stores, has opened 120 locations over the past three years.

Shares of the company have fallen about 18% from a year ago, hurt by worries over excess inventory that surfaced in May, when Brightway cut its profit forecast twice within three weeks.

Rival Target Corp on Tuesday reported a drop in fourth-quarter profit and gave a cautious outlook, while Walmart Inc said last month it expected consumers to remain under pressure for months.

Brightway raised its dividend by 5% to 62 cents per share, payable April 14 to shareholders of record on March 24. It will hold an investor meeting in New York on Monday.

(Reporting by Priyanka Rao in Bengaluru; Editing by Shounak Dasgupta)
""", [
    ('March 2', 'DATE', '2023-03-02'),
    ('fiscal 2023', 'DATE', 'FY2023|2023'),
    ('Thursday', 'DATE', '2023-03-02'),
    ('four decades', 'DURATION', 'P4DE|P40Y'),
    ('the fourth quarter', 'DATE', 'FY2022-Q4|2022-Q4'),
    ('Jan. 28', 'DATE', '2023-01-28'),
    ('the year-earlier period', 'DATE', 'FY2021-Q4|2021-Q4'),
    ('December', 'DATE', '2022-12'),
    ('8:30 a.m. EST', 'TIME', '2023-03-02T08:30|2023-03-02T08:30-05'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('the first half', 'DATE', 'FY2023-H1|2023-H1'),
    ('fiscal 2022', 'DATE', 'FY2022|2022'),
    ('fiscal 2019', 'DATE', 'FY2019|2019'),
    ('first-quarter', 'DATE', 'FY2023-Q1|2023-Q1'),
    ('the end of April', 'DATE', '2023-04'),
    ('later this year', 'DATE', '2023'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('a year ago', 'DATE', '2022-03|2022-03-02|2022'),
    ('May', 'DATE', '2022-05'),
    ('three weeks', 'DURATION', 'P3W'),
    ('Tuesday', 'DATE', '2023-02-28'),
    ('fourth-quarter', 'DATE', 'FY2022-Q4|2022-Q4'),
    ('last month', 'DATE', '2023-02'),
    ('months', 'DURATION', 'PXM'),
    ('April 14', 'DATE', '2023-04-14'),
    ('March 24', 'DATE', '2023-03-24'),
    ('Monday', 'DATE', '2023-03-06'),
]),
('2025-10-08', 'auto', """A privately built lunar lander is due to lift off from Cape Canaveral in Florida at 01:14 BST on Saturday, its makers have said, after a series of technical problems pushed the launch back from the spring.

The Vesper spacecraft, built by the Houston company Ridgeline Space, will spend about five days travelling to the Moon. If all goes to plan, it will attempt to touch down near the lunar south pole on 17 October, with the final descent taking about 12 minutes.

The lander is designed to work for two weeks, until the Sun sets over the landing site and temperatures plunge below -200C. While it operates, the mission's science team will hold briefings twice a day.

Ridgeline originally planned to launch in March, but a fuel valve problem found during testing in July forced a further delay. Engineers replaced the valve last month, and the rocket is now standing on the pad, the company said.

On Tuesday, the company said forecasters gave a 70% chance of acceptable weather. If the launch slips, a backup window opens on Sunday and runs until 15 October.

"This week has been the most nerve-racking of my career," Ridgeline's chief executive, Priya Nair, told BBC News today. "We have spent nine years getting here."

Ridgeline was founded in 2016. Its first lander, Lark, tipped over on touchdown in February 2024, although it sent back data for about 30 hours before its batteries ran out.

Nasa is paying the company $118m to carry four instruments, including a drill that will search for water ice a metre below the surface. The agency hopes to return astronauts to the Moon no earlier than 2027, which would be the first crewed landing since Apollo 17 in December 1972, a gap of more than half a century.

Several space agencies, including those of China and India, plan to build permanent bases near the south pole within the next decade. Ridgeline is already building a second, larger lander, scheduled to fly in late 2026.

Live coverage of Saturday's launch begins at midnight on the BBC News website.
""", [
    ('01:14 BST', 'TIME', '2025-10-11T01:14|2025-10-11T01:14+01'),
    ('Saturday', 'DATE', '2025-10-11'),
    ('the spring', 'DATE', '2025-SP'),
    ('about five days', 'DURATION', 'P5D'),
    ('17 October', 'DATE', '2025-10-17'),
    ('about 12 minutes', 'DURATION', 'PT12M'),
    ('two weeks', 'DURATION', 'P2W'),
    ('twice a day', 'SET', 'P1D'),
    ('March', 'DATE', '2025-03'),
    ('July', 'DATE', '2025-07'),
    ('last month', 'DATE', '2025-09'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Tuesday', 'DATE', '2025-10-07'),
    ('Sunday', 'DATE', '2025-10-12'),
    ('15 October', 'DATE', '2025-10-15'),
    ('This week', 'DATE', '2025-W41'),
    ('today', 'DATE', '2025-10-08'),
    ('nine years', 'DURATION', 'P9Y'),
    ('2016', 'DATE', '2016'),
    ('February 2024', 'DATE', '2024-02'),
    ('about 30 hours', 'DURATION', 'PT30H'),
    ('2027', 'DATE', '2027'),
    ('December 1972', 'DATE', '1972-12'),
    ('more than half a century', 'DURATION', 'P50Y|P5DE'),
    ('the next decade', 'DURATION|DATE', 'P1DE|P10Y|203'),
    ('late 2026', 'DATE', '2026'),
    ('Saturday', 'DATE', '2025-10-11'),
    ('midnight', 'TIME', '2025-10-11T00:00|2025-10-10T24:00'),
]),
]
