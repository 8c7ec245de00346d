# Gold TIMEX3 probe set 56: twelve local and regional stories of 2000-2024 from US, UK, Irish and Australian papers: match reports, court and inquest reports, council meetings, school news, obituaries and community events, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. UK local weekly, non-league football match report (2003)
('2003-10-13', 'auto', """Town snatch late winner to end Harriers' unbeaten run

By Gareth Pryce

Kidderstone Town 2 Halesford Harriers 1

A stoppage-time header from Lee Marsh ended Halesford Harriers' 11-match unbeaten run at Meadow Lane on Saturday and lifted Kidderstone into the top six of the Midland Combination.

The game kicked off 15 minutes late, at 3.15pm, after the referee's car broke down on the A449, and a crowd of 312 saw Steve Quinn give Town a deserved lead just before the break.

Harriers, who had not lost a league game since August, looked set for a share of the points when Darren Yates scrambled home an equaliser with 20 minutes remaining. But with three minutes of added time showing, Marsh rose at the far post to meet Craig Elwell's corner, and the final whistle went at 4.53pm, moments after the restart.

Town manager Phil Ansell, who took charge in the summer after seven years as assistant to Ray Coombes, said: "We have been knocking on the door for weeks. The lads have been playing well without getting the results, and this time they got what they deserved."

Ansell said the squad had been forced to train on the artificial pitch at Kidderstone Leisure Centre twice a week since the start of September because of drainage work at Meadow Lane, which is due to be completed by the end of the month.

The win was Town's first over Harriers since March 2001, when a Quinn hat-trick earned a 3-0 victory in the county cup. The sides drew 1-1 at Halesford in April.

Quinn, 34, who joined Town from Stourley in 1988, said he had no plans to retire. "People have been asking me that for five years," he said. "I will keep going as long as the gaffer picks me."

Harriers boss Mick Dolan admitted his side had been second best for long spells. "We have been living on borrowed time for a month or so, and it caught up with us," he said.

Town travel to Bromcote Rovers on Tuesday, kick-off 7.45pm, before hosting Ellesby United in the FA Vase on Saturday, October 25. Harriers are at home to Coldmere on Saturday.
""", [
    ('Saturday', 'DATE', '2003-10-11'),
    ('15 minutes', 'DURATION', 'PT15M'),
    ('3.15pm', 'TIME', '2003-10-11T15:15'),
    ('August', 'DATE', '2003-08'),
    ('20 minutes', 'DURATION', 'PT20M'),
    ('three minutes', 'DURATION', 'PT3M'),
    ('4.53pm', 'TIME', '2003-10-11T16:53'),
    ('the summer', 'DATE', '2003-SU'),
    ('seven years', 'DURATION', 'P7Y'),
    ('weeks', 'DURATION', 'PXW'),
    ('twice a week', 'SET', 'P1W'),
    ('the start of September', 'DATE', '2003-09'),
    ('the end of the month', 'DATE', '2003-10'),
    ('March 2001', 'DATE', '2001-03'),
    ('April', 'DATE', '2003-04'),
    ('1988', 'DATE', '1988'),
    ('five years', 'DURATION', 'P5Y'),
    ('a month or so', 'DURATION', 'P1M'),
    ('Tuesday', 'DATE', '2003-10-14'),
    ('7.45pm', 'TIME', '2003-10-14T19:45'),
    ('Saturday, October 25', 'DATE', '2003-10-25'),
    ('Saturday', 'DATE', '2003-10-18'),
]),
# 2. US regional daily, federal court sentencing report (2007)
('2007-02-16', 'auto', """Former youth league treasurer gets 18 months for embezzlement

By Karen Whitlow
The Register-Courier

EUGENE, Ore. - A former treasurer of the Willamette Valley Youth Soccer Association was sentenced Thursday to 18 months in prison for stealing more than $212,000 from the nonprofit over nearly four years.

Dana L. Prescott, 46, of Springfield, pleaded guilty in November to one count of wire fraud. U.S. District Judge Martin Hale also ordered her to pay full restitution and serve three years of supervised release after she leaves prison.

Prosecutors said Prescott, who was the association's volunteer treasurer from 2002 to 2006, wrote 143 checks to herself and used the group's debit card at casinos and department stores. The thefts began in the spring of 2002, weeks after she took over the books, and continued until an audit in January 2006 found the accounts $96,000 short.

"This was money parents raised at car washes and bake sales, every weekend, so their kids could play," Assistant U.S. Attorney Paul Ferrante told the court. "She took it for years and lied about it every month at the board meeting."

Prescott apologized in a brief statement. Her attorney, Lynn Cordero, asked for probation, saying her client had been in treatment for a gambling addiction since last March and attended meetings three times a week.

Hale said he had considered that, but noted that the thefts had continued for months after Prescott was first questioned by board members in the fall of 2005.

Prescott must report to the federal Bureau of Prisons by noon on April 2. She has repaid about $31,000 so far, Cordero said after the hearing.

Association president Tom Barwick said Friday that the group has since changed its rules so that two officers must sign every check and an outside accountant reviews the books quarterly. Registration fees, which rose 15 percent in 2006 to cover the losses, will return to their previous level this spring, he said.

"We're just glad to put it behind us," Barwick said. "The kids are what matters, and practice starts next month."
""", [
    ('18 months', 'DURATION', 'P18M'),
    ('Thursday', 'DATE', '2007-02-15'),
    ('18 months', 'DURATION', 'P18M'),
    ('nearly four years', 'DURATION', 'P4Y'),
    ('November', 'DATE', '2006-11'),
    ('three years', 'DURATION', 'P3Y'),
    ('2002', 'DATE', '2002'),
    ('2006', 'DATE', '2006'),
    ('the spring of 2002', 'DATE', '2002-SP'),
    ('weeks', 'DURATION', 'PXW'),
    ('January 2006', 'DATE', '2006-01'),
    ('every weekend', 'SET', 'XXXX-WXX-WE|P1W'),
    ('years', 'DURATION', 'PXY'),
    ('every month', 'SET', 'P1M'),
    ('last March', 'DATE', '2006-03'),
    ('three times a week', 'SET', 'P1W'),
    ('months', 'DURATION', 'PXM'),
    ('the fall of 2005', 'DATE', '2005-FA'),
    ('noon on April 2', 'TIME', '2007-04-02T12:00'),
    ('Friday', 'DATE', '2007-02-16'),
    ('quarterly', 'SET', 'P3M'),
    ('2006', 'DATE', '2006'),
    ('this spring', 'DATE', '2007-SP'),
    ('next month', 'DATE', '2007-03'),
]),
# 3. Irish regional weekly, county council meeting (2011)
('2011-05-25', 'auto', """Councillors back Shannon greenway despite landowner objections

Carrickbeg County Council has voted to press ahead with a 38km greenway along the Shannon, despite objections from more than 40 landowners along the route.

At a meeting in Áras an Chontae on Monday, councillors voted 19 to 6 in favour of the scheme, which has been under discussion since 2008 and is expected to cost €4.2 million.

Director of services Seán Mulvihill told the meeting that the council had spent the past 18 months negotiating with landowners and that 31 had now signed access agreements. A public consultation on the final route, which attracted 612 submissions, closed on April 15.

The greenway would run from Drumsna to Lanesborough through three counties and is expected to attract 80,000 visitors a year once complete.

Cllr Mary Fallon (FG) said the project was "the most important thing this council has done in a decade". "Ten years ago people laughed at the idea of a cycle path in the midlands," she said. "Now look at Westport."

Cllr Pádraig Kenny (FF), who voted against, said farmers had concerns about privacy, dogs and insurance that had never been answered. "I have been raising this at every meeting since last summer and I am still waiting for a straight answer," he said.

Under the timetable approved on Monday, the council will apply to the Department of Transport for funding by the end of June, with a decision expected in the autumn. Construction of the first 12km section, from Drumsna to Rooskey, could begin in early 2012 and take about 14 months.

Mr Mulvihill said officials would hold drop-in clinics for landowners at Rooskey Community Centre every Tuesday during June. A second round of consultation, on the northern section of the route, will open on July 4 and run for six weeks.

In other business, the council agreed on Monday to open Carrick library on Saturdays from September, following a petition signed by 1,100 people last month. The library has been closed at weekends since cutbacks in 2009.

Councillors were also told that the council's budget meeting will take place on Thursday, December 1, and that the draft budget will be circulated to members a week earlier.
""", [
    ('Monday', 'DATE', '2011-05-23'),
    ('2008', 'DATE', '2008'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('April 15', 'DATE', '2011-04-15'),
    ('a year', 'SET', 'P1Y'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('Ten years ago', 'DATE', '2001'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('last summer', 'DATE', '2010-SU'),
    ('Monday', 'DATE', '2011-05-23'),
    ('the end of June', 'DATE', '2011-06'),
    ('the autumn', 'DATE', '2011-FA'),
    ('early 2012', 'DATE', '2012'),
    ('about 14 months', 'DURATION', 'P14M'),
    ('every Tuesday', 'SET', 'XXXX-WXX-2'),
    ('June', 'DATE', '2011-06'),
    ('July 4', 'DATE', '2011-07-04'),
    ('six weeks', 'DURATION', 'P6W'),
    ('Monday', 'DATE', '2011-05-23'),
    ('Saturdays', 'SET', 'XXXX-WXX-6'),
    ('September', 'DATE', '2011-09'),
    ('last month', 'DATE', '2011-04'),
    ('weekends', 'SET', 'XXXX-WXX-WE'),
    ('2009', 'DATE', '2009'),
    ('Thursday, December 1', 'DATE', '2011-12-01'),
    ('a week earlier', 'DATE', '2011-W47|2011-11-24'),
]),
# 4. Australian regional paper, school news (2016)
('2016-09-02', 'auto', """Bellbrook school to celebrate 125 years with open day

By Tara McLennan

BELLBROOK Public School will throw open its doors on Saturday, September 10, to mark 125 years since its first lessons were held in a slab hut on the banks of the Macleay River.

The school opened on September 14, 1891, with 23 pupils and one teacher, Miss Agnes Forde, who was paid £60 a year. It now has 212 students and 14 staff.

Principal Karen Whitfield said planning for the celebrations had started 18 months ago, and former students were travelling from as far away as Perth and London.

"We've had more than 400 RSVPs already, including a lady who started here in 1939 and turns 83 next month," Mrs Whitfield said.

Proceedings will begin at 10am with a welcome to country and the opening of a time capsule buried in 1991 for the school's centenary. At 11.30am students will re-enact a lesson from the 1890s in period costume, using slates and ink wells borrowed from the Macleay Valley Historical Society, and a barbecue lunch will be served from 12.30pm.

Tours of the classrooms will run every half hour until 3pm, and the P&C will hold a bush dance in the school hall from 7pm to 11pm.

The school has had its share of hard times. It was closed for six weeks during the 1949 floods and came close to losing its second teacher in 2004, when enrolments fell to 61. Numbers have grown every year since 2010, largely because of young families moving into the valley from Sydney and Brisbane.

Year 6 student Molly Tran, 11, has spent the past month interviewing former pupils for a history booklet that will be on sale at the open day. "One man told me they used to ride horses to school and tie them up under the fig tree," she said.

A reunion dinner for about 150 ex-students will be held at the Bellbrook Hotel on the evening of Friday, September 9. Tickets, at $45, are available from the school office until Wednesday.

"Schools like ours are the heart of small towns," Mrs Whitfield said. "We want to make sure it's still here in another 125 years."
""", [
    ('125 years', 'DURATION', 'P125Y'),
    ('Saturday, September 10', 'DATE', '2016-09-10'),
    ('125 years', 'DURATION', 'P125Y'),
    ('September 14, 1891', 'DATE', '1891-09-14'),
    ('a year', 'SET', 'P1Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('18 months ago', 'DATE', '2015-03'),
    ('1939', 'DATE', '1939'),
    ('next month', 'DATE', '2016-10'),
    ('10am', 'TIME', '2016-09-10T10:00'),
    ('1991', 'DATE', '1991'),
    ('11.30am', 'TIME', '2016-09-10T11:30'),
    ('the 1890s', 'DATE', '189'),
    ('12.30pm', 'TIME', '2016-09-10T12:30'),
    ('every half hour', 'SET', 'PT30M'),
    ('3pm', 'TIME', '2016-09-10T15:00'),
    ('7pm', 'TIME', '2016-09-10T19:00'),
    ('11pm', 'TIME', '2016-09-10T23:00'),
    ('six weeks', 'DURATION', 'P6W'),
    ('1949', 'DATE', '1949'),
    ('2004', 'DATE', '2004'),
    ('every year', 'SET', 'P1Y'),
    ('2010', 'DATE', '2010'),
    ('the past month', 'DURATION', 'P1M'),
    ('the evening of Friday, September 9', 'DATE|TIME', '2016-09-09TEV'),
    ('Wednesday', 'DATE', '2016-09-07'),
    ('another 125 years', 'DURATION', 'P125Y'),
]),
# 5. UK county weekly, obituary (2019)
('2019-03-29', 'auto', """Obituary: Margaret 'Peggy' Holloway, 1931-2019

Former headteacher who founded the Aldbury Players

Peggy Holloway, who taught three generations of Aldbury children and ran the village's amateur dramatic society for almost 40 years, has died at the age of 87.

She died peacefully at St Catherine's Hospice in Crawley on Sunday, March 17, surrounded by her family.

Born Margaret Ann Pearce in Brighton on June 2, 1931, she was the youngest of four children of a railway signalman. She was evacuated to a farm near Horsham in September 1939, an experience she later described as "the happiest two years of my childhood".

After leaving school at 16 she trained as a teacher at Bishop Otter College in Chichester, and in 1952 took up her first post at Aldbury Church of England Primary School, where she would spend the rest of her career. She married Dennis Holloway, a carpenter, in the summer of 1955, and they had two sons.

She became headteacher in 1974, a post she held until her retirement in July 1991. Former pupils remember her daily walks around the playground ringing a brass handbell, and the nativity play she wrote herself every Christmas.

In 1968 she founded the Aldbury Players, who staged a pantomime and a comedy in the village hall every year. She directed her last show, Blithe Spirit, in 2007, at the age of 76, and continued to sell raffle tickets at every performance.

Dennis died in 2012 after 57 years of marriage. In recent years she had lived with her elder son, Richard, in Crawley.

Richard Holloway said on Wednesday: "Mum never really stopped being a teacher. Even last Christmas she was correcting the grammar on the cards."

She is survived by her sons, Richard and Paul, five grandchildren and two great-grandchildren.

The funeral will take place at St Mary's Church, Aldbury, at 2pm on Thursday, April 11, followed by refreshments in the village hall. The family have asked for donations to the hospice instead of flowers. A memorial performance by the Aldbury Players is planned for the autumn.
""", [
    ('1931', 'DATE', '1931'),
    ('2019', 'DATE', '2019'),
    ('almost 40 years', 'DURATION', 'P40Y'),
    ('Sunday, March 17', 'DATE', '2019-03-17'),
    ('June 2, 1931', 'DATE', '1931-06-02'),
    ('September 1939', 'DATE', '1939-09'),
    ('two years', 'DURATION', 'P2Y'),
    ('1952', 'DATE', '1952'),
    ('the summer of 1955', 'DATE', '1955-SU'),
    ('1974', 'DATE', '1974'),
    ('July 1991', 'DATE', '1991-07'),
    ('daily', 'SET', 'P1D'),
    ('every Christmas', 'SET', 'XXXX-12-25'),
    ('1968', 'DATE', '1968'),
    ('every year', 'SET', 'P1Y'),
    ('2007', 'DATE', '2007'),
    ('2012', 'DATE', '2012'),
    ('57 years', 'DURATION', 'P57Y'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('Wednesday', 'DATE', '2019-03-27'),
    ('last Christmas', 'DATE', '2018-12-25'),
    ('2pm on Thursday, April 11', 'TIME', '2019-04-11T14:00'),
    ('the autumn', 'DATE', '2019-FA'),
]),
# 6. US small-town weekly, community events round-up (2000)
('2000-11-14', 'auto', """Food drive, tree lighting kick off village's holiday events

By Ron DeWitt
Staff Writer

MAPLE FALLS, Wis. - Collection barrels for the Rotary Club food drive went out this week at Piggly Wiggly, the post office and both village banks, and organizers say the need is greater than they have seen in years.

The barrels will stay out through Saturday, when volunteers will sort donations at St. Paul's Lutheran Church from 9 a.m. to 1 p.m.

Last year the drive collected 6,400 pounds of food, enough to stock the Maple Falls Community Pantry for nearly two months, said pantry director Joan Kessler. This year the pantry is serving about 140 families a month, up from 95 in 1998.

The increase comes as the village is still recovering from the closing of the Falls Paper Co. mill in March, which cost 220 jobs. Kessler said some former mill workers have found jobs in Green Bay and Appleton, but others have been out of work for eight months.

"People here have been generous for years, and I know they will be again," Kessler said Monday. "But in the past few weeks we've seen families come in who never needed help before."

The pantry, in the basement of the Village Hall, is open twice a week and accepts canned goods, diapers and cash.

The free community dinner returns to the American Legion hall at noon Thanksgiving Day. The dinner, which began in 1986 with 30 guests, served 410 people last year. Anyone who needs a ride should call the Legion by Monday.

The Main Street tree lighting will be held at 6 p.m. Friday, Nov. 24, the day after Thanksgiving, followed by the arrival of Santa Claus on a village fire truck. Santa will then visit the Village Hall each Saturday morning until Christmas.

The Maple Falls Historical Society will hold a holiday open house on Sunday, Dec. 3, at the Haney House, which was built in 1873 and restored over the past decade with volunteer labor. The house will be decorated as it would have been in the 1890s.

Village President Carl Brandt said the events would go ahead "rain, snow or shine."

"It has been hard on a lot of families," Brandt said. "This is when a small town pulls together."
""", [
    ('this week', 'DATE', '2000-W46'),
    ('years', 'DURATION', 'PXY'),
    ('Saturday', 'DATE', '2000-11-18'),
    ('9 a.m.', 'TIME', '2000-11-18T09:00'),
    ('1 p.m.', 'TIME', '2000-11-18T13:00'),
    ('Last year', 'DATE', '1999'),
    ('nearly two months', 'DURATION', 'P2M'),
    ('This year', 'DATE', '2000'),
    ('a month', 'SET', 'P1M'),
    ('1998', 'DATE', '1998'),
    ('March', 'DATE', '2000-03'),
    ('eight months', 'DURATION', 'P8M'),
    ('years', 'DURATION', 'PXY'),
    ('Monday', 'DATE', '2000-11-13'),
    ('the past few weeks', 'DURATION', 'PXW'),
    ('twice a week', 'SET', 'P1W'),
    ('noon Thanksgiving Day', 'TIME', '2000-11-23T12:00'),
    ('1986', 'DATE', '1986'),
    ('last year', 'DATE', '1999'),
    ('Monday', 'DATE', '2000-11-20'),
    ('6 p.m. Friday, Nov. 24', 'TIME', '2000-11-24T18:00'),
    ('the day after Thanksgiving', 'DATE', '2000-11-24'),
    ('each Saturday morning', 'SET', 'XXXX-WXX-6TMO'),
    ('Christmas', 'DATE', '2000-12-25'),
    ('Sunday, Dec. 3', 'DATE', '2000-12-03'),
    ('1873', 'DATE', '1873'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('the 1890s', 'DATE', '189'),
]),
# 7. Irish regional daily, coroner's inquest report (2014)
('2014-01-23', 'auto', """Fisherman drowned after slipping from pier, inquest told

A FISHERMAN drowned after slipping from a pier in west Cork while checking on his boat during a storm, an inquest has heard.

Daniel 'Dano' Crowley (58), from Castletownbere, was reported missing by his wife at about 11.30pm on October 26 last year, after he failed to return home from the harbour.

His body was recovered by the Irish Coast Guard the following morning, about 400 metres from Dinish Pier.

The West Cork Coroner's Court in Bantry heard yesterday that Mr Crowley, who had fished out of Castletownbere for more than 40 years, went down to the pier at about 9pm to check the moorings on his 12-metre trawler, the Ocean Rose, as gusts reached 110km/h.

His wife, Eileen, told the inquest that he had done the same thing "a hundred times" and was "always careful". "He always went down when there was a storm coming," she said. "He said he'd be back in half an hour."

Garda Niall O'Donovan said CCTV footage from a nearby fish processing plant showed Mr Crowley walking along the pier at 9.12pm. He was last seen on camera at 9.26pm, close to a section of the pier where a railing had been missing since the spring.

Pathologist Dr Margaret Bolster said the cause of death was drowning. No alcohol was found in his system.

Harbour master Conor Lynch said the damaged railing had been reported to the Department of Agriculture, Food and the Marine in April and had been due to be replaced before the end of the year. It was repaired in mid-November. Mr Lynch said the pier was now inspected weekly.

The inquest had been adjourned twice since December to allow the department to provide documents.

Returning a verdict of accidental death, coroner Frank O'Connell said he would write to the department recommending that railings at all harbours in the region be checked every six months.

He extended his sympathy to Mrs Crowley and the couple's three daughters, and praised the volunteers from Castletownbere RNLI who had searched in atrocious conditions.

A memorial Mass for Mr Crowley will be held at the Sacred Heart Church, Castletownbere, on Sunday at 11am. It would have been his 59th birthday.
""", [
    ('about 11.30pm on October 26 last year', 'TIME', '2013-10-26T23:30'),
    ('the following morning', 'DATE|TIME', '2013-10-27TMO'),
    ('yesterday', 'DATE', '2014-01-22'),
    ('more than 40 years', 'DURATION', 'P40Y'),
    ('about 9pm', 'TIME', '2013-10-26T21:00'),
    ('half an hour', 'DURATION', 'PT30M'),
    ('9.12pm', 'TIME', '2013-10-26T21:12'),
    ('9.26pm', 'TIME', '2013-10-26T21:26'),
    ('the spring', 'DATE', '2013-SP'),
    ('April', 'DATE', '2013-04'),
    ('the end of the year', 'DATE', '2013|2013-12'),
    ('mid-November', 'DATE', '2013-11'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('weekly', 'SET', 'P1W'),
    ('December', 'DATE', '2013-12'),
    ('every six months', 'SET', 'P6M'),
    ('Sunday at 11am', 'TIME', '2014-01-26T11:00'),
]),
# 8. Australian regional daily, country football match report (2009)
('2009-08-31', 'auto', """Magpies march into grand final

By Luke Hennessy

WANGARATTA are one win away from their first premiership since 1994 after a gutsy 14-point victory over Albury in the preliminary final at Lavington Sports Ground on Saturday.

In front of a crowd of 6,250, the Magpies trailed by 20 points at the main break but kicked seven goals to two in the second half to win 13.11 (89) to 11.9 (75).

The ball was bounced at 2.10pm in cold, still conditions, and Albury's pressure around the stoppages had the Magpies rattled for most of the first half.

Coach Brett Ferrier, who took over from Rod Blake two years ago, said the turnaround began with a blunt message at half-time.

"I told them this club has waited 15 years for a flag and they had 60 minutes to decide whether they wanted it," Ferrier said yesterday.

Full-back Josh Kerr held Albury spearhead Nathan Coyle to one goal, after Coyle had kicked seven against Corowa-Rutherglen the previous weekend.

Ruckman Sam Doherty, 31, who sat out 2008 with a knee reconstruction, was best on ground with 31 hitouts.

Albury had beaten the Magpies by 41 points in July, and Ferrier said his side had "learned plenty" from that loss.

The Magpies will meet reigning premiers Yarrawonga in the grand final at the Albury Sports Ground on Saturday, September 5. Gates open at 9am, with the senior match to start at 2.10pm.

Yarrawonga have won the last three premierships and beat the Magpies by 58 points in early August.

Tickets go on sale at the club rooms from 10am tomorrow. Magpies president Geoff Laird said the club expected to sell its allocation of 2,000 tickets within days.

The club's last grand final appearance was in 1997, when it lost to Lavington by a goal. Laird, who played in the 1994 premiership side, said the town had "waited long enough".

For Albury, it is the end of the road. Coach Darren Pell said several senior players, including captain Ben Sloane, would consider their futures in the coming weeks.
""", [
    ('1994', 'DATE', '1994'),
    ('Saturday', 'DATE', '2009-08-29'),
    ('2.10pm', 'TIME', '2009-08-29T14:10'),
    ('two years ago', 'DATE', '2007'),
    ('15 years', 'DURATION', 'P15Y'),
    ('60 minutes', 'DURATION', 'PT60M|PT1H'),
    ('yesterday', 'DATE', '2009-08-30'),
    ('the previous weekend', 'DATE', '2009-W34-WE'),
    ('2008', 'DATE', '2008'),
    ('July', 'DATE', '2009-07'),
    ('Saturday, September 5', 'DATE', '2009-09-05'),
    ('9am', 'TIME', '2009-09-05T09:00'),
    ('2.10pm', 'TIME', '2009-09-05T14:10'),
    ('early August', 'DATE', '2009-08'),
    ('10am tomorrow', 'TIME', '2009-09-01T10:00'),
    ('days', 'DURATION', 'PXD'),
    ('1997', 'DATE', '1997'),
    ('1994', 'DATE', '1994'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
]),
# 9. US regional daily, city council budget vote (2022)
('2022-10-06', 'auto', """Council approves 2023 budget, 6% water rate increase

By Alicia Moreno
The Daily Ledger

CEDAR RIDGE, Colo. - The City Council voted 7-2 Tuesday night to approve a $412 million budget for fiscal 2023 that includes a 6 percent increase in water rates, effective Jan. 1.

The increase, the first since 2019, will add about $4.80 a month to the average household bill. City officials said the money is needed to replace aging pipes, some of which date to the 1920s, and to help pay for a new treatment plant expected to open in the second quarter of 2025.

Finance Director Mark Ostrowski told the council that spending this year has been running about 3 percent below projections through the end of September, largely because of unfilled positions in the police and parks departments.

Council members Dana Whitfield and Luis Ortega voted against the budget, saying residents had been given too little time to comment. The draft was released Sept. 16, and a public hearing was held two weeks later.

"We've known for three years that the water system needed work," Whitfield said. "Dropping a rate increase on people with a two-week comment period is not how we should do this."

Mayor Jeanette Cole said the city had held six community meetings on the water system since last spring and would continue to hold them quarterly. "Nobody likes paying more, but some of the pipes under Main Street are older than anyone in this room," she said.

The budget also includes money for 11 new police officers, a 4 percent raise for city employees and $2.3 million to resurface 19 miles of streets next summer.

Residents who qualify for the city's utility assistance program can apply starting Monday. Applications will be accepted through Dec. 15, and credits will appear on bills beginning in February.

The council will hold a study session on the treatment plant at 6 p.m. Oct. 18 at City Hall. The session will be streamed live on the city's website.
""", [
    ('2023', 'DATE', '2023|FY2023'),
    ('Tuesday night', 'DATE|TIME', '2022-10-04TNI'),
    ('fiscal 2023', 'DATE', 'FY2023|2023'),
    ('Jan. 1', 'DATE', '2023-01-01'),
    ('2019', 'DATE', '2019'),
    ('a month', 'SET', 'P1M'),
    ('the 1920s', 'DATE', '192'),
    ('the second quarter of 2025', 'DATE', '2025-Q2'),
    ('this year', 'DATE', '2022'),
    ('the end of September', 'DATE', '2022-09'),
    ('Sept. 16', 'DATE', '2022-09-16'),
    ('two weeks later', 'DATE', '2022-09-30'),
    ('three years', 'DURATION', 'P3Y'),
    ('two-week', 'DURATION', 'P2W'),
    ('last spring', 'DATE', '2022-SP'),
    ('quarterly', 'SET', 'P3M'),
    ('next summer', 'DATE', '2023-SU'),
    ('Monday', 'DATE', '2022-10-10'),
    ('Dec. 15', 'DATE', '2022-12-15'),
    ('February', 'DATE', '2023-02'),
    ('6 p.m. Oct. 18', 'TIME', '2022-10-18T18:00'),
]),
# 10. UK regional evening paper, crown court report (2005)
('2005-06-09', 'auto', """Teenager admits setting fire to village cricket pavilion

A TEENAGER has admitted starting a fire that destroyed a village cricket pavilion along with scorebooks dating back to 1887.

Jordan Ashby, 18, of Meadow Close, Little Hensworth, pleaded guilty to arson at Lincoln Crown Court on Tuesday.

The court heard that Ashby and two friends broke into the Hensworth Cricket Club pavilion shortly after 1am on Sunday, March 13, after drinking cider in a nearby park. A fire started with a lighter and a pile of newspapers spread quickly, and by the time firefighters arrived at 2.40am the timber building was alight from end to end.

Prosecutor Helen Marsden said the pavilion, built in 1923, had been used by the club every summer since. Damage was estimated at £185,000, and the club has been forced to play its home matches at Nettleby since April.

Ashby was arrested the following Tuesday after a friend's mother contacted police. He initially denied being at the ground but admitted the offence when shown mobile phone pictures taken inside the pavilion.

Ashby, who left school last summer and works part-time at a garden centre, had no previous convictions. His barrister, Simon Greaves, said his client had been "deeply ashamed" for the past three months and had written to the club to apologise.

His co-accused, a 17-year-old boy and a 16-year-old girl who cannot be named for legal reasons, deny the charge and will stand trial in September.

Judge Richard Penhale adjourned sentencing until July 15 for pre-sentence reports and granted Ashby bail on condition that he observes a curfew and stays away from the cricket ground.

"You should understand that all sentencing options remain open," the judge told him.

Club chairman Peter Lumb said after the hearing: "We've been playing cricket in this village for nearly 120 years, and a few minutes of stupidity wiped out most of our history."

The club has raised £62,000 towards a new pavilion, which it hopes to open next spring. Mr Lumb said donations had come in from as far away as Australia, and a fundraising match against a Lincolnshire Select XI will be played at Nettleby at 1pm on Sunday.
""", [
    ('1887', 'DATE', '1887'),
    ('Tuesday', 'DATE', '2005-06-07'),
    ('shortly after 1am on Sunday, March 13', 'TIME', '2005-03-13T01:00'),
    ('2.40am', 'TIME', '2005-03-13T02:40'),
    ('1923', 'DATE', '1923'),
    ('every summer', 'SET', 'XXXX-SU'),
    ('April', 'DATE', '2005-04'),
    ('the following Tuesday', 'DATE', '2005-03-15'),
    ('last summer', 'DATE', '2004-SU'),
    ('the past three months', 'DURATION', 'P3M'),
    ('September', 'DATE', '2005-09'),
    ('July 15', 'DATE', '2005-07-15'),
    ('nearly 120 years', 'DURATION', 'P120Y'),
    ('a few minutes', 'DURATION', 'PTXM'),
    ('next spring', 'DATE', '2006-SP'),
    ('1pm on Sunday', 'TIME', '2005-06-12T13:00'),
]),
# 11. Irish regional weekly, GAA club hurling match report (2018)
('2018-07-16', 'auto', """Ryan's late point sends Kilcarrig through

Kilcarrig 1-17 Ballinure 1-16

SEÁNIE Ryan's point deep in injury time sent Kilcarrig into the semi-finals of the county intermediate hurling championship at Semple Stadium yesterday and left Ballinure heartbroken once again.

Throw-in was at 2pm, with the temperature in Thurles touching 27 degrees, and the heat took its toll on both sides in a scrappy first half that ended with Ballinure 1-8 to 0-9 ahead.

The sides were level, 1-16 apiece, after 63 minutes. With referee Tom Kiely signalling four minutes of added time, Ryan gathered a puck-out on the Kilcarrig 65 and split the posts off his left.

Ballinure, who also lost to Kilcarrig at the quarter-final stage last year, had a chance to force extra time, but Conor Dwyer's free from 80 metres tailed wide and Kiely blew the final whistle.

Kilcarrig manager John Joe Maher, whose side have now won six championship games in a row since May, said: "We've been together as a group for four years and we've never had a run like this. These lads train three nights a week and they deserve every bit of it."

Ryan, 19, only made his senior debut in April after coming through the club's minor team, which won the county title in 2016.

Ballinure's Eoin Cleary, who scored 0-9, said the defeat would "take some getting over".

The semi-final is provisionally fixed for the weekend of August 4-5, with the draw to be made at the county board meeting on Tuesday night.

Kilcarrig last reached a county final in 1998, when they lost to Moycarkey by three points. The club celebrates its centenary next year.

Earlier this month the county board confirmed that all remaining championship games in July would be played on Sunday afternoons to avoid clashing with inter-county fixtures.

Attendance: 3,412.
""", [
    ('yesterday', 'DATE', '2018-07-15'),
    ('2pm', 'TIME', '2018-07-15T14:00'),
    ('63 minutes', 'DURATION', 'PT63M'),
    ('four minutes', 'DURATION', 'PT4M'),
    ('last year', 'DATE', '2017'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('May', 'DATE', '2018-05'),
    ('four years', 'DURATION', 'P4Y'),
    ('three nights a week', 'SET', 'P1W'),
    ('April', 'DATE', '2018-04'),
    ('2016', 'DATE', '2016'),
    ('the weekend of August 4-5', 'DATE', '2018-W31-WE'),
    ('Tuesday night', 'DATE|TIME', '2018-07-17TNI'),
    ('1998', 'DATE', '1998'),
    ('next year', 'DATE', '2019'),
    ('Earlier this month', 'DATE', '2018-07'),
    ('July', 'DATE', '2018-07'),
    ('Sunday afternoons', 'SET', 'XXXX-WXX-7TAF'),
]),
# 12. Australian country newspaper, Anzac Day community programme (2024)
('2024-04-19', 'auto', """Gundarra set for biggest Anzac Day in years as RSL turns 100

By Sophie Nguyen

GUNDARRA'S Anzac Day commemorations next Thursday are expected to draw the biggest crowd in more than a decade, with the town's RSL sub-branch marking 100 years since its founding.

The dawn service will begin at 5.45am at the cenotaph in Memorial Park, followed by a gunfire breakfast at the RSL hall from 6.30am.

The march will step off from the post office at 10.30am, and a commemorative service will be held in the park at 11am. Two-up will be played at the Royal Hotel from 1pm.

Sub-branch president Graham Toohey said the branch was formed on March 3, 1924, by 14 returned soldiers who met in a room above the old bank. It has held a dawn service every year since 1925, except in 2020, when residents stood at the ends of their driveways during the COVID-19 lockdown.

"Ten years ago we had maybe 300 people at the dawn service," said Mr Toohey, 71, who served in Vietnam in 1969 and 1970. "Last year it was nearly 1,200. Young people are coming back, and they want to know the stories."

The sub-branch has spent the past two years researching the 212 men and women from the district who served in the First World War. Their stories will be displayed at Gundarra library from Monday until the end of May.

Volunteers will place a small flag on the grave of every returned serviceman at Gundarra cemetery on Saturday morning. Anyone wishing to help should meet at the front gate at 8am.

Gundarra Shire Council said Bridge Street would be closed to traffic between 9.30am and 12.30pm on Anzac Day. Shuttle buses will run from the Showground every 15 minutes from 9am.

The oldest marcher this year is expected to be 98-year-old Jean Pattison, who served as a nurse in the RAAF during the Second World War. She has not missed a march since 1946.

"I'll keep going as long as my legs do," she said.
""", [
    ('Anzac Day', 'DATE', '2024-04-25'),
    ('years', 'DURATION', 'PXY'),
    ('Anzac Day', 'DATE', '2024-04-25'),
    ('next Thursday', 'DATE', '2024-04-25'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('100 years', 'DURATION', 'P100Y'),
    ('5.45am', 'TIME', '2024-04-25T05:45'),
    ('6.30am', 'TIME', '2024-04-25T06:30'),
    ('10.30am', 'TIME', '2024-04-25T10:30'),
    ('11am', 'TIME', '2024-04-25T11:00'),
    ('1pm', 'TIME', '2024-04-25T13:00'),
    ('March 3, 1924', 'DATE', '1924-03-03'),
    ('every year', 'SET', 'P1Y'),
    ('1925', 'DATE', '1925'),
    ('2020', 'DATE', '2020'),
    ('Ten years ago', 'DATE', '2014'),
    ('1969', 'DATE', '1969'),
    ('1970', 'DATE', '1970'),
    ('Last year', 'DATE', '2023'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('Monday', 'DATE', '2024-04-22'),
    ('the end of May', 'DATE', '2024-05'),
    ('Saturday morning', 'DATE|TIME', '2024-04-20TMO'),
    ('8am', 'TIME', '2024-04-20T08:00'),
    ('9.30am', 'TIME', '2024-04-25T09:30'),
    ('12.30pm on Anzac Day', 'TIME', '2024-04-25T12:30'),
    ('every 15 minutes', 'SET', 'PT15M'),
    ('9am', 'TIME', '2024-04-25T09:00'),
    ('this year', 'DATE', '2024'),
    ('1946', 'DATE', '1946'),
]),
]
