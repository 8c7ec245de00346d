# Gold TIMEX3 probe set 59: twelve news stories of 1990-2022 in the styles of AP, Reuters, the BBC, the Times, the Hindustan Times, ABC (Australia) and the Toronto Star on politics, health, sport, weather and crime, kept unseen, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, crime wire (1994)
('1994-05-12', 'auto', """Two charged in armored-car holdup at Dayton mall

DAYTON, Ohio (AP) — Two men were charged Thursday in the robbery of an armored car outside a suburban shopping mall last week, a holdup that netted about $340,000 and left a 52-year-old guard wounded.

Police said Darnell Hughes, 29, and Raymond Pryor, 34, were arrested late Wednesday at an apartment in neighboring Trotwood after a tip to a crime hotline. Both were being held Thursday in the Montgomery County Jail on $500,000 bond each and are scheduled to appear in Municipal Court at 9 a.m. Monday.

The robbery happened at about 10:30 a.m. on May 4 as guards from Brink's Inc. carried cash bags out of the Salem Mall. Investigators said two men in ski masks fired at least six shots, striking guard Walter Simms in the leg, and fled in a stolen van that was found burning two days later in a field near Interstate 70.

Simms, a Brink's employee for 17 years, was released from Miami Valley Hospital on Saturday.

"We have worked this case nonstop for eight days," Police Chief James Whitlow said at a news conference. "The public helped us break it."

Most of the money is still missing, Whitlow said. Detectives recovered about $41,000 in a duffel bag Wednesday night and expect more arrests in the coming weeks.

It was the third armored-car robbery in the Dayton area since 1991 and the most violent in more than a decade, according to the FBI, which is assisting in the investigation. A similar holdup outside a Kettering bank in November 1992 was never solved.

Hughes was paroled in January after serving four years for aggravated robbery, according to state prison records. Pryor had no previous felony convictions.

Both men face charges of aggravated robbery and felonious assault, each carrying a maximum sentence of 25 years. Montgomery County Prosecutor Gary Dorn said he would present the case to a grand jury next month.

Brink's said Thursday it has offered a $25,000 reward and now requires two armed guards on every pickup, a rule it plans to extend to all its Ohio routes by the end of the year. Guards had made the mall pickup twice a week, on Wednesdays and Fridays, for years, the company said.
""", [
    ('Thursday', 'DATE', '1994-05-12'),
    ('last week', 'DATE', '1994-W18'),
    ('late Wednesday', 'DATE', '1994-05-11'),
    ('Thursday', 'DATE', '1994-05-12'),
    ('9 a.m. Monday', 'TIME', '1994-05-16T09:00'),
    ('about 10:30 a.m. on May 4', 'TIME', '1994-05-04T10:30'),
    ('two days later', 'DATE', '1994-05-06'),
    ('17 years', 'DURATION', 'P17Y'),
    ('Saturday', 'DATE', '1994-05-07'),
    ('eight days', 'DURATION', 'P8D'),
    ('Wednesday night', 'DATE|TIME', '1994-05-11TNI'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('1991', 'DATE', '1991'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('November 1992', 'DATE', '1992-11'),
    ('January', 'DATE', '1994-01'),
    ('four years', 'DURATION', 'P4Y'),
    ('25 years', 'DURATION', 'P25Y'),
    ('next month', 'DATE', '1994-06'),
    ('Thursday', 'DATE', '1994-05-12'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the end of the year', 'DATE', '1994|1994-12'),
    ('twice a week', 'SET', 'P1W'),
    ('Wednesdays', 'SET', 'XXXX-WXX-3'),
    ('Fridays', 'SET', 'XXXX-WXX-5'),
    ('years', 'DURATION', 'PXY'),
]),
# 2. Reuters, politics/elections (1998)
('1998-09-28', 'auto', """Slovak opposition opens coalition talks as Meciar loses grip

BRATISLAVA, Sept 28 (Reuters) - Slovakia's four opposition parties opened talks on Monday on forming a government after weekend elections left Prime Minister Vladimir Meciar's party without a realistic path to a majority in the 150-seat parliament.

Final results released by the election commission on Sunday gave Meciar's Movement for a Democratic Slovakia (HZDS) 27 percent of the vote and 43 seats, the largest single bloc, but the four opposition parties together won 93 seats.

"We expect to present a coalition agreement within two weeks," a spokesman for the Slovak Democratic Coalition (SDK) told Reuters on Monday morning. "People voted for change, and they will not wait for months."

Negotiators were due to meet again at 2 p.m. on Tuesday and on Thursday, the spokesman said.

An HZDS deputy chairman said late Sunday the party would respect the result but would first try to build a coalition of its own. Meciar, 56, did not appear in public on Sunday or Monday.

Turnout was 84 percent, up from 75 percent in 1994, when Meciar returned to power after a brief spell in opposition. He has led the government since December 1994.

Western governments have criticised his record in recent years, and the European Union left Slovakia out of its first wave of membership talks last year, citing concerns over democracy and the treatment of minorities. NATO passed over the country at its Madrid summit in July 1997.

Opposition leaders have said they will seek to join the next round of EU talks early next year. Diplomats said a new government could be in place by the end of October.

The new parliament must convene within 30 days of the vote, and Meciar's cabinet will stay in office until a new government is appointed.

Financial markets welcomed the result. The crown firmed 0.4 percent against its basket on Monday, and dealers said it was likely to hold steady this week. The economy grew 5.7 percent in the second quarter, but the current account deficit has widened to about 10 percent of gross domestic product, and analysts say the next government will have to cut spending sharply.
""", [
    ('Sept 28', 'DATE', '1998-09-28'),
    ('Monday', 'DATE', '1998-09-28'),
    ('weekend', 'DATE', '1998-W39-WE'),
    ('Sunday', 'DATE', '1998-09-27'),
    ('two weeks', 'DURATION', 'P2W'),
    ('Monday morning', 'DATE|TIME', '1998-09-28TMO'),
    ('months', 'DURATION', 'PXM'),
    ('2 p.m. on Tuesday', 'TIME', '1998-09-29T14:00'),
    ('Thursday', 'DATE', '1998-10-01'),
    ('late Sunday', 'DATE', '1998-09-27'),
    ('Sunday', 'DATE', '1998-09-27'),
    ('Monday', 'DATE', '1998-09-28'),
    ('1994', 'DATE', '1994'),
    ('December 1994', 'DATE', '1994-12'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('last year', 'DATE', '1997'),
    ('July 1997', 'DATE', '1997-07'),
    ('early next year', 'DATE', '1999'),
    ('the end of October', 'DATE', '1998-10'),
    ('30 days', 'DURATION', 'P30D'),
    ('Monday', 'DATE', '1998-09-28'),
    ('this week', 'DATE', '1998-W40'),
    ('the second quarter', 'DATE', '1998-Q2'),
]),
# 3. BBC, weather (2003)
('2003-08-07', 'auto', """Heatwave: UK temperature record could fall

Britain's all-time temperature record could be broken this weekend as the heatwave gripping much of Europe tightens its hold on southern England, forecasters have said.

The Met Office said temperatures in central London reached 33C (91F) on Wednesday afternoon and were expected to climb to 35C by Saturday.

The current UK record of 37.1C (98.8F) was set in Cheltenham in August 1990.

"We are looking at the hottest spell of weather in 13 years, and the record is within reach," said Met Office forecaster Sarah Whitlock.

"By Sunday we could see 37C or 38C in parts of Kent and Surrey."

Temperatures on Tuesday night did not fall below 21C in parts of the capital, making sleep difficult for many.

Health warning

The Department of Health has urged elderly people and those with heart or breathing problems to stay out of direct sun and to drink plenty of water.

Hospitals in the South East reported a sharp rise in admissions for heat exhaustion over the past week, and the NHS Direct helpline said calls had doubled since the weekend.

Network Rail imposed speed restrictions on several lines on Wednesday after tracks buckled in the heat, and some commuters faced delays of more than an hour.

Thames Water said demand had risen by about 20% since the start of the month but that it had no plans for a hosepipe ban for now. The spring was the driest in the South East since 1997.

Europe

In France, where temperatures have topped 40C in places for more than a week, officials have warned of a growing number of deaths among the elderly.

Forest fires in Portugal have destroyed more than 200,000 hectares since late July.

The Met Office, which now issues special forecasts for the heatwave twice a day, said the hot weather would last until Monday, with thunderstorms likely early next week.
""", [
    ('this weekend', 'DATE', '2003-W32-WE'),
    ('Wednesday afternoon', 'DATE|TIME', '2003-08-06TAF'),
    ('Saturday', 'DATE', '2003-08-09'),
    ('current', 'DATE', 'PRESENT_REF'),
    ('August 1990', 'DATE', '1990-08'),
    ('13 years', 'DURATION', 'P13Y'),
    ('Sunday', 'DATE', '2003-08-10'),
    ('Tuesday night', 'DATE|TIME', '2003-08-05TNI'),
    ('the past week', 'DURATION', 'P1W'),
    ('the weekend', 'DATE', '2003-W31-WE'),
    ('Wednesday', 'DATE', '2003-08-06'),
    ('more than an hour', 'DURATION', 'PT1H'),
    ('the start of the month', 'DATE', '2003-08'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('The spring', 'DATE', '2003-SP'),
    ('1997', 'DATE', '1997'),
    ('more than a week', 'DURATION', 'P1W'),
    ('late July', 'DATE', '2003-07'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('twice a day', 'SET', 'P1D'),
    ('Monday', 'DATE', '2003-08-11'),
    ('early next week', 'DATE', '2003-W33'),
]),
# 4. The Times, sport (1991)
('1991-03-18', 'auto', """England end long wait with grand slam

By Our Rugby Correspondent

England ended 11 years of frustration at Twickenham on Saturday, beating France 21-19 to win the Five Nations championship and their first grand slam since 1980.

The victory, watched by a crowd of 54,000, was sweet revenge for March 1990, when England lost the deciding match to Scotland at Murrayfield, a defeat that had haunted the side ever since.

It was not pretty. France scored three tries to England's one, the first of them a breathtaking move that began behind their own line. But for 80 minutes England never lost their nerve. Simon Hodgkinson kicked four penalties and a conversion, Rob Andrew dropped a goal and Rory Underwood scored the home side's try.

Elsewhere on Saturday, Wales and Ireland drew 21-21 in Cardiff, leaving Wales bottom of the table. Scotland, who beat Wales 32-12 in February, finished third.

Geoff Cooke, the England manager, who took charge in 1987, said yesterday that the side "had waited long enough" and now had to prove itself against the best teams of the southern hemisphere.

For most of the past decade England have been the great underachievers of the championship, winning only 14 of their 33 matches in the 1980s despite having the largest pool of players in the world. Cooke has changed that by picking a settled side and sticking with it.

The squad will reassemble at the end of April for fitness tests before a tour of Fiji and Australia in July, and the touring party will be named next month.

The real test comes in the autumn. The World Cup opens at Twickenham on October 3, when England meet New Zealand, the holders, and the organisers expect every ticket for the opening match to be sold by the summer.

Hodgkinson's haul took his total for the championship to 60 points, a record, and the Nottingham full back admitted that he had barely slept on Friday night. "I have been thinking about that last kick since Christmas," he said.

The players, who have trained together three times a week since early January, will be guests of the Rugby Football Union at a dinner in London tonight. Most of them will then return to their clubs, with the county championship final at Twickenham on April 20.
""", [
    ('11 years', 'DURATION', 'P11Y'),
    ('Saturday', 'DATE', '1991-03-16'),
    ('1980', 'DATE', '1980'),
    ('March 1990', 'DATE', '1990-03'),
    ('80 minutes', 'DURATION', 'PT80M'),
    ('Saturday', 'DATE', '1991-03-16'),
    ('February', 'DATE', '1991-02'),
    ('1987', 'DATE', '1987'),
    ('yesterday', 'DATE', '1991-03-17'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('the 1980s', 'DATE', '198'),
    ('the end of April', 'DATE', '1991-04'),
    ('July', 'DATE', '1991-07'),
    ('next month', 'DATE', '1991-04'),
    ('the autumn', 'DATE', '1991-FA'),
    ('October 3', 'DATE', '1991-10-03'),
    ('the summer', 'DATE', '1991-SU'),
    ('Friday night', 'DATE|TIME', '1991-03-15TNI'),
    ('Christmas', 'DATE', '1990-12-25'),
    ('three times a week', 'SET', 'P1W'),
    ('early January', 'DATE', '1991-01'),
    ('tonight', 'DATE|TIME', '1991-03-18TNI'),
    ('April 20', 'DATE', '1991-04-20'),
]),
# 5. Hindustan Times, public health (2009)
('2009-08-14', 'auto', """Swine flu: Delhi shuts schools as cases climb

HT Correspondent
New Delhi, August 14

The Delhi government on Friday ordered all schools in the capital to close until August 20 after 43 fresh cases of H1N1 influenza were confirmed in the city in 24 hours, taking its tally to 402.

"The closure covers government and private schools alike and will be reviewed on Tuesday," a senior health department official said. "Parents should keep children with fever at home even after that."

Cases in the city have nearly doubled over the past 10 days. Ram Manohar Lohia Hospital, the nodal centre for testing, screened 1,212 people on Thursday alone, and the queues stretched to the main road.

The country's first death from the disease was reported in Pune on August 3. Since then 18 more people have died across India, 12 of them in Maharashtra, where cinemas, malls and schools in Pune were shut for three days this week.

The Union health ministry, which updates its figures daily, said 1,193 people had tested positive nationwide since May, when the first case was detected in a passenger arriving at Hyderabad airport. Thermal screening of international passengers at Indira Gandhi International Airport, which began in late April, will continue until further notice.

Officials said the number of cases could keep rising over the next three weeks. The Union health minister will chair a review meeting with state health secretaries at 11am on Monday.

"Panic is now a bigger problem than the virus. Most patients recover within a week with rest and medicine," said Dr Anil Mehrotra, a senior physician at the All India Institute of Medical Sciences.

Police said security arrangements for Saturday's Independence Day celebrations at the Red Fort would not be affected, but organisers have cut the number of schoolchildren taking part from 3,000 to about 800.

The World Health Organisation declared the outbreak a pandemic on June 11, the first such declaration since 1968. A vaccine is not expected to be available in India before early next year, officials said, and private laboratories have been barred from testing for now.
""", [
    ('August 14', 'DATE', '2009-08-14'),
    ('Friday', 'DATE', '2009-08-14'),
    ('August 20', 'DATE', '2009-08-20'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('Tuesday', 'DATE', '2009-08-18'),
    ('the past 10 days', 'DURATION', 'P10D'),
    ('Thursday', 'DATE', '2009-08-13'),
    ('August 3', 'DATE', '2009-08-03'),
    ('three days', 'DURATION', 'P3D'),
    ('this week', 'DATE', '2009-W33'),
    ('daily', 'SET', 'P1D'),
    ('May', 'DATE', '2009-05'),
    ('late April', 'DATE', '2009-04'),
    ('the next three weeks', 'DURATION', 'P3W'),
    ('11am on Monday', 'TIME', '2009-08-17T11:00'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a week', 'DURATION', 'P1W'),
    ('Saturday', 'DATE', '2009-08-15'),
    ('Independence Day', 'DATE', '2009-08-15'),
    ('June 11', 'DATE', '2009-06-11'),
    ('1968', 'DATE', '1968'),
    ('early next year', 'DATE', '2010'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
# 6. ABC (Australia), weather (2019)
('2019-12-19', 'auto', """Australia breaks national heat record for second time this week

Posted 19 Dec 2019

Australia's national temperature record has been broken for the second time this week, with the average maximum across the country reaching 41.9 degrees Celsius on Wednesday, the Bureau of Meteorology says.

The new mark beat the 40.9C recorded on Tuesday, which had itself broken the previous record of 40.3C set in January 2013.

Bureau senior climatologist Rachel Dunne said nothing like it had been seen since national records began in 1910.

"To break the record once is significant. To break it twice in two days tells you how extreme this heatwave is," she said.

The worst is still to come for South Australia and Victoria, with Adelaide forecast to reach 45C on Friday and Melbourne 43C on Friday afternoon.

Total fire bans have been declared across much of both states for Friday and Saturday, and catastrophic fire danger has been forecast for parts of South Australia.

In New South Wales, more than 100 fires are burning, and firefighters have been battling the Gospers Mountain blaze north-west of Sydney for almost two months. Fires have destroyed more than 700 homes in the state since September.

A Rural Fire Service spokeswoman said crews from interstate and overseas had been rotating through the fire grounds for weeks.

"We are asking people to have their bushfire plans ready now, not on Saturday morning when a fire is at their door," she said.

Driest spring on record

The bureau said spring 2019 was Australia's driest on record, and rainfall across the Murray-Darling Basin has been well below average for the past three years.

A cool change is expected to reach Adelaide on Friday night and Sydney on Sunday evening, but forecasters say more heat is likely in the lead-up to Christmas.

Australia's average temperature has risen by about 1.4C since 1910, and the bureau's next climate statement, due in early January, is expected to confirm that 2019 was the nation's driest since records began.
""", [
    ('this week', 'DATE', '2019-W51'),
    ('19 Dec 2019', 'DATE', '2019-12-19'),
    ('this week', 'DATE', '2019-W51'),
    ('Wednesday', 'DATE', '2019-12-18'),
    ('Tuesday', 'DATE', '2019-12-17'),
    ('January 2013', 'DATE', '2013-01'),
    ('1910', 'DATE', '1910'),
    ('two days', 'DURATION', 'P2D'),
    ('Friday', 'DATE', '2019-12-20'),
    ('Friday afternoon', 'DATE|TIME', '2019-12-20TAF'),
    ('Friday', 'DATE', '2019-12-20'),
    ('Saturday', 'DATE', '2019-12-21'),
    ('almost two months', 'DURATION', 'P2M'),
    ('September', 'DATE', '2019-09'),
    ('weeks', 'DURATION', 'PXW'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Saturday morning', 'DATE|TIME', '2019-12-21TMO'),
    ('spring', 'DATE', '2019-SP'),
    ('spring 2019', 'DATE', '2019-SP'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('Friday night', 'DATE|TIME', '2019-12-20TNI'),
    ('Sunday evening', 'DATE|TIME', '2019-12-22TEV'),
    ('Christmas', 'DATE', '2019-12-25'),
    ('1910', 'DATE', '1910'),
    ('early January', 'DATE', '2020-01'),
    ('2019', 'DATE', '2019'),
]),
# 7. Toronto Star, politics/elections (2011)
('2011-04-29', 'auto', """Leaders make final push as NDP surge holds

OTTAWA—With three days left in the campaign, the New Democrats are holding on to their surprise second place in national polls, and the Conservatives are warning voters that a Jack Layton government is now a real possibility.

A Forum Research poll released late Thursday put the NDP at 31 per cent, up from 17 per cent at the start of the campaign on March 26, with the Conservatives at 35 per cent and the Liberals at 22 per cent. Layton's numbers in Quebec have risen sharply in the past two weeks.

Stephen Harper, campaigning Thursday in Surrey, B.C., urged voters to give his party a majority. He will spend Saturday in southern Ontario and close his campaign Sunday night in Calgary.

"This is the third election in five years. Canadians want stability, not another vote next year," a senior Conservative strategist said.

Layton, who had hip surgery in March and has campaigned with a cane, drew about 2,000 people to a rally in Montreal on Thursday night.

Liberal Leader Michael Ignatieff, whose party held power from 1993 to 2006, spent Friday in the GTA, where the Liberals are defending more than two dozen seats. Campaign events were sparse early Friday as millions of Canadians watched the royal wedding in London.

The Conservatives have governed with a minority since 2006. Finance Minister Jim Flaherty tabled a budget on March 22 that promised to eliminate the deficit by fiscal 2014; the government fell in a non-confidence vote three days later.

Advance polls over the Easter weekend drew more than two million voters, up 35 per cent from 2008, Elections Canada said.

On Monday, polls in Ontario open at 9:30 a.m. and close at 9:30 p.m. Strategists in all three main parties said they expected the numbers to shift again over the weekend.

If no party wins a majority, Parliament could return as early as June, and talk of a coalition is likely to dominate the coming weeks.

In Scarborough, where three ridings are considered close, some longtime Liberal voters said they were still undecided.

"I've voted Liberal for 20 years, but I want something different for the future," said Maria Santos, 44, a nurse. "My kids keep telling me to vote orange."
""", [
    ('three days', 'DURATION', 'P3D'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('late Thursday', 'DATE', '2011-04-28'),
    ('March 26', 'DATE', '2011-03-26'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('Thursday', 'DATE', '2011-04-28'),
    ('Saturday', 'DATE', '2011-04-30'),
    ('Sunday night', 'DATE|TIME', '2011-05-01TNI'),
    ('five years', 'DURATION', 'P5Y'),
    ('next year', 'DATE', '2012'),
    ('March', 'DATE', '2011-03'),
    ('Thursday night', 'DATE|TIME', '2011-04-28TNI'),
    ('1993', 'DATE', '1993'),
    ('2006', 'DATE', '2006'),
    ('Friday', 'DATE', '2011-04-29'),
    ('early Friday', 'DATE', '2011-04-29'),
    ('2006', 'DATE', '2006'),
    ('March 22', 'DATE', '2011-03-22'),
    ('fiscal 2014', 'DATE', 'FY2014|2014'),
    ('three days later', 'DATE', '2011-03-25'),
    ('the Easter weekend', 'DATE', '2011-W16-WE'),
    ('2008', 'DATE', '2008'),
    ('Monday', 'DATE', '2011-05-02'),
    ('9:30 a.m.', 'TIME', '2011-05-02T09:30'),
    ('9:30 p.m.', 'TIME', '2011-05-02T21:30'),
    ('the weekend', 'DATE', '2011-W17-WE'),
    ('June', 'DATE', '2011-06'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('20 years', 'DURATION', 'P20Y'),
    ('the future', 'DATE', 'FUTURE_REF'),
]),
# 8. AP, public health (2016)
('2016-02-03', 'auto', """Texas reports Zika case spread through sex

ATLANTA (AP) — U.S. health officials said Tuesday that a Dallas County resident was infected with the Zika virus through sex, the first known case of the illness being transmitted inside the United States during the current outbreak.

The patient had not traveled but had sex with someone who had recently returned from Venezuela, where the virus is spreading, Dallas County health officials said at a news conference at 1 p.m. Tuesday. They did not identify either person.

The Centers for Disease Control and Prevention confirmed the infection and said it would issue new guidance on sexual transmission in the coming days.

On Monday, the World Health Organization declared the outbreak in the Americas an international public health emergency, citing a suspected link to microcephaly, a birth defect in which babies are born with unusually small heads.

Brazil has reported more than 4,000 suspected cases of microcephaly since October. The country usually records about 150 cases each year.

The virus, first identified in Uganda in 1947, was largely unknown in the Western Hemisphere until last May, when Brazil confirmed its first cases. It has since spread to more than 20 countries and territories. Last month the CDC advised pregnant women to postpone travel to affected areas.

About 80 percent of infected people have no symptoms, and those who do get sick usually recover in about a week.

Experts said the bigger worry for the U.S. is the spring and summer, when the mosquitoes that carry the virus become active along the Gulf Coast.

"We don't expect widespread transmission here, but we are preparing now," said Dr. Karen Lowe, a Dallas County epidemiologist.

There is no vaccine. The National Institutes of Health said it could begin early safety trials by the end of the year, but a vaccine for wide use is several years away.

A House subcommittee will hold a hearing on the virus next week, and the CDC said it would publish updated case counts weekly.

The Olympic Games open in Rio de Janeiro on Aug. 5, and Brazilian officials said Tuesday they would inspect venues daily for standing water.
""", [
    ('Tuesday', 'DATE', '2016-02-02'),
    ('current', 'DATE', 'PRESENT_REF'),
    ('recently', 'DATE', 'PAST_REF'),
    ('1 p.m. Tuesday', 'TIME', '2016-02-02T13:00'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('Monday', 'DATE', '2016-02-01'),
    ('October', 'DATE', '2015-10'),
    ('each year', 'SET', 'P1Y'),
    ('1947', 'DATE', '1947'),
    ('last May', 'DATE', '2015-05'),
    ('Last month', 'DATE', '2016-01'),
    ('about a week', 'DURATION', 'P1W'),
    ('the spring', 'DATE', '2016-SP'),
    ('summer', 'DATE', '2016-SU'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the end of the year', 'DATE', '2016|2016-12'),
    ('several years', 'DURATION', 'PXY'),
    ('next week', 'DATE', '2016-W06'),
    ('weekly', 'SET', 'P1W'),
    ('Aug. 5', 'DATE', '2016-08-05'),
    ('Tuesday', 'DATE', '2016-02-02'),
    ('daily', 'SET', 'P1D'),
]),
# 9. Reuters, sport (2006)
('2006-07-10', 'auto', """Italy welcome world champions as Zidane red card lingers

ROME (Reuters) - Italy's World Cup winners fly home on Monday to a heroes' welcome after beating France on penalties in Sunday's final in Berlin, ending a wait of 24 years for a fourth world title.

Hundreds of thousands of fans celebrated in the streets of Rome after the final whistle, and city officials said clean-up crews worked until 6 a.m. to clear broken glass from the Piazza del Popolo.

The squad's plane was due to land at Pratica di Mare military airport south of the capital at about 4 p.m., before an open-top bus parade to the Circus Maximus in the evening. Prime Minister Romano Prodi will receive the players at his office on Tuesday.

Italy won the shootout 5-3 after the match finished 1-1 after extra time, with defender Fabio Grosso scoring the decisive kick.

Zinedine Zidane, playing the last match of his career, was sent off 10 minutes from the end of extra time for headbutting Italy defender Marco Materazzi in the chest.

FIFA said on Monday it had not yet decided whether to open disciplinary proceedings. Zidane, 34, had come out of international retirement in August 2005 to help France qualify.

It was Italy's first world title since 1982. Four years ago they were knocked out by co-hosts South Korea in the second round amid bitter complaints about the refereeing.

SCANDAL

The celebrations came as four of the country's biggest clubs, including Juventus and AC Milan, awaited verdicts in a match-fixing investigation that broke in May. A sports tribunal is expected to rule later this week.

Prosecutors have asked for Juventus to be relegated to Serie C and stripped of their last two league titles.

Coach Marcello Lippi, whose contract runs until the end of the month, said he would decide whether to stay on in the next few days.

The new Serie A season is scheduled to start on Aug. 27, but league officials said the opening round could be pushed back by two weeks if appeals drag on.

Italy's next competitive match is a European Championship qualifier against Lithuania in Naples on Sept. 2. Qualifying for the 2008 finals in Austria and Switzerland runs until November 2007.
""", [
    ('Monday', 'DATE', '2006-07-10'),
    ('Sunday', 'DATE', '2006-07-09'),
    ('24 years', 'DURATION', 'P24Y'),
    ('6 a.m.', 'TIME', '2006-07-10T06:00'),
    ('about 4 p.m.', 'TIME', '2006-07-10T16:00'),
    ('the evening', 'DATE|TIME', '2006-07-10TEV'),
    ('Tuesday', 'DATE', '2006-07-11'),
    ('10 minutes', 'DURATION', 'PT10M'),
    ('Monday', 'DATE', '2006-07-10'),
    ('August 2005', 'DATE', '2005-08'),
    ('1982', 'DATE', '1982'),
    ('Four years ago', 'DATE', '2002'),
    ('May', 'DATE', '2006-05'),
    ('later this week', 'DATE', '2006-W28'),
    ('the end of the month', 'DATE', '2006-07'),
    ('the next few days', 'DURATION', 'PXD'),
    ('Aug. 27', 'DATE', '2006-08-27'),
    ('two weeks', 'DURATION', 'P2W'),
    ('Sept. 2', 'DATE', '2006-09-02'),
    ('2008', 'DATE', '2008'),
    ('November 2007', 'DATE', '2007-11'),
]),
# 10. BBC, crime (2014)
('2014-10-23', 'auto', """Bristol pub stabbing: Man jailed for New Year's Eve murder

A man who stabbed a father-of-two to death outside a Bristol pub on New Year's Eve has been jailed for life and told he must serve at least 20 years.

Liam Carter, 27, of Hartcliffe, attacked Daniel Price, 31, in the smoking area of the Rose and Crown in Bedminster at about 23:45 GMT after an argument over a spilled drink.

Mr Price, a scaffolder, died in hospital the following day.

Carter was found guilty of murder by a jury at Bristol Crown Court last month. The trial heard he had been drinking for more than eight hours before the attack and had carried a kitchen knife in his jacket.

He fled to Cardiff and was arrested at a friend's flat there on 4 January.

Sentencing him on Thursday, Judge Michael Roper QC said: "You took a knife with you to a pub and you used it. A young family has lost a husband and father because of your temper."

Speaking outside court, Mr Price's widow, Sarah, said: "The last 10 months have been a nightmare. Our children will spend another Christmas without their dad, and nothing will bring him back."

Carter had previous convictions for assault dating back to 2006. His friend Jordan Hale, 25, admitted assisting an offender and will be sentenced on 14 November.

Knife crime

Figures published by Avon and Somerset Police in August showed knife crime in Bristol had risen by 12% in the past year.

The force, which launched Operation Blade in 2012, now carries out knife sweeps in the city centre every weekend and holds weapons amnesties twice a year.

Det Insp Claire Benson said: "We will be out in numbers again in December, and anyone carrying a knife should expect to be caught."

She said the force planned to double the number of sweeps in the coming months.

A memorial fund set up in Mr Price's name has raised more than £18,000 for a youth boxing club in Bedminster since January.
""", [
    ("New Year's Eve", 'DATE', '2013-12-31'),
    ("New Year's Eve", 'DATE', '2013-12-31'),
    ('at least 20 years', 'DURATION', 'P20Y'),
    ('about 23:45 GMT', 'TIME', '2013-12-31T23:45'),
    ('the following day', 'DATE', '2014-01-01'),
    ('last month', 'DATE', '2014-09'),
    ('more than eight hours', 'DURATION', 'PT8H'),
    ('4 January', 'DATE', '2014-01-04'),
    ('Thursday', 'DATE', '2014-10-23'),
    ('The last 10 months', 'DURATION', 'P10M'),
    ('Christmas', 'DATE', '2014-12-25'),
    ('2006', 'DATE', '2006'),
    ('14 November', 'DATE', '2014-11-14'),
    ('August', 'DATE', '2014-08'),
    ('the past year', 'DURATION', 'P1Y'),
    ('2012', 'DATE', '2012'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every weekend', 'SET', 'XXXX-WXX-WE'),
    ('twice a year', 'SET', 'P1Y'),
    ('December', 'DATE', '2014-12'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('January', 'DATE', '2014-01'),
]),
# 11. Hindustan Times, politics/elections (2022)
('2022-03-11', 'auto', """BJP retains Uttar Pradesh, Yogi set for second term

By HT Correspondent
Lucknow

The Bharatiya Janata Party (BJP) on Thursday won a second consecutive term in Uttar Pradesh, taking 255 of the state's 403 assembly seats and becoming the first ruling party in 37 years to return to power in India's most populous state.

Counting began at 8am on Thursday at 750 centres across the state, and the trends were clear by noon.

The Samajwadi Party (SP), which ruled the state from 2012 to 2017, won 111 seats, up from 47 five years ago. The Congress won two seats and the Bahujan Samaj Party one.

Chief minister Yogi Adityanath, who won the Gorakhpur Urban seat by more than one lakh votes, is expected to meet governor Anandiben Patel this weekend to stake claim to form the government.

Party leaders said on Friday that the date of the swearing-in would be finalised in the coming days, and the new cabinet is likely to take oath before the end of the month.

The seven-phase polling ran from February 10 to March 7, with turnout of 60.8%, marginally lower than in 2017.

Analysts credited the government's free ration scheme, which has been extended every six months since April 2020, for holding on to poorer voters despite anger over the handling of the second wave of Covid-19 last year.

"Over the past five years, people have seen law and order improve and welfare reach their homes," a senior BJP leader said.

The SP said it would introspect but accused the ruling party of misusing the state machinery. "Our seats have more than doubled. We will fight on," an SP spokesperson said on Thursday night.

The BJP also retained Uttarakhand, Goa and Manipur, while the Aam Aadmi Party swept Punjab, results declared on Thursday showed.

Leaders said the party's focus would now shift to assembly polls in Gujarat and Himachal Pradesh later this year and to the 2024 Lok Sabha elections.

In Lucknow, party workers distributed sweets outside the BJP state headquarters, and celebrations are expected to continue until Holi next week.
""", [
    ('Thursday', 'DATE', '2022-03-10'),
    ('37 years', 'DURATION', 'P37Y'),
    ('8am on Thursday', 'TIME', '2022-03-10T08:00'),
    ('noon', 'TIME', '2022-03-10T12:00'),
    ('2012', 'DATE', '2012'),
    ('2017', 'DATE', '2017'),
    ('five years ago', 'DATE', '2017'),
    ('this weekend', 'DATE', '2022-W10-WE'),
    ('Friday', 'DATE', '2022-03-11'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('the end of the month', 'DATE', '2022-03'),
    ('February 10', 'DATE', '2022-02-10'),
    ('March 7', 'DATE', '2022-03-07'),
    ('2017', 'DATE', '2017'),
    ('every six months', 'SET', 'P6M'),
    ('April 2020', 'DATE', '2020-04'),
    ('last year', 'DATE', '2021'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('Thursday night', 'DATE|TIME', '2022-03-10TNI'),
    ('Thursday', 'DATE', '2022-03-10'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('later this year', 'DATE', '2022'),
    ('2024', 'DATE', '2024'),
    ('Holi', 'DATE', '2022-03-18'),
    ('next week', 'DATE', '2022-W11'),
]),
# 12. Toronto Star, sport (2001)
('2001-04-20', 'auto', """Leafs savour rare rest after sweeping Senators

For the first time in years, the Maple Leafs have the luxury of time.

After completing a four-game sweep of the Ottawa Senators on Wednesday night at the Air Canada Centre, the Leafs were given Thursday off and will not skate again until 10:30 a.m. Saturday at their practice rink in Etobicoke.

"We've played a lot of hockey since September. A few days off won't hurt anybody," assistant coach Dave Morrow said Friday.

Toronto opened the series with a 1-0 overtime win in Ottawa on April 12 and won Game 2 there two days later. Curtis Joseph allowed just three goals in the four games.

The Leafs' second-round opponent will not be known before Sunday, when the New Jersey Devils can close out their series against Carolina. Game 1 could be played as early as Thursday, the NHL said.

The Devils, who won the Stanley Cup last June, would present a far tougher test. New Jersey beat Toronto in three of their four meetings between November and March.

The Senators, who finished 11 points ahead of Toronto in the regular season, have now been knocked out by the Leafs in the first round for the second time in two years. An Ottawa team official said Thursday that changes would come over the summer.

Tickets for the second round go on sale at 10 a.m. Monday through Ticketmaster, and the club expects them to be gone within hours.

The Leafs, who have not won the Stanley Cup since 1967, reached the conference final two years ago before losing to Buffalo. A decade ago the team was among the worst in the league, playing in front of half-empty seats at Maple Leaf Gardens.

The mood is different now. Season-ticket holders have renewed at a rate of 98 per cent, and the team has sold out every home game since October.
""", [
    ('years', 'DURATION', 'PXY'),
    ('Wednesday night', 'DATE|TIME', '2001-04-18TNI'),
    ('Thursday', 'DATE', '2001-04-19'),
    ('10:30 a.m. Saturday', 'TIME', '2001-04-21T10:30'),
    ('September', 'DATE', '2000-09'),
    ('A few days', 'DURATION', 'PXD'),
    ('Friday', 'DATE', '2001-04-20'),
    ('April 12', 'DATE', '2001-04-12'),
    ('two days later', 'DATE', '2001-04-14'),
    ('Sunday', 'DATE', '2001-04-22'),
    ('Thursday', 'DATE', '2001-04-26'),
    ('last June', 'DATE', '2000-06'),
    ('November', 'DATE', '2000-11'),
    ('March', 'DATE', '2001-03'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('two years', 'DURATION', 'P2Y'),
    ('Thursday', 'DATE', '2001-04-19'),
    ('the summer', 'DATE', '2001-SU'),
    ('10 a.m. Monday', 'TIME', '2001-04-23T10:00'),
    ('hours', 'DURATION', 'PTXH'),
    ('1967', 'DATE', '1967'),
    ('two years ago', 'DATE', '1999'),
    ('A decade ago', 'DATE', '1991|199'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('October', 'DATE', '2000-10'),
]),
]
