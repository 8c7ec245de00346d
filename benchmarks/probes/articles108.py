# Gold TIMEX3 probe set 108: economic data and central banks (inflation, jobs, GDP, rate decisions, budgets) in Reuters/Bloomberg/AP/WSJ/FT/MarketWatch styles, DCTs 1998-2025, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Reuters, U.S. third-quarter GDP advance estimate (1998)
('1998-10-30', 'auto', """U.S. economy grows 3.3 pct in third quarter, beats forecasts

WASHINGTON, Oct 30 (Reuters) - The U.S. economy grew at a surprisingly brisk 3.3 percent pace in the third quarter as consumers kept spending despite turmoil on world financial markets, the Commerce Department said on Friday.

The advance estimate of gross domestic product was well above the 2.4 percent rate economists had expected and followed a weak 1.8 percent pace in the second quarter, when a strike at General Motors Corp cut into factory output.

"The consumer is still carrying this economy," said Lynn Barrett, chief economist at Harborview Securities in New York. "Nobody told American households that Asia was in crisis."

Consumer spending, which accounts for about two-thirds of the economy, rose at a 4.1 percent rate in the quarter after a 6.1 percent gain in the spring. Business spending on equipment slowed, and exports fell again as the strong dollar and weak demand in Asia took their toll.

The report is the last major look at the economy before Federal Reserve policymakers meet on Nov. 17. The Fed has already cut short-term interest rates twice in the past six weeks, on Sept. 29 and again in a surprise move on Oct. 15, and many analysts had argued a third cut was all but certain.

Friday's figures muddied that view. Treasury prices fell after the release, and the yield on the 30-year bond rose to 5.10 percent by 10 a.m. EST from 5.02 percent late Thursday.

"This takes some of the urgency off," Barrett said. "But the Fed is thinking about next year, not the last three months."

A price index tied to GDP rose at a 0.8 percent rate, the smallest increase since 1986, suggesting inflation remains dormant. Compared with a year earlier, output was 3.5 percent higher.

Economists cautioned that the pace was unlikely to last. Businesses built up inventories sharply during the summer, and several forecasters trimmed their estimates for the fourth quarter to below 2 percent, citing slower hiring and a string of layoff announcements from manufacturers.

"Some of this growth was borrowed from the next few months," said Martin Osei, senior economist at Delacroix Capital Markets. "Firms stocked their shelves, and now they will draw them down."

The Commerce Department will revise the figures on Nov. 24, with a final estimate due in late December. The government's October jobs report is due next Friday.

((Washington economics desk, +1 202 898 8300))
""", [
    ('third quarter', 'DATE', '1998-Q3'),
    ('Oct 30', 'DATE', '1998-10-30'),
    ('the third quarter', 'DATE', '1998-Q3'),
    ('Friday', 'DATE', '1998-10-30'),
    ('the second quarter', 'DATE', '1998-Q2'),
    ('the quarter', 'DATE', '1998-Q3'),
    ('the spring', 'DATE', '1998-SP'),
    ('Nov. 17', 'DATE', '1998-11-17'),
    ('the past six weeks', 'DURATION', 'P6W'),
    ('Sept. 29', 'DATE', '1998-09-29'),
    ('Oct. 15', 'DATE', '1998-10-15'),
    ('Friday', 'DATE', '1998-10-30'),
    ('30-year', 'DURATION', 'P30Y'),
    ('10 a.m. EST', 'TIME', '1998-10-30T10:00'),
    ('late Thursday', 'DATE', '1998-10-29'),
    ('next year', 'DATE', '1999'),
    ('the last three months', 'DURATION', 'P3M'),
    ('1986', 'DATE', '1986'),
    ('a year earlier', 'DATE', '1997-Q3|1997'),
    ('the summer', 'DATE', '1998-SU'),
    ('the fourth quarter', 'DATE', '1998-Q4'),
    ('the next few months', 'DURATION', 'PXM'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Nov. 24', 'DATE', '1998-11-24'),
    ('late December', 'DATE', '1998-12'),
    ('October', 'DATE', '1998-10'),
    ('next Friday', 'DATE', '1998-11-06'),
]),
# 2. AP, November jobs report after Sept. 11 (2001)
('2001-12-07', 'auto', """Unemployment Rate Jumps to 5.7 Percent

By MARTIN CROWE, AP Economics Writer

WASHINGTON (AP) - The nation's unemployment rate climbed to 5.7 percent in November, the highest in six years, as employers slashed another 331,000 jobs in the wake of the Sept. 11 terrorist attacks, the government said Friday.

The jump from 5.4 percent in October was steeper than economists had expected. It brought the number of jobs lost since the recession began in March to more than 1.2 million, according to the Labor Department.

"We're not out of the woods yet," said Paula Nardone, an economist with Keystone Financial Group in Pittsburgh. "This is going to be a rough stretch for retailers and the people who work for them."

Factories cut 124,000 jobs last month, their 16th consecutive decline. Retailers, which normally add workers ahead of Christmas, trimmed payrolls instead, and airlines and hotels continued to shed staff as travelers stayed home.

In the past three months, the economy has lost more than 1.1 million jobs. A year ago, the jobless rate stood at 4 percent, near a 30-year low.

President Bush, speaking at the White House on Friday morning, said the figures showed why the Senate should pass an economic stimulus package before Christmas. Democratic leaders said they were willing to keep negotiating through the weekend.

The Federal Reserve, which has cut interest rates 10 times this year, meets again Tuesday and is widely expected to lower its benchmark rate by another quarter point. That rate, now at 2 percent, is already at its lowest level in 40 years.

Some economists said the worst may soon be over. Initial claims for unemployment benefits, which the government reports every Thursday, fell last week to their lowest level since early September, a sign that layoffs may be easing.

"Layoffs peak first, and then hiring comes back a few months later," said Nardone, who predicts the economy will begin growing again by the spring.

Others were less hopeful. Ray Lindqvist, chief economist at Dunmore Associates, said unemployment could top 6.5 percent by the middle of next year.

"Companies are still cutting costs, and the consumer has been spending on borrowed time," he said. "Zero-percent car loans don't last forever."

The department's next report, covering December, is scheduled for Jan. 4.
""", [
    ('November', 'DATE', '2001-11'),
    ('six years', 'DURATION', 'P6Y'),
    ('Sept. 11', 'DATE', '2001-09-11'),
    ('Friday', 'DATE', '2001-12-07'),
    ('October', 'DATE', '2001-10'),
    ('March', 'DATE', '2001-03'),
    ('last month', 'DATE', '2001-11'),
    ('Christmas', 'DATE', '2001-12-25'),
    ('the past three months', 'DURATION', 'P3M'),
    ('A year ago', 'DATE', '2000|2000-11'),
    ('30-year', 'DURATION', 'P30Y'),
    ('Friday morning', 'DATE|TIME', '2001-12-07TMO'),
    ('Christmas', 'DATE', '2001-12-25'),
    ('the weekend', 'DATE', '2001-W49-WE'),
    ('this year', 'DATE', '2001'),
    ('Tuesday', 'DATE', '2001-12-11'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('40 years', 'DURATION', 'P40Y'),
    ('soon', 'DATE', 'FUTURE_REF'),
    ('every Thursday', 'SET', 'XXXX-WXX-4'),
    ('last week', 'DATE', '2001-W48'),
    ('early September', 'DATE', '2001-09'),
    ('a few months later', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('the spring', 'DATE', '2002-SP'),
    ('the middle of next year', 'DATE', '2002'),
    ('December', 'DATE', '2001-12'),
    ('Jan. 4', 'DATE', '2002-01-04'),
]),
# 3. Wall Street Journal, Fed cuts funds rate to 1% (2003)
('2003-06-26', 'auto', """Fed Cuts Rate to 1%, Lowest Since 1958

Smaller-Than-Expected Move Signals Concern Over Falling Prices

By DANIEL HARTLEY
Staff Reporter of THE WALL STREET JOURNAL

WASHINGTON -- The Federal Reserve cut its target for short-term interest rates by a quarter percentage point to 1%, the lowest level since 1958, and signaled it stands ready to keep credit cheap until the economic recovery takes hold.

The decision yesterday, the Fed's 13th rate cut since January 2001, was smaller than the half-point reduction many bond traders had bet on. The statement, released at 2:15 p.m. EDT after a two-day meeting, said the risk of "an unwelcome substantial fall in inflation" outweighed the risk of rising prices, language the Fed first used in May.

Stocks, which had risen for much of the session, reversed course after the announcement. The Dow Jones Industrial Average closed down 98 points, and Treasury prices fell as investors who had wagered on a bigger move unwound their positions. Yields on 10-year notes had dropped to their lowest in decades last week.

Fed Chairman Alan Greenspan has argued for months that the odds of a damaging deflation are small but that the costs would be large enough to justify insurance. In a speech earlier this month, he said the Fed could buy longer-term Treasury securities if rates ever reached zero, though officials stress that such steps remain remote.

One Fed policy maker, Dallas Fed President Robert McTeer, voted for a half-point cut. In an interview Tuesday, before the meeting began, a regional Fed official who asked not to be named said most members saw the economy "on the cusp" of faster growth.

The economy grew at a sluggish 1.4% pace in the first quarter, and the Labor Department said earlier this month that the jobless rate reached 6.1% in May, a nine-year high. Consumer prices excluding food and energy rose just 1.5% over the past 12 months.

Many forecasters expect growth to pick up in the second half, helped by the tax cuts President Bush signed last month and by lower mortgage rates that have set off a refinancing boom.

"The Fed is telling you it will be patient," said Laura Brennan, chief U.S. economist at Castlerock Securities. "I don't think they move again before the end of the year, and they certainly won't raise rates until they see jobs coming back."

Fed officials next meet Aug. 12.
""", [
    ('1958', 'DATE', '1958'),
    ('1958', 'DATE', '1958'),
    ('yesterday', 'DATE', '2003-06-25'),
    ('January 2001', 'DATE', '2001-01'),
    ('2:15 p.m. EDT', 'TIME', '2003-06-25T14:15'),
    ('two-day', 'DURATION', 'P2D'),
    ('May', 'DATE', '2003-05'),
    ('10-year', 'DURATION', 'P10Y'),
    ('decades', 'DURATION', 'PXY'),
    ('last week', 'DATE', '2003-W25'),
    ('months', 'DURATION', 'PXM'),
    ('earlier this month', 'DATE', '2003-06'),
    ('Tuesday', 'DATE', '2003-06-24'),
    ('the first quarter', 'DATE', '2003-Q1'),
    ('earlier this month', 'DATE', '2003-06'),
    ('May', 'DATE', '2003-05'),
    ('nine-year', 'DURATION', 'P9Y'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('the second half', 'DATE', '2003-H2'),
    ('last month', 'DATE', '2003-05'),
    ('the end of the year', 'DATE', '2003'),
    ('Aug. 12', 'DATE', '2003-08-12'),
]),
# 4. Financial Times, UK pre-Budget report and growth forecast (2005)
('2005-12-06', 'auto', """Brown slashes growth forecast but insists fiscal rules intact

By Helen Marsh, Economics Correspondent

Gordon Brown yesterday cut his forecast for economic growth this year almost in half, to 1.75 per cent, the biggest downgrade of his eight years as chancellor, and admitted that public borrowing would overshoot the target he set only in March.

In his pre-Budget report to the Commons, the chancellor blamed higher oil prices and a slowdown in consumer spending, but predicted a recovery to growth of 2 to 2.5 per cent next year and up to 3.25 per cent in 2007.

Borrowing in 2005-06 is now expected to reach £37bn, up from the £32bn pencilled in at the March Budget. Mr Brown also moved the start of the current economic cycle back by two years to 1997, a change the opposition said was designed to make sure he meets his golden rule of borrowing only to invest over the cycle.

Independent forecasters were sceptical. The Institute for Fiscal Studies, which will publish its own assessment later this week, has warned for months that the Treasury's numbers rest on optimistic assumptions about corporate tax receipts.

"The Treasury has been forecasting a recovery in revenues for three years, and it keeps not arriving," said Anna Kerrigan, chief economist at Thamesgate Research. "At some point you have to ask whether the gap is cyclical at all."

The chancellor's statement, which lasted just over an hour, contained few giveaways. He announced a doubling of the supplementary charge on North Sea oil producers to 20 per cent from January 1, which the Treasury estimates will raise £6.5bn over three years, and extended a freeze on fuel duty.

Gilts were little changed after the statement, and sterling slipped against the dollar in London trading. Traders said the figures did little to shift expectations for interest rates.

The Bank of England, which cut its benchmark rate to 4.5 per cent in August, is widely expected to hold on Thursday and is not seen moving again until the new year. Several members of the Monetary Policy Committee have said recently that household spending looks weaker than it did in the summer.

The City was also watching the Treasury's inflation projections. Mr Brown said consumer price inflation, which hit 2.5 per cent in September, would fall back towards the Bank's 2 per cent target during 2006.

"These numbers assume a lot goes right," said Tom Aldridge, an economist at Meridian Bank in London. "If the recovery is slower than the Treasury hopes, the borrowing forecast for the coming years will have to be revised again."

The next full set of forecasts will come with the Budget in the spring.
""", [
    ('yesterday', 'DATE', '2005-12-05'),
    ('this year', 'DATE', '2005'),
    ('eight years', 'DURATION', 'P8Y'),
    ('March', 'DATE', '2005-03'),
    ('next year', 'DATE', '2006'),
    ('2007', 'DATE', '2007'),
    ('2005-06', 'DATE', '2005|2006|FY2005'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('March', 'DATE', '2005-03'),
    ('two years', 'DURATION', 'P2Y'),
    ('1997', 'DATE', '1997'),
    ('later this week', 'DATE', '2005-W49'),
    ('months', 'DURATION', 'PXM'),
    ('three years', 'DURATION', 'P3Y'),
    ('just over an hour', 'DURATION', 'PT1H'),
    ('January 1', 'DATE', '2006-01-01'),
    ('three years', 'DURATION', 'P3Y'),
    ('August', 'DATE', '2005-08'),
    ('Thursday', 'DATE', '2005-12-08'),
    ('the new year', 'DATE', '2006'),
    ('recently', 'DATE', 'PAST_REF'),
    ('the summer', 'DATE', '2005-SU'),
    ('September', 'DATE', '2005-09'),
    ('2006', 'DATE', '2006'),
    ('the coming years', 'DURATION|DATE', 'PXY|FUTURE_REF'),
    ('the spring', 'DATE', '2006-SP'),
]),
# 5. Bloomberg, coordinated central bank rate cuts (2008)
('2008-10-08', 'auto', """Fed, ECB, Four Other Central Banks Cut Rates in Coordinated Move

By Anil Prakash and Sabine Kroll

Oct. 8 (Bloomberg) -- The Federal Reserve, the European Central Bank and four other central banks cut interest rates in an unprecedented coordinated effort to ease the economic damage from the worst financial crisis since the Great Depression.

The Fed lowered its target for the overnight lending rate between banks by a half point to 1.5 percent, the ECB cut its main rate to 3.75 percent and the Bank of England reduced its benchmark to 4.5 percent. The Bank of Canada, Sweden's Riksbank and the Swiss National Bank also cut. The announcement came at 7 a.m. in Washington, before U.S. markets opened.

"This is central banks saying they will do whatever it takes," said Jonas Ekberg, chief economist at Nordlys Capital in Stockholm. "The question is whether a half point matters when nobody trusts anybody's balance sheet."

Officials discussed the move by telephone over the past several days, according to a person familiar with the talks. It was the Fed's first move between scheduled meetings since January, when it cut by three-quarters of a point amid a rout in global stocks.

ECB President Jean-Claude Trichet had resisted calls to lower borrowing costs as recently as last week, when he said inflation risks had not disappeared. Consumer prices in the euro area rose 3.6 percent in September from a year earlier, down from a record 4 percent in June and July.

The Standard & Poor's 500 Index fell 1.1 percent at 10:15 a.m. in New York after sliding 5.7 percent yesterday. The index has lost more than a third of its value this year. The three-month London interbank offered rate for dollars, a gauge of banks' reluctance to lend to each other, climbed to 4.52 percent.

The Bank of Japan, whose benchmark rate is 0.5 percent, said it "strongly supports" the action but left its own rate unchanged. China's central bank separately cut its one-year lending rate for the second time in three weeks.

Congress passed a $700 billion bank-rescue plan on Friday, but credit markets have remained frozen since. Fed policy makers are scheduled to begin a two-day meeting on Oct. 28, and traders in federal funds futures are betting on another quarter-point reduction at that meeting.

"They've used a lot of ammunition today," said Karen Whitlock, a fixed-income strategist at Pemberton Partners in New York. "If this doesn't work within weeks, the next step is buying assets outright."

Bank of England Governor Mervyn King is scheduled to speak in Bristol tonight.

To contact the reporters on this story: Anil Prakash in Washington at aprakash@bloomberg.net; Sabine Kroll in Frankfurt at skroll@bloomberg.net
""", [
    ('Oct. 8', 'DATE', '2008-10-08'),
    ('7 a.m.', 'TIME', '2008-10-08T07:00'),
    ('the past several days', 'DURATION', 'PXD'),
    ('January', 'DATE', '2008-01'),
    ('last week', 'DATE', '2008-W40'),
    ('September', 'DATE', '2008-09'),
    ('a year earlier', 'DATE', '2007-09'),
    ('June', 'DATE', '2008-06'),
    ('July', 'DATE', '2008-07'),
    ('10:15 a.m.', 'TIME', '2008-10-08T10:15'),
    ('yesterday', 'DATE', '2008-10-07'),
    ('this year', 'DATE', '2008'),
    ('three-month', 'DURATION', 'P3M'),
    ('one-year', 'DURATION', 'P1Y'),
    ('three weeks', 'DURATION', 'P3W'),
    ('Friday', 'DATE', '2008-10-03'),
    ('two-day', 'DURATION', 'P2D'),
    ('Oct. 28', 'DATE', '2008-10-28'),
    ('today', 'DATE', '2008-10-08'),
    ('weeks', 'DURATION', 'PXW'),
    ('tonight', 'DATE|TIME', '2008-10-08TNI'),
]),
# 6. MarketWatch, December jobs report (2011)
('2011-01-07', 'auto', """U.S. adds 103,000 jobs; jobless rate falls to 9.4%

By Claire Whitmore, MarketWatch

WASHINGTON (MarketWatch) -- U.S. employers added 103,000 jobs in December, fewer than Wall Street had expected, but the unemployment rate fell to 9.4% from 9.8%, the lowest level in 19 months, the Labor Department reported Friday.

Economists surveyed by MarketWatch had forecast a gain of 175,000 nonfarm payrolls. Much of the drop in the jobless rate came because about 260,000 people left the labor force, a less encouraging sign than the headline number suggests.

Revisions added a combined 70,000 jobs to the tallies for October and November. For all of 2010, the economy created about 1.1 million jobs, after losing more than 5 million in 2009.

"The labor market is healing, but at a glacial pace," said Victor Alvarado, chief economist at Brightwater Advisors. "At this rate it would take years to win back the 8 million jobs lost in the recession."

Private-sector payrolls rose 113,000 last month, while governments cut 10,000 jobs as cash-strapped states and cities kept trimming staff. Health care added 36,000 jobs and leisure and hospitality 47,000. Construction lost 16,000.

The report was a letdown after a private survey from ADP on Wednesday showed a gain of 297,000, which had prompted some economists to raise their forecasts.

Federal Reserve Chairman Ben Bernanke, testifying before the Senate Budget Committee at 10 a.m. Friday, said the recovery was gaining momentum but warned it could be five years before unemployment returns to a more normal level. The Fed's $600 billion bond-buying program, launched in November, is set to run through the end of June.

Stocks were mixed after the report, and the yield on the 10-year Treasury note fell to 3.31%.

Weekly claims for jobless benefits have dropped below 400,000 in recent weeks, and many economists expect hiring to strengthen in the coming months as businesses that have been sitting on record cash start to spend.

"We think payrolls will average about 150,000 a month in the first half of 2011," said Sonia Patel, senior economist at Crestline Bank. "That's better, but the economy needs roughly 125,000 jobs every month just to keep up with population growth."

The January employment report is due Feb. 4.
""", [
    ('December', 'DATE', '2010-12'),
    ('19 months', 'DURATION', 'P19M'),
    ('Friday', 'DATE', '2011-01-07'),
    ('October', 'DATE', '2010-10'),
    ('November', 'DATE', '2010-11'),
    ('2010', 'DATE', '2010'),
    ('2009', 'DATE', '2009'),
    ('years', 'DURATION', 'PXY'),
    ('last month', 'DATE', '2010-12'),
    ('Wednesday', 'DATE', '2011-01-05'),
    ('10 a.m. Friday', 'TIME', '2011-01-07T10:00'),
    ('five years', 'DURATION', 'P5Y'),
    ('November', 'DATE', '2010-11'),
    ('the end of June', 'DATE', '2011-06'),
    ('10-year', 'DURATION', 'P10Y'),
    ('Weekly', 'SET', 'P1W'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('a month', 'SET', 'P1M'),
    ('the first half of 2011', 'DATE', '2011-H1'),
    ('every month', 'SET', 'P1M'),
    ('January', 'DATE', '2011-01'),
    ('Feb. 4', 'DATE', '2011-02-04'),
]),
# 7. AP, CBO budget outlook, with the fiscal-cliff deal told in narrative (2013)
('2013-02-05', 'auto', """CBO: Deficit to dip below $1 trillion this year

By LOUISE HAMMOND, Associated Press

WASHINGTON (AP) - The federal budget deficit will fall below $1 trillion this year for the first time since President Barack Obama took office, but the improvement will prove short-lived without further action by Congress, the Congressional Budget Office said Tuesday.

In its latest outlook, the nonpartisan agency projected a deficit of $845 billion for the 2013 budget year, which ends Sept. 30. That would be down from $1.1 trillion last year and would be the smallest shortfall in five years.

Deficits are projected to shrink further over the next two years, to about 2.4 percent of the economy by 2015, as the recovery gains strength and the tax increases enacted on New Year's Day take hold. But the agency said the red ink would begin rising again later in the decade as the costs of Social Security, Medicare and the new health care law climb and interest rates return to more normal levels.

CBO Director Douglas Elmendorf told reporters at a briefing Tuesday morning that the government's debt would remain at levels not seen since shortly after World War II.

The report comes after a bruising stretch for lawmakers. The White House and congressional Republicans spent most of December haggling over how to avoid the so-called fiscal cliff of tax increases and spending cuts. The Senate approved a compromise at about 2 a.m. on Jan. 1, and the House followed late that night. Obama signed the measure the next day.

The deal raised taxes on the wealthiest Americans but postponed $85 billion in across-the-board spending cuts, known as the sequester, for two months. CBO's figures assume those cuts take effect on March 1 as scheduled.

The agency warned that the cuts, together with the expiration of a payroll tax break last month, would hold economic growth to about 1.4 percent this year. It expects the unemployment rate to stay above 7.5 percent through 2014.

Over the next decade, CBO projects deficits totaling nearly $7 trillion.

"Lawmakers bought themselves some breathing room, but only for a few years," said Gretchen Alcott, a budget analyst at the Fairhaven Budget Project. "The big drivers of the debt haven't been touched."

A separate fight looms over the government's borrowing limit. The House voted last month to suspend the debt ceiling until May 19, and the Senate is expected to follow this week.
""", [
    ('this year', 'DATE', '2013'),
    ('this year', 'DATE', '2013'),
    ('Tuesday', 'DATE', '2013-02-05'),
    ('the 2013 budget year', 'DATE', 'FY2013|2013'),
    ('Sept. 30', 'DATE', '2013-09-30'),
    ('last year', 'DATE', '2012|FY2012'),
    ('five years', 'DURATION', 'P5Y'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('2015', 'DATE', '2015'),
    ("New Year's Day", 'DATE', '2013-01-01'),
    ('later in the decade', 'DATE', '201'),
    ('Tuesday morning', 'DATE|TIME', '2013-02-05TMO'),
    ('December', 'DATE', '2012-12'),
    ('about 2 a.m. on Jan. 1', 'TIME', '2013-01-01T02:00'),
    ('late that night', 'DATE|TIME', '2013-01-01TNI'),
    ('the next day', 'DATE', '2013-01-02'),
    ('two months', 'DURATION', 'P2M'),
    ('March 1', 'DATE', '2013-03-01'),
    ('last month', 'DATE', '2013-01'),
    ('this year', 'DATE', '2013'),
    ('2014', 'DATE', '2014'),
    ('the next decade', 'DURATION', 'P10Y|P1DE'),
    ('a few years', 'DURATION', 'PXY'),
    ('last month', 'DATE', '2013-01'),
    ('May 19', 'DATE', '2013-05-19'),
    ('this week', 'DATE', '2013-W06'),
]),
# 8. Reuters, Bank of England cuts Bank Rate after Brexit vote (2016)
('2016-08-04', 'auto', """Bank of England cuts rates for first time since 2009, unveils broad stimulus

By Kate Lindqvist and Omar Haddad

LONDON (Reuters) - The Bank of England cut interest rates for the first time in more than seven years on Thursday and launched a bigger-than-expected package of measures to shield the economy from the shock of Britain's vote to leave the European Union.

The BoE halved Bank Rate to a record low of 0.25 percent, said it would buy 60 billion pounds of extra government bonds over six months and up to 10 billion pounds of corporate debt over the next 18 months. It also launched a scheme to make sure banks pass the lower rate on to households and businesses.

Bank Rate had stood at 0.5 percent since March 2009, when the BoE slashed borrowing costs in the depths of the financial crisis.

Governor Mark Carney said a majority of policymakers expected to cut rates again later this year, to a level close to zero, if the economy performed in line with the bank's new forecasts.

The BoE now expects growth of just 0.8 percent in 2017, down from its May forecast of 2.3 percent, the biggest downgrade since it began publishing such forecasts in the early 1990s. It sees the economy growing by 0.1 percent in the third quarter after expanding 0.6 percent in the second quarter, before the referendum result was known.

Sterling fell nearly 1.5 percent against the dollar within minutes of the noon announcement, and British government bond yields hit record lows.

"They have thrown the kitchen sink at it," said Fiona Grady, chief UK economist at Aldwych Partners. "The message is that they would rather do too much than too little."

Surveys of purchasing managers published since the June 23 referendum have pointed to the sharpest contraction in activity since early 2009. Last month, the BoE surprised markets by keeping rates on hold, saying it wanted to wait for its quarterly forecasts before acting.

All nine members of the Monetary Policy Committee voted for the rate cut, but three opposed the expansion of bond purchases, and one also voted against the corporate bond plan.

Inflation, which stood at 0.5 percent in June, is expected to climb above the BoE's 2 percent target in 2018 as the weaker pound pushes up import prices.

Finance minister Philip Hammond, who will set out his first budget plans in the autumn, said he stood ready to take further steps to support the economy if needed.

The MPC's next policy decision is due on Sept. 15.

(Additional reporting by Ellie Carver; Editing by Hugh Lawson)
""", [
    ('2009', 'DATE', '2009'),
    ('more than seven years', 'DURATION', 'P7Y'),
    ('Thursday', 'DATE', '2016-08-04'),
    ('six months', 'DURATION', 'P6M'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('March 2009', 'DATE', '2009-03'),
    ('later this year', 'DATE', '2016'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2017', 'DATE', '2017'),
    ('May', 'DATE', '2016-05'),
    ('the early 1990s', 'DATE', '199'),
    ('the third quarter', 'DATE', '2016-Q3'),
    ('the second quarter', 'DATE', '2016-Q2'),
    ('minutes', 'DURATION', 'PTXM'),
    ('noon', 'TIME', '2016-08-04T12:00'),
    ('June 23', 'DATE', '2016-06-23'),
    ('early 2009', 'DATE', '2009'),
    ('Last month', 'DATE', '2016-07'),
    ('quarterly', 'SET', 'P3M'),
    ('June', 'DATE', '2016-06'),
    ('2018', 'DATE', '2018'),
    ('the autumn', 'DATE', '2016-FA'),
    ('Sept. 15', 'DATE', '2016-09-15'),
]),
# 9. Financial Times, narrative of the Fed's turn to patience (2019)
('2019-03-15', 'auto', """How the Fed learnt to be patient

Three months after markets revolted against another rate rise, US central bankers meet next week with their tightening campaign on hold

By Rachel Dunmore in Washington

On the afternoon of December 19, Jay Powell walked into the Federal Reserve's press room having just raised interest rates for the fourth time that year. The Fed had lifted rates nine times since December 2015, and its officials still pencilled in two more increases for 2019.

Within an hour, the mood on Wall Street had soured. Mr Powell told reporters that the shrinking of the Fed's balance sheet was running on "autopilot", and the S&P 500 closed down 1.5 per cent. The selling did not stop there. Five days later, on Christmas Eve, the index suffered its worst pre-holiday session on record, leaving it nearly 20 per cent below its September peak. Treasury secretary Steven Mnuchin had spent the previous day telephoning the chief executives of the biggest US banks to reassure investors that they had ample liquidity, a move that only added to the alarm.

The turn came quickly. On January 4, sharing a stage in Atlanta with his predecessors Janet Yellen and Ben Bernanke, Mr Powell said the Fed would be "patient" and was prepared to change the balance-sheet policy if it caused problems. Stocks rallied more than 3 per cent that day.

Later that month, at the end of a two-day meeting on January 30, the Fed dropped its pledge of "further gradual increases" altogether.

"The December hike was probably one too many, and they knew it within weeks," said Marcus Oyelaran, a former Fed economist now at Holloway Research.

Since then, equities have recovered most of their losses. Inflation has given officials little reason to hurry: figures released on Tuesday showed core consumer prices rose 2.1 per cent in February from a year earlier.

Mr Powell, who took over from Ms Yellen in February last year, has also faced repeated attacks from President Donald Trump, who has criticised the central bank since last summer for raising rates.

When policymakers gather next week, they are widely expected to signal that no further increases are likely this year and to set out a plan to stop shrinking the balance sheet by September.

"For the moment, patience means a long pause," said Elena Sarto, chief US economist at Corbridge Capital. "The bar for a hike in the next six months is very high."
""", [
    ('Three months', 'DURATION', 'P3M'),
    ('next week', 'DATE', '2019-W12'),
    ('the afternoon of December 19', 'DATE|TIME', '2018-12-19TAF'),
    ('that year', 'DATE', '2018'),
    ('December 2015', 'DATE', '2015-12'),
    ('2019', 'DATE', '2019'),
    ('an hour', 'DURATION', 'PT1H'),
    ('Five days later', 'DATE', '2018-12-24'),
    ('Christmas Eve', 'DATE', '2018-12-24'),
    ('September', 'DATE', '2018-09'),
    ('the previous day', 'DATE', '2018-12-23'),
    ('January 4', 'DATE', '2019-01-04'),
    ('that day', 'DATE', '2019-01-04'),
    ('Later that month', 'DATE', '2019-01'),
    ('two-day', 'DURATION', 'P2D'),
    ('January 30', 'DATE', '2019-01-30'),
    ('December', 'DATE', '2018-12'),
    ('weeks', 'DURATION', 'PXW'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Tuesday', 'DATE', '2019-03-12'),
    ('February', 'DATE', '2019-02'),
    ('a year earlier', 'DATE', '2018-02'),
    ('February last year', 'DATE', '2018-02'),
    ('last summer', 'DATE', '2018-SU'),
    ('next week', 'DATE', '2019-W12'),
    ('this year', 'DATE', '2019'),
    ('September', 'DATE', '2019-09'),
    ('the moment', 'DATE', 'PRESENT_REF'),
    ('the next six months', 'DURATION', 'P6M'),
]),
# 10. Wall Street Journal (online), Fed raises rates 0.75 point (2022)
('2022-06-15', 'auto', """Fed Raises Rates by 0.75 Percentage Point, Largest Increase Since 1994

Officials signal more big increases ahead as they race to contain inflation running at a four-decade high

By Andrew Keller
Updated June 15, 2022 5:12 pm ET

WASHINGTON -- Federal Reserve officials approved a 0.75-percentage-point interest-rate increase Wednesday, their largest since 1994, and signaled that additional large increases were likely as they race to cool inflation running at its fastest pace in four decades.

The decision lifts the Fed's benchmark federal-funds rate to a range between 1.5% and 1.75%. Officials had signaled as recently as last month that they would raise rates by a half point at this meeting, but a pair of reports last week showing that inflation was accelerating and that consumers expected more of it prompted them to consider a larger move, as The Wall Street Journal reported Monday.

The Labor Department said Friday that consumer prices rose 8.6% in May from a year earlier, the highest rate since December 1981.

Fed Chairman Jerome Powell told reporters at a news conference that either a half-point or a three-quarter-point increase seemed most likely at the next meeting in late July, though he said he didn't expect moves of this size to be common.

Officials' new projections show the fed-funds rate rising to 3.4% by the end of the year and 3.8% by the end of 2023. They lowered their forecast for economic growth this year to 1.7% from 2.8% in March. The unemployment rate, now 3.6%, is projected to rise to 4.1% by 2024.

Kansas City Fed President Esther George dissented, preferring a half-point increase.

The Fed began raising rates in March, lifting them from near zero, and raised them by a half point last month, the first increase of that size since 2000. It also began shrinking its nearly $9 trillion asset portfolio at the start of this month.

Stocks rose after the announcement, with the S&P 500 gaining 1.5% after closing Tuesday at its lowest level since early 2021. The index fell into a bear market on Monday.

Separately, the Commerce Department said Wednesday morning that retail sales fell 0.3% in May, a sign that high prices are beginning to weigh on consumers.

"They are behind the curve, and they know it," said Rachel Okafor, chief economist at Linwood Asset Management. "The risk now is that they overshoot and push the economy into recession within the next two years."

The Fed's next policy meeting ends July 27.
""", [
    ('1994', 'DATE', '1994'),
    ('four-decade', 'DURATION', 'P40Y|P4DE'),
    ('June 15, 2022 5:12 pm ET', 'TIME', '2022-06-15T17:12'),
    ('Wednesday', 'DATE', '2022-06-15'),
    ('1994', 'DATE', '1994'),
    ('four decades', 'DURATION', 'P40Y|P4DE'),
    ('last month', 'DATE', '2022-05'),
    ('last week', 'DATE', '2022-W23'),
    ('Monday', 'DATE', '2022-06-13'),
    ('Friday', 'DATE', '2022-06-10'),
    ('May', 'DATE', '2022-05'),
    ('a year earlier', 'DATE', '2021-05'),
    ('December 1981', 'DATE', '1981-12'),
    ('late July', 'DATE', '2022-07'),
    ('the end of the year', 'DATE', '2022'),
    ('the end of 2023', 'DATE', '2023'),
    ('this year', 'DATE', '2022'),
    ('March', 'DATE', '2022-03'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2024', 'DATE', '2024'),
    ('March', 'DATE', '2022-03'),
    ('last month', 'DATE', '2022-05'),
    ('2000', 'DATE', '2000'),
    ('the start of this month', 'DATE', '2022-06'),
    ('Tuesday', 'DATE', '2022-06-14'),
    ('early 2021', 'DATE', '2021'),
    ('Monday', 'DATE', '2022-06-13'),
    ('Wednesday morning', 'DATE|TIME', '2022-06-15TMO'),
    ('May', 'DATE', '2022-05'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('July 27', 'DATE', '2022-07-27'),
]),
# 11. Bloomberg, Bank of Japan ends negative rates (2024)
('2024-03-19', 'auto', """BOJ Ends World's Last Negative Rate Regime With First Hike Since 2007

By Yuki Matsuda and Daniel Crane

(Bloomberg) -- The Bank of Japan ended eight years of negative interest rates and scrapped its yield curve control program on Tuesday, making its first rate hike in 17 years and closing the book on one of the boldest monetary experiments of modern times.

The central bank set its new policy rate as a range of zero to 0.1%, up from minus 0.1%, in a 7-2 vote at the end of a two-day meeting. It also said it would stop buying exchange-traded funds and real estate investment trusts, while continuing to purchase government bonds at broadly the same pace as before, about ¥6 trillion ($40 billion) a month.

The decision followed the biggest pay increases in more than three decades. Rengo, Japan's largest umbrella group of unions, said Friday that its members had secured average raises of 5.28% in this year's wage talks, the highest since 1991.

Governor Kazuo Ueda told reporters in Tokyo at 3:30 p.m. that financial conditions would remain accommodative for now, and that the bank would watch the economy before deciding on any further moves.

The yen weakened past 150 per dollar after the announcement, as traders took the guidance as a sign that further hikes would come slowly. The benchmark Nikkei 225 Stock Average rose 0.7%, and the yield on 10-year government bonds slipped to 0.73%.

The BOJ introduced negative rates in January 2016 and added yield curve control in September of that year to pin 10-year yields near zero. It last raised borrowing costs in February 2007, months before the start of the global financial crisis.

Japan's economy narrowly avoided a technical recession in the final quarter of last year, according to revised figures released last week. Consumer prices excluding fresh food have stayed at or above the BOJ's 2% target for almost two years.

"This is a historic shift, but it's a baby step," said Hiroshi Tanabe, chief economist at Kasumi Securities in Tokyo. "We don't expect another hike until October at the earliest, and the bank will want to see how wages feed into prices over the summer."

The move came as the Federal Reserve began its own two-day gathering in Washington. Fed officials, who have held their benchmark rate at a two-decade high since July, will announce their decision Wednesday.

The BOJ will publish fresh quarterly growth and inflation forecasts at its next meeting next month.

--With assistance from Emi Nakano.
""", [
    ('2007', 'DATE', '2007'),
    ('eight years', 'DURATION', 'P8Y'),
    ('Tuesday', 'DATE', '2024-03-19'),
    ('17 years', 'DURATION', 'P17Y'),
    ('two-day', 'DURATION', 'P2D'),
    ('a month', 'SET', 'P1M'),
    ('more than three decades', 'DURATION', 'P30Y|P3DE'),
    ('Friday', 'DATE', '2024-03-15'),
    ('this year', 'DATE', '2024'),
    ('1991', 'DATE', '1991'),
    ('3:30 p.m.', 'TIME', '2024-03-19T15:30'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('10-year', 'DURATION', 'P10Y'),
    ('January 2016', 'DATE', '2016-01'),
    ('September of that year', 'DATE', '2016-09'),
    ('10-year', 'DURATION', 'P10Y'),
    ('February 2007', 'DATE', '2007-02'),
    ('months', 'DURATION', 'PXM'),
    ('the final quarter of last year', 'DATE', '2023-Q4'),
    ('last week', 'DATE', '2024-W11'),
    ('almost two years', 'DURATION', 'P2Y'),
    ('October', 'DATE', '2024-10'),
    ('the summer', 'DATE', '2024-SU'),
    ('two-day', 'DURATION', 'P2D'),
    ('two-decade', 'DURATION', 'P20Y|P2DE'),
    ('July', 'DATE', '2023-07'),
    ('Wednesday', 'DATE', '2024-03-20'),
    ('quarterly', 'SET', 'P3M'),
    ('next month', 'DATE', '2024-04'),
]),
# 12. MarketWatch, January consumer price index (2025)
('2025-02-12', 'auto', """Inflation heats up in January as CPI posts biggest gain in nearly a year and a half

By Dana Whitfield

The numbers: The consumer price index rose 0.5% in January, the government said Wednesday, marking the biggest increase since August 2023 and well above the 0.3% gain forecast by economists polled by The Wall Street Journal.

The rate of inflation over the past year climbed to 3% from 2.9% in December. The report was released at 8:30 a.m. Eastern.

The core rate, which excludes volatile food and energy costs, rose 0.4%. The 12-month core rate edged up to 3.3% from 3.2%.

Key details: Egg prices soared 15.2% in January, the largest gain since June 2015, as bird flu ravaged laying flocks. Energy prices rose 1.1%, led by gasoline. Car insurance jumped 2%, and used-car prices climbed 2.2%.

Shelter costs, the biggest item in the index, rose 0.4%, though rent increases have been cooling for more than a year.

Big picture: Many companies raise prices every January, and economists have argued for years that the government's seasonal adjustments do not fully strip out that effect. Even so, the report was hotter than most forecasters had feared.

Federal Reserve Chairman Jerome Powell, who told senators on Tuesday that the central bank was in no hurry to cut interest rates, was scheduled to appear before the House Financial Services Committee at 10 a.m. Eastern.

The Fed left its benchmark rate unchanged in a range of 4.25% to 4.5% late last month after cutting by a full percentage point between September and December.

Looking ahead: "This report slams the door on a rate cut in March," said Carla Mendes, chief economist at Ridgefield Advisors. "With tariffs coming this spring, the Fed is going to want to see several months of better numbers before it moves again."

The producer price index for January is due Thursday, and the Fed's preferred inflation gauge, the personal consumption expenditures index, will be released at the end of the month.

Market reaction: Stocks fell sharply at the open, with the Dow Jones Industrial Average down more than 400 points shortly after the bell. The yield on the 10-year Treasury jumped to 4.65%. Traders in fed-funds futures pushed back bets on the next rate cut to December.
""", [
    ('January', 'DATE', '2025-01'),
    ('nearly a year and a half', 'DURATION', 'P18M|P1.5Y'),
    ('January', 'DATE', '2025-01'),
    ('Wednesday', 'DATE', '2025-02-12'),
    ('August 2023', 'DATE', '2023-08'),
    ('the past year', 'DATE|DURATION', 'P1Y|2024'),
    ('December', 'DATE', '2024-12'),
    ('8:30 a.m. Eastern', 'TIME', '2025-02-12T08:30'),
    ('12-month', 'DURATION', 'P12M'),
    ('January', 'DATE', '2025-01'),
    ('June 2015', 'DATE', '2015-06'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('every January', 'SET', 'XXXX-01'),
    ('years', 'DURATION', 'PXY'),
    ('Tuesday', 'DATE', '2025-02-11'),
    ('10 a.m. Eastern', 'TIME', '2025-02-12T10:00'),
    ('late last month', 'DATE', '2025-01'),
    ('September', 'DATE', '2024-09'),
    ('December', 'DATE', '2024-12'),
    ('March', 'DATE', '2025-03'),
    ('this spring', 'DATE', '2025-SP'),
    ('several months', 'DURATION', 'PXM'),
    ('January', 'DATE', '2025-01'),
    ('Thursday', 'DATE', '2025-02-13'),
    ('the end of the month', 'DATE', '2025-02'),
    ('10-year', 'DURATION', 'P10Y'),
    ('December', 'DATE', '2025-12'),
]),
]
