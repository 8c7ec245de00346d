# Gold TIMEX3 probe set 123: 1989-2000 wire-era business, markets, politics and foreign news (AP, NYT, WSJ, Reuters, UPI, Dow Jones), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. WSJ, steelmaker third-quarter earnings (1989)
('1989-11-08', 'auto', """Hartwell Industries Net Fell 18% in Third Quarter; Strike, Steel Prices Cited

PITTSBURGH -- Hartwell Industries Inc. said third-quarter net income fell 18%, hurt by weaker steel prices and a strike at its Ohio tubing plant that lasted nearly seven weeks.

The specialty-metals concern said net for the quarter ended Sept. 30 was $41.2 million, or $1.07 a share, compared with $50.3 million, or $1.31 a share, a year earlier. Sales slipped 4% to $612 million from $637.5 million.

For the nine months, net was $139.6 million, or $3.63 a share, down from $151 million, or $3.94 a share, in the same period last year.

The results, released after the close of trading yesterday, were roughly in line with analysts' estimates, which had been lowered in recent weeks. In New York Stock Exchange composite trading yesterday, Hartwell shares closed at $38.25, down 50 cents. The stock has fallen about 20% since mid-August.

"The third quarter was the low point," Chairman Walter J. Beame said in an interview. "We expect the fourth quarter to show some improvement, and we think 1990 will be better for the whole industry."

The strike by the United Steelworkers at the company's Youngstown, Ohio, plant began July 24 and ended Sept. 8, when workers ratified a three-year contract. Mr. Beame said the walkout cost the company about 22 cents a share in the quarter.

Hartwell also said its board on Monday approved a plan to buy back as many as two million common shares over the next 18 months. The company repurchased 1.5 million shares in 1988.

Analysts said the outlook for the first half of next year depends largely on auto makers, which have cut production schedules through December. "Inventories are still too high now, and they won't be worked down until the spring," said Ellen Marquez, an analyst at Kidder, Peabody & Co.

Hartwell pays a dividend of 30 cents a share each quarter. The company, which has raised its payout every year since 1983, said directors would review the dividend at their December meeting. The board last raised it in February.

Hartwell, which employs about 9,400 people, will hold its shareholders meeting April 18 in Pittsburgh.
""", [
    ('Third Quarter', 'DATE', '1989-Q3'),
    ('third-quarter', 'DATE', '1989-Q3'),
    ('nearly seven weeks', 'DURATION', 'P7W'),
    ('the quarter', 'DATE', '1989-Q3'),
    ('Sept. 30', 'DATE', '1989-09-30'),
    ('a year earlier', 'DATE', '1988-Q3|1988'),
    ('the nine months', 'DURATION', 'P9M'),
    ('last year', 'DATE', '1988'),
    ('yesterday', 'DATE', '1989-11-07'),
    ('recent weeks', 'DURATION|DATE', 'PXW|PAST_REF'),
    ('yesterday', 'DATE', '1989-11-07'),
    ('mid-August', 'DATE', '1989-08'),
    ('The third quarter', 'DATE', '1989-Q3'),
    ('the fourth quarter', 'DATE', '1989-Q4'),
    ('1990', 'DATE', '1990'),
    ('July 24', 'DATE', '1989-07-24'),
    ('Sept. 8', 'DATE', '1989-09-08'),
    ('three-year', 'DURATION', 'P3Y'),
    ('the quarter', 'DATE', '1989-Q3'),
    ('Monday', 'DATE', '1989-11-06'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('1988', 'DATE', '1988'),
    ('the first half of next year', 'DATE', '1990-H1'),
    ('December', 'DATE', '1989-12'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the spring', 'DATE', '1990-SP'),
    ('each quarter', 'SET', 'P3M|XXXX-QX'),
    ('every year', 'SET', 'P1Y'),
    ('1983', 'DATE', '1983'),
    ('December', 'DATE', '1989-12'),
    ('February', 'DATE', '1989-02'),
    ('April 18', 'DATE', '1990-04-18'),
]),
# 2. AP, federal budget summit after the tax statement (1990)
('1990-06-27', 'auto', """Budget Bargainers Aim for Deal by July 20

WASHINGTON (AP) -- White House and congressional budget negotiators, meeting for the first time since President Bush dropped his no-new-taxes pledge on Tuesday, agreed today to try to complete a deficit-reduction package by July 20, ahead of the August recess.

The negotiators met for nearly four hours this morning in a room off the Senate floor and scheduled another session for Friday. Aides said the talks would then continue daily next week, breaking only for the July 4 holiday.

"We've lost six weeks already," said Rep. Thomas Keane, D-Mo., a member of the House Budget Committee. "If we don't have a framework by mid-July, there is no way the spending bills are done before Oct. 1."

The summit opened May 17 with the aim of cutting $50 billion from the deficit in fiscal 1991, which begins Oct. 1, and about $500 billion over five years. Two weeks later, the talks stalled over Democratic demands that the White House put taxes on the table first.

That changed Tuesday morning, when the White House issued a brief written statement saying any package would have to include "tax revenue increases." Conservative Republicans spent Tuesday night and much of today protesting the shift, and some threatened to oppose any agreement.

Rep. Carl Hobart, R-Ga., said 40 House Republicans had signed a letter opposing higher income tax rates. "The voters remember 1988, and so do we," he said.

Under the Gramm-Rudman deficit law, the deficit target for fiscal 1991 is $64 billion. Estimates released in March put the deficit at $138 billion, and budget officials said recently that it could top $150 billion once the cost of the savings and loan bailout is counted. If no agreement is reached by Oct. 15, automatic across-the-board spending cuts would take effect.

The last budget summit, in the fall of 1987, produced a two-year agreement after the October stock market crash. Participants said that deal took nearly a month to negotiate.

Sen. Paul Ridley, R-Kan., urged negotiators to stop briefing reporters after each session. "We can't negotiate in the newspapers every morning," he said.

Democrats said they would not put forward their own tax proposals until the White House spelled out what it meant. Negotiators said they hoped to have a draft on the table by the end of next week.
""", [
    ('July 20', 'DATE', '1990-07-20'),
    ('Tuesday', 'DATE', '1990-06-26'),
    ('today', 'DATE', '1990-06-27'),
    ('July 20', 'DATE', '1990-07-20'),
    ('August', 'DATE', '1990-08'),
    ('nearly four hours', 'DURATION', 'PT4H'),
    ('this morning', 'DATE|TIME', '1990-06-27TMO'),
    ('Friday', 'DATE', '1990-06-29'),
    ('daily', 'SET', 'P1D'),
    ('next week', 'DATE', '1990-W27'),
    ('July 4', 'DATE', '1990-07-04'),
    ('six weeks', 'DURATION', 'P6W'),
    ('mid-July', 'DATE', '1990-07'),
    ('Oct. 1', 'DATE', '1990-10-01'),
    ('May 17', 'DATE', '1990-05-17'),
    ('fiscal 1991', 'DATE', '1991|FY1991'),
    ('Oct. 1', 'DATE', '1990-10-01'),
    ('five years', 'DURATION', 'P5Y'),
    ('Two weeks later', 'DATE', '1990-05-31|1990-W22'),
    ('Tuesday morning', 'DATE|TIME', '1990-06-26TMO'),
    ('Tuesday night', 'DATE|TIME', '1990-06-26TNI'),
    ('today', 'DATE', '1990-06-27'),
    ('1988', 'DATE', '1988'),
    ('fiscal 1991', 'DATE', '1991|FY1991'),
    ('March', 'DATE', '1990-03'),
    ('recently', 'DATE', 'PAST_REF'),
    ('Oct. 15', 'DATE', '1990-10-15'),
    ('the fall of 1987', 'DATE', '1987-FA'),
    ('two-year', 'DURATION', 'P2Y'),
    ('October', 'DATE', '1987-10'),
    ('nearly a month', 'DURATION', 'P1M'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
    ('the end of next week', 'DATE', '1990-W27'),
]),
# 3. Reuters, Cambodian factions' talks in Jakarta told day by day (1991)
('1991-02-14', 'auto', """Cambodian talks in Jakarta end without accord

JAKARTA, Feb 14 (Reuter) - Four days of talks between Cambodia's warring factions ended on Thursday without agreement on a ceasefire, but the parties said they would meet again in Paris next month.

The talks opened on Monday with a two-hour speech by Indonesia's foreign minister, who urged the four factions to set aside "13 years of bitterness." Negotiators spent the next day in closed sessions on the make-up of a supreme national council.

By Wednesday morning the Khmer Rouge delegation had walked out once, and a joint statement planned for that evening was put off until the following afternoon. When it came, at 3:15 p.m. on Thursday, it committed the factions only to "continue the dialogue."

"It is a small step, but it is a step," said a Western diplomat who attended the sessions. "Two years ago they would not sit in the same room."

The Paris meeting, tentatively set for March 18, would be the first full session of the international conference on Cambodia since it was suspended in August 1989 after a month of talks. Diplomats said a settlement before the start of the rainy season in May was unlikely.

Fighting has intensified in western Cambodia in recent weeks, with government troops reporting shelling near Battambang almost every night. Thai officials said on Wednesday that about 2,000 refugees had crossed the border since the beginning of February.

Vietnam, which withdrew its troops from Cambodia in September 1989, backed the Phnom Penh government's call for an immediate ceasefire. A Vietnamese foreign ministry official said in Hanoi on Tuesday that his government hoped a peace accord could be signed "within this year."

The Khmer Rouge, whose rule in the late 1970s left more than a million Cambodians dead, rejected any ceasefire that would leave government troops in the positions they hold now. A spokesman for the group told reporters the talks had been "useful but premature."

The United Nations Security Council's five permanent members, who drafted a peace framework last August, are due to meet at deputy foreign minister level in New York at the end of the month.
""", [
    ('Feb 14', 'DATE', '1991-02-14'),
    ('Four days', 'DURATION', 'P4D'),
    ('Thursday', 'DATE', '1991-02-14'),
    ('next month', 'DATE', '1991-03'),
    ('Monday', 'DATE', '1991-02-11'),
    ('two-hour', 'DURATION', 'PT2H'),
    ('13 years', 'DURATION', 'P13Y'),
    ('the next day', 'DATE', '1991-02-12'),
    ('Wednesday morning', 'DATE|TIME', '1991-02-13TMO'),
    ('that evening', 'DATE|TIME', '1991-02-13TEV'),
    ('the following afternoon', 'DATE|TIME', '1991-02-14TAF'),
    ('3:15 p.m. on Thursday', 'TIME', '1991-02-14T15:15'),
    ('Two years ago', 'DATE', '1989'),
    ('March 18', 'DATE', '1991-03-18'),
    ('August 1989', 'DATE', '1989-08'),
    ('a month', 'DURATION', 'P1M'),
    ('May', 'DATE', '1991-05'),
    ('recent weeks', 'DURATION|DATE', 'PXW|PAST_REF'),
    ('every night', 'SET', 'XXXX-XX-XXTNI|P1D'),
    ('Wednesday', 'DATE', '1991-02-13'),
    ('the beginning of February', 'DATE', '1991-02'),
    ('September 1989', 'DATE', '1989-09'),
    ('Tuesday', 'DATE', '1991-02-12'),
    ('this year', 'DATE', '1991'),
    ('the late 1970s', 'DATE', '197'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('last August', 'DATE', '1990-08'),
    ('the end of the month', 'DATE', '1991-02'),
]),
# 4. NYT, the pound leaves the European exchange rate mechanism (1992)
('1992-09-17', 'auto', """Pound Is Pulled From Europe's Currency Grid

Britain suspended the pound's membership in the European exchange rate mechanism late yesterday, capping a frantic session in which the Bank of England twice raised its key lending rate and spent billions of dollars in a failed effort to defend the currency.

The decision was announced by the Chancellor of the Exchequer outside the Treasury at about 7:40 p.m. London time. Britain had joined the system only in October 1990. Italy said early today that it, too, would let the lira float until further notice.

The Bank of England lifted its base lending rate to 12 percent from 10 percent at 11 a.m. and then to 15 percent at 2:15 p.m., its first double increase since the 1970s. By evening, the Government said the second increase would be rescinded, and the rate is expected to return to 12 percent today.

Traders in New York said the pound, which had closed Tuesday at 2.7780 marks, fell as low as 2.71 marks in late trading here. "Nobody has seen anything like this since the dollar crisis of 1985," said a currency dealer at a large New York bank. "We were taking calls from London at 4 in the morning."

The turmoil followed weeks of pressure on the pound and the lira ahead of Sunday's French referendum on the Maastricht treaty on European union. Polls published over the weekend showed the two sides nearly even, and traders said they expected more volatility until the result is known late Sunday night.

The German central bank trimmed its Lombard rate on Monday for the first time in almost five years. But the quarter-point cut was smaller than many in London had hoped, and the selling resumed within hours.

In the United States, the dollar rose sharply against the mark and Treasury bond prices rallied. The price of the 30-year bond rose more than a point, pushing its yield down to 7.31 percent from 7.39 percent on Tuesday.

Analysts said the Federal Reserve, which last cut short-term rates on Sept. 4, was unlikely to move again before the Nov. 3 election. "The Fed has done what it is going to do this year," said Martin Hale, chief economist at a Wall Street securities firm. "The pressure now is on the Bundesbank."

European finance ministers are scheduled to meet in Washington this weekend, ahead of the meetings of the International Monetary Fund and the World Bank next week. A British official said last night that re-entry into the mechanism was not on the agenda "for the foreseeable future."
""", [
    ('late yesterday', 'DATE', '1992-09-16'),
    ('about 7:40 p.m. London time', 'TIME', '1992-09-16T19:40'),
    ('October 1990', 'DATE', '1990-10'),
    ('early today', 'DATE', '1992-09-17'),
    ('11 a.m.', 'TIME', '1992-09-16T11:00'),
    ('2:15 p.m.', 'TIME', '1992-09-16T14:15'),
    ('the 1970s', 'DATE', '197'),
    ('evening', 'DATE|TIME', '1992-09-16TEV'),
    ('today', 'DATE', '1992-09-17'),
    ('Tuesday', 'DATE', '1992-09-15'),
    ('1985', 'DATE', '1985'),
    ('4 in the morning', 'TIME', '1992-09-16T04:00'),
    ('weeks', 'DURATION', 'PXW'),
    ('Sunday', 'DATE', '1992-09-20'),
    ('the weekend', 'DATE', '1992-W37-WE'),
    ('late Sunday night', 'DATE|TIME', '1992-09-20TNI'),
    ('Monday', 'DATE', '1992-09-14'),
    ('almost five years', 'DURATION', 'P5Y'),
    ('hours', 'DURATION', 'PTXH'),
    ('30-year', 'DURATION', 'P30Y'),
    ('Tuesday', 'DATE', '1992-09-15'),
    ('Sept. 4', 'DATE', '1992-09-04'),
    ('Nov. 3', 'DATE', '1992-11-03'),
    ('this year', 'DATE', '1992'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this weekend', 'DATE', '1992-W38-WE'),
    ('next week', 'DATE', '1992-W39'),
    ('last night', 'DATE|TIME', '1992-09-16TNI'),
    ('the foreseeable future', 'DATE', 'FUTURE_REF'),
]),
# 5. UPI, Senate committee vote on campaign finance (1993)
('1993-05-20', 'auto', """Senate Panel Approves Campaign Finance Bill

WASHINGTON (UPI) -- The Senate Rules Committee voted 9-7 along party lines Thursday to approve a campaign finance bill that would set voluntary spending limits for Senate races, sending the measure to the floor, where Republicans have promised a filibuster as early as next month.

Committee Democrats unveiled the compromise May 13, and the vote came a week later after two days of sometimes testy hearings. The White House, which sent its own proposal to Capitol Hill earlier this month, endorsed the committee bill in a statement Thursday evening.

Under the bill, candidates who agreed to limit spending would receive broadcast discounts and reduced postage rates. The limits would range from $1.2 million in the smallest states to $5.5 million in California and would be adjusted every two years for inflation.

The bill would also ban so-called soft money contributions to the national parties beginning Jan. 1, 1995, and require candidates to report large contributions within 48 hours.

Sen. Margaret Lowell, D-Ore., the committee chairman, said she hoped to bring the bill to the floor before the Memorial Day recess, which begins May 28. "We have been talking about this for six years," she said. "The public wants it done this year, not in 1995 or 1996."

Republicans said the measure amounted to public financing of campaigns. Sen. Robert Tillman, R-Ky., who led a filibuster that killed a similar bill in 1988 after eight days of debate, told reporters Wednesday afternoon that he had the 41 votes needed to block it again.

"They can bring it up in June or they can bring it up in September," Tillman said. "The answer will be the same."

Congress passed a similar bill last year, but President Bush vetoed it in May 1992. Supporters say the climate has changed since the November election, in which voters sent 110 new members to the House.

Public interest groups have spent the past 18 months lobbying for the measure. Common Cause said Thursday it would run radio advertisements twice a day in 12 states through the end of June and hold news conferences every Monday until the floor vote.

The House is expected to take up its own version in the fall. House leaders said recently that they would wait to see whether the Senate bill survives a filibuster.
""", [
    ('Thursday', 'DATE', '1993-05-20'),
    ('next month', 'DATE', '1993-06'),
    ('May 13', 'DATE', '1993-05-13'),
    ('a week later', 'DATE', '1993-05-20'),
    ('two days', 'DURATION', 'P2D'),
    ('earlier this month', 'DATE', '1993-05'),
    ('Thursday evening', 'DATE|TIME', '1993-05-20TEV'),
    ('every two years', 'SET', 'P2Y'),
    ('Jan. 1, 1995', 'DATE', '1995-01-01'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('Memorial Day', 'DATE', '1993-05-31'),
    ('May 28', 'DATE', '1993-05-28'),
    ('six years', 'DURATION', 'P6Y'),
    ('this year', 'DATE', '1993'),
    ('1995', 'DATE', '1995'),
    ('1996', 'DATE', '1996'),
    ('1988', 'DATE', '1988'),
    ('eight days', 'DURATION', 'P8D'),
    ('Wednesday afternoon', 'DATE|TIME', '1993-05-19TAF'),
    ('June', 'DATE', '1993-06'),
    ('September', 'DATE', '1993-09'),
    ('last year', 'DATE', '1992'),
    ('May 1992', 'DATE', '1992-05'),
    ('November', 'DATE', '1992-11'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('Thursday', 'DATE', '1993-05-20'),
    ('twice a day', 'SET', 'P1D'),
    ('the end of June', 'DATE', '1993-06'),
    ('every Monday', 'SET', 'XXXX-WXX-1'),
    ('the fall', 'DATE', '1993-FA'),
    ('recently', 'DATE', 'PAST_REF'),
]),
# 6. Dow Jones, software company's fiscal fourth quarter (1994)
('1994-07-21', 'auto', """Brightline Software 4th-Qtr Net Rises 31%; Sees Slower Growth

SEATTLE (Dow Jones)--Brightline Software Inc. (BLSW) said net income for its fiscal fourth quarter, ended June 30, rose 31% on strong demand for its database products from corporate customers.

The company earned $18.4 million, or 52 cents a share, in the quarter, up from $14 million, or 40 cents a share, a year earlier. Revenue rose 24% to $96.1 million from $77.5 million.

For fiscal 1994, net rose 27% to $63.2 million, or $1.79 a share, from $49.8 million, or $1.42 a share, in fiscal 1993. Revenue for the year was $351 million.

The results, released after the market closed Wednesday, beat the average analyst estimate of 48 cents a share, according to First Call. Brightline shares rose 2 1/4 to 41 1/2 in early trading Thursday on the Nasdaq Stock Market.

In a conference call with analysts, Chief Financial Officer Dana Whitcomb said revenue growth would probably slow to 15% to 18% in fiscal 1995, which began July 1, as the company shifts its sales force toward larger accounts. She said the fiscal first quarter, which ends Sept. 30, would be the weakest, because many customers don't set their budgets until October.

"We had an exceptional spring," Ms. Whitcomb said. "We don't expect to repeat that every quarter."

Brightline, which went public in March 1991, said it would ship version 4.0 of its flagship product in the second half of calendar 1994, after a delay of about six months. The delay contributed to a 22% drop in the stock from January to April.

The company, which adjusts its list prices twice a year, also said its board authorized a 3-for-2 stock split, payable Aug. 26 to holders of record Aug. 12.

Separately, Brightline said it expects to add about 200 employees over the next 12 months, mostly in sales and support, bringing its work force to about 1,400. "We hired faster in fiscal 1994 than at any time since the company was founded in 1982," said Chairman Peter Lindqvist. "Customers are finally replacing the mainframe systems they bought in the 1970s."
""", [
    ('4th-Qtr', 'DATE', '1994-Q2|FY1994-Q4'),
    ('fiscal fourth quarter', 'DATE', '1994-Q2|FY1994-Q4'),
    ('June 30', 'DATE', '1994-06-30'),
    ('the quarter', 'DATE', '1994-Q2|FY1994-Q4'),
    ('a year earlier', 'DATE', '1993-Q2|FY1993-Q4'),
    ('fiscal 1994', 'DATE', '1994|FY1994'),
    ('fiscal 1993', 'DATE', '1993|FY1993'),
    ('the year', 'DATE', '1994|FY1994'),
    ('Wednesday', 'DATE', '1994-07-20'),
    ('Thursday', 'DATE', '1994-07-21'),
    ('fiscal 1995', 'DATE', '1995|FY1995'),
    ('July 1', 'DATE', '1994-07-01'),
    ('the fiscal first quarter', 'DATE', '1994-Q3|FY1995-Q1'),
    ('Sept. 30', 'DATE', '1994-09-30'),
    ('October', 'DATE', '1994-10'),
    ('spring', 'DATE', '1994-SP'),
    ('every quarter', 'SET', 'P3M|XXXX-QX'),
    ('March 1991', 'DATE', '1991-03'),
    ('the second half of calendar 1994', 'DATE', '1994-H2'),
    ('about six months', 'DURATION', 'P6M'),
    ('January', 'DATE', '1994-01'),
    ('April', 'DATE', '1994-04'),
    ('twice a year', 'SET', 'P1Y'),
    ('Aug. 26', 'DATE', '1994-08-26'),
    ('Aug. 12', 'DATE', '1994-08-12'),
    ('the next 12 months', 'DURATION', 'P12M'),
    ('fiscal 1994', 'DATE', '1994|FY1994'),
    ('1982', 'DATE', '1982'),
    ('the 1970s', 'DATE', '197'),
]),
# 7. AP, Bosnian peace talks at Dayton told day by day (1995)
('1995-11-09', 'auto', """U.S. Envoy Presses Balkan Leaders for Quick Accord

DAYTON, Ohio (AP) -- The chief U.S. mediator at the Bosnian peace talks has told the presidents of Bosnia, Serbia and Croatia that he wants a framework agreement within a week and that the talks could be suspended if there is no progress by the end of next week, officials said today.

The talks at Wright-Patterson Air Force Base opened Nov. 1 with a handshake among the three presidents. The next day, negotiators broke into working groups on a constitution, elections and the map of Bosnia. By Saturday, the map group had stopped meeting.

Officials said the sides made progress Monday on a deal for eastern Slavonia, the last Serb-held area of Croatia, but the talks stalled again the following day when the Bosnian Serbs demanded a wider corridor near Brcko. A senior U.S. official said a session that began Wednesday night broke up at 1:30 a.m. today without agreement.

"Every night we think we are close, and every morning we start over," said the official, who spoke on condition of anonymity. "We can't do this for another month."

The 60-day cease-fire in Bosnia took effect Oct. 12 and is due to expire in mid-December. The United Nations says about 250,000 people have been killed or are missing since the war began in April 1992.

If an agreement is reached, it would be signed formally in Paris, possibly before Christmas, and enforced by a NATO force of about 60,000 troops, including 20,000 Americans, for about a year.

Administration officials are to brief congressional leaders on the deployment plans next Tuesday. Congress has been cool to the idea; a House resolution passed Oct. 30 said no troops should be sent without lawmakers' approval.

In Sarajevo, residents said electricity had been cut every evening since Sunday, and that food prices had doubled in the past two weeks as aid convoys stalled on the mountain roads. "We have lived like this for three and a half years," said Amra Hadzic, 34, a teacher. "We cannot survive like this much longer."

Officials in Dayton said the Bosnian foreign minister had threatened Tuesday to leave by the weekend unless the Serbs gave ground on Sarajevo. A U.S. spokesman said the Bosnian delegation was still at the base and would meet the mediators again this afternoon.
""", [
    ('a week', 'DURATION', 'P1W'),
    ('the end of next week', 'DATE', '1995-W46'),
    ('today', 'DATE', '1995-11-09'),
    ('Nov. 1', 'DATE', '1995-11-01'),
    ('The next day', 'DATE', '1995-11-02'),
    ('Saturday', 'DATE', '1995-11-04'),
    ('Monday', 'DATE', '1995-11-06'),
    ('the following day', 'DATE', '1995-11-07'),
    ('Wednesday night', 'DATE|TIME', '1995-11-08TNI'),
    ('1:30 a.m. today', 'TIME', '1995-11-09T01:30'),
    ('Every night', 'SET', 'XXXX-XX-XXTNI|P1D'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
    ('another month', 'DURATION', 'P1M'),
    ('60-day', 'DURATION', 'P60D'),
    ('Oct. 12', 'DATE', '1995-10-12'),
    ('mid-December', 'DATE', '1995-12'),
    ('April 1992', 'DATE', '1992-04'),
    ('Christmas', 'DATE', '1995-12-25'),
    ('about a year', 'DURATION', 'P1Y'),
    ('next Tuesday', 'DATE', '1995-11-14'),
    ('Oct. 30', 'DATE', '1995-10-30'),
    ('every evening', 'SET', 'XXXX-XX-XXTEV|P1D'),
    ('Sunday', 'DATE', '1995-11-05'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('three and a half years', 'DURATION', 'P3.5Y|P42M'),
    ('Tuesday', 'DATE', '1995-11-07'),
    ('the weekend', 'DATE', '1995-W45-WE'),
    ('this afternoon', 'DATE|TIME', '1995-11-09TAF'),
]),
# 8. Reuters, Treasury market ahead of the February jobs report (1996)
('1996-03-06', 'auto', """U.S. bonds slip as market braces for jobs data

NEW YORK, March 6 (Reuter) - U.S. Treasury prices slipped on Wednesday as dealers trimmed positions ahead of Friday's February employment report, which many expect to show a rebound from January's storm-depressed figures.

By 3 p.m. EST, the benchmark 30-year bond was down 9/32 at 98-20/32 to yield 6.36 percent, up from 6.34 percent late Tuesday. The two-year note was off 2/32 to yield 5.20 percent.

Long bond yields have risen about half a percentage point since mid-February, when they touched 5.96 percent, as a run of stronger data undercut expectations of further Federal Reserve rate cuts. The Fed last eased on Jan. 31, cutting the federal funds rate to 5.25 percent.

"Everybody is sitting on their hands until 8:30 Friday morning," said a trader at one primary dealer. "Nobody wants to be caught long if that number comes in hot."

Economists polled by Reuters expect non-farm payrolls to have risen by 150,000 last month after a drop of 201,000 in January, when blizzards shut much of the East Coast for several days. The unemployment rate is forecast at 5.7 percent.

The Fed's policy-making Open Market Committee next meets on March 26. Most analysts said the central bank would leave rates unchanged at that meeting, but some said another cut was possible in the coming months if growth slowed in the first half.

Traders said memories of 1994, when the Fed raised rates six times and bond yields jumped by more than two percentage points, were still fresh. "Nobody here has forgotten February of '94," said one. "It took a whole year to recover from that."

The Treasury said it would sell $16.5 billion of three-year notes next Tuesday and $12 billion of 10-year notes the following day. Dealers said demand from Japanese investors, who had bought heavily at the last auctions in February, would be closely watched.

In other markets, the dollar rose to 105.40 yen from 104.95 late Tuesday, and the Dow Jones industrial average was up 31 points at 5,642. Stocks have gained about 10 percent since the start of the year.
""", [
    ('March 6', 'DATE', '1996-03-06'),
    ('Wednesday', 'DATE', '1996-03-06'),
    ('Friday', 'DATE', '1996-03-08'),
    ('February', 'DATE', '1996-02'),
    ('January', 'DATE', '1996-01'),
    ('3 p.m. EST', 'TIME', '1996-03-06T15:00'),
    ('30-year', 'DURATION', 'P30Y'),
    ('late Tuesday', 'DATE', '1996-03-05'),
    ('two-year', 'DURATION', 'P2Y'),
    ('mid-February', 'DATE', '1996-02'),
    ('Jan. 31', 'DATE', '1996-01-31'),
    ('8:30 Friday morning', 'TIME', '1996-03-08T08:30'),
    ('last month', 'DATE', '1996-02'),
    ('January', 'DATE', '1996-01'),
    ('several days', 'DURATION', 'PXD'),
    ('March 26', 'DATE', '1996-03-26'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('the first half', 'DATE', '1996-H1'),
    ('1994', 'DATE', '1994'),
    ("February of '94", 'DATE', '1994-02'),
    ('a whole year', 'DURATION', 'P1Y'),
    ('three-year', 'DURATION', 'P3Y'),
    ('next Tuesday', 'DATE', '1996-03-12'),
    ('10-year', 'DURATION', 'P10Y'),
    ('the following day', 'DATE', '1996-03-13'),
    ('February', 'DATE', '1996-02'),
    ('late Tuesday', 'DATE', '1996-03-05'),
    ('the start of the year', 'DATE', '1996'),
]),
# 9. NYT, the Oct. 27 stock market plunge and first trading halt (1997)
('1997-10-28', 'auto', """Dow Plunges 554 Points, Forcing First Halt in Trading

Stock prices plunged yesterday in the steepest point decline in the history of the Dow Jones industrial average, as the turmoil that has swept Asian markets for the last three months finally washed over Wall Street.

The Dow fell 554.26 points, or 7.18 percent, to close at 7,161.15. In percentage terms, the decline was the worst since the crash of Oct. 19, 1987, when the average lost 22.6 percent in a single session.

For the first time, the New York Stock Exchange invoked rules adopted after the 1987 crash that halt trading when the Dow falls sharply. Trading stopped for 30 minutes at 2:36 p.m., after the average had fallen 350 points, and then shut down altogether at 3:30 p.m., when the decline reached 550 points.

"It was like watching a slow-motion car wreck for six hours," said a floor trader. "Monday afternoon was as bad as anything I saw in '87."

The selling began in Hong Kong, where the Hang Seng index fell 6 percent on Monday, and spread across Europe before New York opened. Hong Kong's market has lost nearly a quarter of its value since Oct. 20, and traders there said they expected another volatile session today.

Exchange officials said they would review the circuit-breaker rules, which have not been changed since 1988. An exchange spokesman said the halts had worked as intended. "The market had time to breathe," he said.

Investors will get their next reading on the economy on Thursday, when the Commerce Department reports on gross domestic product for the third quarter. The Federal Reserve's policy committee meets Nov. 12, and most economists said yesterday that the market's fall made a rate increase this year unlikely.

Despite yesterday's losses, the Dow is still up 11 percent for the year, and many analysts said a decline was overdue after a rally that more than doubled stock prices from early 1995 to August of this year. "This is a correction, not a crash," said a strategist at a large brokerage firm. "Ten years ago, the economy was heading into trouble. Now it is growing at 3 percent with almost no inflation."
""", [
    ('yesterday', 'DATE', '1997-10-27'),
    ('the last three months', 'DURATION', 'P3M'),
    ('Oct. 19, 1987', 'DATE', '1987-10-19'),
    ('1987', 'DATE', '1987'),
    ('30 minutes', 'DURATION', 'PT30M'),
    ('2:36 p.m.', 'TIME', '1997-10-27T14:36'),
    ('3:30 p.m.', 'TIME', '1997-10-27T15:30'),
    ('six hours', 'DURATION', 'PT6H'),
    ('Monday afternoon', 'DATE|TIME', '1997-10-27TAF'),
    ("'87", 'DATE', '1987'),
    ('Monday', 'DATE', '1997-10-27'),
    ('Oct. 20', 'DATE', '1997-10-20'),
    ('today', 'DATE', '1997-10-28'),
    ('1988', 'DATE', '1988'),
    ('Thursday', 'DATE', '1997-10-30'),
    ('the third quarter', 'DATE', '1997-Q3'),
    ('Nov. 12', 'DATE', '1997-11-12'),
    ('yesterday', 'DATE', '1997-10-27'),
    ('this year', 'DATE', '1997'),
    ('yesterday', 'DATE', '1997-10-27'),
    ('the year', 'DATE', '1997'),
    ('early 1995', 'DATE', '1995'),
    ('August of this year', 'DATE', '1997-08'),
    ('Ten years ago', 'DATE', '1987'),
    ('Now', 'DATE', 'PRESENT_REF'),
]),
# 10. WSJ, regional bank merger announced (1998)
('1998-08-13', 'auto', """Midland Bancorp Agrees to Buy Prairie Financial for $2.1 Billion

OMAHA, Neb. -- Midland Bancorp agreed to acquire Prairie Financial Corp. for about $2.1 billion in stock, in a deal that would create the largest bank in the Plains states.

Under the agreement, announced yesterday, Prairie holders would receive 0.82 Midland share for each share they hold. Based on Midland's closing price of $51.375 on Tuesday, the offer values Prairie at about $42.13 a share, a 29% premium over its close that day.

In New York Stock Exchange composite trading yesterday, Prairie shares jumped $7.25 to $40, while Midland fell $2.0625 to $49.3125.

The companies said they expect to complete the transaction in the first quarter of 1999, pending approval by regulators and shareholders of both companies. They plan to cut about 1,800 jobs over two years and expect to save $140 million annually by the end of 2000.

It is Midland's third acquisition in 18 months and by far its largest. The Omaha company bought a small thrift in Kansas City in March 1997 and a Denver bank holding company last October.

Midland's chairman, Gordon Ashby, 58 years old, said the two companies began talking in early June, shortly after Prairie's chief executive, Ruth Calloway, disclosed in May that she planned to retire next year. Ms. Calloway will become vice chairman of the combined company and serve until her retirement in mid-1999.

"We've looked at each other for years," Mr. Ashby said in a telephone interview. "This spring the timing finally made sense for both boards." Prairie rejected an approach from a larger Chicago bank nearly three years ago.

Bank stocks have been volatile in recent weeks amid worries about the economies of Asia and Russia, and the KBW bank index has fallen 14% since its July 21 peak. Analysts said yesterday's deal could revive talk of further consolidation among regional banks, which has slowed since the spring.

Midland said it would take a charge of about $95 million when the deal closes. For the second quarter, Midland earned $61.2 million, or 94 cents a share, up 12% from a year earlier. Prairie earned $38.7 million in the first six months of 1998.
""", [
    ('yesterday', 'DATE', '1998-08-12'),
    ('Tuesday', 'DATE', '1998-08-11'),
    ('that day', 'DATE', '1998-08-11'),
    ('yesterday', 'DATE', '1998-08-12'),
    ('the first quarter of 1999', 'DATE', '1999-Q1'),
    ('two years', 'DURATION', 'P2Y'),
    ('annually', 'SET', 'P1Y'),
    ('the end of 2000', 'DATE', '2000'),
    ('18 months', 'DURATION', 'P18M'),
    ('March 1997', 'DATE', '1997-03'),
    ('last October', 'DATE', '1997-10'),
    ('early June', 'DATE', '1998-06'),
    ('May', 'DATE', '1998-05'),
    ('next year', 'DATE', '1999'),
    ('mid-1999', 'DATE', '1999'),
    ('years', 'DURATION', 'PXY'),
    ('This spring', 'DATE', '1998-SP'),
    ('nearly three years ago', 'DATE', '1995'),
    ('recent weeks', 'DURATION|DATE', 'PXW|PAST_REF'),
    ('July 21', 'DATE', '1998-07-21'),
    ('yesterday', 'DATE', '1998-08-12'),
    ('the spring', 'DATE', '1998-SP'),
    ('the second quarter', 'DATE', '1998-Q2'),
    ('a year earlier', 'DATE', '1997-Q2|1997'),
    ('the first six months of 1998', 'DATE|DURATION', '1998-H1|P6M'),
]),
# 11. UPI, WTO ministerial meeting under a Seattle curfew (1999)
('1999-12-02', 'auto', """WTO Talks Press On Under Seattle Curfew

SEATTLE, Dec. 2 (UPI) -- Trade ministers from 135 nations pressed ahead Thursday with talks aimed at launching a new round of global trade negotiations, as a curfew remained in effect in downtown Seattle after two days of street protests.

The city imposed the curfew at 7 p.m. Tuesday, after police used tear gas and rubber bullets to clear demonstrators who had kept delegates from reaching the opening session that morning. Police said about 500 people had been arrested by late Wednesday night, most of them for defying the curfew.

City officials said the curfew would be renewed each night at least through the weekend. Downtown merchants estimated their losses since Tuesday at $10 million.

Inside the convention center, negotiators worked until 3 a.m. Thursday on draft language on agriculture, the most contentious issue. The conference is scheduled to end Friday, but U.S. officials said they would keep talking through Friday night if necessary.

"We did not come here for four days to leave with nothing," said a senior U.S. trade official.

European ministers said they would not accept a deadline for ending farm export subsidies. "Europe has reformed its farm policy twice in the 1990s," said a French trade official. "We cannot promise a third reform in the next three years."

The last round of global trade talks, the Uruguay Round, opened in September 1986 and took more than seven years to complete. Developing countries say they are still waiting for promised benefits, including the phase-out of textile quotas by 2005.

Labor unions, which organized a march of some 30,000 people on Tuesday, said they planned more rallies on Saturday. Organizers said protest groups had been planning the demonstrations since early this year, using the Internet to recruit marchers from as far away as Canada and France.

President Clinton, who met trade ministers Wednesday, said in a newspaper interview published that morning that he favored eventually using trade sanctions to enforce labor standards, a remark that angered delegates from developing countries. The WTO's members meet at the ministerial level every two years.
""", [
    ('Dec. 2', 'DATE', '1999-12-02'),
    ('Thursday', 'DATE', '1999-12-02'),
    ('two days', 'DURATION', 'P2D'),
    ('7 p.m. Tuesday', 'TIME', '1999-11-30T19:00'),
    ('that morning', 'DATE|TIME', '1999-11-30TMO'),
    ('late Wednesday night', 'DATE|TIME', '1999-12-01TNI'),
    ('each night', 'SET', 'XXXX-XX-XXTNI|P1D'),
    ('the weekend', 'DATE', '1999-W48-WE'),
    ('Tuesday', 'DATE', '1999-11-30'),
    ('3 a.m. Thursday', 'TIME', '1999-12-02T03:00'),
    ('Friday', 'DATE', '1999-12-03'),
    ('Friday night', 'DATE|TIME', '1999-12-03TNI'),
    ('four days', 'DURATION', 'P4D'),
    ('the 1990s', 'DATE', '199'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('September 1986', 'DATE', '1986-09'),
    ('more than seven years', 'DURATION', 'P7Y'),
    ('2005', 'DATE', '2005'),
    ('Tuesday', 'DATE', '1999-11-30'),
    ('Saturday', 'DATE', '1999-12-04'),
    ('early this year', 'DATE', '1999'),
    ('Wednesday', 'DATE', '1999-12-01'),
    ('that morning', 'DATE|TIME', '1999-12-01TMO'),
    ('every two years', 'SET', 'P2Y'),
]),
# 12. Dow Jones, Nasdaq rebound on first-quarter technology earnings (2000)
('2000-04-19', 'auto', """Nasdaq Extends Rebound As Tech Earnings Top Forecasts

NEW YORK (Dow Jones)--The Nasdaq Composite Index rose for a third straight session Wednesday morning, as strong first-quarter earnings from several large technology companies eased fears that last week's sell-off signaled the end of the bull market.

At 11:45 a.m. EDT, the Nasdaq was up 31.20, or 0.8%, at 3,824.77, after gaining 217.87 points on Monday and 254.41 on Tuesday. The index fell 25% last week, including a record 355.49-point drop on Friday, April 14, and is still down 24% from its March 10 peak of 5,048.62.

Veltrix Semiconductor Corp. said late Tuesday that its first-quarter net income more than tripled to $212 million, or 61 cents a share, from $64.8 million, or 19 cents, a year earlier. Analysts surveyed by First Call/Thomson Financial had expected 52 cents.

Veltrix said orders in the quarter were the strongest in its 16-year history and that it expected second-quarter revenue to rise 8% to 10% sequentially. Its shares were up 9% at $88.50.

Networking company Orbis Systems Inc. said net income for its fiscal third quarter, ended April 1, rose 45% to $98 million, while revenue climbed 38%. The company said it would hire 1,500 people in the coming months.

"The fundamentals never changed," said a portfolio manager at a Boston mutual fund firm. "What changed last week was psychology. People who had only seen the market go up since 1998 found out it can go down 10% in one session."

Investors are also watching the Federal Reserve, which has raised short-term interest rates five times since last June and is widely expected to raise them again at its May 16 meeting. Traders will look for clues in Thursday's weekly report on jobless claims.

Through Tuesday, the Nasdaq was down 7% since Jan. 1, while the Dow Jones Industrial Average was down 6% for the year.

Some strategists warned that the rebound may not last. "We could see last week's lows tested again in the coming weeks," said Karen Delgado, chief market strategist at a New York brokerage firm. "It took the market nearly three months to recover after the October 1998 sell-off, and that was a much smaller decline."
""", [
    ('Wednesday morning', 'DATE|TIME', '2000-04-19TMO'),
    ('first-quarter', 'DATE', '2000-Q1'),
    ('last week', 'DATE', '2000-W15'),
    ('11:45 a.m. EDT', 'TIME', '2000-04-19T11:45'),
    ('Monday', 'DATE', '2000-04-17'),
    ('Tuesday', 'DATE', '2000-04-18'),
    ('last week', 'DATE', '2000-W15'),
    ('Friday, April 14', 'DATE', '2000-04-14'),
    ('March 10', 'DATE', '2000-03-10'),
    ('late Tuesday', 'DATE', '2000-04-18'),
    ('first-quarter', 'DATE', '2000-Q1'),
    ('a year earlier', 'DATE', '1999-Q1|1999'),
    ('the quarter', 'DATE', '2000-Q1'),
    ('16-year', 'DURATION', 'P16Y'),
    ('second-quarter', 'DATE', '2000-Q2'),
    ('fiscal third quarter', 'DATE', '2000-Q1|FY2000-Q3'),
    ('April 1', 'DATE', '2000-04-01'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('last week', 'DATE', '2000-W15'),
    ('1998', 'DATE', '1998'),
    ('last June', 'DATE', '1999-06'),
    ('May 16', 'DATE', '2000-05-16'),
    ('Thursday', 'DATE', '2000-04-20'),
    ('weekly', 'SET', 'P1W'),
    ('Tuesday', 'DATE', '2000-04-18'),
    ('Jan. 1', 'DATE', '2000-01-01'),
    ('the year', 'DATE', '2000'),
    ('last week', 'DATE', '2000-W15'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('nearly three months', 'DURATION', 'P3M'),
    ('October 1998', 'DATE', '1998-10'),
]),
]
