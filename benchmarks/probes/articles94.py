# Gold TIMEX3 probe set 94: business news (results, fiscal years, mergers, IPOs, layoffs, dividends, markets), 2000-2025, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, dividend increase and quarterly results (2000)
('2000-11-08', 'auto', """Harlow Foods raises quarterly dividend as profit climbs

NEW YORK (AP) — Harlow Foods Inc. said Wednesday it will raise its quarterly dividend by 8 percent after third-quarter profit rose on stronger sales of frozen dinners, extending a streak of increases that began in the early 1970s.

The Omaha, Neb.-based food maker said its board approved a dividend of 27 cents a share, up from 25 cents, payable Dec. 15 to shareholders of record on Nov. 30. The company has paid a dividend every quarter since 1952.

For the three months ended Sept. 30, Harlow earned $84.2 million, or 61 cents a share, compared with $76.9 million, or 55 cents a share, in the same period a year ago. Sales rose 6 percent to $1.31 billion.

Analysts surveyed by Thomson Financial/First Call had expected earnings of 59 cents a share.

"We've had a good run in the past three months, and we think the momentum carries into the fourth quarter," chief executive Margaret Dunleavy told analysts on a conference call Wednesday morning. She said the company expects earnings for 2000 of $2.35 to $2.40 a share, the high end of the range it gave in July.

Dunleavy said Harlow would close an aging plant in Council Bluffs, Iowa, early next year and move production to a facility in Kansas that it bought last spring. About 240 workers will be offered jobs at other plants, she said.

The company also said it had repurchased 1.2 million shares since August and would keep buying stock "opportunistically" through 2001.

Harlow shares rose $1.06, or 2.4 percent, to $45.31 on the New York Stock Exchange, even as the broader market drifted lower while investors waited for the outcome of Tuesday's presidential election. The stock has gained about 18 percent this year, outperforming other food companies.

Some analysts cautioned that rising costs for grain and packaging could squeeze margins in 2001. "The first half of next year is going to be tougher," said Paul Renner, an analyst at Edwards & Co. in St. Louis. "They've been able to pass along price increases for now, but retailers are pushing back."

Dunleavy said the company would give detailed guidance for next year at its investor meeting in New York on Jan. 17. She added that the board reviews the dividend every November and has no plans to change that practice.

Harlow, which employs about 11,000 people, was founded in 1919 as a creamery in Lincoln and now sells its products in 14 countries.
""", [
    ('quarterly', 'SET', 'P3M'),
    ('Wednesday', 'DATE', '2000-11-08'),
    ('quarterly', 'SET', 'P3M'),
    ('third-quarter', 'DATE', '2000-Q3'),
    ('the early 1970s', 'DATE', '197'),
    ('Dec. 15', 'DATE', '2000-12-15'),
    ('Nov. 30', 'DATE', '2000-11-30'),
    ('every quarter', 'SET', 'P3M'),
    ('1952', 'DATE', '1952'),
    ('three months', 'DURATION', 'P3M'),
    ('Sept. 30', 'DATE', '2000-09-30'),
    ('a year ago', 'DATE', '1999|1999-Q3'),
    ('the past three months', 'DURATION', 'P3M'),
    ('the fourth quarter', 'DATE', '2000-Q4'),
    ('Wednesday morning', 'DATE|TIME', '2000-11-08TMO'),
    ('2000', 'DATE', '2000'),
    ('July', 'DATE', '2000-07'),
    ('early next year', 'DATE', '2001'),
    ('last spring', 'DATE', '2000-SP'),
    ('August', 'DATE', '2000-08'),
    ('2001', 'DATE', '2001'),
    ('Tuesday', 'DATE', '2000-11-07'),
    ('this year', 'DATE', '2000'),
    ('2001', 'DATE', '2001'),
    ('The first half of next year', 'DATE', '2001-H1'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('next year', 'DATE', '2001'),
    ('Jan. 17', 'DATE', '2001-01-17'),
    ('every November', 'SET', 'XXXX-11'),
    ('1919', 'DATE', '1919'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
# 2. Reuters, fiscal-quarter results and raised fiscal-year outlook (2003)
('2003-10-22', 'auto', """Corvane Systems profit tops forecasts, raises fiscal 2004 outlook

SAN JOSE, Calif., Oct 22 (Reuters) - Corvane Systems Inc. <CRVN.O>, a maker of storage networking equipment, on Wednesday posted a fiscal first-quarter profit that beat Wall Street estimates and raised its forecast for fiscal 2004, sending its shares up 7 percent in extended trading.

The San Jose, California-based company said net income in the period ended Sept. 27 rose to $31.4 million, or 18 cents per share, from $12.8 million, or 7 cents, a year earlier. Revenue climbed 22 percent to $412 million.

Analysts on average had expected earnings of 15 cents a share on revenue of $396 million, according to Reuters Research.

Corvane now expects revenue of $1.70 billion to $1.75 billion for fiscal 2004, which runs through June, up from a previous range of $1.62 billion to $1.68 billion given in July.

"Customers who held off spending for nearly two years are coming back," Chief Executive Daniel Okafor said in a telephone interview. "We saw orders pick up in August and they kept building through September."

Okafor said the fiscal second quarter, which ends in December, is typically the company's strongest, as corporate buyers rush to use up what is left of their budgets. He declined to say whether Corvane would resume hiring after cutting about 900 jobs in 2001 and 2002.

Shares of Corvane, which closed at $14.62 on Nasdaq before the results, rose to $15.65 in after-hours trading. The stock has nearly doubled since March, when it hit a low of $7.90, but remains far below its peak of $61 in the spring of 2000.

Some analysts said the rebound was still fragile. "One good set of numbers doesn't make a recovery," said Lisa Tran, an analyst with Pacific Crest Securities. "The question is whether this demand holds into the first half of calendar 2004 or whether it's just a budget flush."

Tran said she was raising her rating on the stock to "buy" from "hold" but would revisit it after the company reports second-quarter results in mid-January.

Corvane said it would hold a meeting for analysts on Nov. 12 in New York. The company also said its board had authorized a buyback of up to $200 million over the next 18 months, and that it would consider paying a dividend for the first time "at some point in the future."
""", [
    ('fiscal 2004', 'DATE', 'FY2004|2004'),
    ('Oct 22', 'DATE', '2003-10-22'),
    ('Wednesday', 'DATE', '2003-10-22'),
    ('fiscal first-quarter', 'DATE', 'FY2004-Q1|2003-Q3'),
    ('fiscal 2004', 'DATE', 'FY2004|2004'),
    ('Sept. 27', 'DATE', '2003-09-27'),
    ('a year earlier', 'DATE', '2002|2002-Q3'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('fiscal 2004', 'DATE', 'FY2004|2004'),
    ('June', 'DATE', '2004-06'),
    ('July', 'DATE', '2003-07'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('August', 'DATE', '2003-08'),
    ('September', 'DATE', '2003-09'),
    ('the fiscal second quarter', 'DATE', 'FY2004-Q2|2003-Q4'),
    ('December', 'DATE', '2003-12'),
    ('2001', 'DATE', '2001'),
    ('2002', 'DATE', '2002'),
    ('March', 'DATE', '2003-03'),
    ('the spring of 2000', 'DATE', '2000-SP'),
    ('the first half of calendar 2004', 'DATE', '2004-H1'),
    ('second-quarter', 'DATE', 'FY2004-Q2|2003-Q4'),
    ('mid-January', 'DATE', '2004-01'),
    ('Nov. 12', 'DATE', '2003-11-12'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('the future', 'DATE', 'FUTURE_REF'),
]),
# 3. Wall Street Journal, narrative of a collapsed merger (2005)
('2005-03-15', 'auto', """How a Handshake Deal Between Two Toolmakers Came Apart

By MARTHA KELLERMAN
Staff Reporter of THE WALL STREET JOURNAL

It was 7:10 a.m. on Oct. 4, 2004, when Brennan Tool Co. Chairman Howard Pike called his bankers to say the deal was off.

Only nine days earlier, Mr. Pike and Gerald Voss, chief executive of rival Northline Hardware Corp., had shaken hands at a Chicago steakhouse on a $1.4 billion merger that would have created the country's third-largest maker of hand tools. The two men had been talking, on and off, since the summer of 2002.

What went wrong, according to interviews with more than a dozen people involved, was a dispute over who would run the combined company and a last-minute discovery about Northline's pension obligations.

The weekend before the call, lawyers for both sides worked for 36 hours straight on the merger agreement at Northline's offices in Milwaukee. By Sunday afternoon, people familiar with the talks said, the draft named Mr. Voss chief executive for two years, after which Mr. Pike's deputy, Anne Castillo, would take over.

That evening, Brennan's advisers received a revised actuarial study showing that Northline's pension plan was underfunded by about $310 million, nearly twice the figure disclosed in its 2003 financial statements. Mr. Pike, who has spent 31 years at Brennan, was furious, one person said.

At 6 a.m. Monday, he reached Mr. Voss by phone, and the two men spoke for 20 minutes. Neither would budge. Two days later, Brennan issued a three-sentence statement saying talks had ended.

The fallout was quick. Brennan shares fell 11% that day, and within a month two large holders had demanded that the board explore a sale. In December, the company agreed to cut 600 jobs and close two plants in Ohio. Northline's stock, meanwhile, has recovered most of its losses and now trades near its level of last summer.

Mr. Pike, 64 years old, said in an interview last week that he didn't regret walking away. "I'd rather take the heat for a few months than spend the next decade cleaning up someone else's balance sheet," he said.

Both companies report results this spring, and investors will be watching for any sign that talks could resume. Mr. Voss declined to comment through a spokesman on Monday.
""", [
    ('7:10 a.m. on Oct. 4, 2004', 'TIME', '2004-10-04T07:10'),
    ('nine days earlier', 'DATE', '2004-09-25'),
    ('the summer of 2002', 'DATE', '2002-SU'),
    ('The weekend', 'DATE', '2004-W40-WE'),
    ('36 hours', 'DURATION', 'PT36H'),
    ('Sunday afternoon', 'DATE|TIME', '2004-10-03TAF'),
    ('two years', 'DURATION', 'P2Y'),
    ('That evening', 'DATE|TIME', '2004-10-03TEV'),
    ('2003', 'DATE', '2003'),
    ('31 years', 'DURATION', 'P31Y'),
    ('6 a.m. Monday', 'TIME', '2004-10-04T06:00'),
    ('20 minutes', 'DURATION', 'PT20M'),
    ('Two days later', 'DATE', '2004-10-06'),
    ('that day', 'DATE', '2004-10-06'),
    ('a month', 'DURATION', 'P1M'),
    ('December', 'DATE', '2004-12'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('last summer', 'DATE', '2004-SU'),
    ('last week', 'DATE', '2005-W10'),
    ('a few months', 'DURATION', 'PXM'),
    ('the next decade', 'DURATION', 'P10Y|P1DE'),
    ('this spring', 'DATE', '2005-SP'),
    ('Monday', 'DATE', '2005-03-14'),
]),
# 4. Bloomberg, cross-border chemicals merger (2007)
('2007-05-14', 'auto', """Halvorsen Agrees to Buy Delmar Chemicals for $6.2 Billion

May 14 (Bloomberg) -- Halvorsen AG, Europe's fourth-largest specialty chemicals maker, agreed to buy Delmar Chemicals Inc. for about $6.2 billion in cash, its biggest acquisition, to expand in North American coatings.

Halvorsen will pay $58 a share, 31 percent more than Delmar's closing price on May 11, the Dusseldorf-based company said in a statement today. Delmar's board backed the offer, which is expected to close in the fourth quarter, pending approval by regulators in the U.S. and Europe.

Chief Executive Officer Klaus Brenner has been looking for a U.S. target since taking over in January 2006, after shareholders criticized the company for falling behind rivals that expanded across the Atlantic earlier this decade. Halvorsen held talks with at least two other companies last year, people familiar with the matter said at the time.

"This gives us a platform in the U.S. that would have taken us ten years to build ourselves," Brenner, 52, said on a conference call with analysts this morning. He said the deal would add to earnings per share in 2009 and generate cost savings of 140 million euros a year by 2010.

Halvorsen shares fell as much as 4.1 percent and were down 2.7 percent at 71.35 euros as of 11:42 a.m. in Frankfurt trading. Delmar jumped 28 percent to $56.70 in early New York trading.

The purchase is the latest in a wave of chemical-industry takeovers this year, as private equity firms and rival producers pursue companies with steady cash flow. Chemicals deals announced worldwide have reached $48 billion so far in 2007, compared with $31 billion in the same period of 2006, according to data compiled by Bloomberg.

Delmar, based in Wilmington, Delaware, has struggled with rising costs for raw materials tied to crude oil, which has climbed about 20 percent over the past 12 months. Its profit fell in four of the last six quarters.

Halvorsen will finance the deal with cash and a 5 billion-euro bridge loan from Deutsche Bank AG and UBS AG, and plans to sell bonds to refinance part of the loan in the second half. It will also sell new shares worth about 1 billion euros within six months of closing, Chief Financial Officer Petra Lindqvist said.

Delmar shareholders will vote on the deal at a special meeting expected in August. The company will keep paying its quarterly dividend of 31 cents until the transaction closes, Delmar said.

To contact the reporter on this story: Jonas Feld in Frankfurt at jfeld@bloomberg.net
""", [
    ('May 14', 'DATE', '2007-05-14'),
    ('May 11', 'DATE', '2007-05-11'),
    ('today', 'DATE', '2007-05-14'),
    ('the fourth quarter', 'DATE', '2007-Q4'),
    ('January 2006', 'DATE', '2006-01'),
    ('earlier this decade', 'DATE', '200'),
    ('last year', 'DATE', '2006'),
    ('ten years', 'DURATION', 'P10Y'),
    ('this morning', 'DATE|TIME', '2007-05-14TMO'),
    ('2009', 'DATE', '2009'),
    ('a year', 'SET', 'P1Y'),
    ('2010', 'DATE', '2010'),
    ('11:42 a.m.', 'TIME', '2007-05-14T11:42'),
    ('this year', 'DATE', '2007'),
    ('2007', 'DATE', '2007'),
    ('2006', 'DATE', '2006'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('the last six quarters', 'DURATION', 'P6Q|P18M'),
    ('the second half', 'DATE', '2007-H2'),
    ('six months', 'DURATION', 'P6M'),
    ('August', 'DATE', '2007-08'),
    ('quarterly', 'SET', 'P3M'),
]),
# 5. Financial Times, job cuts at an engineering group (2009)
('2009-01-27', 'auto', """Marlow Engineering to cut 2,400 jobs as orders slump

By Sarah Whitcombe, Industry Correspondent

Marlow Engineering, the FTSE 250 industrial group, will cut 2,400 jobs, or about one in eight of its workforce, after orders for its pumps and valves fell sharply late last year.

The company said on Tuesday that most of the cuts would fall in the UK and Germany and would be completed by June. It will also put its two UK factories on short-time working from March, a measure it expects to keep in place for at least six months.

Philip Arkwright, chief executive, said the group had seen "an abrupt change" in customer behaviour since October, when the collapse of Lehman Brothers a month earlier began to feed through to industrial customers. Order intake in the fourth quarter was 27 per cent lower than a year earlier, and trading in January had shown no improvement, he said.

"We went from record orders in the summer to customers cancelling contracts by the dozen," Mr Arkwright said. "Nobody in this business has seen a slowdown this fast in the past 30 years."

Marlow, which will report its 2008 results on March 5, said it expected underlying operating profit for the year of about £142m, in line with its November guidance. But it warned that profit in the current year would be "materially lower" and declined to give a figure.

The company will pay a final dividend for 2008 but said its board would review the payout in the summer. Analysts at Cazenove cut their 2009 earnings estimates by 35 per cent on Tuesday and said a dividend cut was now likely.

Shares in Marlow fell 9 per cent to 312p by mid-afternoon in London, taking their decline over the past 12 months to more than 60 per cent.

Unite, the union, said it would meet management on Thursday and accused the company of using the downturn "as cover for cuts it has wanted to make for years". The union said staff had learnt of the plan at a briefing at 8am, an hour before the stock exchange announcement.

The cuts add to a growing list of job losses in British manufacturing. Corus, the steelmaker, said on Monday that it would shed 3,500 jobs, and the EEF manufacturers' organisation forecast this month that output would fall by more than 5 per cent this year.
""", [
    ('late last year', 'DATE', '2008'),
    ('Tuesday', 'DATE', '2009-01-27'),
    ('June', 'DATE', '2009-06'),
    ('March', 'DATE', '2009-03'),
    ('at least six months', 'DURATION', 'P6M'),
    ('October', 'DATE', '2008-10'),
    ('a month earlier', 'DATE', '2008-09'),
    ('the fourth quarter', 'DATE', '2008-Q4'),
    ('a year earlier', 'DATE', '2007-Q4|2007'),
    ('January', 'DATE', '2009-01'),
    ('the summer', 'DATE', '2008-SU'),
    ('the past 30 years', 'DURATION', 'P30Y'),
    ('2008', 'DATE', '2008'),
    ('March 5', 'DATE', '2009-03-05'),
    ('the year', 'DATE', '2008'),
    ('November', 'DATE', '2008-11'),
    ('the current year', 'DATE', '2009'),
    ('2008', 'DATE', '2008'),
    ('the summer', 'DATE', '2009-SU'),
    ('2009', 'DATE', '2009'),
    ('Tuesday', 'DATE', '2009-01-27'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('mid-afternoon', 'DATE|TIME', '2009-01-27TAF'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('Thursday', 'DATE', '2009-01-29'),
    ('years', 'DURATION', 'PXY'),
    ('8am', 'TIME', '2009-01-27T08:00'),
    ('an hour', 'DURATION', 'PT1H'),
    ('Monday', 'DATE', '2009-01-26'),
    ('this month', 'DATE', '2009-01'),
    ('this year', 'DATE', '2009'),
]),
# 6. CNBC, pre-market report after the U.S. downgrade (2011)
('2011-08-09', 'auto', """Stocks Set to Rebound After Monday's Rout; All Eyes on the Fed

By Kate Ellison, CNBC.com
Published: Tuesday, 9 Aug 2011 | 8:52 AM ET

U.S. stock futures pointed to a higher open Tuesday following the Dow Jones Industrial Average's worst session since December 2008, as investors looked to the Federal Reserve for reassurance.

Dow futures were up about 150 points at 8:45 a.m. ET, while S&P 500 futures rose 1.5 percent. The blue-chip index tumbled more than 600 points Monday, its first chance to react after Standard & Poor's stripped the United States of its triple-A credit rating late Friday.

The Fed's policy committee meets this morning and is scheduled to release its statement at 2:15 p.m. ET. Traders will be parsing the language for any hint of a third round of bond buying, after the central bank's $600 billion purchase program ended in June.

"The market wants to hear that the Fed is paying attention," said Tom Reardon, chief market strategist at Halcyon Capital. "Nobody expects them to pull the trigger today, but they can't sound complacent, either."

The S&P 500 has fallen about 18 percent from its late-April high, leaving it on the edge of a bear market. The CBOE Volatility Index, Wall Street's so-called fear gauge, jumped 50 percent yesterday to its highest level since March 2009.

Bank stocks were expected to remain under pressure. Bank of America lost 20 percent on Monday amid worries about its mortgage exposure and has fallen by roughly half this year.

Some strategists argued the selloff had gone too far. "We've seen forced selling for two weeks straight, and a lot of good companies are being thrown out with the bad," said Reardon, who added that he had been buying shares of large technology companies since last Thursday.

The selling began in late July, as lawmakers in Washington fought over raising the debt ceiling before the Aug. 2 deadline, and intensified after Friday's jobs report showed employers added just 117,000 jobs in July.

On the economic front, the Labor Department said productivity fell 0.3 percent in the second quarter, the second straight decline. Wholesale inventory figures for June are due at 10 a.m.

In earnings news, Wexford Apparel reported second-quarter results before the bell that topped estimates and said it would buy back $500 million of stock over the next two years. Its shares rose 4 percent in premarket trading.

Gold hit another record, topping $1,770 an ounce for the first time, as investors sought safety.
""", [
    ('Monday', 'DATE', '2011-08-08'),
    ('Tuesday, 9 Aug 2011', 'DATE', '2011-08-09'),
    ('8:52 AM ET', 'TIME', '2011-08-09T08:52'),
    ('Tuesday', 'DATE', '2011-08-09'),
    ('December 2008', 'DATE', '2008-12'),
    ('8:45 a.m. ET', 'TIME', '2011-08-09T08:45'),
    ('Monday', 'DATE', '2011-08-08'),
    ('late Friday', 'DATE', '2011-08-05'),
    ('this morning', 'DATE|TIME', '2011-08-09TMO'),
    ('2:15 p.m. ET', 'TIME', '2011-08-09T14:15'),
    ('June', 'DATE', '2011-06'),
    ('today', 'DATE', '2011-08-09'),
    ('late-April', 'DATE', '2011-04'),
    ('yesterday', 'DATE', '2011-08-08'),
    ('March 2009', 'DATE', '2009-03'),
    ('Monday', 'DATE', '2011-08-08'),
    ('this year', 'DATE', '2011'),
    ('two weeks', 'DURATION', 'P2W'),
    ('last Thursday', 'DATE', '2011-08-04'),
    ('late July', 'DATE', '2011-07'),
    ('Aug. 2', 'DATE', '2011-08-02'),
    ('Friday', 'DATE', '2011-08-05'),
    ('July', 'DATE', '2011-07'),
    ('the second quarter', 'DATE', '2011-Q2'),
    ('June', 'DATE', '2011-06'),
    ('10 a.m.', 'TIME', '2011-08-09T10:00'),
    ('second-quarter', 'DATE', '2011-Q2'),
    ('the next two years', 'DURATION', 'P2Y'),
]),
# 7. Dow Jones Newswires, guidance cut and analyst call (2013)
('2013-07-19', 'auto', """Carrow Industries Cuts 2013 Outlook, Sees Mining Slump Into Next Year

By Alan Petrakis
Of DOW JONES NEWSWIRES

MILWAUKEE (Dow Jones)--Carrow Industries Inc. (CRW) cut its outlook for 2013 on Friday, and executives told analysts that demand from mining customers would likely stay depressed well into next year.

On a conference call that began at 9 a.m. Eastern time and ran nearly two hours, Chief Executive Robert Lindahl said orders for the company's mining equipment fell 31% in the second quarter and that he did not expect a recovery "before the back half of next year at the earliest."

Carrow now expects 2013 earnings of $3.40 to $3.60 a share, down from its April forecast of $3.90 to $4.10. Analysts polled by FactSet had expected $3.84.

For the three months ended June 30, the Milwaukee company earned $212 million, or 89 cents a share, down from $276 million, or $1.14 a share, in the year-ago period. Revenue fell 9% to $2.7 billion.

Several analysts pressed executives on costs. Mr. Lindahl said Carrow had eliminated about 1,800 positions since January and would idle its plant in Decatur, Ill., for four weeks starting Aug. 5. The company expects to record restructuring charges of $60 million to $80 million in the second half.

"We've been through cycles like this before, in 2009 and in the early 1980s, and we came out of them stronger," Mr. Lindahl said in response to a question from Morgan Stanley analyst Peter Hollis.

Mr. Hollis wrote in a note after the call that the guidance cut was "overdue" and that he expected another reduction when the company reports third-quarter results in October.

Chief Financial Officer Janet Moore said Carrow remained committed to its quarterly dividend of 55 cents a share and would keep buying back stock, though at a slower pace than in the first half, when it repurchased $400 million of shares. She said the board would consider a dividend increase at its regular December meeting, as it does every year.

Carrow shares were down $3.12, or 4.6%, at $64.70 at 2:30 p.m. EDT on the New York Stock Exchange. They had risen 12% in the past month ahead of the results.

Rival Caterpillar Inc. (CAT) is scheduled to report second-quarter results on Wednesday, July 24.

-Write to Alan Petrakis at alan.petrakis@dowjones.com

(END) Dow Jones Newswires
""", [
    ('2013', 'DATE', '2013'),
    ('Next Year', 'DATE', '2014'),
    ('2013', 'DATE', '2013'),
    ('Friday', 'DATE', '2013-07-19'),
    ('next year', 'DATE', '2014'),
    ('9 a.m. Eastern time', 'TIME', '2013-07-19T09:00'),
    ('nearly two hours', 'DURATION', 'PT2H'),
    ('the second quarter', 'DATE', '2013-Q2'),
    ('the back half of next year', 'DATE', '2014-H2'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2013', 'DATE', '2013'),
    ('April', 'DATE', '2013-04'),
    ('three months', 'DURATION', 'P3M'),
    ('June 30', 'DATE', '2013-06-30'),
    ('year-ago', 'DATE', '2012-Q2|2012'),
    ('January', 'DATE', '2013-01'),
    ('four weeks', 'DURATION', 'P4W'),
    ('Aug. 5', 'DATE', '2013-08-05'),
    ('the second half', 'DATE', '2013-H2'),
    ('2009', 'DATE', '2009'),
    ('the early 1980s', 'DATE', '198'),
    ('third-quarter', 'DATE', '2013-Q3'),
    ('October', 'DATE', '2013-10'),
    ('quarterly', 'SET', 'P3M'),
    ('the first half', 'DATE', '2013-H1'),
    ('December', 'DATE', '2013-12'),
    ('every year', 'SET', 'P1Y'),
    ('2:30 p.m. EDT', 'TIME', '2013-07-19T14:30'),
    ('the past month', 'DATE|DURATION', 'P1M|2013-06'),
    ('second-quarter', 'DATE', '2013-Q2'),
    ('Wednesday, July 24', 'DATE', '2013-07-24'),
]),
# 8. Wall Street Journal, IPO pricing in a volatile week (2018)
('2018-12-04', 'auto', """Tessaly Health Pushes Ahead With IPO Despite Market Turmoil

By Rachel Ostrowski

Tessaly Health Inc. is sticking with plans to go public this week, betting that investor appetite for fast-growing health-technology companies will survive a bruising stretch for stocks.

The San Francisco company, which sells software that helps hospitals schedule nurses and operating rooms, said Tuesday it expects to price its initial public offering Thursday evening at $16 to $18 a share. At the top of that range, the deal would raise about $270 million and value Tessaly at roughly $2.1 billion.

Its shares are set to begin trading Friday on the Nasdaq under the symbol TSLY. U.S. stock markets will be closed Wednesday in honor of former President George H.W. Bush, who died late Friday at age 94.

The timing is delicate. The Dow Jones Industrial Average fell about 800 points on Tuesday, and the S&P 500 is down about 8% from its September record. At least three companies have postponed listings in recent weeks, according to Dealogic, citing market volatility.

Tessaly, founded in 2011, had revenue of $118 million in the nine months ended Sept. 30, up 64% from a year earlier, and a net loss of $41 million. It has never been profitable.

Chief Executive Priya Raman said in an interview Monday that the company had considered waiting until the new year but decided against it. "If you have a good business, there's never a perfect window," she said. "We've spent the past two weeks on the road with investors, and the demand has been there."

U.S. IPOs have raised about $46 billion so far this year, the most since 2014, according to Dealogic. Bankers say the window for new listings usually closes by mid-December, as fund managers lock in their returns for the year.

Tessaly's largest backers include Harbor Point Ventures, which first invested in 2013, and Meridian Growth Partners. Insiders have agreed not to sell shares for 180 days after the offering.

The company plans to use part of the proceeds to expand into Europe, starting with the U.K. next year, Ms. Raman said. It currently has about 900 employees and plans to add 300 more over the next 12 months.
""", [
    ('this week', 'DATE', '2018-W49'),
    ('Tuesday', 'DATE', '2018-12-04'),
    ('Thursday evening', 'DATE|TIME', '2018-12-06TEV'),
    ('Friday', 'DATE', '2018-12-07'),
    ('Wednesday', 'DATE', '2018-12-05'),
    ('late Friday', 'DATE', '2018-11-30'),
    ('Tuesday', 'DATE', '2018-12-04'),
    ('September', 'DATE', '2018-09'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('2011', 'DATE', '2011'),
    ('nine months', 'DURATION', 'P9M'),
    ('Sept. 30', 'DATE', '2018-09-30'),
    ('a year earlier', 'DATE', '2017'),
    ('Monday', 'DATE', '2018-12-03'),
    ('the new year', 'DATE', '2019'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('this year', 'DATE', '2018'),
    ('2014', 'DATE', '2014'),
    ('mid-December', 'DATE', '2018-12'),
    ('the year', 'DATE', '2018'),
    ('2013', 'DATE', '2013'),
    ('180 days', 'DURATION', 'P180D'),
    ('next year', 'DATE', '2019'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('the next 12 months', 'DURATION', 'P12M'),
]),
# 9. Reuters, forecast withdrawn and dividend suspended in the pandemic (2020)
('2020-04-29', 'auto', """Aldridge Hotels pulls 2020 forecast, suspends dividend as bookings collapse

April 29 (Reuters) - Aldridge Hotels Corp <ALDH.N> withdrew its 2020 forecast and suspended its dividend on Wednesday, after the coronavirus pandemic emptied its properties and pushed the U.S. hotel operator to a first-quarter loss.

The company, which operates about 420 hotels in North America and the Caribbean, said occupancy averaged 11% this month, compared with 76% in April last year. About 150 of its hotels have been temporarily closed since late March.

Revenue per available room, a key industry measure, fell 28% in the three months ended March 31, and the company swung to a net loss of $84 million from a profit of $61 million a year earlier.

"We have never seen anything like this, not after Sept. 11 and not in 2009," Chief Executive Laura Benning said on a call with analysts. She said bookings for the summer were running about 70% below last year's levels, though cancellations had slowed in the past 10 days.

Aldridge said it had drawn down its entire $1.5 billion revolving credit facility in March and had enough cash to operate for at least 18 months even if its hotels generated no revenue.

The company furloughed about 60% of its corporate staff earlier this month, and its top executives will forgo their salaries until July. The dividend of 30 cents a share, which Aldridge had paid every quarter since its 2012 spinoff, will be reviewed once travel demand recovers, Benning said.

Analysts said a recovery would be slow. "Business travel is going to be the last thing to come back. We're looking at 2022 or 2023 before revenue per room gets back to 2019 levels," said Jared Kim, an analyst at Halsey Securities in New York.

Aldridge shares, which have lost more than half their value since mid-February, rose 3% in premarket trading as the results were not as bad as some investors had feared.

Rival Marriott International Inc is due to report first-quarter results on May 11.

(Reporting by Priyanka Nair in Bengaluru; Editing by Arun Koyyur)
""", [
    ('2020', 'DATE', '2020'),
    ('April 29', 'DATE', '2020-04-29'),
    ('2020', 'DATE', '2020'),
    ('Wednesday', 'DATE', '2020-04-29'),
    ('first-quarter', 'DATE', '2020-Q1'),
    ('this month', 'DATE', '2020-04'),
    ('April last year', 'DATE', '2019-04'),
    ('late March', 'DATE', '2020-03'),
    ('three months', 'DURATION', 'P3M'),
    ('March 31', 'DATE', '2020-03-31'),
    ('a year earlier', 'DATE', '2019-Q1|2019'),
    ('Sept. 11', 'DATE', '2001-09-11'),
    ('2009', 'DATE', '2009'),
    ('the summer', 'DATE', '2020-SU'),
    ('last year', 'DATE', '2019'),
    ('the past 10 days', 'DURATION', 'P10D'),
    ('March', 'DATE', '2020-03'),
    ('at least 18 months', 'DURATION', 'P18M'),
    ('earlier this month', 'DATE', '2020-04'),
    ('July', 'DATE', '2020-07'),
    ('every quarter', 'SET', 'P3M'),
    ('2012', 'DATE', '2012'),
    ('2022', 'DATE', '2022'),
    ('2023', 'DATE', '2023'),
    ('2019', 'DATE', '2019'),
    ('mid-February', 'DATE', '2020-02'),
    ('first-quarter', 'DATE', '2020-Q1'),
    ('May 11', 'DATE', '2020-05-11'),
]),
# 10. Bloomberg, narrative of a postponed IPO (2022)
('2022-09-13', 'auto', """How Verdant Table's $3 Billion IPO Slipped Away in Five Weeks

By Hannah Olsen

(Bloomberg) -- On the evening of Jan. 18, a dozen bankers and executives crowded into a conference room in Midtown Manhattan to settle the price range for Verdant Table Inc.'s initial public offering. The plant-based food maker, backed by two of Silicon Valley's best-known venture firms, hoped to be valued at as much as $3 billion.

The mood was upbeat. The company had filed confidentially in November and had spent December polishing its pitch to investors.

Two days later, the Nasdaq Composite Index fell 1.3%, extending a slide in technology and growth shares that had begun in late November, and the mood changed. That weekend, according to people familiar with the matter, the company's two lead banks advised waiting.

Verdant's chief executive, Marco Ruiz, pushed back. The company had burned through $140 million in the previous 12 months and needed fresh capital by the summer, he told directors on a call that Sunday night that lasted more than three hours. The board agreed to press ahead.

The roadshow began on Jan. 31, and for several days orders came in steadily. Then, on Feb. 10, the Labor Department reported that consumer prices had risen 7.5% in the 12 months through January, the fastest pace in 40 years. Treasury yields jumped, growth stocks sold off again, and two of Verdant's anchor investors cut their orders the next morning.

By mid-February, the books were less than half covered at the bottom of the range. On Feb. 24, as Russian troops poured into Ukraine and markets tumbled, Verdant postponed the deal, citing market conditions.

What followed was painful. Verdant cut 15% of its staff in April and raised $200 million in June from existing backers at a valuation of $1.1 billion, about a third of what it had sought in the winter.

It has plenty of company. Fewer than 20 businesses have raised more than $100 million in U.S. listings this year, compared with well over 300 in 2021, according to data compiled by Bloomberg.

Ruiz, in an interview last week, said he did not regret trying. "We'd do it again in a heartbeat if the window opened," he said. "But I don't think that happens before the second quarter of next year."

The company now plans to revisit a listing in 2023, people familiar with its thinking said. Its lead banks declined to comment on Monday.
""", [
    ('Five Weeks', 'DURATION', 'P5W'),
    ('the evening of Jan. 18', 'DATE|TIME', '2022-01-18TEV'),
    ('November', 'DATE', '2021-11'),
    ('December', 'DATE', '2021-12'),
    ('Two days later', 'DATE', '2022-01-20'),
    ('late November', 'DATE', '2021-11'),
    ('That weekend', 'DATE', '2022-W03-WE'),
    ('the previous 12 months', 'DURATION', 'P12M'),
    ('the summer', 'DATE', '2022-SU'),
    ('that Sunday night', 'DATE|TIME', '2022-01-23TNI'),
    ('more than three hours', 'DURATION', 'PT3H'),
    ('Jan. 31', 'DATE', '2022-01-31'),
    ('several days', 'DURATION', 'PXD'),
    ('Feb. 10', 'DATE', '2022-02-10'),
    ('12 months', 'DURATION', 'P12M'),
    ('January', 'DATE', '2022-01'),
    ('40 years', 'DURATION', 'P40Y'),
    ('the next morning', 'DATE|TIME', '2022-02-11TMO'),
    ('mid-February', 'DATE', '2022-02'),
    ('Feb. 24', 'DATE', '2022-02-24'),
    ('April', 'DATE', '2022-04'),
    ('June', 'DATE', '2022-06'),
    ('the winter', 'DATE', '2022-WI|2021-WI'),
    ('this year', 'DATE', '2022'),
    ('2021', 'DATE', '2021'),
    ('last week', 'DATE', '2022-W36'),
    ('the second quarter of next year', 'DATE', '2023-Q2'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2023', 'DATE', '2023'),
    ('Monday', 'DATE', '2022-09-12'),
]),
# 11. AP, tech layoffs alongside fiscal-quarter results (2024)
('2024-02-06', 'auto', """Quillon Software to cut 1,100 jobs as tech layoffs continue

SAN FRANCISCO (AP) — Quillon Software said Tuesday that it will lay off about 1,100 employees, roughly 8% of its workforce, joining a string of technology companies that have announced cuts in recent weeks.

The cloud accounting company said in a regulatory filing that most affected workers would be notified by Friday and would receive at least 16 weeks of severance pay. The cuts are expected to be largely completed by March 31.

In a memo to staff sent early Tuesday, CEO Dana Whitfield said the company had "hired too quickly" during the pandemic, when its head count nearly doubled in two years.

"We made decisions in 2021 and 2022 that made sense at the time, but they don't fit the company we need to be now," Whitfield wrote.

Quillon said it expects to record charges of $85 million to $95 million, mostly in the current quarter, for severance and office closures. It will shut offices in Denver and Raleigh, North Carolina, in the coming months, and remaining employees will be expected at their desks three days a week starting in April.

The company also reported results for its fiscal second quarter, which ended Dec. 31. Revenue rose 11% to $612 million, and it raised its forecast for fiscal 2024, which ends in June. Quillon shares jumped 9% in after-hours trading.

Executives will discuss the results with analysts on a call at 4:30 p.m. Eastern time Tuesday.

Layoffs.fyi, a website that tracks job cuts in the industry, has counted more than 30,000 tech layoffs so far in 2024, after about 260,000 last year, the most since it began keeping records in 2020.

Several large companies have trimmed staff this year. Google eliminated hundreds of jobs last month, and PayPal said last week that it would cut about 2,500 positions, or 9% of its workforce.

Quillon, founded in 2009 in Austin, Texas, went public in 2019. It had about 13,500 employees as of September, up from about 7,000 four years ago.

Whitfield said the company would keep hiring in some areas, including artificial intelligence, and expected its head count to grow again by next year.
""", [
    ('Tuesday', 'DATE', '2024-02-06'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('Friday', 'DATE', '2024-02-09'),
    ('at least 16 weeks', 'DURATION', 'P16W'),
    ('March 31', 'DATE', '2024-03-31'),
    ('early Tuesday', 'DATE|TIME', '2024-02-06|2024-02-06TMO'),
    ('two years', 'DURATION', 'P2Y'),
    ('2021', 'DATE', '2021'),
    ('2022', 'DATE', '2022'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the current quarter', 'DATE', '2024-Q1|FY2024-Q3'),
    ('the coming months', 'DATE|DURATION', 'FUTURE_REF|PXM'),
    ('three days a week', 'SET', 'P1W'),
    ('April', 'DATE', '2024-04'),
    ('fiscal second quarter', 'DATE', 'FY2024-Q2|2023-Q4'),
    ('Dec. 31', 'DATE', '2023-12-31'),
    ('fiscal 2024', 'DATE', 'FY2024|2024'),
    ('June', 'DATE', '2024-06'),
    ('4:30 p.m. Eastern time Tuesday', 'TIME', '2024-02-06T16:30'),
    ('2024', 'DATE', '2024'),
    ('last year', 'DATE', '2023'),
    ('2020', 'DATE', '2020'),
    ('this year', 'DATE', '2024'),
    ('last month', 'DATE', '2024-01'),
    ('last week', 'DATE', '2024-W05'),
    ('2009', 'DATE', '2009'),
    ('2019', 'DATE', '2019'),
    ('September', 'DATE', '2023-09'),
    ('four years ago', 'DATE', '2020'),
    ('next year', 'DATE', '2025'),
]),
# 12. Financial Times, retailer's annual results, dividend and buyback (2025)
('2025-05-02', 'auto', """Ashby & Rowe lifts dividend but warns of 'cautious' shoppers

Tom Hadley in London

Ashby & Rowe raised its dividend and announced a £150mn share buyback on Friday after profits at the homewares retailer beat expectations, but it warned that customers had grown more hesitant since early April.

Pre-tax profit rose 14 per cent to £286mn in the 52 weeks to March 1, on revenue up 6 per cent at £3.1bn. Analysts had forecast profit of about £270mn.

The board proposed a final dividend of 21.5p, taking the total for 2024-25 to 31p, up 10 per cent. The buyback will run for 12 months from next week.

Chief executive Helen Marsh said like-for-like sales had risen 2 per cent over the past nine weeks. "Customers are still spending on their homes, but they are taking longer to decide," she said. "We saw a clear wobble in the fortnight after the US tariff announcements, and things have only settled down in the last few days."

Marsh, who took over in September 2022, said the group was comfortable with analysts' profit forecasts of about £300mn but would give a fuller update on trading at its AGM on July 10.

Shares rose 6 per cent to 1,284p by midday, leaving them up about 25 per cent over the past year.

Analysts at Peel Hunt said the results showed the benefit of heavy investment in online ordering, which now accounts for 38 per cent of sales, up from 29 per cent three years ago. "This is a business that was run for cash and is finally reinvesting," they wrote.

The retailer also confirmed that it had held talks in March about buying Lindell Home, a smaller rival, but said discussions had ended without agreement. Under UK takeover rules it cannot make another approach for six months.

Rivals have had a tougher time. Wexley's, the furniture chain, issued its second profit warning in three months last week, and Kingfisher said in March that it expected trading in France to remain weak this year.

Ashby & Rowe, which was founded in 1887 as a Nottingham ironmonger, returned to the stock market in 2015 after a decade under private equity ownership. It pays dividends twice a year and has increased the total payout every year since its listing.
""", [
    ('Friday', 'DATE', '2025-05-02'),
    ('early April', 'DATE', '2025-04'),
    ('52 weeks', 'DURATION', 'P52W'),
    ('March 1', 'DATE', '2025-03-01'),
    ('2024-25', 'DATE', '2024|2025'),
    ('12 months', 'DURATION', 'P12M'),
    ('next week', 'DATE', '2025-W19'),
    ('the past nine weeks', 'DURATION', 'P9W'),
    ('the fortnight', 'DURATION', 'P2W'),
    ('the last few days', 'DURATION|DATE', 'PXD|PAST_REF'),
    ('September 2022', 'DATE', '2022-09'),
    ('July 10', 'DATE', '2025-07-10'),
    ('midday', 'TIME', '2025-05-02T12:00'),
    ('the past year', 'DATE|DURATION', 'P1Y|2024'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('three years ago', 'DATE', '2022'),
    ('March', 'DATE', '2025-03'),
    ('six months', 'DURATION', 'P6M'),
    ('three months', 'DURATION', 'P3M'),
    ('last week', 'DATE', '2025-W17'),
    ('March', 'DATE', '2025-03'),
    ('this year', 'DATE', '2025'),
    ('1887', 'DATE', '1887'),
    ('2015', 'DATE', '2015'),
    ('a decade', 'DURATION', 'P10Y|P1DE'),
    ('twice a year', 'SET', 'P1Y'),
    ('every year', 'SET', 'P1Y'),
]),
]
