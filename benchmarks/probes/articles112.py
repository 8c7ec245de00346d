# Gold TIMEX3 probe set 112: local government and schools news (budgets, school boards, zoning, local elections, road works), 1996-2025, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP state wire, school board budget vote (1996)
('1996-03-14', 'auto', """Springfield board approves school budget, 41 teaching jobs cut

SPRINGFIELD, Ill. (AP) — The Springfield School Board approved a $148 million budget early Thursday after a meeting that lasted more than six hours and ended in a 4-3 vote.

The spending plan closes a $3.2 million gap by eliminating 41 teaching positions, closing a district warehouse and delaying textbook purchases for a year. It takes effect July 1. Board members had rejected two earlier versions of the plan in February.

"Nobody on this board wanted to be here," board President Carla Hendricks said late Wednesday, as some of the parents who packed the Lanphier High School auditorium booed. The final vote came at 1:20 a.m.

Superintendent Dale Whitfield said layoff notices would be mailed by March 29, the deadline set by state law for notifying tenured teachers. Teachers who receive notices may request a hearing within 10 days.

The district has lost enrollment each year since 1991, and state aid has been flat for three years. Whitfield said administrators expect another drop of about 300 students next fall.

Mark Ostrowski, president of the Springfield Education Association, said the union would file a grievance next week.

"They had months to find another way, and they waited until the public was worn out," he said.

About 500 people attended the meeting, which began at 7 p.m. Wednesday. Speakers were limited to three minutes each, and more than 90 people signed up to address the board. Many urged members to spare elementary art and music programs, which the final plan protects.

The board also voted to place a property tax referendum on the November ballot. The measure would raise the education levy by 40 cents per $100 of assessed value for five years. A similar proposal failed in 1994 by fewer than 600 votes.

Board member Luis Ortega, who voted against the budget, said he wanted the board to wait until the Legislature adjourns in May, when lawmakers could still approve more money for schools.

"We have been told help may be coming this spring," Ortega said. "I don't understand why we would cut jobs before we know."

Hendricks said the board could restore some positions if state aid increases, but warned that the district could not count on it.

The district, the state's fourth largest, employs about 1,900 teachers and serves 15,000 students.

The board meets again March 26.
""", [
    ('early Thursday', 'DATE', '1996-03-14'),
    ('more than six hours', 'DURATION', 'PT6H'),
    ('a year', 'DURATION', 'P1Y'),
    ('July 1', 'DATE', '1996-07-01'),
    ('February', 'DATE', '1996-02'),
    ('late Wednesday', 'DATE', '1996-03-13'),
    ('1:20 a.m.', 'TIME', '1996-03-14T01:20'),
    ('March 29', 'DATE', '1996-03-29'),
    ('10 days', 'DURATION', 'P10D'),
    ('each year', 'SET', 'P1Y'),
    ('1991', 'DATE', '1991'),
    ('three years', 'DURATION', 'P3Y'),
    ('next fall', 'DATE', '1996-FA'),
    ('next week', 'DATE', '1996-W12'),
    ('months', 'DURATION', 'PXM'),
    ('7 p.m. Wednesday', 'TIME', '1996-03-13T19:00'),
    ('three minutes', 'DURATION', 'PT3M'),
    ('November', 'DATE', '1996-11'),
    ('five years', 'DURATION', 'P5Y'),
    ('1994', 'DATE', '1994'),
    ('May', 'DATE', '1996-05'),
    ('this spring', 'DATE', '1996-SP'),
    ('March 26', 'DATE', '1996-03-26'),
]),
# 2. UK local weekly paper, planning committee hearing (1999)
('1999-11-23', 'auto', """Councillors put off decision on Mill Lane homes

By Helen Marsh

Plans for 220 homes on farmland off Mill Lane, Thornbury, will not be decided until the new year after councillors deferred a vote at a heated planning meeting last night.

More than 150 residents packed the council chamber in Castle Street for the meeting, which ran for nearly four hours. Members of the development control committee voted 9-4 to defer the application so that officers can look again at the effect on traffic along Gloucester Road.

Developer Westgate Homes first submitted its plans in March 1998 and has revised them twice since. The firm says the first families could move in by the summer of 2001 if permission is granted.

Objectors have until December 17 to comment on an amended traffic report, which will be published on the council's website on Friday. Paper copies will be available at Thornbury library from Monday.

Dr Peter Allsop, chairman of the Mill Lane Action Group, said: "We have been fighting this for almost two years. Every time we think it is settled, the goalposts move."

The group has collected 3,400 signatures on a petition, which it plans to hand to the council's chief executive next month.

Committee chairman Cllr Jean Baverstock said the decision would be taken in late January. "It would be wrong to rush a scheme of this size through in the run-up to Christmas," she said.

Highways officer Neil Creed told the meeting that traffic on Gloucester Road had risen by 18 per cent in the past five years, and that drivers at the Mill Lane junction faced queues of up to 20 minutes twice a day.

Westgate has offered £400,000 towards road improvements, including new traffic lights, which it says could be installed within six months of building work starting.

Councillors also heard that the district local plan, which runs until 2011, earmarked the site for housing in 1996 - a point planning officers said would weigh heavily in the developer's favour at any appeal.

Thornbury town councillor Mary Pike, who spoke against the scheme, said the town's schools and doctors' surgeries were already full. "Nobody has told us where 500 more people are going to see a GP," she said.

A spokesman for Westgate Homes said the company was disappointed by the delay but would work with officers on the traffic report.

The committee next meets at 6.30pm on Tuesday, January 25. The meeting is open to the public.
""", [
    ('the new year', 'DATE', '2000'),
    ('last night', 'DATE|TIME', '1999-11-22TNI'),
    ('nearly four hours', 'DURATION', 'PT4H'),
    ('March 1998', 'DATE', '1998-03'),
    ('the summer of 2001', 'DATE', '2001-SU'),
    ('December 17', 'DATE', '1999-12-17'),
    ('Friday', 'DATE', '1999-11-26'),
    ('Monday', 'DATE', '1999-11-29'),
    ('almost two years', 'DURATION', 'P2Y'),
    ('next month', 'DATE', '1999-12'),
    ('late January', 'DATE', '2000-01'),
    ('Christmas', 'DATE', '1999-12-25'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('20 minutes', 'DURATION', 'PT20M'),
    ('twice a day', 'SET', 'P1D'),
    ('six months', 'DURATION', 'P6M'),
    ('2011', 'DATE', '2011'),
    ('1996', 'DATE', '1996'),
    ('6.30pm on Tuesday, January 25', 'TIME', '2000-01-25T18:30'),
]),
# 3. US local daily paper, city council budget (2001)
('2001-06-27', 'auto', """Council passes $62.4 million budget, keeps both pools open

By Tom Reardon
Courier Staff Writer

LAKEVIEW - The City Council adopted a $62.4 million budget Tuesday night after agreeing to keep the city's two public pools open this summer, though for fewer hours.

The 5-2 vote ended a budget debate that began in April, when City Manager Ruth Ellison proposed closing the Eastside pool to save $180,000. Residents crowded three public hearings in May to protest the plan, and a petition to save the pool drew more than 2,000 signatures.

Under the compromise, both pools will open daily through Labor Day, with shorter hours. Lifeguard pay will rise by 50 cents an hour to help the city fill vacant positions.

The budget takes effect July 1. The fiscal 2002 plan holds the property tax rate at 41 cents per $100 of assessed value, where it has been since 1997.

Councilman Ray Dominguez, one of the two no votes, said the city was drawing too heavily on its reserves. The budget takes $1.1 million from the city's rainy-day fund, which has shrunk by a third over the past two years.

"We can't keep doing this," Dominguez said. "Sooner or later the bill comes due."

Mayor Linda Park said city finances should improve once the Route 9 shopping center opens next spring. Sales tax revenue fell 4 percent in the first quarter, according to the finance department.

City employees will receive a 3 percent raise starting in January, less than the 4.5 percent their unions had sought. Contracts with the police and firefighters' unions expire Dec. 31, and negotiations are scheduled to begin in September.

The council also approved a 12 percent increase in water rates, the first since 1994. The increase, which takes effect Aug. 1, will add about $4 a month to the average household bill.

Residents who want to comment on the city's capital improvement plan, which lays out road, sewer and park projects for the next five years, have until July 13 to submit written remarks. The council will hold a workshop on the plan at 6 p.m. July 10 in the City Hall annex.

Ellison thanked the finance staff, who she said had worked through the past six weeks to close a $2.3 million gap. "This was the hardest budget I've put together in 14 years here," she said.
""", [
    ('Tuesday night', 'DATE|TIME', '2001-06-26TNI'),
    ('this summer', 'DATE', '2001-SU'),
    ('April', 'DATE', '2001-04'),
    ('May', 'DATE', '2001-05'),
    ('daily', 'SET', 'P1D'),
    ('Labor Day', 'DATE', '2001-09-03'),
    ('an hour', 'SET', 'PT1H'),
    ('July 1', 'DATE', '2001-07-01'),
    ('fiscal 2002', 'DATE', 'FY2002|2002'),
    ('1997', 'DATE', '1997'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('next spring', 'DATE', '2002-SP'),
    ('the first quarter', 'DATE', '2001-Q1'),
    ('January', 'DATE', '2002-01'),
    ('Dec. 31', 'DATE', '2001-12-31'),
    ('September', 'DATE', '2001-09'),
    ('1994', 'DATE', '1994'),
    ('Aug. 1', 'DATE', '2001-08-01'),
    ('a month', 'SET', 'P1M'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('July 13', 'DATE', '2001-07-13'),
    ('6 p.m. July 10', 'TIME', '2001-07-10T18:00'),
    ('the past six weeks', 'DURATION', 'P6W'),
    ('14 years', 'DURATION', 'P14Y'),
]),
# 4. BBC local news pages, road works (2003)
('2003-07-09', 'auto', """Six weeks of A38 closures as resurfacing begins

Drivers in Derby face six weeks of road closures on the A38 from Monday as work begins to resurface a two-mile stretch of the road.

The Highways Agency said the carriageway between Kingsway and Markeaton Island would be shut nightly, with diversions signposted through the city centre.

The first closure will begin at 8pm on Monday. The £2.4m scheme is due to be finished by 22 August, weather permitting.

The agency said it had chosen to carry out the work during the summer, when traffic is usually lighter because schools are on holiday.

Last year a similar scheme on the A52 at Spondon overran by three weeks after heavy rain in July.

Project manager Richard Doyle said: "We have been planning this since the spring and we are confident we can finish on time. We have built some slack into the programme."

The A38 carries about 60,000 vehicles a day and is one of the busiest routes in the East Midlands.

Derby City Council said it had received more than 40 complaints since the closures were announced a fortnight ago, most of them from people living in Markeaton and Mackworth.

Councillor Anne Gardner, cabinet member for transport, said: "We know this will be disruptive for people who live near the route. We have asked the agency to keep noise to a minimum and to let residents know well in advance if plans change."

Local taxi driver Steve Brough said he was worried about getting customers to the railway station. "Half my late fares go that way. A diversion through town adds a good ten minutes to every trip," he said.

Residents can find out more at a drop-in session at Markeaton Community Centre on Thursday afternoon, or by calling the agency's information line.

The resurfacing is the first phase of a £9m programme to improve the road over the next three years. A public consultation on plans for a flyover at Markeaton Island runs until 31 October.

The agency said emergency vehicles would be escorted through the works and that access to the Royal Derby Hospital would not be affected.
""", [
    ('Six weeks', 'DURATION', 'P6W'),
    ('six weeks', 'DURATION', 'P6W'),
    ('Monday', 'DATE', '2003-07-14'),
    ('nightly', 'SET', 'P1D|XXXX-XX-XXTNI'),
    ('8pm on Monday', 'TIME', '2003-07-14T20:00'),
    ('22 August', 'DATE', '2003-08-22'),
    ('the summer', 'DATE', '2003-SU'),
    ('Last year', 'DATE', '2002'),
    ('three weeks', 'DURATION', 'P3W'),
    ('July', 'DATE', '2002-07'),
    ('the spring', 'DATE', '2003-SP'),
    ('a day', 'SET', 'P1D'),
    ('a fortnight ago', 'DATE', '2003-W26'),
    ('ten minutes', 'DURATION', 'PT10M'),
    ('Thursday afternoon', 'DATE|TIME', '2003-07-10TAF'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('31 October', 'DATE', '2003-10-31'),
]),
# 5. AP state wire, tied local election told in narrative (2006)
('2006-05-18', 'auto', """Coin toss settles tied city council race after six-week fight

MINERAL POINT, Wis. (AP) — For six weeks, the race for the last open seat on the Mineral Point Common Council was a dead heat. On Wednesday, it came down to a quarter.

Incumbent Dave Lundgren called heads. The coin landed tails, and challenger Marcy Thorsen became the newest member of the council.

"I'd rather have won it with votes, but I'll take it," Thorsen said afterward.

The dispute began on the night of April 4, when unofficial returns showed each candidate with 412 votes in the city's 3rd District. Two days later, a canvass by the city clerk turned up an extra ballot for Lundgren that had been set aside because of a torn corner.

The next morning, Thorsen's campaign challenged two absentee ballots that it said had arrived after the legal deadline, and asked for a recount.

The recount began on April 18 and took three days. When it ended, the tally was tied again, 413-413.

Lundgren went to court the following week, arguing that a ballot marked with both an X and a check mark should have been counted for him. Iowa County Circuit Judge Ellen Marsh heard arguments on May 2 and ruled against him eight days later, finding that the voter's intent could not be determined.

Under Wisconsin law, a tie in a local race is decided by lot. City Clerk Joan Pfeiffer scheduled the drawing for 10 a.m. Wednesday at City Hall, and about 40 people crowded into the council chambers to watch.

"I've been doing this job for 22 years and I've never seen anything like it," Pfeiffer said. "Usually the hardest part of election season is finding enough poll workers."

Lundgren, who had served on the council since 1994, said he would not appeal. "The voters couldn't pick, so the coin did," he said. "That's the law, and I respect it."

Thorsen, a nurse at the local clinic, will be sworn in at the council's next meeting on Monday. Her term runs until April 2008.

State election officials said ties in local races are rare but not unheard of. A village board race in Sauk County was decided by drawing names from a hat in 2003, and a school board seat near Eau Claire was settled with a coin toss two years earlier.
""", [
    ('six-week', 'DURATION', 'P6W'),
    ('six weeks', 'DURATION', 'P6W'),
    ('Wednesday', 'DATE', '2006-05-17'),
    ('the night of April 4', 'DATE|TIME', '2006-04-04TNI'),
    ('Two days later', 'DATE', '2006-04-06'),
    ('The next morning', 'DATE|TIME', '2006-04-07TMO'),
    ('April 18', 'DATE', '2006-04-18'),
    ('three days', 'DURATION', 'P3D'),
    ('the following week', 'DATE', '2006-W17'),
    ('May 2', 'DATE', '2006-05-02'),
    ('eight days later', 'DATE', '2006-05-10'),
    ('10 a.m. Wednesday', 'TIME', '2006-05-17T10:00'),
    ('22 years', 'DURATION', 'P22Y'),
    ('1994', 'DATE', '1994'),
    ('Monday', 'DATE', '2006-05-22'),
    ('April 2008', 'DATE', '2008-04'),
    ('2003', 'DATE', '2003'),
    ('two years earlier', 'DATE', '2001'),
]),
# 6. Community radio news site, local election results (2008)
('2008-11-05', 'auto', """Newcomers sweep Riverton school board; operating levy squeaks by

WRVL Community Radio News | Posted 11:40 a.m., November 5, 2008

Voters in Riverton County turned out in near-record numbers yesterday, and on the school board, at least, they wanted change.

Challengers unseated all three incumbents who were on the ballot for the seven-member Riverton Unified School Board, according to unofficial results the county clerk posted at about 2:15 this morning. Retired principal Dolores Vang led the field with 9,870 votes, followed by parent organizer Kevin Marsh and accountant Li Chen.

The district's operating levy, which would add 1.2 mills to property taxes for five years, passed with 50.8 percent of the vote. The district's last levy request failed in May 2007 and again that November.

Superintendent Gail Ruiz told WRVL the money will bring back busing for high school students, which was cut last fall, and will pay for smaller class sizes in the early grades.

"We heard from a lot of parents whose kids were walking two miles to school in the dark," Ruiz said. "This gives us a chance to fix that."

Turnout countywide was 78 percent, the highest since 1992, according to County Clerk Ron Haskins. At some polling places, lines stretched for more than an hour after the polls opened at 7 a.m.

The three new board members will be sworn in at the board's organizational meeting on Jan. 12.

In the race for county commissioner, District 2 incumbent Walt Brenner held his seat, beating Riverton city councilwoman Anne Ybarra by 312 votes. Brenner has represented the district since 1996.

Haskins says several thousand absentee and provisional ballots still have to be counted, and the results won't be certified until Nov. 18. Any candidate who wants a recount has five days after certification to request one.

Ybarra said this morning she has not decided whether to ask for one. "Let's see what the final numbers say," she told WRVL.

The clerk's office will resume counting at 9 a.m. tomorrow, and members of the public may observe from a gallery at the county building.

You can hear interviews with the new board members on Community Line, which airs every Wednesday at 6 p.m. here on WRVL.
""", [
    ('11:40 a.m., November 5, 2008', 'TIME', '2008-11-05T11:40'),
    ('yesterday', 'DATE', '2008-11-04'),
    ('about 2:15 this morning', 'TIME', '2008-11-05T02:15'),
    ('five years', 'DURATION', 'P5Y'),
    ('May 2007', 'DATE', '2007-05'),
    ('that November', 'DATE', '2007-11'),
    ('last fall', 'DATE', '2007-FA'),
    ('1992', 'DATE', '1992'),
    ('more than an hour', 'DURATION', 'PT1H'),
    ('7 a.m.', 'TIME', '2008-11-04T07:00'),
    ('Jan. 12', 'DATE', '2009-01-12'),
    ('1996', 'DATE', '1996'),
    ('Nov. 18', 'DATE', '2008-11-18'),
    ('five days', 'DURATION', 'P5D'),
    ('this morning', 'DATE|TIME', '2008-11-05TMO'),
    ('9 a.m. tomorrow', 'TIME', '2008-11-06T09:00'),
    ('every Wednesday at 6 p.m.', 'SET', 'XXXX-WXX-3T18:00'),
]),
# 7. Patch, school board vote on high school start times (2013)
('2013-10-02', 'auto', """Board Votes To Push Back High School Start Time Beginning Next Fall

Posted by Jen Alvarez, Patch Staff | October 2, 2013 at 5:12 pm

BROOKDALE, NJ - Brookdale High School students will get to sleep a little later next year.

The Brookdale Board of Education voted 6-3 on Monday night to move the start of the high school day back by 45 minutes beginning in September 2014, ending a debate that has divided parents for more than a year.

The school day will end later too, which coaches warned could cut into practice time for sports teams. Athletic director Rob Kessler told the board that some away games would force players to leave class early two or three times a week.

Supporters pointed to studies showing that teenagers' sleep patterns shift during adolescence.

"Teenagers are not lazy. Their body clocks are different," said parent Dana Whitcomb, who started an online petition last winter that has drawn more than 1,100 signatures.

The board had tabled the proposal in June after transportation director Alan Burke said the district's bus contractor needed at least 90 days' notice to redraw its routes.

Superintendent Mark Feeney said the district will spend the coming months working out bus schedules and after-school programs, and will present a detailed plan to the board in January.

The change is expected to cost about $180,000 a year, mostly for an additional bus route serving the middle school, whose schedule will also shift.

Board member Tom Halloran, who voted no, said he worried about students who work after school to help support their families. "I don't think we've heard enough from those kids," he said.

Board president Lisa Moreno said the vote was the right one. "We've studied this, we've surveyed parents and we've listened," she said. "It's time."

A public forum on the plan will be held Oct. 16 at 7 p.m. in the high school library. Residents who cannot attend can submit comments through the district website until the end of the month.

Brookdale would join a handful of districts in the state that have pushed back start times in recent years.

The board meets next on Monday, Oct. 21.
""", [
    ('Next Fall', 'DATE', '2014-FA'),
    ('October 2, 2013 at 5:12 pm', 'TIME', '2013-10-02T17:12'),
    ('next year', 'DATE', '2014'),
    ('Monday night', 'DATE|TIME', '2013-09-30TNI'),
    ('45 minutes', 'DURATION', 'PT45M'),
    ('September 2014', 'DATE', '2014-09'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('two or three times a week', 'SET', 'P1W'),
    ('last winter', 'DATE', '2012-WI|2013-WI'),
    ('June', 'DATE', '2013-06'),
    ('90 days', 'DURATION', 'P90D'),
    ('the coming months', 'DATE|DURATION', 'FUTURE_REF|PXM'),
    ('January', 'DATE', '2014-01'),
    ('a year', 'SET', 'P1Y'),
    ('Oct. 16 at 7 p.m.', 'TIME', '2013-10-16T19:00'),
    ('the end of the month', 'DATE', '2013-10'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('Monday, Oct. 21', 'DATE', '2013-10-21'),
]),
# 8. BBC local news pages, county council tax and budget (2016)
('2016-02-24', 'auto', """Council tax in Cumbria to rise by almost 4%

Council tax bills in Cumbria will rise by 3.99% from April after councillors approved the county council's budget.

The increase includes a 2% "precept" to pay for adult social care, which the government has allowed councils to add for the first time this year.

The rise adds about £46 a year to the bill for a Band D property, or just under 90p a week.

Councillors approved the 2016-17 budget at a meeting in Carlisle on Tuesday evening that lasted more than five hours.

The council says it must save a further £80m over the next four years, on top of the £170m it has cut since 2010.

Council leader Gillian Harte said: "Nobody goes into local government to close libraries or cut bus routes. But our grant from Whitehall has been halved in six years and we simply have no choice."

Under the plans, 12 of the county's 48 libraries will have their opening hours reduced, and spending on subsidised bus services will fall by £1.5m by 2018.

The budget also sets aside £4m for road and bridge repairs after Storm Desmond in December, which the authority estimates caused more than £120m of damage to the county's roads. Several bridges are still closed.

Opposition leader Tom Hebden said the council should have consulted residents properly. "People were given three weeks over Christmas to respond to a budget that affects every household in the county," he said.

The council had frozen council tax for five years before raising it by 1.99% last year.

A consultation on the library changes will run until 30 April, and final decisions are expected to be made in the summer.

Unison, which represents many council workers, said it expected about 350 posts to go by the end of the decade, although the council said most would be lost through retirement and vacancies that would not be filled.

Council tax bills will be sent out next month. Bills also include separate charges set by the police and crime commissioner and by town and parish councils, which are decided in the coming weeks.
""", [
    ('April', 'DATE', '2016-04'),
    ('this year', 'DATE', '2016'),
    ('a year', 'SET', 'P1Y'),
    ('a week', 'SET', 'P1W'),
    ('2016-17', 'DATE', '2016|2017'),
    ('Tuesday evening', 'DATE|TIME', '2016-02-23TEV'),
    ('more than five hours', 'DURATION', 'PT5H'),
    ('the next four years', 'DURATION', 'P4Y'),
    ('2010', 'DATE', '2010'),
    ('six years', 'DURATION', 'P6Y'),
    ('2018', 'DATE', '2018'),
    ('December', 'DATE', '2015-12'),
    ('three weeks', 'DURATION', 'P3W'),
    ('Christmas', 'DATE', '2015-12-25'),
    ('five years', 'DURATION', 'P5Y'),
    ("last year", 'DATE', '2015'),
    ('30 April', 'DATE', '2016-04-30'),
    ('the summer', 'DATE', '2016-SU'),
    ('the end of the decade', 'DATE', '201'),
    ('next month', 'DATE', '2016-03'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
]),
# 9. Patch, zoning board hearing on apartments (2019)
('2019-09-12', 'auto', """Zoning Board Delays Vote On Main Street Apartments After Late Hearing

By Chris Dunleavy, Patch Staff | Sep 12, 2019 10:05 am ET

OAKMONT, NJ - A decision on a five-story apartment building proposed for the former Acme site on Main Street will have to wait until next month.

The Oakmont Zoning Board of Adjustment heard testimony for more than four hours Tuesday night before adjourning at midnight without a vote. The hearing will resume Oct. 10 at 7 p.m. in the municipal building.

Developer Main & Pine LLC is seeking a use variance to build 64 apartments with ground-floor shops on the 1.8-acre lot, which has been vacant since the supermarket closed in 2015. The property is zoned for commercial use only.

About 120 residents attended, and roughly 30 spoke during public comment, which board chairman Phil Greco limited to five minutes per person.

Many said they feared the building would add to traffic on Main Street, which already backs up when school lets out.

"I've lived on Pine Avenue for 31 years, and I can't get out of my driveway as it is," said Marion Kowalski. "Put 64 apartments there and I'll be a prisoner."

Others backed the project. Sara Lin, who owns a bakery across the street, said the empty lot had hurt downtown businesses for four years. "Anything is better than a fenced-off parking lot," she said.

The developer's traffic engineer, Mark Ruiz, testified that the building would generate about 400 car trips a day, fewer than the supermarket did when it was open.

Board planner Ellen Cho asked the developer to return with a revised parking plan. Under borough rules, revised plans must be submitted at least 10 days before the next hearing.

The application was first filed in March and has been carried twice since, most recently in July at the developer's request.

State law gives the board 120 days from the date an application is deemed complete to make a decision, though applicants routinely agree to extensions.

The borough council is separately considering a redevelopment plan for downtown that could rezone the site. A council meeting on that plan is scheduled for Monday, Sept. 23.

Residents can view the application and the developer's traffic study at borough hall or on the borough website.
""", [
    ('Sep 12, 2019 10:05 am ET', 'TIME', '2019-09-12T10:05'),
    ('next month', 'DATE', '2019-10'),
    ('more than four hours', 'DURATION', 'PT4H'),
    ('Tuesday night', 'DATE|TIME', '2019-09-10TNI'),
    ('midnight', 'TIME', '2019-09-10T24:00|2019-09-11T00:00'),
    ('Oct. 10 at 7 p.m.', 'TIME', '2019-10-10T19:00'),
    ('2015', 'DATE', '2015'),
    ('five minutes', 'DURATION', 'PT5M'),
    ('31 years', 'DURATION', 'P31Y'),
    ('four years', 'DURATION', 'P4Y'),
    ('a day', 'SET', 'P1D'),
    ('10 days', 'DURATION', 'P10D'),
    ('March', 'DATE', '2019-03'),
    ('July', 'DATE', '2019-07'),
    ('120 days', 'DURATION', 'P120D'),
    ('Monday, Sept. 23', 'DATE', '2019-09-23'),
]),
# 10. UK local paper (Local Democracy Reporting), district council election count (2021)
('2021-05-08', 'auto', """Conservatives take Eastmere council as Labour loses seven seats

By Sam Okafor
Local Democracy Reporting Service

The Conservatives have taken control of Eastmere District Council for the first time since 2003 after a count that ran until nearly midnight on Friday.

The elections, held on Thursday, were originally due in May last year but were postponed for 12 months because of the coronavirus pandemic.

Polls closed at 10pm on Thursday, but under Covid safety rules counting did not begin until 9am yesterday at the Eastmere Leisure Centre, where staff sat behind perspex screens and candidates and agents were admitted in small groups.

The first result was declared at 2.10pm, and within a couple of hours it was clear that Labour was in trouble.

The Conservatives won 11 of the 14 seats being contested, taking seven from Labour, giving them 22 of the council's 39 seats.

Labour group leader Pat Whelan, who lost the Northgate seat she had held since 2010, said: "This is a painful result for us, and for some very good councillors who have served this town for decades. We will listen and we will learn."

Conservative group leader Andrew Pryce said his party would "hit the ground running". He said the new administration would review plans to build 600 homes on green belt land at Parndon Wood and would freeze town centre car parking charges until April 2022.

The new leader and cabinet will be confirmed at the council's annual meeting on Thursday, May 20.

Turnout was 31 per cent, up from 27 per cent at the last district elections in 2019. Election officials said postal votes made up almost half of all ballots cast.

Those elected on Thursday will serve a shortened term, until 2024, when the district returns to its usual election cycle.

Green Party candidate Hannah Liu, who won the Old Town ward by 14 votes after a recount, becomes the party's first councillor in Eastmere. "I still can't quite believe it," she said.

Results for the Essex County Council elections, which were held on the same day, are expected to be declared this afternoon. The count for the police, fire and crime commissioner election will take place on Monday.
""", [
    ('2003', 'DATE', '2003'),
    ('nearly midnight on Friday', 'TIME', '2021-05-07T24:00|2021-05-08T00:00'),
    ('Thursday', 'DATE', '2021-05-06'),
    ('May last year', 'DATE', '2020-05'),
    ('12 months', 'DURATION', 'P12M'),
    ('10pm on Thursday', 'TIME', '2021-05-06T22:00'),
    ('9am yesterday', 'TIME', '2021-05-07T09:00'),
    ('2.10pm', 'TIME', '2021-05-07T14:10'),
    ('a couple of hours', 'DURATION', 'PT2H'),
    ('2010', 'DATE', '2010'),
    ('decades', 'DURATION', 'PXY'),
    ('April 2022', 'DATE', '2022-04'),
    ('Thursday, May 20', 'DATE', '2021-05-20'),
    ('2019', 'DATE', '2019'),
    ('Thursday', 'DATE', '2021-05-06'),
    ('2024', 'DATE', '2024'),
    ('the same day', 'DATE', '2021-05-06'),
    ('this afternoon', 'DATE|TIME', '2021-05-08TAF'),
    ('Monday', 'DATE', '2021-05-10'),
]),
# 11. Community radio news site, bridge closure and public meeting (2024)
('2024-01-16', 'auto', """Elm Street bridge to close for eight months starting in March

KVCR Valley Community Radio | January 16, 2024

The Elm Street bridge over the Clearwater River will close to all traffic for about eight months beginning March 4, the Hollis County Public Works Department announced Monday.

The 1958 bridge carries about 9,000 vehicles a day between downtown Hollis and the east side. It was rated structurally deficient in a state inspection in 2019, and the county lowered its weight limit last spring after engineers found cracks in two of its steel beams.

The $14 million replacement is being paid for mostly with federal infrastructure money. County engineer Rosa Delgado says crews will work six days a week, and the county hopes to have the new bridge open before Thanksgiving.

While the bridge is closed, traffic will be sent over the Route 12 bridge, a detour that adds about 15 minutes to the trip between downtown and the east side.

Delgado told KVCR the county looked at keeping one lane open during construction, but that would have stretched the project to nearly two years. "Nobody wanted that," she said.

Business owners on Elm Street are nervous. "Last time they closed the bridge for repairs, in 2011, we lost a third of our customers for the summer," said Greg Tanaka, who owns Elm Street Hardware. "We're asking the county for signs, lots of signs, telling people we're still open."

The Hollis School District says it will adjust bus routes for students who live on the east side and will send details to families next month. The fire department plans to station an engine and crew on the east side of the river for the length of the closure.

The county will hold a public meeting on the project Thursday at 6:30 p.m. at the Hollis Public Library. People who can't attend can comment online until Jan. 31. Delgado said the design is largely set, but comments could still shape the detour signs, the pedestrian crossing and the lighting on the new bridge.

The county commission approved the construction contract at its meeting last Tuesday. Commissioner Dale Ferris cast the only vote against it, saying the county should have pushed the state for money years ago.

KVCR's Maria Gonzalez will host a call-in show about the closure on Friday morning. You can reach the studio line during the show or leave a message with the newsroom any time.
""", [
    ('eight months', 'DURATION', 'P8M'),
    ('March', 'DATE', '2024-03'),
    ('January 16, 2024', 'DATE', '2024-01-16'),
    ('about eight months', 'DURATION', 'P8M'),
    ('March 4', 'DATE', '2024-03-04'),
    ('Monday', 'DATE', '2024-01-15'),
    ('1958', 'DATE', '1958'),
    ('a day', 'SET', 'P1D'),
    ('2019', 'DATE', '2019'),
    ('last spring', 'DATE', '2023-SP'),
    ('six days a week', 'SET', 'P1W'),
    ('Thanksgiving', 'DATE', '2024-11-28'),
    ('15 minutes', 'DURATION', 'PT15M'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('2011', 'DATE', '2011'),
    ('the summer', 'DATE', '2011-SU'),
    ('next month', 'DATE', '2024-02'),
    ('Thursday at 6:30 p.m.', 'TIME', '2024-01-18T18:30'),
    ('Jan. 31', 'DATE', '2024-01-31'),
    ('last Tuesday', 'DATE', '2024-01-09'),
    ('years ago', 'DATE', 'PAST_REF'),
    ('Friday morning', 'DATE|TIME', '2024-01-19TMO'),
]),
# 12. US local daily paper, school board votes to close schools, with narrative background (2025)
('2025-04-03', 'auto', """Board votes to close Lincoln, Whittier elementary schools

By Karen Holt
The Record-Herald

FAIRVIEW - The Fairview Unified school board voted 5-2 late Wednesday to close two elementary schools in June, ending a process that began nearly 18 months ago and drew some of the largest crowds the board has seen in decades.

About 300 people packed the meeting Wednesday, which began at 6 p.m. and lasted nearly five hours. Dozens of parents and teachers spoke, most of them urging the board to keep Lincoln Elementary open.

Lincoln, which opened in 1952, currently enrolls 212 students in a building designed for 450. Whittier has 240.

The district hired a consulting firm in the fall of 2023 to study falling enrollment, which has dropped by about 1,400 students since 2015 as housing costs pushed young families out of the city. The firm's report, released last June, recommended closing as many as four schools.

Two months later, the board narrowed the list to Lincoln, Whittier and Grant, and it held a series of community meetings through the fall. Grant was taken off the list in January, after parents showed that its building, renovated in 2018, would cost the least to keep open.

District officials say the closures will save about $3.1 million a year, mostly in staffing and building costs. Students from both schools will move to Jefferson and Roosevelt elementaries next fall, and no teachers will lose their jobs, Superintendent Andrea Molina said.

"We've been fighting this since last spring, and we're not done," said Lincoln parent Tasha Greene, who helped organize a petition that drew more than 3,000 signatures. Greene said parents were considering a lawsuit.

Board member Victor Salas, who voted no along with Mary Chu, said the board should have waited a year to see whether several housing developments planned near Lincoln bring new families to the neighborhood.

Board President Ellen Ward said the decision was painful. "Nobody on this board ran for office to close schools," she said. "But we cannot keep spending money on half-empty buildings while our classrooms go without."

The district will hold transition meetings for affected families on April 15 and April 28. Enrollment forms for the receiving schools are due May 9, and bus routes will be announced over the summer.

The board has not decided what to do with the two buildings. Molina said the district would ask for public input before making any recommendation.

Three of the five members who voted to close the schools, including Ward, are up for re-election in November.
""", [
    ('late Wednesday', 'DATE', '2025-04-02'),
    ('June', 'DATE', '2025-06'),
    ('nearly 18 months ago', 'DATE', '2023-10'),
    ('decades', 'DURATION', 'PXY'),
    ('Wednesday', 'DATE', '2025-04-02'),
    ('6 p.m.', 'TIME', '2025-04-02T18:00'),
    ('nearly five hours', 'DURATION', 'PT5H'),
    ('1952', 'DATE', '1952'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('the fall of 2023', 'DATE', '2023-FA'),
    ('2015', 'DATE', '2015'),
    ('last June', 'DATE', '2024-06'),
    ('Two months later', 'DATE', '2024-08'),
    ('the fall', 'DATE', '2024-FA'),
    ('January', 'DATE', '2025-01'),
    ('2018', 'DATE', '2018'),
    ('a year', 'SET', 'P1Y'),
    ('next fall', 'DATE', '2025-FA'),
    ('last spring', 'DATE', '2024-SP'),
    ('a year', 'DURATION', 'P1Y'),
    ('April 15', 'DATE', '2025-04-15'),
    ('April 28', 'DATE', '2025-04-28'),
    ('May 9', 'DATE', '2025-05-09'),
    ('the summer', 'DATE', '2025-SU'),
    ('November', 'DATE', '2025-11'),
]),
]
