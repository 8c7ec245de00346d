# Gold TIMEX3 probe set 39: twelve news articles of 2014-2021 in the styles of AP, Reuters, AFP, CNN, the Guardian and the New York Times, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, US politics (2014)
('2014-06-12', 'auto', """Senate passes bill to ease veterans' wait for care

WASHINGTON (AP) — The Senate voted 91-3 on Wednesday to let veterans who face long waits for appointments see private doctors at government expense, setting up negotiations with the House, which passed its own version earlier this week.

The vote came less than two months after a retired clinic doctor said at least 40 veterans had died while awaiting treatment at the Phoenix veterans hospital. An internal audit released Monday found that more than 57,000 veterans had waited more than three months for a first appointment, and that schedulers at dozens of clinics had been told to keep two sets of books.

"This is an emergency, and we treated it like one," said Sen. Martin Hale, the Ohio Democrat who leads the Veterans' Affairs Committee. He said he hoped to have a final bill on the president's desk before the July Fourth recess.

The measure would allow veterans who live more than 40 miles from a VA facility, or who have been waiting more than 30 days, to seek outside care for the next two years. It would also authorize the department to lease 26 new clinics in 18 states and make it easier to fire senior managers for poor performance.

The Congressional Budget Office estimated late Tuesday that the private-care provision alone could cost $35 billion over a decade, a figure that worried some Republicans. Sen. Tom Birch of Oklahoma, one of the three senators who voted no, said Congress was "writing a blank check" at a time of tight budgets.

Eric Shinseki resigned as veterans affairs secretary on May 30, two days after the department's inspector general confirmed that the Phoenix hospital had kept secret waiting lists. Sloan Gibson, the deputy secretary, is serving as acting secretary and told lawmakers this week that the agency would contact every veteran on the lists by the end of the month.

The problems are not new. The Government Accountability Office warned as early as 2000 that the department's scheduling data were unreliable, and it has repeated the warning at least 18 times since. Veterans groups say wait times worsened after 2009, as hundreds of thousands of veterans returning from Iraq and Afghanistan entered the system.

Rep. Dan Kessler, R-Fla., the top Republican negotiator, said Thursday that the two sides would meet next Tuesday. "Veterans have waited long enough," he said. "We intend to finish this before the recess."

The department now sees about 230,000 patients daily at more than 1,700 sites.
""", [
    ('Wednesday', 'DATE', '2014-06-11'),
    ('earlier this week', 'DATE', '2014-W24'),
    ('less than two months', 'DURATION', 'P2M'),
    ('Monday', 'DATE', '2014-06-09'),
    ('more than three months', 'DURATION', 'P3M'),
    ('July Fourth', 'DATE', '2014-07-04'),
    ('more than 30 days', 'DURATION', 'P30D'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('late Tuesday', 'DATE', '2014-06-10'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('May 30', 'DATE', '2014-05-30'),
    ('two days', 'DURATION', 'P2D'),
    ('this week', 'DATE', '2014-W24'),
    ('the end of the month', 'DATE', '2014-06'),
    ('2000', 'DATE', '2000'),
    ('2009', 'DATE', '2009'),
    ('Thursday', 'DATE', '2014-06-12'),
    ('next Tuesday', 'DATE', '2014-06-17'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('daily', 'SET', 'P1D'),
]),

# 2. Reuters, business / earnings (2015)
('2015-07-29', 'auto', """Harlan Foods profit falls on dairy costs, cuts 2015 forecast

CHICAGO, July 29 (Reuters) - Harlan Foods Inc reported a 14 percent drop in profit on Wednesday and cut its earnings forecast for fiscal 2015, blaming higher milk prices and a strong dollar that has made its cheeses and yogurts more expensive abroad.

Shares of the Chicago-based company fell 6.2 percent to $41.18 on the New York Stock Exchange, their steepest decline since October 2011.

Net income fell to $212 million, or 58 cents per share, in the second quarter, from $247 million, or 66 cents per share, a year earlier. Revenue slipped 3 percent to $3.9 billion.

The company now expects adjusted earnings of $2.35 to $2.45 per share for the year, down from its previous forecast, given in April, of $2.55 to $2.65. Analysts on average had expected $2.57, according to Thomson Reuters I/B/E/S.

"The second half will be tougher than we thought three months ago," Chief Executive Diane Morrow told analysts on a conference call. She said dairy costs had risen for five consecutive months and were unlikely to ease before the first quarter of next year.

Harlan has been under pressure from activist investor Corvus Capital, which disclosed a 4.8 percent stake in March and has pushed for the sale of the company's frozen-foods unit. Morrow said on Wednesday that a strategic review of the unit, begun in the spring, would be completed in the coming weeks.

The company has cut about 1,100 jobs since 2013 and plans to close two plants in Wisconsin by the end of the year. It also said it would raise its dividend by 2 cents to 44 cents per share, payable on Sept. 15 to shareholders of record as of Aug. 31. Harlan has raised its dividend every year for the past 22 years.

Morrow, who took over in January 2014 after nearly a decade as finance chief, has promised to return the company to sales growth by fiscal 2017. Sales have declined for two straight years, as shoppers have turned away from processed foods and toward fresher and organic brands.

"We are not where we want to be, but the plan is working," Morrow said, pointing to a 9 percent rise in sales of the company's organic line in the quarter.

Harlan will host investors and analysts at its headquarters on Sept. 22.

(Reporting by Nandita Rao in Bengaluru; Editing by Savio D'Souza)
""", [
    ('2015', 'DATE', '2015'),
    ('July 29', 'DATE', '2015-07-29'),
    ('Wednesday', 'DATE', '2015-07-29'),
    ('fiscal 2015', 'DATE', 'FY2015|2015'),
    ('October 2011', 'DATE', '2011-10'),
    ('the second quarter', 'DATE', '2015-Q2'),
    ('a year earlier', 'DATE', '2014-Q2|2014'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the year', 'DATE', '2015'),
    ('April', 'DATE', '2015-04'),
    ('The second half', 'DATE', '2015-H2'),
    ('three months ago', 'DATE', '2015-04'),
    ('five consecutive months', 'DURATION', 'P5M'),
    ('the first quarter of next year', 'DATE', '2016-Q1'),
    ('March', 'DATE', '2015-03'),
    ('Wednesday', 'DATE', '2015-07-29'),
    ('the spring', 'DATE', '2015-SP'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('2013', 'DATE', '2013'),
    ('the end of the year', 'DATE', '2015|2015-12'),
    ('Sept. 15', 'DATE', '2015-09-15'),
    ('Aug. 31', 'DATE', '2015-08-31'),
    ('every year', 'SET', 'P1Y'),
    ('the past 22 years', 'DURATION', 'P22Y'),
    ('January 2014', 'DATE', '2014-01'),
    ('nearly a decade', 'DURATION', 'P10Y|P1E'),
    ('fiscal 2017', 'DATE', 'FY2017|2017'),
    ('two straight years', 'DURATION', 'P2Y'),
    ('the quarter', 'DATE', '2015-Q2'),
    ('Sept. 22', 'DATE', '2015-09-22'),
]),

# 3. AFP, disaster / landslide (2016)
('2016-01-19', 'auto', """Indonesia landslide death toll rises to 38, dozens missing

Jakarta (AFP) - Rescuers in Indonesia pulled more bodies from the mud on Tuesday after a landslide buried a village in Central Java, raising the death toll to 38 with at least 20 people still missing, officials said.

The hillside above Sirnasari village gave way at about 4:30 am on Sunday after three days of torrential rain, engulfing 35 houses while most residents were asleep, the national disaster agency said.

"We are still hoping to find survivors, but the chances are getting smaller every hour," agency spokesman Budi Santoso told AFP. He said the search would continue until Friday, when officials would decide whether to extend it.

More than 600 soldiers, police and volunteers have been digging by hand and with excavators since Sunday morning, but fresh downpours on Monday night forced them to stop for several hours.

Survivors described a roar like a jet engine. "I grabbed my two children and ran, and when I turned around our house was gone," said Wati, a 34-year-old farmer who, like many Indonesians, uses only one name.

The meteorology agency has warned that heavy rain will continue across Java this week, and that rainfall is expected to peak in February.

Landslides and floods are common in Indonesia during the monsoon, which usually runs from November to March. In December 2014, a landslide in the same province killed more than 90 people in the village of Jemblung.

Environmental groups blame deforestation. Java has lost more than half of its forest cover since the 1970s, according to conservationists, as hillsides have been cleared for farmland and plantations.

The government has promised to move about 2,000 families living in high-risk areas of Central Java to safer ground by the end of 2017, but the programme has moved slowly. Only 240 families have been relocated in the past two years, the provincial government said last week.

The provincial governor, who visited the disaster zone on Monday, ordered officials to speed up relocations and to install an early warning system in the area within six months.

Indonesia, a vast archipelago of 17,000 islands, is hit by hundreds of floods and landslides each year.
""", [
    ('Tuesday', 'DATE', '2016-01-19'),
    ('about 4:30 am on Sunday', 'TIME', '2016-01-17T04:30'),
    ('three days', 'DURATION', 'P3D'),
    ('every hour', 'SET', 'PT1H'),
    ('Friday', 'DATE', '2016-01-22'),
    ('Sunday morning', 'DATE|TIME', '2016-01-17TMO'),
    ('Monday night', 'DATE|TIME', '2016-01-18TNI'),
    ('several hours', 'DURATION', 'PTXH'),
    ('this week', 'DATE', '2016-W03'),
    ('February', 'DATE', '2016-02'),
    ('November', 'DATE', 'XXXX-11'),
    ('March', 'DATE', 'XXXX-03'),
    ('December 2014', 'DATE', '2014-12'),
    ('the 1970s', 'DATE', '197'),
    ('the end of 2017', 'DATE', '2017|2017-12'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('last week', 'DATE', '2016-W02'),
    ('Monday', 'DATE', '2016-01-18'),
    ('six months', 'DURATION', 'P6M'),
    ('each year', 'SET', 'P1Y'),
]),

# 4. CNN, courts / health care fraud trial (2017)
('2017-10-05', 'auto', """Former nursing home executive convicted in $1 billion Medicare fraud scheme

(CNN) A federal jury in Miami on Thursday convicted the former head of a chain of nursing homes of orchestrating what prosecutors called one of the largest health care frauds in US history.

Raymond Ostrowski, 61, was found guilty on 17 counts, including conspiracy to commit health care fraud, money laundering and paying kickbacks. The jury deliberated for about nine hours over two days before returning its verdict at about 2:15 p.m.

Ostrowski faces up to 20 years in prison on the most serious charge. US District Judge Alicia Moreno set sentencing for January 18.

Prosecutors said that from 2009 to 2016 Ostrowski and his associates billed Medicare and Medicaid more than $1 billion for services that were unnecessary or never provided, steering patients into his network of more than 30 facilities by paying doctors in cash and luxury trips.

"For years, this defendant treated the Medicare program like his personal bank account," acting US Attorney Ellen Carver said in a statement Thursday afternoon. "Today's verdict shows that no one is too wealthy to be held accountable."

The seven-week trial featured testimony from more than 40 witnesses, among them two doctors who have pleaded guilty and are cooperating with the government. One of them told jurors last month that he met Ostrowski every Friday in a hotel parking lot to collect envelopes of cash.

Ostrowski's attorney, Lawrence Weiss, said he would appeal. "We respect the jury, but we believe the judge made serious errors, and we'll be asking the appeals court to look at them in the coming months," he told reporters outside the courthouse.

The case began in July 2016, when FBI agents arrested Ostrowski at his Miami Beach home. He has been held without bail after prosecutors argued that he posed a flight risk and had tried to move money overseas.

His brother, Alexander, who prosecutors said ran the company's billing operation, is scheduled to go on trial next month. A former hospital administrator pleaded guilty last year and is serving a 10-year sentence.

The Justice Department has made health care fraud a priority in recent years. In July, Attorney General Jeff Sessions announced charges against 412 defendants accused of a combined $1.3 billion in fraud losses, which he called the largest such enforcement action ever.

Medicare, the federal health insurance program for people 65 and older, paid out about $700 billion last year.
""", [
    ('Thursday', 'DATE', '2017-10-05'),
    ('about nine hours', 'DURATION', 'PT9H'),
    ('two days', 'DURATION', 'P2D'),
    ('about 2:15 p.m.', 'TIME', '2017-10-05T14:15'),
    ('up to 20 years', 'DURATION', 'P20Y'),
    ('January 18', 'DATE', '2018-01-18'),
    ('2009', 'DATE', '2009'),
    ('2016', 'DATE', '2016'),
    ('years', 'DURATION', 'PXY'),
    ('Thursday afternoon', 'DATE|TIME', '2017-10-05TAF'),
    ('Today', 'DATE', '2017-10-05'),
    ('seven-week', 'DURATION', 'P7W'),
    ('last month', 'DATE', '2017-09'),
    ('every Friday', 'SET', 'XXXX-WXX-5'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('July 2016', 'DATE', '2016-07'),
    ('next month', 'DATE', '2017-11'),
    ('last year', 'DATE', '2016'),
    ('10-year', 'DURATION', 'P10Y'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('July', 'DATE', '2017-07'),
    ('last year', 'DATE', '2016'),
]),

# 5. Guardian, health / NHS (2018)
('2018-02-08', 'auto', """A&E waiting times in England worst since records began

Hospitals miss four-hour target for almost one in four patients as doctors warn pressure is 'the new normal'

Sarah Whitcombe Health correspondent
Thursday 8 February 2018

Hospital A&E units in England had their worst month on record in January, with almost one in four patients waiting more than four hours to be treated, admitted or discharged, official figures show.

Data published by NHS England on Thursday showed that 77.1% of patients at major A&E departments were seen within four hours last month, down from 85.1% in January 2017. The NHS has not hit its 95% target since July 2015.

More than 81,000 patients waited on trolleys for more than four hours after doctors decided to admit them, and 1,043 waited for more than 12 hours – the highest number since comparable records started in 2010.

"These figures confirm what our members have been telling us for months," said Dr Helen Price, vice-president of the Royal College of Emergency Medicine. "Staff are exhausted, and there is no sign of the pressure easing."

The figures come a month after NHS England took the unprecedented step of postponing about 55,000 non-urgent operations until the end of January to free up beds, a measure it later extended into February.

Flu has added to the strain. Public Health England said on Wednesday that hospital admissions for flu fell slightly last week but remained higher than at any point since 2011.

The health secretary, Jeremy Hunt, apologised last month to patients whose operations had been cancelled. A Department of Health and Social Care spokesperson said: "The NHS was better prepared than ever for this winter, with £437m of extra funding, and despite the pressures the vast majority of patients continue to receive excellent care."

The four-hour standard was introduced by the Labour government in 2004. It was initially set at 98% but lowered to 95% in 2010, and ministers have since been accused of quietly abandoning it. Last year, NHS England's chief executive suggested it should apply only to "urgent" cases.

NHS Providers, which represents hospital trusts, said it expected the pressure to continue well into the spring, and warned that trusts would need at least £4bn in extra funding over the next three years to stop performance deteriorating further.

"Trusts are doing everything they can, but the system is now running flat out," said its chief executive.

Figures for February will be published on 8 March.
""", [
    ('four-hour', 'DURATION', 'PT4H'),
    ('Thursday 8 February 2018', 'DATE', '2018-02-08'),
    ('January', 'DATE', '2018-01'),
    ('more than four hours', 'DURATION', 'PT4H'),
    ('Thursday', 'DATE', '2018-02-08'),
    ('four hours', 'DURATION', 'PT4H'),
    ('last month', 'DATE', '2018-01'),
    ('January 2017', 'DATE', '2017-01'),
    ('July 2015', 'DATE', '2015-07'),
    ('more than four hours', 'DURATION', 'PT4H'),
    ('more than 12 hours', 'DURATION', 'PT12H'),
    ('2010', 'DATE', '2010'),
    ('months', 'DURATION', 'PXM'),
    ('a month', 'DURATION', 'P1M'),
    ('the end of January', 'DATE', '2018-01'),
    ('February', 'DATE', '2018-02'),
    ('Wednesday', 'DATE', '2018-02-07'),
    ('last week', 'DATE', '2018-W05'),
    ('2011', 'DATE', '2011'),
    ('last month', 'DATE', '2018-01'),
    ('this winter', 'DATE', '2017-WI|2018-WI'),
    ('four-hour', 'DURATION', 'PT4H'),
    ('2004', 'DATE', '2004'),
    ('2010', 'DATE', '2010'),
    ('Last year', 'DATE', '2017'),
    ('the spring', 'DATE', '2018-SP'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('February', 'DATE', '2018-02'),
    ('8 March', 'DATE', '2018-03-08'),
]),

# 6. New York Times, metro / transit (2019)
('2019-04-16', 'auto', """Signal Overhaul on A and C Lines Delayed Until 2023, M.T.A. Says

By Daniel Rourke
April 16, 2019

A long-promised overhaul of the antiquated signals on the A and C lines will not be finished until 2023, three years later than planned, transit officials acknowledged on Monday, dealing a fresh blow to riders who have endured years of breakdowns.

The delay, disclosed in a report to the Metropolitan Transportation Authority's board, means that the project, which was supposed to cost $1.2 billion, will now cost at least $1.6 billion. The contractor, a joint venture led by a French engineering firm, blamed the authority for failing to give its crews enough access to the tracks.

Riders on the A line, one of the system's busiest, have been hit especially hard. In the past 12 months, the line recorded 1,280 delays blamed on signal problems, more than any other line, according to the authority's own data. On March 7, a signal failure at 59th Street stranded thousands of commuters for nearly two hours.

"People on these lines have been patient for far too long," said Councilwoman Maria Ortega, who represents parts of Upper Manhattan. "They deserve a date they can believe."

Elena Marsh, the authority's chief of capital projects, said on Monday that she was "deeply frustrated" and that the authority would impose penalties on the contractor. She said crews would be given more access to the tracks starting this summer, including a series of full-line shutdowns beginning in June.

Some of the signals on the line date to the 1930s, when the city-owned Independent Subway System opened. The authority began replacing them in 2015, under a contract signed a year earlier, and says the new technology will allow trains to run closer together.

The board is scheduled to vote on the revised contract next Wednesday. Several members said on Tuesday that they were inclined to approve it, citing the cost of starting over.

The news comes two weeks after state lawmakers approved congestion pricing, which will charge drivers to enter the busiest parts of Manhattan beginning in 2021 and is expected to raise about $15 billion for subway repairs.

Subway ridership fell to 1.68 billion trips last year, down from a peak of 1.76 billion in 2015, and officials have pointed to unreliable service as one reason.

Separately, the authority said that because of unrelated track work, A trains would not run between Howard Beach and Far Rockaway from 11:45 p.m. Friday until 5 a.m. Monday, disrupting travel for many families over Easter Sunday.
""", [
    ('2023', 'DATE', '2023'),
    ('April 16, 2019', 'DATE', '2019-04-16'),
    ('2023', 'DATE', '2023'),
    ('three years', 'DURATION', 'P3Y'),
    ('Monday', 'DATE', '2019-04-15'),
    ('years', 'DURATION', 'PXY'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('March 7', 'DATE', '2019-03-07'),
    ('nearly two hours', 'DURATION', 'PT2H'),
    ('Monday', 'DATE', '2019-04-15'),
    ('this summer', 'DATE', '2019-SU'),
    ('June', 'DATE', '2019-06'),
    ('the 1930s', 'DATE', '193'),
    ('2015', 'DATE', '2015'),
    ('a year earlier', 'DATE', '2014'),
    ('next Wednesday', 'DATE', '2019-04-24'),
    ('Tuesday', 'DATE', '2019-04-16'),
    ('two weeks', 'DURATION', 'P2W'),
    ('2021', 'DATE', '2021'),
    ('last year', 'DATE', '2018'),
    ('2015', 'DATE', '2015'),
    ('11:45 p.m. Friday', 'TIME', '2019-04-19T23:45'),
    ('5 a.m. Monday', 'TIME', '2019-04-22T05:00'),
    ('Easter Sunday', 'DATE', '2019-04-21'),
]),

# 7. AP, disaster / wildfire (2020)
('2020-09-10', 'auto', """Wildfire kills 3 in Northern California as thousands flee

OROVILLE, Calif. (AP) — A wind-driven wildfire that tore through the Sierra Nevada foothills has killed at least three people and destroyed hundreds of homes, authorities said Thursday, as firefighters took advantage of calmer winds to try to gain ground.

The blaze, which began as a cluster of lightning-sparked fires nearly three weeks ago, grew by more than 250,000 acres in 24 hours after dry gusts of up to 45 mph pushed it toward the small communities of Berry Creek and Feather Falls late Tuesday.

Butte County Sheriff Daniel Keane said the bodies were found Wednesday afternoon in vehicles and near homes, and that 12 people were still unaccounted for. "I'm afraid we'll find more," he said at a briefing Thursday morning.

About 20,000 people remained under evacuation orders. Residents described fleeing on narrow mountain roads with flames on both sides.

"At 2 a.m. I was asleep, and by 2:30 we were driving through fire," said Jenna Lowry, 42, who escaped from Berry Creek with her husband, two dogs and little else. "We didn't even get our shoes on."

The fire was 24% contained on Thursday. Forecasters said winds would stay light through the weekend but warned that a return of hot, dry weather next week could fuel new flare-ups.

A record heat wave last weekend left vegetation tinder-dry. On Sunday, the temperature reached 121 degrees in Woodland Hills, the highest ever recorded in Los Angeles County.

California's fire seasons have grown longer and more destructive in recent years, which scientists attribute in large part to climate change. More than 2.5 million acres have burned in the state since Jan. 1, already a record, and October and November, usually the worst months for wind-driven fires, are still ahead.

The same area was devastated two years ago by the Camp Fire, which killed 85 people in and around the town of Paradise in November 2018 and was the deadliest U.S. wildfire in more than 100 years.

Pacific Gas & Electric, whose equipment sparked that fire, pleaded guilty in June to 84 counts of involuntary manslaughter and emerged from bankruptcy on July 1. The utility has cut power to tens of thousands of customers several times this month to reduce the risk of its lines starting new blazes.

The state asked the federal government on Wednesday for a major disaster declaration, which would free up money for cleanup and temporary housing.

"We've been through this before, and we'll get through it again," Keane said. "But every year it gets harder."
""", [
    ('Thursday', 'DATE', '2020-09-10'),
    ('nearly three weeks ago', 'DATE', '2020-W34'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('late Tuesday', 'DATE', '2020-09-08'),
    ('Wednesday afternoon', 'DATE|TIME', '2020-09-09TAF'),
    ('Thursday morning', 'DATE|TIME', '2020-09-10TMO'),
    ('2 a.m.', 'TIME', '2020-09-09T02:00'),
    ('2:30', 'TIME', '2020-09-09T02:30'),
    ('Thursday', 'DATE', '2020-09-10'),
    ('the weekend', 'DATE', '2020-W37-WE'),
    ('next week', 'DATE', '2020-W38'),
    ('last weekend', 'DATE', '2020-W36-WE'),
    ('Sunday', 'DATE', '2020-09-06'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('Jan. 1', 'DATE', '2020-01-01'),
    ('October', 'DATE', '2020-10'),
    ('November', 'DATE', '2020-11'),
    ('two years ago', 'DATE', '2018'),
    ('November 2018', 'DATE', '2018-11'),
    ('more than 100 years', 'DURATION', 'P100Y'),
    ('June', 'DATE', '2020-06'),
    ('July 1', 'DATE', '2020-07-01'),
    ('this month', 'DATE', '2020-09'),
    ('Wednesday', 'DATE', '2020-09-09'),
    ('every year', 'SET', 'P1Y'),
]),

# 8. Reuters, international / EU vaccine exports (2021)
('2021-03-24', 'auto', """EU tightens vaccine export rules as third wave builds

BRUSSELS, March 24 (Reuters) - The European Union on Wednesday gave itself broader powers to block exports of COVID-19 vaccines, as the bloc struggles with slow deliveries and a third wave of infections that has pushed several member states back into lockdown.

Under the new rules, which take effect on Thursday and will apply for six weeks, the European Commission will consider whether a destination country restricts its own exports and whether its vaccination rate is higher than the EU's before approving shipments.

"Open roads should run in both directions," a senior Commission official told reporters, adding that the bloc had exported far more doses than it had received from some partners.

Since the export mechanism was introduced on Jan. 30, the EU has approved 380 requests to ship about 43 million doses to 33 countries. It has blocked one, a shipment of 250,000 AstraZeneca doses to Australia earlier this month.

AstraZeneca, which had promised to deliver 90 million doses to the EU in the first quarter, now expects to supply only 30 million by the end of March and 70 million in the second quarter, a fraction of what the bloc ordered last year.

EU leaders will discuss the issue at a video summit on Thursday and Friday. Diplomats said on Tuesday that some governments, including the Netherlands and Ireland, were worried the rules could disrupt global supply chains.

The EU aims to vaccinate 70% of adults by the end of the summer. So far, about 13% of its 450 million people have received at least one dose, compared with more than 40% in Britain, where vaccinations began more than three months ago.

In Germany, Chancellor Angela Merkel on Wednesday scrapped a plan, announced only the day before, for a strict five-day shutdown over Easter, saying it had been a mistake and apologising to citizens. France last week imposed a four-week lockdown on Paris and 15 other departments, and Poland announced new restrictions on Monday as new infections hit their highest level since November.

The EU's rollout has trailed those of Britain and the United States since the first shots were given on Dec. 27, and it has been hampered by production problems and by a temporary suspension of the AstraZeneca vaccine in more than a dozen countries earlier this month.

Officials said the new rules would be reviewed in early May, and could be extended if supply problems persist.

(Reporting by Philip Blenkinsop and Robin Emmott; Editing by Alex Richardson)
""", [
    ('March 24', 'DATE', '2021-03-24'),
    ('Wednesday', 'DATE', '2021-03-24'),
    ('Thursday', 'DATE', '2021-03-25'),
    ('six weeks', 'DURATION', 'P6W'),
    ('Jan. 30', 'DATE', '2021-01-30'),
    ('earlier this month', 'DATE', '2021-03'),
    ('the first quarter', 'DATE', '2021-Q1'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the end of March', 'DATE', '2021-03'),
    ('the second quarter', 'DATE', '2021-Q2'),
    ('last year', 'DATE', '2020'),
    ('Thursday', 'DATE', '2021-03-25'),
    ('Friday', 'DATE', '2021-03-26'),
    ('Tuesday', 'DATE', '2021-03-23'),
    ('the end of the summer', 'DATE', '2021-SU'),
    ('more than three months ago', 'DATE', '2020-12'),
    ('Wednesday', 'DATE', '2021-03-24'),
    ('the day before', 'DATE', '2021-03-23'),
    ('five-day', 'DURATION', 'P5D'),
    ('Easter', 'DATE', '2021-04-04'),
    ('last week', 'DATE', '2021-W11'),
    ('four-week', 'DURATION', 'P4W'),
    ('Monday', 'DATE', '2021-03-22'),
    ('November', 'DATE', '2020-11'),
    ('Dec. 27', 'DATE', '2020-12-27'),
    ('earlier this month', 'DATE', '2021-03'),
    ('early May', 'DATE', '2021-05'),
]),

# 9. AFP, international / African election (2016)
('2016-08-14', 'auto', """Zambia opposition cries foul as vote count drags on

Lusaka (AFP) - Zambia's main opposition party on Sunday accused the electoral commission of manipulating the count in favour of President Edgar Lungu, as results from Thursday's tightly contested election trickled in slowly.

With results declared in 120 of 156 constituencies, Lungu had 50.9 percent of the vote, according to the Electoral Commission of Zambia, just above the threshold needed to avoid a run-off. His main rival, businessman Hakainde Hichilema of the United Party for National Development (UPND), had 47.1 percent.

"Figures are being changed between the constituencies and the national tallying centre," UPND spokesman Mulenga Banda told reporters in Lusaka on Sunday morning. "We will not accept a stolen result."

The commission has rejected the accusations and said final results would be announced by Monday. Its chairwoman said on Saturday that the count had been slowed by a constitutional referendum held alongside the election, which doubled the number of ballots to be counted.

Police fired tear gas on Saturday evening to disperse hundreds of opposition supporters who had gathered outside a counting centre in Southern Province, a UPND stronghold, witnesses said.

Lungu, 59, took office in January 2015 after winning a snap election to choose a successor to Michael Sata, who died in office in October 2014. He beat Hichilema by fewer than 28,000 votes in that poll.

Under a constitution amended in January, a candidate needs more than half of the votes cast to win outright; otherwise a run-off must be held within 37 days.

The campaign was marred by violence. In July, the commission suspended campaigning in Lusaka for 10 days after clashes between rival supporters, and The Post, an independent newspaper critical of the government, was shut down in June over a tax dispute.

Zambia, Africa's second-largest copper producer, has been hit hard by a slump in copper prices over the past two years. The kwacha lost nearly half of its value against the dollar in 2015, and economic growth slowed to around 3 percent last year, its weakest pace in more than a decade.

"People are tired of power cuts and of prices going up every month," said Chanda Mwale, a 31-year-old teacher queuing to buy bread in Lusaka on Sunday.

Zambia has been regarded as one of Africa's most stable democracies since multiparty politics was restored in 1991, and has seen two peaceful handovers of power to the opposition.

European Union observers are due to present their preliminary findings on Monday. The winner is expected to be sworn in next month.
""", [
    ('Sunday', 'DATE', '2016-08-14'),
    ('Thursday', 'DATE', '2016-08-11'),
    ('Sunday morning', 'DATE|TIME', '2016-08-14TMO'),
    ('Monday', 'DATE', '2016-08-15'),
    ('Saturday', 'DATE', '2016-08-13'),
    ('Saturday evening', 'DATE|TIME', '2016-08-13TEV'),
    ('January 2015', 'DATE', '2015-01'),
    ('October 2014', 'DATE', '2014-10'),
    ('January', 'DATE', '2016-01'),
    ('37 days', 'DURATION', 'P37D'),
    ('July', 'DATE', '2016-07'),
    ('10 days', 'DURATION', 'P10D'),
    ('June', 'DATE', '2016-06'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('2015', 'DATE', '2015'),
    ('last year', 'DATE', '2015'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('every month', 'SET', 'P1M'),
    ('Sunday', 'DATE', '2016-08-14'),
    ('1991', 'DATE', '1991'),
    ('Monday', 'DATE', '2016-08-15'),
    ('next month', 'DATE', '2016-09'),
]),

# 10. CNN, health / pandemic policy (2021)
('2021-01-21', 'auto', """Biden signs 10 Covid-19 orders as he launches national pandemic strategy

(CNN) President Joe Biden on Thursday signed a series of executive orders aimed at speeding up the nation's sluggish Covid-19 vaccination campaign and expanding testing, as his administration warned that the pandemic would get worse before it gets better.

The orders, signed at a White House event Thursday afternoon, are part of a 200-page national strategy that aims to deliver 100 million shots in 100 days, a target some public health experts have called too modest.

Biden, who was sworn in on Wednesday, said the death toll, now above 400,000, was likely to top 500,000 next month. "It's going to take months for us to turn things around," he said.

The US has administered about 17.5 million doses since mid-December, when the first shots went to health care workers, well short of the previous administration's goal of 20 million by the end of December. More than 4,000 deaths were reported on Tuesday alone.

Among the measures, Biden invoked the Defense Production Act, a law that dates to 1950 and was used last spring to speed production of ventilators, to increase the supply of syringes, protective equipment and testing materials. He also ordered masks to be worn on planes, trains and intercity buses, and directed agencies to set up 100 federally supported vaccination centers by the end of next month.

Travelers flying into the US will have to show a negative test taken within three days of departure and quarantine after arrival, according to the orders.

Early Thursday, Dr. Anthony Fauci told the World Health Organization's executive board that the US would remain a member and would join COVAX, the global effort to share vaccines with poorer nations, reversing a decision by the Trump administration to withdraw from the agency last year.

Officials said the White House would hold public health briefings three times a week, with scientists rather than politicians taking the lead. The briefings had been held only sporadically since the spring.

Pfizer and Moderna are contracted to deliver a combined 400 million doses by July, enough to vaccinate 200 million people with the two-dose regimens. Johnson & Johnson is expected to report results from its single-shot vaccine trial in the coming weeks.

Biden is expected to sign more orders on Friday, focused on economic relief for families and workers hit by the pandemic. He has asked Congress to pass a $1.9 trillion relief package, though many Republicans have balked at its size, and aides said they hoped to have a bill passed by mid-March, when enhanced unemployment benefits expire.
""", [
    ('Thursday', 'DATE', '2021-01-21'),
    ('Thursday afternoon', 'DATE|TIME', '2021-01-21TAF'),
    ('100 days', 'DURATION', 'P100D'),
    ('Wednesday', 'DATE', '2021-01-20'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('next month', 'DATE', '2021-02'),
    ('months', 'DURATION', 'PXM'),
    ('mid-December', 'DATE', '2020-12'),
    ('the end of December', 'DATE', '2020-12'),
    ('Tuesday', 'DATE', '2021-01-19'),
    ('1950', 'DATE', '1950'),
    ('last spring', 'DATE', '2020-SP'),
    ('the end of next month', 'DATE', '2021-02'),
    ('three days', 'DURATION', 'P3D'),
    ('Early Thursday', 'DATE', '2021-01-21'),
    ('last year', 'DATE', '2020'),
    ('three times a week', 'SET', 'P1W'),
    ('the spring', 'DATE', '2020-SP'),
    ('July', 'DATE', '2021-07'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('Friday', 'DATE', '2021-01-22'),
    ('mid-March', 'DATE', '2021-03'),
]),

# 11. Guardian, courts / care home manslaughter (2019)
('2019-11-27', 'auto', """Care home owner jailed over death of neglected resident

Director of Devon home ignored repeated warnings from staff about 87-year-old's condition, court heard

A care home owner who ignored weeks of warnings about a resident's worsening pressure sores has been jailed for six years for gross negligence manslaughter.

Graham Pell, 58, the director of Hollybank House in Paignton, Devon, was sentenced at Exeter crown court on Wednesday after a jury convicted him last month following a five-week trial.

Margaret Hoskins, 87, died in hospital in March 2016, nine days after being admitted with infected sores that a consultant told the court were the worst he had seen in 30 years of practice.

The court heard that staff raised concerns about Hoskins's condition at least 14 times in the six weeks before her death, but Pell refused to call a GP because of the cost and told a senior carer to "stop making a fuss".

Sentencing him, Judge Louise Marland said: "You put profit before the welfare of a frail and vulnerable woman who depended on you completely. She died in pain that was entirely avoidable."

The Care Quality Commission (CQC) rated the home inadequate in May 2015 and placed it in special measures, but a follow-up inspection six months later found that staffing levels had fallen further.

Pell's company, Hollybank Care Ltd, was fined £300,000 and ordered to pay costs of £85,000 within 28 days. The home, which had 22 residents at the time, closed in the summer of 2017.

Hoskins's daughter, Carol Dunn, said outside court that the family had waited more than three years for justice. "Mum should have been safe there. Nothing will bring her back, but today we finally feel that someone has listened," she said.

The case is one of a small number of prosecutions brought since the CQC was given new powers to take criminal action against providers in April 2015. Last year the regulator brought 19 prosecutions, up from six the year before.

Campaigners said the case highlighted wider problems in a sector struggling with staff shortages and cuts to council budgets. Age UK said about one in five care homes in England was currently rated as requiring improvement or inadequate.

A government green paper on social care, first promised in March 2017, has been delayed at least five times and is not now expected before next year. Boris Johnson said in his first speech as prime minister in July that he would fix the crisis in social care "once and for all".

Pell will serve half of his sentence in custody before being released on licence.
""", [
    ('weeks', 'DURATION', 'PXW'),
    ('six years', 'DURATION', 'P6Y'),
    ('Wednesday', 'DATE', '2019-11-27'),
    ('last month', 'DATE', '2019-10'),
    ('five-week', 'DURATION', 'P5W'),
    ('March 2016', 'DATE', '2016-03'),
    ('nine days', 'DURATION', 'P9D'),
    ('30 years', 'DURATION', 'P30Y'),
    ('the six weeks', 'DURATION', 'P6W'),
    ('May 2015', 'DATE', '2015-05'),
    ('six months later', 'DATE', '2015-11'),
    ('28 days', 'DURATION', 'P28D'),
    ('the summer of 2017', 'DATE', '2017-SU'),
    ('more than three years', 'DURATION', 'P3Y'),
    ('today', 'DATE', '2019-11-27'),
    ('April 2015', 'DATE', '2015-04'),
    ('Last year', 'DATE', '2018'),
    ('the year before', 'DATE', '2017'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('March 2017', 'DATE', '2017-03'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('next year', 'DATE', '2020'),
    ('July', 'DATE', '2019-07'),
]),

# 12. New York Times, business / tech acquisition (2014)
('2014-11-18', 'auto', """Corvant to Buy Data Storage Company Nimbara for $4.2 Billion

SAN FRANCISCO — Corvant Systems, the networking equipment maker, said on Monday that it had agreed to buy Nimbara, a fast-growing data storage company, for about $4.2 billion in cash, its largest acquisition in more than a decade, as it races to catch up with rivals in the shift to cloud computing.

Corvant will pay $38 a share, a 31 percent premium over Nimbara's closing price on Friday. Nimbara's shares jumped 28 percent, to $37.15, on Monday, while Corvant's fell about 2 percent.

The deal, which has been approved by both companies' boards, is expected to close in the first half of 2015, pending regulatory approval and a vote by Nimbara shareholders.

"This is about where our customers are going over the next five years, not where they were five years ago," Corvant's chief executive, Paul Lindqvist, said in an interview on Monday evening. "Storage is moving to the cloud, and we intend to move with it."

Nimbara, founded in 2009 by two former Stanford graduate students, went public in May 2013 at $17 a share. Its revenue grew 64 percent in the 12 months that ended in July, to $412 million, though the company has never turned a profit; it lost $86 million in the three months through October.

Corvant, based in San Jose, Calif., has struggled as large corporations buy less of the hardware it has long sold, and its revenue has been roughly flat since 2012. The company's last major acquisition was in 2003, when it bought a maker of network security software for $2.9 billion.

Some analysts questioned the timing. "They waited too long," said Rebecca Szabo, an analyst at Marlowe Securities. "Two years ago, they could have bought Nimbara for half the price."

Corvant said it expected the deal to add to its earnings starting in fiscal 2016, which begins next August. Mr. Lindqvist said Nimbara's 1,400 employees would remain in Mountain View, Calif., and that its founders had agreed to stay for at least two years.

The deal is the latest in a wave of technology mergers this year. In October, Hewlett-Packard said it would split into two companies, and several smaller storage makers have been bought by larger rivals in recent months.

Corvant is scheduled to report earnings on Wednesday, and Mr. Lindqvist said the company would give more details about its plans for Nimbara on the call with analysts. Corvant's stock has risen 11 percent this year, lagging the broader technology index.
""", [
    ('Monday', 'DATE', '2014-11-17'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('Friday', 'DATE', '2014-11-14'),
    ('Monday', 'DATE', '2014-11-17'),
    ('the first half of 2015', 'DATE', '2015-H1'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('five years ago', 'DATE', '2009'),
    ('Monday evening', 'DATE|TIME', '2014-11-17TEV'),
    ('2009', 'DATE', '2009'),
    ('May 2013', 'DATE', '2013-05'),
    ('the 12 months', 'DURATION', 'P12M'),
    ('July', 'DATE', '2014-07'),
    ('the three months', 'DURATION', 'P3M'),
    ('October', 'DATE', '2014-10'),
    ('2012', 'DATE', '2012'),
    ('2003', 'DATE', '2003'),
    ('Two years ago', 'DATE', '2012'),
    ('fiscal 2016', 'DATE', 'FY2016|2016'),
    ('next August', 'DATE', '2015-08'),
    ('at least two years', 'DURATION', 'P2Y'),
    ('this year', 'DATE', '2014'),
    ('October', 'DATE', '2014-10'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('Wednesday', 'DATE', '2014-11-19'),
    ('this year', 'DATE', '2014'),
]),
]
