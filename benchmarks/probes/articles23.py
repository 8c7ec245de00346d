# Gold TIMEX3 probe set 23: twelve US local news stories of 2008-2024: TV station web stories, police and court briefs, weather alerts, school board and council reports, sports recaps, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. St. Louis TV station web story, winter storm warning (2014)
('2014-02-03', 'auto', """Winter storm warning issued for St. Louis area; up to 10 inches of snow possible

ST. LOUIS (KSDK) - The National Weather Service has issued a winter storm warning for the St. Louis area from 6 p.m. Tuesday until noon Wednesday, with forecasters calling for 6 to 10 inches of snow.

The warning covers the city and St. Louis, St. Charles, Jefferson and Franklin counties in Missouri, as well as Madison, St. Clair and Monroe counties in Illinois. A winter weather advisory remains in effect for counties to the north through tonight.

Snow is expected to begin as a wintry mix late Tuesday afternoon and change to all snow by about 9 p.m. Forecasters said the heaviest bands should move through between midnight and 6 a.m. Wednesday, when visibility could drop to a quarter mile.

"The Wednesday morning commute is going to be rough," said 5 On Your Side meteorologist Angela Hughes. "If you don't have to be on the road, stay home."

MoDOT said Monday that crews will begin pretreating interstates and major routes this afternoon and will stay on the roads until they are clear. The agency has about 180 trucks ready in the St. Louis district, spokesman Tom Blair said.

The storm comes less than a month after the New Year's Day storm dropped 11 inches at Lambert Airport, the most from a single storm since 2011. Temperatures plunged to 7 below zero the following week, forcing many districts to cancel classes for three days.

Several school districts, including Parkway and Rockwood, said they would announce closings by 5:30 a.m. Wednesday. St. Louis Public Schools has already called off classes four times this winter and will add make-up days in June, district spokeswoman Patricia Lane said.

Metro said buses will run on snow routes beginning Tuesday night. The city of St. Louis will declare a snow emergency at 8 p.m. Tuesday, and cars parked on designated snow routes will be towed.

Behind the storm, highs will struggle to reach 20 degrees on Thursday and Friday. Another chance of light snow arrives over the weekend.

Forecasters say this winter is already the snowiest in St. Louis in five years, with 28.4 inches recorded since December 1. Normal seasonal snowfall is about 18 inches.

Check back for updates and download the 5 On Your Side weather app for alerts as the storm develops.
""", [
    ('6 p.m. Tuesday', 'TIME', '2014-02-04T18:00'),
    ('noon Wednesday', 'TIME', '2014-02-05T12:00'),
    ('tonight', 'DATE|TIME', '2014-02-03TNI'),
    ('late Tuesday afternoon', 'DATE|TIME', '2014-02-04TAF'),
    ('about 9 p.m.', 'TIME', '2014-02-04T21:00'),
    ('midnight', 'TIME', '2014-02-05T00:00|2014-02-04T24:00'),
    ('6 a.m. Wednesday', 'TIME', '2014-02-05T06:00'),
    ('Wednesday morning', 'DATE|TIME', '2014-02-05TMO'),
    ('Monday', 'DATE', '2014-02-03'),
    ('this afternoon', 'DATE|TIME', '2014-02-03TAF'),
    ('less than a month', 'DURATION', 'P1M'),
    ("New Year's Day", 'DATE', '2014-01-01'),
    ('2011', 'DATE', '2011'),
    ('the following week', 'DATE', '2014-W02'),
    ('three days', 'DURATION', 'P3D'),
    ('5:30 a.m. Wednesday', 'TIME', '2014-02-05T05:30'),
    ('this winter', 'DATE', '2013-WI|2014-WI'),
    ('June', 'DATE', '2014-06'),
    ('Tuesday night', 'DATE|TIME', '2014-02-04TNI'),
    ('8 p.m. Tuesday', 'TIME', '2014-02-04T20:00'),
    ('Thursday', 'DATE', '2014-02-06'),
    ('Friday', 'DATE', '2014-02-07'),
    ('the weekend', 'DATE', '2014-W06-WE'),
    ('this winter', 'DATE', '2013-WI|2014-WI'),
    ('five years', 'DURATION', 'P5Y'),
    ('December 1', 'DATE', '2013-12-01'),
]),

