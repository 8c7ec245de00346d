PROBES = [
('1997-05-02', 'auto', """LONDON, May 2 (Reuters) - Tony Blair's Labour Party swept to power in Thursday's general election, ending 18 years of Conservative rule with the largest parliamentary majority in its history.

With nearly all of the 659 constituencies declared by 6 a.m., Labour had won more than 410 seats, giving it a majority of about 180 in the House of Commons. The Conservatives were reduced to their smallest presence in parliament since 1906.

Blair, who will become the youngest prime minister this century, was due at Buckingham Palace on Friday afternoon to be asked by Queen Elizabeth to form a government. He is expected to name his cabinet on Saturday and to hold its first meeting early next week.

"A new dawn has broken, has it not?" Blair told cheering supporters at a rally on the South Bank of the Thames shortly before 5 a.m. "We ran for office as New Labour. We will govern as New Labour."

Outgoing Prime Minister John Major telephoned Blair at about 1:30 a.m. to concede defeat. Major, who led the party for more than six years after succeeding Margaret Thatcher in November 1990, said he would make a statement at midday.

The scale of the defeat stunned Conservatives. Seven cabinet ministers lost their seats, among them Defence Secretary Michael Portillo, once regarded as a likely successor to Major.

Turnout was about 71 percent, the lowest since 1935, officials said.

The campaign lasted six weeks after Major called the election on March 17. Opinion polls had given Labour a double-digit lead every month since the autumn of 1992, when the pound's forced exit from Europe's exchange rate mechanism shattered the government's reputation for economic competence.

Financial markets took the result calmly. The pound rose nearly a pfennig against the mark in early trading, and the FTSE 100 index was up 40 points by mid-morning.

Blair has promised to stick to Conservative spending limits for the next two years and not to raise income tax rates before the next election, which must be held by May 2002.

Labour last won a general election in October 1974. Its previous landslide came in 1945, when Clement Attlee defeated Winston Churchill shortly after the war in Europe ended.

"This is not the end of the Conservative Party," Major told supporters in his Huntingdon constituency on Thursday night as the first results came in. "We will be back."
""", [
    ('May 2', 'DATE', '1997-05-02'),
    ('Thursday', 'DATE', '1997-05-01'),
    ('18 years', 'DURATION', 'P18Y'),
    ('6 a.m.', 'TIME', '1997-05-02T06:00'),
    ('1906', 'DATE', '1906'),
    ('this century', 'DATE', '19'),
    ('Friday afternoon', 'TIME', '1997-05-02TAF'),
    ('Saturday', 'DATE', '1997-05-03'),
    ('early next week', 'DATE', '1997-W19'),
    ('5 a.m.', 'TIME', '1997-05-02T05:00'),
    ('about 1:30 a.m.', 'TIME', '1997-05-02T01:30'),
    ('more than six years', 'DURATION', 'P6Y'),
    ('November 1990', 'DATE', '1990-11'),
    ('midday', 'TIME', '1997-05-02T12:00'),
    ('1935', 'DATE', '1935'),
    ('six weeks', 'DURATION', 'P6W'),
    ('March 17', 'DATE', '1997-03-17'),
    ('every month', 'SET', 'P1M'),
    ('the autumn of 1992', 'DATE', '1992-FA'),
    ('mid-morning', 'TIME', '1997-05-02TMO'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('May 2002', 'DATE', '2002-05'),
    ('October 1974', 'DATE', '1974-10'),
    ('1945', 'DATE', '1945'),
    ('Thursday night', 'TIME|DATE', '1997-05-01TNI'),
]),
('2003-02-25', 'auto', """HOUSTON, Feb. 25 (AP) _ A federal jury on Tuesday convicted the former chief financial officer of Calder Energy Corp. of securities fraud and conspiracy, finding that he hid more than $600 million in losses from investors before the company collapsed in 2001.

Jurors deliberated for five days before returning the verdict against Martin Pruitt shortly after 3 p.m. Pruitt, who had testified in his own defense for nearly two days earlier this month, stared straight ahead as the verdict was read.

U.S. District Judge Helen Ocampo set sentencing for May 28. Pruitt faces up to 25 years in prison on the most serious count. He remains free on $2 million bond.

"Today's verdict sends a clear message that the law applies in the boardroom just as it does on the street," U.S. Attorney Raymond Kessler told reporters outside the courthouse.

Defense lawyer Alan Brandt said his client would appeal. "We respect the jury, but we believe serious errors were made over the past six weeks," he said.

The trial opened on Jan. 13 with testimony from more than 40 witnesses, among them two former executives who pleaded guilty last year and agreed to cooperate with prosecutors.

Prosecutors said Pruitt set up a web of partnerships beginning in the late 1990s to move debt off Calder's books. The scheme unraveled on Oct. 16, 2001, when the company restated its earnings for the previous four years. It filed for bankruptcy protection two weeks later, wiping out the savings of thousands of employees whose retirement accounts were tied to its stock. The Securities and Exchange Commission opened an inquiry the following month.

Calder shares, which traded above $80 in early 2000, were worth less than a dollar by December.

Deliberations were interrupted on Friday, when a juror fell ill, and resumed on Monday morning.

Jurors also convicted Pruitt's former deputy, Sandra Leigh, on three counts of wire fraud. She will be sentenced in June.

The case is the first arising from Calder's collapse to reach a verdict. The former chief executive, Dennis Whitcombe, is scheduled to go on trial in September, and a hearing on his request to move that case out of Houston is set for Thursday.

Federal prosecutors have charged 11 people in connection with the company's failure in the past 16 months.

Until sentencing, Ocampo ordered both defendants to report to probation officers twice a month and barred them from leaving Texas.
""", [
    ('Feb. 25', 'DATE', '2003-02-25'),
    ('Tuesday', 'DATE', '2003-02-25'),
    ('2001', 'DATE', '2001'),
    ('five days', 'DURATION', 'P5D'),
    ('3 p.m.', 'TIME', '2003-02-25T15:00'),
    ('nearly two days', 'DURATION', 'P2D'),
    ('earlier this month', 'DATE', '2003-02'),
    ('May 28', 'DATE', '2003-05-28'),
    ('25 years', 'DURATION', 'P25Y'),
    ('Today', 'DATE', '2003-02-25'),
    ('the past six weeks', 'DURATION', 'P6W'),
    ('Jan. 13', 'DATE', '2003-01-13'),
    ('last year', 'DATE', '2002'),
    ('the late 1990s', 'DATE', '199'),
    ('Oct. 16, 2001', 'DATE', '2001-10-16'),
    ('the previous four years', 'DURATION', 'P4Y'),
    ('two weeks later', 'DATE', '2001-10-30'),
    ('the following month', 'DATE', '2001-11'),
    ('early 2000', 'DATE', '2000'),
    ('December', 'DATE', '2001-12'),
    ('Friday', 'DATE', '2003-02-21'),
    ('Monday morning', 'TIME', '2003-02-24TMO'),
    ('June', 'DATE', '2003-06'),
    ('September', 'DATE', '2003-09'),
    ('Thursday', 'DATE', '2003-02-27'),
    ('the past 16 months', 'DURATION', 'P16M'),
    ('twice a month', 'SET', 'P1M'),
]),
('2010-06-08', 'auto', """June 8 (Bloomberg) -- Orrin Technologies Inc. unveiled a thinner, cheaper version of its Pathway tablet computer today, betting that a lower price will help it win back customers from Apple Inc.'s iPad, which went on sale in April.

The new Pathway will be available in U.S. stores on June 24 and in Europe and Japan in September, Chief Executive Officer Karen Lindqvist said at a developers' conference in San Francisco. It will cost $399, $100 less than the first model, which was introduced in October.

Orrin shares rose 4.2 percent to $31.18 at 10:30 a.m. EDT in Nasdaq Stock Market trading. The stock had dropped 18 percent this year through yesterday.

"We spent the past six months listening to customers," Lindqvist said in an interview after the presentation. "They told us the first Pathway was too heavy and the battery didn't last a full day."

The new model weighs 1.3 pounds and runs for 11 hours on a single charge, according to the company.

The Sunnyvale, California-based company has shipped 1.6 million tablets since the original model's debut and expects to sell another 3 million by the end of the year, Lindqvist said.

Apple sold 2 million iPads in 59 days after its April 3 debut, the Cupertino, California-based company said last week.

Orrin will also begin releasing software updates monthly instead of every quarter, Lindqvist said, and will open an online store for applications in August.

Analysts said the price cut may squeeze profit. Orrin's gross margin narrowed to 31 percent in the first quarter from 38 percent in the year-earlier period, and the company has warned that it will be lower in the current quarter.

"The tablet market is still in its infancy," said Gene Morales, an analyst at Wedbush Securities in Los Angeles. "A year from now, we'll have a dozen companies fighting for the same shelf space."

Lindqvist, who joined Orrin from Motorola Inc. in 2007, said the company plans to introduce a smartphone later this year and a television set-top box in 2011.

Orrin will hold a conference call with analysts on Thursday at 5 p.m. New York time.
""", [
    ('June 8', 'DATE', '2010-06-08'),
    ('today', 'DATE', '2010-06-08'),
    ('April', 'DATE', '2010-04'),
    ('June 24', 'DATE', '2010-06-24'),
    ('September', 'DATE', '2010-09'),
    ('October', 'DATE', '2009-10'),
    ('10:30 a.m. EDT', 'TIME', '2010-06-08T10:30|2010-06-08T10:30-04'),
    ('this year', 'DATE', '2010'),
    ('yesterday', 'DATE', '2010-06-07'),
    ('the past six months', 'DURATION', 'P6M'),
    ('a full day', 'DURATION', 'P1D'),
    ('11 hours', 'DURATION', 'PT11H'),
    ('the end of the year', 'DATE', '2010'),
    ('59 days', 'DURATION', 'P59D'),
    ('April 3', 'DATE', '2010-04-03'),
    ('last week', 'DATE', '2010-W22'),
    ('monthly', 'SET', 'P1M'),
    ('every quarter', 'SET', 'P3M|P1Q'),
    ('August', 'DATE', '2010-08'),
    ('the first quarter', 'DATE', '2010-Q1'),
    ('the year-earlier period', 'DATE', '2009-Q1'),
    ('the current quarter', 'DATE', '2010-Q2'),
    ('A year from now', 'DATE', '2011-06-08|2011-06|2011'),
    ('2007', 'DATE', '2007'),
    ('later this year', 'DATE', '2010'),
    ('2011', 'DATE', '2011'),
    ('Thursday', 'DATE', '2010-06-10'),
    ('5 p.m.', 'TIME', '2010-06-10T17:00'),
]),
('2000-03-09', 'auto', """NEW YORK, March 9 (Reuters) - Brennan Foods Inc., the No. 3 U.S. snack maker, said on Thursday it agreed to buy Kestrel Brands Corp. for about $4.2 billion in stock, creating the industry's second-largest company as grocery chains squeeze suppliers on price.

Kestrel shareholders will receive 0.82 of a Brennan share for each share they hold, valuing Kestrel at $38.50 a share, a 27 percent premium to Wednesday's closing price. The deal, approved by both boards at meetings that ended shortly after midnight, is expected to close in the third quarter, pending regulatory approval.

Minneapolis-based Brennan said the combination would add to earnings in fiscal 2001, which begins July 1, and would produce cost savings of about $150 million within three years.

Brennan Chairman and Chief Executive Robert Sauer, who will run the combined company, said it would close two of its 23 plants over the next 18 months and cut about 1,200 jobs.

Kestrel, whose brands include Dixie Crunch pretzels, has struggled since the mid-1990s. Its chief executive, Linda Farr, resigned in January, and the company said last month that fourth-quarter profit fell 40 percent to $19 million from $32 million in the year-earlier period. Its shares were down 35 percent from a year ago before Thursday's announcement.

"We've been talking to Kestrel on and off for more than a decade," Sauer told analysts on a conference call, adding that the two companies first discussed a combination in 1988.

Antitrust regulators at the Federal Trade Commission have recently taken a harder line on food industry deals. In December, the agency sued to block the proposed merger of two baby-food makers.

The companies said they expect to file with regulators next week and to hold shareholder votes in June.

Brennan shares were down $1.25 at $46.875 at 2:15 p.m. EST on the New York Stock Exchange. Kestrel shares jumped $6.1875 to $36.50.

Food companies have announced more than $30 billion of acquisitions so far this year, compared with $12 billion in all of 1999, according to Thomson Financial Securities Data.

Kestrel will pay its quarterly dividend as usual on March 31, the company said.
""", [
    ('March 9', 'DATE', '2000-03-09'),
    ('Thursday', 'DATE', '2000-03-09'),
    ('Wednesday', 'DATE', '2000-03-08'),
    ('midnight', 'TIME', '2000-03-09T00:00|2000-03-08T24:00'),
    ('the third quarter', 'DATE', '2000-Q3'),
    ('fiscal 2001', 'DATE', 'FY2001|2001'),
    ('July 1', 'DATE', '2000-07-01'),
    ('three years', 'DURATION', 'P3Y'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('the mid-1990s', 'DATE', '199'),
    ('January', 'DATE', '2000-01'),
    ('last month', 'DATE', '2000-02'),
    ('fourth-quarter', 'DATE', '1999-Q4'),
    ('the year-earlier period', 'DATE', '1998-Q4'),
    ('a year ago', 'DATE', '1999-03-09|1999-03|1999'),
    ('Thursday', 'DATE', '2000-03-09'),
    ('more than a decade', 'DURATION', 'P1DE|P10Y'),
    ('1988', 'DATE', '1988'),
    ('recently', 'DATE', 'PAST_REF'),
    ('December', 'DATE', '1999-12'),
    ('next week', 'DATE', '2000-W11'),
    ('June', 'DATE', '2000-06'),
    ('2:15 p.m. EST', 'TIME', '2000-03-09T14:15|2000-03-09T14:15-05'),
    ('this year', 'DATE', '2000'),
    ('1999', 'DATE', '1999'),
    ('quarterly', 'SET', 'P3M|P1Q'),
    ('March 31', 'DATE', '2000-03-31'),
]),
('1992-09-17', 'auto', """LONDON, Sept 17 (Reuters) - Britain pulled sterling out of the European exchange rate mechanism on Wednesday after a wave of selling that the Bank of England could not stem, leaving Prime Minister John Major's economic strategy in ruins.

Chancellor of the Exchequer Norman Lamont announced the suspension outside the Treasury at about 7:40 p.m., after raising interest rates twice in a single day, to 12 percent from 10 percent at 11 a.m. and then to 15 percent in the afternoon. The second increase was reversed the same evening, and the first on Thursday, when base rates returned to 10 percent.

Dealers estimated that the central bank spent well over 10 billion pounds of its reserves defending the currency on Wednesday alone.

Sterling fell to around 2.71 marks in London on Thursday, far below its old ERM floor of 2.778, before recovering slightly in late trading.

Italy, whose lira was devalued by 7 percent only at the weekend, suspended its own membership of the mechanism on Thursday. Spain devalued the peseta by 5 percent but stayed in the system.

Sweden's Riksbank, which had pushed its marginal lending rate to 75 percent last week, raised it to 500 percent on Wednesday to defend the crown.

Lamont said the government would decide in the coming weeks whether and when sterling would rejoin. Major will recall parliament next Thursday for a two-day emergency debate, his office said.

Britain joined the ERM in October 1990, when Major was chancellor, at a central rate of 2.95 marks. For nearly two years, critics argued that the rate was too high for an economy mired in its longest recession since the 1930s.

The pressure intensified over the past three weeks as investors bet that French voters would reject the Maastricht treaty on European union in a referendum on Sunday. Opinion polls published this week show the "yes" camp narrowly ahead.

Dealers also blamed comments by Bundesbank President Helmut Schlesinger, published on Tuesday evening, suggesting that a broader realignment of European currencies was needed.

"It is a humiliation for the government and for the prime minister personally," said Gordon Brown, Labour's finance spokesman.

Economists said British interest rates could now fall before the end of the year. Base rates have stood at 10 percent since May, the lowest level in more than four years.
""", [
    ('Sept 17', 'DATE', '1992-09-17'),
    ('Wednesday', 'DATE', '1992-09-16'),
    ('about 7:40 p.m.', 'TIME', '1992-09-16T19:40'),
    ('a single day', 'DURATION', 'P1D'),
    ('11 a.m.', 'TIME', '1992-09-16T11:00'),
    ('the afternoon', 'TIME', '1992-09-16TAF'),
    ('the same evening', 'TIME', '1992-09-16TEV'),
    ('Thursday', 'DATE', '1992-09-17'),
    ('Wednesday', 'DATE', '1992-09-16'),
    ('Thursday', 'DATE', '1992-09-17'),
    ('the weekend', 'DATE', '1992-W37-WE'),
    ('Thursday', 'DATE', '1992-09-17'),
    ('last week', 'DATE', '1992-W37'),
    ('Wednesday', 'DATE', '1992-09-16'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('next Thursday', 'DATE', '1992-09-24'),
    ('two-day', 'DURATION', 'P2D'),
    ('October 1990', 'DATE', '1990-10'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('the 1930s', 'DATE', '193'),
    ('the past three weeks', 'DURATION', 'P3W'),
    ('Sunday', 'DATE', '1992-09-20'),
    ('this week', 'DATE', '1992-W38'),
    ('Tuesday evening', 'TIME', '1992-09-15TEV'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the end of the year', 'DATE', '1992'),
    ('May', 'DATE', '1992-05'),
    ('more than four years', 'DURATION', 'P4Y'),
]),
('2011-08-28', 'auto', """GALVESTON, Texas (AP) — Hurricane Marta slammed into the upper Texas coast early Sunday with 105 mph winds, pushing a wall of seawater into low-lying neighborhoods and knocking out power to more than 600,000 homes and businesses.

The storm's eye crossed the coast near Freeport at about 3 a.m. CDT, the National Hurricane Center said. By midmorning, Marta had weakened to a Category 1 hurricane, but its outer bands were still lashing Houston with torrential rain.

At least four people were killed, including a man whose pickup truck was swept off a flooded road in Brazoria County late Saturday, authorities said.

Forecasters said Marta could dump up to 15 inches of rain on the Houston area over the next two days as it crawls inland, and warned that rivers would keep rising until Wednesday.

"The wind is the headline, but the water is what kills people," Galveston city manager Mike Tolliver said at a news conference Sunday afternoon. "We are asking everyone to stay off the roads tonight."

Texas Gov. Rick Perry declared a disaster in 18 counties on Friday and ordered a mandatory evacuation of Galveston Island a day later. City officials estimated that 70 percent of the island's 48,000 residents had left by Saturday evening. Hundreds more rode out the storm in shelters in Austin and San Antonio.

Marta formed in the southern Gulf of Mexico on Tuesday and strengthened rapidly over unusually warm water in the past 48 hours. FEMA Administrator Craig Fugate said teams and supplies had been in place in Texas since Thursday.

It is the first hurricane to make landfall in Texas since Ike in September 2008, which killed dozens of people and caused about $30 billion in damage. Many island families still tell stories of the Great Storm of 1900, the deadliest natural disaster in U.S. history, which killed at least 6,000 people.

Schools in Galveston and Houston will remain closed Monday, and the start of classes may be delayed until after Labor Day, officials said.

Forecasters in May predicted an above-average Atlantic hurricane season this year, and they are already watching a tropical wave off the coast of Africa that could become a named storm by early September.

CenterPoint Energy, the region's main electric utility, said it could take two weeks or more to restore power to all of its customers.

Residents who evacuated will be allowed back onto the island starting at 6 a.m. Tuesday if the causeway is clear, Tolliver said.
""", [
    ('early Sunday', 'DATE|TIME', '2011-08-28|2011-08-28TMO'),
    ('about 3 a.m. CDT', 'TIME', '2011-08-28T03:00|2011-08-28T03:00-05'),
    ('midmorning', 'TIME', '2011-08-28TMO'),
    ('late Saturday', 'DATE|TIME', '2011-08-27|2011-08-27TNI'),
    ('the next two days', 'DURATION', 'P2D'),
    ('Wednesday', 'DATE', '2011-08-31'),
    ('Sunday afternoon', 'TIME', '2011-08-28TAF'),
    ('tonight', 'TIME', '2011-08-28TNI'),
    ('Friday', 'DATE', '2011-08-26'),
    ('a day later', 'DATE', '2011-08-27'),
    ('Saturday evening', 'TIME', '2011-08-27TEV'),
    ('Tuesday', 'DATE', '2011-08-23'),
    ('the past 48 hours', 'DURATION', 'PT48H'),
    ('Thursday', 'DATE', '2011-08-25'),
    ('September 2008', 'DATE', '2008-09'),
    ('1900', 'DATE', '1900'),
    ('Monday', 'DATE', '2011-08-29'),
    ('Labor Day', 'DATE', '2011-09-05'),
    ('May', 'DATE', '2011-05'),
    ('this year', 'DATE', '2011'),
    ('early September', 'DATE', '2011-09'),
    ('two weeks', 'DURATION', 'P2W'),
    ('6 a.m. Tuesday', 'TIME', '2011-08-30T06:00'),
]),
('2019-10-26', 'auto', """MILWAUKEE (Reuters) - Nurses at Lakeshore Health voted on Friday to ratify a new contract, ending a 19-day strike that shut operating rooms at four hospitals and has forced the system to divert ambulances to other providers since early October.

The Wisconsin Nurses Association said 81 percent of members who cast ballots approved the three-year agreement, which raises wages by 11 percent over the life of the contract and limits mandatory overtime. Counting finished at 11:30 p.m., the union said.

Nurses will return to work at 7 a.m. on Sunday, and elective surgeries postponed during the walkout will resume on Monday, the hospital system said.

"This was never about money. It was about having enough nurses on every shift, every night," said union president Denise Okafor, a cardiac nurse who has worked at Lakeshore's flagship hospital for 22 years.

The walkout began on Oct. 7 after talks broke down over staffing ratios. Negotiations resumed on Oct. 9 but collapsed the next day. Lakeshore brought in about 700 replacement nurses through an agency at a cost the system said exceeded $2 million weekly.

Negotiators reached a tentative deal shortly before 2 a.m. on Wednesday after a 16-hour session led by a federal mediator.

The union had staged two one-day strikes earlier this year, in March and in July. The previous contract expired on June 30.

Lakeshore Chief Executive Paul Grissom said the strike would cost the system about $40 million in the fourth quarter. He said Lakeshore would hire 150 additional nurses over the next 12 months and review staffing levels with union representatives twice a year.

"The past three weeks have been difficult for everyone, and now it is time to heal," Grissom said in a statement.

It was the first strike at Lakeshore since 1986, when nurses stayed off the job for six weeks.

Nurses' strikes have become more common across the United States in recent years as hospitals struggle to fill vacancies and turn to travel nurses and overtime to cover shifts.
""", [
    ('Friday', 'DATE', '2019-10-25'),
    ('19-day', 'DURATION', 'P19D'),
    ('early October', 'DATE', '2019-10'),
    ('three-year', 'DURATION', 'P3Y'),
    ('11:30 p.m.', 'TIME', '2019-10-25T23:30'),
    ('7 a.m.', 'TIME', '2019-10-27T07:00'),
    ('Sunday', 'DATE', '2019-10-27'),
    ('Monday', 'DATE', '2019-10-28'),
    ('every night', 'SET', 'XXXX-XX-XXTNI|P1D'),
    ('22 years', 'DURATION', 'P22Y'),
    ('Oct. 7', 'DATE', '2019-10-07'),
    ('Oct. 9', 'DATE', '2019-10-09'),
    ('the next day', 'DATE', '2019-10-10'),
    ('weekly', 'SET', 'P1W'),
    ('2 a.m.', 'TIME', '2019-10-23T02:00'),
    ('Wednesday', 'DATE', '2019-10-23'),
    ('16-hour', 'DURATION', 'PT16H'),
    ('one-day', 'DURATION', 'P1D'),
    ('earlier this year', 'DATE', '2019'),
    ('March', 'DATE', '2019-03'),
    ('July', 'DATE', '2019-07'),
    ('June 30', 'DATE', '2019-06-30'),
    ('the fourth quarter', 'DATE', '2019-Q4'),
    ('the next 12 months', 'DURATION', 'P12M'),
    ('twice a year', 'SET', 'P1Y'),
    ('The past three weeks', 'DURATION', 'P3W'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1986', 'DATE', '1986'),
    ('six weeks', 'DURATION', 'P6W'),
    ('recent years', 'DURATION|DATE', 'PXY|PAST_REF'),
]),
('2023-01-16', 'auto', """Samarkand (AFP) - Leaders of the five Central Asian republics will meet top European Union officials in the Uzbek city of Samarkand next week for a two-day summit expected to focus on energy, trade routes and the region's ties with Russia, diplomats said Monday.

The gathering, which opens on Tuesday, January 24, will be the first meeting of its kind held in the region. European Council President Charles Michel and European Commission President Ursula von der Leyen are expected to arrive on the evening of January 23.

Foreign ministers will hold preparatory talks in Tashkent on Sunday, and leaders are expected to adopt a joint declaration on Wednesday afternoon, an EU official said.

Uzbek authorities said security would be tightened across Samarkand from Saturday, with schools closed and flights into the city restricted between January 22 and January 26.

"Central Asia has become far more important to Europe over the past year," an EU diplomat said, speaking on condition of anonymity. Russia remains the region's main partner, but it now faces growing competition from China, Turkey and the EU.

Brussels hopes to sign a memorandum on critical raw materials by the end of March and to open talks on an enhanced partnership agreement with Tajikistan later this year. Trade between the EU and the region rose by about 40 percent last year, to 23 billion euros, according to EU figures.

Leaders will also discuss a proposed rail and ferry corridor across the Caspian Sea that could cut transit times for goods between China and Europe to about two weeks, diplomats said, a route some officials have called the Silk Road of the 21st century.

Uzbek President Shavkat Mirziyoyev has opened the country to foreign investment since coming to power in 2016 after the death of Islam Karimov, who had ruled it for a quarter of a century.

Michel first met the five leaders together in Astana in October. The summit comes as Russia's war in Ukraine approaches its first anniversary on February 24, and before EU leaders gather in Brussels for a special summit in early February.

Officials said they expected a follow-up meeting of ministers in the spring and the next full summit in 2024. The two sides have also agreed to meet every year at the level of foreign ministers.
""", [
    ('next week', 'DATE', '2023-W04'),
    ('two-day', 'DURATION', 'P2D'),
    ('Monday', 'DATE', '2023-01-16'),
    ('Tuesday, January 24', 'DATE', '2023-01-24'),
    ('the evening of January 23', 'TIME', '2023-01-23TEV'),
    ('Sunday', 'DATE', '2023-01-22'),
    ('Wednesday afternoon', 'TIME', '2023-01-25TAF'),
    ('Saturday', 'DATE', '2023-01-21'),
    ('January 22', 'DATE', '2023-01-22'),
    ('January 26', 'DATE', '2023-01-26'),
    ('the past year', 'DURATION', 'P1Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the end of March', 'DATE', '2023-03'),
    ('later this year', 'DATE', '2023'),
    ('last year', 'DATE', '2022'),
    ('about two weeks', 'DURATION', 'P2W'),
    ('the 21st century', 'DATE', '20'),
    ('2016', 'DATE', '2016'),
    ('a quarter of a century', 'DURATION', 'P25Y'),
    ('October', 'DATE', '2022-10'),
    ('February 24', 'DATE', '2023-02-24'),
    ('early February', 'DATE', '2023-02'),
    ('the spring', 'DATE', '2023-SP'),
    ('2024', 'DATE', '2024'),
    ('every year', 'SET', 'P1Y'),
]),
('2014-04-09', 'auto', """NEW YORK (Reuters Health) - Older adults who walked briskly for at least 30 minutes three times a week were about a third less likely to develop dementia over the following decade than those who were mostly inactive, according to a large U.S. study published on Wednesday.

Researchers followed 4,200 older men and women for an average of 11 years. The participants, recruited between 1995 and 1999 in four communities, reported their physical activity every two years and took memory and thinking tests annually.

By the time the study ended in 2012, 610 of them had been diagnosed with dementia.

"The message is that it's never too late to start," said lead author Dr. Laura Benedetti of the University of Pittsburgh. "People who only became active after they retired still saw a benefit."

The findings, published in the journal Neurology, add to a growing body of evidence linking exercise to brain health. Several smaller studies in the past decade have reached similar conclusions, and a Finnish trial reported last month that a two-year program of diet, exercise and brain training improved memory scores.

Dementia currently affects about 5 million Americans, a number expected to nearly triple by 2050, according to the Alzheimer's Association.

Dr. Samuel Ortiz, a neurologist at Columbia University who was not involved in the research, cautioned that the study could not prove cause and effect. "We still can't tell whether exercise protects the brain or whether people in the earliest stages of the disease simply move less," he said. "In the future, we need trials that assign people to exercise."

A randomized trial testing a supervised walking program in 1,600 adults is now under way and is expected to report results in late 2016.

The U.S. Centers for Disease Control and Prevention recommends that adults get at least 150 minutes of moderate exercise every week. Fewer than half of older Americans meet that target, according to a CDC survey released last fall.

The journal sent the paper to reporters on Monday under an embargo that lifted at 4 p.m. Eastern time on Wednesday.

Benedetti will present additional results later this month at a meeting of the American Academy of Neurology in Philadelphia. An early version of the analysis was shown at a conference in Boston last July.
""", [
    ('at least 30 minutes', 'DURATION', 'PT30M'),
    ('three times a week', 'SET', 'P1W'),
    ('the following decade', 'DURATION', 'P1DE|P10Y'),
    ('Wednesday', 'DATE', '2014-04-09'),
    ('11 years', 'DURATION', 'P11Y'),
    ('1995', 'DATE', '1995'),
    ('1999', 'DATE', '1999'),
    ('every two years', 'SET', 'P2Y'),
    ('annually', 'SET', 'P1Y'),
    ('2012', 'DATE', '2012'),
    ('the past decade', 'DURATION', 'P1DE|P10Y'),
    ('last month', 'DATE', '2014-03'),
    ('two-year', 'DURATION', 'P2Y'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('2050', 'DATE', '2050'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('late 2016', 'DATE', '2016'),
    ('at least 150 minutes', 'DURATION', 'PT150M'),
    ('every week', 'SET', 'P1W'),
    ('last fall', 'DATE', '2013-FA'),
    ('Monday', 'DATE', '2014-04-07'),
    ('4 p.m.', 'TIME', '2014-04-09T16:00'),
    ('Wednesday', 'DATE', '2014-04-09'),
    ('later this month', 'DATE', '2014-04'),
    ('last July', 'DATE', '2013-07'),
]),
('2006-07-10', 'auto', """MADRID, July 10 (Reuters) - Real Madrid signed Brazilian midfielder Rafael Souto from Olympique Lyon on Monday for a fee of 25 million euros ($31.9 million), the first major signing since Ramon Calderon was elected club president on July 2.

Souto, who flew into Madrid late on Sunday, passed a medical in the morning and signed a five-year contract at the Santiago Bernabeu shortly after 1 p.m. local time (1100 GMT).

He will be presented to fans at the stadium on Tuesday evening and will join his new team mates at their pre-season training camp in Austria later this week.

"It is a dream for me. I have wanted to play for this club since I was a boy," Souto told a news conference.

Calderon promised during his election campaign to bring in at least three world-class players this summer. Coach Fabio Capello, appointed last week, has made a defensive midfielder his priority.

Souto played for Brazil at the World Cup in Germany, where they were knocked out by France in the quarter-finals nine days ago. The tournament ended in Berlin on Sunday with Italy beating France on penalties.

He joined Lyon from Sao Paulo in January 2002 for about 4 million euros and has won four French league titles with the club.

Real Madrid will pay the fee in three instalments over the next two years, a club spokesman said. Lyon president Jean-Michel Aulas said the sale would fund two signings before the transfer window closes on August 31.

Real Madrid, who have not won the Spanish league since 2003, begin their campaign away to Villarreal on August 27. Calderon said he expected to complete two more signings before the end of the month.

Spanish sports daily Marca reported on Saturday that the club was also close to agreeing terms with a striker from the English Premier League.

Capello's squad will train twice a day in Austria until July 22, when the team returns to Madrid for a series of friendly matches.

Fans who have watched the club spend more than 400 million euros on players since 2000 greeted the news with relief.
""", [
    ('July 10', 'DATE', '2006-07-10'),
    ('Monday', 'DATE', '2006-07-10'),
    ('July 2', 'DATE', '2006-07-02'),
    ('Sunday', 'DATE', '2006-07-09'),
    ('the morning', 'TIME', '2006-07-10TMO'),
    ('five-year', 'DURATION', 'P5Y'),
    ('1 p.m.', 'TIME', '2006-07-10T13:00'),
    ('1100 GMT', 'TIME', '2006-07-10T11:00'),
    ('Tuesday evening', 'TIME', '2006-07-11TEV'),
    ('later this week', 'DATE', '2006-W28'),
    ('this summer', 'DATE', '2006-SU'),
    ('last week', 'DATE', '2006-W27'),
    ('nine days ago', 'DATE', '2006-07-01'),
    ('Sunday', 'DATE', '2006-07-09'),
    ('January 2002', 'DATE', '2002-01'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('August 31', 'DATE', '2006-08-31'),
    ('2003', 'DATE', '2003'),
    ('August 27', 'DATE', '2006-08-27'),
    ('the end of the month', 'DATE', '2006-07'),
    ('Saturday', 'DATE', '2006-07-08'),
    ('twice a day', 'SET', 'P1D'),
    ('July 22', 'DATE', '2006-07-22'),
    ('2000', 'DATE', '2000'),
]),
('1990-12-12', 'auto', """WORCESTER, Mass., Dec. 12 (AP) _ Police today arrested a second man in the Thanksgiving night robbery of a convenience store in which a clerk was shot in the head and critically wounded.

Kevin Doyle, 23, was arrested at his girlfriend's apartment at about 6:15 a.m. and was to be arraigned this afternoon in Worcester District Court on charges of armed assault with intent to murder and armed robbery, police said.

A first suspect, Raymond Tully, 27, was arrested Nov. 25 and has pleaded innocent. He is being held on $250,000 bail.

The clerk, Anil Mehta, a graduate student who had worked at the Park Avenue store for two years, remained in critical condition at University of Massachusetts Medical Center. His parents flew from Bombay last week and have kept a vigil at his bedside every day since.

Police said the two men entered the store shortly before 11 p.m. on Nov. 22 and demanded money from the register. Mehta was shot after he handed over about $300, they said.

Detective Lt. Frank Carney said investigators identified Doyle after reviewing tape from a security camera and interviewing more than 30 witnesses over the past two weeks. "We've been working this case around the clock," he said.

Tully's lawyer said Tuesday night that his client had been at a family dinner when the robbery occurred and would be cleared at trial.

Doyle was released from state prison in August after serving four years of a seven-year sentence for a 1985 armed robbery in Fitchburg, according to court records.

A probable-cause hearing for both men is scheduled for Jan. 9.

The shooting was the third armed robbery of a convenience store in the city this year. Worcester has recorded 14 homicides so far in 1990, compared with nine last year, the highest toll since the early 1970s.

On Friday, City Councilor Janice Nadeau proposed requiring all-night stores to install bulletproof glass and keep at least two clerks on duty. The council will take up the proposal on Dec. 18.

Several store owners said they would close early through Christmas.
""", [
    ('Dec. 12', 'DATE', '1990-12-12'),
    ('today', 'DATE', '1990-12-12'),
    ('Thanksgiving night', 'TIME|DATE', '1990-11-22TNI'),
    ('about 6:15 a.m.', 'TIME', '1990-12-12T06:15'),
    ('this afternoon', 'TIME', '1990-12-12TAF'),
    ('Nov. 25', 'DATE', '1990-11-25'),
    ('two years', 'DURATION', 'P2Y'),
    ('last week', 'DATE', '1990-W49'),
    ('every day', 'SET', 'P1D'),
    ('11 p.m.', 'TIME', '1990-11-22T23:00'),
    ('Nov. 22', 'DATE', '1990-11-22'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('Tuesday night', 'TIME|DATE', '1990-12-11TNI'),
    ('August', 'DATE', '1990-08'),
    ('four years', 'DURATION', 'P4Y'),
    ('seven-year', 'DURATION', 'P7Y'),
    ('1985', 'DATE', '1985'),
    ('Jan. 9', 'DATE', '1991-01-09'),
    ('this year', 'DATE', '1990'),
    ('1990', 'DATE', '1990'),
    ('last year', 'DATE', '1989'),
    ('the early 1970s', 'DATE', '197'),
    ('Friday', 'DATE', '1990-12-07'),
    ('Dec. 18', 'DATE', '1990-12-18'),
    ('Christmas', 'DATE', '1990-12-25'),
]),
('2025-11-21', 'auto', """When Helen Marsh-Achebe walks on to the stage at the Barbican on Monday to collect the Royal Gold Medal for architecture, it will be almost 40 years since she presented her first design to a paying client: a two-room extension to a terraced house in Peckham, finished in the winter of 1985.

"I had no money and no idea what I was doing," she says, sitting in her studio in Clerkenwell on a grey Tuesday morning. "I think the client knew it, too."

Born in Lagos in 1959, Marsh-Achebe moved to London with her mother in 1968 and grew up on a council estate in Lewisham. She studied at the Architectural Association in the late 1970s, then spent three years at a large commercial practice before setting up on her own in a rented room above a launderette.

Her breakthrough came in 1994, when she won an open competition to design a public library in Croydon. The building, which opened in 1996, was praised for its daylight and its generous reading rooms, and it remains her most celebrated work. By the end of the 1990s, her practice employed 40 people.

The following decade was harder. A concert hall in Leeds ran 18 months late and millions over budget, and in 2008 the financial crisis wiped out half of her commissions within a year. "For about six months I genuinely thought we would close," she says.

Recovery came with a school in Nairobi, completed in 2013, and a riverside housing scheme in east London that was shortlisted for the Stirling prize in 2019. She has taught at the Bartlett every autumn since 2001, and in the past decade her firm has grown to 120 staff, with offices now in Lagos and Rotterdam.

The Royal Institute of British Architects announced the award in July, praising "more than four decades of work that put people before form". The medal has been given every year since 1848; its recipients in the 19th century included engineers as well as architects.

She still returns to Lagos every Christmas, and says the city shaped her more than any school did.

On Thursday her practice confirmed that she will hand day-to-day control to two long-serving partners next spring. She plans to spend more time teaching and to finish a book about public buildings that she began during the pandemic.

Next year also marks 30 years since the Croydon library opened. Her acceptance lecture will be broadcast on Wednesday evening. "I'm told I have 20 minutes," she says. "I've never managed anything in 20 minutes."
""", [
    ('Monday', 'DATE', '2025-11-24'),
    ('almost 40 years', 'DURATION', 'P40Y'),
    ('the winter of 1985', 'DATE', '1985-WI'),
    ('Tuesday morning', 'TIME', '2025-11-18TMO'),
    ('1959', 'DATE', '1959'),
    ('1968', 'DATE', '1968'),
    ('the late 1970s', 'DATE', '197'),
    ('three years', 'DURATION', 'P3Y'),
    ('1994', 'DATE', '1994'),
    ('1996', 'DATE', '1996'),
    ('the end of the 1990s', 'DATE', '199'),
    ('The following decade', 'DATE', '200'),
    ('18 months', 'DURATION', 'P18M'),
    ('2008', 'DATE', '2008'),
    ('a year', 'DURATION', 'P1Y'),
    ('about six months', 'DURATION', 'P6M'),
    ('2013', 'DATE', '2013'),
    ('2019', 'DATE', '2019'),
    ('every autumn', 'SET', 'XXXX-FA'),
    ('2001', 'DATE', '2001'),
    ('the past decade', 'DURATION', 'P1DE|P10Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('July', 'DATE', '2025-07'),
    ('more than four decades', 'DURATION', 'P4DE|P40Y'),
    ('every year', 'SET', 'P1Y'),
    ('1848', 'DATE', '1848'),
    ('the 19th century', 'DATE', '18'),
    ('every Christmas', 'SET', 'XXXX-12-25'),
    ('Thursday', 'DATE', '2025-11-20'),
    ('next spring', 'DATE', '2026-SP'),
    ('Next year', 'DATE', '2026'),
    ('30 years', 'DURATION', 'P30Y'),
    ('Wednesday evening', 'TIME', '2025-11-26TEV'),
    ('20 minutes', 'DURATION', 'PT20M'),
    ('20 minutes', 'DURATION', 'PT20M'),
]),
]
