# Gold TIMEX3 probe set 68: twelve invented news articles (AP, Reuters, AFP, NYT, Washington Post, UPI; DCTs 1994-2014), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, disaster: Georgia floods (1994)
('1994-07-08', 'auto', """Flood Crest Moves South as Georgia Towns Count Losses

ALBANY, Ga. (AP) — The swollen Flint River crept over its banks again Friday, pushing brown water into neighborhoods that had been dry only a day earlier, as officials warned that the crest would not pass this city until late Saturday.

More than 20,000 people have left their homes since the Fourth of July weekend, when the remnants of a tropical storm stalled over west Georgia and dumped as much as 2 feet of rain in about 24 hours. At least 28 deaths have been blamed on the flooding, most of them drivers swept off rural roads Wednesday night.

"We've never seen anything like this, not in my lifetime," said Mayor Tom Coleman, who has slept at the city's emergency operations center for four days. "The river was at 18 feet on Sunday. This morning it was over 40."

The National Weather Service said the river should crest at about 44 feet sometime after 6 p.m. Saturday, nearly 7 feet above the record set in 1925. Forecasters said the water might not fall back below flood stage for at least a week.

President Clinton declared 31 Georgia counties disaster areas on Thursday, and federal officials said the first trailers for displaced families would arrive early next week. Gov. Zell Miller toured the area by helicopter for two hours this afternoon and promised that the state would pay overtime for National Guard troops "as long as it takes."

In Montezuma, a town of 4,500 about 60 miles north, residents were allowed back into the business district Thursday. Merchants found mud up to the ceilings. "Thirty-one years I've run this hardware store," said Wayne Pruitt, 58. "Look at it now."

Health officials urged residents to boil drinking water and said tetanus shots would be given daily at three shelters through the end of the month. Water systems in at least 10 towns remained shut down.

The Red Cross said it had served more than 60,000 meals since Tuesday and was appealing for donations. Volunteers who arrived from Alabama and Florida planned to stay for several weeks.

Farmers are only beginning to tally their losses. Agriculture officials estimated that a third of the peanut and cotton crop in the flooded counties was under water, just as the harvest was due to begin in late August.

"Next year is what worries me," said Americus farmer Leon Hattaway. "The bank will want its money in the fall whether there's a crop or not."

State officials said they hoped to reopen Interstate 75 south of Macon by Sunday if inspectors found no damage to its bridges.
""", [
    ('Friday', 'DATE', '1994-07-08'),
    ('a day earlier', 'DATE', '1994-07-07'),
    ('late Saturday', 'DATE', '1994-07-09'),
    ('the Fourth of July weekend', 'DATE', '1994-W26-WE'),
    ('about 24 hours', 'DURATION', 'PT24H'),
    ('Wednesday night', 'DATE|TIME', '1994-07-06TNI'),
    ('four days', 'DURATION', 'P4D'),
    ('Sunday', 'DATE', '1994-07-03'),
    ('This morning', 'DATE|TIME', '1994-07-08TMO'),
    ('6 p.m. Saturday', 'TIME', '1994-07-09T18:00'),
    ('1925', 'DATE', '1925'),
    ('at least a week', 'DURATION', 'P1W'),
    ('Thursday', 'DATE', '1994-07-07'),
    ('early next week', 'DATE', '1994-W28'),
    ('two hours', 'DURATION', 'PT2H'),
    ('this afternoon', 'DATE|TIME', '1994-07-08TAF'),
    ('Thursday', 'DATE', '1994-07-07'),
    ('Thirty-one years', 'DURATION', 'P31Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('daily', 'SET', 'P1D'),
    ('the end of the month', 'DATE', '1994-07'),
    ('Tuesday', 'DATE', '1994-07-05'),
    ('several weeks', 'DURATION', 'PXW'),
    ('late August', 'DATE', '1994-08'),
    ('Next year', 'DATE', '1995'),
    ('the fall', 'DATE', '1994-FA'),
    ('Sunday', 'DATE', '1994-07-10'),
]),
# 2. Reuters, companies: snack-food takeover (1996)
('1996-03-13', 'auto', """Meridian Foods agrees $1.2 billion takeover of Harlow Brands

CHICAGO, March 13 (Reuter) - Meridian Foods Inc said on Wednesday it had agreed to buy snack maker Harlow Brands Corp for about $1.2 billion in cash, ending a bidding contest that began late last year.

Meridian will pay $34 a share, a 22 percent premium to Harlow's closing price on Tuesday. The boards of both companies approved the deal at meetings on Monday night, Meridian chief executive Ronald Keefe told reporters on a conference call.

The companies expect to complete the transaction in the third quarter, subject to approval by Harlow shareholders and a review by the Federal Trade Commission, which typically takes 30 days.

"This is a deal we have studied for two years," Keefe said. "The timing was finally right."

Harlow, based in Des Moines, put itself up for sale in November after a long slide in profits. A rival bid from Consolidated Snacks Ltd of Toronto, reported in January at $30 a share, was withdrawn last month.

Analysts said the price was high but defensible. "They're paying up, but Harlow's distribution in the South is worth a lot to them over the next five years," said Carol Brenner, an analyst at Dean Witter.

Meridian said the purchase would dilute earnings slightly in fiscal 1997 but add to them from fiscal 1998. The company earned $210 million in fiscal 1995 on sales of $3.4 billion.

Meridian plans to cut about 900 jobs, mostly at Harlow's headquarters, over 18 months. Keefe said the company would close two plants in Iowa by the end of 1997 and put roughly $40 million a year of the savings into marketing.

Harlow shares jumped $5-3/8 to $33-1/2 in early trading on the New York Stock Exchange on Wednesday, while Meridian slipped $1/4 to $51-3/4. Trading in Harlow was halted for an hour before the announcement at 8:30 a.m. EST.

Harlow chairman Peter Sandoval, who will join Meridian's board, said he would step down as chief executive once the deal closes. He has run the company since 1981.

Meridian last made a major acquisition in 1992, when it bought a frozen dessert company for $450 million. It said on Wednesday it had no plans for further purchases this year.

The companies will hold a joint news conference in New York on Thursday morning.
""", [
    ('March 13', 'DATE', '1996-03-13'),
    ('Wednesday', 'DATE', '1996-03-13'),
    ('late last year', 'DATE', '1995'),
    ('Tuesday', 'DATE', '1996-03-12'),
    ('Monday night', 'DATE|TIME', '1996-03-11TNI'),
    ('the third quarter', 'DATE', '1996-Q3'),
    ('30 days', 'DURATION', 'P30D'),
    ('two years', 'DURATION', 'P2Y'),
    ('November', 'DATE', '1995-11'),
    ('January', 'DATE', '1996-01'),
    ('last month', 'DATE', '1996-02'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('fiscal 1997', 'DATE', 'FY1997|1997'),
    ('fiscal 1998', 'DATE', 'FY1998|1998'),
    ('fiscal 1995', 'DATE', 'FY1995|1995'),
    ('18 months', 'DURATION', 'P18M'),
    ('the end of 1997', 'DATE', '1997'),
    ('a year', 'SET', 'P1Y'),
    ('Wednesday', 'DATE', '1996-03-13'),
    ('an hour', 'DURATION', 'PT1H'),
    ('8:30 a.m. EST', 'TIME', '1996-03-13T08:30'),
    ('1981', 'DATE', '1981'),
    ('1992', 'DATE', '1992'),
    ('Wednesday', 'DATE', '1996-03-13'),
    ('this year', 'DATE', '1996'),
    ('Thursday morning', 'DATE|TIME', '1996-03-14TMO'),
]),
# 3. AFP, diplomacy: Iraq and the UN inspectors (1997)
('1997-11-20', 'auto', """Iraq to let UN inspectors return after Moscow deal

BAGHDAD, Nov 20 (AFP) - Iraq said Thursday it would allow American members of the UN weapons inspection team to return, ending a three-week standoff that had raised fears of US military strikes.

The decision was announced by the Revolutionary Command Council after a meeting that ran late into Wednesday night, shortly after Russian Foreign Minister Yevgeny Primakov met Iraqi Deputy Prime Minister Tariq Aziz in Moscow.

Under the deal, inspectors expelled on November 13 could be back in Baghdad by Friday, and Russia would press in the Security Council for an early easing of the sanctions imposed in August 1990 after the invasion of Kuwait.

"This is a victory for diplomacy," Primakov told reporters in Geneva early Thursday, where he had flown to brief foreign ministers of the other permanent members of the council.

Washington reacted cautiously. A State Department spokesman said the United States would judge Iraq "by its deeds in the coming days, not its words tonight", and that the two aircraft carriers sent to the Gulf earlier this month would stay in place for now.

Richard Butler, the Australian diplomat who has headed the UN Special Commission since July, said his teams would resume work at once and would need several weeks to catch up on inspections lost during the crisis.

Iraq has complained for years that the commission is dominated by Americans, and the crisis began on October 29 when Baghdad said it would no longer accept US nationals. Iraqi officials then turned back inspection teams on at least six occasions.

Diplomats in New York said the Security Council would meet on Friday afternoon to consider the Russian ideas, which also call for the commission's work to be reviewed every six months.

In Baghdad, the official press hailed the outcome. The newspaper Al-Thawra said in its Thursday edition that "the aggressors have retreated", and state television broadcast footage of cheering crowds in the capital on Thursday evening.

Iraq's economy has been crippled by seven years of sanctions. Under the oil-for-food programme, which began in December 1996, Baghdad may sell two billion dollars worth of oil every six months to buy food and medicine.

Aziz is expected in New York next week for talks with UN Secretary General Kofi Annan.
""", [
    ('Nov 20', 'DATE', '1997-11-20'),
    ('Thursday', 'DATE', '1997-11-20'),
    ('three-week', 'DURATION', 'P3W'),
    ('Wednesday night', 'DATE|TIME', '1997-11-19TNI'),
    ('November 13', 'DATE', '1997-11-13'),
    ('Friday', 'DATE', '1997-11-21'),
    ('August 1990', 'DATE', '1990-08'),
    ('early Thursday', 'DATE', '1997-11-20'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('tonight', 'DATE|TIME', '1997-11-20TNI'),
    ('earlier this month', 'DATE', '1997-11'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('July', 'DATE', '1997-07'),
    ('several weeks', 'DURATION', 'PXW'),
    ('years', 'DURATION', 'PXY'),
    ('October 29', 'DATE', '1997-10-29'),
    ('Friday afternoon', 'DATE|TIME', '1997-11-21TAF'),
    ('every six months', 'SET', 'P6M'),
    ('Thursday', 'DATE', '1997-11-20'),
    ('Thursday evening', 'DATE|TIME', '1997-11-20TEV'),
    ('seven years', 'DURATION', 'P7Y'),
    ('December 1996', 'DATE', '1996-12'),
    ('every six months', 'SET', 'P6M'),
    ('next week', 'DATE', '1997-W48'),
]),
# 4. New York Times, courts: a conviction vacated, told in narrative (1999)
('1999-05-16', 'auto', """Freed After 17 Years, a Brooklyn Man Asks Who Will Answer for Them

By ELLEN MARKOWITZ

On the night of Aug. 14, 1981, a livery cab driver named Rafael Ortiz was shot twice on a dark stretch of Sutter Avenue in East New York. Two days later, detectives arrested Calvin Hobbs, then 19, who lived around the corner and had been seen near the cab about an hour before the shooting.

There was no weapon and no confession. There was one witness, a woman who said she had watched from a third-floor window. The trial, in the spring of 1982, lasted four days. The jury deliberated for less than three hours. That June, Mr. Hobbs was sentenced to 25 years to life.

He spent the next 17 years in prisons from Attica to Dannemora, filing appeals that went nowhere. Then, in the fall of 1996, a law student at Brooklyn Law School found a detective's notes in the case file. They recorded that the witness had told the police on Aug. 15 that she had seen nothing.

The notes had never been given to the defense. It took the Brooklyn District Attorney's office more than two years to concede as much. On Thursday, Justice Anne Feldman of State Supreme Court vacated the conviction, and Mr. Hobbs, now 37, walked out of the courthouse on Schermerhorn Street at 4:10 p.m.

"I went in a kid," he said on Friday, sitting in his sister's apartment in Canarsie. "I don't know what I am now."

Prosecutors said last week that they would not retry him. A spokesman for the District Attorney said the office had reviewed the case for several months and concluded that the remaining evidence could not support a second trial.

Mr. Hobbs's lawyer, Marjorie Stein, said she planned to file a claim against the state within the next 90 days. Under a 1984 law, people wrongly convicted in New York can seek damages in the Court of Claims. Such cases often take years.

The witness, who moved to North Carolina in the late 1980s, died in 1993. The detective who wrote the notes retired in 1990 and could not be reached on Saturday.

Mr. Hobbs has plans, modest ones. He wants to get a driver's license. He wants to find work. Every Sunday, he said, he will visit his mother's grave in Cypress Hills; she died in 1995, while he was at Green Haven.

"Seventeen years," he said. "You can't give that back. But they can say it out loud. They can say they were wrong."
""", [
    ('17 Years', 'DURATION', 'P17Y'),
    ('the night of Aug. 14, 1981', 'DATE|TIME', '1981-08-14TNI'),
    ('Two days later', 'DATE', '1981-08-16'),
    ('about an hour', 'DURATION', 'PT1H'),
    ('the spring of 1982', 'DATE', '1982-SP'),
    ('four days', 'DURATION', 'P4D'),
    ('less than three hours', 'DURATION', 'PT3H'),
    ('That June', 'DATE', '1982-06'),
    ('25 years', 'DURATION', 'P25Y'),
    ('the next 17 years', 'DURATION', 'P17Y'),
    ('the fall of 1996', 'DATE', '1996-FA'),
    ('Aug. 15', 'DATE', '1981-08-15'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('Thursday', 'DATE', '1999-05-13'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('4:10 p.m.', 'TIME', '1999-05-13T16:10'),
    ('Friday', 'DATE', '1999-05-14'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('last week', 'DATE', '1999-W18'),
    ('several months', 'DURATION', 'PXM'),
    ('the next 90 days', 'DURATION', 'P90D'),
    ('1984', 'DATE', '1984'),
    ('years', 'DURATION', 'PXY'),
    ('the late 1980s', 'DATE', '198'),
    ('1993', 'DATE', '1993'),
    ('1990', 'DATE', '1990'),
    ('Saturday', 'DATE', '1999-05-15'),
    ('Every Sunday', 'SET', 'XXXX-WXX-7'),
    ('1995', 'DATE', '1995'),
    ('Seventeen years', 'DURATION', 'P17Y'),
]),
# 5. Washington Post, national politics: budget stopgap (2000)
('2000-10-26', 'auto', """Congress Approves Another Stopgap as Budget Talks Stall

By Karen Whitfield
Washington Post Staff Writer

Congress last night approved its sixth temporary spending measure in four weeks, keeping the government open through Saturday as negotiators from the White House and Capitol Hill remained deadlocked over education and immigration provisions.

The House voted 348 to 58 at 8:52 p.m. to extend funding for agencies whose regular appropriations bills have not been enacted. The Senate passed the measure by voice vote at 9:40 p.m., and President Clinton signed it before midnight.

Fiscal 2001 began Oct. 1, and only 8 of the 13 regular spending bills have become law. Republican leaders had hoped to adjourn by mid-October so members could campaign full-time before the Nov. 7 election, now 12 days away.

"Nobody wants to be here," said Rep. Harold Brandt (R-Kan.), a senior appropriator. "But we're not going to write a blank check just because the calendar says it's late October."

The dispute centers on a $350 billion measure funding the departments of Labor, Education and Health and Human Services. Negotiators reached a tentative agreement Monday night, but GOP leaders rejected it the next morning, saying it spent too much.

Since then, the two sides have met daily without result. A White House spokesman, Mark Ellison, said yesterday that the president was prepared to keep Congress in session "through Election Day and beyond, if necessary."

Senior House Republicans told reporters this morning that they expected a deal "within the next 48 hours," though aides in both parties said privately that a resolution was unlikely before the weekend.

Several lawmakers facing tough races have gone home to campaign, returning only for votes. Rep. Susan Metcalf (R-Calif.), in one of the most expensive House contests in the country, has flown between Washington and Los Angeles three times this week.

The last time budget talks dragged this close to an election was in 1990, when Congress and President George Bush agreed on a deficit-reduction package only after a three-day government shutdown over the Columbus Day weekend.

Budget analysts said the delays carry real costs. Agencies operating on stopgap funding cannot start new programs or sign long-term contracts, and several federal grant programs for schools are already weeks behind schedule.

The next stopgap, if needed, would probably run for a week rather than a few days, a Senate Appropriations Committee aide said. The House is scheduled to return at 10 a.m. Friday.
""", [
    ('last night', 'DATE|TIME', '2000-10-25TNI'),
    ('four weeks', 'DURATION', 'P4W'),
    ('Saturday', 'DATE', '2000-10-28'),
    ('8:52 p.m.', 'TIME', '2000-10-25T20:52'),
    ('9:40 p.m.', 'TIME', '2000-10-25T21:40'),
    ('midnight', 'TIME', '2000-10-25T24:00|2000-10-26T00:00'),
    ('Fiscal 2001', 'DATE', 'FY2001|2001'),
    ('Oct. 1', 'DATE', '2000-10-01'),
    ('mid-October', 'DATE', '2000-10'),
    ('Nov. 7', 'DATE', '2000-11-07'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('12 days', 'DURATION', 'P12D'),
    ('late October', 'DATE', '2000-10'),
    ('Monday night', 'DATE|TIME', '2000-10-23TNI'),
    ('the next morning', 'DATE|TIME', '2000-10-24TMO'),
    ('daily', 'SET', 'P1D'),
    ('yesterday', 'DATE', '2000-10-25'),
    ('Election Day', 'DATE', '2000-11-07'),
    ('this morning', 'DATE|TIME', '2000-10-26TMO'),
    ('the next 48 hours', 'DURATION', 'PT48H'),
    ('the weekend', 'DATE', '2000-W43-WE'),
    ('this week', 'DATE', '2000-W43'),
    ('1990', 'DATE', '1990'),
    ('three-day', 'DURATION', 'P3D'),
    ('the Columbus Day weekend', 'DATE', '1990-W40-WE'),
    ('weeks', 'DURATION', 'PXW'),
    ('a week', 'DURATION', 'P1W'),
    ('a few days', 'DURATION', 'PXD'),
    ('10 a.m. Friday', 'TIME', '2000-10-27T10:00'),
]),
# 6. UPI, crime: serial bank robbery arrest (2001)
('2001-02-07', 'auto', """Police arrest suspect in 'Sunday Bandit' robberies

DENVER, Feb. 7 (UPI) -- Police in Colorado on Wednesday arrested a 34-year-old former security guard they believe robbed 11 banks along the Front Range over the past 14 months.

Investigators dubbed the robber the "Sunday Bandit" because most of the holdups happened on Sundays, when branches inside supermarkets are open but lightly staffed.

The suspect, identified as Dale Everett Kroll of Aurora, was taken into custody without incident at about 6:15 a.m. at his apartment, Denver police spokeswoman Maria Valdez said. He was being held on $500,000 bond and was expected to make his first court appearance Thursday afternoon.

Valdez said a tip received late last month led detectives to Kroll. Surveillance photos from the latest robbery, at a King Soopers store in Lakewood on Jan. 28, showed a man in a distinctive tan jacket that a caller recognized.

"We've been working this case every day since the first robbery in December 1999," Valdez said. "This is a big relief for a lot of tellers."

The robberies netted a total of about $87,000, according to the FBI. In most cases the robber passed a note demanding cash and left within two minutes. No one was injured.

Kroll worked as an unarmed guard for a private security firm until last spring, when he was fired for repeated absences, a company official said. Neighbors said he had lived in the complex for about three years and kept to himself.

If convicted on federal bank robbery charges, Kroll faces up to 20 years in prison on each count. Prosecutors said they would decide within the next two weeks whether to file federal or state charges first.

Last week, Colorado banks agreed to post guards at supermarket branches on weekends. The Colorado Bankers Association said the extra security would cost its members about $2 million annually.

Bank robberies in the Denver area have risen sharply in recent years, from 48 in 1996 to 112 last year, according to FBI figures. Agents attribute the increase in part to the spread of in-store branches.

FBI Special Agent Robert Haines said agents were still checking whether Kroll could be linked to two other unsolved robberies in Colorado Springs this winter.
""", [
    ('Feb. 7', 'DATE', '2001-02-07'),
    ('Wednesday', 'DATE', '2001-02-07'),
    ('the past 14 months', 'DURATION', 'P14M'),
    ('Sundays', 'SET', 'XXXX-WXX-7'),
    ('about 6:15 a.m.', 'TIME', '2001-02-07T06:15'),
    ('Thursday afternoon', 'DATE|TIME', '2001-02-08TAF'),
    ('late last month', 'DATE', '2001-01'),
    ('Jan. 28', 'DATE', '2001-01-28'),
    ('every day', 'SET', 'P1D'),
    ('December 1999', 'DATE', '1999-12'),
    ('two minutes', 'DURATION', 'PT2M'),
    ('last spring', 'DATE', '2000-SP'),
    ('about three years', 'DURATION', 'P3Y'),
    ('20 years', 'DURATION', 'P20Y'),
    ('the next two weeks', 'DURATION', 'P2W'),
    ('Last week', 'DATE', '2001-W05'),
    ('weekends', 'SET', 'XXXX-WXX-WE'),
    ('annually', 'SET', 'P1Y'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('1996', 'DATE', '1996'),
    ('last year', 'DATE', '2000'),
    ('this winter', 'DATE', '2001-WI|2000-WI'),
]),
# 7. AP, diplomacy: Sudan peace talks in Kenya (2003)
('2003-06-12', 'auto', """Sudan Peace Talks Resume in Kenya After Six-Week Break

By JOSEPH KAMAU
Associated Press Writer

NAKURU, Kenya (AP) — Sudan's government and southern rebels resumed peace talks Thursday in this lakeside town northwest of Nairobi, with mediators pressing both sides to settle the last major disputes before a cease-fire expires at the end of the month.

The negotiations, the first since late April, opened at 10 a.m. under Kenyan Gen. Daniel Kiprono, the chief mediator. Kiprono told delegates that he hoped to present a draft framework agreement within four weeks.

"We cannot keep meeting every two months and going home with nothing," Kiprono said in opening remarks. "The people of Sudan have waited 20 years."

The civil war between the Islamic government in Khartoum and the mainly Christian and animist south has killed an estimated 2 million people since 1983. The two sides signed a protocol in July 2002 in Machakos, Kenya, agreeing that the south could hold a referendum on independence after a six-year interim period.

Since then, talks have stalled over how to share oil revenue and power in the capital. A memorandum signed in October halted fighting for the duration of the negotiations, but each side has accused the other of violations in recent weeks.

Rebel spokesman Peter Lual said Wednesday night that government aircraft had bombed villages in Western Upper Nile as recently as last Saturday. The government denied the charge.

Diplomats from the United States, Britain and Norway, which have backed the process since 2001, attended the opening session. A U.S. envoy said Washington wanted a deal "this summer, not next year."

The Bush administration has made a Sudan settlement a priority, partly under pressure from Christian groups. Under a law passed in October, the White House must report to Congress every six months on whether Khartoum is negotiating in good faith. The next report is due in October.

Aid agencies said Thursday that nearly 3 million southerners depend on food aid. The U.N. World Food Program said heavy rains since mid-May had cut roads across the south, complicating deliveries in the coming months.

Delegates plan to meet six days a week, breaking only on Sundays, the mediators' office said. The session is expected to last at least until mid-July.
""", [
    ('Six-Week', 'DURATION', 'P6W'),
    ('Thursday', 'DATE', '2003-06-12'),
    ('the end of the month', 'DATE', '2003-06'),
    ('late April', 'DATE', '2003-04'),
    ('10 a.m.', 'TIME', '2003-06-12T10:00'),
    ('four weeks', 'DURATION', 'P4W'),
    ('every two months', 'SET', 'P2M'),
    ('20 years', 'DURATION', 'P20Y'),
    ('1983', 'DATE', '1983'),
    ('July 2002', 'DATE', '2002-07'),
    ('six-year', 'DURATION', 'P6Y'),
    ('October', 'DATE', '2002-10'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('Wednesday night', 'DATE|TIME', '2003-06-11TNI'),
    ('last Saturday', 'DATE', '2003-06-07'),
    ('2001', 'DATE', '2001'),
    ('this summer', 'DATE', '2003-SU'),
    ('next year', 'DATE', '2004'),
    ('October', 'DATE', '2002-10'),
    ('every six months', 'SET', 'P6M'),
    ('October', 'DATE', '2003-10'),
    ('Thursday', 'DATE', '2003-06-12'),
    ('mid-May', 'DATE', '2003-05'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('six days a week', 'SET', 'P1W'),
    ('Sundays', 'SET', 'XXXX-WXX-7'),
    ('mid-July', 'DATE', '2003-07'),
]),
# 8. Reuters, companies: telephone carrier earnings (2005)
('2005-04-27', 'auto', """Harbor Telecom profit falls 18 pct, shares slide

NEW YORK, April 27 (Reuters) - Harbor Telecom Inc. <HBT.N> on Wednesday reported an 18 percent drop in first-quarter profit as customers abandoned traditional phone lines, and the regional carrier cut its 2005 forecast for the second time in three months.

Net income for January through March fell to $142 million, or 61 cents a share, from $173 million, or 74 cents, a year earlier. Revenue slipped 4 percent to $2.31 billion.

Analysts on average had expected earnings of 66 cents a share, according to Reuters Estimates.

Harbor said it now expects full-year earnings of $2.45 to $2.55 a share, down from a forecast of $2.70 to $2.80 it gave in late January. The company lost about 210,000 access lines in the quarter, or roughly 2,300 a day, as subscribers switched to wireless and cable phone service.

Shares of the Philadelphia-based company fell 7 percent to $21.40 in early trading on the New York Stock Exchange, their lowest level since October 2002.

"The pace of line losses is not slowing, and the wireless unit isn't big enough yet to offset it," said Michael Dunne, an analyst at Sanford Bernstein.

Chief Executive Laura Kessler said on a conference call that the company would accelerate its cost-cutting program, eliminating 1,800 jobs by the end of the third quarter, on top of 2,500 announced last fall. She said Harbor would save about $300 million annually once the cuts are complete.

Kessler also said the company was in "preliminary discussions" about selling its directory publishing business, which it has owned since 1987, and expected to decide before the end of the year. Bankers have valued the unit at $1.5 billion to $2 billion.

Harbor has been under pressure from investors for months to follow larger rivals into high-speed Internet and television. The company said on Wednesday it would spend $600 million over the next three years to extend fiber-optic lines to about 1 million homes, beginning this summer in suburban Philadelphia.

Rival Keystone Communications on Tuesday posted a 9 percent rise in first-quarter profit, helped by strong wireless growth.

Harbor will hold its shareholder meeting on May 19 in Wilmington, Delaware. Dissident investor Aldrich Capital, which owns 3.1 percent of the stock, said last week it would nominate two directors.
""", [
    ('April 27', 'DATE', '2005-04-27'),
    ('Wednesday', 'DATE', '2005-04-27'),
    ('first-quarter', 'DATE', '2005-Q1'),
    ('2005', 'DATE', '2005'),
    ('three months', 'DURATION', 'P3M'),
    ('January', 'DATE', '2005-01'),
    ('March', 'DATE', '2005-03'),
    ('a year earlier', 'DATE', '2004-Q1|2004'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('full-year', 'DATE|DURATION', '2005|P1Y'),
    ('late January', 'DATE', '2005-01'),
    ('the quarter', 'DATE', '2005-Q1'),
    ('a day', 'SET', 'P1D'),
    ('October 2002', 'DATE', '2002-10'),
    ('the end of the third quarter', 'DATE', '2005-Q3'),
    ('last fall', 'DATE', '2004-FA'),
    ('annually', 'SET', 'P1Y'),
    ('1987', 'DATE', '1987'),
    ('the end of the year', 'DATE', '2005'),
    ('months', 'DURATION', 'PXM'),
    ('Wednesday', 'DATE', '2005-04-27'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('this summer', 'DATE', '2005-SU'),
    ('Tuesday', 'DATE', '2005-04-26'),
    ('first-quarter', 'DATE', '2005-Q1'),
    ('May 19', 'DATE', '2005-05-19'),
    ('last week', 'DATE', '2005-W16'),
]),
# 9. AFP, disaster: Peru earthquake (2007)
('2007-08-17', 'auto', """Peru quake survivors plead for help as toll passes 500

PISCO, Peru, Aug 17, 2007 (AFP) - Survivors of the earthquake that flattened much of this Peruvian port town slept in the streets again Thursday night, and on Friday anger grew over the slow arrival of food and water as the death toll rose above 500.

The magnitude 8.0 quake struck at 6:40 pm on Wednesday (2340 GMT), about 150 kilometres (95 miles) southeast of Lima, and shook the coast for nearly two minutes. Dozens of aftershocks have followed, the strongest a 6.0 tremor early Thursday.

In Pisco, where the colonial San Clemente church collapsed on worshippers attending mass, rescuers using dogs and their bare hands were still pulling bodies from the rubble on Friday morning.

"We have had nothing to eat since Wednesday. Nobody has come," said Rosa Huaman, 43, who was sheltering with her three children under a blue plastic sheet outside the ruins of her home.

President Alan Garcia, who flew to Pisco on Thursday and has set up a temporary office in the town, declared three days of national mourning and promised state help to rebuild destroyed homes.

Garcia acknowledged late Thursday that distribution had been hampered by blocked roads and the looting of trucks on the Pan-American Highway, and ordered 1,000 additional troops into the region.

Officials said at least 16,000 homes had been destroyed in the Ica region. Health authorities warned of disease as temperatures fell to around 10 degrees Celsius and water supplies remained cut across much of the area.

International aid began to arrive on Thursday. The United States pledged 150,000 dollars and the European Union 750,000 euros, while planes from Chile, Colombia and Venezuela landed in Lima with tents and medicines. Spain said it would send a rescue team this weekend.

The quake was the deadliest in Peru since May 1970, when an earthquake and the avalanche it set off killed about 70,000 people in the northern Ancash region.

Seismologists said the Wednesday quake had been caused by the Nazca plate sliding beneath the South American plate, the same process behind a 2001 earthquake that killed more than 100 people in southern Peru.

Carlos Benavides, a seismologist at the Geophysical Institute of Peru, said the aftershocks would probably continue for several weeks and could still be strong enough to bring down weakened buildings.
""", [
    ('Aug 17, 2007', 'DATE', '2007-08-17'),
    ('Thursday night', 'DATE|TIME', '2007-08-16TNI'),
    ('Friday', 'DATE', '2007-08-17'),
    ('6:40 pm on Wednesday', 'TIME', '2007-08-15T18:40'),
    ('2340 GMT', 'TIME', '2007-08-15T23:40'),
    ('nearly two minutes', 'DURATION', 'PT2M'),
    ('early Thursday', 'DATE', '2007-08-16'),
    ('Friday morning', 'DATE|TIME', '2007-08-17TMO'),
    ('Wednesday', 'DATE', '2007-08-15'),
    ('Thursday', 'DATE', '2007-08-16'),
    ('three days', 'DURATION', 'P3D'),
    ('late Thursday', 'DATE', '2007-08-16'),
    ('Thursday', 'DATE', '2007-08-16'),
    ('this weekend', 'DATE', '2007-W33-WE'),
    ('May 1970', 'DATE', '1970-05'),
    ('Wednesday', 'DATE', '2007-08-15'),
    ('2001', 'DATE', '2001'),
    ('several weeks', 'DURATION', 'PXW'),
]),
# 10. New York Times, local politics: a bridge deal that collapsed, told in narrative (2009)
('2009-12-06', 'auto', """How a Bridge Deal Came Apart in Three Days

By MICHAEL TORRES

BELLPORT, N.J. — At 11 p.m. on Monday, Nov. 23, Mayor Diane Whitaker believed she had the votes.

For nearly two years, she had been trying to persuade the City Council to approve a $140 million plan to replace the Harmon Street Bridge, a 1931 span that engineers had rated structurally deficient since the late 1990s. The state had agreed to cover half the cost, but only if the city committed its share by Dec. 1.

That night, after a four-hour closed-door meeting in her office, two wavering council members shook her hand. The vote was set for Wednesday.

By the next afternoon, the deal was in trouble. A councilman from the city's North Ward, Luis Ferreira, told a local radio host that the mayor had promised his district a new firehouse in exchange for his vote. Ms. Whitaker denied it. But within hours, the county prosecutor's office said it was "reviewing the remarks."

On Wednesday morning, an hour before the council convened, one of the two members called the mayor to say he would abstain. The other did not show up. The measure failed, 4 to 3, at 12:20 p.m., one vote short of the supermajority the city charter requires for bond issues.

The state's deadline passed six days later. Transportation officials in Trenton said on Thursday that the money would be offered to other projects starting next July.

"We lost a decade of planning in three days," Ms. Whitaker said in an interview on Friday. "The bridge doesn't care about politics."

Mr. Ferreira said he had been misunderstood and had not discussed the firehouse with the mayor since the summer. He has not been charged with anything, and the prosecutor's office declined to comment.

Residents have watched the bridge deteriorate for decades. Trucks heavier than 10 tons were banned in 2004, and one lane has been closed since March for emergency repairs. About 22,000 vehicles cross it every day.

The council is expected to take up a smaller repair plan in January, and the mayor said she would try again to win state money next spring. Her term ends in 2011.

"I'm not giving up," she said. "But I'm a lot less naive than I was two weeks ago."
""", [
    ('Three Days', 'DURATION', 'P3D'),
    ('11 p.m. on Monday, Nov. 23', 'TIME', '2009-11-23T23:00'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('1931', 'DATE', '1931'),
    ('the late 1990s', 'DATE', '199'),
    ('Dec. 1', 'DATE', '2009-12-01'),
    ('That night', 'DATE|TIME', '2009-11-23TNI'),
    ('four-hour', 'DURATION', 'PT4H'),
    ('Wednesday', 'DATE', '2009-11-25'),
    ('the next afternoon', 'DATE|TIME', '2009-11-24TAF'),
    ('hours', 'DURATION', 'PXH'),
    ('Wednesday morning', 'DATE|TIME', '2009-11-25TMO'),
    ('an hour', 'DURATION', 'PT1H'),
    ('12:20 p.m.', 'TIME', '2009-11-25T12:20'),
    ('six days later', 'DATE', '2009-12-01'),
    ('Thursday', 'DATE', '2009-12-03'),
    ('next July', 'DATE', '2010-07'),
    ('a decade', 'DURATION', 'P10Y'),
    ('three days', 'DURATION', 'P3D'),
    ('Friday', 'DATE', '2009-12-04'),
    ('the summer', 'DATE', '2009-SU'),
    ('decades', 'DURATION', 'PXY'),
    ('2004', 'DATE', '2004'),
    ('March', 'DATE', '2009-03'),
    ('every day', 'SET', 'P1D'),
    ('January', 'DATE', '2010-01'),
    ('next spring', 'DATE', '2010-SP'),
    ('2011', 'DATE', '2011'),
    ('two weeks ago', 'DATE', '2009-W47'),
]),
# 11. Washington Post, courts: bribery verdict (2011)
('2011-09-22', 'auto', """Former Md. Housing Official Convicted in Bribery Case

By Rachel Donovan
Washington Post Staff Writer

A federal jury in Greenbelt on Wednesday convicted a former Maryland housing official of taking more than $200,000 in bribes from developers, capping a three-week trial that offered a rare look at how public money was steered in the state's low-income housing program.

Gerald T. Mabry, 56, who oversaw rental assistance grants for the state housing department from 2004 to 2009, was found guilty on 11 of 13 counts, including conspiracy and honest-services fraud. Jurors deliberated for about 14 hours over three days before delivering the verdict at 3:15 p.m.

Mabry, of Bowie, showed no reaction as the verdict was read. His attorney, Kenneth Ruiz, said he would appeal. "This was a case built on the word of people who were trying to save themselves," Ruiz said outside the courthouse.

U.S. District Judge Paula M. Grant scheduled sentencing for Jan. 12. Mabry faces up to 20 years in prison on the most serious counts, though he is likely to receive far less under federal guidelines, legal experts said. He remains free on bond.

Prosecutors said Mabry accepted cash, a used Mercedes and trips to Las Vegas from three developers between the spring of 2006 and late 2008. In return, they said, he made sure the developers' projects moved to the front of a waiting list that often stretched to two years.

Two of the developers pleaded guilty last year and testified against Mabry. One, Anthony Lisle, told jurors that he handed Mabry envelopes of cash "about once a month" at a diner in Laurel, usually on Friday mornings.

The investigation began in the summer of 2009, when a state auditor noticed that several projects had received funding within weeks of applying. FBI agents searched Mabry's home in February 2010, and he was indicted that October.

The case is the latest in a string of corruption prosecutions in the region in recent years. Maryland officials said Wednesday that they have overhauled how grants are awarded, requiring two reviewers for each application and publishing the list of awards online quarterly.

"What happened here should never happen again," the state's housing secretary said in a statement issued Wednesday evening.

A spokeswoman for the U.S. attorney's office in Baltimore, Marcia Hale, said its public corruption unit has charged 14 state and local officials since 2009.

Mabry resigned in October 2009, shortly after agents first interviewed him. He has since worked as a consultant for a property management company.
""", [
    ('Wednesday', 'DATE', '2011-09-21'),
    ('three-week', 'DURATION', 'P3W'),
    ('2004', 'DATE', '2004'),
    ('2009', 'DATE', '2009'),
    ('about 14 hours', 'DURATION', 'PT14H'),
    ('three days', 'DURATION', 'P3D'),
    ('3:15 p.m.', 'TIME', '2011-09-21T15:15'),
    ('Jan. 12', 'DATE', '2012-01-12'),
    ('20 years', 'DURATION', 'P20Y'),
    ('the spring of 2006', 'DATE', '2006-SP'),
    ('late 2008', 'DATE', '2008'),
    ('two years', 'DURATION', 'P2Y'),
    ('last year', 'DATE', '2010'),
    ('about once a month', 'SET', 'P1M'),
    ('Friday mornings', 'SET', 'XXXX-WXX-5TMO'),
    ('the summer of 2009', 'DATE', '2009-SU'),
    ('weeks', 'DURATION', 'PXW'),
    ('February 2010', 'DATE', '2010-02'),
    ('that October', 'DATE', '2010-10'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('Wednesday', 'DATE', '2011-09-21'),
    ('quarterly', 'SET', 'P3M'),
    ('Wednesday evening', 'DATE|TIME', '2011-09-21TEV'),
    ('2009', 'DATE', '2009'),
    ('October 2009', 'DATE', '2009-10'),
]),
# 12. UPI, companies: Midwest propane shortage (2014)
('2014-01-29', 'auto', """Propane prices spike as cold snap drains Midwest supplies

CHICAGO, Jan. 29 (UPI) -- Propane distributors across the Midwest rationed deliveries Wednesday as another wave of arctic air pushed heating demand to record levels and retail prices more than doubled in less than a month.

Wholesale propane at the Conway, Kan., hub traded at $2.38 a gallon Tuesday, down from a peak of nearly $5 on Friday but still far above the $1.05 it fetched a year ago, according to the Energy Information Administration.

Heartland Cooperative Services, which supplies about 40,000 rural customers in Iowa, Minnesota and Wisconsin, said it had limited deliveries to 100 gallons per household and was giving priority to elderly customers and families with young children. "We are filling tanks seven days a week," said Heartland's president, Dennis Olander. "Our drivers have been working 14-hour shifts since Christmas."

Governors in at least 10 states have declared energy emergencies in the past two weeks, lifting limits on truck drivers' schedules so they can haul fuel from distant terminals. The Department of Transportation on Monday extended a federal waiver through Feb. 7.

Industry analysts blame a wet harvest last fall, when farmers used unusually large amounts of propane to dry corn, along with a pipeline outage in December and rising exports. Propane inventories in the Midwest fell to about 8 million barrels last week, the lowest level since the government began tracking the figures in 1993.

"Nobody planned for this kind of cold," said Karen Vogel, an energy economist at the University of Wisconsin-Madison. "Last summer, stocks were rebuilt more slowly than usual, and this winter the market ran out of cushion by mid-January."

About 12 million U.S. households heat with propane, most of them in rural areas. The National Weather Service forecast temperatures below zero in parts of Minnesota through the weekend, with little relief expected until the middle of next week.

Lawmakers from farm states wrote to the Federal Energy Regulatory Commission on Tuesday asking it to investigate whether pipeline operators had favored exporters. The commission said it was reviewing the letter.

Some retailers said customers who had signed fixed-price contracts in the summer were protected, but those buying on the spot market were paying $4 a gallon or more. In Michigan, state officials opened a hotline Monday and said they had received more than 3,000 calls in the first 24 hours.

Olander said his company would reassess deliveries daily and expected supplies to ease by early March, when demand typically falls.
""", [
    ('Jan. 29', 'DATE', '2014-01-29'),
    ('Wednesday', 'DATE', '2014-01-29'),
    ('less than a month', 'DURATION', 'P1M'),
    ('Tuesday', 'DATE', '2014-01-28'),
    ('Friday', 'DATE', '2014-01-24'),
    ('a year ago', 'DATE', '2013'),
    ('seven days a week', 'SET', 'P1W'),
    ('14-hour', 'DURATION', 'PT14H'),
    ('Christmas', 'DATE', '2013-12-25'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('Monday', 'DATE', '2014-01-27'),
    ('Feb. 7', 'DATE', '2014-02-07'),
    ('last fall', 'DATE', '2013-FA'),
    ('December', 'DATE', '2013-12'),
    ('last week', 'DATE', '2014-W04'),
    ('1993', 'DATE', '1993'),
    ('Last summer', 'DATE', '2013-SU'),
    ('this winter', 'DATE', '2014-WI|2013-WI'),
    ('mid-January', 'DATE', '2014-01'),
    ('the weekend', 'DATE', '2014-W05-WE'),
    ('the middle of next week', 'DATE', '2014-W06'),
    ('Tuesday', 'DATE', '2014-01-28'),
    ('the summer', 'DATE', '2013-SU'),
    ('Monday', 'DATE', '2014-01-27'),
    ('the first 24 hours', 'DURATION', 'PT24H'),
    ('daily', 'SET', 'P1D'),
    ('early March', 'DATE', '2014-03'),
]),
]
