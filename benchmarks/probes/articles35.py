# Gold TIMEX3 probe set 35: twelve news articles of 1994-2024 in the styles of AP, Reuters, AFP, the Washington Post, the Wall Street Journal, the Times and the Sydney Morning Herald, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, politics (1994)
('1994-11-10', 'auto', """Fiscal Hawk Wins Ohio County Seat, Vows Audit and Hiring Freeze

MERRITT, Ohio (AP) — The newly elected Tillman County commissioner said Thursday he will freeze hiring as soon as he takes office and order an outside audit of the county's books, calling the $310 million budget he inherits "a house of cards."

Republican Dennis P. Hollister, a 52-year-old real estate lawyer, unseated two-term Democrat Marian Keefe in Tuesday's election by about 9,400 votes. No Republican had won the seat in nearly three decades.

"We're going to open every drawer," Hollister told reporters outside the county courthouse. "The voters did not send me here to keep doing what's been done for the past eight years."

Hollister will be sworn in Jan. 2. He said his transition team, led by former county budget director Alan Greer, would begin meeting with department heads next week and deliver a preliminary report by Dec. 15.

The county faces a projected shortfall of $14 million in fiscal 1995, according to figures released by Keefe's office in September. Keefe's aides said Wednesday the gap could be closed without layoffs.

Keefe, 61, conceded at about 11:15 p.m. Tuesday in a brief speech to supporters at a union hall in Merritt. On Wednesday afternoon she called Hollister to offer help with the handover, both camps said.

The race turned on property taxes, which rose 9 percent in 1992 and again in 1993. Hollister promised during the campaign to roll back the most recent increase within two years, though he hedged on Thursday, saying the audit would come first.

"I'm not going to make a promise today that I can't keep in March," he said, referring to the deadline for submitting next year's budget.

Turnout was 58 percent, up from 49 percent four years ago, the county elections board said. Official results will be certified next Wednesday.

Hollister said he would name a county administrator before Thanksgiving and would leave the sheriff's department budget untouched at least through the spring. Sheriff Ronald Pierce, a Democrat, has held the office since 1989.

Keefe, who worked as a county social worker for 14 years before entering politics, said she had no plans to run again. "I'm going to spend the winter with my grandchildren," she said. "After that, who knows?"

Statewide, Republicans swept all five executive offices on Tuesday, and the party will control both chambers of the Ohio Legislature when it convenes in January.
""", [
    ('Thursday', 'DATE', '1994-11-10'),
    ('Tuesday', 'DATE', '1994-11-08'),
    ('nearly three decades', 'DURATION', 'P3E|P30Y'),
    ('the past eight years', 'DURATION', 'P8Y'),
    ('Jan. 2', 'DATE', '1995-01-02'),
    ('next week', 'DATE', '1994-W46'),
    ('Dec. 15', 'DATE', '1994-12-15'),
    ('fiscal 1995', 'DATE', 'FY1995|1995'),
    ('September', 'DATE', '1994-09'),
    ('Wednesday', 'DATE', '1994-11-09'),
    ('about 11:15 p.m. Tuesday', 'TIME', '1994-11-08T23:15'),
    ('Wednesday afternoon', 'DATE|TIME', '1994-11-09TAF'),
    ('1992', 'DATE', '1992'),
    ('1993', 'DATE', '1993'),
    ('two years', 'DURATION', 'P2Y'),
    ('Thursday', 'DATE', '1994-11-10'),
    ('today', 'DATE', '1994-11-10'),
    ('March', 'DATE', '1995-03'),
    ('next year', 'DATE', '1995'),
    ('four years ago', 'DATE', '1990'),
    ('next Wednesday', 'DATE', '1994-11-16'),
    ('Thanksgiving', 'DATE', '1994-11-24'),
    ('the spring', 'DATE', '1995-SP'),
    ('1989', 'DATE', '1989'),
    ('14 years', 'DURATION', 'P14Y'),
    ('the winter', 'DATE', '1994-WI|1995-WI'),
    ('Tuesday', 'DATE', '1994-11-08'),
    ('January', 'DATE', '1995-01'),
]),

