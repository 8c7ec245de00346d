# Gold TIMEX3 probe set 71: twelve original local news texts (AP state wires, US metro dailies, Guardian, Irish Times, Toronto Star, Sydney Morning Herald; 1999-2025), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP state wire, weather: snowstorm in central Pennsylvania (2003)
('2003-02-18', 'auto', """Central Pennsylvania digs out after holiday weekend snowstorm

HARRISBURG, Pa. (AP) — Road crews worked through Monday night and into Tuesday to reopen highways across central Pennsylvania after a storm buried parts of the state under more than two feet of snow over the holiday weekend.

The National Weather Service said 26.4 inches fell at Harrisburg International Airport between Saturday afternoon and early Monday, the most from a single storm there since the blizzard of January 1996.

Gov. Ed Rendell, who declared a disaster emergency on Sunday, said state offices would reopen at 10 a.m. Wednesday. The Pennsylvania Turnpike was to remain closed between the Carlisle and Breezewood interchanges until at least noon Tuesday.

"We've got 2,200 plow trucks out there and some of those drivers have been going for 48 hours," PennDOT district executive Greg Walton said at a briefing in the Capitol. "We're asking people to stay off the roads tonight if they possibly can."

At least five deaths were blamed on the storm. A York County man collapsed while shoveling his driveway Sunday morning, and two people died Monday when their car slid into a tractor-trailer on Interstate 81 near Chambersburg, state police said.

Schools in more than 200 districts were closed Tuesday, and many superintendents said classes would not resume before Thursday. The state Department of Education said districts that miss more than five days this winter may have to add make-up days in June.

The storm was the second to hit the region this month. A Feb. 7 storm dropped about 8 inches on the Harrisburg area, and many municipalities said they had already spent most of their snow removal budgets.

"We budgeted for an average winter," said Swatara Township manager Linda Ebersole. "This isn't one."

Forecasters said temperatures would climb into the 40s by the weekend, raising concerns about flooding as the snow melts and ice jams form on the Susquehanna and its tributaries.

"The next 72 hours are going to be about getting the water somewhere," said meteorologist Dan Kessler of the weather service office in State College.

Amtrak canceled its Keystone service between Harrisburg and Philadelphia again Tuesday. Harrisburg International Airport, which closed at 4 p.m. Sunday, reopened one runway at 6 a.m. Tuesday, though most flights remained canceled.

In Lancaster County, Amish families were seen clearing lanes by hand with horse-drawn sleds, and volunteer fire companies went door to door checking on elderly residents who had lost power.
""", [
    ('holiday weekend', 'DATE', '2003-W07-WE'),
    ('Monday night', 'DATE|TIME', '2003-02-17TNI'),
    ('Tuesday', 'DATE', '2003-02-18'),
    ('the holiday weekend', 'DATE', '2003-W07-WE'),
    ('Saturday afternoon', 'DATE|TIME', '2003-02-15TAF'),
    ('early Monday', 'DATE', '2003-02-17'),
    ('January 1996', 'DATE', '1996-01'),
    ('Sunday', 'DATE', '2003-02-16'),
    ('10 a.m. Wednesday', 'TIME', '2003-02-19T10:00'),
    ('noon Tuesday', 'TIME', '2003-02-18T12:00'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('tonight', 'DATE|TIME', '2003-02-18TNI'),
    ('Sunday morning', 'DATE|TIME', '2003-02-16TMO'),
    ('Monday', 'DATE', '2003-02-17'),
    ('Tuesday', 'DATE', '2003-02-18'),
    ('Thursday', 'DATE', '2003-02-20'),
    ('five days', 'DURATION', 'P5D'),
    ('this winter', 'DATE', '2003-WI|2002-WI'),
    ('June', 'DATE', '2003-06'),
    ('this month', 'DATE', '2003-02'),
    ('Feb. 7', 'DATE', '2003-02-07'),
    ('the weekend', 'DATE', '2003-W08-WE'),
    ('The next 72 hours', 'DURATION', 'PT72H'),
    ('Tuesday', 'DATE', '2003-02-18'),
    ('4 p.m. Sunday', 'TIME', '2003-02-16T16:00'),
    ('6 a.m. Tuesday', 'TIME', '2003-02-18T06:00'),
]),
# 2. US metro daily, local government: St. Paul budget vote (1999)
('1999-11-09', 'auto', """Council backs 2000 budget with 4.5% levy increase

By Mark Albrecht
Staff Writer

The St. Paul City Council gave preliminary approval Monday night to a $412 million budget for 2000 that would raise the city's property tax levy by 4.5 percent, the largest increase since 1991.

The 5-2 vote came after more than four hours of public testimony, much of it from East Side residents who packed the council chambers to oppose the closing of two branch libraries.

"We heard them loud and clear," said council President Ellen Marquardt, who said she would ask city staff to find $600,000 before the final vote, scheduled for Dec. 15, to keep the Arlington and Hayden Heights branches open at least through next summer.

The proposed levy would add about $38 a year to the tax bill on a median-valued home of $98,000, city finance director Tom Rucker said Tuesday. Owners of commercial property would see larger increases because of changes in the state's classification system approved by the Legislature in the spring.

Truth-in-taxation hearings, at which homeowners can question their proposed bills, will be held at 7 p.m. on Dec. 2 and Dec. 6 at City Hall.

The council has held the levy flat for the past three years, and several members said the city could no longer put off repairs to streets, recreation centers and the aging Public Safety Building.

"We've been patching potholes with promises since the mid-1990s," said council member Jim Reiter, who represents the Midway area. "At some point the bill comes due."

The two members who voted no, Carol Sauer and Pete Gaines, said many residents were still absorbing a 1998 reassessment that raised property values in some neighborhoods by as much as 20 percent.

"People on fixed incomes got hit last year, and now we're asking them to pay again," Sauer said.

Mayor's office spokesman Dave Lindgren said the administration supports the budget but would prefer to keep the libraries open through savings in the parks department rather than additional taxes.

Library supporters, some wearing buttons reading "Books, Not Bonds," said they plan to return for the December hearings.

"We'll be back every week until this is settled," said Maria Torres, a Hayden Heights parent who collected more than 1,500 signatures in about ten days. "These libraries are where our kids go after school."

The library board, which must sign off on any change to branch hours, meets again Thursday morning.
""", [
    ('2000', 'DATE', '2000'),
    ('Monday night', 'DATE|TIME', '1999-11-08TNI'),
    ('2000', 'DATE', '2000'),
    ('1991', 'DATE', '1991'),
    ('more than four hours', 'DURATION', 'PT4H'),
    ('Dec. 15', 'DATE', '1999-12-15'),
    ('next summer', 'DATE', '2000-SU'),
    ('a year', 'SET', 'P1Y'),
    ('Tuesday', 'DATE', '1999-11-09'),
    ('the spring', 'DATE', '1999-SP'),
    ('7 p.m. on Dec. 2', 'TIME', '1999-12-02T19:00'),
    ('Dec. 6', 'DATE', '1999-12-06'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('the mid-1990s', 'DATE', '199'),
    ('1998', 'DATE', '1998'),
    ('last year', 'DATE', '1998'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('December', 'DATE', '1999-12'),
    ('every week', 'SET', 'P1W'),
    ('about ten days', 'DURATION', 'P10D'),
    ('Thursday morning', 'DATE|TIME', '1999-11-11TMO'),
]),
# 3. The Guardian, courts: rogue roofer jailed (2011)
('2011-06-23', 'auto', """Rogue roofer who preyed on pensioners jailed for 18 months

Rachel Dunmore
Thursday 23 June 2011

A builder who took more than £90,000 from pensioners across Somerset and Devon by posing as a roofing contractor has been jailed for 18 months.

Gary Thorne, 47, of Taunton, targeted at least 14 householders over almost two years, Exeter crown court heard.

His victims, the oldest of whom was 91, were told their roofs were unsafe and needed urgent work. Thorne would demand a cash deposit before any work began, then come back to announce that further repairs were needed. In several cases no work was ever done.

Sentencing him on Thursday, Judge Catherine Hale said Thorne had "deliberately chosen people who were alone, frail and frightened" and had shown no remorse until he was caught.

The court heard that the scheme began in the spring of 2008 and ran until Thorne's arrest in March 2010, when trading standards officers and police raided a lock-up garage in Bridgwater and found invoice books, a card machine and lists of addresses annotated with the ages of the occupants.

One victim, an 84-year-old widow from Minehead, paid £23,000 over six weeks for work that an independent surveyor later valued at less than £1,500. She has since moved into sheltered accommodation, the court was told.

Thorne pleaded guilty in April to 11 counts of fraud. His barrister, Simon Pryce, said his client had run up gambling debts and was "deeply ashamed".

Detective Constable Mark Ellery of Avon and Somerset police said after the hearing: "Some of these people had lived in their homes for 50 years and trusted anyone who knocked on the door. He took their savings and, in some cases, their confidence to live independently."

Hale also imposed an order banning Thorne from cold-calling for 10 years after his release. A confiscation hearing to recover his assets is set for 14 September.

Trading standards officers say doorstep crime is rising in the south-west, with more than 300 complaints recorded in the region in the last 12 months. Many victims never report it, they say, out of embarrassment.

Somerset county council, which runs "no cold calling" zones in parts of Taunton and Yeovil, said it would extend the scheme to a further 40 streets this summer and was now working with banks to flag unusually large cash withdrawals by elderly customers.
""", [
    ('18 months', 'DURATION', 'P18M'),
    ('Thursday 23 June 2011', 'DATE', '2011-06-23'),
    ('18 months', 'DURATION', 'P18M'),
    ('almost two years', 'DURATION', 'P2Y'),
    ('Thursday', 'DATE', '2011-06-23'),
    ('the spring of 2008', 'DATE', '2008-SP'),
    ('March 2010', 'DATE', '2010-03'),
    ('six weeks', 'DURATION', 'P6W'),
    ('April', 'DATE', '2011-04'),
    ('50 years', 'DURATION', 'P50Y'),
    ('10 years', 'DURATION', 'P10Y'),
    ('14 September', 'DATE', '2011-09-14'),
    ('the last 12 months', 'DURATION', 'P12M'),
    ('this summer', 'DATE', '2011-SU'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
# 4. The Irish Times, obituary: Clare teacher and folklore collector (2016)
('2016-03-14', 'auto', """Teacher who kept the folk memory of west Clare alive

Mary Nagle, who has died aged 86, spent almost four decades teaching in a two-room national school at Kilbaha, near the tip of the Loop Head peninsula, and much of her retirement recording the songs, prayers and stories of the people she had grown up among.

Born in Carrigaholt in 1929, the youngest of seven children of a fisherman and his wife, she won a scholarship to Coláiste Íde in Dingle and qualified as a teacher in 1950. She took up her post at Kilbaha the following year and would stay until 1989, by which time the school had just 11 pupils.

Former pupils recall a strict but warm teacher who opened every morning with a poem in Irish and who, during the winter of 1963, when snow closed the roads for weeks, kept the school fire going with turf she carried from home.

In the 1970s she began bringing a reel-to-reel tape recorder on her visits to older neighbours, at first, she said, "so I wouldn't have to write it all down". Over the next 30 years she recorded more than 2,000 songs, stories, cures and prayers, many of them in the Irish of the peninsula, which was by then fading fast.

She donated the collection to the National Folklore Collection at University College Dublin in 2004. A selection was broadcast as a series on RTÉ Radio 1 in the autumn of 2009, and a book, Voices from the Loop, followed two years later.

Folklorists valued her work not only for its size but for its care. She noted the date, the weather and who was present at every recording, and she returned to the same speakers again and again, sometimes over a decade, to hear how a story changed.

She never married. Her brother Tom, with whom she lived in Carrigaholt after her retirement, died in 2012.

Until last year she still attended Mass each Sunday in the village and was a fixture at the Éigse festival held in Kilkee each August, where she would sit near the back and correct singers on their verses afterwards, usually kindly.

She died peacefully at a nursing home in Kilrush on February 27th after a short illness.

She is survived by her sister Bridget, by her nieces and nephews, and by generations of former pupils, several of whom carried her coffin from the church at Carrigaholt.

Mary Nagle: born May 4th, 1929; died February 27th, 2016
""", [
    ('almost four decades', 'DURATION', 'P4DE|P40Y'),
    ('1929', 'DATE', '1929'),
    ('1950', 'DATE', '1950'),
    ('the following year', 'DATE', '1951'),
    ('1989', 'DATE', '1989'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
    ('the winter of 1963', 'DATE', '1963-WI'),
    ('weeks', 'DURATION', 'PXW'),
    ('the 1970s', 'DATE', '197'),
    ('the next 30 years', 'DURATION', 'P30Y'),
    ('2004', 'DATE', '2004'),
    ('the autumn of 2009', 'DATE', '2009-FA'),
    ('two years later', 'DATE', '2011'),
    ('a decade', 'DURATION', 'P1DE|P10Y'),
    ('2012', 'DATE', '2012'),
    ('last year', 'DATE', '2015'),
    ('each Sunday', 'SET', 'XXXX-WXX-7'),
    ('each August', 'SET', 'XXXX-08'),
    ('February 27th', 'DATE', '2016-02-27'),
    ('May 4th, 1929', 'DATE', '1929-05-04'),
    ('February 27th, 2016', 'DATE', '2016-02-27'),
]),
# 5. Toronto Star, transport: St. Clair streetcar shutdown extended (2008)
('2008-09-26', 'auto', """St. Clair streetcar shutdown to stretch into spring

Andrea Polley
Transportation Reporter

Riders on the 512 St. Clair streetcar will have to rely on shuttle buses until at least next April, the TTC said yesterday, extending a shutdown that has already frustrated merchants along the midtown strip for more than a year.

The western leg of the line, between Lansdowne Ave. and Gunns Loop, was supposed to reopen in December. But TTC chief general manager Paul Sarkis told the commission's Wednesday meeting that utility relocation work had fallen about 10 weeks behind schedule, in part because crews found gas mains that did not appear on city records.

"Nobody is happy about this," commission chair Nick Mantella said. "But we are not going to open a line in January and then close it again in March to finish the overhead wires."

The TTC says the shuttle buses run as often as the streetcars did, but riders complain that trips that once took 15 minutes now take twice as long because the buses are stuck in the same construction traffic as everyone else.

Shopkeepers between Oakwood and Dufferin say business has dropped by as much as 40 per cent since construction began in the summer of 2007.

"We survived last winter on savings," said Rosa Medeiros, who has run a bakery on the strip for 22 years. "I don't know if I can do another one."

The St. Clair Ave. West BIA will hold a sidewalk sale this weekend and has asked the city for a property-tax rebate for 2008. Councillor Lina Benedetti said she would bring the request to council's next meeting, on Oct. 29.

The $106 million project, which gives streetcars their own raised right-of-way down the middle of St. Clair, was approved in 2004 and was originally supposed to be finished by the end of 2007. It has been slowed by a court challenge from a residents' group, by disputes over the width of sidewalks and, this summer, by a shortage of skilled welders.

Sarkis said crews will add a second shift and work Saturdays this fall to try to make up time, at a cost of about $1.2 million. He said the TTC would also review how it co-ordinates with utilities before work begins on the Transit City light-rail lines planned for the next decade.

"Those lines are many times bigger than St. Clair," he said. "We cannot afford to learn these lessons twice."

Streetcars continue to run on the eastern section of the route, between Yonge St. and Lansdowne, which reopened in February.
""", [
    ('spring', 'DATE', '2009-SP'),
    ('next April', 'DATE', '2009-04'),
    ('yesterday', 'DATE', '2008-09-25'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('December', 'DATE', '2008-12'),
    ('Wednesday', 'DATE', '2008-09-24'),
    ('about 10 weeks', 'DURATION', 'P10W'),
    ('January', 'DATE', '2009-01'),
    ('March', 'DATE', '2009-03'),
    ('15 minutes', 'DURATION', 'PT15M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the summer of 2007', 'DATE', '2007-SU'),
    ('last winter', 'DATE', '2008-WI|2007-WI'),
    ('22 years', 'DURATION', 'P22Y'),
    ('this weekend', 'DATE', '2008-W39-WE'),
    ('2008', 'DATE', '2008'),
    ('Oct. 29', 'DATE', '2008-10-29'),
    ('2004', 'DATE', '2004'),
    ('the end of 2007', 'DATE', '2007'),
    ('this summer', 'DATE', '2008-SU'),
    ('Saturdays', 'SET', 'XXXX-WXX-6'),
    ('this fall', 'DATE', '2008-FA'),
    ('the next decade', 'DATE|DURATION', '201|P1DE'),
    ('February', 'DATE', '2008-02'),
]),
# 6. Sydney Morning Herald, schools: asbestos closes inner west school (2019)
('2019-08-07', 'auto', """Inner west school to stay shut until October after asbestos find

By Lucy Carrington
August 7, 2019

A primary school in Sydney's inner west will remain closed until October 14 after asbestos was found in ceiling panels during renovations over the July school holidays, forcing more than 400 students into temporary classrooms across three other campuses.

Parents at Marrickville Heights Public School were told in a letter on Tuesday afternoon that testing by the Department of Education had found bonded asbestos in two classroom blocks built in the 1960s.

The school has been closed since term three began on July 22, and students have spent more than two weeks learning from home with worksheets and online lessons.

Under the department's plan, students from kindergarten to year 2 will be taught at nearby Petersham Public School from Monday, while students in years 3 to 6 will be split between demountable classrooms at Tempe High School and a church hall in Marrickville Road. Buses will run twice a day between the campuses.

A spokeswoman for the department said the removal work would take about eight weeks and that air monitoring had shown no risk to students or staff. "The safety of students and staff is our highest priority," she said.

Parent Claire Nguyen, whose two children attend the school, said families had been "left in the dark" for most of the holidays.

"We found out by text message that the school wouldn't open, and now we're being told it could be October," she said. "People have jobs. Not everyone can just stay home with their kids."

The school's P&C association will hold an emergency meeting at 6.30pm on Thursday at Marrickville Town Hall, and has invited department officials to attend.

Department figures released in March show that more than 1200 NSW public schools have buildings containing asbestos, most of them built before 1990. The department says material in good condition is safe if left undisturbed, but that any building work in older schools must be preceded by an inspection.

Teachers Federation organiser Phil Dawes said the union had warned for years that the maintenance backlog in older schools would lead to disruptions like this one.

The state government has committed $6.7 billion over the next four years to new and upgraded schools, but critics say too little of it is going to existing buildings.

Local MP Anna Costello said she would raise the closure in parliament next week. "These families need a firm date, and they need it now," she said.
""", [
    ('October', 'DATE', '2019-10'),
    ('August 7, 2019', 'DATE', '2019-08-07'),
    ('October 14', 'DATE', '2019-10-14'),
    ('July', 'DATE', '2019-07'),
    ('Tuesday afternoon', 'DATE|TIME', '2019-08-06TAF'),
    ('the 1960s', 'DATE', '196'),
    ('July 22', 'DATE', '2019-07-22'),
    ('more than two weeks', 'DURATION', 'P2W'),
    ('Monday', 'DATE', '2019-08-12'),
    ('twice a day', 'SET', 'P1D'),
    ('about eight weeks', 'DURATION', 'P8W'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('October', 'DATE', '2019-10'),
    ('6.30pm on Thursday', 'TIME', '2019-08-08T18:30'),
    ('March', 'DATE', '2019-03'),
    ('1990', 'DATE', '1990'),
    ('years', 'DURATION', 'PXY'),
    ('the next four years', 'DURATION', 'P4Y'),
    ('next week', 'DATE', '2019-W33'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
# 7. AP state wire, police: arrest in convenience store robberies (2022)
('2022-04-12', 'auto', """Man arrested in string of central Iowa convenience store robberies

DES MOINES, Iowa (AP) — A man suspected in a string of armed robberies at convenience stores in central Iowa was arrested early Tuesday after a brief standoff at an apartment complex in Ankeny, police said.

Officers surrounded the building around 1:30 a.m. and the man, 24, surrendered about two hours later without anyone being hurt, Des Moines police Sgt. Lena Ortiz said.

He was booked into the Polk County Jail on six counts of first-degree robbery and was being held on $500,000 bond Tuesday afternoon. Additional charges are expected from police in Ankeny, Altoona and Urbandale, Ortiz said.

Investigators believe the man is responsible for at least nine robberies since mid-February, including three on the weekend of March 19, when a clerk in Urbandale was struck in the head with a handgun and needed stitches.

In each case, a man wearing a black ski mask and gloves walked into a store shortly before closing, showed a gun and demanded cash and cigarettes, according to court documents.

The most recent robbery happened Sunday night at a gas station in Altoona. A clerk there told investigators the robber drove off in a silver sedan, and surveillance video from a nearby business captured part of its license plate, according to a criminal complaint filed Monday.

"That video broke this case open," Ortiz said. "We had been chasing this guy for two months."

The man had been released from prison in December after serving four years for a 2017 burglary conviction, state corrections records show. He was on parole at the time of the robberies.

Convenience store robberies in the Des Moines metro area have nearly doubled over the past two years, according to police figures, and the Iowa Association of Convenience Stores said last month it would push lawmakers to stiffen penalties for crimes against retail workers.

Several chains have since shortened store hours at some locations and installed cash drop safes that clerks cannot open.

"Our people are scared," said Kim Hollister, who manages a store in Urbandale that was robbed twice in March. "You shouldn't have to wonder every night whether someone is going to walk in with a gun."

An initial court appearance is scheduled for Wednesday morning. Court records did not list an attorney who could comment on his behalf.
""", [
    ('early Tuesday', 'DATE', '2022-04-12'),
    ('around 1:30 a.m.', 'TIME', '2022-04-12T01:30'),
    ('about two hours later', 'TIME|DURATION', '2022-04-12T03:30|PT2H'),
    ('Tuesday afternoon', 'DATE|TIME', '2022-04-12TAF'),
    ('mid-February', 'DATE', '2022-02'),
    ('the weekend of March 19', 'DATE', '2022-W11-WE'),
    ('Sunday night', 'DATE|TIME', '2022-04-10TNI'),
    ('Monday', 'DATE', '2022-04-11'),
    ('two months', 'DURATION', 'P2M'),
    ('December', 'DATE', '2021-12'),
    ('four years', 'DURATION', 'P4Y'),
    ('2017', 'DATE', '2017'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('last month', 'DATE', '2022-03'),
    ('March', 'DATE', '2022-03'),
    ('every night', 'SET', 'XXXX-XX-XXTNI|P1D'),
    ('Wednesday morning', 'DATE|TIME', '2022-04-13TMO'),
]),
# 8. US metro daily, community event: south side parish centennial (2005)
('2005-07-15', 'auto', """Bay View parish turns 100 with three-day party

By Dana Kowalczyk
of the Journal Sentinel staff

Holy Redeemer Parish on Milwaukee's south side celebrated its first Mass in a converted tavern on July 16, 1905. Its parishioners are marking the centennial this weekend with a three-day festival that begins at 5 p.m. today with a fish fry and a polka band on the church lawn.

Organizers expect as many as 8,000 people over the weekend, said the Rev. Thomas Wojcik, who has been pastor since 1992.

Saturday's schedule includes a 10 a.m. parade along Kinnickinnic Ave., a display of parish photographs in the old school gym and a dance that is expected to run past midnight. An outdoor Mass celebrated by Archbishop Timothy Dolan is set for 11 a.m. Sunday.

The parish was founded by Polish and Kashubian families who worked at the nearby rolling mills. The current brick church was built in 1913 and expanded in the 1950s, when enrollment at the parish school peaked at more than 900 students.

The school closed in 1987, and the parish itself nearly did in 2001, when the archdiocese considered merging it with two neighboring congregations.

"For about six months, we didn't know if we'd have a church," said Dolores Pieczynski, 81, who was baptized at Holy Redeemer in 1924 and has sung in the choir for more than 60 years. "People prayed, and people wrote a lot of letters."

Since then, attendance has grown, helped by young families moving into Bay View and by a Spanish-language Mass added three years ago. About 1,100 households are now registered, Wojcik said, up from fewer than 700 at the low point.

The parish has spent the past year raising $250,000 to repair the bell tower, which was damaged by lightning. Its three bells, cast in Germany and named for saints, will ring Sunday for the first time since 1998.

"Some of the younger families have never heard them," Wojcik said. "The older ones tell me they used to set their clocks by them."

Volunteers have been baking pierogi and kolaczki in the church basement every evening for the past two weeks. Parish council president Mike Raszewski said they had made about 20,000 pierogi and expected to sell out.

A time capsule, to be opened in 2055, will be sealed in the church vestibule after the Sunday Mass.

The festival runs through Sunday evening. Admission is free, and parking is available at Bay View High School, with shuttle buses every 15 minutes.
""", [
    ('three-day', 'DURATION', 'P3D'),
    ('July 16, 1905', 'DATE', '1905-07-16'),
    ('this weekend', 'DATE', '2005-W28-WE'),
    ('three-day', 'DURATION', 'P3D'),
    ('5 p.m. today', 'TIME', '2005-07-15T17:00'),
    ('the weekend', 'DATE', '2005-W28-WE'),
    ('1992', 'DATE', '1992'),
    ('Saturday', 'DATE', '2005-07-16'),
    ('10 a.m.', 'TIME', '2005-07-16T10:00'),
    ('midnight', 'TIME', '2005-07-16T24:00|2005-07-17T00:00'),
    ('11 a.m. Sunday', 'TIME', '2005-07-17T11:00'),
    ('1913', 'DATE', '1913'),
    ('the 1950s', 'DATE', '195'),
    ('1987', 'DATE', '1987'),
    ('2001', 'DATE', '2001'),
    ('about six months', 'DURATION', 'P6M'),
    ('1924', 'DATE', '1924'),
    ('more than 60 years', 'DURATION', 'P60Y'),
    ('three years ago', 'DATE', '2002'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the past year', 'DATE|DURATION', 'P1Y|2004'),
    ('Sunday', 'DATE', '2005-07-17'),
    ('1998', 'DATE', '1998'),
    ('every evening', 'SET', 'XXXX-XX-XXTEV|P1D'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('2055', 'DATE', '2055'),
    ('Sunday', 'DATE', '2005-07-17'),
    ('Sunday evening', 'DATE|TIME', '2005-07-17TEV'),
    ('every 15 minutes', 'SET', 'PT15M'),
]),
# 9. The Guardian, transport: Hammersmith Bridge repair timetable slips (2024)
('2024-01-30', 'auto', """Hammersmith Bridge: residents despair as repair timetable slips again

Tom Ashworth
Tue 30 Jan 2024 15.12 GMT

Residents of south-west London have reacted with dismay after being told that Hammersmith Bridge is unlikely to reopen to motor traffic before 2027, almost eight years after cracks forced its closure.

The Grade II*-listed suspension bridge, which opened in 1887, was closed to vehicles in April 2019 when engineers found microfractures in its cast-iron pedestals. It was shut to pedestrians and cyclists as well during a heatwave in August 2020, and reopened to them 11 months later after temperature sensors and blast-proof coverings were fitted.

At a packed public meeting on Monday evening, officials from Hammersmith and Fulham council said the £250m stabilisation and strengthening scheme was still awaiting funding, and that work on the pedestals could take three years once it begins.

The council has said for months that it cannot afford its share of the cost. The Department for Transport, which agreed in 2020 to split the bill three ways with the council and Transport for London, said on Tuesday it remained "committed to reopening the bridge" but gave no date.

Diane Farrow, 72, who lives in Barnes and used to take the bus across the bridge to hospital appointments, said her journey to Charing Cross hospital now took more than an hour each way.

"We were told it would be a year, then two years," she said. "I'll be lucky to see it open in my lifetime."

Businesses in Barnes and along Castelnau say trade has fallen sharply since the closure. A survey by a local traders' group last autumn found that two-thirds of shops had lost customers, and several have closed.

TfL has diverted six bus routes since 2019, adding 20 minutes or more to some journeys, and congestion on Putney Bridge and Chiswick Bridge has worsened, according to its own figures.

Hammersmith and Fulham's leader, Stephen Cowan, told the meeting the council had done "everything humanly possible" and blamed delays on the government. Conservative councillors accused the council of wasting money on studies.

A spokesperson for the Department for Transport said officials were reviewing the council's business case and would respond "in due course".

The council will publish a revised timetable in the spring, and a decision on funding is expected by March, a spokesperson said.

For now, the only traffic crossing the river at Hammersmith is on foot, on bicycles and, increasingly, on e-scooters.
""", [
    ('Tue 30 Jan 2024 15.12 GMT', 'TIME', '2024-01-30T15:12'),
    ('2027', 'DATE', '2027'),
    ('almost eight years', 'DURATION', 'P8Y'),
    ('1887', 'DATE', '1887'),
    ('April 2019', 'DATE', '2019-04'),
    ('August 2020', 'DATE', '2020-08'),
    ('11 months later', 'DATE', '2021-07'),
    ('Monday evening', 'DATE|TIME', '2024-01-29TEV'),
    ('three years', 'DURATION', 'P3Y'),
    ('months', 'DURATION', 'PXM'),
    ('2020', 'DATE', '2020'),
    ('Tuesday', 'DATE', '2024-01-30'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('more than an hour', 'DURATION', 'PT1H'),
    ('a year', 'DURATION', 'P1Y'),
    ('two years', 'DURATION', 'P2Y'),
    ('last autumn', 'DATE', '2023-FA'),
    ('2019', 'DATE', '2019'),
    ('20 minutes', 'DURATION', 'PT20M'),
    ('the spring', 'DATE', '2024-SP'),
    ('March', 'DATE', '2024-03'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
# 10. The Irish Times, local government: Ballincollig barracks rezoning (2001)
('2001-10-04', 'auto', """Cork councillors vote to rezone barracks land for Ballincollig town centre

Declan Harty, Southern Correspondent

Cork County Council has voted to rezone 40 acres of the former military barracks at Ballincollig for a new town centre, despite objections from residents who fear gridlock on the already congested N22.

The decision, taken by 31 votes to 12 at a special meeting of the council on Monday, followed more than three hours of sometimes heated debate in the council chamber at County Hall.

The barracks, which had been in military use since 1810, was sold by the Department of Defence to a Cork development consortium for £13 million in 1998. The plan to rezone it, which has been on public display since last May, drew more than 600 submissions.

Cllr Noel Hegarty (FF) said Ballincollig had grown from a village of 2,000 people in the 1960s into a town of more than 15,000 without a proper main street. "People in Ballincollig have waited long enough," he said. "They do their shopping in Wilton and Douglas because they have nowhere else to go."

Cllr Margaret Buckley (Lab) said the council was "rushing through" a decision that would shape the town for the next 50 years, and called for the vote to be deferred until a traffic study was completed.

The county manager, Mr Brendan Tobin, told the meeting that a planning application was expected from the consortium early next year and that construction could begin by the summer of 2003. He said the council would also seek funding under the National Development Plan, which runs until 2006, for a relief road linking the site to the Carrigrohane Road.

Residents of the nearby Westgate estate, who have held a protest outside County Hall every Monday since July, said they would now consider a legal challenge.

A spokeswoman for the group, Ms Siobhán Kiely, said: "We were given six weeks to respond to a plan that will change this town completely. Nobody is against a town centre, but nobody has explained how 4,000 extra cars a day are going to get in and out of it."

The consortium, Lee Valley Developments, said in a statement yesterday that it welcomed the decision and would "engage fully" with residents during the planning process. It has said the project, which includes shops, a library, a public square and about 300 apartments, will create 800 jobs.

The council meets again on October 22nd, when it is due to consider its estimates for 2002.
""", [
    ('Monday', 'DATE', '2001-10-01'),
    ('more than three hours', 'DURATION', 'PT3H'),
    ('1810', 'DATE', '1810'),
    ('1998', 'DATE', '1998'),
    ('last May', 'DATE', '2001-05'),
    ('the 1960s', 'DATE', '196'),
    ('the next 50 years', 'DURATION', 'P50Y'),
    ('early next year', 'DATE', '2002'),
    ('the summer of 2003', 'DATE', '2003-SU'),
    ('2006', 'DATE', '2006'),
    ('every Monday', 'SET', 'XXXX-WXX-1'),
    ('July', 'DATE', '2001-07'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('six weeks', 'DURATION', 'P6W'),
    ('a day', 'SET', 'P1D'),
    ('yesterday', 'DATE', '2001-10-03'),
    ('October 22nd', 'DATE', '2001-10-22'),
    ('2002', 'DATE', '2002'),
]),
# 11. Toronto Star, weather: ice storm outages before Christmas (2013)
('2013-12-23', 'auto', """Ice storm leaves thousands in the dark heading into Christmas

By Nadia Osei
Staff Reporter

Hundreds of thousands of Toronto residents woke up to cold homes Monday, more than a day after an ice storm brought down trees and power lines across the city, and Toronto Hydro warned that some may not have electricity until after Christmas.

At the peak of the outage early Sunday, about 300,000 Toronto Hydro customers — roughly a million people — were without power. By 6 p.m. Monday, crews had restored service to about half of them, the utility said.

"This is one of the worst storms in the history of Toronto Hydro," a senior operations manager told reporters at City Hall. "We are going street by street, and in some cases house by house."

Freezing rain began falling Saturday evening and continued for about 12 hours, coating branches and wires with as much as 30 millimetres of ice. Falling limbs crushed cars, blocked streets and tore service lines from the sides of houses, and the sound of cracking trees kept many residents from sleeping.

Environment Canada said temperatures would stay below freezing through Friday, with a low of -17C forecast for Tuesday night.

The city opened 13 warming centres, including community centres in Scarborough, Etobicoke and North York, where residents could get a hot meal, charge phones and sleep on cots. Mayor Rob Ford said Sunday that he saw no need to declare a state of emergency.

The TTC suspended service on parts of the Bloor-Danforth subway line for much of Sunday because of ice on the tracks and fallen branches, and GO Transit ran reduced service on Monday.

In North York, Irene Lau, 67, said she and her husband had spent the past two days wrapped in blankets in their bungalow, where the indoor temperature had fallen to 9C.

"We've lived in this house since 1979 and I've never seen anything like this," she said. "The last big one was the ice storm in 1998, and that was Montreal, not here."

Toronto Hydro said it had brought in crews from Ottawa, Hamilton and Windsor and that a small number of customers, mostly on streets with heavy tree cover, could be without power until the weekend.

Police and firefighters urged residents to check on elderly neighbours and warned against running generators or barbecues indoors after several people were treated for carbon monoxide poisoning.

Hydro One said Monday night that about 100,000 of its customers elsewhere in the GTA were still without power.
""", [
    ('Christmas', 'DATE', '2013-12-25'),
    ('Monday', 'DATE', '2013-12-23'),
    ('more than a day', 'DURATION', 'P1D'),
    ('Christmas', 'DATE', '2013-12-25'),
    ('early Sunday', 'DATE', '2013-12-22'),
    ('6 p.m. Monday', 'TIME', '2013-12-23T18:00'),
    ('Saturday evening', 'DATE|TIME', '2013-12-21TEV'),
    ('about 12 hours', 'DURATION', 'PT12H'),
    ('Friday', 'DATE', '2013-12-27'),
    ('Tuesday night', 'DATE|TIME', '2013-12-24TNI'),
    ('Sunday', 'DATE', '2013-12-22'),
    ('Sunday', 'DATE', '2013-12-22'),
    ('Monday', 'DATE', '2013-12-23'),
    ('the past two days', 'DURATION', 'P2D'),
    ('1979', 'DATE', '1979'),
    ('1998', 'DATE', '1998'),
    ('the weekend', 'DATE', '2013-W52-WE'),
    ('Monday night', 'DATE|TIME', '2013-12-23TNI'),
]),
# 12. Sydney Morning Herald, obituary (narrative): Manly ferry master (2025)
('2025-02-05', 'auto', """Ferry master who knew every swell of the harbour

By Anne Whitfield
February 5, 2025

John "Jack" Moriarty
Ferry master
November 2, 1938 – December 29, 2024

Jack Moriarty was born in Balmain, the third son of a wharf labourer, and was on the water before he could read. He left school at 14 to work as a deckhand on the Manly ferries, and by the summer of 1959 he had his master's ticket, one of the youngest skippers in the fleet.

He married Patricia Doyle at St Augustine's, Balmain, in March 1962, and the couple moved to Manly the following year, to a fibro cottage within earshot of the wharf.

For the next three decades he skippered the big Manly ferries: the South Steyne, the Baragoola and, later, the Freshwater-class vessels introduced in the 1980s. Deckhands who trained under him remember a quiet man who rarely raised his voice and who could read the sea at the Heads from the wheelhouse window the way other men read a newspaper.

His steadiness was never more tested than on the afternoon of May 25, 1974, when a southerly buster struck as the Baragoola was crossing the Heads with more than 600 passengers aboard. For almost 40 minutes the ferry was pounded by waves that broke over the upper deck and smashed windows in the forward saloon. Jack kept her head to the sea and brought her into Manly without a single serious injury. The next day, the Herald described the crossing as "the roughest in living memory"; Jack, asked about it, said only that the passengers had been "very well behaved".

He retired in 1998 but never really left the harbour. For 20 years he volunteered with the Sydney Heritage Fleet, restoring old vessels and telling schoolchildren stories that improved a little with each telling. Each Anzac Day he rode the ferry to Circular Quay in his good suit to march with the merchant navy veterans, although he had never served in a war himself; he said he was there for his brothers.

Patricia died in 2016, after 54 years of marriage. Jack stayed on in the cottage, tending her roses and keeping a close eye on the ferry timetable.

He made his final crossing last October, as a passenger, and spent most of the trip talking to the deckhands.

He is survived by his children Michael, Anne and Kate, seven grandchildren and two great-grandchildren. A memorial will be held at Manly Wharf at 11am on Saturday, February 15.
""", [
    ('February 5, 2025', 'DATE', '2025-02-05'),
    ('November 2, 1938', 'DATE', '1938-11-02'),
    ('December 29, 2024', 'DATE', '2024-12-29'),
    ('the summer of 1959', 'DATE', '1959-SU'),
    ('March 1962', 'DATE', '1962-03'),
    ('the following year', 'DATE', '1963'),
    ('the next three decades', 'DURATION', 'P3DE|P30Y'),
    ('the 1980s', 'DATE', '198'),
    ('the afternoon of May 25, 1974', 'DATE|TIME', '1974-05-25TAF'),
    ('almost 40 minutes', 'DURATION', 'PT40M'),
    ('The next day', 'DATE', '1974-05-26'),
    ('1998', 'DATE', '1998'),
    ('20 years', 'DURATION', 'P20Y'),
    ('Each Anzac Day', 'SET', 'XXXX-04-25'),
    ('2016', 'DATE', '2016'),
    ('54 years', 'DURATION', 'P54Y'),
    ('last October', 'DATE', '2024-10'),
    ('11am on Saturday, February 15', 'TIME', '2025-02-15T11:00'),
]),
]
