# Gold TIMEX3 probe set 113: local government news (councils, school boards, planning, elections, public works) from US wire/local, UK, Canadian and Australian papers, 1996-2025, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP state wire, rural school board moves to a shorter week (1996)
('1996-03-14', 'auto', """Rural Iowa district votes to close schools on Fridays

CORYDON, Iowa (AP) -- A southern Iowa school board voted 4-3 Wednesday night to close its schools on Fridays starting next fall, a move the superintendent says could save the cash-strapped district about $50,000 a year.

Under the plan approved by the Wayne Community School Board, students would attend longer classes on the remaining days, with each school day extended by 75 minutes. The district would be the first in Iowa to try the schedule, although several rural districts in Colorado and New Mexico have used it since the 1980s.

"We have cut for five straight years and there is nothing left to cut," Superintendent Carl Ostrander said after the meeting, which lasted nearly four hours. "This is not about making life easier for anyone. It is about keeping the doors open."

The district, which covers about 500 square miles of farmland, has lost some 140 students over the past 10 years as families have moved away. State aid is tied to enrollment, and the board was told last month that it faces a $210,000 shortfall in its 1996-97 budget.

Parents packed the high school gymnasium for the 7 p.m. meeting, and more than 30 of them spoke. Several said they were worried about finding child care on Fridays.

"I work in Chariton every Friday. Who is going to watch my 6-year-old?" asked Deb Hollister, a nurse.

Ostrander said the school would offer supervised activities on Fridays for a small fee and that teachers would use part of the day for training.

Board member Jim Rourke, who voted against the plan, said the board had moved too quickly. "We first heard about this idea in January, and now we're voting on it," he said. "Eight weeks is not enough time to change the way we have run schools in this county for a hundred years."

The state Department of Education must approve the change. A spokeswoman, Linda Freese, said the department would review the request within 30 days and had not yet taken a position.

If approved, the new schedule would take effect Aug. 26, when classes resume, and would be reviewed after two years.

A similar proposal in neighboring Decatur County was voted down in 1994. Decatur County Superintendent Ray Lenz said Wednesday that his board might look at the idea again next year if Wayne's experiment works.

"Everybody in this part of the state is watching," he said.
""", [
    ('Fridays', 'SET', 'XXXX-WXX-5'),
    ('Wednesday night', 'DATE|TIME', '1996-03-13TNI'),
    ('Fridays', 'SET', 'XXXX-WXX-5'),
    ('next fall', 'DATE', '1996-FA'),
    ('a year', 'SET', 'P1Y'),
    ('75 minutes', 'DURATION', 'PT75M'),
    ('the 1980s', 'DATE', '198'),
    ('five straight years', 'DURATION', 'P5Y'),
    ('nearly four hours', 'DURATION', 'PT4H'),
    ('the past 10 years', 'DURATION', 'P10Y'),
    ('last month', 'DATE', '1996-02'),
    ('1996-97', 'DATE', '1996|1997'),
    ('7 p.m.', 'TIME', '1996-03-13T19:00'),
    ('Fridays', 'SET', 'XXXX-WXX-5'),
    ('every Friday', 'SET', 'XXXX-WXX-5'),
    ('Fridays', 'SET', 'XXXX-WXX-5'),
    ('January', 'DATE', '1996-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Eight weeks', 'DURATION', 'P8W'),
    ('a hundred years', 'DURATION', 'P100Y'),
    ('30 days', 'DURATION', 'P30D'),
    ('Aug. 26', 'DATE', '1996-08-26'),
    ('two years', 'DURATION', 'P2Y'),
    ('1994', 'DATE', '1994'),
    ('Wednesday', 'DATE', '1996-03-13'),
    ('next year', 'DATE', '1997'),
]),
# 2. UK local paper, planning committee refuses supermarket (1999)
('1999-06-23', 'auto', """Councillors throw out supermarket plan for Ashford Road

By Helen Marsh
Planning Reporter

Plans for a large supermarket on the edge of Wrenfield were thrown out last night after a marathon meeting of the district council's planning committee.

Councillors voted nine to five against the 60,000 sq ft store on farmland off Ashford Road, going against the advice of their own officers, who had recommended approval.

The decision came at 10.50pm, more than four hours after the meeting began, in front of a public gallery packed with traders from the town centre.

Traders have campaigned against the scheme since it was first put forward in the spring of 1997, arguing that it would draw shoppers away from the high street and force small shops out of business.

"This is a victory for everyone who cares about Wrenfield," said Margaret Day, chairman of the Wrenfield Chamber of Trade. "We have spent two years fighting this, and at last the council has listened."

The developer, Carrow Estates, said it was "deeply disappointed" and would consider an appeal. The company has six months to lodge an appeal with the Secretary of State.

A spokesman said the store would have created 250 jobs and that the company had already spent more than £400,000 on the proposal. "We will be studying the reasons for refusal over the coming weeks," he said.

Council officers had told the committee that the site was earmarked for development in the local plan adopted in 1995 and that a refusal could be difficult to defend at a public inquiry.

But Cllr Peter Brabazon (Lib Dem, Castle ward) said the plan was now out of date. "Things have changed a great deal in the last four years. We have lost the butcher, the baker and two banks from the high street," he said.

Residents of Ashford Road told the committee that the store would bring delivery lorries past their homes at all hours. Carrow Estates had offered to fund a new roundabout and a footpath into town, but several councillors said the offer had come too late.

The council's Liberal Democrat leader, Sue Penrose, said the vote should not be seen as anti-business. "We want investment in Wrenfield, but in the right place," she said. The council will meet retailers on 8 July to discuss a new strategy for the town centre.

Wrenfield has held a market every Thursday since 1284, and traders said they would hold a celebration at this week's market.

The planning committee next meets on Tuesday, 13 July, when it will consider plans for 40 homes at Mill Lane.
""", [
    ('last night', 'DATE|TIME', '1999-06-22TNI'),
    ('10.50pm', 'TIME', '1999-06-22T22:50'),
    ('more than four hours', 'DURATION', 'PT4H'),
    ('the spring of 1997', 'DATE', '1997-SP'),
    ('two years', 'DURATION', 'P2Y'),
    ('six months', 'DURATION', 'P6M'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
    ('1995', 'DATE', '1995'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the last four years', 'DURATION', 'P4Y'),
    ('8 July', 'DATE', '1999-07-08'),
    ('every Thursday', 'SET', 'XXXX-WXX-4'),
    ('1284', 'DATE', '1284'),
    ('this week', 'DATE', '1999-W25'),
    ('Tuesday, 13 July', 'DATE', '1999-07-13'),
]),
# 3. Canadian paper, regional council keeps sidewalk plowing (2001)
('2001-11-08', 'auto', """Council votes to keep plowing suburban sidewalks

By Anne-Marie Leclair
Staff Reporter

Regional council voted Tuesday to keep plowing sidewalks in suburban neighbourhoods this winter, rejecting a staff proposal that would have left homeowners to clear their own walks.

The 14-9 vote came after nearly three hours of debate and a presentation from seniors' groups, who told councillors that icy sidewalks leave many older residents shut in at home.

Staff had recommended ending the service in Sackville, Bedford and Cole Harbour to save $1.2 million a year. The cut was part of a package meant to hold next year's tax increase to 2.5 per cent.

"We are talking about people's safety," said Coun. Rita Barkhouse, who moved the motion. "A broken hip costs the health system far more than a plow."

Deputy Mayor Len Goucher argued the municipality cannot afford to keep every service it inherited when the four former municipalities merged in 1996. "We have spent five years paying for promises nobody could keep," he said.

Council will now have to find the money elsewhere. Chief administrative officer George McLellan said staff would return with options on Nov. 20, when council begins its budget deliberations.

The sidewalk-clearing contract, worth about $3 million over three years, expires in April. Under its terms, crews must begin plowing within 12 hours after a snowfall of five centimetres or more ends.

Residents complained last winter that some routes were not cleared for several days after a storm on Feb. 21. McLellan said the department has since added two machines and hired a new supervisor.

"People remember what happened in February. They remember being stuck," Barkhouse said.

Council also approved, without debate, a $4.6-million contract to replace the Windmill Road water main, which has broken six times since 1998. Work is to start in the spring and take about 18 months.

Residents along the route will get at least two weeks' notice before their water is shut off, staff said.

The meeting, which began at 1 p.m., ended at 8:15 p.m.
""", [
    ('Tuesday', 'DATE', '2001-11-06'),
    ('this winter', 'DATE', '2001-WI'),
    ('nearly three hours', 'DURATION', 'PT3H'),
    ('a year', 'SET', 'P1Y'),
    ('next year', 'DATE', '2002'),
    ('1996', 'DATE', '1996'),
    ('five years', 'DURATION', 'P5Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Nov. 20', 'DATE', '2001-11-20'),
    ('three years', 'DURATION', 'P3Y'),
    ('April', 'DATE', '2002-04'),
    ('12 hours', 'DURATION', 'PT12H'),
    ('last winter', 'DATE', '2000-WI|2001-WI'),
    ('several days', 'DURATION', 'PXD'),
    ('Feb. 21', 'DATE', '2001-02-21'),
    ('February', 'DATE', '2001-02'),
    ('1998', 'DATE', '1998'),
    ('the spring', 'DATE', '2002-SP'),
    ('about 18 months', 'DURATION', 'P18M'),
    ('two weeks', 'DURATION', 'P2W'),
    ('1 p.m.', 'TIME', '2001-11-06T13:00'),
    ('8:15 p.m.', 'TIME', '2001-11-06T20:15'),
]),
# 4. Australian regional paper, Queensland council election count (2004)
('2004-03-29', 'auto', """Mahony on track to become shire's first woman mayor

By Kate Brennan

Former schoolteacher Jill Mahony appears set to become Coral Bay Shire's first female mayor after Saturday's local government elections, with counting expected to finish by Wednesday.

Ms Mahony held a lead of more than 2,000 votes over sitting mayor Ron Keough when counting stopped at 9pm on Saturday, with about 70 per cent of ballots counted. Postal votes will be accepted until Friday week.

Mr Keough, who has led the shire for 12 years, conceded yesterday afternoon that he was unlikely to hold on. "The people have spoken and I respect that," he said. "I have given this place the best part of my life, and I'm proud of what we built."

The campaign was dominated by the council's decision last year to approve a 14-storey tower on the Esplanade, which Ms Mahony opposed. More than 4,000 people signed a petition against the tower, and a protest in November drew one of the largest crowds the town has seen.

Ms Mahony said her first priority would be a review of the shire's planning scheme, which has not been updated since 1991.

"People feel that decisions have been made behind closed doors," she said. "That is going to change from day one."

She promised to hold community forums every month and to move council meetings, currently held at 9am on Wednesdays, out of business hours so working residents could attend.

At least four of the 10 sitting councillors appear to have lost their seats. The result in Division 3 may not be known for several days because the margin is fewer than 100 votes.

The Electoral Commission said turnout was about 84 per cent, down from 88 per cent at the 2000 election. Voting is compulsory in Queensland, and those who did not vote will receive a letter asking them to explain why within 28 days.

All 125 of the state's councils went to the polls on Saturday, and counting in some of the larger ones, including Brisbane, could take two weeks.

The new Coral Bay council will be sworn in on 15 April and is due to hold its first meeting a week later. One of its first tasks will be to adopt a budget by 30 June.
""", [
    ('Saturday', 'DATE', '2004-03-27'),
    ('Wednesday', 'DATE', '2004-03-31'),
    ('9pm on Saturday', 'TIME', '2004-03-27T21:00'),
    ('Friday week', 'DATE', '2004-04-09'),
    ('12 years', 'DURATION', 'P12Y'),
    ('yesterday afternoon', 'DATE|TIME', '2004-03-28TAF'),
    ('last year', 'DATE', '2003'),
    ('November', 'DATE', '2003-11'),
    ('1991', 'DATE', '1991'),
    ('every month', 'SET', 'P1M'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('9am on Wednesdays', 'SET', 'XXXX-WXX-3T09:00'),
    ('several days', 'DURATION', 'PXD'),
    ('2000', 'DATE', '2000'),
    ('28 days', 'DURATION', 'P28D'),
    ('Saturday', 'DATE', '2004-03-27'),
    ('two weeks', 'DURATION', 'P2W'),
    ('15 April', 'DATE', '2004-04-15'),
    ('a week later', 'DATE', '2004-04-22'),
    ('30 June', 'DATE', '2004-06-30'),
]),
# 5. Local US paper, water main break closes street (2007)
('2007-07-18', 'auto', """Elm Street to stay closed until Labor Day

By Tom Kessler
Gazette Staff Writer

Drivers who have been detouring around Elm Street since a water main broke earlier this month should expect to keep doing so for about seven weeks, city engineers told the City Council on Monday night.

The street has been closed between Third and Ninth avenues since July 3, when the aging main collapsed under the pavement and opened a sinkhole about 12 feet wide.

Public Works Director Ann Sorensen said crews had found far more damaged pipe than expected, and the department now wants to replace the entire six-block stretch rather than patch it. The work will cost about $1.8 million, nearly twice the original estimate.

"That pipe was laid in 1917. Frankly, it is amazing it lasted this long," Sorensen said.

She said the street should reopen by Labor Day, though she warned that a wet August could push that date back.

The council voted 6-1 to approve the extra spending from the city's water reserve fund. Council member Dave Pruitt cast the lone no vote, saying the city had ignored warnings about Elm Street's pipes for decades.

"We were told in 2001 that this line needed replacing," Pruitt said. "We put it off every year since. Now we are paying for it."

Business owners on Elm Street said the closure has cut their sales sharply. Linda Garza, who owns the Corner Cup coffee shop, said her revenue over the past two weeks was down by a third compared with the same period last year.

"Business has never been this slow. I honestly don't know if I make it to September," she said.

The city has put up signs at both ends of the street saying businesses are open, and Mayor Carol Whitfield said she would ask the council next month to consider a small grant program for affected shops.

Crews will work six days a week, Sorensen said. Residents along the route were told in a letter Tuesday that their water could be shut off for four hours at a time while new connections are made, and that they would get 48 hours' notice.

The council next meets Aug. 6.
""", [
    ('Labor Day', 'DATE', '2007-09-03'),
    ('earlier this month', 'DATE', '2007-07'),
    ('about seven weeks', 'DURATION', 'P7W'),
    ('Monday night', 'DATE|TIME', '2007-07-16TNI'),
    ('July 3', 'DATE', '2007-07-03'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1917', 'DATE', '1917'),
    ('Labor Day', 'DATE', '2007-09-03'),
    ('August', 'DATE', '2007-08'),
    ('decades', 'DURATION', 'PXY'),
    ('2001', 'DATE', '2001'),
    ('every year', 'SET', 'P1Y'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('last year', 'DATE', '2006'),
    ('September', 'DATE', '2007-09'),
    ('next month', 'DATE', '2007-08'),
    ('six days a week', 'SET', 'P1W'),
    ('Tuesday', 'DATE', '2007-07-17'),
    ('four hours', 'DURATION', 'PT4H'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('Aug. 6', 'DATE', '2007-08-06'),
]),
# 6. AP state wire, village mayor resigns after water-plant feud; narrative past (2009)
('2009-10-02', 'auto', """Ohio village mayor quits, ending long feud over water plant

By JOHN HALVORSEN
Associated Press Writer

CALDWELL FALLS, Ohio (AP) -- The mayor of this western Ohio village resigned Thursday, ending a 14-month fight over a new water treatment plant that split the village council, drew two lawsuits and left neighbors refusing to speak to one another.

Mayor Gary Pfenning handed a one-page letter to the village clerk at 9:15 a.m. and left without speaking to reporters waiting outside the village hall.

The dispute began on July 14, 2008, when Pfenning signed a $3.4 million contract for a new plant without a vote of the council. Two weeks later, four of the six council members voted to void the contract, and the builder, Mercer Environmental Inc., sued the village.

That fall, a group of residents circulated petitions to recall Pfenning, but the effort fell 41 signatures short. In January the council cut the mayor's salary in half, and in March the Ohio Environmental Protection Agency warned that the village's old plant, built in 1962, had violated nitrate limits three times since 2007.

A county judge ruled in May that the contract was valid and ordered the village to pay the company $280,000 in damages.

"For more than a year this village has talked about nothing else," said council President Ruth Ann Koesters. "People stopped going to the same church. It got that bad."

Pfenning, a retired machinist, was elected in 2005. He has said the plant was needed to protect residents' health and that the council had dragged its feet for years.

In his letter, he wrote that he was stepping down "for the good of the village and my family," and that the resignation would take effect at midnight Oct. 15.

Under Ohio law, the council president becomes mayor until the next regular election, which in Caldwell Falls is in November 2011. Koesters said she would serve but would not run for a full term.

The council will meet Monday at 7 p.m. to discuss the plant, which state regulators have ordered the village to have running by the end of 2010. Koesters said work could begin within six weeks if the council and the company agree on a new schedule.

"We have lost a year. We can't afford to lose another one," she said.
""", [
    ('Thursday', 'DATE', '2009-10-01'),
    ('14-month', 'DURATION', 'P14M'),
    ('9:15 a.m.', 'TIME', '2009-10-01T09:15'),
    ('July 14, 2008', 'DATE', '2008-07-14'),
    ('Two weeks later', 'DATE', '2008-07-28'),
    ('That fall', 'DATE', '2008-FA'),
    ('January', 'DATE', '2009-01'),
    ('March', 'DATE', '2009-03'),
    ('1962', 'DATE', '1962'),
    ('2007', 'DATE', '2007'),
    ('May', 'DATE', '2009-05'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('2005', 'DATE', '2005'),
    ('years', 'DURATION', 'PXY'),
    ('midnight Oct. 15', 'TIME', '2009-10-15T24:00|2009-10-15T00:00'),
    ('November 2011', 'DATE', '2011-11'),
    ('Monday at 7 p.m.', 'TIME', '2009-10-05T19:00'),
    ('the end of 2010', 'DATE', '2010'),
    ('six weeks', 'DURATION', 'P6W'),
    ('a year', 'DURATION', 'P1Y'),
]),
# 7. UK regional paper, school academy consultation (2012)
('2012-01-26', 'auto', """Parents given six weeks to have their say on academy plan

By Rachel Oduya
Education Correspondent

Governors at Kingsmead High School have launched a consultation on plans to turn the school into an academy, with a final decision expected before Easter.

Parents received letters on Monday setting out the proposal, and a public meeting will be held in the school hall at 7pm on Thursday 2 February. The consultation closes on 8 March.

If governors approve the move, the school could leave local authority control as early as 1 September.

Head teacher Andrew Pell said becoming an academy would give the school about £400,000 a year more to spend on pupils, as well as greater freedom over its budget and curriculum.

"This is not a decision we are taking lightly," he said. "Governors have spent the past 18 months looking at the options and visiting schools which have already converted."

The school, which has 1,150 pupils, was rated good by Ofsted in 2010 and saw its best GCSE results last summer, with 71 per cent of pupils gaining five good grades.

More than 1,700 schools in England have become academies since the coalition government expanded the programme shortly after the general election in May 2010, and ministers have made clear they want many more to follow.

But the National Union of Teachers said it would oppose the plan. Branch secretary Colin Hart said staff had not been consulted before the letters went out. "Teachers found out at the same time as parents. That is no way to run a school," he said.

Some parents also have concerns. Sarah Whitlock, whose two children attend Kingsmead, said: "We keep being told it will make no difference to the children, so why the rush? Six weeks is not long enough for a decision like this."

The county council, which currently runs the school, said it would respect the governors' decision. A spokesman said three other secondary schools in the county had converted in the past year and two more were considering it.

Governors will meet on 15 March to consider the responses. Mr Pell said he would write to parents again within a week of that meeting.

Copies of the consultation document are available from the school office or on the school's website, and Mr Pell will hold a drop-in session for parents every Wednesday afternoon until the consultation closes.
""", [
    ('six weeks', 'DURATION', 'P6W'),
    ('Easter', 'DATE', '2012-04-08'),
    ('Monday', 'DATE', '2012-01-23'),
    ('7pm on Thursday 2 February', 'TIME', '2012-02-02T19:00'),
    ('8 March', 'DATE', '2012-03-08'),
    ('1 September', 'DATE', '2012-09-01'),
    ('a year', 'SET', 'P1Y'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('2010', 'DATE', '2010'),
    ('last summer', 'DATE', '2011-SU'),
    ('May 2010', 'DATE', '2010-05'),
    ('Six weeks', 'DURATION', 'P6W'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('the past year', 'DATE|DURATION', 'P1Y|2011'),
    ('15 March', 'DATE', '2012-03-15'),
    ('a week', 'DURATION', 'P1W'),
    ('every Wednesday afternoon', 'SET', 'XXXX-WXX-3TAF'),
]),
# 8. Canadian (Ontario) daily, municipal election campaign (2014)
('2014-10-23', 'auto', """Ward 4 race heats up as advance polls close

By Daniel Okafor
The Examiner

With four days left before the Oct. 27 municipal election, the race for Ward 4 on Brantwood city council has become the closest, and the most bitter, in the city.

More than 600 residents crammed into the Westdale Community Centre on Tuesday night for the final all-candidates meeting, which ran for more than two hours and was interrupted several times by heckling.

Incumbent Coun. Sheila Vandermeer, who has represented the ward since 2003, faces a strong challenge from Amir Haddad, a 34-year-old engineer who has made the proposed Westdale Road widening the centre of his campaign.

The $22-million project, approved by council in June 2013, would widen a two-kilometre stretch of the road to four lanes and remove about 80 mature trees. Construction is scheduled to begin next spring and last two years.

Haddad has promised to bring the project back to council within 100 days of taking office. "This was decided with almost no public input. Residents found out about it from a sign on their lawn," he said.

Vandermeer said the widening is needed to deal with traffic that has grown by 40 per cent over the past 10 years. "I have been doing this job for 11 years. I would rather be honest with people than tell them what they want to hear," she said to applause from her supporters.

Advance polls closed Wednesday with 8,730 ballots cast across the city, up about 15 per cent from 2010, according to the city clerk's office.

Clerk Joanne Pike said polls will open at 10 a.m. Monday and close at 8 p.m. Results will be posted on the city's website as they come in, and most races should be decided by 10 p.m., she said.

In the mayoral race, Mayor Frank Delisle is seeking a third term against two challengers, former councillor Brenda Kowalchuk and businessman Tom Reddy.

The new council will be sworn in on Dec. 1 and will serve a four-year term. Ontario extended municipal terms from three years to four in 2006.

Election signs must be taken down within 72 hours after the polls close, under a bylaw passed last year. All candidates, including those who lose, must file their campaign financial statements with the clerk by March 27.
""", [
    ('four days', 'DURATION', 'P4D'),
    ('Oct. 27', 'DATE', '2014-10-27'),
    ('Tuesday night', 'DATE|TIME', '2014-10-21TNI'),
    ('more than two hours', 'DURATION', 'PT2H'),
    ('2003', 'DATE', '2003'),
    ('June 2013', 'DATE', '2013-06'),
    ('next spring', 'DATE', '2015-SP'),
    ('two years', 'DURATION', 'P2Y'),
    ('100 days', 'DURATION', 'P100D'),
    ('the past 10 years', 'DURATION', 'P10Y'),
    ('11 years', 'DURATION', 'P11Y'),
    ('Wednesday', 'DATE', '2014-10-22'),
    ('2010', 'DATE', '2010'),
    ('10 a.m. Monday', 'TIME', '2014-10-27T10:00'),
    ('8 p.m.', 'TIME', '2014-10-27T20:00'),
    ('10 p.m.', 'TIME', '2014-10-27T22:00'),
    ('Dec. 1', 'DATE', '2014-12-01'),
    ('four-year', 'DURATION', 'P4Y'),
    ('three years', 'DURATION', 'P3Y'),
    ('2006', 'DATE', '2006'),
    ('72 hours', 'DURATION', 'PT72H'),
    ('last year', 'DATE', '2013'),
    ('March 27', 'DATE', '2015-03-27'),
]),
# 9. Australian metropolitan paper, planning tribunal approves apartment tower (2017)
('2017-05-12', 'auto', """Residents vow to fight on after tribunal approves Brunswick tower

By Liam O'Rourke

Residents opposed to an eight-storey apartment block in Brunswick say they will keep fighting after the state's planning tribunal overturned the council's refusal this week.

The Victorian Civil and Administrative Tribunal on Wednesday approved the 96-apartment development on Sydney Road, ruling that Moreland City Council had given too much weight to neighbours' concerns about overshadowing and traffic.

The council rejected the proposal last August after receiving more than 300 objections. The developer, Kestrel Property Group, appealed in October, and the tribunal heard the case over five days in March.

"We are devastated, but we are not giving up," said Helen Vasilakis, convenor of the Brunswick Residents' Action Group. "This building will put our back gardens in permanent shadow. Nobody on this street was asked what they thought."

The group will meet at Brunswick Town Hall at 7.30pm on Monday to discuss its options, which include asking the Planning Minister to intervene.

Under the permit, construction must begin within two years and be finished within four years.

Kestrel director Mark Tennant said the company hoped to start work early next year, with the first residents moving in by mid-2020.

"This is exactly the kind of housing Melbourne needs," he said. "It is close to trains and trams, and it replaces a car yard that has been empty for almost a decade."

Moreland mayor Helen Davidson said the council was disappointed but would not appeal. She said the decision showed the need for mandatory height limits along Sydney Road, which the council asked the state government to approve in 2015.

"Residents have been waiting two years for an answer. In the meantime, developers are getting what they want at VCAT," she said.

The tribunal has overturned council decisions in Moreland at least nine times in the past 12 months, according to figures compiled by the residents' group.

A spokeswoman for Planning Minister Richard Wynne said yesterday that the minister would consider the council's request for interim height controls "in the coming months".

The block is one of more than 20 apartment projects of six storeys or more approved along Sydney Road since 2012. The area's population has grown by about a quarter in recent years, and the council expects it to keep rising until at least 2031.
""", [
    ('this week', 'DATE', '2017-W19'),
    ('Wednesday', 'DATE', '2017-05-10'),
    ('last August', 'DATE', '2016-08'),
    ('October', 'DATE', '2016-10'),
    ('five days', 'DURATION', 'P5D'),
    ('March', 'DATE', '2017-03'),
    ('7.30pm on Monday', 'TIME', '2017-05-15T19:30'),
    ('two years', 'DURATION', 'P2Y'),
    ('four years', 'DURATION', 'P4Y'),
    ('early next year', 'DATE', '2018'),
    ('mid-2020', 'DATE', '2020'),
    ('almost a decade', 'DURATION', 'P10Y|P1DE'),
    ('2015', 'DATE', '2015'),
    ('two years', 'DURATION', 'P2Y'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('yesterday', 'DATE', '2017-05-11'),
    ('the coming months', 'DATE|DURATION', 'FUTURE_REF|PXM'),
    ('2012', 'DATE', '2012'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('2031', 'DATE', '2031'),
]),
# 10. Local US paper, school board delays vote on later start times (2019)
('2019-09-10', 'auto', """School board delays vote on later start times

By Megan Alvarez
Courier Staff Writer

The Linden Park School Board on Monday put off a vote on pushing back high school start times, saying it needs more information on the cost of extra buses before it decides.

The proposal would move the start of the high school day 70 minutes later beginning in the 2020-21 school year. Middle and elementary schools would start about 20 minutes earlier so that buses could run three routes each morning.

Board members said they supported the idea in principle. Studies have found that teenagers do better in class when they get more sleep, and the American Academy of Pediatrics has recommended since 2014 that middle and high schools start later.

But Superintendent Robert Nguyen said the district would need to buy at least 11 buses and hire drivers when it is already struggling to fill open positions. He estimated the cost at $1.2 million up front and about $700,000 annually after that.

"I want to do this. But I can't tell you right now where that money comes from," Nguyen said.

About 150 parents and students attended the meeting, which ran from 6:30 p.m. until nearly 10 p.m. Most of those who spoke favored the change.

"My daughter leaves the house in the dark every morning," said parent Joel Ambrose. "She falls asleep in first period. Something has to give."

Others, including several coaches, worried that a later dismissal would cut into practice time and force athletes to miss more classes for away games.

Board President Lisa Carmody said the board would take up the issue again at its Oct. 14 meeting and asked staff to look at whether the district could stagger bell times with fewer new buses.

Linden Park studied later start times once before, in 2016, but dropped the idea after a survey found parents were split. A new survey this spring found 68 percent of parents in favor.

Nearby Harmon Township switched to a later start two years ago. Its superintendent, Dana Kell, told the board last month that attendance in first-period classes has risen since the change and that tardiness has fallen by nearly half.

If the board approves the plan in October, the district would have about 11 months to prepare, Nguyen said. Contracts with the district's bus company run through June 2021.
""", [
    ('Monday', 'DATE', '2019-09-09'),
    ('70 minutes', 'DURATION', 'PT70M'),
    ('2020-21', 'DATE', '2020|2021'),
    ('about 20 minutes', 'DURATION', 'PT20M'),
    ('each morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
    ('2014', 'DATE', '2014'),
    ('annually', 'SET', 'P1Y'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('6:30 p.m.', 'TIME', '2019-09-09T18:30'),
    ('nearly 10 p.m.', 'TIME', '2019-09-09T22:00'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
    ('Oct. 14', 'DATE', '2019-10-14'),
    ('2016', 'DATE', '2016'),
    ('this spring', 'DATE', '2019-SP'),
    ('two years ago', 'DATE', '2017'),
    ('last month', 'DATE', '2019-08'),
    ('October', 'DATE', '2019-10'),
    ('about 11 months', 'DURATION', 'P11M'),
    ('June 2021', 'DATE', '2021-06'),
]),
# 11. UK local democracy reporter, county council sets budget and council tax (2022)
('2022-02-16', 'auto', """Council tax to rise by 2.99% as county agrees budget

By James Whitfield
Local Democracy Reporting Service

Households in Northbridgeshire will pay an extra £44 a year for a Band D property from April after county councillors approved the budget yesterday.

The 2.99 per cent increase, which includes a 1 per cent precept for adult social care, was agreed by 38 votes to 21 after a debate lasting almost six hours at County Hall.

Council leader Cllr Anne Foster (Con) said the authority had faced "the most difficult budget in a decade" because of rising energy costs and growing demand for social care.

"Nobody comes into politics to put up taxes. But the alternative was cutting services that thousands of vulnerable people rely on every day," she said.

The budget includes £12 million for road repairs over the next two years, after residents reported more than 14,000 potholes in 2021, a record for the county.

Opposition leader Cllr Tariq Mahmood (Lab) said the Conservatives had cut highways spending repeatedly and were now trying to catch up. "They have had 12 years to fix the roads. The potholes did not appear by accident," he said.

The Liberal Democrats proposed freezing councillors' allowances in 2022-23 to pay for more youth workers, but the amendment was defeated.

Other measures include a £3 million fund to help bus companies restore routes cut during the pandemic and the hiring of 20 extra social workers by the end of the summer.

The council's director of finance, Paul Gregory, warned that the county faced a gap of £27 million over the following three years unless the government changed the way councils are funded. He said reserves had fallen by a third since 2019.

The draft budget was published in December, and a public consultation that ran for four weeks drew 2,300 responses, most of them in favour of a smaller rise.

Council tax bills will be sent out in March. The first instalment is due on 1 April, although residents can choose to spread payments over 12 months rather than the usual 10.

Households in bands A to D will also receive a one-off £150 rebate from the government to help with energy bills, which are expected to rise sharply in the spring. Ms Foster said the council would write to residents about the payments in the coming weeks.
""", [
    ('a year', 'SET', 'P1Y'),
    ('April', 'DATE', '2022-04'),
    ('yesterday', 'DATE', '2022-02-15'),
    ('almost six hours', 'DURATION', 'PT6H'),
    ('a decade', 'DURATION', 'P10Y|P1DE'),
    ('every day', 'SET', 'P1D'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('2021', 'DATE', '2021'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('12 years', 'DURATION', 'P12Y'),
    ('2022-23', 'DATE', '2022|2023'),
    ('the end of the summer', 'DATE', '2022-SU'),
    ('the following three years', 'DURATION', 'P3Y'),
    ('2019', 'DATE', '2019'),
    ('December', 'DATE', '2021-12'),
    ('four weeks', 'DURATION', 'P4W'),
    ('March', 'DATE', '2022-03'),
    ('1 April', 'DATE', '2022-04-01'),
    ('12 months', 'DURATION', 'P12M'),
    ('the spring', 'DATE', '2022-SP'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
]),
# 12. AP state wire, town races state deadline for bridge money (2025)
('2025-04-03', 'auto', """Illinois town races deadline to keep bridge money

MARLOW, Ill. (AP) — Officials in this central Illinois town have until April 30 to submit engineering plans for a new Kaskaskia Street bridge or risk losing $6.2 million in state money, the City Council was told Wednesday.

The bridge, built in 1958, has been closed to all traffic since last October, when inspectors found cracks in two of its steel beams. It carried about 5,000 vehicles a day before it was shut.

The closure has forced drivers, school buses and fire trucks onto a detour of about 4 miles, adding about 10 minutes to emergency response times on the city's east side, Fire Chief Dale Rennick said.

Mayor Teresa Gaines said the engineering firm hired in January had promised to finish the plans by mid-April. "We are going to make this deadline. We don't have a choice," she said.

The money comes from the state's Rebuild Illinois program, which lawmakers approved in 2019 and which has paid for work on more than 1,000 bridges. Projects that miss their deadlines go to the back of the line and may wait years for another chance, said Illinois Department of Transportation spokesman Eric Thole.

If the plans are approved, construction could begin in late summer and take about 14 months, meaning the bridge would not reopen until the fall of 2026 at the earliest.

Several residents told the council they were frustrated by the pace of the work. Shirley Moats, who lives two blocks from the bridge, said she had been asking the city to look at it for a decade.

"Every spring you could see more rust coming through the paint. Nobody listened until it was almost too late," she said.

City engineer Paul Ostrowski said the bridge had been inspected every two years, as federal rules require, and had been rated in fair condition as recently as 2022.

The council also voted 5-2 on Wednesday to raise the city's motor fuel tax by 2 cents a gallon starting July 1 to pay for the city's share of the project, estimated at $1.1 million. Council member Rick Baylor, who voted no, said residents were already struggling with higher prices and that the council should have looked for other money first.

The council's next meeting is April 16 at 6 p.m. at City Hall.
""", [
    ('April 30', 'DATE', '2025-04-30'),
    ('Wednesday', 'DATE', '2025-04-02'),
    ('1958', 'DATE', '1958'),
    ('last October', 'DATE', '2024-10'),
    ('a day', 'SET', 'P1D'),
    ('about 10 minutes', 'DURATION', 'PT10M'),
    ('January', 'DATE', '2025-01'),
    ('mid-April', 'DATE', '2025-04'),
    ('2019', 'DATE', '2019'),
    ('years', 'DURATION', 'PXY'),
    ('late summer', 'DATE', '2025-SU'),
    ('about 14 months', 'DURATION', 'P14M'),
    ('the fall of 2026', 'DATE', '2026-FA'),
    ('a decade', 'DURATION', 'P10Y|P1DE'),
    ('Every spring', 'SET', 'XXXX-SP'),
    ('every two years', 'SET', 'P2Y'),
    ('2022', 'DATE', '2022'),
    ('Wednesday', 'DATE', '2025-04-02'),
    ('July 1', 'DATE', '2025-07-01'),
    ('April 16 at 6 p.m.', 'TIME', '2025-04-16T18:00'),
]),
]
