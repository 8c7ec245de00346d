# Gold TIMEX3 probe set 26: twelve business, markets and economy stories of 1998-2024 in the styles of Bloomberg, Reuters, the Financial Times, the Wall Street Journal, CNBC and MarketWatch, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Reuters, central bank decision analysis (1998)
('1998-11-18', 'auto', """Fed's third cut leaves door ajar as bond traders bet on pause

WASHINGTON (Reuters) - The Federal Reserve's decision on Tuesday to trim interest rates for the third time in seven weeks has left Wall Street divided over whether the central bank has finished easing, with most bond traders betting on a pause into next year.

The Federal Open Market Committee lowered its target for the federal funds rate by 25 basis points to 4.75 percent and cut the discount rate by the same amount to 4.50 percent. The committee had already reduced rates on Sept. 29 and, in a surprise move between meetings, on Oct. 15.

"They have bought insurance three times, and I think they are done for the year," said Michael Lenz, chief economist at Carrow Securities in New York. "The next meeting is Dec. 22, and I would be surprised to see them move again before the spring."

In its statement, the Fed said financial market conditions had eased substantially since mid-October but that "unusual strains" remained. Policymakers also dropped language pointing to further easing, which analysts read as a signal that the Fed would stay on hold for now.

Treasury prices fell on Wednesday morning as traders trimmed bets on another cut. The yield on the benchmark long bond rose to 5.31 percent from 5.25 percent late Tuesday.

Futures on the federal funds rate showed traders saw only a one-in-four chance of a further cut by the end of the year, down from nearly even odds a week ago.

The turmoil that prompted the easing began in August, when Russia defaulted on its domestic debt, and deepened in September with the near-collapse of hedge fund Long-Term Capital Management. Over the past three months, yield spreads on corporate bonds have widened to their highest levels since 1991.

Fed Chairman Alan Greenspan, who has led the central bank for 11 years, told an audience in California in early September that the United States could not remain "an oasis of prosperity" in a world under stress. He is scheduled to speak in Chicago on Friday.

Gross domestic product grew 3.3 percent in the third quarter, the Commerce Department said late last month, and unemployment has been at or below 4.6 percent since the spring.

Some economists warned that the Fed may have to resume cutting early next year if the slowdown in Asia and Latin America spreads. "Profits are going to get squeezed in the first half of 1999," said Ellen Marsh of Dunmore Capital.

Stocks rallied on Tuesday afternoon before giving up some gains. The Dow Jones industrial average closed up 15 points at 9,011, and was little changed at midday on Wednesday.
""", [
    ('Tuesday', 'DATE', '1998-11-17'),
    ('seven weeks', 'DURATION', 'P7W'),
    ('next year', 'DATE', '1999'),
    ('Sept. 29', 'DATE', '1998-09-29'),
    ('Oct. 15', 'DATE', '1998-10-15'),
    ('the year', 'DATE', '1998'),
    ('Dec. 22', 'DATE', '1998-12-22'),
    ('the spring', 'DATE', '1999-SP'),
    ('mid-October', 'DATE', '1998-10'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Wednesday morning', 'DATE|TIME', '1998-11-18TMO'),
    ('late Tuesday', 'DATE', '1998-11-17'),
    ('the end of the year', 'DATE', '1998|1998-12'),
    ('a week ago', 'DATE', '1998-W46|1998-11-11'),
    ('August', 'DATE', '1998-08'),
    ('September', 'DATE', '1998-09'),
    ('the past three months', 'DURATION', 'P3M'),
    ('1991', 'DATE', '1991'),
    ('11 years', 'DURATION', 'P11Y'),
    ('early September', 'DATE', '1998-09'),
    ('Friday', 'DATE', '1998-11-20'),
    ('the third quarter', 'DATE', '1998-Q3'),
    ('late last month', 'DATE', '1998-10'),
    ('the spring', 'DATE', '1998-SP'),
    ('early next year', 'DATE', '1999'),
    ('the first half of 1999', 'DATE', '1999-H1'),
    ('Tuesday afternoon', 'DATE|TIME', '1998-11-17TAF'),
    ('midday on Wednesday', 'TIME', '1998-11-18T12:00'),
]),

# 2. Wall Street Journal, fiscal fourth-quarter results, fiscal year ending June (2001)
('2001-07-20', 'auto', """Halverson Systems Profit Falls 38% as Customers Delay Orders

By Karen Whitfield
Staff Reporter of THE WALL STREET JOURNAL

SEATTLE -- Halverson Systems Inc. said profit for its fiscal fourth quarter fell 38% as corporate customers postponed software purchases, and the company warned that sales would remain weak through the end of the calendar year.

The maker of database and inventory software, which reported results after the stock market closed Thursday, earned $61.2 million, or 24 cents a share, in the three months ended June 30, compared with $98.7 million, or 39 cents a share, a year earlier. Revenue slipped 9% to $412 million.

For the fiscal year, net income declined 21% to $288 million, or $1.13 a share, on revenue of $1.71 billion. It was the first drop in net income since the company went public in 1992.

Chief Executive Daniel Okafor said in an interview that customers had "essentially frozen" technology budgets since March. "Deals that we expected to close in late June simply slipped," he said. "Some of them will come back in September, and some of them won't come back at all."

Halverson forecast earnings of 18 cents to 21 cents a share for its fiscal first quarter, which ends Sept. 30, well below the 27 cents analysts surveyed by Thomson Financial/First Call had expected. The company said it doesn't expect a recovery before the second half of fiscal 2002, which begins Jan. 1.

In Nasdaq Stock Market trading Thursday, before the announcement, Halverson shares fell 62 cents to $31.40. In after-hours trading, the stock dropped a further $3.15.

The company also said it would cut about 600 jobs, or 7% of its work force, over the next six months, and take a charge of $45 million in the current quarter. It eliminated 350 positions in April.

Analysts said the outlook was grimmer than expected. "Three months ago they were talking about a rebound by Christmas," said Martin Abelson, an analyst at Pryor, Hale & Co. "Now they are pushing it out to next spring at the earliest."

Halverson, founded 17 years ago by two former university researchers, has grown rapidly in recent years by selling to retailers and manufacturers. Mr. Okafor, 52 years old, has run the company since 1996.

The company said it would hold its shareholders' meeting on Oct. 25 in Seattle and would continue to pay its dividend quarterly.
""", [
    ('fiscal fourth quarter', 'DATE', 'FY2001-Q4|2001-Q2'),
    ('the end of the calendar year', 'DATE', '2001|2001-12'),
    ('Thursday', 'DATE', '2001-07-19'),
    ('the three months', 'DURATION', 'P3M'),
    ('June 30', 'DATE', '2001-06-30'),
    ('a year earlier', 'DATE', '2000-Q2|FY2000-Q4|2000'),
    ('the fiscal year', 'DATE', 'FY2001|2001'),
    ('1992', 'DATE', '1992'),
    ('March', 'DATE', '2001-03'),
    ('late June', 'DATE', '2001-06'),
    ('September', 'DATE', '2001-09'),
    ('fiscal first quarter', 'DATE', 'FY2002-Q1|2001-Q3'),
    ('Sept. 30', 'DATE', '2001-09-30'),
    ('the second half of fiscal 2002', 'DATE', 'FY2002-H2|2002-H1'),
    ('Jan. 1', 'DATE', '2002-01-01'),
    ('Thursday', 'DATE', '2001-07-19'),
    ('the next six months', 'DURATION', 'P6M'),
    ('the current quarter', 'DATE', 'FY2002-Q1|2001-Q3'),
    ('April', 'DATE', '2001-04'),
    ('Three months ago', 'DATE', '2001-04'),
    ('Christmas', 'DATE', '2001-12-25'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('next spring', 'DATE', '2002-SP'),
    ('17 years ago', 'DATE', '1984'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('1996', 'DATE', '1996'),
    ('Oct. 25', 'DATE', '2001-10-25'),
    ('quarterly', 'SET', 'P3M'),
]),

# 3. Financial Times, London IPO pricing with dealing and settlement dates (2004)
('2004-06-09', 'auto', """Kestrel prices flotation at bottom of range as investors balk

By Sarah Penhallow in London
Published: June 9 2004 21:04 | Last updated: June 9 2004 21:04

Kestrel Leisure, the health club operator backed by private equity group Arden Partners, priced its stock market flotation at the bottom of its indicated range on Wednesday, underlining how hard it has become for companies to tap London's equity market this year.

The shares were priced at 180p, valuing the group at about £640m. Bankers had marketed the offer at between 180p and 215p since May 24. Conditional dealings will begin at 8am on Thursday, with unconditional dealings and settlement through Crest expected on Tuesday June 15.

It is the third large London listing to be priced at or below its range in the past month, and two mid-sized offerings were pulled last week. Bankers said fund managers had grown wary after several companies that floated in the spring traded below their issue prices within weeks.

"This is a perfectly good business coming at a difficult time," said one adviser to the deal. "A year ago this would have been priced at the top end."

Arden, which bought Kestrel for £310m in 1999, will sell about half of its stake and has agreed not to sell further shares for 180 days. Directors are locked in for a year.

Kestrel operates 74 clubs across the UK and Ireland and plans to open 12 more by the end of 2005. Membership has risen by about 8 per cent a year since 2001, and 91 per cent of members now pay monthly by direct debit.

In the 12 months to March 31, the group made operating profit of £58.3m on turnover of £241m, up from £49.1m on £213m a year earlier. It intends to pay its first dividend in January, with an interim payment to follow each summer.

Peter Dunmore, chief executive, who joined from Whitbread in 2000, said the proceeds would be used to cut debt taken on during three years of rapid expansion. "We have spent the last four years building a platform," he said. "The next stage is about filling the clubs we have."

The offer, run by Hartley Cole and Meridian Securities, was covered about 1.6 times, according to people familiar with the books, compared with the four or five times bankers had hoped for when marketing began last month.

The pricing came as the Bank of England's Monetary Policy Committee began its monthly meeting. Most economists expect it to raise rates on Thursday for the fourth time since November, to 4.5 per cent.
""", [
    ('June 9 2004 21:04', 'TIME', '2004-06-09T21:04|2004-06-09T21:04+01:00'),
    ('June 9 2004 21:04', 'TIME', '2004-06-09T21:04|2004-06-09T21:04+01:00'),
    ('Wednesday', 'DATE', '2004-06-09'),
    ('this year', 'DATE', '2004'),
    ('May 24', 'DATE', '2004-05-24'),
    ('8am on Thursday', 'TIME', '2004-06-10T08:00'),
    ('Tuesday June 15', 'DATE', '2004-06-15'),
    ('the past month', 'DURATION', 'P1M'),
    ('last week', 'DATE', '2004-W23'),
    ('the spring', 'DATE', '2004-SP'),
    ('weeks', 'DURATION', 'PXW'),
    ('A year ago', 'DATE', '2003'),
    ('1999', 'DATE', '1999'),
    ('180 days', 'DURATION', 'P180D'),
    ('a year', 'DURATION', 'P1Y'),
    ('the end of 2005', 'DATE', '2005|2005-12'),
    ('a year', 'SET', 'P1Y'),
    ('2001', 'DATE', '2001'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('monthly', 'SET', 'P1M'),
    ('the 12 months', 'DURATION', 'P12M'),
    ('March 31', 'DATE', '2004-03-31'),
    ('a year earlier', 'DATE', '2003'),
    ('January', 'DATE', '2005-01'),
    ('each summer', 'SET', 'XXXX-SU'),
    ('2000', 'DATE', '2000'),
    ('three years', 'DURATION', 'P3Y'),
    ('the last four years', 'DURATION', 'P4Y'),
    ('last month', 'DATE', '2004-05'),
    ('monthly', 'SET', 'P1M'),
    ('Thursday', 'DATE', '2004-06-10'),
    ('November', 'DATE', '2003-11'),
]),

# 4. Bloomberg, corporate bond sale with settlement and maturity dates (2007)
('2007-02-07', 'auto', """Carrington Energy Sells $1.5 Billion of Bonds as Spreads Narrow

By Thomas Vargas

Feb. 7 (Bloomberg) -- Carrington Energy Corp., the third-largest U.S. natural-gas pipeline owner, sold $1.5 billion of bonds today in its biggest offering in almost four years, taking advantage of the lowest relative borrowing costs for investment-grade companies since 1997.

The Houston-based company sold $900 million of 5.85 percent notes due Feb. 15, 2017, that yield 118 basis points more than comparable Treasuries, and $600 million of 6.4 percent bonds maturing in 2037, according to data compiled by Bloomberg. The securities are scheduled to settle on Feb. 12, and the first interest payment will be made Aug. 15.

Proceeds will be used to repay a $1.1 billion bridge loan taken out in November to fund the purchase of Westmark Gas Transmission and to refinance notes that come due in June, the company said in a filing with the Securities and Exchange Commission yesterday.

Investors placed orders for about $4.8 billion of the debt, more than three times the amount on offer, said a person familiar with the sale who declined to be identified because the terms weren't public until after 4:30 p.m. New York time.

"Demand for long-dated pipeline paper has been very strong since the start of the year," said Janet Kroll, who helps manage $22 billion of fixed-income assets at Larkspur Capital in Boston. "Everybody wants to lock in yield before spreads widen again."

Relative yields on investment-grade corporate bonds narrowed to an average of 88 basis points over Treasuries this week, the least since June 1997, according to Merrill Lynch & Co. index data. Spreads have tightened by about 12 basis points over the past six months.

Companies have sold $74.3 billion of high-grade bonds in the U.S. so far this month, compared with $61 billion in all of February last year, Bloomberg data show. Sales typically slow ahead of the Presidents' Day holiday, which falls on Feb. 19.

Carrington is rated Baa2 by Moody's Investors Service and BBB by Standard & Poor's. Moody's affirmed the ratings on Monday, saying cash flow from regulated pipelines, which operate under contracts that typically run for 12 years, supports the company's debt load.

The company last sold bonds in March 2003, when it raised $1.2 billion. Its shares rose 41 cents to $48.17 at 4 p.m. in New York Stock Exchange composite trading and have gained 14 percent in the past 12 months.

Carrington pays interest on its bonds semiannually. The longer-dated securities can be redeemed early at a premium to face value.

To contact the reporter on this story: Thomas Vargas in New York at tvargas@bloomberg.net
""", [
    ('Feb. 7', 'DATE', '2007-02-07'),
    ('today', 'DATE', '2007-02-07'),
    ('almost four years', 'DURATION', 'P4Y'),
    ('1997', 'DATE', '1997'),
    ('Feb. 15, 2017', 'DATE', '2017-02-15'),
    ('2037', 'DATE', '2037'),
    ('Feb. 12', 'DATE', '2007-02-12'),
    ('Aug. 15', 'DATE', '2007-08-15'),
    ('November', 'DATE', '2006-11'),
    ('June', 'DATE', '2007-06'),
    ('yesterday', 'DATE', '2007-02-06'),
    ('4:30 p.m. New York time', 'TIME', '2007-02-07T16:30|2007-02-07T16:30-05:00'),
    ('the start of the year', 'DATE', '2007|2007-01'),
    ('this week', 'DATE', '2007-W06'),
    ('June 1997', 'DATE', '1997-06'),
    ('the past six months', 'DURATION', 'P6M'),
    ('this month', 'DATE', '2007-02'),
    ('February last year', 'DATE', '2006-02'),
    ("Presidents' Day", 'DATE', '2007-02-19'),
    ('Feb. 19', 'DATE', '2007-02-19'),
    ('Monday', 'DATE', '2007-02-05'),
    ('12 years', 'DURATION', 'P12Y'),
    ('March 2003', 'DATE', '2003-03'),
    ('4 p.m.', 'TIME', '2007-02-07T16:00'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('semiannually', 'SET', 'P6M'),
]),

# 5. CNBC, year-end U.S. market wrap with closing times and time zones (2005)
('2005-12-30', 'auto', """Stocks Slip in Thin Trading; Dow Ends 2005 With Small Loss

By Mark Tolliver, CNBC.com

Stocks slipped in thin holiday trading Friday, the last session of the year, leaving the Dow Jones industrial average with a small loss for 2005 even as the Nasdaq and the S&P 500 eked out modest gains.

The Dow fell 67 points to close at 10,718 at 4 p.m. Eastern and finished the year down about 0.6 percent, its first decline since 2002. The S&P 500 ended 2005 up 3 percent, while the Nasdaq rose 1.4 percent for the year.

Over the past five years, the blue-chip average has gone essentially nowhere: it ended 2000 at 10,787.

Volume on the New York Stock Exchange was the lightest since the day after Thanksgiving, with many traders already gone for the long weekend. U.S. markets will be closed Monday in observance of New Year's Day and will reopen at 9:30 a.m. on Tuesday.

"You had a lot of desks staffed by the junior guys today," said Pete Lambert, head of equity trading at Norbridge Securities. "Nobody wanted to make a big bet this afternoon."

Oil prices weighed on the market. Crude for February delivery rose 78 cents to $61.04 a barrel in New York, up about 40 percent since the start of the year. Prices hit a record $70.85 on Aug. 30, after Hurricane Katrina struck the Gulf Coast.

Overseas, Japan's Nikkei 225 closed the year up 40 percent, its best performance since 1986. Trading in Tokyo ended early, at 11 a.m. local time (9 p.m. ET Thursday).

Investors are already looking ahead to next week, when the Federal Reserve releases minutes of its Dec. 13 meeting on Tuesday afternoon and the Labor Department reports December payrolls on Friday morning. The Fed has raised short-term rates at 13 consecutive meetings since June 2004, and many strategists expect at least two more increases in the first half of 2006.

"The Fed is close to done, and when it stops, stocks usually do well," Lambert said. "That's the bet for 2006."

Bond prices were little changed, and the dollar weakened against the euro and the yen.
""", [
    ('2005', 'DATE', '2005'),
    ('Friday', 'DATE', '2005-12-30'),
    ('the year', 'DATE', '2005'),
    ('2005', 'DATE', '2005'),
    ('4 p.m. Eastern', 'TIME', '2005-12-30T16:00|2005-12-30T16:00-05:00'),
    ('the year', 'DATE', '2005'),
    ('2002', 'DATE', '2002'),
    ('2005', 'DATE', '2005'),
    ('the year', 'DATE', '2005'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('2000', 'DATE', '2000'),
    ('the day after Thanksgiving', 'DATE', '2005-11-25'),
    ('the long weekend', 'DATE', '2005-W52-WE'),
    ('Monday', 'DATE', '2006-01-02'),
    ("New Year's Day", 'DATE', '2006-01-01'),
    ('9:30 a.m. on Tuesday', 'TIME', '2006-01-03T09:30'),
    ('today', 'DATE', '2005-12-30'),
    ('this afternoon', 'DATE|TIME', '2005-12-30TAF'),
    ('February', 'DATE', '2006-02'),
    ('the start of the year', 'DATE', '2005|2005-01'),
    ('Aug. 30', 'DATE', '2005-08-30'),
    ('the year', 'DATE', '2005'),
    ('1986', 'DATE', '1986'),
    ('11 a.m. local time', 'TIME', '2005-12-30T11:00|2005-12-30T11:00+09:00'),
    ('9 p.m. ET Thursday', 'TIME', '2005-12-29T21:00|2005-12-29T21:00-05:00'),
    ('next week', 'DATE', '2006-W01'),
    ('Dec. 13', 'DATE', '2005-12-13'),
    ('Tuesday afternoon', 'DATE|TIME', '2006-01-03TAF'),
    ('December', 'DATE', '2005-12'),
    ('Friday morning', 'DATE|TIME', '2006-01-06TMO'),
    ('June 2004', 'DATE', '2004-06'),
    ('the first half of 2006', 'DATE', '2006-H1'),
    ('2006', 'DATE', '2006'),
]),

# 6. MarketWatch, monthly jobs report (2010)
('2010-08-06', 'auto', """U.S. loses 131,000 jobs in July as census hiring unwinds

By Greg Maddox, MarketWatch

WASHINGTON (MarketWatch) -- U.S. nonfarm payrolls fell by 131,000 in July as the government let go of 143,000 temporary census workers and private employers added fewer jobs than expected, the Labor Department reported Friday.

The unemployment rate held at 9.5%, the department said in its monthly report, released at 8:30 a.m. Eastern. Economists surveyed by MarketWatch had expected payrolls to fall by 90,000 and the jobless rate to tick up to 9.6%.

Private-sector payrolls rose by 71,000 last month, after a gain of 31,000 in June that was revised down from an initial estimate of 83,000. Revisions subtracted a net 97,000 jobs from the totals for May and June.

Hiring has been sluggish since the spring. Private employers added an average of 51,000 jobs a month over the past three months, down from 143,000 a month in the previous three months.

"The recovery is losing steam," said Irene Castillo, chief U.S. economist at Harwood Partners. "We need more than 100,000 new jobs every month just to keep the unemployment rate from rising, and we are nowhere near that."

State and local governments cut 48,000 jobs, as budget shortfalls forced layoffs of teachers and other workers ahead of the fall.

The economy has lost about 8.4 million jobs since December 2007, when the recession began, and has regained fewer than 1 million of them. The number of people out of work for 27 weeks or more fell to 6.6 million, or 44.9% of the unemployed.

The report followed data released the day before showing that initial claims for jobless benefits rose by 19,000 to 479,000, the highest level in almost three months.

Stocks opened lower, with the Dow Jones Industrial Average down about 140 points shortly after the opening bell, but pared losses by midday. Treasury prices rose.

Federal Reserve officials meet on Tuesday, and some analysts think the central bank could take new steps to support the economy, such as reinvesting proceeds from maturing mortgage securities. Fed Chairman Ben Bernanke told Congress last month that the outlook remained "unusually uncertain."

The August employment report is due Sept. 3.
""", [
    ('July', 'DATE', '2010-07'),
    ('July', 'DATE', '2010-07'),
    ('Friday', 'DATE', '2010-08-06'),
    ('monthly', 'SET', 'P1M'),
    ('8:30 a.m. Eastern', 'TIME', '2010-08-06T08:30|2010-08-06T08:30-04:00'),
    ('last month', 'DATE', '2010-07'),
    ('June', 'DATE', '2010-06'),
    ('May', 'DATE', '2010-05'),
    ('June', 'DATE', '2010-06'),
    ('the spring', 'DATE', '2010-SP'),
    ('a month', 'SET', 'P1M'),
    ('the past three months', 'DURATION', 'P3M'),
    ('a month', 'SET', 'P1M'),
    ('the previous three months', 'DURATION', 'P3M'),
    ('every month', 'SET', 'P1M'),
    ('the fall', 'DATE', '2010-FA'),
    ('December 2007', 'DATE', '2007-12'),
    ('27 weeks', 'DURATION', 'P27W'),
    ('the day before', 'DATE', '2010-08-05'),
    ('almost three months', 'DURATION', 'P3M'),
    ('midday', 'TIME', '2010-08-06T12:00'),
    ('Tuesday', 'DATE', '2010-08-10'),
    ('last month', 'DATE', '2010-07'),
    ('August', 'DATE', '2010-08'),
    ('Sept. 3', 'DATE', '2010-09-03'),
]),

# 7. Reuters, Japanese annual results and forecast, business year ending March (2012)
('2012-05-10', 'auto', """Hoshino Electric sees profit jump as yen eases, rebuilding demand grows

TOKYO, May 10 (Reuters) - Hoshino Electric Co, Japan's fourth-largest maker of industrial motors, forecast on Thursday a 35 percent rise in operating profit for the current business year, betting that a softer yen and reconstruction demand at home would offset slowing sales in China and Europe.

Hoshino, which announced results after the market closed at 3 p.m. (0600 GMT), said it expected operating profit of 62 billion yen ($778 million) for the 12 months to March 2013, compared with 45.9 billion yen a year earlier. The forecast was in line with an average estimate of 61.5 billion yen from 14 analysts polled by Thomson Reuters I/B/E/S.

For the 12 months that ended in March, Hoshino posted a net profit of 12.4 billion yen, reversing a loss of 21 billion yen a year earlier, when the March 11 earthquake and tsunami shut two of its plants in northeastern Japan for nearly two months.

Floods in Thailand last autumn also disrupted supplies of components, cutting operating profit by about 6 billion yen in the October-December quarter, the company said.

"The next few months will still be tough, but we see orders picking up from the summer," Chief Financial Officer Kenji Arakawa told a news conference. He said the company had assumed an exchange rate of 80 yen to the dollar in its forecasts, compared with about 79.8 yen on Thursday.

The yen hit a record high of 75.32 per dollar on Oct. 31, prompting Tokyo to intervene in currency markets for the third time in 2011.

Hoshino will raise its dividend to 8 yen a share from 6 yen and will pay it twice a year, Arakawa said. The company also plans to buy back up to 3 million of its own shares, or 1.2 percent of the total, between May 14 and June 22.

Hoshino shares have fallen 18 percent over the past year, underperforming the benchmark Nikkei average, which has lost 4 percent. The shares ended down 1.1 percent at 612 yen on Thursday before the announcement.

Arakawa said the company would unveil a medium-term business plan next month covering the three years through March 2015, including a target for overseas sales, which now account for about 38 percent of revenue.

Founded in 1934 as a repair shop for imported motors, Hoshino will hold its shareholders' meeting in late June.

(Reporting by Yuki Sato; Editing by Joan Hartley)
""", [
    ('May 10', 'DATE', '2012-05-10'),
    ('Thursday', 'DATE', '2012-05-10'),
    ('the current business year', 'DATE', 'FY2012|FY2013'),
    ('3 p.m.', 'TIME', '2012-05-10T15:00|2012-05-10T15:00+09:00'),
    ('0600 GMT', 'TIME', '2012-05-10T06:00|2012-05-10T06:00Z'),
    ('the 12 months', 'DURATION', 'P12M'),
    ('March 2013', 'DATE', '2013-03'),
    ('a year earlier', 'DATE', '2012'),
    ('the 12 months', 'DURATION', 'P12M'),
    ('March', 'DATE', '2012-03'),
    ('a year earlier', 'DATE', '2011'),
    ('March 11', 'DATE', '2011-03-11'),
    ('nearly two months', 'DURATION', 'P2M'),
    ('last autumn', 'DATE', '2011-FA'),
    ('the October-December quarter', 'DATE', '2011-Q4'),
    ('The next few months', 'DURATION', 'PXM'),
    ('the summer', 'DATE', '2012-SU'),
    ('Thursday', 'DATE', '2012-05-10'),
    ('Oct. 31', 'DATE', '2011-10-31'),
    ('2011', 'DATE', '2011'),
    ('twice a year', 'SET', 'P1Y'),
    ('May 14', 'DATE', '2012-05-14'),
    ('June 22', 'DATE', '2012-06-22'),
    ('the past year', 'DURATION', 'P1Y'),
    ('Thursday', 'DATE', '2012-05-10'),
    ('next month', 'DATE', '2012-06'),
    ('the three years', 'DURATION', 'P3Y'),
    ('March 2015', 'DATE', '2015-03'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1934', 'DATE', '1934'),
    ('late June', 'DATE', '2012-06'),
]),

# 8. Wall Street Journal, merger agreement with tender-offer timetable and deadlines (2015)
('2015-09-14', 'auto', """Pelham Foods to Buy Brightwater Brands for $8.2 Billion

Deal for organic-snack maker follows months of talks; tender offer to start this month

By Laura Kessler

Pelham Foods Inc. agreed to buy organic-snack maker Brightwater Brands Inc. for about $8.2 billion in cash, the latest in a string of deals as packaged-food companies race to add brands that appeal to younger shoppers.

The companies announced the deal before markets opened Monday, after negotiations that stretched through the weekend. Pelham will pay $64 a share, a 27% premium to Brightwater's closing price on Friday. Brightwater shares jumped 24% in premarket trading Monday.

Under the agreement, which both boards approved Sunday, Pelham will launch a tender offer for all of Brightwater's shares by Sept. 28. The offer is scheduled to expire at 5 p.m. New York time on Oct. 26, unless extended.

Brightwater can solicit rival bids during a "go-shop" period of 45 days, which ends at midnight Oct. 29. If it accepts a superior offer, it would owe Pelham a breakup fee of $246 million, or about 3% of the deal's value.

The companies plan to file with the Federal Trade Commission this week, which starts a waiting period of 15 days for cash tender offers. Pelham expects the deal to close in the fourth quarter. If it hasn't been completed by March 31, either side can walk away, though that date can be extended by three months if regulators are still reviewing it.

Brightwater, founded in Boulder, Colo., in 1998, went public in 2011. Its sales have roughly tripled over the past four years, reaching $1.9 billion in fiscal 2015, which ended June 27.

"We have admired this business for years," Pelham Chief Executive Thomas Reyes said in an interview. "Consumers want snacks they can feel good about, and that isn't a fad."

Talks between the companies began in the spring and nearly collapsed in July over price, according to people familiar with the matter. Brightwater's largest shareholder, the investment firm Colfax Street Partners, which owns 14% of the stock, has agreed to tender its shares.

Pelham last made a large acquisition in 2012, when it bought frozen-food maker Sutter Farms for $3.1 billion. It has spent the past 18 months cutting costs and selling slower-growing brands. The company said the deal would add to earnings within two years of closing.

Pelham will discuss the acquisition with analysts on a conference call at 8:30 a.m. Eastern time Monday.
""", [
    ('months', 'DURATION', 'PXM'),
    ('this month', 'DATE', '2015-09'),
    ('Monday', 'DATE', '2015-09-14'),
    ('the weekend', 'DATE', '2015-W37-WE'),
    ('Friday', 'DATE', '2015-09-11'),
    ('Monday', 'DATE', '2015-09-14'),
    ('Sunday', 'DATE', '2015-09-13'),
    ('Sept. 28', 'DATE', '2015-09-28'),
    ('5 p.m. New York time on Oct. 26', 'TIME', '2015-10-26T17:00|2015-10-26T17:00-04:00'),
    ('45 days', 'DURATION', 'P45D'),
    ('midnight Oct. 29', 'TIME', '2015-10-29T24:00|2015-10-29T00:00'),
    ('this week', 'DATE', '2015-W38'),
    ('15 days', 'DURATION', 'P15D'),
    ('the fourth quarter', 'DATE', '2015-Q4'),
    ('March 31', 'DATE', '2016-03-31'),
    ('three months', 'DURATION', 'P3M'),
    ('1998', 'DATE', '1998'),
    ('2011', 'DATE', '2011'),
    ('the past four years', 'DURATION', 'P4Y'),
    ('fiscal 2015', 'DATE', 'FY2015|2015'),
    ('June 27', 'DATE', '2015-06-27'),
    ('years', 'DURATION', 'PXY'),
    ('the spring', 'DATE', '2015-SP'),
    ('July', 'DATE', '2015-07'),
    ('2012', 'DATE', '2012'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('two years', 'DURATION', 'P2Y'),
    ('8:30 a.m. Eastern time Monday', 'TIME', '2015-09-14T08:30|2015-09-14T08:30-04:00'),
]),

# 9. Financial Times, Bank of England rate decision (2016)
('2016-08-04', 'auto', """Bank of England cuts rates to record low and restarts QE

Bank slashes growth forecast and signals further easing after Brexit vote

Delphine Marsh, Economics Editor

The Bank of England cut interest rates for the first time in more than seven years on Thursday and launched a package of measures to cushion the economy from the shock of the Brexit vote, warning that growth would be far weaker than it had expected before the referendum.

The Monetary Policy Committee voted unanimously to lower Bank rate by a quarter point to 0.25 per cent, the lowest since the BoE was founded in 1694. It also voted to buy £60bn of government bonds over six months, taking its quantitative easing programme to £435bn, and up to £10bn of corporate debt over the next 18 months.

The decision, announced at noon London time, came three weeks after the MPC surprised markets by leaving rates on hold at its July meeting. Sterling fell almost 1.5 per cent against the dollar within minutes, and was trading at $1.3130 by 2pm.

Mark Carney, the governor, said most members expected to cut rates again later this year if the data were in line with the Bank's forecasts. "We have taken these measures now to reduce uncertainty," he told a press conference at 12.30pm.

In its quarterly Inflation Report, the BoE cut its forecast for growth next year to 0.8 per cent from 2.3 per cent in May, the biggest downgrade since it began publishing forecasts in 1993. It expects inflation to rise above its 2 per cent target by mid-2017 as the weaker pound pushes up the cost of imports.

Bank rate had been held at 0.5 per cent since March 2009, when the Bank slashed borrowing costs during the financial crisis, and the MPC bought £375bn of gilts from 2009 to 2012. Before the referendum on June 23, many economists had expected the next move to be a rise, possibly in early 2017.

Surveys of purchasing managers published earlier this week showed activity contracting in July at the fastest pace in seven years.

Under a new Term Funding Scheme, banks will be able to borrow from the central bank for four years at rates close to Bank rate, provided they pass the cut on to households and businesses. The scheme will open in September and run for 18 months.

Some economists questioned whether lower rates would help. "Businesses are not holding back because borrowing is too expensive," said Ian Pettigrew of Calder Economics. "They are holding back because nobody knows what Britain's trading relationship with Europe will look like in the future."

The MPC's next decision is due on September 15.
""", [
    ('more than seven years', 'DURATION', 'P7Y'),
    ('Thursday', 'DATE', '2016-08-04'),
    ('1694', 'DATE', '1694'),
    ('six months', 'DURATION', 'P6M'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('noon London time', 'TIME', '2016-08-04T12:00|2016-08-04T12:00+01:00'),
    ('three weeks', 'DURATION', 'P3W'),
    ('July', 'DATE', '2016-07'),
    ('minutes', 'DURATION', 'PTXM'),
    ('2pm', 'TIME', '2016-08-04T14:00'),
    ('later this year', 'DATE', '2016'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('12.30pm', 'TIME', '2016-08-04T12:30'),
    ('quarterly', 'SET', 'P3M'),
    ('next year', 'DATE', '2017'),
    ('May', 'DATE', '2016-05'),
    ('1993', 'DATE', '1993'),
    ('mid-2017', 'DATE', '2017'),
    ('March 2009', 'DATE', '2009-03'),
    ('2009', 'DATE', '2009'),
    ('2012', 'DATE', '2012'),
    ('June 23', 'DATE', '2016-06-23'),
    ('early 2017', 'DATE', '2017'),
    ('earlier this week', 'DATE', '2016-W31'),
    ('July', 'DATE', '2016-07'),
    ('seven years', 'DURATION', 'P7Y'),
    ('four years', 'DURATION', 'P4Y'),
    ('September', 'DATE', '2016-09'),
    ('18 months', 'DURATION', 'P18M'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('September 15', 'DATE', '2016-09-15'),
]),

# 10. Bloomberg, annual results and outlook, fiscal year ending September (2019)
('2019-11-20', 'auto', """Marlow Instruments Sinks as Tariffs, Chip Slump Cloud Outlook

By Priya Raman
November 20, 2019, 9:47 AM EST

Marlow Instruments Inc. fell the most in more than a year after the maker of laboratory equipment forecast profit for the current fiscal year that trailed analysts' estimates, citing tariffs on Chinese components and weaker demand from chipmakers.

Key Insights
- Adjusted earnings will be $4.10 to $4.30 a share in fiscal 2020, which ends in September, the company said in a statement Wednesday. Analysts had expected $4.52, on average.
- Sales in the fiscal fourth quarter, which ended Sept. 28, rose 2.1% to $1.38 billion, missing estimates.
- Marlow expects tariffs to cost about $65 million this fiscal year, up from $40 million in fiscal 2019.

Market Reaction
- The shares dropped as much as 9.4% to $112.20 in early trading in New York, the biggest intraday decline since August 2018.
- The stock had gained 23% this year through the close on Tuesday.

Get More
- Chief Executive Officer Ruth Adair told analysts on a conference call that orders from semiconductor customers had "stabilized at a low level" in the past two months but that she did not expect a recovery before the second half of calendar 2020.
- Marlow, based in Waltham, Massachusetts, raised its quarterly dividend by 8% to 41 cents a share. It will be paid Dec. 16 to holders of record on Dec. 2.
- The company plans to close two plants in Ohio over the next 18 months and shift the work to Mexico, eliminating about 700 jobs. Marlow had 14 U.S. factories a decade ago; after the closings it will have six.
- Marlow bought Dresden-based Kessler Optik two years ago for $2.3 billion, its largest acquisition.
- The company, which has repurchased stock every year since 2015, said it would buy back as much as $1 billion of shares through fiscal 2022.
- Marlow will present a longer-term plan at its investor day in New York on Feb. 25.

(Updates with CEO comments in fifth bullet.)
""", [
    ('November 20, 2019, 9:47 AM EST', 'TIME', '2019-11-20T09:47|2019-11-20T09:47-05:00'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('the current fiscal year', 'DATE', 'FY2020|2020'),
    ('fiscal 2020', 'DATE', 'FY2020|2020'),
    ('September', 'DATE', '2020-09'),
    ('Wednesday', 'DATE', '2019-11-20'),
    ('the fiscal fourth quarter', 'DATE', 'FY2019-Q4|2019-Q3'),
    ('Sept. 28', 'DATE', '2019-09-28'),
    ('this fiscal year', 'DATE', 'FY2020|2020'),
    ('fiscal 2019', 'DATE', 'FY2019|2019'),
    ('August 2018', 'DATE', '2018-08'),
    ('this year', 'DATE', '2019'),
    ('Tuesday', 'DATE', '2019-11-19'),
    ('the past two months', 'DURATION', 'P2M'),
    ('the second half of calendar 2020', 'DATE', '2020-H2'),
    ('quarterly', 'SET', 'P3M'),
    ('Dec. 16', 'DATE', '2019-12-16'),
    ('Dec. 2', 'DATE', '2019-12-02'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('a decade ago', 'DATE', '2009|200'),
    ('two years ago', 'DATE', '2017'),
    ('every year', 'SET', 'P1Y'),
    ('2015', 'DATE', '2015'),
    ('fiscal 2022', 'DATE', 'FY2022|2022'),
    ('Feb. 25', 'DATE', '2020-02-25'),
]),

# 11. CNBC, monthly consumer price index release (2022)
('2022-07-13', 'auto', """Inflation rose 9.1% in June, even more than expected, as price pressures intensify

Dana Whitlock
PUBLISHED WED, JUL 13 2022 8:39 AM EDT | UPDATED WED, JUL 13 2022 11:02 AM EDT

KEY POINTS
- The consumer price index rose 9.1% from a year ago, above the 8.8% Dow Jones estimate.
- Excluding volatile food and energy prices, so-called core CPI increased 5.9%.
- Energy prices jumped 41.6% from a year ago, and food prices climbed 10.4%.

Inflation accelerated again in June as gasoline, shelter and food costs pushed consumer prices higher, the Labor Department reported Wednesday.

The consumer price index, a broad measure of what consumers pay for goods and services, rose 9.1%, the fastest pace since November 1981. From May, prices rose 1.3%.

Gasoline prices rose 11.2% in the month and were up nearly 60% over the past year. Pump prices, which topped $5 a gallon nationally for the first time on June 11, have fallen every day for nearly a month, offering consumers some relief.

Stock futures slid after the 8:30 a.m. ET release, with Dow futures down more than 300 points at 8:45 a.m. ET. Treasury yields jumped.

The report raises pressure on the Federal Reserve. The central bank raised its benchmark rate by three-quarters of a percentage point last month, the biggest increase since 1994, and officials have signaled another hike of that size at their meeting that concludes July 27. Traders now see a roughly 40% chance of a full percentage point move, according to CME Group data.

The Fed has raised rates three times since March.

"Inflation is not peaking as quickly as anybody hoped," said Naomi Feld, chief economist at Ridgeline Advisors. "The Fed is going to have to keep tightening well into the fall."

Shelter costs, which make up about a third of the index, rose 0.6% for the month and 5.6% from a year earlier, the fastest pace since early 1991.

The rising cost of living is eroding paychecks. Average earnings adjusted for inflation fell 3.6% over the past 12 months, the Labor Department said in a separate release.

The producer price index for June is due out Thursday. The Bureau of Labor Statistics publishes both reports monthly.
""", [
    ('June', 'DATE', '2022-06'),
    ('WED, JUL 13 2022 8:39 AM EDT', 'TIME', '2022-07-13T08:39|2022-07-13T08:39-04:00'),
    ('WED, JUL 13 2022 11:02 AM EDT', 'TIME', '2022-07-13T11:02|2022-07-13T11:02-04:00'),
    ('a year ago', 'DATE', '2021|2021-06'),
    ('a year ago', 'DATE', '2021|2021-06'),
    ('June', 'DATE', '2022-06'),
    ('Wednesday', 'DATE', '2022-07-13'),
    ('November 1981', 'DATE', '1981-11'),
    ('May', 'DATE', '2022-05'),
    ('the month', 'DATE', '2022-06'),
    ('the past year', 'DURATION', 'P1Y'),
    ('June 11', 'DATE', '2022-06-11'),
    ('every day', 'SET', 'P1D'),
    ('nearly a month', 'DURATION', 'P1M'),
    ('8:30 a.m. ET', 'TIME', '2022-07-13T08:30|2022-07-13T08:30-04:00'),
    ('8:45 a.m. ET', 'TIME', '2022-07-13T08:45|2022-07-13T08:45-04:00'),
    ('last month', 'DATE', '2022-06'),
    ('1994', 'DATE', '1994'),
    ('July 27', 'DATE', '2022-07-27'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('March', 'DATE', '2022-03'),
    ('the fall', 'DATE', '2022-FA'),
    ('the month', 'DATE', '2022-06'),
    ('a year earlier', 'DATE', '2021|2021-06'),
    ('early 1991', 'DATE', '1991'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('June', 'DATE', '2022-06'),
    ('Thursday', 'DATE', '2022-07-14'),
    ('monthly', 'SET', 'P1M'),
]),

# 12. MarketWatch, Bank of Japan decision and global markets with time zones (2024)
('2024-03-19', 'auto', """Bank of Japan ends negative rates with first hike in 17 years, but the yen slides

By Hana Okabe
Last Updated: March 19, 2024 at 6:41 a.m. ET

TOKYO (MarketWatch) -- The Bank of Japan on Tuesday raised interest rates for the first time in 17 years, ending the world's last negative-rate policy, but the yen weakened as investors bet that further increases would come slowly.

The BOJ said it would guide its short-term policy rate to a range of zero to 0.1%, up from minus 0.1%, where it had been since February 2016. It also scrapped yield-curve control, the cap on long-term bond yields that it introduced in September 2016, and will stop buying exchange-traded funds.

The decision was released shortly after 12:30 p.m. in Tokyo, or 11:30 p.m. Eastern time on Monday. The yen fell to 150.3 per dollar by late afternoon in Asia, from 149.1 before the announcement.

The last time the BOJ raised rates was in February 2007. Gov. Kazuo Ueda, who took office in April last year, told reporters that financial conditions would remain accommodative and that the bank would not follow a preset path.

The move had been widely expected after Japan's largest labor federation, Rengo, said Friday that companies had agreed to raise pay by an average of 5.28% this year, the most in 33 years.

"The BOJ will move at a glacial pace," said Kenta Morimoto, a strategist at Sakura Asset Management in Tokyo. "We don't see another hike until October at the earliest."

Japan's Nikkei 225 closed up 0.7% at 40,003.60, after topping 40,000 for the first time on March 4. Over the past decade, the central bank's purchases of exchange-traded funds made it the single largest owner of Japanese stocks.

In the U.S., stock futures edged lower ahead of the Federal Reserve's decision. The Fed will release its policy statement at 2 p.m. Eastern on Wednesday, followed by Chair Jerome Powell's news conference half an hour later. The Bank of England announces its decision the following day.

The Fed has held its benchmark rate at 5.25% to 5.5%, the highest in more than two decades, since July. Traders have pushed back their expectations for the Fed's first rate cut to June, from March at the start of the year.
""", [
    ('17 years', 'DURATION', 'P17Y'),
    ('March 19, 2024 at 6:41 a.m. ET', 'TIME', '2024-03-19T06:41|2024-03-19T06:41-04:00'),
    ('Tuesday', 'DATE', '2024-03-19'),
    ('17 years', 'DURATION', 'P17Y'),
    ('February 2016', 'DATE', '2016-02'),
    ('September 2016', 'DATE', '2016-09'),
    ('12:30 p.m.', 'TIME', '2024-03-19T12:30|2024-03-19T12:30+09:00'),
    ('11:30 p.m. Eastern time on Monday', 'TIME', '2024-03-18T23:30|2024-03-18T23:30-04:00'),
    ('late afternoon', 'DATE|TIME', '2024-03-19TAF'),
    ('February 2007', 'DATE', '2007-02'),
    ('April last year', 'DATE', '2023-04'),
    ('Friday', 'DATE', '2024-03-15'),
    ('this year', 'DATE', '2024'),
    ('33 years', 'DURATION', 'P33Y'),
    ('October', 'DATE', '2024-10'),
    ('March 4', 'DATE', '2024-03-04'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('2 p.m. Eastern on Wednesday', 'TIME', '2024-03-20T14:00|2024-03-20T14:00-04:00'),
    ('half an hour later', 'TIME', '2024-03-20T14:30'),
    ('the following day', 'DATE', '2024-03-21'),
    ('more than two decades', 'DURATION', 'P20Y|P2E'),
    ('July', 'DATE', '2023-07'),
    ('June', 'DATE', '2024-06'),
    ('March', 'DATE', '2024-03'),
    ('the start of the year', 'DATE', '2024|2024-01'),
]),
]
