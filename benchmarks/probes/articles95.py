# Gold TIMEX3 probe set 95: twelve invented business news articles (results, guidance, fiscal periods, deals, markets; Reuters, AP, Bloomberg, MarketWatch, FT, Nikkei Asia styles, DCTs 1998-2025), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Reuters, chemicals company quarterly results and guidance (1998)
('1998-10-22', 'auto', """German chemicals maker Halvorsen posts 12 pct rise in Q3 profit

FRANKFURT, Oct 22 (Reuters) - German specialty chemicals group Halvorsen Chemie AG said on Thursday its third-quarter operating profit rose 12 percent, helped by strong demand for coatings in the United States, and it stuck to its forecast for the full year.

Operating profit for the three months to September 30 rose to 214 million marks from 191 million marks a year earlier, the Ludwigshafen-based company said in a statement. Sales climbed eight percent to 2.41 billion marks.

Analysts polled by Reuters had on average expected an operating profit of 205 million marks.

"The third quarter was better than we had feared in the summer," chief executive Werner Stahl told reporters on a conference call. "Asia is still weak, but we see the first signs of stabilisation there."

Halvorsen said it still expected 1998 operating profit to rise by around ten percent, in line with the guidance it gave in July, when it published first-half results. It said the fourth quarter would be affected by lower prices for basic chemicals, which have fallen for nine consecutive months.

Stahl said the group's restructuring programme, launched two years ago, was ahead of schedule. The company has cut about 1,800 jobs since 1996 and plans to close its plant in Antwerp by the end of next year.

The group also confirmed that talks with Dutch rival Vermeer Coatings over a possible joint venture were continuing. "We expect a decision in the coming weeks," Stahl said, declining to give details. Sources familiar with the matter said last week that the two sides aimed to sign an agreement before Christmas.

Halvorsen shares rose 3.2 percent to 68.40 marks by 1045 GMT, outperforming a 0.8 percent gain in the DAX index. The stock has lost about a quarter of its value since mid-July, when fears about the Asian crisis and Russia's debt default hit chemical stocks.

"These are solid numbers in a difficult environment," said Petra Lindner, an analyst at a Frankfurt bank. "The guidance for the full year looks achievable now, although 1999 will be tougher."

The company, which reports results quarterly, will publish its 1998 figures on March 18 and hold its shareholders' meeting in May. Halvorsen pays a dividend once a year. Last year it paid 1.50 marks per share.

-- Frankfurt newsroom, +49 69 7565 1236
""", [
    ('Q3', 'DATE', '1998-Q3'),
    ('Oct 22', 'DATE', '1998-10-22'),
    ('Thursday', 'DATE', '1998-10-22'),
    ('third-quarter', 'DATE', '1998-Q3'),
    ('the full year', 'DATE|DURATION', '1998|P1Y'),
    ('the three months', 'DURATION', 'P3M'),
    ('September 30', 'DATE', '1998-09-30'),
    ('a year earlier', 'DATE', '1997-Q3|1997'),
    ('The third quarter', 'DATE', '1998-Q3'),
    ('the summer', 'DATE', '1998-SU'),
    ('1998', 'DATE', '1998'),
    ('July', 'DATE', '1998-07'),
    ('first-half', 'DATE', '1998-H1'),
    ('the fourth quarter', 'DATE', '1998-Q4'),
    ('nine consecutive months', 'DURATION', 'P9M'),
    ('two years ago', 'DATE', '1996'),
    ('1996', 'DATE', '1996'),
    ('the end of next year', 'DATE', '1999'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
    ('last week', 'DATE', '1998-W42'),
    ('Christmas', 'DATE', '1998-12-25'),
    ('1045 GMT', 'TIME', '1998-10-22T10:45'),
    ('mid-July', 'DATE', '1998-07'),
    ('the full year', 'DATE|DURATION', '1998|P1Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1999', 'DATE', '1999'),
    ('quarterly', 'SET', 'P3M'),
    ('1998', 'DATE', '1998'),
    ('March 18', 'DATE', '1999-03-18'),
    ('May', 'DATE', '1999-05'),
    ('once a year', 'SET', 'P1Y'),
    ('Last year', 'DATE', '1997'),
]),
# 2. AP, supermarket chain buys online grocer (2000)
('2000-02-17', 'auto', """Grocery chain agrees to buy online rival for $640 million

By MARTHA QUINLAN, AP Business Writer

SEATTLE (AP) - Pacific Harvest Markets Inc., the Northwest's largest supermarket chain, agreed Thursday to buy online grocer CartRunner.com for about $640 million in stock, betting that shoppers who click rather than push a cart are here to stay.

The deal, announced before the market opened, values CartRunner at $21 a share, a 35 percent premium to Wednesday's closing price. CartRunner went public just eight months ago at $14 a share and soared as high as $48 in December before falling back with other Internet stocks.

Pacific Harvest chief executive Don Okafor said the companies had been talking since early November. Talks nearly collapsed around Christmas, he said, but resumed in mid-January after CartRunner's board agreed to a lower price.

"Five years from now, we think a quarter of our customers will order at least part of their groceries online," Okafor said at a news conference in downtown Seattle. "We could build that ourselves, but it would take us three years. This gets us there right away."

CartRunner, founded in 1997, delivers to about 60,000 households in the Seattle and Portland areas, most of whom order weekly. It lost $38 million in its fiscal year ended Sept. 30 and has never turned a profit.

The deal is expected to close in the second quarter, pending approval by shareholders of both companies and by regulators. Pacific Harvest said the acquisition would reduce its earnings by about 10 cents a share in each of the next two years, but would add to profits by 2002.

Investors were not convinced. Pacific Harvest shares fell $2.56, or 7 percent, to $33.94 in afternoon trading on the New York Stock Exchange. CartRunner jumped $4.13 to $20.50 on the Nasdaq Stock Market.

"They're paying a lot for a company that has been around for less than three years and loses money on every order," said Kyle Bertram, an analyst with a Portland brokerage. "But the old grocery model isn't growing, and they know it."

Several traditional retailers have moved onto the Internet in recent months. Last month, a Chicago drugstore chain bought a stake in an online pharmacy, and a national bookseller said it would spend $100 million over the next 18 months to expand its Web site.

Okafor said CartRunner's 400 employees would keep their jobs and that its founder, 29-year-old Emily Hsu, would run the combined company's online division. The CartRunner name will stay, at least for now.

Pacific Harvest will hold a conference call with analysts at 11 a.m. EST Friday.
""", [
    ('Thursday', 'DATE', '2000-02-17'),
    ('Wednesday', 'DATE', '2000-02-16'),
    ('eight months ago', 'DATE', '1999-06'),
    ('December', 'DATE', '1999-12'),
    ('early November', 'DATE', '1999-11'),
    ('Christmas', 'DATE', '1999-12-25'),
    ('mid-January', 'DATE', '2000-01'),
    ('Five years from now', 'DATE', '2005'),
    ('three years', 'DURATION', 'P3Y'),
    ('1997', 'DATE', '1997'),
    ('weekly', 'SET', 'P1W'),
    ('fiscal year', 'DATE', 'FY1999|1999'),
    ('Sept. 30', 'DATE', '1999-09-30'),
    ('the second quarter', 'DATE', '2000-Q2'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('2002', 'DATE', '2002'),
    ('afternoon', 'DATE|TIME', '2000-02-17TAF'),
    ('less than three years', 'DURATION', 'P3Y'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('Last month', 'DATE', '2000-01'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('11 a.m. EST Friday', 'TIME', '2000-02-18T11:00'),
]),
# 3. Bloomberg, chipmaker cuts sales forecast (2003)
('2003-07-24', 'auto', """Nortek Semiconductor Cuts Forecast as PC Chip Orders Slow

July 24 (Bloomberg) -- Nortek Semiconductor Corp., the third-largest U.S. maker of memory chips for personal computers, cut its sales forecast for the current quarter after customers delayed orders, sending its shares down as much as 14 percent.

Sales in the three months ending in September will be $410 million to $430 million, the San Jose, California-based company said late yesterday in a statement. In April, Nortek had forecast as much as $470 million. Net income in the quarter ended June 28 fell 41 percent to $18.2 million, or 9 cents a share.

"The second half of June was much weaker than we expected," Chief Financial Officer Alan Brightwater said on a conference call with analysts. "Customers are holding off until they see what back-to-school demand looks like."

Nortek shares fell $1.87 to $12.05 at 11:32 a.m. in Nasdaq Stock Market trading. Before today, the stock had more than doubled since March 11, when it hit its lowest level since 2001 on concern about the war in Iraq.

The company is the latest chipmaker to warn this month. Two rivals lowered their forecasts last week, and the Philadelphia Stock Exchange Semiconductor Index has fallen 6 percent in the past five trading days.

Brightwater said the company would still be profitable in fiscal 2003, which ends Sept. 27, and that he expected orders to pick up in October and November, traditionally the busiest months for PC makers. He declined to give a forecast for fiscal 2004.

Memory chip prices have fallen for most of the past two years as manufacturers in South Korea and Taiwan expanded production. The spot price of a benchmark 256-megabit chip dropped to $3.10 on Tuesday from $4.65 at the start of the year, according to DRAMeXchange.

Nortek, which employs about 5,200 people, said it would delay the start of production at a new factory in Oregon by six months, to the second quarter of 2004. The company will also shut its plants for two weeks in August, a move that will save about $12 million.

"They are doing the right things, but it's going to be tough for a few months," said Hannah Ortiz, an analyst at a San Francisco brokerage who rates the shares "hold." She cut her estimate for fiscal 2004 earnings to 71 cents a share from 88 cents.

Nortek's board meets every quarter to review capital spending. Its next meeting is scheduled for Aug. 14.

To contact the reporter on this story: Daniel Mercer in San Francisco at dmercer@bloomberg.net.
""", [
    ('July 24', 'DATE', '2003-07-24'),
    ('the current quarter', 'DATE', '2003-Q3'),
    ('the three months', 'DURATION', 'P3M'),
    ('September', 'DATE', '2003-09'),
    ('late yesterday', 'DATE', '2003-07-23'),
    ('April', 'DATE', '2003-04'),
    ('the quarter', 'DATE', '2003-Q2'),
    ('June 28', 'DATE', '2003-06-28'),
    ('The second half of June', 'DATE', '2003-06'),
    ('11:32 a.m.', 'TIME', '2003-07-24T11:32'),
    ('today', 'DATE', '2003-07-24'),
    ('March 11', 'DATE', '2003-03-11'),
    ('2001', 'DATE', '2001'),
    ('this month', 'DATE', '2003-07'),
    ('last week', 'DATE', '2003-W29'),
    ('the past five trading days', 'DURATION', 'P5D'),
    ('fiscal 2003', 'DATE', 'FY2003|2003'),
    ('Sept. 27', 'DATE', '2003-09-27'),
    ('October', 'DATE', '2003-10'),
    ('November', 'DATE', '2003-11'),
    ('fiscal 2004', 'DATE', 'FY2004|2004'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('Tuesday', 'DATE', '2003-07-22'),
    ('the start of the year', 'DATE', '2003'),
    ('six months', 'DURATION', 'P6M'),
    ('the second quarter of 2004', 'DATE', '2004-Q2'),
    ('two weeks', 'DURATION', 'P2W'),
    ('August', 'DATE', '2003-08'),
    ('a few months', 'DURATION', 'PXM'),
    ('fiscal 2004', 'DATE', 'FY2004|2004'),
    ('every quarter', 'SET', 'P3M'),
    ('Aug. 14', 'DATE', '2003-08-14'),
]),
# 4. MarketWatch, U.S. stock market close (2005)
('2005-11-09', 'auto', """Stocks edge higher as oil slides; Lantern rallies late

By Rachel Kim, MarketWatch

NEW YORK (MarketWatch) -- U.S. stocks finished modestly higher Wednesday, as a fourth straight decline in crude-oil prices offset worries that the Federal Reserve will keep raising interest rates well into next year.

The Dow Jones Industrial Average rose 6 points to 10,546, while the S&P 500 added 2 points to 1,220. The Nasdaq Composite gained 3 points to 2,172, its highest close since late September.

Crude for December delivery fell 87 cents to $59.59 a barrel on the New York Mercantile Exchange, the lowest settlement since July 27. Government data showed U.S. crude inventories rose again last week, and gasoline supplies were the highest in nearly four months.

"Energy prices are coming down faster than anyone expected a month ago," said Paul Gardener, chief market strategist at a Boston money manager. "That's good news for consumers."

Still, investors were cautious ahead of remarks by several Fed officials on Thursday. Chairman Alan Greenspan steps down at the end of January after more than 18 years in the job, and traders are trying to gauge how his successor, Ben Bernanke, will approach inflation. The central bank has raised its target for the federal funds rate at each of its last 12 meetings, most recently on Nov. 1, and futures traders are betting on at least two more increases by the spring.

Treasury prices slipped, pushing the benchmark yield up to 4.64 percent.

In corporate news, Lantern Media Corp. shares rose 4 percent in extended trading after the cable and film company reported results that beat Wall Street's forecasts. Lantern said profit for the three months ended Oct. 1 rose to $219 million, as its theme parks drew bigger crowds over the summer.

Earlier in the session, Delcor Corp. shares fell 5 percent after the auto-parts maker said it would restate its results for 2001, the latest in a string of accounting problems. Delcor stock has lost almost half its value in the past 12 months.

Retailers were mixed. Chain-store sales data due Thursday morning are expected to show a modest gain for October, and analysts will watch closely for clues about spending over Thanksgiving, which kicks off the crucial shopping stretch for retailers.

Trading was light, with about 1.5 billion shares changing hands on the New York Stock Exchange, below this year's average. Stock markets will be open Friday for Veterans Day, although the bond market will be closed.

Rachel Kim is a reporter for MarketWatch in New York.
""", [
    ('Wednesday', 'DATE', '2005-11-09'),
    ('next year', 'DATE', '2006'),
    ('late September', 'DATE', '2005-09'),
    ('December', 'DATE', '2005-12'),
    ('July 27', 'DATE', '2005-07-27'),
    ('last week', 'DATE', '2005-W44'),
    ('nearly four months', 'DURATION', 'P4M'),
    ('a month ago', 'DATE', '2005-10'),
    ('Thursday', 'DATE', '2005-11-10'),
    ('the end of January', 'DATE', '2006-01'),
    ('more than 18 years', 'DURATION', 'P18Y'),
    ('Nov. 1', 'DATE', '2005-11-01'),
    ('the spring', 'DATE', '2006-SP'),
    ('the three months', 'DURATION', 'P3M'),
    ('Oct. 1', 'DATE', '2005-10-01'),
    ('the summer', 'DATE', '2005-SU'),
    ('2001', 'DATE', '2001'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('Thursday morning', 'DATE|TIME', '2005-11-10TMO'),
    ('October', 'DATE', '2005-10'),
    ('Thanksgiving', 'DATE', '2005-11-24'),
    ('this year', 'DATE', '2005'),
    ('Friday', 'DATE', '2005-11-11'),
    ('Veterans Day', 'DATE', '2005-11-11'),
]),
# 5. Financial Times, narrative of a weekend bank rescue (2008)
('2008-09-30', 'auto', """How Calder's rescue came together in 72 hours

By Fiona Marsh in London

It was 7pm on Friday, September 19, when the chairman of Calder & Rowe picked up the phone to call the Treasury. The mortgage lender's shares had fallen 38 per cent that day, depositors had withdrawn more than £1bn in five days, and its wholesale funding lines were due to be rolled over on Monday morning.

What followed, according to half a dozen people involved, was two days of frantic negotiation that ended with Calder being sold to Northgate Bank for a token 5p a share, and which this week became a template for other rescues.

Advisers from two investment banks were summoned to Calder's offices in the City that night. By 2am on Saturday they had concluded that the lender could not survive another week on its own. Three potential buyers were approached before breakfast; two declined within hours.

Northgate, which had studied a merger with Calder in 2006 before walking away, asked for a day to examine the loan book. Its team of 40 worked through Saturday night. "Nobody slept," said one person present. "We had pizza at midnight and the lawyers were still drafting when the sun came up."

The sticking point came on Sunday afternoon, when Northgate demanded a government guarantee for £8bn of Calder's commercial property loans. Officials initially refused. After three hours of talks at the Treasury, a compromise was reached: the state would cover losses above £2bn for five years.

The deal was signed at 11.40pm on Sunday and announced to the stock exchange at 7am the next day. Calder's shares, suspended at the open, never traded again.

The following Thursday, Northgate's chief executive, Martin Greaves, told analysts that the combined group would cut 2,500 jobs over three years and close 120 branches. He said the deal would add to earnings from 2010.

Critics argue that the speed of the process left shareholders with no say. A group of Calder investors, who hold about 9 per cent of the stock, said last week they would challenge the sale in court. Calder had been a mutual until 1997 and many of its 300,000 shareholders are former members.

Yet officials are unrepentant. With the collapse of Lehman Brothers a fortnight ago still reverberating, and another lender nationalised yesterday, they say there was no time for a longer process. "Had we waited, we would have been dealing with a run on the branches," said one.

The Financial Services Authority is expected to publish a review of the episode early next year.
""", [
    ('72 hours', 'DURATION', 'PT72H'),
    ('7pm on Friday, September 19', 'TIME', '2008-09-19T19:00'),
    ('that day', 'DATE', '2008-09-19'),
    ('five days', 'DURATION', 'P5D'),
    ('Monday morning', 'DATE|TIME', '2008-09-22TMO'),
    ('two days', 'DURATION', 'P2D'),
    ('this week', 'DATE', '2008-W40'),
    ('that night', 'DATE|TIME', '2008-09-19TNI'),
    ('2am on Saturday', 'TIME', '2008-09-20T02:00'),
    ('another week', 'DURATION', 'P1W'),
    ('hours', 'DURATION', 'PTXH'),
    ('2006', 'DATE', '2006'),
    ('a day', 'DURATION', 'P1D'),
    ('Saturday night', 'DATE|TIME', '2008-09-20TNI'),
    ('midnight', 'TIME', '2008-09-20T24:00|2008-09-21T00:00'),
    ('Sunday afternoon', 'DATE|TIME', '2008-09-21TAF'),
    ('three hours', 'DURATION', 'PT3H'),
    ('five years', 'DURATION', 'P5Y'),
    ('11.40pm on Sunday', 'TIME', '2008-09-21T23:40'),
    ('7am the next day', 'TIME', '2008-09-22T07:00'),
    ('The following Thursday', 'DATE', '2008-09-25'),
    ('three years', 'DURATION', 'P3Y'),
    ('2010', 'DATE', '2010'),
    ('last week', 'DATE', '2008-W39'),
    ('1997', 'DATE', '1997'),
    ('a fortnight ago', 'DATE', '2008-W38'),
    ('yesterday', 'DATE', '2008-09-29'),
    ('early next year', 'DATE', '2009'),
]),
# 6. Nikkei Asia, automaker forecast after the March 2011 earthquake (2011)
('2011-05-13', 'auto', """Sakura Motors forecasts 40% profit drop as quake disruption lingers

HIROKO MATSUDA, Nikkei staff writer

TOKYO -- Sakura Motors expects operating profit to fall about 40% in the fiscal year through March 2012, the automaker said Friday, as parts shortages caused by the March 11 earthquake and tsunami continue to hold down production in Japan.

The Nagoya-based company forecast operating profit of 180 billion yen for fiscal 2011, down from 302 billion yen in fiscal 2010, which ended March 31. Sales are expected to slip 6% to 4.1 trillion yen. The company had postponed releasing its outlook for nearly two weeks while it assessed damage at suppliers in the Tohoku region.

"We lost roughly 150,000 vehicles of output in March and April alone," President Hiroshi Nakagawa told a news conference in Tokyo. "Our assumption is that domestic plants return to normal production levels in August, and that we make up most of the lost volume by the end of the year."

Sakura halted all 11 of its Japanese assembly lines for nine days after the quake. Since April 18, the plants have operated at about half of capacity. The company said output would rise to 70% of normal levels in June and that overtime shifts would be added from September.

Overseas plants, which rely on Japanese-made microcontrollers and paint pigments, have also been affected. Production in North America was cut by a third in late April and is expected to stay at reduced levels until July.

For the quarter ended in March, Sakura posted a net loss of 22 billion yen, its first loss in two years, compared with a profit of 41 billion yen a year earlier.

The company assumes an exchange rate of 82 yen to the dollar for the current fiscal year. Every one-yen rise against the dollar cuts operating profit by about 4 billion yen, it said. The yen hit a postwar high of 76.25 on March 17, before coordinated intervention by the Group of Seven nations the following day.

Sakura shares rose 2.1% to 1,642 yen in Tokyo on Friday as investors welcomed the clarity. The stock has recovered most of the ground it lost in mid-March but remains about 12% below its level at the start of the year.

Nakagawa, who took over as president two years ago, said the company would keep its dividend unchanged at 30 yen per share. He added that Sakura's next business plan, due to be unveiled this autumn, would be revised to reflect stricter risk management in the supply chain.

Analysts were cautiously optimistic. "The worst is probably over, but the recovery depends on electricity supply this summer," said Mika Tanabe of a Tokyo securities house.
""", [
    ('the fiscal year', 'DATE', 'FY2011|2011'),
    ('March 2012', 'DATE', '2012-03'),
    ('Friday', 'DATE', '2011-05-13'),
    ('March 11', 'DATE', '2011-03-11'),
    ('fiscal 2011', 'DATE', 'FY2011|2011'),
    ('fiscal 2010', 'DATE', 'FY2010|2010'),
    ('March 31', 'DATE', '2011-03-31'),
    ('nearly two weeks', 'DURATION', 'P2W'),
    ('March', 'DATE', '2011-03'),
    ('April', 'DATE', '2011-04'),
    ('August', 'DATE', '2011-08'),
    ('the end of the year', 'DATE', '2011'),
    ('nine days', 'DURATION', 'P9D'),
    ('April 18', 'DATE', '2011-04-18'),
    ('June', 'DATE', '2011-06'),
    ('September', 'DATE', '2011-09'),
    ('late April', 'DATE', '2011-04'),
    ('July', 'DATE', '2011-07'),
    ('the quarter', 'DATE', '2011-Q1'),
    ('March', 'DATE', '2011-03'),
    ('two years', 'DURATION', 'P2Y'),
    ('a year earlier', 'DATE', '2010-Q1|2010'),
    ('the current fiscal year', 'DATE', 'FY2011|2011'),
    ('March 17', 'DATE', '2011-03-17'),
    ('the following day', 'DATE', '2011-03-18'),
    ('Friday', 'DATE', '2011-05-13'),
    ('mid-March', 'DATE', '2011-03'),
    ('the start of the year', 'DATE', '2011'),
    ('two years ago', 'DATE', '2009'),
    ('this autumn', 'DATE', '2011-FA'),
    ('this summer', 'DATE', '2011-SU'),
]),
# 7. Reuters, railroad first-quarter results (2013)
('2013-04-18', 'auto', """UPDATE 2-Great Plains Rail profit beats estimates as oil shipments surge

* Q1 EPS $1.42 vs est $1.35
* Coal shipments fall 9 pct; crude volumes more than double
* Shares up 3 pct premarket

By Arjun Patel

April 18 (Reuters) - Great Plains Rail Corp, the No. 4 U.S. railroad by revenue, reported a higher-than-expected profit on Thursday as rising shipments of containers and crude oil more than made up for a slump in coal traffic.

Shares of the Omaha, Nebraska-based company rose 3 percent to $88.70 in trading before the bell.

First-quarter net income rose to $312 million, or $1.42 per share, from $276 million, or $1.24 per share, a year earlier. Analysts on average had expected $1.35 per share, according to Thomson Reuters I/B/E/S.

Revenue rose 5 percent to $2.51 billion.

Crude oil volumes more than doubled from the first quarter of 2012, as producers in North Dakota's Bakken shale field increasingly relied on rail to move oil to refineries on the coasts. The company now runs four dedicated oil trains a week from the region, up from one in early 2012.

Coal shipments fell 9 percent, however, as utilities burned cheaper natural gas and mild weather cut demand for heating. Chief Executive Linda Carraway said on a call with analysts that she expected coal volumes to stabilize in the second half but remain below 2011 levels for the foreseeable future.

Great Plains kept its forecast for 2013, saying it still expected earnings per share to grow at a "double-digit" rate. It also said it would spend $2.1 billion on capital projects this year, including a new intermodal terminal near Kansas City that is due to open in the fall of 2014.

The company's operating ratio, a closely watched measure of efficiency that compares expenses with revenue, improved to 67.9 percent from 69.4 percent. Carraway repeated a goal of getting the ratio below 65 percent by 2015.

Severe weather in the Midwest disrupted operations for nearly a week in late March, costing about 4 cents per share, the company said. Flooding along the Mississippi River, which has forced several lines to close since Monday, could hurt second-quarter results, Carraway said.

Rival Northern Atlantic Railway said on Tuesday that its coal revenue had dropped 16 percent, while Cascade Pacific Corp is scheduled to report next Thursday.

Great Plains shares had risen 14 percent this year through Wednesday's close, compared with a 9 percent gain in the Standard & Poor's 500 index.

(Reporting by Arjun Patel in Bangalore; Editing by Maju Samuel)
""", [
    ('Q1', 'DATE', '2013-Q1'),
    ('April 18', 'DATE', '2013-04-18'),
    ('Thursday', 'DATE', '2013-04-18'),
    ('First-quarter', 'DATE', '2013-Q1'),
    ('a year earlier', 'DATE', '2012-Q1|2012'),
    ('the first quarter of 2012', 'DATE', '2012-Q1'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a week', 'SET', 'P1W'),
    ('early 2012', 'DATE', '2012'),
    ('the second half', 'DATE', '2013-H2'),
    ('2011', 'DATE', '2011'),
    ('the foreseeable future', 'DATE', 'FUTURE_REF'),
    ('2013', 'DATE', '2013'),
    ('this year', 'DATE', '2013'),
    ('the fall of 2014', 'DATE', '2014-FA'),
    ('2015', 'DATE', '2015'),
    ('nearly a week', 'DURATION', 'P1W'),
    ('late March', 'DATE', '2013-03'),
    ('Monday', 'DATE', '2013-04-15'),
    ('second-quarter', 'DATE', '2013-Q2'),
    ('Tuesday', 'DATE', '2013-04-16'),
    ('next Thursday', 'DATE', '2013-04-25'),
    ('this year', 'DATE', '2013'),
    ('Wednesday', 'DATE', '2013-04-17'),
]),
# 8. AP, sale of a family toy company told with its history (2016)
('2016-01-29', 'auto', """Family-owned maker of wooden toys sold after 70 years

By DAVID HOLLIS, AP Business Writer

GRAND RAPIDS, Mich. (AP) — For seven decades, the Vandermolen family has made wooden trains, blocks and rocking horses in the same brick factory on the west side of Grand Rapids. On Friday, the family agreed to sell the business.

Vandermolen Toy Co. will be bought by Brightline Brands, a Chicago-based maker of children's products, for an undisclosed sum, the companies said. The deal is expected to close by the end of March.

The company traces its roots to the winter of 1946, when Pieter Vandermolen, a carpenter who had returned from the war the year before, began carving toy tractors in his garage. Two years later he rented part of a shuttered furniture plant and hired six workers. By 1955 the company employed 140 people and sold its toys through catalogs across the Midwest.

The hardest period came in the early 1980s, when cheap plastic imports flooded the market. In the spring of 1982, Pieter's son Jan cut the workforce in half. The following year he signed the company's first deal with a national retailer, a contract that kept the factory running for more than a decade.

Jan Vandermolen, 78, handed the business to his daughter, Karen Vandermolen-Price, in 2004. Sales have grown every year since 2010 and reached about $41 million last year, she said in an interview Thursday.

"We had offers before, but this is the first time it felt right," she said. "They have promised to keep the factory here for at least five years. That mattered more to my father than the price."

Brightline chief executive Samuel Ortega said the company would invest $6 million over the next two years to modernize the plant and expand the Vandermolen line into Europe. All 220 employees will keep their jobs, he said.

Toymakers have been consolidating in recent years as retailers demand bigger suppliers and shoppers move online. Brightline itself was bought by a private equity firm in 2013 and has made four acquisitions since then.

The factory's workers learned of the sale at a meeting at 7 a.m. Friday, before the first shift. Some wiped away tears, said Luis Moreno, who has worked on the sanding line for 26 years.

"They told us nothing changes on Monday," Moreno said. "We'll see."

The Vandermolen family will hold a farewell picnic for employees and retirees in June, on the company's 70th anniversary.
""", [
    ('70 years', 'DURATION', 'P70Y'),
    ('seven decades', 'DURATION', 'P70Y|P7DE'),
    ('Friday', 'DATE', '2016-01-29'),
    ('the end of March', 'DATE', '2016-03'),
    ('the winter of 1946', 'DATE', '1946-WI'),
    ('the year before', 'DATE', '1945'),
    ('Two years later', 'DATE', '1948'),
    ('1955', 'DATE', '1955'),
    ('the early 1980s', 'DATE', '198'),
    ('the spring of 1982', 'DATE', '1982-SP'),
    ('The following year', 'DATE', '1983'),
    ('more than a decade', 'DURATION', 'P10Y|P1DE'),
    ('2004', 'DATE', '2004'),
    ('every year', 'SET', 'P1Y'),
    ('2010', 'DATE', '2010'),
    ('last year', 'DATE', '2015'),
    ('Thursday', 'DATE', '2016-01-28'),
    ('at least five years', 'DURATION', 'P5Y'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('2013', 'DATE', '2013'),
    ('7 a.m. Friday', 'TIME', '2016-01-29T07:00'),
    ('26 years', 'DURATION', 'P26Y'),
    ('Monday', 'DATE', '2016-02-01'),
    ('June', 'DATE', '2016-06'),
]),
# 9. Bloomberg, software maker cuts forecast amid tech rout (2018)
('2018-10-26', 'auto', """Stratus Sinks Most Since 2016 After Cloud-Software Maker Cuts Forecast

By Jenna Wu

(Bloomberg) -- Stratus Systems Inc. fell the most in more than two years after the cloud-software maker cut its revenue forecast, citing longer sales cycles in Europe and a slowdown among small-business customers.

The shares dropped 19 percent to $54.12 at 10:05 a.m. in New York, the biggest intraday decline since June 2016. The stock had gained 48 percent this year through Thursday, making it one of the best performers in the S&P 500 Information Technology Index.

Revenue this year will be $2.08 billion to $2.1 billion, the San Francisco-based company said in a statement after the close of regular trading Thursday. In August, Stratus had forecast as much as $2.16 billion. Third-quarter sales rose 24 percent to $531 million, slightly below the average analyst estimate compiled by Bloomberg.

"Deals that we expected to close in September slipped into the fourth quarter, and some slipped further," Chief Executive Officer Priya Raman said on a call with analysts. "We are not losing these deals. They are simply taking longer."

Europe was the main problem. Customers there have been slower to sign multiyear contracts since the region's new data-privacy rules took effect on May 25, Raman said. Billings in the region fell 3 percent, the first decline in at least three years.

The warning adds to a rout in technology stocks this month. The Nasdaq 100 Index has fallen almost 11 percent since Oct. 1, on pace for its biggest decline since November 2008, as investors worry about rising interest rates and trade tensions with China. Several software companies that had soared earlier this year have been hit especially hard in recent weeks.

At least seven analysts cut their price targets on Stratus on Friday. Goldman Sachs Group Inc. lowered its target to $68 from $82, saying the guidance "resets expectations for the next few months."

Raman, who became CEO in early 2016, said the company would continue to hire salespeople but at a slower pace. Stratus will hold an investor day on Dec. 4 and will update its financial targets then, she said.

The company's fourth quarter ends Dec. 31. It typically reports results for that period in late January or early February.

Stratus shares had more than tripled in the past three years, as companies moved workloads from their own data centers to cloud providers.

--With assistance from Mark Ellison

To contact the reporter on this story: Jenna Wu in San Francisco at jwu@bloomberg.net
""", [
    ('2016', 'DATE', '2016'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('10:05 a.m.', 'TIME', '2018-10-26T10:05'),
    ('June 2016', 'DATE', '2016-06'),
    ('this year', 'DATE', '2018'),
    ('Thursday', 'DATE', '2018-10-25'),
    ('this year', 'DATE', '2018'),
    ('Thursday', 'DATE', '2018-10-25'),
    ('August', 'DATE', '2018-08'),
    ('Third-quarter', 'DATE', '2018-Q3'),
    ('September', 'DATE', '2018-09'),
    ('the fourth quarter', 'DATE', '2018-Q4'),
    ('May 25', 'DATE', '2018-05-25'),
    ('at least three years', 'DURATION', 'P3Y'),
    ('this month', 'DATE', '2018-10'),
    ('Oct. 1', 'DATE', '2018-10-01'),
    ('November 2008', 'DATE', '2008-11'),
    ('earlier this year', 'DATE', '2018'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('Friday', 'DATE', '2018-10-26'),
    ('the next few months', 'DURATION', 'PXM'),
    ('early 2016', 'DATE', '2016'),
    ('Dec. 4', 'DATE', '2018-12-04'),
    ('fourth quarter', 'DATE', '2018-Q4'),
    ('Dec. 31', 'DATE', '2018-12-31'),
    ('late January', 'DATE', '2019-01'),
    ('early February', 'DATE', '2019-02'),
    ('the past three years', 'DURATION', 'P3Y'),
]),
# 10. MarketWatch, online retailer second-quarter results (2020)
('2020-08-05', 'auto', """HomeNest stock jumps 15% after online furniture seller swings to profit

By Laura Benton

Shares of HomeNest Inc. rallied in after-hours trading Wednesday after the online furniture and home-goods retailer reported its first profit as a public company, as Americans stuck at home during the coronavirus pandemic spent heavily on desks, couches and patio sets.

HomeNest HNST, +2.31% reported second-quarter net income of $96 million, or 88 cents a share, compared with a loss of $61 million, or 60 cents a share, in the same period a year earlier. Revenue surged 62% to $1.48 billion. Analysts surveyed by FactSet had expected earnings of 31 cents a share on sales of $1.36 billion.

The stock rose 15% in extended trading after closing up 2.3% at $71.40. Shares have more than quadrupled since March 18, when they closed at a record low of $16.05, as investors bet that the shift to online shopping would outlast the pandemic.

"April was unlike anything in our company's history," Chief Executive Marcus Hale told analysts on a conference call. "For the first two weeks, orders fell off a cliff. Then, within days, they doubled."

Hale said active customers grew to 19 million in the three months through June 30, up from 12 million a year earlier, and that orders in July had continued to grow at more than 50%. He declined to give a forecast for the third quarter, citing uncertainty over unemployment benefits and the possibility of a second wave of infections in the fall.

The company, which went public in 2017, said it had hired 2,400 warehouse and delivery workers since May and would add more before Christmas. Shipping times, which stretched to as long as four weeks in the spring, are now back to about five days for most items, Hale said.

Some analysts warned that the gains may be hard to repeat. "HomeNest pulled forward maybe two years of growth into three months," said Jeff Collins of a Minneapolis brokerage. "The comparisons next summer are going to be brutal."

HomeNest is the latest online retailer to post blowout results. Earlier this week, a rival marketplace for handmade goods reported that sales had more than doubled. Amazon.com Inc. AMZN said last Thursday that its profit had doubled.

HomeNest's chief financial officer, Ana Reyes, said the company would spend about $150 million on a new distribution center in Texas over the next 18 months.

The company will hold its shareholder meeting virtually on Sept. 15. The S&P 500 SPX closed up 0.6% on Wednesday, while the Nasdaq Composite COMP finished at a record.
""", [
    ('Wednesday', 'DATE', '2020-08-05'),
    ('second-quarter', 'DATE', '2020-Q2'),
    ('a year earlier', 'DATE', '2019-Q2|2019'),
    ('March 18', 'DATE', '2020-03-18'),
    ('April', 'DATE', '2020-04'),
    ('the first two weeks', 'DURATION', 'P2W'),
    ('days', 'DURATION', 'PXD'),
    ('the three months', 'DURATION', 'P3M'),
    ('June 30', 'DATE', '2020-06-30'),
    ('a year earlier', 'DATE', '2019-Q2|2019'),
    ('July', 'DATE', '2020-07'),
    ('the third quarter', 'DATE', '2020-Q3'),
    ('the fall', 'DATE', '2020-FA'),
    ('2017', 'DATE', '2017'),
    ('May', 'DATE', '2020-05'),
    ('Christmas', 'DATE', '2020-12-25'),
    ('four weeks', 'DURATION', 'P4W'),
    ('the spring', 'DATE', '2020-SP'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('five days', 'DURATION', 'P5D'),
    ('two years', 'DURATION', 'P2Y'),
    ('three months', 'DURATION', 'P3M'),
    ('next summer', 'DATE', '2021-SU'),
    ('Earlier this week', 'DATE', '2020-W32'),
    ('last Thursday', 'DATE', '2020-07-30'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('Sept. 15', 'DATE', '2020-09-15'),
    ('Wednesday', 'DATE', '2020-08-05'),
]),
# 11. Financial Times, UK retailer profit warning before Christmas (2022)
('2022-12-14', 'auto', """Harrowgate warns on profits as shoppers cut back before Christmas

Sarah Lim in London

Harrowgate, the UK clothing and homeware chain, has cut its profit forecast for the second time in three months, blaming a sharp slowdown in sales in November and the cost of this week's rail strikes.

The retailer said on Wednesday that it now expected pre-tax profits of £85mn to £95mn for the 12 months to the end of January, down from the £120mn it forecast in September. Shares fell 17 per cent by midday in London, taking their decline since the start of the year to more than 60 per cent.

Like-for-like sales in the six weeks to December 10 fell 4.2 per cent, the company said, after rising 1.8 per cent over the summer. Online sales were especially weak, dropping 11 per cent, as shoppers who had switched to the web during the pandemic returned to stores.

"Customers have been very cautious since the middle of October," chief executive Andrew Pell said. "Black Friday was better than we feared, but trading around it was very quiet. We're now relying on the last ten days before Christmas to make up ground."

Pell said energy costs would rise by about £30mn in the 2023-24 financial year as the company's fixed-price contracts expire in the spring. Harrowgate has already closed 14 stores this year and will review the rest of its 320-strong estate in the new year.

Analysts at Hollis Grey cut their forecasts for the current year by a fifth and said the dividend, which was reinstated only in May, was at risk. "This is a business running to stand still," they wrote in a note to clients.

The warning is the latest sign of strain among UK retailers, who face soaring inflation, rising interest rates and a wave of strikes. The Bank of England is expected to raise rates by half a percentage point on Thursday, which would take them to their highest since 2008. Official figures published this morning showed consumer price inflation eased to 10.7 per cent in November from 11.1 per cent a month earlier, the highest in four decades.

Rail workers plan further walkouts on Christmas Eve and on December 27 and for four days in early January, and Royal Mail has warned that parcels posted after Sunday may not arrive in time for Christmas.

Harrowgate will publish a full trading update on January 12. It will report final results in April.
""", [
    ('Christmas', 'DATE', '2022-12-25'),
    ('three months', 'DURATION', 'P3M'),
    ('November', 'DATE', '2022-11'),
    ('this week', 'DATE', '2022-W50'),
    ('Wednesday', 'DATE', '2022-12-14'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the 12 months', 'DURATION', 'P12M'),
    ('the end of January', 'DATE', '2023-01'),
    ('September', 'DATE', '2022-09'),
    ('midday', 'TIME', '2022-12-14T12:00'),
    ('the start of the year', 'DATE', '2022'),
    ('the six weeks', 'DURATION', 'P6W'),
    ('December 10', 'DATE', '2022-12-10'),
    ('the summer', 'DATE', '2022-SU'),
    ('the middle of October', 'DATE', '2022-10'),
    ('Black Friday', 'DATE', '2022-11-25'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the last ten days', 'DURATION', 'P10D'),
    ('Christmas', 'DATE', '2022-12-25'),
    ('the 2023-24 financial year', 'DATE', 'FY2023|2023'),
    ('the spring', 'DATE', '2023-SP'),
    ('this year', 'DATE', '2022'),
    ('the new year', 'DATE', '2023'),
    ('the current year', 'DATE', '2022|FY2022'),
    ('May', 'DATE', '2022-05'),
    ('Thursday', 'DATE', '2022-12-15'),
    ('2008', 'DATE', '2008'),
    ('this morning', 'DATE|TIME', '2022-12-14TMO'),
    ('November', 'DATE', '2022-11'),
    ('a month earlier', 'DATE', '2022-10'),
    ('four decades', 'DURATION', 'P40Y|P4DE'),
    ('Christmas Eve', 'DATE', '2022-12-24'),
    ('December 27', 'DATE', '2022-12-27'),
    ('four days', 'DURATION', 'P4D'),
    ('early January', 'DATE', '2023-01'),
    ('Sunday', 'DATE', '2022-12-18'),
    ('Christmas', 'DATE', '2022-12-25'),
    ('January 12', 'DATE', '2023-01-12'),
    ('April', 'DATE', '2023-04'),
]),
# 12. Nikkei Asia, Japanese logistics group buys Singapore operator (2025)
('2025-02-20', 'auto', """Japan's Kaneda to buy Singapore cold-chain operator for $2.3bn

Tender offer values Meridian at 28% premium as Japanese buyers step up Southeast Asia deals

TAKESHI MORI, Nikkei staff writer

SINGAPORE -- Japanese logistics group Kaneda Holdings will acquire Singapore-based cold-chain operator Meridian Cold Logistics for about 350 billion yen ($2.3 billion), the companies announced Thursday, in the largest Japanese takeover in Southeast Asia's logistics sector in more than five years.

Kaneda will launch a tender offer on Feb. 27 at 1.85 Singapore dollars per share, a 28% premium to Meridian's average price over the past three months. The offer will run for 30 business days. Meridian's founding family, which owns 41% of the company, has agreed to tender its shares.

"Demand for temperature-controlled storage in the region will roughly double over the next decade," Kaneda President Yuko Arakawa said at a news conference in Tokyo on Thursday afternoon. "Building that network from scratch would take us ten years. With Meridian, we can do it in three years."

Meridian operates 46 warehouses in Singapore, Malaysia, Thailand, Vietnam and Indonesia, serving food companies and drugmakers. Its revenue rose 14% to 612 million Singapore dollars in 2024, and it has grown at double-digit rates annually since listing on the Singapore Exchange in 2016.

The deal is part of a strategy Kaneda unveiled last May, which targets 40% of revenue from outside Japan by fiscal 2027, up from 23% now. The company has set aside 800 billion yen for acquisitions over the five years through March 2029.

Kaneda expects the acquisition to be completed in the quarter ending in June, subject to regulatory approvals in several countries. It will be funded with cash and bank loans.

Japanese companies have been increasingly active buyers in Southeast Asia, encouraged by a weak yen and pressure from shareholders to put cash to work. Outbound deals by Japanese companies rose sharply in value last year, according to data provider LSEG.

Kaneda shares fell 3.4% in Tokyo on Thursday, while Meridian shares, which were suspended on Wednesday morning ahead of the announcement, jumped 24% when trading resumed at 2 p.m.

"The price is full, but the strategic logic is strong," said Daniel Koh, an analyst at a Singapore brokerage. "Kaneda has been looking for a platform like this for years."

Kaneda will report results for the fiscal year ending March 31 on May 13. In November, it raised its net profit forecast by 8% to 96 billion yen, citing strong demand for freight forwarding.
""", [
    ('Thursday', 'DATE', '2025-02-20'),
    ('more than five years', 'DURATION', 'P5Y'),
    ('Feb. 27', 'DATE', '2025-02-27'),
    ('the past three months', 'DURATION', 'P3M'),
    ('30 business days', 'DURATION', 'P30D'),
    ('the next decade', 'DURATION', 'P10Y|P1DE'),
    ('Thursday afternoon', 'DATE|TIME', '2025-02-20TAF'),
    ('ten years', 'DURATION', 'P10Y'),
    ('three years', 'DURATION', 'P3Y'),
    ('2024', 'DATE', '2024'),
    ('annually', 'SET', 'P1Y'),
    ('2016', 'DATE', '2016'),
    ('last May', 'DATE', '2024-05'),
    ('fiscal 2027', 'DATE', 'FY2027|2027'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the five years', 'DURATION', 'P5Y'),
    ('March 2029', 'DATE', '2029-03'),
    ('the quarter', 'DATE', '2025-Q2'),
    ('June', 'DATE', '2025-06'),
    ('last year', 'DATE', '2024'),
    ('Thursday', 'DATE', '2025-02-20'),
    ('Wednesday morning', 'DATE|TIME', '2025-02-19TMO'),
    ('2 p.m.', 'TIME', '2025-02-20T14:00'),
    ('years', 'DURATION', 'PXY'),
    ('the fiscal year', 'DATE', 'FY2024|2024'),
    ('March 31', 'DATE', '2025-03-31'),
    ('May 13', 'DATE', '2025-05-13'),
    ('November', 'DATE', '2024-11'),
]),
]
