# Gold TIMEX3 probe set 12: fourteen news articles of 2012-2016 in the styles of AP, CNN, WSJ, BBC and NYT, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, aviation accident (2013)
('2013-07-08', 'auto', """Investigators recover flight recorders from Maine commuter crash

BANGOR, Maine (AP) — Federal investigators on Monday recovered both flight recorders from the wreckage of a commuter plane that crashed short of a runway in northern Maine over the weekend, killing four of the 19 people on board.

The twin-engine turboprop, operated by Pine Coast Airlines, went down in dense fog at about 9:40 p.m. Saturday as it approached Bangor International Airport on a flight from Boston. Fifteen people, including a 6-year-old girl, were taken to hospitals; seven remained in serious condition Monday.

National Transportation Safety Board member Ellen Ruiz said the recorders would be flown to the agency's laboratory in Washington on Monday night and that investigators hoped to have preliminary data by Wednesday.

"It is far too early to say what caused this accident," Ruiz said at a news conference. "We will be on scene for at least a week, and a full investigation typically takes more than a year."

Ruiz said the crew reported no problems to air traffic controllers during the final 20 minutes of the flight. Weather records show visibility at the airport had dropped below a quarter-mile by 9 p.m.

The airline, which operates about 40 flights daily between Boston and small airports across New England, canceled all of its flights on Sunday and said it would resume a reduced schedule Tuesday morning.

Pine Coast chief executive Mark Tillman said the captain, a 52-year-old former Navy pilot, had flown for the company since 2004. The first officer joined the airline two years ago after training at a flight school in Florida.

The aircraft, a Beechcraft 1900D built in 1998, passed a routine inspection last month, Tillman said. "Our hearts are with the families tonight," he said.

It was the deadliest crash involving a U.S. commuter airline since February 2009, when a Colgan Air plane went down near Buffalo, New York, killing 50 people. That accident led Congress to order tougher training and rest rules for airline pilots, which are due to take full effect early next year.

Residents of nearby Hermon said they heard the plane's engines roar moments before the impact. "It sounded like it was coming right through the roof," said Doris Pelletier, 71, who has lived beside the airfield for three decades.

The NTSB expects to release a preliminary report within 30 days. A memorial service for the victims is planned for Friday afternoon at a church in Bangor, and the airline said it would pay for the families' travel.
""", [
    ('Monday', 'DATE', '2013-07-08'),
    ('the weekend', 'DATE', '2013-W27-WE'),
    ('about 9:40 p.m. Saturday', 'TIME', '2013-07-06T21:40'),
    ('Monday', 'DATE', '2013-07-08'),
    ('Monday night', 'DATE|TIME', '2013-07-08TNI'),
    ('Wednesday', 'DATE', '2013-07-10'),
    ('at least a week', 'DURATION', 'P1W'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('the final 20 minutes', 'DURATION', 'PT20M'),
    ('9 p.m.', 'TIME', '2013-07-06T21:00'),
    ('daily', 'SET', 'P1D'),
    ('Sunday', 'DATE', '2013-07-07'),
    ('Tuesday morning', 'DATE|TIME', '2013-07-09TMO'),
    ('2004', 'DATE', '2004'),
    ('two years ago', 'DATE', '2011'),
    ('1998', 'DATE', '1998'),
    ('last month', 'DATE', '2013-06'),
    ('tonight', 'DATE|TIME', '2013-07-08TNI'),
    ('February 2009', 'DATE', '2009-02'),
    ('early next year', 'DATE', '2014'),
    ('three decades', 'DURATION', 'P30Y|P3E'),
    ('30 days', 'DURATION', 'P30D'),
    ('Friday afternoon', 'DATE|TIME', '2013-07-12TAF'),
]),

# 2. CNN, epidemic (2014)
('2014-10-16', 'auto', """Oregon measles outbreak grows to 61 cases

(CNN) -- A measles outbreak in southern Oregon has grown to 61 confirmed cases, state health officials said Thursday, making it the largest in the state in more than two decades.

Eleven new cases have been reported since Monday, the Oregon Health Authority said, and at least nine patients have been hospitalized. No deaths have been reported.

The outbreak began in late August, when an unvaccinated teenager returned from a trip to the Philippines and attended a church youth camp near Medford. By mid-September, cases had appeared in three counties.

"We are now seeing transmission in schools, and that is what worries us most," said Dr. Karen Whitlock, the state epidemiologist. "The next two weeks will tell us whether we are getting ahead of this."

Officials on Tuesday ordered unvaccinated students at 14 schools in Jackson and Josephine counties to stay home for 21 days after their last possible exposure. Free vaccination clinics will open Saturday morning and will run every weekend through November, Whitlock said.

Parents at Lincoln Elementary School in Grants Pass confronted district officials at a tense meeting Wednesday night. Several said the school notified families of a first case on October 3 but did not tell them about a second one until a week later.

"I've kept my kids home since last Friday," said Jenna Morales, a mother of two. "Nobody can tell me when it will be safe to send them back."

Measles was declared eliminated from the United States in 2000, but cases have climbed in recent years as more parents opt out of vaccines. The U.S. Centers for Disease Control and Prevention has counted 594 cases nationwide this year, the most since 1994.

Oregon has one of the highest rates of nonmedical vaccine exemptions in the country. Last year, about 7% of the state's kindergartners had such an exemption, according to the CDC. A 2013 state law requires parents seeking one to watch an educational video or talk to a doctor.

The virus is highly contagious and can linger in the air for up to two hours after an infected person leaves a room. Symptoms usually appear about 10 days after exposure, beginning with fever and cough before the rash develops.

State lawmakers plan to hold a hearing on exemption rules in January, and the governor's office said this week that it would support tighter limits.

Health officials urged anyone with a fever and rash to call ahead before visiting a clinic or emergency room. The health authority said it would update its case count twice a week, on Mondays and Thursdays.
""", [
    ('Thursday', 'DATE', '2014-10-16'),
    ('more than two decades', 'DURATION', 'P20Y|P2E'),
    ('Monday', 'DATE', '2014-10-13'),
    ('late August', 'DATE', '2014-08'),
    ('mid-September', 'DATE', '2014-09'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('The next two weeks', 'DURATION', 'P2W'),
    ('Tuesday', 'DATE', '2014-10-14'),
    ('21 days', 'DURATION', 'P21D'),
    ('Saturday morning', 'DATE|TIME', '2014-10-18TMO'),
    ('every weekend', 'SET', 'XXXX-WXX-WE'),
    ('November', 'DATE', '2014-11'),
    ('Wednesday night', 'DATE|TIME', '2014-10-15TNI'),
    ('October 3', 'DATE', '2014-10-03'),
    ('a week later', 'DATE', '2014-10-10'),
    ('last Friday', 'DATE', '2014-10-10'),
    ('2000', 'DATE', '2000'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('this year', 'DATE', '2014'),
    ('1994', 'DATE', '1994'),
    ('Last year', 'DATE', '2013'),
    ('2013', 'DATE', '2013'),
    ('up to two hours', 'DURATION', 'PT2H'),
    ('about 10 days', 'DURATION', 'P10D'),
    ('January', 'DATE', '2015-01'),
    ('this week', 'DATE', '2014-W42'),
    ('twice a week', 'SET', 'P1W'),
    ('Mondays', 'SET', 'XXXX-WXX-1'),
    ('Thursdays', 'SET', 'XXXX-WXX-4'),
]),

# 3. Wall Street Journal, central bank and markets (2015)
('2015-12-17', 'auto', """Fed Raises Rates, Ending Era of Near-Zero Borrowing Costs

WASHINGTON—The Federal Reserve raised its benchmark interest rate Wednesday for the first time in nearly a decade, closing a seven-year period of near-zero rates and signaling that further increases would come slowly.

Officials voted unanimously to lift the federal-funds rate to a range between 0.25% and 0.5%, from between zero and 0.25%, where it had stood since December 2008. The decision, announced at 2 p.m. after a two-day policy meeting, had been widely expected.

Stocks rallied after the announcement. The Dow Jones Industrial Average rose 1.3% on Wednesday, and stocks were modestly higher Thursday morning. Treasury yields, which are sensitive to expectations for Fed policy, climbed to their highest level since April 2010.

Fed Chairwoman Janet Yellen said at a news conference that the economy had made considerable progress and that officials expected to raise rates gradually. Projections released with the statement showed officials expect four quarter-percentage-point increases next year and the rate to reach 1.375% by the end of 2016.

The Fed last raised rates in June 2006, before the financial crisis and the recession that began late the following year. It cut rates to near zero in the depths of the crisis and bought trillions of dollars of bonds over the next six years to hold down mortgage rates and other borrowing costs.

Investors' attention now shifts to the pace of increases. Futures markets on Thursday implied just two increases in 2016, fewer than officials projected.

"The market doesn't believe the dots," said Priya Natarajan, chief U.S. economist at Halvorsen Capital, referring to the chart of officials' rate projections. "Inflation has been below the Fed's 2% target for more than three years, and that isn't going to change by March."

Officials next meet in late January. Most analysts expect them to hold rates steady at that meeting and to consider a second move in the spring.

Banks moved quickly to pass on the increase. J.P. Morgan Chase & Co., Wells Fargo & Co. and others said late Wednesday they would raise their prime lending rates to 3.5% from 3.25%, effective Thursday.

For savers, the change will make little difference at first. Deposit rates at most big banks remain below 0.1%, and economists said they are likely to lag behind for months.
""", [
    ('Wednesday', 'DATE', '2015-12-16'),
    ('nearly a decade', 'DURATION', 'P10Y|P1E'),
    ('seven-year', 'DURATION', 'P7Y'),
    ('December 2008', 'DATE', '2008-12'),
    ('2 p.m.', 'TIME', '2015-12-16T14:00'),
    ('two-day', 'DURATION', 'P2D'),
    ('Wednesday', 'DATE', '2015-12-16'),
    ('Thursday morning', 'DATE|TIME', '2015-12-17TMO'),
    ('April 2010', 'DATE', '2010-04'),
    ('next year', 'DATE', '2016'),
    ('the end of 2016', 'DATE', '2016|2016-12'),
    ('June 2006', 'DATE', '2006-06'),
    ('late the following year', 'DATE', '2007'),
    ('the next six years', 'DURATION', 'P6Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Thursday', 'DATE', '2015-12-17'),
    ('2016', 'DATE', '2016'),
    ('more than three years', 'DURATION', 'P3Y'),
    ('March', 'DATE', '2016-03'),
    ('late January', 'DATE', '2016-01'),
    ('the spring', 'DATE', '2016-SP'),
    ('late Wednesday', 'DATE', '2015-12-16'),
    ('Thursday', 'DATE', '2015-12-17'),
    ('months', 'DURATION', 'PXM'),
]),

# 4. BBC News, cabinet reshuffle (2014)
('2014-11-04', 'auto', """Cabinet reshuffle: Health secretary moved after months of pressure

The prime minister has carried out a wide-ranging reshuffle of his cabinet, moving five senior ministers and promoting three newcomers six months before the general election.

Health Secretary Andrew Pryce, who has faced criticism over hospital waiting times since the summer, becomes Environment Secretary. He is replaced by Claire Hollis, 44, who had been a Treasury minister since 2012.

Downing Street said the changes, announced on Tuesday morning, would "strengthen the team" ahead of the campaign. The new ministers will attend their first cabinet meeting at 09:30 on Wednesday.

It is the biggest shake-up since July, when the prime minister replaced a third of his cabinet in a move widely seen as preparing for the election.

Mr Pryce had been under growing pressure since figures published last month showed that only 92.6% of patients in A&E departments in England were seen within four hours, well below the 95% target.

Labour described the reshuffle as "a desperate rearrangement of the deckchairs". "For four years this government has let the NHS drift, and no amount of shuffling will change that now," a party spokeswoman said.

Former schools minister David Okafor returns to government as chief whip. He resigned in 2012 after a row over his expenses claims.

Transport Secretary Fiona Lamb becomes Work and Pensions Secretary and will oversee the national rollout of universal credit, which has been repeatedly delayed since 2013.

Under legislation passed in 2011, the next general election will be held on 7 May 2015.

Analysis - Nick Harper, political correspondent

Reshuffles are usually planned weeks in advance, but this one appears to have been brought forward after the weekend, when two backbench Conservative MPs publicly questioned whether the health secretary should stay in his job.

Number 10 will hope the new faces can steady nerves before the Autumn Statement on 3 December, the last big economic set piece before voters go to the polls.

Ministers say the prime minister will announce a further round of junior appointments later this week, and more changes are possible in the new year.
""", [
    ('months', 'DURATION', 'PXM'),
    ('six months', 'DURATION', 'P6M'),
    ('the summer', 'DATE', '2014-SU'),
    ('2012', 'DATE', '2012'),
    ('Tuesday morning', 'DATE|TIME', '2014-11-04TMO'),
    ('09:30 on Wednesday', 'TIME', '2014-11-05T09:30'),
    ('July', 'DATE', '2014-07'),
    ('last month', 'DATE', '2014-10'),
    ('four hours', 'DURATION', 'PT4H'),
    ('four years', 'DURATION', 'P4Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2012', 'DATE', '2012'),
    ('2013', 'DATE', '2013'),
    ('2011', 'DATE', '2011'),
    ('7 May 2015', 'DATE', '2015-05-07'),
    ('weeks', 'DURATION', 'PXW'),
    ('the weekend', 'DATE', '2014-W44-WE'),
    ('3 December', 'DATE', '2014-12-03'),
    ('later this week', 'DATE', '2014-W45'),
    ('the new year', 'DATE', '2015'),
]),

# 5. New York Times, election campaign (2016)
('2016-03-07', 'auto', """In Suburban Chicago, a Bitter House Primary Heads to the Wire

NAPERVILLE, Ill. — With eight days left before the March 15 primary, the two Democrats vying for an open House seat west of Chicago spent the weekend doing what they have done for months: knocking on doors and attacking each other.

State Senator Lisa Moreno, 51, and Thomas Reardon, a former federal prosecutor, are competing to succeed Representative Gerald Haskins, who announced in June that he would retire after nine terms.

A poll released on Sunday by a Chicago television station showed Ms. Moreno leading by four percentage points, within the margin of error. A month ago, she trailed by nine.

On Saturday, Mr. Reardon held a rally in a high school gym in Aurora, where he accused his opponent of having "voted for every tax increase since 2009."

"She's been in Springfield for 12 years, and the state still can't pass a budget," he told about 300 supporters. Illinois has gone without a budget since July 1, the result of a standoff between the Democratic legislature and the Republican governor.

Ms. Moreno, who won the endorsements of two labor unions last week, says Mr. Reardon moved into the district only two years ago.

"Voters here want somebody who knows them," she said Monday morning outside a commuter rail station, where she handed out coffee to people heading into the city.

The district, drawn after the 2010 census, sent a Democrat to Congress in 2012 and 2014, but Republicans see an opening in November. Outside groups have spent more than $3.1 million on the primary since January, according to Federal Election Commission filings, much of it on television ads that air several times a day.

Early voting began on Feb. 29 and will continue through Monday, March 14. Election officials in DuPage County said Friday that turnout so far was running about 40 percent ahead of the 2012 primary.

The candidates will meet Thursday at 7 p.m. on public television for their third and final debate.

"After the last debate, I went home and slept for 14 hours," Mr. Reardon said. "This time I've cleared my schedule for the day after."

Ms. Moreno said she expected the race to be decided by a few thousand votes. "Nobody on my staff has had a full night's sleep since Christmas," she said.
""", [
    ('eight days', 'DURATION', 'P8D'),
    ('March 15', 'DATE', '2016-03-15'),
    ('the weekend', 'DATE', '2016-W09-WE'),
    ('months', 'DURATION', 'PXM'),
    ('June', 'DATE', '2015-06'),
    ('Sunday', 'DATE', '2016-03-06'),
    ('A month ago', 'DATE', '2016-02'),
    ('Saturday', 'DATE', '2016-03-05'),
    ('2009', 'DATE', '2009'),
    ('12 years', 'DURATION', 'P12Y'),
    ('July 1', 'DATE', '2015-07-01'),
    ('last week', 'DATE', '2016-W09'),
    ('two years ago', 'DATE', '2014'),
    ('Monday morning', 'DATE|TIME', '2016-03-07TMO'),
    ('2010', 'DATE', '2010'),
    ('2012', 'DATE', '2012'),
    ('2014', 'DATE', '2014'),
    ('November', 'DATE', '2016-11'),
    ('January', 'DATE', '2016-01'),
    ('several times a day', 'SET', 'P1D'),
    ('Feb. 29', 'DATE', '2016-02-29'),
    ('Monday, March 14', 'DATE', '2016-03-14'),
    ('Friday', 'DATE', '2016-03-04'),
    ('2012', 'DATE', '2012'),
    ('Thursday at 7 p.m.', 'TIME', '2016-03-10T19:00'),
    ('14 hours', 'DURATION', 'PT14H'),
    ('the day after', 'DATE', '2016-03-11'),
    ('Christmas', 'DATE', '2015-12-25'),
]),

# 6. AP, court case (2012)
('2012-05-23', 'auto', """Ohio residents ask judge to shut wells they link to quakes

COLUMBUS, Ohio (AP) — A judge heard nearly four hours of arguments Wednesday in a lawsuit by residents of a small eastern Ohio village who want two wells used to dispose of gas-drilling wastewater shut down, saying the wells have caused a string of earthquakes since last spring.

Franklin County Common Pleas Judge Ann Whitaker did not rule from the bench but said she would issue a decision "within the next few weeks." She ordered both sides to file final briefs by 5 p.m. on June 8.

Residents of Millbrook, a village of about 2,400 people near the Pennsylvania line, say they felt at least 11 small quakes between March 2011 and January, the strongest a magnitude-3.4 tremor on Christmas Day. Before that, residents said, no one in the village could remember the ground shaking.

The wells' operator, Tri-County Disposal Inc., denies any link and says the wells have operated safely since 1987. Its lawyer, Mark Feeney, told the judge that state geologists had found no connection after a review that lasted six months.

"The plaintiffs are asking this court to shut down a lawful business on the basis of speculation," Feeney said.

Attorneys for the residents countered that the volume of fluid pumped into the deeper of the two wells rose sharply in late 2010, only months before the first tremor. They asked the judge to order an immediate halt while the case proceeds.

State regulators in January halted injections at a separate well near Youngstown after a magnitude-4.0 quake there on Dec. 31. The state adopted tougher rules for disposal wells in March, requiring seismic monitoring before new permits are issued.

Ohio's disposal wells took in more than 12 million barrels of wastewater last year, more than half of it trucked in from Pennsylvania and West Virginia, according to the state Department of Natural Resources.

Retired teacher Helen Voss, 68, who has lived in Millbrook for four decades, said cracks appeared in her basement wall after a quake in the fall.

"I'm not against drilling. I'm against my house falling down," she said outside the courthouse Wednesday afternoon.

A hearing on a separate lawsuit filed by the village council is scheduled for July.
""", [
    ('nearly four hours', 'DURATION', 'PT4H'),
    ('Wednesday', 'DATE', '2012-05-23'),
    ('last spring', 'DATE', '2011-SP'),
    ('the next few weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('5 p.m. on June 8', 'TIME', '2012-06-08T17:00'),
    ('March 2011', 'DATE', '2011-03'),
    ('January', 'DATE', '2012-01'),
    ('Christmas Day', 'DATE', '2011-12-25'),
    ('1987', 'DATE', '1987'),
    ('six months', 'DURATION', 'P6M'),
    ('late 2010', 'DATE', '2010'),
    ('months', 'DURATION', 'PXM'),
    ('January', 'DATE', '2012-01'),
    ('Dec. 31', 'DATE', '2011-12-31'),
    ('March', 'DATE', '2012-03'),
    ('last year', 'DATE', '2011'),
    ('four decades', 'DURATION', 'P40Y|P4E'),
    ('the fall', 'DATE', '2011-FA'),
    ('Wednesday afternoon', 'DATE|TIME', '2012-05-23TAF'),
    ('July', 'DATE', '2012-07'),
]),

# 7. CNN, protest (2013)
('2013-11-30', 'auto', """Tens of thousands march in Lisbon against 2014 budget

Lisbon, Portugal (CNN) -- Tens of thousands of people marched through central Lisbon on Saturday to protest deep spending cuts in the budget for next year, the latest in a wave of demonstrations that has swept Portugal since it received an international bailout in May 2011.

Police estimated the crowd at 50,000; organizers put it at more than twice that. The march, which set off at 3 p.m. from Praça do Comércio, ended peacefully in front of parliament in the early evening.

The 2014 budget, which lawmakers approved in a final vote on Tuesday, cuts public-sector salaries by up to 12% and trims some pensions.

"We have given everything for three years, and they keep asking for more," said Ana Ribeiro, a 38-year-old nurse who traveled from Porto with her two children. "My salary today is what it was in 2005."

Portugal received a 78 billion euro rescue from the European Union and the International Monetary Fund in exchange for promises to raise taxes and cut spending. Unemployment has since climbed above 15%, and tens of thousands of young Portuguese have emigrated in search of work.

The bailout program is scheduled to end in June, and the government says the cuts are needed to convince investors that Portugal can stand on its own.

Unions have called a general strike for December 12, the country's fifth since 2010.

Smaller protests were held Saturday in Porto, Coimbra and Faro. Earlier this month, dock workers blocked the port of Lisbon for two days, and transport strikes have disrupted train service twice a month since the summer.

"The government has very little room to maneuver," said Rui Fonseca, an economist at the University of Lisbon. "The real question is whether public patience lasts another six months."

Organizers said they would return to the streets on Monday evening, when the president is due to decide whether to send the budget to the Constitutional Court. The court struck down several austerity measures in April, forcing the government to find savings elsewhere.
""", [
    ('2014', 'DATE', '2014'),
    ('Saturday', 'DATE', '2013-11-30'),
    ('next year', 'DATE', '2014'),
    ('May 2011', 'DATE', '2011-05'),
    ('3 p.m.', 'TIME', '2013-11-30T15:00'),
    ('the early evening', 'DATE|TIME', '2013-11-30TEV'),
    ('2014', 'DATE', '2014'),
    ('Tuesday', 'DATE', '2013-11-26'),
    ('three years', 'DURATION', 'P3Y'),
    ('today', 'DATE', 'PRESENT_REF|2013-11-30'),
    ('2005', 'DATE', '2005'),
    ('June', 'DATE', '2014-06'),
    ('December 12', 'DATE', '2013-12-12'),
    ('2010', 'DATE', '2010'),
    ('Saturday', 'DATE', '2013-11-30'),
    ('Earlier this month', 'DATE', '2013-11'),
    ('two days', 'DURATION', 'P2D'),
    ('twice a month', 'SET', 'P1M'),
    ('the summer', 'DATE', '2013-SU'),
    ('another six months', 'DURATION', 'P6M'),
    ('Monday evening', 'DATE|TIME', '2013-12-02TEV'),
    ('April', 'DATE', '2013-04'),
]),

# 8. Wall Street Journal, company earnings (2014)
('2014-04-24', 'auto', """Garrison Foods Profit Falls as Harsh Weather Hurts Sales

Garrison Foods Inc. said first-quarter profit fell 18% as severe weather kept shoppers at home and drove up freight costs, but the packaged-foods maker stood by its outlook for the year.

The Minneapolis company earned $142 million, or 61 cents a share, in the period, down from $173 million, or 74 cents a share, a year earlier. Excluding restructuring charges, per-share earnings were 68 cents, a penny ahead of the average estimate of analysts polled by Thomson Reuters.

Revenue slipped 3% to $2.31 billion. Sales of frozen meals, the company's biggest business, dropped 7%, while snack sales rose 4%.

"January and February were as tough as anything we've seen in a decade," Chief Executive Laura Brandt said on a call with analysts Thursday morning. "Business came back in March, and April is running ahead of plan."

Ms. Brandt, who became CEO three years ago, said the company still expects fiscal 2014 earnings of $2.90 to $3.00 a share, compared with $2.78 in fiscal 2013. It plans capital spending of about $300 million this year as it completes a new plant in Georgia, which is scheduled to open in the third quarter.

Garrison has struggled in recent years as consumers shift toward fresh and organic food. It announced a restructuring plan in October 2012 that has eliminated about 1,800 jobs and closed four plants, and it said Thursday it would close a fifth, in Ohio, by the end of the year.

The company also raised its dividend by two cents to 48 cents a share, payable June 2 to shareholders of record on May 9.

Shares rose 2.4% to $58.12 Thursday afternoon in New York. The stock had fallen 9% in 2014 before the report.

Analysts said the results showed the company's cost cuts were beginning to pay off. "They're managing through a rough patch, and the core business is holding up," said Jonathan Pike, an analyst at Crestmark Securities. He expects margins to improve in the second half as the Georgia plant comes online.

Garrison will report second-quarter results in late July.
""", [
    ('first-quarter', 'DATE', '2014-Q1'),
    ('the year', 'DATE', '2014'),
    ('a year earlier', 'DATE', '2013-Q1|2013'),
    ('January', 'DATE', '2014-01'),
    ('February', 'DATE', '2014-02'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('Thursday morning', 'DATE|TIME', '2014-04-24TMO'),
    ('March', 'DATE', '2014-03'),
    ('April', 'DATE', '2014-04'),
    ('three years ago', 'DATE', '2011'),
    ('fiscal 2014', 'DATE', 'FY2014|2014'),
    ('fiscal 2013', 'DATE', 'FY2013|2013'),
    ('this year', 'DATE', '2014'),
    ('the third quarter', 'DATE', '2014-Q3'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('October 2012', 'DATE', '2012-10'),
    ('Thursday', 'DATE', '2014-04-24'),
    ('the end of the year', 'DATE', '2014|2014-12'),
    ('June 2', 'DATE', '2014-06-02'),
    ('May 9', 'DATE', '2014-05-09'),
    ('Thursday afternoon', 'DATE|TIME', '2014-04-24TAF'),
    ('2014', 'DATE', '2014'),
    ('the second half', 'DATE', '2014-H2'),
    ('second-quarter', 'DATE', '2014-Q2'),
    ('late July', 'DATE', '2014-07'),
]),

# 9. BBC News, environment (2015)
('2015-02-10', 'auto', """Water firm fined £1.2m over Devon river sewage leak

A water company has been fined £1.2m after untreated sewage poured into a Devon river for almost three days, killing thousands of fish.

South Moor Water pleaded guilty at Exeter Crown Court on Monday to breaching its environmental permit at a treatment works near Ashcombe in August 2013.

The court heard that a pump failed during a storm on 16 August and the fault was not spotted until the following Monday, because an alarm had been switched off for maintenance.

Environment Agency officers found about 4,000 dead fish, including brown trout and salmon, along a 5km stretch of the River Leyne. An agency ecologist told the court it could take up to five years for fish stocks to recover fully.

Sentencing the company, Judge Martin Hale said it had shown "a casual attitude to risk" and noted that it had been fined twice before, in 2009 and 2011.

South Moor Water said it had since spent £3m on upgrades at the site and now tests its alarms daily. Treatment works of that size are inspected by the agency once a year.

The company, which serves about 500,000 customers, was also ordered to pay £85,000 in costs. It has 28 days to pay.

Figures published by the Environment Agency last month showed water companies were responsible for 62 serious pollution incidents in England in 2013, up from 51 the year before.

The Leyne Valley Rivers Trust said volunteers would restock the river with 5,000 young trout this spring.

"For decades this was one of the best trout streams in the south-west," said the trust's director, Sarah Penrose. "What happened that weekend undid years of work by volunteers."

From April, water companies in England will be required to report sewage spills to the agency within an hour of discovering them. The agency said it would publish its own review of the Ashcombe incident in the summer.
""", [
    ('almost three days', 'DURATION', 'P3D'),
    ('Monday', 'DATE', '2015-02-09'),
    ('August 2013', 'DATE', '2013-08'),
    ('16 August', 'DATE', '2013-08-16'),
    ('the following Monday', 'DATE', '2013-08-19'),
    ('up to five years', 'DURATION', 'P5Y'),
    ('2009', 'DATE', '2009'),
    ('2011', 'DATE', '2011'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('daily', 'SET', 'P1D'),
    ('once a year', 'SET', 'P1Y'),
    ('28 days', 'DURATION', 'P28D'),
    ('last month', 'DATE', '2015-01'),
    ('2013', 'DATE', '2013'),
    ('the year before', 'DATE', '2012'),
    ('this spring', 'DATE', '2015-SP'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('that weekend', 'DATE', '2013-W33-WE'),
    ('years', 'DURATION', 'PXY'),
    ('April', 'DATE', '2015-04'),
    ('an hour', 'DURATION', 'PT1H'),
    ('the summer', 'DATE', '2015-SU'),
]),

# 10. AP, sports event (2016)
('2016-08-14', 'auto', """Kessler rallies to win Lakeshore Classic for first PGA Tour title

GRAND RAPIDS, Mich. (AP) — Daniel Kessler birdied four of his last five holes Sunday to win the Lakeshore Classic by two strokes, ending a wait of nearly nine years for his first PGA Tour victory.

Kessler, a 31-year-old from Tulsa, Oklahoma, closed with a 6-under 65 to finish at 19-under 265. He began the final round three shots behind Mateo Ruiz, who shot 71.

"I've thought about this moment every day since I turned pro," Kessler said. "There were times I didn't know if I'd keep my card."

Play was suspended for 90 minutes on Saturday afternoon because of lightning, and the third round was not completed until early Sunday morning. Kessler finished his third round at 7:45 a.m. and teed off again before noon.

"I didn't have time to think, which was probably a good thing," he said.

Ruiz, the Spaniard who won the Canadian Open two years ago, made a double bogey on the 16th hole after his tee shot found the water. He tied for second with American Chris Dalton, who had a 66.

Kessler earned $1.08 million, a two-year exemption on tour and a spot in the Masters next April. He had missed the cut in six of his previous 10 starts and arrived in Michigan 142nd in the FedEx Cup standings, outside the top 125 who qualify for the playoffs that begin Aug. 25. The victory moved him to 58th.

His best previous finish was a tie for third at the 2012 Byron Nelson. He spent most of 2014 and 2015 on the Web.com Tour after surgery on his left wrist kept him out for eight months.

Kessler said he would take next week off to rest before the playoffs.

The tournament, first played in 1967, has been held at Pine Ridge Country Club since 1999. Its title sponsor's contract expires after next year, and organizers said they expected to announce a new sponsor in the fall.
""", [
    ('Sunday', 'DATE', '2016-08-14'),
    ('nearly nine years', 'DURATION', 'P9Y'),
    ('every day', 'SET', 'P1D'),
    ('90 minutes', 'DURATION', 'PT90M|PT1H30M'),
    ('Saturday afternoon', 'DATE|TIME', '2016-08-13TAF'),
    ('early Sunday morning', 'DATE|TIME', '2016-08-14TMO'),
    ('7:45 a.m.', 'TIME', '2016-08-14T07:45'),
    ('noon', 'TIME', '2016-08-14T12:00'),
    ('two years ago', 'DATE', '2014'),
    ('two-year', 'DURATION', 'P2Y'),
    ('next April', 'DATE', '2017-04'),
    ('Aug. 25', 'DATE', '2016-08-25'),
    ('2012', 'DATE', '2012'),
    ('2014', 'DATE', '2014'),
    ('2015', 'DATE', '2015'),
    ('eight months', 'DURATION', 'P8M'),
    ('next week', 'DATE', '2016-W33'),
    ('1967', 'DATE', '1967'),
    ('1999', 'DATE', '1999'),
    ('next year', 'DATE', '2017'),
    ('the fall', 'DATE', '2016-FA'),
]),

# 11. CNN, technology launch (2012)
('2012-09-13', 'auto', """Corvia unveils first smartphone, takes aim at budget buyers

San Francisco (CNN) -- Corvia, the Silicon Valley startup best known for its e-reader, unveiled its first smartphone Wednesday, betting that a $199 price tag without a contract will lure buyers away from Apple and Samsung.

The Corvia One will go on sale in the United States on September 21 and in Europe in October, chief executive Nina Alvarez told about 600 developers and reporters at the company's headquarters. Pre-orders open at 9 a.m. Friday.

"For two years, we've been asking one question: Why does a good phone have to cost $600?" Alvarez said during the hour-long presentation.

The phone has a 4.3-inch screen and a battery that the company says lasts up to two days on a single charge. It runs a modified version of Google's Android software, and Corvia promised to push out updates every month and to support the device for at least three years.

Android phones made up 68% of smartphones shipped worldwide in the second quarter, up from 47% a year earlier, according to research firm IDC. But most of those phones are sold in the United States with two-year carrier contracts, a model Corvia hopes to break.

Corvia was founded in 2008 by two former chip engineers. Its e-reader, launched in late 2010, has sold about 4 million units. The company said last month it had raised $85 million from investors, and it has hired more than 300 engineers since January.

Its last product launch, in 2011, was delayed by three weeks because of a shortage of screens. Alvarez said there would be no such problems this time.

Analysts were impressed but cautious. "The hardware is solid, but the real test comes in November and December, when the big brands spend heavily on advertising," said Marcus Webb, an analyst at Trenton Research.

Alvarez said the company had no plans to go public in the near future. A larger model will follow early next year, she said.

Corvia will stream a second demonstration for app developers tonight, and reviewers are expected to publish their first impressions next week.
""", [
    ('Wednesday', 'DATE', '2012-09-12'),
    ('September 21', 'DATE', '2012-09-21'),
    ('October', 'DATE', '2012-10'),
    ('9 a.m. Friday', 'TIME', '2012-09-14T09:00'),
    ('two years', 'DURATION', 'P2Y'),
    ('hour-long', 'DURATION', 'PT1H'),
    ('up to two days', 'DURATION', 'P2D'),
    ('every month', 'SET', 'P1M'),
    ('at least three years', 'DURATION', 'P3Y'),
    ('the second quarter', 'DATE', '2012-Q2'),
    ('a year earlier', 'DATE', '2011-Q2|2011'),
    ('two-year', 'DURATION', 'P2Y'),
    ('2008', 'DATE', '2008'),
    ('late 2010', 'DATE', '2010'),
    ('last month', 'DATE', '2012-08'),
    ('January', 'DATE', '2012-01'),
    ('2011', 'DATE', '2011'),
    ('three weeks', 'DURATION', 'P3W'),
    ('November', 'DATE', '2012-11'),
    ('December', 'DATE', '2012-12'),
    ('the near future', 'DATE', 'FUTURE_REF'),
    ('early next year', 'DATE', '2013'),
    ('tonight', 'DATE|TIME', '2012-09-13TNI'),
    ('next week', 'DATE', '2012-W38'),
]),

# 12. Wall Street Journal, takeover (2016)
('2016-06-06', 'auto', """Halcyon to Buy Brevard Coatings for $4.6 Billion

Halcyon Industries Inc. agreed to buy Brevard Coatings Corp. for about $4.6 billion in cash, the latest in a string of deals reshaping the specialty-chemicals industry.

The companies said Monday that Halcyon will pay $52 a share, a 31% premium to Brevard's closing price Friday. Including debt, the deal values Brevard at roughly $5.3 billion.

The boards of both companies approved the deal Sunday. It is expected to close in the first quarter of 2017, pending regulatory and shareholder approvals. Brevard shareholders are expected to vote on the deal in September.

Halcyon, based in Cleveland, first approached Brevard in February, according to people familiar with the matter. Brevard rejected an offer of $45 a share in March, the people said, and talks resumed in early May after Halcyon raised its bid.

Brevard shares jumped 27% to $50.35 on Monday morning. Halcyon shares fell 3.1%.

Halcyon Chief Executive Robert Klein said on a conference call that the combination would produce about $250 million in cost savings within three years and would add to earnings per share in fiscal 2018.

"We've admired this company for years," Mr. Klein said. "It fills the biggest gap in our portfolio."

Halcyon reported sales of $11.2 billion in fiscal 2015, which ended Sept. 30. Brevard, which makes industrial and marine coatings, had revenue of $3.4 billion last year.

Chemical companies have announced more than $300 billion in mergers since January 2015, including the planned combination of Dow Chemical Co. and DuPont Co., announced in December.

Halcyon has lined up $5 billion in bridge financing from Goldman Sachs Group Inc. and plans to sell bonds in the coming weeks. Under the agreement, Brevard may solicit rival bids for 30 days; it would owe Halcyon a $160 million breakup fee if it accepts one.

Brevard was spun off from a conglomerate in 2004 and has been seen as a takeover target since activist investor Carl Weston's fund took a 7% stake two years ago. Mr. Weston said Monday that he supported the deal.
""", [
    ('Monday', 'DATE', '2016-06-06'),
    ('Friday', 'DATE', '2016-06-03'),
    ('Sunday', 'DATE', '2016-06-05'),
    ('the first quarter of 2017', 'DATE', '2017-Q1'),
    ('September', 'DATE', '2016-09'),
    ('February', 'DATE', '2016-02'),
    ('March', 'DATE', '2016-03'),
    ('early May', 'DATE', '2016-05'),
    ('Monday morning', 'DATE|TIME', '2016-06-06TMO'),
    ('three years', 'DURATION', 'P3Y'),
    ('fiscal 2018', 'DATE', 'FY2018|2018'),
    ('years', 'DURATION', 'PXY'),
    ('fiscal 2015', 'DATE', 'FY2015|2015'),
    ('Sept. 30', 'DATE', '2015-09-30'),
    ('last year', 'DATE', '2015'),
    ('January 2015', 'DATE', '2015-01'),
    ('December', 'DATE', '2015-12'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('30 days', 'DURATION', 'P30D'),
    ('2004', 'DATE', '2004'),
    ('two years ago', 'DATE', '2014'),
    ('Monday', 'DATE', '2016-06-06'),
]),

# 13. BBC News, trial verdict (2013)
('2013-01-29', 'auto', """Leeds jeweller murder: Two men found guilty

Two men have been found guilty of murdering a jeweller during a robbery at his shop in Leeds last summer.

A jury at Leeds Crown Court deliberated for just under six hours before convicting Liam Carter, 27, and Dean Moss, 31, of the murder of Harold Finch, 64.

A third man, Connor Blake, 19, was cleared of murder but convicted of manslaughter. The jury had begun considering its verdicts on Monday afternoon. All three will be sentenced on Friday.

During the four-week trial, the court heard that the men entered Finch Jewellers on Kirkgate at about 16:40 on 14 July, shortly before it was due to close, and demanded the keys to the safe.

Mr Finch, who had run the shop for more than 30 years, was struck several times with a hammer when he refused. He died in hospital two days later.

CCTV footage showed the three men sitting in a stolen car in the city centre that afternoon. Police arrested Carter and Moss at an address in Bradford the following week, and Blake handed himself in at a police station in August.

The shop was opened by Mr Finch's father in 1962 and had been targeted twice before, in 1998 and 2009.

Speaking outside court, Mr Finch's daughter, Karen Finch, said: "For six months we have waited for answers. Today we have justice for Dad, but nothing will bring him back."

Det Ch Insp Paula Reeve, of West Yorkshire Police, said it had been "one of the most brutal crimes" she had seen in 20 years of service.

Judge Peter Collins told Carter and Moss they faced life sentences and warned them that the minimum terms would be "very substantial".

Since the killing, police have stepped up patrols on Kirkgate, with officers visiting the area twice a day, and the city council has installed new CCTV cameras. A memorial bench in Mr Finch's honour will be unveiled near the shop in July.
""", [
    ('last summer', 'DATE', '2012-SU'),
    ('just under six hours', 'DURATION', 'PT6H'),
    ('Monday afternoon', 'DATE|TIME', '2013-01-28TAF'),
    ('Friday', 'DATE', '2013-02-01'),
    ('four-week', 'DURATION', 'P4W'),
    ('about 16:40 on 14 July', 'TIME', '2012-07-14T16:40'),
    ('more than 30 years', 'DURATION', 'P30Y'),
    ('two days later', 'DATE', '2012-07-16'),
    ('that afternoon', 'DATE|TIME', '2012-07-14TAF'),
    ('the following week', 'DATE', '2012-W29'),
    ('August', 'DATE', '2012-08'),
    ('1962', 'DATE', '1962'),
    ('1998', 'DATE', '1998'),
    ('2009', 'DATE', '2009'),
    ('six months', 'DURATION', 'P6M'),
    ('Today', 'DATE', '2013-01-29'),
    ('20 years', 'DURATION', 'P20Y'),
    ('twice a day', 'SET', 'P1D'),
    ('July', 'DATE', '2013-07'),
]),

# 14. New York Times, international diplomacy (2015)
('2015-09-27', 'auto', """Guyana and Suriname Agree to Revive Talks on Border Dispute

UNITED NATIONS — The foreign ministers of Guyana and Suriname agreed on Saturday to resume formal negotiations over a border dispute that has simmered for more than half a century, the first direct talks between the South American neighbors since 2012.

The ministers met for about 90 minutes at United Nations headquarters, on the sidelines of the General Assembly, where world leaders will begin their speeches on Monday. In a joint statement, they said a technical commission would meet in Paramaribo in November and report to both governments within six months.

Both countries claim a wedge of rain forest between two rivers that was left undefined when the colonial powers drew the border. Their troops clashed there in 1969, and in 2000 Surinamese gunboats forced an oil rig operating under a Guyanese license to leave disputed waters. A United Nations tribunal settled the maritime boundary in September 2007, but the land dispute remains.

"Three years ago, we could not even agree on where to hold a meeting," said a senior Guyanese diplomat, who spoke on condition of anonymity because the talks were confidential. "Now we have a calendar."

The stakes have risen sharply this year. In May, Exxon Mobil announced a major oil discovery off Guyana's coast, and Venezuela, which claims about two-thirds of Guyana's territory, responded in late May with a decree asserting rights over much of the same waters.

Relations between Guyana and Suriname have warmed in recent months. Trade between the two countries has roughly doubled over the past five years, and a ferry across the Corentyne River that separates them now runs twice daily.

Guyana's president is scheduled to address the General Assembly on Tuesday morning, and Suriname's vice president will speak on Thursday. Both are expected to mention the agreement.

A spokesman for the secretary-general said the United Nations was ready to provide technical help if both governments asked for it.

Officials on both sides cautioned against expecting quick results. The two governments aim to sign a framework agreement by the end of next year.

"We are not going to solve this by Christmas," said a Surinamese official involved in the talks. "But for once, both sides want to try."
""", [
    ('Saturday', 'DATE', '2015-09-26'),
    ('more than half a century', 'DURATION', 'P50Y|P5E'),
    ('2012', 'DATE', '2012'),
    ('about 90 minutes', 'DURATION', 'PT90M|PT1H30M'),
    ('Monday', 'DATE', '2015-09-28'),
    ('November', 'DATE', '2015-11'),
    ('six months', 'DURATION', 'P6M'),
    ('1969', 'DATE', '1969'),
    ('2000', 'DATE', '2000'),
    ('September 2007', 'DATE', '2007-09'),
    ('Three years ago', 'DATE', '2012'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('this year', 'DATE', '2015'),
    ('May', 'DATE', '2015-05'),
    ('late May', 'DATE', '2015-05'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('twice daily', 'SET', 'P1D'),
    ('Tuesday morning', 'DATE|TIME', '2015-09-29TMO'),
    ('Thursday', 'DATE', '2015-10-01'),
    ('the end of next year', 'DATE', '2016|2016-12'),
    ('Christmas', 'DATE', '2015-12-25'),
]),
]
