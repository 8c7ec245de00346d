# Gold TIMEX3 probe set 111: arts and entertainment news (releases, premieres, festivals, awards, tours, exhibitions, anniversaries), 1996-2025, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, museum exhibition draws record crowds (1996)
('1996-03-26', 'auto', """Homer Watercolors Draw Record Crowds in Milwaukee

MILWAUKEE (AP) — A touring exhibition of Winslow Homer watercolors has drawn more than 140,000 visitors in the five weeks since it opened, the largest turnout in the 108-year history of the Lakeshore Museum of Art, officials said Tuesday.

The show, "Homer at Sea: The Maine Watercolors," opened Feb. 17 and runs through May 12. Last Saturday the line at the front door stretched around the block by 9 a.m., an hour before the galleries opened.

"We have never seen anything like it," said director Margaret Ellison, who has led the museum since 1988. "People are driving up from Chicago and Minneapolis just to stand in front of these pictures."

Janet Kowalski of Racine waited nearly two hours that morning with her two grandsons. "It was cold, but nobody left," she said. "Once you get inside, you forget all about it."

The museum has extended its hours to meet the demand. Beginning next week, the galleries will stay open late every Thursday evening, and timed tickets will be sold in 30-minute blocks.

The 41 watercolors, most of them painted at Prouts Neck, Maine, between 1883 and 1909, have not been shown together since a 1936 exhibition in Boston. Many are on loan from private collectors who rarely allow them to travel.

Because watercolors fade when exposed to light, the works can hang for only about three months before they must be returned to dark storage for several years, said curator David Oyelaran.

"That's the bargain," he said. "You get to see them now, and then they disappear again."

The exhibition was organized by the Portland Museum of Art in Maine, where it opened last fall. After Milwaukee, it travels to the Seattle Art Museum, where it is scheduled to open in June.

Attendance figures released Tuesday show the museum sold 6,200 tickets on Sunday alone, a single-day record. The previous record, about 4,000, was set in 1991 during a show of Egyptian antiquities.

Officials expect the crowds to grow next month, when many Wisconsin schools let out for a week around Easter.

"We ordered 10,000 copies of the catalog in January and sold out in three weeks," Ellison said. "A second printing arrives Friday."
""", [
    ('five weeks', 'DURATION', 'P5W'),
    ('108-year', 'DURATION', 'P108Y'),
    ('Tuesday', 'DATE', '1996-03-26'),
    ('Feb. 17', 'DATE', '1996-02-17'),
    ('May 12', 'DATE', '1996-05-12'),
    ('Last Saturday', 'DATE', '1996-03-23'),
    ('9 a.m.', 'TIME', '1996-03-23T09:00'),
    ('an hour', 'DURATION', 'PT1H'),
    ('1988', 'DATE', '1988'),
    ('nearly two hours', 'DURATION', 'PT2H'),
    ('that morning', 'DATE|TIME', '1996-03-23TMO'),
    ('next week', 'DATE', '1996-W14'),
    ('every Thursday evening', 'SET', 'XXXX-WXX-4TEV'),
    ('30-minute', 'DURATION', 'PT30M'),
    ('1883', 'DATE', '1883'),
    ('1909', 'DATE', '1909'),
    ('1936', 'DATE', '1936'),
    ('about three months', 'DURATION', 'P3M'),
    ('several years', 'DURATION', 'PXY'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('last fall', 'DATE', '1995-FA'),
    ('June', 'DATE', '1996-06'),
    ('Tuesday', 'DATE', '1996-03-26'),
    ('Sunday', 'DATE', '1996-03-24'),
    ('1991', 'DATE', '1991'),
    ('next month', 'DATE', '1996-04'),
    ('a week', 'DURATION', 'P1W'),
    ('Easter', 'DATE', '1996-04-07'),
    ('January', 'DATE', '1996-01'),
    ('three weeks', 'DURATION', 'P3W'),
    ('Friday', 'DATE', '1996-03-29'),
]),
# 2. Reuters, film festival competition lineup (1999)
('1999-07-27', 'auto', """Venice festival picks 18 films for Golden Lion race

ROME, July 27 (Reuters) - The Venice Film Festival on Tuesday named 18 films to compete for its Golden Lion, with European directors dominating a lineup that organisers said reflected the renewed strength of the continent's cinema.

The 56th edition of the world's oldest film festival, founded in 1932, runs from September 1 to September 11 on the Lido, the thin strip of island that shelters the Venice lagoon. Organisers said more than 3,000 journalists had already applied for accreditation, up from about 2,600 last year.

Italian director Paolo Renzi's "The Salt Road", a three-hour drama about a family of salt workers in Sicily in the 1950s, will open the competition. Spanish, French and German productions account for nine of the other entries, and two first-time directors made the cut.

Festival director Giorgio Valli told a news conference in Rome that the selection committee had watched more than 1,100 films since January.

"Every year we say it was difficult to choose. This year it really was," Valli said. "We left out at least ten films we loved."

Hollywood is represented by two studio films screening out of competition, including a gala screening on the evening of September 4 that organisers expect to draw several American stars to the Lido. Valli declined to name them.

Last year's Golden Lion went to Italian director Gianni Amelio's "The Way We Laughed", and Italian critics had been pressing for another strong home showing.

Renzi last competed at Venice in 1987 and has not made a feature film for nearly a decade. He spent four years raising money for "The Salt Road", which was shot over 14 weeks in the summer of 1998 with a largely non-professional cast.

"He called me every morning for two years asking if we would look at it," said one member of the selection committee, who asked not to be named. "In the end, it was the best thing we saw."

The jury, whose president is to be named next week, will announce the prizes at a closing ceremony on Saturday, September 11.

Public ticket sales open on August 16, and the full screening schedule will be published early next month, organisers said.

The festival has struggled in recent years to compete for the biggest premieres with Cannes, which takes place each May, and with the Toronto festival, which overlaps with Venice every September.
""", [
    ('July 27', 'DATE', '1999-07-27'),
    ('Tuesday', 'DATE', '1999-07-27'),
    ('1932', 'DATE', '1932'),
    ('September 1', 'DATE', '1999-09-01'),
    ('September 11', 'DATE', '1999-09-11'),
    ('last year', 'DATE', '1998'),
    ('three-hour', 'DURATION', 'PT3H'),
    ('the 1950s', 'DATE', '195'),
    ('January', 'DATE', '1999-01'),
    ('Every year', 'SET', 'P1Y'),
    ('This year', 'DATE', '1999'),
    ('the evening of September 4', 'DATE|TIME', '1999-09-04TEV'),
    ('Last year', 'DATE', '1998'),
    ('1987', 'DATE', '1987'),
    ('nearly a decade', 'DURATION', 'P10Y|P1DE'),
    ('four years', 'DURATION', 'P4Y'),
    ('14 weeks', 'DURATION', 'P14W'),
    ('the summer of 1998', 'DATE', '1998-SU'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO'),
    ('two years', 'DURATION', 'P2Y'),
    ('next week', 'DATE', '1999-W31'),
    ('Saturday, September 11', 'DATE', '1999-09-11'),
    ('August 16', 'DATE', '1999-08-16'),
    ('early next month', 'DATE', '1999-08'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('each May', 'SET', 'XXXX-05'),
    ('every September', 'SET', 'XXXX-09'),
]),
# 3. Variety, studio moves a summer release date (2003)
('2003-02-19', 'auto', """Meridian sails 'Iron Harbor' into crowded frame

By KEN LAWSON

Meridian Pictures has moved its $110 million naval thriller "Iron Harbor" from July 4 to May 23, planting the pic squarely in the Memorial Day frame against at least two other tentpoles, the studio said Wednesday.

The move, first reported by Daily Variety last week, gives the film a six-week head start on the summer's biggest holiday, when Meridian's animated "Pip and the Pirates" will take its place.

Studio co-chairman Ellen Marsh said test screenings in Sherman Oaks on Feb. 8 and in Phoenix on Saturday had scored "through the roof," and the company wanted to give the picture room to breathe before "the July glut."

"Iron Harbor," directed by Sam Whitcombe and starring Jason Kell and Nadia Ferrer, wrapped principal photography in October after 94 days of shooting in Hawaii and Long Beach. Effects house Lumen Digital is delivering roughly 600 shots, and sources said the earlier date will mean double shifts at the company through April.

"Nobody's sleeping until May," said one person close to the production.

The holiday frame has become one of the most lucrative on the calendar. Last year, the top opener over the holiday grossed $67 million in four days.

Competition this year is stiff. Warner Bros.' "The Matrix Reloaded" bows May 15, Universal's Jim Carrey comedy "Bruce Almighty" opens the same day as "Iron Harbor," and Disney-Pixar's "Finding Nemo" follows a week later.

Exhibitors said Tuesday they welcomed the shift. "Four weeks ago we thought July was going to be impossible," said a booker for a Midwest circuit. "Now it's just crowded."

Rival studios were less sanguine. One distribution chief, who asked not to be named, called the move "a bluff that became a plan" and said his studio had no intention of blinking.

Meridian will unveil the first full trailer during the Academy Awards telecast on March 23. A 30-second teaser that aired during the Super Bowl on Jan. 26 has been viewed more than 4 million times on the studio's website, the company said, and the marketing campaign will kick into high gear next month.

Whitcombe, whose last film opened in November 2000, said he had no complaints. "I'd rather fight in May than drown in July," he said.
""", [
    ('July 4', 'DATE', '2003-07-04'),
    ('May 23', 'DATE', '2003-05-23'),
    ('Memorial Day', 'DATE', '2003-05-26'),
    ('Wednesday', 'DATE', '2003-02-19'),
    ('last week', 'DATE', '2003-W07'),
    ('six-week', 'DURATION', 'P6W'),
    ('the summer', 'DATE', '2003-SU'),
    ('Feb. 8', 'DATE', '2003-02-08'),
    ('Saturday', 'DATE', '2003-02-15'),
    ('July', 'DATE', '2003-07'),
    ('October', 'DATE', '2002-10'),
    ('94 days', 'DURATION', 'P94D'),
    ('April', 'DATE', '2003-04'),
    ('May', 'DATE', '2003-05'),
    ('Last year', 'DATE', '2002'),
    ('four days', 'DURATION', 'P4D'),
    ('this year', 'DATE', '2003'),
    ('May 15', 'DATE', '2003-05-15'),
    ('the same day', 'DATE', '2003-05-23'),
    ('a week later', 'DATE', '2003-05-30'),
    ('Tuesday', 'DATE', '2003-02-18'),
    ('Four weeks ago', 'DATE', '2003-W04'),
    ('July', 'DATE', '2003-07'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('March 23', 'DATE', '2003-03-23'),
    ('30-second', 'DURATION', 'PT30S'),
    ('Jan. 26', 'DATE', '2003-01-26'),
    ('next month', 'DATE', '2003-03'),
    ('November 2000', 'DATE', '2000-11'),
    ('May', 'DATE', '2003-05'),
    ('July', 'DATE', '2003-07'),
]),
# 4. Rolling Stone, band reunion tour announced (2007)
('2007-10-16', 'auto', """The Hollow Pines Announce Reunion Tour

By MARCUS BELL

The Hollow Pines split onstage in Colorado in the summer of 1998. Now they're getting back together. The Minneapolis alt-rock band announced Tuesday that it will play 24 arena dates across North America beginning February 12th in Seattle, and frontman Cal Decker says a new album could follow.

"We hadn't been in the same room for almost eight years," Decker told Rolling Stone last week, sitting in a rehearsal space in north Minneapolis where the four original members have been working three nights a week since August. "Then my mom got sick last winter, and Joey showed up at the hospital with a casserole. That was it."

The band's 1994 debut, Porchlight, went platinum, and 1996's Saltwater Hymns spent 31 weeks on the Billboard 200. But by the time of their fourth album, in 1998, the band was exhausted, Decker says. The breakup came on July 19th of that year, when drummer Ray Soto walked off the stage at Red Rocks after four songs and never came back.

"I was drinking a lot," Soto says now. "I'd been angry for two years and I didn't know why."

Tickets go on sale at 10 a.m. Saturday through Ticketmaster, and members of the band's fan club will get a 48-hour presale starting Thursday. The tour wraps April 5th at Minneapolis' Target Center, where the Pines played a pair of sold-out shows in 1997.

Decker, 41, has spent the past decade scoring independent films and raising two kids. Guitarist Lena Marsh released two solo albums, the most recent in 2005, and bassist Joey Lund went back to school and now teaches high school history in Duluth.

Eight new songs already exist, Decker says, and the band hopes to record them in the spring with producer Tom Haskell, who worked on Porchlight. "We're not going to pretend it's 1995 again," he says. "We're older. We've got stuff to say about that."

Longtime fans may get a preview sooner. The Pines plan an unannounced warm-up show at a small club in St. Paul sometime in January, and a live recording of the 1998 Red Rocks set, shelved for years, will finally be released on Black Friday as a limited vinyl edition.

"I couldn't listen to it," Lund says. "Last month I put it on in the car and laughed the whole way home. We were so young."
""", [
    ('the summer of 1998', 'DATE', '1998-SU'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Tuesday', 'DATE', '2007-10-16'),
    ('February 12th', 'DATE', '2008-02-12'),
    ('almost eight years', 'DURATION', 'P8Y'),
    ('last week', 'DATE', '2007-W41'),
    ('three nights a week', 'SET', 'P1W'),
    ('August', 'DATE', '2007-08'),
    ('last winter', 'DATE', '2006-WI'),
    ('1994', 'DATE', '1994'),
    ('1996', 'DATE', '1996'),
    ('31 weeks', 'DURATION', 'P31W'),
    ('1998', 'DATE', '1998'),
    ('July 19th of that year', 'DATE', '1998-07-19'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('two years', 'DURATION', 'P2Y'),
    ('10 a.m. Saturday', 'TIME', '2007-10-20T10:00'),
    ('48-hour', 'DURATION', 'PT48H'),
    ('Thursday', 'DATE', '2007-10-18'),
    ('April 5th', 'DATE', '2008-04-05'),
    ('1997', 'DATE', '1997'),
    ('the past decade', 'DURATION', 'P10Y|P1DE'),
    ('2005', 'DATE', '2005'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the spring', 'DATE', '2008-SP'),
    ('1995', 'DATE', '1995'),
    ('January', 'DATE', '2008-01'),
    ('1998', 'DATE', '1998'),
    ('years', 'DURATION', 'PXY'),
    ('Black Friday', 'DATE', '2007-11-23'),
    ('Last month', 'DATE', '2007-09'),
]),
# 5. The Guardian, Edinburgh fringe ticket sales (2011)
('2011-08-24', 'auto', """Edinburgh fringe on course for record ticket sales as late-night comedy booms

Hannah Wells, arts correspondent

The Edinburgh festival fringe is on course to sell more tickets than ever before, organisers said on Wednesday, with five days of the world's largest arts festival still to run.

By noon on Tuesday, the fringe box office had sold 1.62m tickets, up almost 7% on the same point last year. The festival, which opened on 5 August, closes on Monday.

"It has been an extraordinary three weeks," said Morag Innes, chief executive of the Festival Fringe Society. "Audiences have been willing to take a punt on shows they know nothing about, which is exactly what the fringe is for."

The biggest growth has come after dark. Sales for late-night shows have risen by almost a fifth since 2009, a trend promoters put down to a younger audience and the number of comedians now building their careers online before they arrive in the city.

At the Pleasance Courtyard on Tuesday night, queues for a midnight improvised musical snaked past the bar and out into the street. "We added a second performance last week because we kept turning people away," said the producer Tom Ashby. "Some of them had been waiting an hour."

Not everyone is celebrating. The performers' union Equity has again criticised the number of unpaid shows, and accommodation costs, which have risen steadily in recent years, remain the biggest worry for first-time acts. A one-bedroom flat in the New Town now rents for up to £3,000 for August.

"I've spent the past 18 months saving for this," said Leah Ford, a stand-up from Leeds performing her first solo show in a room above a pub. "I'll be paying it off until Christmas."

Innes said the society would look again at how venues charge performers, but warned that there was no quick fix. "The fringe has always been open to anyone. That's its strength, and it's also why it is so hard to regulate."

The fringe, which began in 1947 when eight theatre companies turned up uninvited to the first Edinburgh International Festival, has grown to more than 2,500 shows this year. Next year's programme will be launched in June 2012.

Organisers will publish final ticket figures next Tuesday, and the society's board meets in October to review the festival.
""", [
    ('Wednesday', 'DATE', '2011-08-24'),
    ('five days', 'DURATION', 'P5D'),
    ('noon on Tuesday', 'TIME', '2011-08-23T12:00'),
    ('last year', 'DATE', '2010'),
    ('5 August', 'DATE', '2011-08-05'),
    ('Monday', 'DATE', '2011-08-29'),
    ('three weeks', 'DURATION', 'P3W'),
    ('2009', 'DATE', '2009'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Tuesday night', 'DATE|TIME', '2011-08-23TNI'),
    ('midnight', 'TIME', '2011-08-23T24:00|2011-08-24T00:00'),
    ('last week', 'DATE', '2011-W33'),
    ('an hour', 'DURATION', 'PT1H'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('August', 'DATE', '2011-08'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('Christmas', 'DATE', '2011-12-25'),
    ('1947', 'DATE', '1947'),
    ('this year', 'DATE', '2011'),
    ('Next year', 'DATE', '2012'),
    ('June 2012', 'DATE', '2012-06'),
    ('next Tuesday', 'DATE', '2011-08-30'),
    ('October', 'DATE', '2011-10'),
]),
# 6. The Irish Times, theatre anniversary and new season (2014)
('2014-10-23', 'auto', """Abbey to mark 110th birthday with free performances

Aoife Brennan, Arts Correspondent

The Abbey Theatre will throw open its doors on December 27th, the 110th anniversary of its opening night, with free readings, backstage tours and a late performance of Lady Gregory's one-act comedy Spreading the News, one of the plays staged at the opening in 1904.

The national theatre announced the plans yesterday alongside its programme for the first half of 2015, which includes new work by four Irish playwrights and a revival of Seán O'Casey's The Plough and the Stars, to run from March to May.

Tickets for the anniversary events will be allocated by lottery. Applications open at 10am on Monday, November 3rd, and close a fortnight later.

A spokeswoman said the theatre expected demand to be high. When it marked its centenary in 2004, more than 8,000 people applied for 600 seats in the space of 48 hours.

The past ten years have not been easy for the theatre. Its finances were overhauled after a deficit crisis in 2004 and 2005, and its building on Lower Abbey Street, designed by Michael Scott and opened in 1966, has long been regarded as unfit for purpose.

Plans for a new home have been shelved more than once since the early 2000s, and a redevelopment of the existing site is not expected to begin before 2018.

The anniversary programme will also include an exhibition of costume designs and prompt books from the theatre's archive, which opens in the foyer next month and runs until late January.

The Abbey's audiences have grown in each of the last three years, the theatre said, and its 2013 season played to 87 per cent capacity. It receives about €6 million a year from the Arts Council, down from more than €8 million in 2008.

"In 1904 the audience was a few hundred people in a converted morgue," the spokeswoman said. "This Christmas we want the whole city to feel it is their birthday too."

Events on the anniversary will begin at 11am, and the theatre will stay open until midnight. Readings will run every hour in the Peacock, the Abbey's smaller stage, and the Plough and the Stars company will give an open rehearsal in the afternoon.

Several of the actors who appeared in the centenary production of The Playboy of the Western World a decade ago have agreed to take part, the theatre said, although it declined to give names.
""", [
    ('December 27th', 'DATE', '2014-12-27'),
    ('1904', 'DATE', '1904'),
    ('yesterday', 'DATE', '2014-10-22'),
    ('the first half of 2015', 'DATE', '2015-H1'),
    ('March', 'DATE', '2015-03'),
    ('May', 'DATE', '2015-05'),
    ('10am on Monday, November 3rd', 'TIME', '2014-11-03T10:00'),
    ('a fortnight later', 'DATE', '2014-11-17'),
    ('2004', 'DATE', '2004'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('The past ten years', 'DURATION', 'P10Y'),
    ('2004', 'DATE', '2004'),
    ('2005', 'DATE', '2005'),
    ('1966', 'DATE', '1966'),
    ('the early 2000s', 'DATE', '200'),
    ('2018', 'DATE', '2018'),
    ('next month', 'DATE', '2014-11'),
    ('late January', 'DATE', '2015-01'),
    ('the last three years', 'DURATION', 'P3Y'),
    ('2013', 'DATE', '2013'),
    ('a year', 'SET', 'P1Y'),
    ('2008', 'DATE', '2008'),
    ('1904', 'DATE', '1904'),
    ('This Christmas', 'DATE', '2014-12-25'),
    ('11am', 'TIME', '2014-12-27T11:00'),
    ('midnight', 'TIME', '2014-12-27T24:00|2014-12-28T00:00'),
    ('every hour', 'SET', 'PT1H'),
    ('the afternoon', 'DATE|TIME', '2014-12-27TAF'),
    ('a decade ago', 'DATE', '2004'),
]),
# 7. Local paper (narrative), community theater's 50th anniversary (2001)
('2001-05-11', 'auto', """Curtain rises on Riverside Players' golden anniversary

By LINDA MARSH
Ledger Staff Writer

When the Riverside Players staged their first show in the basement of St. Anne's parish hall in the spring of 1951, the audience sat on folding chairs borrowed from a funeral home and the stage lights were coffee cans wired to a single switch.

Fifty years later, the troupe is still going, and this weekend it opens its anniversary production, a revival of "Our Town," at the Grange Street Theater it has called home since 1978.

Curtain is at 8 p.m. tonight and Saturday, with a matinee at 2 p.m. Sunday. The show runs through May 27.

The group was founded by Harold and June Pettibone, a schoolteacher and a nurse who had met while performing in a USO show during the war. Their first production, a comedy called "Room Service," played to a total of 140 people. The following year they added a musical, and by 1955 the Players were staging four shows every year.

Harder times came in the 1970s. When the parish hall was sold in 1976, the group spent two years performing in the high school cafeteria. Then, in January 1978, a member spotted a for-sale sign on the old Grange hall. Two months later the Players had raised $18,000 from bake sales, raffles and a 24-hour telethon on WMLB radio, and they opened their first show in the new building that October.

Harold Pettibone died in 1989. June Pettibone, now 84, still attends every opening night and says she has missed only one, in 1994, when she was in the hospital with pneumonia.

"I sat in that cafeteria for two years wondering if anyone would ever come back," she said Wednesday. "Now look at it."

Director Carl Mendes, who joined the troupe as a teenager in 1983, has been rehearsing a cast of 22 four nights a week since mid-March. Several of the actors are the children or grandchildren of earlier members.

"It's a play about ordinary people in a small town, and about how quickly it all goes by," Mendes said. "We didn't have to look very far for that."

Tickets are $12, or $8 for students and seniors, and are available at the box office or at Hadley's Pharmacy on Main Street.

A reception for past members is planned for the evening of May 19, and the group will bury a time capsule on the theater grounds the following morning, to be opened in 2051.
""", [
    ('the spring of 1951', 'DATE', '1951-SP'),
    ('Fifty years later', 'DATE', '2001'),
    ('this weekend', 'DATE', '2001-W19-WE'),
    ('1978', 'DATE', '1978'),
    ('8 p.m. tonight', 'TIME', '2001-05-11T20:00'),
    ('Saturday', 'DATE', '2001-05-12'),
    ('2 p.m. Sunday', 'TIME', '2001-05-13T14:00'),
    ('May 27', 'DATE', '2001-05-27'),
    ('The following year', 'DATE', '1952'),
    ('1955', 'DATE', '1955'),
    ('every year', 'SET', 'P1Y'),
    ('the 1970s', 'DATE', '197'),
    ('1976', 'DATE', '1976'),
    ('two years', 'DURATION', 'P2Y'),
    ('January 1978', 'DATE', '1978-01'),
    ('Two months later', 'DATE', '1978-03'),
    ('24-hour', 'DURATION', 'PT24H'),
    ('that October', 'DATE', '1978-10'),
    ('1989', 'DATE', '1989'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1994', 'DATE', '1994'),
    ('two years', 'DURATION', 'P2Y'),
    ('Wednesday', 'DATE', '2001-05-09'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('1983', 'DATE', '1983'),
    ('four nights a week', 'SET', 'P1W'),
    ('mid-March', 'DATE', '2001-03'),
    ('the evening of May 19', 'DATE|TIME', '2001-05-19TEV'),
    ('the following morning', 'DATE|TIME', '2001-05-20TMO'),
    ('2051', 'DATE', '2051'),
]),
# 8. AP, long-running Broadway musical to close (2018)
('2018-11-29', 'auto', """'Harbor Lights' to close on Broadway after 11-year run

NEW YORK (AP) — "Harbor Lights," the seafaring musical that became one of Broadway's longest-running shows, will close early next year after more than 11 years and 4,300 performances, its producers announced Thursday.

The final performance at the Marlowe Theatre will be at 3 p.m. on Jan. 20.

The show opened in April 2007 to mixed reviews but built an audience through word of mouth and a rousing performance on the Tony Awards broadcast that June. It has grossed more than $690 million over its run and spawned productions in nine countries.

Producer Martin Feld said weekly grosses had slipped below the show's running costs for much of the fall, when tourism traditionally dips.

"Eleven years is a lifetime on Broadway," Feld said in a statement. "We always said we'd know when it was time. The last few months told us."

The musical's original star, Tony winner Grace Adeyemi, will return to the role of the lighthouse keeper's daughter for the closing stretch, beginning Dec. 10, the producers said. She left the show in 2009 and has since appeared in two television series.

Last week "Harbor Lights" played to 71 percent capacity, according to figures from the Broadway League, and took in about $640,000 — roughly half of what it was earning two years ago.

Broadway overall has been booming. The 2017-18 season set records for both attendance and grosses, with 13.8 million tickets sold, and grosses this fall are running ahead of last year's pace.

The closing frees one of the largest houses on West 45th Street at a moment when producers are lining up for theaters. The Marlowe's owners said Thursday that a musical adaptation of a hit 1980s film would move in next fall, but declined to name it.

A North American touring production of "Harbor Lights" will continue through at least the summer, and a new London staging opens in March at the Piccadilly Theatre.

Fans have already begun lining up. By midafternoon Thursday, the line at the box office stretched past the neighboring restaurant, and the show's website crashed for about 20 minutes.

"I saw it back in 2007, when I was 12," said Megan Ortiz of Hoboken, New Jersey, who was buying tickets as a birthday present for her mother. "I'm going to be there at the end, too."
""", [
    ('11-year', 'DURATION', 'P11Y'),
    ('early next year', 'DATE', '2019'),
    ('more than 11 years', 'DURATION', 'P11Y'),
    ('Thursday', 'DATE', '2018-11-29'),
    ('3 p.m. on Jan. 20', 'TIME', '2019-01-20T15:00'),
    ('April 2007', 'DATE', '2007-04'),
    ('that June', 'DATE', '2007-06'),
    ('weekly', 'SET', 'P1W'),
    ('the fall', 'DATE', '2018-FA'),
    ('Eleven years', 'DURATION', 'P11Y'),
    ('The last few months', 'DURATION', 'PXM'),
    ('Dec. 10', 'DATE', '2018-12-10'),
    ('2009', 'DATE', '2009'),
    ('Last week', 'DATE', '2018-W47'),
    ('two years ago', 'DATE', '2016'),
    ('2017-18', 'DATE', '2017|2018'),
    ('this fall', 'DATE', '2018-FA'),
    ('last year', 'DATE', '2017'),
    ('Thursday', 'DATE', '2018-11-29'),
    ('1980s', 'DATE', '198'),
    ('next fall', 'DATE', '2019-FA'),
    ('the summer', 'DATE', '2019-SU'),
    ('March', 'DATE', '2019-03'),
    ('midafternoon Thursday', 'DATE|TIME', '2018-11-29TAF'),
    ('about 20 minutes', 'DURATION', 'PT20M'),
    ('2007', 'DATE', '2007'),
]),
# 9. Reuters, film museum opens after years of delays (2021)
('2021-09-28', 'auto', """Hollywood's long-delayed film museum set to open its doors

LOS ANGELES, Sept 28 (Reuters) - After nearly a decade of planning and construction and four years of delays, the Academy Museum of Motion Pictures will open to the public on Thursday, giving Hollywood the showcase for its history that boosters have sought for nearly a century.

The museum, run by the Academy of Motion Picture Arts and Sciences, occupies the former May Company department store on Wilshire Boulevard, a 1939 landmark, along with a new spherical building designed by Italian architect Renzo Piano. It cost nearly $500 million.

Originally scheduled to open in 2017, the project was pushed back repeatedly by construction problems and fundraising, and then by the COVID-19 pandemic, which shut Los Angeles museums for much of last year.

Stars and studio executives attended a black-tie gala at the museum on Saturday night, one of the largest Hollywood gatherings since the pandemic began in early 2020.

Timed tickets for Thursday and Friday sold out within hours of going on sale in August, a spokeswoman said on Monday. Entry costs $25 for adults, and the museum will stay open late on Fridays and Saturdays.

Visitors must show proof of vaccination or a negative COVID-19 test taken within 72 hours, in line with Los Angeles County rules.

The opening exhibitions include a retrospective of Japanese animator Hayao Miyazaki, the first in North America, which runs until June next year, and a core exhibition, "Stories of Cinema," that will rotate its displays every few months.

The Academy, founded in 1927, first floated plans for a museum in the late 1920s but never found a site or the money until the May Company building became available. It will present its next Oscars ceremony on March 27, 2022.

Museum officials expect about 800,000 visitors a year and hope the building will become a fixture for tourists who now go no further than the Hollywood Walk of Fame, about 8 miles (13 km) away.

"Film has never had a proper home in this city," said one board member at the gala. "It took us 94 years, but now it does."
""", [
    ('Sept 28', 'DATE', '2021-09-28'),
    ('nearly a decade', 'DURATION', 'P10Y|P1DE'),
    ('four years', 'DURATION', 'P4Y'),
    ('Thursday', 'DATE', '2021-09-30'),
    ('nearly a century', 'DURATION', 'P100Y|P1CE'),
    ('1939', 'DATE', '1939'),
    ('2017', 'DATE', '2017'),
    ('last year', 'DATE', '2020'),
    ('Saturday night', 'DATE|TIME', '2021-09-25TNI'),
    ('early 2020', 'DATE', '2020'),
    ('Thursday', 'DATE', '2021-09-30'),
    ('Friday', 'DATE', '2021-10-01'),
    ('hours', 'DURATION', 'PXH'),
    ('August', 'DATE', '2021-08'),
    ('Monday', 'DATE', '2021-09-27'),
    ('Fridays', 'SET', 'XXXX-WXX-5'),
    ('Saturdays', 'SET', 'XXXX-WXX-6'),
    ('72 hours', 'DURATION', 'PT72H'),
    ('June next year', 'DATE', '2022-06'),
    ('every few months', 'SET', 'PXM'),
    ('1927', 'DATE', '1927'),
    ('the late 1920s', 'DATE', '192'),
    ('March 27, 2022', 'DATE', '2022-03-27'),
    ('a year', 'SET', 'P1Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('94 years', 'DURATION', 'P94Y'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
# 10. Variety, streaming series sets season premiere (2024)
('2024-06-13', 'auto', """'Salt Creek' Season 2 Sets September Premiere at Netflix, First-Look Teaser Unveiled

By JORDAN PRYCE

Netflix has set Sept. 19 as the premiere date for the second season of "Salt Creek," its West Texas oil drama, more than two and a half years after the first installment became one of the streamer's most-watched English-language series of 2022.

All eight episodes will drop at 12 a.m. PT, the streamer said Thursday, alongside a 90-second teaser that shows patriarch Walt Calloway (Dennis Hale) facing down a rival across a burning well.

Season one debuted in January 2022 and was watched by 48 million households within four weeks of release, according to Netflix. Hale went on to earn an Emmy nomination for lead actor later that year.

Production on the second season was delayed for roughly six months by last year's writers' and actors' strikes, and cameras did not roll in Austin until January. Creator Dana Ruiz told Variety earlier this year that the pause let the writers rethink the back half of the season.

"We had eight scripts finished on May 1 last year and then we had nothing to do but stare at them," Ruiz said. "By the time we went back, I'd rewritten three."

The new season picks up 18 months after the first season's finale, with the Calloway family fighting off a hostile takeover and Walt's estranged daughter (Rosa Quintero) returning from Houston.

Netflix also confirmed that the series will return for a third and final season, which begins shooting in the spring of 2025.

The September launch lands in the thick of the fall TV season and just after the 76th Primetime Emmy Awards, set for Sept. 15; the 75th ceremony was pushed to January this year by the strikes.

Ruiz, who signed an overall deal with Netflix in 2021 that runs through 2027, is also developing a limited series about the 1947 Texas City disaster for the streamer.

Fans will get an early look: Netflix will screen the first two episodes at a fan event in Houston on the evening of Sept. 14, five days before the premiere.

The streamer has been leaning on returning hits this year. Its release calendar for the coming months also includes new seasons of several of its biggest series, with most dropping weekly or in two batches rather than all at once.
""", [
    ('September', 'DATE', '2024-09'),
    ('Sept. 19', 'DATE', '2024-09-19'),
    ('more than two and a half years', 'DURATION', 'P2Y6M|P30M'),
    ('2022', 'DATE', '2022'),
    ('12 a.m. PT', 'TIME', '2024-09-19T00:00|2024-09-18T24:00'),
    ('Thursday', 'DATE', '2024-06-13'),
    ('90-second', 'DURATION', 'PT90S'),
    ('January 2022', 'DATE', '2022-01'),
    ('four weeks', 'DURATION', 'P4W'),
    ('later that year', 'DATE', '2022'),
    ('roughly six months', 'DURATION', 'P6M'),
    ('last year', 'DATE', '2023'),
    ('January', 'DATE', '2024-01'),
    ('earlier this year', 'DATE', '2024'),
    ('May 1 last year', 'DATE', '2023-05-01'),
    ('18 months', 'DURATION', 'P18M'),
    ('the spring of 2025', 'DATE', '2025-SP'),
    ('September', 'DATE', '2024-09'),
    ('fall', 'DATE', '2024-FA'),
    ('Sept. 15', 'DATE', '2024-09-15'),
    ('January this year', 'DATE', '2024-01'),
    ('2021', 'DATE', '2021'),
    ('2027', 'DATE', '2027'),
    ('1947', 'DATE', '1947'),
    ('the evening of Sept. 14', 'DATE|TIME', '2024-09-14TEV'),
    ('five days', 'DURATION', 'P5D'),
    ('this year', 'DATE', '2024'),
    ('the coming months', 'DATE|DURATION', 'FUTURE_REF|PXM'),
    ('weekly', 'SET', 'P1W'),
]),
# 11. The Guardian (narrative), album anniversary and reissue (2025)
('2025-04-08', 'auto', """'We had three songs and a title': the making of the Lantern Rooms' Glasshouse

Rhys Morgan

On 2 January 1995, four friends from Sheffield loaded a borrowed Transit van and drove to a farmhouse studio in mid-Wales. They had six weeks, £9,000 from their record label and, by their own admission, almost no songs.

"We'd written maybe three songs in the whole of 1994," says the singer Kath Doyle, now 54. "The label thought we had an album ready. We had a title."

What came out of that farmhouse was Glasshouse, released on 24 April that year, an album that reached No 3, sold more than 600,000 copies in Britain and is reissued this month in a 30th-anniversary box set.

It started badly. The studio's heating failed the next day, and the drummer Pete Hallam spent three days in bed with flu. The others wrote nothing for almost a fortnight.

Then, on the night of 19 January, Doyle sat down at the farmhouse piano and wrote the title track in about 40 minutes.

"Everything changed that night," says the guitarist Sam Okafor. "We recorded it the following afternoon in two takes, and we wrote the rest of the record in a fortnight. I don't think any of us slept."

The band finished mixing in London in March. The single Paper Saints, released on 27 March, went into the Top 10, and by the summer they were playing the Pyramid stage at Glastonbury in front of 80,000 people.

Success did not last. A second album took three years to make and sold a fraction as well, and in 1999 the band split after a final show at Sheffield City Hall. For most of the next two decades the four barely spoke.

They reconciled in 2019, when Hallam was diagnosed with cancer, and played together for the first time in 20 years at a benefit gig that December.

Hallam, who has recovered, says the reissue, which includes 11 unreleased songs recorded during those six weeks in Wales, has been a chance to hear themselves as they were. "You forget how young you were. Now I listen to it and I want to tell them all to go to bed."

The box set is out on Friday. The band will play the album in full at Sheffield City Hall on 24 April, the anniversary of its release, and at the Roundhouse in London the following week. Both shows sold out in 20 minutes last autumn.
""", [
    ('2 January 1995', 'DATE', '1995-01-02'),
    ('six weeks', 'DURATION', 'P6W'),
    ('1994', 'DATE', '1994'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('24 April that year', 'DATE', '1995-04-24'),
    ('this month', 'DATE', '2025-04'),
    ('the next day', 'DATE', '1995-01-03'),
    ('three days', 'DURATION', 'P3D'),
    ('almost a fortnight', 'DURATION', 'P2W'),
    ('the night of 19 January', 'DATE|TIME', '1995-01-19TNI'),
    ('about 40 minutes', 'DURATION', 'PT40M'),
    ('that night', 'DATE|TIME', '1995-01-19TNI'),
    ('the following afternoon', 'DATE|TIME', '1995-01-20TAF'),
    ('a fortnight', 'DURATION', 'P2W'),
    ('March', 'DATE', '1995-03'),
    ('27 March', 'DATE', '1995-03-27'),
    ('the summer', 'DATE', '1995-SU'),
    ('three years', 'DURATION', 'P3Y'),
    ('1999', 'DATE', '1999'),
    ('the next two decades', 'DURATION', 'P20Y|P2DE'),
    ('2019', 'DATE', '2019'),
    ('20 years', 'DURATION', 'P20Y'),
    ('that December', 'DATE', '2019-12'),
    ('six weeks', 'DURATION', 'P6W'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Friday', 'DATE', '2025-04-11'),
    ('24 April', 'DATE', '2025-04-24'),
    ('the following week', 'DATE', '2025-W18'),
    ('20 minutes', 'DURATION', 'PT20M'),
    ('last autumn', 'DATE', '2024-FA'),
]),
# 12. Local paper, free summer concert series (2009)
('2009-07-17', 'auto', """Bandshell series draws record crowd

By TOM GRADY
Courier Staff Writer

More than 2,000 people packed Riverside Park on Thursday night for the Elmwood Summer Concert Series, the largest crowd in the free series' 23-year history, city officials said.

The series, which runs every Thursday evening through Aug. 27, has drawn an average of 1,400 people a week this summer, up from about 900 last year, according to parks director Dale Whitcomb.

"Two years ago we were worried we'd have to cancel it," Whitcomb said. "The budget was cut in half that spring. Now we can't fit everyone on the lawn."

Thursday's headliners, the Kingsley Street Horns, played for nearly two and a half hours and wrapped up at 9:40 p.m. with a brass version of "September" by Earth, Wind & Fire that had half the crowd dancing.

Local acts dominate the lineup. Next week brings bluegrass group Cold Spring Hollow, followed on July 30 by the Elmwood Community Band, which has played the series every year since it began in 1986.

The season will close Aug. 27 with a tribute to the 1969 Woodstock festival, which marks its 40th anniversary next month.

Parking has become a headache as the crowds have grown. Police closed Front Street to traffic for about three hours Thursday, and the city will run a free shuttle from the Elmwood High School lot starting next Thursday.

Food vendors, who pay $50 per concert for a spot, say business has doubled since June. "Last summer I went home with leftovers," said Rita Gomez, who sells tamales from a cart near the bandshell. "Now I sell out before the headliner even starts."

Concerts are canceled if lightning is detected within 10 miles, and the decision is posted on the city's Web site each Thursday afternoon. Only one show has been lost to weather so far this year, on June 25, when a storm rolled in 20 minutes before the opening act.

Whitcomb said the city would look at adding a second weeknight next summer if attendance holds. "People have told us this is the best thing the city does," he said. "We'd be crazy not to listen."
""", [
    ('Thursday night', 'DATE|TIME', '2009-07-16TNI'),
    ('23-year', 'DURATION', 'P23Y'),
    ('every Thursday evening', 'SET', 'XXXX-WXX-4TEV'),
    ('Aug. 27', 'DATE', '2009-08-27'),
    ('a week', 'SET', 'P1W'),
    ('this summer', 'DATE', '2009-SU'),
    ('last year', 'DATE', '2008'),
    ('Two years ago', 'DATE', '2007'),
    ('that spring', 'DATE', '2007-SP'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Thursday', 'DATE', '2009-07-16'),
    ('nearly two and a half hours', 'DURATION', 'PT2H30M|PT2.5H'),
    ('9:40 p.m.', 'TIME', '2009-07-16T21:40'),
    ('Next week', 'DATE', '2009-W30'),
    ('July 30', 'DATE', '2009-07-30'),
    ('every year', 'SET', 'P1Y'),
    ('1986', 'DATE', '1986'),
    ('Aug. 27', 'DATE', '2009-08-27'),
    ('1969', 'DATE', '1969'),
    ('next month', 'DATE', '2009-08'),
    ('about three hours', 'DURATION', 'PT3H'),
    ('Thursday', 'DATE', '2009-07-16'),
    ('next Thursday', 'DATE', '2009-07-23'),
    ('June', 'DATE', '2009-06'),
    ('Last summer', 'DATE', '2008-SU'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('each Thursday afternoon', 'SET', 'XXXX-WXX-4TAF'),
    ('this year', 'DATE', '2009'),
    ('June 25', 'DATE', '2009-06-25'),
    ('20 minutes', 'DURATION', 'PT20M'),
    ('next summer', 'DATE', '2010-SU'),
]),
]
