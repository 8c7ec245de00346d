# Gold TIMEX3 probe set 64: twelve stories of 1994-2024 in the styles of AP, Reuters, the BBC, the Guardian, the New York Times and regional papers: sport (results, fixtures, transfer deadlines), elections (polling days, counts, recounts), courts (verdicts, sentencing dates) and city news (closures, openings, events), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, courts (1995)
('1995-10-04', 'auto', """Former school treasurer convicted of stealing $412,000

DAYTON, Ohio (AP) — A Montgomery County jury convicted a former school district treasurer Tuesday of stealing more than $412,000 from the district over six years.

Gerald P. Whitcomb, 54, of Kettering, showed no reaction as the verdict was read at 4:10 p.m. Jurors had deliberated for about 11 hours over two days, beginning Monday morning, after a trial that lasted nearly three weeks.

Judge Ellen Raskin set sentencing for 9 a.m. Nov. 14 and allowed Whitcomb to remain free on bond until then. Each of the 23 counts of theft in office and tampering with records carries a maximum sentence of five years.

Prosecutors said Whitcomb, who was treasurer of the Valley View Local School District from 1987 to 1994, wrote checks to a shell company he controlled and hid the payments in the district's monthly reports to the board. The scheme came to light in March 1994, when a state auditor noticed that a paving contractor paid twice a month had never been put out to bid.

"He treated the district's checkbook like his own for six years," Assistant Prosecutor Dale Okafor told jurors in closing arguments last week.

Defense lawyer Martin Greaves said Wednesday that he would file a motion for a new trial within the next 14 days. He argued that the auditor's findings were based on records that had been altered after Whitcomb resigned in the summer of 1994.

"We think the jury heard only half the story," Greaves said. "This is not over."

The district's board met in a closed session Tuesday night to discuss whether to file a civil suit. Board President Linda Marsh said the district had recovered about $96,000 from an insurance bond earlier this year and hoped to recover more.

The losses forced the district to cut three bus routes and to postpone a levy vote that had been planned for May 1994. Voters approved the levy a year later, in May 1995, by 212 votes.

Whitcomb, a former Army reservist, had worked for the district for 17 years. His trial began Sept. 18 and included testimony from 31 witnesses, among them two former superintendents.

Marsh said the board would meet again Monday and would have an outside firm audit its accounts every three months. "Our families deserve to know this can't happen again," she said.
""", [
    ('Tuesday', 'DATE', '1995-10-03'),
    ('six years', 'DURATION', 'P6Y'),
    ('4:10 p.m.', 'TIME', '1995-10-03T16:10'),
    ('about 11 hours', 'DURATION', 'PT11H'),
    ('two days', 'DURATION', 'P2D'),
    ('Monday morning', 'DATE|TIME', '1995-10-02TMO'),
    ('nearly three weeks', 'DURATION', 'P3W'),
    ('9 a.m. Nov. 14', 'TIME', '1995-11-14T09:00'),
    ('five years', 'DURATION', 'P5Y'),
    ('1987', 'DATE', '1987'),
    ('1994', 'DATE', '1994'),
    ('monthly', 'SET', 'P1M'),
    ('March 1994', 'DATE', '1994-03'),
    ('twice a month', 'SET', 'P1M'),
    ('six years', 'DURATION', 'P6Y'),
    ('last week', 'DATE', '1995-W39'),
    ('Wednesday', 'DATE', '1995-10-04'),
    ('the next 14 days', 'DURATION', 'P14D'),
    ('the summer of 1994', 'DATE', '1994-SU'),
    ('Tuesday night', 'DATE|TIME', '1995-10-03TNI'),
    ('earlier this year', 'DATE', '1995'),
    ('May 1994', 'DATE', '1994-05'),
    ('a year later', 'DATE', '1995|1995-05'),
    ('May 1995', 'DATE', '1995-05'),
    ('17 years', 'DURATION', 'P17Y'),
    ('Sept. 18', 'DATE', '1995-09-18'),
    ('Monday', 'DATE', '1995-10-09'),
    ('every three months', 'SET', 'P3M'),
]),
# 2. Reuters, sport: transfer deadline (2008)
('2008-09-02', 'auto', """Premier League clubs spend record sum as window shuts

LONDON, Sept 2 (Reuters) - Premier League clubs spent a record 500 million pounds on new players during the transfer window that closed at midnight on Monday after a frantic last-minute scramble, business advisers Deloitte said on Tuesday.

The final 24 hours of the window produced 14 permanent transfers involving top-flight clubs, the firm said, with several deals completed shortly before the deadline.

Fulham confirmed early Tuesday that the signing of Belgian midfielder Jonas Verlinden from Anderlecht had been registered with the league at 11:52 p.m. on Monday. A club spokesman said the paperwork had been ready since Sunday afternoon but the player's medical was delayed by a cancelled flight from Brussels.

Spending this summer beat the previous record of 470 million pounds set in 2007, Deloitte said, and was more than double the figure five years ago. The firm expects spending to pass 1 billion pounds within three years if broadcasting income keeps rising.

The window system, introduced by FIFA in 2002, allows clubs to register players twice a year: for 12 weeks in the close season and for one month in mid-season. Clubs cannot sign players outside those periods except for free agents.

Several managers have criticised the system in recent years, arguing that it drives up prices as each window nears its close. "Everybody waits until the last minute," said one Premier League manager, who asked not to be named. "Then you pay double."

League officials will review the registration process at a meeting next month, a spokesman said, after at least three clubs complained that the league's fax line was engaged for most of Monday evening.

The window will reopen on Jan 1 and close at 5 p.m. on Feb 2.

The season, which began on Aug 16, pauses this weekend for international matches. England play Andorra in Barcelona on Saturday and Croatia in Zagreb next Wednesday, and league action resumes on Sept 13.

Deloitte said it would publish a full breakdown of spending by club later this week. (Reporting by Mark Ellison; Editing by Clare Fallon)
""", [
    ('Sept 2', 'DATE', '2008-09-02'),
    ('midnight on Monday', 'TIME', '2008-09-01T24:00|2008-09-01T00:00|2008-09-02T00:00'),
    ('Tuesday', 'DATE', '2008-09-02'),
    ('The final 24 hours', 'DURATION', 'PT24H'),
    ('early Tuesday', 'DATE', '2008-09-02'),
    ('11:52 p.m. on Monday', 'TIME', '2008-09-01T23:52'),
    ('Sunday afternoon', 'DATE|TIME', '2008-08-31TAF'),
    ('this summer', 'DATE', '2008-SU'),
    ('2007', 'DATE', '2007'),
    ('five years ago', 'DATE', '2003'),
    ('three years', 'DURATION', 'P3Y'),
    ('2002', 'DATE', '2002'),
    ('twice a year', 'SET', 'P1Y'),
    ('12 weeks', 'DURATION', 'P12W'),
    ('one month', 'DURATION', 'P1M'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('next month', 'DATE', '2008-10'),
    ('Monday evening', 'DATE|TIME', '2008-09-01TEV'),
    ('Jan 1', 'DATE', '2009-01-01'),
    ('5 p.m. on Feb 2', 'TIME', '2009-02-02T17:00'),
    ('Aug 16', 'DATE', '2008-08-16'),
    ('this weekend', 'DATE', '2008-W36-WE'),
    ('Saturday', 'DATE', '2008-09-06'),
    ('next Wednesday', 'DATE', '2008-09-10'),
    ('Sept 13', 'DATE', '2008-09-13'),
    ('later this week', 'DATE', '2008-W36'),
]),
# 3. BBC, elections: count and recounts (2010)
('2010-05-08', 'auto', """Ashby North declared after third recount

The last constituency in the East Midlands has finally declared its result, almost 40 hours after polls closed and following three recounts.

Conservative candidate Helen Brierley won Ashby North by 41 votes, ending 13 years of Labour representation in the seat. The returning officer announced the result at 13:40 BST on Saturday at Ashby Leisure Centre.

Counting began at 22:30 BST on Thursday, half an hour after polling stations closed, but was suspended at about 05:00 on Friday with the two leading candidates separated by fewer than 30 votes.

Staff resumed counting at 14:00 on Friday, and a further recount was ordered that night after the Labour candidate's agent challenged 87 disputed ballot papers.

Ms Brierley, 46, a former magistrate, said the past two days had been "exhausting but worth it".

"I'd like to thank every single one of those 41 people," she said. She will travel to Westminster on Monday to register as a new MP, and is expected to be sworn in when the Commons returns on 18 May.

Labour's Peter Holroyd, who had held the seat since 1997, said he would not seek a judicial review of the result.

"I've had 13 years representing this town and I'm proud of what we achieved," he said. "The voters have spoken, even if they took their time about it."

Turnout was 67.2%, up from 61.4% in 2005.

The constituency's returning officer, Sandra Keele, said it had been the longest count in the district's history.

"We have counted every ballot paper at least four times since Thursday night," she said. "My staff have been absolutely brilliant."

She said the council would review its counting arrangements before the local elections next May.

Nationally, the election has produced a hung parliament for the first time since February 1974, with the Conservatives 20 seats short of an overall majority.

Negotiating teams from the Conservatives and the Liberal Democrats met on Saturday morning and are due to resume talks on Sunday.
""", [
    ('almost 40 hours', 'DURATION', 'PT40H'),
    ('13 years', 'DURATION', 'P13Y'),
    ('13:40 BST on Saturday', 'TIME', '2010-05-08T13:40'),
    ('22:30 BST on Thursday', 'TIME', '2010-05-06T22:30'),
    ('half an hour', 'DURATION', 'PT30M'),
    ('about 05:00 on Friday', 'TIME', '2010-05-07T05:00'),
    ('14:00 on Friday', 'TIME', '2010-05-07T14:00'),
    ('that night', 'DATE|TIME', '2010-05-07TNI'),
    ('the past two days', 'DURATION', 'P2D'),
    ('Monday', 'DATE', '2010-05-10'),
    ('18 May', 'DATE', '2010-05-18'),
    ('1997', 'DATE', '1997'),
    ('13 years', 'DURATION', 'P13Y'),
    ('2005', 'DATE', '2005'),
    ('Thursday night', 'DATE|TIME', '2010-05-06TNI'),
    ('next May', 'DATE', '2011-05'),
    ('February 1974', 'DATE', '1974-02'),
    ('Saturday morning', 'DATE|TIME', '2010-05-08TMO'),
    ('Sunday', 'DATE', '2010-05-09'),
]),
# 4. The Guardian, city news: baths closure (2016)
('2016-03-17', 'auto', """Campaigners vow to fight closure of Edwardian baths in Salford

Campaigners have vowed to fight Salford city council's decision to close one of the oldest working swimming baths in England, after councillors voted on Wednesday night to shut the Grade II-listed building at the end of May.

The Moss Lane baths, which opened in 1906, will close to the public on 31 May, the council said. Its two pools and Turkish suite are used by about 1,400 swimmers weekly, including pupils from four primary schools who have lessons there every Tuesday.

Council leaders say repairs to the roof and boilers would cost £3.2m over the next five years, money the authority does not have after its budget was cut by 40% since 2010.

"Nobody wants to close a building that has served this community for more than a century," said the council's executive member for leisure, Janet Pryce. "But we have to make choices now that we would not have made a decade ago."

The Friends of Moss Lane Baths, which has 2,300 members, said it would ask Historic England to review the building's status and would hold a public meeting at 7pm next Thursday at St Paul's church hall. A petition launched last Friday had gathered more than 6,000 signatures by Thursday morning.

The group's chair, Anwar Malik, whose grandfather learned to swim at the baths in the 1930s, said: "They shut the wash house in 1979 and the library two years ago. Every time, they tell us there's no money. This time we're not going quietly."

A similar campaign saved Victoria Baths in Manchester, which closed in 1993 and won the BBC's Restoration series in 2003. Its trustees have raised more than £5m since then and open the building to visitors once a month.

The council said it would consult on the future of the site over the summer and make a final decision by the autumn. It has not ruled out selling the building to a developer.

Earlier this month, the council approved £27m of cuts over the next 12 months, including the closure of two libraries and a reduction in street cleaning. A council spokesman said the authority faced "the toughest period since the 1980s".
""", [
    ('Wednesday night', 'DATE|TIME', '2016-03-16TNI'),
    ('the end of May', 'DATE', '2016-05'),
    ('1906', 'DATE', '1906'),
    ('31 May', 'DATE', '2016-05-31'),
    ('weekly', 'SET', 'P1W'),
    ('every Tuesday', 'SET', 'XXXX-WXX-2'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('2010', 'DATE', '2010'),
    ('more than a century', 'DURATION', 'P100Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a decade ago', 'DATE', '2006|200'),
    ('7pm next Thursday', 'TIME', '2016-03-24T19:00'),
    ('last Friday', 'DATE', '2016-03-11'),
    ('Thursday morning', 'DATE|TIME', '2016-03-17TMO'),
    ('the 1930s', 'DATE', '193'),
    ('1979', 'DATE', '1979'),
    ('two years ago', 'DATE', '2014'),
    ('1993', 'DATE', '1993'),
    ('2003', 'DATE', '2003'),
    ('once a month', 'SET', 'P1M'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('the summer', 'DATE', '2016-SU'),
    ('the autumn', 'DATE', '2016-FA'),
    ('Earlier this month', 'DATE', '2016-03'),
    ('the next 12 months', 'DURATION', 'P12M'),
    ('the 1980s', 'DATE', '198'),
]),
# 5. The New York Times, elections: village recount (2000)
('2000-03-30', 'auto', """Recount Confirms 3-Vote Loss for Briar Ridge Mayor

BRIAR RIDGE, N.Y., March 29 — After eight days of challenges, a hand count of every paper ballot and a hearing on Tuesday night that ran for more than six hours, the Westchester County Board of Elections certified on Wednesday that Mayor Thomas J. Quinlan had lost his bid for a fourth term by three votes.

The challenger, Deborah Ames-Whitley, a 38-year-old lawyer who moved to the village in 1991, finished with 1,208 votes to Mr. Quinlan's 1,205. When the polls closed on March 21, she led by 11 votes, but the margin shrank after 64 absentee ballots were opened the following week.

Mr. Quinlan, 61, a retired pharmacist who has led the village since 1994, said on Wednesday night that he would not go to court. "Three votes is three votes," he said. "Twelve years ago I won my first race for trustee by 40, and I never heard anybody complain."

Ms. Ames-Whitley will be sworn in at noon on April 3, the first Monday in April, as required by village law.

Turnout, at 31 percent, was the highest for a village election in more than a decade, officials said. Village elections in Westchester are held every March and usually draw little attention.

This year was different. The campaign turned on a proposal, approved by the trustees last fall, to build a 140-unit apartment complex on the site of a textile mill that closed in 1987. Ms. Ames-Whitley opposed the project and promised a moratorium on large developments for at least two years.

The developer, Hudson Crest Partners, said on Wednesday that it still expected to break ground next spring, because its building permits had been issued in January.

The village clerk, Maria Scolari, said the board had received 12 formal challenges to individual ballots, more than in the previous 20 years combined. The last recount in the village, she said, was in 1983, when a race for trustee ended in a tie and was settled by drawing names from a hat.

The new board will hold its first meeting on April 10. Mr. Quinlan said he planned to spend the summer fishing in Maine. "I've earned it," he said.
""", [
    ('March 29', 'DATE', '2000-03-29'),
    ('eight days', 'DURATION', 'P8D'),
    ('Tuesday night', 'DATE|TIME', '2000-03-28TNI'),
    ('more than six hours', 'DURATION', 'PT6H'),
    ('Wednesday', 'DATE', '2000-03-29'),
    ('1991', 'DATE', '1991'),
    ('March 21', 'DATE', '2000-03-21'),
    ('the following week', 'DATE', '2000-W13'),
    ('1994', 'DATE', '1994'),
    ('Wednesday night', 'DATE|TIME', '2000-03-29TNI'),
    ('Twelve years ago', 'DATE', '1988'),
    ('noon on April 3', 'TIME', '2000-04-03T12:00'),
    ('the first Monday in April', 'DATE', '2000-04-03'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('every March', 'SET', 'XXXX-03'),
    ('This year', 'DATE', '2000'),
    ('last fall', 'DATE', '1999-FA'),
    ('1987', 'DATE', '1987'),
    ('at least two years', 'DURATION', 'P2Y'),
    ('Wednesday', 'DATE', '2000-03-29'),
    ('next spring', 'DATE', '2001-SP'),
    ('January', 'DATE', '2000-01'),
    ('the previous 20 years', 'DURATION', 'P20Y'),
    ('1983', 'DATE', '1983'),
    ('April 10', 'DATE', '2000-04-10'),
    ('the summer', 'DATE', '2000-SU'),
]),
# 6. Regional paper (Columbus Dispatch style), city news: bridge closure (1998)
('1998-07-21', 'auto', """Third Street bridge to close for 10 weeks

By Karen Dolan
Dispatch Staff Reporter

Drivers who use the Third Street bridge over the Scioto River will have to find another route until early October.

City engineers said yesterday that the 72-year-old span will close to all traffic at 6 a.m. Monday for repairs expected to take about 10 weeks. It is scheduled to reopen by Oct. 2, in time for the Columbus Day parade.

The bridge carries about 18,000 vehicles daily, according to the city's traffic division. Detours will send northbound traffic to Front Street and southbound traffic to High Street.

Inspectors found cracks in two steel support beams in April during a routine inspection, which the state requires every two years for bridges of that age. Weight limits were lowered the following month, and trucks have been barred from the bridge since June 1.

"We've been watching it closely since the spring, and it's time," said city engineer Ruth Kasparek. "We'd rather close it for a couple of months now than close it in an emergency."

The $1.4 million project is being paid for with federal and state highway money. Crews will work six days a week, and some overnight work may be needed in August, Kasparek said. The contractor, Kessler Bridge Co. of Marion, faces financial penalties if the work runs past Oct. 2.

Businesses on the west side of the river say the closing could not come at a worse time. The Franklinton Arts Festival, which drew about 25,000 people last year, is scheduled for Saturday, Aug. 8, at Dodge Park.

"Half of our customers come across that bridge," said Dwayne Hollis, who has owned Hollis Hardware on W. Broad Street since 1983. "Ten weeks is a long time for a small business."

City Council approved the contract last week without debate. The city will hold a public meeting about the project at 7 p.m. Thursday at the Franklinton branch library.

A similar closing of the Main Street bridge in 1995 lasted four months, two months longer than planned. Kasparek said the city has learned from that project, which was delayed by heavy rain and a shortage of steel.
""", [
    ('10 weeks', 'DURATION', 'P10W'),
    ('early October', 'DATE', '1998-10'),
    ('yesterday', 'DATE', '1998-07-20'),
    ('6 a.m. Monday', 'TIME', '1998-07-27T06:00'),
    ('about 10 weeks', 'DURATION', 'P10W'),
    ('Oct. 2', 'DATE', '1998-10-02'),
    ('Columbus Day', 'DATE', '1998-10-12'),
    ('daily', 'SET', 'P1D'),
    ('April', 'DATE', '1998-04'),
    ('every two years', 'SET', 'P2Y'),
    ('the following month', 'DATE', '1998-05'),
    ('June 1', 'DATE', '1998-06-01'),
    ('the spring', 'DATE', '1998-SP'),
    ('a couple of months', 'DURATION', 'P2M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('six days a week', 'SET', 'P1W'),
    ('August', 'DATE', '1998-08'),
    ('Oct. 2', 'DATE', '1998-10-02'),
    ('last year', 'DATE', '1997'),
    ('Saturday, Aug. 8', 'DATE', '1998-08-08'),
    ('1983', 'DATE', '1983'),
    ('Ten weeks', 'DURATION', 'P10W'),
    ('last week', 'DATE', '1998-W29'),
    ('7 p.m. Thursday', 'TIME', '1998-07-23T19:00'),
    ('1995', 'DATE', '1995'),
    ('four months', 'DURATION', 'P4M'),
    ('two months', 'DURATION', 'P2M'),
]),
# 7. AP, sport: suspension, results and fixtures (2019)
('2019-06-13', 'auto', """Rangers reliever's suspension cut to 6 games on appeal

NEW YORK (AP) — Texas Rangers reliever Cody Marchetti had his suspension for throwing at a batter reduced from eight games to six on Thursday and will begin serving it immediately.

Marchetti, 27, was ejected in the ninth inning of the Rangers' 7-4 win over Seattle on Sunday after hitting Mariners outfielder Luis Arroyo in the back with a 96 mph fastball. Arroyo, who had also been hit by a pitch the day before, homered off Marchetti two innings earlier.

Major League Baseball announced the original penalty Monday night. Marchetti appealed the following day, and his case was heard by a league official Wednesday afternoon in New York. The Mariners had called the pitch "dangerous" earlier this week and asked for a longer ban.

He will be eligible to return June 19 against the Los Angeles Angels, barring postponements.

"We'll take it," Marchetti said before the Rangers played Cleveland on Thursday night. "I wasn't trying to hit anybody. The last couple of weeks have been tough on our bullpen, and I just want to get back out there."

It is the second suspension of Marchetti's career. He sat out three games in August 2017 while pitching for Triple-A Round Rock after a bench-clearing brawl in Nashville.

The right-hander has a 3.12 ERA in 29 appearances this year and had not allowed a run in 11 straight outings, a stretch dating to May 18. He signed a $1.8 million contract with Texas in January after spending four years in the Oakland organization.

MLB has issued 11 suspensions for intentional pitches this year, up from seven in all of 2018. The players' union has said it will raise the issue at a meeting with league officials next month.

Texas, 36-31, begins a three-game series at Detroit on Friday night and returns home Monday to face the Angels in a four-game set.
""", [
    ('Thursday', 'DATE', '2019-06-13'),
    ('Sunday', 'DATE', '2019-06-09'),
    ('the day before', 'DATE', '2019-06-08'),
    ('Monday night', 'DATE|TIME', '2019-06-10TNI'),
    ('the following day', 'DATE', '2019-06-11'),
    ('Wednesday afternoon', 'DATE|TIME', '2019-06-12TAF'),
    ('earlier this week', 'DATE', '2019-W24'),
    ('June 19', 'DATE', '2019-06-19'),
    ('Thursday night', 'DATE|TIME', '2019-06-13TNI'),
    ('The last couple of weeks', 'DURATION', 'P2W'),
    ('August 2017', 'DATE', '2017-08'),
    ('this year', 'DATE', '2019'),
    ('May 18', 'DATE', '2019-05-18'),
    ('January', 'DATE', '2019-01'),
    ('four years', 'DURATION', 'P4Y'),
    ('this year', 'DATE', '2019'),
    ('2018', 'DATE', '2018'),
    ('next month', 'DATE', '2019-07'),
    ('Friday night', 'DATE|TIME', '2019-06-14TNI'),
    ('Monday', 'DATE', '2019-06-17'),
]),
# 8. Reuters, courts: fraud sentencing (2012)
('2012-11-29', 'auto', """Ex-hedge fund manager gets 9 years in prison for $40 million fraud

NEW YORK, Nov 29 (Reuters) - A former Connecticut hedge fund manager was sentenced on Thursday to nine years in prison for defrauding investors of more than $40 million over five years, federal prosecutors said.

Richard Allerton, 49, the founder of Greenfield Ridge Capital, was convicted by a jury in Manhattan federal court in July on nine counts of securities fraud and wire fraud following a two-week trial.

U.S. District Judge Paul Kessler also ordered Allerton to forfeit $38.5 million and to report to prison by Jan 15. Prosecutors had asked for at least 12 years, while the defense sought a sentence of no more than four years.

"For years, Mr. Allerton lied to his investors in monthly statements about how their money was doing," Kessler said at the hearing, which lasted about three hours.

Allerton, who wept as he addressed the court, apologized to investors, several of whom attended. "I have thought about what I did every day for the last 16 months," he said.

Prosecutors said Allerton began misrepresenting the fund's returns in 2006, after a series of losing bets on natural gas futures, and kept up the deception until the fund collapsed in the summer of 2011. He was arrested in July 2011 at his home in Greenwich.

His lawyers filed a letter earlier this week asking for leniency, citing Allerton's work with a children's charity. One of the lawyers, Susan Whitford, said on Wednesday that Allerton planned to appeal the conviction. She declined to comment after the hearing.

The case is one of more than 70 insider trading and fraud prosecutions brought by the U.S. Attorney's office in Manhattan since 2009. Earlier this month, the office brought what it called the most lucrative insider trading case ever, against a former portfolio manager at SAC Capital Advisors.

Allerton's investors, who include a teachers' pension fund in Ohio and several charities, are expected to recover about 30 cents on the dollar through a court-appointed receiver, who said in a filing last week that payments would begin in the first quarter of 2013.

The receiver has asked the court to hold a hearing on the distribution plan on Dec 12. (Reporting by Ellen Marsh; Editing by Gary Hill)
""", [
    ('9 years', 'DURATION', 'P9Y'),
    ('Nov 29', 'DATE', '2012-11-29'),
    ('Thursday', 'DATE', '2012-11-29'),
    ('nine years', 'DURATION', 'P9Y'),
    ('five years', 'DURATION', 'P5Y'),
    ('July', 'DATE', '2012-07'),
    ('two-week', 'DURATION', 'P2W'),
    ('Jan 15', 'DATE', '2013-01-15'),
    ('at least 12 years', 'DURATION', 'P12Y'),
    ('no more than four years', 'DURATION', 'P4Y'),
    ('years', 'DURATION', 'PXY'),
    ('monthly', 'SET', 'P1M'),
    ('about three hours', 'DURATION', 'PT3H'),
    ('every day', 'SET', 'P1D'),
    ('the last 16 months', 'DURATION', 'P16M'),
    ('2006', 'DATE', '2006'),
    ('the summer of 2011', 'DATE', '2011-SU'),
    ('July 2011', 'DATE', '2011-07'),
    ('earlier this week', 'DATE', '2012-W48'),
    ('Wednesday', 'DATE', '2012-11-28'),
    ('2009', 'DATE', '2009'),
    ('Earlier this month', 'DATE', '2012-11'),
    ('last week', 'DATE', '2012-W47'),
    ('the first quarter of 2013', 'DATE', '2013-Q1'),
    ('Dec 12', 'DATE', '2012-12-12'),
]),
# 9. BBC Sport, sport: postponed fixture (2021)
('2021-01-08', 'auto', """Bramhall Rovers v Kesgrave Town postponed after Covid outbreak

The League One match between Bramhall Rovers and Kesgrave Town scheduled for Saturday has been postponed after an outbreak of coronavirus at Bramhall.

The club said seven players and two members of staff tested positive following routine tests on Tuesday and Thursday, and its training ground will remain closed until at least next Wednesday.

It is Bramhall's second postponement since Christmas, after their home game against Penrith Athletic on Boxing Day was called off because of a frozen pitch.

The English Football League said the fixture would be rearranged "in due course". Third-tier clubs have already had 23 matches postponed since the start of November, and the EFL board will meet on Monday to discuss whether the season, which is due to end on 9 May, should be extended.

Bramhall manager Gary Lund said: "We've had one of the busiest schedules in the country over the past six weeks and the lads are shattered. We've played nine games in 28 days.

"The health of the players comes first. We'll be back when it's safe."

Elite sport has been allowed to continue during England's third national lockdown, which came into force on Wednesday, but EFL clubs must test players and staff twice a week.

Kesgrave had been due to travel on Friday afternoon and have been left without a game this weekend. Their manager, Sean Doyle, said the decision had come "far too late", less than 24 hours before kick-off.

"We found out at 10 o'clock this morning. The players had already packed their bags," he said.

Bramhall, who are 11th in the table, are next scheduled to play at home to Penrith on 16 January.

Last year, League One was ended early, in June, with the final standings decided on a points-per-game basis after the first national lockdown began in March 2020.
""", [
    ('Saturday', 'DATE', '2021-01-09'),
    ('Tuesday', 'DATE', '2021-01-05'),
    ('Thursday', 'DATE', '2021-01-07'),
    ('next Wednesday', 'DATE', '2021-01-13'),
    ('Christmas', 'DATE', '2020-12-25'),
    ('Boxing Day', 'DATE', '2020-12-26'),
    ('the start of November', 'DATE', '2020-11'),
    ('Monday', 'DATE', '2021-01-11'),
    ('9 May', 'DATE', '2021-05-09'),
    ('the past six weeks', 'DURATION', 'P6W'),
    ('28 days', 'DURATION', 'P28D'),
    ('Wednesday', 'DATE', '2021-01-06'),
    ('twice a week', 'SET', 'P1W'),
    ('Friday afternoon', 'DATE|TIME', '2021-01-08TAF'),
    ('this weekend', 'DATE', '2021-W01-WE'),
    ('less than 24 hours', 'DURATION', 'PT24H'),
    ("10 o'clock this morning", 'TIME', '2021-01-08T10:00'),
    ('16 January', 'DATE', '2021-01-16'),
    ('Last year', 'DATE', '2020'),
    ('June', 'DATE', '2020-06'),
    ('March 2020', 'DATE', '2020-03'),
]),
# 10. The Guardian, courts: manslaughter sentencing (2006)
('2006-02-24', 'auto', """Roofer jailed for six years over death of apprentice

A roofing contractor whose firm ignored repeated safety warnings has been jailed for six years for the manslaughter of a 17-year-old apprentice who fell through a warehouse roof.

Keith Lorimer, 52, was sentenced at Leeds crown court yesterday after being convicted of gross negligence manslaughter last month. His company, Lorimer Roofing Ltd, was fined £250,000.

Daniel Hartley died in March 2004, a fortnight after starting work with the company, when a fragile skylight gave way beneath him and he fell 30ft on to a concrete floor.

The judge, Mr Justice Hallam, told Lorimer he had "gambled with a young man's life to save a few hours and a few hundred pounds".

The court heard that the Health and Safety Executive had written to Lorimer three times between 2001 and 2003 warning him about working practices on fragile roofs. Daniel had been sent on to the roof without a harness at about 8.15am on 15 March, less than an hour after he arrived on site. Lorimer was arrested a week later and charged in the autumn of that year.

His mother, Carol Hartley, said outside court: "It has taken nearly two years to get here. Nothing will bring Danny back, but at last somebody has been held responsible."

Lorimer, who had run the business since 1988, had denied the charge, claiming that Daniel had been told to wait for a supervisor. His barrister said he would consider an appeal in the coming weeks.

The case is the latest in a series of prosecutions following a government campaign to cut deaths in the construction industry, where 69 workers were killed last year, according to provisional HSE figures.

Labour first promised a law on corporate killing in 1997; ministers now say a bill will be introduced later this year. Campaigners said the sentence showed that individual directors could already be held to account.

The HSE said on Thursday that it would publish new guidance on roof work in the spring, and would carry out unannounced inspections of building sites every month.
""", [
    ('six years', 'DURATION', 'P6Y'),
    ('six years', 'DURATION', 'P6Y'),
    ('yesterday', 'DATE', '2006-02-23'),
    ('last month', 'DATE', '2006-01'),
    ('March 2004', 'DATE', '2004-03'),
    ('a fortnight', 'DURATION', 'P2W'),
    ('a few hours', 'DURATION', 'PTXH'),
    ('2001', 'DATE', '2001'),
    ('2003', 'DATE', '2003'),
    ('about 8.15am on 15 March', 'TIME', '2004-03-15T08:15'),
    ('less than an hour', 'DURATION', 'PT1H'),
    ('a week later', 'DATE', '2004-03-22|2004-W13'),
    ('the autumn of that year', 'DATE', '2004-FA'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('1988', 'DATE', '1988'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('last year', 'DATE', '2005'),
    ('1997', 'DATE', '1997'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('later this year', 'DATE', '2006'),
    ('Thursday', 'DATE', '2006-02-23'),
    ('the spring', 'DATE', '2006-SP'),
    ('every month', 'SET', 'P1M'),
]),
# 11. The New York Times, city news: library opening (2023)
('2023-10-26', 'auto', """After Years of Delays, a Bronx Library Is Ready to Open

The new Mott Haven branch of the New York Public Library will open to the public at 10 a.m. on Saturday, more than eight years after city officials first announced plans for it and nearly three years behind schedule.

The 22,000-square-foot building on East 140th Street, which cost $41 million, replaces a cramped branch that closed in 2019 after its heating system failed. Since then, residents have relied on a bookmobile that visits twice a week and on branches in neighboring Melrose and Port Morris.

"My kids grew up without a library," said Yolanda Reyes, 44, who has lived in the neighborhood for two decades. "My oldest was 8 when it closed. He's 12 now."

City officials are expected to attend a ribbon-cutting on Friday morning, a library spokeswoman said on Wednesday.

The project was first announced in 2015 and was scheduled to be completed in the fall of 2020. Construction did not begin until March 2021, after delays caused by a redesign and the coronavirus pandemic, and stalled again for several months last year when the original contractor went bankrupt.

"It took far too long, and this community deserved better," said Councilwoman Denise Ortiz, whose district includes the branch. "We should never have had to wait like this."

The branch will be open daily and will offer free English classes every Saturday. It includes a teen center, a small recording studio and a rooftop reading garden that will close for the winter in mid-November.

The city's capital budget for fiscal 2024 includes $180 million for library construction and repairs, but library officials warned that budget cuts ordered by the mayor last month could force reductions in branch hours across the city early next year.

The New York Public Library has opened four new branches in the past decade and renovated 17 others.

A celebration with music, face painting and a visit from a children's author will run from noon to 4 p.m. on Sunday.
""", [
    ('Years', 'DURATION', 'PXY'),
    ('10 a.m. on Saturday', 'TIME', '2023-10-28T10:00'),
    ('more than eight years', 'DURATION', 'P8Y'),
    ('nearly three years', 'DURATION', 'P3Y'),
    ('2019', 'DATE', '2019'),
    ('twice a week', 'SET', 'P1W'),
    ('two decades', 'DURATION', 'P20Y|P2E'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Friday morning', 'DATE|TIME', '2023-10-27TMO'),
    ('Wednesday', 'DATE', '2023-10-25'),
    ('2015', 'DATE', '2015'),
    ('the fall of 2020', 'DATE', '2020-FA'),
    ('March 2021', 'DATE', '2021-03'),
    ('several months', 'DURATION', 'PXM'),
    ('last year', 'DATE', '2022'),
    ('daily', 'SET', 'P1D'),
    ('every Saturday', 'SET', 'XXXX-WXX-6'),
    ('the winter', 'DATE', '2023-WI'),
    ('mid-November', 'DATE', '2023-11'),
    ('fiscal 2024', 'DATE', 'FY2024|2024'),
    ('last month', 'DATE', '2023-09'),
    ('early next year', 'DATE', '2024'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('noon', 'TIME', '2023-10-29T12:00'),
    ('4 p.m. on Sunday', 'TIME', '2023-10-29T16:00'),
]),
# 12. Regional paper, elections: state House recount (2024)
('2024-11-12', 'auto', """Recount set in 137th District as 58 votes separate candidates

By Tom Reilly
Staff writer

County election workers will begin a recount of the 137th state House District race at 9 a.m. Thursday, after unofficial results showed Republican Karen Hollister leading Democrat Miguel Santos by 58 votes out of more than 36,000 cast.

The margin, about 0.16 percentage points, falls well within the half-percentage-point threshold that triggers an automatic recount under state law. The Department of State ordered the recount on Friday, and the county Board of Elections voted Monday to begin it this week.

Election Director Paula Brennan said the hand count of paper ballots from the district's 31 precincts should take about three days. Counties must complete recounts by Nov. 20 and report the results to the state by noon the following Tuesday.

Hollister led by 212 votes when in-person results were posted early Wednesday, but the gap narrowed as mail-in and provisional ballots were counted through the weekend.

Santos, 41, a former school board president, said Monday night that he was "cautiously optimistic."

"Every vote has to be counted, and counted right," he said. "We've waited a week. We can wait a few more days."

Hollister, 56, who served two terms on the Township Council from 2014 to 2022, declared victory last Wednesday and said the recount would not change the outcome. "The numbers are the numbers," she said.

The seat has been held by Republican Tom Carver since 2006. Carver, who announced his retirement in January, won his last race two years ago by more than 4,000 votes.

It is the county's first legislative recount since 2010, when a state Senate race was decided by 19 votes after a count that lasted nine days. Recounts rarely change more than a handful of votes, according to a 2020 study by the voting-rights group FairVote.

Observers from both parties will be allowed in the county's warehouse on Union Street, where the count will run each day until it is finished. The board is scheduled to meet on Nov. 21 to certify the results, and the new legislative session begins Jan. 7.
""", [
    ('9 a.m. Thursday', 'TIME', '2024-11-14T09:00'),
    ('Friday', 'DATE', '2024-11-08'),
    ('Monday', 'DATE', '2024-11-11'),
    ('this week', 'DATE', '2024-W46'),
    ('about three days', 'DURATION', 'P3D'),
    ('Nov. 20', 'DATE', '2024-11-20'),
    ('noon the following Tuesday', 'TIME', '2024-11-26T12:00'),
    ('early Wednesday', 'DATE', '2024-11-06'),
    ('the weekend', 'DATE', '2024-W45-WE'),
    ('Monday night', 'DATE|TIME', '2024-11-11TNI'),
    ('a week', 'DURATION', 'P1W'),
    ('a few more days', 'DURATION', 'PXD'),
    ('2014', 'DATE', '2014'),
    ('2022', 'DATE', '2022'),
    ('last Wednesday', 'DATE', '2024-11-06'),
    ('2006', 'DATE', '2006'),
    ('January', 'DATE', '2024-01'),
    ('two years ago', 'DATE', '2022'),
    ('2010', 'DATE', '2010'),
    ('nine days', 'DURATION', 'P9D'),
    ('2020', 'DATE', '2020'),
    ('each day', 'SET', 'P1D'),
    ('Nov. 21', 'DATE', '2024-11-21'),
    ('Jan. 7', 'DATE', '2025-01-07'),
]),
]
