# Gold TIMEX3 probe set 107: day-by-day reconstructions of crimes, accidents and investigations with court or inquiry outcomes (1996-2025), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, NTSB finding on a church bus crash (1996)
('1996-11-14', 'auto', """Safety board blames driver fatigue in Ohio church bus crash

WASHINGTON (AP) -- The driver of a church bus that plunged off the Ohio Turnpike in March, killing seven people, had been awake for nearly 20 hours and had slept less than four hours in the two days before the crash, federal investigators concluded Wednesday.

The National Transportation Safety Board, meeting for more than three hours, voted unanimously that fatigue was the probable cause of the March 9 accident near Sandusky. The board also faulted the congregation's practice of using volunteer drivers who held commercial licenses but drove only a few times a year.

Investigators reconstructed the trip step by step. The bus, carrying 41 members of Grace Fellowship Church of Erie, Pa., left the church at 6 p.m. on Friday, March 8, bound for a youth rally in Fort Wayne, Ind. The driver, Harold Kessling, 58, had worked a full shift at a foundry that day, starting at 5:30 a.m.

The group stayed at the rally until shortly after 1 a.m. Saturday. Kessling told investigators he drank two cups of coffee before setting out on the return trip. About 2:40 a.m., near milepost 110, the bus drifted across the shoulder, struck a guardrail and rolled down a 30-foot embankment.

Passengers said the bus had been weaving for about 10 minutes before the crash. Several said they had tried to wake other riders but did not speak to the driver.

Rescuers worked for nearly five hours in freezing rain to free passengers trapped beneath the overturned bus. Five people died at the scene; two more died at a Toledo hospital the following week.

Kessling was charged in April with seven counts of vehicular homicide. He pleaded no contest last month and is to be sentenced Dec. 2 in Erie County Common Pleas Court.

"Nobody wanted to believe this could happen to us," said the Rev. Dale Morrow, the church's pastor, who attended Wednesday's meeting. The church has sold its two buses and now charters vehicles with professional drivers, he said.

The board recommended that states require drivers of church and school buses to log their hours of service, as interstate truck drivers have been required to do since 1937. Board Chairman Jim Hall said fatigue had played a role in at least a dozen bus crashes investigated by the agency in the past decade.

"We keep seeing the same tragedy repeated," Hall said.

The safety board's recommendations are not binding. Ohio lawmakers said they expect to take up a bill early next year.
""", [
    ('March', 'DATE', '1996-03'),
    ('nearly 20 hours', 'DURATION', 'PT20H'),
    ('less than four hours', 'DURATION', 'PT4H'),
    ('two days', 'DURATION', 'P2D'),
    ('Wednesday', 'DATE', '1996-11-13'),
    ('more than three hours', 'DURATION', 'PT3H'),
    ('March 9', 'DATE', '1996-03-09'),
    ('a few times a year', 'SET', 'P1Y'),
    ('6 p.m. on Friday, March 8', 'TIME', '1996-03-08T18:00'),
    ('that day', 'DATE', '1996-03-08'),
    ('5:30 a.m.', 'TIME', '1996-03-08T05:30'),
    ('shortly after 1 a.m. Saturday', 'TIME', '1996-03-09T01:00'),
    ('About 2:40 a.m.', 'TIME', '1996-03-09T02:40'),
    ('about 10 minutes', 'DURATION', 'PT10M'),
    ('nearly five hours', 'DURATION', 'PT5H'),
    ('the following week', 'DATE', '1996-W11'),
    ('April', 'DATE', '1996-04'),
    ('last month', 'DATE', '1996-10'),
    ('Dec. 2', 'DATE', '1996-12-02'),
    ('Wednesday', 'DATE', '1996-11-13'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1937', 'DATE', '1937'),
    ('the past decade', 'DURATION', 'P10Y|P1DE'),
    ('early next year', 'DATE', '1997'),
]),
# 2. Reuters, Philippine marine inquiry into a ferry sinking (1999)
('1999-03-19', 'auto', """Philippine inquiry blames captain, owner for ferry disaster

MANILA, March 19 (Reuters) - A Philippine board of marine inquiry on Friday blamed the captain and owners of the ferry Princess Mirabel for the sinking that killed at least 112 people last October, saying the vessel sailed overloaded into a storm despite a coast guard warning.

The board's 240-page report, released after a four-month investigation, recommended that the shipping line's franchise be revoked and that criminal charges be filed against the company's operations manager.

The ferry left the port of Batangas at 8:15 p.m. on October 17, three hours behind schedule, with about 560 passengers on board, well above its licensed capacity of 410, the report said. A coast guard storm bulletin had been issued at noon.

By midnight the vessel was pitching in waves of up to six metres. The captain, Romeo Galvez, radioed the company's Manila office at 1:20 a.m. to say the engine room was taking on water, but waited 40 minutes before sending a distress call, the report found.

The Princess Mirabel listed and sank shortly before 3 a.m., about 14 km off Marinduque island. Fishermen pulled the first survivors from the water later that morning. The coast guard did not reach the scene until the afternoon, which the board called "unacceptable".

Rescuers searched for nine days. Two days later, Galvez, who survived, was placed under arrest; he has been held in Batangas since.

"This tragedy was caused by greed and negligence," the board's chairman, Commodore Arturo Reyes, told reporters. He said the company, Sta. Clara Shipping, had been cited for overloading twice in the past two years.

The company's lawyer said on Friday it would appeal and that the vessel had passed a safety inspection in August.

Relatives of the victims, who have held a vigil outside the company's offices every Sunday since the disaster, said the findings came too late. "Five months, and no one has been punished," said Lorna Bautista, who lost her husband and two children.

Ferries are the main form of transport for millions in the archipelago of more than 7,000 islands. Hundreds of people die in sea accidents each year, and critics say regulators have done little in recent years to enforce passenger limits.

The Department of Justice is expected to decide by the end of April whether to bring charges against the company, officials said.
""", [
    ('March 19', 'DATE', '1999-03-19'),
    ('Friday', 'DATE', '1999-03-19'),
    ('last October', 'DATE', '1998-10'),
    ('four-month', 'DURATION', 'P4M'),
    ('8:15 p.m. on October 17', 'TIME', '1998-10-17T20:15'),
    ('three hours', 'DURATION', 'PT3H'),
    ('noon', 'TIME', '1998-10-17T12:00'),
    ('midnight', 'TIME', '1998-10-17T24:00|1998-10-18T00:00'),
    ('1:20 a.m.', 'TIME', '1998-10-18T01:20'),
    ('40 minutes', 'DURATION', 'PT40M'),
    ('shortly before 3 a.m.', 'TIME', '1998-10-18T03:00'),
    ('later that morning', 'DATE|TIME', '1998-10-18TMO'),
    ('the afternoon', 'DATE|TIME', '1998-10-18TAF'),
    ('nine days', 'DURATION', 'P9D'),
    ('Two days later', 'DATE', '1998-10-20'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('Friday', 'DATE', '1999-03-19'),
    ('August', 'DATE', '1998-08'),
    ('every Sunday', 'SET', 'XXXX-WXX-7'),
    ('Five months', 'DURATION', 'P5M'),
    ('each year', 'SET', 'P1Y'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('the end of April', 'DATE', '1999-04'),
]),
# 3. LA Times, arson-murder verdict for a Koreatown apartment fire (2001)
('2001-06-08', 'auto', """Jury Convicts Ex-Tenant in Fatal Koreatown Apartment Fire

By DANIEL OKAFOR, Times Staff Writer

A Los Angeles jury on Thursday convicted a former tenant of setting the fire that swept through a Koreatown apartment building in the summer of 1999, killing three people, including a 6-year-old girl.

Jurors deliberated for two days before finding Victor Anselmo Reyes, 34, guilty of three counts of second-degree murder and one count of arson of an inhabited structure. He faces life in prison when he is sentenced July 20.

Prosecutors spent much of the five-week trial reconstructing Reyes' movements before the blaze. Reyes had been evicted from the three-story building on South Catalina Street on Aug. 2, 1999, after months of complaints from neighbors. Two days later he returned and argued with the building manager in the courtyard, witnesses said.

On the evening of Aug. 6, a security camera at a gas station on Vermont Avenue recorded Reyes buying a gallon of gasoline in a plastic container at 11:52 p.m. Shortly after midnight, residents awoke to smoke pouring up the rear stairwell. Firefighters arrived at 12:41 a.m. and needed nearly two hours to bring the fire under control.

Killed were Rosa Delgado, 71, and her neighbors Jae Min Park, 29, and his daughter, Hannah.

Defense attorney Lionel Brandt argued that the evidence was circumstantial and that the building had a history of electrical problems. Fire investigators testified, however, that they found traces of gasoline in three separate places on the stairs.

Reyes was arrested in Fresno in mid-September. He has been held in County Jail without bail since his arrest.

After the verdict was read shortly before 3 p.m., relatives of the victims embraced in the hallway. "Almost two years we waited for this," said Delgado's son, Arturo, who attended each session of the trial. "My mother lived in that building since the 1970s."

The fire led the city to step up inspections of older apartment buildings. Inspectors now visit buildings with more than 16 units every three years, rather than only when a complaint is filed, according to the Department of Building and Safety.

Deputy Dist. Atty. Karen Whitfield said the case was one of the most difficult she had prosecuted in her 12-year career. "This was a man who decided that if he could not live there, nobody would," she said.

Reyes' attorney said he would file a motion for a new trial before the sentencing hearing.
""", [
    ('Thursday', 'DATE', '2001-06-07'),
    ('the summer of 1999', 'DATE', '1999-SU'),
    ('two days', 'DURATION', 'P2D'),
    ('July 20', 'DATE', '2001-07-20'),
    ('five-week', 'DURATION', 'P5W'),
    ('Aug. 2, 1999', 'DATE', '1999-08-02'),
    ('months', 'DURATION', 'PXM'),
    ('Two days later', 'DATE', '1999-08-04'),
    ('the evening of Aug. 6', 'DATE|TIME', '1999-08-06TEV'),
    ('11:52 p.m.', 'TIME', '1999-08-06T23:52'),
    ('Shortly after midnight', 'TIME', '1999-08-06T24:00|1999-08-07T00:00'),
    ('12:41 a.m.', 'TIME', '1999-08-07T00:41'),
    ('nearly two hours', 'DURATION', 'PT2H'),
    ('mid-September', 'DATE', '1999-09'),
    ('shortly before 3 p.m.', 'TIME', '2001-06-07T15:00'),
    ('Almost two years', 'DURATION', 'P2Y'),
    ('the 1970s', 'DATE', '197'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every three years', 'SET', 'P3Y'),
    ('12-year', 'DURATION', 'P12Y'),
]),
# 4. The Times (London), Old Bailey life sentence for a towpath killing (2004)
('2004-10-22', 'auto', """Courier jailed for life over towpath killing of student

By Simon Harcourt, Crime Correspondent

A motorcycle courier who stabbed a student on a canal towpath in East London and then spent a week helping police with their appeal for witnesses was jailed for life yesterday.

Darren Pyke, 31, was told by the judge at the Old Bailey that he must serve at least 22 years before he can be considered for parole. The jury took less than five hours to convict him on Wednesday after a trial lasting three weeks.

The court heard how Thomas Ashworth, 20, an engineering student at Queen Mary, University of London, left a friend's flat in Mile End shortly after 10.30pm on Saturday, February 14, to walk home along the Regent's Canal.

He never arrived. His flatmate reported him missing the following afternoon, and his body was found in reeds near Victoria Park on the Monday morning.

Pyke, who lived on a narrowboat moored 200 yards away, approached detectives that evening and told them that he had heard shouting at about 11pm. He handed out leaflets at Mile End station every evening for a week and gave an interview to a local newspaper.

Detectives became suspicious in early March, when mobile telephone records showed that his phone had been switched off between 10.50pm on February 14 and 1.15am the next day. A search of his boat on March 11 found a knife hidden in the bilge, bearing traces of Mr Ashworth's blood.

Pyke was charged two days later. He claimed at trial that he had found the knife on the towpath and kept it out of fear.

Judge Anthony Crane told him: "You robbed a young man of his future for the sake of a mobile phone and 20 pounds, and then you sought to profit from the grief of his family by inserting yourself into the investigation."

Mr Ashworth's parents, who travelled from Cumbria to attend the trial, said in a statement read outside court that the last eight months had been "a nightmare without end".

"Tom had everything ahead of him. He would have graduated next summer," the statement said.

The Metropolitan Police said that the case had been solved through painstaking analysis of telephone data. Detective Chief Inspector Helen Marsh said: "For weeks he stood beside us asking the public for help. He thought he was clever."

The towpath, which is used by thousands of cyclists and walkers daily, has no lighting. British Waterways said yesterday that it would install lighting on the stretch by the end of the year.
""", [
    ('a week', 'DURATION', 'P1W'),
    ('yesterday', 'DATE', '2004-10-21'),
    ('at least 22 years', 'DURATION', 'P22Y'),
    ('less than five hours', 'DURATION', 'PT5H'),
    ('Wednesday', 'DATE', '2004-10-20'),
    ('three weeks', 'DURATION', 'P3W'),
    ('shortly after 10.30pm on Saturday, February 14', 'TIME', '2004-02-14T22:30'),
    ('the following afternoon', 'DATE|TIME', '2004-02-15TAF'),
    ('Monday morning', 'DATE|TIME', '2004-02-16TMO'),
    ('that evening', 'DATE|TIME', '2004-02-16TEV'),
    ('about 11pm', 'TIME', '2004-02-14T23:00'),
    ('every evening', 'SET', 'XXXX-XX-XXTEV|P1D'),
    ('a week', 'DURATION', 'P1W'),
    ('early March', 'DATE', '2004-03'),
    ('10.50pm on February 14', 'TIME', '2004-02-14T22:50'),
    ('1.15am the next day', 'TIME', '2004-02-15T01:15'),
    ('March 11', 'DATE', '2004-03-11'),
    ('two days later', 'DATE', '2004-03-13'),
    ('the last eight months', 'DURATION', 'P8M'),
    ('next summer', 'DATE', '2005-SU'),
    ('weeks', 'DURATION', 'PXW'),
    ('daily', 'SET', 'P1D'),
    ('yesterday', 'DATE', '2004-10-21'),
    ('the end of the year', 'DATE', '2004'),
]),
# 5. Local paper (Minnesota), sentencing in a hit-and-run death of a cyclist (2008)
('2008-02-27', 'auto', """Driver gets 4 years in hit-and-run death of cyclist

By Karen Wills
Ledger Staff Writer

NORTHFIELD -- A Dennison man who struck and killed a bicyclist on Route 19 last fall and then hid his pickup in a relative's barn was sentenced Tuesday to four years in state prison.

Gary L. Hoff, 44, pleaded guilty in January to leaving the scene of a fatal accident and tampering with evidence. Judge Margaret Lund of Rice County District Court also ordered him to pay $18,000 in restitution and suspended his driver's license for 10 years.

The victim, Evan Kolstad, 27, a music teacher at Bridgewater Elementary, was riding home from a rehearsal about 9:15 p.m. on Nov. 3 when he was hit from behind near the Cannon River bridge. A passing motorist found him in the ditch shortly before 10 p.m. He died at a Rochester hospital early the next morning.

For more than a week, investigators had little to go on but a broken side mirror and flecks of red paint. On Nov. 9, the sheriff's office released a photo of the mirror, and the tips began coming in. A Dennison auto parts clerk told deputies that a customer had tried to order a matching mirror the previous Monday and paid cash.

Deputies traced the customer to Hoff. On the morning of Nov. 14 they found his red Ford Ranger under a tarp in his brother-in-law's barn, its right front fender still dented.

Hoff told investigators he had spent about three hours drinking at a tavern in Dundas before the crash and thought he had hit a deer.

"He knew it wasn't a deer," Assistant County Attorney Brian Solheim told the court Tuesday. "He spent 11 days making sure nobody would find out."

Kolstad's mother, Ingrid, read a statement describing her son, who taught violin twice a week to children who could not afford private lessons. "Every Tuesday night, he'd call me after his lessons," she said, her voice breaking. "Now Tuesday nights are the hardest."

Hoff apologized to the family, saying he thinks about the crash every day.

Cycling advocates have long pushed for a paved shoulder on the stretch of Route 19 where Kolstad died. The Minnesota Department of Transportation said this month that the work is planned for the summer of 2009.

A memorial ride in Kolstad's honor is scheduled for May 4, which would have been his 28th birthday.
""", [
    ('4 years', 'DURATION', 'P4Y'),
    ('last fall', 'DATE', '2007-FA'),
    ('Tuesday', 'DATE', '2008-02-26'),
    ('four years', 'DURATION', 'P4Y'),
    ('January', 'DATE', '2008-01'),
    ('10 years', 'DURATION', 'P10Y'),
    ('about 9:15 p.m. on Nov. 3', 'TIME', '2007-11-03T21:15'),
    ('shortly before 10 p.m.', 'TIME', '2007-11-03T22:00'),
    ('early the next morning', 'DATE|TIME', '2007-11-04TMO'),
    ('more than a week', 'DURATION', 'P1W'),
    ('Nov. 9', 'DATE', '2007-11-09'),
    ('the previous Monday', 'DATE', '2007-11-05'),
    ('the morning of Nov. 14', 'DATE|TIME', '2007-11-14TMO'),
    ('about three hours', 'DURATION', 'PT3H'),
    ('Tuesday', 'DATE', '2008-02-26'),
    ('11 days', 'DURATION', 'P11D'),
    ('twice a week', 'SET', 'P1W'),
    ('Every Tuesday night', 'SET', 'XXXX-WXX-2TNI'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Tuesday nights', 'SET', 'XXXX-WXX-2TNI'),
    ('every day', 'SET', 'P1D'),
    ('this month', 'DATE', '2008-02'),
    ('the summer of 2009', 'DATE', '2009-SU'),
    ('May 4', 'DATE', '2008-05-04'),
]),
# 6. ProPublica, investigation of a dementia patient's death after wandering from an assisted-living home (2012)
('2012-09-13', 'auto', """How a Broken Alarm and Two Aides Left a Dementia Patient to Die in the Heat

by Laura Benning
ProPublica, Sept. 13, 2012, 6 a.m.

On the afternoon of July 26, 2011, an 81-year-old retired machinist named Walter Greer walked out of a side door at Magnolia Gardens, an assisted-living home in Conroe, Texas. Nobody noticed for almost four hours.

State inspectors found that the door's alarm had been disconnected for at least six weeks because staff complained that it went off too often. The facility's own records, obtained by ProPublica through an open-records request, show that a maintenance worker reported the problem on June 9. It was never fixed.

Greer, who had advanced dementia, had been moved to Magnolia Gardens three months earlier by his daughter, who was told that residents were checked every 30 minutes. But that Tuesday, only two aides were on duty for 38 residents, and the bed check was not done until 7:40 p.m., according to the inspection report.

The temperature in Conroe reached 103 degrees that day. Sheriff's deputies, volunteers and a helicopter searched through the night. Greer's body was found about 10 a.m. the next day in a drainage ditch less than a mile away. The county medical examiner ruled that he died of hyperthermia.

In the 14 months since, the Texas Department of Aging and Disability Services has fined Magnolia Gardens $9,500 -- roughly what the facility charges for about three months of care for a single resident. The agency did not revoke its license. A Montgomery County grand jury declined in March to indict the home's administrator on charges of injury to an elderly person.

Greer's case is not unusual. A ProPublica analysis of state records found that at least 27 residents with dementia wandered away from Texas assisted-living homes in the past five years and later died or were seriously injured. In most cases, the facilities paid fines of less than $10,000.

"They run these places like motels," said Greer's daughter, Anne Pruitt, who filed a wrongful-death lawsuit last year. The lawsuit is set for trial in January.

Magnolia Gardens' owner, Sunbelt Senior Living, said in a statement this week that it had replaced its door alarms and now keeps three aides on duty on every shift. It declined to answer specific questions, citing the litigation.

Texas inspects assisted-living facilities only once every two years, unless a complaint is filed. Legislators proposed requiring annual inspections, but the bill died in committee in 2011 and has not been reintroduced.

The Legislature's next session begins in January.
""", [
    ('Sept. 13, 2012, 6 a.m.', 'TIME', '2012-09-13T06:00'),
    ('the afternoon of July 26, 2011', 'DATE|TIME', '2011-07-26TAF'),
    ('almost four hours', 'DURATION', 'PT4H'),
    ('at least six weeks', 'DURATION', 'P6W'),
    ('June 9', 'DATE', '2011-06-09'),
    ('three months earlier', 'DATE', '2011-04'),
    ('every 30 minutes', 'SET', 'PT30M'),
    ('that Tuesday', 'DATE', '2011-07-26'),
    ('7:40 p.m.', 'TIME', '2011-07-26T19:40'),
    ('that day', 'DATE', '2011-07-26'),
    ('the night', 'DATE|TIME', '2011-07-26TNI'),
    ('about 10 a.m. the next day', 'TIME', '2011-07-27T10:00'),
    ('14 months', 'DURATION', 'P14M'),
    ('about three months', 'DURATION', 'P3M'),
    ('March', 'DATE', '2012-03'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('last year', 'DATE', '2011'),
    ('January', 'DATE', '2013-01'),
    ('this week', 'DATE', '2012-W37'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('once every two years', 'SET', 'P2Y'),
    ('annual', 'SET', 'P1Y'),
    ('2011', 'DATE', '2011'),
    ('January', 'DATE', '2013-01'),
]),
# 7. AP, OSHA report and indictment after a Houston tower crane collapse (2015)
('2015-05-20', 'auto', """Report: Crane crew ignored wind alarms before deadly Houston collapse

HOUSTON (AP) -- A tower crane that toppled onto a downtown Houston street last summer, killing two workers and a pedestrian, had sounded wind-speed alarms for nearly an hour before it fell, but the crew kept lifting steel, federal investigators said Wednesday.

The Occupational Safety and Health Administration cited Gulfline Erectors Inc. for three willful violations and proposed $378,000 in fines. A Harris County grand jury indicted the company's site superintendent last week on a charge of criminally negligent homicide.

The report, released 10 months after the Aug. 14 collapse, lays out the sequence of events in detail.

The National Weather Service issued a severe thunderstorm warning for central Harris County at 2:37 p.m. that Thursday. Within minutes, the crane's anemometer recorded gusts above 45 mph, the manufacturer's limit for operation. Data from the crane's computer show the alarm sounded at least 11 times between 2:45 p.m. and 3:38 p.m.

Radio logs show the operator, Luis Carranza, asked twice whether he should set the load down. The superintendent, Wade Pettibone, told him to finish the lift because a concrete pour was scheduled for the next morning, the report said.

At 3:41 p.m., a gust estimated at 62 mph struck the crane, which buckled at its mast and fell across Fannin Street. Carranza, 46, and a rigger, Jamal Whitt, 33, were killed, as was Patricia Ngo, a 52-year-old accountant who was walking back to her office from lunch.

Pettibone, 51, surrendered Friday and was released on $20,000 bond. His attorney, Ron Hadley, said his client was devastated by the deaths but did not cause the collapse.

Gulfline has 15 business days to contest the citations. The company said in a statement that it had cooperated fully with investigators and had made substantial changes to its procedures.

Ngo's husband, Daniel, said the report confirmed what he had suspected for months. "They had an hour to bring that thing down," he said. "An hour."

Tower cranes have become a fixture of Houston's skyline during the building boom of the past few years. The city does not inspect cranes; it relies on federal and state oversight.

City Council member Ellen Cho said Wednesday she would propose an ordinance next month requiring crane operators to halt work whenever winds exceed manufacturer limits and to file monthly inspection reports with the city.
""", [
    ('last summer', 'DATE', '2014-SU'),
    ('nearly an hour', 'DURATION', 'PT1H'),
    ('Wednesday', 'DATE', '2015-05-20'),
    ('last week', 'DATE', '2015-W20'),
    ('10 months', 'DURATION', 'P10M'),
    ('Aug. 14', 'DATE', '2014-08-14'),
    ('2:37 p.m. that Thursday', 'TIME', '2014-08-14T14:37'),
    ('minutes', 'DURATION', 'PTXM'),
    ('2:45 p.m.', 'TIME', '2014-08-14T14:45'),
    ('3:38 p.m.', 'TIME', '2014-08-14T15:38'),
    ('the next morning', 'DATE|TIME', '2014-08-15TMO'),
    ('3:41 p.m.', 'TIME', '2014-08-14T15:41'),
    ('Friday', 'DATE', '2015-05-15'),
    ('15 business days', 'DURATION', 'P15D'),
    ('months', 'DURATION', 'PXM'),
    ('an hour', 'DURATION', 'PT1H'),
    ('An hour', 'DURATION', 'PT1H'),
    ('the past few years', 'DURATION|DATE', 'PXY|PAST_REF'),
    ('Wednesday', 'DATE', '2015-05-20'),
    ('next month', 'DATE', '2015-06'),
    ('monthly', 'SET', 'P1M'),
]),
# 8. Reuters, Dutch court sentences a fund manager over a Ponzi scheme (2018)
('2018-04-11', 'auto', """Dutch court jails former fund manager for six years over Ponzi scheme

AMSTERDAM (Reuters) - A Dutch court on Wednesday sentenced the founder of a collapsed Rotterdam investment fund to six years in prison for defrauding about 1,800 investors of 140 million euros ($173 million) over nearly a decade.

The Rotterdam District Court found Maarten de Vries, 57, guilty of fraud, forgery and money laundering, saying he had paid early investors with money from later ones while promising returns of 9 percent a year.

The scheme unravelled over a few days in the autumn of 2016. On Monday, Oct. 3, a bank in Luxembourg froze one of the fund's accounts after flagging suspicious transfers. Two days later, de Vries told staff at the fund, Horizon Vermogensbeheer, that redemptions would be suspended "for technical reasons".

That Friday he flew to Dubai, according to prosecutors. The Dutch financial markets regulator AFM raided the firm's offices the following Tuesday and found that the fund held less than 6 million euros in assets, against the 150 million euros it had reported to clients in its most recent quarterly statement.

De Vries returned voluntarily in January 2017 and has been in custody since. He told the court in February that he had always intended to repay investors and that the losses had begun during the financial crisis of 2008.

"For years the defendant lied to people who trusted him with their pensions," presiding judge Ellen Kuipers said in reading the verdict, which took about 40 minutes. "He did so knowingly and systematically."

Prosecutors had asked for eight years. De Vries' lawyer, Joost Brink, said his client would consider an appeal, which must be filed within 14 days.

Several hundred investors packed the courtroom and an adjoining room where the hearing was shown on screens. Many are retirees who received monthly payouts from the fund.

"I lost everything I saved in 40 years," said Henk Smit, 71, a former schoolteacher from Dordrecht. "Six years is nothing."

A court-appointed administrator has recovered about 31 million euros, including a villa in Spain and a yacht sold at auction last month. He told investors in a letter in December that distributions could begin late this year at the earliest.

The AFM has faced criticism for failing to act on a complaint about the fund filed in 2013. The regulator said on Wednesday it had since overhauled the way it handles tips from the public.

(Reporting by Anna Visser; Editing by Mark Potter)
""", [
    ('six years', 'DURATION', 'P6Y'),
    ('Wednesday', 'DATE', '2018-04-11'),
    ('six years', 'DURATION', 'P6Y'),
    ('nearly a decade', 'DURATION', 'P10Y|P1DE'),
    ('a year', 'SET', 'P1Y'),
    ('a few days', 'DURATION', 'PXD'),
    ('the autumn of 2016', 'DATE', '2016-FA'),
    ('Monday, Oct. 3', 'DATE', '2016-10-03'),
    ('Two days later', 'DATE', '2016-10-05'),
    ('That Friday', 'DATE', '2016-10-07'),
    ('the following Tuesday', 'DATE', '2016-10-11'),
    ('quarterly', 'SET', 'P3M'),
    ('January 2017', 'DATE', '2017-01'),
    ('February', 'DATE', '2018-02'),
    ('2008', 'DATE', '2008'),
    ('years', 'DURATION', 'PXY'),
    ('about 40 minutes', 'DURATION', 'PT40M'),
    ('eight years', 'DURATION', 'P8Y'),
    ('14 days', 'DURATION', 'P14D'),
    ('monthly', 'SET', 'P1M'),
    ('40 years', 'DURATION', 'P40Y'),
    ('Six years', 'DURATION', 'P6Y'),
    ('last month', 'DATE', '2018-03'),
    ('December', 'DATE', '2017-12'),
    ('late this year', 'DATE', '2018'),
    ('2013', 'DATE', '2013'),
    ('Wednesday', 'DATE', '2018-04-11'),
]),
# 9. LA Times, Cal Fire report and utility indictment over a deadly wildfire (2020)
('2020-12-03', 'auto', """Power line sparked deadly Bear Canyon fire, investigators say; utility faces charges

By ELENA MARQUEZ
DEC. 3, 2020 5 AM PT

A sagging power line owned by Southern California Edison ignited the Bear Canyon fire that killed four people and destroyed 212 homes in the foothills above Hemet last year, state fire investigators concluded in a report released Wednesday.

Later that day, Riverside County Dist. Atty. Raymond Cole announced that a grand jury had indicted the utility on four counts of involuntary manslaughter and 11 counts of unlawfully causing a fire.

The 96-page Cal Fire report traces the disaster from its first moments.

At 4:12 a.m. on Sept. 23, 2019, Edison's monitoring system recorded a fault on a 12-kilovolt circuit along Bear Canyon Road. The circuit automatically reset twice within 90 seconds, re-energizing a line that investigators say had fallen against a dead oak tree.

A neighbor called 911 at 4:26 a.m. to report flames. Santa Ana winds gusting to 55 mph pushed the fire downhill toward the community of Valle Vista within an hour.

Edison had been warned about the tree. A contractor flagged it for removal in May 2019, but the work order was closed without the tree being cut, according to the report.

Most of the dead were older residents of a mobile home park on Sandpiper Lane, where evacuation orders arrived about 6:10 a.m. -- nearly two hours after ignition. Investigators found that an emergency telephone alert to the area failed because the county was using an outdated phone list.

The fire burned for 11 days and blackened 9,400 acres before it was fully contained on Oct. 4.

Edison said in a statement Wednesday that it "respectfully disagrees" with some of the report's findings and would fight the charges. The company paid more than $60 million to settle claims by residents earlier this year.

The utility, like others in California, now shuts off power during high winds, a practice it expanded after the Bear Canyon fire. Those shut-offs have drawn complaints from residents who lost power for days at a time this fall.

"For more than a year, we've been told to wait for the investigation," said Carla Jimenez, whose parents died in the fire. "Now we know. They knew about that tree."

Edison is scheduled to be arraigned Jan. 15 in Riverside County Superior Court. If convicted, the company would face fines rather than prison time, but prosecutors said they would also seek restitution for victims.

The California Public Utilities Commission is conducting a separate inquiry and could impose penalties by next summer.
""", [
    ('DEC. 3, 2020 5 AM PT', 'TIME', '2020-12-03T05:00'),
    ('last year', 'DATE', '2019'),
    ('Wednesday', 'DATE', '2020-12-02'),
    ('Later that day', 'DATE', '2020-12-02'),
    ('4:12 a.m. on Sept. 23, 2019', 'TIME', '2019-09-23T04:12'),
    ('90 seconds', 'DURATION', 'PT90S'),
    ('4:26 a.m.', 'TIME', '2019-09-23T04:26'),
    ('an hour', 'DURATION', 'PT1H'),
    ('May 2019', 'DATE', '2019-05'),
    ('about 6:10 a.m.', 'TIME', '2019-09-23T06:10'),
    ('nearly two hours', 'DURATION', 'PT2H'),
    ('11 days', 'DURATION', 'P11D'),
    ('Oct. 4', 'DATE', '2019-10-04'),
    ('Wednesday', 'DATE', '2020-12-02'),
    ('earlier this year', 'DATE', '2020'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('days', 'DURATION', 'PXD'),
    ('this fall', 'DATE', '2020-FA'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Jan. 15', 'DATE', '2021-01-15'),
    ('next summer', 'DATE', '2021-SU'),
]),
# 10. The Times, coroner's conclusion on a boy's drowning in a quarry lake (2022)
('2022-07-07', 'auto', """Lifeguard cuts left boy to drown in quarry lake, coroner rules

Rosa Pemberton, North of England Correspondent
Thursday July 07 2022, 12.01am, The Times

A 14-year-old boy drowned in a flooded quarry after a council cut lifeguard patrols to save 40,000 pounds a year, a coroner has ruled.

Kieran Doyle got into difficulty while swimming with friends at Brackenhill Water, near Accrington, Lancashire, on the afternoon of May 31 last year, during a spell of hot weather.

Recording a narrative conclusion at Preston yesterday, the senior coroner for the area, Dr James Adeyemi, said that the decision by Moorside borough council to end lifeguard patrols at the site in 2019 had "more than minimally contributed" to Kieran's death.

The three-day inquest heard a detailed account of that Monday. Kieran and three friends cycled to the lake shortly after 1pm. At about 3.20pm he tried to swim to a pontoon about 60 metres from the shore and began to struggle halfway across. One friend, Liam Barker, 15, swam out to help but was unable to hold him.

A passer-by dialled 999 at 3.24pm. The first police officer arrived eleven minutes later, but no one at the scene had rescue equipment; a throw line on the shore had been stolen in April and was never replaced. Divers from Lancashire Fire and Rescue Service recovered Kieran's body from eight metres of water at 6.05pm.

The inquest was told that lifeguards had patrolled the lake every weekend for more than a decade until the council scrapped the service. In the five years before the cuts there were no deaths at the lake; since then two people have drowned there.

Kieran's mother, Sharon Doyle, told the hearing on Monday that she had not known the lifeguards had gone. "He had been going there since he was tiny. I thought it was safe," she said.

The council's chief executive, Paul Haskins, said that the authority accepted the coroner's findings and had reinstated patrols at the lake this summer. He said that the decision in 2019 had been taken "at a time of severe financial pressure".

Dr Adeyemi said he would send a prevention of future deaths report to the council and to the Department for Culture, Media and Sport within the next ten days.

The Royal Life Saving Society UK says that more than 250 people drown in Britain each year, most of them in open water. Last July, during a heatwave, at least 30 people drowned across the UK.

Kieran's family plan to walk from their home to the lake on Sunday to raise money for throw lines at open water sites.
""", [
    ('Thursday July 07 2022, 12.01am', 'TIME', '2022-07-07T00:01'),
    ('a year', 'SET', 'P1Y'),
    ('the afternoon of May 31 last year', 'DATE|TIME', '2021-05-31TAF'),
    ('yesterday', 'DATE', '2022-07-06'),
    ('2019', 'DATE', '2019'),
    ('three-day', 'DURATION', 'P3D'),
    ('that Monday', 'DATE', '2021-05-31'),
    ('shortly after 1pm', 'TIME', '2021-05-31T13:00'),
    ('about 3.20pm', 'TIME', '2021-05-31T15:20'),
    ('3.24pm', 'TIME', '2021-05-31T15:24'),
    ('eleven minutes later', 'TIME', '2021-05-31T15:35'),
    ('April', 'DATE', '2021-04'),
    ('6.05pm', 'TIME', '2021-05-31T18:05'),
    ('every weekend', 'SET', 'XXXX-WXX-WE'),
    ('more than a decade', 'DURATION', 'P10Y|P1DE'),
    ('five years', 'DURATION', 'P5Y'),
    ('Monday', 'DATE', '2022-07-04'),
    ('this summer', 'DATE', '2022-SU'),
    ('2019', 'DATE', '2019'),
    ('the next ten days', 'DURATION', 'P10D'),
    ('each year', 'SET', 'P1Y'),
    ('Last July', 'DATE', '2021-07'),
    ('Sunday', 'DATE', '2022-07-10'),
]),
# 11. Local paper (Wisconsin), jury verdict in a deer-season shooting death (2024)
('2024-01-25', 'auto', """Jury finds hunter guilty in shooting death of Iron River man

By Tom Lindqvist
Journal staff writer

WASHBURN -- A Bayfield County jury on Wednesday found a Duluth man guilty of second-degree reckless homicide for fatally shooting another hunter he said he mistook for a deer in November 2022.

Jurors deliberated about six hours over two days before returning the verdict against Curtis Mahlberg, 39.

Testimony during the weeklong trial pieced together the events of Saturday, Nov. 19, 2022, the opening of the gun deer season.

Mahlberg and two friends entered the woods off Forest Road 236 about 5:45 a.m. Across a clear-cut, Dennis Rautio, 61, of Iron River, had been sitting in a ground blind since about 5 a.m., in a spot he had hunted for more than 30 years, his son testified.

At 7:52 a.m., Mahlberg fired a single shot from about 140 yards at what he told investigators was a doe moving through the brush. Rautio, who was wearing a blaze orange coat and hat, was struck in the chest.

Mahlberg did not go to see what he had shot. He and his friends kept hunting for two hours, prosecutors said, before a hunter on a neighboring property found Rautio about 10 a.m. and called 911. Rautio was pronounced dead at the scene.

Conservation wardens interviewed Mahlberg that afternoon. He at first denied firing his rifle, then admitted the shot the next day after a warden found a spent cartridge near his stand.

Defense attorney Mark Lindahl argued the shooting was a tragic accident caused by poor light and heavy brush. But District Attorney Joan Pettersen told jurors that Mahlberg broke the most basic rule of hunting: be sure of your target.

"It was full daylight, the man was wearing blaze orange, and he still pulled the trigger," Pettersen said in closing arguments Tuesday.

Rautio's family sat in the front row throughout the trial. His widow, Carol, said after the verdict that the past 14 months had been "the longest of my life."

The Department of Natural Resources investigates roughly a dozen hunting-related shooting incidents in Wisconsin annually, most of them self-inflicted. Cases in which one hunter mistakes another for game have become rare since the state began requiring blaze orange clothing in 1980, according to the agency.

Mahlberg remains free on a $50,000 cash bond. Sentencing is set for April 2.

Rautio's son, Erik, said the family would return to the blind this fall. "That's where Dad wanted to be," he said.
""", [
    ('Wednesday', 'DATE', '2024-01-24'),
    ('November 2022', 'DATE', '2022-11'),
    ('about six hours', 'DURATION', 'PT6H'),
    ('two days', 'DURATION', 'P2D'),
    ('weeklong', 'DURATION', 'P1W'),
    ('Saturday, Nov. 19, 2022', 'DATE', '2022-11-19'),
    ('about 5:45 a.m.', 'TIME', '2022-11-19T05:45'),
    ('about 5 a.m.', 'TIME', '2022-11-19T05:00'),
    ('more than 30 years', 'DURATION', 'P30Y'),
    ('7:52 a.m.', 'TIME', '2022-11-19T07:52'),
    ('two hours', 'DURATION', 'PT2H'),
    ('about 10 a.m.', 'TIME', '2022-11-19T10:00'),
    ('that afternoon', 'DATE|TIME', '2022-11-19TAF'),
    ('the next day', 'DATE', '2022-11-20'),
    ('Tuesday', 'DATE', '2024-01-23'),
    ('the past 14 months', 'DURATION', 'P14M'),
    ('annually', 'SET', 'P1Y'),
    ('1980', 'DATE', '1980'),
    ('April 2', 'DATE', '2024-04-02'),
    ('this fall', 'DATE', '2024-FA'),
]),
# 12. ProPublica, investigation of a diabetic man's death in a Mississippi county jail (2025)
('2025-03-12', 'auto', """He Begged for Insulin for Three Days. The Jail Logged Him as "Refusing Care."

by Marcus Hale
March 12, 2025, 5 a.m. EDT

This article was produced for ProPublica's Local Reporting Network in partnership with the Gulf Coast Courier.

On the morning of Friday, Aug. 11, 2023, Terrence Odom, a 34-year-old forklift driver with Type 1 diabetes, was booked into the Tolliver County Jail in southern Mississippi on a warrant for an unpaid traffic fine. He told the booking officer that he needed insulin twice a day and that he had last taken it the night before.

Over the next 72 hours, according to jail records, video footage and interviews with four former inmates, Odom asked for insulin at least nine times. He did not receive any.

On Saturday, he vomited repeatedly. A nurse employed by the jail's private medical contractor, Frontline Correctional Health, noted at 11:40 a.m. that he appeared "agitated" and wrote that he had refused a blood sugar check, a claim that his cellmates dispute. Video shows that no one entered his cell for the next six hours.

By Sunday evening, Odom was unresponsive. Guards found him on the floor at 9:17 p.m., and he was pronounced dead at a hospital in Columbia shortly after midnight. The state medical examiner ruled last spring that he died of diabetic ketoacidosis, a condition that develops when the body goes without insulin and is almost always treatable.

Last month, a federal judge in Jackson allowed a wrongful-death lawsuit brought by Odom's mother to proceed against the county and Frontline, rejecting the company's argument that its staff had followed protocol. A trial date has not been set.

The county sheriff, Dale Purvis, declined to be interviewed. In a written response, he said the jail "contracts with qualified medical professionals" and had reviewed its procedures after Odom's death. Frontline did not respond to questions sent in February.

Odom is one of at least 14 people who have died in Mississippi county jails in the past five years after going without prescribed medication, according to a ProPublica review of records and lawsuits. Many were held for days on minor charges because they could not afford bail.

Mississippi does not require jails to report deaths to any state agency. A bill that would have required such reporting died in the state Senate in 2024 without a hearing. Its sponsor, state Rep. Lena Brooks, said she plans to reintroduce it.

"Three days. He was in there three days over a $180 ticket," said Odom's mother, Gloria Odom, who visits his grave every Sunday. "Nobody should die like that."

The jail's contract with Frontline, worth $1.2 million a year, comes up for renewal in June.
""", [
    ('Three Days', 'DURATION', 'P3D'),
    ('March 12, 2025, 5 a.m. EDT', 'TIME', '2025-03-12T05:00'),
    ('the morning of Friday, Aug. 11, 2023', 'DATE|TIME', '2023-08-11TMO'),
    ('twice a day', 'SET', 'P1D'),
    ('the night before', 'DATE|TIME', '2023-08-10TNI'),
    ('the next 72 hours', 'DURATION', 'PT72H'),
    ('Saturday', 'DATE', '2023-08-12'),
    ('11:40 a.m.', 'TIME', '2023-08-12T11:40'),
    ('the next six hours', 'DURATION', 'PT6H'),
    ('Sunday evening', 'DATE|TIME', '2023-08-13TEV'),
    ('9:17 p.m.', 'TIME', '2023-08-13T21:17'),
    ('shortly after midnight', 'TIME', '2023-08-13T24:00|2023-08-14T00:00'),
    ('last spring', 'DATE', '2024-SP'),
    ('Last month', 'DATE', '2025-02'),
    ('February', 'DATE', '2025-02'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('days', 'DURATION', 'PXD'),
    ('2024', 'DATE', '2024'),
    ('Three days', 'DURATION', 'P3D'),
    ('three days', 'DURATION', 'P3D'),
    ('every Sunday', 'SET', 'XXXX-WXX-7'),
    ('a year', 'SET', 'P1Y'),
    ('June', 'DATE', '2025-06'),
]),
]
