# Gold TIMEX3 probe set 41: twelve politics, courts and government articles of 1992-2024 in the styles of Politico, Roll Call, AP, the Washington Post, the BBC, the Irish Times and the Globe and Mail, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Roll Call, appropriations timetable (1992)
('1992-09-16', 'auto', """Appropriators Race the Clock as Fiscal 1993 Nears

By Ellen Marchetti
Roll Call Staff

House and Senate appropriators are bracing for a crowded final stretch, with only nine of the 13 spending bills for fiscal 1993 cleared by both chambers and new spending authority needed by Oct. 1.

Sen. Warren Talbott (D-Ark.), who chairs the Interior subcommittee, told colleagues Tuesday that conferees expect to finish the Interior and energy and water bills by the end of next week, leaving the defense measure and two smaller bills for the rest of the session.

"We have been through this every fall since I came here, and we will get through it again," Talbott said. "But nobody should plan on being home for Columbus Day."

Leaders in both chambers have penciled in Oct. 2 as a target adjournment date so Members can spend October campaigning at home. Few aides believe the date will hold. In 1990, a budget standoff dragged on for five months and Congress did not adjourn until Oct. 28, after a three-day shutdown that closed national parks and museums.

A stopgap continuing resolution is all but certain. Aides to House Appropriations Chairman Lyle Brandt (D-Pa.) said Monday that a measure running through Oct. 5 could reach the floor as early as next Wednesday, though some Republicans want it to last until after the Nov. 3 election.

The White House has threatened to veto at least three of the bills. Administration budget officials told appropriators last week that President Bush would not sign measures that exceed the spending caps set in the 1990 budget agreement, which run through fiscal 1995.

The defense bill remains the biggest obstacle. The House passed its $253 billion version in early August, just before the recess, but the Senate did not take up its bill until last Thursday. Conferees are scheduled to meet for the first time at 2 p.m. Monday in the Capitol, and aides said the sessions could stretch over several days.

"For the past two years we have done defense at the very end, and it shows," said a Senate Republican aide. "This year we would like to do it right."

Staff on both sides have been meeting daily since Labor Day to narrow differences over procurement accounts and troop levels in Europe, and aides said a package could be ready within 10 days.

Whatever happens, Talbott said, he does not expect another shutdown. "Nobody wants to go home this fall and explain why the parks are closed," he said.
""", [
    ('Fiscal 1993', 'DATE', 'FY1993|1993'),
    ('fiscal 1993', 'DATE', 'FY1993|1993'),
    ('Oct. 1', 'DATE', '1992-10-01'),
    ('Tuesday', 'DATE', '1992-09-15'),
    ('the end of next week', 'DATE', '1992-W39'),
    ('every fall', 'SET', 'XXXX-FA'),
    ('Columbus Day', 'DATE', '1992-10-12'),
    ('Oct. 2', 'DATE', '1992-10-02'),
    ('October', 'DATE', '1992-10'),
    ('1990', 'DATE', '1990'),
    ('five months', 'DURATION', 'P5M'),
    ('Oct. 28', 'DATE', '1990-10-28'),
    ('three-day', 'DURATION', 'P3D'),
    ('Monday', 'DATE', '1992-09-14'),
    ('Oct. 5', 'DATE', '1992-10-05'),
    ('next Wednesday', 'DATE', '1992-09-23'),
    ('Nov. 3', 'DATE', '1992-11-03'),
    ('last week', 'DATE', '1992-W37'),
    ('1990', 'DATE', '1990'),
    ('fiscal 1995', 'DATE', 'FY1995|1995'),
    ('early August', 'DATE', '1992-08'),
    ('last Thursday', 'DATE', '1992-09-10'),
    ('2 p.m. Monday', 'TIME', '1992-09-21T14:00'),
    ('several days', 'DURATION', 'PXD'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('This year', 'DATE', '1992'),
    ('daily', 'SET', 'P1D'),
    ('Labor Day', 'DATE', '1992-09-07'),
    ('10 days', 'DURATION', 'P10D'),
    ('this fall', 'DATE', '1992-FA'),
]),
# 2. AP, shutdown deadline (1995)
('1995-11-10', 'auto', """Shutdown Looms as Budget Talks Stall

By MARK DELANEY
Associated Press Writer

WASHINGTON (AP) -- Federal agencies began drawing up furlough plans Friday as talks between the White House and congressional Republicans on a stopgap spending bill broke off for the second time this week, raising the prospect that much of the government will close when its funding runs out at midnight Monday.

Office of Management and Budget spokesman Lawrence Haney said department heads had been told to be ready to send home roughly 800,000 workers on Tuesday morning if no agreement is reached over the weekend.

Republican leaders said Thursday they would send the president a bill that keeps the government running until Dec. 1 but also raises Medicare premiums beginning in January. The White House has said President Clinton will veto any measure that carries the premium increase.

"We have been negotiating in good faith for weeks," said Tom Keller, a spokesman for the House Budget Committee. "The president can sign this bill tomorrow and nobody misses a paycheck."

Fiscal 1996 began Oct. 1, and only three of the 13 regular appropriations bills have been signed into law. Agencies have operated since then under a temporary measure that Congress approved in late September and that expires Monday.

Previous funding lapses, the last of them in 1990, lasted no more than a few days. Budget analysts said this standoff could run much longer. The two sides are fighting over a seven-year plan to balance the budget by 2002, and neither has shown signs of yielding.

"This is not about a continuing resolution. It's about the next seven years of federal spending," said Carol Winfield, a budget analyst at the Brookings Institution.

The Social Security Administration said checks due Dec. 1 would go out on schedule, but new applications would not be processed. Veterans' hospitals will remain open. The Smithsonian museums on the Mall would close at 5:30 p.m. Monday and stay closed until further notice.

Negotiators were expected to meet again Saturday afternoon at the Capitol. A White House official, speaking on condition of anonymity, said the president would remain in Washington through the weekend and had postponed a trip to Japan planned for next week.

Federal employee unions said Friday that workers sent home during the 1990 shutdown were eventually paid, but there is no guarantee Congress would do so again.

"Our members have mortgages and car payments and kids in college," said Ruth Ann Sowell, president of a local representing workers at the Department of Housing and Urban Development. "They can't wait a month to find out whether they'll be paid."
""", [
    ('Friday', 'DATE', '1995-11-10'),
    ('this week', 'DATE', '1995-W45'),
    ('midnight Monday', 'TIME', '1995-11-13T24:00|1995-11-14T00:00'),
    ('Tuesday morning', 'DATE|TIME', '1995-11-14TMO'),
    ('the weekend', 'DATE', '1995-W45-WE'),
    ('Thursday', 'DATE', '1995-11-09'),
    ('Dec. 1', 'DATE', '1995-12-01'),
    ('January', 'DATE', '1996-01'),
    ('weeks', 'DURATION', 'PXW'),
    ('tomorrow', 'DATE', '1995-11-11'),
    ('Fiscal 1996', 'DATE', 'FY1996|1996'),
    ('Oct. 1', 'DATE', '1995-10-01'),
    ('late September', 'DATE', '1995-09'),
    ('Monday', 'DATE', '1995-11-13'),
    ('1990', 'DATE', '1990'),
    ('a few days', 'DURATION', 'PXD'),
    ('seven-year', 'DURATION', 'P7Y'),
    ('2002', 'DATE', '2002'),
    ('the next seven years', 'DURATION', 'P7Y'),
    ('Dec. 1', 'DATE', '1995-12-01'),
    ('5:30 p.m. Monday', 'TIME', '1995-11-13T17:30'),
    ('Saturday afternoon', 'DATE|TIME', '1995-11-11TAF'),
    ('the weekend', 'DATE', '1995-W45-WE'),
    ('next week', 'DATE', '1995-W46'),
    ('Friday', 'DATE', '1995-11-10'),
    ('1990', 'DATE', '1990'),
    ('a month', 'DURATION', 'P1M'),
]),
# 3. Washington Post, Metro court story: guilty plea and sentencing date (1998)
('1998-06-05', 'auto', """Ex-Contracting Chief Pleads Guilty in Kickback Case
Sentencing Set for September; Official Could Face Four Years

By Denise Harlow
Washington Post Staff Writer

A former District procurement official admitted in federal court yesterday that he steered more than $1.2 million in city repair contracts to a Northeast Washington company in exchange for cash, a used Lexus and a vacation in Jamaica over nearly three years.

Raymond T. Ellery, 51, who ran the contracting office of the Department of Public Works from 1993 until he resigned in March 1997, pleaded guilty to one count of bribery before U.S. District Judge Carol Whitcomb. She scheduled sentencing for Sept. 18 at 9:30 a.m.

Under federal sentencing guidelines, Ellery faces roughly four years in prison, although prosecutors said they may ask for a shorter term if he continues to cooperate. The maximum penalty is 15 years.

Assistant U.S. Attorney Glenn Oakes told the court that Ellery met the company's owner at a Capitol Hill restaurant twice a month to collect payments, typically $5,000 in an envelope tucked inside a newspaper.

The scheme unraveled in the fall of 1996, when a city auditor noticed that the same firm had won 14 consecutive emergency contracts for boiler repairs at D.C. public schools. The FBI opened an investigation the following January.

Ellery, dressed in a gray suit, answered the judge's questions in a low voice. Asked whether anyone had promised him a particular sentence, he said, "No, Your Honor." He declined to comment as he left the courthouse on Constitution Avenue.

His attorney, Marcus Bell, said Ellery had "served this city honorably for 22 years and made a terrible mistake." Bell said his client would ask for home detention so he could care for his elderly mother.

The company's owner, Curtis Dade, 46, pleaded guilty last month and is scheduled to be sentenced July 10. A third defendant, a former school maintenance supervisor, is expected to go on trial in the fall.

The case is the latest in a series of corruption prosecutions that have followed the creation of the D.C. financial control board in 1995. The board's executive director, Harold Vance, said this week that the agency had rebid all of the city's emergency contracts and now audits them quarterly.

"The old way of doing business is over," Vance said.

Public Works Director Alvin Sutter said in a statement that the department had replaced every senior manager in its contracting office in the past 18 months. "What happened in that office will not happen again," he said.
""", [
    ('September', 'DATE', '1998-09'),
    ('Four Years', 'DURATION', 'P4Y'),
    ('yesterday', 'DATE', '1998-06-04'),
    ('nearly three years', 'DURATION', 'P3Y'),
    ('1993', 'DATE', '1993'),
    ('March 1997', 'DATE', '1997-03'),
    ('Sept. 18 at 9:30 a.m.', 'TIME', '1998-09-18T09:30'),
    ('roughly four years', 'DURATION', 'P4Y'),
    ('15 years', 'DURATION', 'P15Y'),
    ('twice a month', 'SET', 'P1M'),
    ('the fall of 1996', 'DATE', '1996-FA'),
    ('the following January', 'DATE', '1997-01'),
    ('22 years', 'DURATION', 'P22Y'),
    ('last month', 'DATE', '1998-05'),
    ('July 10', 'DATE', '1998-07-10'),
    ('the fall', 'DATE', '1998-FA'),
    ('1995', 'DATE', '1995'),
    ('this week', 'DATE', '1998-W23'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('quarterly', 'SET', 'P3M'),
    ('the past 18 months', 'DURATION', 'P18M'),
]),
# 4. BBC, Scottish Parliament committee inquiry (2001)
('2001-03-14', 'auto', """MSPs to investigate Glasgow schools deal

A Holyrood committee is to hold an inquiry into a £240m deal to rebuild 19 secondary schools in Glasgow, after the project's costs rose sharply over the past year.

The Scottish Parliament's Audit Committee agreed on Tuesday to take evidence from council officials and from the private consortium behind the scheme, with the first public session expected on 27 March.

Committee convener Moira Lennie said MSPs wanted to know why the bill for the first phase had climbed by £31m since the contract was signed in July 1999.

"Parents were promised new schools by the autumn of 2002," she said. "Now they are being told some pupils will be in temporary classrooms until 2004. That is simply not good enough."

Glasgow City Council said on Wednesday that the delays had been caused by difficult ground conditions at three sites and by design changes requested by head teachers. A spokesman said eight of the schools would still open in August, as planned.

Under the agreement, the consortium will build the schools and maintain them for 30 years, in return for which the council will pay it about £18m every year.

Supporters of such public-private partnerships say they allow councils to replace crumbling buildings far sooner than they could otherwise afford. Critics have argued for several years that they leave taxpayers locked into expensive contracts with little room to change course.

The Accounts Commission examined the deal in 2000 and raised concerns about the way risks had been shared between the council and its partners.

Opposition MSPs have called for the whole scheme to be reviewed. The SNP's finance spokesman, Alasdair Rennie, said: "This is the third time in 18 months that the figures have changed. And whenever we ask, the answer is bigger."

Hearings will take place every Tuesday morning until mid-April, and ministers are expected to give evidence later in the spring. The committee hopes to publish its report by the end of June, before the parliament rises for the summer.

The Scottish Executive said it welcomed the inquiry and would co-operate fully. A spokeswoman said ministers remained committed to the programme, which they believe will deliver "modern, safe schools for thousands of children".

The council's education convener said pupils at the delayed schools would not lose out. "Teachers have worked miracles in difficult buildings, and they will keep doing so," she said.
""", [
    ('the past year', 'DURATION', 'P1Y'),
    ('Tuesday', 'DATE', '2001-03-13'),
    ('27 March', 'DATE', '2001-03-27'),
    ('July 1999', 'DATE', '1999-07'),
    ('the autumn of 2002', 'DATE', '2002-FA'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('2004', 'DATE', '2004'),
    ('Wednesday', 'DATE', '2001-03-14'),
    ('August', 'DATE', '2001-08'),
    ('30 years', 'DURATION', 'P30Y'),
    ('every year', 'SET', 'P1Y'),
    ('several years', 'DURATION', 'PXY'),
    ('2000', 'DATE', '2000'),
    ('18 months', 'DURATION', 'P18M'),
    ('every Tuesday morning', 'SET', 'XXXX-WXX-2TMO'),
    ('mid-April', 'DATE', '2001-04'),
    ('later in the spring', 'DATE', '2001-SP'),
    ('the end of June', 'DATE', '2001-06'),
    ('the summer', 'DATE', '2001-SU'),
]),
# 5. Irish Times, legislation on tribunal costs (2004)
('2004-10-21', 'auto', """Minister to bring Bill on tribunal costs before Dáil by Christmas

Fintan Rowe, Political Staff

The Minister for Justice is to bring legislation before the Dáil before Christmas that would allow the Oireachtas to cap the legal fees paid by tribunals of inquiry, the Cabinet agreed on Tuesday.

The Tribunals of Inquiry (Costs) Bill will be published next week and is expected to complete second stage in the Dáil by the middle of November, according to Government sources.

The move follows a report from the Comptroller and Auditor General last month which estimated that the planning tribunal, which has been sitting since November 1997, could eventually cost the State more than €1 billion.

Senior counsel at the tribunal are paid daily fees of €2,500, a rate which has not changed since 2002.

Speaking in the Dáil yesterday, the Minister, Mr Seán Garvey, said the public could not be expected "to go on writing blank cheques" for inquiries that ran for years. "Nobody envisaged in 1997 that we would still be here in 2004," he said.

Under the Bill, the Oireachtas could set a time limit when a tribunal is established. Mr Garvey indicated on Tuesday that two years would be a reasonable period for most inquiries. Tribunals would also be required to publish their estimated costs every six months.

Labour's justice spokesman, Mr Declan Fahy, said his party would support the principle of the Bill but would table amendments on committee stage in December. "The Government has had seven years to deal with this and has chosen to discover the problem now," he said.

The Bill's passage through the Dáil is likely to overlap with the budget, which is due on December 1st.

The planning tribunal is due to resume public hearings on November 8th after a break of three months. It sits four days a week in Dublin Castle.

A spokeswoman for the tribunal said yesterday it expected to issue an interim report early next year and hoped to conclude its public hearings by the end of 2006. She said the tribunal had already reduced its legal team by a third over the past 12 months.

Several Government backbenchers have complained in recent years that the tribunals have become "a gravy train" for the legal profession, while the Opposition has accused the Government of using the cost issue to deflect attention from the tribunals' findings.

"Nobody is trying to shut anything down," Mr Garvey said. "We are trying to make sure the taxpayer knows what the bill will be."
""", [
    ('Christmas', 'DATE', '2004-12-25'),
    ('Christmas', 'DATE', '2004-12-25'),
    ('Tuesday', 'DATE', '2004-10-19'),
    ('next week', 'DATE', '2004-W44'),
    ('the middle of November', 'DATE', '2004-11'),
    ('last month', 'DATE', '2004-09'),
    ('November 1997', 'DATE', '1997-11'),
    ('daily', 'SET', 'P1D'),
    ('2002', 'DATE', '2002'),
    ('yesterday', 'DATE', '2004-10-20'),
    ('years', 'DURATION', 'PXY'),
    ('1997', 'DATE', '1997'),
    ('2004', 'DATE', '2004'),
    ('Tuesday', 'DATE', '2004-10-19'),
    ('two years', 'DURATION', 'P2Y'),
    ('every six months', 'SET', 'P6M'),
    ('December', 'DATE', '2004-12'),
    ('seven years', 'DURATION', 'P7Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('December 1st', 'DATE', '2004-12-01'),
    ('November 8th', 'DATE', '2004-11-08'),
    ('three months', 'DURATION', 'P3M'),
    ('four days a week', 'SET', 'P1W'),
    ('yesterday', 'DATE', '2004-10-20'),
    ('early next year', 'DATE', '2005'),
    ('the end of 2006', 'DATE', '2006'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
]),
# 6. Globe and Mail, federal election campaign and advance polls (2006)
('2006-01-12', 'auto', """Advance polls open tomorrow as campaign enters final stretch

CLARE WHITBY
OTTAWA

Elections Canada expects a record turnout at advance polls, which open tomorrow morning across the country ahead of the Jan. 23 federal election.

Advance polling stations will be open on Friday, Saturday and Monday, an agency spokesman said yesterday. Voters who miss the advance polls can still cast a special ballot at any of the agency's local offices until 6 p.m. on Tuesday, Jan. 17.

In the 2004 election, about 1.2 million people voted at advance polls, up from roughly 776,000 in 2000. Officials say the increase reflects a growing number of voters who travel during the campaign and a campaign that has been unusually long.

The campaign, which began when the minority government was defeated in a confidence vote on Nov. 28, is at 56 days among the longest in Canadian history. Campaigning largely paused for a week over Christmas before resuming in earnest on Jan. 2.

Since the English-language debate on Monday night, public-opinion polls have shown the Conservatives widening their lead in Ontario, where strategists from all three main parties say the election will be decided.

Prime Minister Paul Martin is to campaign in southwestern Ontario today and tomorrow before flying to British Columbia on the weekend. Conservative Leader Stephen Harper, who held a rally in Quebec City last night, is to spend Friday in the Maritimes. NDP Leader Jack Layton was in Vancouver yesterday and will return to Toronto for an event on Saturday afternoon.

At a community centre in Kanata yesterday, Lorraine Duchene, 67, said she planned to vote on Saturday because she flies to Florida next Thursday.

"I have voted in every federal election since 1958 and I'm not going to miss this one," she said. "My granddaughter is driving me, and then we're going for lunch."

Elections Canada will release preliminary figures on advance-poll turnout on Tuesday. Pollsters say a large early vote tends to favour parties with strong local organizations, which have the volunteers to drive supporters to the polls.

Under staggered voting hours adopted in 1996, polls will close at 9:30 p.m. Eastern time on Jan. 23, and most results should be known within an hour.
""", [
    ('tomorrow', 'DATE', '2006-01-13'),
    ('tomorrow morning', 'DATE|TIME', '2006-01-13TMO'),
    ('Jan. 23', 'DATE', '2006-01-23'),
    ('Friday', 'DATE', '2006-01-13'),
    ('Saturday', 'DATE', '2006-01-14'),
    ('Monday', 'DATE', '2006-01-16'),
    ('yesterday', 'DATE', '2006-01-11'),
    ('6 p.m. on Tuesday, Jan. 17', 'TIME', '2006-01-17T18:00'),
    ('2004', 'DATE', '2004'),
    ('2000', 'DATE', '2000'),
    ('Nov. 28', 'DATE', '2005-11-28'),
    ('56 days', 'DURATION', 'P56D'),
    ('a week', 'DURATION', 'P1W'),
    ('Christmas', 'DATE', '2005-12-25'),
    ('Jan. 2', 'DATE', '2006-01-02'),
    ('Monday night', 'DATE|TIME', '2006-01-09TNI'),
    ('today', 'DATE', '2006-01-12'),
    ('tomorrow', 'DATE', '2006-01-13'),
    ('the weekend', 'DATE', '2006-W02-WE'),
    ('last night', 'DATE|TIME', '2006-01-11TNI'),
    ('Friday', 'DATE', '2006-01-13'),
    ('yesterday', 'DATE', '2006-01-11'),
    ('Saturday afternoon', 'DATE|TIME', '2006-01-14TAF'),
    ('yesterday', 'DATE', '2006-01-11'),
    ('Saturday', 'DATE', '2006-01-14'),
    ('next Thursday', 'DATE', '2006-01-19'),
    ('1958', 'DATE', '1958'),
    ('Tuesday', 'DATE', '2006-01-17'),
    ('1996', 'DATE', '1996'),
    ('9:30 p.m. Eastern time on Jan. 23', 'TIME', '2006-01-23T21:30'),
    ('an hour', 'DURATION', 'PT1H'),
]),
# 7. AP, state supreme court hearing before budget deadline (2009)
('2009-04-29', 'auto', """Pa. Supreme Court fast-tracks fight over malpractice fund

By LAURA McCANN
Associated Press Writer

HARRISBURG, Pa. (AP) -- The Pennsylvania Supreme Court agreed Tuesday to hear arguments next month in a lawsuit challenging the state's plan to move $800 million from a medical malpractice fund into the general budget, putting the case on a fast track ahead of the state's July 1 budget deadline.

The justices scheduled oral arguments for 9:30 a.m. on May 12 in Philadelphia and told both sides to file briefs within two weeks.

Doctors' groups sued in February, arguing that the money belongs to physicians who have paid surcharges into the fund every year since 2003. A Commonwealth Court judge ruled for the state in March.

"This is money doctors paid to keep their insurance affordable, not a rainy-day account for the Legislature," said Jordan Pike, a lawyer for the Pennsylvania Medical Society. He said Wednesday that the society would ask the court to rule quickly and expected a decision by early June.

Gov. Ed Rendell's administration says the transfer is critical to closing a budget gap that has grown every month since October. Revenue collections have fallen short of estimates for seven straight months, and budget officials now put the shortfall at $3.2 billion through June 30.

"We are not going to balance this budget without some painful choices, and this is one of the least painful," said Dana Whitcombe, a spokeswoman for the governor.

The fund, created in 2002 to stabilize malpractice premiums, is financed by an assessment that doctors and hospitals pay annually. Its surplus has grown to nearly $1 billion over the past five years as claims declined.

Lawmakers have until June 30 to pass a new spending plan, but the Legislature has missed that deadline in six of the past seven years. In July 2007, a standoff over transit funding led the state to furlough about 24,000 workers for a day.

Senate Republicans, who control that chamber, have said they will not vote for a budget that relies on the transfer. The House Appropriations Committee plans to hold hearings on the governor's proposal twice a week through the end of May.

"We'll know a lot more after May 12," said Sen. Richard Voss, R-Lancaster, who sits on the Senate Appropriations Committee. "If the court says the money is off the table, everybody has to go back to the drawing board."
""", [
    ('Tuesday', 'DATE', '2009-04-28'),
    ('next month', 'DATE', '2009-05'),
    ('July 1', 'DATE', '2009-07-01'),
    ('9:30 a.m. on May 12', 'TIME', '2009-05-12T09:30'),
    ('two weeks', 'DURATION', 'P2W'),
    ('February', 'DATE', '2009-02'),
    ('every year', 'SET', 'P1Y'),
    ('2003', 'DATE', '2003'),
    ('March', 'DATE', '2009-03'),
    ('Wednesday', 'DATE', '2009-04-29'),
    ('early June', 'DATE', '2009-06'),
    ('every month', 'SET', 'P1M'),
    ('October', 'DATE', '2008-10'),
    ('seven straight months', 'DURATION', 'P7M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('June 30', 'DATE', '2009-06-30'),
    ('2002', 'DATE', '2002'),
    ('annually', 'SET', 'P1Y'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('June 30', 'DATE', '2009-06-30'),
    ('the past seven years', 'DURATION', 'P7Y'),
    ('July 2007', 'DATE', '2007-07'),
    ('a day', 'DURATION', 'P1D'),
    ('twice a week', 'SET', 'P1W'),
    ('the end of May', 'DATE', '2009-05'),
    ('May 12', 'DATE', '2009-05-12'),
]),
# 8. Politico, debt-limit vote timetable (2011)
('2011-07-27', 'auto', """House GOP whips scramble ahead of Thursday debt vote

By MATT CORDELL
7/27/11 6:12 PM EDT

House Republican leaders spent Wednesday trying to lock down votes for Speaker John Boehner's debt-limit plan, pushing a floor vote to Thursday after a Congressional Budget Office score earlier in the week showed the bill cut less than promised.

Leadership aides had planned to bring the measure to the floor Wednesday afternoon. But after the CBO found Tuesday that it would save $850 billion over a decade -- short of the cuts needed to match the $900 billion increase in borrowing authority -- the bill was pulled back and rewritten.

The Treasury Department has said the government will run out of room to borrow on Aug. 2, next Tuesday. The debt limit, set at $14.29 trillion, was reached May 16, and Treasury has used accounting maneuvers since then to keep paying the government's bills.

"We're going to have the votes," said Rep. Dale Kittridge (R-Ind.), a member of the whip team. "It's going to be a long 24 hours, but we'll get there."

Not everyone was so sure. About two dozen conservatives met for two hours Tuesday night in the basement of the Capitol Hill Club, and several emerged saying they would vote no unless the plan included a balanced budget amendment.

"I've been here six months, and I didn't come to Washington to raise the debt ceiling," said freshman Rep. Carla Benning (R-S.C.).

Senate Democrats said they would take up their own plan as soon as Thursday night and would kill the House bill within hours of its arrival. If the House passes the measure Thursday, Senate leaders have said they expect to send back their own version by the weekend, leaving Monday as the last realistic day for a final vote.

The back-and-forth has rattled investors. The Dow Jones industrial average fell nearly 200 points Wednesday, its fourth straight loss, and ratings agencies warned earlier this month that the nation's AAA credit rating could be cut even if a default is avoided. Standard & Poor's first raised the possibility in April.

Congress has raised the debt limit roughly 10 times in the past decade, usually with little drama. The last increase, in February 2010, passed the House 217-212.

White House officials said President Barack Obama would veto any plan that requires another debt fight before the 2012 election. "We are not going to do this again in six months," a senior administration official said.
""", [
    ('Thursday', 'DATE', '2011-07-28'),
    ('7/27/11 6:12 PM EDT', 'TIME', '2011-07-27T18:12'),
    ('Wednesday', 'DATE', '2011-07-27'),
    ('Thursday', 'DATE', '2011-07-28'),
    ('earlier in the week', 'DATE', '2011-W30'),
    ('Wednesday afternoon', 'DATE|TIME', '2011-07-27TAF'),
    ('Tuesday', 'DATE', '2011-07-26'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('Aug. 2', 'DATE', '2011-08-02'),
    ('next Tuesday', 'DATE', '2011-08-02'),
    ('May 16', 'DATE', '2011-05-16'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('two hours', 'DURATION', 'PT2H'),
    ('Tuesday night', 'DATE|TIME', '2011-07-26TNI'),
    ('six months', 'DURATION', 'P6M'),
    ('Thursday night', 'DATE|TIME', '2011-07-28TNI'),
    ('hours', 'DURATION', 'PTXH'),
    ('Thursday', 'DATE', '2011-07-28'),
    ('the weekend', 'DATE', '2011-W30-WE'),
    ('Monday', 'DATE', '2011-08-01'),
    ('Wednesday', 'DATE', '2011-07-27'),
    ('earlier this month', 'DATE', '2011-07'),
    ('April', 'DATE', '2011-04'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('February 2010', 'DATE', '2010-02'),
    ('2012', 'DATE', '2012'),
    ('six months', 'DURATION', 'P6M'),
]),
# 9. BBC Wales, Crown Court plea and sentencing date (2014)
('2014-09-08', 'auto', """Former Merthyr councillor admits £40,000 expenses fraud

A former council cabinet member has admitted claiming more than £40,000 in false expenses over a period of four years.

Gareth Pryce, 58, of Merthyr Tydfil, pleaded guilty to fraud by false representation at Cardiff Crown Court on Monday.

The court heard he submitted mileage and subsistence claims for journeys he never made between April 2008 and May 2012, when he lost his seat at the local elections.

Prosecutor Helen Marsh said Pryce had claimed for trips to meetings in Cardiff "almost every week", including one on Christmas Day 2010 and others for meetings that never took place.

The fraud came to light last year after a member of the public submitted a Freedom of Information request asking to see the claims.

Pryce, who was first elected in 1996 and served on the council for 16 years, has since repaid £12,000.

Defending, Rhodri Evans said his client had been suffering from depression at the time and was "deeply ashamed of what he has done".

Judge Martin Probert adjourned sentencing until 3 October and released Pryce on bail. He told him: "You should be under no illusion that a custodial sentence is very likely."

The offence carries a maximum sentence of 10 years in prison. The hearing lasted about 20 minutes.

In a statement, Merthyr Tydfil Council said it had overhauled its allowances system since 2012 and now publishes members' claims online monthly.

A Wales Audit Office review published in July found weaknesses in the way several Welsh councils checked members' expenses. It recommended that claims be signed off by a senior officer within 30 days of being submitted.

A separate review of councillors' allowances across Wales, commissioned by the Welsh Government earlier this year, is due to report in the spring.

Council leader Ann Lewis said: "Public trust takes years to build. We will not let one person's dishonesty undo the work of the many councillors who serve this borough honestly."

Plaid Cymru's local government spokesman said the case showed the need for a single, independent body to check councillors' claims across Wales.
""", [
    ('four years', 'DURATION', 'P4Y'),
    ('Monday', 'DATE', '2014-09-08'),
    ('April 2008', 'DATE', '2008-04'),
    ('May 2012', 'DATE', '2012-05'),
    ('almost every week', 'SET', 'P1W'),
    ('Christmas Day 2010', 'DATE', '2010-12-25'),
    ('last year', 'DATE', '2013'),
    ('1996', 'DATE', '1996'),
    ('16 years', 'DURATION', 'P16Y'),
    ('3 October', 'DATE', '2014-10-03'),
    ('10 years', 'DURATION', 'P10Y'),
    ('about 20 minutes', 'DURATION', 'PT20M'),
    ('2012', 'DATE', '2012'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('monthly', 'SET', 'P1M'),
    ('July', 'DATE', '2014-07'),
    ('30 days', 'DURATION', 'P30D'),
    ('earlier this year', 'DATE', '2014'),
    ('the spring', 'DATE', '2015-SP'),
    ('years', 'DURATION', 'PXY'),
]),
# 10. Irish Times, Dáil vote on judicial appointments Bill postponed (2017)
('2017-02-15', 'auto', """Dáil vote on judicial appointments Bill put back to March

Áine Kerrigan, Political Reporter

A Dáil vote on the Government's judicial appointments legislation has been postponed until next month after Ministers failed to agree a final set of amendments at Cabinet on Tuesday.

The Bill, which would establish a new commission with a lay majority and a lay chair to recommend candidates for the bench, had been due to go to a vote on Thursday week.

Government sources said last night that it would instead be taken in the week beginning March 6th, to allow the Attorney General more time to examine the amendments.

The legislation was promised in the programme for government agreed last May and was published in December. It has been the subject of repeated disagreements between the Independent Alliance and Fine Gael Ministers since the summer.

An Independent Minister who has championed the Bill said yesterday he was "disappointed but not surprised" by the delay. "We have waited 20 years for this reform; another three weeks will not kill it," he said.

Fianna Fáil's justice spokesman, Mr Colm Brennock, said the Government had "had nine months to sort this out and still cannot agree among itself".

Judges in the Republic are currently appointed by the Government on the advice of the Judicial Appointments Advisory Board, which was set up in 1995. Critics have long argued that the board's role is limited, since the Government is free to appoint candidates it has not recommended.

Under the Bill, the new commission would meet four times a year and would be required to recommend three candidates for each vacancy. The Chief Justice would sit on the commission but would no longer chair it.

The Law Society, which has opposed parts of the Bill for the past two years, said in a statement on Monday that it feared the changes would delay appointments. There are now 17 vacancies on the bench, according to the Courts Service.

The Seanad is not expected to consider the Bill until after Easter, meaning it is unlikely to become law before the summer. The Minister for Justice told the Dáil last week that she hoped to have the new commission in place by the end of the year.

Opposition TDs said the delay would do little to reassure litigants waiting for cases to be heard. "Every vacancy means longer lists in the High Court," one said.
""", [
    ('March', 'DATE', '2017-03'),
    ('next month', 'DATE', '2017-03'),
    ('Tuesday', 'DATE', '2017-02-14'),
    ('Thursday week', 'DATE', '2017-02-23'),
    ('last night', 'DATE|TIME', '2017-02-14TNI'),
    ('the week beginning March 6th', 'DATE', '2017-W10'),
    ('last May', 'DATE', '2016-05'),
    ('December', 'DATE', '2016-12'),
    ('the summer', 'DATE', '2016-SU'),
    ('yesterday', 'DATE', '2017-02-14'),
    ('20 years', 'DURATION', 'P20Y'),
    ('three weeks', 'DURATION', 'P3W'),
    ('nine months', 'DURATION', 'P9M'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('1995', 'DATE', '1995'),
    ('four times a year', 'SET', 'P1Y'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('Monday', 'DATE', '2017-02-13'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Easter', 'DATE', '2017-04-16'),
    ('the summer', 'DATE', '2017-SU'),
    ('last week', 'DATE', '2017-W06'),
    ('the end of the year', 'DATE', '2017|2017-12'),
]),
# 11. Globe and Mail, provincial public inquiry timetable (2021)
('2021-06-17', 'auto', """Inquiry into Winnipeg water-plant contract to begin hearings in October

NADINE KOWAL
PRAIRIES REPORTER
WINNIPEG
PUBLISHED JUNE 17, 2021

A provincial inquiry into how the City of Winnipeg awarded a $410-million contract for its north-end water-treatment plant will begin public hearings on Oct. 4 and expects to hear from about 60 witnesses over 12 weeks, its commissioner said on Wednesday.

Marguerite Lavallée, a retired Court of Queen's Bench justice who was appointed to lead the inquiry in March, told reporters that her staff had already collected more than 80,000 documents from the city, the province and the consortium that built the plant.

"We are not starting from scratch," she said. "Our counsel have spent the past three months reading, and they will spend the summer interviewing witnesses."

The contract, the largest infrastructure project in the city in more than a decade, was awarded in 2016 after a tendering process that the province's Auditor-General described in December as "deeply flawed." The plant was originally scheduled to open in the spring of 2019 but did not begin operating until last November, and it came in $130-million over budget.

The Premier ordered the inquiry in January after the Auditor-General's report was tabled in the legislature.

Under its terms of reference, the inquiry must deliver an interim report by Jan. 31 and a final report by the end of next year. Justice Lavallée said she intended to meet both deadlines.

Hearings will be held at the RBC Convention Centre three days a week and streamed online. Some witnesses will be allowed to testify by video, as Manitoba courts have permitted since the spring of 2020 because of the pandemic.

The Opposition NDP said Wednesday that 12 weeks was not enough time to examine a project of the plant's size and called for the hearings to continue into 2022 if necessary. "Winnipeggers have waited five years for answers," the party's municipal-affairs critic said.

The city's chief administrative officer said council would vote next Thursday on whether to pay the legal costs of city employees called to testify. The consortium, which denies any wrongdoing, said in a statement that it would co-operate fully and was confident the hearings would show the plant "was built to the highest standards."
""", [
    ('October', 'DATE', '2021-10'),
    ('JUNE 17, 2021', 'DATE', '2021-06-17'),
    ('Oct. 4', 'DATE', '2021-10-04'),
    ('12 weeks', 'DURATION', 'P12W'),
    ('Wednesday', 'DATE', '2021-06-16'),
    ('March', 'DATE', '2021-03'),
    ('the past three months', 'DURATION', 'P3M'),
    ('the summer', 'DATE', '2021-SU'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('2016', 'DATE', '2016'),
    ('December', 'DATE', '2020-12'),
    ('the spring of 2019', 'DATE', '2019-SP'),
    ('last November', 'DATE', '2020-11'),
    ('January', 'DATE', '2021-01'),
    ('Jan. 31', 'DATE', '2022-01-31'),
    ('the end of next year', 'DATE', '2022'),
    ('three days a week', 'SET', 'P1W'),
    ('the spring of 2020', 'DATE', '2020-SP'),
    ('Wednesday', 'DATE', '2021-06-16'),
    ('12 weeks', 'DURATION', 'P12W'),
    ('2022', 'DATE', '2022'),
    ('five years', 'DURATION', 'P5Y'),
    ('next Thursday', 'DATE', '2021-06-24'),
]),
# 12. Roll Call, fiscal 2024 shutdown deadlines (2024)
('2024-02-27', 'auto', """Appropriators race to finish text as March 1 shutdown deadline nears

By Aidan Mercer
Posted February 27, 2024 at 5:45pm

Congressional leaders left a White House meeting Tuesday saying they were optimistic about averting a partial government shutdown at the end of the week, but appropriators said the text of at least four fiscal 2024 spending bills was still not final.

Funding for the departments covered by the Agriculture, Energy-Water, Military Construction-VA and Transportation-HUD bills expires at 12:01 a.m. Saturday, while the remaining eight bills run out March 8.

Those deadlines are set by the third stopgap law of fiscal 2024, which began Oct. 1. Lawmakers approved the most recent one in January, splitting the bills into two groups to keep pressure on negotiators.

"We're close on Ag and MilCon-VA. T-HUD is another matter," said Rep. Glenn Hadley, R-Kan., a senior appropriator, who said staff had worked through the weekend and late into Monday night.

Leaders are expected to move another short stopgap, possibly lasting a week, as early as Thursday to give negotiators more time to finish the first package. Under House rules, members must have 72 hours to read a bill before it comes to the floor.

Defense and Labor-HHS-Education, the two largest bills, are expected to be the last to be completed, likely in mid-March. The House is scheduled to leave on March 22 for a two-week recess.

Congress has not enacted all 12 regular spending bills on time since fiscal 1997, and lawmakers have relied on continuing resolutions every year since. The last shutdown, which lasted 35 days, ended in January 2019.

The pressure this year is compounded by the debt limit law enacted last spring, which would impose an automatic 1 percent cut across most accounts if all 12 bills are not enacted by April 30.

"Nobody wants a shutdown, and nobody wants a sequester," Hadley said. "But we are running out of calendar."

Senate Majority Leader Charles E. Schumer said on the floor Monday that the Senate would stay in session through the weekend if necessary. Appropriators in both chambers said they expected to keep meeting daily in the coming weeks.
""", [
    ('March 1', 'DATE', '2024-03-01'),
    ('February 27, 2024 at 5:45pm', 'TIME', '2024-02-27T17:45'),
    ('Tuesday', 'DATE', '2024-02-27'),
    ('the end of the week', 'DATE', '2024-W09'),
    ('fiscal 2024', 'DATE', 'FY2024|2024'),
    ('12:01 a.m. Saturday', 'TIME', '2024-03-02T00:01'),
    ('March 8', 'DATE', '2024-03-08'),
    ('fiscal 2024', 'DATE', 'FY2024|2024'),
    ('Oct. 1', 'DATE', '2023-10-01'),
    ('January', 'DATE', '2024-01'),
    ('the weekend', 'DATE', '2024-W08-WE'),
    ('Monday night', 'DATE|TIME', '2024-02-26TNI'),
    ('a week', 'DURATION', 'P1W'),
    ('Thursday', 'DATE', '2024-02-29'),
    ('72 hours', 'DURATION', 'PT72H'),
    ('mid-March', 'DATE', '2024-03'),
    ('March 22', 'DATE', '2024-03-22'),
    ('two-week', 'DURATION', 'P2W'),
    ('fiscal 1997', 'DATE', 'FY1997|1997'),
    ('every year', 'SET', 'P1Y'),
    ('35 days', 'DURATION', 'P35D'),
    ('January 2019', 'DATE', '2019-01'),
    ('this year', 'DATE', '2024'),
    ('last spring', 'DATE', '2023-SP'),
    ('April 30', 'DATE', '2024-04-30'),
    ('Monday', 'DATE', '2024-02-26'),
    ('the weekend', 'DATE', '2024-W09-WE'),
    ('daily', 'SET', 'P1D'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
]),
]
