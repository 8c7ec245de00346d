# Gold TIMEX3 probe set 30: twelve news articles of 2004-2024 in the styles of Xinhua, Kyodo, Yonhap, PTI, AAP, Deutsche Welle, France 24 and RTE, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Xinhua, trade (2006)
('2006-04-13', 'auto', """China-ASEAN trade up 24 pct in first quarter

BEIJING, April 13 (Xinhua) -- Trade between China and the Association of Southeast Asian Nations (ASEAN) grew strongly in the first quarter of this year, rising 24 percent over the same quarter of 2005, the Ministry of Commerce said Thursday.

Two-way trade reached 36.2 billion U.S. dollars in the first quarter, with Chinese exports to the 10-member bloc up 27 percent and imports up 21 percent, a ministry spokesman told a regular press conference.

The spokesman attributed the growth to tariff cuts under the China-ASEAN agreement on trade in goods, which took effect in July 2005 and covers some 7,000 products. Under the schedule, most tariffs on goods traded between China and the six older ASEAN members are to fall to zero by 2010.

"Trade has grown by more than 20 percent annually since 2002," the spokesman said, adding that bilateral trade was expected to exceed 160 billion dollars for all of 2006.

Last year, China-ASEAN trade totaled 130.4 billion dollars, up 23 percent from 2004, according to customs figures released in January.

A vice minister of commerce will lead a delegation to Kuala Lumpur next week for negotiations on trade in services, the second round of such talks this year. The first round was held in Jakarta in late February.

The two sides aim to sign a services agreement by the end of the year, and negotiations on investment are expected to start in the second half of 2006, officials said.

Analysts said the strong first-quarter figures also reflected rising demand for Chinese machinery and electronics in Vietnam and Thailand over the past two years.

"In the coming months we expect textile exports to slow," said Zhang Ming, a researcher with the Chinese Academy of International Trade and Economic Cooperation. He added that China's trade deficit with several ASEAN members, including Malaysia and the Philippines, had widened in recent years.

China will host the third China-ASEAN Expo in Nanning, capital of south China's Guangxi Zhuang Autonomous Region, from Oct. 31 to Nov. 3. More than 1,500 exhibitors from ASEAN countries took part in the second expo last October, organizers said.

The ministry is scheduled to release April trade data on May 11. Enditem
""", [
    ('first quarter', 'DATE', '2006-Q1'),
    ('April 13', 'DATE', '2006-04-13'),
    ('the first quarter of this year', 'DATE', '2006-Q1'),
    ('the same quarter of 2005', 'DATE', '2005-Q1'),
    ('Thursday', 'DATE', '2006-04-13'),
    ('the first quarter', 'DATE', '2006-Q1'),
    ('July 2005', 'DATE', '2005-07'),
    ('2010', 'DATE', '2010'),
    ('annually', 'SET', 'P1Y'),
    ('2002', 'DATE', '2002'),
    ('2006', 'DATE', '2006'),
    ('Last year', 'DATE', '2005'),
    ('2004', 'DATE', '2004'),
    ('January', 'DATE', '2006-01'),
    ('next week', 'DATE', '2006-W16'),
    ('this year', 'DATE', '2006'),
    ('late February', 'DATE', '2006-02'),
    ('the end of the year', 'DATE', '2006|2006-12'),
    ('the second half of 2006', 'DATE', '2006-H2'),
    ('first-quarter', 'DATE', '2006-Q1'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('Oct. 31', 'DATE', '2006-10-31'),
    ('Nov. 3', 'DATE', '2006-11-03'),
    ('last October', 'DATE', '2005-10'),
    ('April', 'DATE', '2006-04'),
    ('May 11', 'DATE', '2006-05-11'),
]),

# 2. Kyodo, disaster (2009)
('2009-10-08', 'auto', """Typhoon Melor hits central Japan, leaving 2 dead, transport in chaos

NAGOYA, Japan, Oct. 8 Kyodo - Powerful Typhoon Melor made landfall near the Chita Peninsula in Aichi Prefecture shortly after 5 a.m. Thursday, killing at least two people, injuring more than 80 and disrupting transport across central and eastern Japan, police and local authorities said.

The 18th typhoon of this year and the first to make landfall on Japan's main island of Honshu in two years, Melor packed winds of up to 144 kilometers per hour as it moved northeast at about 45 kph, the Japan Meteorological Agency said.

A 71-year-old newspaper deliveryman in Saitama Prefecture died after being struck by a falling tree early Thursday, while a man in his 40s was found dead in a submerged car in Wakayama Prefecture on Wednesday night, police said.

Central Japan Railway Co. suspended Tokaido Shinkansen services between Tokyo and Shin-Osaka for about six hours, affecting some 300,000 passengers. Services resumed around noon but remained heavily delayed. Airlines canceled more than 500 domestic flights Thursday, and about 600,000 households lost power at the height of the storm.

Authorities in Mie and Aichi prefectures issued evacuation advisories to some 80,000 residents on Wednesday evening, and many took shelter in school gymnasiums and community centers.

The agency said the typhoon was expected to weaken into an extratropical cyclone off Hokkaido by Friday morning. It warned of landslides and swollen rivers in the coming days, noting that rainfall in parts of Mie had exceeded 400 millimeters over 24 hours.

"I have lived here for 50 years and I have never seen wind like this," said a 68-year-old woman in Tokoname, whose roof was partly torn off.

Prime Minister Yukio Hatoyama, who took office last month, told reporters at his office that the government would do its utmost to support victims. Several Cabinet ministers will visit affected areas over the weekend.

Local officials compared the storm with the Isewan Typhoon of September 1959, which left more than 5,000 people dead or missing in the Tokai region and led to the enactment of Japan's basic law on disaster countermeasures.

Nonlife insurers said assessing damage to homes and crops could take months. The agency, which revamped its storm warning system last year, said it would continue to issue typhoon bulletins every three hours until the storm has passed.
""", [
    ('Oct. 8', 'DATE', '2009-10-08'),
    ('shortly after 5 a.m. Thursday', 'TIME', '2009-10-08T05:00'),
    ('this year', 'DATE', '2009'),
    ('two years', 'DURATION', 'P2Y'),
    ('early Thursday', 'DATE', '2009-10-08'),
    ('Wednesday night', 'DATE|TIME', '2009-10-07TNI'),
    ('about six hours', 'DURATION', 'PT6H'),
    ('around noon', 'TIME', '2009-10-08T12:00'),
    ('Thursday', 'DATE', '2009-10-08'),
    ('Wednesday evening', 'DATE|TIME', '2009-10-07TEV'),
    ('Friday morning', 'DATE|TIME', '2009-10-09TMO'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('50 years', 'DURATION', 'P50Y'),
    ('last month', 'DATE', '2009-09'),
    ('the weekend', 'DATE', '2009-W41-WE'),
    ('September 1959', 'DATE', '1959-09'),
    ('months', 'DURATION', 'PXM'),
    ('last year', 'DATE', '2008'),
    ('every three hours', 'SET', 'PT3H'),
]),

# 3. Yonhap, diplomacy (2018)
('2018-02-27', 'auto', """(LEAD) S. Korea, Japan to resume high-level economic dialogue next month

SEOUL, Feb. 27 (Yonhap) -- South Korea and Japan will hold their first high-level economic dialogue in more than two years in Tokyo next month, Seoul's foreign ministry said Tuesday, as the two neighbors seek to put strained ties back on track.

The vice foreign ministers of the two countries will co-chair the talks on March 15, the ministry said in a press release. The two sides last held the dialogue in December 2015.

"The meeting will be an opportunity to discuss ways to expand trade and investment and to cooperate on infrastructure projects in third countries," a ministry official told reporters on condition of anonymity.

The announcement came after the foreign ministers of the two countries held phone talks Monday afternoon, during which they agreed to maintain close communication ahead of a series of diplomatic events this spring.

Japanese Prime Minister Shinzo Abe attended the opening ceremony of the PyeongChang Winter Olympics on Feb. 9 and held talks with President Moon Jae-in on the sidelines. The Games ended Sunday, and the Paralympics will open March 9.

Relations between Seoul and Tokyo have been strained since late 2017, when a government task force concluded that a 2015 deal on Japan's wartime sexual slavery had failed to reflect the views of the victims. Seoul said in January that it would not seek to renegotiate the agreement but asked Tokyo to take further steps.

Bilateral trade reached 82.7 billion U.S. dollars last year, up 15 percent from a year earlier, according to the Korea International Trade Association. Japan is South Korea's third-largest trading partner.

The two countries held the economic dialogue annually from 2003, but it was suspended for nearly three years from 2012 as relations soured over territorial and history issues.

Officials said they also plan to discuss a trilateral summit of the leaders of South Korea, China and Japan, which Tokyo hopes to host in the first half of the year. The last such summit took place in Seoul in November 2015.

The ministry said it will send a working-level team to Tokyo later this week to coordinate the agenda. The officials are expected to stay for four days and return Saturday.

"Both sides understand that cooperation is needed now more than ever, given the situation on the Korean Peninsula," the official said. (END)
""", [
    ('next month', 'DATE', '2018-03'),
    ('Feb. 27', 'DATE', '2018-02-27'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('next month', 'DATE', '2018-03'),
    ('Tuesday', 'DATE', '2018-02-27'),
    ('March 15', 'DATE', '2018-03-15'),
    ('December 2015', 'DATE', '2015-12'),
    ('Monday afternoon', 'DATE|TIME', '2018-02-26TAF'),
    ('this spring', 'DATE', '2018-SP'),
    ('Feb. 9', 'DATE', '2018-02-09'),
    ('Sunday', 'DATE', '2018-02-25'),
    ('March 9', 'DATE', '2018-03-09'),
    ('late 2017', 'DATE', '2017'),
    ('2015', 'DATE', '2015'),
    ('January', 'DATE', '2018-01'),
    ('last year', 'DATE', '2017'),
    ('a year earlier', 'DATE', '2016'),
    ('annually', 'SET', 'P1Y'),
    ('2003', 'DATE', '2003'),
    ('nearly three years', 'DURATION', 'P3Y'),
    ('2012', 'DATE', '2012'),
    ('the first half of the year', 'DATE', '2018-H1'),
    ('November 2015', 'DATE', '2015-11'),
    ('later this week', 'DATE', '2018-W09'),
    ('four days', 'DURATION', 'P4D'),
    ('Saturday', 'DATE', '2018-03-03'),
    ('now', 'DATE', 'PRESENT_REF'),
]),

# 4. PTI, courts (2015)
('2015-07-30', 'auto', """HC raps civic bodies over dengue preparedness, seeks status reports

New Delhi, Jul 30 (PTI) The Delhi High Court today pulled up the three municipal corporations and the Delhi government for their "lackadaisical" approach towards preventing dengue and chikungunya, and directed them to file status reports within two weeks.

A bench of Justices R K Mehra and Sunita Bhalla said the authorities appeared to have "learnt nothing" from the outbreak of 2010, when over 6,000 dengue cases were reported in the city.

The court was hearing a PIL filed in 2013 by a city-based lawyer, who has sought directions to the civic bodies to carry out fogging twice a week in every ward and to penalise owners of construction sites where mosquito breeding is detected.

"Every year, the same story is repeated. The authorities wake up only when the hospitals are full," the bench observed, listing the matter for further hearing on August 13.

According to the civic bodies' report, 118 cases of dengue have been reported in the capital since January, including 32 in the past three weeks. Last year, the city recorded 995 cases, while in 2013 the figure stood at over 5,500.

Counsel for the North Delhi Municipal Corporation told the court that 1,200 domestic breeding checkers had been deployed and that house-to-house surveys were being conducted daily since July 1.

The bench, however, noted that a similar assurance had been given in August last year and said it wanted "results, not affidavits".

It directed the Delhi government to ensure that all its hospitals set aside dedicated beds for dengue patients from Independence Day to November 30, when the number of cases usually peaks.

Senior advocate Rakesh Khanna, appearing for the petitioner, told the court that the number of mosquito breeding sites detected had gone up by 40 per cent over the past two years. Two children had died of suspected dengue in east Delhi earlier this month, he said.

The Union Health Ministry had yesterday issued an advisory asking states to step up surveillance and keep adequate stocks of testing kits in all district hospitals.

The bench said officials who failed to act "will be held personally responsible" and asked the health secretary to appear in person when the case is heard next. PTI RKS SJK
""", [
    ('Jul 30', 'DATE', '2015-07-30'),
    ('today', 'DATE', '2015-07-30'),
    ('two weeks', 'DURATION', 'P2W'),
    ('2010', 'DATE', '2010'),
    ('2013', 'DATE', '2013'),
    ('twice a week', 'SET', 'P1W'),
    ('Every year', 'SET', 'P1Y'),
    ('August 13', 'DATE', '2015-08-13'),
    ('January', 'DATE', '2015-01'),
    ('the past three weeks', 'DURATION', 'P3W'),
    ('Last year', 'DATE', '2014'),
    ('2013', 'DATE', '2013'),
    ('daily', 'SET', 'P1D'),
    ('July 1', 'DATE', '2015-07-01'),
    ('August last year', 'DATE', '2014-08'),
    ('Independence Day', 'DATE', '2015-08-15'),
    ('November 30', 'DATE', '2015-11-30'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('earlier this month', 'DATE', '2015-07'),
    ('yesterday', 'DATE', '2015-07-29'),
]),

# 5. AAP, elections (2007)
('2007-11-22', 'auto', """Leaders make final dash as campaign enters last 48 hours

By Paul Connolly

Prime Minister John Howard and Labor leader Kevin Rudd will criss-cross marginal seats in Queensland and NSW today and tomorrow as an election campaign that began on 14 October enters its final stretch.

More than 13.6 million Australians are enrolled to vote on Saturday, when polling booths open at 8am and close at 6pm local time.

Mr Howard, who has led the coalition to four consecutive victories since 1996, yesterday conceded his government remained "the underdog" after a Newspoll published on Tuesday showed Labor leading 54-46 on a two-party preferred basis.

"We have been behind in the polls for months, and I make no apology for fighting right to the end," Mr Howard told reporters in Brisbane.

Mr Rudd, who became opposition leader in December last year, told supporters in Sydney on Wednesday night that Australians wanted "a plan for the future, not more of the past".

Labor needs a net gain of 16 seats to win government. The party last won office from opposition in 1983, when Bob Hawke defeated Malcolm Fraser.

The Australian Electoral Commission said almost 1.4 million people had already cast pre-poll or postal votes by Wednesday, about 20 per cent more than at the 2004 election.

Counting will begin as soon as polls close, and the AEC expects a clear result in most seats by late Saturday night, although close contests could take up to 10 days to decide.

Mr Rudd will cast his vote in Brisbane at about 9.30am on Saturday, while Mr Howard will vote in his Sydney seat of Bennelong, which he has held for 33 years.

Interest rates, which rose on 7 November for the second time this year, industrial relations and climate change have dominated the campaign.

Economists say whoever wins will face rising inflation over the next 12 months and a slowing global economy in 2008. The new parliament is expected to sit for the first time early next year, although a new government would be sworn in well before Christmas.

AAP pc/mn
""", [
    ('last 48 hours', 'DURATION', 'PT48H'),
    ('today', 'DATE', '2007-11-22'),
    ('tomorrow', 'DATE', '2007-11-23'),
    ('14 October', 'DATE', '2007-10-14'),
    ('Saturday', 'DATE', '2007-11-24'),
    ('8am', 'TIME', '2007-11-24T08:00'),
    ('6pm', 'TIME', '2007-11-24T18:00'),
    ('1996', 'DATE', '1996'),
    ('yesterday', 'DATE', '2007-11-21'),
    ('Tuesday', 'DATE', '2007-11-20'),
    ('months', 'DURATION', 'PXM'),
    ('December last year', 'DATE', '2006-12'),
    ('Wednesday night', 'DATE|TIME', '2007-11-21TNI'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('the past', 'DATE', 'PAST_REF'),
    ('1983', 'DATE', '1983'),
    ('Wednesday', 'DATE', '2007-11-21'),
    ('2004', 'DATE', '2004'),
    ('late Saturday night', 'DATE|TIME', '2007-11-24TNI'),
    ('up to 10 days', 'DURATION', 'P10D'),
    ('about 9.30am on Saturday', 'TIME', '2007-11-24T09:30'),
    ('33 years', 'DURATION', 'P33Y'),
    ('7 November', 'DATE', '2007-11-07'),
    ('this year', 'DATE', '2007'),
    ('the next 12 months', 'DURATION', 'P12M'),
    ('2008', 'DATE', '2008'),
    ('early next year', 'DATE', '2008'),
    ('Christmas', 'DATE', '2007-12-25'),
]),

# 6. Deutsche Welle, transport (2014)
('2014-10-17', 'auto', """German train drivers begin 50-hour strike

Germany's GDL train drivers' union has launched its longest walkout yet in a bitter pay dispute with Deutsche Bahn, halting most rail traffic across the country. The national operator says it will run a reduced timetable until Monday.

The strike began at 3 p.m. on Friday for freight trains and is due to extend to passenger services from 2 a.m. Saturday. It is set to end at 4 a.m. on Monday, 20 October, the union said.

Deutsche Bahn (DB) said it would run about a third of its long-distance trains over the weekend and urged passengers to postpone non-essential journeys. Millions of people had planned to travel at the start of school holidays in several states.

"This is a massive burden on our customers," DB's personnel chief Ulrich Weber said on Friday morning. He said the company had offered a 5-percent pay rise over 30 months and called the strike "completely excessive."

GDL leader Claus Weselsky rejected the offer on Thursday, saying the union wanted the right to negotiate for conductors and other onboard staff as well as for drivers. "We have been patient for months," he told reporters in Frankfurt.

It is the fifth walkout by the GDL in the dispute. The union staged warning strikes on 1 September and 6 September, a nine-hour strike on 7 October and a 14-hour stoppage that ended early Thursday.

DB estimates that the strikes have cost it tens of millions of euros since the summer, and business groups warn that a prolonged dispute could hit Germany's already slowing economy.

The GDL, which represents about 20,000 of DB's train drivers, last brought the network to a standstill in late 2007, in a dispute that lasted nearly a year.

The walkout is also fuelling debate over a planned law on "collective bargaining unity," which would limit the influence of small unions such as the GDL in companies where several unions compete. Labor Minister Andrea Nahles wants the law to take effect next year, and the cabinet is expected to approve a draft in December.

Germany's largest airline has also been hit by industrial action. Lufthansa pilots, who are fighting cuts to their early retirement scheme, have walked out six times since April.

DB said tickets booked for travel between Saturday and Monday would remain valid until 27 October. It expects normal services to resume by Monday afternoon.

mm/jr (dpa, Reuters)
""", [
    ('50-hour', 'DURATION', 'PT50H'),
    ('Monday', 'DATE', '2014-10-20'),
    ('3 p.m. on Friday', 'TIME', '2014-10-17T15:00'),
    ('2 a.m. Saturday', 'TIME', '2014-10-18T02:00'),
    ('4 a.m. on Monday, 20 October', 'TIME', '2014-10-20T04:00'),
    ('the weekend', 'DATE', '2014-W42-WE'),
    ('Friday morning', 'DATE|TIME', '2014-10-17TMO'),
    ('30 months', 'DURATION', 'P30M'),
    ('Thursday', 'DATE', '2014-10-16'),
    ('months', 'DURATION', 'PXM'),
    ('1 September', 'DATE', '2014-09-01'),
    ('6 September', 'DATE', '2014-09-06'),
    ('nine-hour', 'DURATION', 'PT9H'),
    ('7 October', 'DATE', '2014-10-07'),
    ('14-hour', 'DURATION', 'PT14H'),
    ('early Thursday', 'DATE', '2014-10-16'),
    ('the summer', 'DATE', '2014-SU'),
    ('late 2007', 'DATE', '2007'),
    ('nearly a year', 'DURATION', 'P1Y'),
    ('next year', 'DATE', '2015'),
    ('December', 'DATE', '2014-12'),
    ('April', 'DATE', '2014-04'),
    ('Saturday', 'DATE', '2014-10-18'),
    ('Monday', 'DATE', '2014-10-20'),
    ('27 October', 'DATE', '2014-10-27'),
    ('Monday afternoon', 'DATE|TIME', '2014-10-20TAF'),
]),

# 7. France 24, culture (2023)
('2023-05-19', 'auto', """Cannes gives eight-minute ovation to Spanish veteran's return

Spanish director Lucia Ferrer, 71, received an eight-minute standing ovation at the Cannes Film Festival on Thursday evening as her first film in a decade premiered in the main competition.

"The Long Winter of Our Mothers", a slow-burning drama about three generations of women in a Galician fishing village, was shot over 11 weeks in the winter of 2021 and has been hailed by critics as one of the strongest entries in this year's line-up.

"It took me nine years to make this film. Nobody wanted to finance a story about old women," Ferrer told reporters on Friday morning. "Now, suddenly, everybody wants to buy it."

Ferrer, who arrived on the Riviera on Wednesday, said she had not expected such a reception. The film, which has already been sold for distribution in 20 countries, is due in French cinemas in the autumn.

She last competed at Cannes in 1998, when her debut feature won the Camera d'Or for best first film. Her previous work, a documentary about Spain's transition to democracy, was released a decade ago.

The 76th festival opened on Tuesday with Maiwenn's period drama "Jeanne du Barry", starring Johnny Depp, and runs until 27 May, when a jury led by Swedish director Ruben Ostlund will award the Palme d'Or.

Outside the Palais des Festivals, several hundred protesters gathered on Wednesday against President Emmanuel Macron's pension reform, which raises the legal retirement age from 62 to 64. The reform was signed into law on 14 April, and unions have called a new nationwide day of action for 6 June.

Festival director Thierry Fremaux said last month that the festival would not ban political statements on the red carpet, but asked guests to respect "the spirit of celebration".

Streaming giant Netflix has been absent from the competition since 2018, when the festival began requiring all films in competition to have a theatrical release in France. Under French rules, films must wait 15 months after their cinema release before they can appear on subscription streaming platforms.

The Croisette was especially crowded on Thursday, a public holiday for Ascension Day, as tourists mingled with some of the more than 40,000 film professionals who attend the festival every year.
""", [
    ('eight-minute', 'DURATION', 'PT8M'),
    ('eight-minute', 'DURATION', 'PT8M'),
    ('Thursday evening', 'DATE|TIME', '2023-05-18TEV'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('11 weeks', 'DURATION', 'P11W'),
    ('the winter of 2021', 'DATE', '2021-WI'),
    ('this year', 'DATE', '2023'),
    ('nine years', 'DURATION', 'P9Y'),
    ('Friday morning', 'DATE|TIME', '2023-05-19TMO'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Wednesday', 'DATE', '2023-05-17'),
    ('the autumn', 'DATE', '2023-FA'),
    ('1998', 'DATE', '1998'),
    ('a decade ago', 'DATE', '2013|201'),
    ('Tuesday', 'DATE', '2023-05-16'),
    ('27 May', 'DATE', '2023-05-27'),
    ('Wednesday', 'DATE', '2023-05-17'),
    ('14 April', 'DATE', '2023-04-14'),
    ('6 June', 'DATE', '2023-06-06'),
    ('last month', 'DATE', '2023-04'),
    ('2018', 'DATE', '2018'),
    ('15 months', 'DURATION', 'P15M'),
    ('Thursday', 'DATE', '2023-05-18'),
    ('Ascension Day', 'DATE', '2023-05-18'),
    ('every year', 'SET', 'P1Y'),
]),

# 8. RTE, courts (2020)
('2020-09-15', 'auto', """Former accountant jailed for six years over EUR2.3m theft from clients

A former accountant who stole more than EUR2.3 million from clients over nine years has been jailed for six years at Dublin Circuit Criminal Court.

Declan Moran, 58, of Naas, Co Kildare, pleaded guilty in July to 42 counts of theft committed between January 2008 and March 2017.

Sentencing him this morning, Judge Orla Brennan said the offences involved "a gross and sustained breach of trust" and had caused enormous distress to clients, some of whom had lost their life savings. She suspended 18 months of the sentence on condition that Moran continue to repay his victims.

The court heard that Moran, who ran a small practice in Naas for more than two decades, diverted money intended for tax payments and pension contributions into his own accounts and used it to fund gambling and property investments abroad.

The fraud came to light in April 2017, when a client received a demand from the Revenue Commissioners for tax he believed had already been paid. Gardai arrested Moran the following month.

In a victim impact statement read to the court yesterday, a retired farmer said he had not slept properly for three years and had been forced to sell land that had been in his family since the 1920s.

Counsel for Moran said his client, who has been in custody since 1 September, had repaid EUR310,000 and intended to sell the family home in the coming months to compensate victims. Judge Brennan backdated the sentence to when he went into custody.

Sentencing had originally been due in May but was adjourned twice because of Covid-19 restrictions on court sittings, which were in place from mid-March until late June.

A detective sergeant with the Garda National Economic Crime Bureau said outside court that complaints of fraud by professional advisers had risen in recent years. The bureau, which currently has more than 40 such cases under investigation, receives new complaints every week, he said.

Moran will be eligible for remission of a quarter of his sentence. The disciplinary tribunal of Chartered Accountants Ireland, which struck him off in 2018, is expected to publish its full findings next week.
""", [
    ('six years', 'DURATION', 'P6Y'),
    ('nine years', 'DURATION', 'P9Y'),
    ('six years', 'DURATION', 'P6Y'),
    ('July', 'DATE', '2020-07'),
    ('January 2008', 'DATE', '2008-01'),
    ('March 2017', 'DATE', '2017-03'),
    ('this morning', 'DATE|TIME', '2020-09-15TMO'),
    ('18 months', 'DURATION', 'P18M'),
    ('more than two decades', 'DURATION', 'P20Y|P2E'),
    ('April 2017', 'DATE', '2017-04'),
    ('the following month', 'DATE', '2017-05'),
    ('yesterday', 'DATE', '2020-09-14'),
    ('three years', 'DURATION', 'P3Y'),
    ('the 1920s', 'DATE', '192'),
    ('1 September', 'DATE', '2020-09-01'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('May', 'DATE', '2020-05'),
    ('mid-March', 'DATE', '2020-03'),
    ('late June', 'DATE', '2020-06'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('every week', 'SET', 'P1W'),
    ('2018', 'DATE', '2018'),
    ('next week', 'DATE', '2020-W39'),
]),

# 9. Xinhua, disaster (2016)
('2016-07-05', 'auto', """Torrential rains leave 28 dead, 12 missing in central China's Hubei

WUHAN, July 5 (Xinhua) -- Torrential rains that have lashed central China's Hubei Province since Thursday have left 28 people dead and 12 missing, provincial authorities said Tuesday.

More than 1.2 million residents have been affected and 86,000 relocated, the provincial flood control headquarters said in a statement issued Tuesday morning.

The provincial capital of Wuhan received 560 millimeters of rain between Thursday and Monday, the highest five-day total since local records began, according to the city's meteorological bureau.

The water level at the Hankou hydrological station on the Yangtze River reached 28.37 meters at 8 a.m. Tuesday, more than one meter above the warning level, and is expected to peak on Thursday or Friday.

Wuhan Tianhe International Airport canceled 43 flights on Saturday, and several metro stations in the city were closed for several hours after water poured into entrances.

The National Meteorological Center said Monday night that heavy rain would continue in the middle and lower reaches of the Yangtze over the next three days, and that major tributaries would stay above warning levels until mid-July.

The State Council, China's cabinet, dispatched a working group to Hubei on Sunday to guide rescue work. The Ministry of Civil Affairs has allocated 300 million yuan (about 45 million U.S. dollars) for disaster relief in the province since late June.

The Ministry of Water Resources warned in early June that flooding this year could be as severe as in 1998, when floods along the Yangtze killed more than 4,000 people and forced millions from their homes. Since 1998, China has invested heavily in dikes and reservoirs along the river, including the Three Gorges Dam, whose main structure was completed in 2006.

Schools in Wuhan closed for the holidays last week, and local authorities said more than 10,000 soldiers and militia members had been deployed to reinforce embankments.

Nationwide, floods and landslides have killed at least 180 people since June 30, according to the Ministry of Civil Affairs.

Residents of Wuhan's low-lying districts said the flooding was the worst they had seen in decades. "The water came up to my knees within half an hour," said 63-year-old Wang Guihua, who runs a noodle shop near the Hankou riverside.

The provincial government will give an update on relief work at a press conference at 10 a.m. Wednesday. Enditem
""", [
    ('July 5', 'DATE', '2016-07-05'),
    ('Thursday', 'DATE', '2016-06-30'),
    ('Tuesday', 'DATE', '2016-07-05'),
    ('Tuesday morning', 'DATE|TIME', '2016-07-05TMO'),
    ('Thursday', 'DATE', '2016-06-30'),
    ('Monday', 'DATE', '2016-07-04'),
    ('five-day', 'DURATION', 'P5D'),
    ('8 a.m. Tuesday', 'TIME', '2016-07-05T08:00'),
    ('Thursday', 'DATE', '2016-07-07'),
    ('Friday', 'DATE', '2016-07-08'),
    ('Saturday', 'DATE', '2016-07-02'),
    ('several hours', 'DURATION', 'PTXH'),
    ('Monday night', 'DATE|TIME', '2016-07-04TNI'),
    ('the next three days', 'DURATION', 'P3D'),
    ('mid-July', 'DATE', '2016-07'),
    ('Sunday', 'DATE', '2016-07-03'),
    ('late June', 'DATE', '2016-06'),
    ('early June', 'DATE', '2016-06'),
    ('this year', 'DATE', '2016'),
    ('1998', 'DATE', '1998'),
    ('1998', 'DATE', '1998'),
    ('2006', 'DATE', '2006'),
    ('last week', 'DATE', '2016-W26'),
    ('June 30', 'DATE', '2016-06-30'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('half an hour', 'DURATION', 'PT30M'),
    ('10 a.m. Wednesday', 'TIME', '2016-07-06T10:00'),
]),

# 10. Kyodo, transport (2004)
('2004-11-26', 'auto', """JR East to fully restore quake-hit Joetsu Shinkansen line Dec. 28

TOKYO, Nov. 26 Kyodo - East Japan Railway Co. said Friday it will resume full operations on the Joetsu Shinkansen line on Dec. 28, more than two months after a powerful earthquake in Niigata Prefecture derailed a bullet train and damaged tunnels and viaducts.

The line has been partially suspended since Oct. 23, when a magnitude-6.8 quake struck the Chuetsu region at 5:56 p.m., derailing eight of the 10 cars of a Toki bullet train traveling at about 200 kph. None of the 154 passengers and crew was injured.

It was the first derailment of a bullet train in service since the shinkansen began operating in 1964.

Services between Tokyo and Echigo-Yuzawa and between Nagaoka and Niigata have already resumed, but the section between Echigo-Yuzawa and Nagaoka remains closed, forcing passengers to transfer to buses for a journey of about two hours.

Repair work on the Uonuma Tunnel, where part of the concrete lining collapsed, has been carried out by some 1,500 workers in shifts for the past month, JR East President Mutsutake Otsuka told a news conference in Tokyo on Friday afternoon.

"We apologize for the great inconvenience to our passengers and hope to restore services in time for the holiday rush," Otsuka said.

The company plans to spend about 10 billion yen on repairs and will install devices to keep derailed trains from veering off viaducts on all its shinkansen lines in fiscal 2005, which starts in April.

The Oct. 23 quake and a series of strong aftershocks killed 40 people and damaged more than 90,000 houses. About 100,000 people were still living in evacuation centers a week later.

Some 3,000 people remain in shelters, and the prefectural government plans to complete 3,400 temporary housing units by mid-December, before heavy snow arrives in the mountainous region.

The Meteorological Agency said aftershocks, including a magnitude-5.9 tremor on Nov. 8, are likely to continue for several weeks.

Revenue on the Joetsu line has fallen by about 30 percent since October, and hotels in the Yuzawa hot-spring resort area said cancellations had soared in recent weeks.

JR East shares closed 1.2 percent higher at 578,000 yen on the Tokyo Stock Exchange on Friday.
""", [
    ('Dec. 28', 'DATE', '2004-12-28'),
    ('Nov. 26', 'DATE', '2004-11-26'),
    ('Friday', 'DATE', '2004-11-26'),
    ('Dec. 28', 'DATE', '2004-12-28'),
    ('more than two months', 'DURATION', 'P2M'),
    ('Oct. 23', 'DATE', '2004-10-23'),
    ('5:56 p.m.', 'TIME', '2004-10-23T17:56'),
    ('1964', 'DATE', '1964'),
    ('about two hours', 'DURATION', 'PT2H'),
    ('the past month', 'DURATION', 'P1M'),
    ('Friday afternoon', 'DATE|TIME', '2004-11-26TAF'),
    ('fiscal 2005', 'DATE', 'FY2005|2005'),
    ('April', 'DATE', '2005-04'),
    ('Oct. 23', 'DATE', '2004-10-23'),
    ('a week later', 'DATE', '2004-10-30|2004-W44'),
    ('mid-December', 'DATE', '2004-12'),
    ('Nov. 8', 'DATE', '2004-11-08'),
    ('several weeks', 'DURATION', 'PXW'),
    ('October', 'DATE', '2004-10'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('Friday', 'DATE', '2004-11-26'),
]),

# 11. PTI, elections (2024)
('2024-05-02', 'auto', """Campaigning for Gujarat LS polls to end Sunday evening; voting on May 7

Ahmedabad, May 2 (PTI) Campaigning for the Lok Sabha elections in Gujarat will end at 6 pm on Sunday, 48 hours before polling begins in 25 of the state's 26 constituencies, election officials said on Thursday.

Voting will be held on Tuesday at more than 50,000 polling stations, with booths open from 7 am to 6 pm, Chief Electoral Officer P Bharathi told reporters here.

The BJP's Surat candidate was declared elected unopposed on April 22 after the nomination of the Congress nominee was rejected and the other candidates withdrew from the fray, leaving 25 seats to be contested.

Over 4.9 crore voters, including about 11 lakh first-time voters aged between 18 and 19, are eligible to cast their votes in the third phase of the seven-phase general election, she said.

The state recorded a turnout of 64.5 per cent in 2019, when the BJP won all 26 seats for the second consecutive time.

With the India Meteorological Department on Wednesday issuing a heatwave warning for Saurashtra and Kutch for the next five days, the Election Commission has directed officials to arrange shade, drinking water and medical kits at all booths. Temperatures in Ahmedabad are expected to touch 44 degrees Celsius next week.

Turnout in the first two phases, held on April 19 and April 26, was lower than in 2019, prompting the EC to step up voter awareness drives in urban areas.

Flying squads have seized cash, liquor and drugs worth Rs 82 crore in the state since the model code of conduct came into force on March 16, officials said, adding that Rs 27 crore of it had been seized in the past three weeks alone.

Senior leaders of the BJP and the Congress have addressed more than 150 rallies and roadshows in the state since mid-April.

Polling materials will be dispatched from district headquarters on Monday, and the Commission will hold a final review meeting with district collectors by video conference on Saturday.

Lok Sabha elections are held every five years. Votes for all 543 constituencies will be counted on June 4. PTI KA NSK
""", [
    ('Sunday evening', 'DATE|TIME', '2024-05-05TEV'),
    ('May 7', 'DATE', '2024-05-07'),
    ('May 2', 'DATE', '2024-05-02'),
    ('6 pm on Sunday', 'TIME', '2024-05-05T18:00'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('Thursday', 'DATE', '2024-05-02'),
    ('Tuesday', 'DATE', '2024-05-07'),
    ('7 am', 'TIME', '2024-05-07T07:00'),
    ('6 pm', 'TIME', '2024-05-07T18:00'),
    ('April 22', 'DATE', '2024-04-22'),
    ('2019', 'DATE', '2019'),
    ('Wednesday', 'DATE', '2024-05-01'),
    ('the next five days', 'DURATION', 'P5D'),
    ('next week', 'DATE', '2024-W19'),
    ('April 19', 'DATE', '2024-04-19'),
    ('April 26', 'DATE', '2024-04-26'),
    ('2019', 'DATE', '2019'),
    ('March 16', 'DATE', '2024-03-16'),
    ('the past three weeks', 'DURATION', 'P3W'),
    ('mid-April', 'DATE', '2024-04'),
    ('Monday', 'DATE', '2024-05-06'),
    ('Saturday', 'DATE', '2024-05-04'),
    ('every five years', 'SET', 'P5Y'),
    ('June 4', 'DATE', '2024-06-04'),
]),

# 12. AAP, culture (2012)
('2012-08-09', 'auto', """Aboriginal remains to return home after 150 years in London

By Sarah Whitfield

The remains of 14 Aboriginal people taken to Britain more than 150 years ago will be handed back to their traditional owners at a ceremony at the South Australian Museum in Adelaide on Saturday.

The remains, held by London's Natural History Museum since the 1860s, arrived in Adelaide on Wednesday morning after a delegation of Ngarrindjeri elders travelled to London last month to collect them.

"It has taken more than 20 years of asking," Ngarrindjeri elder Doris Karpany told AAP. "Our old people can finally rest."

The Natural History Museum agreed in 2010 to return the remains after a scientific review, but negotiations stalled for almost two years over the museum's request to retain DNA samples.

Since 1990, the federal government has helped return the remains of more than 1,300 Indigenous people from overseas institutions, Arts Minister Simon Crean said on Thursday.

"Repatriation is about healing. These people should never have been taken from their country," Mr Crean said.

The ceremony, due to begin at 10am Saturday, will be followed by a private reburial on the Coorong next month. The elders plan to hold a memorial gathering there every year to mark the return.

Museums in Germany, the United States and Scotland have also handed back remains in recent years, but the government estimates that about 1,000 Aboriginal and Torres Strait Islander ancestral remains are still held overseas.

A second group of remains is expected to be returned from Edinburgh before Christmas, and the government has committed $3.4 million over the next four years to the repatriation program.

The remains were removed in the mid-19th century by collectors who supplied British scientists and museums, often without the knowledge of Aboriginal communities. Most were shipped to London between 1850 and 1870, museum records show.

AAP sw/jmt
""", [
    ('150 years', 'DURATION', 'P150Y'),
    ('more than 150 years ago', 'DATE', '1862'),
    ('Saturday', 'DATE', '2012-08-11'),
    ('the 1860s', 'DATE', '186'),
    ('Wednesday morning', 'DATE|TIME', '2012-08-08TMO'),
    ('last month', 'DATE', '2012-07'),
    ('more than 20 years', 'DURATION', 'P20Y'),
    ('2010', 'DATE', '2010'),
    ('almost two years', 'DURATION', 'P2Y'),
    ('1990', 'DATE', '1990'),
    ('Thursday', 'DATE', '2012-08-09'),
    ('10am Saturday', 'TIME', '2012-08-11T10:00'),
    ('next month', 'DATE', '2012-09'),
    ('every year', 'SET', 'P1Y'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('Christmas', 'DATE', '2012-12-25'),
    ('the next four years', 'DURATION', 'P4Y'),
    ('the mid-19th century', 'DATE', '18'),
    ('1850', 'DATE', '1850'),
    ('1870', 'DATE', '1870'),
]),
]