# 2. Reuters, business (1998)
('1998-08-27', 'auto', """Dutch dairy group cuts 1998 outlook on Russian turmoil

AMSTERDAM, Aug 27 (Reuters) - Dutch dairy group Friesland Noord NV on Thursday cut its profit forecast, saying the collapse of the Russian rouble had frozen orders from its biggest export market and would hurt sales in the second half.

The company, which makes cheese and milk powder, said net profit for 1998 would now be "substantially below" last year's 212 million guilders. In March it had forecast growth of five to eight percent.

Its shares fell 11.4 percent to 64.20 guilders by 1340 GMT, their lowest level since October 1996, in a broader market down 2.9 percent.

Russia accounted for about 14 percent of group sales in the first half, when net profit rose six percent to 109 million guilders. The company said Russian distributors had stopped paying for shipments since Moscow devalued the rouble and suspended payments on some of its debt on August 17.

"In the past ten days our customers in Russia have essentially stopped ordering," chief executive Pieter Donkersloot told analysts in a conference call. "We don't expect that to change in the coming weeks."

He said the group had about 90 million guilders in outstanding Russian receivables, of which 35 million were due by the end of September. A decision on provisions would be made when the company reports third-quarter figures on November 5.

Analysts said the warning had been expected since last week, when exporters in Denmark and Finland flagged similar problems.

"The question now is how long Russian buyers stay away," said ABN AMRO analyst Marieke Stam, who cut her 1998 earnings per share estimate by 15 percent and her 1999 estimate by nine percent.

Friesland Noord began exporting to Russia in 1992 and expanded rapidly in the mid-1990s, opening a processing plant near St Petersburg two years ago. Donkersloot said the plant, which employs 240 people, would run three days a week from Monday instead of six.

The company also said it would postpone a planned 150 million guilder acquisition in Poland until early next year. It still expects to complete a share buyback announced in May before the end of the year.

Trading in the shares has been heavy this week, with volume on Wednesday nearly four times the average of the past three months.

($1 = 2.04 guilders)
""", [
    ('1998', 'DATE', '1998'),
    ('Aug 27', 'DATE', '1998-08-27'),
    ('Thursday', 'DATE', '1998-08-27'),
    ('the second half', 'DATE', '1998-H2'),
    ('1998', 'DATE', '1998'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('last year', 'DATE', '1997'),
    ('March', 'DATE', '1998-03'),
    ('1340 GMT', 'TIME', '1998-08-27T13:40'),
    ('October 1996', 'DATE', '1996-10'),
    ('the first half', 'DATE', '1998-H1'),
    ('August 17', 'DATE', '1998-08-17'),
    ('the past ten days', 'DURATION', 'P10D'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('the end of September', 'DATE', '1998-09'),
    ('third-quarter', 'DATE', '1998-Q3'),
    ('November 5', 'DATE', '1998-11-05'),
    ('last week', 'DATE', '1998-W34'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1998', 'DATE', '1998'),
    ('1999', 'DATE', '1999'),
    ('1992', 'DATE', '1992'),
    ('the mid-1990s', 'DATE', '199'),
    ('two years ago', 'DATE', '1996'),
    ('three days a week', 'SET', 'P1W'),
    ('Monday', 'DATE', '1998-08-31'),
    ('early next year', 'DATE', '1999'),
    ('May', 'DATE', '1998-05'),
    ('the end of the year', 'DATE', '1998|1998-12'),
    ('this week', 'DATE', '1998-W35'),
    ('Wednesday', 'DATE', '1998-08-26'),
    ('the past three months', 'DURATION', 'P3M'),
]),

# 3. AFP, disasters (2003)
('2003-08-14', 'auto', """Paris morgues overflow as heatwave toll mounts

PARIS, Aug 14 (AFP) - Paris funeral services said Thursday they had run out of space for bodies after nearly two weeks of record heat, and city authorities opened a refrigerated warehouse at the Rungis food market south of the capital as a temporary morgue.

The government, under fire for its slow response, said it could not yet give a national death toll but acknowledged that it would run into the thousands. The head of France's largest funeral company said this week that deaths handled by its parlours had risen by more than 50 percent since the start of August.

"I have never seen anything like it in 30 years," said Jean-Marc Duval, a funeral director in the 13th district of Paris. "Families are waiting five days to bury their dead."

Temperatures topped 40 degrees Celsius (104 Fahrenheit) in several regions last week and have stayed above 35 degrees in Paris since August 3. Forecasters at Meteo-France said a cooler Atlantic front would reach the west coast on Friday evening and Paris by the weekend.

Hospitals in the capital triggered an emergency plan on Wednesday, recalling staff from holiday. The emergency doctors' association, which first raised the alarm on Sunday, said most of the victims were elderly people living alone whose relatives were away on holiday.

"Every morning we find more of them," said Doctor Anne Lebrun of the association. "These are people nobody had called for a week."

The health ministry said late Wednesday that it had asked regional offices to send daily figures on deaths in hospitals and retirement homes. A first national estimate is due early next week.

Opposition Socialists demanded that parliament, in recess until October, be recalled for an emergency debate. The prime minister's office said a special cabinet meeting would be held on Monday.

The last comparable heatwave in France, in the summer of 1976, lasted around a fortnight but caused far fewer deaths, experts said. Climate scientists have warned for years that such episodes will become more frequent and more intense.

Meteo-France said July and early August had been the hottest such period since national records began in 1873. Minimum temperatures in Paris had not fallen below 25 degrees for nine days in a row, it said, depriving the frail and the elderly of any chance to recover.

Funeral directors said they expected the pressure to continue well into next week, even if temperatures ease.
""", [
    ('Aug 14', 'DATE', '2003-08-14'),
    ('Thursday', 'DATE', '2003-08-14'),
    ('nearly two weeks', 'DURATION', 'P2W'),
    ('this week', 'DATE', '2003-W33'),
    ('the start of August', 'DATE', '2003-08'),
    ('30 years', 'DURATION', 'P30Y'),
    ('five days', 'DURATION', 'P5D'),
    ('last week', 'DATE', '2003-W32'),
    ('August 3', 'DATE', '2003-08-03'),
    ('Friday evening', 'DATE|TIME', '2003-08-15TEV'),
    ('the weekend', 'DATE', '2003-W33-WE'),
    ('Wednesday', 'DATE', '2003-08-13'),
    ('Sunday', 'DATE', '2003-08-10'),
    ('Every morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
    ('a week', 'DURATION', 'P1W'),
    ('late Wednesday', 'DATE', '2003-08-13'),
    ('daily', 'SET', 'P1D'),
    ('early next week', 'DATE', '2003-W34'),
    ('October', 'DATE', '2003-10'),
    ('Monday', 'DATE', '2003-08-18'),
    ('the summer of 1976', 'DATE', '1976-SU'),
    ('around a fortnight', 'DURATION', 'P2W'),
    ('years', 'DURATION', 'PXY'),
    ('July', 'DATE', '2003-07'),
    ('early August', 'DATE', '2003-08'),
    ('1873', 'DATE', '1873'),
    ('nine days', 'DURATION', 'P9D'),
    ('next week', 'DATE', '2003-W34'),
]),

# 4. The Washington Post, local news (2007)
('2007-01-16', 'auto', """Metro Proposes First Fare Increase in Three Years
Peak Rail Trips Would Cost Up to 20 Percent More

By Karen Whitfield
Washington Post Staff Writer
Tuesday, January 16, 2007; Page B01

Metro riders would pay as much as 20 percent more for trains at peak periods under a proposal that transit officials will present to the agency's board Thursday, a step they say is needed to close a $116 million gap in the budget that takes effect July 1.

The plan, posted on Metro's Web site yesterday, the Martin Luther King Jr. holiday, would raise the peak rail fare from $1.35 to $1.60 and the regular bus fare from $1.25 to $1.35. It would be the first across-the-board increase since June 2004, when fares rose an average of 8 percent.

"Nobody likes to do this, and we've put it off as long as we responsibly could," Metro's chief financial officer, Carol Benning, said in an interview. "Our costs go up every year, and fares haven't kept pace."

Under the proposal, off-peak fares would remain unchanged, but parking at Metro lots would cost 25 cents more. Bus riders using SmarTrip cards would still get free transfers for two hours.

The board is expected to schedule public hearings for late February and take a final vote in April. If approved, the new fares would take effect in late June.

Rider advocates said the timing was poor. "People have been putting up with broken escalators and packed cars for the past two years, and now they're being asked to pay more for the privilege," said Jonathan Mercer, chairman of the Metro Riders' Council, an advisory group that meets twice a month.

Rail ridership set a record last July, when more than 850,000 trips were taken on the Fourth of July, and has grown about 3 percent annually since 2002, according to Metro figures.

The agency's operating subsidies from Maryland, Virginia and the District were held flat in fiscal 2007, and local officials have warned that they cannot cover the full shortfall. Montgomery County Council member Alice Tran (D-At Large) said yesterday that the county would resist "any attempt to balance Metro's books on the backs of suburban commuters."

Board member Charles Wexley, who represents Fairfax County, said he would ask the board to consider phasing in the increase over 18 months. "There's a way to do this that doesn't hit people all at once," he said.

The board meets at 11 a.m. Thursday. Metro's last fare proposal, in late 2003, drew more than 1,200 people to a dozen public hearings over three weeks.
""", [
    ('Three Years', 'DURATION', 'P3Y'),
    ('Tuesday, January 16, 2007', 'DATE', '2007-01-16'),
    ('Thursday', 'DATE', '2007-01-18'),
    ('July 1', 'DATE', '2007-07-01'),
    ('yesterday', 'DATE', '2007-01-15'),
    ('the Martin Luther King Jr. holiday', 'DATE', '2007-01-15'),
    ('June 2004', 'DATE', '2004-06'),
    ('every year', 'SET', 'P1Y'),
    ('two hours', 'DURATION', 'PT2H'),
    ('late February', 'DATE', '2007-02'),
    ('April', 'DATE', '2007-04'),
    ('late June', 'DATE', '2007-06'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('twice a month', 'SET', 'P1M'),
    ('last July', 'DATE', '2006-07'),
    ('the Fourth of July', 'DATE', '2006-07-04'),
    ('annually', 'SET', 'P1Y'),
    ('2002', 'DATE', '2002'),
    ('fiscal 2007', 'DATE', 'FY2007|2007'),
    ('yesterday', 'DATE', '2007-01-15'),
    ('18 months', 'DURATION', 'P18M'),
    ('11 a.m. Thursday', 'TIME', '2007-01-18T11:00'),
    ('late 2003', 'DATE', '2003'),
    ('three weeks', 'DURATION', 'P3W'),
]),

# 5. The Wall Street Journal, business (2009)
('2009-04-22', 'auto', """Keystone Financial Swings to Loss as Bad Loans Mount

By Michael R. Dunn

Keystone Financial Corp. swung to a first-quarter loss as the Pittsburgh regional lender set aside nearly three times as much for soured loans as it did a year ago, and its chief executive warned that credit costs would keep climbing through the end of 2009.

The bank, which received $1.4 billion from the government's Troubled Asset Relief Program in December, posted a loss of $87 million, or 41 cents a share, for the first quarter, compared with a profit of $112 million, or 52 cents, a year earlier. Analysts polled by Thomson Reuters had expected a loss of 18 cents a share.

Provisions for credit losses rose to $640 million from $231 million in the fourth quarter and $219 million in the first quarter of 2008. Revenue rose 4% to $1.03 billion, helped by a surge in mortgage refinancing in February and March as rates fell toward record lows.

Chief Executive Thomas Albright said on a call with analysts Wednesday morning that nonperforming loans, which have more than doubled since June, hadn't yet peaked. "The worst of the commercial real-estate losses are still ahead of us, probably in the second half," he said. "I'd expect to see stabilization sometime in 2010, not before."

Keystone shares fell 9.8% to $10.31 Wednesday in New York Stock Exchange composite trading. The stock has lost more than half its value over the past 12 months, though it has rebounded about 60% since hitting a low on March 6.

The company said it would cut 1,100 jobs, or 6% of its work force, by the end of the third quarter, on top of 800 positions eliminated last fall. It cut its quarterly dividend to a penny from 42 cents in January.

The results come as the Federal Reserve prepares to release the results of stress tests of the 19 largest U.S. banks on May 4. Keystone, with $96 billion in assets, is among them. Mr. Albright said the bank expected to learn its preliminary result by the end of next week and was "comfortable" with its capital position.

He said Keystone hoped to begin repaying the TARP money next year. "We didn't ask for it, and we'd like to give it back as soon as we sensibly can," he said.

In a note to clients Tuesday, Sandler O'Neill analyst Rebecca Huang said Keystone's exposure to construction loans in Florida and Arizona, which it expanded rapidly from 2004 to 2007, would weigh on earnings for at least a year.

Keystone, founded in 1868, had been profitable every year since 1991.
""", [
    ('first-quarter', 'DATE', '2009-Q1'),
    ('a year ago', 'DATE', '2008'),
    ('the end of 2009', 'DATE', '2009|2009-12'),
    ('December', 'DATE', '2008-12'),
    ('the first quarter', 'DATE', '2009-Q1'),
    ('a year earlier', 'DATE', '2008-Q1'),
    ('the fourth quarter', 'DATE', '2008-Q4'),
    ('the first quarter of 2008', 'DATE', '2008-Q1'),
    ('February', 'DATE', '2009-02'),
    ('March', 'DATE', '2009-03'),
    ('Wednesday morning', 'DATE|TIME', '2009-04-22TMO'),
    ('June', 'DATE', '2008-06'),
    ('the second half', 'DATE', '2009-H2'),
    ('2010', 'DATE', '2010'),
    ('Wednesday', 'DATE', '2009-04-22'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('March 6', 'DATE', '2009-03-06'),
    ('the end of the third quarter', 'DATE', '2009-Q3'),
    ('last fall', 'DATE', '2008-FA'),
    ('quarterly', 'SET', 'P3M|P1Q'),
    ('January', 'DATE', '2009-01'),
    ('May 4', 'DATE', '2009-05-04'),
    ('the end of next week', 'DATE', '2009-W18'),
    ('next year', 'DATE', '2010'),
    ('Tuesday', 'DATE', '2009-04-21'),
    ('2004', 'DATE', '2004'),
    ('2007', 'DATE', '2007'),
    ('at least a year', 'DURATION', 'P1Y'),
    ('1868', 'DATE', '1868'),
    ('every year', 'SET', 'P1Y'),
    ('1991', 'DATE', '1991'),
]),

# 6. The Times (London), courts (2011)
('2011-06-08', 'auto', """Solicitor who stole £4m from elderly clients to buy racehorses is jailed

Helen Carr Crime Correspondent

A solicitor who siphoned more than £4 million from the accounts of elderly clients to pay for racehorses and a villa in the Algarve was jailed for nine years yesterday.

Graham Pettifer, 58, stole from 37 clients, many of them suffering from dementia, between 2003 and 2009 while running a two-partner practice in Harrogate, North Yorkshire, Leeds Crown Court was told.

Sentencing him, Judge Michael Ashworth, QC, said: "Your clients trusted you with everything they had. For six years you treated their savings as your own private bank."

The court heard that Pettifer moved money out of client accounts every week. On Christmas Eve 2008 alone he transferred £62,000, calculating that relatives would be too busy to look at bank statements.

The fraud came to light in March 2009, when the daughter of one victim noticed that £180,000 had disappeared from her mother's account over the previous 18 months. The Solicitors Regulation Authority closed the firm the following month and Pettifer was struck off in 2010. He pleaded guilty in January to 14 counts of fraud and three of false accounting.

Rachel Osei, for the prosecution, told the court on Monday that only £1.1 million had been recovered. A confiscation hearing will be held in the autumn.

Pettifer, a former amateur jockey who rode in point-to-point races in the 1980s, bought his first horse in 2004 and at one stage owned eleven, kept at a yard near Malton. Two of them won races at York in the summer of 2007.

His counsel, Peter Lyle, said that his client had been under intense financial pressure since the collapse of a property venture in the early 1990s and had always intended to repay the money. "He is a broken man," Mr Lyle said. "He has not slept properly for two years."

Outside court, Margaret Hale, 61, whose mother lost £240,000, said: "Mum died last year without ever knowing whether she would see a penny of it back. This doesn't change that, but at least he won't be doing it to anyone else."

The Law Society said yesterday that claims on its compensation fund, which reimburses the clients of dishonest solicitors, had risen by a third over the past year. The fund paid out £25.3 million in 2010.

The regulator will introduce tougher rules on the monitoring of client accounts from October 6, when its new system of outcomes-focused regulation comes into force.
""", [
    ('nine years', 'DURATION', 'P9Y'),
    ('yesterday', 'DATE', '2011-06-07'),
    ('2003', 'DATE', '2003'),
    ('2009', 'DATE', '2009'),
    ('six years', 'DURATION', 'P6Y'),
    ('every week', 'SET', 'P1W'),
    ('Christmas Eve 2008', 'DATE', '2008-12-24'),
    ('March 2009', 'DATE', '2009-03'),
    ('the previous 18 months', 'DURATION', 'P18M'),
    ('the following month', 'DATE', '2009-04'),
    ('2010', 'DATE', '2010'),
    ('January', 'DATE', '2011-01'),
    ('Monday', 'DATE', '2011-06-06'),
    ('the autumn', 'DATE', '2011-FA'),
    ('the 1980s', 'DATE', '198'),
    ('2004', 'DATE', '2004'),
    ('the summer of 2007', 'DATE', '2007-SU'),
    ('the early 1990s', 'DATE', '199'),
    ('two years', 'DURATION', 'P2Y'),
    ('last year', 'DATE', '2010'),
    ('yesterday', 'DATE', '2011-06-07'),
    ('the past year', 'DURATION', 'P1Y'),
    ('2010', 'DATE', '2010'),
    ('October 6', 'DATE', '2011-10-06'),
]),

# 7. The Sydney Morning Herald, sport (2015)
('2015-01-27', 'auto', """Manly forward suspended for six weeks over Australia Day incident

Tom Rowley

Manly forward Josh Vatuvei will miss the start of the NRL season after the club suspended him for six weeks on Tuesday over an alcohol-fuelled incident at a Dee Why hotel on Australia Day.

Police were called to the hotel about 11.30pm on Monday after a scuffle between Vatuvei, 24, and another patron. No charges were laid, but the Sea Eagles said he had breached the club's code of conduct, which bans players from drinking during pre-season training.

"We made it clear to the whole squad before Christmas what we expected of them over the break," Manly chief executive Lyall Denton told a press conference at Brookvale Oval on Tuesday afternoon. "Josh has let himself and his teammates down."

The ban rules Vatuvei out of Manly's two trial matches next month and the season opener at home on Saturday, March 7. He has also been fined $20,000, half of it suspended, and must attend counselling sessions weekly until the end of April.

It is the second off-field incident involving a Manly player in the past month, after a young winger was charged with drink-driving on New Year's Day.

Vatuvei, who joined Manly from the Warriors at the end of 2012, played 22 games last season and was named the club's best forward at its awards dinner in September. His contract runs until the end of 2016, and the club had been in talks over an extension since November. Denton said on Tuesday those negotiations were now "on hold".

Coach Geoff Harland, who has lost three senior players to injury since the squad returned to training in early November, said Vatuvei would continue to train with the team. "He'll be back for round two and he'll be hungrier than anyone," Harland said.

The NRL's integrity unit said it would review the matter in the coming days but was unlikely to impose further sanctions.

Players return to full training tomorrow after a two-day break.

Manly, premiers in 2011, were eliminated in the finals last year. The club's members will vote on a new board at a general meeting in March.
""", [
    ('six weeks', 'DURATION', 'P6W'),
    ('Australia Day', 'DATE', '2015-01-26'),
    ('six weeks', 'DURATION', 'P6W'),
    ('Tuesday', 'DATE', '2015-01-27'),
    ('Australia Day', 'DATE', '2015-01-26'),
    ('about 11.30pm on Monday', 'TIME', '2015-01-26T23:30'),
    ('Christmas', 'DATE', '2014-12-25'),
    ('Tuesday afternoon', 'DATE|TIME', '2015-01-27TAF'),
    ('next month', 'DATE', '2015-02'),
    ('Saturday, March 7', 'DATE', '2015-03-07'),
    ('weekly', 'SET', 'P1W'),
    ('the end of April', 'DATE', '2015-04'),
    ('the past month', 'DURATION', 'P1M'),
    ("New Year's Day", 'DATE', '2015-01-01'),
    ('the end of 2012', 'DATE', '2012|2012-12'),
    ('last season', 'DATE', '2014'),
    ('September', 'DATE', '2014-09'),
    ('the end of 2016', 'DATE', '2016|2016-12'),
    ('November', 'DATE', '2014-11'),
    ('Tuesday', 'DATE', '2015-01-27'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('early November', 'DATE', '2014-11'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('tomorrow', 'DATE', '2015-01-28'),
    ('two-day', 'DURATION', 'P2D'),
    ('2011', 'DATE', '2011'),
    ('last year', 'DATE', '2014'),
    ('March', 'DATE', '2015-03'),
]),

# 8. AP, science (2017)
('2017-08-22', 'auto', """Scientists sift trove of eclipse data, already eye 2024

By LAURA KESSLER, AP Science Writer

BOULDER, Colo. (AP) — Scientists who chased Monday's total solar eclipse from Oregon to South Carolina said Tuesday they had gathered enough images of the sun's outer atmosphere to keep them busy for years.

The moon's shadow took about an hour and a half to cross the continent. The longest stretch of totality, 2 minutes and 40 seconds, came near Carbondale, Illinois.

At the National Center for Atmospheric Research in Boulder, solar physicist Maya Okafor said cameras aboard two high-altitude jets that flew along the path of the eclipse had captured the corona for about seven and a half minutes in total, far longer than any observer on the ground.

"We've been planning this since 2014, and it worked better than we dared hope," Okafor said. "Now the hard part starts."

Researchers hope the images will help explain why the corona is hundreds of times hotter than the sun's visible surface, a puzzle that has stumped astronomers for decades.

A citizen-science project called the Eclipse Megamovie said it had received more than 50,000 photos by Tuesday morning and would release its first time-lapse film next month. Organizers said volunteers would review the images in shifts every evening through Labor Day.

In Wyoming, transportation officials estimated that visitors had nearly doubled the state's population of about 580,000 on Monday. Some drivers heading south on Interstate 25 toward Denver were stuck in traffic for more than 10 hours Monday night and early Tuesday.

The last eclipse to sweep across the country from coast to coast was in 1918, and many of Monday's viewers were seeing totality for the first time.

The next total solar eclipse visible in the U.S. will come on April 8, 2024, when the path will run from Texas to Maine. Carbondale, which lies in both paths, is already promoting itself as the "Eclipse Crossroads of America."

NASA, which funded 11 eclipse research projects this year, said it would begin taking proposals for the 2024 eclipse in about three years.

"Seven years goes by fast," Okafor said. "For a scientist, that's not a lot of time."
""", [
    ('2024', 'DATE', '2024'),
    ('Monday', 'DATE', '2017-08-21'),
    ('Tuesday', 'DATE', '2017-08-22'),
    ('years', 'DURATION', 'PXY'),
    ('about an hour and a half', 'DURATION', 'PT1H30M|PT90M'),
    ('2 minutes and 40 seconds', 'DURATION', 'PT2M40S'),
    ('about seven and a half minutes', 'DURATION', 'PT7M30S'),
    ('2014', 'DATE', '2014'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('Tuesday morning', 'DATE|TIME', '2017-08-22TMO'),
    ('next month', 'DATE', '2017-09'),
    ('every evening', 'SET', 'XXXX-XX-XXTEV|P1D'),
    ('Labor Day', 'DATE', '2017-09-04'),
    ('Monday', 'DATE', '2017-08-21'),
    ('more than 10 hours', 'DURATION', 'PT10H'),
    ('Monday night', 'DATE|TIME', '2017-08-21TNI'),
    ('early Tuesday', 'DATE', '2017-08-22'),
    ('1918', 'DATE', '1918'),
    ('Monday', 'DATE', '2017-08-21'),
    ('April 8, 2024', 'DATE', '2024-04-08'),
    ('this year', 'DATE', '2017'),
    ('2024', 'DATE', '2024'),
    ('about three years', 'DURATION', 'P3Y'),
    ('Seven years', 'DURATION', 'P7Y'),
]),

# 9. Reuters, politics (2019)
('2019-10-30', 'auto', """UK heads for December election after lawmakers back Johnson

LONDON (Reuters) - Britain will hold its first December election since 1923 after lawmakers backed Prime Minister Boris Johnson's call for an early poll on Dec. 12, a vote he hopes will break the parliamentary deadlock over Brexit.

The House of Commons voted 438-20 on Tuesday evening to approve the election, which will be the third national vote in less than five years. The legislation goes to the House of Lords, parliament's unelected upper chamber, on Wednesday and is expected to become law by the end of the week.

Johnson, who took office in July promising to take Britain out of the European Union by Oct. 31, was forced to seek a delay after parliament refused to fast-track the divorce deal he struck with Brussels on Oct. 17. EU leaders on Monday agreed to push back the deadline to Jan. 31, 2020, though Britain could leave earlier if the deal is ratified.

Lawmakers had rejected by 315 votes to 295 an opposition amendment that would have held the election on Dec. 9 instead.

Parliament will be dissolved at one minute past midnight on Nov. 6, leaving parties five weeks of formal campaigning. Candidates must be nominated by 4 p.m. on Nov. 14, and the deadline to register to vote is Nov. 26.

Opinion polls put Johnson's Conservatives about 10 points ahead of the main opposition Labour Party, but pollsters cautioned that the last two elections had produced surprises. In 2017, Johnson's predecessor Theresa May called an early vote expecting a landslide and instead lost her majority.

"Nobody should assume they know how this ends," said one senior Conservative lawmaker, who asked not to be named. "Six weeks is a very long time in politics."

Labour leader Jeremy Corbyn, who for weeks had refused to back an election until the risk of leaving the EU without a deal was removed, said on Tuesday his party would fight "the most ambitious and radical campaign" in its history.

An election in December 1923 produced a hung parliament and brought Britain's first Labour government to power the following month.

Sterling was steady at around $1.29 on Wednesday, having gained about 5 percent since early October on hopes that a disorderly Brexit would be avoided.
""", [
    ('December', 'DATE', '2019-12'),
    ('December', 'DATE', '2019-12'),
    ('1923', 'DATE', '1923'),
    ('Dec. 12', 'DATE', '2019-12-12'),
    ('Tuesday evening', 'DATE|TIME', '2019-10-29TEV'),
    ('less than five years', 'DURATION', 'P5Y'),
    ('Wednesday', 'DATE', '2019-10-30'),
    ('the end of the week', 'DATE', '2019-W44'),
    ('July', 'DATE', '2019-07'),
    ('Oct. 31', 'DATE', '2019-10-31'),
    ('Oct. 17', 'DATE', '2019-10-17'),
    ('Monday', 'DATE', '2019-10-28'),
    ('Jan. 31, 2020', 'DATE', '2020-01-31'),
    ('Dec. 9', 'DATE', '2019-12-09'),
    ('one minute past midnight on Nov. 6', 'TIME', '2019-11-06T00:01'),
    ('five weeks', 'DURATION', 'P5W'),
    ('4 p.m. on Nov. 14', 'TIME', '2019-11-14T16:00'),
    ('Nov. 26', 'DATE', '2019-11-26'),
    ('2017', 'DATE', '2017'),
    ('Six weeks', 'DURATION', 'P6W'),
    ('weeks', 'DURATION', 'PXW'),
    ('Tuesday', 'DATE', '2019-10-29'),
    ('December 1923', 'DATE', '1923-12'),
    ('the following month', 'DATE', '1924-01'),
    ('Wednesday', 'DATE', '2019-10-30'),
    ('early October', 'DATE', '2019-10'),
]),

# 10. AFP, sport (2021)
('2021-07-26', 'auto', """Olympics: Surfers rush to catch storm swell as typhoon reshuffles Tokyo schedule

Tokyo (AFP) - Olympic surfing finals were brought forward to Tuesday to take advantage of big waves whipped up by an approaching tropical storm, organisers said on Monday, as the weather forced another reshuffle of the Tokyo Games schedule.

Tropical Storm Nepartak is expected to make landfall north of Tokyo late Tuesday or early Wednesday, Japan's weather agency said, bringing heavy rain and gusts of up to 90 kilometres (56 miles) per hour.

Rowing races scheduled for Tuesday were moved on Saturday to Sunday and Monday, and archery officials said they were checking the forecast hourly.

Competition at Tsurigasaki beach, about 100 kilometres east of Tokyo, began on Sunday in small, messy waves. The quarter-finals, semi-finals and medal heats for men and women will all be held in a single session, with the first heat due to start at 7am on Tuesday.

"It's going to be big and it's going to be messy, but it'll be real surf at last," said Tom Mahler, a coach with the US team. "We've been preparing for this for five years. Nobody wanted an Olympic final decided in knee-high waves."

Surfing is one of four sports making their Olympic debut in Tokyo, along with skateboarding, sport climbing and karate.

The Games, postponed last year because of the coronavirus pandemic, are being held almost entirely without spectators, with the Japanese capital under a virus state of emergency until August 22.

Organisers on Monday reported 16 new Covid-19 cases linked to the Games, bringing the total since July 1 to 148.

Athletes have also complained of stifling heat and humidity, with temperatures above 30 degrees Celsius every day since the opening ceremony on Friday. Several tennis players have asked organisers to push back match start times.

The men's triathlon, held at 6:30am on Monday to avoid the worst of the heat, was won by Norway's Kristian Blummenfelt, who collapsed after crossing the line.

The Games close on August 8, and the Paralympics open on August 24.
""", [
    ('Tuesday', 'DATE', '2021-07-27'),
    ('Monday', 'DATE', '2021-07-26'),
    ('late Tuesday', 'DATE', '2021-07-27'),
    ('early Wednesday', 'DATE', '2021-07-28'),
    ('Tuesday', 'DATE', '2021-07-27'),
    ('Saturday', 'DATE', '2021-07-24'),
    ('Sunday', 'DATE', '2021-07-25'),
    ('Monday', 'DATE', '2021-07-26'),
    ('hourly', 'SET', 'PT1H'),
    ('Sunday', 'DATE', '2021-07-25'),
    ('7am on Tuesday', 'TIME', '2021-07-27T07:00'),
    ('five years', 'DURATION', 'P5Y'),
    ('last year', 'DATE', '2020'),
    ('August 22', 'DATE', '2021-08-22'),
    ('Monday', 'DATE', '2021-07-26'),
    ('July 1', 'DATE', '2021-07-01'),
    ('every day', 'SET', 'P1D'),
    ('Friday', 'DATE', '2021-07-23'),
    ('6:30am on Monday', 'TIME', '2021-07-26T06:30'),
    ('August 8', 'DATE', '2021-08-08'),
    ('August 24', 'DATE', '2021-08-24'),
]),

# 11. The Washington Post, courts (2022)
('2022-12-09', 'auto', """Driver convicted in 2020 crash that killed cyclist on River Road

By Dana Whitcomb

A Montgomery County jury on Thursday convicted a Potomac man of vehicular manslaughter in the 2020 crash that killed a cyclist on River Road, rejecting his claim that the glare of the rising sun had blinded him just before impact.

Jurors deliberated for about 11 hours over two days before returning the verdict late Thursday afternoon against Kevin L. Marsh, 44. He faces a maximum of 10 years in prison when he is sentenced March 3 by Circuit Court Judge Evelyn Park.

Prosecutors said Marsh was driving at least 58 mph in a 40-mph zone at about 6:50 a.m. on Aug. 14, 2020, when his SUV struck Daniel Ostrow, 36, a Bethesda architect who was riding his bicycle to work. Ostrow died at the scene.

"This was not an accident in any meaningful sense of the word," Assistant State's Attorney Megan Loftus told jurors in closing arguments Wednesday. "He was looking at his phone."

Phone records introduced during the nine-day trial showed that Marsh sent a text message 14 seconds before the collision. His attorney, Robert Haines, argued that the message had been dictated by voice and that Marsh's eyes never left the road. A defense expert in crash reconstruction testified Tuesday that the sun sat almost directly in the eastbound driver's line of sight.

The jury acquitted Marsh on a separate charge of reckless driving.

Outside the courthouse in Rockville, Ostrow's widow, Hannah, said the family had waited more than two years for someone to hold Marsh responsible. "Nothing that happened in that courtroom brings Danny back," she said. "But it matters that twelve people said it out loud."

Marsh, who had been free on bond since his arrest in September 2020, was taken into custody after the verdict. Haines said he would ask the judge to set aside the verdict at a hearing scheduled for 10 a.m. Jan. 6, and would appeal if that failed.

The crash prompted the county to lower the speed limit on that stretch of River Road to 35 mph in the spring of 2021, and speed cameras were installed there last month.

Cyclist deaths in the Washington region have risen in recent years, with 17 killed in 2021, the most in more than a decade, according to the Metropolitan Washington Council of Governments. Advocates with the Washington Area Bicyclist Association, who filled two rows of the courtroom every day of the trial, said they hoped the verdict would send a message to drivers.
""", [
    ('2020', 'DATE', '2020'),
    ('Thursday', 'DATE', '2022-12-08'),
    ('2020', 'DATE', '2020'),
    ('about 11 hours', 'DURATION', 'PT11H'),
    ('two days', 'DURATION', 'P2D'),
    ('late Thursday afternoon', 'DATE|TIME', '2022-12-08TAF'),
    ('10 years', 'DURATION', 'P10Y'),
    ('March 3', 'DATE', '2023-03-03'),
    ('about 6:50 a.m. on Aug. 14, 2020', 'TIME', '2020-08-14T06:50'),
    ('Wednesday', 'DATE', '2022-12-07'),
    ('nine-day', 'DURATION', 'P9D'),
    ('14 seconds', 'DURATION', 'PT14S'),
    ('Tuesday', 'DATE', '2022-12-06'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('September 2020', 'DATE', '2020-09'),
    ('10 a.m. Jan. 6', 'TIME', '2023-01-06T10:00'),
    ('the spring of 2021', 'DATE', '2021-SP'),
    ('last month', 'DATE', '2022-11'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('2021', 'DATE', '2021'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('every day', 'SET', 'P1D'),
]),

# 12. The Sydney Morning Herald, disasters (2024)
('2024-02-14', 'auto', """Total fire ban for Sydney as 42-degree scorcher forecast for Friday

By Priya Nair

Residents of Sydney's west have been told to prepare for temperatures above 40 degrees on Friday as NSW braces for its most dangerous fire conditions in years, with a total fire ban declared for Greater Sydney, the Hunter and the Central Ranges from midnight Thursday.

The Rural Fire Service said on Wednesday that 43 fires were burning across the state, 11 of them uncontained, including a 2000-hectare blaze near Bulga in the Hunter Valley that has been burning since Sunday.

"Friday is shaping up as the worst day we've seen in four years," RFS Superintendent Karen Doyle said. "If you live on the edge of the bush and you haven't got a plan, you need to make one today."

The Bureau of Meteorology is forecasting a top of 42 degrees in Penrith and 36 in the city on Friday before a gusty southerly change reaches the coast in the late afternoon. Fire danger is forecast to be extreme in the Greater Hunter and high to extreme elsewhere.

Sydney sweltered through a humid Valentine's Day, with the temperature at Observatory Hill reaching 33.4 degrees at 2.10pm. About 12,000 homes in the Hunter lost power on Tuesday night after thunderstorms brought down lines near Cessnock, and Ausgrid said some customers might not be reconnected until Thursday.

The Department of Education said 24 schools in fire-prone areas would close on Friday. The RFS updates its fire danger ratings twice a day and urged residents to keep checking its Fires Near Me app.

It has been a relatively quiet fire season so far after La Nina brought flooding rain to much of the state from 2020 to 2022. But the bureau declared an El Nino in September, and the RFS warned in October that grass growth over the past three years had left a heavy fuel load across western Sydney and the Hunter.

Hazard reduction burns that had been scheduled for this week in the Blue Mountains have been postponed until autumn.

Some relief is on the way. Cooler conditions are forecast for the weekend, with showers expected on Sunday.
""", [
    ('Friday', 'DATE', '2024-02-16'),
    ('Friday', 'DATE', '2024-02-16'),
    ('years', 'DURATION', 'PXY'),
    ('midnight Thursday', 'TIME', '2024-02-15T24:00|2024-02-16T00:00|2024-02-15T00:00'),
    ('Wednesday', 'DATE', '2024-02-14'),
    ('Sunday', 'DATE', '2024-02-11'),
    ('Friday', 'DATE', '2024-02-16'),
    ('four years', 'DURATION', 'P4Y'),
    ('today', 'DATE', '2024-02-14'),
    ('Friday', 'DATE', '2024-02-16'),
    ('the late afternoon', 'DATE|TIME', '2024-02-16TAF'),
    ("Valentine's Day", 'DATE', '2024-02-14'),
    ('2.10pm', 'TIME', '2024-02-14T14:10'),
    ('Tuesday night', 'DATE|TIME', '2024-02-13TNI'),
    ('Thursday', 'DATE', '2024-02-15'),
    ('Friday', 'DATE', '2024-02-16'),
    ('twice a day', 'SET', 'P1D'),
    ('2020', 'DATE', '2020'),
    ('2022', 'DATE', '2022'),
    ('September', 'DATE', '2023-09'),
    ('October', 'DATE', '2023-10'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('this week', 'DATE', '2024-W07'),
    ('autumn', 'DATE', '2024-FA'),
    ('the weekend', 'DATE', '2024-W07-WE'),
    ('Sunday', 'DATE', '2024-02-18'),
]),
]
