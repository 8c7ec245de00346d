# Gold TIMEX3 probe set 81: twelve original news texts on sport, film, music, books, festivals, awards and television (AP, Reuters, AFP, BBC, NYT, LAT, THR; DCTs 1996-2024), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, sport (1996)
('1996-09-26', 'auto', """Orioles reliever Haskell says he will retire

TORONTO (AP) — Dale Haskell, the left-hander who has pitched out of the Baltimore Orioles' bullpen since 1988, said Thursday he will retire after the final game of the regular season.

Haskell, 38, made the announcement in the visitors' clubhouse at SkyDome about three hours before the Orioles were to face the Toronto Blue Jays. He said he made up his mind two weeks ago, on a flight home from Detroit, but waited to tell teammates until his family had heard it first.

"I told my wife on the plane, and she cried for about 10 minutes," Haskell said. "Then she asked me what I was going to do with all the free time. I still don't have an answer."

His 18-year professional career began in the Orioles' farm system at Bluefield, Va., in 1979. He spent five years in the minors before Baltimore traded him to Montreal in the winter of 1984, and he returned to the Orioles as a free agent in March 1988.

Haskell has a 3.12 ERA in 61 appearances this year, and he leads the club's relievers in innings pitched. His only complete game came on Aug. 14, 1991, a five-hitter against Kansas City that he still keeps on videotape at home.

"Dale has been the guy we hand the ball to in the seventh inning for years," manager Davey Johnson said. "You don't replace that with a phone call."

Haskell, who has received cortisone shots twice a month since June to keep his elbow loose, insisted the pain was not the reason. He said he simply wanted to watch his two sons play ball instead of reading about their games in letters from home.

The Orioles plan to honor Haskell at Camden Yards next April, before the home opener. Former teammates Rick Dempsey and Mike Flanagan have already said they will attend.

Haskell said he would spend the winter at his home near Sarasota, Fla., fishing and helping coach his older son's high school team next spring. He has turned down an offer to become a minor league pitching instructor, at least for now.

"Ask me again in a year," he said, "and maybe I'll tell you I miss it. Right now, I'm just tired. My arm has been telling me to quit since spring. My head finally caught up."

Johnson said he expected Haskell to pitch in at least one more game before the season ends, and joked that the left-hander had earned the right to choose the inning.
""", [
    ('1988', 'DATE', '1988'),
    ('Thursday', 'DATE', '1996-09-26'),
    ('about three hours', 'DURATION', 'PT3H'),
    ('two weeks ago', 'DATE', '1996-W37'),
    ('about 10 minutes', 'DURATION', 'PT10M'),
    ('18-year', 'DURATION', 'P18Y'),
    ('1979', 'DATE', '1979'),
    ('five years', 'DURATION', 'P5Y'),
    ('the winter of 1984', 'DATE', '1984-WI'),
    ('March 1988', 'DATE', '1988-03'),
    ('this year', 'DATE', '1996'),
    ('Aug. 14, 1991', 'DATE', '1991-08-14'),
    ('years', 'DURATION', 'PXY'),
    ('twice a month', 'SET', 'P1M'),
    ('June', 'DATE', '1996-06'),
    ('next April', 'DATE', '1997-04'),
    ('the winter', 'DATE', '1996-WI'),
    ('next spring', 'DATE', '1997-SP'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a year', 'DURATION', 'P1Y'),
    ('Right now', 'DATE', 'PRESENT_REF'),
    ('spring', 'DATE', '1996-SP'),
]),
# 2. Reuters, music (1999)
('1999-03-11', 'auto', """Halcyon Drift to reunite for British tour

LONDON (Reuters) - The Halcyon Drift, the Manchester band whose jangling guitar records filled student discos in the late 1980s, said on Thursday it would reunite for a five-week British tour this summer, ending an eight-year split.

The four original members will play 22 dates, opening at Glasgow's Barrowland Ballroom on June 4 and closing at London's Brixton Academy on July 10.

Tickets go on sale at 9 a.m. on Saturday, and promoters said they expected most of the shows to sell out within hours.

"We spent most of the nineties not talking to each other," singer Ian Corrigan told Reuters in an interview on Wednesday. "Now we're all pushing forty and it just seems daft."

The band split acrimoniously in 1991, weeks after the release of its third album "Lantern Season", which reached number four in the British charts. Its last concert was in Leeds on December 14, 1990.

Corrigan and guitarist Paul Askey, who had not spoken for nearly six years, met by chance at a friend's wedding last summer and began writing songs together again in the autumn.

Askey said the group had recorded eight new songs at a studio in north Wales earlier this month and might release them on a new album next year.

"We rehearse twice a week in a rented room above a carpet shop in Stockport," he said. "It's not glamorous, but it's exactly how we started in 1984."

Industry analysts said reunion tours had become big business in recent years, pointing to the sell-out shows played by the Sex Pistols and the Eagles, two bands that had once sworn never to share a stage again.

"The appetite for nostalgia is huge right now, particularly among people who were students a decade ago and now have money to spend," said Claire Whitford, a music industry analyst at a London consultancy.

The band's former label, Ridgeway Records, plans to reissue its three albums next month with unreleased demos and live recordings.

Bass player Martin Oyelaran, who has worked as a sound engineer for the past seven years, said he had been nervous at the first rehearsal in January.

"I hadn't played these songs since I was 28. I thought I'd forgotten all of them," he said. "It took about 20 minutes before it felt normal again."

Drummer Steve Hale, now a secondary school teacher in Salford, will take unpaid leave from his job to do the tour, the band said.

The group has no plans beyond the summer, Corrigan added. "If it's a disaster, we'll have had one last laugh," he said.
""", [
    ('the late 1980s', 'DATE', '198'),
    ('Thursday', 'DATE', '1999-03-11'),
    ('five-week', 'DURATION', 'P5W'),
    ('this summer', 'DATE', '1999-SU'),
    ('eight-year', 'DURATION', 'P8Y'),
    ('June 4', 'DATE', '1999-06-04'),
    ('July 10', 'DATE', '1999-07-10'),
    ('9 a.m. on Saturday', 'TIME', '1999-03-13T09:00'),
    ('hours', 'DURATION', 'PTXH'),
    ('the nineties', 'DATE', '199'),
    ('Wednesday', 'DATE', '1999-03-10'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('1991', 'DATE', '1991'),
    ('weeks', 'DURATION', 'PXW'),
    ('December 14, 1990', 'DATE', '1990-12-14'),
    ('nearly six years', 'DURATION', 'P6Y'),
    ('last summer', 'DATE', '1998-SU'),
    ('the autumn', 'DATE', '1998-FA'),
    ('earlier this month', 'DATE', '1999-03'),
    ('next year', 'DATE', '2000'),
    ('twice a week', 'SET', 'P1W'),
    ('1984', 'DATE', '1984'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('a decade ago', 'DATE', '1989|198'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('next month', 'DATE', '1999-04'),
    ('the past seven years', 'DURATION', 'P7Y'),
    ('January', 'DATE', '1999-01'),
    ('about 20 minutes', 'DURATION', 'PT20M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the summer', 'DATE', '1999-SU'),
]),
# 3. AFP, festivals (2002)
('2002-05-24', 'auto', """Argentine family drama emerges as late Cannes favourite

CANNES, France, May 24 (AFP) - An Argentine drama about a fishing family torn apart by the country's economic collapse emerged Friday as a late favourite for the Palme d'Or, two days before the 55th Cannes Film Festival hands out its awards.

"La Orilla" ("The Shore"), the second feature by Buenos Aires director Lucia Ferrante, received a standing ovation of nearly 15 minutes after its official screening late Thursday, and critics polled by the trade press on Friday morning placed it at the top of their grid.

Ferrante, 41, said she shot the film over 11 weeks in the winter of 2000 in the Patagonian port of Puerto Madryn, and that the crisis which erupted in Argentina in December had forced her to rewrite the ending in the editing room.

"When we started, this was a film about one family. By January, it was a film about the whole country," she told AFP.

The film, which took seven years to finance, has no French distributor yet, but several buyers were negotiating for the rights on Friday, her producer Martin Echeverry said.

The jury, headed by American director David Lynch, will announce its prizes at a ceremony on Sunday evening. Festival-goers have also tipped Roman Polanski's "The Pianist" and Finnish director Aki Kaurismaki's deadpan comedy "The Man Without a Past", both of which screened in competition earlier this week.

The 12-day festival, which opened on May 15 with Woody Allen's "Hollywood Ending", has been marked by tight security and long queues, with police checking bags at the entrance to the Palais des Festivals several times a day.

Last year's Palme d'Or went to Italian director Nanni Moretti for "The Son's Room". No Argentine film has won the top prize since the festival was first held in 1946.

Ferrante, a former documentary maker who spent the 1990s filming for Argentine television, said she would fly back to Buenos Aires on Monday whatever the result, to begin teaching a film course that starts on June 3.

"In three weeks I will be back in a classroom with 30 students, and none of them will care about Cannes," she said, laughing.

Her lead actor, the retired fisherman Hector Salinas, had never left Argentina before this month and had never seen a film in a cinema until he attended a preview in Buenos Aires in March, she added.
""", [
    ('May 24', 'DATE', '2002-05-24'),
    ('Friday', 'DATE', '2002-05-24'),
    ('two days', 'DURATION', 'P2D'),
    ('nearly 15 minutes', 'DURATION', 'PT15M'),
    ('late Thursday', 'DATE', '2002-05-23'),
    ('Friday morning', 'DATE|TIME', '2002-05-24TMO'),
    ('11 weeks', 'DURATION', 'P11W'),
    ('the winter of 2000', 'DATE', '2000-WI'),
    ('December', 'DATE', '2001-12'),
    ('January', 'DATE', '2002-01'),
    ('seven years', 'DURATION', 'P7Y'),
    ('Friday', 'DATE', '2002-05-24'),
    ('Sunday evening', 'DATE|TIME', '2002-05-26TEV'),
    ('earlier this week', 'DATE', '2002-W21'),
    ('12-day', 'DURATION', 'P12D'),
    ('May 15', 'DATE', '2002-05-15'),
    ('several times a day', 'SET', 'P1D'),
    ('Last year', 'DATE', '2001'),
    ('1946', 'DATE', '1946'),
    ('the 1990s', 'DATE', '199'),
    ('Monday', 'DATE', '2002-05-27'),
    ('June 3', 'DATE', '2002-06-03'),
    ('three weeks', 'DURATION', 'P3W'),
    ('this month', 'DATE', '2002-05'),
    ('March', 'DATE', '2002-03'),
]),
# 4. BBC, television (2005)
('2005-11-17', 'auto', """ITV axes daytime quiz Brainbox after 20 years

ITV is to axe its long-running daytime quiz show Brainbox, which has been on air for 20 years, the broadcaster has confirmed.

The final episode will be shown on 23 December, two days before Christmas, ending a run of more than 4,000 programmes.

Presenter Gordon Pryce, who has hosted the show since its first broadcast in September 1985, said he was "sad but not surprised" by the decision.

Audiences have fallen from a peak of almost five million in the early 1990s to about 1.2 million, according to figures from the Broadcasters' Audience Research Board.

An ITV spokeswoman said the decision had been taken at a scheduling meeting on Tuesday and that the slot would be filled by a new lifestyle programme from January.

"Brainbox has been a much-loved part of the daytime schedule, and we are enormously grateful to Gordon and the team," she said.

Pryce, 62, recorded the last batch of shows at the programme's studios in Leeds last month, without knowing they would be the last.

"We used to film six episodes a day, three days a week, for weeks at a time," he told BBC News. "Some contestants sat in the green room from breakfast until dinner waiting for their turn."

The show, in which contestants answer general knowledge questions against a 60-second clock, was devised by producer Marjorie Lyle, who died in 1998.

Its highest-rated edition, a celebrity special shown on New Year's Day 1992, drew 9.3 million viewers.

Former champion Dennis Whitcombe, a retired postman from Swindon who won a record 31 games in a row in 1994, said he was "gutted".

"I still watch it every afternoon with my wife. We shout the answers at the telly," he said.

Television critic Anne Lowry said daytime viewing had changed dramatically over the past 10 years, with many viewers now drifting to satellite channels and the internet.

"Quiz formats that ran for decades are now being cancelled after a single series," she said. "Brainbox did well to last as long as it has."

ITV said it would broadcast an hour-long compilation of classic moments on Christmas Eve, introduced by Pryce.

The broadcaster is also reviewing several other daytime programmes, with an announcement expected early next year.

Pryce said he planned to take a long holiday before deciding what to do next. "I've asked 400,000 questions in my life. For the next few months, I'd like someone else to do the asking," he said.
""", [
    ('20 years', 'DURATION', 'P20Y'),
    ('20 years', 'DURATION', 'P20Y'),
    ('23 December', 'DATE', '2005-12-23'),
    ('two days', 'DURATION', 'P2D'),
    ('Christmas', 'DATE', '2005-12-25'),
    ('September 1985', 'DATE', '1985-09'),
    ('the early 1990s', 'DATE', '199'),
    ('Tuesday', 'DATE', '2005-11-15'),
    ('January', 'DATE', '2006-01'),
    ('last month', 'DATE', '2005-10'),
    ('a day', 'SET', 'P1D'),
    ('three days a week', 'SET', 'P1W'),
    ('weeks', 'DURATION', 'PXW'),
    ('60-second', 'DURATION', 'PT60S'),
    ('1998', 'DATE', '1998'),
    ("New Year's Day 1992", 'DATE', '1992-01-01'),
    ('1994', 'DATE', '1994'),
    ('every afternoon', 'SET', 'XXXX-XX-XXTAF'),
    ('the past 10 years', 'DURATION', 'P10Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('decades', 'DURATION', 'PXY'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('hour-long', 'DURATION', 'PT1H'),
    ('Christmas Eve', 'DATE', '2005-12-24'),
    ('early next year', 'DATE', '2006'),
    ('the next few months', 'DURATION', 'PXM'),
]),
# 5. New York Times, books (2008)
('2008-10-08', 'auto', """After 14 Years, a Novelist Returns With 900 Pages

By JANET ORLOV

When Harold Vance published his first novel, "The Salt Meridian," in 1994, critics compared him to Faulkner and predicted a long shelf of books to follow. Then he went silent.

For 14 years Mr. Vance, who lives on a farm outside Oxford, Miss., gave no interviews, skipped literary festivals and answered letters from his publisher with postcards. His second novel, "Orchard Country," a 912-page family saga set in the Mississippi Delta, will be published by Knopf next Tuesday, and early reviews suggest the wait may have been worth it.

On Monday, Publishers Weekly gave the book a starred review, calling it "a cathedral of a novel." Its ranking on Amazon has climbed steadily this week on preorders alone.

"I wrote every morning, and I threw most of it away," Mr. Vance, 61, said in a telephone interview on Tuesday. "People assume I was blocked. I wasn't blocked. I was just wrong, over and over."

He said he had finished a first draft in the summer of 2001, then set it aside for nearly two years while his wife, Carol, was treated for breast cancer. She recovered, and he started over from the first page.

His editor, Lydia Marsh, said she had learned not to push. "I have called him every Friday for a decade," she said. "Most Fridays he told me about the weather."

The manuscript finally arrived last fall, in three boxes delivered by a neighbor who was driving to New York. Knopf initially scheduled the book for the spring but pushed it back to give copy editors more time with a text that runs to roughly 340,000 words.

The first printing is 75,000 copies, large for a literary novel by an author whose previous book sold fewer than 30,000 in hardcover. Mr. Vance will begin a six-week tour at Square Books in Oxford at 7 p.m. on Oct. 21, and is scheduled to appear at the 92nd Street Y in Manhattan in mid-November.

Booksellers said the long gap had become part of the book's appeal. "Customers have been asking about him for years," said Richard Howorth, the owner of Square Books. "Some of them thought he had died."

Mr. Vance said the pressure had come mostly from himself. "Nobody told me in the 1990s that a second book would be harder than the first," he said. "I had to figure that out alone."

He said he was already at work on a third novel, this one much shorter. Asked when it might appear, he laughed.

"Not in the next 14 years, I hope," he said.
""", [
    ('14 Years', 'DURATION', 'P14Y'),
    ('1994', 'DATE', '1994'),
    ('14 years', 'DURATION', 'P14Y'),
    ('next Tuesday', 'DATE', '2008-10-14'),
    ('Monday', 'DATE', '2008-10-06'),
    ('this week', 'DATE', '2008-W41'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO'),
    ('Tuesday', 'DATE', '2008-10-07'),
    ('the summer of 2001', 'DATE', '2001-SU'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('every Friday', 'SET', 'XXXX-WXX-5'),
    ('a decade', 'DURATION', 'P10Y'),
    ('Most Fridays', 'SET', 'XXXX-WXX-5'),
    ('last fall', 'DATE', '2007-FA'),
    ('the spring', 'DATE', '2008-SP'),
    ('six-week', 'DURATION', 'P6W'),
    ('7 p.m. on Oct. 21', 'TIME', '2008-10-21T19:00'),
    ('mid-November', 'DATE', '2008-11'),
    ('years', 'DURATION', 'PXY'),
    ('the 1990s', 'DATE', '199'),
    ('the next 14 years', 'DURATION', 'P14Y'),
]),
# 6. Los Angeles Times, film (2011)
('2011-07-19', 'auto', """Paragon pushes 'Meridian Falls' to summer 2012

By DAVID KERRIGAN, Los Angeles Times

Paragon Pictures said Monday that it would move its big-budget science-fiction film "Meridian Falls" from Dec. 16 to June 8, 2012, giving director Owen Tallis more time to finish hundreds of visual-effects shots and to rework the film's final act.

The decision comes after test screenings in Pasadena last week produced what one person who attended called "a lot of confused faces." Studio executives had spent the past 18 months promoting the $190-million film as the centerpiece of their holiday lineup.

The film will undergo three weeks of additional photography in Vancouver, Canada, in August, according to two people familiar with the plans who were not authorized to speak publicly. Stars Rachel Ambrose and Dev Kapoor have cleared their schedules, those people said.

In a statement, Paragon's president of worldwide distribution, Alan Petrocelli, said the new date would give the picture "room to breathe." Privately, executives acknowledged that they had grown nervous about opening an original science-fiction story nine days before Christmas against two family films with built-in audiences.

"That's where event movies live now," said box-office analyst Joan Whitaker. "A studio that has a film like this and no sequel attached is going to want the longest possible runway."

The move comes after a record weekend at theaters, when the final "Harry Potter" film took in $169.2 million in the U.S. and Canada, the biggest opening of all time.

Shooting on "Meridian Falls" began in January 2010 and lasted 112 days in New Mexico and British Columbia. Tallis, whose previous film was a modestly budgeted thriller that grossed more than $80 million in 2008, has been working on the effects with three vendors on two continents since the spring of 2010.

Paragon will fill the Dec. 16 slot with "Tumble Town 2," an animated sequel that had been set for release next February.

Tallis is still expected to present footage from "Meridian Falls" at Comic-Con International in San Diego, which begins Thursday. His panel is scheduled for 11 a.m. Saturday in the convention center's Hall H, which holds more than 6,000 fans.

People close to the production said Tallis had pushed for the delay himself, sending executives a four-page memo earlier this month in which he argued that the ending "does not yet work."

"Nobody ever remembers that a movie was late," one executive said. "They remember if it was bad."
""", [
    ('summer 2012', 'DATE', '2012-SU'),
    ('Monday', 'DATE', '2011-07-18'),
    ('Dec. 16', 'DATE', '2011-12-16'),
    ('June 8, 2012', 'DATE', '2012-06-08'),
    ('last week', 'DATE', '2011-W28'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('three weeks', 'DURATION', 'P3W'),
    ('August', 'DATE', '2011-08'),
    ('nine days', 'DURATION', 'P9D'),
    ('Christmas', 'DATE', '2011-12-25'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('weekend', 'DATE', '2011-W28-WE'),
    ('January 2010', 'DATE', '2010-01'),
    ('112 days', 'DURATION', 'P112D'),
    ('2008', 'DATE', '2008'),
    ('the spring of 2010', 'DATE', '2010-SP'),
    ('Dec. 16', 'DATE', '2011-12-16'),
    ('next February', 'DATE', '2012-02'),
    ('Thursday', 'DATE', '2011-07-21'),
    ('11 a.m. Saturday', 'TIME', '2011-07-23T11:00'),
    ('earlier this month', 'DATE', '2011-07'),
]),
# 7. The Hollywood Reporter, awards/television (2014)
('2014-01-13', 'auto', """Golden Globes Ratings: Fey and Poehler Deliver Biggest Audience in a Decade

by Lacey Rourke

Tina Fey and Amy Poehler's second turn as hosts of the Golden Globes paid off for NBC on Sunday.

The three-hour telecast drew 20.9 million viewers, according to Nielsen fast-national figures released Monday, up 6 percent from last year's 19.7 million, when the pair also hosted. It was the most-watched Globes since 2004.

The show, broadcast live from the Beverly Hilton, ran from 8 p.m. ET until about 11:05 p.m. ET and followed an hourlong red-carpet special on the network. Final numbers, including DVR playback, are expected Tuesday.

NBC has carried the Globes since 1996, and the network has leaned heavily on the comedy duo, who worked together on Saturday Night Live in the early 2000s. The network said in October that Fey and Poehler would return to host again next year.

On the awards side, 12 Years a Slave was named best motion picture drama, while David O. Russell's American Hustle took three prizes, including best musical or comedy. In television, AMC's Breaking Bad won best drama series in its final season, and Fox freshman Brooklyn Nine-Nine was a surprise winner for best comedy series, with star Andy Samberg also taking home a trophy.

The Hollywood Foreign Press Association, which has handed out the awards annually since 1944, has been trying for years to shed its reputation as a loose, boozy dinner party. Sunday's ratings suggest that viewers are not in a hurry for it to change.

"It's the one awards show where you genuinely don't know what's going to happen in the next five minutes," said one network executive. "That is worth a lot right now."

The Globes are often seen as a bellwether for the Academy Awards, and the timing this year is especially tight. Academy members finished nominations voting last week, and the nominations will be announced at 5:38 a.m. PT on Thursday by Chris Hemsworth and academy president Cheryl Boone Isaacs at the Samuel Goldwyn Theater in Beverly Hills.

The 86th Oscars, hosted by Ellen DeGeneres, will be broadcast on ABC on March 2, a date chosen to avoid a clash with the Winter Olympics in Sochi, which run from Feb. 7 through Feb. 23.

Last year's Oscar telecast, hosted by Seth MacFarlane, averaged about 40 million viewers. ABC executives said they would be happy to match that figure.

The Globes are the latest bright spot for NBC, which finished the fall season as the No. 1 network among adults 18-49 for the first time in 10 years.
""", [
    ('a Decade', 'DURATION', 'P10Y'),
    ('Sunday', 'DATE', '2014-01-12'),
    ('three-hour', 'DURATION', 'PT3H'),
    ('Monday', 'DATE', '2014-01-13'),
    ('last year', 'DATE', '2013'),
    ('2004', 'DATE', '2004'),
    ('8 p.m. ET', 'TIME', '2014-01-12T20:00'),
    ('about 11:05 p.m. ET', 'TIME', '2014-01-12T23:05'),
    ('hourlong', 'DURATION', 'PT1H'),
    ('Tuesday', 'DATE', '2014-01-14'),
    ('1996', 'DATE', '1996'),
    ('the early 2000s', 'DATE', '200'),
    ('October', 'DATE', '2013-10'),
    ('next year', 'DATE', '2015'),
    ('annually', 'SET', 'P1Y'),
    ('1944', 'DATE', '1944'),
    ('years', 'DURATION', 'PXY'),
    ('Sunday', 'DATE', '2014-01-12'),
    ('the next five minutes', 'DURATION', 'PT5M'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('this year', 'DATE', '2014'),
    ('last week', 'DATE', '2014-W02'),
    ('5:38 a.m. PT on Thursday', 'TIME', '2014-01-16T05:38'),
    ('March 2', 'DATE', '2014-03-02'),
    ('Feb. 7', 'DATE', '2014-02-07'),
    ('Feb. 23', 'DATE', '2014-02-23'),
    ('Last year', 'DATE', '2013'),
    ('the fall season', 'DATE', '2013-FA'),
    ('10 years', 'DURATION', 'P10Y'),
]),
# 8. AP, sport, narrative obituary (2017)
('2017-06-02', 'auto', """Eleanor Briggs, who ran Boston before women could enter, dies

BOSTON (AP) — Eleanor Briggs, a Maine schoolteacher who slipped into the Boston Marathon field four years before women were allowed to enter, has died. She was 71.

Her son, Thomas Briggs, said she died Tuesday at a hospice in Portland, Maine, after a long struggle with Parkinson's disease.

On April 19, 1968, Briggs, then a student at the University of Maine, hid behind a hedge near the start in Hopkinton for nearly an hour, wearing her brother's gray sweatsuit. When the gun went off at noon, she jumped into the crowd of men.

She finished in about 3 hours, 40 minutes, though no official recorded her time. Two days later, the Bangor Daily News ran a photograph of her crossing the finish line on its front page, under the headline "Orono Girl Goes the Distance."

"I wasn't trying to make a point. I just wanted to run it," she told The Associated Press in a 1998 interview. "Everybody else seemed to think it was a point."

The following year she was back, this time with three friends from her college track club, and the four women ran together from start to finish.

On April 17, 1972, when the Boston Athletic Association allowed women to enter officially for the first time, Briggs was pregnant with her first child and watched from the sidewalk. That evening, she wrote a letter to the race director, Will Cloney, thanking him for "finally opening the door."

She ran her first official Boston in 1975, and completed the race 11 more times before she stopped competing.

Briggs taught biology at Falmouth High School for 34 years, retiring in 2004. Former students remember her arriving at school with wet hair, having already run six miles before the first bell. She ran every day until a fall on an icy driveway in 2011 broke her hip.

For decades, she kept the gray sweatsuit folded in a cedar chest. Her family donated it to the Boston Athletic Association last fall.

Last April, she watched the race from a wheelchair near the finish line on Boylston Street, and several of the leading women stopped to shake her hand after they crossed.

"She never talked about it as history," her son said. "To her it was just a nice day for a run."

The BAA said Wednesday it would add her name to a plaque honoring the women who ran the race before 1972.

A memorial run will be held in Falmouth at 8 a.m. on June 17. Her son said the route would be 2.6 miles, "so nobody has an excuse."
""", [
    ('four years', 'DURATION', 'P4Y'),
    ('Tuesday', 'DATE', '2017-05-30'),
    ('April 19, 1968', 'DATE', '1968-04-19'),
    ('nearly an hour', 'DURATION', 'PT1H'),
    ('noon', 'TIME', '1968-04-19T12:00'),
    ('about 3 hours, 40 minutes', 'DURATION', 'PT3H40M'),
    ('Two days later', 'DATE', '1968-04-21'),
    ('1998', 'DATE', '1998'),
    ('The following year', 'DATE', '1969'),
    ('April 17, 1972', 'DATE', '1972-04-17'),
    ('That evening', 'DATE|TIME', '1972-04-17TEV'),
    ('1975', 'DATE', '1975'),
    ('34 years', 'DURATION', 'P34Y'),
    ('2004', 'DATE', '2004'),
    ('every day', 'SET', 'P1D'),
    ('2011', 'DATE', '2011'),
    ('decades', 'DURATION', 'PXY'),
    ('last fall', 'DATE', '2016-FA'),
    ('Last April', 'DATE', '2017-04'),
    ('Wednesday', 'DATE', '2017-05-31'),
    ('1972', 'DATE', '1972'),
    ('8 a.m. on June 17', 'TIME', '2017-06-17T08:00'),
]),
# 9. Reuters, books/awards (2019)
('2019-10-15', 'auto', """Booker judges break rules to split prize between Atwood and Evaristo

LONDON (Reuters) - Margaret Atwood and Bernardine Evaristo shared the Booker Prize for fiction on Monday after the judges defied rules that have barred splitting the award since 1993.

The five-member panel, chaired by literary festival director Peter Florence, said it had deliberated for five hours at London's Guildhall before concluding that it could not choose between Atwood's "The Testaments" and Evaristo's "Girl, Woman, Other".

Florence told reporters after the black-tie ceremony on Monday evening that the judges had been warned firmly that a joint award was not allowed, but had decided to "flout the rules" because both books deserved to win.

Evaristo, 60, is the first black woman to win the prize in its 50-year history. Her eighth book, told through the lives of 12 mostly black British women, was published in May.

In her acceptance speech she said she hoped other black British women writers would soon follow her.

Atwood, 79, becomes the oldest winner of the prize and the fourth author to win it twice. She first won in 2000 for "The Blind Assassin".

"The Testaments", which was published last month, is a sequel to "The Handmaid's Tale", her dystopian novel published 34 years ago that has found a new generation of readers through a popular television adaptation. The book sold more than 100,000 copies in Britain within days of its release.

The 50,000 pound ($63,000) prize money will be divided equally between the two writers.

The Booker, first awarded in 1969, is open to novels written in English and published in Britain or Ireland. It was last shared in 1992, when Michael Ondaatje's "The English Patient" and Barry Unsworth's "Sacred Hunger" were jointly honoured, prompting organisers to change the rules the following year.

Some critics said on Tuesday that the decision had overshadowed Evaristo's historic win, and that Atwood, already one of the world's best-known novelists, did not need the boost.

"It feels like a fudge," said one London bookseller, who declined to be named. "But I'll take it - we sold more copies of both books this morning than we did all of last week."

A spokeswoman for the Booker Prize Foundation said the trustees had reluctantly accepted the judges' decision.

The foundation said the rule against a shared prize would remain in place for next year's award, whose longlist is due to be published in July.
""", [
    ('Monday', 'DATE', '2019-10-14'),
    ('1993', 'DATE', '1993'),
    ('five hours', 'DURATION', 'PT5H'),
    ('Monday evening', 'DATE|TIME', '2019-10-14TEV'),
    ('50-year', 'DURATION', 'P50Y'),
    ('May', 'DATE', '2019-05'),
    ('soon', 'DATE', 'FUTURE_REF'),
    ('2000', 'DATE', '2000'),
    ('last month', 'DATE', '2019-09'),
    ('34 years ago', 'DATE', '1985'),
    ('days', 'DURATION', 'PXD'),
    ('1969', 'DATE', '1969'),
    ('1992', 'DATE', '1992'),
    ('the following year', 'DATE', '1993'),
    ('Tuesday', 'DATE', '2019-10-15'),
    ('this morning', 'DATE|TIME', '2019-10-15TMO'),
    ('last week', 'DATE', '2019-W41'),
    ('next year', 'DATE', '2020'),
    ('July', 'DATE', '2020-07'),
]),
# 10. AFP, sport (2021)
('2021-08-04', 'auto', """Olympic marathoners brace for Sapporo heat

Sapporo (AFP) - Olympic marathon runners were bracing on Wednesday for exactly the kind of heat the race was moved to Sapporo to avoid, with temperatures in the northern Japanese city forecast to stay above 30 degrees Celsius until the weekend.

The women's race starts at 7:00 am on Saturday (2200 GMT Friday), and the men's race begins at 7:00 am on Sunday, both on a looping course through the city centre and past Hokkaido University.

The International Olympic Committee decided in November 2019 to move the marathons and race walks some 800 kilometres north from Tokyo, after dozens of athletes collapsed or dropped out in the stifling conditions at the world championships in Doha that autumn.

But on Tuesday the temperature in Sapporo reached 34C, higher than in the capital, and local weather officials said the heatwave was the longest the city had recorded.

Ethiopia's Almaz Gebremedhin, who set her personal best in Valencia last December, said she had been running twice a day since arriving on Sunday, mostly on shaded paths in a park near the team hotel.

"It is hot, but in Addis we train at altitude. My body can cope for two hours," the 27-year-old told AFP. "What worries me is the humidity. You sweat and nothing dries."

Five years ago in Rio, Gebremedhin finished 14th after struggling through the final 10 kilometres. She has had to wait longer than planned for her second chance after the Games were postponed for a year because of the coronavirus pandemic.

Her coach, Haile Tesfaye, said the team would wake the runners at 3:30 am on Saturday to eat a light breakfast, and that they had been told to drink every 15 minutes during the race, even if they did not feel thirsty.

Race officials and World Athletics are due to meet on Thursday to decide whether to bring the start time forward. Medical tents have been set up along the course, and organisers have again asked residents not to line the streets to watch, to limit the spread of the virus.

Kenya's Brigid Kosgei, who set the world record in Chicago in October 2019, remains the favourite.

The men's 20-kilometre race walk will be held in Sapporo on Thursday afternoon, with the women's event and the men's 50-kilometre walk following on Friday.

"We all knew it would be hot in Japan," said one European team doctor. "Nobody expected Sapporo to be hotter than Tokyo."
""", [
    ('Wednesday', 'DATE', '2021-08-04'),
    ('the weekend', 'DATE', '2021-W31-WE'),
    ('7:00 am on Saturday', 'TIME', '2021-08-07T07:00'),
    ('2200 GMT Friday', 'TIME', '2021-08-06T22:00'),
    ('7:00 am on Sunday', 'TIME', '2021-08-08T07:00'),
    ('November 2019', 'DATE', '2019-11'),
    ('that autumn', 'DATE', '2019-FA'),
    ('Tuesday', 'DATE', '2021-08-03'),
    ('last December', 'DATE', '2020-12'),
    ('twice a day', 'SET', 'P1D'),
    ('Sunday', 'DATE', '2021-08-01'),
    ('two hours', 'DURATION', 'PT2H'),
    ('Five years ago', 'DATE', '2016'),
    ('a year', 'DURATION', 'P1Y'),
    ('3:30 am on Saturday', 'TIME', '2021-08-07T03:30'),
    ('every 15 minutes', 'SET', 'PT15M'),
    ('Thursday', 'DATE', '2021-08-05'),
    ('October 2019', 'DATE', '2019-10'),
    ('Thursday afternoon', 'DATE|TIME', '2021-08-05TAF'),
    ('Friday', 'DATE', '2021-08-06'),
]),
# 11. BBC, music/festivals (2023)
('2023-06-26', 'auto', """Glastonbury 2023: Sir Elton John closes festival with farewell set

Sir Elton John has closed the Glastonbury Festival with what he told the crowd was likely to be his final show in the UK.

The singer headlined the Pyramid Stage on Sunday night, playing hits spanning more than 50 years in front of one of the biggest audiences the field has ever held.

It was his first appearance at the festival, which was started by dairy farmer Michael Eavis in September 1970 and now draws about 210,000 people to Worthy Farm in Somerset each June.

During a set lasting almost two hours, he was joined on stage by guests including Brandon Flowers of The Killers and singer Rina Sawayama, before closing the show with Rocket Man.

He thanked fans for their support and said he wanted to spend more time with his husband, David Furnish, and their two sons.

His Farewell Yellow Brick Road tour began in the United States in September 2018 and was interrupted for more than a year by the Covid pandemic. It will end next month with a run of shows in Stockholm.

Many fans had camped in front of the Pyramid Stage since the early afternoon to secure a spot near the barrier, and many more watched on big screens across the site.

Arctic Monkeys headlined the same stage on Friday, and Guns N' Roses played on Saturday night, while other acts included Lizzo, Lewis Capaldi and Queens of the Stone Age.

The festival, which opened its gates at 08:00 on Wednesday, was held in mostly hot and dry weather, a sharp contrast to the mud of 2016.

Avon and Somerset Police said the weekend had passed off largely without incident, with fewer arrests than at the previous festival in 2022.

Festival-goers began leaving the site on Monday morning, with long queues reported on roads around Pilton for several hours.

Highlights from all five days are available on BBC iPlayer, where Sir Elton's full set can be watched for the next 30 days.

Organisers said tickets for next year's event would go on sale in the autumn, and thanked the thousands of volunteers who had worked at the site over the past month.

Michael Eavis, who is now 87, watched the performance from the side of the stage. He has said he would like to keep the festival going for as long as he can.
""", [
    ('2023', 'DATE', '2023'),
    ('Sunday night', 'DATE|TIME', '2023-06-25TNI'),
    ('more than 50 years', 'DURATION', 'P50Y'),
    ('September 1970', 'DATE', '1970-09'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('each June', 'SET', 'XXXX-06'),
    ('almost two hours', 'DURATION', 'PT2H'),
    ('September 2018', 'DATE', '2018-09'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('next month', 'DATE', '2023-07'),
    ('the early afternoon', 'DATE|TIME', '2023-06-25TAF'),
    ('Friday', 'DATE', '2023-06-23'),
    ('Saturday night', 'DATE|TIME', '2023-06-24TNI'),
    ('08:00 on Wednesday', 'TIME', '2023-06-21T08:00'),
    ('2016', 'DATE', '2016'),
    ('the weekend', 'DATE', '2023-W25-WE'),
    ('2022', 'DATE', '2022'),
    ('Monday morning', 'DATE|TIME', '2023-06-26TMO'),
    ('several hours', 'DURATION', 'PTXH'),
    ('five days', 'DURATION', 'P5D'),
    ('the next 30 days', 'DURATION', 'P30D'),
    ('next year', 'DATE', '2024'),
    ('the autumn', 'DATE', '2023-FA'),
    ('the past month', 'DATE|DURATION', 'P1M|2023-05|2023-06'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
# 12. New York Times, television, narrative obituary (2024)
('2024-02-21', 'auto', """Walter Kessler, Who Brought 'The Parkside Hotel' to TV, Dies at 94

By ELLEN MARQUEZ

Walter Kessler, a television producer whose sitcom "The Parkside Hotel" was a fixture of the CBS prime-time schedule in the 1970s, died on Sunday at his home in Santa Monica, Calif. He was 94.

His daughter, Ruth Kessler, said the cause was heart failure.

Mr. Kessler was a staff writer for a radio variety show in New York when, on March 2, 1971, he walked into a CBS conference room with a two-page outline about a widowed father trying to keep a shabby family hotel near Central Park afloat. Ten days later, the network ordered 13 episodes.

The show had its premiere on Sept. 14, 1971, to mostly dismissive reviews. One critic called it "a radio play with furniture." But audiences warmed to its cast of eccentric guests, and by the following spring it was among the 10 most-watched programs in the country.

It ran until 1979. At its peak, in the 1975-76 season, it drew about 30 million viewers a week, and its theme song, a brassy march written by Mr. Kessler's cousin, became a minor hit on the radio.

"He used to say a sitcom is a play you have to write again every Monday," Ms. Kessler said in a phone interview on Tuesday. "He loved that. He never wanted to write anything that took more than a week."

Walter Irving Kessler was born on July 3, 1929, in Brooklyn, the youngest of four children of a tailor and a bookkeeper. He served in the Army for two years during the Korean War and, after his discharge in 1953, sold jokes to radio comedians for five dollars apiece.

After "The Parkside Hotel" ended, he produced two short-lived series in the 1980s and then taught comedy writing at the University of California, Los Angeles, for nearly 20 years. Former students, several of whom went on to run their own shows, described him as blunt, generous and always early.

In 2021 he attended a 50th-anniversary screening of the pilot in Los Angeles, where he told the audience that he had written the first draft in three days. Last year he published a memoir, "Checkout Time," which he wrote longhand at his kitchen table.

His wife of 61 years, Miriam Kessler, died in 2016. In addition to his daughter, he is survived by a son, Daniel; four grandchildren; and two great-grandchildren.

A memorial will be held in Los Angeles in the spring, his daughter said.
""", [
    ('the 1970s', 'DATE', '197'),
    ('Sunday', 'DATE', '2024-02-18'),
    ('March 2, 1971', 'DATE', '1971-03-02'),
    ('Ten days later', 'DATE', '1971-03-12'),
    ('Sept. 14, 1971', 'DATE', '1971-09-14'),
    ('the following spring', 'DATE', '1972-SP'),
    ('1979', 'DATE', '1979'),
    ('1975-76', 'DATE', '1975|1976'),
    ('a week', 'SET', 'P1W'),
    ('every Monday', 'SET', 'XXXX-WXX-1'),
    ('Tuesday', 'DATE', '2024-02-20'),
    ('more than a week', 'DURATION', 'P1W'),
    ('July 3, 1929', 'DATE', '1929-07-03'),
    ('two years', 'DURATION', 'P2Y'),
    ('1953', 'DATE', '1953'),
    ('the 1980s', 'DATE', '198'),
    ('nearly 20 years', 'DURATION', 'P20Y'),
    ('2021', 'DATE', '2021'),
    ('three days', 'DURATION', 'P3D'),
    ('Last year', 'DATE', '2023'),
    ('61 years', 'DURATION', 'P61Y'),
    ('2016', 'DATE', '2016'),
    ('the spring', 'DATE', '2024-SP'),
]
),
]
