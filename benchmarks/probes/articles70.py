# Gold TIMEX3 probe set 70: twelve original business news texts (WSJ, AP, Reuters, FT, Bloomberg, Dow Jones; 1989-2022) on results, strikes, central banks, budgets, markets and sports business, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Wall Street Journal, company results (1989)
('1989-10-19', 'auto', """Harlan Industries Net Falls 22%; Strike, Weak Orders Cited

By Margaret Ellison
Staff Reporter of The Wall Street Journal

PITTSBURGH -- Harlan Industries Inc. said third-quarter earnings fell 22%, hurt by weak demand for steel tubing and a strike at its Ohio mill that lasted nearly seven weeks.

The maker of industrial pipe and fittings said net income for the quarter ended Sept. 30 dropped to $18.4 million, or 61 cents a share, from $23.6 million, or 79 cents a share, a year earlier. Revenue slipped 4% to $412 million.

The results, released after the close of trading yesterday, were below analysts' estimates of about 70 cents a share. In New York Stock Exchange composite trading, Harlan shares fell $1.25 to $27.50 early today, extending a slide that began with last Friday's 190-point plunge in the Dow Jones Industrial Average.

Richard Corso, chairman and chief executive, said the company had expected a soft third quarter but was surprised by how quickly orders from oil-field customers dried up in August and September. "We saw inventories building at the distributors through the summer," he said in a telephone interview. "That usually means a slow autumn."

The walkout at the Canton, Ohio, plant began July 10 and ended Aug. 27, when members of the United Steelworkers local ratified a three-year contract. Harlan estimated the strike reduced earnings by about nine cents a share. The new agreement gives workers raises of 3% annually and caps their health-care contributions through 1992.

For the first nine months, Harlan earned $61.2 million, or $2.04 a share, compared with $70.8 million, or $2.37 a share, a year earlier. Mr. Corso said he expects fourth-quarter results to be "roughly flat" with the fourth quarter of 1988, and he reaffirmed the company's plan to spend $95 million over the next two years modernizing its seamless-tube line.

Analysts were less sanguine. "The cycle has turned, and Harlan is more exposed than most," said Karen Whitby of First Boston Corp., who cut her 1990 earnings estimate to $2.60 a share from $3.10. She noted that the company's order backlog has shrunk for three consecutive months.

Harlan also said its board declared the regular quarterly dividend of 20 cents a share, payable Nov. 15 to stock of record Nov. 1. The company will meet with analysts in New York on Dec. 6.

Separately, Harlan said it had completed the sale of its Texas valve unit, announced in June, to a group of investors led by the unit's management for $34 million.
""", [
    ('third-quarter', 'DATE', '1989-Q3'),
    ('nearly seven weeks', 'DURATION', 'P7W'),
    ('the quarter ended Sept. 30', 'DATE', '1989-Q3|1989-09-30'),
    ('a year earlier', 'DATE', '1988-Q3|1988'),
    ('yesterday', 'DATE', '1989-10-18'),
    ('early today', 'DATE', '1989-10-19'),
    ('last Friday', 'DATE', '1989-10-13'),
    ('third quarter', 'DATE', '1989-Q3'),
    ('August', 'DATE', '1989-08'),
    ('September', 'DATE', '1989-09'),
    ('the summer', 'DATE', '1989-SU'),
    ('autumn', 'DATE', '1989-FA'),
    ('July 10', 'DATE', '1989-07-10'),
    ('Aug. 27', 'DATE', '1989-08-27'),
    ('three-year', 'DURATION', 'P3Y'),
    ('annually', 'SET', 'P1Y'),
    ('1992', 'DATE', '1992'),
    ('the first nine months', 'DURATION', 'P9M'),
    ('a year earlier', 'DATE', '1988'),
    ('fourth-quarter', 'DATE', '1989-Q4'),
    ('the fourth quarter of 1988', 'DATE', '1988-Q4'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('1990', 'DATE', '1990'),
    ('three consecutive months', 'DURATION', 'P3M'),
    ('quarterly', 'SET', 'P3M'),
    ('Nov. 15', 'DATE', '1989-11-15'),
    ('Nov. 1', 'DATE', '1989-11-01'),
    ('Dec. 6', 'DATE', '1989-12-06'),
    ('June', 'DATE', '1989-06'),
]),
# 2. AP, transit strike (1992)
('1992-04-08', 'auto', """Bus Drivers Strike in Lehigh Valley; Talks Set for Friday

ALLENTOWN, Pa. (AP) — About 240 bus drivers and mechanics walked off the job early Wednesday, stranding thousands of commuters across the Lehigh Valley after contract talks collapsed.

Members of Amalgamated Transit Union Local 956 set up picket lines outside the Lehigh and Northampton Transportation Authority garage at 5 a.m., about an hour before the first buses were scheduled to leave. No buses had left the garage by midmorning, authority spokeswoman Janet Kovacs said.

The union's contract expired March 31, and the two sides had agreed to keep working under the old terms for a week while they negotiated. Talks broke off at 11:40 p.m. Tuesday after a session that lasted nearly 14 hours.

"We gave them every chance," said union president Walter Nemeth. "For two years our people have been asked to do more with less. They haven't had a raise since 1989."

The authority offered raises of 2 percent a year over three years. The union is seeking 4 percent annually and wants the authority to drop a proposal that would require drivers to pay part of their health insurance premiums.

Authority director Frank Leone said the agency, which faces a $1.2 million deficit this year, could not afford more. "The state cut our operating subsidy last summer, and ridership has been falling for three years," he said.

A federal mediator has scheduled a new round of talks for 10 a.m. Friday. Leone said he did not expect service to resume before the weekend.

The buses carry about 22,000 riders a day, many of them students, elderly residents and workers at the region's hospitals and warehouses. On Wednesday morning, cars lined the curbs outside the downtown transfer center as relatives dropped off workers. Some commuters said they had heard about the strike on television Tuesday night and arranged rides.

"I have to be at work every morning," said Rosa Delgado, a nurse's aide who waited in vain at a stop on Hamilton Street. "If this goes on for a week, I don't know what I'll do."

The last strike at the authority, in the fall of 1982, lasted 23 days. Allentown school officials said students who could not get to class would be excused through the end of the week.

The authority board meets monthly and had planned to vote on a fare increase at its April 21 meeting. Leone said that vote would probably be postponed.
""", [
    ('Friday', 'DATE', '1992-04-10'),
    ('early Wednesday', 'DATE', '1992-04-08'),
    ('5 a.m.', 'TIME', '1992-04-08T05:00'),
    ('about an hour', 'DURATION', 'PT1H'),
    ('midmorning', 'DATE|TIME', '1992-04-08TMO'),
    ('March 31', 'DATE', '1992-03-31'),
    ('a week', 'DURATION', 'P1W'),
    ('11:40 p.m. Tuesday', 'TIME', '1992-04-07T23:40'),
    ('nearly 14 hours', 'DURATION', 'PT14H'),
    ('two years', 'DURATION', 'P2Y'),
    ('1989', 'DATE', '1989'),
    ('a year', 'SET', 'P1Y'),
    ('three years', 'DURATION', 'P3Y'),
    ('annually', 'SET', 'P1Y'),
    ('this year', 'DATE', '1992'),
    ('last summer', 'DATE', '1991-SU'),
    ('three years', 'DURATION', 'P3Y'),
    ('10 a.m. Friday', 'TIME', '1992-04-10T10:00'),
    ('the weekend', 'DATE', '1992-W15-WE'),
    ('a day', 'SET', 'P1D'),
    ('Wednesday morning', 'DATE|TIME', '1992-04-08TMO'),
    ('Tuesday night', 'DATE|TIME', '1992-04-07TNI'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
    ('a week', 'DURATION', 'P1W'),
    ('the fall of 1982', 'DATE', '1982-FA'),
    ('23 days', 'DURATION', 'P23D'),
    ('the end of the week', 'DATE', '1992-W15|1992-04-10'),
    ('monthly', 'SET', 'P1M'),
    ('April 21', 'DATE', '1992-04-21'),
]),
# 3. Reuters, central bank (1995)
('1995-02-22', 'auto', """Bank of Canada rate rises to 8.25 pct, highest in two years

OTTAWA, Feb 22 (Reuter) - The Bank of Canada's key lending rate rose 11 basis points to 8.25 percent on Tuesday, its highest level in more than two years, as the central bank kept short-term rates high to shield a Canadian dollar trading near its lowest level since 1986.

The bank rate is set every Tuesday at a quarter percentage point above the average yield on three-month treasury bills sold at the weekly government auction. The average yield at Tuesday's sale rose to 8.00 percent from 7.89 percent a week earlier.

The Canadian dollar finished at 71.05 U.S. cents on Tuesday, up from 70.82 cents on Monday but still close to the low of 70.50 cents touched in late January. Dealers said the central bank had bought Canadian dollars heavily earlier this month to keep the currency from slipping below 70 cents.

"The market is waiting for the budget. Nobody wants to be long Canadian dollars before that," said a senior dealer at a Toronto bank.

Finance Minister Paul Martin will present his budget on Monday, Feb 27. He has promised deep spending cuts to bring the federal deficit down to three percent of gross domestic product within two years, and investors will judge whether the plan is credible.

Short-term rates have climbed about 250 basis points since mid-December, when turmoil over the Mexican peso spilled into other currencies. Canadian government bonds have been a target of foreign selling for the past three months.

"I don't see any relief before the spring, and maybe not until the summer," said Carl Beauchesne, chief economist at Montreal-based Laurentide Securities. "The bank cannot let the dollar go while the budget is still a question mark."

Other economists said the bank was also reacting to the U.S. Federal Reserve, which raised its federal funds target by half a point on Feb 1, its seventh increase since February 1994. Dealers were watching Fed Chairman Alan Greenspan, who was due to testify before Congress on Wednesday afternoon, for any sign that U.S. rates would keep rising.

Canada's economy grew 1.4 percent in the third quarter of 1994, and fourth-quarter figures are due next week. Economists warned that higher borrowing costs would slow growth sharply this year, especially in housing, where resale activity fell again in January.

The bank rate will next be set on Tuesday, Feb 28, after the weekly auction.
""", [
    ('two years', 'DURATION', 'P2Y'),
    ('Feb 22', 'DATE', '1995-02-22'),
    ('Tuesday', 'DATE', '1995-02-21'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('1986', 'DATE', '1986'),
    ('every Tuesday', 'SET', 'XXXX-WXX-2'),
    ('three-month', 'DURATION', 'P3M'),
    ('weekly', 'SET', 'P1W'),
    ('Tuesday', 'DATE', '1995-02-21'),
    ('a week earlier', 'DATE', '1995-W07|1995-02-14'),
    ('Tuesday', 'DATE', '1995-02-21'),
    ('Monday', 'DATE', '1995-02-20'),
    ('late January', 'DATE', '1995-01'),
    ('earlier this month', 'DATE', '1995-02'),
    ('Monday, Feb 27', 'DATE', '1995-02-27'),
    ('two years', 'DURATION', 'P2Y'),
    ('mid-December', 'DATE', '1994-12'),
    ('the past three months', 'DURATION', 'P3M'),
    ('the spring', 'DATE', '1995-SP'),
    ('the summer', 'DATE', '1995-SU'),
    ('Feb 1', 'DATE', '1995-02-01'),
    ('February 1994', 'DATE', '1994-02'),
    ('Wednesday afternoon', 'DATE|TIME', '1995-02-22TAF'),
    ('the third quarter of 1994', 'DATE', '1994-Q3'),
    ('fourth-quarter', 'DATE', '1994-Q4'),
    ('next week', 'DATE', '1995-W09'),
    ('this year', 'DATE', '1995'),
    ('January', 'DATE', '1995-01'),
    ('Tuesday, Feb 28', 'DATE', '1995-02-28'),
    ('weekly', 'SET', 'P1W'),
]),
# 4. Financial Times, government budget (1997)
('1997-09-17', 'auto', """Dutch budget cuts deficit and offers tax relief before election

By Hester Vos in Amsterdam

The Dutch government yesterday unveiled a 1998 budget that will cut the public sector deficit to 1.6 per cent of gross domestic product, comfortably inside the Maastricht treaty limit, while handing households a modest tax cut ahead of next May's general election.

Mr Gerrit Zalm, the finance minister, told parliament the deficit would fall from an expected 2.2 per cent this year, helped by economic growth of about 3.25 per cent, the fastest since 1990. The coalition of Labour, Liberals and Democrats 66 has reduced the deficit every year since it took office in August 1994.

Mr Zalm said the economy would create about 100,000 jobs next year. Unemployment, which stood at 5.6 per cent in June, is expected to fall to 5.2 per cent by the end of 1998.

The budget includes Fl3bn of tax relief, mainly through lower income tax rates from January 1, and Fl1.8bn of extra spending on education, police and roads over the next four years. Government debt is forecast to fall to about 71 per cent of GDP in 1998, from 77 per cent two years ago.

Parliament will begin debating the plans on October 1, and the final vote on the spending bills is expected before Christmas.

Opposition Christian Democrats said the government had wasted an opportunity. "For three years we have been told that the good times would be used to pay down debt," said Mr Hans Kuiper, the party's finance spokesman. "Instead the cabinet is buying votes."

VNO-NCW, the employers' federation, welcomed the tax cuts but warned that wage moderation, which has underpinned Dutch job growth since the Wassenaar accord of 1982, was at risk. Unions are seeking pay rises of 3 to 4 per cent in next spring's wage round, against about 2 per cent this year.

Economists said the Netherlands was certain to qualify for the first wave of European monetary union, which starts on January 1 1999. EU leaders will decide which countries take part at a summit in early May. "The only question was how much room they would have left," said Mr Pieter Bakker of ING Barings.

Financial markets barely reacted. The Dutch central bank has followed the Bundesbank closely for more than a decade, and the yield on the 10-year benchmark bond was unchanged at 5.5 per cent by late afternoon.

Mr Wim Kok, the prime minister, said the coalition would campaign on its record of the past three years. Polls published last week showed Labour ahead of its partners for the first time since the spring.
""", [
    ('yesterday', 'DATE', '1997-09-16'),
    ('1998', 'DATE', '1998'),
    ('next May', 'DATE', '1998-05'),
    ('this year', 'DATE', '1997'),
    ('1990', 'DATE', '1990'),
    ('every year', 'SET', 'P1Y'),
    ('August 1994', 'DATE', '1994-08'),
    ('next year', 'DATE', '1998'),
    ('June', 'DATE', '1997-06'),
    ('the end of 1998', 'DATE', '1998'),
    ('January 1', 'DATE', '1998-01-01'),
    ('the next four years', 'DURATION', 'P4Y'),
    ('1998', 'DATE', '1998'),
    ('two years ago', 'DATE', '1995'),
    ('October 1', 'DATE', '1997-10-01'),
    ('Christmas', 'DATE', '1997-12-25'),
    ('three years', 'DURATION', 'P3Y'),
    ('1982', 'DATE', '1982'),
    ('next spring', 'DATE', '1998-SP'),
    ('this year', 'DATE', '1997'),
    ('January 1 1999', 'DATE', '1999-01-01'),
    ('early May', 'DATE', '1998-05'),
    ('more than a decade', 'DURATION', 'P10Y'),
    ('10-year', 'DURATION', 'P10Y'),
    ('late afternoon', 'DATE|TIME', '1997-09-16TAF'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('last week', 'DATE', '1997-W37'),
    ('the spring', 'DATE', '1997-SP'),
]),
# 5. Bloomberg, markets (2001)
('2001-01-03', 'auto', """Nasdaq Has Biggest Gain Ever After Fed's Surprise Rate Cut

New York, Jan. 3 (Bloomberg) -- U.S. stocks surged, sending the Nasdaq Composite Index up a record 14 percent, after the Federal Reserve unexpectedly cut its benchmark interest rate by half a percentage point, its first reduction in more than two years.

The Fed lowered its target for the federal funds rate, charged on loans between banks, to 6 percent from 6.5 percent in an announcement at 1:13 p.m. in Washington, following a conference call among policy makers. Chairman Alan Greenspan and his colleagues had left rates unchanged at their Dec. 19 meeting, and most economists didn't expect a move before the next scheduled meeting, which starts Jan. 30.

"This is the Fed saying, 'We see the slowdown and we're not going to wait,'" said Martin Reale, who oversees $4 billion at Lexington Capital Advisors in Boston. "Nobody expected them to act between meetings."

The Nasdaq jumped 324.83 points to 2616.69, its biggest percentage gain since the index was created in 1971. The Dow Jones Industrial Average rose 299.60, or 2.8 percent, to 10,945.75, and the Standard & Poor's 500 Index gained 5 percent to 1347.56.

The rally was a relief for investors who watched the Nasdaq lose 39 percent last year, its worst performance ever. On Tuesday, the index fell 7.2 percent.

Chipmakers and networking-equipment companies, which had lost more than half their value over the past 10 months, posted some of the biggest gains. Trading volume on the Nasdaq exceeded 3 billion shares.

Economic reports in recent weeks have shown manufacturing contracting at the fastest pace in almost a decade. The National Association of Purchasing Management said yesterday its factory index fell to 43.7 in December, the lowest since April 1991. Retailers reported their weakest holiday sales in years.

Treasury notes fell as investors sold bonds to buy stocks, and the yield on the 10-year note climbed to about 5.1 percent.

Traders expect the Fed to cut rates again by the end of the first quarter, and futures contracts show a better than even chance of another half-point reduction at the end of this month.

Greenspan is scheduled to testify before the Senate Budget Committee on Jan. 25, when lawmakers are expected to ask whether he supports President-elect George W. Bush's proposed $1.3 trillion tax cut over 10 years.

Stock-index futures rose in after-hours trading, suggesting the gains could extend into tomorrow.
""", [
    ('Jan. 3', 'DATE', '2001-01-03'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('1:13 p.m.', 'TIME', '2001-01-03T13:13'),
    ('Dec. 19', 'DATE', '2000-12-19'),
    ('Jan. 30', 'DATE', '2001-01-30'),
    ('1971', 'DATE', '1971'),
    ('last year', 'DATE', '2000'),
    ('Tuesday', 'DATE', '2001-01-02'),
    ('the past 10 months', 'DURATION', 'P10M'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('almost a decade', 'DURATION', 'P10Y'),
    ('yesterday', 'DATE', '2001-01-02'),
    ('December', 'DATE', '2000-12'),
    ('April 1991', 'DATE', '1991-04'),
    ('years', 'DURATION', 'PXY'),
    ('10-year', 'DURATION', 'P10Y'),
    ('the end of the first quarter', 'DATE', '2001-Q1'),
    ('the end of this month', 'DATE', '2001-01'),
    ('Jan. 25', 'DATE', '2001-01-25'),
    ('10 years', 'DURATION', 'P10Y'),
    ('tomorrow', 'DATE', '2001-01-04'),
]),
# 6. Dow Jones Newswires, company results (2004)
('2004-11-09', 'auto', """Cardinal Ridge Net Up 18% On Generic Drug Sales; Lifts Outlook

By Kevin Harlow
Of DOW JONES NEWSWIRES

NEW YORK (Dow Jones)--Cardinal Ridge Pharmaceuticals Inc. (CRPH) said Tuesday its fiscal fourth-quarter net income rose 18%, driven by sales of generic heart and blood-pressure drugs, and the company raised its outlook for fiscal 2005.

For the quarter ended Sept. 30, the Parsippany, N.J., drug maker reported net income of $46.2 million, or 52 cents a share, up from $39.1 million, or 44 cents a share, a year earlier. Revenue climbed 12% to $388 million.

Analysts surveyed by Thomson First Call had expected earnings of 49 cents a share on revenue of $379 million.

Chief Executive Laura Benning said in a conference call Tuesday morning that three products launched since March accounted for nearly a third of the company's growth. Cardinal Ridge won approval in August to sell a generic version of a widely prescribed cholesterol drug and began shipping it within two weeks.

"We've never had a stronger stretch," Benning said. "And the pipeline for the next 18 months is even deeper."

For the fiscal year, Cardinal Ridge earned $171 million, or $1.93 a share, compared with $149 million, or $1.70 a share, in fiscal 2003.

The company expects fiscal 2005 earnings of $2.18 to $2.24 a share, up from its previous forecast of $2.10 to $2.15, which it issued in late July. Analysts had been looking for $2.14.

Benning said the company expects to file applications for four more generic drugs by the end of the year and plans to build a packaging plant in North Carolina that would open in 2006. Capital spending will rise to about $60 million in fiscal 2005 from $41 million.

The company faces patent litigation over its generic version of a popular antidepressant, and a trial is scheduled to begin in federal court in Newark on Feb. 14. Benning declined to estimate the cost of the case, saying only that the company had "set aside reserves" for it.

Cardinal Ridge also said its board approved a 10% increase in the quarterly dividend, to 11 cents a share, payable Dec. 15 to holders of record Nov. 30.

Shares of Cardinal Ridge rose $1.42, or 4.1%, to $36.05 at 2:30 p.m. EST on the Nasdaq Stock Market. The stock has gained about 30% this year, outpacing the Amex Pharmaceutical Index.

-By Kevin Harlow, Dow Jones Newswires; 201-938-5400; kevin.harlow@dowjones.com
""", [
    ('Tuesday', 'DATE', '2004-11-09'),
    ('fiscal fourth-quarter', 'DATE', 'FY2004-Q4|2004-Q3'),
    ('fiscal 2005', 'DATE', 'FY2005|2005'),
    ('the quarter ended Sept. 30', 'DATE', '2004-Q3|2004-09-30'),
    ('a year earlier', 'DATE', '2003-Q3|2003'),
    ('Tuesday morning', 'DATE|TIME', '2004-11-09TMO'),
    ('March', 'DATE', '2004-03'),
    ('August', 'DATE', '2004-08'),
    ('two weeks', 'DURATION', 'P2W'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('the fiscal year', 'DATE', 'FY2004|2004'),
    ('fiscal 2003', 'DATE', 'FY2003|2003'),
    ('fiscal 2005', 'DATE', 'FY2005|2005'),
    ('late July', 'DATE', '2004-07'),
    ('the end of the year', 'DATE', '2004'),
    ('2006', 'DATE', '2006'),
    ('fiscal 2005', 'DATE', 'FY2005|2005'),
    ('Feb. 14', 'DATE', '2005-02-14'),
    ('quarterly', 'SET', 'P3M'),
    ('Dec. 15', 'DATE', '2004-12-15'),
    ('Nov. 30', 'DATE', '2004-11-30'),
    ('2:30 p.m. EST', 'TIME', '2004-11-09T14:30'),
    ('this year', 'DATE', '2004'),
]),
# 7. AP, sports business: minor league ballpark deal (2008)
('2008-06-12', 'auto', """Council approves ballpark deal to keep Rivermen in Springvale

SPRINGVALE, Ohio (AP) — The Springvale Rivermen will play in a new $68 million ballpark by the spring of 2010 after the City Council voted 5-2 late Wednesday to approve a financing deal that keeps the minor league team in town through 2035.

The vote came after nearly four hours of public comment, much of it from residents who said the city should not borrow money for a stadium while it is laying off workers and closing two fire stations this summer.

Under the agreement, the city will issue $40 million in bonds, to be repaid over 30 years from a 2 percent tax on hotel rooms and a $1 surcharge on every ticket. The team's owner, Cleveland businessman Anthony Marchetti, will contribute $28 million and pay rent of $500,000 a year, rising every five years.

"This has been a long, hard road," Marchetti said after the vote. "We've played in the same ballpark since 1961. It's falling apart."

Marchetti, who bought the Double-A club in 2002, had said since last fall that he would move the team to a suburb of Columbus if the city did not act by June 30, when his lease at aging Dugan Field expires. The team has drawn about 4,100 fans a game this year, near the bottom of the Eastern League.

Council member Linda Prader, who voted against the plan, said the projections for hotel tax revenue were too rosy. "A year ago nobody was talking about a recession," she said. "Now gas is $4 a gallon and people are staying home."

Supporters said the ballpark would also be used for concerts, high school championships and a holiday festival, and that it would anchor a riverfront district that has sat mostly empty for two decades. A consultant hired by the city estimated the project would create 240 construction jobs and generate $6 million in spending each year.

Construction is expected to begin in September. The Rivermen will play next year at Dugan Field under a one-year lease extension, and the new park is scheduled to open on April 8, 2010, the team said.

Mayor Roberta Quill, who negotiated the deal over the past six months, said she would sign the ordinance Friday. Opponents said they would begin collecting signatures next week for a referendum, which would need about 6,000 signatures within 30 days to reach the November ballot.
""", [
    ('the spring of 2010', 'DATE', '2010-SP'),
    ('late Wednesday', 'DATE', '2008-06-11'),
    ('2035', 'DATE', '2035'),
    ('nearly four hours', 'DURATION', 'PT4H'),
    ('this summer', 'DATE', '2008-SU'),
    ('30 years', 'DURATION', 'P30Y'),
    ('a year', 'SET', 'P1Y'),
    ('every five years', 'SET', 'P5Y'),
    ('1961', 'DATE', '1961'),
    ('2002', 'DATE', '2002'),
    ('last fall', 'DATE', '2007-FA'),
    ('June 30', 'DATE', '2008-06-30'),
    ('this year', 'DATE', '2008'),
    ('A year ago', 'DATE', '2007'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('two decades', 'DURATION', 'P20Y'),
    ('each year', 'SET', 'P1Y'),
    ('September', 'DATE', '2008-09'),
    ('next year', 'DATE', '2009'),
    ('one-year', 'DURATION', 'P1Y'),
    ('April 8, 2010', 'DATE', '2010-04-08'),
    ('the past six months', 'DURATION', 'P6M'),
    ('Friday', 'DATE', '2008-06-13'),
    ('next week', 'DATE', '2008-W25'),
    ('30 days', 'DURATION', 'P30D'),
    ('November', 'DATE', '2008-11'),
]),
# 8. Reuters, mine strike told in narrative (2011)
('2011-09-16', 'auto', """Chile's Los Condores mine workers end 41-day strike

SANTIAGO, Sept 16 (Reuters) - Workers at the Los Condores copper mine in northern Chile voted on Friday to accept a new labour contract, ending a 41-day strike that cut output in the world's top copper producing country and helped keep prices near $9,000 a tonne.

The 1,600-member union approved the deal with 78 percent of the vote, union leader Hector Araya told Reuters by telephone. Workers will return for the night shift on Saturday, and full production should resume within two weeks, owner Andes Pacific Mining said.

The stoppage began on Aug. 6, after talks over a four-year contract broke down the previous evening. Workers demanded a signing bonus of 20 million pesos each, pointing to record profits after copper prices hit an all-time high in February. The company offered 9 million.

Within hours, pickets blocked the only road to the mine, 3,200 metres up in the Andes. Two days later, the company declared force majeure on shipments to customers in China and Japan. That weekend police cleared the road, and the company flew in contractors to keep the concentrator running at about a third of capacity.

Talks resumed on Aug. 22 under a government mediator but collapsed after three days. The following week, workers at two neighbouring mines staged a 24-hour solidarity strike, and Andes Pacific shares fell to their lowest in 18 months.

The break came on Sept. 9, when the company raised its bonus offer to 14 million pesos and agreed to a 5 percent wage increase next year. Union leaders presented the offer at assemblies over the weekend, and on Monday night they recommended that members accept it.

The mine produced about 310,000 tonnes of copper last year, roughly 6 percent of Chile's output. Andes Pacific estimates the strike cost it about 30,000 tonnes, worth around $260 million at this week's prices.

Analysts said the end of the strike removed a source of support for copper, which has fallen about 6 percent this month on worries over Europe's debt crisis and slowing growth in China. Benchmark copper on the London Metal Exchange closed at $8,650 a tonne on Thursday.

"The market had priced in a long strike," said Ricardo Munoz, a metals analyst at BancoSur in Santiago. "With this mine back, the focus returns to demand, and that picture has darkened since July."

Contract talks are due at two other large Chilean mines before the end of the year.
""", [
    ('41-day', 'DURATION', 'P41D'),
    ('Sept 16', 'DATE', '2011-09-16'),
    ('Friday', 'DATE', '2011-09-16'),
    ('41-day', 'DURATION', 'P41D'),
    ('Saturday', 'DATE', '2011-09-17'),
    ('two weeks', 'DURATION', 'P2W'),
    ('Aug. 6', 'DATE', '2011-08-06'),
    ('four-year', 'DURATION', 'P4Y'),
    ('the previous evening', 'DATE|TIME', '2011-08-05TEV'),
    ('February', 'DATE', '2011-02'),
    ('hours', 'DURATION', 'PTXH'),
    ('Two days later', 'DATE', '2011-08-08'),
    ('That weekend', 'DATE', '2011-W32-WE'),
    ('Aug. 22', 'DATE', '2011-08-22'),
    ('three days', 'DURATION', 'P3D'),
    ('The following week', 'DATE', '2011-W35'),
    ('24-hour', 'DURATION', 'PT24H'),
    ('18 months', 'DURATION', 'P18M'),
    ('Sept. 9', 'DATE', '2011-09-09'),
    ('next year', 'DATE', '2012'),
    ('the weekend', 'DATE', '2011-W36-WE'),
    ('Monday night', 'DATE|TIME', '2011-09-12TNI'),
    ('last year', 'DATE', '2010'),
    ('this week', 'DATE', '2011-W37'),
    ('this month', 'DATE', '2011-09'),
    ('Thursday', 'DATE', '2011-09-15'),
    ('July', 'DATE', '2011-07'),
    ('the end of the year', 'DATE', '2011'),
]),
# 9. Bloomberg, central bank (2014)
('2014-03-20', 'auto', """SNB Keeps Franc Cap, Says Currency Still High as Inflation Lags

By Anna Keller and Tom Rieder

The Swiss National Bank kept its cap on the franc and said the currency remains high, signaling it's in no hurry to abandon a policy it has defended for two and a half years.

The central bank will continue to enforce the minimum exchange rate of 1.20 francs per euro "with the utmost determination," it said in a statement in Zurich today. It kept the target range for the three-month Libor rate at zero to 0.25 percent, as predicted by all 21 economists in a Bloomberg News survey.

The SNB, led by President Thomas Jordan, introduced the cap in September 2011 after investors seeking a haven from the euro area's debt crisis drove the franc to near parity with the euro. It had cut the benchmark rate to close to zero in August of that year.

The franc traded at 1.2186 per euro at 10:05 a.m. in Zurich, little changed from yesterday. It has strengthened about 0.7 percent this year as the standoff over Ukraine boosted demand for haven assets.

The SNB cut its inflation forecast for 2014 to zero from 0.2 percent and said consumer prices will rise 0.4 percent next year. Jordan told reporters that the bank was ready to take further measures if needed and that the risk of deflation had not gone away.

"There's no reason for the SNB to move before the ECB does, and the ECB is still talking about easing," said Marcus Huber, an economist at Helvetia Bank in Basel. He expects the cap to stay in place through 2015.

The Swiss economy expanded 0.2 percent in the fourth quarter from the third quarter, and the SNB said it sees growth of about 2 percent this year, unchanged from its December forecast.

The central bank also repeated its concern about the housing market. It activated a countercyclical capital buffer for mortgage lending in February 2013 and in January raised it to 2 percent of risk-weighted positions, effective June 30. Prices for single-family homes have risen for more than a decade.

The decision follows the U.S. Federal Reserve's move yesterday to cut its monthly bond purchases by another $10 billion, to $55 billion. Fed Chair Janet Yellen said the central bank could begin raising interest rates around six months after the program ends.

The SNB's next quarterly assessment is scheduled for June 19.
""", [
    ('two and a half years', 'DURATION', 'P30M|P2.5Y'),
    ('today', 'DATE', '2014-03-20'),
    ('three-month', 'DURATION', 'P3M'),
    ('September 2011', 'DATE', '2011-09'),
    ('August of that year', 'DATE', '2011-08'),
    ('10:05 a.m.', 'TIME', '2014-03-20T10:05'),
    ('yesterday', 'DATE', '2014-03-19'),
    ('this year', 'DATE', '2014'),
    ('2014', 'DATE', '2014'),
    ('next year', 'DATE', '2015'),
    ('2015', 'DATE', '2015'),
    ('the fourth quarter', 'DATE', '2013-Q4'),
    ('the third quarter', 'DATE', '2013-Q3'),
    ('this year', 'DATE', '2014'),
    ('December', 'DATE', '2013-12'),
    ('February 2013', 'DATE', '2013-02'),
    ('January', 'DATE', '2014-01'),
    ('June 30', 'DATE', '2014-06-30'),
    ('more than a decade', 'DURATION', 'P10Y'),
    ('yesterday', 'DATE', '2014-03-19'),
    ('monthly', 'SET', 'P1M'),
    ('around six months', 'DURATION', 'P6M'),
    ('quarterly', 'SET', 'P3M'),
    ('June 19', 'DATE', '2014-06-19'),
]),
# 10. Financial Times, government budget (2017)
('2017-11-22', 'auto', """Hammond cuts growth forecasts and scraps stamp duty for first-time buyers

By Helen Marsh in London

Philip Hammond on Wednesday delivered a Budget overshadowed by the gloomiest productivity outlook in years, as the UK fiscal watchdog warned that the economy would grow more slowly than it had predicted only eight months ago.

The Office for Budget Responsibility cut its forecast for growth this year to 1.5 per cent from 2 per cent in March, and to 1.4 per cent in 2018. It does not expect growth to return to 2 per cent at any point before 2022.

The OBR said it had assumed for seven years that productivity growth would bounce back to its pre-crisis rate, and had repeatedly been proved wrong. It has cut its assumption for average productivity growth to 1.2 per cent a year from 1.6 per cent.

The chancellor's centrepiece was the abolition of stamp duty for first-time buyers on homes costing up to £300,000, which the Treasury said would help 80 per cent of first-time buyers. The change took effect on Wednesday.

He also promised an extra £3bn over the next two years to prepare for Brexit, and said the government would aim to build 300,000 homes a year by the middle of the next decade. The seven-day waiting period for new claimants of universal credit will be scrapped from February.

The OBR expects public sector borrowing of £49.9bn in 2017-18, down from the £58.3bn it forecast in March, mainly because of stronger tax receipts this year. Mr Hammond told MPs that debt would peak this year at 86.5 per cent of gross domestic product and start to fall next year.

"This is not the Budget of a chancellor with room to spare," said Rebecca Thorne, a fiscal analyst at the Resolution Foundation. "The productivity downgrade has wiped out most of the headroom he had in the spring."

Jeremy Corbyn, the Labour leader, said the chancellor had nothing to offer after "seven years of failure" on wages. Average earnings adjusted for inflation are still below their level of a decade ago.

Sterling fell briefly against the dollar during the statement, which began at 12:35pm and lasted about an hour, before recovering in late trading. Gilt yields were little changed.

It was Mr Hammond's first Budget since the general election in June stripped the Conservatives of their majority. He will deliver a shorter Spring Statement next March.
""", [
    ('Wednesday', 'DATE', '2017-11-22'),
    ('years', 'DURATION', 'PXY'),
    ('eight months ago', 'DATE', '2017-03'),
    ('this year', 'DATE', '2017'),
    ('March', 'DATE', '2017-03'),
    ('2018', 'DATE', '2018'),
    ('2022', 'DATE', '2022'),
    ('seven years', 'DURATION', 'P7Y'),
    ('a year', 'SET', 'P1Y'),
    ('Wednesday', 'DATE', '2017-11-22'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('a year', 'SET', 'P1Y'),
    ('the middle of the next decade', 'DATE', '202'),
    ('seven-day', 'DURATION', 'P7D'),
    ('February', 'DATE', '2018-02'),
    ('2017-18', 'DATE', '2017|2018'),
    ('March', 'DATE', '2017-03'),
    ('this year', 'DATE', '2017'),
    ('this year', 'DATE', '2017'),
    ('next year', 'DATE', '2018'),
    ('the spring', 'DATE', '2017-SP'),
    ('seven years', 'DURATION', 'P7Y'),
    ('a decade ago', 'DATE', '2007'),
    ('12:35pm', 'TIME', '2017-11-22T12:35'),
    ('about an hour', 'DURATION', 'PT1H'),
    ('June', 'DATE', '2017-06'),
    ('next March', 'DATE', '2018-03'),
]),
# 11. Wall Street Journal, sports business told in narrative (2019)
('2019-08-29', 'auto', """Stadium Naming Deals Lose Luster After a Startup's Collapse

By Daniel Frost

When Vantix Payments Inc. agreed to pay $4 million a year to put its name on the Carolina Ironclads' stadium, the soccer team's owners thought they had found a partner for two decades.

The deal, signed on March 14, 2017, ran for 20 years and was the largest naming-rights agreement in the United Soccer League. Three weeks later, workers bolted a 40-foot Vantix logo to the stadium's east stand, and the team's president, Glenn Axtell, called it "the moment this club grew up."

The money stopped after barely 18 months.

Vantix, a Charlotte, N.C., startup that processed card payments for small merchants, was raising money at a valuation of $1.1 billion. That summer it hired 300 people and sponsored a halftime show at every home game. By the following spring, its growth had stalled after two large banks stopped referring customers, according to people familiar with the company.

The first missed payment came on Oct. 1, 2018. The team gave Vantix 60 days to pay. On Nov. 30, when the grace period ran out, the company wired half the amount and asked to renegotiate. Two months later, it laid off a third of its staff.

In May, Vantix filed for chapter 11 bankruptcy protection in Delaware. The team's lawyers spent the next six weeks trying to recover about $5.2 million owed under the contract. On Tuesday, a bankruptcy judge approved a settlement that pays the team 31 cents on the dollar and ends the agreement at midnight on Sept. 30.

"We're not bitter," Mr. Axtell said in an interview this week. "But we've learned to ask more questions."

The episode reflects a broader shift in the market for naming rights, which for decades was dominated by banks, airlines and telecommunications companies. In recent years, younger technology and cryptocurrency firms have signed a growing share of the deals, often paying more to win attention quickly, said Kelly Ruane, who advises teams at sports-marketing firm Apex Partners.

Teams are responding by asking for larger upfront payments, letters of credit and shorter terms. "Ten years used to be the minimum anyone would sign," Ms. Ruane said. "Now we see five, and sometimes three with options to extend."

The Ironclads have hired a firm to find a new sponsor by early next year. In the meantime, the stadium will go back to its original name, Riverside Field, beginning Oct. 1. Workers are scheduled to take down the Vantix sign next Tuesday.
""", [
    ('a year', 'SET', 'P1Y'),
    ('two decades', 'DURATION', 'P20Y'),
    ('March 14, 2017', 'DATE', '2017-03-14'),
    ('20 years', 'DURATION', 'P20Y'),
    ('Three weeks later', 'DATE', '2017-W14|2017-04-04'),
    ('18 months', 'DURATION', 'P18M'),
    ('That summer', 'DATE', '2017-SU'),
    ('the following spring', 'DATE', '2018-SP'),
    ('Oct. 1, 2018', 'DATE', '2018-10-01'),
    ('60 days', 'DURATION', 'P60D'),
    ('Nov. 30', 'DATE', '2018-11-30'),
    ('Two months later', 'DATE', '2019-01'),
    ('May', 'DATE', '2019-05'),
    ('the next six weeks', 'DURATION', 'P6W'),
    ('Tuesday', 'DATE', '2019-08-27'),
    ('midnight on Sept. 30', 'TIME', '2019-09-30T24:00|2019-10-01T00:00'),
    ('this week', 'DATE', '2019-W35'),
    ('decades', 'DURATION', 'PXY'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('Ten years', 'DURATION', 'P10Y'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('early next year', 'DATE', '2020'),
    ('Oct. 1', 'DATE', '2019-10-01'),
    ('next Tuesday', 'DATE', '2019-09-03'),
]),
# 12. Dow Jones Newswires, central bank and economy (2022)
('2022-05-05', 'auto', """Bank of England Raises Rates to 1%, Warns of Recession Risk

By Emma Clarke

LONDON--The Bank of England raised its key interest rate for the fourth straight meeting Thursday and warned that the U.K. economy risks shrinking later this year as soaring energy costs push inflation above 10%.

The BOE's Monetary Policy Committee voted 6-3 to lift the bank rate by a quarter percentage point to 1%, its highest level since February 2009. The three dissenters wanted a larger, half-point increase.

The decision, announced at noon in London, came after the U.S. Federal Reserve on Wednesday raised its benchmark rate by half a percentage point, its biggest increase since 2000.

The central bank said consumer prices, which rose 7% in March from a year earlier, would climb by more than 10% in the fourth quarter, when household energy bills are set to jump again after a regulated price cap is reset in October.

The bank expects gross domestic product to contract late this year and to fall by 0.25% in 2023 as a whole, a sharp downgrade from its February forecast.

Governor Andrew Bailey said policy makers faced a difficult balance between curbing inflation and supporting an economy hit by the biggest squeeze on household incomes in decades. Inflation has been above the bank's 2% target for nearly a year.

The BOE has raised rates at each of its last four meetings, starting in December, when it became the first major central bank to lift borrowing costs since the pandemic began. It had held the rate at a record low of 0.1% for 21 months before that.

Investors pared bets on further increases after the bank's forecasts. The pound fell more than 2% against the dollar to $1.2377 in late afternoon trading, its weakest level since mid-2020, and the yield on two-year gilts dropped 0.18 percentage point.

"The bank is essentially telling us it expects a recession and will raise rates anyway," said Oliver Grant, chief economist at Hartwell Asset Management in London. "That's an uncomfortable place for any central bank to be."

Economists at several banks said they expect the bank rate to reach 1.5% by the end of the summer. The MPC's next decision is due June 16.

Write to Emma Clarke at emma.clarke@wsj.com
""", [
    ('Thursday', 'DATE', '2022-05-05'),
    ('later this year', 'DATE', '2022'),
    ('February 2009', 'DATE', '2009-02'),
    ('noon', 'TIME', '2022-05-05T12:00'),
    ('Wednesday', 'DATE', '2022-05-04'),
    ('2000', 'DATE', '2000'),
    ('March', 'DATE', '2022-03'),
    ('a year earlier', 'DATE', '2021-03'),
    ('the fourth quarter', 'DATE', '2022-Q4'),
    ('October', 'DATE', '2022-10'),
    ('late this year', 'DATE', '2022'),
    ('2023', 'DATE', '2023'),
    ('February', 'DATE', '2022-02'),
    ('decades', 'DURATION', 'PXY'),
    ('nearly a year', 'DURATION', 'P1Y'),
    ('December', 'DATE', '2021-12'),
    ('21 months', 'DURATION', 'P21M'),
    ('late afternoon', 'DATE|TIME', '2022-05-05TAF'),
    ('mid-2020', 'DATE', '2020'),
    ('two-year', 'DURATION', 'P2Y'),
    ('the end of the summer', 'DATE', '2022-SU'),
    ('June 16', 'DATE', '2022-06-16'),
]),
]
