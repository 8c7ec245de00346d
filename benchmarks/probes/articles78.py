# Gold TIMEX3 probe set 78: rolling news on fires, floods, storms, elections, trials and strikes (live updates, timelines, 'what we know'), 2008-2025, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, wildfire in Los Angeles foothills, rolling story (2008)
('2008-11-15', 'auto', """Wind-whipped fire destroys hundreds of homes in Los Angeles foothills

SYLMAR, Calif. (AP) — A wildfire driven by gusts of up to 70 mph roared through a mobile home park and hillside neighborhoods at the northern edge of Los Angeles on Saturday, destroying about 500 homes and forcing thousands of people to flee in the dark.

The fire broke out at about 10:50 p.m. Friday in brush above a canyon road and had burned more than 10,000 acres by midafternoon Saturday, fire officials said. It was the second destructive blaze in Southern California in two days, after a fire that began Thursday evening in the hills above Santa Barbara burned more than 200 homes.

"We lost everything in about 15 minutes," said Maria Delgado, who had lived in the Oakridge Mobile Home Park for 22 years. She said she grabbed her dog and her husband's medications and drove away as embers rained on the roofs around her.

Mayor Antonio Villaraigosa declared a local emergency at 4 a.m., and Gov. Arnold Schwarzenegger declared a state of emergency for Los Angeles County by midmorning. About 1,200 people spent Friday night in shelters and school gyms, the Red Cross said.

Los Angeles Fire Chief Douglas Barry said some crews had been on the fire lines for nearly 18 hours without relief. "This is the worst fire I've seen in 30 years on the job," he said.

The California Highway Patrol closed a long stretch of Interstate 210 and reopened some lanes around 1 p.m. Several other roads remained closed this afternoon, and the Los Angeles Unified School District said schools in the fire zone would be closed Monday.

Forecasters said the Santa Ana winds, which sweep through the region each fall, should begin to ease Sunday but could gust to 50 mph until Monday morning. Humidity fell to 4 percent Saturday morning, the National Weather Service said.

The cause of the fire was under investigation. Arson investigators were expected to enter the burn area as soon as Sunday, officials said.

The city has not seen so many homes destroyed in a single fire since 1961, when the Bel Air fire burned 484 houses. Officials warned that the toll could still rise because crews had not yet been able to reach several streets in the foothills.

"Right now our priority is making sure everyone is accounted for," Barry said at a briefing. "We will count houses when the fire is out."
""", [
    ('Saturday', 'DATE', '2008-11-15'),
    ('about 10:50 p.m. Friday', 'TIME', '2008-11-14T22:50'),
    ('midafternoon Saturday', 'DATE|TIME', '2008-11-15TAF'),
    ('two days', 'DURATION', 'P2D'),
    ('Thursday evening', 'DATE|TIME', '2008-11-13TEV'),
    ('about 15 minutes', 'DURATION', 'PT15M'),
    ('22 years', 'DURATION', 'P22Y'),
    ('4 a.m.', 'TIME', '2008-11-15T04:00'),
    ('midmorning', 'DATE|TIME', '2008-11-15TMO'),
    ('Friday night', 'DATE|TIME', '2008-11-14TNI'),
    ('nearly 18 hours', 'DURATION', 'PT18H'),
    ('30 years', 'DURATION', 'P30Y'),
    ('around 1 p.m.', 'TIME', '2008-11-15T13:00'),
    ('this afternoon', 'DATE|TIME', '2008-11-15TAF'),
    ('Monday', 'DATE', '2008-11-17'),
    ('each fall', 'SET', 'XXXX-FA'),
    ('Sunday', 'DATE', '2008-11-16'),
    ('Monday morning', 'DATE|TIME', '2008-11-17TMO'),
    ('Saturday morning', 'DATE|TIME', '2008-11-15TMO'),
    ('Sunday', 'DATE', '2008-11-16'),
    ('1961', 'DATE', '1961'),
    ('Right now', 'DATE', 'PRESENT_REF'),
]),
# 2. Reuters, UK general election result, rolling story (2010)
('2010-05-07', 'auto', """Britain faces first hung parliament since 1974 as Conservatives fall short

LONDON (Reuters) - Britain's Conservatives won the most seats in Thursday's election but fell short of an outright majority, leaving the country with its first hung parliament since February 1974 and facing days of uncertainty over who will govern.

With 649 of 650 seats declared by early Friday afternoon, David Cameron's Conservatives had 306 seats, Prime Minister Gordon Brown's Labour 258 and Nick Clegg's Liberal Democrats 57. A party needs 326 seats for a majority in the House of Commons.

Cameron said at about 2:30 p.m. that he would make a "big, open and comprehensive offer" to the Liberal Democrats. Clegg had said on Friday morning that the party with the most votes and seats should have the first right to try to form a government.

Brown, who under constitutional convention remains prime minister until a new government can be formed, said in a statement outside Downing Street at 12:45 p.m. that he was willing to hold talks with any party. Aides said he would stay in London over the weekend.

Sterling fell more than 1 percent against the dollar as markets opened and gilt prices swung sharply as investors worried that a weak coalition would struggle to cut a budget deficit running at more than 11 percent of economic output. The FTSE 100 index closed 2.6 percent lower, its steepest fall in more than three months.

Turnout was about 65 percent, up from 61 percent in 2005, but hundreds of voters in several cities were turned away when polling stations closed at 10 p.m. on Thursday with queues still outside. The Electoral Commission said it would review what went wrong.

Negotiators from the Conservatives and the Liberal Democrats are expected to hold their first formal talks on Saturday, and officials on both sides said discussions could run into next week. Clegg will meet his party's members of parliament on Saturday, and its federal executive is due to meet on Sunday.

Investors will be watching closely when trading resumes on Monday. "Markets hate uncertainty, and right now that is all they have," said Simon Derrick, a currency strategist in London.

Few in Westminster expect a quick deal. The last hung parliament, in 1974, lasted less than eight months before Harold Wilson called a second election that October and won a slim majority.
""", [
    ('1974', 'DATE', '1974'),
    ('Thursday', 'DATE', '2010-05-06'),
    ('February 1974', 'DATE', '1974-02'),
    ('days', 'DURATION', 'PXD'),
    ('early Friday afternoon', 'DATE|TIME', '2010-05-07TAF'),
    ('about 2:30 p.m.', 'TIME', '2010-05-07T14:30'),
    ('Friday morning', 'DATE|TIME', '2010-05-07TMO'),
    ('12:45 p.m.', 'TIME', '2010-05-07T12:45'),
    ('the weekend', 'DATE', '2010-W18-WE'),
    ('more than three months', 'DURATION', 'P3M'),
    ('2005', 'DATE', '2005'),
    ('10 p.m. on Thursday', 'TIME', '2010-05-06T22:00'),
    ('Saturday', 'DATE', '2010-05-08'),
    ('next week', 'DATE', '2010-W19'),
    ('Saturday', 'DATE', '2010-05-08'),
    ('Sunday', 'DATE', '2010-05-09'),
    ('Monday', 'DATE', '2010-05-10'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('1974', 'DATE', '1974'),
    ('less than eight months', 'DURATION', 'P8M'),
    ('that October', 'DATE', '1974-10'),
]),
# 3. The Guardian, live blog on floods in England and Wales (2012)
('2012-11-26', 'auto', """UK floods: hundreds of homes under water as rivers keep rising – live updates

Guardian staff, Monday 26 November 2012

8.05am GMT
Good morning. More than 800 homes have been flooded across England and Wales since Wednesday, and the Environment Agency has more than 200 flood warnings in place this morning, with the Severn, the Ouse and the Derwent all still rising. Here is what we know so far.

8.40am GMT
Rail disruption: Network Rail says the main line between Exeter and Taunton will stay closed until Wednesday after water covered the tracks near Cogload Junction on Sunday. Passengers are being told not to travel west of Bristol today unless their journey is essential.

9.15am GMT
The environment secretary, Owen Paterson, will chair a meeting of the government's Cobra emergency committee at 11am. He told BBC Radio 4's Today programme that spending on defences had been "protected" and that crews had been working around the clock.

10.02am GMT
The worst pictures this morning are coming from St Asaph in north Wales, where the River Elwy burst its banks early this morning. Police say about 400 homes have been evacuated and a rest centre has been opened at the city's leisure centre. One resident told us the water rose "a foot in twenty minutes".

11.30am GMT
The Met Office says a further 20-40mm of rain could fall on already saturated ground tonight and tomorrow, with the heaviest bursts expected between midnight and 6am. An amber warning covers much of south-west England and the Midlands.

12.45pm GMT
Some context. Forecasters say 2012 could still end up as the wettest year on record in England, after the wettest April to June since records began in 1910. The ground has simply had no chance to dry out, a hydrologist at the Centre for Ecology and Hydrology tells us.

2.10pm GMT
The Cobra meeting is over. Paterson says defences have protected more than 20,000 homes in the past five days and that the Environment Agency has people on duty around the clock. He promised a review of how warnings reach people who are not online.

3.35pm GMT
Some good news: police in Devon say a man whose car was swept off a ford near Chulmleigh on Saturday evening has been found safe and well at a friend's house.

4.50pm GMT
A quick summary before I hand over. Flood warnings are being updated every 15 minutes on the Environment Agency website, and the agency is urging anyone near the Severn to check them before they go to bed. My colleague Helen Pidd will be here from 7am tomorrow with the latest.
""", [
    ('Monday 26 November 2012', 'DATE', '2012-11-26'),
    ('8.05am GMT', 'TIME', '2012-11-26T08:05'),
    ('Wednesday', 'DATE', '2012-11-21'),
    ('this morning', 'DATE|TIME', '2012-11-26TMO'),
    ('8.40am GMT', 'TIME', '2012-11-26T08:40'),
    ('Wednesday', 'DATE', '2012-11-28'),
    ('Sunday', 'DATE', '2012-11-25'),
    ('today', 'DATE', '2012-11-26'),
    ('9.15am GMT', 'TIME', '2012-11-26T09:15'),
    ('11am', 'TIME', '2012-11-26T11:00'),
    ('10.02am GMT', 'TIME', '2012-11-26T10:02'),
    ('this morning', 'DATE|TIME', '2012-11-26TMO'),
    ('early this morning', 'DATE|TIME', '2012-11-26TMO'),
    ('twenty minutes', 'DURATION', 'PT20M'),
    ('11.30am GMT', 'TIME', '2012-11-26T11:30'),
    ('tonight', 'DATE|TIME', '2012-11-26TNI'),
    ('tomorrow', 'DATE', '2012-11-27'),
    ('midnight', 'TIME', '2012-11-26T24:00|2012-11-27T00:00'),
    ('6am', 'TIME', '2012-11-27T06:00'),
    ('12.45pm GMT', 'TIME', '2012-11-26T12:45'),
    ('2012', 'DATE', '2012'),
    ('April', 'DATE', '2012-04'),
    ('June', 'DATE', '2012-06'),
    ('1910', 'DATE', '1910'),
    ('2.10pm GMT', 'TIME', '2012-11-26T14:10'),
    ('the past five days', 'DURATION', 'P5D'),
    ('3.35pm GMT', 'TIME', '2012-11-26T15:35'),
    ('Saturday evening', 'DATE|TIME', '2012-11-24TEV'),
    ('4.50pm GMT', 'TIME', '2012-11-26T16:50'),
    ('every 15 minutes', 'SET', 'PT15M'),
    ('7am tomorrow', 'TIME', '2012-11-27T07:00'),
]),
# 4. CNN, live updates on US midterm election night (2014)
('2014-11-04', 'auto', """Midterm elections 2014: Live updates

By CNN Staff
Updated 11:58 p.m. ET, Tue November 4, 2014

11:52 p.m. ET
Republicans take the Senate. CNN projects that Republicans will win control of the chamber for the first time in eight years after Thom Tillis defeated Democratic Sen. Kay Hagan in North Carolina. That gives the GOP at least 52 seats when the new Congress convenes in January, and Sen. Mitch McConnell is now in line to become majority leader.

"The American people have said they want a new direction," McConnell told cheering supporters in Louisville earlier tonight.

11:05 p.m. ET
Ernst wins in Iowa. Republican state Sen. Joni Ernst will defeat Democratic Rep. Bruce Braley for the seat held since 1985 by retiring Sen. Tom Harkin, CNN projects. Ernst, a former Army National Guard commander, led in most polls during the final month of the race.

10:20 p.m. ET
Louisiana is going to a runoff. No candidate topped 50% in the state's "jungle" primary, so Democratic Sen. Mary Landrieu and Republican Rep. Bill Cassidy will meet again on December 6. Outside groups on both sides have already reserved television time for the next four weeks.

9:41 p.m. ET
Colorado flips. Rep. Cory Gardner unseats Democratic Sen. Mark Udall, CNN projects. Udall spent much of the past year warning voters about Gardner's record on abortion rights, a strategy that Democrats will now be second-guessing.

8:30 p.m. ET
Arkansas: Rep. Tom Cotton defeats Sen. Mark Pryor, the last Democrat in the state's congressional delegation. Pryor's father held the same seat for 18 years.

7:30 p.m. ET
Shelley Moore Capito wins in West Virginia, becoming the first woman the state has sent to the Senate. West Virginia voters had not elected a Republican senator since 1956.

7:00 p.m. ET
McConnell holds Kentucky. CNN projects the Senate minority leader will win a sixth term, defeating Alison Lundergan Grimes, as polls closed in the western part of the state.

6:15 p.m. ET
What to watch: Voters in parts of northern Virginia reported waits of nearly two hours this morning after electronic poll books failed at several precincts. The last polls close at 1 a.m. ET Wednesday in Alaska, where results may not be known for days. Georgia could also go to a runoff in January if neither David Perdue nor Michelle Nunn wins a majority, and exit polls suggest that voters' top worry right now is the economy.
""", [
    ('2014', 'DATE', '2014'),
    ('11:58 p.m. ET, Tue November 4, 2014', 'TIME', '2014-11-04T23:58'),
    ('11:52 p.m. ET', 'TIME', '2014-11-04T23:52'),
    ('eight years', 'DURATION', 'P8Y'),
    ('January', 'DATE', '2015-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('earlier tonight', 'DATE|TIME', '2014-11-04TNI'),
    ('11:05 p.m. ET', 'TIME', '2014-11-04T23:05'),
    ('1985', 'DATE', '1985'),
    ('the final month', 'DATE|DURATION', 'P1M|2014-10'),
    ('10:20 p.m. ET', 'TIME', '2014-11-04T22:20'),
    ('December 6', 'DATE', '2014-12-06'),
    ('the next four weeks', 'DURATION', 'P4W'),
    ('9:41 p.m. ET', 'TIME', '2014-11-04T21:41'),
    ('the past year', 'DATE|DURATION', 'P1Y|2013'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('8:30 p.m. ET', 'TIME', '2014-11-04T20:30'),
    ('18 years', 'DURATION', 'P18Y'),
    ('7:30 p.m. ET', 'TIME', '2014-11-04T19:30'),
    ('1956', 'DATE', '1956'),
    ('7:00 p.m. ET', 'TIME', '2014-11-04T19:00'),
    ('6:15 p.m. ET', 'TIME', '2014-11-04T18:15'),
    ('nearly two hours', 'DURATION', 'PT2H'),
    ('this morning', 'DATE|TIME', '2014-11-04TMO'),
    ('1 a.m. ET Wednesday', 'TIME', '2014-11-05T01:00'),
    ('days', 'DURATION', 'PXD'),
    ('January', 'DATE', '2015-01'),
    ('right now', 'DATE', 'PRESENT_REF'),
]),
# 5. BBC News, 'what you need to know' on the junior doctors' strike (2016)
('2016-04-26', 'auto', """Junior doctors' strike: What you need to know

By Nick Triggle, Health correspondent, BBC News

26 April 2016

Junior doctors in England have begun the first all-out strike in the history of the NHS, withdrawing emergency as well as routine care. Here is what we know so far.

When is it happening?

The walkout began at 08:00 BST on Tuesday and is due to end at 17:00. A second nine-hour stoppage will follow on Wednesday, over the same hours.

Consultants, nurses and other staff are covering A&E, intensive care and maternity units. About 12,500 routine operations and more than 100,000 outpatient appointments have been postponed over the two days.

Why are doctors striking?

The dispute is over a new contract which ministers say is needed to make hospitals safer for patients admitted outside normal working hours. The British Medical Association (BMA) objects in particular to changes in the way unsocial hours are paid and says the contract is unfair to women and part-time staff.

Health Secretary Jeremy Hunt announced in February that he would impose the contract after talks broke down, and it is due to be phased in from August.

How did we get here?

The BMA first walked away from negotiations in October 2014. Doctors staged a 24-hour walkout on 12 January, providing emergency care only, and further stoppages followed in February, March and earlier this month.

Each strike has been preceded by a fresh round of talks at the conciliation service Acas, and each round has ended without agreement.

What happens next?

On Monday, a cross-party group of MPs proposed piloting the contract in a handful of hospitals, but Mr Hunt rejected the idea within hours. The BMA's council meets again next month and has not ruled out further action, although it has said no more strikes are planned at present.

Is it safe for patients?

NHS England said this morning that it had not seen any unusual pressure on A&E departments in the first few hours of the strike. Patients have been told to turn up for appointments unless they have been contacted by their hospital.

Hospitals are expected to give a fuller picture of the day at about 18:00, and BBC News will be updating this page throughout the evening.
""", [
    ('26 April 2016', 'DATE', '2016-04-26'),
    ('08:00 BST on Tuesday', 'TIME', '2016-04-26T08:00'),
    ('17:00', 'TIME', '2016-04-26T17:00'),
    ('nine-hour', 'DURATION', 'PT9H'),
    ('Wednesday', 'DATE', '2016-04-27'),
    ('the two days', 'DURATION', 'P2D'),
    ('February', 'DATE', '2016-02'),
    ('August', 'DATE', '2016-08'),
    ('October 2014', 'DATE', '2014-10'),
    ('24-hour', 'DURATION', 'PT24H'),
    ('12 January', 'DATE', '2016-01-12'),
    ('February', 'DATE', '2016-02'),
    ('March', 'DATE', '2016-03'),
    ('earlier this month', 'DATE', '2016-04'),
    ('Monday', 'DATE', '2016-04-25'),
    ('hours', 'DURATION', 'PTXH'),
    ('next month', 'DATE', '2016-05'),
    ('present', 'DATE', 'PRESENT_REF'),
    ('this morning', 'DATE|TIME', '2016-04-26TMO'),
    ('the first few hours', 'DURATION', 'PTXH'),
    ('the day', 'DATE', '2016-04-26'),
    ('about 18:00', 'TIME', '2016-04-26T18:00'),
    ('the evening', 'DATE|TIME', '2016-04-26TEV'),
]),
# 6. Local TV news site (Wilmington, N.C.), live updates on Hurricane Florence landfall (2018)
('2018-09-14', 'auto', """Hurricane Florence live updates: Storm makes landfall near Wrightsville Beach

By WECT Staff
Published: Sep. 14, 2018 at 5:45 AM EDT | Updated: Sep. 14, 2018 at 4:10 PM EDT

WILMINGTON, N.C. (WECT) - Follow our live coverage of Hurricane Florence below. Stay with WECT on air and online for updates throughout the day.

4:05 p.m.
Two people were hurt when a large oak fell on a house on Mercer Avenue around 9:30 a.m., Wilmington police said. Crews could not reach the home for more than an hour because of downed power lines.

2:20 p.m.
Duke Energy says more than 500,000 customers are without power in North Carolina. A company spokesman warned that some outages in the hardest-hit areas could last for weeks.

12:45 p.m.
A curfew for the city of Wilmington begins at 8 p.m. tonight and runs until 7 a.m. Saturday. City officials said it will remain in effect every night until further notice.

11:00 a.m.
The National Hurricane Center says Florence is moving west at just 3 mph and will crawl across southeastern North Carolina and into South Carolina through Saturday. Rainfall totals of 20 to 30 inches are possible, with isolated amounts of 40 inches near the coast.

9:10 a.m.
In New Bern, about 360 people have been rescued from rising water since Thursday night, city officials said. The Neuse River is running more than 10 feet above normal.

7:15 a.m.
Florence has made landfall near Wrightsville Beach as a Category 1 hurricane with maximum winds of 90 mph, the hurricane center said in its 8 a.m. advisory. Earlier this week the storm was a Category 4 with winds of 140 mph.

6:00 a.m.
The eye of Florence is about 10 miles east of Wrightsville Beach. A wind gust of 105 mph was measured at Fort Macon at 4:54 a.m.

Longtime residents are comparing the storm to Hurricane Fran, which struck the Cape Fear coast in September 1996, and to Hazel in 1954. Emergency managers say the bigger danger this time will be flooding, because Florence is expected to linger for two or three days.

Shelters in New Hanover County were nearly full this morning. If you need help, call the county's storm line, which is staffed 24 hours a day.
""", [
    ('Sep. 14, 2018 at 5:45 AM EDT', 'TIME', '2018-09-14T05:45'),
    ('Sep. 14, 2018 at 4:10 PM EDT', 'TIME', '2018-09-14T16:10'),
    ('the day', 'DATE', '2018-09-14'),
    ('4:05 p.m.', 'TIME', '2018-09-14T16:05'),
    ('around 9:30 a.m.', 'TIME', '2018-09-14T09:30'),
    ('more than an hour', 'DURATION', 'PT1H'),
    ('2:20 p.m.', 'TIME', '2018-09-14T14:20'),
    ('weeks', 'DURATION', 'PXW'),
    ('12:45 p.m.', 'TIME', '2018-09-14T12:45'),
    ('8 p.m. tonight', 'TIME', '2018-09-14T20:00'),
    ('7 a.m. Saturday', 'TIME', '2018-09-15T07:00'),
    ('every night', 'SET', 'XXXX-XX-XXTNI'),
    ('11:00 a.m.', 'TIME', '2018-09-14T11:00'),
    ('Saturday', 'DATE', '2018-09-15'),
    ('9:10 a.m.', 'TIME', '2018-09-14T09:10'),
    ('Thursday night', 'DATE|TIME', '2018-09-13TNI'),
    ('7:15 a.m.', 'TIME', '2018-09-14T07:15'),
    ('8 a.m.', 'TIME', '2018-09-14T08:00'),
    ('Earlier this week', 'DATE', '2018-W37'),
    ('6:00 a.m.', 'TIME', '2018-09-14T06:00'),
    ('4:54 a.m.', 'TIME', '2018-09-14T04:54'),
    ('September 1996', 'DATE', '1996-09'),
    ('1954', 'DATE', '1954'),
    ('two or three days', 'DURATION', 'P2D|P3D'),
    ('this morning', 'DATE|TIME', '2018-09-14TMO'),
    ('24 hours a day', 'SET', 'P1D'),
]),
# 7. AP, trial verdict with a narrative of how the case unfolded (2011)
('2011-04-29', 'auto', """Ex-county treasurer convicted of stealing $2.3 million

CEDAR RAPIDS, Iowa (AP) — A federal jury on Thursday convicted a former Linn County treasurer of stealing nearly $2.3 million in property tax payments over almost a decade, ending a case that began with a routine audit more than three years ago.

Jurors deliberated for about six hours over two days before finding Carol Ann Hessler guilty on 14 counts of wire fraud and money laundering. She faces up to 20 years in prison on the most serious count. Sentencing was set for July 21.

Hessler showed no emotion as the verdict was read at 3:10 p.m. Her attorney, Mark Brennan, said she would appeal.

Prosecutors said Hessler began skimming cash payments in 1999, two years after she was first elected, and used the money to pay off credit cards, buy a lake cabin and cover her husband's gambling debts.

HOW THE CASE UNFOLDED

The problems surfaced on March 3, 2008, when a state auditor noticed that deposits for the final week of February did not match the office's receipts.

Two weeks later, Hessler took a leave of absence, citing health reasons. She resigned that May, a few days before the auditor's report was made public.

FBI agents searched her home in Marion the following January and carried away boxes of records going back a decade.

A grand jury indicted her in November 2009. The trial was postponed three times, the last delay coming last fall, when her lawyers asked for more time to review some 40,000 pages of bank records.

The trial opened April 11 and lasted 13 days. Prosecutors called 31 witnesses, including two former deputies who testified that Hessler insisted on counting the cash drawer herself at the end of each day.

WHAT'S NEXT

County supervisors said Friday that the county has recovered about $400,000 through insurance and the sale of the cabin, and that new rules require two employees to count cash every afternoon.

"For years, nobody was checking," Supervisor Linda Langston said. "That has changed, and it will never happen that way again."

Hessler remains free on bond until sentencing.
""", [
    ('Thursday', 'DATE', '2011-04-28'),
    ('almost a decade', 'DURATION', 'P10Y'),
    ('more than three years ago', 'DATE', '2008'),
    ('about six hours', 'DURATION', 'PT6H'),
    ('two days', 'DURATION', 'P2D'),
    ('20 years', 'DURATION', 'P20Y'),
    ('July 21', 'DATE', '2011-07-21'),
    ('3:10 p.m.', 'TIME', '2011-04-28T15:10'),
    ('1999', 'DATE', '1999'),
    ('two years', 'DURATION', 'P2Y'),
    ('March 3, 2008', 'DATE', '2008-03-03'),
    ('the final week of February', 'DATE', '2008-W09'),
    ('Two weeks later', 'DATE', '2008-W12|2008-03-17'),
    ('that May', 'DATE', '2008-05'),
    ('a few days', 'DURATION', 'PXD'),
    ('the following January', 'DATE', '2009-01'),
    ('a decade', 'DURATION', 'P10Y'),
    ('November 2009', 'DATE', '2009-11'),
    ('last fall', 'DATE', '2010-FA'),
    ('April 11', 'DATE', '2011-04-11'),
    ('13 days', 'DURATION', 'P13D'),
    ('each day', 'SET', 'P1D'),
    ('Friday', 'DATE', '2011-04-29'),
    ('every afternoon', 'SET', 'XXXX-XX-XXTAF'),
    ('years', 'DURATION', 'PXY'),
]),
# 8. Local TV news site (Dayton, Ohio), 'what we know' after overnight tornadoes (2019)
('2019-05-28', 'auto', """What we know: Memorial Day tornadoes tear through Miami Valley

By WHIO Staff
Updated May 28, 2019 - 1:35 PM

DAYTON, Ohio — At least 14 tornadoes touched down across the Miami Valley late Monday and early Tuesday, flattening homes from Trotwood to Beavercreek and leaving tens of thousands of people without power or running water. Here's what we know so far.

THE TIMELINE

The National Weather Service issued the first tornado warning for the area at 9:34 p.m. Monday. A large tornado crossed into Trotwood at about 10:50 p.m., and within 30 minutes a second twister had torn through Old North Dayton and Riverside. The last warning for Montgomery County expired at 1:30 a.m.

THE DAMAGE

One person was killed in Celina, in Mercer County, when a vehicle was thrown into a house. Dozens of people were treated at area hospitals, most for cuts and broken bones. Weather service survey teams rated the Trotwood tornado at least an EF3 on Tuesday morning and will be back out Wednesday to look at the damage in Brookville and Harrison Township.

WATER AND POWER

Dayton's water treatment plants lost power around midnight, and the city has issued a boil advisory for all customers. Officials asked residents to use water only for drinking and cooking for the next 48 hours. Dayton Power and Light said about 64,000 customers were still in the dark as of noon.

SCHOOLS AND ROADS

Trotwood-Madison and Northridge schools canceled classes Tuesday and Wednesday. A stretch of Interstate 75 near the Needmore Road exit was closed for several hours while snowplows pushed debris off the lanes.

WHAT'S NEXT

Gov. Mike DeWine toured the damage this morning and said the state would ask for federal help. "I've never seen anything like this," said Trotwood resident Keisha Howard, who rode out the storm in her basement with three children. "It was over in a minute, and the house was gone."

More storms are possible tonight and again Thursday, the weather service said. Forecasters urged people with damaged roofs to cover them with tarps now.

Longtime residents compared the night to the Xenia tornado of April 3, 1974, which killed 32 people and remains the most destructive in the region's history.

Stay with WHIO for updates. If you need help, the Red Cross has opened a shelter at the Dayton Convention Center.
""", [
    ('Memorial Day', 'DATE', '2019-05-27'),
    ('May 28, 2019 - 1:35 PM', 'TIME', '2019-05-28T13:35'),
    ('late Monday', 'DATE', '2019-05-27'),
    ('early Tuesday', 'DATE', '2019-05-28'),
    ('9:34 p.m. Monday', 'TIME', '2019-05-27T21:34'),
    ('about 10:50 p.m.', 'TIME', '2019-05-27T22:50'),
    ('30 minutes', 'DURATION', 'PT30M'),
    ('1:30 a.m.', 'TIME', '2019-05-28T01:30'),
    ('Tuesday morning', 'DATE|TIME', '2019-05-28TMO'),
    ('Wednesday', 'DATE', '2019-05-29'),
    ('around midnight', 'TIME', '2019-05-27T24:00|2019-05-28T00:00'),
    ('the next 48 hours', 'DURATION', 'PT48H'),
    ('noon', 'TIME', '2019-05-28T12:00'),
    ('Tuesday', 'DATE', '2019-05-28'),
    ('Wednesday', 'DATE', '2019-05-29'),
    ('several hours', 'DURATION', 'PTXH'),
    ('this morning', 'DATE|TIME', '2019-05-28TMO'),
    ('a minute', 'DURATION', 'PT1M'),
    ('tonight', 'DATE|TIME', '2019-05-28TNI'),
    ('Thursday', 'DATE', '2019-05-30'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the night', 'DATE|TIME', '2019-05-27TNI'),
    ('April 3, 1974', 'DATE', '1974-04-03'),
]),
# 9. Reuters, strike at farm equipment maker (2021)
('2021-10-18', 'auto', """Deere workers stay out as strike talks stall

CHICAGO, Oct 18 (Reuters) - More than 10,000 Deere & Co workers stayed off the job on Monday, with no new talks scheduled between the farm equipment maker and the United Auto Workers union, which called the strike last week after members overwhelmingly rejected a proposed six-year contract.

Workers at 14 plants and parts depots in Iowa, Illinois and Kansas walked out at 12:01 a.m. on Thursday. It is the first major strike at Deere since 1986, when a walkout lasted more than five months.

Union members voted down the tentative deal on Oct. 10 by a margin of about 90%. It would have given immediate raises of 5% to 6% this year and further increases of 3% in 2023 and 2025, but workers said it fell far short after the company posted record profits.

"We kept the plants running through the whole pandemic, and this is what they offer us," said Chris Laursen, a welder at Deere's Waterloo tractor works who has worked there for 19 years. He said strikers picket in four-hour shifts around the clock and receive $275 a week from the union's strike fund.

Deere said it was using salaried employees and contractors to keep some operations going and remained "committed to reaching an agreement that puts our employees in a better position." The company did not say when talks might resume.

The Moline, Illinois-based company is expected to report record earnings for fiscal 2021, which ends Oct. 31. In August it forecast net income of $5.7 billion to $5.9 billion.

The walkout comes amid a wave of labor unrest that some union activists have dubbed "Striketober". About 1,400 workers at cereal maker Kellogg Co have been on strike since Oct. 5, and tens of thousands of Hollywood crew members came close to walking out this month before reaching a deal on Saturday.

Tight labor markets have given workers more leverage in recent months, economists say, and many employers are struggling to fill jobs.

"The longer this goes on, the more it threatens Deere's ability to deliver machines for the spring planting season," said Kristen Owen, an analyst at Oppenheimer. Dealers already have low inventories because of supply chain problems, she said.

Deere shares were down 1.5% on Monday afternoon.
""", [
    ('Oct 18', 'DATE', '2021-10-18'),
    ('Monday', 'DATE', '2021-10-18'),
    ('last week', 'DATE', '2021-W41'),
    ('six-year', 'DURATION', 'P6Y'),
    ('12:01 a.m. on Thursday', 'TIME', '2021-10-14T00:01'),
    ('1986', 'DATE', '1986'),
    ('more than five months', 'DURATION', 'P5M'),
    ('Oct. 10', 'DATE', '2021-10-10'),
    ('this year', 'DATE', '2021'),
    ('2023', 'DATE', '2023'),
    ('2025', 'DATE', '2025'),
    ('19 years', 'DURATION', 'P19Y'),
    ('four-hour', 'DURATION', 'PT4H'),
    ('a week', 'SET', 'P1W'),
    ('fiscal 2021', 'DATE', 'FY2021|2021'),
    ('Oct. 31', 'DATE', '2021-10-31'),
    ('August', 'DATE', '2021-08'),
    ('Oct. 5', 'DATE', '2021-10-05'),
    ('this month', 'DATE', '2021-10'),
    ('Saturday', 'DATE', '2021-10-16'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('spring', 'DATE', '2022-SP'),
    ('Monday afternoon', 'DATE|TIME', '2021-10-18TAF'),
]),
# 10. The Guardian, verdict in a misconduct trial with a timeline of the case (2023)
('2023-02-09', 'auto', """Former council leader guilty of misconduct over £4m housing contracts

Jury at Birmingham crown court took less than a day to convict Derek Holloway, who steered repair work to a close friend's firm

Jessica Murray, Midlands correspondent
Thu 9 Feb 2023 14.05 GMT
First published on Thu 9 Feb 2023 11.20 GMT

A former council leader has been found guilty of misconduct in public office after steering £4m of housing repair contracts to a company run by a close friend.

A jury at Birmingham crown court took less than a day to convict Derek Holloway, who led Stourford borough council from 2014 to 2019. Holloway, who denied the charge, showed no reaction as the verdict was read at 10.52am on Thursday.

The judge, Mr Justice Pennington, adjourned sentencing until 24 March and told Holloway that a prison term was "almost inevitable". He was granted bail.

The trial, which began on 16 January, heard that between 2016 and 2018 Holloway pushed through 27 contracts for roofing and damp repairs without competitive tendering, most of them to Pratt Building Services, a firm owned by his friend of 30 years, Gary Pratt.

Phone records showed the two men spoke almost every day while the contracts were being drawn up, the prosecutor, Sarah Whitfield KC, told the court. "This was not carelessness," she said. "It was a private arrangement paid for by council tenants."

Concerns were first raised by a whistleblower in the council's finance department in the summer of 2018. West Midlands police arrested Holloway the following spring, and he stood down as leader within a week. He was charged in October 2021 after an investigation that lasted more than two years.

Pratt pleaded guilty to fraud last year and was jailed for three years and four months.

Tenants' groups said many of the repairs had never been properly finished. One resident, Maureen Collins, told the Guardian outside court that she had lived with black mould in her flat for five years. "Nobody listened to us for years," she said. "At least somebody is listening now."

Update, 14.05 GMT: Holloway's solicitor said outside court this afternoon that his client was "considering an appeal". The current council leader, Amrit Sandhu, said the authority had "changed completely how it buys services over the past four years" and has commissioned an independent audit of its contracts every year since 2020.
""", [
    ('less than a day', 'DURATION', 'P1D'),
    ('Thu 9 Feb 2023 14.05 GMT', 'TIME', '2023-02-09T14:05'),
    ('Thu 9 Feb 2023 11.20 GMT', 'TIME', '2023-02-09T11:20'),
    ('less than a day', 'DURATION', 'P1D'),
    ('2014', 'DATE', '2014'),
    ('2019', 'DATE', '2019'),
    ('10.52am on Thursday', 'TIME', '2023-02-09T10:52'),
    ('24 March', 'DATE', '2023-03-24'),
    ('16 January', 'DATE', '2023-01-16'),
    ('2016', 'DATE', '2016'),
    ('2018', 'DATE', '2018'),
    ('30 years', 'DURATION', 'P30Y'),
    ('almost every day', 'SET', 'P1D'),
    ('the summer of 2018', 'DATE', '2018-SU'),
    ('the following spring', 'DATE', '2019-SP'),
    ('a week', 'DURATION', 'P1W'),
    ('October 2021', 'DATE', '2021-10'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('last year', 'DATE', '2022'),
    ('three years and four months', 'DURATION', 'P3Y4M'),
    ('five years', 'DURATION', 'P5Y'),
    ('years', 'DURATION', 'PXY'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('14.05 GMT', 'TIME', '2023-02-09T14:05'),
    ('this afternoon', 'DATE|TIME', '2023-02-09TAF'),
    ('the past four years', 'DURATION', 'P4Y'),
    ('every year', 'SET', 'P1Y'),
    ('2020', 'DATE', '2020'),
]),
# 11. BBC News live page, aftermath of a named storm (2024)
('2024-01-22', 'auto', """Storm Isha: Two dead as gusts of 99mph batter UK

Live Reporting
Edited by Emily McGarvey and Sean Seddon

Summary
Two men have died in separate crashes after their cars hit fallen trees during Storm Isha
A gust of 99mph was recorded at Brizlee Wood in Northumberland on Sunday night
Tens of thousands of homes are still without power this morning
Rail services across Scotland are suspended while lines are checked
Another storm, Jocelyn, is due to bring more strong winds from Tuesday evening

11:02
Jocelyn on the way
The Met Office has named Storm Jocelyn, the 10th named storm since September, and issued amber wind warnings for parts of Scotland from 18:00 on Tuesday until 15:00 on Wednesday.

Forecasters say it should be less severe than Isha, but it will hit many of the same places. One network operator told us its engineers had "about 36 hours" to reconnect as many homes as possible before the next storm arrives.

10:15
Thousands still without power
Northern Ireland Electricity Networks says more than 40,000 customers remain without power, and some may not be reconnected until Wednesday. In the Republic of Ireland, ESB Networks says about 170,000 homes, farms and businesses lost supply at the height of the storm.

09:41
What we know about the deaths
Police Scotland said a man in his 80s died when the car he was driving hit a fallen tree near Falkirk on Sunday evening. In Northern Ireland, a man died early this morning when his car struck a tree in Limavady, County Londonderry.

09:02
Travel disruption
Dozens of flights into Heathrow, Edinburgh and Dublin were diverted on Sunday evening, some as far as Paris and Cologne, and airlines cancelled more than 200 flights over the two days.

ScotRail suspended all services from 19:00 on Sunday and says trains will not run before midday while engineers deal with more than 300 reports of trees on the line.

08:30
How strong were the winds?
The Met Office says the strongest gusts came between 22:00 and 02:00, as the tightest part of the storm crossed northern England and southern Scotland. Brizlee Wood recorded 99mph and Capel Curig in Snowdonia 90mph.

08:05
Good morning
Welcome to our live coverage. Storm Isha swept across the UK and Ireland on Sunday, bringing down trees, closing bridges and leaving hundreds of thousands of people without electricity. We will bring you the latest on the clean-up, travel and the approaching Storm Jocelyn throughout the day.
""", [
    ('Sunday night', 'DATE|TIME', '2024-01-21TNI'),
    ('this morning', 'DATE|TIME', '2024-01-22TMO'),
    ('Tuesday evening', 'DATE|TIME', '2024-01-23TEV'),
    ('11:02', 'TIME', '2024-01-22T11:02'),
    ('September', 'DATE', '2023-09'),
    ('18:00 on Tuesday', 'TIME', '2024-01-23T18:00'),
    ('15:00 on Wednesday', 'TIME', '2024-01-24T15:00'),
    ('about 36 hours', 'DURATION', 'PT36H'),
    ('10:15', 'TIME', '2024-01-22T10:15'),
    ('Wednesday', 'DATE', '2024-01-24'),
    ('09:41', 'TIME', '2024-01-22T09:41'),
    ('Sunday evening', 'DATE|TIME', '2024-01-21TEV'),
    ('early this morning', 'DATE|TIME', '2024-01-22TMO'),
    ('09:02', 'TIME', '2024-01-22T09:02'),
    ('Sunday evening', 'DATE|TIME', '2024-01-21TEV'),
    ('the two days', 'DURATION', 'P2D'),
    ('19:00 on Sunday', 'TIME', '2024-01-21T19:00'),
    ('midday', 'TIME', '2024-01-22T12:00'),
    ('08:30', 'TIME', '2024-01-22T08:30'),
    ('22:00', 'TIME', '2024-01-21T22:00'),
    ('02:00', 'TIME', '2024-01-22T02:00'),
    ('08:05', 'TIME', '2024-01-22T08:05'),
    ('Sunday', 'DATE', '2024-01-21'),
    ('the day', 'DATE', '2024-01-22'),
]),
# 12. CNN, 'what we know' about deadly weekend flooding (2025)
('2025-02-17', 'auto', """Kentucky flooding: What we know about the deadly weekend storm

By CNN Staff
Updated 2:14 PM EST, Mon February 17, 2025

At least nine people have died in Kentucky after a powerful storm dumped several inches of rain on already soggy ground over the weekend, sending rivers over their banks and trapping people in homes and cars, Gov. Andy Beshear said Monday.

Here's what we know.

How the storm unfolded

Rain began falling across the Ohio Valley on Friday night. By Saturday afternoon, the National Weather Service had issued flash flood emergencies for parts of eastern and southern Kentucky, and some communities had picked up more than 5 inches of rain in 24 hours. Water rose fastest early Sunday, when creeks in Pike and Clay counties jumped several feet in less than an hour.

Rescue crews pulled more than 1,000 people from flooded homes and vehicles between Saturday and Sunday night, Beshear said. Most of the deaths happened when drivers tried to cross flooded roads.

"Please stay where you are for the next 24 hours," the governor said at a news conference Monday morning. "No trip is worth your life."

Why it was so bad

The ground was already saturated after a wet start to February, and the rain fell on the same hollows that were devastated in July 2022, when flash floods killed 45 people in eastern Kentucky. Some families who rebuilt after that disaster lost their homes for the second time in less than three years.

What happens next

State offices were closed Monday for Presidents Day, but emergency crews were working around the clock. Hundreds of roads remain closed, and more than 20,000 customers were without power on Monday afternoon.

The cold is now the bigger threat. Wind chills could fall below zero tonight, and bitterly cold air will stay in place through Wednesday. The Ohio River at Louisville is forecast to crest Wednesday or Thursday at its highest level since 1997.

Beshear said Sunday that he had asked President Donald Trump for a federal emergency declaration, and that he expected an answer soon. The Federal Emergency Management Agency has already sent teams to the state.

Residents of eastern Kentucky say flash flooding now comes almost every spring. "My grandparents saw maybe two big floods in their whole lives," said Hazard resident Tammy Sizemore. "Now we get one every couple of years."
""", [
    ('weekend', 'DATE', '2025-W07-WE'),
    ('2:14 PM EST, Mon February 17, 2025', 'TIME', '2025-02-17T14:14'),
    ('the weekend', 'DATE', '2025-W07-WE'),
    ('Monday', 'DATE', '2025-02-17'),
    ('Friday night', 'DATE|TIME', '2025-02-14TNI'),
    ('Saturday afternoon', 'DATE|TIME', '2025-02-15TAF'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('early Sunday', 'DATE', '2025-02-16'),
    ('less than an hour', 'DURATION', 'PT1H'),
    ('Saturday', 'DATE', '2025-02-15'),
    ('Sunday night', 'DATE|TIME', '2025-02-16TNI'),
    ('the next 24 hours', 'DURATION', 'PT24H'),
    ('Monday morning', 'DATE|TIME', '2025-02-17TMO'),
    ('February', 'DATE', '2025-02'),
    ('July 2022', 'DATE', '2022-07'),
    ('less than three years', 'DURATION', 'P3Y'),
    ('Monday', 'DATE', '2025-02-17'),
    ('Presidents Day', 'DATE', '2025-02-17'),
    ('Monday afternoon', 'DATE|TIME', '2025-02-17TAF'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('tonight', 'DATE|TIME', '2025-02-17TNI'),
    ('Wednesday', 'DATE', '2025-02-19'),
    ('Wednesday', 'DATE', '2025-02-19'),
    ('Thursday', 'DATE', '2025-02-20'),
    ('1997', 'DATE', '1997'),
    ('Sunday', 'DATE', '2025-02-16'),
    ('soon', 'DATE', 'FUTURE_REF'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('almost every spring', 'SET', 'XXXX-SP'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('every couple of years', 'SET', 'P2Y'),
]),
]
