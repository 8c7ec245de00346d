# Gold TIMEX3 probe set 14: fourteen news articles of 2005-2011 in the styles of AP, Reuters, AFP, Xinhua, NYT, WSJ, CNN and BBC, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, hurricane and its aftermath (2008)
('2008-09-03', 'auto', """Evacuees told to stay away as Lorena's floodwaters linger

HOUMA, La. (AP) — Residents who fled Hurricane Lorena were told Wednesday they may not be allowed back into the hardest-hit parishes until next week, as crews struggled to pump water out of neighborhoods swamped when the storm came ashore early Monday.

State emergency director Paul Guidry said at a news conference Tuesday night that power could be out for "weeks, not days" across much of the coast, where about 480,000 customers remained in the dark. He asked evacuees to be patient through the weekend.

"We know people want to go home. I want them home," Guidry said. "But the water is still standing in the streets today, and we are not going to put families back in harm's way."

Lorena made landfall at about 4 a.m. Monday near Cocodrie with winds of 110 mph, three years after Hurricane Katrina devastated New Orleans in August 2005. Officials credited a mass evacuation that began Saturday for keeping the death toll at nine.

The Army Corps of Engineers said its pumps had been running nonstop since Monday afternoon and should have most streets dry by Friday. A levee section in Terrebonne Parish that was overtopped the day before the storm will be inspected daily until the end of the month, a spokesman said.

Shelters in Baton Rouge and Shreveport housed about 12,000 people Tuesday, down from a peak of 19,000 on Sunday night. Red Cross officials said they were preparing to keep the shelters open for at least two more weeks.

Many residents have been through this before. Dolores Arceneaux, 67, spent four months in a Houston apartment after Katrina and did not finish rebuilding her kitchen until last spring.

"Every year it's the same question: do we stay or do we go?" she said from a cot in a Baton Rouge church gym. "This time I didn't wait."

The head of the Federal Emergency Management Agency toured the area Tuesday and said the agency had learned its lessons from 2005. Trucks loaded with water, ice and generators were staged in Alexandria by Saturday, and 1,200 National Guard troops were in place before the first rain bands arrived.

Forecasters at the National Hurricane Center in Miami, meanwhile, were tracking Tropical Storm Nestor, which could approach the Gulf Coast by early next week. The Atlantic hurricane season runs through Nov. 30, and forecasters in May predicted an above-average season.

"We're not even at the peak yet," said hurricane specialist Ana Whitfield. "The next six weeks are historically the busiest."
""", [
    ('Wednesday', 'DATE', '2008-09-03'),
    ('next week', 'DATE', '2008-W37'),
    ('early Monday', 'DATE', '2008-09-01'),
    ('Tuesday night', 'DATE|TIME', '2008-09-02TNI'),
    ('weeks', 'DURATION', 'PXW'),
    ('days', 'DURATION', 'PXD'),
    ('the weekend', 'DATE', '2008-W36-WE'),
    ('today', 'DATE', '2008-09-03'),
    ('about 4 a.m. Monday', 'TIME', '2008-09-01T04:00'),
    ('three years', 'DURATION', 'P3Y'),
    ('August 2005', 'DATE', '2005-08'),
    ('Saturday', 'DATE', '2008-08-30'),
    ('Monday afternoon', 'DATE|TIME', '2008-09-01TAF'),
    ('Friday', 'DATE', '2008-09-05'),
    ('the day before', 'DATE', '2008-08-31'),
    ('daily', 'SET', 'P1D'),
    ('the end of the month', 'DATE', '2008-09'),
    ('Tuesday', 'DATE', '2008-09-02'),
    ('Sunday night', 'DATE|TIME', '2008-08-31TNI'),
    ('at least two more weeks', 'DURATION', 'P2W'),
    ('four months', 'DURATION', 'P4M'),
    ('last spring', 'DATE', '2008-SP'),
    ('Every year', 'SET', 'P1Y'),
    ('Tuesday', 'DATE', '2008-09-02'),
    ('2005', 'DATE', '2005'),
    ('Saturday', 'DATE', '2008-08-30'),
    ('early next week', 'DATE', '2008-W37'),
    ('Nov. 30', 'DATE', '2008-11-30'),
    ('May', 'DATE', '2008-05'),
    ('The next six weeks', 'DURATION', 'P6W'),
]),

