# Gold TIMEX3 probe set 110: culture and entertainment news (film, music, festivals, awards, TV, exhibitions, books, anniversaries), 1998-2025, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, weekend box office (1998)
('1998-11-16', 'auto', """'Waterline' Sails to Top of Weekend Box Office

LOS ANGELES (AP) -- The disaster drama "Waterline" pulled in an estimated $31.2 million over the weekend, the biggest debut for an original film this fall, according to studio figures released Sunday and updated Monday.

The Meridian Pictures release, which cost about $90 million to make, opened on 2,900 screens Friday. Friday night showings sold out in several cities, and the studio added late shows at 40 theaters on Saturday.

"We hoped for $20 million. This is a very different conversation," said Meridian distribution chief Alan Brodsky. He said the studio would add 300 more screens this Friday.

The previous weekend's champion, the animated comedy "Barnyard Kings," slipped to second place with $18.4 million, bringing its total to $61 million in 10 days. Holdover "The Long Count," a boxing drama that has spent five weeks in the top 10, was third with $7.9 million.

"Waterline" had been scheduled for release in the summer but was pulled in April after director Paula Henning asked for more time to finish the effects. The delay cost the studio an estimated $4 million in extra marketing, and for months industry watchers predicted a flop.

Exhibitors said the film benefited from having few rivals. Two family films were pushed into 1999 earlier this year, and the big holiday releases do not arrive until Thanksgiving weekend, when Disney's "The Tin Crown" opens.

"Audiences have been waiting since the Fourth of July for something big," said Margaret Ellis, who runs an eight-screen theater in Dayton, Ohio. "It played like a summer movie. We had lines around the block."

Overall, the top 12 films grossed $98 million, up 14 percent from a year ago, according to tracking firm Exhibitor Relations. Ticket sales so far in 1998 are running about 7 percent ahead of 1997, which was itself a record year.

Analysts cautioned that the film faces a steep second-weekend drop. Disaster pictures tend to be driven by young men who turn out in the first few days, said analyst Paul Rivkin of Exhibitor Relations.

"If it holds above $18 million next weekend, Meridian has a genuine hit," he said. "If it falls 50 percent, it's a very good opening and nothing more."

Meridian executives said exit polls were encouraging, with 78 percent of viewers rating the film excellent or very good. The studio plans to open "Waterline" in Britain and Australia in early December.

Final figures will be released Tuesday.
""", [
    ('the weekend', 'DATE', '1998-W46-WE'),
    ('this fall', 'DATE', '1998-FA'),
    ('Sunday', 'DATE', '1998-11-15'),
    ('Monday', 'DATE', '1998-11-16'),
    ('Friday', 'DATE', '1998-11-13'),
    ('Friday night', 'DATE|TIME', '1998-11-13TNI'),
    ('Saturday', 'DATE', '1998-11-14'),
    ('this Friday', 'DATE', '1998-11-20'),
    ('The previous weekend', 'DATE', '1998-W45-WE'),
    ('10 days', 'DURATION', 'P10D'),
    ('five weeks', 'DURATION', 'P5W'),
    ('the summer', 'DATE', '1998-SU'),
    ('April', 'DATE', '1998-04'),
    ('months', 'DURATION', 'PXM'),
    ('1999', 'DATE', '1999'),
    ('earlier this year', 'DATE', '1998'),
    ('Thanksgiving weekend', 'DATE', '1998-W48-WE'),
    ('the Fourth of July', 'DATE', '1998-07-04'),
    ('a year ago', 'DATE', '1997'),
    ('1998', 'DATE', '1998'),
    ('1997', 'DATE', '1997'),
    ('the first few days', 'DURATION', 'PXD'),
    ('next weekend', 'DATE', '1998-W47-WE'),
    ('early December', 'DATE', '1998-12'),
    ('Tuesday', 'DATE', '1998-11-17'),
]),
# 2. Variety, film festival line-up (2003)
('2003-07-22', 'auto', """Harbour fest unveils galas, adds genre strand

By DEREK OLSEN

VANCOUVER -- The Harbour Intl. Film Festival on Tuesday unveiled 18 gala titles for its 22nd edition, opening Sept. 12 with the world preem of Canadian helmer Maude Arsenault's "The Salt Years" and closing nine days later with Stephen Kwan's Hong Kong noir "Night Ferry."

Fest director Helene Roy said the lineup, announced at a press conference downtown, reflects "a crop in which the Asian titles simply arrived stronger than anyone expected." Five of the galas come from Asia, up from two last year.

The fest will run through Sept. 21, a day longer than in 2002, and will add a genre strand, dubbed Harbour After Dark, with screenings every Friday at the refurbished Orpheum annex.

Roy said programmers viewed more than 3,000 submissions since January, and that the deadline for the final batch of Canadian features falls Aug. 1. The complete program will be posted on the fest's website Aug. 19, with tickets going on sale to the public two days later.

Sales agents arriving from Venice, which wraps Sept. 6, will have only a few days to regroup. Several said they planned to leave the Lido early to set up in Vancouver.

"It's tight, but for the last three years the market here has been busier than Toronto for certain territories," said Paris-based seller Jean-Marc Delage, who will bring four titles.

The fest's industry center, which moved last fall to a converted cannery near the waterfront, will stay open daily throughout the festival. A co-production forum is skedded for Sept. 15.

Attendance has climbed each year since 1999, when the fest drew 110,000 admissions. Last year's edition sold 162,000 tickets, and organizers expect to pass 170,000 this time around.

The opening gala will be followed by a harbor cruise for guests, a tradition that dates to the fest's scrappy early editions in the 1980s.

Arsenault's film, shot over six weeks last winter in Newfoundland, follows three generations of a fishing family. It is set for a domestic release in November through Alliance Atlantis, which picked up the pic at script stage.

Kwan's closer, his first feature in a decade, bowed in competition at Cannes in May and has since sold to most major territories. Palm Pictures will handle U.S. distribution.

Other galas include Danish helmer Kasper Lund's ensemble comedy "Wedding Season," which Roy called "the crowdpleaser of the year," and a restored print of Claude Jutra's 1971 classic "Mon oncle Antoine."

Roy, who took over as director in 2000, said the fest's budget has risen to C$4.1 million, with a new three-year sponsorship deal with a regional airline covering roughly a fifth of costs.
""", [
    ('Tuesday', 'DATE', '2003-07-22'),
    ('Sept. 12', 'DATE', '2003-09-12'),
    ('nine days later', 'DATE', '2003-09-21'),
    ('last year', 'DATE', '2002'),
    ('Sept. 21', 'DATE', '2003-09-21'),
    ('a day', 'DURATION', 'P1D'),
    ('2002', 'DATE', '2002'),
    ('every Friday', 'SET', 'XXXX-WXX-5'),
    ('January', 'DATE', '2003-01'),
    ('Aug. 1', 'DATE', '2003-08-01'),
    ('Aug. 19', 'DATE', '2003-08-19'),
    ('two days later', 'DATE', '2003-08-21'),
    ('Sept. 6', 'DATE', '2003-09-06'),
    ('a few days', 'DURATION', 'PXD'),
    ('the last three years', 'DURATION', 'P3Y'),
    ('last fall', 'DATE', '2002-FA'),
    ('daily', 'SET', 'P1D'),
    ('Sept. 15', 'DATE', '2003-09-15'),
    ('each year', 'SET', 'P1Y'),
    ('1999', 'DATE', '1999'),
    ('Last year', 'DATE', '2002'),
    ('the 1980s', 'DATE', '198'),
    ('six weeks', 'DURATION', 'P6W'),
    ('last winter', 'DATE', '2002-WI'),
    ('November', 'DATE', '2003-11'),
    ('a decade', 'DURATION', 'P10Y|P1DE'),
    ('May', 'DATE', '2003-05'),
    ('the year', 'DATE', '2003'),
    ('1971', 'DATE', '1971'),
    ('2000', 'DATE', '2000'),
    ('three-year', 'DURATION', 'P3Y'),
]),
# 3. Billboard, album chart debut (2007)
('2007-03-14', 'auto', """Hollow Pines Bow at No. 1 With 'Lanterns in the Rain'

By Keith Calder

NEW YORK -- Indie-folk quintet Hollow Pines earned its first No. 1 on the Billboard 200 as "Lanterns in the Rain" sold 143,000 copies in its opening frame, according to Nielsen SoundScan. The tally covers sales through Sunday.

The album, released March 6 on Cedar Records, is the first debut album by a band to open at No. 1 in more than a year. It displaced last week's leader, R&B singer Tasha Vaughn's "Slow Burn," which fell to No. 3 after two weeks on top.

The band spent most of 2006 on the road, playing nearly 180 shows, and built its following largely through MySpace and college radio. Frontman Eli Marsh said Tuesday that the group recorded the album in 19 days last summer in a converted barn outside Asheville, N.C.

"We thought we'd be lucky to crack the top 20," Marsh said. "Our manager called before breakfast with the number, and I honestly thought he was joking."

Cedar shipped 250,000 units ahead of release, and the label said it would press another 100,000 this week. Digital sales accounted for 31% of the total, an unusually high share for a rock title.

The band performs on "Late Show With David Letterman" at 11:35 p.m. Thursday and begins a 40-date North American tour in Boston on March 23. The trek runs through early May, with a European leg planned for the fall.

Cedar president Joanne Whitley said the label had been preparing the campaign since October, when a leaked track began circulating on music blogs. Rather than fight the leak, the label posted the song for free for 48 hours and collected e-mail addresses from nearly 60,000 fans.

"Those were the people who walked into stores on release day," Whitley said.

Next week's chart could bring a tighter race. Vaughn's label has cut the price of "Slow Burn" to $7.99 for seven days at several big-box retailers, and a soundtrack from a hit Fox series arrives in stores on Tuesday.

Elsewhere in the top 10, veteran rockers Steel Harbor returned with their first studio album in six years, debuting at No. 5 with 71,000. The group last reached the top 10 in 1994.

Overall album sales totaled 9.2 million units, down 11% from a year ago. So far this year, album sales are running 14% behind 2006, while sales of digital tracks continue to climb weekly.
""", [
    ('Sunday', 'DATE', '2007-03-11'),
    ('March 6', 'DATE', '2007-03-06'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('last week', 'DATE', '2007-W10'),
    ('two weeks', 'DURATION', 'P2W'),
    ('2006', 'DATE', '2006'),
    ('Tuesday', 'DATE', '2007-03-13'),
    ('19 days', 'DURATION', 'P19D'),
    ('last summer', 'DATE', '2006-SU'),
    ('this week', 'DATE', '2007-W11'),
    ('11:35 p.m. Thursday', 'TIME', '2007-03-15T23:35'),
    ('March 23', 'DATE', '2007-03-23'),
    ('early May', 'DATE', '2007-05'),
    ('the fall', 'DATE', '2007-FA'),
    ('October', 'DATE', '2006-10'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('Next week', 'DATE', '2007-W12'),
    ('seven days', 'DURATION', 'P7D'),
    ('Tuesday', 'DATE', '2007-03-20'),
    ('six years', 'DURATION', 'P6Y'),
    ('1994', 'DATE', '1994'),
    ('a year ago', 'DATE', '2006'),
    ('this year', 'DATE', '2007'),
    ('2006', 'DATE', '2006'),
    ('weekly', 'SET', 'P1W'),
]),
# 4. The Guardian, exhibition (2011)
('2011-10-05', 'auto', """Forgotten modernist Edith Marr gets first major retrospective

Whitcombe Gallery brings together 120 works by a painter who stopped exhibiting in 1961

Charlotte Keyes, arts correspondent

For nearly half a century, Edith Marr's paintings sat in a barn in Suffolk, wrapped in bedsheets. From Thursday, 120 of them will hang in the Whitcombe Gallery in London, in the first retrospective devoted to an artist whom the gallery's director describes as "the missing woman of British modernism".

Marr, who died in 1998, exhibited regularly in London in the 1930s and again in the 1950s, but stopped showing her work abruptly in 1961, after a critic dismissed her as "a provincial Braque". She continued to paint every morning until her eyesight failed in the early 1990s, according to her nephew, Tom Marr, who found the canvases when he inherited the farm in 2004.

"She never told anyone," he said on Tuesday, standing in front of a large harbour scene dated to the winter of 1967. "The family knew she painted. Nobody knew she had gone on painting for 30 years after she stopped exhibiting."

The exhibition, which runs until 15 January, has been three years in the making. Curators spent the first 18 months simply cataloguing the work, much of which was undated, and relied on Marr's diaries and on receipts from a paint supplier in Ipswich to establish a rough chronology.

Seen together, the pictures make a persuasive case. The early still lifes are accomplished but cautious; the real surprise is the work from the 1970s, when Marr, then in her 60s and entirely without an audience, began making large, almost abstract studies of the Suffolk coast.

"It is very rare to be able to say that an artist's best work has never been seen," said the Whitcombe's director, Anna Sorensen. "Here, it is simply true."

The show is one of several this autumn to revisit overlooked women artists. A smaller display of works by the textile designer Rhoda Penn opened at the Fenwick Museum in Leeds last month.

Advance bookings passed 8,000 by Monday, the gallery said, more than for any exhibition since it reopened after refurbishment in 2003. The Whitcombe will open late on Fridays for the run of the show, and under-18s will be admitted free on Sundays.

A catalogue with an essay by the critic Laura Haines is published next week. After London, the exhibition tours to Edinburgh next summer, and Tom Marr said he hoped some of the paintings would eventually return to Suffolk.

"She painted that coast for 60 years," he said. "It seems right that some of them should go home."
""", [
    ('1961', 'DATE', '1961'),
    ('nearly half a century', 'DURATION', 'P50Y|P5DE'),
    ('Thursday', 'DATE', '2011-10-06'),
    ('1998', 'DATE', '1998'),
    ('the 1930s', 'DATE', '193'),
    ('the 1950s', 'DATE', '195'),
    ('1961', 'DATE', '1961'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
    ('the early 1990s', 'DATE', '199'),
    ('2004', 'DATE', '2004'),
    ('Tuesday', 'DATE', '2011-10-04'),
    ('the winter of 1967', 'DATE', '1967-WI'),
    ('30 years', 'DURATION', 'P30Y'),
    ('15 January', 'DATE', '2012-01-15'),
    ('three years', 'DURATION', 'P3Y'),
    ('the first 18 months', 'DURATION', 'P18M'),
    ('the 1970s', 'DATE', '197'),
    ('this autumn', 'DATE', '2011-FA'),
    ('last month', 'DATE', '2011-09'),
    ('Monday', 'DATE', '2011-10-03'),
    ('2003', 'DATE', '2003'),
    ('Fridays', 'SET', 'XXXX-WXX-5'),
    ('Sundays', 'SET', 'XXXX-WXX-7'),
    ('next week', 'DATE', '2011-W41'),
    ('next summer', 'DATE', '2012-SU'),
    ('60 years', 'DURATION', 'P60Y'),
]),
# 5. BBC, television Christmas schedule (2013)
('2013-12-10', 'auto', """Lamplighters finale leads BBC One festive schedule

The final episode of period drama The Lamplighters will be shown on Christmas Day, the BBC has announced.

The feature-length episode, which runs for 90 minutes, will be broadcast at 21:00 on 25 December, in the slot traditionally given to the channel's flagship drama.

Writer Jane Okafor confirmed in the summer that the third series would be the last. Filming in Whitby and Bradford finished in October.

"We wanted to give the audience a proper ending, and Christmas felt like the right night to do it," Okafor said.

BBC One controller Helen Sharpe said the schedule had been built "around the moments when families actually sit down together".

The Queen's message will be shown at 15:00 as usual, followed by the premiere of an animated adaptation of a children's picture book.

On Boxing Day, BBC One will screen a two-part adaptation of a Wilkie Collins novel, with the second part following on 27 December. A new game show hosted by comedian Rob Penney launches on Christmas Eve.

The New Year's Eve fireworks will be shown live from the Thames at midnight, after a concert from the Royal Albert Hall.

Last year, the Christmas Day episode of the corporation's long-running soap drew an overnight audience of 9.4 million, the most-watched programme on any channel that day.

The Lamplighters, which follows a family of lamp-makers in Victorian Yorkshire, has averaged more than seven million viewers an episode since it began in 2011.

Episodes will be available on the iPlayer for 30 days after broadcast.

Over the past decade, BBC One has topped the festive ratings every year except 2008, when ITV's coverage of a talent show final drew a larger audience.

Full listings will be published in the Radio Times next week, and ITV and Channel 4 are expected to announce their own schedules later this week.

The BBC's festive schedule has come under scrutiny in recent years for relying heavily on repeats. Ms Sharpe said this year's line-up contained "more new hours of drama and comedy than at any time in the last five years".

Radio 4, meanwhile, will broadcast a specially commissioned ghost story every night from 23 December to 1 January.

The Lamplighters' lead actor, Daniel Frost, said on Monday that filming the final scenes had been "like saying goodbye to a family".

"We spent four years in those costumes," he said. "I will miss the people, but I won't miss the corsets."
""", [
    ('Christmas Day', 'DATE', '2013-12-25'),
    ('90 minutes', 'DURATION', 'PT90M'),
    ('21:00', 'TIME', '2013-12-25T21:00'),
    ('25 December', 'DATE', '2013-12-25'),
    ('the summer', 'DATE', '2013-SU'),
    ('October', 'DATE', '2013-10'),
    ('Christmas', 'DATE', '2013-12-25'),
    ('15:00', 'TIME', '2013-12-25T15:00'),
    ('Boxing Day', 'DATE', '2013-12-26'),
    ('27 December', 'DATE', '2013-12-27'),
    ('Christmas Eve', 'DATE', '2013-12-24'),
    ("New Year's Eve", 'DATE', '2013-12-31'),
    ('midnight', 'TIME', '2013-12-31T24:00|2014-01-01T00:00'),
    ('Last year', 'DATE', '2012'),
    ('Christmas Day', 'DATE', '2012-12-25'),
    ('that day', 'DATE', '2012-12-25'),
    ('2011', 'DATE', '2011'),
    ('30 days', 'DURATION', 'P30D'),
    ('the past decade', 'DURATION', 'P10Y|P1DE'),
    ('every year', 'SET', 'P1Y'),
    ('2008', 'DATE', '2008'),
    ('next week', 'DATE', '2013-W51'),
    ('later this week', 'DATE', '2013-W50'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('this year', 'DATE', '2013'),
    ('the last five years', 'DURATION', 'P5Y'),
    ('every night', 'SET', 'XXXX-XX-XXTNI|P1D'),
    ('23 December', 'DATE', '2013-12-23'),
    ('1 January', 'DATE', '2014-01-01'),
    ('Monday', 'DATE', '2013-12-09'),
    ('four years', 'DURATION', 'P4Y'),
]),
# 6. Local paper, book launch (2001)
('2001-04-19', 'auto', """Local teacher's novel gets a hometown launch

By Ruth Ann Dwyer
Gazette Staff Writer

MILLBROOK -- For 11 years, Carol Pettibone wrote before school. Every morning, before the rest of the house was awake, she made coffee and wrote for an hour before driving to Millbrook Middle School, where she has taught eighth-grade English since 1986.

The result, a 380-page novel called "The Orchard Winter," was published April 3 by Harrow House, and on Saturday Pettibone will read from it at the Millbrook Public Library, where she checked out her first book in 1962.

The reading begins at 2 p.m. in the library's community room and will be followed by a signing. Copies will be available from Second Chapter Books on Main Street, which sold out of its first order of 60 copies within a week.

"I've sat through maybe 40 readings in that room," Pettibone said Tuesday. "I never imagined I'd be the one at the podium."

The novel, set in a fictional Ohio apple-growing town during the blizzard of January 1978, follows a widowed farmer and her two teenage sons as they try to save their orchard after the storm. Pettibone, who grew up on a farm outside town, was 14 that winter.

"We were snowed in for nine days," she said. "My father kept a diary, and I used a lot of it."

Pettibone said she wrote the first draft in the early '90s, then put it in a drawer for three years after a string of rejections. She revised it twice, and an agent in New York took it on in the fall of 1999. Harrow House bought it last spring.

Early reviews have been kind. A trade magazine called it "a quiet, stubborn book about quiet, stubborn people," and the Columbus paper reviewed it on Sunday.

Her publisher is sending her on a short tour next month, with stops in Columbus, Cleveland and Pittsburgh. She will be back in her classroom by mid-May, she said, and has no plans to quit teaching.

"My students have been asking when the movie comes out," she said. "I tell them not to hold their breath."

Library director Frank Ochoa said the event is part of a series of author talks the library holds monthly with help from its Friends group.

"We've had writers come from all over, but this is the first one of our own regulars to be on the other side of the table," he said.

Seating is limited to 120. Those wishing to attend should call the library by 5 p.m. Friday.

The library will also display Pettibone's handwritten drafts in its lobby through the end of May.
""", [
    ('11 years', 'DURATION', 'P11Y'),
    ('Every morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
    ('an hour', 'DURATION', 'PT1H'),
    ('1986', 'DATE', '1986'),
    ('April 3', 'DATE', '2001-04-03'),
    ('Saturday', 'DATE', '2001-04-21'),
    ('1962', 'DATE', '1962'),
    ('2 p.m.', 'TIME', '2001-04-21T14:00'),
    ('a week', 'DURATION', 'P1W'),
    ('Tuesday', 'DATE', '2001-04-17'),
    ('January 1978', 'DATE', '1978-01'),
    ('that winter', 'DATE', '1977-WI|1978-WI'),
    ('nine days', 'DURATION', 'P9D'),
    ("the early '90s", 'DATE', '199'),
    ('three years', 'DURATION', 'P3Y'),
    ('the fall of 1999', 'DATE', '1999-FA'),
    ('last spring', 'DATE', '2000-SP'),
    ('Sunday', 'DATE', '2001-04-15'),
    ('next month', 'DATE', '2001-05'),
    ('mid-May', 'DATE', '2001-05'),
    ('monthly', 'SET', 'P1M'),
    ('5 p.m. Friday', 'TIME', '2001-04-20T17:00'),
    ('the end of May', 'DATE', '2001-05'),
]),
# 7. The Hollywood Reporter, awards narrative (2016)
('2016-02-29', 'auto', """How 'The Quiet Hours' Went From Festival Reject to Awards Winner

by Dana Whitfield

Two years ago, The Quiet Hours did not have a distributor, a finished score or, according to its director, much of a future. On Saturday night in Santa Monica, it took best feature at the Silver Lake Film Awards, capping an improbable run that began with a rejection letter.

Director Ana Lucia Ferrer shot the drama over 23 days in the spring of 2014 on a budget of $1.1 million, most of it raised from friends, family and a crowdfunding campaign. She submitted a rough cut to Sundance that September. In late November, the festival turned it down.

"I cried for a day, and then I went back into the edit," Ferrer told THR after the ceremony.

She spent the next four months recutting the film, dropping 20 minutes and an entire subplot involving the lead character's brother. On March 15, 2015, it premiered at SXSW, where it went on to win the audience award. Two weeks later, Greenlight Pictures -- then a fledgling label with two releases to its name -- bought North American rights for a reported $750,000.

Greenlight opened the film on six screens on Aug. 14. It expanded the following weekend to 60 and eventually reached 410, grossing $4.8 million -- modest by studio standards, but enough to make it the company's first hit.

By the fall, the film had found its champions. It was named best first feature by two regional critics groups in December, and star Jonah Petrakis earned a Silver Lake nomination for best actor in early January. Greenlight, which could not afford a conventional awards campaign, instead organized free screenings for guild members every weekend through the voting period.

"We were outspent a hundred to one," said Greenlight co-founder Marcus Bell. "All we had was the movie and Ana's willingness to fly anywhere."

Saturday's ceremony ran three hours and 10 minutes. Petrakis lost to a veteran character actor, but the film's win in the final category, announced at about 9:40 p.m., drew the ceremony's loudest ovation.

Ferrer, who is 34, said she will begin shooting her next feature, a family drama set in Bogota, in May. Greenlight will return The Quiet Hours to 100 theaters this Friday, and the film begins streaming on April 1.

The win also gives the small distributor momentum heading into the Cannes market in May, where Bell said the company hopes to acquire as many as four titles.

"A year ago I was sleeping on a friend's couch in Austin," Ferrer said, clutching her trophy. "Right now I just want to sleep for a week."
""", [
    ('Two years ago', 'DATE', '2014'),
    ('Saturday night', 'DATE|TIME', '2016-02-27TNI'),
    ('23 days', 'DURATION', 'P23D'),
    ('the spring of 2014', 'DATE', '2014-SP'),
    ('that September', 'DATE', '2014-09'),
    ('late November', 'DATE', '2014-11'),
    ('a day', 'DURATION', 'P1D'),
    ('the next four months', 'DURATION', 'P4M'),
    ('20 minutes', 'DURATION', 'PT20M'),
    ('March 15, 2015', 'DATE', '2015-03-15'),
    ('Two weeks later', 'DATE', '2015-03-29|2015-W13'),
    ('Aug. 14', 'DATE', '2015-08-14'),
    ('the following weekend', 'DATE', '2015-W34-WE'),
    ('the fall', 'DATE', '2015-FA'),
    ('December', 'DATE', '2015-12'),
    ('early January', 'DATE', '2016-01'),
    ('every weekend', 'SET', 'XXXX-WXX-WE'),
    ('Saturday', 'DATE', '2016-02-27'),
    ('three hours and 10 minutes', 'DURATION', 'PT3H10M'),
    ('about 9:40 p.m.', 'TIME', '2016-02-27T21:40'),
    ('May', 'DATE', '2016-05'),
    ('this Friday', 'DATE', '2016-03-04'),
    ('April 1', 'DATE', '2016-04-01'),
    ('May', 'DATE', '2016-05'),
    ('A year ago', 'DATE', '2015'),
    ('Right now', 'DATE', 'PRESENT_REF'),
    ('a week', 'DURATION', 'P1W'),
]),
# 8. AP, anniversary of a novel (2019)
('2019-06-12', 'auto', """'Sundown Road' at 50: A quiet novel that never went away

By MARGARET HOLLIS
AP National Writer

NEW YORK (AP) -- When "Sundown Road" was published in June 1969, its first printing was 5,000 copies and the few newspapers that noticed it gave it a paragraph or two. Half a century later, it has sold more than 9 million copies in 31 languages and is still assigned in classrooms across the country.

Its publisher, Lindell & Park, marked the anniversary Tuesday with a new edition that restores two chapters its author, Ruth Callander, cut in the spring of 1968 at her editor's urging. The chapters, found among Callander's papers at the University of Kentucky, had never been published.

"They change the ending more than you would think," said Lindell & Park editor Simone Achebe. "Readers who have loved the book for decades are going to argue about this."

Callander, who died in 1994, gave only a handful of interviews. In one, in 1979, she said she wrote every day for the nearly four years it took to finish the novel, usually at a kitchen table while her children were at school.

The book follows a Black schoolteacher and a white farm widow who travel together from Kentucky to California in the summer of 1955. Early reviews were mixed, but sales built slowly through word of mouth, and by the mid-1970s it was a fixture on high school reading lists. A film adaptation followed in 1974.

It was required reading in many schools in the 1980s and 1990s, and it has drawn periodic challenges from parents, the latest in 2017 in a Tennessee school district that briefly removed it from an eighth-grade list.

The novel still sells about 200,000 copies a year, according to the publisher.

To mark the anniversary, the Callander House museum in Lexington, Kentucky, will hold a 24-hour reading marathon starting at 8 a.m. Saturday, with volunteers reading in 30-minute shifts. Museum director Carl Withers said more than 150 people have signed up, including the state's poet laureate and several of Callander's former students.

A limited television series based on the book has been in development since 2016. Last month, a streaming service announced that production would begin this fall, with a release planned for 2021.

Callander's granddaughter, Ellen Pruitt, said the family had hesitated for years before allowing the lost chapters to be printed.

"She cut them, and we wanted to respect that," Pruitt said. "But she also kept them. She never threw anything away she didn't want somebody to find."
""", [
    ('June 1969', 'DATE', '1969-06'),
    ('Half a century later', 'DATE', '2019|2019-06'),
    ('Tuesday', 'DATE', '2019-06-11'),
    ('the spring of 1968', 'DATE', '1968-SP'),
    ('decades', 'DURATION', 'PXY|PXDE'),
    ('1994', 'DATE', '1994'),
    ('1979', 'DATE', '1979'),
    ('every day', 'SET', 'P1D'),
    ('nearly four years', 'DURATION', 'P4Y'),
    ('the summer of 1955', 'DATE', '1955-SU'),
    ('the mid-1970s', 'DATE', '197'),
    ('1974', 'DATE', '1974'),
    ('the 1980s', 'DATE', '198'),
    ('1990s', 'DATE', '199'),
    ('2017', 'DATE', '2017'),
    ('a year', 'SET', 'P1Y'),
    ('24-hour', 'DURATION', 'PT24H'),
    ('8 a.m. Saturday', 'TIME', '2019-06-15T08:00'),
    ('30-minute', 'DURATION', 'PT30M'),
    ('2016', 'DATE', '2016'),
    ('Last month', 'DATE', '2019-05'),
    ('this fall', 'DATE', '2019-FA'),
    ('2021', 'DATE', '2021'),
    ('years', 'DURATION', 'PXY'),
]),
# 9. Local paper, history of a theater (2005)
('2005-09-26', 'auto', """The Rialto turns 80, and the show goes on

By Marcus Hale
Courier Staff Writer

GRANTSVILLE -- On the night of Sept. 24, 1925, a crowd of 1,100 people in their best clothes filed into the brand-new Rialto Theatre on Front Street to watch Harold Lloyd in "The Freshman."

Tickets cost 25 cents. The organist, a teenager named Lillian Pruitt, played for two hours before the picture began, and the manager later wrote in his ledger that the last patrons did not leave until nearly midnight.

The theater did well from the start. In the spring of 1929 its owners installed sound equipment, and the following year they added a balcony. But the Depression hit Grantsville hard, and in March 1933 the Rialto closed its doors for five months.

It reopened that August under a new owner, Walter Kessler, who ran it for the next 31 years. Kessler, a former projectionist from Pittsburgh, lived in an apartment above the lobby and, according to his daughter, missed only one show in 10 years.

On Jan. 9, 1958, a fire that started in a storage room destroyed the stage house. Kessler vowed that night to rebuild, and eight months later the Rialto reopened with a new screen wide enough for CinemaScope.

Kessler sold the building in 1964. Its new owners struggled against the shopping-center multiplexes, and by the late 1970s the Rialto was showing second-run films twice a week. It closed for good, or so everyone thought, in 1986.

The city bought the empty building in 1997. A restoration that took four years and cost $6.2 million brought back the plaster ceiling, the gilded boxes and a rebuilt Wurlitzer organ, and the theater reopened in 2001.

On Saturday, the Rialto marked its 80th birthday exactly as it began: with "The Freshman" and live organ music. All 900 seats for the 7:30 p.m. show were gone within two hours after tickets went on sale Sept. 1.

"People kept telling me their grandparents had their first date here," said Rialto manager Denise Coyle. "I think half the town has a story about this place."

Organist Tom Berrigan, who performs at the Rialto's classic film nights every Thursday, played the same 1925 score Pruitt had used. Pruitt died in 1991, but her niece, Janet Pruitt Hayes, sat in the front row.

"She talked about that night until the end of her life," Hayes said.

The city plans to restore the theater's original marquee next spring, and Coyle said the Rialto will screen a silent film every month through the winter.
""", [
    ('the night of Sept. 24, 1925', 'DATE|TIME', '1925-09-24TNI'),
    ('two hours', 'DURATION', 'PT2H'),
    ('nearly midnight', 'TIME', '1925-09-24T24:00|1925-09-25T00:00'),
    ('the spring of 1929', 'DATE', '1929-SP'),
    ('the following year', 'DATE', '1930'),
    ('March 1933', 'DATE', '1933-03'),
    ('five months', 'DURATION', 'P5M'),
    ('that August', 'DATE', '1933-08'),
    ('the next 31 years', 'DURATION', 'P31Y'),
    ('10 years', 'DURATION', 'P10Y'),
    ('Jan. 9, 1958', 'DATE', '1958-01-09'),
    ('that night', 'DATE|TIME', '1958-01-09TNI'),
    ('eight months later', 'DATE', '1958-09'),
    ('1964', 'DATE', '1964'),
    ('the late 1970s', 'DATE', '197'),
    ('twice a week', 'SET', 'P1W'),
    ('1986', 'DATE', '1986'),
    ('1997', 'DATE', '1997'),
    ('four years', 'DURATION', 'P4Y'),
    ('2001', 'DATE', '2001'),
    ('Saturday', 'DATE', '2005-09-24'),
    ('7:30 p.m.', 'TIME', '2005-09-24T19:30'),
    ('two hours', 'DURATION', 'PT2H'),
    ('Sept. 1', 'DATE', '2005-09-01'),
    ('every Thursday', 'SET', 'XXXX-WXX-4'),
    ('1925', 'DATE', '1925'),
    ('1991', 'DATE', '1991'),
    ('that night', 'DATE|TIME', '1925-09-24TNI'),
    ('next spring', 'DATE', '2006-SP'),
    ('every month', 'SET', 'P1M'),
    ('the winter', 'DATE', '2005-WI'),
]),
# 10. Billboard, tour announcement (2022)
('2022-01-18', 'auto', """Marlow Vance Plots First Stadium Tour for Summer 2022

By Nina Ortega

Marlow Vance is going big. The country-pop singer-songwriter announced on Tuesday (Jan. 18) that she will launch her first stadium tour this summer, a 31-date North American run that kicks off June 3 at Nissan Stadium in Nashville and wraps Sept. 10 at SoFi Stadium in Los Angeles.

The Wildflower Stadium Tour supports Vance's fourth album, Paper Moon, which debuted atop the Billboard 200 in October and spent six weeks at No. 1. The set has earned 1.9 million equivalent album units in the U.S., according to MRC Data.

The trek comes nearly two years after Vance was forced to scrap her 2020 arena tour three weeks before its first show, as venues across the country shut down.

"I spent most of 2020 and a good chunk of last year wondering if I'd ever play a show again," Vance said in a statement. "Now I get to play the biggest rooms of my life. I'm not taking any of it for granted."

Vance spent the past eight months in the studio and on a run of intimate theater dates, including three shows at Nashville's Ryman Auditorium in November that sold out in under 10 minutes.

Her last full tour, in 2019, grossed $48.3 million from 52 shows and sold 611,000 tickets, according to Billboard Boxscore. It played arenas exclusively.

An artist presale begins at 10 a.m. Wednesday, with the general on-sale following Friday (Jan. 21) at 10 a.m. local time through Ticketmaster. Fans who pre-ordered the deluxe edition of Paper Moon, due next month, will receive priority access to a separate presale on Thursday.

Opening acts will be announced in the coming weeks. Vance said that each show will run about two and a half hours and will include a stripped-down acoustic set in the middle of the stadium floor.

Before the tour begins, Vance will headline a California desert festival in April and perform at the Academy of Country Music Awards in March.

The stadium run includes two shows at Chicago's Soldier Field, on July 8 and July 9, and a stop at MetLife Stadium in East Rutherford, N.J., on the Fourth of July weekend. Dates in Canada, including Toronto and Vancouver, are expected to be added once local restrictions ease.

Vance's rise has been fast even by the standards of the streaming era. She released her debut EP in 2016 and played her first headlining club show two years later.

"Five years ago I was opening for people in bars where nobody was listening," she said. "I keep waiting for somebody to tell me there's been a mistake."
""", [
    ('Summer 2022', 'DATE', '2022-SU'),
    ('Tuesday', 'DATE', '2022-01-18'),
    ('Jan. 18', 'DATE', '2022-01-18'),
    ('this summer', 'DATE', '2022-SU'),
    ('June 3', 'DATE', '2022-06-03'),
    ('Sept. 10', 'DATE', '2022-09-10'),
    ('October', 'DATE', '2021-10'),
    ('six weeks', 'DURATION', 'P6W'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('2020', 'DATE', '2020'),
    ('three weeks', 'DURATION', 'P3W'),
    ('2020', 'DATE', '2020'),
    ('last year', 'DATE', '2021'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('the past eight months', 'DURATION', 'P8M'),
    ('November', 'DATE', '2021-11'),
    ('10 minutes', 'DURATION', 'PT10M'),
    ('2019', 'DATE', '2019'),
    ('10 a.m. Wednesday', 'TIME', '2022-01-19T10:00'),
    ('Friday', 'DATE', '2022-01-21'),
    ('Jan. 21', 'DATE', '2022-01-21'),
    ('10 a.m. local time', 'TIME', '2022-01-21T10:00'),
    ('next month', 'DATE', '2022-02'),
    ('Thursday', 'DATE', '2022-01-20'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
    ('about two and a half hours', 'DURATION', 'PT2H30M|PT2.5H'),
    ('April', 'DATE', '2022-04'),
    ('March', 'DATE', '2022-03'),
    ('July 8', 'DATE', '2022-07-08'),
    ('July 9', 'DATE', '2022-07-09'),
    ('the Fourth of July weekend', 'DATE', '2022-W26-WE|2022-07-04'),
    ('2016', 'DATE', '2016'),
    ('two years later', 'DATE', '2018'),
    ('Five years ago', 'DATE', '2017'),
]),
# 11. BBC, Edinburgh Festival Fringe (2024)
('2024-08-09', 'auto', """Edinburgh Fringe venue shut after ceiling collapse

A popular Edinburgh Festival Fringe venue has been closed for at least three days after part of a ceiling fell into an auditorium shortly before a performance.

No-one was injured in the incident at the Old Tanners' Hall on the Cowgate at about 18:40 on Thursday. Around 40 audience members were queuing outside at the time.

Fire crews were called and the building was evacuated as a precaution. City of Edinburgh Council building inspectors visited the site on Friday morning.

Venue operator Ellis Productions said all 14 shows scheduled there until Sunday had been cancelled, and ticket holders would be refunded automatically within 10 working days.

"We are heartbroken for the performers," said director Fiona Laird. "Some of them have spent two years preparing for this month, and they have a lot of money riding on it."

The company hopes to reopen on Monday, subject to a structural survey. Several acts have been offered slots at other venues over the weekend.

Comedian Sam Oduya, whose hour-long show had been due to begin at 19:00, said he had heard "a noise like a skip being emptied" during his sound check.

"I thought it was part of the show next door," he said. "Then the dust came under the door."

The hall, a former leather works built in the 1840s, has been used as a Fringe venue every August since 2009. It underwent a £200,000 refurbishment last winter, although the operator said the work did not include the ceiling of the main room.

Performers' groups have raised concerns in recent years about the condition of some temporary and older venues, and the cost of accommodation in the city during the festival.

The Fringe, which began on 2 August and runs until 26 August, is expected to sell more than 2.4 million tickets this year. Organisers said on Monday that sales so far were roughly in line with 2023.

A spokesperson for the Edinburgh Festival Fringe Society said it was "working closely with the venue to support affected artists".

Mr Oduya, who is performing at the Fringe for the third time, said he had already lost four nights of his 24-night run.

"You budget for bad reviews," he said. "You don't budget for the roof."

Police Scotland said there was nothing to suggest the collapse was suspicious. The council said its inspectors would return early next week.
""", [
    ('at least three days', 'DURATION', 'P3D'),
    ('about 18:40 on Thursday', 'TIME', '2024-08-08T18:40'),
    ('Friday morning', 'DATE|TIME', '2024-08-09TMO'),
    ('Sunday', 'DATE', '2024-08-11'),
    ('10 working days', 'DURATION', 'P10D'),
    ('two years', 'DURATION', 'P2Y'),
    ('this month', 'DATE', '2024-08'),
    ('Monday', 'DATE', '2024-08-12'),
    ('the weekend', 'DATE', '2024-W32-WE'),
    ('hour-long', 'DURATION', 'PT1H'),
    ('19:00', 'TIME', '2024-08-08T19:00'),
    ('the 1840s', 'DATE', '184'),
    ('every August', 'SET', 'XXXX-08'),
    ('2009', 'DATE', '2009'),
    ('last winter', 'DATE', '2023-WI'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('2 August', 'DATE', '2024-08-02'),
    ('26 August', 'DATE', '2024-08-26'),
    ('this year', 'DATE', '2024'),
    ('Monday', 'DATE', '2024-08-05'),
    ('2023', 'DATE', '2023'),
    ('four nights', 'DURATION', 'P4D'),
    ('24-night', 'DURATION', 'P24D'),
    ('early next week', 'DATE', '2024-W33'),
]),
# 12. Variety, streaming series renewal (2025)
('2025-03-04', 'auto', """'The Lamplight Files' Renewed for Season 3 at Streamline, Production Set for Fall

By Lena Brooks

Streamline has renewed mystery drama "The Lamplight Files" for a third season, less than two weeks after the show's second season premiered on the platform.

All eight episodes of Season 2 dropped Feb. 20, and viewers have since streamed 38 million hours of the series, according to the streamer's internal data. Season 2 has ranked as the platform's most-watched title worldwide for two consecutive weeks.

Production on the third season will begin in Belfast this fall, with a premiere planned for early 2026. Series creator and showrunner Moira Feeney, who is under an overall deal with Streamline, will return, as will stars Idris Kemal and Aoife Gallagher.

"We mapped out three seasons back in 2021, so this has always been the plan," Feeney said. "But you never know until the call comes. It came at 8 o'clock on Sunday morning, which I think tells you how the writers room will be spending the spring."

The first season, which premiered in October 2023, was among the streamer's five most-watched originals of that year and earned Kemal a Golden Globe nomination. Season 2 episodes run about 50 minutes, up from roughly 40 minutes in the first season, and the finale clocks in at an hour and 20 minutes.

Kemal is set to shoot a feature in Spain for four months this spring before returning to Northern Ireland for the new season. Gallagher recently wrapped a limited series for the BBC that is expected to air in the U.K. later this year.

The renewal is the latest in a string of pickups for Streamline in recent weeks. The platform renewed comedy "Low Tide" for a second season on Thursday and ordered a fourth season of its cooking competition "Heat Check" last month.

The streamer, which launched in 2019, said last week that it now has 41 million paid subscribers worldwide, up from 33 million a year earlier. It has said it expects to turn a profit by the end of 2026.

Streamline is also expanding its release calendar, with a new original series set to debut every Friday through April. Executives have said the company will spend about $2 billion on content annually for the next three years.

"The Lamplight Files" is produced by Belfast-based Shipyard Pictures in association with Streamline Studios. Feeney executive produces alongside Shipyard's Declan Rourke and Maeve Connolly.

Season 3 is expected to consist of eight episodes. Filming is scheduled to last roughly five months.
""", [
    ('Fall', 'DATE', '2025-FA'),
    ('less than two weeks', 'DURATION', 'P2W'),
    ('Feb. 20', 'DATE', '2025-02-20'),
    ('two consecutive weeks', 'DURATION', 'P2W'),
    ('this fall', 'DATE', '2025-FA'),
    ('early 2026', 'DATE', '2026'),
    ('2021', 'DATE', '2021'),
    ("8 o'clock on Sunday morning", 'TIME', '2025-03-02T08:00'),
    ('the spring', 'DATE', '2025-SP'),
    ('October 2023', 'DATE', '2023-10'),
    ('that year', 'DATE', '2023'),
    ('about 50 minutes', 'DURATION', 'PT50M'),
    ('roughly 40 minutes', 'DURATION', 'PT40M'),
    ('an hour and 20 minutes', 'DURATION', 'PT1H20M|PT80M'),
    ('four months', 'DURATION', 'P4M'),
    ('this spring', 'DATE', '2025-SP'),
    ('recently', 'DATE', 'PAST_REF'),
    ('later this year', 'DATE', '2025'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('Thursday', 'DATE', '2025-02-27'),
    ('last month', 'DATE', '2025-02'),
    ('2019', 'DATE', '2019'),
    ('last week', 'DATE', '2025-W09'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a year earlier', 'DATE', '2024'),
    ('the end of 2026', 'DATE', '2026'),
    ('every Friday', 'SET', 'XXXX-WXX-5'),
    ('April', 'DATE', '2025-04'),
    ('annually', 'SET', 'P1Y'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('roughly five months', 'DURATION', 'P5M'),
]),
]
