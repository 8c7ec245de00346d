# Gold TIMEX3 probe set 28: twelve politics, government and courts stories of 2003-2024 in the styles of Politico, The Hill, AP, Reuters, the Washington Post, the Times (London) and the Irish Times, hand-annotated, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Politico, congressional shutdown deadline (2013)
('2013-09-27', 'auto', """House GOP eyes weekend vote as shutdown clock ticks

By JAKE HOLLAND and MARIA VENTRESCA

The Senate on Friday passed a stopgap spending bill that would fund the government through Nov. 15, tossing the fight back to House Republicans with just three days left before federal agencies run out of money at midnight Monday.

The 54-44 party-line vote stripped out a House provision that would have defunded President Barack Obama's health care law, which opens its insurance exchanges to customers on Oct. 1. Senate Majority Leader Harry Reid (D-Nev.) said the chamber would not take up another bill this week and dared Speaker John Boehner to bring the "clean" measure to the floor.

House Republicans huddled in the Capitol basement for nearly two hours Friday afternoon and are expected to meet again Saturday at noon. Leadership aides said a vote could come as early as Saturday night, but no decision had been made.

"We're not going to let the Senate jam us," said one senior Republican appropriator. "We've got the weekend to figure out what we can pass."

The last shutdown, which stretched for 21 days from December 1995 to January 1996, is still remembered by veteran Republicans as a political disaster. Many of the members now pushing for a confrontation were elected in 2010 and have never served through one.

Boehner has faced the same dilemma repeatedly since his party took the House majority nearly three years ago. In April 2011 he cut a deal with the White House an hour before a deadline, and the debt limit standoff that summer ended only two days before the Treasury said it would exhaust its borrowing authority.

The Office of Management and Budget told agencies on Thursday to update their contingency plans, and federal workers could be furloughed as soon as Tuesday morning. Roughly 800,000 employees would be sent home, according to union estimates.

Complicating matters, the Treasury has said it will hit the $16.7 trillion debt ceiling on Oct. 17, setting up a second deadline in less than three weeks. Conservatives want to tie the two fights together; Democrats have said they will not negotiate over the debt limit at all.

Senate Democrats have left town for the weekend and will return at 2 p.m. Monday, when Reid intends to table any House amendments. That leaves only hours for the two chambers to reach agreement before the 2013 fiscal year ends.

"There's no plan B right now," one GOP aide said. "The plan is to vote and see what sticks."
""", [
    ('weekend', 'DATE', '2013-W39-WE'),
    ('Friday', 'DATE', '2013-09-27'),
    ('Nov. 15', 'DATE', '2013-11-15'),
    ('three days', 'DURATION', 'P3D'),
    ('midnight Monday', 'TIME', '2013-09-30T24:00|2013-09-30T00:00|2013-10-01T00:00'),
    ('Oct. 1', 'DATE', '2013-10-01'),
    ('this week', 'DATE', '2013-W39'),
    ('nearly two hours', 'DURATION', 'PT2H'),
    ('Friday afternoon', 'DATE|TIME', '2013-09-27TAF'),
    ('Saturday at noon', 'TIME', '2013-09-28T12:00'),
    ('Saturday night', 'DATE|TIME', '2013-09-28TNI'),
    ('the weekend', 'DATE', '2013-W39-WE'),
    ('21 days', 'DURATION', 'P21D'),
    ('December 1995', 'DATE', '1995-12'),
    ('January 1996', 'DATE', '1996-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2010', 'DATE', '2010'),
    ('nearly three years ago', 'DATE', '2010'),
    ('April 2011', 'DATE', '2011-04'),
    ('an hour', 'DURATION', 'PT1H'),
    ('that summer', 'DATE', '2011-SU'),
    ('two days', 'DURATION', 'P2D'),
    ('Thursday', 'DATE', '2013-09-26'),
    ('Tuesday morning', 'DATE|TIME', '2013-10-01TMO'),
    ('Oct. 17', 'DATE', '2013-10-17'),
    ('less than three weeks', 'DURATION', 'P3W'),
    ('the weekend', 'DATE', '2013-W39-WE'),
    ('2 p.m. Monday', 'TIME', '2013-09-30T14:00'),
    ('hours', 'DURATION', 'PTXH'),
    ('the 2013 fiscal year', 'DATE', 'FY2013|2013'),
    ('right now', 'DATE', 'PRESENT_REF'),
]),

