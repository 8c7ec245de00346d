# Gold TIMEX3 probe set 62: twelve news stories of 1990-2024 in the styles of the Associated Press, Reuters, the Guardian, the Irish Times, the Globe and Mail, the Straits Times and local US papers, on health, transport, courts, business and weather, with many weekdays, clock times and dates told before and after the DCT, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Associated Press, transport strike (1992)
('1992-04-02', 'auto', """Commuter Rail Strike Set for Monday as Talks Collapse

PHILADELPHIA (AP) -- Engineers and conductors on the region's commuter rail lines will walk off the job at 12:01 a.m. Monday unless a contract agreement is reached, union leaders said Thursday.

The announcement came after negotiators for the Southeastern Pennsylvania Transportation Authority and the United Transportation Union failed to settle their differences in a 14-hour session that ended early Wednesday. No new talks were scheduled, but a federal mediator said he hoped to bring both sides back to the table by the weekend.

About 80,000 riders use the 13 commuter lines each day. SEPTA officials said they would run extra buses on the busiest routes and urged employers to let workers stay home or stagger their hours.

"We have been working without a contract for nearly two years, and our members are tired of waiting," said union spokesman Frank DiNardo. "Nobody wants a strike. But Monday is the deadline, and we mean it."

The 1,700 rail workers last walked out in March 1983, shutting the lines for 108 days. A shorter strike in 1989 lasted nine days.

SEPTA's general manager, Thomas R. Malloy, said Tuesday that the authority could not afford the 5 percent raises the union is seeking in each year of a three-year contract. The authority faces a $22 million deficit in fiscal 1993, which begins July 1, he said, and fares went up 10 cents only last fall.

Under federal labor law, President Bush could appoint an emergency board that would delay a walkout for 60 days, but a Labor Department spokeswoman said Wednesday that no such request had been made.

Commuters at Suburban Station on Thursday morning were gloomy. "I drove in during the last strike and it took me two hours each way," said Ann Kelleher, a 44-year-old paralegal from Lansdale. "I'll probably just stay home next week."

The authority plans to post strike schedules at stations on Friday and will hold a news conference at 10 a.m. Saturday. Rail passes for April will be honored on city buses and trolleys, officials said.

Malloy said he expected talks to resume in the coming days. "The door is open," he said. "It has always been open."
""", [
    ('Monday', 'DATE', '1992-04-06'),
    ('12:01 a.m. Monday', 'TIME', '1992-04-06T00:01'),
    ('Thursday', 'DATE', '1992-04-02'),
    ('14-hour', 'DURATION', 'PT14H'),
    ('early Wednesday', 'DATE', '1992-04-01'),
    ('the weekend', 'DATE', '1992-W14-WE'),
    ('each day', 'SET', 'P1D'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('Monday', 'DATE', '1992-04-06'),
    ('March 1983', 'DATE', '1983-03'),
    ('108 days', 'DURATION', 'P108D'),
    ('1989', 'DATE', '1989'),
    ('nine days', 'DURATION', 'P9D'),
    ('Tuesday', 'DATE', '1992-03-31'),
    ('each year', 'SET', 'P1Y'),
    ('three-year', 'DURATION', 'P3Y'),
    ('fiscal 1993', 'DATE', 'FY1993|1993'),
    ('July 1', 'DATE', '1992-07-01'),
    ('last fall', 'DATE', '1991-FA'),
    ('60 days', 'DURATION', 'P60D'),
    ('Wednesday', 'DATE', '1992-04-01'),
    ('Thursday morning', 'DATE|TIME', '1992-04-02TMO'),
    ('two hours', 'DURATION', 'PT2H'),
    ('next week', 'DATE', '1992-W15'),
    ('Friday', 'DATE', '1992-04-03'),
    ('10 a.m. Saturday', 'TIME', '1992-04-04T10:00'),
    ('April', 'DATE', '1992-04'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
]),
# 2. Local US paper (Iowa), business: plant layoffs (1995)
('1995-10-14', 'auto', """Appliance maker to cut 340 jobs at Waterloo plant

By KAREN LUNDQUIST
Courier Staff Writer

WATERLOO -- Cedar Valley Appliance Co. will lay off 340 workers at its Waterloo plant by the end of the year, the company told employees Friday afternoon, blaming weak sales of washing machines and rising steel prices.

The cuts, about a fifth of the plant's work force, will come in two waves: 190 production workers will be let go Dec. 1, and the rest in early January. Salaried staff were told to expect word on their positions by Oct. 31.

It is the third round of layoffs at the plant since 1991 and the largest since the company was bought by a Chicago investment group four years ago.

"This is a sad day for Waterloo," Mayor Bernie Ryan said Friday night. "Those families have built this town for 60 years."

Company spokesman Dale Huebner said orders fell 18 percent in the third quarter compared with a year earlier, and that the company expected a loss for fiscal 1995, which ends Nov. 30. Cedar Valley earned $4.2 million last year.

"We have looked at every alternative over the past six months," Huebner said. "We simply have more capacity than the market needs right now."

Leaders of United Auto Workers Local 838 met with company officials for two hours Thursday and will hold a membership meeting at 7 p.m. Monday at the union hall on Sycamore Street. Local president Gary Reinke said the union would ask the company to offer early retirement to workers 55 and older before anyone with less seniority is laid off.

Under the contract signed in March 1993, laid-off workers receive 26 weeks of supplemental pay and keep their health insurance for six months. The contract expires in 1996.

Workers leaving the plant after the first shift Friday were subdued. "I've got 22 years in," said Sharon Ott, 48, a line inspector. "You hear rumors every spring and every fall. This time it's real."

The plant, which opened in 1935, employed nearly 3,000 people in the late 1970s. It now has about 1,650.

The Black Hawk County Board of Supervisors will discuss the layoffs at its weekly meeting Tuesday morning. State economic development officials are scheduled to visit the plant later this month, and a job fair is planned for early November at Hawkeye Community College.

Iowa Workforce Development said it would staff a temporary office at the union hall twice a week starting Oct. 23.
""", [
    ('the end of the year', 'DATE', '1995|1995-12'),
    ('Friday afternoon', 'DATE|TIME', '1995-10-13TAF'),
    ('Dec. 1', 'DATE', '1995-12-01'),
    ('early January', 'DATE', '1996-01'),
    ('Oct. 31', 'DATE', '1995-10-31'),
    ('1991', 'DATE', '1991'),
    ('four years ago', 'DATE', '1991'),
    ('Friday night', 'DATE|TIME', '1995-10-13TNI'),
    ('60 years', 'DURATION', 'P60Y'),
    ('the third quarter', 'DATE', '1995-Q3'),
    ('a year earlier', 'DATE', '1994-Q3|1994'),
    ('fiscal 1995', 'DATE', 'FY1995|1995'),
    ('Nov. 30', 'DATE', '1995-11-30'),
    ('last year', 'DATE', '1994'),
    ('the past six months', 'DURATION', 'P6M'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('two hours', 'DURATION', 'PT2H'),
    ('Thursday', 'DATE', '1995-10-12'),
    ('7 p.m. Monday', 'TIME', '1995-10-16T19:00'),
    ('March 1993', 'DATE', '1993-03'),
    ('26 weeks', 'DURATION', 'P26W'),
    ('six months', 'DURATION', 'P6M'),
    ('1996', 'DATE', '1996'),
    ('Friday', 'DATE', '1995-10-13'),
    ('22 years', 'DURATION', 'P22Y'),
    ('every spring', 'SET', 'XXXX-SP'),
    ('every fall', 'SET', 'XXXX-FA'),
    ('1935', 'DATE', '1935'),
    ('the late 1970s', 'DATE', '197'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('weekly', 'SET', 'P1W'),
    ('Tuesday morning', 'DATE|TIME', '1995-10-17TMO'),
    ('later this month', 'DATE', '1995-10'),
    ('early November', 'DATE', '1995-11'),
    ('twice a week', 'SET', 'P1W'),
    ('Oct. 23', 'DATE', '1995-10-23'),
]),
# 3. Reuters, business: half-year results (1997)
('1997-07-22', 'auto', """UK's Calder Group first-half profit up 12 pct, shares rise

LONDON, July 22 (Reuter) - Building materials group Calder Group Plc said on Tuesday its pretax profit rose 12 percent in the first half of 1997, helped by a recovery in British housebuilding, and it raised its interim dividend.

Profit before tax for the six months to June 30 was 48.3 million pounds ($80.1 million), up from 43.1 million a year earlier, on sales up eight percent at 612 million pounds.

Analysts had on average forecast 46 million pounds, according to a Reuters poll taken last week.

Calder shares rose 14-1/2 pence to 389 pence by 1015 GMT, outperforming a flat FTSE 100 index. The stock has gained 21 percent since January.

Chief executive Martin Ashcroft told reporters the group's order books were the strongest for nearly a decade and that demand in the southeast of England had picked up sharply since the spring.

"The market is clearly in better shape than it was two years ago," he said. "We expect the second half to be at least as good, although we remain cautious about interest rates."

The Bank of England raised its base rate by a quarter point to 6.75 percent earlier this month, the third increase since May, and many economists expect another rise early next month.

Ashcroft said Calder would complete the sale of its loss-making Dutch distribution arm by the end of September. The group announced the disposal in March.

The interim dividend was lifted to 5.2 pence from 4.8 pence and will be paid on October 3 to shareholders on the register on August 29.

Calder, which employs about 9,000 people, has cut 1,200 jobs since 1993 and closed four of its 15 brickworks. It said on Tuesday that a further plant, in Staffordshire, would shut next spring.

The group will hold an analysts' meeting at 2.30 p.m. on Wednesday and a briefing for private shareholders in Leeds on Thursday.

Its next results are due in late February.

-- London Newsroom
""", [
    ('first-half', 'DATE', '1997-H1'),
    ('July 22', 'DATE', '1997-07-22'),
    ('Tuesday', 'DATE', '1997-07-22'),
    ('the first half of 1997', 'DATE', '1997-H1'),
    ('the six months', 'DURATION', 'P6M'),
    ('June 30', 'DATE', '1997-06-30'),
    ('a year earlier', 'DATE', '1996-H1|1996'),
    ('last week', 'DATE', '1997-W29'),
    ('1015 GMT', 'TIME', '1997-07-22T10:15'),
    ('January', 'DATE', '1997-01'),
    ('nearly a decade', 'DURATION', 'P10Y|P1E'),
    ('the spring', 'DATE', '1997-SP'),
    ('two years ago', 'DATE', '1995'),
    ('the second half', 'DATE', '1997-H2'),
    ('earlier this month', 'DATE', '1997-07'),
    ('May', 'DATE', '1997-05'),
    ('early next month', 'DATE', '1997-08'),
    ('the end of September', 'DATE', '1997-09'),
    ('March', 'DATE', '1997-03'),
    ('October 3', 'DATE', '1997-10-03'),
    ('August 29', 'DATE', '1997-08-29'),
    ('1993', 'DATE', '1993'),
    ('Tuesday', 'DATE', '1997-07-22'),
    ('next spring', 'DATE', '1998-SP'),
    ('2.30 p.m. on Wednesday', 'TIME', '1997-07-23T14:30'),
    ('Thursday', 'DATE', '1997-07-24'),
    ('late February', 'DATE', '1998-02'),
]),
# 4. The Guardian, health: norovirus ward closures (2003)
('2003-11-18', 'auto', """Hospital shuts wards as vomiting bug spreads

James Meikle, health correspondent
Tuesday November 18, 2003
The Guardian

A hospital in Bristol closed four wards to new admissions yesterday after an outbreak of norovirus infected 63 patients and 21 staff in less than a week.

Westbury general hospital said the first cases were reported on Wednesday night and the outbreak had spread rapidly over the weekend. Visiting has been restricted since Sunday and non-urgent operations have been postponed until at least next Monday.

"These outbreaks happen every winter, but this one has come early and it has come hard," said the trust's director of nursing, Helen Curtis. "We would ask people not to visit if they have had symptoms in the past 48 hours."

The closures come a fortnight after the government announced an extra £70m to help hospitals cope with seasonal pressures, and as figures published last Thursday showed the number of patients waiting more than four hours in accident and emergency departments in England had risen again in October.

Health officials said norovirus cases reported to laboratories in England and Wales were running at roughly twice the level seen at the same point last year. The Health Protection Agency, which was set up in April, will publish its weekly figures tomorrow.

The NHS has struggled to keep beds open in recent years. In January 2000 hospitals across the country cancelled routine surgery for several weeks as flu cases peaked, prompting Tony Blair to promise that health spending would be raised to the European average within five years.

Ms Curtis said staff had been working 12-hour shifts since the weekend. Deep cleaning of the affected wards would begin on Thursday, and the trust hoped to reopen at least two of them by Saturday morning.

Patients' groups said the outbreak showed the dangers of running hospitals close to full capacity. "Bed occupancy at some trusts is now above 95%," said a spokesman for the Patients Association. "There is simply no slack in the system."

The Department of Health said last night that trusts had robust plans in place. A spokeswoman added that fresh guidance on infection control would be issued to all trusts before Christmas.

Westbury's chief executive, Alan Pryce, will update the trust board at 9.30am on Friday.
""", [
    ('Tuesday November 18, 2003', 'DATE', '2003-11-18'),
    ('yesterday', 'DATE', '2003-11-17'),
    ('less than a week', 'DURATION', 'P1W'),
    ('Wednesday night', 'DATE|TIME', '2003-11-12TNI'),
    ('the weekend', 'DATE', '2003-W46-WE'),
    ('Sunday', 'DATE', '2003-11-16'),
    ('next Monday', 'DATE', '2003-11-24'),
    ('every winter', 'SET', 'XXXX-WI'),
    ('the past 48 hours', 'DURATION', 'PT48H'),
    ('a fortnight', 'DURATION', 'P2W'),
    ('last Thursday', 'DATE', '2003-11-13'),
    ('more than four hours', 'DURATION', 'PT4H'),
    ('October', 'DATE', '2003-10'),
    ('last year', 'DATE', '2002'),
    ('April', 'DATE', '2003-04'),
    ('weekly', 'SET', 'P1W'),
    ('tomorrow', 'DATE', '2003-11-19'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('January 2000', 'DATE', '2000-01'),
    ('several weeks', 'DURATION', 'PXW'),
    ('five years', 'DURATION', 'P5Y'),
    ('12-hour', 'DURATION', 'PT12H'),
    ('the weekend', 'DATE', '2003-W46-WE'),
    ('Thursday', 'DATE', '2003-11-20'),
    ('Saturday morning', 'DATE|TIME', '2003-11-22TMO'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('last night', 'DATE|TIME', '2003-11-17TNI'),
    ('Christmas', 'DATE', '2003-12-25'),
    ('9.30am on Friday', 'TIME', '2003-11-21T09:30'),
]),
# 5. Associated Press, courts: embezzlement trial postponed (2005)
('2005-06-10', 'auto', """Judge delays trial of ex-treasurer accused of stealing county funds

By JOHN MERRITT
Associated Press Writer

GOLDEN, Colo. (AP) -- A judge on Friday postponed until Aug. 22 the trial of a former Jefferson County treasurer accused of stealing more than $1.3 million in public money over seven years.

District Judge Thomas Halvorsen granted the delay after defense attorneys said they needed more time to review about 40,000 pages of bank records turned over by prosecutors late last month. Jury selection had been scheduled to begin Monday.

Former treasurer Donald Ruehle, 61, has pleaded not guilty to 14 counts of theft and embezzlement of public property. He resigned in October 2003, two weeks after auditors found gaps in an account used to collect property taxes. He was arrested in February 2004 and charged the following month.

Prosecutors say Ruehle moved money from the account into a private investment fund every month from 1996 to 2003 and used the proceeds to pay for a condominium in Breckenridge and a boat.

"We're disappointed, but we understand the court's reasoning," said Chief Deputy District Attorney Paula Kessler. "We have been ready for trial since January."

Defense attorney Mark Bergstrom said the records arrived May 27 and that his team had worked through Memorial Day. "Nobody can responsibly read 40,000 pages in two weeks," he said.

Halvorsen set a pretrial hearing for 1:30 p.m. July 15 and warned both sides he would not grant another continuance. He also ordered Ruehle, who is free on $100,000 bond, to surrender his passport by Wednesday.

The trial is expected to last about three weeks.

County commissioners have since hired an outside firm to audit the treasurer's office every year, and the county recovered $410,000 from an insurance bond last summer.

Ruehle's successor, Linda Sorensen, said Friday that taxpayers "deserve to see this resolved." Sorensen, who took office in January 2004, said the office now reconciles its accounts daily.

A related civil lawsuit filed by the county to recover the money is on hold until the criminal case ends.
""", [
    ('Friday', 'DATE', '2005-06-10'),
    ('Aug. 22', 'DATE', '2005-08-22'),
    ('seven years', 'DURATION', 'P7Y'),
    ('late last month', 'DATE', '2005-05'),
    ('Monday', 'DATE', '2005-06-13'),
    ('October 2003', 'DATE', '2003-10'),
    ('two weeks', 'DURATION', 'P2W'),
    ('February 2004', 'DATE', '2004-02'),
    ('the following month', 'DATE', '2004-03'),
    ('every month', 'SET', 'P1M'),
    ('1996', 'DATE', '1996'),
    ('2003', 'DATE', '2003'),
    ('January', 'DATE', '2005-01'),
    ('May 27', 'DATE', '2005-05-27'),
    ('Memorial Day', 'DATE', '2005-05-30'),
    ('two weeks', 'DURATION', 'P2W'),
    ('1:30 p.m. July 15', 'TIME', '2005-07-15T13:30'),
    ('Wednesday', 'DATE', '2005-06-15'),
    ('about three weeks', 'DURATION', 'P3W'),
    ('every year', 'SET', 'P1Y'),
    ('last summer', 'DATE', '2004-SU'),
    ('Friday', 'DATE', '2005-06-10'),
    ('January 2004', 'DATE', '2004-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('daily', 'SET', 'P1D'),
]),
# 6. The Irish Times, courts: examinership hearing adjourned (2008)
('2008-02-27', 'auto', """Examiner appointed to Cork engineering firm employing 210

AOIFE RYAN

THE HIGH Court has appointed an interim examiner to a Cork engineering company that employs 210 people, after hearing it could not pay debts of more than €14 million.

Mr Justice Cormac Brennan was told yesterday that Lee Valley Fabrication Ltd, based in Little Island, had suffered heavy losses since last summer, when a major customer in Britain went into receivership.

Counsel for the company, Niall Dempsey BL, said the firm had a reasonable prospect of survival if given the protection of the court for a period of 100 days. Orders had picked up in recent weeks and a US investor had expressed interest in taking a stake.

The judge appointed accountant Declan Hegarty as interim examiner and adjourned the matter to Monday next, when he will decide whether to confirm the appointment. He directed that the company's main creditors, including the Revenue Commissioners and two banks, be notified by 5pm tomorrow.

The company was founded in 1974 by the late Denis O'Leary and has remained in family ownership. It makes steel structures for pharmaceutical plants and has worked on projects in Cork harbour over the past three decades.

In an affidavit, managing director Brian O'Leary said turnover had fallen from €31 million in 2006 to €19 million last year. Staff had agreed to a 10 per cent pay cut in November, and 40 temporary workers had been let go before Christmas.

He said the loss of the British customer, which owed the company €2.3 million when it collapsed on August 9th, had been "devastating". The company had been unable to meet its tax liabilities since October.

Mr O'Leary said it was hoped a scheme of arrangement could be put to creditors by the end of April. If the firm were wound up, he said, all 210 jobs would be lost "within a matter of days".

Siptu, which represents about 150 of the workers, said it would meet staff at the plant on Friday morning. Regional organiser Jim Crowley said workers had been "living from one pay packet to the next" since the autumn.

Mr Justice Brennan said he was satisfied the application had been made in good faith. He noted that the court had dealt with a growing number of examinership applications in recent months and said it would sit on Monday at 10.30am to hear any objections.

Examinership, introduced in 1990, allows a company to be protected from its creditors for 100 days while a rescue plan is drawn up.
""", [
    ('yesterday', 'DATE', '2008-02-26'),
    ('last summer', 'DATE', '2007-SU'),
    ('100 days', 'DURATION', 'P100D'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('Monday next', 'DATE', '2008-03-03'),
    ('5pm tomorrow', 'TIME', '2008-02-28T17:00'),
    ('1974', 'DATE', '1974'),
    ('the past three decades', 'DURATION', 'P30Y|P3E'),
    ('2006', 'DATE', '2006'),
    ('last year', 'DATE', '2007'),
    ('November', 'DATE', '2007-11'),
    ('Christmas', 'DATE', '2007-12-25'),
    ('August 9th', 'DATE', '2007-08-09'),
    ('October', 'DATE', '2007-10'),
    ('the end of April', 'DATE', '2008-04'),
    ('a matter of days', 'DURATION', 'PXD'),
    ('Friday morning', 'DATE|TIME', '2008-02-29TMO'),
    ('the autumn', 'DATE', '2007-FA'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('Monday at 10.30am', 'TIME', '2008-03-03T10:30'),
    ('1990', 'DATE', '1990'),
    ('100 days', 'DURATION', 'P100D'),
]),
# 7. The Globe and Mail, weather: blizzard warning (2011)
('2011-02-01', 'auto', """Blizzard to hit southern Ontario as schools, airports brace

CLAIRE MACKINNON
TORONTO -- The Globe and Mail

A massive storm that has already paralyzed much of the U.S. Midwest is expected to bury southern Ontario under as much as 30 centimetres of snow by Wednesday night, Environment Canada warned Tuesday.

The federal weather agency issued a blizzard warning for Windsor, Sarnia and London, and a heavy-snowfall warning for the Greater Toronto Area, where snow is forecast to begin late tonight and intensify through Wednesday morning. Winds gusting to 70 kilometres an hour could create whiteout conditions on Highway 401 until early Thursday.

"This is not a storm to take lightly," said Environment Canada meteorologist Marie-Claude Gagnon. "If you don't have to drive tomorrow, don't."

The Toronto District School Board said it would decide by 6 a.m. Wednesday whether to close its 588 schools, and the city said it had 200 plows and 1,400 workers on standby. Airlines cancelled more than 140 flights at Pearson International Airport scheduled for Wednesday, and the airport advised travellers to check their flight status before leaving home.

In Chicago, where the storm struck on Tuesday afternoon, officials closed Lake Shore Drive and warned of the city's worst blizzard in more than four decades.

Toronto's last major snow emergency came in January 1999, when 118 centimetres fell over 12 days and then-mayor Mel Lastman called in the army. The city has spent $78-million on snow removal since November, about half its snow-clearing budget.

City councillor Maria Santos said Tuesday the city was better prepared now than it had been a decade ago. "We have more equipment and better forecasts," she said.

The storm is expected to move into Quebec and the Maritimes on Thursday, with freezing rain in New Brunswick by Thursday evening. Temperatures are forecast to plunge to minus 20 behind the system, and the cold will linger through the weekend.

Meanwhile, Wiarton Willie, Ontario's best-known groundhog, will make his Groundhog Day prediction at 8:07 a.m. Wednesday -- if organizers can dig out the stage.

Environment Canada updates its warnings every six hours and said it would issue a new forecast at 4 p.m.
""", [
    ('Wednesday night', 'DATE|TIME', '2011-02-02TNI'),
    ('Tuesday', 'DATE', '2011-02-01'),
    ('late tonight', 'DATE|TIME', '2011-02-01TNI'),
    ('Wednesday morning', 'DATE|TIME', '2011-02-02TMO'),
    ('early Thursday', 'DATE', '2011-02-03'),
    ('tomorrow', 'DATE', '2011-02-02'),
    ('6 a.m. Wednesday', 'TIME', '2011-02-02T06:00'),
    ('Wednesday', 'DATE', '2011-02-02'),
    ('Tuesday afternoon', 'DATE|TIME', '2011-02-01TAF'),
    ('more than four decades', 'DURATION', 'P40Y|P4E'),
    ('January 1999', 'DATE', '1999-01'),
    ('12 days', 'DURATION', 'P12D'),
    ('November', 'DATE', '2010-11'),
    ('Tuesday', 'DATE', '2011-02-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a decade ago', 'DATE', '2001|200'),
    ('Thursday', 'DATE', '2011-02-03'),
    ('Thursday evening', 'DATE|TIME', '2011-02-03TEV'),
    ('the weekend', 'DATE', '2011-W05-WE'),
    ('Groundhog Day', 'DATE', '2011-02-02'),
    ('8:07 a.m. Wednesday', 'TIME', '2011-02-02T08:07'),
    ('every six hours', 'SET', 'PT6H'),
    ('4 p.m.', 'TIME', '2011-02-01T16:00'),
]),
# 8. The Irish Times, health: emergency department overcrowding (2014)
('2014-09-15', 'auto', """September trolley figures worst on record, says INMO

EIMEAR DOYLE, Health Correspondent

Some 412 patients were on trolleys in hospital emergency departments this morning, the highest figure for this month since the Irish Nurses and Midwives Organisation began its daily count nine years ago.

The worst affected hospital was University Hospital Limerick, where 46 patients were waiting for beds, followed by Beaumont Hospital in Dublin with 38.

The INMO said the figures, published at 11am, showed that overcrowding was no longer a seasonal problem. "We are now seeing in mid-September the kind of numbers we used to see only in a bad flu outbreak," said the union's industrial relations officer, Noreen Kelly. "If this is what we have before the winter, I dread to think what January will bring."

Nurses at Limerick will hold a protest at 1pm on Wednesday, and the union's executive council will meet on Thursday to consider balloting members for industrial action. It has given the Health Service Executive until the end of the month to agree a plan to open extra beds.

The HSE said last night that it had opened 68 beds in the Dublin region over the summer and that a further 120 would open across the country by December. It said delayed discharges - patients who are medically fit to leave hospital but have nowhere to go - had fallen to 690 from a peak of 850 in June.

In a statement on Sunday, the Department of Health said the Minister would meet hospital managers later this week. An emergency department task force set up last month is due to report in October.

Some 1,600 beds were closed across the public system between 2008 and 2013 as a result of spending cuts, according to the INMO. Staff numbers fell by about 12,000 under a recruitment embargo that was partly lifted this year.

One nurse at Limerick, who asked not to be named, said she had worked 13-hour shifts three times last week. "We are running on goodwill," she said. "Some patients are waiting three days for a bed. That is not safe."

Fianna Fáil's health spokesman said the figures were "a scandal" and called on the Government to publish its plan for the coming months immediately, rather than in November as signalled.
""", [
    ('September', 'DATE', '2014-09'),
    ('this morning', 'DATE|TIME', '2014-09-15TMO'),
    ('this month', 'DATE', '2014-09'),
    ('daily', 'SET', 'P1D'),
    ('nine years ago', 'DATE', '2005'),
    ('11am', 'TIME', '2014-09-15T11:00'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('mid-September', 'DATE', '2014-09'),
    ('the winter', 'DATE', '2014-WI'),
    ('January', 'DATE', '2015-01'),
    ('1pm on Wednesday', 'TIME', '2014-09-17T13:00'),
    ('Thursday', 'DATE', '2014-09-18'),
    ('the end of the month', 'DATE', '2014-09'),
    ('last night', 'DATE|TIME', '2014-09-14TNI'),
    ('the summer', 'DATE', '2014-SU'),
    ('December', 'DATE', '2014-12'),
    ('June', 'DATE', '2014-06'),
    ('Sunday', 'DATE', '2014-09-14'),
    ('later this week', 'DATE', '2014-W38'),
    ('last month', 'DATE', '2014-08'),
    ('October', 'DATE', '2014-10'),
    ('2008', 'DATE', '2008'),
    ('2013', 'DATE', '2013'),
    ('this year', 'DATE', '2014'),
    ('13-hour', 'DURATION', 'PT13H'),
    ('last week', 'DATE', '2014-W37'),
    ('three days', 'DURATION', 'P3D'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('November', 'DATE', '2014-11'),
]),
# 9. The Straits Times, transport: MRT early closures (2016)
('2016-08-05', 'auto', """Early closure for six East-West Line stations this month

KAREN LOH, Transport Correspondent

SINGAPORE - Six stations on the East-West Line will close early on three dates this month so that engineers can test a new signalling system, the Land Transport Authority (LTA) and rail operator SMRT said on Friday (Aug 5).

Train services between Tanah Merah and Pasir Ris will end at 11pm on Aug 13, Aug 20 and Aug 27, about 75 minutes earlier than usual. Free bridging buses will run every five minutes between the affected stations until the end of service, and commuters can also take regular bus services.

The works are part of a programme to replace the signalling system on the North-South and East-West lines, which was installed when the MRT network opened in 1987. The new system will allow trains to run at intervals of 100 seconds, instead of 120 seconds, at the busiest times.

Engineers have been testing the system on the North-South Line on Sunday mornings since January. Full switchover on the East-West Line is expected by the end of next year.

"We know the early closures will inconvenience some commuters, and we apologise," said SMRT Trains chief operating officer Tan Kim Hock. "But the testing cannot be done safely while passenger trains are running."

The network has been hit by a series of breakdowns over the past few years. The most serious was on July 7 last year, when a power fault shut down both the North-South and East-West lines for about three hours from about 7pm, affecting 250,000 commuters.

The Transport Ministry said in April that it expected the number of major delays to fall sharply once the new signalling system was fully in place.

Commuters interviewed at Tampines station on Thursday evening were mostly resigned. "It's only this month, and I'd rather they fix it properly," said Ms Rachel Ong, 34, a nurse at Changi General Hospital who often finishes work late.

No early closures are planned around National Day on Tuesday, when extra trains will run after the parade at the National Stadium.

Further closures on the North-South Line will be announced in the coming weeks, the LTA said.
""", [
    ('this month', 'DATE', '2016-08'),
    ('this month', 'DATE', '2016-08'),
    ('Friday', 'DATE', '2016-08-05'),
    ('Aug 5', 'DATE', '2016-08-05'),
    ('11pm on Aug 13', 'TIME', '2016-08-13T23:00'),
    ('Aug 20', 'DATE', '2016-08-20'),
    ('Aug 27', 'DATE', '2016-08-27'),
    ('about 75 minutes', 'DURATION', 'PT75M'),
    ('every five minutes', 'SET', 'PT5M'),
    ('1987', 'DATE', '1987'),
    ('100 seconds', 'DURATION', 'PT100S'),
    ('120 seconds', 'DURATION', 'PT120S'),
    ('Sunday mornings', 'SET', 'XXXX-WXX-7TMO'),
    ('January', 'DATE', '2016-01'),
    ('the end of next year', 'DATE', '2017'),
    ('the past few years', 'DURATION', 'PXY'),
    ('July 7 last year', 'DATE', '2015-07-07'),
    ('about three hours', 'DURATION', 'PT3H'),
    ('about 7pm', 'TIME', '2015-07-07T19:00'),
    ('April', 'DATE', '2016-04'),
    ('Thursday evening', 'DATE|TIME', '2016-08-04TEV'),
    ('this month', 'DATE', '2016-08'),
    ('National Day', 'DATE', '2016-08-09'),
    ('Tuesday', 'DATE', '2016-08-09'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
]),
# 10. Local US paper (Minneapolis), weather: extreme cold warning (2019)
('2019-01-28', 'auto', """Dangerous cold to grip Minnesota, with wind chills as low as 60 below

By MARK OLSON
Star Tribune

A blast of arctic air will send temperatures in Minnesota to their lowest levels in more than two decades this week, with wind chills of 50 to 60 below zero expected across much of the state by Wednesday morning, forecasters said Monday.

The National Weather Service issued a wind chill warning for the Twin Cities from 6 p.m. Tuesday until noon Thursday. The high on Wednesday may not climb above minus 20, which would make it the coldest day in Minneapolis since Feb. 2, 1996, when the low hit 32 below.

"At those wind chills, frostbite can set in on exposed skin in five minutes or less," said Jessica Lindgren, a meteorologist at the weather service office in Chanhassen. "We see cold every winter, but this is different."

Minneapolis and St. Paul public schools will be closed Tuesday and Wednesday, and several suburban districts said they would decide Tuesday night whether to reopen Thursday. The University of Minnesota canceled classes on its Twin Cities campus through Wednesday.

Metro Transit said buses would run on their normal schedules but warned of delays; light-rail trains will run every 10 minutes. The U.S. Postal Service said it would suspend mail delivery in parts of the state on Wednesday.

The cold follows blowing snow over the weekend that caused more than 300 crashes on Twin Cities roads, most of them on Sunday, according to the State Patrol.

Wind chills that low have been recorded in the Twin Cities only a handful of times in the past 50 years. Doctors at Hennepin County Medical Center said they treated 11 people for frostbite during a shorter cold snap earlier this month.

Hennepin County opened additional shelter space Monday and will keep its warming centers open through Friday. Officials urged residents to check on elderly neighbors and to bring pets indoors.

Relief is in sight. Forecasters expect temperatures to climb above freezing by Sunday, a swing of more than 50 degrees in four days.
""", [
    ('more than two decades', 'DURATION', 'P20Y|P2E'),
    ('this week', 'DATE', '2019-W05'),
    ('Wednesday morning', 'DATE|TIME', '2019-01-30TMO'),
    ('Monday', 'DATE', '2019-01-28'),
    ('6 p.m. Tuesday', 'TIME', '2019-01-29T18:00'),
    ('noon Thursday', 'TIME', '2019-01-31T12:00'),
    ('Wednesday', 'DATE', '2019-01-30'),
    ('Feb. 2, 1996', 'DATE', '1996-02-02'),
    ('five minutes', 'DURATION', 'PT5M'),
    ('every winter', 'SET', 'XXXX-WI'),
    ('Tuesday', 'DATE', '2019-01-29'),
    ('Wednesday', 'DATE', '2019-01-30'),
    ('Tuesday night', 'DATE|TIME', '2019-01-29TNI'),
    ('Thursday', 'DATE', '2019-01-31'),
    ('Wednesday', 'DATE', '2019-01-30'),
    ('every 10 minutes', 'SET', 'PT10M'),
    ('Wednesday', 'DATE', '2019-01-30'),
    ('the weekend', 'DATE', '2019-W04-WE'),
    ('Sunday', 'DATE', '2019-01-27'),
    ('the past 50 years', 'DURATION', 'P50Y'),
    ('earlier this month', 'DATE', '2019-01'),
    ('Monday', 'DATE', '2019-01-28'),
    ('Friday', 'DATE', '2019-02-01'),
    ('Sunday', 'DATE', '2019-02-03'),
    ('four days', 'DURATION', 'P4D'),
]),
# 11. Reuters, business: quarterly results and outlook (2021)
('2021-05-06', 'auto', """German supplier Hallbach lifts 2021 outlook as orders rebound, warns on chips

FRANKFURT, May 6 (Reuters) - German auto parts maker Hallbach AG raised its sales forecast for 2021 on Thursday after first-quarter orders rose to their highest since 2018, but warned that a global shortage of semiconductors would weigh on output in the second quarter.

Hallbach, which supplies brake systems and steering components to Volkswagen, BMW and Stellantis, now expects 2021 sales of 6.1 billion to 6.4 billion euros ($7.3 billion to $7.7 billion), up from a previous range of 5.8 billion to 6.2 billion euros.

Revenue rose 14% to 1.62 billion euros in the first quarter, beating the 1.55 billion average forecast in a Refinitiv poll. Adjusted operating profit more than doubled to 118 million euros from 51 million a year earlier.

Chief Executive Sabine Kroll told analysts on a conference call that Hallbach had lost about 80,000 units of production in April as customers cut shifts, and that the chip shortage would probably peak in the current quarter before easing in the second half.

"We are not out of the woods," Kroll said. "But we see a clear recovery, and we expect volumes to return to 2019 levels by the end of next year."

Industry peers, several of which reported results earlier this week, have warned the shortage could last into 2022. Analysts had not expected Hallbach to raise its outlook until July at the earliest.

Shares in Hallbach were up 4.3% at 1122 GMT, the top gainers on Germany's mid-cap MDAX index. The stock has more than doubled since hitting a low in March last year, when the first coronavirus lockdowns shut car plants across Europe.

Hallbach is cutting 2,400 jobs worldwide by 2023 under a restructuring programme announced in September, and will close its plant in Bremen at the end of June.

The company will hold its shareholder meeting online on May 20, when investors will vote on a dividend of 0.90 euros per share, reinstated after it was scrapped last year. It will publish second-quarter results on Aug. 4.

(Reporting by Petra Lindner; Editing by David Holmes)
""", [
    ('2021', 'DATE', '2021'),
    ('May 6', 'DATE', '2021-05-06'),
    ('2021', 'DATE', '2021'),
    ('Thursday', 'DATE', '2021-05-06'),
    ('first-quarter', 'DATE', '2021-Q1'),
    ('2018', 'DATE', '2018'),
    ('the second quarter', 'DATE', '2021-Q2'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2021', 'DATE', '2021'),
    ('the first quarter', 'DATE', '2021-Q1'),
    ('a year earlier', 'DATE', '2020-Q1|2020'),
    ('April', 'DATE', '2021-04'),
    ('the current quarter', 'DATE', '2021-Q2'),
    ('the second half', 'DATE', '2021-H2'),
    ('2019', 'DATE', '2019'),
    ('the end of next year', 'DATE', '2022'),
    ('earlier this week', 'DATE', '2021-W18'),
    ('2022', 'DATE', '2022'),
    ('July', 'DATE', '2021-07'),
    ('1122 GMT', 'TIME', '2021-05-06T11:22'),
    ('March last year', 'DATE', '2020-03'),
    ('2023', 'DATE', '2023'),
    ('September', 'DATE', '2020-09'),
    ('the end of June', 'DATE', '2021-06'),
    ('May 20', 'DATE', '2021-05-20'),
    ('last year', 'DATE', '2020'),
    ('second-quarter', 'DATE', '2021-Q2'),
    ('Aug. 4', 'DATE', '2021-08-04'),
]),
# 12. The Guardian, transport: rail line closure for engineering works (2024)
('2024-06-21', 'auto', """Rail passengers face 16 days of disruption as Stockport line shuts for upgrade

Rhiannon Price, Transport correspondent
Fri 21 Jun 2024 17.30 BST

Rail passengers between Manchester and the south face more than two weeks of disruption this summer after Network Rail confirmed that the main line through Stockport will close for 16 days from Saturday 3 August.

No trains will run between Manchester Piccadilly and Stockport until 19 August, while track and signalling at Edgeley junction are replaced. Avanti West Coast and CrossCountry services will start and terminate at Stockport, with replacement buses running every 10 minutes to the city centre.

Network Rail said the work, which has been planned for three years, had been moved from April after objections from the council. "We know there is never a good time to close a railway," said its regional director, Paul Whitehead. "But doing it in one go in August, when commuter numbers are lowest, means the job will be finished by the autumn rather than dragging on into 2026."

The passenger watchdog Transport Focus said it had been told of the plans only last week and urged operators to publish revised timetables "as soon as possible, not days before the closure begins". Network Rail said the timetables would be released on Tuesday.

Stockport council's leader, Claire Hughes, said on Thursday that the authority had "reluctantly" accepted the new dates. Businesses in the town centre, which lost trade during several weeks of roadworks last autumn, have asked for compensation. A drop-in session for residents will be held at the town hall at 6pm on Wednesday.

The closure comes at a difficult moment for the industry. Drivers in the Aslef union, who have staged a series of strikes since July 2022 in a long-running dispute over pay, said last month they would not hold further walkouts before the general election on 4 July.

Labour has promised to bring passenger services back into public ownership as contracts expire over the next five years; the Conservatives say they would press ahead with Great British Railways, the new body first announced in May 2021.

Whitehead said about 400 engineers would work in shifts during the closure and that the line would reopen at 5am on Monday 19 August. "If we finish early, we will open early," he said.
""", [
    ('16 days', 'DURATION', 'P16D'),
    ('Fri 21 Jun 2024 17.30 BST', 'TIME', '2024-06-21T17:30'),
    ('more than two weeks', 'DURATION', 'P2W'),
    ('this summer', 'DATE', '2024-SU'),
    ('16 days', 'DURATION', 'P16D'),
    ('Saturday 3 August', 'DATE', '2024-08-03'),
    ('19 August', 'DATE', '2024-08-19'),
    ('every 10 minutes', 'SET', 'PT10M'),
    ('three years', 'DURATION', 'P3Y'),
    ('April', 'DATE', '2024-04'),
    ('August', 'DATE', '2024-08'),
    ('the autumn', 'DATE', '2024-FA'),
    ('2026', 'DATE', '2026'),
    ('last week', 'DATE', '2024-W24'),
    ('days', 'DURATION', 'PXD'),
    ('Tuesday', 'DATE', '2024-06-25'),
    ('Thursday', 'DATE', '2024-06-20'),
    ('several weeks', 'DURATION', 'PXW'),
    ('last autumn', 'DATE', '2023-FA'),
    ('6pm on Wednesday', 'TIME', '2024-06-26T18:00'),
    ('July 2022', 'DATE', '2022-07'),
    ('last month', 'DATE', '2024-05'),
    ('4 July', 'DATE', '2024-07-04'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('May 2021', 'DATE', '2021-05'),
    ('5am on Monday 19 August', 'TIME', '2024-08-19T05:00'),
]),
]
