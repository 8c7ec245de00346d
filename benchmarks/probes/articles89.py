# Gold TIMEX3 probe set 89: twelve invented local news stories (crime, courts, police, fires, accidents, city government; AP, LA Times, Inquirer, Denver Post, Star Tribune, AJC styles; DCTs 1995-2024), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, warehouse fire (1995)
('1995-11-09', 'auto', """Fire guts vacant warehouse in Dayton; firefighter hurt

DAYTON, Ohio (AP) -- A fire that began in a vacant furniture warehouse early Thursday burned for more than five hours and spread to two neighboring buildings before firefighters brought it under control, officials said.

One firefighter was treated for smoke inhalation and released, said District Chief Ronald Weaver. No one else was hurt.

The first call came in at 2:47 a.m., Weaver said, and by the time crews arrived flames were coming through the roof of the three-story brick building on East Third Street. At the height of the blaze about 90 firefighters were on the scene.

"We went defensive almost right away," Weaver said. "That roof had been leaking for years, and the floors were soaked and rotten. I wasn't going to send anybody inside."

The building, which housed the Harmon Furniture Co. from 1921 until the company closed in 1987, had been empty since then. The city had ordered the owner to secure it last spring after neighbors complained that people were sleeping there, and inspectors found the doors boarded up as recently as last month, according to records released by the city Thursday afternoon.

Investigators had not determined a cause by Thursday evening. Arson investigators were expected to return to the site Friday morning, once the rubble had cooled, said fire department spokeswoman Denise Clark.

It was the third fire in a vacant building in the neighborhood in the past six weeks. A blaze in a shuttered tire shop two blocks away on Oct. 14 is still under investigation.

Residents said they had been warning the city about the warehouse for years. "Every summer kids are in there, and every winter it's people looking for a warm place," said Alma Pruitt, 64, who has lived across the street since 1958. "Somebody was going to burn it down sooner or later."

Mayor Mike Turner said Thursday that the city would speed up demolition of about 40 vacant commercial buildings it has already condemned. A demolition program approved by the City Commission in 1994 calls for tearing down 25 buildings a year, but it has fallen behind because of a shortage of money.

"We cannot wait another two years on these," Turner said. He said he would ask the commission next week for an extra $600,000.

East Third Street was expected to remain closed until at least noon Friday while crews tear down a wall that was in danger of collapsing.
""", [
    ('early Thursday', 'DATE', '1995-11-09'),
    ('more than five hours', 'DURATION', 'PT5H'),
    ('2:47 a.m.', 'TIME', '1995-11-09T02:47'),
    ('years', 'DURATION', 'PXY'),
    ('1921', 'DATE', '1921'),
    ('1987', 'DATE', '1987'),
    ('last spring', 'DATE', '1995-SP'),
    ('last month', 'DATE', '1995-10'),
    ('Thursday afternoon', 'DATE|TIME', '1995-11-09TAF'),
    ('Thursday evening', 'DATE|TIME', '1995-11-09TEV'),
    ('Friday morning', 'DATE|TIME', '1995-11-10TMO'),
    ('the past six weeks', 'DURATION', 'P6W'),
    ('Oct. 14', 'DATE', '1995-10-14'),
    ('years', 'DURATION', 'PXY'),
    ('Every summer', 'SET', 'XXXX-SU'),
    ('every winter', 'SET', 'XXXX-WI'),
    ('1958', 'DATE', '1958'),
    ('Thursday', 'DATE', '1995-11-09'),
    ('1994', 'DATE', '1994'),
    ('a year', 'SET', 'P1Y'),
    ('another two years', 'DURATION', 'P2Y'),
    ('next week', 'DATE', '1995-W46'),
    ('noon Friday', 'TIME', '1995-11-10T12:00'),
]),
# 2. Los Angeles Times, courts: earthquake-repair fraud sentencing (1997)
('1997-06-20', 'auto', """Ex-Contractor Sentenced in Quake Repair Fraud

By DAVID R. OKAMOTO, TIMES STAFF WRITER

A Northridge contractor who collected more than $1.2 million from homeowners for earthquake repairs he never finished was sentenced Thursday to nine years in state prison, ending a case that prosecutors said came to symbolize the worst abuses after the 1994 temblor.

Van Nuys Superior Court Judge Ellen K. Brandt imposed the sentence on Gary Lee Whitcomb, 51, after listening for nearly two hours to homeowners who described living for months in houses with cracked foundations, tarped roofs and no working plumbing.

"You took the one thing these people had left after the earthquake, which was hope," Brandt told Whitcomb before announcing the term.

Whitcomb was convicted in April of 23 counts of grand theft and contracting fraud. Jurors deliberated for four days before returning the verdicts.

Deputy Dist. Atty. Carla Hinojosa had asked for the maximum of 12 years. She said Whitcomb signed contracts with at least 31 families between the spring of 1994 and late 1995, took deposits of as much as $60,000 and then stopped showing up. Many of the victims were elderly, and several had used federal disaster loans to pay him.

Defense attorney Howard Feld argued that his client was overwhelmed, not dishonest, and that the building boom that followed the Jan. 17, 1994, quake left contractors short of workers and materials. He said Whitcomb plans to appeal.

One of the victims, Rose Tamura, 78, told the court that she and her husband lived in their garage for 14 months while the house sat gutted. Her husband died last year, she said, before the work was finished by another contractor.

"He kept saying Gary would come back," Tamura said. "He never came."

Whitcomb, who has been in custody since his arrest in October 1995, will receive credit for about 20 months already served. Under state sentencing rules he could be eligible for parole in roughly four years.

Brandt also ordered him to pay $1.24 million in restitution, though prosecutors conceded that victims are unlikely to see much of it. Investigators found that most of the money had been spent by early 1996 on gambling trips to Las Vegas and payments on a boat.

The Contractors State License Board revoked Whitcomb's license in 1996. A board spokesman said Friday that the agency has received more than 4,000 complaints involving earthquake repairs since the disaster and has filed disciplinary actions in about 600 of them.

A restitution hearing is scheduled for Aug. 8.
""", [
    ('Thursday', 'DATE', '1997-06-19'),
    ('nine years', 'DURATION', 'P9Y'),
    ('1994', 'DATE', '1994'),
    ('nearly two hours', 'DURATION', 'PT2H'),
    ('months', 'DURATION', 'PXM'),
    ('April', 'DATE', '1997-04'),
    ('four days', 'DURATION', 'P4D'),
    ('12 years', 'DURATION', 'P12Y'),
    ('the spring of 1994', 'DATE', '1994-SP'),
    ('late 1995', 'DATE', '1995'),
    ('Jan. 17, 1994', 'DATE', '1994-01-17'),
    ('14 months', 'DURATION', 'P14M'),
    ('last year', 'DATE', '1996'),
    ('October 1995', 'DATE', '1995-10'),
    ('about 20 months', 'DURATION', 'P20M'),
    ('roughly four years', 'DURATION', 'P4Y'),
    ('early 1996', 'DATE', '1996'),
    ('1996', 'DATE', '1996'),
    ('Friday', 'DATE', '1997-06-20'),
    ('Aug. 8', 'DATE', '1997-08-08'),
]),
# 3. Philadelphia Inquirer, city government: mayor's final budget (1999)
('1999-03-04', 'auto', """Rendell's last budget: More police, a wage-tax trim

By Thomas J. Garrity
INQUIRER STAFF WRITER

Mayor Rendell yesterday sent City Council the last budget of his eight years in office, a $2.7 billion spending plan that would cut the wage tax once more and put 200 more police officers on the street by the end of next year.

Speaking to Council for about 50 minutes, Rendell said the city's finances were stronger now than at any time since the early 1970s. He recalled that when he took office in January 1992, the city was nearly broke and could not borrow money.

"Seven years ago, we were the punch line of every joke about urban America," he said. "Now we're the comeback city."

The plan for fiscal 2000, which begins July 1, would lower the wage tax paid by city residents from 4.6135 percent to 4.5635 percent. The administration estimates the cut will save the average household about $20 a year.

Councilman Angel Ortega, who chairs the Finance Committee, gave the proposal a cautious welcome. He said the committee would hold hearings on the budget twice a week through April and would try to send it to the full Council before the end of May.

"The mayor has done a lot of good things, but this is a budget for the next mayor, too, and we have to read it that way," Ortega said.

The budget includes $14 million to hire and equip the additional officers, who would be assigned mainly to the Kensington and Frankford districts. Police Commissioner John F. Timoney, who arrived in the city last March, said the new officers would let him expand the narcotics sweeps that began in the fall.

Rendell also proposed spending $6 million over the next two years to demolish about 1,500 abandoned houses, and $3 million to keep recreation centers open longer next summer.

Critics said the plan leaves his successor with little room to maneuver. The city's own five-year financial plan, which Rendell also released yesterday, projects a deficit of about $80 million by fiscal 2004 if labor contracts that expire in the summer of 2000 are settled at the levels of the last round.

"It's a good budget for a mayor on his way out," said Brian Mahler of the Pennsylvania Economy League, a business-backed research group. "The bill comes due for somebody else."

Rendell, who cannot seek a third term, brushed off the criticism. He noted that the city has balanced its budget and ended each fiscal year with a surplus since 1993.

"I'm leaving the house in better shape than I found it," he said. "That's all any tenant can do."
""", [
    ('yesterday', 'DATE', '1999-03-03'),
    ('eight years', 'DURATION', 'P8Y'),
    ('the end of next year', 'DATE', '2000'),
    ('about 50 minutes', 'DURATION', 'PT50M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the early 1970s', 'DATE', '197'),
    ('January 1992', 'DATE', '1992-01'),
    ('Seven years ago', 'DATE', '1992'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('fiscal 2000', 'DATE', 'FY2000|2000'),
    ('July 1', 'DATE', '1999-07-01'),
    ('a year', 'SET', 'P1Y'),
    ('twice a week', 'SET', 'P1W'),
    ('April', 'DATE', '1999-04'),
    ('the end of May', 'DATE', '1999-05'),
    ('last March', 'DATE', '1998-03'),
    ('the fall', 'DATE', '1998-FA'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('next summer', 'DATE', '1999-SU'),
    ('five-year', 'DURATION', 'P5Y'),
    ('yesterday', 'DATE', '1999-03-03'),
    ('fiscal 2004', 'DATE', 'FY2004|2004'),
    ('the summer of 2000', 'DATE', '2000-SU'),
    ('each fiscal year', 'SET', 'P1Y'),
    ('1993', 'DATE', '1993'),
]),
# 4. Denver Post, accident: jackknifed semi closes I-70 in early snow (2001)
('2001-10-17', 'auto', """Early snow, jackknifed semi close westbound I-70

By Kevin Sandoval
Denver Post Staff Writer

GEORGETOWN - The first major snowstorm of the season caught mountain travelers off guard Tuesday night, and a tractor-trailer that jackknifed near here shut down westbound Interstate 70 for nearly nine hours, stranding hundreds of drivers.

The truck's driver, a Utah man, was taken to St. Anthony Central Hospital in Denver with a broken leg. Two people in a minivan that slid into the trailer were treated at the scene, according to the Colorado State Patrol.

The crash happened at 7:40 p.m. on a steep, curving stretch just west of the Georgetown exit, said Trooper Annette Bowles. By then, 6 inches of snow had fallen on the pass, and the road was glazed with ice.

"He came around that curve too fast for the conditions, and the trailer just swung around on him," Bowles said.

Crews had to wait for a heavy wrecker from Silverthorne, and the trailer, loaded with 40,000 pounds of canned goods, was not cleared until about 4:30 a.m. Wednesday. The eastbound lanes stayed open.

Many motorists waited it out in their cars or in the Georgetown Community Center, which the town opened as a shelter at 10:15 p.m.

"We left Denver at 6 o'clock thinking we'd be in Vail for dinner," said Marisa Lund of Aurora, who waited with her two children for six hours. "The kids thought it was an adventure for about an hour."

The storm dropped 14 inches at Loveland Pass and 3 inches at Denver International Airport before moving onto the plains early Wednesday. The National Weather Service said a weaker system could bring more snow to the Front Range on Friday and again early next week.

The Colorado Department of Transportation said its plows were on the road by midafternoon Tuesday, but that an early storm always catches some drivers unprepared. CDOT reminded truckers that fines for ignoring the chain law on I-70 will rise to $500 next year.

It was the second serious crash on that stretch in less than a month. On Sept. 22, a pickup crossed the median near Silver Plume and struck a motor home, killing a Lakewood couple.

Clear Creek County commissioners have asked the state for years to add a runaway-truck ramp and better lighting on the curve. Commissioner Joan Pirelli said Wednesday that the county will press the state Transportation Commission again at its November meeting.

"We've had this conversation after every wreck," Pirelli said. "At some point somebody has to spend the money."
""", [
    ('Tuesday night', 'DATE|TIME', '2001-10-16TNI'),
    ('nearly nine hours', 'DURATION', 'PT9H'),
    ('7:40 p.m.', 'TIME', '2001-10-16T19:40'),
    ('about 4:30 a.m. Wednesday', 'TIME', '2001-10-17T04:30'),
    ('10:15 p.m.', 'TIME', '2001-10-16T22:15'),
    ("6 o'clock", 'TIME', '2001-10-16T18:00'),
    ('six hours', 'DURATION', 'PT6H'),
    ('about an hour', 'DURATION', 'PT1H'),
    ('early Wednesday', 'DATE', '2001-10-17'),
    ('Friday', 'DATE', '2001-10-19'),
    ('early next week', 'DATE', '2001-W43'),
    ('midafternoon Tuesday', 'DATE|TIME', '2001-10-16TAF'),
    ('next year', 'DATE', '2002'),
    ('less than a month', 'DURATION', 'P1M'),
    ('Sept. 22', 'DATE', '2001-09-22'),
    ('years', 'DURATION', 'PXY'),
    ('Wednesday', 'DATE', '2001-10-17'),
    ('November', 'DATE', '2001-11'),
]),
# 5. Star Tribune, police: Minneapolis limits vehicle pursuits (2003)
('2003-12-10', 'auto', """Minneapolis police tighten rules on high-speed chases

Rochelle Dahl
Star Tribune

Minneapolis police officers will be barred from chasing drivers suspected only of traffic violations or minor property crimes under a new policy announced Tuesday, three weeks after a pursuit on the North Side ended in a crash that killed a bystander.

Chief Robert Olson said the policy, which takes effect Jan. 1, had been in the works since last spring but was "given new urgency" by the Nov. 18 crash.

Under the new rules, officers may start or continue a chase only if they believe the driver has committed a violent felony, and a supervisor must approve any pursuit that lasts longer than two minutes. Officers must also end a chase if speeds exceed the posted limit by more than 30 miles per hour in a residential area.

"We are not going to let people get away with crimes," Olson said at a news conference Tuesday afternoon. "But no stolen car is worth somebody's life."

The department was involved in 212 pursuits last year, according to figures it provided to the Legislature, and 74 of them ended in crashes. Through November, officers had been involved in 190 chases this year.

The Nov. 18 chase began about 10:50 p.m., when an officer tried to stop a car that had run a red light on W. Broadway. The driver sped away and ran another light at Penn Avenue, striking a car driven by Tanisha Reed, who was on her way home from her job at a nursing home. Reed died two days later at North Memorial Medical Center.

The driver, Marcus D. Allen of Brooklyn Center, has been charged with criminal vehicular homicide and fleeing police. He is being held in the Hennepin County jail and is due in court Dec. 22.

Reed's family has said the officer should never have chased a car over a traffic violation. Her mother, Loretta Reed, said Tuesday that the new policy came "a month too late."

The president of the Police Officers Federation, Lt. John Delmonico, said officers would follow the policy but worried that word would spread quickly that police will no longer give chase.

"Within a few weeks, every car thief in the city is going to know," he said.

Ramsey County and St. Paul adopted similar restrictions in 2001. St. Paul Police Chief William Finney said pursuits there dropped by nearly half in the following 12 months, with no noticeable rise in auto thefts.

The City Council's public safety committee is expected to review the Minneapolis policy next month.
""", [
    ('Tuesday', 'DATE', '2003-12-09'),
    ('three weeks', 'DURATION', 'P3W'),
    ('Jan. 1', 'DATE', '2004-01-01'),
    ('last spring', 'DATE', '2003-SP'),
    ('Nov. 18', 'DATE', '2003-11-18'),
    ('two minutes', 'DURATION', 'PT2M'),
    ('Tuesday afternoon', 'DATE|TIME', '2003-12-09TAF'),
    ('last year', 'DATE', '2002'),
    ('November', 'DATE', '2003-11'),
    ('this year', 'DATE', '2003'),
    ('Nov. 18', 'DATE', '2003-11-18'),
    ('about 10:50 p.m.', 'TIME', '2003-11-18T22:50'),
    ('two days later', 'DATE', '2003-11-20'),
    ('Dec. 22', 'DATE', '2003-12-22'),
    ('Tuesday', 'DATE', '2003-12-09'),
    ('a month', 'DURATION', 'P1M'),
    ('a few weeks', 'DURATION', 'PXW'),
    ('2001', 'DATE', '2001'),
    ('the following 12 months', 'DURATION', 'P12M'),
    ('next month', 'DATE', '2004-01'),
]),
# 6. Atlanta Journal-Constitution, crime: arrest in gas station robberies (2006)
('2006-07-27', 'auto', """Suspect in string of DeKalb gas station robberies arrested

By LATONYA WELLS
The Atlanta Journal-Constitution

DeKalb County police on Wednesday arrested a Stone Mountain man they say robbed at least nine gas stations and convenience stores at gunpoint over the past two months.

Darnell Keith Rowe, 27, was taken into custody without incident about 6 a.m. at an apartment off Memorial Drive, police spokeswoman Shelia Grant said. He was being held Thursday in the DeKalb County jail without bond on nine counts of armed robbery.

Investigators believe the robberies began May 28 at a Chevron station on Rockbridge Road. Since then, stores in Stone Mountain, Tucker and Lithonia have been hit, most of them when only one clerk was working.

In each case, police said, a man wearing a dark hooded sweatshirt showed a handgun, demanded cash and cigarettes and ran to a waiting car. No one was seriously hurt, but a clerk at a Tucker Texaco was pistol-whipped during a robbery on July 4.

The break came last week, when a clerk at a Lithonia store wrote down part of the getaway car's tag number, Grant said. Detectives watched the apartment for several days before making the arrest.

"These clerks have been living in fear for weeks," said Maj. Curtis Hale, who commands the department's robbery unit. "We wanted this man off the street before somebody got killed."

Store owners along Rockbridge Road said the robberies had changed the way they do business. Raj Patel, who owns two convenience stores in the area, said he stopped staying open around the clock after his Stone Mountain store was robbed twice in June.

"I had a man working for me for six years who quit after the first one," Patel said. "He told me no job is worth that."

Another owner said he had installed a second camera and a buzzer door this month at a cost of about $4,000.

Rowe was released from state prison in February 2005 after serving five years for a 1999 armed robbery in Clayton County, according to Georgia Department of Corrections records. He is scheduled to appear before a DeKalb magistrate Friday morning. It was not known Thursday whether he had a lawyer.

Police said they are still looking for a second man who drove the car and may have taken part in at least two of the robberies. Hale said investigators are also checking whether the pair is connected to similar holdups in Gwinnett County earlier this year.

Anyone with information is asked to call DeKalb police or Crime Stoppers Atlanta.
""", [
    ('Wednesday', 'DATE', '2006-07-26'),
    ('the past two months', 'DURATION', 'P2M'),
    ('about 6 a.m.', 'TIME', '2006-07-26T06:00'),
    ('Thursday', 'DATE', '2006-07-27'),
    ('May 28', 'DATE', '2006-05-28'),
    ('July 4', 'DATE', '2006-07-04'),
    ('last week', 'DATE', '2006-W29'),
    ('several days', 'DURATION', 'PXD'),
    ('weeks', 'DURATION', 'PXW'),
    ('June', 'DATE', '2006-06'),
    ('six years', 'DURATION', 'P6Y'),
    ('this month', 'DATE', '2006-07'),
    ('February 2005', 'DATE', '2005-02'),
    ('five years', 'DURATION', 'P5Y'),
    ('1999', 'DATE', '1999'),
    ('Friday morning', 'DATE|TIME', '2006-07-28TMO'),
    ('Thursday', 'DATE', '2006-07-27'),
    ('earlier this year', 'DATE', '2006'),
]),
# 7. AP, courts: landlord's manslaughter trial over fatal fire, narrative timeline (2008)
('2008-04-15', 'auto', """Prosecutor: Landlord ignored warnings before deadly fire

OMAHA, Neb. (AP) -- A landlord charged in a fire that killed three college students ignored repeated warnings that the smoke detectors in their rented house did not work, a prosecutor told jurors Tuesday as his manslaughter trial opened.

Deputy Douglas County Attorney Brenda Kaye laid out a timeline that she said began more than a year before the blaze.

In November 2005, she said, a city housing inspector cited landlord Dale Weisner for missing detectors and a blocked second-floor exit at the house near the University of Nebraska at Omaha campus. Weisner was given 30 days to make repairs. A month later, the inspector returned and found nothing had been done, Kaye said. Weisner paid a $250 fine the following spring but never fixed the problems, she said.

The students moved in that August. One of them, Katie Moreland, e-mailed Weisner twice in the fall to complain that the detectors chirped and then went silent, according to copies of the messages shown in court.

At about 3:10 a.m. on Feb. 11, 2007, a fire that investigators traced to a space heater broke out in the living room. Moreland and two roommates, Jason Pruett and Eric Salgado, died in upstairs bedrooms. A fourth roommate escaped by jumping from a window.

"They never had a chance," Kaye said. "Nobody heard an alarm, because there was no alarm."

Defense attorney Paul Hruska told jurors that Weisner had replaced the detectors that January, two weeks before the fire, and that the students had taken out the batteries. He said his client, who owns 14 rental properties in the city, is being made a scapegoat for a tragedy.

"Dale is devastated by what happened to these young people. He thinks about it every day," Hruska said. "But he did not kill them."

Weisner, 58, faces up to 20 years in prison on each of three counts of manslaughter if convicted.

The trial is expected to last about two weeks. Testimony was to begin Wednesday with the city's chief fire investigator.

Relatives of the three students filled two rows of the courtroom. Moreland's father, Gene Moreland, said outside court that the family only wanted someone held responsible.

The deaths led the City Council in July 2007 to pass an ordinance requiring inspections of all rental properties every three years, instead of only after a complaint. Landlord groups have challenged the ordinance in federal court; a hearing in that case is set for next month.
""", [
    ('Tuesday', 'DATE', '2008-04-15'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('November 2005', 'DATE', '2005-11'),
    ('30 days', 'DURATION', 'P30D'),
    ('A month later', 'DATE', '2005-12'),
    ('the following spring', 'DATE', '2006-SP'),
    ('that August', 'DATE', '2006-08'),
    ('the fall', 'DATE', '2006-FA'),
    ('about 3:10 a.m. on Feb. 11, 2007', 'TIME', '2007-02-11T03:10'),
    ('that January', 'DATE', '2007-01'),
    ('two weeks', 'DURATION', 'P2W'),
    ('every day', 'SET', 'P1D'),
    ('20 years', 'DURATION', 'P20Y'),
    ('about two weeks', 'DURATION', 'P2W'),
    ('Wednesday', 'DATE', '2008-04-16'),
    ('July 2007', 'DATE', '2007-07'),
    ('every three years', 'SET', 'P3Y'),
    ('next month', 'DATE', '2008-05'),
]),
# 8. Los Angeles Times, fire: brush fire near Castaic closes the 5 Freeway (2011)
('2011-09-08', 'auto', """Brush fire near Castaic forces evacuations, closes 5 Freeway

By Sarah Villanueva, Los Angeles Times

A fast-moving brush fire fueled by triple-digit heat burned more than 2,000 acres in the hills near Castaic on Wednesday afternoon, forcing the evacuation of about 300 homes and shutting down the 5 Freeway for several hours.

The fire was reported at 1:52 p.m. near Templin Highway, according to the Los Angeles County Fire Department. Pushed by gusts of up to 30 mph, it jumped the freeway within an hour and raced toward the Hasley Canyon neighborhood.

By Thursday morning it was 35% contained. Fire officials said they hoped to have full containment by Sunday, though temperatures were expected to stay above 100 degrees through the weekend.

No homes were destroyed, but two outbuildings and a horse barn burned. A firefighter suffered a minor burn to his hand Wednesday night.

Nearly 900 firefighters, aided by eight water-dropping helicopters and four air tankers, fought the blaze. The county's two leased Canadian "Super Scooper" aircraft, which arrived in Los Angeles last week, made repeated drops on the fire's eastern flank.

The California Highway Patrol closed the freeway in both directions at 3:15 p.m. Northbound lanes reopened at 7:40 p.m. and southbound lanes at 8:45 p.m., but traffic remained backed up past midnight.

Residents of Hasley Canyon were allowed to return home about 10 p.m. Some said they had less than 15 minutes to grab pets and papers.

"We've been through this before, in 2007, but this one came so fast," said Ron Ecklund, who has lived in the canyon for 22 years. "It was a column of smoke over the hill, and then it was in the backyard."

The cause is under investigation. Fire officials said the blaze was the largest in the county so far this year and came as Southern California endures its hottest stretch of the summer. The National Weather Service has extended an excessive heat warning for the inland valleys until 8 p.m. Friday.

Deputy Chief Mark Lorenzen urged residents of canyon areas to clear brush around their homes now, rather than wait for the Santa Ana winds, which usually arrive in October.

"Every year we tell people the same thing, and every year we lose homes that didn't have to burn," Lorenzen said.
""", [
    ('Wednesday afternoon', 'DATE|TIME', '2011-09-07TAF'),
    ('several hours', 'DURATION', 'PTXH'),
    ('1:52 p.m.', 'TIME', '2011-09-07T13:52'),
    ('an hour', 'DURATION', 'PT1H'),
    ('Thursday morning', 'DATE|TIME', '2011-09-08TMO'),
    ('Sunday', 'DATE', '2011-09-11'),
    ('the weekend', 'DATE', '2011-W36-WE'),
    ('Wednesday night', 'DATE|TIME', '2011-09-07TNI'),
    ('last week', 'DATE', '2011-W35'),
    ('3:15 p.m.', 'TIME', '2011-09-07T15:15'),
    ('7:40 p.m.', 'TIME', '2011-09-07T19:40'),
    ('8:45 p.m.', 'TIME', '2011-09-07T20:45'),
    ('midnight', 'TIME', '2011-09-07T24:00|2011-09-08T00:00'),
    ('about 10 p.m.', 'TIME', '2011-09-07T22:00'),
    ('less than 15 minutes', 'DURATION', 'PT15M'),
    ('2007', 'DATE', '2007'),
    ('22 years', 'DURATION', 'P22Y'),
    ('this year', 'DATE', '2011'),
    ('the summer', 'DATE', '2011-SU'),
    ('8 p.m. Friday', 'TIME', '2011-09-09T20:00'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('October', 'DATE', '2011-10|XXXX-10'),
    ('Every year', 'SET', 'P1Y'),
    ('every year', 'SET', 'P1Y'),
]),
# 9. Philadelphia Inquirer, accident: NTSB report on SEPTA bus crash, narrative (2014)
('2014-01-23', 'auto', """Report: Fatigue caused fatal Boulevard bus crash

By Megan Kelleher
INQUIRER STAFF WRITER

The SEPTA bus driver who plowed into a line of stopped cars on Roosevelt Boulevard last April, killing two people, had slept only about three hours before the crash after working two jobs, federal investigators said in a report released Wednesday.

The National Transportation Safety Board report, the product of a nine-month investigation, reconstructs the driver's movements in detail.

On April 16, the driver, Lamont Givens, finished his regular shift at the Frankford depot at 6:30 p.m. and then drove to a second job as a security guard at a Northeast Philadelphia warehouse, where he worked until 2 a.m. He went home, slept, and reported for an overtime assignment at 7:15 a.m.

The crash happened at 5:48 p.m., as Givens drove a Route 14 bus south near Cottman Avenue. Data recovered from the bus showed it was traveling 41 m.p.h. in a 40-m.p.h. zone and never slowed before striking the rear of a Honda Civic, which was pushed into three other cars. Investigators found no sign that Givens touched the brakes for about six seconds before the impact.

The Civic's driver, Ana Colon, 33, of Mayfair, died at the scene. A passenger in another car, Walter Dunn, 71, died at Aria Health's Torresdale campus nine days later. Fourteen bus passengers were treated for injuries.

The board concluded that fatigue was the probable cause and faulted SEPTA for having no rule limiting outside work. It recommended that transit agencies nationwide require drivers to have 10 hours off duty before every shift.

"This driver had worked nearly 20 hours at two jobs on almost no sleep, and nobody at SEPTA knew," NTSB investigator Carol Whitman said.

SEPTA spokeswoman Carla Beaumont said Wednesday that the authority had already acted on most of the recommendations. Since last summer, drivers have had to report any outside employment, and since Jan. 1 they have been barred from working another job in the eight hours before a SEPTA shift.

Givens was fired in May. The District Attorney's Office declined to file criminal charges in October, saying there was not enough evidence that he knew he was too tired to drive safely.

His attorney, Stephen Kraus, said Wednesday that Givens, who had driven for SEPTA for 16 years without a serious accident, took the second job to help pay his daughter's college tuition.

"He has to live with this for the rest of his life," Kraus said. "He isn't hiding from it."

Colon's family has sued SEPTA and Givens in Common Pleas Court. A trial date has not been set.
""", [
    ('last April', 'DATE', '2013-04'),
    ('about three hours', 'DURATION', 'PT3H'),
    ('Wednesday', 'DATE', '2014-01-22'),
    ('nine-month', 'DURATION', 'P9M'),
    ('April 16', 'DATE', '2013-04-16'),
    ('6:30 p.m.', 'TIME', '2013-04-16T18:30'),
    ('2 a.m.', 'TIME', '2013-04-17T02:00'),
    ('7:15 a.m.', 'TIME', '2013-04-17T07:15'),
    ('5:48 p.m.', 'TIME', '2013-04-17T17:48'),
    ('about six seconds', 'DURATION', 'PT6S'),
    ('nine days later', 'DATE', '2013-04-26'),
    ('10 hours', 'DURATION', 'PT10H'),
    ('nearly 20 hours', 'DURATION', 'PT20H'),
    ('Wednesday', 'DATE', '2014-01-22'),
    ('last summer', 'DATE', '2013-SU'),
    ('Jan. 1', 'DATE', '2014-01-01'),
    ('the eight hours', 'DURATION', 'PT8H'),
    ('May', 'DATE', '2013-05'),
    ('October', 'DATE', '2013-10'),
    ('Wednesday', 'DATE', '2014-01-22'),
    ('16 years', 'DURATION', 'P16Y'),
]),
# 10. Denver Post, city government: Boulder expands bear-resistant trash rules (2017)
('2017-05-31', 'auto', """Boulder council extends bear-proof trash rules to entire city

By Elise Harmon
The Denver Post

BOULDER - Every household in Boulder will have to use bear-resistant trash containers by next spring under an ordinance the City Council approved 7-2 late Tuesday night, after a debate that stretched past 11 p.m.

The rules, which have applied since 2014 to neighborhoods west of Broadway, require residents to keep trash in locked containers or secure buildings. Violators can be fined up to $1,000 for a third offense.

City wildlife officials told the council that black bears have been spotted east of Broadway more often in recent years, as development and drought have pushed them out of the foothills. Last summer, wildlife officers euthanized two bears that had repeatedly gotten into trash near the University of Colorado campus, a decision that drew hundreds of angry emails.

"We kill bears because of our garbage," said council member Ruth Adair. "That is on us, not on them."

Opponents, including several landlords and the owners of a downtown restaurant, said the cost of the containers, about $250 each, would fall hardest on renters and small businesses. Two council members who voted no said they would have preferred to phase in the rules over three years.

Under the ordinance, the city's trash haulers must offer bear-resistant carts to all customers by Oct. 1 and may charge up to $5 a month extra for them. Enforcement outside the current zone will begin April 1, 2018, with warnings only for the first 60 days.

Bear activity in Boulder usually peaks as the animals fatten up before hibernation, when they can eat 20,000 calories a day. The city logged 1,100 bear-related calls in 2016, nearly double the number in 2013, according to Colorado Parks and Wildlife.

Mayor Suzanne Jones said the city would spend about $40,000 this summer on mailers and a door-to-door campaign to explain the new rules before the deadline.

"Nobody wants to write tickets," Jones said. "We want people to get the carts, and we want the bears to go back to eating berries."

Some residents who spoke during the public hearing, which lasted more than three hours, asked the city to help pay for the containers. The council directed staff to return within six weeks with options for a rebate program for low-income households.

In other business Tuesday, the council scheduled a public hearing for June 20 on a proposal to raise the minimum age for buying tobacco in the city to 21.
""", [
    ('next spring', 'DATE', '2018-SP'),
    ('late Tuesday night', 'DATE|TIME', '2017-05-30TNI'),
    ('11 p.m.', 'TIME', '2017-05-30T23:00'),
    ('2014', 'DATE', '2014'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('Last summer', 'DATE', '2016-SU'),
    ('three years', 'DURATION', 'P3Y'),
    ('Oct. 1', 'DATE', '2017-10-01'),
    ('a month', 'SET', 'P1M'),
    ('April 1, 2018', 'DATE', '2018-04-01'),
    ('the first 60 days', 'DURATION', 'P60D'),
    ('a day', 'SET', 'P1D'),
    ('2016', 'DATE', '2016'),
    ('2013', 'DATE', '2013'),
    ('this summer', 'DATE', '2017-SU'),
    ('more than three hours', 'DURATION', 'PT3H'),
    ('six weeks', 'DURATION', 'P6W'),
    ('Tuesday', 'DATE', '2017-05-30'),
    ('June 20', 'DATE', '2017-06-20'),
]),
# 11. Star Tribune, courts: arson sentence from the May 2020 unrest (2020)
('2020-11-12', 'auto', """St. Paul man sentenced for torching Lake Street pawnshop during unrest

By Nathan Lindqvist
Star Tribune

A St. Paul man who set fire to a pawnshop on Lake Street during the unrest that followed George Floyd's killing was sentenced Thursday to four years in federal prison.

Tyrell Jamison, 24, pleaded guilty in August to one count of arson. U.S. District Judge Patricia Engstrom imposed the sentence during a hearing held by video conference because of COVID-19 restrictions on in-person proceedings.

Prosecutors said security video showed Jamison pouring lighter fluid on a pile of clothing inside the store about 1:15 a.m. on May 28, as rioting spread across south Minneapolis. The fire spread to a neighboring tax-preparation office and a dental clinic. All three businesses remain closed.

Jamison's attorney, Rebecca Thorsen, argued for a sentence of 33 months, noting that her client had no prior felony record and had turned himself in within a week of being identified from the video.

"He got caught up in something much bigger than himself that night," Thorsen said. "He has regretted it every day since."

Assistant U.S. Attorney Daniel Wirth said the fire put firefighters and the residents of apartments above the dental clinic at risk. "This was not a protest," he said. "This was a man with a bottle of lighter fluid."

The owner of the pawnshop, Samir Haddad, told the court that he had run the business for 19 years and that his insurance covered less than half of his losses. "Six months after the fire, I still drive by and look at it," he said.

Engstrom also ordered Jamison to pay $412,000 in restitution and to serve three years of supervised release. He will receive credit for the five months he has spent in custody since his arrest in June.

Jamison is among more than a dozen people charged in federal court with setting fires in Minneapolis and St. Paul during the unrest in late May and early June. At least seven have been sentenced, with terms ranging from 30 months to five years.

Rebuilding along Lake Street has been slow. Of the roughly 700 buildings damaged along the corridor, fewer than 100 had been issued permits for repairs as of last month, according to city figures.

Haddad said he hopes to reopen by next summer, but only if he can secure a loan. "I'm 57," he said. "I don't have another 19 years."
""", [
    ('Thursday', 'DATE', '2020-11-12'),
    ('four years', 'DURATION', 'P4Y'),
    ('August', 'DATE', '2020-08'),
    ('about 1:15 a.m. on May 28', 'TIME', '2020-05-28T01:15'),
    ('33 months', 'DURATION', 'P33M'),
    ('a week', 'DURATION', 'P1W'),
    ('that night', 'DATE|TIME', '2020-05-28TNI|2020-05-27TNI'),
    ('every day', 'SET', 'P1D'),
    ('19 years', 'DURATION', 'P19Y'),
    ('Six months', 'DURATION', 'P6M'),
    ('three years', 'DURATION', 'P3Y'),
    ('the five months', 'DURATION', 'P5M'),
    ('June', 'DATE', '2020-06'),
    ('late May', 'DATE', '2020-05'),
    ('early June', 'DATE', '2020-06'),
    ('30 months', 'DURATION', 'P30M'),
    ('five years', 'DURATION', 'P5Y'),
    ('last month', 'DATE', '2020-10'),
    ('next summer', 'DATE', '2021-SU'),
    ('another 19 years', 'DURATION', 'P19Y'),
]),
# 12. Atlanta Journal-Constitution, police: street-racing crackdown before Labor Day (2024)
('2024-08-22', 'auto', """APD vows crackdown on street racing takeovers

By Jordan Whitfield
The Atlanta Journal-Constitution

Atlanta police will put extra officers on patrol and use a helicopter and license-plate cameras to break up street-racing "takeovers" over Labor Day weekend, the head of the department's special operations section said Wednesday.

The announcement came three days after hundreds of spectators blocked the intersection of Peachtree and 14th streets for nearly 40 minutes early Sunday as drivers spun cars in circles and set off fireworks. Officers arrested six people and impounded four cars.

Video of the takeover spread widely on social media, and several Midtown residents said they had called 911 repeatedly without getting through.

"It was 2:30 in the morning and there were people standing on my car," said Hannah Osei, who lives on 14th Street. "I was on hold for 25 minutes."

Maj. Andre Whitlock said the department has made more than 300 arrests related to street racing since the Atlanta City Council toughened penalties in 2022, and that the number of takeovers has dropped. But he said organizers have adapted, using encrypted apps to announce locations only minutes before a gathering.

"They're moving faster, so we have to move faster," Whitlock said.

Under the plan, about 120 officers will work extra shifts from the evening of Aug. 30 through early Sept. 3, with a focus on Midtown, downtown and stretches of Moreland Avenue and Metropolitan Parkway where takeovers have occurred this summer. Georgia State Patrol troopers will help on the interstates.

A state law signed last year allows prosecutors to seek felony charges against anyone who organizes or promotes a takeover, and lets police seize the cars involved. Whitlock said the department has seized 41 vehicles under the law.

The city's 911 center, which has struggled for years with staffing shortages, will also add call-takers for the holiday weekend, a city spokesperson said. In July, the average caller waited just over a minute for an answer, down from about three minutes a year ago.

Council member Denise Carrow, whose district includes Midtown, said residents are tired of hearing promises.

"People in this neighborhood have been dealing with this every weekend since spring," Carrow said. "They need to see it stop, not just hear about it."

Police asked anyone with information about Sunday's takeover to call Crime Stoppers Greater Atlanta.
""", [
    ('Labor Day weekend', 'DATE', '2024-W35-WE|2024-09-02'),
    ('Wednesday', 'DATE', '2024-08-21'),
    ('three days', 'DURATION', 'P3D'),
    ('nearly 40 minutes', 'DURATION', 'PT40M'),
    ('early Sunday', 'DATE', '2024-08-18'),
    ('2:30 in the morning', 'TIME', '2024-08-18T02:30'),
    ('25 minutes', 'DURATION', 'PT25M'),
    ('2022', 'DATE', '2022'),
    ('minutes', 'DURATION', 'PTXM'),
    ('the evening of Aug. 30', 'DATE|TIME', '2024-08-30TEV'),
    ('early Sept. 3', 'DATE', '2024-09-03'),
    ('this summer', 'DATE', '2024-SU'),
    ('last year', 'DATE', '2023'),
    ('years', 'DURATION', 'PXY'),
    ('the holiday weekend', 'DATE', '2024-W35-WE|2024-09-02'),
    ('July', 'DATE', '2024-07'),
    ('just over a minute', 'DURATION', 'PT1M'),
    ('about three minutes', 'DURATION', 'PT3M'),
    ('a year ago', 'DATE', '2023|2023-07'),
    ('every weekend', 'SET', 'XXXX-WXX-WE'),
    ('spring', 'DATE', '2024-SP'),
    ('Sunday', 'DATE', '2024-08-18'),
]),
]
