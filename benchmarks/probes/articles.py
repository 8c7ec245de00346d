PROBES = [
('2025-03-12', 'auto', """WASHINGTON, March 12 (Wire) - Senate leaders struck a tentative deal on Tuesday to keep the federal government funded through September 30, averting a shutdown that had loomed for weeks.

The agreement, reached shortly before 11 p.m. after a day of closed-door talks, still needs a vote in the House, which Speaker Ann Morrow said would come "no later than Friday."

"We will bring it to the floor this week, and I expect it to pass," Morrow told reporters on Wednesday morning. "Nobody wants a repeat of 2013."

Lawmakers have relied on short-term funding bills since October, when the new budget cycle began. The last stopgap, passed on December 20, expires at midnight Friday. Two earlier measures, one in November and another the following month, drew opposition from fiscal hawks.

The current fight began in late January, when the White House sent Congress a list of spending cuts worth about $40 billion. Three days later, the House Appropriations Committee rejected most of them, and the talks stalled for nearly six weeks.

Budget standoffs are not new. In 1995 and 1996, a dispute between President Bill Clinton and a Republican Congress closed federal offices for a total of 26 days. The longest shutdown in American history, 35 days, ended in January 2019.

Under the deal, agencies would receive a 2 percent increase over last year's levels, and a bipartisan commission would report on long-term deficit reduction by the end of the year. The commission would meet every month starting in May.

Senator Luis Ortega, a Democrat, said the agreement "buys us six months of calm, nothing more." He said he plans to introduce a full-year budget next month and to hold hearings in the spring.

The Senate is expected to vote on Thursday afternoon. If both chambers approve the measure, the president will sign it before the weekend, aides said.

Earlier this month, credit rating agencies warned that repeated brinkmanship could weigh on the country's rating. One of them cut its outlook in the summer of 2023, citing "a steady deterioration in standards of governance" over the past two decades.
""", [
    ('March 12', 'DATE', '2025-03-12'),
    ('Tuesday', 'DATE', '2025-03-11'),
    ('September 30', 'DATE', '2025-09-30'),
    ('weeks', 'DURATION', 'PXW'),
    ('11 p.m.', 'TIME', '2025-03-11T23:00'),
    ('a day', 'DURATION', 'P1D'),
    ('Friday', 'DATE', '2025-03-14'),
    ('this week', 'DATE', '2025-W11'),
    ('Wednesday morning', 'TIME', '2025-03-12TMO'),
    ('2013', 'DATE', '2013'),
    ('October', 'DATE', '2024-10'),
    ('December 20', 'DATE', '2024-12-20'),
    ('midnight Friday', 'TIME', '2025-03-14T24:00|2025-03-15T00:00|2025-03-14TMI'),
    ('November', 'DATE', '2024-11'),
    ('the following month', 'DATE', '2024-12'),
    ('late January', 'DATE', '2025-01'),
    ('Three days later', 'DATE', None),
    ('nearly six weeks', 'DURATION', 'P6W'),
    ('1995', 'DATE', '1995'),
    ('1996', 'DATE', '1996'),
    ('26 days', 'DURATION', 'P26D'),
    ('35 days', 'DURATION', 'P35D'),
    ('January 2019', 'DATE', '2019-01'),
    ('last year', 'DATE', '2024'),
    ('the end of the year', 'DATE', '2025'),
    ('every month', 'SET', 'P1M'),
    ('May', 'DATE', '2025-05'),
    ('six months', 'DURATION', 'P6M'),
    ('next month', 'DATE', '2025-04'),
    ('the spring', 'DATE', '2025-SP'),
    ('Thursday afternoon', 'TIME', '2025-03-13TAF'),
    ('the weekend', 'DATE', '2025-W11-WE'),
    ('Earlier this month', 'DATE', '2025-03'),
    ('the summer of 2023', 'DATE', '2023-SU'),
    ('the past two decades', 'DURATION', 'P2DE|P20Y'),
]),
('2024-11-20', 'auto', """Russian forces launched one of the largest drone attacks of the war overnight, striking power plants in at least six regions and leaving hundreds of thousands of homes without electricity as temperatures dropped below freezing.

The air force said air defences shot down 84 of 120 drones between 1 a.m. and 6 a.m. on Wednesday. Officials in Kharkiv said a nine-storey apartment building was hit at around 3:40 a.m., killing two people.

It was the third major attack on the energy grid this month. On November 4, missiles hit a thermal plant near Dnipro, and two days later a substation in the west was knocked out for almost 48 hours.

The strikes came a day after President Volodymyr Zelensky marked the 1,000th day of the full-scale invasion, which began on February 24, 2022. In a speech to parliament on Tuesday, he said the country had "survived the hardest winter in its history" in 2022 and would survive this one too.

"We need more systems now, not next spring," he said. "Delay costs lives."

The fighting on the ground has intensified since the summer. Russian troops have advanced about 15 kilometres toward the logistics hub of Pokrovsk since early August, according to open-source analysts, and they captured the town of Vuhledar in early October after more than two years of attacks.

Western officials say the coming months will be decisive. The outgoing U.S. administration plans to send remaining aid before January 20, when a new president takes office, a senior official said last week. European defence ministers are due to meet in Brussels on December 3 to discuss ammunition deliveries for 2025.

The war has its roots in 2014, when Russia annexed Crimea and backed separatists in the Donbas. A ceasefire signed in Minsk the following year never fully held, and more than 14,000 people were killed in the eight years before the invasion.

Energy company Ukrenergo said on Wednesday afternoon that repairs would take "days, not hours," and it introduced rolling four-hour blackouts in Kyiv, starting at 8 a.m. Thursday. Residents were urged to charge devices in advance.
""", [
    ('1 a.m.', 'TIME', '2024-11-20T01:00'),
    ('6 a.m.', 'TIME', '2024-11-20T06:00'),
    ('Wednesday', 'DATE', '2024-11-20'),
    ('around 3:40 a.m.', 'TIME', '2024-11-20T03:40'),
    ('this month', 'DATE', '2024-11'),
    ('November 4', 'DATE', '2024-11-04'),
    ('two days later', 'DATE', '2024-11-06'),
    ('almost 48 hours', 'DURATION', 'PT48H'),
    ('a day', 'DURATION', 'P1D|2024-11-19'),
    ('February 24, 2022', 'DATE', '2022-02-24'),
    ('Tuesday', 'DATE', '2024-11-19'),
    ('2022', 'DATE', '2022'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('next spring', 'DATE', '2025-SP'),
    ('the summer', 'DATE', '2024-SU'),
    ('early August', 'DATE', '2024-08'),
    ('early October', 'DATE', '2024-10'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('January 20', 'DATE', '2025-01-20'),
    ('last week', 'DATE', '2024-W46'),
    ('December 3', 'DATE', '2024-12-03'),
    ('2025', 'DATE', '2025'),
    ('2014', 'DATE', '2014'),
    ('the following year', 'DATE', '2015'),
    ('eight years', 'DURATION', 'P8Y'),
    ('Wednesday afternoon', 'TIME', '2024-11-20TAF'),
    ('days', 'DURATION', 'PXD'),
    ('hours', 'DURATION', 'PXH'),
    ('four-hour', 'DURATION', 'PT4H'),
    ('8 a.m. Thursday', 'TIME', '2024-11-21T08:00'),
]),
('2025-01-31', 'auto', """FRANKFURT, Jan 31 (Wire) - Euro zone inflation edged up again in January, data showed on Friday, complicating the European Central Bank's plans to keep cutting interest rates through the spring.

Consumer prices rose 2.6% year on year, up from 2.4% in December and 2.2% in November, Eurostat said. Economists polled last week had expected the rate to hold steady.

The ECB cut its deposit rate by a quarter point on Thursday, its fifth cut since June, and President Christine Lagarde said at a news conference afterward that the bank was "not yet" at the end of the easing cycle. The next policy meeting is on March 6.

"We expect inflation to settle around our target in the course of this year," Lagarde said. Markets are now pricing in three more cuts by the end of 2025.

Inflation peaked at 10.6% in October 2022, after Russia's invasion of Ukraine sent energy prices soaring. The bank raised rates ten times in a row between July 2022 and September 2023, the fastest tightening since the euro was launched in 1999.

Growth remains weak. The euro zone economy stagnated in the fourth quarter, preliminary data showed on Thursday, after expanding by 0.4% in the previous three months. Germany's economy shrank again in 2024, the first back-to-back contraction since 2002 and 2003.

"The first half of the year will be difficult," said Marta Klein, chief economist at Nordbank. "We see a recovery in the second half, but tariffs are a big risk." The new U.S. administration has threatened duties on European goods, and trade officials are due to meet in Washington in mid-February.

Energy costs, which fell sharply last year, rose again this winter. Gas prices hit a 15-month high on January 10 during a cold spell, before easing in the past two weeks.

Core inflation, which strips out volatile food and fuel prices, held at 2.7%, unchanged since September. Services inflation, closely watched by policymakers, eased to 3.9% from 4.0% a month earlier.

Eurostat will publish the February estimate on March 3 at 11:00 CET. Lagarde is due to testify before the European Parliament next week.
""", [
    ('Jan 31', 'DATE', '2025-01-31'),
    ('January', 'DATE', '2025-01'),
    ('Friday', 'DATE', '2025-01-31'),
    ('the spring', 'DATE', '2025-SP'),
    ('December', 'DATE', '2024-12'),
    ('November', 'DATE', '2024-11'),
    ('last week', 'DATE', '2025-W04'),
    ('Thursday', 'DATE', '2025-01-30'),
    ('June', 'DATE', '2024-06'),
    ('March 6', 'DATE', '2025-03-06'),
    ('this year', 'DATE', '2025'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the end of 2025', 'DATE', '2025'),
    ('October 2022', 'DATE', '2022-10'),
    ('July 2022', 'DATE', '2022-07'),
    ('September 2023', 'DATE', '2023-09'),
    ('1999', 'DATE', '1999'),
    ('the fourth quarter', 'DATE', '2024-Q4'),
    ('Thursday', 'DATE', '2025-01-30'),
    ('the previous three months', 'DURATION|DATE', 'P3M|2024-Q3'),
    ('2024', 'DATE', '2024'),
    ('2002', 'DATE', '2002'),
    ('2003', 'DATE', '2003'),
    ('The first half of the year', 'DATE', '2025-H1'),
    ('the second half', 'DATE', '2025-H2'),
    ('mid-February', 'DATE', '2025-02'),
    ('last year', 'DATE', '2024'),
    ('this winter', 'DATE', '2024-WI|2025-WI'),
    ('15-month', 'DURATION', 'P15M'),
    ('January 10', 'DATE', '2025-01-10'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('September', 'DATE', '2024-09'),
    ('a month earlier', 'DATE', '2024-12'),
    ('February', 'DATE', '2025-02'),
    ('March 3', 'DATE', '2025-03-03'),
    ('11:00 CET', 'TIME', '2025-03-03T11:00|2025-03-03T11:00+01:00|2025-03-03T11:00+0100|2025-03-03T10:00Z'),
    ('next week', 'DATE', '2025-W06'),
]),
('2024-06-05', 'auto', """A federal jury on Tuesday found a former hedge fund manager guilty of securities fraud, capping a six-week trial that laid bare how he hid hundreds of millions of dollars in losses from investors.

Daniel Reyes, 52, showed no emotion as the verdict was read shortly after 4:30 p.m. He faces up to 20 years in prison on the most serious count. Judge Helen Park set sentencing for September 17 and ordered him to remain under house arrest until then.

Prosecutors said the scheme began in 2016, when Reyes's flagship fund lost nearly a third of its value in a single quarter. Rather than tell clients, he created fake trades and sent doctored statements every month for more than four years, according to testimony.

The fraud unravelled in March 2021. An auditor flagged discrepancies on March 8, and Reyes resigned the following week. He was arrested at his home in Connecticut in the early hours of June 2, 2022, and pleaded not guilty a day later.

The trial opened on April 22. Over the next 30 days of testimony, the jury heard from 41 witnesses, including a former assistant who said Reyes called her at 2 a.m. on New Year's Day 2019 and asked her to backdate a document.

Jurors deliberated for about 11 hours over two days before reaching a verdict. On Monday, they sent the judge a note asking to rehear the assistant's testimony.

"Today's verdict shows that no one is above the law," U.S. Attorney Mark Lowell said outside the courthouse. His office is seeking forfeiture of $310 million, and a hearing on that is scheduled for next month.

Reyes's lawyer, Carla Nunez, said her client would appeal. "We believe the judge made serious errors, and we will raise them with the appeals court in the coming weeks," she said.

Investors who lost money have filed a civil suit that is set to go to trial in early 2025. A settlement fund created in the autumn of 2022 has so far paid out about $45 million.

The case is one of the largest of its kind since the collapse of Bernard Madoff's firm in December 2008, which led to a 150-year prison sentence the following June.
""", [
    ('Tuesday', 'DATE', '2024-06-04'),
    ('six-week', 'DURATION', 'P6W'),
    ('4:30 p.m.', 'TIME', '2024-06-04T16:30'),
    ('20 years', 'DURATION', 'P20Y'),
    ('September 17', 'DATE', '2024-09-17'),
    ('2016', 'DATE', '2016'),
    ('a single quarter', 'DURATION', None),
    ('every month', 'SET', 'P1M'),
    ('more than four years', 'DURATION', 'P4Y'),
    ('March 2021', 'DATE', '2021-03'),
    ('March 8', 'DATE', '2021-03-08'),
    ('the following week', 'DATE', '2021-W11'),
    ('June 2, 2022', 'DATE', '2022-06-02'),
    ('a day later', 'DATE', '2022-06-03'),
    ('April 22', 'DATE', '2024-04-22'),
    ('30 days', 'DURATION', 'P30D'),
    ('2 a.m.', 'TIME', '2019-01-01T02:00'),
    ("New Year's Day 2019", 'DATE', '2019-01-01'),
    ('about 11 hours', 'DURATION', 'PT11H'),
    ('two days', 'DURATION', 'P2D'),
    ('Monday', 'DATE', '2024-06-03'),
    ('Today', 'DATE', '2024-06-05|2024-06-04'),
    ('next month', 'DATE', '2024-07'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('early 2025', 'DATE', '2025'),
    ('the autumn of 2022', 'DATE', '2022-FA'),
    ('December 2008', 'DATE', '2008-12'),
    ('150-year', 'DURATION', 'P150Y'),
    ('the following June', 'DATE', '2009-06'),
]),
('2023-09-10', 'auto', """MARRAKECH, Morocco (Wire) - Rescuers dug through rubble with their bare hands on Sunday in remote mountain villages, searching for survivors of the strongest earthquake to hit Morocco in more than a century, as the death toll rose above 2,000.

The magnitude 6.8 quake struck at 11:11 p.m. on Friday, about 70 kilometres southwest of Marrakech, when most families were asleep. A second tremor of magnitude 4.9 followed 19 minutes later.

By Saturday morning, the Interior Ministry had counted 820 dead. That figure more than doubled over the next 24 hours as teams reached villages cut off by landslides. The king declared three days of national mourning on Saturday evening.

"We have been digging since dawn," said Hassan Ait Ali, 41, in the village of Amizmiz. "Yesterday we found my cousin alive. Today we found nobody."

Aid agencies say the first 72 hours are critical. Spain said on Sunday it would send 56 rescuers and four sniffer dogs, and Britain and Qatar also deployed teams. Morocco has so far accepted help from only four countries.

The region last suffered a major disaster in 1960, when an earthquake destroyed the coastal city of Agadir and killed at least 12,000 people. A magnitude 6.4 quake near Al Hoceima in 2004 killed more than 600.

Seismologists said aftershocks could continue for weeks or even months. The U.S. Geological Survey estimated that economic losses could reach 8% of gross domestic product.

Many of the worst-hit homes were built of mud brick decades ago, engineers said. After the Agadir disaster, Morocco introduced building codes, but they were updated only in 2002 and are rarely enforced in rural areas.

Authorities said schools in the affected provinces would stay closed until at least September 18. The World Bank and IMF are due to hold their annual meetings in Marrakech from October 9 to October 15; officials said on Sunday afternoon that the meetings would go ahead as planned.

The government said it would announce a reconstruction plan within two weeks and promised to rehouse families before the winter. The last time the country faced a comparable task, after the 1960 disaster, rebuilding Agadir took nearly a decade.
""", [
    ('Sunday', 'DATE', '2023-09-10'),
    ('more than a century', 'DURATION', 'P100Y|P1CE'),
    ('11:11 p.m.', 'TIME', '2023-09-08T23:11'),
    ('Friday', 'DATE', '2023-09-08'),
    ('19 minutes later', 'TIME|DURATION', '2023-09-08T23:30|PT19M'),
    ('Saturday morning', 'TIME', '2023-09-09TMO'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('three days', 'DURATION', 'P3D'),
    ('Saturday evening', 'TIME', '2023-09-09TEV'),
    ('dawn', 'TIME', None),
    ('Yesterday', 'DATE', '2023-09-09'),
    ('Today', 'DATE', '2023-09-10'),
    ('72 hours', 'DURATION', 'PT72H'),
    ('Sunday', 'DATE', '2023-09-10'),
    ('1960', 'DATE', '1960'),
    ('2004', 'DATE', '2004'),
    ('weeks', 'DURATION', 'PXW'),
    ('months', 'DURATION', 'PXM'),
    ('decades ago', 'DATE', None),
    ('2002', 'DATE', '2002'),
    ('September 18', 'DATE', '2023-09-18'),
    ('annual', 'SET', 'P1Y'),
    ('October 9', 'DATE', '2023-10-09'),
    ('October 15', 'DATE', '2023-10-15'),
    ('Sunday afternoon', 'TIME', '2023-09-10TAF'),
    ('two weeks', 'DURATION', 'P2W'),
    ('the winter', 'DATE', '2023-WI'),
    ('1960', 'DATE', '1960'),
    ('nearly a decade', 'DURATION', 'P1DE|P10Y'),
]),
('2025-04-24', 'auto', """Northwind Motors said on Thursday that first-quarter profit fell 38%, as price cuts and a slump in European demand offset record sales in China, and it pushed back the launch of its cheaper model to the second half of next year.

Net income for the three months to March 31 was $1.2 billion, down from $1.9 billion a year earlier. Revenue slipped 4% to $21.4 billion. Shares fell 6% in early trading in New York and were down 4.5% at 11:15 a.m.

Chief executive Sara Lindqvist said on a call with analysts that the company would cut about 3,000 jobs by the end of June and close its plant in Ohio in 2026. "This year is tough, but we are building for the next decade," she said.

The compact model, first promised in 2021, had been due in the fourth quarter of 2025. It will now arrive "no earlier than mid-2026," Lindqvist said.

Northwind was founded in 1998 by two engineers in a garage in Detroit and sold fewer than 500 cars in its first five years. It went public in 2010, a year after it received a federal loan during the financial crisis. Sales took off in the mid-2010s, and by 2019 it was making a profit every quarter.

Since then, competition has grown fierce. Chinese rivals cut prices repeatedly over the past 18 months, and Northwind responded in January with discounts of up to 15% on its best-selling SUV. The company also said last month that it would delay the opening of a battery factory in Germany by two years.

The results come a week after rival Helios Auto reported its own weak quarter, and two days before the annual shareholders' meeting on Saturday, where investors will vote on Lindqvist's pay package.

Analysts said the guidance for the rest of the year was cautious. The company now expects deliveries of 1.8 million vehicles in 2025, compared with 1.9 million last year. It will report second-quarter results on July 23.

"The next two quarters will show whether the price war is over," said Tom Berg, an analyst at Lakeview Capital. "I wouldn't bet on it before the autumn."

The company's shares have lost about a third of their value since the start of the year, after doubling in 2024.
""", [
    ('Thursday', 'DATE', '2025-04-24'),
    ('first-quarter', 'DATE', '2025-Q1'),
    ('the second half of next year', 'DATE', '2026-H2'),
    ('three months', 'DURATION', 'P3M'),
    ('March 31', 'DATE', '2025-03-31'),
    ('a year earlier', 'DATE', '2024-Q1|2024'),
    ('11:15 a.m.', 'TIME', '2025-04-24T11:15'),
    ('the end of June', 'DATE', '2025-06'),
    ('2026', 'DATE', '2026'),
    ('This year', 'DATE', '2025'),
    ('the next decade', 'DATE|DURATION', None),
    ('2021', 'DATE', '2021'),
    ('the fourth quarter of 2025', 'DATE', '2025-Q4'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('mid-2026', 'DATE', '2026'),
    ('1998', 'DATE', '1998'),
    ('five years', 'DURATION', 'P5Y'),
    ('2010', 'DATE', '2010'),
    ('a year', 'DURATION|DATE', 'P1Y|2009'),
    ('mid-2010s', 'DATE', '201'),
    ('2019', 'DATE', '2019'),
    ('every quarter', 'SET', 'P3M|P1Q'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('January', 'DATE', '2025-01'),
    ('last month', 'DATE', '2025-03'),
    ('two years', 'DURATION', 'P2Y'),
    ('a week', 'DURATION|DATE', 'P1W|2025-W16'),
    ('two days', 'DURATION|DATE', 'P2D|2025-04-26'),
    ('annual', 'SET', 'P1Y'),
    ('Saturday', 'DATE', '2025-04-26'),
    ('the rest of the year', 'DATE', None),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2025', 'DATE', '2025'),
    ('last year', 'DATE', '2024'),
    ('second-quarter', 'DATE', '2025-Q2'),
    ('July 23', 'DATE', '2025-07-23'),
    ('The next two quarters', 'DURATION', 'P2Q|P6M'),
    ('the autumn', 'DATE', '2025-FA'),
    ('the start of the year', 'DATE', '2025'),
    ('2024', 'DATE', '2024'),
]),
('2024-02-18', 'auto', """At 87, Margarethe Voss still walks to her studio every morning, a 20-minute climb through the old town of Lindau, and works until the light fades in the late afternoon.

She was born in Hamburg in the winter of 1936, three years before the war began. Her father, a typesetter, was drafted in 1941 and never came back. After the war, she and her mother lived in a single room above a bakery, and she remembers spending the cold months of 1946 drawing on the backs of ration cards.

In 1955, aged 19, she won a scholarship to study in Paris. She stayed for nine years. "Those were the best years of my life," she says now. "I was poor and happy, and I painted every day." Her first exhibition opened in the spring of 1961; two years later she married the photographer Jean Arnaud, and the couple moved to Lindau in 1964.

The 1970s were difficult. Galleries wanted abstraction, and Voss painted faces. She took a teaching job in 1973 and held it for the next two decades, exhibiting rarely. Arnaud died in March 1989, a few months before the fall of the Berlin Wall. She did not paint for almost a year afterward.

Her late recognition began in 2008, when a curator in Munich came across a box of her drawings at a flea market. A retrospective followed in 2011, and in the decade since, her work has been bought by museums in Berlin, Vienna and New York.

On Friday, the city of Lindau named her an honorary citizen. The ceremony, held at noon in the town hall, lasted barely half an hour; Voss left early to catch the last of the daylight.

Next month she will open a new show in Zurich, her first abroad in five years. She is already planning another for 2025. "People ask me when I will stop," she said last week, sitting by the window on a grey Tuesday afternoon. "I tell them: the day after I die."

She rarely looks back. But every year on January 27, the anniversary of her father's last letter, she closes the studio and spends the day alone.
""", [
    ('every morning', 'SET', 'XXXX-XX-XXTMO'),
    ('20-minute', 'DURATION', 'PT20M'),
    ('the late afternoon', 'TIME', None),
    ('the winter of 1936', 'DATE', '1936-WI'),
    ('three years', 'DURATION', 'P3Y'),
    ('1941', 'DATE', '1941'),
    ('1946', 'DATE', '1946'),
    ('1955', 'DATE', '1955'),
    ('nine years', 'DURATION', 'P9Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every day', 'SET', 'P1D'),
    ('the spring of 1961', 'DATE', '1961-SP'),
    ('two years later', 'DATE', '1963'),
    ('1964', 'DATE', '1964'),
    ('The 1970s', 'DATE', '197'),
    ('1973', 'DATE', '1973'),
    ('the next two decades', 'DURATION', 'P2DE|P20Y'),
    ('March 1989', 'DATE', '1989-03'),
    ('a few months', 'DURATION', 'PXM'),
    ('almost a year', 'DURATION', 'P1Y'),
    ('2008', 'DATE', '2008'),
    ('2011', 'DATE', '2011'),
    ('the decade', 'DURATION|DATE', None),
    ('Friday', 'DATE', '2024-02-16'),
    ('noon', 'TIME', '2024-02-16T12:00'),
    ('half an hour', 'DURATION', 'PT30M'),
    ('Next month', 'DATE', '2024-03'),
    ('five years', 'DURATION', 'P5Y'),
    ('2025', 'DATE', '2025'),
    ('last week', 'DATE', '2024-W06'),
    ('Tuesday afternoon', 'TIME', '2024-02-06TAF'),
    ('every year', 'SET', 'P1Y'),
    ('January 27', 'DATE', 'XXXX-01-27'),
]),
('2024-11-06', 'auto', """RIVERTON - Councilwoman Dana Whitfield was elected mayor of Riverton on Tuesday, defeating two-term incumbent George Hale by fewer than 3,000 votes in a race that was not called until shortly after 1:30 a.m. on Wednesday.

Whitfield, 44, will be sworn in on January 1 and become the city's first Black woman mayor. She thanked supporters at a downtown hotel just before 2 a.m., telling them that "the work starts today."

"In my first 100 days, we will hire 200 new police officers and open three shelters," she said. She plans to present a budget in March and has promised a vote on the transit levy by next summer.

Turnout reached 61%, the highest for a municipal race since 1989, when the city elected its first Latino mayor. Early voting began on October 21 and ran for two weeks; more than 140,000 ballots were cast before Election Day.

Hale, who first won in 2016 and was re-elected four years later, conceded in a brief statement on Wednesday morning. He had led in every public poll until September, when a report by the city auditor found that his office had awarded no-bid contracts worth $12 million over the previous two years. Whitfield overtook him in a poll published on October 3, and the race stayed close for the rest of the campaign.

The result mirrors a broader shift. Eight years ago, Hale won all 11 districts; this year he carried only four.

The county will certify the results by November 26, and a recount could follow if the margin narrows below 0.5%. Hale's campaign said on Wednesday it had no plans to request one.

Whitfield grew up on the city's east side in the 1980s and worked as a public defender for a decade before joining the council in 2019. She was the council president last year, when she led a months-long fight over police funding.

Her transition team will hold its first meeting on Friday at 10 a.m. "We have eight weeks to get ready, and we'll use all of them," campaign manager Luis Ramos said.
""", [
    ('Tuesday', 'DATE', '2024-11-05'),
    ('1:30 a.m.', 'TIME', '2024-11-06T01:30'),
    ('Wednesday', 'DATE', '2024-11-06'),
    ('January 1', 'DATE', '2025-01-01'),
    ('2 a.m.', 'TIME', '2024-11-06T02:00'),
    ('today', 'DATE', '2024-11-06'),
    ('100 days', 'DURATION', 'P100D'),
    ('March', 'DATE', '2025-03'),
    ('next summer', 'DATE', '2025-SU'),
    ('1989', 'DATE', '1989'),
    ('October 21', 'DATE', '2024-10-21'),
    ('two weeks', 'DURATION', 'P2W'),
    ('Election Day', 'DATE', '2024-11-05'),
    ('2016', 'DATE', '2016'),
    ('four years later', 'DATE', '2020'),
    ('Wednesday morning', 'TIME', '2024-11-06TMO'),
    ('September', 'DATE', '2024-09'),
    ('the previous two years', 'DURATION', 'P2Y'),
    ('October 3', 'DATE', '2024-10-03'),
    ('Eight years ago', 'DATE', '2016'),
    ('this year', 'DATE', '2024'),
    ('November 26', 'DATE', '2024-11-26'),
    ('Wednesday', 'DATE', '2024-11-06'),
    ('the 1980s', 'DATE', '198'),
    ('a decade', 'DURATION', 'P1DE|P10Y'),
    ('2019', 'DATE', '2019'),
    ('last year', 'DATE', '2023'),
    ('months-long', 'DURATION', 'PXM'),
    ('Friday', 'DATE', '2024-11-08'),
    ('10 a.m.', 'TIME', '2024-11-08T10:00'),
    ('eight weeks', 'DURATION', 'P8W'),
]),
('2025-07-15', 'auto', """Astronomers said on Monday that a small asteroid discovered late last year has almost no chance of hitting Earth in 2032, after new observations from the James Webb Space Telescope narrowed its path.

The asteroid, known as 2024 YR4, was first spotted on December 27 by a telescope in Chile. By late January, its estimated odds of striking Earth on December 22, 2032, had climbed above 1%, and on February 18 they peaked at 3.1%, the highest ever recorded for an object of its size. Within a week, further measurements cut the risk to near zero.

The new data, collected in May, also refined the odds that the asteroid will hit the Moon. Those now stand at 4.3%, up from 1.7% in the spring, researchers said.

"If it does hit the Moon, it would be the largest lunar impact observed in modern times," said Dr. Priya Raman of the European Space Agency. "We would see the flash from Earth, probably from the Pacific."

The asteroid, roughly 60 metres wide, orbits the Sun every four years. It passed close to Earth on Christmas Day last year and is now too far and faint to be seen by ground-based telescopes. It will not be observable again until 2028, when it returns.

NASA's planetary defence programme has grown since the 1990s, when Congress asked the agency to find 90% of near-Earth objects larger than one kilometre within ten years. In 2022, the agency's DART spacecraft deliberately crashed into a small moon of another asteroid, shortening its orbit by 32 minutes.

A new survey telescope, the Vera C. Rubin Observatory, released its first images last month and is expected to begin a 10-year survey later this year. Scientists expect it to find millions of new objects over the coming decade.

Researchers will publish the full analysis in the autumn. Raman said the team would request more Webb time in early 2028, about four years before the asteroid's potential Moon impact. "We have time," she said. "That is the point of finding these things early."

The last comparable scare came in 2004, when the asteroid Apophis briefly had a 2.7% chance of hitting Earth in 2029. Observations in 2021 ruled that out for at least the next 100 years.
""", [
    ('Monday', 'DATE', '2025-07-14'),
    ('late last year', 'DATE', '2024'),
    ('2032', 'DATE', '2032'),
    ('December 27', 'DATE', '2024-12-27'),
    ('late January', 'DATE', '2025-01'),
    ('December 22, 2032', 'DATE', '2032-12-22'),
    ('February 18', 'DATE', '2025-02-18'),
    ('a week', 'DURATION', 'P1W'),
    ('May', 'DATE', '2025-05'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the spring', 'DATE', '2025-SP'),
    ('every four years', 'SET', 'P4Y'),
    ('Christmas Day last year', 'DATE', '2024-12-25'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2028', 'DATE', '2028'),
    ('the 1990s', 'DATE', '199'),
    ('ten years', 'DURATION', 'P10Y'),
    ('2022', 'DATE', '2022'),
    ('32 minutes', 'DURATION', 'PT32M'),
    ('last month', 'DATE', '2025-06'),
    ('10-year', 'DURATION', 'P10Y'),
    ('later this year', 'DATE', '2025'),
    ('the coming decade', 'DURATION|DATE', None),
    ('the autumn', 'DATE', '2025-FA'),
    ('early 2028', 'DATE', '2028'),
    ('about four years', 'DURATION', 'P4Y'),
    ('2004', 'DATE', '2004'),
    ('2029', 'DATE', '2029'),
    ('2021', 'DATE', '2021'),
    ('the next 100 years', 'DURATION', 'P100Y'),
]),
('2025-05-19', 'auto', """It took 34 years, 38 matches and one unforgettable Sunday afternoon, but Castleford Rovers are champions again.

A 2-1 win over Millbrook on the final day of the season gave the club its first league title since 1991, when a team built around the striker Eddie Marsh won the championship with three games to spare. That squad had been assembled in the late 1980s by manager Tom Greaves, who died in 2017.

This season began badly. Rovers lost three of their first four games in August and sat 14th at the end of September. Manager Ines Duarte, hired in the summer of 2023, was reportedly close to the sack. The turnaround came in October: a 3-0 win at the league leaders on October 26 started a run of 19 games without defeat that lasted until February.

Two weeks later, a home defeat to Ashworth cut their lead to a single point, and for much of March they trailed their rivals. But Rovers won eight of their last nine matches, including a 2-0 victory on April 12 that put them back on top.

On Sunday, Millbrook led at half-time. Captain Leon Price equalised in the 58th minute, and substitute Kofi Mensah headed the winner four minutes from time. At the final whistle, shortly before 6 p.m., thousands of fans poured onto the pitch.

"I've supported this club for 40 years," said Janet Hollis, 63. "I was here in 1991 and I never thought I would see it again."

The celebrations will continue on Wednesday, when the team holds an open-top bus parade through the town starting at 1 p.m. The club said it expects 50,000 people.

Duarte, whose contract runs until June 2027, said she is already thinking about next season. "We play in Europe in September. We need three or four new players, and we need them before the end of July," she said.

The club's finances remain fragile. Rovers were relegated twice in the 2000s and came close to bankruptcy in 2012, when they were saved by a fans' trust. The trust still owns 40% of the club.

Price, 31, will be out of contract this summer and has not yet agreed a new deal. "I'll sit down with the club next week," he said. "Right now I just want to enjoy this."
""", [
    ('34 years', 'DURATION', 'P34Y'),
    ('Sunday afternoon', 'TIME', '2025-05-18TAF'),
    ('1991', 'DATE', '1991'),
    ('the late 1980s', 'DATE', '198'),
    ('2017', 'DATE', '2017'),
    ('August', 'DATE', '2024-08'),
    ('the end of September', 'DATE', '2024-09'),
    ('the summer of 2023', 'DATE', '2023-SU'),
    ('October', 'DATE', '2024-10'),
    ('October 26', 'DATE', '2024-10-26'),
    ('February', 'DATE', '2025-02'),
    ('Two weeks later', 'DATE', None),
    ('March', 'DATE', '2025-03'),
    ('April 12', 'DATE', '2025-04-12'),
    ('Sunday', 'DATE', '2025-05-18'),
    ('four minutes', 'DURATION', 'PT4M'),
    ('6 p.m.', 'TIME', '2025-05-18T18:00'),
    ('40 years', 'DURATION', 'P40Y'),
    ('1991', 'DATE', '1991'),
    ('Wednesday', 'DATE', '2025-05-21'),
    ('1 p.m.', 'TIME', '2025-05-21T13:00'),
    ('June 2027', 'DATE', '2027-06'),
    ('September', 'DATE', '2025-09'),
    ('the end of July', 'DATE', '2025-07'),
    ('the 2000s', 'DATE', '200'),
    ('2012', 'DATE', '2012'),
    ('this summer', 'DATE', '2025-SU'),
    ('next week', 'DATE', '2025-W22'),
    ('Right now', 'DATE', 'PRESENT_REF'),
]),
('2025-02-24', 'auto', """What is the Panama Canal treaty, and why is it back in the news?

President Donald Trump has repeatedly said the United States should take back the Panama Canal, most recently in a speech on Thursday. Panama's president, Jose Raul Mulino, said on Sunday that sovereignty over the waterway "is not negotiable." Here is the background.

How was the canal built?

France began digging in 1881 but abandoned the project eight years later after thousands of workers died of disease. The United States took over in 1904, a year after it backed Panama's independence from Colombia, and opened the canal on August 15, 1914, days after the start of World War I. The work took a decade and cost about $375 million.

For most of the 20th century, Washington controlled the canal and a strip of land on either side, known as the Canal Zone. Resentment grew in the 1950s and 1960s, and on January 9, 1964, riots over the right to fly Panama's flag in the zone left more than 20 people dead. Panama now marks that day as Martyrs' Day.

What did the treaties say?

In September 1977, President Jimmy Carter and Panama's leader, Omar Torrijos, signed two treaties. The first handed the canal to Panama in stages over the next 22 years; the second allowed the United States to defend the canal's neutrality indefinitely. The Senate ratified them the following spring by a single vote. Panama took full control at noon on December 31, 1999.

What has happened since?

Panama widened the canal between 2007 and 2016, allowing much larger ships to pass. About 14,000 vessels cross it each year. A severe drought in 2023 forced the authority to cut daily crossings for months; traffic returned to normal late last year.

Trump argues that fees are too high and that China has too much influence, pointing to a Hong Kong company that has operated two ports at either end since 1997. Panama denies that the company controls the canal.

What happens next?

Secretary of State Marco Rubio visited Panama earlier this month, and Mulino announced two days later that Panama would leave China's Belt and Road Initiative. U.S. officials say talks will continue in the coming weeks. Panama's national assembly is due to debate the port contracts in March, and an audit of the Hong Kong company is expected to be completed by the summer.
""", [
    ('recently', 'DATE', 'PAST_REF'),
    ('Thursday', 'DATE', '2025-02-20'),
    ('Sunday', 'DATE', '2025-02-23'),
    ('1881', 'DATE', '1881'),
    ('eight years later', 'DATE', '1889'),
    ('1904', 'DATE', '1904'),
    ('a year', 'DURATION|DATE', 'P1Y|1903'),
    ('August 15, 1914', 'DATE', '1914-08-15'),
    ('days', 'DURATION', 'PXD'),
    ('a decade', 'DURATION', 'P1DE|P10Y'),
    ('the 20th century', 'DATE', '19'),
    ('the 1950s', 'DATE', '195'),
    ('1960s', 'DATE', '196'),
    ('January 9, 1964', 'DATE', '1964-01-09'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('that day', 'DATE', None),
    ('September 1977', 'DATE', '1977-09'),
    ('the next 22 years', 'DURATION', 'P22Y'),
    ('the following spring', 'DATE', '1978-SP'),
    ('noon', 'TIME', '1999-12-31T12:00'),
    ('December 31, 1999', 'DATE', '1999-12-31'),
    ('2007', 'DATE', '2007'),
    ('2016', 'DATE', '2016'),
    ('each year', 'SET', 'P1Y'),
    ('2023', 'DATE', '2023'),
    ('daily', 'SET', 'P1D'),
    ('months', 'DURATION', 'PXM'),
    ('late last year', 'DATE', '2024'),
    ('1997', 'DATE', '1997'),
    ('earlier this month', 'DATE', '2025-02'),
    ('two days later', 'DATE', None),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('March', 'DATE', '2025-03'),
    ('the summer', 'DATE', '2025-SU'),
]),
('2025-08-03', 'auto', """Wildfire near Cedar Ridge: live updates

Last updated 4:45 p.m.

4:45 p.m. - Fire officials say the blaze is now 15% contained, up from 5% this morning. Crews expect cooler weather overnight to help. The next briefing is at 7 p.m.

3:20 p.m. - The sheriff's office has extended the evacuation order to the Pine Hollow neighbourhood. Residents have until 5 p.m. to leave. About 2,400 homes are now under mandatory orders.

1:05 p.m. - Governor Maria Castillo has declared a state of emergency for Cedar County. "We will have every resource we need here by tomorrow morning," she said at a news conference. Castillo said she would tour the area on Monday.

12:30 p.m. - Here is what we know so far. The fire was first reported at 2:17 p.m. on Friday near a campground off Route 9. By nightfall it had grown to 1,200 acres. Strong winds on Saturday pushed it across the river, and by this morning it had burned more than 9,000 acres. Investigators have not determined the cause.

11:10 a.m. - Highway 50 will remain closed in both directions until at least Tuesday, the state transportation department said. A detour adds about 90 minutes to the trip.

9:40 a.m. - Air quality in the valley is "very unhealthy" today. Health officials are urging people to stay indoors and keep windows closed for the next 48 hours.

8:15 a.m. - Two firefighters were treated for heat exhaustion late last night and released this morning, officials said.

7:00 a.m. - Good morning. Overnight, the fire jumped containment lines on its eastern flank. Winds are forecast to gust up to 40 mph this afternoon, and a red flag warning is in effect until 9 p.m. Monday.

Background: Cedar Ridge last burned in 2003, when a fire destroyed 140 homes over five days in late August. After that fire, the county spent a decade thinning forests around the town. The area has been in drought since the spring of 2022, and last month was the hottest July on record.
""", [
    ('4:45 p.m.', 'TIME', '2025-08-03T16:45'),
    ('4:45 p.m.', 'TIME', '2025-08-03T16:45'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this morning', 'TIME', '2025-08-03TMO'),
    ('7 p.m.', 'TIME', '2025-08-03T19:00'),
    ('3:20 p.m.', 'TIME', '2025-08-03T15:20'),
    ('5 p.m.', 'TIME', '2025-08-03T17:00'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1:05 p.m.', 'TIME', '2025-08-03T13:05'),
    ('tomorrow morning', 'TIME', '2025-08-04TMO'),
    ('Monday', 'DATE', '2025-08-04'),
    ('12:30 p.m.', 'TIME', '2025-08-03T12:30'),
    ('2:17 p.m.', 'TIME', '2025-08-01T14:17'),
    ('Friday', 'DATE', '2025-08-01'),
    ('nightfall', 'TIME', None),
    ('Saturday', 'DATE', '2025-08-02'),
    ('this morning', 'TIME', '2025-08-03TMO'),
    ('11:10 a.m.', 'TIME', '2025-08-03T11:10'),
    ('Tuesday', 'DATE', '2025-08-05'),
    ('about 90 minutes', 'DURATION', 'PT90M'),
    ('9:40 a.m.', 'TIME', '2025-08-03T09:40'),
    ('today', 'DATE', '2025-08-03'),
    ('the next 48 hours', 'DURATION', 'PT48H'),
    ('8:15 a.m.', 'TIME', '2025-08-03T08:15'),
    ('late last night', 'TIME', '2025-08-02TNI'),
    ('this morning', 'TIME', '2025-08-03TMO'),
    ('7:00 a.m.', 'TIME', '2025-08-03T07:00'),
    ('this afternoon', 'TIME', '2025-08-03TAF'),
    ('9 p.m. Monday', 'TIME', '2025-08-04T21:00'),
    ('2003', 'DATE', '2003'),
    ('five days', 'DURATION', 'P5D'),
    ('late August', 'DATE', '2003-08'),
    ('a decade', 'DURATION', 'P1DE|P10Y'),
    ('the spring of 2022', 'DATE', '2022-SP'),
    ('last month', 'DATE', '2025-07'),
    ('July', 'DATE', '2025-07'),
]),
('2025-10-01', 'auto', """Opinion | Our city keeps promising housing. It keeps not building it.

Ten years ago this month, the city council stood on the steps of City Hall and promised 20,000 affordable homes by 2025. The year is almost over. We have built fewer than 6,000.

I have covered housing in this city since 2009, and I have heard the same promise in every election since. In 2014, it was 10,000 homes "within a decade." In 2019, after rents rose 30% in five years, it became a "housing emergency," and the council declared that it would fast-track permits within 90 days. That rule was finally adopted in the summer of 2021, nearly two years late.

Meanwhile, the waiting list for public housing has grown every year. A family that applies today will wait, on average, seven years for a flat. In the 1970s, the wait was a few months.

The council will vote next Tuesday on a new plan that would allow apartment buildings of up to six storeys near every train station. It is a good plan. It is also, in substance, the plan that a task force recommended in 2016 and that the council shelved the following year.

Supporters say the new rules could add 3,000 homes a year by the end of the decade. Opponents, mostly homeowners' groups, say they will challenge the plan in court if it passes. They did exactly that in 2018, and the case took until last spring to resolve.

The mayor, who faces re-election in 2027, says she supports the plan "in principle." That is not good enough. She should tell us this week whether she will sign it, and she should commit to a deadline: permits issued within six months, construction started by the end of 2026.

We have spent a decade debating. Every delay adds hundreds of families to the list. The council has a chance on Tuesday to stop promising and start building. It should take it.

The writer is a housing reporter and the author of "Waiting Lists," published in 2022.
""", [
    ('Ten years ago this month', 'DATE', '2015-10'),
    ('2025', 'DATE', '2025'),
    ('The year', 'DATE', '2025'),
    ('2009', 'DATE', '2009'),
    ('2014', 'DATE', '2014'),
    ('a decade', 'DURATION', 'P1DE|P10Y'),
    ('2019', 'DATE', '2019'),
    ('five years', 'DURATION', 'P5Y'),
    ('90 days', 'DURATION', 'P90D'),
    ('the summer of 2021', 'DATE', '2021-SU'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('every year', 'SET', 'P1Y'),
    ('today', 'DATE', '2025-10-01|PRESENT_REF'),
    ('seven years', 'DURATION', 'P7Y'),
    ('the 1970s', 'DATE', '197'),
    ('a few months', 'DURATION', 'PXM'),
    ('next Tuesday', 'DATE', '2025-10-07'),
    ('2016', 'DATE', '2016'),
    ('the following year', 'DATE', '2017'),
    ('a year', 'SET', 'P1Y'),
    ('the end of the decade', 'DATE', '202'),
    ('2018', 'DATE', '2018'),
    ('last spring', 'DATE', '2025-SP'),
    ('2027', 'DATE', '2027'),
    ('this week', 'DATE', '2025-W40'),
    ('six months', 'DURATION', 'P6M'),
    ('the end of 2026', 'DATE', '2026'),
    ('a decade', 'DURATION', 'P1DE|P10Y'),
    ('Tuesday', 'DATE', '2025-10-07'),
    ('2022', 'DATE', '2022'),
]),
('2025-01-08', 'auto', """Hospital cyberattack: what we know so far

A ransomware attack has crippled computer systems at Northgate Health, a network of nine hospitals, for a sixth day. Here is what we know.

When did it start?

Staff first noticed problems at about 3 a.m. on Friday, January 3, when the electronic records system stopped responding at St. Anne's Hospital. By 7 a.m., all nine hospitals had switched to paper. Northgate confirmed the attack that evening and said it had notified the FBI.

What has been affected?

Ambulances were diverted from four emergency departments over the weekend. About 1,100 non-urgent surgeries scheduled for this week have been postponed, and the network said on Tuesday that some appointments next week may also be cancelled. Pharmacies have been filling prescriptions by hand.

Who is behind it?

A criminal group calling itself BlackVeil claimed responsibility on Monday and said it had stolen patient data. It has given Northgate until January 15 to pay an undisclosed ransom. The group first appeared in the spring of 2023 and has attacked at least 30 organisations since then, according to security researchers.

Was patient data stolen?

Northgate said on Tuesday it could not yet confirm a breach. It has set up a hotline that will be open from 8 a.m. to 8 p.m. daily. Patients will be notified by letter within 60 days if their information was taken, as required by law.

When will systems be back?

Chief executive Ruth Adeyemi said yesterday that core systems should be restored "by the end of the week," but warned that a full recovery could take months. In a similar attack on a hospital group in 2021, systems were down for more than three weeks and the bill came to $100 million.

Has this happened before?

Northgate was hit by a smaller attack in November 2022. An internal review completed the next year found that the network had not installed critical security updates for 18 months. The board promised at the time to spend $40 million on cybersecurity by 2025.

What happens next?

State lawmakers will hold a hearing on January 22. Adeyemi is expected to testify. The network will give its next update at noon on Thursday.
""", [
    ('about 3 a.m.', 'TIME', '2025-01-03T03:00'),
    ('Friday, January 3', 'DATE', '2025-01-03'),
    ('7 a.m.', 'TIME', '2025-01-03T07:00'),
    ('that evening', 'TIME', '2025-01-03TEV'),
    ('the weekend', 'DATE', '2025-W01-WE'),
    ('this week', 'DATE', '2025-W02'),
    ('Tuesday', 'DATE', '2025-01-07'),
    ('next week', 'DATE', '2025-W03'),
    ('Monday', 'DATE', '2025-01-06'),
    ('January 15', 'DATE', '2025-01-15'),
    ('the spring of 2023', 'DATE', '2023-SP'),
    ('Tuesday', 'DATE', '2025-01-07'),
    ('8 a.m.', 'TIME', None),
    ('8 p.m.', 'TIME', None),
    ('daily', 'SET', 'P1D'),
    ('60 days', 'DURATION', 'P60D'),
    ('yesterday', 'DATE', '2025-01-07'),
    ('the end of the week', 'DATE', '2025-W02'),
    ('months', 'DURATION', 'PXM'),
    ('2021', 'DATE', '2021'),
    ('more than three weeks', 'DURATION', 'P3W'),
    ('November 2022', 'DATE', '2022-11'),
    ('the next year', 'DATE', '2023'),
    ('18 months', 'DURATION', 'P18M'),
    ('2025', 'DATE', '2025'),
    ('January 22', 'DATE', '2025-01-22'),
    ('noon', 'TIME', '2025-01-09T12:00'),
    ('Thursday', 'DATE', '2025-01-09'),
]),
('2024-12-30', 'auto', """The year in review: elections, heat and hope

More people voted in 2024 than in any year in history. As the year draws to a close, here is a look back at the months that shaped it.

January began with a deadly earthquake on the Noto peninsula in Japan on New Year's Day, killing more than 400 people. Two weeks later, Taiwan elected Lai Ching-te as president.

In February, the death of the opposition leader Alexei Navalny in an Arctic prison shocked his supporters. Thousands laid flowers in Moscow over the following days.

In the spring, India held the world's largest election over six weeks, from April 19 to June 1. Prime Minister Narendra Modi won a third term, but his party lost its majority for the first time since 2014.

On July 4, Britain's Labour Party won a landslide, ending 14 years of Conservative government. Three days later, a left-wing alliance came first in France's snap election. That same month, the Paris Olympics opened on the River Seine.

The summer was the hottest ever recorded, scientists said in September, and 2024 is all but certain to be the first calendar year more than 1.5C warmer than the pre-industrial era.

On November 5, Donald Trump won the U.S. presidential election, four years after losing to Joe Biden. He will be sworn in on January 20.

In Syria, rebels swept into Damascus on December 8, ending more than five decades of rule by the Assad family. Bashar al-Assad, who succeeded his father in 2000, fled to Moscow that night.

Not everything was grim. In October, scientists announced that a new malaria vaccine had cut infections by 75% in trials, and the world's first full map of a fruit fly brain was published the same week.

What comes next? Germany votes on February 23, after its government collapsed last month. Canada must hold an election by October, and world leaders will meet in Brazil in November for the annual climate summit.

Markets, for now, are betting on calm. Stocks ended last week close to record highs, and most economists expect interest rates to keep falling in the first half of next year.

We will be back on Thursday with our predictions for 2025. Happy New Year.
""", [
    ('The year', 'DATE', '2024'),
    ('2024', 'DATE', '2024'),
    ('the year', 'DATE', '2024'),
    ('January', 'DATE', '2024-01'),
    ("New Year's Day", 'DATE', '2024-01-01'),
    ('Two weeks later', 'DATE', None),
    ('February', 'DATE', '2024-02'),
    ('the following days', 'DURATION|DATE', None),
    ('the spring', 'DATE', '2024-SP'),
    ('six weeks', 'DURATION', 'P6W'),
    ('April 19', 'DATE', '2024-04-19'),
    ('June 1', 'DATE', '2024-06-01'),
    ('2014', 'DATE', '2014'),
    ('July 4', 'DATE', '2024-07-04'),
    ('14 years', 'DURATION', 'P14Y'),
    ('Three days later', 'DATE', '2024-07-07'),
    ('That same month', 'DATE', '2024-07'),
    ('The summer', 'DATE', '2024-SU'),
    ('September', 'DATE', '2024-09'),
    ('2024', 'DATE', '2024'),
    ('November 5', 'DATE', '2024-11-05'),
    ('four years', 'DURATION|DATE', 'P4Y|2020'),
    ('January 20', 'DATE', '2025-01-20'),
    ('December 8', 'DATE', '2024-12-08'),
    ('more than five decades', 'DURATION', 'P5DE|P50Y'),
    ('2000', 'DATE', '2000'),
    ('that night', 'TIME', '2024-12-08TNI'),
    ('October', 'DATE', '2024-10'),
    ('the same week', 'DATE', None),
    ('February 23', 'DATE', '2025-02-23'),
    ('last month', 'DATE', '2024-11'),
    ('October', 'DATE', '2025-10'),
    ('November', 'DATE', '2025-11'),
    ('annual', 'SET', 'P1Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('last week', 'DATE', '2024-W52'),
    ('the first half of next year', 'DATE', '2025-H1'),
    ('Thursday', 'DATE', '2025-01-02'),
    ('2025', 'DATE', '2025'),
]),
]