# 2. The Hill, tax bill floor schedule (2017)
('2017-11-14', 'auto', """House GOP whips tax bill ahead of Thursday vote

By Nora Castellano and Sam Whitfield - November 14, 2017

House Republican leaders said Tuesday they are confident they have the votes to pass their sweeping tax overhaul when it comes to the floor on Thursday, even as a handful of lawmakers from high-tax states threatened to defect.

Speaker Paul Ryan (R-Wis.) told reporters after a closed-door conference meeting that the bill would pass this week and that the party remains on track to send legislation to President Trump's desk by Christmas.

The House Ways and Means Committee approved the $1.5 trillion package last Thursday on a 24-16 party-line vote after four days of markup. The Senate Finance Committee began its own markup Monday and is expected to finish by the end of the week, setting up a floor vote in the upper chamber after Thanksgiving.

Republicans have not passed a major overhaul of the tax code since 1986, and several members said the window to do so is closing. Next year's midterm elections are expected to make difficult votes even harder by the spring.

"If we don't get this done in 2017, I don't know when we get it done," said one New Jersey Republican who remains undecided. He said he would meet with leadership again Wednesday morning.

At issue for him and about a dozen other Republicans from New York, New Jersey and California is the bill's cap on the state and local tax deduction. The House version allows homeowners to deduct up to $10,000 in property taxes annually, a compromise struck late last month.

The Senate bill, released last week, would repeal the deduction entirely and delay the corporate rate cut to 20 percent until 2019. It would also make the individual tax cuts expire at the end of 2025, a change Senate Republicans made to comply with budget rules that bar adding to the deficit beyond a 10-year window.

The Joint Committee on Taxation estimated on Monday that the Senate plan would raise taxes on some middle-income households starting in 2021.

Democrats, who have been shut out of the process for months, plan to hold a press conference at 10:30 a.m. Wednesday to highlight the analysis. Minority Leader Nancy Pelosi (D-Calif.) called the legislation "a scam" during a floor speech earlier Tuesday.

House GOP leaders plan to keep members in Washington until Thursday evening if necessary. The chamber is scheduled to leave Friday for a weeklong holiday break and return on Nov. 27.
""", [
    ('Thursday', 'DATE', '2017-11-16'),
    ('November 14, 2017', 'DATE', '2017-11-14'),
    ('Tuesday', 'DATE', '2017-11-14'),
    ('Thursday', 'DATE', '2017-11-16'),
    ('this week', 'DATE', '2017-W46'),
    ('Christmas', 'DATE', '2017-12-25'),
    ('last Thursday', 'DATE', '2017-11-09'),
    ('four days', 'DURATION', 'P4D'),
    ('Monday', 'DATE', '2017-11-13'),
    ('the end of the week', 'DATE', '2017-W46'),
    ('Thanksgiving', 'DATE', '2017-11-23'),
    ('1986', 'DATE', '1986'),
    ('Next year', 'DATE', '2018'),
    ('the spring', 'DATE', '2018-SP'),
    ('2017', 'DATE', '2017'),
    ('Wednesday morning', 'DATE|TIME', '2017-11-15TMO'),
    ('annually', 'SET', 'P1Y'),
    ('late last month', 'DATE', '2017-10'),
    ('last week', 'DATE', '2017-W45'),
    ('2019', 'DATE', '2019'),
    ('the end of 2025', 'DATE', '2025|2025-12'),
    ('10-year', 'DURATION', 'P10Y'),
    ('Monday', 'DATE', '2017-11-13'),
    ('2021', 'DATE', '2021'),
    ('months', 'DURATION', 'PXM'),
    ('10:30 a.m. Wednesday', 'TIME', '2017-11-15T10:30'),
    ('earlier Tuesday', 'DATE', '2017-11-14'),
    ('Thursday evening', 'DATE|TIME', '2017-11-16TEV'),
    ('Friday', 'DATE', '2017-11-17'),
    ('weeklong', 'DURATION', 'P1W'),
    ('Nov. 27', 'DATE', '2017-11-27'),
]),

# 3. AP, corruption trial verdict and sentencing date (2005)
('2005-06-08', 'auto', """Ex-mayor convicted of taking bribes, faces sentencing in August

HARTFORD, Conn. (AP) — A federal jury on Wednesday convicted former Waterbury Mayor Dennis Kell of accepting more than $300,000 in bribes from contractors, ending a five-week trial that featured secretly recorded conversations and testimony from his onetime chief of staff.

Jurors deliberated for about 11 hours over three days before returning guilty verdicts on 14 of the 16 counts at about 2:15 p.m. Kell, 58, showed no emotion as the verdict was read.

U.S. District Judge Janet Arlen set sentencing for Aug. 26 and allowed Kell to remain free on bond pending sentencing. He faces up to 20 years in prison on the most serious charge, though federal guidelines call for a far shorter term.

"We are obviously disappointed, and we will appeal," defense attorney Hugh Keegan said outside the courthouse. He said he would file post-trial motions within the next 10 days.

Prosecutors said Kell steered city contracts to two developers from 1998 to 2002 in exchange for cash, a condominium in Florida and renovations to his home. The scheme came to light in the summer of 2002, when an FBI informant began wearing a wire.

Kell resigned in March 2003, a month after his indictment, and has maintained his innocence since. He was the second Connecticut mayor in three years to face federal corruption charges.

The trial opened May 2 with jury selection. Over the following weeks, prosecutors played more than 40 recordings for jurors, including one made on New Year's Eve 2001 in which Kell can be heard counting money.

His former chief of staff, Ralph Moretti, pleaded guilty last year and testified for the government for four days in mid-May. He is scheduled to be sentenced next month.

"This verdict sends a message that public office is a public trust," U.S. Attorney Kevin O'Connell said Wednesday evening.

Kell's lawyers had argued that the payments were loans and that Moretti invented the bribery story to win a lighter sentence. On Tuesday they asked the judge to instruct jurors on that theory; she declined.

Jurors, who had been sequestered since Monday night, declined to speak to reporters.
""", [
    ('August', 'DATE', '2005-08'),
    ('Wednesday', 'DATE', '2005-06-08'),
    ('five-week', 'DURATION', 'P5W'),
    ('about 11 hours', 'DURATION', 'PT11H'),
    ('three days', 'DURATION', 'P3D'),
    ('about 2:15 p.m.', 'TIME', '2005-06-08T14:15'),
    ('Aug. 26', 'DATE', '2005-08-26'),
    ('up to 20 years', 'DURATION', 'P20Y'),
    ('the next 10 days', 'DURATION', 'P10D'),
    ('1998', 'DATE', '1998'),
    ('2002', 'DATE', '2002'),
    ('the summer of 2002', 'DATE', '2002-SU'),
    ('March 2003', 'DATE', '2003-03'),
    ('a month', 'DURATION', 'P1M'),
    ('three years', 'DURATION', 'P3Y'),
    ('May 2', 'DATE', '2005-05-02'),
    ('the following weeks', 'DURATION', 'PXW'),
    ("New Year's Eve 2001", 'DATE', '2001-12-31'),
    ('last year', 'DATE', '2004'),
    ('four days', 'DURATION', 'P4D'),
    ('mid-May', 'DATE', '2005-05'),
    ('next month', 'DATE', '2005-07'),
    ('Wednesday evening', 'DATE|TIME', '2005-06-08TEV'),
    ('Tuesday', 'DATE', '2005-06-07'),
    ('Monday night', 'DATE|TIME', '2005-06-06TNI'),
]),

