# Gold TIMEX3 probes: 12 invented 1989-2000 newswire / business-press articles.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) with every time
# expression listed in order of occurrence. 'a|b' marks alternative acceptable
# values or types.

PROBES = [
('1989-10-24', 'auto', """Midland Fastener Profit Falls 18% on Strike, Weak Auto Demand

CHICAGO (AP) -- Midland Fastener Corp. said Tuesday that its third-quarter earnings fell 18 percent, hurt by weaker demand from automakers and a strike at its Ohio plant that lasted nearly six weeks.

The Chicago-based maker of bolts, rivets and industrial clips said it earned $14.2 million, or 61 cents a share, in the quarter ended Sept. 30, down from $17.3 million, or 74 cents a share, a year earlier. Sales slipped 4 percent to $212 million from $221 million in the year-earlier period.

For the first nine months, the company earned $46.8 million, or $2.01 a share, compared with $49.5 million, or $2.13 a share, in the same period of 1988.

Chairman Walter J. Kessler said in a statement that the company expects orders to remain soft through the fourth quarter and into early 1990 as Detroit trims production. "We are not forecasting a recovery before the second half of next year," he said.

The strike by members of Local 412 of the machinists' union at the Toledo plant began Aug. 14 and ended Sept. 22, when workers approved a three-year contract. The company said the walkout cut third-quarter profit by about 9 cents a share.

Midland also said its board on Monday approved a 2% rise in the quarterly dividend, to 26 cents a share, payable Dec. 1 to holders of record Nov. 10. The company has raised its dividend annually since 1978.

Analysts had expected earnings of about 65 cents a share. "The strike was a bigger drag than most people figured," said Karen Olsen, an analyst at First Lakes Securities. She said she had cut her estimate for fiscal 1990 to $2.90 a share from $3.15.

Midland's shares fell 75 cents to $38.25 in composite trading on the New York Stock Exchange on Tuesday. The stock traded as high as $46 in July but has lost ground since the market's sharp drop on Oct. 13, which reminded many investors of the crash of Oct. 19, 1987.

Kessler said the company would announce the results of a review of its European operations later this month.
""", [
    ('Tuesday', 'DATE', '1989-10-24'),
    ('third-quarter', 'DATE', '1989-Q3'),
    ('nearly six weeks', 'DURATION', 'P6W'),
    ('the quarter ended Sept. 30', 'DATE', '1989-Q3'),
    ('a year earlier', 'DATE', '1988-Q3'),
    ('the year-earlier period', 'DATE', '1988-Q3'),
    ('the first nine months', 'DURATION', 'P9M'),
    ('1988', 'DATE', '1988'),
    ('the fourth quarter', 'DATE', '1989-Q4'),
    ('early 1990', 'DATE', '1990'),
    ('the second half of next year', 'DATE', '1990-H2'),
    ('Aug. 14', 'DATE', '1989-08-14'),
    ('Sept. 22', 'DATE', '1989-09-22'),
    ('three-year', 'DURATION', 'P3Y'),
    ('third-quarter', 'DATE', '1989-Q3'),
    ('Monday', 'DATE', '1989-10-23'),
    ('quarterly', 'SET', 'P3M'),
    ('Dec. 1', 'DATE', '1989-12-01'),
    ('Nov. 10', 'DATE', '1989-11-10'),
    ('annually', 'SET', 'P1Y'),
    ('1978', 'DATE', '1978'),
    ('fiscal 1990', 'DATE', 'FY1990|1990'),
    ('Tuesday', 'DATE', '1989-10-24'),
    ('July', 'DATE', '1989-07'),
    ('Oct. 13', 'DATE', '1989-10-13'),
    ('Oct. 19, 1987', 'DATE', '1987-10-19'),
    ('later this month', 'DATE', '1989-10'),
]),

('1990-08-08', 'auto', """Oil Prices Surge as Gulf Standoff Deepens

NEW YORK (Reuters) -- Crude oil prices jumped to their highest level in nearly five years on Wednesday as traders bet that the crisis in the Persian Gulf would keep Iraqi and Kuwaiti oil off world markets for months.

On the New York Mercantile Exchange, West Texas Intermediate crude for September delivery settled at $28.05 a barrel, up $1.32 from Tuesday's close. Prices have climbed more than 40 percent since Iraqi troops invaded Kuwait last Thursday, and stood near $17 a barrel in mid-July.

"Nobody wants to be short going into the weekend," said Thomas Rinaldi, an oil trader at a Wall Street brokerage. "The market is pricing in a long disruption, maybe six months or more."

Heating oil for September delivery rose 3.1 cents to 79.4 cents a gallon, and unleaded gasoline gained 2.6 cents. Trading was heavy, with volume on Tuesday the second-highest on record.

The United Nations Security Council on Monday imposed a trade embargo on Iraq, and President Bush said Wednesday morning that U.S. troops and warplanes were being sent to Saudi Arabia. The Organization of Petroleum Exporting Countries may hold an emergency meeting later this month to consider raising output, delegates said. Saudi Arabia currently produces about 5.4 million barrels daily and could add 2 million barrels within three months, analysts estimated.

Prices have not been this high since late 1985, before a collapse in 1986 drove crude below $10 a barrel. During the 1979 Iranian revolution, prices more than doubled in less than a year.

Gasoline retailers said pump prices had risen about 10 cents a gallon in the past week. The American Automobile Association said Wednesday that the national average for self-serve regular unleaded was $1.18, compared with $1.08 a month ago and $1.03 a year ago.

Airline stocks fell for the fifth straight session. Analysts said carriers, which were already struggling with rising costs earlier this year, face fuel bills that could climb by $1 billion over the next 12 months if prices hold.

Trading on the exchange will resume at 9:45 a.m. EDT Thursday.
""", [
    ('nearly five years', 'DURATION', 'P5Y'),
    ('Wednesday', 'DATE', '1990-08-08'),
    ('months', 'DURATION', 'PXM'),
    ('September', 'DATE', '1990-09'),
    ('Tuesday', 'DATE', '1990-08-07'),
    ('last Thursday', 'DATE', '1990-08-02'),
    ('mid-July', 'DATE', '1990-07'),
    ('the weekend', 'DATE', '1990-W32-WE'),
    ('six months', 'DURATION', 'P6M'),
    ('September', 'DATE', '1990-09'),
    ('Tuesday', 'DATE', '1990-08-07'),
    ('Monday', 'DATE', '1990-08-06'),
    ('Wednesday morning', 'DATE|TIME', '1990-08-08TMO'),
    ('later this month', 'DATE', '1990-08'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('daily', 'SET', 'P1D'),
    ('three months', 'DURATION', 'P3M'),
    ('late 1985', 'DATE', '1985'),
    ('1986', 'DATE', '1986'),
    ('1979', 'DATE', '1979'),
    ('less than a year', 'DURATION', 'P1Y'),
    ('the past week', 'DURATION', 'P1W'),
    ('Wednesday', 'DATE', '1990-08-08'),
    ('a month ago', 'DATE', '1990-07'),
    ('a year ago', 'DATE', '1989|1989-08'),
    ('earlier this year', 'DATE', '1990'),
    ('the next 12 months', 'DURATION', 'P12M'),
    ('9:45 a.m. EDT Thursday', 'TIME', '1990-08-09T09:45'),
]),

('1991-03-14', 'auto', """Harlow Industries Makes Hostile Bid for Brandt Foods

NEW YORK -- Harlow Industries Inc. yesterday began a $1.2 billion hostile tender offer for the Brandt Foods Corporation, the Minneapolis-based maker of frozen dinners, two weeks after Brandt's board rejected a friendly merger proposal.

Harlow, a Dallas-based conglomerate, said it would pay $42 a share in cash, a premium of 31 percent over Brandt's closing price on Tuesday. The offer is scheduled to expire at midnight April 10 unless extended. Brandt's shares rose $8.875, to $40.875, in heavy trading yesterday on the New York Stock Exchange.

In a letter to Brandt's chairman, Eleanor Voss, that was made public today, Harlow's chief executive, Richard Pell, said he had tried for nearly a year to negotiate a combination. "We have been patient," he wrote. "Your shareholders deserve a chance to decide."

Brandt said in a brief statement that its board would meet early next week to consider the offer and would respond within 10 business days, as required by Federal securities rules. The company adopted a shareholder-rights plan in 1989 that would make a hostile takeover prohibitively expensive, and Harlow said it would sue in Delaware Chancery Court to have the plan invalidated.

Brandt has struggled in recent years as competition in frozen foods intensified. Its earnings for fiscal 1990, which ended last June 30, fell 22 percent, to $61 million, and analysts expect another decline this year. In the quarter ended Dec. 31, profit fell 9 percent.

Harlow, which had sales of $3.4 billion last year, has made four acquisitions since 1987. Mr. Pell said financing had been arranged with three banks, and he expected to complete the deal by the end of June.

Arbitragers said the stock's jump yesterday suggested that investors expect a higher bid, possibly from another suitor. "Forty-two dollars is an opening number," said one trader, who asked not to be named. "This will play out over the next couple of months."

The contest is the largest in the food industry since the wave of mergers in the mid-1980s. Brandt's shareholder meeting, originally set for May 2, may now be postponed, a company spokesman said.
""", [
    ('yesterday', 'DATE', '1991-03-13'),
    ('two weeks', 'DURATION', 'P2W'),
    ('Tuesday', 'DATE', '1991-03-12'),
    ('midnight April 10', 'TIME', '1991-04-10T24:00|1991-04-11T00:00'),
    ('yesterday', 'DATE', '1991-03-13'),
    ('today', 'DATE', '1991-03-14'),
    ('nearly a year', 'DURATION', 'P1Y'),
    ('early next week', 'DATE', '1991-W12'),
    ('10 business days', 'DURATION', 'P10D'),
    ('1989', 'DATE', '1989'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('fiscal 1990', 'DATE', 'FY1990|1990'),
    ('last June 30', 'DATE', '1990-06-30'),
    ('this year', 'DATE', '1991'),
    ('the quarter ended Dec. 31', 'DATE', '1990-Q4'),
    ('last year', 'DATE', '1990'),
    ('1987', 'DATE', '1987'),
    ('the end of June', 'DATE', '1991-06'),
    ('yesterday', 'DATE', '1991-03-13'),
    ('the next couple of months', 'DURATION', 'P2M'),
    ('the mid-1980s', 'DATE', '198'),
    ('May 2', 'DATE', '1991-05-02'),
    ('now', 'DATE', 'PRESENT_REF'),
]),

('1992-06-18', 'auto', """Appeals Court Upholds Missouri Billboard Law

ST. LOUIS (AP) -- A federal appeals court on Thursday upheld a Missouri law that bars new billboards within 660 feet of interstate highways, ruling 2-1 that the state's interest in scenic roadsides outweighs the free-speech claims of advertisers.

The decision by the 8th U.S. Circuit Court of Appeals reverses a 1990 ruling by a federal judge in Kansas City, who found that the law, passed in 1988, was too broad. Enforcement had been suspended pending the appeal, and about 140 new billboards have gone up along Missouri interstates in the past two years.

"The Legislature may reasonably conclude that unchecked signage degrades the landscape," Judge Harold Benning wrote for the majority in a 34-page opinion. Judge Lois May dissented, saying Article 5 of the law gave state officials "unbridled discretion" to decide which signs qualified.

Lawyers for the Outdoor Advertising Association of Missouri said Thursday afternoon that they would ask the full appeals court to rehear the case and, if necessary, would appeal to the U.S. Supreme Court. They have 14 days to seek a rehearing.

"This is not over," said the group's attorney, Frank Delgado. "We expect to be back in court by fall."

State officials said owners of signs erected after Jan. 1, 1989, would have 90 days to remove them once the ruling takes effect, but that enforcement would probably not begin until next year.

The case began in March 1989, when a Springfield sign company sued, arguing that the statute violated the First Amendment. The trial judge agreed two years ago, and the state appealed. The appeals panel heard arguments last October.

On Wednesday, state highway officials released a survey showing that the number of billboards along Missouri highways has grown from about 11,000 in 1980 to nearly 14,500 today.

Billboard disputes have multiplied in recent years, and similar laws are currently under challenge in at least four other states. Advertisers spend about $1.5 billion annually on outdoor signs nationwide, according to the industry group.
""", [
    ('Thursday', 'DATE', '1992-06-18'),
    ('1990', 'DATE', '1990'),
    ('1988', 'DATE', '1988'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('Thursday afternoon', 'DATE|TIME', '1992-06-18TAF'),
    ('14 days', 'DURATION', 'P14D'),
    ('fall', 'DATE', '1992-FA'),
    ('Jan. 1, 1989', 'DATE', '1989-01-01'),
    ('90 days', 'DURATION', 'P90D'),
    ('next year', 'DATE', '1993'),
    ('March 1989', 'DATE', '1989-03'),
    ('two years ago', 'DATE', '1990'),
    ('last October', 'DATE', '1991-10'),
    ('Wednesday', 'DATE', '1992-06-17'),
    ('1980', 'DATE', '1980'),
    ('today', 'DATE', 'PRESENT_REF|1992-06-18'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('annually', 'SET', 'P1Y'),
]),

('1993-02-05', 'auto', """Blast at Texas Chemical Plant Kills 4, Forces Evacuation

PORT LAVACA, Texas (AP) -- An explosion ripped through a chemical plant near this Gulf Coast town early Friday, killing four workers, injuring 23 others and forcing about 800 residents from their homes for several hours.

The blast occurred at about 3:40 a.m. in a storage unit at the Coastal Polymers Inc. plant, where workers were transferring a solvent, company officials said. Flames shot 200 feet into the air and could be seen 15 miles away. Firefighters brought the blaze under control shortly after 7 a.m.

Sheriff's deputies went door to door in the darkness, urging residents within two miles to leave. Most were allowed to return by midafternoon, though a Red Cross shelter at the high school was to remain open tonight.

"It sounded like a 747 crashing into the house," said Dolores Ruiz, who works at a 7-Eleven about a mile from the plant.

Two of the injured were in critical condition Friday night at a hospital in Victoria. The names of the dead were being withheld until relatives could be notified.

Plant manager Gene Tolliver said the unit had passed a safety inspection in November and that the plant had gone 31 months without a serious accident. The cause of the explosion may not be known for weeks, he said.

Inspectors from the federal Occupational Safety and Health Administration arrived Friday afternoon and planned to begin their investigation Saturday. The agency fined the plant $12,000 in 1991 for record-keeping violations.

The plant, which opened in 1974 and employs 340 people, makes plastics used in pipes and packaging. It was shut down indefinitely.

It was the second deadly explosion at a petrochemical plant on the Texas Gulf Coast in less than four years. In October 1989, a blast at a plant in Pasadena, near Houston, killed 23 workers.

Residents said Friday that they had long worried about the plant. "Every few months there's a smell or a flare," said one neighbor, Carl Pruitt. "Now this."

The Calhoun County commissioners will hold a public hearing on the blast next Tuesday.
""", [
    ('early Friday', 'DATE', '1993-02-05'),
    ('several hours', 'DURATION', 'PTXH'),
    ('3:40 a.m.', 'TIME', '1993-02-05T03:40'),
    ('7 a.m.', 'TIME', '1993-02-05T07:00'),
    ('midafternoon', 'DATE|TIME', '1993-02-05TAF'),
    ('tonight', 'DATE|TIME', '1993-02-05TNI'),
    ('Friday night', 'DATE|TIME', '1993-02-05TNI'),
    ('November', 'DATE', '1992-11'),
    ('31 months', 'DURATION', 'P31M'),
    ('weeks', 'DURATION', 'PXW'),
    ('Friday afternoon', 'DATE|TIME', '1993-02-05TAF'),
    ('Saturday', 'DATE', '1993-02-06'),
    ('1991', 'DATE', '1991'),
    ('1974', 'DATE', '1974'),
    ('less than four years', 'DURATION', 'P4Y'),
    ('October 1989', 'DATE', '1989-10'),
    ('Friday', 'DATE', '1993-02-05'),
    ('Every few months', 'SET', 'PXM'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('next Tuesday', 'DATE', '1993-02-09'),
]),

('1994-11-09', 'auto', """Republican Newcomer Captures Ohio House Seat

COLUMBUS, Ohio (AP) -- Republican Martin Fenwick, a first-time candidate who promised to cut federal spending, captured a House seat on Tuesday that Democrats had held for 40 years, part of a national wave that gave Republicans control of both houses of Congress for the first time since 1954.

Fenwick, a 47-year-old car dealer, defeated Democratic state Sen. Ruth Calloway by 54 percent to 46 percent, with all precincts reporting early Wednesday. Calloway conceded shortly before 1 a.m. in a brief speech to supporters at a downtown hotel.

"Tonight the voters said they want a smaller government," Fenwick told a cheering crowd at 11:15 p.m. Tuesday, before the final results were in. "Starting in January, we're going to give it to them."

The seat opened up in March, when Rep. Howard Teague, a Democrat first elected in 1982, announced that he would retire after six terms.

Turnout was about 48 percent, up from 41 percent four years ago, the secretary of state's office said Wednesday.

Calloway, who led in polls as late as Labor Day, was hurt by a barrage of television ads in the final three weeks of the campaign that tied her to President Clinton's health-care plan, which died in Congress in September. Exit polls showed that voters who made up their minds over the final weekend broke heavily for Fenwick.

The district, which stretches from the Columbus suburbs to the Ohio River, voted for George Bush in 1988 and 1992 but had not sent a Republican to Congress since 1952.

Fenwick will be sworn in when the new Congress convenes on Jan. 4. He said he would spend the next two months hiring a staff and would hold town meetings in each of the district's 11 counties before the end of the year.

Calloway, 52, said Wednesday afternoon that she had no plans to run again in 1996. "I've been in public life for 18 years," she said. "It's time to do something else."
""", [
    ('Tuesday', 'DATE', '1994-11-08'),
    ('40 years', 'DURATION', 'P40Y'),
    ('1954', 'DATE', '1954'),
    ('early Wednesday', 'DATE', '1994-11-09'),
    ('1 a.m.', 'TIME', '1994-11-09T01:00'),
    ('Tonight', 'DATE|TIME', '1994-11-08TNI'),
    ('11:15 p.m. Tuesday', 'TIME', '1994-11-08T23:15'),
    ('January', 'DATE', '1995-01'),
    ('March', 'DATE', '1994-03'),
    ('1982', 'DATE', '1982'),
    ('four years ago', 'DATE', '1990'),
    ('Wednesday', 'DATE', '1994-11-09'),
    ('Labor Day', 'DATE', '1994-09-05'),
    ('the final three weeks', 'DURATION', 'P3W'),
    ('September', 'DATE', '1994-09'),
    ('the final weekend', 'DATE', '1994-W44-WE'),
    ('1988', 'DATE', '1988'),
    ('1992', 'DATE', '1992'),
    ('1952', 'DATE', '1952'),
    ('Jan. 4', 'DATE', '1995-01-04'),
    ('the next two months', 'DURATION', 'P2M'),
    ('the end of the year', 'DATE', '1994'),
    ('Wednesday afternoon', 'DATE|TIME', '1994-11-09TAF'),
    ('1996', 'DATE', '1996'),
    ('18 years', 'DURATION', 'P18Y'),
]),

('1995-09-13', 'auto', """Nursing Home Workers Strike in New York Area

NEW YORK (AP) -- About 6,500 nurses' aides, orderlies and kitchen workers walked off the job at 14 nursing homes in New York City and Westchester County at 6 a.m. Wednesday after talks on a new contract collapsed.

The workers, members of Local 1199 of the National Health and Human Service Employees Union, had been without a contract since their three-year agreement expired at midnight Aug. 31.

The two sides had met almost daily for the past two weeks with a state mediator. The final session began at 2 p.m. Tuesday and ended at about 4 a.m., with each side blaming the other.

"We were close at 1 o'clock this morning, and management just walked away," said Carmen Ortiz, a union vice president.

The homes' negotiator, Philip Saunders, said the union's demand for raises of 5 percent annually over three years was unaffordable because state Medicaid payments have been frozen since April. "We offered 3 percent up front and a 2% rise after that," he said.

Administrators said they had hired replacement workers and that patient care had not been disrupted. But relatives of several residents said Wednesday afternoon that meals were late and some patients had not been bathed.

Pickets marched in a steady rain outside the homes, and some ducked into a 7-Eleven across from one Bronx home to buy coffee. Ortiz said the union would hold a rally in midtown Manhattan on Saturday, and that members at 20 other homes whose contracts expire later this month might join the walkout.

The last nursing home strike in the city, in 1991, lasted 19 days. Wages for aides have risen about 20 percent since 1990 and are currently among the highest in the state, management says.

Mediator Alan Brody said he would call both sides back to the table Thursday or Friday. "Nobody wants this to drag into October," he said.

A spokesman for the state Health Department said inspectors would visit each of the struck homes this week and would monitor conditions daily until the strike ends.
""", [
    ('6 a.m. Wednesday', 'TIME', '1995-09-13T06:00'),
    ('three-year', 'DURATION', 'P3Y'),
    ('midnight Aug. 31', 'TIME', '1995-08-31T24:00|1995-09-01T00:00'),
    ('daily', 'SET', 'P1D'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('2 p.m. Tuesday', 'TIME', '1995-09-12T14:00'),
    ('4 a.m.', 'TIME', '1995-09-13T04:00'),
    ("1 o'clock this morning", 'TIME', '1995-09-13T01:00'),
    ('annually', 'SET', 'P1Y'),
    ('three years', 'DURATION', 'P3Y'),
    ('April', 'DATE', '1995-04'),
    ('Wednesday afternoon', 'DATE|TIME', '1995-09-13TAF'),
    ('Saturday', 'DATE', '1995-09-16'),
    ('later this month', 'DATE', '1995-09'),
    ('1991', 'DATE', '1991'),
    ('19 days', 'DURATION', 'P19D'),
    ('1990', 'DATE', '1990'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('Thursday', 'DATE', '1995-09-14'),
    ('Friday', 'DATE', '1995-09-15'),
    ('October', 'DATE', '1995-10'),
    ('this week', 'DATE', '1995-W37'),
    ('daily', 'SET', 'P1D'),
]),

('1996-05-21', 'auto', """Atlas Rocket Lofts Satellite After Three Delays

CAPE CANAVERAL, Fla. (AP) -- An Atlas rocket carrying a $200 million communications satellite blasted off Tuesday night after three postponements, lighting up the sky over the Atlantic as it climbed toward orbit.

The 15-story rocket lifted off at 8:52 p.m. EDT, 19 minutes into a 90-minute launch window, and released the satellite about half an hour after liftoff.

The launch had been scheduled for May 9 but was put off twice because of a faulty valve and again Sunday because of high winds.

The satellite, built for Orbis Communications Corp. of Reston, Va., will relay television and telephone signals across Latin America. It is designed to operate for 15 years. Orbis officials said it would begin service in early July after a month of testing in orbit.

The flight was the fourth Atlas launch this year and the rocket's 11th straight success since a failure in March 1993 left a Navy satellite in a useless orbit.

"After the last two weeks, it was nice to have a boring countdown," said launch director Ray Whitfield.

Orbis plans to launch a second satellite in the spring of 1997 and a third by the end of the decade. The company, founded in 1988, has lost money in each of the past three years, but executives said they expect to turn a profit within 18 months of the new satellite entering service.

The next Atlas launch from the Cape is scheduled for late August. The Air Force plans to launch a Delta rocket carrying a navigation satellite on Thursday.

Meanwhile, NASA said Tuesday that the shuttle Columbia remains on track for launch June 20 on a 16-day science mission. Its seven astronauts will begin final training next week.
""", [
    ('Tuesday night', 'DATE|TIME', '1996-05-21TNI'),
    ('8:52 p.m. EDT', 'TIME', '1996-05-21T20:52'),
    ('19 minutes', 'DURATION', 'PT19M'),
    ('90-minute', 'DURATION', 'PT90M'),
    ('half an hour', 'DURATION', 'PT30M'),
    ('May 9', 'DATE', '1996-05-09'),
    ('Sunday', 'DATE', '1996-05-19'),
    ('15 years', 'DURATION', 'P15Y'),
    ('early July', 'DATE', '1996-07'),
    ('a month', 'DURATION', 'P1M'),
    ('this year', 'DATE', '1996'),
    ('March 1993', 'DATE', '1993-03'),
    ('the last two weeks', 'DURATION', 'P2W'),
    ('the spring of 1997', 'DATE', '1997-SP'),
    ('the end of the decade', 'DATE', '199'),
    ('1988', 'DATE', '1988'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('18 months', 'DURATION', 'P18M'),
    ('late August', 'DATE', '1996-08'),
    ('Thursday', 'DATE', '1996-05-23'),
    ('Tuesday', 'DATE', '1996-05-21'),
    ('June 20', 'DATE', '1996-06-20'),
    ('16-day', 'DURATION', 'P16D'),
    ('next week', 'DATE', '1996-W22'),
]),

('1997-04-03', 'auto', """Budget Talks Stall as Deadline Nears

WASHINGTON (AP) -- Senate Republicans and the White House traded blame Thursday as budget negotiations that began in mid-March stalled, raising doubts that Congress will meet its April 15 deadline for adopting a budget blueprint for fiscal 1998, which begins Oct. 1.

Negotiators met for three hours Wednesday night in the Capitol but broke up without agreement. Republicans want $135 billion in tax cuts over five years; the administration has offered about $80 billion.

"We're further apart today than we were two weeks ago," said Sen. Thomas Ridley, R-Ind., a member of the Budget Committee. A White House budget official, speaking on condition of anonymity, said Republicans "keep moving the goal posts."

Both sides say they want to balance the budget by 2002. The deficit for fiscal 1996, which ended Sept. 30, was $107 billion, the lowest since 1981, and the Congressional Budget Office projects that it will rise slightly this year.

The talks are shadowed by memories of the government shutdowns of late 1995 and early 1996, which closed many federal offices for a total of 26 days and cost both parties in the polls.

Medicare spending, which grows about 8 percent annually, is the biggest sticking point. The trust fund that pays hospital bills will run out of money in 2001 unless changes are made, its trustees have warned.

Republican leaders said Thursday that they might move ahead with their own plan next week if there is no deal by the weekend. Congress is scheduled to take a 10-day break beginning April 25, and leaders in both parties want a House vote before the break.

Talks are scheduled to resume at 10 a.m. Friday in the Speaker's office.
""", [
    ('Thursday', 'DATE', '1997-04-03'),
    ('mid-March', 'DATE', '1997-03'),
    ('April 15', 'DATE', '1997-04-15'),
    ('fiscal 1998', 'DATE', 'FY1998|1998'),
    ('Oct. 1', 'DATE', '1997-10-01'),
    ('three hours', 'DURATION', 'PT3H'),
    ('Wednesday night', 'DATE|TIME', '1997-04-02TNI'),
    ('five years', 'DURATION', 'P5Y'),
    ('today', 'DATE', '1997-04-03|PRESENT_REF'),
    ('two weeks ago', 'DATE', '1997-W12|1997-03-20'),
    ('2002', 'DATE', '2002'),
    ('fiscal 1996', 'DATE', 'FY1996|1996'),
    ('Sept. 30', 'DATE', '1996-09-30'),
    ('1981', 'DATE', '1981'),
    ('this year', 'DATE', '1997|FY1997'),
    ('late 1995', 'DATE', '1995'),
    ('early 1996', 'DATE', '1996'),
    ('26 days', 'DURATION', 'P26D'),
    ('annually', 'SET', 'P1Y'),
    ('2001', 'DATE', '2001'),
    ('Thursday', 'DATE', '1997-04-03'),
    ('next week', 'DATE', '1997-W15'),
    ('the weekend', 'DATE', '1997-W14-WE'),
    ('10-day', 'DURATION', 'P10D'),
    ('April 25', 'DATE', '1997-04-25'),
    ('10 a.m. Friday', 'TIME', '1997-04-04T10:00'),
]),

('1998-01-29', 'auto', """Former Thrift Chief Convicted of Fraud

DALLAS (AP) -- A federal jury on Thursday convicted the former chairman of a failed Texas savings and loan of bank fraud and conspiracy after deliberating for nearly four days.

Lyle Hatcher, 61, who ran Lone Star Federal Savings from 1983 until regulators seized it in June 1989, faces up to 30 years in prison and millions of dollars in fines. U.S. District Judge Carolyn Pike set sentencing for April 24.

The four-week trial centered on a series of real estate loans made in 1986 and 1987 to partnerships controlled by Hatcher's friends. Prosecutors said the loans, many of which were never repaid, cost taxpayers $340 million when the government closed the thrift.

Hatcher showed no emotion as the verdict was read shortly after 2:30 p.m. His lawyer, Anne May, said he would appeal. May said the jurors had been overwhelmed by weeks of complex financial testimony.

The jury began deliberating last Friday afternoon and on Monday asked to rehear testimony from a former loan officer who said Hatcher had ordered him to approve a $28 million loan without an appraisal.

Hatcher was indicted in 1995, six years after the thrift failed, just within the 10-year statute of limitations for bank fraud. The trial was delayed twice, once for three months in 1996 while he recovered from heart surgery.

A co-defendant, former Lone Star president Dennis Ortega, pleaded guilty in November and is expected to be sentenced next month.

U.S. Attorney Martin Shaw said Thursday night that the verdict "sends a message that there is no statute of limitations on accountability." The failure of Lone Star was one of more than 1,000 thrift collapses in the late 1980s and early 1990s that together cost taxpayers about $125 billion.

Hatcher remains free on bond until sentencing.
""", [
    ('Thursday', 'DATE', '1998-01-29'),
    ('nearly four days', 'DURATION', 'P4D'),
    ('1983', 'DATE', '1983'),
    ('June 1989', 'DATE', '1989-06'),
    ('30 years', 'DURATION', 'P30Y'),
    ('April 24', 'DATE', '1998-04-24'),
    ('four-week', 'DURATION', 'P4W'),
    ('1986', 'DATE', '1986'),
    ('1987', 'DATE', '1987'),
    ('2:30 p.m.', 'TIME', '1998-01-29T14:30'),
    ('weeks', 'DURATION', 'PXW'),
    ('last Friday afternoon', 'DATE|TIME', '1998-01-23TAF'),
    ('Monday', 'DATE', '1998-01-26'),
    ('1995', 'DATE', '1995'),
    ('six years', 'DURATION', 'P6Y'),
    ('10-year', 'DURATION', 'P10Y'),
    ('three months', 'DURATION', 'P3M'),
    ('1996', 'DATE', '1996'),
    ('November', 'DATE', '1997-11'),
    ('next month', 'DATE', '1998-02'),
    ('Thursday night', 'DATE|TIME', '1998-01-29TNI'),
    ('the late 1980s', 'DATE', '198'),
    ('early 1990s', 'DATE', '199'),
]),

('1999-07-12', 'auto', """Colombian Rebels Free Two American Oil Workers

BOGOTA, Colombia (Reuters) -- Leftist guerrillas released two American oil engineers on Monday after holding them for 11 weeks in the jungles of eastern Colombia, the U.S. Embassy said.

The men, employees of a Houston-based drilling contractor, were handed over to a Red Cross team at about 9 a.m. local time near the town of Saravena and flown by helicopter to Bogota, where doctors examined them at a military hospital Monday afternoon. Their families had been told of the planned release at 11 p.m. Sunday.

The two were seized on April 23 from a work camp near an oil pipeline. An embassy spokesman said both were in good health and would return to the United States later this week.

Colombian officials said no ransom was paid, but the company declined to comment. Kidnapping has become a major industry in Colombia in recent years; police recorded more than 2,900 abductions last year, and foreign oil workers are a frequent target.

The release followed a meeting on Friday between a Roman Catholic bishop and rebel commanders in a remote area of Arauca province.

One of the freed men, Dale Whitcomb, told reporters that he and his colleague were moved every few days and were allowed to listen to a shortwave radio on Sundays. "We didn't know if it would be weeks or years," he said.

A third American, a missionary seized in February 1998, is still being held. The State Department said Monday that it was "pressing hard for his release."

The group that held the engineers has been fighting the government since the 1960s. Peace talks with the country's largest rebel army, begun in January, were suspended in May after a series of attacks on towns and pipelines, and are expected to resume next month.
""", [
    ('Monday', 'DATE', '1999-07-12'),
    ('11 weeks', 'DURATION', 'P11W'),
    ('9 a.m.', 'TIME', '1999-07-12T09:00'),
    ('Monday afternoon', 'DATE|TIME', '1999-07-12TAF'),
    ('11 p.m. Sunday', 'TIME', '1999-07-11T23:00'),
    ('April 23', 'DATE', '1999-04-23'),
    ('later this week', 'DATE', '1999-W28'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('last year', 'DATE', '1998'),
    ('Friday', 'DATE', '1999-07-09'),
    ('every few days', 'SET', 'PXD'),
    ('Sundays', 'SET', 'XXXX-WXX-7'),
    ('weeks', 'DURATION', 'PXW'),
    ('years', 'DURATION', 'PXY'),
    ('February 1998', 'DATE', '1998-02'),
    ('Monday', 'DATE', '1999-07-12'),
    ('the 1960s', 'DATE', '196'),
    ('January', 'DATE', '1999-01'),
    ('May', 'DATE', '1999-05'),
    ('next month', 'DATE', '1999-08'),
]),

('2000-10-17', 'auto', """U.S. Expels Four Russian Diplomats in Spy Dispute

WASHINGTON (AP) -- The United States on Tuesday ordered four Russian diplomats to leave the country within 10 days, retaliating for Moscow's expulsion of an American embassy official last week.

State Department spokeswoman Helen March said the Russian ambassador was summoned to the department at 9:30 a.m. Tuesday and told that the four must depart by Oct. 27. March said the diplomats had "engaged in activities incompatible with their status," the standard phrase for espionage.

Moscow expelled the American, a second secretary at the U.S. Embassy, on Oct. 9, saying he had been caught Oct. 6 receiving classified documents from a Russian defense researcher. The State Department has denied the charge.

Russia's Foreign Ministry called the U.S. move "unfriendly and groundless" and said in a statement issued Tuesday night in Moscow that it reserved the right to respond.

The dispute is the most serious of its kind since 1986, when Moscow and Washington expelled dozens of each other's diplomats over several weeks. It comes at an awkward moment, three weeks before the U.S. presidential election and a month before foreign ministers of the two countries are scheduled to meet in Brussels.

Officials said the decision was made at a meeting of senior national security aides Monday afternoon and approved by President Clinton, who was in Egypt for a Mideast summit and was to fly home late Tuesday.

Relations between Washington and Moscow have cooled in the past two years over NATO's bombing of Yugoslavia in the spring of 1999 and Russia's war in Chechnya, which began in September 1999.

The FBI had been watching the four Russians for at least 18 months, a law enforcement official said. Currently about 400 Russians are assigned to the embassy and consulates in the United States.

The Russian Embassy said it would hold a news conference Wednesday morning.
""", [
    ('Tuesday', 'DATE', '2000-10-17'),
    ('10 days', 'DURATION', 'P10D'),
    ('last week', 'DATE', '2000-W41'),
    ('9:30 a.m. Tuesday', 'TIME', '2000-10-17T09:30'),
    ('Oct. 27', 'DATE', '2000-10-27'),
    ('Oct. 9', 'DATE', '2000-10-09'),
    ('Oct. 6', 'DATE', '2000-10-06'),
    ('Tuesday night', 'DATE|TIME', '2000-10-17TNI'),
    ('1986', 'DATE', '1986'),
    ('several weeks', 'DURATION', 'PXW'),
    ('three weeks', 'DURATION', 'P3W'),
    ('a month', 'DURATION', 'P1M'),
    ('Monday afternoon', 'DATE|TIME', '2000-10-16TAF'),
    ('late Tuesday', 'DATE', '2000-10-17'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('the spring of 1999', 'DATE', '1999-SP'),
    ('September 1999', 'DATE', '1999-09'),
    ('18 months', 'DURATION', 'P18M'),
    ('Currently', 'DATE', 'PRESENT_REF'),
    ('Wednesday morning', 'DATE|TIME', '2000-10-18TMO'),
]),
]
