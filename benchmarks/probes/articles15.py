# Gold TIMEX3 probe set 15: twelve news articles of 2013-2019 in the styles of AP, Reuters, CNN, BBC, the Guardian, WSJ and NYT, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, ferry disaster (2014)
('2014-10-09', 'auto', """Death toll in Bangladesh ferry capsizing rises to 41

MUNSHIGANJ, Bangladesh (AP) — Divers pulled 12 more bodies from a capsized ferry in the Padma River on Thursday, raising the death toll to 41, as grieving relatives waited on the muddy banks for word of dozens still missing, officials said.

The double-decker MV Sonar Tori was carrying about 250 passengers when it overturned in strong currents at about 4 p.m. Tuesday, some 30 kilometers (19 miles) south of the capital, Dhaka. Police said at least 90 people swam to shore or were picked up by fishing boats.

"We are working nonstop, but the current is very strong and the water is muddy," said district administrator Saiful Hasan. A salvage vessel that arrived late Wednesday began trying to right the ferry early Thursday, he said, and the search would continue through the weekend and possibly into next week.

Survivors said the ferry was badly overloaded with people returning to Dhaka after a Muslim religious festival, when millions leave the city for their home villages. Ticket seller Mohammad Rafiq, 34, said the crew had ignored a storm warning issued that morning. "They told us we would arrive before the rain," he said.

The government said Thursday it would pay 20,000 taka ($257) to the family of each victim and ordered an inquiry, with a report due within 10 days.

Officials said the ferry's fitness certificate had expired in June and that its owner had been fined twice in the past three years for carrying too many passengers. The owner has been in hiding since Tuesday night, police said.

Ferry accidents are common in the low-lying South Asian nation of 160 million people, which is crisscrossed by more than 230 rivers. Overcrowding, poor maintenance and lax enforcement of safety rules are often blamed.

In May, a ferry carrying about 200 people sank in the Meghna River during a storm, killing at least 54. Nearly two years ago, more than 100 people died when a cargo vessel rammed a passenger ferry near Chandpur.

The shipping minister told parliament last month that river vessels are now inspected monthly and that 1,200 unregistered boats had been seized since 2012. Critics say the checks exist mainly on paper.

"Every year we hear the same promises," said Abdul Karim, 58, whose daughter and two grandsons were on board. "Then the next ferry goes down."
""", [
    ('Thursday', 'DATE', '2014-10-09'),
    ('about 4 p.m. Tuesday', 'TIME', '2014-10-07T16:00'),
    ('late Wednesday', 'DATE', '2014-10-08'),
    ('early Thursday', 'DATE', '2014-10-09'),
    ('the weekend', 'DATE', '2014-W41-WE'),
    ('next week', 'DATE', '2014-W42'),
    ('that morning', 'DATE|TIME', '2014-10-07TMO'),
    ('Thursday', 'DATE', '2014-10-09'),
    ('10 days', 'DURATION', 'P10D'),
    ('June', 'DATE', '2014-06'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('Tuesday night', 'DATE|TIME', '2014-10-07TNI'),
    ('May', 'DATE', '2014-05'),
    ('Nearly two years ago', 'DATE', '2012'),
    ('last month', 'DATE', '2014-09'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('monthly', 'SET', 'P1M'),
    ('2012', 'DATE', '2012'),
    ('Every year', 'SET', 'P1Y'),
]),

# 2. Reuters, referendum (2017)
('2017-09-27', 'auto', """Italy's wealthy north heads for autonomy vote as Rome urges caution

MILAN (Reuters) - Voters in Lombardy and Veneto will be asked next month whether their regions should seek greater powers from Rome, in non-binding referendums that regional leaders hope will strengthen their hand in talks over tax revenue.

The votes, set for Sunday, Oct. 22, follow weeks of campaigning by the anti-immigrant Northern League, which governs both regions. Unlike the Catalan independence ballot planned for Oct. 1, the Italian referendums are legal and do not ask about secession.

"This is the first step of a journey that will take years," Lombardy President Roberto Maroni told reporters in Milan on Wednesday. He said a strong turnout would allow him to open negotiations with the central government within weeks of the result.

Lombardy, home to the financial capital Milan, paid about 54 billion euros more in taxes in 2015 than it received in public spending, according to regional figures. Veneto, centered on Venice, had a gap of 15.5 billion euros.

Polls published last week showed around 90 percent of likely voters in both regions favored more autonomy, but turnout is the main uncertainty. In Veneto, the result will be valid only if at least 50 percent of eligible voters take part. Veneto Governor Luca Zaia said on Tuesday he had been touring the region daily since August.

Lombardy is spending about 50 million euros on the vote, including 23 million euros for electronic voting tablets, which critics have called a waste. Polling stations will be open from 7 a.m. to 11 p.m., and final results are expected early the following morning.

Prime Minister Paolo Gentiloni's government has said it is open to talks but warned that the 2018 budget, due to be presented to parliament by mid-October, leaves little room for fiscal concessions. A national election must be held by next spring, and analysts say the referendums could help the League in the north.

Italy's constitution has allowed regions to request more powers over areas such as education and the environment since a reform in 2001, but none has succeeded so far. Emilia-Romagna, governed by the center-left, began its own talks with Rome this month without holding a vote.

"In the past decade, every government in Rome has promised federalism and none has delivered," said Daniele Albertazzi, a politics lecturer at the University of Birmingham. "Now the north wants it in writing."
""", [
    ('next month', 'DATE', '2017-10'),
    ('Sunday, Oct. 22', 'DATE', '2017-10-22'),
    ('weeks', 'DURATION', 'PXW'),
    ('Oct. 1', 'DATE', '2017-10-01'),
    ('years', 'DURATION', 'PXY'),
    ('Wednesday', 'DATE', '2017-09-27'),
    ('weeks', 'DURATION', 'PXW'),
    ('2015', 'DATE', '2015'),
    ('last week', 'DATE', '2017-W38'),
    ('Tuesday', 'DATE', '2017-09-26'),
    ('daily', 'SET', 'P1D'),
    ('August', 'DATE', '2017-08'),
    ('7 a.m.', 'TIME', '2017-10-22T07:00'),
    ('11 p.m.', 'TIME', '2017-10-22T23:00'),
    ('early the following morning', 'DATE|TIME', '2017-10-23TMO'),
    ('2018', 'DATE', '2018'),
    ('mid-October', 'DATE', '2017-10'),
    ('next spring', 'DATE', '2018-SP'),
    ('2001', 'DATE', '2001'),
    ('this month', 'DATE', '2017-09'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('Now', 'DATE', 'PRESENT_REF'),
]),

# 3. CNN, data breach (2018)
('2018-11-30', 'auto', """TixWave says hackers stole data on up to 14 million customers

New York (CNN Business) — Online ticket seller TixWave said Friday that hackers had access to its customer database for nearly four months, exposing the names, email addresses and partial credit card numbers of as many as 14 million people.

The company said it discovered the intrusion on November 12, when its security team flagged unusual traffic on a server that processes payments. An investigation found that the attackers first got in during late July and kept copying files until early this month.

"We deeply regret this incident," CEO Dana Whitfield said in a statement posted at 8 a.m. ET Friday. "Protecting our customers' information is our top priority, and we are taking every step to make this right."

TixWave, which sold more than 90 million tickets last year, will email affected customers over the next two weeks and offer them a year of free credit monitoring, the company said. Shares of its parent company, Stagelight Holdings, fell 6% on the news.

The company notified regulators in the UK and Ireland on Thursday, 17 days after it detected the breach. Under Europe's General Data Protection Regulation, which took effect in May, companies must report breaches within 72 hours or face fines of up to 4% of global revenue.

"Four months is a long time for someone to be sitting inside your network," said Alan Reyes, a researcher at cybersecurity firm Brightline. "Most large companies now scan for this kind of activity daily, and some do it hourly."

The breach is the latest in a string of major hacks. In September, Facebook said attackers had exploited a flaw in its code to take over nearly 50 million accounts. Equifax disclosed in 2017 that hackers had stolen personal data on 147 million Americans, and Yahoo has said every one of its 3 billion accounts was affected by a 2013 attack.

New York's attorney general said her office had opened an inquiry into the timing of TixWave's disclosure. A group of senators who have pushed for tougher data-security rules for years called the delay "unacceptable."

TixWave said it will hold a conference call with analysts Monday at 10 a.m. and plans to report fourth-quarter results in February. Customers who bought tickets between July 20 and November 12 should watch their statements for suspicious charges, the company said.
""", [
    ('Friday', 'DATE', '2018-11-30'),
    ('nearly four months', 'DURATION', 'P4M'),
    ('November 12', 'DATE', '2018-11-12'),
    ('late July', 'DATE', '2018-07'),
    ('early this month', 'DATE', '2018-11'),
    ('8 a.m. ET Friday', 'TIME', '2018-11-30T08:00'),
    ('last year', 'DATE', '2017'),
    ('the next two weeks', 'DURATION', 'P2W'),
    ('a year', 'DURATION', 'P1Y'),
    ('Thursday', 'DATE', '2018-11-29'),
    ('17 days', 'DURATION', 'P17D'),
    ('May', 'DATE', '2018-05'),
    ('72 hours', 'DURATION', 'PT72H'),
    ('Four months', 'DURATION', 'P4M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('daily', 'SET', 'P1D'),
    ('hourly', 'SET', 'PT1H'),
    ('September', 'DATE', '2018-09'),
    ('2017', 'DATE', '2017'),
    ('2013', 'DATE', '2013'),
    ('years', 'DURATION', 'PXY'),
    ('Monday at 10 a.m.', 'TIME', '2018-12-03T10:00'),
    ('fourth-quarter', 'DATE', '2018-Q4'),
    ('February', 'DATE', '2019-02'),
    ('July 20', 'DATE', '2018-07-20'),
    ('November 12', 'DATE', '2018-11-12'),
]),

# 4. AP, wildfire (2013)
('2013-08-23', 'auto', """Wind-driven wildfire forces 2,000 from homes in central Idaho

KETCHUM, Idaho (AP) — A wind-driven wildfire in central Idaho doubled in size Thursday and forced about 2,000 people to flee homes near the resort towns of Ketchum and Sun Valley, fire officials said Friday.

The Warm Springs Fire had burned about 150 square miles of timber and brush by Friday morning and was 8 percent contained. More than 1,000 firefighters were on the lines, with 300 more expected over the weekend.

Fire commander Beth Lund said at a briefing at 7 a.m. Friday that winds gusting up to 40 mph were expected to ease by Sunday, giving crews a chance to build containment lines. "The next 48 hours are critical," she said.

The fire was sparked by lightning on Aug. 7 and smoldered for more than a week in rugged terrain before hot, dry winds pushed it toward the Wood River Valley. Blaine County deputies went door to door late Thursday night, telling residents of about 1,200 homes to leave immediately.

"We've been living here for 25 years, and I've never seen the sky turn that color," said Janet Oakes, 61, who spent Thursday night in a Red Cross shelter at a high school in Hailey with her husband and two dogs. Schools that were scheduled to open Tuesday will stay closed at least until after Labor Day, the district said.

Idaho has endured a string of severe fire seasons in recent years. In 2012, wildfires burned more than 1.7 million acres in the state, the most since 1910. The federal government has spent more than $1 billion fighting fires so far this fiscal year, and the U.S. Forest Service warned this week that it may have to shift money from other programs, as it did in 2012.

Forecasters said cooler weather could arrive next week, but no significant rain is expected before September. The National Interagency Fire Center in Boise listed 41 large fires burning across the West on Friday.

Sun Valley Resort, a playground for celebrities since it opened in 1936, said it had closed its golf course and canceled a wine festival planned for the weekend. Gov. Butch Otter, who toured the area by helicopter Thursday afternoon, said the state would request federal aid.

Tyler Roth, who owns a bike shop in Ketchum, said the fire could not have come at a worse moment. "This should be our busiest stretch," he said. "Now everyone's gone."
""", [
    ('Thursday', 'DATE', '2013-08-22'),
    ('Friday', 'DATE', '2013-08-23'),
    ('Friday morning', 'DATE|TIME', '2013-08-23TMO'),
    ('the weekend', 'DATE', '2013-W34-WE'),
    ('7 a.m. Friday', 'TIME', '2013-08-23T07:00'),
    ('Sunday', 'DATE', '2013-08-25'),
    ('The next 48 hours', 'DURATION', 'PT48H'),
    ('Aug. 7', 'DATE', '2013-08-07'),
    ('more than a week', 'DURATION', 'P1W'),
    ('late Thursday night', 'DATE|TIME', '2013-08-22TNI'),
    ('25 years', 'DURATION', 'P25Y'),
    ('Thursday night', 'DATE|TIME', '2013-08-22TNI'),
    ('Tuesday', 'DATE', '2013-08-27'),
    ('Labor Day', 'DATE', '2013-09-02'),
    ('recent years', 'DATE', 'PAST_REF'),
    ('2012', 'DATE', '2012'),
    ('1910', 'DATE', '1910'),
    ('this fiscal year', 'DATE', 'FY2013|2013'),
    ('this week', 'DATE', '2013-W34'),
    ('2012', 'DATE', '2012'),
    ('next week', 'DATE', '2013-W35'),
    ('September', 'DATE', '2013-09'),
    ('Friday', 'DATE', '2013-08-23'),
    ('1936', 'DATE', '1936'),
    ('the weekend', 'DATE', '2013-W34-WE'),
    ('Thursday afternoon', 'DATE|TIME', '2013-08-22TAF'),
    ('Now', 'DATE', 'PRESENT_REF'),
]),

# 5. Reuters, trade dispute (2019)
('2019-05-14', 'auto', """China hits back with tariffs on $60 billion of U.S. goods as trade war escalates

BEIJING/WASHINGTON, May 14 (Reuters) - China said on Monday it would raise tariffs on $60 billion of U.S. goods from June 1, retaliating against Washington's decision last week to increase duties on Chinese imports as the world's two largest economies moved further from a deal.

The Finance Ministry said tariffs of up to 25 percent would be imposed on more than 5,000 products, from liquefied natural gas to frozen vegetables. Beijing had imposed duties on the same goods last September, but at lower rates.

U.S. President Donald Trump raised tariffs on $200 billion of Chinese goods to 25 percent from 10 percent at 12:01 a.m. EDT on Friday, accusing Beijing of backtracking on commitments made during months of negotiations. Vice Premier Liu He, who led China's delegation at talks in Washington on Thursday and Friday, said the negotiations had not broken down.

Trump told reporters at the White House on Monday evening that he expected to meet Chinese President Xi Jinping at the G20 summit in Osaka next month. He said his administration had also begun the process of imposing tariffs on a further $300 billion of Chinese imports, and a public hearing on that list is scheduled for June 17.

Stocks tumbled worldwide. The Dow Jones Industrial Average fell 617 points, or 2.4 percent, on Monday, its steepest fall since January. Markets in Asia steadied on Tuesday, with Shanghai's benchmark index closing up 0.6 percent.

The dispute dates to early 2018, when Washington imposed tariffs on imported steel and aluminum, and the two sides have held 11 rounds of talks over the past year. Chinese state media struck a defiant tone, with the People's Daily saying in a commentary on Tuesday that China "will never surrender."

Analysts at Goldman Sachs said on Tuesday that a prolonged dispute could cut 0.5 percentage point from China's growth over the next 12 months. Farmers in the U.S. Midwest have been among the hardest hit. China bought 30 percent fewer U.S. agricultural products in the first quarter than a year earlier, and U.S. soybean exports to China fell to their lowest level in 16 years in 2018, according to U.S. Agriculture Department data.

"Farmers have been patient, but patience is running out," said Mark Wilson, who grows corn and soybeans in Iowa. Trump said on Monday the administration would announce a new aid package for farmers in the coming weeks, following $12 billion in support unveiled last summer.
""", [
    ('May 14', 'DATE', '2019-05-14'),
    ('Monday', 'DATE', '2019-05-13'),
    ('June 1', 'DATE', '2019-06-01'),
    ('last week', 'DATE', '2019-W19'),
    ('last September', 'DATE', '2018-09'),
    ('12:01 a.m. EDT on Friday', 'TIME', '2019-05-10T00:01'),
    ('months', 'DURATION', 'PXM'),
    ('Thursday', 'DATE', '2019-05-09'),
    ('Friday', 'DATE', '2019-05-10'),
    ('Monday evening', 'DATE|TIME', '2019-05-13TEV'),
    ('next month', 'DATE', '2019-06'),
    ('June 17', 'DATE', '2019-06-17'),
    ('Monday', 'DATE', '2019-05-13'),
    ('January', 'DATE', '2019-01'),
    ('Tuesday', 'DATE', '2019-05-14'),
    ('early 2018', 'DATE', '2018'),
    ('the past year', 'DURATION', 'P1Y'),
    ('Tuesday', 'DATE', '2019-05-14'),
    ('Tuesday', 'DATE', '2019-05-14'),
    ('the next 12 months', 'DURATION', 'P12M'),
    ('the first quarter', 'DATE', '2019-Q1'),
    ('a year earlier', 'DATE', '2018-Q1|2018'),
    ('16 years', 'DURATION', 'P16Y'),
    ('2018', 'DATE', '2018'),
    ('Monday', 'DATE', '2019-05-13'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('last summer', 'DATE', '2018-SU'),
]),

# 6. BBC News, terror attack trial (2015)
('2015-11-05', 'auto', """Luton man guilty of plotting attack on London parade

A man has been found guilty of plotting to attack soldiers taking part in a military parade in central London last November.

Amir Hussain, 24, from Luton, was convicted at the Old Bailey on Thursday after a seven-week trial. He will be sentenced on 27 November.

The jury heard Mr Hussain bought a hunting knife and a replica pistol in October 2014 and had studied the route of the parade, which took place on 8 November 2014, using online maps. Police arrested him at his flat at about 06:00 GMT on 7 November, after an undercover officer alerted counter-terrorism detectives.

Prosecutor Max Hill QC told the court Mr Hussain had planned to "kill as many as I can" and had recorded a video message, found on his phone, which he intended to be released after his death.

Giving evidence last month, Mr Hussain said he had "never meant to hurt anyone" and had been "talking nonsense" online. He told the jury he had been depressed since losing his job in 2013 and had become increasingly isolated.

The court heard he had been in contact for at least eight months with a man in Syria who encouraged him to carry out an attack in the UK. Mr Hussain travelled to Turkey in the summer of 2014 but was turned back at the border.

His co-defendant, Bilal Ahmed, 19, from Dunstable, was cleared on Wednesday of failing to disclose information about an act of terrorism. The jury was unable to reach a verdict on a third man, who will face a retrial in the new year.

Commander Dean Haydon, head of the Met's Counter Terrorism Command, said after the verdict: "This was a real and serious threat. Had he not been stopped, people could have been killed that morning."

Home Office figures published in September showed 315 terrorism-related arrests in Britain over the past year, the highest number since records began in 2001. The UK terrorism threat level has been at "severe" since August 2014, meaning an attack is considered highly likely.

Security will be stepped up for Remembrance Sunday events this weekend, with thousands of officers on duty in London.
""", [
    ('last November', 'DATE', '2014-11'),
    ('Thursday', 'DATE', '2015-11-05'),
    ('seven-week', 'DURATION', 'P7W'),
    ('27 November', 'DATE', '2015-11-27'),
    ('October 2014', 'DATE', '2014-10'),
    ('8 November 2014', 'DATE', '2014-11-08'),
    ('about 06:00 GMT on 7 November', 'TIME', '2014-11-07T06:00'),
    ('last month', 'DATE', '2015-10'),
    ('2013', 'DATE', '2013'),
    ('at least eight months', 'DURATION', 'P8M'),
    ('the summer of 2014', 'DATE', '2014-SU'),
    ('Wednesday', 'DATE', '2015-11-04'),
    ('the new year', 'DATE', '2016'),
    ('that morning', 'DATE|TIME', '2014-11-08TMO'),
    ('September', 'DATE', '2015-09'),
    ('the past year', 'DURATION', 'P1Y'),
    ('2001', 'DATE', '2001'),
    ('August 2014', 'DATE', '2014-08'),
    ('Remembrance Sunday', 'DATE', '2015-11-08'),
    ('this weekend', 'DATE', '2015-W45-WE'),
]),

# 7. BBC News, royal event (2018)
('2018-04-20', 'auto', """Queen's birthday: Gun salutes and concert to mark 92nd birthday

The Queen will celebrate her 92nd birthday on Saturday with gun salutes in London and a star-studded concert at the Royal Albert Hall.

A 41-gun royal salute will be fired by the King's Troop Royal Horse Artillery in Hyde Park at noon, followed by a 62-gun salute at the Tower of London at 13:00 BST.

The concert, which begins at 19:30, will feature Sir Tom Jones, Kylie Minogue and Shaggy and will be broadcast live on BBC One. Tickets sold out within hours of going on sale in January, with proceeds going to the Prince's Trust.

The Queen, who became Britain's longest-reigning monarch in September 2015, usually spends her actual birthday privately. Her official birthday is marked by the Trooping the Colour parade, which this year takes place on 9 June.

Earlier this week she hosted leaders from the 53 Commonwealth countries at Buckingham Palace for the Commonwealth Heads of Government Meeting, which is held every two years. In her opening speech on Thursday, the Queen said it was her "sincere wish" that the Prince of Wales would succeed her as head of the organisation.

At a private meeting at Windsor Castle on Friday afternoon, leaders agreed that Prince Charles, 69, would take on the role. He has represented his mother at the summit in recent years, and she has not travelled abroad since 2015, when she attended the meeting in Malta.

The Queen has been head of the Commonwealth since 1952, when she succeeded her father, King George VI. The position is not hereditary.

Meanwhile, preparations continue for the wedding of Prince Harry and Meghan Markle at St George's Chapel, Windsor, on 19 May. Kensington Palace said on Wednesday that the couple's carriage procession through the town would begin at 13:00, and that about 100,000 people were expected to line the route.

Thames Valley Police said it had been planning security for the event since December, and that roads in the centre of Windsor would be closed from 06:00 on 19 May.
""", [
    ('Saturday', 'DATE', '2018-04-21'),
    ('noon', 'TIME', '2018-04-21T12:00'),
    ('13:00 BST', 'TIME', '2018-04-21T13:00'),
    ('19:30', 'TIME', '2018-04-21T19:30'),
    ('hours', 'DURATION', 'PTXH'),
    ('January', 'DATE', '2018-01'),
    ('September 2015', 'DATE', '2015-09'),
    ('this year', 'DATE', '2018'),
    ('9 June', 'DATE', '2018-06-09'),
    ('Earlier this week', 'DATE', '2018-W16'),
    ('every two years', 'SET', 'P2Y'),
    ('Thursday', 'DATE', '2018-04-19'),
    ('Friday afternoon', 'DATE|TIME', '2018-04-20TAF'),
    ('recent years', 'DATE', 'PAST_REF'),
    ('2015', 'DATE', '2015'),
    ('1952', 'DATE', '1952'),
    ('19 May', 'DATE', '2018-05-19'),
    ('Wednesday', 'DATE', '2018-04-18'),
    ('13:00', 'TIME', '2018-05-19T13:00'),
    ('December', 'DATE', '2017-12'),
    ('06:00 on 19 May', 'TIME', '2018-05-19T06:00'),
]),

# 8. CNN, sports doping case (2016)
('2016-02-18', 'auto', """Kenyan marathon star banned for four years after positive EPO test

(CNN) — Kenyan marathon runner Joyce Chepkemoi, who won last year's Chicago Marathon, has been banned for four years after testing positive for the blood booster EPO, athletics' world governing body said Thursday.

The IAAF said a urine sample collected during an out-of-competition test in the Kenyan town of Iten on Nov. 3 contained traces of the banned substance. Her ban is backdated to December 9, when she was provisionally suspended, and will run until December 2019.

Chepkemoi, 27, who won in Chicago in October in a personal best, will also be stripped of all results since June 2015 and must return about $100,000 in prize money.

Her manager, Gianni Bertolo, said Wednesday that the athlete had received an injection at a local clinic for a knee injury "and did not know what she was given." She has 21 days to appeal to the Court of Arbitration for Sport.

"I have been running clean for 10 years," Chepkemoi told CNN in a phone interview Thursday morning. "I will fight this until my name is clear."

The case is the latest blow for Kenya, where more than 40 athletes have failed drug tests since 2012. The World Anti-Doping Agency has given the country until April 5 to show that a new anti-doping law is in force, or risk being declared non-compliant just months before the Rio Olympics.

Athletics is also reeling from a scandal over state-sponsored doping in Russia. In November, the IAAF suspended Russia's athletics federation, and a WADA-commissioned report last month accused the sport's former leadership of covering up positive tests. IAAF President Sebastian Coe, who took office in August, has promised to rebuild trust.

Athletics Kenya chief executive Isaac Mwangi said the federation now tests its top 50 athletes four or five times a year and would double that number before the Games.

"We are not hiding anything," he said. "Anyone who cheats will be caught, sooner or later."

The Kenyan team will hold its Olympic trials in Eldoret from June 30 to July 2. The Rio Games open on August 5.
""", [
    ('four years', 'DURATION', 'P4Y'),
    ('last year', 'DATE', '2015'),
    ('four years', 'DURATION', 'P4Y'),
    ('Thursday', 'DATE', '2016-02-18'),
    ('Nov. 3', 'DATE', '2015-11-03'),
    ('December 9', 'DATE', '2015-12-09'),
    ('December 2019', 'DATE', '2019-12'),
    ('October', 'DATE', '2015-10'),
    ('June 2015', 'DATE', '2015-06'),
    ('Wednesday', 'DATE', '2016-02-17'),
    ('21 days', 'DURATION', 'P21D'),
    ('10 years', 'DURATION', 'P10Y'),
    ('Thursday morning', 'DATE|TIME', '2016-02-18TMO'),
    ('2012', 'DATE', '2012'),
    ('April 5', 'DATE', '2016-04-05'),
    ('months', 'DURATION', 'PXM'),
    ('November', 'DATE', '2015-11'),
    ('last month', 'DATE', '2016-01'),
    ('August', 'DATE', '2015-08'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('four or five times a year', 'SET', 'P1Y'),
    ('June 30', 'DATE', '2016-06-30'),
    ('July 2', 'DATE', '2016-07-02'),
    ('August 5', 'DATE', '2016-08-05'),
]),

# 9. The Guardian, factory closure (2019)
('2019-01-22', 'auto', """Swindon car parts factory to close with loss of 1,100 jobs

Tue 22 Jan 2019 14.30 GMT

A car parts factory in Swindon that has supplied Honda and BMW for almost four decades is to close with the loss of 1,100 jobs, in the latest blow to Britain's embattled automotive industry.

Haverton Components said on Tuesday it would wind down production at its Stratton site over the next 18 months, with the final shift expected in the summer of 2020. The company blamed falling demand for diesel cars, rising costs and uncertainty over Brexit, with the UK due to leave the EU on 29 March.

Staff were told of the decision at a meeting at 9am, though many had already seen reports on social media the night before.

"People have given their whole working lives to this place," said Karen Doyle, 52, who has worked on the assembly line since 1994. "We accepted a pay freeze last year because they told us it would keep the plant open."

The plant opened in 1982 and employed 2,300 people at its peak in the early 2000s. Sales fell 14% to £310m in 2017, according to the company's most recent accounts, and it made a pre-tax loss of £22m.

The announcement comes less than a fortnight after Jaguar Land Rover said it would cut 4,500 jobs, and follows Nissan's decision to scale back investment at its Sunderland plant. UK car production fell 8.3% in November compared with a year earlier, according to the Society of Motor Manufacturers and Traders, which has warned repeatedly that a no-deal Brexit would be "catastrophic" for the sector.

Unite, the union, said it would fight the closure and called for an urgent meeting with ministers this week. Its regional officer, Paul Green, said: "This is devastating news for Swindon and for hundreds of families who have depended on this site for decades."

The business secretary, Greg Clark, said the government would work with the company and local partners in the coming weeks to find new jobs for those affected. Swindon's Conservative MP, Justin Tomlinson, said the town's Honda plant, which has built cars since 1992, now needed "a clear long-term commitment" from the Japanese carmaker.

Haverton, which is owned by the Osaka-based Kitamura Group, said consultation with staff would begin on Monday and last 45 days. Redundancy terms will be agreed by the end of March, it added.
""", [
    ('Tue 22 Jan 2019 14.30 GMT', 'TIME', '2019-01-22T14:30'),
    ('almost four decades', 'DURATION', 'P40Y|P4E'),
    ('Tuesday', 'DATE', '2019-01-22'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('the summer of 2020', 'DATE', '2020-SU'),
    ('29 March', 'DATE', '2019-03-29'),
    ('9am', 'TIME', '2019-01-22T09:00'),
    ('the night before', 'DATE|TIME', '2019-01-21TNI'),
    ('1994', 'DATE', '1994'),
    ('last year', 'DATE', '2018'),
    ('1982', 'DATE', '1982'),
    ('the early 2000s', 'DATE', '200'),
    ('2017', 'DATE', '2017'),
    ('less than a fortnight', 'DURATION', 'P2W'),
    ('November', 'DATE', '2018-11'),
    ('a year earlier', 'DATE', '2017-11'),
    ('this week', 'DATE', '2019-W04'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('1992', 'DATE', '1992'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '2019-01-28'),
    ('45 days', 'DURATION', 'P45D'),
    ('the end of March', 'DATE', '2019-03'),
]),

# 10. Wall Street Journal, IPO (2014)
('2014-09-17', 'auto', """Cloud Firm Veridian Prices IPO Above Range

By Maya Lindqvist
Updated Sept. 17, 2014 8:04 p.m. ET

Veridian Systems Inc. priced its initial public offering above its expected range Wednesday, valuing the cloud-software company at about $3.1 billion and adding to a crowded calendar of new listings ahead of Alibaba Group Holding Ltd.'s blockbuster debut.

The San Jose, Calif., company sold 12 million shares at $24 each, raising $288 million, according to a person familiar with the matter. Veridian had said earlier this month that it expected to price the shares between $19 and $21. The stock is set to begin trading on the New York Stock Exchange on Thursday under the ticker VRDN.

Founded in 2008 by two former Oracle Corp. engineers, Veridian sells software that helps retailers track inventory across stores and warehouses. Revenue rose 68% to $141 million in fiscal 2014, which ended Jan. 31, while its net loss widened to $37 million from $22 million a year earlier. In the six months ended July 31, revenue climbed 61% to $93 million.

Chief Executive Ravi Menon said in an interview Wednesday that the company expects to become profitable within two years. "We've been preparing for this for 18 months," he said. "We weren't going to rush it."

U.S.-listed companies have raised $62 billion through IPOs so far this year, according to Dealogic, up 48% from a year earlier and the strongest pace since 2000. Alibaba is expected to price its offering Thursday evening and begin trading Friday, in what could be the largest share sale on record.

Technology debuts have had a mixed record this year. Shares of King Digital Entertainment PLC, the maker of the Candy Crush game, are down about 30% since its March debut, while shares of GoPro Inc., which went public in June, have more than doubled.

Veridian's early investors, including venture firm Sand Hill Partners, are barred from selling shares for 180 days under a standard lockup agreement. Sand Hill first invested in 2010 and owns about 22% of the company after the offering.

The company plans to report its first results as a public company in early December. Analysts will be watching whether growth in subscription revenue, which accounts for about 80% of sales, holds up through the end of the year, traditionally the busiest period for its retail customers.
""", [
    ('Sept. 17, 2014 8:04 p.m. ET', 'TIME', '2014-09-17T20:04'),
    ('Wednesday', 'DATE', '2014-09-17'),
    ('earlier this month', 'DATE', '2014-09'),
    ('Thursday', 'DATE', '2014-09-18'),
    ('2008', 'DATE', '2008'),
    ('fiscal 2014', 'DATE', 'FY2014|2014'),
    ('Jan. 31', 'DATE', '2014-01-31'),
    ('a year earlier', 'DATE', 'FY2013|2013'),
    ('the six months', 'DURATION', 'P6M'),
    ('July 31', 'DATE', '2014-07-31'),
    ('Wednesday', 'DATE', '2014-09-17'),
    ('two years', 'DURATION', 'P2Y'),
    ('18 months', 'DURATION', 'P18M'),
    ('this year', 'DATE', '2014'),
    ('a year earlier', 'DATE', '2013'),
    ('2000', 'DATE', '2000'),
    ('Thursday evening', 'DATE|TIME', '2014-09-18TEV'),
    ('Friday', 'DATE', '2014-09-19'),
    ('this year', 'DATE', '2014'),
    ('March', 'DATE', '2014-03'),
    ('June', 'DATE', '2014-06'),
    ('180 days', 'DURATION', 'P180D'),
    ('2010', 'DATE', '2010'),
    ('early December', 'DATE', '2014-12'),
    ('the end of the year', 'DATE', '2014|2014-12'),
]),

# 11. Wall Street Journal, drought (2015)
('2015-07-08', 'auto', """Drought Forces California Farmers to Idle More Land

FRESNO, Calif.—California farmers will leave about 560,000 acres unplanted this year as a drought that began in 2012 tightens its grip, costing the state's agricultural economy an estimated $1.8 billion, according to a study released Tuesday.

The report by researchers at the University of California, Davis, estimated that the drought would eliminate 10,100 farm jobs in 2015. Growers are pumping record amounts of groundwater to make up for surface-water deliveries that the study said were down by a third from normal.

Gov. Jerry Brown in April ordered cities and towns to cut water use by 25%, the first mandatory statewide restrictions in California's history. Last month, state regulators told hundreds of farmers whose water rights date to before 1914 to stop drawing from rivers and streams, an order some growers are challenging in court.

The cutbacks have rippled through the state's $47 billion farm economy. Central Valley Nut Co., one of the state's largest almond processors, said Monday that second-quarter earnings would fall about 15% because of higher water costs and lower yields. It is scheduled to report full results July 30.

Almond prices have risen about 40% over the past two years, as dry conditions cut output in a state that grows roughly 80% of the world's supply. Critics say the nut, which needs about a gallon of water per kernel, is a poor fit for a parched region, but growers have continued to plant new orchards.

"We've gone from paying $140 an acre-foot for water to $1,100," said Mark Ferreira, who farms near Firebaugh. "Three years ago I planted 2,000 acres of cantaloupes and tomatoes. This year I planted 1,200."

The snowpack in the Sierra Nevada, which normally supplies about a third of the state's water, measured 5% of its average on April 1, the lowest in records going back to 1950. Water districts in the San Joaquin Valley now meet weekly to divide what little supply remains.

Forecasters at the National Weather Service say a strong El Niño could bring heavy rain this winter, but hydrologists warn that a single wet season would not refill aquifers drained over the past four years. Under a groundwater law signed last September, local agencies have until 2020 to submit plans to bring pumping into balance, and state officials are due to issue draft rules by next June.
""", [
    ('this year', 'DATE', '2015'),
    ('2012', 'DATE', '2012'),
    ('Tuesday', 'DATE', '2015-07-07'),
    ('2015', 'DATE', '2015'),
    ('April', 'DATE', '2015-04'),
    ('Last month', 'DATE', '2015-06'),
    ('1914', 'DATE', '1914'),
    ('Monday', 'DATE', '2015-07-06'),
    ('second-quarter', 'DATE', '2015-Q2'),
    ('July 30', 'DATE', '2015-07-30'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('Three years ago', 'DATE', '2012'),
    ('This year', 'DATE', '2015'),
    ('April 1', 'DATE', '2015-04-01'),
    ('1950', 'DATE', '1950'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('weekly', 'SET', 'P1W'),
    ('this winter', 'DATE', '2015-WI'),
    ('the past four years', 'DURATION', 'P4Y'),
    ('last September', 'DATE', '2014-09'),
    ('2020', 'DATE', '2020'),
    ('next June', 'DATE', '2016-06'),
]),

# 12. New York Times, parliamentary vote (2013)
('2013-02-12', 'auto', """French Assembly Approves Same-Sex Marriage Bill

By CLAIRE DUMONT
Feb. 12, 2013

PARIS — France's lower house of Parliament voted on Tuesday to legalize same-sex marriage and adoption, approving a bill that has set off some of the largest street protests the country has seen in decades.

The National Assembly passed the measure 329 to 229 at about 5 p.m., after 10 days of often acrimonious debate in which lawmakers considered more than 5,000 amendments proposed by the opposition. The debate, which began on Jan. 29, included one session that ran until 4 a.m. on Sunday, Feb. 3. The bill now goes to the Senate, which is expected to take it up in early April.

"This is a historic step for equality," Justice Minister Christiane Taubira told lawmakers before the vote, to a standing ovation from the left side of the chamber.

President François Hollande promised during his campaign last year to extend marriage rights to gay couples, and his Socialist Party and its allies hold majorities in both houses of Parliament. Opponents, led by the center-right Union for a Popular Movement and the Roman Catholic Church, staged a march in Paris on Jan. 13 that drew at least 340,000 people, according to the police, and organizers say they will return to the streets on March 24.

France has allowed civil unions, known as PACS, since 1999. About 200,000 are now signed each year, the vast majority by heterosexual couples.

If the Senate approves the bill without changes, the first weddings could take place by early summer. Government officials had originally hoped to see the law enacted by the end of January, but the opposition's tactics slowed the debate.

Britain's House of Commons backed a similar bill last Tuesday, and the Netherlands became the first country to allow same-sex couples to marry in April 2001. A dozen countries now permit such unions.

A poll published Sunday in Le Journal du Dimanche found that 52 percent of French people supported same-sex marriage, down from 65 percent in August.

Hervé Mariton, a deputy from the Union for a Popular Movement who spent hours at the lectern during the debate, said the opposition would ask the Constitutional Council to strike down the law. The council has a month to rule once it receives a challenge.

"We will continue this fight for as long as it takes," Mr. Mariton said Tuesday evening.
""", [
    ('Feb. 12, 2013', 'DATE', '2013-02-12'),
    ('Tuesday', 'DATE', '2013-02-12'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('about 5 p.m.', 'TIME', '2013-02-12T17:00'),
    ('10 days', 'DURATION', 'P10D'),
    ('Jan. 29', 'DATE', '2013-01-29'),
    ('4 a.m. on Sunday, Feb. 3', 'TIME', '2013-02-03T04:00'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('early April', 'DATE', '2013-04'),
    ('last year', 'DATE', '2012'),
    ('Jan. 13', 'DATE', '2013-01-13'),
    ('March 24', 'DATE', '2013-03-24'),
    ('1999', 'DATE', '1999'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('each year', 'SET', 'P1Y'),
    ('early summer', 'DATE', '2013-SU'),
    ('the end of January', 'DATE', '2013-01'),
    ('last Tuesday', 'DATE', '2013-02-05'),
    ('April 2001', 'DATE', '2001-04'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Sunday', 'DATE', '2013-02-10'),
    ('August', 'DATE', '2012-08'),
    ('hours', 'DURATION', 'PTXH'),
    ('a month', 'DURATION', 'P1M'),
    ('Tuesday evening', 'DATE|TIME', '2013-02-12TEV'),
]),
]
