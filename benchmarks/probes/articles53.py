# Gold TIMEX3 probe set 53: twelve news and feature stories of 2008-2024 in the styles of Reuters, AP, the Guardian, the Times of India, the Irish Times, CNN and regional US papers, on weather, transport, education, crime and markets, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Reuters, markets wire (2008)
('2008-10-10', 'auto', """Wall Street suffers worst rout since 1933 as panic selling spreads

NEW YORK, Oct 10 (Reuters) - U.S. stocks swung wildly on Friday and closed lower, capping the steepest slide on record for the Dow Jones industrial average, as fears of a global recession overwhelmed coordinated efforts by central banks to thaw frozen credit markets.

The Dow fell 128 points, or 1.5 percent, to 8,451 after plunging nearly 700 points shortly after the opening bell. The blue-chip index has lost 18 percent this week and roughly 40 percent since its record close of 14,164 on Oct. 9, 2007, almost exactly a year ago.

The Standard & Poor's 500 index slid 1.2 percent, while the Nasdaq Composite index edged up 0.3 percent.

"This is capitulation, or something that looks a lot like it," said Peter Kenny, a managing director at a New York brokerage. "People are selling everything that isn't nailed down, and they are doing it now rather than wait for Monday."

Finance ministers and central bankers from the Group of Seven rich nations were meeting in Washington on Friday afternoon and were expected to issue a statement afterward. Traders said the meeting offered the best hope of a turnaround next week.

On Wednesday, the Federal Reserve and five other central banks cut interest rates by half a percentage point in an unprecedented joint move. The rally it sparked lasted less than 30 minutes.

Volatility has been extreme. The CBOE Volatility Index, Wall Street's so-called fear gauge, touched an all-time high of 76.94 during the session. In the past seven trading days the Dow has fallen more than 2,400 points.

Credit markets showed few signs of easing. The London interbank offered rate for dollars rose to 4.82 percent, the highest level since December, and banks remained reluctant to lend to each other.

The slide has wiped out roughly $8.4 trillion in market value since the peak last October, according to Wilshire Associates.

Analysts said investors would look to third-quarter earnings, due over the next two weeks, for signs of how deeply the crisis has cut into corporate profits. General Electric reports on Friday, Oct. 17.

"Nobody wants to hold a position over the weekend," said one floor trader who asked not to be named. "The market hasn't seen anything like this since the 1930s."

Trading volume on the New York Stock Exchange was the heaviest of the year, at about 3.5 billion shares by 4 p.m. Bond prices rose as investors sought safety, pushing the yield on the two-year Treasury note down to 1.58 percent.

(Reporting by Ellis Mnyandu; Editing by Leslie Adler)
""", [
    ('1933', 'DATE', '1933'),
    ('Oct 10', 'DATE', '2008-10-10'),
    ('Friday', 'DATE', '2008-10-10'),
    ('this week', 'DATE', '2008-W41'),
    ('Oct. 9, 2007', 'DATE', '2007-10-09'),
    ('almost exactly a year ago', 'DATE', '2007'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '2008-10-13'),
    ('Friday afternoon', 'DATE|TIME', '2008-10-10TAF'),
    ('next week', 'DATE', '2008-W42'),
    ('Wednesday', 'DATE', '2008-10-08'),
    ('less than 30 minutes', 'DURATION', 'PT30M'),
    ('the past seven trading days', 'DURATION', 'P7D'),
    ('December', 'DATE', '2007-12'),
    ('last October', 'DATE', '2007-10'),
    ('third-quarter', 'DATE', '2008-Q3'),
    ('the next two weeks', 'DURATION', 'P2W'),
    ('Friday, Oct. 17', 'DATE', '2008-10-17'),
    ('the weekend', 'DATE', '2008-W41-WE'),
    ('the 1930s', 'DATE', '193'),
    ('the year', 'DATE', '2008'),
    ('4 p.m.', 'TIME', '2008-10-10T16:00'),
    ('two-year', 'DURATION', 'P2Y'),
]),
# 2. Regional US paper (Cleveland suburbs), schools (2009)
('2009-11-04', 'auto', """Voters reject Maple Heights school levy for third time

By Karen Dolezal, Staff Writer

MAPLE HEIGHTS -- For the third time in 18 months, voters in the Maple Heights City School District have turned down a tax increase for schools, and district officials said Wednesday that they would begin planning for up to $2.4 million in cuts for next fall.

The 5.9-mill operating levy failed 4,212 to 3,876 in the election Tuesday, according to unofficial results from the Cuyahoga County Board of Elections. Similar issues failed in May 2008 and in November of last year.

"We're disappointed, but we're not giving up," Superintendent Charles Keenan said at a news conference at the board office. "We will be back on the ballot in May."

The levy would have cost the owner of a $100,000 home about $180 a year. The district has not passed new operating money since 1996, and it has been spending more than it takes in for the past three school years. Treasurer Diane Wolanski projects a deficit of $2.4 million in fiscal 2011, which begins July 1, 2010.

Keenan said the board would vote Nov. 18 on a list of cuts that could include eliminating busing for high school students, closing Lincoln Elementary and laying off as many as 30 teachers in June. He said he hoped to have a final plan in place before Thanksgiving.

Pay-to-play fees for sports, which rose to $250 per student two years ago, could double. The district is also considering shortening the school day by 30 minutes beginning in January, an idea that drew boos at a community meeting last month.

Levy opponent Ron Sikora, a retired machinist who led the "Vote No" campaign, said residents could not afford higher taxes with unemployment in Cuyahoga County at 9.4 percent.

"People here have lost jobs, lost homes and lost a lot of the value in their 401(k)s in the last year," Sikora said. "The schools need to live within their means like everybody else."

Supporters pointed out that the district's spending per pupil ranks 27th of 31 districts in the county and that teachers agreed to a pay freeze in 2008.

Parent Angela Brooks, whose two sons play football at Maple Heights High, said she would be knocking on doors again this winter. "If they cut sports, a lot of these kids have nothing to keep them here after school," she said.

Elsewhere in the county, voters approved 11 of 17 school issues on Tuesday, including renewal levies in Parma and Euclid.

The school board meets next at 7 p.m. Nov. 18 at Maple Heights High School. The meeting is open to the public.
""", [
    ('18 months', 'DURATION', 'P18M'),
    ('Wednesday', 'DATE', '2009-11-04'),
    ('next fall', 'DATE', '2010-FA'),
    ('Tuesday', 'DATE', '2009-11-03'),
    ('May 2008', 'DATE', '2008-05'),
    ('November of last year', 'DATE', '2008-11'),
    ('May', 'DATE', '2010-05'),
    ('a year', 'SET', 'P1Y'),
    ('1996', 'DATE', '1996'),
    ('the past three school years', 'DURATION', 'P3Y'),
    ('fiscal 2011', 'DATE', 'FY2011|2011'),
    ('July 1, 2010', 'DATE', '2010-07-01'),
    ('Nov. 18', 'DATE', '2009-11-18'),
    ('June', 'DATE', '2010-06'),
    ('Thanksgiving', 'DATE', '2009-11-26'),
    ('two years ago', 'DATE', '2007'),
    ('30 minutes', 'DURATION', 'PT30M'),
    ('January', 'DATE', '2010-01'),
    ('last month', 'DATE', '2009-10'),
    ('the last year', 'DURATION', 'P1Y'),
    ('2008', 'DATE', '2008'),
    ('this winter', 'DATE', '2009-WI'),
    ('Tuesday', 'DATE', '2009-11-03'),
    ('7 p.m. Nov. 18', 'TIME', '2009-11-18T19:00'),
]),
# 3. AP, weather and disaster (2011)
('2011-04-29', 'auto', """Tornado-ravaged Alabama town begins long dig-out

HOLLIS CROSSING, Ala. (AP) -- Two days after a mile-wide tornado tore through this town of 3,100 people, residents picked through splintered lumber and twisted sheet metal Friday, looking for photographs, medicine and, in a few cases, family pets that have not been seen since Wednesday evening.

The storm struck at about 5:40 p.m. Wednesday, part of an outbreak of more than 150 tornadoes that killed at least 300 people across seven Southern states. In Hollis Crossing, 14 people died, including a 9-year-old girl and her grandmother, Marshall County coroner Ed Pruitt said Thursday.

"I've lived here 62 years and I've never seen anything like it," said Louise Gentry, 78, standing where her kitchen used to be. "The whole thing took 30 seconds, maybe less."

The National Weather Service said Friday that the tornado was an EF-4 with winds of up to 190 mph and stayed on the ground for 47 miles. It was the deadliest tornado in the county since a twister killed 21 people on March 21, 1932.

Gov. Robert Bentley toured the town Thursday afternoon and said he had asked President Barack Obama for a major disaster declaration, which was granted that night. Obama was visiting storm-damaged Tuscaloosa on Friday.

Power remained out for about 6,000 customers, and Alabama Power said some homes might not have electricity for another week. A curfew will stay in place through the weekend, Mayor Dale Hutto said.

Volunteers have poured in from three states. The First Baptist Church, whose fellowship hall survived, has served hot meals three times a day since Thursday morning.

The school system canceled classes for at least a week and said it hopes to reopen Hollis Crossing Elementary, which lost part of its roof, by May 9. High school graduation, planned for May 20, may be moved to the football stadium in neighboring Guntersville.

Recovery will take years, officials warned. After a smaller tornado damaged the downtown of nearby Arab three years ago, rebuilding was not finished until last summer.

"We're not going to be back to normal this year, and probably not next year," Hutto said. "But we are going to be back."

Forecasters said more storms were possible Sunday night, though they were not expected to be severe.

Associated Press writer Jay Reeves in Birmingham contributed to this report.
""", [
    ('Two days', 'DURATION', 'P2D'),
    ('Friday', 'DATE', '2011-04-29'),
    ('Wednesday evening', 'DATE|TIME', '2011-04-27TEV'),
    ('about 5:40 p.m. Wednesday', 'TIME', '2011-04-27T17:40'),
    ('Thursday', 'DATE', '2011-04-28'),
    ('62 years', 'DURATION', 'P62Y'),
    ('30 seconds', 'DURATION', 'PT30S'),
    ('Friday', 'DATE', '2011-04-29'),
    ('March 21, 1932', 'DATE', '1932-03-21'),
    ('Thursday afternoon', 'DATE|TIME', '2011-04-28TAF'),
    ('that night', 'DATE|TIME', '2011-04-28TNI'),
    ('Friday', 'DATE', '2011-04-29'),
    ('another week', 'DURATION', 'P1W'),
    ('the weekend', 'DATE', '2011-W17-WE'),
    ('three times a day', 'SET', 'P1D'),
    ('Thursday morning', 'DATE|TIME', '2011-04-28TMO'),
    ('at least a week', 'DURATION', 'P1W'),
    ('May 9', 'DATE', '2011-05-09'),
    ('May 20', 'DATE', '2011-05-20'),
    ('years', 'DURATION', 'PXY'),
    ('three years ago', 'DATE', '2008'),
    ('last summer', 'DATE', '2010-SU'),
    ('this year', 'DATE', '2011'),
    ('next year', 'DATE', '2012'),
    ('Sunday night', 'DATE|TIME', '2011-05-01TNI'),
]),
# 4. The Guardian, education (2012)
('2012-08-16', 'auto', """Proportion of A-level entries gaining top grades falls for first time in 21 years

Heads accuse exam boards of quietly tightening marking as results show drop in A and A* grades

The proportion of A-level entries awarded an A or A* has fallen for the first time in 21 years, prompting claims that exam boards have tightened marking in the face of political pressure over grade inflation.

Figures published on Thursday by the Joint Council for Qualifications show that 26.6% of entries achieved the top grades this year, down from 27% in 2011. The overall pass rate rose slightly to 98%, its 30th successive rise.

About 335,000 students in England, Wales and Northern Ireland received their results this morning, many by text message before 8am. The proportion of A* grades, introduced in 2010, also fell, to 7.9%.

The exams regulator, Ofqual, said last month that it expected results to be "broadly stable" and that it had asked boards to hold standards steady. Glenys Stacey, its chief executive, said on Wednesday that the changes were "very small".

Headteachers were not convinced. "We have seen a marked and unexpected drop in some subjects, and in our view students who sat papers in June have been marked more harshly than those a year earlier," said Brian Lightman, general secretary of the Association of School and College Leaders. Some heads said they would ask for papers to be remarked in the coming weeks.

The fall comes as a new fees regime begins in England, under which universities may charge up to £9,000. Applications through Ucas are down by almost 9% on last year, and admissions tutors expect to fill fewer places through clearing, which opens today and usually runs until late September.

At Mossbourne Academy in Hackney, Ayesha Rahman, 18, collected three A*s and will study medicine at Bristol from October. "I revised every day over Easter and I still couldn't sleep last night," she said.

Earlier this summer the education secretary, Michael Gove, set out plans to scrap modular A-levels, under which students can resit units throughout the course, and to return to exams at the end of a two-year course from 2015.

Critics say the changes will favour pupils at independent schools. "For a decade, ministers boasted about rising results. Now that they have decided results are too high, the students of 2012 are paying the price," said Christine Blower, general secretary of the National Union of Teachers.

Results for GCSEs are due next Thursday, and Ofqual will publish a fuller analysis of both sets of results in the autumn.
""", [
    ('21 years', 'DURATION', 'P21Y'),
    ('21 years', 'DURATION', 'P21Y'),
    ('Thursday', 'DATE', '2012-08-16'),
    ('this year', 'DATE', '2012'),
    ('2011', 'DATE', '2011'),
    ('this morning', 'DATE|TIME', '2012-08-16TMO'),
    ('8am', 'TIME', '2012-08-16T08:00'),
    ('2010', 'DATE', '2010'),
    ('last month', 'DATE', '2012-07'),
    ('Wednesday', 'DATE', '2012-08-15'),
    ('June', 'DATE', '2012-06'),
    ('a year earlier', 'DATE', '2011'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('last year', 'DATE', '2011'),
    ('today', 'DATE', '2012-08-16'),
    ('late September', 'DATE', '2012-09'),
    ('October', 'DATE', '2012-10'),
    ('every day', 'SET', 'P1D'),
    ('Easter', 'DATE', '2012-04-08'),
    ('last night', 'DATE|TIME', '2012-08-15TNI'),
    ('Earlier this summer', 'DATE', '2012-SU'),
    ('two-year', 'DURATION', 'P2Y'),
    ('2015', 'DATE', '2015'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('2012', 'DATE', '2012'),
    ('next Thursday', 'DATE', '2012-08-23'),
    ('the autumn', 'DATE', '2012-FA'),
]),
# 5. Times of India, transport (2014)
('2014-02-06', 'auto', """CR to run 12-hour mega block on Sunday for Kalwa bridge work

TNN | Feb 6, 2014

MUMBAI: Suburban services between Thane and Kalyan will be suspended for nearly 12 hours on Sunday as Central Railway (CR) replaces girders of a bridge built in 1925 over the Ulhas creek near Kalwa, officials said on Wednesday.

The block will begin at 6.30am on Sunday and end at 6.15pm, after which services will resume with the first train from Kalyan at 6.40pm. Commuters should expect delays for a few hours after that, officials said.

About 250 local services will be cancelled, CR's chief public relations officer A K Singh said. Long-distance trains will be diverted via Diva and Panvel, and some will be short-terminated at Dadar.

The last block of this kind on the stretch, in December 2012, ran for over 14 hours after a crane developed a snag, leaving thousands of commuters stranded at Thane station. "We have two cranes on standby and the work has been rehearsed twice over the past month," Singh said.

The Maharashtra State Road Transport Corporation (MSRTC) and Thane Municipal Transport will run 120 additional buses every 10 minutes between Thane and Kalyan during the block.

Commuters' groups criticised the timing. "Many of us had planned to visit relatives this Sunday, and CR wants to take that away too," said Lata Argade of the Kalyan Rail Pravasi Sangh. She said the railways had promised in 2011 to complete the creek bridge work by March 2013 but missed the deadline.

Officials said the bridge, which carries more than 600 trains daily, has been under a speed restriction of 30 kmph since last July. Its piers were strengthened a decade ago, but the steel girders are original.

CR plans two more blocks, on February 16 and February 23, to complete the girder replacement, which is expected to be over by the end of the month. The Rs 38-crore project is part of a larger upgrade of the Thane-Kalyan corridor that is scheduled to be finished by March 2016.

Passenger associations have also demanded that CR announce such blocks at least two weeks in advance. "Notices went up at stations only yesterday," said Argade.
""", [
    ('12-hour', 'DURATION', 'PT12H'),
    ('Sunday', 'DATE', '2014-02-09'),
    ('Feb 6, 2014', 'DATE', '2014-02-06'),
    ('nearly 12 hours', 'DURATION', 'PT12H'),
    ('Sunday', 'DATE', '2014-02-09'),
    ('1925', 'DATE', '1925'),
    ('Wednesday', 'DATE', '2014-02-05'),
    ('6.30am on Sunday', 'TIME', '2014-02-09T06:30'),
    ('6.15pm', 'TIME', '2014-02-09T18:15'),
    ('6.40pm', 'TIME', '2014-02-09T18:40'),
    ('a few hours', 'DURATION', 'PTXH'),
    ('December 2012', 'DATE', '2012-12'),
    ('over 14 hours', 'DURATION', 'PT14H'),
    ('the past month', 'DURATION', 'P1M'),
    ('every 10 minutes', 'SET', 'PT10M'),
    ('this Sunday', 'DATE', '2014-02-09'),
    ('2011', 'DATE', '2011'),
    ('March 2013', 'DATE', '2013-03'),
    ('daily', 'SET', 'P1D'),
    ('last July', 'DATE', '2013-07'),
    ('a decade ago', 'DATE', '2004|200'),
    ('February 16', 'DATE', '2014-02-16'),
    ('February 23', 'DATE', '2014-02-23'),
    ('the end of the month', 'DATE', '2014-02'),
    ('March 2016', 'DATE', '2016-03'),
    ('at least two weeks', 'DURATION', 'P2W'),
    ('yesterday', 'DATE', '2014-02-05'),
]),
# 6. The Irish Times, crime and courts (2015)
('2015-10-14', 'auto', """Man jailed for six years over Tallaght post office raid

Victim tells court she has not been able to return to work since imitation gun was pointed at her

A 34-year-old man who held up a post office in Tallaght with an imitation firearm has been jailed for six years, with the final 18 months suspended.

Dean Murtagh, of Kiltalown Park, Jobstown, pleaded guilty at Dublin Circuit Criminal Court to robbing €4,250 from the post office on Main Road on December 19th, 2013.

The court heard that Murtagh, wearing a balaclava, entered the premises at about 9.30am and pointed what appeared to be a handgun at a 61-year-old postmistress. He fled on foot and was arrested three days later after gardaí identified him from CCTV footage. He was granted bail, but was remanded in custody in August 2014 after failing to appear in court.

Garda Siobhán Keane told Ann-Marie Lawlor BL, prosecuting, that the postmistress had not returned to work since the raid and had attended counselling weekly for more than a year.

In a victim impact statement read to the court, the woman said: "For 22 years I opened that door without a second thought. Now I can't walk past it."

Murtagh has 47 previous convictions, most for theft and public order offences, dating from 2004. He had been released from prison in October 2013, less than three months before the robbery.

Defence counsel Dean Kelly BL said his client had been addicted to heroin since his late teens but had been drug-free for the past 14 months in custody, where he had completed a Fetac course in catering.

"He is not the man he was two years ago," counsel said.

Sentencing Murtagh on Tuesday, Judge Martin Nolan said it was a "frightening and cowardly" crime which had caused lasting harm to a woman who was simply doing her job.

He said the aggravating factors included the use of an imitation firearm and the accused's lengthy record, but he gave credit for the early guilty plea and the efforts at rehabilitation. He backdated the sentence to August 2014, when Murtagh went into custody.

With standard remission, Murtagh could be released in 2018. Judge Nolan said he should attend a residential treatment programme on his release and remain under the supervision of the Probation Service for two years.

The robbery was one of 14 raids on post offices in the Dublin region last year, according to An Post, up from nine in 2013. The company said it had spent €3 million on security upgrades since 2012, including time-delay safes that open only after 10 minutes.
""", [
    ('six years', 'DURATION', 'P6Y'),
    ('six years', 'DURATION', 'P6Y'),
    ('the final 18 months', 'DURATION', 'P18M'),
    ('December 19th, 2013', 'DATE', '2013-12-19'),
    ('about 9.30am', 'TIME', '2013-12-19T09:30'),
    ('three days later', 'DATE', '2013-12-22'),
    ('August 2014', 'DATE', '2014-08'),
    ('weekly', 'SET', 'P1W'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('22 years', 'DURATION', 'P22Y'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('2004', 'DATE', '2004'),
    ('October 2013', 'DATE', '2013-10'),
    ('less than three months', 'DURATION', 'P3M'),
    ('the past 14 months', 'DURATION', 'P14M'),
    ('two years ago', 'DATE', '2013'),
    ('Tuesday', 'DATE', '2015-10-13'),
    ('August 2014', 'DATE', '2014-08'),
    ('2018', 'DATE', '2018'),
    ('two years', 'DURATION', 'P2Y'),
    ('last year', 'DATE', '2014'),
    ('2013', 'DATE', '2013'),
    ('2012', 'DATE', '2012'),
    ('10 minutes', 'DURATION', 'PT10M'),
]),
# 7. Reuters, commodities and markets (2016)
('2016-01-20', 'auto', """UPDATE 3-Oil slumps below $28 as supply glut deepens, equities tumble

* Brent hits lowest in more than 12 years
* IEA warns market could "drown in oversupply"
* Iran plans to raise output sharply after sanctions lifted

LONDON, Jan 20 (Reuters) - Oil prices fell more than 3 percent on Wednesday to their lowest since 2003, as the prospect of rising Iranian exports added to a global supply overhang and a rout in equity markets sapped investor appetite for risk.

Brent crude futures were down 96 cents at $27.80 a barrel by 1150 GMT, after touching $27.67, the weakest level in more than 12 years. U.S. crude fell $1.05 to $27.41.

Prices have fallen by about a quarter since the start of the year and by more than 75 percent from a peak above $115 in June 2014.

The International Energy Agency said on Tuesday that the market could "drown in oversupply" in the first half of the year after Western sanctions on Iran were lifted at the weekend. Tehran has said it plans to raise output sharply within weeks and to double exports by the summer.

"There is simply no floor in sight. Every rally gets sold," said Olivier Jakob, managing director of Petromatrix. Traders said they saw little reason to buy now.

World stock markets slid, with the MSCI All-Country World index falling 2 percent to its lowest since mid-2013. European shares fell to their lowest in 15 months, and the yen, seen as a safe haven, rose against the dollar.

Energy shares were hit hard, with BP down 4 percent and Royal Dutch Shell down 3 percent. BP said last week it would cut 4,000 jobs over the next two years as it struggles with lower revenue.

Analysts at Morgan Stanley said prices could fall as low as $20 before a recovery in the second half. Goldman Sachs had warned in September that a glut of storage could push oil to that level.

OPEC, which has refused since November 2014 to cut output to support prices, is due to meet next on June 2. Several members, including Venezuela, have called for an emergency meeting sooner.

U.S. oil companies, many of which cut capital spending by a third last year, are expected to report heavy fourth-quarter losses when earnings season gets under way next week.

The U.S. Energy Information Administration will release weekly inventory data on Thursday, a day later than usual because of a public holiday on Monday.

(Additional reporting by Henning Gloystein in Singapore; Editing by Dale Hudson)
""", [
    ('more than 12 years', 'DURATION', 'P12Y'),
    ('Jan 20', 'DATE', '2016-01-20'),
    ('Wednesday', 'DATE', '2016-01-20'),
    ('2003', 'DATE', '2003'),
    ('1150 GMT', 'TIME', '2016-01-20T11:50'),
    ('more than 12 years', 'DURATION', 'P12Y'),
    ('the start of the year', 'DATE', '2016|2016-01'),
    ('June 2014', 'DATE', '2014-06'),
    ('Tuesday', 'DATE', '2016-01-19'),
    ('the first half of the year', 'DATE', '2016-H1'),
    ('the weekend', 'DATE', '2016-W02-WE'),
    ('weeks', 'DURATION', 'PXW'),
    ('the summer', 'DATE', '2016-SU'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('mid-2013', 'DATE', '2013'),
    ('15 months', 'DURATION', 'P15M'),
    ('last week', 'DATE', '2016-W02'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('the second half', 'DATE', '2016-H2'),
    ('September', 'DATE', '2015-09'),
    ('November 2014', 'DATE', '2014-11'),
    ('June 2', 'DATE', '2016-06-02'),
    ('last year', 'DATE', '2015'),
    ('fourth-quarter', 'DATE', '2015-Q4'),
    ('next week', 'DATE', '2016-W04'),
    ('weekly', 'SET', 'P1W'),
    ('Thursday', 'DATE', '2016-01-21'),
    ('a day', 'DURATION', 'P1D'),
    ('Monday', 'DATE', '2016-01-18'),
]),
# 8. CNN, weather (2017)
('2017-03-14', 'auto', """Nor'easter slams Northeast with heavy snow, forcing 6,000 flight cancellations

(CNN) A powerful late-season nor'easter slammed the Northeast on Tuesday, dumping more than a foot of snow on parts of Pennsylvania and New York and forcing the cancellation of more than 6,000 flights.

Blizzard warnings stretched from northeastern Pennsylvania to Maine, and the National Weather Service said heavy snow bands could persist through the afternoon in the Hudson Valley and western New England.

New York Gov. Andrew Cuomo declared a state of emergency late Monday, and New York City public schools were closed Tuesday. Officials in Philadelphia and Washington, which had braced for a direct hit, said the storm tracked farther west than predicted on Monday, bringing sleet and rain to the big cities instead.

As of 2 p.m. ET, Scranton, Pennsylvania, had recorded 19 inches of snow and Binghamton, New York, had 22 inches, according to the weather service.

"Stay off the roads. The next 12 hours are going to be brutal," New Jersey Gov. Chris Christie said at a news conference at 11 a.m.

The snow is expected to taper off by Wednesday morning, but strong winds and freezing temperatures will linger through Thursday, forecasters said.

Airlines canceled more than 6,000 flights Tuesday and more than 1,200 for Wednesday, according to the flight-tracking website FlightAware. Amtrak suspended service between New York and Boston until Wednesday.

More than 250,000 customers lost power across the region, mostly in New Jersey and Massachusetts, where gusts topped 70 mph on Cape Cod.

The storm is the biggest to hit the region since a blizzard in January 2016 that dropped more than two feet of snow on New York.

It also comes after an unusually mild February, when temperatures in New York reached the 60s and cherry trees in Washington began to bloom weeks early. The National Park Service said the hard freeze could kill many of the blossoms before they open.

"We had golf weather two weeks ago, and now we're digging out," said Mike Dellaporta, who was clearing the sidewalk outside his deli in Scranton for the third time since 6 a.m.

Meteorologists said the storm would move into the Canadian Maritimes late Tuesday. Spring officially begins next Monday, but another cold front could bring snow showers to upstate New York this weekend.

CNN's Judson Jones and Holly Yan contributed to this report.
""", [
    ('Tuesday', 'DATE', '2017-03-14'),
    ('the afternoon', 'DATE|TIME', '2017-03-14TAF'),
    ('late Monday', 'DATE', '2017-03-13'),
    ('Tuesday', 'DATE', '2017-03-14'),
    ('Monday', 'DATE', '2017-03-13'),
    ('2 p.m. ET', 'TIME', '2017-03-14T14:00'),
    ('The next 12 hours', 'DURATION', 'PT12H'),
    ('11 a.m.', 'TIME', '2017-03-14T11:00'),
    ('Wednesday morning', 'DATE|TIME', '2017-03-15TMO'),
    ('Thursday', 'DATE', '2017-03-16'),
    ('Tuesday', 'DATE', '2017-03-14'),
    ('Wednesday', 'DATE', '2017-03-15'),
    ('Wednesday', 'DATE', '2017-03-15'),
    ('January 2016', 'DATE', '2016-01'),
    ('February', 'DATE', '2017-02'),
    ('weeks', 'DURATION', 'PXW'),
    ('two weeks ago', 'DATE', '2017-W09|2017-02-28'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('6 a.m.', 'TIME', '2017-03-14T06:00'),
    ('late Tuesday', 'DATE', '2017-03-14'),
    ('Spring', 'DATE', '2017-SP'),
    ('next Monday', 'DATE', '2017-03-20'),
    ('this weekend', 'DATE', '2017-W11-WE'),
]),
# 9. AP, crime and police (2019)
('2019-08-17', 'auto', """Police: Man arrested in string of 7 armed robberies in Spokane

SPOKANE, Wash. (AP) -- A 27-year-old man suspected of robbing seven convenience stores and gas stations at gunpoint over the past month was arrested early Saturday after a brief chase, police said.

Spokane police spokeswoman Julie Humphreys said officers spotted a stolen pickup matching the description of the robber's vehicle at about 1:15 a.m. near the Division Street exit of Interstate 90.

The driver led officers on a chase for roughly 10 minutes before crashing into a fence in the East Central neighborhood, she said. He was taken into custody without further incident.

Investigators found a handgun, a black ski mask and more than $900 in cash in the truck. The suspect, whose name was not released, was booked into the Spokane County Jail on suspicion of first-degree robbery and attempting to elude police. He is expected to make a first court appearance Monday.

The first robbery was reported at about 10:50 p.m. on July 19, when a man wearing a ski mask and gloves walked into a Zip Trip store on East Sprague Avenue, displayed a gun and demanded cash, police said. Six more followed over the next three weeks, most of them at stores staffed by a single clerk.

The most recent was Tuesday night at a Chevron station in Hillyard, where a clerk was struck with the gun and treated at a hospital for a cut to his head.

"Our clerks were terrified. Some of them didn't want to come to work anymore," said Raj Patel, who owns two of the stores that were robbed. He said he had installed panic buttons in both stores last year.

Police released surveillance images on Aug. 9 and received more than 60 tips, Humphreys said. Detectives were still working Saturday to determine whether the man was linked to a similar robbery in Spokane Valley a week ago.

The arrest comes as crime in Spokane has drawn scrutiny. The city recorded 1,230 robberies and assaults in the first half of the year, up 6% from the first six months of 2018 and the most since 2010, according to police department figures released last month.

A City Council committee is scheduled to vote in September on a proposal to hire 20 more officers over the next two years. The department has about 300 sworn officers, roughly the same number it had a decade ago.

Anyone with information is asked to call Crime Check at 509-456-2233.
""", [
    ('the past month', 'DURATION', 'P1M'),
    ('early Saturday', 'DATE', '2019-08-17'),
    ('about 1:15 a.m.', 'TIME', '2019-08-17T01:15'),
    ('roughly 10 minutes', 'DURATION', 'PT10M'),
    ('Monday', 'DATE', '2019-08-19'),
    ('about 10:50 p.m. on July 19', 'TIME', '2019-07-19T22:50'),
    ('the next three weeks', 'DURATION', 'P3W'),
    ('Tuesday night', 'DATE|TIME', '2019-08-13TNI'),
    ('last year', 'DATE', '2018'),
    ('Aug. 9', 'DATE', '2019-08-09'),
    ('Saturday', 'DATE', '2019-08-17'),
    ('a week ago', 'DATE', '2019-W32|2019-08-10'),
    ('the first half of the year', 'DATE', '2019-H1'),
    ('the first six months of 2018', 'DATE', '2018-H1'),
    ('2010', 'DATE', '2010'),
    ('last month', 'DATE', '2019-07'),
    ('September', 'DATE', '2019-09'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('a decade ago', 'DATE', '2009|200'),
]),
# 10. Times of India, schools (2021)
('2021-08-14', 'auto', """Schools to reopen for Classes 9-12 from Aug 23; attendance not compulsory

BENGALURU: Physical classes for students of Classes 9 to 12 will resume across Karnataka from August 23, primary and secondary education minister B C Nagesh announced on Friday, ending a closure that has lasted nearly 17 months for most students.

The decision was taken at a meeting of chief minister Basavaraj Bommai with the Covid-19 technical advisory committee on Thursday evening.

Classes will be held in two batches, with each batch attending school three days a week. Students will need written consent from parents, and online classes will continue for those who choose to stay home.

Schools in districts where the test positivity rate is above 2% will remain shut. This currently applies to eight districts, including Dakshina Kannada and Udupi.

Schools were last opened for these classes in January this year, but were shut again in April as the second wave of the pandemic hit the state. A decision on Classes 6 to 8 will be taken after two weeks, based on the situation, the minister said.

All teachers and non-teaching staff must have received at least one dose of the vaccine, and school buses will be sanitised daily. Children who show symptoms will be sent home and tested.

The announcement was welcomed by private school managements. "Children have lost almost two academic years. Online classes have not worked for children in rural areas who do not have smartphones," said D Shashi Kumar, general secretary of the Associated Managements of Primary and Secondary Schools in Karnataka.

Parents were divided. "I will wait and watch for a month before sending my daughter," said Kavitha R, a parent in Jayanagar whose daughter studies in Class 10. Others said their children had been asking to meet friends since their vacation ended in June.

The state recorded 1,670 new Covid cases and 21 deaths on Friday, and experts have warned of a possible third wave in the coming months. Health minister K Sudhakar said the government would review the situation every fortnight.

Meanwhile, the SSLC supplementary examination will be held on September 27, and results of the second PU supplementary exams will be announced next month, officials said. The department has asked schools to complete admissions by August 31.
""", [
    ('Aug 23', 'DATE', '2021-08-23'),
    ('August 23', 'DATE', '2021-08-23'),
    ('Friday', 'DATE', '2021-08-13'),
    ('nearly 17 months', 'DURATION', 'P17M'),
    ('Thursday evening', 'DATE|TIME', '2021-08-12TEV'),
    ('three days a week', 'SET', 'P1W'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('January this year', 'DATE', '2021-01'),
    ('April', 'DATE', '2021-04'),
    ('two weeks', 'DURATION', 'P2W'),
    ('daily', 'SET', 'P1D'),
    ('almost two academic years', 'DURATION', 'P2Y'),
    ('a month', 'DURATION', 'P1M'),
    ('June', 'DATE', '2021-06'),
    ('Friday', 'DATE', '2021-08-13'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('every fortnight', 'SET', 'P2W'),
    ('September 27', 'DATE', '2021-09-27'),
    ('next month', 'DATE', '2021-09'),
    ('August 31', 'DATE', '2021-08-31'),
]),
# 11. The Guardian, transport (2022)
('2022-06-21', 'auto', """Rail strike: millions face disruption as biggest walkout in 30 years begins

Only a fifth of services running as RMT members at Network Rail and 13 train operators stop work

Millions of passengers faced disruption on Tuesday as the biggest rail strike in 30 years brought much of Britain's network to a standstill, with only about a fifth of services running and some lines closed altogether.

About 40,000 members of the RMT union walked out in a dispute over pay, jobs and working conditions. Further strikes are planned for Thursday and Saturday.

Trains that did run started later than usual, at about 7.30am, and were due to stop by 6.30pm. Because signallers' shifts overlap, Network Rail warned that services would not return to normal until midday on Wednesday.

The RMT's general secretary, Mick Lynch, speaking on a picket line outside London Euston at 6am, said members had been left with no choice. "Railway workers have had their pay frozen for the last two years while inflation is running at 9%," he said. "Nobody wants to be standing here today."

The transport secretary, Grant Shapps, called the strikes "entirely unnecessary" and said the government would introduce legislation this summer allowing agency staff to cover for striking workers.

Network Rail wants to make savings of £2bn over the next five years, including by reforming maintenance work that it says still relies on practices from the 1970s. Talks between the two sides broke down on Monday evening.

Many commuters appeared to stay at home. London Underground, hit by a separate 24-hour strike, ran a severely reduced service, and roads into central London were busier than usual.

Passenger numbers at King's Cross were down by more than 80% compared with last Tuesday, according to the station operator. Numbers across the network have recovered to only about 80% of pre-pandemic levels since restrictions were lifted early this year, and season ticket sales remain weak as many office workers come in two or three days a week.

Business groups said the walkouts would cost the hospitality sector £540m in lost trade this week. "We should be fully booked. Instead we are looking at empty tables," said Kate Nicholls, chief executive of UKHospitality.

The last national rail strike on this scale took place in 1989. The union has said it could call further strikes into the autumn if no deal is reached, and members of the drivers' union Aslef at several operators are due to vote next month on whether to join them.
""", [
    ('30 years', 'DURATION', 'P30Y'),
    ('Tuesday', 'DATE', '2022-06-21'),
    ('30 years', 'DURATION', 'P30Y'),
    ('Thursday', 'DATE', '2022-06-23'),
    ('Saturday', 'DATE', '2022-06-25'),
    ('about 7.30am', 'TIME', '2022-06-21T07:30'),
    ('6.30pm', 'TIME', '2022-06-21T18:30'),
    ('midday on Wednesday', 'TIME', '2022-06-22T12:00'),
    ('6am', 'TIME', '2022-06-21T06:00'),
    ('the last two years', 'DURATION', 'P2Y'),
    ('today', 'DATE', '2022-06-21'),
    ('this summer', 'DATE', '2022-SU'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('the 1970s', 'DATE', '197'),
    ('Monday evening', 'DATE|TIME', '2022-06-20TEV'),
    ('24-hour', 'DURATION', 'PT24H'),
    ('last Tuesday', 'DATE', '2022-06-14'),
    ('early this year', 'DATE', '2022'),
    ('two or three days a week', 'SET', 'P1W'),
    ('this week', 'DATE', '2022-W25'),
    ('1989', 'DATE', '1989'),
    ('the autumn', 'DATE', '2022-FA'),
    ('next month', 'DATE', '2022-07'),
]),
# 12. Regional US paper (Vermont), weather feature in narrative order (2024)
('2024-07-13', 'auto', """A year later, the water came back

Barre residents who rebuilt after last summer's flood are mucking out again. Some say they are done.

By Hannah Leclerc, Staff Writer

BARRE -- At 9 p.m. on Wednesday, Cheryl Dumas moved her car to the high school parking lot, the same thing she had done almost exactly a year earlier.

By midnight, the Stevens Branch was lapping at her front steps. By 3 a.m. Thursday, she was standing on the roof of her porch, waiting for a boat.

"Last July I told myself it would never happen again," Dumas said Friday, standing in her mud-caked living room. "I believed it for about a year."

The remnants of Hurricane Beryl dumped as much as 6 inches of rain on central Vermont in less than 12 hours Wednesday night. The Red Cross opened a shelter at the Barre Auditorium at 4 a.m. Thursday, and by Thursday morning National Guard trucks were ferrying residents out of the North End.

By late afternoon the water had dropped back below the streets downtown, leaving a brown line on storefronts that had reopened only in the spring. Volunteers began shoveling mud the next day.

Nobody was killed in Barre this time, but two people died elsewhere in the state, and Gov. Phil Scott said Friday that he would request a federal disaster declaration early next week.

Barre has flooded repeatedly over the past century. The worst on record came in November 1927, when the Winooski River and its tributaries drowned 84 people across Vermont. The 2023 flood caused more than $10 million in damage in the city alone.

In the 12 months since, the city spent roughly $3 million clearing debris and repairing North Main Street, and about 40 families were still in temporary housing when the rain began this week. City Manager Tom Kerin said the city had applied in March for $20 million in federal money to buy out about 60 flood-prone homes, but the first buyouts are not expected until next spring.

"We can't keep doing this every summer," Kerin said.

Climate scientists say heavy downpours have become more common in New England in recent years. The amount of rain falling in the heaviest storms in the Northeast increased by about 60% from 1958 to 2021, according to the federal National Climate Assessment.

Dumas said she would not rebuild. "I'm 58. I don't have another 10 years to give to this house," she said. She plans to move in with her daughter in Montpelier by the end of the month.

For now, she is sleeping on a cot at the auditorium, a few rows from neighbors she has known since the 1990s.
""", [
    ('A year later', 'DATE', '2024'),
    ('last summer', 'DATE', '2023-SU'),
    ('9 p.m. on Wednesday', 'TIME', '2024-07-10T21:00'),
    ('almost exactly a year earlier', 'DATE', '2023'),
    ('midnight', 'TIME', '2024-07-10T24:00|2024-07-11T00:00'),
    ('3 a.m. Thursday', 'TIME', '2024-07-11T03:00'),
    ('Last July', 'DATE', '2023-07'),
    ('Friday', 'DATE', '2024-07-12'),
    ('about a year', 'DURATION', 'P1Y'),
    ('less than 12 hours', 'DURATION', 'PT12H'),
    ('Wednesday night', 'DATE|TIME', '2024-07-10TNI'),
    ('4 a.m. Thursday', 'TIME', '2024-07-11T04:00'),
    ('Thursday morning', 'DATE|TIME', '2024-07-11TMO'),
    ('late afternoon', 'DATE|TIME', '2024-07-11TAF'),
    ('the spring', 'DATE', '2024-SP'),
    ('the next day', 'DATE', '2024-07-12'),
    ('Friday', 'DATE', '2024-07-12'),
    ('early next week', 'DATE', '2024-W29'),
    ('the past century', 'DURATION', 'P100Y|P1C'),
    ('November 1927', 'DATE', '1927-11'),
    ('2023', 'DATE', '2023'),
    ('the 12 months', 'DURATION', 'P12M'),
    ('this week', 'DATE', '2024-W28'),
    ('March', 'DATE', '2024-03'),
    ('next spring', 'DATE', '2025-SP'),
    ('every summer', 'SET', 'XXXX-SU'),
    ('recent years', 'DATE', 'PAST_REF'),
    ('1958', 'DATE', '1958'),
    ('2021', 'DATE', '2021'),
    ('another 10 years', 'DURATION', 'P10Y'),
    ('the end of the month', 'DATE', '2024-07'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the 1990s', 'DATE', '199'),
]),
]
