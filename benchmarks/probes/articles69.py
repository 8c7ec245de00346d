# Gold TIMEX3 probe set 69: twelve original news texts (AP, Reuters, AFP, Xinhua, BBC, LA Times; DCTs 1996-2023) on elections, conflicts, trials, storms, quakes, labour disputes and health, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, elections (1996)
('1996-11-06', 'auto', """Recount Looms in Razor-Thin Race for Open House Seat

BOWLING GREEN, Ky. (AP) — A congressional race that both parties spent the past six months calling a toss-up ended Tuesday night the way everyone had predicted: too close to call.

With all 412 precincts reporting early Wednesday, Democrat Carol Hensley led Republican state Sen. Wade Burris by 611 votes out of more than 190,000 cast, according to unofficial returns.

Burris did not concede. Speaking to supporters at a Bowling Green hotel at about 1 a.m., he said he would ask for a recount "the minute the law allows it."

"We've waited two years for this seat, and we can wait a few days to get it right," Burris told the crowd, which had thinned to a few dozen.

State election officials said county clerks have until 4 p.m. Friday to certify their results, and a losing candidate may then request a recount within 10 days. A recount in a district this size would likely take about two weeks, said Lyle Cundiff, an assistant to the secretary of state, meaning the winner might not be known until Thanksgiving.

The seat opened in January when seven-term Rep. Harold Dunne announced his retirement, citing his health. Dunne, a Democrat, never won it by fewer than 10 points.

Hensley, a former county prosecutor, spent the summer trailing in the polls but closed the gap in October with a string of television ads attacking Burris over his votes on school funding.

"People here made up their minds in the last two weeks," said Ron Tackett, her campaign manager. "They just didn't make them up the same way."

Turnout was about 58 percent, down from 63 percent four years ago, when voters in the district narrowly backed Bill Clinton for president. Clinton carried the district again Tuesday, but by fewer than 2,000 votes.

Both campaigns said they had lawyers in place by Wednesday morning, and the state Democratic Party asked clerks in the district's 17 counties to lock up voting machines until the count is final.

The district's last recount, in a 1987 primary for a state House seat, took nearly a month and did not change the result.

Hensley said she planned to spend Thursday thanking volunteers and would go back to her law office "until somebody tells me otherwise."

Burris, who has served in the state Senate since 1984, said he would meet with his attorneys later Wednesday. He urged supporters to be patient.

"Nobody should be celebrating right now," he said. "Not them, and not us."
""", [
    ('the past six months', 'DURATION', 'P6M'),
    ('Tuesday night', 'DATE|TIME', '1996-11-05TNI'),
    ('early Wednesday', 'DATE', '1996-11-06'),
    ('about 1 a.m.', 'TIME', '1996-11-06T01:00'),
    ('two years', 'DURATION', 'P2Y'),
    ('a few days', 'DURATION', 'PXD'),
    ('4 p.m. Friday', 'TIME', '1996-11-08T16:00'),
    ('10 days', 'DURATION', 'P10D'),
    ('about two weeks', 'DURATION', 'P2W'),
    ('Thanksgiving', 'DATE', '1996-11-28'),
    ('January', 'DATE', '1996-01'),
    ('the summer', 'DATE', '1996-SU'),
    ('October', 'DATE', '1996-10'),
    ('the last two weeks', 'DURATION', 'P2W'),
    ('four years ago', 'DATE', '1992'),
    ('Tuesday', 'DATE', '1996-11-05'),
    ('Wednesday morning', 'DATE|TIME', '1996-11-06TMO'),
    ('1987', 'DATE', '1987'),
    ('nearly a month', 'DURATION', 'P1M'),
    ('Thursday', 'DATE', '1996-11-07'),
    ('1984', 'DATE', '1984'),
    ('later Wednesday', 'DATE', '1996-11-06'),
    ('right now', 'DATE', 'PRESENT_REF'),
]),
# 2. Reuters, labour dispute (1999)
('1999-03-18', 'auto', """Antwerp dockers extend strike as ships queue off port

ANTWERP, Belgium, March 18 (Reuters) - Dockworkers in Antwerp, Europe's second-largest port, voted on Thursday to extend their strike by 48 hours, leaving more than 60 vessels waiting at anchor in the Scheldt estuary.

The stoppage, which began at 6 a.m. on Monday, is already the longest at the port since 1973, and shipping agents estimate it has cost exporters and carriers around 1.5 billion Belgian francs ($41 million).

Union leaders said the walkout would now run until midnight on Saturday at the earliest.

The dispute centres on a government bill, unveiled in January, that would let cargo handling firms hire temporary staff from outside the port's pool of registered dockers, a system that dates back to 1929.

"We have been asking for talks for two months. Nobody listened until the ships started piling up," said Marc Verhoeven, a spokesman for the socialist ABVV union, speaking outside a union hall where about 2,000 members voted by a show of hands.

The transport ministry said it had invited both dockers' unions and the employers' federation CEPA to a meeting in Brussels on Friday afternoon. A ministry spokeswoman said the government was "not ruling anything out" but would not withdraw the bill before parliament goes into recess on March 29.

Shipping lines have begun diverting cargo to Rotterdam and Zeebrugge. P&O Nedlloyd said on Wednesday it had rerouted three container ships and would review its schedules daily.

Antwerp handled about 120 million tonnes of cargo last year, and port officials said the strike was holding up roughly 300,000 tonnes of goods a day. Chemical makers in the port area, one of the largest petrochemical clusters in Europe, warned they could be forced to cut output within a week if raw material deliveries did not resume.

The last major stoppage, a 10-day strike in the autumn of 1996, ended when the government shelved a similar reform.

Employers say the 1929 rules, which require firms to hire dockers in gangs of fixed size for shifts of four and a half hours, are out of date and are costing the port business to its Dutch rival.

Dockers picketing the gates on Thursday morning said they were ready to stay out for weeks.

"They want us to compete with Rotterdam by working for less. We have heard that every year since the 1980s," said Jan Peeters, a crane driver who has worked on the quays for 22 years.

The Antwerp Port Authority said it would publish an updated list of waiting ships every morning while the strike lasts.
""", [
    ('March 18', 'DATE', '1999-03-18'),
    ('Thursday', 'DATE', '1999-03-18'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('6 a.m. on Monday', 'TIME', '1999-03-15T06:00'),
    ('1973', 'DATE', '1973'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('midnight on Saturday', 'TIME', '1999-03-20T24:00|1999-03-20T00:00'),
    ('January', 'DATE', '1999-01'),
    ('1929', 'DATE', '1929'),
    ('two months', 'DURATION', 'P2M'),
    ('Friday afternoon', 'DATE|TIME', '1999-03-19TAF'),
    ('March 29', 'DATE', '1999-03-29'),
    ('Wednesday', 'DATE', '1999-03-17'),
    ('daily', 'SET', 'P1D'),
    ('last year', 'DATE', '1998'),
    ('a day', 'SET', 'P1D'),
    ('a week', 'DURATION', 'P1W'),
    ('10-day', 'DURATION', 'P10D'),
    ('the autumn of 1996', 'DATE', '1996-FA'),
    ('1929', 'DATE', '1929'),
    ('four and a half hours', 'DURATION', 'PT4H30M|PT4.5H'),
    ('Thursday morning', 'DATE|TIME', '1999-03-18TMO'),
    ('weeks', 'DURATION', 'PXW'),
    ('every year', 'SET', 'P1Y'),
    ('the 1980s', 'DATE', '198'),
    ('22 years', 'DURATION', 'P22Y'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
]),
# 3. AFP, earthquake (2001)
('2001-02-09', 'auto', """Quake kills at least 14 in southern Peru

AREQUIPA, Peru, Feb 9 (AFP) - A strong earthquake struck southern Peru late Thursday, killing at least 14 people and leaving hundreds homeless in mountain villages southeast of this colonial city, officials said Friday.

The quake, measured at magnitude 5.9 by Peru's Geophysical Institute, hit at 10:52 pm (0352 GMT Friday) and was centred about 60 kilometres (37 miles) from Arequipa at a depth of 33 kilometres, the institute said.

Most of the dead were in Chiguata and neighbouring hamlets, where adobe houses collapsed on families who had already gone to bed. Rescue workers and villagers dug through rubble with shovels and bare hands for more than six hours, police said.

"It shook for about 40 seconds and then the roof came down. I pulled out my two daughters, but my mother was still inside," said farmer Teodoro Quispe, standing beside the ruins of his home.

At least 30 aftershocks had been recorded by Friday morning, the strongest a magnitude 4.6 tremor at 4:48 am.

Interim President Valentin Paniagua, who heads a caretaker government until elections in April, flew to the area on Friday afternoon and declared a 60-day state of emergency in the province.

The government said it would send 20 tonnes of food, blankets and tents by Saturday, and civil defence officials said it could take weeks to assess the damage to roads and irrigation canals.

Southern Peru lies along one of the world's most active fault zones, where the Nazca plate slides beneath the South American continent. Arequipa, Peru's second city, was badly damaged by an earthquake in January 1958, and residents still speak of the 1868 quake and tsunami that destroyed much of the region.

In Chiguata, families said they would sleep outdoors again tonight, huddled under plastic sheeting, fearing further tremors.

"My children have not stopped crying since yesterday. Nobody wants to go back inside," said Maria Condori, who lost her kitchen and her stock of potatoes.

The quake was felt as far away as the Chilean border town of Arica, but no damage was reported there.

It came less than a month after a magnitude 7.6 earthquake off El Salvador on January 13 killed more than 800 people, and two weeks after a quake in India's Gujarat state killed thousands.

Health officials in Arequipa said hospitals had treated 93 injured people, most for fractures and cuts, and that 11 remained in serious condition. Red Cross volunteers were handing out water and blankets in the main square of Chiguata.
""", [
    ('Feb 9', 'DATE', '2001-02-09'),
    ('late Thursday', 'DATE', '2001-02-08'),
    ('Friday', 'DATE', '2001-02-09'),
    ('10:52 pm', 'TIME', '2001-02-08T22:52'),
    ('0352 GMT Friday', 'TIME', '2001-02-09T03:52'),
    ('more than six hours', 'DURATION', 'PT6H'),
    ('about 40 seconds', 'DURATION', 'PT40S'),
    ('Friday morning', 'DATE|TIME', '2001-02-09TMO'),
    ('4:48 am', 'TIME', '2001-02-09T04:48'),
    ('April', 'DATE', '2001-04'),
    ('Friday afternoon', 'DATE|TIME', '2001-02-09TAF'),
    ('60-day', 'DURATION', 'P60D'),
    ('Saturday', 'DATE', '2001-02-10'),
    ('weeks', 'DURATION', 'PXW'),
    ('January 1958', 'DATE', '1958-01'),
    ('1868', 'DATE', '1868'),
    ('tonight', 'DATE|TIME', '2001-02-09TNI'),
    ('yesterday', 'DATE', '2001-02-08'),
    ('less than a month', 'DURATION', 'P1M'),
    ('January 13', 'DATE', '2001-01-13'),
    ('two weeks', 'DURATION', 'P2W'),
]),
# 4. Xinhua, health (2003)
('2003-05-12', 'auto', """Shanxi reports fewer new SARS cases as controls tighten

TAIYUAN, May 12 (Xinhua) -- North China's Shanxi Province reported three new cases of severe acute respiratory syndrome (SARS) in the 24 hours to 10 a.m. Monday, down from an average of 11 new cases a day last week, the provincial health department said.

Since the province confirmed its first case in early March, a total of 436 people have been infected and 19 have died, according to figures released on Sunday. Another 162 patients have recovered and been discharged from hospital.

"The situation is still serious, but the past 10 days have shown that our prevention measures are working," Vice Governor Xue Jun told a press conference Monday morning.

The provincial government has ordered primary and middle schools in Taiyuan, the provincial capital, to remain closed until May 25. Cinemas, Internet cafes and dance halls have been shut since April 26.

Starting this week, passengers on long-distance buses and trains leaving Shanxi must have their temperatures checked twice a day during their journey, and public buses in Taiyuan are disinfected every night.

Nearly 9,000 people who had close contact with SARS patients are under medical observation, most of them at home, for 14 days.

The central government sent a working team to Shanxi last month to help the province, one of the worst-hit areas in China after Beijing and Guangdong, improve its hospitals and disease reporting. A World Health Organization team visited Taiyuan from May 6 to May 8 and praised local authorities for their efforts, but urged them to strengthen infection control in rural clinics.

Xue said the province would have to go 20 days without a new case before it could consider easing restrictions.

In the countryside, village committees have set up checkpoints to register migrant workers returning from Beijing and other cities. Many of them came home after the central government cancelled the week-long May Day holiday to reduce travel.

Nationwide, the Ministry of Health reported 75 new cases and eight deaths on Monday, and said the number of patients discharged from hospital was rising steadily.

Farmers in Shanxi's Xinzhou city told Xinhua reporters that they had been visited by village doctors every day since the end of April, and that each household had been given a thermometer and leaflets on prevention.

"At first we were afraid, but now we know how to protect ourselves," said Wang Guilan, a farmer in Dingxiang county. "We open the windows, we wash our hands, and nobody goes to the market in the county town."

Provincial officials said more than 3,000 medical workers have been sent to grassroots clinics and that new isolation wards with 600 beds were completed in Taiyuan.
""", [
    ('May 12', 'DATE', '2003-05-12'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('10 a.m. Monday', 'TIME', '2003-05-12T10:00'),
    ('a day', 'SET', 'P1D'),
    ('last week', 'DATE', '2003-W19'),
    ('early March', 'DATE', '2003-03'),
    ('Sunday', 'DATE', '2003-05-11'),
    ('the past 10 days', 'DURATION', 'P10D'),
    ('Monday morning', 'DATE|TIME', '2003-05-12TMO'),
    ('May 25', 'DATE', '2003-05-25'),
    ('April 26', 'DATE', '2003-04-26'),
    ('this week', 'DATE', '2003-W20'),
    ('twice a day', 'SET', 'P1D'),
    ('every night', 'SET', 'XXXX-XX-XXTNI|P1D'),
    ('14 days', 'DURATION', 'P14D'),
    ('last month', 'DATE', '2003-04'),
    ('May 6', 'DATE', '2003-05-06'),
    ('May 8', 'DATE', '2003-05-08'),
    ('20 days', 'DURATION', 'P20D'),
    ('week-long', 'DURATION', 'P1W'),
    ('May Day', 'DATE', '2003-05-01'),
    ('Monday', 'DATE', '2003-05-12'),
    ('every day', 'SET', 'P1D'),
    ('the end of April', 'DATE', '2003-04'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
# 5. BBC, trial (2005)
('2005-09-14', 'auto', """Care home owner jailed for stealing from residents

A care home owner who stole more than £400,000 from elderly residents over six years has been jailed for five years.

Geoffrey Marlow, of Tewkesbury, was found guilty at Gloucester Crown Court last month of 14 counts of theft and false accounting.

Sentencing him on Wednesday, Judge Richard Hale said Marlow had "abused the trust of people who could not protect themselves and whose families relied on him entirely".

The court heard that between 1998 and 2004 Marlow took money from the bank accounts of 11 residents at The Elms, a 24-bed home he owned in the Gloucestershire town.

He had been given power of attorney over several of the accounts and transferred sums of up to £2,000 every month into a business account, which he used to pay off his mortgage and buy a flat in Spain.

The thefts came to light in March last year, when the daughter of one resident noticed that her mother's savings had almost disappeared.

"I visited my mother every Sunday and she never wanted for anything, or so I thought," Susan Price said outside court. "She died in 2003 without ever knowing what he had done."

Marlow, who had run the home for 17 years, denied the charges throughout the three-week trial. He told the jury the money had been spent on residents' care and outings.

Gloucestershire Police said the investigation had taken 18 months and had involved examining more than 6,000 bank statements.

Det Con Andrew Lyle said: "This was a calculated fraud against some of the most vulnerable people in our community. The families have shown enormous patience."

The home closed in December and its remaining residents were moved to other homes in the county.

The Commission for Social Care Inspection, which inspected The Elms twice a year, said its inspectors had checked the standard of residents' care but had no powers to examine their finances.

A spokesman said the commission was now reviewing how it dealt with concerns about money in care homes and would publish guidance for staff.

Age Concern said the case showed the need for tighter rules on powers of attorney, which it said were "open to abuse" by relatives and carers alike.

A confiscation hearing to recover money from Marlow's assets, including the Spanish flat, will be held in January.

The judge told Marlow he would serve at least half of his sentence before being considered for release.
""", [
    ('six years', 'DURATION', 'P6Y'),
    ('five years', 'DURATION', 'P5Y'),
    ('last month', 'DATE', '2005-08'),
    ('Wednesday', 'DATE', '2005-09-14'),
    ('1998', 'DATE', '1998'),
    ('2004', 'DATE', '2004'),
    ('every month', 'SET', 'P1M'),
    ('March last year', 'DATE', '2004-03'),
    ('every Sunday', 'SET', 'XXXX-WXX-7'),
    ('2003', 'DATE', '2003'),
    ('17 years', 'DURATION', 'P17Y'),
    ('three-week', 'DURATION', 'P3W'),
    ('18 months', 'DURATION', 'P18M'),
    ('December', 'DATE', '2004-12'),
    ('twice a year', 'SET', 'P1Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('January', 'DATE', '2006-01'),
]),
# 6. Los Angeles Times, storm, narrative (2008)
('2008-01-06', 'auto', """After the fire, the mud: a foothill street's long ordeal

By Maria Delgado, Times Staff Writer
January 6, 2008

The rain began early Friday, soft at first, tapping on the blue tarps that still covered half the roofs on Canyon Vista Drive. By 2 p.m., the creek behind Dolores Ramirez's house, dry for most of the last three years, was running brown and fast.

Two hours later, San Bernardino County sheriff's deputies were knocking on doors, ordering residents of 140 homes below the Slide fire burn area to leave. The hillsides above them had been stripped bare when the fire swept through the San Bernardino Mountains in October, and county geologists had warned for weeks that the first big storm could send them sliding.

Ramirez, who has lived on the street for 22 years, packed her medications, her husband's photo albums and her cat. "I kept thinking, it's only rain," she said. "Then I heard the boulders."

Late Friday, a wall of mud and rock about 4 feet high came down the canyon, burying cars and pushing into at least a dozen houses. Firefighters, working by floodlight, said the flow lasted for about 20 minutes.

By the next morning, the damage was clear: three homes destroyed, nine others red-tagged and the only road into the neighborhood buried under debris. No one was injured.

The storm, the strongest to hit Southern California in more than two years, dropped over 5 inches of rain on parts of the mountains in 24 hours, according to the National Weather Service. High winds knocked out power to more than 800,000 customers across the region on Friday and Saturday.

It was the kind of scene the region remembers from January 2005, when a hillside collapsed onto the Ventura County community of La Conchita and killed 10 people.

Crews spent Saturday clearing the road with bulldozers, and by 5 p.m. residents were allowed back for an hour to collect belongings. Many found mud waist-deep in their living rooms.

Forecasters said the last of the storm would move east by Monday, with dry weather through the end of the week. But county officials warned that the danger would return with every heavy rain until vegetation grows back on the slopes, a process that can take several years.

Public works crews will inspect the debris basins above the neighborhood every day until the rains ease in April.

Ramirez is staying with her son in Redlands for now. She said she has not decided whether to go back.

"I've been through fires and earthquakes here for decades," she said. "But I've never seen the mountain move."
""", [
    ('January 6, 2008', 'DATE', '2008-01-06'),
    ('early Friday', 'DATE', '2008-01-04'),
    ('2 p.m.', 'TIME', '2008-01-04T14:00'),
    ('the last three years', 'DURATION', 'P3Y'),
    ('Two hours later', 'TIME', '2008-01-04T16:00'),
    ('October', 'DATE', '2007-10'),
    ('weeks', 'DURATION', 'PXW'),
    ('22 years', 'DURATION', 'P22Y'),
    ('Late Friday', 'DATE', '2008-01-04'),
    ('about 20 minutes', 'DURATION', 'PT20M'),
    ('the next morning', 'DATE|TIME', '2008-01-05TMO'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('Friday', 'DATE', '2008-01-04'),
    ('Saturday', 'DATE', '2008-01-05'),
    ('January 2005', 'DATE', '2005-01'),
    ('Saturday', 'DATE', '2008-01-05'),
    ('5 p.m.', 'TIME', '2008-01-05T17:00'),
    ('an hour', 'DURATION', 'PT1H'),
    ('Monday', 'DATE', '2008-01-07'),
    ('the end of the week', 'DATE', '2008-W02'),
    ('several years', 'DURATION', 'PXY'),
    ('every day', 'SET', 'P1D'),
    ('April', 'DATE', '2008-04'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('decades', 'DURATION', 'PXY'),
]),
# 7. AP, conflict (2011)
('2011-06-22', 'auto', """Libyan rebels push west from Misrata toward Zlitan

MISRATA, Libya (AP) — Libyan rebels said Wednesday they had pushed Moammar Gadhafi's forces back about 5 miles (8 kilometers) west of this besieged port city after fighting that raged through Tuesday night.

Rebel commander Abdel-Salam Ghweil said his fighters began their advance at about 4 a.m. under cover of mortar fire, and within three hours had taken a string of farms and an abandoned cement factory near the village of Dafniya.

"It was the hardest fight we have had in weeks," Ghweil said by telephone from the front line. "They are running out of ammunition, and they know it."

Hospital officials in Misrata said 11 rebel fighters were killed and 47 wounded in the past 24 hours. The city's main hospital has treated an average of about 40 wounded a day since the start of the month.

The claims could not be independently verified. Libyan government officials in Tripoli said their forces had repelled the attack and accused NATO of helping the rebels with airstrikes.

Misrata, Libya's third-largest city, has been under siege for nearly four months. Gadhafi's forces have repeatedly shelled the port, the city's only lifeline, with the latest attack coming on Monday, when rockets landed near a ship unloading aid.

NATO said its aircraft flew 146 sorties on Tuesday, including 52 strike missions, and hit targets near Zlitan and in Tripoli.

The alliance took command of the air campaign on March 31 and earlier this month extended its mission for 90 days, to the end of September.

On Sunday, NATO acknowledged that one of its missiles had struck a residential building in Tripoli, possibly because of a weapons system failure. Libyan officials said nine civilians died.

The admission added to strains within the alliance. Italy's foreign minister called Wednesday for a halt to hostilities to allow humanitarian aid to reach civilians, a proposal France quickly rejected.

Zlitan, about 35 miles (60 kilometers) west of the front, is the last large town between Misrata and the capital. Rebels said they hoped to reach its outskirts within a week.

Inside Misrata, residents said life had slowly returned to some neighborhoods since rebels drove government snipers from the city center in late April. Shops open for a few hours each morning, and electricity comes and goes.

Since the uprising against Gadhafi began in mid-February, thousands of people have been killed across Libya, according to rebel and aid groups.

"We have been waiting for this for 42 years," said Ali Sweyhli, a volunteer fighter, referring to Gadhafi's rule. "We can wait a little longer."
""", [
    ('Wednesday', 'DATE', '2011-06-22'),
    ('Tuesday night', 'DATE|TIME', '2011-06-21TNI'),
    ('about 4 a.m.', 'TIME', '2011-06-22T04:00'),
    ('three hours', 'DURATION', 'PT3H'),
    ('weeks', 'DURATION', 'PXW'),
    ('the past 24 hours', 'DURATION', 'PT24H'),
    ('a day', 'SET', 'P1D'),
    ('the start of the month', 'DATE', '2011-06'),
    ('nearly four months', 'DURATION', 'P4M'),
    ('Monday', 'DATE', '2011-06-20'),
    ('Tuesday', 'DATE', '2011-06-21'),
    ('March 31', 'DATE', '2011-03-31'),
    ('earlier this month', 'DATE', '2011-06'),
    ('90 days', 'DURATION', 'P90D'),
    ('the end of September', 'DATE', '2011-09'),
    ('Sunday', 'DATE', '2011-06-19'),
    ('Wednesday', 'DATE', '2011-06-22'),
    ('a week', 'DURATION', 'P1W'),
    ('late April', 'DATE', '2011-04'),
    ('a few hours', 'DURATION', 'PTXH'),
    ('each morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
    ('mid-February', 'DATE', '2011-02'),
    ('42 years', 'DURATION', 'P42Y'),
]),
# 8. Reuters, elections (2014)
('2014-10-27', 'auto', """Tunisia's Islamists concede election defeat to secular rivals

TUNIS, Oct 27 (Reuters) - Tunisia's Islamist party Ennahda conceded on Monday that it had lost Sunday's parliamentary election to its main secular rival Nidaa Tounes, a milestone in the country's transition to democracy nearly four years after the uprising that ousted Zine El-Abidine Ben Ali.

Official results are not due until Thursday, but an Ennahda spokesman said the party's own count showed Nidaa Tounes winning around 80 of the 217 seats, against 67 or so for Ennahda.

"We have accepted this result and we congratulate the winner," the spokesman told Reuters. "Tunisia is the winner today."

Nidaa Tounes supporters danced and waved flags on Habib Bourguiba Avenue in central Tunis until after midnight.

The result marks a reversal for Ennahda, which won the country's first free election in October 2011 and led a coalition government until January, when it handed power to a caretaker cabinet of technocrats to end months of political crisis.

Nidaa Tounes, founded in 2012 by former prime minister Beji Caid Essebsi, has campaigned as a modern, secular alternative that can restore security and revive the economy. Its critics say it includes too many officials from the old regime.

Essebsi is the front-runner in the presidential election on Nov. 23, the last step in a transition that has been held up as a model in a region where the 2011 "Arab Spring" revolts have largely ended in chaos or a return to authoritarian rule.

Turnout was about 60 percent of 5.2 million registered voters, the electoral commission said on Sunday evening, higher than many officials had expected.

Coalition talks are expected to dominate the coming weeks. Without a majority, Nidaa Tounes will need partners to form a government, and some party officials have not ruled out a national unity cabinet that includes Ennahda.

Under the constitution adopted in January, the new parliament must hold its first session within 15 days of the announcement of final results.

Whoever governs faces a daunting economic agenda. Growth has been weak since 2011, unemployment is above 15 percent, and the International Monetary Fund, which approved a $1.7 billion loan last year, has pressed Tunis to cut costly fuel and food subsidies.

Tourism has yet to recover to pre-revolution levels, and security forces have fought Islamist militants near the Algerian border for the past two years.

"For three years, people have been waiting for jobs and for prices to stop rising," said Mohamed Ayari, an unemployed graduate in the southern town of Gafsa. "Now they want results."

Ennahda leader Rached Ghannouchi said on Monday the party would decide within days whether to back a candidate in the presidential race.
""", [
    ('Oct 27', 'DATE', '2014-10-27'),
    ('Monday', 'DATE', '2014-10-27'),
    ('Sunday', 'DATE', '2014-10-26'),
    ('nearly four years', 'DURATION', 'P4Y'),
    ('Thursday', 'DATE', '2014-10-30'),
    ('today', 'DATE', '2014-10-27'),
    ('midnight', 'TIME', '2014-10-26T24:00|2014-10-27T00:00'),
    ('October 2011', 'DATE', '2011-10'),
    ('January', 'DATE', '2014-01'),
    ('months', 'DURATION', 'PXM'),
    ('2012', 'DATE', '2012'),
    ('Nov. 23', 'DATE', '2014-11-23'),
    ('2011', 'DATE', '2011'),
    ('Sunday evening', 'DATE|TIME', '2014-10-26TEV'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('January', 'DATE', '2014-01'),
    ('15 days', 'DURATION', 'P15D'),
    ('2011', 'DATE', '2011'),
    ('last year', 'DATE', '2013'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('three years', 'DURATION', 'P3Y'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '2014-10-27'),
    ('days', 'DURATION', 'PXD'),
]),
# 9. AFP, trial, narrative (2017)
('2017-04-21', 'auto', """Trial hears survivors of deadly 2014 cash van ambush near Lyon

Lyon (AFP) - Survivors of a 2014 armed attack on a cash transport van near Lyon told a French court on Friday how a gang armed with assault rifles blocked a motorway and opened fire, killing one guard.

Six men are on trial at the Rhone assizes court over the robbery, which netted the gang nearly nine million euros ($9.6 million) and remains one of the biggest in France in recent years.

The armoured van left a depot in the suburb of Saint-Priest at 5:40 am on March 12, 2014, bound for the Banque de France branch in Lyon. The crew, prosecutors said, made the same run every Wednesday, and the gang had watched the depot for weeks.

Twenty minutes later, two stolen vans swerved across the A43 motorway in front of the truck and were set alight. Masked men fired at the windscreen with Kalashnikovs, then used explosives to blow open the rear doors.

"I thought it was the end. I kept my head down and counted the shots," one of the guards, identified as Karim B., told the court, his voice breaking.

The attack lasted less than four minutes. His colleague Thierry Mallet, a father of two, was hit in the chest and died at the scene.

Police found the burnt-out getaway cars in a wood near Vienne the same morning. Three days later, investigators traced one of them to a garage in Venissieux, the first breakthrough in an inquiry that would last more than a year.

The first arrests came that June, and the last of the six suspects was detained in Spain the following spring. The defendants have been held in pre-trial detention for nearly three years. Most deny taking part.

The trial, which opened on Monday, is expected to last five weeks, with a verdict due in late May. The main defendants face life in prison.

Attacks on cash vans have become rarer in France since 2010, as operators have added dye packs and GPS trackers, but police say gangs from the suburbs of Lyon and Marseille still target them several times a year.

Mallet's widow, who attends the hearings every day with her two teenage sons, told reporters she wanted "the truth, not excuses".

"For three years I have been asking the same questions. Who planned it? Who fired?" she said outside the courthouse on Friday afternoon.

Defence lawyers argued that the case rested largely on phone records and DNA traces found on a glove, and said the investigation had ignored other suspects. The court is due to hear from police investigators next week.
""", [
    ('2014', 'DATE', '2014'),
    ('2014', 'DATE', '2014'),
    ('Friday', 'DATE', '2017-04-21'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('5:40 am on March 12, 2014', 'TIME', '2014-03-12T05:40'),
    ('every Wednesday', 'SET', 'XXXX-WXX-3'),
    ('weeks', 'DURATION', 'PXW'),
    ('Twenty minutes later', 'TIME', '2014-03-12T06:00'),
    ('less than four minutes', 'DURATION', 'PT4M'),
    ('the same morning', 'DATE|TIME', '2014-03-12TMO'),
    ('Three days later', 'DATE', '2014-03-15'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('that June', 'DATE', '2014-06'),
    ('the following spring', 'DATE', '2015-SP'),
    ('nearly three years', 'DURATION', 'P3Y'),
    ('Monday', 'DATE', '2017-04-17'),
    ('five weeks', 'DURATION', 'P5W'),
    ('late May', 'DATE', '2017-05'),
    ('2010', 'DATE', '2010'),
    ('several times a year', 'SET', 'P1Y'),
    ('every day', 'SET', 'P1D'),
    ('three years', 'DURATION', 'P3Y'),
    ('Friday afternoon', 'DATE|TIME', '2017-04-21TAF'),
    ('next week', 'DATE', '2017-W17'),
]),
# 10. Xinhua, typhoon (2019)
('2019-08-10', 'auto', """Super Typhoon Lekima lands in east China, killing at least 13

HANGZHOU, Aug. 10 (Xinhua) -- Super Typhoon Lekima, the ninth typhoon of this year, made landfall in the coastal city of Wenling in east China's Zhejiang Province at 1:45 a.m. Saturday, packing winds of up to 187 km per hour near its center, the provincial meteorological observatory said.

Lekima is the third strongest typhoon to hit Zhejiang since 1949, according to the observatory.

At least 13 people were killed and 16 others remain missing after a landslide triggered by torrential rain blocked a river in Yongjia County early Saturday, local authorities said. More than 1,000 rescuers, including firefighters and armed police, have been sent to the site.

Rainfall in parts of Wenzhou and Taizhou exceeded 400 mm in the 24 hours to 8 a.m. Saturday, and more than 1 million residents had been relocated by Friday evening, the provincial flood control headquarters said.

The typhoon knocked out power to about 2.7 million households across the province, and repair crews had restored supply to more than half of them by noon.

The China Meteorological Administration issued a red alert, the highest in its four-tier warning system, on Friday, the first red typhoon alert this year. It said Lekima would cross Zhejiang and Jiangsu over the weekend before heading out to the Yellow Sea and approaching the coast of Shandong Province on Sunday night.

Rail authorities suspended hundreds of trains in and out of Shanghai and Zhejiang until Sunday, and Shanghai's two airports cancelled more than 3,200 flights over the past two days.

Meteorologists warned that heavy to torrential rain would continue to batter eastern China for the next 48 hours, raising the risk of flash floods and landslides in hilly areas.

The State Flood Control and Drought Relief Headquarters has held emergency meetings twice a day since Wednesday and has sent working groups to Zhejiang, Shanghai, Jiangsu and Shandong to guide relief work.

In Wenling, residents spent the morning clearing fallen trees and broken billboards from the streets, while soldiers helped pump water from flooded shops.

"The wind was so loud from midnight that nobody could sleep. Windows were shaking and the power went off," said Chen Xiaoyan, who runs a grocery store near the harbor. "I have never seen a typhoon like this."

Local authorities said more than 30,000 fishing boats had returned to port before the typhoon arrived and that emergency shelters would stay open until the danger had passed.
""", [
    ('Aug. 10', 'DATE', '2019-08-10'),
    ('this year', 'DATE', '2019'),
    ('1:45 a.m. Saturday', 'TIME', '2019-08-10T01:45'),
    ('1949', 'DATE', '1949'),
    ('early Saturday', 'DATE', '2019-08-10'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('8 a.m. Saturday', 'TIME', '2019-08-10T08:00'),
    ('Friday evening', 'DATE|TIME', '2019-08-09TEV'),
    ('noon', 'TIME', '2019-08-10T12:00'),
    ('Friday', 'DATE', '2019-08-09'),
    ('this year', 'DATE', '2019'),
    ('the weekend', 'DATE', '2019-W32-WE'),
    ('Sunday night', 'DATE|TIME', '2019-08-11TNI'),
    ('Sunday', 'DATE', '2019-08-11'),
    ('the past two days', 'DURATION', 'P2D'),
    ('the next 48 hours', 'DURATION', 'PT48H'),
    ('twice a day', 'SET', 'P1D'),
    ('Wednesday', 'DATE', '2019-08-07'),
    ('the morning', 'DATE|TIME', '2019-08-10TMO'),
    ('midnight', 'TIME', '2019-08-10T00:00|2019-08-09T24:00'),
]),
# 11. BBC, labour dispute (2022)
('2022-06-21', 'auto', """Rail strike: Passengers face disruption as biggest walkout in 30 years begins

Millions of passengers are facing disruption as the biggest rail strike in 30 years gets under way across Great Britain.

About 40,000 members of the RMT union at Network Rail and 13 train companies walked out on Tuesday, with further strikes planned for Thursday and Saturday.

Only about one in five trains is running, mainly on main lines, and services are starting later and finishing much earlier than usual, at about 18:30 BST. Large parts of the network, including much of Scotland and Wales, have no trains at all today.

London Underground services are also severely affected by a separate 24-hour strike by RMT members and Unite workers.

Last-ditch talks between the union, Network Rail and the train operators broke up on Monday without agreement.

The RMT is demanding a pay rise of at least 7%, saying many of its members have had their pay frozen for the past two years while inflation reached 9% in April, the highest rate for 40 years. Network Rail has offered 2%, with a further 1% if workers accept changes to working practices.

RMT general secretary Mick Lynch said members had been "treated with contempt" and warned the dispute could go on for months. "The companies have had every chance to settle this," he said.

Transport Secretary Grant Shapps said the strikes were "an act of huge self-harm" and accused the union of refusing to modernise an industry that had received £16bn of taxpayers' money during the pandemic.

At London Waterloo, normally one of the country's busiest stations, the concourse was almost empty at 07:00. Many commuters said they had decided to work from home this week.

"I've had to take unpaid leave because there's no way to get in from Basingstoke," said care worker Janet Hughes. "I support them in a way, but it's hard when you don't get paid."

Disruption is expected to continue on Wednesday and Friday, because many trains will not be in position when services start.

Passengers whose trains are cancelled can use their tickets up to and including Tuesday 28 June, or claim a refund.

Festival-goers heading to Glastonbury this weekend have been warned to expect fewer trains to Castle Cary.

The last national rail strike on this scale took place in 1989. Teaching and health unions have said they could ballot members for industrial action this autumn.

Network Rail chief executive Andrew Haines said he hoped talks would resume later this week, but it was "really hard to see" a way through without reform.
""", [
    ('30 years', 'DURATION', 'P30Y'),
    ('30 years', 'DURATION', 'P30Y'),
    ('Tuesday', 'DATE', '2022-06-21'),
    ('Thursday', 'DATE', '2022-06-23'),
    ('Saturday', 'DATE', '2022-06-25'),
    ('about 18:30 BST', 'TIME', '2022-06-21T18:30'),
    ('today', 'DATE', '2022-06-21'),
    ('24-hour', 'DURATION', 'PT24H'),
    ('Monday', 'DATE', '2022-06-20'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('April', 'DATE', '2022-04'),
    ('40 years', 'DURATION', 'P40Y'),
    ('months', 'DURATION', 'PXM'),
    ('07:00', 'TIME', '2022-06-21T07:00'),
    ('this week', 'DATE', '2022-W25'),
    ('Wednesday', 'DATE', '2022-06-22'),
    ('Friday', 'DATE', '2022-06-24'),
    ('Tuesday 28 June', 'DATE', '2022-06-28'),
    ('this weekend', 'DATE', '2022-W25-WE'),
    ('1989', 'DATE', '1989'),
    ('this autumn', 'DATE', '2022-FA'),
    ('later this week', 'DATE', '2022-W25'),
]),
# 12. Los Angeles Times, health, narrative (2023)
('2023-03-15', 'auto', """After heavy rains, doctors brace for a surge in valley fever

BY ALEJANDRA RUIZ, STAFF WRITER
March 15, 2023 5 AM PT

BAKERSFIELD — Luis Arreola thought he had the flu.

On Oct. 4, 2021, the almond harvester walked into an urgent care clinic in Shafter with a cough, a fever and a rash on his shins. He was sent home with an inhaler and told to rest for a few days.

Three weeks later, he could not climb the stairs to his apartment. A chest X-ray at Kern Medical showed a mass in his right lung, and a blood test confirmed what his doctors had begun to suspect: coccidioidomycosis, better known as valley fever.

He spent 11 days in the hospital. By Christmas he had lost 30 pounds, and for most of the next year he was too weak to work in the orchards.

"I felt like an old man," said Arreola, who now works part time at a packing house. He takes antifungal pills twice a day and may need them for years.

Valley fever is caused by a fungus that lives in the soil across much of the Central Valley and the desert Southwest. Its spores are released when the ground is disturbed by wind, farming or construction, and people become infected by breathing them in.

Public health officials are worried about what the next few months will bring. Researchers have found that cases tend to jump after drought gives way to heavy rain: the wet weather lets the fungus grow, and when the soil dries out again, the spores take to the air.

California has just had some of its heaviest rain in decades, with a series of atmospheric river storms in January and early March.

"We saw it after the drought ended in 2016 and 2017, and we expect to see it again this summer and fall," said Dr. Ramesh Patel, an infectious disease specialist in Bakersfield. "Every year, we miss cases because people assume it's COVID or the flu."

The state recorded about 7,500 cases last year, according to provisional figures from the California Department of Public Health, more than double the number a decade ago. Kern County alone accounts for roughly a third.

A bill introduced in Sacramento last month would require employers in high-risk counties to train outdoor workers to recognize symptoms and to provide masks when dust is heavy.

Arreola still sees a specialist every three months. He said he tells his co-workers to see a doctor if a cough lasts longer than two weeks.

"Nobody told me about this when I started in the fields 15 years ago," he said. "Now I tell everybody."
""", [
    ('March 15, 2023 5 AM PT', 'TIME', '2023-03-15T05:00'),
    ('Oct. 4, 2021', 'DATE', '2021-10-04'),
    ('a few days', 'DURATION', 'PXD'),
    ('Three weeks later', 'DATE', '2021-10-25|2021-W43'),
    ('11 days', 'DURATION', 'P11D'),
    ('Christmas', 'DATE', '2021-12-25'),
    ('the next year', 'DATE', '2022'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('twice a day', 'SET', 'P1D'),
    ('years', 'DURATION', 'PXY'),
    ('the next few months', 'DURATION', 'PXM'),
    ('decades', 'DURATION', 'PXY'),
    ('January', 'DATE', '2023-01'),
    ('early March', 'DATE', '2023-03'),
    ('2016', 'DATE', '2016'),
    ('2017', 'DATE', '2017'),
    ('this summer', 'DATE', '2023-SU'),
    ('fall', 'DATE', '2023-FA'),
    ('Every year', 'SET', 'P1Y'),
    ('last year', 'DATE', '2022'),
    ('a decade ago', 'DATE', '2013|201'),
    ('last month', 'DATE', '2023-02'),
    ('every three months', 'SET', 'P3M'),
    ('two weeks', 'DURATION', 'P2W'),
    ('15 years ago', 'DATE', '2008'),
    ('Now', 'DATE', 'PRESENT_REF'),
]),
]
