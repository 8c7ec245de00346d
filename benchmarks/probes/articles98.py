# Gold TIMEX3 probe set 98: political news (campaigns, polls, votes, coalitions, referendums, inaugurations, resignations) in AP/Reuters/Politico/BBC/Guardian/Hill/AFP styles, 1997-2025, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, local mayoral election result (1997)
('1997-11-05', 'auto', """Challenger ousts two-term mayor in Millbrook by 212 votes

MILLBROOK, Pa. (AP) — Retired schoolteacher Dolores Kessler ousted two-term Mayor Frank Ruggiero by 212 votes in Tuesday's election, ending a bitter campaign that turned on property taxes and a shuttered steel mill.

Kessler, a Democrat, declared victory at 1:10 a.m. Wednesday, when the last precinct in the city's 4th Ward reported. Ruggiero, a Republican who has run City Hall since 1990, conceded in a brief telephone call to Kessler, his campaign manager said.

"People told me for eight months that they wanted somebody who would listen," Kessler told supporters at a union hall on Front Street. "Starting in January, I intend to do exactly that."

She will be sworn in Jan. 5 and will serve a four-year term.

The race was close from the start. A Millbrook Courier poll in early October showed the candidates tied at 41 percent, with nearly a fifth of voters undecided. Ruggiero's campaign spent heavily on television in the final two weeks, running ads every night on Harrisburg stations that accused Kessler of planning to raise the city wage tax.

Kessler denied the charge at a debate last Thursday and promised to freeze property taxes through 1999. She also pledged to hold a town meeting every month in a different ward.

Turnout was about 46 percent, up from 38 percent four years ago, county election officials said. Lines formed outside several polling places before they opened at 7 a.m., and some voters in the 2nd Ward waited more than an hour to cast ballots.

The closing of the Keystone Alloy plant last spring, which cost about 900 jobs, hung over the race. Ruggiero had promised in 1993 that the mill would stay open as long as he was mayor.

"He had his chance. Eight years is a long time," said Walter Biddle, 67, a retired millwright who voted for Kessler.

Ruggiero, 58, said Wednesday morning that he would finish his term and had no plans to run for another office. "I've given this city everything I had," he said.

County officials will certify the results next week. Ruggiero's campaign said it would not seek a recount, which under state law must be requested within five days of the election.

Kessler will be the first woman to lead the city since its founding in 1853.
""", [
    ('Tuesday', 'DATE', '1997-11-04'),
    ('1:10 a.m. Wednesday', 'TIME', '1997-11-05T01:10'),
    ('1990', 'DATE', '1990'),
    ('eight months', 'DURATION', 'P8M'),
    ('January', 'DATE', '1998-01'),
    ('Jan. 5', 'DATE', '1998-01-05'),
    ('four-year', 'DURATION', 'P4Y'),
    ('early October', 'DATE', '1997-10'),
    ('the final two weeks', 'DURATION', 'P2W'),
    ('every night', 'SET', 'XXXX-XX-XXTNI|P1D'),
    ('last Thursday', 'DATE', '1997-10-30'),
    ('1999', 'DATE', '1999'),
    ('every month', 'SET', 'P1M'),
    ('four years ago', 'DATE', '1993'),
    ('7 a.m.', 'TIME', '1997-11-04T07:00'),
    ('more than an hour', 'DURATION', 'PT1H'),
    ('last spring', 'DATE', '1997-SP'),
    ('1993', 'DATE', '1993'),
    ('Eight years', 'DURATION', 'P8Y'),
    ('Wednesday morning', 'DATE|TIME', '1997-11-05TMO'),
    ('next week', 'DATE', '1997-W46'),
    ('five days', 'DURATION', 'P5D'),
    ('1853', 'DATE', '1853'),
]),
# 2. Reuters, coalition talks after a parliamentary election (1999)
('1999-03-12', 'auto', """Estonia's centre-right parties agree coalition outline

TALLINN, March 12 (Reuters) - Three centre-right Estonian parties said on Friday they had agreed the outline of a coalition government, shutting out the leftist Centre Party even though it came first in Sunday's parliamentary election.

Pro Patria Union leader Mart Laar, who is expected to return as prime minister, told reporters after talks that ran late into Thursday night that the partners hoped to sign a formal agreement within two weeks.

"We have agreed on the main things - taxes, the budget and the road to the European Union," Laar said. "The details will take a few more days."

Pro Patria, the Reform Party and the Moderates together won 53 seats in the 101-member Riigikogu, a slim majority. The Centre Party of former prime minister Edgar Savisaar won 28 seats, the most of any single party.

Savisaar, who held talks with Reform Party leader Siim Kallas earlier this week, accused the three of ignoring voters. "They decided this before the polls even opened," he told Estonian radio on Friday morning.

Under the constitution, President Lennart Meri must nominate a candidate for prime minister within 14 days of the new parliament's first session, which is set for March 29. Meri's office said he would begin consultations with party leaders on Monday.

Laar served as prime minister from 1992 to 1994, pushing through the radical market reforms that made Estonia one of the fastest-growing economies in the former Soviet Union. His new coalition has promised to abolish tax on reinvested corporate profits from 2000.

Economists said the likely government would try to return the budget to balance after a deficit last year, when the Russian crisis hit exports to Estonia's eastern neighbour.

"Markets will like this," said Hannes Tamm, an analyst at a Tallinn bank. "It is largely the same team that built the currency board in the early 1990s."

Estonia opened substantive accession talks with the EU in November, and officials in Brussels have said the pace of legal reform over the next year will decide how quickly the talks progress.

Coalition talks resume at 10 a.m. on Saturday, a Reform Party spokeswoman said. The three parties have met daily since the results were announced on Monday.
""", [
    ('March 12', 'DATE', '1999-03-12'),
    ('Friday', 'DATE', '1999-03-12'),
    ('Sunday', 'DATE', '1999-03-07'),
    ('Thursday night', 'DATE|TIME', '1999-03-11TNI'),
    ('two weeks', 'DURATION', 'P2W'),
    ('a few more days', 'DURATION', 'PXD'),
    ('earlier this week', 'DATE', '1999-W10'),
    ('Friday morning', 'DATE|TIME', '1999-03-12TMO'),
    ('14 days', 'DURATION', 'P14D'),
    ('March 29', 'DATE', '1999-03-29'),
    ('Monday', 'DATE', '1999-03-15'),
    ('1992', 'DATE', '1992'),
    ('1994', 'DATE', '1994'),
    ('2000', 'DATE', '2000'),
    ('last year', 'DATE', '1998'),
    ('the early 1990s', 'DATE', '199'),
    ('November', 'DATE', '1998-11'),
    ('the next year', 'DURATION', 'P1Y'),
    ('10 a.m. on Saturday', 'TIME', '1999-03-13T10:00'),
    ('daily', 'SET', 'P1D'),
    ('Monday', 'DATE', '1999-03-08'),
]),
# 3. BBC, general election campaign poll (2001)
('2001-05-18', 'auto', """Labour lead steady as campaign passes halfway mark

Labour's lead over the Conservatives has barely moved since Tony Blair called the general election, according to a new poll for BBC Newsnight.

The survey of 1,004 adults, carried out between Monday and Wednesday, puts Labour on 48%, the Conservatives on 31% and the Liberal Democrats on 14%.

That is almost identical to the figures recorded a week ago, before Deputy Prime Minister John Prescott's scuffle with a protester in Rhyl dominated the headlines.

With 20 days to go until the vote on 7 June, Conservative leader William Hague insists the polls are wrong. Speaking in Harrogate on Friday morning, he told party workers that "the only poll that matters is the one on Thursday 7 June".

Mr Hague has spent much of the past fortnight campaigning on the euro, warning that a second Labour term would lead to the abolition of the pound within five years.

Labour strategists privately admit that their biggest worry is turnout. In 1997, 71% of the electorate voted, the lowest figure since 1935, and some party officials fear it could fall below 65% this time.

Professor John Curtice of Strathclyde University said the stability of the figures was striking. "In most elections you see some movement in the final three weeks. So far this campaign has been remarkably flat," he said.

The Liberal Democrats, who launched their manifesto on Tuesday, have concentrated on public services. Leader Charles Kennedy has promised a penny on income tax for education and is holding a rally in a target seat every evening.

The BBC's poll of polls, updated weekly, shows Labour ahead by an average of 16 points.

Labour's campaign co-ordinator, Gordon Brown, will set out the party's economic record at a news conference at 8.30am on Saturday.

The Conservatives will unveil a new poster campaign on Monday, and Mr Hague is expected to spend most of the weekend in the South West, where the party hopes to win back seats it lost four years ago.

The last time a governing party increased its Commons majority at a general election was in 1983, under Margaret Thatcher.

Polls will close at 10pm on 7 June, with the first results expected before 11pm.
""", [
    ('Monday', 'DATE', '2001-05-14'),
    ('Wednesday', 'DATE', '2001-05-16'),
    ('a week ago', 'DATE', '2001-W19|2001-05-11'),
    ('20 days', 'DURATION', 'P20D'),
    ('7 June', 'DATE', '2001-06-07'),
    ('Friday morning', 'DATE|TIME', '2001-05-18TMO'),
    ('Thursday 7 June', 'DATE', '2001-06-07'),
    ('the past fortnight', 'DURATION', 'P2W'),
    ('five years', 'DURATION', 'P5Y'),
    ('1997', 'DATE', '1997'),
    ('1935', 'DATE', '1935'),
    ('the final three weeks', 'DURATION', 'P3W'),
    ('Tuesday', 'DATE', '2001-05-15'),
    ('every evening', 'SET', 'XXXX-XX-XXTEV|P1D'),
    ('weekly', 'SET', 'P1W'),
    ('8.30am on Saturday', 'TIME', '2001-05-19T08:30'),
    ('Monday', 'DATE', '2001-05-21'),
    ('the weekend', 'DATE', '2001-W20-WE'),
    ('four years ago', 'DATE', '1997'),
    ('1983', 'DATE', '1983'),
    ('10pm on 7 June', 'TIME', '2001-06-07T22:00'),
    ('11pm', 'TIME', '2001-06-07T23:00'),
]),
# 4. Guardian, narrative of a council leader's resignation (2003)
('2003-09-26', 'auto', """How ten days in September ended Margaret Hollis's reign

Peter Ashworth
Friday September 26, 2003
The Guardian

When Margaret Hollis walked into the council chamber in Northbridge on the evening of Monday September 15, she still believed she had the votes to survive. She had led the Labour group on the Lancashire borough council for nine years, longer than anyone since the authority was created in 1974, and she had seen off two challenges in the past.

Ten days later she was gone.

The trouble had started on September 2, when the Northbridge Evening Telegraph published extracts from a district auditor's letter showing that a £14m regeneration scheme was running two years behind schedule and £3m over budget. The Liberal Democrats tabled a motion of no confidence the same afternoon.

Back in the chamber on September 15, the debate lasted nearly four hours. Hollis won the vote by 31 to 27, but five members of her own group abstained, and at 11.40pm, as councillors filed out, her deputy, Tom Riley, told reporters he would "reflect over the weekend" on his position.

He did not need that long. On the Wednesday morning, Riley resigned as deputy leader, saying he could no longer defend the regeneration programme. Two more cabinet members followed him the next day.

Hollis spent that Friday ringing round the group. Colleagues who spoke to her say she was defiant. "She kept saying, 'I've been through worse than this,'" one councillor recalled this week.

But at a group meeting on Sunday afternoon, called at less than 24 hours' notice, it became clear that a majority wanted a change. The meeting lasted 90 minutes. Hollis left by a side door without speaking to the waiting press.

She announced her resignation in a two-paragraph statement at 9am on Monday and formally stepped down at a special council meeting last night, receiving a standing ovation from some of the members who had voted to remove her.

Her successor, Anwar Patel, a former maths teacher who was first elected in 1996, will be confirmed at the council's annual meeting in May. He has promised to publish the auditor's full report within a month and to hold public question sessions every quarter.

Patel said yesterday that the council's priority for the next six months would be "getting the regeneration scheme back on track". The Conservatives, who hold nine seats, want next May's borough elections brought forward.

Hollis, 61, has said she will remain a backbench councillor until her term ends in 2006. Asked whether she had any regrets, she said: "Ask me in a year."
""", [
    ('ten days', 'DURATION', 'P10D'),
    ('September', 'DATE', '2003-09'),
    ('Friday September 26, 2003', 'DATE', '2003-09-26'),
    ('the evening of Monday September 15', 'DATE|TIME', '2003-09-15TEV'),
    ('nine years', 'DURATION', 'P9Y'),
    ('1974', 'DATE', '1974'),
    ('the past', 'DATE', 'PAST_REF'),
    ('Ten days later', 'DATE', '2003-09-25'),
    ('September 2', 'DATE', '2003-09-02'),
    ('two years', 'DURATION', 'P2Y'),
    ('the same afternoon', 'DATE|TIME', '2003-09-02TAF'),
    ('September 15', 'DATE', '2003-09-15'),
    ('nearly four hours', 'DURATION', 'PT4H'),
    ('11.40pm', 'TIME', '2003-09-15T23:40'),
    ('the weekend', 'DATE', '2003-W38-WE'),
    ('Wednesday morning', 'DATE|TIME', '2003-09-17TMO'),
    ('the next day', 'DATE', '2003-09-18'),
    ('that Friday', 'DATE', '2003-09-19'),
    ('this week', 'DATE', '2003-W39'),
    ('Sunday afternoon', 'DATE|TIME', '2003-09-21TAF'),
    ('less than 24 hours', 'DURATION', 'PT24H'),
    ('90 minutes', 'DURATION', 'PT90M'),
    ('9am on Monday', 'TIME', '2003-09-22T09:00'),
    ('last night', 'DATE|TIME', '2003-09-25TNI'),
    ('1996', 'DATE', '1996'),
    ('May', 'DATE', '2004-05'),
    ('a month', 'DURATION', 'P1M'),
    ('every quarter', 'SET', 'P3M'),
    ('yesterday', 'DATE', '2003-09-25'),
    ('the next six months', 'DURATION', 'P6M'),
    ('next May', 'DATE', '2004-05'),
    ('2006', 'DATE', '2006'),
    ('a year', 'DURATION', 'P1Y'),
]),
# 5. AFP, referendum result and expected government change (2005)
('2005-05-30', 'auto', """France's 'No' plunges EU into crisis, Raffarin set to go

PARIS, May 30, 2005 (AFP) - French President Jacques Chirac was expected to name a new prime minister within days after voters on Sunday resoundingly rejected the European Union's draft constitution, plunging the bloc into turmoil.

Final results published by the interior ministry early Monday showed 54.68 percent of voters had said "non" to the treaty, against 45.32 percent in favour. Turnout was 69.34 percent, far higher than in the European elections a year ago.

Chirac, who had staked his prestige on a "yes" vote, went on television at 10 pm on Sunday, less than two hours after the last polls closed, to say he had taken note of the "sovereign decision" of the French people. He promised to announce his decisions on the government's future in the coming days.

Prime Minister Jean-Pierre Raffarin, whose popularity slumped to record lows this spring, is widely expected to be replaced as early as Tuesday. Interior Minister Dominique de Villepin and Social Cohesion Minister Jean-Louis Borloo are the names most often cited by aides.

In Brussels, European Commission President Jose Manuel Barroso said the ratification process should continue, noting that nine countries had already approved the text. EU leaders will discuss the result at a two-day summit in Brussels starting June 16.

All eyes now turn to the Netherlands, which holds its own referendum on Wednesday. Polls published there over the weekend showed the "no" camp ahead by up to 20 points.

"It is not a rejection of Europe, it is a rejection of this Europe," said Laurent Fabius, the former Socialist prime minister who broke with his party's leadership last autumn to campaign against the treaty.

The Socialist Party had voted in an internal ballot in December to back the constitution, but the split deepened throughout the campaign.

The last time French voters were asked about Europe, in September 1992, they approved the Maastricht treaty by a wafer-thin margin of just over one percentage point.

Financial markets took the result calmly. The euro slipped to a seven-month low against the dollar in Asian trading but recovered some ground by mid-morning in Paris, dealers said.

The constitution, signed by EU leaders in Rome last October, needs the approval of all 25 member states to come into force. It was due to take effect in November 2006.
""", [
    ('May 30, 2005', 'DATE', '2005-05-30'),
    ('days', 'DURATION', 'PXD'),
    ('Sunday', 'DATE', '2005-05-29'),
    ('early Monday', 'DATE', '2005-05-30'),
    ('a year ago', 'DATE', '2004'),
    ('10 pm on Sunday', 'TIME', '2005-05-29T22:00'),
    ('less than two hours', 'DURATION', 'PT2H'),
    ('the coming days', 'DATE|DURATION', 'FUTURE_REF|PXD'),
    ('this spring', 'DATE', '2005-SP'),
    ('Tuesday', 'DATE', '2005-05-31'),
    ('two-day', 'DURATION', 'P2D'),
    ('June 16', 'DATE', '2005-06-16'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Wednesday', 'DATE', '2005-06-01'),
    ('the weekend', 'DATE', '2005-W21-WE'),
    ('last autumn', 'DATE', '2004-FA'),
    ('December', 'DATE', '2004-12'),
    ('September 1992', 'DATE', '1992-09'),
    ('seven-month', 'DURATION', 'P7M'),
    ('mid-morning', 'DATE|TIME', '2005-05-30TMO'),
    ('last October', 'DATE', '2004-10'),
    ('November 2006', 'DATE', '2006-11'),
]),
# 6. The Hill, House vote on the financial rescue package (2008)
('2008-10-02', 'auto', """House leaders hunt for votes ahead of Friday bailout showdown

By Molly Carver

House Democratic leaders were scrambling Thursday to turn at least a dozen "no" votes into support for the $700 billion financial rescue package after the Senate approved a revised version of the bill by a wide margin Wednesday night.

Speaker Nancy Pelosi (D-Calif.) told reporters at her weekly press conference that she expected the House to vote Friday, though she declined to predict the outcome. "We are not going to bring this bill to the floor to lose again," she said.

The House stunned Wall Street on Monday when it rejected the original bill 228-205. The Dow Jones industrial average fell 778 points that afternoon, the biggest point drop in its history.

The Senate measure, which passed 74-25, adds about $150 billion in tax breaks, including an extension of the research and development credit through 2009 and relief from the alternative minimum tax for this year. It also raises the cap on federally insured bank deposits from $100,000 to $250,000 until the end of next year.

Republican leaders said Thursday morning that at least eight GOP members who opposed the bill on Monday were now leaning toward supporting it. Minority Whip Roy Blunt (R-Mo.) had been calling wavering members since 7 a.m., aides said.

But the bill's fate may rest with the 95 Democrats who voted no. Many represent swing districts and face voters on Nov. 4. Several told The Hill their offices had been flooded with angry calls for two weeks.

"My phones have been ringing nonstop since last Thursday, and it's running about 10 to 1 against," said Rep. Mark Delaney (D-Pa.), who is undecided.

Leaders hope the Senate changes will help. Democratic aides said the vote could come as early as 11 a.m. Friday, after a debate expected to last several hours.

Treasury Secretary Henry Paulson, who first proposed the rescue plan nearly two weeks ago, spent much of Thursday on the phone with lawmakers. President Bush urged the House to act "for the good of our economy" in remarks at the White House on Wednesday.

Congress had hoped to adjourn last Friday so members could return home to campaign. Lawmakers now expect to stay in Washington through the weekend if the vote fails again.
""", [
    ('Friday', 'DATE', '2008-10-03'),
    ('Thursday', 'DATE', '2008-10-02'),
    ('Wednesday night', 'DATE|TIME', '2008-10-01TNI'),
    ('weekly', 'SET', 'P1W'),
    ('Friday', 'DATE', '2008-10-03'),
    ('Monday', 'DATE', '2008-09-29'),
    ('that afternoon', 'DATE|TIME', '2008-09-29TAF'),
    ('2009', 'DATE', '2009'),
    ('this year', 'DATE', '2008'),
    ('the end of next year', 'DATE', '2009'),
    ('Thursday morning', 'DATE|TIME', '2008-10-02TMO'),
    ('Monday', 'DATE', '2008-09-29'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('7 a.m.', 'TIME', '2008-10-02T07:00'),
    ('Nov. 4', 'DATE', '2008-11-04'),
    ('two weeks', 'DURATION', 'P2W'),
    ('last Thursday', 'DATE', '2008-09-25'),
    ('11 a.m. Friday', 'TIME', '2008-10-03T11:00'),
    ('several hours', 'DURATION', 'PTXH'),
    ('nearly two weeks ago', 'DATE', '2008-W38'),
    ('Thursday', 'DATE', '2008-10-02'),
    ('Wednesday', 'DATE', '2008-10-01'),
    ('last Friday', 'DATE', '2008-09-26'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the weekend', 'DATE', '2008-W40-WE'),
]),
# 7. Politico, primary campaign poll (2012)
('2012-02-14', 'auto', """Santorum leads Romney in Michigan, new poll finds

By JAMES HOLLOWAY | 2/14/12 5:12 AM EST

Rick Santorum has opened a double-digit lead over Mitt Romney in Michigan, the state where Romney was born and where his father served as governor in the 1960s, according to a poll released Monday night.

The survey, conducted Friday through Sunday by a Lansing-based polling firm, found Santorum at 38 percent among likely Republican primary voters and Romney at 27 percent. Newt Gingrich and Ron Paul trailed with 12 and 11 percent.

The numbers are a stunning reversal from early January, when the same firm found Romney ahead by 20 points, and they underscore how much the race has changed since Santorum swept contests in Colorado, Minnesota and Missouri a week ago.

Michigan and Arizona both vote Feb. 28. Romney's campaign and its allied super PAC have reserved more than $1 million in television time in Michigan over the next two weeks, according to a media buyer who tracks the ads.

"Michigan is a must-win for Mitt now," said a Republican strategist who is neutral in the race. "If he loses his home state, the questions start all over again."

Romney is scheduled to campaign in the state on Thursday and Friday and will deliver an economic speech to the Detroit Economic Club on Feb. 24. Santorum planned a rally in Shelby Township at 7 p.m. Tuesday.

The former Pennsylvania senator has raised roughly $3 million since last Tuesday's wins, his campaign said, more than he raised in the fourth quarter of 2011.

Romney's aides played down the poll, noting that most Michigan voters have not yet focused on the race and that absentee voting began only recently. "There are two weeks left. That's a lifetime in this race," a senior Romney adviser said.

A second poll, released Tuesday morning by a national firm that surveys voters weekly, showed Santorum and Romney essentially tied nationally, at 30 and 29 percent. Four weeks ago, Romney led the same survey by 17 points.

Santorum's advisers concede that he is vulnerable on organization. The campaign had just 11 paid staff in Michigan as of Monday, compared with several dozen for Romney, and only began running its own ads there this week.

The candidates meet next at a televised debate in Mesa, Ariz., on Feb. 22, possibly the last before the 10 states that vote on March 6.
""", [
    ('2/14/12 5:12 AM EST', 'TIME', '2012-02-14T05:12'),
    ('the 1960s', 'DATE', '196'),
    ('Monday night', 'DATE|TIME', '2012-02-13TNI'),
    ('Friday', 'DATE', '2012-02-10'),
    ('Sunday', 'DATE', '2012-02-12'),
    ('early January', 'DATE', '2012-01'),
    ('a week ago', 'DATE', '2012-02-07|2012-W06'),
    ('Feb. 28', 'DATE', '2012-02-28'),
    ('the next two weeks', 'DURATION', 'P2W'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Thursday', 'DATE', '2012-02-16'),
    ('Friday', 'DATE', '2012-02-17'),
    ('Feb. 24', 'DATE', '2012-02-24'),
    ('7 p.m. Tuesday', 'TIME', '2012-02-14T19:00'),
    ('last Tuesday', 'DATE', '2012-02-07'),
    ('the fourth quarter of 2011', 'DATE', '2011-Q4'),
    ('recently', 'DATE', 'PAST_REF'),
    ('two weeks', 'DURATION', 'P2W'),
    ('Tuesday morning', 'DATE|TIME', '2012-02-14TMO'),
    ('weekly', 'SET', 'P1W'),
    ('Four weeks ago', 'DATE', '2012-W03'),
    ('Monday', 'DATE', '2012-02-13'),
    ('this week', 'DATE', '2012-W07'),
    ('Feb. 22', 'DATE', '2012-02-22'),
    ('March 6', 'DATE', '2012-03-06'),
]),
# 8. Reuters, independence referendum result and first minister's resignation (2014)
('2014-09-19', 'auto', """Scots reject independence; Salmond to quit as first minister

EDINBURGH, Sept 19 (Reuters) - Scotland voted to remain part of the United Kingdom in Thursday's referendum, rejecting independence by 55 percent to 45 percent, and First Minister Alex Salmond said on Friday he would step down after seven years in power.

The final result, declared at about 6:10 a.m. (0510 GMT) after counting in all 32 council areas, ended two years of campaigning that had energised voters and unsettled financial markets. Turnout was 84.6 percent, the highest for any British election or referendum since the introduction of universal suffrage in the early 20th century.

Salmond, 59, told a news conference in Edinburgh that he would not seek re-election as leader of the Scottish National Party at its conference in November and would resign as first minister once a successor was chosen.

"For me as leader my time is nearly over, but for Scotland the campaign continues and the dream shall never die," he said.

Prime Minister David Cameron, speaking outside his Downing Street office at 7 a.m., said the question of independence had been settled. He said new powers over tax, spending and welfare, promised to Scotland by the three main Westminster parties earlier this week, would be agreed by November, with draft legislation to follow in January.

Cameron also said English lawmakers should have a decisive say on laws affecting only England, a move that the opposition Labour Party, which holds 41 of Scotland's 59 seats in the British parliament, fears could weaken it ahead of next May's general election.

Sterling jumped to a two-year high against the euro in Asian trading as the results came in, before giving back some of its gains.

Glasgow, Scotland's largest city, voted 53.5 percent in favour of independence, as did Dundee, West Dunbartonshire and North Lanarkshire. But the "No" side won comfortably in Edinburgh, Aberdeen and most rural areas.

Polls had tightened sharply over the past month, and one survey published on Sept 7 showed the "Yes" campaign narrowly ahead for the first time, prompting a scramble in London to offer Scotland more autonomy.

Salmond's deputy, Nicola Sturgeon, is seen as the clear favourite to succeed him. She said on Friday afternoon that she would set out her plans "in the coming days".

The Scottish parliament at Holyrood will debate the outcome on Tuesday.
""", [
    ('Sept 19', 'DATE', '2014-09-19'),
    ('Thursday', 'DATE', '2014-09-18'),
    ('Friday', 'DATE', '2014-09-19'),
    ('seven years', 'DURATION', 'P7Y'),
    ('about 6:10 a.m.', 'TIME', '2014-09-19T06:10'),
    ('0510 GMT', 'TIME', '2014-09-19T05:10'),
    ('two years', 'DURATION', 'P2Y'),
    ('the early 20th century', 'DATE', '19'),
    ('November', 'DATE', '2014-11'),
    ('7 a.m.', 'TIME', '2014-09-19T07:00'),
    ('earlier this week', 'DATE', '2014-W38'),
    ('November', 'DATE', '2014-11'),
    ('January', 'DATE', '2015-01'),
    ('next May', 'DATE', '2015-05'),
    ('two-year', 'DURATION', 'P2Y'),
    ('the past month', 'DATE|DURATION', 'P1M|2014-08'),
    ('Sept 7', 'DATE', '2014-09-07'),
    ('Friday afternoon', 'DATE|TIME', '2014-09-19TAF'),
    ('the coming days', 'DATE|DURATION', 'FUTURE_REF|PXD'),
    ('Tuesday', 'DATE', '2014-09-23'),
]),
# 9. BBC, EU referendum result and prime minister's resignation (2016)
('2016-06-24', 'auto', """Cameron to quit after UK votes to leave EU

David Cameron is to step down as prime minister by October after the UK voted to leave the European Union in Thursday's referendum.

Speaking outside Downing Street at 08:15 BST, Mr Cameron said he would try to "steady the ship" until a new leader was in place, but that the country needed "fresh leadership".

The Leave campaign won by 52% to 48%, with 17,410,742 votes cast for Leave and 16,141,241 for Remain. Turnout was 72.2%, the highest at a UK-wide vote since the 1992 general election.

Mr Cameron, who led the campaign to stay in the EU, said he did not think it would be right for him to be "the captain that steers our country to its next destination". He said a new prime minister should be in place by the start of the Conservative Party conference.

The result was announced in Manchester at 07:20 BST by the chief counting officer, Jenny Watson, after all 382 voting areas had declared.

The pound fell to its lowest level against the dollar since 1985 as results came in, and the FTSE 100 dropped more than 8% when trading opened at 08:00 before recovering some ground.

Bank of England governor Mark Carney said the Bank was ready to provide £250bn of additional funds to support markets.

UKIP leader Nigel Farage, who has campaigned for Britain to leave the EU for more than 20 years, said 23 June would be remembered as "a victory for real people".

Scotland voted to remain by 62% to 38%. First Minister Nicola Sturgeon said on Friday morning that a second independence referendum was now "highly likely", less than two years after the last one.

Labour leader Jeremy Corbyn faces a possible challenge after two Labour MPs tabled a motion of no confidence in him on Friday afternoon. It will be discussed at a meeting of the Parliamentary Labour Party on Monday.

Under Article 50 of the Lisbon Treaty, the UK has two years to negotiate its withdrawal once it formally notifies the EU. Mr Cameron said the decision on when to trigger it should be left to his successor.

EU leaders will meet for a two-day summit in Brussels next week, where Mr Cameron is expected to brief them on the result.

The UK joined the European Economic Community in 1973, and voters backed staying in at a referendum two years later.
""", [
    ('October', 'DATE', '2016-10'),
    ('Thursday', 'DATE', '2016-06-23'),
    ('08:15 BST', 'TIME', '2016-06-24T08:15'),
    ('1992', 'DATE', '1992'),
    ('07:20 BST', 'TIME', '2016-06-24T07:20'),
    ('1985', 'DATE', '1985'),
    ('08:00', 'TIME', '2016-06-24T08:00'),
    ('more than 20 years', 'DURATION', 'P20Y'),
    ('23 June', 'DATE', '2016-06-23'),
    ('Friday morning', 'DATE|TIME', '2016-06-24TMO'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('less than two years', 'DURATION', 'P2Y'),
    ('Friday afternoon', 'DATE|TIME', '2016-06-24TAF'),
    ('Monday', 'DATE', '2016-06-27'),
    ('two years', 'DURATION', 'P2Y'),
    ('two-day', 'DURATION', 'P2D'),
    ('next week', 'DATE', '2016-W26'),
    ('1973', 'DATE', '1973'),
    ('two years later', 'DATE', '1975'),
]),
# 10. AP, interim presidency and election date after a resignation, partly narrative (2019)
('2019-04-10', 'auto', """Algeria sets July 4 presidential vote as protests persist

ALGIERS, Algeria (AP) — Algeria's interim president on Wednesday set July 4 as the date for a presidential election to replace longtime leader Abdelaziz Bouteflika, whose resignation last week followed weeks of mass protests.

Parliament appointed Abdelkader Bensalah on Tuesday to lead the country for 90 days, as the constitution requires. But the announcement of an election date did little to calm the movement that drove the ailing Bouteflika from power after 20 years.

Thousands of students marched in central Algiers on Wednesday morning, chanting against Bensalah, a longtime ally of the former president, and demanding that all members of the old guard step aside. Police used water cannons to disperse part of the crowd near the main post office.

The demonstrations began on Friday, Feb. 22, when tens of thousands of people took to the streets to oppose Bouteflika's bid for a fifth term in the April 18 election. The protests have been repeated every Friday since, each time larger than the last.

Bouteflika, 82, who was rarely seen in public after suffering a stroke in 2013, first tried to defuse the anger on March 11. That evening, state media read out a letter in which he dropped his bid for re-election but postponed the vote without setting a new date, a move critics denounced as a ploy to extend his rule.

Pressure kept mounting. Two weeks later, the army chief of staff, Lt. Gen. Ahmed Gaid Salah, called for the president to be declared unfit for office. Bouteflika submitted his resignation on the night of April 2, after the general demanded earlier that day that he step down immediately.

Under the constitution, the head of the upper house of parliament serves as interim leader for up to 90 days while an election is organized. Bensalah, 77, has held that post since 2002.

Protest leaders said they would return to the streets this Friday for another nationwide march.

"We did not spend two months in the streets to replace one face of the system with another," said Amina Berrahal, a 23-year-old medical student.

Opposition parties said the timetable was too short to organize a credible vote and called for a transitional council to run the country for six months to a year.

The electoral commission is expected to open registration for candidates later this month.

Bouteflika came to power in 1999, near the end of a civil war that killed as many as 200,000 people in the 1990s.
""", [
    ('July 4', 'DATE', '2019-07-04'),
    ('Wednesday', 'DATE', '2019-04-10'),
    ('July 4', 'DATE', '2019-07-04'),
    ('last week', 'DATE', '2019-W14'),
    ('weeks', 'DURATION', 'PXW'),
    ('Tuesday', 'DATE', '2019-04-09'),
    ('90 days', 'DURATION', 'P90D'),
    ('20 years', 'DURATION', 'P20Y'),
    ('Wednesday morning', 'DATE|TIME', '2019-04-10TMO'),
    ('Friday, Feb. 22', 'DATE', '2019-02-22'),
    ('April 18', 'DATE', '2019-04-18'),
    ('every Friday', 'SET', 'XXXX-WXX-5'),
    ('2013', 'DATE', '2013'),
    ('March 11', 'DATE', '2019-03-11'),
    ('That evening', 'DATE|TIME', '2019-03-11TEV'),
    ('Two weeks later', 'DATE', '2019-W13|2019-03-25'),
    ('the night of April 2', 'DATE|TIME', '2019-04-02TNI'),
    ('earlier that day', 'DATE', '2019-04-02'),
    ('90 days', 'DURATION', 'P90D'),
    ('2002', 'DATE', '2002'),
    ('this Friday', 'DATE', '2019-04-12'),
    ('two months', 'DURATION', 'P2M'),
    ('six months', 'DURATION', 'P6M'),
    ('a year', 'DURATION', 'P1Y'),
    ('later this month', 'DATE', '2019-04'),
    ('1999', 'DATE', '1999'),
    ('the 1990s', 'DATE', '199'),
]),
# 11. The Hill, presidential inauguration (2021)
('2021-01-20', 'auto', """Biden sworn in as 46th president, vows to end 'uncivil war'

BY AARON WHITFIELD - 01/20/21 03:45 PM EST

Joe Biden was sworn in as the 46th president of the United States on Wednesday, taking the oath of office at 11:49 a.m. on the West Front of the Capitol, where a pro-Trump mob stormed the building on Jan. 6 in an attempt to overturn his election victory.

Vice President Kamala Harris was sworn in shortly before him by Justice Sonia Sotomayor, becoming the first woman, first Black American and first Asian American to hold the office.

"Today, we celebrate the triumph not of a candidate, but of a cause," Biden, 78, said in an inaugural address that lasted about 21 minutes.

The ceremony was scaled back because of the coronavirus pandemic and security concerns. About 25,000 National Guard troops were deployed across Washington, and the National Mall, which draws hundreds of thousands of spectators every four years, was filled instead with nearly 200,000 flags.

Former President Trump, who did not attend, left the White House shortly after 8 a.m. and flew to Florida. He is the first outgoing president to skip his successor's inauguration since Andrew Johnson in 1869.

Biden was scheduled to sign 17 executive actions in the Oval Office on Wednesday afternoon, including orders to rejoin the Paris climate agreement and halt construction of the border wall. He has also asked Americans to wear masks for his first 100 days in office and plans a daily briefing on the pandemic.

Harris was expected to swear in three new Democratic senators later Wednesday: Jon Ossoff and Raphael Warnock of Georgia, who won runoffs earlier this month, and Alex Padilla of California, who was appointed to fill her seat. Their arrival will split the Senate 50-50, with Harris holding the tie-breaking vote.

Incoming Majority Leader Chuck Schumer (D-N.Y.) said the chamber would try to confirm several of Biden's Cabinet nominees this week, beginning with Avril Haines as director of national intelligence as soon as Wednesday night.

The Senate must also prepare for Trump's second impeachment trial. The House impeached him on Jan. 13 for "incitement of insurrection," but Speaker Nancy Pelosi (D-Calif.) has not said when she will send the article to the Senate.

Republicans spent the past four years defending Trump, and several GOP senators said Wednesday that they were ready to move on. A poll released Tuesday found nearly two-thirds of voters approved of Biden's handling of the transition.

"The country needs to turn the page," said one Republican senator, who asked not to be named.
""", [
    ('01/20/21 03:45 PM EST', 'TIME', '2021-01-20T15:45'),
    ('Wednesday', 'DATE', '2021-01-20'),
    ('11:49 a.m.', 'TIME', '2021-01-20T11:49'),
    ('Jan. 6', 'DATE', '2021-01-06'),
    ('Today', 'DATE', '2021-01-20'),
    ('about 21 minutes', 'DURATION', 'PT21M'),
    ('every four years', 'SET', 'P4Y'),
    ('8 a.m.', 'TIME', '2021-01-20T08:00'),
    ('1869', 'DATE', '1869'),
    ('Wednesday afternoon', 'DATE|TIME', '2021-01-20TAF'),
    ('100 days', 'DURATION', 'P100D'),
    ('daily', 'SET', 'P1D'),
    ('later Wednesday', 'DATE', '2021-01-20'),
    ('earlier this month', 'DATE', '2021-01'),
    ('this week', 'DATE', '2021-W03'),
    ('Wednesday night', 'DATE|TIME', '2021-01-20TNI'),
    ('Jan. 13', 'DATE', '2021-01-13'),
    ('the past four years', 'DURATION', 'P4Y'),
    ('Wednesday', 'DATE', '2021-01-20'),
    ('Tuesday', 'DATE', '2021-01-19'),
]),
# 12. AFP, coalition talks after a federal election (2025)
('2025-03-07', 'auto', """German conservatives and SPD close in on coalition talks deal

Berlin (AFP) - Germany's conservatives and Social Democrats were closing in on an agreement to open formal coalition negotiations on Friday, as exploratory talks that began after the February 23 election entered a decisive phase.

Negotiators from Friedrich Merz's Christian Democrats, their Bavarian sister party the CSU and the SPD met for more than ten hours on Thursday and were due to resume at 11:00 am on Friday (1000 GMT), party sources told AFP.

Merz, 69, wants a government in place by Easter, which falls on April 20. "We are making good progress, but nothing is agreed until everything is agreed," he told reporters late Thursday.

On Tuesday the parties surprised observers by agreeing to loosen Germany's strict constitutional "debt brake" to allow higher defence spending and to create a 500-billion-euro fund for infrastructure over the next decade.

The changes require a two-thirds majority. Merz plans to push them through the outgoing Bundestag at special sessions on March 13 and March 18, before the newly elected chamber -- in which the far-right AfD and the far-left Linke together hold more than a third of seats -- convenes on March 25.

The Greens, whose votes are needed, signalled on Wednesday that they had serious reservations about the plan in its current form.

The SPD slumped to 16.4 percent in the election, its worst result in a national vote since 1887, and its leaders face pressure from members, who will have the final say on any coalition deal in a postal ballot. Young Socialists have protested outside the talks daily.

Co-leader Lars Klingbeil said the SPD had "not come to these talks to fail" but warned the party would not accept cuts to pensions.

The conservatives won 28.5 percent in last month's vote, while the AfD came second with 20.8 percent, doubling its score from 2021.

Outgoing Chancellor Olaf Scholz, whose three-party coalition collapsed in November, will remain in office in a caretaker role until parliament elects a new chancellor.

Analysts said a final coalition deal could still take weeks. "In 2017 it took almost six months to form a government," said Ursula Brenner, a political scientist at the Free University of Berlin. "Nobody wants that again, especially now, with the pressure coming from Washington."
""", [
    ('Friday', 'DATE', '2025-03-07'),
    ('February 23', 'DATE', '2025-02-23'),
    ('more than ten hours', 'DURATION', 'PT10H'),
    ('Thursday', 'DATE', '2025-03-06'),
    ('11:00 am on Friday', 'TIME', '2025-03-07T11:00'),
    ('1000 GMT', 'TIME', '2025-03-07T10:00'),
    ('Easter', 'DATE', '2025-04-20'),
    ('April 20', 'DATE', '2025-04-20'),
    ('late Thursday', 'DATE|TIME', '2025-03-06TNI|2025-03-06'),
    ('Tuesday', 'DATE', '2025-03-04'),
    ('the next decade', 'DURATION', 'P10Y'),
    ('March 13', 'DATE', '2025-03-13'),
    ('March 18', 'DATE', '2025-03-18'),
    ('March 25', 'DATE', '2025-03-25'),
    ('Wednesday', 'DATE', '2025-03-05'),
    ('1887', 'DATE', '1887'),
    ('daily', 'SET', 'P1D'),
    ('last month', 'DATE', '2025-02'),
    ('2021', 'DATE', '2021'),
    ('November', 'DATE', '2024-11'),
    ('weeks', 'DURATION', 'PXW'),
    ('2017', 'DATE', '2017'),
    ('almost six months', 'DURATION', 'P6M'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
]
