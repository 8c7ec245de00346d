# Gold TIMEX3 probe set 42: twelve news articles of 1989-2000 in the styles of the AP, the New York Times, the Wall Street Journal, Xinhua and ABC and CNN transcripts, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, Gulf War wire story (1991)
('1991-01-22', 'auto', """Allied Jets Pound Iraqi Supply Lines; Scuds Fall on Saudi Capital

RIYADH, Saudi Arabia (AP) -- Allied warplanes flew more than 1,200 missions against Iraq and occupied Kuwait today, U.S. military officials said, as the air war that began early Thursday pressed on with no sign that Saddam Hussein was ready to give up his conquest.

Air Force Lt. Col. Mike Gannon told reporters at a briefing at 8 p.m. Monday that bombers had struck bridges, fuel depots and Republican Guard positions in southern Iraq over the weekend, and that the pace of attacks would not slacken for the foreseeable future.

Iraq fired at least three Scud missiles at Saudi Arabia late Monday night. U.S. Patriot missiles intercepted them over Riyadh and the port city of Dhahran, the military said. No injuries were reported, but air raid sirens sent residents of the capital scrambling for their gas masks.

In Israel, which has been hit by Scuds three times since Friday, officials said the Cabinet would decide in the coming days whether to retaliate. Patriot batteries rushed from Europe on Saturday were to be fully operational by Wednesday, a Pentagon official said.

Gen. H. Norman Schwarzkopf, the allied commander, said Sunday that the air campaign could last "weeks, not days," before any ground offensive, and he declined to give a timetable. "We are right on schedule," he said.

Baghdad radio said in a broadcast Monday evening that 41 civilians had been killed in allied raids, and it again promised that Iraq would win "the mother of all battles."

Seven allied airmen captured by Iraq were shown on Iraqi television on Sunday, some of them visibly bruised, reading statements that criticized the war. Baghdad said the prisoners would be held at strategic sites as human shields. President Bush, speaking at the White House on Monday, called their treatment "a brutal violation" of the Geneva Conventions.

Oil prices, which had climbed above $30 a barrel before the Jan. 15 United Nations deadline for Iraq to leave Kuwait, fell again Monday in New York to $21.44 a barrel. Iraq invaded its small, oil-rich neighbor on Aug. 2 and has occupied it for more than five months.

Military analysts in Washington said the allies had flown more sorties in six days than Israel flew during the entire 1967 Middle East war. "Nobody has seen a pace like this since Vietnam," said one retired Air Force general.

The Pentagon said it would continue to hold briefings twice a day in Riyadh and daily in Washington for as long as the fighting lasts.
""", [
    ('today', 'DATE', '1991-01-22'),
    ('early Thursday', 'DATE', '1991-01-17'),
    ('8 p.m. Monday', 'TIME', '1991-01-21T20:00'),
    ('the weekend', 'DATE', '1991-W03-WE'),
    ('the foreseeable future', 'DATE', 'FUTURE_REF'),
    ('late Monday night', 'DATE|TIME', '1991-01-21TNI'),
    ('Friday', 'DATE', '1991-01-18'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('Saturday', 'DATE', '1991-01-19'),
    ('Wednesday', 'DATE', '1991-01-23'),
    ('Sunday', 'DATE', '1991-01-20'),
    ('weeks', 'DURATION', 'PXW'),
    ('days', 'DURATION', 'PXD'),
    ('Monday evening', 'DATE|TIME', '1991-01-21TEV'),
    ('Sunday', 'DATE', '1991-01-20'),
    ('Monday', 'DATE', '1991-01-21'),
    ('Jan. 15', 'DATE', '1991-01-15'),
    ('Monday', 'DATE', '1991-01-21'),
    ('Aug. 2', 'DATE', '1990-08-02'),
    ('more than five months', 'DURATION', 'P5M'),
    ('six days', 'DURATION', 'P6D'),
    ('1967', 'DATE', '1967'),
    ('twice a day', 'SET', 'P1D'),
    ('daily', 'SET', 'P1D'),
]),

# 2. Wall Street Journal, quarterly earnings (1989)
('1989-10-24', 'auto', """Harwood Instruments Net Falls 18% As Defense Orders Slow

By a WALL STREET JOURNAL Staff Reporter

BOSTON -- Harwood Instruments Corp. said third-quarter net income fell 18% as orders from military contractors slowed and the company absorbed costs of a plant closing it announced in July.

The maker of electronic test and measurement equipment said net was $14.2 million, or 61 cents a share, compared with $17.3 million, or 74 cents a share, a year earlier. Revenue rose 4% to $212.5 million from $204.3 million.

For the nine months, net fell 12% to $39.8 million, or $1.71 a share, from $45.1 million, or $1.93 a share. Revenue for the period was flat at $618 million.

In composite trading on the New York Stock Exchange yesterday, Harwood shares closed at $27.25, down $1.125.

Daniel R. Ostrow, chairman and chief executive officer, said in an interview that the results reflected "a soft patch we've seen coming since the spring." Pentagon procurement spending has been squeezed since 1986, he said, and the defense budget for fiscal 1990, which began Oct. 1, leaves little room for new test systems.

Commercial orders, by contrast, rose 11% in the quarter, and the company expects them to make up half of revenue by 1991, up from about a third now. Mr. Ostrow said Harwood would complete the shutdown of its Lowell, Mass., plant by the end of the year, eliminating 340 jobs. The $6.1 million pretax charge for the closing was taken in the second quarter.

Analysts had expected earnings of about 66 cents a share. "The defense business isn't coming back in the next three years," said Carla Mendes, an analyst at Tucker Anthony Inc. "The question is how fast they can replace it." She lowered her estimate of Harwood's 1989 earnings to $2.30 a share from $2.45, and her estimate for next year to $2.50 from $2.80.

Harwood also said its board declared the regular quarterly dividend of 12 cents a share, payable Dec. 1 to stock of record Nov. 10. The company, founded in 1958 by two engineers from the Massachusetts Institute of Technology, hasn't cut its payout in more than two decades.

Separately, Harwood said it had agreed to buy Tellis Optics Inc., a closely held maker of fiber-optic testing gear in San Jose, Calif., for about $40 million in cash. The transaction is expected to close early next year. Tellis had sales of about $25 million last year.
""", [
    ('third-quarter', 'DATE', '1989-Q3'),
    ('July', 'DATE', '1989-07'),
    ('a year earlier', 'DATE', '1988-Q3|1988'),
    ('the nine months', 'DURATION', 'P9M'),
    ('yesterday', 'DATE', '1989-10-23'),
    ('the spring', 'DATE', '1989-SP'),
    ('1986', 'DATE', '1986'),
    ('fiscal 1990', 'DATE', 'FY1990|1990'),
    ('Oct. 1', 'DATE', '1989-10-01'),
    ('the quarter', 'DATE', '1989-Q3'),
    ('1991', 'DATE', '1991'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the end of the year', 'DATE', '1989|1989-12'),
    ('the second quarter', 'DATE', '1989-Q2'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('1989', 'DATE', '1989'),
    ('next year', 'DATE', '1990'),
    ('quarterly', 'SET', 'P3M|P1Q'),
    ('Dec. 1', 'DATE', '1989-12-01'),
    ('Nov. 10', 'DATE', '1989-11-10'),
    ('1958', 'DATE', '1958'),
    ('more than two decades', 'DURATION', 'P20Y|P2E'),
    ('early next year', 'DATE', '1990'),
    ('last year', 'DATE', '1988'),
]),

# 3. New York Times, presidential campaign (1992)
('1992-10-15', 'auto', """THE 1992 CAMPAIGN: Bush Camp Pins Its Hopes on Richmond Debate

By ROBIN TOLLIVER
Special to The New York Times

RICHMOND -- With 19 days left before the election, President Bush's advisers said they were counting on tonight's debate here, the second of three, to halt Gov. Bill Clinton's steady lead in the polls.

The format, in which uncommitted voters chosen by the Gallup Organization will question the candidates for 90 minutes, was proposed by the Clinton campaign last month and accepted by the Bush campaign only after days of wrangling.

A New York Times/CBS News Poll completed Tuesday showed Mr. Clinton with 46 percent support among likely voters, Mr. Bush with 33 percent and Ross Perot, who re-entered the race on Oct. 1, with 10 percent. In a similar poll taken in early September, Mr. Clinton led by 9 points.

Mr. Bush, who spent Wednesday preparing at Camp David, has struggled for weeks to shift attention from the economy, which shrank in the first quarter of last year and has grown only sluggishly since. The unemployment rate stood at 7.5 percent in September.

"The President needs to connect tonight," said a senior campaign official who spoke on condition of anonymity. "People want to hear what he'll do in the next four years, not about the last four years."

Mr. Clinton arrived here Wednesday night after a rally in Charlotte, N.C., and held a practice session this morning with aides playing the roles of his opponents. His campaign has scheduled stops in Michigan and Ohio on Friday and a bus tour through Pennsylvania over the weekend.

Mr. Perot, who spent much of the summer out of the race, plans to buy another 30 minutes of network time next week to explain his deficit-reduction plan. Aides said his half-hour broadcast on Oct. 6 drew the largest audience of any political program since 1984.

The third and final debate is to be held Monday in East Lansing, Mich. The candidates' running mates met on Tuesday night in Atlanta, in a sometimes raucous 90-minute session.

Four years ago, Mr. Bush trailed Michael S. Dukakis by double digits in the summer before coming back to win 40 states, and his aides insist a repeat is still possible. "It's not over until Nov. 3," said Mary Matalin, the campaign's political director. "We've been written off before."

But some Republicans in Congress, worried about their own races, have begun to keep their distance from the ticket. "People are tired now," said one House member from Ohio. "They want something different, and they've wanted it for a year."
""", [
    ('1992', 'DATE', '1992'),
    ('19 days', 'DURATION', 'P19D'),
    ('tonight', 'DATE|TIME', '1992-10-15TNI'),
    ('90 minutes', 'DURATION', 'PT90M|PT1H30M'),
    ('last month', 'DATE', '1992-09'),
    ('days', 'DURATION', 'PXD'),
    ('Tuesday', 'DATE', '1992-10-13'),
    ('Oct. 1', 'DATE', '1992-10-01'),
    ('early September', 'DATE', '1992-09'),
    ('Wednesday', 'DATE', '1992-10-14'),
    ('weeks', 'DURATION', 'PXW'),
    ('the first quarter of last year', 'DATE', '1991-Q1'),
    ('September', 'DATE', '1992-09'),
    ('tonight', 'DATE|TIME', '1992-10-15TNI'),
    ('the next four years', 'DURATION', 'P4Y'),
    ('the last four years', 'DURATION', 'P4Y'),
    ('Wednesday night', 'DATE|TIME', '1992-10-14TNI'),
    ('this morning', 'DATE|TIME', '1992-10-15TMO'),
    ('Friday', 'DATE', '1992-10-16'),
    ('the weekend', 'DATE', '1992-W42-WE'),
    ('the summer', 'DATE', '1992-SU'),
    ('30 minutes', 'DURATION', 'PT30M'),
    ('next week', 'DATE', '1992-W43'),
    ('half-hour', 'DURATION', 'PT30M'),
    ('Oct. 6', 'DATE', '1992-10-06'),
    ('1984', 'DATE', '1984'),
    ('Monday', 'DATE', '1992-10-19'),
    ('Tuesday night', 'DATE|TIME', '1992-10-13TNI'),
    ('90-minute', 'DURATION', 'PT90M|PT1H30M'),
    ('Four years ago', 'DATE', '1988'),
    ('the summer', 'DATE', '1988-SU'),
    ('Nov. 3', 'DATE', '1992-11-03'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a year', 'DURATION', 'P1Y'),
]),

# 4. Xinhua, foreign trade figures (1996)
('1996-04-12', 'auto', """China's Foreign Trade Grows 5.3 Percent in First Quarter

BEIJING, April 12 (Xinhua) -- China's imports and exports totalled 59.8 billion U.S. dollars in the first quarter of this year, up 5.3 percent over the same period of last year, according to figures released by the General Administration of Customs here today.

Exports reached 31.2 billion dollars, while imports came to 28.6 billion dollars, giving the country a trade surplus of 2.6 billion dollars for the three months, the administration said.

Customs officials attributed the slower growth mainly to the reduction of export tax rebates, which took effect at the beginning of this year, and to sluggish demand in some major markets. In 1995, China's foreign trade grew by 18.6 percent to reach a record 280.9 billion dollars.

In March alone, exports rose 8.1 percent from a year earlier, the first increase since last October, an official with the administration said.

Tariff cuts on more than 4,000 items, announced by President Jiang Zemin last November at a meeting of the Asia-Pacific Economic Cooperation forum in Osaka, Japan, took effect on April 1, lowering the country's average tariff rate to 23 percent from 35.9 percent.

Vice-Minister of Foreign Trade and Economic Cooperation Liu Xiangdong said on Wednesday that exports were expected to pick up in the second half of the year as enterprises adjusted to the new rebate policy. China aims to maintain steady growth of foreign trade during the Ninth Five-Year Plan period from 1996 to 2000, he said.

The customs figures showed that Japan, the United States and the European Union remained China's top three trading partners. Trade with the Republic of Korea jumped 26 percent in the quarter.

Foreign-funded enterprises accounted for 45 percent of the country's total trade volume, compared with 39 percent two years ago. Processing trade made up more than half of all exports.

The administration will release its monthly trade bulletin at the end of April, and a full report on the first half of the year is due in late July, officials said.

Economists here said the figures were in line with the government's efforts to cool the economy, which grew by 10.2 percent last year after expanding at double-digit rates for four consecutive years. The central bank has kept a tight rein on credit since mid-1993, when inflation began to climb.
""", [
    ('First Quarter', 'DATE', '1996-Q1'),
    ('April 12', 'DATE', '1996-04-12'),
    ('the first quarter of this year', 'DATE', '1996-Q1'),
    ('the same period of last year', 'DATE', '1995-Q1'),
    ('today', 'DATE', '1996-04-12'),
    ('the three months', 'DURATION', 'P3M'),
    ('the beginning of this year', 'DATE', '1996|1996-01'),
    ('1995', 'DATE', '1995'),
    ('March', 'DATE', '1996-03'),
    ('a year earlier', 'DATE', '1995-03'),
    ('last October', 'DATE', '1995-10'),
    ('last November', 'DATE', '1995-11'),
    ('April 1', 'DATE', '1996-04-01'),
    ('Wednesday', 'DATE', '1996-04-10'),
    ('the second half of the year', 'DATE', '1996-H2'),
    ('1996', 'DATE', '1996'),
    ('2000', 'DATE', '2000'),
    ('the quarter', 'DATE', '1996-Q1'),
    ('two years ago', 'DATE', '1994'),
    ('monthly', 'SET', 'P1M'),
    ('the end of April', 'DATE', '1996-04'),
    ('the first half of the year', 'DATE', '1996-H1'),
    ('late July', 'DATE', '1996-07'),
    ('last year', 'DATE', '1995'),
    ('four consecutive years', 'DURATION', 'P4Y'),
    ('mid-1993', 'DATE', '1993'),
]),

# 5. CNN transcript, Bosnia peace agreement at Dayton (1995)
('1995-11-21', 'auto', """CNN WORLDVIEW
Bosnia Peace Agreement Reached in Dayton
Aired November 21, 1995

BERNARD SHAW, ANCHOR: Good evening. After three weeks of talks behind the fences of an Air Force base in Ohio, the presidents of Bosnia, Serbia and Croatia today agreed to end the war that has torn apart the former Yugoslavia. The agreement was initialed this afternoon at Wright-Patterson Air Force Base near Dayton. Andrea Koppel is there. Andrea?

ANDREA KOPPEL, CNN CORRESPONDENT: Bernie, this one went right down to the wire. Only this morning, U.S. officials were telling us the talks had collapsed. Secretary of State Warren Christopher had set a deadline of 10 a.m. today, and that deadline came and went. Then, shortly before noon, the Bosnian delegation agreed to a compromise on the town of Brcko, and by 3 o'clock the three leaders were sitting at one table.

The agreement divides Bosnia into two parts, a Muslim-Croat federation with 51 percent of the territory and a Bosnian Serb republic with 49 percent. It will be formally signed in Paris next month. NATO is to send some 60,000 troops, including 20,000 Americans, to enforce it.

SHAW: President Clinton spoke in the Rose Garden within the last hour.

BILL CLINTON, PRESIDENT OF THE UNITED STATES: For nearly four years, the people of Bosnia have known nothing but war. Today, they have a chance to choose peace, and America will help them keep it.

SHAW: Mr. Clinton must now persuade a skeptical Congress. Bob Franken reports from Capitol Hill.

BOB FRANKEN, CNN CORRESPONDENT: Bernie, Republican leaders say the President will have to make his case for sending American troops before a single soldier leaves. Senate Majority Leader Bob Dole said this evening he wants hearings to begin as soon as Congress returns after Thanksgiving. A CNN/USA Today poll taken over the weekend found 58 percent of Americans opposed to the deployment.

Administration officials say the troops would stay in Bosnia for about a year. Defense Secretary William Perry is expected to testify next week. Some Republicans are recalling the 1983 bombing of the Marine barracks in Beirut, and the deaths of 18 American soldiers in Somalia two years ago.

SHAW: Andrea, what happens between now and the signing?

KOPPEL: Well, Bernie, the three presidents go home tomorrow to sell this to their own people, and that may be the hardest part. The Bosnian Serbs, who weren't at the table, have already rejected the map. And the U.N. arms embargo will be lifted in stages over six months.

SHAW: Andrea Koppel in Dayton, Bob Franken on Capitol Hill, thank you both. We'll be back in two minutes.
""", [
    ('November 21, 1995', 'DATE', '1995-11-21'),
    ('three weeks', 'DURATION', 'P3W'),
    ('today', 'DATE', '1995-11-21'),
    ('this afternoon', 'DATE|TIME', '1995-11-21TAF'),
    ('this morning', 'DATE|TIME', '1995-11-21TMO'),
    ('10 a.m. today', 'TIME', '1995-11-21T10:00'),
    ('shortly before noon', 'TIME', '1995-11-21T12:00'),
    ("3 o'clock", 'TIME', '1995-11-21T15:00'),
    ('next month', 'DATE', '1995-12'),
    ('the last hour', 'DURATION', 'PT1H'),
    ('nearly four years', 'DURATION', 'P4Y'),
    ('Today', 'DATE', '1995-11-21'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this evening', 'DATE|TIME', '1995-11-21TEV'),
    ('Thanksgiving', 'DATE', '1995-11-23'),
    ('the weekend', 'DATE', '1995-W46-WE'),
    ('about a year', 'DURATION', 'P1Y'),
    ('next week', 'DATE', '1995-W48'),
    ('1983', 'DATE', '1983'),
    ('two years ago', 'DATE', '1993'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('tomorrow', 'DATE', '1995-11-22'),
    ('six months', 'DURATION', 'P6M'),
    ('two minutes', 'DURATION', 'PT2M'),
]),

# 6. ABC transcript, Midwest floods (1993)
('1993-07-14', 'auto', """ABC WORLD NEWS TONIGHT
July 14, 1993

PETER JENNINGS: Good evening. We begin tonight on the Mississippi and its tributaries, where the water is still rising. In Des Moines, Iowa, 250,000 people have now been without drinking water for four days, since floodwaters swamped the city's water plant early Sunday. Downriver in St. Louis, the Mississippi is expected to crest this weekend at more than 46 feet, the highest level ever recorded there. Dan Kirkwood is in Des Moines.

DAN KIRKWOOD, ABC NEWS: Peter, the lines here began forming at 5 a.m., and by 9 a.m. the National Guard water trucks had run dry. City officials say it will be at least two weeks before water flows from the taps again, and weeks beyond that before it is safe to drink. Most businesses downtown have been closed since Monday.

WOMAN: We've been standing here since six o'clock. You just take what you can get and say thank you.

KIRKWOOD: President Clinton, who toured the flood zone on Sunday, returns Saturday to meet governors from nine states in Arnold, Missouri. He has asked Congress for $2.48 billion in emergency aid, and the House is expected to vote on it next week. Peter?

JENNINGS: The Midwest has had rain on 30 of the last 40 days. John Bonner of the National Weather Service says a stalled weather pattern has been parked over the region since early June.

JOHN BONNER, NATIONAL WEATHER SERVICE: This is the kind of flood you'd expect maybe every 500 years. We had a wet fall, a wet spring, and then this. And the forecast for the next five days is more rain. We're now issuing river forecasts twice a day.

JENNINGS: The comparisons tonight are with 1927, when a Mississippi flood left 700,000 people homeless. The Army Corps of Engineers says that so far this summer, more than 800 levees have failed or been overtopped. Farmers in nine states say they have lost this year's corn and soybean crops on as many as eight million acres, and many of them won't be able to plant again until next spring.

We'll have more from the flood zone tomorrow. When we come back, the Senate and the President's budget.
""", [
    ('July 14, 1993', 'DATE', '1993-07-14'),
    ('tonight', 'DATE|TIME', '1993-07-14TNI'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('four days', 'DURATION', 'P4D'),
    ('early Sunday', 'DATE', '1993-07-11'),
    ('this weekend', 'DATE', '1993-W28-WE'),
    ('5 a.m.', 'TIME', '1993-07-14T05:00'),
    ('9 a.m.', 'TIME', '1993-07-14T09:00'),
    ('at least two weeks', 'DURATION', 'P2W'),
    ('weeks', 'DURATION', 'PXW'),
    ('Monday', 'DATE', '1993-07-12'),
    ("six o'clock", 'TIME', '1993-07-14T06:00'),
    ('Sunday', 'DATE', '1993-07-11'),
    ('Saturday', 'DATE', '1993-07-17'),
    ('next week', 'DATE', '1993-W29'),
    ('the last 40 days', 'DURATION', 'P40D'),
    ('early June', 'DATE', '1993-06'),
    ('every 500 years', 'SET', 'P500Y'),
    ('fall', 'DATE', '1992-FA'),
    ('spring', 'DATE', '1993-SP'),
    ('the next five days', 'DURATION', 'P5D'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('twice a day', 'SET', 'P1D'),
    ('tonight', 'DATE|TIME', '1993-07-14TNI'),
    ('1927', 'DATE', '1927'),
    ('this summer', 'DATE', '1993-SU'),
    ('this year', 'DATE', '1993'),
    ('next spring', 'DATE', '1994-SP'),
    ('tomorrow', 'DATE', '1993-07-15'),
]),

# 7. AP, corruption trial verdict (1997)
('1997-06-03', 'auto', """Ex-Mayor Convicted of Taking Kickbacks From Contractors

NEWARK, N.J. (AP) -- A federal jury on Monday convicted former Hollister Township Mayor Richard T. Kessler of taking more than $400,000 in kickbacks from contractors during his eight years in office.

The jury of seven women and five men deliberated for about 11 hours over three days before returning its verdict on 14 of 16 counts shortly after 4 p.m. Kessler, 58, showed no emotion as the verdict was read.

U.S. District Judge Harold M. Ruane set sentencing for Sept. 12. Kessler could be sentenced to 20 years in prison on each count, although under federal guidelines he is likely to receive a far shorter term.

Prosecutors said Kessler steered paving and snow-removal contracts to three companies between 1988 and 1995 in exchange for cash, often handed over in envelopes at a diner on Route 9 on Friday mornings. The scheme unraveled in the spring of 1995, when one contractor, facing tax charges of his own, agreed to wear a recording device.

"For years, he treated the township treasury like his personal checking account," Assistant U.S. Attorney Linda Barrows told jurors last week in her closing argument.

Kessler's lawyer, Paul F. Daly, said he would appeal. "We're disappointed, but this isn't over," Daly said outside the courthouse Monday evening. During the five-week trial, he argued that the payments were campaign contributions that his client had simply failed to report properly.

Kessler, a Democrat, was first elected in 1987 and won re-election twice before resigning in October 1995, two weeks after he was indicted. He has been free on $100,000 bail since then.

His successor, Mayor Joan Riccardi, said Tuesday that the township would file a civil suit to recover the money. "The people of this town deserved better," she said.

The township, with about 35,000 residents, has raised property taxes three times since 1994 to cover budget gaps that auditors linked in part to inflated contracts. Two of the contractors pleaded guilty last year and are awaiting sentencing; the third is scheduled to go on trial in January.

State officials said the case had prompted them to require municipalities to put all contracts above $10,000 out for public bid and to file audits with the state every six months.
""", [
    ('Monday', 'DATE', '1997-06-02'),
    ('eight years', 'DURATION', 'P8Y'),
    ('about 11 hours', 'DURATION', 'PT11H'),
    ('three days', 'DURATION', 'P3D'),
    ('shortly after 4 p.m.', 'TIME', '1997-06-02T16:00'),
    ('Sept. 12', 'DATE', '1997-09-12'),
    ('20 years', 'DURATION', 'P20Y'),
    ('1988', 'DATE', '1988'),
    ('1995', 'DATE', '1995'),
    ('Friday mornings', 'SET', 'XXXX-WXX-5TMO'),
    ('the spring of 1995', 'DATE', '1995-SP'),
    ('years', 'DURATION', 'PXY'),
    ('last week', 'DATE', '1997-W22'),
    ('Monday evening', 'DATE|TIME', '1997-06-02TEV'),
    ('five-week', 'DURATION', 'P5W'),
    ('1987', 'DATE', '1987'),
    ('October 1995', 'DATE', '1995-10'),
    ('two weeks', 'DURATION', 'P2W'),
    ('Tuesday', 'DATE', '1997-06-03'),
    ('1994', 'DATE', '1994'),
    ('last year', 'DATE', '1996'),
    ('January', 'DATE', '1998-01'),
    ('every six months', 'SET', 'P6M'),
]),

# 8. Wall Street Journal, markets after the Long-Term Capital rescue (1998)
('1998-09-25', 'auto', """Stocks Slide as Hedge-Fund Rescue Stirs Fears About Banks

By MARGARET RILEY
Staff Reporter of THE WALL STREET JOURNAL

NEW YORK -- Stocks fell sharply yesterday as news that a group of Wall Street firms had agreed to a $3.5 billion bailout of Long-Term Capital Management renewed worries about banks' exposure to turmoil in global markets.

The Dow Jones Industrial Average dropped 152.42 points, or 1.9%, to 7873.77, erasing more than half of Wednesday's 257-point rally, which followed Federal Reserve Chairman Alan Greenspan's hint that the Fed was prepared to cut interest rates. Financial stocks led the decline: Merrill Lynch fell 8% and Chase Manhattan 6%.

The rescue, arranged late Wednesday at the Federal Reserve Bank of New York, gives 14 banks and brokerage firms a 90% stake in the Greenwich, Conn., fund, which lost about half its capital in August alone after Russia defaulted on some of its debt.

"In my 30 years in this business, I've never seen the Fed orchestrate something like this," said Harold Feinberg, chief investment strategist at Whitcomb & Co. "Investors are asking who else is out there with the same bets."

The fund, founded in 1994 by former Salomon Brothers bond trader John Meriwether, posted returns of more than 40% in both 1995 and 1996, according to its investors. In January, it managed about $4.8 billion in capital; by the end of last month, that figure had shrunk to about $600 million.

Fed policy makers are scheduled to meet Tuesday, and many traders expect a quarter-point cut in the federal-funds rate, now 5.5%. "The market has priced it in," said one bond trader. "If they don't deliver on Tuesday, look out."

Treasury bonds rallied as investors sought safety. The price of the Treasury's benchmark long bond rose 27/32, and its yield fell to 5.05%, the lowest since the government began regular sales of the bond in 1977.

Overseas, Tokyo's Nikkei average fell 2.6% in early trading today to its lowest level in 12 years. Japanese banks have been struggling with bad loans since the early 1990s, and lawmakers there have failed for months to agree on a plan to clean them up.

Since its July 17 peak of 9337.97, the Dow has lost 15.7%. Volume on the Big Board was 840 million shares, heavy by historical standards, and declining issues outnumbered advancers by more than 2 to 1.

Some strategists said the selling could continue into next week. "The next couple of weeks are going to be volatile," Mr. Feinberg said. "Until the Fed acts, nobody wants to be a hero."
""", [
    ('yesterday', 'DATE', '1998-09-24'),
    ('Wednesday', 'DATE', '1998-09-23'),
    ('late Wednesday', 'DATE', '1998-09-23'),
    ('August', 'DATE', '1998-08'),
    ('30 years', 'DURATION', 'P30Y'),
    ('1994', 'DATE', '1994'),
    ('1995', 'DATE', '1995'),
    ('1996', 'DATE', '1996'),
    ('January', 'DATE', '1998-01'),
    ('the end of last month', 'DATE', '1998-08'),
    ('Tuesday', 'DATE', '1998-09-29'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Tuesday', 'DATE', '1998-09-29'),
    ('1977', 'DATE', '1977'),
    ('today', 'DATE', '1998-09-25'),
    ('12 years', 'DURATION', 'P12Y'),
    ('the early 1990s', 'DATE', '199'),
    ('months', 'DURATION', 'PXM'),
    ('July 17', 'DATE', '1998-07-17'),
    ('next week', 'DATE', '1998-W40'),
    ('The next couple of weeks', 'DURATION', 'P2W'),
]),

# 9. Xinhua, first Shenzhou test flight (1999)
('1999-11-22', 'auto', """China's First Experimental Spacecraft Returns Safely

BEIJING, November 22 (Xinhua) -- Scientists and engineers are examining the re-entry module of Shenzhou, China's first experimental spacecraft, which landed in central Inner Mongolia early Sunday after orbiting the earth 14 times in 21 hours.

The spacecraft was launched from the Jiuquan Satellite Launch Center in northwest China at 6:30 a.m. Saturday on a new-type Long March carrier rocket, and touched down at 3:41 a.m. Sunday, according to the China Manned Space Engineering Office.

Experts said the successful flight marks a major breakthrough in China's manned space technology. President Jiang Zemin, who inscribed the name "Shenzhou" (Divine Vessel) for the craft, sent a message of congratulations to all those involved on Sunday.

China began its manned space program in 1992, and the project had been kept largely secret until recently. Since the 1970s, China has launched dozens of satellites, and in 1975 it became the third country, after the former Soviet Union and the United States, to recover a satellite from orbit.

Chen Hongbin, a senior engineer with the program, said the flight tested key technologies, including the spacecraft's life-support system, its separation from the rocket and its re-entry into the atmosphere. Data collected during the 21-hour flight will be analyzed over the coming months, he said.

More unmanned test flights will be conducted in the next few years before China sends an astronaut into space, Chen said, without giving a timetable. Some foreign experts have said a manned flight could come as early as 2001.

The launch came less than two months after the country celebrated the 50th anniversary of the founding of the People's Republic on October 1, and a month before Macao's return to the motherland on December 20.

The Long March rocket family has carried out 20 consecutive successful launches since October 1996, according to the China Aerospace Science and Technology Corporation. The corporation plans to launch about 10 satellites annually over the next five years, including several for foreign customers.

Officials said the re-entry module will be put on public display in Beijing early next year, and that a second test flight is being prepared.
""", [
    ('November 22', 'DATE', '1999-11-22'),
    ('early Sunday', 'DATE', '1999-11-21'),
    ('21 hours', 'DURATION', 'PT21H'),
    ('6:30 a.m. Saturday', 'TIME', '1999-11-20T06:30'),
    ('3:41 a.m. Sunday', 'TIME', '1999-11-21T03:41'),
    ('Sunday', 'DATE', '1999-11-21'),
    ('1992', 'DATE', '1992'),
    ('recently', 'DATE', 'PAST_REF'),
    ('the 1970s', 'DATE', '197'),
    ('1975', 'DATE', '1975'),
    ('21-hour', 'DURATION', 'PT21H'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('the next few years', 'DURATION', 'PXY'),
    ('2001', 'DATE', '2001'),
    ('less than two months', 'DURATION', 'P2M'),
    ('October 1', 'DATE', '1999-10-01'),
    ('a month', 'DURATION', 'P1M'),
    ('December 20', 'DATE', '1999-12-20'),
    ('October 1996', 'DATE', '1996-10'),
    ('annually', 'SET', 'P1Y'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('early next year', 'DATE', '2000'),
]),

# 10. New York Times, science: NEAR spacecraft approaching Eros (2000)
('2000-02-08', 'auto', """Second Chance for a Probe Bound for an Asteroid

By DAVID HALLORAN

After a detour of more than a year, a small NASA spacecraft is closing in on the asteroid Eros, and mission scientists say that if all goes well it will slip into orbit around the rock on Monday -- Valentine's Day.

The spacecraft, the Near Earth Asteroid Rendezvous, or NEAR, was supposed to have begun circling Eros in January 1999. But on Dec. 20, 1998, an engine burn meant to slow it down was aborted after less than a second, and the craft tumbled out of contact for 27 hours. By the time controllers regained contact, it had sailed past its target.

"That was the worst Christmas any of us can remember," Dr. Martha Ellison, a planetary scientist at the Johns Hopkins University Applied Physics Laboratory in Laurel, Md., which built and operates the spacecraft, said last week. "We spent the next three days trying to figure out whether we'd lost it."

On Jan. 3, 1999, the team fired the engine again, setting the spacecraft on a looping path that would bring it back to Eros 13 months later. Since then, NEAR has been trailing the asteroid through space at a distance of tens of thousands of miles.

Eros, a potato-shaped body about 21 miles long, was discovered in 1898 and is one of the largest of the near-Earth asteroids. Scientists hope a year in orbit will tell them whether it is a solid body or a loosely bound pile of rubble, a question that matters to anyone worried about an asteroid striking the Earth.

Over the next 12 months, NEAR will gradually lower its orbit from about 200 miles to as little as 15 miles above the surface, photographing the asteroid and measuring its composition with X-ray and gamma-ray instruments. New images will be posted on the laboratory's Web site daily.

The mission, which cost $224 million, was the first in NASA's Discovery program of smaller, cheaper missions, started in the early 1990s under Daniel S. Goldin, the agency's administrator. It was launched from Cape Canaveral, Fla., in February 1996, and flew past the asteroid Mathilde in June 1997.

NASA could use a success. It lost two Mars spacecraft late last year: the Mars Climate Orbiter in September and the Mars Polar Lander in December. "We could use some good news now," Dr. Ellison said.

If the orbit insertion goes as planned, the team intends to end the mission next February by attempting something never tried before: setting the spacecraft, which was not designed to land, down on the asteroid's surface.
""", [
    ('more than a year', 'DURATION', 'P1Y'),
    ('Monday', 'DATE', '2000-02-14'),
    ("Valentine's Day", 'DATE', '2000-02-14'),
    ('January 1999', 'DATE', '1999-01'),
    ('Dec. 20, 1998', 'DATE', '1998-12-20'),
    ('less than a second', 'DURATION', 'PT1S'),
    ('27 hours', 'DURATION', 'PT27H'),
    ('Christmas', 'DATE', '1998-12-25'),
    ('last week', 'DATE', '2000-W05'),
    ('the next three days', 'DURATION', 'P3D'),
    ('Jan. 3, 1999', 'DATE', '1999-01-03'),
    ('13 months later', 'DATE', '2000-02'),
    ('1898', 'DATE', '1898'),
    ('a year', 'DURATION', 'P1Y'),
    ('the next 12 months', 'DURATION', 'P12M|P1Y'),
    ('daily', 'SET', 'P1D'),
    ('the early 1990s', 'DATE', '199'),
    ('February 1996', 'DATE', '1996-02'),
    ('June 1997', 'DATE', '1997-06'),
    ('late last year', 'DATE', '1999'),
    ('September', 'DATE', '1999-09'),
    ('December', 'DATE', '1999-12'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('next February', 'DATE', '2001-02'),
]),

# 11. CNN transcript, Florida recount contest (2000)
('2000-11-27', 'auto', """CNN INSIDE POLITICS
Gore Contests Florida Results
Aired November 27, 2000

JUDY WOODRUFF, CNN ANCHOR: Twenty days after the election, the fight over Florida's 25 electoral votes moved today into a Tallahassee courtroom. Lawyers for Vice President Al Gore formally contested the certified results this morning, less than 24 hours after Florida Secretary of State Katherine Harris declared George W. Bush the winner by 537 votes.

Governor Bush, speaking in Austin last night, said the votes had been counted and recounted, and he urged the vice president to step aside. Gore plans to make his case to the public in a televised address from his residence at 8:45 tonight.

Our correspondent Karen Loeb is in Tallahassee. Karen?

KAREN LOEB, CNN CORRESPONDENT: Judy, the judge assigned to the case has scheduled a hearing for Saturday morning, and Gore's lawyers are not happy about that. They want about 14,000 disputed ballots from Miami-Dade and Palm Beach counties counted by hand, and they wanted that process to begin by the end of the week.

The clock is the issue here. Under federal law, electors chosen by Dec. 12 can't be challenged in Congress, and the Electoral College meets Dec. 18. So the calendar matters to the Gore team, and the Bush lawyers know it.

WOODRUFF: Meanwhile, the U.S. Supreme Court will hear arguments Friday in Governor Bush's challenge to the Florida Supreme Court ruling last Tuesday that extended the deadline for manual recounts. Each side gets 45 minutes. Ron Mercer, our political analyst, joins us. Ron, is the public losing patience?

RON MERCER, CNN POLITICAL ANALYST: It is, Judy. In our CNN/USA Today/Gallup poll taken over the weekend, 60 percent say Gore should concede now. A week ago, that number was 48 percent.

The last time a presidential election was this close was 1876, and that one wasn't settled until two days before the inauguration, in March 1877. The Gore people believe they have until mid-December. The Bush people believe time is on their side. For the next two weeks, at least, this is a legal fight, not a political one.

WOODRUFF: Ron, thank you. And the Bush camp said today it is moving ahead with plans for a new administration. It will open a transition office in the Washington area this week, paid for with private money, because the General Services Administration refuses to release $5.3 million in federal funds until a winner is clear. We'll be right back.
""", [
    ('November 27, 2000', 'DATE', '2000-11-27'),
    ('Twenty days', 'DURATION', 'P20D'),
    ('today', 'DATE', '2000-11-27'),
    ('this morning', 'DATE|TIME', '2000-11-27TMO'),
    ('less than 24 hours', 'DURATION', 'PT24H'),
    ('last night', 'DATE|TIME', '2000-11-26TNI'),
    ('8:45 tonight', 'TIME', '2000-11-27T20:45'),
    ('Saturday morning', 'DATE|TIME', '2000-12-02TMO'),
    ('the end of the week', 'DATE', '2000-W48'),
    ('Dec. 12', 'DATE', '2000-12-12'),
    ('Dec. 18', 'DATE', '2000-12-18'),
    ('Friday', 'DATE', '2000-12-01'),
    ('last Tuesday', 'DATE', '2000-11-21'),
    ('45 minutes', 'DURATION', 'PT45M'),
    ('the weekend', 'DATE', '2000-W47-WE'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('A week ago', 'DATE', '2000-W47|2000-11-20'),
    ('1876', 'DATE', '1876'),
    ('two days', 'DURATION', 'P2D'),
    ('March 1877', 'DATE', '1877-03'),
    ('mid-December', 'DATE', '2000-12'),
    ('the next two weeks', 'DURATION', 'P2W'),
    ('today', 'DATE', '2000-11-27'),
    ('this week', 'DATE', '2000-W48'),
]),

# 12. ABC transcript, Hubble mirror flaw (1990)
('1990-06-27', 'auto', """ABC NEWS NIGHTLINE
Show #2366
June 27, 1990

TED KOPPEL: It was supposed to be the eye that would let astronomers see almost to the edge of the universe. Tonight, the $1.5 billion Hubble Space Telescope is being described as nearsighted. NASA officials acknowledged this afternoon that one of the telescope's two mirrors was ground to the wrong shape, and that its pictures will be blurred for at least three years, until astronauts can fly up and install corrective optics.

The telescope was carried into orbit by the shuttle Discovery two months ago, on April 24, after more than seven years of delays, some of them caused by the Challenger accident in January 1986. Engineers had been trying for weeks to bring it into focus. Our science correspondent Gwen Harlan has the story.

GWEN HARLAN, ABC NEWS: Ted, the problem became clear over the weekend, when engineers at the Space Telescope Science Institute in Baltimore tried to bring a single star into sharp focus and couldn't. By Monday, they had concluded that the main mirror, which is eight feet across, had been ground too flat at its edges, by about one-fiftieth the thickness of a human hair.

The mirror was polished in 1981 by the Perkin-Elmer Corporation in Danbury, Connecticut. Tests at the time apparently missed the error. Dr. Robert Hale of NASA spoke to reporters at the Goddard Space Flight Center this afternoon.

DR. ROBERT HALE, NASA: We are very disappointed. We are setting up a board of investigation, and we expect its report within 60 days. But I want to be clear: this telescope will still do important science, starting this summer.

HARLAN: Some instruments, like the one that studies ultraviolet light, will be hurt less than others. NASA had already planned to service the telescope every three years, using the shuttle. The first of those missions, now set for 1993, will carry the corrective optics. Hubble was designed to last 15 years.

KOPPEL: And Congress?

HARLAN: Members of the House science committee said tonight they would call NASA officials to testify next month, and some questioned whether the agency should get the 20 percent budget increase it is seeking for fiscal 1991. "We were promised a window on the universe," one congressman said, "and we got a frosted one."

KOPPEL: When we come back, what went wrong, and who knew it. We'll be right back.
""", [
    ('June 27, 1990', 'DATE', '1990-06-27'),
    ('Tonight', 'DATE|TIME', '1990-06-27TNI'),
    ('this afternoon', 'DATE|TIME', '1990-06-27TAF'),
    ('at least three years', 'DURATION', 'P3Y'),
    ('two months ago', 'DATE', '1990-04'),
    ('April 24', 'DATE', '1990-04-24'),
    ('more than seven years', 'DURATION', 'P7Y'),
    ('January 1986', 'DATE', '1986-01'),
    ('weeks', 'DURATION', 'PXW'),
    ('the weekend', 'DATE', '1990-W25-WE'),
    ('Monday', 'DATE', '1990-06-25'),
    ('1981', 'DATE', '1981'),
    ('this afternoon', 'DATE|TIME', '1990-06-27TAF'),
    ('60 days', 'DURATION', 'P60D'),
    ('this summer', 'DATE', '1990-SU'),
    ('every three years', 'SET', 'P3Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1993', 'DATE', '1993'),
    ('15 years', 'DURATION', 'P15Y'),
    ('tonight', 'DATE|TIME', '1990-06-27TNI'),
    ('next month', 'DATE', '1990-07'),
    ('fiscal 1991', 'DATE', 'FY1991|1991'),
]),
]
