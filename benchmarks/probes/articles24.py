# Gold TIMEX3 probe set 24: twelve explainers, backgrounders, 'what we know' pieces, anniversary features and obituaries of 1995-2024 that retell a story's history, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. BBC, 'what we know' explainer (1996)
('1996-11-14', 'auto', """Calder reservoir: What we know about the valley dam row

A public inquiry into plans to flood part of the upper Calder Valley in West Yorkshire opened in Halifax on Tuesday, the latest turn in a dispute that has rumbled on for more than a decade.

Yorkshire Water wants to build a 40-metre dam near Hebden Bridge. Campaigners say it would drown three farms and a stretch of the Pennine Way for no good reason. Here is how the row began and what happens next.

How did it start?

The valley was first identified as a possible reservoir site in 1983, in a survey of water reserves ordered after the drought of 1976. The idea was shelved two years later, when the then water authority said demand had levelled off.

It returned in the summer of 1995, when a record drought left parts of the county relying on tankers. By that August, hundreds of lorries were ferrying water into Bradford and Halifax.

In January this year, the privatised company published a detailed plan for the dam, with construction to start in 1998 and the reservoir to be full by 2002.

Who is against it?

Residents formed the Calder Valley Action Group within a week. Its chairwoman, Margaret Holroyd, 64, whose family has farmed at Blackshaw Head since the 1890s, says the company should fix its leaks first.

"They lose a quarter of what they pump every day," she said. "Mend the pipes and you won't need a new lake."

In March, more than 4,000 people marched through Hebden Bridge, and the group has since collected 31,000 signatures.

What does Yorkshire Water say?

The company says demand will rise by 12% by 2010 and that, without new storage, the region could face hosepipe bans every summer.

A spokesman said on Wednesday that it had spent \u00a3180m on leak repairs since April 1995 and would spend the same again over the next five years. "Repairs alone will not be enough," he said.

What happens now?

The inquiry, led by the inspector David Thorne, is expected to sit for about eight weeks, with a break over Christmas. Evidence from the action group will be heard early next month.

Mr Thorne said he hoped to send his report to the environment secretary by the spring, but a final decision is not expected until late 1997.

Campaigners held a candlelit vigil outside the hearing on Tuesday night and plan another tonight.

The valley has been here before. "We won in 1985," Mrs Holroyd said yesterday. "We'll win again."
""", [
    ('Tuesday', 'DATE', '1996-11-12'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('1983', 'DATE', '1983'),
    ('1976', 'DATE', '1976'),
    ('two years later', 'DATE', '1985'),
    ('the summer of 1995', 'DATE', '1995-SU'),
    ('that August', 'DATE', '1995-08'),
    ('January this year', 'DATE', '1996-01'),
    ('1998', 'DATE', '1998'),
    ('2002', 'DATE', '2002'),
    ('a week', 'DURATION', 'P1W'),
    ('the 1890s', 'DATE', '189'),
    ('every day', 'SET', 'P1D'),
    ('March', 'DATE', '1996-03'),
    ('2010', 'DATE', '2010'),
    ('every summer', 'SET', 'XXXX-SU'),
    ('Wednesday', 'DATE', '1996-11-13'),
    ('April 1995', 'DATE', '1995-04'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('about eight weeks', 'DURATION', 'P8W'),
    ('Christmas', 'DATE', '1996-12-25'),
    ('early next month', 'DATE', '1996-12'),
    ('the spring', 'DATE', '1997-SP'),
    ('late 1997', 'DATE', '1997'),
    ('Tuesday night', 'DATE|TIME', '1996-11-12TNI'),
    ('tonight', 'DATE|TIME', '1996-11-14TNI'),
    ('1985', 'DATE', '1985'),
    ('yesterday', 'DATE', '1996-11-13'),
]),

# 2. AP, obituary (1999)
('1999-04-07', 'auto', """Lonnie Pruitt, pianist who joined bebop and gospel, dies at 78

NEW ORLEANS (AP) \u2014 Lonnie Pruitt, the pianist whose rolling left hand carried the sound of the Baptist church into the bebop clubs of 1940s New York, died Tuesday at a hospice in New Orleans. He was 78.

His daughter, Celeste Pruitt-Moore, said he had been treated for lung cancer for the past two years but played his last public show in December.

"He never stopped practicing, not even last week," she said Wednesday. "He'd sit at the piano for an hour and then ask for more."

Born in Baton Rouge on Aug. 3, 1920, Pruitt learned to play on the piano at Greater Mount Olive Baptist Church, where his father was pastor. By the age of 12 he was accompanying the choir every Sunday.

He moved to New York in 1941 and within months was sitting in at Minton's Playhouse in Harlem alongside Thelonious Monk and Kenny Clarke. Drafted in 1943, he spent three years in an Army band at Fort Huachuca, Ariz.

After the war he formed his first trio. Its 1949 recording of "Jordan Blues," with its call-and-response between piano and bass, became a jukebox hit and is still taught in jazz programs.

The 1950s made his name. He recorded 14 albums for Prestige and Riverside between 1952 and 1959 and toured Europe three times. By the end of the decade, critics were calling him "the preacher of the keyboard."

He largely stopped performing in 1968, after the death of his wife, Ruth, and spent nearly two decades teaching at Dillard University. A revival came in the late 1980s, when younger musicians began recording his tunes, and in 1994 he received a Jazz Masters fellowship from the National Endowment for the Arts.

Until last fall he played weekly at a club on Frenchmen Street, usually on Thursday nights, and rarely played the same set twice.

Besides his daughter, he is survived by a son, Lonnie Jr., of Houston; a sister; and five grandchildren.

A funeral will be held at 11 a.m. Saturday at St. Augustine Church in the Treme neighborhood, followed by a brass-band procession. The family asked that donations be made to Dillard's music scholarship fund, which Pruitt started in 1985.
""", [
    ('1940s', 'DATE', '194'),
    ('Tuesday', 'DATE', '1999-04-06'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('December', 'DATE', '1998-12'),
    ('last week', 'DATE', '1999-W13'),
    ('Wednesday', 'DATE', '1999-04-07'),
    ('an hour', 'DURATION', 'PT1H'),
    ('Aug. 3, 1920', 'DATE', '1920-08-03'),
    ('every Sunday', 'SET', 'XXXX-WXX-7'),
    ('1941', 'DATE', '1941'),
    ('months', 'DURATION', 'PXM'),
    ('1943', 'DATE', '1943'),
    ('three years', 'DURATION', 'P3Y'),
    ('1949', 'DATE', '1949'),
    ('The 1950s', 'DATE', '195'),
    ('1952', 'DATE', '1952'),
    ('1959', 'DATE', '1959'),
    ('the end of the decade', 'DATE', '195|1959'),
    ('1968', 'DATE', '1968'),
    ('nearly two decades', 'DURATION', 'P20Y|P2E'),
    ('the late 1980s', 'DATE', '198'),
    ('1994', 'DATE', '1994'),
    ('last fall', 'DATE', '1998-FA'),
    ('weekly', 'SET', 'P1W'),
    ('Thursday nights', 'SET', 'XXXX-WXX-4TNI'),
    ('11 a.m. Saturday', 'TIME', '1999-04-10T11:00'),
    ('1985', 'DATE', '1985'),
]),

# 3. NPR, 'how we got here' backgrounder (2002)
('2002-09-10', 'auto', """How Brookport's Light-Rail Line Became A 20-Year Fight

September 10, 2002

Voters in Brookport, Ohio, go to the polls a week from today to decide, for the third time, whether to raise the county sales tax by half a cent to pay for a light-rail line. The question was on the ballot in 1987 and again in 1995. Both times it lost.

Here's how the city got here.

The idea dates to the early 1980s, when Brookport's downtown was emptying out and its freeways were filling up. In 1982, a federal study recommended a rail line along an abandoned freight corridor between the airport and the university.

The first referendum, in November 1987, failed by 9 points. Opponents, many of them suburban homeowners, argued the line would cost too much and carry too few riders.

Eight years later, backers tried again with a shorter route. On Nov. 7, 1995, the measure failed by fewer than 2,000 votes. That night, then-Mayor Ruth Okafor told supporters, "We'll be back, and we'll win."

It took longer than she expected. The project sat on a shelf until 1999, when the opening of a downtown ballpark revived talk of transit. Last year, the City Council voted 7-2 to put the question back on the ballot.

The current plan calls for a 14-mile line with 16 stations, with construction starting in 2004 and trains running by 2009. The tax would expire after 25 years.

Today, the average Brookport commuter spends 31 minutes getting to work, up from 22 minutes in 1990, according to census figures.

Supporters have spent about $1.2 million on advertising since June, and volunteers say they knocked on 12,000 doors over the weekend. Opponents, led by the Brookport Taxpayers League, have held town hall meetings twice a month since the spring.

"People keep telling us this is the last chance," said league president Dale Hibbert. "They said that in 1995, too."

A poll released Friday showed the measure ahead by 4 points, with 11 percent of voters undecided.

The transit authority will present its final cost estimates at a public meeting at 7 p.m. Thursday. Polls close at 7:30 p.m. next Tuesday.
""", [
    ('20-Year', 'DURATION', 'P20Y'),
    ('September 10, 2002', 'DATE', '2002-09-10'),
    ('a week from today', 'DATE', '2002-09-17'),
    ('1987', 'DATE', '1987'),
    ('1995', 'DATE', '1995'),
    ('the early 1980s', 'DATE', '198'),
    ('1982', 'DATE', '1982'),
    ('November 1987', 'DATE', '1987-11'),
    ('Eight years later', 'DATE', '1995'),
    ('Nov. 7, 1995', 'DATE', '1995-11-07'),
    ('That night', 'DATE|TIME', '1995-11-07TNI'),
    ('1999', 'DATE', '1999'),
    ('Last year', 'DATE', '2001'),
    ('current', 'DATE', 'PRESENT_REF'),
    ('2004', 'DATE', '2004'),
    ('2009', 'DATE', '2009'),
    ('25 years', 'DURATION', 'P25Y'),
    ('Today', 'DATE', 'PRESENT_REF'),
    ('31 minutes', 'DURATION', 'PT31M'),
    ('22 minutes', 'DURATION', 'PT22M'),
    ('1990', 'DATE', '1990'),
    ('June', 'DATE', '2002-06'),
    ('the weekend', 'DATE', '2002-W36-WE'),
    ('twice a month', 'SET', 'P1M'),
    ('the spring', 'DATE', '2002-SP'),
    ('1995', 'DATE', '1995'),
    ('Friday', 'DATE', '2002-09-06'),
    ('7 p.m. Thursday', 'TIME', '2002-09-12T19:00'),
    ('7:30 p.m. next Tuesday', 'TIME', '2002-09-17T19:30'),
]),

# 4. Guardian, anniversary feature (2005)
('2005-07-18', 'auto', """A decade after the Kellow Mill fire, families still wait for justice

The blaze that killed 11 workers in an Oldham mill changed the law on factory safety. The families say nobody has ever been held to account

Sarah Ellery, north of England correspondent
Monday 18 July 2005

At 11.10pm on 16 July 1995, a fire broke out in the dye shed of Kellow Mill, a Victorian cotton mill in Oldham that had been converted to make synthetic fabrics. Within 20 minutes the four-storey building was ablaze. Eleven of the 34 people working the night shift died. The youngest, Tariq Mahmood, was 19.

Yesterday, more than 300 people gathered at the memorial garden on the site to mark a decade since the fire. Eleven candles were lit, and the names were read by children who were not born that night.

The inquiry that followed opened in January 1996 and sat for 14 months. Its report, published in the spring of 1997, found that two fire doors had been chained shut and that the alarm system had not been tested since 1991.

The Health and Safety Executive brought charges against the mill's owners, Kellow Textiles, the following year. In November 1999, after a seven-week trial, the company was fined \u00a3250,000. No director was prosecuted, and the firm went into liquidation the following spring.

The disaster did change things. Fire safety rules for factories were tightened in 1999, and inspections of older mills, once carried out every five years, now take place annually.

But for the families the past decade has been one of waiting. "I think about that night every day," said Nasreen Mahmood, Tariq's mother. "They fined a company that no longer exists. What kind of justice is that?"

Last month the families' campaign group wrote to the home secretary asking for a fresh investigation into the directors. A Home Office spokeswoman said on Friday that the letter was being considered and that a reply would be sent in the coming weeks.

The group plans to deliver a 20,000-signature petition to Downing Street in September, and will meet on Thursday evening to agree its next steps.

The mill was demolished in 2001 and the land is now a retail park. The memorial garden, paid for by public donations, opened two years ago on the corner where the dye shed stood.

"People come here to buy trainers and have no idea," said Mrs Mahmood. "That's why we keep coming back every July."
""", [
    ('A decade', 'DURATION', 'P10Y|P1E'),
    ('Monday 18 July 2005', 'DATE', '2005-07-18'),
    ('11.10pm on 16 July 1995', 'TIME', '1995-07-16T23:10'),
    ('20 minutes', 'DURATION', 'PT20M'),
    ('Yesterday', 'DATE', '2005-07-17'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('that night', 'DATE|TIME', '1995-07-16TNI'),
    ('January 1996', 'DATE', '1996-01'),
    ('14 months', 'DURATION', 'P14M'),
    ('the spring of 1997', 'DATE', '1997-SP'),
    ('1991', 'DATE', '1991'),
    ('the following year', 'DATE', '1998'),
    ('November 1999', 'DATE', '1999-11'),
    ('seven-week', 'DURATION', 'P7W'),
    ('the following spring', 'DATE', '2000-SP'),
    ('1999', 'DATE', '1999'),
    ('every five years', 'SET', 'P5Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('annually', 'SET', 'P1Y'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('that night', 'DATE|TIME', '1995-07-16TNI'),
    ('every day', 'SET', 'P1D'),
    ('Last month', 'DATE', '2005-06'),
    ('Friday', 'DATE', '2005-07-15'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('September', 'DATE', '2005-09'),
    ('Thursday evening', 'DATE|TIME', '2005-07-21TEV'),
    ('2001', 'DATE', '2001'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('two years ago', 'DATE', '2003'),
    ('every July', 'SET', 'XXXX-07'),
]),

# 5. Washington Post, local backgrounder (2008)
('2008-02-26', 'auto', """Landfill Vote Caps Three-Decade Fight in Prince William

By Paul Kessler
Washington Post Staff Writer
Tuesday, February 26, 2008

Prince William County supervisors are scheduled to vote tonight on whether to let the Cedar Run landfill near Nokesville grow by 140 acres, a decision that could end -- or, opponents say, only prolong -- a dispute older than many of the people who now live beside the site.

The landfill opened in 1977 on what had been a dairy farm. Within a decade, it was taking trash from three jurisdictions. In 1986, neighbors sued after wells along Fleetwood Drive were found to contain industrial solvents; the case was settled two years later for $3.4 million.

County officials promised at the time that the site would close by 2000. Instead, in the mid-1990s, supervisors approved the first of two expansions, arguing that a planned regional incinerator was years from completion. The second expansion, approved in March 2001, was supposed to last until 2015.

But the county's population has grown by nearly 40 percent since 2000, and the landfill, which accepts trash six days a week, is now expected to run out of room by late 2011. County staff members say the new cells would add 25 years of capacity and save about $9 million in hauling costs.

Opponents have packed every board meeting since November. At a hearing on Feb. 5 that ran until 1 a.m. the next day, more than 90 people testified, most of them against the plan.

"We were told this would be temporary. That was 31 years ago," said Linda Marchetti, 58, whose house on Aden Road sits about a quarter-mile from the fence line. "My kids grew up with the smell. Now my grandkids are."

Supervisor Gary Raines (R-Brentsville) said yesterday that he expected a close vote. "Nobody wants a landfill next door, but the trash has to go somewhere," he said.

Written comments on the plan were accepted until midnight Friday, and the county received more than 1,400, officials said.

If the board approves the expansion, the county will still need a permit from the state Department of Environmental Quality, a process that typically takes more than a year. Construction of the first new cell could begin in the spring of 2009.

The meeting begins at 7:30 p.m. at the McCoart Government Center in Woodbridge.
""", [
    ('Three-Decade', 'DURATION', 'P30Y|P3E'),
    ('Tuesday, February 26, 2008', 'DATE', '2008-02-26'),
    ('tonight', 'DATE|TIME', '2008-02-26TNI'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1977', 'DATE', '1977'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('1986', 'DATE', '1986'),
    ('two years later', 'DATE', '1988'),
    ('2000', 'DATE', '2000'),
    ('the mid-1990s', 'DATE', '199'),
    ('years', 'DURATION', 'PXY'),
    ('March 2001', 'DATE', '2001-03'),
    ('2015', 'DATE', '2015'),
    ('2000', 'DATE', '2000'),
    ('six days a week', 'SET', 'P1W'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('late 2011', 'DATE', '2011'),
    ('25 years', 'DURATION', 'P25Y'),
    ('November', 'DATE', '2007-11'),
    ('Feb. 5', 'DATE', '2008-02-05'),
    ('1 a.m. the next day', 'TIME', '2008-02-06T01:00'),
    ('31 years ago', 'DATE', '1977'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('yesterday', 'DATE', '2008-02-25'),
    ('midnight Friday', 'TIME', '2008-02-22T24:00|2008-02-23T00:00|2008-02-22T00:00'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('the spring of 2009', 'DATE', '2009-SP'),
    ('7:30 p.m.', 'TIME', '2008-02-26T19:30'),
]),

# 6. Vox, explainer (2015)
('2015-06-03', 'auto', """The Prairie Line pipeline fight, explained

By Dylan Marsh
Updated Jun 3, 2015

On Monday, the State Department said it would once again put off a decision on the Prairie Line, a 1,100-mile pipeline that would carry crude oil from Saskatchewan through North Dakota's Bakken region to refineries in Oklahoma. It's the fourth delay since 2012.

If you've lost track of this saga, you're not alone. Here's a guide.

What is the Prairie Line?

It's a $4.2 billion project proposed by Calloway Energy in the fall of 2010, back when oil was selling for more than $80 a barrel and North Dakota's production was doubling every couple of years. Because it crosses an international border, it needs a presidential permit, which is why the State Department is involved.

How did we get here?

Calloway applied for the permit in May 2011. The department's first environmental review, released the following March, concluded the pipeline would have a "limited" effect on the climate. Environmental groups sued within weeks.

Then, in 2013, a different Calloway line ruptured in Montana and spilled 200,000 gallons of crude into a creek. The department ordered a fresh review, which took nearly two years. The new version came out in January, and it was noticeably more cautious.

Over the past three years, the pipeline has also become a political symbol. Republicans have made approving it a priority since they took control of the Senate in January, and President Obama vetoed a bill to force its approval in February.

So why the delay now?

Monday's announcement said the department wants to wait for the Nebraska Supreme Court, which is weighing a challenge to the route and is expected to rule this summer. Officials said a final decision could come by the end of the year.

Meanwhile, oil prices have collapsed, which makes the economics shakier. Calloway reported a loss in the first quarter and has told investors it may scale back the project.

What happens next?

Senate Republicans say they will hold another vote next week. It would almost certainly draw another veto. The pipeline's fate may depend less on Washington than on whether crude recovers to the prices of 2014.

After almost five years, the only safe prediction is that the fight isn't over.
""", [
    ('Jun 3, 2015', 'DATE', '2015-06-03'),
    ('Monday', 'DATE', '2015-06-01'),
    ('2012', 'DATE', '2012'),
    ('the fall of 2010', 'DATE', '2010-FA'),
    ('every couple of years', 'SET', 'P2Y'),
    ('May 2011', 'DATE', '2011-05'),
    ('the following March', 'DATE', '2012-03'),
    ('weeks', 'DURATION', 'PXW'),
    ('2013', 'DATE', '2013'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('January', 'DATE', '2015-01'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('January', 'DATE', '2015-01'),
    ('February', 'DATE', '2015-02'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '2015-06-01'),
    ('this summer', 'DATE', '2015-SU'),
    ('the end of the year', 'DATE', '2015|2015-12'),
    ('the first quarter', 'DATE', '2015-Q1'),
    ('next week', 'DATE', '2015-W24'),
    ('2014', 'DATE', '2014'),
    ('almost five years', 'DURATION', 'P5Y'),
]),

# 7. AP, timeline (2011)
('2011-10-21', 'auto', """Timeline: Key events in Marlow County water contamination

MARLOW, Ky. (AP) \u2014 A federal judge on Thursday approved a $42 million settlement between Tri-State Chemical Co. and about 1,800 residents of Marlow County whose wells were contaminated by a solvent that leaked from the company's former plant for decades.

Lawyers for the residents said Friday that the first payments could be mailed within 90 days. Tri-State, which closed the plant in 2005, said in a statement Thursday night that the agreement "allows everyone to move forward" and was not an admission of wrongdoing.

Here is a look at key events in the case:

\u2014 1964: Tri-State opens a plant on the Green River making industrial degreasers.

\u2014 1981: State inspectors note "significant staining" around underground storage tanks. No action is taken.

\u2014 Aug. 14, 2007: A family on Route 70 reports that its well water smells like paint thinner. Tests the following week find trichloroethylene at 30 times the federal limit.

\u2014 September 2007: The county tells about 600 households not to drink their water. Tri-State begins delivering bottled water twice a week.

\u2014 March 2008: The Environmental Protection Agency adds the site to its Superfund list.

\u2014 June 2009: Residents file a class-action lawsuit in U.S. District Court in Bowling Green, claiming the company knew about the leaks for years and did nothing.

\u2014 Late 2010: A contractor finishes extending city water lines to 540 homes, 18 months behind schedule.

\u2014 April 2011: A former plant manager testifies in a deposition that the company found solvent in a monitoring well in 1979 and did not report it.

\u2014 July 2011: After 10 days of talks before a mediator in Louisville, the two sides reach a tentative deal.

\u2014 Thursday: U.S. District Judge Harold Benning approves the settlement after a two-hour hearing.

Under the agreement, Tri-State will also pay for medical monitoring of residents for 20 years and fund quarterly groundwater testing through 2031. A community meeting to explain the claims process is set for 6 p.m. Nov. 3 at the Marlow County High School gym.

"It's been four years of hauling jugs of water into the house," said Donna Tate, whose family first reported the smell. "I'll believe it's over when I can drink from my own tap."
""", [
    ('Thursday', 'DATE', '2011-10-20'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('Friday', 'DATE', '2011-10-21'),
    ('90 days', 'DURATION', 'P90D'),
    ('2005', 'DATE', '2005'),
    ('Thursday night', 'DATE|TIME', '2011-10-20TNI'),
    ('1964', 'DATE', '1964'),
    ('1981', 'DATE', '1981'),
    ('Aug. 14, 2007', 'DATE', '2007-08-14'),
    ('the following week', 'DATE', '2007-W34'),
    ('September 2007', 'DATE', '2007-09'),
    ('twice a week', 'SET', 'P1W'),
    ('March 2008', 'DATE', '2008-03'),
    ('June 2009', 'DATE', '2009-06'),
    ('years', 'DURATION', 'PXY'),
    ('Late 2010', 'DATE', '2010'),
    ('18 months', 'DURATION', 'P18M'),
    ('April 2011', 'DATE', '2011-04'),
    ('1979', 'DATE', '1979'),
    ('July 2011', 'DATE', '2011-07'),
    ('10 days', 'DURATION', 'P10D'),
    ('Thursday', 'DATE', '2011-10-20'),
    ('two-hour', 'DURATION', 'PT2H'),
    ('20 years', 'DURATION', 'P20Y'),
    ('quarterly', 'SET', 'P3M'),
    ('2031', 'DATE', '2031'),
    ('6 p.m. Nov. 3', 'TIME', '2011-11-03T18:00'),
    ('four years', 'DURATION', 'P4Y'),
]),

# 8. BBC, sports obituary (2014)
('2014-03-09', 'auto', """Gareth Pryce: Former Wales rugby coach dies aged 81

Former Wales coach Gareth Pryce, who turned Neath into one of the most feared sides in British rugby, has died at the age of 81.

Pryce died at his home in the town on Saturday morning after a short illness, his family said.

Born in Resolven in 1932, he went underground at the local colliery at 15 and played in the second row for Neath for 11 years, winning six Wales caps between 1956 and 1959. His international career ended when he broke his leg against France in Paris in March 1959.

He took charge of Neath in 1968 and over the next decade built a pack that few teams in Wales could live with. The club won the Welsh Cup three times in the 1970s, and in the autumn of 1978 beat a touring Fiji side in front of 14,000 at the Gnoll.

The Welsh Rugby Union appointed him national coach in the summer of 1981. It was not a happy spell. Wales won only four of their 11 Tests under Pryce, and he resigned in January 1983, 18 months after taking the job, saying he had been "second-guessed from the start".

He returned to Neath as director of rugby in 1987, stayed for nine years and later served as club president until two years ago.

"He was at the Gnoll every Saturday until last autumn, stood in the same spot by the clubhouse," said Neath chairman Huw Beddoe.

"He could be hard on players, but he never forgot where he came from. Half the valley will be at that funeral."

Speaking on Sunday, a WRU spokesman said Pryce had been "one of the great characters of the Welsh game for more than half a century".

Wales players will wear black armbands when they face Scotland at the Millennium Stadium on Saturday.

Pryce is survived by his wife of 58 years, Eluned, their two daughters and four grandchildren. His funeral will be held at St Thomas' Church in Neath next month.
""", [
    ('Saturday morning', 'DATE|TIME', '2014-03-08TMO'),
    ('1932', 'DATE', '1932'),
    ('11 years', 'DURATION', 'P11Y'),
    ('1956', 'DATE', '1956'),
    ('1959', 'DATE', '1959'),
    ('March 1959', 'DATE', '1959-03'),
    ('1968', 'DATE', '1968'),
    ('the next decade', 'DURATION', 'P10Y|P1E'),
    ('the 1970s', 'DATE', '197'),
    ('the autumn of 1978', 'DATE', '1978-FA'),
    ('the summer of 1981', 'DATE', '1981-SU'),
    ('January 1983', 'DATE', '1983-01'),
    ('18 months', 'DURATION', 'P18M'),
    ('1987', 'DATE', '1987'),
    ('nine years', 'DURATION', 'P9Y'),
    ('two years ago', 'DATE', '2012'),
    ('every Saturday', 'SET', 'XXXX-WXX-6'),
    ('last autumn', 'DATE', '2013-FA'),
    ('Sunday', 'DATE', '2014-03-09'),
    ('more than half a century', 'DURATION', 'P50Y|P5E'),
    ('Saturday', 'DATE', '2014-03-15'),
    ('58 years', 'DURATION', 'P58Y'),
    ('next month', 'DATE', '2014-04'),
]),

# 9. NPR, anniversary feature (2018)
('2018-05-15', 'auto', """20 Years After A Tornado Leveled Carver Springs, The Town Is Smaller \u2014 But Still Here

May 15, 2018

The sirens in Carver Springs, Kan., went off at 6:42 p.m. on May 14, 1998. Eleven minutes later, a tornado with winds of more than 200 mph crossed Main Street. It was on the ground inside the town limits for less than four minutes. When it lifted, seven people were dead and 212 of the town's 390 homes were gone.

On Monday, about 400 people gathered in the rebuilt school gym to mark 20 years since the storm. They read the names of the dead and rang the bell salvaged from the Methodist church at 6:53 p.m., the moment the tornado struck in 1998.

"I can still hear the train sound," said Jolene Reyes, who was 12 that evening and hid with her mother in a bathtub. "You don't forget it."

The rebuilding took years. FEMA trailers stood on the football field until the spring of 2000. The new school opened in August 2001, and the Methodist church was rededicated that Christmas. But the grain elevator, the town's biggest employer, never came back; within a month of the storm, its owner announced it would consolidate operations in Salina.

The census tells the rest of the story. Carver Springs had 1,040 residents in 1990. By 2010, it had 610.

"A decade ago, I'd have told you this town was dying," said Mayor Tom Lindgren, who has held the job since 2012. Now, he says, it has stabilized. In recent years, young families priced out of Wichita have moved in, and enrollment at the school went up this year for the first time since 1997.

Next month, Carver Springs will open a 300-person storm shelter beside the school, paid for with a $1.1 million FEMA grant. The town's sirens, replaced after the storm, are tested every Monday at noon.

Lindgren says the town will never again be what it was in 1998.

"But we're still here," he said. "Twenty years from now, I want somebody standing in this gym saying the same thing."
""", [
    ('20 Years', 'DURATION', 'P20Y'),
    ('May 15, 2018', 'DATE', '2018-05-15'),
    ('6:42 p.m. on May 14, 1998', 'TIME', '1998-05-14T18:42'),
    ('Eleven minutes later', 'TIME', '1998-05-14T18:53'),
    ('less than four minutes', 'DURATION', 'PT4M'),
    ('Monday', 'DATE', '2018-05-14'),
    ('20 years', 'DURATION', 'P20Y'),
    ('6:53 p.m.', 'TIME', '2018-05-14T18:53'),
    ('1998', 'DATE', '1998'),
    ('that evening', 'DATE|TIME', '1998-05-14TEV'),
    ('years', 'DURATION', 'PXY'),
    ('the spring of 2000', 'DATE', '2000-SP'),
    ('August 2001', 'DATE', '2001-08'),
    ('that Christmas', 'DATE', '2001-12-25'),
    ('a month', 'DURATION', 'P1M'),
    ('1990', 'DATE', '1990'),
    ('2010', 'DATE', '2010'),
    ('A decade ago', 'DATE', '2008|200'),
    ('2012', 'DATE', '2012'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('this year', 'DATE', '2018'),
    ('1997', 'DATE', '1997'),
    ('Next month', 'DATE', '2018-06'),
    ('every Monday at noon', 'SET', 'XXXX-WXX-1T12:00'),
    ('1998', 'DATE', '1998'),
    ('Twenty years from now', 'DATE', '2038'),
]),

# 10. Guardian, obituary (2020)
('2020-12-30', 'auto', """Ines Carvalho obituary

Architect whose council estates in London and Lisbon put gardens, not car parks, at the centre of family life

The architect Ines Carvalho, who has died aged 89 after contracting Covid-19, spent half a century arguing that public housing should be built around the needs of children rather than cars. Her low-rise estates in south London, designed in the early 1960s when tower blocks were the fashion, are now regarded as among the most humane of their era.

Born in Porto, the daughter of a ship's chandler and a schoolteacher, she studied architecture at the city's school of fine arts and graduated in 1954. Two years later, unable to find work under the Salazar dictatorship, she left for London, where she joined the architects' department of the London county council.

Her first major scheme, the Linden Road estate in Lambeth, was completed in 1964: 220 homes arranged around shared gardens, with no through road. When the LCC was abolished the following year, she moved to the new Greater London Council, and over the next decade designed five more estates in Southwark and Lambeth.

In 1975, after the Carnation Revolution, she returned to Portugal to help run the new government's emergency housing programme, and stayed for 12 years. She chaired the Lisbon city housing commission from 1980 to 1986, when some 9,000 homes were built in the city's poorer districts.

She came back to London in 1987 to teach at the Architectural Association, where she held a weekly seminar on housing until 2009, long after she had officially retired. Former students remember sessions that ran for three hours and ended in the pub.

Recently her work found a new audience. Linden Road was listed at grade II last year, and an exhibition of her drawings at the Design Museum was due to open in March, just before the first lockdown; it has been postponed until next autumn.

Her husband, the structural engineer Tom Ashworth, died in 2011. She is survived by their son, Paulo, and two grandchildren.

Ines Maria Carvalho, architect, born 2 March 1931; died 12 December 2020
""", [
    ('half a century', 'DURATION', 'P50Y|P5E'),
    ('the early 1960s', 'DATE', '196'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1954', 'DATE', '1954'),
    ('Two years later', 'DATE', '1956'),
    ('1964', 'DATE', '1964'),
    ('the following year', 'DATE', '1965'),
    ('the next decade', 'DURATION', 'P10Y|P1E'),
    ('1975', 'DATE', '1975'),
    ('12 years', 'DURATION', 'P12Y'),
    ('1980', 'DATE', '1980'),
    ('1986', 'DATE', '1986'),
    ('1987', 'DATE', '1987'),
    ('weekly', 'SET', 'P1W'),
    ('2009', 'DATE', '2009'),
    ('three hours', 'DURATION', 'PT3H'),
    ('Recently', 'DATE', 'PAST_REF'),
    ('last year', 'DATE', '2019'),
    ('March', 'DATE', '2020-03'),
    ('next autumn', 'DATE', '2021-FA'),
    ('2011', 'DATE', '2011'),
    ('2 March 1931', 'DATE', '1931-03-02'),
    ('12 December 2020', 'DATE', '2020-12-12'),
]),

# 11. Washington Post, 'what we know' explainer (2022)
('2022-04-08', 'auto', """What we know about the Lanier Street Bridge closure

The 91-year-old span over the railroad tracks in Northeast Washington has been shut for nearly two weeks. Here's how it got that way, and when it might reopen.

By Alana Greer
April 8, 2022 at 6:00 a.m.

District transportation officials closed the Lanier Street NE bridge to all traffic on March 28, cutting one of only three crossings of the CSX and Metro tracks between Brookland and Ivy City. Buses have been rerouted, and residents on both sides say trips that once took five minutes now take 20 minutes.

Here's what we know.

When was the bridge built?

The steel-girder bridge opened in 1931. Its deck was last replaced in 1978, and federal inspection reports have rated it in "poor" condition every year since 2016.

What did inspectors find?

During a routine inspection on the morning of March 28, engineers found a 14-inch crack in one of the floor beams that carry the deck. The bridge was closed by 11 a.m. that day.

Most bridges are inspected every two years, but the District moved Lanier Street to an annual schedule in 2019 because of its condition.

Why wasn't it replaced already?

A replacement was first proposed in 2012 and was added to the city's six-year transportation plan in 2017. Design work began last spring, but construction money is not budgeted until fiscal 2025, according to the District Department of Transportation.

How long will it be closed?

DDOT Director Everett Lyles said Wednesday that crews are installing temporary steel supports and that the bridge could reopen to cars, but not to buses or trucks, by early June. He said the agency hopes to have a firmer timeline before Memorial Day.

Who is affected?

About 11,000 vehicles crossed the bridge daily before the closure. Metrobus's D8 route now detours along Rhode Island Avenue, adding about 15 minutes to each trip.

What happens next?

The D.C. Council's transportation committee will hold a hearing on the closure at 10 a.m. on April 21. Council member Nora Whitfield (D-Ward 5) said she will push to move construction funds into the fiscal 2023 budget, which the council votes on next month.

"This bridge has been on the list for a decade," Whitfield said. "We can't keep waiting for it to fall down."
""", [
    ('nearly two weeks', 'DURATION', 'P2W'),
    ('April 8, 2022 at 6:00 a.m.', 'TIME', '2022-04-08T06:00'),
    ('March 28', 'DATE', '2022-03-28'),
    ('five minutes', 'DURATION', 'PT5M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('20 minutes', 'DURATION', 'PT20M'),
    ('1931', 'DATE', '1931'),
    ('1978', 'DATE', '1978'),
    ('every year', 'SET', 'P1Y'),
    ('2016', 'DATE', '2016'),
    ('the morning of March 28', 'DATE|TIME', '2022-03-28TMO'),
    ('11 a.m. that day', 'TIME', '2022-03-28T11:00'),
    ('every two years', 'SET', 'P2Y'),
    ('annual', 'SET', 'P1Y'),
    ('2019', 'DATE', '2019'),
    ('2012', 'DATE', '2012'),
    ('six-year', 'DURATION', 'P6Y'),
    ('2017', 'DATE', '2017'),
    ('last spring', 'DATE', '2021-SP'),
    ('fiscal 2025', 'DATE', 'FY2025|2025'),
    ('Wednesday', 'DATE', '2022-04-06'),
    ('early June', 'DATE', '2022-06'),
    ('Memorial Day', 'DATE', '2022-05-30'),
    ('daily', 'SET', 'P1D'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('about 15 minutes', 'DURATION', 'PT15M'),
    ('10 a.m. on April 21', 'TIME', '2022-04-21T10:00'),
    ('fiscal 2023', 'DATE', 'FY2023|2023'),
    ('next month', 'DATE', '2022-05'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
]),

# 12. Vox, explainer (2024)
('2024-01-19', 'auto', """Why a wind farm first proposed in 2002 still hasn't been built

The saga of Tilden Bay Wind, explained.

By Rachel Okonkwo
Jan 19, 2024

On Tuesday, the company behind Tilden Bay Wind \u2014 a 62-turbine project planned for the waters off Rhode Island \u2014 asked federal regulators to extend its lease yet again. If the request is granted, it will be the project's fifth extension since 2015. Construction was supposed to start last summer.

It has now been more than two decades since the project was first floated, which makes it one of the longest-running energy fights in the country. Here's how it got stuck, and why it matters for the rest of the offshore wind industry.

The long road to nowhere

The developer, Narragansett Offshore, first proposed Tilden Bay in the spring of 2002. It then spent the next seven years in state permitting, fighting a well-funded coalition of waterfront homeowners and commercial fishermen who argued the turbines would ruin views and fishing grounds.

It won its state permits in 2009, and federal approval followed in 2013. Then the money ran out: a deal with a Danish turbine maker collapsed in the fall of 2014, and the project went quiet for almost five years.

A new owner revived it in 2019, and in 2021 the state signed a 20-year contract to buy its power at a fixed price. That looked like a good deal at the time. It didn't last.

Why it's stuck now

Interest rates. The Federal Reserve raised rates 11 times between March 2022 and July 2023, and the cost of steel and shipping climbed too. Suddenly the contract price didn't cover the cost of building the thing.

Last October, the developer asked the state to renegotiate. The state's utility commission said no in December. Earlier this month, a larger project off New Jersey was canceled for similar reasons, the third such cancellation in the past 12 months.

What happens next

The Bureau of Ocean Energy Management has 30 days to respond to Tuesday's request. The developer says it needs an answer by March 1 to hold its place in line for turbines, which are in short supply worldwide.

A company spokesperson told Vox on Thursday that Tilden Bay could still be generating power by 2028. But state officials said this week that they would not agree to further price changes in the future, and several analysts now doubt the project will ever be built.
""", [
    ('2002', 'DATE', '2002'),
    ('Jan 19, 2024', 'DATE', '2024-01-19'),
    ('Tuesday', 'DATE', '2024-01-16'),
    ('2015', 'DATE', '2015'),
    ('last summer', 'DATE', '2023-SU'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('more than two decades', 'DURATION', 'P20Y|P2E'),
    ('the spring of 2002', 'DATE', '2002-SP'),
    ('the next seven years', 'DURATION', 'P7Y'),
    ('2009', 'DATE', '2009'),
    ('2013', 'DATE', '2013'),
    ('the fall of 2014', 'DATE', '2014-FA'),
    ('almost five years', 'DURATION', 'P5Y'),
    ('2019', 'DATE', '2019'),
    ('2021', 'DATE', '2021'),
    ('20-year', 'DURATION', 'P20Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('March 2022', 'DATE', '2022-03'),
    ('July 2023', 'DATE', '2023-07'),
    ('Last October', 'DATE', '2023-10'),
    ('December', 'DATE', '2023-12'),
    ('Earlier this month', 'DATE', '2024-01'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('30 days', 'DURATION', 'P30D'),
    ('Tuesday', 'DATE', '2024-01-16'),
    ('March 1', 'DATE', '2024-03-01'),
    ('Thursday', 'DATE', '2024-01-18'),
    ('2028', 'DATE', '2028'),
    ('this week', 'DATE', '2024-W03'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
]
