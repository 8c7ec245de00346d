# Gold TIMEX3 probe set 99: political news (elections, polls, votes, cabinets, referendums, deadlines) in six house styles, 1996-2025, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, state ballot measure on campaign donations (1996)
('1996-11-06', 'auto', """Colorado Voters Approve Strict Caps on Campaign Donations

DENVER (AP) — Colorado voters approved some of the nation's toughest limits on campaign contributions Tuesday, handing a coalition of civic groups a victory after a petition drive and campaign that stretched over nearly two years.

With 97 percent of precincts reporting early Wednesday, Amendment 15 was passing 66 percent to 34 percent. Backers declared victory at 10:45 p.m. Tuesday in the ballroom of a downtown hotel, where several hundred supporters had waited since the polls closed at 7 p.m.

"This has been building for a decade," said Ellen Marsh, who chairs Colorado Citizens for Clean Elections. "People are tired of watching money decide who sits in the Capitol."

The measure caps individual donations to legislative candidates at $100 per election and to candidates for governor and other statewide offices at $500. It takes effect Jan. 1, and the first campaigns affected will be the 1998 races for governor and the Legislature.

Opponents, led by a coalition of business groups and several of the state's largest labor unions, spent about $1.2 million over the past three months, most of it on television advertising that warned the limits would hand more power to wealthy candidates who can finance their own races.

"We respect the result, but this will not survive in court," said Tom Whitfield, a Denver attorney for the coalition. He said Wednesday that his clients would file a lawsuit in federal court within 30 days.

Secretary of State Vikki Buckley said her office would begin certifying results next week. County clerks have until Friday to count absentee ballots that arrived on Election Day, and the official canvass must be finished by Nov. 22.

Colorado voters have a long history of using the ballot to rein in politicians. They approved term limits for state lawmakers in 1990 and a strict tax-limitation amendment two years later.

Turnout on Tuesday was estimated at 64 percent of registered voters, down from 71 percent in 1992, when Ross Perot's independent candidacy drew unusually large numbers of new voters to the polls.

Legislative leaders of both parties said they would spend the 1997 session writing rules to enforce the new caps. The Legislature convenes in January, and House Speaker Chuck Berry said enforcement bills would be among the first introduced.

"We heard the voters," Berry said. "We'll have something on the governor's desk by spring."
""", [
    ('Tuesday', 'DATE', '1996-11-05'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('early Wednesday', 'DATE', '1996-11-06'),
    ('10:45 p.m. Tuesday', 'TIME', '1996-11-05T22:45'),
    ('7 p.m.', 'TIME', '1996-11-05T19:00'),
    ('a decade', 'DURATION', 'P10Y'),
    ('Jan. 1', 'DATE', '1997-01-01'),
    ('1998', 'DATE', '1998'),
    ('the past three months', 'DURATION', 'P3M'),
    ('Wednesday', 'DATE', '1996-11-06'),
    ('30 days', 'DURATION', 'P30D'),
    ('next week', 'DATE', '1996-W46'),
    ('Friday', 'DATE', '1996-11-08'),
    ('Election Day', 'DATE', '1996-11-05'),
    ('Nov. 22', 'DATE', '1996-11-22'),
    ('1990', 'DATE', '1990'),
    ('two years later', 'DATE', '1992'),
    ('Tuesday', 'DATE', '1996-11-05'),
    ('1992', 'DATE', '1992'),
    ('1997', 'DATE', '1997'),
    ('January', 'DATE', '1997-01'),
    ('spring', 'DATE', '1997-SP'),
]),
# 2. Reuters, cabinet reshuffle in Bulgaria (1999)
('1999-07-29', 'auto', """Bulgaria's Kostov replaces four ministers in reshuffle

SOFIA, July 29 (Reuters) - Bulgarian Prime Minister Ivan Kostov replaced four cabinet ministers on Thursday, the biggest shake-up of his centre-right government since it took office in May 1997.

Parliament approved the changes by 134 votes to 88 after a debate that lasted nearly five hours. The new ministers were sworn in at 6 p.m. (1500 GMT).

Kostov told deputies the reshuffle was needed to speed up reforms demanded by the International Monetary Fund before a review mission arrives in September.

"The government has done a great deal in the past two years, but people do not yet feel it in their pockets," Kostov said.

The agriculture, transport, health and regional development portfolios all changed hands. The outgoing transport minister, Vesselin Danev, had faced calls to resign since a rail strike paralysed the country for three days earlier this month.

Finance Minister Muravei Radev, who had been rumoured to be on his way out, kept his post. Diplomats said Kostov had weighed moving him for several weeks but decided against it on Wednesday night.

The opposition Socialists, who walked out of the chamber in protest, called the changes cosmetic and renewed their demand for an early election. The next parliamentary vote is not due until 2001.

"This is a government that changes faces every six months and changes nothing else," Socialist leader Georgi Parvanov told reporters outside parliament.

Analysts said the timing reflected nervousness ahead of local elections in October, the first major test for Kostov's Union of Democratic Forces (UDF) since it swept to power two years ago on a wave of anger over hyperinflation and empty shelves.

An opinion poll published last week by the MBMD agency put support for the UDF at 24 percent, down from 31 percent in January. The Socialists stood at 19 percent.

Kostov has pledged to complete the sale of large state-owned firms, including the national telecoms company, by the end of the year, a target many bankers in Sofia regard as ambitious.

The IMF team is expected in Sofia on September 14 for two weeks of talks on the next tranche of an $864 million loan approved in 1998.

The new cabinet will hold its first meeting on Monday, government spokesman Mihail Mihailov said.

(Reporting by Elena Dimitrova; Editing by Mark Heinrich)
""", [
    ('July 29', 'DATE', '1999-07-29'),
    ('Thursday', 'DATE', '1999-07-29'),
    ('May 1997', 'DATE', '1997-05'),
    ('nearly five hours', 'DURATION', 'PT5H'),
    ('6 p.m.', 'TIME', '1999-07-29T18:00'),
    ('1500 GMT', 'TIME', '1999-07-29T15:00'),
    ('September', 'DATE', '1999-09'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('three days', 'DURATION', 'P3D'),
    ('earlier this month', 'DATE', '1999-07'),
    ('several weeks', 'DURATION', 'PXW'),
    ('Wednesday night', 'DATE|TIME', '1999-07-28TNI'),
    ('2001', 'DATE', '2001'),
    ('every six months', 'SET', 'P6M'),
    ('October', 'DATE', '1999-10'),
    ('two years ago', 'DATE', '1997'),
    ('last week', 'DATE', '1999-W29'),
    ('January', 'DATE', '1999-01'),
    ('the end of the year', 'DATE', '1999'),
    ('September 14', 'DATE', '1999-09-14'),
    ('two weeks', 'DURATION', 'P2W'),
    ('1998', 'DATE', '1998'),
    ('Monday', 'DATE', '1999-08-02'),
]),
# 3. New York Times, narrative of a rent bill dying in the State Senate (2002)
('2002-06-14', 'auto', """How a Rent Bill Slipped Away in the Final Days in Albany

By JAMES R. CALDWELL

ALBANY, June 13 — For most of the spring, the measure to extend rent protections to 40,000 more apartments in the suburbs seemed certain to pass. It had 38 sponsors in the Senate, the quiet support of the governor's office and a deadline that everyone in the Capitol could recite: midnight on June 30, when the current rent law expires.

But the bill never reached the floor, and the way it died, according to interviews with more than a dozen legislators and aides, is a small study in how Albany works.

It began on the morning of June 4, when the Senate majority leader's chief of staff met for two hours with a group of real estate executives in his office on the third floor. Two days later, the bill's chief sponsor, Senator Margaret Ellery of Westchester, was told that it would be held in the Housing Committee for "further review."

That weekend, tenant groups bused 300 people to the Capitol for a rally on the steps. On Monday, the committee chairman, Senator Frank DiLeo, told reporters he had "serious questions about the suburbs." The committee met the next day for 40 minutes and adjourned without a vote.

By Wednesday afternoon, Ms. Ellery had conceded in private that the bill was finished. Yesterday, the Senate went home for the weekend without taking it up, and leaders said the session would most likely end next week.

"I have been in this building for 14 years, and I have never seen a bill with this much support disappear this quietly," Ms. Ellery said.

The rent law itself is not in danger. Both houses agreed earlier this week to extend it for four years, averting a repeat of 1997, when the law lapsed briefly after a bitter fight between the Senate and New York City officials.

Mr. DiLeo denied that the real estate industry had anything to do with the outcome. "We will look at this again in January, with better numbers," he said.

Tenant advocates were not consoled. Every Tuesday for the past two months, a small group of tenants from Yonkers and New Rochelle has stood outside the Senate chamber holding hand-lettered signs. On Tuesday, they were there again.

"They think we get tired," said Rosa Whitaker, 71, who has lived in the same apartment in Yonkers for three decades. "We'll be knocking on their doors in the fall, when every one of them is up for re-election."
""", [
    ('June 13', 'DATE', '2002-06-13'),
    ('the spring', 'DATE', '2002-SP'),
    ('midnight on June 30', 'TIME', '2002-06-30T24:00|2002-06-30T00:00|2002-07-01T00:00'),
    ('the morning of June 4', 'DATE|TIME', '2002-06-04TMO'),
    ('two hours', 'DURATION', 'PT2H'),
    ('Two days later', 'DATE', '2002-06-06'),
    ('That weekend', 'DATE', '2002-W23-WE'),
    ('Monday', 'DATE', '2002-06-10'),
    ('the next day', 'DATE', '2002-06-11'),
    ('40 minutes', 'DURATION', 'PT40M'),
    ('Wednesday afternoon', 'DATE|TIME', '2002-06-12TAF'),
    ('Yesterday', 'DATE', '2002-06-13'),
    ('the weekend', 'DATE', '2002-W24-WE'),
    ('next week', 'DATE', '2002-W25'),
    ('14 years', 'DURATION', 'P14Y'),
    ('earlier this week', 'DATE', '2002-W24'),
    ('four years', 'DURATION', 'P4Y'),
    ('1997', 'DATE', '1997'),
    ('January', 'DATE', '2003-01'),
    ('Every Tuesday', 'SET', 'XXXX-WXX-2'),
    ('the past two months', 'DURATION', 'P2M'),
    ('Tuesday', 'DATE', '2002-06-11'),
    ('three decades', 'DURATION', 'P30Y'),
    ('the fall', 'DATE', '2002-FA'),
]),
# 4. Times of India, Lok Sabha counting day (2004)
('2004-05-13', 'auto', """Verdict 2004: Congress-led alliance surges ahead, Vajpayee to meet President tonight

TIMES NEWS NETWORK

NEW DELHI: In a result that few exit polls had foreseen, the Congress and its allies surged ahead of the ruling NDA as counting of votes for the 14th Lok Sabha got under way on Thursday.

Counting began at 8 am at more than 1,000 centres across the country. By noon, trends showed the Congress-led alliance leading in over 210 seats, while the BJP and its partners were ahead in about 185.

Prime Minister Atal Bihari Vajpayee, who had advanced the elections by nearly six months in the hope of cashing in on the 'India Shining' campaign, is expected to drive to Rashtrapati Bhavan tonight to submit his resignation to President A P J Abdul Kalam, sources said.

Senior BJP leader Pramod Mahajan, who had steered the party's campaign since January, told reporters at 2.30 pm that the party "accepts the people's mandate with humility".

The exit polls released on Monday evening, after the last of the four phases of polling, had given the NDA a narrow edge. Polling was spread over three weeks, from April 20 to May 10, with a turnout of around 58 per cent.

In Andhra Pradesh, where assembly elections were held simultaneously, chief minister N Chandrababu Naidu's TDP was routed by the Congress. Naidu, who had been in power since September 1995 and had been hailed as the country's most tech-savvy CM, was expected to resign on Thursday evening.

In Tamil Nadu, the DMK-led alliance was set to sweep all 39 seats, a stunning reversal for chief minister J Jayalalithaa's AIADMK, which had swept the state assembly polls three years ago.

"This is a vote against the arrogance of the past five years," Congress spokesperson S Jaipal Reddy said at the party headquarters on Akbar Road, where workers burst crackers and danced to drumbeats through the afternoon.

Congress president Sonia Gandhi will meet the party's newly elected MPs on Saturday to choose the leader of the Congress parliamentary party. The Congress, which has been out of power at the Centre since 1996, had slumped to 114 seats in 1999, its worst ever tally.

The Left parties, which were leading in over 60 seats, said they would decide on Sunday whether to join a Congress-led government or support it from outside.

Counting in some constituencies is likely to go on till late tonight, and the Election Commission said final results for all 543 seats would be available by Friday morning. The President is expected to invite the leader of the largest combination to form the government within the next few days.
""", [
    ('2004', 'DATE', '2004'),
    ('tonight', 'DATE|TIME', '2004-05-13TNI'),
    ('Thursday', 'DATE', '2004-05-13'),
    ('8 am', 'TIME', '2004-05-13T08:00'),
    ('noon', 'TIME', '2004-05-13T12:00'),
    ('nearly six months', 'DURATION', 'P6M'),
    ('tonight', 'DATE|TIME', '2004-05-13TNI'),
    ('January', 'DATE', '2004-01'),
    ('2.30 pm', 'TIME', '2004-05-13T14:30'),
    ('Monday evening', 'DATE|TIME', '2004-05-10TEV'),
    ('three weeks', 'DURATION', 'P3W'),
    ('April 20', 'DATE', '2004-04-20'),
    ('May 10', 'DATE', '2004-05-10'),
    ('September 1995', 'DATE', '1995-09'),
    ('Thursday evening', 'DATE|TIME', '2004-05-13TEV'),
    ('three years ago', 'DATE', '2001'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('the afternoon', 'DATE|TIME', '2004-05-13TAF'),
    ('Saturday', 'DATE', '2004-05-15'),
    ('1996', 'DATE', '1996'),
    ('1999', 'DATE', '1999'),
    ('Sunday', 'DATE', '2004-05-16'),
    ('late tonight', 'DATE|TIME', '2004-05-13TNI'),
    ('Friday morning', 'DATE|TIME', '2004-05-14TMO'),
    ('the next few days', 'DURATION', 'PXD'),
]),
# 5. AFP, French referendum on the EU constitution (2005)
('2005-05-30', 'auto', """French voters reject EU constitution, leaving Chirac weakened

PARIS (AFP) - France woke up Monday to a political hangover after voters decisively rejected the European Union's proposed constitution, plunging the bloc into crisis and leaving President Jacques Chirac facing calls for a sweeping change of government.

Final results released by the interior ministry early Monday showed the "no" camp winning 54.68 percent of the vote in Sunday's referendum, against 45.32 percent for the "yes". Turnout was 69.34 percent, more than 25 points higher than in the European Parliament elections a year ago.

Polling stations in Paris and other big cities closed at 10:00 pm (2000 GMT), and the first estimates broadcast on television immediately afterwards showed a clear victory for the "no".

In a brief televised address on Sunday night, Chirac acknowledged "the sovereign decision" of the French people and said he would announce his decisions on the government "in the coming days".

Prime Minister Jean-Pierre Raffarin, whose popularity has been sliding for months, was widely expected to step down on Tuesday. Interior Minister Dominique de Villepin and Nicolas Sarkozy, the head of the ruling UMP party, were seen as the front runners to replace him.

"Chirac has been president for ten years, and on Sunday he was disowned by his own people," said Laurent Fabius, the former Socialist prime minister who broke with his party's leadership to campaign for a "no".

The result made France the first of the EU's six founding members to reject the treaty, which was signed by EU leaders in Rome last October and must be ratified by all 25 member states before it can take effect. The target date for it to come into force is November 1, 2006.

Nine countries have already ratified the text, including Germany, whose upper house approved it on Friday.

Dutch voters, who hold their own consultative referendum on Wednesday, looked set to follow suit, with polls published over the weekend showing the "no" camp well ahead.

European Commission President Jose Manuel Barroso urged other countries to press on with ratification, and EU leaders will discuss the crisis at a summit in Brussels in mid-June.

The last time French voters were consulted on Europe, in 1992, they approved the Maastricht treaty by a wafer-thin margin of 51 percent.

"People are not against Europe, they are against this Europe, the one that sends our factories east," said Michel Garnier, an electrician voting in the northern town of Lens. The next presidential election is due in 2007.
""", [
    ('Monday', 'DATE', '2005-05-30'),
    ('early Monday', 'DATE', '2005-05-30'),
    ('Sunday', 'DATE', '2005-05-29'),
    ('a year ago', 'DATE', '2004'),
    ('10:00 pm', 'TIME', '2005-05-29T22:00'),
    ('2000 GMT', 'TIME', '2005-05-29T20:00'),
    ('Sunday night', 'DATE|TIME', '2005-05-29TNI'),
    ('the coming days', 'DATE|DURATION', 'FUTURE_REF|PXD'),
    ('months', 'DURATION', 'PXM'),
    ('Tuesday', 'DATE', '2005-05-31'),
    ('ten years', 'DURATION', 'P10Y'),
    ('Sunday', 'DATE', '2005-05-29'),
    ('last October', 'DATE', '2004-10'),
    ('November 1, 2006', 'DATE', '2006-11-01'),
    ('Friday', 'DATE', '2005-05-27'),
    ('Wednesday', 'DATE', '2005-06-01'),
    ('the weekend', 'DATE', '2005-W21-WE'),
    ('mid-June', 'DATE', '2005-06'),
    ('1992', 'DATE', '1992'),
    ('2007', 'DATE', '2007'),
]),
# 6. AP, state poll in the presidential race (2008)
('2008-09-18', 'auto', """Poll: Economic worries give Obama edge in Ohio

COLUMBUS, Ohio (AP) — Barack Obama has pulled slightly ahead of John McCain in Ohio as voters' anxiety about the economy deepened during a week of turmoil on Wall Street, a poll released Thursday shows.

The Ohio Poll, conducted by the University of Cincinnati's Institute for Policy Research, found Obama leading 48 percent to 45 percent among likely voters. The survey was taken Friday through Tuesday, so most of the interviews were conducted after the collapse of Lehman Brothers on Monday sent stocks tumbling.

In the same poll last month, McCain led by 4 percentage points.

Nearly six in 10 Ohio voters named the economy as the most important issue in the race, and two-thirds said they believe the country is already in a recession. Voters who ranked the economy first favored Obama by 15 points.

"The economy is on everybody's mind right now," said Eric Rademacher, the poll's co-director. "What happened on Wall Street this week reinforced what people in Ohio have been feeling in their own paychecks."

McCain said Monday that "the fundamentals of our economy are strong," a remark Obama has seized on in ads running in Ohio and other battleground states. By Tuesday, McCain was calling for a commission to investigate the crisis.

No Republican has won the White House without carrying Ohio. President Bush won the state by about 118,000 votes four years ago, a margin that sealed his re-election.

Ohio has lost more than 200,000 manufacturing jobs since 2001, and the state's unemployment rate rose to 7.4 percent in August, the highest in 16 years.

Obama is scheduled to campaign in Dayton and Toledo this weekend, while McCain is expected back in the state early next week.

Democrats have been registering new voters in Cleveland and Columbus every weekend since June. Early voting in Ohio begins Sept. 30, five weeks before the Nov. 4 election, and for one week residents will be able to register and cast a ballot in a single stop at county election boards.

Republicans have complained that the overlap invites fraud, and the Ohio Republican Party filed suit last week to block it.

The poll of 869 likely voters was taken by telephone and has a margin of error of plus or minus 3.3 percentage points. The next Ohio Poll will be released in mid-October.
""", [
    ('a week', 'DURATION', 'P1W'),
    ('Thursday', 'DATE', '2008-09-18'),
    ('Friday', 'DATE', '2008-09-12'),
    ('Tuesday', 'DATE', '2008-09-16'),
    ('Monday', 'DATE', '2008-09-15'),
    ('last month', 'DATE', '2008-08'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('this week', 'DATE', '2008-W38'),
    ('Monday', 'DATE', '2008-09-15'),
    ('Tuesday', 'DATE', '2008-09-16'),
    ('four years ago', 'DATE', '2004'),
    ('2001', 'DATE', '2001'),
    ('August', 'DATE', '2008-08'),
    ('16 years', 'DURATION', 'P16Y'),
    ('this weekend', 'DATE', '2008-W38-WE'),
    ('early next week', 'DATE', '2008-W39'),
    ('every weekend', 'SET', 'XXXX-WXX-WE'),
    ('June', 'DATE', '2008-06'),
    ('Sept. 30', 'DATE', '2008-09-30'),
    ('five weeks', 'DURATION', 'P5W'),
    ('Nov. 4', 'DATE', '2008-11-04'),
    ('one week', 'DURATION', 'P1W'),
    ('last week', 'DATE', '2008-W37'),
    ('mid-October', 'DATE', '2008-10'),
]),
# 7. Reuters, Irish presidential election and referendums (2011)
('2011-10-26', 'auto', """Irish presidential race tightens before Thursday vote

DUBLIN, Oct 26 (Reuters) - Irish voters choose a new president on Thursday in a race that has narrowed sharply in the last few days, after front-runner Sean Gallagher stumbled in a televised debate over a fundraising controversy.

Gallagher, a businessman and former star of the television show "Dragons' Den", had led every opinion poll for two weeks and was the clear favourite with bookmakers at the weekend.

But during Monday's debate on RTE's Frontline programme, he was confronted over claims that he had collected a 5,000-euro cheque from a businessman for the Fianna Fail party at a fundraising dinner in 2008.

A Red C poll for bookmaker Paddy Power published on Wednesday showed Labour's Michael D. Higgins, a 70-year-old poet and former arts minister, closing to within four points of Gallagher.

"The momentum is all with Higgins now," said Theresa Malone, a politics lecturer at University College Cork. "Gallagher's support was soft, and a lot of it has drained away since that debate."

Seven candidates are running, the largest field in the history of the office, including Sinn Fein's Martin McGuinness, a former IRA commander who has been deputy first minister of Northern Ireland since 2007.

Polling stations open at 7 a.m. (0600 GMT) and close at 10 p.m., and counting begins on Friday morning. Under Ireland's single transferable vote system, a result is expected late Friday or on Saturday.

Voters will also decide on two constitutional amendments, one allowing cuts to judges' pay and another giving parliamentary committees stronger powers of inquiry. The judges' pay referendum was a pledge of the Fine Gael-Labour coalition that took office in March after a February election dominated by the country's EU-IMF bailout.

The president, whose role is largely ceremonial, serves a seven-year term and can be re-elected once. Mary McAleese, who has held the post since 1997, steps down on Nov. 10.

Turnout is expected to be below 50 percent, similar to the last contested presidential election 14 years ago.

The vote comes as the government prepares an austere budget for Dec. 6, its first since taking office, and ministers have warned of further cuts to welfare and public sector pay.

(Reporting by Ciaran Doyle; Editing by Jon Hemming)
""", [
    ('Thursday', 'DATE', '2011-10-27'),
    ('Oct 26', 'DATE', '2011-10-26'),
    ('Thursday', 'DATE', '2011-10-27'),
    ('the last few days', 'DURATION|DATE', 'PXD|PAST_REF'),
    ('two weeks', 'DURATION', 'P2W'),
    ('the weekend', 'DATE', '2011-W42-WE'),
    ('Monday', 'DATE', '2011-10-24'),
    ('2008', 'DATE', '2008'),
    ('Wednesday', 'DATE', '2011-10-26'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2007', 'DATE', '2007'),
    ('7 a.m.', 'TIME', '2011-10-27T07:00'),
    ('0600 GMT', 'TIME', '2011-10-27T06:00'),
    ('10 p.m.', 'TIME', '2011-10-27T22:00'),
    ('Friday morning', 'DATE|TIME', '2011-10-28TMO'),
    ('late Friday', 'DATE', '2011-10-28'),
    ('Saturday', 'DATE', '2011-10-29'),
    ('March', 'DATE', '2011-03'),
    ('February', 'DATE', '2011-02'),
    ('seven-year', 'DURATION', 'P7Y'),
    ('1997', 'DATE', '1997'),
    ('Nov. 10', 'DATE', '2011-11-10'),
    ('14 years ago', 'DATE', '1997'),
    ('Dec. 6', 'DATE', '2011-12-06'),
]),
# 8. New York Times, narrative of the budget deal through Congress (2013)
('2013-12-20', 'auto', """Budget Deal's Path Ran Through Breakfasts, Phone Calls and a Legal Pad

By ELEANOR VOSS

WASHINGTON — The budget agreement that cleared Congress this week was sealed, in the end, over takeout food and a yellow legal pad in a small room off the Senate floor. But its origins go back to early October, in the middle of a government shutdown that lasted 16 days.

On Oct. 17, hours after the shutdown ended, Senator Patty Murray of Washington, the Democratic chairwoman of the Senate Budget Committee, called Representative Paul D. Ryan of Wisconsin, her Republican counterpart in the House. The two had been named to lead a conference committee that was given until Dec. 13 to produce a deal.

Over the next six weeks they met more than a dozen times, most often over breakfast in Ms. Murray's office, while their aides spoke daily.

"We agreed early on that we weren't going to try to solve everything," Ms. Murray said in an interview on Thursday. "We were going to try to solve something."

The outline was settled on the evening of Dec. 9, and the two announced it the next day at a news conference at 5:45 p.m. Two days later, the House approved it, 332 to 94. The Senate followed on Wednesday, 64 to 36, after a procedural vote the day before in which a dozen Republicans joined Democrats to cut off debate.

The measure sets spending levels for the next two years and eases about $63 billion of the automatic cuts known as sequestration, paying for the relief with higher fees on airline tickets and changes to federal workers' pensions. It is the first budget agreement produced by a divided Congress since 1986.

President Obama is expected to sign it next week while on vacation in Hawaii.

Conservative groups attacked the deal within hours of its announcement, and 62 House Republicans voted against it. Mr. Ryan, who was Mitt Romney's running mate last year, was unapologetic. "I've barely slept since Thanksgiving," he said Wednesday, "and I'd do it again."

The agreement does not address the federal debt limit, which Treasury Secretary Jacob J. Lew has said will need to be raised by late February or early March. Nor does it extend emergency unemployment benefits for 1.3 million people, which expire on Dec. 28.

Democrats said they would try again on the benefits when Congress returns in January, though Republican leaders have shown little interest.
""", [
    ('this week', 'DATE', '2013-W51'),
    ('early October', 'DATE', '2013-10'),
    ('16 days', 'DURATION', 'P16D'),
    ('Oct. 17', 'DATE', '2013-10-17'),
    ('hours', 'DURATION', 'PXH'),
    ('Dec. 13', 'DATE', '2013-12-13'),
    ('the next six weeks', 'DURATION', 'P6W'),
    ('daily', 'SET', 'P1D'),
    ('Thursday', 'DATE', '2013-12-19'),
    ('the evening of Dec. 9', 'DATE|TIME', '2013-12-09TEV'),
    ('the next day', 'DATE', '2013-12-10'),
    ('5:45 p.m.', 'TIME', '2013-12-10T17:45'),
    ('Two days later', 'DATE', '2013-12-12'),
    ('Wednesday', 'DATE', '2013-12-18'),
    ('the day before', 'DATE', '2013-12-17'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('1986', 'DATE', '1986'),
    ('next week', 'DATE', '2013-W52'),
    ('hours', 'DURATION', 'PXH'),
    ('last year', 'DATE', '2012'),
    ('Thanksgiving', 'DATE', '2013-11-28'),
    ('Wednesday', 'DATE', '2013-12-18'),
    ('late February', 'DATE', '2014-02'),
    ('early March', 'DATE', '2014-03'),
    ('Dec. 28', 'DATE', '2013-12-28'),
    ('January', 'DATE', '2014-01'),
]),
# 9. Politico Europe, Brexit referendum polls (2016)
('2016-06-20', 'auto', """Brexit polls swing back toward Remain as campaigns resume

Three days before Britain votes, the race is too close to call — but the momentum appears to have shifted.

By Harriet Lowe

LONDON — Support for Britain remaining in the European Union has recovered over the past few days, according to polls published over the weekend, as both sides resumed campaigning after a pause following the killing of Labour MP Jo Cox.

The campaigns suspended all activity for three days after Cox was shot and stabbed outside a constituency surgery in Birstall, West Yorkshire, on Thursday. Parliament was recalled on Monday to pay tribute to the 41-year-old, who would have celebrated her birthday on Wednesday.

A Survation poll for the Mail on Sunday put Remain on 45 percent and Leave on 42 percent, while an Opinium survey for the Observer had the two sides tied at 44 percent. A week ago, several polls showed Leave ahead by as much as six points.

Sterling jumped on Monday morning as traders bet on a Remain win, and shares in London rose sharply.

Prime Minister David Cameron, who announced the date of the referendum in February after renegotiating Britain's membership terms in Brussels, first promised the vote in January 2013 to placate euroskeptics in his Conservative Party.

Britain joined what was then the European Economic Community in 1973, and last voted on its membership two years later, when two-thirds of voters backed staying in.

The Leave campaign, fronted by former London Mayor Boris Johnson, has led in most online polls since early June, helped by a relentless focus on immigration. It was due to resume its bus tour through the Midlands on Monday afternoon.

More than 46 million people are registered to vote, a record, after the deadline to register was extended by 48 hours earlier this month when a government website crashed.

Johnson and London Mayor Sadiq Khan will face off in a final televised debate at Wembley Arena on Tuesday night. Polls open at 7 a.m. on Thursday and close at 10 p.m., with no exit poll planned. Results from 382 counting areas will start to come in after midnight, and a final declaration is expected in Manchester early Friday.

Cameron has said he will stay on as prime minister whatever the result, and serve until 2020.

"Whatever happens on Thursday, this country will be split down the middle for years," said Tom Mullen, research director at the polling firm ComRes Insight.
""", [
    ('Three days', 'DURATION', 'P3D'),
    ('the past few days', 'DURATION', 'PXD'),
    ('the weekend', 'DATE', '2016-W24-WE'),
    ('three days', 'DURATION', 'P3D'),
    ('Thursday', 'DATE', '2016-06-16'),
    ('Monday', 'DATE', '2016-06-20'),
    ('Wednesday', 'DATE', '2016-06-22'),
    ('A week ago', 'DATE', '2016-W24|2016-06-13'),
    ('Monday morning', 'DATE|TIME', '2016-06-20TMO'),
    ('February', 'DATE', '2016-02'),
    ('January 2013', 'DATE', '2013-01'),
    ('1973', 'DATE', '1973'),
    ('two years later', 'DATE', '1975'),
    ('early June', 'DATE', '2016-06'),
    ('Monday afternoon', 'DATE|TIME', '2016-06-20TAF'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('earlier this month', 'DATE', '2016-06'),
    ('Tuesday night', 'DATE|TIME', '2016-06-21TNI'),
    ('7 a.m. on Thursday', 'TIME', '2016-06-23T07:00'),
    ('10 p.m.', 'TIME', '2016-06-23T22:00'),
    ('midnight', 'TIME', '2016-06-23T24:00|2016-06-24T00:00'),
    ('early Friday', 'DATE', '2016-06-24'),
    ('2020', 'DATE', '2020'),
    ('Thursday', 'DATE', '2016-06-23'),
    ('years', 'DURATION', 'PXY'),
]),
# 10. Times of India, Lok Sabha election schedule announced (2019)
('2019-03-11', 'auto', """LS polls in 7 phases from April 11, results on May 23

TIMES NEWS NETWORK

NEW DELHI: The Election Commission on Sunday announced a seven-phase schedule for the Lok Sabha elections, with polling to begin on April 11 and end on May 19. Votes will be counted on May 23.

Chief election commissioner Sunil Arora, who announced the dates at a packed press conference at Vigyan Bhawan at 5 pm, said the model code of conduct had come into force with immediate effect.

The seven phases will be held on April 11, April 18, April 23, April 29, May 6, May 12 and May 19. Ninety-one constituencies across 20 states will vote in the first phase, for which the notification will be issued on March 18.

Nearly 90 crore voters, including about 1.5 crore first-time voters aged 18-19, will be eligible to cast their ballots at around 10 lakh polling stations. For the first time, VVPAT machines will be attached to EVMs at every polling station.

Assembly elections in Andhra Pradesh, Arunachal Pradesh, Odisha and Sikkim will be held simultaneously. The EC, however, did not announce polls for the J&K assembly, which was dissolved in November, citing security concerns. The term of the current Lok Sabha ends on June 3.

The 2014 election was held in nine phases spread over five weeks, and the BJP won 282 seats, the first single-party majority in three decades.

PM Narendra Modi welcomed the announcement on Twitter within minutes, calling the elections a "festival of democracy" and urging first-time voters to turn out in large numbers. Congress president Rahul Gandhi said his party would release its next list of candidates this week.

On Monday, several opposition leaders and clerics questioned the decision to hold polling during Ramzan, which is expected to begin around May 6. Leaders in Kolkata and Lucknow said turnout among Muslim voters could suffer in the scorching heat.

Arora had said on Sunday that the EC had taken festivals and board examinations into account, and that it was "not possible to leave out an entire month".

Political advertisements on television and radio will be banned for the last 48 hours before polling in each phase, and candidates must now disclose details of their social media accounts along with their nomination papers.
""", [
    ('April 11', 'DATE', '2019-04-11'),
    ('May 23', 'DATE', '2019-05-23'),
    ('Sunday', 'DATE', '2019-03-10'),
    ('April 11', 'DATE', '2019-04-11'),
    ('May 19', 'DATE', '2019-05-19'),
    ('May 23', 'DATE', '2019-05-23'),
    ('5 pm', 'TIME', '2019-03-10T17:00'),
    ('April 11', 'DATE', '2019-04-11'),
    ('April 18', 'DATE', '2019-04-18'),
    ('April 23', 'DATE', '2019-04-23'),
    ('April 29', 'DATE', '2019-04-29'),
    ('May 6', 'DATE', '2019-05-06'),
    ('May 12', 'DATE', '2019-05-12'),
    ('May 19', 'DATE', '2019-05-19'),
    ('March 18', 'DATE', '2019-03-18'),
    ('November', 'DATE', '2018-11'),
    ('June 3', 'DATE', '2019-06-03'),
    ('2014', 'DATE', '2014'),
    ('five weeks', 'DURATION', 'P5W'),
    ('three decades', 'DURATION', 'P30Y'),
    ('minutes', 'DURATION', 'PTXM'),
    ('this week', 'DATE', '2019-W11'),
    ('Monday', 'DATE', '2019-03-11'),
    ('around May 6', 'DATE', '2019-05-06'),
    ('Sunday', 'DATE', '2019-03-10'),
    ('an entire month', 'DURATION', 'P1M'),
    ('the last 48 hours', 'DURATION', 'PT48H'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
# 11. Politico Europe, German coalition talks and their deadlines (2021)
('2021-10-22', 'auto', """Germany's traffic-light talks go formal, with Scholz eyeing December

The Social Democrats, Greens and liberals want a government in place before Christmas. Veterans of past coalition talks call that optimistic.

By Lena Hartwig

BERLIN — Germany's would-be coalition partners sat down for formal negotiations this week, setting themselves a timetable that would make Olaf Scholz chancellor in early December.

Negotiators from the Social Democratic Party (SPD), the Greens and the Free Democrats (FDP) agreed last Friday to open talks, and on Thursday, 22 working groups began hammering out details on everything from climate policy to pensions. The groups have until November 10 to submit their papers to party leaders, who will then try to settle the disputes that remain.

"We have a lot of work to do and we know the country is watching," Green co-leader Annalena Baerbock said Thursday.

The new Bundestag holds its first session on Tuesday, when it is expected to elect the SPD's Bärbel Bas as speaker. Outgoing Chancellor Angela Merkel, who has governed for 16 years, will then formally become a caretaker until a successor is sworn in. On Friday she attended what was likely her final summit as an EU leader in Brussels, where colleagues gave her a standing ovation.

A traffic-light coalition, named after the parties' colors, has never governed at the national level, and Germany has not been run by a three-party alliance since the 1950s.

The last attempt at a three-way deal, between Merkel's conservatives, the Greens and the FDP after the 2017 election, collapsed in November of that year after four weeks of talks, when FDP leader Christian Lindner walked out.

This time Lindner, whose party wants the finance ministry, has insisted there will be no tax increases and that Germany must return to its constitutional debt brake in 2023 after two years of pandemic borrowing. The Greens want billions for climate investment. Squaring those demands is the single biggest task facing negotiators.

Since the September 26 election, the SPD has climbed in the polls. A Forsa survey published Tuesday put the party on 28 percent, well ahead of the conservatives on 20 percent, who are still arguing over who should lead them after their worst result ever.

Before any deal takes effect, the Greens' roughly 125,000 members must approve it in a vote that could take up to 10 days, and the SPD and FDP will each hold party conferences.

"It is possible to do all this before Christmas, but only if nobody digs in on taxes," said Kai Brenner, a political scientist at the University of Mainz.
""", [
    ('December', 'DATE', '2021-12'),
    ('Christmas', 'DATE', '2021-12-25'),
    ('this week', 'DATE', '2021-W42'),
    ('early December', 'DATE', '2021-12'),
    ('last Friday', 'DATE', '2021-10-15'),
    ('Thursday', 'DATE', '2021-10-21'),
    ('November 10', 'DATE', '2021-11-10'),
    ('Thursday', 'DATE', '2021-10-21'),
    ('Tuesday', 'DATE', '2021-10-26'),
    ('16 years', 'DURATION', 'P16Y'),
    ('Friday', 'DATE', '2021-10-22'),
    ('the 1950s', 'DATE', '195'),
    ('2017', 'DATE', '2017'),
    ('November of that year', 'DATE', '2017-11'),
    ('four weeks', 'DURATION', 'P4W'),
    ('2023', 'DATE', '2023'),
    ('two years', 'DURATION', 'P2Y'),
    ('September 26', 'DATE', '2021-09-26'),
    ('Tuesday', 'DATE', '2021-10-19'),
    ('10 days', 'DURATION', 'P10D'),
    ('Christmas', 'DATE', '2021-12-25'),
]),
# 12. AFP, German federal election result and coalition deadline (2025)
('2025-02-24', 'auto', """Merz wins German election, vows swift coalition as far right surges

BERLIN (AFP) - Conservative leader Friedrich Merz on Monday began the search for a coalition partner after winning Germany's snap election, vowing to form a government by Easter as the far-right AfD recorded its best result since World War II.

Merz's CDU/CSU alliance won 28.5 percent of the vote in Sunday's election, according to provisional official results released early Monday, ahead of the Alternative for Germany (AfD) on 20.8 percent, double its score in 2021.

Chancellor Olaf Scholz's Social Democrats slumped to 16.4 percent, their worst showing in a national election since the war. Turnout hit 82.5 percent, the highest since reunification in 1990.

"It will not be easy," Merz, 69, told reporters in Berlin on Monday. "The world out there is not waiting for us."

Scholz, who conceded defeat on Sunday evening, said he would not take part in negotiations for a new government, though he will remain chancellor in a caretaker role until his successor is elected by parliament.

The vote was brought forward by seven months after Scholz's three-party coalition collapsed in November, when he fired his finance minister Christian Lindner in a row over spending. It had originally been scheduled for September 28.

Lindner, whose liberal FDP fell short of the five-percent threshold needed to enter parliament, announced late Sunday that he would quit politics.

Merz, who has never held government office, is expected to open exploratory talks with the SPD this week. The newly elected Bundestag must meet within 30 days of the vote, and coalition-building in Germany can drag on: after the 2017 election it took nearly six months to form a government.

In a televised debate with other party leaders on Sunday night, Merz said his "absolute priority" would be to strengthen Europe so that it could "achieve independence" from the United States.

AfD co-leader Alice Weidel said her party's hand remained "outstretched" for cooperation, but Merz has repeatedly ruled out working with the party, which is under surveillance by Germany's domestic intelligence service.

Germany's economy shrank in both 2023 and 2024, and business leaders urged Merz to move quickly on energy prices and red tape.

EU leaders will meet in Brussels on March 6 for an emergency summit on Ukraine and European defence. The election result came as Kyiv on Monday marked three years since Russia's full-scale invasion.
""", [
    ('Monday', 'DATE', '2025-02-24'),
    ('Easter', 'DATE', '2025-04-20'),
    ('Sunday', 'DATE', '2025-02-23'),
    ('early Monday', 'DATE', '2025-02-24'),
    ('2021', 'DATE', '2021'),
    ('1990', 'DATE', '1990'),
    ('Monday', 'DATE', '2025-02-24'),
    ('Sunday evening', 'DATE|TIME', '2025-02-23TEV'),
    ('seven months', 'DURATION', 'P7M'),
    ('November', 'DATE', '2024-11'),
    ('September 28', 'DATE', '2025-09-28'),
    ('late Sunday', 'DATE', '2025-02-23'),
    ('this week', 'DATE', '2025-W09'),
    ('30 days', 'DURATION', 'P30D'),
    ('2017', 'DATE', '2017'),
    ('nearly six months', 'DURATION', 'P6M'),
    ('Sunday night', 'DATE|TIME', '2025-02-23TNI'),
    ('2023', 'DATE', '2023'),
    ('2024', 'DATE', '2024'),
    ('March 6', 'DATE', '2025-03-06'),
    ('Monday', 'DATE', '2025-02-24'),
    ('three years', 'DURATION', 'P3Y'),
]),
]
