# Gold TIMEX3 probe set 47: twelve texts of 2009-2025: obituaries, sport match reports, weather forecasts, event listings, travel and lifestyle pieces, and live-blog entries, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. US regional newspaper, obituary (2011)
('2011-06-15', 'auto', """Margaret Ellison, marine biologist who warned of cod collapse, dies at 84

By Susan Marlowe, Staff Writer

PORTLAND, Maine — Margaret Ellison, a marine biologist who spent more than four decades charting the decline of cod stocks in the Gulf of Maine, died Monday at her home in Cape Elizabeth. She was 84.

Her son, Thomas Ellison, said the cause was complications of pneumonia. She had been in declining health since last autumn, he said.

Born on Feb. 3, 1927, in Gloucester, Mass., Ellison was the daughter of a fishing captain and a schoolteacher. She grew up on her father's trawler and, she later recalled, learned to gut a fish before she could ride a bicycle.

She graduated from Radcliffe College in 1948 and earned a doctorate in 1955, one of only three women in her program. In the spring of 1957 she joined the state's Department of Marine Resources, where she would stay for 31 years.

Her landmark survey, carried out every summer from 1962 to 1979, documented a steady fall in spawning stocks. Regulators largely ignored it at the time. "She was saying in the 1970s what everyone admitted in the 1990s," said Dr. Alan Pryce, a former colleague. "She was decades ahead of us."

After retiring in 1988, she taught part-time at the University of Southern Maine and volunteered twice a week at an aquarium in Portland. She wrote a column for a regional fishing newspaper monthly until 2006, when failing eyesight forced her to stop.

In recent years she had grown frail but remained sharp. In April she submitted written testimony to a legislative committee considering a ban on bottom trawling in two coastal bays. The committee is expected to vote on the bill next month.

"She never stopped working," her son said on Tuesday. "Two weeks ago she was still asking me to print out the latest landings data."

Ellison married Robert Ellison, a naval architect, in 1951; he died in 2002. In addition to her son, she is survived by a daughter, Ruth Carter, of Bangor; five grandchildren; and a great-granddaughter born in January.

A memorial service will be held at 2 p.m. on Saturday at the First Parish Church in Cape Elizabeth. The family has asked that donations be made to the Gulf of Maine Research Institute, which plans to name a research fellowship in her honor this fall.
""", [
    ('more than four decades', 'DURATION', 'P40Y|P4E'),
    ('Monday', 'DATE', '2011-06-13'),
    ('last autumn', 'DATE', '2010-FA'),
    ('Feb. 3, 1927', 'DATE', '1927-02-03'),
    ('1948', 'DATE', '1948'),
    ('1955', 'DATE', '1955'),
    ('the spring of 1957', 'DATE', '1957-SP'),
    ('31 years', 'DURATION', 'P31Y'),
    ('every summer', 'SET', 'XXXX-SU'),
    ('1962', 'DATE', '1962'),
    ('1979', 'DATE', '1979'),
    ('the 1970s', 'DATE', '197'),
    ('the 1990s', 'DATE', '199'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('1988', 'DATE', '1988'),
    ('twice a week', 'SET', 'P1W'),
    ('monthly', 'SET', 'P1M'),
    ('2006', 'DATE', '2006'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('April', 'DATE', '2011-04'),
    ('next month', 'DATE', '2011-07'),
    ('Tuesday', 'DATE', '2011-06-14'),
    ('Two weeks ago', 'DATE', '2011-W22|2011-06-01'),
    ('1951', 'DATE', '1951'),
    ('2002', 'DATE', '2002'),
    ('January', 'DATE', '2011-01'),
    ('2 p.m. on Saturday', 'TIME', '2011-06-18T14:00'),
    ('this fall', 'DATE', '2011-FA'),
]),

# 2. English local newspaper, non-league football match report and fixtures (2014)
('2014-10-19', 'auto', """Harlow Town 2 Kingsmead Rovers 1: Okafor header keeps Town top

By Matt Gilbey

Harlow Town extended their unbeaten run to nine matches on Saturday as Daniel Okafor's late header secured a 2-1 win over Kingsmead Rovers in front of 2,341 spectators at Barrows Farm.

Rovers, who had not lost away from home since March, took the lead after 17 minutes when Lewis Grant curled a free kick into the top corner. Town were level before the interval, Jamie Wood converting a penalty after Grant had handled on the line.

After the restart the game became scrappy, and it was settled with four minutes remaining when Okafor, signed from Chelmsford City in the summer, rose above two defenders to meet a corner from substitute Callum Reid.

"We've been working on that routine in training every Thursday for a month," manager Steve Collins said. "It's nice to see it finally pay off."

The result leaves Town three points clear at the top of the table, and they have won six of their last seven home games. It is their best start to a campaign since 1998, when they went 14 matches without defeat.

Rovers manager Paul Henshaw was critical of the referee. "That penalty was soft, and their lad has been going down like that for weeks," he said. Henshaw, who took over two years ago, has a contract that runs until next June.

Town's run is all the more remarkable given that the club spent two years in administration and came within a week of folding in the summer of 2012. The supporters' trust, which took control 18 months ago, has since cleared most of the club's debts.

Wood's penalty was his seventh goal of the campaign. The striker, 31, missed three weeks last month with a hamstring strain but has scored in each of his four games since returning.

Town travel to Hemel Hempstead on Tuesday night before hosting Bishop's Stortford next Saturday at 3 p.m. Rovers, who drop to eighth, face a quick turnaround with an FA Trophy tie at home on Wednesday.

Collins said he would rest several players on Tuesday. "We play three games in eight days, and that's hard on part-timers with day jobs," he said.

The club confirmed on Friday that the ground's new 500-seat stand will open in January, with the council's final safety inspection due before Christmas.

Fixtures
Tuesday: Hemel Hempstead v Harlow Town (7.45pm)
Saturday, October 25: Harlow Town v Bishop's Stortford (3pm)
""", [
    ('Saturday', 'DATE', '2014-10-18'),
    ('March', 'DATE', '2014-03'),
    ('17 minutes', 'DURATION', 'PT17M'),
    ('four minutes', 'DURATION', 'PT4M'),
    ('the summer', 'DATE', '2014-SU'),
    ('every Thursday', 'SET', 'XXXX-WXX-4'),
    ('a month', 'DURATION', 'P1M'),
    ('1998', 'DATE', '1998'),
    ('weeks', 'DURATION', 'PXW'),
    ('two years ago', 'DATE', '2012'),
    ('next June', 'DATE', '2015-06'),
    ('two years', 'DURATION', 'P2Y'),
    ('a week', 'DURATION', 'P1W'),
    ('the summer of 2012', 'DATE', '2012-SU'),
    ('18 months ago', 'DATE', '2013-04'),
    ('three weeks', 'DURATION', 'P3W'),
    ('last month', 'DATE', '2014-09'),
    ('Tuesday night', 'DATE|TIME', '2014-10-21TNI'),
    ('next Saturday at 3 p.m.', 'TIME', '2014-10-25T15:00'),
    ('Wednesday', 'DATE', '2014-10-22'),
    ('Tuesday', 'DATE', '2014-10-21'),
    ('eight days', 'DURATION', 'P8D'),
    ('Friday', 'DATE', '2014-10-17'),
    ('January', 'DATE', '2015-01'),
    ('Christmas', 'DATE', '2014-12-25'),
    ('Tuesday', 'DATE', '2014-10-21'),
    ('7.45pm', 'TIME', '2014-10-21T19:45'),
    ('Saturday, October 25', 'DATE', '2014-10-25'),
    ('3pm', 'TIME', '2014-10-25T15:00'),
]),

# 3. British national newspaper, weather forecast for the days ahead (2017)
('2017-01-05', 'auto', """Arctic blast to bring snow and ice by the weekend

Forecasters warn of coldest spell of this winter

By Weather Desk | Thursday, January 5, 2017

Temperatures are set to plunge across northern England and Scotland over the next few days as a blast of Arctic air sweeps south, the Met Office said on Thursday.

After a mild and damp Wednesday, a cold front will clear eastwards tonight, followed by clear skies and a hard frost. By Friday morning, temperatures in rural parts of the Pennines could fall to minus 7C.

Snow showers are expected to spread across the Highlands on Friday afternoon and reach the North York Moors by Saturday. Up to 15cm could fall on higher ground over the weekend, with 2-5cm possible at lower levels. A yellow warning for snow and ice is in force from 6 p.m. Friday until noon on Sunday.

"This will be the coldest spell of the winter so far," said Met Office chief forecaster Mark Dunn. "Anyone travelling early Saturday should allow extra time and check the forecast before setting off."

The cold snap follows the mildest December in parts of Scotland since records began in 1910. Last winter, by contrast, brought repeated storms and flooding; Storm Desmond alone caused damage estimated at £500m in December 2015.

Highways England said it had 500 gritters ready and had stockpiled 1.4 million tonnes of salt, up 10% on a year ago. Gritters will be out every evening until the freeze eases.

Network Rail said trains on the West Coast main line would run to a reduced timetable on Saturday and Sunday, and passengers were advised to check before travelling.

The cold is expected to last into the middle of next week, although forecasters said a gradual thaw could begin on Tuesday as milder Atlantic air pushes in from the west. Longer-range models suggest a changeable pattern for late January, with further wintry spells possible in February.

The Met Office has raised its cold-weather alert for health services to level 3, meaning a 90% probability of severe cold over the next 48 hours. Public Health England urged people to check on elderly neighbours and keep homes heated to at least 18C.

Forecast at a glance

Tonight: Clear and frosty. Lows of minus 4C.
Friday: Sunny start, with snow showers arriving in the north by late afternoon. Highs of 3C.
Saturday: Snow showers, heaviest in the morning. Highs of 1C.
Sunday: Dry, bright and bitterly cold. Highs of 0C.
Monday: Cloudy, with outbreaks of light sleet. Highs of 2C.
""", [
    ('the weekend', 'DATE', '2017-W01-WE'),
    ('this winter', 'DATE', '2016-WI|2017-WI'),
    ('Thursday, January 5, 2017', 'DATE', '2017-01-05'),
    ('the next few days', 'DURATION', 'PXD'),
    ('Thursday', 'DATE', '2017-01-05'),
    ('Wednesday', 'DATE', '2017-01-04'),
    ('tonight', 'DATE|TIME', '2017-01-05TNI'),
    ('Friday morning', 'DATE|TIME', '2017-01-06TMO'),
    ('Friday afternoon', 'DATE|TIME', '2017-01-06TAF'),
    ('Saturday', 'DATE', '2017-01-07'),
    ('the weekend', 'DATE', '2017-W01-WE'),
    ('6 p.m. Friday', 'TIME', '2017-01-06T18:00'),
    ('noon on Sunday', 'TIME', '2017-01-08T12:00'),
    ('the winter', 'DATE', '2016-WI|2017-WI'),
    ('early Saturday', 'DATE|TIME', '2017-01-07|2017-01-07TMO'),
    ('December', 'DATE', '2016-12'),
    ('1910', 'DATE', '1910'),
    ('Last winter', 'DATE', '2015-WI|2016-WI'),
    ('December 2015', 'DATE', '2015-12'),
    ('a year ago', 'DATE', '2016'),
    ('every evening', 'SET', 'XXXX-XX-XXTEV'),
    ('Saturday', 'DATE', '2017-01-07'),
    ('Sunday', 'DATE', '2017-01-08'),
    ('the middle of next week', 'DATE', '2017-W02'),
    ('Tuesday', 'DATE', '2017-01-10'),
    ('late January', 'DATE', '2017-01'),
    ('February', 'DATE', '2017-02'),
    ('the next 48 hours', 'DURATION', 'PT48H'),
    ('Tonight', 'DATE|TIME', '2017-01-05TNI'),
    ('Friday', 'DATE', '2017-01-06'),
    ('late afternoon', 'DATE|TIME', '2017-01-06TAF'),
    ('Saturday', 'DATE', '2017-01-07'),
    ('the morning', 'DATE|TIME', '2017-01-07TMO'),
    ('Sunday', 'DATE', '2017-01-08'),
    ('Monday', 'DATE', '2017-01-09'),
]),

# 4. British city what's-on listing with opening hours and dates (2019)
('2019-08-02', 'auto', """What's on: Bristol this weekend and beyond

Friday 2 August 2019

The city's festival season reaches its peak this weekend, with a harbour festival, open-air cinema and the return of a much-loved night market. Here is our pick.

Harbour Festival
The festival, which began in 1971 as a small gathering of sailing boats, attracts more than 250,000 visitors each year. It runs from Friday to Sunday, with the tall-ship parade at 11 a.m. Saturday and fireworks over the Floating Harbour at 10 p.m. on Sunday. Stalls open daily from 10 a.m. until 9 p.m. Entry is free.

Night Market
After a two-year absence while the Wapping Wharf site was redeveloped, the night market returns tonight, running from 5 p.m. to 11 p.m. It will then be held monthly until December. Organisers say about 60 traders have signed up, a third of them new.

Cinema under the stars
Ashton Court hosts screenings every Saturday evening this month. Tomorrow's film is Jaws (1975); gates open at 7.30 p.m. and the film starts around 9 p.m. Tickets cost £14, and picnics are welcome.

Exhibitions
At the Arnolfini, Tidelines, a survey of 40 years of coastal photography, opened last Friday and runs until 29 September. The gallery is open daily except Mondays, from 11 a.m. to 6 p.m. M Shed's exhibition on the 1831 riots closes on August 18, so catch it while you can.

Family
The zoo's school holiday programme continues until the end of August, with keeper talks twice a day and a new gorilla enclosure. Children under three go free.

Coming up
Bristol Balloon Fiesta returns next Thursday, August 8, for four days. Mass ascents are planned at 6 a.m. and 6 p.m. each day, weather permitting. Last year high winds grounded the balloons twice, and organisers said on Wednesday they had added a reserve launch slot on Monday, August 12.

Looking further ahead, Bristol Open Doors, when dozens of normally private buildings open to the public, will take place in mid-September, and tickets for the Harbourside festive market, which opens in late November, go on sale next month.

Details may change; check venues' websites before setting out.
""", [
    ('this weekend', 'DATE', '2019-W31-WE'),
    ('Friday 2 August 2019', 'DATE', '2019-08-02'),
    ('this weekend', 'DATE', '2019-W31-WE'),
    ('1971', 'DATE', '1971'),
    ('each year', 'SET', 'P1Y'),
    ('Friday', 'DATE', '2019-08-02'),
    ('Sunday', 'DATE', '2019-08-04'),
    ('11 a.m. Saturday', 'TIME', '2019-08-03T11:00'),
    ('10 p.m. on Sunday', 'TIME', '2019-08-04T22:00'),
    ('daily', 'SET', 'P1D'),
    ('10 a.m.', 'TIME', 'XXXX-XX-XXT10:00|T10:00'),
    ('9 p.m.', 'TIME', 'XXXX-XX-XXT21:00|T21:00'),
    ('two-year', 'DURATION', 'P2Y'),
    ('tonight', 'DATE|TIME', '2019-08-02TNI'),
    ('5 p.m.', 'TIME', '2019-08-02T17:00'),
    ('11 p.m.', 'TIME', '2019-08-02T23:00'),
    ('monthly', 'SET', 'P1M'),
    ('December', 'DATE', '2019-12'),
    ('every Saturday evening', 'SET', 'XXXX-WXX-6TEV'),
    ('this month', 'DATE', '2019-08'),
    ('Tomorrow', 'DATE', '2019-08-03'),
    ('1975', 'DATE', '1975'),
    ('7.30 p.m.', 'TIME', '2019-08-03T19:30'),
    ('around 9 p.m.', 'TIME', '2019-08-03T21:00'),
    ('40 years', 'DURATION', 'P40Y'),
    ('last Friday', 'DATE', '2019-07-26'),
    ('29 September', 'DATE', '2019-09-29'),
    ('daily', 'SET', 'P1D'),
    ('Mondays', 'SET', 'XXXX-WXX-1'),
    ('11 a.m.', 'TIME', 'XXXX-XX-XXT11:00|T11:00'),
    ('6 p.m.', 'TIME', 'XXXX-XX-XXT18:00|T18:00'),
    ('1831', 'DATE', '1831'),
    ('August 18', 'DATE', '2019-08-18'),
    ('the end of August', 'DATE', '2019-08'),
    ('twice a day', 'SET', 'P1D'),
    ('next Thursday, August 8', 'DATE', '2019-08-08'),
    ('four days', 'DURATION', 'P4D'),
    ('6 a.m.', 'TIME', 'XXXX-XX-XXT06:00|T06:00'),
    ('6 p.m.', 'TIME', 'XXXX-XX-XXT18:00|T18:00'),
    ('each day', 'SET', 'P1D'),
    ('Last year', 'DATE', '2018'),
    ('Wednesday', 'DATE', '2019-07-31'),
    ('Monday, August 12', 'DATE', '2019-08-12'),
    ('mid-September', 'DATE', '2019-09'),
    ('late November', 'DATE', '2019-11'),
    ('next month', 'DATE', '2019-09'),
]),

# 5. Travel section of a British weekly, first-person travel piece (2022)
('2022-04-12', 'auto', """Slow boat up the Douro

As Portugal's wine country welcomes visitors back, a river journey offers a gentler pace

By Claire Redfern

PINHÃO, Portugal — The train from Porto takes a little over two hours to reach Pinhão, and for the final stretch it hugs the river so closely that you could almost trail a hand in the water.

I arrived on the last Saturday in March, when the vines were still bare and the terraces looked like contour lines drawn on the hills. By May, I was told, they would be a brilliant green; by September the harvest would be under way.

The Douro was the world's first demarcated wine region, established in 1756, and its schist terraces have been worked by hand for more than 250 years. Unesco declared the Alto Douro a World Heritage Site in 2001.

For two years, the pandemic kept most foreign visitors away. Quinta do Bomfim, one of the valley's best-known estates, closed its tasting rooms in March 2020 and reopened only last October. "Last summer we had maybe a fifth of our usual numbers," said its manager, Rita Sousa. "This year the bookings look almost normal."

Portugal dropped most of its remaining entry restrictions in February, and the tourism board expects visitor numbers to return to 2019 levels by next year.

The best way to see the valley is from the water. Several operators run day cruises from Pinhão, and I took one on March 27; it left at 10 a.m. and returned shortly after 4 p.m., with lunch on board. Eight-day cruises from Porto to the Spanish border start at about €2,000 a person.

Most quintas offer tastings daily, but smaller family estates often open only at weekends, so book ahead. At Quinta da Roêda, a 30-minute walk from the station, tours run three times a day and end with a glass of tawny port that has been aged for 20 years.

Pinhão itself is quiet. The town's handful of restaurants close early, and I was the only guest at dinner in my hotel that Saturday. By the following morning, a coach party from Lisbon had arrived, and the breakfast room was full.

The harvest festival takes place each September, when visitors can join the pickers and tread grapes in granite tanks. It is popular: rooms for this autumn are already scarce.

Getting there: Trains leave Porto São Bento for Pinhão five times a day. The line is being electrified, and the work is due to be finished in 2024.
""", [
    ('a little over two hours', 'DURATION', 'PT2H'),
    ('the last Saturday in March', 'DATE', '2022-03-26'),
    ('May', 'DATE', '2022-05'),
    ('September', 'DATE', '2022-09'),
    ('1756', 'DATE', '1756'),
    ('more than 250 years', 'DURATION', 'P250Y'),
    ('2001', 'DATE', '2001'),
    ('two years', 'DURATION', 'P2Y'),
    ('March 2020', 'DATE', '2020-03'),
    ('last October', 'DATE', '2021-10'),
    ('Last summer', 'DATE', '2021-SU'),
    ('This year', 'DATE', '2022'),
    ('February', 'DATE', '2022-02'),
    ('2019', 'DATE', '2019'),
    ('next year', 'DATE', '2023'),
    ('March 27', 'DATE', '2022-03-27'),
    ('10 a.m.', 'TIME', '2022-03-27T10:00'),
    ('shortly after 4 p.m.', 'TIME', '2022-03-27T16:00'),
    ('Eight-day', 'DURATION', 'P8D'),
    ('daily', 'SET', 'P1D'),
    ('weekends', 'SET', 'XXXX-WXX-WE'),
    ('30-minute', 'DURATION', 'PT30M'),
    ('three times a day', 'SET', 'P1D'),
    ('20 years', 'DURATION', 'P20Y'),
    ('that Saturday', 'DATE', '2022-03-26'),
    ('the following morning', 'DATE|TIME', '2022-03-27TMO'),
    ('each September', 'SET', 'XXXX-09'),
    ('this autumn', 'DATE', '2022-FA'),
    ('five times a day', 'SET', 'P1D'),
    ('2024', 'DATE', '2024'),
]),

# 6. London news website, live blog of a bus strike with time stamps (2018)
('2018-11-06', 'auto', """Live: Bus strike brings south London to a standstill

Updated 14:40 GMT

Drivers at Metroline South walk out in the first of three planned 24-hour strikes over pay.

14:40 — Talks to resume tomorrow
Acas has confirmed that talks between the company and the union will resume at 10 a.m. tomorrow. Neither side would say whether the second strike, planned for Friday, could still be called off.

13:55 — 'We've been patient for two years'
Union rep Deborah Okoye told the picket line at the Croydon depot that drivers had not had a pay rise since April 2016. "We've been patient for two years. Inflation has eaten 6% of our wages," she said.

12:30 — Company: 'Offer is fair'
A Metroline South spokesman said the company's offer of 2.5% this year and 2.8% next year was "fair and affordable", and accused the union of walking away from talks last Thursday.

11:20 — Roads busier than usual
Traffic data firm InMotion says journey times into central Croydon were up 35% between 7 a.m. and 9.30 a.m. compared with normal. Cycle hire stations near East Croydon station ran out of bikes shortly after 8 a.m.

10:05 — Schools stay open
The council says all schools are open today, though some pupils arrived late. Head teachers have been asked to record absences as authorised.

09:15 — What happens next?
Each walkout lasts 24 hours. The union has announced further action on Friday and again next Wednesday, November 14. It has said it will ballot members in the coming weeks on an overtime ban over Christmas if no deal is reached.

08:40 — Background
This is the first strike at the company since 2011, when drivers walked out twice in the space of a month. About 1,200 drivers voted in a ballot that closed on October 19, with 84% backing action on a turnout of 61%.

The dispute dates back to the spring, when the company, which runs 42 routes under contract, imposed a pay freeze for this financial year. It says its costs have risen by £4m over the past 12 months.

07:30 — Commuters struggle
Queues at the Purley tram stop stretched around the block shortly before 7 a.m., according to readers' messages. "I've been waiting 40 minutes," said one, Sam Whitfield. "Normally it takes me half an hour door to door."

06:45 — Welcome
Welcome to our live coverage of today's bus strike. Picket lines formed at all six depots, and no buses left them when the strike began at 4 a.m.
""", [
    ('14:40 GMT', 'TIME', '2018-11-06T14:40'),
    ('24-hour', 'DURATION', 'PT24H'),
    ('14:40', 'TIME', '2018-11-06T14:40'),
    ('tomorrow', 'DATE', '2018-11-07'),
    ('10 a.m. tomorrow', 'TIME', '2018-11-07T10:00'),
    ('Friday', 'DATE', '2018-11-09'),
    ('13:55', 'TIME', '2018-11-06T13:55'),
    ('two years', 'DURATION', 'P2Y'),
    ('April 2016', 'DATE', '2016-04'),
    ('two years', 'DURATION', 'P2Y'),
    ('12:30', 'TIME', '2018-11-06T12:30'),
    ('this year', 'DATE', '2018'),
    ('next year', 'DATE', '2019'),
    ('last Thursday', 'DATE', '2018-11-01'),
    ('11:20', 'TIME', '2018-11-06T11:20'),
    ('7 a.m.', 'TIME', '2018-11-06T07:00'),
    ('9.30 a.m.', 'TIME', '2018-11-06T09:30'),
    ('shortly after 8 a.m.', 'TIME', '2018-11-06T08:00'),
    ('10:05', 'TIME', '2018-11-06T10:05'),
    ('today', 'DATE', '2018-11-06'),
    ('09:15', 'TIME', '2018-11-06T09:15'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('Friday', 'DATE', '2018-11-09'),
    ('next Wednesday, November 14', 'DATE', '2018-11-14'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('Christmas', 'DATE', '2018-12-25'),
    ('08:40', 'TIME', '2018-11-06T08:40'),
    ('2011', 'DATE', '2011'),
    ('a month', 'DURATION', 'P1M'),
    ('October 19', 'DATE', '2018-10-19'),
    ('the spring', 'DATE', '2018-SP'),
    ('this financial year', 'DATE', 'FY2018|2018'),
    ('the past 12 months', 'DURATION', 'P12M|P1Y'),
    ('07:30', 'TIME', '2018-11-06T07:30'),
    ('shortly before 7 a.m.', 'TIME', '2018-11-06T07:00'),
    ('40 minutes', 'DURATION', 'PT40M'),
    ('half an hour', 'DURATION', 'PT30M'),
    ('06:45', 'TIME', '2018-11-06T06:45'),
    ('today', 'DATE', '2018-11-06'),
    ('4 a.m.', 'TIME', '2018-11-06T04:00'),
]),

# 7. British national newspaper, obituary of a jazz musician (2023)
('2023-09-08', 'auto', """Ray Dunmore, jazz pianist who lit up Soho's club scene, dies aged 91

Ray Dunmore, the pianist whose sets at the Blue Lantern made it the most talked-about jazz club in London in the 1960s, has died aged 91. His daughter, Clare, said he died peacefully in his sleep on Wednesday at a care home in Hastings.

Raymond Arthur Dunmore was born in Deptford, south-east London, on 14 November 1931, the youngest of five children. His father, a docker, played the harmonium in chapel every Sunday, and Ray was picking out hymns by the age of four. He left school at 14 and delivered telegrams until 1948.

National service took him to Germany in 1950, where he heard American jazz on forces radio and, as he put it, "never recovered". Back in London, he spent most of the 1950s playing in dance bands six nights a week.

His break came in the autumn of 1961, when the owner of the Blue Lantern hired him for a fortnight. He stayed for nine years. The club's jam sessions drew visiting Americans including, in May 1964, Bill Evans, who sat in for two numbers and, according to Dunmore, "made me want to give up".

The Lantern closed in 1970, and Dunmore moved to the Netherlands, where he taught at the Rotterdam Conservatory for the next two decades. He recorded sparingly: just 11 albums in 60 years, the last of them, Late Light, in 2014.

He returned to England in 1991 and settled in Hastings, where he played every Thursday at the Stag Inn until 2019, when a stroke ended his performing career. A documentary about his life, filmed over the past three years, is due to be broadcast next spring.

"He never talked about the past much," his daughter said on Thursday. "He said the only chord that mattered was the next one."

Dunmore's wife, the singer Josie Hart, whom he married in 1958, died in 2008. He is survived by Clare, two grandchildren and a great-grandson.

A funeral will be held at St Clement's Church, Hastings, on 22 September at noon, followed by what the family promise will be "a very long jam session".
""", [
    ('the 1960s', 'DATE', '196'),
    ('Wednesday', 'DATE', '2023-09-06'),
    ('14 November 1931', 'DATE', '1931-11-14'),
    ('every Sunday', 'SET', 'XXXX-WXX-7'),
    ('1948', 'DATE', '1948'),
    ('1950', 'DATE', '1950'),
    ('the 1950s', 'DATE', '195'),
    ('six nights a week', 'SET', 'P1W'),
    ('the autumn of 1961', 'DATE', '1961-FA'),
    ('a fortnight', 'DURATION', 'P2W'),
    ('nine years', 'DURATION', 'P9Y'),
    ('May 1964', 'DATE', '1964-05'),
    ('1970', 'DATE', '1970'),
    ('the next two decades', 'DURATION', 'P20Y|P2E'),
    ('60 years', 'DURATION', 'P60Y'),
    ('2014', 'DATE', '2014'),
    ('1991', 'DATE', '1991'),
    ('every Thursday', 'SET', 'XXXX-WXX-4'),
    ('2019', 'DATE', '2019'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('next spring', 'DATE', '2024-SP'),
    ('the past', 'DATE', 'PAST_REF'),
    ('Thursday', 'DATE', '2023-09-07'),
    ('1958', 'DATE', '1958'),
    ('2008', 'DATE', '2008'),
    ('22 September at noon', 'TIME', '2023-09-22T12:00'),
]),

# 8. US wire-style college basketball match report (2016)
('2016-03-13', 'auto', """Central State 71, Riverside 68

Bell's late 3 sends Bulldogs to NCAA Tournament

KANSAS CITY, Mo. — Marcus Bell hit a 3-pointer with 4.2 seconds left Saturday night, and Central State rallied from 14 points down to beat Riverside 71-68 in the Midlands Conference tournament final.

The Bulldogs (26-7) won the tournament for the first time since 2009 and earned the league's automatic bid to the NCAA Tournament. They will learn their seeding this evening, when the 68-team bracket is announced at 6 p.m.

Riverside (22-11) led 40-29 at the break and stretched the margin to 14 with 12 minutes to play before Central State went on a 15-2 run. Bell, a senior who missed 20 games last year with a broken foot, finished with 22 points.

"We've been in that spot before," Central State coach Dana Whitfield said. "Two years ago we lost this game by one point. I told them in the locker room, 'Not again.'"

Whitfield, hired in 2010, has turned around a program that had three straight losing records before she arrived. She signed a contract extension in January that runs through 2021.

Riverside's Andre Miles scored 25 points, including 19 before the break. Miles, who was named the conference's top player on Tuesday, has scored at least 20 points in 11 straight games.

"It hurts right now," Miles said. "But we'll probably still be playing next week, in the NIT or somewhere, so we've got to turn the page."

It was the third meeting between the teams in two months. Central State won 80-74 at home on Jan. 16, and Riverside won the rematch 77-62 three weeks later.

Central State has played in the NCAA Tournament four times, the last in 2009, when it lost in the first round. The school's only tournament victory came in 1987.

Attendance at the Sprint Center was 14,322, the largest crowd for the final in a decade. The tournament, which has been played in Kansas City every March since 2002, will move to Tulsa next year under a three-year agreement.

Athletic director Paul Nguyen said the school would hold a welcome-home rally for the team at the campus arena at 1 p.m. today, before the selection show.
""", [
    ('4.2 seconds', 'DURATION', 'PT4.2S'),
    ('Saturday night', 'DATE|TIME', '2016-03-12TNI'),
    ('2009', 'DATE', '2009'),
    ('this evening', 'DATE|TIME', '2016-03-13TEV'),
    ('6 p.m.', 'TIME', '2016-03-13T18:00'),
    ('12 minutes', 'DURATION', 'PT12M'),
    ('last year', 'DATE', '2015'),
    ('Two years ago', 'DATE', '2014'),
    ('2010', 'DATE', '2010'),
    ('January', 'DATE', '2016-01'),
    ('2021', 'DATE', '2021'),
    ('Tuesday', 'DATE', '2016-03-08'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('next week', 'DATE', '2016-W11'),
    ('two months', 'DURATION', 'P2M'),
    ('Jan. 16', 'DATE', '2016-01-16'),
    ('three weeks later', 'DATE', '2016-02-06|2016-W05'),
    ('2009', 'DATE', '2009'),
    ('1987', 'DATE', '1987'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('every March', 'SET', 'XXXX-03'),
    ('2002', 'DATE', '2002'),
    ('next year', 'DATE', '2017'),
    ('three-year', 'DURATION', 'P3Y'),
    ('1 p.m. today', 'TIME', '2016-03-13T13:00'),
]),

# 9. US metropolitan newspaper, holiday weather forecast (2024)
('2024-12-20', 'auto', """Chance of a white Christmas fades as mild air moves in

By Dan Keller, Weather Staff
Published Dec. 20, 2024

CHICAGO — Hopes for a white Christmas in northern Illinois are melting along with the snow that fell earlier this week, forecasters said Friday.

The 3 inches that fell on Monday and Tuesday will probably be gone by the end of the weekend, as highs climb into the 40s on Sunday and near 50 on Monday, the National Weather Service office in Romeoville said.

"The pattern just doesn't favor snow," meteorologist Kelly Tran said Friday morning. "We're looking at rain, not snow, on Christmas Eve, and a mostly dry but cloudy Christmas Day."

Since records began in 1884, Chicago has had at least an inch of snow on the ground on Dec. 25 about 40% of the time. The city last saw snow cover on the holiday in 2022, when a blizzard swept the Midwest on Dec. 23. Last year, Christmas was the warmest in more than a decade, with a high of 56.

Before the thaw comes a brief cold snap. Temperatures will drop into the teens tonight, and wind chills could fall below zero by early Saturday. Drivers should watch for black ice on untreated roads through Saturday morning.

Milder air arrives Saturday night, and rain is likely from late Monday through Tuesday, with about half an inch expected. Temperatures should stay above freezing for at least a week, Tran said.

The Weather Service's outlook for late December leans warmer than normal, although a return to colder weather is possible in early January. The winter so far has been slightly drier than average; the season as a whole is forecast to be colder and snowier than last winter, which was the warmest on record for much of the Upper Midwest.

O'Hare and Midway are expected to handle a record number of passengers in the coming days. The Transportation Security Administration said it expects the peaks to come on Sunday and next Friday.

Five-day forecast
Saturday: Sunny and cold. High 24.
Sunday: Increasing clouds, milder. High 41.
Monday: Cloudy, with rain developing. High 48.
Tuesday (Christmas Eve): Rain, mainly in the morning. High 45.
Wednesday (Christmas): Cloudy and dry. High 39.
""", [
    ('Christmas', 'DATE', '2024-12-25'),
    ('Dec. 20, 2024', 'DATE', '2024-12-20'),
    ('Christmas', 'DATE', '2024-12-25'),
    ('earlier this week', 'DATE', '2024-W51'),
    ('Friday', 'DATE', '2024-12-20'),
    ('Monday', 'DATE', '2024-12-16'),
    ('Tuesday', 'DATE', '2024-12-17'),
    ('the end of the weekend', 'DATE', '2024-W51-WE'),
    ('Sunday', 'DATE', '2024-12-22'),
    ('Monday', 'DATE', '2024-12-23'),
    ('Friday morning', 'DATE|TIME', '2024-12-20TMO'),
    ('Christmas Eve', 'DATE', '2024-12-24'),
    ('Christmas Day', 'DATE', '2024-12-25'),
    ('1884', 'DATE', '1884'),
    ('Dec. 25', 'DATE|SET', 'XXXX-12-25'),
    ('2022', 'DATE', '2022'),
    ('Dec. 23', 'DATE', '2022-12-23'),
    ('Last year', 'DATE', '2023'),
    ('Christmas', 'DATE', '2023-12-25'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('tonight', 'DATE|TIME', '2024-12-20TNI'),
    ('early Saturday', 'DATE|TIME', '2024-12-21|2024-12-21TMO'),
    ('Saturday morning', 'DATE|TIME', '2024-12-21TMO'),
    ('Saturday night', 'DATE|TIME', '2024-12-21TNI'),
    ('late Monday', 'DATE', '2024-12-23'),
    ('Tuesday', 'DATE', '2024-12-24'),
    ('at least a week', 'DURATION', 'P1W'),
    ('late December', 'DATE', '2024-12'),
    ('early January', 'DATE', '2025-01'),
    ('The winter', 'DATE', '2024-WI'),
    ('last winter', 'DATE', '2023-WI|2024-WI'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('Sunday', 'DATE', '2024-12-22'),
    ('next Friday', 'DATE', '2024-12-27'),
    ('Five-day', 'DURATION', 'P5D'),
    ('Saturday', 'DATE', '2024-12-21'),
    ('Sunday', 'DATE', '2024-12-22'),
    ('Monday', 'DATE', '2024-12-23'),
    ('Tuesday', 'DATE', '2024-12-24'),
    ('Christmas Eve', 'DATE', '2024-12-24'),
    ('the morning', 'DATE|TIME', '2024-12-24TMO'),
    ('Wednesday', 'DATE', '2024-12-25'),
    ('Christmas', 'DATE', '2024-12-25'),
]),

# 10. US city newspaper, holiday-weekend event listings (2010)
('2010-11-25', 'auto', """Things to do: Thanksgiving weekend brings tree lighting, 'Nutcracker' and a toy-train spectacular

By Staff Reporter
Nov. 25, 2010

Whether you're recovering from today's feast or escaping the relatives, there is plenty going on around Puget Sound over the long weekend. Here is our guide.

Westlake Center tree lighting
Seattle's holiday kickoff takes place Friday, with the tree lighting at 5:30 p.m. and fireworks about 15 minutes later. The carousel opens the same day and will run daily through Jan. 2, from 11 a.m. to 8 p.m. Rides cost $2, with proceeds going to Seattle Children's hospital.

Model railroad show
The region's biggest toy-train exhibition returns to the Seattle Center Exhibition Hall on Saturday and Sunday, open 10 a.m. to 5 p.m. Organizers say the layout, which took club members 18 months to build, contains more than a mile of track. The first show, in 1980, fitted into a church basement.

'Nutcracker'
Pacific Northwest Ballet's production, with sets by Maurice Sendak, opens tomorrow night at McCaw Hall and runs until Dec. 28. This will be the Sendak version's farewell run; the company has staged it every year since 1983, and a new production debuts next year. Tickets start at $25.

Black Friday bike ride
Cascade Bicycle Club leads a 20-mile ride from Gas Works Park at 9 a.m. Friday for riders who would rather skip the malls. Last year about 300 people took part.

Farmers markets
The University District market, open every Saturday, runs from 9 a.m. to 2 p.m. The Ballard market, held on Sundays, will close at noon on Sunday because of the forecast.

Weather warning
Forecasters expect the cold snap to continue through the weekend, with lows in the low 20s on Friday night. Roads were icy earlier this week after Monday's snowfall, which closed hundreds of schools on Tuesday. Check with venues before setting out.

Looking ahead
Tickets for the First Night celebration on New Year's Eve go on sale Monday. Last year's event sold out in three days.
""", [
    ('Thanksgiving weekend', 'DATE', '2010-W47-WE'),
    ('Nov. 25, 2010', 'DATE', '2010-11-25'),
    ('today', 'DATE', '2010-11-25'),
    ('the long weekend', 'DATE', '2010-W47-WE'),
    ('Friday', 'DATE', '2010-11-26'),
    ('5:30 p.m.', 'TIME', '2010-11-26T17:30'),
    ('about 15 minutes later', 'TIME', '2010-11-26T17:45'),
    ('the same day', 'DATE', '2010-11-26'),
    ('daily', 'SET', 'P1D'),
    ('Jan. 2', 'DATE', '2011-01-02'),
    ('11 a.m.', 'TIME', 'XXXX-XX-XXT11:00|T11:00'),
    ('8 p.m.', 'TIME', 'XXXX-XX-XXT20:00|T20:00'),
    ('Saturday', 'DATE', '2010-11-27'),
    ('Sunday', 'DATE', '2010-11-28'),
    ('10 a.m.', 'TIME', 'XXXX-XX-XXT10:00|T10:00'),
    ('5 p.m.', 'TIME', 'XXXX-XX-XXT17:00|T17:00'),
    ('18 months', 'DURATION', 'P18M'),
    ('1980', 'DATE', '1980'),
    ('tomorrow night', 'DATE|TIME', '2010-11-26TNI'),
    ('Dec. 28', 'DATE', '2010-12-28'),
    ('every year', 'SET', 'P1Y'),
    ('1983', 'DATE', '1983'),
    ('next year', 'DATE', '2011'),
    ('Black Friday', 'DATE', '2010-11-26'),
    ('9 a.m. Friday', 'TIME', '2010-11-26T09:00'),
    ('Last year', 'DATE', '2009'),
    ('every Saturday', 'SET', 'XXXX-WXX-6'),
    ('9 a.m.', 'TIME', 'XXXX-XX-XXT09:00|T09:00'),
    ('2 p.m.', 'TIME', 'XXXX-XX-XXT14:00|T14:00'),
    ('Sundays', 'SET', 'XXXX-WXX-7'),
    ('noon on Sunday', 'TIME', '2010-11-28T12:00'),
    ('the weekend', 'DATE', '2010-W47-WE'),
    ('Friday night', 'DATE|TIME', '2010-11-26TNI'),
    ('earlier this week', 'DATE', '2010-W47'),
    ('Monday', 'DATE', '2010-11-22'),
    ('Tuesday', 'DATE', '2010-11-23'),
    ("New Year's Eve", 'DATE', '2010-12-31'),
    ('Monday', 'DATE', '2010-11-29'),
    ('Last year', 'DATE', '2009'),
    ('three days', 'DURATION', 'P3D'),
]),

# 11. British newspaper lifestyle section, feature on social running clubs (2025)
('2025-02-17', 'auto', """Run club is the new nightclub: why young Londoners are swapping bars for 5k

By Hannah Webb
Monday 17 February 2025

It was 7 p.m. last Thursday, and about 200 people in brightly coloured trainers were milling outside a coffee shop in Hackney, waiting for the weekly run of the Lea Striders. Few of them were over 35. Most had never run further than a bus stop until recently.

Social running clubs have boomed in the past two years. Strava, the fitness app, said in a report this month that club memberships among 18- to 34-year-olds in Britain rose 59% in 2024, and that more people in that age group joined a run club than a dating app.

"It's a way to meet people that doesn't revolve around drinking," said Priya Shah, 27, who founded the Lea Striders in March 2023 with four friends. "At the start it was six of us in a park. Now we run three times a week and have a waiting list."

The trend has been driven partly by a fall in drinking among young adults. A survey published in January found that almost a quarter of people aged 18 to 24 do not drink at all, up from 17% a decade ago. Hackney, meanwhile, has lost a third of its nightclubs since 2015.

The runs themselves are short — typically 5km, or about 30 minutes at a conversational pace — and are followed by coffee, or occasionally a pint. Many clubs organise trips to races; the Lea Striders will take 40 members to the Brighton half marathon in April.

Brands have noticed. Nike and Adidas both sponsor clubs, and a "run café" with showers and lockers opened in Shoreditch in the autumn.

Not everyone is convinced. Dr Tom Haines, a sports psychologist at Loughborough University, warned that some newcomers were increasing their mileage too fast. "We've seen a noticeable rise in shin splints and stress fractures since last summer," he said.

Yet most newcomers stay. Shah said roughly half of the people who came to their first run in the spring of 2024 still turn up every month.

For those thinking of joining, her advice is simple: "Just show up. Nobody cares how fast you are." The Striders' next beginners' session is at 9 a.m. on Sunday, and the club plans to open a second group in Walthamstow in the coming months.

Membership is free, but runners are asked to register online at least 24 hours in advance.
""", [
    ('Monday 17 February 2025', 'DATE', '2025-02-17'),
    ('7 p.m. last Thursday', 'TIME', '2025-02-13T19:00'),
    ('weekly', 'SET', 'P1W'),
    ('recently', 'DATE', 'PAST_REF'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('this month', 'DATE', '2025-02'),
    ('2024', 'DATE', '2024'),
    ('March 2023', 'DATE', '2023-03'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('three times a week', 'SET', 'P1W'),
    ('January', 'DATE', '2025-01'),
    ('a decade ago', 'DATE', '2015|201'),
    ('2015', 'DATE', '2015'),
    ('30 minutes', 'DURATION', 'PT30M'),
    ('April', 'DATE', '2025-04'),
    ('the autumn', 'DATE', '2024-FA'),
    ('last summer', 'DATE', '2024-SU'),
    ('the spring of 2024', 'DATE', '2024-SP'),
    ('every month', 'SET', 'P1M'),
    ('9 a.m. on Sunday', 'TIME', '2025-02-23T09:00'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('at least 24 hours', 'DURATION', 'PT24H'),
]),

# 12. Welsh news website, marathon live blog with time stamps, newest first (2009)
('2009-04-26', 'auto', """Live: Cardiff Bay Marathon – as it happened

Sunday 26 April 2009

1.15pm — That's all from us
Thanks for following our coverage. Full results will be published on the organisers' website by 6pm, and we'll have reaction and pictures in tomorrow's paper. The 2010 race is scheduled for April 25 next year.

12.50pm — Heat takes its toll
St John Ambulance say they have treated 112 runners, most for dehydration. It reached 21C shortly after noon, making this the warmest race since the event began in 1996. Organisers added two extra water stations on Friday after seeing forecasts earlier in the week.

12.20pm — 'I've waited a decade for this'
Local runner Sian Pritchard, 38, was the first Welsh woman home in 2 hours 51 minutes. "I've waited a decade for this," she said. "I first ran it in 1999 and I've come back every year since."

11.40am — Women's winner
Kenya's Grace Chebet wins the women's race in a course record, nearly two minutes inside the old mark. The previous record had stood since 2003.

11.05am — Men's winner
Tesfaye Abera of Ethiopia crosses the line first in two hours 11 minutes. He pulled clear of a group of four shortly before the 35km mark and ran the last 7km alone. It is his second marathon win in six weeks, after Rome in March.

10.30am — Halfway
The leaders went through halfway in just over 65 minutes, well inside course-record pace. Behind them, around 6,500 runners are still on the course. Roads around the Bay will reopen from 4pm, police say.

9.45am — Road closures
A reminder that Lloyd George Avenue remains closed until 3pm. Drivers were warned last week to expect long delays.

9am — They're off
The elite field and the first wave set off on time at 9am, under clear skies. The last of the three waves will start at 9.25am.

8.15am — Good morning
Welcome to our live coverage. This is the 14th running of the race, which has been held every April since 2004. More than 7,000 runners registered before entries closed on March 31.
""", [
    ('Sunday 26 April 2009', 'DATE', '2009-04-26'),
    ('1.15pm', 'TIME', '2009-04-26T13:15'),
    ('6pm', 'TIME', '2009-04-26T18:00'),
    ('tomorrow', 'DATE', '2009-04-27'),
    ('2010', 'DATE', '2010'),
    ('April 25 next year', 'DATE', '2010-04-25'),
    ('12.50pm', 'TIME', '2009-04-26T12:50'),
    ('shortly after noon', 'TIME', '2009-04-26T12:00'),
    ('1996', 'DATE', '1996'),
    ('Friday', 'DATE', '2009-04-24'),
    ('earlier in the week', 'DATE', '2009-W17'),
    ('12.20pm', 'TIME', '2009-04-26T12:20'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('2 hours 51 minutes', 'DURATION', 'PT2H51M'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('1999', 'DATE', '1999'),
    ('every year', 'SET', 'P1Y'),
    ('11.40am', 'TIME', '2009-04-26T11:40'),
    ('nearly two minutes', 'DURATION', 'PT2M'),
    ('2003', 'DATE', '2003'),
    ('11.05am', 'TIME', '2009-04-26T11:05'),
    ('two hours 11 minutes', 'DURATION', 'PT2H11M'),
    ('six weeks', 'DURATION', 'P6W'),
    ('March', 'DATE', '2009-03'),
    ('10.30am', 'TIME', '2009-04-26T10:30'),
    ('just over 65 minutes', 'DURATION', 'PT65M'),
    ('4pm', 'TIME', '2009-04-26T16:00'),
    ('9.45am', 'TIME', '2009-04-26T09:45'),
    ('3pm', 'TIME', '2009-04-26T15:00'),
    ('last week', 'DATE', '2009-W16'),
    ('9am', 'TIME', '2009-04-26T09:00'),
    ('9am', 'TIME', '2009-04-26T09:00'),
    ('9.25am', 'TIME', '2009-04-26T09:25'),
    ('8.15am', 'TIME', '2009-04-26T08:15'),
    ('every April', 'SET', 'XXXX-04'),
    ('2004', 'DATE', '2004'),
    ('March 31', 'DATE', '2009-03-31'),
]),
]
