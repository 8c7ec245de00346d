# Gold TIMEX3 probe set 60: twelve previews, explainers and features of 2004-2025 in the styles of the Guardian, the Atlantic, ESPN, the BBC, the Washington Post and local papers: sport previews, science and space missions, culture and festivals, travel and policy explainers, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. BBC News, space mission preview (2004)
('2004-02-25', 'auto', """Comet chaser set for second launch attempt

By Helen Marsh
BBC News science reporter

Europe's Kestrel comet probe will make a second attempt to leave Earth on Friday, after Tuesday's launch was called off with less than an hour to go.

The Ariane 5 rocket carrying the 1.2-tonne spacecraft is now due to lift off from Kourou, French Guiana, at 0736 GMT on Friday. Officials said on Wednesday that a faulty valve on the launch pad had been replaced and that the forecast for Friday morning was good.

The daily launch window lasts just 20 minutes and closes for good on 14 March. If Kestrel does not get away by then, the mission would have to wait for a new alignment of the planets, which would not come until 2006.

"We have waited eleven years for this, so a few more days is nothing," said mission manager Dr Anne Colville. "But nobody here wants to see March slip away."

The probe is designed to reach comet 94P/Holloway in the summer of 2014, after a journey of more than ten years that includes three flybys of Earth and one of Mars. It will then spend about 17 months travelling alongside the comet as it swings towards the Sun, releasing a small lander in November 2014.

Kestrel was originally meant to launch in January 2003 towards a different comet, but the mission was grounded after an Ariane 5 failure in December 2002. Scientists spent much of last year choosing a new target, and the delay has cost the European Space Agency about 100m euros, according to figures published last month.

Controllers at the European Space Operations Centre in Darmstadt, Germany, will take charge of the spacecraft roughly 40 minutes after lift-off, with the first signal expected at about 0830 GMT.

Over the following weeks, engineers will switch on its instruments one by one. The first Earth flyby is scheduled for March 2005.

"For the next decade the spacecraft will mostly sleep," Dr Colville said. "We wake it up twice a year to check on it, and then in 2014 it really gets to work."
""", [
    ('Friday', 'DATE', '2004-02-27'),
    ('Tuesday', 'DATE', '2004-02-24'),
    ('less than an hour', 'DURATION', 'PT1H'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('0736 GMT on Friday', 'TIME', '2004-02-27T07:36'),
    ('Wednesday', 'DATE', '2004-02-25'),
    ('Friday morning', 'DATE|TIME', '2004-02-27TMO'),
    ('daily', 'SET', 'P1D'),
    ('20 minutes', 'DURATION', 'PT20M'),
    ('14 March', 'DATE', '2004-03-14'),
    ('2006', 'DATE', '2006'),
    ('eleven years', 'DURATION', 'P11Y'),
    ('a few more days', 'DURATION', 'PXD'),
    ('March', 'DATE', '2004-03'),
    ('the summer of 2014', 'DATE', '2014-SU'),
    ('more than ten years', 'DURATION', 'P10Y'),
    ('about 17 months', 'DURATION', 'P17M'),
    ('November 2014', 'DATE', '2014-11'),
    ('January 2003', 'DATE', '2003-01'),
    ('December 2002', 'DATE', '2002-12'),
    ('last year', 'DATE', '2003'),
    ('last month', 'DATE', '2004-01'),
    ('roughly 40 minutes', 'DURATION', 'PT40M'),
    ('about 0830 GMT', 'TIME', '2004-02-27T08:30'),
    ('the following weeks', 'DURATION', 'PXW'),
    ('March 2005', 'DATE', '2005-03'),
    ('the next decade', 'DURATION', 'P10Y|P1E'),
    ('twice a year', 'SET', 'P1Y'),
    ('2014', 'DATE', '2014'),
]),

# 2. The Guardian, football preview (2006)
('2006-04-13', 'auto', """Double-header could settle Lowfield's promotion fate

Gary Pemberton admits the next four days could define his two years in charge at Lowfield Rovers. His side, third in the Championship, host their fierce rivals Castleton United at Kingsmead on Good Friday before travelling to Plymouth on Easter Monday, and six points would all but guarantee a top-six finish.

"We've been building towards this since last summer," Pemberton said on Wednesday. "Nobody in this town talks about anything else this week, and I don't blame them."

The last meeting between the clubs, at Castleton in November, ended 2-2 after Rovers had led by two goals with 10 minutes left. The result still rankles. Rovers have not beaten United at home since 1998, a run of seven matches, and have lost three of their past four league games at Kingsmead.

Kick-off is at 3pm on Friday, and police have asked supporters to arrive early. The match is a sell-out: all 24,500 tickets went within a day of going on sale last month.

Pemberton will be without the striker Dean Okafor, 29, who was sent off at Burnley on Saturday and begins a three-match ban. Okafor has scored 17 league goals, including eight since January. The defender Lee Ashworth, out for six weeks with a hamstring injury, returned to full training on Tuesday and is expected to start.

United, 14th and safe from relegation, have only pride to play for. Their manager, Steve Rowe, who spent a decade at Lowfield as a player in the 1980s, said the fixture needed no extra motivation. "I had ten years there. I know what this game means to them, and I know what it means to our lot," he said.

Rovers were relegated from the Premiership in 2003 and finished in mid-table a year later. They reached the play-offs last year but lost their semi-final on penalties, and Pemberton, appointed in April 2004, has rebuilt most of the squad since.

After Monday, Rovers face Crewe at home on 22 April and finish the campaign at Leeds on Sunday 30 April. The play-off semi-finals are played over two legs in early May, with the final at the Millennium Stadium in Cardiff on 21 May.

"If we win both this weekend, we can start thinking about Cardiff," Pemberton said. "If we don't, I'll have plenty to think about."
""", [
    ('the next four days', 'DURATION', 'P4D'),
    ('two years', 'DURATION', 'P2Y'),
    ('Good Friday', 'DATE', '2006-04-14'),
    ('Easter Monday', 'DATE', '2006-04-17'),
    ('last summer', 'DATE', '2005-SU'),
    ('Wednesday', 'DATE', '2006-04-12'),
    ('this week', 'DATE', '2006-W15'),
    ('November', 'DATE', '2005-11'),
    ('10 minutes', 'DURATION', 'PT10M'),
    ('1998', 'DATE', '1998'),
    ('3pm on Friday', 'TIME', '2006-04-14T15:00'),
    ('a day', 'DURATION', 'P1D'),
    ('last month', 'DATE', '2006-03'),
    ('Saturday', 'DATE', '2006-04-08'),
    ('January', 'DATE', '2006-01'),
    ('six weeks', 'DURATION', 'P6W'),
    ('Tuesday', 'DATE', '2006-04-11'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('the 1980s', 'DATE', '198'),
    ('ten years', 'DURATION', 'P10Y'),
    ('2003', 'DATE', '2003'),
    ('a year later', 'DATE', '2004'),
    ('last year', 'DATE', '2005'),
    ('April 2004', 'DATE', '2004-04'),
    ('Monday', 'DATE', '2006-04-17'),
    ('22 April', 'DATE', '2006-04-22'),
    ('Sunday 30 April', 'DATE', '2006-04-30'),
    ('early May', 'DATE', '2006-05'),
    ('21 May', 'DATE', '2006-05-21'),
    ('this weekend', 'DATE', '2006-W15-WE'),
]),

# 3. The Washington Post, policy explainer (2009)
('2009-06-15', 'auto', """Missed the digital TV switch? Here's what happens next

By Daniel Okoro
Washington Post Staff Writer
Monday, June 15, 2009

Thousands of Washington area households woke up Saturday to snowy screens or no picture at all after the region's full-power television stations shut off their analog signals late Friday and began broadcasting only in digital.

The switch, ordered by Congress in 2005 and originally set for Feb. 17, had already been pushed back once, to June 12, amid fears that millions of viewers were not ready. Federal officials said Sunday that the Federal Communications Commission's help line had taken more than 300,000 calls since Friday, about a third of them about antenna reception.

Here are answers to the questions readers have been asking.

I still have no picture. What should I do?

First, rescan your converter box. Several local stations moved their digital signals to new channels at 11:59 p.m. Friday, and boxes set up before then will not find them. The FCC recommends rescanning once a week for the next month.

Can I still get a coupon?

Yes, for now. The government's $40 converter-box coupon program will accept applications until July 31. Coupons expire 90 days after they are mailed, and about 2 million of them lapsed unused between January and April, according to the Commerce Department.

Will anyone still be broadcasting in analog?

A handful of low-power stations, mostly in rural areas, are exempt and may keep their analog signals for several more years. Some full-power stations will also run "nightlight" analog loops with emergency information until June 26.

Who can help?

The FCC's call centers will stay open through the end of the month. Volunteers will hold walk-in clinics at public libraries in Montgomery and Fairfax counties every Saturday, starting this week.

How did we get here?

Broadcasters have been preparing for the transition for more than a decade. Congress first proposed ending analog broadcasting in 1997 and finally fixed a date in 2005. In January, with the coupon program out of money, lawmakers voted to delay the switch by four months. The Nielsen Co. estimated last week that 2.8 million U.S. homes, or 2.5 percent, were still unprepared.

"We always knew the last few percent would be the hardest," said Mark Feld, a spokesman for the National Association of Broadcasters. "The next two weeks will tell us how many people simply gave up on over-the-air TV."
""", [
    ('Monday, June 15, 2009', 'DATE', '2009-06-15'),
    ('Saturday', 'DATE', '2009-06-13'),
    ('late Friday', 'DATE', '2009-06-12'),
    ('2005', 'DATE', '2005'),
    ('Feb. 17', 'DATE', '2009-02-17'),
    ('June 12', 'DATE', '2009-06-12'),
    ('Sunday', 'DATE', '2009-06-14'),
    ('Friday', 'DATE', '2009-06-12'),
    ('11:59 p.m. Friday', 'TIME', '2009-06-12T23:59'),
    ('once a week', 'SET', 'P1W'),
    ('the next month', 'DURATION', 'P1M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('July 31', 'DATE', '2009-07-31'),
    ('90 days', 'DURATION', 'P90D'),
    ('January', 'DATE', '2009-01'),
    ('April', 'DATE', '2009-04'),
    ('several more years', 'DURATION', 'PXY'),
    ('June 26', 'DATE', '2009-06-26'),
    ('the end of the month', 'DATE', '2009-06'),
    ('every Saturday', 'SET', 'XXXX-WXX-6'),
    ('this week', 'DATE', '2009-W25'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('1997', 'DATE', '1997'),
    ('2005', 'DATE', '2005'),
    ('January', 'DATE', '2009-01'),
    ('four months', 'DURATION', 'P4M'),
    ('last week', 'DATE', '2009-W24'),
    ('The next two weeks', 'DURATION', 'P2W'),
]),

# 4. The Atlantic, culture feature (2011)
('2011-10-21', 'auto', """The Long Goodbye of 'Harbor Lights'

After more than two decades, New York's longest-running off-Broadway musical will close in January. What kept it going so long?

By Claire Whitcomb

On Tuesday night, in a steady rain, about 140 people filed into the Minetta Street Theatre to watch a musical that opened when George H. W. Bush was in the White House. Most of them were tourists. A few, it turned out, had seen the show dozens of times.

"Harbor Lights" opened on May 4, 1989, and was expected to run for six weeks. It has played eight times a week ever since, with a brief pause after the September 11 attacks. On Monday its producers announced that the final performance will be on Jan. 8, after nearly 23 years.

The reasons are the usual ones. Rents in the West Village have nearly doubled in the past decade, and the show's audience, which used to come in from the suburbs on weekends, now arrives almost entirely from overseas. Weekly grosses fell below $60,000 this summer.

"For years we were a habit," said Ruth Adler, who has produced the show since 1994. "People came every Christmas, the way you'd go to see the Rockettes. In recent years the habits changed."

Adler, 71, is unsentimental about it. She spent much of last winter looking for a smaller house and nearly signed a lease in February before the deal collapsed. Now, she says, she wants to close while the company is still good.

The cast has turned over dozens of times. The current lead, Marco Ruiz, was not born when the show opened; his mother saw it on her honeymoon in 1990. The longest-serving member of the company, the pianist Dolores Kemp, has played the score nightly for 19 years and estimates that she has missed fewer than 200 performances.

There is something old-fashioned about a show like this, and something that could not happen now. Off-Broadway runs today tend to last months, not decades. Producers plan a limited engagement, a cast recording and a quick tour, and move on. Few commercial productions that opened in the 1980s are still running anywhere.

Tickets for the final eleven weeks went on sale Thursday, and the closing performance sold out within three hours. Adler says there are no plans to bring the show back, although she has not ruled out a concert version for its 25th anniversary, in 2014.

"I don't think about the future much," she said. "Ask me on Jan. 9."
""", [
    ('more than two decades', 'DURATION', 'P20Y|P2E'),
    ('January', 'DATE', '2012-01'),
    ('Tuesday night', 'DATE|TIME', '2011-10-18TNI'),
    ('May 4, 1989', 'DATE', '1989-05-04'),
    ('six weeks', 'DURATION', 'P6W'),
    ('eight times a week', 'SET', 'P1W'),
    ('September 11', 'DATE', '2001-09-11'),
    ('Monday', 'DATE', '2011-10-17'),
    ('Jan. 8', 'DATE', '2012-01-08'),
    ('nearly 23 years', 'DURATION', 'P23Y'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('weekends', 'SET', 'XXXX-WXX-WE'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Weekly', 'SET', 'P1W'),
    ('this summer', 'DATE', '2011-SU'),
    ('years', 'DURATION', 'PXY'),
    ('1994', 'DATE', '1994'),
    ('every Christmas', 'SET', 'XXXX-12-25'),
    ('recent years', 'DATE', 'PAST_REF'),
    ('last winter', 'DATE', '2010-WI|2011-WI'),
    ('February', 'DATE', '2011-02'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('current', 'DATE', 'PRESENT_REF'),
    ('1990', 'DATE', '1990'),
    ('nightly', 'SET', 'P1D'),
    ('19 years', 'DURATION', 'P19Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('today', 'DATE', 'PRESENT_REF'),
    ('months', 'DURATION', 'PXM'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('the 1980s', 'DATE', '198'),
    ('the final eleven weeks', 'DURATION', 'P11W'),
    ('Thursday', 'DATE', '2011-10-20'),
    ('three hours', 'DURATION', 'PT3H'),
    ('2014', 'DATE', '2014'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('Jan. 9', 'DATE', '2012-01-09'),
]),

# 5. ESPN, college basketball tournament preview (2012)
('2012-03-14', 'auto', """Midwest Region preview: Can anyone stop Marlow State?

ESPN.com

The Midwest Region tips off Thursday in Omaha, Neb., and for the first time in three years its top seed arrives unbeaten in March.

Marlow State (29-4) has won 11 straight, including Saturday's conference tournament final against Eastfield, 71-64, and opens against 16th-seeded Wexley College in the first game in Omaha. Coach Ray Danforth's team has not lost since Jan. 28, when it fell by three points at Pike Valley.

"We've been playing for this week since October," said Danforth, 58. "Everything before Thursday was preparation."

The last time Marlow State was a No. 1 seed, in 2009, it lost in the second round on a buzzer-beater. Danforth said Tuesday that he still watches the replay every spring.

The matchup to watch in Omaha is the 8-9 game late Thursday night between Clay River and Hollins. The teams met in December 2010 at a holiday tournament in Las Vegas, where Clay River won by 19. Both coaches have been in their jobs for more than a decade, and both have reached a Final Four in the past five years.

Hollins guard Terrence Boyd, who averages 18.6 points, missed two weeks in February with a sprained ankle but scored 22 in last week's conference semifinal. Doctors cleared him on Monday.

Times and TV: The first game tips at 12:15 p.m. ET Thursday on CBS, and the last game in Omaha should start around 9:50 p.m. ET. Second-round games are scheduled for Saturday, with the regional semifinals in St. Louis next week and the regional final on March 25.

The tournament has expanded three times in the past three decades, most recently to 68 teams last year. Some coaches want it bigger still within the next few years, an idea the NCAA said in January it would study.

The pick: Marlow State gets to St. Louis, but the winner of Thursday night's Clay River-Hollins game gives it all it can handle two days later.
""", [
    ('Thursday', 'DATE', '2012-03-15'),
    ('three years', 'DURATION', 'P3Y'),
    ('March', 'DATE', '2012-03'),
    ('Saturday', 'DATE', '2012-03-10'),
    ('Jan. 28', 'DATE', '2012-01-28'),
    ('this week', 'DATE', '2012-W11'),
    ('October', 'DATE', '2011-10'),
    ('Thursday', 'DATE', '2012-03-15'),
    ('2009', 'DATE', '2009'),
    ('Tuesday', 'DATE', '2012-03-13'),
    ('every spring', 'SET', 'XXXX-SP'),
    ('late Thursday night', 'DATE|TIME', '2012-03-15TNI'),
    ('December 2010', 'DATE', '2010-12'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('two weeks', 'DURATION', 'P2W'),
    ('February', 'DATE', '2012-02'),
    ('last week', 'DATE', '2012-W10'),
    ('Monday', 'DATE', '2012-03-12'),
    ('12:15 p.m. ET Thursday', 'TIME', '2012-03-15T12:15'),
    ('around 9:50 p.m. ET', 'TIME', '2012-03-15T21:50'),
    ('Saturday', 'DATE', '2012-03-17'),
    ('next week', 'DATE', '2012-W12'),
    ('March 25', 'DATE', '2012-03-25'),
    ('the past three decades', 'DURATION', 'P30Y|P3E'),
    ('last year', 'DATE', '2011'),
    ('the next few years', 'DURATION', 'PXY'),
    ('January', 'DATE', '2012-01'),
    ('Thursday night', 'DATE|TIME', '2012-03-15TNI'),
    ('two days later', 'DATE', '2012-03-17'),
]),

# 6. Local paper (The Millbrook Courier), summer festival programme (2014)
('2014-07-10', 'auto', """Blues festival returns to Millbrook riverfront with its biggest lineup yet

By Karen Dobbs
Courier Staff Writer

The Millbrook Riverfront Blues Festival will open its 20th edition next week, and organizers say this year's program is the most ambitious since the event moved to Founders Park a decade ago.

Gates open at 5 p.m. on Friday, July 18, for the opening-night concert, headlined by Chicago guitarist Lonnie Reed, who last played Millbrook in 2007. The festival then runs through July 27, with free daily shows on the riverfront stage and ticketed concerts at the amphitheater.

"We started this in a parking lot in 1995 with four bands and a borrowed stage," said festival director Ron Petrakis. "Now we're booking acts eighteen months out."

Attendance topped 38,000 last summer, up 12 percent from 2012, despite two days of thunderstorms. Petrakis said he expects more than 40,000 this year, with the biggest crowds on the first weekend.

New this year is a children's stage, which will host workshops and family performances on Saturday mornings, along with gospel brunches on July 20 and July 27.

The City Council voted in May to contribute $40,000 annually to the festival for the next three years, ending a long dispute over city support. Council member Ann Grady, who voted against the measure, said Tuesday that she still believes the event should pay its own way. "It's a great festival. It's also a private business," she said.

Parking and shuttles

The city will close Water Street between Second and Fourth avenues from 6 a.m. July 18 until midnight July 27. Shuttle buses will run every 20 minutes from the Millbrook High School lot.

Tickets

Tickets for individual concerts are $25, or $20 if bought before Tuesday. A 10-day pass costs $150, and children under 12 get in free. Tickets are on sale now at City Hall and online.
""", [
    ('next week', 'DATE', '2014-W29'),
    ('this year', 'DATE', '2014'),
    ('a decade ago', 'DATE', '2004|200'),
    ('5 p.m. on Friday, July 18', 'TIME', '2014-07-18T17:00'),
    ('2007', 'DATE', '2007'),
    ('July 27', 'DATE', '2014-07-27'),
    ('daily', 'SET', 'P1D'),
    ('1995', 'DATE', '1995'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('eighteen months', 'DURATION', 'P18M'),
    ('last summer', 'DATE', '2013-SU'),
    ('2012', 'DATE', '2012'),
    ('two days', 'DURATION', 'P2D'),
    ('this year', 'DATE', '2014'),
    ('the first weekend', 'DATE', '2014-W29-WE'),
    ('this year', 'DATE', '2014'),
    ('Saturday mornings', 'SET', 'XXXX-WXX-6TMO'),
    ('July 20', 'DATE', '2014-07-20'),
    ('July 27', 'DATE', '2014-07-27'),
    ('May', 'DATE', '2014-05'),
    ('annually', 'SET', 'P1Y'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('Tuesday', 'DATE', '2014-07-08'),
    ('6 a.m. July 18', 'TIME', '2014-07-18T06:00'),
    ('midnight July 27', 'TIME', '2014-07-27T24:00|2014-07-27T00:00'),
    ('every 20 minutes', 'SET', 'PT20M'),
    ('Tuesday', 'DATE', '2014-07-15'),
    ('10-day', 'DURATION', 'P10D'),
    ('now', 'DATE', 'PRESENT_REF'),
]),

# 7. BBC News, travel explainer (2016)
('2016-05-26', 'auto', """Bank holiday getaway: What you need to know

Millions of people are expected to travel this weekend as the late May bank holiday coincides with the start of the school break across much of England and Wales.

The AA estimates that 14 million cars will be on the roads between Friday and Monday, with the worst congestion expected on Friday afternoon, when commuters and holidaymakers will compete for space on the M5 and M6.

Here is what you need to know before you set off.

Roads

Highways England said on Wednesday it would lift more than 300 miles of roadworks from 06:00 BST on Friday until 00:01 on Tuesday. The busiest stretches are likely to be the M5 south of Bristol and the A303 past Stonehenge, where queues of up to two hours built up last August.

Rail

Network Rail is carrying out engineering work at more than 200 sites over the long weekend. The biggest disruption will be on the West Coast Main Line, where no trains will run between Rugby and Milton Keynes on Sunday and Monday, and replacement buses will add about 90 minutes to journeys.

Air and sea

Heathrow expects about 250,000 passengers on Saturday, its busiest day since Christmas. At Dover, P&O Ferries advised passengers to allow two hours for border checks, after queues of up to six hours last month.

Weather

The Met Office says the weekend will start warm and dry, with temperatures of up to 24C in London on Saturday, but showers are likely to spread from the west by Monday afternoon.

"Our advice is simple: check before you travel, and if you can, go on Saturday morning," said AA spokesman Neil Carter.

Why is it so busy?

The RAC says bank holiday traffic has grown steadily since 2010, and many councils now schedule the school break to coincide with it. The RAC expects more than 18,000 breakdowns over the four days.

What happens next?

The next bank holiday falls on 29 August. Highways England says it plans to lift roadworks again that weekend and will publish details in the coming weeks.
""", [
    ('this weekend', 'DATE', '2016-W21-WE'),
    ('the late May bank holiday', 'DATE', '2016-05-30'),
    ('Friday', 'DATE', '2016-05-27'),
    ('Monday', 'DATE', '2016-05-30'),
    ('Friday afternoon', 'DATE|TIME', '2016-05-27TAF'),
    ('Wednesday', 'DATE', '2016-05-25'),
    ('06:00 BST on Friday', 'TIME', '2016-05-27T06:00'),
    ('00:01 on Tuesday', 'TIME', '2016-05-31T00:01'),
    ('up to two hours', 'DURATION', 'PT2H'),
    ('last August', 'DATE', '2015-08'),
    ('the long weekend', 'DATE', '2016-W21-WE'),
    ('Sunday', 'DATE', '2016-05-29'),
    ('Monday', 'DATE', '2016-05-30'),
    ('about 90 minutes', 'DURATION', 'PT90M'),
    ('Saturday', 'DATE', '2016-05-28'),
    ('Christmas', 'DATE', '2015-12-25'),
    ('two hours', 'DURATION', 'PT2H'),
    ('up to six hours', 'DURATION', 'PT6H'),
    ('last month', 'DATE', '2016-04'),
    ('the weekend', 'DATE', '2016-W21-WE'),
    ('Saturday', 'DATE', '2016-05-28'),
    ('Monday afternoon', 'DATE|TIME', '2016-05-30TAF'),
    ('Saturday morning', 'DATE|TIME', '2016-05-28TMO'),
    ('2010', 'DATE', '2010'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the four days', 'DURATION', 'P4D'),
    ('29 August', 'DATE', '2016-08-29'),
    ('that weekend', 'DATE', '2016-W34-WE'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
]),

# 8. The Guardian, space mission preview (2018)
('2018-11-23', 'auto', """Seven minutes of terror: Nasa lander prepares for Monday touchdown on Mars

Tern probe faces the riskiest phase of its mission at the end of a six-month journey

Tom Haddon Science correspondent
Fri 23 Nov 2018 06.00 GMT

Nasa's Tern spacecraft will attempt to land on Mars on Monday after a journey of more than 300m miles, in what engineers describe as the most dangerous moment of the entire mission.

The lander, which left Earth from Vandenberg air force base in California in May, is due to enter the Martian atmosphere at about 7.47pm GMT on Monday and reach the surface shortly before 7.54pm. Because radio signals take more than eight minutes to cross the gap between the two planets, controllers in Pasadena will learn its fate only after it is all over.

"We've rehearsed this hundreds of times over the past two years," said Dr Priya Natarajan, who leads the entry, descent and landing team, speaking on Thursday. "But nobody rehearses Mars. Mars does what it wants."

Many of the team at Nasa's Jet Propulsion Laboratory spent Thanksgiving yesterday at their desks, and final commands will be sent to the spacecraft over the weekend.

Only about 40% of missions to the red planet have succeeded since the first attempts in the 1960s. Nasa's last landing, of the Curiosity rover, took place in August 2012, and Europe's Schiaparelli lander crashed in October 2016 after a software fault cut its parachute phase short.

Tern will not drive anywhere. Once it is down on a flat plain near the equator, it will spend about 10 weeks unfolding its solar panels and lowering a seismometer on to the ground. Scientists hope to begin collecting data early next year and to listen for "marsquakes" for at least two years.

The mission was originally scheduled to launch in March 2016 but was delayed for two years after a leak was found in the seismometer's vacuum chamber, adding about $150m to its cost.

Nasa will broadcast the landing live from 7pm GMT. The first picture from the surface could arrive within minutes, although a clearer image may not come until the following day.

"If we get that first picture on Monday night, I think a lot of people will cry," Natarajan said. "Then we go to work."
""", [
    ('Seven minutes', 'DURATION', 'PT7M'),
    ('Monday', 'DATE', '2018-11-26'),
    ('six-month', 'DURATION', 'P6M'),
    ('Fri 23 Nov 2018 06.00 GMT', 'TIME', '2018-11-23T06:00'),
    ('Monday', 'DATE', '2018-11-26'),
    ('May', 'DATE', '2018-05'),
    ('about 7.47pm GMT on Monday', 'TIME', '2018-11-26T19:47'),
    ('shortly before 7.54pm', 'TIME', '2018-11-26T19:54'),
    ('more than eight minutes', 'DURATION', 'PT8M'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('Thursday', 'DATE', '2018-11-22'),
    ('Thanksgiving', 'DATE', '2018-11-22'),
    ('yesterday', 'DATE', '2018-11-22'),
    ('the weekend', 'DATE', '2018-W47-WE'),
    ('the 1960s', 'DATE', '196'),
    ('August 2012', 'DATE', '2012-08'),
    ('October 2016', 'DATE', '2016-10'),
    ('about 10 weeks', 'DURATION', 'P10W'),
    ('early next year', 'DATE', '2019'),
    ('at least two years', 'DURATION', 'P2Y'),
    ('March 2016', 'DATE', '2016-03'),
    ('two years', 'DURATION', 'P2Y'),
    ('7pm GMT', 'TIME', '2018-11-26T19:00'),
    ('minutes', 'DURATION', 'PTXM'),
    ('the following day', 'DATE', '2018-11-27'),
    ('Monday night', 'DATE|TIME', '2018-11-26TNI'),
]),

# 9. The Washington Post, education policy explainer (2020)
('2020-09-29', 'auto', """Fairmont County schools set a date to reopen classrooms. What happens next?

By Alicia Moreno
Sept. 29, 2020

Fairmont County Public Schools will begin bringing students back to classrooms in early November, the school board decided late Monday, ending more than seven months of all-virtual learning in the region's second-largest school system.

The 6-2 vote came after a meeting that ran past midnight, with more than 90 parents and teachers signed up to speak. Here is what we know about the plan, and what is still undecided.

When will students return?

The first group, about 4,800 students in prekindergarten through second grade along with some students with disabilities, would return Nov. 9. Older elementary students would follow in early December, and middle and high school students not before Feb. 1.

Will it be every day?

No. Students who return will attend in person two days a week and learn online the rest of the time. Wednesdays will be set aside for cleaning buildings and for teachers to plan.

Can families opt out?

Yes. Parents have until 5 p.m. Friday to tell the district whether their children will return. In a survey this month, 57 percent of families said they would choose in-person classes.

What could change the plan?

Superintendent Gregory Haines said Monday that the timeline depends on the county's coronavirus data. If the seven-day average of new cases rises above 10 per 100,000 residents, the board could pause the return. Case rates have fallen for six straight weeks.

How did we get here?

Schools across the region closed in mid-March. The county ran remote classes through the spring and, in July, dropped a plan to offer a hybrid option in the fall after teachers protested. Classes began online on Aug. 31.

The teachers union said in a statement early Tuesday that it would ask the board to reconsider. "Our members want to be back with their students, but not before it is safe," union president Dana Whitfield said.

What happens next?

The board will vote again on Oct. 22, about two weeks before the first students return, after reviewing the latest health data. Officials also plan to release school-by-school bus schedules in the coming weeks.

"Nothing is final until kids are in the building," said board chair Louis Park.
""", [
    ('Sept. 29, 2020', 'DATE', '2020-09-29'),
    ('early November', 'DATE', '2020-11'),
    ('late Monday', 'DATE', '2020-09-28'),
    ('more than seven months', 'DURATION', 'P7M'),
    ('midnight', 'TIME', '2020-09-28T24:00|2020-09-29T00:00'),
    ('Nov. 9', 'DATE', '2020-11-09'),
    ('early December', 'DATE', '2020-12'),
    ('Feb. 1', 'DATE', '2021-02-01'),
    ('every day', 'SET', 'P1D'),
    ('two days a week', 'SET', 'P1W'),
    ('Wednesdays', 'SET', 'XXXX-WXX-3'),
    ('5 p.m. Friday', 'TIME', '2020-10-02T17:00'),
    ('this month', 'DATE', '2020-09'),
    ('Monday', 'DATE', '2020-09-28'),
    ('seven-day', 'DURATION', 'P7D'),
    ('six straight weeks', 'DURATION', 'P6W'),
    ('mid-March', 'DATE', '2020-03'),
    ('the spring', 'DATE', '2020-SP'),
    ('July', 'DATE', '2020-07'),
    ('the fall', 'DATE', '2020-FA'),
    ('Aug. 31', 'DATE', '2020-08-31'),
    ('early Tuesday', 'DATE', '2020-09-29'),
    ('Oct. 22', 'DATE', '2020-10-22'),
    ('about two weeks', 'DURATION', 'P2W'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
]),

# 10. Local paper (The Clarkston Ledger), high school football preview (2022)
('2022-10-06', 'auto', """Rivalry renewed: Eagles, Panthers meet with district title on the line

By Marcus Bell
The Clarkston Ledger

Friday night's game at Hollister Field has been circled on calendars in both towns since August.

Clarkston (6-0) hosts Redmond Valley (5-1) at 7 p.m. Friday in a game that will likely decide the District 4-3A championship, and both teams enter the matchup ranked in the state's top 10 for the first time since 2015.

"You dream about games like this when you're a kid," said Eagles senior quarterback Jaylen Brooks, who has thrown for 1,412 yards and 16 touchdowns in six games. "We've been waiting on this one for a year."

The Panthers won last year's meeting 28-27 in Redmond, scoring on a 2-yard run with 14 seconds left and converting the two-point try. Clarkston coach Dale Hutchins said his players watched film of that game together on Monday for the first time.

Redmond Valley's only loss came three weeks ago, a 21-14 defeat at Mount Pleasant. Since then the Panthers have outscored opponents 117-20, and running back Tavion Miles has rushed for more than 100 yards in five of six games.

Hutchins, 54, has won four district titles in 12 years at Clarkston, most recently in 2019. Redmond Valley coach Chris Olander has been in charge since 2017 and took the Panthers to the state semifinals two years ago.

Friday is also homecoming at Clarkston. The parade begins at 4:30 p.m. Friday on Main Street, and gates at Hollister Field open at 5:45 p.m. The homecoming court will be presented at halftime.

The school expects a crowd of more than 5,000 and urged fans to buy tickets online by 10 p.m. tonight to avoid lines at the gate. Tickets are $8 for adults and $5 for students.

The forecast for Friday calls for clear skies and a kickoff temperature around 58 degrees.

Looking ahead: Clarkston closes out district play with road games at Bixby on Oct. 14 and Westmoor on Oct. 21. The Class 3A playoffs begin Nov. 4.
""", [
    ('Friday night', 'DATE|TIME', '2022-10-07TNI'),
    ('August', 'DATE', '2022-08'),
    ('7 p.m. Friday', 'TIME', '2022-10-07T19:00'),
    ('2015', 'DATE', '2015'),
    ('a year', 'DURATION', 'P1Y'),
    ('last year', 'DATE', '2021'),
    ('14 seconds', 'DURATION', 'PT14S'),
    ('Monday', 'DATE', '2022-10-03'),
    ('three weeks ago', 'DATE', '2022-W37|2022-09-15'),
    ('12 years', 'DURATION', 'P12Y'),
    ('2019', 'DATE', '2019'),
    ('2017', 'DATE', '2017'),
    ('two years ago', 'DATE', '2020'),
    ('Friday', 'DATE', '2022-10-07'),
    ('4:30 p.m. Friday', 'TIME', '2022-10-07T16:30'),
    ('5:45 p.m.', 'TIME', '2022-10-07T17:45'),
    ('10 p.m. tonight', 'TIME', '2022-10-06T22:00'),
    ('Friday', 'DATE', '2022-10-07'),
    ('Oct. 14', 'DATE', '2022-10-14'),
    ('Oct. 21', 'DATE', '2022-10-21'),
    ('Nov. 4', 'DATE', '2022-11-04'),
]),

# 11. BBC News, arts festival programme (2008)
('2008-08-07', 'auto', """Edinburgh festivals shrug off Olympic rival

By Fiona Grant
BBC News, Edinburgh

The Edinburgh International Festival opens on Friday evening with a concert at the Usher Hall, a few hours after the Beijing Olympics begin on the other side of the world.

Organisers say they are not worried about the clash. "People have been coming to Edinburgh every August for more than 60 years," said the festival's director, Alasdair Reid. "They came when the Commonwealth Games were here in 1986, and they will come this year."

The International Festival runs until 31 August, while the Fringe, which began on Sunday, continues until 25 August. This year's Fringe programme lists 2,088 shows in 247 venues, up from 2,050 last year.

Box office sales for the Fringe were 8% lower in the first four days than in the same period in 2007, partly because of problems with a new online booking system that crashed repeatedly in June. The Fringe Society said on Wednesday that the system was now working normally and that most customers who had been charged twice had been refunded.

Highlights this week include a new play by the Glasgow writer Morag Dunn, which opens at the Traverse Theatre at 7.30pm on Saturday. At the other end of the scale, a 24-hour reading of Dickens's Bleak House by more than 100 volunteers begins at noon on Sunday 17 August.

The city's population is expected to double over the next three weeks, and hotels report few vacancies before the last weekend of the month.

The Fringe grew out of eight theatre companies that turned up uninvited at the first International Festival in 1947. Fifty years later, it was the largest arts festival in the world.

In recent years, however, it has faced criticism over the cost of venues and accommodation, with some performers saying they lose thousands of pounds each summer.

Tickets for Friday's opening concert sold out in March. The festival will close as usual with a fireworks concert in Princes Street Gardens at 9pm on 31 August.
""", [
    ('Friday evening', 'DATE|TIME', '2008-08-08TEV'),
    ('a few hours', 'DURATION', 'PTXH'),
    ('every August', 'SET', 'XXXX-08'),
    ('more than 60 years', 'DURATION', 'P60Y'),
    ('1986', 'DATE', '1986'),
    ('this year', 'DATE', '2008'),
    ('31 August', 'DATE', '2008-08-31'),
    ('Sunday', 'DATE', '2008-08-03'),
    ('25 August', 'DATE', '2008-08-25'),
    ('This year', 'DATE', '2008'),
    ('last year', 'DATE', '2007'),
    ('the first four days', 'DURATION', 'P4D'),
    ('2007', 'DATE', '2007'),
    ('June', 'DATE', '2008-06'),
    ('Wednesday', 'DATE', '2008-08-06'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this week', 'DATE', '2008-W32'),
    ('7.30pm on Saturday', 'TIME', '2008-08-09T19:30'),
    ('24-hour', 'DURATION', 'PT24H'),
    ('noon on Sunday 17 August', 'TIME', '2008-08-17T12:00'),
    ('the next three weeks', 'DURATION', 'P3W'),
    ('the last weekend of the month', 'DATE', '2008-W35-WE'),
    ('1947', 'DATE', '1947'),
    ('Fifty years later', 'DATE', '1997'),
    ('recent years', 'DATE', 'PAST_REF'),
    ('each summer', 'SET', 'XXXX-SU'),
    ('Friday', 'DATE', '2008-08-08'),
    ('March', 'DATE', '2008-03'),
    ('9pm on 31 August', 'TIME', '2008-08-31T21:00'),
]),

# 12. The Guardian, travel and policy explainer (2025)
('2025-01-17', 'auto', """Europeans will need a permit to visit the UK from April. Here's what you need to know

Visitors from EU countries will have to apply for an electronic travel authorisation (ETA) before travelling to the UK from 2 April, under a scheme that already covers travellers from the US, Canada and Australia.

The permit costs £10 and is valid for two years, or until the holder's passport expires if that is sooner. Applications for Europeans open on 5 March, nearly four weeks before the rule comes into force. The Home Office has said the fee will rise to £16 later this year.

Who needs one?

Since 8 January, nationals of about 50 countries who do not need a visa for short stays, including Americans, Canadians and Australians, have needed an ETA to enter the UK. From April, the requirement extends to all EU nationals, as well as visitors from Norway, Switzerland and Iceland. Irish citizens are exempt.

How long does it take?

Most applications are decided within minutes, but the Home Office advises travellers to allow three working days.

How did we get here?

The scheme began with Qatar in November 2023, and Gulf states followed in February last year. More than 1.1 million ETAs have been issued since then, according to Home Office figures published on Tuesday. Ministers say the system will eventually let border officials screen every visitor before they board, in the same way as the US's Esta.

What about Europe's own checks?

The EU's Entry/Exit System, which will replace passport stamps with fingerprint and facial scans, was due to start on 10 November last year but was postponed again in October. The European Commission said this week it now hopes to introduce it gradually over six months, possibly from the autumn. A separate €7 visa waiver, known as Etias, which Britons will need to visit the Schengen area, is not expected before the last quarter of 2026.

What happens next?

Travel firms expect a rush of applications in the coming weeks ahead of Easter, which falls on 20 April this year. "We have been telling customers since the autumn to check the rules," said a spokesperson for the travel association Abta. "The message now is simple: apply early, and only use the official app or the gov.uk website."
""", [
    ('April', 'DATE', '2025-04'),
    ('2 April', 'DATE', '2025-04-02'),
    ('two years', 'DURATION', 'P2Y'),
    ('5 March', 'DATE', '2025-03-05'),
    ('nearly four weeks', 'DURATION', 'P4W'),
    ('later this year', 'DATE', '2025'),
    ('8 January', 'DATE', '2025-01-08'),
    ('April', 'DATE', '2025-04'),
    ('minutes', 'DURATION', 'PTXM'),
    ('three working days', 'DURATION', 'P3D'),
    ('November 2023', 'DATE', '2023-11'),
    ('February last year', 'DATE', '2024-02'),
    ('Tuesday', 'DATE', '2025-01-14'),
    ('10 November last year', 'DATE', '2024-11-10'),
    ('October', 'DATE', '2024-10'),
    ('this week', 'DATE', '2025-W03'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('six months', 'DURATION', 'P6M'),
    ('the autumn', 'DATE', '2025-FA'),
    ('the last quarter of 2026', 'DATE', '2026-Q4'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('Easter', 'DATE', '2025-04-20'),
    ('20 April this year', 'DATE', '2025-04-20'),
    ('the autumn', 'DATE', '2024-FA'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
]
