# Gold TIMEX3 probe set 54: twelve broadcast news transcripts and wire stories of 1997-2013 in the styles of CNN, ABC News, Voice of America, PRI's The World and NPR (spoken transcripts with anchors and reporters) and AP, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. CNN, broadcast transcript (1997)
('1997-10-28', 'auto', """CNN MONEYLINE
Aired October 28, 1997

Stocks Roar Back After Historic Plunge

DAVID MARSH, ANCHOR: Wall Street got a case of whiplash today. After suffering its biggest point drop ever on Monday, the Dow Jones industrial average came charging back this afternoon. The Dow closed up 337 points at 7,498, on record volume of more than one billion shares on the New York Stock Exchange.

CNN's Ellen Kovacs is on the floor of the exchange. Ellen, quite a turnaround.

ELLEN KOVACS, CNN CORRESPONDENT: It sure was, David. When the opening bell rang at 9:30 a.m., the selling picked up right where it left off Monday afternoon. Within an hour the Dow was down another 186 points. Then, around 11 a.m., the big institutional buyers stepped in, and the mood on this floor changed completely.

The rules that halted trading yesterday, the so-called circuit breakers, are now under review. Those curbs were adopted a decade ago, after the crash of October 1987, and Monday was the first time they were ever triggered. Trading was stopped for 30 minutes at 2:35 p.m. and then shut down for good at 3:30 p.m., half an hour before the normal close.

MARK ELLINGTON, FLOOR TRADER: Yesterday felt like the end of the world. Today we had customers calling at 7 in the morning wanting to buy. I've been down here for 22 years and I've never seen a turnaround like this.

KOVACS: The trouble started overseas last week, when Hong Kong's market lost nearly a quarter of its value in four days. Traders here will be watching closely tonight when the markets open in Tokyo.

Exchange officials said they will meet with regulators later this week to discuss whether the 350-point trigger should be raised. The Dow has nearly doubled since 1995, and a 350-point move is a much smaller percentage now than it was when the rules were written.

MARSH: Ellen, is the worst over?

KOVACS: Nobody here is willing to say that, David. Many strategists expect the market to stay choppy in the coming weeks, and some are warning that the fourth quarter could be rough for companies that do business in Asia. But for now, the bulls are back. Reporting from the floor of the New York Stock Exchange, I'm Ellen Kovacs.
""", [
    ('October 28, 1997', 'DATE', '1997-10-28'),
    ('today', 'DATE', '1997-10-28'),
    ('Monday', 'DATE', '1997-10-27'),
    ('this afternoon', 'DATE|TIME', '1997-10-28TAF'),
    ('9:30 a.m.', 'TIME', '1997-10-28T09:30'),
    ('Monday afternoon', 'DATE|TIME', '1997-10-27TAF'),
    ('an hour', 'DURATION', 'PT1H'),
    ('around 11 a.m.', 'TIME', '1997-10-28T11:00'),
    ('yesterday', 'DATE', '1997-10-27'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a decade ago', 'DATE', '1987|198'),
    ('October 1987', 'DATE', '1987-10'),
    ('Monday', 'DATE', '1997-10-27'),
    ('30 minutes', 'DURATION', 'PT30M'),
    ('2:35 p.m.', 'TIME', '1997-10-27T14:35'),
    ('3:30 p.m.', 'TIME', '1997-10-27T15:30'),
    ('half an hour', 'DURATION', 'PT30M'),
    ('Yesterday', 'DATE', '1997-10-27'),
    ('Today', 'DATE', '1997-10-28'),
    ('7 in the morning', 'TIME', '1997-10-28T07:00'),
    ('22 years', 'DURATION', 'P22Y'),
    ('last week', 'DATE', '1997-W43'),
    ('four days', 'DURATION', 'P4D'),
    ('tonight', 'DATE|TIME', '1997-10-28TNI'),
    ('later this week', 'DATE', '1997-W44'),
    ('1995', 'DATE', '1995'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('the fourth quarter', 'DATE', '1997-Q4'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
# 2. AP, wire story (1998)
('1998-06-24', 'auto', """Wildfires Force Evacuations in Northeast Florida

By JAMES HOLLOWAY
Associated Press Writer

PALM COAST, Fla. (AP) -- Firefighters battled more than 80 wildfires across northeast Florida on Wednesday, and forecasters offered little hope of rain before the weekend to ease a drought that has gripped the region since April.

About 3,000 residents of two subdivisions were ordered to leave their homes Tuesday night after a fire jumped Interstate 95 at about 6 p.m., officials said. Most were allowed back early Wednesday, but the sheriff's office said the order could be reissued.

"We've had crews on the line for 36 hours," said Ray Dunning, a spokesman for the state Division of Forestry. "They're exhausted, and the wind is supposed to pick up again Thursday afternoon."

Since Memorial Day, fires have burned more than 190,000 acres statewide and destroyed 42 homes. The state has spent about $14 million fighting them, Dunning said, and that figure will rise sharply in July if the weather does not change.

The governor declared a state of emergency last week and asked Washington on Monday for more firefighting aircraft. Two air tankers from California arrived Tuesday, and four more are expected by Friday.

The National Weather Service said the region has received less than 2 inches of rain since April, compared with nearly 11 inches normally. Forecasters said scattered thunderstorms could develop late Saturday, but they warned that lightning from dry storms has started many of the fires.

The last time the region was this dry was in 1985, when fires burned for nearly two months and blackened 100,000 acres. Officials say much has changed since. Counties now require permits for all outdoor burning, and the forestry division updates its fire danger ratings twice a day.

Still, some residents are frustrated. "Every summer they tell us it's under control," said Marjorie Tate, 67, who has lived in the Pine Lakes neighborhood for 12 years. "I packed up my photo albums yesterday. I'm not waiting for a deputy to knock on my door."

Schools that were to host vacation programs next week will remain open as shelters, and Flagler County canceled its Fourth of July fireworks show, which it stages every year on the riverfront.

"In the coming days we may have to make some very hard choices," Dunning said.
""", [
    ('Wednesday', 'DATE', '1998-06-24'),
    ('the weekend', 'DATE', '1998-W26-WE'),
    ('April', 'DATE', '1998-04'),
    ('Tuesday night', 'DATE|TIME', '1998-06-23TNI'),
    ('about 6 p.m.', 'TIME', '1998-06-23T18:00'),
    ('early Wednesday', 'DATE', '1998-06-24'),
    ('36 hours', 'DURATION', 'PT36H'),
    ('Thursday afternoon', 'DATE|TIME', '1998-06-25TAF'),
    ('Memorial Day', 'DATE', '1998-05-25'),
    ('July', 'DATE', '1998-07'),
    ('last week', 'DATE', '1998-W25'),
    ('Monday', 'DATE', '1998-06-22'),
    ('Tuesday', 'DATE', '1998-06-23'),
    ('Friday', 'DATE', '1998-06-26'),
    ('April', 'DATE', '1998-04'),
    ('late Saturday', 'DATE', '1998-06-27'),
    ('1985', 'DATE', '1985'),
    ('nearly two months', 'DURATION', 'P2M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('twice a day', 'SET', 'P1D'),
    ('Every summer', 'SET', 'XXXX-SU'),
    ('12 years', 'DURATION', 'P12Y'),
    ('yesterday', 'DATE', '1998-06-23'),
    ('next week', 'DATE', '1998-W27'),
    ('Fourth of July', 'DATE', '1998-07-04'),
    ('every year', 'SET', 'P1Y'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
]),
# 3. NPR, broadcast transcript (1999)
('1999-12-29', 'auto', """NPR ALL THINGS CONSIDERED
December 29, 1999

Utilities and Banks Brace for the Millennium Bug

MICHAEL ROSS, host: From NPR News, this is All Things Considered. I'm Michael Ross.

With two days left before the new year, the people who keep the lights on are getting ready to spend the weekend at work. Power companies, banks and airlines say they have spent years fixing the so-called Y2K bug, the computer glitch that could cause older systems to read the year 2000 as 1900. Now, they say, the only thing left to do is watch. NPR's David Okafor reports from Chicago.

DAVID OKAFOR reporting: At the control center of a large Midwestern utility, engineers have been running drills daily since early December. On Friday night, about 150 employees will report for duty at 8 p.m. and stay until noon on Saturday, January 1st.

Mr. JAMES PRUITT (Operations Manager): We started going through our code in 1996. We looked at something like 12 million lines. By the end of last year we had fixed most of it, and since March we've been doing nothing but testing.

OKAFOR: Pruitt says the company's biggest worry is not its own computers but the telephone network and its suppliers. The utility has stocked 60 days of coal at each plant, about twice the usual amount, and it has booked hotel rooms near the control center for the weekend.

Banks are taking similar steps. The Federal Reserve has shipped an extra $50 billion in cash to regional banks over the past several months, in case customers decide to pull money out before the rollover. So far, officials say, demand has been modest.

In Washington, the White House's Y2K office will spend New Year's Eve in a command center, tracking reports as the date changes around the world, beginning with New Zealand at 6 a.m. Friday, Washington time.

Mr. PRUITT: Honestly, I think it's going to be the most boring shift of my career. And that's exactly what we want.

OKAFOR: Still, Pruitt says he'll be back at his desk on Monday, January 3rd, when businesses reopen and the first real test of billing and payroll systems begins. For NPR News, I'm David Okafor in Chicago.
""", [
    ('December 29, 1999', 'DATE', '1999-12-29'),
    ('two days', 'DURATION', 'P2D'),
    ('the new year', 'DATE', '2000'),
    ('the weekend', 'DATE', '1999-W52-WE'),
    ('years', 'DURATION', 'PXY'),
    ('the year 2000', 'DATE', '2000'),
    ('1900', 'DATE', '1900'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('daily', 'SET', 'P1D'),
    ('early December', 'DATE', '1999-12'),
    ('Friday night', 'DATE|TIME', '1999-12-31TNI'),
    ('8 p.m.', 'TIME', '1999-12-31T20:00'),
    ('noon on Saturday, January 1st', 'TIME', '2000-01-01T12:00'),
    ('1996', 'DATE', '1996'),
    ('the end of last year', 'DATE', '1998|1998-12'),
    ('March', 'DATE', '1999-03'),
    ('60 days', 'DURATION', 'P60D'),
    ('the weekend', 'DATE', '1999-W52-WE'),
    ('the past several months', 'DURATION', 'PXM'),
    ("New Year's Eve", 'DATE', '1999-12-31'),
    ('6 a.m. Friday', 'TIME', '1999-12-31T06:00'),
    ('Monday, January 3rd', 'DATE', '2000-01-03'),
]),
# 4. Voice of America, broadcast transcript (2000)
('2000-04-11', 'auto', """VOA NEWS
Aid Agencies Warn of Famine in Ethiopia

ELLEN BRODY, ANCHOR: This is VOA News. I'm Ellen Brody.

United Nations agencies are warning that millions of people in Ethiopia could face starvation in the coming months unless donors act quickly. The rains that were expected between February and April have failed again this year across much of the country's south and east. Alex Mwangi reports from Addis Ababa.

ALEX MWANGI, REPORTER: The World Food Program said Monday that nearly eight million Ethiopians now depend on food aid, up from about five million at the beginning of the year. In the Somali region, aid workers say livestock have been dying for months, and families are walking for days to reach feeding centers.

A WFP spokeswoman, Judith Adeyemi, told reporters here this morning that the agency has received only 40 percent of the grain it requested in January.

JUDITH ADEYEMI: We have enough food in the pipeline to last until the end of May. After that, if new pledges do not arrive within the next three weeks, we will have nothing to distribute in June and July, and that is when hunger is at its worst.

MWANGI: It takes at least four months for a shipment to travel from donor countries to the port of Djibouti and then by truck into Ethiopia's interior. That is why officials are urging governments to make commitments now, rather than wait for pictures of starving children.

Ethiopia suffered a devastating famine in 1984 and 1985 in which hundreds of thousands of people died. Aid officials say the early warning systems set up after that disaster are working, but they say the warnings are being ignored.

The crisis has been complicated by Ethiopia's two-year border war with Eritrea. Some donors have said they are reluctant to give aid to a government that spends heavily on its military. Ethiopian officials reject that argument and say the two issues should be kept separate.

European Union officials are scheduled to meet in Brussels on Thursday to discuss emergency assistance, and the United States announced last week that it would send 150,000 tons of wheat. Forecasters say the main rains, due to begin in July, may also be weak.

Alex Mwangi, VOA News, Addis Ababa.
""", [
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('February', 'DATE', '2000-02'),
    ('April', 'DATE', '2000-04'),
    ('this year', 'DATE', '2000'),
    ('Monday', 'DATE', '2000-04-10'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the beginning of the year', 'DATE', '2000|2000-01'),
    ('months', 'DURATION', 'PXM'),
    ('days', 'DURATION', 'PXD'),
    ('this morning', 'DATE|TIME', '2000-04-11TMO'),
    ('January', 'DATE', '2000-01'),
    ('the end of May', 'DATE', '2000-05'),
    ('the next three weeks', 'DURATION', 'P3W'),
    ('June', 'DATE', '2000-06'),
    ('July', 'DATE', '2000-07'),
    ('at least four months', 'DURATION', 'P4M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1984', 'DATE', '1984'),
    ('1985', 'DATE', '1985'),
    ('two-year', 'DURATION', 'P2Y'),
    ('Thursday', 'DATE', '2000-04-13'),
    ('last week', 'DATE', '2000-W14'),
    ('July', 'DATE', '2000-07'),
]),
# 5. AP, wire story (2001)
('2001-08-16', 'auto', """Harmon Instruments to Cut 1,200 Jobs as Losses Mount

By KAREN WHITLEY
AP Business Writer

DALLAS (AP) -- Harmon Instruments Inc., a maker of testing equipment for the telecommunications industry, said Thursday it will eliminate 1,200 jobs, or about 14 percent of its work force, after posting its second consecutive loss.

The Dallas-based company lost $48.3 million, or 62 cents per share, in the three months ended July 31. A year earlier, it earned $21.7 million, or 27 cents per share. Sales fell 38 percent to $212 million.

Chief executive Donald Reyes said orders from phone companies, which spent heavily on new networks in 1999 and 2000, had "fallen off a cliff" since the spring.

"I've been in this business for 25 years, and I have never seen customers stop spending this quickly," Reyes said during a conference call with analysts Thursday morning. "We don't expect a recovery before the middle of next year."

The job cuts, most of which will take place over the next 90 days, come on top of 800 layoffs announced in April. The company will also close plants in Richardson, Texas, and Colorado Springs, Colo., by the end of the year and freeze executive salaries through fiscal 2002.

Harmon expects to record a charge of $35 million to $40 million in the fourth quarter, which ends Oct. 31, to cover severance and other costs.

Harmon shares fell $1.12, or 9 percent, to close at $11.30 on the New York Stock Exchange. The stock traded as high as $58 in March 2000 and has lost more than 80 percent of its value since.

Analysts said the cuts were overdue. "They held on to too many people," said Amy Sato, an analyst with Keegan & Co. in Memphis, Tenn. "Most other companies in this sector started cutting last fall."

Harmon, founded in 1968, has reported a loss only twice over the past decade. The company said it will report fourth-quarter results in late November and will hold its shareholders meeting Jan. 24 in Dallas.
""", [
    ('Thursday', 'DATE', '2001-08-16'),
    ('the three months', 'DURATION', 'P3M'),
    ('July 31', 'DATE', '2001-07-31'),
    ('A year earlier', 'DATE', '2000'),
    ('1999', 'DATE', '1999'),
    ('2000', 'DATE', '2000'),
    ('the spring', 'DATE', '2001-SP'),
    ('25 years', 'DURATION', 'P25Y'),
    ('Thursday morning', 'DATE|TIME', '2001-08-16TMO'),
    ('the middle of next year', 'DATE', '2002'),
    ('the next 90 days', 'DURATION', 'P90D'),
    ('April', 'DATE', '2001-04'),
    ('the end of the year', 'DATE', '2001|2001-12'),
    ('fiscal 2002', 'DATE', 'FY2002|2002'),
    ('the fourth quarter', 'DATE', '2001-Q4|FY2001-Q4'),
    ('Oct. 31', 'DATE', '2001-10-31'),
    ('March 2000', 'DATE', '2000-03'),
    ('last fall', 'DATE', '2000-FA'),
    ('1968', 'DATE', '1968'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('fourth-quarter', 'DATE', '2001-Q4|FY2001-Q4'),
    ('late November', 'DATE', '2001-11'),
    ('Jan. 24', 'DATE', '2002-01-24'),
]),
# 6. ABC News, broadcast transcript (2003)
('2003-02-06', 'auto', """ABC WORLD NEWS TONIGHT
Flu Outbreak Strains Emergency Rooms

MARK HALLORAN, ABC NEWS: We begin tonight with the flu. Doctors in at least 20 states say their emergency rooms are overwhelmed, and federal health officials said this afternoon that the outbreak has not yet peaked. ABC's Lisa Marrow is at a hospital in Denver.

LISA MARROW, ABC NEWS: Mark, the waiting room behind me has been full since early this morning. The hospital says it treated 412 patients in its emergency department yesterday, nearly double its usual number. Some people have waited more than six hours to see a doctor.

DR. ALAN FIERRO, EMERGENCY PHYSICIAN: We've been running at capacity for about two weeks. By noon today every bed was full, and we're holding patients in the hallways.

MARROW: The Centers for Disease Control and Prevention reported on Monday that flu activity was widespread in 22 states in late January, up from 9 states in mid-January. The dominant strain this winter is one that was not well matched by the vaccine, which was formulated last February, months before the virus began circulating.

Officials say it is not too late to get a flu shot. Vaccine makers produced about 95 million doses last fall, and several million are still unused. The CDC recommends a flu shot every fall, but says a shot given now can still provide protection, because the outbreak could last into April.

In Colorado, schools in four districts have closed until Monday because so many teachers and students are sick. One superintendent told us attendance dropped below 70 percent on Tuesday.

Hospitals are also trying to keep their own staff healthy. Here, nurses are working 12-hour shifts, and the hospital has asked retired doctors to volunteer on weekends through the end of the month.

DR. FIERRO: The last time I saw anything like this was in December 1999. That outbreak came in fast and it went out fast. I'm hoping this one does the same.

MARROW: Health officials expect cases to begin falling in the next three weeks, but they warn that a second wave in March is possible. Mark?

HALLORAN: Lisa Marrow in Denver tonight. Thank you.
""", [
    ('tonight', 'DATE|TIME', '2003-02-06TNI'),
    ('this afternoon', 'DATE|TIME', '2003-02-06TAF'),
    ('early this morning', 'DATE|TIME', '2003-02-06TMO'),
    ('yesterday', 'DATE', '2003-02-05'),
    ('more than six hours', 'DURATION', 'PT6H'),
    ('about two weeks', 'DURATION', 'P2W'),
    ('noon today', 'TIME', '2003-02-06T12:00'),
    ('Monday', 'DATE', '2003-02-03'),
    ('late January', 'DATE', '2003-01'),
    ('mid-January', 'DATE', '2003-01'),
    ('this winter', 'DATE', '2003-WI|2002-WI'),
    ('last February', 'DATE', '2002-02'),
    ('months', 'DURATION', 'PXM'),
    ('last fall', 'DATE', '2002-FA'),
    ('every fall', 'SET', 'XXXX-FA'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('April', 'DATE', '2003-04'),
    ('Monday', 'DATE', '2003-02-10'),
    ('Tuesday', 'DATE', '2003-02-04'),
    ('12-hour', 'DURATION', 'PT12H'),
    ('weekends', 'SET', 'XXXX-WXX-WE'),
    ('the end of the month', 'DATE', '2003-02'),
    ('December 1999', 'DATE', '1999-12'),
    ('the next three weeks', 'DURATION', 'P3W'),
    ('March', 'DATE', '2003-03'),
    ('tonight', 'DATE|TIME', '2003-02-06TNI'),
]),
# 7. PRI's The World, broadcast transcript (2004)
('2004-09-21', 'auto', """PRI'S THE WORLD
Grenada Struggles to Rebuild After Hurricane Ivan

ANNE CARROLL, HOST: I'm Anne Carroll and this is The World. It has been two weeks since Hurricane Ivan tore across the Caribbean island of Grenada, damaging nine out of every ten buildings. Today, much of the island is still without electricity or running water, and officials say it may be months before life returns to normal. The World's Tom Reyna is in the capital, St. George's.

TOM REYNA, REPORTER: The first thing you notice driving into St. George's is the roofs, or rather the lack of them. Churches, schools, the prison, the parliament building: almost nothing escaped. Ivan hit on the afternoon of September 7th with winds of more than 120 mph, and they kept blowing for nearly six hours.

This morning I met Marcia Joseph outside what is left of her house in the hills above the city. She and her three children have been sleeping under a plastic tarp since that night.

MARCIA JOSEPH: The water came through the walls first, then the roof went. We just held on to each other and prayed. In the morning we walked down to my sister's place, and her house was gone too.

REYNA: Aid has been arriving daily since September 10th, mostly from neighboring islands, Venezuela and the United States. Last Thursday the government said 39 people had died, and officials fear the toll will rise as crews clear the rubble.

Power company officials say it will take until Christmas to restore electricity to most homes. Schools, which were supposed to open for the new term on September 13th, will stay closed at least until October.

The bigger worry is the economy. Nutmeg, Grenada's signature export, grows on trees that take about eight years to bear fruit, and the agriculture ministry estimates that most of the island's nutmeg trees were destroyed. Tourism, which brought in about $100 million last year, is also on hold. Most hotels say they will not reopen before December, and some are not taking bookings until 2005.

The government has asked donors for $150 million over the next three years.

GEORGE ALEXIS, SHOPKEEPER: Grenada has come back before. In 1955, Hurricane Janet hit us, and my father rebuilt this shop with his own hands. We will do it again, but we need help now, not next year.

REYNA: Forecasters are watching another storm in the Atlantic tonight, although it is expected to pass well to the north. For The World, I'm Tom Reyna in St. George's, Grenada.
""", [
    ('two weeks', 'DURATION', 'P2W'),
    ('Today', 'DATE', '2004-09-21'),
    ('months', 'DURATION', 'PXM'),
    ('the afternoon of September 7th', 'DATE|TIME', '2004-09-07TAF'),
    ('nearly six hours', 'DURATION', 'PT6H'),
    ('This morning', 'DATE|TIME', '2004-09-21TMO'),
    ('that night', 'DATE|TIME', '2004-09-07TNI'),
    ('the morning', 'DATE|TIME', '2004-09-08TMO'),
    ('daily', 'SET', 'P1D'),
    ('September 10th', 'DATE', '2004-09-10'),
    ('Last Thursday', 'DATE', '2004-09-16'),
    ('Christmas', 'DATE', '2004-12-25'),
    ('September 13th', 'DATE', '2004-09-13'),
    ('October', 'DATE', '2004-10'),
    ('about eight years', 'DURATION', 'P8Y'),
    ('last year', 'DATE', '2003'),
    ('December', 'DATE', '2004-12'),
    ('2005', 'DATE', '2005'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('1955', 'DATE', '1955'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('next year', 'DATE', '2005'),
    ('tonight', 'DATE|TIME', '2004-09-21TNI'),
]),
# 8. AP, wire story (2006)
('2006-11-03', 'auto', """Early Voting Surges in Ohio Ahead of Tuesday's Election

By MARK STEINER
Associated Press Writer

COLUMBUS, Ohio (AP) -- More than 400,000 Ohioans have already cast ballots by mail or in person, election officials said Friday, putting the state on pace for its highest turnout in a midterm election in more than two decades.

County boards of elections reported long lines at early voting sites on Thursday, and several large counties said they would keep their offices open until 6 p.m. Saturday and again Sunday afternoon to handle the rush. Polls open at 6:30 a.m. Tuesday and close at 7:30 p.m.

"We're seeing numbers we usually only see in a presidential year," said Linda Hershey, a deputy director of the county elections board in Columbus. "People are paying attention this time."

Ohio changed its law last year to allow any registered voter to request an absentee ballot without giving a reason. Before that, only voters who expected to be away or ill could vote early.

The change came after the 2004 presidential election, when some voters in Columbus waited more than seven hours to cast ballots. A state panel that studied the problem for six months recommended expanding early voting, and lawmakers approved the measure in December 2005.

Election officials have spent the past two weeks training about 35,000 poll workers, many of whom will use new electronic voting machines for the first time. The machines were introduced in the May 2 primary, when a shortage of printer paper delayed results in three counties until the following morning.

The state's top election official said Wednesday that backup paper ballots will be available at every precinct.

Both parties have flooded the airwaves with television ads in recent weeks, and the two candidates for governor planned rallies in Cleveland and Cincinnati over the weekend.

Results from absentee ballots will be released shortly after the polls close, officials said, but provisional ballots will not be counted until Nov. 18, 11 days after the election. County boards must certify final results by Nov. 28.
""", [
    ('Tuesday', 'DATE', '2006-11-07'),
    ('Friday', 'DATE', '2006-11-03'),
    ('more than two decades', 'DURATION', 'P20Y|P2E'),
    ('Thursday', 'DATE', '2006-11-02'),
    ('6 p.m. Saturday', 'TIME', '2006-11-04T18:00'),
    ('Sunday afternoon', 'DATE|TIME', '2006-11-05TAF'),
    ('6:30 a.m. Tuesday', 'TIME', '2006-11-07T06:30'),
    ('7:30 p.m.', 'TIME', '2006-11-07T19:30'),
    ('last year', 'DATE', '2005'),
    ('2004', 'DATE', '2004'),
    ('more than seven hours', 'DURATION', 'PT7H'),
    ('six months', 'DURATION', 'P6M'),
    ('December 2005', 'DATE', '2005-12'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('May 2', 'DATE', '2006-05-02'),
    ('the following morning', 'DATE|TIME', '2006-05-03TMO'),
    ('Wednesday', 'DATE', '2006-11-01'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('the weekend', 'DATE', '2006-W44-WE'),
    ('Nov. 18', 'DATE', '2006-11-18'),
    ('11 days', 'DURATION', 'P11D'),
    ('Nov. 28', 'DATE', '2006-11-28'),
]),
# 9. CNN, broadcast transcript (2008)
('2008-05-14', 'auto', """CNN NEWSROOM
Gas Prices Hit New Record Ahead of Memorial Day

TONY HARLAN, CNN ANCHOR: Checking our top stories right now. If you filled up your tank this morning, you already know: gas prices have hit another record. According to AAA, the national average for a gallon of regular is now $3.76, up 13 cents in the past week alone and 70 cents higher than a year ago. CNN's Gail Rivera is live at a gas station in Chicago. Gail, what are drivers telling you?

GAIL RIVERA, CNN CORRESPONDENT: Tony, people are angry, and they're changing the way they drive. Here in Chicago, regular is going for $4.09 a gallon at this station, and the manager tells me he has raised prices three times since Monday. Illinois drivers have been paying more than $4 since late April.

I talked with a delivery driver earlier today who says his fuel bill has nearly doubled since last summer.

UNIDENTIFIED MALE: I drive for a living. I can't just stop driving. Every time I pull in here, it's gone up again.

RIVERA: Analysts say the main reason is crude oil, which settled at $125.80 a barrel yesterday in New York. Oil prices have doubled since early 2007, driven by demand from China and India and by a weak dollar.

And it may get worse before it gets better. The Energy Department said Tuesday that it expects gas prices to peak in June, and AAA predicts that a record 38 million Americans will travel for the Memorial Day holiday despite the cost.

Some drivers are already cutting back. The Transportation Department says Americans drove about 11 billion fewer miles in March than they did in March of last year, the biggest drop in any single month since 1979.

On Capitol Hill, lawmakers are debating whether to suspend the federal gas tax of 18.4 cents a gallon for the summer. A vote could come as early as next week, but many economists say a tax holiday would do little to lower prices.

Tony?

HARLAN: Gail Rivera in Chicago. Thanks, Gail. We'll check back with you a little later.
""", [
    ('Memorial Day', 'DATE', '2008-05-26'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('this morning', 'DATE|TIME', '2008-05-14TMO'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the past week', 'DURATION', 'P1W'),
    ('a year ago', 'DATE', '2007'),
    ('Monday', 'DATE', '2008-05-12'),
    ('late April', 'DATE', '2008-04'),
    ('earlier today', 'DATE', '2008-05-14'),
    ('last summer', 'DATE', '2007-SU'),
    ('yesterday', 'DATE', '2008-05-13'),
    ('early 2007', 'DATE', '2007'),
    ('Tuesday', 'DATE', '2008-05-13'),
    ('June', 'DATE', '2008-06'),
    ('Memorial Day', 'DATE', '2008-05-26'),
    ('March', 'DATE', '2008-03'),
    ('March of last year', 'DATE', '2007-03'),
    ('1979', 'DATE', '1979'),
    ('the summer', 'DATE', '2008-SU'),
    ('next week', 'DATE', '2008-W21'),
]),
# 10. NPR, broadcast transcript (2010)
('2010-03-09', 'auto', """NPR MORNING EDITION
Census Bureau Gets Ready to Mail 2010 Forms

RENEE HOLT, host: This is Morning Edition from NPR News. I'm Renee Holt.

If you haven't already, you'll get a letter from the Census Bureau this week telling you to watch your mailbox. The forms themselves start arriving next week, and the bureau is hoping most Americans fill them out and mail them back by April 1st, the official date of the count. NPR's Daniel Cho has more.

DANIEL CHO reporting: The census comes around every ten years, and it's the largest peacetime operation the federal government undertakes. This year's form is one of the shortest ever: ten questions that the bureau says take about ten minutes to answer.

Census officials told reporters yesterday that about 120 million forms will be mailed between March 15th and March 17th. Households that don't respond by mid-April can expect a visit from a census taker sometime between May and July.

Mr. PAUL RENFRO (Census Bureau): Every household that mails back its form saves taxpayers about 57 dollars. If we can raise the mail-back rate by just one percentage point, that's 85 million dollars we don't have to spend knocking on doors.

CHO: In 2000, 72 percent of households returned their forms by mail, the first time in three decades that the rate went up instead of down. The bureau has spent about 340 million dollars on advertising over the past year, including a Super Bowl commercial last month.

Advocates say the hardest people to count are renters, immigrants and young children. In Los Angeles, community groups have been holding workshops twice a week since January to encourage people to take part.

Ms. ANA PEREZ (Community Organizer): A lot of people here are afraid of anyone from the government. We tell them the information stays confidential for 72 years. Nobody can see it, not immigration, not the police.

CHO: The stakes are high. The count determines how many seats each state gets in the House for the next decade, and how more than 400 billion dollars in federal money is distributed every year. The bureau must deliver state population totals to the president by December 31st, and states will use the detailed numbers next spring to redraw their legislative districts.

For NPR News, I'm Daniel Cho in Washington.
""", [
    ('2010', 'DATE', '2010'),
    ('this week', 'DATE', '2010-W10'),
    ('next week', 'DATE', '2010-W11'),
    ('April 1st', 'DATE', '2010-04-01'),
    ('every ten years', 'SET', 'P10Y'),
    ('This year', 'DATE', '2010'),
    ('about ten minutes', 'DURATION', 'PT10M'),
    ('yesterday', 'DATE', '2010-03-08'),
    ('March 15th', 'DATE', '2010-03-15'),
    ('March 17th', 'DATE', '2010-03-17'),
    ('mid-April', 'DATE', '2010-04'),
    ('May', 'DATE', '2010-05'),
    ('July', 'DATE', '2010-07'),
    ('2000', 'DATE', '2000'),
    ('three decades', 'DURATION', 'P30Y|P3E'),
    ('the past year', 'DURATION', 'P1Y'),
    ('last month', 'DATE', '2010-02'),
    ('twice a week', 'SET', 'P1W'),
    ('January', 'DATE', '2010-01'),
    ('72 years', 'DURATION', 'P72Y'),
    ('the next decade', 'DURATION', 'P10Y|P1E'),
    ('every year', 'SET', 'P1Y'),
    ('December 31st', 'DATE', '2010-12-31'),
    ('next spring', 'DATE', '2011-SP'),
]),
# 11. Voice of America, broadcast transcript (2012)
('2012-07-18', 'auto', """VOA NEWS
U.S. Drought Worst in Decades, Threatens Corn Crop

KAREN DOYLE, ANCHOR: This is VOA News. I'm Karen Doyle.

The United States is suffering through its most widespread drought in more than half a century, and the damage to crops in the Midwest is pushing world food prices higher. The Agriculture Department said this week that more than 1,000 counties in 26 states now qualify as disaster areas. Jim Tolliver visited a farm in Illinois.

JIM TOLLIVER, REPORTER: Standing in his cornfield outside Decatur, Illinois, farmer Dale Bremer pulls back the husk on an ear of corn. Instead of full rows of kernels, it is mostly empty.

DALE BREMER: We planted early this year, in April, because it was so warm. Everything looked great through May. Then it just quit raining. We've had maybe a half-inch since the middle of June.

TOLLIVER: Temperatures here topped 38 degrees Celsius for 11 days earlier this month. The timing could hardly be worse. The corn is pollinating right now, and heat and dry weather during pollination can cut yields sharply.

On Monday, the government said only 31 percent of the U.S. corn crop was in good or excellent condition, down from 40 percent a week earlier. Corn prices on the Chicago Board of Trade have risen about 50 percent since mid-June, reaching a record of more than eight dollars a bushel on Tuesday.

That matters far beyond the United States, the world's largest corn exporter. Corn is used in animal feed, sweeteners and ethanol, and higher prices could show up in grocery stores in the coming months. In 2008, a spike in grain prices set off riots in more than a dozen countries.

U.S. agriculture officials said Wednesday they will open more conservation land to grazing, and they are asking Congress to pass a new farm bill before lawmakers leave Washington in August.

The last drought this severe struck in 1988, when the corn harvest fell by nearly a third. Some climate scientists say droughts like this one may become more common in the future.

BREMER: My grandfather farmed through the 1930s. He used to tell stories about the dust storms. I never thought I'd see anything close to that.

TOLLIVER: Forecasters see little relief. The National Weather Service says hot, dry weather is likely to continue over the next two weeks, and the harvest could start in late August.

Jim Tolliver, VOA News, Decatur, Illinois.
""", [
    ('Decades', 'DURATION', 'PXE|PXY'),
    ('more than half a century', 'DURATION', 'P50Y'),
    ('this week', 'DATE', '2012-W29'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this year', 'DATE', '2012'),
    ('April', 'DATE', '2012-04'),
    ('May', 'DATE', '2012-05'),
    ('the middle of June', 'DATE', '2012-06'),
    ('11 days', 'DURATION', 'P11D'),
    ('earlier this month', 'DATE', '2012-07'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '2012-07-16'),
    ('a week earlier', 'DATE', '2012-W28|2012-07-09'),
    ('mid-June', 'DATE', '2012-06'),
    ('Tuesday', 'DATE', '2012-07-17'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('2008', 'DATE', '2008'),
    ('Wednesday', 'DATE', '2012-07-18'),
    ('August', 'DATE', '2012-08'),
    ('1988', 'DATE', '1988'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('the 1930s', 'DATE', '193'),
    ('the next two weeks', 'DURATION', 'P2W'),
    ('late August', 'DATE', '2012-08'),
]),
# 12. AP, wire story (2013)
('2013-01-25', 'auto', """Transit board approves first fare increase since 2008

Jan. 25, 2013

By ELENA MARQUEZ
Associated Press

FRESNO, Calif. (AP) -- Bus riders in the Fresno area will pay 25 cents more per trip starting in July after the Central Valley Regional Transit board voted 7-4 late Thursday to raise fares for the first time since 2008.

The base fare will rise from $1.75 to $2 on July 1, when the agency's new budget takes effect. Unlimited-ride passes will go up by $10, to $75. Discounted fares for seniors and students will not change until next January.

The meeting, which began at 6 p.m., stretched past 11 p.m. as more than 80 people lined up to speak, most of them against the increase.

"I ride the bus twice a day, five days a week," said Teresa Alvarez, 52, who cleans offices downtown. "Twenty-five cents doesn't sound like a lot until you do the math."

Transit officials said they had little choice. The district faces a $6.2 million shortfall in fiscal 2014, largely because state funding has dropped by nearly a third over the past five years. Ridership, meanwhile, has grown every year since 2010 and reached a record 14.6 million trips last year.

"We've cut administrative staff, we've put off buying new buses, and we froze salaries two years ago," said general manager Howard Lin. "There's nothing left to trim without cutting service."

The board rejected a proposal to eliminate six lightly used routes, which would have saved about $900,000 but left some neighborhoods without any bus service.

Board member Janet Okafor, who voted no, said the district should have waited until the state budget is finalized in June. The governor released a spending plan earlier this month that would restore some transit money, but legislators have not acted on it.

The district will hold two more public hearings in March on possible route changes, and staff will present a new service plan to the board this spring. The last fare increase, in 2008, raised the base fare by 25 cents as well.
""", [
    ('2008', 'DATE', '2008'),
    ('Jan. 25, 2013', 'DATE', '2013-01-25'),
    ('July', 'DATE', '2013-07'),
    ('late Thursday', 'DATE', '2013-01-24'),
    ('2008', 'DATE', '2008'),
    ('July 1', 'DATE', '2013-07-01'),
    ('next January', 'DATE', '2014-01'),
    ('6 p.m.', 'TIME', '2013-01-24T18:00'),
    ('11 p.m.', 'TIME', '2013-01-24T23:00'),
    ('twice a day', 'SET', 'P1D'),
    ('five days a week', 'SET', 'P1W'),
    ('fiscal 2014', 'DATE', 'FY2014|2014'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('every year', 'SET', 'P1Y'),
    ('2010', 'DATE', '2010'),
    ('last year', 'DATE', '2012'),
    ('two years ago', 'DATE', '2011'),
    ('June', 'DATE', '2013-06'),
    ('earlier this month', 'DATE', '2013-01'),
    ('March', 'DATE', '2013-03'),
    ('this spring', 'DATE', '2013-SP'),
    ('2008', 'DATE', '2008'),
]),
]
