# Gold TIMEX3 probe set 73: twelve invented wire/newspaper stories (AP, Reuters, AFP, Xinhua, Washington Post, Guardian; DCTs 2009-2015), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, US politics (2009)
('2009-02-13', 'auto', """House passes $787 billion stimulus; Senate vote expected tonight

WASHINGTON (AP) — The House approved a $787 billion economic stimulus bill Friday without a single Republican vote, handing President Barack Obama his first major legislative victory less than four weeks after he took office.

The 246-183 vote came at about 2:15 p.m. Senate leaders said they would hold their own vote tonight, though the timing depended on getting Sen. Sherrod Brown of Ohio back to Washington from his mother's wake. With 58 seats, Democrats can spare nobody.

Obama plans to sign the measure Tuesday in Denver, the White House said. Aides had once hoped to have the bill on his desk by Presidents Day, but officials said the president wanted to mark the occasion outside the capital.

"The American people expect us to act, and today we have," House Speaker Nancy Pelosi said.

Republicans countered that lawmakers had only about 15 hours to read the 1,071-page compromise, which negotiators finished late Wednesday and posted online at about 11 p.m. Thursday. "Nobody in this chamber has read this bill," said Rep. John Boehner of Ohio, the minority leader, dropping the thick document on a table.

The package combines roughly $282 billion in tax cuts with spending on roads, bridges, schools, health care and unemployment benefits. Most working couples would receive a tax credit of up to $800 over the next two years, showing up as slightly larger paychecks beginning in June.

Democratic leaders say the measure will save or create 3.5 million jobs by the end of 2010. The economy lost nearly 600,000 jobs in January alone, the Labor Department said last week, and the unemployment rate reached 7.6 percent, its highest level in more than 16 years.

The bill also sends states about $54 billion to plug budget gaps through 2011 and extends jobless benefits that would have begun running out at the end of March.

The final version came together Wednesday, when House and Senate negotiators cut about $40 billion from the Senate's bill. Three moderate Republican senators — Susan Collins and Olympia Snowe of Maine and Arlen Specter of Pennsylvania — had insisted on the cuts in exchange for their votes earlier this week.

Treasury Secretary Timothy Geithner, who unveiled a separate plan to stabilize the banks on Tuesday, said the two efforts had to work together. "This is going to take time," he told reporters. "It took years to get here."

Administration officials said about three-quarters of the money would be spent within 18 months. The White House plans to track every dollar on a new website, Recovery.gov, which it expects to launch next week.
""", [
    ('tonight', 'DATE|TIME', '2009-02-13TNI'),
    ('Friday', 'DATE', '2009-02-13'),
    ('less than four weeks', 'DURATION', 'P4W'),
    ('about 2:15 p.m.', 'TIME', '2009-02-13T14:15'),
    ('tonight', 'DATE|TIME', '2009-02-13TNI'),
    ('Tuesday', 'DATE', '2009-02-17'),
    ('Presidents Day', 'DATE', '2009-02-16'),
    ('today', 'DATE', '2009-02-13'),
    ('about 15 hours', 'DURATION', 'PT15H'),
    ('late Wednesday', 'DATE', '2009-02-11'),
    ('about 11 p.m. Thursday', 'TIME', '2009-02-12T23:00'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('June', 'DATE', '2009-06'),
    ('the end of 2010', 'DATE', '2010'),
    ('January', 'DATE', '2009-01'),
    ('last week', 'DATE', '2009-W06'),
    ('more than 16 years', 'DURATION', 'P16Y'),
    ('2011', 'DATE', '2011'),
    ('the end of March', 'DATE', '2009-03'),
    ('Wednesday', 'DATE', '2009-02-11'),
    ('earlier this week', 'DATE', '2009-W07'),
    ('Tuesday', 'DATE', '2009-02-10'),
    ('years', 'DURATION', 'PXY'),
    ('18 months', 'DURATION', 'P18M'),
    ('next week', 'DATE', '2009-W08'),
]),
# 2. Guardian, sport (2009)
('2009-10-08', 'auto', """Portsmouth players warned October wages may be late as takeover money stalls

Chief executive says funds from new owner will arrive 'within days', but Premier League's bottom club faces mounting debts

Tom Haskell
guardian.co.uk, Thursday 8 October 2009 18.42 BST

Portsmouth's players have been warned that their October wages may not arrive on time, the latest sign of the financial turmoil engulfing the Premier League's bottom club.

The chief executive, Peter Storrie, met senior players at the training ground this morning and told them that money promised by the club's new owner, Ali al-Faraj, had not yet cleared. Wages are due at the end of the month, but several players were paid late in September and the Professional Footballers' Association has been in contact with the club twice this week.

"We are confident the money will be in place within the next few days," Storrie said this afternoon. "Nobody should panic."

Faraj, a Saudi businessman whose takeover was completed on Monday, has yet to be seen at Fratton Park. He is the third owner the club has had since the summer, after Alexandre Gaydamak sold to Sulaiman al-Fahim in August. Fahim lasted about 40 days.

The uncertainty is the last thing Paul Hart needs. His side lost their first seven league games, the worst start in the club's top-flight history, before finally picking up three points against Wolves at the end of last month. They host Tottenham on 17 October, after the international break.

"The players have been magnificent," Hart said after training. "They come in every day and work, and not one of them has asked me about money. But you can't expect them to carry on like that indefinitely."

The club owes about £7m to other clubs in transfer instalments, and a winding-up petition from HM Revenue & Customs over unpaid tax is understood to be possible before Christmas. A Premier League spokesman said the league had been monitoring the situation for several weeks and would meet club officials on Tuesday.

Among supporters the fear is of a repeat of Leeds United's collapse earlier this decade. Leeds reached the semi-finals of the Champions League in 2001 and were relegated to the third tier six years later.

"We've been here before and we know how it ends," said Jake Dunmore of the Pompey Supporters' Trust. "In May last year we were at Wembley lifting the FA Cup. Now we count down to payday every month and pray."

Portsmouth's last published accounts showed debts of more than £60m, and the club has sold most of its FA Cup-winning side since the final.
""", [
    ('October', 'DATE', '2009-10'),
    ('days', 'DURATION', 'PXD'),
    ('Thursday 8 October 2009 18.42 BST', 'TIME', '2009-10-08T18:42'),
    ('October', 'DATE', '2009-10'),
    ('this morning', 'DATE|TIME', '2009-10-08TMO'),
    ('the end of the month', 'DATE', '2009-10'),
    ('September', 'DATE', '2009-09'),
    ('this week', 'DATE', '2009-W41'),
    ('the next few days', 'DURATION', 'PXD'),
    ('this afternoon', 'DATE|TIME', '2009-10-08TAF'),
    ('Monday', 'DATE', '2009-10-05'),
    ('the summer', 'DATE', '2009-SU'),
    ('August', 'DATE', '2009-08'),
    ('about 40 days', 'DURATION', 'P40D'),
    ('the end of last month', 'DATE', '2009-09'),
    ('17 October', 'DATE', '2009-10-17'),
    ('every day', 'SET', 'P1D'),
    ('Christmas', 'DATE', '2009-12-25'),
    ('several weeks', 'DURATION', 'PXW'),
    ('Tuesday', 'DATE', '2009-10-13'),
    ('earlier this decade', 'DATE', '200'),
    ('2001', 'DATE', '2001'),
    ('six years later', 'DATE', '2007'),
    ('May last year', 'DATE', '2008-05'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('every month', 'SET', 'P1M'),
]),
# 3. Reuters, business (2010)
('2010-05-19', 'auto', """UPDATE 2-Harwell Stores profit tops estimates, raises outlook

* First-quarter EPS $0.61 vs est $0.55
* Sees fiscal 2010 EPS $2.85-$2.95, up from $2.60-$2.75
* Same-store sales up 5.8 pct
* Shares up 4 pct premarket

By Megan Costa

NEW YORK, May 19 (Reuters) - Harwell Stores Inc (HWL.N), the fourth-largest U.S. home furnishings chain, reported higher-than-expected profit on Wednesday and raised its earnings forecast, saying shoppers were returning to big-ticket purchases after two years of cutbacks.

Net income for the first quarter, which ended May 1, rose to $48.2 million, or 61 cents a share, from $31.7 million, or 41 cents, a year earlier. Analysts on average had expected 55 cents, according to Thomson Reuters I/B/E/S.

Sales at stores open at least a year, a key measure of retail health, rose 5.8 percent, the chain's best performance since the second quarter of 2007.

Harwell now expects fiscal 2010 earnings of $2.85 to $2.95 a share, up from its February forecast of $2.60 to $2.75.

"We're seeing customers who put off buying a sofa or a dining table for two years finally coming back," Chief Executive Dana Whitcomb said on a conference call. "They're not splurging, but they're not waiting anymore."

Whitcomb cautioned that the recovery remained uneven. Store traffic slowed in late April as unusually wet weather hit the Northeast, she said, and the company expects sales growth to moderate in the second half of the year as it laps easier comparisons.

Gross margin widened 1.4 percentage points to 39.2 percent, helped by fewer markdowns and lower freight costs. Inventory was 3 percent lower than a year ago.

The results contrast with those of rival Lanford Home Group (LHG.N), which on Tuesday reported a surprise loss and said it would close 22 stores by the end of January.

Harwell shares rose 4.1 percent to $38.70 in premarket trading. Through Tuesday's close, the stock had gained 18 percent since the start of the year.

The Columbus, Ohio-based company also said its board had approved a new $300 million share buyback program that runs through fiscal 2012, and that it would keep its quarterly dividend at 15 cents a share.

Harwell plans to open 14 stores this year and another 20 next year, mostly in the Southeast and Texas, executives said. It will report second-quarter results in August.

(Reporting by Megan Costa; Editing by Dave Zimmerman)
""", [
    ('First-quarter', 'DATE', '2010-Q1|FY2010-Q1'),
    ('fiscal 2010', 'DATE', 'FY2010|2010'),
    ('May 19', 'DATE', '2010-05-19'),
    ('Wednesday', 'DATE', '2010-05-19'),
    ('two years', 'DURATION', 'P2Y'),
    ('the first quarter', 'DATE', '2010-Q1|FY2010-Q1'),
    ('May 1', 'DATE', '2010-05-01'),
    ('a year earlier', 'DATE', '2009-Q1|FY2009-Q1|2009'),
    ('at least a year', 'DURATION', 'P1Y'),
    ('the second quarter of 2007', 'DATE', '2007-Q2'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('fiscal 2010', 'DATE', 'FY2010|2010'),
    ('February', 'DATE', '2010-02'),
    ('two years', 'DURATION', 'P2Y'),
    ('late April', 'DATE', '2010-04'),
    ('the second half of the year', 'DATE', '2010-H2|FY2010-H2'),
    ('a year ago', 'DATE', '2009'),
    ('Tuesday', 'DATE', '2010-05-18'),
    ('the end of January', 'DATE', '2011-01'),
    ('Tuesday', 'DATE', '2010-05-18'),
    ('the start of the year', 'DATE', '2010'),
    ('fiscal 2012', 'DATE', 'FY2012|2012'),
    ('quarterly', 'SET', 'P3M'),
    ('this year', 'DATE', '2010|FY2010'),
    ('next year', 'DATE', '2011|FY2011'),
    ('second-quarter', 'DATE', '2010-Q2|FY2010-Q2'),
    ('August', 'DATE', '2010-08'),
]),
# 4. Xinhua, world news (2010)
('2010-11-24', 'auto', """Two more bodies found on shelled S. Korean island, death toll rises to four

SEOUL, Nov. 24 (Xinhua) -- The bodies of two civilians were found on South Korea's Yeonpyeong Island on Wednesday, raising the death toll from Tuesday's exchange of artillery fire with the Democratic People's Republic of Korea (DPRK) to four, the South Korean coast guard said.

The two men, both in their 60s, were construction workers at a military facility on the island, local media reported. Rescue workers found them in the rubble of a collapsed building at about 2 p.m., nearly 24 hours after the shelling began.

Two South Korean marines were killed and at least 18 people were wounded when the DPRK fired about 170 artillery shells at the island at 2:34 p.m. Tuesday. The South Korean military returned fire with 80 rounds, and the exchange lasted about an hour, according to the Joint Chiefs of Staff.

Most of the island's roughly 1,700 residents fled to the mainland port of Incheon on fishing boats and ferries on Tuesday night, and by Wednesday afternoon fewer than 50 remained, local officials said.

South Korean President Lee Myung-bak vowed "enormous retaliation" if the DPRK launched another attack, and told his Cabinet on Wednesday morning that the military's rules of engagement would be revised. It was the first artillery attack on South Korean territory to cause civilian casualties since the end of the Korean War in 1953.

The DPRK's official KCNA news agency said the South had provoked the clash by firing shells into its waters during a military drill, which Seoul said had been planned for months.

Chinese Foreign Ministry spokesman Hong Lei on Wednesday urged both sides to exercise restraint. "China has noted the relevant reports and expresses concern over the situation," he told a regular press conference in Beijing.

The United States said the aircraft carrier USS George Washington would join South Korean forces for joint naval exercises in the Yellow Sea from Sunday to Dec. 1. The four-day drills had been scheduled before the attack, a U.S. military statement said.

The incident came eight months after the sinking of the South Korean warship Cheonan near the disputed western sea border, in which 46 sailors died. Seoul blamed the DPRK for the March 26 sinking, a charge Pyongyang has denied.

Financial markets in Seoul steadied on Wednesday after a sharp fall the previous day. The benchmark KOSPI index closed down 0.9 percent, recovering most of its early losses, while the won ended slightly weaker against the U.S. dollar.
""", [
    ('Nov. 24', 'DATE', '2010-11-24'),
    ('Wednesday', 'DATE', '2010-11-24'),
    ('Tuesday', 'DATE', '2010-11-23'),
    ('about 2 p.m.', 'TIME', '2010-11-24T14:00'),
    ('nearly 24 hours', 'DURATION', 'PT24H'),
    ('2:34 p.m. Tuesday', 'TIME', '2010-11-23T14:34'),
    ('about an hour', 'DURATION', 'PT1H'),
    ('Tuesday night', 'DATE|TIME', '2010-11-23TNI'),
    ('Wednesday afternoon', 'DATE|TIME', '2010-11-24TAF'),
    ('Wednesday morning', 'DATE|TIME', '2010-11-24TMO'),
    ('1953', 'DATE', '1953'),
    ('months', 'DURATION', 'PXM'),
    ('Wednesday', 'DATE', '2010-11-24'),
    ('Sunday', 'DATE', '2010-11-28'),
    ('Dec. 1', 'DATE', '2010-12-01'),
    ('four-day', 'DURATION', 'P4D'),
    ('eight months', 'DURATION', 'P8M'),
    ('March 26', 'DATE', '2010-03-26'),
    ('Wednesday', 'DATE', '2010-11-24'),
    ('the previous day', 'DATE', '2010-11-23'),
]),
# 5. Washington Post, crime (2011)
('2011-06-15', 'auto', """Arrest made in string of Silver Spring burglaries

By Clara Vance, Published: June 15

Montgomery County police on Tuesday arrested a 27-year-old Wheaton man they say broke into at least 19 homes in Silver Spring and Takoma Park over the past four months, often while residents slept upstairs.

Darnell Keyes was charged with first-degree burglary and theft and was being held without bond Wednesday at the county jail in Clarksburg. A bond review hearing is scheduled for Thursday afternoon in District Court in Rockville.

Police said the break-ins began in mid-February and followed a pattern: the burglar entered through unlocked back doors or basement windows and took laptops, purses and car keys left near the entrance. In at least three cases, he drove off in the victims' cars, which were later found abandoned a few blocks away.

"People assume this doesn't happen on their street," said Capt. Luis Ortega, commander of the 3rd District station. "It happens every night somewhere in this county, and usually somebody left a door open."

Detectives got their break last week, when a resident on Sligo Avenue caught a man on a home security camera at 3:12 a.m. June 7 trying the handle of her kitchen door. The footage, which police released to the public two days later, generated more than 40 tips.

One of them led officers to a pawnshop in Wheaton, where a clerk recognized Keyes from the video. Investigators said pawn records showed that he had sold 11 laptops at the shop since March.

Officers arrested Keyes about 6:30 a.m. Tuesday as he left his girlfriend's apartment on Georgia Avenue. Police said they found a backpack containing two cellphones and a GPS device reported stolen in May.

Keyes has prior burglary convictions in Prince George's County and served nearly three years in state prison before his release in 2009, according to court records. He was on probation when the latest break-ins began.

Residents of the neighborhoods near downtown Silver Spring said they had grown increasingly anxious in recent months. Several blocks organized informal patrols, with neighbors taking turns walking the streets every weekend.

"You start hearing every noise in the house," said Anne Whitley, 52, who lives on Woodland Drive and whose car was taken in April. "My kids wouldn't sleep in their own rooms for weeks."

Police urged residents to lock doors and windows, even on upper floors, and to keep valuables out of sight. Anyone with information is asked to call the department's tip line at 240-555-0143.
""", [
    ('June 15', 'DATE', '2011-06-15'),
    ('Tuesday', 'DATE', '2011-06-14'),
    ('the past four months', 'DURATION', 'P4M'),
    ('Wednesday', 'DATE', '2011-06-15'),
    ('Thursday afternoon', 'DATE|TIME', '2011-06-16TAF'),
    ('mid-February', 'DATE', '2011-02'),
    ('every night', 'SET', 'XXXX-XX-XXTNI|P1D'),
    ('last week', 'DATE', '2011-W23'),
    ('3:12 a.m. June 7', 'TIME', '2011-06-07T03:12'),
    ('two days later', 'DATE', '2011-06-09'),
    ('March', 'DATE', '2011-03'),
    ('about 6:30 a.m. Tuesday', 'TIME', '2011-06-14T06:30'),
    ('May', 'DATE', '2011-05'),
    ('nearly three years', 'DURATION', 'P3Y'),
    ('2009', 'DATE', '2009'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('every weekend', 'SET', 'XXXX-WXX-WE'),
    ('April', 'DATE', '2011-04'),
    ('weeks', 'DURATION', 'PXW'),
]),
# 6. AFP, health (2011)
('2011-09-29', 'auto', """Dengue toll climbs in Pakistan's Punjab as hospitals overflow

LAHORE, Sept 29, 2011 (AFP) - A dengue fever epidemic in Pakistan's Punjab province has killed 158 people since August, officials said Thursday, as overcrowded hospitals in Lahore put two patients to a bed and authorities extended school closures by ten days.

More than 14,000 people have tested positive for the mosquito-borne virus in the province this year, the vast majority of them in Lahore, the provincial health department said. Nine deaths were reported in the past 24 hours alone.

"We have never seen anything like this," said Dr Farooq Akhtar, who heads the medical unit at the city's Services Hospital. "Every morning the queue outside is longer."

Punjab's chief minister, Shahbaz Sharif, declared an emergency earlier this month and ordered that schools remain shut until October 10. On Wednesday he asked Sri Lanka, which battled a large dengue outbreak in 2009, to send a team of experts, and 16 Sri Lankan doctors arrived in Lahore the same evening.

Health workers are spraying insecticide in residential areas twice a day, and city authorities have ordered the removal of standing water from construction sites, tyre shops and graveyards where the Aedes mosquito breeds.

Dengue causes high fever, severe headaches and joint pain and, in its most dangerous form, internal bleeding. There is no vaccine or specific treatment. Most patients recover within about ten days with rest and fluids, but the haemorrhagic form can be fatal.

The World Health Organization says cases of the disease have increased 30-fold over the past 50 years, and about two-fifths of the world's population now lives in areas where it is a risk.

Experts say the outbreak was made worse by heavy monsoon rains in August and September, and by stagnant water left behind by the floods that swept the country a year ago. Pakistan's last major dengue outbreak, in Karachi in 2006, killed about 50 people, according to official figures.

Residents complained that the government had been slow to respond. "For weeks they said it was under control," said Muhammad Rafiq, a shopkeeper whose 12-year-old son spent four days in hospital last week. "Now every family knows someone who is sick."

The price of papaya leaves, a popular home remedy, has tripled in Lahore markets since the start of September, traders said. Doctors warned that such remedies had no proven effect.

Officials expect the number of new cases to fall when temperatures drop in November.
""", [
    ('Sept 29, 2011', 'DATE', '2011-09-29'),
    ('August', 'DATE', '2011-08'),
    ('Thursday', 'DATE', '2011-09-29'),
    ('ten days', 'DURATION', 'P10D'),
    ('this year', 'DATE', '2011'),
    ('the past 24 hours', 'DURATION', 'PT24H'),
    ('Every morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
    ('earlier this month', 'DATE', '2011-09'),
    ('October 10', 'DATE', '2011-10-10'),
    ('Wednesday', 'DATE', '2011-09-28'),
    ('2009', 'DATE', '2009'),
    ('the same evening', 'DATE|TIME', '2011-09-28TEV'),
    ('twice a day', 'SET', 'P1D'),
    ('about ten days', 'DURATION', 'P10D'),
    ('the past 50 years', 'DURATION', 'P50Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('August', 'DATE', '2011-08'),
    ('September', 'DATE', '2011-09'),
    ('a year ago', 'DATE', '2010'),
    ('2006', 'DATE', '2006'),
    ('weeks', 'DURATION', 'PXW'),
    ('four days', 'DURATION', 'P4D'),
    ('last week', 'DATE', '2011-W38'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('the start of September', 'DATE', '2011-09'),
    ('November', 'DATE', '2011-11'),
]),
# 7. AP, crime, cold case told partly in narrative (2012)
('2012-04-11', 'auto', """DNA ties ex-trucker to 1987 killing of Ohio waitress

By MARK HOLLOWAY
Associated Press

AKRON, Ohio (AP) — For 25 years, the file on Donna Pruett's death sat in a cabinet at the Summit County sheriff's office, reopened every few years by a new detective and closed again without an answer.

On Wednesday, prosecutors said the answer had been sitting in a Tennessee prison.

A grand jury indicted Raymond Earl Toller, 61, on a charge of aggravated murder after a DNA sample taken from him in an unrelated case matched evidence from the scene, Summit County Prosecutor Helen Marsh said.

Pruett, a 23-year-old waitress and mother of two, finished her shift at a truck stop off Interstate 77 at 11 p.m. on Oct. 3, 1987. She was last seen talking to a man in a blue pickup in the parking lot. Her car was found where she had left it, the keys on the front seat.

Two days later, a farmer spotted her body in a drainage ditch about 20 miles south. She had been strangled.

Detectives interviewed dozens of truck drivers that winter, including Toller, who told them he had been in Pennsylvania that night. The alibi was never confirmed, investigators said, but nothing else tied him to the killing.

The following year, the case went cold. Toller moved to Tennessee in 1990 and kept driving trucks for more than a decade, according to court records. In 2006, he was convicted of assaulting a woman at a Knoxville motel and sentenced to 12 years.

The break came in January, when Tennessee officials uploaded his DNA profile to a national database under a state law that took effect last year. Within a month, the Ohio Bureau of Criminal Investigation reported a match to skin cells found under Pruett's fingernails, which had been preserved since 1987.

"Donna's family waited a quarter of a century for today," Marsh said at a news conference. "We never stopped looking."

Pruett's mother, Ellen, now 78, said she had visited her daughter's grave every Sunday for 25 years. "I always told her we'd find him," she said.

Pruett's daughters were 4 and 2 when she died. The older one, Kristen, is now a nurse in Cuyahoga Falls.

Toller is expected to be returned to Ohio within the next two months to face arraignment, prosecutors said. His attorney in Tennessee did not return a call seeking comment Wednesday.

If convicted, he faces life in prison. Ohio law sets no time limit on murder prosecutions.
""", [
    ('1987', 'DATE', '1987'),
    ('25 years', 'DURATION', 'P25Y'),
    ('every few years', 'SET', 'PXY'),
    ('Wednesday', 'DATE', '2012-04-11'),
    ('11 p.m. on Oct. 3, 1987', 'TIME', '1987-10-03T23:00'),
    ('Two days later', 'DATE', '1987-10-05'),
    ('that winter', 'DATE', '1987-WI'),
    ('that night', 'DATE|TIME', '1987-10-03TNI'),
    ('The following year', 'DATE', '1988'),
    ('1990', 'DATE', '1990'),
    ('more than a decade', 'DURATION', 'P10Y|P1DE'),
    ('2006', 'DATE', '2006'),
    ('12 years', 'DURATION', 'P12Y'),
    ('January', 'DATE', '2012-01'),
    ('last year', 'DATE', '2011'),
    ('a month', 'DURATION', 'P1M'),
    ('1987', 'DATE', '1987'),
    ('a quarter of a century', 'DURATION', 'P25Y'),
    ('today', 'DATE', '2012-04-11'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every Sunday', 'SET', 'XXXX-WXX-7'),
    ('25 years', 'DURATION', 'P25Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the next two months', 'DURATION', 'P2M'),
    ('Wednesday', 'DATE', '2012-04-11'),
]),
# 8. Reuters, world news (2012)
('2012-12-05', 'auto', """Islamists, opponents clash outside Egypt's presidential palace

By Yasmine Farouk and Daniel Hirst

CAIRO, Dec 5 (Reuters) - Supporters and opponents of Egyptian President Mohamed Mursi fought with rocks and petrol bombs outside the presidential palace on Wednesday, in the most violent clashes since the Islamist leader awarded himself sweeping powers nearly two weeks ago.

Hundreds of Muslim Brotherhood members tore down tents set up by protesters who had camped outside the palace gates since Tuesday night, when tens of thousands marched on the compound to denounce a draft constitution that is due to be put to a referendum on Dec. 15.

Health ministry officials said at least 100 people had been injured by early evening. Gunshots were heard near the palace walls, a Reuters witness said, and ambulances ferried the wounded away as riot police struggled to separate the two sides.

Three of Mursi's advisers resigned on Wednesday in protest at his handling of the crisis, bringing to six the number of aides who have quit since the Nov. 22 decree that put his decisions beyond legal challenge.

Vice President Mahmoud Mekky told a news conference that the referendum would go ahead as planned but suggested that disputed articles could be amended by the next parliament. "There must be a dialogue," he said.

Opposition leaders, including Nobel peace laureate Mohamed ElBaradei, rejected any talks until Mursi rescinds the decree and postpones the vote.

"The president has divided the country in two," said Ahmed Saeed, a 34-year-old engineer who said he had been at the palace since Tuesday. "We toppled one dictator last year. We will not accept another."

The Brotherhood, which won parliamentary and presidential elections over the past year, says the constitution must be approved quickly to restore stability after nearly two years of turmoil since the uprising that ousted Hosni Mubarak in February 2011.

Egypt's benchmark stock index fell 3.4 percent on Wednesday, its biggest drop since Nov. 25, when it lost almost 10 percent in the first session after the decree.

The International Monetary Fund, which reached a preliminary deal last month on a $4.8 billion loan for Egypt, said it was watching events closely. A final vote by the IMF board is expected on Dec. 19.

Several independent newspapers did not publish on Tuesday and private television channels went off the air on Wednesday in protest at the draft. Judges who oversee elections have said they will boycott the referendum, raising doubts over whether it can be held with only 10 days to go.
""", [
    ('Dec 5', 'DATE', '2012-12-05'),
    ('Wednesday', 'DATE', '2012-12-05'),
    ('nearly two weeks ago', 'DATE', '2012-W47'),
    ('Tuesday night', 'DATE|TIME', '2012-12-04TNI'),
    ('Dec. 15', 'DATE', '2012-12-15'),
    ('early evening', 'DATE|TIME', '2012-12-05TEV'),
    ('Wednesday', 'DATE', '2012-12-05'),
    ('Nov. 22', 'DATE', '2012-11-22'),
    ('Tuesday', 'DATE', '2012-12-04'),
    ('last year', 'DATE', '2011'),
    ('the past year', 'DATE|DURATION', 'P1Y|2011'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('February 2011', 'DATE', '2011-02'),
    ('Wednesday', 'DATE', '2012-12-05'),
    ('Nov. 25', 'DATE', '2012-11-25'),
    ('last month', 'DATE', '2012-11'),
    ('Dec. 19', 'DATE', '2012-12-19'),
    ('Tuesday', 'DATE', '2012-12-04'),
    ('Wednesday', 'DATE', '2012-12-05'),
    ('10 days', 'DURATION', 'P10D'),
]),
# 9. Guardian, health (2013)
('2013-08-21', 'auto', """Measles cases in England hit record high despite MMR catch-up drive

Public Health England says 1,168 cases were confirmed in the first half of 2013, as officials urge parents of teenagers to act before schools reopen

Helen Marr, health correspondent

Measles cases in England have reached a record high, health officials said on Wednesday, despite a national vaccination campaign launched in the spring.

Public Health England said 1,168 confirmed cases were recorded between January and June, compared with 1,920 during 2012, itself a record year. Most of the cases were among 10- to 16-year-olds who missed out on the MMR jab in the late 1990s and early 2000s, when vaccination rates plunged after the discredited research by Andrew Wakefield.

Officials said the outbreak in and around Swansea, which was declared over in July after infecting more than 1,200 people and claiming one life, was not included because it was in Wales.

The MMR catch-up campaign, which began in April, aims to vaccinate about a million children and teenagers in England before the end of September. About 270,000 doses have been given so far, the agency said. GP surgeries and school nurses have been asked to contact families directly over the next four weeks.

"August is the perfect month to get your child vaccinated," said Dr Alan Pryce, a consultant in immunisation at PHE. "When the new term starts next month, children will be back together in classrooms, and that is when measles spreads."

Measles is one of the most infectious diseases known. Each infected person passes it on to an average of 15 others who have not been immunised, and symptoms usually appear about 10 days after exposure.

Two doses of the vaccine protect more than 99% of children. Uptake of the first dose among two-year-olds in England has recovered to 92.7%, the highest since the vaccine was introduced in 1988, but remains short of the 95% the World Health Organization says is needed to stop outbreaks. At its lowest point, in 2003, uptake was below 80%.

Wakefield's paper, published in the Lancet in 1998, suggested a link between the vaccine and autism. The journal retracted it in 2010, and Wakefield was struck off the medical register the same year.

Prof Neil Carver, an expert in children's health at University College London, said the damage was still being felt. "We are paying now for a decade of lost confidence," he said. "Those children are teenagers today, and many of them have no idea whether they were vaccinated."

Parents who are unsure are being urged to check their child's red book or ask their GP. The jab is free and takes a few minutes.
""", [
    ('the first half of 2013', 'DATE', '2013-H1'),
    ('Wednesday', 'DATE', '2013-08-21'),
    ('the spring', 'DATE', '2013-SP'),
    ('January', 'DATE', '2013-01'),
    ('June', 'DATE', '2013-06'),
    ('2012', 'DATE', '2012'),
    ('the late 1990s', 'DATE', '199'),
    ('early 2000s', 'DATE', '200'),
    ('July', 'DATE', '2013-07'),
    ('April', 'DATE', '2013-04'),
    ('the end of September', 'DATE', '2013-09'),
    ('the next four weeks', 'DURATION', 'P4W'),
    ('August', 'DATE', '2013-08'),
    ('next month', 'DATE', '2013-09'),
    ('about 10 days', 'DURATION', 'P10D'),
    ('1988', 'DATE', '1988'),
    ('2003', 'DATE', '2003'),
    ('1998', 'DATE', '1998'),
    ('2010', 'DATE', '2010'),
    ('the same year', 'DATE', '2010'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a decade', 'DURATION', 'P10Y|P1DE'),
    ('today', 'DATE', 'PRESENT_REF|2013-08-21'),
    ('a few minutes', 'DURATION', 'PTXM'),
]),
# 10. Xinhua, business (2014)
('2014-03-27', 'auto', """China's industrial profit growth slows in early 2014

BEIJING, March 27 (Xinhua) -- Profits of China's major industrial enterprises rose 9.4 percent to 826.9 billion yuan (134.5 billion U.S. dollars) in January and February, the National Bureau of Statistics (NBS) said Thursday.

The growth slowed from 12.2 percent for 2013 as a whole, and was well below the 20.1 percent recorded in December, according to NBS data.

The NBS combines the data each year to smooth out distortions caused by the week-long national holiday, which began on Jan. 31, 2014, compared with Feb. 9, 2013.

Profits of state-owned enterprises grew 6.2 percent in the period, while those of private firms jumped 15.8 percent. Main business revenue of industrial firms rose 8.5 percent to 13.78 trillion yuan.

NBS statistician He Ping said the slowdown reflected weaker demand at home and abroad, as well as falling prices for coal, steel and other raw materials. Producer prices have declined for 24 consecutive months, official data showed earlier this month.

"Companies are facing pressure from both costs and sales," He said. "But profit growth is still at a reasonable level."

China's economy grew 7.7 percent in 2013, and the government has set a growth target of about 7.5 percent for this year. Premier Li Keqiang told lawmakers on March 5 that the target left room for structural reform.

Other indicators have pointed to a loss of momentum in the first quarter. Industrial output grew 8.6 percent in January and February, the slowest pace for the period since 2009, and exports unexpectedly fell 18.1 percent in February.

Analysts expect first-quarter GDP growth to slow to around 7.3 percent when the figures are released in mid-April.

"Growth may pick up in the second quarter as targeted support measures take effect," said Zhang Wei, an economist with a Shanghai-based brokerage.

The State Council, China's cabinet, said last week it would speed up construction of railways and affordable housing and extend tax breaks for small businesses until the end of 2015.

The statistics cover industrial firms with main business revenue of at least 20 million yuan a year. The NBS will publish profit data for March on April 27.
""", [
    ('early 2014', 'DATE', '2014'),
    ('March 27', 'DATE', '2014-03-27'),
    ('January', 'DATE', '2014-01'),
    ('February', 'DATE', '2014-02'),
    ('Thursday', 'DATE', '2014-03-27'),
    ('2013', 'DATE', '2013'),
    ('December', 'DATE', '2013-12'),
    ('each year', 'SET', 'P1Y'),
    ('week-long', 'DURATION', 'P1W'),
    ('Jan. 31, 2014', 'DATE', '2014-01-31'),
    ('Feb. 9, 2013', 'DATE', '2013-02-09'),
    ('24 consecutive months', 'DURATION', 'P24M'),
    ('earlier this month', 'DATE', '2014-03'),
    ('2013', 'DATE', '2013'),
    ('this year', 'DATE', '2014'),
    ('March 5', 'DATE', '2014-03-05'),
    ('the first quarter', 'DATE', '2014-Q1'),
    ('January', 'DATE', '2014-01'),
    ('February', 'DATE', '2014-02'),
    ('2009', 'DATE', '2009'),
    ('February', 'DATE', '2014-02'),
    ('first-quarter', 'DATE', '2014-Q1'),
    ('mid-April', 'DATE', '2014-04'),
    ('the second quarter', 'DATE', '2014-Q2'),
    ('last week', 'DATE', '2014-W12'),
    ('the end of 2015', 'DATE', '2015'),
    ('a year', 'SET', 'P1Y'),
    ('March', 'DATE', '2014-03'),
    ('April 27', 'DATE', '2014-04-27'),
]),
# 11. Washington Post, US politics (2014)
('2014-10-16', 'auto', """Brown, Hogan sprint toward finish as Maryland early voting nears

By Marcus Lyle October 16 at 8:47 PM

With early voting set to begin in Maryland next Thursday, Lt. Gov. Anthony G. Brown and Republican Larry Hogan spent Thursday crisscrossing the state, each trying to frame the final stretch of a governor's race that has tightened over the past month.

Brown, a Democrat seeking to succeed Gov. Martin O'Malley, rallied with union members in Baltimore in the morning, then headed to Prince George's County, where he needs a large turnout to offset Hogan's strength in rural areas. Hogan, a real estate businessman who has never held elective office, spent the afternoon at a diner in Frederick and a fire hall in Carroll County, hammering the O'Malley-Brown administration on taxes.

"They've raised taxes 40 times in eight years," Hogan told about 200 supporters. "On Nov. 4, we can say enough."

A Washington Post-University of Maryland poll released earlier this month showed Brown leading 47 percent to 38 percent among likely voters, but both campaigns say private surveys show a closer contest.

The two candidates will meet Saturday for their third and final televised debate, a one-hour forum hosted by WBAL in Baltimore that begins at 7 p.m.

Early voting will run for eight days, from Oct. 23 through Oct. 30, at 63 sites across the state, including at least one in every county. Polls will be open for 10 hours each day. In 2010, about 10 percent of Maryland voters cast their ballots early, a share state officials expect to rise this year.

Democrats have won every race for governor in Maryland since 2006, when O'Malley ousted Republican Robert L. Ehrlich Jr., and they outnumber Republicans by more than two to one among registered voters.

Still, Brown's campaign has been on the defensive for weeks over the troubled rollout of the state's health insurance exchange, which Brown oversaw and which crashed within hours of its launch last October.

Brown aides said Thursday that the campaign would spend $2 million on television ads in the Washington and Baltimore markets over the final 19 days. Hogan, who is relying on public financing, has about $2.6 million to spend in the general election.

"People are just starting to pay attention," said Karen Whitby, a political scientist at Towson University. "Most voters make up their minds in the last two weeks of a campaign, and that's where we are now."
""", [
    ('October 16 at 8:47 PM', 'TIME', '2014-10-16T20:47'),
    ('next Thursday', 'DATE', '2014-10-23'),
    ('Thursday', 'DATE', '2014-10-16'),
    ('the past month', 'DATE|DURATION', 'P1M|2014-09'),
    ('the morning', 'DATE|TIME', '2014-10-16TMO'),
    ('the afternoon', 'DATE|TIME', '2014-10-16TAF'),
    ('eight years', 'DURATION', 'P8Y'),
    ('Nov. 4', 'DATE', '2014-11-04'),
    ('earlier this month', 'DATE', '2014-10'),
    ('Saturday', 'DATE', '2014-10-18'),
    ('one-hour', 'DURATION', 'PT1H'),
    ('7 p.m.', 'TIME', '2014-10-18T19:00'),
    ('eight days', 'DURATION', 'P8D'),
    ('Oct. 23', 'DATE', '2014-10-23'),
    ('Oct. 30', 'DATE', '2014-10-30'),
    ('10 hours', 'DURATION', 'PT10H'),
    ('each day', 'SET', 'P1D'),
    ('2010', 'DATE', '2010'),
    ('this year', 'DATE', '2014'),
    ('2006', 'DATE', '2006'),
    ('weeks', 'DURATION', 'PXW'),
    ('hours', 'DURATION', 'PXH'),
    ('last October', 'DATE', '2013-10'),
    ('Thursday', 'DATE', '2014-10-16'),
    ('the final 19 days', 'DURATION', 'P19D'),
    ('the last two weeks', 'DURATION', 'P2W'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
# 12. AFP, sport (2015)
('2015-06-10', 'auto', """FIFA postpones 2026 World Cup bidding amid corruption crisis

SAMARA, Russia, June 10, 2015 (AFP) - FIFA on Wednesday postponed the bidding process for the 2026 World Cup as world football's governing body reels from a corruption scandal that has forced its president Sepp Blatter to announce his resignation.

"Due to the situation, I think it's just nonsense to start any bidding process now," FIFA secretary general Jerome Valcke told reporters in the Russian city of Samara, one of the hosts of the 2018 tournament.

The decision on who would stage the 2026 finals had been scheduled for the FIFA Congress in Kuala Lumpur in May 2017, and formal bidding was due to open this month. Valcke said no new timetable had been set.

The United States, which lost to Qatar in the vote for the 2022 tournament in December 2010, had been widely expected to bid, possibly alongside Canada and Mexico.

Blatter, 79, announced on June 2 that he would step down. He had been re-elected to a fifth term at the FIFA Congress in Zurich on May 29. He will stay in office until a successor is chosen at an extraordinary congress expected to take place between December and March.

The executive committee will meet in Zurich on July 20 to set a date for the vote, FIFA said.

The crisis erupted on May 27, when Swiss police arrested seven football officials at a luxury Zurich hotel at the request of US authorities. The US Justice Department has charged 14 people, including nine current and former FIFA officials, with racketeering, wire fraud and money laundering in schemes involving more than $150 million in bribes over 24 years.

Swiss prosecutors have opened a separate criminal investigation into the awarding of the 2018 and 2022 World Cups to Russia and Qatar. Valcke insisted on Wednesday that both tournaments would go ahead as planned.

"The World Cup will take place in Russia in 2018," he said, adding that work in Samara, where a new 45,000-seat stadium is being built, was on schedule.

Valcke, FIFA's top administrator since 2007, himself came under pressure last week over reports that he had been involved in a $10 million payment from South Africa to accounts controlled by former CONCACAF president Jack Warner in 2008. He has denied any wrongdoing.

Sponsors including Coca-Cola, Visa and Adidas have demanded reforms, and several have said they are monitoring the situation closely.

Meanwhile the Women's World Cup in Canada has continued without disruption. The tournament, which kicked off on Saturday, runs until July 5.
""", [
    ('2026', 'DATE', '2026'),
    ('June 10, 2015', 'DATE', '2015-06-10'),
    ('Wednesday', 'DATE', '2015-06-10'),
    ('2026', 'DATE', '2026'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2018', 'DATE', '2018'),
    ('2026', 'DATE', '2026'),
    ('May 2017', 'DATE', '2017-05'),
    ('this month', 'DATE', '2015-06'),
    ('2022', 'DATE', '2022'),
    ('December 2010', 'DATE', '2010-12'),
    ('June 2', 'DATE', '2015-06-02'),
    ('May 29', 'DATE', '2015-05-29'),
    ('December', 'DATE', '2015-12'),
    ('March', 'DATE', '2016-03'),
    ('July 20', 'DATE', '2015-07-20'),
    ('May 27', 'DATE', '2015-05-27'),
    ('24 years', 'DURATION', 'P24Y'),
    ('2018', 'DATE', '2018'),
    ('2022', 'DATE', '2022'),
    ('Wednesday', 'DATE', '2015-06-10'),
    ('2018', 'DATE', '2018'),
    ('2007', 'DATE', '2007'),
    ('last week', 'DATE', '2015-W23'),
    ('2008', 'DATE', '2008'),
    ('Saturday', 'DATE', '2015-06-06'),
    ('July 5', 'DATE', '2015-07-05'),
]),
]
