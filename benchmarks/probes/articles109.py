# Gold TIMEX3 probe set 109: economic data, central banks, inflation, jobs and budgets in six house styles (1997-2025), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Reuters, U.S. jobs report (1997)
('1997-11-07', 'auto', """U.S. jobless rate drops to 4.7 pct as hiring surges

WASHINGTON, Nov 7 (Reuters) - The U.S. unemployment rate fell to 4.7 percent in October, its lowest level in 24 years, as employers added a larger-than-expected 284,000 jobs, the Labor Department said on Friday.

Economists polled by Reuters last week had forecast that the jobless rate would hold at 4.9 percent and that non-farm payrolls would grow by about 200,000. The department revised the September gain up to 255,000 from 215,000.

Average hourly earnings rose 0.4 percent last month to $12.51, leaving them 4.2 percent higher than a year ago, the fastest rise since early 1991. That figure is certain to draw attention at the Federal Reserve, whose policymakers meet on Nov. 12 to set interest rates.

"This is a labor market that is tight and getting tighter," said Ellen Kasparian, chief economist at Garland Brothers & Co in New York. "The Fed can afford to wait for now because inflation is tame, but by early next year they may not have that luxury."

The Fed has held its target for the federal funds rate at 5.50 percent since March, when it raised the rate by a quarter point. Fed Chairman Alan Greenspan told Congress last month that the central bank was watching closely for signs that the tight jobs market was feeding through to wages.

So far those signs have been scarce. Consumer prices rose just 2.2 percent in the 12 months to September, the Labor Department reported in mid-October, and many companies say competition has left them unable to raise prices.

Treasury bond prices fell sharply on the report. The yield on the benchmark long bond rose to 6.22 percent by 9:30 a.m. EST from 6.12 percent late Thursday, while the dollar firmed against the yen and the mark.

Manufacturing employment climbed by 41,000, the biggest gain in nearly two years, and construction added 37,000 jobs. Retailers hired 46,000 workers and temporary help agencies took on another 22,000, the report showed.

The economy has now created more than 2.5 million jobs this year, and the unemployment rate has not been this low since December 1973.

Some analysts cautioned against reading too much into a single report, noting that the household survey used to calculate the jobless rate is volatile and often revised. The department will publish its November employment report on Dec. 5.
""", [
    ('Nov 7', 'DATE', '1997-11-07'),
    ('October', 'DATE', '1997-10'),
    ('24 years', 'DURATION', 'P24Y'),
    ('Friday', 'DATE', '1997-11-07'),
    ('last week', 'DATE', '1997-W44'),
    ('September', 'DATE', '1997-09'),
    ('last month', 'DATE', '1997-10'),
    ('a year ago', 'DATE', '1996|1996-10'),
    ('early 1991', 'DATE', '1991'),
    ('Nov. 12', 'DATE', '1997-11-12'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('early next year', 'DATE', '1998'),
    ('March', 'DATE', '1997-03'),
    ('last month', 'DATE', '1997-10'),
    ('the 12 months', 'DURATION', 'P12M'),
    ('September', 'DATE', '1997-09'),
    ('mid-October', 'DATE', '1997-10'),
    ('9:30 a.m. EST', 'TIME', '1997-11-07T09:30'),
    ('late Thursday', 'DATE', '1997-11-06'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this year', 'DATE', '1997'),
    ('December 1973', 'DATE', '1973-12'),
    ('November', 'DATE', '1997-11'),
    ('Dec. 5', 'DATE', '1997-12-05'),
]),
# 2. AP, Federal Reserve rate decision (1999)
('1999-06-30', 'auto', """Fed raises rates for first time in more than two years

By MARTIN CRANE
AP Economics Writer

WASHINGTON (AP) — The Federal Reserve raised a key interest rate by a quarter-point Wednesday, its first increase in more than two years, and signaled it is in no hurry to move again soon.

After a meeting that lasted about four hours, Fed policy-makers lifted the federal funds rate, the interest banks charge each other on loans, to 5 percent from 4.75 percent. The decision was announced at 2:12 p.m. EDT.

The central bank also shifted its policy bias to neutral, dropping the tilt toward higher rates that it had adopted at its May 18 meeting. That change, analysts said, suggested the Fed would probably hold off at its next meeting, on Aug. 24, unless the economy shows fresh signs of overheating in the next few weeks.

"They've bought themselves some breathing room," said Lydia Ferraro, senior economist at Kemper Hale Securities in Chicago. "My guess is they sit tight through the summer and let the numbers do the talking."

The Fed cut rates three times last fall to shield the U.S. economy from financial turmoil that spread from Asia to Russia and Latin America. Wednesday's move takes back one of those cuts.

Fed Chairman Alan Greenspan had warned in testimony to Congress earlier this month that the central bank might need to act pre-emptively to keep inflation from taking hold in an economy that has been expanding for more than eight years.

Unemployment, at 4.2 percent in May, is near its lowest level since 1970. Yet inflation has stayed subdued: consumer prices rose 2.1 percent in the 12 months through May, held down by cheap imports and rapid gains in productivity.

Commercial banks moved quickly to raise their prime lending rate, the benchmark for many consumer and business loans, to 8 percent from 7.75 percent, effective Thursday. That means higher costs for millions of Americans with credit card balances and home equity lines of credit. Mortgage rates, which track bond yields, have already climbed by about a full percentage point since the start of the year.

Wall Street, which had widely anticipated the move, cheered the Fed's more neutral tone. The Dow Jones industrial average, which had traded lower in the morning, closed up 95.62 points at 10,970.80.

Not everyone was pleased. Retailers and home builders warned that higher borrowing costs could cool spending just as the economy heads into the second half of the year.

"Raising rates now is like calling the fire department when there's no smoke," said Jim Walsh, president of a home builders' group in Ohio.
""", [
    ('more than two years', 'DURATION', 'P2Y'),
    ('Wednesday', 'DATE', '1999-06-30'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('soon', 'DATE', 'FUTURE_REF'),
    ('about four hours', 'DURATION', 'PT4H'),
    ('2:12 p.m. EDT', 'TIME', '1999-06-30T14:12'),
    ('May 18', 'DATE', '1999-05-18'),
    ('Aug. 24', 'DATE', '1999-08-24'),
    ('the next few weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('the summer', 'DATE', '1999-SU'),
    ('last fall', 'DATE', '1998-FA'),
    ('Wednesday', 'DATE', '1999-06-30'),
    ('earlier this month', 'DATE', '1999-06'),
    ('more than eight years', 'DURATION', 'P8Y'),
    ('May', 'DATE', '1999-05'),
    ('1970', 'DATE', '1970'),
    ('the 12 months', 'DURATION', 'P12M'),
    ('May', 'DATE', '1999-05'),
    ('Thursday', 'DATE', '1999-07-01'),
    ('the start of the year', 'DATE', '1999'),
    ('the morning', 'DATE|TIME', '1999-06-30TMO'),
    ('the second half of the year', 'DATE', '1999-H2'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
# 3. Financial Times, UK Budget (2001)
('2001-03-08', 'auto', """Brown hands out £4.6bn in pre-election Budget

By Edward Hollis, Economics Correspondent

Gordon Brown yesterday used his fifth Budget to hand back £4.6bn in tax cuts and extra spending over the next two years, betting that the strongest public finances in decades would let him woo voters without unsettling the markets ahead of a general election widely expected on May 3.

The chancellor told the Commons the government would run a surplus of £16bn in 2000-01, allowing it to keep repaying debt. Treasury forecasts published alongside the statement assume the economy will grow by between 2.25 and 2.75 per cent this year, despite the sharp slowdown in the US since the autumn, with a similar pace in 2002.

Mr Brown, who has been chancellor for nearly four years, insisted the package was "prudent for a purpose" and boasted that Britain was enjoying its longest period of sustained growth since the 1960s.

The children's tax credit will be raised to £10 a week from April 2002, and the 10p starting rate band of income tax will be widened from next month. Fuel duty was frozen, and duty on ultra-low sulphur petrol was cut by 2p a litre from midnight, a gesture to the hauliers and farmers whose protests brought the country to a standstill last September. The basic state pension will rise by £5 a week for single pensioners this April.

The markets reacted calmly. Gilts edged lower in late trading and sterling ended little changed at $1.46.

"There is nothing here that should worry the Bank of England," said Priya Raman, UK economist at Castlegate Securities. "The giveaway is smaller than the City had feared and most of it does not arrive until next year."

The Bank's Monetary Policy Committee, which cut its base rate by a quarter point to 5.75 per cent last month, announces its March decision at noon today. Most economists expect rates to be left on hold, although some think the committee could move again in April if the US slowdown deepens.

Michael Portillo, the shadow chancellor, accused Mr Brown of raising taxes every year since 1997 and said a Conservative government would cut them by £8bn. Liberal Democrats complained that the Budget did too little for public services after what they called "years of underinvestment".

The Institute for Fiscal Studies will give its verdict at a briefing this morning, and debate on the Budget resolutions continues in the Commons until Tuesday.
""", [
    ('yesterday', 'DATE', '2001-03-07'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('decades', 'DURATION', 'PXY'),
    ('May 3', 'DATE', '2001-05-03'),
    ('2000-01', 'DATE', '2000|2001'),
    ('this year', 'DATE', '2001'),
    ('the autumn', 'DATE', '2000-FA'),
    ('2002', 'DATE', '2002'),
    ('nearly four years', 'DURATION', 'P4Y'),
    ('the 1960s', 'DATE', '196'),
    ('a week', 'SET', 'P1W'),
    ('April 2002', 'DATE', '2002-04'),
    ('next month', 'DATE', '2001-04'),
    ('midnight', 'TIME', '2001-03-07T24:00|2001-03-08T00:00'),
    ('last September', 'DATE', '2000-09'),
    ('a week', 'SET', 'P1W'),
    ('this April', 'DATE', '2001-04'),
    ('next year', 'DATE', '2002'),
    ('last month', 'DATE', '2001-02'),
    ('March', 'DATE', '2001-03'),
    ('noon today', 'TIME', '2001-03-08T12:00'),
    ('April', 'DATE', '2001-04'),
    ('every year', 'SET', 'P1Y'),
    ('1997', 'DATE', '1997'),
    ('years', 'DURATION', 'PXY'),
    ('this morning', 'DATE|TIME', '2001-03-08TMO'),
    ('Tuesday', 'DATE', '2001-03-13'),
]),
# 4. Economist Intelligence Unit, Brazil monetary policy (2004)
('2004-09-17', 'auto', """Brazil economy: Central bank starts to tighten

FROM THE ECONOMIST INTELLIGENCE UNIT

EVENT

The Banco Central do Brasil's monetary policy committee (Copom) raised the benchmark Selic interest rate by 25 basis points to 16.25% on September 15th, its first increase since February 2003.

ANALYSIS

The decision, announced after the markets closed on Wednesday evening, had been widely expected since the minutes of the committee's August meeting signalled concern about inflation expectations. Consumer price inflation, as measured by the IPCA index, stood at 7.2% in August, well above the 5.5% mid-point of the government's target for 2004 and the 4.5% target set for 2005.

The central bank, led by Henrique Meirelles since January 2003, had cut the Selic by a cumulative 10 percentage points between June 2003 and April this year, as inflation fell back from the peaks reached after the 2002 election. Since then, however, a stronger-than-expected recovery has changed the picture. GDP grew by 5.7% in the second quarter compared with a year earlier, and industrial output has risen for ten consecutive months. Firm commodity prices and a rebound in consumer credit have also pushed wholesale prices sharply higher in recent months.

Market expectations, tracked by the central bank's weekly Focus survey of private-sector economists, point to inflation of 7.3% this year and 5.6% next year, both above target. The Copom's statement stressed that the adjustment would be "gradual", but it gave no indication of how far rates might rise.

IMPACT ON THE FORECAST

We now expect the Copom to raise the Selic by a further 50 basis points at its next meeting, on October 20th, and to continue tightening in smaller steps until the end of the year. We forecast that the rate will end 2004 at 17.25% and average 17% in 2005, before easing gradually from the second half of next year as inflation converges on the target.

Higher interest rates will dampen activity only with a lag. We have raised our forecast for real GDP growth in 2004 to 4.9%, from 4.3% last month, but expect growth to slow to 3.6% in 2005 as tighter monetary policy and a less favourable external environment take effect. The government remains on course to meet its primary surplus target of 4.25% of GDP this year, which should help to contain the country risk premium ahead of the municipal elections on October 3rd.
""", [
    ('September 15th', 'DATE', '2004-09-15'),
    ('February 2003', 'DATE', '2003-02'),
    ('Wednesday evening', 'DATE|TIME', '2004-09-15TEV'),
    ('August', 'DATE', '2004-08'),
    ('August', 'DATE', '2004-08'),
    ('2004', 'DATE', '2004'),
    ('2005', 'DATE', '2005'),
    ('January 2003', 'DATE', '2003-01'),
    ('June 2003', 'DATE', '2003-06'),
    ('April this year', 'DATE', '2004-04'),
    ('2002', 'DATE', '2002'),
    ('the second quarter', 'DATE', '2004-Q2'),
    ('a year earlier', 'DATE', '2003-Q2|2003'),
    ('ten consecutive months', 'DURATION', 'P10M'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('weekly', 'SET', 'P1W'),
    ('this year', 'DATE', '2004'),
    ('next year', 'DATE', '2005'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('October 20th', 'DATE', '2004-10-20'),
    ('the end of the year', 'DATE', '2004'),
    ('2004', 'DATE', '2004'),
    ('2005', 'DATE', '2005'),
    ('the second half of next year', 'DATE', '2005-H2'),
    ('2004', 'DATE', '2004'),
    ('last month', 'DATE', '2004-08'),
    ('2005', 'DATE', '2005'),
    ('this year', 'DATE', '2004'),
    ('October 3rd', 'DATE', '2004-10-03'),
]),
# 5. Bloomberg, coordinated central bank rate cut told in narrative (2008)
('2008-10-09', 'auto', """Central Banks' Joint Rate Cut Was Plotted in Secret Phone Calls

By Claire Benz and Tomas Okafor

Oct. 9 (Bloomberg) -- Yesterday's coordinated interest-rate cut by six central banks was the product of almost a week of telephone diplomacy that began as the collapse of Lehman Brothers Holdings Inc. turned into a global run on banks, according to officials familiar with the talks.

Federal Reserve Chairman Ben S. Bernanke first raised the idea of joint action with European Central Bank President Jean-Claude Trichet on Oct. 2, said the officials, who asked not to be identified because the discussions were private. Trichet, who had raised the ECB's benchmark rate to 4.25 percent in July, was initially reluctant.

Two days later, as European leaders met in Paris, the ECB chief asked his staff to prepare options for a cut of as much as half a point. That evening, Bank of England Governor Mervyn King joined Bernanke and Trichet on a conference call that lasted more than two hours.

By Monday, when stock markets from Tokyo to New York plunged and the Dow Jones Industrial Average fell below 10,000 for the first time since 2004, the Bank of Canada, Sweden's Riksbank and the Swiss National Bank had been brought in. The Bank of Japan, whose benchmark rate was already 0.5 percent, was told of the plan but decided not to take part.

The timing was fixed the following afternoon: 7 a.m. in Washington, noon in London and 1 p.m. in Frankfurt on Wednesday, well before Wall Street's opening bell.

"The message was that we are all in this together," one of the officials said.

Each of the six banks cut by half a percentage point. The People's Bank of China lowered its rates within an hour of the announcement, though officials said Beijing's move had not been coordinated.

The Fed's target rate now stands at 1.5 percent, the lowest since 2004. The Bank of England's cut, to 4.5 percent, was its first half-point reduction since November 2001.

Investors were unconvinced. The MSCI World Index fell 2.9 percent yesterday, extending its decline this year to 38 percent, and European stocks dropped again today.

Trichet told reporters in Brussels last night that the ECB would do "what is necessary" to restore confidence. The ECB's Governing Council next sets rates on Nov. 6, while Fed policy makers meet on Oct. 28.

Economists surveyed by Bloomberg News this week expect both central banks to cut by at least another half point by the end of the year. "Rates are going lower, and they are going lower fast," said Anke Vogel, chief euro-area economist at Hessische Landesbank in Frankfurt. "The question now is whether it's enough."
""", [
    ('Oct. 9', 'DATE', '2008-10-09'),
    ('Yesterday', 'DATE', '2008-10-08'),
    ('almost a week', 'DURATION', 'P1W'),
    ('Oct. 2', 'DATE', '2008-10-02'),
    ('July', 'DATE', '2008-07'),
    ('Two days later', 'DATE', '2008-10-04'),
    ('That evening', 'DATE|TIME', '2008-10-04TEV'),
    ('more than two hours', 'DURATION', 'PT2H'),
    ('Monday', 'DATE', '2008-10-06'),
    ('2004', 'DATE', '2004'),
    ('the following afternoon', 'DATE|TIME', '2008-10-07TAF'),
    ('7 a.m.', 'TIME', '2008-10-08T07:00'),
    ('noon', 'TIME', '2008-10-08T12:00'),
    ('1 p.m.', 'TIME', '2008-10-08T13:00'),
    ('Wednesday', 'DATE', '2008-10-08'),
    ('an hour', 'DURATION', 'PT1H'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2004', 'DATE', '2004'),
    ('November 2001', 'DATE', '2001-11'),
    ('yesterday', 'DATE', '2008-10-08'),
    ('this year', 'DATE', '2008'),
    ('today', 'DATE', '2008-10-09'),
    ('last night', 'DATE|TIME', '2008-10-08TNI'),
    ('Nov. 6', 'DATE', '2008-11-06'),
    ('Oct. 28', 'DATE', '2008-10-28'),
    ('this week', 'DATE', '2008-W41'),
    ('the end of the year', 'DATE', '2008'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
# 6. Reuters, China consumer inflation (2011)
('2011-07-09', 'auto', """China inflation hits highest in three years, more tightening seen

BEIJING, July 9 (Reuters) - China's consumer inflation quickened to 6.4 percent in June, driven by soaring pork prices, data showed on Saturday, keeping pressure on Beijing to hold policy tight in the coming months.

The reading, up from 5.5 percent in May, was above the 6.2 percent median forecast in a Reuters poll and the highest since June 2008. Food prices jumped 14.4 percent from a year earlier, with pork up 57.1 percent after disease and high feed costs cut supply.

The People's Bank of China raised benchmark interest rates by 25 basis points on Wednesday, its third increase this year, and it has also raised the share of deposits that banks must hold as reserves six times since January.

Producer prices, an indicator of pipeline pressures, rose 7.1 percent in June, the statistics bureau said.

"Inflation is likely to peak in July or August and then ease gradually in the fourth quarter," said Zhou Ming, an economist at Huaxin Securities in Shanghai. "But we don't think the central bank is done. Another rate rise in the third quarter is quite possible."

Premier Wen Jiabao wrote last month that price rises would be brought under control this year, and the government has set an inflation target of 4 percent for 2011. Inflation has run above that level every month since last October.

Pork prices have more than doubled since last summer, and officials have ordered local governments to release frozen pork from state reserves and to subsidise sow farmers.

Chinese stocks have fallen about 3 percent over the past month on worries that tighter credit will squeeze smaller companies, many of which already struggle to borrow from state banks. The statistics bureau brought the release forward from next week without giving a reason.

Beijing's concern has shifted in recent weeks from inflation alone to the risk that growth slows too sharply. "We think policy makers will pause for now and watch the data," said Li Wen, chief economist at a state-owned bank in Beijing.

Trade data for June are due on Sunday, and second-quarter gross domestic product figures on Wednesday. Economists expect growth to have slowed to about 9.4 percent from 9.7 percent in the first quarter.
""", [
    ('three years', 'DURATION', 'P3Y'),
    ('July 9', 'DATE', '2011-07-09'),
    ('June', 'DATE', '2011-06'),
    ('Saturday', 'DATE', '2011-07-09'),
    ('the coming months', 'DATE|DURATION', 'FUTURE_REF|PXM'),
    ('May', 'DATE', '2011-05'),
    ('June 2008', 'DATE', '2008-06'),
    ('a year earlier', 'DATE', '2010-06|2010'),
    ('Wednesday', 'DATE', '2011-07-06'),
    ('this year', 'DATE', '2011'),
    ('January', 'DATE', '2011-01'),
    ('June', 'DATE', '2011-06'),
    ('July', 'DATE', '2011-07'),
    ('August', 'DATE', '2011-08'),
    ('the fourth quarter', 'DATE', '2011-Q4'),
    ('the third quarter', 'DATE', '2011-Q3'),
    ('last month', 'DATE', '2011-06'),
    ('this year', 'DATE', '2011'),
    ('2011', 'DATE', '2011'),
    ('every month', 'SET', 'P1M'),
    ('last October', 'DATE', '2010-10'),
    ('last summer', 'DATE', '2010-SU'),
    ('the past month', 'DATE|DURATION', 'P1M|2011-06'),
    ('next week', 'DATE', '2011-W28'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('June', 'DATE', '2011-06'),
    ('Sunday', 'DATE', '2011-07-10'),
    ('second-quarter', 'DATE', '2011-Q2'),
    ('Wednesday', 'DATE', '2011-07-13'),
    ('the first quarter', 'DATE', '2011-Q1'),
]),
# 7. AP, Fed chair's first news conference told in narrative (2014)
('2014-03-28', 'auto', """Yellen's offhand remark shows perils of Fed plain talk

By RENEE SALAZAR
AP Economics Writer

WASHINGTON (AP) — Janet Yellen had been chair of the Federal Reserve for just over six weeks when she stepped to the lectern for her first news conference on March 19.

The Fed's policymakers had spent two days debating how to update their guidance on interest rates. The statement they released at 2 p.m. dropped a pledge to keep short-term rates near zero at least until unemployment fell to 6.5 percent, a threshold the rate was fast approaching.

Half an hour later, a reporter asked how long the Fed would wait after ending its monthly bond purchases before it raised rates. Yellen hesitated, then answered: "probably something on the order of around six months, that type of thing."

Within minutes, the Dow Jones industrial average, which had been higher, was down more than 200 points. Yields on short-term Treasurys jumped as traders rushed to price in an earlier rate increase.

By the next morning, economists were doing the arithmetic. The Fed has trimmed its bond purchases, which were running at $85 billion a month last year, by $10 billion at each of its meetings since December, including the one last week. If it keeps up that pace, the purchases would end in the fall, and six months after that would put the first rate hike in the spring of 2015 — earlier than many investors had assumed. The Fed has kept its key short-term rate near zero since December 2008.

That Friday, St. Louis Fed President James Bullard told reporters that markets had overreacted and that Yellen had been referring to the forecasts of Fed officials, not making a promise.

Some Fed watchers said the episode showed the risks of a more talkative central bank. Under Ben Bernanke, who began holding news conferences in April 2011, the Fed tried to guide markets with ever more specific language about its plans.

"She's a careful person, but for a few seconds she sounded like an economist talking shop rather than a Fed chair," said Harold Benton, a former Fed staffer who now teaches at Georgetown University.

Yellen has since stressed that the Fed's decisions will depend on the economy. In a speech scheduled for Monday in Chicago, she is expected to emphasize the slack that remains in the job market.

This week, the government reported that the economy grew faster than first estimated in the fourth quarter, though severe weather has weighed on hiring and spending since January.

Yellen plans to hold news conferences four times a year. Her next is scheduled for June 18.
""", [
    ('just over six weeks', 'DURATION', 'P6W'),
    ('March 19', 'DATE', '2014-03-19'),
    ('two days', 'DURATION', 'P2D'),
    ('2 p.m.', 'TIME', '2014-03-19T14:00'),
    ('Half an hour later', 'TIME|DURATION', '2014-03-19T14:30|PT30M'),
    ('monthly', 'SET', 'P1M'),
    ('around six months', 'DURATION', 'P6M'),
    ('minutes', 'DURATION', 'PTXM'),
    ('the next morning', 'DATE|TIME', '2014-03-20TMO'),
    ('a month', 'SET', 'P1M'),
    ('last year', 'DATE', '2013'),
    ('December', 'DATE', '2013-12'),
    ('last week', 'DATE', '2014-W12'),
    ('the fall', 'DATE', '2014-FA'),
    ('six months', 'DURATION', 'P6M'),
    ('the spring of 2015', 'DATE', '2015-SP'),
    ('December 2008', 'DATE', '2008-12'),
    ('That Friday', 'DATE', '2014-03-21'),
    ('April 2011', 'DATE', '2011-04'),
    ('a few seconds', 'DURATION', 'PTXS'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '2014-03-31'),
    ('This week', 'DATE', '2014-W13'),
    ('the fourth quarter', 'DATE', '2013-Q4'),
    ('January', 'DATE', '2014-01'),
    ('four times a year', 'SET', 'P1Y'),
    ('June 18', 'DATE', '2014-06-18'),
]),
# 8. Financial Times, Bank of England rate cut (2016)
('2016-08-04', 'auto', """Bank of England cuts rates to record low and revives QE

By Harriet Moss, Economics Editor

The Bank of England cut interest rates for the first time in more than seven years on Thursday, lowering its benchmark rate to a record low of 0.25 per cent and unveiling a £170bn package of measures to cushion the economy from the shock of June's vote to leave the EU.

The decision by the Monetary Policy Committee, announced at noon, was unanimous, but three of its nine members voted against restarting purchases of government bonds. The Bank will buy £60bn of gilts over the next six months and £10bn of corporate bonds over the next 18 months, and will offer banks cheap funding for four years through a new Term Funding Scheme to ensure that the cut is passed on to households and businesses.

Mark Carney, the governor, said a majority of the committee expected to cut rates again, to "close to but a little above zero", later this year if the economy performed in line with the Bank's forecasts. He ruled out negative rates.

"By acting early and comprehensively, the MPC can reduce uncertainty, bolster confidence, blunt the slowdown and support the necessary adjustments in the UK economy," Mr Carney told reporters.

The Bank's quarterly Inflation Report sharply downgraded its outlook. It now expects the economy to grow by just 0.8 per cent in 2017, down from the 2.3 per cent it forecast in May, and unemployment to rise to about 5.5 per cent by the middle of 2018. Growth of 2 per cent this year is largely banked from the first half.

Inflation, at 0.5 per cent in June, is expected to climb above the Bank's 2 per cent target in 2018 as the fall in sterling pushes up import prices.

The MPC had surprised markets last month by leaving rates on hold, despite Mr Carney's signal on June 30 that some easing would probably be needed over the summer. Surveys of purchasing managers published this week showed activity in the services sector contracting in July at the fastest pace since March 2009.

Sterling fell more than 1.5 per cent against the dollar in the afternoon to $1.3130, while the FTSE 100 closed 1.6 per cent higher and benchmark gilt yields dropped to record lows.

Not everyone welcomed the move. "Savers have been punished for almost a decade, and now they are being punished again," said Margaret Allardyce of the Retired Savers' Association.

The MPC's next decision is due on September 15.
""", [
    ('more than seven years', 'DURATION', 'P7Y'),
    ('Thursday', 'DATE', '2016-08-04'),
    ('June', 'DATE', '2016-06'),
    ('noon', 'TIME', '2016-08-04T12:00'),
    ('the next six months', 'DURATION', 'P6M'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('four years', 'DURATION', 'P4Y'),
    ('later this year', 'DATE', '2016'),
    ('quarterly', 'SET', 'P3M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2017', 'DATE', '2017'),
    ('May', 'DATE', '2016-05'),
    ('the middle of 2018', 'DATE', '2018'),
    ('this year', 'DATE', '2016'),
    ('the first half', 'DATE', '2016-H1'),
    ('June', 'DATE', '2016-06'),
    ('2018', 'DATE', '2018'),
    ('last month', 'DATE', '2016-07'),
    ('June 30', 'DATE', '2016-06-30'),
    ('the summer', 'DATE', '2016-SU'),
    ('this week', 'DATE', '2016-W31'),
    ('July', 'DATE', '2016-07'),
    ('March 2009', 'DATE', '2009-03'),
    ('the afternoon', 'DATE|TIME', '2016-08-04TAF'),
    ('almost a decade', 'DURATION', 'P10Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('September 15', 'DATE', '2016-09-15'),
]),
# 9. Bloomberg, Reserve Bank of Australia rate cut (2019)
('2019-06-04', 'auto', """RBA Cuts Rates to Record Low as Lowe Seeks to Revive Economy

By Daniel Farrow

(Bloomberg) -- Australia's central bank cut interest rates for the first time in almost three years, seeking to revive a flagging economy and push down unemployment that has crept higher in recent months.

Governor Philip Lowe and his board lowered the cash rate by a quarter point to 1.25% on Tuesday in Sydney, a move predicted by 26 of 28 economists surveyed by Bloomberg. The Australian dollar fell as much as 0.3% after the 2:30 p.m. announcement before recovering to trade little changed at 69.81 U.S. cents.

Lowe had all but flagged the move in a speech two weeks ago, saying a lower cash rate would support employment growth and help return inflation to target. Underlying inflation has undershot the RBA's 2-3% goal since early 2016, and unemployment climbed to 5.2% in April, the highest in eight months.

"Today's decision does not signal a view that the Australian economy has weakened," Lowe said in a statement, adding that the board would "continue to monitor developments in the labour market closely."

Data on Wednesday are forecast to show the economy expanded 1.8% in the first quarter from a year earlier, the slowest pace since 2009. Home prices in Sydney and Melbourne have been falling for more than 18 months, weighing on consumer spending.

The cut was the first since August 2016, when the RBA lowered the rate to 1.5% and then held it there for almost three years, the longest stretch of unchanged policy in its history.

Traders now see about a 70% chance of another reduction by August, when the bank publishes its next quarterly forecasts, and have fully priced in a move to 1% by early next year.

"They've opened the door and we think they'll walk through it again in August," said Sarah Quinlan, chief economist at Harbourside Capital in Sydney.

The decision comes just over two weeks after Prime Minister Scott Morrison's coalition won a surprise victory in the May 18 election, promising tax rebates for low- and middle-income earners from July 1. Treasurer Josh Frydenberg welcomed the cut and urged lenders to pass it on to borrowers in full "right now."

The RBA board next meets on July 2, and Lowe is due to explain the decision in a speech in Brisbane tonight.
""", [
    ('almost three years', 'DURATION', 'P3Y'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('Tuesday', 'DATE', '2019-06-04'),
    ('2:30 p.m.', 'TIME', '2019-06-04T14:30'),
    ('two weeks ago', 'DATE', '2019-W21'),
    ('early 2016', 'DATE', '2016'),
    ('April', 'DATE', '2019-04'),
    ('eight months', 'DURATION', 'P8M'),
    ('Today', 'DATE', '2019-06-04'),
    ('Wednesday', 'DATE', '2019-06-05'),
    ('the first quarter', 'DATE', '2019-Q1'),
    ('a year earlier', 'DATE', '2018-Q1|2018'),
    ('2009', 'DATE', '2009'),
    ('more than 18 months', 'DURATION', 'P18M'),
    ('August 2016', 'DATE', '2016-08'),
    ('almost three years', 'DURATION', 'P3Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('August', 'DATE', '2019-08'),
    ('quarterly', 'SET', 'P3M'),
    ('early next year', 'DATE', '2020'),
    ('August', 'DATE', '2019-08'),
    ('just over two weeks', 'DURATION', 'P2W'),
    ('May 18', 'DATE', '2019-05-18'),
    ('July 1', 'DATE', '2019-07-01'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('July 2', 'DATE', '2019-07-02'),
    ('tonight', 'DATE|TIME', '2019-06-04TNI'),
]),
# 10. Nikkei Asia, Bank of Japan policy meeting (2021)
('2021-12-17', 'auto', """BOJ to scale back pandemic funding aid, keeps easing in place

Central bank diverges from Fed and BOE as inflation stays near zero

HIROSHI TANAKA, Nikkei staff writer
December 17, 2021 15:40 JST

TOKYO -- The Bank of Japan on Friday decided to scale back its emergency pandemic funding for large companies when the program expires at the end of March, while extending support for smaller businesses for six months, as corporate financing conditions improve.

At the end of a policy meeting that began Thursday, the central bank kept its short-term interest rate target at minus 0.1% and its target for long-term government bond yields at around zero.

"Financing conditions for large companies have clearly improved, but smaller businesses, especially in the service sector, are still under stress," Governor Haruhiko Kuroda told a news conference in the afternoon.

The BOJ's stance stands in sharp contrast with the U.S. Federal Reserve, which on Wednesday said it would end its asset purchases in March and signaled three rate hikes next year, and with the Bank of England, which on Thursday became the first major central bank to raise rates since the pandemic began.

Japan's core consumer prices, which exclude fresh food, rose 0.1% in October from a year earlier, far below the BOJ's 2% target. The central bank has failed to reach the target in the nearly nine years since adopting it in January 2013. November figures are due next Friday.

Kuroda said price growth would likely pick up to around 1% in the spring, as the effect of mobile phone fee cuts that began this year fades and energy costs rise. "We are not in a situation where we need to consider tightening," he said, adding that the BOJ would maintain its massive stimulus for now.

The central bank's quarterly tankan survey, released on Monday, showed sentiment among large manufacturers unchanged in the three months to December, while the mood among service-sector companies improved as COVID-19 infections fell.

The government approved a record 36 trillion yen ($317 billion) supplementary budget last month, and the Diet is expected to pass it next week. Prime Minister Fumio Kishida's cabinet will also endorse a real growth forecast of 3.2% for fiscal 2022, which begins in April.

The BOJ will next review policy in January, when it will also update its growth and price forecasts. Kuroda's term ends in April 2023.
""", [
    ('December 17, 2021 15:40 JST', 'TIME', '2021-12-17T15:40'),
    ('Friday', 'DATE', '2021-12-17'),
    ('the end of March', 'DATE', '2022-03'),
    ('six months', 'DURATION', 'P6M'),
    ('Thursday', 'DATE', '2021-12-16'),
    ('the afternoon', 'DATE|TIME', '2021-12-17TAF'),
    ('Wednesday', 'DATE', '2021-12-15'),
    ('March', 'DATE', '2022-03'),
    ('next year', 'DATE', '2022'),
    ('Thursday', 'DATE', '2021-12-16'),
    ('October', 'DATE', '2021-10'),
    ('a year earlier', 'DATE', '2020-10|2020'),
    ('nearly nine years', 'DURATION', 'P9Y'),
    ('January 2013', 'DATE', '2013-01'),
    ('November', 'DATE', '2021-11'),
    ('next Friday', 'DATE', '2021-12-24'),
    ('the spring', 'DATE', '2022-SP'),
    ('this year', 'DATE', '2021'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('quarterly', 'SET', 'P3M'),
    ('Monday', 'DATE', '2021-12-13'),
    ('the three months', 'DURATION', 'P3M'),
    ('December', 'DATE', '2021-12'),
    ('last month', 'DATE', '2021-11'),
    ('next week', 'DATE', '2021-W51'),
    ('fiscal 2022', 'DATE', 'FY2022|2022'),
    ('April', 'DATE', '2022-04'),
    ('January', 'DATE', '2022-01'),
    ('April 2023', 'DATE', '2023-04'),
]),
# 11. Economist Intelligence Unit, Nigeria inflation and reforms (2023)
('2023-06-20', 'auto', """Nigeria economy: Inflation quickens as reforms take hold

FROM THE ECONOMIST INTELLIGENCE UNIT

EVENT

Consumer price inflation accelerated to 22.4% in May, from 22.2% in April, according to data published by the National Bureau of Statistics (NBS) on June 15th. It was the fifth consecutive increase and the highest rate since September 2005.

ANALYSIS

Food prices, which account for just over half of the consumer price basket, continued to drive the increase. Insecurity in farming regions of the north and the lingering effects of the naira redesign, which caused acute cash shortages in February and March, have kept supply chains under strain.

Prices will come under further upward pressure in the coming months following two major policy changes by the administration of Bola Tinubu, who took office on May 29th. In his inauguration speech, Mr Tinubu announced the removal of the petrol subsidy, which had cost the government an estimated N4.4trn ($9.6bn) in 2022. Pump prices almost tripled within days. Then, on June 14th, the Central Bank of Nigeria (CBN) unified the country's multiple exchange-rate windows, and the naira fell by about 40% against the US dollar in a single day.

The reforms have been welcomed by investors, but they have also added to uncertainty over monetary policy. The CBN's Monetary Policy Committee (MPC) raised the policy rate to 18.5% in May, its seventh consecutive increase since May 2022. Godwin Emefiele, governor of the CBN since 2014, was suspended on June 9th and has since been detained by the security services; his deputy, Folashodun Shonubi, is acting governor. The MPC is next due to meet in late July.

The 2023 budget, signed into law by the previous president, Muhammadu Buhari, in January, assumed an exchange rate far stronger than the new market rate and will need to be revised. The new government has said that it will present a supplementary budget to the National Assembly within weeks.

IMPACT ON THE FORECAST

We expect inflation to peak at about 25% in the third quarter before easing slightly towards the end of the year, giving an average of 23.1% in 2023, up from 18.8% last year. We also expect the MPC to raise the policy rate by a further 100 basis points at its next two meetings. Inflation will remain in double digits throughout 2024-25, and lending rates are likely to stay high for the next two years, weighing on private investment. The weaker naira should, however, support non-oil exports and narrow the gap between official and parallel exchange rates.
""", [
    ('May', 'DATE', '2023-05'),
    ('April', 'DATE', '2023-04'),
    ('June 15th', 'DATE', '2023-06-15'),
    ('September 2005', 'DATE', '2005-09'),
    ('February', 'DATE', '2023-02'),
    ('March', 'DATE', '2023-03'),
    ('the coming months', 'DATE|DURATION', 'FUTURE_REF|PXM'),
    ('May 29th', 'DATE', '2023-05-29'),
    ('2022', 'DATE', '2022'),
    ('days', 'DURATION', 'PXD'),
    ('June 14th', 'DATE', '2023-06-14'),
    ('a single day', 'DURATION', 'P1D'),
    ('May', 'DATE', '2023-05'),
    ('May 2022', 'DATE', '2022-05'),
    ('2014', 'DATE', '2014'),
    ('June 9th', 'DATE', '2023-06-09'),
    ('late July', 'DATE', '2023-07'),
    ('2023', 'DATE', '2023'),
    ('January', 'DATE', '2023-01'),
    ('weeks', 'DURATION', 'PXW'),
    ('the third quarter', 'DATE', '2023-Q3'),
    ('the end of the year', 'DATE', '2023'),
    ('2023', 'DATE', '2023'),
    ('last year', 'DATE', '2022'),
    ('2024-25', 'DATE', '2024|2025'),
    ('the next two years', 'DURATION', 'P2Y'),
]),
# 12. Nikkei Asia, India consumer inflation and RBI (2025)
('2025-02-12', 'auto', """India's inflation eases to 4.31%, firming case for more RBI cuts

Retail price growth slowest in five months as vegetable prices fall

ANJALI RAO, Contributing writer
February 12, 2025 21:05 JST

NEW DELHI -- India's retail inflation slowed to 4.31% in January, government data showed on Wednesday, bolstering the case for further monetary easing less than a week after the central bank cut interest rates for the first time in nearly five years.

Consumer prices rose 4.31% from a year earlier, down from 5.22% in December, as vegetable prices fell sharply with fresh harvests reaching markets. Inflation had spiked to 6.21% in October, above the upper limit of the Reserve Bank of India's 2%-6% tolerance band, on soaring prices of tomatoes and onions.

The RBI on Friday lowered its benchmark repo rate by 25 basis points to 6.25%, the first reduction since May 2020, at Governor Sanjay Malhotra's first policy meeting since he took over in December. The central bank projected that inflation would average 4.2% in the 12 months from April, close to its 4% target.

"Today's data give the RBI room to cut again," said Vikram Desai, chief economist at Meridian Capital in Mumbai. "We expect another 25-basis-point reduction at the April review, and possibly one more by the end of the year."

Growth has become a bigger worry than prices. The economy expanded 5.4% in the July-September quarter, the weakest in nearly two years, and official estimates released last month show growth slowing to its weakest in four years.

Finance Minister Nirmala Sitharaman's budget on Feb. 1 included income tax cuts worth 1 trillion rupees ($11.5 billion) a year, aimed at reviving urban consumption, which has slowed since mid-2024. Industrial output grew 3.2% in December, separate data released alongside the inflation figures showed.

The rupee hit a record low of 87.95 per dollar on Monday as foreign investors pulled money out of Indian stocks, and it has lost about 2.7% since the start of the year. Malhotra said last week that the RBI would intervene only to curb excessive volatility, not to defend any particular level.

Economists warned that food prices could climb again if this year's monsoon disappoints, and that a weaker rupee would raise the cost of imported fuel and edible oils.
""", [
    ('five months', 'DURATION', 'P5M'),
    ('February 12, 2025 21:05 JST', 'TIME', '2025-02-12T21:05'),
    ('January', 'DATE', '2025-01'),
    ('Wednesday', 'DATE', '2025-02-12'),
    ('less than a week', 'DURATION', 'P1W'),
    ('nearly five years', 'DURATION', 'P5Y'),
    ('a year earlier', 'DATE', '2024-01|2024'),
    ('December', 'DATE', '2024-12'),
    ('October', 'DATE', '2024-10'),
    ('Friday', 'DATE', '2025-02-07'),
    ('May 2020', 'DATE', '2020-05'),
    ('December', 'DATE', '2024-12'),
    ('the 12 months', 'DURATION', 'P12M'),
    ('April', 'DATE', '2025-04'),
    ('Today', 'DATE', '2025-02-12'),
    ('April', 'DATE', '2025-04'),
    ('the end of the year', 'DATE', '2025'),
    ('the July-September quarter', 'DATE', '2024-Q3'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('last month', 'DATE', '2025-01'),
    ('four years', 'DURATION', 'P4Y'),
    ('Feb. 1', 'DATE', '2025-02-01'),
    ('a year', 'SET', 'P1Y'),
    ('mid-2024', 'DATE', '2024'),
    ('December', 'DATE', '2024-12'),
    ('Monday', 'DATE', '2025-02-10'),
    ('the start of the year', 'DATE', '2025'),
    ('last week', 'DATE', '2025-W06'),
    ('this year', 'DATE', '2025'),
]),
]
