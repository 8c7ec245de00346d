# Gold TIMEX3 probe set 57: twelve business and economics wire stories of 1995-2020 in the styles of Reuters, Bloomberg, Dow Jones Newswires, AP and the Wall Street Journal: earnings, central banks, commodities, deals and economic data, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Reuters, earnings report (1996)
('1996-04-18', 'auto', """Midland Tractor first-quarter profit rises 18 pct

CHICAGO, April 18 (Reuters) - Midland Tractor Co said on Thursday its first-quarter net income rose 18 percent, helped by strong demand for combines across the Farm Belt and a recovery in European sales, and it forecast a stronger second half.

Net income for the three months ended March 31 climbed to $42.6 million, or 87 cents a share, from $36.1 million, or 74 cents, a year earlier. Sales rose 11 percent to $712 million.

Analysts surveyed by First Call had expected, on average, 82 cents a share.

"We are seeing the best order backlog in more than a decade," chairman and chief executive Robert Kessler told analysts on a conference call. "Farmers had a very good 1995, and they are spending that money now."

Kessler, 58, said the company would keep its Moline, Ill., plant running six days a week through the summer to meet demand and would decide by June whether to add a third shift.

The company, which cut 1,200 jobs between 1991 and 1993 when the farm economy slumped, has been rehiring steadily for the past two years. It now employs about 9,400 people.

Midland said it still expected earnings for 1996 of $3.40 to $3.55 a share, compared with $3.02 in 1995. It also raised its quarterly dividend by 2 cents to 24 cents a share, payable June 14 to shareholders of record May 24.

The company said its Brazilian joint venture, formed two years ago, turned profitable in the quarter for the first time.

Midland shares rose 1-3/8 to 48-1/4 on the New York Stock Exchange on Thursday afternoon. The stock has gained about 22 percent since January.

Kessler said he planned to travel to Beijing next month to discuss a possible tractor assembly venture, but cautioned that any agreement was "at least a year away."

The company will hold a shareholders meeting on May 9 in Moline and will report second-quarter results in mid-July.
""", [
    ('first-quarter', 'DATE', '1996-Q1'),
    ('April 18', 'DATE', '1996-04-18'),
    ('Thursday', 'DATE', '1996-04-18'),
    ('first-quarter', 'DATE', '1996-Q1'),
    ('second half', 'DATE', '1996-H2'),
    ('the three months', 'DURATION', 'P3M'),
    ('March 31', 'DATE', '1996-03-31'),
    ('a year earlier', 'DATE', '1995-Q1|1995'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('1995', 'DATE', '1995'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('six days a week', 'SET', 'P1W'),
    ('the summer', 'DATE', '1996-SU'),
    ('June', 'DATE', '1996-06'),
    ('1991', 'DATE', '1991'),
    ('1993', 'DATE', '1993'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1996', 'DATE', '1996'),
    ('1995', 'DATE', '1995'),
    ('quarterly', 'SET', 'P3M'),
    ('June 14', 'DATE', '1996-06-14'),
    ('May 24', 'DATE', '1996-05-24'),
    ('two years ago', 'DATE', '1994'),
    ('the quarter', 'DATE', '1996-Q1'),
    ('Thursday afternoon', 'DATE|TIME', '1996-04-18TAF'),
    ('January', 'DATE', '1996-01'),
    ('next month', 'DATE', '1996-05'),
    ('at least a year', 'DURATION', 'P1Y'),
    ('May 9', 'DATE', '1996-05-09'),
    ('second-quarter', 'DATE', '1996-Q2'),
    ('mid-July', 'DATE', '1996-07'),
]),

# 2. AP, Federal Reserve rate decision (1998)
('1998-09-29', 'auto', """Fed Cuts Key Interest Rate by a Quarter Point

By DAVID HOLLIS, AP Economics Writer

WASHINGTON (AP) -- The Federal Reserve, worried that financial turmoil overseas could drag down the U.S. economy, cut a key interest rate by a quarter-point today, its first reduction in nearly three years.

The Fed's policy-making Open Market Committee lowered the federal funds rate, the interest banks charge each other on short-term loans, to 5.25 percent from 5.5 percent, where it had stood since March 1997.

The decision, announced at 2:15 p.m. after a meeting of about four hours, had been widely expected. Stocks, which rallied late last week in anticipation of a cut, slipped late in the session as some investors had hoped for a half-point reduction.

Fed Chairman Alan Greenspan signaled in congressional testimony last Wednesday that the central bank was prepared to act, saying the United States could not remain "an oasis of prosperity" while much of the world struggled.

The turmoil began in Thailand in the summer of 1997 and spread across Asia. Russia devalued the ruble and stopped paying some of its debts last month, and a group of Wall Street firms agreed last week to rescue Long-Term Capital Management, a big hedge fund.

The U.S. economy grew at a 1.8 percent rate in the April-June quarter, down sharply from 5.5 percent in the first quarter.

"The Fed is buying insurance right now," said Lynn Marcotte, chief economist at Keystone Securities in Philadelphia. "They don't want to wait six months to find out the economy has stalled."

Many economists said they expect another cut by the end of the year. The committee meets eight times a year; its next session is scheduled for Nov. 17.

Commercial banks were expected to lower their prime lending rate, now 8.5 percent, to 8.25 percent as early as Wednesday. The prime had been at 8.5 percent for 18 months.

The Fed last cut rates in January 1996. Consumer prices have risen just 1.6 percent over the past 12 months, giving policy-makers room to ease.

Also Tuesday, the Conference Board reported that its index of consumer confidence fell in September to its lowest level since last October.
""", [
    ('today', 'DATE', '1998-09-29'),
    ('nearly three years', 'DURATION', 'P3Y'),
    ('March 1997', 'DATE', '1997-03'),
    ('2:15 p.m.', 'TIME', '1998-09-29T14:15'),
    ('about four hours', 'DURATION', 'PT4H'),
    ('late last week', 'DATE', '1998-W39'),
    ('last Wednesday', 'DATE', '1998-09-23'),
    ('the summer of 1997', 'DATE', '1997-SU'),
    ('last month', 'DATE', '1998-08'),
    ('last week', 'DATE', '1998-W39'),
    ('the April-June quarter', 'DATE', '1998-Q2'),
    ('the first quarter', 'DATE', '1998-Q1'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('six months', 'DURATION', 'P6M'),
    ('the end of the year', 'DATE', '1998|1998-12'),
    ('eight times a year', 'SET', 'P1Y'),
    ('Nov. 17', 'DATE', '1998-11-17'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Wednesday', 'DATE', '1998-09-30'),
    ('18 months', 'DURATION', 'P18M'),
    ('January 1996', 'DATE', '1996-01'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('Tuesday', 'DATE', '1998-09-29'),
    ('September', 'DATE', '1998-09'),
    ('last October', 'DATE', '1997-10'),
]),

# 3. Dow Jones Newswires, crude oil futures market (2001)
('2001-11-14', 'auto', """NYMEX Crude Settles Higher As OPEC Weighs Output Cut

By Alan Petrakis
Of DOW JONES NEWSWIRES

NEW YORK -- Crude oil futures settled higher on the New York Mercantile Exchange Wednesday as traders awaited the outcome of an OPEC meeting in Vienna, where ministers were discussing a production cut of as much as 1.5 million b/d.

Crude for December delivery rose 62 cents to settle at $18.52 a barrel, after trading as high as $18.90 earlier in the session. The contract had fallen 41 cents Tuesday.

Prices have dropped about 30% since the Sept. 11 attacks, as air travel slumped and the U.S. economy slid into recession. Crude traded near $28 a barrel in early September.

In London, Brent crude for January delivery rose 48 cents to $19.30 a barrel on the International Petroleum Exchange.

The Organization of Petroleum Exporting Countries has already cut output three times this year. Ministers said a new cut would take effect Jan. 1 and last for six months, but only if non-OPEC producers such as Russia, Norway and Mexico cut as well. Russia said last week it would trim exports by just 30,000 b/d.

A decision is expected late Wednesday or early Thursday, Vienna time.

"The market has been pricing in a cut for days now," said Tom Kerrigan, an analyst at Gulfstream Energy Advisors in Houston. "If Russia doesn't budge, OPEC could walk away and we'll test $15."

The cartel's ministers last met Sept. 27, when they left quotas unchanged; crude fell more than $1 the following day.

The American Petroleum Institute said late Tuesday that crude inventories rose 2.1 million barrels last week to 312.4 million barrels, the highest since July. The Energy Department's weekly figures are due at 10:30 a.m. Thursday, delayed by a day because of Monday's federal holiday.

Heating oil for December rose 1.2 cents to 52.40 cents a gallon, though forecasters expect mild temperatures in the Northeast for the next two weeks, delaying the start of winter demand. December natural gas fell 9.6 cents to $2.83 per million British thermal units.

Trading is expected to thin next week ahead of the Thanksgiving holiday.
""", [
    ('Wednesday', 'DATE', '2001-11-14'),
    ('December', 'DATE', '2001-12'),
    ('Tuesday', 'DATE', '2001-11-13'),
    ('Sept. 11', 'DATE', '2001-09-11'),
    ('early September', 'DATE', '2001-09'),
    ('January', 'DATE', '2002-01'),
    ('this year', 'DATE', '2001'),
    ('Jan. 1', 'DATE', '2002-01-01'),
    ('six months', 'DURATION', 'P6M'),
    ('last week', 'DATE', '2001-W45'),
    ('late Wednesday', 'DATE', '2001-11-14'),
    ('early Thursday', 'DATE', '2001-11-15'),
    ('days', 'DURATION', 'PXD'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Sept. 27', 'DATE', '2001-09-27'),
    ('the following day', 'DATE', '2001-09-28'),
    ('late Tuesday', 'DATE', '2001-11-13'),
    ('last week', 'DATE', '2001-W45'),
    ('July', 'DATE', '2001-07'),
    ('weekly', 'SET', 'P1W'),
    ('10:30 a.m. Thursday', 'TIME', '2001-11-15T10:30'),
    ('a day', 'DURATION', 'P1D'),
    ('Monday', 'DATE', '2001-11-12'),
    ('December', 'DATE', '2001-12'),
    ('the next two weeks', 'DURATION', 'P2W'),
    ('winter', 'DATE', '2001-WI'),
    ('December', 'DATE', '2001-12'),
    ('next week', 'DATE', '2001-W47'),
    ('Thanksgiving', 'DATE', '2001-11-22'),
]),

# 4. Wall Street Journal, food-industry merger (2004)
('2004-06-07', 'auto', """Carrington Foods Agrees to Buy Bellweather Brands

Frozen-Food Deal Valued at $3.1 Billion Extends Wave of Consolidation

By LAURA BRENNAN
Staff Reporter of THE WALL STREET JOURNAL

Carrington Foods Inc. agreed to acquire Bellweather Brands Corp. for about $3.1 billion in cash and stock, a deal that would create the nation's third-largest maker of frozen foods and extend a consolidation wave that has swept the packaged-food industry in recent years.

Under the terms, announced yesterday, Bellweather holders will receive $21.50 in cash and 0.45 Carrington share for each share they own, valuing Bellweather at about $38 a share, a 27% premium to Friday's closing price of $29.92 on the New York Stock Exchange. Bellweather shares are likely to jump today.

The boards of both companies approved the deal at meetings over the weekend. The companies expect the transaction to close in the fourth quarter, pending regulatory approval and a vote by Bellweather shareholders, which is expected in September. Antitrust lawyers said the Federal Trade Commission's review could take up to six months.

Carrington, based in Minneapolis, earned $212 million on sales of $4.8 billion in fiscal 2004, which ended Feb. 28. Bellweather, of Columbus, Ohio, has struggled since 2002, when it lost a large private-label contract with a supermarket chain, and its shares have fallen by nearly half over the past three years.

Thomas Reade, Carrington's 61-year-old chief executive, said in an interview Sunday that the combined company expects to save $150 million annually by fiscal 2007, mainly by closing overlapping plants and merging distribution.

"We have looked at this business for almost a decade," Mr. Reade said. "The timing is finally right."

Bellweather rebuffed an informal approach from Carrington last fall, people familiar with the matter said. Talks resumed in March and intensified over the past two weeks, as the two sides settled on the mix of cash and stock.

Carrington plans to keep Bellweather's Columbus headquarters open for at least two years after the deal closes and said Bellweather Chief Executive Margaret Oyelaran will join its board.

The deal is the largest in the packaged-food industry since Nestle SA agreed to buy Ralston Purina Co. for $10.3 billion in 2001. Food companies have been hunting for growth as grocery chains push their own store brands and consumers shift toward low-carbohydrate diets, a trend that has hurt sales of frozen pizza and pasta since last summer.

Carrington shares, which have risen 14% this year, closed Friday at $44.10.
""", [
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('yesterday', 'DATE', '2004-06-06'),
    ('Friday', 'DATE', '2004-06-04'),
    ('today', 'DATE', '2004-06-07'),
    ('the weekend', 'DATE', '2004-W23-WE'),
    ('the fourth quarter', 'DATE', '2004-Q4'),
    ('September', 'DATE', '2004-09'),
    ('up to six months', 'DURATION', 'P6M'),
    ('fiscal 2004', 'DATE', 'FY2004|2004'),
    ('Feb. 28', 'DATE', '2004-02-28'),
    ('2002', 'DATE', '2002'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('Sunday', 'DATE', '2004-06-06'),
    ('annually', 'SET', 'P1Y'),
    ('fiscal 2007', 'DATE', 'FY2007|2007'),
    ('almost a decade', 'DURATION', 'P10Y|P1E'),
    ('last fall', 'DATE', '2003-FA'),
    ('March', 'DATE', '2004-03'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('at least two years', 'DURATION', 'P2Y'),
    ('2001', 'DATE', '2001'),
    ('last summer', 'DATE', '2003-SU'),
    ('this year', 'DATE', '2004'),
    ('Friday', 'DATE', '2004-06-04'),
]),

# 5. Bloomberg, U.S. employment report (2007)
('2007-03-09', 'auto', """U.S. Payrolls Rise Less Than Forecast; Jobless Rate Falls to 4.5%

By Kevin Albright

March 9 (Bloomberg) -- U.S. employers added fewer jobs than forecast in February as a cold snap and the housing slump kept construction workers idle, while the unemployment rate fell to 4.5 percent.

Payrolls rose by 97,000 last month, after a revised gain of 146,000 in January that was larger than previously estimated, the Labor Department said today in Washington. Economists surveyed by Bloomberg News had forecast an increase of 100,000, according to the median of 82 estimates.

Construction companies cut 62,000 jobs, the most since March 1991, as snowstorms blanketed the Midwest and Northeast in the middle of the month. Wages rose 0.4 percent from the previous month and were up 4.1 percent from a year earlier.

"Hiring is clearly slowing, but it's not collapsing," said Teresa Lindqvist, chief U.S. economist at Harborview Capital in New York. "We'll probably see this softness persist through the spring."

Treasuries fell after the report. The yield on the benchmark note rose 6 basis points to 4.56 percent at 9:15 a.m. in New York.

The jobless rate, which reached 6.3 percent in June 2003, has declined steadily since as companies absorbed slack in the labor market. Payroll gains over the past 12 months have averaged 167,000.

Federal Reserve Chairman Ben S. Bernanke told lawmakers last week that he expects the economy to pick up later this year. The economy grew at a 2.2 percent pace in the fourth quarter, down from 5.6 percent in the first quarter of 2006.

Fed policy makers, who have left their benchmark rate at 5.25 percent since June, next meet March 21 at the end of a two-day gathering. Traders see almost no chance of a change at that meeting, according to futures prices.

The Labor Department's monthly report is based on surveys of about 400,000 businesses and 60,000 households. The Commerce Department will release retail sales figures for February on Tuesday.
""", [
    ('March 9', 'DATE', '2007-03-09'),
    ('February', 'DATE', '2007-02'),
    ('last month', 'DATE', '2007-02'),
    ('January', 'DATE', '2007-01'),
    ('today', 'DATE', '2007-03-09'),
    ('March 1991', 'DATE', '1991-03'),
    ('the middle of the month', 'DATE', '2007-02'),
    ('the previous month', 'DATE', '2007-01'),
    ('a year earlier', 'DATE', '2006-02'),
    ('the spring', 'DATE', '2007-SP'),
    ('9:15 a.m.', 'TIME', '2007-03-09T09:15'),
    ('June 2003', 'DATE', '2003-06'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('last week', 'DATE', '2007-W09'),
    ('later this year', 'DATE', '2007'),
    ('the fourth quarter', 'DATE', '2006-Q4'),
    ('the first quarter of 2006', 'DATE', '2006-Q1'),
    ('June', 'DATE', '2006-06'),
    ('March 21', 'DATE', '2007-03-21'),
    ('two-day', 'DURATION', 'P2D'),
    ('monthly', 'SET', 'P1M'),
    ('February', 'DATE', '2007-02'),
    ('Tuesday', 'DATE', '2007-03-13'),
]),

# 6. Reuters, European Central Bank rate decision (2009)
('2009-05-07', 'auto', """UPDATE 2-ECB cuts rates to record low, to buy covered bonds

* ECB cuts main rate by 25 bps to 1 pct
* To buy around 60 bln euros of covered bonds
* Details of purchase programme due on June 4

FRANKFURT, May 7 (Reuters) - The European Central Bank cut its main interest rate to a record low of 1 percent on Thursday and said it would buy around 60 billion euros of covered bonds, taking its first step towards the kind of asset purchases already under way in the United States and Britain.

ECB President Jean-Claude Trichet told a news conference the bank would announce details of the programme at its next meeting on June 4. Purchases are expected to start in July.

The ECB also said it would offer banks unlimited 12-month loans, lengthening its liquidity operations. Until now the longest such operations had a maturity of six months.

The bank has cut rates by 325 basis points since October, when it joined other major central banks in a coordinated reduction. It last cut a month ago, by a smaller-than-expected 25 basis points. Economists polled by Reuters last week had been split over whether it would go further.

Trichet said the current rate level was "appropriate" but did not rule out another move, saying the Governing Council would reassess the situation in the coming months.

The euro zone economy is in its deepest recession since World War Two. Gross domestic product shrank 1.6 percent in the fourth quarter, and the European Commission said this week it expected a contraction of 4 percent this year. Inflation in the 16-nation bloc slowed to 0.6 percent in April, well below the ECB's target of just under 2 percent.

The Governing Council meets twice a month but normally discusses interest rates only at the first meeting of each month.

Earlier on Thursday the Bank of England kept its rate at 0.5 percent and said it would expand its asset purchases by 50 billion pounds. The U.S. Federal Reserve has held its rate near zero since December.

The euro fell to $1.3340 from around $1.3390 shortly after the rate decision was announced at 1145 GMT.

Trichet, 66, whose eight-year term ends in 2011, rejected criticism that the ECB had moved too slowly. "We have done what was necessary, when it was necessary," he said.
""", [
    ('June 4', 'DATE', '2009-06-04'),
    ('May 7', 'DATE', '2009-05-07'),
    ('Thursday', 'DATE', '2009-05-07'),
    ('June 4', 'DATE', '2009-06-04'),
    ('July', 'DATE', '2009-07'),
    ('12-month', 'DURATION', 'P12M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('six months', 'DURATION', 'P6M'),
    ('October', 'DATE', '2008-10'),
    ('a month ago', 'DATE', '2009-04'),
    ('last week', 'DATE', '2009-W18'),
    ('current', 'DATE', 'PRESENT_REF'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('the fourth quarter', 'DATE', '2008-Q4'),
    ('this week', 'DATE', '2009-W19'),
    ('this year', 'DATE', '2009'),
    ('April', 'DATE', '2009-04'),
    ('twice a month', 'SET', 'P1M'),
    ('each month', 'SET', 'P1M'),
    ('Thursday', 'DATE', '2009-05-07'),
    ('December', 'DATE', '2008-12'),
    ('1145 GMT', 'TIME', '2009-05-07T11:45|2009-05-07T11:45Z'),
    ('eight-year', 'DURATION', 'P8Y'),
    ('2011', 'DATE', '2011'),
]),

# 7. Bloomberg, currency market / yen intervention (2011)
('2011-08-04', 'auto', """Yen Tumbles Most Since March as Japan Intervenes to Curb Gains

By Naoko Fujimura and Ian Corcoran

Aug. 4 (Bloomberg) -- The yen tumbled the most since March after Japan sold its currency to weaken it for the first time in almost five months, seeking to shield exporters from a rally that pushed the currency close to a post-war record.

The yen weakened 3.2 percent to 79.46 per dollar as of 4:12 p.m. in Tokyo, after strengthening to 76.29 on Aug. 1. It reached an all-time high of 76.25 on March 17, less than a week after the earthquake and tsunami that devastated northeastern Japan, as speculation grew that insurers would bring funds home to pay claims.

Finance Minister Yoshihiko Noda said in Tokyo today that Japan acted alone, starting at about 10:25 a.m., and would keep intervening "as long as needed." The nation last sold yen on its own in September 2010, its first such move since March 2004.

The Bank of Japan added to the pressure by expanding its asset-purchase program by 10 trillion yen to 50 trillion yen. The central bank brought forward by a day the conclusion of a two-day policy meeting that had been scheduled to end tomorrow.

"This will buy them a few weeks at most," said Rahul Menon, a currency strategist at Straits Pacific Bank in Singapore. "The fundamentals haven't changed. The dollar is weak because U.S. rates will stay near zero for years."

The yen has gained about 3 percent against the dollar this year even as Japan's economy slipped into recession. Toyota Motor Corp. and other exporters based their forecasts for the 12 months ending March 31 on an assumed rate of about 80 yen per dollar.

Swiss National Bank policy makers unexpectedly cut their target rate yesterday to curb the franc's appreciation. U.S. lawmakers agreed on Aug. 2 to raise the nation's debt ceiling, averting a default, but concern over slowing growth has kept investors buying Japanese and Swiss assets.

Traders are focusing on the U.S. jobs report due tomorrow and on the Federal Reserve's Aug. 9 meeting. The yen traded at 110.02 per euro in Tokyo, from 107.36 late yesterday in New York.
""", [
    ('March', 'DATE', '2011-03'),
    ('Aug. 4', 'DATE', '2011-08-04'),
    ('March', 'DATE', '2011-03'),
    ('almost five months', 'DURATION', 'P5M'),
    ('4:12 p.m.', 'TIME', '2011-08-04T16:12'),
    ('Aug. 1', 'DATE', '2011-08-01'),
    ('March 17', 'DATE', '2011-03-17'),
    ('less than a week', 'DURATION', 'P1W'),
    ('today', 'DATE', '2011-08-04'),
    ('about 10:25 a.m.', 'TIME', '2011-08-04T10:25'),
    ('September 2010', 'DATE', '2010-09'),
    ('March 2004', 'DATE', '2004-03'),
    ('a day', 'DURATION', 'P1D'),
    ('two-day', 'DURATION', 'P2D'),
    ('tomorrow', 'DATE', '2011-08-05'),
    ('a few weeks', 'DURATION', 'PXW'),
    ('years', 'DURATION', 'PXY'),
    ('this year', 'DATE', '2011'),
    ('the 12 months', 'DURATION', 'P12M'),
    ('March 31', 'DATE', '2012-03-31'),
    ('yesterday', 'DATE', '2011-08-03'),
    ('Aug. 2', 'DATE', '2011-08-02'),
    ('tomorrow', 'DATE', '2011-08-05'),
    ('Aug. 9', 'DATE', '2011-08-09'),
    ('late yesterday', 'DATE', '2011-08-03'),
]),

# 8. Dow Jones Newswires, retailer quarterly earnings (2013)
('2013-11-20', 'auto', """Harmon Stores 3Q Profit Falls 9%; Cuts Outlook on Shorter Shopping Calendar

By Rachel Okafor

Harmon Stores Inc. (HRMN) said Wednesday its third-quarter profit fell 9% as heavy discounting to clear excess inventory squeezed margins, and the department-store chain cut its earnings forecast, citing a compressed shopping calendar.

For the three months ended Nov. 2, Harmon earned $61.2 million, or 98 cents a share, compared with $67.4 million, or $1.06 a share, a year earlier. Revenue slipped 2% to $2.31 billion. Same-store sales, or sales at stores open at least a year, fell 1.8%.

Analysts polled by Thomson Reuters had expected $1.04 a share.

The Cincinnati retailer now expects earnings for fiscal 2013, which ends Feb. 1, of $2.10 to $2.20 a share, down from its August forecast of $2.35 to $2.45.

Thanksgiving falls on Nov. 28 this year, the latest possible date, leaving just 26 days between Thanksgiving and Christmas, six fewer than last year. Harmon will open its stores at 6 p.m. on Thanksgiving Day, two hours earlier than it did in 2012.

"The calendar is working against us this year, so we have to start earlier," Chief Executive Karen Whitfield said on a conference call Wednesday morning. She said unusually warm weather in September and October had hurt sales of coats and sweaters.

Whitfield, who became CEO in 2011, is in the middle of a turnaround plan that she has said will take several more years. Harmon has closed 40 stores since 2010 and said it would close 14 more in January.

The company has raised its dividend every year since 2005, and it said it would keep the quarterly payout at 31 cents a share.

Shares fell 4.1% to $52.30 in premarket trading. The stock had risen 18% over the previous 12 months.

Harmon plans to report fourth-quarter results in early March.
""", [
    ('3Q', 'DATE', '2013-Q3'),
    ('Wednesday', 'DATE', '2013-11-20'),
    ('third-quarter', 'DATE', '2013-Q3'),
    ('the three months', 'DURATION', 'P3M'),
    ('Nov. 2', 'DATE', '2013-11-02'),
    ('a year earlier', 'DATE', '2012-Q3|2012'),
    ('at least a year', 'DURATION', 'P1Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('fiscal 2013', 'DATE', 'FY2013|2013'),
    ('Feb. 1', 'DATE', '2014-02-01'),
    ('August', 'DATE', '2013-08'),
    ('Thanksgiving', 'DATE', '2013-11-28'),
    ('Nov. 28', 'DATE', '2013-11-28'),
    ('this year', 'DATE', '2013'),
    ('26 days', 'DURATION', 'P26D'),
    ('Thanksgiving', 'DATE', '2013-11-28'),
    ('Christmas', 'DATE', '2013-12-25'),
    ('last year', 'DATE', '2012'),
    ('6 p.m. on Thanksgiving Day', 'TIME', '2013-11-28T18:00'),
    ('two hours', 'DURATION', 'PT2H'),
    ('2012', 'DATE', '2012'),
    ('this year', 'DATE', '2013'),
    ('Wednesday morning', 'DATE|TIME', '2013-11-20TMO'),
    ('September', 'DATE', '2013-09'),
    ('October', 'DATE', '2013-10'),
    ('2011', 'DATE', '2011'),
    ('several more years', 'DURATION', 'PXY'),
    ('2010', 'DATE', '2010'),
    ('January', 'DATE', '2014-01'),
    ('every year', 'SET', 'P1Y'),
    ('2005', 'DATE', '2005'),
    ('quarterly', 'SET', 'P3M'),
    ('the previous 12 months', 'DURATION', 'P12M'),
    ('fourth-quarter', 'DATE', '2013-Q4'),
    ('early March', 'DATE', '2014-03'),
]),

# 9. AP, regional bank merger (2015)
('2015-02-26', 'auto', """Prairie Financial to buy Heartland Bancorp for $1.9 billion

By MEGAN TOLLEFSON, AP Business Writer

DES MOINES, Iowa (AP) — Prairie Financial Corp. said Thursday that it will buy Heartland Bancorp for about $1.9 billion in stock, creating one of the largest regional banks in the Midwest.

Heartland shareholders will receive 0.72 Prairie share for each share they own. That values Heartland at $31.18 a share based on Wednesday's closing prices, a premium of 24 percent. Both boards approved the deal late Wednesday.

The companies expect to complete the deal in the third quarter of 2015. Shareholders of both banks are expected to vote this summer.

Prairie CEO Dale Sorensen, 59, will run the combined company. Heartland CEO Ann Brody will serve as vice chairman until she retires at the end of 2016.

"We've known each other for 20 years, and we've talked about this on and off," Sorensen said in an interview. Serious talks began about a year ago, he said.

The banks plan to close about 30 overlapping branches within 18 months of completing the deal. They did not say how many jobs would be cut.

Regional banks have been merging at a steady pace since the 2008 financial crisis, as low interest rates squeezed lending profits and the cost of complying with new regulations climbed. The Federal Reserve has kept its key short-term rate near zero since December 2008. Fed Chair Janet Yellen told Congress on Tuesday that the central bank would not raise rates before it had seen further improvement in the job market.

Prairie, based in Des Moines, was a third of its current size a decade ago and has bought six smaller banks since then. It earned $184 million last year.

Heartland, founded in 1921 and based in Sioux Falls, South Dakota, lost money from 2009 to 2011 because of bad farm and commercial real-estate loans. Its profit fell 6 percent in the fourth quarter.

Analysts expect more deals in the coming months.

Heartland shares jumped $4.90, or 18.7 percent, to $31.05 in early trading Thursday. Prairie shares slipped 2 percent.

The companies will hold a conference call for investors at 10 a.m. Friday.
""", [
    ('Thursday', 'DATE', '2015-02-26'),
    ('Wednesday', 'DATE', '2015-02-25'),
    ('late Wednesday', 'DATE', '2015-02-25'),
    ('the third quarter of 2015', 'DATE', '2015-Q3'),
    ('this summer', 'DATE', '2015-SU'),
    ('the end of 2016', 'DATE', '2016|2016-12'),
    ('20 years', 'DURATION', 'P20Y'),
    ('about a year ago', 'DATE', '2014'),
    ('18 months', 'DURATION', 'P18M'),
    ('2008', 'DATE', '2008'),
    ('December 2008', 'DATE', '2008-12'),
    ('Tuesday', 'DATE', '2015-02-24'),
    ('current', 'DATE', 'PRESENT_REF'),
    ('a decade ago', 'DATE', '2005|200'),
    ('last year', 'DATE', '2014'),
    ('1921', 'DATE', '1921'),
    ('2009', 'DATE', '2009'),
    ('2011', 'DATE', '2011'),
    ('the fourth quarter', 'DATE', '2014-Q4'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('Thursday', 'DATE', '2015-02-26'),
    ('10 a.m. Friday', 'TIME', '2015-02-27T10:00'),
]),

# 10. Reuters, gold market after the Brexit vote (2016)
('2016-06-24', 'auto', """PRECIOUS-Gold soars as Britain votes to quit EU

* Spot gold hits highest since March 2014
* Silver, platinum also rise

LONDON, June 24 (Reuters) - Gold surged nearly 5 percent on Friday to its highest in more than two years as Britain's vote to leave the European Union sent investors rushing from riskier assets into the safety of bullion.

Spot gold was up 4.7 percent at $1,322.40 an ounce by 1405 GMT, having touched $1,358.20 earlier in the session, its highest since March 2014. U.S. gold futures for August delivery were up 4.9 percent at $1,325.80.

Britons voted by 52 to 48 percent in Thursday's referendum to leave the 28-nation bloc, a result that few in the market had expected. Prime Minister David Cameron said he would step down by October.

Sterling fell more than 10 percent against the dollar to its lowest since 1985, while stock markets tumbled across Asia and Europe.

"For now, safe havens are the only game in town," said Julia Hartmann, an analyst at Rheinmark Bank in Frankfurt. "Central banks will be in focus next week, and any sign they are ready to ease will support gold further."

Bank of England Governor Mark Carney said on Friday the central bank stood ready to provide more than 250 billion pounds of additional funds to support markets.

Gold has gained about 25 percent this year and is set to rise nearly 6 percent this week. Holdings of SPDR Gold Trust, the world's largest gold-backed exchange-traded fund, rose 1.2 percent on Thursday.

The U.S. Federal Reserve, which kept rates on hold last week citing the risk of a British exit, is now seen holding off on a hike until at least December, according to futures prices.

Trading volumes were heavy, with more than 90,000 lots of Comex gold changing hands in the first three hours of Asian trade.

Physical demand has been weak in recent months, with buyers in India, the world's No. 2 consumer, holding back as prices rose.

Among other precious metals, silver rose 3.5 percent to $18.36 an ounce, while platinum was up 1.1 percent at $985.50.
""", [
    ('March 2014', 'DATE', '2014-03'),
    ('June 24', 'DATE', '2016-06-24'),
    ('Friday', 'DATE', '2016-06-24'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('1405 GMT', 'TIME', '2016-06-24T14:05|2016-06-24T14:05Z'),
    ('March 2014', 'DATE', '2014-03'),
    ('August', 'DATE', '2016-08'),
    ('Thursday', 'DATE', '2016-06-23'),
    ('October', 'DATE', '2016-10'),
    ('1985', 'DATE', '1985'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('next week', 'DATE', '2016-W26'),
    ('Friday', 'DATE', '2016-06-24'),
    ('this year', 'DATE', '2016'),
    ('this week', 'DATE', '2016-W25'),
    ('Thursday', 'DATE', '2016-06-23'),
    ('last week', 'DATE', '2016-W24'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('December', 'DATE', '2016-12'),
    ('the first three hours', 'DURATION', 'PT3H'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
]),

# 11. Wall Street Journal, U.S. consumer price index (2018)
('2018-07-12', 'auto', """U.S. Consumer Prices Rise at Fastest Pace in Six Years

Gasoline costs drive gain; core inflation also firms

By Nathan Greer

WASHINGTON—U.S. consumer prices in June rose at the fastest pace in more than six years, a sign that inflation is firming as the economy strengthens and the labor market tightens.

The consumer-price index rose 2.9% in June from a year earlier, the Labor Department said Thursday, the largest 12-month increase since February 2012. From May, prices rose 0.1%.

Excluding the volatile food and energy categories, so-called core prices were up 2.3% over the past year. Gasoline prices rose 24.3% from June 2017.

The day before, the department said producer prices rose 3.4% in June from a year earlier.

"Inflation is now about where the Fed wants it," said Carla Mendes, senior economist at Brightwater Advisors. "The question is whether it overshoots in the second half."

Inflation ran below the Federal Reserve's 2% target for most of the past six years, puzzling officials who expected a tight job market to push up prices. Fed officials raised their benchmark short-term rate in June, the second increase this year, and have penciled in two more before the end of 2018.

Wages haven't kept pace. Average earnings rose 2.7% in June from a year before, the department said last Friday, meaning workers' pay, adjusted for inflation, was roughly flat.

Fed Chairman Jerome Powell is scheduled to testify before Congress next week. The Fed's next policy meeting concludes Aug. 1.

Tariffs on steel and aluminum imposed in March and extended to Canada, Mexico and the European Union in June have pushed up costs for manufacturers, and economists expect new levies on Chinese goods to feed through to consumer prices in the months ahead.

The Commerce Department will report June retail sales on Monday. Economists expect a first estimate of second-quarter economic growth, due July 27, to show the economy expanded at a rate above 4%.
""", [
    ('Six Years', 'DURATION', 'P6Y'),
    ('June', 'DATE', '2018-06'),
    ('more than six years', 'DURATION', 'P6Y'),
    ('June', 'DATE', '2018-06'),
    ('a year earlier', 'DATE', '2017-06'),
    ('Thursday', 'DATE', '2018-07-12'),
    ('12-month', 'DURATION', 'P12M'),
    ('February 2012', 'DATE', '2012-02'),
    ('May', 'DATE', '2018-05'),
    ('the past year', 'DURATION', 'P1Y'),
    ('June 2017', 'DATE', '2017-06'),
    ('The day before', 'DATE', '2018-07-11'),
    ('June', 'DATE', '2018-06'),
    ('a year earlier', 'DATE', '2017-06'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the second half', 'DATE', '2018-H2'),
    ('the past six years', 'DURATION', 'P6Y'),
    ('June', 'DATE', '2018-06'),
    ('this year', 'DATE', '2018'),
    ('the end of 2018', 'DATE', '2018|2018-12'),
    ('June', 'DATE', '2018-06'),
    ('a year before', 'DATE', '2017-06'),
    ('last Friday', 'DATE', '2018-07-06'),
    ('next week', 'DATE', '2018-W29'),
    ('Aug. 1', 'DATE', '2018-08-01'),
    ('March', 'DATE', '2018-03'),
    ('June', 'DATE', '2018-06'),
    ('the months ahead', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('June', 'DATE', '2018-06'),
    ('Monday', 'DATE', '2018-07-16'),
    ('second-quarter', 'DATE', '2018-Q2'),
    ('July 27', 'DATE', '2018-07-27'),
]),

# 12. Bloomberg, Bank of England emergency rate cut (2020)
('2020-03-19', 'auto', """BOE Cuts Rate to Record Low, Boosts Bond Buying in Emergency Move

By Lucy Harrington and David Okonjo

(Bloomberg) -- The Bank of England cut interest rates for the second time in just over a week and ramped up bond purchases, an emergency response to the economic shock from the coronavirus pandemic.

Policy makers led by Governor Andrew Bailey voted unanimously at a special meeting on Thursday to lower the benchmark rate to 0.1% from 0.25%, the lowest in the central bank's 325-year history. They also agreed to increase holdings of government and corporate bonds by 200 billion pounds ($232 billion). The decision was announced at 2 p.m. in London.

The move follows a half-point cut on March 11, when the BOE acted in concert with the government: Chancellor of the Exchequer Rishi Sunak delivered his first budget the same day. On Tuesday, Sunak unveiled a 330 billion-pound program of loan guarantees for businesses.

It was the first rate decision chaired by Bailey, who took over from Mark Carney on Monday. The BOE had been scheduled to announce its next decision on March 26; its next regular meeting is now set for May 7.

"These are extraordinary times, and the coming weeks will test every part of the economy," Bailey said in a statement.

The pound, which slid to its weakest level against the dollar in 35 years on Wednesday, pared losses after the announcement. The central bank said it would buy gilts three times a week and would accelerate purchases if markets remained disorderly.

Central banks around the world have moved aggressively. The Federal Reserve cut rates to near zero on Sunday evening, and the European Central Bank late Wednesday unveiled a 750 billion-euro bond-buying program to run until the end of the year.

Bank Rate had stood at 0.75% since August 2018. During the financial crisis, the BOE cut it to 0.5% in 2009 and kept it there for seven years.

Economists now expect the U.K. economy to shrink sharply in the second quarter as shops, pubs and factories close. Some warn the slump could last into the autumn.
""", [
    ('just over a week', 'DURATION', 'P1W'),
    ('Thursday', 'DATE', '2020-03-19'),
    ('325-year', 'DURATION', 'P325Y'),
    ('2 p.m.', 'TIME', '2020-03-19T14:00'),
    ('March 11', 'DATE', '2020-03-11'),
    ('the same day', 'DATE', '2020-03-11'),
    ('Tuesday', 'DATE', '2020-03-17'),
    ('Monday', 'DATE', '2020-03-16'),
    ('March 26', 'DATE', '2020-03-26'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('May 7', 'DATE', '2020-05-07'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('35 years', 'DURATION', 'P35Y'),
    ('Wednesday', 'DATE', '2020-03-18'),
    ('three times a week', 'SET', 'P1W'),
    ('Sunday evening', 'DATE|TIME', '2020-03-15TEV'),
    ('late Wednesday', 'DATE', '2020-03-18'),
    ('the end of the year', 'DATE', '2020|2020-12'),
    ('August 2018', 'DATE', '2018-08'),
    ('2009', 'DATE', '2009'),
    ('seven years', 'DURATION', 'P7Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the second quarter', 'DATE', '2020-Q2'),
    ('the autumn', 'DATE', '2020-FA'),
]),
]
