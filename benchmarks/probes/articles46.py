# Gold TIMEX3 probe set 46: twelve wire stories of 1995-2008 in the styles of AP, Reuters, AFP, the New York Times and the Washington Post, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, disaster (1995)
('1995-07-18', 'auto', """Flash floods kill four in Missouri town; two still missing

CARVER FALLS, Mo. (AP) -- Rescue crews searched the swollen banks of the Jacks Fork River on Tuesday for two people still missing after flash floods tore through this town of 1,800, killing four and forcing hundreds from their homes.

The river rose more than 12 feet in less than three hours late Sunday after nearly 9 inches of rain fell on the hills above town, the National Weather Service said. By early Monday, Main Street was under 5 feet of water and the county's only hospital had moved 40 patients to a school gym in nearby Eminence.

"It came up so fast there wasn't time to think," said Loretta Hubbell, 63, who was pulled from the roof of her trailer by a sheriff's deputy at about 2:30 a.m. Monday. "I've lived on this river for 40 years and never seen anything like it."

Gov. Mel Carnahan toured the area by helicopter Monday afternoon and said he would ask President Clinton for a federal disaster declaration later this week. State emergency officials put the damage at $25 million, a figure they said would likely rise in the coming days.

The dead included a 71-year-old man whose pickup was swept off a low-water bridge, and a mother and two children whose house was carried downstream. Their names were withheld until relatives could be notified.

Forecasters said more storms were possible Wednesday night and Thursday, and the Red Cross said its shelter at Carver Falls High School would stay open at least through the weekend.

It was the worst flood here since 1957, when the river crested at 31 feet. Residents said the town had flooded twice in the past decade, the last time in April 1993, but never so quickly.

Town officials have asked the state for years to replace the low-water crossings along Route 19, but the work is not scheduled to begin until the spring of 1997.

"Every year they tell us it's coming," said Mayor Dale Prewitt. "Now people are dead."

A spokesman for the state Department of Transportation said Tuesday that the agency would review the schedule. Schools, where a remedial reading program had been due to start next Monday, will stay closed for at least two weeks.

Volunteers from three counties are expected to arrive Wednesday morning to help shovel mud out of homes and businesses, and the Army Corps of Engineers planned to inspect a levee upstream of town by Friday.
""", [
    ('Tuesday', 'DATE', '1995-07-18'),
    ('less than three hours', 'DURATION', 'PT3H'),
    ('late Sunday', 'DATE', '1995-07-16'),
    ('early Monday', 'DATE', '1995-07-17'),
    ('about 2:30 a.m. Monday', 'TIME', '1995-07-17T02:30'),
    ('40 years', 'DURATION', 'P40Y'),
    ('Monday afternoon', 'DATE|TIME', '1995-07-17TAF'),
    ('later this week', 'DATE', '1995-W29'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('Wednesday night', 'DATE|TIME', '1995-07-19TNI'),
    ('Thursday', 'DATE', '1995-07-20'),
    ('the weekend', 'DATE', '1995-W29-WE'),
    ('1957', 'DATE', '1957'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('April 1993', 'DATE', '1993-04'),
    ('years', 'DURATION', 'PXY'),
    ('the spring of 1997', 'DATE', '1997-SP'),
    ('Every year', 'SET', 'P1Y'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Tuesday', 'DATE', '1995-07-18'),
    ('next Monday', 'DATE', '1995-07-24'),
    ('at least two weeks', 'DURATION', 'P2W'),
    ('Wednesday morning', 'DATE|TIME', '1995-07-19TMO'),
    ('Friday', 'DATE', '1995-07-21'),
]),

# 2. Reuters, business (1996)
('1996-02-03', 'auto', """Dutch electronics group Halvers to cut 4,000 jobs

AMSTERDAM, Feb 3 (Reuter) - Dutch consumer electronics group Halvers NV said on Saturday it would cut 4,000 jobs, or about nine percent of its workforce, over the next two years after posting its first loss since 1982.

The company, which makes televisions, audio equipment and components, said it lost 312 million guilders in 1995 against a profit of 540 million guilders a year earlier. Fourth-quarter results were hit by a 400 million guilder charge to close plants in Belgium and Scotland.

"The past twelve months have been the most difficult in our history," chief executive Pieter van Damme told a news conference at the group's Eindhoven headquarters. "We cannot wait for the market to recover."

Halvers had warned in November that it would fall into the red, and its shares have lost nearly 40 percent since last summer. They closed at 41.20 guilders on Friday, down 1.30, ahead of the announcement, which had been expected on Monday but was brought forward after a Dutch newspaper printed details of the plan on Thursday evening.

Van Damme said most of the cuts would fall in the first half of 1996 and that the group expected to return to profit in 1997. He declined to give a forecast for the current year, saying only that the first quarter would be "weak".

Analysts said the restructuring was overdue. "They have been losing market share for the past six years while the Japanese and the Koreans cut prices," said Marc Jansen, an analyst at ABN AMRO in Amsterdam. "This buys them breathing room, but it does not fix the business."

The unions, which were briefed on Friday afternoon, said they would meet management next week and did not rule out strikes. The FNV federation said it would demand that no worker be laid off before the end of the year.

Halvers, which employs 44,000 people in 23 countries, will hold its shareholders' meeting on April 18. It also said it would pay no dividend for 1995, the first time in more than 20 years that it has skipped a payout, and that its dividend policy would be reviewed each year.

Dealers said the shares were likely to come under heavy pressure when the Amsterdam bourse opens on Monday.

REUTER
""", [
    ('Feb 3', 'DATE', '1996-02-03'),
    ('Saturday', 'DATE', '1996-02-03'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('1982', 'DATE', '1982'),
    ('1995', 'DATE', '1995'),
    ('a year earlier', 'DATE', '1994'),
    ('Fourth-quarter', 'DATE', '1995-Q4'),
    ('The past twelve months', 'DURATION', 'P12M'),
    ('November', 'DATE', '1995-11'),
    ('last summer', 'DATE', '1995-SU'),
    ('Friday', 'DATE', '1996-02-02'),
    ('Monday', 'DATE', '1996-02-05'),
    ('Thursday evening', 'DATE|TIME', '1996-02-01TEV'),
    ('the first half of 1996', 'DATE', '1996-H1'),
    ('1997', 'DATE', '1997'),
    ('the current year', 'DATE', '1996'),
    ('the first quarter', 'DATE', '1996-Q1'),
    ('the past six years', 'DURATION', 'P6Y'),
    ('Friday afternoon', 'DATE|TIME', '1996-02-02TAF'),
    ('next week', 'DATE', '1996-W06'),
    ('the end of the year', 'DATE', '1996|1996-12'),
    ('April 18', 'DATE', '1996-04-18'),
    ('1995', 'DATE', '1995'),
    ('more than 20 years', 'DURATION', 'P20Y'),
    ('each year', 'SET', 'P1Y'),
    ('Monday', 'DATE', '1996-02-05'),
]),

# 3. AFP, diplomacy (1997)
('1997-09-15', 'auto', """UN envoy upbeat as Cyprus leaders agree to meet again

NICOSIA, Sept 15 (AFP) - The United Nations envoy for Cyprus said Monday that the island's Greek Cypriot and Turkish Cypriot leaders had agreed to meet again next month, after two days of talks in Switzerland ended last week without a breakthrough.

"Nobody expected miracles from a single round. What matters is that the dialogue continues," Henrik Lundqvist told reporters at Larnaca airport on his arrival from Geneva late Sunday.

The two leaders will meet in New York on October 20, on the sidelines of the UN General Assembly, a UN spokesman said. Lundqvist is to shuttle between the two sides in the coming weeks to prepare the ground.

The talks at a lakeside hotel near Montreux on Thursday and Friday were the first face-to-face meeting between the two men in almost three years. They focused on security guarantees and the property of refugees displaced since 1974, when Turkey invaded the north of the island after a coup in Nicosia backed by the military junta then ruling Greece.

UN peacekeepers have patrolled the buffer zone dividing the island for 33 years. Previous rounds of UN-sponsored negotiations collapsed in 1992 and again in 1994.

Diplomats described the atmosphere in Switzerland as "businesslike" but said deep differences remained. Turkish Cypriot leader Rauf Denktash insisted on Sunday that any settlement must recognise two separate states, a position rejected by the Greek Cypriot side.

Pressure for progress is growing. The European Union is due to decide in December whether to open membership negotiations with Cyprus early next year, a prospect Ankara has warned could lead to the permanent partition of the island.

Washington has also stepped up its involvement. US special envoy Richard Holbrooke, who brokered the 1995 Dayton accord for Bosnia, is expected to visit Nicosia, Athens and Ankara before the end of the year.

"There is a window of opportunity now, between the summer and the EU decision," a Western diplomat in Nicosia said. "If it closes, it may not open again for a decade."

The UN Security Council is due to renew the mandate of the 1,200-strong peacekeeping force in December, as it does twice a year.
""", [
    ('Sept 15', 'DATE', '1997-09-15'),
    ('Monday', 'DATE', '1997-09-15'),
    ('next month', 'DATE', '1997-10'),
    ('two days', 'DURATION', 'P2D'),
    ('last week', 'DATE', '1997-W37'),
    ('late Sunday', 'DATE', '1997-09-14'),
    ('October 20', 'DATE', '1997-10-20'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('Thursday', 'DATE', '1997-09-11'),
    ('Friday', 'DATE', '1997-09-12'),
    ('almost three years', 'DURATION', 'P3Y'),
    ('1974', 'DATE', '1974'),
    ('33 years', 'DURATION', 'P33Y'),
    ('1992', 'DATE', '1992'),
    ('1994', 'DATE', '1994'),
    ('Sunday', 'DATE', '1997-09-14'),
    ('December', 'DATE', '1997-12'),
    ('early next year', 'DATE', '1998'),
    ('1995', 'DATE', '1995'),
    ('the end of the year', 'DATE', '1997|1997-12'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the summer', 'DATE', '1997-SU'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('December', 'DATE', '1997-12'),
    ('twice a year', 'SET', 'P1Y'),
]),

# 4. New York Times, state politics (1998)
('1998-05-07', 'auto', """Budget Talks in Albany Stall Again as Leaders Trade Blame

By JAMES DORSEY

Five weeks after the April 1 deadline, New York's state budget is still nowhere in sight, and the three men who must agree on it spent much of yesterday accusing one another of holding it hostage.

Gov. George E. Pataki, a Republican, said at a news conference in Manhattan that the Democratic-controlled Assembly was "playing games with the schools." The Assembly Speaker, Sheldon Silver, a Manhattan Democrat, responded that the Governor had not returned his calls since last Thursday.

The budget has been late for 14 consecutive years, a record that has made Albany a national symbol of legislative dysfunction. Last year, the spending plan was not adopted until Aug. 4, 125 days late, and some legislators now predict that this one could be later still.

The delay has real consequences. School districts must put their own budgets before voters on May 19, and without a state figure many are guessing at aid that makes up a third of their revenue. Nonprofit groups that depend on state contracts say they have been borrowing since April to meet their payrolls.

"We've been told every week since March that a deal is close," said Joan Ferraro, who runs a home-care agency in the Bronx. "I have 60 employees. I can't pay them with promises."

The sticking points are familiar. Mr. Pataki wants a tax cut phased in over three years and a cap on spending growth in fiscal 1999. The Assembly wants more money for prekindergarten and smaller classes, which Mr. Silver has called his top priority.

The Senate majority leader, Joseph L. Bruno, a Republican, said yesterday afternoon that he expected a deal "within days, not weeks," but he has made similar predictions at least twice since mid-April.

Legislative aides said staff members would meet again tomorrow morning and possibly over the weekend. The Legislature is scheduled to end its session in June, but in recent years it has routinely stayed in Albany long after that.

Good-government groups have proposed a constitutional amendment that would withhold legislators' pay until the budget is passed. Lawmakers have rejected the idea every year since it was first introduced in 1993.

"Nobody in this building believes in deadlines anymore," said Assemblyman Richard Kowalczyk, a Buffalo Democrat who has served since 1987. "The only deadline anyone here respects is Election Day."
""", [
    ('Five weeks', 'DURATION', 'P5W'),
    ('April 1', 'DATE', '1998-04-01'),
    ('yesterday', 'DATE', '1998-05-06'),
    ('last Thursday', 'DATE', '1998-04-30'),
    ('14 consecutive years', 'DURATION', 'P14Y'),
    ('Last year', 'DATE', '1997'),
    ('Aug. 4', 'DATE', '1997-08-04'),
    ('125 days', 'DURATION', 'P125D'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('May 19', 'DATE', '1998-05-19'),
    ('April', 'DATE', '1998-04'),
    ('every week', 'SET', 'P1W'),
    ('March', 'DATE', '1998-03'),
    ('three years', 'DURATION', 'P3Y'),
    ('fiscal 1999', 'DATE', 'FY1999|1999'),
    ('yesterday afternoon', 'DATE|TIME', '1998-05-06TAF'),
    ('days', 'DURATION', 'PXD'),
    ('weeks', 'DURATION', 'PXW'),
    ('mid-April', 'DATE', '1998-04'),
    ('tomorrow morning', 'DATE|TIME', '1998-05-08TMO'),
    ('the weekend', 'DATE', '1998-W19-WE'),
    ('June', 'DATE', '1998-06'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('every year', 'SET', 'P1Y'),
    ('1993', 'DATE', '1993'),
    ('1987', 'DATE', '1987'),
    ('Election Day', 'DATE', '1998-11-03'),
]),

# 5. Washington Post, trial (1999)
('1999-12-01', 'auto', """Ex-D.C. Contracting Chief Convicted of Bribery
Jury Finds Simms Took $210,000 From Snow-Removal Firms

By Ellen Marsh
Washington Post Staff Writer

A federal jury in Washington convicted the District's former procurement chief yesterday of accepting more than $210,000 in bribes from a contractor whose companies received city work worth $14 million over four years.

Harold T. Simms, 52, who ran the city's contracting office from 1993 until his resignation in March 1998, showed no emotion as the verdict was read shortly after 4 p.m. The jury of seven women and five men had deliberated for about 11 hours over three days.

Simms faces up to 15 years in prison on each of six counts. U.S. District Judge Paul L. Friedman set sentencing for Feb. 25 and allowed Simms to remain free until then.

Prosecutors said Simms steered paving and snow-removal contracts to two companies owned by a longtime friend, Curtis Langley, in exchange for cash, a Lexus sedan and the use of a beach house in Ocean City every summer. Langley pleaded guilty in July and testified against Simms during the three-week trial.

"This was not a lapse in judgment. This was a business, and he ran it for years," Assistant U.S. Attorney Mark Delancey told jurors in his closing argument Monday.

Simms's attorney, Robert Pincus, said last night that he would file a motion for a new trial within the next 10 days. He argued throughout the trial that the payments were loans and that Langley had lied to win a lighter sentence.

The case grew out of an FBI investigation that began in the fall of 1997, after a city auditor noticed that Langley's firms had won 11 of 13 snow-removal contracts over two years. Agents secretly recorded Simms on at least four occasions, including a meeting at a Georgetown restaurant on Jan. 9, 1998, during which he can be heard counting bills. He resigned two months later.

The verdict is the latest in a string of corruption cases that have shaken the District government in the past few years. Since 1995, when Congress created a financial control board to oversee the city's finances, at least nine city employees have been convicted of fraud or bribery.

Mayor Anthony A. Williams, who took office in January, said in a statement that the city had "turned the page." He has ordered a review of every contract of more than $100,000 awarded since 1995, with results due by the end of the first quarter.

Langley, 49, is to be sentenced next month. He faces a maximum of five years.
""", [
    ('yesterday', 'DATE', '1999-11-30'),
    ('four years', 'DURATION', 'P4Y'),
    ('1993', 'DATE', '1993'),
    ('March 1998', 'DATE', '1998-03'),
    ('shortly after 4 p.m.', 'TIME', '1999-11-30T16:00'),
    ('about 11 hours', 'DURATION', 'PT11H'),
    ('three days', 'DURATION', 'P3D'),
    ('15 years', 'DURATION', 'P15Y'),
    ('Feb. 25', 'DATE', '2000-02-25'),
    ('every summer', 'SET', 'XXXX-SU'),
    ('July', 'DATE', '1999-07'),
    ('three-week', 'DURATION', 'P3W'),
    ('years', 'DURATION', 'PXY'),
    ('Monday', 'DATE', '1999-11-29'),
    ('last night', 'DATE|TIME', '1999-11-30TNI'),
    ('the next 10 days', 'DURATION', 'P10D'),
    ('the fall of 1997', 'DATE', '1997-FA'),
    ('two years', 'DURATION', 'P2Y'),
    ('Jan. 9, 1998', 'DATE', '1998-01-09'),
    ('two months later', 'DATE', '1998-03'),
    ('the past few years', 'DURATION', 'PXY'),
    ('1995', 'DATE', '1995'),
    ('January', 'DATE', '1999-01'),
    ('1995', 'DATE', '1995'),
    ('the end of the first quarter', 'DATE', '2000-Q1'),
    ('next month', 'DATE', '2000-01'),
    ('five years', 'DURATION', 'P5Y'),
]),

# 6. AP, election politics (2000)
('2000-10-24', 'auto', """Washington voters weigh gas-tax cut as state warns of road delays

OLYMPIA, Wash. (AP) -- With two weeks left before Election Day, backers and opponents of a ballot measure to cut the state gasoline tax are flooding the airwaves, and state officials warned Tuesday that dozens of highway projects could be shelved if it passes.

Initiative 731 would cut the tax, now 23 cents a gallon, by 10 cents.

Transportation Secretary Linda Marsh said at a news conference that the measure would cost the state $740 million over the next two years and force it to delay or cancel 40 projects, including a new interchange in Tacoma that has been planned since the mid-1980s.

"People are angry about taxes, and I understand that. But the roads don't build themselves, and cutting this tax means borrowing from the future," she said.

Supporters dismissed the warning as a scare tactic. "They said the same thing last fall, and the sky didn't fall," said sponsor Dale Whitman, a Mukilteo insurance salesman who gathered more than 260,000 signatures over the summer to put the measure on the ballot. Voters approved a measure limiting car-license fees in November 1999.

A poll published Sunday by The Seattle Times found 52 percent of likely voters backing the initiative and 39 percent opposed, with the rest undecided. A survey taken in early September showed the measure ahead by a similar margin.

Opponents, led by a coalition of road builders, labor unions and chambers of commerce, have raised $2.1 million, about five times what the sponsors have raised. They plan to spend most of it on television ads in the final 14 days of the campaign.

Gov. Gary Locke, a Democrat seeking a second term, has called the measure "irresponsible" but has avoided campaigning against it. His Republican challenger supports it.

The two candidates will meet Thursday evening in Spokane for their third and final debate, which will be broadcast live on public television starting at 7 p.m.

If the initiative passes, the lower tax would take effect Jan. 1. Transit agencies in the Puget Sound area, which receive part of the money, said they might have to cut bus service on weekends by next spring.

Absentee ballots, which account for more than half of the votes cast in Washington, were mailed last week. Election officials said Tuesday that about 18 percent had already been returned.
""", [
    ('two weeks', 'DURATION', 'P2W'),
    ('Election Day', 'DATE', '2000-11-07'),
    ('Tuesday', 'DATE', '2000-10-24'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('the mid-1980s', 'DATE', '198'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('last fall', 'DATE', '1999-FA'),
    ('the summer', 'DATE', '2000-SU'),
    ('November 1999', 'DATE', '1999-11'),
    ('Sunday', 'DATE', '2000-10-22'),
    ('early September', 'DATE', '2000-09'),
    ('the final 14 days', 'DURATION', 'P14D'),
    ('Thursday evening', 'DATE|TIME', '2000-10-26TEV'),
    ('7 p.m.', 'TIME', '2000-10-26T19:00'),
    ('Jan. 1', 'DATE', '2001-01-01'),
    ('weekends', 'SET', 'XXXX-WXX-WE'),
    ('next spring', 'DATE', '2001-SP'),
    ('last week', 'DATE', '2000-W42'),
    ('Tuesday', 'DATE', '2000-10-24'),
]),

# 7. Reuters, economy (2001)
('2001-04-13', 'auto', """German institutes set to slash 2001 growth forecast - sources

FRANKFURT, April 13 (Reuters) - Germany's leading economic institutes will cut their forecast for growth this year to around 2.1 percent from 2.6 percent when they publish their joint report later this month, sources familiar with the deliberations said on Friday.

The six institutes, which advise the government in Berlin, began their twice-yearly talks in Kiel last week and are due to present the report on April 24.

"The U.S. slowdown has hit us harder and faster than anyone expected in the autumn," one source said. "Nobody wants to talk about recession, but the first quarter was clearly weak."

Finance Minister Hans Eichel has stuck to the government's forecast of 2.0 to 2.5 percent, set in January, but officials in Berlin have conceded privately that it is out of reach.

Business sentiment, measured by the Ifo institute's monthly survey of 7,000 firms, fell in March to its lowest level since late 1999.

Pressure is growing on the European Central Bank, which left interest rates unchanged at 4.75 percent on Wednesday despite calls from Washington and the International Monetary Fund for a cut. ECB President Wim Duisenberg said inflation in the 12-nation euro zone, at 2.6 percent in March, remained too high.

Most analysts polled by Reuters this week expect the ECB to cut rates by 25 basis points by the end of June, though few see a move when its Governing Council next meets on April 26. The council meets twice a month.

Financial markets in Frankfurt, London and New York were closed for Good Friday, and European bourses will remain shut on Monday. The DAX index ended Thursday at 5,941.34 points after rising three percent the day before. It is up 11 percent from its low of March 22 but still down 24 percent over the past 12 months.

Germany's economy grew 3.0 percent last year, its fastest pace in a decade, helped by strong exports and a weak euro. Unemployment fell steadily through 2000 but has edged up since the start of the year, and the Federal Labour Office will publish April figures on May 8.

Chancellor Gerhard Schroeder, who faces a general election in September 2002, has made cutting the jobless total below 3.5 million his main goal.
""", [
    ('2001', 'DATE', '2001'),
    ('April 13', 'DATE', '2001-04-13'),
    ('this year', 'DATE', '2001'),
    ('later this month', 'DATE', '2001-04'),
    ('Friday', 'DATE', '2001-04-13'),
    ('twice-yearly', 'SET', 'P1Y'),
    ('last week', 'DATE', '2001-W14'),
    ('April 24', 'DATE', '2001-04-24'),
    ('the autumn', 'DATE', '2000-FA'),
    ('the first quarter', 'DATE', '2001-Q1'),
    ('January', 'DATE', '2001-01'),
    ('monthly', 'SET', 'P1M'),
    ('March', 'DATE', '2001-03'),
    ('late 1999', 'DATE', '1999'),
    ('Wednesday', 'DATE', '2001-04-11'),
    ('March', 'DATE', '2001-03'),
    ('this week', 'DATE', '2001-W15'),
    ('the end of June', 'DATE', '2001-06'),
    ('April 26', 'DATE', '2001-04-26'),
    ('twice a month', 'SET', 'P1M'),
    ('Good Friday', 'DATE', '2001-04-13'),
    ('Monday', 'DATE', '2001-04-16'),
    ('Thursday', 'DATE', '2001-04-12'),
    ('the day before', 'DATE', '2001-04-11'),
    ('March 22', 'DATE', '2001-03-22'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('last year', 'DATE', '2000'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('2000', 'DATE', '2000'),
    ('the start of the year', 'DATE', '2001|2001-01'),
    ('April', 'DATE', '2001-04'),
    ('May 8', 'DATE', '2001-05-08'),
    ('September 2002', 'DATE', '2002-09'),
]),

# 8. AFP, disaster (2002)
('2002-08-26', 'auto', """Death toll from Nepal landslides rises to 112

KATHMANDU, Aug 26 (AFP) - The death toll from landslides and floods triggered by monsoon rains in western Nepal rose to 112 on Monday, with dozens still missing after a rain-soaked hillside collapsed onto a village early Saturday, officials said.

A second slide buried 23 houses in the neighbouring village of Rangsi the following day, killing at least nine people. Rescuers digging with shovels and bare hands pulled 14 more bodies from the mud at Jumkot village in Rukum district on Sunday evening, home ministry spokesman Gopal Prasad Sharma said.

"The rain has not stopped for five days. The ground is like water," Sharma told AFP by telephone, adding that army helicopters had been unable to reach the area until Sunday morning because of low cloud. Helicopters have since flown daily supply missions from the district headquarters.

Nearly 300 people have died in floods and landslides across the Himalayan kingdom since the monsoon began in mid-June, according to government figures. The rains, which are expected to ease next month, have been heavier this year than at any time since 1993, when more than 1,300 people were killed.

The Department of Hydrology and Meteorology forecast more heavy rain over the next 48 hours and warned that rivers in the western plains could burst their banks by Wednesday.

Prime Minister Sher Bahadur Deuba, who visited the region on Sunday, announced compensation of 25,000 rupees (320 dollars) for each family that lost a member and promised to rebuild destroyed schools before the end of the year.

Aid agencies said the disaster had deepened the misery of an area that has been at the centre of a Maoist insurgency since 1996. Roads in Rukum are often cut for weeks at a time during the monsoon, and many villages can be reached only on foot.

"Every year we see the same thing. The hills are stripped of trees, and when the rains come, they fall," said Ramesh Khadka of the Nepal Red Cross Society, whose teams were distributing tarpaulins, rice and water purification tablets.

The Red Cross launched an appeal on Friday for 1.5 million dollars to help some 20,000 people over the next three months.

Across South Asia, floods have killed more than 1,000 people in India, Bangladesh and Nepal in the past month alone.
""", [
    ('Aug 26', 'DATE', '2002-08-26'),
    ('Monday', 'DATE', '2002-08-26'),
    ('early Saturday', 'DATE', '2002-08-24'),
    ('the following day', 'DATE', '2002-08-25'),
    ('Sunday evening', 'DATE|TIME', '2002-08-25TEV'),
    ('five days', 'DURATION', 'P5D'),
    ('Sunday morning', 'DATE|TIME', '2002-08-25TMO'),
    ('daily', 'SET', 'P1D'),
    ('mid-June', 'DATE', '2002-06'),
    ('next month', 'DATE', '2002-09'),
    ('this year', 'DATE', '2002'),
    ('1993', 'DATE', '1993'),
    ('the next 48 hours', 'DURATION', 'PT48H'),
    ('Wednesday', 'DATE', '2002-08-28'),
    ('Sunday', 'DATE', '2002-08-25'),
    ('the end of the year', 'DATE', '2002|2002-12'),
    ('1996', 'DATE', '1996'),
    ('weeks', 'DURATION', 'PXW'),
    ('Every year', 'SET', 'P1Y'),
    ('Friday', 'DATE', '2002-08-23'),
    ('the next three months', 'DURATION', 'P3M'),
    ('the past month', 'DURATION', 'P1M'),
]),

# 9. New York Times, business (2003)
('2003-11-09', 'auto', """A Regional Airline Stakes Its Recovery on Smaller Jets

By MARK ELLISON

MILWAUKEE - For most of the last three years, executives at Lakeshore Airlines have had little to celebrate. The carrier has lost money every year since 2000; it laid off a fifth of its workers after the Sept. 11 attacks and spent last year negotiating with its lenders to stay out of bankruptcy.

On Tuesday, though, the company's chief executive, Dennis Overby, stood in a hangar at General Mitchell International Airport and showed off the first of 24 new 70-seat jets that he says will carry Lakeshore back to profitability by the end of next year.

"Two years ago, people were writing our obituary," Mr. Overby, 56, said in an interview afterward. "Now we're the ones ordering airplanes."

The gamble is a big one. The jets, built by Embraer of Brazil, cost about $25 million each, and Lakeshore will take delivery of them in batches through the spring of 2005. The airline plans to use them to replace aging turboprops on routes to Chicago, Detroit and Minneapolis, and to start nonstop service to Newark and Washington in February.

Investors seem willing to go along, at least for now. Lakeshore's shares, which traded below $3 in March, closed Friday at $11.40, and the company raised $60 million in a stock offering last month.

Analysts are more cautious. Jet fuel prices have climbed nearly 30 percent since the start of the year, and bigger rivals like Northwest and AirTran have been adding flights out of Milwaukee. "They have done a very good job of cutting costs in the last 18 months," said Sarah Kleinfeld, an airline analyst at Halsted Partners in Chicago. "But the easy part is over."

Lakeshore reported a third-quarter profit of $4.2 million on Thursday, its first operating profit since the summer of 2000. Revenue rose 8 percent, to $148 million, as the airline filled 78 percent of its seats, up from 71 percent a year earlier.

The company was founded in 1969 as a commuter line flying between Milwaukee and Green Bay twice a day. It grew steadily through the 1980s and 1990s, but the downturn that began in early 2001 and the attacks that September nearly destroyed it.

Mr. Overby, who ran United Airlines' regional partnerships from 1994 to 1999, joined Lakeshore in the summer of 2001. He said the airline would hold fares flat through Christmas and would decide by January whether to exercise options on 12 more jets.

"We're not out of the woods," he said. "But we're finally planning for the next 10 years instead of the next payroll."
""", [
    ('the last three years', 'DURATION', 'P3Y'),
    ('every year', 'SET', 'P1Y'),
    ('2000', 'DATE', '2000'),
    ('Sept. 11', 'DATE', '2001-09-11'),
    ('last year', 'DATE', '2002'),
    ('Tuesday', 'DATE', '2003-11-04'),
    ('the end of next year', 'DATE', '2004|2004-12'),
    ('Two years ago', 'DATE', '2001'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('the spring of 2005', 'DATE', '2005-SP'),
    ('February', 'DATE', '2004-02'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('March', 'DATE', '2003-03'),
    ('Friday', 'DATE', '2003-11-07'),
    ('last month', 'DATE', '2003-10'),
    ('the start of the year', 'DATE', '2003|2003-01'),
    ('the last 18 months', 'DURATION', 'P18M'),
    ('third-quarter', 'DATE', '2003-Q3'),
    ('Thursday', 'DATE', '2003-11-06'),
    ('the summer of 2000', 'DATE', '2000-SU'),
    ('a year earlier', 'DATE', '2002-Q3|2002'),
    ('1969', 'DATE', '1969'),
    ('twice a day', 'SET', 'P1D'),
    ('the 1980s', 'DATE', '198'),
    ('1990s', 'DATE', '199'),
    ('early 2001', 'DATE', '2001'),
    ('that September', 'DATE', '2001-09'),
    ('1994', 'DATE', '1994'),
    ('1999', 'DATE', '1999'),
    ('the summer of 2001', 'DATE', '2001-SU'),
    ('Christmas', 'DATE', '2003-12-25'),
    ('January', 'DATE', '2004-01'),
    ('the next 10 years', 'DURATION', 'P10Y'),
]),

# 10. Washington Post, state politics (2005)
('2005-03-16', 'auto', """Slots Bill Stalls Again in Md. House
Committee Chairman Delays Vote; Ehrlich Vows to Keep Fighting

By David Caldwell
Washington Post Staff Writer

Gov. Robert L. Ehrlich Jr.'s plan to bring slot machines to Maryland racetracks stalled again yesterday when the chairman of a key House committee postponed a vote indefinitely, saying the bill lacked the support to pass.

The delay leaves less than four weeks for the General Assembly to act before its 90-day session ends at midnight April 11, and leaders in both parties said privately that the measure was all but dead for 2005.

"We're not going to force a vote on something that's going to fail," said Del. Carol Whitfield (D-Montgomery), who chairs the Ways and Means Committee.

Ehrlich, a Republican who made slots the centerpiece of his 2002 campaign, said last night that he would not give up. "Every dollar a Marylander spends at a track in West Virginia or Delaware is money for our schools walking out the door," he told supporters at a fundraiser in Towson. He has also repeatedly attacked House leaders on his weekly radio program.

The Senate passed a slots bill last month by 30 to 17, the third time in three years it has approved the idea. Each time, the House, led by Speaker Michael E. Busch (D-Anne Arundel), has balked. Busch argues that slots would bring crime and do little to revive the state's horse-racing industry, which has been in decline since the 1980s.

Maryland lawmakers first debated slots at the tracks a decade ago, when the industry began losing bettors to casinos in neighboring states.

Busch said yesterday that he remained open to a compromise limiting slots to four locations but that the governor had shown no interest in negotiating since January.

The impasse has consequences beyond gambling. Ehrlich's budget assumes no slots revenue until July 2006, but his aides say the state will face a shortfall of more than $1 billion by fiscal 2007 without new money.

Racing officials have warned that Pimlico could lose the Preakness Stakes, which has been run there every May since 1909. The race will be run May 21.

Legislative leaders are scheduled to meet with Ehrlich on Friday morning to discuss the budget, which they hope to pass by the end of the month. The Ways and Means Committee will take up a separate bill on charitable gaming at 1 p.m. Thursday.
""", [
    ('yesterday', 'DATE', '2005-03-15'),
    ('less than four weeks', 'DURATION', 'P4W'),
    ('90-day', 'DURATION', 'P90D'),
    ('midnight April 11', 'TIME', '2005-04-11T24:00|2005-04-11T00:00'),
    ('2005', 'DATE', '2005'),
    ('2002', 'DATE', '2002'),
    ('last night', 'DATE|TIME', '2005-03-15TNI'),
    ('weekly', 'SET', 'P1W'),
    ('last month', 'DATE', '2005-02'),
    ('three years', 'DURATION', 'P3Y'),
    ('the 1980s', 'DATE', '198'),
    ('a decade ago', 'DATE', '1995|199'),
    ('yesterday', 'DATE', '2005-03-15'),
    ('January', 'DATE', '2005-01'),
    ('July 2006', 'DATE', '2006-07'),
    ('fiscal 2007', 'DATE', 'FY2007|2007'),
    ('every May', 'SET', 'XXXX-05'),
    ('1909', 'DATE', '1909'),
    ('May 21', 'DATE', '2005-05-21'),
    ('Friday morning', 'DATE|TIME', '2005-03-18TMO'),
    ('the end of the month', 'DATE', '2005-03'),
    ('1 p.m. Thursday', 'TIME', '2005-03-17T13:00'),
]),

# 11. AP, diplomacy and energy (2006)
('2006-06-29', 'auto', """Bolivia, Brazil agree to extend gas talks

LA PAZ, Bolivia (AP) -- Bolivia and Brazil agreed Thursday to extend negotiations over the price of natural gas by 60 days, easing tensions that have simmered since Bolivia nationalized its energy industry in May.

Energy ministers from the two countries signed the agreement in La Paz late Wednesday after more than 10 hours of talks. Under the deal, Brazil's state-run oil company, Petrobras, will keep operating two large gas fields in southern Bolivia while the sides work out new contracts.

The current price, about $4 per million British thermal units, will remain in force until the end of August. Bolivia had demanded a 65 percent increase.

President Evo Morales, a former leader of coca growers who took office in January, called the two countries "brothers" and predicted a final agreement by October.

"Bolivia has waited 500 years to control its own wealth. We can wait a few more weeks," he told supporters in Cochabamba on Wednesday afternoon.

Morales announced the nationalization on May 1, International Workers' Day, sending troops to the gas fields and giving foreign companies 180 days to sign new contracts or leave the country.

The move angered Brazil, which buys about half its natural gas from Bolivia through a 1,900-mile pipeline completed in 1999. Brazilian President Luiz Inacio Lula da Silva, who faces re-election in October, has been criticized at home for not responding more forcefully.

Brazilian Energy Minister Silas Rondeau said Thursday the agreement "guarantees supply for the coming months" and that Petrobras would make no new investments in Bolivia for now.

Argentina, which also imports Bolivian gas, signed a separate deal two weeks ago raising its price to $5 per million BTUs, the first of the new contracts. Gas accounts for nearly half of Bolivia's exports, and officials said production had fallen slightly since then as foreign companies froze investment.

Morales, who recently hosted Venezuelan President Hugo Chavez in La Paz, will travel to Brasilia next week for a meeting of South American leaders. He has also promised to redistribute land and to rewrite the constitution.

Bolivians will vote Sunday for an assembly to draft a new charter. The assembly is due to convene Aug. 6, the anniversary of independence, and will have a year to complete its work.
""", [
    ('Thursday', 'DATE', '2006-06-29'),
    ('60 days', 'DURATION', 'P60D'),
    ('May', 'DATE', '2006-05'),
    ('late Wednesday', 'DATE', '2006-06-28'),
    ('more than 10 hours', 'DURATION', 'PT10H'),
    ('current', 'DATE', 'PRESENT_REF'),
    ('the end of August', 'DATE', '2006-08'),
    ('January', 'DATE', '2006-01'),
    ('October', 'DATE', '2006-10'),
    ('500 years', 'DURATION', 'P500Y'),
    ('a few more weeks', 'DURATION', 'PXW'),
    ('Wednesday afternoon', 'DATE|TIME', '2006-06-28TAF'),
    ('May 1', 'DATE', '2006-05-01'),
    ("International Workers' Day", 'DATE', '2006-05-01'),
    ('180 days', 'DURATION', 'P180D'),
    ('1999', 'DATE', '1999'),
    ('October', 'DATE', '2006-10'),
    ('Thursday', 'DATE', '2006-06-29'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('two weeks ago', 'DATE', '2006-W24|2006-06-15'),
    ('recently', 'DATE', 'PAST_REF'),
    ('next week', 'DATE', '2006-W27'),
    ('Sunday', 'DATE', '2006-07-02'),
    ('Aug. 6', 'DATE', '2006-08-06'),
    ('a year', 'DURATION', 'P1Y'),
]),

# 12. Reuters, business and markets (2008)
('2008-01-22', 'auto', """UK housebuilder Harcourt slashes outlook, shares tumble

LONDON, Jan 22 (Reuters) - British housebuilder Harcourt Homes warned on Tuesday that profit for the current year would fall by as much as 40 percent as buyers pulled back amid the global credit squeeze, sending its shares down 18 percent to their lowest level since 1998.

The group, which builds about 6,000 homes annually, said reservations since the start of January were down 31 percent from a year ago, and that cancellation rates had risen to 28 percent in the final quarter of 2007 from 17 percent in the third quarter.

"Conditions in the second half were the toughest we have seen in over a decade," chief executive Andrew Pell said in a statement. "We do not expect a recovery before 2009."

Harcourt's warning followed similar ones earlier this month from rival Wetherby Homes and last week from Crestmoor, and came as official data showed mortgage approvals at their lowest since 1995.

The Bank of England cut interest rates by a quarter point to 5.5 percent in December and is widely expected to cut again when its Monetary Policy Committee announces its decision on Feb. 7.

Financial markets were in turmoil. London's FTSE 100 index, which fell 5.5 percent on Monday in its biggest one-day drop since the Sept. 11 attacks, recovered some ground on Tuesday after the U.S. Federal Reserve cut rates by 75 basis points in an emergency move before Wall Street opened.

Harcourt, which employs 3,200 people, said it had cut 400 jobs since the summer and would close two of its 14 regional offices by the end of March. It also said it would review its dividend, which has risen every year since the company listed in 1994.

Analysts at Numis cut their pretax profit forecast for fiscal 2008 to 62 million pounds from 95 million.

"The housing market was always going to slow after a decade of rising prices, but the speed of it has taken everyone by surprise," said Numis analyst James Orme. "The next six months will be very hard."

Harcourt will give further details with its interim results on Feb. 26. Its shares closed at 212 pence, down from 590 pence in June.

(Reporting by Clare Hennessy; Editing by David Holmes)
""", [
    ('Jan 22', 'DATE', '2008-01-22'),
    ('Tuesday', 'DATE', '2008-01-22'),
    ('the current year', 'DATE', '2008|FY2008'),
    ('1998', 'DATE', '1998'),
    ('annually', 'SET', 'P1Y'),
    ('the start of January', 'DATE', '2008-01'),
    ('a year ago', 'DATE', '2007'),
    ('the final quarter of 2007', 'DATE', '2007-Q4'),
    ('the third quarter', 'DATE', '2007-Q3'),
    ('the second half', 'DATE', '2007-H2'),
    ('over a decade', 'DURATION', 'P10Y|P1E'),
    ('2009', 'DATE', '2009'),
    ('earlier this month', 'DATE', '2008-01'),
    ('last week', 'DATE', '2008-W03'),
    ('1995', 'DATE', '1995'),
    ('December', 'DATE', '2007-12'),
    ('Feb. 7', 'DATE', '2008-02-07'),
    ('Monday', 'DATE', '2008-01-21'),
    ('one-day', 'DURATION', 'P1D'),
    ('Sept. 11', 'DATE', '2001-09-11'),
    ('Tuesday', 'DATE', '2008-01-22'),
    ('the summer', 'DATE', '2007-SU'),
    ('the end of March', 'DATE', '2008-03'),
    ('every year', 'SET', 'P1Y'),
    ('1994', 'DATE', '1994'),
    ('fiscal 2008', 'DATE', 'FY2008|2008'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('The next six months', 'DURATION', 'P6M'),
    ('Feb. 26', 'DATE', '2008-02-26'),
    ('June', 'DATE', '2007-06'),
]),
]