# 2. Local newspaper police log, Bend, Oregon (2016)
('2016-08-14', 'auto', """Police log: Redmond man arrested after downtown Bend chase

The Bulletin
Published Aug. 14, 2016

A Redmond man was arrested early Saturday after leading Bend police on a chase through downtown and into the Old Mill District, police said.

Officers tried to stop a silver Honda Accord for speeding on NW Wall Street at about 1:40 a.m., according to Lt. Clint Burleson. The driver sped away, ran several red lights and crashed into a planter on SW Columbia Street. He fled on foot but was caught by a police dog near the Deschutes River.

Dustin A. Reyes, 29, was booked into the Deschutes County jail on charges of attempting to elude police, reckless driving and driving under the influence of intoxicants. He was being held Saturday night on $25,000 bail. Jail records show Reyes was released in May after serving 90 days on an unrelated theft conviction.

Other incidents reported to Bend police and the Deschutes County Sheriff's Office from Friday through early Sunday:

Burglary: A resident of the 2100 block of NE Wells Acres Road reported at 7:15 a.m. Friday that someone had entered an unlocked garage and taken two mountain bikes and a chain saw worth about $4,800.

Fire: Crews from Bend Fire & Rescue put out a brush fire off China Hat Road at 3:22 p.m. Friday. Fire officials said it was the third human-caused fire in the area in the past two weeks and reminded residents that public use restrictions imposed in July remain in place.

Theft: A woman reported Friday evening that her purse was stolen from a shopping cart at a store on NE Third Street. The suspect was described as a man in his 20s.

DUII: Deputies arrested three drivers on suspicion of drunken driving between 10 p.m. Saturday and 4 a.m. Sunday as part of an enforcement campaign that runs through Labor Day. The Sheriff's Office has stepped up patrols every summer since 2013, when the county recorded 11 alcohol-related traffic deaths.

Assault: A 41-year-old man was cited Saturday afternoon after a fight in the parking lot of a bar on NW Bond Street. The victim was treated at St. Charles Bend and released.

Disturbance: Officers were called to a home in southeast Bend at 11:50 p.m. Saturday on a report of loud music and fireworks. It was the fourth such call to the same address this month, police said.

Crime numbers: Property crimes in the city rose 8 percent in the first half of 2016 compared with 2015, Burleson said. He will present the figures to the City Council on Wednesday.

The police log appears every Sunday.
""", [
    ('Aug. 14, 2016', 'DATE', '2016-08-14'),
    ('early Saturday', 'DATE', '2016-08-13'),
    ('about 1:40 a.m.', 'TIME', '2016-08-13T01:40'),
    ('Saturday night', 'DATE|TIME', '2016-08-13TNI'),
    ('May', 'DATE', '2016-05'),
    ('90 days', 'DURATION', 'P90D'),
    ('Friday', 'DATE', '2016-08-12'),
    ('early Sunday', 'DATE', '2016-08-14'),
    ('7:15 a.m. Friday', 'TIME', '2016-08-12T07:15'),
    ('3:22 p.m. Friday', 'TIME', '2016-08-12T15:22'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('July', 'DATE', '2016-07'),
    ('Friday evening', 'DATE|TIME', '2016-08-12TEV'),
    ('10 p.m. Saturday', 'TIME', '2016-08-13T22:00'),
    ('4 a.m. Sunday', 'TIME', '2016-08-14T04:00'),
    ('Labor Day', 'DATE', '2016-09-05'),
    ('every summer', 'SET', 'XXXX-SU'),
    ('2013', 'DATE', '2013'),
    ('Saturday afternoon', 'DATE|TIME', '2016-08-13TAF'),
    ('11:50 p.m. Saturday', 'TIME', '2016-08-13T23:50'),
    ('this month', 'DATE', '2016-08'),
    ('the first half of 2016', 'DATE', '2016-H1'),
    ('2015', 'DATE', '2015'),
    ('Wednesday', 'DATE', '2016-08-17'),
    ('every Sunday', 'SET', 'XXXX-WXX-7'),
]),

# 3. Local newspaper school board report, Cedar Rapids, Iowa (2019)
('2019-04-10', 'auto', """Cedar Rapids school board approves $1.2 million in budget cuts

By Erin Whitlock, The Gazette

CEDAR RAPIDS - The Cedar Rapids Community School District board voted 6-1 Monday night to cut about $1.2 million from its fiscal 2020 budget, eliminating 14 positions, mostly through retirements and resignations.

The cuts take effect July 1. District officials said the reductions were needed after state lawmakers approved a 2.06 percent increase in per-pupil funding in February, less than the 3 percent the district had sought.

"Nobody on this board wanted to be here tonight," board President Nancy Hubbard said at the meeting. "But we have a responsibility to pass a balanced budget."

Superintendent Noreen Bauer said enrollment has slipped in recent years. The district has lost about 600 students since 2014, and enrollment is projected to decline another 1.5 percent over the next five years. Each student brings in about $6,880 in state aid.

The board will hold a public hearing on the full budget at 5 p.m. April 22 at the Educational Leadership and Support Center. State law requires districts to certify their budgets by April 30.

Monday's vote came after nearly three hours of public comment. More than 40 teachers, parents and students spoke, many of them against a proposal to reduce library staffing in elementary schools. The board dropped that item from the package last week after a petition drew more than 2,000 signatures.

Cedar Rapids last made cuts of this size in 2010, when the district eliminated 80 positions during the recession. Board member David Tomasek, who cast the lone no vote, said the district should draw on its cash reserve for one more year rather than cut jobs.

"We are asking teachers to do more every year," Tomasek said. "Something has to give."

Also at the meeting, the board:

- Approved a new academic calendar. Classes will begin Aug. 23 and end June 3, 2020, with winter break running from Dec. 23 to Jan. 3.
- Heard an update on the facilities master plan, which calls for closing or replacing 13 elementary buildings over the next decade. The first two new schools are scheduled to open in the fall of 2021.
- Agreed to meet twice a month through the summer instead of once a month.

The board's next regular meeting is at 5:30 p.m. Monday, May 13.
""", [
    ('Monday night', 'DATE|TIME', '2019-04-08TNI'),
    ('fiscal 2020', 'DATE', 'FY2020|2020'),
    ('July 1', 'DATE', '2019-07-01'),
    ('February', 'DATE', '2019-02'),
    ('tonight', 'DATE|TIME', '2019-04-08TNI'),
    ('recent years', 'DATE', 'PAST_REF'),
    ('2014', 'DATE', '2014'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('5 p.m. April 22', 'TIME', '2019-04-22T17:00'),
    ('April 30', 'DATE', '2019-04-30'),
    ('Monday', 'DATE', '2019-04-08'),
    ('nearly three hours', 'DURATION', 'PT3H'),
    ('last week', 'DATE', '2019-W14'),
    ('2010', 'DATE', '2010'),
    ('one more year', 'DURATION', 'P1Y'),
    ('every year', 'SET', 'P1Y'),
    ('Aug. 23', 'DATE', '2019-08-23'),
    ('June 3, 2020', 'DATE', '2020-06-03'),
    ('Dec. 23', 'DATE', '2019-12-23'),
    ('Jan. 3', 'DATE', '2020-01-03'),
    ('the next decade', 'DURATION', 'P10Y|P1E'),
    ('the fall of 2021', 'DATE', '2021-FA'),
    ('twice a month', 'SET', 'P1M'),
    ('the summer', 'DATE', '2019-SU'),
    ('once a month', 'SET', 'P1M'),
    ('5:30 p.m. Monday, May 13', 'TIME', '2019-05-13T17:30'),
]),

# 4. Local newspaper city council report with road-work timetable, Tucson, Arizona (2014)
('2014-10-08', 'auto', """Council OKs Grant Road contract; lane restrictions start this month

By Rob Castaneda, Arizona Daily Star

The Tucson City Council on Tuesday awarded a $14.7 million contract to widen a mile-long stretch of Grant Road between Oracle Road and Stone Avenue, a project voters first approved in 2006 as part of the Regional Transportation Authority plan.

Construction is scheduled to begin Oct. 20 and last about 18 months, Transportation Director Daryl Coleman told the council. Drivers should expect lane restrictions through the spring of 2016.

The timetable for the first phase:

- Starting at 7 p.m. Oct. 20, Grant will be reduced to one lane in each direction between Oracle and Stone.
- From Oct. 27 through Nov. 7, crews will relocate water and sewer lines, and the intersection at Fifth Avenue will close on weekends.
- Westbound turn lanes at Oracle will close for three weeks beginning Nov. 10.

Work will pause from Nov. 26 to Nov. 30 for Thanksgiving, and again from Dec. 19 through Jan. 4 so shoppers can reach stores along the corridor, Coleman said.

Business owners told the council they have waited nearly a decade for the project and worry that construction will drive customers away.

"We've been hearing about this since 2006," said Maria Lozano, who has run a tire shop on Grant for 22 years. "Now it's finally here, and we need the city to keep our driveways open."

Ward 3 Council Member Ellen Ruiz asked staff to report back monthly on how the work is affecting businesses. The council also set aside $250,000 for marketing and signs to direct drivers to shops that remain open.

The RTA plan, approved by Pima County voters in May 2006, calls for widening Grant from Interstate 10 to Swan Road by 2026. The first segment, from the interstate to Oracle, was finished in early 2013, about four months behind schedule.

"We learned some lessons on that first stretch, and we intend to apply them in the future," Coleman said.

The Grant project was one of several items the council handled Tuesday night. Members also heard a report on a $6.6 million shortfall in the city's fiscal 2015 budget and voted to hold a study session Oct. 28 to discuss options. City Manager Thomas Garrity said he will present a plan to close the gap by the end of the year.

The council's next regular meeting is at 5:30 p.m. Oct. 21.
""", [
    ('this month', 'DATE', '2014-10'),
    ('Tuesday', 'DATE', '2014-10-07'),
    ('2006', 'DATE', '2006'),
    ('Oct. 20', 'DATE', '2014-10-20'),
    ('about 18 months', 'DURATION', 'P18M'),
    ('the spring of 2016', 'DATE', '2016-SP'),
    ('7 p.m. Oct. 20', 'TIME', '2014-10-20T19:00'),
    ('Oct. 27', 'DATE', '2014-10-27'),
    ('Nov. 7', 'DATE', '2014-11-07'),
    ('weekends', 'SET', 'XXXX-WXX-WE'),
    ('three weeks', 'DURATION', 'P3W'),
    ('Nov. 10', 'DATE', '2014-11-10'),
    ('Nov. 26', 'DATE', '2014-11-26'),
    ('Nov. 30', 'DATE', '2014-11-30'),
    ('Thanksgiving', 'DATE', '2014-11-27'),
    ('Dec. 19', 'DATE', '2014-12-19'),
    ('Jan. 4', 'DATE', '2015-01-04'),
    ('nearly a decade', 'DURATION', 'P10Y|P1E'),
    ('2006', 'DATE', '2006'),
    ('22 years', 'DURATION', 'P22Y'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('monthly', 'SET', 'P1M'),
    ('May 2006', 'DATE', '2006-05'),
    ('2026', 'DATE', '2026'),
    ('early 2013', 'DATE', '2013'),
    ('about four months', 'DURATION', 'P4M'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('Tuesday night', 'DATE|TIME', '2014-10-07TNI'),
    ('fiscal 2015', 'DATE', 'FY2015|2015'),
    ('Oct. 28', 'DATE', '2014-10-28'),
    ('the end of the year', 'DATE', '2014|2014-12'),
    ('5:30 p.m. Oct. 21', 'TIME', '2014-10-21T17:30'),
]),

# 5. Local newspaper high school football playoff recap, Hewitt, Texas (2009)
('2009-11-21', 'auto', """Bowen, Midway rally past Ellison in bi-district thriller

By Jason Ortiz, Tribune-Herald staff writer

HEWITT - Midway's offense sputtered for much of Friday night, and for a while it looked as if the Panthers' season would end the same way it did a year ago.

Then senior quarterback Tyler Bowen found his rhythm.

Bowen threw two touchdown passes after halftime, including a 31-yard strike to Marcus Hill on fourth down, and Midway beat Killeen Ellison 28-24 in a Class 5A Division II bi-district playoff game at Panther Stadium.

"We've been in this spot before and we didn't get it done," Bowen said. "Tonight we did. I'm proud of these guys."

Ellison (7-5) led 24-14 after a 62-yard touchdown run by Darius Combs, who finished with 187 yards on 29 carries. Bowen answered with a 12-yard scoring pass to Hill, and the Midway defense forced a three-and-out on the Eagles' next possession.

On the winning drive, Midway converted twice on fourth down before Hill hauled in the go-ahead pass along the sideline. Linebacker Cody Pratt sealed it with an interception at the Midway 20.

Bowen, who missed three games in October with a sprained ankle, completed 17 of 26 passes for 241 yards and ran for another 44.

"He told me Monday he was going to win this game for us," Hill said. "He meant it."

Midway coach Ray Dunlap, in his 11th season, has taken the Panthers to the playoffs every year since 2000. But the postseason has been a sore spot. Last season, Midway lost to Temple 35-31 in the bi-district round after leading for most of the game, and the Panthers have not won an area-round game since 2005.

Midway (9-3) will face Round Rock Westwood in the area round at 7:30 p.m. Friday, the day after Thanksgiving, at Waco ISD Stadium. The teams have not met since 2004.

The Panthers watched film Saturday morning and will take Thursday off for Thanksgiving, Dunlap said.

"We don't have much time to get ready, and they're a good team," he said. "We'll enjoy this one for about 24 hours and then get back to work."

Tickets for next week's game go on sale at 8 a.m. Monday at the Midway athletic office and cost $6 for adults and $3 for students. Fans are asked to arrive early because of expected traffic on Interstate 35.
""", [
    ('Friday night', 'DATE|TIME', '2009-11-20TNI'),
    ('a year ago', 'DATE', '2008'),
    ('Tonight', 'DATE|TIME', '2009-11-20TNI'),
    ('October', 'DATE', '2009-10'),
    ('Monday', 'DATE', '2009-11-16'),
    ('every year', 'SET', 'P1Y'),
    ('2000', 'DATE', '2000'),
    ('Last season', 'DATE', '2008'),
    ('2005', 'DATE', '2005'),
    ('7:30 p.m. Friday', 'TIME', '2009-11-27T19:30'),
    ('the day after Thanksgiving', 'DATE', '2009-11-27'),
    ('2004', 'DATE', '2004'),
    ('Saturday morning', 'DATE|TIME', '2009-11-21TMO'),
    ('Thursday', 'DATE', '2009-11-26'),
    ('Thanksgiving', 'DATE', '2009-11-26'),
    ('about 24 hours', 'DURATION', 'PT24H'),
    ('next week', 'DATE', '2009-W48'),
    ('8 a.m. Monday', 'TIME', '2009-11-23T08:00'),
]),

# 6. Local newspaper college basketball recap, Dayton, Ohio (2022)
('2022-02-27', 'auto', """Flyers hold off Saint Louis, stay in hunt for A-10 title

By Dave Mercer, Staff Writer

DAYTON - For most of Saturday night, Dayton looked as if it would cruise. Then Saint Louis made it interesting.

The Billikens cut a 15-point deficit to two, but freshman guard Malik Toppins made three free throws down the stretch, and the Flyers held on for a 72-68 victory before a sellout crowd of 13,407 at UD Arena.

Dayton (21-8, 13-3 Atlantic 10) won its fifth straight game and moved within a half game of first-place Davidson with two games left in the regular season. The Flyers play at Richmond at 7 p.m. Tuesday and close the regular season at home against VCU at 2 p.m. next Saturday.

"We've been playing good basketball for about a month now," coach Mark Pruitt said. "But nobody in that locker room is satisfied."

Toppins finished with 22 points, and senior forward Jordan Ellis added 14 points and 11 rebounds. Dayton shot 48 percent from the field and made 9 of 20 3-pointers.

Saint Louis (20-9, 11-5) got 24 points from Javon Meeks, who scored 16 of them before halftime. The Billikens beat Dayton 76-73 in St. Louis in January, a loss that dropped the Flyers to 2-2 in league play. Dayton has won 11 of 12 games since.

The Flyers went 18-0 in the league two years ago before the pandemic wiped out the postseason. This team was picked to finish fifth in the league's preseason poll in October.

"People counted us out early," Ellis said. "We took that personally."

Dayton has sold out every home game since fans returned to the arena last fall after more than a year without crowds.

The A-10 tournament begins March 9 in Washington, D.C., and the championship game is set for March 13, the same day the NCAA tournament field is announced. The top four seeds receive double byes into the quarterfinals, which will be played March 11.

Pruitt said the team would take Sunday off and return to practice Monday afternoon. Tickets for the VCU game, which will honor five seniors, sold out earlier this week.
""", [
    ('Saturday night', 'DATE|TIME', '2022-02-26TNI'),
    ('7 p.m. Tuesday', 'TIME', '2022-03-01T19:00'),
    ('2 p.m. next Saturday', 'TIME', '2022-03-05T14:00'),
    ('about a month', 'DURATION', 'P1M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('January', 'DATE', '2022-01'),
    ('two years ago', 'DATE', '2020'),
    ('October', 'DATE', '2021-10'),
    ('last fall', 'DATE', '2021-FA'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('March 9', 'DATE', '2022-03-09'),
    ('March 13', 'DATE', '2022-03-13'),
    ('the same day', 'DATE', '2022-03-13'),
    ('March 11', 'DATE', '2022-03-11'),
    ('Sunday', 'DATE', '2022-02-27'),
    ('Monday afternoon', 'DATE|TIME', '2022-02-28TAF'),
    ('earlier this week', 'DATE', '2022-W08'),
]),

# 7. Local news site court brief, Harrisburg, Pennsylvania (2017)
('2017-06-02', 'auto', """Former Dauphin County clerk sentenced for stealing $312,000 in tax payments

By Matt Keller | mkeller@pennlive.com

A former clerk in the Dauphin County Tax Claim Bureau was sentenced Thursday to 18 months to five years in state prison for stealing more than $312,000 in tax payments over nearly six years.

Linda M. Carr, 58, of Lower Paxton Township, pleaded guilty in March to theft and tampering with public records. Dauphin County Judge Andrew Kessler also ordered her to repay the money and barred her from public employment.

Investigators said Carr pocketed cash payments from property owners from 2010 to 2016 and altered records to cover the thefts. The scheme unraveled in October 2016, when a Susquehanna Township woman complained that her home had been listed for a tax sale even though she had paid her bill in full.

Carr was arrested Oct. 24, 2016, and resigned the following day.

"For almost six years, she took money from her neighbors and from every taxpayer in this county," Deputy District Attorney Kelly Ryan said in court. "These were people trying to keep their homes."

Carr's attorney, James Ellison, said his client has struggled with a gambling addiction since 2008 and has attended treatment weekly for the past year. Carr apologized to the court and said she had always meant to pay the money back.

Kessler gave Carr credit for the 11 days she spent in jail after her arrest last fall. She must report to Dauphin County Prison by 9 a.m. June 16 before being transferred to a state facility.

County officials said they have changed how the bureau handles cash. Since January, all cash payments must be logged by two employees and deposited daily, Controller Tom Briggs said. An outside audit covering the last three fiscal years is due by the end of the summer.

The county commissioners will discuss the audit at their workshop meeting at 10 a.m. Wednesday.

The case is the second involving a county employee in two years. In 2015, a former prison bookkeeper was sentenced to probation for taking $48,000 from inmate accounts over a period of 14 months.
""", [
    ('Thursday', 'DATE', '2017-06-01'),
    ('18 months', 'DURATION', 'P18M'),
    ('five years', 'DURATION', 'P5Y'),
    ('nearly six years', 'DURATION', 'P6Y'),
    ('March', 'DATE', '2017-03'),
    ('2010', 'DATE', '2010'),
    ('2016', 'DATE', '2016'),
    ('October 2016', 'DATE', '2016-10'),
    ('Oct. 24, 2016', 'DATE', '2016-10-24'),
    ('the following day', 'DATE', '2016-10-25'),
    ('almost six years', 'DURATION', 'P6Y'),
    ('2008', 'DATE', '2008'),
    ('weekly', 'SET', 'P1W'),
    ('the past year', 'DURATION', 'P1Y'),
    ('11 days', 'DURATION', 'P11D'),
    ('last fall', 'DATE', '2016-FA'),
    ('9 a.m. June 16', 'TIME', '2017-06-16T09:00'),
    ('January', 'DATE', '2017-01'),
    ('daily', 'SET', 'P1D'),
    ('the last three fiscal years', 'DURATION', 'P3Y'),
    ('the end of the summer', 'DATE', '2017-SU'),
    ('10 a.m. Wednesday', 'TIME', '2017-06-07T10:00'),
    ('two years', 'DURATION', 'P2Y'),
    ('2015', 'DATE', '2015'),
    ('14 months', 'DURATION', 'P14M'),
]),

# 8. Kansas City TV station web story, excessive heat warning (2012)
('2012-07-17', 'auto', """Excessive heat warning extended through Thursday; cooling centers open

KANSAS CITY, Mo. (KSHB) - The National Weather Service on Tuesday extended an excessive heat warning for the Kansas City area through 8 p.m. Thursday, with highs expected to reach 103 to 106 degrees.

Heat index values could top 110 this afternoon and Wednesday afternoon, forecasters said. Lows will only fall into the upper 70s, offering little relief.

Kansas City has hit 100 degrees or more eight times this month, and the temperature at Kansas City International Airport has not dropped below 75 since Saturday. The last time the city saw heat like this was in the summer of 1980, when it reached 100 or higher on 17 straight days.

"This is a dangerous stretch, and it isn't over yet," said meteorologist Ryan Hale. "People need to take it seriously."

The Kansas City Health Department has opened 11 cooling centers at community centers and libraries. They will stay open daily through Friday, and the city will provide free bus rides to the centers for anyone who needs them.

Two heat-related deaths have been reported in Jackson County this summer, including a 64-year-old woman found Sunday in a home without air conditioning, according to the medical examiner's office.

KCP&L said demand for electricity set a record at about 5 p.m. Monday. The utility urged customers to set thermostats at 78 degrees and avoid running dishwashers and dryers when possible.

The drought is taking a toll as well. The U.S. Drought Monitor on Thursday classified most of western Missouri as being in severe drought, and farmers say the corn crop is suffering. Rainfall at KCI is about 8 inches below normal since January.

Health officials offered these reminders:
- Never leave children or pets in a vehicle, even for a few minutes.
- Check on elderly neighbors at least twice a day.
- Drink plenty of water and limit time outdoors.

Some relief may be on the way. A cold front is expected to move through late Friday or early Saturday, bringing a chance of storms and highs in the low 90s over the weekend. Forecasters said it is still too early to say whether the pattern will break for good in August.
""", [
    ('Thursday', 'DATE', '2012-07-19'),
    ('Tuesday', 'DATE', '2012-07-17'),
    ('8 p.m. Thursday', 'TIME', '2012-07-19T20:00'),
    ('this afternoon', 'DATE|TIME', '2012-07-17TAF'),
    ('Wednesday afternoon', 'DATE|TIME', '2012-07-18TAF'),
    ('this month', 'DATE', '2012-07'),
    ('Saturday', 'DATE', '2012-07-14'),
    ('the summer of 1980', 'DATE', '1980-SU'),
    ('17 straight days', 'DURATION', 'P17D'),
    ('daily', 'SET', 'P1D'),
    ('Friday', 'DATE', '2012-07-20'),
    ('this summer', 'DATE', '2012-SU'),
    ('Sunday', 'DATE', '2012-07-15'),
    ('about 5 p.m. Monday', 'TIME', '2012-07-16T17:00'),
    ('Thursday', 'DATE', '2012-07-12'),
    ('January', 'DATE', '2012-01'),
    ('a few minutes', 'DURATION', 'PTXM'),
    ('twice a day', 'SET', 'P1D'),
    ('late Friday', 'DATE', '2012-07-20'),
    ('early Saturday', 'DATE', '2012-07-21'),
    ('the weekend', 'DATE', '2012-W29-WE'),
    ('August', 'DATE', '2012-08'),
]),

# 9. Detroit TV station web story, parade road closures and timetable (2023)
('2023-11-20', 'auto', """America's Thanksgiving Parade: Road closures, times and what to know

DETROIT - More than a million spectators are expected to line Woodward Avenue on Thursday for America's Thanksgiving Parade, and road closures in Midtown and downtown Detroit will begin Wednesday night.

The parade steps off at 8:45 a.m. Thanksgiving Day at Woodward and Mack Avenue and travels south to Congress Street. Local 4 will broadcast it live from 9 a.m. to noon.

Here is the schedule of closures released Monday by the Detroit Police Department:

- Woodward between Mack and Campus Martius will close to traffic at 10 p.m. Wednesday.
- Cross streets along the route will close at 4 a.m. Thursday.
- The Turkey Trot starts at 7:30 a.m., about an hour before the parade, and runners will share part of the route.
- All streets are expected to reopen by 3 p.m. Thursday.

The QLine will not run Thursday morning, and DDOT buses on Woodward will be detoured from 6 a.m. until the parade ends. Several city-owned garages downtown will open at 5 a.m., and parking there will be free.

Parade organizers recommend arriving by 7 a.m. to get a good spot along the route.

Preparations began in January, and volunteers have spent the past two months building and repairing floats at The Parade Company's studio on the city's east side. The giant balloons will be inflated the day before at a warehouse near the route.

"Our volunteers work on this all year," said Carla Benson, the company's president. "When you see the kids' faces on Woodward, you know why."

Last year's parade drew an estimated 1 million people despite temperatures near freezing. The parade was held without spectators in 2020 because of the COVID-19 pandemic and returned to Woodward in 2021.

The parade has been a Detroit tradition since 1924, when the J.L. Hudson Co. department store organized the first one.

Forecasters expect cold but dry weather for the parade, with temperatures in the mid-30s and a light breeze.

The celebrations continue Friday, when the city's Christmas tree at Campus Martius will be lit at about 7:30 p.m. during the Detroit Tree Lighting. Organizers said skating at the Campus Martius rink will be free through the weekend.
""", [
    ('Thursday', 'DATE', '2023-11-23'),
    ('Wednesday night', 'DATE|TIME', '2023-11-22TNI'),
    ('8:45 a.m. Thanksgiving Day', 'TIME', '2023-11-23T08:45'),
    ('9 a.m.', 'TIME', '2023-11-23T09:00'),
    ('noon', 'TIME', '2023-11-23T12:00'),
    ('Monday', 'DATE', '2023-11-20'),
    ('10 p.m. Wednesday', 'TIME', '2023-11-22T22:00'),
    ('4 a.m. Thursday', 'TIME', '2023-11-23T04:00'),
    ('7:30 a.m.', 'TIME', '2023-11-23T07:30'),
    ('about an hour', 'DURATION', 'PT1H'),
    ('3 p.m. Thursday', 'TIME', '2023-11-23T15:00'),
    ('Thursday morning', 'DATE|TIME', '2023-11-23TMO'),
    ('6 a.m.', 'TIME', '2023-11-23T06:00'),
    ('5 a.m.', 'TIME', '2023-11-23T05:00'),
    ('7 a.m.', 'TIME', '2023-11-23T07:00'),
    ('January', 'DATE', '2023-01'),
    ('the past two months', 'DURATION', 'P2M'),
    ('the day before', 'DATE', '2023-11-22'),
    ('all year', 'DURATION', 'P1Y'),
    ('Last year', 'DATE', '2022'),
    ('2020', 'DATE', '2020'),
    ('2021', 'DATE', '2021'),
    ('1924', 'DATE', '1924'),
    ('Friday', 'DATE', '2023-11-24'),
    ('about 7:30 p.m.', 'TIME', '2023-11-24T19:30'),
    ('the weekend', 'DATE', '2023-W47-WE'),
]),

# 10. Pittsburgh TV station web story, overnight house fire (2008)
('2008-12-27', 'auto', """Family of six escapes Penn Hills house fire

PENN HILLS, Pa. -- A family of six, including four children, escaped a fire that destroyed their Penn Hills home early Saturday, fire officials said.

Allegheny County 911 received the call at 2:14 a.m. from a home in the 200 block of Jefferson Road. When the first crews arrived about eight minutes later, flames were already coming through the roof, Penn Hills Fire Chief Dale Martin said.

Kevin Shaw, the father, said he woke up to the sound of the smoke detector in the hallway.

"It was going off for about 30 seconds before I realized what it was," Shaw said. "I grabbed the baby, my wife grabbed the other kids, and we went out the back. We didn't even have shoes on."

Firefighters from four departments battled the blaze for nearly three hours in temperatures in the teens. One firefighter was treated for a minor injury at the scene. The fire was declared under control at about 5 a.m.

Allegheny County fire marshals were at the scene Saturday afternoon. They said the fire appears to have started on an enclosed back porch, where the family had been using a space heater. The investigation is expected to take several days.

The Shaws had moved into the home in August. Relatives had gathered at the house the night before, and neighbors said the family lost everything, including gifts the children had opened Christmas morning.

The American Red Cross is providing temporary housing. Members of Our Lady of Peace Church will collect clothing and household items for the family from 10 a.m. to 2 p.m. Sunday in the church hall.

It was the third serious house fire in Penn Hills this month. Two weeks ago, a fire on Frankstown Road killed a 79-year-old man.

Fire officials say house fires spike every winter as residents turn to space heaters and fireplaces. Nationally, space heaters are involved in about one-third of home heating fires, according to the National Fire Protection Association.

"Have your furnace inspected once a year, and keep anything that can burn at least three feet from a heater," Martin said. "And make sure those smoke detectors work. Theirs did, and that's why everybody is alive now."

Martin said the department has recently installed free smoke detectors in about 300 homes, and the program will continue into the new year.
""", [
    ('early Saturday', 'DATE', '2008-12-27'),
    ('2:14 a.m.', 'TIME', '2008-12-27T02:14'),
    ('about eight minutes later', 'TIME', '2008-12-27T02:22'),
    ('about 30 seconds', 'DURATION', 'PT30S'),
    ('nearly three hours', 'DURATION', 'PT3H'),
    ('about 5 a.m.', 'TIME', '2008-12-27T05:00'),
    ('Saturday afternoon', 'DATE|TIME', '2008-12-27TAF'),
    ('several days', 'DURATION', 'PXD'),
    ('August', 'DATE', '2008-08'),
    ('the night before', 'DATE|TIME', '2008-12-26TNI'),
    ('Christmas morning', 'DATE|TIME', '2008-12-25TMO'),
    ('10 a.m.', 'TIME', '2008-12-28T10:00'),
    ('2 p.m. Sunday', 'TIME', '2008-12-28T14:00'),
    ('this month', 'DATE', '2008-12'),
    ('Two weeks ago', 'DATE', '2008-W50|2008-12-13'),
    ('every winter', 'SET', 'XXXX-WI'),
    ('once a year', 'SET', 'P1Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('recently', 'DATE', 'PAST_REF'),
    ('the new year', 'DATE', '2009'),
]),

# 11. Local newspaper city council report, Boise, Idaho (2024)
('2024-03-06', 'auto', """Boise approves sewer rate increases to pay for treatment plant upgrades

BY KATIE MORRIS
kmorris@idahostatesman.com

Boise residents will see their sewer bills rise about 7 percent starting Oct. 1 after the City Council voted 5-1 Tuesday night to approve increases in each of the next five years.

The increases, which would raise the typical household bill by about a third by 2029, will help pay for roughly $1 billion in upgrades at the city's Lander Street and West Boise water renewal facilities over the next 20 years, Public Works Director Steve Burgos said.

"Much of this system was built in the 1970s and 1980s," Burgos said. "It has served us well for half a century, but a lot of it is at the end of its life."

The city last raised sewer rates in 2019, and its last major plant upgrade was finished a decade ago. Construction costs have climbed more than 40 percent since then, Burgos said. A rate study completed in the fourth quarter of 2023 found that without the increases, the sewer fund would run out of cash by fiscal 2027.

The new rates take effect with the start of fiscal 2025. The council will review the increases each spring, and residents can comment at a public hearing each July before each new rate takes effect.

Council Member Jennifer Ochoa cast the lone no vote, saying the city should phase in the increases more slowly. A group of residents delivered a petition with 1,100 signatures last month asking the council to delay the vote.

"People are struggling with rent and groceries now," Ochoa said. "I don't think we should be adding to that this year."

Council President Marco Diaz said delaying the increases would only make them steeper.

"If we wait three years, the bill doesn't get smaller," he said.

Construction on the first major project, a new biological treatment system at Lander Street, is scheduled to begin in the summer of 2025 and take about three years. Crews will start design and survey work next month.

The city will hold an open house on the projects from 4 p.m. to 7 p.m. March 19 at the Boise Depot.

Also Tuesday, the council approved a contract extension with its trash hauler through September 2031 and set a budget workshop for 9 a.m. April 16.
""", [
    ('Oct. 1', 'DATE', '2024-10-01'),
    ('Tuesday night', 'DATE|TIME', '2024-03-05TNI'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('2029', 'DATE', '2029'),
    ('the next 20 years', 'DURATION', 'P20Y'),
    ('the 1970s', 'DATE', '197'),
    ('1980s', 'DATE', '198'),
    ('half a century', 'DURATION', 'P50Y|P5E'),
    ('2019', 'DATE', '2019'),
    ('a decade ago', 'DATE', '2014|201'),
    ('the fourth quarter of 2023', 'DATE', '2023-Q4'),
    ('fiscal 2027', 'DATE', 'FY2027|2027'),
    ('fiscal 2025', 'DATE', 'FY2025|2025'),
    ('each spring', 'SET', 'XXXX-SP'),
    ('each July', 'SET', 'XXXX-07'),
    ('last month', 'DATE', '2024-02'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this year', 'DATE', '2024'),
    ('three years', 'DURATION', 'P3Y'),
    ('the summer of 2025', 'DATE', '2025-SU'),
    ('about three years', 'DURATION', 'P3Y'),
    ('next month', 'DATE', '2024-04'),
    ('4 p.m.', 'TIME', '2024-03-19T16:00'),
    ('7 p.m. March 19', 'TIME', '2024-03-19T19:00'),
    ('Tuesday', 'DATE', '2024-03-05'),
    ('September 2031', 'DATE', '2031-09'),
    ('9 a.m. April 16', 'TIME', '2024-04-16T09:00'),
]),

# 12. Local newspaper business story, paper mill closing, Madison, Maine (2015)
('2015-09-17', 'auto', """Madison paper mill to close; 210 jobs lost

By Doug Hanley, Morning Sentinel

MADISON - Kennebec River Paper Co. will close its Madison mill by the end of the year, putting about 210 people out of work, the company announced Wednesday.

Company officials told employees at a meeting Wednesday afternoon that the mill's last paper machine will stop running in mid-December. Salaried staff will be let go first, starting Oct. 30, and a small crew will stay on through the first quarter of 2016 to shut down equipment and prepare the site for sale.

The company blamed falling demand for the coated paper used in magazines and catalogs, as well as competition from imports. Sales at the Madison mill fell 18 percent in the second quarter compared with a year earlier, and the mill has lost money in each of the past six quarters, according to a company statement.

"This is the hardest decision we have ever had to make," Chief Executive Officer Luc Bergeron said in the statement.

The mill has operated on the banks of the Kennebec River since 1890 and once employed more than 700 people. It was sold to a Quebec-based firm in 2011 and has cut about 100 jobs in the past four years.

"We've been worried about this for years, but you never think it's really going to happen," said Randy Pelletier, a machine tender who has worked at the mill since 1987. "My father worked here. My grandfather worked here."

Town Manager Linda Reardon said the mill pays about 40 percent of Madison's property taxes. Selectmen will hold an emergency meeting at 6 p.m. Monday to discuss the impact on the town's budget for fiscal 2016, which began July 1.

The state's rapid response team will be at the mill next week to help workers file for unemployment and sign up for retraining, the Maine Department of Labor said. The department will also hold a job fair at 10 a.m. Oct. 8 at Madison Area Memorial High School.

The closing is the latest in a string of blows to Maine's paper industry. Four other mills have closed since 2013, including the Verso mill in Bucksport, which shut down last December.

Union leaders said they will ask the company in the coming weeks to keep the mill heated through the winter in case a buyer comes forward.

"We have until Christmas to find someone," said Dan Michaud, president of United Steelworkers Local 36. "After that, it gets a lot harder."
""", [
    ('the end of the year', 'DATE', '2015|2015-12'),
    ('Wednesday', 'DATE', '2015-09-16'),
    ('Wednesday afternoon', 'DATE|TIME', '2015-09-16TAF'),
    ('mid-December', 'DATE', '2015-12'),
    ('Oct. 30', 'DATE', '2015-10-30'),
    ('the first quarter of 2016', 'DATE', '2016-Q1'),
    ('the second quarter', 'DATE', '2015-Q2'),
    ('a year earlier', 'DATE', '2014-Q2|2014'),
    ('the past six quarters', 'DURATION', 'P6Q|P18M'),
    ('1890', 'DATE', '1890'),
    ('2011', 'DATE', '2011'),
    ('the past four years', 'DURATION', 'P4Y'),
    ('years', 'DURATION', 'PXY'),
    ('1987', 'DATE', '1987'),
    ('6 p.m. Monday', 'TIME', '2015-09-21T18:00'),
    ('fiscal 2016', 'DATE', 'FY2016|2016'),
    ('July 1', 'DATE', '2015-07-01'),
    ('next week', 'DATE', '2015-W39'),
    ('10 a.m. Oct. 8', 'TIME', '2015-10-08T10:00'),
    ('2013', 'DATE', '2013'),
    ('last December', 'DATE', '2014-12'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('the winter', 'DATE', '2015-WI'),
    ('Christmas', 'DATE', '2015-12-25'),
]),
]
