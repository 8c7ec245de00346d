# Gold TIMEX3 probe set 72: twelve original wire-style news texts (AP, Reuters, AFP, NYT, CNN, BBC; DCTs 2010-2014), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, US politics: midterm election results (2010)
('2010-11-03', 'auto', """GOP seizes House as Democrats cling to Senate

By JAMES HOLLOWAY, Associated Press Writer

WASHINGTON (AP) — Republicans rode a wave of voter anger over the economy to seize control of the House on Tuesday, while Democrats held on to a thinner Senate majority after a string of losses from New Hampshire to Arkansas.

By early Wednesday, Republicans had gained at least 60 House seats, the party's biggest pickup since 1948. Rep. John Boehner of Ohio, in line to become speaker when the new Congress convenes in January, said the results were a rebuke of the administration's agenda.

"The American people have sent an unmistakable message," Boehner told supporters at a Washington hotel shortly before midnight. "It's time to change course."

President Barack Obama called Boehner late Tuesday to congratulate him and planned to take questions from reporters at 1 p.m. Wednesday in the East Room. Aides said he would stress that both parties must find common ground in the coming months, starting with the Bush-era tax cuts that expire Dec. 31.

The outcome marks a sharp turn from two years ago, when Obama swept into office and Democrats widened their majorities in both chambers. Since then, unemployment has hovered near 10 percent for more than a year, and the president's health care overhaul, signed in March, has remained unpopular with many independent voters.

Exit polls showed roughly six in 10 voters named the economy as their top concern. Many said they expected the economy to get worse or stay the same over the next year.

In the Senate, Majority Leader Harry Reid survived a tough challenge in Nevada, and Democrats kept seats in California, West Virginia and Delaware. Republicans picked up at least six seats, short of the 10 they needed to take control. Races in Washington state and Alaska were still too close to call Wednesday morning, and officials in Alaska said counting write-in ballots could take weeks.

The new Republican majority will have little time to savor its win. Congress returns Nov. 15 for a lame-duck session that could run until just before Christmas, with Democrats still in charge until the new members are sworn in on Jan. 5.

Boehner's party has promised to hold a vote on repealing the health care law and to cut spending to 2008 levels. Democrats said they would resist.

"We'll find out soon enough whether they want to govern or just keep campaigning for 2012," said Sen. Charles Schumer of New York.

Voter turnout appeared to be about 41 percent, slightly higher than in the last midterm, in 2006.
""", [
    ('Tuesday', 'DATE', '2010-11-02'),
    ('early Wednesday', 'DATE', '2010-11-03'),
    ('1948', 'DATE', '1948'),
    ('January', 'DATE', '2011-01'),
    ('midnight', 'TIME', '2010-11-02T24:00|2010-11-03T00:00'),
    ('late Tuesday', 'DATE', '2010-11-02'),
    ('1 p.m. Wednesday', 'TIME', '2010-11-03T13:00'),
    ('the coming months', 'DATE|DURATION', 'FUTURE_REF|PXM'),
    ('Dec. 31', 'DATE', '2010-12-31'),
    ('two years ago', 'DATE', '2008'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('March', 'DATE', '2010-03'),
    ('the next year', 'DATE|DURATION', 'P1Y|2011'),
    ('Wednesday morning', 'DATE|TIME', '2010-11-03TMO'),
    ('weeks', 'DURATION', 'PXW'),
    ('Nov. 15', 'DATE', '2010-11-15'),
    ('Christmas', 'DATE', '2010-12-25'),
    ('Jan. 5', 'DATE', '2011-01-05'),
    ('2008', 'DATE', '2008'),
    ('soon', 'DATE', 'FUTURE_REF'),
    ('2012', 'DATE', '2012'),
    ('2006', 'DATE', '2006'),
]),
# 2. Reuters, business: industrial company quarterly earnings (2011)
('2011-07-21', 'auto', """Kessler Industries profit tops forecasts, raises 2011 outlook

By Dana Whitfield

CHICAGO, July 21 (Reuters) - Kessler Industries Inc reported a stronger-than-expected 22 percent rise in second-quarter profit on Thursday and raised its profit forecast, as demand for its mining and farm equipment in emerging markets offset a slowdown in Europe.

Shares of the Milwaukee-based company rose 4.6 percent to $58.12 in early trading on the New York Stock Exchange, after touching their highest level since May 2008.

Net income rose to $312 million, or $1.41 a share, in the quarter, from $256 million, or $1.15 a share, a year earlier. Excluding restructuring charges, Kessler earned $1.48 a share, beating the average analyst estimate of $1.36, according to Thomson Reuters I/B/E/S.

Revenue climbed 17 percent to $3.9 billion.

The company now expects 2011 earnings of $5.60 to $5.80 a share, up from its April forecast of $5.20 to $5.45.

"Our order books in Latin America and Asia have never been fuller," Chief Executive Mark Lindqvist told analysts on a conference call. He said the backlog would keep factories busy through the first half of next year.

Lindqvist said orders from European customers had softened in recent weeks as the region's debt crisis weighed on confidence, and that the company was watching the situation very closely. Euro zone leaders were meeting in Brussels on Thursday to try to agree on a second bailout for Greece.

Kessler, which makes hydraulic excavators, haul trucks and tractors, has spent the past two years cutting costs after the 2009 recession sent sales down nearly 40 percent. It closed two plants in Ohio last year and moved some production to Mexico.

The company also said it would raise its quarterly dividend by 3 cents to 37 cents a share, payable Aug. 15 to shareholders of record on Aug. 1. It has paid a dividend every quarter since 1986.

Analysts said the results suggested industrial demand was holding up despite weak U.S. data in the past three months, including disappointing jobs reports for May and June.

"This was a clean beat," said Edward Marsh, an analyst at Hartwell Securities in New York. "The question is whether the strength lasts into 2012 if China keeps tightening."

Kessler plans to hold an investor day in New York on Sept. 14, when it is expected to lay out financial targets for the next three years.

Rival Brandt Machinery is due to report results on Tuesday.

(Reporting by Dana Whitfield; Editing by Paul Simao)
""", [
    ('2011', 'DATE', '2011'),
    ('July 21', 'DATE', '2011-07-21'),
    ('second-quarter', 'DATE', '2011-Q2'),
    ('Thursday', 'DATE', '2011-07-21'),
    ('May 2008', 'DATE', '2008-05'),
    ('the quarter', 'DATE', '2011-Q2'),
    ('a year earlier', 'DATE', '2010-Q2|2010'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2011', 'DATE', '2011'),
    ('April', 'DATE', '2011-04'),
    ('the first half of next year', 'DATE', '2012-H1'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('Thursday', 'DATE', '2011-07-21'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('2009', 'DATE', '2009'),
    ('last year', 'DATE', '2010'),
    ('quarterly', 'SET', 'P3M'),
    ('Aug. 15', 'DATE', '2011-08-15'),
    ('Aug. 1', 'DATE', '2011-08-01'),
    ('every quarter', 'SET', 'P3M'),
    ('1986', 'DATE', '1986'),
    ('the past three months', 'DURATION', 'P3M'),
    ('May', 'DATE', '2011-05'),
    ('June', 'DATE', '2011-06'),
    ('2012', 'DATE', '2012'),
    ('Sept. 14', 'DATE', '2011-09-14'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('Tuesday', 'DATE', '2011-07-26'),
]),
# 3. AFP, world news: Senegal presidential run-off campaign (2012)
('2012-03-15', 'auto', """Senegal's Wade, rival hit the road ahead of tense run-off

DAKAR (AFP) - Senegal's President Abdoulaye Wade and his former prime minister Macky Sall crisscrossed the country on Thursday, courting voters ahead of a run-off that will decide whether the 85-year-old leader wins a disputed third term.

Wade, in power since 2000, took about 35 percent of the vote in the first round on February 26, falling short of the majority needed to win outright. Sall came second with nearly 27 percent and has since won the backing of the 12 other eliminated candidates.

"The people have already said no to a third term. On March 25 they will say it a second time," Sall told thousands of supporters in the southern city of Ziguinchor late Wednesday.

The campaign for the second round officially opened last Saturday and runs until midnight on March 23. Wade's camp has held rallies every evening in the suburbs of Dakar, while Sall has spent most of the past week in the rural interior, where he built a following during four years of touring villages.

The president's bid for another term has sparked weeks of unrest. At least six people were killed in clashes between police and protesters in January and February after the Constitutional Council cleared Wade to run, rejecting arguments that a two-term limit introduced in 2001 barred him.

Wade argues that the limit does not apply to his first term, which began in April 2000, before the new constitution was adopted.

Opposition leaders accused the government on Tuesday of preparing to rig the vote, a charge the interior ministry denied. The ministry said voter cards would be distributed daily until Saturday, March 24.

Observers from the European Union and the African Union, who said the first round was largely free and fair, will return next week. About 5.3 million people are registered to vote.

Senegal, long seen as one of West Africa's most stable democracies, has never had a coup. Analysts say a Sall victory would mark the country's second democratic transfer of power in twelve years, after Wade himself ended four decades of Socialist Party rule in 2000.

"If the results are close, the next 48 hours after the polls close will be crucial," said Babacar Ndiaye, a political scientist at Cheikh Anta Diop University in Dakar. "Everyone remembers what happened in Ivory Coast last year."

Provisional results are expected within a week of the vote.
""", [
    ('Thursday', 'DATE', '2012-03-15'),
    ('2000', 'DATE', '2000'),
    ('February 26', 'DATE', '2012-02-26'),
    ('March 25', 'DATE', '2012-03-25'),
    ('late Wednesday', 'DATE', '2012-03-14'),
    ('last Saturday', 'DATE', '2012-03-10'),
    ('midnight on March 23', 'TIME', '2012-03-23T24:00|2012-03-24T00:00'),
    ('every evening', 'SET', 'XXXX-XX-XXTEV|P1D'),
    ('the past week', 'DATE|DURATION', 'P1W|2012-W10|2012-W11'),
    ('four years', 'DURATION', 'P4Y'),
    ('weeks', 'DURATION', 'PXW'),
    ('January', 'DATE', '2012-01'),
    ('February', 'DATE', '2012-02'),
    ('2001', 'DATE', '2001'),
    ('April 2000', 'DATE', '2000-04'),
    ('Tuesday', 'DATE', '2012-03-13'),
    ('daily', 'SET', 'P1D'),
    ('Saturday, March 24', 'DATE', '2012-03-24'),
    ('next week', 'DATE', '2012-W12'),
    ('twelve years', 'DURATION', 'P12Y'),
    ('four decades', 'DURATION', 'P4DE|P40Y'),
    ('2000', 'DATE', '2000'),
    ('the next 48 hours', 'DURATION', 'PT48H'),
    ('last year', 'DATE', '2011'),
    ('a week', 'DURATION', 'P1W'),
]),
# 4. New York Times, crime: verdict in a 2011 diamond robbery, told partly in narrative (2013)
('2013-05-09', 'auto', """Jury Convicts Former Guard in 2011 Diamond District Robbery

By RACHEL ABERNATHY

A former security guard was convicted on Wednesday of helping two men steal nearly $4 million in loose diamonds from a jewelry wholesaler in Manhattan's diamond district, ending a trial that lasted almost three weeks.

The guard, Dwayne Pettiford, 34, of the Bronx, was found guilty of grand larceny and conspiracy after the jury deliberated for about two days. He faces up to 25 years in prison when he is sentenced in June, prosecutors said.

The robbery, one of the largest in the district in a decade, began on the night of Sunday, Oct. 16, 2011. According to testimony, Mr. Pettiford disabled the alarm at the wholesaler, Adler & Stern, on West 47th Street at about 11:40 p.m. and let the two men in through a service door. They spent the next four hours cutting into a safe on the third floor.

The men left shortly before 4 a.m. with the diamonds in two gym bags, prosecutors said. Mr. Pettiford stayed at his post and called 911 at 6:15 a.m., claiming he had been tied up. He told detectives that morning that he had been overpowered by masked men.

His account began to fall apart two days later, when investigators reviewed footage from a camera across the street that showed Mr. Pettiford holding the door open. He was arrested the following week at his mother's apartment in the Bronx.

His accomplices were harder to find. One, Luis Cardenas, was picked up in Miami the next spring; he pleaded guilty in January and testified against Mr. Pettiford. The other man has never been identified, and most of the diamonds have not been recovered.

During the trial, Mr. Pettiford's lawyer, Gerald Tisch, argued that his client had been coerced by threats against his family. Mr. Tisch said on Wednesday evening that he would appeal.

"He made a terrible decision in the space of a few minutes, and he has been paying for it ever since," Mr. Tisch said.

The Manhattan district attorney, Cyrus R. Vance Jr., said in a statement that the verdict sent a message to "anyone who thinks an inside job is a safe bet."

Jewelers in the district, where billions of dollars in stones change hands every year, have tightened security since the robbery. Many now require two guards on every shift, and the 47th Street Business Improvement District has added dozens of cameras that are watched by a private security firm.

"Ten years ago, you had one old man with a flashlight," said Moshe Adler, an owner of the firm. "Now it's a fortress."

Sentencing is scheduled for June 18.
""", [
    ('2011', 'DATE', '2011'),
    ('Wednesday', 'DATE', '2013-05-08'),
    ('almost three weeks', 'DURATION', 'P3W'),
    ('about two days', 'DURATION', 'P2D'),
    ('25 years', 'DURATION', 'P25Y'),
    ('June', 'DATE', '2013-06'),
    ('a decade', 'DURATION', 'P1DE|P10Y'),
    ('the night of Sunday, Oct. 16, 2011', 'DATE|TIME', '2011-10-16TNI'),
    ('about 11:40 p.m.', 'TIME', '2011-10-16T23:40'),
    ('the next four hours', 'DURATION', 'PT4H'),
    ('4 a.m.', 'TIME', '2011-10-17T04:00'),
    ('6:15 a.m.', 'TIME', '2011-10-17T06:15'),
    ('that morning', 'DATE|TIME', '2011-10-17TMO'),
    ('two days later', 'DATE', '2011-10-19'),
    ('the following week', 'DATE', '2011-W43'),
    ('the next spring', 'DATE', '2012-SP'),
    ('January', 'DATE', '2013-01'),
    ('Wednesday evening', 'DATE|TIME', '2013-05-08TEV'),
    ('a few minutes', 'DURATION', 'PTXM'),
    ('every year', 'SET', 'P1Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Ten years ago', 'DATE', '2003'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('June 18', 'DATE', '2013-06-18'),
]),
# 5. CNN, weather disaster: Typhoon Haiyan aftermath in the Philippines (2013)
('2013-11-11', 'auto', """Typhoon survivors plead for food, water as aid trickles in

Tacloban, Philippines (CNN) -- Survivors of one of the strongest storms ever recorded were still begging for food, water and medicine in this shattered city on Monday, as aid groups struggled to move supplies past blocked roads and a wrecked airport.

Super Typhoon Haiyan, known locally as Yolanda, slammed into the eastern island of Samar early Friday with sustained winds of about 195 mph, then barreled west across Leyte and the central islands. Its storm surge, as high as a two-story building, swept whole neighborhoods of Tacloban into the sea within minutes.

"The water came so fast. We were on the roof for six hours," said Marites Gomez, 41, who lost her husband and two sons. "I have not eaten since Saturday."

Officials in Leyte province said Sunday that as many as 10,000 people may have died, though by Monday afternoon the national disaster agency had confirmed only 942 deaths. President Benigno Aquino III declared a state of national calamity late Monday, freeing up emergency funds, and said the government's priority over the next few days was restoring communications and power.

More than 600,000 people have been displaced, according to the United Nations, which said it would launch an emergency appeal on Tuesday. The U.S. military flew in Marines and transport aircraft from Okinawa over the weekend, and the aircraft carrier USS George Washington was ordered to the region.

Looting broke out in parts of Tacloban on Saturday, and police imposed a curfew starting at 8 p.m. Sunday. Residents said armed men had raided grocery stores and a warehouse belonging to the national food agency.

The typhoon weakened as it crossed the South China Sea and made landfall in northern Vietnam early Monday, where hundreds of thousands of people had been evacuated. Vietnamese state media reported at least six deaths there.

The Philippines is hit by about 20 typhoons a year, but forecasters said Haiyan was in a category of its own. It was the deadliest disaster in the country since an earthquake and tsunami killed thousands on Mindanao in 1976.

The storm came less than a month after a magnitude 7.2 earthquake struck the island of Bohol, killing more than 200 people. Many of those survivors are still living in tents.

Aid agencies warned that the worst may be yet to come. "In the next week, the risk of disease is going to be enormous," said Patrick Fuller of the International Federation of Red Cross and Red Crescent Societies. "People are drinking whatever water they can find."

CNN's Anna Coren and Andrew Stevens contributed to this report.
""", [
    ('Monday', 'DATE', '2013-11-11'),
    ('early Friday', 'DATE', '2013-11-08'),
    ('minutes', 'DURATION', 'PTXM'),
    ('six hours', 'DURATION', 'PT6H'),
    ('Saturday', 'DATE', '2013-11-09'),
    ('Sunday', 'DATE', '2013-11-10'),
    ('Monday afternoon', 'DATE|TIME', '2013-11-11TAF'),
    ('late Monday', 'DATE', '2013-11-11'),
    ('the next few days', 'DURATION', 'PXD'),
    ('Tuesday', 'DATE', '2013-11-12'),
    ('the weekend', 'DATE', '2013-W45-WE'),
    ('Saturday', 'DATE', '2013-11-09'),
    ('8 p.m. Sunday', 'TIME', '2013-11-10T20:00'),
    ('early Monday', 'DATE', '2013-11-11'),
    ('a year', 'SET', 'P1Y'),
    ('1976', 'DATE', '1976'),
    ('less than a month', 'DURATION', 'P1M'),
    ('the next week', 'DURATION|DATE', 'P1W|2013-W47'),
]),
# 6. BBC, science: Philae comet lander bounced before settling (2014)
('2014-11-13', 'auto', """Comet lander Philae 'bounced twice' before settling

By Helen Marsh
Science reporter, BBC News

The European Space Agency's Philae lander bounced twice on the surface of Comet 67P before coming to rest in the shadow of a cliff, mission scientists have said.

The washing-machine-sized robot first touched down at 15:34 GMT on Wednesday, but its harpoons failed to fire and it rose off the surface again, drifting for nearly two hours before landing a second time. A short second hop lasting about seven minutes followed.

"We didn't just land once, we landed twice and perhaps three times," lander engineer Dr Katrin Vogel told a news conference in Darmstadt, Germany, on Thursday afternoon.

News that the lander had come down at all was confirmed at ESA's control centre shortly after 16:00 GMT on Wednesday, prompting cheers from engineers who had worked on the project for more than a decade.

Images released on Thursday show Philae wedged against a rocky wall, with one of its three legs apparently in the air. Because the site is in shadow, the lander's solar panels are receiving only about 90 minutes of sunlight a day, well below the roughly seven hours the team had hoped for.

That means the lander will have to rely on its primary battery, which was designed to last about 64 hours after separation from its mothership, Rosetta. Scientists are now racing to complete as many experiments as possible before the power runs out, probably on Friday evening or Saturday.

"We have some hours left and we are going to use them well," said Dr Vogel. The drill, which is meant to collect material from beneath the surface, could be deployed as early as tonight.

Rosetta was launched in March 2004 and took ten years to reach the comet, looping around the Sun five times and using the gravity of Earth and Mars to build up speed. It went into orbit around 67P in August and will stay with it as it swings closer to the Sun next year.

Scientists hope that rising temperatures could recharge Philae's batteries and wake it up, perhaps in the spring or summer of 2015, when the comet passes closest to the Sun.

"It's a bit like a bear going into hibernation," said Prof Alan Reyes of the Open University, who works on one of the lander's instruments. "Nobody knows whether it will wake up, but it would be foolish to write it off."

The £1bn mission is the first to place a probe on the surface of a comet. Researchers hope its findings will shed light on the early history of the Solar System and on whether comets delivered water to the young Earth.
""", [
    ('15:34 GMT on Wednesday', 'TIME', '2014-11-12T15:34'),
    ('nearly two hours', 'DURATION', 'PT2H'),
    ('about seven minutes', 'DURATION', 'PT7M'),
    ('Thursday afternoon', 'DATE|TIME', '2014-11-13TAF'),
    ('16:00 GMT on Wednesday', 'TIME', '2014-11-12T16:00'),
    ('more than a decade', 'DURATION', 'P1DE|P10Y'),
    ('Thursday', 'DATE', '2014-11-13'),
    ('about 90 minutes', 'DURATION', 'PT90M'),
    ('a day', 'SET', 'P1D'),
    ('roughly seven hours', 'DURATION', 'PT7H'),
    ('about 64 hours', 'DURATION', 'PT64H'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Friday evening', 'DATE|TIME', '2014-11-14TEV'),
    ('Saturday', 'DATE', '2014-11-15'),
    ('some hours', 'DURATION', 'PTXH'),
    ('tonight', 'DATE|TIME', '2014-11-13TNI'),
    ('March 2004', 'DATE', '2004-03'),
    ('ten years', 'DURATION', 'P10Y'),
    ('August', 'DATE', '2014-08'),
    ('next year', 'DATE', '2015'),
    ('spring', 'DATE', '2015-SP'),
    ('summer of 2015', 'DATE', '2015-SU'),
]),
# 7. AP, crime: serial bank robbery suspect arrested after a chase (2012)
('2012-09-20', 'auto', """Police: 'Bearded Bandit' suspect arrested after 9th robbery

DENVER (AP) — A man suspected of robbing nine banks across Colorado and Wyoming over the past five months was arrested Wednesday night after a chase that ended when his car ran out of gas on Interstate 25, authorities said Thursday.

Curtis Lee Danner, 47, of Aurora, was being held without bail at the Douglas County jail on suspicion of aggravated robbery. He is expected to appear in court Friday morning. It was not immediately clear whether he had a lawyer.

Investigators dubbed the robber the "Bearded Bandit" because he wore a fake beard and sunglasses in every holdup. The string of robberies began in April, when a man handed a teller in Cheyenne, Wyo., a note demanding cash. Over the following weeks he hit banks in Fort Collins, Greeley, Loveland and Denver, often on Monday mornings, when branches had just opened.

FBI spokeswoman Karen Alvord said the suspect grew bolder in recent weeks, robbing two Denver banks within an hour on Aug. 27 and a credit union in Littleton last Friday.

On Wednesday, a teller at a Wells Fargo branch in Castle Rock recognized the disguise and triggered a silent alarm at about 4:50 p.m. A deputy spotted a car matching a witness's description about 20 minutes later, and a chase followed for nearly 30 miles at speeds of up to 100 mph.

The chase ended just after 5:30 p.m. when the car sputtered to a stop near Larkspur. Danner was arrested without a struggle. Deputies found about $3,800 in cash, a fake beard and a pellet gun in the car, according to an arrest affidavit.

"He'd been doing this for months, and we knew he'd slip up," said Mike Ortega, a spokesman for the Douglas County Sheriff's Office. "This time he picked the wrong teller."

Danner served six years in a federal prison for bank robbery in the 1990s and was released in 2004, court records show. Neighbors said he had worked as a handyman until last winter and had recently told them he was thinking of moving to Arizona.

Authorities said they were still investigating whether he was responsible for two robberies in western Nebraska earlier this year.

Alvord credited tellers who shared descriptions of the robber through an alert system set up by Colorado banks in 2010. "Every branch on the Front Range had his picture," she said.

The FBI says about 5,000 bank robberies are reported nationwide each year, and roughly 60 percent of them are solved.
""", [
    ('the past five months', 'DURATION', 'P5M'),
    ('Wednesday night', 'DATE|TIME', '2012-09-19TNI'),
    ('Thursday', 'DATE', '2012-09-20'),
    ('Friday morning', 'DATE|TIME', '2012-09-21TMO'),
    ('April', 'DATE', '2012-04'),
    ('the following weeks', 'DURATION', 'PXW'),
    ('Monday mornings', 'SET', 'XXXX-WXX-1TMO'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('an hour', 'DURATION', 'PT1H'),
    ('Aug. 27', 'DATE', '2012-08-27'),
    ('last Friday', 'DATE', '2012-09-14'),
    ('Wednesday', 'DATE', '2012-09-19'),
    ('about 4:50 p.m.', 'TIME', '2012-09-19T16:50'),
    ('about 20 minutes later', 'TIME|DURATION', '2012-09-19T17:10|PT20M'),
    ('5:30 p.m.', 'TIME', '2012-09-19T17:30'),
    ('months', 'DURATION', 'PXM'),
    ('six years', 'DURATION', 'P6Y'),
    ('the 1990s', 'DATE', '199'),
    ('2004', 'DATE', '2004'),
    ('last winter', 'DATE', '2011-WI|2012-WI'),
    ('recently', 'DATE', 'PAST_REF'),
    ('earlier this year', 'DATE', '2012'),
    ('2010', 'DATE', '2010'),
    ('each year', 'SET', 'P1Y'),
]),
# 8. Reuters, world news: Ukraine seeks arrest of ousted president (2014)
('2014-02-24', 'auto', """Ukraine issues arrest warrant for fugitive Yanukovich

KIEV, Feb 24 (Reuters) - Ukraine's new authorities issued a warrant on Monday for the arrest of ousted President Viktor Yanukovich, accusing him of the "mass murder" of protesters, as the former leader remained on the run.

Acting Interior Minister Arsen Avakov said Yanukovich, who left Kiev on Friday night, had last been seen in Crimea on Sunday and had since switched off his phones. "A criminal case has been opened into the mass murder of peaceful civilians," Avakov wrote on his Facebook page.

Parliament, now controlled by Yanukovich's opponents, voted on Saturday to remove him and set a presidential election for May 25. Its speaker, Oleksander Turchinov, was named interim head of state on Sunday and warned in a televised address late Sunday that the country faced the risk of default.

Lawmakers had been due to approve a national unity government on Tuesday, but Turchinov said the vote would be put off until Thursday to allow more time for consultations.

The finance ministry estimated that Ukraine will need $35 billion in foreign aid by the end of next year. Russia, which offered Yanukovich a $15 billion bailout in December, recalled its ambassador for consultations on Sunday and has frozen further payments. Prime Minister Dmitry Medvedev said on Monday that Moscow saw no legitimate partner in Kiev.

In Kiev's Independence Square, thousands of people laid flowers and candles on Monday for the more than 80 people killed in last week's violence, most of them on Thursday, when snipers opened fire on protesters near the government quarter.

The protests began in November, when Yanukovich abruptly walked away from a trade pact with the European Union under pressure from Moscow. For three months, demonstrators camped in the square through sub-zero temperatures.

In the Russian-speaking east and in Crimea, where Russia's Black Sea Fleet is based, pro-Moscow groups held rallies over the weekend against what they called an illegal seizure of power. In the Crimean port of Sevastopol, several thousand people chose a Russian citizen as mayor.

EU foreign policy chief Catherine Ashton arrived in Kiev on Monday for two days of talks on an economic rescue. The U.S. Treasury said it was ready to help, alongside the International Monetary Fund, once a new government was in place and committed to reforms.

Ukraine's hryvnia currency has lost about 10 percent against the dollar since the start of the year, and the central bank has spent heavily to defend it.

(Additional reporting by Pavel Polityuk and Natalia Zinets; Writing by Richard Balmforth; Editing by Giles Elgood)
""", [
    ('Feb 24', 'DATE', '2014-02-24'),
    ('Monday', 'DATE', '2014-02-24'),
    ('Friday night', 'DATE|TIME', '2014-02-21TNI'),
    ('Sunday', 'DATE', '2014-02-23'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Saturday', 'DATE', '2014-02-22'),
    ('May 25', 'DATE', '2014-05-25'),
    ('Sunday', 'DATE', '2014-02-23'),
    ('late Sunday', 'DATE', '2014-02-23'),
    ('Tuesday', 'DATE', '2014-02-25'),
    ('Thursday', 'DATE', '2014-02-27'),
    ('the end of next year', 'DATE', '2015'),
    ('December', 'DATE', '2013-12'),
    ('Sunday', 'DATE', '2014-02-23'),
    ('Monday', 'DATE', '2014-02-24'),
    ('Monday', 'DATE', '2014-02-24'),
    ('last week', 'DATE', '2014-W08'),
    ('Thursday', 'DATE', '2014-02-20'),
    ('November', 'DATE', '2013-11'),
    ('three months', 'DURATION', 'P3M'),
    ('the weekend', 'DATE', '2014-W08-WE'),
    ('Monday', 'DATE', '2014-02-24'),
    ('two days', 'DURATION', 'P2D'),
    ('the start of the year', 'DATE', '2014|2014-01'),
]),
# 9. AFP, science: Hayabusa asteroid capsule recovered in Australia (2010)
('2010-06-14', 'auto', """Japan's asteroid probe capsule recovered in Australian outback

TOKYO (AFP) - Japanese scientists on Monday recovered a heat-resistant capsule that a space probe dropped into the Australian outback at the end of a seven-year journey, hoping it contains the first samples ever brought back from an asteroid.

The Hayabusa probe released the capsule as it returned to Earth late Sunday, before burning up in a spectacular fireball over the desert. The capsule parachuted down near Woomera in South Australia at about 11:20 pm (1350 GMT), and a helicopter crew spotted its radio beacon within an hour.

The recovery team waited until Monday morning before approaching the capsule, after checking that its small explosive charges posed no danger. It will be flown to Japan later this week and opened at a laboratory of the Japan Aerospace Exploration Agency (JAXA) near Tokyo.

"It has been a very long trip, and the whole team is overwhelmed," JAXA spokesman Hiroshi Tanabe told reporters.

Hayabusa, whose name means "falcon" in Japanese, was launched in May 2003 and reached the potato-shaped asteroid Itokawa in September 2005. It touched down on the asteroid twice in November that year, firing a device meant to collect surface dust.

The mission was plagued by problems. A fuel leak and the failure of its engines left the probe drifting and out of contact for seven weeks, and engineers spent months nursing it back to health. Its return, originally planned for June 2007, was delayed by three years.

Scientists are not sure whether the sample-collection device worked, and say the capsule may hold only a few grains of dust - or nothing at all. Analysis is expected to take several months.

"Even if it is empty, Hayabusa has shown we can go to an asteroid and come back," Tanabe said. "That is something no one had done before."

Japan's government has proposed a successor mission, Hayabusa-2, which could launch as early as 2014 but has yet to secure full funding amid tight budgets.

The United States and Europe are also planning missions to bring back material from asteroids and comets, which scientists believe preserve a record of the early solar system largely unchanged by heat and pressure.

Japanese media reported that thousands of people had watched the capsule's return on a live feed online on Sunday night, and the probe was among the most discussed topics on Twitter in Japan on Monday.
""", [
    ('Monday', 'DATE', '2010-06-14'),
    ('seven-year', 'DURATION', 'P7Y'),
    ('late Sunday', 'DATE', '2010-06-13'),
    ('about 11:20 pm', 'TIME', '2010-06-13T23:20'),
    ('1350 GMT', 'TIME', '2010-06-13T13:50'),
    ('an hour', 'DURATION', 'PT1H'),
    ('Monday morning', 'DATE|TIME', '2010-06-14TMO'),
    ('later this week', 'DATE', '2010-W24'),
    ('May 2003', 'DATE', '2003-05'),
    ('September 2005', 'DATE', '2005-09'),
    ('November that year', 'DATE', '2005-11'),
    ('seven weeks', 'DURATION', 'P7W'),
    ('months', 'DURATION', 'PXM'),
    ('June 2007', 'DATE', '2007-06'),
    ('three years', 'DURATION', 'P3Y'),
    ('several months', 'DURATION', 'PXM'),
    ('2014', 'DATE', '2014'),
    ('Sunday night', 'DATE|TIME', '2010-06-13TNI'),
    ('Monday', 'DATE', '2010-06-14'),
]),
# 10. New York Times, business: fiscal cliff talks and market jitters (2012)
('2012-12-28', 'auto', """With Deadline Near, Fiscal Talks Resume as Markets Fret

By DAVID KORMAN

WASHINGTON — President Obama and Congressional leaders met at the White House on Friday afternoon in a last-ditch effort to head off tax increases and spending cuts set to take effect on Tuesday, as investors grew increasingly anxious that lawmakers would miss the deadline.

The meeting, which began shortly after 3 p.m. and lasted just over an hour, was the first between the president and the four top leaders of Congress since Nov. 16. Aides said Senator Harry Reid, the majority leader, and the Republican leader, Senator Mitch McConnell, would try to work out a scaled-back agreement over the weekend that could be brought to a vote as early as Sunday.

Without a deal, income taxes will rise for nearly every American household on Jan. 1, and $109 billion in automatic cuts to military and domestic programs will begin to take effect. The Congressional Budget Office has warned that the combination could push the economy back into recession in the first half of 2013.

Stocks fell for a fifth straight session on Friday. The Standard & Poor's 500-stock index dropped 1.1 percent, to its lowest close since early December, and the Dow Jones industrial average lost 158 points.

"The market has given Washington the benefit of the doubt for weeks," said Laura Benning, chief investment strategist at Carlisle Asset Management. "That patience is running out."

The House is scheduled to return on Sunday evening, and Speaker John A. Boehner has said the chamber would consider whatever the Senate passes. He abandoned his own plan to raise taxes only on incomes over $1 million a week ago, after failing to win enough votes from his party.

Mr. Obama has proposed $250,000 for couples, while many Republicans want to extend all of the Bush-era rates, first enacted in 2001 and extended for two years in December 2010.

Even if the Senate acts, a deal is unlikely to address the government's borrowing limit, which the Treasury says will be reached on Monday. The Treasury secretary, Timothy F. Geithner, said this week that he could use accounting measures to keep paying the government's bills for about two months.

Economists said a brief lapse past the deadline would do little lasting harm, since the Internal Revenue Service could delay changes to paycheck withholding for several weeks. But a standoff that dragged into February, they warned, could shake consumer confidence at a fragile moment.

Mr. Obama, who cut short his holiday vacation in Hawaii to return to Washington on Thursday, said after the meeting that he was "modestly optimistic."

"The hour for immediate action is here," he said. "It is now."
""", [
    ('Friday afternoon', 'DATE|TIME', '2012-12-28TAF'),
    ('Tuesday', 'DATE', '2013-01-01'),
    ('3 p.m.', 'TIME', '2012-12-28T15:00'),
    ('just over an hour', 'DURATION', 'PT1H'),
    ('Nov. 16', 'DATE', '2012-11-16'),
    ('the weekend', 'DATE', '2012-W52-WE'),
    ('Sunday', 'DATE', '2012-12-30'),
    ('Jan. 1', 'DATE', '2013-01-01'),
    ('the first half of 2013', 'DATE', '2013-H1'),
    ('Friday', 'DATE', '2012-12-28'),
    ('early December', 'DATE', '2012-12'),
    ('weeks', 'DURATION', 'PXW'),
    ('Sunday evening', 'DATE|TIME', '2012-12-30TEV'),
    ('a week ago', 'DATE', '2012-W51'),
    ('2001', 'DATE', '2001'),
    ('two years', 'DURATION', 'P2Y'),
    ('December 2010', 'DATE', '2010-12'),
    ('Monday', 'DATE', '2012-12-31'),
    ('this week', 'DATE', '2012-W52'),
    ('about two months', 'DURATION', 'P2M'),
    ('several weeks', 'DURATION', 'PXW'),
    ('February', 'DATE', '2013-02'),
    ('Thursday', 'DATE', '2012-12-27'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
# 11. CNN, US politics: Secret Service director resigns (2014)
('2014-10-01', 'auto', """Secret Service director resigns amid security lapses

Washington (CNN) -- Secret Service Director Julia Pierson resigned Wednesday following a bruising hearing on Capitol Hill and a string of revelations about security failures at the White House.

Homeland Security Secretary Jeh Johnson announced the resignation in a statement shortly after 4 p.m. ET, saying Pierson had offered to step down "in the best interests of the agency." He named Joseph Clancy, a former head of the presidential protective division, to lead the service on an interim basis.

Pierson, the first woman to lead the agency, had been in the job for about 18 months. She was appointed in March 2013 to restore the service's reputation after a prostitution scandal involving agents in Colombia the previous year.

Pressure on her mounted after an Iraq war veteran armed with a knife climbed the White House fence on the evening of September 19 and ran through the front door, getting deep into the executive mansion before he was tackled.

At Tuesday's hearing, lawmakers from both parties grilled Pierson for nearly four hours. Several said they had lost confidence in her after she acknowledged that she had learned of some failures only from news reports.

Then on Tuesday night, it emerged that an armed private security contractor with an arrest record had ridden in an elevator with President Barack Obama during a visit to the Centers for Disease Control and Prevention in Atlanta on September 16. Obama was not told about the incident.

"Today's resignation is a step in the right direction, but it is not the end," said Rep. Elijah Cummings of Maryland, the top Democrat on the House Oversight Committee, who had called for Pierson to go on Wednesday morning.

White House press secretary Josh Earnest said Tuesday that the president had full confidence in Pierson. By Wednesday, officials said privately that Obama had concluded new leadership was needed.

Johnson said an internal review of the September 19 incident would be completed by November 1, and that an independent panel would examine the agency's broader problems and report by December 15.

The agency has faced a series of embarrassments in recent years. In 2011, a gunman fired at least seven bullets into the White House, and it took the service four days to realize the residence had been hit. In March, three agents were sent home from a presidential trip to the Netherlands after one was found drunk in a hotel hallway.

Clancy, who retired in 2011 after 27 years with the service, was expected to take over on Thursday.

CNN's Evan Perez and Jim Acosta contributed to this report.
""", [
    ('Wednesday', 'DATE', '2014-10-01'),
    ('4 p.m. ET', 'TIME', '2014-10-01T16:00'),
    ('about 18 months', 'DURATION', 'P18M'),
    ('March 2013', 'DATE', '2013-03'),
    ('the previous year', 'DATE', '2012'),
    ('the evening of September 19', 'DATE|TIME', '2014-09-19TEV'),
    ('Tuesday', 'DATE', '2014-09-30'),
    ('nearly four hours', 'DURATION', 'PT4H'),
    ('Tuesday night', 'DATE|TIME', '2014-09-30TNI'),
    ('September 16', 'DATE', '2014-09-16'),
    ('Today', 'DATE', '2014-10-01'),
    ('Wednesday morning', 'DATE|TIME', '2014-10-01TMO'),
    ('Tuesday', 'DATE', '2014-09-30'),
    ('Wednesday', 'DATE', '2014-10-01'),
    ('September 19', 'DATE', '2014-09-19'),
    ('November 1', 'DATE', '2014-11-01'),
    ('December 15', 'DATE', '2014-12-15'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('2011', 'DATE', '2011'),
    ('four days', 'DURATION', 'P4D'),
    ('March', 'DATE', '2014-03'),
    ('2011', 'DATE', '2011'),
    ('27 years', 'DURATION', 'P27Y'),
    ('Thursday', 'DATE', '2014-10-02'),
]),
# 12. BBC, weather disaster: winter storms and Thames flooding, with a look back (2014)
('2014-02-12', 'auto', """UK storms: Red warning as 100mph winds hit Wales and north-west England

Winds of more than 100mph have battered parts of Wales and north-west England, bringing down trees and power lines as the UK endures yet more severe weather.

The Met Office issued a rare red "danger to life" warning for wind on Wednesday afternoon, covering the Irish Sea coast from Pembrokeshire to Cumbria until 21:00 GMT. A gust of 108mph was recorded at Aberdaron in Gwynedd at 13:00.

More than 100,000 homes were without power by early evening, according to the Energy Networks Association. Virgin Trains suspended all services north of Preston after trees fell on overhead lines, and several motorway bridges were closed to high-sided vehicles.

Along the River Thames, meanwhile, the Environment Agency said 14 severe flood warnings - meaning a threat to life - remained in place in Berkshire and Surrey. Hundreds of homes in villages such as Wraysbury and Datchet have been flooded since the weekend, and soldiers have been deployed to help fill sandbags.

Prime Minister David Cameron said on Tuesday that "money is no object" in the relief effort, and he has cancelled a planned trip to the Middle East next week to oversee the government's response.

This run of stormy weather began in mid-December. Power cuts left thousands of homes in Kent and Sussex without electricity over Christmas, and two days later another storm brought gusts of more than 100mph to northern Scotland.

The Met Office said January was the wettest in southern England since records began in 1910, and parts of the Somerset Levels have been under water for more than five weeks. Its chief scientist, Dame Julia Slingo, said on Sunday that all the evidence suggested there was a link to climate change, though she stressed that no single storm could be blamed on it.

Forecasters expect the wind to ease overnight, but another band of rain is due to arrive on Friday, with up to 40mm possible in places that are already under water. Strong winds could return over the weekend.

The Environment Agency said river levels on the Thames were likely to remain high for several days, and it urged residents not to return to their homes until they had been told it was safe.

The Association of British Insurers estimates that the storms and floods of the past two months will cost insurers more than £500m.
""", [
    ('Wednesday afternoon', 'DATE|TIME', '2014-02-12TAF'),
    ('21:00 GMT', 'TIME', '2014-02-12T21:00'),
    ('13:00', 'TIME', '2014-02-12T13:00'),
    ('early evening', 'DATE|TIME', '2014-02-12TEV'),
    ('the weekend', 'DATE', '2014-W06-WE'),
    ('Tuesday', 'DATE', '2014-02-11'),
    ('next week', 'DATE', '2014-W08'),
    ('mid-December', 'DATE', '2013-12'),
    ('Christmas', 'DATE', '2013-12-25'),
    ('two days later', 'DATE', '2013-12-27'),
    ('January', 'DATE', '2014-01'),
    ('1910', 'DATE', '1910'),
    ('more than five weeks', 'DURATION', 'P5W'),
    ('Sunday', 'DATE', '2014-02-09'),
    ('overnight', 'DATE|TIME', '2014-02-12TNI'),
    ('Friday', 'DATE', '2014-02-14'),
    ('the weekend', 'DATE', '2014-W07-WE'),
    ('several days', 'DURATION', 'PXD'),
    ('the past two months', 'DURATION', 'P2M'),
]),
]
