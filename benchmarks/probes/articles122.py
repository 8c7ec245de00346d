# Gold TIMEX3 probe set 122: 1989-2000 wire business, markets, politics and foreign news (TimeBank era), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. WSJ, industrial pump maker's third-quarter earnings (1989)
('1989-10-24', 'auto', """Halvorsen Industries Posts 18% Drop in Third-Quarter Profit

NEW YORK -- Halvorsen Industries Inc., the Milwaukee-based maker of industrial pumps, said third-quarter earnings fell 18% from a year earlier, hurt by weak orders from oil refiners and a stronger dollar.

Net income for the quarter was $24.6 million, or 81 cents a share, compared with $30 million, or 99 cents a share, in the third quarter of 1988. Revenue slipped 4% to $412 million.

The results, released after the close of trading yesterday, were below the 95 cents a share that analysts had expected as recently as last month. In composite trading on the New York Stock Exchange yesterday, Halvorsen shares closed at $31.25, down 75 cents. The stock has fallen about 20% since Oct. 13, when the Dow Jones Industrial Average plunged 190.58 points.

"It was a difficult summer for us," said Chairman Walter Brandt in a telephone interview. "Orders in July and August were the weakest we've seen since 1986, and September was only a little better."

Mr. Brandt said the company expects fourth-quarter results to be "roughly flat" with the fourth quarter of 1988 and that a restructuring announced in June would be completed by the end of the year. The plan, which eliminates 1,100 jobs over 18 months, will produce a pretax charge of about $40 million in the current quarter.

For the first nine months, Halvorsen earned $81.3 million, or $2.68 a share, down from $88.1 million, or $2.90 a share, a year earlier.

Analysts said the company's troubles run deeper than weak orders. "They've been losing market share to the Japanese for three years," said Linda Kessler of Shearson Lehman Hutton Inc. "The next 18 months will tell whether the restructuring works." She cut her estimate for fiscal 1990 to $3.40 a share from $3.85.

Halvorsen also said its board on Monday declared the regular quarterly dividend of 30 cents a share, payable Dec. 1 to holders of record Nov. 10. The company pays dividends four times a year and has raised the payout annually since 1975.

Mr. Brandt, 61, said he would discuss the outlook with securities analysts at a meeting in New York on Thursday. The company's shareholders will meet in April.
""", [
    ('Third-Quarter', 'DATE', '1989-Q3'),
    ('third-quarter', 'DATE', '1989-Q3'),
    ('a year earlier', 'DATE', '1988-Q3|1988'),
    ('the quarter', 'DATE', '1989-Q3'),
    ('the third quarter of 1988', 'DATE', '1988-Q3'),
    ('yesterday', 'DATE', '1989-10-23'),
    ('last month', 'DATE', '1989-09'),
    ('yesterday', 'DATE', '1989-10-23'),
    ('Oct. 13', 'DATE', '1989-10-13'),
    ('summer', 'DATE', '1989-SU'),
    ('July', 'DATE', '1989-07'),
    ('August', 'DATE', '1989-08'),
    ('1986', 'DATE', '1986'),
    ('September', 'DATE', '1989-09'),
    ('fourth-quarter', 'DATE', '1989-Q4'),
    ('the fourth quarter of 1988', 'DATE', '1988-Q4'),
    ('June', 'DATE', '1989-06'),
    ('the end of the year', 'DATE', '1989'),
    ('18 months', 'DURATION', 'P18M'),
    ('the current quarter', 'DATE', '1989-Q4'),
    ('the first nine months', 'DURATION', 'P9M'),
    ('a year earlier', 'DATE', '1988'),
    ('three years', 'DURATION', 'P3Y'),
    ('The next 18 months', 'DURATION', 'P18M'),
    ('fiscal 1990', 'DATE', '1990|FY1990'),
    ('Monday', 'DATE', '1989-10-23'),
    ('quarterly', 'SET', 'P3M'),
    ('Dec. 1', 'DATE', '1989-12-01'),
    ('Nov. 10', 'DATE', '1989-11-10'),
    ('four times a year', 'SET', 'P1Y'),
    ('annually', 'SET', 'P1Y'),
    ('1975', 'DATE', '1975'),
    ('Thursday', 'DATE', '1989-10-26'),
    ('April', 'DATE', '1990-04'),
]),
# 2. AP, federal budget summit told day by day (1990)
('1990-07-19', 'auto', """Budget Negotiators Set Labor Day Target for Deficit Deal

WASHINGTON (AP) -- White House and congressional budget negotiators agreed late Wednesday to aim for a deficit-reduction package by Labor Day, ending a week in which the talks twice came close to collapse.

"We have about six weeks of hard work ahead of us, and nobody should pretend otherwise," Senate Majority Leader George Mitchell, D-Maine, told reporters after the session broke up at about 11 p.m.

The negotiators, who have met behind closed doors since May, are trying to cut the deficit by $50 billion in fiscal 1991, which begins Oct. 1, and by about $500 billion over five years.

The latest trouble began last Thursday, when House Republicans walked out of a meeting to protest what they called a Democratic plan to raise income tax rates. The next day, White House Budget Director Richard Darman said the administration would not return to the table "until somebody gets serious."

Over the weekend, aides to both sides traded proposals by fax. By Monday, the two sides had agreed to resume talks, and on Tuesday night Darman and House Speaker Thomas Foley met for two hours in Foley's office.

Wednesday's session was the first with all 17 negotiators present in nearly two weeks. Participants said it was calmer than the meetings earlier this month, when the word "taxes" alone could bring the talks to a halt.

Under the Gramm-Rudman law, automatic spending cuts of as much as $100 billion would take effect Oct. 15 if Congress and the president fail to agree. Darman said last month that such cuts would shut down parts of the government for days.

House Minority Leader Robert Michel of Illinois said the Labor Day target was "realistic, but just barely." Congress plans to recess Aug. 4 for its August break, leaving roughly two weeks of sessions before the deadline.

Negotiators will meet again Monday and then three times a week until the recess, Mitchell said. Staff members will work through the weekend.

"Every year we go through this, and every year we say it will be different next time," Michel said. "This time it has to be."

The talks began in mid-May at the White House. President Bush, who had promised "no new taxes" in the 1988 campaign, said on June 26 that any agreement would require "tax revenue increases," angering many conservatives in his party.
""", [
    ('Labor Day', 'DATE', '1990-09-03'),
    ('late Wednesday', 'DATE', '1990-07-18'),
    ('Labor Day', 'DATE', '1990-09-03'),
    ('a week', 'DURATION', 'P1W'),
    ('about six weeks', 'DURATION', 'P6W'),
    ('about 11 p.m.', 'TIME', '1990-07-18T23:00'),
    ('May', 'DATE', '1990-05'),
    ('fiscal 1991', 'DATE', '1991|FY1991'),
    ('Oct. 1', 'DATE', '1990-10-01'),
    ('five years', 'DURATION', 'P5Y'),
    ('last Thursday', 'DATE', '1990-07-12'),
    ('The next day', 'DATE', '1990-07-13'),
    ('the weekend', 'DATE', '1990-W28-WE'),
    ('Monday', 'DATE', '1990-07-16'),
    ('Tuesday night', 'DATE|TIME', '1990-07-17TNI'),
    ('two hours', 'DURATION', 'PT2H'),
    ('Wednesday', 'DATE', '1990-07-18'),
    ('nearly two weeks', 'DURATION', 'P2W'),
    ('earlier this month', 'DATE', '1990-07'),
    ('Oct. 15', 'DATE', '1990-10-15'),
    ('last month', 'DATE', '1990-06'),
    ('days', 'DURATION', 'PXD'),
    ('Labor Day', 'DATE', '1990-09-03'),
    ('Aug. 4', 'DATE', '1990-08-04'),
    ('August', 'DATE', '1990-08'),
    ('roughly two weeks', 'DURATION', 'P2W'),
    ('Monday', 'DATE', '1990-07-23'),
    ('three times a week', 'SET', 'P1W'),
    ('the weekend', 'DATE', '1990-W29-WE'),
    ('Every year', 'SET', 'P1Y'),
    ('every year', 'SET', 'P1Y'),
    ('mid-May', 'DATE', '1990-05'),
    ('1988', 'DATE', '1988'),
    ('June 26', 'DATE', '1990-06-26'),
]),
# 3. Reuters, oil prices during the Gulf war (1991)
('1991-02-14', 'auto', """Oil Prices Slip as Traders Await Ground War

LONDON, Feb 14 (Reuter) - World oil prices eased on Thursday as traders weighed the prospect of an allied ground offensive against Iraq against signs that supplies from the Gulf remain ample, dealers said.

Benchmark Brent blend for March delivery fell 45 cents to $19.80 a barrel by 1600 GMT, after trading as high as $20.40 in the morning. Brent has lost more than a third of its value since January 16, when it closed above $30 just hours before allied aircraft began bombing Baghdad.

"The market has already priced in a short war," said one London trader. "Nobody is paying a war premium now."

Prices have been unusually calm in recent weeks. A month ago, dealers were reporting daily swings of $3 or more; this week Brent has moved within a 70-cent range.

In New York on Wednesday, West Texas Intermediate for March delivery settled at $21.52, down 31 cents from Tuesday.

OPEC oil ministers are due to meet in Geneva on March 11 to discuss output ceilings for the second quarter. Saudi Arabia, which has raised production sharply since August, is expected to resist calls to cut back before the spring.

Analysts said the International Energy Agency's decision last month to release emergency stocks had also weighed on prices. The agency said on Monday that member governments would review the plan at the end of February.

"If the ground war starts and goes badly, you could see $25 again within days," said Peter Gignoux of Shearson Lehman Brothers in London. "But the consensus is that it will be over in weeks, not months."

Traders said activity would likely stay thin through the end of the week, with many desks unwilling to hold positions over the weekend.

Iraq's invasion of Kuwait on August 2 pushed Brent from about $17 in July to a peak of more than $40 in October. The agency expects world oil demand to fall by about one percent in 1991, which would be the first drop since 1983.
""", [
    ('Feb 14', 'DATE', '1991-02-14'),
    ('Thursday', 'DATE', '1991-02-14'),
    ('March', 'DATE', '1991-03'),
    ('1600 GMT', 'TIME', '1991-02-14T16:00'),
    ('the morning', 'DATE|TIME', '1991-02-14TMO'),
    ('January 16', 'DATE', '1991-01-16'),
    ('hours', 'DURATION', 'PXH'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('recent weeks', 'DURATION|DATE', 'PXW|PAST_REF'),
    ('A month ago', 'DATE', '1991-01'),
    ('daily', 'SET', 'P1D'),
    ('this week', 'DATE', '1991-W07'),
    ('Wednesday', 'DATE', '1991-02-13'),
    ('March', 'DATE', '1991-03'),
    ('Tuesday', 'DATE', '1991-02-12'),
    ('March 11', 'DATE', '1991-03-11'),
    ('the second quarter', 'DATE', '1991-Q2'),
    ('August', 'DATE', '1990-08'),
    ('the spring', 'DATE', '1991-SP'),
    ('last month', 'DATE', '1991-01'),
    ('Monday', 'DATE', '1991-02-11'),
    ('the end of February', 'DATE', '1991-02'),
    ('days', 'DURATION', 'PXD'),
    ('weeks', 'DURATION', 'PXW'),
    ('months', 'DURATION', 'PXM'),
    ('the end of the week', 'DATE', '1991-W07'),
    ('the weekend', 'DATE', '1991-W07-WE'),
    ('August 2', 'DATE', '1990-08-02'),
    ('July', 'DATE', '1990-07'),
    ('October', 'DATE', '1990-10'),
    ('1991', 'DATE', '1991'),
    ('1983', 'DATE', '1983'),
]),
# 4. NYT, stock market the day after the presidential election (1992)
('1992-11-05', 'auto', """Stocks Retreat as Wall Street Weighs Clinton's Plans

Stock prices fell yesterday in the first session after the election, as investors sold drug and health care shares on concern that a Clinton administration would seek to control medical costs.

The Dow Jones industrial average closed at 3,223.04, down 29.47 points, after falling more than 40 points early in the session. On Tuesday, when voters went to the polls, the average had gained 8.60 points.

Volume on the New York Stock Exchange rose to 215 million shares from 173 million on Tuesday.

"The market is doing what it always does after an election, which is to sell first and think later," said Margaret Ostrow, chief market strategist at Harlan Brothers.

Investors have been bracing for a Clinton victory since early October, when polls showed the Arkansas Governor with a lead of 10 points or more. Health care stocks, which were among the market's leaders in the 1980s, have fallen about 15 percent this year, and they dropped sharply again yesterday. Merck lost $2.125, to $43.25, and Pfizer fell $1.875, to $73.50.

Bond prices, by contrast, rose modestly. The yield on the 30-year Treasury bond fell to 7.61 percent from 7.65 percent late Tuesday. Traders said they expected Mr. Clinton to name his economic team within weeks and to present a deficit plan soon after his inauguration on Jan. 20.

Mr. Clinton, speaking to reporters in Little Rock yesterday afternoon, said he would hold an economic conference there next month and would "hit the ground running" after Jan. 20.

Some analysts said the selling could continue for several days. "In the past, the market has tended to fall right after a Democrat wins the White House," Mrs. Ostrow said. She noted that the Dow fell after the elections of 1960 and 1976, but that both sell-offs proved brief.

Others were less worried. "We've had a 30-month expansion, however weak, and interest rates are at their lowest level in nearly two decades," said Thomas Reiley of First Meridian Securities. "That doesn't change because of what happened on Nov. 3."

The Commerce Department is scheduled to report on Nov. 25 its revised estimate of third-quarter economic growth, which it initially put at 2.7 percent. The October employment report is due out at 8:30 A.M. tomorrow.

The Federal Reserve has lowered short-term interest rates repeatedly since mid-1990, and some economists said yesterday that a new Administration would make further cuts less likely before spring.

Among other markets yesterday, the dollar rose against the German mark and gold fell $1.20 an ounce in New York, to $337.50.
""", [
    ('yesterday', 'DATE', '1992-11-04'),
    ('Tuesday', 'DATE', '1992-11-03'),
    ('Tuesday', 'DATE', '1992-11-03'),
    ('early October', 'DATE', '1992-10'),
    ('the 1980s', 'DATE', '198'),
    ('this year', 'DATE', '1992'),
    ('yesterday', 'DATE', '1992-11-04'),
    ('30-year', 'DURATION', 'P30Y'),
    ('late Tuesday', 'DATE', '1992-11-03'),
    ('weeks', 'DURATION', 'PXW'),
    ('Jan. 20', 'DATE', '1993-01-20'),
    ('yesterday afternoon', 'DATE|TIME', '1992-11-04TAF'),
    ('next month', 'DATE', '1992-12'),
    ('Jan. 20', 'DATE', '1993-01-20'),
    ('several days', 'DURATION', 'PXD'),
    ('the past', 'DATE', 'PAST_REF'),
    ('1960', 'DATE', '1960'),
    ('1976', 'DATE', '1976'),
    ('30-month', 'DURATION', 'P30M'),
    ('nearly two decades', 'DURATION', 'P2DE|P20Y'),
    ('Nov. 3', 'DATE', '1992-11-03'),
    ('Nov. 25', 'DATE', '1992-11-25'),
    ('third-quarter', 'DATE', '1992-Q3'),
    ('October', 'DATE', '1992-10'),
    ('8:30 A.M. tomorrow', 'TIME', '1992-11-06T08:30'),
    ('mid-1990', 'DATE', '1990'),
    ('yesterday', 'DATE', '1992-11-04'),
    ('spring', 'DATE', '1993-SP'),
    ('yesterday', 'DATE', '1992-11-04'),
]),
# 5. UPI, Yeltsin after the Russian referendum (1993)
('1993-04-28', 'auto', """Yeltsin Moves to Press Advantage After Referendum Win

MOSCOW (UPI) -- President Boris Yeltsin, buoyed by his victory in Sunday's referendum, said Wednesday he would present a draft of a new constitution to regional leaders on Thursday and called for parliamentary elections by the end of the year.

Final results released by the Central Election Commission late Tuesday showed that 58.7 percent of voters expressed confidence in Yeltsin and 53 percent approved of his economic policies, which have sent consumer prices up roughly twentyfold since January 1992.

"The people have spoken, and they have spoken clearly," Yeltsin told a meeting of his Cabinet in the Kremlin on Wednesday morning. "We have lost too much time already. For 18 months the Congress has blocked every reform."

The Congress of People's Deputies, the hard-line legislature that forced the referendum at a stormy session in March, has said the vote was not binding. Speaker Ruslan Khasbulatov, who on Monday dismissed the results as "propaganda," did not appear in public Tuesday or Wednesday.

Yeltsin's aides said the president wants the new constitution adopted within two months, before the legislature can convene again. The full Congress is not scheduled to meet until the fall, but its smaller standing body, the Supreme Soviet, meets twice a week.

Western governments welcomed the outcome. U.S. Secretary of State Warren Christopher said in Washington on Monday that the vote "keeps Russia on the path of reform," and the Group of Seven industrial nations, whose foreign and finance ministers met in Tokyo earlier this month, are expected to release the first part of a $28 billion aid package in the coming weeks.

Economists warned that the political victory would not by itself solve Russia's economic problems. Monthly inflation averaged about 20 percent in the first quarter, and the ruble, which traded at 684 to the dollar at Tuesday's currency auction, has lost more than half its value since the start of the year.

"The next six months are critical," said a Western diplomat who spoke on condition of anonymity. "If Yeltsin does not use this victory, he may not get another chance."

The referendum was the first nationwide vote since Yeltsin was elected president of Russia in June 1991, two months before the failed hard-line coup. Turnout on Sunday was about 64 percent.

Yeltsin said he would travel to the Urals this weekend and would address the nation on television Friday night.
""", [
    ('Sunday', 'DATE', '1993-04-25'),
    ('Wednesday', 'DATE', '1993-04-28'),
    ('Thursday', 'DATE', '1993-04-29'),
    ('the end of the year', 'DATE', '1993'),
    ('late Tuesday', 'DATE', '1993-04-27'),
    ('January 1992', 'DATE', '1992-01'),
    ('Wednesday morning', 'DATE|TIME', '1993-04-28TMO'),
    ('18 months', 'DURATION', 'P18M'),
    ('March', 'DATE', '1993-03'),
    ('Monday', 'DATE', '1993-04-26'),
    ('Tuesday', 'DATE', '1993-04-27'),
    ('Wednesday', 'DATE', '1993-04-28'),
    ('two months', 'DURATION', 'P2M'),
    ('the fall', 'DATE', '1993-FA'),
    ('twice a week', 'SET', 'P1W'),
    ('Monday', 'DATE', '1993-04-26'),
    ('earlier this month', 'DATE', '1993-04'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('Monthly', 'SET', 'P1M'),
    ('the first quarter', 'DATE', '1993-Q1'),
    ('Tuesday', 'DATE', '1993-04-27'),
    ('the start of the year', 'DATE', '1993'),
    ('The next six months', 'DURATION', 'P6M'),
    ('June 1991', 'DATE', '1991-06'),
    ('two months before', 'DATE', '1991-06'),
    ('Sunday', 'DATE', '1993-04-25'),
    ('this weekend', 'DATE', '1993-W17-WE'),
    ('Friday night', 'DATE|TIME', '1993-04-30TNI'),
]),
# 6. Dow Jones News Service, Treasury market before a Fed meeting (1994)
('1994-09-13', 'auto', """Treasurys Edge Higher After Tame Producer Prices; Fed Meeting In Focus

NEW YORK (Dow Jones)--Treasury prices rose modestly Tuesday morning after the government reported that producer prices fell 0.1% in August, easing fears that the Federal Reserve will raise interest rates again at its Sept. 27 policy meeting.

At 11:15 a.m. EDT, the benchmark 30-year bond was up 9/32 at 96 15/32 to yield 7.68%, down from 7.70% late Monday. The two-year note was up 2/32 to yield 6.31%.

The Labor Department said at 8:30 a.m. EDT that its producer price index for finished goods declined 0.1% last month after rising 0.5% in July. Economists had expected a 0.2% increase. Excluding food and energy, prices rose 0.1%.

"This takes some of the heat off the Fed for now," said David Orr, chief economist at Carlisle Capital Markets. "But we still have the consumer price index on Wednesday and retail sales on Thursday. One good number doesn't make a trend."

The Fed has raised its target for the federal funds rate five times since February, the latest a half-point increase on Aug. 16 that lifted it to 4.75%. Many dealers believe policy makers will move once more before the end of the year, probably at the November meeting rather than later this month.

Bond prices have fallen sharply in 1994. The 30-year yield has risen about 1.5 percentage points since January, when it stood near 6.2%, and the losses have hurt mutual funds and dealers alike. Several firms have cut their bond trading staffs in recent months.

Traders said the market was likely to stay in a narrow range for the next few days. The Treasury will auction $15 billion of 52-week bills on Thursday, and the government sells two-year notes at the end of the month, as it does every month. Separately, the Treasury said it would hold its quarterly refunding in early November, on the usual schedule.

Fed officials have said little in public in recent weeks. Fed Chairman Alan Greenspan is scheduled to testify before the Senate Banking Committee next Tuesday, his first appearance on Capitol Hill since July 20, when he told lawmakers the economy was "moving toward a sustainable pace."

(END) DOW JONES NEWS 09-13-94
11:42 AM
""", [
    ('Tuesday morning', 'DATE|TIME', '1994-09-13TMO'),
    ('August', 'DATE', '1994-08'),
    ('Sept. 27', 'DATE', '1994-09-27'),
    ('11:15 a.m. EDT', 'TIME', '1994-09-13T11:15'),
    ('30-year', 'DURATION', 'P30Y'),
    ('late Monday', 'DATE', '1994-09-12'),
    ('two-year', 'DURATION', 'P2Y'),
    ('8:30 a.m. EDT', 'TIME', '1994-09-13T08:30'),
    ('last month', 'DATE', '1994-08'),
    ('July', 'DATE', '1994-07'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Wednesday', 'DATE', '1994-09-14'),
    ('Thursday', 'DATE', '1994-09-15'),
    ('February', 'DATE', '1994-02'),
    ('Aug. 16', 'DATE', '1994-08-16'),
    ('the end of the year', 'DATE', '1994'),
    ('November', 'DATE', '1994-11'),
    ('later this month', 'DATE', '1994-09'),
    ('1994', 'DATE', '1994'),
    ('30-year', 'DURATION', 'P30Y'),
    ('January', 'DATE', '1994-01'),
    ('recent months', 'DURATION|DATE', 'PXM|PAST_REF'),
    ('the next few days', 'DURATION', 'PXD'),
    ('52-week', 'DURATION', 'P52W'),
    ('Thursday', 'DATE', '1994-09-15'),
    ('two-year', 'DURATION', 'P2Y'),
    ('the end of the month', 'DATE', '1994-09'),
    ('every month', 'SET', 'P1M'),
    ('quarterly', 'SET', 'P3M'),
    ('early November', 'DATE', '1994-11'),
    ('recent weeks', 'DURATION|DATE', 'PXW|PAST_REF'),
    ('next Tuesday', 'DATE', '1994-09-20'),
    ('July 20', 'DATE', '1994-07-20'),
    ('09-13-94', 'DATE', '1994-09-13'),
    ('11:42 AM', 'TIME', '1994-09-13T11:42'),
]),
# 7. AP, Clinton's veto of the Republican budget and the shutdown timeline (1995)
('1995-12-07', 'auto', """Clinton Vetoes GOP Budget; Gingrich Says Talks Wait on White House Plan

WASHINGTON (AP) -- President Clinton vetoed the Republicans' seven-year balanced-budget bill Wednesday, using the pen Lyndon Johnson used to sign Medicare into law in 1965, and promised to send Congress his own plan by the end of the week.

"This budget would undermine our values and break our commitments to the elderly," Clinton said at a White House ceremony Wednesday afternoon.

House Speaker Newt Gingrich said Thursday morning that Republicans would not resume negotiations until the president produced a plan that balances the budget in seven years using Congressional Budget Office numbers. "We have waited three weeks for this," Gingrich said. "The American people have waited a lot longer."

The veto was the latest step in a standoff that began last month. On Nov. 13, Clinton vetoed a stopgap spending bill, and the next morning about 800,000 federal workers were sent home. The shutdown lasted six days, ending Nov. 19 when both sides agreed to a temporary measure that keeps the government open through Dec. 15 and commits them to balancing the budget by 2002.

Since then, negotiators have met only a handful of times. A session scheduled for Tuesday was canceled after Republicans complained that White House Chief of Staff Leon Panetta had not brought specific proposals.

Panetta said Wednesday night that the administration's plan would be ready within days and would reach balance in seven years. Clinton first proposed a 10-year plan in June and later moved to nine years.

Congress must pass another spending bill by midnight Dec. 15 or much of the government will close again. "Nobody wants to shut the government down right before Christmas," said Senate Majority Leader Bob Dole, R-Kan.

A CNN-USA Today poll taken over the weekend found that 49 percent of Americans blamed congressional Republicans for the November shutdown, while 27 percent blamed Clinton.

The budget fight has dominated Washington since the spring, when Republicans, who took control of Congress in January for the first time in 40 years, approved a plan to balance the budget by 2002.

The measure vetoed Wednesday would have cut projected Medicare spending by $270 billion over seven years and turned Medicaid over to the states. Democrats say the cuts would fall hardest on the poor; Republicans say the programs will go broke within a decade without them.

The White House said Clinton would meet congressional leaders Friday afternoon and would speak to reporters afterward. Gingrich said he would attend "if there is something on paper to talk about."
""", [
    ('seven-year', 'DURATION', 'P7Y'),
    ('Wednesday', 'DATE', '1995-12-06'),
    ('1965', 'DATE', '1965'),
    ('the end of the week', 'DATE', '1995-W49'),
    ('Wednesday afternoon', 'DATE|TIME', '1995-12-06TAF'),
    ('Thursday morning', 'DATE|TIME', '1995-12-07TMO'),
    ('seven years', 'DURATION', 'P7Y'),
    ('three weeks', 'DURATION', 'P3W'),
    ('last month', 'DATE', '1995-11'),
    ('Nov. 13', 'DATE', '1995-11-13'),
    ('the next morning', 'DATE|TIME', '1995-11-14TMO'),
    ('six days', 'DURATION', 'P6D'),
    ('Nov. 19', 'DATE', '1995-11-19'),
    ('Dec. 15', 'DATE', '1995-12-15'),
    ('2002', 'DATE', '2002'),
    ('Tuesday', 'DATE', '1995-12-05'),
    ('Wednesday night', 'DATE|TIME', '1995-12-06TNI'),
    ('days', 'DURATION', 'PXD'),
    ('seven years', 'DURATION', 'P7Y'),
    ('10-year', 'DURATION', 'P10Y'),
    ('June', 'DATE', '1995-06'),
    ('nine years', 'DURATION', 'P9Y'),
    ('midnight Dec. 15', 'TIME', '1995-12-15T24:00|1995-12-16T00:00'),
    ('Christmas', 'DATE', '1995-12-25'),
    ('the weekend', 'DATE', '1995-W48-WE'),
    ('November', 'DATE', '1995-11'),
    ('the spring', 'DATE', '1995-SP'),
    ('January', 'DATE', '1995-01'),
    ('40 years', 'DURATION', 'P40Y'),
    ('2002', 'DATE', '2002'),
    ('Wednesday', 'DATE', '1995-12-06'),
    ('seven years', 'DURATION', 'P7Y'),
    ('a decade', 'DURATION', 'P1DE|P10Y'),
    ('Friday afternoon', 'DATE|TIME', '1995-12-08TAF'),
]),
# 8. WSJ, software acquisition and fiscal-quarter earnings warning (1996)
('1996-03-22', 'auto', """Corlan Agrees to Buy Brightway Systems In Stock Swap Valued at $620 Million

Corlan Software Corp. agreed to acquire Brightway Systems Inc., a maker of network-management programs, in a stock swap valued at about $620 million, and warned that its own fiscal third-quarter earnings would fall short of analysts' expectations.

Under the agreement, announced after the market closed yesterday, holders of Brightway will receive 0.85 Corlan share for each Brightway share. Based on Corlan's closing price of $41.50 yesterday in Nasdaq Stock Market trading, the offer values Brightway at $35.28 a share, a premium of 31% over its Wednesday close.

The companies said they expect to complete the transaction by the end of June, pending approval by Brightway holders and federal regulators. Corlan closes its books each June 30.

Separately, Corlan said net income for the fiscal third quarter, which ends March 31, would be 38 cents to 42 cents a share, compared with 47 cents a year earlier. Analysts surveyed by First Call had expected 51 cents. The company blamed delayed orders from European customers and said sales so far this month were "well below plan."

"We'd hoped that January and February were an aberration," said Chief Executive Peter Vance in an interview. "By mid-March it was clear they weren't."

Mr. Vance said the Brightway purchase would reduce earnings in fiscal 1997, which begins July 1, but add to them starting in fiscal 1998. He said the company would take a charge of about $45 million in the fourth quarter for costs related to the acquisition.

The deal is Corlan's third acquisition in the past 12 months and the largest in its 11-year history. Last August it bought DataVault Inc. for $140 million, and in December it acquired a small French concern, Logitel SA, for an undisclosed sum.

Brightway, based in Austin, Texas, was founded in 1988 and went public in 1993. It posted net income of $9.2 million on revenue of $64 million in 1995. Its shares had fallen about 40% since October, when it disclosed that two large customers had postponed orders.

"This is a company Corlan has been circling for years," said Ann Thorsen, an analyst at Hambrecht & Quist. "The price is fair, but the timing, with the earnings warning, is awkward."

Corlan shares have risen 58% over the past year, largely on strong sales of its database tools. The company said it would discuss the acquisition and the earnings outlook on a conference call with analysts at 10 a.m. Eastern time today.
""", [
    ('third-quarter', 'DATE', '1996-Q1|FY1996-Q3'),
    ('yesterday', 'DATE', '1996-03-21'),
    ('yesterday', 'DATE', '1996-03-21'),
    ('Wednesday', 'DATE', '1996-03-20'),
    ('the end of June', 'DATE', '1996-06'),
    ('each June 30', 'SET', 'XXXX-06-30'),
    ('the fiscal third quarter', 'DATE', '1996-Q1|FY1996-Q3'),
    ('March 31', 'DATE', '1996-03-31'),
    ('a year earlier', 'DATE', '1995-Q1|FY1995-Q3'),
    ('this month', 'DATE', '1996-03'),
    ('January', 'DATE', '1996-01'),
    ('February', 'DATE', '1996-02'),
    ('mid-March', 'DATE', '1996-03'),
    ('fiscal 1997', 'DATE', '1997|FY1997'),
    ('July 1', 'DATE', '1996-07-01'),
    ('fiscal 1998', 'DATE', '1998|FY1998'),
    ('the fourth quarter', 'DATE', '1996-Q2|FY1996-Q4'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('11-year', 'DURATION', 'P11Y'),
    ('Last August', 'DATE', '1995-08'),
    ('December', 'DATE', '1995-12'),
    ('1988', 'DATE', '1988'),
    ('1993', 'DATE', '1993'),
    ('1995', 'DATE', '1995'),
    ('October', 'DATE', '1995-10'),
    ('years', 'DURATION', 'PXY'),
    ('the past year', 'DATE|DURATION', '1995|P1Y'),
    ('10 a.m. Eastern time today', 'TIME', '1996-03-22T10:00'),
]),
# 9. Reuters, Hong Kong stocks before the handover (1997)
('1997-06-11', 'auto', """Hong Kong Stocks Hit Record as Handover Nears

HONG KONG, June 11 (Reuter) - Hong Kong share prices surged to a record close on Wednesday, lifted by a rush of buying in China-related stocks with less than three weeks to go before the territory returns to Chinese rule.

The blue-chip Hang Seng index ended up 213.45 points, or 1.5 percent, at 14,527.63, its third record close in four sessions. Turnover swelled to HK$14.2 billion from HK$9.8 billion on Tuesday.

"Everybody wants to own a piece of China before July 1," said a dealer at a European brokerage. "The mood is euphoric. Whether it lasts past the summer is another question."

The index has gained 8 percent since the start of June and about 21 percent this year. It fell as low as 12,055 in early January, when worries about U.S. interest rates dominated trading.

So-called red chips, mainland companies listed in Hong Kong, led the way. Beijing Enterprises, which made its debut on May 29, rose another 9 percent and has nearly tripled in less than two weeks.

Britain will hand Hong Kong back to China at midnight on June 30, ending more than 150 years of colonial rule. The ceremony will be followed by the swearing-in of the new government on the morning of July 1. The stock exchange will be closed from June 30 to July 2 for handover holidays.

Some analysts warned that the rally had run too far. "Prices have been rising for eight months without a real correction," said Simon Leung of Pacific Rim Securities. "After the handover, people will start looking at earnings again, and interim results in August may disappoint."

Property stocks, which make up about a third of the index, were mixed. The government said on Monday that it would release more land for housing over the next five years, and chief executive-designate Tung Chee-hwa has pledged to build 85,000 flats annually.

The Hong Kong dollar, pegged to its U.S. counterpart since October 1983, was little changed at 7.74. Because of the peg, local interest rates track U.S. rates closely, and dealers said they would watch U.S. inflation figures due on Friday for clues on whether the Federal Reserve will tighten at its meeting early next month.

"For now, the only thing anyone cares about is the first of July," the European dealer said.
""", [
    ('June 11', 'DATE', '1997-06-11'),
    ('Wednesday', 'DATE', '1997-06-11'),
    ('less than three weeks', 'DURATION', 'P3W'),
    ('Tuesday', 'DATE', '1997-06-10'),
    ('July 1', 'DATE', '1997-07-01'),
    ('the summer', 'DATE', '1997-SU'),
    ('the start of June', 'DATE', '1997-06'),
    ('this year', 'DATE', '1997'),
    ('early January', 'DATE', '1997-01'),
    ('May 29', 'DATE', '1997-05-29'),
    ('less than two weeks', 'DURATION', 'P2W'),
    ('midnight on June 30', 'TIME', '1997-06-30T24:00|1997-07-01T00:00'),
    ('more than 150 years', 'DURATION', 'P150Y'),
    ('the morning of July 1', 'DATE|TIME', '1997-07-01TMO'),
    ('June 30', 'DATE', '1997-06-30'),
    ('July 2', 'DATE', '1997-07-02'),
    ('eight months', 'DURATION', 'P8M'),
    ('August', 'DATE', '1997-08'),
    ('Monday', 'DATE', '1997-06-09'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('annually', 'SET', 'P1Y'),
    ('October 1983', 'DATE', '1983-10'),
    ('Friday', 'DATE', '1997-06-13'),
    ('early next month', 'DATE', '1997-07'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the first of July', 'DATE', '1997-07-01'),
]),
# 10. NYT, the ruble's collapse and its effect on markets (1998)
('1998-08-27', 'auto', """Ruble's Collapse Rattles Markets; Emerging-Debt Funds Hit Hard

The Russian ruble lost more than a third of its value yesterday before the Moscow currency exchange halted trading, deepening a crisis that began nine days earlier and sending tremors through bond and stock markets from Sao Paulo to Wall Street.

The Dow Jones industrial average fell 79.30 points, to 8,165.99, its fourth decline in five sessions. Yields on Brazilian and Argentine bonds jumped, and several funds that specialize in emerging-market debt said they would delay redemptions.

The trouble started on Aug. 17, when the Russian Government devalued the ruble and declared a 90-day moratorium on payments on some foreign debt. On Friday, Moody's Investors Service cut Russia's credit rating again, and over the weekend President Boris Yeltsin dismissed his Prime Minister, Sergei Kiriyenko, and brought back Viktor Chernomyrdin, whom he had fired in March.

Since then, the ruble has fallen from about 6.3 to the dollar, where the central bank had held it for months, to 10 or more in thin trading.

"This is no longer a Russian problem; it's a confidence problem," said Helen Morrow, who manages $2 billion in emerging-market debt for Carrow Asset Management in Boston. "Every time we think the worst is over, another shoe drops."

Western banks that lent heavily to Russia in the mid-1990s are now tallying their losses. Bankers Trust and Chase Manhattan are expected to report large third-quarter write-offs, and analysts said second-half earnings at several big securities firms would suffer.

The International Monetary Fund, which approved a $22.6 billion rescue package just last month, said yesterday that it had no plans to send more money.

In Moscow, where it was already evening when the exchange closed, lines formed outside banks as depositors tried to withdraw dollars. Several banks limited each depositor's withdrawals to $100.

Mr. Chernomyrdin, whose nomination the Duma is expected to take up next week, said in a television interview Tuesday night that he would announce an economic program "in the coming days."

On Wall Street, some investors took comfort from reports that the American economy grew at a 1.6 percent rate in the second quarter and that the Federal Reserve, which meets again on Sept. 29, might cut rates rather than raise them.

"Six weeks ago, people were worried the Fed would tighten," said Paul Grenier, chief investment officer at Whitcomb & Lowe. "Now the question is how soon it eases."

The Moscow exchange said trading would resume today, but several dealers reached by telephone last night doubted that it would.
""", [
    ('yesterday', 'DATE', '1998-08-26'),
    ('nine days earlier', 'DATE', '1998-08-17'),
    ('Aug. 17', 'DATE', '1998-08-17'),
    ('90-day', 'DURATION', 'P90D'),
    ('Friday', 'DATE', '1998-08-21'),
    ('the weekend', 'DATE', '1998-W34-WE'),
    ('March', 'DATE', '1998-03'),
    ('months', 'DURATION', 'PXM'),
    ('the mid-1990s', 'DATE', '199'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('third-quarter', 'DATE', '1998-Q3'),
    ('second-half', 'DATE', '1998-H2'),
    ('last month', 'DATE', '1998-07'),
    ('yesterday', 'DATE', '1998-08-26'),
    ('evening', 'DATE|TIME', '1998-08-26TEV'),
    ('next week', 'DATE', '1998-W36'),
    ('Tuesday night', 'DATE|TIME', '1998-08-25TNI'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('the second quarter', 'DATE', '1998-Q2'),
    ('Sept. 29', 'DATE', '1998-09-29'),
    ('Six weeks ago', 'DATE', '1998-W29|1998-07-16'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('today', 'DATE', '1998-08-27'),
    ('last night', 'DATE|TIME', '1998-08-26TNI'),
]),
# 11. AP, Clinton's Social Security plan during the impeachment trial (1999)
('1999-01-20', 'auto', """Clinton Pitches Social Security Plan as Senate Trial Goes On

WASHINGTON (AP) -- A day after his lawyers told the Senate he should not be removed from office, President Clinton took his budget plans on the road Wednesday, promoting the Social Security proposal he laid out in his State of the Union address Tuesday night.

Clinton flew to Buffalo, N.Y., where he told a crowd of about 20,000 that the government should set aside 62 percent of projected budget surpluses over the next 15 years to shore up the retirement system.

"We have an opportunity we may never see again, and we should not squander it," Clinton said.

Under the plan, the Social Security trust fund would remain solvent until 2055, rather than running out of money in 2032 as currently projected. The system will begin paying out more in benefits than it collects in payroll taxes around 2013.

Republicans were skeptical. "The president is spending the same surplus twice," said Senate Budget Committee Chairman Pete Domenici, R-N.M. He said Republicans would offer their own plan, including a 10 percent income tax cut, by the end of March.

Back in Washington, the Senate trial resumed at 1 p.m. White House counsel Charles Ruff opened the defense on Tuesday afternoon, arguing for two hours that the House had failed to prove either article of impeachment. Other members of the defense team were to speak today and Thursday.

The House prosecutors presented their case over three days last week. Once the defense finishes, probably on Friday, senators will have up to 16 hours to question both sides in writing.

Senate Majority Leader Trent Lott, R-Miss., said he hoped to decide early next week whether to call witnesses. A final vote on the two articles could come by the middle of February, he said.

The House impeached Clinton on Dec. 19 on charges of perjury and obstruction of justice stemming from his relationship with former White House intern Monica Lewinsky. The trial opened Jan. 7, with Chief Justice William Rehnquist presiding.

Clinton did not mention the trial in his 77-minute speech. Polls taken last night found that about two-thirds of viewers approved of it, and his job approval rating has stayed above 60 percent since the scandal broke a year ago.

Clinton travels to Quincy, Ill., on Thursday and returns to Washington on Thursday evening. The president, who has delivered weekly radio addresses since 1993, will use Saturday's address to promote his plan to extend Medicare's solvency to 2020.
""", [
    ('A day after', 'DATE', '1999-01-20'),
    ('Wednesday', 'DATE', '1999-01-20'),
    ('Tuesday night', 'DATE|TIME', '1999-01-19TNI'),
    ('the next 15 years', 'DURATION', 'P15Y'),
    ('2055', 'DATE', '2055'),
    ('2032', 'DATE', '2032'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('around 2013', 'DATE', '2013'),
    ('the end of March', 'DATE', '1999-03'),
    ('1 p.m.', 'TIME', '1999-01-20T13:00'),
    ('Tuesday afternoon', 'DATE|TIME', '1999-01-19TAF'),
    ('two hours', 'DURATION', 'PT2H'),
    ('today', 'DATE', '1999-01-20'),
    ('Thursday', 'DATE', '1999-01-21'),
    ('three days', 'DURATION', 'P3D'),
    ('last week', 'DATE', '1999-W02'),
    ('Friday', 'DATE', '1999-01-22'),
    ('16 hours', 'DURATION', 'PT16H'),
    ('early next week', 'DATE', '1999-W04'),
    ('the middle of February', 'DATE', '1999-02'),
    ('Dec. 19', 'DATE', '1998-12-19'),
    ('Jan. 7', 'DATE', '1999-01-07'),
    ('77-minute', 'DURATION', 'PT77M'),
    ('last night', 'DATE|TIME', '1999-01-19TNI'),
    ('a year ago', 'DATE', '1998|1998-01'),
    ('Thursday', 'DATE', '1999-01-21'),
    ('Thursday evening', 'DATE|TIME', '1999-01-21TEV'),
    ('weekly', 'SET', 'P1W'),
    ('1993', 'DATE', '1993'),
    ('Saturday', 'DATE', '1999-01-23'),
    ('2020', 'DATE', '2020'),
]),
# 12. Dow Jones Newswires, Fed rate decision expected later the same day (2000)
('2000-05-16', 'auto', """Fed Seen Lifting Rates Half-Point Today; Decision Due 2:15 PM EDT

WASHINGTON (Dow Jones)--Federal Reserve policy makers, meeting behind closed doors Tuesday, are widely expected to raise short-term interest rates by half a percentage point, the largest single increase in five years, in a bid to slow an economy that shows few signs of cooling.

The Federal Open Market Committee, which meets eight times a year, began its session at 9 a.m., and its announcement is expected at about 2:15 p.m. EDT. A half-point increase would lift the federal funds target to 6.5%, the highest level since early 1991.

The Fed has raised rates five times since last June, each time by a quarter point, the latest on March 21.

"The data over the past two months have left the Fed very little choice," said Maria Lindqvist, senior economist at Bancroft Securities. "They waited too long last fall, and now they're catching up."

The Labor Department reported at 8:30 a.m. that consumer prices were unchanged in April, as energy costs fell, but the core rate, which excludes food and energy, rose 0.2% and was up 2.2% from a year earlier. Gross domestic product grew at a 5.4% rate in the first quarter, and the unemployment rate fell to 3.9% in April, the lowest since January 1970.

Stocks have been volatile for weeks. The Nasdaq Composite Index, which peaked at 5,048.62 on March 10, has lost about a third of its value, and many investors now view a quick, aggressive Fed as less of a threat than a slow one.

Treasury prices were little changed in early trading, with the 10-year note yielding 6.55%.

Many economists expect the Fed to move again at its next meeting in late June, and perhaps once more before the end of the summer. "The question is not whether they move today but what they signal about the second half," said Robert Kaye of Delmont Capital.

Fed Chairman Alan Greenspan, whose current term expires June 20, was renominated by President Clinton in January and confirmed by the Senate in February for a fourth four-year term.

(END) DOW JONES NEWSWIRES 05-16-00
10:02 AM
""", [
    ('Today', 'DATE', '2000-05-16'),
    ('2:15 PM EDT', 'TIME', '2000-05-16T14:15'),
    ('Tuesday', 'DATE', '2000-05-16'),
    ('five years', 'DURATION', 'P5Y'),
    ('eight times a year', 'SET', 'P1Y'),
    ('9 a.m.', 'TIME', '2000-05-16T09:00'),
    ('about 2:15 p.m. EDT', 'TIME', '2000-05-16T14:15'),
    ('early 1991', 'DATE', '1991'),
    ('last June', 'DATE', '1999-06'),
    ('March 21', 'DATE', '2000-03-21'),
    ('the past two months', 'DURATION', 'P2M'),
    ('last fall', 'DATE', '1999-FA'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('8:30 a.m.', 'TIME', '2000-05-16T08:30'),
    ('April', 'DATE', '2000-04'),
    ('a year earlier', 'DATE', '1999-04'),
    ('the first quarter', 'DATE', '2000-Q1'),
    ('April', 'DATE', '2000-04'),
    ('January 1970', 'DATE', '1970-01'),
    ('weeks', 'DURATION', 'PXW'),
    ('March 10', 'DATE', '2000-03-10'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('10-year', 'DURATION', 'P10Y'),
    ('late June', 'DATE', '2000-06'),
    ('the end of the summer', 'DATE', '2000-SU'),
    ('today', 'DATE', '2000-05-16'),
    ('the second half', 'DATE', '2000-H2'),
    ('June 20', 'DATE', '2000-06-20'),
    ('January', 'DATE', '2000-01'),
    ('February', 'DATE', '2000-02'),
    ('four-year', 'DURATION', 'P4Y'),
    ('05-16-00', 'DATE', '2000-05-16'),
    ('10:02 AM', 'TIME', '2000-05-16T10:02'),
]),
]