# 2. Reuters, bank bailout (2008)
('2008-10-14', 'auto', """Britain takes 45 pct stake in Northbridge in 12 bln stg rescue

LONDON, Oct 14 (Reuters) - The British government will take a 45 percent stake in Northbridge Banking Group as part of a 12 billion pound capital injection, the lender said on Tuesday, the second rescue of a major British bank in less than a month.

Northbridge, which lost 2.1 billion pounds in the first half, said the Treasury would buy preference shares and underwrite a share offer that closes on Nov. 7. Chief Executive Graham Pell will step down at the end of the year, and the bank will pay no dividend for 2008 or 2009.

Shares in Northbridge fell 18 percent to 64 pence by 1030 GMT, having lost more than 70 percent of their value since January.

"This is a sad day for our shareholders, but it is the right decision," Chairman Sir Richard Aske told reporters at a briefing on Tuesday morning. "Without it we would have faced a very difficult winter."

The deal follows talks over the weekend at the Treasury, where officials worked through Sunday night with executives from Northbridge and two rival lenders. Finance minister Alistair Darling unveiled a 50 billion pound recapitalisation scheme last Wednesday after bank shares plunged for three straight days.

Under the terms, Northbridge must cap cash bonuses for senior staff for the next two years and keep lending to homeowners and small businesses at 2007 levels. The government will appoint two non-executive directors within the next 60 days.

Analysts said the bank's core capital ratio would rise to about 9 percent from 5.8 percent at the end of June.

"They have been living on borrowed time since the summer," said Karen Olufemi, banking analyst at Hargreave Dunn in London. "The market wanted certainty, and now it has it."

Northbridge, founded in 1847 as a Yorkshire building society, expanded rapidly earlier this decade, buying a Spanish mortgage lender in 2005 and a U.S. credit card business two years ago. It will report third-quarter figures on Nov. 3, when it is expected to announce further writedowns on its U.S. portfolio.

European finance ministers meet in Luxembourg next month to discuss coordinated deposit guarantees, and the European Commission said on Monday it would clear state aid schemes within 24 hours where necessary.

The bailout is the biggest in British banking since the nationalisation of Northern Rock in February.

($1=.5761 Pound)

(Reporting by Sarah Whitley; Editing by Will Carson)
""", [
    ('Oct 14', 'DATE', '2008-10-14'),
    ('Tuesday', 'DATE', '2008-10-14'),
    ('less than a month', 'DURATION', 'P1M'),
    ('the first half', 'DATE', '2008-H1'),
    ('Nov. 7', 'DATE', '2008-11-07'),
    ('the end of the year', 'DATE', '2008|2008-12'),
    ('2008', 'DATE', '2008'),
    ('2009', 'DATE', '2009'),
    ('1030 GMT', 'TIME', '2008-10-14T10:30'),
    ('January', 'DATE', '2008-01'),
    ('Tuesday morning', 'DATE|TIME', '2008-10-14TMO'),
    ('winter', 'DATE', '2008-WI'),
    ('the weekend', 'DATE', '2008-W41-WE'),
    ('Sunday night', 'DATE|TIME', '2008-10-12TNI'),
    ('last Wednesday', 'DATE', '2008-10-08'),
    ('three straight days', 'DURATION', 'P3D'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('2007', 'DATE', '2007'),
    ('the next 60 days', 'DURATION', 'P60D'),
    ('the end of June', 'DATE', '2008-06'),
    ('the summer', 'DATE', '2008-SU'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1847', 'DATE', '1847'),
    ('earlier this decade', 'DATE', '200'),
    ('2005', 'DATE', '2005'),
    ('two years ago', 'DATE', '2006'),
    ('third-quarter', 'DATE', '2008-Q3'),
    ('Nov. 3', 'DATE', '2008-11-03'),
    ('next month', 'DATE', '2008-11'),
    ('Monday', 'DATE', '2008-10-13'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('February', 'DATE', '2008-02'),
]),

# 3. AFP, oil prices (2011)
('2011-02-24', 'auto', """Oil tops 119 dollars as Libya turmoil rattles markets

LONDON (AFP) - Brent crude oil prices jumped above 119 dollars a barrel on Thursday, their highest level in more than two years, as violence in Libya disrupted output from Africa's third-largest oil producer.

Brent North Sea crude for delivery in April rose as high as 119.79 dollars in late morning deals, before easing back to 116.40 dollars by 1300 GMT. New York's main contract, light sweet crude for April, climbed to 103.41 dollars, its strongest level since September 2008.

Prices have surged by about 15 percent since last Thursday, when protests against Moamer Kadhafi's four-decade rule turned deadly in the eastern city of Benghazi.

"The market is now pricing in a real supply loss, not just a risk," said Marc Delaunay, an analyst at Harcourt Commodities in London. "Nobody knows how long this will last. It could be days or it could be months."

Italian energy group ENI said on Wednesday it had halted part of its Libyan production, while Spain's Repsol shut down operations earlier this week. Libya pumps about 1.6 million barrels of crude daily, roughly two percent of world supply.

Saudi Arabia, OPEC's kingpin, told customers on Tuesday that it was ready to raise output to cover any shortfall, according to industry sources. The cartel is not due to meet until June 2 in Vienna.

The International Energy Agency, which advises industrialised nations, said it was monitoring the situation closely and could release emergency stocks "within days" if necessary. The agency last tapped reserves in 2005, after Hurricane Katrina.

Prices are now some 30 dollars higher than a year ago, when the global economy was still emerging from recession. Brent averaged about 80 dollars in 2010 and traded below 95 dollars as recently as early January.

Analysts warned that a prolonged disruption could dent the recovery in Europe and Asia in the second half of 2011. "Oil at these levels for the next three months would take half a percentage point off global growth," said economist Julia Brenner at Commerzbank in Frankfurt.

Traders will look on Friday to revised US gross domestic product data for the fourth quarter, and next week to Chinese manufacturing figures.

Kadhafi, who has ruled since 1969, vowed in a televised speech on Tuesday night to fight "to the last drop of blood" and called on his supporters to take to the streets.
""", [
    ('Thursday', 'DATE', '2011-02-24'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('April', 'DATE', '2011-04'),
    ('late morning', 'DATE|TIME', '2011-02-24TMO'),
    ('1300 GMT', 'TIME', '2011-02-24T13:00'),
    ('April', 'DATE', '2011-04'),
    ('September 2008', 'DATE', '2008-09'),
    ('last Thursday', 'DATE', '2011-02-17'),
    ('four-decade', 'DURATION', 'P40Y|P4E'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('days', 'DURATION', 'PXD'),
    ('months', 'DURATION', 'PXM'),
    ('Wednesday', 'DATE', '2011-02-23'),
    ('earlier this week', 'DATE', '2011-W08'),
    ('daily', 'SET', 'P1D'),
    ('Tuesday', 'DATE', '2011-02-22'),
    ('June 2', 'DATE', '2011-06-02'),
    ('days', 'DURATION', 'PXD'),
    ('2005', 'DATE', '2005'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a year ago', 'DATE', '2010'),
    ('2010', 'DATE', '2010'),
    ('early January', 'DATE', '2011-01'),
    ('the second half of 2011', 'DATE', '2011-H2'),
    ('the next three months', 'DURATION', 'P3M'),
    ('Friday', 'DATE', '2011-02-25'),
    ('the fourth quarter', 'DATE', '2010-Q4'),
    ('next week', 'DATE', '2011-W09'),
    ('1969', 'DATE', '1969'),
    ('Tuesday night', 'DATE|TIME', '2011-02-22TNI'),
]),

# 4. Xinhua, earthquake abroad (2009)
('2009-10-02', 'auto', """Indonesia quake death toll rises to 1,100 as rescuers search rubble

JAKARTA, Oct. 2 (Xinhua) -- The death toll from the powerful earthquake that struck Indonesia's West Sumatra province on Wednesday has risen to 1,100, and thousands more people are feared trapped under collapsed buildings, officials said here Friday.

The 7.6-magnitude quake hit at 5:16 p.m. Wednesday (1016 GMT) about 50 km off the coast of Padang, the provincial capital, the Meteorology and Geophysics Agency said. A second quake of 6.8 magnitude jolted neighboring Jambi province early Thursday morning.

"We estimate that at least 3,000 people are still buried," a senior official at the Health Ministry told Xinhua by telephone. "The next 48 hours are critical."

Rescuers using heavy equipment and bare hands searched a collapsed hotel and a language school, where dozens of students had been taking lessons when the quake struck. Heavy rain on Thursday evening hampered the search, and more than 20 aftershocks rattled the region on Friday.

President Susilo Bambang Yudhoyono, who visited the area on Thursday, declared a two-month emergency period and promised that reconstruction of homes would begin before the end of the year. The government has allocated 100 billion rupiah (about 10.4 million U.S. dollars) for emergency relief.

China has offered 1 million U.S. dollars in cash aid and will send a 40-member rescue team that is expected to arrive in Padang on Saturday morning, the Chinese embassy in Jakarta said Friday. Japan, Australia and the United States have also pledged assistance.

Indonesia sits on the Pacific "Ring of Fire" and is frequently hit by earthquakes. A 9.1-magnitude quake off Aceh on Dec. 26, 2004 triggered a tsunami that killed about 170,000 people in Indonesia alone. In May 2006, a quake near Yogyakarta killed more than 5,700 people, and in September 2007 a series of strong tremors struck Bengkulu, just south of the latest disaster zone.

Many residents said they had been unable to reach relatives for two days. "Since Wednesday I have been sleeping in the street with my children," said Yusrizal, a 38-year-old teacher in Padang. "We are afraid to go back inside."

Officials said electricity had been restored to about half of Padang by Friday afternoon, but water supplies would not be fully restored for several weeks. The city's airport reopened on Thursday.

Seismologists warned that strong aftershocks could continue in the coming days. Enditem
""", [
    ('Oct. 2', 'DATE', '2009-10-02'),
    ('Wednesday', 'DATE', '2009-09-30'),
    ('Friday', 'DATE', '2009-10-02'),
    ('5:16 p.m. Wednesday', 'TIME', '2009-09-30T17:16'),
    ('1016 GMT', 'TIME', '2009-09-30T10:16'),
    ('early Thursday morning', 'DATE|TIME', '2009-10-01TMO'),
    ('The next 48 hours', 'DURATION', 'PT48H'),
    ('Thursday evening', 'DATE|TIME', '2009-10-01TEV'),
    ('Friday', 'DATE', '2009-10-02'),
    ('Thursday', 'DATE', '2009-10-01'),
    ('two-month', 'DURATION', 'P2M'),
    ('the end of the year', 'DATE', '2009|2009-12'),
    ('Saturday morning', 'DATE|TIME', '2009-10-03TMO'),
    ('Friday', 'DATE', '2009-10-02'),
    ('Dec. 26, 2004', 'DATE', '2004-12-26'),
    ('May 2006', 'DATE', '2006-05'),
    ('September 2007', 'DATE', '2007-09'),
    ('two days', 'DURATION', 'P2D'),
    ('Wednesday', 'DATE', '2009-09-30'),
    ('Friday afternoon', 'DATE|TIME', '2009-10-02TAF'),
    ('several weeks', 'DURATION', 'PXW'),
    ('Thursday', 'DATE', '2009-10-01'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
]),

# 5. New York Times, peace negotiation (2007)
('2007-11-20', 'auto', """Invitations Go Out for Mideast Talks, but Expectations Stay Low

By DAVID M. HALLORAN

WASHINGTON — The State Department sent out invitations on Tuesday for a Middle East peace conference to be held next week in Annapolis, Md., ending months of uncertainty over whether the meeting would take place at all.

The conference will open with a dinner hosted by President Bush on Monday evening, followed by formal sessions at the Naval Academy on Tuesday and a meeting at the White House on Wednesday morning, a senior administration official said.

Secretary of State Condoleezza Rice has traveled to the region eight times since January, and officials said she would spend much of the Thanksgiving holiday on the telephone with Israeli and Palestinian negotiators, who have been trying since early October to agree on a joint statement.

"We are not going to solve everything in one day," the official said, speaking on condition of anonymity because the guest list had not yet been made public. "This is the start of a process, not the end of one."

The two sides remain divided over how specific the document should be. Palestinian officials want a timetable that would lead to a final agreement by the end of 2008, before Mr. Bush leaves office in January 2009. Israeli officials have resisted any firm deadline, noting that the last serious effort, at Camp David in July 2000, collapsed after two weeks of talks and was followed within months by the second intifada.

Negotiators met for five hours on Sunday in Jerusalem and were scheduled to meet again Wednesday. An Israeli official said the teams had narrowed their differences "substantially" over the past week, but that the hardest issues, including the status of Jerusalem, had been set aside.

Arab governments have been slower to commit. Saudi Arabia's foreign minister is expected to decide whether to attend after an Arab League meeting in Cairo on Friday. Syria has said it will come only if the Golan Heights are on the agenda.

The conference would be the first major Arab-Israeli gathering hosted by an American president since the Madrid talks of 1991, which opened negotiations that continued through much of the 1990s.

Critics say the administration waited too long. "For six years they treated this as somebody else's problem," said Aaron Feldstein, a former State Department negotiator. "Now they have 14 months left and they want a legacy."

Officials said the negotiating teams would meet every two weeks after the conference, and an international donors' meeting is planned for Paris in December.
""", [
    ('Tuesday', 'DATE', '2007-11-20'),
    ('next week', 'DATE', '2007-W48'),
    ('months', 'DURATION', 'PXM'),
    ('Monday evening', 'DATE|TIME', '2007-11-26TEV'),
    ('Tuesday', 'DATE', '2007-11-27'),
    ('Wednesday morning', 'DATE|TIME', '2007-11-28TMO'),
    ('January', 'DATE', '2007-01'),
    ('Thanksgiving', 'DATE', '2007-11-22'),
    ('early October', 'DATE', '2007-10'),
    ('one day', 'DURATION', 'P1D'),
    ('the end of 2008', 'DATE', '2008|2008-12'),
    ('January 2009', 'DATE', '2009-01'),
    ('July 2000', 'DATE', '2000-07'),
    ('two weeks', 'DURATION', 'P2W'),
    ('months', 'DURATION', 'PXM'),
    ('five hours', 'DURATION', 'PT5H'),
    ('Sunday', 'DATE', '2007-11-18'),
    ('Wednesday', 'DATE', '2007-11-21'),
    ('the past week', 'DURATION', 'P1W'),
    ('Friday', 'DATE', '2007-11-23'),
    ('1991', 'DATE', '1991'),
    ('the 1990s', 'DATE', '199'),
    ('six years', 'DURATION', 'P6Y'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('14 months', 'DURATION', 'P14M'),
    ('every two weeks', 'SET', 'P2W'),
    ('December', 'DATE', '2007-12'),
]),

# 6. Wall Street Journal, product recall (2010)
('2010-02-10', 'auto', """Hanazono Recalls 830,000 Vehicles Over Brake Flaw

By YUKA HOSHINO

TOKYO—Hanazono Motor Corp. said it would recall about 830,000 sport-utility vehicles and pickup trucks world-wide to fix a brake-line defect, the latest blow to a Japanese auto maker already struggling with falling U.S. sales.

The recall, announced Wednesday in Tokyo, covers vehicles built between 2007 and 2009, most of them sold in North America. The Nagoya-based company said dealers would begin repairs on March 1 and that owners would receive letters by the end of this month.

Hanazono said it had received 112 complaints since late 2008 of brake pedals that sank toward the floor, and that the problem may have contributed to 14 minor accidents. No injuries have been reported.

The National Highway Traffic Safety Administration opened a preliminary investigation in November and had been pressing the company for several weeks to act, according to people familiar with the matter. An agency spokeswoman said Tuesday that regulators "will continue to monitor the repairs closely" and would meet with company executives in Washington next week.

The costs will weigh on results. Hanazono said it would book a charge of about 28 billion yen ($311 million) in the current quarter, which ends March 31, and cut its net-profit forecast to 95 billion yen from 120 billion yen. In fiscal 2008, the company earned 212 billion yen.

Hanazono's shares fell 6.2% in Tokyo trading Wednesday, their biggest one-day drop since October 2008.

The company's U.S. sales fell 19% last year, and it had hoped that new models arriving in showrooms this spring would help it win back market share. Chief Executive Hiroshi Tanabe told analysts last week that he expected the U.S. market to recover gradually in the second half of 2010.

"Quality is the foundation of our brand, and we have fallen short," Mr. Tanabe said at a news conference Wednesday evening. He said engineers had traced the problem in late January to a hose made by an outside supplier.

The recall is Hanazono's third in two years. In 2008, it recalled 240,000 minivans to fix a seat-belt problem, and last summer it recalled 95,000 compact cars over faulty air-bag sensors.

Analysts said the timing was poor. The company's latest earnings, released Friday, showed operating profit rising for the first time in more than a year. "They were finally turning the corner," said Kenji Morita, an auto analyst at a Tokyo brokerage. "Now the question is whether customers come back in the spring."

Hanazono plans to brief U.S. dealers in Dallas on Feb. 22 and will report its next earnings in early May.
""", [
    ('Wednesday', 'DATE', '2010-02-10'),
    ('2007', 'DATE', '2007'),
    ('2009', 'DATE', '2009'),
    ('March 1', 'DATE', '2010-03-01'),
    ('the end of this month', 'DATE', '2010-02'),
    ('late 2008', 'DATE', '2008'),
    ('November', 'DATE', '2009-11'),
    ('several weeks', 'DURATION', 'PXW'),
    ('Tuesday', 'DATE', '2010-02-09'),
    ('next week', 'DATE', '2010-W07'),
    ('the current quarter', 'DATE', '2010-Q1'),
    ('March 31', 'DATE', '2010-03-31'),
    ('fiscal 2008', 'DATE', 'FY2008|2008'),
    ('Wednesday', 'DATE', '2010-02-10'),
    ('one-day', 'DURATION', 'P1D'),
    ('October 2008', 'DATE', '2008-10'),
    ('last year', 'DATE', '2009'),
    ('this spring', 'DATE', '2010-SP'),
    ('last week', 'DATE', '2010-W05'),
    ('the second half of 2010', 'DATE', '2010-H2'),
    ('Wednesday evening', 'DATE|TIME', '2010-02-10TEV'),
    ('late January', 'DATE', '2010-01'),
    ('two years', 'DURATION', 'P2Y'),
    ('2008', 'DATE', '2008'),
    ('last summer', 'DATE', '2009-SU'),
    ('Friday', 'DATE', '2010-02-05'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('the spring', 'DATE', '2010-SP'),
    ('Feb. 22', 'DATE', '2010-02-22'),
    ('early May', 'DATE', '2010-05'),
]),

# 7. AP, court sentencing (2009)
('2009-06-30', 'auto', """Ex-hedge fund manager gets 15 years for $400M fraud

NEW YORK (AP) — A former Connecticut hedge fund manager who lied to investors for nearly a decade was sentenced Tuesday to 15 years in prison after a federal judge rejected his plea for leniency and called the fraud "cold and calculated."

U.S. District Judge Miriam Castellano also ordered Gerald P. Whitcomb, 58, to forfeit $412 million and to surrender to federal prison officials by Aug. 14. Prosecutors had asked for 20 years; defense lawyers sought five.

Whitcomb pleaded guilty in March to 11 counts, including securities fraud and money laundering. He admitted that from 1999 to 2008 he sent investors false monthly statements showing steady gains while his Greenwich-based fund, Whitcomb Capital Partners, was quietly losing money.

"For years, you looked these people in the eye and took their savings," the judge told him. "You did not make a mistake. You made a choice, over and over again."

The scheme collapsed in November, two months after the failure of Lehman Brothers, when investors rushed to withdraw about $150 million and Whitcomb could not pay them.

Several victims spoke during the two-hour hearing in Manhattan. Ellen Marsh, 71, of Stamford, said she had invested her late husband's pension with Whitcomb in 2002 and now works at a grocery store three days a week.

"I used to think about retirement. Now I think about next month's rent," she said.

Whitcomb, wearing a dark suit, turned to face the victims and apologized. "I have thought every day for the past seven months about what I did," he said, his voice breaking.

His lawyer, Alan Rudnick, said outside court that Whitcomb would not appeal. He said his client had cooperated with a court-appointed trustee since December and would continue to do so from prison.

The sentencing came in the same courthouse where Bernard Madoff was sentenced Monday to 150 years for a far larger Ponzi scheme.

The trustee, Lawrence Feingold, said Monday that he had recovered about $86 million and expects to make a first payment to victims by the end of the year. Victims have until Sept. 30 to file claims.

Whitcomb is expected to serve his sentence at a low-security prison in Otisville, N.Y. He could be eligible for release in about 13 years under federal rules that allow credit for good behavior.
""", [
    ('15 years', 'DURATION', 'P15Y'),
    ('nearly a decade', 'DURATION', 'P10Y|P1E'),
    ('Tuesday', 'DATE', '2009-06-30'),
    ('15 years', 'DURATION', 'P15Y'),
    ('Aug. 14', 'DATE', '2009-08-14'),
    ('20 years', 'DURATION', 'P20Y'),
    ('March', 'DATE', '2009-03'),
    ('1999', 'DATE', '1999'),
    ('2008', 'DATE', '2008'),
    ('monthly', 'SET', 'P1M'),
    ('years', 'DURATION', 'PXY'),
    ('November', 'DATE', '2008-11'),
    ('two months', 'DURATION', 'P2M'),
    ('two-hour', 'DURATION', 'PT2H'),
    ('2002', 'DATE', '2002'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('three days a week', 'SET', 'P1W'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('next month', 'DATE', '2009-07'),
    ('every day', 'SET', 'P1D'),
    ('the past seven months', 'DURATION', 'P7M'),
    ('December', 'DATE', '2008-12'),
    ('Monday', 'DATE', '2009-06-29'),
    ('150 years', 'DURATION', 'P150Y'),
    ('Monday', 'DATE', '2009-06-29'),
    ('the end of the year', 'DATE', '2009|2009-12'),
    ('Sept. 30', 'DATE', '2009-09-30'),
    ('about 13 years', 'DURATION', 'P13Y'),
]),

# 8. CNN, political scandal (2011)
('2011-06-09', 'auto', """Embattled congressman vows to stay as ethics panel prepares to meet next week

Washington (CNN) -- Rep. Daniel Korver, the Ohio Republican accused of using campaign money to pay for family vacations, said Thursday he has no plans to resign and will "fight these charges every step of the way."

Speaking to reporters outside his Capitol Hill office around 11 a.m., Korver, 52, acknowledged "mistakes in bookkeeping" but denied breaking any law.

"I have served the people of the 9th District for 12 years, and I intend to keep serving them," he said.

The House Ethics Committee will meet behind closed doors next Tuesday to decide whether to open a formal investigation, a committee aide told CNN. The panel's chairman and its top Democrat issued a joint statement Wednesday night saying they had received a referral from the Office of Congressional Ethics.

The allegations first surfaced late last month, when the Columbus Ledger reported that Korver's campaign had spent more than $96,000 between 2007 and 2010 on trips to Florida and Colorado, including a ski vacation over Christmas 2009.

Since then, two senior aides have resigned and the campaign's treasurer has hired a lawyer. Korver's chief of staff stepped down Monday, citing "personal reasons."

Republican leaders declined to comment Thursday morning. But several GOP lawmakers privately expressed frustration that the story has dragged on for more than two weeks as the party tries to focus on budget negotiations with the White House ahead of an August 2 deadline to raise the debt ceiling.

"Every day we spend on this is a distraction from jobs and the deficit," said one Republican member, who asked not to be named.

Korver, a former county prosecutor, was first elected in 1998 and won his seventh term last November with 61% of the vote. Democrats have already begun recruiting a challenger for the 2012 race, and the filing deadline for Ohio's congressional primaries falls in December.

Korver said he would repay his campaign for any improper expenses within 30 days and has asked an outside accounting firm to review the campaign's books for the past five years.

"I'm not going anywhere," he said. "Not this week, not this year."

The Ethics Committee typically takes months to complete an investigation. The last member to face a public ethics trial, New York Democrat Charles Rangel, was censured by the House in December 2010 after a two-year inquiry.

CNN's Dana Ellison contributed to this report.
""", [
    ('next week', 'DATE', '2011-W24'),
    ('Thursday', 'DATE', '2011-06-09'),
    ('around 11 a.m.', 'TIME', '2011-06-09T11:00'),
    ('12 years', 'DURATION', 'P12Y'),
    ('next Tuesday', 'DATE', '2011-06-14'),
    ('Wednesday night', 'DATE|TIME', '2011-06-08TNI'),
    ('late last month', 'DATE', '2011-05'),
    ('2007', 'DATE', '2007'),
    ('2010', 'DATE', '2010'),
    ('Christmas 2009', 'DATE', '2009-12-25'),
    ('Monday', 'DATE', '2011-06-06'),
    ('Thursday morning', 'DATE|TIME', '2011-06-09TMO'),
    ('more than two weeks', 'DURATION', 'P2W'),
    ('August 2', 'DATE', '2011-08-02'),
    ('Every day', 'SET', 'P1D'),
    ('1998', 'DATE', '1998'),
    ('last November', 'DATE', '2010-11'),
    ('2012', 'DATE', '2012'),
    ('December', 'DATE', '2011-12'),
    ('30 days', 'DURATION', 'P30D'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('this week', 'DATE', '2011-W23'),
    ('this year', 'DATE', '2011'),
    ('months', 'DURATION', 'PXM'),
    ('December 2010', 'DATE', '2010-12'),
    ('two-year', 'DURATION', 'P2Y'),
]),

# 9. Wall Street Journal, airline merger (2010)
('2010-05-04', 'auto', """Northstar, Coastal Agree to $3.1 Billion Airline Merger

By PETER J. LANGSTON

Northstar Airlines Inc. agreed to acquire Coastal Air Group Inc. in an all-stock deal valued at about $3.1 billion, creating the nation's fourth-largest carrier by traffic and capping more than two years of on-and-off talks.

The boards of both companies approved the deal Monday night, and executives announced it at a news conference in Chicago at 8:30 a.m. Tuesday. Under the terms, Coastal holders will receive 0.72 Northstar share for each share they own, a 27% premium to Coastal's closing price Friday.

The companies expect the deal to close in the fourth quarter, pending approval from shareholders and the Justice Department, and said it would produce $850 million in cost savings by 2013.

The two carriers first discussed a combination in early 2008, when fuel prices spiked above $140 a barrel, but broke off talks that spring. Coastal walked away again last October after the two sides failed to agree on where to base the combined company.

"The timing is finally right," Northstar Chief Executive Thomas Reardon said in an interview Tuesday. "Demand has come back faster than any of us expected six months ago."

Northstar reported a first-quarter loss of $47 million last week, narrower than the $210 million loss it posted a year earlier. Coastal earned $12 million in the three months ended March 31 and said it expects a profit for fiscal 2010 as a whole.

The merger would be the third major airline combination since 2008, when Delta Air Lines Inc. agreed to buy Northwest Airlines Corp. The industry has lost more than $50 billion over the past decade, and executives argue that consolidation is needed to keep fares at sustainable levels.

Labor could prove a hurdle. Northstar's pilots, whose contract became amendable in 2009, have been in federal mediation since February, and union leaders said Tuesday they would seek a single seniority list within 90 days of closing.

Shares of Coastal rose 19% to $14.22 in 4 p.m. composite trading on the New York Stock Exchange, while Northstar fell 3% to $19.75.

The combined airline will keep the Northstar name and its Chicago headquarters and will operate about 1,150 daily departures. Executives said they planned to merge the two frequent-flier programs by mid-2011 and to obtain a single operating certificate within 18 months.

Some investors were skeptical. "Airline mergers always look better on paper than they do in practice," said a portfolio manager at a Boston fund company. Analysts at several firms said they would revisit their estimates after the companies file detailed projections with regulators later this month.
""", [
    ('more than two years', 'DURATION', 'P2Y'),
    ('Monday night', 'DATE|TIME', '2010-05-03TNI'),
    ('8:30 a.m. Tuesday', 'TIME', '2010-05-04T08:30'),
    ('Friday', 'DATE', '2010-04-30'),
    ('the fourth quarter', 'DATE', '2010-Q4'),
    ('2013', 'DATE', '2013'),
    ('early 2008', 'DATE', '2008'),
    ('that spring', 'DATE', '2008-SP'),
    ('last October', 'DATE', '2009-10'),
    ('Tuesday', 'DATE', '2010-05-04'),
    ('six months ago', 'DATE', '2009-11'),
    ('first-quarter', 'DATE', '2010-Q1'),
    ('last week', 'DATE', '2010-W17'),
    ('a year earlier', 'DATE', '2009-Q1|2009'),
    ('three months', 'DURATION', 'P3M'),
    ('March 31', 'DATE', '2010-03-31'),
    ('fiscal 2010', 'DATE', 'FY2010|2010'),
    ('2008', 'DATE', '2008'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('2009', 'DATE', '2009'),
    ('February', 'DATE', '2010-02'),
    ('Tuesday', 'DATE', '2010-05-04'),
    ('90 days', 'DURATION', 'P90D'),
    ('4 p.m.', 'TIME', '2010-05-04T16:00'),
    ('daily', 'SET', 'P1D'),
    ('mid-2011', 'DATE', '2011'),
    ('18 months', 'DURATION', 'P18M'),
    ('later this month', 'DATE', '2010-05'),
]),

# 10. BBC News, pandemic flu outbreak (2009)
('2009-04-28', 'auto', """Swine flu: UK steps up pandemic preparations

The government has stepped up preparations for a possible flu pandemic after two people in Scotland became the first confirmed cases of swine flu in the UK.

The couple, from Airdrie in North Lanarkshire, fell ill after returning from their honeymoon in Mexico last week and were confirmed to have the virus on Monday. Health officials said both were recovering well at Monklands Hospital.

The health secretary told MPs on Tuesday afternoon that the UK was "one of the best prepared countries in the world", with stockpiles of antiviral drugs sufficient for half the population.

A public information leaflet will be delivered to every household in the UK over the next two weeks, and a television advertising campaign begins on Thursday.

The World Health Organization raised its pandemic alert level from three to four on Monday night, meaning the virus can spread from person to person and cause community-level outbreaks. Officials in Geneva said they would review the level daily.

In Mexico, where the outbreak is thought to have begun in March, the virus is suspected of causing more than 150 deaths. Schools across the country have been closed until 6 May, and the government has urged people to stay at home from Friday.

The Foreign Office is now advising against all but essential travel to Mexico, and tour operators have cancelled flights to Cancun until 8 May.

Experts say the spread of the disease echoes earlier pandemics. The 1918 Spanish flu killed an estimated 50 million people worldwide, while outbreaks in 1957 and 1968 each killed about a million.

Professor Helen Carradine, a virologist at the University of Edinburgh, said it was too early to say how severe the new strain would be.

"If this behaves like past pandemics, we could see a second, more serious wave in the autumn," she said. "What happens over the next few weeks in Mexico and the US will tell us a great deal."

Seasonal flu kills up to 12,000 people in the UK every year, most of them elderly.

The government's pandemic plan, last updated in November 2007, assumes that up to half the population could fall ill over a 15-week period and that hospitals could be stretched for months.

Scotland's health secretary said on Tuesday morning that 22 people who had been in contact with the couple were being monitored, and that tests on seven of them had come back negative.

The Health Protection Agency said it would publish updated figures twice a day until further notice.
""", [
    ('last week', 'DATE', '2009-W17'),
    ('Monday', 'DATE', '2009-04-27'),
    ('Tuesday afternoon', 'DATE|TIME', '2009-04-28TAF'),
    ('the next two weeks', 'DURATION', 'P2W'),
    ('Thursday', 'DATE', '2009-04-30'),
    ('Monday night', 'DATE|TIME', '2009-04-27TNI'),
    ('daily', 'SET', 'P1D'),
    ('March', 'DATE', '2009-03'),
    ('6 May', 'DATE', '2009-05-06'),
    ('Friday', 'DATE', '2009-05-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('8 May', 'DATE', '2009-05-08'),
    ('1918', 'DATE', '1918'),
    ('1957', 'DATE', '1957'),
    ('1968', 'DATE', '1968'),
    ('the autumn', 'DATE', '2009-FA'),
    ('the next few weeks', 'DURATION', 'PXW'),
    ('every year', 'SET', 'P1Y'),
    ('November 2007', 'DATE', '2007-11'),
    ('15-week', 'DURATION', 'P15W'),
    ('months', 'DURATION', 'PXM'),
    ('Tuesday morning', 'DATE|TIME', '2009-04-28TMO'),
    ('twice a day', 'SET', 'P1D'),
]),

# 11. Reuters, space mission (2010)
('2010-06-14', 'auto', """Japan's asteroid probe returns capsule after seven-year odyssey

TOKYO, June 14 (Reuters) - Japanese scientists on Monday began the delicate task of recovering a heat-shielded capsule dropped into the Australian outback by the Hayabusa space probe, hoping it holds the first samples ever collected from the surface of an asteroid.

The capsule, about 40 cm (16 inches) across, streaked across the sky like a fireball and landed in the Woomera military test range in South Australia at about 11:21 p.m. on Sunday, while the probe itself burned up in the atmosphere. A recovery team spotted it from a helicopter on Monday morning.

"It has come home. I can hardly believe it," the mission's project manager told reporters in Sagamihara, near Tokyo, where the team had gathered to watch a live feed of the re-entry.

The Japan Aerospace Exploration Agency (JAXA) said the capsule would be flown to Japan later this week and opened at a clean-room laboratory in Sagamihara. Analysis could take several months, and it may not be clear until the end of the year whether it contains any material from the asteroid Itokawa.

Hayabusa, which means "falcon" in Japanese, was launched in May 2003 and reached Itokawa in September 2005. It spent about three months studying the potato-shaped rock, and attempted to collect dust from its surface in November of that year.

The mission was plagued by problems. Engine failures, a fuel leak and a seven-week loss of communication in late 2005 delayed the probe's return, which had originally been planned for June 2007, by three years.

"There were many times we thought we had lost her," one JAXA engineer said.

The successful return is a boost for Japan's space programme, whose budget is under pressure. The government is due to finalise spending plans for fiscal 2011 in December, and JAXA has requested funding for a successor mission, Hayabusa-2, which it hopes to launch in 2014.

"We have shown that Japan can do this," the science minister said on Monday. "Now we must decide how to build on it."

Japan, which launched its first satellite in 1970, has lagged behind the United States, Russia and China in manned space flight but has won praise for its robotic missions.

NASA, which helped track the capsule's descent, is planning its own asteroid sample-return mission later this decade.

(Reporting by Hiroko Sato; Editing by Jonathan Hale)
""", [
    ('seven-year', 'DURATION', 'P7Y'),
    ('June 14', 'DATE', '2010-06-14'),
    ('Monday', 'DATE', '2010-06-14'),
    ('about 11:21 p.m. on Sunday', 'TIME', '2010-06-13T23:21'),
    ('Monday morning', 'DATE|TIME', '2010-06-14TMO'),
    ('later this week', 'DATE', '2010-W24'),
    ('several months', 'DURATION', 'PXM'),
    ('the end of the year', 'DATE', '2010|2010-12'),
    ('May 2003', 'DATE', '2003-05'),
    ('September 2005', 'DATE', '2005-09'),
    ('about three months', 'DURATION', 'P3M'),
    ('November of that year', 'DATE', '2005-11'),
    ('seven-week', 'DURATION', 'P7W'),
    ('late 2005', 'DATE', '2005'),
    ('June 2007', 'DATE', '2007-06'),
    ('three years', 'DURATION', 'P3Y'),
    ('fiscal 2011', 'DATE', 'FY2011|2011'),
    ('December', 'DATE', '2010-12'),
    ('2014', 'DATE', '2014'),
    ('Monday', 'DATE', '2010-06-14'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('1970', 'DATE', '1970'),
    ('later this decade', 'DATE', '201'),
]),

# 12. AFP, labour strike (2010)
('2010-10-19', 'auto', """French strikers dig in as fuel shortages spread

PARIS (AFP) - Hundreds of thousands of people marched across France on Tuesday in the sixth round of nationwide protests since early September against President Nicolas Sarkozy's plan to raise the minimum retirement age from 60 to 62.

Unions said 3.5 million people had taken part by mid-afternoon, while the interior ministry put the figure at 1.1 million. Strikes at all 12 of the country's oil refineries have now lasted more than a week, and about a quarter of petrol stations had run dry by Tuesday morning, according to the oil industry federation.

"We will not stop until the government listens," said Thierry Caron, a CGT union delegate at the Grandpuits refinery east of Paris, where workers have been on strike since October 12.

Sarkozy said on Monday that he would "guarantee" fuel supplies and ordered police to clear blockades at three fuel depots in western France.

The Senate is due to hold a final vote on the reform on Thursday, and the government hopes to have the law signed by the end of the month. Prime Minister Francois Fillon told lawmakers the reform was "indispensable" to close a pension deficit expected to reach 45 billion euros (63 billion dollars) by 2020.

Truck drivers joined the movement on Monday, setting up slow-moving "snail" convoys on motorways around Paris, Lyon and Bordeaux. Strikes by air traffic controllers forced the cancellation of half of all flights at Paris Orly airport on Tuesday, and the civil aviation authority asked airlines to cut a third of their flights on Wednesday.

Students have also taken to the streets. More than 260 high schools were blockaded on Tuesday, up from 200 last week, the education ministry said. School holidays begin on Saturday, which some officials hope will take the heat out of the student movement.

Unions have called another day of action for October 28 and say strikes will continue "as long as necessary". The last time France saw protests on this scale was in 1995, when weeks of strikes forced then prime minister Alain Juppe to abandon a similar reform.

Polls show some 70 percent of the French support the protests, though support has slipped slightly over the past 10 days.

Sarkozy, who faces re-election in 2012, has said he will not back down. The reform would take effect gradually from July 2011, with the retirement age reaching 62 in 2018.
""", [
    ('Tuesday', 'DATE', '2010-10-19'),
    ('early September', 'DATE', '2010-09'),
    ('mid-afternoon', 'DATE|TIME', '2010-10-19TAF'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('more than a week', 'DURATION', 'P1W'),
    ('Tuesday morning', 'DATE|TIME', '2010-10-19TMO'),
    ('October 12', 'DATE', '2010-10-12'),
    ('Monday', 'DATE', '2010-10-18'),
    ('Thursday', 'DATE', '2010-10-21'),
    ('the end of the month', 'DATE', '2010-10'),
    ('2020', 'DATE', '2020'),
    ('Monday', 'DATE', '2010-10-18'),
    ('Tuesday', 'DATE', '2010-10-19'),
    ('Wednesday', 'DATE', '2010-10-20'),
    ('Tuesday', 'DATE', '2010-10-19'),
    ('last week', 'DATE', '2010-W41'),
    ('Saturday', 'DATE', '2010-10-23'),
    ('October 28', 'DATE', '2010-10-28'),
    ('1995', 'DATE', '1995'),
    ('weeks', 'DURATION', 'PXW'),
    ('the past 10 days', 'DURATION', 'P10D'),
    ('2012', 'DATE', '2012'),
    ('July 2011', 'DATE', '2011-07'),
    ('2018', 'DATE', '2018'),
]),

# 13. New York Times, election result (2010)
('2010-11-03', 'auto', """Republican Newcomer Ousts Six-Term Democrat in Pennsylvania

By MICHAEL T. REESE

SCRANTON, Pa. — Kevin Dwyer, a Republican businessman who had never run for office, defeated Representative Margaret Hollis on Tuesday, ending the 12-year House career of one of Pennsylvania's most prominent Democrats and adding to a wave of Republican gains across the industrial Midwest and Northeast.

With 99 percent of precincts reporting early Wednesday, Mr. Dwyer had 53 percent of the vote to Ms. Hollis's 45 percent. Ms. Hollis conceded at about 1:15 a.m. Wednesday in a brief speech to supporters at a union hall in Wilkes-Barre.

"The voters have spoken, and I respect their decision," she said. "For 12 years it has been the honor of my life to represent this district."

Mr. Dwyer, 44, who owns a chain of hardware stores, campaigned on a promise to repeal the health care law that Congress passed in March and to extend the Bush-era tax cuts that are set to expire on Dec. 31. He spent $2.3 million of his own money, most of it in the final six weeks of the campaign.

The race had been considered safe for Democrats as recently as the spring, when Ms. Hollis led by 20 points in public polls. But unemployment in the district has hovered above 10 percent for most of the past two years, and outside groups poured more than $4 million into television advertising after Labor Day.

Ms. Hollis first won the seat in 1998, narrowly defeating a Republican incumbent, and was re-elected five times, never with less than 58 percent of the vote. She voted for the economic stimulus package in February 2009 and for the health care overhaul, votes that Mr. Dwyer highlighted in commercials that ran daily across the Scranton and Wilkes-Barre media market.

Turnout was about 46 percent, up from 38 percent in the 2006 midterm elections, according to county officials.

Mr. Dwyer will be sworn in on Jan. 5, when the new Congress convenes. He said Wednesday morning that he would travel to Washington next week for orientation sessions for new members and would hold town hall meetings in the district every month.

"People here are tired of waiting," he said. "They want jobs now, not in five years."

Democratic officials said Ms. Hollis had not decided whether to seek a rematch in 2012. The state legislature, now controlled by Republicans in both chambers, will redraw congressional districts next year after the release of the 2010 census results, a process that could reshape the district before the next election.
""", [
    ('Tuesday', 'DATE', '2010-11-02'),
    ('12-year', 'DURATION', 'P12Y'),
    ('early Wednesday', 'DATE', '2010-11-03'),
    ('about 1:15 a.m. Wednesday', 'TIME', '2010-11-03T01:15'),
    ('12 years', 'DURATION', 'P12Y'),
    ('March', 'DATE', '2010-03'),
    ('Dec. 31', 'DATE', '2010-12-31'),
    ('the final six weeks', 'DURATION', 'P6W'),
    ('the spring', 'DATE', '2010-SP'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('Labor Day', 'DATE', '2010-09-06'),
    ('1998', 'DATE', '1998'),
    ('February 2009', 'DATE', '2009-02'),
    ('daily', 'SET', 'P1D'),
    ('2006', 'DATE', '2006'),
    ('Jan. 5', 'DATE', '2011-01-05'),
    ('Wednesday morning', 'DATE|TIME', '2010-11-03TMO'),
    ('next week', 'DATE', '2010-W45'),
    ('every month', 'SET', 'P1M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('five years', 'DURATION', 'P5Y'),
    ('2012', 'DATE', '2012'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('next year', 'DATE', '2011'),
    ('2010', 'DATE', '2010'),
]),

# 14. CNN, mining accident (2011)
('2011-03-06', 'auto', """2 Kentucky miners rescued after 38 hours underground; 7 dead

(CNN) -- Two coal miners who had been trapped underground since an explosion Friday afternoon were pulled alive from a mine in eastern Kentucky early Sunday, state officials said, but seven of their co-workers were killed in the blast.

The men, ages 34 and 51, were brought to the surface at about 4:45 a.m. and flown to a hospital in Lexington, where they were listed in serious but stable condition, according to the governor's office.

"It's a miracle, plain and simple," said Darlene Combs, whose brother was one of the rescued men. "We prayed all through Saturday night, and we got our answer this morning."

The explosion ripped through the Caney Fork No. 3 mine near Hazard at about 2:30 p.m. Friday, roughly 1,500 feet from the mine entrance, as a crew of 19 was changing shifts. Ten miners made it out on their own within an hour.

Rescue efforts were halted for nearly 12 hours on Saturday because of dangerous levels of methane and carbon monoxide, the federal Mine Safety and Health Administration said. Crews drilled two boreholes from the surface to ventilate the mine before teams could re-enter Saturday evening.

Investigators from MSHA and the state will begin examining the site Monday, but officials cautioned it could be weeks before they can safely reach the area where the blast began. A full report typically takes more than a year.

The mine, operated by Cumberland Ridge Energy Corp., was cited for 87 safety violations last year, including 23 related to ventilation and the buildup of coal dust, according to MSHA records. Inspectors last visited the mine on Feb. 17 and ordered part of it closed for two days.

"We've been warning about this mine for months," said Roy Sizemore, a retired federal mine inspector. "The violations just kept piling up."

The company said in a statement Saturday that it had "fully cooperated with regulators" and that its safety record had improved since 2009.

The accident is the deadliest in the U.S. coal industry since last April, when 29 miners died in an explosion at Massey Energy's Upper Big Branch mine in West Virginia.

Congress considered tougher mine safety legislation last year, but the bill stalled in December. Kentucky lawmakers said they would hold hearings this spring, and the state's mine safety office plans to inspect every underground mine in the region over the next 60 days. Kentucky recorded eight coal mining deaths in 2010.

Flags at the state Capitol will fly at half-staff until Wednesday, and a memorial service is planned for next Saturday in Hazard.
""", [
    ('38 hours', 'DURATION', 'PT38H'),
    ('Friday afternoon', 'DATE|TIME', '2011-03-04TAF'),
    ('early Sunday', 'DATE', '2011-03-06'),
    ('about 4:45 a.m.', 'TIME', '2011-03-06T04:45'),
    ('Saturday night', 'DATE|TIME', '2011-03-05TNI'),
    ('this morning', 'DATE|TIME', '2011-03-06TMO'),
    ('about 2:30 p.m. Friday', 'TIME', '2011-03-04T14:30'),
    ('an hour', 'DURATION', 'PT1H'),
    ('nearly 12 hours', 'DURATION', 'PT12H'),
    ('Saturday', 'DATE', '2011-03-05'),
    ('Saturday evening', 'DATE|TIME', '2011-03-05TEV'),
    ('Monday', 'DATE', '2011-03-07'),
    ('weeks', 'DURATION', 'PXW'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('last year', 'DATE', '2010'),
    ('Feb. 17', 'DATE', '2011-02-17'),
    ('two days', 'DURATION', 'P2D'),
    ('months', 'DURATION', 'PXM'),
    ('Saturday', 'DATE', '2011-03-05'),
    ('2009', 'DATE', '2009'),
    ('last April', 'DATE', '2010-04'),
    ('last year', 'DATE', '2010'),
    ('December', 'DATE', '2010-12'),
    ('this spring', 'DATE', '2011-SP'),
    ('the next 60 days', 'DURATION', 'P60D'),
    ('2010', 'DATE', '2010'),
    ('Wednesday', 'DATE', '2011-03-09'),
    ('next Saturday', 'DATE', '2011-03-12'),
]),
]
