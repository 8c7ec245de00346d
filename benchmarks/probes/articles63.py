# Gold TIMEX3 probe set 63: twelve news stories of 1995-2023 in the styles of AP, Reuters, AFP, Bloomberg, the BBC, the Guardian and the New York Times, on politics, markets, disasters, sport and science, kept unseen, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, politics wire (1996)
('1996-01-04', 'auto', """Lawmakers called back to Hartford over school funding ruling

HARTFORD, Conn. (AP) -- Legislative leaders said Thursday they will convene a special session next week to respond to a court order on school funding, setting up a fight that could last well into the spring.

The session is scheduled to open at 10 a.m. Tuesday, House Speaker Thomas Ridley said. He told reporters the chamber would stay in session "for as long as it takes," but he hoped to send a bill to the governor by the end of January.

The state Supreme Court ruled on Dec. 19 that Connecticut's reliance on local property taxes left poorer districts unable to provide an adequate education. The justices gave the Legislature until July 1 to adopt a new formula.

"We have six months, and we intend to use every one of them wisely," Ridley said.

Senate Republicans said on Wednesday they had not seen a draft proposal and accused Democrats of rushing. Minority Leader Carol Betts said her caucus would meet over the weekend to prepare amendments.

The case was first filed in 1989 by parents in Hartford and two neighboring towns. A trial judge ruled against them two years ago, but the high court reversed that decision last month in a 4-3 vote.

Education officials estimate that a new formula could cost the state between $150 million and $400 million a year. The state's budget for fiscal 1996 is about $9 billion, and lawmakers already face a projected shortfall of $120 million.

Since 1990, state aid to local schools has grown by about 4 percent annually, according to the Department of Education. Advocates for urban districts say that pace has done little to close a gap that has persisted for decades.

"Every year we wait, another class of children graduates without the skills they need," said Maria Santos, who has led the plaintiffs' coalition since 1992.

Town officials in wealthier suburbs warned that any plan shifting money away from them would force property tax increases in the coming months. Some 40 mayors and first selectmen plan to meet at the Capitol on Monday morning, before the session begins.

The regular legislative session is set to begin Feb. 7 and must end by May 8. Ridley said he did not want the school debate to overshadow other issues, including a welfare overhaul that lawmakers debated for much of last year.

A public hearing on the court ruling will be held at 7 p.m. Jan. 16 in the Legislative Office Building.
""", [
    ('Thursday', 'DATE', '1996-01-04'),
    ('next week', 'DATE', '1996-W02'),
    ('the spring', 'DATE', '1996-SP'),
    ('10 a.m. Tuesday', 'TIME', '1996-01-09T10:00'),
    ('the end of January', 'DATE', '1996-01'),
    ('Dec. 19', 'DATE', '1995-12-19'),
    ('July 1', 'DATE', '1996-07-01'),
    ('six months', 'DURATION', 'P6M'),
    ('Wednesday', 'DATE', '1996-01-03'),
    ('the weekend', 'DATE', '1996-W01-WE'),
    ('1989', 'DATE', '1989'),
    ('two years ago', 'DATE', '1994'),
    ('last month', 'DATE', '1995-12'),
    ('a year', 'SET', 'P1Y'),
    ('fiscal 1996', 'DATE', 'FY1996|1996'),
    ('1990', 'DATE', '1990'),
    ('annually', 'SET', 'P1Y'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('Every year', 'SET', 'P1Y'),
    ('1992', 'DATE', '1992'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('Monday morning', 'DATE|TIME', '1996-01-08TMO'),
    ('Feb. 7', 'DATE', '1996-02-07'),
    ('May 8', 'DATE', '1996-05-08'),
    ('last year', 'DATE', '1995'),
    ('7 p.m. Jan. 16', 'TIME', '1996-01-16T19:00'),
]),

# 2. Reuters, markets wire (1998)
('1998-06-16', 'auto', """Yen hits eight-year low as doubts grow over bank clean-up

TOKYO, June 16 (Reuters) - The yen slid to its weakest level against the dollar in eight years on Tuesday, and Tokyo share prices fell for a third straight session as investors doubted that the government's latest plan to tackle bad loans would pull Japan out of its slump.

The dollar rose as high as 146.70 yen in Asian trade, up from 144.90 yen late Monday in New York. Dealers said the next target was 150 yen, a level last seen in the summer of 1990.

The Nikkei average closed down 1.8 percent at 15,010.25, its lowest finish since early April. The index has lost more than 12 percent over the past two months.

"The market simply does not believe there is a plan," said a senior dealer at a European bank in Tokyo. "Every week we hear about a new package, and every week nothing happens."

A senior Finance Ministry official said on Monday that Tokyo was watching currency moves "with deep concern," but stopped short of signalling intervention. Japan last sold dollars to support the yen in April, spending an estimated $20 billion in a single day.

Traders will focus on Thursday's meeting of the Bank of Japan's policy board. Most analysts expect the central bank to keep its official discount rate at a record low of 0.5 percent, where it has stood since September 1995.

Data released earlier this month showed the economy shrank 5.3 percent at an annualised rate in the January-March quarter, and many economists say Japan has slipped into its first recession in more than two decades.

The weaker yen has rattled neighbouring economies still recovering from last year's currency crisis. The South Korean won and the Indonesian rupiah both fell on Tuesday, while Hong Kong's Hang Seng index dropped 2.4 percent.

Group of Seven finance deputies are expected to discuss the yen in a conference call later this week, a U.S. official said in Washington. Asian and Western finance officials are due to meet in Tokyo at the weekend.

Most dealers expect further yen weakness in the coming weeks. "Until we see real progress on bad loans, the trend is clear," said a currency strategist at a Japanese brokerage. "Dollar-yen at 155 by the autumn would not surprise me."

Japan's major banks, which closed their books on March 31, are due to disclose their bad-loan figures later this month. Analysts expect write-offs of about 10 trillion yen.
""", [
    ('eight-year', 'DURATION', 'P8Y'),
    ('June 16', 'DATE', '1998-06-16'),
    ('eight years', 'DURATION', 'P8Y'),
    ('Tuesday', 'DATE', '1998-06-16'),
    ('late Monday', 'DATE', '1998-06-15'),
    ('the summer of 1990', 'DATE', '1990-SU'),
    ('early April', 'DATE', '1998-04'),
    ('the past two months', 'DURATION', 'P2M'),
    ('Every week', 'SET', 'P1W'),
    ('every week', 'SET', 'P1W'),
    ('Monday', 'DATE', '1998-06-15'),
    ('April', 'DATE', '1998-04'),
    ('a single day', 'DURATION', 'P1D'),
    ('Thursday', 'DATE', '1998-06-18'),
    ('September 1995', 'DATE', '1995-09'),
    ('earlier this month', 'DATE', '1998-06'),
    ('the January-March quarter', 'DATE', '1998-Q1'),
    ('more than two decades', 'DURATION', 'P2E|P20Y'),
    ('last year', 'DATE', '1997'),
    ('Tuesday', 'DATE', '1998-06-16'),
    ('later this week', 'DATE', '1998-W25'),
    ('the weekend', 'DATE', '1998-W25-WE'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('the autumn', 'DATE', '1998-FA'),
    ('March 31', 'DATE', '1998-03-31'),
    ('later this month', 'DATE', '1998-06'),
]),

# 3. AFP, disaster report (1999)
('1999-11-15', 'auto', """Death toll from southern France floods rises to 29 as waters recede

CARCASSONNE, France (AFP) - Rescue teams recovered three more bodies on Monday in the flood-ravaged Aude region of southern France, bringing the death toll from the weekend's torrential rains to 29, officials said.

Up to 600 millimetres of rain fell on parts of the department in less than 36 hours from Friday evening, more than the area usually receives in six months, according to the national weather service Meteo-France.

The prime minister, who toured the area by helicopter on Sunday afternoon, promised that a decree declaring a state of natural disaster would be published by Wednesday, allowing victims to claim compensation from their insurers.

Around 2,000 people spent Sunday night in schools and gymnasiums. Many were able to return home on Monday morning, but the prefecture said some villages along the Aude river would remain cut off for several days.

"The water came up in twenty minutes. We barely had time to climb onto the roof," said Jeanne Castel, 71, whose house in the village of Cuxac-d'Aude was flooded up to the first floor.

Rail traffic between Narbonne and Perpignan was suspended on Saturday and is not expected to resume before the end of the week, the SNCF rail company said.

The disaster is the worst to strike the region since October 1940, when floods in the neighbouring Pyrenees-Orientales killed dozens of people. Local officials recalled that in September 1992 a flash flood at Vaison-la-Romaine, further east, had also left dozens dead.

Environmental groups said on Monday that decades of building in flood plains had made such catastrophes more likely. "We have known about this risk for fifty years, and yet we keep pouring concrete," said a spokesman for the France Nature Environnement federation.

Meteo-France said a new band of rain was expected to reach the coast on Tuesday night but should be much weaker. Forecasters have kept the region on alert for the next 48 hours.

Insurers put the damage at up to two billion francs. The interior ministry said last month that it planned to revise flood-risk maps every five years rather than every decade, a measure that officials said would now be accelerated.
""", [
    ('Monday', 'DATE', '1999-11-15'),
    ('the weekend', 'DATE', '1999-W45-WE'),
    ('less than 36 hours', 'DURATION', 'PT36H'),
    ('Friday evening', 'DATE|TIME', '1999-11-12TEV'),
    ('six months', 'DURATION', 'P6M'),
    ('Sunday afternoon', 'DATE|TIME', '1999-11-14TAF'),
    ('Wednesday', 'DATE', '1999-11-17'),
    ('Sunday night', 'DATE|TIME', '1999-11-14TNI'),
    ('Monday morning', 'DATE|TIME', '1999-11-15TMO'),
    ('several days', 'DURATION', 'PXD'),
    ('twenty minutes', 'DURATION', 'PT20M'),
    ('Saturday', 'DATE', '1999-11-13'),
    ('the end of the week', 'DATE', '1999-W46'),
    ('October 1940', 'DATE', '1940-10'),
    ('September 1992', 'DATE', '1992-09'),
    ('Monday', 'DATE', '1999-11-15'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('fifty years', 'DURATION', 'P50Y'),
    ('Tuesday night', 'DATE|TIME', '1999-11-16TNI'),
    ('the next 48 hours', 'DURATION', 'PT48H'),
    ('last month', 'DATE', '1999-10'),
    ('every five years', 'SET', 'P5Y'),
    ('every decade', 'SET', 'P10Y|P1E'),
    ('now', 'DATE', 'PRESENT_REF'),
]),

# 4. Bloomberg, corporate earnings (2001)
('2001-10-18', 'auto', """Norwell Systems Posts Wider Loss, Cuts 2,400 Jobs as Orders Slump

Oct. 18 (Bloomberg) -- Norwell Systems Inc., the second-largest U.S. maker of data-storage equipment, said its third-quarter loss widened and it will eliminate 2,400 jobs, or 14 percent of its workforce, as corporate customers delay purchases.

The net loss in the third quarter was $212 million, or 58 cents a share, compared with a loss of $41 million, or 11 cents, a year earlier, the Santa Clara, California-based company said in a statement today after U.S. markets closed. Sales fell 37 percent to $610 million.

Norwell forecast fourth-quarter sales of $560 million to $590 million, below the average analyst estimate of $648 million. Chief Executive Officer Daniel Keefe said he does not expect demand to recover until the second half of 2002.

"The environment got worse after the September 11 attacks," Keefe said on a conference call with analysts. "Customers who were planning to buy in October told us to call them back next year."

Shares of Norwell fell $1.12, or 9.4 percent, to $10.80 in extended trading. They had closed at $11.92 on the Nasdaq Stock Market, down 71 percent so far this year.

Norwell cut its sales forecast three months ago, when it said it expected a return to profit by the end of 2001. "They've cut guidance twice in four months," said Ellen Marsh, an analyst at Harbor Street Securities in Boston, who rates the shares "hold." "Until the order book stabilizes, nobody wants to own these."

The job cuts, the company's third round since February, will be completed by the end of December and result in charges of as much as $95 million in the current quarter. Norwell also said it will close plants in Ireland and Texas over the next 18 months.

Keefe, 52, who took over in 1998, said Norwell would keep spending about $300 million annually on research and development, even as rivals trim their budgets. "The companies that keep investing in a downturn are the ones that win when it ends," he said.

Analysts said the outlook for 2002 remained uncertain. Corporate technology budgets, which grew about 15 percent a year in the late 1990s, are expected to shrink next year as well, according to research firm Delmont Group.

Norwell will hold a meeting with investors on Nov. 14 in San Jose, California.
""", [
    ('Oct. 18', 'DATE', '2001-10-18'),
    ('third-quarter', 'DATE', '2001-Q3'),
    ('the third quarter', 'DATE', '2001-Q3'),
    ('a year earlier', 'DATE', '2000-Q3|2000'),
    ('today', 'DATE', '2001-10-18'),
    ('fourth-quarter', 'DATE', '2001-Q4'),
    ('the second half of 2002', 'DATE', '2002-H2'),
    ('September 11', 'DATE', '2001-09-11'),
    ('October', 'DATE', '2001-10'),
    ('next year', 'DATE', '2002'),
    ('this year', 'DATE', '2001'),
    ('three months ago', 'DATE', '2001-07'),
    ('the end of 2001', 'DATE', '2001|2001-12'),
    ('four months', 'DURATION', 'P4M'),
    ('February', 'DATE', '2001-02'),
    ('the end of December', 'DATE', '2001-12'),
    ('the current quarter', 'DATE', '2001-Q4'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('1998', 'DATE', '1998'),
    ('annually', 'SET', 'P1Y'),
    ('2002', 'DATE', '2002'),
    ('a year', 'SET', 'P1Y'),
    ('the late 1990s', 'DATE', '199'),
    ('next year', 'DATE', '2002'),
    ('Nov. 14', 'DATE', '2001-11-14'),
]),

# 5. BBC Sport, athletics (2003)
('2003-08-09', 'auto', """Marsh ruled out of World Championships

British 400m hurdler Daniel Marsh has been ruled out of this month's World Championships in Paris after tearing a hamstring in training.

The 26-year-old felt pain during a session at Loughborough on Thursday afternoon, and a scan the following day confirmed a grade-two tear.

UK Athletics said on Saturday that Marsh would need at least six weeks of rehabilitation, effectively ending his season.

"It's cruel timing for Daniel, who has been in the form of his life this summer," said head coach Peter Hale.

"He has done everything right for the past 12 months, and this is a massive blow to him and to the team."

Marsh set a personal best to win at the European Cup in Florence in June and was ranked fifth in the world before his injury.

The heats of the 400m hurdles in Paris begin on 24 August, with the final scheduled for 27 August.

Marsh missed all of 2001 with a stress fracture in his back and returned to international competition only last year, winning bronze at the Commonwealth Games in Manchester.

He has trained six days a week under coach Linda Okafor since 1999, splitting his time between Loughborough and a training base in South Africa.

"The good news is that this is not a long-term problem," Okafor told BBC Sport. "He'll be back in full training by October, and the target now is Athens next summer."

His place in the British team goes to Chris Rawlings, who finished third at the national trials in Birmingham a fortnight ago.

The rest of the squad will fly to a holding camp in Monaco on Tuesday and travel to Paris on 21 August. The championships open on 23 August.

Britain won just one gold medal at the last World Championships, in Edmonton two years ago, and officials have set a target of five medals in Paris.
""", [
    ('this month', 'DATE', '2003-08'),
    ('Thursday afternoon', 'DATE|TIME', '2003-08-07TAF'),
    ('the following day', 'DATE', '2003-08-08'),
    ('Saturday', 'DATE', '2003-08-09'),
    ('at least six weeks', 'DURATION', 'P6W'),
    ('this summer', 'DATE', '2003-SU'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('June', 'DATE', '2003-06'),
    ('24 August', 'DATE', '2003-08-24'),
    ('27 August', 'DATE', '2003-08-27'),
    ('2001', 'DATE', '2001'),
    ('last year', 'DATE', '2002'),
    ('six days a week', 'SET', 'P1W'),
    ('1999', 'DATE', '1999'),
    ('October', 'DATE', '2003-10'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('next summer', 'DATE', '2004-SU'),
    ('a fortnight ago', 'DATE', '2003-W30|2003-07-26'),
    ('Tuesday', 'DATE', '2003-08-12'),
    ('21 August', 'DATE', '2003-08-21'),
    ('23 August', 'DATE', '2003-08-23'),
    ('two years ago', 'DATE', '2001'),
]),

# 6. The Guardian, science (2005)
('2005-09-29', 'auto', """Arctic sea ice shrinks to record low

Scientists warn that the region could lose its ice cover within decades

The area of the Arctic Ocean covered by sea ice has shrunk to its smallest extent since satellite measurements began in 1978, US researchers said yesterday, raising fears that the region could become ice-free far earlier than expected.

Ice cover reached its lowest point on 21 September, when it stood at 5.32m sq km, according to the National Snow and Ice Data Center (NSIDC) in Boulder, Colorado. That is about 20% below the average for the period from 1979 to 2000. Ice extent has been well below normal every September since 2002.

"Given the trends of the past four years, I think we can be confident that the Arctic is heading towards a seasonally ice-free state," said Dr Ruth Alvarez, a senior scientist at the centre.

The researchers found that the melt began this spring about 17 days earlier than average, and that the ice has been slower to recover each winter. Temperatures across much of the Arctic this year have been 2C to 3C above the long-term average.

Dark open water absorbs far more of the sun's energy than reflective ice, so the ocean takes up more heat every summer, a feedback that scientists say is accelerating the decline.

Some computer models suggest the Arctic could be free of ice at the end of the melt season by 2070, but several scientists said yesterday that the date may come much sooner. "A decade ago we thought this was a problem for our grandchildren," said Prof Alan Forbes, a polar physicist at the University of Cambridge. "Now I would not be surprised to see it happen within the next 30 years."

The loss of ice threatens polar bears, which hunt seals from the ice edge, and the traditional way of life of Inuit communities. It may also open new shipping routes: the North-west Passage was almost free of ice for several weeks last month.

The findings will be presented to a meeting of Arctic nations in Reykjavik in November. Environmental groups called on the government to use Britain's presidency of the G8, which ends in December, to press for deeper cuts in greenhouse gas emissions.

"Ministers have spent the past year talking about climate change. These figures show that talking is not enough," said a spokeswoman for Friends of the Earth.

The NSIDC said it would update its satellite figures weekly until mid-October.
""", [
    ('decades', 'DURATION', 'PXE|PXY'),
    ('1978', 'DATE', '1978'),
    ('yesterday', 'DATE', '2005-09-28'),
    ('21 September', 'DATE', '2005-09-21'),
    ('1979', 'DATE', '1979'),
    ('2000', 'DATE', '2000'),
    ('every September', 'SET', 'XXXX-09'),
    ('2002', 'DATE', '2002'),
    ('the past four years', 'DURATION', 'P4Y'),
    ('this spring', 'DATE', '2005-SP'),
    ('about 17 days', 'DURATION', 'P17D'),
    ('each winter', 'SET', 'XXXX-WI'),
    ('this year', 'DATE', '2005'),
    ('every summer', 'SET', 'XXXX-SU'),
    ('2070', 'DATE', '2070'),
    ('yesterday', 'DATE', '2005-09-28'),
    ('A decade ago', 'DATE', '1995|199'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('the next 30 years', 'DURATION', 'P30Y'),
    ('several weeks', 'DURATION', 'PXW'),
    ('last month', 'DATE', '2005-08'),
    ('November', 'DATE', '2005-11'),
    ('December', 'DATE', '2005-12'),
    ('the past year', 'DURATION', 'P1Y'),
    ('weekly', 'SET', 'P1W'),
    ('mid-October', 'DATE', '2005-10'),
]),

# 7. New York Times, Washington politics (2008)
('2008-02-08', 'auto', """Congress Approves Stimulus Plan, Sending Rebates to Millions

WASHINGTON -- Congress on Thursday gave final approval to a $168 billion economic stimulus package, clearing the way for tax rebate checks to reach more than 130 million households by early summer as lawmakers race to head off a recession.

The Senate voted 81 to 16 in the late afternoon to pass the measure, which had stalled earlier in the week over Democratic efforts to add an extension of unemployment benefits. The House followed in the evening, approving the Senate version by 380 to 34 at about 9:15 p.m.

The White House said President Bush would sign the bill early next week. Treasury officials said the Internal Revenue Service would begin sending payments in May, after the April 15 filing deadline, and hoped to finish by the end of July.

Most individuals will receive $600 and couples $1,200, with an additional $300 for each child. People who earned at least $3,000 last year but owe no income tax will also be eligible, including about 20 million older Americans living on Social Security.

The speed of the agreement was striking for a Congress that has spent much of the past year deadlocked. Leaders of both parties announced the outline of a deal on Jan. 24, less than a week after the president called for quick action.

"We did in three weeks what usually takes three months," said a senior Democratic aide, who spoke on condition of anonymity because talks on a second package had not begun.

Economists were divided over whether the rebates would arrive in time to make a difference. Consumer spending slowed sharply in December, and the Labor Department reported last Friday that employers cut 17,000 jobs in January, the first drop in payrolls in more than four years.

When Congress approved a smaller round of rebates seven years ago, checks went out from July to September 2001, and studies later found that recipients spent roughly two-thirds of the money within six months.

Some Democrats said they would push this spring for more help for the unemployed and for states struggling with falling tax revenue. Republicans said they would resist any new spending before the November elections.

The Federal Reserve, which cut interest rates twice in January, meets next on March 18, and many analysts on Wall Street expect another reduction.
""", [
    ('Thursday', 'DATE', '2008-02-07'),
    ('early summer', 'DATE', '2008-SU'),
    ('the late afternoon', 'DATE|TIME', '2008-02-07TAF'),
    ('earlier in the week', 'DATE', '2008-W06'),
    ('the evening', 'DATE|TIME', '2008-02-07TEV'),
    ('about 9:15 p.m.', 'TIME', '2008-02-07T21:15'),
    ('early next week', 'DATE', '2008-W07'),
    ('May', 'DATE', '2008-05'),
    ('April 15', 'DATE', '2008-04-15'),
    ('the end of July', 'DATE', '2008-07'),
    ('last year', 'DATE', '2007'),
    ('the past year', 'DURATION', 'P1Y'),
    ('Jan. 24', 'DATE', '2008-01-24'),
    ('less than a week', 'DURATION', 'P1W'),
    ('three weeks', 'DURATION', 'P3W'),
    ('three months', 'DURATION', 'P3M'),
    ('December', 'DATE', '2007-12'),
    ('last Friday', 'DATE', '2008-02-01'),
    ('January', 'DATE', '2008-01'),
    ('more than four years', 'DURATION', 'P4Y'),
    ('seven years ago', 'DATE', '2001'),
    ('July', 'DATE', '2001-07'),
    ('September 2001', 'DATE', '2001-09'),
    ('six months', 'DURATION', 'P6M'),
    ('this spring', 'DATE', '2008-SP'),
    ('November', 'DATE', '2008-11'),
    ('January', 'DATE', '2008-01'),
    ('March 18', 'DATE', '2008-03-18'),
]),

# 8. Reuters, disaster / transport (2010)
('2010-04-19', 'auto', """Airlines press for end to ash flight ban as losses mount

LONDON, April 19 (Reuters) - European airlines stepped up pressure on governments on Monday to reopen airspace closed by a cloud of volcanic ash from Iceland, as the shutdown dragged on and stranded travellers faced the prospect of another week of chaos.

About 17,000 flights were cancelled on Sunday, up from 16,000 the day before, and air traffic control agency Eurocontrol said fewer than a third of Europe's usual 28,000 daily flights were expected to operate on Monday.

Britain's air traffic control service NATS said airspace over England would remain closed until at least 7 p.m. on Tuesday, although some flights from Scotland could resume earlier.

The eruption beneath the Eyjafjallajokull glacier began on Wednesday, following a smaller eruption nearby that started on March 20, and has sent a plume of ash up to 11 km (7 miles) into the atmosphere.

Airlines say the closures are costing them more than $200 million a day. Several carriers, including KLM and Lufthansa, flew test flights without passengers over the weekend and reported no damage to engines.

"We have seen no evidence that would justify this level of restriction," a senior airline executive said. "Passenger numbers were recovering strongly until a week ago. Now we are losing everything we gained."

European Union transport ministers were due to hold an emergency video conference on Monday afternoon to discuss opening corridors of airspace where ash concentrations are low.

Icelandic scientists said the eruption showed no sign of ending and could continue for weeks or even months. The volcano's previous eruption, which began in 1821, lasted more than a year.

The disruption is the worst since the Sept. 11, 2001 attacks, when U.S. airspace was closed for days. Tour operators said tens of thousands of Britons who flew abroad over Easter were still stranded, and the Royal Navy has sent a ship to bring some of them home from Spain.

The ash cloud, drifting south and east, is forecast to remain over much of northern Europe until at least Wednesday.

Shares in European airlines fell on Monday, with Air France-KLM down 3.5 percent by midday. Analysts said a closure lasting another week could wipe out the industry's profits for 2010.
""", [
    ('April 19', 'DATE', '2010-04-19'),
    ('Monday', 'DATE', '2010-04-19'),
    ('another week', 'DURATION', 'P1W'),
    ('Sunday', 'DATE', '2010-04-18'),
    ('the day before', 'DATE', '2010-04-17'),
    ('daily', 'SET', 'P1D'),
    ('Monday', 'DATE', '2010-04-19'),
    ('7 p.m. on Tuesday', 'TIME', '2010-04-20T19:00'),
    ('Wednesday', 'DATE', '2010-04-14'),
    ('March 20', 'DATE', '2010-03-20'),
    ('a day', 'SET', 'P1D'),
    ('the weekend', 'DATE', '2010-W15-WE'),
    ('a week ago', 'DATE', '2010-W15|2010-04-12'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Monday afternoon', 'DATE|TIME', '2010-04-19TAF'),
    ('weeks', 'DURATION', 'PXW'),
    ('months', 'DURATION', 'PXM'),
    ('1821', 'DATE', '1821'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('Sept. 11, 2001', 'DATE', '2001-09-11'),
    ('days', 'DURATION', 'PXD'),
    ('Easter', 'DATE', '2010-04-04'),
    ('Wednesday', 'DATE', '2010-04-21'),
    ('Monday', 'DATE', '2010-04-19'),
    ('midday', 'TIME', '2010-04-19T12:00'),
    ('another week', 'DURATION', 'P1W'),
    ('2010', 'DATE', '2010'),
]),

# 9. AP, sport (2012)
('2012-04-16', 'auto', """Heat slows Boston Marathon; hundreds treated

BOSTON (AP) -- Temperatures climbed into the high 80s on Monday as more than 22,000 runners slogged through the 116th Boston Marathon, and medical officials said they had treated hundreds of people by late afternoon.

Kenya's Wesley Korir won the men's race in one of the slowest winning times in decades, passing countryman Levy Matebo in the final miles. Sharon Cherop, also of Kenya, won the women's race.

"After 20 miles I was thinking only about water," Korir said. "I told myself, just finish."

Race organizers had warned runners for days that conditions would be dangerous. On Saturday, the Boston Athletic Association took the unusual step of offering anyone who chose not to start a guaranteed place in next year's race, and more than 4,000 registered runners stayed home.

"We've never done anything like this in the history of this event," race director Dave McGillivray said Sunday. "But the forecast left us no choice."

The temperature in Hopkinton was 82 degrees at 10 a.m., when the elite men left the start, and reached 89 in the early afternoon, according to the National Weather Service. It was the hottest race since 2004, when temperatures topped 85.

At least two runners were taken to hospitals in serious condition. A spokeswoman for Brigham and Women's Hospital said a 31-year-old man was in stable condition Monday night.

Monday was Patriots' Day, a state holiday that commemorates the first battles of the Revolutionary War in 1775. The marathon has been held every year since 1897, making it the oldest in the world.

Organizers said they will review their plans for extreme heat in the coming months and may consider an earlier start.

Defending champion Geoffrey Mutai of Kenya, who set a course record last April, did not finish. He dropped out after about 18 miles with stomach cramps, his agent said.

Race officials said the deferral offer would remain open until midnight Tuesday. Runners who accept it must register for the 2013 race by Sept. 10.

Thousands of spectators lined the course despite the heat, many of them handing out cups of water and orange slices. "It's a tradition. We come every year," said Ann Kelley, 54, of Wellesley, who has watched the race from the same corner for three decades.
""", [
    ('Monday', 'DATE', '2012-04-16'),
    ('late afternoon', 'DATE|TIME', '2012-04-16TAF'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('days', 'DURATION', 'PXD'),
    ('Saturday', 'DATE', '2012-04-14'),
    ('next year', 'DATE', '2013'),
    ('Sunday', 'DATE', '2012-04-15'),
    ('10 a.m.', 'TIME', '2012-04-16T10:00'),
    ('the early afternoon', 'DATE|TIME', '2012-04-16TAF'),
    ('2004', 'DATE', '2004'),
    ('Monday night', 'DATE|TIME', '2012-04-16TNI'),
    ('Monday', 'DATE', '2012-04-16'),
    ("Patriots' Day", 'DATE', '2012-04-16'),
    ('1775', 'DATE', '1775'),
    ('every year', 'SET', 'P1Y'),
    ('1897', 'DATE', '1897'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('last April', 'DATE', '2011-04'),
    ('midnight Tuesday', 'TIME', '2012-04-17T24:00|2012-04-17T00:00'),
    ('2013', 'DATE', '2013'),
    ('Sept. 10', 'DATE', '2012-09-10'),
    ('every year', 'SET', 'P1Y'),
    ('three decades', 'DURATION', 'P30Y|P3E'),
]),

# 10. Bloomberg, markets (2015)
('2015-12-17', 'auto', """Stocks Extend Rally as Fed's First Hike in Nearly a Decade Eases Uncertainty

Global stocks rose for a third straight session and the dollar strengthened as investors welcomed the Federal Reserve's first interest-rate increase since 2006 and its signal that further tightening will be gradual.

The MSCI Asia Pacific Index climbed 1.1 percent as of 4:05 p.m. in Tokyo, while the Stoxx Europe 600 Index added 1.4 percent. Futures on the Standard & Poor's 500 Index were little changed after the gauge jumped 1.5 percent on Wednesday. The dollar rose 0.6 percent against the yen.

Fed policy makers voted unanimously Wednesday to raise the target range for the federal funds rate by a quarter point to 0.25 percent to 0.5 percent, ending seven years of near-zero borrowing costs. Their median projection shows four more quarter-point increases next year.

"The Fed has removed a source of anxiety that has hung over markets for months," said Kenji Okamura, a senior strategist at Marunouchi Asset Management in Tokyo. "Now the question is how fast they move in 2016."

Chair Janet Yellen told reporters the economy had made "considerable progress" and that the committee expected to raise rates only gradually. She said the timing of the next move would depend on incoming data, including inflation, which has run below the Fed's 2 percent target for more than three years.

Traders see about a 50 percent chance of another increase by the March meeting, according to fed funds futures. The Fed meets eight times a year; its next decision is due Jan. 27.

Emerging-market assets, which sold off in the run-up to the decision, rebounded. The South African rand rose for the first time in five days, and Indonesia's rupiah climbed 0.8 percent.

The last time the Fed began a tightening cycle, in June 2004, it raised rates at 17 consecutive meetings over two years. The benchmark rate had been held near zero since December 2008, when the central bank cut it at the height of the financial crisis.

Oil extended declines, with West Texas Intermediate crude slipping to $35.52 a barrel, near the lowest level since 2009. Energy shares have been the worst performers in the S&P 500 this year, falling 23 percent.

Bank of Japan policy makers conclude a two-day meeting on Friday, while the European Central Bank expanded its stimulus program earlier this month.
""", [
    ('Nearly a Decade', 'DURATION', 'P10Y|P1E'),
    ('2006', 'DATE', '2006'),
    ('4:05 p.m.', 'TIME', '2015-12-17T16:05'),
    ('Wednesday', 'DATE', '2015-12-16'),
    ('Wednesday', 'DATE', '2015-12-16'),
    ('seven years', 'DURATION', 'P7Y'),
    ('next year', 'DATE', '2016'),
    ('months', 'DURATION', 'PXM'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('2016', 'DATE', '2016'),
    ('more than three years', 'DURATION', 'P3Y'),
    ('March', 'DATE', '2016-03'),
    ('eight times a year', 'SET', 'P1Y'),
    ('Jan. 27', 'DATE', '2016-01-27'),
    ('five days', 'DURATION', 'P5D'),
    ('June 2004', 'DATE', '2004-06'),
    ('two years', 'DURATION', 'P2Y'),
    ('December 2008', 'DATE', '2008-12'),
    ('2009', 'DATE', '2009'),
    ('this year', 'DATE', '2015'),
    ('two-day', 'DURATION', 'P2D'),
    ('Friday', 'DATE', '2015-12-18'),
    ('earlier this month', 'DATE', '2015-12'),
]),

# 11. BBC News, science (2019)
('2019-07-11', 'auto', """Hayabusa2: Japanese probe makes second landing on asteroid Ryugu

Japan's Hayabusa2 spacecraft has touched down on the asteroid Ryugu for a second time, in an attempt to collect rock from beneath its surface.

Mission controllers in Sagamihara, near Tokyo, confirmed the touchdown on Thursday morning, Japan time, after data showed the craft had fired a small bullet into the ground and lifted off again within seconds, as planned.

"The spacecraft did exactly what we asked of it," said a spokesman for the mission.

The landing site lies close to a crater that Hayabusa2 blasted into Ryugu in April by firing a 2kg copper projectile at the asteroid. Scientists hope that material thrown out of the crater, which had been shielded from sunlight and cosmic rays, will be less altered than the dust on the surface.

The probe first landed on the 900m-wide asteroid in February, when it collected surface samples.

The Japan Aerospace Exploration Agency (Jaxa) delayed the second touchdown for several weeks while engineers checked that the landing area was safe. Ryugu's surface is strewn with boulders, and the craft had to hit a target just 7m across.

Hayabusa2 was launched in December 2014 and arrived at Ryugu in June last year after a journey of more than three years. It is due to leave the asteroid at the end of this year and drop its samples in the South Australian desert in late 2020.

Carbon-rich asteroids such as Ryugu are thought to preserve material from the birth of the Solar System, and some scientists believe similar bodies may have delivered water and organic molecules to the early Earth.

The mission follows the original Hayabusa, which returned tiny grains from the asteroid Itokawa in 2010 after a seven-year journey plagued by technical problems.

Nasa's Osiris-Rex spacecraft is currently surveying another asteroid, Bennu, and is scheduled to collect its own sample next year.

"Since last summer, the team has worked every day on this," said Dr Kenta Ishida, a mission scientist. "Today we can finally relax a little."

Jaxa said it would publish images from the landing in the coming days and hold a briefing on Friday.
""", [
    ('Thursday morning', 'DATE|TIME', '2019-07-11TMO'),
    ('seconds', 'DURATION', 'PTXS'),
    ('April', 'DATE', '2019-04'),
    ('February', 'DATE', '2019-02'),
    ('several weeks', 'DURATION', 'PXW'),
    ('December 2014', 'DATE', '2014-12'),
    ('June last year', 'DATE', '2018-06'),
    ('more than three years', 'DURATION', 'P3Y'),
    ('the end of this year', 'DATE', '2019|2019-12'),
    ('late 2020', 'DATE', '2020'),
    ('2010', 'DATE', '2010'),
    ('seven-year', 'DURATION', 'P7Y'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('next year', 'DATE', '2020'),
    ('last summer', 'DATE', '2018-SU'),
    ('every day', 'SET', 'P1D'),
    ('Today', 'DATE', '2019-07-11'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('Friday', 'DATE', '2019-07-12'),
]),

# 12. AFP, disaster (2023)
('2023-02-08', 'auto', """Anger mounts as Turkey-Syria quake toll passes 11,000

Kahramanmaras (Turkey) (AFP) - Rescuers pulled survivors from the rubble on Wednesday, more than two days after a massive earthquake struck Turkey and Syria, but the death toll passed 11,000 and anger grew over the slow pace of the relief effort.

The 7.8-magnitude quake hit at 4:17 am on Monday as people slept, flattening thousands of buildings across southeastern Turkey and northern Syria. A second tremor of magnitude 7.5 struck the same region that afternoon.

President Recep Tayyip Erdogan, who visited the devastated city of Kahramanmaras on Wednesday, admitted "shortcomings" in the response but insisted the situation was now under control. On Tuesday he declared a three-month state of emergency in the 10 affected provinces.

"We waited for two days and nobody came," said Mehmet Yildiz, 48, standing beside the ruins of his brother's apartment block in the city centre. "We dug with our hands."

Experts say the chances of finding survivors fall sharply after the first 72 hours, and freezing temperatures have added to the danger for those still trapped.

Aftershocks continued to rattle the region, with more than 100 recorded in the past 24 hours, according to the disaster agency AFAD. International rescue teams from more than 20 countries have arrived since Monday night.

In Syria, where more than a decade of civil war has already shattered hospitals and roads, the United Nations said aid deliveries through the only border crossing open to it had been halted since the quake. A UN spokesman said the first convoy could cross as early as Thursday.

The World Health Organization warned on Monday that the final toll could be several times higher than initial figures.

The disaster is Turkey's deadliest since 1999, when a quake near the northwestern city of Izmit killed more than 17,000 people. Critics said on Wednesday that building codes tightened after that disaster had been widely ignored, and questioned how billions of dollars raised by a special tax introduced that year had been spent.

The quake comes three months before presidential and parliamentary elections that Erdogan has scheduled for May 14, and opposition leaders have accused the government of failing to prepare the country despite years of warnings from scientists.

Schools across Turkey will remain closed until February 20, the education ministry said.
""", [
    ('Wednesday', 'DATE', '2023-02-08'),
    ('more than two days', 'DURATION', 'P2D'),
    ('4:17 am on Monday', 'TIME', '2023-02-06T04:17'),
    ('that afternoon', 'DATE|TIME', '2023-02-06TAF'),
    ('Wednesday', 'DATE', '2023-02-08'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Tuesday', 'DATE', '2023-02-07'),
    ('three-month', 'DURATION', 'P3M'),
    ('two days', 'DURATION', 'P2D'),
    ('the first 72 hours', 'DURATION', 'PT72H'),
    ('the past 24 hours', 'DURATION', 'PT24H'),
    ('Monday night', 'DATE|TIME', '2023-02-06TNI'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('Thursday', 'DATE', '2023-02-09'),
    ('Monday', 'DATE', '2023-02-06'),
    ('1999', 'DATE', '1999'),
    ('Wednesday', 'DATE', '2023-02-08'),
    ('that year', 'DATE', '1999'),
    ('three months', 'DURATION', 'P3M'),
    ('May 14', 'DATE', '2023-05-14'),
    ('years', 'DURATION', 'PXY'),
    ('February 20', 'DATE', '2023-02-20'),
]),
]
