# Gold TIMEX3 probe set 88: crime, courts, police, fires, accidents and city government from AP, AP state wires and metro dailies (1997-2025), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, murder trial verdict (1997)
('1997-03-14', 'auto', """Jury convicts former security guard in 1995 warehouse slaying

KANSAS CITY, Mo. (AP) -- A Jackson County jury on Friday convicted a former security guard of second-degree murder in the shooting death of a night watchman at a riverfront warehouse nearly two years ago.

Jurors deliberated for about six hours over two days before returning the verdict against Dwayne K. Hollis, 31, at about 11 a.m. Hollis showed no reaction as the verdict was read. His mother wept in the second row of the courtroom.

Hollis faces up to life in prison. Circuit Judge Margaret Ellery set sentencing for April 25 and ordered him held without bond.

Prosecutors said Hollis shot Leonard Pruitt, 58, at about 11 p.m. on April 9, 1995, after Pruitt caught him loading stolen copper wire into a pickup truck behind the Bluff Street warehouse where both men had worked. Pruitt's body was found the next morning by a delivery driver.

The case went unsolved for more than a year. Police arrested Hollis last June after a former girlfriend told detectives he had bragged about the killing at a party on New Year's Eve 1995.

The trial, which opened March 3, turned largely on her testimony and on pager records that placed Hollis near the warehouse when the shots were fired. Defense attorney Richard Tamm argued that the girlfriend had a grudge against his client and that the pager records were "a guess dressed up as science."

"We're disappointed, but this isn't over," Tamm said outside the courthouse Friday afternoon. He said he would file a motion for a new trial within 15 days.

Pruitt's daughter, Angela Pruitt Boyd, said the family had waited "almost two years for somebody to say his name out loud in a courtroom."

"He worked that job every night for 22 years and never missed a shift," she said. "That's who he was."

Assistant Prosecutor Carla Reyes said the verdict sent a message to witnesses who are afraid to come forward. She said the former girlfriend has been living outside Missouri since last fall under a relocation program run by the prosecutor's office.

Hollis has two prior convictions for burglary, from 1988 and 1991. He was on parole when Pruitt was killed, according to court records.

The jury of seven women and five men heard from 23 witnesses during the eight-day trial. Ellery thanked the jurors Friday and told them they were free to discuss the case.
""", [
    ('1995', 'DATE', '1995'),
    ('Friday', 'DATE', '1997-03-14'),
    ('nearly two years ago', 'DATE', '1995'),
    ('about six hours', 'DURATION', 'PT6H'),
    ('two days', 'DURATION', 'P2D'),
    ('about 11 a.m.', 'TIME', '1997-03-14T11:00'),
    ('April 25', 'DATE', '1997-04-25'),
    ('about 11 p.m. on April 9, 1995', 'TIME', '1995-04-09T23:00'),
    ('the next morning', 'DATE|TIME', '1995-04-10TMO'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('last June', 'DATE', '1996-06'),
    ("New Year's Eve 1995", 'DATE', '1995-12-31'),
    ('March 3', 'DATE', '1997-03-03'),
    ('Friday afternoon', 'DATE|TIME', '1997-03-14TAF'),
    ('15 days', 'DURATION', 'P15D'),
    ('almost two years', 'DURATION', 'P2Y'),
    ('every night', 'SET', 'XXXX-XX-XXTNI|P1D'),
    ('22 years', 'DURATION', 'P22Y'),
    ('last fall', 'DATE', '1996-FA'),
    ('1988', 'DATE', '1988'),
    ('1991', 'DATE', '1991'),
    ('eight-day', 'DURATION', 'P8D'),
    ('Friday', 'DATE', '1997-03-14'),
]),
# 2. Chicago Tribune, extra-alarm apartment fire (1999)
('1999-11-13', 'auto', """Extra-alarm fire leaves 40 homeless in Chatham

By Kevin O'Rourke
Tribune Staff Writer

A fast-moving fire tore through a three-story courtyard building in the Chatham neighborhood early Friday, forcing about 40 residents out into the cold and sending a firefighter to the hospital with a back injury.

The blaze was reported at 3:52 a.m. in a rear unit of the building in the 8100 block of South Dorchester Avenue, according to Fire Department spokesman Dennis Mulcahy. It was raised to a 3-11 alarm within 20 minutes and was not declared under control until 6:15 a.m.

Residents said they were awakened by neighbors pounding on doors and shouting. Several said the building's smoke detectors never sounded.

"I grabbed my kids and my shoes and that was it," said Tanya Ruffin, 29, who had lived on the third floor for five years. "By the time we got to the sidewalk, the back porches were gone."

Firefighter Paul Zielinski, who joined the department in 1985, fell through a weakened section of a rear porch at about 4:30 a.m. He was listed in good condition Friday night at Christ Hospital in Oak Lawn.

No one else was hurt. The Red Cross opened a shelter at a nearby church and said Saturday that 17 families would receive emergency housing vouchers good for two weeks.

Fire investigators had not determined a cause by Friday evening, but Mulcahy said the fire appeared to have started on a wooden rear porch. The city has cited the building's owner, Dorchester Courts LLC, for porch violations twice in the past three years, the last time in March, according to Buildings Department records.

Porch fires have plagued the city's older courtyard buildings for decades, and the City Council's Buildings Committee is scheduled to take up a revised porch ordinance next month.

An attorney for the owner did not return calls Friday. A Housing Court hearing on the porch violations had been set for Nov. 30, and Ald. Lorraine Batts (8th) said Saturday that she would ask a judge to move it up.

"These families deserve answers now," Batts said. "Not after the next fire."

It was the third extra-alarm fire in the city since Monday. On Tuesday night, a vacant warehouse on the Near West Side burned for more than four hours before firefighters brought it under control, snarling traffic on the Eisenhower Expressway.

Ruffin spent Friday at the church with her two sons, ages 4 and 7, sorting through donated coats. She said she had no idea where the family would go once the vouchers ran out.

"My whole life was in that apartment," she said.
""", [
    ('early Friday', 'DATE', '1999-11-12'),
    ('3:52 a.m.', 'TIME', '1999-11-12T03:52'),
    ('20 minutes', 'DURATION', 'PT20M'),
    ('6:15 a.m.', 'TIME', '1999-11-12T06:15'),
    ('five years', 'DURATION', 'P5Y'),
    ('1985', 'DATE', '1985'),
    ('about 4:30 a.m.', 'TIME', '1999-11-12T04:30'),
    ('Friday night', 'DATE|TIME', '1999-11-12TNI'),
    ('Saturday', 'DATE', '1999-11-13'),
    ('two weeks', 'DURATION', 'P2W'),
    ('Friday evening', 'DATE|TIME', '1999-11-12TEV'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('March', 'DATE', '1999-03'),
    ('decades', 'DURATION', 'PXY'),
    ('next month', 'DATE', '1999-12'),
    ('Friday', 'DATE', '1999-11-12'),
    ('Nov. 30', 'DATE', '1999-11-30'),
    ('Saturday', 'DATE', '1999-11-13'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '1999-11-08'),
    ('Tuesday night', 'DATE|TIME', '1999-11-09TNI'),
    ('more than four hours', 'DURATION', 'PT4H'),
    ('Friday', 'DATE', '1999-11-12'),
]),
# 3. Boston Globe, city council hearing on police overtime (2002)
('2002-06-18', 'auto', """Councilors grill police brass over overtime

By Meghan Lyons, Globe Staff, 6/18/2002

Boston police have spent $11.4 million more on overtime than budgeted in fiscal 2002, and several city councilors said yesterday that they will not vote on the department's new budget until they get a clear explanation.

At a hearing that ran nearly four hours at City Hall, members of the council's Ways and Means Committee pressed Deputy Superintendent Frank Carrera about the costs, which have climbed steadily in recent years. Carrera said much of the overtime came from court appearances, extra patrols after a string of shootings in Dorchester and Mattapan this spring, and security details ordered after the Sept. 11 attacks.

"We had officers working 16-hour shifts for weeks at a time last fall," Carrera said. "Nobody budgeted for that."

Councilor Dana Whitcomb said the department had promised a year ago to rein in overtime by installing a computerized scheduling system. The $2.1 million system was supposed to be running by January. Carrera acknowledged that it is being used in only four of the city's 11 police districts.

"We keep hearing that the fix is coming," Whitcomb said. "I'd like to see it before the next budget, not the one after that."

Whitcomb said she would ask the department for monthly overtime reports starting this summer. Councilor James Keough said he wanted the figures broken down by district and by officer.

The full council is scheduled to vote on Mayor Thomas M. Menino's $1.8 billion budget, including about $230 million for the Police Department, on Wednesday, June 26. The city's fiscal 2003 begins July 1.

The overtime dispute comes as the department negotiates a new contract with the Boston Police Patrolmen's Association, whose last agreement expired in 2000. Talks resumed last Tuesday after a break of almost three months, and both sides said they hoped to reach a deal before Labor Day.

Union officials, who attended yesterday's hearing but did not testify, have argued that overtime is the price of a department that has been short of officers for years. The department has about 2,050 officers, roughly 100 fewer than it had in 1999.

Carrera told councilors the department expects to finish the fiscal year about $9 million over its overtime budget after shifting money from other accounts. A class of 60 recruits is set to graduate from the police academy in August, he said, which should ease the pressure this fall.

The committee will hold a second hearing, on overtime in the Fire Department, at 10 a.m. Thursday.
""", [
    ('6/18/2002', 'DATE', '2002-06-18'),
    ('fiscal 2002', 'DATE', 'FY2002|2002'),
    ('yesterday', 'DATE', '2002-06-17'),
    ('nearly four hours', 'DURATION', 'PT4H'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('this spring', 'DATE', '2002-SP'),
    ('Sept. 11', 'DATE', '2001-09-11'),
    ('16-hour', 'DURATION', 'PT16H'),
    ('weeks', 'DURATION', 'PXW'),
    ('last fall', 'DATE', '2001-FA'),
    ('a year ago', 'DATE', '2001'),
    ('January', 'DATE', '2002-01'),
    ('monthly', 'SET', 'P1M'),
    ('this summer', 'DATE', '2002-SU'),
    ('Wednesday, June 26', 'DATE', '2002-06-26'),
    ('fiscal 2003', 'DATE', 'FY2003|2003'),
    ('July 1', 'DATE', '2002-07-01'),
    ('2000', 'DATE', '2000'),
    ('last Tuesday', 'DATE', '2002-06-11'),
    ('almost three months', 'DURATION', 'P3M'),
    ('Labor Day', 'DATE', '2002-09-02'),
    ('yesterday', 'DATE', '2002-06-17'),
    ('years', 'DURATION', 'PXY'),
    ('1999', 'DATE', '1999'),
    ('the fiscal year', 'DATE', 'FY2002|2002'),
    ('August', 'DATE', '2002-08'),
    ('this fall', 'DATE', '2002-FA'),
    ('10 a.m. Thursday', 'TIME', '2002-06-20T10:00'),
]),
# 4. Houston Chronicle, narrative feature on a freeway fog pileup (2004)
('2004-02-22', 'auto', """Still in the fog on the Gulf Freeway

A fog-bound pileup killed three people a year ago. For one trooper, it has never really ended.

By Carlos Mendiola
Houston Chronicle

The fog rolled in off Galveston Bay at about 4 a.m. on Feb. 20, 2003, and by 5 a.m. it had swallowed the Gulf Freeway from Webster to Dickinson. The National Weather Service had issued a dense fog advisory at 3:40 a.m., but not one of the electronic signs along Interstate 45 carried it.

Trooper Delia Saenz of the Department of Public Safety had been on duty for seven hours. She was parked on the shoulder near League City at 5:12 a.m. when the first call came: a tractor-trailer had jackknifed across the northbound lanes.

Over the next 40 minutes, 31 vehicles slammed into one another in the gray. Three people died, and 22 were taken to hospitals.

Saenz worked the wreckage until almost noon. She pulled a 6-year-old boy from the back seat of a minivan that had been crushed beneath a flatbed trailer. That afternoon, at the hospital, she learned that his mother had died at the scene.

Two days later, she asked her sergeant for leave. She returned to work after three weeks.

"I thought I was fine," Saenz, 38, said last week. "I wasn't fine. Not for months."

In April, the Texas Department of Transportation began studying fog warnings for the stretch between Houston and Galveston, which has seen at least four major fog crashes since 1990. By October, the agency had installed four electronic message boards tied directly to weather service alerts, at a cost of $1.3 million.

The driver of the tractor-trailer, Wendell Crane of Beaumont, was indicted on three counts of criminally negligent homicide in December. Prosecutors say he was driving about 65 mph with visibility of less than 50 feet. Crane, 44, has pleaded not guilty. His trial is set to begin May 10 in Galveston.

The boy, now 7, lives with his grandparents in Pearland. Saenz has visited him twice. He calls her "the lady with the hat."

On Friday, the anniversary of the crash, Saenz drove the stretch again on her way home from work. The sky was clear. She pulled onto the shoulder near the League City exit and sat there for about 10 minutes, then went home to sleep.

She has been a trooper for 11 years and still works the graveyard shift, four days a week. She said she has no plans to ask for a transfer.

"When the fog comes in," she said, "I'm right back there. But somebody has to be out there when it does."
""", [
    ('a year ago', 'DATE', '2003'),
    ('about 4 a.m. on Feb. 20, 2003', 'TIME', '2003-02-20T04:00'),
    ('5 a.m.', 'TIME', '2003-02-20T05:00'),
    ('3:40 a.m.', 'TIME', '2003-02-20T03:40'),
    ('seven hours', 'DURATION', 'PT7H'),
    ('5:12 a.m.', 'TIME', '2003-02-20T05:12'),
    ('the next 40 minutes', 'DURATION', 'PT40M'),
    ('almost noon', 'TIME', '2003-02-20T12:00'),
    ('That afternoon', 'DATE|TIME', '2003-02-20TAF'),
    ('Two days later', 'DATE', '2003-02-22'),
    ('three weeks', 'DURATION', 'P3W'),
    ('last week', 'DATE', '2004-W07'),
    ('months', 'DURATION', 'PXM'),
    ('April', 'DATE', '2003-04'),
    ('1990', 'DATE', '1990'),
    ('October', 'DATE', '2003-10'),
    ('December', 'DATE', '2003-12'),
    ('May 10', 'DATE', '2004-05-10'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Friday', 'DATE', '2004-02-20'),
    ('about 10 minutes', 'DURATION', 'PT10M'),
    ('11 years', 'DURATION', 'P11Y'),
    ('four days a week', 'SET', 'P1W'),
]),
# 5. Seattle Times, inquest into a police shooting (2008)
('2008-01-23', 'auto', """Inquest jury finds officer feared for his life in Rainier Beach shooting

By Aaron Whitfield
Seattle Times staff reporter

A King County inquest jury found Tuesday that a Seattle police officer believed his life was in danger when he shot and killed a 19-year-old man during a traffic stop in Rainier Beach last summer.

The six-member jury deliberated for about two and a half hours before answering a series of written questions about the shooting. Jurors agreed unanimously that Marcus Webb had reached toward the officer's holstered gun, but split 4-2 on whether Webb had been told he was under arrest.

The inquest, which began Jan. 14, was the first in Seattle since 2006. Inquests are held in King County whenever a law-enforcement officer causes a death. They do not decide guilt; prosecutors use the findings in deciding whether to file charges.

The shooting happened at 1:10 a.m. on Aug. 4 on Rainier Avenue South, after Officer Brian Kessler pulled over Webb's car for a broken taillight. Kessler, who joined the department in 2000, testified last week that Webb ignored repeated orders to keep his hands on the steering wheel and then lunged at him as he leaned toward the driver's window.

Two passengers in the car testified that Webb had his hands up. A patrol-car video camera recorded the stop but not the shooting itself, which took place out of the camera's view.

Kessler has been on paid administrative leave since the shooting. A police spokesman said Tuesday night that he will remain on leave until the department completes its internal review, likely in early February. The department's Firearms Review Board is scheduled to meet next Wednesday.

Webb's mother, Lorraine Webb, sat through the inquest from the first witness to the last. Outside the courtroom, she said the family would file a wrongful-death lawsuit against the city within 30 days.

"They had six months to get their story straight," she said. "My son had about 30 seconds."

For months, community groups in South Seattle have called for changes to the inquest process, which they say favors police. City Councilmember Rosa Delgado said she will hold a committee hearing on the issue in March.

Since 2003, Seattle police officers have shot 14 people, six of them fatally, according to department figures. None of the officers involved has been criminally charged.

The King County Prosecuting Attorney's Office will review the jury's findings before deciding whether Kessler should face charges. A decision is not expected for several weeks, a spokesman for the office said.

Kessler's attorney, Tom Halvorsen, said the officer was relieved by the verdict but "thinks about Marcus Webb and his family constantly."
""", [
    ('Tuesday', 'DATE', '2008-01-22'),
    ('last summer', 'DATE', '2007-SU'),
    ('about two and a half hours', 'DURATION', 'PT2H30M|PT2.5H'),
    ('Jan. 14', 'DATE', '2008-01-14'),
    ('2006', 'DATE', '2006'),
    ('1:10 a.m. on Aug. 4', 'TIME', '2007-08-04T01:10'),
    ('2000', 'DATE', '2000'),
    ('last week', 'DATE', '2008-W03'),
    ('Tuesday night', 'DATE|TIME', '2008-01-22TNI'),
    ('early February', 'DATE', '2008-02'),
    ('next Wednesday', 'DATE', '2008-01-30'),
    ('30 days', 'DURATION', 'P30D'),
    ('six months', 'DURATION', 'P6M'),
    ('about 30 seconds', 'DURATION', 'PT30S'),
    ('months', 'DURATION', 'PXM'),
    ('March', 'DATE', '2008-03'),
    ('2003', 'DATE', '2003'),
    ('several weeks', 'DURATION', 'PXW'),
]),
# 6. Miami Herald, federal sentencing in mortgage fraud (2010)
('2010-07-15', 'auto', """Hialeah notary gets 9 years in $22 million mortgage fraud

BY LUISA CABRERA
lcabrera@MiamiHerald.com

A Hialeah notary who helped straw buyers obtain nearly $22 million in bogus home loans at the height of South Florida's real estate boom was sentenced Wednesday to nine years in federal prison.

U.S. District Judge Alan Morrow imposed the sentence after a three-hour hearing in which Marisol Echevarría, 47, apologized to the lenders and to the neighbors whose streets filled with empty houses.

"I knew it was wrong, and I did it anyway," she said, her voice breaking.

Echevarría pleaded guilty in April to conspiracy to commit wire fraud. Prosecutors said that between 2005 and 2007 she notarized forged signatures, backdated deeds and helped recruit buyers who were paid $5,000 to $10,000 apiece to lend their names to purchases of 63 condos and single-family homes in Hialeah, Miami Lakes and Doral.

Most of the properties fell into foreclosure within two years, prosecutors said, and many are still vacant.

Her attorney, Rolando Sierra, had asked for five years, citing her cooperation with investigators and her care for an elderly mother. She has been free on bond since her arrest in October 2009.

Morrow gave her credit for the cooperation but said the scheme "did not happen by accident, and it did not happen once." He ordered her to surrender to the U.S. Marshals Service by noon on Aug. 20 and set a restitution hearing for October.

Seven co-defendants have already been sentenced, to terms ranging from 18 months to 12 years. Two others, including the man prosecutors describe as the ringleader, former mortgage broker Ernesto Paz, are scheduled to go to trial Sept. 13.

The case is one of dozens brought in Miami federal court since 2008 as part of a crackdown on mortgage fraud, which the U.S. attorney's office calls one of its top priorities. Mortgage fraud prosecutions in the Southern District of Florida have more than doubled over the past three years.

Last week, a federal jury in Fort Lauderdale convicted a Weston appraiser of inflating the values of more than 100 homes. The FBI's Miami office said it currently has more than 200 open mortgage fraud investigations.

For Alfredo Llanes, a retired bus driver who lives next door to one of the Hialeah houses, the sentence came too late. The straw buyer next door stopped paying the mortgage in 2007. The house sat empty for more than a year, and squatters started a small kitchen fire there in 2009. The bank finally sold it at auction in March.

"Nine years is fine," Llanes said after the hearing. "But who gives my street back the last five years?"
""", [
    ('9 years', 'DURATION', 'P9Y'),
    ('Wednesday', 'DATE', '2010-07-14'),
    ('nine years', 'DURATION', 'P9Y'),
    ('three-hour', 'DURATION', 'PT3H'),
    ('April', 'DATE', '2010-04'),
    ('2005', 'DATE', '2005'),
    ('2007', 'DATE', '2007'),
    ('two years', 'DURATION', 'P2Y'),
    ('five years', 'DURATION', 'P5Y'),
    ('October 2009', 'DATE', '2009-10'),
    ('noon on Aug. 20', 'TIME', '2010-08-20T12:00'),
    ('October', 'DATE', '2010-10'),
    ('18 months', 'DURATION', 'P18M'),
    ('12 years', 'DURATION', 'P12Y'),
    ('Sept. 13', 'DATE', '2010-09-13'),
    ('2008', 'DATE', '2008'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('Last week', 'DATE', '2010-W27'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('2007', 'DATE', '2007'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('2009', 'DATE', '2009'),
    ('March', 'DATE', '2010-03'),
    ('Nine years', 'DURATION', 'P9Y'),
    ('the last five years', 'DURATION', 'P5Y'),
]),
# 7. AP state wire (Wisconsin), charges in a wrong-way drunken-driving crash (2013)
('2013-02-08', 'auto', """Man charged in wrong-way crash that killed De Pere couple

GREEN BAY, Wis. (AP) -- A Green Bay man accused of driving drunk the wrong way on U.S. Highway 41 was charged Friday with two counts of homicide by intoxicated use of a vehicle in a crash that killed a De Pere couple last weekend.

Brown County prosecutors say 27-year-old Tyler J. Vang had a blood-alcohol level of 0.19 percent, more than twice the legal limit, when his pickup truck collided head-on with a car carrying Gerald and Nancy Hofmann early Sunday.

The Hofmanns, both 64, were returning from their granddaughter's birthday party in Appleton. They had been married for 41 years.

According to a criminal complaint, Vang entered the northbound lanes at the Lineville Road ramp at about 1:45 a.m. and drove south for nearly four miles. At least three other drivers called 911 in the two minutes before the crash. A sheriff's deputy was less than a mile away when it happened.

Vang was hospitalized with a broken leg and was released Wednesday into the custody of sheriff's deputies. He appeared in court by video Friday afternoon, and a court commissioner set his bail at $250,000.

Online court records show Vang was convicted of drunken driving in 2009 and 2011. His license had been revoked since last March.

Vang's attorney, Brian Lutz, said his client was "devastated" and asked the public not to rush to judgment. He declined to comment further.

Wisconsin has long been criticized for having some of the weakest drunken-driving laws in the nation. It remains the only state where a first offense is usually a civil violation rather than a crime. A Republican lawmaker from the Fox Valley said Thursday that he plans to introduce a bill this spring that would make a first offense a misdemeanor. Similar bills have died in the Legislature in each of the last three sessions.

The state Department of Transportation says wrong-way crashes kill an average of 10 people a year in Wisconsin, and that alcohol is a factor in most of them.

Vang's next court date is Feb. 19.

A funeral for the Hofmanns is scheduled for 11 a.m. Saturday at St. Francis Xavier Church in De Pere. Their son, Mark Hofmann, said Thursday that the family would ask mourners to sign a petition supporting the bill.

"They'd been married 41 years," he said. "They deserved one more birthday party."
""", [
    ('Friday', 'DATE', '2013-02-08'),
    ('last weekend', 'DATE', '2013-W05-WE'),
    ('early Sunday', 'DATE', '2013-02-03'),
    ('41 years', 'DURATION', 'P41Y'),
    ('about 1:45 a.m.', 'TIME', '2013-02-03T01:45'),
    ('two minutes', 'DURATION', 'PT2M'),
    ('Wednesday', 'DATE', '2013-02-06'),
    ('Friday afternoon', 'DATE|TIME', '2013-02-08TAF'),
    ('2009', 'DATE', '2009'),
    ('2011', 'DATE', '2011'),
    ('last March', 'DATE', '2012-03'),
    ('Thursday', 'DATE', '2013-02-07'),
    ('this spring', 'DATE', '2013-SP'),
    ('a year', 'SET', 'P1Y'),
    ('Feb. 19', 'DATE', '2013-02-19'),
    ('11 a.m. Saturday', 'TIME', '2013-02-09T11:00'),
    ('Thursday', 'DATE', '2013-02-07'),
    ('41 years', 'DURATION', 'P41Y'),
]),
# 8. Chicago Tribune, bail hearing after an off-duty officer is shot (2015)
('2015-10-20', 'auto', """Man charged in shooting of off-duty cop held without bail

By Nicole Harwood and Sam Petrakis
Chicago Tribune

A 24-year-old parolee charged with shooting an off-duty Chicago police officer during an attempted robbery in Logan Square was ordered held without bail Tuesday.

Prosecutors said DeShawn Mims walked up to Officer Ramon Ortega as the officer was getting out of his car near his home in the 2700 block of North Kedzie Avenue at about 11:20 p.m. Saturday and demanded his wallet and keys. When Ortega, who was not in uniform, identified himself as a police officer, Mims fired twice, striking him in the shoulder, prosecutors said.

Ortega returned fire but missed, and Mims ran south through a gangway. The officer was treated at Illinois Masonic Medical Center and released Monday.

Mims was arrested Sunday afternoon at a relative's apartment in Humboldt Park after a neighbor recognized him from surveillance video that police had released Sunday morning. Detectives recovered a handgun from a bedroom closet, Assistant State's Attorney Kathleen Breen said at the hearing at the Leighton Criminal Court Building.

Mims had been released from prison in July after serving about half of a six-year sentence for armed robbery, according to state corrections records. He was on parole and was supposed to be wearing an electronic monitoring bracelet, Breen said, but had cut it off in late September. Parole agents issued a warrant for his arrest on Oct. 2.

Cook County Judge Laura Sims called Mims "a clear danger to the community" and denied bail. His assistant public defender, Mark Reilly, told the judge that Mims has a 2-year-old daughter and had been looking for work since his release.

The shooting was the second of an off-duty officer in the city this month. On Oct. 3, an officer driving home from his shift was grazed by a bullet in Englewood. No one has been charged in that case.

Through Sunday, about 2,400 people had been shot in Chicago this year, up roughly 20 percent from the same period a year ago, according to data kept by the Tribune.

Police officials have pointed to repeat gun offenders as a major driver of the violence, and in recent months the department has pressed state lawmakers to stiffen sentences for gun crimes. A bill that would do so has stalled in Springfield.

Ortega, who has been with the department since 1999, is expected to return to desk duty next month, a police spokesman said. His wife, reached by phone, said the family was grateful for the calls and cards from other officers and asked for privacy.

Mims is due back in court Nov. 9.
""", [
    ('Tuesday', 'DATE', '2015-10-20'),
    ('about 11:20 p.m. Saturday', 'TIME', '2015-10-17T23:20'),
    ('Monday', 'DATE', '2015-10-19'),
    ('Sunday afternoon', 'DATE|TIME', '2015-10-18TAF'),
    ('Sunday morning', 'DATE|TIME', '2015-10-18TMO'),
    ('July', 'DATE', '2015-07'),
    ('six-year', 'DURATION', 'P6Y'),
    ('late September', 'DATE', '2015-09'),
    ('Oct. 2', 'DATE', '2015-10-02'),
    ('this month', 'DATE', '2015-10'),
    ('Oct. 3', 'DATE', '2015-10-03'),
    ('Sunday', 'DATE', '2015-10-18'),
    ('this year', 'DATE', '2015'),
    ('a year ago', 'DATE', '2014'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('1999', 'DATE', '1999'),
    ('next month', 'DATE', '2015-11'),
    ('Nov. 9', 'DATE', '2015-11-09'),
]),
# 9. Boston Globe, arrest in a 1993 cold case, told partly in narrative (2017)
('2017-04-13', 'auto', """Arrest made in 1993 killing of Lowell waitress

By Evan Mahoney Globe Staff  April 13, 2017

For nearly 24 years, the file on Karen Doucette sat in a cabinet at the Lowell Police Department, thick with interview notes and thin on answers.

On Wednesday, detectives arrested a 56-year-old New Hampshire man in her killing.

Doucette, 26, finished her shift at a diner on Bridge Street at about 11 p.m. on Nov. 6, 1993, according to police reports. She told a co-worker she planned to walk home to her apartment in Centralville, a trip of about 15 minutes.

She never arrived. Her roommate reported her missing the next afternoon. Two days later, a man walking his dog found her body in brush along the Merrimack River, less than half a mile from the diner. She had been strangled.

Investigators interviewed more than 100 people over the following months, including regulars at the diner, but no one was charged. By the spring of 1994, the case had gone cold.

In 2009, an analyst at the State Police crime lab developed a DNA profile from evidence collected at the scene, but it matched no one in state or national databases.

That changed last month. Raymond P. Gagne of Hudson, N.H., was required to submit a DNA sample after he was convicted of felony assault in New Hampshire in January. The sample matched the profile from the riverbank, according to a police report filed in court.

Detectives watched Gagne for three weeks before arresting him at his home at 6 a.m. Wednesday. He was arraigned Thursday in Lowell District Court on a charge of murder and held without bail. He is due back in court May 11.

Gagne lived in Lowell in the early 1990s and was a regular at the diner, according to the report. He moved to New Hampshire in 1996. His attorney, Leah Barros, said he would plead not guilty.

Doucette's sister, Linda Ferreira, said she called the detectives every year on the anniversary of the killing, just to make sure someone still had the file out.

"Twenty-four years," she said Thursday outside the courthouse. "My mother died in 2011, still waiting. I wish she were here now."

The Middlesex district attorney's office formed a cold case unit in 2015, and a spokeswoman said the unit is currently reviewing 41 unsolved killings in the county, some dating to the 1970s.
""", [
    ('1993', 'DATE', '1993'),
    ('April 13, 2017', 'DATE', '2017-04-13'),
    ('nearly 24 years', 'DURATION', 'P24Y'),
    ('Wednesday', 'DATE', '2017-04-12'),
    ('about 11 p.m. on Nov. 6, 1993', 'TIME', '1993-11-06T23:00'),
    ('about 15 minutes', 'DURATION', 'PT15M'),
    ('the next afternoon', 'DATE|TIME', '1993-11-07TAF'),
    ('Two days later', 'DATE', '1993-11-09'),
    ('the following months', 'DURATION', 'PXM'),
    ('the spring of 1994', 'DATE', '1994-SP'),
    ('2009', 'DATE', '2009'),
    ('last month', 'DATE', '2017-03'),
    ('January', 'DATE', '2017-01'),
    ('three weeks', 'DURATION', 'P3W'),
    ('6 a.m. Wednesday', 'TIME', '2017-04-12T06:00'),
    ('Thursday', 'DATE', '2017-04-13'),
    ('May 11', 'DATE', '2017-05-11'),
    ('the early 1990s', 'DATE', '199'),
    ('1996', 'DATE', '1996'),
    ('every year', 'SET', 'P1Y'),
    ('Twenty-four years', 'DURATION', 'P24Y'),
    ('Thursday', 'DATE', '2017-04-13'),
    ('2011', 'DATE', '2011'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2015', 'DATE', '2015'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('the 1970s', 'DATE', '197'),
]),
# 10. Houston Chronicle, storage tank fire on the Ship Channel (2019)
('2019-08-29', 'auto', """Shelter-in-place lifted after Pasadena tank fire burns 14 hours

By Rebecca Tran, Staff writer

A fire that broke out at a fuel storage terminal along the Houston Ship Channel late Tuesday was extinguished at about 1 p.m. Wednesday, and officials lifted a shelter-in-place order for nearby neighborhoods at 4:45 p.m.

The blaze began at 11:08 p.m. Tuesday in a tank holding about 80,000 barrels of gasoline blendstock at the Bayline Terminal in Pasadena, according to the Harris County Fire Marshal's Office. Crews from at least eight agencies poured foam on the tank for hours before the flames finally died down.

Residents within a one-mile radius of the terminal were told to stay indoors with windows closed and air conditioners off. Schools in the Deer Park and La Porte districts delayed classes by two hours Wednesday morning, and a stretch of Texas 225 was closed until about 9 a.m.

No injuries were reported.

Harris County Pollution Control Services said air monitors near the terminal detected elevated levels of benzene early Wednesday, but readings had dropped below levels of concern by Thursday morning. The agency said it will keep monitoring the area through the weekend.

It was the third major fire at a Harris County chemical site this year. In March, a fire at Intercontinental Terminals Co. in Deer Park burned for three days and sent a plume of black smoke across the region. In April, an explosion and fire at the KMCO plant in Crosby killed a worker.

The Harris County Commissioners Court is scheduled to vote Sept. 10 on a proposal to hire 18 more environmental investigators and buy two mobile air-monitoring vans.

Bayline's parent company, Gulfway Energy Partners, said in a statement Wednesday that it was cooperating with investigators and would reimburse residents who had to leave their homes. The terminal, which opened in 1978, has been cited by the Texas Commission on Environmental Quality twice in the past five years for air emission violations, state records show.

Fire marshal's investigators expect to remain at the site for about a week, spokeswoman Tamika Boyd said. The cause has not been determined, and the tank will have to be drained and cooled before anyone can go inside it.

"We've lived here 30 years, and it used to be rare," said Alma Guerrero, who lives four blocks from the terminal with her husband and two grandchildren. "Now it feels like we shelter in place every summer."
""", [
    ('14 hours', 'DURATION', 'PT14H'),
    ('late Tuesday', 'DATE', '2019-08-27'),
    ('about 1 p.m. Wednesday', 'TIME', '2019-08-28T13:00'),
    ('4:45 p.m.', 'TIME', '2019-08-28T16:45'),
    ('11:08 p.m. Tuesday', 'TIME', '2019-08-27T23:08'),
    ('hours', 'DURATION', 'PTXH'),
    ('two hours', 'DURATION', 'PT2H'),
    ('Wednesday morning', 'DATE|TIME', '2019-08-28TMO'),
    ('about 9 a.m.', 'TIME', '2019-08-28T09:00'),
    ('early Wednesday', 'DATE', '2019-08-28'),
    ('Thursday morning', 'DATE|TIME', '2019-08-29TMO'),
    ('the weekend', 'DATE', '2019-W35-WE'),
    ('this year', 'DATE', '2019'),
    ('March', 'DATE', '2019-03'),
    ('three days', 'DURATION', 'P3D'),
    ('April', 'DATE', '2019-04'),
    ('Sept. 10', 'DATE', '2019-09-10'),
    ('Wednesday', 'DATE', '2019-08-28'),
    ('1978', 'DATE', '1978'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('about a week', 'DURATION', 'P1W'),
    ('30 years', 'DURATION', 'P30Y'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('every summer', 'SET', 'XXXX-SU'),
]),
# 11. Seattle Times, sentencing for a restaurant arson (2022)
('2022-12-03', 'auto', """Man who set fire to Capitol Hill restaurant sentenced to 5 years

By Owen Takahashi
Seattle Times staff reporter

A man who set fire to a Capitol Hill restaurant in the summer of 2021, forcing residents of the apartments above it to flee, was sentenced Friday to five years in prison.

King County Superior Court Judge Nadia Okafor also ordered Darren L. Pike, 34, to pay more than $380,000 in restitution to the restaurant's owner and the building's landlord. Pike pleaded guilty in October to first-degree arson.

Prosecutors said Pike broke a back window of Luna Verde on East Pike Street at about 2:30 a.m. on July 18, 2021, poured gasoline across the kitchen floor and lit it. He had been fired from his job as a dishwasher there earlier that month.

Eleven residents escaped down a rear stairway, some of them in pajamas. Firefighters had the blaze out in about 40 minutes, but the restaurant never reopened.

"We were open for nine years," owner Gabriela Ruiz told the judge, her voice shaking. "He took that from us in a few minutes."

Pike's attorney asked for 41 months, the low end of the standard sentencing range, citing his client's untreated mental illness and methamphetamine addiction. Pike has been in the King County Jail since his arrest on July 21, 2021, and Okafor said he will receive credit for the roughly 16 months he has already served.

He will be on community supervision for 18 months after his release and is barred from contacting Ruiz or any of her former employees.

Intentionally set fires have risen sharply in Seattle in recent years. The Seattle Fire Department has investigated 271 arson fires so far this year, compared with 198 in all of 2019, according to department figures.

The department's fire investigation unit has only four investigators. Last month, the City Council approved money in next year's budget for two more, a request fire officials had been making since 2020.

Ruiz said she hopes to reopen Luna Verde at a new location on Beacon Hill in the spring. Since the fire, she has sent her former cooks and servers small monthly checks out of her own savings, she said.

"I'm not angry anymore," she said after the hearing. "I'm just tired. It's been almost a year and a half."
""", [
    ('5 years', 'DURATION', 'P5Y'),
    ('the summer of 2021', 'DATE', '2021-SU'),
    ('Friday', 'DATE', '2022-12-02'),
    ('five years', 'DURATION', 'P5Y'),
    ('October', 'DATE', '2022-10'),
    ('about 2:30 a.m. on July 18, 2021', 'TIME', '2021-07-18T02:30'),
    ('earlier that month', 'DATE', '2021-07'),
    ('about 40 minutes', 'DURATION', 'PT40M'),
    ('nine years', 'DURATION', 'P9Y'),
    ('a few minutes', 'DURATION', 'PTXM'),
    ('41 months', 'DURATION', 'P41M'),
    ('July 21, 2021', 'DATE', '2021-07-21'),
    ('roughly 16 months', 'DURATION', 'P16M'),
    ('18 months', 'DURATION', 'P18M'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('this year', 'DATE', '2022'),
    ('2019', 'DATE', '2019'),
    ('Last month', 'DATE', '2022-11'),
    ('next year', 'DATE', '2023'),
    ('2020', 'DATE', '2020'),
    ('the spring', 'DATE', '2023-SP'),
    ('monthly', 'SET', 'P1M'),
    ('almost a year and a half', 'DURATION', 'P18M|P1Y6M|P1.5Y'),
]),
# 12. Miami Herald, trial date set in a fatal speeding crash (2025)
('2025-03-19', 'auto', """Trial set for September in Brickell crash that killed FIU student

BY DANIELA OSPINA
dospina@miamiherald.com

A Miami-Dade judge on Tuesday set a Sept. 8 trial date for a Coral Gables man charged with vehicular homicide in a crash that killed a Florida International University student in Brickell last spring.

Circuit Judge Ramiro Alemán said he would not grant another delay. The trial has already been postponed twice, the second time in January, when the defense asked for more time to review data from the car's onboard computer.

"This crash happened 11 months ago," Alemán told the lawyers. "The family has waited long enough."

Police say Nicolás Ferrer, 23, was driving a Lamborghini at more than 90 mph on South Miami Avenue at about 12:40 a.m. on April 21, 2024, when he struck Valeria Ríos, 20, as she crossed the street with two friends. Ríos, a nursing student, died at Jackson Memorial Hospital two days later.

Ferrer was arrested in August, after toxicology results showed cocaine in his blood, and has been free on a $150,000 bond and under house arrest since. He may leave his home only for court appearances, medical appointments and twice-weekly meetings with his lawyers.

Prosecutors told the judge Tuesday that they plan to call about 30 witnesses and expect the trial to last two weeks. A hearing on a defense motion to throw out the toxicology results is set for 9 a.m. on May 14.

Ferrer's attorney, Gustavo Lamas, said after the hearing that the September date was "ambitious" but that his client was eager to tell his side of the story.

Ríos' mother, Carmen Ríos, sat in the front row Tuesday holding a photo of her daughter in her white nursing-school coat.

"Every Sunday we go to the cemetery," she said. "We will be there every Sunday until this is over, and after that too."

Since the crash, the city of Miami has added speed tables and flashing crosswalks along the corridor. The Miami City Commission voted in December to cut the speed limit on South Miami Avenue to 25 mph, a change that took effect Feb. 1.

Traffic deaths in Miami-Dade County reached 341 in 2024, the highest total in more than a decade, according to state data.

Lamas said his client "prays for the Ríos family every day." Carmen Ríos shook her head when a reporter read her the quote.
""", [
    ('September', 'DATE', '2025-09'),
    ('Tuesday', 'DATE', '2025-03-18'),
    ('Sept. 8', 'DATE', '2025-09-08'),
    ('last spring', 'DATE', '2024-SP'),
    ('January', 'DATE', '2025-01'),
    ('11 months ago', 'DATE', '2024-04'),
    ('about 12:40 a.m. on April 21, 2024', 'TIME', '2024-04-21T00:40'),
    ('two days later', 'DATE', '2024-04-23'),
    ('August', 'DATE', '2024-08'),
    ('twice-weekly', 'SET', 'P1W'),
    ('Tuesday', 'DATE', '2025-03-18'),
    ('two weeks', 'DURATION', 'P2W'),
    ('9 a.m. on May 14', 'TIME', '2025-05-14T09:00'),
    ('September', 'DATE', '2025-09'),
    ('Tuesday', 'DATE', '2025-03-18'),
    ('Every Sunday', 'SET', 'XXXX-WXX-7'),
    ('every Sunday', 'SET', 'XXXX-WXX-7'),
    ('December', 'DATE', '2024-12'),
    ('Feb. 1', 'DATE', '2025-02-01'),
    ('2024', 'DATE', '2024'),
    ('more than a decade', 'DURATION', 'P10Y|P1DE'),
    ('every day', 'SET', 'P1D'),
]),
]
