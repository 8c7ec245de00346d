# Gold TIMEX3 probe set 33: twelve culture and entertainment stories of 2005-2024 in the styles of Variety, The Hollywood Reporter, Billboard, the Guardian, the New York Times arts desk, Rolling Stone and the BBC, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Variety, film release dates moved (2011)
('2011-06-14', 'auto', """Paramount Pushes 'Iron Harbor' to Spring

By Mark Ellison

Paramount Pictures has moved its $150 million naval thriller "Iron Harbor" off the holiday calendar, shifting the film from Nov. 18 to March 23, 2012, the studio said Monday.

The reshuffle hands the frame before Thanksgiving to "Kin Folk," the Owen Marsh family comedy that had been dated for Aug. 5. That picture will now open on Wednesday, Nov. 23, and Paramount is betting it can play to family audiences for five straight days over Thanksgiving.

Insiders said the decision was driven by effects work on "Iron Harbor," which began shooting in Vancouver last September and wrapped in February after 94 days of production. Director Celia Brandt has been in post for the past four months, and the studio's visual effects vendors warned executives late last week that the film's climactic storm sequence would not be finished before the fall.

"We would rather get this movie right than rush it into a crowded corridor," said Paramount's president of distribution, who added that the new date gives the picture "a clear runway of at least three weeks" before the first blockbusters of summer 2012 arrive.

The gamble has paid off for others in recent years. Warner Bros.' "300" opened to $70.9 million in March 2007, and Disney's "Alice in Wonderland" took in $116.1 million over three days in March of last year.

The move is the third date change for "Iron Harbor," which was originally set for summer 2011 when Paramount acquired the project in 2008. It was first pushed to Dec. 16, then pulled forward to November two months ago to avoid a clash with Warner's "Sherlock Holmes" sequel.

Rival studios were quick to react. Fox said Tuesday it would move its animated musical "Snowbound" up a week, to Nov. 11, and Sony is expected to announce a new date for its "Total Recall" remake in the coming days.

"Kin Folk," produced for about $40 million, scored in the high 80s at a recruited screening in Sherman Oaks two weeks ago, according to one person who attended. Paramount will launch the first trailer on July 4 and plans a TV campaign beginning in October.

Exhibitors have lobbied the studios for years to spread tentpoles more evenly across the calendar. The National Assn. of Theatre Owners, whose members gather annually at CinemaCon in Las Vegas, has warned that overcrowded release dates cannibalize grosses.

Paramount's domestic market share stood at 17.6% through Sunday, second behind Warner Bros., according to Rentrak.
""", [
    ('Spring', 'DATE', '2012-SP'),
    ('Nov. 18', 'DATE', '2011-11-18'),
    ('March 23, 2012', 'DATE', '2012-03-23'),
    ('Monday', 'DATE', '2011-06-13'),
    ('Thanksgiving', 'DATE', '2011-11-24'),
    ('Aug. 5', 'DATE', '2011-08-05'),
    ('Wednesday, Nov. 23', 'DATE', '2011-11-23'),
    ('five straight days', 'DURATION', 'P5D'),
    ('Thanksgiving', 'DATE', '2011-11-24'),
    ('last September', 'DATE', '2010-09'),
    ('February', 'DATE', '2011-02'),
    ('94 days', 'DURATION', 'P94D'),
    ('the past four months', 'DURATION', 'P4M'),
    ('late last week', 'DATE', '2011-W23'),
    ('the fall', 'DATE', '2011-FA'),
    ('at least three weeks', 'DURATION', 'P3W'),
    ('summer 2012', 'DATE', '2012-SU'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('March 2007', 'DATE', '2007-03'),
    ('three days', 'DURATION', 'P3D'),
    ('March of last year', 'DATE', '2010-03'),
    ('summer 2011', 'DATE', '2011-SU'),
    ('2008', 'DATE', '2008'),
    ('Dec. 16', 'DATE', '2011-12-16'),
    ('November', 'DATE', '2011-11'),
    ('two months ago', 'DATE', '2011-04'),
    ('Tuesday', 'DATE', '2011-06-14'),
    ('a week', 'DURATION', 'P1W'),
    ('Nov. 11', 'DATE', '2011-11-11'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('two weeks ago', 'DATE', '2011-W22|2011-05-31'),
    ('July 4', 'DATE', '2011-07-04'),
    ('October', 'DATE', '2011-10'),
    ('years', 'DURATION', 'PXY'),
    ('annually', 'SET', 'P1Y'),
    ('Sunday', 'DATE', '2011-06-12'),
]),

# 2. Billboard, concert tour with dates in several cities (2008)
('2008-02-05', 'auto', """Halcyon Kings Plot First North American Tour in Five Years

NEW YORK (Billboard) - British rock quartet the Halcyon Kings will return to North American arenas this spring for their first full tour of the continent since 2003, the band's management confirmed Monday.

The 24-date trek opens April 11 at Seattle's KeyArena and runs through June 7 at New York's Madison Square Garden. Along the way the band will play the Hollywood Bowl on May 2, Denver's Pepsi Center on May 9 and Chicago's United Center on May 14, before crossing the border for a show at Toronto's Air Canada Centre three days later.

Tickets for most dates go on sale Saturday at 10 a.m., with a fan-club presale opening at noon Thursday. A second Garden show, on June 8, was added late Monday after fan-club registrations for the first date passed 20,000.

Singer Rowan Leckie said the group spent the past 18 months writing and recording its fifth album, "Weather Systems," due March 18 on Capitol. "We've been away far too long," he said in a phone interview from London last week. "Five years is a lifetime in this business. Half our audience has never seen us play."

The Kings' 2003 tour grossed $31.2 million from 41 shows, according to Billboard Boxscore, and was followed by a lengthy hiatus after drummer Ian Pryce broke his wrist in a cycling accident that November.

Live Nation, which signed the band to a global touring deal last fall, is planning a European leg for late summer, including festival appearances in August, and has penciled in Australian dates for early 2009. The band will warm up with a club show at London's Shepherd's Bush Empire on March 28, two weeks before the tour kicks off.

Ticket prices range from $39.50 to $125, and the band will donate $1 from every ticket to a music-education charity, as it has on each tour since 1998.

Leckie promised the set list would change nightly, drawing on all five albums. "We rehearsed 60 songs," he said. "We'll probably play 22 of them each night, and not the same 22."

Industry observers say the timing is smart. Arena grosses rose 9% in 2007, and several acts that returned after long breaks, including the Police, posted some of the strongest numbers on the road. "There's a pent-up demand that builds when a band stays away," said one veteran promoter. "The Kings are walking right into that now."
""", [
    ('Five Years', 'DURATION', 'P5Y'),
    ('this spring', 'DATE', '2008-SP'),
    ('2003', 'DATE', '2003'),
    ('Monday', 'DATE', '2008-02-04'),
    ('April 11', 'DATE', '2008-04-11'),
    ('June 7', 'DATE', '2008-06-07'),
    ('May 2', 'DATE', '2008-05-02'),
    ('May 9', 'DATE', '2008-05-09'),
    ('May 14', 'DATE', '2008-05-14'),
    ('three days later', 'DATE', '2008-05-17'),
    ('Saturday at 10 a.m.', 'TIME', '2008-02-09T10:00'),
    ('noon Thursday', 'TIME', '2008-02-07T12:00'),
    ('June 8', 'DATE', '2008-06-08'),
    ('late Monday', 'DATE', '2008-02-04'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('March 18', 'DATE', '2008-03-18'),
    ('last week', 'DATE', '2008-W05'),
    ('Five years', 'DURATION', 'P5Y'),
    ('2003', 'DATE', '2003'),
    ('that November', 'DATE', '2003-11'),
    ('last fall', 'DATE', '2007-FA'),
    ('late summer', 'DATE', '2008-SU'),
    ('August', 'DATE', '2008-08'),
    ('early 2009', 'DATE', '2009'),
    ('March 28', 'DATE', '2008-03-28'),
    ('two weeks', 'DURATION', 'P2W'),
    ('1998', 'DATE', '1998'),
    ('nightly', 'SET', 'P1D'),
    ('each night', 'SET', 'P1D'),
    ('2007', 'DATE', '2007'),
    ('now', 'DATE', 'PRESENT_REF'),
]),

# 3. The Hollywood Reporter, TV series renewed with season and episode schedule (2016)
('2016-01-08', 'auto', """'Lantern Bay' Renewed for Third Season at FX; Season 2 Finale Set for March

PASADENA - FX has renewed its coastal crime drama Lantern Bay for a third season, network president Dana Whitcombe announced Friday at the Television Critics Association press tour.

The 10-episode third season will begin filming in Wilmington, N.C., in April and is expected to premiere in early 2017. The renewal comes less than two weeks before the show's second season premieres Jan. 20 at 10 p.m. Its eight episodes will air weekly, with the finale set for March 9, and each installment will be repeated every Saturday night.

"We've known since the summer that we wanted more of this show," Whitcombe told reporters. "The scripts for season two were the strongest we've seen on this network."

The first season, which debuted in April 2015, averaged 2.4 million total viewers per episode once delayed viewing was counted, according to the network, making it FX's most-watched freshman drama since 2013.

Created by Maren Holt, a former reporter who spent a decade covering the courts for the Charlotte Observer, the series follows a small-town sheriff (Kate Orman) investigating a string of disappearances along the Outer Banks. Each episode runs about an hour with commercials.

Holt, who signed an overall deal with FX Productions last month, said she has mapped out the show's story through a fifth season. "I'd like to end it on our own terms, rather than have someone else end it for us," she said.

The renewal caps a busy stretch for the network, which on Tuesday set premiere dates for three comedies and on Wednesday said its animated series Pit Crew would end after its sixth season this spring.

Whitcombe also used her session to renew her warning about the volume of scripted television. Networks and streaming services aired 409 scripted series in 2015, nearly double the total of six years ago, according to FX research. She said the number was likely to keep rising "for the next few years" before the market corrects.

"At some point, something has to give," she said. "I don't know if it's 2017 or 2019, but it's coming."

Season two of Lantern Bay picks up six months after the events of the first season's finale, with the sheriff's department under state investigation. FX has scheduled a season one marathon for Saturday, Jan. 16.
""", [
    ('March', 'DATE', '2016-03'),
    ('Friday', 'DATE', '2016-01-08'),
    ('April', 'DATE', '2016-04'),
    ('early 2017', 'DATE', '2017'),
    ('less than two weeks', 'DURATION', 'P2W'),
    ('Jan. 20 at 10 p.m.', 'TIME', '2016-01-20T22:00'),
    ('weekly', 'SET', 'P1W'),
    ('March 9', 'DATE', '2016-03-09'),
    ('every Saturday night', 'SET', 'XXXX-WXX-6TNI'),
    ('the summer', 'DATE', '2015-SU'),
    ('April 2015', 'DATE', '2015-04'),
    ('2013', 'DATE', '2013'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('about an hour', 'DURATION', 'PT1H'),
    ('last month', 'DATE', '2015-12'),
    ('Tuesday', 'DATE', '2016-01-05'),
    ('Wednesday', 'DATE', '2016-01-06'),
    ('this spring', 'DATE', '2016-SP'),
    ('2015', 'DATE', '2015'),
    ('six years ago', 'DATE', '2010'),
    ('the next few years', 'DURATION', 'PXY'),
    ('2017', 'DATE', '2017'),
    ('2019', 'DATE', '2019'),
    ('six months', 'DURATION', 'P6M'),
    ('Saturday, Jan. 16', 'DATE', '2016-01-16'),
]),

# 4. The Guardian, awards ceremony and voting deadlines (2020)
('2020-01-09', 'auto', """Baftas promise voting review after all-white acting nominations

Academy says it is 'frustrated' as critics call for overhaul before next year's awards

The British Academy of Film and Television Arts has promised a wholesale review of its voting process after the nominations announced on Tuesday failed to include a single actor of colour in the four acting categories.

Bafta's chief executive said on Wednesday that the organisation was "frustrated and disappointed" and that changes would be in place before voting opens for next year's awards in the autumn.

The review, which will be led by an independent panel, is expected to report by the spring. It will examine how the academy's roughly 6,500 voting members choose nominees, and whether the longlisting stage introduced in 2012 has narrowed the field.

Second-round voting for this year's awards opens at 9am on 17 January and closes at 6pm on 30 January, with the winners revealed at the Royal Albert Hall on Sunday 2 February. The ceremony will be broadcast on BBC One from 7pm. Sam Mendes's first world war drama 1917 is among the frontrunners, with nine nominations.

"We had all of last year to get this right, and we didn't," said the actor Priya Sood, a Bafta member who has sat on its film committee for six years. "Nobody can pretend this came as a surprise."

Members have been able to stream contending films through Bafta's online viewing platform since November, and must confirm they have watched every film in a category before voting in it, a rule that has been in place for a decade.

Four years ago the Oscars faced a similar outcry under the #OscarsSoWhite banner, prompting the Academy of Motion Picture Arts and Sciences to pledge to double the number of women and minority members by 2020. Bafta introduced its own diversity standards for the outstanding British film category in 2019, but they do not apply to the acting awards.

The Oscar nominations will be announced on Monday, and campaigners said they would be watching closely. The Academy Awards ceremony takes place on 9 February, a week after the Baftas.

A Bafta spokesperson said the academy had recruited 600 new members in the past two years, 40% of them from ethnic minority backgrounds, but acknowledged that "the pace of change is too slow". The full list of new rules will be published in the summer.
""", [
    ('next year', 'DATE', '2021'),
    ('Tuesday', 'DATE', '2020-01-07'),
    ('Wednesday', 'DATE', '2020-01-08'),
    ('next year', 'DATE', '2021'),
    ('the autumn', 'DATE', '2020-FA'),
    ('the spring', 'DATE', '2020-SP'),
    ('2012', 'DATE', '2012'),
    ('this year', 'DATE', '2020'),
    ('9am on 17 January', 'TIME', '2020-01-17T09:00'),
    ('6pm on 30 January', 'TIME', '2020-01-30T18:00'),
    ('Sunday 2 February', 'DATE', '2020-02-02'),
    ('7pm', 'TIME', '2020-02-02T19:00'),
    ('last year', 'DATE', '2019'),
    ('six years', 'DURATION', 'P6Y'),
    ('November', 'DATE', '2019-11'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('Four years ago', 'DATE', '2016'),
    ('2020', 'DATE', '2020'),
    ('2019', 'DATE', '2019'),
    ('Monday', 'DATE', '2020-01-13'),
    ('9 February', 'DATE', '2020-02-09'),
    ('a week', 'DURATION', 'P1W'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('the summer', 'DATE', '2020-SU'),
]),

# 5. New York Times arts desk, museum exhibition run (2014)
('2014-09-18', 'auto', """A Forgotten Modernist Steps Out of the Barn

For nearly four decades after her death in 1961, the paintings of Agnes Varley sat wrapped in feed sacks in a barn in Columbia County, N.Y., seen by no one but the mice. On Friday, more than 60 of them will go on view at the Brooklyn Museum in "Agnes Varley: Weather Inside," the first major survey of her work.

The exhibition runs through Jan. 11 and travels next spring to the Art Institute of Chicago, where it will be on view from March 14 to June 21.

Varley, who was born in Albany in 1894 and studied in Paris in the 1920s, exhibited regularly in Manhattan galleries from 1928 to 1940. She stopped showing after a critic for this newspaper dismissed her interiors as "pleasant, and no more," a review she pinned above her easel for the rest of her life. After her husband's death in 1952 she rarely left the farm, and for the last nine years of her life she painted almost nothing but the view from a single north window, often in the same flat gray light.

Her grandnephew, Thomas Varley Reed, inherited the barn in 1998 and began cataloging its contents a decade later. The museum's curator of American art, Helen Okafor, has spent the past three years tracking down the 40 or so works that left the family, including two canvases found in January in an antiques mall in Hudson, N.Y.

"I first saw a Varley in a dealer's back room in 2009, and I couldn't stop thinking about it," Ms. Okafor said in an interview on Tuesday. "She was painting weather as a state of mind 20 years before anyone had a word for it."

The museum raised $1.2 million for the show, including a grant from the Henry Luce Foundation, and produced a 240-page catalog with essays by four scholars. A catalogue raisonne is due in November.

Critics who toured the galleries this week lingered longest in the final room, where 14 of the window paintings hang in chronological order, from the snowbound canvases of 1953 to a nearly abstract sheet of pink and gray dated March 1961, two months before she died.

Members may preview the exhibition tonight. General admission is $16, and the museum will stay open until 11 p.m. on Oct. 4 for its monthly First Saturday program, which will include a talk by Ms. Okafor. Admission will also be free every Thursday evening through the end of the year.

Ms. Okafor said she hoped the show would send scholars back to the archives. "For now, we just want people to look," she said. "She waited long enough."
""", [
    ('nearly four decades', 'DURATION', 'P4E|P40Y'),
    ('1961', 'DATE', '1961'),
    ('Friday', 'DATE', '2014-09-19'),
    ('Jan. 11', 'DATE', '2015-01-11'),
    ('next spring', 'DATE', '2015-SP'),
    ('March 14', 'DATE', '2015-03-14'),
    ('June 21', 'DATE', '2015-06-21'),
    ('1894', 'DATE', '1894'),
    ('the 1920s', 'DATE', '192'),
    ('1928', 'DATE', '1928'),
    ('1940', 'DATE', '1940'),
    ('1952', 'DATE', '1952'),
    ('the last nine years', 'DURATION', 'P9Y'),
    ('1998', 'DATE', '1998'),
    ('a decade later', 'DATE', '2008'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('January', 'DATE', '2014-01'),
    ('2009', 'DATE', '2009'),
    ('Tuesday', 'DATE', '2014-09-16'),
    ('20 years', 'DURATION', 'P20Y'),
    ('November', 'DATE', '2014-11'),
    ('this week', 'DATE', '2014-W38'),
    ('1953', 'DATE', '1953'),
    ('March 1961', 'DATE', '1961-03'),
    ('two months', 'DURATION', 'P2M'),
    ('tonight', 'DATE|TIME', '2014-09-18TNI'),
    ('11 p.m. on Oct. 4', 'TIME', '2014-10-04T23:00'),
    ('monthly', 'SET', 'P1M'),
    ('every Thursday evening', 'SET', 'XXXX-WXX-4TEV'),
    ('the end of the year', 'DATE', '2014|2014-12'),
    ('now', 'DATE', 'PRESENT_REF'),
]),

# 6. Rolling Stone, obituary of a performer (2022)
('2022-08-03', 'auto', """Della Crane, Memphis Soul Singer Behind 'Hold the Line, Harold,' Dead at 81

Della Crane, the Memphis soul singer whose 1967 single "Hold the Line, Harold" became a Northern Soul anthem decades after it faded from American radio, died Tuesday at her home in Germantown, Tennessee. She was 81.

Her daughter, Renee Crane-Wilkes, confirmed the death in a statement, saying her mother had been treated for congestive heart failure for the past two years. "She sang in the kitchen every morning, right up to the end," the statement said.

Born Della Mae Pruitt on Feb. 9, 1941, in Clarksdale, Mississippi, Crane moved to Memphis with her mother at 14 and was singing in church and at neighborhood talent shows within a year. She cut her first single for a local label in 1959 and spent the early Sixties singing backup on sessions around town, including dates at Stax and Hi.

"Hold the Line, Harold," a tart answer record about a two-timing boyfriend, spent 14 weeks on the Billboard Hot 100 in the summer of 1967, peaking at Number 23. A follow-up album, Sweet Relief, arrived the following year but stalled, and by 1972 Crane had left music to raise three children and work as a nurse's aide, a job she held for more than two decades.

Her career was revived in the late 1990s, when DJs in northern England began spinning original pressings of "Harold" that sold for hundreds of pounds. In 2004 she played her first concert in more than 30 years at a soul weekender in Blackpool, and she returned to Europe every summer until 2015.

"She didn't believe anybody over there knew her name," said producer Sam Whitlock, who recorded her 2011 comeback album, Still Standing. "Then she walked out in Blackpool and 3,000 people sang the first verse back to her. She cried for an hour afterward."

Crane's husband, Otis, died in 2009 after 47 years of marriage. She is survived by her three children, seven grandchildren and a sister, Ruby Pruitt Ames.

Crane had been scheduled to appear at a tribute to Memphis soul at London's Jazz Cafe in October; organizers said Wednesday the show would go ahead in her honor. She had canceled a hometown appearance last month on her doctors' advice.

A public memorial will be held Aug. 13 at Mississippi Boulevard Christian Church in Memphis, with a viewing the evening before.
""", [
    ('1967', 'DATE', '1967'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('Tuesday', 'DATE', '2022-08-02'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO'),
    ('Feb. 9, 1941', 'DATE', '1941-02-09'),
    ('a year', 'DURATION', 'P1Y'),
    ('1959', 'DATE', '1959'),
    ('the early Sixties', 'DATE', '196'),
    ('14 weeks', 'DURATION', 'P14W'),
    ('the summer of 1967', 'DATE', '1967-SU'),
    ('the following year', 'DATE', '1968'),
    ('1972', 'DATE', '1972'),
    ('more than two decades', 'DURATION', 'P2E|P20Y'),
    ('the late 1990s', 'DATE', '199'),
    ('2004', 'DATE', '2004'),
    ('more than 30 years', 'DURATION', 'P30Y'),
    ('every summer', 'SET', 'XXXX-SU'),
    ('2015', 'DATE', '2015'),
    ('2011', 'DATE', '2011'),
    ('an hour', 'DURATION', 'PT1H'),
    ('2009', 'DATE', '2009'),
    ('47 years', 'DURATION', 'P47Y'),
    ('October', 'DATE', '2022-10'),
    ('Wednesday', 'DATE', '2022-08-03'),
    ('last month', 'DATE', '2022-07'),
    ('Aug. 13', 'DATE', '2022-08-13'),
    ('the evening before', 'DATE|TIME', '2022-08-12TEV'),
]),

# 7. BBC entertainment, festival programme (2010)
('2010-06-03', 'auto', """Edinburgh Fringe unveils its biggest programme yet

The Edinburgh Festival Fringe has unveiled its biggest programme to date, with more than 40,000 performances of 2,453 shows due to take place across 259 venues this August.

The festival runs from Friday 6 August to Monday 30 August, with previews starting on Wednesday 4 August, two days before the official opening.

Tickets went on sale at 10:00 today, and the Fringe Society said its website had handled more than 20,000 bookings within 90 minutes.

Fringe Society chief executive Anna Reid said the figures showed the festival was "as healthy as it has ever been", despite the recession squeezing audiences and performers alike.

Comedy makes up more than a third of the programme, with theatre accounting for 29%. There are 539 shows from 47 countries outside the UK, and the number of shows has risen by almost 40% since 2000.

Last year, the Fringe sold a record 1.86 million tickets, a 21% increase on 2008, when a new computerised box office system collapsed days before the festival opened.

Ms Reid, who took over in 2009 after the box office failure prompted a shake-up of the organisation, said the society had spent the past 12 months overhauling its systems. "We will not see a repeat of that," she said.

Fringe Sunday, the free open-air showcase that drew crowds to Holyrood Park for more than two decades, will not return, organisers confirmed. Instead, a series of free street events will take place on the Mound every weekend during the festival.

Comedian Stewart Lang, who first performed at the Fringe as a student in 1987, said: "It's nearly four weeks of madness, and I wouldn't miss it. I've skipped it twice, and regretted it both times."

Performers have also been warned to plan for the weather after heavy rain forced dozens of outdoor shows to be cancelled last summer.

The Edinburgh International Book Festival will announce its line-up next week, and further Fringe shows may be added in the coming weeks.

The Edinburgh International Festival, the older event alongside which the Fringe grew up in 1947, runs from 13 August to 5 September.
""", [
    ('this August', 'DATE', '2010-08'),
    ('Friday 6 August', 'DATE', '2010-08-06'),
    ('Monday 30 August', 'DATE', '2010-08-30'),
    ('Wednesday 4 August', 'DATE', '2010-08-04'),
    ('two days', 'DURATION', 'P2D'),
    ('10:00 today', 'TIME', '2010-06-03T10:00'),
    ('90 minutes', 'DURATION', 'PT90M'),
    ('2000', 'DATE', '2000'),
    ('Last year', 'DATE', '2009'),
    ('2008', 'DATE', '2008'),
    ('days', 'DURATION', 'PXD'),
    ('2009', 'DATE', '2009'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('more than two decades', 'DURATION', 'P2E|P20Y'),
    ('every weekend', 'SET', 'XXXX-WXX-WE'),
    ('1987', 'DATE', '1987'),
    ('nearly four weeks', 'DURATION', 'P4W'),
    ('last summer', 'DATE', '2009-SU'),
    ('next week', 'DATE', '2010-W23'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('1947', 'DATE', '1947'),
    ('13 August', 'DATE', '2010-08-13'),
    ('5 September', 'DATE', '2010-09-05'),
]),

# 8. Billboard, chart week (2019)
('2019-11-25', 'auto', """Marisol Vega's 'Lowlight' Debuts at No. 1 on Billboard 200 Albums Chart

Marisol Vega earns her second No. 1 album on the Billboard 200 chart, as Lowlight debuts atop the list. The set earned 148,000 equivalent album units in the U.S. in the week ending Nov. 21, according to Nielsen Music.

The Billboard 200 chart ranks the most popular albums in the U.S. each week based on multi-metric consumption, which includes traditional album sales, track equivalent albums (TEA) and streaming equivalent albums (SEA). The new top 10 of the Billboard 200 chart, dated Dec. 7, will be posted in full on Billboard's websites on Tuesday, Nov. 26.

Of Lowlight's 148,000 units, album sales comprise 71,000, boosted by a concert ticket/album sale redemption offer tied to Vega's arena tour, which begins Feb. 4 in Phoenix. SEA units comprise 74,000 (equaling 101.2 million on-demand streams of the album's 14 songs) and TEA units comprise 3,000.

Lowlight, released Nov. 15 via Atlantic, is the largest debut for an album by a woman since Taylor Swift's Lover opened with 867,000 units in September. Vega promoted the set with a performance on Saturday Night Live on Nov. 16 and a string of talk-show appearances last week.

Vega's previous album, Open Water, debuted at No. 1 in March 2017 with 92,000 units and logged 58 weeks on the chart.

Rapper Young Harlan's Gold Teeth, No. 1 last week, falls to No. 3 with 81,000 units (down 38%), while Kendra Wells' Paper Houses holds at No. 2.

Elsewhere in the top 10, country singer Dale Harmon's Christmas album Tinsel Town re-enters at No. 9 as holiday listening ramps up ahead of Thanksgiving. The album, first released in 2016, has returned to the top 10 every December since.

Retailers expect Black Friday discounts to lift physical album sales on the chart dated Dec. 14, when Lowlight's vinyl edition, delayed by a pressing-plant backlog, is also due to arrive in stores.

Vega, who turns 30 in January, told Billboard earlier this month that she wrote most of Lowlight in six weeks after her grandmother's death in 2018. "I barely left my apartment," she said. "The record is basically my diary."
""", [
    ('the week ending Nov. 21', 'DATE', '2019-11-21|2019-W47'),
    ('each week', 'SET', 'P1W'),
    ('Dec. 7', 'DATE', '2019-12-07'),
    ('Tuesday, Nov. 26', 'DATE', '2019-11-26'),
    ('Feb. 4', 'DATE', '2020-02-04'),
    ('Nov. 15', 'DATE', '2019-11-15'),
    ('September', 'DATE', '2019-09'),
    ('Nov. 16', 'DATE', '2019-11-16'),
    ('last week', 'DATE', '2019-W47'),
    ('March 2017', 'DATE', '2017-03'),
    ('58 weeks', 'DURATION', 'P58W'),
    ('last week', 'DATE', '2019-W47'),
    ('Thanksgiving', 'DATE', '2019-11-28'),
    ('2016', 'DATE', '2016'),
    ('every December', 'SET', 'XXXX-12'),
    ('Black Friday', 'DATE', '2019-11-29'),
    ('Dec. 14', 'DATE', '2019-12-14'),
    ('January', 'DATE', '2020-01'),
    ('earlier this month', 'DATE', '2019-11'),
    ('six weeks', 'DURATION', 'P6W'),
    ('2018', 'DATE', '2018'),
]),

# 9. Variety, film release dates moved in the pandemic (2020)
('2020-04-03', 'auto', """Universal Moves 'Night Circuit' to 2021 as Pandemic Upends Summer Calendar

Universal Pictures has pushed its street-racing sequel "Night Circuit" back nearly a year, from June 26 to April 2, 2021, the studio said Friday, as movie theaters across the country remain shuttered by the coronavirus pandemic.

The studio also moved its animated musical "Pebble & Fern" from July 17 to Oct. 2 and said its horror film "The Quiet House," originally dated for March 13, will skip theaters altogether and debut on premium video on demand April 24.

More than 40,000 U.S. screens have been dark since mid-March, when AMC, Regal and Cinemark closed their doors within days of one another. The National Association of Theatre Owners said last week it hoped cinemas could reopen by Memorial Day, though executives privately concede that a return in July is more realistic.

"Night Circuit" wrapped production in Atlanta in December and was deep in post-production when its editors began working from home two weeks ago. A person close to the film said the effects-heavy finale alone would have needed another ten weeks of work under normal conditions.

"Nobody wants to put a movie like this out in a half-empty marketplace," said Universal's distribution chief. "We'd rather wait and do it right."

The franchise's previous installment opened in July 2017 and grossed $740 million worldwide, more than a third of it from China, where theaters have been closed since late January.

Box office revenue in the U.S. and Canada totaled $1.78 billion in the first quarter, down 25% from a year earlier, according to Comscore. Before the shutdown, analysts had forecast record domestic ticket sales of nearly $12 billion for 2020, driven by a slate packed with sequels and superhero films.

Paramount, Warner Bros. and Sony have each moved multiple titles over the past three weeks, and Disney is expected to unveil a revised slate in the coming days. Universal said it would revisit its fall lineup in May.

For now, exhibitors are bracing for months without revenue. Several regional chains have furloughed most of their staff, and the theater owners' association has asked Congress to include cinemas in any further relief package.
""", [
    ('2021', 'DATE', '2021'),
    ('Summer', 'DATE', '2020-SU'),
    ('nearly a year', 'DURATION', 'P1Y'),
    ('June 26', 'DATE', '2020-06-26'),
    ('April 2, 2021', 'DATE', '2021-04-02'),
    ('Friday', 'DATE', '2020-04-03'),
    ('July 17', 'DATE', '2020-07-17'),
    ('Oct. 2', 'DATE', '2020-10-02'),
    ('March 13', 'DATE', '2020-03-13'),
    ('April 24', 'DATE', '2020-04-24'),
    ('mid-March', 'DATE', '2020-03'),
    ('days', 'DURATION', 'PXD'),
    ('last week', 'DATE', '2020-W13'),
    ('Memorial Day', 'DATE', '2020-05-25'),
    ('July', 'DATE', '2020-07'),
    ('December', 'DATE', '2019-12'),
    ('two weeks ago', 'DATE', '2020-W12|2020-03-20'),
    ('ten weeks', 'DURATION', 'P10W'),
    ('July 2017', 'DATE', '2017-07'),
    ('late January', 'DATE', '2020-01'),
    ('the first quarter', 'DATE', '2020-Q1'),
    ('a year earlier', 'DATE', '2019-Q1|2019'),
    ('2020', 'DATE', '2020'),
    ('the past three weeks', 'DURATION', 'P3W'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('fall', 'DATE', '2020-FA'),
    ('May', 'DATE', '2020-05'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('months', 'DURATION', 'PXM'),
]),

# 10. The Guardian, TV series ending (2006)
('2006-10-12', 'auto', """BBC to call time on Larkfield after five series

BBC One's period drama Larkfield is to end next year after five series, the corporation confirmed yesterday.

The final six-part series will be filmed in West Yorkshire over the winter and is expected to air in the autumn of 2007, with a feature-length special that Christmas bringing the saga to a close.

The drama, which follows three generations of a Halifax mill-owning family from 1899 to the outbreak of the first world war, was launched in January 2003 and has regularly drawn audiences of more than 7 million.

Its creator, Gillian Ashdown, said she had always intended the story to end in 1914. "I've known for about two years where the last scene would be set," she said. "It felt dishonest to keep the family going just because the ratings were good."

The fourth series concludes on Sunday at 9pm. It was watched by an average of 6.8 million viewers last Sunday, down from 8.1 million for the series opener in early September, according to industry figures.

The announcement comes a week after the channel's controller told producers that BBC One would commission fewer, bigger dramas over the next three years as it absorbs cuts to its programme budget. The BBC is still awaiting the government's decision on the licence fee settlement, which is expected before the end of the year.

Ashdown denied the decision was driven by cost. "Nobody pushed us," she said. "If anything, they asked us to carry on."

BBC Worldwide has sold Larkfield to more than 40 countries since 2004, and the first four series will be repeated weekly on BBC Four from November.

ITV, meanwhile, said on Tuesday that its police drama Brightwater would return for a 10th series in the new year, ending speculation that it would be axed after its ratings fell by a fifth this autumn.

Period drama has been a mainstay of the BBC schedule for decades, but executives privately admit that the genre's costs have risen faster than its audiences. Ashdown's next project, a contemporary thriller for BBC Two, is in development and could go into production in 2008.
""", [
    ('next year', 'DATE', '2007'),
    ('yesterday', 'DATE', '2006-10-11'),
    ('the winter', 'DATE', '2006-WI'),
    ('the autumn of 2007', 'DATE', '2007-FA'),
    ('that Christmas', 'DATE', '2007-12-25'),
    ('1899', 'DATE', '1899'),
    ('January 2003', 'DATE', '2003-01'),
    ('1914', 'DATE', '1914'),
    ('about two years', 'DURATION', 'P2Y'),
    ('Sunday at 9pm', 'TIME', '2006-10-15T21:00'),
    ('last Sunday', 'DATE', '2006-10-08'),
    ('early September', 'DATE', '2006-09'),
    ('a week', 'DURATION', 'P1W'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('the end of the year', 'DATE', '2006|2006-12'),
    ('2004', 'DATE', '2004'),
    ('weekly', 'SET', 'P1W'),
    ('November', 'DATE', '2006-11'),
    ('Tuesday', 'DATE', '2006-10-10'),
    ('the new year', 'DATE', '2007'),
    ('this autumn', 'DATE', '2006-FA'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('2008', 'DATE', '2008'),
]),

# 11. Rolling Stone, stadium tour announcement (2024)
('2024-02-29', 'auto', """Juniper Fields Announce First Tour in Six Years, Heading to Stadiums This Summer

Juniper Fields are heading back out on the road, and going bigger than ever. The Nashville-born indie-folk band announced Thursday a 30-date North American stadium tour, their first run of shows since 2018, kicking off July 12 at Denver's Empower Field at Mile High and wrapping Sept. 28 at the Rose Bowl in Pasadena, California.

The trek includes stops at Chicago's Soldier Field on July 20 and Boston's Fenway Park on Aug. 2, plus a hometown show at Nissan Stadium in Nashville on Saturday, Aug. 31, followed by a Labor Day matinee at the same venue. The band will also headline the Newport Folk Festival on July 27.

Tickets go on sale to the general public at 10 a.m. on Friday, March 8, following a Verified Fan presale that begins March 6. Fans can register for the presale until 11:59 p.m. Sunday.

"It's leap day, so we figured we'd take a leap," frontwoman Lila Marsh joked in an Instagram post announcing the dates.

The tour supports the band's fourth album, Long Division, out May 17 via Dead Oceans. Marsh said the group wrote most of it over two months in the fall of 2022, holed up in a rented farmhouse in Vermont with no cell service.

"We took six years off because we had to," Marsh told Rolling Stone last week. "After that last tour, none of us could stand to be in a van together. Now we actually like each other again."

The group's 2018 tour was cut short in October of that year when drummer Eli Stroud needed emergency back surgery; the band canceled its final 14 dates and went on hiatus the following spring. Their 2016 single "Porchlight" has since found a second life on TikTok, where it has been used in more than 400,000 videos in the past year, and the band's Spotify audience has tripled since January.

Promoters say the jump from theaters to stadiums is a gamble, but one that has paid off for a string of folk and Americana acts over the past 18 months. "Five years ago, nobody would have put a band like this in a football stadium," said one booking agent. "Now it's the smart play."

Opening acts, including Tennessee songwriter Rae Hollis, will rotate nightly.
""", [
    ('Six Years', 'DURATION', 'P6Y'),
    ('This Summer', 'DATE', '2024-SU'),
    ('Thursday', 'DATE', '2024-02-29'),
    ('2018', 'DATE', '2018'),
    ('July 12', 'DATE', '2024-07-12'),
    ('Sept. 28', 'DATE', '2024-09-28'),
    ('July 20', 'DATE', '2024-07-20'),
    ('Aug. 2', 'DATE', '2024-08-02'),
    ('Saturday, Aug. 31', 'DATE', '2024-08-31'),
    ('Labor Day', 'DATE', '2024-09-02'),
    ('July 27', 'DATE', '2024-07-27'),
    ('10 a.m. on Friday, March 8', 'TIME', '2024-03-08T10:00'),
    ('March 6', 'DATE', '2024-03-06'),
    ('11:59 p.m. Sunday', 'TIME', '2024-03-03T23:59'),
    ('leap day', 'DATE', '2024-02-29'),
    ('May 17', 'DATE', '2024-05-17'),
    ('two months', 'DURATION', 'P2M'),
    ('the fall of 2022', 'DATE', '2022-FA'),
    ('six years', 'DURATION', 'P6Y'),
    ('last week', 'DATE', '2024-W08'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('2018', 'DATE', '2018'),
    ('October of that year', 'DATE', '2018-10'),
    ('the following spring', 'DATE', '2019-SP'),
    ('2016', 'DATE', '2016'),
    ('the past year', 'DURATION', 'P1Y'),
    ('January', 'DATE', '2024-01'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('Five years ago', 'DATE', '2019'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('nightly', 'SET', 'P1D'),
]),

# 12. BBC entertainment, Christmas ratings for a sitcom finale (2017)
('2017-12-27', 'auto', """Christmas Day TV: The Vicarage finale tops festive ratings

The final episode of BBC One sitcom The Vicarage was the most-watched programme on Christmas Day, according to early viewing figures.

The special, which ran for an hour from 19:30, was seen by an average of 7.9 million viewers, bringing to an end a show that began in 2009.

Strictly Come Dancing's festive special came second with 7.6 million, while the Queen's speech, shown at 15:00 on BBC One and ITV, drew a combined audience of 7.1 million. Coronation Street was ITV's most-watched show, with 6.2 million.

Writer Tom Keel announced in March that the fifth series would be the last. It aired on Friday nights in November and December, with the finale held back for Christmas.

Speaking on Boxing Day, Keel said ending the show "felt like the right thing after nearly a decade". "I'd rather people were sad it's gone than relieved it's finally over," he said.

Festive audiences have fallen sharply over the past decade as viewers shift to catch-up and streaming services. In 2007, the most-watched programme on 25 December drew more than 13 million viewers.

The figures do not include people who recorded programmes or watched them on BBC iPlayer, where The Vicarage finale had been requested 1.2 million times by Tuesday evening. Consolidated figures, which include viewing within seven days of broadcast, will be published next week.

The BBC said Keel had begun writing a new comedy drama for the channel, which will start filming in the spring. He has also agreed to appear in a documentary about the making of the show.

Viewers looking ahead to the new year can expect the return of Jools' Annual Hootenanny on BBC Two on New Year's Eve, while BBC Scotland will broadcast its Hogmanay celebrations live from Edinburgh from 23:00.
""", [
    ('Christmas Day', 'DATE', '2017-12-25'),
    ('Christmas Day', 'DATE', '2017-12-25'),
    ('an hour', 'DURATION', 'PT1H'),
    ('19:30', 'TIME', '2017-12-25T19:30'),
    ('2009', 'DATE', '2009'),
    ('15:00', 'TIME', '2017-12-25T15:00'),
    ('March', 'DATE', '2017-03'),
    ('Friday nights', 'SET', 'XXXX-WXX-5TNI'),
    ('November', 'DATE', '2017-11'),
    ('December', 'DATE', '2017-12'),
    ('Christmas', 'DATE', '2017-12-25'),
    ('Boxing Day', 'DATE', '2017-12-26'),
    ('nearly a decade', 'DURATION', 'P10Y|P1E'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('2007', 'DATE', '2007'),
    ('25 December', 'DATE', '2007-12-25'),
    ('Tuesday evening', 'DATE|TIME', '2017-12-26TEV'),
    ('seven days', 'DURATION', 'P7D'),
    ('next week', 'DATE', '2018-W01'),
    ('the spring', 'DATE', '2018-SP'),
    ('the new year', 'DATE', '2018'),
    ("New Year's Eve", 'DATE', '2017-12-31'),
    ('Hogmanay', 'DATE', '2017-12-31'),
    ('23:00', 'TIME', '2017-12-31T23:00'),
]),
]
