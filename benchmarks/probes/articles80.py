# Gold TIMEX3 probe set 80: sports, film, music, festival, awards and TV news in seven house styles (1998-2025), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, NFL match report (1998)
('1998-11-23', 'auto', """Jets hold off Colts as Ashby's late kick stands

EAST RUTHERFORD, N.J. (AP) — For most of Sunday afternoon, the New York Jets looked like a team already thinking about next season. Then Dale Merritt found his rhythm.

Merritt threw for 241 yards and two touchdowns, and Tom Ashby kicked a 44-yard field goal with less than two minutes left as the Jets beat the Indianapolis Colts 24-21, snapping a three-game losing streak.

"We've been close for a month," Merritt said. "This time we finally finished one."

The Jets (4-6) trailed 14-3 at halftime and had managed just 61 yards before the break. Coach Ray Dolan said he kept his message short.

"I told them they had 30 minutes of football left to decide what kind of team they want to be," Dolan said.

Merritt, who took over as the starter in late September after a knee injury ended the regular quarterback's campaign, hit Marcus Lyle on a 38-yard scoring pass on the opening drive after the break. Curtis Reed then ran 6 yards for a touchdown, and the Jets led for the first time.

Indianapolis tied it at 21 on a short run by Lamont Hayes with just under seven minutes to play. Hayes finished with 112 yards, his fourth straight 100-yard game, but the Colts (7-3) saw a five-game winning streak end. Indianapolis had not lost since Oct. 11 at Miami.

Ashby, who missed two kicks in Buffalo on Nov. 15, said he had barely slept since.

"I went out there Wednesday and kicked for an hour by myself, just me and a holder," he said. "I needed to see the ball go through."

His winning kick came after Merritt converted a third-and-9 with a 17-yard throw to Lyle, who finished with seven catches for 104 yards.

"We didn't deserve to win this one," Colts coach Walt Brennan said. "They were tougher than we were after halftime, and that's on me."

The announced crowd of 68,914 was the smallest at Giants Stadium in two years, and scattered boos followed the Jets off the field at halftime. By the end, most of those who stayed were on their feet.

The Jets visit New England next Sunday before three straight home games in December. Dolan would not say whether Merritt will keep the job when the injured starter is healthy.

"He's our quarterback right now," Dolan said. "Ask me again in a week."

Notes: Jets LB Darnell Moss left with a sprained ankle and did not return. ... Colts rookie WR Terrence Oakes had a career-high six catches.
""", [
    ('Sunday afternoon', 'DATE|TIME', '1998-11-22TAF'),
    ('next season', 'DATE', '1999'),
    ('less than two minutes', 'DURATION', 'PT2M'),
    ('a month', 'DURATION', 'P1M'),
    ('30 minutes', 'DURATION', 'PT30M'),
    ('late September', 'DATE', '1998-09'),
    ('just under seven minutes', 'DURATION', 'PT7M'),
    ('Oct. 11', 'DATE', '1998-10-11'),
    ('Nov. 15', 'DATE', '1998-11-15'),
    ('Wednesday', 'DATE', '1998-11-18'),
    ('an hour', 'DURATION', 'PT1H'),
    ('two years', 'DURATION', 'P2Y'),
    ('next Sunday', 'DATE', '1998-11-29'),
    ('December', 'DATE', '1998-12'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('a week', 'DURATION|DATE', 'P1W|1998-W49'),
]),
# 2. Reuters, football transfer (2001)
('2001-08-30', 'auto', """Valencia land Dutch striker Kemper in late deal

MADRID, Aug 30 (Reuters) - Valencia completed the signing of Dutch striker Ruud Kemper from PSV Eindhoven on Thursday, hours before the deadline for registering players for the Champions League group stage.

The Spanish club said Kemper, 24, had agreed a five-year contract and would undergo a medical in Valencia on Friday morning. Neither club disclosed the fee, but Spanish media put it at around 4.5 billion pesetas ($24 million).

"He is a player we have followed for two years," Valencia sporting director Javier Sanchis told a news conference at 1 p.m. "We tried in January and again in May, and today it finally came together."

Kemper scored 27 league goals for PSV in 2000-01, finishing as the Dutch first division's top scorer, and has added four more in the opening three matches of the new campaign.

He was left out of the squad for PSV's trip to Groningen last weekend with what the club described as a minor hamstring problem, prompting days of speculation in the Dutch press that a move was close.

PSV coach Eric Gerets said on Wednesday he had accepted the player's wish to leave.

"After seven years at this club, since he was a boy in the youth teams, he deserves the chance," Gerets said. "We will not stand in the way of a player who wants to go."

Valencia, beaten finalists in the Champions League in each of the last two years, have been searching for a centre forward since selling their leading scorer to Italy in the summer.

Coach Rafael Benitez, who arrived from Tenerife in June, has used midfielder Rufete as an emergency forward in pre-season. Valencia drew 1-1 at home in their opening league match on Sunday and managed only three shots on target.

The deadline for UEFA registration falls at midnight on Friday, and the club said it expected to complete the paperwork long before then. Kemper is therefore likely to be available for the group-stage opener in the middle of next month.

He will be presented to supporters at the Mestalla on Saturday evening, and could make his league debut against Real Betis a week on Sunday if he recovers from the hamstring strain.

Kemper becomes Valencia's fourth signing of the summer, taking the club's spending since the end of last season past 10 billion pesetas.

PSV said the money would be reinvested quickly. "We have a list of targets and we will move on them in the next few days," a club spokesman said.

(Reporting by Ana Ferrer; Editing by Clare Lovell)
""", [
    ('Aug 30', 'DATE', '2001-08-30'),
    ('Thursday', 'DATE', '2001-08-30'),
    ('hours', 'DURATION', 'PTXH'),
    ('five-year', 'DURATION', 'P5Y'),
    ('Friday morning', 'DATE|TIME', '2001-08-31TMO'),
    ('two years', 'DURATION', 'P2Y'),
    ('1 p.m.', 'TIME', '2001-08-30T13:00'),
    ('January', 'DATE', '2001-01'),
    ('May', 'DATE', '2001-05'),
    ('today', 'DATE', '2001-08-30'),
    ('2000-01', 'DATE', '2000|2001'),
    ('last weekend', 'DATE', '2001-W34-WE'),
    ('days', 'DURATION', 'PXD'),
    ('Wednesday', 'DATE', '2001-08-29'),
    ('seven years', 'DURATION', 'P7Y'),
    ('the last two years', 'DURATION', 'P2Y'),
    ('the summer', 'DATE', '2001-SU'),
    ('June', 'DATE', '2001-06'),
    ('Sunday', 'DATE', '2001-08-26'),
    ('midnight on Friday', 'TIME', '2001-08-31T24:00|2001-09-01T00:00|2001-08-31T00:00'),
    ('the middle of next month', 'DATE', '2001-09'),
    ('Saturday evening', 'DATE|TIME', '2001-09-01TEV'),
    ('a week on Sunday', 'DATE', '2001-09-09'),
    ('the summer', 'DATE', '2001-SU'),
    ('last season', 'DATE', '2000|2001'),
    ('the next few days', 'DURATION', 'PXD'),
]),
# 3. ESPN, NBA injury (2004)
('2004-02-10', 'auto', """Kings' Tillman out six to eight weeks with torn thumb ligament

ESPN.com news services

SACRAMENTO, Calif. -- Sacramento Kings guard Marcus Tillman will miss six to eight weeks after tearing a ligament in his right thumb, the team announced Tuesday.

Tillman, who was averaging 17.4 points and 5.1 assists, was hurt midway through Monday night's 104-98 win over Denver when he jammed his hand on a drive to the basket. He stayed in the game for another 11 minutes, finishing with 19 points, before going to the locker room. An MRI exam on Tuesday morning revealed the tear.

He will have surgery Thursday in Los Angeles and is expected to wear a cast for about a month.

The timetable means Tillman could return in early April, with roughly three weeks left in the regular season, giving him time to get ready for the playoffs.

"It's frustrating, because I felt like I was playing the best basketball of my career over the last month," Tillman said. "But the doctors told me this is the kind of injury that heals the right way if you're patient."

Tillman had been named a Western Conference All-Star reserve last week, the first selection of his six-year career. The league is expected to name his replacement for Sunday's game in Los Angeles by Wednesday.

The injury is the latest blow for the Kings, who played without forward Derrick Oyelaran for 10 days in January because of a sprained ankle. Sacramento went 3-2 in that stretch.

"We've been through this before," coach Paul Westfall said. "Guys will get more playing time, and we'll find out who wants it."

Sacramento, which entered Tuesday with the best record in the Western Conference, hosts Memphis tonight and plays five games in eight days before the All-Star break. Reserve guard Tony Bracken, who has played sparingly since signing as a free agent in 2002, is likely to start.

Tillman will be re-examined every week after surgery, and the team said he could begin shooting with his left hand within days.

He has missed only four games since he was acquired in a trade with Atlanta in 2001, and had started 214 straight before Monday.

"Marcus has been the most durable guy we have," Westfall said. "That's why this one hurts."

Information from The Associated Press was used in this report.
""", [
    ('six to eight weeks', 'DURATION', 'P6W|P8W'),
    ('six to eight weeks', 'DURATION', 'P6W|P8W'),
    ('Tuesday', 'DATE', '2004-02-10'),
    ('Monday night', 'DATE|TIME', '2004-02-09TNI'),
    ('11 minutes', 'DURATION', 'PT11M'),
    ('Tuesday morning', 'DATE|TIME', '2004-02-10TMO'),
    ('Thursday', 'DATE', '2004-02-12'),
    ('about a month', 'DURATION', 'P1M'),
    ('early April', 'DATE', '2004-04'),
    ('roughly three weeks', 'DURATION', 'P3W'),
    ('the last month', 'DATE|DURATION', 'P1M|2004-01'),
    ('last week', 'DATE', '2004-W06'),
    ('six-year', 'DURATION', 'P6Y'),
    ('Sunday', 'DATE', '2004-02-15'),
    ('Wednesday', 'DATE', '2004-02-11'),
    ('10 days', 'DURATION', 'P10D'),
    ('January', 'DATE', '2004-01'),
    ('Tuesday', 'DATE', '2004-02-10'),
    ('tonight', 'DATE|TIME', '2004-02-10TNI'),
    ('eight days', 'DURATION', 'P8D'),
    ('2002', 'DATE', '2002'),
    ('every week', 'SET', 'P1W'),
    ('days', 'DURATION', 'PXD'),
    ('2001', 'DATE', '2001'),
    ('Monday', 'DATE', '2004-02-09'),
]),
# 4. BBC Sport, Premier League season preview (2006)
('2006-08-18', 'auto', """Premier League preview: Can anyone stop Chelsea?

By Simon Hale
BBC Sport

The Premier League season kicks off on Saturday, and once again the question is the same: can anyone stop Chelsea?

Jose Mourinho's side have won the last two titles and spent heavily again this summer, bringing in Andriy Shevchenko and Michael Ballack. On paper, the squad looks even stronger than the one that finished eight points clear in May.

But the World Cup in Germany, which ended six weeks ago, has left its mark. Several of Chelsea's internationals only returned to training at the start of the month, and Mourinho admitted on Thursday that some would not be fully fit until October.

"It is the same for everybody," he said. "The players who went deep in the tournament had two or three weeks of holiday. That is not enough."

Manchester United, who have not won the league since 2003, look the likeliest challengers. Sir Alex Ferguson, who turns 65 on New Year's Eve, has lost Ruud van Nistelrooy but believes his young side has matured over the past 12 months.

Arsenal, who moved into the 60,000-seat Emirates Stadium last month after 93 years at Highbury, open at home to Aston Villa at 1500 BST on Saturday. Arsene Wenger's side reached the Champions League final in Paris in the spring and will hope the new ground brings a title challenge.

Liverpool, FA Cup winners in May, have waited 16 years for a league title and Rafael Benitez has again spent big. His side face Sheffield United at Bramall Lane on Saturday afternoon.

At the bottom, the three promoted clubs - Reading, Sheffield United and Watford - will be fighting for survival from the first whistle. Reading boss Steve Coppell, whose side set a Championship record of 106 points last season, says the target is simple: "Be in it after Christmas."

The transfer window closes on 31 August, and most managers expect the next two weeks to be busy. Newcastle and Tottenham are both still looking for a striker.

Highlights of every game will be shown on Match of the Day on BBC One on Saturday night, with Match of the Day 2 on Sunday evenings throughout the season.

The nine-month marathon ends on 13 May next year. History suggests the champions will be one of the usual suspects; the last club from outside the traditional elite to win the title did so in 1995.

BBC Sport's predictions: Chelsea to win the title again, with Manchester United second and Liverpool third. Watford, Sheffield United and Charlton to go down.
""", [
    ('Saturday', 'DATE', '2006-08-19'),
    ('this summer', 'DATE', '2006-SU'),
    ('May', 'DATE', '2006-05'),
    ('six weeks ago', 'DATE', '2006-W27'),
    ('the start of the month', 'DATE', '2006-08'),
    ('Thursday', 'DATE', '2006-08-17'),
    ('October', 'DATE', '2006-10'),
    ('two or three weeks', 'DURATION', 'P2W|P3W'),
    ('2003', 'DATE', '2003'),
    ("New Year's Eve", 'DATE', '2006-12-31'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('last month', 'DATE', '2006-07'),
    ('93 years', 'DURATION', 'P93Y'),
    ('1500 BST on Saturday', 'TIME', '2006-08-19T15:00'),
    ('the spring', 'DATE', '2006-SP'),
    ('May', 'DATE', '2006-05'),
    ('16 years', 'DURATION', 'P16Y'),
    ('Saturday afternoon', 'DATE|TIME', '2006-08-19TAF'),
    ('last season', 'DATE', '2005|2006'),
    ('Christmas', 'DATE', '2006-12-25'),
    ('31 August', 'DATE', '2006-08-31'),
    ('the next two weeks', 'DURATION', 'P2W'),
    ('Saturday night', 'DATE|TIME', '2006-08-19TNI'),
    ('Sunday evenings', 'SET', 'XXXX-WXX-7TEV|XXXX-WXX-7'),
    ('nine-month', 'DURATION', 'P9M'),
    ('13 May next year', 'DATE', '2007-05-13'),
    ('1995', 'DATE', '1995'),
]),
# 5. Variety, weekend box office (2008)
('2008-04-07', 'auto', """'Iron Harbor' docks at top of B.O.

Sony's nautical actioner nets $31 million

By Dana Whitford

Sony's "Iron Harbor" sailed to an estimated $31.2 million over the weekend, easily topping the domestic box office and giving the studio its best April opening ever, according to actuals released Monday.

The PG-13 pic, which stars Garrett Lowe as a disgraced coast guard captain, took in $11.4 million on Friday, including $1.3 million from Thursday night shows, and dipped just 9% on Sunday, a sign of strong word of mouth. Exit polls gave it an A-minus CinemaScore.

Sony had originally dated the film for May 2 but moved it up a month in January to avoid a collision with Paramount's "Iron Man," a gamble that appears to have paid off.

"We always believed this was a movie that could open on its own," Sony distribution topper Rory Bruckner said. "Audiences had been waiting for something loud, and nothing in March gave them that."

The pic cost a reported $95 million and was shot over 94 days in Vancouver and Malta last fall. Overseas, it bows in 38 markets this week, with Japan following in June.

The previous frame's champ, Universal's comedy "Second Opinion," slipped to No. 2 with $14.6 million, down 47%. The laffer has grossed $41.9 million in ten days.

Fox's family pic "Pip and the Moon" held well in its third frame, falling only 28% to $9.8 million for third place, while Lionsgate's horror entry "The Quiet Floor" opened in fourth with a soft $7.2 million.

Overall, the top 12 films grossed $98 million, up 11% from a year ago, when "Blades of Glory" led for a second straight session. So far this year, domestic receipts are running about 3% ahead of 2007, though the comparison gets tougher from next month, when last year's "Spider-Man 3" set the pace.

Next weekend brings Warner's teen comedy "Prom Season" and the DreamWorks thriller "Glass Coast," both tracking in the mid-teens. Paramount's "Iron Man" opens May 2.

Sony execs were already talking sequel Monday afternoon. Lowe is said to have a two-picture option, and producers have floated a March 2010 date.

"We'll see how the next three weeks play out," Bruckner said. "But right now we're very happy."
""", [
    ('the weekend', 'DATE', '2008-W14-WE'),
    ('April', 'DATE', 'XXXX-04|2008-04'),
    ('Monday', 'DATE', '2008-04-07'),
    ('Friday', 'DATE', '2008-04-04'),
    ('Thursday night', 'DATE|TIME', '2008-04-03TNI'),
    ('Sunday', 'DATE', '2008-04-06'),
    ('May 2', 'DATE', '2008-05-02'),
    ('a month', 'DURATION', 'P1M'),
    ('January', 'DATE', '2008-01'),
    ('March', 'DATE', '2008-03'),
    ('94 days', 'DURATION', 'P94D'),
    ('last fall', 'DATE', '2007-FA'),
    ('this week', 'DATE', '2008-W15'),
    ('June', 'DATE', '2008-06'),
    ('ten days', 'DURATION', 'P10D'),
    ('a year ago', 'DATE', '2007'),
    ('this year', 'DATE', '2008'),
    ('2007', 'DATE', '2007'),
    ('next month', 'DATE', '2008-05'),
    ('last year', 'DATE', '2007'),
    ('Next weekend', 'DATE', '2008-W15-WE'),
    ('May 2', 'DATE', '2008-05-02'),
    ('Monday afternoon', 'DATE|TIME', '2008-04-07TAF'),
    ('March 2010', 'DATE', '2010-03'),
    ('the next three weeks', 'DURATION', 'P3W'),
    ('right now', 'DATE', 'PRESENT_REF'),
]),
# 6. Billboard, album chart and release (2010)
('2010-11-17', 'auto', """Kelsey Dawn Earns First No. 1 Album With 'Paper Lanterns'

By Monica Reyes

Country-pop singer Kelsey Dawn scores her first No. 1 on the Billboard 200 albums chart, as "Paper Lanterns" debuts atop the tally with 214,000 copies sold, according to Nielsen SoundScan.

The set, released Nov. 9 on Big Sky/Columbia Nashville, marks the largest sales week for a female country artist since Carrie Underwood's "Play On" arrived with 318,000 in November 2009. It is also a huge jump for Dawn, whose 2008 debut, "Gravel Road," peaked at No. 14.

Dawn, who spent most of 2009 on the road as an opening act, wrote much of the album during a three-week break last winter at her family's farm outside Tulsa, Okla.

"I didn't touch a guitar for the first few days," she told Billboard last month. "Then the songs just started coming, sometimes two or three a day."

The lead single, "Porch Light," has now spent 11 weeks on Hot Country Songs and climbs 9-7 this week. A second single goes to country radio Monday.

Dawn performs on "Late Show With David Letterman" tonight and plays Nashville's Ryman Auditorium on Dec. 3, with a full North American tour planned for the spring.

Last week's No. 1, the self-titled set from rock band Hollow Pines, falls to No. 3 with 88,000, down 71%. Taylor Swift's "Speak Now," which debuted two weeks ago with more than 1 million copies, holds at No. 2 with 135,000.

Elsewhere in the top 10, the "Glee" cast returns with yet another soundtrack, debuting at No. 4 with 82,000, and veteran rocker Jimmy Calder lands at No. 6 with 61,000 for his first studio album in nine years.

The competition will only get tougher in the coming weeks. The holiday shopping season officially kicks off with Thanksgiving on Nov. 25 and Black Friday the following day, and several of the year's most anticipated releases arrive before then, including new albums from Kanye West and Nicki Minaj on Nov. 22.

Next week's chart, which will reflect sales through Sunday, could see as many as three debuts above 150,000.

"We knew the fourth quarter would be crowded," said Dawn's manager, Rick Tolliver. "But we also knew she'd been building for years. The timing felt right."

Billboard's charts are refreshed every Wednesday on Billboard.com.
""", [
    ('Nov. 9', 'DATE', '2010-11-09'),
    ('November 2009', 'DATE', '2009-11'),
    ('2008', 'DATE', '2008'),
    ('2009', 'DATE', '2009'),
    ('three-week', 'DURATION', 'P3W'),
    ('last winter', 'DATE', '2009-WI|2010-WI'),
    ('the first few days', 'DURATION', 'PXD'),
    ('last month', 'DATE', '2010-10'),
    ('a day', 'SET', 'P1D'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('11 weeks', 'DURATION', 'P11W'),
    ('this week', 'DATE', '2010-W46'),
    ('Monday', 'DATE', '2010-11-22'),
    ('tonight', 'DATE|TIME', '2010-11-17TNI'),
    ('Dec. 3', 'DATE', '2010-12-03'),
    ('the spring', 'DATE', '2011-SP'),
    ('Last week', 'DATE', '2010-W45'),
    ('two weeks ago', 'DATE', '2010-W44'),
    ('nine years', 'DURATION', 'P9Y'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
    ('Thanksgiving', 'DATE', '2010-11-25'),
    ('Nov. 25', 'DATE', '2010-11-25'),
    ('Black Friday', 'DATE', '2010-11-26'),
    ('the following day', 'DATE', '2010-11-26'),
    ('the year', 'DATE', '2010'),
    ('Nov. 22', 'DATE', '2010-11-22'),
    ('Next week', 'DATE', '2010-W47'),
    ('Sunday', 'DATE', '2010-11-21'),
    ('the fourth quarter', 'DATE', '2010-Q4'),
    ('years', 'DURATION', 'PXY'),
    ('every Wednesday', 'SET', 'XXXX-WXX-3'),
]),
# 7. The Guardian, festival anniversary told as narrative (2013)
('2013-08-02', 'auto', """Twenty years on: the weekend Hollin Fields sank in the mud

The Cumbrian festival that drowned in a few hours is back this weekend. Its founders remember the storm

Helen Ashworth
Friday 2 August 2013

The forecast for Friday 6 August 1993 said light showers. By 4pm, when the gates opened at Hollin Fields, a hill farm outside Kendal, the showers had become a downpour, and by 9pm that night the main stage field was under several inches of water.

"We had planned it for two years," says Martin Keogh, who set up the festival with his brother Ian in 1991. "It took about six hours to fall apart."

Hollin Fields had grown from a single day of local bands in a barn to a three-day event with 14,000 ticket holders. Headliners that year included the Wonder Stuff and a young Manchester band the brothers had booked for £400.

Martin remembers standing by the production cabin at midnight, watching a neighbour's tractor pull cars out of the car park one by one. "Nobody slept. At about 3am the police came and told us the road to the village had gone under."

The next morning the council closed the site. Saturday's bill was cancelled at 11am, and by Sunday afternoon most of the crowd had gone home, many of them leaving their tents behind.

Two days later, the brothers sat down with an accountant and found debts of more than £300,000. The company went into liquidation the following spring, and the field went back to sheep.

"For a decade I couldn't drive past it," says Ian, now a secondary school teacher in Lancaster. "People still stop me in the pub and tell me they were there. Half of them weren't."

What changed his mind was a letter. In January, a woman from Carlisle wrote to say she had met her husband queuing for the one working shower block on that Saturday morning. They had been married for 18 years.

This weekend, the Keoghs return to the same farm for a one-day reunion, with four of the 1993 acts back on the bill and proceeds going to the local mountain rescue team. The 3,000 tickets sold out in 40 minutes when they went on sale in March.

The gates open at noon on Saturday. The forecast, for once, is dry.

"We're not getting any younger," Martin says. "But every August since, I've checked the weather twice a day. I'll be doing it again tonight."
""", [
    ('Twenty years', 'DURATION', 'P20Y'),
    ('the weekend', 'DATE', '1993-W31-WE'),
    ('a few hours', 'DURATION', 'PTXH'),
    ('this weekend', 'DATE', '2013-W31-WE'),
    ('Friday 2 August 2013', 'DATE', '2013-08-02'),
    ('Friday 6 August 1993', 'DATE', '1993-08-06'),
    ('4pm', 'TIME', '1993-08-06T16:00'),
    ('9pm that night', 'TIME', '1993-08-06T21:00'),
    ('two years', 'DURATION', 'P2Y'),
    ('1991', 'DATE', '1991'),
    ('about six hours', 'DURATION', 'PT6H'),
    ('a single day', 'DURATION', 'P1D'),
    ('three-day', 'DURATION', 'P3D'),
    ('that year', 'DATE', '1993'),
    ('midnight', 'TIME', '1993-08-06T24:00|1993-08-07T00:00'),
    ('about 3am', 'TIME', '1993-08-07T03:00'),
    ('The next morning', 'DATE|TIME', '1993-08-07TMO'),
    ('Saturday', 'DATE', '1993-08-07'),
    ('11am', 'TIME', '1993-08-07T11:00'),
    ('Sunday afternoon', 'DATE|TIME', '1993-08-08TAF'),
    ('Two days later', 'DATE', '1993-08-10'),
    ('the following spring', 'DATE', '1994-SP'),
    ('a decade', 'DURATION', 'P10Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('January', 'DATE', '2013-01'),
    ('that Saturday morning', 'DATE|TIME', '1993-08-07TMO'),
    ('18 years', 'DURATION', 'P18Y'),
    ('This weekend', 'DATE', '2013-W31-WE'),
    ('one-day', 'DURATION', 'P1D'),
    ('1993', 'DATE', '1993'),
    ('40 minutes', 'DURATION', 'PT40M'),
    ('March', 'DATE', '2013-03'),
    ('noon on Saturday', 'TIME', '2013-08-03T12:00'),
    ('every August', 'SET', 'XXXX-08'),
    ('twice a day', 'SET', 'P1D'),
    ('tonight', 'DATE|TIME', '2013-08-02TNI'),
]),
# 8. AP, Academy Awards (2015)
('2015-02-23', 'auto', """'Birdman' soars to best picture at the Oscars

LOS ANGELES (AP) — "Birdman," the darkly comic tale of a faded superhero actor staging a Broadway comeback, took the top prize at the 87th Academy Awards on Sunday night, capping an awards season in which no film ever quite pulled away.

The film won four Oscars in all, including best director for Alejandro Gonzalez Inarritu, who became the second Mexican filmmaker in a row to take the award after Alfonso Cuaron won last year for "Gravity." Cinematographer Emmanuel Lubezki, who also won for "Gravity," repeated.

"Birdman" opened in a handful of theaters in October and built its following slowly through the fall, earning about $38 million in North America before Sunday. It edged out Richard Linklater's "Boyhood," which was filmed over 12 years with the same cast. Linklater began shooting in 2002, when his young lead actor was 7.

Eddie Redmayne won best actor for his portrayal of Stephen Hawking in "The Theory of Everything," and Julianne Moore won best actress for "Still Alice," her first win in five nominations. J.K. Simmons and Patricia Arquette took the supporting prizes.

"The Grand Budapest Hotel" also won four awards, mostly in the craft categories, while "Whiplash" won three.

Host Neil Patrick Harris kept the show moving, but the ceremony still ran more than three and a half hours after beginning at 5:30 p.m. PST. Fans who had staked out bleacher seats along Hollywood Boulevard had been waiting since early Saturday.

"I've watched every year since I was a kid, and this is the first time I've seen it in person," said Maria Torres, who drove in from Fresno and waited nine hours for a glimpse of the red carpet. "I'd do it again in a heartbeat."

The race had been unusually open since nominations were announced Jan. 15. "Boyhood" swept the critics' prizes in December and January, but "Birdman" won the top guild awards in the past month, and momentum appeared to shift its way before final voting closed Feb. 17.

Nielsen was expected to release ratings later Monday. Last year's broadcast, hosted by Ellen DeGeneres, drew 43 million viewers, the most for an Oscars telecast in a decade.

The academy has already set next year's ceremony for Feb. 28, 2016.
""", [
    ('Sunday night', 'DATE|TIME', '2015-02-22TNI'),
    ('last year', 'DATE', '2014'),
    ('October', 'DATE', '2014-10'),
    ('the fall', 'DATE', '2014-FA'),
    ('Sunday', 'DATE', '2015-02-22'),
    ('12 years', 'DURATION', 'P12Y'),
    ('2002', 'DATE', '2002'),
    ('more than three and a half hours', 'DURATION', 'PT3H30M|PT3.5H'),
    ('5:30 p.m. PST', 'TIME', '2015-02-22T17:30'),
    ('early Saturday', 'DATE', '2015-02-21'),
    ('every year', 'SET', 'P1Y'),
    ('nine hours', 'DURATION', 'PT9H'),
    ('Jan. 15', 'DATE', '2015-01-15'),
    ('December', 'DATE', '2014-12'),
    ('January', 'DATE', '2015-01'),
    ('the past month', 'DATE|DURATION', 'P1M|2015-01'),
    ('Feb. 17', 'DATE', '2015-02-17'),
    ('later Monday', 'DATE', '2015-02-23'),
    ('Last year', 'DATE', '2014'),
    ('a decade', 'DURATION', 'P10Y'),
    ('next year', 'DATE', '2016'),
    ('Feb. 28, 2016', 'DATE', '2016-02-28'),
]),
# 9. Reuters, television schedules (2017)
('2017-09-05', 'auto', """ABC moves family drama 'Harbor Lights' to Thursdays in fall shake-up

LOS ANGELES, Sept 5 (Reuters) - Walt Disney Co's ABC network will move its family drama "Harbor Lights" to Thursdays this fall, the network said on Tuesday, betting that the show's loyal audience will follow it to one of the most competitive nights on broadcast television.

The drama, which averaged 7.2 million viewers on Sundays during the 2016-17 season, will return on Sept. 28 in the 9 p.m. slot, opposite CBS's comedy block and NBC's "Thursday Night Football" coverage.

ABC had kept the show on its old night when it unveiled its schedule to advertisers in May. Executives changed course last week after a new medical drama tested strongly with audiences, a person familiar with the decision said.

"It's a show people make appointments for," ABC scheduling chief Dana Roper said in a statement. "We think it can anchor a night for us."

Broadcast networks are fighting to hold viewers as audiences shift to streaming services such as Netflix Inc and Hulu. Ratings among adults aged 18 to 49, the group most prized by advertisers, fell about 10 percent across the four major networks in the past year, according to Nielsen data.

Networks increasingly rely on delayed viewing, which counts viewers who watch a show within three days of its broadcast, to make the case to advertisers. "Harbor Lights," which has aired since 2015, adds about 40 percent to its audience in that window.

The traditional premiere week begins on Sept. 25, although several networks have staggered their launches over the next two months to avoid getting lost in the crowd. ABC will roll out its new shows over three weeks.

The slot vacated by "Harbor Lights" goes to the new medical drama, "County General," which was filmed in Toronto over the summer.

ABC said it would also broadcast a two-hour holiday special hosted by the show's cast on Dec. 10, and that its late-night lineup would be unchanged.

Advertisers committed about $9 billion to the broadcast networks during the annual upfront negotiations, which wrapped up in July, media buyers said.

Disney shares were up 0.4 percent at $98.90 in afternoon trading.

(Reporting by Lisa Marsh in Los Angeles; Editing by Dan Grebler)
""", [
    ('Thursdays', 'SET', 'XXXX-WXX-4'),
    ('fall', 'DATE', '2017-FA'),
    ('Sept 5', 'DATE', '2017-09-05'),
    ('Thursdays', 'SET', 'XXXX-WXX-4'),
    ('this fall', 'DATE', '2017-FA'),
    ('Tuesday', 'DATE', '2017-09-05'),
    ('Sundays', 'SET', 'XXXX-WXX-7'),
    ('2016-17', 'DATE', '2016|2017'),
    ('Sept. 28', 'DATE', '2017-09-28'),
    ('9 p.m.', 'TIME|SET', 'XXXX-XX-XXT21:00|2017-09-28T21:00|T21:00'),
    ('May', 'DATE', '2017-05'),
    ('last week', 'DATE', '2017-W35'),
    ('the past year', 'DATE|DURATION', 'P1Y|2016'),
    ('three days', 'DURATION', 'P3D'),
    ('2015', 'DATE', '2015'),
    ('Sept. 25', 'DATE', '2017-09-25'),
    ('the next two months', 'DURATION', 'P2M'),
    ('three weeks', 'DURATION', 'P3W'),
    ('the summer', 'DATE', '2017-SU'),
    ('two-hour', 'DURATION', 'PT2H'),
    ('Dec. 10', 'DATE', '2017-12-10'),
    ('annual', 'SET', 'P1Y'),
    ('July', 'DATE', '2017-07'),
    ('afternoon', 'DATE|TIME', '2017-09-05TAF'),
]),
# 10. BBC Sport, tennis injury before Wimbledon (2019)
('2019-06-28', 'auto', """Wimbledon 2019: Katie Shaw withdraws with wrist injury

British number three Katie Shaw has pulled out of Wimbledon with a wrist injury, hours before the draw for the Championships was made.

Shaw, ranked 71st in the world, was hurt during her quarter-final defeat by Daria Volkova at Eastbourne on Wednesday and had a scan in London on Thursday evening.

The results showed inflammation around a tendon, and she was advised to rest for at least two weeks.

"I practised for 20 minutes this morning and it just wasn't right," said Shaw, who had been given a wildcard earlier this month.

"I've been dreaming about playing on Centre Court since I was a little girl, so this is really hard. But if I play on it now, I could be out for months."

The draw took place at 10:00 BST on Friday, and Shaw's place was taken by a lucky loser from qualifying.

The 26-year-old reached the third round at the All England Club last year, beating a seeded player for the first time, and had been hoping to go further this time.

Her season has already been disrupted. She missed six weeks of the clay-court swing in the spring with a back problem, returning only at the start of June in Nottingham.

British women's head coach Iain Bates said the decision was the right one.

"The grass season only lasts five weeks, and it's cruel that it's happened now," he said. "But she's got a long career ahead of her and the hard-court season starts soon."

Shaw will be assessed again in a fortnight and hopes to return in time for the US Open, which begins on 26 August.

Her withdrawal leaves six British women in the singles draw, the most since 1984. The Championships begin on Monday and run until Sunday, 14 July.

Shaw had also been due to partner Jay Clarke in the mixed doubles, and Clarke will now look for a new partner before Tuesday's entry deadline.

Live coverage from Wimbledon is on BBC TV, radio and online every day of the tournament, with Today at Wimbledon on BBC Two each evening at 20:00 BST.
""", [
    ('2019', 'DATE', '2019'),
    ('hours', 'DURATION', 'PTXH'),
    ('Wednesday', 'DATE', '2019-06-26'),
    ('Thursday evening', 'DATE|TIME', '2019-06-27TEV'),
    ('at least two weeks', 'DURATION', 'P2W'),
    ('20 minutes', 'DURATION', 'PT20M'),
    ('this morning', 'DATE|TIME', '2019-06-28TMO'),
    ('earlier this month', 'DATE', '2019-06'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('months', 'DURATION', 'PXM'),
    ('10:00 BST on Friday', 'TIME', '2019-06-28T10:00'),
    ('last year', 'DATE', '2018'),
    ('six weeks', 'DURATION', 'P6W'),
    ('the spring', 'DATE', '2019-SP'),
    ('the start of June', 'DATE', '2019-06'),
    ('five weeks', 'DURATION', 'P5W'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('soon', 'DATE', 'FUTURE_REF'),
    ('a fortnight', 'DURATION|DATE', 'P2W|2019-W28'),
    ('26 August', 'DATE', '2019-08-26'),
    ('1984', 'DATE', '1984'),
    ('Monday', 'DATE', '2019-07-01'),
    ('Sunday, 14 July', 'DATE', '2019-07-14'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Tuesday', 'DATE', '2019-07-02'),
    ('every day', 'SET', 'P1D'),
    ('each evening at 20:00 BST', 'SET', 'XXXX-XX-XXT20:00|P1D'),
]),
# 11. ESPN, college football anniversary feature told in narrative (2022)
('2022-10-14', 'auto', """Twenty-five years later, the Miracle at Briar Field still echoes

By Dave Whitlock
ESPN Staff Writer

HOLLOWAY, Ky. -- The scoreboard at Briar Field had been broken for most of the afternoon of Oct. 11, 1997, which is probably why so many of the 9,000 fans in the stands left early. By their count, Holloway State was finished.

Carver Tech led 31-10 with nine minutes left. Holloway State's starting quarterback had been carted off with a concussion before halftime, and the backup, a sophomore named Danny Ruiz, had thrown exactly 14 passes in college before that day.

"I remember the band was already packing up," Ruiz says now. "Nobody expected anything. That probably helped."

What happened over the next eight minutes has been retold so often in this corner of Kentucky that the details have grown with each version. The facts are these: Ruiz threw three touchdown passes, the last a 41-yarder to a walk-on receiver, and Holloway State recovered two onside kicks. The game ended at 6:47 p.m., with Ruiz lying face down in the end zone under a pile of teammates.

That night, students carried the goalposts a mile and a half down Main Street and dropped them in Sutter Creek. The next morning, the school's president sent a bill for the damage to every fraternity on campus.

A week later, Holloway State lost by 30 at Eastern Valley. The Bulldogs finished 4-7, and the following year Ruiz transferred to a junior college in Texas.

For years, the radio broadcast of the comeback was thought to be lost. Then, in 2019, a retired station engineer found a cassette in a shoebox in his garage. A student posted the audio online in March, and it has been played more than 2 million times since.

Ruiz, who now coaches high school football outside San Antonio, says he has listened to it once.

"The guy calling the game loses his voice for about 30 seconds after the last touchdown," he says. "That's my favorite part. You can hear the whole place, what was left of it, just losing their minds."

On Saturday, Holloway State will honor the 1997 team at halftime of its homecoming game against, fittingly, Carver Tech. Kickoff is at 2 p.m. ET, and 41 members of the team have said they will attend.

Ruiz will be one of them. He plans to set off tonight, a 17-hour trip he has made every October for the past decade.

"People ask if I get tired of talking about it," he says. "It was three hours of football a quarter-century ago. I'm lucky anybody still wants to hear it."
""", [
    ('Twenty-five years later', 'DATE|DURATION', '2022|P25Y'),
    ('the afternoon of Oct. 11, 1997', 'DATE|TIME', '1997-10-11TAF'),
    ('nine minutes', 'DURATION', 'PT9M'),
    ('that day', 'DATE', '1997-10-11'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the next eight minutes', 'DURATION', 'PT8M'),
    ('6:47 p.m.', 'TIME', '1997-10-11T18:47'),
    ('That night', 'DATE|TIME', '1997-10-11TNI'),
    ('The next morning', 'DATE|TIME', '1997-10-12TMO'),
    ('A week later', 'DATE', '1997-10-18|1997-W42'),
    ('the following year', 'DATE', '1998'),
    ('years', 'DURATION', 'PXY'),
    ('2019', 'DATE', '2019'),
    ('March', 'DATE', '2022-03'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('about 30 seconds', 'DURATION', 'PT30S'),
    ('Saturday', 'DATE', '2022-10-15'),
    ('1997', 'DATE', '1997'),
    ('2 p.m. ET', 'TIME', '2022-10-15T14:00'),
    ('tonight', 'DATE|TIME', '2022-10-14TNI'),
    ('17-hour', 'DURATION', 'PT17H'),
    ('every October', 'SET', 'XXXX-10'),
    ('the past decade', 'DURATION', 'P10Y'),
    ('three hours', 'DURATION', 'PT3H'),
    ('a quarter-century ago', 'DATE', '1997'),
]),
# 12. Variety, festival acquisition (2025)
('2025-03-10', 'auto', """Neon Buys SXSW Drama 'Lowland Hymns' After Rapturous Premiere

By Rebecca Stiles

Neon has acquired North American rights to "Lowland Hymns," the debut feature from writer-director Amara Okafor, following the film's world premiere at SXSW on Saturday night.

The deal, said to be in the low seven figures, closed early Monday after talks that ran through Sunday and drew interest from at least three other distributors, according to individuals familiar with the negotiations.

Neon, fresh off its best picture win for "Anora" earlier this month, plans a theatrical release in the fall, positioning the film for a possible awards run.

The 98-minute drama follows two estranged sisters who return to their late father's crawfish farm in rural Louisiana after a hurricane. Okafor spent six years developing the script, which she wrote while working as a hotel receptionist in Baton Rouge.

"There were long stretches when I thought nobody would ever see it," Okafor told Variety on Sunday. "Right now I'm still trying to process the last 48 hours."

The film was shot over 23 days in the summer of 2023 on a budget of under $2 million, much of it raised from local investors. Its premiere at the Paramount Theatre drew a standing ovation that lasted nearly four minutes, and several buyers were in talks before the end credits finished rolling.

The acquisition is Neon's second festival pickup of the year; the company also bought a horror title at Sundance in January. SXSW, which runs through Saturday, has become an increasingly important market in recent years, with several of its 2024 titles landing distribution within weeks of their premieres.

"Lowland Hymns" stars newcomer Simone Batiste alongside veteran character actor Louis Fontenot, who is currently shooting a limited series for HBO in New Orleans. Both attended the premiere, and Fontenot led the crowd in a second round of applause when Okafor's mother stood up in the balcony.

A second screening is set for Tuesday at 4:15 p.m., and a third for Friday morning. Tickets for both sold out within an hour of the buzz breaking online.

The deal was negotiated by CAA Media Finance on behalf of the filmmakers. Neon is expected to announce a release date in the next few weeks.

SXSW's closing-night film, the Universal comedy "Big Weekend," screens March 15.
""", [
    ('Saturday night', 'DATE|TIME', '2025-03-08TNI'),
    ('early Monday', 'DATE', '2025-03-10'),
    ('Sunday', 'DATE', '2025-03-09'),
    ('earlier this month', 'DATE', '2025-03'),
    ('the fall', 'DATE', '2025-FA'),
    ('98-minute', 'DURATION', 'PT98M'),
    ('six years', 'DURATION', 'P6Y'),
    ('Sunday', 'DATE', '2025-03-09'),
    ('Right now', 'DATE', 'PRESENT_REF'),
    ('the last 48 hours', 'DURATION', 'PT48H'),
    ('23 days', 'DURATION', 'P23D'),
    ('the summer of 2023', 'DATE', '2023-SU'),
    ('nearly four minutes', 'DURATION', 'PT4M'),
    ('the year', 'DATE', '2025'),
    ('January', 'DATE', '2025-01'),
    ('Saturday', 'DATE', '2025-03-15'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('2024', 'DATE', '2024'),
    ('weeks', 'DURATION', 'PXW'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('Tuesday at 4:15 p.m.', 'TIME', '2025-03-11T16:15'),
    ('Friday morning', 'DATE|TIME', '2025-03-14TMO'),
    ('an hour', 'DURATION', 'PT1H'),
    ('the next few weeks', 'DURATION', 'PXW'),
    ('March 15', 'DATE', '2025-03-15'),
]),
]
