# Gold TIMEX3 probe set 65: twelve business and general news stories of 2000-2024 in the styles of Reuters, Bloomberg, AP, the Financial Times, CNBC and regional papers, kept unseen, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Reuters, company results (2004)
('2004-04-21', 'auto', """Harlow Instruments first-quarter profit rises 18 pct, lifts outlook

CHICAGO, April 21 (Reuters) - Harlow Instruments Inc <HRLW.N> on Wednesday posted an 18 percent rise in first-quarter profit, helped by strong demand for its industrial sensors in Asia, and raised its forecast for fiscal 2004.

The Chicago-based maker of measurement equipment said net income rose to $42.6 million, or 61 cents a share, from $36.1 million, or 52 cents, a year earlier. Revenue climbed 11 percent to $388 million.

Analysts on average had expected earnings of 57 cents a share, according to Reuters Estimates.

"We saw orders pick up in February and that momentum carried through March," Chief Executive Dennis Kowalczyk said on a conference call with analysts. "Our backlog is the strongest it has been in three years."

Harlow now expects 2004 earnings of $2.45 to $2.55 a share, up from its January forecast of $2.30 to $2.40.

The results come a week after rival Ostend Controls <OSC.N> warned that second-quarter sales would fall short of expectations because of weak spending by U.S. automakers. Harlow said it had seen no such slowdown so far this month.

Kowalczyk said the company would spend about $60 million over the next two years to expand a plant in Penang, Malaysia, which opened in 1998. The expansion is expected to be finished by mid-2005.

Harlow, which cut about 900 jobs in 2001 and 2002 as the technology slump hit its telecom customers, has reported rising profit since the middle of last year. It plans to resume its dividend in July, the company said, after suspending the payout for nearly two years.

Shares of Harlow rose 4.2 percent to $38.15 in after-hours trading after closing at $36.61 on the New York Stock Exchange. The stock has gained about 27 percent since the start of the year.

The company will hold its shareholders meeting on May 12 in Chicago.
""", [
    ('first-quarter', 'DATE', '2004-Q1'),
    ('April 21', 'DATE', '2004-04-21'),
    ('Wednesday', 'DATE', '2004-04-21'),
    ('first-quarter', 'DATE', '2004-Q1'),
    ('fiscal 2004', 'DATE', 'FY2004|2004'),
    ('a year earlier', 'DATE', '2003-Q1|2003'),
    ('February', 'DATE', '2004-02'),
    ('March', 'DATE', '2004-03'),
    ('three years', 'DURATION', 'P3Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2004', 'DATE', '2004'),
    ('January', 'DATE', '2004-01'),
    ('a week', 'DURATION', 'P1W'),
    ('second-quarter', 'DATE', '2004-Q2'),
    ('this month', 'DATE', '2004-04'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('1998', 'DATE', '1998'),
    ('mid-2005', 'DATE', '2005'),
    ('2001', 'DATE', '2001'),
    ('2002', 'DATE', '2002'),
    ('the middle of last year', 'DATE', '2003'),
    ('July', 'DATE', '2004-07'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('the start of the year', 'DATE', '2004'),
    ('May 12', 'DATE', '2004-05-12'),
]),
# 2. AP, hospital nurses strike (2011)
('2011-10-14', 'auto', """Nurses at 3 Ohio hospitals walk out over staffing, pay

By MARGARET HOLLIS
Associated Press

TOLEDO, Ohio (AP) - About 2,300 nurses at three northwest Ohio hospitals went on strike early Friday after talks with the Maumee Valley Health System broke down late Thursday.

The walkout is the first at the hospitals since 1996, when nurses stayed off the job for 41 days. It is set to last five days, but union leaders said it could be extended if the system does not return to the table.

Negotiators had met for nearly 14 hours in a last attempt to avert the strike. The previous three-year contract expired Sept. 30, and nurses have been working without one for two weeks.

"We didn't want to be out here this morning," said Donna Reyes, 52, a cardiac nurse who has worked at St. Anne's Medical Center for 26 years. "But we've been short-staffed for months, and management keeps telling us to wait."

The Ohio Nurses Association says the hospitals have cut about 180 nursing positions since 2009 through attrition. The union wants nurse-to-patient ratios written into the contract and raises of 3 percent a year over three years.

Maumee Valley spokesman Greg Tillman said the system's offer, which includes raises totaling 6 percent, was "fair and responsible" given a drop in Medicaid payments last year. He said replacement nurses hired through a Colorado staffing agency began arriving Wednesday and all three hospitals would remain open.

Tillman said the replacement nurses were hired under a five-day contract, which is why the system told the union in early October that any strike would mean a lockout through Tuesday. Nurses who try to return before 7 a.m. Wednesday will not be allowed in, he said.

Elective surgeries scheduled for this week were postponed, and some patients were transferred to other hospitals on Thursday night.

The nurses last voted on a contract offer Oct. 6, rejecting it 1,912 to 214. A federal mediator has been involved since August.

No new talks were scheduled as of Friday afternoon. Union president Karen Ostrowski said the nurses were ready to meet "today, tomorrow, this weekend - whenever they call."

Picket lines will be staffed in four-hour shifts, she said.
""", [
    ('early Friday', 'DATE', '2011-10-14'),
    ('late Thursday', 'DATE', '2011-10-13'),
    ('1996', 'DATE', '1996'),
    ('41 days', 'DURATION', 'P41D'),
    ('five days', 'DURATION', 'P5D'),
    ('nearly 14 hours', 'DURATION', 'PT14H'),
    ('three-year', 'DURATION', 'P3Y'),
    ('Sept. 30', 'DATE', '2011-09-30'),
    ('two weeks', 'DURATION', 'P2W'),
    ('this morning', 'DATE|TIME', '2011-10-14TMO'),
    ('26 years', 'DURATION', 'P26Y'),
    ('months', 'DURATION', 'PXM'),
    ('2009', 'DATE', '2009'),
    ('a year', 'SET', 'P1Y'),
    ('three years', 'DURATION', 'P3Y'),
    ('last year', 'DATE', '2010'),
    ('Wednesday', 'DATE', '2011-10-12'),
    ('five-day', 'DURATION', 'P5D'),
    ('early October', 'DATE', '2011-10'),
    ('Tuesday', 'DATE', '2011-10-18'),
    ('7 a.m. Wednesday', 'TIME', '2011-10-19T07:00'),
    ('this week', 'DATE', '2011-W41'),
    ('Thursday night', 'DATE|TIME', '2011-10-13TNI'),
    ('Oct. 6', 'DATE', '2011-10-06'),
    ('August', 'DATE', '2011-08'),
    ('Friday afternoon', 'DATE|TIME', '2011-10-14TAF'),
    ('today', 'DATE', '2011-10-14'),
    ('tomorrow', 'DATE', '2011-10-15'),
    ('this weekend', 'DATE', '2011-W41-WE'),
    ('four-hour', 'DURATION', 'PT4H'),
]),
# 3. Bloomberg, metals markets (2019)
('2019-08-06', 'auto', """Copper Slumps to Two-Year Low as Trade War Fears Deepen

By Thomas Keller

(Bloomberg) -- Copper fell to the lowest in more than two years as investors braced for a prolonged trade conflict between the U.S. and China, the world's biggest consumer of industrial metals.

Futures for three-month delivery on the London Metal Exchange dropped as much as 1.9% to $5,697 a metric ton on Tuesday, the lowest since June 2017, before paring losses. Prices have declined 9% since mid-April, and aluminum and zinc also fell.

The selloff deepened after China let its currency weaken past 7 per dollar on Monday for the first time in more than a decade, a move that the U.S. Treasury answered hours later by labeling Beijing a currency manipulator. President Donald Trump said last week he would impose a 10% tariff on a further $300 billion of Chinese goods starting Sept. 1.

"The market is now pricing in a much longer fight," said Elena Sato, an analyst at Crestline Commodities in Singapore. "A month ago people were talking about a deal by the end of the year. That looks very optimistic."

Chinese factory data released last Wednesday showed manufacturing contracted again in July. Traders will watch trade figures due Thursday and inflation numbers scheduled for Friday for further signs of weakness.

Copper stockpiles in LME warehouses have more than doubled since March, while fund managers have held a net short position on Comex for 16 consecutive weeks, the longest stretch since 2014, according to data from the Commodity Futures Trading Commission.

Miners are feeling the pressure. Shares of Andes Copper Corp. have fallen 22% this year, and the Santiago-based company said in its second-quarter report on Monday that it would delay a $1.2 billion expansion at its flagship mine until 2021.

Some analysts say the slump may be overdone. Goldman Sachs Group Inc. said in a note to clients Tuesday that supply disruptions in Chile and Peru could tighten the market in the fourth quarter, and kept a 12-month target of $6,200 a ton.

Copper for September delivery on Comex was down 0.8% at $2.57 a pound at 10:42 a.m. in New York.
""", [
    ('Two-Year', 'DURATION', 'P2Y'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('three-month', 'DURATION', 'P3M'),
    ('Tuesday', 'DATE', '2019-08-06'),
    ('June 2017', 'DATE', '2017-06'),
    ('mid-April', 'DATE', '2019-04'),
    ('Monday', 'DATE', '2019-08-05'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('hours later', 'DURATION', 'PTXH'),
    ('last week', 'DATE', '2019-W31'),
    ('Sept. 1', 'DATE', '2019-09-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('A month ago', 'DATE', '2019-07'),
    ('the end of the year', 'DATE', '2019|2019-12'),
    ('last Wednesday', 'DATE', '2019-07-31'),
    ('July', 'DATE', '2019-07'),
    ('Thursday', 'DATE', '2019-08-08'),
    ('Friday', 'DATE', '2019-08-09'),
    ('March', 'DATE', '2019-03'),
    ('16 consecutive weeks', 'DURATION', 'P16W'),
    ('2014', 'DATE', '2014'),
    ('this year', 'DATE', '2019'),
    ('second-quarter', 'DATE', '2019-Q2'),
    ('Monday', 'DATE', '2019-08-05'),
    ('2021', 'DATE', '2021'),
    ('Tuesday', 'DATE', '2019-08-06'),
    ('the fourth quarter', 'DATE', '2019-Q4'),
    ('12-month', 'DURATION', 'P12M|P1Y'),
    ('September', 'DATE', '2019-09'),
    ('10:42 a.m.', 'TIME', '2019-08-06T10:42'),
]),
# 4. Financial Times, takeover (2007)
('2007-11-12', 'auto', """Brenner agrees £2.1bn takeover of Hallam Foods

By Sarah Whitcombe in London

Brenner Group, the Dutch packaged-food company, has agreed to buy Hallam Foods for £2.1bn in cash, ending a three-month bidding contest and creating Europe's third-largest maker of chilled ready meals.

The Hallam board said on Monday it would recommend Brenner's improved offer of 415p a share to shareholders, a 38 per cent premium to the price on August 3, before Hallam confirmed it had received an approach.

The deal comes a week after Kestrel Capital, the US private equity group, walked away from the contest, saying it could not justify a higher price as credit markets tightened. Kestrel had offered 380p in September.

Brenner, which has made four acquisitions since 2003, expects the deal to add to earnings from 2009 and to produce cost savings of £60m by 2010. About 400 jobs are likely to go over the next three years, mostly in head office functions in Leeds.

"This has taken longer than we hoped, but we were always prepared to be patient," Pieter van Dam, Brenner's chief executive, told the Financial Times. "Hallam has a strong brand and a management team we rate."

Hallam shares closed 6 per cent higher at 409p on Monday. They have risen by more than half since the summer.

Founded in Sheffield in 1952, Hallam has struggled in recent years as supermarkets pushed their own-label ranges. Its profits fell in each of the past three years, and it issued a profit warning in March.

Shareholders will vote on the scheme at a meeting expected in mid-December, and the deal is due to close in the first quarter of next year, subject to clearance from the European Commission. Brenner said it would finance the purchase from existing cash and a new €2bn loan facility that runs until 2012.

Analysts said the price looked full. "Brenner is paying for synergies it hasn't yet proved it can deliver," said Tom Ashby of Marlowe Securities. "The next 12 months will tell us whether this was a good deal."

Brenner will publish a trading update on Thursday.
""", [
    ('three-month', 'DURATION', 'P3M'),
    ('Monday', 'DATE', '2007-11-12'),
    ('August 3', 'DATE', '2007-08-03'),
    ('a week', 'DURATION', 'P1W'),
    ('September', 'DATE', '2007-09'),
    ('2003', 'DATE', '2003'),
    ('2009', 'DATE', '2009'),
    ('2010', 'DATE', '2010'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('Monday', 'DATE', '2007-11-12'),
    ('the summer', 'DATE', '2007-SU'),
    ('1952', 'DATE', '1952'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('March', 'DATE', '2007-03'),
    ('mid-December', 'DATE', '2007-12'),
    ('the first quarter of next year', 'DATE', '2008-Q1'),
    ('2012', 'DATE', '2012'),
    ('The next 12 months', 'DURATION', 'P12M|P1Y'),
    ('Thursday', 'DATE', '2007-11-15'),
]),
# 5. CNBC, retail earnings and markets (2022)
('2022-05-18', 'auto', """Northfield shares plunge 22% after retailer's profit is cut in half by soaring costs

Published Wed, May 18 2022 9:47 AM EDT

Shares of Northfield Stores tumbled 22% on Wednesday morning after the discount retailer said its first-quarter profit fell by half as higher freight and fuel costs ate into margins.

It was the stock's steepest drop since November 2008.

Northfield earned $1.19 a share, down from $2.41 a year ago, on revenue of $25.2 billion. Analysts polled by Refinitiv had expected $2.07.

CEO Laura Whitfield told analysts on a conference call that the company had been caught off guard by how quickly shoppers shifted spending in recent weeks, away from TVs, furniture and outdoor gear toward groceries and household basics.

"We expected this shift to happen, but not this fast," she said. "We're carrying too much of the wrong inventory right now, and we'll be marking it down over the next few months."

Inventory rose 43% from a year ago, to $15.1 billion.

The company cut its operating margin forecast for fiscal 2022 to about 5.3%, from at least 6%. Whitfield said she expects margins to recover in the second half of the year as freight contracts reset.

Northfield's results followed a similar warning from Walmart on Tuesday, which sent its shares down 11%, their biggest one-day drop since 1987. The two reports dragged the S&P 500 retail index down nearly 9% this week.

Consumer spending has held up so far this year, with retail sales rising 0.9% in April, the Commerce Department said Tuesday. But inflation hit 8.3% in April, near a 40-year high, and economists say lower-income households are starting to pull back.

"The consumer is not broken, but the consumer is changing," said Dana Feld, a retail analyst at Pinebrook Research. "For two years, people bought stuff for their homes. Now they're buying gas and eggs."

Northfield, which has about 1,900 stores, has spent heavily since 2017 on faster delivery and store remodels. It said it still plans to open about 30 stores this year and will keep raising its starting wage.

The company will hold an investor meeting on June 8. It next reports earnings in August.
""", [
    ('Wed, May 18 2022 9:47 AM EDT', 'TIME', '2022-05-18T09:47'),
    ('Wednesday morning', 'DATE|TIME', '2022-05-18TMO'),
    ('first-quarter', 'DATE', '2022-Q1'),
    ('November 2008', 'DATE', '2008-11'),
    ('a year ago', 'DATE', '2021'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('the next few months', 'DURATION', 'PXM'),
    ('a year ago', 'DATE', '2021'),
    ('fiscal 2022', 'DATE', 'FY2022|2022'),
    ('the second half of the year', 'DATE', '2022-H2'),
    ('Tuesday', 'DATE', '2022-05-17'),
    ('one-day', 'DURATION', 'P1D'),
    ('1987', 'DATE', '1987'),
    ('this week', 'DATE', '2022-W20'),
    ('this year', 'DATE', '2022'),
    ('April', 'DATE', '2022-04'),
    ('Tuesday', 'DATE', '2022-05-17'),
    ('April', 'DATE', '2022-04'),
    ('40-year', 'DURATION', 'P40Y'),
    ('two years', 'DURATION', 'P2Y'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('2017', 'DATE', '2017'),
    ('this year', 'DATE', '2022'),
    ('June 8', 'DATE', '2022-06-08'),
    ('August', 'DATE', '2022-08'),
]),
# 6. Regional paper, local store closing (2001)
('2001-02-09', 'auto', """Mill Street hardware store to close after 84 years

By JANET CORLISS
Recorder Staff

GREENFIELD - Bascom Hardware, the Mill Street store that has sold nails, paint and advice to three generations of Greenfield residents, will close its doors for good at the end of March.

Owner Walter Bascom, 71, said Thursday that he had tried for nearly two years to find a buyer willing to keep the business going, but no one came forward. The building has been sold to a developer who plans to convert it into offices and apartments.

"My grandfather opened this store in 1917 and I started sweeping floors here when I was 9," Bascom said. "It's been my whole life. But the numbers just don't work anymore."

Sales at the store have fallen by about a third since a Home Depot opened on Route 2 in the fall of 1998, Bascom said. Another chain store is expected to open nearby this spring.

A going-out-of-business sale starts Monday, with 20 percent off everything. Discounts will increase every week until the store closes, Bascom said.

The store's seven employees, including two who have worked there for more than 30 years, will receive severance pay, Bascom said.

Mayor Christine Forbes called the closing "a real loss for downtown" and said the city would hold a small ceremony at the store on Saturday, March 31, when the doors close for the last time.

The closing is the third on Mill Street in the past year. Riverside Books shut down last summer, and the Hillcrest Diner closed in December after 46 years.

Downtown Business Association President Paul Levesque said the group will meet next Tuesday to discuss ways to attract new shops, including a proposal for free two-hour parking on Main and Mill streets.

"We can't bring back the way things were," Levesque said. "But we can make sure downtown stays alive."

Customers stopping by Thursday afternoon shared memories. Ruth Maynard, 80, said she bought her first lawn mower at Bascom's in 1948 and still has it.

"They'll fix anything for you, and they never tried to sell you something you didn't need," she said.
""", [
    ('84 years', 'DURATION', 'P84Y'),
    ('the end of March', 'DATE', '2001-03'),
    ('Thursday', 'DATE', '2001-02-08'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('1917', 'DATE', '1917'),
    ('the fall of 1998', 'DATE', '1998-FA'),
    ('this spring', 'DATE', '2001-SP'),
    ('Monday', 'DATE', '2001-02-12'),
    ('every week', 'SET', 'P1W'),
    ('more than 30 years', 'DURATION', 'P30Y'),
    ('Saturday, March 31', 'DATE', '2001-03-31'),
    ('the past year', 'DURATION', 'P1Y'),
    ('last summer', 'DATE', '2000-SU'),
    ('December', 'DATE', '2000-12'),
    ('46 years', 'DURATION', 'P46Y'),
    ('next Tuesday', 'DATE', '2001-02-13'),
    ('two-hour', 'DURATION', 'PT2H'),
    ('Thursday afternoon', 'DATE|TIME', '2001-02-08TAF'),
    ('1948', 'DATE', '1948'),
]),
# 7. AP, hurricane flooding (2016)
('2016-10-10', 'auto', """Rivers still rising in North Carolina days after storm

By JEFFREY COLE and MARTHA WADE
Associated Press

CARVERTON, N.C. (AP) - Rescuers in boats pulled hundreds of people from flooded homes in eastern North Carolina on Monday as rivers swollen by the remnants of Hurricane Matthew kept rising, two days after the storm moved out to sea.

Tar Creek at Carverton was expected to crest Tuesday evening at nearly 8 feet above flood stage, breaking the record set during Hurricane Floyd in 1999, the National Weather Service said. Officials ordered about 3,500 residents to leave by noon Monday.

"The sun is out, and people think it's over. It's not over," Gov. Pat McCrory said at a news conference Monday morning. "The worst flooding in some of these communities is still ahead of us."

At least 11 people have died in the state since Saturday, most of them in cars swept away by floodwater, McCrory said. About 400,000 homes and businesses were still without power, down from 800,000 on Sunday.

Matthew dumped more than 15 inches of rain on parts of the region over the weekend, on ground already soaked by heavy storms late last month.

In Carverton, a town of about 21,000, water covered Interstate 95 for several miles, and the main water treatment plant failed Sunday afternoon, leaving residents without running water. City officials said it could be a week before service is restored.

Linda Pressley, 64, waited at a shelter at the county high school with her two grandsons. She said she had lived in her house on Fifth Street for 30 years and had never seen water come up so fast.

"At 3 o'clock Sunday morning we were dry. By 6 a.m. it was up to the windows," she said.

Schools in Robeson and five other counties will stay closed through Wednesday. The state Department of Transportation said more than 600 roads remained closed, and warned that it could take weeks to inspect damaged bridges.

President Barack Obama signed a disaster declaration for North Carolina on Sunday, freeing federal money for debris removal and emergency shelters. Federal Emergency Management Agency teams arrived Sunday night.

Matthew killed hundreds of people in Haiti last week before sweeping up the coast of Florida, Georgia and South Carolina. It was the strongest Atlantic hurricane since Felix in 2007.
""", [
    ('days', 'DURATION', 'PXD'),
    ('Monday', 'DATE', '2016-10-10'),
    ('two days', 'DURATION', 'P2D'),
    ('Tuesday evening', 'DATE|TIME', '2016-10-11TEV'),
    ('1999', 'DATE', '1999'),
    ('noon Monday', 'TIME', '2016-10-10T12:00'),
    ('Monday morning', 'DATE|TIME', '2016-10-10TMO'),
    ('Saturday', 'DATE', '2016-10-08'),
    ('Sunday', 'DATE', '2016-10-09'),
    ('the weekend', 'DATE', '2016-W40-WE'),
    ('late last month', 'DATE', '2016-09'),
    ('Sunday afternoon', 'DATE|TIME', '2016-10-09TAF'),
    ('a week', 'DURATION', 'P1W'),
    ('30 years', 'DURATION', 'P30Y'),
    ('3 o\'clock Sunday morning', 'TIME', '2016-10-09T03:00'),
    ('6 a.m.', 'TIME', '2016-10-09T06:00'),
    ('Wednesday', 'DATE', '2016-10-12'),
    ('weeks', 'DURATION', 'PXW'),
    ('Sunday', 'DATE', '2016-10-09'),
    ('Sunday night', 'DATE|TIME', '2016-10-09TNI'),
    ('last week', 'DATE', '2016-W40'),
    ('2007', 'DATE', '2007'),
]),
# 8. Reuters, U.S. employment report (2014)
('2014-07-03', 'auto', """U.S. job growth surges in June; jobless rate falls to 6.1 pct

By Daniel Crowe

WASHINGTON, July 3 (Reuters) - U.S. employers stepped up hiring in June and the unemployment rate fell to a near six-year low of 6.1 percent, signs the economy was regaining momentum after a weather-induced slump in the first quarter.

Nonfarm payrolls increased 288,000 last month, the Labor Department said. The report was released on Thursday because of the Independence Day holiday.

Economists polled by Reuters had forecast payrolls rising 215,000. Employment gains for April and May were revised to show 29,000 more jobs created than previously reported.

The economy has now added more than 200,000 jobs for five consecutive months, the first time that has happened since the late 1990s.

"This is a solid report any way you slice it," said Marcia Tenney, chief U.S. economist at Arbor Hill Capital in New York. "Employers are clearly more confident now than they were in the spring."

The unemployment rate, which is calculated from a separate survey of households, dropped two-tenths of a percentage point to 6.1 percent, the lowest since September 2008. It has fallen 1.4 percentage points over the past 12 months.

Wages rose 6 cents, or 0.2 percent, in June. They were up 2.0 percent from a year earlier, barely keeping pace with inflation.

The strong report sent U.S. stocks higher, with the Dow Jones industrial average closing above 17,000 for the first time. Stock markets closed early, at 1 p.m. on Thursday. Prices of U.S. government debt fell.

Federal Reserve officials, who meet later this month, are likely to take note of the improvement. The Fed has been trimming its monthly bond purchases by $10 billion at each meeting since December and is expected to end them in October. Most economists do not expect an interest rate increase before the middle of next year.

Fed Chair Janet Yellen said last month that the labor market still had significant slack.

A separate report from the Labor Department on Thursday showed initial claims for state unemployment benefits rose 2,000 to a seasonally adjusted 315,000 last week.
""", [
    ('June', 'DATE', '2014-06'),
    ('July 3', 'DATE', '2014-07-03'),
    ('June', 'DATE', '2014-06'),
    ('six-year', 'DURATION', 'P6Y'),
    ('the first quarter', 'DATE', '2014-Q1'),
    ('last month', 'DATE', '2014-06'),
    ('Thursday', 'DATE', '2014-07-03'),
    ('Independence Day', 'DATE', '2014-07-04'),
    ('April', 'DATE', '2014-04'),
    ('May', 'DATE', '2014-05'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('five consecutive months', 'DURATION', 'P5M'),
    ('the late 1990s', 'DATE', '199'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the spring', 'DATE', '2014-SP'),
    ('September 2008', 'DATE', '2008-09'),
    ('the past 12 months', 'DURATION', 'P12M|P1Y'),
    ('June', 'DATE', '2014-06'),
    ('a year earlier', 'DATE', '2013-06|2013'),
    ('1 p.m. on Thursday', 'TIME', '2014-07-03T13:00'),
    ('later this month', 'DATE', '2014-07'),
    ('monthly', 'SET', 'P1M'),
    ('December', 'DATE', '2013-12'),
    ('October', 'DATE', '2014-10'),
    ('the middle of next year', 'DATE', '2015'),
    ('last month', 'DATE', '2014-06'),
    ('Thursday', 'DATE', '2014-07-03'),
    ('last week', 'DATE', '2014-W26'),
]),
# 9. Regional paper, city council tax abatement for plant expansion (2009)
('2009-06-25', 'auto', """Council backs tax break for Ridgeway plant expansion

By Tom Alvarez
The Lakeland Courier

Published: Thursday, June 25, 2009

The Lakeland City Council voted 5-2 Tuesday night to give Ridgeway Plastics a 10-year property tax abatement in exchange for a $24 million expansion that the company says will create 140 jobs by 2012.

Ridgeway, which makes containers for the food and beverage industry, has operated on the city's east side since 1974. It employs about 310 people at the plant, down from nearly 450 in 2006.

Under the agreement, Ridgeway will pay no city property taxes on the new 90,000-square-foot building for five years and half the usual amount for another five years. The company must keep employment at or above current levels for the life of the deal, or repay part of the savings.

Construction is scheduled to begin in September, and the first production lines should be running by next summer, plant manager Greg Hollis told the council.

"We looked at sites in Tennessee and Mexico over the past year," Hollis said. "Lakeland was always our first choice, but we needed the numbers to work."

Council members Ann Pruitt and Dale Strom voted against the abatement. Pruitt said the city has given away too much in recent years and noted that two companies that received similar breaks in the early 1990s later moved jobs out of state.

"We keep hearing that this time will be different," she said.

Mayor Frank Delgado, who negotiated the deal over three months, said the city could not afford to lose another employer. Lakeland's unemployment rate reached 11.4 percent in May, up from 6.8 percent a year earlier, according to state figures released last week.

The plan now goes to the Lakeland school board, which must approve its share of the abatement. The board meets July 13.

Ridgeway, a unit of Ohio-based Castellan Industries, was nearly sold in 2003. Its parent reported a loss in the first quarter and said in April it would close two smaller plants in Indiana by the end of the year.

Residents near the plant said they hoped the company would do something about truck traffic, which they say has gotten worse since last fall. Hollis said the company would build a new entrance on Ferris Road and route trucks away from homes.
""", [
    ('Thursday, June 25, 2009', 'DATE', '2009-06-25'),
    ('Tuesday night', 'DATE|TIME', '2009-06-23TNI'),
    ('10-year', 'DURATION', 'P10Y'),
    ('2012', 'DATE', '2012'),
    ('1974', 'DATE', '1974'),
    ('2006', 'DATE', '2006'),
    ('five years', 'DURATION', 'P5Y'),
    ('another five years', 'DURATION', 'P5Y'),
    ('current', 'DATE', 'PRESENT_REF'),
    ('September', 'DATE', '2009-09'),
    ('next summer', 'DATE', '2010-SU'),
    ('the past year', 'DURATION', 'P1Y'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('the early 1990s', 'DATE', '199'),
    ('three months', 'DURATION', 'P3M'),
    ('May', 'DATE', '2009-05'),
    ('a year earlier', 'DATE', '2008-05|2008'),
    ('last week', 'DATE', '2009-W25'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('July 13', 'DATE', '2009-07-13'),
    ('2003', 'DATE', '2003'),
    ('the first quarter', 'DATE', '2009-Q1'),
    ('April', 'DATE', '2009-04'),
    ('the end of the year', 'DATE', '2009|2009-12'),
    ('last fall', 'DATE', '2008-FA'),
]),
# 10. Bloomberg, oil and OPEC+ (2023)
('2023-06-05', 'auto', """Oil Jumps After Saudi Arabia Pledges Deep Output Cut for July

By Hannah Lindqvist and Omar Haddad

(Bloomberg) -- Oil climbed in Asian trading after Saudi Arabia said it would make a unilateral cut to its crude production next month, seeking to halt a slide in prices that has persisted since April.

Brent crude rose as much as 3.4% to $78.73 a barrel early Monday before paring gains, while West Texas Intermediate gained as much as 4.6%. Both benchmarks had fallen in six of the past eight weeks.

The kingdom will reduce daily output by 1 million barrels to about 9 million in July, Energy Minister Prince Abdulaziz bin Salman said at a news conference in Vienna on Sunday after a seven-hour meeting of the OPEC+ alliance. The cut could be extended beyond July, he said.

The broader group agreed to extend its existing supply curbs through the end of 2024, capping months of wrangling over production baselines for members including the United Arab Emirates, Nigeria and Angola.

"The Saudis are telling the market they are willing to carry the burden alone if they have to," said Lars Engstrom, chief commodities strategist at Nordvik Bank in Oslo. "But traders are still worried about demand, especially in China, and that won't change quickly."

OPEC+ surprised markets in early April with a cut of more than 1 million barrels, which briefly pushed Brent above $87. But the gains faded within weeks as concerns about U.S. regional banks and sluggish Chinese factory activity weighed on sentiment. Prices are down about 10% this year.

Money managers cut bullish bets on crude to the lowest in 10 years last month, according to exchange data.

The group's next full meeting is scheduled for Nov. 26 in Vienna. Until then, Saudi Arabia will review its cut each month, the minister said.

Brent for August settlement traded at $77.02 at 1:05 p.m. in Singapore.
""", [
    ('July', 'DATE', '2023-07'),
    ('next month', 'DATE', '2023-07'),
    ('April', 'DATE', '2023-04'),
    ('early Monday', 'DATE', '2023-06-05'),
    ('the past eight weeks', 'DURATION', 'P8W'),
    ('daily', 'SET', 'P1D'),
    ('July', 'DATE', '2023-07'),
    ('Sunday', 'DATE', '2023-06-04'),
    ('seven-hour', 'DURATION', 'PT7H'),
    ('July', 'DATE', '2023-07'),
    ('the end of 2024', 'DATE', '2024|2024-12'),
    ('months', 'DURATION', 'PXM'),
    ('early April', 'DATE', '2023-04'),
    ('weeks', 'DURATION', 'PXW'),
    ('this year', 'DATE', '2023'),
    ('10 years', 'DURATION', 'P10Y'),
    ('last month', 'DATE', '2023-05'),
    ('Nov. 26', 'DATE', '2023-11-26'),
    ('each month', 'SET', 'P1M'),
    ('August', 'DATE', '2023-08'),
    ('1:05 p.m.', 'TIME', '2023-06-05T13:05'),
]),
# 11. AP, airline labor dispute (2005)
('2005-03-30', 'auto', """Flight attendants at regional carrier set strike vote

By HAROLD BECK
AP Business Writer

ATLANTA (AP) - Flight attendants at Southern Skyway Airlines will vote next month on whether to authorize a strike, their union said Wednesday, after more than two years of stalled contract talks with the struggling regional carrier.

Ballots will be mailed April 8 and must be returned by 5 p.m. on April 29, the Association of Flight Attendants said. The results will be announced the following Monday.

A yes vote would not lead to an immediate walkout. Under federal law governing airline labor, the National Mediation Board would first have to declare an impasse and release the two sides, followed by a 30-day cooling-off period. The board rarely grants such requests.

Southern Skyway, which operates about 280 daily flights from hubs in Atlanta and Memphis, Tenn., has asked its 1,100 flight attendants to accept pay cuts of 12 percent and pay more for health insurance. The airline says the cuts are needed to save $180 million over five years as fuel prices soar and larger carriers squeeze what they pay regional partners.

"Our people gave up raises in 2002 and again in 2003 to help this company through the downturn after Sept. 11," union chapter president Lynn Tacoma said. "They are not going to do it a third time."

Airline spokesman Bob Carraway said the company remains "committed to reaching an agreement at the bargaining table" and noted that it reached a deal with its pilots in January. Talks with the flight attendants are scheduled to resume April 12 in Washington.

The carrier lost $46 million last year and warned in a regulatory filing this month that it could seek bankruptcy protection if it cannot cut costs by the end of the summer. Its shares have lost nearly 60 percent since the start of 2004.

The dispute comes as the airline industry struggles with record fuel costs. Delta Air Lines and Northwest Airlines have said they may seek Chapter 11 protection, and US Airways has been in bankruptcy since September.

Flight attendants at Southern Skyway last struck in the summer of 1997, walking off the job for four days. The airline's regional rival, Coastline Express, has been in federal mediation with its mechanics since late 2003.
""", [
    ('next month', 'DATE', '2005-04'),
    ('Wednesday', 'DATE', '2005-03-30'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('April 8', 'DATE', '2005-04-08'),
    ('5 p.m. on April 29', 'TIME', '2005-04-29T17:00'),
    ('the following Monday', 'DATE', '2005-05-02'),
    ('30-day', 'DURATION', 'P30D'),
    ('daily', 'SET', 'P1D'),
    ('five years', 'DURATION', 'P5Y'),
    ('2002', 'DATE', '2002'),
    ('2003', 'DATE', '2003'),
    ('Sept. 11', 'DATE', '2001-09-11'),
    ('January', 'DATE', '2005-01'),
    ('April 12', 'DATE', '2005-04-12'),
    ('last year', 'DATE', '2004'),
    ('this month', 'DATE', '2005-03'),
    ('the end of the summer', 'DATE', '2005-SU'),
    ('the start of 2004', 'DATE', '2004'),
    ('September', 'DATE', '2004-09'),
    ('the summer of 1997', 'DATE', '1997-SU'),
    ('four days', 'DURATION', 'P4D'),
    ('late 2003', 'DATE', '2003'),
]),
# 12. Regional paper, restaurants reopen during the pandemic (2020)
('2020-06-11', 'auto', """Diners return as county restaurants reopen indoor seating

By KELLY MARSH
Valley Herald

SANTA ROSITA - For the first time in nearly three months, customers sat down to eat inside Lupe's Kitchen on Wednesday, spaced six feet apart and greeted by servers in masks.

"It felt like a holiday," said owner Guadalupe Ortiz, 58, who opened the downtown restaurant in 2004. "People were so happy to be back. A couple of regulars cried."

Mesa County restaurants were allowed to reopen dining rooms at 50 percent capacity starting at 6 a.m. Wednesday, after state officials approved the county's reopening plan late last week. Indoor dining had been banned since March 17, when the county issued one of the state's first stay-at-home orders.

Ortiz said she kept the business going over the spring with takeout and delivery, but sales fell by about 70 percent in April and she had to lay off 11 of her 14 workers. She has since rehired six of them and hopes to bring back the rest by July.

Under the county's rules, tables must be at least six feet apart and parties are limited to six people. Employees must have their temperatures checked before each shift, and menus must be disposable or sanitized after each use.

The county health officer, Dr. Alan Whitaker, said the county would review its numbers weekly and could reverse course if hospitalizations rise. Mesa County reported 23 new cases on Tuesday, and its seven-day average has been falling for two weeks.

The Mesa County Restaurant Association estimates that about one in five local restaurants will not survive the pandemic. At least 40 have closed permanently since March, executive director Rachel Kim said.

"The next few months are going to decide who makes it," Kim said. Owners are counting on a strong summer and a busy Fourth of July, she said.

Bars, gyms and movie theaters remain closed. The state said last Friday that they could reopen as soon as June 19 in counties that meet its criteria, but Mesa County officials have not set a date.

At Lupe's, Ortiz has added eight tables on the sidewalk and plans to keep them after the crisis. On Wednesday night, every one was full by 7:30.

"Three months ago I didn't know if we would ever open again," she said. "Now I'm just trying to keep up."
""", [
    ('nearly three months', 'DURATION', 'P3M'),
    ('Wednesday', 'DATE', '2020-06-10'),
    ('2004', 'DATE', '2004'),
    ('6 a.m. Wednesday', 'TIME', '2020-06-10T06:00'),
    ('late last week', 'DATE', '2020-W23'),
    ('March 17', 'DATE', '2020-03-17'),
    ('the spring', 'DATE', '2020-SP'),
    ('April', 'DATE', '2020-04'),
    ('July', 'DATE', '2020-07'),
    ('weekly', 'SET', 'P1W'),
    ('Tuesday', 'DATE', '2020-06-09'),
    ('seven-day', 'DURATION', 'P7D'),
    ('two weeks', 'DURATION', 'P2W'),
    ('March', 'DATE', '2020-03'),
    ('The next few months', 'DURATION', 'PXM'),
    ('summer', 'DATE', '2020-SU'),
    ('Fourth of July', 'DATE', '2020-07-04'),
    ('last Friday', 'DATE', '2020-06-05'),
    ('June 19', 'DATE', '2020-06-19'),
    ('Wednesday night', 'DATE|TIME', '2020-06-10TNI'),
    ('7:30', 'TIME', '2020-06-10T19:30'),
    ('Three months ago', 'DATE', '2020-03'),
    ('Now', 'DATE', 'PRESENT_REF'),
]),
]