# 4. Reuters, UK early election timetable (2019)
('2019-10-29', 'auto', """UK lawmakers back Johnson's call for December 12 election

LONDON (Reuters) - British lawmakers voted on Tuesday to hold an early election on Dec. 12, handing Prime Minister Boris Johnson a chance to break the Brexit deadlock that has paralysed parliament for more than three years.

After three failed attempts in the past six weeks, Johnson won the vote comfortably, 438 to 20, after the opposition Labour Party said it would back an election before Christmas because the European Union had agreed to delay Britain's departure until Jan. 31.

The bill still needs approval from the upper house, the House of Lords, which is expected to pass it on Wednesday. It would become law by the end of the week.

It will be the third national vote in less than five years, and the fourth since 2010. Parliament will be dissolved at one minute past midnight on Nov. 6, beginning a five-week campaign.

Johnson, who took office in July promising to deliver Brexit "do or die" on Oct. 31, said the country needed a new parliament to end the paralysis.

Labour leader Jeremy Corbyn said his party would launch "the most ambitious and radical campaign for real change our country has ever seen." Opinion polls have shown Johnson's Conservatives with a lead of about 10 points over Labour in recent weeks.

Britain voted 52-48 percent to leave the EU in a June 2016 referendum, but parliament has repeatedly failed to agree on the terms of departure. Johnson's predecessor Theresa May called a snap election in 2017 and lost her majority, then saw her withdrawal deal rejected three times earlier this year before she resigned in the summer.

EU ambassadors formally signed off on the three-month extension on Monday, the latest in a series of delays. Britain had originally been due to leave on March 29.

Sterling was little changed after the vote, trading at $1.2860 at 1700 GMT. Investors have grown used to months of political turmoil, analysts said.

Nominations for candidates will close on Nov. 14, and the new parliament is due to meet for the first time on Dec. 17, according to a timetable published by the Commons authorities on Tuesday evening.

(Reporting by Kylie MacLellan and Elizabeth Piper; Editing by Alistair Bell)
""", [
    ('December 12', 'DATE', '2019-12-12'),
    ('Tuesday', 'DATE', '2019-10-29'),
    ('Dec. 12', 'DATE', '2019-12-12'),
    ('more than three years', 'DURATION', 'P3Y'),
    ('the past six weeks', 'DURATION', 'P6W'),
    ('Christmas', 'DATE', '2019-12-25'),
    ('Jan. 31', 'DATE', '2020-01-31'),
    ('Wednesday', 'DATE', '2019-10-30'),
    ('the end of the week', 'DATE', '2019-W44'),
    ('less than five years', 'DURATION', 'P5Y'),
    ('2010', 'DATE', '2010'),
    ('one minute past midnight on Nov. 6', 'TIME', '2019-11-06T00:01'),
    ('five-week', 'DURATION', 'P5W'),
    ('July', 'DATE', '2019-07'),
    ('Oct. 31', 'DATE', '2019-10-31'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('June 2016', 'DATE', '2016-06'),
    ('2017', 'DATE', '2017'),
    ('earlier this year', 'DATE', '2019'),
    ('the summer', 'DATE', '2019-SU'),
    ('three-month', 'DURATION', 'P3M'),
    ('Monday', 'DATE', '2019-10-28'),
    ('March 29', 'DATE', '2019-03-29'),
    ('1700 GMT', 'TIME', '2019-10-29T17:00'),
    ('months', 'DURATION', 'PXM'),
    ('Nov. 14', 'DATE', '2019-11-14'),
    ('Dec. 17', 'DATE', '2019-12-17'),
    ('Tuesday evening', 'DATE|TIME', '2019-10-29TEV'),
]),

# 5. Washington Post, primary calendar and campaign schedule (2008)
('2008-01-30', 'auto', """Candidates Set Sights on Region's Feb. 12 Primaries

By Carl Brenner and Anne Whitlow
Washington Post Staff Writers
Wednesday, January 30, 2008

With Super Tuesday less than a week away, Democrats and Republicans in Virginia and Maryland are bracing for an unusual burst of attention as the presidential race turns toward the region's primaries on Feb. 12.

Sen. Barack Obama (Ill.) plans to hold a rally at George Mason University on Saturday, Feb. 9, his Virginia campaign said yesterday. Sen. Hillary Rodham Clinton (N.Y.) is expected to visit Northern Virginia and Baltimore later next week, aides said, though her schedule depends on the results of the Feb. 5 contests in 22 states.

For decades, Virginia and Maryland voted too late in the primary calendar to matter. In 2004, Sen. John F. Kerry had all but wrapped up the Democratic nomination by the time Virginians went to the polls in mid-February. This year, party officials moved the dates up in hopes of drawing candidates to the state.

"We have not seen anything like this in my lifetime," said a Virginia Democratic Party official. "Usually by now the race is over."

Election officials in both states said yesterday that they are preparing for record turnout. In Fairfax County, the registrar's office will extend its hours daily through Feb. 11 to process absentee ballots. Voters have until 5 p.m. Feb. 5 to request one by mail; in-person absentee voting ends at 5 p.m. on Feb. 9.

On the Republican side, Sen. John McCain (Ariz.) won Florida's primary last night and is expected to campaign in Virginia early next month. Former Arkansas governor Mike Huckabee has made several stops in the state's southwestern corner in recent days, courting the evangelical voters who helped George W. Bush carry Virginia in 2000 and 2004.

On Feb. 12, polls in Virginia open at 6 a.m. and close at 7 p.m.; Maryland polling places will open at 7 a.m. and close at 8 p.m.

Maryland's General Assembly, which opened its 90-day session this month, will also consider a proposal to join a compact awarding the state's electoral votes to the winner of the national popular vote. A hearing is scheduled for the afternoon of Feb. 13.

"Three weeks ago, nobody was thinking about us," said a Democratic delegate from Montgomery County. "Now they can't stay away."
""", [
    ('Feb. 12', 'DATE', '2008-02-12'),
    ('Wednesday, January 30, 2008', 'DATE', '2008-01-30'),
    ('Super Tuesday', 'DATE', '2008-02-05'),
    ('less than a week', 'DURATION', 'P1W'),
    ('Feb. 12', 'DATE', '2008-02-12'),
    ('Saturday, Feb. 9', 'DATE', '2008-02-09'),
    ('yesterday', 'DATE', '2008-01-29'),
    ('later next week', 'DATE', '2008-W06'),
    ('Feb. 5', 'DATE', '2008-02-05'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('2004', 'DATE', '2004'),
    ('mid-February', 'DATE', '2004-02'),
    ('This year', 'DATE', '2008'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('yesterday', 'DATE', '2008-01-29'),
    ('daily', 'SET', 'P1D'),
    ('Feb. 11', 'DATE', '2008-02-11'),
    ('5 p.m. Feb. 5', 'TIME', '2008-02-05T17:00'),
    ('5 p.m. on Feb. 9', 'TIME', '2008-02-09T17:00'),
    ('last night', 'DATE|TIME', '2008-01-29TNI'),
    ('early next month', 'DATE', '2008-02'),
    ('recent days', 'DATE|DURATION', 'PAST_REF|PXD'),
    ('2000', 'DATE', '2000'),
    ('2004', 'DATE', '2004'),
    ('Feb. 12', 'DATE', '2008-02-12'),
    ('6 a.m.', 'TIME', '2008-02-12T06:00'),
    ('7 p.m.', 'TIME', '2008-02-12T19:00'),
    ('7 a.m.', 'TIME', '2008-02-12T07:00'),
    ('8 p.m.', 'TIME', '2008-02-12T20:00'),
    ('90-day', 'DURATION', 'P90D'),
    ('this month', 'DATE', '2008-01'),
    ('the afternoon of Feb. 13', 'DATE|TIME', '2008-02-13TAF'),
    ('Three weeks ago', 'DATE', '2008-W02|2008-01-09'),
    ('Now', 'DATE', 'PRESENT_REF'),
]),

# 6. The Times (London), cabinet reshuffle (2012)
('2012-09-05', 'auto', """Cameron's reshuffle leaves Tory right emboldened

Roland Whitcombe, Political Editor

David Cameron completed the most far-reaching reshuffle of his premiership last night, moving a dozen ministers after two days of negotiations that began in Downing Street on Monday morning.

The Prime Minister promoted Jeremy Hunt to Health Secretary yesterday, only four months after Mr Hunt had faced calls to resign over his handling of News Corporation's bid for BSkyB. Andrew Lansley, who had shadowed and then run the Department of Health since 2004, was moved to Leader of the Commons.

Chris Grayling becomes Justice Secretary, replacing Kenneth Clarke, 72, who stays in the Cabinet as a minister without portfolio. Justine Greening was moved from Transport to International Development after fewer than 11 months in the job, a decision her allies blamed on her opposition to a third runway at Heathrow.

Downing Street said that the junior ministerial appointments would be completed by this evening and that the new team would meet for the first time at Cabinet at 9.30am tomorrow.

The reshuffle is the first since the coalition was formed in May 2010 — Mr Cameron had promised in opposition that he would not move ministers every year, as Labour had done — and follows months of falling poll ratings since the Budget in March.

Senior Tories said that the changes were aimed squarely at the general election due in May 2015. "The next two years are about delivery," one Cabinet minister said. "There is no room left for rows."

Liberal Democrat ministers were largely untouched. Nick Clegg, the Deputy Prime Minister, had made clear last week that he wanted David Laws, who resigned in 2010 after 17 days as Chief Secretary to the Treasury, back in government; Mr Laws returns as an education minister.

Backbench Conservatives said that the reshuffle had tilted the Government to the right. One veteran MP said: "For the first time since 2010 the party feels the leadership is listening."

George Osborne remains Chancellor despite weeks of speculation over the summer. He will deliver his Autumn Statement on December 5, when he is expected to confirm that the debt target will be missed.

MPs, who returned to Westminster on Monday, will break again on September 13 for the party conferences, returning in mid-October.

Labour said that the reshuffle was "a relaunch that has failed before it began". Ed Miliband will set out his response at Prime Minister's Questions at noon today.
""", [
    ('last night', 'DATE|TIME', '2012-09-04TNI'),
    ('two days', 'DURATION', 'P2D'),
    ('Monday morning', 'DATE|TIME', '2012-09-03TMO'),
    ('yesterday', 'DATE', '2012-09-04'),
    ('four months', 'DURATION', 'P4M'),
    ('2004', 'DATE', '2004'),
    ('fewer than 11 months', 'DURATION', 'P11M'),
    ('this evening', 'DATE|TIME', '2012-09-05TEV'),
    ('9.30am tomorrow', 'TIME', '2012-09-06T09:30'),
    ('May 2010', 'DATE', '2010-05'),
    ('every year', 'SET', 'P1Y'),
    ('months', 'DURATION', 'PXM'),
    ('March', 'DATE', '2012-03'),
    ('May 2015', 'DATE', '2015-05'),
    ('The next two years', 'DURATION', 'P2Y'),
    ('last week', 'DATE', '2012-W35'),
    ('2010', 'DATE', '2010'),
    ('17 days', 'DURATION', 'P17D'),
    ('2010', 'DATE', '2010'),
    ('weeks', 'DURATION', 'PXW'),
    ('the summer', 'DATE', '2012-SU'),
    ('December 5', 'DATE', '2012-12-05'),
    ('Monday', 'DATE', '2012-09-03'),
    ('September 13', 'DATE', '2012-09-13'),
    ('mid-October', 'DATE', '2012-10'),
    ('noon today', 'TIME', '2012-09-05T12:00'),
]),

# 7. Irish Times, budget date and four-year plan (2010)
('2010-11-25', 'auto', """Four-year plan sets out €15bn in cuts as Budget date confirmed

MARIE O'HAGAN and HARRY McGRATH

THE GOVERNMENT will introduce its Budget on December 7th, the Minister for Finance confirmed yesterday, as the Coalition published a four-year plan detailing €15 billion in spending cuts and tax increases between now and 2014.

The National Recovery Plan, launched at Government Buildings at 2.30pm, proposes €6 billion in savings next year alone, with the remainder spread over the following three years. The minimum wage will be cut by €1 to €7.65, and a new property tax will be introduced in 2012.

Brian Lenihan said the plan was the foundation for the EU-IMF assistance programme that the Government formally requested on Sunday night after a week of denials. Talks with officials from the European Commission and the International Monetary Fund are expected to conclude within days, with an agreement likely by the end of the month.

The Taoiseach, Brian Cowen, told the Dáil on Tuesday that he would dissolve the House once the Budget and the Finance Bill had been passed, paving the way for a general election in the new year. The Green Party had called on Monday for an election in the second half of January.

Fine Gael leader Enda Kenny said the Government had "no mandate" to bind its successor for four years. Labour leader Eamon Gilmore said his party would publish its own fiscal proposals next week.

The deficit is expected to reach 32 per cent of GDP this year, inflated by the cost of rescuing Anglo Irish Bank, before falling to 9.1 per cent in 2011. The plan aims to bring it below the EU limit of 3 per cent by 2014.

Yesterday's announcement follows two years of austerity budgets that began with an emergency budget in October 2008, weeks after the Government guaranteed the liabilities of the six domestic banks on the night of September 29th.

In Donegal South West, voters go to the polls today in a byelection that was delayed for 17 months until the High Court ruled earlier this month that the Government could not keep postponing it. Polling stations open at 7am and close at 10pm, with counting to begin at 9am tomorrow.

Public sector unions warned last night that they would resist any attempt to reopen the Croke Park agreement, under which pay is protected until 2014 in return for reform. Social welfare rates will be reviewed annually under the plan.

The Dáil will sit on Friday for a special debate on the plan.
""", [
    ('Four-year', 'DURATION', 'P4Y'),
    ('December 7th', 'DATE', '2010-12-07'),
    ('yesterday', 'DATE', '2010-11-24'),
    ('four-year', 'DURATION', 'P4Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2014', 'DATE', '2014'),
    ('2.30pm', 'TIME', '2010-11-24T14:30'),
    ('next year', 'DATE', '2011'),
    ('the following three years', 'DURATION', 'P3Y'),
    ('2012', 'DATE', '2012'),
    ('Sunday night', 'DATE|TIME', '2010-11-21TNI'),
    ('a week', 'DURATION', 'P1W'),
    ('days', 'DURATION', 'PXD'),
    ('the end of the month', 'DATE', '2010-11'),
    ('Tuesday', 'DATE', '2010-11-23'),
    ('the new year', 'DATE', '2011'),
    ('Monday', 'DATE', '2010-11-22'),
    ('the second half of January', 'DATE', '2011-01'),
    ('four years', 'DURATION', 'P4Y'),
    ('next week', 'DATE', '2010-W48'),
    ('this year', 'DATE', '2010'),
    ('2011', 'DATE', '2011'),
    ('2014', 'DATE', '2014'),
    ('Yesterday', 'DATE', '2010-11-24'),
    ('two years', 'DURATION', 'P2Y'),
    ('October 2008', 'DATE', '2008-10'),
    ('weeks', 'DURATION', 'PXW'),
    ('the night of September 29th', 'DATE|TIME', '2008-09-29TNI'),
    ('today', 'DATE', '2010-11-25'),
    ('17 months', 'DURATION', 'P17M'),
    ('earlier this month', 'DATE', '2010-11'),
    ('7am', 'TIME', '2010-11-25T07:00'),
    ('10pm', 'TIME', '2010-11-25T22:00'),
    ('9am tomorrow', 'TIME', '2010-11-26T09:00'),
    ('last night', 'DATE|TIME', '2010-11-24TNI'),
    ('2014', 'DATE', '2014'),
    ('annually', 'SET', 'P1Y'),
    ('Friday', 'DATE', '2010-11-26'),
]),

# 8. AP, Jan. 6 sentencing (2021)
('2021-11-10', 'auto', """Ohio man who attacked police on Jan. 6 gets 41 months

WASHINGTON (AP) — A federal judge on Wednesday sentenced an Ohio man who assaulted police officers during the Jan. 6 insurrection at the U.S. Capitol to 41 months in prison, one of the longest sentences handed down so far in the sprawling investigation.

Daniel Roeder, 34, of Dayton, pleaded guilty in August to assaulting, resisting or impeding officers. Prosecutors said he swung a flagpole at a line of officers on the Capitol's Lower West Terrace at about 2:30 p.m. on Jan. 6 and pushed his way toward a tunnel where police were trying to hold back the crowd for more than two hours.

U.S. District Judge Ellen Marsh said Roeder had shown "genuine remorse" but that the violence of that day demanded a significant prison term. "It has to be made clear that there are consequences," she said during the hearing, which lasted about an hour.

Roeder must also serve three years of supervised release and pay $2,000 in restitution. He has been in custody since his arrest in March and will receive credit for the roughly eight months he has already served.

More than 650 people have been charged with federal crimes related to the riot. About 120 have pleaded guilty, mostly to misdemeanors carrying a maximum of six months in jail. Only a handful of defendants charged with assaulting police have been sentenced.

Last week, a Florida man who also attacked officers received the longest sentence so far, 63 months. Prosecutors had sought the same term for Roeder.

His lawyer, Michael Greer, had asked for two years, noting that Roeder had no criminal record and had worked as an electrician for a decade. Greer said his client had spent weeks before the riot consuming false claims that the 2020 election had been stolen.

Roeder traveled to Washington on Jan. 5 with his brother, who has not been charged, and attended the rally near the White House the following morning, according to court papers. He posted a video on Facebook that night saying "we took back our house."

The FBI arrested him two months later after a former co-worker identified him from photos the bureau had published.

Marsh has repeatedly handed down sentences tougher than prosecutors requested in recent months. Another defendant is scheduled to appear before her at 10 a.m. Friday.

The House committee investigating the attack has issued dozens of subpoenas in recent weeks, and on Tuesday its chairman said the panel expects to hold public hearings early next year.
""", [
    ('Jan. 6', 'DATE', '2021-01-06'),
    ('41 months', 'DURATION', 'P41M'),
    ('Wednesday', 'DATE', '2021-11-10'),
    ('Jan. 6', 'DATE', '2021-01-06'),
    ('41 months', 'DURATION', 'P41M'),
    ('August', 'DATE', '2021-08'),
    ('about 2:30 p.m. on Jan. 6', 'TIME', '2021-01-06T14:30'),
    ('more than two hours', 'DURATION', 'PT2H'),
    ('that day', 'DATE', '2021-01-06'),
    ('about an hour', 'DURATION', 'PT1H'),
    ('three years', 'DURATION', 'P3Y'),
    ('March', 'DATE', '2021-03'),
    ('roughly eight months', 'DURATION', 'P8M'),
    ('six months', 'DURATION', 'P6M'),
    ('Last week', 'DATE', '2021-W44'),
    ('63 months', 'DURATION', 'P63M'),
    ('two years', 'DURATION', 'P2Y'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('weeks', 'DURATION', 'PXW'),
    ('2020', 'DATE', '2020'),
    ('Jan. 5', 'DATE', '2021-01-05'),
    ('the following morning', 'DATE|TIME', '2021-01-06TMO'),
    ('that night', 'DATE|TIME', '2021-01-06TNI'),
    ('two months later', 'DATE', '2021-03'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('10 a.m. Friday', 'TIME', '2021-11-12T10:00'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('Tuesday', 'DATE', '2021-11-09'),
    ('early next year', 'DATE', '2022'),
]),

# 9. Reuters, debt ceiling deadline talks (2023)
('2023-05-23', 'auto', """US debt talks resume as June 1 deadline looms, no deal in sight

WASHINGTON, May 23 (Reuters) - White House and Republican negotiators resumed talks on Tuesday to raise the U.S. government's $31.4 trillion debt ceiling after President Joe Biden and House Speaker Kevin McCarthy failed on Monday to reach a deal, with just nine days left before the Treasury could run out of cash.

McCarthy, the top Republican in Congress, told reporters on Tuesday morning that the two sides remained far apart on spending, but that he believed an agreement could still be struck. "It has to be this week," he said.

Treasury Secretary Janet Yellen reiterated on Monday that the government may be unable to pay all its bills as soon as June 1, a date she has cited repeatedly since early May. The department has been using extraordinary cash-management measures since January, when the government hit the borrowing limit.

A default would be the first in U.S. history and could trigger a recession, economists have warned. Credit rating agency Fitch said it had no plans to downgrade the United States for now, but S&P cut its top-notch rating in August 2011 after a similar standoff that was resolved only two days before the deadline.

Republicans want to cap federal spending at fiscal 2022 levels for the next decade and cut about $130 billion from current outlays. The White House has proposed freezing spending at this year's levels for fiscal 2024, which begins on Oct. 1.

The House is scheduled to leave Washington on Thursday afternoon for the Memorial Day holiday, though McCarthy said lawmakers would be called back if a deal is reached. He has promised members 72 hours to read any bill before a vote.

Any agreement would then need to pass the Democratic-controlled Senate, where leaders have said they could move quickly but may need several days to overcome procedural hurdles. The Senate is not scheduled to return until June 5.

Markets have largely remained calm, although the cost of insuring U.S. debt against default rose to a record high last week. Yields on one-month Treasury bills, which mature around the expected default date, have climbed above 5.6%.

Congress has raised, extended or revised the debt limit 78 times since 1960, most recently in December 2021.

Negotiators met for about three hours on Tuesday and planned to reconvene at 7 p.m., a Republican aide said.

(Reporting by David Morgan and Andrea Shalal; Editing by Scott Malone)
""", [
    ('June 1', 'DATE', '2023-06-01'),
    ('May 23', 'DATE', '2023-05-23'),
    ('Tuesday', 'DATE', '2023-05-23'),
    ('Monday', 'DATE', '2023-05-22'),
    ('nine days', 'DURATION', 'P9D'),
    ('Tuesday morning', 'DATE|TIME', '2023-05-23TMO'),
    ('this week', 'DATE', '2023-W21'),
    ('Monday', 'DATE', '2023-05-22'),
    ('June 1', 'DATE', '2023-06-01'),
    ('early May', 'DATE', '2023-05'),
    ('January', 'DATE', '2023-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('August 2011', 'DATE', '2011-08'),
    ('two days', 'DURATION', 'P2D'),
    ('fiscal 2022', 'DATE', 'FY2022|2022'),
    ('the next decade', 'DURATION', 'P10Y|P1E'),
    ('current', 'DATE', 'PRESENT_REF'),
    ('this year', 'DATE', '2023'),
    ('fiscal 2024', 'DATE', 'FY2024|2024'),
    ('Oct. 1', 'DATE', '2023-10-01'),
    ('Thursday afternoon', 'DATE|TIME', '2023-05-25TAF'),
    ('Memorial Day', 'DATE', '2023-05-29'),
    ('72 hours', 'DURATION', 'PT72H'),
    ('several days', 'DURATION', 'PXD'),
    ('June 5', 'DATE', '2023-06-05'),
    ('last week', 'DATE', '2023-W20'),
    ('one-month', 'DURATION', 'P1M'),
    ('1960', 'DATE', '1960'),
    ('December 2021', 'DATE', '2021-12'),
    ('about three hours', 'DURATION', 'PT3H'),
    ('Tuesday', 'DATE', '2023-05-23'),
    ('7 p.m.', 'TIME', '2023-05-23T19:00'),
]),

# 10. Washington Post, inspector general inquiry into a delayed warning (2015)
('2015-04-10', 'auto', """Inspector general faults Prince George's officials over delayed water warning

By Arlene Navarro and Owen Whitaker
April 10, 2015

Prince George's County officials waited nearly 14 hours before warning residents of Hyattsville and Riverdale that their tap water might be unsafe during a contamination scare in January, according to an inspector general's report released Thursday.

The 62-page report, which County Council members had requested in February, offers the first detailed timeline of the episode, which began about 9:15 p.m. on Jan. 20, when a utility crew reported discolored water at a pumping station on Kenilworth Avenue.

A duty officer at the county's emergency operations center was notified within 30 minutes but did not reach his supervisor until after midnight, the report found. By 3 a.m. the next day, lab technicians had found elevated levels of bacteria in two samples. But the first public alert was not sent until 11:05 a.m., after many residents had already bathed their children and made breakfast.

"For the better part of a day, people were drinking water that we had reason to believe was contaminated," Council member Denise Garland (D-Hyattsville) said at a hearing Thursday afternoon. "That is unacceptable."

The boil-water advisory remained in effect for four days. No serious illnesses were reported, though dozens of residents said they had stomach problems that week.

County Executive Rushern L. Baker III, who took office in December 2010, said in a statement that the county had adopted most of the report's 19 recommendations. The emergency operations center will now keep a supervisor on every shift, and alerts will be tested monthly, the statement said.

The report also found that the county's notification software had not been updated since 2009 and that two of the four employees trained to use it had left in the past year. A similar delay occurred during a 2012 water main break, but a review ordered at the time was never completed.

Inspector General Kenneth Salles said investigators interviewed 37 people over six weeks in February and March. He said the delays reflected "long-standing confusion about who is in charge when senior managers are off duty."

The council is expected to vote on legislation requiring public alerts within two hours of a confirmed contamination at its session on April 21. A second hearing is planned for next month.

The Washington Suburban Sanitary Commission, which supplies water to the county, said Friday that it was reviewing its own procedures and would release its findings this summer.
""", [
    ('April 10, 2015', 'DATE', '2015-04-10'),
    ('nearly 14 hours', 'DURATION', 'PT14H'),
    ('January', 'DATE', '2015-01'),
    ('Thursday', 'DATE', '2015-04-09'),
    ('February', 'DATE', '2015-02'),
    ('about 9:15 p.m. on Jan. 20', 'TIME', '2015-01-20T21:15'),
    ('30 minutes', 'DURATION', 'PT30M'),
    ('midnight', 'TIME', '2015-01-20T24:00|2015-01-21T00:00'),
    ('3 a.m. the next day', 'TIME', '2015-01-21T03:00'),
    ('11:05 a.m.', 'TIME', '2015-01-21T11:05'),
    ('the better part of a day', 'DURATION', 'P1D'),
    ('Thursday afternoon', 'DATE|TIME', '2015-04-09TAF'),
    ('four days', 'DURATION', 'P4D'),
    ('that week', 'DATE', '2015-W04'),
    ('December 2010', 'DATE', '2010-12'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('monthly', 'SET', 'P1M'),
    ('2009', 'DATE', '2009'),
    ('the past year', 'DURATION', 'P1Y'),
    ('2012', 'DATE', '2012'),
    ('six weeks', 'DURATION', 'P6W'),
    ('February', 'DATE', '2015-02'),
    ('March', 'DATE', '2015-03'),
    ('two hours', 'DURATION', 'PT2H'),
    ('April 21', 'DATE', '2015-04-21'),
    ('next month', 'DATE', '2015-05'),
    ('Friday', 'DATE', '2015-04-10'),
    ('this summer', 'DATE', '2015-SU'),
]),

# 11. The Times (London), public inquiry retelling a timeline (2003)
('2003-08-12', 'auto', """Hutton retraces the road to Kelly's death

Tom Baldock and Michael Ewart

THE inquiry into the death of Dr David Kelly began hearing evidence yesterday by retracing the weapons expert's movements, from the BBC report on May 29 that set off the row with Downing Street to his disappearance from his Oxfordshire home in July.

Lord Hutton, who opened proceedings at 10.30am in Court 73 of the Royal Courts of Justice, said he intended to sit for at least five weeks and would report to the Lord Chancellor "as soon as practicable". He expects to hear evidence from Tony Blair and Alastair Campbell later this month.

The court was told that Dr Kelly had met Andrew Gilligan, the BBC defence correspondent, at the Charing Cross Hotel in London on May 22, a week before the broadcast in which Mr Gilligan alleged that the Government had "sexed up" its September dossier on Iraqi weapons.

Dr Kelly wrote to his line manager at the Ministry of Defence on June 30 admitting that he had met the journalist. He was interviewed by MoD officials on July 4 and again three days later, and on July 9 the ministry confirmed his name to reporters who put it to them.

Six days later, on July 15, he gave evidence to the Foreign Affairs Committee, which concluded that he was not Mr Gilligan's main source. He left his home in Southmoor at about 3pm on July 17 and was found dead in woodland the next morning.

Patrick Lamb, a Foreign Office official, told the inquiry that he had worked with Dr Kelly for several years and described him as meticulous. Dr Kelly, 59, had visited Iraq 37 times as a UN inspector since 1991.

The hearing will resume at 10.30am today with evidence from the MoD's personnel director. Lord Hutton has said that he will not sit on Fridays, so that lawyers can prepare documents, and that a second round of hearings, at which witnesses may be cross-examined, could begin in September.

The inquiry has already received more than 9,000 pages of documents, which will be published on its website daily. The first batch was posted at 4pm yesterday.

Conservatives said last night that the Prime Minister should return from his holiday in Barbados. Iain Duncan Smith said the inquiry had already raised serious questions about what ministers knew and when.

Mr Blair has been away since the start of the month and is not due back in Downing Street until the end of the month.
""", [
    ('yesterday', 'DATE', '2003-08-11'),
    ('May 29', 'DATE', '2003-05-29'),
    ('July', 'DATE', '2003-07'),
    ('10.30am', 'TIME', '2003-08-11T10:30'),
    ('at least five weeks', 'DURATION', 'P5W'),
    ('later this month', 'DATE', '2003-08'),
    ('May 22', 'DATE', '2003-05-22'),
    ('a week', 'DURATION', 'P1W'),
    ('September', 'DATE', '2002-09'),
    ('June 30', 'DATE', '2003-06-30'),
    ('July 4', 'DATE', '2003-07-04'),
    ('three days later', 'DATE', '2003-07-07'),
    ('July 9', 'DATE', '2003-07-09'),
    ('Six days later', 'DATE', '2003-07-15'),
    ('July 15', 'DATE', '2003-07-15'),
    ('about 3pm on July 17', 'TIME', '2003-07-17T15:00'),
    ('the next morning', 'DATE|TIME', '2003-07-18TMO'),
    ('several years', 'DURATION', 'PXY'),
    ('1991', 'DATE', '1991'),
    ('10.30am today', 'TIME', '2003-08-12T10:30'),
    ('Fridays', 'SET', 'XXXX-WXX-5'),
    ('September', 'DATE', '2003-09'),
    ('daily', 'SET', 'P1D'),
    ('4pm yesterday', 'TIME', '2003-08-11T16:00'),
    ('last night', 'DATE|TIME', '2003-08-11TNI'),
    ('the start of the month', 'DATE', '2003-08'),
    ('the end of the month', 'DATE', '2003-08'),
]),

# 12. Irish Times, general election timetable (2024)
('2024-11-09', 'auto', """Election 2024: Parties hit the road as three-week campaign begins

Pat Lennon, Political Editor
Sat Nov 9 2024

The general election campaign got under way in earnest yesterday after President Michael D Higgins dissolved the 33rd Dáil at the request of Taoiseach Simon Harris, setting polling day for Friday, November 29th.

Mr Harris travelled to Áras an Uachtaráin at about 2pm and emerged to tell reporters that the Government parties would seek "a clear mandate for the next five years". Fine Gael, Fianna Fáil and the Greens have governed together since June 2020, when the three parties agreed a programme for government after almost four months of talks.

Nominations close at noon on Wednesday, and candidates have until that deadline to lodge a deposit or collect signatures. The count will begin at 9am on Saturday, November 30th, and the new Dáil is due to meet on December 18th to elect a taoiseach.

It comes less than five years after the February 2020 poll, which left Fine Gael, Fianna Fáil and Sinn Féin within a few seats of one another. Party strategists said privately that the short campaign, just 21 days, favoured the incumbents, who went into it buoyed by a budget last month that included cost-of-living payments worth €2 billion.

Sinn Féin president Mary Lou McDonald launched her party's campaign in Dublin this morning, promising to scrap the Universal Social Charge on the first €50,000 of income. Her party topped the poll in 2020 but has slipped in recent months, with an Irish Times/Ipsos B&A poll last weekend putting it at 20 per cent, four points behind Fine Gael.

The main parties are expected to publish their manifestos next week. Televised leaders' debates are scheduled for the week of November 18th and for Tuesday, November 26th, three days before polling.

Polling stations will be open from 7am to 10pm. Voters on islands off Donegal, Mayo and Galway will cast their ballots a day earlier, on November 28th.

Mr Harris, who succeeded Leo Varadkar in April, had said repeatedly over the summer that he wanted the Dáil to run its full term into early 2025. He changed course after the budget, telling colleagues at a parliamentary party meeting in October that an autumn election was now the "least worst" option.

Ms McDonald said the decision showed the Government was "running scared". The Labour leader Ivana Bacik said her party was "ready for the fight" and would publish its manifesto on Monday.
""", [
    ('2024', 'DATE', '2024'),
    ('three-week', 'DURATION', 'P3W'),
    ('Sat Nov 9 2024', 'DATE', '2024-11-09'),
    ('yesterday', 'DATE', '2024-11-08'),
    ('Friday, November 29th', 'DATE', '2024-11-29'),
    ('about 2pm', 'TIME', '2024-11-08T14:00'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('June 2020', 'DATE', '2020-06'),
    ('almost four months', 'DURATION', 'P4M'),
    ('noon on Wednesday', 'TIME', '2024-11-13T12:00'),
    ('9am on Saturday, November 30th', 'TIME', '2024-11-30T09:00'),
    ('December 18th', 'DATE', '2024-12-18'),
    ('less than five years', 'DURATION', 'P5Y'),
    ('February 2020', 'DATE', '2020-02'),
    ('21 days', 'DURATION', 'P21D'),
    ('last month', 'DATE', '2024-10'),
    ('this morning', 'DATE|TIME', '2024-11-09TMO'),
    ('2020', 'DATE', '2020'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('last weekend', 'DATE', '2024-W44-WE'),
    ('next week', 'DATE', '2024-W46'),
    ('the week of November 18th', 'DATE', '2024-W47'),
    ('Tuesday, November 26th', 'DATE', '2024-11-26'),
    ('three days', 'DURATION', 'P3D'),
    ('7am', 'TIME', '2024-11-29T07:00'),
    ('10pm', 'TIME', '2024-11-29T22:00'),
    ('a day earlier', 'DATE', '2024-11-28'),
    ('November 28th', 'DATE', '2024-11-28'),
    ('April', 'DATE', '2024-04'),
    ('the summer', 'DATE', '2024-SU'),
    ('early 2025', 'DATE', '2025'),
    ('October', 'DATE', '2024-10'),
    ('autumn', 'DATE', '2024-FA'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '2024-11-11'),
]),
]
