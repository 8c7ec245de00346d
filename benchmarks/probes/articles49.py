# Gold TIMEX3 probe set 49: twelve news and feature articles of 2015-2025 in the styles of AP, Reuters, the Guardian, the Washington Post, Bloomberg, NPR and regional papers, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, state politics (2017)
('2017-03-16', 'auto', """Pennsylvania Senate votes to freeze gas tax, setting up clash with governor

HARRISBURG, Pa. (AP) — The Pennsylvania Senate voted 31-19 on Wednesday to freeze the state's gasoline tax for two years, setting up a confrontation with Gov. Daniel Keane, who has said he will veto any bill that takes money away from road and bridge repairs.

The measure, sponsored by Republican Sen. Margaret Lutz of Lancaster County, would hold the tax at 58.3 cents a gallon through the end of 2019. The rate has gone up every year since 2013, when lawmakers approved a $2.3 billion transportation package that tied it to wholesale fuel prices.

"Families are paying more at the pump now than they did a decade ago, and they are not seeing better roads," Lutz said during debate Wednesday afternoon.

Keane's spokeswoman, Alicia Romero, said Thursday that the governor had not changed his mind. She said the administration would release a report next week showing that about 2,400 state-owned bridges are still rated in poor condition.

The House Transportation Committee is scheduled to take up the bill at 10 a.m. Tuesday. Its chairman, Rep. Ray Delaney, said he expects a floor vote before lawmakers break on April 7.

The fight comes as the Legislature faces a June 30 deadline to pass a budget for fiscal 2018. Last year, the budget arrived nine days late, and in 2015 an impasse between Keane and Republican leaders dragged on for nine months, forcing some school districts to borrow money to stay open.

Transportation officials say the tax raised about $2.6 billion in fiscal 2016 and that a freeze would cost roughly $350 million over the next two years.

Trucking groups have lobbied for relief since the rate peaked in January 2016. The Pennsylvania Motor Truck Association said its members have absorbed three increases in the past four years.

Sen. Carl Benner, a Pittsburgh Democrat, called the bill a political gimmick and noted that the Senate had rejected a similar proposal in October.

"We fixed this problem in 2013 because for decades nobody wanted to pay for it," Benner said. "We are not going back to that."

Keane has 10 days to act once the bill reaches his desk. The Senate adjourned late Wednesday and returns Monday, March 20.
""", [
    ('Wednesday', 'DATE', '2017-03-15'),
    ('two years', 'DURATION', 'P2Y'),
    ('the end of 2019', 'DATE', '2019|2019-12'),
    ('every year', 'SET', 'P1Y'),
    ('2013', 'DATE', '2013'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a decade ago', 'DATE', '2007|200'),
    ('Wednesday afternoon', 'DATE|TIME', '2017-03-15TAF'),
    ('Thursday', 'DATE', '2017-03-16'),
    ('next week', 'DATE', '2017-W12'),
    ('10 a.m. Tuesday', 'TIME', '2017-03-21T10:00'),
    ('April 7', 'DATE', '2017-04-07'),
    ('June 30', 'DATE', '2017-06-30'),
    ('fiscal 2018', 'DATE', 'FY2018|2018'),
    ('Last year', 'DATE', '2016'),
    ('nine days', 'DURATION', 'P9D'),
    ('2015', 'DATE', '2015'),
    ('nine months', 'DURATION', 'P9M'),
    ('fiscal 2016', 'DATE', 'FY2016|2016'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('January 2016', 'DATE', '2016-01'),
    ('the past four years', 'DURATION', 'P4Y'),
    ('October', 'DATE', '2016-10'),
    ('2013', 'DATE', '2013'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('10 days', 'DURATION', 'P10D'),
    ('late Wednesday', 'DATE', '2017-03-15'),
    ('Monday, March 20', 'DATE', '2017-03-20'),
]),

# 2. Reuters, business / earnings (2019)
('2019-10-24', 'auto', """Harlan Machinery cuts outlook again as trade war, wet spring hit farmers

CHICAGO (Reuters) - Harlan Machinery Co cut its 2019 profit forecast on Thursday for the second time in three months, blaming weak demand from U.S. farmers hurt by the trade war with China and a wet spring that delayed planting across the Midwest.

Shares of the Moline, Illinois-based tractor maker fell 6.2% to $41.15 in premarket trading.

The company now expects earnings of $3.05 to $3.15 per share, down from the $3.40 to $3.60 it forecast in July. Analysts on average had expected $3.38, according to IBES data from Refinitiv.

Net income fell 28% to $212 million, or 74 cents per share, in the third quarter ended Sept. 30, from $294 million, or $1.01 per share, a year earlier. Revenue slipped 9% to $2.8 billion.

"The third quarter was about as tough as anything we have seen in this cycle," Chief Executive Linda Marsh told analysts on a conference call. "Dealers are telling us farmers are holding off on big purchases until they have more clarity on trade."

U.S. soybean exports to China, once the largest buyer, collapsed after Beijing imposed retaliatory tariffs in July 2018. Washington has paid farmers about $28 billion in aid over the past two years to offset the losses.

Marsh said she was "cautiously encouraged" by negotiations between the two countries, which are set to resume next month, but said Harlan was planning for soft demand to continue through the first half of 2020.

Harlan said it would cut production at its plants in Iowa and Illinois by about 15% in the fourth quarter and lay off roughly 400 workers by the end of the year. It cut 250 jobs in May.

The company also said it would update its earnings forecast only twice a year beginning in 2020, rather than every quarter, a shift a growing number of U.S. manufacturers have made.

Harlan's shares have fallen about 22% since the start of the year, compared with a 19% gain in the S&P 500 index.

Rival Deere & Co, which reports results next month, cut its own forecast in August and said it expected farmers to remain cautious into 2020.

(Reporting by Rajesh Kumar in Bengaluru and Karen Olsen in Chicago; Editing by Maju Samuel)
""", [
    ('spring', 'DATE', '2019-SP'),
    ('2019', 'DATE', '2019'),
    ('Thursday', 'DATE', '2019-10-24'),
    ('three months', 'DURATION', 'P3M'),
    ('spring', 'DATE', '2019-SP'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('July', 'DATE', '2019-07'),
    ('the third quarter', 'DATE', '2019-Q3'),
    ('Sept. 30', 'DATE', '2019-09-30'),
    ('a year earlier', 'DATE', '2018-Q3|2018'),
    ('The third quarter', 'DATE', '2019-Q3'),
    ('July 2018', 'DATE', '2018-07'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('next month', 'DATE', '2019-11'),
    ('the first half of 2020', 'DATE', '2020-H1'),
    ('the fourth quarter', 'DATE', '2019-Q4'),
    ('the end of the year', 'DATE', '2019|2019-12'),
    ('May', 'DATE', '2019-05'),
    ('twice a year', 'SET', 'P1Y'),
    ('2020', 'DATE', '2020'),
    ('every quarter', 'SET', 'P3M'),
    ('the start of the year', 'DATE', '2019|2019-01'),
    ('next month', 'DATE', '2019-11'),
    ('August', 'DATE', '2019-08'),
    ('2020', 'DATE', '2020'),
]),

# 3. The Guardian, climate / heatwave (2022)
('2022-07-19', 'auto', """Water firms warn of hosepipe bans as England swelters in record heat

Several water companies in England have warned that hosepipe bans may be needed before the end of the summer, after temperatures above 39C on Tuesday pushed demand to levels not seen since the drought of 1976.

Southern Water said it supplied 730m litres of water on Monday, about 20% more than normal, and urged households not to fill paddling pools or wash cars until the heat breaks. South East Water said some homes in Kent and Sussex had been left with low pressure or no supply for several hours.

The Met Office issued its first ever red extreme heat warning on Friday, covering much of England from Monday until midnight on Tuesday. Forecasters said temperatures would start to fall on Wednesday, with thunderstorms possible in the south-east on Thursday evening.

Rainfall in England between January and June was the lowest since 1976, according to the Environment Agency, and some reservoirs in the south-east are now at 60% of capacity, compared with about 80% a year ago.

A Thames Water spokesperson said the company had "no plans at this stage" for restrictions but was reviewing the situation daily. Hospitals in London reported a sharp rise in heat-related admissions over the weekend.

The last hosepipe bans in the region came in 2012, when seven companies imposed restrictions in April only to lift them by July after weeks of heavy rain.

Dr Rachel Osei, a hydrologist at the University of Reading, said the country was poorly prepared. "What we are seeing now is exactly what climate scientists warned about 30 years ago," she said. "Heatwaves like this one will become far more common in the coming decades, and we have not built a single major reservoir in England since the early 1990s."

Ministers will meet water company executives next week to discuss leakage, which accounts for about a fifth of all water put into the supply network. The National Drought Group, which last met in May, will convene on Thursday.

Labour said the government had allowed companies to pay out billions of pounds in dividends over the past decade while bosses collected bonuses every year. "People are being asked to save water while leaking pipes are left unfixed," said the shadow environment secretary.
""", [
    ('the end of the summer', 'DATE', '2022-SU'),
    ('Tuesday', 'DATE', '2022-07-19'),
    ('1976', 'DATE', '1976'),
    ('Monday', 'DATE', '2022-07-18'),
    ('several hours', 'DURATION', 'PTXH'),
    ('Friday', 'DATE', '2022-07-15'),
    ('Monday', 'DATE', '2022-07-18'),
    ('midnight on Tuesday', 'TIME', '2022-07-19T24:00|2022-07-19T00:00'),
    ('Wednesday', 'DATE', '2022-07-20'),
    ('Thursday evening', 'DATE|TIME', '2022-07-21TEV'),
    ('January', 'DATE', '2022-01'),
    ('June', 'DATE', '2022-06'),
    ('1976', 'DATE', '1976'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a year ago', 'DATE', '2021'),
    ('daily', 'SET', 'P1D'),
    ('the weekend', 'DATE', '2022-W28-WE'),
    ('2012', 'DATE', '2012'),
    ('April', 'DATE', '2012-04'),
    ('July', 'DATE', '2012-07'),
    ('weeks', 'DURATION', 'PXW'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('30 years ago', 'DATE', '1992'),
    ('the coming decades', 'DURATION|DATE', 'PXE|PXY|FUTURE_REF'),
    ('the early 1990s', 'DATE', '199'),
    ('next week', 'DATE', '2022-W30'),
    ('May', 'DATE', '2022-05'),
    ('Thursday', 'DATE', '2022-07-21'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('every year', 'SET', 'P1Y'),
]),

# 4. The Washington Post, courts / local corruption trial (2018)
('2018-11-09', 'auto', """Former Prince William planning chief convicted of taking bribes from developer

A federal jury in Alexandria on Thursday convicted a former Prince William County planning official of accepting more than $180,000 in bribes from a developer who was seeking approval for a 600-home subdivision near Manassas.

Gerald Whitcomb, 61, who ran the county's land-use office from 2009 to 2016, was found guilty on seven of nine counts, including conspiracy and honest-services fraud. Jurors deliberated for about 11 hours over two days before returning their verdict about 3 p.m. Thursday.

U.S. District Judge Paul Garrison set sentencing for Feb. 22. Whitcomb faces a maximum of 20 years in prison on the most serious count, although he is likely to receive far less under federal sentencing guidelines.

Prosecutors said Whitcomb accepted cash, vacations and a used Lexus from developer Anthony Ruggieri between 2012 and 2015, and in return steered the Cardinal Ridge project through a review process that normally takes two years. The project won final approval in nine months.

Ruggieri pleaded guilty in March and testified against Whitcomb during the eight-day trial. He told jurors he handed Whitcomb envelopes of cash "every couple of months," often at a diner off Route 28.

Whitcomb's attorney, Maria Castellanos, said her client would appeal. "This case was built on the word of a man who was facing decades in prison and would say anything to avoid it," she said outside the courthouse Thursday evening.

The verdict has unsettled county government at a time when Prince William is debating how much development to allow in its rural crescent. The Board of County Supervisors is scheduled to vote on a new land-use plan next month and has ordered an outside review of every project Whitcomb approved since 2011.

"The public needs to know that the system works the way it is supposed to," board Chairwoman Denise Pratt said Friday.

The investigation began in July 2016, when a county employee reported irregularities in the Cardinal Ridge file to the FBI. Whitcomb retired two months later, citing health reasons, and agents searched his Woodbridge home the following January.

It is the second public corruption conviction in Northern Virginia this year. In June, a former Fairfax County schools employee was sentenced to 30 months in prison for embezzling from student activity funds.

Whitcomb remains free on bond until his sentencing.
""", [
    ('Thursday', 'DATE', '2018-11-08'),
    ('2009', 'DATE', '2009'),
    ('2016', 'DATE', '2016'),
    ('about 11 hours', 'DURATION', 'PT11H'),
    ('two days', 'DURATION', 'P2D'),
    ('about 3 p.m. Thursday', 'TIME', '2018-11-08T15:00'),
    ('Feb. 22', 'DATE', '2019-02-22'),
    ('20 years', 'DURATION', 'P20Y'),
    ('2012', 'DATE', '2012'),
    ('2015', 'DATE', '2015'),
    ('two years', 'DURATION', 'P2Y'),
    ('nine months', 'DURATION', 'P9M'),
    ('March', 'DATE', '2018-03'),
    ('eight-day', 'DURATION', 'P8D'),
    ('every couple of months', 'SET', 'P2M'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('Thursday evening', 'DATE|TIME', '2018-11-08TEV'),
    ('next month', 'DATE', '2018-12'),
    ('2011', 'DATE', '2011'),
    ('Friday', 'DATE', '2018-11-09'),
    ('July 2016', 'DATE', '2016-07'),
    ('two months later', 'DATE', '2016-09'),
    ('the following January', 'DATE', '2017-01'),
    ('this year', 'DATE', '2018'),
    ('June', 'DATE', '2018-06'),
    ('30 months', 'DURATION', 'P30M'),
]),

# 5. Bloomberg, business / mining (2023)
('2023-06-14', 'auto', """Andes Copper Delays $2.1 Billion Chile Expansion as Costs Soar

June 14, 2023 at 7:15 AM EDT
Updated on June 14, 2023 at 11:02 AM EDT

(Bloomberg) -- Andes Copper Corp. pushed back the start of its flagship expansion in northern Chile by at least 18 months, the latest sign that rising costs and a tougher permitting climate are weighing on the world's biggest copper-producing nation.

The Toronto-listed miner now expects first output from the Quebrada Alta project in the second half of 2026, rather than early 2025 as previously planned, Chief Executive Officer Martin Alcott said in an interview on Wednesday. The project's estimated cost has climbed about 30% since the board approved it in late 2021, to $2.1 billion.

"We've been through two years of cost inflation that nobody modeled," Alcott said. "We'd rather be late than wrong."

The shares fell as much as 8.4% in Toronto, the steepest intraday drop since March 2020, before paring losses. The stock has lost 19% this year.

Chile, which accounts for about a quarter of global mine supply, has seen a string of projects delayed or scaled back in recent years amid water shortages, community opposition and falling ore grades. Congress approved a new mining royalty in May that will raise levies on the largest producers starting in 2024.

Andes Copper will brief investors on the revised schedule in Santiago on June 28 and expects to complete a financing package with a group of banks by the end of the third quarter, Alcott said.

Copper has rallied about 6% over the past month on bets that China will step up stimulus, but remains well below the record of more than $10,700 a ton set in March 2022. Goldman Sachs Group Inc. analysts said last week that they expect the market to swing into a deficit in the second half, as demand from electric vehicles and power grids grows and few large new mines come online before the end of the decade.

"Every quarter that a project like this slips makes the deficit story stronger," said Ana Ferreira, a metals analyst at Bloomberg Intelligence.

Quebrada Alta, which would produce about 120,000 tons of copper annually at full capacity, has been in development for more than a decade. The company first drilled the deposit in 2011 and spent six years negotiating water rights with nearby indigenous communities.

The delay is unlikely to affect Andes Copper's existing operations, which produced 310,000 tons last year.
""", [
    ('June 14, 2023 at 7:15 AM EDT', 'TIME', '2023-06-14T07:15|2023-06-14T07:15-04:00'),
    ('June 14, 2023 at 11:02 AM EDT', 'TIME', '2023-06-14T11:02|2023-06-14T11:02-04:00'),
    ('at least 18 months', 'DURATION', 'P18M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the second half of 2026', 'DATE', '2026-H2'),
    ('early 2025', 'DATE', '2025'),
    ('Wednesday', 'DATE', '2023-06-14'),
    ('late 2021', 'DATE', '2021'),
    ('two years', 'DURATION', 'P2Y'),
    ('March 2020', 'DATE', '2020-03'),
    ('this year', 'DATE', '2023'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('May', 'DATE', '2023-05'),
    ('2024', 'DATE', '2024'),
    ('June 28', 'DATE', '2023-06-28'),
    ('the end of the third quarter', 'DATE', '2023-Q3|2023-09'),
    ('the past month', 'DURATION', 'P1M'),
    ('March 2022', 'DATE', '2022-03'),
    ('last week', 'DATE', '2023-W23'),
    ('the second half', 'DATE', '2023-H2'),
    ('the end of the decade', 'DATE', '202|2029'),
    ('Every quarter', 'SET', 'P3M'),
    ('annually', 'SET', 'P1Y'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('2011', 'DATE', '2011'),
    ('six years', 'DURATION', 'P6Y'),
    ('last year', 'DATE', '2022'),
]),

# 6. NPR, health / measles outbreak (2025)
('2025-02-27', 'auto', """Measles outbreak in West Texas grows, and a child has died

A school-age child who was not vaccinated has died of measles in West Texas, state health officials said Wednesday, the first death from the disease in the United States in a decade.

The child was hospitalized in Lubbock last week and died Tuesday night, according to Covenant Children's Hospital. Officials did not release the child's name or age.

The outbreak, centered in Gaines County on the New Mexico border, has grown from two cases in late January to 124 this week, the Texas Department of State Health Services said Tuesday. At least 18 people have been hospitalized, most of them children. Nine cases have also been reported across the state line in New Mexico.

"We have admitted more measles patients in the past month than in the 20 years I have been practicing," said Dr. Katherine Lowe, a pediatric infectious disease specialist in Lubbock. "Most of these families had never seen measles. Their grandparents had."

Health officials expect more cases in the coming weeks. The virus is so contagious that up to 90% of unvaccinated people exposed to it will become infected, and people can spread it for four days before a rash appears.

The United States declared measles eliminated in 2000, meaning the virus had not spread continuously in the country for more than 12 months. The last U.S. measles death was in 2015, when a woman in Washington state died of pneumonia. In 2019, the country recorded 1,274 cases, the most since 1992, largely in Orthodox Jewish communities in New York.

Vaccination rates among U.S. kindergartners have slipped since the COVID-19 pandemic, falling to 92.7% last year, below the 95% level that experts say is needed to prevent outbreaks. In Gaines County, about 18% of kindergartners entering school last fall had an exemption from at least one required vaccine, one of the highest rates in Texas.

The county has opened a vaccination clinic in Seminole that runs three times a week, and doctors have begun offering an early dose of the measles, mumps and rubella vaccine to babies 6 to 11 months old.

The Centers for Disease Control and Prevention said Thursday it had sent three epidemiologists to Lubbock at the state's request and would begin publishing national case counts weekly. Two schools in Seminole closed for two days earlier this month because so many students and staff were sick.

State health officials plan to give an update at 2 p.m. Friday.
""", [
    ('Wednesday', 'DATE', '2025-02-26'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('last week', 'DATE', '2025-W08'),
    ('Tuesday night', 'DATE|TIME', '2025-02-25TNI'),
    ('late January', 'DATE', '2025-01'),
    ('this week', 'DATE', '2025-W09'),
    ('Tuesday', 'DATE', '2025-02-25'),
    ('the past month', 'DURATION', 'P1M'),
    ('the 20 years', 'DURATION', 'P20Y'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('four days', 'DURATION', 'P4D'),
    ('2000', 'DATE', '2000'),
    ('more than 12 months', 'DURATION', 'P12M'),
    ('2015', 'DATE', '2015'),
    ('2019', 'DATE', '2019'),
    ('1992', 'DATE', '1992'),
    ('last year', 'DATE', '2024'),
    ('last fall', 'DATE', '2024-FA'),
    ('three times a week', 'SET', 'P1W'),
    ('Thursday', 'DATE', '2025-02-27'),
    ('weekly', 'SET', 'P1W'),
    ('two days', 'DURATION', 'P2D'),
    ('earlier this month', 'DATE', '2025-02'),
    ('2 p.m. Friday', 'TIME', '2025-02-28T14:00'),
]),

# 7. Regional paper, education / school start times (2016)
('2016-08-23', 'auto', """Millbrook high schools to start later in 2017

By Jenna Marquardt | Staff writer
Aug. 23, 2016

High school students in the Millbrook Area School District will start class 50 minutes later beginning next fall, after the school board voted 5-2 Monday night to overhaul bell schedules for the first time in more than two decades.

The change, which takes effect when classes resume after Labor Day 2017, will push back the first bell at the district's two high schools and move elementary schools about 40 minutes earlier so the same buses can run both routes.

Board Chair Linda Okafor said the decision followed nearly two years of study, including a survey of 4,100 parents last spring and six community meetings this summer.

"We kept hearing the same thing from parents: My kid is exhausted," Okafor said. "At some point you have to listen."

In the district's survey, high school students reported getting an average of six hours and 40 minutes of sleep. The American Academy of Pediatrics recommended in 2014 that middle and high schools push back their start times, citing research that teenagers' sleep cycles shift during puberty.

Nearby Cedar Valley schools moved their high school start time in 2013, and attendance rose by 3 percentage points over the next three years, according to a report the district released in June.

Board member Tom Reinholt, who voted against the plan, said it would add $310,000 annually to transportation costs and force athletes to miss more class time for games and meets. "We are solving one problem and creating three others," he said.

Some parents of younger children have objected that elementary students will be waiting for buses in the dark. Erin Castillo, who has a first-grader and a fourth-grader at Lincoln Elementary, said she plans to ask the board to reconsider before the schedule is finalized in January.

Superintendent Mark Feeney said the district would spend the coming months working with the Millbrook Activities Association on game times and with the city on bus routes.

The district last changed its schedule in 1994, when it opened its second high school.

Two public information sessions on the new schedule are planned, at 6:30 p.m. Sept. 13 at Millbrook High School and at 6:30 p.m. Sept. 15 at Central Middle School.

Classes resume Sept. 6 under the existing schedule.
""", [
    ('2017', 'DATE', '2017'),
    ('Aug. 23, 2016', 'DATE', '2016-08-23'),
    ('50 minutes', 'DURATION', 'PT50M'),
    ('next fall', 'DATE', '2017-FA'),
    ('Monday night', 'DATE|TIME', '2016-08-22TNI'),
    ('more than two decades', 'DURATION', 'P20Y|P2E'),
    ('Labor Day 2017', 'DATE', '2017-09-04'),
    ('about 40 minutes', 'DURATION', 'PT40M'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('last spring', 'DATE', '2016-SP'),
    ('this summer', 'DATE', '2016-SU'),
    ('six hours and 40 minutes', 'DURATION', 'PT6H40M'),
    ('2014', 'DATE', '2014'),
    ('2013', 'DATE', '2013'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('June', 'DATE', '2016-06'),
    ('annually', 'SET', 'P1Y'),
    ('January', 'DATE', '2017-01'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('1994', 'DATE', '1994'),
    ('6:30 p.m. Sept. 13', 'TIME', '2016-09-13T18:30'),
    ('6:30 p.m. Sept. 15', 'TIME', '2016-09-15T18:30'),
    ('Sept. 6', 'DATE', '2016-09-06'),
]),

# 8. AP, education feature / small college (2021)
('2021-09-07', 'auto', """Small Vermont college that nearly closed welcomes biggest class in a decade

WESTBRIDGE, Vt. (AP) — Two years ago, the trustees of Alder Hill College were drawing up plans to close the 162-year-old school. On Tuesday, they watched 412 first-year students haul mini-fridges and laundry baskets into dormitories — the largest incoming class in more than a decade.

In the fall of 2019, with enrollment down to 1,100 and a $6 million deficit, the board voted to begin winding down operations. Alumni raised $14 million in 10 weeks, and trustees reversed course that December.

Then the pandemic hit. Classes moved online in March 2020, and from that fall until this May most students attended in person only twice a week.

"We spent 18 months just trying to survive," said President Marcus Bell, who took over in January 2020. "Now we finally get to think about what this place should look like 10 years from now."

Bell cut tuition by 35%, added programs in nursing and outdoor recreation management, and struck a deal with two community colleges that lets their graduates transfer with junior standing.

Nationally, undergraduate enrollment fell 4.5% this spring compared with a year earlier, according to the National Student Clearinghouse Research Center, and it has declined every year since 2011. More than 40 private nonprofit colleges have closed or merged since 2016, many of them small schools in New England and the Midwest.

Alder Hill now requires all students and employees to be vaccinated against COVID-19 and will test unvaccinated employees weekly. Masks are required indoors until Oct. 1, when the policy will be reviewed.

Kayla Dumont, 18, of Rutland, said she chose Alder Hill in February after a campus tour with her mother. "I didn't even know it almost closed until I got here this morning," she said.

Classes begin Wednesday. The college will hold its first in-person convocation since 2019 at 4 p.m. Friday on the main green, followed by a concert.

Bell said the college expects to balance its budget next year for the first time since 2014, but he cautioned that one strong class does not erase years of decline.

"Small colleges don't die all at once," he said. "They die slowly, and they come back slowly."
""", [
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('Two years ago', 'DATE', '2019'),
    ('Tuesday', 'DATE', '2021-09-07'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('the fall of 2019', 'DATE', '2019-FA'),
    ('10 weeks', 'DURATION', 'P10W'),
    ('that December', 'DATE', '2019-12'),
    ('March 2020', 'DATE', '2020-03'),
    ('that fall', 'DATE', '2020-FA'),
    ('this May', 'DATE', '2021-05'),
    ('twice a week', 'SET', 'P1W'),
    ('18 months', 'DURATION', 'P18M'),
    ('January 2020', 'DATE', '2020-01'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('10 years from now', 'DATE', '2031'),
    ('this spring', 'DATE', '2021-SP'),
    ('a year earlier', 'DATE', '2020-SP|2020'),
    ('every year', 'SET', 'P1Y'),
    ('2011', 'DATE', '2011'),
    ('2016', 'DATE', '2016'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('weekly', 'SET', 'P1W'),
    ('Oct. 1', 'DATE', '2021-10-01'),
    ('February', 'DATE', '2021-02'),
    ('this morning', 'DATE|TIME', '2021-09-07TMO'),
    ('Wednesday', 'DATE', '2021-09-08'),
    ('2019', 'DATE', '2019'),
    ('4 p.m. Friday', 'TIME', '2021-09-10T16:00'),
    ('next year', 'DATE', '2022'),
    ('2014', 'DATE', '2014'),
    ('years', 'DURATION', 'PXY'),
]),

# 9. Reuters, courts / EU antitrust ruling (2024)
('2024-04-12', 'auto', """EU court upholds 1.06 billion euro fine on chipmaker Veltron

LUXEMBOURG, April 12 (Reuters) - U.S. chipmaker Veltron Semiconductor lost its challenge on Friday against a 1.06 billion euro ($1.13 billion) EU antitrust fine for using rebates to shut rivals out of the market for automotive microcontrollers, a setback in a fight that has dragged on for a decade.

The Luxembourg-based General Court said the European Commission had been right to find in its 2019 decision that rebates Veltron granted to carmakers and their suppliers between 2011 and 2017 breached Article 102 of the Treaty on the Functioning of the European Union, which prohibits the abuse of a dominant market position.

"The Commission has established to the requisite legal standard that the rebates were capable of restricting competition," the judges said in a 94-page ruling.

Veltron can appeal to the Court of Justice of the European Union, Europe's highest court, on points of law. It has two months and 10 days to do so.

"We are disappointed with today's ruling and will review the judgment carefully before deciding on next steps," a Veltron spokeswoman said.

The Commission welcomed the decision. A spokesperson said it showed that loyalty rebates offered by dominant companies would continue to face scrutiny in the future.

The case began in 2014, when German rival Kessler Elektronik complained that Veltron was offering carmakers discounts of up to 8% if they bought at least 90% of their microcontrollers from it. The Commission opened a formal investigation the following year and sent Veltron a statement of objections in July 2017.

The ruling is a boost for EU antitrust regulators, who suffered a string of courtroom defeats between 2020 and 2022, including the annulment of a record fine against Intel. The Commission fined Apple 1.8 billion euros last month for preventing music streaming rivals from telling users about cheaper subscriptions outside its App Store.

Veltron paid the fine provisionally in 2019, as required under EU rules, pending the outcome of its appeals. The court is expected to rule on a separate dispute over interest on the payment later this year.

Shares of Veltron, which employs about 24,000 people and reported revenue of $9.4 billion last year, were little changed in New York premarket trading on Friday.

(Reporting by Elena Marchetti; Editing by David Holmes)
""", [
    ('April 12', 'DATE', '2024-04-12'),
    ('Friday', 'DATE', '2024-04-12'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('2019', 'DATE', '2019'),
    ('2011', 'DATE', '2011'),
    ('2017', 'DATE', '2017'),
    ('two months and 10 days', 'DURATION', 'P2M10D'),
    ('today', 'DATE', '2024-04-12'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('2014', 'DATE', '2014'),
    ('the following year', 'DATE', '2015'),
    ('July 2017', 'DATE', '2017-07'),
    ('2020', 'DATE', '2020'),
    ('2022', 'DATE', '2022'),
    ('last month', 'DATE', '2024-03'),
    ('2019', 'DATE', '2019'),
    ('later this year', 'DATE', '2024'),
    ('last year', 'DATE', '2023'),
    ('Friday', 'DATE', '2024-04-12'),
]),

# 10. Regional paper, climate / flood recovery (2020)
('2020-01-30', 'auto', """Ten months after the flood, Riverton still waits on its levee

Updated 6:14 p.m. CT Jan. 30, 2020

RIVERTON — The sandbags are gone from Main Street, and most downtown shops had reopened by Thanksgiving. But the earthen levee that failed here last March, sending 4 feet of Missouri River water into 230 homes, is still a patchwork of temporary repairs — and it may stay that way when the snow melts this spring.

Officials from the U.S. Army Corps of Engineers told a packed meeting at the fire hall Tuesday night that permanent repairs to the 11-mile levee would not be finished before December, about nine months later than the Corps had estimated last summer.

"We are asking people to trust a wall of dirt that already failed once," said Mayor Dale Hinrichs, who has lived in Riverton for 58 years.

The March 2019 flooding caused an estimated $3.4 billion in damage across Nebraska, Iowa and Missouri and breached levees in more than 100 places along the Missouri River and its tributaries. In Riverton, the levee gave way on March 17, as ice jams and a record crest overwhelmed the structure, which was built in 1952 after a flood the year before.

Corps project manager Lisa Tran said the delay stemmed from a backlog of repairs across the region and a wet fall that kept crews off the levee for weeks. Contractors will work six days a week once the ground thaws, she said, and the Corps will update its river forecasts for the town every two weeks through June.

About 60 families have not returned. The town's population was 1,450 in the 2010 census, and Hinrichs worries it will not recover.

Some homeowners are still waiting on federal buyout offers, which the Federal Emergency Management Agency said in November could take at least a year to process.

Jill Sorensen, 44, whose house on Elm Street took in 3 feet of water, has been living with her two children in a FEMA trailer since April. "Every time it rains, I check the river gauge on my phone," she said. "I don't know if I can do another year of this."

The National Weather Service will issue its first flood outlook for the region on Feb. 13.

The City Council meets again at 7 p.m. Monday to discuss buying temporary flood barriers.
""", [
    ('Ten months', 'DURATION', 'P10M'),
    ('6:14 p.m. CT Jan. 30, 2020', 'TIME', '2020-01-30T18:14|2020-01-30T18:14-06:00'),
    ('Thanksgiving', 'DATE', '2019-11-28'),
    ('last March', 'DATE', '2019-03'),
    ('this spring', 'DATE', '2020-SP'),
    ('Tuesday night', 'DATE|TIME', '2020-01-28TNI'),
    ('December', 'DATE', '2020-12'),
    ('about nine months', 'DURATION', 'P9M'),
    ('last summer', 'DATE', '2019-SU'),
    ('58 years', 'DURATION', 'P58Y'),
    ('March 2019', 'DATE', '2019-03'),
    ('March 17', 'DATE', '2019-03-17'),
    ('1952', 'DATE', '1952'),
    ('the year before', 'DATE', '1951'),
    ('fall', 'DATE', '2019-FA'),
    ('weeks', 'DURATION', 'PXW'),
    ('six days a week', 'SET', 'P1W'),
    ('every two weeks', 'SET', 'P2W'),
    ('June', 'DATE', '2020-06'),
    ('2010', 'DATE', '2010'),
    ('November', 'DATE', '2019-11'),
    ('at least a year', 'DURATION', 'P1Y'),
    ('April', 'DATE', '2019-04'),
    ('another year', 'DURATION', 'P1Y'),
    ('Feb. 13', 'DATE', '2020-02-13'),
    ('7 p.m. Monday', 'TIME', '2020-02-03T19:00'),
]),

# 11. AP, health / rural hospital closure (2015)
('2015-12-04', 'auto', """Rural Tennessee hospital to close, leaving county without an ER

HARLOWE, Tenn. (AP) — The only hospital in Coffey County will close its emergency room at midnight Sunday and shut down entirely by the end of the month, its owner said Friday, making it at least the eighth rural hospital in Tennessee to close since 2012.

Nashville-based Parkway Health Partners said Harlowe Regional Medical Center had lost $4.2 million over the past 18 months and could no longer meet its payroll. About 140 employees will lose their jobs. The last inpatients were transferred to hospitals in Jackson and Paris on Wednesday.

"This was not a decision we made lightly," Parkway CEO Robert Haney said in a statement. "We have been trying to find a buyer since last spring."

Once the ER closes, residents of the county of 17,000 will have to drive about 45 minutes to the nearest emergency room, in Jackson. County Mayor Janet Pruitt said the county would put a second ambulance crew on duty starting Monday and would ask the state for emergency money when lawmakers return to Nashville in January.

Nurse Carla Whitlow, 52, who has worked at the hospital for 27 years, said employees learned of the closure at a meeting Thursday afternoon. "People cried," she said. "A lot of us were born in this building."

Harlowe Regional opened in 1958 with 40 beds and expanded twice in the 1970s. By 2014, most of its 60 beds sat empty, and the hospital was relying on its emergency room and outpatient clinic to stay afloat.

Rural hospitals across the South have been closing at a rapid pace over the past five years, squeezed by falling patient numbers, high rates of uninsured patients and cuts in Medicare payments. According to the Sheps Center at the University of North Carolina, 63 rural hospitals nationwide have closed since January 2010, more than half of them in the South.

Tennessee is one of 20 states that have not expanded Medicaid under the federal health care law. In February, a state Senate committee rejected Gov. Bill Haslam's Insure Tennessee plan, which would have extended coverage to about 280,000 low-income residents. Hospital officials say that decision cost them hundreds of millions of dollars in federal money.

Haney said the hospital's outpatient clinic would stay open through March while Parkway looks for a clinic operator to take over the building.

Pruitt said the county is not giving up. "We'll keep knocking on doors until somebody brings a hospital back here," she said.
""", [
    ('midnight Sunday', 'TIME', '2015-12-06T24:00|2015-12-06T00:00'),
    ('the end of the month', 'DATE', '2015-12'),
    ('Friday', 'DATE', '2015-12-04'),
    ('2012', 'DATE', '2012'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('Wednesday', 'DATE', '2015-12-02'),
    ('last spring', 'DATE', '2015-SP'),
    ('about 45 minutes', 'DURATION', 'PT45M'),
    ('Monday', 'DATE', '2015-12-07'),
    ('January', 'DATE', '2016-01'),
    ('27 years', 'DURATION', 'P27Y'),
    ('Thursday afternoon', 'DATE|TIME', '2015-12-03TAF'),
    ('1958', 'DATE', '1958'),
    ('the 1970s', 'DATE', '197'),
    ('2014', 'DATE', '2014'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('January 2010', 'DATE', '2010-01'),
    ('February', 'DATE', '2015-02'),
    ('March', 'DATE', '2016-03'),
]),

# 12. The Guardian, politics / council finances (2025)
('2025-10-17', 'auto', """English councils warn of bankruptcy wave unless budget brings emergency help

Dozens of English councils could be forced to declare themselves effectively bankrupt within the next 18 months unless the chancellor provides emergency funding in the budget on 26 November, local authority leaders have warned.

In a letter sent to the Treasury on Thursday, the County Councils Network said rising costs for adult social care, children's services and special educational needs had left its 37 member councils facing a combined shortfall of £2.4bn over the next two years.

The network said one in four of its members were at risk of issuing a section 114 notice, which bars all new spending except on statutory services. Since 2018, eight councils have issued such notices, including Birmingham, the largest local authority in Europe, in September 2023. Birmingham has since raised council tax by nearly 10% in 2024 and again this year.

"We have been running to stand still for a decade," said Sarah Pemberton, the network's finance spokesperson and leader of a Conservative-run county council. "Every autumn we are told help is on the way, and every spring we are closing libraries and cutting bus routes."

She said councils needed an answer "within weeks, not months" in order to set budgets for next year.

A spokesperson for the Ministry of Housing, Communities and Local Government said the government had already given councils an extra £5bn this year and would publish a funding settlement covering three years in December, the first since 2018.

The chancellor, who is expected to raise taxes to close a gap estimated at up to £30bn, said on Tuesday that "tough choices" lay ahead, but she has ruled out increases in the main rates of income tax, national insurance and VAT.

In Somerset, which declared a financial emergency in November 2023, the council has reduced its recycling centres to five days a week and is consulting until 31 October on plans to sell its historic county hall in Taunton.

Last week the Institute for Fiscal Studies said council spending per person in England remained 18% lower in real terms than in 2010, with the deepest cuts falling on the most deprived areas.

Labour MPs in the north of England have urged ministers to act before local elections next May, when councils in much of England will be on the ballot.

The Local Government Association is due to meet ministers in London on 4 November.
""", [
    ('the next 18 months', 'DURATION', 'P18M'),
    ('26 November', 'DATE', '2025-11-26'),
    ('Thursday', 'DATE', '2025-10-16'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('2018', 'DATE', '2018'),
    ('September 2023', 'DATE', '2023-09'),
    ('2024', 'DATE', '2024'),
    ('this year', 'DATE', '2025'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('Every autumn', 'SET', 'XXXX-FA'),
    ('every spring', 'SET', 'XXXX-SP'),
    ('weeks', 'DURATION', 'PXW'),
    ('months', 'DURATION', 'PXM'),
    ('next year', 'DATE', '2026'),
    ('this year', 'DATE', '2025'),
    ('three years', 'DURATION', 'P3Y'),
    ('December', 'DATE', '2025-12'),
    ('2018', 'DATE', '2018'),
    ('Tuesday', 'DATE', '2025-10-14'),
    ('November 2023', 'DATE', '2023-11'),
    ('five days a week', 'SET', 'P1W'),
    ('31 October', 'DATE', '2025-10-31'),
    ('Last week', 'DATE', '2025-W41'),
    ('2010', 'DATE', '2010'),
    ('next May', 'DATE', '2026-05'),
    ('4 November', 'DATE', '2025-11-04'),
]),
]
