# Gold TIMEX3 probe set 104: sport news (match reports, transfers, injuries, schedules, previews, records, coaching changes), 1985-2025 house styles, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, college football match report (1996)
('1996-11-17', 'auto', """Marsh's overtime kick sends Cougars to first bowl since 1992

PULLMAN, Wash. (AP) — Danny Marsh missed two field goals in the first half Saturday. He did not miss the one that mattered.

The junior made a 41-yarder on the first possession of overtime, and Eastern Cascade beat Willamette State 27-24 to become eligible for a bowl game for the first time in four years.

"I've kicked in the rain every Thursday since August," Marsh said. "Coach kept telling me it was for a day like this."

Kickoff was pushed back 45 minutes because of lightning, and by the time the game ended at 6:10 p.m. most of the 28,000 fans had sat through nearly four hours of wind and sleet.

Willamette State (5-6) led 24-17 late in the fourth quarter after tailback Corey Blount scored his third touchdown, a 12-yard run. Eastern Cascade quarterback Ryan Tillman then drove the Cougars 80 yards in seven plays, finding tight end Mike Okafor in the corner of the end zone on the final play of regulation.

Tillman finished 22 of 35 for 284 yards. He had thrown five interceptions in the previous two weeks and was booed off the field at halftime of the Nov. 9 loss to Idaho Tech.

"People forget he's a sophomore," coach Gary Lindqvist said. "A month ago he was the third-stringer."

Lindqvist, in his sixth season, was the subject of rumors earlier this month that the school might not renew his contract, which expires in January. Athletic director Helen Ruiz said after the game that talks on an extension would begin "soon, probably next week."

The Cougars (7-4) finish the regular season at home against Pacific Northern on Thanksgiving Day. The game starts at 12:30 p.m. PST and will be televised regionally.

Blount ran for 167 yards on 29 carries and moved past the school season record of 1,402 yards set by Terrell James in 1987. Willamette State coach Don Petrakis said Blount, a senior, would likely enter the NFL draft in April.

"He's carried this program for four years," Petrakis said. "I'm going to miss him on Saturdays."

The Beavers' season is over. They had hoped to end a losing streak against the Cougars that dates to the 1980s, when the series was played every other year in Portland.

Marsh, who had missed from 38 and 44 yards in the first half, said he did not look at the scoreboard before the winning kick.

"I just looked at the holder's hands," he said. "For about two seconds, that's the whole world."
""", [
    ('1992', 'DATE', '1992'),
    ('Saturday', 'DATE', '1996-11-16'),
    ('four years', 'DURATION', 'P4Y'),
    ('every Thursday', 'SET', 'XXXX-WXX-4'),
    ('August', 'DATE', '1996-08'),
    ('45 minutes', 'DURATION', 'PT45M'),
    ('6:10 p.m.', 'TIME', '1996-11-16T18:10'),
    ('nearly four hours', 'DURATION', 'PT4H'),
    ('the previous two weeks', 'DURATION', 'P2W'),
    ('Nov. 9', 'DATE', '1996-11-09'),
    ('A month ago', 'DATE', '1996-10'),
    ('earlier this month', 'DATE', '1996-11'),
    ('January', 'DATE', '1997-01'),
    ('soon', 'DATE', 'FUTURE_REF'),
    ('next week', 'DATE', '1996-W47'),
    ('Thanksgiving Day', 'DATE', '1996-11-28'),
    ('12:30 p.m. PST', 'TIME', '1996-11-28T12:30'),
    ('1987', 'DATE', '1987'),
    ('April', 'DATE', '1997-04'),
    ('four years', 'DURATION', 'P4Y'),
    ('Saturdays', 'SET', 'XXXX-WXX-6'),
    ('the 1980s', 'DATE', '198'),
    ('every other year', 'SET', 'P2Y'),
    ('about two seconds', 'DURATION', 'PT2S'),
]),
# 2. Reuters, soccer transfer (1999)
('1999-07-14', 'auto', """SOCCER-LAZIO AGREE RECORD FEE FOR URUGUAY STRIKER FERREYRA

ROME, July 14 (Reuters) - Lazio have agreed a club-record fee of around 48 billion lire ($26 million) with Penarol for Uruguay striker Martin Ferreyra, the Serie A club said on Wednesday.

The 23-year-old is expected to arrive in Rome for a medical after the Copa America ends on Sunday and, if he passes, will sign a five-year contract worth a reported four billion lire a year after tax, a Lazio spokesman said.

Ferreyra scored 27 goals for Penarol last year and has been one of the few bright spots for Uruguay at the Copa America in Paraguay this month, where he has scored three times.

Talks between the two clubs had dragged on for nearly three weeks, with Penarol holding out for a share of any future sale. Penarol president Julio Abdala said on Tuesday night that the last obstacle had been removed during a telephone call on Monday that lasted more than four hours.

"We are sad to lose him, but this is good for Martin and good for Penarol," Abdala told a Montevideo radio station.

Lazio coach Sven-Goran Eriksson has been looking for a new striker since Christian Vieri left for Inter Milan last month for a world-record fee.

"I want him in Rome the moment the tournament is over," Eriksson told reporters at the club's Formello training ground. "We have only six weeks before the first game that counts."

Lazio, who finished second in Serie A in May, one point behind AC Milan, won the last Cup Winners' Cup final at Villa Park on May 19. They start their pre-season training camp in the Dolomites next week and face Manchester United in the European Super Cup in Monaco on August 27.

The Serie A season begins two days later.

Ferreyra would be the third South American to join the Rome club this summer. Lazio president Sergio Cragnotti, who has spent heavily since buying the club in 1992, said on Wednesday the club's spending was now finished "for this year at least".

The striker's agent, Carlos Mendez, said the player had turned down offers from two Spanish clubs earlier this year.

"Martin has dreamed of playing in Italy since he was a boy," Mendez said. "He watched Serie A on television every Sunday."

Uruguay, who sent a young squad to the tournament, play their semi-final later this week. Penarol said Ferreyra would not travel to Italy before the final, even if Uruguay were eliminated.
""", [
    ('July 14', 'DATE', '1999-07-14'),
    ('Wednesday', 'DATE', '1999-07-14'),
    ('Sunday', 'DATE', '1999-07-18'),
    ('five-year', 'DURATION', 'P5Y'),
    ('a year', 'SET', 'P1Y'),
    ('last year', 'DATE', '1998'),
    ('this month', 'DATE', '1999-07'),
    ('nearly three weeks', 'DURATION', 'P3W'),
    ('Tuesday night', 'DATE|TIME', '1999-07-13TNI'),
    ('Monday', 'DATE', '1999-07-12'),
    ('more than four hours', 'DURATION', 'PT4H'),
    ('last month', 'DATE', '1999-06'),
    ('six weeks', 'DURATION', 'P6W'),
    ('May', 'DATE', '1999-05'),
    ('May 19', 'DATE', '1999-05-19'),
    ('next week', 'DATE', '1999-W29'),
    ('August 27', 'DATE', '1999-08-27'),
    ('two days later', 'DATE', '1999-08-29'),
    ('this summer', 'DATE', '1999-SU'),
    ('1992', 'DATE', '1992'),
    ('Wednesday', 'DATE', '1999-07-14'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this year', 'DATE', '1999'),
    ('earlier this year', 'DATE', '1999'),
    ('every Sunday', 'SET', 'XXXX-WXX-7'),
    ('later this week', 'DATE', '1999-W28'),
]),
# 3. ESPN.com, NBA injury (2003)
('2003-10-09', 'auto', """Nuggets' Whitfield breaks foot, out at least six weeks

ESPN.com news services

DENVER -- Denver Nuggets guard Andre Whitfield will miss at least six weeks after breaking a bone in his left foot at practice Wednesday, the team announced Thursday.

Whitfield, who signed a four-year, $22 million contract in July, landed on a teammate's foot while going up for a rebound late in a two-hour session at the Pepsi Center. He walked off the court without help but was in a protective boot by the evening.

An MRI on Wednesday night confirmed a fracture of the fifth metatarsal. Whitfield will have surgery Friday morning in Vail, where a screw will be inserted to help the bone heal.

"It's the worst possible timing," coach Jeff Bzdelik said. "He's been as good as anybody in camp for the past 10 days."

It is the second time in three years that Whitfield has broken the same foot. He sat out from December 2001 until March 2002 after a similar injury with Atlanta and averaged just 8.1 points in 2001-02.

Whitfield averaged 14.2 points and 4.9 assists in 2002-03, his first season in Denver, when the Nuggets won only 17 games. He was expected to start alongside rookie Carmelo Anthony, and second-year guard Darnell Price will likely take his place.

The Nuggets open the regular season Oct. 29 at home against San Antonio, and Whitfield could miss as many as 15 games. Denver has until Oct. 27 to set its roster.

General manager Kiki Vandeweghe said the club would not rush him back.

"We're thinking about April, not November," Vandeweghe said. "We want him healthy for the stretch run, and we want him healthy for the next four years."

Whitfield is expected to begin rehabilitation within two weeks of the operation and could be cleared for contact in early December, team physician Dr. Alan Mercer said. Mercer said the injury was not related to the 2001 fracture.

Whitfield was in good spirits Thursday afternoon, teammates said, and watched the end of practice from a stationary bike.

"He told me he'd be back before Christmas," Anthony said. "I told him I'd hold him to that."

The Nuggets play their next preseason game Saturday night in Salt Lake City against Utah. Bzdelik said he would use a nine-man rotation for the rest of the preseason and would decide on a starting lineup "sometime next week."
""", [
    ('at least six weeks', 'DURATION', 'P6W'),
    ('at least six weeks', 'DURATION', 'P6W'),
    ('Wednesday', 'DATE', '2003-10-08'),
    ('Thursday', 'DATE', '2003-10-09'),
    ('four-year', 'DURATION', 'P4Y'),
    ('July', 'DATE', '2003-07'),
    ('two-hour', 'DURATION', 'PT2H'),
    ('the evening', 'DATE|TIME', '2003-10-08TEV'),
    ('Wednesday night', 'DATE|TIME', '2003-10-08TNI'),
    ('Friday morning', 'DATE|TIME', '2003-10-10TMO'),
    ('the past 10 days', 'DURATION', 'P10D'),
    ('three years', 'DURATION', 'P3Y'),
    ('December 2001', 'DATE', '2001-12'),
    ('March 2002', 'DATE', '2002-03'),
    ('2001-02', 'DATE', '2001|2002'),
    ('2002-03', 'DATE', '2002|2003'),
    ('Oct. 29', 'DATE', '2003-10-29'),
    ('Oct. 27', 'DATE', '2003-10-27'),
    ('April', 'DATE', '2004-04'),
    ('November', 'DATE', '2003-11'),
    ('the next four years', 'DURATION', 'P4Y'),
    ('two weeks', 'DURATION', 'P2W'),
    ('early December', 'DATE', '2003-12'),
    ('2001', 'DATE', '2001'),
    ('Thursday afternoon', 'DATE|TIME', '2003-10-09TAF'),
    ('Christmas', 'DATE', '2003-12-25'),
    ('Saturday night', 'DATE|TIME', '2003-10-11TNI'),
    ('next week', 'DATE', '2003-W42'),
]),
# 4. BBC Sport, manager sacked (2006)
('2006-02-27', 'auto', """Kingsbridge sack Hendry after eight-game slide

Kingsbridge Town have sacked manager Alan Hendry after 20 months in charge, with the League Two side just two points above the relegation zone.

Hendry was told of the decision at a meeting with chairman Roy Pascoe on Monday morning, following Saturday's 3-0 home defeat by Chester.

Town have lost eight consecutive league games and have not won since beating Rushden & Diamonds on 26 December.

Assistant manager Mark Tully will take charge for Tuesday's trip to Wycombe, and the squad trained as normal on Monday afternoon.

"Alan has given everything to this club, and nobody doubts his commitment," Pascoe said in a statement.

"But the last two months have been very difficult for everyone, and the board felt a change was needed now if we are to stay in the Football League.

"We will take our time over the appointment, but I would like a new manager in place by the end of March."

The 47-year-old Scot was appointed in June 2004 after five years as youth-team coach at Plymouth and led Kingsbridge to 12th place in his first full season.

But his side have taken only four points since Christmas, and fans chanted for his departure during the second half on Saturday.

Around 200 supporters staged a protest outside the main stand for an hour after the final whistle.

Hendry was unavailable for comment, but a close friend told BBC Sport he was "hurt but not surprised".

Former Town captain Steve Dyer, who has been out of work since leaving his job as a coach at Grimsby in October, is the early favourite with bookmakers.

Pascoe also confirmed that Hendry had been refused funds to sign a striker before the transfer window closed on 31 January.

"People should know we have spent more in the past year than in the previous three years combined," he said.

Kingsbridge's supporters' trust will hold an open meeting at the club on Thursday evening to discuss the club's future.

Town, who celebrate their 120th anniversary next year, were relegated from the Football League in 1991 and regained their place in 2003.

Tully, who has been at the club for 11 years as a player and coach, said: "The lads are hurting, but we have 14 games to save ourselves, and it starts tomorrow night.

"I've told them what I told them when I was a player here. Nobody remembers February. They remember May."
""", [
    ('20 months', 'DURATION', 'P20M'),
    ('Monday morning', 'DATE|TIME', '2006-02-27TMO'),
    ('Saturday', 'DATE', '2006-02-25'),
    ('26 December', 'DATE', '2005-12-26'),
    ('Tuesday', 'DATE', '2006-02-28'),
    ('Monday afternoon', 'DATE|TIME', '2006-02-27TAF'),
    ('the last two months', 'DURATION', 'P2M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the end of March', 'DATE', '2006-03'),
    ('June 2004', 'DATE', '2004-06'),
    ('five years', 'DURATION', 'P5Y'),
    ('Christmas', 'DATE', '2005-12-25'),
    ('Saturday', 'DATE', '2006-02-25'),
    ('an hour', 'DURATION', 'PT1H'),
    ('October', 'DATE', '2005-10'),
    ('31 January', 'DATE', '2006-01-31'),
    ('the past year', 'DATE|DURATION', 'P1Y|2005'),
    ('the previous three years', 'DURATION', 'P3Y'),
    ('Thursday evening', 'DATE|TIME', '2006-03-02TEV'),
    ('next year', 'DATE', '2007'),
    ('1991', 'DATE', '1991'),
    ('2003', 'DATE', '2003'),
    ('11 years', 'DURATION', 'P11Y'),
    ('tomorrow night', 'DATE|TIME', '2006-02-28TNI'),
    ('February', 'DATE', '2006-02'),
    ('May', 'DATE', '2006-05'),
]),
# 5. The Guardian, end-of-season relegation piece (2009)
('2009-05-25', 'auto', """Sixteen years, four managers and one own goal: how Newcastle fell

Tom Ellery at Villa Park

It ended at 5.52pm yesterday, with Damien Duff's deflected own goal still the only thing separating Newcastle United from the Championship and Alan Shearer standing motionless on the touchline for several minutes after the final whistle.

Newcastle went into the game needing a point. Hull City lost at home to Manchester United, the champions, and would have gone down had Newcastle drawn. Instead it is Newcastle, 16 years after Kevin Keegan led them back into the top flight, who will play in the second tier.

It is hard to pick the moment the season turned. Some will point to September, when Keegan walked out after a row over transfers with Mike Ashley's board. Others will point to February, when Joe Kinnear, his unlikely replacement, was admitted to hospital for heart surgery and never returned to the dugout.

Chris Hughton held the fort for almost two months before Ashley turned to Shearer on 1 April, a date that invited jokes. Shearer had eight games. He won one of them, at home to Middlesbrough a fortnight ago.

"For the past three months this club has looked like a building with the lights left on and nobody home," said one senior player, who asked not to be named.

Ashley, who bought the club two years ago for £134m, was not at Villa Park. A statement is expected later this week, and few inside St James' Park expect it to contain good news.

Shearer's contract ran only until the end of the season. Asked last night whether he would stay, he said he would speak to Ashley "in the next few days" and would not decide anything "while I'm this angry".

The financial damage will be considerable. The club will receive parachute payments worth about £11m a year for two years, but a wage bill of around £70m last year cannot survive in the Championship.

The Championship season begins in August, and the fixtures will be published next month. Newcastle last played outside the top flight in 1992-93, when Keegan's side won the old First Division by eight points.

Supporters' groups have met weekly since February, and their anger was directed at the directors' box rather than the dugout. At 6.30pm, almost 40 minutes after the final whistle, a few hundred fans were still in the away end, singing Shearer's name.

"I came here in 1996 to win things," Shearer said. "Now I'm the manager who took them down. I'll have to live with that."
""", [
    ('Sixteen years', 'DURATION', 'P16Y'),
    ('5.52pm yesterday', 'TIME', '2009-05-24T17:52'),
    ('several minutes', 'DURATION', 'PTXM'),
    ('16 years', 'DURATION', 'P16Y'),
    ('September', 'DATE', '2008-09'),
    ('February', 'DATE', '2009-02'),
    ('almost two months', 'DURATION', 'P2M'),
    ('1 April', 'DATE', '2009-04-01'),
    ('a fortnight ago', 'DATE', '2009-W20'),
    ('the past three months', 'DURATION', 'P3M'),
    ('two years ago', 'DATE', '2007'),
    ('later this week', 'DATE', '2009-W22'),
    ('last night', 'DATE|TIME', '2009-05-24TNI'),
    ('the next few days', 'DURATION', 'PXD'),
    ('a year', 'SET', 'P1Y'),
    ('two years', 'DURATION', 'P2Y'),
    ('last year', 'DATE', '2008'),
    ('August', 'DATE', '2009-08'),
    ('next month', 'DATE', '2009-06'),
    ('1992-93', 'DATE', '1992|1993'),
    ('weekly', 'SET', 'P1W'),
    ('February', 'DATE', '2009-02'),
    ('6.30pm', 'TIME', '2009-05-24T18:30'),
    ('almost 40 minutes', 'DURATION', 'PT40M'),
    ('1996', 'DATE', '1996'),
    ('Now', 'DATE', 'PRESENT_REF'),
]),
# 6. The Athletic, NFL season preview (2019)
('2019-09-03', 'auto', """Bears 2019 season preview: Why Thursday's opener matters more than usual

By Jordan Hale
Sep 3, 2019

LAKE FOREST, Ill. — Matt Nagy has been thinking about Thursday night for eight months.

The Bears' last game ended on Jan. 6, when Cody Parkey's 43-yard field goal attempt hit the left upright and then the crossbar, and the Eagles left Soldier Field with a 16-15 wild-card win. Parkey was released in March. Eddy Pineiro, acquired in a trade in May, outlasted a string of challengers and won the job last week.

Now Nagy gets the Packers, the league's oldest rivalry and a national television audience. The NFL chose Chicago and Green Bay to open its 100th season, with kickoff set for 7:20 p.m. CT on Thursday at Soldier Field. The teams first met in 1921.

"It's the one game everybody circles," Nagy said after practice. "We've had it circled since April."

The Bears went 12-4 last year and won the NFC North for the first time since 2010. Most of the roster is back. Khalil Mack, who arrived in a trade on Sept. 1, 2018, is the most feared pass rusher in football, and the defense that led the NFL in takeaways returns nine starters. It does not return coordinator Vic Fangio, who left in January to become Denver's head coach.

That is the other subplot. Chicago's second game is at Denver on Sept. 15, after 10 days off.

The biggest question is Mitchell Trubisky. The third-year quarterback threw for 3,223 yards and 24 touchdowns in 2018, but he was erratic in the playoff loss and spent the offseason working on his footwork.

"I feel like a different quarterback than I was a year ago," Trubisky said. "I know where everybody is supposed to be now."

Nagy's staff spent the past two weeks installing the game plan, and the Bears practiced in pads for about two hours on Labor Day, unusual for a game week. Nagy, who signed a four-year deal in January 2018, said the opener would not define the season. Nobody in the building believes him.

The schedule is harder this time. Chicago plays the Rams, Chiefs, Chargers and Saints, and travels to London to face the Raiders in early October. For the next 17 weeks, every Sunday will be measured against the 2018 team.

The Bears have not won a playoff game since January 2011, and their only Super Bowl title came in January 1986.

Our pick: 10-6 and a wild-card berth. Ask again in January.
""", [
    ('2019', 'DATE', '2019'),
    ('Thursday', 'DATE', '2019-09-05'),
    ('Sep 3, 2019', 'DATE', '2019-09-03'),
    ('Thursday night', 'DATE|TIME', '2019-09-05TNI'),
    ('eight months', 'DURATION', 'P8M'),
    ('Jan. 6', 'DATE', '2019-01-06'),
    ('March', 'DATE', '2019-03'),
    ('May', 'DATE', '2019-05'),
    ('last week', 'DATE', '2019-W35'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('7:20 p.m. CT on Thursday', 'TIME', '2019-09-05T19:20'),
    ('1921', 'DATE', '1921'),
    ('April', 'DATE', '2019-04'),
    ('last year', 'DATE', '2018'),
    ('2010', 'DATE', '2010'),
    ('Sept. 1, 2018', 'DATE', '2018-09-01'),
    ('January', 'DATE', '2019-01'),
    ('Sept. 15', 'DATE', '2019-09-15'),
    ('10 days', 'DURATION', 'P10D'),
    ('2018', 'DATE', '2018'),
    ('a year ago', 'DATE', '2018'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('about two hours', 'DURATION', 'PT2H'),
    ('Labor Day', 'DATE', '2019-09-02'),
    ('four-year', 'DURATION', 'P4Y'),
    ('January 2018', 'DATE', '2018-01'),
    ('early October', 'DATE', '2019-10'),
    ('the next 17 weeks', 'DURATION', 'P17W'),
    ('every Sunday', 'SET', 'XXXX-WXX-7'),
    ('2018', 'DATE', '2018'),
    ('January 2011', 'DATE', '2011-01'),
    ('January 1986', 'DATE', '1986-01'),
    ('January', 'DATE', '2020-01'),
]),
# 7. Local paper, high school swimming record (2001)
('2001-03-12', 'auto', """Lakeview's Ortiz breaks state swim record that stood since 1974

By KAREN DOYLE
Courier Staff Writer

MOUNT VERNON — For 27 years, the name at the top of the state record board in the girls 500-yard freestyle belonged to Diane Kessler.

On Saturday night, Lakeview High senior Maria Ortiz took it down.

Ortiz won the event at the state championships at the Riverside Aquatic Center by nearly half a pool length and beat Kessler's mark by more than a body length, setting off a celebration on the Lakeview bench that lasted until the next heat was called.

"I saw the numbers on the board and I just started crying," Ortiz said Sunday. "I still haven't really slept."

Kessler, now a swim coach in Ohio, set the record in March 1974 as a junior at Central High. For decades, coaches around the state told their swimmers the mark was untouchable.

Ortiz had come close at the district meet two weeks ago, and her coach, Tom Brandt, said she had been pointing to the state meet since last summer.

"She has trained twice a day, six days a week, since her freshman year," Brandt said. "People see the medal. Nobody sees that part."

Ortiz also won the 200 freestyle on Friday and anchored Lakeview's 400 freestyle relay, which finished second. Lakeview placed third in the team standings, its best finish since 1989.

She will swim at the University of Georgia next fall after signing a letter of intent in November.

Kessler was in the stands. She drove four hours from Columbus on Saturday morning and did not tell anyone she was coming.

"Records are meant to be broken," Kessler said by phone Sunday. "I just didn't think I'd be there to see it."

The two talked for about 20 minutes after the medal ceremony, and Kessler handed Ortiz a card she had written the night before. Ortiz would not say what was in it.

"That's between us," she said, laughing. "But I'm going to frame it."

Ortiz said she planned to take two weeks off before starting club training again in April. Brandt said he would try to make her rest longer.

Lakeview's swimmers will be honored at 7 p.m. Friday, at halftime of the boys basketball game against Harrison. The state swimming association said the record board at Riverside would be updated this week.

It will be the first change to that line of the board in more than a quarter-century.
""", [
    ('1974', 'DATE', '1974'),
    ('27 years', 'DURATION', 'P27Y'),
    ('Saturday night', 'DATE|TIME', '2001-03-10TNI'),
    ('Sunday', 'DATE', '2001-03-11'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('March 1974', 'DATE', '1974-03'),
    ('decades', 'DURATION', 'PXY'),
    ('two weeks ago', 'DATE', '2001-W09'),
    ('last summer', 'DATE', '2000-SU'),
    ('twice a day', 'SET', 'P1D'),
    ('six days a week', 'SET', 'P1W'),
    ('Friday', 'DATE', '2001-03-09'),
    ('1989', 'DATE', '1989'),
    ('next fall', 'DATE', '2001-FA'),
    ('November', 'DATE', '2000-11'),
    ('four hours', 'DURATION', 'PT4H'),
    ('Saturday morning', 'DATE|TIME', '2001-03-10TMO'),
    ('Sunday', 'DATE', '2001-03-11'),
    ('about 20 minutes', 'DURATION', 'PT20M'),
    ('the night before', 'DATE|TIME', '2001-03-09TNI'),
    ('two weeks', 'DURATION', 'P2W'),
    ('April', 'DATE', '2001-04'),
    ('7 p.m. Friday', 'TIME', '2001-03-16T19:00'),
    ('this week', 'DATE', '2001-W11'),
    ('more than a quarter-century', 'DURATION', 'P25Y'),
]),
# 8. AP, tennis tournament schedule (2012)
('2012-06-20', 'auto', """Wimbledon braces for tight turnaround before Olympic tennis

WIMBLEDON, England (AP) — The grass at the All England Club will barely have time to recover this summer.

Wimbledon begins Monday, and less than a month after the men's final on July 8, the same courts will stage the Olympic tennis tournament. Groundsmen will have fewer than three weeks between the end of the championships and the start of Olympic play on July 28, and the usual re-seeding will have to wait until after Aug. 5, when the gold medal matches are played.

"We've been planning for this since 2005," said head groundsman Eddie Seaward, who is retiring after this year's tournament after 21 years in the job. "It will be tight, but the grass will be ready."

The draw for the 126th championships will be made at 10 a.m. Friday. Play begins at noon on the outside courts and at 1 p.m. on Centre Court, where defending champion Novak Djokovic will open the tournament, as is tradition.

Djokovic, who lost to Rafael Nadal in a French Open final that finished on a rain-soaked Monday, June 11, said he had spent the past week practicing on grass in London. Nadal won his record seventh title in Paris that day.

Roger Federer, a six-time Wimbledon champion, has not won a Grand Slam title since the 2010 Australian Open, and he turns 31 in August.

Andy Murray carries the usual weight. No British man has won the singles title since Fred Perry in 1936, and Murray lost his opening match at Queen's Club last week after turning his ankle.

On the women's side, Maria Sharapova arrives as the top seed after winning in Paris earlier this month. Serena Williams, a four-time champion, has not won a major since 2010.

Centre Court's retractable roof, used for the first time in 2009, will again be on standby; forecasters expect rain for much of next week.

About 500 Centre Court tickets go on sale each morning to fans in the queue in Wimbledon Park, where the first campers are expected Sunday.

Sunday, July 1, the traditional rest day, will remain free of play unless rain forces organizers to schedule matches, as they did in 1991, 1997 and 2004.

The Olympic event will bring other changes. Purple backdrops will replace the club's dark green, and players will be allowed to wear colors, a break from a dress code that dates to the 1880s.

Seaward will not be around for the next cut. He hands over to his successor in September.
""", [
    ('this summer', 'DATE', '2012-SU'),
    ('Monday', 'DATE', '2012-06-25'),
    ('less than a month', 'DURATION', 'P1M'),
    ('July 8', 'DATE', '2012-07-08'),
    ('fewer than three weeks', 'DURATION', 'P3W'),
    ('July 28', 'DATE', '2012-07-28'),
    ('Aug. 5', 'DATE', '2012-08-05'),
    ('2005', 'DATE', '2005'),
    ('this year', 'DATE', '2012'),
    ('21 years', 'DURATION', 'P21Y'),
    ('10 a.m. Friday', 'TIME', '2012-06-22T10:00'),
    ('noon', 'TIME', '2012-06-25T12:00'),
    ('1 p.m.', 'TIME', '2012-06-25T13:00'),
    ('Monday, June 11', 'DATE', '2012-06-11'),
    ('the past week', 'DATE|DURATION', 'P1W|2012-W24'),
    ('that day', 'DATE', '2012-06-11'),
    ('2010', 'DATE', '2010'),
    ('August', 'DATE', '2012-08'),
    ('1936', 'DATE', '1936'),
    ('last week', 'DATE', '2012-W24'),
    ('earlier this month', 'DATE', '2012-06'),
    ('2010', 'DATE', '2010'),
    ('2009', 'DATE', '2009'),
    ('next week', 'DATE', '2012-W26'),
    ('each morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
    ('Sunday', 'DATE', '2012-06-24'),
    ('Sunday, July 1', 'DATE', '2012-07-01'),
    ('1991', 'DATE', '1991'),
    ('1997', 'DATE', '1997'),
    ('2004', 'DATE', '2004'),
    ('the 1880s', 'DATE', '188'),
    ('September', 'DATE', '2012-09'),
]),
# 9. Reuters, athletics feature recalling a national record, narrative (2015)
('2015-08-24', 'auto', """ATHLETICS-Kenyan Ndungu recalls how he stunned Zurich

BEIJING, Aug 24 (Reuters) - Peter Ndungu was in the stands at the Bird's Nest on Sunday night when Usain Bolt edged Justin Gatlin in the 100 metres final, and the roar took him back three decades.

"Nobody knew my name when I arrived in Switzerland," Ndungu, now 52, told Reuters on Monday. "When I left, the newspapers were calling me the policeman who runs like a thief."

He landed in Zurich on Aug. 18, 1985, a 22-year-old constable from Nyahururu who had never raced in Europe. The journey from Nairobi via Frankfurt had taken almost 20 hours, and his spikes were in a plastic bag.

Three days later, in front of 25,000 fans at the Letzigrund stadium, he lined up for the 5,000 metres at the Weltklasse meeting. The race started at 9:40 p.m. For 10 laps he sat at the back of the field. With two laps left he moved to the front, and he broke the Kenyan record by almost three seconds.

That night he did not sleep. He and his room-mate walked along the lake until the sun came up, talking about what the prize money would buy back home.

Four days later, in Cologne, he finished last.

"My legs were empty," he said. "I had spent everything in one race. Nobody had told me how to recover."

The following year he tore an Achilles tendon, and he never ran as fast again. He retired in 1991. His record lasted eight years.

Ndungu, who coaches at a training camp in Iten, has brought six athletes to the world championships, which run until Sunday. His best prospect, 19-year-old Janet Wambui, runs in the 5,000 metres heats on Thursday.

He says the sport he left is almost unrecognisable.

"Thirty years ago nobody filmed anything," he said. "Now every session is on somebody's phone, and the young ones know their splits before they have taken off their shoes."

Some things have not changed. He still runs for an hour every morning before breakfast, and he still keeps the yellowed Swiss newspaper cutting in the drawer beside his bed.

He does not expect Wambui to win a medal this week. He expects her to learn.

"When Bolt crossed the line on Sunday, I stood up like everybody else," he said. "For about 10 seconds, I was 22 again."
""", [
    ('Aug 24', 'DATE', '2015-08-24'),
    ('Sunday night', 'DATE|TIME', '2015-08-23TNI'),
    ('three decades', 'DURATION', 'P30Y|P3DE'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '2015-08-24'),
    ('Aug. 18, 1985', 'DATE', '1985-08-18'),
    ('almost 20 hours', 'DURATION', 'PT20H'),
    ('Three days later', 'DATE', '1985-08-21'),
    ('9:40 p.m.', 'TIME', '1985-08-21T21:40'),
    ('almost three seconds', 'DURATION', 'PT3S'),
    ('That night', 'DATE|TIME', '1985-08-21TNI'),
    ('Four days later', 'DATE', '1985-08-25'),
    ('The following year', 'DATE', '1986'),
    ('1991', 'DATE', '1991'),
    ('eight years', 'DURATION', 'P8Y'),
    ('Sunday', 'DATE', '2015-08-30'),
    ('Thursday', 'DATE', '2015-08-27'),
    ('Thirty years ago', 'DATE', '1985'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('an hour', 'DURATION', 'PT1H'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
    ('this week', 'DATE', '2015-W35'),
    ('Sunday', 'DATE', '2015-08-23'),
    ('about 10 seconds', 'DURATION', 'PT10S'),
]),
# 10. Local paper, college football coach hired (2022)
('2022-12-06', 'auto', """Millbrook State turns to alum Marcus Bell to rebuild Bobcats football

By Sam Whitaker
Valley Ledger

MILLBROOK — Marcus Bell remembers the last time Millbrook State won a conference title. He was the one holding the trophy.

Bell, a linebacker and team captain on the 2001 championship team, was introduced as the Bobcats' 23rd head football coach at a news conference Monday afternoon at the Field House, two decades after he last played at Bobcat Stadium.

Bell, 43, spent the past four years as defensive coordinator at Lakeshore University, where his unit ranked in the top 10 nationally in total defense this fall.

He replaces Jim Kowalski, who was fired Sunday, Nov. 20, after the Bobcats finished 3-8 for the second straight year.

Bell signed a five-year contract that will pay him $425,000 annually, plus incentives.

Athletic director Linda Park said the search took just over two weeks and drew more than 80 applicants. She interviewed four finalists in person last week, but she had already spoken with Bell for three hours on Thanksgiving weekend.

"He was the first name on my list and the last name on my list," Park said.

Bell met with players for the first time Sunday night and told them workouts would begin when they return to campus in January.

The Bobcats have had one winning season in the past decade, and attendance at Bobcat Stadium fell below 6,000 for three home games this year.

Bell's first test comes quickly. The early signing period opens Dec. 21, giving him barely two weeks to hold on to the 14 high school seniors who committed to Kowalski's staff.

"I'll be on the road starting Wednesday," Bell said. "I want to sit in every one of those living rooms before Christmas."

Bell has not finalized his staff but said he expected to name a defensive coordinator by the end of the month.

Spring practice begins in March, and the Bobcats open the 2023 season Aug. 31 at home against Western Ridge.

Kowalski, who went 19-36 in five seasons, is owed about $600,000, the value of his contract through 2024.

Bell's wife, Tasha, and their two children sat in the front row Monday. His mother, who still lives a mile from campus, sat behind them.

"She's been to every home game since 1999," Bell said. "Now she gets to sit somewhere warmer."
""", [
    ('2001', 'DATE', '2001'),
    ('Monday afternoon', 'DATE|TIME', '2022-12-05TAF'),
    ('two decades', 'DURATION', 'P20Y|P2DE'),
    ('the past four years', 'DURATION', 'P4Y'),
    ('this fall', 'DATE', '2022-FA'),
    ('Sunday, Nov. 20', 'DATE', '2022-11-20'),
    ('five-year', 'DURATION', 'P5Y'),
    ('annually', 'SET', 'P1Y'),
    ('just over two weeks', 'DURATION', 'P2W'),
    ('last week', 'DATE', '2022-W48'),
    ('three hours', 'DURATION', 'PT3H'),
    ('Thanksgiving weekend', 'DATE', '2022-W47-WE'),
    ('Sunday night', 'DATE|TIME', '2022-12-04TNI'),
    ('January', 'DATE', '2023-01'),
    ('the past decade', 'DATE|DURATION', 'P10Y|P1DE'),
    ('this year', 'DATE', '2022'),
    ('Dec. 21', 'DATE', '2022-12-21'),
    ('barely two weeks', 'DURATION', 'P2W'),
    ('Wednesday', 'DATE', '2022-12-07'),
    ('Christmas', 'DATE', '2022-12-25'),
    ('the end of the month', 'DATE', '2022-12'),
    ('March', 'DATE', '2023-03'),
    ('2023', 'DATE', '2023'),
    ('Aug. 31', 'DATE', '2023-08-31'),
    ('2024', 'DATE', '2024'),
    ('Monday', 'DATE', '2022-12-05'),
    ('1999', 'DATE', '1999'),
    ('Now', 'DATE', 'PRESENT_REF'),
]),
# 11. ESPN, Premier League match report (2024)
('2024-04-15', 'auto', """Palace stun Liverpool at Anfield to dent Klopp's title hopes

By Owen Hartley
Apr 15, 2024

LIVERPOOL, England -- Jurgen Klopp insisted his side could still win the Premier League after Sunday's 1-0 defeat to Crystal Palace, but it was hard to find anyone at Anfield who believed him.

Eberechi Eze's first-half strike gave Palace their first win at Anfield since 2017 and left Liverpool two points behind Manchester City, who beat Luton 5-1 on Saturday.

Liverpool had started the weekend level on points with leaders Arsenal. Arsenal's 2-0 home defeat to Aston Villa in the 4:30 p.m. kickoff means City are now in control of the race with six games to play.

It was Liverpool's second home defeat in four days, after Thursday's 3-0 loss to Atalanta in the first leg of their Europa League quarterfinal, and the first time they have lost back-to-back games at Anfield since early 2021.

"We have five weeks and six games," Klopp said. "If we play like we did in the second half, we can win all six. If we play like the first half, we will not win one."

Liverpool dominated possession after the break. Curtis Jones hit the post, and Dean Henderson made a series of saves, the best of them a low stop from Mohamed Salah deep into stoppage time.

Palace, under Oliver Glasner since February, defended deep and broke quickly, and Eze's goal came from their first real attack.

Klopp spoke for about 10 minutes in his postgame news conference and was asked three times about fatigue. He rejected the idea that his squad, which has played 50 games in all competitions, had run out of energy.

Klopp announced in January that he will step down this summer after nearly nine years in charge, and the farewell tour has taken on a different tone over the past week.

Liverpool travel to Bergamo for the second leg on Thursday needing to overturn a three-goal deficit, then face Fulham at Craven Cottage next Sunday. The title will be decided by May 19, the final day of the season, when Liverpool host Wolves.

City, meanwhile, face Real Madrid in the Champions League on Wednesday before an FA Cup semifinal against Chelsea at Wembley on Saturday.

"Nobody expected us to be in this position a year ago," Klopp said. "Now we have to finish it, and we have to do it without feeling sorry for ourselves."

Liverpool have won the league once under Klopp, in 2020, ending a 30-year wait.
""", [
    ('Apr 15, 2024', 'DATE', '2024-04-15'),
    ('Sunday', 'DATE', '2024-04-14'),
    ('2017', 'DATE', '2017'),
    ('Saturday', 'DATE', '2024-04-13'),
    ('the weekend', 'DATE', '2024-W15-WE'),
    ('4:30 p.m.', 'TIME', '2024-04-14T16:30'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('four days', 'DURATION', 'P4D'),
    ('Thursday', 'DATE', '2024-04-11'),
    ('early 2021', 'DATE', '2021'),
    ('five weeks', 'DURATION', 'P5W'),
    ('February', 'DATE', '2024-02'),
    ('about 10 minutes', 'DURATION', 'PT10M'),
    ('January', 'DATE', '2024-01'),
    ('this summer', 'DATE', '2024-SU'),
    ('nearly nine years', 'DURATION', 'P9Y'),
    ('the past week', 'DATE|DURATION', 'P1W|2024-W15'),
    ('Thursday', 'DATE', '2024-04-18'),
    ('next Sunday', 'DATE', '2024-04-21'),
    ('May 19', 'DATE', '2024-05-19'),
    ('Wednesday', 'DATE', '2024-04-17'),
    ('Saturday', 'DATE', '2024-04-20'),
    ('a year ago', 'DATE', '2023'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('2020', 'DATE', '2020'),
    ('30-year', 'DURATION', 'P30Y'),
]),
# 12. The Guardian, narrative retrospective on a manager's sacking (2025)
('2025-01-10', 'auto', """'I read about my own sacking on Ceefax': Ray Dunmore looks back at Halbridge's Cup run

Anna Kellett

Twenty years ago, Ray Dunmore took Halbridge United further in the FA Cup than they had ever been. On Saturday 8 January 2005 his Conference side drew 1-1 with Sheffield Wednesday in the third round in front of 4,100 people at Mill Lane, the biggest crowd the ground had seen since the 1950s.

Four days later he was gone.

"We'd had the best day in the club's history on the Saturday," says Dunmore, now 71, sitting in the clubhouse bar. "On the Wednesday I was reading about my own sacking on Ceefax at half past seven in the morning."

The chairman, Derek Fane, had rung him the previous evening. The call lasted less than two minutes. The two men had argued for weeks about the budget, and about a striker Dunmore wanted and Fane would not pay for.

"He told me the board had lost confidence," Dunmore says. "I said: 'We've just drawn with Sheffield Wednesday.' He said: 'That's football, Ray.' And that was it."

Dunmore had been at Halbridge for almost six years, having arrived from Stalybridge in the spring of 1999, and had won promotion to the Conference in 2002 with a side built on free transfers and loan signings.

The replay was played without him on Tuesday 18 January at Hillsborough. Halbridge lost 4-0. They were relegated the following year and went into administration in 2008.

Dunmore never managed again. He spent the next decade running a driving school in Huddersfield and did not set foot in Mill Lane until 2016, when the supporters who now own the club invited him back to open a stand named after the 2005 side.

Fane died in 2019. Dunmore says the two spoke only once more, briefly, at a funeral in 2011.

"I don't hate him," he says. "I did for years. But twenty years is a long time to stay angry, and he had his own troubles with that club."

Today Halbridge play in the ninth tier. On Saturday they host Brantham Athletic in the FA Vase, and Dunmore will be in his usual seat behind the dugout, where he has watched every home game since he returned in 2016.

The club will mark the anniversary of the Sheffield Wednesday draw with a dinner next month. Several of the 2005 squad have promised to come, and Dunmore has been asked to speak.

He has not decided what to say. He says he will probably start with the goal, and not with the phone call.

"It feels like last week," he says of that January. "Then I look in the mirror."
""", [
    ('Twenty years ago', 'DATE', '2005'),
    ('Saturday 8 January 2005', 'DATE', '2005-01-08'),
    ('the 1950s', 'DATE', '195'),
    ('Four days later', 'DATE', '2005-01-12'),
    ('the Saturday', 'DATE', '2005-01-08'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the Wednesday', 'DATE', '2005-01-12'),
    ('half past seven in the morning', 'TIME', '2005-01-12T07:30'),
    ('the previous evening', 'DATE|TIME', '2005-01-11TEV'),
    ('less than two minutes', 'DURATION', 'PT2M'),
    ('weeks', 'DURATION', 'PXW'),
    ('almost six years', 'DURATION', 'P6Y'),
    ('the spring of 1999', 'DATE', '1999-SP'),
    ('2002', 'DATE', '2002'),
    ('Tuesday 18 January', 'DATE', '2005-01-18'),
    ('the following year', 'DATE', '2006'),
    ('2008', 'DATE', '2008'),
    ('the next decade', 'DURATION', 'P10Y|P1DE'),
    ('2016', 'DATE', '2016'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2005', 'DATE', '2005'),
    ('2019', 'DATE', '2019'),
    ('2011', 'DATE', '2011'),
    ('years', 'DURATION', 'PXY'),
    ('twenty years', 'DURATION', 'P20Y'),
    ('Today', 'DATE', 'PRESENT_REF'),
    ('Saturday', 'DATE', '2025-01-11'),
    ('2016', 'DATE', '2016'),
    ('next month', 'DATE', '2025-02'),
    ('2005', 'DATE', '2005'),
    ('last week', 'DATE', '2025-W01'),
    ('that January', 'DATE', '2005-01'),
]),
]
