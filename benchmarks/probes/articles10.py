# Gold TIMEX3 probe set 10: fourteen news articles of 2010-2014 in the styles of BBC, CNN, NYT, WSJ, AP, AFP, Reuters and Wikinews, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. BBC News, politics / budget (2011)
('2011-03-24', 'auto', """Fuel duty cut 'not enough', say hauliers

Road haulage firms have warned that the cut in fuel duty announced in Wednesday's Budget will do little to help an industry that has shed thousands of jobs since 2008.

The chancellor told MPs that duty would fall by 1p a litre from 1800 GMT, and that an inflation-linked rise due next month would be delayed until January.

The Road Haulage Association said diesel prices had climbed by almost 20p a litre over the past year and that many small operators were "running on empty".

"We welcome any relief, but a penny is not going to save the firms that are going under every week," said the association's chief executive, Martin Leigh.

Fuel duty has been a flashpoint for governments for more than a decade. In September 2000, protesters blockaded refineries and brought much of the country to a standstill within days.

The previous government introduced a series of staged increases in 2009, and the coalition inherited plans for further rises over the next three years.

Motoring groups said on Thursday that the average price of unleaded petrol stood at a record 130.5p a litre, up from about 75p a decade ago.

The AA said drivers should notice the change at the pumps by the weekend, but warned the benefit could be wiped out if oil prices continued to climb in the coming weeks.

Treasury officials said the cut would cost about £1.9bn and would be paid for by raising the supplementary charge on North Sea oil and gas profits from 20% to 32%.

Oil companies reacted angrily. Oil & Gas UK said the change, announced without consultation, could put at risk investment of £50bn over the next decade.

Labour said the measures were "too little, too late" for families who had faced months of rising bills.

The Office for Budget Responsibility on Wednesday cut its growth forecast for this year to 1.7%, from 2.1% in November. It now expects the economy to grow by 2.5% in 2012.

Under a new "fair fuel stabiliser", duty will rise only in line with inflation when oil prices are high. The Treasury said the mechanism would be introduced from April 2012.

MPs will continue to debate the Budget until Tuesday, when the Commons votes on the main resolutions.
""", [
    ('Wednesday', 'DATE', '2011-03-23'),
    ('2008', 'DATE', '2008'),
    ('1800 GMT', 'TIME', '2011-03-23T18:00'),
    ('next month', 'DATE', '2011-04'),
    ('January', 'DATE', '2012-01'),
    ('the past year', 'DURATION', 'P1Y'),
    ('every week', 'SET', 'P1W'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('September 2000', 'DATE', '2000-09'),
    ('days', 'DURATION', 'PXD'),
    ('2009', 'DATE', '2009'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('Thursday', 'DATE', '2011-03-24'),
    ('a decade ago', 'DATE', '2001|200'),
    ('the weekend', 'DATE', '2011-W12-WE'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('the next decade', 'DURATION', 'P10Y|P1E'),
    ('months', 'DURATION', 'PXM'),
    ('Wednesday', 'DATE', '2011-03-23'),
    ('this year', 'DATE', '2011'),
    ('November', 'DATE', '2010-11'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2012', 'DATE', '2012'),
    ('April 2012', 'DATE', '2012-04'),
    ('Tuesday', 'DATE', '2011-03-29'),
]),

# 2. CNN, disaster / wildfire (2012)
('2012-07-02', 'auto', """Crews gain ground on Colorado wildfire, but residents face long wait

(CNN) -- Firefighters battling a massive wildfire in southwestern Colorado said Monday the blaze was 45% contained, but officials warned that nearly 2,000 evacuated residents may not be allowed home until later this week.

The Buckhorn Fire, which started June 23 in dry timber north of Durango, has burned more than 38,000 acres and destroyed 112 homes, according to the U.S. Forest Service.

"We caught a break," incident commander Tom Reyes told reporters at a 7 a.m. briefing. "The winds laid down after midnight and crews were able to hold the line on the east flank."

Humidity rose Sunday night for the first time in nine days, he said.

But forecasters expect temperatures to climb back into the 90s by Wednesday afternoon, with gusts of up to 40 mph. A red flag warning will be in effect from noon Tuesday until 8 p.m. Wednesday.

La Plata County Sheriff Dan Whitlock said deputies would begin escorting some residents back to the Falls Creek subdivision on Tuesday morning so they could collect medications and pets. "It's going to be months before anybody is living up there again," he said.

The fire is the second major blaze in the state in less than a month. Early last month, a fire west of Fort Collins killed one person and destroyed more than 250 homes.

Colorado Gov. John Hickenlooper toured the area by helicopter Saturday and declared a disaster emergency the following day, freeing up $5 million for firefighting costs.

Nationwide, wildfires have burned about 2.1 million acres so far this year, according to the National Interagency Fire Center. Ten years ago, the Hayman Fire, the largest in Colorado's recorded history, scorched 138,000 acres southwest of Denver.

Many towns across the state have canceled Fourth of July fireworks. Durango officials said last week the city's show would be replaced by a laser display, and that a ban on open burning would remain in place through the summer.

Scientists say Western fire seasons have grown longer over the past four decades. A 2006 study found that the season now lasts 78 days longer than it did in the 1970s.

Residents who fled on the night of June 26 said sheriff's deputies had gone door to door the day before, urging them to pack their valuables. Many have been staying at a Red Cross shelter at Durango High School, where about 300 people slept Saturday night.

"I packed in 15 minutes," said retiree Linda Marsh, 67. "I've lived up there for 22 years. You don't expect to watch it all burn on the news."

CNN's Julia Norris contributed to this report.
""", [
    ('Monday', 'DATE', '2012-07-02'),
    ('later this week', 'DATE', '2012-W27'),
    ('June 23', 'DATE', '2012-06-23'),
    ('7 a.m.', 'TIME', '2012-07-02T07:00'),
    ('midnight', 'TIME', '2012-07-02T00:00|2012-07-01T24:00'),
    ('Sunday night', 'DATE|TIME', '2012-07-01TNI'),
    ('nine days', 'DURATION', 'P9D'),
    ('Wednesday afternoon', 'DATE|TIME', '2012-07-04TAF'),
    ('noon Tuesday', 'TIME', '2012-07-03T12:00'),
    ('8 p.m. Wednesday', 'TIME', '2012-07-04T20:00'),
    ('Tuesday morning', 'DATE|TIME', '2012-07-03TMO'),
    ('months', 'DURATION', 'PXM'),
    ('less than a month', 'DURATION', 'P1M'),
    ('Early last month', 'DATE', '2012-06'),
    ('Saturday', 'DATE', '2012-06-30'),
    ('the following day', 'DATE', '2012-07-01'),
    ('this year', 'DATE', '2012'),
    ('Ten years ago', 'DATE', '2002'),
    ('Fourth of July', 'DATE', '2012-07-04'),
    ('last week', 'DATE', '2012-W26'),
    ('the summer', 'DATE', '2012-SU'),
    ('the past four decades', 'DURATION', 'P4E|P40Y'),
    ('2006', 'DATE', '2006'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('78 days', 'DURATION', 'P78D'),
    ('the 1970s', 'DATE', '197'),
    ('the night of June 26', 'DATE|TIME', '2012-06-26TNI'),
    ('the day before', 'DATE', '2012-06-25'),
    ('Saturday night', 'DATE|TIME', '2012-06-30TNI'),
    ('15 minutes', 'DURATION', 'PT15M'),
    ('22 years', 'DURATION', 'P22Y'),
]),

# 3. The New York Times, courts / insider trading (2013)
('2013-06-20', 'auto', """Ex-Trader Gets 6 Years in Insider Trading Case

A former portfolio manager at a Connecticut hedge fund was sentenced on Wednesday to six years in prison for his role in what prosecutors called one of the most lucrative insider trading schemes ever charged.

Judge Katherine M. Doyle of Federal District Court in Manhattan also ordered the defendant, Daniel R. Kessler, 41, to forfeit $9.3 million and pay a $2 million fine. Mr. Kessler, who was convicted in March after a four-week trial, must report to prison by Sept. 16.

Prosecutors said Mr. Kessler, while at the fund, Greystone Ridge Capital, obtained confidential information about a clinical drug trial from a doctor who sat on its safety monitoring committee. He traded on the information shortly before the disappointing results were made public in July 2008, helping the fund avoid losses and earn profits totaling about $270 million.

"This was not a momentary lapse," Judge Doyle said at the hearing, which lasted nearly three hours. "It was a calculated scheme carried out over many months."

Mr. Kessler, who wept as he addressed the court, said he had thought about his conduct "every single day" since his arrest on Nov. 3, 2011. Greystone dismissed him a week later.

His lawyer, Marc Feld, had asked for a sentence of no more than two years, citing his client's charitable work and his three young children. Mr. Feld said after the hearing that his client would appeal.

The sentence is among the longest handed down in the government's crackdown on insider trading, which has produced more than 75 convictions since 2009. Raj Rajaratnam, the founder of the Galleon Group, received 11 years in 2011.

The United States attorney's office in Manhattan said in a statement that the case showed "there is no such thing as a victimless crime on Wall Street."

The doctor, who pleaded guilty last year and testified at the trial, is scheduled to be sentenced next month. He has been cooperating with investigators since the fall of 2011.

The Securities and Exchange Commission has brought a parallel civil case, which has been on hold for the past 18 months. A status conference is set for 10 a.m. on July 9.

Legal experts said the sentence could encourage other defendants to cooperate. "Judges have been sending a message for several years," said Ellen Marsh, a professor at Fordham Law School and a former federal prosecutor. "Probation for this kind of conduct is off the table."

Greystone Ridge, whose assets tripled from 2005 to 2008, to $14 billion, has returned most of its outside capital and now operates as a family office.
""", [
    ('6 Years', 'DURATION', 'P6Y'),
    ('Wednesday', 'DATE', '2013-06-19'),
    ('six years', 'DURATION', 'P6Y'),
    ('March', 'DATE', '2013-03'),
    ('four-week', 'DURATION', 'P4W'),
    ('Sept. 16', 'DATE', '2013-09-16'),
    ('July 2008', 'DATE', '2008-07'),
    ('nearly three hours', 'DURATION', 'PT3H'),
    ('many months', 'DURATION', 'PXM'),
    ('every single day', 'SET', 'P1D'),
    ('Nov. 3, 2011', 'DATE', '2011-11-03'),
    ('a week later', 'DATE', '2011-11-10|2011-W45'),
    ('two years', 'DURATION', 'P2Y'),
    ('2009', 'DATE', '2009'),
    ('11 years', 'DURATION', 'P11Y'),
    ('2011', 'DATE', '2011'),
    ('last year', 'DATE', '2012'),
    ('next month', 'DATE', '2013-07'),
    ('the fall of 2011', 'DATE', '2011-FA'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('10 a.m. on July 9', 'TIME', '2013-07-09T10:00'),
    ('several years', 'DURATION', 'PXY'),
    ('2005', 'DATE', '2005'),
    ('2008', 'DATE', '2008'),
    ('now', 'DATE', 'PRESENT_REF'),
]),

# 4. The Wall Street Journal, company results / oil (2014)
('2014-11-06', 'auto', """Calloway Energy Profit Falls as Oil Slides

Calloway Energy Corp. said its third-quarter profit fell 38% as the steep decline in crude prices since June cut into revenue, and the oil producer trimmed its production forecast for 2014.

The Houston-based company on Wednesday reported net income of $412 million, or $1.06 a share, for the third quarter, down from $664 million, or $1.71 a share, a year earlier. Excluding one-time items, earnings were $1.12 a share, above the $1.04 that analysts surveyed by Thomson Reuters had expected.

Revenue fell 11% to $3.9 billion.

Shares rose 3.2% to $58.40 in after-hours trading Wednesday but have lost 24% over the past three months.

U.S. benchmark crude has fallen about 27% from its peak in mid-June, settling Wednesday at $78.68 a barrel, the lowest level since late 2012.

Chief Executive Ronald Pace told analysts on a conference call Thursday morning that Calloway would cut capital spending next year by roughly 10%, to about $6.3 billion, and would slow drilling in two Texas fields until prices recover.

"We've been through cycles like this before," Mr. Pace said. "We built this company to weather a period of low prices, and we are not going to chase volume for the sake of volume."

The company now expects to produce 116 million to 118 million barrels of oil equivalent this year, down from a previous forecast of 121 million. Production in the third quarter totaled 29 million barrels.

Calloway, which spun off its refining business in 2011, has spent much of the past three years expanding in the Eagle Ford and Permian Basin regions of Texas. It said it completed 74 wells during the quarter, compared with 81 in the second quarter.

The company said it would maintain its quarterly dividend of 40 cents a share and complete a $2 billion share buyback, announced in February, by the end of 2015.

Analysts said other producers were likely to follow with spending cuts when they report results in the coming weeks. "Budgets for 2015 are being rewritten right now," said Sarah Lindqvist, an analyst at Halstead & Crane in Houston. "Nobody planned for $80 oil."

Calloway's chief financial officer, Joan Whitfield, said the company had hedged about 40% of its expected oil output for the first half of next year at an average of $91 a barrel.

Calloway will hold an investor meeting in New York on Dec. 9, when it plans to give a detailed outlook for 2015.
""", [
    ('third-quarter', 'DATE', '2014-Q3'),
    ('June', 'DATE', '2014-06'),
    ('2014', 'DATE', '2014'),
    ('Wednesday', 'DATE', '2014-11-05'),
    ('the third quarter', 'DATE', '2014-Q3'),
    ('a year earlier', 'DATE', '2013-Q3|2013'),
    ('Wednesday', 'DATE', '2014-11-05'),
    ('the past three months', 'DURATION', 'P3M'),
    ('mid-June', 'DATE', '2014-06'),
    ('Wednesday', 'DATE', '2014-11-05'),
    ('late 2012', 'DATE', '2012'),
    ('Thursday morning', 'DATE|TIME', '2014-11-06TMO'),
    ('next year', 'DATE', '2015'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this year', 'DATE', '2014'),
    ('the third quarter', 'DATE', '2014-Q3'),
    ('2011', 'DATE', '2011'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('the quarter', 'DATE', '2014-Q3'),
    ('the second quarter', 'DATE', '2014-Q2'),
    ('quarterly', 'SET', 'P3M'),
    ('February', 'DATE', '2014-02'),
    ('the end of 2015', 'DATE', '2015|2015-12'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('2015', 'DATE', '2015'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('the first half of next year', 'DATE', '2015-H1'),
    ('Dec. 9', 'DATE', '2014-12-09'),
    ('2015', 'DATE', '2015'),
]),

# 5. AP, sport / marathon preview (2010)
('2010-10-08', 'auto', """Kiprop favored as Chicago Marathon braces for heat

CHICAGO (AP) — Peter Kiprop has spent the past four months at altitude in Kenya's Rift Valley, training twice a day on red dirt roads. On Sunday morning he will find out whether it was enough.

The 27-year-old, who won the Rotterdam Marathon in April, is the favorite in a field of more than 45,000 runners for the Chicago Marathon, which starts at 7:30 a.m. Sunday in Grant Park.

"I feel strong. The training was good, no injuries," Kiprop said Friday at a news conference at a downtown hotel. "If the weather is kind, maybe we can go fast."

That is a big if. Forecasters are calling for temperatures in the high 70s by late morning, and race organizers said Thursday they would add extra water stations and cooling buses along the 26.2-mile course.

Three years ago, the race was halted after about 3 1/2 hours when temperatures reached 88 degrees and hundreds of runners were treated for heat-related illness. One runner, a 35-year-old police officer from Michigan, died.

Race director Mark Dolan said the event now has a more detailed emergency plan, and that officials will decide by 6 a.m. on race day whether to raise the alert level.

The course record of 2 hours, 5 minutes, 41 seconds was set in 2008 and has not been seriously threatened since.

On the women's side, Ethiopia's Almaz Tesfaye returns after finishing second last year by just four seconds. A hamstring injury has limited her to a single race since January, a half marathon in New Orleans in February.

"I have been patient," she said. "Now I am ready."

The elite women start 15 minutes before the men.

Chicago is one of five races in the World Marathon Majors series, which awards $500,000 to the top man and woman over a two-year cycle. Kiprop trails the leader, Samuel Kosgei, by 10 points, with the New York City Marathon still to come next month.

Organizers expect about 1.7 million spectators to line the streets. The race has been held every fall since 1977, though in 1987 it was replaced by a half marathon because of a sponsorship dispute.

Kiprop said he planned to go home to Eldoret for a few weeks after the race before deciding on his spring schedule.

"After Sunday, I rest," he said with a smile. "London is a different story."
""", [
    ('the past four months', 'DURATION', 'P4M'),
    ('twice a day', 'SET', 'P1D'),
    ('Sunday morning', 'DATE|TIME', '2010-10-10TMO'),
    ('April', 'DATE', '2010-04'),
    ('7:30 a.m. Sunday', 'TIME', '2010-10-10T07:30'),
    ('Friday', 'DATE', '2010-10-08'),
    ('late morning', 'DATE|TIME', '2010-10-10TMO'),
    ('Thursday', 'DATE', '2010-10-07'),
    ('Three years ago', 'DATE', '2007'),
    ('about 3 1/2 hours', 'DURATION', 'PT3H30M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('6 a.m. on race day', 'TIME', '2010-10-10T06:00'),
    ('2 hours, 5 minutes, 41 seconds', 'DURATION', 'PT2H5M41S'),
    ('2008', 'DATE', '2008'),
    ('last year', 'DATE', '2009'),
    ('four seconds', 'DURATION', 'PT4S'),
    ('January', 'DATE', '2010-01'),
    ('February', 'DATE', '2010-02'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('15 minutes', 'DURATION', 'PT15M'),
    ('two-year', 'DURATION', 'P2Y'),
    ('next month', 'DATE', '2010-11'),
    ('every fall', 'SET', 'XXXX-FA'),
    ('1977', 'DATE', '1977'),
    ('1987', 'DATE', '1987'),
    ('a few weeks', 'DURATION', 'PXW'),
    ('spring', 'DATE', '2011-SP'),
    ('Sunday', 'DATE', '2010-10-10'),
]),

# 6. AFP, conflict / Nigeria (2012)
('2012-05-03', 'auto', """Gunmen kill 11 in attack on Nigerian army checkpoint

KANO, Nigeria, May 3, 2012 (AFP) - Gunmen attacked an army checkpoint and a police station in northern Nigeria late Wednesday, killing at least 11 people, officials and witnesses said Thursday, in the latest violence blamed on the Islamist group Boko Haram.

The attackers arrived in pick-up trucks at around 10:00 pm (2100 GMT) and opened fire on soldiers manning the checkpoint on the outskirts of Gwaram, a town in neighbouring Jigawa state, a military spokesman told AFP.

"The exchange of fire lasted for nearly two hours," Lieutenant Colonel Musa Abdullahi said, adding that seven soldiers, two policemen and two civilians were killed.

A resident who asked not to be named said the shooting continued until about 12:30 am. "We stayed under our beds until morning," he said.

No group has claimed responsibility, but the attack bore the hallmarks of Boko Haram, whose insurgency has left more than 1,000 people dead since 2009, according to rights groups.

The group claimed a series of coordinated bomb and gun attacks in Kano on January 20 that killed at least 185 people, the deadliest in its history.

Last week, suicide bombers struck the offices of a national newspaper in the capital Abuja and in the northern city of Kaduna, killing at least seven people.

President Goodluck Jonathan, who declared a state of emergency in parts of four states on December 31, has vowed to end the insurgency by June.

But critics say the heavy-handed response of the security forces has fuelled resentment in the mainly Muslim north. Human Rights Watch said in a report last month that soldiers had burned homes and killed civilians during raids in Maiduguri in recent months.

Authorities imposed a 24-hour curfew on Gwaram on Thursday morning and troops were searching homes for the attackers, residents said.

A senior police officer in Kano, speaking on condition of anonymity, said four suspects had been arrested and two rifles recovered. The suspects would be charged "in the coming days", he said.

Nigeria, Africa's most populous nation and top oil producer, is roughly divided between a mainly Muslim north and a predominantly Christian south.

Boko Haram, whose name means "Western education is forbidden" in the Hausa language, launched an uprising in July 2009 that was crushed by a military assault in which some 800 people died, including the group's leader Mohammed Yusuf, who was killed in police custody.

The group resurfaced a year later with a campaign of assassinations and bombings, and has since widened its targets to include churches, schools and the United Nations headquarters in Abuja, which it bombed last August, killing 23 people.
""", [
    ('May 3, 2012', 'DATE', '2012-05-03'),
    ('late Wednesday', 'DATE', '2012-05-02'),
    ('Thursday', 'DATE', '2012-05-03'),
    ('around 10:00 pm', 'TIME', '2012-05-02T22:00'),
    ('2100 GMT', 'TIME', '2012-05-02T21:00'),
    ('nearly two hours', 'DURATION', 'PT2H'),
    ('about 12:30 am', 'TIME', '2012-05-03T00:30'),
    ('morning', 'DATE|TIME', '2012-05-03TMO'),
    ('2009', 'DATE', '2009'),
    ('January 20', 'DATE', '2012-01-20'),
    ('Last week', 'DATE', '2012-W17'),
    ('December 31', 'DATE', '2011-12-31'),
    ('June', 'DATE', '2012-06'),
    ('last month', 'DATE', '2012-04'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('24-hour', 'DURATION', 'PT24H'),
    ('Thursday morning', 'DATE|TIME', '2012-05-03TMO'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('July 2009', 'DATE', '2009-07'),
    ('a year later', 'DATE', '2010'),
    ('last August', 'DATE', '2011-08'),
]),

# 7. Reuters, markets / euro zone debt crisis (2011)
('2011-07-19', 'auto', """European shares rebound as hopes rise for Greek deal

LONDON (Reuters) - European shares bounced back from a two-year low on Tuesday, led by banks, as investors bet euro zone leaders would agree a second bailout for Greece at an emergency summit later this week.

The FTSEurofirst 300 index of top European shares closed up 1.1 percent at 1,053.28 points after falling for five straight sessions. The index had lost nearly 9 percent since early July.

Banks, which slumped on Monday after stress test results published late Friday showed eight lenders had failed, were the biggest gainers.

"The market is oversold and people are positioning for Thursday," said Mark Bolton, head of equity strategy at Saxton Brothers in London. "But unless we get something credible out of Brussels, this rally won't last beyond Friday."

Euro zone leaders will meet in Brussels on Thursday to thrash out a new rescue package for Athens, after finance ministers failed to agree on the role of private bondholders at a meeting last week.

German Chancellor Angela Merkel said on Tuesday she was confident a deal could be reached, but warned there would be no "spectacular step" that would end the crisis at a stroke.

Italian bond yields eased to 5.77 percent from a euro-era high of 6.02 percent on Monday, while Spanish yields fell back below 6 percent. Earlier this month, Moody's cut Portugal's credit rating to junk, sending yields on peripheral debt sharply higher.

Greece received a 110 billion euro bailout from the European Union and International Monetary Fund in May last year, but has struggled to meet its deficit targets as its economy has contracted every year since 2008.

Ireland and Portugal have also been forced to seek aid, in November and April respectively.

In the United States, stocks rose in early trade after IBM and Coca-Cola reported better-than-expected second-quarter results, though worries about the August 2 deadline to raise the U.S. debt ceiling kept gains in check.

Strategists said markets were likely to remain volatile through the summer. "We've seen this movie before, in May 2010 and again in November," said Anna Brandt, strategist at a Frankfurt bank. "Each time the relief lasted a few weeks at most."

Brent crude rose 0.8 percent to $117.10 a barrel. The euro gained 0.7 percent against the dollar to $1.4155.

Investors are also watching the earnings season, which enters its busiest stretch next week. Of the 42 European companies that have reported so far, 60 percent have beaten analysts' expectations, according to Thomson Reuters data.

(Reporting by Helen Marsh; Editing by Tom Pfeiffer)
""", [
    ('two-year', 'DURATION', 'P2Y'),
    ('Tuesday', 'DATE', '2011-07-19'),
    ('later this week', 'DATE', '2011-W29'),
    ('early July', 'DATE', '2011-07'),
    ('Monday', 'DATE', '2011-07-18'),
    ('late Friday', 'DATE', '2011-07-15'),
    ('Thursday', 'DATE', '2011-07-21'),
    ('Friday', 'DATE', '2011-07-22'),
    ('Thursday', 'DATE', '2011-07-21'),
    ('last week', 'DATE', '2011-W28'),
    ('Tuesday', 'DATE', '2011-07-19'),
    ('Monday', 'DATE', '2011-07-18'),
    ('Earlier this month', 'DATE', '2011-07'),
    ('May last year', 'DATE', '2010-05'),
    ('every year', 'SET', 'P1Y'),
    ('2008', 'DATE', '2008'),
    ('November', 'DATE', '2010-11'),
    ('April', 'DATE', '2011-04'),
    ('second-quarter', 'DATE', '2011-Q2'),
    ('August 2', 'DATE', '2011-08-02'),
    ('the summer', 'DATE', '2011-SU'),
    ('May 2010', 'DATE', '2010-05'),
    ('November', 'DATE', '2010-11'),
    ('a few weeks', 'DURATION', 'PXW'),
    ('next week', 'DATE', '2011-W30'),
]),

# 8. Wikinews, elections / Ukraine (2010)
('2010-02-17', 'auto', """Ukrainian court suspends result of presidential election

Wednesday, February 17, 2010

Ukraine's Supreme Administrative Court on Wednesday suspended the official result of the country's presidential election, pending a review of a legal challenge filed by Prime Minister Yulia Tymoshenko.

The court said the Central Election Commission's decision declaring opposition leader Viktor Yanukovych the winner would be put on hold while judges examined her complaint. A hearing is scheduled to begin at 10:00 local time on Thursday.

Official results published on Sunday showed Yanukovych winning the February 7 run-off with 48.95 percent of the vote, against 45.47 percent for Tymoshenko. Turnout was around 69 percent.

Tymoshenko, who has refused to concede, alleges that as many as one million votes were falsified, particularly in Yanukovych's strongholds in the east of the country. She has made few public appearances since the run-off, and in a televised address on Saturday evening said she would "never recognise" the result.

International observers from the Organization for Security and Co-operation in Europe said last week that the vote had been "an impressive display of democratic elections" and urged both candidates to respect the outcome.

Yanukovych's Party of Regions called the appeal a delaying tactic. "The people have made their choice. The court should deal with this in days, not weeks," a party spokeswoman told reporters.

The inauguration is set for February 25, and the court is expected to rule before the ceremony. Yanukovych has already received congratulations from several foreign leaders, including US President Barack Obama and Russian President Dmitry Medvedev.

The result is a dramatic reversal for Yanukovych, whose fraud-tainted victory in 2004 was overturned after weeks of street protests known as the Orange Revolution. Tymoshenko was one of the leaders of those protests and later served twice as prime minister, from February to September 2005 and again since December 2007.

Outgoing president Viktor Yushchenko, once her ally, was eliminated in the first round on January 17 after winning just over five percent of the vote.

Analysts say the new president will inherit a severe economic crisis. Ukraine's economy shrank by around 15 percent last year, and an International Monetary Fund loan programme worth US$16.4 billion has been frozen since late 2009.

Sources
""", [
    ('Wednesday, February 17, 2010', 'DATE', '2010-02-17'),
    ('Wednesday', 'DATE', '2010-02-17'),
    ('10:00 local time on Thursday', 'TIME', '2010-02-18T10:00'),
    ('Sunday', 'DATE', '2010-02-14'),
    ('February 7', 'DATE', '2010-02-07'),
    ('Saturday evening', 'DATE|TIME', '2010-02-13TEV'),
    ('last week', 'DATE', '2010-W06'),
    ('days', 'DURATION', 'PXD'),
    ('weeks', 'DURATION', 'PXW'),
    ('February 25', 'DATE', '2010-02-25'),
    ('2004', 'DATE', '2004'),
    ('weeks', 'DURATION', 'PXW'),
    ('February', 'DATE', '2005-02'),
    ('September 2005', 'DATE', '2005-09'),
    ('December 2007', 'DATE', '2007-12'),
    ('January 17', 'DATE', '2010-01-17'),
    ('last year', 'DATE', '2009'),
    ('late 2009', 'DATE', '2009'),
]),

# 9. Wikinews, science / spaceflight (2013)
('2013-02-28', 'auto', """SpaceX set to launch second cargo mission to International Space Station

Thursday, February 28, 2013

SpaceX is ready to launch its second contracted cargo mission to the International Space Station, with liftoff of a Falcon 9 rocket scheduled for Friday at 10:10 a.m. EST from Cape Canaveral Air Force Station in Florida.

NASA managers gave the go-ahead for the launch at a readiness review on Tuesday. Forecasters with the US Air Force's 45th Weather Squadron put the chance of acceptable weather at 70 percent, citing a risk of thick clouds. If the launch is scrubbed, the next opportunity would be on Saturday morning.

The unmanned Dragon capsule will carry about 575 kilograms of supplies and science experiments, including plant seeds and equipment for studying how crystals form in weightlessness. If all goes to plan, it will reach the station early Saturday, when astronauts Kevin Ford and Tom Marshburn will use the station's robotic arm to capture it.

Dragon is scheduled to stay attached to the station for about three weeks before splashing down in the Pacific Ocean off Baja California on March 25, bringing back more than 1,200 kilograms of cargo. It is currently the only spacecraft able to return significant amounts of cargo to Earth.

The mission, known as CRS-2, is the second of twelve flights under a US$1.6 billion contract NASA awarded the California-based company in December 2008. The first, CRS-1, was launched in October and spent 18 days at the station.

During that flight, one of the rocket's nine first-stage engines shut down about 79 seconds after liftoff. The capsule still reached orbit, but a secondary satellite carried on the same rocket was placed in a lower orbit than planned and was lost.

NASA has relied on Russian, European and Japanese vehicles to resupply the station since the Space Shuttle fleet was retired in July 2011. A second US company, Orbital Sciences, plans a first test flight of its Antares rocket in the coming weeks.

SpaceX founder Elon Musk said last year that the company hopes to fly astronauts within three years.

"The future of access to low Earth orbit is commercial," NASA official Mark Hollis told reporters on Wednesday. "Every one of these flights teaches us something."

The launch will be broadcast live on NASA Television, with coverage beginning at 8:30 a.m. EST.

Sources
""", [
    ('Thursday, February 28, 2013', 'DATE', '2013-02-28'),
    ('Friday at 10:10 a.m. EST', 'TIME', '2013-03-01T10:10'),
    ('Tuesday', 'DATE', '2013-02-26'),
    ('Saturday morning', 'DATE|TIME', '2013-03-02TMO'),
    ('early Saturday', 'DATE', '2013-03-02'),
    ('about three weeks', 'DURATION', 'P3W'),
    ('March 25', 'DATE', '2013-03-25'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('December 2008', 'DATE', '2008-12'),
    ('October', 'DATE', '2012-10'),
    ('18 days', 'DURATION', 'P18D'),
    ('about 79 seconds', 'DURATION', 'PT79S'),
    ('July 2011', 'DATE', '2011-07'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('last year', 'DATE', '2012'),
    ('three years', 'DURATION', 'P3Y'),
    ('The future', 'DATE', 'FUTURE_REF'),
    ('Wednesday', 'DATE', '2013-02-27'),
    ('8:30 a.m. EST', 'TIME', '2013-03-01T08:30'),
]),

# 10. The Guardian, health / norovirus (2012)
('2012-12-06', 'auto', """Norovirus cases up by almost two-thirds as vomiting bug strikes early

Hospitals forced to close wards as health officials warn outbreak arrived several weeks ahead of usual pattern

The number of confirmed norovirus cases in England and Wales is 64% higher than a year ago, with the highly contagious stomach bug arriving several weeks earlier than usual, health officials have said.

The Health Protection Agency (HPA) said on Thursday there had been 2,630 laboratory-confirmed cases since the start of the season in July, compared with 1,602 in the corresponding period of 2011.

Because most people who fall ill do not see a doctor, the agency estimates that for every reported case there are 288 unreported ones, meaning that as many as 750,000 people may already have been infected.

Outbreaks have forced hospitals to shut wards across the country. In the past fortnight there have been 70 hospital outbreaks, 53 of which led to ward closures, according to the figures, which are published weekly.

"Norovirus is very infectious and spreads easily," said Dr Laura Penhallow, a consultant epidemiologist at the HPA. "Anyone who has had symptoms should stay away from work or school until 48 hours after they have cleared."

Experts expect the outbreak to peak in January, but cautioned that an early start did not necessarily mean a worse season overall. Four years ago, the last time cases rose this early, the season turned out to be roughly average.

Hospital outbreaks have nonetheless become more common in recent years, as older and frailer patients spend longer on wards.

The surge comes at a difficult time for the NHS, which is trying to make £20bn in efficiency savings by 2015 while coping with rising demand. Figures released last week showed that A&E departments in England saw more than 5.5 million patients between July and September, the highest number since records began in 2004.

Hospitals in Surrey and Sussex reported the highest number of closed beds over the past seven days, with one trust in Brighton cancelling all non-urgent operations until Monday.

Labour said the figures showed the health service was "already struggling before the worst of the winter has even begun, and with Christmas still to come".

The Department of Health said the NHS was well prepared and that an extra £330m had been made available this year to help trusts cope with extra demand.

The HPA advises people to wash their hands frequently with soap and water, as alcohol gels do not kill the virus. Symptoms typically last about two days, and most people recover without treatment.

Norovirus infects between 600,000 and a million people in the UK every year. The HPA will publish its next update on 13 December.
""", [
    ('several weeks', 'DURATION', 'PXW'),
    ('a year ago', 'DATE', '2011'),
    ('several weeks', 'DURATION', 'PXW'),
    ('Thursday', 'DATE', '2012-12-06'),
    ('July', 'DATE', '2012-07'),
    ('2011', 'DATE', '2011'),
    ('the past fortnight', 'DURATION', 'P2W'),
    ('weekly', 'SET', 'P1W'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('January', 'DATE', '2013-01'),
    ('Four years ago', 'DATE', '2008'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('2015', 'DATE', '2015'),
    ('last week', 'DATE', '2012-W48'),
    ('July', 'DATE', '2012-07'),
    ('September', 'DATE', '2012-09'),
    ('2004', 'DATE', '2004'),
    ('the past seven days', 'DURATION', 'P7D'),
    ('Monday', 'DATE', '2012-12-10'),
    ('the winter', 'DATE', '2012-WI'),
    ('Christmas', 'DATE', '2012-12-25'),
    ('this year', 'DATE', '2012'),
    ('about two days', 'DURATION', 'P2D'),
    ('every year', 'SET', 'P1Y'),
    ('13 December', 'DATE', '2012-12-13'),
]),

# 11. Bloomberg, markets / US debt ceiling (2013)
('2013-10-15', 'auto', """Treasury Bill Rates Jump as U.S. Debt-Limit Deadline Nears

Rates on Treasury bills due this month climbed to the highest level since 2008 as lawmakers struggled to agree on raising the federal borrowing limit before a Thursday deadline.

The rate on the bill maturing Oct. 24 rose 13 basis points to 0.39 percent as of 4:22 p.m. in New York, according to Bloomberg Bond Trader data. Rates on bills due Nov. 7 climbed to 0.31 percent. Both were below 0.05 percent a month ago.

"Nobody wants to be holding paper that comes due right when the Treasury runs out of money," said Karen Olsen, head of U.S. rates strategy at Castleton Securities LLC in New York. "That's a small risk, but it's not zero anymore."

Treasury Secretary Jacob J. Lew has said the U.S. will exhaust extraordinary measures to stay under the $16.7 trillion debt ceiling no later than Oct. 17, leaving it with about $30 billion in cash.

Senate leaders said yesterday they were close to a deal that would fund the government through Jan. 15 and raise the debt limit until Feb. 7. House Republicans today failed to rally support for a rival plan, and leaders canceled a vote that had been planned for this evening.

The partial government shutdown began Oct. 1 after Congress failed to pass a spending bill. Economists at Moody's Analytics estimate it is reducing fourth-quarter growth by about 0.1 percentage point for every week it continues.

Fidelity Investments, the largest U.S. money-fund manager, said last week that it had sold all its holdings of government debt maturing in late October and early November. Other money-market funds have recently cut their exposure to short-term Treasuries.

The last time lawmakers pushed the nation this close to default, in August 2011, Standard & Poor's stripped the U.S. of its AAA credit rating. The S&P 500 fell 17 percent over the following three weeks.

Stocks retreated today. The S&P 500 slipped 0.7 percent to 1,698.06 at 4 p.m. in New York, ending a three-day advance.

Federal Reserve policy makers, who conclude their next meeting on Oct. 30, are expected to keep buying $85 billion of bonds each month.

Some investors are now positioning for a longer standoff. "Even if they get a deal this week, it kicks the can to February," Olsen said. "We'll be back here in the spring unless something changes."
""", [
    ('this month', 'DATE', '2013-10'),
    ('2008', 'DATE', '2008'),
    ('Thursday', 'DATE', '2013-10-17'),
    ('Oct. 24', 'DATE', '2013-10-24'),
    ('4:22 p.m.', 'TIME', '2013-10-15T16:22'),
    ('Nov. 7', 'DATE', '2013-11-07'),
    ('a month ago', 'DATE', '2013-09'),
    ('Oct. 17', 'DATE', '2013-10-17'),
    ('yesterday', 'DATE', '2013-10-14'),
    ('Jan. 15', 'DATE', '2014-01-15'),
    ('Feb. 7', 'DATE', '2014-02-07'),
    ('today', 'DATE', '2013-10-15'),
    ('this evening', 'DATE|TIME', '2013-10-15TEV'),
    ('Oct. 1', 'DATE', '2013-10-01'),
    ('fourth-quarter', 'DATE', '2013-Q4'),
    ('every week', 'SET', 'P1W'),
    ('last week', 'DATE', '2013-W41'),
    ('late October', 'DATE', '2013-10'),
    ('early November', 'DATE', '2013-11'),
    ('recently', 'DATE', 'PAST_REF'),
    ('August 2011', 'DATE', '2011-08'),
    ('the following three weeks', 'DURATION', 'P3W'),
    ('today', 'DATE', '2013-10-15'),
    ('4 p.m.', 'TIME', '2013-10-15T16:00'),
    ('three-day', 'DURATION', 'P3D'),
    ('Oct. 30', 'DATE', '2013-10-30'),
    ('each month', 'SET', 'P1M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this week', 'DATE', '2013-W42'),
    ('February', 'DATE', '2014-02'),
    ('the spring', 'DATE', '2014-SP'),
]),

# 12. Al Jazeera English, elections / Afghanistan (2014)
('2014-04-09', 'auto', """Afghan vote count slowed by fraud complaints

Election watchdog says it has received more than 1,500 complaints as ballots from remote areas continue to arrive in Kabul.

Afghanistan's election watchdog says it has received more than 1,500 complaints about Saturday's presidential and provincial council elections, as officials warned that the full count could take weeks.

The Independent Election Complaints Commission (IECC) said on Wednesday that about 870 of the complaints were serious enough to affect the outcome if proven, including allegations of ballot stuffing and intimidation by local officials.

"We will investigate every single complaint. Nobody should announce victory now," IECC spokesman Ahmad Khalili told reporters in Kabul.

Preliminary results are due on April 24, with final results to be certified by May 14. If no candidate wins more than 50 percent, a run-off between the top two will be held in late May or early June.

Partial tallies released by the campaigns of the two front-runners, former foreign minister Abdullah Abdullah and former finance minister Ashraf Ghani Ahmadzai, suggest neither has secured an outright majority.

About seven million of the country's estimated 12 million eligible voters cast ballots, according to the Independent Election Commission, a turnout of around 58 percent and far higher than in 2009, when President Hamid Karzai was re-elected in a vote marred by widespread fraud.

Karzai, who has led Afghanistan since the fall of the Taliban in late 2001, is barred by the constitution from seeking a third term.

Despite Taliban threats to disrupt the vote, the elections passed off largely peacefully. The interior ministry said 20 members of the security forces and four civilians were killed in attacks across the country.

Reporting from Kabul, Al Jazeera's Nadia Rahimi said trucks and donkeys were still bringing ballot boxes from mountainous provinces in the north and east on Wednesday.

"There's a lot of anxiety here. People remember what happened five years ago, when the count dragged on for months," she said.

The vote is seen as a critical test for Afghanistan as NATO-led combat troops prepare to withdraw by the end of the year. Washington has warned it could pull out all of its troops unless a bilateral security agreement is signed. Karzai has refused to sign the deal, saying it should be left to his successor.

Both Abdullah and Ghani have said they would sign the agreement within days of taking office. The new president is expected to be inaugurated in August.

Analysts say a prolonged dispute over the results could destabilise the country at a sensitive time. "The past decade has been about building institutions. Now they are being tested," said Farid Sharifi, a Kabul-based political analyst.

Source: Al Jazeera and agencies
""", [
    ('Saturday', 'DATE', '2014-04-05'),
    ('weeks', 'DURATION', 'PXW'),
    ('Wednesday', 'DATE', '2014-04-09'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('April 24', 'DATE', '2014-04-24'),
    ('May 14', 'DATE', '2014-05-14'),
    ('late May', 'DATE', '2014-05'),
    ('early June', 'DATE', '2014-06'),
    ('2009', 'DATE', '2009'),
    ('late 2001', 'DATE', '2001'),
    ('Wednesday', 'DATE', '2014-04-09'),
    ('five years ago', 'DATE', '2009'),
    ('months', 'DURATION', 'PXM'),
    ('the end of the year', 'DATE', '2014|2014-12'),
    ('days', 'DURATION', 'PXD'),
    ('August', 'DATE', '2014-08'),
    ('The past decade', 'DURATION', 'P10Y|P1E'),
    ('Now', 'DATE', 'PRESENT_REF'),
]),

# 13. Local US paper, local government / water rates (2011)
('2011-11-30', 'auto', """Council OKs water rate hike despite protests

By Kevin Dunleavy
Ledger Staff Writer

GRANT CITY — Residents will pay more for water starting in January after the City Council voted 5-2 Tuesday night to approve the first rate increase in six years.

The increase, 14 percent for the average household, will add about $6.50 to a typical monthly bill. Council members said the money is needed to replace aging pipes, some of which were laid in the 1920s.

More than 60 people packed the council chambers for the three-hour meeting, which ran past 10 p.m. Many wore stickers reading "No More Hikes." The vote had been pushed back from before Thanksgiving to give residents more time to comment.

"I'm on a fixed income. Every year it's something new," said Doris Kellerman, 78, who has lived on Elm Street since 1964.

City Manager Rick Alvarado said the water fund has run a deficit for the past three budget years and would exhaust its reserves by spring 2013 without the increase.

The city had planned a smaller increase last year but postponed it after the 2010 floods, which damaged dozens of homes on the east side.

Under the plan, rates will rise again by 4 percent on July 1, 2012, and by 3 percent annually for the following three years.

Council members Jim Ostrowski and Tamara Fields voted against the measure. Ostrowski said the city should have looked harder at cutting costs, noting that overtime in the water department has doubled since 2008.

"We're asking people to pay more when a lot of folks in this town are still out of work," he said.

The new rates will appear on bills mailed in early January. Residents 65 and older who qualify for the city's senior discount program can apply for a 20 percent reduction at City Hall through Dec. 23.

In other business, the council approved a $1.2 million contract to resurface Main Street next summer and agreed to hold a public hearing on the proposed fiscal 2013 budget in the spring.

The council, which meets twice a month, will next convene at 7 p.m. Dec. 13.
""", [
    ('January', 'DATE', '2012-01'),
    ('Tuesday night', 'DATE|TIME', '2011-11-29TNI'),
    ('six years', 'DURATION', 'P6Y'),
    ('monthly', 'SET', 'P1M'),
    ('the 1920s', 'DATE', '192'),
    ('three-hour', 'DURATION', 'PT3H'),
    ('10 p.m.', 'TIME', '2011-11-29T22:00'),
    ('Thanksgiving', 'DATE', '2011-11-24'),
    ('Every year', 'SET', 'P1Y'),
    ('1964', 'DATE', '1964'),
    ('the past three budget years', 'DURATION', 'P3Y'),
    ('spring 2013', 'DATE', '2013-SP'),
    ('last year', 'DATE', '2010'),
    ('2010', 'DATE', '2010'),
    ('July 1, 2012', 'DATE', '2012-07-01'),
    ('annually', 'SET', 'P1Y'),
    ('the following three years', 'DURATION', 'P3Y'),
    ('2008', 'DATE', '2008'),
    ('early January', 'DATE', '2012-01'),
    ('Dec. 23', 'DATE', '2011-12-23'),
    ('next summer', 'DATE', '2012-SU'),
    ('fiscal 2013', 'DATE', 'FY2013|2013'),
    ('the spring', 'DATE', '2012-SP'),
    ('twice a month', 'SET', 'P1M'),
    ('7 p.m. Dec. 13', 'TIME', '2011-12-13T19:00'),
]),

# 14. Press-release-based business story, acquisition (2012)
('2012-09-14', 'auto', """Halvorsen Medical to buy sensor maker Brightline for $340 million

MINNEAPOLIS, Sept. 14, 2012 — Halvorsen Medical Inc. (Nasdaq: HLVM), a maker of cardiac monitoring devices, said Friday it has agreed to acquire privately held Brightline Sensors Corp. for $340 million in cash, in a deal it expects to add to earnings in fiscal 2014.

The transaction, approved by the boards of both companies, is expected to close in the fourth quarter of calendar 2012, subject to regulatory approvals and customary closing conditions.

Founded in 2005 and based in Boulder, Colo., Brightline develops wearable sensors that continuously transmit heart rhythm data to physicians. The company had revenue of about $38 million last year, up 45% from 2010.

"Brightline's technology fits squarely into our strategy of moving care from the hospital to the home," Halvorsen Chairman and Chief Executive Officer Linda Braaten said in a statement. "Together, we will be able to bring these products to many more patients over the next several years."

Halvorsen said it would fund the purchase with cash on hand and borrowings under its existing credit facility. It expects the deal to reduce earnings by 3 to 5 cents a share in fiscal 2013, which ends June 30, 2013, mainly because of integration costs, and to add to earnings the following year.

Brightline's 210 employees will remain in Boulder, and co-founder and Chief Executive Marcus Webb will join Halvorsen as a senior vice president, reporting to Braaten.

Halvorsen also reaffirmed its fiscal 2013 guidance, which calls for revenue of $1.18 billion to $1.22 billion. The company last reported earnings on Aug. 21.

Shares of Halvorsen rose 4.1% to $52.30 by midday Friday.

The Minneapolis company has made four acquisitions in the past two years, including the $125 million purchase of Italian catheter maker Medisano in March 2011.

Harbor Street Partners LLC acted as financial adviser to Halvorsen, and Lindqvist Ward LLP as its legal counsel.

Management will discuss the acquisition on a conference call at 8:30 a.m. Eastern time Monday. A replay will be available on the company's website for 30 days.

Founded in 1978, Halvorsen Medical develops and manufactures devices for the diagnosis and monitoring of heart disease and employs about 4,300 people in 30 countries.

This release contains forward-looking statements, including statements about the expected timing of the closing and the financial impact of the transaction. Actual results may differ materially.
""", [
    ('Sept. 14, 2012', 'DATE', '2012-09-14'),
    ('Friday', 'DATE', '2012-09-14'),
    ('fiscal 2014', 'DATE', 'FY2014|2014'),
    ('the fourth quarter of calendar 2012', 'DATE', '2012-Q4'),
    ('2005', 'DATE', '2005'),
    ('last year', 'DATE', '2011'),
    ('2010', 'DATE', '2010'),
    ('the next several years', 'DURATION', 'PXY'),
    ('fiscal 2013', 'DATE', 'FY2013|2013'),
    ('June 30, 2013', 'DATE', '2013-06-30'),
    ('the following year', 'DATE', 'FY2014|2014'),
    ('fiscal 2013', 'DATE', 'FY2013|2013'),
    ('Aug. 21', 'DATE', '2012-08-21'),
    ('midday Friday', 'TIME', '2012-09-14T12:00'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('March 2011', 'DATE', '2011-03'),
    ('8:30 a.m. Eastern time Monday', 'TIME', '2012-09-17T08:30'),
    ('30 days', 'DURATION', 'P30D'),
    ('1978', 'DATE', '1978'),
]),
]
