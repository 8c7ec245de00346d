# Gold TIMEX3 probe set 105: sport news (results, fixtures, transfers, injuries, seasons, records) in mixed house styles, 1995-2025, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, baseball: signing after the 1994-95 strike (1995)
('1995-04-06', 'auto', """Pirates sign left-hander as camps reopen after strike

BRADENTON, Fla. (AP) — The Pittsburgh Pirates signed free-agent left-hander Dale Kessler to a two-year contract Thursday, their first significant move since the players' strike ended over the weekend.

Kessler, who went 11-7 with a 3.64 ERA for Montreal last season, passed a physical at 9 a.m. and was throwing in the bullpen within an hour. He will earn $1.4 million this year and $1.7 million in 1996, with a club option for 1997.

"I've been sitting by the phone for eight months," said Kessler, 29. "When the strike ended Sunday, my agent called that night and said, 'Pack a bag.'"

Players reported to camps across Florida and Arizona on Wednesday, ending a walkout that began last Aug. 12 and wiped out the World Series for the first time since 1904. The replacement players who filled exhibition rosters in March were sent home Sunday, and owners have agreed to a shortened 144-game schedule, with opening day set for April 26.

That leaves clubs less than three weeks to get ready. Pitching coach Hal Brenner said his starters would throw every day through the weekend before settling into a regular five-man rotation.

"Normally we have six weeks," Brenner said. "We've got 20 days, and some of these guys haven't faced a hitter since July. You can't rush an arm."

The Pirates went 53-61 in 1994 and finished third in the new National League Central. General manager Paul Tessier said the club remained in talks with two other free agents and hoped to complete at least one deal by Monday.

"We're not done," Tessier said. "The market opened four days ago and it's moving fast. Everybody is trying to squeeze an entire off-season of business into a week."

Kessler, who missed most of 1993 with a torn rotator cuff, said he had kept throwing twice a week at a high school field near his home in Sarasota while the dispute dragged on.

The Pirates open their exhibition schedule Saturday afternoon against the Texas Rangers at McKechnie Field. Kessler is not expected to pitch until next week.
""", [
    ('two-year', 'DURATION', 'P2Y'),
    ('Thursday', 'DATE', '1995-04-06'),
    ('the weekend', 'DATE', '1995-W13-WE'),
    ('last season', 'DATE', '1994'),
    ('9 a.m.', 'TIME', '1995-04-06T09:00'),
    ('an hour', 'DURATION', 'PT1H'),
    ('this year', 'DATE', '1995'),
    ('1996', 'DATE', '1996'),
    ('1997', 'DATE', '1997'),
    ('eight months', 'DURATION', 'P8M'),
    ('Sunday', 'DATE', '1995-04-02'),
    ('that night', 'DATE|TIME', '1995-04-02TNI'),
    ('Wednesday', 'DATE', '1995-04-05'),
    ('last Aug. 12', 'DATE', '1994-08-12'),
    ('1904', 'DATE', '1904'),
    ('March', 'DATE', '1995-03'),
    ('Sunday', 'DATE', '1995-04-02'),
    ('April 26', 'DATE', '1995-04-26'),
    ('less than three weeks', 'DURATION', 'P3W'),
    ('every day', 'SET', 'P1D'),
    ('the weekend', 'DATE', '1995-W14-WE'),
    ('six weeks', 'DURATION', 'P6W'),
    ('20 days', 'DURATION', 'P20D'),
    ('July', 'DATE', '1994-07'),
    ('1994', 'DATE', '1994'),
    ('Monday', 'DATE', '1995-04-10'),
    ('four days ago', 'DATE', '1995-04-02'),
    ('a week', 'DURATION', 'P1W'),
    ('1993', 'DATE', '1993'),
    ('twice a week', 'SET', 'P1W'),
    ('Saturday afternoon', 'DATE|TIME', '1995-04-08TAF'),
    ('next week', 'DATE', '1995-W15'),
]),
# 2. Reuters, football: World Cup injury and fixtures (1998)
('1998-05-27', 'auto', """Norway striker Brekke out of World Cup with knee injury

OSLO, May 27 (Reuters) - Norway striker Ole Brekke will miss next month's World Cup finals in France after tearing knee ligaments in training on Tuesday, the Norwegian Football Federation said on Wednesday.

Brekke, 27, fell awkwardly during a practice match at the Ullevaal stadium and was taken to hospital, where scans showed damage to the anterior cruciate ligament. He is expected to be out for at least six months.

"It is a cruel blow for Ole and for the whole squad," team doctor Knut Haaland told reporters. "He has been in the best form of his career this spring."

Brekke scored four goals in qualifying, including both in the 2-0 win over Finland in Helsinki in September that effectively sealed Norway's place. He had been troubled by minor hamstring problems in the past two weeks but was expected to start alongside Tore Andre Flo in the opening group match.

Norway open their campaign against Morocco in Montpellier on June 10 before facing Scotland in Bordeaux six days later and holders Brazil in Marseille on June 23.

Coach Egil Olsen, who has until Monday, June 1, to submit his final 22-man squad to FIFA, is expected to call up uncapped Molde forward Arild Stavnes, who has scored nine league goals since the Norwegian season began in April.

Norway have not lost a competitive match at home since 1993, but they have never won a game at the World Cup finals. Four years ago in the United States they went out in the first round on goal difference despite collecting four points.

The squad gathers in Oslo on Friday and plays a final warm-up match on Saturday evening before flying to France on June 5.

Brekke, who joined Rosenborg from Viking Stavanger in January, said he would begin rehabilitation immediately.

"I will watch every game on television and shout as loud as anyone," he said in a statement. "The European Championship is in 2000, and I want to be there."
""", [
    ('May 27', 'DATE', '1998-05-27'),
    ('next month', 'DATE', '1998-06'),
    ('Tuesday', 'DATE', '1998-05-26'),
    ('Wednesday', 'DATE', '1998-05-27'),
    ('at least six months', 'DURATION', 'P6M'),
    ('this spring', 'DATE', '1998-SP'),
    ('September', 'DATE', '1997-09'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('June 10', 'DATE', '1998-06-10'),
    ('six days later', 'DATE', '1998-06-16'),
    ('June 23', 'DATE', '1998-06-23'),
    ('Monday, June 1', 'DATE', '1998-06-01'),
    ('April', 'DATE', '1998-04'),
    ('1993', 'DATE', '1993'),
    ('Four years ago', 'DATE', '1994'),
    ('Friday', 'DATE', '1998-05-29'),
    ('Saturday evening', 'DATE|TIME', '1998-05-30TEV'),
    ('June 5', 'DATE', '1998-06-05'),
    ('January', 'DATE', '1998-01'),
    ('2000', 'DATE', '2000'),
]),
# 3. AFP, athletics: world championships medal (2001)
('2001-08-09', 'auto', """Moreau storms to hurdles bronze less than a year after surgery

EDMONTON, Canada, Aug 9 (AFP) - France's Claire Moreau won bronze in the women's 400 metres hurdles at the world championships here on Thursday, clocking a personal best of 53.91 ten months after surgery on her left Achilles tendon.

Morocco's Nezha Bidouane took gold in 53.34, with Russia's Yuliya Nosova second.

The 26-year-old from Lyon had never run faster than 54.80 before June and arrived in Canada ranked only 14th in the world this year.

"In October I could not walk without crutches," Moreau said. "Tonight I am on the podium. I think I will need a few days to understand what has happened."

The final started at 7:35 pm in cool, gusty conditions, and Moreau was only fifth coming off the last bend before a strong finish carried her past Jamaica's Deon Hemmings and American Sandra Glover in the final 40 metres.

It was France's first medal in the event at a world championships since Stuttgart in 1993.

Bidouane, who also won the title in Athens four years ago, controlled the race from the gun and said afterwards that she would decide on her future in the autumn.

Her coach, Bernard Vial, said the pair had rebuilt her season patiently after the operation. "For months she ran only in the pool," he said. "We did not know in March if she would compete at all this summer. The doctors told us to think about 2002."

France have won four medals in Edmonton after six days of competition, matching their total from the whole of the Seville championships two years ago.

Moreau will return to the track for the 4x400m relay heats on Saturday morning, before racing at the Weltklasse meeting in Zurich next Friday. She ends her season at the Grand Prix Final in Melbourne on Sept 9.

"I will enjoy tonight with my family, and tomorrow I start thinking about the relay," she said, before leaving the stadium shortly before midnight.
""", [
    ('less than a year', 'DURATION', 'P1Y'),
    ('Aug 9', 'DATE', '2001-08-09'),
    ('Thursday', 'DATE', '2001-08-09'),
    ('ten months', 'DURATION', 'P10M'),
    ('June', 'DATE', '2001-06'),
    ('this year', 'DATE', '2001'),
    ('October', 'DATE', '2000-10'),
    ('Tonight', 'DATE|TIME', '2001-08-09TNI'),
    ('a few days', 'DURATION', 'PXD'),
    ('7:35 pm', 'TIME', '2001-08-09T19:35'),
    ('1993', 'DATE', '1993'),
    ('four years ago', 'DATE', '1997'),
    ('the autumn', 'DATE', '2001-FA'),
    ('months', 'DURATION', 'PXM'),
    ('March', 'DATE', '2001-03'),
    ('this summer', 'DATE', '2001-SU'),
    ('2002', 'DATE', '2002'),
    ('six days', 'DURATION', 'P6D'),
    ('two years ago', 'DATE', '1999'),
    ('Saturday morning', 'DATE|TIME', '2001-08-11TMO'),
    ('next Friday', 'DATE', '2001-08-17'),
    ('Sept 9', 'DATE', '2001-09-09'),
    ('tonight', 'DATE|TIME', '2001-08-09TNI'),
    ('tomorrow', 'DATE', '2001-08-10'),
    ('midnight', 'TIME', '2001-08-09T24:00|2001-08-10T00:00'),
]),
# 4. Sky Sports, football: transfer deadline day (2008)
('2008-09-01', 'auto', """Deadline day: Burnley beat the clock to land Danish striker Thygesen

Last updated: 11:48pm, Monday 1 September 2008

Burnley have completed the signing of Danish striker Mads Thygesen from Aalborg for an undisclosed fee, with the paperwork reaching the Football League less than an hour before the transfer window shut at midnight.

The 24-year-old flew into Manchester this afternoon, passed a medical at the club's Gawthorpe training ground by 6pm and has agreed a three-year contract.

Thygesen scored 14 goals for Aalborg in 2007-08 as they won the Danish title, and added three more in Champions League qualifying this summer.

Burnley had been chasing the forward for three weeks and saw an opening offer of £1.2million rejected last Tuesday. A second bid, understood to be close to £2m, was accepted on Sunday night once Aalborg had lined up a replacement.

The Clarets have made a sluggish start to the Championship campaign, collecting four points from their opening four league games, and the coaching staff had made no secret of their desire for another striker since the opening-day defeat on August 9.

A club spokesman said: "It went right to the wire and there were a few nervous moments, but we are delighted to have got it over the line. Mads will meet his new team-mates tomorrow morning."

Thygesen will be eligible to make his debut when the Championship resumes after the international break with the trip to Doncaster on September 13.

Elsewhere, it was a deadline day like few others. Manchester City, bought earlier today by the Abu Dhabi United Group, stunned the Premier League by signing Robinho from Real Madrid for a British record £32.5m, while Dimitar Berbatov finally completed his £30.75m move from Tottenham to Manchester United after weeks of wrangling.

Spurs, who had already spent heavily during the summer, were left searching for cover up front as the deadline approached.

The window will not reopen until January 1, leaving managers with four months to work with the squads they have. Free agents, however, can still be signed at any time.

Sky Sports News will have full reaction to every deal from 7am tomorrow.
""", [
    ('11:48pm, Monday 1 September 2008', 'TIME', '2008-09-01T23:48'),
    ('less than an hour', 'DURATION', 'PT1H'),
    ('midnight', 'TIME', '2008-09-01T24:00|2008-09-02T00:00'),
    ('this afternoon', 'DATE|TIME', '2008-09-01TAF'),
    ('6pm', 'TIME', '2008-09-01T18:00'),
    ('three-year', 'DURATION', 'P3Y'),
    ('2007-08', 'DATE', '2007|2008'),
    ('this summer', 'DATE', '2008-SU'),
    ('three weeks', 'DURATION', 'P3W'),
    ('last Tuesday', 'DATE', '2008-08-26'),
    ('Sunday night', 'DATE|TIME', '2008-08-31TNI'),
    ('August 9', 'DATE', '2008-08-09'),
    ('tomorrow morning', 'DATE|TIME', '2008-09-02TMO'),
    ('September 13', 'DATE', '2008-09-13'),
    ('earlier today', 'DATE', '2008-09-01'),
    ('weeks', 'DURATION', 'PXW'),
    ('the summer', 'DATE', '2008-SU'),
    ('January 1', 'DATE', '2009-01-01'),
    ('four months', 'DURATION', 'P4M'),
    ('7am tomorrow', 'TIME', '2008-09-02T07:00'),
]),
# 5. The Times, cricket: narrative of the 2005 Ashes summer (2005)
('2005-09-13', 'auto', """How Pietersen and a bowling attack brought the urn home

By Richard Halsey, Cricket Correspondent

When the umpires lifted the bails at the Oval yesterday evening, England had regained the Ashes for the first time in 18 years, and a series that began in humiliation ended in celebration.

It had started very differently. On July 21, at Lord's, Glenn McGrath took five wickets as England were bowled out for 155. Three days later Australia had won by 239 runs, and the old assumptions about the old enemy seemed intact. Australia had won eight successive series since 1989, and few expected a ninth to be any different.

Edgbaston, 11 days after that, changed everything. McGrath trod on a stray ball in the warm-ups and missed the match, and England, put in to bat by Ricky Ponting, made 407 at more than five runs an over. On the Sunday morning, Brett Lee and Michael Kasprowicz took Australia to within three runs of victory before Kasprowicz gloved Steve Harmison to Geraint Jones. England had won by two runs, the narrowest margin in Ashes history.

Eight days later, at Old Trafford, Lee and McGrath survived the final four overs to save the third Test after Ponting's 156. Thousands had been turned away from the ground that morning.

At Trent Bridge on August 28, England, chasing 129, slumped to seven wickets down before Matthew Hoggard and Ashley Giles scrambled them home.

The fifth Test began on September 8 with England 2-1 up and needing only a draw. Rain and bad light ate into the middle of the match, and Shane Warne, magnificent to the end, finished the series with 40 wickets.

Yesterday, with England wobbling at 127 for five, Kevin Pietersen, dropped by Warne on 15, counterattacked for 158 in almost five hours. By the time he was bowled by McGrath the match was safe, and Andrew Flintoff was named man of the series.

This morning the players will ride an open-top bus from Mansion House to Trafalgar Square, where a crowd is expected from 10.30am, before a reception at Downing Street in the afternoon.

England last held the urn after the 1986-87 tour, and Michael Vaughan's side will begin their defence in Brisbane in November next year. Whatever happens there, the summer of 2005 has already earned its place beside 1981 in English memory.
""", [
    ('yesterday evening', 'DATE|TIME', '2005-09-12TEV'),
    ('18 years', 'DURATION', 'P18Y'),
    ('July 21', 'DATE', '2005-07-21'),
    ('Three days later', 'DATE', '2005-07-24'),
    ('1989', 'DATE', '1989'),
    ('11 days after that', 'DATE', '2005-08-04'),
    ('the Sunday morning', 'DATE|TIME', '2005-08-07TMO'),
    ('Eight days later', 'DATE', '2005-08-15'),
    ('that morning', 'DATE|TIME', '2005-08-15TMO'),
    ('August 28', 'DATE', '2005-08-28'),
    ('September 8', 'DATE', '2005-09-08'),
    ('Yesterday', 'DATE', '2005-09-12'),
    ('almost five hours', 'DURATION', 'PT5H'),
    ('This morning', 'DATE|TIME', '2005-09-13TMO'),
    ('10.30am', 'TIME', '2005-09-13T10:30'),
    ('the afternoon', 'DATE|TIME', '2005-09-13TAF'),
    ('1986-87', 'DATE', '1986|1987'),
    ('November next year', 'DATE', '2006-11'),
    ('the summer of 2005', 'DATE', '2005-SU'),
    ('1981', 'DATE', '1981'),
]),
# 6. Sydney Morning Herald, rugby league: grand final result (2010)
('2010-10-04', 'auto', """Red V faithful party as Dragons end 31-year wait

By Jane Fielding
October 4, 2010

For 31 years the people of Kogarah waited. Yesterday, in front of 82,334 at ANZ Stadium, they were finally rewarded as St George Illawarra beat the Sydney Roosters 32-8 to win the joint venture's first premiership since it was formed in 1999.

The last time a St George side had lifted the trophy was in 1979, and for long stretches of the first half it looked as if the wait would go on. The Roosters led 8-6 at the break, but the Dragons ran in 26 unanswered points after it, and the Roosters, wooden spooners only a year ago, simply ran out of legs in the last half-hour.

Darius Boyd was awarded the Clive Churchill Medal as man of the match, and captain Ben Hornby raised the trophy at 7.08pm to a roar that could be heard on the other side of Homebush Bay.

For coach Wayne Bennett, who arrived from Brisbane at the end of 2008, it was a seventh premiership. His side finished minor premiers in 2009 and again this year, but a straight-sets exit in last year's finals had left doubts about their temperament.

"People said we couldn't handle the finals," Bennett said. "I reckon we handled it all right."

Fans were still celebrating outside Kogarah Oval and in the streets of Wollongong early this morning, many of them wearing jerseys from the 1999 grand final loss to Melbourne.

"I've had a season ticket since 1985 and I've gone home crying every year," said Penny Morris, 54, of Carlton. "For once they were happy tears."

The players will parade the trophy at a civic reception at Kogarah at noon on Tuesday, and a second celebration is planned in Wollongong on Wednesday evening.

Bennett is contracted for next season, and most of the premiership squad is signed through to the end of 2012. The Dragons will begin their title defence when the 2011 season kicks off in March, although the club is also expected to travel to England in February for the World Club Challenge.
""", [
    ('31-year', 'DURATION', 'P31Y'),
    ('October 4, 2010', 'DATE', '2010-10-04'),
    ('31 years', 'DURATION', 'P31Y'),
    ('Yesterday', 'DATE', '2010-10-03'),
    ('1999', 'DATE', '1999'),
    ('1979', 'DATE', '1979'),
    ('a year ago', 'DATE', '2009'),
    ('the last half-hour', 'DURATION', 'PT30M'),
    ('7.08pm', 'TIME', '2010-10-03T19:08'),
    ('the end of 2008', 'DATE', '2008'),
    ('2009', 'DATE', '2009'),
    ('this year', 'DATE', '2010'),
    ('last year', 'DATE', '2009'),
    ('early this morning', 'DATE|TIME', '2010-10-04TMO'),
    ('1999', 'DATE', '1999'),
    ('1985', 'DATE', '1985'),
    ('every year', 'SET', 'P1Y'),
    ('noon on Tuesday', 'TIME', '2010-10-05T12:00'),
    ('Wednesday evening', 'DATE|TIME', '2010-10-06TEV'),
    ('next season', 'DATE', '2011'),
    ('the end of 2012', 'DATE', '2012'),
    ('2011', 'DATE', '2011'),
    ('March', 'DATE', '2011-03'),
    ('February', 'DATE', '2011-02'),
]),
# 7. Local paper (US), high school football: sectional final and fixture (2013)
('2013-11-16', 'auto', """Millbrook rallies past Central Valley for first sectional title since 1987

By Dan Pruitt
Courier Staff Writer

MILLBROOK — For most of Friday night, it looked like another playoff heartbreak for the Millbrook Panthers.

Down 21-7 early in the fourth quarter, senior quarterback Tyler Haskins threw two touchdown passes and ran for a third as the Panthers beat Central Valley 28-21 to win the Class 3A Section 2 championship, the program's first sectional title since 1987. Central Valley had won eight straight games since a loss in early September.

The winning score came with 38 seconds remaining, when Haskins found junior receiver Marcus Bell on a 19-yard slant in front of a packed home crowd.

"I've been waiting 26 years for this," said coach Ron Delaney, who was a sophomore lineman on that 1987 team. "I told the kids at halftime we had 24 minutes left to change how people remember this season."

Haskins finished 17-of-26 for 241 yards. He has thrown for 2,904 yards this season, breaking the school record of 2,611 set by Jeff Oakes in 1994.

The Panthers (11-1) will face defending state champion Lakeview in the state semifinal at 7 p.m. next Friday at Hollister Stadium in Greenfield. Lakeview beat Millbrook 35-14 in the season opener in late August, and the last time Millbrook reached a state semifinal, 26 years ago, it lost by a point in overtime.

Tickets go on sale at the high school athletic office at 8 a.m. Monday.

Fans lined Main Street until well after midnight, and the fire department sounded its siren for five minutes when the team bus rolled back into town around 11:15 p.m.

The Panthers Booster Club, which meets every Tuesday at 6:30 p.m. in the high school cafeteria, is organizing buses to Greenfield. Anyone wishing to reserve a seat should call the school by Wednesday.

Delaney said he would give his players Saturday off before returning to practice Sunday afternoon.

"We'll enjoy this for a day," he said. "Then it's back to work. Lakeview is a different animal."
""", [
    ('1987', 'DATE', '1987'),
    ('Friday night', 'DATE|TIME', '2013-11-15TNI'),
    ('1987', 'DATE', '1987'),
    ('early September', 'DATE', '2013-09'),
    ('38 seconds', 'DURATION', 'PT38S'),
    ('26 years', 'DURATION', 'P26Y'),
    ('1987', 'DATE', '1987'),
    ('24 minutes', 'DURATION', 'PT24M'),
    ('this season', 'DATE', '2013|2013-FA'),
    ('this season', 'DATE', '2013|2013-FA'),
    ('1994', 'DATE', '1994'),
    ('7 p.m. next Friday', 'TIME', '2013-11-22T19:00'),
    ('late August', 'DATE', '2013-08'),
    ('26 years ago', 'DATE', '1987'),
    ('8 a.m. Monday', 'TIME', '2013-11-18T08:00'),
    ('midnight', 'TIME', '2013-11-15T24:00|2013-11-16T00:00'),
    ('five minutes', 'DURATION', 'PT5M'),
    ('around 11:15 p.m.', 'TIME', '2013-11-15T23:15'),
    ('every Tuesday at 6:30 p.m.', 'SET', 'XXXX-WXX-2T18:30'),
    ('Wednesday', 'DATE', '2013-11-20'),
    ('Saturday', 'DATE', '2013-11-16'),
    ('Sunday afternoon', 'DATE|TIME', '2013-11-17TAF'),
    ('a day', 'DURATION', 'P1D'),
]),
# 8. AP, NFL: season-ending injury (2016)
('2016-12-21', 'auto', """Bills lose leading tackler Hayes to torn pectoral

ORCHARD PARK, N.Y. (AP) — The Buffalo Bills placed linebacker Darnell Hayes on injured reserve Wednesday, another blow for a defense already short of starters.

Hayes was hurt in the third quarter of Sunday's 33-13 win over Cleveland when he tried to wrap up running back Isaiah Crowell. An MRI on Monday confirmed a torn pectoral muscle, and he is scheduled to have surgery in Birmingham, Alabama, on Friday. Recovery typically takes about five months.

Hayes, 27, signed a four-year, $30 million extension in March and leads the Bills with 112 tackles. He had started 46 consecutive games, a streak that dated to his rookie season in 2013.

"It's tough. He's been our most consistent player, on and off the field," linebackers coach Tom Ellison said. "You don't replace a guy like that with one move."

Hayes posted a message to fans on Twitter late Tuesday.

"I'll be back in the spring," he wrote. "I've already told the trainers I want to be running by May."

The loss leaves Buffalo without three defensive starters for the final two weeks of the regular season. Cornerback Ronald Darby is in the concussion protocol and defensive end Shaq Lawson has missed practice since last week with an ankle sprain.

To fill the roster spot, the Bills signed linebacker Kevin Moss off the practice squad of the New York Jets, whom they play in the regular-season finale on Jan. 1. Moss, a seventh-round pick in 2015, has spent most of the past 18 months on practice squads in New York and Jacksonville. The team said he would take part in practice Thursday.

Because of lake-effect snow expected Thursday night, the Bills moved Friday's workout into their indoor fieldhouse.

The Bills (7-7) visit Miami on Christmas Eve needing to win their final two games and get help elsewhere to end a playoff drought that dates to the 1999 season, the longest active streak in the NFL's four major North American leagues.

Hayes said he planned to watch the game from home with his arm in a sling.

"I've never watched a game on TV since I got here," he wrote. "That's going to be the hardest three hours I've spent as a pro."
""", [
    ('Wednesday', 'DATE', '2016-12-21'),
    ('Sunday', 'DATE', '2016-12-18'),
    ('Monday', 'DATE', '2016-12-19'),
    ('Friday', 'DATE', '2016-12-23'),
    ('about five months', 'DURATION', 'P5M'),
    ('four-year', 'DURATION', 'P4Y'),
    ('March', 'DATE', '2016-03'),
    ('2013', 'DATE', '2013'),
    ('late Tuesday', 'DATE', '2016-12-20'),
    ('the spring', 'DATE', '2017-SP'),
    ('May', 'DATE', '2017-05'),
    ('the final two weeks', 'DURATION', 'P2W'),
    ('last week', 'DATE', '2016-W50'),
    ('Jan. 1', 'DATE', '2017-01-01'),
    ('2015', 'DATE', '2015'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('Thursday', 'DATE', '2016-12-22'),
    ('Thursday night', 'DATE|TIME', '2016-12-22TNI'),
    ('Friday', 'DATE', '2016-12-23'),
    ('Christmas Eve', 'DATE', '2016-12-24'),
    ('1999', 'DATE', '1999'),
    ('three hours', 'DURATION', 'PT3H'),
]),
# 9. Reuters, tennis: withdrawal before a grand slam (2019)
('2019-08-22', 'auto', """Tennis: Marchand pulls out of U.S. Open with wrist injury

NEW YORK (Reuters) - Canada's Elise Marchand has withdrawn from the U.S. Open with a right wrist injury, tournament organisers said on Thursday, with the final grand slam of the year due to begin at Flushing Meadows on Monday.

The world number 19, who reached the quarter-finals at Wimbledon last month, hurt the wrist during her second-round defeat in Cincinnati last week and had hoped a few days of rest would be enough.

"Scans on Tuesday showed inflammation of a tendon and the doctors have told me to rest for at least three weeks," Marchand said in a statement. "I'm heartbroken. New York has been special to me ever since I played the juniors here in 2013."

Marchand, who has been coached since January by Frenchman Luc Daumier, had been due to play her first-round match on Tuesday against a qualifier.

The 23-year-old has had treatment on the same wrist twice in the past 12 months but has still won 31 matches this season, more than in any of her previous campaigns.

A year ago she reached the fourth round at Flushing Meadows as a qualifier, beating two seeded players, and her withdrawal means she will drop out of the top 20 when the rankings are updated after the tournament.

Her place in the main draw, which was made at noon on Thursday, goes to a lucky loser from qualifying, which ends on Friday.

Marchand said she planned to return for the tournaments in Asia in late September and early October, and had not given up hope of qualifying for the WTA Finals in Shenzhen, which start on Oct. 27.

"It's not the end of anything," she said. "It's a pause."

Organisers also said on Thursday that defending men's champion Novak Djokovic was expected to play on Arthur Ashe Stadium on Monday night, while Serena Williams, seeking a record-equalling 24th grand slam singles title, faces Maria Sharapova in the first round.

The two-week tournament ends with the men's final on Sept. 8.
""", [
    ('Thursday', 'DATE', '2019-08-22'),
    ('the year', 'DATE', '2019'),
    ('Monday', 'DATE', '2019-08-26'),
    ('last month', 'DATE', '2019-07'),
    ('last week', 'DATE', '2019-W33'),
    ('a few days', 'DURATION', 'PXD'),
    ('Tuesday', 'DATE', '2019-08-20'),
    ('at least three weeks', 'DURATION', 'P3W'),
    ('2013', 'DATE', '2013'),
    ('January', 'DATE', '2019-01'),
    ('Tuesday', 'DATE', '2019-08-27'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('this season', 'DATE', '2019'),
    ('A year ago', 'DATE', '2018'),
    ('noon on Thursday', 'TIME', '2019-08-22T12:00'),
    ('Friday', 'DATE', '2019-08-23'),
    ('late September', 'DATE', '2019-09'),
    ('early October', 'DATE', '2019-10'),
    ('Oct. 27', 'DATE', '2019-10-27'),
    ('Thursday', 'DATE', '2019-08-22'),
    ('Monday night', 'DATE|TIME', '2019-08-26TNI'),
    ('two-week', 'DURATION', 'P2W'),
    ('Sept. 8', 'DATE', '2019-09-08'),
]),
# 10. AFP, Formula One: world championship decided (2012)
('2012-11-26', 'auto', """Vettel joins the greats with third straight world title

SAO PAULO, Nov 26, 2012 (AFP) - Sebastian Vettel was still struggling to take in his achievement on Monday, hours after surviving a first-lap collision and a rain-soaked Brazilian Grand Prix to become, at 25, the youngest triple world champion in Formula One history.

The Red Bull driver was spun round on the opening lap at Interlagos on Sunday and dropped to last place, but fought back to finish sixth, enough to beat Ferrari's Fernando Alonso, who came home second behind McLaren's Jenson Button, by three points.

The race, run in changing conditions that forced most teams to make at least three pit stops, lasted one hour 45 minutes.

"The team only got back to the hotel at about two in the morning, and nobody has slept much," a Red Bull spokesman said.

Vettel joins Juan Manuel Fangio and Michael Schumacher as the only drivers to win three consecutive titles. Fangio won four in a row from 1954 to 1957, and Schumacher five between 2000 and 2004.

Alonso, who led the championship through the summer and was 44 points clear of Vettel after the German Grand Prix in July, said Ferrari had lost the title to first-lap crashes at Spa and Suzuka rather than in Brazil. Vettel then won four races in a row, from Singapore in September to India at the end of October, to overturn the deficit.

Red Bull had already clinched their third straight constructors' title in Austin eight days ago.

Button's victory, his third of the year, was McLaren's last race with Lewis Hamilton, who joins Mercedes next season.

Vettel will return to the Red Bull factory in Milton Keynes on Thursday for celebrations with staff, before collecting his trophy at the FIA prize-giving gala in Istanbul on Dec 7.

Attention will then turn quickly to 2013. Testing begins in Jerez in February, and the championship opens in Melbourne on March 17.

Red Bull's chief technical officer Adrian Newey has already begun work on next year's car, which will have to be built under largely unchanged rules, giving rivals little opportunity to close the gap.

Ferrari president Luca di Montezemolo said in a statement that the Italian team would "analyse everything calmly in the coming weeks" and return stronger.
""", [
    ('Nov 26, 2012', 'DATE', '2012-11-26'),
    ('Monday', 'DATE', '2012-11-26'),
    ('hours', 'DURATION', 'PXH'),
    ('Sunday', 'DATE', '2012-11-25'),
    ('one hour 45 minutes', 'DURATION', 'PT1H45M'),
    ('about two in the morning', 'TIME', '2012-11-26T02:00'),
    ('1954', 'DATE', '1954'),
    ('1957', 'DATE', '1957'),
    ('2000', 'DATE', '2000'),
    ('2004', 'DATE', '2004'),
    ('the summer', 'DATE', '2012-SU'),
    ('July', 'DATE', '2012-07'),
    ('September', 'DATE', '2012-09'),
    ('the end of October', 'DATE', '2012-10'),
    ('eight days ago', 'DATE', '2012-11-18'),
    ('the year', 'DATE', '2012'),
    ('next season', 'DATE', '2013'),
    ('Thursday', 'DATE', '2012-11-29'),
    ('Dec 7', 'DATE', '2012-12-07'),
    ('2013', 'DATE', '2013'),
    ('February', 'DATE', '2013-02'),
    ('March 17', 'DATE', '2013-03-17'),
    ('next year', 'DATE', '2013'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
]),
# 11. Local paper (UK), non-league football: title, promotion and fixtures (2025)
('2025-04-22', 'auto', """Marden Town seal title in Easter Monday thriller

By Gareth Pugh
Sports Reporter

MARDEN Town are champions. A 3-1 win over Hollybush United at Station Road yesterday sealed the Premier Division title and promotion with a game to spare, sparking scenes the club's long-serving volunteers said they had never seen.

A crowd of 1,142, the biggest at the ground for more than a decade, saw leading scorer Jordan Ashby put Town ahead after 12 minutes with his 31st goal of the campaign. Hollybush levelled just before half-time, but two goals in four minutes early in the second half, from Kieran Doyle and substitute Sam Whitlock, settled the nerves.

Town had been held to a goalless draw at Wickfield on Good Friday, leaving them needing a win from their last two matches to hold off second-placed Ashcombe.

It is the club's first league title since 1978, and it completes a remarkable turnaround under manager Lee Carver, who took over in October 2023 with the side bottom of the table.

"Eighteen months ago we were picking up nothing, and I had lads turning up ten minutes before kick-off," Carver said. "Look at us. These players have trained twice a week since last July, in the rain and the dark, and they deserve every bit of this."

The ground passed its FA grading inspection in March, and Town will play at step four next season for the first time in their history.

Town finish the league campaign at home to Brook Athletic on Saturday (kick-off 3pm), when the trophy will be presented after the final whistle. Admission is free for under-16s.

The club's annual presentation evening takes place on Friday, May 9, in the clubhouse from 7.30pm, and season tickets for 2025-26 go on sale next month.

Chairman Roy Penfold paid tribute to the volunteers who meet every Sunday morning to cut the grass and paint the stand. "They have been doing it for years without a word of thanks," he said. "This one is for them."

Pre-season training begins on July 1.
""", [
    ('Easter Monday', 'DATE', '2025-04-21'),
    ('yesterday', 'DATE', '2025-04-21'),
    ('more than a decade', 'DURATION', 'P10Y|P1DE'),
    ('12 minutes', 'DURATION', 'PT12M'),
    ('four minutes', 'DURATION', 'PT4M'),
    ('Good Friday', 'DATE', '2025-04-18'),
    ('1978', 'DATE', '1978'),
    ('October 2023', 'DATE', '2023-10'),
    ('Eighteen months ago', 'DATE', '2023-10'),
    ('ten minutes', 'DURATION', 'PT10M'),
    ('twice a week', 'SET', 'P1W'),
    ('last July', 'DATE', '2024-07'),
    ('March', 'DATE', '2025-03'),
    ('next season', 'DATE', '2025|2026'),
    ('Saturday', 'DATE', '2025-04-26'),
    ('3pm', 'TIME', '2025-04-26T15:00'),
    ('Friday, May 9', 'DATE', '2025-05-09'),
    ('7.30pm', 'TIME', '2025-05-09T19:30'),
    ('2025-26', 'DATE', '2025|2026'),
    ('next month', 'DATE', '2025-05'),
    ('every Sunday morning', 'SET', 'XXXX-WXX-7TMO'),
    ('years', 'DURATION', 'PXY'),
    ('July 1', 'DATE', '2025-07-01'),
]),
# 12. AP, boxing: 50th anniversary, narrative of the 1974 fight (2024)
('2024-10-28', 'auto', """Kinshasa prepares to mark 50 years since Ali's 'Rumble in the Jungle'

KINSHASA, Congo (AP) — The fight began at 4 a.m. on Oct. 30, 1974, a time chosen so that it could be shown live on closed-circuit television in American theaters, and by the time it was over Muhammad Ali had pulled off one of the great upsets in boxing history.

George Foreman, 25, was the undefeated heavyweight champion. He had demolished Joe Frazier inside two rounds in January 1973 and few outside Ali's camp gave the 32-year-old challenger a chance.

The bout had originally been set for Sept. 25, but that month Foreman was cut above his right eye in sparring and the fight was pushed back five weeks. Ali stayed in Zaire, as the country was then called, throughout the delay, running twice a day through the streets of the capital, where crowds followed him chanting "Ali, boma ye!"

For seven rounds Ali leaned on the ropes and let Foreman punch himself out. Late in the eighth, he knocked the champion down with a right hand, and Foreman was counted out with two seconds of the round remaining.

Ali held the title until February 1978, when he lost to Leon Spinks, and fought for the last time in 1981. Foreman retired in 1977, returned a decade later and regained the heavyweight title in November 1994. Ali died in June 2016.

Now the stadium where they fought is being prepared for a ceremony on Wednesday, the 50th anniversary of the fight. Workers have spent the past month repainting the stands and laying new turf, and the government has invited former fighters and members of both camps.

"I was 14. My father woke me at 2 in the morning and we walked to the stadium," said Jean-Pierre Mukendi, a retired schoolteacher. "We waited for hours, and when Ali won, the whole city was shouting until the sun came up."

Organizers expect several thousand people on Wednesday, and the celebrations will run through the weekend with film screenings, an exhibition of photographs and an amateur boxing tournament for young fighters from across the country.

Sports minister Didier Budimbu said the government hoped the anniversary would help bring major sporting events back to Congo in the coming years.

"For a few hours, the whole world was looking at Kinshasa," he said. "We want it to look again."
""", [
    ('50 years', 'DURATION', 'P50Y'),
    ('4 a.m. on Oct. 30, 1974', 'TIME', '1974-10-30T04:00'),
    ('January 1973', 'DATE', '1973-01'),
    ('Sept. 25', 'DATE', '1974-09-25'),
    ('that month', 'DATE', '1974-09'),
    ('five weeks', 'DURATION', 'P5W'),
    ('twice a day', 'SET', 'P1D'),
    ('two seconds', 'DURATION', 'PT2S'),
    ('February 1978', 'DATE', '1978-02'),
    ('1981', 'DATE', '1981'),
    ('1977', 'DATE', '1977'),
    ('a decade later', 'DATE', '1987'),
    ('November 1994', 'DATE', '1994-11'),
    ('June 2016', 'DATE', '2016-06'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Wednesday', 'DATE', '2024-10-30'),
    ('the past month', 'DATE|DURATION', 'P1M|2024-09'),
    ('2 in the morning', 'TIME', '1974-10-30T02:00'),
    ('hours', 'DURATION', 'PXH'),
    ('Wednesday', 'DATE', '2024-10-30'),
    ('the weekend', 'DATE', '2024-W44-WE'),
    ('the coming years', 'DATE|DURATION', 'FUTURE_REF|PXY'),
    ('a few hours', 'DURATION', 'PXH'),
]),
]
