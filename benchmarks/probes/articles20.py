# Gold TIMEX3 probe set 20: twelve news articles of 2011-2014 in the styles of AP, Reuters, AFP, BBC, CNN, the Guardian and the New York Times, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, storm (2011)
('2011-09-07', 'auto', """Storm-weary Gulf Coast begins cleanup as floodwaters linger

MOBILE, Ala. (AP) — Residents of the Alabama and Mississippi coast waded back into flooded neighborhoods on Wednesday as the remnants of Tropical Storm Marisol drifted inland, leaving more than 140,000 homes and businesses without power and at least four people dead.

The storm came ashore early Monday near Bayou La Batre with sustained winds of 65 mph, then stalled over the region for nearly two days, dumping as much as 14 inches of rain. It was the wettest storm to hit the area since Hurricane Danny in July 1997, forecasters said.

"We had water in the living room by Sunday night, and it just kept coming," said Darlene Pruitt, 58, who rode out the storm with her husband and two grandchildren in their one-story house in Grand Bay. "I've lived here 30 years and never seen it come up like that."

The deaths included a 71-year-old man whose pickup was swept off a county road near Citronelle on Monday night and a woman killed when an oak tree fell on her home in Pascagoula, Miss., late Sunday, authorities said.

Alabama Power said crews had restored service to about 60,000 customers since Tuesday morning but warned that some rural areas could stay dark through the weekend. Spokesman Michael Sands said 1,200 line workers from seven states were on the ground.

"Our priority now is the hospitals and the water plants," Sands said. "After that we go street by street."

Mississippi's governor declared a state of emergency for six coastal counties on Saturday, before the storm made landfall, and said Wednesday he would seek a federal disaster declaration. Teams from the Federal Emergency Management Agency arrived Tuesday to begin assessing damage.

The National Weather Service said flash flood warnings would remain in effect until 7 p.m. Thursday for parts of southern Mississippi, where several rivers were not expected to crest until the weekend. Another band of showers could move through Thursday afternoon, forecaster Jill Ames said.

Mobile County schools will stay closed through Friday, and officials hope to reopen them next week. Many families spent Labor Day bailing water out of their homes instead of grilling at the beach.

Forecasters had tracked the system for more than a week as it crept across the Gulf of Mexico, and emergency managers said the long warning saved lives. Still, Ames said, slow-moving storms that sit over one place and pour rain have become a growing worry in recent years.

"People think of the wind first," she said. "But the water is what gets you."
""", [
    ('Wednesday', 'DATE', '2011-09-07'),
    ('early Monday', 'DATE', '2011-09-05'),
    ('nearly two days', 'DURATION', 'P2D'),
    ('July 1997', 'DATE', '1997-07'),
    ('Sunday night', 'DATE|TIME', '2011-09-04TNI'),
    ('30 years', 'DURATION', 'P30Y'),
    ('Monday night', 'DATE|TIME', '2011-09-05TNI'),
    ('late Sunday', 'DATE', '2011-09-04'),
    ('Tuesday morning', 'DATE|TIME', '2011-09-06TMO'),
    ('the weekend', 'DATE', '2011-W36-WE'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Saturday', 'DATE', '2011-09-03'),
    ('Wednesday', 'DATE', '2011-09-07'),
    ('Tuesday', 'DATE', '2011-09-06'),
    ('7 p.m. Thursday', 'TIME', '2011-09-08T19:00'),
    ('the weekend', 'DATE', '2011-W36-WE'),
    ('Thursday afternoon', 'DATE|TIME', '2011-09-08TAF'),
    ('Friday', 'DATE', '2011-09-09'),
    ('next week', 'DATE', '2011-W37'),
    ('Labor Day', 'DATE', '2011-09-05'),
    ('more than a week', 'DURATION', 'P1W'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
]),

# 2. Reuters, markets (2013)
('2013-06-21', 'auto', """US stocks claw back some losses after Fed rout; yields climb

NEW YORK, June 21 (Reuters) - U.S. stocks edged higher on Friday, recovering a sliver of the ground lost in a sharp selloff sparked by the Federal Reserve's signal that it could start winding down its stimulus later this year.

The Dow Jones industrial average rose 41.08 points, or 0.28 percent, to 14,799.40. The S&P 500 gained 4.93 points, or 0.31 percent, to 1,593.12, and the Nasdaq Composite added 6.77 points, or 0.2 percent, to 3,371.55.

Even with the bounce, the S&P 500 was on track to lose about 2 percent this week, its worst performance since early April.

Fed Chairman Ben Bernanke said on Wednesday that the central bank could begin to trim its $85 billion in monthly bond purchases later this year and halt them around the middle of 2014 if the economy improved as expected.

Stocks tumbled on Wednesday and Thursday. The S&P 500 fell 2.5 percent on Thursday alone, its steepest drop since November 2011.

"The market had gotten very comfortable with the idea that the Fed would keep buying indefinitely," said Michael Orr, chief investment strategist at Halvard Capital in Boston. "Now it has a timetable to think about, and it's repricing everything at once."

Treasuries extended their slide. The yield on the benchmark Treasury note rose as high as 2.47 percent, its highest level in nearly two years, up from 2.18 percent a week ago.

Emerging markets bore the brunt of the selling. Investors have pulled money from emerging-market bond funds for four straight weeks, data from EPFR Global showed, and Brazil's real hit its weakest level against the dollar since 2009.

Among individual stocks, Oracle Corp shares slid 9 percent after the software maker reported weak sales late Thursday and said growth would stay sluggish in fiscal 2014, which began June 1.

The session also coincided with the quarterly expiration of options and futures contracts, which typically brings heavy volume. With the second quarter ending next week, some fund managers were reluctant to add risk, traders said.

"I'd expect choppy trading through the summer," Orr said. "The Fed isn't going anywhere, but the era of free money is clearly ending."

Over the past four years, the S&P 500 has more than doubled from its March 2009 low, helped largely by three rounds of Fed bond buying. Many strategists had warned that a correction was overdue.
""", [
    ('June 21', 'DATE', '2013-06-21'),
    ('Friday', 'DATE', '2013-06-21'),
    ('later this year', 'DATE', '2013'),
    ('this week', 'DATE', '2013-W25'),
    ('early April', 'DATE', '2013-04'),
    ('Wednesday', 'DATE', '2013-06-19'),
    ('monthly', 'SET', 'P1M'),
    ('later this year', 'DATE', '2013'),
    ('the middle of 2014', 'DATE', '2014'),
    ('Wednesday', 'DATE', '2013-06-19'),
    ('Thursday', 'DATE', '2013-06-20'),
    ('Thursday', 'DATE', '2013-06-20'),
    ('November 2011', 'DATE', '2011-11'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('a week ago', 'DATE', '2013-W24|2013-06-14'),
    ('four straight weeks', 'DURATION', 'P4W'),
    ('2009', 'DATE', '2009'),
    ('late Thursday', 'DATE', '2013-06-20'),
    ('fiscal 2014', 'DATE', 'FY2014|2014'),
    ('June 1', 'DATE', '2013-06-01'),
    ('quarterly', 'SET', 'P3M'),
    ('the second quarter', 'DATE', '2013-Q2'),
    ('next week', 'DATE', '2013-W26'),
    ('the summer', 'DATE', '2013-SU'),
    ('the past four years', 'DURATION', 'P4Y'),
    ('March 2009', 'DATE', '2009-03'),
]),

# 3. AFP, diplomacy (2014)
('2014-02-10', 'auto', """Syria foes return to Geneva with hopes low

GENEVA, Feb 10, 2014 (AFP) - Syria's government and opposition began a second round of UN-brokered peace talks in Geneva on Monday, with little sign that either side was ready to give ground after nearly three years of war.

UN mediator Lakhdar Brahimi met the regime delegation in the morning and was due to see the opposition team in the afternoon, a UN spokeswoman said, adding that no face-to-face session was planned before Tuesday.

The first round, which opened in the Swiss town of Montreux on January 22 and ended in Geneva on January 31, produced no agreement beyond a pledge to keep talking.

"We are not expecting miracles this week," a Western diplomat said on condition of anonymity. "If they agree on an agenda by Friday, that will already be something."

The talks resumed as a humanitarian pause in the besieged city of Homs, which began on Friday, was extended by three days. More than 600 civilians have been evacuated from the rebel-held Old City since the weekend, according to the Syrian Arab Red Crescent, though an aid convoy came under mortar fire on Saturday.

An opposition spokesman told reporters late Sunday that the delegation would press for a transitional governing body with full executive powers, as set out in the Geneva communique of June 2012.

"The regime has had nearly two years to accept that document, and it has come back with nothing," he said.

Government negotiators insist the priority now is the fight against "terrorism", a term Damascus uses for all armed opponents of President Bashar al-Assad.

The conflict, which erupted in March 2011 with peaceful protests against Assad's rule, has killed more than 136,000 people, according to the Syrian Observatory for Human Rights. Millions more have fled their homes, many of them over the past year alone.

US Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov, whose governments sponsored the conference, are expected to speak by telephone later this week, a State Department official said.

Western capitals are also pressing Damascus over its chemical weapons. Under a deal reached in September, Syria was to ship its most dangerous chemical agents out of the country by December 31, but only two small consignments have left the port of Latakia.

Diplomats said Brahimi hopes to hold a third round in March, but several warned privately that the process could drag on for months without producing a ceasefire.

"Everyone knows the real decisions are not being taken in this building," one Arab diplomat said.
""", [
    ('Feb 10, 2014', 'DATE', '2014-02-10'),
    ('Monday', 'DATE', '2014-02-10'),
    ('nearly three years', 'DURATION', 'P3Y'),
    ('the morning', 'DATE|TIME', '2014-02-10TMO'),
    ('the afternoon', 'DATE|TIME', '2014-02-10TAF'),
    ('Tuesday', 'DATE', '2014-02-11'),
    ('January 22', 'DATE', '2014-01-22'),
    ('January 31', 'DATE', '2014-01-31'),
    ('this week', 'DATE', '2014-W07'),
    ('Friday', 'DATE', '2014-02-14'),
    ('Friday', 'DATE', '2014-02-07'),
    ('three days', 'DURATION', 'P3D'),
    ('the weekend', 'DATE', '2014-W06-WE'),
    ('Saturday', 'DATE', '2014-02-08'),
    ('late Sunday', 'DATE', '2014-02-09'),
    ('June 2012', 'DATE', '2012-06'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('March 2011', 'DATE', '2011-03'),
    ('the past year', 'DURATION', 'P1Y'),
    ('later this week', 'DATE', '2014-W07'),
    ('September', 'DATE', '2013-09'),
    ('December 31', 'DATE', '2013-12-31'),
    ('March', 'DATE', '2014-03'),
    ('months', 'DURATION', 'PXM'),
]),

# 4. BBC, central bank decision (2013)
('2013-11-07', 'auto', """Bank of England holds interest rates at record low

7 November 2013 Last updated at 12:07 GMT

The Bank of England has kept interest rates at a record low of 0.5% for another month, amid growing signs that the UK recovery is gathering pace.

The Bank's Monetary Policy Committee (MPC) also voted to keep its quantitative easing (QE) programme unchanged at £375bn. The decision, announced at noon, had been widely expected.

Rates have been held at 0.5% since March 2009, when the Bank cut them to the lowest level since it was founded in 1694.

In August, the Bank's new governor, Mark Carney, said it would not consider raising rates until unemployment fell to 7%, something it predicted would take about three years.

But the economy has grown faster than expected in recent months. Official figures released last month showed growth of 0.8% in the third quarter, the fastest rate in three years.

Unemployment currently stands at 7.7%, and some economists now think the 7% threshold could be reached as early as 2015.

"The MPC is firmly in wait-and-see mode," said Rachel Hollis, chief economist at the consultancy Brecon Partners. "They will want to set out the fuller picture next week before saying anything about the timing of the first rise."

The Bank will publish its quarterly Inflation Report next Wednesday, with updated forecasts for growth, inflation and unemployment. Minutes of the meeting will be released on 20 November.

The housing market has also picked up sharply. The Nationwide building society said last week that house prices rose 0.9% in October, their sixth rise in a row.

Some analysts have warned that the government's Help to Buy scheme, whose mortgage guarantee phase began last month, risks inflating a new bubble. The scheme is due to run until the end of 2016.

For savers, the decision means more of the same. Millions have seen the returns on their deposits eroded by inflation for more than four years.

"People who did the right thing and put money aside have been punished for years," said Anne Fenton, 67, a retired teacher from Leeds. "I keep hearing that things are getting better. I haven't seen it yet."

Most economists still expect the first rise in 2016, but financial markets are betting on an increase in early 2015.
""", [
    ('7 November 2013', 'DATE', '2013-11-07'),
    ('12:07 GMT', 'TIME', '2013-11-07T12:07'),
    ('another month', 'DURATION', 'P1M'),
    ('noon', 'TIME', '2013-11-07T12:00'),
    ('March 2009', 'DATE', '2009-03'),
    ('1694', 'DATE', '1694'),
    ('August', 'DATE', '2013-08'),
    ('about three years', 'DURATION', 'P3Y'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('last month', 'DATE', '2013-10'),
    ('the third quarter', 'DATE', '2013-Q3'),
    ('three years', 'DURATION', 'P3Y'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2015', 'DATE', '2015'),
    ('next week', 'DATE', '2013-W46'),
    ('quarterly', 'SET', 'P3M'),
    ('next Wednesday', 'DATE', '2013-11-13'),
    ('20 November', 'DATE', '2013-11-20'),
    ('last week', 'DATE', '2013-W44'),
    ('October', 'DATE', '2013-10'),
    ('last month', 'DATE', '2013-10'),
    ('the end of 2016', 'DATE', '2016|2016-12'),
    ('more than four years', 'DURATION', 'P4Y'),
    ('years', 'DURATION', 'PXY'),
    ('2016', 'DATE', '2016'),
    ('early 2015', 'DATE', '2015'),
]),

# 5. CNN, court ruling (2012)
('2012-05-15', 'auto', """Court tosses murder conviction of man who spent 17 years behind bars

(CNN) -- The Illinois Supreme Court on Tuesday threw out the murder conviction of a Chicago man who has spent 17 years in prison, ruling that detectives coerced his confession and that his trial lawyer failed to challenge key evidence.

Marcus Dell, now 41, was 24 when he was arrested in the fatal shooting of a convenience store clerk on the city's South Side in March 1995. He was convicted in 1997 and sentenced to 60 years.

In a 5-2 decision, the court said the confession Dell signed after being questioned for nearly 30 hours "cannot be reconciled with the most basic guarantees of due process."

"No reasonable jury, properly instructed and presented with the full record, would have convicted on this evidence," Justice Anne Kerrigan wrote for the majority.

The court gave prosecutors 90 days to decide whether to retry him. A spokeswoman for the Cook County state's attorney said Tuesday that the office was reviewing the ruling and would announce a decision in the coming weeks.

Dell's lawyers said they would ask a judge to release him on bond at a hearing set for 9:30 a.m. Friday. If the request is granted, he could be home before Memorial Day.

"I have visited him every Sunday for 17 years," his mother, Loretta Dell, 66, told CNN. "I always told him God had not forgotten him."

In a dissent, Justice Robert Hanley wrote that the majority had "substituted its own judgment for that of a jury that heard the witnesses firsthand," and noted that two witnesses had picked Dell out of a police lineup.

Dell's case drew wider attention in 2009, when a former detective testified in an unrelated case that officers in the same unit routinely kept suspects in windowless interview rooms for days.

A Cook County judge rejected Dell's petition for a new trial in 2010, and an appellate court upheld that ruling a year later.

"What's striking is not that the system got it wrong, but how long it took to admit it," said Laura Beckett, who teaches criminal procedure at Northwestern University School of Law. "The problems with this confession were visible from the start."

Illinois, which abolished the death penalty last year after a string of wrongful convictions, has recorded dozens of exonerations since 1989, according to researchers at Northwestern.

Dell, who earned a college degree behind bars, said in a statement released through his lawyers that he was "grateful but not yet free."

"I will believe it when I walk out the door," he said.
""", [
    ('17 years', 'DURATION', 'P17Y'),
    ('Tuesday', 'DATE', '2012-05-15'),
    ('17 years', 'DURATION', 'P17Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('March 1995', 'DATE', '1995-03'),
    ('1997', 'DATE', '1997'),
    ('60 years', 'DURATION', 'P60Y'),
    ('nearly 30 hours', 'DURATION', 'PT30H'),
    ('90 days', 'DURATION', 'P90D'),
    ('Tuesday', 'DATE', '2012-05-15'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('9:30 a.m. Friday', 'TIME', '2012-05-18T09:30'),
    ('Memorial Day', 'DATE', '2012-05-28'),
    ('every Sunday', 'SET', 'XXXX-WXX-7'),
    ('17 years', 'DURATION', 'P17Y'),
    ('2009', 'DATE', '2009'),
    ('days', 'DURATION', 'PXD'),
    ('2010', 'DATE', '2010'),
    ('a year later', 'DATE', '2011'),
    ('last year', 'DATE', '2011'),
    ('1989', 'DATE', '1989'),
]),

# 6. The Guardian, election (2014)
('2014-05-26', 'auto', """Ukip tops European poll in 'political earthquake'

Monday 26 May 2014 08.14 BST

Ukip has won the European elections in Britain, the first time since 1906 that a party other than Labour or the Conservatives has come first in a nationwide vote.

Nigel Farage's party took 27.5% of the vote and 24 of Britain's 73 seats in the European parliament, in results declared on Sunday night. Labour came second with 25.4%, narrowly ahead of the Conservatives, while the Liberal Democrats lost all but one of their MEPs.

Speaking at the count in Southampton, Farage said his party had produced "the most extraordinary result in British politics for 100 years" and would now turn its attention to winning seats at Westminster.

Voting in Britain took place on Thursday, alongside local elections in England and Northern Ireland, but counting was delayed until polls had closed across the EU at 10pm on Sunday. Turnout was about 36%, slightly up on five years ago.

The result piles pressure on all three main party leaders less than a year before the general election next May.

Nick Clegg faced renewed calls from within his own party to stand down on Monday, although he insisted he would lead the Liberal Democrats into the election.

Labour, which had hoped to top the poll, was left privately alarmed by the scale of Ukip's advance in its northern heartlands. "We have a year to win these people back, and so far we are failing," said one shadow cabinet minister, who asked not to be named.

David Cameron, who has promised an in-out referendum on EU membership by the end of 2017 if he wins the election next year, said on Monday that the message from voters had been received "loud and clear".

"Ukip has spent the past decade as a protest vehicle," said Dr Helen Marsh, a political scientist at the University of Nottingham. "The question now is whether it can hold on to these voters in a general election, when the stakes are very different."

Founded in 1993 to campaign for Britain's withdrawal from the EU, Ukip came second in the European elections in 2009 but has never won a seat in the Commons.

In Scotland, where voters will decide in September whether to become independent, Ukip won a seat for the first time.

Across the continent, anti-EU and far-right parties made big gains. In France, Marine Le Pen's Front National came first with about 25% of the vote, a result the prime minister, Manuel Valls, described as an earthquake.

EU leaders will meet in Brussels on Tuesday evening to begin discussing who should become the next president of the European commission.
""", [
    ('Monday 26 May 2014 08.14 BST', 'TIME', '2014-05-26T08:14'),
    ('1906', 'DATE', '1906'),
    ('Sunday night', 'DATE|TIME', '2014-05-25TNI'),
    ('100 years', 'DURATION', 'P100Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Thursday', 'DATE', '2014-05-22'),
    ('10pm on Sunday', 'TIME', '2014-05-25T22:00'),
    ('five years ago', 'DATE', '2009'),
    ('less than a year', 'DURATION', 'P1Y'),
    ('next May', 'DATE', '2015-05'),
    ('Monday', 'DATE', '2014-05-26'),
    ('a year', 'DURATION', 'P1Y'),
    ('the end of 2017', 'DATE', '2017|2017-12'),
    ('next year', 'DATE', '2015'),
    ('Monday', 'DATE', '2014-05-26'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1993', 'DATE', '1993'),
    ('2009', 'DATE', '2009'),
    ('September', 'DATE', '2014-09'),
    ('Tuesday evening', 'DATE|TIME', '2014-05-27TEV'),
]),

# 7. The New York Times, sports final (2013)
('2013-05-26', 'auto', """Bayern Finally Breaks Through, and Robben Finds Redemption

LONDON — For a year, Arjen Robben carried the weight of the penalty he missed. On Saturday night at Wembley Stadium, he finally set it down.

With regulation nearly over and the score tied, Robben slipped between two Borussia Dortmund defenders, steadied himself and rolled the ball past goalkeeper Roman Weidenfeller, giving Bayern Munich a 2-1 victory in the Champions League final.

It was an unfamiliar feeling for Bayern, which had lost two of the previous three finals: to Inter Milan in 2010 and, most painfully, to Chelsea last year in a penalty shootout at its own stadium in Munich. Robben's penalty in extra time of that match was saved.

"Losing in Munich last year was the worst moment of my career," Robben said. "Now it is gone."

Mario Mandzukic gave Bayern the lead from close range, and Ilkay Gundogan soon equalized for Dortmund from the penalty spot after Dante fouled Marco Reus.

The victory gave Bayern its fifth European title and its first since 2001. It was also the first all-German final since the tournament began in 1955.

For Jupp Heynckes, 68, the result was a fitting farewell. The veteran coach will step aside once the season ends and hand the job to Pep Guardiola, who agreed in January to take over and has spent the past year on sabbatical in New York.

Bayern, which clinched the Bundesliga title in early April, can complete a treble of league, cup and European titles when it faces VfB Stuttgart in the German Cup final in Berlin next Saturday.

For Dortmund, reaching the final was itself a remarkable achievement. The club won its only European Cup in 1997 and nearly went bankrupt in 2005, before Jurgen Klopp rebuilt it into a two-time German champion with one of the youngest squads in Europe.

"We will come back," Klopp told reporters, his voice hoarse. "This team is not finished."

But this summer could be painful for the club. Mario Gotze, whose move to Bayern was announced last month, missed the final with a hamstring injury and will join his new club in July, and Bayern is widely reported to be interested in the striker Robert Lewandowski as well.

Tens of thousands of Dortmund fans had traveled to London, many of them arriving Friday and spending the weekend in pubs around Wembley, singing long after the final whistle. Most were expected to be home by Monday.

For Robben, who turned 29 in January, the victory meant something simpler. "I just wanted one final where I was not the sad one," he said.
""", [
    ('a year', 'DURATION', 'P1Y'),
    ('Saturday night', 'DATE|TIME', '2013-05-25TNI'),
    ('2010', 'DATE', '2010'),
    ('last year', 'DATE', '2012'),
    ('last year', 'DATE', '2012'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('2001', 'DATE', '2001'),
    ('1955', 'DATE', '1955'),
    ('January', 'DATE', '2013-01'),
    ('the past year', 'DURATION', 'P1Y'),
    ('early April', 'DATE', '2013-04'),
    ('next Saturday', 'DATE', '2013-06-01'),
    ('1997', 'DATE', '1997'),
    ('2005', 'DATE', '2005'),
    ('this summer', 'DATE', '2013-SU'),
    ('last month', 'DATE', '2013-04'),
    ('July', 'DATE', '2013-07'),
    ('Friday', 'DATE', '2013-05-24'),
    ('the weekend', 'DATE', '2013-W21-WE'),
    ('Monday', 'DATE', '2013-05-27'),
    ('January', 'DATE', '2013-01'),
]),

# 8. Reuters, technology launch (2012)
('2012-09-12', 'auto', """Apple unveils thinner, faster iPhone 5 to fend off rivals

SAN FRANCISCO (Reuters) - Apple Inc unveiled a thinner, lighter iPhone with a bigger screen and faster wireless connections on Wednesday, seeking to keep its lead over Samsung Electronics and other rivals in the fiercely competitive smartphone market.

The iPhone 5, which will go on sale in the United States and eight other countries on September 21, has a 4-inch display and runs on high-speed 4G LTE networks. Customers can order the device from Friday, and Apple said it would be available in 100 countries by the end of the year.

Prices will start at $199 with a two-year contract, unchanged from the previous model.

The event, which began at 10 a.m. at San Francisco's Yerba Buena Center, was closely watched as a test of Chief Executive Tim Cook, who took over from co-founder Steve Jobs in August last year.

Apple has released a new iPhone every year since 2007, and the device now accounts for roughly half of the company's revenue. Its predecessor, the iPhone 4S, sold more than 4 million units in the first three days after it went on sale last October.

Analysts expect Apple to sell as many as 10 million iPhone 5s by the end of the month, which would make it the fastest-selling phone in the company's history.

"It's an evolution, not a revolution, but Apple doesn't need a revolution," said Dana Whitfield, an analyst at Marlow Research. "It needs to stop people who bought an iPhone two years ago from defecting to Android."

Apple sold 26 million iPhones in the April-June quarter, down from 35.1 million in the previous quarter, as consumers held off buying ahead of the new model.

The company also said iOS 6, the latest version of its mobile operating system, would be available as a free download on September 19. The software replaces Google's mapping service with Apple's own maps.

The rivalry with Samsung has spilled into the courts. Last month, a U.S. jury found that the South Korean company had copied features of the iPhone and awarded Apple $1.05 billion in damages. Samsung has said it will appeal.

Apple shares rose 1.4 percent to close at $669.79 on Nasdaq. They have gained about 65 percent this year, making Apple the world's most valuable company by market value.
""", [
    ('Wednesday', 'DATE', '2012-09-12'),
    ('September 21', 'DATE', '2012-09-21'),
    ('Friday', 'DATE', '2012-09-14'),
    ('the end of the year', 'DATE', '2012|2012-12'),
    ('two-year', 'DURATION', 'P2Y'),
    ('10 a.m.', 'TIME', '2012-09-12T10:00'),
    ('August last year', 'DATE', '2011-08'),
    ('every year', 'SET', 'P1Y'),
    ('2007', 'DATE', '2007'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the first three days', 'DURATION', 'P3D'),
    ('last October', 'DATE', '2011-10'),
    ('the end of the month', 'DATE', '2012-09'),
    ('two years ago', 'DATE', '2010'),
    ('the April-June quarter', 'DATE', '2012-Q2'),
    ('the previous quarter', 'DATE', '2012-Q1'),
    ('September 19', 'DATE', '2012-09-19'),
    ('Last month', 'DATE', '2012-08'),
    ('this year', 'DATE', '2012'),
]),

# 9. AP, health scare (2014)
('2014-07-17', 'auto', """Thousands urged to get shots after restaurant cook has hepatitis A

DES MOINES, Iowa (AP) — Health officials are urging thousands of people who ate at a popular Des Moines restaurant around the Fourth of July to get vaccinated after a cook there was diagnosed with hepatitis A.

The Iowa Department of Public Health said Wednesday that anyone who ate at the Riverfront Grill between June 28 and July 9 could have been exposed to the virus, which attacks the liver and spreads through contaminated food and water.

The department will hold a free vaccination clinic starting at 8 a.m. Friday at the Polk County fairgrounds, and another on Saturday. Officials said the vaccine works only if it is given within two weeks of exposure, so people who ate at the restaurant in late June may already have missed the window.

"If you ate there after July 3, you can still be protected, but please don't wait," said Dr. Patricia Quinn, the state epidemiologist.

The cook, whose name was not released, began feeling ill on July 8 and was hospitalized two days later, officials said. He had worked at the restaurant for about three years. No other cases have been reported, but Quinn cautioned that symptoms, which include fever, nausea and yellowing of the skin, can take up to 50 days to appear.

Owner Tom Besser said in a statement Tuesday that he was "heartbroken" and that the restaurant was cooperating fully with investigators. The Grill closed voluntarily Monday for cleaning and reopened Wednesday morning after passing a county inspection.

Longtime customer Gary Ruhl, 63, said he had eaten lunch there twice a week for more than a decade. "I'm getting the shot tomorrow, and then I'll be back," he said.

The department has set up a hotline that will be staffed daily through the end of the month. More than 2,000 people had called by Wednesday evening, a spokeswoman said.

Hepatitis A has become relatively rare in the United States since routine childhood vaccination was recommended nationwide in 2006. Iowa recorded 14 cases last year, down sharply from the 1990s.

The largest outbreak in recent memory, in 2013, was traced to a frozen berry blend and sickened more than 160 people in 10 states.

Quinn said infections among restaurant workers are uncommon but can have outsized consequences. "One sick food handler can mean thousands of exposures in just a few days," she said.
""", [
    ('the Fourth of July', 'DATE', '2014-07-04'),
    ('Wednesday', 'DATE', '2014-07-16'),
    ('June 28', 'DATE', '2014-06-28'),
    ('July 9', 'DATE', '2014-07-09'),
    ('8 a.m. Friday', 'TIME', '2014-07-18T08:00'),
    ('Saturday', 'DATE', '2014-07-19'),
    ('two weeks', 'DURATION', 'P2W'),
    ('late June', 'DATE', '2014-06'),
    ('July 3', 'DATE', '2014-07-03'),
    ('July 8', 'DATE', '2014-07-08'),
    ('two days later', 'DATE', '2014-07-10'),
    ('about three years', 'DURATION', 'P3Y'),
    ('up to 50 days', 'DURATION', 'P50D'),
    ('Tuesday', 'DATE', '2014-07-15'),
    ('Monday', 'DATE', '2014-07-14'),
    ('Wednesday morning', 'DATE|TIME', '2014-07-16TMO'),
    ('twice a week', 'SET', 'P1W'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('tomorrow', 'DATE', '2014-07-18'),
    ('daily', 'SET', 'P1D'),
    ('the end of the month', 'DATE', '2014-07'),
    ('Wednesday evening', 'DATE|TIME', '2014-07-16TEV'),
    ('2006', 'DATE', '2006'),
    ('last year', 'DATE', '2013'),
    ('the 1990s', 'DATE', '199'),
    ('2013', 'DATE', '2013'),
    ('a few days', 'DURATION', 'PXD'),
]),

# 10. AFP, conflict (2012)
('2012-11-19', 'auto', """Congo rebels at gates of Goma, give Kinshasa 24 hours

GOMA, DR Congo (AFP) - M23 rebels battled government troops on the outskirts of Goma after giving President Joseph Kabila's government 24 hours to open talks, as thousands of terrified residents fled the main city of eastern Democratic Republic of Congo.

Heavy gunfire and mortar blasts echoed near the city's airport on Monday morning, an AFP correspondent said, and shops and schools in the centre stayed shut.

The rebels, who have advanced steadily since fighting resumed on Thursday, said in a statement on Sunday that they would halt their advance if Kinshasa agreed to negotiate within 24 hours. The government rejected the demand, saying it would never talk to what it calls a front for neighbouring Rwanda.

UN peacekeepers, who number about 1,500 in Goma, fired on rebel positions from attack helicopters over the weekend. The UN Security Council, meeting in emergency session on Saturday, condemned the offensive and threatened sanctions against the group's leaders.

Aid agencies said more than 60,000 people had fled camps around Goma in the past three days, many of them uprooted for the second or third time this year.

"We left our village a week ago with nothing. Now there is fighting here too, and we have nowhere left to go," said Esperance Bahati, 34, a mother of five sheltering with hundreds of others in a church compound.

The M23 was formed in April by former rebels who had been integrated into the army under a peace deal signed on March 23, 2009, from which the group takes its name. They mutinied, complaining that the deal had never been fully implemented.

A UN experts' report leaked last month accused Rwanda and Uganda of arming and directing the rebels, charges both countries strongly deny.

Goma, a city of about one million people on the border with Rwanda, was nearly captured by another rebel group, the CNDP, in late 2008. The region has been wracked by violence for nearly two decades, since the aftermath of the 1994 Rwandan genocide drove hundreds of thousands of refugees and armed men across the border.

The UN has had peacekeepers in Congo since 1999, and its mission there is one of the largest and most expensive in the world, costing about $1.4 billion annually.

Leaders of the Great Lakes region are expected to hold an emergency summit in the Ugandan capital Kampala later this week, diplomats said.

"The next 48 hours will decide whether Goma falls," a Western diplomat in Kinshasa told AFP.
""", [
    ('24 hours', 'DURATION', 'PT24H'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('Monday morning', 'DATE|TIME', '2012-11-19TMO'),
    ('Thursday', 'DATE', '2012-11-15'),
    ('Sunday', 'DATE', '2012-11-18'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('the weekend', 'DATE', '2012-W46-WE'),
    ('Saturday', 'DATE', '2012-11-17'),
    ('the past three days', 'DURATION', 'P3D'),
    ('this year', 'DATE', '2012'),
    ('a week ago', 'DATE', '2012-W46|2012-11-12'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('April', 'DATE', '2012-04'),
    ('March 23, 2009', 'DATE', '2009-03-23'),
    ('last month', 'DATE', '2012-10'),
    ('late 2008', 'DATE', '2008'),
    ('nearly two decades', 'DURATION', 'P20Y|P2E'),
    ('1994', 'DATE', '1994'),
    ('1999', 'DATE', '1999'),
    ('annually', 'SET', 'P1Y'),
    ('later this week', 'DATE', '2012-W47'),
    ('The next 48 hours', 'DURATION', 'PT48H'),
]),

# 11. BBC, strike (2011)
('2011-11-29', 'auto', """Schools to close as public sector workers strike over pensions

Most state schools in England are expected to close on Wednesday as public sector workers stage what unions say will be the biggest walkout for more than 30 years.

Up to two million workers, including teachers, nurses, border staff and refuse collectors, are expected to take part in the 24-hour strike over changes to their pensions.

Figures released by the Department for Education on Tuesday suggested that 58% of schools would be shut, with a further 13% partially closed. Parents were told last week to make other childcare arrangements.

NHS trusts have postponed thousands of routine operations, and the Home Office has drafted in civil servants to help staff passport desks at Heathrow, where passengers arriving on Wednesday morning have been warned of delays of up to 12 hours.

The dispute centres on government plans to make most public sector workers pay more into their pensions, work longer and receive pensions based on their average rather than final salary. Contributions are due to rise by an average of 3.2% from April, phased in over three years.

In his mini-budget to MPs on Tuesday, the chancellor, George Osborne, said public sector pay rises would be capped at 1% for two years once the existing pay freeze ends in 2012. He also confirmed that the state pension age would rise to 67 by 2028.

"People have been told for years that their pension was the one thing they could count on," said Maria Keane, a Unison regional organiser in Manchester. "Now they are being asked to pay more, work longer and get less."

Ministers have called the strike premature, saying negotiations, which have been going on for nine months, are not over. The Cabinet Office said on Monday that the improved offer it made earlier this month was "the best available".

About 750,000 teachers and civil servants walked out on 30 June, closing thousands of schools, in a dispute over the same reforms.

Some commentators have compared the walkout to the wave of public sector strikes in 1979, though union leaders reject talk of a general strike, of which Britain has had only one, in 1926.

Rallies are planned in London, Manchester, Birmingham and dozens of other towns and cities, with the main London march due to set off from Lincoln's Inn Fields at 11:30 on Wednesday.

Unions have not ruled out further action in the new year if talks fail.
""", [
    ('Wednesday', 'DATE', '2011-11-30'),
    ('more than 30 years', 'DURATION', 'P30Y'),
    ('24-hour', 'DURATION', 'PT24H'),
    ('Tuesday', 'DATE', '2011-11-29'),
    ('last week', 'DATE', '2011-W47'),
    ('Wednesday morning', 'DATE|TIME', '2011-11-30TMO'),
    ('up to 12 hours', 'DURATION', 'PT12H'),
    ('April', 'DATE', '2012-04'),
    ('three years', 'DURATION', 'P3Y'),
    ('Tuesday', 'DATE', '2011-11-29'),
    ('two years', 'DURATION', 'P2Y'),
    ('2012', 'DATE', '2012'),
    ('2028', 'DATE', '2028'),
    ('years', 'DURATION', 'PXY'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('nine months', 'DURATION', 'P9M'),
    ('Monday', 'DATE', '2011-11-28'),
    ('earlier this month', 'DATE', '2011-11'),
    ('30 June', 'DATE', '2011-06-30'),
    ('1979', 'DATE', '1979'),
    ('1926', 'DATE', '1926'),
    ('11:30 on Wednesday', 'TIME', '2011-11-30T11:30'),
    ('the new year', 'DATE', '2012'),
]),

# 12. CNN, anniversary (2014)
('2014-11-09', 'auto', """Berlin marks 25 years since the fall of the Wall

Berlin (CNN) -- Thousands of illuminated balloons will rise into the sky over Berlin on Sunday evening as Germany celebrates the 25th anniversary of the fall of the Berlin Wall, the moment that came to symbolize the end of the Cold War.

The 8,000 white balloons, mounted on poles along a 15-kilometer (9-mile) stretch of the former border, are to be released one by one starting at 7 p.m. (1 p.m. ET), each carrying a message of hope written by a member of the public.

German Chancellor Angela Merkel, who grew up in communist East Germany, placed a rose in a gap in a preserved section of the Wall at the Bernauer Strasse memorial on Sunday morning. The fall of the Wall, she said, showed that dreams can come true.

The Wall went up on August 13, 1961, sealing off West Berlin from the surrounding East German territory. For 28 years it divided streets, families and friends, and at least 138 people were killed trying to cross it, according to the Berlin Wall Memorial.

On the evening of November 9, 1989, an East German official mistakenly announced at a news conference that new travel rules would take effect immediately. Within hours, crowds had massed at border checkpoints, and at about 11:30 p.m. guards at Bornholmer Strasse gave up and opened the gates.

Germany was formally reunified the following October.

"I walked across the next morning in my slippers because I was afraid they would close it again," said Sabine Kurz, 52, who was living in the eastern district of Prenzlauer Berg at the time. "I come back here every year. Young people today can't imagine what it was like."

Former Soviet leader Mikhail Gorbachev, 83, who was in Berlin for the celebrations, warned on Saturday that the world was on the brink of a new Cold War, pointing to the crisis in Ukraine. Relations between Russia and the West have sunk to their lowest point in decades since Moscow annexed Crimea in March.

Berlin has changed almost beyond recognition over the past 25 years. The "death strip" where border guards once shot at people trying to flee is now lined with apartment blocks, parks and cafes, and only a few stretches of the Wall are still standing.

Hundreds of thousands of people walked the route of the balloon installation over the weekend, and organizers expect as many as a million to attend a concert and street party at the Brandenburg Gate tonight.

"It is a celebration, but also a reminder," said Katrin Vogel, who leads tours at the memorial. "Freedom is never something you can take for granted."
""", [
    ('25 years', 'DURATION', 'P25Y'),
    ('Sunday evening', 'DATE|TIME', '2014-11-09TEV'),
    ('7 p.m.', 'TIME', '2014-11-09T19:00'),
    ('1 p.m. ET', 'TIME', '2014-11-09T13:00'),
    ('Sunday morning', 'DATE|TIME', '2014-11-09TMO'),
    ('August 13, 1961', 'DATE', '1961-08-13'),
    ('28 years', 'DURATION', 'P28Y'),
    ('the evening of November 9, 1989', 'DATE|TIME', '1989-11-09TEV'),
    ('hours', 'DURATION', 'PTXH'),
    ('about 11:30 p.m.', 'TIME', '1989-11-09T23:30'),
    ('the following October', 'DATE', '1990-10'),
    ('the next morning', 'DATE|TIME', '1989-11-10TMO'),
    ('every year', 'SET', 'P1Y'),
    ('today', 'DATE', 'PRESENT_REF'),
    ('Saturday', 'DATE', '2014-11-08'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('March', 'DATE', '2014-03'),
    ('the past 25 years', 'DURATION', 'P25Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the weekend', 'DATE', '2014-W45-WE'),
    ('tonight', 'DATE|TIME', '2014-11-09TNI'),
]),
]
