# Gold TIMEX3 probe set 102: transport and travel news (airlines, airports, railways, strikes, roads, crashes, timetables), 1998-2025, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, regional airline pilots' strike vote (1998)
('1998-03-12', 'auto', """Pilots at Midstates Airways Vote to Authorize Strike

DETROIT (AP) -- Pilots at Midstates Airways have voted overwhelmingly to authorize a strike, their union said Thursday, raising the prospect of a walkout at the nation's ninth-largest carrier next month.

Of the 1,840 pilots who cast ballots, 97 percent backed the strike authorization, the Air Line Pilots Association said. Voting had been open for three weeks and closed at 5 p.m. Wednesday.

The union and the airline have been negotiating for nearly two years over pay, pensions and the use of small regional jets flown by lower-paid crews. The pilots' previous contract became amendable in April 1996.

Under federal labor law, the union cannot strike until the National Mediation Board releases the two sides from mediation and a 30-day cooling-off period expires. Union officials said they would ask the board to declare an impasse next week, which means a walkout could not begin before mid-April.

"Nobody wants a strike, least of all heading into spring," said Capt. Dale Herrick, chairman of the pilots' bargaining committee. "But our members have been patient, and today they told us that patience has run out."

Midstates spokeswoman Karen Ostrowski said the vote was "not unexpected" and that the carrier remained committed to reaching an agreement at the bargaining table. Talks are scheduled to resume in Washington on Monday and continue through March 20, she said.

The airline, which operates about 640 daily flights from hubs in Detroit and Indianapolis, said it would publish contingency schedules within the next 10 days so that passengers can rebook if necessary.

Analysts said a prolonged strike could cost Midstates as much as $20 million a day. The carrier earned $112 million in 1997, its best result since it was founded in 1969, but labor costs have risen sharply over the past three years.

A strike would be the first at Midstates since a 23-day walkout by mechanics in the summer of 1991, which stranded tens of thousands of travelers.

Travel agents in Detroit reported a rush of calls Thursday morning from customers booked to fly in April. "People want to know whether they should switch airlines now," said Linda Marchetti of Wayne County Travel.

The pilots' union said it would begin informational picketing at Detroit Metropolitan Airport and would be out in front of the terminal every Friday until a contract is signed.
""", [
    ('Thursday', 'DATE', '1998-03-12'),
    ('next month', 'DATE', '1998-04'),
    ('three weeks', 'DURATION', 'P3W'),
    ('5 p.m. Wednesday', 'TIME', '1998-03-11T17:00'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('April 1996', 'DATE', '1996-04'),
    ('30-day', 'DURATION', 'P30D'),
    ('next week', 'DATE', '1998-W12'),
    ('mid-April', 'DATE', '1998-04'),
    ('spring', 'DATE', '1998-SP'),
    ('today', 'DATE', '1998-03-12'),
    ('Monday', 'DATE', '1998-03-16'),
    ('March 20', 'DATE', '1998-03-20'),
    ('daily', 'SET', 'P1D'),
    ('the next 10 days', 'DURATION', 'P10D'),
    ('a day', 'SET', 'P1D'),
    ('1997', 'DATE', '1997'),
    ('1969', 'DATE', '1969'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('23-day', 'DURATION', 'P23D'),
    ('the summer of 1991', 'DATE', '1991-SU'),
    ('Thursday morning', 'DATE|TIME', '1998-03-12TMO'),
    ('April', 'DATE', '1998-04'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every Friday', 'SET', 'XXXX-WXX-5'),
]),
# 2. Reuters, Scandinavian airline cuts after the September 11 attacks (2001)
('2001-10-18', 'auto', """Nordavia to cut 12 pct of flights, shed 900 jobs

STOCKHOLM, Oct 18 (Reuters) - Scandinavian carrier Nordavia said on Thursday it would cut 12 percent of its flights and shed about 900 jobs this winter as bookings slumped in the wake of the September 11 attacks on the United States.

The airline, which posted a third-quarter pretax loss of 410 million crowns, said it would ground eight of its 61 aircraft from November 1 and suspend its daily service to Newark until at least the end of March.

"The market has changed fundamentally over the past five weeks," chief executive Lars Engqvist told a news conference. "We do not expect demand on the North Atlantic to recover before the summer of 2002."

Nordavia shares, which have lost nearly half their value since early September, were down 6.3 percent at 48.20 crowns by 1130 GMT, underperforming a flat Stockholm market.

The company said passenger traffic fell 14 percent in September from a year earlier, and forward bookings for the fourth quarter were running about 20 percent below last year's levels.

Engqvist said the job cuts, roughly one in ten positions, would be completed by the end of the first quarter. Talks with the unions are due to start on Monday.

Nordavia also withdrew the profit forecast it made in August and said it now expected a loss for 2001. It has not posted a loss since 1993.

Analysts said the cuts mirrored moves by larger European rivals in recent weeks.

"They are doing what everyone else is doing - parking planes and hoping for a quick recovery," said Per Lindahl, an analyst at Handelsbanken Markets in Stockholm. "The question is whether this downturn lasts six months or two years."

The carrier said its insurance bill had risen by about 30 million crowns a month since the attacks, after insurers cancelled war-risk cover at seven days' notice.

Nordavia will publish its revised winter timetable next week. It will take effect on October 28 as planned, the company said, with further reductions possible in January.

(Reporting by Anna Ringstrom; Editing by Mark Potter)
""", [
    ('Oct 18', 'DATE', '2001-10-18'),
    ('Thursday', 'DATE', '2001-10-18'),
    ('this winter', 'DATE', '2001-WI'),
    ('September 11', 'DATE', '2001-09-11'),
    ('third-quarter', 'DATE', '2001-Q3'),
    ('November 1', 'DATE', '2001-11-01'),
    ('daily', 'SET', 'P1D'),
    ('the end of March', 'DATE', '2002-03'),
    ('the past five weeks', 'DURATION', 'P5W'),
    ('the summer of 2002', 'DATE', '2002-SU'),
    ('early September', 'DATE', '2001-09'),
    ('1130 GMT', 'TIME', '2001-10-18T11:30'),
    ('September', 'DATE', '2001-09'),
    ('a year earlier', 'DATE', '2000-09'),
    ('the fourth quarter', 'DATE', '2001-Q4'),
    ('last year', 'DATE', '2000'),
    ('the end of the first quarter', 'DATE', '2002-Q1'),
    ('Monday', 'DATE', '2001-10-22'),
    ('August', 'DATE', '2001-08'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2001', 'DATE', '2001'),
    ('1993', 'DATE', '1993'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('six months', 'DURATION', 'P6M'),
    ('two years', 'DURATION', 'P2Y'),
    ('a month', 'SET', 'P1M'),
    ('seven days', 'DURATION', 'P7D'),
    ('winter', 'DATE', '2001-WI'),
    ('next week', 'DATE', '2001-W43'),
    ('October 28', 'DATE', '2001-10-28'),
    ('January', 'DATE', '2002-01'),
]),
# 3. BBC, bypass road scheme approved after public inquiry (2003)
('2003-06-05', 'auto', """Go-ahead for town bypass after decade of delays

A long-awaited bypass around the Northamptonshire market town of Kelmarsh Cross has been given the go-ahead, more than 10 years after it was first proposed.

The Department for Transport said on Thursday that work on the 4.2-mile (6.8km) road would start in the spring of 2004, with the route due to open to traffic by late 2006.

Residents have campaigned since the early 1990s for relief from the lorries that rumble through the town centre. Traffic counts show about 18,000 vehicles a day using the narrow High Street, a quarter of them heavy goods vehicles.

A public inquiry into the £48m scheme sat for 11 weeks last year, and the inspector's report was sent to ministers in January.

Councillor Ann Whitby, who has lived on the High Street for 30 years, said: "People here have waited long enough for this. Right now you take your life in your hands crossing the road to the post office."

The scheme was dropped from the national roads programme in 1997 following a review by the incoming Labour government, and revived in 2000 as part of the 10-year transport plan.

The Highways Agency said contracts would be put out to tender this autumn and that construction was expected to take about 30 months. Some preparatory work, including archaeological digs along the route, could begin before Christmas.

But campaigners who oppose the road say it will slice through ancient water meadows east of the town and have vowed to fight on. The Save Kelmarsh Meadows group has until 10 July to apply for a judicial review.

"We are disappointed but not surprised," said the group's chairman, Peter Loveday. "We will be meeting our lawyers next week and we are confident we have a strong case."

Friends of the Earth said the decision, the third road scheme approved in the past month, showed ministers had "abandoned any pretence" of tackling traffic growth.

The county council will hold a public exhibition of the final route at the town hall on 21 June. Officials will also be available at the library every Wednesday afternoon over the summer to answer questions.
""", [
    ('decade', 'DURATION', 'P10Y|P1DE'),
    ('more than 10 years', 'DURATION', 'P10Y'),
    ('Thursday', 'DATE', '2003-06-05'),
    ('the spring of 2004', 'DATE', '2004-SP'),
    ('late 2006', 'DATE', '2006'),
    ('the early 1990s', 'DATE', '199'),
    ('a day', 'SET', 'P1D'),
    ('11 weeks', 'DURATION', 'P11W'),
    ('last year', 'DATE', '2002'),
    ('January', 'DATE', '2003-01'),
    ('30 years', 'DURATION', 'P30Y'),
    ('Right now', 'DATE', 'PRESENT_REF'),
    ('1997', 'DATE', '1997'),
    ('2000', 'DATE', '2000'),
    ('10-year', 'DURATION', 'P10Y'),
    ('this autumn', 'DATE', '2003-FA'),
    ('about 30 months', 'DURATION', 'P30M'),
    ('Christmas', 'DATE', '2003-12-25'),
    ('10 July', 'DATE', '2003-07-10'),
    ('next week', 'DATE', '2003-W24'),
    ('the past month', 'DATE|DURATION', 'P1M|2003-05'),
    ('21 June', 'DATE', '2003-06-21'),
    ('every Wednesday afternoon', 'SET', 'XXXX-WXX-3TAF'),
    ('the summer', 'DATE', '2003-SU'),
]),
# 4. Local paper, commuter rail timetable change (2005)
('2005-09-02', 'auto', """New commuter timetable means earlier trains, longer waits at Millbrook

By SARAH JENNINGS
Courier Staff Writer

Commuters who catch the train at Millbrook station will have to set their alarms a little earlier starting the week after next.

Valley Transit Authority's new fall timetable, which takes effect Monday, Sept. 12, moves the earliest departure to Center City from 5:52 a.m. to 5:34 a.m. and drops the 9:15 a.m. train altogether, leaving a gap of almost two hours between trains.

Transit officials say the changes are needed to make room for repairs to the Hollis Creek bridge, which will close one of the line's two tracks for at least 18 months.

"We know nobody likes to see a train disappear from the schedule," authority spokesman Ray Donnelly said Wednesday. "But this bridge was built in 1911, and the work can't wait any longer."

The train being dropped has been one of the quieter ones on the line, carrying an average of 140 riders a day this spring, compared with more than 600 on the 7:48 a.m. express, according to figures the authority released last month.

That is little comfort to riders such as Denise Albrecht, a nurse who works the 10 a.m. shift at St. Luke's Hospital three days a week. "Now I either get there with 90 minutes to spare or I'm late," she said.

Service on weekends will also change. On Saturdays, trains will run every 90 minutes instead of hourly, and the last train from Center City on Sundays will leave at 10:40 p.m., about an hour before the current last departure.

Service during peak commuting hours will be largely unchanged, officials said.

The authority held two public hearings on the proposals in July, and about 80 people attended. Several asked whether buses could fill the gap left by the dropped train. Donnelly said the authority was studying the idea and expected to decide by the end of October.

The bridge project, budgeted at $23 million, is scheduled to finish in the spring of 2007. The old timetable would return then, officials said, although they cautioned that ridership is reviewed annually and that could bring other changes.

Copies of the new timetable are available at the station ticket office and at the Millbrook Public Library. The authority's customer service line is staffed every day from 6 a.m. to 8 p.m.
""", [
    ('the week after next', 'DATE', '2005-W37'),
    ('fall', 'DATE', '2005-FA'),
    ('Monday, Sept. 12', 'DATE', '2005-09-12'),
    ('5:52 a.m.', 'TIME', 'XXXX-XX-XXT05:52|T05:52'),
    ('5:34 a.m.', 'TIME', 'XXXX-XX-XXT05:34|T05:34'),
    ('9:15 a.m.', 'TIME', 'XXXX-XX-XXT09:15|T09:15'),
    ('almost two hours', 'DURATION', 'PT2H'),
    ('at least 18 months', 'DURATION', 'P18M'),
    ('Wednesday', 'DATE', '2005-08-31'),
    ('1911', 'DATE', '1911'),
    ('a day', 'SET', 'P1D'),
    ('this spring', 'DATE', '2005-SP'),
    ('7:48 a.m.', 'TIME', 'XXXX-XX-XXT07:48|T07:48'),
    ('last month', 'DATE', '2005-08'),
    ('10 a.m.', 'TIME', 'XXXX-XX-XXT10:00|T10:00'),
    ('three days a week', 'SET', 'P1W'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('90 minutes', 'DURATION', 'PT90M'),
    ('weekends', 'SET', 'XXXX-WXX-WE'),
    ('Saturdays', 'SET', 'XXXX-WXX-6'),
    ('every 90 minutes', 'SET', 'PT90M'),
    ('hourly', 'SET', 'PT1H'),
    ('Sundays', 'SET', 'XXXX-WXX-7'),
    ('10:40 p.m.', 'TIME', 'XXXX-XX-XXT22:40|T22:40'),
    ('about an hour', 'DURATION', 'PT1H'),
    ('July', 'DATE', '2005-07'),
    ('the end of October', 'DATE', '2005-10'),
    ('the spring of 2007', 'DATE', '2007-SP'),
    ('annually', 'SET', 'P1Y'),
    ('every day', 'SET', 'P1D'),
    ('6 a.m.', 'TIME', 'XXXX-XX-XXT06:00|T06:00'),
    ('8 p.m.', 'TIME', 'XXXX-XX-XXT20:00|T20:00'),
]),
# 5. Bloomberg, airline quarterly loss and capacity cuts amid record fuel prices (2008)
('2008-07-24', 'auto', """Pacifica Air Posts Loss, Cuts Capacity as Fuel Costs Soar

July 24 (Bloomberg) -- Pacifica Air Group Inc., the fifth-largest U.S. carrier, reported its biggest loss in six years and said it will cut domestic capacity by as much as 14 percent after Labor Day as record jet-fuel prices overwhelm fare increases.

The second-quarter net loss was $312 million, or $2.87 a share, compared with profit of $94 million, or 86 cents, a year earlier, the Seattle-based airline said today in a statement. Sales rose 6.1 percent to $2.41 billion.

Fuel expenses jumped 71 percent to $1.02 billion in the period, as crude oil touched a record $147.27 a barrel on July 11. Pacifica said it now expects to pay an average of $3.90 a gallon for jet fuel this year, up from a forecast of $3.05 it issued in April.

"We are operating in the most difficult environment this industry has faced since 2001," Chief Executive Officer Martin Cole said on a conference call with analysts. "Every airline is going to be smaller next year, and we intend to get there first."

Pacifica will retire 24 of its oldest MD-80 jets by the end of the year and eliminate about 2,100 jobs, mostly through voluntary buyouts. It will stop flying to five cities, including Boise, Idaho, and Fresno, California, starting Sept. 3.

The shares rose 48 cents, or 7.2 percent, to $7.15 at 4 p.m. in New York Stock Exchange composite trading. They had fallen 64 percent this year before today.

Analysts had expected a loss of $2.64 a share, the average of 11 estimates in a Bloomberg survey.

The carrier ended the quarter with $1.7 billion in unrestricted cash and said it had raised an additional $400 million since June 30 through aircraft sale-leaseback agreements. Cole said the company had no plans to seek bankruptcy protection.

U.S. airlines have announced capacity cuts totaling more than 10 percent for the fourth quarter, the deepest reductions since late 2001. At least eight smaller carriers have halted service since January.

Pacifica also said it will begin charging $15 for the first checked bag on domestic tickets purchased on or after Aug. 1, following similar moves by larger rivals in recent weeks. The fee is expected to generate about $120 million a year.

To contact the reporter on this story: Ellen Hartley in Dallas.
""", [
    ('July 24', 'DATE', '2008-07-24'),
    ('six years', 'DURATION', 'P6Y'),
    ('Labor Day', 'DATE', '2008-09-01'),
    ('second-quarter', 'DATE', '2008-Q2'),
    ('a year earlier', 'DATE', '2007-Q2'),
    ('today', 'DATE', '2008-07-24'),
    ('July 11', 'DATE', '2008-07-11'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this year', 'DATE', '2008'),
    ('April', 'DATE', '2008-04'),
    ('2001', 'DATE', '2001'),
    ('next year', 'DATE', '2009'),
    ('the end of the year', 'DATE', '2008'),
    ('Sept. 3', 'DATE', '2008-09-03'),
    ('4 p.m.', 'TIME', '2008-07-24T16:00'),
    ('this year', 'DATE', '2008'),
    ('today', 'DATE', '2008-07-24'),
    ('the quarter', 'DATE', '2008-Q2'),
    ('June 30', 'DATE', '2008-06-30'),
    ('the fourth quarter', 'DATE', '2008-Q4'),
    ('late 2001', 'DATE', '2001'),
    ('January', 'DATE', '2008-01'),
    ('Aug. 1', 'DATE', '2008-08-01'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('a year', 'SET', 'P1Y'),
]),
# 6. Trade press, regional rail franchise takeover and December timetable change (2010)
('2010-11-16', 'auto', """RAIL TECHNOLOGY REVIEW

Half-hourly trains and faster journeys as Hellweg network changes hands

By Thomas Kerner

Passengers on the Hellweg regional network in North Rhine-Westphalia will see the biggest timetable change in more than 20 years next month, when Westfalen Regio takes over from incumbent operator DB Regio.

The handover coincides with the Europe-wide timetable change, which this year falls on Sunday December 12. Westfalen Regio won the 15-year contract from the regional transport authority in March 2008, beating three other bidders.

Trains will run every 30 minutes between Dortmund and Soest, replacing the current hourly pattern, with the first departure from Dortmund at 04.47. Journey times between Dortmund and Paderborn will fall by 11 minutes to 79 minutes, thanks largely to the faster acceleration of the new fleet.

That fleet consists of 28 electric multiple units built by Stadler. The first units were delivered in February and have covered more than 150,000 km in test running since then. Driver training began in the summer and is due to be completed by the end of this month.

Managing director Claudia Vetter told RTR last week that recruitment had been the biggest risk in the mobilisation programme. "A year ago we had 40 drivers. Now we have 162, which gives us a reserve of around 10%," she said.

Vetter acknowledged that the start of operations would be demanding, particularly if the heavy snow of last winter returns. The company has hired additional depot staff at Dortmund and will keep two spare units on standby every night during December and January.

DB Regio has operated the network since 1996. Its contract expires on December 11, and the two operators have been running joint rehearsals of the overnight handover for several weeks.

The transport authority expects ridership to grow by 25% within five years as a result of the improved service. Punctuality and cancellation figures for the new operator will be published monthly, and the contract includes penalty payments if punctuality falls below 94%.

A second phase, adding a through service to Kassel every two hours, is planned for December 2012, subject to the completion of platform works at Warburg.
""", [
    ('Half-hourly', 'SET', 'PT30M'),
    ('more than 20 years', 'DURATION', 'P20Y'),
    ('next month', 'DATE', '2010-12'),
    ('this year', 'DATE', '2010'),
    ('Sunday December 12', 'DATE', '2010-12-12'),
    ('15-year', 'DURATION', 'P15Y'),
    ('March 2008', 'DATE', '2008-03'),
    ('every 30 minutes', 'SET', 'PT30M'),
    ('hourly', 'SET', 'PT1H'),
    ('04.47', 'TIME', 'XXXX-XX-XXT04:47|T04:47'),
    ('11 minutes', 'DURATION', 'PT11M'),
    ('79 minutes', 'DURATION', 'PT79M'),
    ('February', 'DATE', '2010-02'),
    ('the summer', 'DATE', '2010-SU'),
    ('the end of this month', 'DATE', '2010-11'),
    ('last week', 'DATE', '2010-W45'),
    ('A year ago', 'DATE', '2009'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('last winter', 'DATE', '2009-WI'),
    ('every night', 'SET', 'XXXX-XX-XXTNI|P1D'),
    ('December', 'DATE', '2010-12'),
    ('January', 'DATE', '2011-01'),
    ('1996', 'DATE', '1996'),
    ('December 11', 'DATE', '2010-12-11'),
    ('several weeks', 'DURATION', 'PXW'),
    ('five years', 'DURATION', 'P5Y'),
    ('monthly', 'SET', 'P1M'),
    ('every two hours', 'SET', 'PT2H'),
    ('December 2012', 'DATE', '2012-12'),
]),
# 7. AP, NTSB final report on a commuter plane crash, with narrative of the flight (2012)
('2012-02-09', 'auto', """NTSB blames fatigue, icing in deadly Montana commuter crash

By DAVID KORSAK
Associated Press

WASHINGTON (AP) -- A tired flight crew's failure to switch on the plane's de-icing system led to the crash of a commuter plane in central Montana that killed all 14 people aboard a year ago, federal safety investigators said Thursday.

The National Transportation Safety Board voted 4-0 to adopt its final report on the Feb. 10, 2011, crash of Northern Plains Airlink Flight 2217 near Lewistown.

The twin-engine turboprop left Billings at 6:12 p.m. in light snow, 40 minutes behind schedule. The captain and first officer had been on duty for more than 13 hours, and each had slept less than five hours the night before in a crew room in Great Falls, the board found.

About 25 minutes into the flight, as the plane descended through cloud toward Lewistown, ice began forming on the wings. The cockpit voice recorder captured the first officer remarking on the buildup, but neither pilot activated the de-icing boots. At 6:41 p.m., the plane stalled and rolled sharply to the left. It struck a wheat field at 6:45 p.m., about 3 miles short of the runway.

Search teams reached the wreckage shortly after midnight. Investigators recovered both flight recorders the next morning.

"These pilots were set up to fail by a system that let them fly when they were exhausted," board member Alan Reese said at the start of Thursday's meeting.

The board said the airline's scheduling practices allowed pilots to work duty days of up to 16 hours, which was legal under rules that had not changed substantially since the 1980s. The Federal Aviation Administration issued new rest rules for airline pilots in December, but they do not take effect until 2014.

Northern Plains stopped flying in August, six months after the crash, and its parent company sold the airline's three remaining aircraft.

The board issued 11 safety recommendations, including a call for the FAA to require regional carriers to give pilots recurrent training on icing within two years.

Marcy Holt of Lewistown, whose husband, Greg, was among the passengers, said she had waited a year for answers. "Every Sunday I drive out to that field," she said after the meeting. "Now at least I know what happened."

The victims' families plan to hold a memorial service in Lewistown on Friday, which marks one year since the crash.
""", [
    ('a year ago', 'DATE', '2011'),
    ('Thursday', 'DATE', '2012-02-09'),
    ('Feb. 10, 2011', 'DATE', '2011-02-10'),
    ('6:12 p.m.', 'TIME', '2011-02-10T18:12'),
    ('40 minutes', 'DURATION', 'PT40M'),
    ('more than 13 hours', 'DURATION', 'PT13H'),
    ('less than five hours', 'DURATION', 'PT5H'),
    ('the night before', 'DATE|TIME', '2011-02-09TNI'),
    ('About 25 minutes', 'DURATION', 'PT25M'),
    ('6:41 p.m.', 'TIME', '2011-02-10T18:41'),
    ('6:45 p.m.', 'TIME', '2011-02-10T18:45'),
    ('midnight', 'TIME', '2011-02-10T24:00|2011-02-11T00:00'),
    ('the next morning', 'DATE|TIME', '2011-02-11TMO'),
    ('Thursday', 'DATE', '2012-02-09'),
    ('16 hours', 'DURATION', 'PT16H'),
    ('the 1980s', 'DATE', '198'),
    ('December', 'DATE', '2011-12'),
    ('2014', 'DATE', '2014'),
    ('August', 'DATE', '2011-08'),
    ('six months', 'DURATION', 'P6M'),
    ('two years', 'DURATION', 'P2Y'),
    ('a year', 'DURATION', 'P1Y'),
    ('Every Sunday', 'SET', 'XXXX-WXX-7'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Friday', 'DATE', '2012-02-10'),
    ('one year', 'DURATION', 'P1Y'),
]),
# 8. Reuters, airport runway expansion plan (2014)
('2014-05-21', 'auto', """Prague airport targets 2020 opening for parallel runway

PRAGUE, May 21 (Reuters) - Prague's Vaclav Havel Airport aims to start building a long-delayed parallel runway in 2016 and open it by the end of the decade, its chief executive said on Wednesday, as passenger numbers recover from a slump that followed the near-collapse of national carrier Czech Airlines.

The 3,550-metre runway, first proposed in the late 1990s, would lift the airport's capacity from 46 to 72 take-offs and landings an hour and cost about 8 billion crowns ($400 million), chief executive Jiri Novotny told Reuters in an interview.

"We have spent 15 years talking about this runway. Now we need to build it," he said.

An environmental impact assessment approved in 2011 will have to be updated, and Novotny said he expected a zoning decision within 18 months. Residents of several villages north-west of the airport have filed legal challenges in the past and are expected to do so again.

The airport handled 10.97 million passengers last year, down from a peak of 12.4 million in 2008. But traffic rose 4.5 percent between January and April, and Novotny said he expected growth of about 5 percent this year, helped by Korean Air, which bought a 44 percent stake in Czech Airlines last year.

Budget airlines have added a combined 14 routes from Prague since late October, and Novotny said he was in talks with two Gulf carriers about daily flights. Prague currently has scheduled flights to only three destinations outside Europe and the Middle East, after a U.S. carrier dropped its New York service in 2011.

Under current rules, the airport is limited to a small number of flights between 10 p.m. and 6 a.m., and the new runway would be subject to the same restrictions, Novotny said. Noise campaigners have demanded that any expansion be matched by a complete ban on night flights.

Novotny said the airport would also spend about 1 billion crowns over the next three years on a new baggage hall and an extension of Terminal 2, where queues at passport control have stretched to 40 minutes at peak times.

The airport is owned by the state through the finance ministry, and the cabinet is due to discuss the runway plan in June. The previous government approved the project in principle in 2009 but never found the money to pay for it.

(Reporting by Jan Lopatka; Editing by Susan Fenton)
""", [
    ('2020', 'DATE', '2020'),
    ('May 21', 'DATE', '2014-05-21'),
    ('2016', 'DATE', '2016'),
    ('the end of the decade', 'DATE', '201'),
    ('Wednesday', 'DATE', '2014-05-21'),
    ('the late 1990s', 'DATE', '199'),
    ('an hour', 'SET', 'PT1H'),
    ('15 years', 'DURATION', 'P15Y'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('2011', 'DATE', '2011'),
    ('18 months', 'DURATION', 'P18M'),
    ('the past', 'DATE', 'PAST_REF'),
    ('last year', 'DATE', '2013'),
    ('2008', 'DATE', '2008'),
    ('January', 'DATE', '2014-01'),
    ('April', 'DATE', '2014-04'),
    ('this year', 'DATE', '2014'),
    ('last year', 'DATE', '2013'),
    ('late October', 'DATE', '2013-10'),
    ('daily', 'SET', 'P1D'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('2011', 'DATE', '2011'),
    ('10 p.m.', 'TIME', 'XXXX-XX-XXT22:00|T22:00'),
    ('6 a.m.', 'TIME', 'XXXX-XX-XXT06:00|T06:00'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('40 minutes', 'DURATION', 'PT40M'),
    ('June', 'DATE', '2014-06'),
    ('2009', 'DATE', '2009'),
]),
# 9. BBC, rail drivers' strike over driver-only operation (2016)
('2016-12-13', 'auto', """Coastway rail strike: No trains on Wednesday and Friday

Commuters face a week of disruption after talks aimed at averting a strike by Coastway Rail drivers broke down on Monday night.

Members of the drivers' union Aslef will walk out for 24 hours from midnight on Wednesday, and again on Friday. The operator said no trains would run on any of its routes on either day.

An overtime ban, which has already led to dozens of services a day being cancelled, will continue until the end of the year.

The dispute centres on the company's plans to let drivers open and close train doors themselves, removing the need for a guard on most services. The union says the change is unsafe and has been in dispute with the company since April.

Coastway said it was "deeply disappointed" and urged Aslef to return to talks at the conciliation service Acas. "We were at Acas for more than six hours yesterday and we believe a deal was within reach," a spokesman said.

Aslef official Gary Rowe said the company had "not moved an inch" and that drivers had been left with no choice.

Guards belonging to the RMT union have already staged 12 days of strikes over the same issue since the summer.

Passengers have reacted with fury. Hannah Clarke, who commutes from Hastings to London Bridge, said her journey home had taken more than three hours on Monday evening.

"I've been late for work four times this month. My employer's patience is wearing thin, and so is mine," she said.

A season ticket from Brighton to London costs nearly £4,500 a year. The Department for Transport said season ticket holders would be compensated for the strike days.

Trains are expected to resume at about 05:00 GMT on Thursday, but the company has warned that services on Thursday morning are likely to be disrupted as trains and crews are moved back into position.

The rail minister told MPs last week that the government would not intervene in what he called "an industrial dispute between a company and its staff".

The next round of talks is expected to take place early next week. Neither side has ruled out further strikes over Christmas and the new year.
""", [
    ('Wednesday', 'DATE', '2016-12-14'),
    ('Friday', 'DATE', '2016-12-16'),
    ('a week', 'DURATION', 'P1W'),
    ('Monday night', 'DATE|TIME', '2016-12-12TNI'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('midnight on Wednesday', 'TIME', '2016-12-14T00:00|2016-12-13T24:00'),
    ('Friday', 'DATE', '2016-12-16'),
    ('a day', 'SET', 'P1D'),
    ('the end of the year', 'DATE', '2016'),
    ('April', 'DATE', '2016-04'),
    ('more than six hours', 'DURATION', 'PT6H'),
    ('yesterday', 'DATE', '2016-12-12'),
    ('12 days', 'DURATION', 'P12D'),
    ('the summer', 'DATE', '2016-SU'),
    ('more than three hours', 'DURATION', 'PT3H'),
    ('Monday evening', 'DATE|TIME', '2016-12-12TEV'),
    ('this month', 'DATE', '2016-12'),
    ('a year', 'SET', 'P1Y'),
    ('about 05:00 GMT on Thursday', 'TIME', '2016-12-15T05:00'),
    ('Thursday morning', 'DATE|TIME', '2016-12-15TMO'),
    ('last week', 'DATE', '2016-W49'),
    ('early next week', 'DATE', '2016-W51'),
    ('Christmas', 'DATE', '2016-12-25'),
    ('the new year', 'DATE', '2017'),
]),
# 10. Local paper, state highway bridge closure and detour (2019)
('2019-08-30', 'auto', """Route 9 bridge closure to begin after Labor Day

By MIKE DeLUCA
Ledger Staff Writer

RIVERTON -- Drivers who rely on the Route 9 bridge over Kettle Creek can use it through the holiday weekend, but after that a lengthy detour begins.

The state Department of Transportation will close the 84-year-old bridge to all traffic at 7 a.m. Tuesday and keep it closed for about 10 weeks while crews replace the deck and the steel beams beneath it, officials said Thursday.

The posted detour, via Route 23 and County Road 6, adds about 12 minutes to the trip between Riverton and the village of Glenmont. The bridge carries about 9,400 vehicles a day, according to the department's 2017 traffic count.

Built in 1935, the span was rated structurally deficient in 2014 and has had a 15-ton weight limit since the spring of 2018, which has already pushed most trucks onto the detour.

"We've been patching this bridge for years. It's time to do the job properly," said Lisa Park, the department's regional engineer.

The contractor, Hudson Bridge & Steel of Albany, will run two shifts, from 6 a.m. to 10 p.m., six days a week. No work will be done on Sundays under an agreement with the town.

The Riverton Central School District, where classes start Wednesday, Sept. 4, said buses on three routes would be rerouted, adding about 10 minutes to the ride. Parents will receive updated pickup times by email this weekend.

Fire Chief Dan Kowalski said the department would keep an ambulance and a crew stationed on the east side of the creek until the bridge reopens, so that calls from that side are not delayed by the detour.

Business owners on Main Street said they were resigned to the closure. Ellen Marsh, who has run the Creekside Diner for 22 years, said the timing could have been worse.

"If they'd done this in July, it would have killed us," she said. "October is quiet anyway, and people around here are loyal."

The $6.8 million project is scheduled to be finished by Nov. 15, weather permitting. If the work runs late, the state will reopen one lane over the winter and complete the job next spring.

A public information session will be held at 6:30 p.m. Thursday, Sept. 5, at Town Hall. Residents can also sign up for text alerts on the department's website.
""", [
    ('Labor Day', 'DATE', '2019-09-02'),
    ('the holiday weekend', 'DATE', '2019-W35-WE'),
    ('7 a.m. Tuesday', 'TIME', '2019-09-03T07:00'),
    ('about 10 weeks', 'DURATION', 'P10W'),
    ('Thursday', 'DATE', '2019-08-29'),
    ('about 12 minutes', 'DURATION', 'PT12M'),
    ('a day', 'SET', 'P1D'),
    ('2017', 'DATE', '2017'),
    ('1935', 'DATE', '1935'),
    ('2014', 'DATE', '2014'),
    ('the spring of 2018', 'DATE', '2018-SP'),
    ('years', 'DURATION', 'PXY'),
    ('6 a.m.', 'TIME', 'XXXX-XX-XXT06:00|T06:00'),
    ('10 p.m.', 'TIME', 'XXXX-XX-XXT22:00|T22:00'),
    ('six days a week', 'SET', 'P1W'),
    ('Sundays', 'SET', 'XXXX-WXX-7'),
    ('Wednesday, Sept. 4', 'DATE', '2019-09-04'),
    ('about 10 minutes', 'DURATION', 'PT10M'),
    ('this weekend', 'DATE', '2019-W35-WE'),
    ('22 years', 'DURATION', 'P22Y'),
    ('July', 'DATE', '2019-07'),
    ('October', 'DATE', 'XXXX-10|2019-10'),
    ('Nov. 15', 'DATE', '2019-11-15'),
    ('the winter', 'DATE', '2019-WI'),
    ('next spring', 'DATE', '2020-SP'),
    ('6:30 p.m. Thursday, Sept. 5', 'TIME', '2019-09-05T18:30'),
]),
# 11. Bloomberg, airline summer flight cuts amid staff shortages (2022)
('2022-06-28', 'auto', """Helvetair Cuts 1,200 Summer Flights as Staff Shortages Bite

By Anja Keller
June 28, 2022 at 10:32 AM GMT+2

(Bloomberg) -- Helvetair AG will cancel about 1,200 flights in July and August, becoming the latest European carrier to trim its schedule as shortages of ground staff and air traffic controllers threaten the industry's first unrestricted summer since the pandemic.

The cuts amount to about 4% of the Zurich-based airline's planned flights over the two months and will mostly affect short routes to Germany and Italy on Fridays and Sundays, the company said in a statement Tuesday. Affected passengers will be rebooked or offered refunds.

"Rather than cancel at the last minute, we would rather take these flights out now," Chief Operating Officer Marco Brunner said in an interview. "What we have seen at some airports over the past few weeks is not acceptable."

Airlines across Europe have struggled to rebuild after shedding tens of thousands of jobs during the pandemic. Demand has rebounded faster than expected since most travel restrictions were lifted in the spring, while hiring and security vetting of new staff can take four months.

Helvetair carried 2.1 million passengers in May, about 81% of the level in the same month of 2019.

Zurich airport said Monday that security waits had exceeded 45 minutes on several days this month. About 85,000 passengers are expected to pass through the airport on Friday, July 15, when school holidays begin in the canton of Zurich, which would make it the busiest day since early 2020.

The shares fell as much as 3.8% in Zurich trading and were down 2.9% at 11:05 a.m. They have lost about a third of their value this year.

Several rivals have announced additional cuts in recent days. The cabin crew union said its members had been asked to work extra shifts almost every weekend since Easter and warned that fatigue was becoming a safety issue.

Brunner said he expected the situation to ease by the autumn, when the airline will have about 300 additional ground staff in place, most of them hired since March. Helvetair is due to report second-quarter results on Aug. 4.
""", [
    ('Summer', 'DATE', '2022-SU'),
    ('June 28, 2022 at 10:32 AM GMT+2', 'TIME', '2022-06-28T10:32'),
    ('July', 'DATE', '2022-07'),
    ('August', 'DATE', '2022-08'),
    ('summer', 'DATE', '2022-SU'),
    ('the two months', 'DURATION', 'P2M'),
    ('Fridays', 'SET', 'XXXX-WXX-5'),
    ('Sundays', 'SET', 'XXXX-WXX-7'),
    ('Tuesday', 'DATE', '2022-06-28'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the past few weeks', 'DURATION', 'PXW'),
    ('the spring', 'DATE', '2022-SP'),
    ('four months', 'DURATION', 'P4M'),
    ('May', 'DATE', '2022-05'),
    ('the same month of 2019', 'DATE', '2019-05'),
    ('Monday', 'DATE', '2022-06-27'),
    ('45 minutes', 'DURATION', 'PT45M'),
    ('several days', 'DURATION', 'PXD'),
    ('this month', 'DATE', '2022-06'),
    ('Friday, July 15', 'DATE', '2022-07-15'),
    ('early 2020', 'DATE', '2020'),
    ('11:05 a.m.', 'TIME', '2022-06-28T11:05'),
    ('this year', 'DATE', '2022'),
    ('recent days', 'DATE|DURATION', 'PAST_REF|PXD'),
    ('every weekend', 'SET', 'XXXX-WXX-WE'),
    ('Easter', 'DATE', '2022-04-17'),
    ('the autumn', 'DATE', '2022-FA'),
    ('March', 'DATE', '2022-03'),
    ('second-quarter', 'DATE', '2022-Q2'),
    ('Aug. 4', 'DATE', '2022-08-04'),
]),
# 12. AP, NTSB final report on a commuter train collision, told in narrative (2025)
('2025-01-15', 'auto', """Federal report details chain of errors behind deadly Wisconsin commuter train crash

By KAREN ALVAREZ
Associated Press

MILWAUKEE (AP) -- An unlogged repair to a switch, an exhausted dispatcher and a train running nine minutes late combined to put two commuter trains on the same track near Racine last March, federal investigators said Tuesday.

The National Transportation Safety Board's final report, released nearly 10 months after the crash, also faulted Lakeshore Rail for delaying the installation of an automatic braking system it had first promised in 2015.

The chain of events began on the evening of March 4, 2024, when a signal maintainer replaced a faulty relay at a switch north of Racine but did not record the work, the report said.

The next morning, northbound train 2105 left Kenosha at 6:58 a.m., nine minutes behind schedule because of a door fault. The dispatcher controlling the line had been on duty since 10 p.m. and was nearly nine hours into a 16-hour shift, investigators found.

At 7:14 a.m., the dispatcher routed the late train onto the southbound track to get it around a stalled freight, unaware that the switch was showing a false position. Two minutes later, the northbound train met a southbound train on a curve at a combined speed of about 70 mph.

Three people died and 61 were injured. The last of the injured were taken to hospitals by about 9 a.m., and the line stayed closed for 11 days.

Lakeshore Rail suspended the maintainer the following week and fired him in May. In June, the railroad's board approved $14 million to install positive train control on the remaining 38 miles of its network by the end of 2026.

The NTSB recommended that the Federal Railroad Administration limit dispatchers to 12 hours on duty in any 24-hour period and require electronic logging of all signal repairs.

Tom Brennan, whose daughter Erin was killed, said the report confirmed what families had suspected for months. "Ten months we've waited," he said Tuesday. "She took that train every morning for three years. She should have come home that night."

Lakeshore Rail said Tuesday it had already adopted most of the board's recommendations and would respond formally within 90 days. A lawsuit filed by 19 victims and their families is scheduled for trial in September.
""", [
    ('nine minutes', 'DURATION', 'PT9M'),
    ('last March', 'DATE', '2024-03'),
    ('Tuesday', 'DATE', '2025-01-14'),
    ('nearly 10 months', 'DURATION', 'P10M'),
    ('2015', 'DATE', '2015'),
    ('the evening of March 4, 2024', 'DATE|TIME', '2024-03-04TEV'),
    ('The next morning', 'DATE|TIME', '2024-03-05TMO'),
    ('6:58 a.m.', 'TIME', '2024-03-05T06:58'),
    ('nine minutes', 'DURATION', 'PT9M'),
    ('10 p.m.', 'TIME', '2024-03-04T22:00'),
    ('nearly nine hours', 'DURATION', 'PT9H'),
    ('16-hour', 'DURATION', 'PT16H'),
    ('7:14 a.m.', 'TIME', '2024-03-05T07:14'),
    ('Two minutes later', 'TIME|DURATION', '2024-03-05T07:16|PT2M'),
    ('about 9 a.m.', 'TIME', '2024-03-05T09:00'),
    ('11 days', 'DURATION', 'P11D'),
    ('the following week', 'DATE', '2024-W11'),
    ('May', 'DATE', '2024-05'),
    ('June', 'DATE', '2024-06'),
    ('the end of 2026', 'DATE', '2026'),
    ('12 hours', 'DURATION', 'PT12H'),
    ('24-hour', 'DURATION', 'PT24H'),
    ('months', 'DURATION', 'PXM'),
    ('Ten months', 'DURATION', 'P10M'),
    ('Tuesday', 'DATE', '2025-01-14'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO'),
    ('three years', 'DURATION', 'P3Y'),
    ('that night', 'DATE|TIME', '2024-03-05TNI'),
    ('Tuesday', 'DATE', '2025-01-14'),
    ('90 days', 'DURATION', 'P90D'),
    ('September', 'DATE', '2025-09'),
]),
]
