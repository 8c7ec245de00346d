# Gold TIMEX3 probe set 82: forward-looking news (strikes, talks, launches, court dates, budgets, forecasts) mixed with recent past, 1997-2025, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, transit strike threatened (1997)
('1997-11-13', 'auto', """Bus Drivers Threaten Strike as Contract Talks Stall

MILWAUKEE (AP) — Bus drivers in Milwaukee County voted Thursday to walk off the job at 12:01 a.m. Monday unless the county makes a better offer, a strike that would strand about 160,000 riders a day just as holiday shopping picks up.

Members of Amalgamated Transit Union Local 998 approved the strike call by a margin of 9 to 1 at a meeting that ran for nearly four hours at a union hall on the city's south side. The drivers have been working without a contract since June 30, when their three-year agreement expired.

"Nobody wants to leave people standing at the curb in November," said union president Ronald Kasten. "But we have been at the table for five months, and the county keeps offering the same thing."

County negotiators and the union last met Tuesday and broke off talks after about 90 minutes. A federal mediator has asked both sides to return Saturday morning, and a spokesman for the county executive said the county would send its team "as long as it takes."

The sticking points are health insurance and a county proposal to hire part-time drivers for the busiest routes. The county wants drivers to pay 10 percent of their premiums starting next year; drivers now pay nothing.

Transit officials said Thursday they would run no buses at all if the strike begins, and urged commuters to make other plans for next week. The county's last transit strike, in 1983, lasted 11 days.

The Milwaukee Public Schools, which buys bus passes for about 20,000 high school students, said it would decide by Friday afternoon whether to keep schools open on a normal schedule. Downtown merchants, who depend heavily on holiday sales, said a long walkout would hurt them badly.

"If this goes into December, it's a disaster for us," said Joan Pfeiffer, who runs a shoe store on Wisconsin Avenue.

The County Board is scheduled to vote on the 1998 transit budget on Nov. 20. County officials said earlier this week that any raise for drivers would have to come from higher fares or cuts in service, and riders' groups have already promised to pack the hearing.

Kasten said the union would keep talking until the deadline. "We'll be there Saturday, we'll be there Sunday, and we'll be there Sunday night if that's what it takes," he said.
""", [
    ('Thursday', 'DATE', '1997-11-13'),
    ('12:01 a.m. Monday', 'TIME', '1997-11-17T00:01'),
    ('a day', 'SET', 'P1D'),
    ('nearly four hours', 'DURATION', 'PT4H'),
    ('June 30', 'DATE', '1997-06-30'),
    ('three-year', 'DURATION', 'P3Y'),
    ('November', 'DATE', '1997-11'),
    ('five months', 'DURATION', 'P5M'),
    ('Tuesday', 'DATE', '1997-11-11'),
    ('about 90 minutes', 'DURATION', 'PT90M'),
    ('Saturday morning', 'DATE|TIME', '1997-11-15TMO'),
    ('next year', 'DATE', '1998'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Thursday', 'DATE', '1997-11-13'),
    ('next week', 'DATE', '1997-W47'),
    ('1983', 'DATE', '1983'),
    ('11 days', 'DURATION', 'P11D'),
    ('Friday afternoon', 'DATE|TIME', '1997-11-14TAF'),
    ('December', 'DATE', '1997-12'),
    ('1998', 'DATE', '1998'),
    ('Nov. 20', 'DATE', '1997-11-20'),
    ('earlier this week', 'DATE', '1997-W46'),
    ('Saturday', 'DATE', '1997-11-15'),
    ('Sunday', 'DATE', '1997-11-16'),
    ('Sunday night', 'DATE|TIME', '1997-11-16TNI'),
]),
# 2. Reuters, debt talks to resume (1999)
('1999-03-24', 'auto', """Brazil's Celulose Parana to resume debt talks with banks

SAO PAULO, March 24 (Reuters) - Brazilian pulp maker Celulose Parana SA will resume talks with its foreign creditors on Monday, seeking to restructure about $420 million of debt before a grace period on a missed bond payment runs out at the end of the month, the company said on Wednesday.

The Curitiba-based company skipped a $14 million coupon payment due on March 1, blaming the slide of the real since the central bank let the currency float in mid-January. The bond's 30-day grace period expires on March 31.

Talks with a committee of 11 banks led by Citibank and ING Barings broke down last Thursday after two days of meetings in New York, people familiar with the negotiations said.

"We are much closer than we were a week ago," chief financial officer Marcos Teixeira told reporters at a news conference. "I expect we can present a proposal to bondholders in the first half of April."

The company wants to stretch repayments over seven years, with no principal due until 2002. Banks have asked the controlling Mendes family to inject at least 100 million reais of new capital by the end of June.

Celulose Parana's preferred shares rose 8.2 percent to 1.45 reais in Sao Paulo on Wednesday afternoon. They have lost more than half their value this year.

Analysts said a deal was likely but warned that the timetable was tight. "Thirty days is not much when you have 11 banks in the room," said Rodrigo Alves, an analyst at a local brokerage in Rio de Janeiro. "I'd expect them to ask for an extension, maybe to mid-April."

The company reported a net loss of 212 million reais for 1998 on Tuesday, compared with a profit of 37 million reais in 1997, as the devaluation raised the cost of its dollar debt. It said pulp prices, which fell for most of last year, had started to recover in the past few weeks.

Brazil's economy is expected to shrink by 3 to 4 percent in 1999, according to most private forecasts. The central bank, which raised its benchmark interest rate to 45 percent earlier this month, is expected to start cutting it in the coming weeks.

Teixeira said the company would keep paying suppliers and employees normally while the talks continue and had no plans to seek protection from creditors. It produces about 600,000 tonnes of pulp a year, most of it for export to Europe and Asia.

($1=1.74 reais)
""", [
    ('March 24', 'DATE', '1999-03-24'),
    ('Monday', 'DATE', '1999-03-29'),
    ('the end of the month', 'DATE', '1999-03'),
    ('Wednesday', 'DATE', '1999-03-24'),
    ('March 1', 'DATE', '1999-03-01'),
    ('mid-January', 'DATE', '1999-01'),
    ('30-day', 'DURATION', 'P30D'),
    ('March 31', 'DATE', '1999-03-31'),
    ('last Thursday', 'DATE', '1999-03-18'),
    ('two days', 'DURATION', 'P2D'),
    ('a week ago', 'DATE', '1999-W11'),
    ('the first half of April', 'DATE', '1999-04'),
    ('seven years', 'DURATION', 'P7Y'),
    ('2002', 'DATE', '2002'),
    ('the end of June', 'DATE', '1999-06'),
    ('Wednesday afternoon', 'DATE|TIME', '1999-03-24TAF'),
    ('this year', 'DATE', '1999'),
    ('Thirty days', 'DURATION', 'P30D'),
    ('mid-April', 'DATE', '1999-04'),
    ('1998', 'DATE', '1998'),
    ('Tuesday', 'DATE', '1999-03-23'),
    ('1997', 'DATE', '1997'),
    ('last year', 'DATE', '1998'),
    ('the past few weeks', 'DURATION|DATE', 'PXW|PAST_REF'),
    ('1999', 'DATE', '1999'),
    ('earlier this month', 'DATE', '1999-03'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
    ('a year', 'SET', 'P1Y'),
]),
# 3. Bloomberg, software release and antitrust timetable (2001)
('2001-09-05', 'auto', """Microsoft Lets PC Makers Ship Windows XP Early as Industry Seeks Lift

Seattle, Sept. 5 (Bloomberg) -- Microsoft Corp. said personal-computer makers can begin selling machines with its Windows XP operating system on Sept. 24, a month before the software goes on sale in stores, as the industry tries to end its first sales slump in more than a decade.

Retail copies of the program will be available Oct. 25, when Chairman Bill Gates plans a launch event in New York. The Redmond, Washington-based company finished the software on Aug. 24 and has been delivering it to manufacturers for almost two weeks.

Shares of Microsoft fell 62 cents to $57.74 at 4 p.m. New York time on the Nasdaq Stock Market. They have fallen 15 percent in the past three months.

PC makers including Compaq Computer Corp. and Dell Computer Corp. are counting on Windows XP to spur purchases in the fourth quarter, typically the industry's busiest. Worldwide PC shipments dropped 1.9 percent in the second quarter from a year earlier, the first such decline in 15 years, according to researcher Dataquest Inc.

"It's not going to save the year, but it gives people a reason to walk into a store in October," said Roger Kay, an analyst at IDC in Framingham, Massachusetts. He expects shipments to fall about 2 percent this year before rising in 2002.

Compaq agreed on Monday to be acquired by Hewlett-Packard Co. for about $25 billion in stock, a deal the companies expect to complete in the first half of next year. Executives said the merger wouldn't affect either company's XP plans.

Microsoft is still fighting the U.S. government's antitrust lawsuit. A federal appeals court in June upheld a ruling that the company illegally maintained its Windows monopoly, while throwing out an order to split it in two. The new trial judge, Colleen Kollar-Kotelly, has scheduled a hearing for Friday, Sept. 21, and urged both sides to begin settlement talks.

Several states and some rivals have asked the court to block the XP release, saying it ties features such as instant messaging to the operating system. Microsoft said last month it would let manufacturers remove icons for some of its programs from the Windows desktop.

Retailers are preparing for long lines. CompUSA Inc. said it will open 60 stores at midnight on Oct. 25 for customers who want the software as soon as it goes on sale, and will keep them open for 24 hours.
""", [
    ('Sept. 5', 'DATE', '2001-09-05'),
    ('Sept. 24', 'DATE', '2001-09-24'),
    ('a month', 'DURATION', 'P1M'),
    ('more than a decade', 'DURATION', 'P10Y|P1DE'),
    ('Oct. 25', 'DATE', '2001-10-25'),
    ('Aug. 24', 'DATE', '2001-08-24'),
    ('almost two weeks', 'DURATION', 'P2W'),
    ('4 p.m. New York time', 'TIME', '2001-09-05T16:00'),
    ('the past three months', 'DURATION', 'P3M'),
    ('the fourth quarter', 'DATE', '2001-Q4'),
    ('the second quarter', 'DATE', '2001-Q2'),
    ('a year earlier', 'DATE', '2000-Q2|2000'),
    ('15 years', 'DURATION', 'P15Y'),
    ('the year', 'DATE', '2001'),
    ('October', 'DATE', '2001-10'),
    ('this year', 'DATE', '2001'),
    ('2002', 'DATE', '2002'),
    ('Monday', 'DATE', '2001-09-03'),
    ('the first half of next year', 'DATE', '2002-H1'),
    ('June', 'DATE', '2001-06'),
    ('Friday, Sept. 21', 'DATE', '2001-09-21'),
    ('last month', 'DATE', '2001-08'),
    ('midnight on Oct. 25', 'TIME', '2001-10-25T00:00|2001-10-24T24:00'),
    ('24 hours', 'DURATION', 'PT24H'),
]),
# 4. Washington Post, court date set in bribery case, with narrative of the scheme (2004)
('2004-05-19', 'auto', """Trial Set for September in Anne Arundel Zoning Bribery Case

By Megan Hollis
Washington Post Staff Writer
Wednesday, May 19, 2004

A federal judge in Baltimore yesterday set a Sept. 13 trial date for an Anne Arundel County developer accused of paying more than $90,000 in bribes to a former county zoning official, rejecting a defense request to postpone the case until next year.

U.S. District Judge Helen R. Castellano told lawyers for developer Lawrence T. Gaither that the trial would last about three weeks and that she expected jury selection to take two days. Gaither, 58, has pleaded not guilty to 14 counts of bribery, fraud and conspiracy.

The former official, Dennis Marlowe, pleaded guilty in February and is scheduled to be sentenced Aug. 2. Marlowe, who headed the county's planning and zoning office from 1996 to 2002, is expected to be the government's main witness.

According to the indictment, the payments began in April 1998, when Gaither was seeking approval for a 140-lot subdivision near Mayo. Two months later, Marlowe's office approved the project. The following year, prosecutors say, Gaither handed Marlowe $25,000 in cash in the parking lot of an Edgewater marina, just before a second waterfront project came up for review.

Gaither's attorney, Paul Rinaldi, argued yesterday that his team needed at least six more months to review about 40,000 pages of documents turned over by prosecutors since March. "We got the last box of these records ten days ago," Rinaldi said.

Castellano was unmoved. "This case has been pending since last summer," she said. "Mr. Gaither is entitled to a speedy trial, and so is the public."

The judge gave the defense until June 30 to file pretrial motions and scheduled a hearing on them for the morning of July 22. She also ordered both sides to meet every Friday until the trial to narrow the list of disputed exhibits.

The case has shaken county politics. County officials said in a statement last night that they had ordered an outside review of all zoning decisions made between 1998 and 2002, and that the first findings would be made public this fall. The County Council is scheduled to hold a hearing on the review at 7 p.m. Monday in Annapolis.

Several residents' groups have asked the council to freeze approvals for new waterfront projects for 90 days. The council chairman said he would not support a moratorium but would consider tighter disclosure rules before the council breaks for the summer in late July.

Gaither, who remains free on $250,000 bond, did not speak in court. His company has built more than 1,200 homes in the county since the early 1990s.
""", [
    ('September', 'DATE', '2004-09'),
    ('Wednesday, May 19, 2004', 'DATE', '2004-05-19'),
    ('yesterday', 'DATE', '2004-05-18'),
    ('Sept. 13', 'DATE', '2004-09-13'),
    ('next year', 'DATE', '2005'),
    ('about three weeks', 'DURATION', 'P3W'),
    ('two days', 'DURATION', 'P2D'),
    ('February', 'DATE', '2004-02'),
    ('Aug. 2', 'DATE', '2004-08-02'),
    ('1996', 'DATE', '1996'),
    ('2002', 'DATE', '2002'),
    ('April 1998', 'DATE', '1998-04'),
    ('Two months later', 'DATE', '1998-06'),
    ('The following year', 'DATE', '1999'),
    ('yesterday', 'DATE', '2004-05-18'),
    ('at least six more months', 'DURATION', 'P6M'),
    ('March', 'DATE', '2004-03'),
    ('ten days ago', 'DATE', '2004-05-09'),
    ('last summer', 'DATE', '2003-SU'),
    ('June 30', 'DATE', '2004-06-30'),
    ('the morning of July 22', 'DATE|TIME', '2004-07-22TMO'),
    ('every Friday', 'SET', 'XXXX-WXX-5'),
    ('last night', 'DATE|TIME', '2004-05-18TNI'),
    ('1998', 'DATE', '1998'),
    ('2002', 'DATE', '2002'),
    ('this fall', 'DATE', '2004-FA'),
    ('7 p.m. Monday', 'TIME', '2004-05-24T19:00'),
    ('90 days', 'DURATION', 'P90D'),
    ('the summer', 'DATE', '2004-SU'),
    ('late July', 'DATE', '2004-07'),
    ('the early 1990s', 'DATE', '199'),
]),
# 5. AP, narrative of a 1993 flood and the hearings ahead (2003)
('2003-07-16', 'auto', """Missouri river town marks flood anniversary, braces for levee fight

HARLOW BEND, Mo. (AP) — The sirens went off at 4:40 a.m. on July 16, 1993.

Within an hour, the Mississippi River had pushed through a 300-foot gap in the levee south of town, and by that evening water stood 12 feet deep on Main Street.

Mayor Ellen Voss, then a bank teller, remembers wading to the fire station with her two children. "We thought we'd be back in a couple of days," she said. "We didn't get back for three months."

The river crested two days later at 46.9 feet, more than 16 feet above flood stage. It did not drop below flood stage until Sept. 12, and by then most of the town's 410 homes had been condemned.

That fall, residents voted 212-98 to move the whole town to higher ground two miles inland. Federal money arrived the following spring, and the first family moved into a new house on the bluff in November 1994.

Ten years later, the new Harlow Bend has about 700 residents, a school and a grocery store. The old town site is a park, where a bronze marker shows the high-water line.

On Wednesday, about 200 people gathered at the marker for a moment of silence at 4:40 a.m., the minute the sirens sounded a decade ago. Some brought photographs of houses that no longer exist.

The town isn't done with the river. The Army Corps of Engineers is scheduled to hold a public hearing Aug. 5 on a plan to raise levees along a 40-mile stretch of the Mississippi, and residents here want the old town site left out of it. Voss said the city council would vote Monday night on a resolution opposing the plan.

"We learned our lesson in '93," she said. "You don't fight that river. You get out of its way."

The Corps has said it will take public comments through Sept. 30 and issue a final decision early next year. Construction, if approved, would take at least five years.

For some, the anniversary is a reminder of what was lost. Carl Dietz, 81, farmed bottomland near the old town for 50 years and never moved back. He visits the marker every Sunday after church.

"Usually I don't think about it," he said. "Then it rains for a week and I can't sleep."

The town will hold its picnic Saturday at the new lake, with fireworks at 9 p.m. and a reading of the names of the three residents who died in the flood.
""", [
    ('4:40 a.m. on July 16, 1993', 'TIME', '1993-07-16T04:40'),
    ('an hour', 'DURATION', 'PT1H'),
    ('that evening', 'DATE|TIME', '1993-07-16TEV'),
    ('a couple of days', 'DURATION', 'P2D'),
    ('three months', 'DURATION', 'P3M'),
    ('two days later', 'DATE', '1993-07-18'),
    ('Sept. 12', 'DATE', '1993-09-12'),
    ('That fall', 'DATE', '1993-FA'),
    ('the following spring', 'DATE', '1994-SP'),
    ('November 1994', 'DATE', '1994-11'),
    ('Ten years later', 'DATE', '2003'),
    ('Wednesday', 'DATE', '2003-07-16'),
    ('4:40 a.m.', 'TIME', '2003-07-16T04:40'),
    ('a decade ago', 'DATE', '1993'),
    ('Aug. 5', 'DATE', '2003-08-05'),
    ('Monday night', 'DATE|TIME', '2003-07-21TNI'),
    ("'93", 'DATE', '1993'),
    ('Sept. 30', 'DATE', '2003-09-30'),
    ('early next year', 'DATE', '2004'),
    ('at least five years', 'DURATION', 'P5Y'),
    ('50 years', 'DURATION', 'P50Y'),
    ('every Sunday', 'SET', 'XXXX-WXX-7'),
    ('a week', 'DURATION', 'P1W'),
    ('Saturday', 'DATE', '2003-07-19'),
    ('9 p.m.', 'TIME', '2003-07-19T21:00'),
]),
# 6. Financial Times, growth figures and rate-rise forecast (2006)
('2006-10-26', 'auto', """Strong growth figures fuel bets on November rate rise

By Harriet Lyle, Economics Correspondent

Published: October 26 2006

The UK economy grew faster than expected in the third quarter, official figures showed yesterday, strengthening expectations that the Bank of England will raise interest rates for the second time in three months when its Monetary Policy Committee meets next month.

Gross domestic product rose 0.7 per cent between July and September, the Office for National Statistics said, the same rate as in the previous quarter and above the 0.6 per cent most economists had forecast. Output was 2.8 per cent higher than a year earlier, the fastest growth since the end of 2004.

Sterling rose against the dollar in late trading to its highest level in almost three weeks, and short sterling futures priced in an increase in Bank rate to 5 per cent on November 9 as a near-certainty. The MPC kept rates at 4.75 per cent earlier this month, but the minutes of this month's meeting, published last week, showed members regarded the decision as finely balanced.

Business surveys point the same way. The CBI said on Tuesday that manufacturers expected orders to rise over the next three months at the fastest rate since 1995.

"The economy has now grown above its trend rate for a year, and inflation is still above target," said Simon Crewe, chief UK economist at a European bank. "We think November is a done deal, and a further move to 5.25 per cent early next year cannot be ruled out."

Consumer price inflation was 2.4 per cent in September, against the government's 2 per cent target. The Bank's next Inflation Report, due on November 15, will set out its forecasts for the next two years.

The figures also give Gordon Brown, the chancellor, room for manoeuvre ahead of his pre-Budget report, expected in early December. The Treasury forecast in March that the economy would grow by between 2 and 2.5 per cent this year; most independent forecasters now expect a figure at the top of that range.

However, the housing market remains a concern for some MPC members. House prices have risen by about 8 per cent in the past 12 months, according to Nationwide, and mortgage approvals have run above 120,000 a month since the spring.

Some economists warned against reading too much into one set of numbers. "These are preliminary estimates and they will be revised twice before Christmas," said Anna Pritchard of a City consultancy.

The pound later gave up some of its gains as traders took profits ahead of US growth data due on Friday, which are expected to show a sharp slowdown in the world's largest economy.
""", [
    ('November', 'DATE', '2006-11'),
    ('October 26 2006', 'DATE', '2006-10-26'),
    ('the third quarter', 'DATE', '2006-Q3'),
    ('yesterday', 'DATE', '2006-10-25'),
    ('three months', 'DURATION', 'P3M'),
    ('next month', 'DATE', '2006-11'),
    ('July', 'DATE', '2006-07'),
    ('September', 'DATE', '2006-09'),
    ('the previous quarter', 'DATE', '2006-Q2'),
    ('a year earlier', 'DATE', '2005-Q3|2005'),
    ('the end of 2004', 'DATE', '2004'),
    ('almost three weeks', 'DURATION', 'P3W'),
    ('November 9', 'DATE', '2006-11-09'),
    ('earlier this month', 'DATE', '2006-10'),
    ('this month', 'DATE', '2006-10'),
    ('last week', 'DATE', '2006-W42'),
    ('Tuesday', 'DATE', '2006-10-24'),
    ('the next three months', 'DURATION', 'P3M'),
    ('1995', 'DATE', '1995'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a year', 'DURATION', 'P1Y'),
    ('November', 'DATE', '2006-11'),
    ('early next year', 'DATE', '2007'),
    ('September', 'DATE', '2006-09'),
    ('November 15', 'DATE', '2006-11-15'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('early December', 'DATE', '2006-12'),
    ('March', 'DATE', '2006-03'),
    ('this year', 'DATE', '2006'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('a month', 'SET', 'P1M'),
    ('the spring', 'DATE', '2006-SP'),
    ('Christmas', 'DATE', '2006-12-25'),
    ('Friday', 'DATE', '2006-10-27'),
]),
# 7. Politico, budget conference timetable (2009)
('2009-04-22', 'auto', """Democrats race to finish budget next week

By Daniel Ferris
4/22/09 6:14 PM EDT

House and Senate Democrats are racing to finish a final budget blueprint by next Wednesday, handing President Barack Obama a symbolic win as he marks his first 100 days in office and settling a fight that has simmered for weeks over whether to fast-track health care reform.

Budget negotiators plan to hold their first formal conference meeting Thursday afternoon, and leadership aides in both chambers said they hope to bring a compromise to the floor early next week. The House and Senate each passed versions of the $3.5 trillion plan on April 2, just before lawmakers left town for a two-week recess.

The biggest open question is reconciliation, the procedure that would let Democrats pass a health care bill with 51 votes in the Senate. The House version includes reconciliation instructions; the Senate's does not.

Senate Budget Committee Chairman Kent Conrad (D-N.D.) said Tuesday that he still had "serious reservations" about the idea but signaled he could live with a trigger that would allow reconciliation only if bipartisan talks fail by a deadline in the fall. "We're talking about October 15 or something close to it," Conrad told reporters.

Republicans have spent the past two weeks attacking the idea. Senate Minority Leader Mitch McConnell called it "a partisan jam" on the floor Monday.

"If they use reconciliation, the whole bipartisan pretense is over," a senior GOP aide said.

The timetable is tight. The House is scheduled to be in session only three days next week, and House Majority Leader Steny Hoyer (D-Md.) told reporters this morning that he wanted a vote "no later than Wednesday." The Senate would likely take up the conference report the same day or Thursday.

Obama will mark the milestone on April 29 with a prime-time news conference at 8 p.m., the White House said Wednesday.

The budget fight is only the start of a busy spring. Democratic leaders want the House Energy and Commerce Committee to finish work on a climate bill by Memorial Day, and Senate Finance Chairman Max Baucus (D-Mont.) has said he wants a health care bill through his committee before the August recess. Lawmakers also face a deadline in the coming weeks on the $83.4 billion war funding request the White House sent to the Hill earlier this month.

Conrad said Wednesday he was "cautiously optimistic" about the budget. "We've done this every year," he said. "It always looks impossible until it's done."
""", [
    ('next week', 'DATE', '2009-W18'),
    ('4/22/09 6:14 PM EDT', 'TIME', '2009-04-22T18:14'),
    ('next Wednesday', 'DATE', '2009-04-29'),
    ('his first 100 days', 'DURATION', 'P100D'),
    ('weeks', 'DURATION', 'PXW'),
    ('Thursday afternoon', 'DATE|TIME', '2009-04-23TAF'),
    ('early next week', 'DATE', '2009-W18'),
    ('April 2', 'DATE', '2009-04-02'),
    ('two-week', 'DURATION', 'P2W'),
    ('Tuesday', 'DATE', '2009-04-21'),
    ('the fall', 'DATE', '2009-FA'),
    ('October 15', 'DATE', '2009-10-15'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('Monday', 'DATE', '2009-04-20'),
    ('three days', 'DURATION', 'P3D'),
    ('next week', 'DATE', '2009-W18'),
    ('this morning', 'DATE|TIME', '2009-04-22TMO'),
    ('Wednesday', 'DATE', '2009-04-29'),
    ('the same day', 'DATE', '2009-04-29'),
    ('Thursday', 'DATE', '2009-04-30'),
    ('April 29', 'DATE', '2009-04-29'),
    ('8 p.m.', 'TIME', '2009-04-29T20:00'),
    ('Wednesday', 'DATE', '2009-04-22'),
    ('spring', 'DATE', '2009-SP'),
    ('Memorial Day', 'DATE', '2009-05-25'),
    ('August', 'DATE', '2009-08'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
    ('earlier this month', 'DATE', '2009-04'),
    ('Wednesday', 'DATE', '2009-04-22'),
    ('every year', 'SET', 'P1Y'),
]),
# 8. BBC, doctors' industrial action date confirmed (2012)
('2012-06-13', 'auto', """Doctors confirm action date as pensions talks fail

13 June 2012 Last updated at 14:27 GMT

Doctors in England, Scotland and Wales will press ahead with industrial action next Thursday after last-ditch talks with the government over pensions ended without agreement, the British Medical Association has said.

It will be the first time doctors have taken industrial action in nearly 40 years.

GPs and hospital doctors will provide only urgent and emergency care for 24 hours from 00:01 BST on 21 June. Non-urgent operations and routine appointments will be postponed.

The BMA said it had met Health Secretary Andrew Lansley on Monday but that ministers had refused to reopen the deal on public sector pensions agreed in December.

Under the changes, doctors would pay up to 14.5% of their salary in contributions and work longer before drawing a full pension.

BMA council chairman Dr Hamish Meldrum said: "We have tried for months to reach a fair outcome through negotiation. Doctors do not take this step lightly, and patients will be kept safe throughout."

Mr Lansley said the action was unjustified and urged doctors to think again before next week. In a statement on Tuesday evening, the Department of Health said doctors' pensions would "remain among the very best available".

NHS trusts have been told to finalise contingency plans by Friday. Some hospitals have already begun contacting patients whose operations had been scheduled for that day.

The action was backed by doctors in a ballot last month, with 79% of GPs and 84% of consultants who voted supporting it.

The Department of Health estimates that up to 30,000 operations and 200,000 outpatient appointments could be affected. The BMA disputes the figure and says most GP surgeries will remain open from 08:00 to 18:30 to see patients who need care.

Unions representing other NHS staff, including Unison, accepted the government's offer earlier this year. Doctors' leaders say their members already pay more than other staff and that the scheme is in surplus, bringing in about £2bn a year more than it pays out.

The BMA has not ruled out further action this summer. Its council will meet on 28 June to review the dispute.

Patients' groups urged both sides to return to talks. "Nobody wants to see a repeat of this every month," a spokeswoman for the Patients Association said.
""", [
    ('13 June 2012', 'DATE', '2012-06-13'),
    ('14:27 GMT', 'TIME', '2012-06-13T14:27'),
    ('next Thursday', 'DATE', '2012-06-21'),
    ('nearly 40 years', 'DURATION', 'P40Y'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('00:01 BST on 21 June', 'TIME', '2012-06-21T00:01'),
    ('Monday', 'DATE', '2012-06-11'),
    ('December', 'DATE', '2011-12'),
    ('months', 'DURATION', 'PXM'),
    ('next week', 'DATE', '2012-W25'),
    ('Tuesday evening', 'DATE|TIME', '2012-06-12TEV'),
    ('Friday', 'DATE', '2012-06-15'),
    ('that day', 'DATE', '2012-06-21'),
    ('last month', 'DATE', '2012-05'),
    ('08:00', 'TIME', '2012-06-21T08:00'),
    ('18:30', 'TIME', '2012-06-21T18:30'),
    ('earlier this year', 'DATE', '2012'),
    ('a year', 'SET', 'P1Y'),
    ('this summer', 'DATE', '2012-SU'),
    ('28 June', 'DATE', '2012-06-28'),
    ('every month', 'SET', 'P1M'),
]),
# 9. Reuters, product launch and tariff decision looming (2018)
('2018-09-06', 'auto', """Apple suppliers brace for tariff decision ahead of iPhone launch

SAN FRANCISCO (Reuters) - Apple Inc's suppliers are gearing up for a busy fall as the company prepares to unveil new iPhones next Wednesday, but a looming U.S. decision on tariffs for $200 billion of Chinese goods is clouding the outlook for the fourth quarter.

Apple is expected to introduce three new iPhone models at the event, which starts at 10 a.m. Pacific time on Sept. 12 at its headquarters in Cupertino, California. Analysts expect the phones to go on sale before the end of the month.

The U.S. Trade Representative's office was due to close a public comment period on the proposed tariffs at midnight on Thursday, after six days of hearings last month in which more than 350 companies and trade groups testified. President Donald Trump could impose the duties, which range from 10 percent to 25 percent, as soon as Friday.

Apple said in a letter to the trade office on Wednesday that the proposed tariffs would hit a wide range of its products, including the Apple Watch and AirPods, though the iPhone was not on the list.

Shares of Apple were down about 1 percent in midday trading on Thursday. The stock has gained more than 30 percent this year, and Apple became the first U.S. company to reach a market value of $1 trillion on Aug. 2.

Suppliers in Asia have been ramping up production since July. Taiwan's Hon Hai Precision Industry, which assembles most iPhones, hired tens of thousands of seasonal workers over the summer, according to people familiar with the matter, and its August sales, due on Monday, are expected to show a sharp increase from July.

Analysts at one Taipei brokerage estimate Apple will ship about 75 million iPhones in the last three months of the year, up slightly from a year earlier.

"A second round of tariffs would land just as retailers stock up for Christmas," said Karen Holt, an analyst at a U.S. investment firm. "Apple has been spared so far, but the list keeps getting longer."

Washington and Beijing have not held formal trade talks since a round of lower-level meetings ended without progress on Aug. 23, and no new negotiations have been scheduled.

Some suppliers said they had already begun to shift the final assembly of products bound for the United States out of China, a process that usually takes at least six months.

Apple is scheduled to report results for the period ending Sept. 29 in early November.
""", [
    ('fall', 'DATE', '2018-FA'),
    ('next Wednesday', 'DATE', '2018-09-12'),
    ('the fourth quarter', 'DATE', '2018-Q4'),
    ('10 a.m. Pacific time on Sept. 12', 'TIME', '2018-09-12T10:00'),
    ('the end of the month', 'DATE', '2018-09'),
    ('midnight on Thursday', 'TIME', '2018-09-06T24:00|2018-09-07T00:00'),
    ('six days', 'DURATION', 'P6D'),
    ('last month', 'DATE', '2018-08'),
    ('Friday', 'DATE', '2018-09-07'),
    ('Wednesday', 'DATE', '2018-09-05'),
    ('Thursday', 'DATE', '2018-09-06'),
    ('this year', 'DATE', '2018'),
    ('Aug. 2', 'DATE', '2018-08-02'),
    ('July', 'DATE', '2018-07'),
    ('the summer', 'DATE', '2018-SU'),
    ('August', 'DATE', '2018-08'),
    ('Monday', 'DATE', '2018-09-10'),
    ('July', 'DATE', '2018-07'),
    ('the last three months of the year', 'DATE', '2018-Q4'),
    ('a year earlier', 'DATE', '2017-Q4|2017'),
    ('Christmas', 'DATE', '2018-12-25'),
    ('Aug. 23', 'DATE', '2018-08-23'),
    ('at least six months', 'DURATION', 'P6M'),
    ('Sept. 29', 'DATE', '2018-09-29'),
    ('early November', 'DATE', '2018-11'),
]),
# 10. Bloomberg, Fed decision preview and growth forecasts (2021)
('2021-03-17', 'auto', """Fed Set to Signal Patience as Economists Lift Growth Forecasts

By Kira Danson
March 17, 2021, 6:00 AM EDT

Federal Reserve officials are poised to keep interest rates near zero on Wednesday and signal they're in no hurry to pull back support, even as they mark up their projections for growth this year to the fastest pace in almost four decades.

The Federal Open Market Committee will release its statement and quarterly economic projections at 2 p.m. in Washington, and Chair Jerome Powell will hold a press conference at 2:30 p.m.

Economists surveyed by Bloomberg last week see the U.S. economy expanding 5.5% in 2021, up from a 4.1% estimate in February, after President Joe Biden signed a $1.9 trillion relief package last Thursday.

Most officials are expected to project no rate increase through the end of 2023, according to the survey, though a handful may pencil in a move as early as next year.

Bond traders aren't waiting. Benchmark Treasury yields rose to about 1.62% on Tuesday, near their highest in more than a year, and futures markets are pricing in the first hike by early 2023.

Powell has repeatedly said the Fed will keep buying $120 billion of bonds a month until the economy has made "substantial further progress" toward its goals. He told an audience earlier this month that the central bank would be "patient" even if markets grew restless.

Inflation is the wild card. Consumer prices rose 1.7% in the 12 months through February, but comparisons with last spring's slump are expected to push the headline rate above 2.5% in April and May.

"We expect the Fed to look through what will be a temporary bump," said Elena Marsh, senior U.S. economist at a European bank. "The bigger question is what happens in the second half of the year, when the labor market should be much tighter."

The U.S. added 379,000 jobs in February, but employment remains 9.5 million below its pre-pandemic level, and more than 4 million people have been out of work for at least six months.

Some investors worry that officials are underestimating how quickly prices could rise once the economy fully reopens. Powell is likely to face questions about that risk, as well as about a rule on bank capital that is due to expire at the end of the month.

The Fed's next meeting is on April 27-28. After Wednesday's decision, the Bank of England will announce its own rate decision on Thursday, and the Bank of Japan will conclude a review of its policy tools on Friday.
""", [
    ('March 17, 2021, 6:00 AM EDT', 'TIME', '2021-03-17T06:00'),
    ('Wednesday', 'DATE', '2021-03-17'),
    ('this year', 'DATE', '2021'),
    ('almost four decades', 'DURATION', 'P40Y|P4DE'),
    ('quarterly', 'SET', 'P3M'),
    ('2 p.m.', 'TIME', '2021-03-17T14:00'),
    ('2:30 p.m.', 'TIME', '2021-03-17T14:30'),
    ('last week', 'DATE', '2021-W10'),
    ('2021', 'DATE', '2021'),
    ('February', 'DATE', '2021-02'),
    ('last Thursday', 'DATE', '2021-03-11'),
    ('the end of 2023', 'DATE', '2023'),
    ('next year', 'DATE', '2022'),
    ('Tuesday', 'DATE', '2021-03-16'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('early 2023', 'DATE', '2023'),
    ('a month', 'SET', 'P1M'),
    ('earlier this month', 'DATE', '2021-03'),
    ('the 12 months', 'DURATION', 'P12M'),
    ('February', 'DATE', '2021-02'),
    ('last spring', 'DATE', '2020-SP'),
    ('April', 'DATE', '2021-04'),
    ('May', 'DATE', '2021-05'),
    ('the second half of the year', 'DATE', '2021-H2'),
    ('February', 'DATE', '2021-02'),
    ('at least six months', 'DURATION', 'P6M'),
    ('the end of the month', 'DATE', '2021-03'),
    ('April 27-28', 'DATE', '2021-04-27|2021-04-28'),
    ('Wednesday', 'DATE', '2021-03-17'),
    ('Thursday', 'DATE', '2021-03-18'),
    ('Friday', 'DATE', '2021-03-19'),
]),
# 11. Politico, shutdown deadline and weekend votes (2023)
('2023-09-27', 'auto', """Shutdown clock ticks as Senate tees up weekend votes

By Mara Ellison
09/27/2023 07:12 PM EDT

The Senate is not expected to pass a stopgap spending bill until Saturday, leaving the House just hours to act before federal funding runs out and a shutdown begins at 12:01 a.m. Sunday.

Senators voted 77-19 on Tuesday night to begin debate on the bill, which would fund the government through Nov. 17 and send about $6 billion in aid to Ukraine and $6 billion for disaster relief. But Sen. Rand Paul (R-Ky.) has signaled he won't agree to speed up the process, which means the chamber could need the full 30 hours allowed after each procedural vote.

In the House, Speaker Kevin McCarthy is trying a different plan. Republicans will vote Thursday on four of the 12 spending bills for fiscal 2024 and are drafting their own 30-day stopgap that would pair government funding with border security measures. Democrats and several GOP hard-liners have already said they would oppose it.

"We're going to keep working through the weekend if we have to," McCarthy told reporters Wednesday morning.

The White House began formally notifying agencies to prepare for a shutdown late last week. The Office of Management and Budget told departments to update their contingency plans, which govern which employees would keep working without pay. About 1.3 million active-duty troops would be among them, and the paychecks they are due on Oct. 13 would be at risk if a lapse lasts more than two weeks.

The last shutdown, which stretched from December 2018 into January 2019, lasted 35 days and was the longest in history.

Senate Majority Leader Chuck Schumer said Wednesday that the House should "stop wasting time" and take up the Senate bill as soon as it arrives. "The clock is running, and the House is playing games," he said on the floor.

Even if Congress averts a shutdown this week, the fight is likely to return before Thanksgiving. The stopgap would buy only seven weeks, and conservatives want steep cuts in the regular bills due by mid-November.

Hard-liners have also threatened to force a vote to remove McCarthy as speaker if he relies on Democratic votes to pass a stopgap. Under rules he agreed to in January, any single member can call for such a vote.

"Nobody should be surprised," said Rep. Tom Hale, a Republican who backs the speaker. "We've known about this deadline since the spring. The only thing that's changed is the calendar."
""", [
    ('09/27/2023 07:12 PM EDT', 'TIME', '2023-09-27T19:12'),
    ('Saturday', 'DATE', '2023-09-30'),
    ('hours', 'DURATION', 'PXH'),
    ('12:01 a.m. Sunday', 'TIME', '2023-10-01T00:01'),
    ('Tuesday night', 'DATE|TIME', '2023-09-26TNI'),
    ('Nov. 17', 'DATE', '2023-11-17'),
    ('30 hours', 'DURATION', 'PT30H'),
    ('Thursday', 'DATE', '2023-09-28'),
    ('fiscal 2024', 'DATE', 'FY2024|2024'),
    ('30-day', 'DURATION', 'P30D'),
    ('the weekend', 'DATE', '2023-W39-WE'),
    ('Wednesday morning', 'DATE|TIME', '2023-09-27TMO'),
    ('late last week', 'DATE', '2023-W38'),
    ('Oct. 13', 'DATE', '2023-10-13'),
    ('more than two weeks', 'DURATION', 'P2W'),
    ('December 2018', 'DATE', '2018-12'),
    ('January 2019', 'DATE', '2019-01'),
    ('35 days', 'DURATION', 'P35D'),
    ('Wednesday', 'DATE', '2023-09-27'),
    ('this week', 'DATE', '2023-W39'),
    ('Thanksgiving', 'DATE', '2023-11-23'),
    ('seven weeks', 'DURATION', 'P7W'),
    ('mid-November', 'DATE', '2023-11'),
    ('January', 'DATE', '2023-01'),
    ('the spring', 'DATE', '2023-SP'),
]),
# 12. BBC, TikTok ban deadline and court ruling awaited (2025)
('2025-01-15', 'auto', """TikTok ban: What happens on Sunday?

By Ruth Callander, Technology reporter

15 January 2025

TikTok's future in the US could be decided within days, with a law that would ban the app unless its Chinese owner sells it due to take effect on Sunday.

The Supreme Court heard arguments in the case for more than two hours last Friday, and a majority of the justices appeared sceptical of TikTok's claim that the law violates free speech protections. A ruling could come as soon as this week.

The law, passed by Congress with large bipartisan majorities and signed by President Joe Biden in April, gave ByteDance nine months to find a buyer for TikTok's US operations.

If the court does not intervene, app stores such as Apple's and Google's will be barred from offering TikTok for download from 19 January, and web-hosting services will no longer be allowed to support it. The roughly 170 million Americans who already have the app would still be able to use it, at least for now, although experts say it would gradually stop working without updates.

Reports on Tuesday suggested TikTok was preparing to shut the app down for US users entirely on Sunday. The company has not commented on those reports.

Donald Trump, who will be sworn in as president on Monday, asked the court last month to pause the deadline so that his incoming administration could pursue a "political resolution". He tried to ban TikTok in 2020, but has since changed his mind, saying he has "a warm spot in my heart" for the app.

The outgoing Biden administration, whose term ends at noon on Monday, has signalled that it will leave enforcement of the ban to the next president.

Meanwhile, some users have been moving elsewhere. RedNote, a Chinese app known as Xiaohongshu, was the most downloaded free app on Apple's US store on Monday and Tuesday, after more than 700,000 new users joined in two days.

TikTok creators say they have spent the past week telling followers where else to find them. "I've built my whole business on this app over the last four years," said Marisol Vega, a baker in Texas with 1.2 million followers. "I post three times a day. I don't know what I'm going to do next week."

Some senators have proposed giving ByteDance another 90 days, but the idea has not yet received a vote.

The law allows the president to grant a one-off extension of up to 90 days if a sale is in progress, but no buyer has been formally announced. Several investors, including the businessman Frank McCourt, have said they are interested.
""", [
    ('Sunday', 'DATE', '2025-01-19'),
    ('15 January 2025', 'DATE', '2025-01-15'),
    ('days', 'DURATION', 'PXD'),
    ('Sunday', 'DATE', '2025-01-19'),
    ('more than two hours', 'DURATION', 'PT2H'),
    ('last Friday', 'DATE', '2025-01-10'),
    ('this week', 'DATE', '2025-W03'),
    ('April', 'DATE', '2024-04'),
    ('nine months', 'DURATION', 'P9M'),
    ('19 January', 'DATE', '2025-01-19'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Tuesday', 'DATE', '2025-01-14'),
    ('Sunday', 'DATE', '2025-01-19'),
    ('Monday', 'DATE', '2025-01-20'),
    ('last month', 'DATE', '2024-12'),
    ('2020', 'DATE', '2020'),
    ('noon on Monday', 'TIME', '2025-01-20T12:00'),
    ('Monday', 'DATE', '2025-01-13'),
    ('Tuesday', 'DATE', '2025-01-14'),
    ('two days', 'DURATION', 'P2D'),
    ('the past week', 'DATE|DURATION', 'P1W|2025-W02'),
    ('the last four years', 'DURATION', 'P4Y'),
    ('three times a day', 'SET', 'P1D'),
    ('next week', 'DATE', '2025-W04'),
    ('90 days', 'DURATION', 'P90D'),
    ('up to 90 days', 'DURATION', 'P90D'),
]),
]
