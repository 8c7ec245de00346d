# Gold TIMEX3 probe set 38: twelve local and regional news articles of 1995-2024 in the styles of US city papers, UK regional papers, Canadian and Australian papers, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. US city paper (Ohio), city council / parks budget (1996)
('1996-04-11', 'auto', """City pools face the deep end

Council balks at plan to shut Linden, Westgate

By Karen Whitlock
Dispatch City Hall Reporter

Columbus City Council members said Wednesday they will not back a proposal to close two neighborhood swimming pools this summer, setting up a showdown with the Recreation and Parks Department over how to cover a $1.4 million shortfall.

Parks director Alan Reese told council's finance committee on Tuesday that the city could save about $310,000 annually by shutting the pools at Linden Park and Westgate Park. Both pools opened in the 1950s, and each needs about $500,000 in repairs, he said.

"We have been patching those pools every spring since 1988," Reese said. "At some point you stop putting money into something that's going to fail."

Councilman Jerry Hammond, who learned to swim at Linden in the 1960s, said the pools serve hundreds of children every day, many from families who cannot afford a trip out of town.

"For a lot of these kids, that pool is their vacation," Hammond said.

Attendance at Westgate has fallen 18 percent over the past five years, according to department figures, while Linden drew about 21,000 swimmers last summer.

The shortfall stems largely from weak income-tax collections in the first quarter, city Finance Director Marian Cole said. Collections in January, February and March ran 3 percent below projections, and Cole warned that the gap could widen if the trend continues into the fall. She said the city would have a clearer picture in the coming weeks.

It is the second time in three years the parks department has proposed closing pools. In 1994, council kept them open by delaying the purchase of new mowers for a year.

Council will hold a public hearing on the parks budget at 6 p.m. April 22 at City Hall, and a final vote is expected early next month. Under the city charter, the budget changes must be approved by June 1.

Reese said Thursday that he would meet with neighborhood groups next week and would consider reduced schedules or a delayed opening before giving up on the closings. The pools are scheduled to open May 25 and close after Labor Day.

"Nobody wants to be the guy who closed the pools," he said. "But nobody wants to raise fees either."
""", [
    ('Wednesday', 'DATE', '1996-04-10'),
    ('this summer', 'DATE', '1996-SU'),
    ('Tuesday', 'DATE', '1996-04-09'),
    ('annually', 'SET', 'P1Y'),
    ('the 1950s', 'DATE', '195'),
    ('every spring', 'SET', 'XXXX-SP'),
    ('1988', 'DATE', '1988'),
    ('the 1960s', 'DATE', '196'),
    ('every day', 'SET', 'P1D'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('last summer', 'DATE', '1995-SU'),
    ('the first quarter', 'DATE', '1996-Q1'),
    ('January', 'DATE', '1996-01'),
    ('February', 'DATE', '1996-02'),
    ('March', 'DATE', '1996-03'),
    ('the fall', 'DATE', '1996-FA'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('three years', 'DURATION', 'P3Y'),
    ('1994', 'DATE', '1994'),
    ('a year', 'DURATION', 'P1Y'),
    ('6 p.m. April 22', 'TIME', '1996-04-22T18:00'),
    ('early next month', 'DATE', '1996-05'),
    ('June 1', 'DATE', '1996-06-01'),
    ('Thursday', 'DATE', '1996-04-11'),
    ('next week', 'DATE', '1996-W16'),
    ('May 25', 'DATE', '1996-05-25'),
    ('Labor Day', 'DATE', '1996-09-02'),
]),

# 2. UK regional evening paper (Yorkshire), roadworks / bridge repair (2003)
('2003-09-15', 'auto', """Drivers warned of ten weeks of ring road misery

By Sarah Pickles
Transport Correspondent

MOTORISTS in north Leeds are being warned to expect long delays as work to replace a crumbling bridge on the outer ring road begins tonight.

Contractors will close one lane in each direction at the King Lane junction from 8pm, and the restrictions will stay in place for ten weeks, Leeds City Council said today.

The £2.3m scheme was originally due to start in the spring but was put back after objections from traders at Moortown Corner, who feared losing business in the run-up to Christmas.

Council highways chief Coun Martin Pryce said: "We listened to the traders and we moved the start date, but we cannot put this off any longer. The bridge was built in 1964 and engineers found serious corrosion in the bearings last autumn."

The road will be shut completely from 9pm on Friday, October 3, until 6am the following Monday while the old deck is lifted out. A second full closure is pencilled in for early November. Diversions will be signed via Stonegate Road and the A61.

The work is expected to be finished by the end of November, though Coun Pryce admitted the timetable depended on the weather. "If we get a wet October, all bets are off," he said.

About 48,000 vehicles use the stretch every day, according to council traffic counts. Bus operator First said it would add five minutes to journey times on the 7 and 36 services from tomorrow.

Moortown ward councillor Judith Ashby said residents had been left in the dark. "People found out about this from a leaflet that came through their doors on Friday. That is not good enough for something that will affect them for the next ten weeks."

Coun Pryce accepted that communication could have been better. "We will look again at how we consult people in the future," he said.

It is the second major bridge repair on the ring road in recent years. The Stainbeck Lane bridge was shut for six months in 2001, causing tailbacks of more than a mile.

A council spokesman said a drop-in session for residents would be held at Moortown Community Centre between 4pm and 7pm on Wednesday.

The council plans to inspect all 23 of its ring road bridges over the next five years.
""", [
    ('ten weeks', 'DURATION', 'P10W'),
    ('tonight', 'DATE|TIME', '2003-09-15TNI'),
    ('8pm', 'TIME', '2003-09-15T20:00'),
    ('ten weeks', 'DURATION', 'P10W'),
    ('today', 'DATE', '2003-09-15'),
    ('the spring', 'DATE', '2003-SP'),
    ('Christmas', 'DATE', '2003-12-25'),
    ('1964', 'DATE', '1964'),
    ('last autumn', 'DATE', '2002-FA'),
    ('9pm on Friday, October 3', 'TIME', '2003-10-03T21:00'),
    ('6am the following Monday', 'TIME', '2003-10-06T06:00'),
    ('early November', 'DATE', '2003-11'),
    ('the end of November', 'DATE', '2003-11'),
    ('October', 'DATE', '2003-10'),
    ('every day', 'SET', 'P1D'),
    ('five minutes', 'DURATION', 'PT5M'),
    ('tomorrow', 'DATE', '2003-09-16'),
    ('Friday', 'DATE', '2003-09-12'),
    ('the next ten weeks', 'DURATION', 'P10W'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('six months', 'DURATION', 'P6M'),
    ('2001', 'DATE', '2001'),
    ('4pm', 'TIME', '2003-09-17T16:00'),
    ('7pm on Wednesday', 'TIME', '2003-09-17T19:00'),
    ('the next five years', 'DURATION', 'P5Y'),
]),

# 3. Canadian prairie daily (Winnipeg), blizzard / school closures (2011)
('2011-01-20', 'auto', """Blizzard shuts highways, cancels classes across southern Manitoba

By Marc Tessier

WINNIPEG - A blizzard that roared across southern Manitoba overnight Wednesday closed highways, cancelled classes for about 40,000 students and left thousands of homes without power early today.

Environment Canada said winds gusting to 90 km/h and 25 centimetres of fresh snow cut visibility to near zero through the morning. The blizzard warning for the Red River Valley remained in effect late this afternoon and was expected to be lifted by Friday morning.

RCMP closed the Trans-Canada Highway between Winnipeg and Portage la Prairie at about 5:30 a.m. and shut Highway 75 south to the U.S. border about an hour later. Both were still closed at 3 p.m.

"Stay home. There is no appointment worth dying for," said RCMP Sgt. Denise Marchand, who said officers had pulled more than 30 vehicles out of ditches.

Manitoba Hydro said about 6,500 customers lost power at the height of the storm, most of them in the Steinbach and Morden areas. Crews had restored service to all but 900 by noon, and the utility expected everyone to be reconnected tonight.

The Winnipeg School Division, Pembina Trails and Seven Oaks all cancelled classes today, the first system-wide storm closure in the city since the blizzard of April 1997.

The city's public works department said its plows had been out since midnight clearing main routes. A residential parking ban will take effect at 7 a.m. Saturday, and a full residential plow is expected to take about five days.

Temperatures are expected to plunge to -35 C by the weekend, with wind chills near -45.

"We've had three big dumps since Christmas, and it's only January," said Ken Dueck, who spent two hours digging out his driveway in River Heights.

Winnipeg has received 112 centimetres of snow since November 1, nearly double the normal amount, according to Environment Canada. The city has not had this much snow so early since 1986.

Environment Canada meteorologist Rachel Gauthier said another system could bring more snow early next week. "People should not be putting the shovels away yet," she said.
""", [
    ('overnight Wednesday', 'DATE|TIME', '2011-01-19TNI'),
    ('early today', 'DATE', '2011-01-20'),
    ('the morning', 'DATE|TIME', '2011-01-20TMO'),
    ('late this afternoon', 'DATE|TIME', '2011-01-20TAF'),
    ('Friday morning', 'DATE|TIME', '2011-01-21TMO'),
    ('about 5:30 a.m.', 'TIME', '2011-01-20T05:30'),
    ('about an hour later', 'TIME', '2011-01-20T06:30'),
    ('3 p.m.', 'TIME', '2011-01-20T15:00'),
    ('noon', 'TIME', '2011-01-20T12:00'),
    ('tonight', 'DATE|TIME', '2011-01-20TNI'),
    ('today', 'DATE', '2011-01-20'),
    ('April 1997', 'DATE', '1997-04'),
    ('midnight', 'TIME', '2011-01-20T00:00|2011-01-19T24:00'),
    ('7 a.m. Saturday', 'TIME', '2011-01-22T07:00'),
    ('about five days', 'DURATION', 'P5D'),
    ('the weekend', 'DATE', '2011-W03-WE'),
    ('Christmas', 'DATE', '2010-12-25'),
    ('January', 'DATE', '2011-01'),
    ('two hours', 'DURATION', 'PT2H'),
    ('November 1', 'DATE', '2010-11-01'),
    ('1986', 'DATE', '1986'),
    ('early next week', 'DATE', '2011-W04'),
]),

# 4. Australian metropolitan tabloid (Brisbane), floods / school closures (2022)
('2022-02-28', 'auto', """Schools shut as south-east counts cost of record deluge

Jessica Hartley

MORE than 700 state schools across southeast Queensland will stay closed today and tomorrow as floodwaters continue to cut roads from Gympie to the Gold Coast.

Education Department director-general Michelle Kent said on Sunday the decision had been made to keep students and staff off dangerous roads.

"We will reassess the situation tomorrow afternoon and let families know by 6pm whether schools can reopen on Wednesday," she said.

The closures come just three weeks after students returned to classrooms on February 7, a fortnight later than planned because of the Omicron wave.

The Bureau of Meteorology said Brisbane had recorded 677mm of rain in the three days to 9am Sunday, more than half of what the city normally receives in a year.

The Brisbane River peaked at 3.85m at the City Gauge early this morning, below the 4.46m reached in January 2011 and well short of the 5.45m of 1974, but high enough to inundate low-lying homes in Rocklea, Milton and Oxley.

Emergency crews have carried out more than 500 swiftwater rescues in the past week, and police confirmed a seventh death on Sunday night.

Council's disaster recovery chair, Cr Peter Lindqvist, said about 15,000 homes and businesses had been affected. "The clean-up will take months, not weeks," he said.

Council will open registrations for volunteers at 8am tomorrow, and trucks will collect flood-damaged goods from kerbsides daily for the next two weeks.

Rocklea resident Tony Pham, 63, who also lost his home in 2011, said he had spent yesterday dragging sodden furniture onto the footpath.

"I told myself 11 years ago I'd never go through this again," he said. "Now here we are. You just start again."

Forecasters said showers would ease by Wednesday but warned a wet autumn was likely, with La Nina conditions expected to persist until at least May.
""", [
    ('today', 'DATE', '2022-02-28'),
    ('tomorrow', 'DATE', '2022-03-01'),
    ('Sunday', 'DATE', '2022-02-27'),
    ('tomorrow afternoon', 'DATE|TIME', '2022-03-01TAF'),
    ('6pm', 'TIME', '2022-03-01T18:00'),
    ('Wednesday', 'DATE', '2022-03-02'),
    ('three weeks', 'DURATION', 'P3W'),
    ('February 7', 'DATE', '2022-02-07'),
    ('a fortnight', 'DURATION', 'P2W'),
    ('the three days', 'DURATION', 'P3D'),
    ('9am Sunday', 'TIME', '2022-02-27T09:00'),
    ('a year', 'DURATION', 'P1Y'),
    ('early this morning', 'DATE|TIME', '2022-02-28TMO'),
    ('January 2011', 'DATE', '2011-01'),
    ('1974', 'DATE', '1974'),
    ('the past week', 'DURATION', 'P1W'),
    ('Sunday night', 'DATE|TIME', '2022-02-27TNI'),
    ('months', 'DURATION', 'PXM'),
    ('weeks', 'DURATION', 'PXW'),
    ('8am tomorrow', 'TIME', '2022-03-01T08:00'),
    ('daily', 'SET', 'P1D'),
    ('the next two weeks', 'DURATION', 'P2W'),
    ('2011', 'DATE', '2011'),
    ('yesterday', 'DATE', '2022-02-27'),
    ('11 years ago', 'DATE', '2011'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Wednesday', 'DATE', '2022-03-02'),
    ('autumn', 'DATE', '2022-FA'),
    ('May', 'DATE', '2022-05'),
]),

# 5. US city paper (Seattle), courts / hit-and-run sentencing (2008)
('2008-06-05', 'auto', """Driver gets 6 years in Ballard hit-and-run death

By Erin Kowalski
Seattle Times staff reporter

A Shoreline man who struck and killed a bicyclist in Ballard last fall and then drove away was sentenced Wednesday to six years in prison.

King County Superior Court Judge Ellen Marsh imposed the top of the standard range for vehicular homicide and hit-and-run after hearing from more than a dozen relatives and friends of the victim, Thomas Reyes, 34, a science teacher at Ballard High School.

Reyes was riding home along Leary Way Northwest at about 9:15 p.m. on Oct. 12 when he was hit by a pickup driven by Darren Ulrich, 27. Reyes died at Harborview Medical Center two days later.

Prosecutors said Ulrich, who had lost his job at a Fremont boatyard the day before, had been drinking at a bar for about four hours before the crash. He turned himself in three days later, accompanied by his attorney, too late for his blood-alcohol level to be tested.

"This was not an accident. It was a choice, made over and over again that night," Reyes' sister, Ana Reyes-Whitfield, told the court.

Ulrich pleaded guilty in March. His attorney, Mark Brandt, had asked for 41 months, citing his client's lack of a criminal record and his remorse.

Ulrich, who has been held in the King County Jail since his arrest in October, will receive credit for the nearly eight months he has already served. Marsh also ordered that his driver's license be revoked for 10 years after his release.

Reyes taught at Ballard for five years and coached the school's cross-country team every fall. Students held a candlelight vigil at the crash site on Oct. 19, and a ghost bike painted white still stands there.

Cycling advocates say 14 bicyclists have been killed on Seattle streets since 2005. The city has promised a protected bike lane on Leary Way by the end of next year.

Friends plan a memorial ride along Reyes' route at 7 p.m. Saturday, and Ballard High will dedicate a bench in his memory when school resumes in September.

Ulrich's mother, Karen, told the judge her son "thinks about that man every day."
""", [
    ('6 years', 'DURATION', 'P6Y'),
    ('last fall', 'DATE', '2007-FA'),
    ('Wednesday', 'DATE', '2008-06-04'),
    ('six years', 'DURATION', 'P6Y'),
    ('about 9:15 p.m. on Oct. 12', 'TIME', '2007-10-12T21:15'),
    ('two days later', 'DATE', '2007-10-14'),
    ('the day before', 'DATE', '2007-10-11'),
    ('about four hours', 'DURATION', 'PT4H'),
    ('three days later', 'DATE', '2007-10-15'),
    ('that night', 'DATE|TIME', '2007-10-12TNI'),
    ('March', 'DATE', '2008-03'),
    ('41 months', 'DURATION', 'P41M'),
    ('October', 'DATE', '2007-10'),
    ('nearly eight months', 'DURATION', 'P8M'),
    ('10 years', 'DURATION', 'P10Y'),
    ('five years', 'DURATION', 'P5Y'),
    ('every fall', 'SET', 'XXXX-FA'),
    ('Oct. 19', 'DATE', '2007-10-19'),
    ('2005', 'DATE', '2005'),
    ('the end of next year', 'DATE', '2009|2009-12'),
    ('7 p.m. Saturday', 'TIME', '2008-06-07T19:00'),
    ('September', 'DATE', '2008-09'),
    ('every day', 'SET', 'P1D'),
]),

# 6. UK regional evening paper (Greater Manchester), sports club / cricket pavilion fire (2019)
('2019-08-13', 'auto', """Cricket club back in business after pavilion blaze

By Laura Briggs

A Stockport cricket club whose pavilion was gutted by fire earlier this year will play at its own ground on Saturday for the first time in five months.

Heaton Mersey Cricket Club has spent the spring and summer playing 'home' fixtures at neighbouring grounds since the blaze on March 9 destroyed its changing rooms, bar and 140 years of records and photographs.

Greater Manchester Police said at the time that the fire was being treated as arson, but nobody has been charged.

Club chairman Phil Dawson, 58, said: "We honestly thought we might lose the club. We were founded in 1878 and we've played every summer since, through two world wars. The past few months have been the hardest in our history."

Rebuilding was made possible by an £85,000 grant from Sport England, announced in June, and more than £40,000 raised by members and local businesses. Volunteers have worked on the site every weekend since May.

The new modular pavilion was craned into place last Tuesday and was signed off by Stockport Council building inspectors yesterday.

Saturday's Cheshire County League match against Cheadle Hulme starts at 1pm, and the club will hold a family event from 11am on Sunday, with junior coaching, a barbecue and a display of the few photographs that survived the fire.

The junior section has grown from 30 children to more than 120 over the last decade, and coaches now run sessions three times a week.

"That's what kept us going," said junior coach Amira Shah. "The kids kept turning up at other clubs' grounds every Friday night, so we had to keep turning up too."

The club's insurance will cover about two-thirds of the £310,000 cost of the rebuild, but the payout is not expected until the end of the year.

On the field, the first XI sit fourth in the league with four games left, and the season ends on September 14.

Dawson said: "Five months ago we were standing in the car park watching the roof come in. On Saturday we'll be back where we belong."
""", [
    ('earlier this year', 'DATE', '2019'),
    ('Saturday', 'DATE', '2019-08-17'),
    ('five months', 'DURATION', 'P5M'),
    ('the spring', 'DATE', '2019-SP'),
    ('summer', 'DATE', '2019-SU'),
    ('March 9', 'DATE', '2019-03-09'),
    ('140 years', 'DURATION', 'P140Y'),
    ('1878', 'DATE', '1878'),
    ('every summer', 'SET', 'XXXX-SU'),
    ('The past few months', 'DURATION', 'PXM'),
    ('June', 'DATE', '2019-06'),
    ('every weekend', 'SET', 'XXXX-WXX-WE'),
    ('May', 'DATE', '2019-05'),
    ('last Tuesday', 'DATE', '2019-08-06'),
    ('yesterday', 'DATE', '2019-08-12'),
    ('Saturday', 'DATE', '2019-08-17'),
    ('1pm', 'TIME', '2019-08-17T13:00'),
    ('11am on Sunday', 'TIME', '2019-08-18T11:00'),
    ('the last decade', 'DURATION', 'P10Y|P1E'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('three times a week', 'SET', 'P1W'),
    ('every Friday night', 'SET', 'XXXX-WXX-5TNI'),
    ('the end of the year', 'DATE', '2019|2019-12'),
    ('September 14', 'DATE', '2019-09-14'),
    ('Five months ago', 'DATE', '2019-03'),
    ('Saturday', 'DATE', '2019-08-17'),
]),

# 7. Canadian Maritime daily (Nova Scotia), obituary (1999)
('1999-11-19', 'auto', """Lunenburg mourns its last schooner captain

By Heather Langille
Staff Reporter

LUNENBURG - Capt. Angus MacAulay, who sailed with the salt bankers out of this town when they still fished under canvas and later spent two decades telling visitors about them, died Wednesday at Fishermen's Memorial Hospital. He was 88.

Born in December 1910 in Blue Rocks, MacAulay went to sea as a boy of 14 and fished the Grand Banks aboard dory schooners through the 1930s. From 1941 to 1945 he served in the merchant navy, making 22 Atlantic crossings in convoy.

He returned to fishing after the war and in 1956 took command of the Theresa E. Connor, one of the last schooners to fish the Banks with dories. In July 1963 he was among the crew that sailed Bluenose II out of Lunenburg harbour on her first voyage.

MacAulay retired from the sea in 1976 and spent the next 20 years as a volunteer guide at the Fisheries Museum of the Atlantic, where he was known for his stories and his knots.

"He'd tell the same story three times a day and it was never the same story twice," said museum director Claire Hebb. "The visitors loved him."

A decade ago he led a campaign that raised $40,000 to restore the museum's collection of dories. He was named to the Order of Canada in 1994.

Until this past summer he still walked down to the waterfront every morning to check on the boats, said his daughter, Joan Zwicker of Halifax. He laid a wreath at the town cenotaph every Remembrance Day until failing eyesight kept him home last week.

"He never really came ashore," she said. "His body did, but not the rest of him."

His wife of 61 years, Margaret, died in March of last year. He is survived by three children, eight grandchildren and four great-grandchildren. MacAulay would have turned 89 next month.

Visitation will be at Mahone Funeral Home on Sunday evening. A funeral will be held at 2 p.m. Monday at St. John's Anglican Church, followed by burial at Hillcrest Cemetery.
""", [
    ('two decades', 'DURATION', 'P20Y|P2E'),
    ('Wednesday', 'DATE', '1999-11-17'),
    ('December 1910', 'DATE', '1910-12'),
    ('the 1930s', 'DATE', '193'),
    ('1941', 'DATE', '1941'),
    ('1945', 'DATE', '1945'),
    ('1956', 'DATE', '1956'),
    ('July 1963', 'DATE', '1963-07'),
    ('1976', 'DATE', '1976'),
    ('the next 20 years', 'DURATION', 'P20Y'),
    ('three times a day', 'SET', 'P1D'),
    ('A decade ago', 'DATE', '1989|198'),
    ('1994', 'DATE', '1994'),
    ('this past summer', 'DATE', '1999-SU'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO'),
    ('every Remembrance Day', 'SET', 'XXXX-11-11'),
    ('last week', 'DATE', '1999-W45'),
    ('61 years', 'DURATION', 'P61Y'),
    ('March of last year', 'DATE', '1998-03'),
    ('next month', 'DATE', '1999-12'),
    ('Sunday evening', 'DATE|TIME', '1999-11-21TEV'),
    ('2 p.m. Monday', 'TIME', '1999-11-22T14:00'),
]),

# 8. Australian metropolitan tabloid (Adelaide), festival / heatwave / road closures (2016)
('2016-03-04', 'auto', """Jazz festival organisers brace for a scorcher

Tom Mackenzie

ORGANISERS of the Glenelg Seafood and Jazz Festival say they are ready for the heat this weekend, with the Bureau of Meteorology forecasting 38C tomorrow and 36C on Sunday.

The free festival runs from 10am tomorrow until 9pm Sunday along Moseley Square and the foreshore, and is expected to draw about 60,000 people over the two days.

Festival director Rachel Nguyen, who was appointed last October, said extra shade, water stations and first aid tents had been added after last year's event, when 14 people were treated for heat exhaustion.

"We learned a lot from 2015. Nobody wants to see people carried out on stretchers," Ms Nguyen said.

The CFS has declared a total fire ban for the Adelaide Metropolitan district for Saturday, and organisers have scrapped the fireworks display that usually closes the festival.

Jetty Rd will be closed to traffic between Moseley Square and Gordon St from 6am Saturday until midnight Sunday, and trams will run every 10 minutes throughout the weekend.

The festival began in 2004 as a handful of food stalls on the lawns near the Town Hall and has been held every year since, except in 2011, when it was cancelled because of storm damage to the jetty.

Holdfast Bay council's economic development manager Luke Farrant said the festival was worth about $4 million to Jetty Rd traders each year. "It's the biggest thing on our calendar," he said.

Fish and chip shop owner Dimitri Kallos, who has had a stall at the festival since the first one, said he had ordered an extra 400kg of whiting. "I've been doing this for 12 years and the hot ones are always the busiest," he said.

The hot spell, Adelaide's fourth since December 1, is expected to break on Monday when a cool change brings showers and a top of 26C.

SA Ambulance Service urged festivalgoers to drink plenty of water, wear hats and seek shade wherever possible.

Ms Nguyen said planning for next year's festival would begin in May.
""", [
    ('this weekend', 'DATE', '2016-W09-WE'),
    ('tomorrow', 'DATE', '2016-03-05'),
    ('Sunday', 'DATE', '2016-03-06'),
    ('10am tomorrow', 'TIME', '2016-03-05T10:00'),
    ('9pm Sunday', 'TIME', '2016-03-06T21:00'),
    ('the two days', 'DURATION', 'P2D'),
    ('last October', 'DATE', '2015-10'),
    ('last year', 'DATE', '2015'),
    ('2015', 'DATE', '2015'),
    ('Saturday', 'DATE', '2016-03-05'),
    ('6am Saturday', 'TIME', '2016-03-05T06:00'),
    ('midnight Sunday', 'TIME', '2016-03-06T24:00|2016-03-07T00:00'),
    ('every 10 minutes', 'SET', 'PT10M'),
    ('the weekend', 'DATE', '2016-W09-WE'),
    ('2004', 'DATE', '2004'),
    ('every year', 'SET', 'P1Y'),
    ('2011', 'DATE', '2011'),
    ('each year', 'SET', 'P1Y'),
    ('12 years', 'DURATION', 'P12Y'),
    ('December 1', 'DATE', '2015-12-01'),
    ('Monday', 'DATE', '2016-03-07'),
    ('next year', 'DATE', '2017'),
    ('May', 'DATE', '2016-05'),
]),

# 9. US city paper (Denver), police / car thefts and arrests (2024)
('2024-05-22', 'auto', """Aurora police arrest 3 in string of Kia, Hyundai thefts

By Jordan Haskins
The Denver Post

AURORA - Police have arrested three people suspected in more than 40 thefts of Kia and Hyundai vehicles across east Aurora since February, the department said Tuesday.

The suspects, two 17-year-old boys and a 19-year-old man, were taken into custody early Sunday after a short pursuit that ended when the stolen Kia Optima they were in struck a curb on East Colfax Avenue, police spokesperson Lt. Maria Delgado said. No one was injured.

Officers first spotted the car near Chambers Road around 2:15 a.m. and followed it for about 10 minutes before the crash, Delgado said.

The 19-year-old, Marcus Lyle Dorsey, appeared in Arapahoe County District Court on Monday and is being held on a $25,000 bond. His next court date is June 4. The two teens are scheduled to appear in juvenile court Thursday.

Thefts of the two brands surged nationwide in 2022 after videos on social media showed how to start many older models with a USB cable. Aurora recorded about 2,900 motor vehicle thefts last year, down from nearly 3,600 in 2022, and thefts have dropped further recently.

"We've seen a real drop over the past six months, but this group alone was responsible for a big chunk of what was left in east Aurora," Delgado said. Detectives worked for weeks to link the suspects to the thefts using surveillance video and cellphone records.

Kia and Hyundai began offering a free anti-theft software upgrade in February 2023, but only about 60% of eligible vehicles in Colorado had received it as of April, according to the Colorado Auto Theft Prevention Authority.

The Aurora City Council set aside $250,000 in fiscal 2024 for steering-wheel locks, and police will hand out free locks to Kia and Hyundai owners from 10 a.m. to 2 p.m. Saturday at the District 1 station on East Colfax. The department plans to hold giveaways monthly through the end of the summer.

Owners who can't make it Saturday can call the department's non-emergency line to schedule a pickup, Delgado said.

"If you have one of these cars and you haven't gotten the update, please don't wait," she said. "We don't want you to be the next one."
""", [
    ('February', 'DATE', '2024-02'),
    ('Tuesday', 'DATE', '2024-05-21'),
    ('early Sunday', 'DATE', '2024-05-19'),
    ('around 2:15 a.m.', 'TIME', '2024-05-19T02:15'),
    ('about 10 minutes', 'DURATION', 'PT10M'),
    ('Monday', 'DATE', '2024-05-20'),
    ('June 4', 'DATE', '2024-06-04'),
    ('Thursday', 'DATE', '2024-05-23'),
    ('2022', 'DATE', '2022'),
    ('last year', 'DATE', '2023'),
    ('2022', 'DATE', '2022'),
    ('recently', 'DATE', 'PAST_REF'),
    ('the past six months', 'DURATION', 'P6M'),
    ('weeks', 'DURATION', 'PXW'),
    ('February 2023', 'DATE', '2023-02'),
    ('April', 'DATE', '2024-04'),
    ('fiscal 2024', 'DATE', 'FY2024|2024'),
    ('10 a.m.', 'TIME', '2024-05-25T10:00'),
    ('2 p.m. Saturday', 'TIME', '2024-05-25T14:00'),
    ('monthly', 'SET', 'P1M'),
    ('the end of the summer', 'DATE', '2024-SU'),
    ('Saturday', 'DATE', '2024-05-25'),
]),

# 10. UK regional daily (Bristol), schools / primary admissions deadline (2014)
('2014-01-08', 'auto', """Parents urged to beat deadline as city faces squeeze on school places

By Hannah Doyle
Education Reporter

PARENTS in Bristol have one week left to apply for a primary school place for their child, with the city council warning that demand in some parts of the city is higher than ever.

Applications for children starting reception class in September must be submitted by midnight on January 15, the council said yesterday.

Last year more than 400 children in Bristol were not offered any of their three preferred schools, and the council currently has fewer than 200 spare reception places across the whole city.

The number of births in Bristol has risen by almost a third since 2002, and the pressure that was first felt in nursery classes is now moving up into primary and secondary schools.

A new 420-place primary school in Southville will open in temporary classrooms in September and move into its permanent building in the spring of 2015.

Cabinet member for education Coun Clare Hollis said: "We have created more than 3,000 extra primary places over the past four years and we will need to create another 1,500 by 2017. That is a huge challenge while our budgets are being cut."

Council officers will present updated forecasts to the cabinet later this month.

Families will find out which school their child has been offered on April 16. Applications that arrive after the deadline will not be looked at until all on-time applications have been dealt with, which in practice means waiting until the summer.

The council's admissions team will run drop-in help sessions at the Central Library on Saturday morning and at Hartcliffe Library on Monday evening.

Sarah Tanner, whose son turns four in March, said: "We moved to Bishopston two years ago partly for the schools, and now we're being told we might not get into the one at the end of our road. I've been checking the catchment maps every week since October."

Secondary school offers, for which applications closed on October 31, will be sent out on March 3.
""", [
    ('one week', 'DURATION', 'P1W'),
    ('September', 'DATE', '2014-09'),
    ('midnight on January 15', 'TIME', '2014-01-15T24:00|2014-01-16T00:00'),
    ('yesterday', 'DATE', '2014-01-07'),
    ('Last year', 'DATE', '2013'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('2002', 'DATE', '2002'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('September', 'DATE', '2014-09'),
    ('the spring of 2015', 'DATE', '2015-SP'),
    ('the past four years', 'DURATION', 'P4Y'),
    ('2017', 'DATE', '2017'),
    ('later this month', 'DATE', '2014-01'),
    ('April 16', 'DATE', '2014-04-16'),
    ('the summer', 'DATE', '2014-SU'),
    ('Saturday morning', 'DATE|TIME', '2014-01-11TMO'),
    ('Monday evening', 'DATE|TIME', '2014-01-13TEV'),
    ('March', 'DATE', '2014-03'),
    ('two years ago', 'DATE', '2012'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every week', 'SET', 'P1W'),
    ('October', 'DATE', '2013-10'),
    ('October 31', 'DATE', '2013-10-31'),
    ('March 3', 'DATE', '2014-03-03'),
]),

# 11. Canadian metropolitan daily (Ottawa), city transit commission / LRT schedule (2017)
('2017-10-26', 'auto', """LRT still on track for 2018, transit boss insists

By Elise Caron

Ottawa's light-rail project remains on schedule to be handed over to the city by May 24, 2018, despite last year's Rideau Street sinkhole, the city's transportation chief told the transit commission Wednesday.

Transportation general manager Paul Lacroix said Rideau Transit Group, the consortium building the $2.1-billion Confederation Line, had finished testing 13 of its 34 trains and expects to have the rest through testing by the end of March.

"Right now, we're right where we need to be," Lacroix said. "I'm not going to stand here and say there are no risks, but the schedule is holding."

The sinkhole, which swallowed a lane of Rideau Street in June 2016, halted tunnelling for months and forced crews to work extra shifts to catch up. Testing will continue through the winter, Lacroix said.

Once the line is handed over, the city will spend about three months running trains without passengers before opening the system to the public, likely in the fall of 2018. OC Transpo will hold public consultations on its redesigned bus routes in November and December.

Not everyone on the commission was convinced. "We've been hearing 'on time and on budget' since 2012," said Coun. Marianne Dube. "I'll believe it when I'm riding it."

Under the contract, RTG would pay the city a $1-million penalty if it misses the May deadline.

The line, which has been under construction since 2013, will run 12.5 kilometres from Tunney's Pasture to Blair station, with 13 stations including three underground.

Council approved the $3.6-billion second stage of the project in March, and construction is scheduled to begin in 2019, with the first extensions opening in 2022 and 2023.

Meanwhile, OC Transpo ridership fell 2 per cent in the third quarter compared with the third quarter of 2016, which staff blamed partly on construction detours and partly on the rise of ride-hailing services.

Commissioners will get their next update on Nov. 15, and council will table the city's 2018 budget the same day.
""", [
    ('2018', 'DATE', '2018'),
    ('May 24, 2018', 'DATE', '2018-05-24'),
    ('last year', 'DATE', '2016'),
    ('Wednesday', 'DATE', '2017-10-25'),
    ('the end of March', 'DATE', '2018-03'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('June 2016', 'DATE', '2016-06'),
    ('months', 'DURATION', 'PXM'),
    ('the winter', 'DATE', '2017-WI'),
    ('about three months', 'DURATION', 'P3M'),
    ('the fall of 2018', 'DATE', '2018-FA'),
    ('November', 'DATE', '2017-11'),
    ('December', 'DATE', '2017-12'),
    ('2012', 'DATE', '2012'),
    ('May', 'DATE', '2018-05'),
    ('2013', 'DATE', '2013'),
    ('March', 'DATE', '2017-03'),
    ('2019', 'DATE', '2019'),
    ('2022', 'DATE', '2022'),
    ('2023', 'DATE', '2023'),
    ('the third quarter', 'DATE', '2017-Q3'),
    ('the third quarter of 2016', 'DATE', '2016-Q3'),
    ('Nov. 15', 'DATE', '2017-11-15'),
    ('2018', 'DATE', '2018'),
    ('the same day', 'DATE', '2017-11-15'),
]),

# 12. US city paper (Minneapolis), weather / heat wave (1995)
('1995-07-14', 'auto', """Heat index could top 115 as Twin Cities swelter

Relief not expected until Sunday

By Greg Lindahl
Staff Writer

The Twin Cities sweltered in record-setting heat again Thursday, and forecasters said there would be little relief before Sunday.

The temperature at Minneapolis-St. Paul International Airport reached 101 degrees at 4 p.m. Thursday, breaking a record of 98 that had stood since 1936. With dew points in the upper 70s, the National Weather Service said the heat index could reach 115 this afternoon.

A heat advisory will remain in effect until 9 p.m. Saturday.

Northern States Power said customers set a record for electricity use Wednesday afternoon, and the utility asked them to conserve power through the weekend by raising thermostats and holding off on laundry.

Minneapolis opened three cooling centers in community centers Thursday; they will stay open daily through Sunday. Officials urged residents to check on elderly neighbors at least twice a day.

The Hennepin County medical examiner's office said an 84-year-old man found in his south Minneapolis apartment Tuesday may have died of heat-related causes. The apartment had no air conditioning and the windows were closed, an investigator said.

Animal control officers have received more than 60 calls since Monday about dogs left in parked cars, and park officials said attendance at city beaches and pools had doubled this week.

"I've lived here 40 years and I don't remember anything like this," said Doris Engstrom, 71, who was sitting in the shade at Lake Nokomis with her grandchildren. "We used to just open the windows and sit on the porch."

Farmers are also worried. Corn planted late because of a wet spring is especially vulnerable to the heat, said University of Minnesota extension agronomist Paul Reinholt. "If this lasts another few days, we'll start to see real yield losses," he said.

The last time the Twin Cities had three straight days above 100 was in July 1936.

A cold front is expected to move through late Saturday night, bringing thunderstorms and highs in the low 80s by Monday.
""", [
    ('Sunday', 'DATE', '1995-07-16'),
    ('Thursday', 'DATE', '1995-07-13'),
    ('Sunday', 'DATE', '1995-07-16'),
    ('4 p.m. Thursday', 'TIME', '1995-07-13T16:00'),
    ('1936', 'DATE', '1936'),
    ('this afternoon', 'DATE|TIME', '1995-07-14TAF'),
    ('9 p.m. Saturday', 'TIME', '1995-07-15T21:00'),
    ('Wednesday afternoon', 'DATE|TIME', '1995-07-12TAF'),
    ('the weekend', 'DATE', '1995-W28-WE'),
    ('Thursday', 'DATE', '1995-07-13'),
    ('daily', 'SET', 'P1D'),
    ('Sunday', 'DATE', '1995-07-16'),
    ('twice a day', 'SET', 'P1D'),
    ('Tuesday', 'DATE', '1995-07-11'),
    ('Monday', 'DATE', '1995-07-10'),
    ('this week', 'DATE', '1995-W28'),
    ('40 years', 'DURATION', 'P40Y'),
    ('spring', 'DATE', '1995-SP'),
    ('another few days', 'DURATION', 'PXD'),
    ('three straight days', 'DURATION', 'P3D'),
    ('July 1936', 'DATE', '1936-07'),
    ('late Saturday night', 'DATE|TIME', '1995-07-15TNI'),
    ('Monday', 'DATE', '1995-07-17'),
]),
]
