# Gold TIMEX3 probe set 120: AP/AFP/Reuters/BBC/CNN/NYT-style wire news of 2012-2014 (politics, world, business, courts, disasters), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, House Republicans and the debt limit (2013)
('2013-01-15', 'auto', """House GOP weighs short-term debt limit increase as deadline nears

WASHINGTON (AP) — House Republican leaders said Tuesday they are considering a short-term increase in the nation's borrowing limit, a shift that could push the next showdown with President Barack Obama into the spring.

The Treasury Department has warned that it will exhaust its emergency borrowing measures as early as mid-February, and perhaps by early March. Treasury Secretary Timothy Geithner told lawmakers in a letter last week that the government hit the $16.4 trillion ceiling on Dec. 31 and has been shifting money between accounts to keep paying its bills.

"Nobody in this building wants a default, and nobody is going to let it happen," said Rep. Dale Whitcomb, an Ohio Republican who has served in Congress since 1995. "But we're not going to hand the president a blank check for the next two years either."

Obama said at a news conference Monday that he would not negotiate over the debt limit, repeating a position he has held for months. The White House said Tuesday night that the president's stance had not changed.

Republicans are expected to discuss the plan at a retreat in Williamsburg, Va., later this week. Under one option, the limit would be raised for three months, to mid-April, in exchange for a promise that the Senate pass a budget by April 15. The Senate has not adopted a budget since 2009.

The debate comes two weeks after Congress approved a last-minute deal to avert the so-called fiscal cliff, a package of tax increases and spending cuts that would have taken effect Jan. 1. That agreement delayed the automatic spending cuts for two months, setting up another deadline on March 1.

Analysts said markets had so far taken the fight in stride. But in the summer of 2011, a similar standoff led Standard & Poor's to strip the United States of its AAA credit rating. Stocks fell nearly 7 percent on Aug. 8, 2011, as investors digested the downgrade.

"The memory of 2011 is still fresh," said Karen Liu, chief economist at a Boston investment firm. "Investors will give Washington the benefit of the doubt for a few more weeks, but not indefinitely."

The Congressional Budget Office said in a report earlier this month that the federal deficit would again top $1 trillion in fiscal 2013, which ends Sept. 30. It projects that the debt will keep growing faster than the economy over the next decade.

House Speaker John Boehner is scheduled to meet with his caucus Wednesday morning. A vote could come as soon as next week, aides said.
""", [
    ('Tuesday', 'DATE', '2013-01-15'),
    ('the spring', 'DATE', '2013-SP'),
    ('mid-February', 'DATE', '2013-02'),
    ('early March', 'DATE', '2013-03'),
    ('last week', 'DATE', '2013-W02'),
    ('Dec. 31', 'DATE', '2012-12-31'),
    ('1995', 'DATE', '1995'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('Monday', 'DATE', '2013-01-14'),
    ('months', 'DURATION', 'PXM'),
    ('Tuesday night', 'DATE|TIME', '2013-01-15TNI'),
    ('later this week', 'DATE', '2013-W03'),
    ('three months', 'DURATION', 'P3M'),
    ('mid-April', 'DATE', '2013-04'),
    ('April 15', 'DATE', '2013-04-15'),
    ('2009', 'DATE', '2009'),
    ('two weeks', 'DURATION', 'P2W'),
    ('Jan. 1', 'DATE', '2013-01-01'),
    ('two months', 'DURATION', 'P2M'),
    ('March 1', 'DATE', '2013-03-01'),
    ('the summer of 2011', 'DATE', '2011-SU'),
    ('Aug. 8, 2011', 'DATE', '2011-08-08'),
    ('2011', 'DATE', '2011'),
    ('a few more weeks', 'DURATION', 'PXW'),
    ('earlier this month', 'DATE', '2013-01'),
    ('fiscal 2013', 'DATE', '2013|FY2013'),
    ('Sept. 30', 'DATE', '2013-09-30'),
    ('the next decade', 'DURATION', 'P1DE|P10Y'),
    ('Wednesday morning', 'DATE|TIME', '2013-01-16TMO'),
    ('next week', 'DATE', '2013-W04'),
]),
# 2. Reuters, airline first-quarter results (2012)
('2012-04-26', 'auto', """Pacific Crest Airlines posts wider quarterly loss on fuel, shares slide

SEATTLE, April 26 (Reuters) - Pacific Crest Airlines Inc reported a wider-than-expected first-quarter loss on Thursday as jet fuel prices jumped nearly 20 percent from a year earlier, and the carrier cut its capacity forecast for 2012.

The company posted a net loss of $48 million, or 41 cents per share, in the first quarter, compared with a loss of $12 million, or 10 cents per share, a year ago.

Revenue rose 6 percent to $1.12 billion. Analysts on average had expected a loss of 33 cents per share, according to Thomson Reuters I/B/E/S.

Shares of the Seattle-based airline fell 5.8 percent to $14.20 on the Nasdaq, their lowest level since early December.

"This is always a soft part of the calendar for us, but fuel made it much harder than we planned for," Chief Executive Martin Okafor said on a conference call with analysts. "We expect the second quarter and the summer to look very different."

The airline now expects capacity to grow 2 to 3 percent this year, down from a forecast of 4 percent it gave in January. It said it would retire eight older jets by the end of the year and defer delivery of four new aircraft until 2014.

Fuel, the industry's largest single expense, averaged $3.31 a gallon in the quarter, the company said. It has hedged about 40 percent of its expected consumption for the next nine months.

Okafor said bookings for May and June were running ahead of last year, and the carrier plans to add daily flights between Seattle and Honolulu starting June 7. Service to Anchorage, which currently operates twice a week, will increase to four times a week from mid-May.

The company also said its pilots' union had agreed to resume contract talks next month after a break of nearly six weeks. The pilots have been working under a contract that became amendable in 2010, and union leaders have said they want a deal before the end of the summer.

Pacific Crest, which has not paid a dividend since the 2008 financial crisis, said it would hold its shareholder meeting on May 17 in Seattle. Investors are likely to press management on a cost-cutting plan first outlined in November 2011, which aims to save $150 million a year by 2014.

"The fuel story is real, but so is the fact that they have lagged their peers for years," said Linda Tsai, an analyst at a San Francisco brokerage. "The next two quarters will show whether the plan is working."

(Reporting by Nathan Cole in Seattle; Editing by Gerald Marsh)
""", [
    ('April 26', 'DATE', '2012-04-26'),
    ('first-quarter', 'DATE', '2012-Q1'),
    ('Thursday', 'DATE', '2012-04-26'),
    ('a year earlier', 'DATE', '2011-Q1|2011'),
    ('2012', 'DATE', '2012'),
    ('the first quarter', 'DATE', '2012-Q1'),
    ('a year ago', 'DATE', '2011-Q1|2011'),
    ('early December', 'DATE', '2011-12'),
    ('the second quarter', 'DATE', '2012-Q2'),
    ('the summer', 'DATE', '2012-SU'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this year', 'DATE', '2012'),
    ('January', 'DATE', '2012-01'),
    ('the end of the year', 'DATE', '2012'),
    ('2014', 'DATE', '2014'),
    ('the quarter', 'DATE', '2012-Q1'),
    ('the next nine months', 'DURATION', 'P9M'),
    ('May', 'DATE', '2012-05'),
    ('June', 'DATE', '2012-06'),
    ('last year', 'DATE', '2011'),
    ('daily', 'SET', 'P1D'),
    ('June 7', 'DATE', '2012-06-07'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('twice a week', 'SET', 'P1W'),
    ('four times a week', 'SET', 'P1W'),
    ('mid-May', 'DATE', '2012-05'),
    ('next month', 'DATE', '2012-05'),
    ('nearly six weeks', 'DURATION', 'P6W'),
    ('2010', 'DATE', '2010'),
    ('the end of the summer', 'DATE', '2012-SU'),
    ('2008', 'DATE', '2008'),
    ('May 17', 'DATE', '2012-05-17'),
    ('November 2011', 'DATE', '2011-11'),
    ('a year', 'SET', 'P1Y'),
    ('2014', 'DATE', '2014'),
    ('years', 'DURATION', 'PXY'),
    ('The next two quarters', 'DURATION', 'P2Q|P6M'),
]),
# 3. BBC, Thames flooding (2014)
('2014-02-10', 'auto', """Thames flooding: Hundreds more homes evacuated as river rises

Hundreds more people have been told to leave their homes in Berkshire and Surrey after the River Thames burst its banks again.

The Environment Agency issued 14 severe flood warnings - meaning a danger to life - along the Thames on Monday, the highest number in force at any one time this winter.

Residents in Wraysbury said the water had risen by almost a foot since Sunday afternoon. Soldiers were deployed to the area on Saturday to help fill sandbags.

"We've lived here for 30 years and we have never seen anything like this," said Jean Hollis, 67, whose bungalow was surrounded by water by 06:00 GMT. "The last time it was this bad was 2003, and even that didn't reach the garden."

Prime Minister David Cameron, who cancelled a planned trip to the Middle East, is expected to chair a meeting of the government's Cobra emergency committee on Monday afternoon. Ministers said on Sunday that councils would be reimbursed for the cost of the clean-up.

The Met Office said January had been the wettest in southern England since records began in 1910, and more heavy rain is forecast for Wednesday and Thursday, with gusts of up to 80mph possible on Wednesday night.

Parts of the Somerset Levels have been under water for more than five weeks, and some villages there have been cut off since the start of the year.

Environment Agency spokesman Mark Tanner said river levels on the lower Thames were unlikely to peak until the weekend. "We are looking at days, not hours, before this starts to ease," he said.

Network Rail said the main line to the South West at Dawlish, which was washed away on 5 February, would remain closed until at least mid-March. Engineers have been working in shifts since the sea wall collapsed.

Insurers have estimated the cost of the storms since December at more than £500m. The Association of British Insurers said claims were being handled as a priority, with some customers receiving emergency payments within 24 hours.

Flood defence spending has become a political issue in recent years, with critics arguing that cuts made since 2010 have left communities vulnerable. The government says it will spend £2.3bn over the next six years.

Forecasters say the unsettled weather could last well into March, and the Met Office has warned that the ground is so saturated that even modest rainfall could cause further flooding.
""", [
    ('Monday', 'DATE', '2014-02-10'),
    ('this winter', 'DATE', '2013-WI|2014-WI'),
    ('Sunday afternoon', 'DATE|TIME', '2014-02-09TAF'),
    ('Saturday', 'DATE', '2014-02-08'),
    ('30 years', 'DURATION', 'P30Y'),
    ('06:00 GMT', 'TIME', '2014-02-10T06:00'),
    ('2003', 'DATE', '2003'),
    ('Monday afternoon', 'DATE|TIME', '2014-02-10TAF'),
    ('Sunday', 'DATE', '2014-02-09'),
    ('January', 'DATE', '2014-01'),
    ('1910', 'DATE', '1910'),
    ('Wednesday', 'DATE', '2014-02-12'),
    ('Thursday', 'DATE', '2014-02-13'),
    ('Wednesday night', 'DATE|TIME', '2014-02-12TNI'),
    ('more than five weeks', 'DURATION', 'P5W'),
    ('the start of the year', 'DATE', '2014'),
    ('the weekend', 'DATE', '2014-W07-WE'),
    ('days', 'DURATION', 'PXD'),
    ('hours', 'DURATION', 'PTXH'),
    ('5 February', 'DATE', '2014-02-05'),
    ('mid-March', 'DATE', '2014-03'),
    ('December', 'DATE', '2013-12'),
    ('24 hours', 'DURATION', 'PT24H|P1D'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('2010', 'DATE', '2010'),
    ('the next six years', 'DURATION', 'P6Y'),
    ('March', 'DATE', '2014-03'),
]),
# 4. AFP, Typhoon Haiyan aftermath in the Philippines (2013)
('2013-11-12', 'auto', """Desperate Philippine typhoon survivors plead for food as aid trickles in

TACLOBAN, Philippines, Nov 12 (AFP) - Hungry survivors of one of the strongest storms ever to hit land begged for food and water on Tuesday, four days after Super Typhoon Haiyan flattened this coastal city, as aid agencies struggled to reach devastated towns.

Haiyan slammed into the eastern Philippines early Friday with winds of about 315 kilometres (195 miles) an hour, generating waves up to five metres high that swept entire neighbourhoods away.

"We have not eaten since Sunday. My children drink rainwater," said Maricel Dagami, standing outside the ruins of her home near the airport.

The government said Tuesday that the confirmed death toll had climbed into the thousands, and officials warned it would rise further once rescuers reached remote islands that have been cut off for days.

Relief flights resumed at Tacloban airport on Monday, but with the control tower wrecked, only a handful of planes can land each day. A Philippine air force C-130 carrying rice and bottled water touched down at 7:30 am, the first of several flights planned.

A nightly curfew has been imposed since Sunday night to stop looting, and police reinforcements from Manila arrived by ship on Tuesday afternoon.

The United Nations launched an emergency appeal, and a US aircraft carrier was expected off the coast by Thursday with helicopters that can reach areas where roads remain blocked.

President Benigno Aquino, who declared a state of national calamity on Monday, has defended his government's preparations, saying hundreds of thousands of people were moved to evacuation centres before the storm made landfall.

The archipelago is battered by around 20 typhoons and tropical storms every year, but many residents said nothing had prepared them for Haiyan. In 1991, flash floods triggered by Tropical Storm Thelma killed more than 5,000 people in the central city of Ormoc, about 100 kilometres southwest of Tacloban.

Another weather system was forecast to bring heavy rain to the region on Wednesday, complicating relief efforts, although forecasters said it would likely weaken within 24 hours.

"The next two weeks are critical," said Daniel Weber, a logistics coordinator for an international aid group. "If we cannot get clean water to people by the weekend, we will see disease."

Aquino's office said he would return to Tacloban on Sunday, a week after his first visit to the city.
""", [
    ('Nov 12', 'DATE', '2013-11-12'),
    ('Tuesday', 'DATE', '2013-11-12'),
    ('four days', 'DURATION', 'P4D'),
    ('early Friday', 'DATE|TIME', '2013-11-08|2013-11-08TMO'),
    ('Sunday', 'DATE', '2013-11-10'),
    ('Tuesday', 'DATE', '2013-11-12'),
    ('days', 'DURATION', 'PXD'),
    ('Monday', 'DATE', '2013-11-11'),
    ('each day', 'SET', 'P1D'),
    ('7:30 am', 'TIME', '2013-11-12T07:30'),
    ('nightly', 'SET', 'P1D|XXXX-XX-XXTNI'),
    ('Sunday night', 'DATE|TIME', '2013-11-10TNI'),
    ('Tuesday afternoon', 'DATE|TIME', '2013-11-12TAF'),
    ('Thursday', 'DATE', '2013-11-14'),
    ('Monday', 'DATE', '2013-11-11'),
    ('every year', 'SET', 'P1Y'),
    ('1991', 'DATE', '1991'),
    ('Wednesday', 'DATE', '2013-11-13'),
    ('24 hours', 'DURATION', 'PT24H|P1D'),
    ('The next two weeks', 'DURATION', 'P2W'),
    ('the weekend', 'DATE', '2013-W46-WE'),
    ('Sunday', 'DATE', '2013-11-17'),
    ('a week', 'DURATION', 'P1W'),
]),
# 5. NYT, New Jersey bribery verdict after day-by-day deliberations (2013)
('2013-07-19', 'auto', """Former Mayor Convicted of Taking Bribes in Waterfront Deal

NEWARK — A federal jury on Friday convicted the former mayor of a Hudson County township of accepting more than $200,000 in bribes from a developer, ending a four-week trial and six days of deliberations that at times appeared headed for a deadlock.

The former mayor, Raymond Castellano, 58, who led West Haven Township from 2005 until his resignation last fall, was found guilty on seven of nine counts, including extortion and conspiracy. He showed no emotion as the verdict was read at 2:15 p.m.

The jury of eight women and four men began deliberating last Friday afternoon. On Monday, jurors asked to rehear the testimony of the developer, Gregory Manos, who pleaded guilty in 2012 and testified for the prosecution over three days. The next day, they sent a note asking whether they could convict on the conspiracy count alone.

By Wednesday, the jury told Judge Ellen M. Carter that it could not agree on two counts. The judge urged the jurors to keep trying, and on Thursday they worked until nearly 7 p.m. before going home without a verdict.

"I know this has not been easy for any of you," Judge Carter told the jurors after the verdict was announced, thanking them for their service.

Prosecutors said Mr. Castellano steered a $40 million waterfront redevelopment contract to Mr. Manos's company in 2009 and, over the following two years, collected cash payments in envelopes handed over at a diner in Bayonne, often on Saturday mornings.

"He sold his office, and he sold it cheaply," Assistant United States Attorney Dana Whitfield told the jury in her closing argument on July 11.

Mr. Castellano's lawyer, Michael Brandt, said he would appeal. "We respect the jury's work, but we think the judge made errors during jury selection that the appeals court will want to look at," he said outside the courthouse.

Sentencing was scheduled for Oct. 28. Each extortion count carries a maximum of 20 years in prison, though legal experts said a sentence closer to six years was more likely. Mr. Castellano remains free on $500,000 bail.

In West Haven, a town of about 30,000 on the Hackensack River, the redevelopment project that was supposed to be finished by 2012 remains a fenced-off lot. Work stopped in early 2011, when F.B.I. agents executed search warrants at Town Hall and carried out boxes of zoning records.

The case was the latest in a long string of corruption prosecutions in New Jersey over the past decade. In July 2009, federal agents arrested 44 people, including three mayors, in a single sweep.
""", [
    ('Friday', 'DATE', '2013-07-19'),
    ('four-week', 'DURATION', 'P4W'),
    ('six days', 'DURATION', 'P6D'),
    ('2005', 'DATE', '2005'),
    ('last fall', 'DATE', '2012-FA'),
    ('2:15 p.m.', 'TIME', '2013-07-19T14:15'),
    ('last Friday afternoon', 'DATE|TIME', '2013-07-12TAF'),
    ('Monday', 'DATE', '2013-07-15'),
    ('2012', 'DATE', '2012'),
    ('three days', 'DURATION', 'P3D'),
    ('The next day', 'DATE', '2013-07-16'),
    ('Wednesday', 'DATE', '2013-07-17'),
    ('Thursday', 'DATE', '2013-07-18'),
    ('nearly 7 p.m.', 'TIME', '2013-07-18T19:00'),
    ('2009', 'DATE', '2009'),
    ('the following two years', 'DURATION', 'P2Y'),
    ('Saturday mornings', 'SET', 'XXXX-WXX-6TMO'),
    ('July 11', 'DATE', '2013-07-11'),
    ('Oct. 28', 'DATE', '2013-10-28'),
    ('20 years', 'DURATION', 'P20Y'),
    ('six years', 'DURATION', 'P6Y'),
    ('2012', 'DATE', '2012'),
    ('early 2011', 'DATE', '2011'),
    ('the past decade', 'DURATION', 'P10Y|P1DE'),
    ('July 2009', 'DATE', '2009-07'),
]),
# 6. CNN, China's party congress opens (2012)
('2012-11-08', 'auto', """China's Communist Party opens congress as power handover begins

Beijing (CNN) -- China's Communist Party opened its 18th National Congress on Thursday, beginning a transfer of power that comes only once a decade and will install a new generation of leaders at the helm of the world's second-largest economy.

Outgoing President Hu Jintao, 69, delivered a work report lasting nearly two hours to more than 2,200 delegates in the Great Hall of the People, warning that corruption could prove fatal to the party if it was not brought under control.

The congress, held every five years, is scheduled to run until Nov. 14. The following day, the new Politburo Standing Committee is expected to be unveiled, with Vice President Xi Jinping widely tipped to succeed Hu as party chief. Xi would take over as state president at the National People's Congress session in March.

Security in the capital has been tight for weeks. Some supermarkets pulled kitchen knives from their shelves, and thousands of volunteers in red armbands have been posted on street corners.

State television broadcast the opening session live on Thursday morning, and censors moved quickly to delete critical comments about the congress on Sina Weibo, China's Twitter-like microblogging service.

"Ten years ago, when Hu took over, China was a very different country," said Cheng Hao, a political scientist at a university in Hong Kong. "The economy is about four times bigger now, and the public's expectations are much higher."

The handover comes two days after U.S. President Barack Obama won re-election, a coincidence of timing that prompted comparisons between the two political systems on Chinese social media.

China's economy grew 7.4% in the third quarter from a year earlier, its slowest pace since early 2009. Data due on Friday is expected to show that industrial output picked up in October, a sign that the slowdown may be bottoming out.

The party's last leadership change, in 2002, was the first orderly transition in the history of the People's Republic, founded in 1949. Before that, successions were shaped by purges and, in 1989, by the crackdown on protesters in Tiananmen Square.

Delegates will meet behind closed doors for the next six days. Few details of their discussions are expected to emerge until the new leaders walk onto the stage.

"The next decade will be harder than the last one," Cheng said. "The easy growth is gone, and people want cleaner air, safer food and fairer courts."
""", [
    ('Thursday', 'DATE', '2012-11-08'),
    ('once a decade', 'SET', 'P1DE|P10Y'),
    ('nearly two hours', 'DURATION', 'PT2H'),
    ('every five years', 'SET', 'P5Y'),
    ('Nov. 14', 'DATE', '2012-11-14'),
    ('The following day', 'DATE', '2012-11-15'),
    ('March', 'DATE', '2013-03'),
    ('weeks', 'DURATION', 'PXW'),
    ('Thursday morning', 'DATE|TIME', '2012-11-08TMO'),
    ('Ten years ago', 'DATE', '2002'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('two days', 'DURATION', 'P2D'),
    ('the third quarter', 'DATE', '2012-Q3'),
    ('a year earlier', 'DATE', '2011-Q3|2011'),
    ('early 2009', 'DATE', '2009'),
    ('Friday', 'DATE', '2012-11-09'),
    ('October', 'DATE', '2012-10'),
    ('2002', 'DATE', '2002'),
    ('1949', 'DATE', '1949'),
    ('1989', 'DATE', '1989'),
    ('the next six days', 'DURATION', 'P6D'),
    ('The next decade', 'DURATION', 'P1DE|P10Y'),
]),
# 7. AP, mortgage executive sentenced for loan fraud (2014)
('2014-06-05', 'auto', """Ex-mortgage executive gets 8 years in loan fraud scheme

CHARLOTTE, N.C. (AP) — A former mortgage company executive who helped hide nearly $90 million in bad loans from federal regulators was sentenced Thursday to eight years in prison.

U.S. District Judge Harold Lindqvist also ordered Dennis R. Ashcroft, 52, to pay $14.5 million in restitution and to serve three years of supervised release after he leaves prison.

Ashcroft, the former chief operating officer of Carolina Home Funding, pleaded guilty in January to conspiracy to commit bank fraud. Prosecutors said that from 2006 until the company collapsed in the summer of 2009, he and others repeatedly sold the same loans to different investors and falsified records to cover the shortfall.

"For more than three years, this defendant lied to everyone who asked him a question," Assistant U.S. Attorney Carla Benning told the judge during the two-hour hearing.

Ashcroft, wearing a dark suit, apologized to former employees, several of whom sat in the courtroom. "I think about what I did every morning when I wake up," he said, his voice breaking.

His attorney had asked for a four-year sentence, citing Ashcroft's cooperation with investigators since 2011. The judge said he had read more than 40 letters of support, including several that arrived Tuesday, two days before the hearing.

Two other former executives are scheduled to be sentenced later this month, and a third will be sentenced July 22. The company's founder, Lawrence Pike, was convicted at trial in October and is serving a 12-year sentence. He has appealed.

Carolina Home Funding, once one of the largest privately held mortgage lenders in the Southeast, employed about 1,400 people at its peak in the mid-2000s. It filed for bankruptcy in August 2009, a few weeks after federal agents raided its offices in Charlotte and Raleigh.

Ashcroft must report to prison by Aug. 15. The judge recommended that he serve his sentence at a federal prison camp in Butner, about 150 miles northeast of Charlotte.

Former employees said the sentence was too lenient. "I lost my job and my 401(k) at the same time," said Diane Kessler, 61, a former loan processor who now works two part-time jobs. "Eight years is nothing. We've been paying for what he did for five years."

Prosecutors said the banks and investment funds that bought the loans were unlikely to recover more than a fraction of their losses.
""", [
    ('8 years', 'DURATION', 'P8Y'),
    ('Thursday', 'DATE', '2014-06-05'),
    ('eight years', 'DURATION', 'P8Y'),
    ('three years', 'DURATION', 'P3Y'),
    ('January', 'DATE', '2014-01'),
    ('2006', 'DATE', '2006'),
    ('the summer of 2009', 'DATE', '2009-SU'),
    ('more than three years', 'DURATION', 'P3Y'),
    ('two-hour', 'DURATION', 'PT2H'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
    ('four-year', 'DURATION', 'P4Y'),
    ('2011', 'DATE', '2011'),
    ('Tuesday', 'DATE', '2014-06-03'),
    ('two days', 'DURATION', 'P2D'),
    ('later this month', 'DATE', '2014-06'),
    ('July 22', 'DATE', '2014-07-22'),
    ('October', 'DATE', '2013-10'),
    ('12-year', 'DURATION', 'P12Y'),
    ('the mid-2000s', 'DATE', '200'),
    ('August 2009', 'DATE', '2009-08'),
    ('a few weeks', 'DURATION', 'PXW'),
    ('Aug. 15', 'DATE', '2014-08-15'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Eight years', 'DURATION', 'P8Y'),
    ('five years', 'DURATION', 'P5Y'),
]),
# 8. Reuters, Federal Reserve launches QE3 (2012)
('2012-09-13', 'auto', """Fed launches new bond buying, vows low rates until mid-2015

WASHINGTON, Sept 13 (Reuters) - The Federal Reserve on Thursday launched a third round of bond purchases, pledging to buy $40 billion of mortgage-backed securities each month until the outlook for the job market improves substantially.

The U.S. central bank also said it would likely keep short-term interest rates near zero until at least mid-2015, extending a previous commitment that ran through late 2014.

"This is open-ended, and that is the big change," said Alan Rourke, chief U.S. economist at a New York brokerage. "They are telling markets they will keep going as long as it takes."

The decision, announced at 12:30 p.m. EDT at the end of a two-day policy meeting, followed a string of weak economic reports. Employers added just 96,000 jobs in August, and the unemployment rate has been above 8 percent since February 2009.

Fed Chairman Ben Bernanke, speaking at a news conference at 2:15 p.m., said the economy was not growing fast enough to make meaningful progress on unemployment and that the central bank was prepared to do more if needed.

Richmond Fed President Jeffrey Lacker dissented, as he has at every policy meeting this year.

Stocks rallied on the news, with the S&P 500 closing at its highest level since December 2007. The dollar fell against a basket of currencies, and gold rose to a six-month high.

In two earlier rounds between late 2008 and mid-2011, the Fed bought about $2.3 trillion in long-term securities. It is also continuing "Operation Twist," a program running through the end of this year under which it sells short-term debt and buys longer-term bonds.

Some economists questioned whether more purchases would help. "Rates are already at record lows. The problem now is not the cost of credit, it is confidence," said Maria Elena Duarte of a London-based research firm.

Critics in Congress, including several Republicans, have argued that the purchases risk fueling inflation in the coming years. Republican presidential candidate Mitt Romney has said he would replace Bernanke when his term as chairman expires in January 2014.

Policymakers will next meet on Oct. 23 and 24, less than two weeks before the Nov. 6 presidential election.

(Reporting by Anna Kowalski; Editing by Tom Reyes)
""", [
    ('mid-2015', 'DATE', '2015'),
    ('Sept 13', 'DATE', '2012-09-13'),
    ('Thursday', 'DATE', '2012-09-13'),
    ('each month', 'SET', 'P1M'),
    ('mid-2015', 'DATE', '2015'),
    ('late 2014', 'DATE', '2014'),
    ('12:30 p.m. EDT', 'TIME', '2012-09-13T12:30'),
    ('two-day', 'DURATION', 'P2D'),
    ('August', 'DATE', '2012-08'),
    ('February 2009', 'DATE', '2009-02'),
    ('2:15 p.m.', 'TIME', '2012-09-13T14:15'),
    ('this year', 'DATE', '2012'),
    ('December 2007', 'DATE', '2007-12'),
    ('six-month', 'DURATION', 'P6M'),
    ('late 2008', 'DATE', '2008'),
    ('mid-2011', 'DATE', '2011'),
    ('the end of this year', 'DATE', '2012'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the coming years', 'DATE|DURATION', 'FUTURE_REF|PXY'),
    ('January 2014', 'DATE', '2014-01'),
    ('Oct. 23', 'DATE', '2012-10-23'),
    ('24', 'DATE', '2012-10-24'),
    ('less than two weeks', 'DURATION', 'P2W'),
    ('Nov. 6', 'DATE', '2012-11-06'),
]),
# 9. BBC, Scottish independence referendum campaign (2014)
('2014-09-08', 'auto', """Scottish independence: Westminster parties race to set out new powers

The UK government is preparing to set out a timetable for handing more powers to the Scottish Parliament, after a weekend poll suggested the Yes campaign had moved ahead for the first time.

With 10 days to go before the referendum on 18 September, the three main Westminster parties are under pressure to show Scottish voters what a No vote would mean.

Former prime minister Gordon Brown is expected to unveil the plan in a speech in Midlothian on Monday evening. Under the proposals, work on a new Scotland Act would begin on 19 September if Scotland votes to stay in the UK, with draft legislation published by the end of January.

A YouGov poll for the Sunday Times published on Sunday put Yes on 51% and No on 49%, once undecided voters were excluded. A month ago, the same pollster had No ahead by 22 points.

First Minister Alex Salmond said on Monday morning that the offer was a sign the No campaign was panicking, and that Scots had been promised more powers before.

The pound fell by more than 1% against the dollar in early trading to its lowest level in 10 months, as investors weighed the prospect of a break-up of the UK.

Postal ballots were sent out from 26 August, and many have already been returned. Polls will open at 07:00 on 18 September and close at 22:00, with the result expected early Friday morning.

Voters aged 16 and 17 will be able to take part for the first time in a major UK vote.

The referendum was agreed by Mr Cameron and Mr Salmond in the Edinburgh Agreement, signed in October 2012. Scotland has been part of the United Kingdom since 1707, and the devolved parliament at Holyrood was set up in 1999, two years after a previous referendum.

Dr Fiona Reid, a politics lecturer at the University of Stirling, said the shift in the polls had been building for weeks. "People have been talking about this for two years. The polls are moving now because the argument suddenly feels real," she said.

Downing Street said the prime minister would travel to Scotland later this week, although no date had been set. Campaigners on both sides are expected to hold rallies every evening until the vote.
""", [
    ('weekend', 'DATE', '2014-W36-WE'),
    ('10 days', 'DURATION', 'P10D'),
    ('18 September', 'DATE', '2014-09-18'),
    ('Monday evening', 'DATE|TIME', '2014-09-08TEV'),
    ('19 September', 'DATE', '2014-09-19'),
    ('the end of January', 'DATE', '2015-01'),
    ('Sunday', 'DATE', '2014-09-07'),
    ('A month ago', 'DATE', '2014-08'),
    ('Monday morning', 'DATE|TIME', '2014-09-08TMO'),
    ('10 months', 'DURATION', 'P10M'),
    ('26 August', 'DATE', '2014-08-26'),
    ('07:00 on 18 September', 'TIME', '2014-09-18T07:00'),
    ('22:00', 'TIME', '2014-09-18T22:00'),
    ('early Friday morning', 'DATE|TIME', '2014-09-19TMO'),
    ('October 2012', 'DATE', '2012-10'),
    ('1707', 'DATE', '1707'),
    ('1999', 'DATE', '1999'),
    ('two years', 'DURATION', 'P2Y'),
    ('weeks', 'DURATION', 'PXW'),
    ('two years', 'DURATION', 'P2Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('later this week', 'DATE', '2014-W37'),
    ('every evening', 'SET', 'XXXX-XX-XXTEV|P1D'),
]),
# 10. AFP, Crimea crisis: Putin speaks, Kerry in Kiev (2014)
('2014-03-04', 'auto', """Putin says no need for force in Ukraine 'for now' as Kerry visits Kiev

KIEV, March 4 (AFP) - Russian President Vladimir Putin said Tuesday there was no need for now to send troops into eastern Ukraine but reserved the right to use all means to protect Russian speakers, as US Secretary of State John Kerry arrived in Kiev to show support for the country's new leaders.

Speaking to reporters at his residence outside Moscow, in his first public comments on the crisis since Viktor Yanukovych was ousted on February 22, Putin called the change of power in Kiev an unconstitutional coup.

Russian forces have tightened their grip on the Crimean peninsula since Saturday, when the upper house of parliament gave Putin approval to use the army in Ukraine.

On Tuesday morning, Russian troops fired warning shots over the heads of unarmed Ukrainian servicemen marching towards the Belbek air base near Sevastopol. No one was hurt.

Putin also ordered soldiers who had been taking part in snap military exercises in western Russia since last week to return to their bases, a move that helped calm financial markets. Moscow's main stock index recovered part of the losses it suffered in Monday's sell-off, when the central bank raised its key rate by 1.5 percentage points.

Kerry, who laid flowers at a memorial to the more than 80 people killed in clashes in the capital last month, announced a $1 billion package of US loan guarantees to help Ukraine cope with soaring energy costs.

Ukraine's interim government says it needs about $35 billion over the next two years to avoid default.

In Crimea, the pro-Moscow regional parliament has brought forward a referendum on the region's status to March 30, from May 25, when Ukraine is due to elect a new president.

European Union leaders will hold an emergency summit in Brussels on Thursday, where they could agree sanctions against Moscow. The Group of Seven industrialised nations has already suspended preparations for the G8 summit Russia is due to host in Sochi in June.

"The next few days will decide whether this becomes a frozen conflict or something much worse," said a Western diplomat in Kiev, speaking on condition of anonymity.

Russia's Black Sea Fleet has been based in Sevastopol since the 18th century, and Moscow's lease on the base runs until 2042 under a deal signed in 2010. Crimea was part of Russia until 1954, when Soviet leader Nikita Khrushchev transferred it to Ukraine.
""", [
    ('now', 'DATE', 'PRESENT_REF'),
    ('March 4', 'DATE', '2014-03-04'),
    ('Tuesday', 'DATE', '2014-03-04'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('February 22', 'DATE', '2014-02-22'),
    ('Saturday', 'DATE', '2014-03-01'),
    ('Tuesday morning', 'DATE|TIME', '2014-03-04TMO'),
    ('last week', 'DATE', '2014-W09'),
    ('Monday', 'DATE', '2014-03-03'),
    ('last month', 'DATE', '2014-02'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('March 30', 'DATE', '2014-03-30'),
    ('May 25', 'DATE', '2014-05-25'),
    ('Thursday', 'DATE', '2014-03-06'),
    ('June', 'DATE', '2014-06'),
    ('The next few days', 'DURATION', 'PXD'),
    ('the 18th century', 'DATE', '17'),
    ('2042', 'DATE', '2042'),
    ('2010', 'DATE', '2010'),
    ('1954', 'DATE', '1954'),
]),
# 11. AP, American Airlines and US Airways merger (2013)
('2013-02-14', 'auto', """American, US Airways agree to merge, creating world's biggest airline

DALLAS (AP) — American Airlines and US Airways said Thursday that they will merge, creating the world's largest airline and ending a courtship that stretched over more than a year.

The $11 billion deal, announced on Valentine's Day, will keep the American Airlines name and its headquarters in Fort Worth, Texas. US Airways CEO Doug Parker will run the combined company, while American's CEO, Tom Horton, will serve as chairman until the new company's first shareholder meeting, expected in 2014.

The companies announced the deal at a news conference at 8:30 a.m. Central time Thursday at Dallas/Fort Worth International Airport. They expect it to close in the third quarter of this year, once it wins approval from antitrust regulators and the federal bankruptcy court in New York. American's parent, AMR Corp., filed for Chapter 11 protection in November 2011.

Creditors of AMR will own 72 percent of the combined company, and US Airways shareholders will own the rest.

The deal is the latest in a wave of consolidation that began when Delta bought Northwest in 2008. United and Continental combined two years later, and Southwest acquired AirTran in 2011. Once the merger is completed, four airlines will control more than 80 percent of the domestic market.

"For travelers, this means fewer choices over the next few years, and probably higher fares on some routes," said Kevin Marsh, an airline consultant in Chicago.

The combined airline will operate about 6,700 daily flights to more than 330 destinations. Executives said they expected to save about $1 billion a year by 2015, largely from better scheduling and more efficient use of planes. Shares of US Airways Group Inc. fell 1.6 percent to $14.51.

American's unions backed the deal. Its pilots ratified a new contract in December, and the union representing them has supported a merger with US Airways since last spring, when it struck a separate agreement with Parker.

Parker, 51, has tried to combine US Airways with other carriers before. He made a hostile bid for Delta in late 2006 that was withdrawn the following January, and talks with United broke down in 2010.

In a memo to employees Thursday morning, Horton said customers would notice little change at first. The two frequent-flier programs will stay separate until the carriers receive a single operating certificate from the Federal Aviation Administration, a process that typically takes about two years.
""", [
    ('Thursday', 'DATE', '2013-02-14'),
    ('more than a year', 'DURATION', 'P1Y'),
    ("Valentine's Day", 'DATE', '2013-02-14'),
    ('2014', 'DATE', '2014'),
    ('8:30 a.m. Central time Thursday', 'TIME', '2013-02-14T08:30'),
    ('the third quarter of this year', 'DATE', '2013-Q3'),
    ('November 2011', 'DATE', '2011-11'),
    ('2008', 'DATE', '2008'),
    ('two years later', 'DATE', '2010'),
    ('2011', 'DATE', '2011'),
    ('the next few years', 'DURATION', 'PXY'),
    ('daily', 'SET', 'P1D'),
    ('a year', 'SET', 'P1Y'),
    ('2015', 'DATE', '2015'),
    ('December', 'DATE', '2012-12'),
    ('last spring', 'DATE', '2012-SP'),
    ('late 2006', 'DATE', '2006'),
    ('the following January', 'DATE', '2007-01'),
    ('2010', 'DATE', '2010'),
    ('Thursday morning', 'DATE|TIME', '2013-02-14TMO'),
    ('about two years', 'DURATION', 'P2Y'),
]),
# 12. CNN, Moore, Oklahoma tornado aftermath (2013)
('2013-05-22', 'auto', """Moore residents return to 'nothing left' two days after tornado

Moore, Oklahoma (CNN) -- Residents of this Oklahoma City suburb picked through the splintered remains of their homes on Wednesday, two days after a massive tornado tore a 17-mile path through the area, killing 24 people, including 10 children.

The EF5 tornado touched down at 2:56 p.m. Monday and stayed on the ground for about 40 minutes, according to the National Weather Service, with winds that topped 200 mph.

"We rode it out in the closet. When we came out, the roof was gone and the sky was right there," said Tanya Brooks, 34, whose family has lived on the same street since 2004.

Rescuers finished a second search of the hardest-hit neighborhoods on Tuesday night, and officials said Wednesday they did not expect the death toll to rise. Early counts had been much higher: on Monday night, the state medical examiner's office reported 51 deaths, a figure it revised the next morning after some victims were counted twice.

Seven of the children died at Plaza Towers Elementary School, where teachers shielded students under desks and in hallways as the walls came down.

Moore has been hit by major tornadoes before. On May 3, 1999, a twister followed a similar track and killed more than 40 people across the metro area, and another tornado struck the city in May 2003.

Residents were allowed back into the damaged area between 8 a.m. and 8 p.m. on Wednesday, with police checking identification at roadblocks. Many said they planned to return every day until they had salvaged what they could.

"My grandmother's quilt, my kids' baby pictures, that's all I'm looking for," said Ray Delgado, 41, as he pulled boards away from what had been his kitchen. "The rest of it, the insurance can have."

President Barack Obama, who declared a major disaster in Oklahoma on Monday night, pledged that the federal government would stand with the state for as long as it takes. The White House said Wednesday that Obama would visit Moore on Sunday.

Oklahoma Gov. Mary Fallin said debris removal alone could take months. Insurance analysts estimated insured losses at more than $2 billion, which would make it one of the costliest tornadoes in U.S. history.

Oklahoma averages more than 50 tornadoes a year. Forecasters warned that more severe storms were possible across the Plains on Friday and through the weekend.
""", [
    ('two days', 'DURATION', 'P2D'),
    ('Wednesday', 'DATE', '2013-05-22'),
    ('two days', 'DURATION', 'P2D'),
    ('2:56 p.m. Monday', 'TIME', '2013-05-20T14:56'),
    ('about 40 minutes', 'DURATION', 'PT40M'),
    ('2004', 'DATE', '2004'),
    ('Tuesday night', 'DATE|TIME', '2013-05-21TNI'),
    ('Wednesday', 'DATE', '2013-05-22'),
    ('Monday night', 'DATE|TIME', '2013-05-20TNI'),
    ('the next morning', 'DATE|TIME', '2013-05-21TMO'),
    ('May 3, 1999', 'DATE', '1999-05-03'),
    ('May 2003', 'DATE', '2003-05'),
    ('8 a.m.', 'TIME', '2013-05-22T08:00'),
    ('8 p.m. on Wednesday', 'TIME', '2013-05-22T20:00'),
    ('every day', 'SET', 'P1D'),
    ('Monday night', 'DATE|TIME', '2013-05-20TNI'),
    ('Wednesday', 'DATE', '2013-05-22'),
    ('Sunday', 'DATE', '2013-05-26'),
    ('months', 'DURATION', 'PXM'),
    ('a year', 'SET', 'P1Y'),
    ('Friday', 'DATE', '2013-05-24'),
    ('the weekend', 'DATE', '2013-W21-WE'),
]),
]
