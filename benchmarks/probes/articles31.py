# Gold TIMEX3 probe set 31: twelve US and UK regional and local news stories of 2003-2024 (city papers, county weeklies, regional TV and BBC local), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. US city paper, council budget (2003)
('2003-06-10', 'auto', """Council approves $412 million budget after marathon session

By Karen Holloway
State Journal Staff Writer

SPRINGFIELD, Ill. -- The Springfield City Council approved a $412 million spending plan early Tuesday, ending a standoff that had dragged on for nearly six weeks and threatened to leave the city without a budget on July 1.

The 7-3 vote came at about 1:15 a.m., after more than five hours of debate that began Monday evening. Aldermen said the final package closes a $9.6 million gap by freezing 40 vacant positions and delaying two road projects until next spring.

"Nobody got everything they wanted this year," Mayor Tom Keating said after the vote. "But we have a budget, and we have it on time."

The fiscal 2004 plan is 2.1 percent larger than the budget it replaces. Property owners will see no change in the city's tax rate, which has not gone up since 2000, although water and sewer fees will rise 6 percent starting in October.

Ward 5 Alderman Frank Kunz, who voted against the plan, said the council had "kicked the can down the road again." He noted that the city has drawn on its reserve fund every year since 2001 and that the fund has shrunk by about a third over the past two years.

Budget director Ellen Marsh told aldermen last week that sales-tax receipts for the first quarter came in 3 percent below projections, and that she expects another shortfall when April and May figures arrive later this month.

The city's police and fire unions, whose contracts expire June 30, had lobbied hard against the hiring freeze. Firefighters union president Dan Ruiz said Monday that his members would be watching staffing levels "very closely in the coming months."

Under the plan, the Clear Lake Avenue resurfacing, first proposed in 1999, slips to 2004, and repairs to the MacArthur Boulevard bridge move to the following year.

The council will hold a public hearing on the fee increases at 6 p.m. June 24 at the Municipal Center. A final vote is expected at the next regular meeting two weeks later.

Marsh said the city will begin posting monthly revenue reports on its Web site this summer so residents can track collections. "People deserve to see the numbers as they come in, not once a year in a thick binder," she said.

Keating, a former alderman, said he would name a citizens' committee by fall to look for longer-term savings.
""", [
    ('early Tuesday', 'DATE', '2003-06-10'),
    ('nearly six weeks', 'DURATION', 'P6W'),
    ('July 1', 'DATE', '2003-07-01'),
    ('about 1:15 a.m.', 'TIME', '2003-06-10T01:15'),
    ('more than five hours', 'DURATION', 'PT5H'),
    ('Monday evening', 'DATE|TIME', '2003-06-09TEV'),
    ('next spring', 'DATE', '2004-SP'),
    ('this year', 'DATE', '2003'),
    ('fiscal 2004', 'DATE', 'FY2004|2004'),
    ('2000', 'DATE', '2000'),
    ('October', 'DATE', '2003-10'),
    ('every year', 'SET', 'P1Y'),
    ('2001', 'DATE', '2001'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('last week', 'DATE', '2003-W23'),
    ('the first quarter', 'DATE', '2003-Q1'),
    ('April', 'DATE', '2003-04'),
    ('May', 'DATE', '2003-05'),
    ('later this month', 'DATE', '2003-06'),
    ('June 30', 'DATE', '2003-06-30'),
    ('Monday', 'DATE', '2003-06-09'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('1999', 'DATE', '1999'),
    ('2004', 'DATE', '2004'),
    ('the following year', 'DATE', '2005'),
    ('6 p.m. June 24', 'TIME', '2003-06-24T18:00'),
    ('two weeks later', 'DATE', '2003-07-08'),
    ('monthly', 'SET', 'P1M'),
    ('this summer', 'DATE', '2003-SU'),
    ('once a year', 'SET', 'P1Y'),
    ('fall', 'DATE', '2003-FA'),
]),
# 2. US county weekly, school calendar (2005)
('2005-08-04', 'auto', """School board approves earlier start, Thanksgiving week off

By Lisa Moreland
Courier Staff Writer

Students in Harlan County schools will return to class Wednesday, Aug. 10, nearly a week earlier than last year, under a calendar the Board of Education approved Monday night.

The calendar, adopted on a 4-1 vote, adds two days to the holiday break, which will run from Dec. 21 through Jan. 3, and makes May 25 the last day of classes, a full week before Memorial Day.

Superintendent Ray Dillard said the earlier start gives high school students more time to prepare for Advanced Placement exams, which will be given in early May. "We were losing two weeks of instruction every spring," Dillard said Tuesday.

Not everyone is pleased. About 60 parents signed a petition last month asking the board to push the first day back to Aug. 17, arguing that many families still take their vacations then and that older buildings without air conditioning become unbearable in a heat wave.

Parent Angela Cruz, who has three children at Harlan Middle School, said the district "keeps chipping away at family time."

"Ten years ago, we started after Labor Day," she said. "Now we're back in school before the county fair is over."

Dillard said the district has surveyed parents twice a year since 2003, and a majority favored an earlier schedule both times. He said the board would review attendance and test data from the fall before deciding whether to keep the new start date.

Board member Curtis Webb, who cast the lone no vote, said he would ask the board to revisit the question in January. "I'm not convinced we've heard from enough families," Webb said.

Under the new calendar, teachers report Monday, Aug. 8, for in-service training. Classes will also be out Oct. 10 through Oct. 14, and students will get a break the week of March 27. For the first time, students will have the entire Thanksgiving week off, a change Dillard said should cut down on absences that have plagued the district for years.

The first day of school is Aug. 10 for grades 1-12; kindergarten begins two days later. Registration for new students is open daily at the central office on Main Street through Friday.

Bus routes will be published in next week's edition of the Courier.
""", [
    ('Thanksgiving week', 'DATE', '2005-W47'),
    ('Wednesday, Aug. 10', 'DATE', '2005-08-10'),
    ('nearly a week', 'DURATION', 'P1W'),
    ('last year', 'DATE', '2004'),
    ('Monday night', 'DATE|TIME', '2005-08-01TNI'),
    ('two days', 'DURATION', 'P2D'),
    ('Dec. 21', 'DATE', '2005-12-21'),
    ('Jan. 3', 'DATE', '2006-01-03'),
    ('May 25', 'DATE', '2006-05-25'),
    ('a full week', 'DURATION', 'P1W'),
    ('Memorial Day', 'DATE', '2006-05-29'),
    ('early May', 'DATE', '2006-05'),
    ('two weeks', 'DURATION', 'P2W'),
    ('every spring', 'SET', 'XXXX-SP|P1Y'),
    ('Tuesday', 'DATE', '2005-08-02'),
    ('last month', 'DATE', '2005-07'),
    ('Aug. 17', 'DATE', '2005-08-17'),
    ('Ten years ago', 'DATE', '1995'),
    ('Labor Day', 'DATE', '1995-09-04'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('twice a year', 'SET', 'P1Y'),
    ('2003', 'DATE', '2003'),
    ('the fall', 'DATE', '2005-FA'),
    ('January', 'DATE', '2006-01'),
    ('Monday, Aug. 8', 'DATE', '2005-08-08'),
    ('Oct. 10', 'DATE', '2005-10-10'),
    ('Oct. 14', 'DATE', '2005-10-14'),
    ('the week of March 27', 'DATE', '2006-W13'),
    ('Thanksgiving week', 'DATE', '2005-W47'),
    ('years', 'DURATION', 'PXY'),
    ('Aug. 10', 'DATE', '2005-08-10'),
    ('two days later', 'DATE', '2005-08-12'),
    ('daily', 'SET', 'P1D'),
    ('Friday', 'DATE', '2005-08-05'),
    ("next week's", 'DATE', '2005-W32'),
]),
# 3. US regional TV station website, road closure (2008)
('2008-04-14', 'auto', """Howard Frankland Bridge lanes to close for three weekends

Posted: Monday, April 14, 2008 at 5:42 PM

TAMPA, Fla. -- Drivers heading north on Interstate 275 will lose two of three lanes on the Howard Frankland Bridge starting Friday night, the Florida Department of Transportation announced Monday.

The first closure runs from 9 p.m. Friday until 5 a.m. Monday, while crews replace 14 expansion joints that date to the bridge's opening in 1990. The same schedule will be repeated beginning April 25 and May 2, weather permitting.

FDOT spokeswoman Marla Bentley said the work was originally planned for last fall but was pushed back after bids came in over budget.

"We know this is the busiest commuter route in the region, and that's exactly why we're doing it when traffic is lightest," Bentley said.

About 150,000 vehicles cross the bridge daily, according to state figures, and traffic on the span has grown about 20 percent since 2000.

During the closures, the agency expects delays of up to 45 minutes on Saturday afternoons, when beach and shopping traffic peaks. Drivers are encouraged to use the Courtney Campbell Causeway or the Gandy Bridge instead. Message boards announcing the closures went up last week along I-275 and Interstate 4.

The joint replacement is part of a $4.2 million repair contract awarded in January, which also includes resurfacing the bridge approaches later this year. The entire project should be finished by the end of August, Bentley said.

The bridge last underwent major repairs from 2004 to 2005, when lane closures stretched over five months and backups regularly reached the Westshore exit.

Commuter Dana Whitfield, who drives from St. Petersburg to downtown Tampa five days a week, said she plans to leave an hour early while the work is under way.

"It's annoying, but I'd rather they fix it now than wait for something to break," she said.

FDOT will post updated closure information on its website each Thursday before a closure. Southbound lanes will not be affected, and the ramps to Westshore Boulevard will stay open throughout the work.
""", [
    ('three weekends', 'DURATION', 'P3WE'),
    ('Monday, April 14, 2008 at 5:42 PM', 'TIME', '2008-04-14T17:42'),
    ('Friday night', 'DATE|TIME', '2008-04-18TNI'),
    ('Monday', 'DATE', '2008-04-14'),
    ('9 p.m. Friday', 'TIME', '2008-04-18T21:00'),
    ('5 a.m. Monday', 'TIME', '2008-04-21T05:00'),
    ('1990', 'DATE', '1990'),
    ('April 25', 'DATE', '2008-04-25'),
    ('May 2', 'DATE', '2008-05-02'),
    ('last fall', 'DATE', '2007-FA'),
    ('daily', 'SET', 'P1D'),
    ('2000', 'DATE', '2000'),
    ('up to 45 minutes', 'DURATION', 'PT45M'),
    ('Saturday afternoons', 'SET', 'XXXX-WXX-6TAF'),
    ('last week', 'DATE', '2008-W15'),
    ('January', 'DATE', '2008-01'),
    ('later this year', 'DATE', '2008'),
    ('the end of August', 'DATE', '2008-08'),
    ('2004', 'DATE', '2004'),
    ('2005', 'DATE', '2005'),
    ('five months', 'DURATION', 'P5M'),
    ('five days a week', 'SET', 'P1W'),
    ('an hour', 'DURATION', 'PT1H'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('each Thursday', 'SET', 'XXXX-WXX-4'),
]),
# 4. BBC local news (Derby), court case (2010)
('2010-11-09', 'auto', """Derby care home manager jailed for stealing from residents

9 November 2010 Last updated at 14:27 GMT

A former care home manager who stole more than £38,000 from elderly residents over four years has been jailed.

Susan Pollard, 52, of Allestree, admitted 11 counts of theft at an earlier hearing at Derby Crown Court in September.

She was sentenced to two years and eight months in prison on Tuesday.

The court heard Pollard took money from the accounts of nine residents at Oakfield House in Mickleover between 2005 and 2009, while she was in charge of the home.

Prosecutor James Hollis said she used the cash to pay off credit card debts and to fund holidays abroad, including a fortnight in Florida in the summer of 2008.

The thefts came to light in March last year, when a newly appointed finance officer noticed a pattern of cash withdrawals from residents' savings accounts.

Pollard was suspended within days and dismissed a month later.

Sentencing her, Judge Jonathan Bennett said: "These were vulnerable people who trusted you completely. For four years you treated their savings as your own."

In mitigation, her barrister Claire Norton said Pollard had been under severe financial pressure since her divorce in 2004 and had already repaid about £6,000.

The daughter of one victim, who died in January, said the family had only learned the full extent of the theft last month.

"Mum was so proud of being able to look after herself. It breaks my heart that she was being robbed by someone she trusted," said Patricia Lowe.

Derbyshire Police said the investigation had taken 18 months and involved examining more than 2,000 bank transactions.

Det Con Mark Ellis said: "Families put their faith in care homes every day. Ms Pollard abused that trust in the worst possible way."

Oakfield House, which has been under new management since June, said it now carries out weekly audits of residents' accounts and no longer allows staff to handle cash.

The Care Quality Commission is due to inspect the home again early next year.

A confiscation hearing will be held on 14 January to decide how much Pollard must repay.
""", [
    ('9 November 2010', 'DATE', '2010-11-09'),
    ('14:27 GMT', 'TIME', '2010-11-09T14:27'),
    ('four years', 'DURATION', 'P4Y'),
    ('September', 'DATE', '2010-09'),
    ('two years and eight months', 'DURATION', 'P2Y8M'),
    ('Tuesday', 'DATE', '2010-11-09'),
    ('2005', 'DATE', '2005'),
    ('2009', 'DATE', '2009'),
    ('a fortnight', 'DURATION', 'P2W'),
    ('the summer of 2008', 'DATE', '2008-SU'),
    ('March last year', 'DATE', '2009-03'),
    ('days', 'DURATION', 'PXD'),
    ('a month later', 'DATE', '2009-04'),
    ('four years', 'DURATION', 'P4Y'),
    ('2004', 'DATE', '2004'),
    ('January', 'DATE', '2010-01'),
    ('last month', 'DATE', '2010-10'),
    ('18 months', 'DURATION', 'P18M'),
    ('every day', 'SET', 'P1D'),
    ('June', 'DATE', '2010-06'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('weekly', 'SET', 'P1W'),
    ('early next year', 'DATE', '2011'),
    ('14 January', 'DATE', '2011-01-14'),
]),
# 5. US city paper (Milwaukee), warehouse fire (2012)
('2012-01-27', 'auto', """Fire guts vacant North Side warehouse; arson suspected

By Derek Olson
Journal Sentinel staff

MILWAUKEE -- A four-alarm fire tore through a vacant warehouse on the city's north side late Thursday, sending up a column of smoke visible for miles and forcing the evacuation of about 30 nearby homes.

Firefighters were called to the three-story brick building on W. Capitol Drive at 10:48 p.m. and battled the blaze for nearly four hours in temperatures that dipped to 12 degrees. No one was hurt, though one firefighter was treated for exhaustion, Deputy Chief Ana Ruiz said Friday.

Ruiz said investigators had found evidence the fire was set deliberately and that it appeared to have started on the first floor shortly before 10:30 p.m.

It was the third fire at the property since October. The building has been empty since 2009, when the furniture distributor that occupied it went out of business, and the owner recently listed it for sale.

Neighbors said they had complained to the city for months about squatters and broken windows.

"I called about it twice last summer and again in December," said Lorraine Hicks, 64, who has lived across the street for 22 years. "Nobody did anything until it burned."

City records show the Department of Neighborhood Services issued a raze order for the building in November, but the owner, a Chicago-based holding company, appealed the order earlier this month. A hearing on the appeal had been scheduled for Feb. 9.

Ald. Darnell Price said Friday morning that he would ask the Common Council to speed up demolition of vacant commercial properties.

"We can't keep waiting years for these cases to wind their way through the system," Price said. "Somebody is going to get killed."

The city has demolished 112 vacant buildings in the past year, up from 74 in 2010, according to Neighborhood Services figures.

Crews remained at the scene Friday, dousing hot spots, and a section of Capitol Drive was expected to stay closed until Saturday afternoon while an engineer assessed the remaining walls.

The causes of the two earlier fires, in October and early December, remain under investigation. Ruiz said the department responds to about a dozen fires in vacant buildings each month.

Anyone with information about the fire is asked to call the department's arson unit.
""", [
    ('late Thursday', 'DATE', '2012-01-26'),
    ('10:48 p.m.', 'TIME', '2012-01-26T22:48'),
    ('nearly four hours', 'DURATION', 'PT4H'),
    ('Friday', 'DATE', '2012-01-27'),
    ('shortly before 10:30 p.m.', 'TIME', '2012-01-26T22:30'),
    ('October', 'DATE', '2011-10'),
    ('2009', 'DATE', '2009'),
    ('recently', 'DATE', 'PAST_REF'),
    ('months', 'DURATION', 'PXM'),
    ('last summer', 'DATE', '2011-SU'),
    ('December', 'DATE', '2011-12'),
    ('22 years', 'DURATION', 'P22Y'),
    ('November', 'DATE', '2011-11'),
    ('earlier this month', 'DATE', '2012-01'),
    ('Feb. 9', 'DATE', '2012-02-09'),
    ('Friday morning', 'DATE|TIME', '2012-01-27TMO'),
    ('years', 'DURATION', 'PXY'),
    ('the past year', 'DURATION', 'P1Y'),
    ('2010', 'DATE', '2010'),
    ('Friday', 'DATE', '2012-01-27'),
    ('Saturday afternoon', 'DATE|TIME', '2012-01-28TAF'),
    ('October', 'DATE', '2011-10'),
    ('early December', 'DATE', '2011-12'),
    ('each month', 'SET', 'P1M'),
]),
# 6. BBC local news (Hampshire), storm and floods (2014)
('2014-02-15', 'auto', """Hampshire storm: Thousands still without power after 80mph gusts

Thousands of homes in Hampshire are still without power after winds of up to 80mph swept across the county on Friday night.

Scottish and Southern Energy (SSE) said about 14,000 properties remained cut off at 09:00 GMT, down from a peak of 41,000 on Friday evening.

The company said it hoped to reconnect most customers by Sunday night but warned that some in rural areas could wait until Monday.

A man in his 70s was taken to hospital after a tree fell on his car near Lyndhurst in the New Forest at about 21:30 on Friday. His injuries are not thought to be life-threatening.

Network Rail said the line between Southampton and Bournemouth would remain closed until at least midday on Saturday while fallen trees were cleared.

Hampshire County Council said 120 roads had been blocked at one point on Friday and its highways teams had worked for 18 hours without a break.

Council leader Graham Royce said: "Our crews have been out almost every day for the past two months. They are exhausted, but they are still out there now."

It is the latest in a series of storms to hit the south coast since mid-December. Forecasters said January had been the wettest in parts of southern England since records began in 1910.

The Met Office has issued a yellow warning for rain for Sunday and Monday, with up to 40mm expected to fall on already saturated ground.

In Romsey, where the River Test burst its banks last week, residents have been told to prepare for further flooding over the weekend. Sandbags are being handed out from the town hall daily.

Romsey resident Jenny Marsh, 58, said her house had flooded on Christmas Eve and again a week later.

"We moved here 15 years ago and never saw anything like this until this winter," she said. "Every time it rains now, I can't sleep."

The Environment Agency said river levels on the Test were expected to peak on Tuesday. It has 12 flood warnings in place across Hampshire.

Anyone travelling this weekend is advised to check for road and rail disruption before setting out.
""", [
    ('Friday night', 'DATE|TIME', '2014-02-14TNI'),
    ('09:00 GMT', 'TIME', '2014-02-15T09:00'),
    ('Friday evening', 'DATE|TIME', '2014-02-14TEV'),
    ('Sunday night', 'DATE|TIME', '2014-02-16TNI'),
    ('Monday', 'DATE', '2014-02-17'),
    ('about 21:30 on Friday', 'TIME', '2014-02-14T21:30'),
    ('midday on Saturday', 'TIME', '2014-02-15T12:00'),
    ('Friday', 'DATE', '2014-02-14'),
    ('18 hours', 'DURATION', 'PT18H'),
    ('almost every day', 'SET', 'P1D'),
    ('the past two months', 'DURATION', 'P2M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('mid-December', 'DATE', '2013-12'),
    ('January', 'DATE', '2014-01'),
    ('1910', 'DATE', '1910'),
    ('Sunday', 'DATE', '2014-02-16'),
    ('Monday', 'DATE', '2014-02-17'),
    ('last week', 'DATE', '2014-W06'),
    ('the weekend', 'DATE', '2014-W07-WE'),
    ('daily', 'SET', 'P1D'),
    ('Christmas Eve', 'DATE', '2013-12-24'),
    ('a week later', 'DATE', '2013-12-31|2014-W01'),
    ('15 years ago', 'DATE', '1999'),
    ('this winter', 'DATE', '2013-WI|2014-WI'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Tuesday', 'DATE', '2014-02-18'),
    ('this weekend', 'DATE', '2014-W07-WE'),
]),
# 7. US county weekly (Vermont), local business opening (2016)
('2016-09-21', 'auto', """Brewery to open taproom in old Hyde Park mill

By Sarah Kimball
Gazette Correspondent

HYDE PARK -- After nearly three years of permits, renovations and one flooded basement, Green River Brewing Co. will open its taproom in the old Cady woolen mill on Saturday.

Owners Matt and Julie Desrochers said the 40-seat taproom will be open four days a week at first, with plans to add hours in the spring.

The couple bought the mill building in December 2013 for $185,000. The brick structure, built in 1872 to card and spin wool from local farms, had been empty since the late 1990s.

Matt Desrochers, 38, a former software tester, brewed beer at home for a decade before deciding to go professional. Julie Desrochers, 36, handles the business side.

Their original plan called for opening in the summer of 2015, but a burst pipe flooded the basement in February 2015, destroying about $60,000 worth of equipment.

"There were moments we thought about giving up," Julie Desrochers said Monday. "But the town has been behind us the whole way."

The Hyde Park Development Review Board approved the project in April after two hearings. Board chairman Ed Farnham said it was the first new business to open on Main Street in five years.

The brewery expects to produce about 600 barrels annually to start, Matt Desrochers said. The taproom will pour four beers at launch, including a maple porter and a pale ale named for the Lamoille River, and a food truck from Morrisville will park outside every Saturday.

A ribbon-cutting with the Lamoille Region Chamber of Commerce is set for 4 p.m. Friday, and the taproom opens to the public at noon the next day.

Chamber director Beth Ladd said the region has seen a wave of craft breweries in recent years, with at least six opening in Lamoille County since 2012. "People come up here for the skiing and the foliage, and now they stay an extra day for the beer," she said.

The Desrochers plan to hold a harvest party at the mill in October and hope to begin canning beer next year. They also want to restore the mill's original water wheel, which has not turned since the 1940s.

For now, Matt Desrochers said, he is focused on Saturday.

"We've been dreaming about this since we were in college," he said. "I still can't quite believe it's happening."
""", [
    ('nearly three years', 'DURATION', 'P3Y'),
    ('Saturday', 'DATE', '2016-09-24'),
    ('four days a week', 'SET', 'P1W'),
    ('the spring', 'DATE', '2017-SP'),
    ('December 2013', 'DATE', '2013-12'),
    ('1872', 'DATE', '1872'),
    ('the late 1990s', 'DATE', '199'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('the summer of 2015', 'DATE', '2015-SU'),
    ('February 2015', 'DATE', '2015-02'),
    ('Monday', 'DATE', '2016-09-19'),
    ('April', 'DATE', '2016-04'),
    ('five years', 'DURATION', 'P5Y'),
    ('annually', 'SET', 'P1Y'),
    ('every Saturday', 'SET', 'XXXX-WXX-6'),
    ('4 p.m. Friday', 'TIME', '2016-09-23T16:00'),
    ('noon the next day', 'TIME', '2016-09-24T12:00'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('2012', 'DATE', '2012'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('an extra day', 'DURATION', 'P1D'),
    ('October', 'DATE', '2016-10'),
    ('next year', 'DATE', '2017'),
    ('the 1940s', 'DATE', '194'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Saturday', 'DATE', '2016-09-24'),
]),
# 8. US regional TV station website (Iowa), festival (2017)
('2017-07-09', 'auto', """Heat, storm can't keep crowds away from Rib Fest

Posted: Sun 9:15 PM, Jul 09, 2017

DUBUQUE, Iowa -- Organizers of the Great River Rib Fest say this year's event drew the biggest crowds since the festival began in 2004, despite a thunderstorm that forced them to clear the grounds Saturday night.

About 62,000 people passed through the gates during the four-day festival, which wrapped up Sunday evening at the Port of Dubuque. That's up from 55,000 last year, organizers said.

Heat index values climbed into the upper 90s Thursday and Friday, and volunteers handed out more than 8,000 bottles of water at the gates. Paramedics treated 23 people for heat-related illness, none seriously.

Saturday's storm rolled in just after 8 p.m. with wind gusts near 50 mph. Organizers cleared the grounds for about 45 minutes, and the headline act, country singer Lacey Dawes, took the stage an hour late.

"We've been practicing our severe-weather plan for years, and tonight it worked exactly the way it was supposed to," festival director Kim Bauer said Saturday.

Twenty-two barbecue teams from eight states competed for $15,000 in prize money. Smokin' Hogs of Kansas City, which also won in 2015, took the top prize for its baby back ribs.

Bauer said the festival brings an estimated $3 million to downtown businesses each year, and many hotels along the riverfront were sold out for the weekend.

Dubuque police reported 11 arrests over the weekend, mostly for public intoxication, compared with 19 during the 2016 festival.

Not everything went smoothly. Several vendors ran out of food by mid-afternoon Saturday, and some visitors complained about lines of up to an hour at the main entrance on Friday evening.

"We'll look at adding a second gate," Bauer said. "That's the kind of problem you like to have, but we have to fix it."

Organizers will meet with city officials next month to review security and parking. Next year's festival is scheduled to begin July 12, 2018, and early-bird tickets go on sale in March.
""", [
    ('Sun 9:15 PM, Jul 09, 2017', 'TIME', '2017-07-09T21:15'),
    ("this year's", 'DATE', '2017'),
    ('2004', 'DATE', '2004'),
    ('Saturday night', 'DATE|TIME', '2017-07-08TNI'),
    ('four-day', 'DURATION', 'P4D'),
    ('Sunday evening', 'DATE|TIME', '2017-07-09TEV'),
    ('last year', 'DATE', '2016'),
    ('Thursday', 'DATE', '2017-07-06'),
    ('Friday', 'DATE', '2017-07-07'),
    ("Saturday's", 'DATE', '2017-07-08'),
    ('just after 8 p.m.', 'TIME', '2017-07-08T20:00'),
    ('about 45 minutes', 'DURATION', 'PT45M'),
    ('an hour', 'DURATION', 'PT1H'),
    ('years', 'DURATION', 'PXY'),
    ('tonight', 'DATE|TIME', '2017-07-08TNI'),
    ('Saturday', 'DATE', '2017-07-08'),
    ('2015', 'DATE', '2015'),
    ('each year', 'SET', 'P1Y'),
    ('the weekend', 'DATE', '2017-W27-WE'),
    ('the weekend', 'DATE', '2017-W27-WE'),
    ('2016', 'DATE', '2016'),
    ('mid-afternoon Saturday', 'DATE|TIME', '2017-07-08TAF'),
    ('up to an hour', 'DURATION', 'PT1H'),
    ('Friday evening', 'DATE|TIME', '2017-07-07TEV'),
    ('next month', 'DATE', '2017-08'),
    ("Next year's", 'DATE', '2018'),
    ('July 12, 2018', 'DATE', '2018-07-12'),
    ('March', 'DATE', '2018-03'),
]),
# 9. UK regional city paper, non-league football (2019)
('2019-03-25', 'auto', """Copley: Rovers can still make the play-offs

By Gareth Mills
Sports Reporter

Ashbridge Rovers manager Neil Copley believes his side can still reach the National League North play-offs after a 3-1 win at Kettering on Saturday stretched their unbeaten run to seven matches.

Rovers were 18th in the table in early January, just three points above the relegation zone, but have climbed to ninth and are now four points off the top seven with eight games to play.

"Three months ago people were talking about us going down," Copley said. "Now we've got nothing to lose and everybody wants to play."

Copley, 44, took over in October 2017 after the sacking of Phil Barden and signed a new two-year contract last month.

Striker Jordan Pike scored twice in the first 20 minutes at Latimer Park before Kettering pulled one back early in the second half. Substitute Tom Akers sealed the win in stoppage time.

Pike, who joined from Alfreton Town in the summer, has now scored in each of his last five league appearances and has 19 goals in all competitions.

Rovers host Chorley at Brook Lane on Tuesday at 19:45 before travelling to Spennymoor Town on Saturday.

Copley said he would rotate his squad on Tuesday, with four games in the next 12 days.

"We've got lads carrying knocks, and I'm not going to risk anybody," he said.

The club's revival on the pitch follows a difficult winter off it. Chairman Keith Wragg confirmed in December that the club had cleared a £400,000 debt owed to a former director, ending months of uncertainty.

Rovers were promoted to the sixth tier in 2015 and have finished in the bottom half in each of their three campaigns since.

Crowds at Brook Lane have risen by nearly 30% this term, with 2,412 watching the 1-0 win over Darlington on Boxing Day, the club's biggest league attendance in a decade.

The play-off places will be settled on 27 April, the final day of the regular season.

Tickets for Tuesday's game are available online and from the club shop, which is open daily.
""", [
    ('Saturday', 'DATE', '2019-03-23'),
    ('early January', 'DATE', '2019-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Three months ago', 'DATE', '2018-12'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('October 2017', 'DATE', '2017-10'),
    ('two-year', 'DURATION', 'P2Y'),
    ('last month', 'DATE', '2019-02'),
    ('the first 20 minutes', 'DURATION', 'PT20M'),
    ('the summer', 'DATE', '2018-SU'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Tuesday at 19:45', 'TIME', '2019-03-26T19:45'),
    ('Saturday', 'DATE', '2019-03-30'),
    ('Tuesday', 'DATE', '2019-03-26'),
    ('the next 12 days', 'DURATION', 'P12D'),
    ('winter', 'DATE', '2018-WI|2019-WI'),
    ('December', 'DATE', '2018-12'),
    ('months', 'DURATION', 'PXM'),
    ('2015', 'DATE', '2015'),
    ('Boxing Day', 'DATE', '2018-12-26'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('27 April', 'DATE', '2019-04-27'),
    ("Tuesday's", 'DATE', '2019-03-26'),
    ('daily', 'SET', 'P1D'),
]),
# 10. US city paper (Denver area), federal bribery sentencing (2021)
('2021-10-15', 'auto', """Former Aurora zoning official gets 4 years in bribery case

By Rachel Nguyen
Staff Writer

A former Aurora zoning official who took more than $90,000 in cash and gifts from developers was sentenced Thursday to four years in federal prison, closing a case that began with an anonymous tip nearly three years ago.

Gregory Lattimore, 57, pleaded guilty in June to one count of honest-services wire fraud. U.S. District Judge Marcia Kendrick also ordered him to pay $92,500 in restitution and to serve three years of supervised release after his prison term.

Prosecutors said Lattimore, who worked for the city for 19 years, accepted payments from three developers between 2015 and 2019 in exchange for speeding up permit reviews and overlooking code violations.

"He sold his office, over and over, for years," Assistant U.S. Attorney Paul Whitaker told the court.

Defense attorney Lena Ortiz asked for home confinement, citing her client's heart condition and noting that he had cooperated with investigators since his arrest in March 2020.

Kendrick rejected the request, saying a prison sentence was needed to deter other public employees from doing the same in the future. Lattimore must report to the Bureau of Prisons by Jan. 10.

Two of the developers have also been charged. One is scheduled to go to trial in February; the other pleaded guilty last month and will be sentenced Dec. 2.

The anonymous tip that started the investigation was sent to the FBI in December 2018, according to court records. Agents began recording Lattimore's conversations with one of the developers the following summer.

The case prompted Aurora to overhaul its permitting office. Since 2020, the city has required two supervisors to sign off on any major variance, and it now rotates inspectors among districts every six months.

City Manager Karen Sloane said in a statement Thursday that the city had "learned hard lessons over the past two years" and expects to finish a review of older permits approved by Lattimore in the coming weeks.

An outside audit released in the spring found no evidence that other employees were involved.

Lattimore, who spoke briefly before he was sentenced, apologized to his former colleagues and to residents.

"I think about what I did every day," he said. "I'm ashamed, and I'll be ashamed for the rest of my life."
""", [
    ('4 years', 'DURATION', 'P4Y'),
    ('Thursday', 'DATE', '2021-10-14'),
    ('four years', 'DURATION', 'P4Y'),
    ('nearly three years ago', 'DATE', '2018'),
    ('June', 'DATE', '2021-06'),
    ('three years', 'DURATION', 'P3Y'),
    ('19 years', 'DURATION', 'P19Y'),
    ('2015', 'DATE', '2015'),
    ('2019', 'DATE', '2019'),
    ('years', 'DURATION', 'PXY'),
    ('March 2020', 'DATE', '2020-03'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('Jan. 10', 'DATE', '2022-01-10'),
    ('February', 'DATE', '2022-02'),
    ('last month', 'DATE', '2021-09'),
    ('Dec. 2', 'DATE', '2021-12-02'),
    ('December 2018', 'DATE', '2018-12'),
    ('the following summer', 'DATE', '2019-SU'),
    ('2020', 'DATE', '2020'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every six months', 'SET', 'P6M'),
    ('Thursday', 'DATE', '2021-10-14'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('the spring', 'DATE', '2021-SP'),
    ('every day', 'SET', 'P1D'),
]),
# 11. BBC local news, county council budget (2023)
('2023-02-23', 'auto', """Wealdshire council tax to rise by 4.99% as £18m gap is plugged

Council tax bills in Wealdshire will rise by 4.99% from April after councillors approved a budget including £18m of savings.

The increase, agreed at a meeting on Wednesday evening, means a typical Band D household will pay an extra £76.

Council leader Martin Hale said the authority faced "the toughest financial position I have seen in 20 years in local government", blaming inflation, energy costs and growing demand for adult social care.

The council needs to save £18m over the next 12 months and a further £31m by 2026.

Proposals include closing the county's recycling centres one day a week, cutting subsidies for rural bus routes and dimming more street lights in residential areas.

Liberal Democrat group leader Anna Sykes said residents were "being asked to pay more for less".

"Two years ago this council told us the worst was over," she said. "Now we're told it's worse than ever. Families in this county cannot keep absorbing increases like this."

The budget was approved by 41 votes to 22 after a debate lasting more than four hours.

The union Unison said about 90 posts could go over the next two years, although the council said most would be vacancies rather than redundancies.

A decade ago the council employed about 6,000 people; it now has fewer than 4,500 staff.

The authority also raised council tax by the maximum allowed without a referendum last year, and bills have gone up every year since 2016.

In a report published earlier this month, the council's finance director warned that reserves could run out by March 2025 unless further savings were found.

Libraries will keep their existing opening hours until at least the autumn, when a review of the service is due to be completed. Mr Hale said no library would close while that review was under way.

A public consultation on the budget, held over six weeks in November and December, received about 3,200 responses, the council said.

The new rates will appear on bills sent out next month.
""", [
    ('April', 'DATE', '2023-04'),
    ('Wednesday evening', 'DATE|TIME', '2023-02-22TEV'),
    ('20 years', 'DURATION', 'P20Y'),
    ('the next 12 months', 'DURATION', 'P12M'),
    ('2026', 'DATE', '2026'),
    ('one day a week', 'SET', 'P1W'),
    ('Two years ago', 'DATE', '2021'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('more than four hours', 'DURATION', 'PT4H'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('A decade ago', 'DATE', '2013|201'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('last year', 'DATE', '2022'),
    ('every year', 'SET', 'P1Y'),
    ('2016', 'DATE', '2016'),
    ('earlier this month', 'DATE', '2023-02'),
    ('March 2025', 'DATE', '2025-03'),
    ('the autumn', 'DATE', '2023-FA'),
    ('six weeks', 'DURATION', 'P6W'),
    ('November', 'DATE', '2022-11'),
    ('December', 'DATE', '2022-12'),
    ('next month', 'DATE', '2023-03'),
]),
# 12. US regional TV station website (Erie, Pa.), lake-effect snowstorm (2024)
('2024-12-10', 'auto', """Lake-effect snow buries parts of Erie County; more on the way Thursday

ERIE, Pa. -- Crews across Erie County spent Tuesday digging out from a lake-effect storm that dumped more than 2 feet of snow on parts of the region over 36 hours, closing schools and stranding drivers on Interstate 90.

The National Weather Service said 27 inches fell in Harborcreek between Sunday afternoon and early Tuesday, with the heaviest snow coming Monday night.

The Erie School District and at least a dozen others canceled classes Monday and Tuesday. Erie schools will stay closed Wednesday, Superintendent Renee Clark said in a statement this afternoon.

PennDOT crews pre-treated highways Saturday, the day before the first flakes fell, and had about 60 plows working 12-hour shifts once the storm arrived. A 20-mile stretch of I-90 between Harborcreek and the New York line was closed for nearly seven hours Monday after several tractor-trailers jackknifed.

State police said troopers had responded to more than 140 crashes since Sunday, none of them fatal.

A second band of lake-effect snow is expected to set up late Wednesday night and could drop another 8 to 14 inches by Friday morning. The weather service has issued a lake-effect snow warning from 10 p.m. Wednesday until 7 a.m. Friday.

"Give yourself extra time tomorrow and Thursday, and if you don't have to be out, stay home," County Executive Lynn Mazur said at a briefing Tuesday morning.

Erie has already recorded 41 inches of snow since Nov. 1, well ahead of the normal pace, the weather service said. The storm still falls short of Christmas 2017, when more than 5 feet of snow fell on the city in two days.

The city has opened a warming center at the Martin Luther King Jr. Center on East 11th Street, which will stay open through the weekend.

Trash and recycling pickup, delayed a day this week, will resume Thursday, city officials said.

Residents who lose power are asked to report outages to Penelec and to check on elderly neighbors. Forecasters say temperatures will stay in the 20s through the end of the week.
""", [
    ('Thursday', 'DATE', '2024-12-12'),
    ('Tuesday', 'DATE', '2024-12-10'),
    ('36 hours', 'DURATION', 'PT36H'),
    ('Sunday afternoon', 'DATE|TIME', '2024-12-08TAF'),
    ('early Tuesday', 'DATE', '2024-12-10'),
    ('Monday night', 'DATE|TIME', '2024-12-09TNI'),
    ('Monday', 'DATE', '2024-12-09'),
    ('Tuesday', 'DATE', '2024-12-10'),
    ('Wednesday', 'DATE', '2024-12-11'),
    ('this afternoon', 'DATE|TIME', '2024-12-10TAF'),
    ('Saturday', 'DATE', '2024-12-07'),
    ('the day before', 'DATE', '2024-12-07'),
    ('12-hour', 'DURATION', 'PT12H'),
    ('nearly seven hours', 'DURATION', 'PT7H'),
    ('Monday', 'DATE', '2024-12-09'),
    ('Sunday', 'DATE', '2024-12-08'),
    ('late Wednesday night', 'DATE|TIME', '2024-12-11TNI'),
    ('Friday morning', 'DATE|TIME', '2024-12-13TMO'),
    ('10 p.m. Wednesday', 'TIME', '2024-12-11T22:00'),
    ('7 a.m. Friday', 'TIME', '2024-12-13T07:00'),
    ('tomorrow', 'DATE', '2024-12-11'),
    ('Thursday', 'DATE', '2024-12-12'),
    ('Tuesday morning', 'DATE|TIME', '2024-12-10TMO'),
    ('Nov. 1', 'DATE', '2024-11-01'),
    ('Christmas 2017', 'DATE', '2017-12-25'),
    ('two days', 'DURATION', 'P2D'),
    ('the weekend', 'DATE', '2024-W50-WE'),
    ('a day', 'DURATION', 'P1D'),
    ('this week', 'DATE', '2024-W50'),
    ('Thursday', 'DATE', '2024-12-12'),
    ('the end of the week', 'DATE', '2024-W50'),
]),
]
