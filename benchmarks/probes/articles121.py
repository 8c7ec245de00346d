# Gold TIMEX3 probe set 121: original AP/AFP/Reuters/BBC/CNN/NYT-style wire news of 2012-2014 (politics, world, business, courts, disasters), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, Illinois pension talks in the lame-duck session (2012)
('2012-12-04', 'auto', """Lawmakers return to pension fight with deadline weeks away

SPRINGFIELD, Ill. (AP) — Illinois lawmakers returned to the Capitol on Tuesday with only a handful of scheduled sessions left and a pension shortfall that grows by roughly $17 million every day.

Negotiators for the four legislative leaders met for nearly four hours Monday night and planned to meet again Wednesday morning, said Carla Dunning, a spokeswoman for the House speaker. "Nobody in that room thinks this can wait until spring," she said.

The state's five retirement systems are about $96 billion short of what they will owe, according to a report released last week by the legislature's fiscal commission. The gap has more than doubled since 2006, and the report warned it could top $130 billion by 2020 if nothing changes.

Rating agencies have cut the state's credit rating three times in the past two years. Moody's said in a note Friday that another downgrade was possible "in the coming months" without a deal.

A plan floated earlier this fall would raise the retirement age for workers under 45 and limit cost-of-living increases, paying them every other year instead of annually. Unions oppose it, and a coalition representing teachers has said it will go to court within 24 hours of any bill being signed.

The lame-duck session runs through Jan. 8, and a new General Assembly will be sworn in Jan. 9. Senate leaders have scheduled floor sessions on Dec. 6 and Dec. 7, then plan to return Jan. 2.

Some lawmakers said privately that the real deadline is the spring, when a budget for fiscal 2014 must pass. The current budget runs out June 30.

Two years ago, a similar push collapsed at the end of the session after a 36-hour standoff over an income tax increase. That increase, which raised the personal rate from 3 percent to 5 percent, is set to partly expire in 2015.

Rep. Tom Halvorsen, a Republican from Peoria, said he doubted the timeline. "We've been told a deal was close since the summer," he said. "At some point, the bond markets stop believing us."

The governor planned to meet with the four leaders Thursday afternoon. His office said he would not rule out calling lawmakers back to Springfield later this month if no bill passes before the session ends.

Illinois spends more of its budget on pensions than any other state, about 15 percent this year, up from 6 percent a decade ago.
""", [
    ('weeks', 'DURATION', 'PXW'),
    ('Tuesday', 'DATE', '2012-12-04'),
    ('every day', 'SET', 'P1D'),
    ('nearly four hours', 'DURATION', 'PT4H'),
    ('Monday night', 'DATE|TIME', '2012-12-03TNI'),
    ('Wednesday morning', 'DATE|TIME', '2012-12-05TMO'),
    ('spring', 'DATE', '2013-SP'),
    ('last week', 'DATE', '2012-W48'),
    ('2006', 'DATE', '2006'),
    ('2020', 'DATE', '2020'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('Friday', 'DATE', '2012-11-30'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('earlier this fall', 'DATE', '2012-FA'),
    ('every other year', 'SET', 'P2Y'),
    ('annually', 'SET', 'P1Y'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('Jan. 8', 'DATE', '2013-01-08'),
    ('Jan. 9', 'DATE', '2013-01-09'),
    ('Dec. 6', 'DATE', '2012-12-06'),
    ('Dec. 7', 'DATE', '2012-12-07'),
    ('Jan. 2', 'DATE', '2013-01-02'),
    ('the spring', 'DATE', '2013-SP'),
    ('fiscal 2014', 'DATE', '2014|FY2014'),
    ('June 30', 'DATE', '2013-06-30'),
    ('Two years ago', 'DATE', '2010'),
    ('36-hour', 'DURATION', 'PT36H'),
    ('2015', 'DATE', '2015'),
    ('the summer', 'DATE', '2012-SU'),
    ('Thursday afternoon', 'DATE|TIME', '2012-12-06TAF'),
    ('later this month', 'DATE', '2012-12'),
    ('this year', 'DATE', '2012'),
    ('a decade ago', 'DATE', '2002|200'),
]),
# 2. Reuters, airline first-quarter earnings (2013)
('2013-04-25', 'auto', """Northwind Air swings to first-quarter profit, sees strong summer

CHICAGO, April 25 (Reuters) - Northwind Air Group Inc reported a first-quarter profit on Thursday, its first for the period since 2007, as higher fares and cheaper fuel offset a weak start to the year at its cargo unit.

The Chicago-based carrier said net income was $42 million, or 31 cents a share, in the quarter ended March 31, compared with a loss of $118 million a year earlier.

Revenue rose 6 percent to $3.1 billion, slightly ahead of the $3.06 billion analysts had expected, according to Thomson Reuters I/B/E/S.

Shares rose 4.2 percent to $21.70 on the New York Stock Exchange, after closing on Wednesday at their highest level since October 2008.

Chief Executive Ellen Marsh told analysts on a conference call that bookings for the summer were running ahead of last year and that capacity in the second quarter would be flat to up 1 percent.

"We spent nearly five years fixing this network," Marsh said. "The next 12 months are about proving that it works."

The company reiterated its goal of a 10 percent operating margin by the end of 2015 and said it would retire its remaining 18 MD-80 jets over the next two years.

Fuel, the airline's biggest expense, averaged $3.08 a gallon in the quarter, down from $3.25 in the fourth quarter of 2012. Northwind hedges about a third of its fuel needs each quarter.

The cargo business, which has struggled since the 2009 downturn, posted an 11 percent drop in revenue. Marsh said volumes had improved in recent weeks but warned that the recovery would be "bumpy through the third quarter."

Northwind also said it would resume paying a quarterly dividend of 5 cents a share in July, its first payout since it suspended dividends in the fall of 2008.

Talks with the pilots' union, whose contract became amendable on Jan. 1, are scheduled to resume on May 14. A federal mediator has been involved since last month.

Separately, the board approved a $200 million share buyback to be completed by the end of fiscal 2014, which for Northwind ends in March of that year.

(Reporting by Karen Liu in Chicago; Editing by Matthew Lewis)
""", [
    ('first-quarter', 'DATE', '2013-Q1'),
    ('summer', 'DATE', '2013-SU'),
    ('April 25', 'DATE', '2013-04-25'),
    ('first-quarter', 'DATE', '2013-Q1'),
    ('Thursday', 'DATE', '2013-04-25'),
    ('2007', 'DATE', '2007'),
    ('the year', 'DATE', '2013'),
    ('the quarter', 'DATE', '2013-Q1'),
    ('March 31', 'DATE', '2013-03-31'),
    ('a year earlier', 'DATE', '2012-Q1|2012'),
    ('Wednesday', 'DATE', '2013-04-24'),
    ('October 2008', 'DATE', '2008-10'),
    ('the summer', 'DATE', '2013-SU'),
    ('last year', 'DATE', '2012'),
    ('the second quarter', 'DATE', '2013-Q2'),
    ('nearly five years', 'DURATION', 'P5Y'),
    ('The next 12 months', 'DURATION', 'P12M|P1Y'),
    ('the end of 2015', 'DATE', '2015'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('the quarter', 'DATE', '2013-Q1'),
    ('the fourth quarter of 2012', 'DATE', '2012-Q4'),
    ('each quarter', 'SET', 'P3M|XXXX-QX'),
    ('2009', 'DATE', '2009'),
    ('recent weeks', 'DURATION|DATE', 'PXW|PAST_REF'),
    ('the third quarter', 'DATE', '2013-Q3'),
    ('quarterly', 'SET', 'P3M|XXXX-QX'),
    ('July', 'DATE', '2013-07'),
    ('the fall of 2008', 'DATE', '2008-FA'),
    ('Jan. 1', 'DATE', '2013-01-01'),
    ('May 14', 'DATE', '2013-05-14'),
    ('last month', 'DATE', '2013-03'),
    ('the end of fiscal 2014', 'DATE', '2014|FY2014'),
    ('March of that year', 'DATE', '2014-03'),
]),
# 3. BBC, six-year flood defence programme for England (2014)
('2014-09-19', 'auto', """Flood defences: £2.3bn plan to protect 300,000 homes over six years

Ministers have set out plans to spend £2.3bn on flood defences in England over the next six years, after last winter's storms left thousands of homes under water.

The programme, published on Friday, will fund about 1,400 schemes between April 2015 and March 2021, the Department for Environment, Food and Rural Affairs (Defra) said.

The environment secretary said the settlement would end "the stop-start funding of the past decade" and give councils and engineers the certainty they needed to plan.

The storms that battered southern England between December and February brought the most rain in more than 240 years of records, according to the Met Office. Parts of the Somerset Levels were under water for nearly three months.

Residents of Moorland, one of the worst-hit villages, said they had heard such promises before. "We were told in January that dredging would start by the spring, and it did, but we'd been out of our homes since Christmas by then," said Margaret Cole, 67.

Work to dredge the rivers Parrett and Tone began on 31 March and was completed over the summer, the Environment Agency said.

Under the plan, spending will rise from £370m next year to £415m in 2021. Councils and businesses will be expected to contribute a further £600m by the end of the decade.

Labour said the announcement came too late, pointing out that flood spending was cut after the coalition took office in 2010. "Families who were flooded this year will be waiting for years before a single new wall goes up," the party's environment spokeswoman said.

The Environment Agency inspects its 40,000 defences every year and has warned that one in six properties in England is at risk of flooding.

The Association of British Insurers welcomed the six-year commitment. Flood Re, a scheme intended to keep home insurance affordable in high-risk areas, is due to launch next summer after a delay.

A full list of schemes will be published on Monday, and MPs are expected to debate the plan when Parliament returns next month.

Earlier this week, the agency said that repairs to defences damaged last winter had been finished by the end of August.
""", [
    ('six years', 'DURATION', 'P6Y'),
    ('the next six years', 'DURATION', 'P6Y'),
    ('last winter', 'DATE', '2013-WI|2014-WI'),
    ('Friday', 'DATE', '2014-09-19'),
    ('April 2015', 'DATE', '2015-04'),
    ('March 2021', 'DATE', '2021-03'),
    ('the past decade', 'DURATION', 'P1DE|P10Y'),
    ('December', 'DATE', '2013-12'),
    ('February', 'DATE', '2014-02'),
    ('more than 240 years', 'DURATION', 'P240Y'),
    ('nearly three months', 'DURATION', 'P3M'),
    ('January', 'DATE', '2014-01'),
    ('the spring', 'DATE', '2014-SP'),
    ('Christmas', 'DATE', '2013-12-25'),
    ('31 March', 'DATE', '2014-03-31'),
    ('the summer', 'DATE', '2014-SU'),
    ('next year', 'DATE', '2015'),
    ('2021', 'DATE', '2021'),
    ('the end of the decade', 'DATE', '201'),
    ('2010', 'DATE', '2010'),
    ('this year', 'DATE', '2014'),
    ('years', 'DURATION', 'PXY'),
    ('every year', 'SET', 'P1Y'),
    ('six-year', 'DURATION', 'P6Y'),
    ('next summer', 'DATE', '2015-SU'),
    ('Monday', 'DATE', '2014-09-22'),
    ('next month', 'DATE', '2014-10'),
    ('Earlier this week', 'DATE', '2014-W38'),
    ('last winter', 'DATE', '2013-WI|2014-WI'),
    ('the end of August', 'DATE', '2014-08'),
]),
# 4. AFP, Central Java landslide told day by day (2013)
('2013-11-12', 'auto', """Death toll in Java landslide rises to 41 as rain hampers search

Banjarnegara, Indonesia (AFP) - Rescuers pulled 12 more bodies from the mud on Tuesday, raising the death toll from a landslide that buried a village in Central Java to 41, officials said, as heavy rain forced teams to halt the search for several hours.

The hillside above the village of Sidorejo gave way at around 5:30 pm on Friday after three days of torrential rain, burying about 60 houses. Eleven bodies were recovered that night and on Saturday morning, and another 18 on Sunday and Monday.

"We worked all Sunday night but the ground kept moving under our feet," said Agus Prasetyo, a 34-year-old volunteer from a neighbouring village. "By Monday afternoon we had to pull everyone back."

The national disaster management agency said 14 people were still missing and more than 700 residents had been moved to temporary shelters in schools and mosques. Spokesman Hendra Wibowo said the search would continue for another week but admitted that the chances of finding survivors after four days were slim.

The district government declared a 14-day emergency on Saturday, two days before the provincial governor visited the site and promised new homes for those who had lost theirs.

Indonesia's rainy season usually runs from October to April, and landslides and floods kill dozens of people every year across the sprawling archipelago, where millions live on unstable hillsides. In 2006, a landslide in the same district killed scores of villagers.

Officials said the slope above Sidorejo had been identified as high-risk in 2010, but that few families had agreed to move.

"People know the danger, but this is their land and their rice fields," said village head Slamet Riyadi. "Where else would they go?"

The meteorology agency warned that rainfall in Java would intensify in the coming weeks, peaking in January and February.

The disaster agency said it would finish mapping vulnerable slopes in the province by mid-2014 and aims to relocate some 1,200 families over the next three years.

Aid groups said they had been delivering food and clean water since Saturday, but access remained difficult, with the main road into the valley still blocked on Tuesday.

Rescue operations were suspended again at 3 pm Tuesday and were due to resume at 6 am on Wednesday, officials said.
""", [
    ('Tuesday', 'DATE', '2013-11-12'),
    ('several hours', 'DURATION', 'PXH'),
    ('around 5:30 pm on Friday', 'TIME', '2013-11-08T17:30'),
    ('three days', 'DURATION', 'P3D'),
    ('that night', 'DATE|TIME', '2013-11-08TNI'),
    ('Saturday morning', 'DATE|TIME', '2013-11-09TMO'),
    ('Sunday', 'DATE', '2013-11-10'),
    ('Monday', 'DATE', '2013-11-11'),
    ('Sunday night', 'DATE|TIME', '2013-11-10TNI'),
    ('Monday afternoon', 'DATE|TIME', '2013-11-11TAF'),
    ('another week', 'DURATION', 'P1W'),
    ('four days', 'DURATION', 'P4D'),
    ('14-day', 'DURATION', 'P14D'),
    ('Saturday', 'DATE', '2013-11-09'),
    ('two days', 'DURATION|DATE', 'P2D|2013-11-11'),
    ('October', 'DATE', 'XXXX-10'),
    ('April', 'DATE', 'XXXX-04'),
    ('every year', 'SET', 'P1Y'),
    ('2006', 'DATE', '2006'),
    ('2010', 'DATE', '2010'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('January', 'DATE', '2014-01'),
    ('February', 'DATE', '2014-02'),
    ('mid-2014', 'DATE', '2014'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('Saturday', 'DATE', '2013-11-09'),
    ('Tuesday', 'DATE', '2013-11-12'),
    ('3 pm Tuesday', 'TIME', '2013-11-12T15:00'),
    ('6 am on Wednesday', 'TIME', '2013-11-13T06:00'),
]),
# 5. CNN, federal kickback trial verdict (2014)
('2014-03-06', 'auto', """Jury convicts former Georgia county treasurer in kickback scheme

(CNN) -- After deliberating for about nine hours over two days, a federal jury in Atlanta on Thursday convicted a former Georgia county treasurer of taking more than $400,000 in kickbacks from contractors over six years.

Raymond Teague, 58, who ran the treasury of Millbrook County from 2005 until his resignation in May 2012, was found guilty on 11 of 14 counts, including wire fraud and money laundering. He faces a maximum sentence of 20 years on the most serious count.

U.S. District Judge Ellen Park set sentencing for June 12.

Jurors began deliberating Tuesday afternoon after a trial that lasted three weeks. On Wednesday, they sent the judge a note asking to rehear testimony from Dwayne Coles, a paving contractor who told the court last month that he had handed Teague envelopes of cash "every other Friday" for nearly two years.

"This was not a one-time lapse," Assistant U.S. Attorney Maria Feldman told jurors in her closing argument Monday. "This was a business, and he ran it like one."

Teague's attorney, Lawrence Bright, said he would appeal. "We respect the jury's work, but we believe the court made serious errors before the trial even began," Bright told reporters outside the courthouse at about 4:15 p.m.

Prosecutors say the scheme began in the summer of 2006, months after Teague was first elected, and continued until an audit in early 2012 flagged a series of irregular payments. Teague resigned weeks later.

FBI agents searched his office on March 14, 2012, according to court records. He was indicted the following year.

Two contractors have already pleaded guilty. One was sentenced in December to 30 months in prison; the other is due to be sentenced in April.

The county, which has since hired an outside firm to audit its books quarterly, said in a statement Thursday that it had recovered about $150,000 of the missing money and hoped to recover the rest within the next year.

"It's taken almost two years to get here," said county commission chairwoman Gloria Haynes. "Today is a good day for the taxpayers of this county."

Teague remains free on bond until sentencing.

CNN's Alicia Grant contributed to this report.
""", [
    ('about nine hours', 'DURATION', 'PT9H'),
    ('two days', 'DURATION', 'P2D'),
    ('Thursday', 'DATE', '2014-03-06'),
    ('six years', 'DURATION', 'P6Y'),
    ('2005', 'DATE', '2005'),
    ('May 2012', 'DATE', '2012-05'),
    ('20 years', 'DURATION', 'P20Y'),
    ('June 12', 'DATE', '2014-06-12'),
    ('Tuesday afternoon', 'DATE|TIME', '2014-03-04TAF'),
    ('three weeks', 'DURATION', 'P3W'),
    ('Wednesday', 'DATE', '2014-03-05'),
    ('last month', 'DATE', '2014-02'),
    ('every other Friday', 'SET', 'XXXX-WXX-5'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('Monday', 'DATE', '2014-03-03'),
    ('about 4:15 p.m.', 'TIME', '2014-03-06T16:15'),
    ('the summer of 2006', 'DATE', '2006-SU'),
    ('months', 'DURATION', 'PXM'),
    ('early 2012', 'DATE', '2012'),
    ('weeks', 'DURATION', 'PXW'),
    ('March 14, 2012', 'DATE', '2012-03-14'),
    ('the following year', 'DATE', '2013'),
    ('December', 'DATE', '2013-12'),
    ('30 months', 'DURATION', 'P30M'),
    ('April', 'DATE', '2014-04'),
    ('quarterly', 'SET', 'P3M|XXXX-QX'),
    ('Thursday', 'DATE', '2014-03-06'),
    ('the next year', 'DURATION', 'P1Y'),
    ('almost two years', 'DURATION', 'P2Y'),
    ('Today', 'DATE', '2014-03-06'),
]),
# 6. NYT, regional grocery chains merge (2012)
('2012-06-18', 'auto', """Two Grocery Chains Agree to Merge, Creating a Midwest Giant

Two of the Midwest's largest regional grocers said on Monday that they had agreed to merge in an all-stock deal valued at about $2.8 billion, as traditional supermarkets struggle to fend off discount chains and warehouse clubs.

Harvest Fare, based in Columbus, Ohio, and Lindqvist Markets of Minneapolis would together operate about 640 stores in nine states. The companies expect the deal to close in the fourth quarter, pending approval by shareholders and antitrust regulators. It would be the largest combination in the grocery industry since 2007.

Talks began in earnest in February, according to people briefed on the negotiations, though the two chains had held informal discussions as far back as 2009. Both boards approved the agreement late Sunday.

"This is a business where scale matters more every year," said Dana Whitcomb, Harvest Fare's chief executive, who will lead the combined company. "You either grow or you get squeezed."

Supermarket profit margins have thinned for most of the past decade. Harvest Fare's same-store sales fell 1.2 percent in the fiscal first quarter, which ended April 28, and Lindqvist reported flat sales for the 12 weeks that ended May 19.

The companies said they expected to save about $150 million a year by the end of 2014, mostly by combining purchasing and distribution. They said no stores would close for 18 months after the deal was completed.

Shares of Lindqvist jumped 22 percent on Monday, to $31.40, while Harvest Fare rose 3 percent.

The announcement comes a week after a rival, Great Plains Foods, said it would close 30 underperforming stores by the end of the summer. In the 1990s, the region was home to more than a dozen independent grocery chains; fewer than five remain.

Analysts said regulators would look closely at stores that overlap in Wisconsin and Iowa. "The Federal Trade Commission has been more aggressive recently," said Martin Guzik, a retail analyst at Brenner Securities. "I wouldn't be surprised if they ask for 40 or 50 stores to be sold."

The combined company will hold its first investor day in New York on Sept. 25 and will report results quarterly under the Harvest Fare name. The Lindqvist family, which founded its chain in 1921, will own about 14 percent of the new company.

Erik Lindqvist, 61, the chain's chief executive, said he would step down after a transition of six months. "I've been doing this for 34 years," Mr. Lindqvist said. "It's time for someone else."
""", [
    ('Monday', 'DATE', '2012-06-18'),
    ('the fourth quarter', 'DATE', '2012-Q4'),
    ('2007', 'DATE', '2007'),
    ('February', 'DATE', '2012-02'),
    ('2009', 'DATE', '2009'),
    ('late Sunday', 'DATE|TIME', '2012-06-17|2012-06-17TNI'),
    ('every year', 'SET', 'P1Y'),
    ('the past decade', 'DURATION', 'P1DE|P10Y'),
    ('the fiscal first quarter', 'DATE', '2012-Q1|FY2012-Q1|FY2013-Q1'),
    ('April 28', 'DATE', '2012-04-28'),
    ('the 12 weeks', 'DURATION', 'P12W'),
    ('May 19', 'DATE', '2012-05-19'),
    ('a year', 'SET', 'P1Y'),
    ('the end of 2014', 'DATE', '2014'),
    ('18 months', 'DURATION', 'P18M'),
    ('Monday', 'DATE', '2012-06-18'),
    ('a week', 'DURATION|DATE', 'P1W|2012-W24'),
    ('the end of the summer', 'DATE', '2012-SU'),
    ('the 1990s', 'DATE', '199'),
    ('recently', 'DATE', 'PAST_REF'),
    ('Sept. 25', 'DATE', '2012-09-25'),
    ('quarterly', 'SET', 'P3M|XXXX-QX'),
    ('1921', 'DATE', '1921'),
    ('six months', 'DURATION', 'P6M'),
    ('34 years', 'DURATION', 'P34Y'),
]),
# 7. AP, Midwest deep freeze, day-by-day weekdays (2014)
('2014-01-08', 'auto', """Deep freeze eases, but burst pipes and stranded travelers linger

CHICAGO (AP) — The brutal cold that gripped much of the country this week finally began to ease Wednesday, though not before it burst pipes, grounded thousands of flights and pushed temperatures to lows not seen in nearly 20 years.

Forecasters said much of the Midwest would climb above freezing by the weekend, a swing of more than 50 degrees in five days. "By Saturday it's going to feel downright balmy compared with Monday," said National Weather Service meteorologist Laura Pinto.

At least 21 deaths have been blamed on the cold since Sunday, most of them people who were found outdoors or who suffered heart attacks while shoveling snow.

Airlines canceled more than 3,000 flights Tuesday, on top of about 4,500 on Monday, according to the tracking service FlightAware. At one point Tuesday afternoon, nearly half of the departures from O'Hare International Airport had been scrapped.

In Indianapolis, the mayor lifted a travel ban at 6 a.m. Wednesday after three days. Schools in Minneapolis and St. Paul, closed since Monday, will reopen Thursday.

About 500 passengers on three Chicago-bound Amtrak trains were stuck Monday night when snowdrifts blocked the tracks in western Illinois. They finally reached Chicago by bus Tuesday morning.

Utilities across the region reported record demand for natural gas on Tuesday. The last time Chicago saw temperatures this low was in the mid-1990s.

"This is the kind of cold people tell their grandchildren about," said Denise Ortiz, who has run a homeless shelter on the city's South Side for 15 years. The shelter, which normally takes in about 80 people a night, housed 140 on Monday night.

Plumbers said the calls would keep coming for days. "Every January we get a cold snap, but I've never seen anything like the last 48 hours," said Mike Sobczak, who runs a plumbing business in suburban Oak Lawn.

Cities were also bracing for what comes next: the thaw. Officials in Detroit and Cleveland warned that melting snow and ice could cause flooding over the weekend and into next week.

The upper Midwest has warmed in recent decades, climatologists say, which is one reason this week's cold felt like such a shock. The National Weather Service expects the next blast of Arctic air in about 10 days.
""", [
    ('this week', 'DATE', '2014-W02'),
    ('Wednesday', 'DATE', '2014-01-08'),
    ('nearly 20 years', 'DURATION', 'P20Y'),
    ('the weekend', 'DATE', '2014-W02-WE'),
    ('five days', 'DURATION', 'P5D'),
    ('Saturday', 'DATE', '2014-01-11'),
    ('Monday', 'DATE', '2014-01-06'),
    ('Sunday', 'DATE', '2014-01-05'),
    ('Tuesday', 'DATE', '2014-01-07'),
    ('Monday', 'DATE', '2014-01-06'),
    ('Tuesday afternoon', 'DATE|TIME', '2014-01-07TAF'),
    ('6 a.m. Wednesday', 'TIME', '2014-01-08T06:00'),
    ('three days', 'DURATION', 'P3D'),
    ('Monday', 'DATE', '2014-01-06'),
    ('Thursday', 'DATE', '2014-01-09'),
    ('Monday night', 'DATE|TIME', '2014-01-06TNI'),
    ('Tuesday morning', 'DATE|TIME', '2014-01-07TMO'),
    ('Tuesday', 'DATE', '2014-01-07'),
    ('the mid-1990s', 'DATE', '199'),
    ('15 years', 'DURATION', 'P15Y'),
    ('a night', 'SET', 'P1D|XXXX-XX-XXTNI'),
    ('Monday night', 'DATE|TIME', '2014-01-06TNI'),
    ('days', 'DURATION', 'PXD'),
    ('Every January', 'SET', 'XXXX-01'),
    ('the last 48 hours', 'DURATION', 'PT48H'),
    ('the weekend', 'DATE', '2014-W02-WE'),
    ('next week', 'DATE', '2014-W03'),
    ('recent decades', 'DURATION|DATE', 'PXDE|PAST_REF'),
    ('this week', 'DATE', '2014-W02'),
    ('about 10 days', 'DURATION|DATE', 'P10D|2014-01-18'),
]),
# 8. Reuters, Peru mining protest truce (2012)
('2012-02-29', 'auto', """Peru, mining protesters agree 30-day truce in Cajamarca

LIMA, Feb 29 (Reuters) - Peru's government and protest leaders in the northern Cajamarca region agreed on Wednesday to a 30-day truce in a dispute over a proposed gold mine, ending a strike that had shut schools and blocked roads for 11 days.

Under the deal, reached after talks that ran past midnight on Tuesday, protesters will lift their roadblocks by 6 p.m. Thursday and the government will suspend work at the site while a panel of international experts reviews the project's environmental impact study.

The panel is due to report by March 31, and both sides will meet again in early April, the prime minister's office said in a statement.

"We are giving dialogue one more chance," said strike leader Julio Mendoza. "If they ignore the experts, we will be back on the roads in April."

The $4.8 billion project, which would be one of the largest foreign investments in Peru's history, has been on hold since November, when protests turned violent. Its operator had hoped to begin production in 2015 and has said each month of delay costs it about $2 million.

The latest strike began on Feb. 18 and escalated last week, when police fired tear gas at protesters who tried to occupy the regional airport. On Friday, the government declared a 60-day state of emergency in three provinces, the second such decree in three months.

The president, who took office in July 2011 promising poor rural areas a fairer share of mining wealth, has seen his approval rating slide to 47 percent, according to a poll published on Sunday.

Mining accounts for about 60 percent of Peru's exports, and companies have announced some $50 billion in planned investment over the next decade.

Analysts said the truce would buy time but not resolve the underlying conflict. "Every few months we see the same cycle," said Lima-based political analyst Carmen Rojas. "The government negotiates, the protesters go home, and nothing changes until the next crisis."

Peru's ombudsman's office counted 229 social conflicts in January, most of them linked to mining or oil, up from about 150 two years ago.

The regional president, who has sided with the protesters, faces a recall vote later this year, and regional elections are due in October 2014.

(Reporting by Teresa Cespedes; Writing by Marco Aquino; Editing by Peter Murphy)
""", [
    ('30-day', 'DURATION', 'P30D'),
    ('Feb 29', 'DATE', '2012-02-29'),
    ('Wednesday', 'DATE', '2012-02-29'),
    ('30-day', 'DURATION', 'P30D'),
    ('11 days', 'DURATION', 'P11D'),
    ('midnight on Tuesday', 'TIME', '2012-02-28T24:00|2012-02-29T00:00'),
    ('6 p.m. Thursday', 'TIME', '2012-03-01T18:00'),
    ('March 31', 'DATE', '2012-03-31'),
    ('early April', 'DATE', '2012-04'),
    ('April', 'DATE', '2012-04'),
    ('November', 'DATE', '2011-11'),
    ('2015', 'DATE', '2015'),
    ('each month', 'SET', 'P1M'),
    ('Feb. 18', 'DATE', '2012-02-18'),
    ('last week', 'DATE', '2012-W08'),
    ('Friday', 'DATE', '2012-02-24'),
    ('60-day', 'DURATION', 'P60D'),
    ('three months', 'DURATION', 'P3M'),
    ('July 2011', 'DATE', '2011-07'),
    ('Sunday', 'DATE', '2012-02-26'),
    ('the next decade', 'DURATION', 'P1DE|P10Y'),
    ('Every few months', 'SET', 'PXM'),
    ('January', 'DATE', '2012-01'),
    ('two years ago', 'DATE', '2010|2010-01'),
    ('later this year', 'DATE', '2012'),
    ('October 2014', 'DATE', '2014-10'),
]),
# 9. BBC, part-nationalised bank half-year results (2013)
('2013-07-30', 'auto', """Brightwater Bank returns to profit as bad debts fall

Brightwater Bank has returned to profit for the first time since 2010, helped by a sharp fall in bad debts and lower costs.

The bank, which is 39% owned by the taxpayer, made a pre-tax profit of £1.1bn in the six months to the end of June, compared with a loss of £439m a year earlier.

Chief executive Alan Whitford said the results, published on Tuesday, showed the bank was "on track" to return to full private ownership. "Two years ago we were losing money on a third of our loans. Today we are a simpler, safer bank," he said.

The government bought its stake at the height of the financial crisis in October 2008. The Chancellor said last month that he hoped to begin selling the shares "in the coming months", and analysts expect a first sale before the end of the year, possibly as early as September.

Impairment charges fell by 38% in the first half to £1.3bn. The bank also set aside a further £300m to compensate customers who were mis-sold payment protection insurance (PPI), taking its total provision to £6.5bn since 2011.

It said it was now handling about 40,000 PPI complaints a month, down from 100,000 at the peak in spring 2012, and expected the number to keep falling through 2014.

Shares in the bank rose 4% in London.

The bank has cut 15,000 jobs over the past two years and said it would close another 200 branches by the end of 2014. It also plans to pay its first dividend since the crisis next year, subject to approval from the Prudential Regulation Authority.

Sarah Khan, a banking analyst at Westbury Capital, said: "The second quarter was the cleanest set of numbers we've seen from them in five years. The question now is whether the recovery in the UK economy lasts into the winter."

Last week, official figures showed the UK economy grew by 0.6% between April and June, twice the rate of the previous three months.

The bank will publish its third-quarter figures on 30 October. Rival lenders report on Wednesday and Friday.
""", [
    ('2010', 'DATE', '2010'),
    ('the six months', 'DURATION', 'P6M'),
    ('the end of June', 'DATE', '2013-06'),
    ('a year earlier', 'DATE', '2012-H1|2012'),
    ('Tuesday', 'DATE', '2013-07-30'),
    ('Two years ago', 'DATE', '2011'),
    ('Today', 'DATE', 'PRESENT_REF|2013-07-30'),
    ('October 2008', 'DATE', '2008-10'),
    ('last month', 'DATE', '2013-06'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('the end of the year', 'DATE', '2013'),
    ('September', 'DATE', '2013-09'),
    ('the first half', 'DATE', '2013-H1'),
    ('2011', 'DATE', '2011'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a month', 'SET', 'P1M'),
    ('spring 2012', 'DATE', '2012-SP'),
    ('2014', 'DATE', '2014'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('the end of 2014', 'DATE', '2014'),
    ('next year', 'DATE', '2014'),
    ('The second quarter', 'DATE', '2013-Q2'),
    ('five years', 'DURATION', 'P5Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the winter', 'DATE', '2013-WI'),
    ('Last week', 'DATE', '2013-W30'),
    ('April', 'DATE', '2013-04'),
    ('June', 'DATE', '2013-06'),
    ('the previous three months', 'DURATION|DATE', 'P3M|2013-Q1'),
    ('third-quarter', 'DATE', '2013-Q3'),
    ('30 October', 'DATE', '2013-10-30'),
    ('Wednesday', 'DATE', '2013-07-31'),
    ('Friday', 'DATE', '2013-08-02'),
]),
# 10. AFP, Ukraine's president-elect the day after the vote (2014)
('2014-05-26', 'auto', """Ukraine's president-elect promises talks with Moscow, tougher line in east

Kiev (AFP) - Ukraine's president-elect Petro Poroshenko said on Monday he would seek talks with Moscow by mid-June and travel to the rebel-held east soon after taking office, after winning Sunday's election outright.

With more than 90 percent of ballots counted, the confectionery tycoon had about 54 percent of the vote, well clear of the 50 percent needed to avoid a June 15 runoff. Former prime minister Yulia Tymoshenko trailed a distant second.

"The people of the Donbass must know that Kiev has not forgotten them," Poroshenko told a news conference. "I will be there within days."

The central election commission said final results would be announced by Thursday, and the inauguration could be held as early as next week, though parliament has yet to set a date.

Fighting flared again on Monday morning as pro-Russian gunmen took over the terminal at Donetsk airport, prompting Ukrainian forces to launch air strikes by the afternoon.

Turnout was around 60 percent nationwide but far lower in the Donetsk and Lugansk regions, where separatists, who declared independence after disputed referendums on May 11, kept most polling stations closed.

The Kremlin, which has accused Kiev of waging war on its own people over the past three months, signalled it was ready to deal with the winner. President Vladimir Putin said on Friday that Russia would respect the choice of Ukrainians.

The vote came three months after the ouster of Kremlin-backed president Viktor Yanukovych in February, following protests that began last November on Kiev's Independence Square. Russia annexed Crimea in March.

Poroshenko, who served as foreign minister from 2009 to 2010 and briefly as economy minister in 2012, said he would push for early parliamentary elections before the end of the year.

He also promised to sign the economic part of an association agreement with the European Union "in the coming weeks". The political chapters were signed on March 21.

The International Monetary Fund approved a two-year, $17 billion loan in late April, but Ukraine's economy is still expected to shrink by 5 percent this year.

In the capital, former boxing champion Vitali Klitschko was elected mayor in a vote also held on Sunday. He promised to clear the remaining protest barricades from the city centre within a month.
""", [
    ('Monday', 'DATE', '2014-05-26'),
    ('mid-June', 'DATE', '2014-06'),
    ('Sunday', 'DATE', '2014-05-25'),
    ('June 15', 'DATE', '2014-06-15'),
    ('days', 'DURATION', 'PXD'),
    ('Thursday', 'DATE', '2014-05-29'),
    ('next week', 'DATE', '2014-W23'),
    ('Monday morning', 'DATE|TIME', '2014-05-26TMO'),
    ('the afternoon', 'DATE|TIME', '2014-05-26TAF'),
    ('May 11', 'DATE', '2014-05-11'),
    ('the past three months', 'DURATION', 'P3M'),
    ('Friday', 'DATE', '2014-05-23'),
    ('three months', 'DURATION', 'P3M'),
    ('February', 'DATE', '2014-02'),
    ('last November', 'DATE', '2013-11'),
    ('March', 'DATE', '2014-03'),
    ('2009', 'DATE', '2009'),
    ('2010', 'DATE', '2010'),
    ('2012', 'DATE', '2012'),
    ('the end of the year', 'DATE', '2014'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('March 21', 'DATE', '2014-03-21'),
    ('two-year', 'DURATION', 'P2Y'),
    ('late April', 'DATE', '2014-04'),
    ('this year', 'DATE', '2014'),
    ('Sunday', 'DATE', '2014-05-25'),
    ('a month', 'DURATION', 'P1M'),
]),
# 11. NYT, Supreme Court term opens during the government shutdown (2013)
('2013-10-02', 'auto', """Supreme Court, Undeterred by Shutdown, Prepares for a Busy Term

WASHINGTON — The Supreme Court will open its new term on Monday as scheduled despite the government shutdown, the court said on Wednesday, explaining that it had enough money from fees and other funds to operate normally through at least Oct. 11.

The shutdown, which began at 12:01 a.m. Tuesday after Congress failed to agree on a spending bill, has closed national parks and sent hundreds of thousands of federal workers home without pay. The court said it would revisit its plans if the impasse lasted beyond next week.

The justices return from their summer recess to a docket that includes major cases on campaign finance, prayer at government meetings and the president's power to fill vacancies while the Senate is on break.

On Tuesday, the court will hear arguments in a challenge to the overall limits on how much an individual may give to federal candidates and parties in a two-year election cycle. Currently, a donor may give no more than $123,200 in total.

In November, the justices will consider whether a town in upstate New York violated the Constitution by opening its monthly board meetings with a prayer, a practice it began in 1999.

The recess appointments case, set for January, stems from President Obama's appointments to the National Labor Relations Board in January 2012, made during a three-day break when the Senate was holding brief pro forma sessions every three days.

"This could be as consequential a term as the last one," said Pamela Whitby, a law professor at Georgetown. "The court has been moving in one direction on money in politics for nearly a decade."

Last term, which ended in late June, the court struck down a central part of the Voting Rights Act and issued two rulings on same-sex marriage.

The justices usually hear arguments in two-week sessions from October through April and issue most of their major decisions in June. Rulings in this term's biggest cases are not expected until spring at the earliest.

Court officials said the court had never postponed the start of a term because of a lapse in funding. During the last shutdown, which lasted 21 days from December 1995 to January 1996, the justices kept to their calendar.

Mr. Obama met congressional leaders at the White House on Wednesday afternoon, but neither side signaled any movement, and House Republicans said they would vote on Thursday on a handful of bills to reopen individual agencies.
""", [
    ('Monday', 'DATE', '2013-10-07'),
    ('Wednesday', 'DATE', '2013-10-02'),
    ('Oct. 11', 'DATE', '2013-10-11'),
    ('12:01 a.m. Tuesday', 'TIME', '2013-10-01T00:01'),
    ('next week', 'DATE', '2013-W41'),
    ('summer', 'DATE', '2013-SU'),
    ('Tuesday', 'DATE', '2013-10-08'),
    ('two-year', 'DURATION', 'P2Y'),
    ('Currently', 'DATE', 'PRESENT_REF'),
    ('November', 'DATE', '2013-11'),
    ('monthly', 'SET', 'P1M'),
    ('1999', 'DATE', '1999'),
    ('January', 'DATE', '2014-01'),
    ('January 2012', 'DATE', '2012-01'),
    ('three-day', 'DURATION', 'P3D'),
    ('every three days', 'SET', 'P3D'),
    ('nearly a decade', 'DURATION', 'P1DE|P10Y'),
    ('late June', 'DATE', '2013-06'),
    ('two-week', 'DURATION', 'P2W'),
    ('October', 'DATE', 'XXXX-10'),
    ('April', 'DATE', 'XXXX-04'),
    ('June', 'DATE', 'XXXX-06'),
    ('spring', 'DATE', '2014-SP'),
    ('21 days', 'DURATION', 'P21D'),
    ('December 1995', 'DATE', '1995-12'),
    ('January 1996', 'DATE', '1996-01'),
    ('Wednesday afternoon', 'DATE|TIME', '2013-10-02TAF'),
    ('Thursday', 'DATE', '2013-10-03'),
]),
# 12. AP, Greek presidential vote fails, snap election called (2014)
('2014-12-29', 'auto', """Greek lawmakers fail to elect president, forcing early election

ATHENS, Greece (AP) — Greece will hold an early general election next month after lawmakers on Monday failed for a third time to elect a new head of state, a setback that sent Greek stocks tumbling and revived fears about the country's future in the euro.

The government's candidate, former European Commissioner Stavros Dimas, won 168 votes in the 300-seat Parliament, 12 short of the 180 he needed. He had received 160 votes in the first round on Dec. 17 and 168 in the second round six days later.

Under the constitution, Parliament must now be dissolved within 10 days. Prime Minister Antonis Samaras said the election would be held Jan. 25, and urged voters not to "gamble away" the sacrifices of the past five years.

Athens stocks fell as much as 11 percent shortly after the vote before closing down 3.9 percent. The yield on Greece's 10-year bond rose above 9 percent for the first time since early December.

Opinion polls show the left-wing Syriza party, which wants to renegotiate the terms of Greece's bailouts, ahead by about 3 percentage points. Its leader, Alexis Tsipras, said Monday that "in a few weeks, austerity will be history."

The International Monetary Fund said it would suspend talks on its next loan payment until a new government was in place. Greece's current bailout from its eurozone partners expires at the end of February, after being extended earlier this month by two months.

Greece has received about 240 billion euros in rescue loans since May 2010 in exchange for harsh spending cuts that helped push unemployment above 25 percent. The economy returned to modest growth this year after six years of recession.

"Everyone is tired," said Eleni Markou, a pharmacist in central Athens. "We vote every two years and nothing changes."

Samaras had brought the presidential vote forward by two months, hoping to end months of political uncertainty before talks with creditors resumed. President Karolos Papoulias' term ends in March.

European officials stressed on Monday that Greece must stick to its commitments regardless of who wins. The new Parliament will have to try again to elect a president within weeks of its first session.
""", [
    ('next month', 'DATE', '2015-01'),
    ('Monday', 'DATE', '2014-12-29'),
    ('Dec. 17', 'DATE', '2014-12-17'),
    ('six days', 'DURATION|DATE', 'P6D|2014-12-23'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('10 days', 'DURATION', 'P10D'),
    ('Jan. 25', 'DATE', '2015-01-25'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('10-year', 'DURATION', 'P10Y'),
    ('early December', 'DATE', '2014-12'),
    ('Monday', 'DATE', '2014-12-29'),
    ('a few weeks', 'DURATION', 'PXW'),
    ('the end of February', 'DATE', '2015-02'),
    ('earlier this month', 'DATE', '2014-12'),
    ('two months', 'DURATION', 'P2M'),
    ('May 2010', 'DATE', '2010-05'),
    ('this year', 'DATE', '2014'),
    ('six years', 'DURATION', 'P6Y'),
    ('every two years', 'SET', 'P2Y'),
    ('two months', 'DURATION', 'P2M'),
    ('months', 'DURATION', 'PXM'),
    ('March', 'DATE', '2015-03'),
    ('Monday', 'DATE', '2014-12-29'),
    ('weeks', 'DURATION', 'PXW'),
]),
]
