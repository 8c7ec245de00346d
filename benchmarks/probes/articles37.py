# Gold TIMEX3 probe set 37: twelve business and economics articles of 1998-2024 in the styles of Bloomberg, the Financial Times, the Wall Street Journal, CNBC, Reuters and Dow Jones, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Reuters, markets / central bank (1998)
('1998-10-16', 'auto', """Fed's surprise rate cut lifts stocks, dollar slides

WASHINGTON, Oct 16 (Reuters) - The Federal Reserve's unexpected quarter-point cut in interest rates on Thursday sent U.S. stocks soaring and left economists debating whether policymakers would move again before the end of the year.

The Fed lowered its target for the federal funds rate to 5.0 percent and trimmed the discount rate to 4.75 percent in a move announced at 3:15 p.m. EDT, just two weeks after its last cut on Sept. 29. It was the Fed's first move between scheduled meetings since April 1994.

The Dow Jones industrial average jumped 330.58 points, or 4.2 percent, to close at 8,299.36 on Thursday. Stock index futures pointed to a flat opening on Friday morning as traders took profits.

"They are clearly worried about what has been happening in the markets over the past two months," said Lyle Brennan, chief economist at Harmon Securities in New York. "Credit spreads have blown out since August and the Fed decided it could not wait until November."

The policy-setting Federal Open Market Committee meets eight times a year. Its next meeting is scheduled for Nov. 17, and traders in federal funds futures on Friday priced in a roughly 60 percent chance of another quarter-point cut at that meeting.

The turmoil began in mid-August, when Russia devalued the rouble and defaulted on part of its domestic debt. In late September, the near-collapse of hedge fund Long-Term Capital Management forced a $3.6 billion rescue by 14 banks and brokerages.

Fed Chairman Alan Greenspan told Congress last week that the central bank was watching for signs that the turmoil was spreading to the U.S. economy, which grew at a rate of just 1.6 percent in the second quarter after a 5.5 percent pace in the first quarter.

Economists said data due next week, including September retail sales on Tuesday and housing starts on Wednesday, would show whether American consumers were pulling back. The government's first estimate of third-quarter growth is due on Oct. 30.

"We have had seven years of expansion and the Fed does not want to be the one to end it," Brennan said. "I think they cut again in November and possibly once more early next year."

The dollar fell to 114.50 yen in Asian trading on Friday, from 118.20 late Thursday, its weakest level in more than a year.

(Reporting by Carl Whitmore; Editing by Ann Doyle)
""", [
    ('Oct 16', 'DATE', '1998-10-16'),
    ('Thursday', 'DATE', '1998-10-15'),
    ('the end of the year', 'DATE', '1998|1998-12'),
    ('3:15 p.m. EDT', 'TIME', '1998-10-15T15:15'),
    ('two weeks', 'DURATION', 'P2W'),
    ('Sept. 29', 'DATE', '1998-09-29'),
    ('April 1994', 'DATE', '1994-04'),
    ('Thursday', 'DATE', '1998-10-15'),
    ('Friday morning', 'DATE|TIME', '1998-10-16TMO'),
    ('the past two months', 'DURATION', 'P2M'),
    ('August', 'DATE', '1998-08'),
    ('November', 'DATE', '1998-11'),
    ('eight times a year', 'SET', 'P1Y'),
    ('Nov. 17', 'DATE', '1998-11-17'),
    ('Friday', 'DATE', '1998-10-16'),
    ('mid-August', 'DATE', '1998-08'),
    ('late September', 'DATE', '1998-09'),
    ('last week', 'DATE', '1998-W41'),
    ('the second quarter', 'DATE', '1998-Q2'),
    ('the first quarter', 'DATE', '1998-Q1'),
    ('next week', 'DATE', '1998-W43'),
    ('September', 'DATE', '1998-09'),
    ('Tuesday', 'DATE', '1998-10-20'),
    ('Wednesday', 'DATE', '1998-10-21'),
    ('third-quarter', 'DATE', '1998-Q3'),
    ('Oct. 30', 'DATE', '1998-10-30'),
    ('seven years', 'DURATION', 'P7Y'),
    ('November', 'DATE', '1998-11'),
    ('early next year', 'DATE', '1999'),
    ('Friday', 'DATE', '1998-10-16'),
    ('late Thursday', 'DATE', '1998-10-15'),
    ('more than a year', 'DURATION', 'P1Y'),
]),

