# Gold TIMEX3 probe set 16: fourteen news articles of 1998-2006 in the styles of AP, Reuters, AFP, NYT, WSJ, Washington Post, CNN and BBC, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, tsunami relief effort (2005)
('2005-01-07', 'auto', """Helicopters reach cut-off Sumatra villages as tsunami aid swells

BANDA ACEH, Indonesia (AP) — U.S. Navy helicopters ferried rice, bottled water and antibiotics to cut-off villages along Sumatra's shattered western coast Friday, as aid officials warned that the relief effort would last for months and that rebuilding could take a decade.

The United Nations said Thursday that governments and private donors had pledged more than $4 billion since the Dec. 26 earthquake and tsunami, which killed at least 147,000 people in 11 countries. U.N. Secretary-General Kofi Annan, who arrived in Jakarta on Wednesday for an emergency donors' summit, was to fly over the devastated coastline early Saturday.

"For the first ten days we were simply trying to keep people alive," said Michael Elmquist, who heads the U.N. relief coordination office in Banda Aceh. "Now the question is how we feed 400,000 displaced people every day until the fishing boats and the rice paddies come back."

Elmquist said the airport here, which handled only a handful of commercial flights before the disaster, now sees a steady stream of military cargo planes, and that a second runway would open next week. Engineers repaired the first of 18 washed-out bridges on Monday, and trucks began moving down the coastal road from Medan the next day.

Health workers were racing to vaccinate 70,000 children against measles by the end of the month. Aid groups said no cholera cases had been confirmed, but the World Health Organization warned that the risk of disease would rise in the coming weeks as the monsoon rains intensify.

Aceh province had been largely closed to foreigners since May 2003, when the military launched an offensive against separatist rebels. The insurgency, which began in 1976, has killed more than 12,000 people, and rebel leaders said last week they would observe an informal truce to let aid through.

In Sri Lanka, officials said Friday that 30,000 tents had arrived over the past four days, though many families in the east were still sleeping in schools and temples. In Thailand, forensic teams had identified about 1,500 bodies by Thursday night, nearly half of them foreign tourists.

Secretary of State Colin Powell, who toured the region earlier this week, said American troops would stay "as long as they are needed," but Pentagon officials expect most of the 13,000 personnel to begin withdrawing by February.

The World Bank estimated Friday that Aceh's losses alone could reach $4.5 billion, roughly equal to the province's economic output for a year. Indonesian officials said they hoped to present a full reconstruction plan by March.
""", [
    ('Friday', 'DATE', '2005-01-07'),
    ('months', 'DURATION', 'PXM'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('Thursday', 'DATE', '2005-01-06'),
    ('Dec. 26', 'DATE', '2004-12-26'),
    ('Wednesday', 'DATE', '2005-01-05'),
    ('early Saturday', 'DATE', '2005-01-08'),
    ('the first ten days', 'DURATION', 'P10D'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('every day', 'SET', 'P1D'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('next week', 'DATE', '2005-W02'),
    ('Monday', 'DATE', '2005-01-03'),
    ('the next day', 'DATE', '2005-01-04'),
    ('the end of the month', 'DATE', '2005-01'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('May 2003', 'DATE', '2003-05'),
    ('1976', 'DATE', '1976'),
    ('last week', 'DATE', '2004-W53'),
    ('Friday', 'DATE', '2005-01-07'),
    ('the past four days', 'DURATION', 'P4D'),
    ('Thursday night', 'DATE|TIME', '2005-01-06TNI'),
    ('earlier this week', 'DATE', '2005-W01'),
    ('February', 'DATE', '2005-02'),
    ('Friday', 'DATE', '2005-01-07'),
    ('a year', 'DURATION', 'P1Y'),
    ('March', 'DATE', '2005-03'),
]),

# 2. Reuters, corporate accounting scandal (2002)
('2002-06-27', 'auto', """Telvantis shares collapse as accounting probe widens

NEW YORK, June 27 (Reuters) - Shares of Telvantis Corp. lost more than three-quarters of their value on Thursday after the long-distance carrier said it had improperly booked $2.1 billion in operating expenses as capital spending over the past five quarters, the latest in a string of accounting scandals to shake Wall Street this year.

The Securities and Exchange Commission filed civil fraud charges against the company late Wednesday and said it would seek to bar former chief financial officer Dennis Harkin from serving as an officer of any public company. Harkin was fired on Tuesday, the company said.

Telvantis stock closed at 41 cents on the Nasdaq, down from $1.90 on Wednesday and from a peak of $58 in March 2000. Trading was halted for nearly two hours in the morning.

The company said the improper entries began in the first quarter of 2001 and continued through the first quarter of 2002, inflating profit in each period. It said it would restate results for 2001 and the first quarter of this year, and that it no longer expected to post a profit for fiscal 2002.

"We were told that the numbers had been reviewed every quarter by the audit committee," said one fund manager who owns the stock and asked not to be named. "Clearly nobody was looking."

The disclosure came less than a week after Telvantis said it would cut 9,000 jobs, or about 14 percent of its workforce, and six months after the collapse of Enron Corp. prompted calls for tighter oversight of the accounting industry.

President George W. Bush, speaking in Canada on Thursday, called the irregularities "outrageous" and promised that those responsible would be held accountable. The House Financial Services Committee said it would hold hearings on the case early next month, and Senate Democrats said they would press for a vote on accounting reform legislation before the August recess.

Analysts said the company, which has about $30 billion in debt, could seek bankruptcy protection within weeks if banks refuse to renew a $2.6 billion credit line that expires July 15. Telvantis said it was in talks with lenders and expected to reach an agreement by the end of July.

The company's auditor, which has signed off on its books since 1998, said in a statement it had not been informed of the transfers at the time. Telvantis has not held a conference call with investors since April, when chief executive Martin Grebe resigned after eight years in the job.
""", [
    ('June 27', 'DATE', '2002-06-27'),
    ('Thursday', 'DATE', '2002-06-27'),
    ('the past five quarters', 'DURATION', 'P5Q|P15M'),
    ('this year', 'DATE', '2002'),
    ('late Wednesday', 'DATE', '2002-06-26'),
    ('Tuesday', 'DATE', '2002-06-25'),
    ('Wednesday', 'DATE', '2002-06-26'),
    ('March 2000', 'DATE', '2000-03'),
    ('nearly two hours', 'DURATION', 'PT2H'),
    ('the morning', 'DATE|TIME', '2002-06-27TMO'),
    ('the first quarter of 2001', 'DATE', '2001-Q1'),
    ('the first quarter of 2002', 'DATE', '2002-Q1'),
    ('2001', 'DATE', '2001'),
    ('the first quarter of this year', 'DATE', '2002-Q1'),
    ('fiscal 2002', 'DATE', 'FY2002|2002'),
    ('every quarter', 'SET', 'P3M|P1Q'),
    ('less than a week', 'DURATION', 'P1W'),
    ('six months', 'DURATION', 'P6M'),
    ('Thursday', 'DATE', '2002-06-27'),
    ('early next month', 'DATE', '2002-07'),
    ('August', 'DATE', '2002-08'),
    ('weeks', 'DURATION', 'PXW'),
    ('July 15', 'DATE', '2002-07-15'),
    ('the end of July', 'DATE', '2002-07'),
    ('1998', 'DATE', '1998'),
    ('April', 'DATE', '2002-04'),
    ('eight years', 'DURATION', 'P8Y'),
]),

# 3. AFP, OPEC meeting (2000)
('2000-09-08', 'auto', """OPEC ministers gather in Vienna under pressure to pump more oil

VIENNA, Sept 8 (AFP) - OPEC oil ministers began arriving in Vienna on Friday for a meeting that Western consumers hope will bring a sizeable increase in output, after crude prices climbed to their highest levels in nearly a decade this week.

The 11-member cartel is due to open its formal session at 10:00 am on Sunday, but delegates said the key decisions would likely be hammered out at informal consultations on Saturday evening.

Saudi Oil Minister Ali al-Nuaimi said on arrival that the kingdom favoured a quota increase of 800,000 bpd from October 1. Iran and Venezuela have argued that prices are being driven by speculators and refinery bottlenecks rather than a shortage of crude, and that a bigger increase now would cause a price collapse in the spring.

Benchmark Brent crude for October delivery traded at 33.40 dollars a barrel in London on Friday, up from about 10 dollars in February 1999, when OPEC began a series of cuts to mop up a global glut. New York crude touched 35 dollars on Thursday, a level last seen in late 1990, before the Gulf War.

OPEC has already raised output twice this year, in March and again in June, by a combined 2.9 million bpd. But a price band mechanism agreed in March, under which the group would adjust supply if its basket price stayed above 28 dollars for 20 consecutive trading days, has never been triggered.

"The market needs to see a clear signal by Sunday. If it does not, we could see 40 dollars before the winter," said one Gulf delegate, who asked not to be named.

US Energy Secretary Bill Richardson, who has visited several producer countries in recent months, said in Washington on Thursday that high fuel prices threatened growth in the world economy. European governments have faced a week of protests by truckers and farmers angry at the cost of diesel.

Ministers are expected to meet again in November in Vienna, and heads of state will gather in Caracas later this month for only the second OPEC summit in the group's history.

Analysts said any agreement would take weeks to have an effect on the market, since new barrels shipped from the Gulf take about six weeks to reach refineries in the United States. "Whatever they decide on Sunday, the oil will not be in American tanks until the cold weather has arrived," said Leo Drollas of the Centre for Global Energy Studies in London.
""", [
    ('Sept 8', 'DATE', '2000-09-08'),
    ('Friday', 'DATE', '2000-09-08'),
    ('nearly a decade', 'DURATION', 'P10Y|P1E'),
    ('this week', 'DATE', '2000-W36'),
    ('10:00 am on Sunday', 'TIME', '2000-09-10T10:00'),
    ('Saturday evening', 'DATE|TIME', '2000-09-09TEV'),
    ('October 1', 'DATE', '2000-10-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the spring', 'DATE', '2001-SP'),
    ('October', 'DATE', '2000-10'),
    ('Friday', 'DATE', '2000-09-08'),
    ('February 1999', 'DATE', '1999-02'),
    ('Thursday', 'DATE', '2000-09-07'),
    ('late 1990', 'DATE', '1990'),
    ('this year', 'DATE', '2000'),
    ('March', 'DATE', '2000-03'),
    ('June', 'DATE', '2000-06'),
    ('March', 'DATE', '2000-03'),
    ('20 consecutive trading days', 'DURATION', 'P20D'),
    ('Sunday', 'DATE', '2000-09-10'),
    ('the winter', 'DATE', '2000-WI'),
    ('recent months', 'DURATION|DATE', 'PXM|PAST_REF'),
    ('Thursday', 'DATE', '2000-09-07'),
    ('a week', 'DURATION', 'P1W'),
    ('November', 'DATE', '2000-11'),
    ('later this month', 'DATE', '2000-09'),
    ('weeks', 'DURATION', 'PXW'),
    ('about six weeks', 'DURATION', 'P6W'),
    ('Sunday', 'DATE', '2000-09-10'),
]),

# 4. New York Times, papal visit (2002)
('2002-07-26', 'auto', """Frail Pope Greets Young Pilgrims in Toronto, Saving Strength for Sunday Mass

By CLIFFORD LANGE

TORONTO, July 25 — Pope John Paul II, visibly weakened by Parkinson's disease but alert and at times playful, rode through a cheering crowd of 200,000 young people on the shore of Lake Ontario on Thursday evening, his first major public appearance since arriving in Canada two days earlier.

The 82-year-old pontiff spent Wednesday resting at a retreat house on Strawberry Island, north of the city, and Vatican officials said he would limit his public schedule over the next four days to conserve his energy for an outdoor Mass on Sunday morning that organizers expect to draw as many as 800,000 people.

"He is tired, but he is happy, and he wants to be with the young people," said the Vatican spokesman, Joaquín Navarro-Valls. The pope walked down the steps of his plane on Tuesday with the help of an aide rather than using a mechanical lift, as he had done on several trips in recent years.

World Youth Day, a gathering the pope founded in 1985, is held every two years in a different city. The last one, in Rome in August 2000, drew about two million people to a field outside the city for a vigil and Mass.

The Toronto event comes at a painful moment for the church in North America. Since January, when court documents in Boston revealed that church officials had moved priests accused of molesting children from parish to parish for decades, more than 250 priests in the United States have resigned or been removed from their duties. The pope addressed the scandal only briefly, in remarks to American cardinals summoned to the Vatican in April.

Church officials said he would not meet with victims during this trip, although Cardinal Aloysius Ambrozic of Toronto has met privately with several Canadian families in the past year.

On Friday night, the pope is scheduled to watch a Way of the Cross procession along University Avenue on television. He will preside at a candlelight vigil at Downsview Park on Saturday evening and celebrate Mass there at 9:30 a.m. on Sunday before flying to Guatemala City on Monday, where he will canonize the 17th-century missionary Pedro de San José Betancur. He then travels to Mexico City for two days.

Vatican officials have not ruled out further trips next year, though they declined to comment on reports that the pope still hoped to visit Russia.
""", [
    ('Sunday', 'DATE', '2002-07-28'),
    ('July 25', 'DATE', '2002-07-25'),
    ('Thursday evening', 'DATE|TIME', '2002-07-25TEV'),
    ('two days earlier', 'DATE', '2002-07-23'),
    ('Wednesday', 'DATE', '2002-07-24'),
    ('the next four days', 'DURATION', 'P4D'),
    ('Sunday morning', 'DATE|TIME', '2002-07-28TMO'),
    ('Tuesday', 'DATE', '2002-07-23'),
    ('recent years', 'DURATION|DATE', 'PXY|PAST_REF'),
    ('1985', 'DATE', '1985'),
    ('every two years', 'SET', 'P2Y'),
    ('August 2000', 'DATE', '2000-08'),
    ('January', 'DATE', '2002-01'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('April', 'DATE', '2002-04'),
    ('the past year', 'DURATION', 'P1Y'),
    ('Friday night', 'DATE|TIME', '2002-07-26TNI'),
    ('Saturday evening', 'DATE|TIME', '2002-07-27TEV'),
    ('9:30 a.m. on Sunday', 'TIME', '2002-07-28T09:30'),
    ('Monday', 'DATE', '2002-07-29'),
    ('17th-century', 'DATE', '16'),
    ('two days', 'DURATION', 'P2D'),
    ('next year', 'DATE', '2003'),
]),

# 5. BBC News, bird flu outbreak (2006)
('2006-02-20', 'auto', """France steps up bird flu measures

France has ordered poultry farmers in the south-east of the country to keep their birds indoors, after the deadly H5N1 strain of bird flu was confirmed in a wild duck found near Lyon.

Agriculture Minister Dominique Bussereau said on Monday that the confinement order would remain in force until at least the end of March and could be extended to the whole country if further cases were found.

The duck was discovered dead on a pond in the Ain region on 13 February, and tests at a laboratory in Weybridge, in England, confirmed on Saturday that it had carried the highly pathogenic form of the virus.

It is the first confirmed case of H5N1 in France, which is the largest poultry producer in the European Union. Farmers' leaders said sales of chicken had already fallen by about 20% over the past fortnight.

"We are not in a crisis, but we must be vigilant," Mr Bussereau told French radio. Officials will meet farmers' representatives in Paris on Wednesday to discuss compensation.

A 3km protection zone and a 10km surveillance zone have been set up around the site. Vets are inspecting farms within the zone daily, and hunters have been asked to report any dead wild birds.

Elsewhere in Europe, Germany said on Sunday that the number of infected wild birds found on the Baltic island of Ruegen had risen to 81, and Austria and Slovenia reported their first cases last week. The EU's standing veterinary committee is due to meet in Brussels on Tuesday and Wednesday.

The virus has spread steadily westward since it was first detected in poultry in South Korea in December 2003. It reached Turkey and Romania in October, and it was found on a farm in northern Nigeria earlier this month - the first outbreak in Africa.

According to the World Health Organization, H5N1 has killed 92 people since 2003, almost all of them in Asia and most of them after close contact with sick birds. Four children died in eastern Turkey in January.

Scientists fear the virus could mutate into a form that passes easily between humans, triggering a pandemic. There is no evidence that this has happened.

Migrating birds returning from Africa in the spring could carry the virus to new areas, a WHO spokeswoman said, adding that countries should prepare for further outbreaks in the coming months.
""", [
    ('Monday', 'DATE', '2006-02-20'),
    ('the end of March', 'DATE', '2006-03'),
    ('13 February', 'DATE', '2006-02-13'),
    ('Saturday', 'DATE', '2006-02-18'),
    ('the past fortnight', 'DURATION', 'P2W'),
    ('Wednesday', 'DATE', '2006-02-22'),
    ('daily', 'SET', 'P1D'),
    ('Sunday', 'DATE', '2006-02-19'),
    ('last week', 'DATE', '2006-W07'),
    ('Tuesday', 'DATE', '2006-02-21'),
    ('Wednesday', 'DATE', '2006-02-22'),
    ('December 2003', 'DATE', '2003-12'),
    ('October', 'DATE', '2005-10'),
    ('earlier this month', 'DATE', '2006-02'),
    ('2003', 'DATE', '2003'),
    ('January', 'DATE', '2006-01'),
    ('the spring', 'DATE', '2006-SP'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
]),

# 6. CNN, presidential debate schedule (2004)
('2004-09-21', 'auto', """Campaigns agree on three presidential debates

WASHINGTON (CNN) -- President Bush and Sen. John Kerry will meet in three debates beginning next week, after negotiators for the two campaigns signed a 32-page agreement late Monday settling weeks of haggling over format, lighting and even the height of the lecterns.

Each debate will last 90 minutes. The first, focused on foreign policy and homeland security, will be held at the University of Miami in Coral Gables, Florida, on September 30. It will begin at 9 p.m. ET and will be moderated by PBS anchor Jim Lehrer.

The second, a town hall-style meeting with undecided voters, is scheduled for October 8 at Washington University in St. Louis, Missouri. The final debate, on domestic policy, will take place five days later at Arizona State University in Tempe.

Vice President Dick Cheney and Sen. John Edwards will face off once, on Tuesday, October 5, in Cleveland, Ohio.

"We're pleased that the American people will have a chance to see the clear choice in this election," Bush campaign chairman Marc Racicot said Tuesday.

Kerry aides had pushed for the first debate to focus on Iraq, where the violence has escalated in recent weeks, and the Democrat has spent the past several days sharpening his criticism of the war. Speaking at New York University on Monday, Kerry accused Bush of "colossal failures of judgment."

The Commission on Presidential Debates proposed a schedule of three debates in July, but the Bush campaign initially balked at a third meeting. The two sides had been negotiating since Labor Day.

Under the agreement, the candidates may not ask each other direct questions, and each answer is limited to two minutes, with rebuttals of 90 seconds. A system of warning lights will tell the candidates when their time is running out.

In 2000, Bush and Al Gore also met three times in October, and many analysts credit those encounters with erasing Gore's lead in the polls.

A CNN/USA Today/Gallup poll released Monday shows Bush leading Kerry 52 percent to 44 percent among likely voters. With six weeks remaining until the November 2 election, aides to both candidates said they would spend much of the coming days in debate preparation, with Kerry scheduled to hole up at a resort in Wisconsin this weekend.
""", [
    ('next week', 'DATE', '2004-W40'),
    ('late Monday', 'DATE', '2004-09-20'),
    ('weeks', 'DURATION', 'PXW'),
    ('90 minutes', 'DURATION', 'PT90M'),
    ('September 30', 'DATE', '2004-09-30'),
    ('9 p.m. ET', 'TIME', '2004-09-30T21:00'),
    ('October 8', 'DATE', '2004-10-08'),
    ('five days later', 'DATE', '2004-10-13'),
    ('Tuesday, October 5', 'DATE', '2004-10-05'),
    ('Tuesday', 'DATE', '2004-09-21'),
    ('recent weeks', 'DURATION|DATE', 'PXW|PAST_REF'),
    ('the past several days', 'DURATION', 'PXD'),
    ('Monday', 'DATE', '2004-09-20'),
    ('July', 'DATE', '2004-07'),
    ('Labor Day', 'DATE', '2004-09-06'),
    ('two minutes', 'DURATION', 'PT2M'),
    ('90 seconds', 'DURATION', 'PT90S'),
    ('2000', 'DATE', '2000'),
    ('October', 'DATE', '2000-10'),
    ('Monday', 'DATE', '2004-09-20'),
    ('six weeks', 'DURATION', 'P6W'),
    ('November 2', 'DATE', '2004-11-02'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('this weekend', 'DATE', '2004-W39-WE'),
]),

# 7. Wall Street Journal, dot-com bankruptcy (2001)
('2001-07-10', 'auto', """FreshCart Files for Chapter 11, Ends Grocery Deliveries

By DAVID KRANZ
Staff Reporter of THE WALL STREET JOURNAL

FreshCart Inc., the online grocer that raised more than $800 million from investors during the Internet boom, filed for Chapter 11 bankruptcy-court protection and said it would stop taking orders, laying off nearly all of its 2,000 employees.

The Foster City, Calif., company, which delivered groceries in seven metropolitan areas, made its filing late yesterday in U.S. Bankruptcy Court in Oakland. Customers who had placed orders for delivery today and tomorrow were told by e-mail that their orders had been canceled.

The collapse caps a swift descent for a company that was once valued at more than $7 billion. FreshCart went public in November 1999 at $15 a share, and the stock more than doubled in its debut. It closed Friday at six cents in Nasdaq trading, where it has traded below $1 since last September.

FreshCart had posted losses in every quarter since its founding in 1997. For the first quarter ended March 31, it reported a net loss of $217 million on revenue of $93 million. In April, it warned that it would need to raise additional capital by the end of the second quarter to continue operating, and it scrapped expansion plans it had announced a year earlier.

Chief Executive Gary Ferrell said in a statement that the company had "exhausted every option" over the past several months, including talks with two large supermarket chains about a possible investment. Those talks broke off last week, according to people familiar with the matter.

"The economics simply weren't there," said Lisa Mendez, an analyst at Gomez Advisors. "They were spending $30 or $40 to deliver a $100 order, and they were building warehouses for volume that never came."

FreshCart is the latest in a string of consumer Internet companies to fail in the past 18 months, including Pets.com, which shut down in November, and eToys Inc., which filed for bankruptcy in March.

The company said it would seek court approval this week to sell its warehouses, delivery vans and software. A hearing is scheduled for July 24. Creditors, including several equipment-leasing companies, are owed about $150 million.

Shareholders are expected to receive nothing. Trading in FreshCart shares was halted before the opening bell yesterday and is expected to resume this morning.
""", [
    ('late yesterday', 'DATE', '2001-07-09'),
    ('today', 'DATE', '2001-07-10'),
    ('tomorrow', 'DATE', '2001-07-11'),
    ('November 1999', 'DATE', '1999-11'),
    ('Friday', 'DATE', '2001-07-06'),
    ('last September', 'DATE', '2000-09'),
    ('every quarter', 'SET', 'P3M|P1Q'),
    ('1997', 'DATE', '1997'),
    ('the first quarter', 'DATE', '2001-Q1'),
    ('March 31', 'DATE', '2001-03-31'),
    ('April', 'DATE', '2001-04'),
    ('the end of the second quarter', 'DATE', '2001-Q2'),
    ('a year earlier', 'DATE', '2000'),
    ('the past several months', 'DURATION', 'PXM'),
    ('last week', 'DATE', '2001-W27'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('November', 'DATE', '2000-11'),
    ('March', 'DATE', '2001-03'),
    ('this week', 'DATE', '2001-W28'),
    ('July 24', 'DATE', '2001-07-24'),
    ('yesterday', 'DATE', '2001-07-09'),
    ('this morning', 'DATE|TIME', '2001-07-10TMO'),
]),

# 8. AP, stock market plunge (1998)
('1998-08-31', 'auto', """Dow Plunges 512 Points as Global Jitters Spread

NEW YORK (AP) — Wall Street's summer sell-off turned into a rout Monday as the Dow Jones industrial average plunged 512 points, its second-largest point drop ever, wiping out all of its gains for the year amid fears that economic turmoil in Russia and Asia would hobble U.S. corporate profits.

The Dow closed at 7,539.07, down 6.4 percent, after falling steadily through the afternoon. The technology-heavy Nasdaq composite index fell 8.6 percent, its steepest fall since the October 1987 crash.

The blue-chip average has now lost 19.3 percent since its record close of 9,337.97 on July 17, just short of the 20 percent decline that traders consider a bear market. Only the 554-point drop of Oct. 27, 1997, was bigger in point terms.

"People are selling first and asking questions later," said Arthur Hogan, chief market analyst at Jefferies & Co. in Boston. "Nobody wants to hold stocks with Russia in this kind of shape."

U.S. markets will be closed next Monday for Labor Day.

In Moscow, where the ruble has lost more than half of its value since Aug. 17, when the government devalued the currency and halted payments on some of its debt, stock trading was suspended for most of last week. President Boris Yeltsin was expected to press his nominee for prime minister, Viktor Chernomyrdin, on the parliament again this week after lawmakers rejected him on Monday.

Investors also fled Latin American markets, fearing that Brazil or Venezuela could be next. Stocks in Mexico City fell 6 percent.

Federal Reserve Chairman Alan Greenspan, who in December 1996 warned of "irrational exuberance" in stock prices, is scheduled to speak at the University of California at Berkeley on Friday. Traders will be watching for any hint that the Fed might cut interest rates when its policymakers meet on Sept. 29.

The losses came after the Dow fell 357 points on Thursday and another 114 points on Friday. For August, the average fell 15.1 percent, the most since October 1987.

Some analysts said the decline could present a buying opportunity after a bull market that has seen the Dow more than double since 1995. "Three years from now, people will look at this as a chance they missed," said Hugh Johnson, chief investment officer at First Albany Corp.

But others warned that the selling might not be over. "We haven't seen capitulation yet," said Ralph Acampora of Prudential Securities, who had predicted a correction of as much as 20 percent. "The weakness overseas isn't going away in a few weeks."
""", [
    ('summer', 'DATE', '1998-SU'),
    ('Monday', 'DATE', '1998-08-31'),
    ('the year', 'DATE', '1998'),
    ('the afternoon', 'DATE|TIME', '1998-08-31TAF'),
    ('October 1987', 'DATE', '1987-10'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('July 17', 'DATE', '1998-07-17'),
    ('Oct. 27, 1997', 'DATE', '1997-10-27'),
    ('next Monday', 'DATE', '1998-09-07'),
    ('Labor Day', 'DATE', '1998-09-07'),
    ('Aug. 17', 'DATE', '1998-08-17'),
    ('last week', 'DATE', '1998-W35'),
    ('this week', 'DATE', '1998-W36'),
    ('Monday', 'DATE', '1998-08-31'),
    ('December 1996', 'DATE', '1996-12'),
    ('Friday', 'DATE', '1998-09-04'),
    ('Sept. 29', 'DATE', '1998-09-29'),
    ('Thursday', 'DATE', '1998-08-27'),
    ('Friday', 'DATE', '1998-08-28'),
    ('August', 'DATE', '1998-08'),
    ('October 1987', 'DATE', '1987-10'),
    ('1995', 'DATE', '1995'),
    ('Three years from now', 'DATE', '2001'),
    ('a few weeks', 'DURATION', 'PXW'),
]),

# 9. Washington Post, peace accord signing (2005)
('2005-01-10', 'auto', """Sudan, Southern Rebels Sign Accord Ending Africa's Longest War

By Jonathan Reese
Washington Post Foreign Service

NAIROBI, Jan. 9 -- Sudan's government and southern rebels signed a comprehensive peace agreement Sunday, formally ending a civil war that has killed an estimated 2 million people over the past 21 years and opening the way for a referendum on independence for the south in 2011.

Sudanese Vice President Ali Osman Mohamed Taha and rebel leader John Garang signed the documents at about 1 p.m. in a stadium on the outskirts of the Kenyan capital, as thousands of southern Sudanese refugees waved flags and sang. Secretary of State Colin L. Powell, who attended the ceremony along with a dozen African heads of state, called the accord "a new beginning for all of Sudan."

The agreement, negotiated over more than two years in the Kenyan towns of Machakos and Naivasha, provides for an interim period of six years, beginning in July, during which the south will govern itself and share oil revenue equally with the north. Garang is to be sworn in as the country's first vice president within weeks.

The north-south war began in 1983, when southern army units mutinied after President Jaafar Nimeiri imposed Islamic law, and the conflict had flared intermittently since Sudan's independence in 1956. The two sides initialed the last of eight protocols on Dec. 31 in Naivasha, and Garang flew to his southern stronghold of Rumbek the next day to celebrate with his fighters.

"I have been waiting for this for 20 years," said Mary Akol, 34, who fled the southern town of Bor in 1991 and has lived in the Kakuma refugee camp in northern Kenya ever since. "My children have never seen Sudan."

But the celebrations were tempered by continuing violence in Darfur, in western Sudan, where a separate conflict that erupted in early 2003 has driven nearly 2 million people from their homes. U.N. officials said Thursday that government-backed militias had attacked at least three villages there since Christmas.

Powell said Norway would host a donors' conference in April, and that Washington would consider easing sanctions once a new government was formed in Khartoum. Diplomats said the U.N. Security Council would take up a resolution authorizing a peacekeeping force of about 10,000 troops in the coming weeks.

"This agreement is only a piece of paper until people in the villages see schools and clinics," said a Western diplomat who has followed the talks. "The hard part starts now."
""", [
    ('Jan. 9', 'DATE', '2005-01-09'),
    ('Sunday', 'DATE', '2005-01-09'),
    ('the past 21 years', 'DURATION', 'P21Y'),
    ('2011', 'DATE', '2011'),
    ('about 1 p.m.', 'TIME', '2005-01-09T13:00'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('six years', 'DURATION', 'P6Y'),
    ('July', 'DATE', '2005-07'),
    ('weeks', 'DURATION', 'PXW'),
    ('1983', 'DATE', '1983'),
    ('1956', 'DATE', '1956'),
    ('Dec. 31', 'DATE', '2004-12-31'),
    ('the next day', 'DATE', '2005-01-01'),
    ('20 years', 'DURATION', 'P20Y'),
    ('1991', 'DATE', '1991'),
    ('early 2003', 'DATE', '2003'),
    ('Thursday', 'DATE', '2005-01-06'),
    ('Christmas', 'DATE', '2004-12-25'),
    ('April', 'DATE', '2005-04'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('now', 'DATE', 'PRESENT_REF'),
]),

# 10. AFP, train crash (2005)
('2005-04-26', 'auto', """Death toll in Japan train crash rises to 73 as rescuers search wreckage

AMAGASAKI, Japan (AFP) - The death toll from Japan's worst rail accident in more than four decades rose to 73 on Tuesday as rescue workers cut through the twisted remains of a commuter train that slammed into an apartment block near Osaka, officials said.

More than 440 people were injured when the seven-car train, packed with commuters, jumped the tracks on a curve at 9:18 am on Monday and ploughed into the ground floor of the nine-storey building.

Firefighters using cutting equipment freed passengers trapped in the first two carriages one by one, and a 46-year-old man was pulled alive from the wreckage at around 1:00 pm on Tuesday, nearly 28 hours after the crash.

Investigators from the transport ministry said the train, operated by West Japan Railway Co. (JR West), may have been travelling at more than 100 kph (62 mph) on a curve with a speed limit of 70 kph.

The 23-year-old driver, who had been licensed for only 11 months and was among the dead, was running about 90 seconds behind schedule after overshooting a platform at the previous station, the company said.

JR West president Takeshi Kakiuchi bowed deeply at a news conference late Monday and apologised to the victims and their families. "We have betrayed the trust of our passengers," he said.

Railway officials said the line would remain closed for at least a week, and police searched the company's Osaka headquarters on Tuesday morning as part of an investigation into possible professional negligence.

Critics have accused JR West, which was privatised in 1987, of pressuring drivers to keep to a timetable that is measured to the second, and of punishing those who ran late with "re-education" sessions.

Japan's previous worst rail disaster came in November 1963, when 161 people died in a collision near Yokohama. The country's rail network carries millions of passengers daily and is known around the world for its punctuality, and its bullet trains have not had a fatal accident since service began in 1964.

Prime Minister Junichiro Koizumi, who returned from a summit in Jakarta at the weekend, ordered the transport minister to ensure the safety of all rail lines ahead of a string of national holidays that begins on Friday.
""", [
    ('more than four decades', 'DURATION', 'P40Y|P4E'),
    ('Tuesday', 'DATE', '2005-04-26'),
    ('9:18 am on Monday', 'TIME', '2005-04-25T09:18'),
    ('around 1:00 pm on Tuesday', 'TIME', '2005-04-26T13:00'),
    ('nearly 28 hours', 'DURATION', 'PT28H'),
    ('11 months', 'DURATION', 'P11M'),
    ('about 90 seconds', 'DURATION', 'PT90S'),
    ('late Monday', 'DATE', '2005-04-25'),
    ('at least a week', 'DURATION', 'P1W'),
    ('Tuesday morning', 'DATE|TIME', '2005-04-26TMO'),
    ('1987', 'DATE', '1987'),
    ('November 1963', 'DATE', '1963-11'),
    ('daily', 'SET', 'P1D'),
    ('1964', 'DATE', '1964'),
    ('the weekend', 'DATE', '2005-W16-WE'),
    ('Friday', 'DATE', '2005-04-29'),
]),

# 11. New York Times, Supreme Court ruling (2003)
('2003-06-24', 'auto', """Justices Back Affirmative Action by 5 to 4, but Reject Point System

By MARTIN HALLORAN

WASHINGTON — The Supreme Court on Monday upheld the University of Michigan Law School's use of race as one factor in admissions, issuing its most important statement on affirmative action in higher education since 1978, but struck down the undergraduate admissions system that awarded automatic points to minority applicants.

In the law school case, Justice Sandra Day O'Connor wrote for a 5-to-4 majority that the Constitution permits "narrowly tailored" consideration of race to achieve a diverse student body. "We expect that 25 years from now, the use of racial preferences will no longer be necessary," she wrote.

The undergraduate program, which gave applicants 20 points on a 150-point scale for being black, Hispanic or American Indian, was struck down 6 to 3. Chief Justice William H. Rehnquist wrote that the system failed to consider each applicant as an individual.

The cases were brought in 1997 by white applicants who had been rejected by the university, and they were argued before the court on April 1. The court has been divided on the issue since its decision a quarter-century ago in Regents of the University of California v. Bakke, in which Justice Lewis F. Powell Jr. wrote that diversity could justify the consideration of race.

University officials said they would revise the undergraduate system over the summer so that a new process could be in place for students seeking admission in the fall of 2004. Mary Sue Coleman, the university's president, said Monday night that the decision was "a tremendous victory" for public universities.

Voters in California and Washington State banned racial preferences in public universities through ballot measures in 1996 and 1998, and a federal appeals court struck down the University of Texas's program in 1996. Opponents of affirmative action said they would now consider a similar ballot initiative in Michigan.

The Bush administration, which had filed a brief in January urging the court to strike down both programs, said it would study the rulings. President Bush said in a statement that he was pleased the court had recognized the value of diversity but had also required that admissions be "measured and limited."

Speculation has mounted in recent weeks that one or more justices could retire when the court recesses for the summer. The justices are expected to issue their remaining decisions, including a closely watched case on a Texas sodomy law, by Thursday.
""", [
    ('Monday', 'DATE', '2003-06-23'),
    ('1978', 'DATE', '1978'),
    ('25 years from now', 'DATE', '2028'),
    ('1997', 'DATE', '1997'),
    ('April 1', 'DATE', '2003-04-01'),
    ('a quarter-century ago', 'DATE', '1978'),
    ('the summer', 'DATE', '2003-SU'),
    ('the fall of 2004', 'DATE', '2004-FA'),
    ('Monday night', 'DATE|TIME', '2003-06-23TNI'),
    ('1996', 'DATE', '1996'),
    ('1998', 'DATE', '1998'),
    ('1996', 'DATE', '1996'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('January', 'DATE', '2003-01'),
    ('recent weeks', 'DURATION|DATE', 'PXW|PAST_REF'),
    ('the summer', 'DATE', '2003-SU'),
    ('Thursday', 'DATE', '2003-06-26'),
]),

# 12. Reuters, heat wave (2003)
('2003-08-12', 'auto', """France calls in army as heat wave deaths mount

PARIS (Reuters) - France called in troops to help overwhelmed hospitals and funeral services on Tuesday as a record-breaking heat wave that has gripped Europe for nearly two weeks showed few signs of easing, and officials said thousands of elderly people may have died.

Temperatures in Paris reached 39.5 degrees Celsius (103 Fahrenheit) on Monday afternoon, and minimum temperatures have not fallen below 25 degrees since Aug. 4, the national weather service Meteo France said.

Patrick Pelloux, head of the association of emergency doctors, said as many as 50 people were dying each day in the capital's hospitals from heat-related causes, most of them over 75 and living alone. "For ten days, the ministers were on the beach," he said.

Health Minister Jean-Francois Mattei, who cut short his holiday in the south of France on Monday, said the government would release a provisional death toll by the end of the week. Opposition Socialists accused the government of reacting too slowly, and unions said retirement homes were short of staff because many employees were on holiday.

In Portugal, where fires have destroyed more than 215,000 hectares of forest since late July, the government declared a state of emergency in several districts.

Meteorologists said this summer was already the hottest in France since 1947. The country's last severe heat wave, in the summer of 1976, was drier but far less intense, they said.

Forecasters expect temperatures to ease slightly from Thursday, with storms possible over the weekend, but said the heat would not break fully until next week.

State utility Electricite de France said it had been forced to cut output at several nuclear plants because river water used for cooling was too warm, and asked consumers to limit their use of air conditioning.

In Britain, the temperature at Faversham in Kent hit 38.5 degrees C on Sunday, the highest ever recorded in the country. In Germany, the Rhine fell to its lowest level in decades, forcing barges to sail with reduced loads.

Insurers and economists said the heat, combined with drought, would cut harvests of wheat and maize across the continent and push food prices higher in the autumn.
""", [
    ('Tuesday', 'DATE', '2003-08-12'),
    ('nearly two weeks', 'DURATION', 'P2W'),
    ('Monday afternoon', 'DATE|TIME', '2003-08-11TAF'),
    ('Aug. 4', 'DATE', '2003-08-04'),
    ('each day', 'SET', 'P1D'),
    ('ten days', 'DURATION', 'P10D'),
    ('Monday', 'DATE', '2003-08-11'),
    ('the end of the week', 'DATE', '2003-W33'),
    ('late July', 'DATE', '2003-07'),
    ('this summer', 'DATE', '2003-SU'),
    ('1947', 'DATE', '1947'),
    ('the summer of 1976', 'DATE', '1976-SU'),
    ('Thursday', 'DATE', '2003-08-14'),
    ('the weekend', 'DATE', '2003-W33-WE'),
    ('next week', 'DATE', '2003-W34'),
    ('Sunday', 'DATE', '2003-08-10'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('the autumn', 'DATE', '2003-FA'),
]),

# 13. CNN, ceasefire (2006)
('2006-08-14', 'auto', """Cease-fire takes hold in Lebanon; displaced head south

BEIRUT, Lebanon (CNN) -- A U.N.-brokered cease-fire between Israel and Hezbollah took effect at 8 a.m. Monday (1 a.m. ET), and thousands of displaced Lebanese jammed the roads south within hours, hoping to return to villages they fled during a month of fighting.

Both sides kept up attacks until shortly before the truce began. Hezbollah fired more than 250 rockets into northern Israel on Sunday, its heaviest barrage of the conflict, and Israeli warplanes struck targets in Beirut's southern suburbs and across the south.

The fighting erupted on July 12, when Hezbollah guerrillas crossed into Israel, killed three soldiers and captured two others. More than 1,000 people in Lebanon and about 150 Israelis have been killed in the past 34 days, most of them civilians.

The U.N. Security Council unanimously approved Resolution 1701 on Friday, and the Lebanese and Israeli Cabinets endorsed it over the weekend. Under the resolution, 15,000 Lebanese soldiers are to deploy in the south alongside an expanded U.N. force, and Israel is to withdraw its troops as they arrive. Israeli officials said the pullback could begin within 10 days.

Lebanese Prime Minister Fouad Siniora said his Cabinet would meet Tuesday evening to decide when the army would move south. U.N. Secretary-General Kofi Annan said he hoped the first foreign reinforcements could arrive "in days, not weeks."

Israeli Prime Minister Ehud Olmert told the Knesset on Monday that the offensive had dealt a severe blow to Hezbollah, but he acknowledged "shortcomings" that would be examined. Israel withdrew from southern Lebanon in May 2000 after 18 years of occupation.

Since the cease-fire took effect, there have been only scattered reports of violence. Israeli troops killed six Hezbollah fighters in separate clashes Monday morning, the Israeli military said. Israel's air and sea blockade of Lebanon will remain in place for now, Israeli officials said.

President Bush, who is scheduled to speak about the Middle East at the State Department on Monday afternoon, said over the weekend that the resolution was "an important step" toward ending the violence.

In the southern port city of Tyre, families piled mattresses onto car roofs and waited in long lines at the few gas stations that remained open. "We left with nothing a month ago," said Hassan Farhat, 52. "Whatever is left of our house, we want to see it today."
""", [
    ('8 a.m. Monday', 'TIME', '2006-08-14T08:00'),
    ('1 a.m. ET', 'TIME', '2006-08-14T01:00'),
    ('hours', 'DURATION', 'PTXH'),
    ('a month', 'DURATION', 'P1M'),
    ('Sunday', 'DATE', '2006-08-13'),
    ('July 12', 'DATE', '2006-07-12'),
    ('the past 34 days', 'DURATION', 'P34D'),
    ('Friday', 'DATE', '2006-08-11'),
    ('the weekend', 'DATE', '2006-W32-WE'),
    ('10 days', 'DURATION', 'P10D'),
    ('Tuesday evening', 'DATE|TIME', '2006-08-15TEV'),
    ('days', 'DURATION', 'PXD'),
    ('weeks', 'DURATION', 'PXW'),
    ('Monday', 'DATE', '2006-08-14'),
    ('May 2000', 'DATE', '2000-05'),
    ('18 years', 'DURATION', 'P18Y'),
    ('Monday morning', 'DATE|TIME', '2006-08-14TMO'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Monday afternoon', 'DATE|TIME', '2006-08-14TAF'),
    ('the weekend', 'DATE', '2006-W32-WE'),
    ('a month ago', 'DATE', '2006-07'),
    ('today', 'DATE', '2006-08-14'),
]),

# 14. Wall Street Journal, quarterly earnings of a retailer (2006)
('2006-11-16', 'auto', """Harlan Stores' Profit Rises 12%, but Retailer Trims Outlook

By SUSAN PRYOR
Staff Reporter of THE WALL STREET JOURNAL

Harlan Stores Inc. said third-quarter profit rose 12%, helped by strong sales of flat-panel televisions and cold-weather apparel, but the discount chain trimmed its forecast for the fourth quarter, citing cautious spending by lower-income shoppers.

For the quarter ended Oct. 28, the Minneapolis company earned $142 million, or 58 cents a share, up from $127 million, or 51 cents a share, a year earlier. Revenue rose 7.4% to $6.3 billion. Sales at stores open at least a year, a key measure of retail health, rose 3.8%.

Analysts surveyed by Thomson Financial had expected earnings of 55 cents a share. Harlan shares rose $1.12, or 2.4%, to $47.80 in 4 p.m. composite trading on the New York Stock Exchange yesterday.

For the fourth quarter, which ends Feb. 3, Harlan said it expects earnings of $1.05 to $1.10 a share, below its previous estimate of $1.12 to $1.18. Chief Executive Robert Lindqvist said on a conference call that shoppers remained cautious despite a steep drop in gasoline prices since the summer. "Our customers are still making choices between a new coat and the heating bill," he said. "We're planning conservatively."

Harlan will open its stores at 5 a.m. on Nov. 24 and will run door-buster promotions weekly through Christmas Eve. Sales in the period between Thanksgiving and Christmas typically account for about 30% of the chain's profit.

For fiscal 2006, Harlan now expects earnings of $2.95 to $3.00 a share, compared with $2.71 in fiscal 2005. The company said it would open 85 new stores in fiscal 2007, down from 102 this year, and would buy back $500 million of stock over the next two years.

Mr. Lindqvist, who joined Harlan from a grocery chain three years ago, has pushed the retailer to add food and pharmacy departments to its larger stores, a strategy that has lifted customer traffic but squeezed margins.

On Tuesday, Wal-Mart Stores Inc. said that sales at its U.S. stores open at least a year would be flat or up 1% in November, the weakest forecast from the world's largest retailer in more than a decade. Target Corp. reports results next week.
""", [
    ('third-quarter', 'DATE', '2006-Q3'),
    ('the fourth quarter', 'DATE', '2006-Q4'),
    ('the quarter', 'DATE', '2006-Q3'),
    ('Oct. 28', 'DATE', '2006-10-28'),
    ('a year earlier', 'DATE', '2005-Q3|2005'),
    ('at least a year', 'DURATION', 'P1Y'),
    ('4 p.m.', 'TIME', '2006-11-15T16:00'),
    ('yesterday', 'DATE', '2006-11-15'),
    ('the fourth quarter', 'DATE', '2006-Q4'),
    ('Feb. 3', 'DATE', '2007-02-03'),
    ('the summer', 'DATE', '2006-SU'),
    ('5 a.m. on Nov. 24', 'TIME', '2006-11-24T05:00'),
    ('weekly', 'SET', 'P1W'),
    ('Christmas Eve', 'DATE', '2006-12-24'),
    ('Thanksgiving', 'DATE', '2006-11-23'),
    ('Christmas', 'DATE', '2006-12-25'),
    ('fiscal 2006', 'DATE', 'FY2006|2006'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('fiscal 2005', 'DATE', 'FY2005|2005'),
    ('fiscal 2007', 'DATE', 'FY2007|2007'),
    ('this year', 'DATE', '2006'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('three years ago', 'DATE', '2003'),
    ('Tuesday', 'DATE', '2006-11-14'),
    ('at least a year', 'DURATION', 'P1Y'),
    ('November', 'DATE', '2006-11'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('next week', 'DATE', '2006-W47'),
]),
]
