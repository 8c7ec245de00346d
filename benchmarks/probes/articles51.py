# Gold TIMEX3 probe set 51: twelve wire and newspaper stories of 2016-2024 in the styles of AP, Reuters, AFP, Bloomberg, the New York Times and the BBC, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, state politics / budget (2016)
('2016-06-30', 'auto', """Pennsylvania set to miss budget deadline as talks stall

HARRISBURG, Pa. (AP) — Pennsylvania lawmakers were poised Thursday to miss their budget deadline again, as negotiations over school funding and a proposed tax on natural gas drillers remained stuck hours before the midnight cutoff.

Democratic Gov. Ellen Marsh said on Wednesday that she would not sign a spending plan that relies on "one-time gimmicks," and her office said she had cleared her schedule for the weekend to keep talking.

Republican leaders, who control both chambers, pushed a $31.2 billion bill through the House late Tuesday, but Senate Majority Leader Dale Cordray said his members would not vote on it before next week.

The last budget standoff lasted nine months, from July 2015 to March 2016, and forced school districts to borrow more than $900 million to stay open. Some districts warned that they could close by January, and a handful did shut their doors for several days.

"Nobody wants a repeat of last year," said Rep. Carla Jimenez, a Democrat from Philadelphia. "Schools open in late August, and they need to know now what they are getting."

Without a budget in place by Friday, payments to counties, schools and social service agencies will be delayed, although state employees will continue to be paid.

Marsh, a former businesswoman elected in 2014, has pushed for years to impose a 6.5 percent severance tax on gas extraction, arguing that Pennsylvania is the only major gas-producing state without one. Republicans have blocked the idea each time, saying it would drive drilling to neighboring states.

The two sides have narrowed their differences in recent weeks, according to people familiar with the talks. A deal could include a smaller tax on drillers and an expansion of casino gambling that would bring in about $100 million annually, legislative aides said.

Cordray said he expected a vote "sometime in the next 10 days." The Senate will reconvene at 1 p.m. Tuesday, after the Fourth of July holiday.

The previous impasse ended on March 23, when Marsh allowed a stopgap spending bill to become law without her signature. She vowed that day that she would never again "let children pay for Harrisburg's dysfunction."
""", [
    ('Thursday', 'DATE', '2016-06-30'),
    ('hours', 'DURATION', 'PTXH'),
    ('midnight', 'TIME', '2016-06-30T24:00|2016-07-01T00:00'),
    ('Wednesday', 'DATE', '2016-06-29'),
    ('the weekend', 'DATE', '2016-W26-WE'),
    ('late Tuesday', 'DATE', '2016-06-28'),
    ('next week', 'DATE', '2016-W27'),
    ('nine months', 'DURATION', 'P9M'),
    ('July 2015', 'DATE', '2015-07'),
    ('March 2016', 'DATE', '2016-03'),
    ('January', 'DATE', '2016-01'),
    ('several days', 'DURATION', 'PXD'),
    ('last year', 'DATE', '2015'),
    ('late August', 'DATE', '2016-08'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Friday', 'DATE', '2016-07-01'),
    ('2014', 'DATE', '2014'),
    ('years', 'DURATION', 'PXY'),
    ('recent weeks', 'DURATION|DATE', 'PXW|PAST_REF'),
    ('annually', 'SET', 'P1Y'),
    ('the next 10 days', 'DURATION', 'P10D'),
    ('1 p.m. Tuesday', 'TIME', '2016-07-05T13:00'),
    ('Fourth of July', 'DATE', '2016-07-04'),
    ('March 23', 'DATE', '2016-03-23'),
    ('that day', 'DATE', '2016-03-23'),
]),
# 2. Reuters, oil markets (2017)
('2017-11-28', 'auto', """Oil slips as traders await OPEC decision on extending output cuts

LONDON (Reuters) - Oil prices edged lower on Tuesday as investors awaited a meeting of OPEC and other producers later this week that is widely expected to extend output cuts, although doubts over Russia's commitment kept the market on edge.

Brent crude futures were down 41 cents at $63.43 a barrel by 1045 GMT. U.S. West Texas Intermediate (WTI) crude futures fell 22 cents to $57.89.

Brent touched its highest since mid-2015 on Nov. 6 and has gained nearly 40 percent since June.

The Organization of the Petroleum Exporting Countries, along with Russia and nine other producers, has been withholding about 1.8 million bpd of supply since January in an effort to drain a global glut. The producers first agreed to the cuts a year ago, after more than two years of low prices had hammered their budgets. The deal is due to expire in March 2018.

Ministers meet in Vienna on Thursday, and most analysts expect them to prolong the curbs until the end of 2018.

"The market has largely priced in a nine-month extension," said Hamza Rafiq, head of commodities research at Norland Bank in London. "Anything less, or a decision to put it off until next year, would be a disappointment."

Russia's energy ministry said on Monday that Moscow backed an extension, but sources familiar with its thinking told Reuters it wanted the option to review the deal in June.

Russian oil companies have voiced concern that prolonging the cuts for a full year could let U.S. shale producers grab market share. U.S. crude production has risen nearly 15 percent since mid-2016 to 9.66 million bpd, the highest since the early 1970s, according to government data.

Weekly figures from the U.S. Energy Information Administration, due on Wednesday, are expected to show crude inventories fell by 2.3 million barrels last week, a Reuters poll found.

Trading volumes have been thin since the Thanksgiving holiday in the United States, which kept many U.S. participants away from their desks late last week.

Analysts at Goldman Sachs said in a note on Monday that they expected Brent to average $62 a barrel in the first quarter before easing in the second half of 2018 as supply from outside OPEC grows.
""", [
    ('Tuesday', 'DATE', '2017-11-28'),
    ('later this week', 'DATE', '2017-W48'),
    ('1045 GMT', 'TIME', '2017-11-28T10:45'),
    ('mid-2015', 'DATE', '2015'),
    ('Nov. 6', 'DATE', '2017-11-06'),
    ('June', 'DATE', '2017-06'),
    ('January', 'DATE', '2017-01'),
    ('a year ago', 'DATE', '2016'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('March 2018', 'DATE', '2018-03'),
    ('Thursday', 'DATE', '2017-11-30'),
    ('the end of 2018', 'DATE', '2018|2018-12'),
    ('nine-month', 'DURATION', 'P9M'),
    ('next year', 'DATE', '2018'),
    ('Monday', 'DATE', '2017-11-27'),
    ('June', 'DATE', '2018-06'),
    ('a full year', 'DURATION', 'P1Y'),
    ('mid-2016', 'DATE', '2016'),
    ('the early 1970s', 'DATE', '197'),
    ('Weekly', 'SET', 'P1W'),
    ('Wednesday', 'DATE', '2017-11-29'),
    ('last week', 'DATE', '2017-W47'),
    ('Thanksgiving', 'DATE', '2017-11-23'),
    ('late last week', 'DATE', '2017-W47'),
    ('Monday', 'DATE', '2017-11-27'),
    ('the first quarter', 'DATE', '2018-Q1'),
    ('the second half of 2018', 'DATE', '2018-H2'),
]),
# 3. AFP, conflict / South Sudan (2018)
('2018-04-15', 'auto', """South Sudan rivals agree to new talks after weekend clashes

Juba, April 15, 2018 (AFP) - South Sudan's warring parties agreed on Sunday to resume peace talks in Addis Ababa later this month, after fighting over the weekend killed at least 23 people near the northern town of Leer, officials said.

The regional bloc IGAD, which is mediating, said the new round would open in the Ethiopian capital on April 26 and last about a week.

Fighting erupted early Saturday when opposition forces attacked a government garrison at Leer, army spokesman Deng Malual said. Government troops retook the area by Saturday evening, he added.

The main rebel group, the SPLA-IO, said in a statement on Sunday that its forces had acted in self-defence after government troops shelled their positions for two days.

The world's youngest nation plunged into civil war in December 2013, barely two years after independence from Sudan, when President Salva Kiir accused his former deputy Riek Machar of plotting a coup.

A peace deal signed in August 2015 collapsed in July 2016, when heavy fighting broke out in Juba and Machar fled the country. Tens of thousands of people have been killed and about four million -- roughly a third of the population -- forced from their homes in more than four years of conflict.

A ceasefire signed in Addis Ababa in December was broken within hours of taking effect on December 24. A week later, both sides accused each other of attacking civilians in Unity state.

The United Nations said last month that seven million people would need food aid this year, and warned that famine could return to parts of the country during the lean season from May to August.

"The last three months have been the worst we have seen since 2016," said Marie Okello, the Norwegian Refugee Council's country director. "People are eating leaves and water lilies now."

Diplomats said the United States, Britain and Norway, known as the troika, were losing patience and could push for an arms embargo at the UN Security Council in the coming weeks.

Mediators hope to secure a deal before the rains set in around June, when many roads become impassable and aid deliveries are cut off.
""", [
    ('weekend', 'DATE', '2018-W15-WE'),
    ('April 15, 2018', 'DATE', '2018-04-15'),
    ('Sunday', 'DATE', '2018-04-15'),
    ('later this month', 'DATE', '2018-04'),
    ('the weekend', 'DATE', '2018-W15-WE'),
    ('April 26', 'DATE', '2018-04-26'),
    ('about a week', 'DURATION', 'P1W'),
    ('early Saturday', 'DATE', '2018-04-14'),
    ('Saturday evening', 'DATE|TIME', '2018-04-14TEV'),
    ('Sunday', 'DATE', '2018-04-15'),
    ('two days', 'DURATION', 'P2D'),
    ('December 2013', 'DATE', '2013-12'),
    ('barely two years', 'DURATION', 'P2Y'),
    ('August 2015', 'DATE', '2015-08'),
    ('July 2016', 'DATE', '2016-07'),
    ('more than four years', 'DURATION', 'P4Y'),
    ('December', 'DATE', '2017-12'),
    ('hours', 'DURATION', 'PTXH'),
    ('December 24', 'DATE', '2017-12-24'),
    ('A week later', 'DATE', '2017-12-31|2017-W52'),
    ('last month', 'DATE', '2018-03'),
    ('this year', 'DATE', '2018'),
    ('May', 'DATE', '2018-05'),
    ('August', 'DATE', '2018-08'),
    ('The last three months', 'DURATION', 'P3M'),
    ('2016', 'DATE', '2016'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('June', 'DATE', '2018-06'),
]),
# 4. Bloomberg, corporate earnings / packaged food (2019)
('2019-02-07', 'auto', """Harbor Foods Cuts Forecast as Tariffs Squeeze Margins; Shares Sink

(Bloomberg) -- Harbor Foods Inc. cut its profit forecast for fiscal 2019 after tariffs on steel cans and a surge in freight costs squeezed margins, sending the shares down the most in almost a decade.

Adjusted earnings will be $2.05 to $2.15 a share in the 12 months ending in June, the Chicago-based maker of soups and canned vegetables said in a statement Thursday. It previously forecast as much as $2.40, and analysts on average had estimated $2.31, according to data compiled by Bloomberg.

The shares fell 11 percent to $38.62 at 10:14 a.m. in New York, the biggest intraday drop since March 2009. The stock had declined 18 percent in the past 12 months.

Net sales in the fiscal second quarter, which ended Dec. 29, rose 2.4 percent to $2.61 billion. Adjusted earnings fell to 51 cents a share from 63 cents a year earlier.

Chief Executive Officer Dana Whitfield said on a call with analysts that costs should ease later this year, once new supply contracts take effect in April.

"We've been living with a 25 percent tariff on tinplate since last summer, and frankly we absorbed more of that than we should have," Whitfield said. "We are now taking price increases across about 60 percent of the portfolio."

The company raised prices on soups and broth by an average of 4 percent in October and will put through a second round on March 1.

Harbor has struggled in recent years as shoppers shift toward fresh and store-brand foods. Sales have fallen for two straight years, and the company eliminated about 1,200 jobs in 2017 as part of a three-year restructuring plan.

"This is the third guidance cut in 18 months," said Karen Liu, an analyst at Bernstein. "Investors are going to want to see a credible turnaround plan before the end of the fiscal year, and they haven't gotten one."

Whitfield, who took over in January 2018, is scheduled to present long-term targets at an investor day on Feb. 26. The board will also review the dividend, which Harbor has raised every year since 1998, a company spokesman said.
""", [
    ('fiscal 2019', 'DATE', 'FY2019|2019'),
    ('almost a decade', 'DURATION', 'P10Y|P1E'),
    ('the 12 months', 'DURATION', 'P12M'),
    ('June', 'DATE', '2019-06'),
    ('Thursday', 'DATE', '2019-02-07'),
    ('10:14 a.m.', 'TIME', '2019-02-07T10:14'),
    ('March 2009', 'DATE', '2009-03'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('the fiscal second quarter', 'DATE', 'FY2019-Q2|2018-Q4'),
    ('Dec. 29', 'DATE', '2018-12-29'),
    ('a year earlier', 'DATE', '2017-Q4|2017'),
    ('later this year', 'DATE', '2019'),
    ('April', 'DATE', '2019-04'),
    ('last summer', 'DATE', '2018-SU'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('October', 'DATE', '2018-10'),
    ('March 1', 'DATE', '2019-03-01'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('two straight years', 'DURATION', 'P2Y'),
    ('2017', 'DATE', '2017'),
    ('three-year', 'DURATION', 'P3Y'),
    ('18 months', 'DURATION', 'P18M'),
    ('the end of the fiscal year', 'DATE', '2019-06|FY2019'),
    ('January 2018', 'DATE', '2018-01'),
    ('Feb. 26', 'DATE', '2019-02-26'),
    ('every year', 'SET', 'P1Y'),
    ('1998', 'DATE', '1998'),
]),
# 5. New York Times, courts / voting rights (2019)
('2019-09-13', 'auto', """Judge Blocks Tennessee Law Penalizing Voter Registration Drives

A federal judge on Thursday temporarily blocked a new Tennessee law that would have imposed fines on groups that submit large numbers of incomplete voter registration forms, saying it was likely to violate the First Amendment.

In a 37-page opinion, Judge Miriam Castellano of Federal District Court in Nashville wrote that the law "would chill precisely the kind of civic participation the Constitution protects."

The law, which the governor signed on May 2, was to take effect on Oct. 1. It would have allowed the state to fine groups up to $10,000 and to bring criminal charges against organizers who paid canvassers by the form.

A coalition of civil rights groups sued the following day, arguing that the measure was a response to a registration drive in Memphis last year that signed up roughly 86,000 people, most of them Black, ahead of the November midterm elections. Election officials in Shelby County said at the time that thousands of the forms submitted that summer were incomplete or duplicates.

The law's sponsor, State Senator Roy Pettigrew, said in an interview on Wednesday night that the measure was meant to protect election workers from "being buried in junk paperwork at the last minute."

The state's top election official said in a statement on Friday that Tennessee would appeal to the United States Court of Appeals for the Sixth Circuit.

Voting rights advocates said the timing was crucial because the registration deadline for the March 3 presidential primary is Feb. 3, and many groups had planned to begin canvassing this fall.

"We have been doing this work for a decade, and we have never been treated like criminals," said Andrea Mobley, executive director of a Nashville-based group that registers young voters.

The ruling was the latest in a string of court fights over voting rules that have intensified since the Supreme Court struck down a central part of the Voting Rights Act in 2013. Tennessee, which ranked near the bottom of states in turnout in 2014, has seen registration climb in recent years.

Judge Castellano scheduled a hearing for 9 a.m. on Nov. 18 to consider whether to make the injunction permanent, and gave the state 30 days to respond.

Lawmakers in at least two other states considered similar measures this year, but none passed, according to the Brennan Center for Justice.
""", [
    ('Thursday', 'DATE', '2019-09-12'),
    ('May 2', 'DATE', '2019-05-02'),
    ('Oct. 1', 'DATE', '2019-10-01'),
    ('the following day', 'DATE', '2019-05-03'),
    ('last year', 'DATE', '2018'),
    ('November', 'DATE', '2018-11'),
    ('that summer', 'DATE', '2018-SU'),
    ('Wednesday night', 'DATE|TIME', '2019-09-11TNI'),
    ('Friday', 'DATE', '2019-09-13'),
    ('March 3', 'DATE', '2020-03-03'),
    ('Feb. 3', 'DATE', '2020-02-03'),
    ('this fall', 'DATE', '2019-FA'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('2013', 'DATE', '2013'),
    ('2014', 'DATE', '2014'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('9 a.m. on Nov. 18', 'TIME', '2019-11-18T09:00'),
    ('30 days', 'DURATION', 'P30D'),
    ('this year', 'DATE', '2019'),
]),
# 6. BBC, weather / storm and floods (2020)
('2020-02-16', 'auto', """Storm Dennis: Red warning as floods hit south Wales

A rare red weather warning has been issued for parts of south Wales as Storm Dennis brings heavy rain and strong winds to much of the UK.

The Met Office said the warning, which means there is a danger to life, would remain in force until 11:00 GMT on Sunday.

Dennis is the second named storm to hit the UK this month, after Storm Ciara brought gusts of 97mph to the Isle of Wight last weekend.

More than 300 flood warnings and alerts were in place across England on Sunday morning, the highest number ever recorded, according to the Environment Agency.

Emergency services in Rhondda Cynon Taf said they had rescued dozens of people from their homes on Saturday night, and the council described the situation as "unprecedented". The River Taff at Pontypridd reached its highest level in more than 40 years.

"I've lived here for 30 years and I've never seen anything like it," said Pontypridd resident Gareth Lewis. "The water came up the street in about 20 minutes. We just grabbed the kids and went upstairs."

Police said the bodies of two men had been recovered from the sea off Kent on Saturday. It is not clear whether the deaths were linked to the weather.

Hundreds of flights were cancelled over the weekend and several rail operators urged people not to travel. Great Western Railway said disruption was likely to continue until at least Monday afternoon.

Met Office forecaster Sarah Keane said conditions should ease from Sunday afternoon, but more rain was likely next week and further warnings were possible.

"The ground is already saturated after a very wet autumn, so even moderate rainfall is causing problems," she said.

The Environment Agency said its teams had been checking flood defences twice a day since Thursday, and had put up temporary barriers in Shropshire and Worcestershire.

The government said it was spending £2.6bn on flood defences over six years, from 2015 to 2021, which would protect 300,000 homes.

But Labour said communities that flooded in 2007 and again in 2012 felt "abandoned", and called for an emergency Cobra meeting to be held on Monday.

The Welsh government said it would set up a support fund for affected households within days.
""", [
    ('11:00 GMT on Sunday', 'TIME', '2020-02-16T11:00'),
    ('this month', 'DATE', '2020-02'),
    ('last weekend', 'DATE', '2020-W06-WE'),
    ('Sunday morning', 'DATE|TIME', '2020-02-16TMO'),
    ('Saturday night', 'DATE|TIME', '2020-02-15TNI'),
    ('more than 40 years', 'DURATION', 'P40Y'),
    ('30 years', 'DURATION', 'P30Y'),
    ('about 20 minutes', 'DURATION', 'PT20M'),
    ('Saturday', 'DATE', '2020-02-15'),
    ('the weekend', 'DATE', '2020-W07-WE'),
    ('Monday afternoon', 'DATE|TIME', '2020-02-17TAF'),
    ('Sunday afternoon', 'DATE|TIME', '2020-02-16TAF'),
    ('next week', 'DATE', '2020-W08'),
    ('autumn', 'DATE', '2019-FA'),
    ('twice a day', 'SET', 'P1D'),
    ('Thursday', 'DATE', '2020-02-13'),
    ('six years', 'DURATION', 'P6Y'),
    ('2015', 'DATE', '2015'),
    ('2021', 'DATE', '2021'),
    ('2007', 'DATE', '2007'),
    ('2012', 'DATE', '2012'),
    ('Monday', 'DATE', '2020-02-17'),
    ('days', 'DURATION', 'PXD'),
]),
# 7. AP, health / COVID-19 vaccine rollout (2021)
('2021-01-12', 'auto', """Georgia opens COVID-19 shots to older residents as rollout lags

ATLANTA (AP) — Georgia will begin offering COVID-19 vaccines to everyone 65 and older starting Monday, state officials said Tuesday, as states across the U.S. scramble to speed up a rollout that has fallen far behind schedule.

The announcement came after federal health officials on Monday urged states to open vaccinations to older adults rather than holding doses in reserve.

Only about 9 million of the more than 25 million doses distributed nationwide had been given as of Monday, according to the Centers for Disease Control and Prevention. Federal officials had promised to vaccinate 20 million Americans by the end of December.

"We have vaccine sitting in freezers right now. We need to get it into arms," Dr. Lorraine Tate, the state's public health commissioner, said at a news conference at the state Capitol.

Georgia has administered about 180,000 doses since the first shipments arrived Dec. 14, one of the lowest per-capita rates in the country. Health care workers and nursing home residents were first in line.

The state's online scheduling system crashed within hours of opening to some older residents Friday, and several county health departments said appointments were already booked through February.

Tate said the state expects to receive about 120,000 doses weekly from the federal government, far fewer than needed to cover its roughly 1.4 million residents who are 65 and older. "At this rate, it will take months," she said.

Four mass vaccination sites will open next week, including one at the Georgia World Congress Center in downtown Atlanta. The sites will stay open on the Martin Luther King Jr. Day holiday, officials said.

The push comes as the virus rages across the state. Georgia reported 140 deaths on Tuesday, and new cases have climbed by more than 40% over the past two weeks. Hospitals in metro Atlanta have been near capacity since late December, and the state reopened an overflow unit at the convention center last week.

Georgia confirmed its first case of the coronavirus in early March, and more than 11,000 Georgians have since died of COVID-19.

President-elect Joe Biden, who takes office Jan. 20, has promised 100 million shots in his first 100 days. His transition team said last Friday that it would release nearly all available doses rather than holding back second shots, which are given about three weeks after the first.
""", [
    ('Monday', 'DATE', '2021-01-18'),
    ('Tuesday', 'DATE', '2021-01-12'),
    ('Monday', 'DATE', '2021-01-11'),
    ('Monday', 'DATE', '2021-01-11'),
    ('the end of December', 'DATE', '2020-12'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('Dec. 14', 'DATE', '2020-12-14'),
    ('hours', 'DURATION', 'PTXH'),
    ('Friday', 'DATE', '2021-01-08'),
    ('February', 'DATE', '2021-02'),
    ('weekly', 'SET', 'P1W'),
    ('months', 'DURATION', 'PXM'),
    ('next week', 'DATE', '2021-W03'),
    ('Martin Luther King Jr. Day', 'DATE', '2021-01-18'),
    ('Tuesday', 'DATE', '2021-01-12'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('late December', 'DATE', '2020-12'),
    ('last week', 'DATE', '2021-W01'),
    ('early March', 'DATE', '2020-03'),
    ('Jan. 20', 'DATE', '2021-01-20'),
    ('first 100 days', 'DURATION', 'P100D'),
    ('last Friday', 'DATE', '2021-01-08'),
    ('about three weeks', 'DURATION', 'P3W'),
]),
# 8. Reuters, climate / UN summit (2021)
('2021-11-13', 'auto', """Nations seal Glasgow climate deal that targets coal for the first time

GLASGOW, Nov 13 (Reuters) - Nearly 200 countries agreed on Saturday to a climate deal that for the first time targets fossil fuels, after two weeks of talks that ran more than a day past their scheduled end.

The summit had been due to close at 6 p.m. on Friday, but negotiators worked through Friday night over language on coal and on money for poorer nations.

"We are now at the moment of truth for our planet," the British conference president told delegates before the final session.

India, backed by China, pushed for a last-minute change that softened a call to "phase out" coal power to "phase down", prompting an emotional apology from the conference president.

The deal asks countries to strengthen their 2030 emissions-cutting targets by the end of next year, rather than every five years as required under the 2015 Paris Agreement.

Scientists say global emissions must fall 45% from 2010 levels by 2030 to limit warming to 1.5 degrees Celsius, yet they remain higher than a decade ago. Current pledges put the world on course for about 2.4C of warming by 2100, according to Climate Action Tracker.

Wealthy nations missed a 2009 pledge to provide $100 billion annually in climate finance to developing countries by 2020, and now say they will meet it in 2023. Developing countries say the shortfall has eroded trust built up over more than a decade of negotiations.

"This is not enough for us, but we will go home and keep fighting," the environment minister of the Maldives said on Saturday.

The talks, delayed by a year because of the COVID-19 pandemic, were the first full climate summit since 2019. Earlier this week, the United States and China surprised delegates by announcing a joint pledge to boost cooperation over the next decade, including on methane.

Negotiators agreed that next year's summit will be held in Sharm el-Sheikh, Egypt, in November, and that a dialogue on funding for "loss and damage" will run until 2024.
""", [
    ('Nov 13', 'DATE', '2021-11-13'),
    ('Saturday', 'DATE', '2021-11-13'),
    ('two weeks', 'DURATION', 'P2W'),
    ('more than a day', 'DURATION', 'P1D'),
    ('6 p.m. on Friday', 'TIME', '2021-11-12T18:00'),
    ('Friday night', 'DATE|TIME', '2021-11-12TNI'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2030', 'DATE', '2030'),
    ('the end of next year', 'DATE', '2022|2022-12'),
    ('every five years', 'SET', 'P5Y'),
    ('2015', 'DATE', '2015'),
    ('2010', 'DATE', '2010'),
    ('2030', 'DATE', '2030'),
    ('a decade ago', 'DATE', '2011|201'),
    ('Current', 'DATE', 'PRESENT_REF'),
    ('2100', 'DATE', '2100'),
    ('2009', 'DATE', '2009'),
    ('annually', 'SET', 'P1Y'),
    ('2020', 'DATE', '2020'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2023', 'DATE', '2023'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('Saturday', 'DATE', '2021-11-13'),
    ('a year', 'DURATION', 'P1Y'),
    ('2019', 'DATE', '2019'),
    ('Earlier this week', 'DATE', '2021-W45'),
    ('the next decade', 'DURATION', 'P10Y|P1E'),
    ("next year's", 'DATE', '2022'),
    ('November', 'DATE', '2022-11'),
    ('2024', 'DATE', '2024'),
]),
# 9. AFP, elections / French presidential race (2022)
('2022-04-11', 'auto', """Macron, Le Pen launch tense rematch for French presidency

Paris (AFP) - President Emmanuel Macron and far-right leader Marine Le Pen launched a two-week battle for the French presidency on Monday after topping Sunday's first round of voting, setting up a repeat of their 2017 duel.

Macron won 27.8 percent of the vote and Le Pen 23.2 percent, according to final results released by the interior ministry early Monday. Hard-left veteran Jean-Luc Melenchon came a close third with 22 percent.

The run-off will be held on April 24.

Macron, 44, who spent much of the campaign focused on the war in Ukraine, travelled on Monday to Denain in northern France, a former steel town where Le Pen topped the vote on Sunday.

"Nothing is decided," Macron told residents. "The next 15 days will decide the next five years."

Le Pen, 53, who is making her third bid for the Elysee, spent the morning at her campaign headquarters in Paris before heading to Burgundy in the afternoon. She has spent months softening her image, focusing on soaring prices rather than immigration.

Polls published on Sunday evening pointed to a much tighter contest than five years ago, when Macron beat Le Pen by 66 percent to 34 percent. An Ipsos survey gave Macron 54 percent in the second round, down from 58 percent in a similar poll last month.

Turnout of 73.7 percent was the lowest for a first round since 2002, when Le Pen's father Jean-Marie stunned the country by reaching the run-off.

Melenchon, who fell about 420,000 votes short of the second round, urged supporters on Sunday night "not to give a single vote to Madame Le Pen", but stopped short of endorsing Macron.

Inflation hit 4.5 percent in March, its highest level since the mid-1980s, and the cost of living has become the central issue of the campaign.

The two finalists will face off in a televised debate on April 20, the only one of the campaign, and both camps plan large rallies before Easter. Legislative elections follow in June.

If he wins, Macron would become the first French president to be re-elected since Jacques Chirac in 2002.
""", [
    ('two-week', 'DURATION', 'P2W'),
    ('Monday', 'DATE', '2022-04-11'),
    ("Sunday's", 'DATE', '2022-04-10'),
    ('2017', 'DATE', '2017'),
    ('early Monday', 'DATE', '2022-04-11'),
    ('April 24', 'DATE', '2022-04-24'),
    ('Monday', 'DATE', '2022-04-11'),
    ('Sunday', 'DATE', '2022-04-10'),
    ('The next 15 days', 'DURATION', 'P15D'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('the morning', 'DATE|TIME', '2022-04-11TMO'),
    ('the afternoon', 'DATE|TIME', '2022-04-11TAF'),
    ('months', 'DURATION', 'PXM'),
    ('Sunday evening', 'DATE|TIME', '2022-04-10TEV'),
    ('five years ago', 'DATE', '2017'),
    ('last month', 'DATE', '2022-03'),
    ('2002', 'DATE', '2002'),
    ('Sunday night', 'DATE|TIME', '2022-04-10TNI'),
    ('March', 'DATE', '2022-03'),
    ('the mid-1980s', 'DATE', '198'),
    ('April 20', 'DATE', '2022-04-20'),
    ('Easter', 'DATE', '2022-04-17'),
    ('June', 'DATE', '2022-06'),
    ('2002', 'DATE', '2002'),
]),
# 10. Bloomberg, central banks / ECB decision (2023)
('2023-07-27', 'auto', """ECB Lifts Rates to Match 2001 Record, Keeps September Options Open

(Bloomberg) -- The European Central Bank raised interest rates for a ninth straight meeting and refused to commit to another increase in September, as officials weigh signs that the euro-area economy is faltering.

The deposit rate was lifted by a quarter point to 3.75% on Thursday, matching the record reached in 2001. All 55 economists surveyed by Bloomberg had predicted the move.

"Are we going to hike? Are we going to hold? It's a decision that will be made in September, based on the data," President Christine Lagarde told reporters at a press conference that began at 2:45 p.m. in Frankfurt.

Rates have risen by a cumulative 425 basis points since July 2022, the most aggressive tightening in the euro's history, as policymakers fought inflation that peaked above 10% last October.

Headline inflation slowed to 5.5% in June, but underlying price growth, which excludes energy and food, remains close to its record. Data for July are due next week. The bank's staff projections, published in June, see inflation returning to the 2% target only in 2025.

"The door to September is still open, but it's less wide than it was a month ago," said Pieter Vos, an economist at ING in Amsterdam.

German bond yields fell and the euro slid as much as 0.7% to $1.1003 after Lagarde's remarks, its steepest drop in almost two months.

The Federal Reserve had raised its benchmark the day before to the highest level in 22 years, while also leaving its next move open.

The euro-area economy stagnated in the first quarter after contracting slightly at the end of last year, and a survey on Monday showed private-sector activity shrinking in July at the fastest pace in eight months. Second-quarter gross domestic product figures are due on Monday.

The Governing Council does not meet in August, and its next decision is scheduled for Sept. 14. Officials will also discuss later this year how fast to shrink the bank's 1.7 trillion-euro bond portfolio.
""", [
    ('2001', 'DATE', '2001'),
    ('September', 'DATE', '2023-09'),
    ('September', 'DATE', '2023-09'),
    ('Thursday', 'DATE', '2023-07-27'),
    ('2001', 'DATE', '2001'),
    ('September', 'DATE', '2023-09'),
    ('2:45 p.m.', 'TIME', '2023-07-27T14:45'),
    ('July 2022', 'DATE', '2022-07'),
    ('last October', 'DATE', '2022-10'),
    ('June', 'DATE', '2023-06'),
    ('July', 'DATE', '2023-07'),
    ('next week', 'DATE', '2023-W31'),
    ('June', 'DATE', '2023-06'),
    ('2025', 'DATE', '2025'),
    ('September', 'DATE', '2023-09'),
    ('a month ago', 'DATE', '2023-06'),
    ('almost two months', 'DURATION', 'P2M'),
    ('the day before', 'DATE', '2023-07-26'),
    ('22 years', 'DURATION', 'P22Y'),
    ('the first quarter', 'DATE', '2023-Q1'),
    ('the end of last year', 'DATE', '2022|2022-12'),
    ('Monday', 'DATE', '2023-07-24'),
    ('July', 'DATE', '2023-07'),
    ('eight months', 'DURATION', 'P8M'),
    ('Second-quarter', 'DATE', '2023-Q2'),
    ('Monday', 'DATE', '2023-07-31'),
    ('August', 'DATE', '2023-08'),
    ('Sept. 14', 'DATE', '2023-09-14'),
    ('later this year', 'DATE', '2023'),
]),
# 11. New York Times, health / measles outbreak (2024)
('2024-03-05', 'auto', """Measles Outbreak at Ohio School Grows to 11 Cases

Health officials in southwestern Ohio said on Monday that they had confirmed four more cases of measles linked to an outbreak at an elementary school, bringing the total to 11 and prompting an urgent push to vaccinate hundreds of children before the end of the month.

The first case, in an unvaccinated 6-year-old who had recently returned from a trip abroad, was reported on Feb. 16. All of the new cases are in children who had not received the measles, mumps and rubella vaccine, officials said.

"We are very worried about what the next two weeks will look like," Dr. Renee Caldwell, the county's health commissioner, said at a news briefing. Symptoms usually appear about two weeks after exposure, and people can spread the virus for about four days before a rash appears.

The school district has asked parents of unvaccinated students to keep them home for 21 days after their last possible exposure, which officials said would be through March 22. The county will hold free vaccination clinics at the school every Saturday, and several pediatric practices have extended their hours.

Nationally, the Centers for Disease Control and Prevention has counted 41 measles cases in 16 states this year, compared with 58 in all of 2023. The agency issued a health alert in January urging doctors to watch for the disease in travelers returning from overseas.

Measles was declared eliminated in the United States in 2000, meaning it was no longer continuously spreading, but outbreaks have become more frequent in recent years as vaccination rates have slipped. The national kindergarten vaccination rate fell to 93.1 percent last year, the lowest in a decade, according to C.D.C. data.

In 2019, the country recorded 1,274 cases, the most since 1992, most of them in Orthodox Jewish communities in New York. Ohio had a large outbreak in and around Columbus in late 2022 that sickened 85 children over several months.

Dr. Caldwell, who has been a pediatrician for nearly 20 years, said she had seen only two measles cases before this winter. "Parents tell me they've never seen measles, so they don't think it's real," she said. "I understand that. But I'm seeing it now."

State lawmakers are considering a bill that would make it harder to obtain nonmedical exemptions from school vaccine requirements. The House health committee is scheduled to vote on it on Wednesday, though its chairman said last week that the bill lacked the votes to advance.
""", [
    ('Monday', 'DATE', '2024-03-04'),
    ('the end of the month', 'DATE', '2024-03'),
    ('recently', 'DATE', 'PAST_REF'),
    ('Feb. 16', 'DATE', '2024-02-16'),
    ('the next two weeks', 'DURATION', 'P2W'),
    ('about two weeks', 'DURATION', 'P2W'),
    ('about four days', 'DURATION', 'P4D'),
    ('21 days', 'DURATION', 'P21D'),
    ('March 22', 'DATE', '2024-03-22'),
    ('every Saturday', 'SET', 'XXXX-WXX-6'),
    ('this year', 'DATE', '2024'),
    ('2023', 'DATE', '2023'),
    ('January', 'DATE', '2024-01'),
    ('2000', 'DATE', '2000'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('last year', 'DATE', '2023'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('2019', 'DATE', '2019'),
    ('1992', 'DATE', '1992'),
    ('late 2022', 'DATE', '2022'),
    ('several months', 'DURATION', 'PXM'),
    ('nearly 20 years', 'DURATION', 'P20Y'),
    ('this winter', 'DATE', '2023-WI|2024-WI'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Wednesday', 'DATE', '2024-03-06'),
    ('last week', 'DATE', '2024-W09'),
]),
# 12. BBC, courts / water company sewage fine (2024)
('2024-10-18', 'auto', """Southmere Water fined record £104m over sewage spills

A water company has been fined a record £104m for illegally discharging raw sewage into rivers in Kent and East Sussex over five years.

Southmere Water pleaded guilty in July to 47 offences committed between 2016 and 2021 at 19 treatment works.

Sentencing the company at Maidstone Crown Court on Friday, Judge Andrew Pell said the firm had shown "a cynical disregard" for the environment and had misled regulators for years.

The court heard that untreated sewage flowed into the River Medway for more than 60 hours after a pump failed at 23:00 on 10 August 2019, and that engineers were not sent out until the following afternoon.

Prosecutors for the Environment Agency said the company had submitted monitoring returns every month that under-reported the scale of the spills, in some cases by more than 80%.

The previous record fine for a water company, £90m, was imposed on another firm three years ago.

Chief executive Claire Whitmore, who joined Southmere in 2022, apologised outside court. "What happened during that period was unacceptable," she said. "We are now investing £1.2bn over the next five years to upgrade our treatment works."

The company reported pre-tax profits of £212m last year and paid £35m in dividends to its shareholders.

The judge ordered that the fine must not be passed on to customers through their bills and gave the company 28 days to pay. Household bills in the region are already set to rise by an average of 21% from next April.

The Environment Secretary said on Thursday that new legislation going through Parliament would allow courts to jail water bosses who obstruct investigations, and would ban bonuses at polluting firms.

Campaigners said the punishment did not go far enough. "Nobody has gone to prison. Until bosses face jail, this will keep happening," said Tom Ashworth of the group Medway River Watch, whose volunteers have tested the river twice a month since 2020.

The regulator Ofwat is due to publish its final decision on bills for the next five years on 19 December.
""", [
    ('five years', 'DURATION', 'P5Y'),
    ('July', 'DATE', '2024-07'),
    ('2016', 'DATE', '2016'),
    ('2021', 'DATE', '2021'),
    ('Friday', 'DATE', '2024-10-18'),
    ('years', 'DURATION', 'PXY'),
    ('more than 60 hours', 'DURATION', 'PT60H'),
    ('23:00 on 10 August 2019', 'TIME', '2019-08-10T23:00'),
    ('the following afternoon', 'DATE|TIME', '2019-08-11TAF'),
    ('every month', 'SET', 'P1M'),
    ('three years ago', 'DATE', '2021'),
    ('2022', 'DATE', '2022'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('last year', 'DATE', '2023'),
    ('28 days', 'DURATION', 'P28D'),
    ('next April', 'DATE', '2025-04'),
    ('Thursday', 'DATE', '2024-10-17'),
    ('twice a month', 'SET', 'P1M'),
    ('2020', 'DATE', '2020'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('19 December', 'DATE', '2024-12-19'),
]),
]