# 2. Wall Street Journal, quarterly earnings / fiscal year (2001)
('2001-07-19', 'auto', """Cordell Systems Profit Plunges 78% As Tech Spending Dries Up

By MARGARET OSTROW
Staff Reporter of THE WALL STREET JOURNAL

SAN JOSE, Calif. -- Cordell Systems Inc. said profit for the fiscal fourth quarter fell 78% as corporate customers slashed spending on networking gear, and it warned that sales wouldn't recover before the end of calendar 2001.

In the quarter, which ended June 30, the maker of routers and switches posted net income of $41.2 million, or seven cents a share, down from $187.5 million, or 31 cents a share, a year earlier. Revenue dropped 34% to $612 million. Analysts surveyed by Thomson Financial/First Call had expected earnings of six cents a share.

For fiscal 2001, profit fell 41% to $402 million on revenue of $3.1 billion.

In an interview Wednesday, Chief Executive Daniel Achterberg said orders had stabilized in the past six weeks but that customers remained cautious. "We aren't calling a bottom yet," he said. "Our assumption is that the first half of fiscal 2002 looks a lot like the quarter we just finished."

The company, which has cut about 2,300 jobs since January, said it would eliminate a further 900 positions by the end of September and would close two plants in Texas; it will identify the sites in the coming weeks. It expects to record a restructuring charge of $85 million to $95 million in the current quarter, which ends Sept. 30.

The results were released after the markets closed Wednesday. In late trading, Cordell shares slipped 35 cents to $14.20, after closing at $14.55, up 22 cents, in Nasdaq Stock Market composite trading. The stock has lost more than 70% of its value since peaking at $52 in March 2000.

A year ago, Cordell was struggling to keep up with demand from telephone companies and Internet start-ups. Many of those customers have since gone bankrupt or stopped ordering. Earlier this week, rival Ventris Networks Inc. said its second-quarter sales fell 29% and that it would cut a fifth of its work force.

Mr. Achterberg, 54 years old, who has run the company since 1996, said Cordell would keep spending about 14% of revenue on research and development. "The worst thing we could do now is stop investing," he said. "When the recovery comes, probably next year, we need to have the products."

Cordell plans to meet with analysts in New York on Oct. 9, when it will give a detailed outlook for fiscal 2002.
""", [
    ('the fiscal fourth quarter', 'DATE', 'FY2001-Q4|2001-Q2'),
    ('the end of calendar 2001', 'DATE', '2001|2001-12'),
    ('the quarter', 'DATE', '2001-Q2'),
    ('June 30', 'DATE', '2001-06-30'),
    ('a year earlier', 'DATE', '2000-Q2|2000'),
    ('fiscal 2001', 'DATE', 'FY2001|2001'),
    ('Wednesday', 'DATE', '2001-07-18'),
    ('the past six weeks', 'DURATION', 'P6W'),
    ('the first half of fiscal 2002', 'DATE', 'FY2002-H1|2001-H2'),
    ('the quarter', 'DATE', '2001-Q2'),
    ('January', 'DATE', '2001-01'),
    ('the end of September', 'DATE', '2001-09'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('the current quarter', 'DATE', '2001-Q3'),
    ('Sept. 30', 'DATE', '2001-09-30'),
    ('Wednesday', 'DATE', '2001-07-18'),
    ('March 2000', 'DATE', '2000-03'),
    ('A year ago', 'DATE', '2000'),
    ('Earlier this week', 'DATE', '2001-W29'),
    ('second-quarter', 'DATE', '2001-Q2'),
    ('1996', 'DATE', '1996'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('next year', 'DATE', '2002'),
    ('Oct. 9', 'DATE', '2001-10-09'),
    ('fiscal 2002', 'DATE', 'FY2002|2002'),
]),

# 3. Dow Jones Newswires, economic data release (2004)
('2004-02-06', 'auto', """U.S. Payrolls Rise 112,000 In January; Jobless Rate Falls To 5.6%

WASHINGTON (Dow Jones)--U.S. employers added 112,000 jobs in January, the most in three years but still short of Wall Street's forecast, the Labor Department said Friday.

The unemployment rate fell to 5.6% from 5.7% in December, its lowest level since January 2002. Economists surveyed by Dow Jones Newswires and CNBC had expected payrolls to rise by 150,000.

The department also revised its estimates for the previous two months. December's gain was raised to 16,000 from an originally reported 1,000, and November's to 83,000 from 43,000.

The report, released at 8:30 a.m. EST, was the first since the Federal Reserve last week dropped a long-standing pledge to keep interest rates low. Fed officials, who have held the federal funds rate at 1% since June, have said they can be "patient" before raising it.

"This isn't the blowout number people were hoping for, but the trend is clearly improving," said Rebecca Haines, senior economist at Carlisle Partners in New York. "If we get a few more months like this, the Fed will start tightening by the summer."

Manufacturing payrolls fell by 11,000, extending a slide that began in mid-2000. The factory sector has lost about 2.8 million jobs over that stretch.

The sluggish pace of hiring has become a political issue ahead of the November election. President Bush's Council of Economic Advisers forecast earlier this week that the economy would add 2.6 million jobs in 2004, a target several private economists called optimistic.

Treasury prices fell after the release, pushing the yield on the benchmark note up to 4.08% from 4.03% late Thursday. Stock index futures rose.

The economy grew at a 4.0% rate in the fourth quarter, the Commerce Department said last week, after an 8.2% pace in the third quarter, the fastest in nearly two decades.

The Labor Department will release its February employment report on March 5. Next week, investors will watch January retail sales, due Thursday, and the University of Michigan's preliminary consumer sentiment index on Friday.

-By Jonathan Pell, Dow Jones Newswires; 202-862-9256; jonathan.pell@dowjones.com
""", [
    ('January', 'DATE', '2004-01'),
    ('January', 'DATE', '2004-01'),
    ('three years', 'DURATION', 'P3Y'),
    ('Friday', 'DATE', '2004-02-06'),
    ('December', 'DATE', '2003-12'),
    ('January 2002', 'DATE', '2002-01'),
    ('the previous two months', 'DURATION', 'P2M'),
    ('December', 'DATE', '2003-12'),
    ('November', 'DATE', '2003-11'),
    ('8:30 a.m. EST', 'TIME', '2004-02-06T08:30'),
    ('last week', 'DATE', '2004-W05'),
    ('June', 'DATE', '2003-06'),
    ('a few more months', 'DURATION', 'PXM'),
    ('the summer', 'DATE', '2004-SU'),
    ('mid-2000', 'DATE', '2000'),
    ('November', 'DATE', '2004-11'),
    ('earlier this week', 'DATE', '2004-W06'),
    ('2004', 'DATE', '2004'),
    ('late Thursday', 'DATE', '2004-02-05'),
    ('the fourth quarter', 'DATE', '2003-Q4'),
    ('last week', 'DATE', '2004-W05'),
    ('the third quarter', 'DATE', '2003-Q3'),
    ('nearly two decades', 'DURATION', 'P20Y|P2E'),
    ('February', 'DATE', '2004-02'),
    ('March 5', 'DATE', '2004-03-05'),
    ('Next week', 'DATE', '2004-W07'),
    ('January', 'DATE', '2004-01'),
    ('Thursday', 'DATE', '2004-02-12'),
    ('Friday', 'DATE', '2004-02-13'),
]),

# 4. Financial Times, markets / central banks (2007)
('2007-08-10', 'auto', """ECB pumps EUR95bn into markets as credit fears spread

By Helena Marsh in Frankfurt and Tom Beckwith in London

Published: August 10 2007

The European Central Bank injected a record \u20ac94.8bn into the eurozone banking system on Thursday after a sudden freeze in interbank lending, its biggest intervention since the September 11 2001 attacks.

The move came hours after BNP Paribas, France's largest listed bank, froze three investment funds exposed to US subprime mortgages, saying it could no longer value their assets. The ECB said it would provide unlimited funds at its main refinancing rate of 4 per cent, and 49 banks took up the offer.

The US Federal Reserve followed suit, adding $24bn to the money markets in three separate operations. The Bank of Japan is expected to act when Tokyo markets open on Friday, according to traders.

Short-term interest rates in euros jumped to 4.62 per cent on Thursday morning from 4.10 per cent the day before, far above the ECB's official rate.

Jean-Claude Trichet, the ECB president, cut short his holiday in France to monitor the situation. An ECB spokesman said the bank stood ready to inject further funds "as necessary".

Strains in credit markets have been building for weeks. Two Bear Stearns hedge funds collapsed in June, and IKB, the German lender, had to be rescued last week by a consortium of banks led by KfW, the state-owned development bank.

Analysts said the ECB's action made an interest rate increase next month less likely. Until this week, markets had been fully pricing in a quarter-point rise to 4.25 per cent at the bank's September 6 meeting, a move Mr Trichet had all but signalled at a press conference on August 2.

"What we are seeing now is a classic liquidity crunch," said Julian Carver, chief European economist at Meridian Capital in London. "The central banks have done the right thing, but this is not going to be fixed quickly. We could be living with this for months."

European shares fell sharply. The FTSE Eurofirst 300 index closed down 1.9 per cent on Thursday, its worst day since March, while the FTSE 100 in London lost 1.8 per cent. Banks led the decline.

The ECB last conducted an operation of comparable size in September 2001, when it lent \u20ac69bn to banks over two days.

Eurozone finance ministers are not due to meet until early September, but officials in Berlin and Paris said they would remain in close contact over the weekend.
""", [
    ('August 10 2007', 'DATE', '2007-08-10'),
    ('Thursday', 'DATE', '2007-08-09'),
    ('September 11 2001', 'DATE', '2001-09-11'),
    ('hours', 'DURATION', 'PTXH'),
    ('Friday', 'DATE', '2007-08-10'),
    ('Thursday morning', 'DATE|TIME', '2007-08-09TMO'),
    ('the day before', 'DATE', '2007-08-08'),
    ('weeks', 'DURATION', 'PXW'),
    ('June', 'DATE', '2007-06'),
    ('last week', 'DATE', '2007-W31'),
    ('next month', 'DATE', '2007-09'),
    ('this week', 'DATE', '2007-W32'),
    ('September 6', 'DATE', '2007-09-06'),
    ('August 2', 'DATE', '2007-08-02'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('months', 'DURATION', 'PXM'),
    ('Thursday', 'DATE', '2007-08-09'),
    ('March', 'DATE', '2007-03'),
    ('September 2001', 'DATE', '2001-09'),
    ('two days', 'DURATION', 'P2D'),
    ('early September', 'DATE', '2007-09'),
    ('the weekend', 'DATE', '2007-W32-WE'),
]),

# 5. CNBC, merger (2009)
('2009-11-03', 'auto', """Halvorsen Foods to Buy Brightwater Brands for $8.4 Billion

Published: Tuesday, 3 Nov 2009
By: Kate Lindqvist, CNBC.com

Halvorsen Foods agreed to buy snack maker Brightwater Brands for $8.4 billion in cash and stock, the companies said early Tuesday, in the biggest food deal since the financial crisis began more than two years ago.

Brightwater shareholders will receive $38.50 a share, a 31 percent premium to Monday's closing price. Both boards have approved the deal, which is expected to close in the first quarter of 2010, pending regulatory approval and a shareholder vote that Brightwater hopes to hold before Christmas.

Brightwater shares jumped 27 percent in premarket trading. Halvorsen was down 3 percent.

"This is a rare opportunity," Halvorsen Chief Executive Martin Grau told CNBC's "Squawk Box" on Tuesday morning. "We've looked at this company for years, and the price finally made sense."

Grau said the combined company would save about $350 million a year by the end of 2011, mostly by merging distribution networks and closing overlapping plants.

Halvorsen, based in Minneapolis, reported third-quarter earnings last week that beat estimates, with sales rising 4 percent from a year earlier as consumers ate more meals at home during the recession.

Brightwater, whose chips and pretzels are sold in 40 countries, has struggled since 2008, when commodity costs soared. Its profit has fallen for more than a year, and activist investor Pelham Capital took a 9 percent stake in the spring, pushing for a sale.

The deal is the latest sign that food companies are hunting for growth through acquisitions. In September, Kraft made an unsolicited bid for Cadbury, which the British candy maker rejected.

Analysts said antitrust regulators could take months to review the deal. "I don't expect the FTC to block it, but they will probably ask for some divestitures," said Helen Strand, a food industry analyst at Marlowe & Co. "I'd be surprised if this closes before March."

Halvorsen will hold a conference call with analysts at 10 a.m. ET today. Brightwater said it would postpone its investor day, scheduled for Nov. 12, and will release its own third-quarter results on Thursday as planned.

Halvorsen said it expects the deal to add to earnings in fiscal 2011, which begins next June.
""", [
    ('Tuesday, 3 Nov 2009', 'DATE', '2009-11-03'),
    ('early Tuesday', 'DATE', '2009-11-03'),
    ('more than two years ago', 'DATE', '2007'),
    ('Monday', 'DATE', '2009-11-02'),
    ('the first quarter of 2010', 'DATE', '2010-Q1'),
    ('Christmas', 'DATE', '2009-12-25'),
    ('Tuesday morning', 'DATE|TIME', '2009-11-03TMO'),
    ('years', 'DURATION', 'PXY'),
    ('a year', 'SET', 'P1Y'),
    ('the end of 2011', 'DATE', '2011|2011-12'),
    ('third-quarter', 'DATE', '2009-Q3'),
    ('last week', 'DATE', '2009-W44'),
    ('a year earlier', 'DATE', '2008-Q3|2008'),
    ('2008', 'DATE', '2008'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('the spring', 'DATE', '2009-SP'),
    ('September', 'DATE', '2009-09'),
    ('months', 'DURATION', 'PXM'),
    ('March', 'DATE', '2010-03'),
    ('10 a.m. ET today', 'TIME', '2009-11-03T10:00'),
    ('Nov. 12', 'DATE', '2009-11-12'),
    ('third-quarter', 'DATE', '2009-Q3'),
    ('Thursday', 'DATE', '2009-11-05'),
    ('fiscal 2011', 'DATE', 'FY2011|2011'),
    ('next June', 'DATE', '2010-06'),
]),

# 6. Reuters, budget / sovereign debt (2011)
('2011-06-29', 'auto', """Greek parliament backs austerity plan as protesters clash with police

ATHENS, June 29 (Reuters) - Greece's parliament approved a five-year austerity plan on Wednesday, clearing the way for a new tranche of EU and IMF aid and averting a default that could have sent shockwaves through the world economy.

Lawmakers voted 155-138 in favour of the 28 billion euro package of spending cuts, tax increases and privatisations, which aims to cut the budget deficit to 7.5 percent of gross domestic product this year and to about 1 percent by 2015.

Outside parliament, police fired tear gas at protesters in Syntagma Square as a 48-hour general strike called by the country's two biggest unions drew to a close.

Prime Minister George Papandreou, who survived a confidence vote last week after reshuffling his cabinet, told lawmakers before the vote that the country had "a duty to avoid collapse".

A second vote on Thursday will decide the laws needed to implement the plan. Euro zone finance ministers are then expected to approve the release of 12 billion euros in loans at a meeting on Sunday, allowing Athens to meet bond redemptions due in mid-July.

Greece received a 110 billion euro bailout in May 2010 but has repeatedly missed its targets as recession deepened. The economy shrank 4.5 percent last year and is expected to contract by a further 3.8 percent in 2011; the government does not expect growth to return until 2012. Inspectors from the EU, the European Central Bank and the IMF review its progress every quarter.

Officials in Brussels are now negotiating a second rescue worth as much as 110 billion euros, which they hope to finalise by the end of the summer. Talks on the role of private bondholders have dragged on for weeks.

The euro rose to $1.4395 in late European trading on Wednesday, up from $1.4290 on Tuesday, and the premium investors demand to hold Greek government bonds instead of German Bunds narrowed slightly.

"Today's vote buys time, but it doesn't solve the problem," said Nikos Stavrou, an economist at Alpha Finance in Athens. "By September we will be having the same discussion."

The plan also requires Greece to raise 50 billion euros by selling state assets by 2015, a target many analysts consider unrealistic. The first sales, including stakes in the Athens water utility and the OPAP betting company, are planned for the autumn.

Credit rating agency Standard & Poor's cut Greece to CCC earlier this month, the lowest rating of any country it rates.

(Additional reporting by Lefteris Karras; Writing by Ian Marsden; Editing by Sophie Walker)
""", [
    ('June 29', 'DATE', '2011-06-29'),
    ('five-year', 'DURATION', 'P5Y'),
    ('Wednesday', 'DATE', '2011-06-29'),
    ('this year', 'DATE', '2011'),
    ('2015', 'DATE', '2015'),
    ('48-hour', 'DURATION', 'PT48H'),
    ('last week', 'DATE', '2011-W25'),
    ('Thursday', 'DATE', '2011-06-30'),
    ('Sunday', 'DATE', '2011-07-03'),
    ('mid-July', 'DATE', '2011-07'),
    ('May 2010', 'DATE', '2010-05'),
    ('last year', 'DATE', '2010'),
    ('2011', 'DATE', '2011'),
    ('2012', 'DATE', '2012'),
    ('every quarter', 'SET', 'P3M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the end of the summer', 'DATE', '2011-SU'),
    ('weeks', 'DURATION', 'PXW'),
    ('Wednesday', 'DATE', '2011-06-29'),
    ('Tuesday', 'DATE', '2011-06-28'),
    ('Today', 'DATE', '2011-06-29'),
    ('September', 'DATE', '2011-09'),
    ('2015', 'DATE', '2015'),
    ('the autumn', 'DATE', '2011-FA'),
    ('earlier this month', 'DATE', '2011-06'),
]),

# 7. Bloomberg, earnings / forecast of a Japanese company (2014)
('2014-01-30', 'auto', """Kuroda Electric Raises Profit Forecast as Weaker Yen Lifts Exports

Jan. 30 (Bloomberg) -- Kuroda Electric Co., Japan's third-largest maker of industrial robots, raised its profit forecast after the weaker yen boosted the value of overseas sales and demand from Chinese automakers recovered.

Net income will rise to 142 billion yen ($1.39 billion) in the 12 months ending March 31, the Osaka-based company said in a statement today, up from an earlier estimate of 118 billion yen. That compares with 71.2 billion yen in the previous 12 months and the 131.5 billion yen average of 14 analyst estimates compiled by Bloomberg.

Kuroda shares rose 4.1 percent to 3,870 yen at the 3 p.m. close of trading in Tokyo, before the announcement. The stock has more than doubled over the past year as Prime Minister Shinzo Abe's policies pushed the yen down about 18 percent against the dollar in 2013.

Operating profit in the October-December quarter jumped 64 percent to 48.3 billion yen from a year earlier, on sales of 402 billion yen.

"The yen is now at a level where we can compete with German and Korean makers on price," President Hideki Tanabe said at a briefing in Tokyo. "We assumed 100 yen to the dollar for the current quarter, which is conservative."

Orders from China, Kuroda's biggest overseas market, rose 38 percent in the quarter after falling for more than a year, as automakers there resumed investment in new plants. Kuroda cut 3,000 jobs and closed four factories between 2009 and 2011 after the global financial crisis, and Tanabe said the company would not repeat those mistakes.

The company will announce a new three-year business plan in May, Tanabe said, and it plans to build a second factory in China by 2016. Kuroda pays dividends twice a year and raised its next payout to 30 yen from 24 yen.

Rival Nagano Mechatronics Corp. reported earnings on Monday that beat estimates, and Seiwa Robotics Co. is scheduled to report on Feb. 7.

Japan's core machinery orders, a leading indicator of capital spending, rose 9.3 percent in November, the Cabinet Office said this month. Industrial production data for December are due tomorrow.

To contact the reporter on this story: Yuki Hamada in Tokyo at yhamada@bloomberg.net
""", [
    ('Jan. 30', 'DATE', '2014-01-30'),
    ('the 12 months', 'DURATION', 'P12M'),
    ('March 31', 'DATE', '2014-03-31'),
    ('today', 'DATE', '2014-01-30'),
    ('the previous 12 months', 'DURATION', 'P12M'),
    ('3 p.m.', 'TIME', '2014-01-30T15:00'),
    ('the past year', 'DURATION', 'P1Y'),
    ('2013', 'DATE', '2013'),
    ('the October-December quarter', 'DATE', '2013-Q4'),
    ('a year earlier', 'DATE', '2012-Q4|2012'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the current quarter', 'DATE', '2014-Q1'),
    ('the quarter', 'DATE', '2013-Q4'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('2009', 'DATE', '2009'),
    ('2011', 'DATE', '2011'),
    ('three-year', 'DURATION', 'P3Y'),
    ('May', 'DATE', '2014-05'),
    ('2016', 'DATE', '2016'),
    ('twice a year', 'SET', 'P1Y'),
    ('Monday', 'DATE', '2014-01-27'),
    ('Feb. 7', 'DATE', '2014-02-07'),
    ('November', 'DATE', '2013-11'),
    ('this month', 'DATE', '2014-01'),
    ('December', 'DATE', '2013-12'),
    ('tomorrow', 'DATE', '2014-01-31'),
]),

# 8. Wall Street Journal, central bank decision (2016)
('2016-09-21', 'auto', """Fed Holds Rates Steady but Signals Increase Likely by Year-End

By Claire Donovan and Eric Moss
Updated Sept. 21, 2016 6:14 p.m. ET

WASHINGTON\u2014Federal Reserve officials left short-term interest rates unchanged Wednesday but signaled they were likely to raise them before the end of the year as the labor market continues to tighten.

The Fed's policy committee voted 7-3 to keep its benchmark federal-funds rate in a range between 0.25% and 0.5%, where it has been since December. Three regional bank presidents dissented in favor of an immediate increase, the most dissents at a single meeting since 2014.

"The case for an increase in the federal funds rate has strengthened," the Fed said in a statement released at 2 p.m. after its two-day meeting, but officials decided to wait for "further evidence of continued progress" toward their goals.

Chairwoman Janet Yellen said at a news conference afterward that she expected a move this year if the economy stays on track. The Fed has two more meetings in 2016, ending Nov. 2 and Dec. 14. Investors see the November meeting, which falls less than a week before the presidential election, as unlikely to produce a change.

Officials' new projections showed most expect one quarter-point increase by December, down from two in their June projections. They see the rate rising to 1.1% by the end of 2017, compared with 1.6% projected three months ago.

The Fed raised rates last December for the first time in nearly a decade, after holding them near zero since the 2008 financial crisis. Officials had penciled in four increases this year, but turmoil in global markets in January and February and a weak May jobs report led them to hold off.

Earlier Wednesday, the Bank of Japan overhauled its stimulus program, shifting its focus to controlling long-term interest rates and pledging to keep the yield on its benchmark government bonds around zero.

Stocks rallied after the Fed's decision. The Dow Jones Industrial Average rose 163.74 points, or 0.9%, to 18293.70, and Treasury yields fell.

"They're basically telling us December is live," said Andrea Colton, chief U.S. economist at Brightline Advisors. "Unless the data fall apart in the next couple of months, I think they move."

The Labor Department will release its September jobs report on Oct. 7. Some economists say the Fed also wants to see inflation, which has run below its 2% target for more than four years, pick up before acting.
""", [
    ('Year-End', 'DATE', '2016|2016-12'),
    ('Sept. 21, 2016 6:14 p.m. ET', 'TIME', '2016-09-21T18:14'),
    ('Wednesday', 'DATE', '2016-09-21'),
    ('the end of the year', 'DATE', '2016|2016-12'),
    ('December', 'DATE', '2015-12'),
    ('2014', 'DATE', '2014'),
    ('2 p.m.', 'TIME', '2016-09-21T14:00'),
    ('two-day', 'DURATION', 'P2D'),
    ('this year', 'DATE', '2016'),
    ('2016', 'DATE', '2016'),
    ('Nov. 2', 'DATE', '2016-11-02'),
    ('Dec. 14', 'DATE', '2016-12-14'),
    ('November', 'DATE', '2016-11'),
    ('less than a week', 'DURATION', 'P1W'),
    ('December', 'DATE', '2016-12'),
    ('June', 'DATE', '2016-06'),
    ('the end of 2017', 'DATE', '2017|2017-12'),
    ('three months ago', 'DATE', '2016-06'),
    ('last December', 'DATE', '2015-12'),
    ('nearly a decade', 'DURATION', 'P10Y|P1E'),
    ('2008', 'DATE', '2008'),
    ('this year', 'DATE', '2016'),
    ('January', 'DATE', '2016-01'),
    ('February', 'DATE', '2016-02'),
    ('May', 'DATE', '2016-05'),
    ('Earlier Wednesday', 'DATE', '2016-09-21'),
    ('December', 'DATE', '2016-12'),
    ('the next couple of months', 'DURATION', 'P2M'),
    ('September', 'DATE', '2016-09'),
    ('Oct. 7', 'DATE', '2016-10-07'),
    ('more than four years', 'DURATION', 'P4Y'),
]),

# 9. Financial Times, budget / fiscal year (2018)
('2018-10-30', 'auto', """Hammond hands out Budget windfall but warns on Brexit

By Sarah Pembroke, Economics Editor, and Daniel Frey in London

Philip Hammond used an unexpected improvement in the public finances to announce higher spending on the health service and income tax cuts in Monday's Budget, declaring that the era of austerity was "finally coming to an end".

The chancellor said borrowing in this financial year would be \u00a325.5bn, \u00a311.6bn lower than forecast in March, thanks to stronger tax receipts. The Office for Budget Responsibility, the fiscal watchdog, raised its growth forecast for next year to 1.6 per cent from 1.3 per cent.

The Budget was brought forward by four weeks to avoid clashing with the final stage of Brexit negotiations. The UK is due to leave the EU on March 29 next year, and Mr Hammond said he would hold a second, emergency Budget if there was no deal.

The biggest giveaway was \u00a320.5bn a year in extra funding for the NHS by 2023, which Theresa May announced in the summer. Mr Hammond also raised the personal allowance, the amount people can earn before paying income tax, to \u00a312,500 from next April, bringing forward a pledge the Conservatives had made for 2020.

Public sector debt is forecast to fall steadily over the next five years, although the OBR warned that its forecasts assumed a smooth exit from the EU.

Economists at the Institute for Fiscal Studies said on Tuesday that the chancellor had spent almost all of the windfall, leaving little room to respond to a downturn.

"He has taken a gamble that the good news on revenues will last," said Martin Aldridge, a former Treasury official at the consultancy Foxley Economics. "Two years ago, the OBR was forecasting much higher borrowing for this period."

Austerity began in 2010, when George Osborne, then chancellor, set out plans to eliminate the deficit within five years. That target was missed, and the deadline has been pushed back repeatedly; the government now aims to balance the books by the middle of the next decade. Spending on local councils and the courts has fallen sharply in recent years.

Sterling rose 0.3 per cent against the dollar on Monday to $1.2815 before slipping on Tuesday morning.

The chancellor will face questions from MPs on the Budget this week, and the Finance Bill implementing the measures is expected to be published on November 7. Mr Hammond said the OBR would update its forecasts when he delivers his next statement in March.
""", [
    ('Monday', 'DATE', '2018-10-29'),
    ('this financial year', 'DATE', 'FY2018|2018'),
    ('March', 'DATE', '2018-03'),
    ('next year', 'DATE', '2019'),
    ('four weeks', 'DURATION', 'P4W'),
    ('March 29 next year', 'DATE', '2019-03-29'),
    ('a year', 'SET', 'P1Y'),
    ('2023', 'DATE', '2023'),
    ('the summer', 'DATE', '2018-SU'),
    ('next April', 'DATE', '2019-04'),
    ('2020', 'DATE', '2020'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('Tuesday', 'DATE', '2018-10-30'),
    ('Two years ago', 'DATE', '2016'),
    ('2010', 'DATE', '2010'),
    ('five years', 'DURATION', 'P5Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the middle of the next decade', 'DATE', '202'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('Monday', 'DATE', '2018-10-29'),
    ('Tuesday morning', 'DATE|TIME', '2018-10-30TMO'),
    ('this week', 'DATE', '2018-W44'),
    ('November 7', 'DATE', '2018-11-07'),
    ('March', 'DATE', '2019-03'),
]),

# 10. CNBC, economic data release / GDP (2020)
('2020-04-29', 'auto', """US economy shrank at 4.8% pace in the first quarter as coronavirus shutdowns hit

Published Wed, Apr 29 2020 8:35 AM EDT
Sam Whitford @SAMWHITFORDCNBC

KEY POINTS
- First-quarter GDP fell at a 4.8% annualized pace, the worst since the financial crisis.
- Economists expect the second quarter to be far worse as the full effect of coronavirus shutdowns hits.

Gross domestic product fell at a 4.8% annualized rate in the first quarter, the Commerce Department said Wednesday, the steepest decline since the fourth quarter of 2008, during the Great Recession.

Economists surveyed by Dow Jones had expected a drop of 4%. The reading ended a record expansion that began in mid-2009 and lasted nearly 11 years.

The worst is still ahead. Most economists expect the second quarter, which runs through June, to show a contraction of 30% or more, the deepest since the government began keeping records after World War II.

Much of the U.S. economy shut down in mid-March as states issued stay-at-home orders to slow the spread of Covid-19. Consumer spending, which accounts for about two-thirds of economic activity, fell 7.6% in the quarter, the biggest drop since 1980.

More than 26 million Americans have filed for unemployment benefits over the past five weeks. The Labor Department will release its weekly claims numbers at 8:30 a.m. ET Thursday, and economists expect another 3.5 million.

"This is just the tip of the iceberg," said Dana Whitlock, chief economist at Pemberton Asset Management. "March was bad, but April is going to be catastrophic. We don't think the economy gets back to its pre-crisis level until late 2021 at the earliest."

Stock futures rose after the report as investors looked ahead to the Federal Reserve's policy decision at 2 p.m. ET. The central bank cut its benchmark rate to near zero in March and has launched trillions of dollars in lending programs over the past six weeks. Fed Chair Jerome Powell will hold a news conference by video at 2:30 p.m.

The first-quarter figure is an advance estimate and will be revised twice. The government's second estimate is due May 28.

Congress has approved nearly $3 trillion in relief since early March, including direct payments to households and loans to small businesses. Several states, including Georgia and Texas, have begun reopening businesses this week, but health officials have warned that a second wave of infections could come in the fall.
""", [
    ('the first quarter', 'DATE', '2020-Q1'),
    ('Wed, Apr 29 2020 8:35 AM EDT', 'TIME', '2020-04-29T08:35'),
    ('First-quarter', 'DATE', '2020-Q1'),
    ('the second quarter', 'DATE', '2020-Q2'),
    ('the first quarter', 'DATE', '2020-Q1'),
    ('Wednesday', 'DATE', '2020-04-29'),
    ('the fourth quarter of 2008', 'DATE', '2008-Q4'),
    ('mid-2009', 'DATE', '2009'),
    ('nearly 11 years', 'DURATION', 'P11Y'),
    ('the second quarter', 'DATE', '2020-Q2'),
    ('June', 'DATE', '2020-06'),
    ('mid-March', 'DATE', '2020-03'),
    ('the quarter', 'DATE', '2020-Q1'),
    ('1980', 'DATE', '1980'),
    ('the past five weeks', 'DURATION', 'P5W'),
    ('weekly', 'SET', 'P1W'),
    ('8:30 a.m. ET Thursday', 'TIME', '2020-04-30T08:30'),
    ('March', 'DATE', '2020-03'),
    ('April', 'DATE', '2020-04'),
    ('late 2021', 'DATE', '2021'),
    ('2 p.m. ET', 'TIME', '2020-04-29T14:00'),
    ('March', 'DATE', '2020-03'),
    ('the past six weeks', 'DURATION', 'P6W'),
    ('2:30 p.m.', 'TIME', '2020-04-29T14:30'),
    ('first-quarter', 'DATE', '2020-Q1'),
    ('May 28', 'DATE', '2020-05-28'),
    ('early March', 'DATE', '2020-03'),
    ('this week', 'DATE', '2020-W18'),
    ('the fall', 'DATE', '2020-FA'),
]),

# 11. Dow Jones Newswires, airline quarterly earnings (2022)
('2022-07-28', 'auto', """Skyline Airways Swings to Second-Quarter Profit on Summer Travel Rush

By Anna Keller

Skyline Airways Inc. swung to a profit in the second quarter as travelers returned in force, and the carrier said it expects record revenue in the third quarter despite high jet-fuel prices.

The Dallas-based airline on Thursday reported net income of $412 million, or $1.27 a share, compared with a loss of $298 million, or 92 cents a share, a year earlier. Excluding special items, it earned $1.41 a share, beating the $1.18 expected by analysts polled by FactSet.

Revenue rose to $6.9 billion from $4.2 billion and was 9% above the level of the second quarter of 2019, before the pandemic.

Chief Executive Laura Benning said bookings for the Fourth of July holiday were the strongest on record, and that demand was holding up into the fall despite higher fares. "We're not seeing any sign of the consumer pulling back yet," she said on a call with analysts Thursday morning.

Skyline expects third-quarter revenue to rise 10% to 12% from the same period in 2019. It plans to fly about 94% of its 2019 capacity in the quarter and to return fully to pre-pandemic levels by the middle of next year. The airline now operates about 3,400 flights a day.

Fuel costs, the carrier's second-biggest expense, nearly doubled from a year ago to an average of $4.08 a gallon.

Like its rivals, Skyline struggled to keep up with the rebound this spring. It canceled about 3% of its flights in May and June because of staffing shortages, and it has hired 6,000 employees since January. The company said it would hire another 3,000 by the end of the year, including 1,100 pilots.

Skyline received $5.8 billion in federal payroll support during the pandemic and lost a combined $4.6 billion in 2020 and 2021. It has reduced its debt by $3 billion over the past 18 months.

The results come as the Federal Reserve, which on Wednesday raised interest rates by three-quarters of a percentage point, tries to cool demand without tipping the economy into recession. Some analysts worry that higher borrowing costs will damp travel spending next year.

Skyline shares rose 6.2% to $38.75 in early trading. The stock is down about 15% this year.

The airline will hold an investor day in New York on Sept. 15, when it plans to update its financial targets through 2025.

Write to Anna Keller at anna.keller@dowjones.com
""", [
    ('Second-Quarter', 'DATE', '2022-Q2'),
    ('Summer', 'DATE', '2022-SU'),
    ('the second quarter', 'DATE', '2022-Q2'),
    ('the third quarter', 'DATE', '2022-Q3'),
    ('Thursday', 'DATE', '2022-07-28'),
    ('a year earlier', 'DATE', '2021-Q2|2021'),
    ('the second quarter of 2019', 'DATE', '2019-Q2'),
    ('the Fourth of July', 'DATE', '2022-07-04'),
    ('the fall', 'DATE', '2022-FA'),
    ('Thursday morning', 'DATE|TIME', '2022-07-28TMO'),
    ('third-quarter', 'DATE', '2022-Q3'),
    ('2019', 'DATE', '2019'),
    ('2019', 'DATE', '2019'),
    ('the quarter', 'DATE', '2022-Q3'),
    ('the middle of next year', 'DATE', '2023'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a day', 'SET', 'P1D'),
    ('a year ago', 'DATE', '2021'),
    ('this spring', 'DATE', '2022-SP'),
    ('May', 'DATE', '2022-05'),
    ('June', 'DATE', '2022-06'),
    ('January', 'DATE', '2022-01'),
    ('the end of the year', 'DATE', '2022|2022-12'),
    ('2020', 'DATE', '2020'),
    ('2021', 'DATE', '2021'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('Wednesday', 'DATE', '2022-07-27'),
    ('next year', 'DATE', '2023'),
    ('this year', 'DATE', '2022'),
    ('Sept. 15', 'DATE', '2022-09-15'),
    ('2025', 'DATE', '2025'),
]),

# 12. Bloomberg, retailer earnings / fiscal year (2024)
('2024-05-16', 'auto', """Harlow Stores Lifts Outlook as Wealthier Shoppers Hunt for Bargains

By Jordan Reyes

Harlow Stores Inc. raised its sales outlook after first-quarter results beat Wall Street's expectations, as middle-income and wealthier shoppers traded down to the discount chain to cope with stubbornly high prices.

Comparable sales, a key measure that strips out the effect of store openings and closures, rose 3.6% in the period, which ended April 27, the company said in a statement Thursday. Analysts had expected 2.5%. Net income climbed 19% to $1.1 billion, or $2.43 a share, from a year earlier.

Harlow now expects sales in fiscal 2025, which ends in January, to grow 4% to 5%, up from a previous range of 3% to 4%.

The shares rose 7.1% at 9:45 a.m. in New York, putting them on track for the biggest gain since November 2022. They had climbed 18% this year through Wednesday.

"We're seeing customers at every income level come to us more often," Chief Executive Officer Diane Okafor said on a call with analysts. Households earning more than $100,000 a year accounted for most of the market-share gains, she said.

U.S. inflation has eased from a four-decade high of 9.1% in June 2022 but remains above the Federal Reserve's 2% target. The consumer price index rose 3.4% in April from a year earlier, the Labor Department said Wednesday. Okafor said price increases from suppliers had slowed recently, and that the company had cut prices on about 7,000 items since the start of the year.

Harlow has been expanding quickly. A decade ago, it had fewer than 1,000 stores; it opened 38 in the past three months, plans to open about 150 this year and is remodeling 500 more over the next three years.

Online sales grew 22%, helped by faster delivery, and the company's advertising business, which sells space on its website and app to consumer brands, grew 31%. "That business will be a much bigger part of our profit in the future," Okafor said.

Harlow also raised its dividend by 9% and said it would buy back as much as $5 billion of stock over five years.

Rival chains report results later this month, with Dalton's on Tuesday and Penrose Markets on May 29. Harlow, founded in Ohio in 1962, holds its shareholder meeting on June 5.
""", [
    ('first-quarter', 'DATE', 'FY2025-Q1|2024-Q1'),
    ('April 27', 'DATE', '2024-04-27'),
    ('Thursday', 'DATE', '2024-05-16'),
    ('a year earlier', 'DATE', '2023-Q1|2023'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('fiscal 2025', 'DATE', 'FY2025|2025'),
    ('January', 'DATE', '2025-01'),
    ('9:45 a.m.', 'TIME', '2024-05-16T09:45'),
    ('November 2022', 'DATE', '2022-11'),
    ('this year', 'DATE', '2024'),
    ('Wednesday', 'DATE', '2024-05-15'),
    ('a year', 'SET', 'P1Y'),
    ('four-decade', 'DURATION', 'P40Y|P4E'),
    ('June 2022', 'DATE', '2022-06'),
    ('April', 'DATE', '2024-04'),
    ('a year earlier', 'DATE', '2023-04|2023'),
    ('Wednesday', 'DATE', '2024-05-15'),
    ('recently', 'DATE', 'PAST_REF'),
    ('the start of the year', 'DATE', '2024|2024-01'),
    ('A decade ago', 'DATE', '2014|201'),
    ('the past three months', 'DURATION', 'P3M'),
    ('this year', 'DATE', '2024'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('five years', 'DURATION', 'P5Y'),
    ('later this month', 'DATE', '2024-05'),
    ('Tuesday', 'DATE', '2024-05-21'),
    ('May 29', 'DATE', '2024-05-29'),
    ('1962', 'DATE', '1962'),
    ('June 5', 'DATE', '2024-06-05'),
]),
]
