# Gold TIMEX3 probe set 85: twelve invented news texts (AP, NYT News Service, Xinhua, WSJ, VOA, CNN; DCTs 1989-2001), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, crime: armored car robbery arrests (1989)
('1989-11-14', 'auto', """Two Men Charged in $1.2 Million Armored Car Robbery

HARTFORD, Conn. (AP) _ Two men were arrested Monday night and charged with the robbery of an armored car outside a suburban shopping mall last month, police said today.

Raymond T. Kessler, 34, of East Hartford, and Luis Ortega, 29, of New Britain, were each held on $500,000 bond after a brief arraignment Tuesday morning in Superior Court in Hartford. Both are scheduled to return to court Nov. 28.

The robbery took place about 9:15 a.m. on Oct. 6 in the parking lot of the Westfarms Mall in Farmington, where two guards were loading canvas bags of cash and checks into a truck owned by Brinkman Security Services Inc. Two masked men armed with shotguns ordered the guards to lie face down on the pavement, took their revolvers and drove off in a gray van with about $1.2 million, investigators said.

The arrests followed a five-week investigation by state police, the FBI and Farmington detectives. Police Chief Walter Drummond said an informant called investigators early last week and led them to a rented garage in Newington, where officers found a van matching the description of the getaway vehicle.

"This was a well-planned job, but they made mistakes," Drummond said at a news conference this afternoon.

Investigators recovered about $310,000 in cash from the garage Sunday, he said. The rest of the money has not been found, and a third suspect is still being sought.

Kessler worked as a guard for Brinkman for eight months in 1987 and 1988 before he was fired for missing work, company spokeswoman Diane Follett said. She said the company has changed its pickup schedules since the robbery and now varies its routes daily.

"He knew exactly when the truck would be there and how many guards would be on it," Drummond said.

Ortega's lawyer, Martin Feld, said his client was at his job in New Britain when the robbery occurred and would plead innocent. Kessler's court-appointed lawyer did not return telephone calls.

The two guards, who were not hurt, returned to work two weeks after the robbery.

It was the largest armored car robbery in Connecticut since September 1983, when gunmen took about $7 million from a Wells Fargo depot in West Hartford. That case, which authorities linked to a Puerto Rican independence group, took years to solve.

If convicted, Kessler and Ortega each face up to 40 years in prison.
""", [
    ('Monday night', 'DATE|TIME', '1989-11-13TNI'),
    ('last month', 'DATE', '1989-10'),
    ('today', 'DATE', '1989-11-14'),
    ('Tuesday morning', 'DATE|TIME', '1989-11-14TMO'),
    ('Nov. 28', 'DATE', '1989-11-28'),
    ('about 9:15 a.m. on Oct. 6', 'TIME', '1989-10-06T09:15'),
    ('five-week', 'DURATION', 'P5W'),
    ('early last week', 'DATE', '1989-W45'),
    ('this afternoon', 'DATE|TIME', '1989-11-14TAF'),
    ('Sunday', 'DATE', '1989-11-12'),
    ('eight months', 'DURATION', 'P8M'),
    ('1987', 'DATE', '1987'),
    ('1988', 'DATE', '1988'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('daily', 'SET', 'P1D'),
    ('two weeks', 'DURATION', 'P2W'),
    ('September 1983', 'DATE', '1983-09'),
    ('years', 'DURATION', 'PXY'),
    ('40 years', 'DURATION', 'P40Y'),
]),
# 2. New York Times News Service, diplomacy: Arab summit after the invasion of Kuwait (1990)
('1990-08-09', 'auto', """Arab Leaders Gather in Cairo as Pressure Mounts on Baghdad

By ELAINE R. MARSH
c.1990 N.Y. Times News Service

CAIRO, Egypt — Arab heads of state began arriving here Thursday for an emergency summit meeting that Egyptian officials described as the last chance for an Arab solution to the crisis that began a week ago, when Iraqi troops overran Kuwait.

The meeting, scheduled to open at 5 p.m. Friday, was called by President Hosni Mubarak on Wednesday night, hours after President Bush announced that American troops and warplanes were being sent to Saudi Arabia to deter an Iraqi attack.

Diplomats said the gathering could last two days. Several delegations said they expected a vote by Saturday on a resolution condemning the invasion and demanding the withdrawal of Iraqi forces, but it was not clear whether President Saddam Hussein of Iraq would attend or send a deputy.

"If the Arabs cannot act together this week, others will act for them," said a senior Egyptian Foreign Ministry official who spoke on condition of anonymity.

Since the invasion on Aug. 2, Iraq has massed an estimated 100,000 troops near the Saudi border. On Wednesday, Baghdad announced that it had annexed Kuwait, a step that the United Nations Security Council unanimously declared null and void early today.

In Washington, officials said the first units of the 82nd Airborne Division had landed in Saudi Arabia and that the buildup would continue for several weeks. Defense Secretary Dick Cheney, who met King Fahd in Jidda on Monday, stopped in Cairo on Tuesday and spoke with Mr. Mubarak for two hours.

Speaking to reporters Thursday afternoon, Mr. Mubarak said he had telephoned the Iraqi leader three times since the invasion. "I told him that there is still an opportunity, but it will not last," he said.

King Hussein of Jordan, who flew to Baghdad last weekend in an effort to mediate, arrived in Cairo tonight. Jordanian officials said he would propose that Iraqi forces pull back to the border within a month, in exchange for talks on Iraq's claims to Kuwaiti oil fields and islands.

The Arab League has rarely managed a united response to a dispute among its own members since its founding in 1945, and Western diplomats here said they had low expectations for the meeting.

Oil prices, which have risen more than 40 percent since late July, climbed again today on the New York Mercantile Exchange, where crude oil for September delivery settled at $26.11 a barrel.
""", [
    ('1990', 'DATE', '1990'),
    ('Thursday', 'DATE', '1990-08-09'),
    ('a week ago', 'DATE', '1990-W31|1990-08-02'),
    ('5 p.m. Friday', 'TIME', '1990-08-10T17:00'),
    ('Wednesday night', 'DATE|TIME', '1990-08-08TNI'),
    ('hours', 'DURATION', 'PTXH'),
    ('two days', 'DURATION', 'P2D'),
    ('Saturday', 'DATE', '1990-08-11'),
    ('this week', 'DATE', '1990-W32'),
    ('Aug. 2', 'DATE', '1990-08-02'),
    ('Wednesday', 'DATE', '1990-08-08'),
    ('early today', 'DATE', '1990-08-09'),
    ('several weeks', 'DURATION', 'PXW'),
    ('Monday', 'DATE', '1990-08-06'),
    ('Tuesday', 'DATE', '1990-08-07'),
    ('two hours', 'DURATION', 'PT2H'),
    ('Thursday afternoon', 'DATE|TIME', '1990-08-09TAF'),
    ('last weekend', 'DATE', '1990-W31-WE'),
    ('tonight', 'DATE|TIME', '1990-08-09TNI'),
    ('a month', 'DURATION', 'P1M'),
    ('1945', 'DATE', '1945'),
    ('late July', 'DATE', '1990-07'),
    ('today', 'DATE', '1990-08-09'),
    ('September', 'DATE', '1990-09'),
]),
# 3. Xinhua, disaster: floods in Anhui (1991)
('1991-06-18', 'auto', """Torrential Rains Flood Farmland in East China's Anhui

HEFEI, June 18 (Xinhua) -- Torrential rains that have lashed Anhui Province since mid-May have flooded more than 800,000 hectares of farmland and left 46 people dead, the provincial flood control headquarters announced here today.

Rainfall in the Huaihe River valley over the past 30 days has been more than double the normal level, according to the provincial meteorological bureau. In Shouxian County, 310 millimeters of rain fell in the 72 hours ending at 8 a.m. Monday, the heaviest downpour recorded there since 1954.

The water level at the Bengbu section of the Huaihe River reached 21.1 meters at noon Sunday, 0.6 meters above the warning level, and was still rising this morning.

Since June 12, more than 200,000 soldiers, militiamen and local residents have been mobilized to reinforce dikes along the river and its tributaries. About 1.3 million people have been moved from low-lying areas to higher ground, and no major dike has been breached, officials said.

Vice-Premier Tian Jiyun, who arrived in Hefei on Sunday for a three-day inspection tour, urged local officials to put the safety of the people first and to be prepared for still heavier rains. He visited flooded villages in Fengtai and Huainan counties yesterday.

The State Council has allocated 50 million yuan in emergency relief funds for the province, and the Ministry of Civil Affairs shipped 100,000 tents and 20,000 tons of grain to the flood areas last week.

Meteorologists forecast more rain for the next ten days. The plum rain season set in nearly two weeks earlier than usual this year, they said.

Provincial officials said the floods are the worst in the Huaihe valley in nearly four decades. The wheat harvest in the province, which was expected to reach 8 million tons this year, may be cut by one-fifth, and the transplanting of rice seedlings has been delayed in many counties.

The provincial government has ordered all counties along the river to report flood conditions to Hefei every six hours, and has sent 300 medical teams to the flooded areas to prevent outbreaks of epidemic diseases.

Flooding has also been reported in neighboring Jiangsu Province, where more than 100,000 hectares of crops are under water and local authorities have called out troops to guard the dikes along the Grand Canal.
""", [
    ('June 18', 'DATE', '1991-06-18'),
    ('mid-May', 'DATE', '1991-05'),
    ('today', 'DATE', '1991-06-18'),
    ('the past 30 days', 'DURATION', 'P30D'),
    ('72 hours', 'DURATION', 'PT72H'),
    ('8 a.m. Monday', 'TIME', '1991-06-17T08:00'),
    ('1954', 'DATE', '1954'),
    ('noon Sunday', 'TIME', '1991-06-16T12:00'),
    ('this morning', 'DATE|TIME', '1991-06-18TMO'),
    ('June 12', 'DATE', '1991-06-12'),
    ('Sunday', 'DATE', '1991-06-16'),
    ('three-day', 'DURATION', 'P3D'),
    ('yesterday', 'DATE', '1991-06-17'),
    ('last week', 'DATE', '1991-W24'),
    ('the next ten days', 'DURATION', 'P10D'),
    ('nearly two weeks', 'DURATION', 'P2W'),
    ('this year', 'DATE', '1991'),
    ('nearly four decades', 'DURATION', 'P4DE|P40Y'),
    ('this year', 'DATE', '1991'),
    ('every six hours', 'SET', 'PT6H'),
]),
# 4. Wall Street Journal, markets: sterling leaves the ERM (1992)
('1992-09-17', 'auto', """Pound Tumbles as Britain Quits Europe's Currency Grid

By MARGARET HOLLOWAY
Staff Reporter of The Wall Street Journal

LONDON -- The British pound plunged yesterday after the government suspended its membership in the European exchange-rate mechanism, ending a frantic session in which the Bank of England raised its key lending rate twice in a futile attempt to defend the currency.

Chancellor of the Exchequer Norman Lamont announced the suspension at 7:30 p.m. London time. The central bank had lifted its base rate to 12% from 10% at 11 a.m., and then promised a further increase to 15%. Last night, the Treasury said the 15% rate would not take effect and that the base rate would return to 10% today.

In late New York trading, the pound was quoted at $1.7740, down from $1.8870 late Tuesday, and at 2.6250 marks, well below the floor of 2.7780 marks it had been obliged to defend inside the system.

The Italian government said early today that the lira, which was devalued by 7% only on Sunday, would also be withdrawn from the mechanism.

Traders said the Bundesbank's refusal to cut German interest rates more sharply after Monday's quarter-point reduction left sterling exposed. "It has been a one-way bet for the past two weeks," said Peter Lang, chief currency economist at Carrington Securities in London. "The market simply did not believe the government could hold the line."

Dealers estimated that the Bank of England spent as much as $15 billion of its reserves buying pounds yesterday. Britain joined the mechanism in October 1990 at a central rate of 2.95 marks, and Prime Minister John Major had insisted as recently as last week that devaluation was not an option.

The crisis comes four days before French voters decide in a referendum on Sunday whether to ratify the Maastricht treaty on European union. A "no" vote, several analysts said, could unleash a new wave of selling against the French franc and the Spanish peseta.

Mr. Lamont said the government would decide in the coming weeks whether and when to rejoin. Many economists said they expected the pound to stay out of the system at least until next year, and some predicted the Bank of England would cut rates again before the end of October to revive an economy that has been in recession for two years.

In London, the FT-SE 100 index of leading shares rose 2.6% yesterday as investors bet on lower interest rates. On Wall Street, the Dow Jones Industrial Average rose 21.23 points to 3327.62 in moderate trading.
""", [
    ('yesterday', 'DATE', '1992-09-16'),
    ('7:30 p.m. London time', 'TIME', '1992-09-16T19:30'),
    ('11 a.m.', 'TIME', '1992-09-16T11:00'),
    ('Last night', 'DATE|TIME', '1992-09-16TNI'),
    ('today', 'DATE', '1992-09-17'),
    ('late Tuesday', 'DATE', '1992-09-15'),
    ('early today', 'DATE', '1992-09-17'),
    ('Sunday', 'DATE', '1992-09-13'),
    ('Monday', 'DATE', '1992-09-14'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('yesterday', 'DATE', '1992-09-16'),
    ('October 1990', 'DATE', '1990-10'),
    ('last week', 'DATE', '1992-W37'),
    ('four days', 'DURATION', 'P4D'),
    ('Sunday', 'DATE', '1992-09-20'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
    ('next year', 'DATE', '1993'),
    ('the end of October', 'DATE', '1992-10'),
    ('two years', 'DURATION', 'P2Y'),
    ('yesterday', 'DATE', '1992-09-16'),
]),
# 5. VOA, war and politics: Moscow after the assault on parliament (1993)
('1993-10-05', 'auto', """Moscow Calm After Assault on Parliament

DATELINE=MOSCOW
BYLINE=PETER HOLLIS

INTRO: Moscow was calm today after troops loyal to President Boris Yeltsin crushed an armed uprising by his hard-line opponents. Peter Hollis reports from the Russian capital that the government is now moving against the leaders of the revolt.

TEXT: Workers began clearing broken glass and debris from the charred parliament building this morning, and traffic returned to the streets along the Moscow River, where tanks shelled the building for nearly ten hours on Monday.

A state of emergency and a curfew imposed Monday remain in force, and officials say they will stay in place at least until the end of the week. Police today continued to search apartment blocks near the parliament for snipers.

The Prosecutor General's office says former Vice President Alexander Rutskoi and parliament speaker Ruslan Khasbulatov, who surrendered Monday evening, are being held in Lefortovo prison and could face charges of organizing mass disorder.

Officials say at least 140 people were killed in two days of fighting that began Sunday afternoon, when crowds broke through police lines around the parliament, stormed the mayor's office and tried to seize the Ostankino television center.

In a televised address late Monday, Mr. Yeltsin said the uprising had been prepared for months. He has banned several opposition newspapers and suspended the activities of a number of hard-line parties. But he says elections for a new parliament will go ahead as scheduled on December 12.

Western diplomats in Moscow say the events of the past two weeks, which began on September 21 when Mr. Yeltsin dissolved the Supreme Soviet, have left the Russian leader in his strongest position since the failed coup of August 1991. But they warn that the use of tanks in the center of the capital will leave bitter memories.

In Washington, President Clinton telephoned Mr. Yeltsin Monday and said the United States continues to support his program of reforms. Secretary of State Warren Christopher is expected to visit Moscow later this month.

Many Moscow residents interviewed today said they were relieved that the fighting was over. One pensioner, standing near the blackened building, said she had lived in the city for 70 years and had never seen soldiers fire on a government building. Others said they feared more violence before the December vote.
""", [
    ('today', 'DATE', '1993-10-05'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this morning', 'DATE|TIME', '1993-10-05TMO'),
    ('nearly ten hours', 'DURATION', 'PT10H'),
    ('Monday', 'DATE', '1993-10-04'),
    ('Monday', 'DATE', '1993-10-04'),
    ('the end of the week', 'DATE', '1993-W40'),
    ('today', 'DATE', '1993-10-05'),
    ('Monday evening', 'DATE|TIME', '1993-10-04TEV'),
    ('two days', 'DURATION', 'P2D'),
    ('Sunday afternoon', 'DATE|TIME', '1993-10-03TAF'),
    ('late Monday', 'DATE', '1993-10-04'),
    ('months', 'DURATION', 'PXM'),
    ('December 12', 'DATE', '1993-12-12'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('September 21', 'DATE', '1993-09-21'),
    ('August 1991', 'DATE', '1991-08'),
    ('Monday', 'DATE', '1993-10-04'),
    ('later this month', 'DATE', '1993-10'),
    ('today', 'DATE', '1993-10-05'),
    ('70 years', 'DURATION', 'P70Y'),
    ('December', 'DATE', '1993-12'),
]),
# 6. CNN, disaster: the Northridge earthquake, day two (1994)
('1994-01-18', 'auto', """Quake Death Toll Climbs as Aftershocks Rattle Los Angeles

LOS ANGELES (CNN) -- Rescue crews searched collapsed apartment buildings and parking garages Tuesday as the death toll from Monday's earthquake rose to at least 33, and a steady stream of aftershocks kept residents of the San Fernando Valley on edge.

The magnitude 6.6 quake struck at 4:31 a.m. PST Monday, centered beneath the Northridge section of the valley. It was felt as far away as Las Vegas, and it brought down sections of three freeways.

Sixteen people died when the three-story Northridge Meadows apartment complex collapsed onto its ground-floor units. Firefighters worked for 11 hours to reach a man trapped in the rubble, and pulled him out alive early Tuesday.

One of the strongest aftershocks, measuring 5.2, hit at 12:39 p.m. Tuesday, sending shoppers running from stores in Sherman Oaks. Seismologists at the California Institute of Technology in Pasadena said residents should expect strong aftershocks for weeks and possibly months.

Mayor Richard Riordan said a curfew would be in force again tonight, from 7 p.m. until 5 a.m., in the hardest-hit neighborhoods. More than 20,000 people spent Monday night in parks and school yards, many of them afraid to go back inside their homes.

The Santa Monica Freeway, the busiest in the nation, collapsed in two places and could be closed for months, state transportation officials said. About 280,000 vehicles use that stretch of Interstate 10 daily.

President Clinton, who declared Los Angeles County a disaster area Monday, is scheduled to tour the damage Wednesday with several members of his Cabinet.

Power has been restored to most of the 3.1 million customers who lost it, but about 40,000 homes in the valley were still without water this evening, the Department of Water and Power said. Long lines formed outside supermarkets as residents stocked up on bottled water and batteries.

It was the most damaging earthquake in Southern California since the 1971 Sylmar quake, which killed 65 people, and the second major quake to strike the state in five years, after the Loma Prieta quake in October 1989.

Officials estimated the damage at $15 billion to $30 billion, which would make it the costliest natural disaster in U.S. history.
""", [
    ('Tuesday', 'DATE', '1994-01-18'),
    ('Monday', 'DATE', '1994-01-17'),
    ('4:31 a.m. PST Monday', 'TIME', '1994-01-17T04:31'),
    ('11 hours', 'DURATION', 'PT11H'),
    ('early Tuesday', 'DATE', '1994-01-18'),
    ('12:39 p.m. Tuesday', 'TIME', '1994-01-18T12:39'),
    ('weeks', 'DURATION', 'PXW'),
    ('months', 'DURATION', 'PXM'),
    ('tonight', 'DATE|TIME', '1994-01-18TNI'),
    ('7 p.m.', 'TIME', '1994-01-18T19:00'),
    ('5 a.m.', 'TIME', '1994-01-19T05:00'),
    ('Monday night', 'DATE|TIME', '1994-01-17TNI'),
    ('months', 'DURATION', 'PXM'),
    ('daily', 'SET', 'P1D'),
    ('Monday', 'DATE', '1994-01-17'),
    ('Wednesday', 'DATE', '1994-01-19'),
    ('this evening', 'DATE|TIME', '1994-01-18TEV'),
    ('1971', 'DATE', '1971'),
    ('five years', 'DURATION', 'P5Y'),
    ('October 1989', 'DATE', '1989-10'),
]),
# 7. AP, courts: thrift president convicted; narrative of the 1988 shredding (1995)
('1995-10-04', 'auto', """Former Thrift President Convicted in Loan Scheme

BATON ROUGE, La. (AP) _ A federal jury on Wednesday convicted the former president of a failed Louisiana savings and loan of fraud and conspiracy, ending a trial that lasted nearly seven weeks.

Harlan J. Dufresne, 58, showed no emotion as the verdict was read at 3:15 p.m. The jury had deliberated for about 14 hours over three days before finding him guilty on 11 of 13 counts.

U.S. District Judge Mary Ellen Price set sentencing for Jan. 12. Dufresne faces up to 30 years in prison and fines of up to $2.75 million. He remains free on bond.

Prosecutors said Dufresne and two other officers of Pelican Federal Savings approved more than $40 million in loans to companies secretly controlled by his business partners between 1985 and 1988. Regulators seized the thrift in March 1989, and its collapse cost taxpayers about $96 million.

The case turned on the testimony of a former vice president of the thrift, Roger Thibodeaux, who told jurors how the scheme began to unravel.

On July 14, 1988, Thibodeaux testified, Dufresne learned that examiners from the Federal Home Loan Bank Board planned to review the loans. Two weeks later, Dufresne told him to remove the files on the partners' companies from the bank's vault. Thibodeaux said he spent that night shredding documents in the basement of the bank's main office and carried the remaining boxes to his car the next morning.

The examiners arrived the following Monday. They found gaps in the loan records but did not refer the case to prosecutors until 1990.

Thibodeaux pleaded guilty to conspiracy in 1993 and is to be sentenced next month.

The government's first attempt to try Dufresne ended in a mistrial in April 1994, when a juror suffered a heart attack three weeks into the trial.

Defense lawyer Charles Broussard said he would ask for a new trial within 10 days. "The government built its case on the word of a man who admits he destroyed evidence," he said.

U.S. Attorney Robert Landry said the verdict was the 14th conviction in Louisiana arising from the savings and loan failures of the late 1980s. "These cases take years, but we do not forget them," he said.

Dufresne left the courthouse with his wife and two sons and did not speak to reporters.
""", [
    ('Wednesday', 'DATE', '1995-10-04'),
    ('nearly seven weeks', 'DURATION', 'P7W'),
    ('3:15 p.m.', 'TIME', '1995-10-04T15:15'),
    ('about 14 hours', 'DURATION', 'PT14H'),
    ('three days', 'DURATION', 'P3D'),
    ('Jan. 12', 'DATE', '1996-01-12'),
    ('30 years', 'DURATION', 'P30Y'),
    ('1985', 'DATE', '1985'),
    ('1988', 'DATE', '1988'),
    ('March 1989', 'DATE', '1989-03'),
    ('July 14, 1988', 'DATE', '1988-07-14'),
    ('Two weeks later', 'DATE', '1988-07-28|1988-W30'),
    ('that night', 'DATE|TIME', '1988-07-28TNI'),
    ('the next morning', 'DATE|TIME', '1988-07-29TMO'),
    ('the following Monday', 'DATE', '1988-08-01'),
    ('1990', 'DATE', '1990'),
    ('1993', 'DATE', '1993'),
    ('next month', 'DATE', '1995-11'),
    ('April 1994', 'DATE', '1994-04'),
    ('three weeks', 'DURATION', 'P3W'),
    ('10 days', 'DURATION', 'P10D'),
    ('the late 1980s', 'DATE', '198'),
    ('years', 'DURATION', 'PXY'),
]),
# 8. New York Times News Service, companies: a software maker's slide into Chapter 11, told in narrative (1996)
('1996-07-19', 'auto', """For a Software Maker, a Long Slide Ends in Bankruptcy Court

By DANIEL K. FORTIER
c.1996 N.Y. Times News Service

BOSTON — When Meridian Data Systems sold its first shares to the public in the spring of 1991, its founder, Gerald Amsel, rang a ship's bell in the lobby of the company's headquarters in Waltham and told employees that they were building the next Lotus.

On Monday, Meridian filed for protection from its creditors under Chapter 11 of the federal bankruptcy code, listing debts of $112 million and assets of $61 million. Its shares, which traded as high as $47 in 1993, closed Thursday at 62 cents on the Nasdaq market.

The filing capped a decline that began almost three years ago, when the company's auditors questioned how it had booked sales of its inventory-management software.

Former employees describe a company that grew too fast. Meridian's revenue tripled in the two years after the public offering, to $140 million, and its work force swelled to 1,100 from 300. On Oct. 12, 1993, Coopers & Lybrand told the board that Meridian had recorded as revenue about $18 million in software shipped to distributors who had the right to return it.

Two weeks later, Meridian restated its earnings for 1992 and the first half of 1993, and its stock fell 41 percent that day. Mr. Amsel resigned as chief executive the following January, and the Securities and Exchange Commission opened an inquiry that spring.

A new management team, led by Karen Whitlock, a former Digital Equipment Corporation executive, cut 600 jobs over the next 18 months and sold two divisions. But sales kept falling as larger rivals like Oracle moved into Meridian's market.

In an interview this week, Ms. Whitlock said the company had run out of room when its lenders, led by the Bank of Boston, refused last month to renew a $40 million credit line that expired June 30.

"We had a plan to be profitable by the end of next year," she said. "The banks did not want to wait that long."

Meridian said it would continue to operate during the reorganization and expected to submit a plan to the court within 120 days. A hearing is scheduled for Aug. 6 in Federal Bankruptcy Court in Boston. About 340 employees remain on the payroll.

Mr. Amsel, who settled with the S.E.C. in 1995 without admitting or denying wrongdoing, now runs a small venture capital firm in Newton. Reached at his home on Wednesday evening, he declined to comment on the filing.
""", [
    ('1996', 'DATE', '1996'),
    ('the spring of 1991', 'DATE', '1991-SP'),
    ('Monday', 'DATE', '1996-07-15'),
    ('1993', 'DATE', '1993'),
    ('Thursday', 'DATE', '1996-07-18'),
    ('almost three years ago', 'DATE', '1993'),
    ('the two years', 'DURATION', 'P2Y'),
    ('Oct. 12, 1993', 'DATE', '1993-10-12'),
    ('Two weeks later', 'DATE', '1993-10-26|1993-W43'),
    ('1992', 'DATE', '1992'),
    ('the first half of 1993', 'DATE', '1993-H1'),
    ('that day', 'DATE', '1993-10-26'),
    ('the following January', 'DATE', '1994-01'),
    ('that spring', 'DATE', '1994-SP'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('this week', 'DATE', '1996-W29'),
    ('last month', 'DATE', '1996-06'),
    ('June 30', 'DATE', '1996-06-30'),
    ('the end of next year', 'DATE', '1997'),
    ('120 days', 'DURATION', 'P120D'),
    ('Aug. 6', 'DATE', '1996-08-06'),
    ('1995', 'DATE', '1995'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Wednesday evening', 'DATE|TIME', '1996-07-17TEV'),
]),
# 9. Xinhua, diplomacy: Hong Kong the day after the handover (1997)
('1997-07-02', 'auto', """HKSAR Government Holds First Executive Council Meeting

HONG KONG, July 2 (Xinhua) -- The Executive Council of the Hong Kong Special Administrative Region (HKSAR) held its first meeting this morning, with Chief Executive Tung Chee-hwa presiding over the session, which began at 9:30 a.m. and lasted about three hours.

China resumed the exercise of sovereignty over Hong Kong at midnight on June 30, ending more than 150 years of British rule.

Addressing the meeting, Tung said the HKSAR government would give priority in the coming months to housing, education and care for the elderly. He said the government aims to build at least 85,000 flats annually from 1999, and to raise the home ownership rate to 70 percent within ten years.

Tung told reporters after the meeting that the transition had been smooth and that the civil service was working normally. "Hong Kong people are now masters of their own house," he said.

In Beijing, Chinese Foreign Ministry spokesman Shen Guofang said this afternoon that leaders of more than 60 countries and heads of many international organizations have sent messages of congratulations to President Jiang Zemin since Monday.

Jiang, who attended the handover ceremony and the inauguration of the HKSAR government, returned to Beijing on Tuesday. On Tuesday evening he met representatives of the capital's residents at the Great Hall of the People and thanked them for their support.

More than 100,000 people gathered in Tiananmen Square on the night of June 30 to celebrate the return, watching the handover ceremony broadcast live on a giant screen. Celebrations continued in cities across the country on Tuesday.

The Hong Kong stock exchange, which was closed on Tuesday and Wednesday for the handover holidays, will resume trading on Thursday. Analysts here said they expect the Hang Seng Index to open higher.

Under the Sino-British Joint Declaration signed in 1984 and the Basic Law, Hong Kong's previous capitalist system and way of life will remain unchanged for 50 years.

Tung said the first election for the Legislative Council of the HKSAR will be held in the first half of next year, as planned. The Provisional Legislative Council, which held its first meeting in Hong Kong early Tuesday, will serve until the new legislature is formed.
""", [
    ('July 2', 'DATE', '1997-07-02'),
    ('this morning', 'DATE|TIME', '1997-07-02TMO'),
    ('9:30 a.m.', 'TIME', '1997-07-02T09:30'),
    ('about three hours', 'DURATION', 'PT3H'),
    ('midnight on June 30', 'TIME', '1997-06-30T24:00|1997-07-01T00:00'),
    ('more than 150 years', 'DURATION', 'P150Y'),
    ('the coming months', 'DATE|DURATION', 'FUTURE_REF|PXM'),
    ('annually', 'SET', 'P1Y'),
    ('1999', 'DATE', '1999'),
    ('ten years', 'DURATION', 'P10Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this afternoon', 'DATE|TIME', '1997-07-02TAF'),
    ('Monday', 'DATE', '1997-06-30'),
    ('Tuesday', 'DATE', '1997-07-01'),
    ('Tuesday evening', 'DATE|TIME', '1997-07-01TEV'),
    ('the night of June 30', 'DATE|TIME', '1997-06-30TNI'),
    ('Tuesday', 'DATE', '1997-07-01'),
    ('Tuesday', 'DATE', '1997-07-01'),
    ('Wednesday', 'DATE', '1997-07-02'),
    ('Thursday', 'DATE', '1997-07-03'),
    ('1984', 'DATE', '1984'),
    ('50 years', 'DURATION', 'P50Y'),
    ('the first half of next year', 'DATE', '1998-H1'),
    ('early Tuesday', 'DATE', '1997-07-01'),
]),
# 10. Wall Street Journal, markets: the weekend after the Nasdaq rout (2000)
('2000-04-17', 'auto', """Investors Brace for More Turmoil After Friday's Rout

By JOHN T. PELLEGRINO
Staff Reporter of The Wall Street Journal

NEW YORK -- Investors and brokers spent the weekend trying to decide whether Friday's stock-market rout marked the start of a long bear market or a violent washout that has set the stage for a rebound.

The Nasdaq Composite Index plunged 355.49 points, or 9.7%, Friday to 3321.29, capping a five-day slide in which it lost 25% of its value. The Dow Jones Industrial Average fell 617.78 points, or 5.7%, to 10305.77, its biggest point drop in history.

The Nasdaq is now down 34% from its record close of 5048.62 on March 10. Many of the Internet stocks that led the index higher last year have lost more than three-quarters of their value since December.

Several brokerage firms said they would keep extra staff on the phones today, and that margin calls sent to customers over the weekend could force more selling when markets open at 9:30 a.m.

"People who bought these stocks on margin in the past six months are getting killed," said Ellen Marsh, chief market strategist at Hollings & Crane in New York. "The question is whether they have anything left to sell."

The selling was set off by a Labor Department report at 8:30 a.m. Friday showing that consumer prices rose 0.7% in March, stoking fears that the Federal Reserve will raise interest rates more aggressively when its policy makers meet May 16. The Fed has raised short-term rates five times since last June.

Individual investors poured a record $140 billion into stock mutual funds in the first quarter, much of it into technology funds, according to the fund tracker Helix Data. Strategists said the heaviest redemptions could come this week if prices keep falling.

Some market veterans urged calm. They noted that after the October 1987 crash, the Dow recovered its losses within two years, and that the Nasdaq rose 86% last year alone.

Microsoft, whose shares have fallen sharply since a federal judge ruled April 3 that the company had violated the antitrust laws, is among the companies scheduled to report earnings this week, along with International Business Machines and Intel.

Treasury Secretary Lawrence Summers said Sunday that the economy's fundamentals remain strong and that he saw no sign that the market's slide had spread to the banking system.
""", [
    ('Friday', 'DATE', '2000-04-14'),
    ('the weekend', 'DATE', '2000-W15-WE'),
    ('Friday', 'DATE', '2000-04-14'),
    ('Friday', 'DATE', '2000-04-14'),
    ('five-day', 'DURATION', 'P5D'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('March 10', 'DATE', '2000-03-10'),
    ('last year', 'DATE', '1999'),
    ('December', 'DATE', '1999-12'),
    ('today', 'DATE', '2000-04-17'),
    ('the weekend', 'DATE', '2000-W15-WE'),
    ('9:30 a.m.', 'TIME', '2000-04-17T09:30'),
    ('the past six months', 'DURATION', 'P6M'),
    ('8:30 a.m. Friday', 'TIME', '2000-04-14T08:30'),
    ('March', 'DATE', '2000-03'),
    ('May 16', 'DATE', '2000-05-16'),
    ('last June', 'DATE', '1999-06'),
    ('the first quarter', 'DATE', '2000-Q1'),
    ('this week', 'DATE', '2000-W16'),
    ('October 1987', 'DATE', '1987-10'),
    ('two years', 'DURATION', 'P2Y'),
    ('last year', 'DATE', '1999'),
    ('April 3', 'DATE', '2000-04-03'),
    ('this week', 'DATE', '2000-W16'),
    ('Sunday', 'DATE', '2000-04-16'),
]),
# 11. VOA, war: NATO and the refugee convoy in Kosovo (1999)
('1999-04-14', 'auto', """NATO Investigates Reports of Attack on Refugee Convoy

DATELINE=BRUSSELS
BYLINE=LAURA BENNETT

INTRO: NATO says it is investigating Serbian reports that alliance warplanes attacked a column of ethnic Albanian refugees in southwestern Kosovo today, killing dozens of civilians. Laura Bennett reports from NATO headquarters in Brussels.

TEXT: Serbian state television showed pictures of burned tractors and bodies along a road between Djakovica and Prizren, and said at least 64 people were killed when NATO planes bombed the convoy early this afternoon.

NATO spokesman Jamie Shea told reporters here this evening that alliance aircraft had attacked military vehicles in the area on Wednesday, but that officials could not yet say whether civilians had been hit. "If we have made a mistake, we will say so," Mr. Shea said.

The incident came three weeks after NATO began its air campaign against Yugoslavia on March 24. Alliance officials say more than 4,000 sorties have been flown, and that the pace of the attacks will increase in the coming days as more aircraft arrive in the region.

Pentagon officials said Wednesday that President Clinton had approved the deployment of about 300 more planes. Military planners say the campaign could go on for months.

Alliance foreign ministers meeting in Brussels on Monday demanded that Yugoslav President Slobodan Milosevic halt all military action in Kosovo and withdraw his forces from the province before the bombing stops. NATO leaders are to gather in Washington next week for a summit marking the alliance's 50th anniversary.

U-S Secretary of State Madeleine Albright, who met Russian Foreign Minister Igor Ivanov in Oslo on Tuesday, said the two sides still disagree over the bombing but agree that the refugees must be allowed to return to their homes.

In Moscow, President Boris Yeltsin today named former Prime Minister Viktor Chernomyrdin as his special envoy for the Balkans. Russian officials said Mr. Chernomyrdin would travel to Belgrade for talks with Mr. Milosevic.

The U-N refugee agency says more than 600,000 ethnic Albanians have fled or been driven from Kosovo since late March. Officials in Albania say about 4,000 more crossed the border Tuesday night, many of them after walking for several days through the mountains.

Aid workers in the Albanian border town of Kukes say they are struggling to register the new arrivals and are handing out bread to the refugees twice a day. They say they need more tents and blankets before the camps become too crowded.
""", [
    ('today', 'DATE', '1999-04-14'),
    ('early this afternoon', 'DATE|TIME', '1999-04-14TAF'),
    ('this evening', 'DATE|TIME', '1999-04-14TEV'),
    ('Wednesday', 'DATE', '1999-04-14'),
    ('three weeks', 'DURATION', 'P3W'),
    ('March 24', 'DATE', '1999-03-24'),
    ('the coming days', 'DATE|DURATION', 'FUTURE_REF|PXD'),
    ('Wednesday', 'DATE', '1999-04-14'),
    ('months', 'DURATION', 'PXM'),
    ('Monday', 'DATE', '1999-04-12'),
    ('next week', 'DATE', '1999-W16'),
    ('Tuesday', 'DATE', '1999-04-13'),
    ('today', 'DATE', '1999-04-14'),
    ('late March', 'DATE', '1999-03'),
    ('Tuesday night', 'DATE|TIME', '1999-04-13TNI'),
    ('several days', 'DURATION', 'PXD'),
    ('twice a day', 'SET', 'P1D'),
]),
# 12. CNN, crime: arrest in a string of bank robberies (2001)
('2001-03-02', 'auto', """Suspect in String of Atlanta Bank Robberies Arrested

ATLANTA (CNN) -- A man suspected of robbing 14 banks in the Atlanta area over the past seven months was arrested Thursday night at a motel near Hartsfield International Airport, the FBI said Friday.

Agents said Darnell Whitfield, 31, was taken into custody without a struggle at about 9:50 p.m. after officers surrounded his room. A loaded pistol and about $3,000 in cash were found inside, according to an FBI affidavit.

Whitfield is expected to make his first appearance in federal court in Atlanta on Monday afternoon.

Investigators say the robber, nicknamed the "Baseball Cap Bandit" because he wore a different team's cap in each holdup, first struck last August at a bank branch in Marietta. He went on to hit banks in four counties, usually on Friday mornings, escaping with a total of about $86,000.

The most recent robbery was on Feb. 16, when the gunman struck a teller at a branch in Decatur with his pistol. Two days later, the FBI released surveillance photographs and raised the reward for information to $10,000.

A clerk at the motel recognized the man in the photographs during a local newscast Wednesday evening and called police, said Special Agent Linda Carver.

"We had that motel under surveillance for about 24 hours before we moved in," Carver said. "We did not want to take any chances with the other guests."

Court records show Whitfield served five years in a Georgia prison for armed robbery and was released on parole in 1998.

If convicted, he faces up to 20 years in prison on each count.

FBI statistics show that bank robberies in the Atlanta region rose 18 percent last year, and agents say the number has continued to climb this year. Officials said they are now investigating whether Whitfield was involved in two robberies in Chattanooga, Tennessee, in January.

DeKalb County police Chief Raymond Oates praised the cooperation among local and federal agencies, saying the arrest "shows what can happen when the public gets involved." Bank employees in Decatur said they were relieved that the suspect was in custody.
""", [
    ('the past seven months', 'DURATION', 'P7M'),
    ('Thursday night', 'DATE|TIME', '2001-03-01TNI'),
    ('Friday', 'DATE', '2001-03-02'),
    ('about 9:50 p.m.', 'TIME', '2001-03-01T21:50'),
    ('Monday afternoon', 'DATE|TIME', '2001-03-05TAF'),
    ('last August', 'DATE', '2000-08'),
    ('Friday mornings', 'SET', 'XXXX-WXX-5TMO'),
    ('Feb. 16', 'DATE', '2001-02-16'),
    ('Two days later', 'DATE', '2001-02-18'),
    ('Wednesday evening', 'DATE|TIME', '2001-02-28TEV'),
    ('about 24 hours', 'DURATION', 'PT24H'),
    ('five years', 'DURATION', 'P5Y'),
    ('1998', 'DATE', '1998'),
    ('20 years', 'DURATION', 'P20Y'),
    ('last year', 'DATE', '2000'),
    ('this year', 'DATE', '2001'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('January', 'DATE', '2001-01'),
]),
]
