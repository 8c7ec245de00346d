# Gold TIMEX3 probe set 40: twelve sport, science and technology articles of 2000-2024 in the styles of AP, Reuters, BBC Sport, ESPN, Nature news, Science, The Verge and Wired, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, NFL injury news / game preview (2009)
('2009-11-12', 'auto', """Bengals' Dell to miss Steelers rematch with knee sprain

CINCINNATI (AP) -- Cincinnati Bengals linebacker Marcus Dell will miss Sunday's game against the Pittsburgh Steelers with a sprained left knee, coach Marvin Lewis said Wednesday.

Dell, 27, was hurt in the third quarter of last week's 17-7 win over Baltimore and had an MRI exam on Monday. Lewis said the injury was not as serious as first feared and that Dell could return within three weeks.

"He wanted to practice, and we told him no," Lewis said. "We're going to be smart about it. We need him in December, not just this weekend."

The Bengals (6-2) lead the AFC North by one game over the Steelers, who beat Denver 28-10 on Monday night. Cincinnati won the first meeting 23-20 on Sept. 27, when a touchdown pass with 14 seconds left capped an 80-yard drive.

Dell has started every game since 2007 and leads the team with 61 tackles. He signed a five-year, $28 million contract extension in March.

Rookie Dontay Harris, who has played mostly on early downs this season, is expected to take Dell's spot. Backup Abdul Hodge was claimed off waivers two weeks ago and has practiced with the first team since Friday.

The Bengals have not swept the Steelers since 1998 and have lost 11 of their last 14 games at Heinz Field. Kickoff is set for 1 p.m. Sunday, and the game will be televised regionally by CBS.

Cincinnati also placed tight end Kyle Brandt on injured reserve Tuesday and re-signed wide receiver Tony Baker, who was cut late last month. Lewis said running back Cedric Benson, who has missed practice twice this week with a sore hip, would be a game-time decision.

"Cedric tells me he's fine every day," Lewis said with a laugh. "He'll tell me he's fine on Saturday night, too."

The Steelers are dealing with problems of their own. Safety Jamal Price has been limited for the past four weeks by a hamstring injury, and coach Mike Tomlin said Wednesday that his status would be decided by Friday.

Pittsburgh has won four straight, its longest streak since last season, when it won the Super Bowl in February. A win Sunday would move the Steelers into a tie for first place with seven games to play.

The Bengals close the regular season on Jan. 3 against the New York Jets, a game that could decide playoff seeding.
""", [
    ('Sunday', 'DATE', '2009-11-15'),
    ('Wednesday', 'DATE', '2009-11-11'),
    ('last week', 'DATE', '2009-W45'),
    ('Monday', 'DATE', '2009-11-09'),
    ('three weeks', 'DURATION', 'P3W'),
    ('December', 'DATE', '2009-12'),
    ('this weekend', 'DATE', '2009-W46-WE'),
    ('Monday night', 'DATE|TIME', '2009-11-09TNI'),
    ('Sept. 27', 'DATE', '2009-09-27'),
    ('14 seconds', 'DURATION', 'PT14S'),
    ('2007', 'DATE', '2007'),
    ('five-year', 'DURATION', 'P5Y'),
    ('March', 'DATE', '2009-03'),
    ('this season', 'DATE', '2009'),
    ('two weeks ago', 'DATE', '2009-W44|2009-10-29'),
    ('Friday', 'DATE', '2009-11-06'),
    ('1998', 'DATE', '1998'),
    ('1 p.m. Sunday', 'TIME', '2009-11-15T13:00'),
    ('Tuesday', 'DATE', '2009-11-10'),
    ('late last month', 'DATE', '2009-10'),
    ('this week', 'DATE', '2009-W46'),
    ('every day', 'SET', 'P1D'),
    ('Saturday night', 'DATE|TIME', '2009-11-14TNI'),
    ('the past four weeks', 'DURATION', 'P4W'),
    ('Wednesday', 'DATE', '2009-11-11'),
    ('Friday', 'DATE', '2009-11-13'),
    ('last season', 'DATE', '2008'),
    ('February', 'DATE', '2009-02'),
    ('Sunday', 'DATE', '2009-11-15'),
    ('Jan. 3', 'DATE', '2010-01-03'),
]),
# 2. Reuters, football transfer news on deadline day (2016)
('2016-08-31', 'auto', """Everton sign Valencia defender Ruiz on deadline day

LONDON, Aug 31 (Reuters) - Everton have signed Valencia centre back Marco Ruiz on a five-year contract for a fee reported to be about 25 million pounds ($32.8 million), the Premier League club said on Wednesday.

The 24-year-old Spain international passed a medical on Tuesday evening and completed the move hours before the transfer window closes at 11 p.m. British time (2200 GMT).

"Marco is a player we have followed for more than two years," manager Ronald Koeman told the club's website. "He is strong, he reads the game well and he is still improving."

Ruiz made 31 league appearances for Valencia, who finished 12th in La Liga in May, their worst campaign in a decade. He joined the club's academy in 2005 at the age of 13 and made his first-team debut four years later.

Everton, who were bought by British-Iranian businessman Farhad Moshiri in February, have spent more than 70 million pounds this summer. They sold John Stones to Manchester City for 47.5 million pounds earlier this month.

Koeman, who was appointed in June after leaving Southampton, has made defensive reinforcement a priority. Everton conceded 55 league goals as they finished 11th, their worst defensive record since 1994.

Ruiz's agent, Jorge Salas, said the two clubs had been negotiating for weeks and agreed terms over the weekend.

"We were close last Thursday, then Valencia asked for more," Salas told Spanish radio station Cadena SER. "On Monday everything moved quickly."

Valencia, who have sold three first-team players since July, said they would use the money to strengthen the squad in January, when the window reopens.

Elsewhere, Chelsea were close to re-signing Brazil defender David Luiz from Paris St Germain, who bought him from the London club in 2014, according to British media reports.

Premier League clubs were expected to break the spending record of 870 million pounds set last year. Financial advisers Deloitte said on Tuesday that gross spending by the 20 clubs had risen every year since 2012.

Ruiz could make his debut when Everton travel to Sunderland on Monday, Sept. 12, after the international break.

(Reporting by Michael Hann; Editing by Ken Ferris)
""", [
    ('Aug 31', 'DATE', '2016-08-31'),
    ('five-year', 'DURATION', 'P5Y'),
    ('Wednesday', 'DATE', '2016-08-31'),
    ('Tuesday evening', 'DATE|TIME', '2016-08-30TEV'),
    ('hours', 'DURATION', 'PTXH'),
    ('11 p.m.', 'TIME', '2016-08-31T23:00'),
    ('2200 GMT', 'TIME', '2016-08-31T22:00'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('May', 'DATE', '2016-05'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('2005', 'DATE', '2005'),
    ('four years later', 'DATE', '2009'),
    ('February', 'DATE', '2016-02'),
    ('this summer', 'DATE', '2016-SU'),
    ('earlier this month', 'DATE', '2016-08'),
    ('June', 'DATE', '2016-06'),
    ('1994', 'DATE', '1994'),
    ('weeks', 'DURATION', 'PXW'),
    ('the weekend', 'DATE', '2016-W34-WE'),
    ('last Thursday', 'DATE', '2016-08-25'),
    ('Monday', 'DATE', '2016-08-29'),
    ('July', 'DATE', '2016-07'),
    ('January', 'DATE', '2017-01'),
    ('2014', 'DATE', '2014'),
    ('last year', 'DATE', '2015'),
    ('Tuesday', 'DATE', '2016-08-30'),
    ('every year', 'SET', 'P1Y'),
    ('2012', 'DATE', '2012'),
    ('Monday, Sept. 12', 'DATE', '2016-09-12'),
]),
# 3. BBC Sport, Championship match report on Boxing Day (2019)
('2019-12-26', 'auto', """Hull City 2-1 Stoke City: Jarrod Bowen double lifts Tigers into top half

Jarrod Bowen scored twice as Hull City came from behind to beat struggling Stoke City and climb into the top half of the Championship on Boxing Day.

Stoke, who had won three of their previous four games under Michael O'Neill, led after 20 minutes when Sam Vokes headed in Tom Ince's corner.

Hull were booed off at half-time but levelled in the 56th minute when Bowen curled a shot into the far corner, and the 22-year-old won it with a low finish after a quick break led by Kamil Grosicki.

Stoke's Lee Gregory had a header tipped over by George Long as the visitors, who remain 22nd, pushed for an equaliser in five minutes of stoppage time. They have not won away from home since August.

Hull, who lost 4-0 at Leeds on Saturday, have won four of their past six league games.

Bowen, whose contract expires next summer, has been watched by several Premier League clubs and is expected to attract bids when the transfer window opens next week.

"Jarrod is our best player and I want him here beyond January," said Hull boss Grant McCann. "But I've been in football long enough to know nothing is guaranteed."

Hull, relegated from the top flight in 2017, have spent just \u00a34m on transfer fees in the past three years, and McCann admitted the club may have to sell to balance the books.

O'Neill, who will also remain Northern Ireland manager for the Euro 2020 play-offs in March, was appointed last month following the sacking of Nathan Jones.

"We were poor for the last half an hour and we've paid for it," O'Neill told BBC Radio Stoke. "Two days ago I said we had turned a corner. Today shows we still have a long way to go."

The Potters have conceded 39 goals in 23 games, the worst record in the division, and O'Neill said he hoped to add "two or three" players in the new year.

Man of the match: Jarrod Bowen (Hull City)

What's next?

Hull visit Sheffield Wednesday on Sunday (15:00 GMT), while Stoke host Huddersfield Town on the same day.
""", [
    ('Boxing Day', 'DATE', '2019-12-26'),
    ('20 minutes', 'DURATION', 'PT20M'),
    ('five minutes', 'DURATION', 'PT5M'),
    ('August', 'DATE', '2019-08'),
    ('Saturday', 'DATE', '2019-12-21'),
    ('next summer', 'DATE', '2020-SU'),
    ('next week', 'DATE', '2020-W01'),
    ('January', 'DATE', '2020-01'),
    ('2017', 'DATE', '2017'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('March', 'DATE', '2020-03'),
    ('last month', 'DATE', '2019-11'),
    ('the last half an hour', 'DURATION', 'PT30M'),
    ('Two days ago', 'DATE', '2019-12-24'),
    ('Today', 'DATE', '2019-12-26'),
    ('the new year', 'DATE', '2020'),
    ('Sunday', 'DATE', '2019-12-29'),
    ('15:00 GMT', 'TIME', '2019-12-29T15:00'),
    ('the same day', 'DATE', '2019-12-29'),
]),
# 4. ESPN, NBA retirement with career review (2021)
('2021-07-08', 'auto', """Derrick Owens, title-winning center with the Mavericks, retires

Derrick Owens, the two-time All-Star center who won a championship with the Dallas Mavericks a decade ago, announced his retirement Thursday, ending a 15-year career that took him to six franchises.

Owens, 36, made the announcement in a video posted to social media Thursday morning. On Tuesday, he had told the Portland Trail Blazers he would not exercise his $9.7 million player option.

"I've been thinking about this since the bubble last summer," Owens said. "My body has been telling me for months. I want to coach my son's team, and I want to sleep in my own bed."

The 7-footer was taken 11th overall by Seattle in the 2006 draft and played for the SuperSonics and the Oklahoma City Thunder from 2006 to 2009 before a trade sent him to Dallas. He started 78 games for the Mavericks in 2011, when they beat Miami in six games for the franchise's first title.

"Everybody remembers Dirk, and they should," former Dallas assistant coach Terry Vance, who was hired by Indiana two weeks ago, told ESPN on Wednesday. "But we don't win that series without Derrick guarding the paint."

Owens averaged 11.4 points and 8.9 rebounds over his career and made the All-Star team in 2012 and 2014 with the Memphis Grizzlies. He spent his final two years in Portland, mostly as a backup, and averaged 4.1 points before the Blazers were eliminated by Denver in the first round last month.

He had surgery on his left knee in the summer of 2019 and never fully recovered, he said. He has done rehabilitation work three times a week ever since.

Owens said he plans to stay in Portland for now and will spend the coming months working with the Blazers' player development staff. The Mavericks said they will honor him at a home game in the fall.

"I'm not going to disappear," he said. "I don't know what the future holds. Ask me again next year. Maybe I'll be sitting in somebody's front office."

The NBA Finals resume tonight in Phoenix, where the Suns lead the Milwaukee Bucks 1-0.
""", [
    ('a decade ago', 'DATE', '2011|201'),
    ('Thursday', 'DATE', '2021-07-08'),
    ('15-year', 'DURATION', 'P15Y'),
    ('Thursday morning', 'DATE|TIME', '2021-07-08TMO'),
    ('Tuesday', 'DATE', '2021-07-06'),
    ('last summer', 'DATE', '2020-SU'),
    ('months', 'DURATION', 'PXM'),
    ('2006', 'DATE', '2006'),
    ('2006', 'DATE', '2006'),
    ('2009', 'DATE', '2009'),
    ('2011', 'DATE', '2011'),
    ('two weeks ago', 'DATE', '2021-W25|2021-06-24'),
    ('Wednesday', 'DATE', '2021-07-07'),
    ('2012', 'DATE', '2012'),
    ('2014', 'DATE', '2014'),
    ('two years', 'DURATION', 'P2Y'),
    ('last month', 'DATE', '2021-06'),
    ('the summer of 2019', 'DATE', '2019-SU'),
    ('three times a week', 'SET', 'P1W'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('the fall', 'DATE', '2021-FA'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('next year', 'DATE', '2022'),
    ('tonight', 'DATE|TIME', '2021-07-08TNI'),
]),
# 5. Nature news, Mars launch window (2020)
('2020-07-15', 'auto', """Mars missions line up for launch as planetary window opens

The United Arab Emirates, China and the United States plan to send spacecraft to the red planet in the coming weeks.

By Harriet Cole

The first of three missions bound for Mars this summer was supposed to lift off this week, but thunderstorms over southern Japan have forced a delay. The United Arab Emirates' Hope orbiter had been set to launch from the Tanegashima Space Center at 5:51 a.m. on 15 July, local time. Mission officials said on Tuesday that the launch would take place no earlier than Friday.

Earth and Mars line up favourably only once every 26 months, so any mission that misses this window, which closes in mid-August, faces a long wait.

China's Tianwen-1, which combines an orbiter, a lander and a rover, is expected to launch from Wenchang on Hainan Island around 23 July. NASA's Perseverance rover is scheduled to follow on 30 July, after a string of technical problems pushed the date back from 17 July.

"It is an extraordinary moment," says Sarah Lindqvist, a planetary scientist at the University of Arizona in Tucson. "Fifteen years ago, it would have been hard to imagine three nations launching to Mars within weeks of each other."

The pandemic has made the preparations harder. Engineers at NASA's Jet Propulsion Laboratory in Pasadena, California, have worked in shifts since March, and the Emirati team had to fly its spacecraft to Japan in April, then spend two weeks in quarantine before they could begin work at the launch site.

Europe will sit this one out. The European Space Agency and Russia's space agency Roscosmos said earlier this year that their ExoMars rover would not be ready in time, and postponed its launch to 2022.

If all goes to plan, the three spacecraft will reach Mars in February 2021. Perseverance is due to land in Jezero Crater on 18 February, where it will collect rock samples that a later mission could return to Earth as early as 2031.

Hope, which was built over six years with help from the University of Colorado Boulder, will orbit Mars for at least two years and take a complete picture of its atmosphere every nine days.

China's ambitions are less clear. Officials have said little in public about Tianwen-1, which was approved in 2016. The country's last attempt to reach Mars, the small Yinghuo-1 orbiter, was lost in 2011 when the Russian probe carrying it failed to leave Earth orbit.

"Nobody should assume this is easy," Lindqvist says. "Roughly half of all Mars missions have failed."
""", [
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('this summer', 'DATE', '2020-SU'),
    ('this week', 'DATE', '2020-W29'),
    ('5:51 a.m. on 15 July', 'TIME', '2020-07-15T05:51'),
    ('Tuesday', 'DATE', '2020-07-14'),
    ('Friday', 'DATE', '2020-07-17'),
    ('once every 26 months', 'SET', 'P26M'),
    ('mid-August', 'DATE', '2020-08'),
    ('23 July', 'DATE', '2020-07-23'),
    ('30 July', 'DATE', '2020-07-30'),
    ('17 July', 'DATE', '2020-07-17'),
    ('Fifteen years ago', 'DATE', '2005'),
    ('weeks', 'DURATION', 'PXW'),
    ('March', 'DATE', '2020-03'),
    ('April', 'DATE', '2020-04'),
    ('two weeks', 'DURATION', 'P2W'),
    ('earlier this year', 'DATE', '2020'),
    ('2022', 'DATE', '2022'),
    ('February 2021', 'DATE', '2021-02'),
    ('18 February', 'DATE', '2021-02-18'),
    ('2031', 'DATE', '2031'),
    ('six years', 'DURATION', 'P6Y'),
    ('at least two years', 'DURATION', 'P2Y'),
    ('every nine days', 'SET', 'P9D'),
    ('2016', 'DATE', '2016'),
    ('2011', 'DATE', '2011'),
]),
# 6. Science, malaria antibody clinical trial (2022)
('2022-09-29', 'auto', """Single antibody shot protects adults from malaria for six months

Results from Mali raise hopes for a long-acting alternative to vaccines and monthly pills

29 SEP 2022 BY MEREDITH WADDELL

A single injection of a laboratory-made antibody protected most adults in rural Mali from malaria for half a year, researchers reported on Wednesday in The New England Journal of Medicine.

The phase 2 trial enrolled 330 healthy adults in two villages in July 2021, just before transmission by Anopheles mosquitoes usually peaks. Participants received either a placebo or one of two doses of the antibody, called MAM-21, through an intravenous drip that took about 20 minutes.

Over the following 24 weeks, 39% of those who got the placebo were infected with Plasmodium falciparum, compared with 12% of those who got the lower dose and 8% of those who got the higher one. None of the participants had serious side effects.

"Two years ago, we weren't sure this would work in the field at all," says Kassoum Diarra, a physician at the University of Sciences, Techniques and Technologies of Bamako who co-led the study. "Now we have real numbers."

Malaria killed an estimated 627,000 people in 2020, most of them young children in sub-Saharan Africa. The World Health Organization recommended the first malaria vaccine, RTS,S, for broad use last October, but it requires four doses and the protection it offers fades within months.

In much of the Sahel, young children currently receive antimalarial pills monthly for four months each year, a strategy that depends on families returning to clinics again and again.

The antibody, which the US National Institutes of Health has been developing since 2017, targets a protein that the parasite uses to invade the liver. Researchers modified it to last longer in the blood, and an earlier version showed promise in a small US study in which volunteers were deliberately infected last year.

Diarra's team has already begun a second trial in 225 children aged 6 to 10, and expects results by mid-2023. Researchers also plan to test whether the antibody can be injected under the skin, which would be quicker and cheaper.

Cost remains a big hurdle. Each dose now costs several hundred dollars to make, although manufacturers say the price could fall sharply in the coming years.

"We are not going to replace vaccines," says Paul Whitaker, an immunologist at NIH's Vaccine Research Center who helped design the antibody. "But for soldiers, for travelers and for villages where malaria is seasonal, this could be a powerful tool."

The trial will continue to follow participants through the end of the year to see how long protection lasts.
""", [
    ('six months', 'DURATION', 'P6M'),
    ('monthly', 'SET', 'P1M'),
    ('29 SEP 2022', 'DATE', '2022-09-29'),
    ('half a year', 'DURATION', 'P6M'),
    ('Wednesday', 'DATE', '2022-09-28'),
    ('July 2021', 'DATE', '2021-07'),
    ('about 20 minutes', 'DURATION', 'PT20M'),
    ('the following 24 weeks', 'DURATION', 'P24W'),
    ('Two years ago', 'DATE', '2020'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('2020', 'DATE', '2020'),
    ('last October', 'DATE', '2021-10'),
    ('months', 'DURATION', 'PXM'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('monthly', 'SET', 'P1M'),
    ('four months', 'DURATION', 'P4M'),
    ('each year', 'SET', 'P1Y'),
    ('2017', 'DATE', '2017'),
    ('last year', 'DATE', '2021'),
    ('mid-2023', 'DATE', '2023'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the coming years', 'DURATION|DATE', 'PXY|FUTURE_REF'),
    ('the end of the year', 'DATE', '2022|2022-12'),
]),
# 7. The Verge, smartphone launch and release dates (2017)
('2017-09-13', 'auto', """The iPhone X won't ship until November, and that's a problem for the iPhone 8

Apple's most exciting phone in years is still seven weeks away

By Nadia Okafor  Sep 13, 2017, 10:02am EDT

Apple finally showed off the iPhone X yesterday, and it's the biggest change to the iPhone since the original went on sale a decade ago. It's also going to be very hard to buy one this year.

The $999 phone won't be available to preorder until October 27th, and it won't be in stores until November 3rd -- six weeks after the iPhone 8 and 8 Plus, which go up for preorder this Friday at 12:01AM PT and hit shelves on September 22nd. Analysts expect supplies of the X to be tight through the end of the year, and some warn that anyone who doesn't order right away could be waiting until early next year.

That leaves Apple in an odd position. For years, the company has launched its new flagship every fall and watched sales spike right away. This time, the phone everyone wants is almost two months away, while the iPhone 8 looks a lot like last year's iPhone 7, which looked a lot like the iPhone 6 from 2014.

I spent about 10 minutes with the X after the keynote, and the 5.8-inch OLED screen is genuinely stunning. Face ID, which replaces the fingerprint sensor Apple introduced on the iPhone 5S in 2013, unlocked the phone quickly in the bright demo room. It was less reliable on Tuesday afternoon, when Craig Federighi's demo unit famously asked for a passcode on stage.

The event was the first held at the Steve Jobs Theater on Apple's new campus in Cupertino, which started welcoming employees in April. Tim Cook opened with a tribute to Jobs, who died nearly six years ago.

There's other news, too. The Apple Watch Series 3 can make calls over LTE without a phone nearby, and it also ships on September 22nd, for $399, plus a monthly fee from your carrier. The Apple TV 4K arrives the same day. And iOS 11 will be released for older iPhones and iPads next Tuesday.

Wall Street won't get a clear picture of demand for the X until Apple reports results for the December quarter in late January. In the meantime, expect long lines, sold-out messages, and a lot of people deciding whether a notch is worth waiting for.

We'll have a full review of the iPhone 8 next week, and the X as soon as Apple lets us.
""", [
    ('November', 'DATE', '2017-11'),
    ('years', 'DURATION', 'PXY'),
    ('seven weeks', 'DURATION', 'P7W'),
    ('Sep 13, 2017, 10:02am EDT', 'TIME', '2017-09-13T10:02'),
    ('yesterday', 'DATE', '2017-09-12'),
    ('a decade ago', 'DATE', '2007|200'),
    ('this year', 'DATE', '2017'),
    ('October 27th', 'DATE', '2017-10-27'),
    ('November 3rd', 'DATE', '2017-11-03'),
    ('six weeks', 'DURATION', 'P6W'),
    ('this Friday at 12:01AM PT', 'TIME', '2017-09-15T00:01'),
    ('September 22nd', 'DATE', '2017-09-22'),
    ('the end of the year', 'DATE', '2017|2017-12'),
    ('early next year', 'DATE', '2018'),
    ('years', 'DURATION', 'PXY'),
    ('every fall', 'SET', 'XXXX-FA'),
    ('almost two months', 'DURATION', 'P2M'),
    ('last year', 'DATE', '2016'),
    ('2014', 'DATE', '2014'),
    ('about 10 minutes', 'DURATION', 'PT10M'),
    ('2013', 'DATE', '2013'),
    ('Tuesday afternoon', 'DATE|TIME', '2017-09-12TAF'),
    ('April', 'DATE', '2017-04'),
    ('nearly six years ago', 'DATE', '2011'),
    ('September 22nd', 'DATE', '2017-09-22'),
    ('monthly', 'SET', 'P1M'),
    ('the same day', 'DATE', '2017-09-22'),
    ('next Tuesday', 'DATE', '2017-09-19'),
    ('the December quarter', 'DATE', '2017-Q4'),
    ('late January', 'DATE', '2018-01'),
    ('next week', 'DATE', '2017-W38'),
]),
# 8. Wired, feature on AI data centers and the power grid (2024)
('2024-03-05', 'auto', """The AI Boom Is Running Into a Very Old Problem: The Power Grid

Developers in Northern Virginia's "Data Center Alley" are being told to wait years for electricity. Some have stopped waiting.

In late February, Maya Ostrander walked me across a muddy field in Loudoun County, Virginia, where her company plans to build a 300-megawatt data center.

"Two years ago, you'd call the utility and they'd say, sure, we'll have power for you by the time you open," says Ostrander, the head of development at Halcyon Grid, a startup that builds facilities for AI companies. "Now they tell you 2028. Maybe 2030."

Loudoun County has more data centers than anywhere else on Earth, thanks in part to the fiber networks that AOL and others laid around nearby Dulles in the 1990s. For most of the past decade, the local utility, Dominion Energy, kept up with demand. That changed in the summer of 2022, when Dominion warned that it could not connect some new facilities in the county until it upgraded its transmission lines, a job it said could last until 2026.

Enter ChatGPT. Since its release in November 2022, tech companies have been racing to build the vast clusters of chips needed to train large language models, and training a single frontier model can keep tens of thousands of processors running nonstop for months.

Dominion told state regulators in January that it expects peak demand in its territory to grow about 5 percent annually over the next 15 years. The Virginia State Corporation Commission will hold hearings on the utility's long-term plan this spring and is expected to rule by the end of the year.

Ostrander isn't waiting for the ruling. Halcyon recently hired a former Dominion engineer to run its grid applications, and it has ordered natural gas turbines that are scheduled to arrive in the third quarter, enough to run the first building on its own. It has also signed a letter of intent with a company developing small modular nuclear reactors, though those are unlikely to be commercially available before the early 2030s.

"Every week, somebody calls me asking for 100 megawatts by next year," she says. "I have to tell them the truth: Nobody has that right now."

Critics say the rush is pushing utilities to keep fossil-fuel plants open longer. Dominion had planned to close several gas and coal units by 2045, when Virginia law requires it to be carbon-free, but its latest plan proposes building new gas plants instead.

Standing in the mud, Ostrander pointed to a line of transmission towers about a mile away. "The power is right there," she said. "It's just not ours yet."
""", [
    ('years', 'DURATION', 'PXY'),
    ('late February', 'DATE', '2024-02'),
    ('Two years ago', 'DATE', '2022'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('2028', 'DATE', '2028'),
    ('2030', 'DATE', '2030'),
    ('the 1990s', 'DATE', '199'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('the summer of 2022', 'DATE', '2022-SU'),
    ('2026', 'DATE', '2026'),
    ('November 2022', 'DATE', '2022-11'),
    ('months', 'DURATION', 'PXM'),
    ('January', 'DATE', '2024-01'),
    ('annually', 'SET', 'P1Y'),
    ('the next 15 years', 'DURATION', 'P15Y'),
    ('this spring', 'DATE', '2024-SP'),
    ('the end of the year', 'DATE', '2024|2024-12'),
    ('recently', 'DATE', 'PAST_REF'),
    ('the third quarter', 'DATE', '2024-Q3'),
    ('the early 2030s', 'DATE', '203'),
    ('Every week', 'SET', 'P1W'),
    ('next year', 'DATE', '2025'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('2045', 'DATE', '2045'),
]),
# 9. AP, cycling doping case after the Tour de France (2006)
('2006-07-28', 'auto', """Tour stage winner tests positive for testosterone

PARIS (AP) -- A Swedish rider who won a mountain stage at the Tour de France last week has tested positive for testosterone, his team said Friday, another blow to a sport already shaken by a doping investigation that kept several top riders out of this year's race.

Jonas Ekberg, 29, was suspended by his Danish-registered team pending the result of his backup "B" sample. Ekberg won the 16th stage, a brutal climb in the Alps, on July 19, and finished 14th overall when the three-week race ended Sunday in Paris.

Cycling's governing body, the International Cycling Union, informed the team Thursday that a urine sample taken after the stage showed an abnormal ratio of testosterone to epitestosterone. Results of the B sample are expected early next week.

"We are shocked," team manager Lars Holm told French radio RTL this morning. "Jonas has always told us he is clean, and we want to believe him. But our rules are clear."

Ekberg, who denied wrongdoing in a brief statement, said he would hold a news conference in Stockholm at 11 a.m. Saturday.

"I have been tested more than 40 times in the past two years and never had a problem," he said. "I will prove that I did nothing wrong."

If the second test confirms the first, Ekberg faces a two-year ban and would almost certainly be fired. His contract runs through 2007.

The Tour began July 1 in Strasbourg without Jan Ullrich and Ivan Basso, two of the top three finishers from last year, who were sent home the day before after being linked to a Spanish doping inquiry. Spanish police in May seized hundreds of bags of blood and doping products in Madrid as part of the investigation, known as Operation Puerto.

Tour director Jean-Marie Leblanc said organizers would consider asking Ekberg to return the prize money he earned this month.

"We have been fighting this for eight years, since the Festina affair," Leblanc said. "Every summer we hope it will be different. Every summer someone disappoints us."

Ekberg turned professional in 2001 and rode for Danish team CSC from 2002 to 2004 before joining his present squad. He won a stage of the Tour of Switzerland in June.

Next year's Tour starts in London on July 7.
""", [
    ('last week', 'DATE', '2006-W29'),
    ('Friday', 'DATE', '2006-07-28'),
    ('this year', 'DATE', '2006'),
    ('July 19', 'DATE', '2006-07-19'),
    ('three-week', 'DURATION', 'P3W'),
    ('Sunday', 'DATE', '2006-07-23'),
    ('Thursday', 'DATE', '2006-07-27'),
    ('early next week', 'DATE', '2006-W31'),
    ('this morning', 'DATE|TIME', '2006-07-28TMO'),
    ('11 a.m. Saturday', 'TIME', '2006-07-29T11:00'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('two-year', 'DURATION', 'P2Y'),
    ('2007', 'DATE', '2007'),
    ('July 1', 'DATE', '2006-07-01'),
    ('last year', 'DATE', '2005'),
    ('the day before', 'DATE', '2006-06-30'),
    ('May', 'DATE', '2006-05'),
    ('this month', 'DATE', '2006-07'),
    ('eight years', 'DURATION', 'P8Y'),
    ('Every summer', 'SET', 'XXXX-SU'),
    ('Every summer', 'SET', 'XXXX-SU'),
    ('2001', 'DATE', '2001'),
    ('2002', 'DATE', '2002'),
    ('2004', 'DATE', '2004'),
    ('June', 'DATE', '2006-06'),
    ('Next year', 'DATE', '2007'),
    ('July 7', 'DATE', '2007-07-07'),
]),
# 10. Reuters, chipmaker quarterly earnings (2011)
('2011-04-20', 'auto', """Norland Semiconductor profit jumps 41 pct on smartphone chips

* Q1 EPS 38 cents vs. Street view 33 cents
* Sees Q2 revenue $1.52 bln-$1.58 bln
* Shares up 6 pct

SAN JOSE, California, April 20 (Reuters) - Norland Semiconductor Corp reported a 41 percent jump in first-quarter profit on Tuesday and forecast second-quarter revenue above Wall Street estimates, as demand for its smartphone and tablet chips more than offset weakness in personal computers.

Shares of the chipmaker rose 6 percent to $23.15 in early trading on Wednesday, their biggest gain since July. The stock had fallen 12 percent this year through Tuesday's close.

Net income rose to $212 million, or 38 cents a share, from $150 million, or 27 cents, a year earlier. Revenue climbed 18 percent to $1.46 billion.

Analysts on average had expected earnings of 33 cents a share on revenue of $1.41 billion, according to Thomson Reuters I/B/E/S.

For the current quarter, Norland forecast revenue of $1.52 billion to $1.58 billion, compared with the average analyst estimate of $1.49 billion.

"Smartphones and tablets are now more than half of our business, and that happened in about two years," Chief Executive Karen Liu said on a conference call with analysts on Tuesday evening. "Three years ago, PCs were 70 percent of our sales."

Liu said demand for PC chips had been soft since December but should improve in the second half, when companies typically replace office computers.

The company raised its capital spending forecast for fiscal 2011 to about $900 million from $750 million, and said it would begin production at a new plant in Taiwan in the fourth quarter.

Norland said the March 11 earthquake and tsunami in Japan had not disrupted its supply of silicon wafers, but Liu warned that shortages of some chemicals could emerge in the coming months.

"We talk to our Japanese suppliers daily," she said. "Right now, we have enough inventory to get through June."

Norland, which was spun off from a Dutch electronics group in 2004, also raised its quarterly dividend by 2 cents to 10 cents a share, payable on June 1 to shareholders of record as of May 10.

Rival Intel Corp, which reported results on Tuesday as well, said it expected record revenue in 2011, helped by strong demand from data centers.

(Reporting by Sarah McBride; Editing by Gary Hill)
""", [
    ('Q1', 'DATE', '2011-Q1'),
    ('Q2', 'DATE', '2011-Q2'),
    ('April 20', 'DATE', '2011-04-20'),
    ('first-quarter', 'DATE', '2011-Q1'),
    ('Tuesday', 'DATE', '2011-04-19'),
    ('second-quarter', 'DATE', '2011-Q2'),
    ('Wednesday', 'DATE', '2011-04-20'),
    ('July', 'DATE', '2010-07'),
    ('this year', 'DATE', '2011'),
    ('Tuesday', 'DATE', '2011-04-19'),
    ('a year earlier', 'DATE', '2010-Q1|2010'),
    ('the current quarter', 'DATE', '2011-Q2'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('about two years', 'DURATION', 'P2Y'),
    ('Tuesday evening', 'DATE|TIME', '2011-04-19TEV'),
    ('Three years ago', 'DATE', '2008'),
    ('December', 'DATE', '2010-12'),
    ('the second half', 'DATE', '2011-H2'),
    ('fiscal 2011', 'DATE', 'FY2011|2011'),
    ('the fourth quarter', 'DATE', '2011-Q4'),
    ('March 11', 'DATE', '2011-03-11'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('daily', 'SET', 'P1D'),
    ('Right now', 'DATE', 'PRESENT_REF'),
    ('June', 'DATE', '2011-06'),
    ('2004', 'DATE', '2004'),
    ('quarterly', 'SET', 'P3M|P1Q'),
    ('June 1', 'DATE', '2011-06-01'),
    ('May 10', 'DATE', '2011-05-10'),
    ('Tuesday', 'DATE', '2011-04-19'),
    ('2011', 'DATE', '2011'),
]),
# 11. BBC Sport, Olympic Games preview (2000)
('2000-09-14', 'auto', """Olympics: GB chase gold rush in Sydney

Thursday, 14 September, 2000, 11:42 GMT

Great Britain's Olympic team say they are ready to banish the memory of Atlanta when the Sydney Games open on Friday.

Four years ago, Britain won just one gold medal, through Steve Redgrave and Matthew Pinsent in the coxless pair, and finished 36th in the medal table.

This time the 310-strong squad has been backed by more than \u00a350m of National Lottery money since 1997, and officials privately believe 20 medals is possible.

"These athletes have had the best preparation any British team has ever had," said chef de mission Simon Clegg. "For the past three years they have been able to train full-time, and that is going to show."

Redgrave, 38, will bid for a fifth consecutive gold when the coxless four contest the final on Saturday, 23 September.

After winning in Atlanta he famously said anyone who saw him near a boat again had permission to shoot him, but he was back in training within months.

Heptathlete Denise Lewis, who took bronze in 1996, says she has shaken off the Achilles problem that troubled her in the spring, and Jonathan Edwards, the triple jump world record holder, is favourite in an event he has dominated since 1995.

The squad flew out last month to a holding camp on the Gold Coast, where they spent two weeks adjusting to the climate and to Sydney being nine hours ahead of the UK.

Clegg said every member of the squad had been drug-tested at least twice a month since January, and he expected no embarrassments.

The opening ceremony starts at 7pm on Friday (10:00 BST), with the athletics programme beginning a week later, on Friday 22 September. The Games close on 1 October.

Britain's best haul in recent years was five golds in Seoul in 1988, and no British team has topped the table since London hosted the Games in 1908.

"We are not making predictions," Clegg added. "Ask me again when the Games are over."

BBC Sport will show live coverage daily on BBC One and BBC Two, with highlights every evening.
""", [
    ('Thursday, 14 September, 2000, 11:42 GMT', 'TIME', '2000-09-14T11:42'),
    ('Friday', 'DATE', '2000-09-15'),
    ('Four years ago', 'DATE', '1996'),
    ('1997', 'DATE', '1997'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('Saturday, 23 September', 'DATE', '2000-09-23'),
    ('months', 'DURATION', 'PXM'),
    ('1996', 'DATE', '1996'),
    ('the spring', 'DATE', '2000-SP'),
    ('1995', 'DATE', '1995'),
    ('last month', 'DATE', '2000-08'),
    ('two weeks', 'DURATION', 'P2W'),
    ('nine hours', 'DURATION', 'PT9H'),
    ('twice a month', 'SET', 'P1M'),
    ('January', 'DATE', '2000-01'),
    ('7pm on Friday', 'TIME', '2000-09-15T19:00'),
    ('10:00 BST', 'TIME', '2000-09-15T10:00'),
    ('a week later', 'DATE', '2000-09-22'),
    ('Friday 22 September', 'DATE', '2000-09-22'),
    ('1 October', 'DATE', '2000-10-01'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('1988', 'DATE', '1988'),
    ('1908', 'DATE', '1908'),
    ('daily', 'SET', 'P1D'),
    ('every evening', 'SET', 'XXXX-XX-XXTEV|P1D'),
]),
# 12. Nature news, SARS coronavirus identified (2003)
('2003-04-16', 'auto', """New coronavirus confirmed as cause of SARS

Laboratories sharing data in real time pinned down the culprit within weeks.

Helen Marsh

A new coronavirus causes severe acute respiratory syndrome (SARS), the World Health Organization (WHO) announced in Geneva today. It is the first time that a network of laboratories has identified the cause of a new disease so quickly.

The WHO set up the network of 11 laboratories in nine countries on 17 March to hunt for the agent behind the outbreak, which had already spread from Asia to Canada. "Normally it would take years to link a new disease to its cause," says Marta Lindgren, a WHO virologist who coordinates the group. "This time the laboratories talked to each other daily, and nobody held anything back."

The final piece of evidence came from researchers at Erasmus University in Rotterdam, the Netherlands, who showed that macaques infected with the virus developed a pneumonia similar to that seen in patients. Their results were discussed with the other laboratories by teleconference late last week.

Genome data have also arrived with remarkable speed. On Saturday, scientists at the Genome Sciences Centre in Vancouver, Canada, posted the first complete sequence of the virus on the Internet, and the US Centers for Disease Control and Prevention in Atlanta released its own sequence two days later. The genome, roughly 29,700 bases long, is only distantly related to the coronaviruses known to infect people.

Coronaviruses were first identified in the 1960s and are best known as a cause of common colds. None had been linked to a disease as severe as SARS, which has killed 154 people out of 3,235 reported cases as of Tuesday.

The outbreak is thought to have begun in Guangdong province in southern China in November, but Chinese officials did not report it to the WHO until February. The agency issued a global alert on 12 March and three days later warned travellers about the disease. Carlo Urbani, the WHO physician who first raised the alarm in Hanoi, died of SARS on 29 March.

Companies are already racing to build diagnostic tests based on the sequence, and several say they hope to have kits on the market within the next few months. A vaccine, however, is probably several years away.

The WHO will convene experts in Geneva next week to discuss how the virus spreads. Some virologists worry that, like influenza, it could return every winter. "We don't know yet whether this can be contained before the summer," Lindgren says. "But today we know what we are fighting."
""", [
    ('weeks', 'DURATION', 'PXW'),
    ('today', 'DATE', '2003-04-16'),
    ('17 March', 'DATE', '2003-03-17'),
    ('years', 'DURATION', 'PXY'),
    ('daily', 'SET', 'P1D'),
    ('late last week', 'DATE', '2003-W15'),
    ('Saturday', 'DATE', '2003-04-12'),
    ('two days later', 'DATE', '2003-04-14'),
    ('the 1960s', 'DATE', '196'),
    ('Tuesday', 'DATE', '2003-04-15'),
    ('November', 'DATE', '2002-11'),
    ('February', 'DATE', '2003-02'),
    ('12 March', 'DATE', '2003-03-12'),
    ('three days later', 'DATE', '2003-03-15'),
    ('29 March', 'DATE', '2003-03-29'),
    ('the next few months', 'DURATION', 'PXM'),
    ('several years', 'DURATION', 'PXY'),
    ('next week', 'DATE', '2003-W17'),
    ('every winter', 'SET', 'XXXX-WI'),
    ('the summer', 'DATE', '2003-SU'),
    ('today', 'DATE', '2003-04-16|PRESENT_REF'),
]),
]
