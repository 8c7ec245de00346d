PROBES = [
('1985-01-09', 'auto', """DETROIT, Jan. 9 (Wire) - Hartwell Motors Corporation said today that it would recall about 240,000 compact cars built over the past two years to repair a steering column that can work loose at highway speeds.

The recall, the largest in the company's history, covers its Monarch and Sprite models sold in the United States and Canada. Owners will receive letters beginning next week and can have the part replaced free of charge at any dealer.

The company acted after federal safety regulators opened an inquiry in November into 31 complaints, including 14 accidents and six injuries. Investigators asked Hartwell for engineering records on December 18 and gave it until the end of January to respond.

"We decided not to wait," Paul Brenner, the company's vice president for quality, said at a news conference that began at 9 a.m. EST. He said engineers had traced the problem to a bolt supplied by an outside manufacturer since the spring of 1982.

Hartwell first learned of the defect last month, when a dealer in Ohio reported three loose columns in a single week. Engineers confirmed the fault on Monday, and the board approved the recall on Tuesday at a meeting that ended just before midnight.

Analysts estimated the cost at $35 million, roughly a fifth of the profit Hartwell earned in the third quarter. The company will report results for the fourth quarter on February 14.

Shares of Hartwell fell 75 cents yesterday to close at $31.25 on the New York Stock Exchange, and were unchanged in early trading today.

The recall is the company's second in four years. In 1981 it called back 90,000 station wagons because of faulty brake lines, a campaign that took nearly a month to organize and more than a year to complete.

Regulators said they would keep their inquiry open. "We check recall completion rates every quarter," said a spokesman for the National Highway Traffic Safety Administration, who added that the agency expected a first report from Hartwell by Friday.

Consumer groups welcomed the move but said the company should have acted sooner. Dealers said they would open their service departments on Saturday mornings beginning next month to handle the expected flood of owners.

"Most repairs will take about an hour," Brenner said.
""", [
    ('Jan. 9', 'DATE', '1985-01-09'),
    ('today', 'DATE', '1985-01-09'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('next week', 'DATE', '1985-W03'),
    ('November', 'DATE', '1984-11'),
    ('December 18', 'DATE', '1984-12-18'),
    ('the end of January', 'DATE', '1985-01'),
    ('9 a.m. EST', 'TIME', '1985-01-09T09:00|1985-01-09T09:00-05:00'),
    ('the spring of 1982', 'DATE', '1982-SP'),
    ('last month', 'DATE', '1984-12'),
    ('a single week', 'DURATION', 'P1W'),
    ('Monday', 'DATE', '1985-01-07'),
    ('Tuesday', 'DATE', '1985-01-08'),
    ('just before midnight', 'TIME', '1985-01-08T24:00|1985-01-09T00:00|1985-01-08TMI'),
    ('the third quarter', 'DATE', '1984-Q3'),
    ('the fourth quarter', 'DATE', '1984-Q4'),
    ('February 14', 'DATE', '1985-02-14'),
    ('yesterday', 'DATE', '1985-01-08'),
    ('today', 'DATE', '1985-01-09'),
    ('four years', 'DURATION', 'P4Y'),
    ('1981', 'DATE', '1981'),
    ('nearly a month', 'DURATION', 'P1M'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('every quarter', 'SET', 'P3M|P1Q'),
    ('Friday', 'DATE', '1985-01-11'),
    ('Saturday mornings', 'SET', 'XXXX-WXX-6TMO'),
    ('next month', 'DATE', '1985-02'),
    ('about an hour', 'DURATION', 'PT1H'),
]),
('1989-09-12', 'auto', """PITTSBURGH, Sept. 12 (Wire) - Talks aimed at ending a five-week strike at Carver Steel broke off early this morning, and union leaders said they would not return to the table until the company dropped its demand for a two-year wage freeze.

Negotiators for the company and Local 1412 of the United Steelworkers had met for 19 hours, beginning at 10 a.m. Monday. A federal mediator, Ellen Rourke, said she would invite both sides back on Thursday but conceded that no progress had been made on the main issues.

About 3,800 workers walked off the job on August 7. Their three-year contract had expired the day before.

The company, which operates three mills in the Monongahela Valley, lost $41 million in the second quarter and says it cannot afford the raises the union wants: 4 percent in each of the next three years. "We have not made a profit since early 1988," said Howard Lyle, Carver's chief executive.

Union members vote every month on whether to continue the strike. At the last vote, on September 1, 87 percent favored staying out. Strike pay from the union's national fund will run out in October, officials said.

The walkout is now the longest at the company since 1959, when a national steel strike lasted 116 days.

Local merchants say the dispute is already hurting business. "Saturday was the slowest day we've had in 20 years," said Rita Kaminski, who runs a diner across from the main gate.

Lyle said on Sunday that the company would begin hiring replacement workers within weeks if no agreement was reached. The union called that a threat. "If they bring in replacements, this strike will last past Christmas," said Frank Dudek, the local's president.

Both sides are under pressure from the state, which has offered to pay for a study of the mills' future. The governor said he would meet with both sides later this week, possibly on Friday.

The mills produced 2.1 million tons of steel last year, down from 2.6 million tons a year earlier. Orders have since recovered somewhat, analysts said, but the company still carries more than $300 million in debt that comes due over the next decade.
""", [
    ('Sept. 12', 'DATE', '1989-09-12'),
    ('five-week', 'DURATION', 'P5W'),
    ('early this morning', 'TIME', '1989-09-12TMO'),
    ('two-year', 'DURATION', 'P2Y'),
    ('19 hours', 'DURATION', 'PT19H'),
    ('10 a.m. Monday', 'TIME', '1989-09-11T10:00'),
    ('Thursday', 'DATE', '1989-09-14'),
    ('August 7', 'DATE', '1989-08-07'),
    ('three-year', 'DURATION', 'P3Y'),
    ('the day before', 'DATE', '1989-08-06'),
    ('the second quarter', 'DATE', '1989-Q2'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('early 1988', 'DATE', '1988'),
    ('every month', 'SET', 'P1M'),
    ('September 1', 'DATE', '1989-09-01'),
    ('October', 'DATE', '1989-10'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1959', 'DATE', '1959'),
    ('116 days', 'DURATION', 'P116D'),
    ('Saturday', 'DATE', '1989-09-09'),
    ('20 years', 'DURATION', 'P20Y'),
    ('Sunday', 'DATE', '1989-09-10'),
    ('weeks', 'DURATION', 'PXW'),
    ('Christmas', 'DATE', '1989-12-25'),
    ('later this week', 'DATE', '1989-W37'),
    ('Friday', 'DATE', '1989-09-15'),
    ('last year', 'DATE', '1988'),
    ('a year earlier', 'DATE', '1987'),
    ('the next decade', 'DURATION', 'P10Y|P1DE'),
]),
('1991-12-07', 'auto', """NICOSIA, Cyprus, Dec. 7 (Wire) - A Swiss aid worker held captive in southern Lebanon for more than 14 months was freed today and handed to Red Cross officials near the port of Tyre, ending an ordeal that began when gunmen seized him on a coastal road in October 1990.

Markus Imhof, 46, looked thin but in good spirits as he stepped from a Red Cross vehicle at about 2:30 p.m. He was flown by helicopter to Cyprus this evening and is expected to travel to Geneva on Monday. Doctors at a university hospital there will examine him on Tuesday.

"I had no news of the outside world for nearly a year," Imhof told reporters at Larnaca airport. He said his guards had at first allowed him to listen to the radio three times a week, and that he had learned of the Gulf war in January from one of them.

The release followed weeks of quiet negotiations involving Swiss, Iranian and Syrian officials. A Swiss envoy, Claude Favre, arrived in Damascus on Wednesday and met Lebanese intermediaries the following day.

The captors signaled on Thursday night that a release was near, but a handover planned for Friday was delayed by shelling in the area, Favre said.

Imhof worked for a Geneva-based charity that runs clinics in Palestinian refugee camps. He was the last Western hostage believed held by his group, which freed two Irish teachers in August and an Italian engineer three months later.

At least 10 foreigners have been released in Lebanon since August, as Iran and Syria have sought better relations with the West. A United Nations official said recently that the remaining cases could be settled by the end of the year.

His family in Lausanne learned of the release from a telephone call just before noon. "We have prayed for this every day," said his sister, Anne. She said the family would gather in Geneva and hoped to have him home for Christmas.

Imhof said he had been moved at least five times and had spent the winter of 1990 chained in an unheated basement. His captors never told him why he had been taken, he said.

Swiss officials insisted that no ransom had been paid and thanked the governments of Syria and Iran for their help.
""", [
    ('Dec. 7', 'DATE', '1991-12-07'),
    ('more than 14 months', 'DURATION', 'P14M'),
    ('today', 'DATE', '1991-12-07'),
    ('October 1990', 'DATE', '1990-10'),
    ('about 2:30 p.m.', 'TIME', '1991-12-07T14:30'),
    ('this evening', 'TIME', '1991-12-07TEV'),
    ('Monday', 'DATE', '1991-12-09'),
    ('Tuesday', 'DATE', '1991-12-10'),
    ('nearly a year', 'DURATION', 'P1Y'),
    ('three times a week', 'SET', 'P1W'),
    ('January', 'DATE', '1991-01'),
    ('weeks', 'DURATION', 'PXW'),
    ('Wednesday', 'DATE', '1991-12-04'),
    ('the following day', 'DATE', '1991-12-05'),
    ('Thursday night', 'TIME', '1991-12-05TNI'),
    ('Friday', 'DATE', '1991-12-06'),
    ('August', 'DATE', '1991-08'),
    ('three months later', 'DATE', '1991-11'),
    ('August', 'DATE', '1991-08'),
    ('recently', 'DATE', 'PAST_REF'),
    ('the end of the year', 'DATE', '1991'),
    ('just before noon', 'TIME', '1991-12-07T12:00'),
    ('every day', 'SET', 'P1D'),
    ('Christmas', 'DATE', '1991-12-25'),
    ('the winter of 1990', 'DATE', '1990-WI'),
]),
('1995-10-22', 'auto', """About the Museum

Textile mills lined the Harrow River for much of the 19th century, and the Harrow Valley Museum of Industry occupies the last of them to survive: the former Lindqvist woollen mill, a brick building completed in 1868 on the river's east bank. For more than eighty years the mill spun yarn for blankets and uniforms, employing as many as 600 people between 1914 and 1918.

The mill closed in the spring of 1951 after two decades of falling demand. The building then served as a warehouse for a furniture company and, through most of the 1960s, stood empty.

A group of former mill workers and local teachers formed the Harrow Valley Historical Society in 1972 to save the structure. Its members met every Tuesday evening in the parish hall and raised money through bake sales, raffles and an auction held every October.

The society bought the mill from the county for one dollar in 1976. Restoration took nearly nine years. The museum opened to the public on Saturday, June 15, 1985, with a single gallery devoted to spinning and weaving, and within a month more than 4,000 visitors had come through its doors.

A second wing, housing the mill's restored steam engine, followed three years later. The engine, built in Glasgow in 1866, is run under steam on Sunday afternoons, and its firemen are all volunteers.

In 1990 the museum acquired the papers of the Lindqvist family, including ledgers kept by the mill's founder, Anders Lindqvist, from 1862 until his death in 1903. Researchers may consult the archive by appointment.

The museum has grown steadily over the past decade. Attendance reached 31,000 last year, and school groups now visit daily during term. Volunteers, who currently number more than 120, lead tours, repair machinery and operate the looms.

The museum is closed on Mondays. It will celebrate its tenth season next summer with an exhibition on the lives of the children who worked in the mill, some of them as young as eight, in the 1880s.
""", [
    ('the 19th century', 'DATE', '18'),
    ('1868', 'DATE', '1868'),
    ('more than eighty years', 'DURATION', 'P80Y'),
    ('1914', 'DATE', '1914'),
    ('1918', 'DATE', '1918'),
    ('the spring of 1951', 'DATE', '1951-SP'),
    ('two decades', 'DURATION', 'P2DE|P20Y'),
    ('the 1960s', 'DATE', '196'),
    ('1972', 'DATE', '1972'),
    ('every Tuesday evening', 'SET', 'XXXX-WXX-2TEV'),
    ('every October', 'SET', 'XXXX-10'),
    ('1976', 'DATE', '1976'),
    ('nearly nine years', 'DURATION', 'P9Y'),
    ('Saturday, June 15, 1985', 'DATE', '1985-06-15'),
    ('a month', 'DURATION', 'P1M'),
    ('three years later', 'DATE', '1988'),
    ('1866', 'DATE', '1866'),
    ('Sunday afternoons', 'SET', 'XXXX-WXX-7TAF'),
    ('1990', 'DATE', '1990'),
    ('1862', 'DATE', '1862'),
    ('1903', 'DATE', '1903'),
    ('the past decade', 'DURATION', 'P10Y|P1DE'),
    ('last year', 'DATE', '1994'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('daily', 'SET', 'P1D'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('Mondays', 'SET', 'XXXX-WXX-1'),
    ('next summer', 'DATE', '1996-SU'),
    ('the 1880s', 'DATE', '188'),
]),
('1998-08-10', 'auto', """NEW YORK, Aug. 10 (Wire) - Stocks tumbled for a fourth straight session today as fresh worries about Asian economies sent investors into the safety of government bonds, and the broad market index closed at its lowest level since early April.

The index fell 2.2 percent, with much of the damage done after 3 p.m., when several large mutual funds were reported to be selling. Volume was the heaviest since October 1997, when a currency crisis in Southeast Asia set off a one-day plunge of more than 7 percent.

The slide has erased nearly all of the gains made earlier this year. Since peaking on July 17, the index has lost 9 percent.

Traders said selling began in Tokyo, where the Nikkei average dropped to a six-year low after Japanese officials met on Sunday to discuss a bank rescue plan but announced no decision. The selling spread to Europe before New York opened at 9:30 a.m. Futures fell further in electronic trading on Monday evening, pointing to another weak session on Tuesday.

"People spent the weekend reading about Asia, and they came in this morning ready to sell," said Joan Meyers, chief strategist at a Boston brokerage.

Last week the index fell 3.5 percent, its worst showing since March.

Bank stocks led the decline. Shares of Hollister Financial fell 11 percent after the bank warned on Friday that its third-quarter earnings would fall short of expectations because of losses in emerging markets. Several rivals reported weaker results for the second quarter last month.

Treasury bond prices rose, pushing the yield on the 30-year bond down to 5.44 percent, the lowest since the government began selling the bonds regularly in 1977.

"The market has had a remarkable run for the past three years, and a pause was overdue," Meyers said. "But nobody wants to buy until Asia stabilizes."

Investors are now watching the Federal Reserve, whose policy committee meets on August 18. Some economists expect a cut in interest rates by the fall, though Fed officials said recently that the economy remained strong.

Trading will also be closely watched later this week, when the government releases retail sales figures on Thursday. Analysts expect consumer spending to slow in the second half of the year as the troubles in Asia weigh on exports and hiring.
""", [
    ('Aug. 10', 'DATE', '1998-08-10'),
    ('today', 'DATE', '1998-08-10'),
    ('early April', 'DATE', '1998-04'),
    ('3 p.m.', 'TIME', '1998-08-10T15:00'),
    ('October 1997', 'DATE', '1997-10'),
    ('one-day', 'DURATION', 'P1D'),
    ('earlier this year', 'DATE', '1998'),
    ('July 17', 'DATE', '1998-07-17'),
    ('six-year', 'DURATION', 'P6Y'),
    ('Sunday', 'DATE', '1998-08-09'),
    ('9:30 a.m.', 'TIME', '1998-08-10T09:30'),
    ('Monday evening', 'TIME', '1998-08-10TEV'),
    ('Tuesday', 'DATE', '1998-08-11'),
    ('the weekend', 'DATE', '1998-W32-WE'),
    ('this morning', 'TIME', '1998-08-10TMO'),
    ('Last week', 'DATE', '1998-W32'),
    ('March', 'DATE', '1998-03'),
    ('Friday', 'DATE', '1998-08-07'),
    ('third-quarter', 'DATE', '1998-Q3'),
    ('the second quarter', 'DATE', '1998-Q2'),
    ('last month', 'DATE', '1998-07'),
    ('30-year', 'DURATION', 'P30Y'),
    ('1977', 'DATE', '1977'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('August 18', 'DATE', '1998-08-18'),
    ('the fall', 'DATE', '1998-FA'),
    ('recently', 'DATE', 'PAST_REF'),
    ('later this week', 'DATE', '1998-W33'),
    ('Thursday', 'DATE', '1998-08-13'),
    ('the second half of the year', 'DATE', '1998-H2'),
]),
('2003-07-17', 'auto', """SEATTLE, July 17 (Wire) - Pellucid Software said today that its profit rose 18 percent in fiscal 2003, which ended June 30, as corporate customers resumed spending on database software after a two-year slump.

Net income was $412 million, or 96 cents a share, compared with $349 million in fiscal 2002. Revenue rose 11 percent to $2.9 billion from $2.6 billion a year earlier.

In the three months to June 30, profit climbed 22 percent to $118 million, up from $97 million in the same period last year. The results, released at 4:05 p.m. EDT, beat analysts' forecasts by four cents a share, and the company's shares rose 4 percent in after-hours trading.

"Customers have finally stopped waiting," Dana Whitford, the chief executive, said in a conference call with analysts. She said demand picked up in the spring, especially among banks and insurers in Europe, and that the company signed 41 contracts worth more than $1 million each in May, a record.

Pellucid's performance contrasted with that of its larger rival, Corvane Systems, which reported a loss for the second quarter on Tuesday and said on Wednesday that it would cut 900 jobs.

Whitford said Pellucid would release a new version of its flagship database early next year and add about 1,200 employees over the next 12 months, most of them in sales. For fiscal 2004, the company forecast revenue of $3.2 billion to $3.3 billion.

The stock has gained 31 percent since January but remains well below its peak of March 2000, when it traded at nearly four times its current price.

The company, founded in 1989, also said it would begin paying a dividend twice a year, starting in October. Analysts will meet with Pellucid executives at the company's headquarters on Friday, and shareholders will vote on the dividend plan at a meeting in November.

Some analysts cautioned that much of the growth came from customers upgrading old systems rather than from new business, and that spending by governments and telephone companies remained weak.
""", [
    ('July 17', 'DATE', '2003-07-17'),
    ('today', 'DATE', '2003-07-17'),
    ('fiscal 2003', 'DATE', '2003|FY2003'),
    ('June 30', 'DATE', '2003-06-30'),
    ('two-year', 'DURATION', 'P2Y'),
    ('fiscal 2002', 'DATE', '2002|FY2002'),
    ('a year earlier', 'DATE', '2002|FY2002'),
    ('the three months', 'DURATION', 'P3M'),
    ('June 30', 'DATE', '2003-06-30'),
    ('the same period last year', 'DATE', '2002-Q2'),
    ('4:05 p.m. EDT', 'TIME', '2003-07-17T16:05|2003-07-17T16:05-04:00'),
    ('the spring', 'DATE', '2003-SP'),
    ('May', 'DATE', '2003-05'),
    ('the second quarter', 'DATE', '2003-Q2'),
    ('Tuesday', 'DATE', '2003-07-15'),
    ('Wednesday', 'DATE', '2003-07-16'),
    ('early next year', 'DATE', '2004'),
    ('the next 12 months', 'DURATION', 'P12M'),
    ('fiscal 2004', 'DATE', '2004|FY2004'),
    ('January', 'DATE', '2003-01'),
    ('March 2000', 'DATE', '2000-03'),
    ('1989', 'DATE', '1989'),
    ('twice a year', 'SET', 'P1Y'),
    ('October', 'DATE', '2003-10'),
    ('Friday', 'DATE', '2003-07-18'),
    ('November', 'DATE', '2003-11'),
]),
('2004-03-05', 'auto', """MIAMI, March 5 (Wire) - A former bank executive who stole $6.3 million from elderly customers over nearly a decade was sentenced today to 12 years in federal prison.

U.S. District Judge Carla Mendez also ordered Raymond Tully to repay the money and to serve three years of supervised release after he leaves prison. Tully, who has been held without bail since December, showed no emotion as the sentence was read at about 2 p.m.

Tully pleaded guilty in October to wire fraud and money laundering. Prosecutors said that from 1994 until his arrest in the summer of 2003, he moved money from the dormant accounts of elderly customers at Coral Savings Bank into accounts he controlled, withdrawing cash every month to pay for a boat, a condominium in Key West and trips to Las Vegas.

The hearing began at 9:15 a.m. and lasted more than four hours. Eleven victims or relatives spoke. One, a retired schoolteacher, said she discovered the theft last spring, when she tried to withdraw money to repair her roof and found her account almost empty.

"He shook my hand every Christmas and asked about my grandchildren," she said.

Defense lawyers had asked for a sentence of five years, citing Tully's cooperation with investigators and his poor health. Judge Mendez rejected the request, saying the thefts were "cruel, calculated and aimed at people who trusted you completely."

Tully's lawyer, Martin Ocasio, said on Thursday that his client would not appeal. Tully's wife filed for divorce on Monday.

The judge ordered Tully to report to prison by April 12. With credit for good behavior, he could be released in about ten years.

Federal regulators fined the bank $2 million in January and ordered it to audit its dormant accounts every six months. The bank's board will meet on Tuesday to consider further changes, a spokeswoman said.

The case is the largest of its kind in Florida in the past five years, prosecutors said. Investigators are still trying to trace about $1.1 million that Tully is believed to have moved to accounts overseas.
""", [
    ('March 5', 'DATE', '2004-03-05'),
    ('nearly a decade', 'DURATION', 'P10Y|P1DE'),
    ('today', 'DATE', '2004-03-05'),
    ('12 years', 'DURATION', 'P12Y'),
    ('three years', 'DURATION', 'P3Y'),
    ('December', 'DATE', '2003-12'),
    ('about 2 p.m.', 'TIME', '2004-03-05T14:00'),
    ('October', 'DATE', '2003-10'),
    ('1994', 'DATE', '1994'),
    ('the summer of 2003', 'DATE', '2003-SU'),
    ('every month', 'SET', 'P1M'),
    ('9:15 a.m.', 'TIME', '2004-03-05T09:15'),
    ('more than four hours', 'DURATION', 'PT4H'),
    ('last spring', 'DATE', '2003-SP'),
    ('every Christmas', 'SET', 'XXXX-12-25'),
    ('five years', 'DURATION', 'P5Y'),
    ('Thursday', 'DATE', '2004-03-04'),
    ('Monday', 'DATE', '2004-03-01'),
    ('April 12', 'DATE', '2004-04-12'),
    ('about ten years', 'DURATION', 'P10Y'),
    ('January', 'DATE', '2004-01'),
    ('every six months', 'SET', 'P6M'),
    ('Tuesday', 'DATE', '2004-03-09'),
    ('the past five years', 'DURATION', 'P5Y'),
]),
('2009-02-03', 'auto', """Henrietta Voss, Inventor

Henrietta Voss was born on Tuesday, March 3, 1874, in Dayton, Ohio, the third daughter of a watchmaker. As a girl she spent hours in her father's shop, learning to take apart and rebuild pocket watches.

In 1892 she enrolled in a two-year course in mechanical drawing at a Cincinnati technical school, one of only three women in her class. She married Carl Voss, a printer, in the autumn of 1896.

Her first invention, a spring-loaded clothes wringer, came three years later. It sold poorly, and Carl, who had lost his job a year earlier, urged her to give up.

The invention that made her name began with a kitchen accident. In the winter of 1903, a neighbour's child was badly scalded when the lid blew off a pressure cooker. Voss spent the next 18 months designing a weighted safety valve that released steam before the pressure could build to dangerous levels, testing her prototypes three times a week on her own stove.

She filed for a patent on Wednesday, June 14, 1905, and it was granted the following year. Within a decade, her valve was fitted to nearly every pressure cooker sold in the United States.

Throughout the 1910s she ran her own manufacturing company from a converted stable, employing 40 women whom she paid weekly, an unusual practice in the trade. Every Sunday she opened the workshop to girls from the neighbourhood who wanted to learn to use a lathe.

Carl died in 1921. Voss sold the company in the summer of 1929, shortly before the stock market crash, and retired to a house overlooking the Great Miami River, where she continued to tinker and to answer letters from young engineers. She was one of only a handful of women to hold more than 20 patents in the early 20th century.

She died on November 2, 1951. Her workshop reopened as a museum in 1976, and a bronze plaque was placed at its door in 2006, a century after her patent was granted.

Today, valves built to her design are still found in kitchens around the world.
""", [
    ('Tuesday, March 3, 1874', 'DATE', '1874-03-03'),
    ('hours', 'DURATION', 'PTXH'),
    ('1892', 'DATE', '1892'),
    ('two-year', 'DURATION', 'P2Y'),
    ('the autumn of 1896', 'DATE', '1896-FA'),
    ('three years later', 'DATE', '1899'),
    ('a year earlier', 'DATE', '1898'),
    ('the winter of 1903', 'DATE', '1903-WI'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('three times a week', 'SET', 'P1W'),
    ('Wednesday, June 14, 1905', 'DATE', '1905-06-14'),
    ('the following year', 'DATE', '1906'),
    ('a decade', 'DURATION', 'P10Y|P1DE'),
    ('the 1910s', 'DATE', '191'),
    ('weekly', 'SET', 'P1W'),
    ('Every Sunday', 'SET', 'XXXX-WXX-7'),
    ('1921', 'DATE', '1921'),
    ('the summer of 1929', 'DATE', '1929-SU'),
    ('the early 20th century', 'DATE', '19'),
    ('November 2, 1951', 'DATE', '1951-11-02'),
    ('1976', 'DATE', '1976'),
    ('2006', 'DATE', '2006'),
    ('a century', 'DURATION', 'P100Y|P1CE'),
    ('Today', 'DATE', 'PRESENT_REF|2009-02-03'),
]),
('2012-06-09', 'auto', """DES MOINES, Iowa, June 9 (Wire) - Farmers across the Midwest are watching young corn plants curl and yellow as a dry spell that began in March stretches into summer, the worst in more than half a century.

Parts of Iowa, Illinois and Indiana have received less than a third of their normal rainfall since April 1, the National Weather Service said on Friday. Des Moines has had just over an inch of rain in the past nine weeks, the lowest total since record-keeping began in 1878.

"I've been farming for 40 years, and I've never seen the ground this hard so early," said Dale Hermsen, who grows corn and soybeans near Ames. "A year ago we were sandbagging the creek. Now I'd pay for a thunderstorm."

Temperatures reached 97 degrees on Thursday afternoon, and forecasters expect little relief. A weak front could bring scattered showers on Monday night, but the 30-day outlook calls for above-normal temperatures and below-normal rainfall.

The governor declared a disaster in 14 counties on Wednesday, and state officials have asked residents there to water lawns no more than twice a week. The restrictions will remain in place until the end of August at least, officials said.

The Agriculture Department will update its crop estimates on Tuesday. Only 63 percent of Iowa's corn is now rated good or excellent, down from 77 percent two weeks ago. Corn futures have risen 9 percent this week on the Chicago Board of Trade.

The state climatologist, Karen Oldham, said the soil needs about eight inches of rain over the next three weeks to recover. "That is not going to happen," she said.

Older farmers are already drawing comparisons with the drought of 1988, which cut Iowa's corn harvest by nearly a third, and even with the Dust Bowl of the 1930s. Last summer, many of the same fields were under water after the Missouri River flooded.

Ranchers in the western part of the state have begun selling cattle because pastures have dried out and hay prices have climbed, and some grain elevators have stopped offering contracts for the new crop.
""", [
    ('June 9', 'DATE', '2012-06-09'),
    ('March', 'DATE', '2012-03'),
    ('summer', 'DATE', '2012-SU'),
    ('more than half a century', 'DURATION', 'P50Y'),
    ('April 1', 'DATE', '2012-04-01'),
    ('Friday', 'DATE', '2012-06-08'),
    ('the past nine weeks', 'DURATION', 'P9W'),
    ('1878', 'DATE', '1878'),
    ('40 years', 'DURATION', 'P40Y'),
    ('A year ago', 'DATE', '2011|2011-06|2011-06-09'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Thursday afternoon', 'TIME', '2012-06-07TAF'),
    ('Monday night', 'TIME', '2012-06-11TNI'),
    ('30-day', 'DURATION', 'P30D'),
    ('Wednesday', 'DATE', '2012-06-06'),
    ('twice a week', 'SET', 'P1W'),
    ('the end of August', 'DATE', '2012-08'),
    ('Tuesday', 'DATE', '2012-06-12'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('two weeks ago', 'DATE', '2012-W21|2012-05-26'),
    ('this week', 'DATE', '2012-W23'),
    ('the next three weeks', 'DURATION', 'P3W'),
    ('1988', 'DATE', '1988'),
    ('the 1930s', 'DATE', '193'),
    ('Last summer', 'DATE', '2011-SU'),
]),
('2013-11-14', 'auto', """CARLIN, W.Va. (Wire) - Fifty years ago, at 6:40 a.m. on Thursday, November 14, 1963, an explosion tore through the No. 4 shaft of the Carlin Ridge mine, trapping 97 men more than a mile underground.

For three days, rescuers dug through rock and smoke while wives and children waited in the cold at the mine entrance. Twelve men were brought out alive on Saturday afternoon, and 24 bodies were recovered. Three days later, with fires still burning, the company sealed the shaft, leaving 61 miners inside. They were not brought out until the following spring.

Earl Haskins was 21 and had worked at the mine for two years. He had switched shifts with a friend the day before. "I think about him every morning," Haskins said this week, standing beside the granite memorial that lists the names of the 85 men who died.

A state inquiry opened in January 1964 and reported eight months later that the company had ignored repeated warnings about methane. The mine had been cited for ventilation problems twice in the previous year.

In the 1950s the mine employed more than 1,100 men; by the early 1960s the number had fallen to about 640. It never reopened after the explosion, and within two years half the families in Carlin had moved away.

Survivors and relatives have gathered at the mine entrance every November since 1965. On Sunday, about 300 people are expected for a service at which the names of the dead will be read aloud, beginning at 6:40 a.m.

The state legislature passed a resolution on Tuesday honoring the miners, and yesterday the governor ordered flags lowered on state buildings through the weekend.

The anniversary comes as West Virginia's coal industry, which has lost thousands of jobs over the past decade, faces new pressure from cheap natural gas and stricter pollution rules.

"Carlin was a warning that nobody wanted to hear," said Ruth Ellery, a historian at Marshall University who has interviewed dozens of the survivors. "We are still arguing about who pays when a mine closes."
""", [
    ('Fifty years ago', 'DATE', '1963|1963-11|1963-11-14'),
    ('6:40 a.m.', 'TIME', '1963-11-14T06:40'),
    ('Thursday, November 14, 1963', 'DATE', '1963-11-14'),
    ('three days', 'DURATION', 'P3D'),
    ('Saturday afternoon', 'TIME', '1963-11-16TAF'),
    ('Three days later', 'DATE', '1963-11-19'),
    ('the following spring', 'DATE', '1964-SP'),
    ('two years', 'DURATION', 'P2Y'),
    ('the day before', 'DATE', '1963-11-13'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO'),
    ('this week', 'DATE', '2013-W46'),
    ('January 1964', 'DATE', '1964-01'),
    ('eight months later', 'DATE', '1964-09'),
    ('the previous year', 'DATE', '1962'),
    ('the 1950s', 'DATE', '195'),
    ('the early 1960s', 'DATE', '196'),
    ('two years', 'DURATION', 'P2Y'),
    ('every November', 'SET', 'XXXX-11'),
    ('1965', 'DATE', '1965'),
    ('Sunday', 'DATE', '2013-11-17'),
    ('6:40 a.m.', 'TIME', '2013-11-17T06:40'),
    ('Tuesday', 'DATE', '2013-11-12'),
    ('yesterday', 'DATE', '2013-11-13'),
    ('the weekend', 'DATE', '2013-W46-WE'),
    ('the past decade', 'DURATION', 'P10Y|P1DE'),
]),
('2019-05-13', 'auto', """LONDON, May 13 (Wire) - President Marta Lindholm of Iceland will make a three-day state visit to Britain next month, Buckingham Palace announced on Monday, the first by an Icelandic head of state since 1990.

The visit will begin on June 18 with a ceremonial welcome on Horse Guards Parade, followed by a state banquet at Buckingham Palace that evening. Lindholm will address members of both Houses of Parliament the following day and travel to Edinburgh on June 20 before flying home.

Palace officials said the invitation was issued last autumn, when the Prince of Wales visited Reykjavik, and that planning for the trip had taken nearly eight months. Details were agreed at a meeting at the Foreign Office on Friday, and a draft programme was sent to Reykjavik on Sunday.

Britain usually hosts two incoming state visits annually. The most recent, by the King of the Netherlands, took place in October.

The Queen, who has welcomed scores of heads of state during her 67-year reign, will accompany the president at the banquet. Preparations for such dinners typically take about six weeks, according to the palace, with the table alone requiring two days to lay.

Ministers are expected to use the visit to discuss trade after Brexit, which has been delayed until October 31. Iceland, which is not a member of the European Union, signed a provisional trade agreement with Britain earlier this year to protect the flow of goods if Britain leaves without a deal.

The two countries have not always been friends. Between 1958 and 1976 they fought three "cod wars" over fishing rights in the North Atlantic, the last of which ended with a British retreat after nearly seven months of clashes at sea.

Lindholm's office will publish the full programme on Wednesday. The state rooms at Buckingham Palace, which normally open to paying visitors in July, will not be affected, a spokeswoman said.
""", [
    ('May 13', 'DATE', '2019-05-13'),
    ('three-day', 'DURATION', 'P3D'),
    ('next month', 'DATE', '2019-06'),
    ('Monday', 'DATE', '2019-05-13'),
    ('1990', 'DATE', '1990'),
    ('June 18', 'DATE', '2019-06-18'),
    ('that evening', 'TIME', '2019-06-18TEV'),
    ('the following day', 'DATE', '2019-06-19'),
    ('June 20', 'DATE', '2019-06-20'),
    ('last autumn', 'DATE', '2018-FA'),
    ('nearly eight months', 'DURATION', 'P8M'),
    ('Friday', 'DATE', '2019-05-10'),
    ('Sunday', 'DATE', '2019-05-12'),
    ('annually', 'SET', 'P1Y'),
    ('October', 'DATE', '2018-10'),
    ('67-year', 'DURATION', 'P67Y'),
    ('about six weeks', 'DURATION', 'P6W'),
    ('two days', 'DURATION', 'P2D'),
    ('October 31', 'DATE', '2019-10-31'),
    ('earlier this year', 'DATE', '2019'),
    ('1958', 'DATE', '1958'),
    ('1976', 'DATE', '1976'),
    ('nearly seven months', 'DURATION', 'P7M'),
    ('Wednesday', 'DATE', '2019-05-15'),
    ('July', 'DATE', '2019-07'),
]),
('2016-04-10', 'auto', """MILWAUKEE, April 10 (Wire) - Kenya's Daniel Kiprono won the Lakeshore Marathon this morning in 2 hours 8 minutes 41 seconds, breaking a course record that had stood for 11 years, while Ethiopia's Meseret Alemu took the women's race in her debut at the distance.

A record 14,200 runners set off from the lakefront at 7 a.m. in near-freezing temperatures. Kiprono, 27, pulled away from a pack of five runners shortly after the 30-kilometer mark and crossed the finish line at 9:08 a.m. to the cheers of a crowd that had lined the course since early morning.

The previous record was set in 2005 by Tesfaye Bekele of Ethiopia. "I ran hills near Eldoret three times a week through the winter," Kiprono said. "Today the wind helped me, too."

Alemu, 23, finished in 2 hours 26 minutes 3 seconds, nearly four minutes ahead of the defending champion, Laura Whitcombe of Canada.

Conditions were a marked improvement on last year, when heavy rain and wind forced organizers to shorten the wheelchair race. On Friday, race officials had warned runners to dress for the cold, and at a pasta dinner on Saturday night the race director, Tom Brandt, predicted that "someone will run very fast."

Medical staff treated 34 runners for exhaustion or hypothermia. One man from Madison was taken to a hospital and was in stable condition this afternoon, officials said.

The course closed after six hours, and roads along Lincoln Memorial Drive reopened by 2 p.m.

The race, first held in 1981, has been run every spring since then except in 2001, when it was canceled because of flooding.

Kiprono will receive $40,000 when the results are certified on Tuesday. He said he would fly home on Monday and hoped to earn a place on Kenya's team for the Olympic Games in Rio de Janeiro in August. The race will next be run on April 9, 2017.
""", [
    ('April 10', 'DATE', '2016-04-10'),
    ('this morning', 'TIME', '2016-04-10TMO'),
    ('2 hours 8 minutes 41 seconds', 'DURATION', 'PT2H8M41S'),
    ('11 years', 'DURATION', 'P11Y'),
    ('7 a.m.', 'TIME', '2016-04-10T07:00'),
    ('9:08 a.m.', 'TIME', '2016-04-10T09:08'),
    ('early morning', 'TIME', '2016-04-10TMO'),
    ('2005', 'DATE', '2005'),
    ('three times a week', 'SET', 'P1W'),
    ('the winter', 'DATE', '2015-WI|2016-WI'),
    ('Today', 'DATE', '2016-04-10'),
    ('2 hours 26 minutes 3 seconds', 'DURATION', 'PT2H26M3S'),
    ('nearly four minutes', 'DURATION', 'PT4M'),
    ('last year', 'DATE', '2015'),
    ('Friday', 'DATE', '2016-04-08'),
    ('Saturday night', 'TIME', '2016-04-09TNI'),
    ('this afternoon', 'TIME', '2016-04-10TAF'),
    ('six hours', 'DURATION', 'PT6H'),
    ('2 p.m.', 'TIME', '2016-04-10T14:00'),
    ('1981', 'DATE', '1981'),
    ('every spring', 'SET', 'XXXX-SP'),
    ('2001', 'DATE', '2001'),
    ('Tuesday', 'DATE', '2016-04-12'),
    ('Monday', 'DATE', '2016-04-11'),
    ('August', 'DATE', '2016-08'),
    ('April 9, 2017', 'DATE', '2017-04-09'),
]),
('2022-08-29', 'auto', """Port Aldren: A Timeline

From a fur-trading post to a city of 380,000, Port Aldren has been reinventing itself for more than two centuries. Here are the milestones.

1791 - Fur traders build a post at the mouth of the Aldren River. For the next four decades the settlement holds fewer than 200 people.

1834 - The territorial legislature incorporates Port Aldren as a town. Its first council meets on Monday, March 3, 1834, in a tavern on Water Street.

1857 - The railway arrives from the east. Within three years the population triples, to 9,000.

1873 - A fire breaks out in a sawmill just before midnight on September 21 and burns for two days, destroying most of the wooden waterfront. The following year the council bans wooden buildings downtown.

1901 - Electric streetcars begin running along Main Street every ten minutes.

1918 - Influenza kills 1,400 residents in the autumn. Schools and theaters stay closed for nearly two months.

1931 - The Aldren Steel works, the city's largest employer, shuts down for almost two years.

1962 - The interstate highway reaches the city on Friday, November 16, 1962. Within a decade the downtown loses half its shops to suburban malls.

1978 - The population peaks at 412,000.

1990s - Through the late 1990s, old warehouses along the river are converted into lofts, studios and offices, and a technology park opens on the site of the steel works, preparing the city for the 21st century.

2008 - Riverfront Park opens on July 4, with fireworks marking both Independence Day and the rebirth of the waterfront.

2020 - The census counts 380,000 residents, up 6 percent over the previous decade. Detailed figures released the following year show that the fastest growth came downtown.

Today - The city is home to three universities and a busy container port. The council approved the route of a light rail line this year; work begins next spring, and officials hope trains will be running by the end of the decade.
""", [
    ('more than two centuries', 'DURATION', 'P200Y|P2CE'),
    ('1791', 'DATE', '1791'),
    ('the next four decades', 'DURATION', 'P40Y|P4DE'),
    ('1834', 'DATE', '1834'),
    ('Monday, March 3, 1834', 'DATE', '1834-03-03'),
    ('1857', 'DATE', '1857'),
    ('three years', 'DURATION', 'P3Y'),
    ('1873', 'DATE', '1873'),
    ('just before midnight', 'TIME', '1873-09-21T24:00|1873-09-22T00:00|1873-09-21TMI'),
    ('September 21', 'DATE', '1873-09-21'),
    ('two days', 'DURATION', 'P2D'),
    ('The following year', 'DATE', '1874'),
    ('1901', 'DATE', '1901'),
    ('every ten minutes', 'SET', 'PT10M'),
    ('1918', 'DATE', '1918'),
    ('the autumn', 'DATE', '1918-FA'),
    ('nearly two months', 'DURATION', 'P2M'),
    ('1931', 'DATE', '1931'),
    ('almost two years', 'DURATION', 'P2Y'),
    ('1962', 'DATE', '1962'),
    ('Friday, November 16, 1962', 'DATE', '1962-11-16'),
    ('a decade', 'DURATION', 'P10Y|P1DE'),
    ('1978', 'DATE', '1978'),
    ('1990s', 'DATE', '199'),
    ('the late 1990s', 'DATE', '199'),
    ('the 21st century', 'DATE', '20'),
    ('2008', 'DATE', '2008'),
    ('July 4', 'DATE', '2008-07-04'),
    ('Independence Day', 'DATE', '2008-07-04'),
    ('2020', 'DATE', '2020'),
    ('the previous decade', 'DURATION', 'P10Y|P1DE'),
    ('the following year', 'DATE', '2021'),
    ('Today', 'DATE', 'PRESENT_REF|2022-08-29'),
    ('this year', 'DATE', '2022'),
    ('next spring', 'DATE', '2023-SP'),
    ('the end of the decade', 'DATE', '202'),
]),
('2025-02-12', 'auto', """ASHWORTH - Council tax in Ashworth will rise by 4.99 per cent from April, the maximum allowed without a referendum, after councillors approved the borough's budget in a vote that ended at 11.35pm on Tuesday.

The vote, 31 to 19, followed a six-hour debate in which opposition members accused the ruling group of "balancing the books on the backs of the vulnerable". Ashworth currently has the lowest council tax in the county.

The council faces a £14.2 million shortfall over the next three years. Council leader Priya Shah said the borough's grant from central government had been cut by 40 per cent over the past decade, while demand for adult social care had risen every year since 2016.

"Nobody came into local politics to close libraries," she said. "But we cannot keep doing what we did last year, when we spent £6 million of our reserves just to stand still."

Under the plan, the borough's four libraries will close on Mondays, and bin collections will move from weekly to every fortnight from the summer.

The budget was first presented to the cabinet on 21 January. A public consultation that ran for nearly a month drew 2,300 responses, most of them opposed to the library cuts. Earlier this year, the council's auditors warned that without savings its reserves could be exhausted within two years.

Opposition councillors tabled an amendment on Monday that would have kept the libraries open by cutting the council's communications budget and leaving two senior posts unfilled. It was defeated by 12 votes.

Full council will meet again on Thursday to set fees and charges, including parking charges, which are due to rise in May. Bills will be sent to households in March, and the new financial year begins on 1 April.

The mayor, Cllr Tom Reddy, will hold a public question session at the town hall at 7pm on 26 February. Residents can also submit questions through the council's website until noon on Friday.
""", [
    ('April', 'DATE', '2025-04'),
    ('11.35pm', 'TIME', '2025-02-11T23:35'),
    ('Tuesday', 'DATE', '2025-02-11'),
    ('six-hour', 'DURATION', 'PT6H'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('the past decade', 'DURATION', 'P10Y|P1DE'),
    ('every year', 'SET', 'P1Y'),
    ('2016', 'DATE', '2016'),
    ('last year', 'DATE', '2024'),
    ('Mondays', 'SET', 'XXXX-WXX-1'),
    ('weekly', 'SET', 'P1W'),
    ('every fortnight', 'SET', 'P2W'),
    ('the summer', 'DATE', '2025-SU'),
    ('21 January', 'DATE', '2025-01-21'),
    ('nearly a month', 'DURATION', 'P1M'),
    ('Earlier this year', 'DATE', '2025'),
    ('two years', 'DURATION', 'P2Y'),
    ('Monday', 'DATE', '2025-02-10'),
    ('Thursday', 'DATE', '2025-02-13'),
    ('May', 'DATE', '2025-05'),
    ('March', 'DATE', '2025-03'),
    ('1 April', 'DATE', '2025-04-01'),
    ('7pm', 'TIME', '2025-02-26T19:00'),
    ('26 February', 'DATE', '2025-02-26'),
    ('noon', 'TIME', '2025-02-14T12:00'),
    ('Friday', 'DATE', '2025-02-14'),
]),
]
