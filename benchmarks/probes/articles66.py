# Gold TIMEX3 probe set 66: twelve news stories of 1988-2016 in the styles of the Wall Street Journal, the New York Times, AP, Reuters, the Washington Post and CNN, in TimeBank's and TempEval-3's manner: politics, diplomacy, companies and markets, crime and courts, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Wall Street Journal, companies and markets (1988)
('1988-10-19', 'auto', """Harlan Foods Rejects Corbin's $2.1 Billion Offer, Plans Recapitalization

By Daniel Kessler
Staff Reporter of The Wall Street Journal

CHICAGO -- Harlan Foods Inc.'s board rejected a $2.1 billion takeover offer from Corbin Group and said it would pursue a recapitalization that would pay holders a special dividend of $18 a share.

Directors of the food processor met for nearly six hours Monday and again Tuesday before voting unanimously against the $54-a-share bid, which Corbin made Oct. 3. In a statement issued late yesterday, Harlan called the offer "inadequate" and said the recapitalization would deliver "substantially greater value" to shareholders.

In New York Stock Exchange composite trading yesterday, Harlan shares fell $2.375 to $51.125 on volume of 1.8 million shares, more than triple their average over the past three months.

Corbin, a closely held investment partnership based in Dallas, said it would "review all of its options," including a proxy fight. Its tender offer is scheduled to expire at midnight Nov. 1 unless extended. A Corbin spokesman said the group would decide within a week whether to raise its price.

Harlan's plan, which would be financed with about $900 million of bank loans and a sale of high-yield bonds, would be completed by the end of March, the company said. Harlan would also sell its frozen-vegetable unit, which has lost money for three consecutive years.

The contest is the largest for a food company since the stock market crash of Oct. 19, 1987, which briefly chilled the takeover business. Deal volume has recovered sharply since last spring, and investment bankers say 1988 is likely to be a record year for leveraged buy-outs.

Harlan, founded in 1923 as a Milwaukee cheese maker, has struggled in recent years as consumers shifted to fresher products. It earned $71.4 million, or $1.82 a share, in fiscal 1988, which ended June 30, down from $88.2 million, or $2.26 a share, a year earlier. The company is scheduled to report earnings next Tuesday.

Analysts said the board's response had been expected. "They've been preparing for this for months," said Ruth Adler, an analyst with a New York brokerage firm. "The question now is whether Corbin walks away or comes back with $58 or $60 by the end of the month."

Walter Pruitt, Harlan's 61-year-old chairman and chief executive, said in an interview that the board had "no interest in selling the company," and that management would meet with large institutional holders over the next two weeks.
""", [
    ('nearly six hours', 'DURATION', 'PT6H'),
    ('Monday', 'DATE', '1988-10-17'),
    ('Tuesday', 'DATE', '1988-10-18'),
    ('Oct. 3', 'DATE', '1988-10-03'),
    ('late yesterday', 'DATE', '1988-10-18'),
    ('yesterday', 'DATE', '1988-10-18'),
    ('the past three months', 'DURATION', 'P3M'),
    ('midnight Nov. 1', 'TIME', '1988-11-01T24:00|1988-11-01T00:00'),
    ('a week', 'DURATION', 'P1W'),
    ('the end of March', 'DATE', '1989-03'),
    ('three consecutive years', 'DURATION', 'P3Y'),
    ('Oct. 19, 1987', 'DATE', '1987-10-19'),
    ('last spring', 'DATE', '1988-SP'),
    ('1988', 'DATE', '1988'),
    ('1923', 'DATE', '1923'),
    ('recent years', 'DATE', 'PAST_REF'),
    ('fiscal 1988', 'DATE', 'FY1988|1988'),
    ('June 30', 'DATE', '1988-06-30'),
    ('a year earlier', 'DATE', 'FY1987|1987'),
    ('next Tuesday', 'DATE', '1988-10-25'),
    ('months', 'DURATION', 'PXM'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the end of the month', 'DATE', '1988-10'),
    ('the next two weeks', 'DURATION', 'P2W'),
]),
# 2. AP, crime and courts (1990)
('1990-05-11', 'auto', """Ex-Customs Inspector Convicted in Cocaine Smuggling Case

MIAMI (AP) _ A federal jury on Thursday convicted a former U.S. Customs inspector of helping a Colombian ring smuggle more than 4 tons of cocaine through Miami International Airport over three years.

The jury of seven women and five men deliberated for about 11 hours over two days before finding Raul Esquivel, 44, guilty on 12 of 14 counts, including conspiracy and bribery. He faces up to life in prison when he is sentenced July 20.

Prosecutors said Esquivel accepted at least $1.2 million in bribes from 1985 to 1988 to wave through cargo containers of cut flowers that concealed cocaine. He was arrested in October 1988, two weeks after agents seized 900 pounds of cocaine at a warehouse near the airport.

"This was a betrayal of the badge," Assistant U.S. Attorney Linda Ferrer told jurors in closing arguments Tuesday.

Esquivel's lawyer, Mark Sobel, said he would appeal. "We'll file notice within 10 days," Sobel said after the verdict was read at 4:15 p.m.

Esquivel, who worked for Customs for 17 years, showed no emotion as the verdict was read. His wife and two daughters wept in the front row.

The trial, which began April 16, was the fourth in Miami this year involving law enforcement officers accused of aiding drug traffickers. In March, two Metro-Dade police officers were convicted of protecting drug shipments, and a third case ended in a mistrial last month.

U.S. Attorney Robert Haines said Friday that his office had charged 23 public employees since January 1989 and that more indictments would be returned in the coming weeks.

"Nobody who wears a uniform in this district should think they are untouchable," Haines told reporters.

The case grew out of a two-year investigation, code-named Operation Bouquet, that also led to the conviction of nine Colombians last year. Two men described by prosecutors as the ring's leaders remain fugitives.

Customs officials said the agency now rotates inspectors among cargo terminals every six months and requires supervisors to review seizure records weekly, changes made after Esquivel's arrest.

U.S. District Judge Thomas Garland ordered Esquivel held without bail until sentencing. A hearing on a defense motion for a new trial was set for 9 a.m. May 29.
""", [
    ('Thursday', 'DATE', '1990-05-10'),
    ('three years', 'DURATION', 'P3Y'),
    ('about 11 hours', 'DURATION', 'PT11H'),
    ('two days', 'DURATION', 'P2D'),
    ('July 20', 'DATE', '1990-07-20'),
    ('1985', 'DATE', '1985'),
    ('1988', 'DATE', '1988'),
    ('October 1988', 'DATE', '1988-10'),
    ('two weeks', 'DURATION', 'P2W'),
    ('Tuesday', 'DATE', '1990-05-08'),
    ('10 days', 'DURATION', 'P10D'),
    ('4:15 p.m.', 'TIME', '1990-05-10T16:15'),
    ('17 years', 'DURATION', 'P17Y'),
    ('April 16', 'DATE', '1990-04-16'),
    ('this year', 'DATE', '1990'),
    ('March', 'DATE', '1990-03'),
    ('last month', 'DATE', '1990-04'),
    ('Friday', 'DATE', '1990-05-11'),
    ('January 1989', 'DATE', '1989-01'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('two-year', 'DURATION', 'P2Y'),
    ('last year', 'DATE', '1989'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every six months', 'SET', 'P6M'),
    ('weekly', 'SET', 'P1W'),
    ('9 a.m. May 29', 'TIME', '1990-05-29T09:00'),
]),
# 3. New York Times, politics (1992)
('1992-03-04', 'auto', """Westchester Approves $84 Million for Jail Expansion

By Margaret Lindqvist
Special to The New York Times

WHITE PLAINS, March 4 — After more than two years of debate, the Westchester County Board of Legislators voted 11 to 6 today to borrow $84 million to expand the county jail in Valhalla, where the inmate population has nearly doubled since 1986.

The vote, which came at about 10:20 P.M. after a five-hour session, ended a dispute that had pitted the County Executive, Frank D. Morelli, against a bipartisan coalition of legislators from the northern part of the county who argued that a new jail should be built elsewhere.

"Tonight the board finally did what it should have done in 1990," Mr. Morelli said after the vote. He said construction could begin as early as this summer and be finished by the fall of 1994.

Under a consent decree signed in Federal court last May, the county must reduce the jail's population to 1,100 inmates by Jan. 1, 1993, or face daily fines of $5,000. On Monday night the jail held 1,512 inmates, according to the county's Department of Correction.

Opponents, led by Legislator Helen Strauss of Bedford, said they would ask the State Commission of Correction to review the plan. "This is a decision made in haste to meet a deadline," Mrs. Strauss said. "The county has had years to look at alternatives, and it has looked at none of them."

The bond issue, the largest in the county's history, will add about $7.2 million annually to debt service for the next 20 years, according to the county budget office. Property taxes rose 9 percent last year, and Mr. Morelli has promised that there will be no increase in 1992.

The jail, which opened in 1931 and was last enlarged in the late 1970's, has been the subject of lawsuits for more than a decade. In the fall, inmates staged a two-day hunger strike to protest conditions in the old east wing, which the expansion would replace.

Board members said they expected to choose an architect within 60 days. A public hearing on the design is scheduled for mid-April, and the board's public safety committee will take up a separate proposal next month to expand a work-release program for nonviolent offenders.
""", [
    ('March 4', 'DATE', '1992-03-04'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('today', 'DATE', '1992-03-04'),
    ('1986', 'DATE', '1986'),
    ('about 10:20 P.M.', 'TIME', '1992-03-04T22:20'),
    ('five-hour', 'DURATION', 'PT5H'),
    ('Tonight', 'DATE|TIME', '1992-03-04TNI'),
    ('1990', 'DATE', '1990'),
    ('this summer', 'DATE', '1992-SU'),
    ('the fall of 1994', 'DATE', '1994-FA'),
    ('last May', 'DATE', '1991-05'),
    ('Jan. 1, 1993', 'DATE', '1993-01-01'),
    ('daily', 'SET', 'P1D'),
    ('Monday night', 'DATE|TIME', '1992-03-02TNI'),
    ('years', 'DURATION', 'PXY'),
    ('annually', 'SET', 'P1Y'),
    ('the next 20 years', 'DURATION', 'P20Y'),
    ('last year', 'DATE', '1991'),
    ('1992', 'DATE', '1992'),
    ('1931', 'DATE', '1931'),
    ("the late 1970's", 'DATE', '197'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('the fall', 'DATE', '1991-FA'),
    ('two-day', 'DURATION', 'P2D'),
    ('60 days', 'DURATION', 'P60D'),
    ('mid-April', 'DATE', '1992-04'),
    ('next month', 'DATE', '1992-04'),
]),
# 4. Reuters, diplomacy (1995)
('1995-06-27', 'auto', """EU, Morocco to resume fisheries talks on Thursday

BRUSSELS (Reuter) - European Union and Moroccan negotiators will resume talks on a new fisheries agreement on Thursday after failing to reach a deal over the weekend, an EU spokesman said on Tuesday.

The previous four-year accord, which allowed about 700 mostly Spanish and Portuguese vessels to fish in Moroccan waters, expired on April 30, and the boats have been tied up in port since May 1.

"We are closer than we were a month ago, but there are still important differences on quotas and on the share of the catch that must be landed in Moroccan ports," the spokesman told a news briefing.

The talks, which began in March, broke down on May 18 and resumed a week later in Rabat. Morocco wants the EU to cut its catch of octopus and squid by 40 percent over the next three years and to pay more than the 102 million ecus ($133 million) it paid each year under the old agreement.

Spanish fishermen's associations said their members had lost more than 20 billion pesetas in the past eight weeks. They threatened to block Moroccan lorries at the port of Algeciras next week if no agreement was reached by Friday.

Spain, which takes over the rotating EU presidency from France on July 1, has pressed the European Commission to wrap up the negotiations before the end of the month. Madrid has also asked Brussels to extend emergency aid for idle crews beyond June 30.

Diplomats said a compromise could include a gradual reduction of the fleet over the life of a new agreement, with a joint review of fish stocks every 12 months.

The European Parliament's fisheries committee is due to debate the dispute on July 11.

The standoff is the most serious between the EU and Morocco since 1988, when a similar accord was signed after nearly a year of negotiations. Morocco has sought in recent years to develop its own fishing fleet and processing industry, and officials in Rabat say the country can no longer afford to let foreign trawlers deplete its stocks.

The new round of talks is expected to last two days. "If there is political will on both sides, we can finish this week," the spokesman said.
""", [
    ('Thursday', 'DATE', '1995-06-29'),
    ('Thursday', 'DATE', '1995-06-29'),
    ('the weekend', 'DATE', '1995-W25-WE'),
    ('Tuesday', 'DATE', '1995-06-27'),
    ('four-year', 'DURATION', 'P4Y'),
    ('April 30', 'DATE', '1995-04-30'),
    ('May 1', 'DATE', '1995-05-01'),
    ('a month ago', 'DATE', '1995-05'),
    ('March', 'DATE', '1995-03'),
    ('May 18', 'DATE', '1995-05-18'),
    ('a week later', 'DATE', '1995-05-25|1995-W21'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('each year', 'SET', 'P1Y'),
    ('the past eight weeks', 'DURATION', 'P8W'),
    ('next week', 'DATE', '1995-W27'),
    ('Friday', 'DATE', '1995-06-30'),
    ('July 1', 'DATE', '1995-07-01'),
    ('the end of the month', 'DATE', '1995-06'),
    ('June 30', 'DATE', '1995-06-30'),
    ('every 12 months', 'SET', 'P12M'),
    ('July 11', 'DATE', '1995-07-11'),
    ('1988', 'DATE', '1988'),
    ('nearly a year', 'DURATION', 'P1Y'),
    ('recent years', 'DATE', 'PAST_REF'),
    ('two days', 'DURATION', 'P2D'),
    ('this week', 'DATE', '1995-W26'),
]),
# 5. Washington Post, politics (1997)
('1997-09-30', 'auto', """House Passes Stopgap Spending Bill as Budget Deadline Arrives

By Karen Whitfield
Washington Post Staff Writer

The House last night approved a temporary spending measure to keep the government running for three more weeks, as lawmakers conceded they would miss today's deadline for finishing most of the 13 bills that fund federal agencies in fiscal 1998, which begins tomorrow.

The stopgap bill, passed 399 to 19 at 8:50 p.m., would keep agencies operating at fiscal 1997 levels through Oct. 23. The Senate is expected to approve it this morning, and President Clinton has said he will sign it.

Republican leaders had been determined to avoid a repeat of the budget confrontations of late 1995 and early 1996, when two partial government shutdowns idled as many as 800,000 federal workers for a total of 27 days.

"Nobody in this building wants to go back to that," said Rep. Thomas J. Keane (R-Pa.), a senior member of the Appropriations Committee. "We'll get this done, but we need a few more weeks."

So far Congress has sent only five of the 13 bills to the president. Negotiators worked through the weekend on the $80 billion measure covering the departments of Labor, Education and Health and Human Services, which has been stalled for weeks over Clinton's proposal for voluntary national tests in reading and math.

Administration officials said yesterday that agencies had been told on Friday to prepare contingency plans in case funding lapsed at midnight tonight, but that they did not expect to use them.

Last year, Congress finished its spending work on Sept. 28, two days before the deadline, after a marathon session that produced a single $390 billion package. Since the fiscal calendar was changed in 1976, lawmakers have completed all of the bills on time in only a handful of cases.

The new measure is the first of what could be several this fall. House and Senate leaders hope to adjourn by Nov. 7, but aides said that target could slip to mid-November if talks on the education bill and on a separate foreign aid measure drag on. Senate leaders also said they would take up a campaign finance bill early next month.

The budget agreement that Clinton and congressional leaders reached in May calls for balancing the budget by 2002. Appropriators are now working within the spending caps set by that deal, which limit increases in discretionary spending over the next five years.
""", [
    ('last night', 'DATE|TIME', '1997-09-29TNI'),
    ('three more weeks', 'DURATION', 'P3W'),
    ('today', 'DATE', '1997-09-30'),
    ('fiscal 1998', 'DATE', 'FY1998|1998'),
    ('tomorrow', 'DATE', '1997-10-01'),
    ('8:50 p.m.', 'TIME', '1997-09-29T20:50'),
    ('fiscal 1997', 'DATE', 'FY1997|1997'),
    ('Oct. 23', 'DATE', '1997-10-23'),
    ('this morning', 'DATE|TIME', '1997-09-30TMO'),
    ('late 1995', 'DATE', '1995'),
    ('early 1996', 'DATE', '1996'),
    ('27 days', 'DURATION', 'P27D'),
    ('a few more weeks', 'DURATION', 'PXW'),
    ('the weekend', 'DATE', '1997-W39-WE'),
    ('weeks', 'DURATION', 'PXW'),
    ('yesterday', 'DATE', '1997-09-29'),
    ('Friday', 'DATE', '1997-09-26'),
    ('midnight tonight', 'TIME', '1997-09-30T24:00|1997-10-01T00:00'),
    ('Last year', 'DATE', '1996'),
    ('Sept. 28', 'DATE', '1996-09-28'),
    ('two days', 'DURATION', 'P2D'),
    ('1976', 'DATE', '1976'),
    ('this fall', 'DATE', '1997-FA'),
    ('Nov. 7', 'DATE', '1997-11-07'),
    ('mid-November', 'DATE', '1997-11'),
    ('early next month', 'DATE', '1997-10'),
    ('May', 'DATE', '1997-05'),
    ('2002', 'DATE', '2002'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the next five years', 'DURATION', 'P5Y'),
]),
# 6. CNN, markets and banks (1999)
('1999-11-18', 'auto', """Fed stockpiles extra cash as computer deadline nears

November 18, 1999

NEW YORK (CNNfn) - The Federal Reserve said Thursday it has shipped about $50 billion in extra currency to banks over the past three months, part of its preparations for possible computer problems when the calendar rolls over on New Year's Day.

The central bank expects to have about $200 billion in reserve currency on hand by the end of the year, roughly double the usual stockpile, a Fed official told reporters in a conference call. "We want to make sure that anyone who wants cash can get it," the official said.

So far, public demand has been modest. Currency in circulation rose 1.6 percent in October, only slightly faster than in October 1998, according to Fed figures, which the central bank has been releasing weekly since August.

Banks, which have spent an estimated $9 billion since 1996 fixing and testing their computer systems, say they are ready. Regulators said 99 percent of the institutions they supervise had finished testing by June 30. Some banks have begun checking their automated teller machines twice a day.

Still, many banks plan to keep command centers open from Friday, Dec. 31, through Monday, Jan. 3, and several have told technology workers to cancel vacations in late December.

On Tuesday, the Fed's policy-making committee raised its target for the federal funds rate a quarter point to 5.5 percent, its third increase since June. Analysts said the Fed wanted to get the move out of the way well before the end of the year. The committee next meets Dec. 21, and most economists expect it to leave rates unchanged.

"They didn't want to rock the boat in December," said Carl Ostrowski, chief economist at a Chicago bank.

Consumer advocates have urged people not to pull large sums out of their accounts. "Your money is safer in the bank now than it has been in decades," said Ellen Marsh of the Consumer Banking Council.

Bank stocks rose Thursday afternoon after the Fed's announcement, and the KBW Bank index gained 1.4 percent.

The Fed also said Thursday that banks had made little use so far of a special lending program it created in October to provide loans through April 7. Officials said they expected demand for the loans to pick up.
""", [
    ('November 18, 1999', 'DATE', '1999-11-18'),
    ('Thursday', 'DATE', '1999-11-18'),
    ('the past three months', 'DURATION', 'P3M'),
    ("New Year's Day", 'DATE', '2000-01-01'),
    ('the end of the year', 'DATE', '1999|1999-12'),
    ('October', 'DATE', '1999-10'),
    ('October 1998', 'DATE', '1998-10'),
    ('weekly', 'SET', 'P1W'),
    ('August', 'DATE', '1999-08'),
    ('1996', 'DATE', '1996'),
    ('June 30', 'DATE', '1999-06-30'),
    ('twice a day', 'SET', 'P1D'),
    ('Friday, Dec. 31', 'DATE', '1999-12-31'),
    ('Monday, Jan. 3', 'DATE', '2000-01-03'),
    ('late December', 'DATE', '1999-12'),
    ('Tuesday', 'DATE', '1999-11-16'),
    ('June', 'DATE', '1999-06'),
    ('the end of the year', 'DATE', '1999|1999-12'),
    ('Dec. 21', 'DATE', '1999-12-21'),
    ('December', 'DATE', '1999-12'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('Thursday afternoon', 'DATE|TIME', '1999-11-18TAF'),
    ('Thursday', 'DATE', '1999-11-18'),
    ('October', 'DATE', '1999-10'),
    ('April 7', 'DATE', '2000-04-07'),
]),
# 7. AP, crime and courts (2002)
('2002-02-13', 'auto', """Ex-Treasurer Gets 6 Years for Pension Theft

WOONSOCKET, R.I. (AP) — A former city treasurer who stole nearly $600,000 from a municipal pension fund over a decade was sentenced Wednesday to six years in prison.

Edward Mancini, 58, pleaded guilty in November to embezzlement and filing false tax returns. Prosecutors said he wrote himself more than 200 checks between 1990 and 2000, many of them on Friday afternoons, when his deputy was out of the office.

Superior Court Judge Anne Costa also ordered Mancini to pay restitution and to serve five years of probation after his release.

"You betrayed the people who trusted you the most," Costa told him. "Some of these retirees worked 30 years for this city."

Mancini, who served as treasurer from 1987 until he resigned in March 2001, apologized to the court and to the retirees who filled the gallery. "I have no excuse," he said, his voice breaking.

The theft came to light early last year, when auditors hired by the city noticed that the fund's balance did not match its bank statements. The auditors asked to see the canceled checks on March 8, 2001, and Mancini resigned the following day.

His lawyer, John Reardon, had asked for home confinement, citing his client's heart condition and the $140,000 he has repaid in recent months. Prosecutors sought the maximum of eight years.

Mancini must surrender to state prison officials by March 15.

The city's mayor said Tuesday that the city now requires two signatures on every check over $1,000 and has hired outside auditors to review the pension accounts twice a year.

A civil lawsuit filed by the pension board against Mancini and the city's former auditing firm is scheduled for trial in the fall.

The courthouse will be closed Monday for Presidents Day. A hearing on a defense request to delay Mancini's surrender is set for 10 a.m. Tuesday.

Retiree Dorothy Lavoie, 74, said she had come to court every day since the case began. "I wanted to look him in the eye," she said.
""", [
    ('6 Years', 'DURATION', 'P6Y'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('Wednesday', 'DATE', '2002-02-13'),
    ('six years', 'DURATION', 'P6Y'),
    ('November', 'DATE', '2001-11'),
    ('1990', 'DATE', '1990'),
    ('2000', 'DATE', '2000'),
    ('Friday afternoons', 'SET', 'XXXX-WXX-5TAF'),
    ('five years', 'DURATION', 'P5Y'),
    ('30 years', 'DURATION', 'P30Y'),
    ('1987', 'DATE', '1987'),
    ('March 2001', 'DATE', '2001-03'),
    ('early last year', 'DATE', '2001'),
    ('March 8, 2001', 'DATE', '2001-03-08'),
    ('the following day', 'DATE', '2001-03-09'),
    ('recent months', 'DATE', 'PAST_REF'),
    ('eight years', 'DURATION', 'P8Y'),
    ('March 15', 'DATE', '2002-03-15'),
    ('Tuesday', 'DATE', '2002-02-12'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('twice a year', 'SET', 'P1Y'),
    ('the fall', 'DATE', '2002-FA'),
    ('Monday', 'DATE', '2002-02-18'),
    ('Presidents Day', 'DATE', '2002-02-18'),
    ('10 a.m. Tuesday', 'TIME', '2002-02-19T10:00'),
    ('every day', 'SET', 'P1D'),
]),
# 8. Reuters, companies and markets (2005)
('2005-08-04', 'auto', """Northmoor profit jumps 38 pct on record oil prices

LONDON, Aug 4 (Reuters) - Northmoor Petroleum Plc reported a 38 percent jump in second-quarter profit on Thursday, helped by record crude prices, and said it would buy back a further $2 billion of its shares by the end of the year.

Net profit on a replacement cost basis, which strips out gains and losses on inventories, rose to $3.1 billion in the quarter from $2.25 billion a year earlier, slightly above the average forecast of analysts polled by Reuters.

Benchmark Brent crude averaged $51.60 a barrel in the quarter, up from $35.40 a year ago. Prices hit a record above $62 on Monday on worries about refinery outages and supplies from the Middle East.

Chief Executive Martin Hale told reporters on a conference call that output had fallen 2 percent because of maintenance in the North Sea and hurricane-related shutdowns in the Gulf of Mexico in July.

He said production would recover in the second half and that the company still expected it to grow by about 20 percent by 2008, when two large projects in Angola and the Caspian come on stream.

"This is as good as it gets for now, and we are not planning on $60 oil forever," Hale said.

Northmoor has spent more than $4 billion on buybacks since January and will raise its dividend by 10 percent. Investors have pressed the company for several weeks to return more of its cash, and some analysts said the increase was smaller than they had hoped.

Profit has nearly tripled since Hale took over two years ago and began a cost-cutting programme that eliminated 6,000 jobs.

"The upstream numbers were strong, but refining margins are starting to turn," said Neil Barclay, an analyst at a London brokerage. "The market will want to see whether they can hold production flat next year."

Shares in Northmoor rose 1.2 percent to 612 pence by 1015 GMT, outperforming a 0.3 percent rise in the DJ Stoxx European oil and gas index.

Hale said the company would set out its strategy to investors in February. Rival Eastgate Energy is due to report second-quarter results on Aug 11.
""", [
    ('Aug 4', 'DATE', '2005-08-04'),
    ('second-quarter', 'DATE', '2005-Q2'),
    ('Thursday', 'DATE', '2005-08-04'),
    ('the end of the year', 'DATE', '2005|2005-12'),
    ('the quarter', 'DATE', '2005-Q2'),
    ('a year earlier', 'DATE', '2004-Q2|2004'),
    ('the quarter', 'DATE', '2005-Q2'),
    ('a year ago', 'DATE', '2004|2004-Q2'),
    ('Monday', 'DATE', '2005-08-01'),
    ('July', 'DATE', '2005-07'),
    ('the second half', 'DATE', '2005-H2'),
    ('2008', 'DATE', '2008'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('January', 'DATE', '2005-01'),
    ('several weeks', 'DURATION', 'PXW'),
    ('two years ago', 'DATE', '2003'),
    ('next year', 'DATE', '2006'),
    ('1015 GMT', 'TIME', '2005-08-04T10:15|2005-08-04T10:15Z'),
    ('February', 'DATE', '2006-02'),
    ('second-quarter', 'DATE', '2005-Q2'),
    ('Aug 11', 'DATE', '2005-08-11'),
]),
# 9. Wall Street Journal, markets (2008)
('2008-12-02', 'auto', """Stocks Plunge as Recession Is Made Official

By Jonathan Reyes and Emily Hart

Stocks suffered one of their worst days of the year Monday after a panel of economists declared that the U.S. economy has been in recession since December 2007, confirming what many Americans had felt for months.

The Dow Jones Industrial Average fell 679.95 points, or 7.7%, to 8149.09, its fourth-largest point drop ever. The Standard & Poor's 500-stock index lost 8.9%.

The National Bureau of Economic Research's business-cycle dating committee, which held a conference call Friday, said the economy peaked in December 2007. That makes the downturn, which has lasted 12 months so far, already longer than the average postwar recession of about 10 months.

"We've now had a full year of recession, and the question is whether it lasts another six months or another 18 months," said Lauren Castillo, chief economist at a New York investment firm.

Financial shares led the decline. Shares of regional lender Midland Trust Corp. fell 22%, giving back much of last week's rally after the government agreed to inject $4 billion of capital into the bank.

Federal Reserve Chairman Ben Bernanke said in a speech in Austin, Texas, that the central bank could buy "substantial quantities" of Treasury securities and that its benchmark interest rate, now at 1%, could be cut further.

Treasury prices soared as investors fled to safety, pushing yields to their lowest levels since at least 1962.

The Institute for Supply Management's index of manufacturing activity fell to 36.2 in November, its lowest level in 26 years.

Retailers reported mixed results from the weekend. Sales on Friday rose 3% from last year, according to a private research firm, but merchants relied on steep discounts, and many analysts expect the weakest sales growth in nearly two decades.

Investors will focus on Friday's employment report for November. Economists expect it to show the economy lost about 320,000 jobs, which would push job losses for the year above 1.5 million.

The federal budget deficit in fiscal 2009, which began Oct. 1, could exceed $1 trillion, according to private estimates, as Washington spends heavily to shore up banks and the economy.

Fed policy makers meet again Dec. 16. Many economists expect a cut of at least half a percentage point, and some said the Fed could act before the meeting.
""", [
    ('the year', 'DATE', '2008'),
    ('Monday', 'DATE', '2008-12-01'),
    ('December 2007', 'DATE', '2007-12'),
    ('months', 'DURATION', 'PXM'),
    ('Friday', 'DATE', '2008-11-28'),
    ('December 2007', 'DATE', '2007-12'),
    ('12 months', 'DURATION', 'P12M'),
    ('about 10 months', 'DURATION', 'P10M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a full year', 'DURATION', 'P1Y'),
    ('another six months', 'DURATION', 'P6M'),
    ('another 18 months', 'DURATION', 'P18M'),
    ('last week', 'DATE', '2008-W48'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1962', 'DATE', '1962'),
    ('November', 'DATE', '2008-11'),
    ('26 years', 'DURATION', 'P26Y'),
    ('the weekend', 'DATE', '2008-W48-WE'),
    ('Friday', 'DATE', '2008-11-28'),
    ('last year', 'DATE', '2007'),
    ('nearly two decades', 'DURATION', 'P20Y|P2E'),
    ('Friday', 'DATE', '2008-12-05'),
    ('November', 'DATE', '2008-11'),
    ('the year', 'DATE', '2008'),
    ('fiscal 2009', 'DATE', 'FY2009|2009'),
    ('Oct. 1', 'DATE', '2008-10-01'),
    ('Dec. 16', 'DATE', '2008-12-16'),
]),
# 10. New York Times, crime (2010)
('2010-04-24', 'auto', """Man Charged in Five Jewelry Store Robberies

By Rebecca Salerno

A 31-year-old Queens man was arrested on Friday and charged with robbing five jewelry stores in Brooklyn and Queens since January, the police said.

The man, Darnell Hughes of Jamaica, Queens, was taken into custody at about 6:30 a.m. at his girlfriend's apartment in Flatbush, a police spokesman said. Detectives had linked him to the robberies after matching his fingerprints to a display case at a store on Avenue J that was robbed on March 12. The following day, a pawnshop owner in Jamaica called the police after a man tried to sell him a diamond bracelet taken in that robbery, the spokesman said.

In each case, the robber walked in shortly after a store opened, showed a handgun tucked in his waistband and ordered employees to empty display cases into a duffel bag. No one was injured.

The most recent robbery took place at 11:40 a.m. on Tuesday at a store on Kings Highway, where the robber escaped with watches and rings worth about $80,000.

"Every morning, I look at the door before I unlock it," said Yosef Adler, who has owned a store on Kings Highway for 22 years. "For weeks, everybody on this block has been afraid."

Mr. Hughes, who was released from state prison in 2008 after serving nearly four years for a 2003 robbery in Manhattan, was being held on Saturday at a Brooklyn station house. He is expected to be arraigned on Sunday in Criminal Court in Brooklyn on charges including robbery and criminal possession of a weapon.

Robberies in the city are down 4 percent so far this year, according to police statistics, but robberies of jewelry and watch stores have risen in recent years as the price of gold has climbed. Gold has nearly doubled in price since 2006.

A decade ago, the department created a special unit to investigate robberies of jewelry stores and diamond dealers, but the unit was folded into a larger robbery squad in 2005.

The police said they were investigating whether Mr. Hughes was involved in two robberies in Nassau County last fall. Detectives planned to search a storage unit in Canarsie over the weekend.

"We believe there may be others involved," the spokesman said. Investigators have been checking pawnshops in the two boroughs daily since the first robbery, on Jan. 9.
""", [
    ('Friday', 'DATE', '2010-04-23'),
    ('January', 'DATE', '2010-01'),
    ('about 6:30 a.m.', 'TIME', '2010-04-23T06:30'),
    ('March 12', 'DATE', '2010-03-12'),
    ('The following day', 'DATE', '2010-03-13'),
    ('11:40 a.m. on Tuesday', 'TIME', '2010-04-20T11:40'),
    ('Every morning', 'SET', 'XXXX-XX-XXTMO|TMO'),
    ('22 years', 'DURATION', 'P22Y'),
    ('weeks', 'DURATION', 'PXW'),
    ('2008', 'DATE', '2008'),
    ('nearly four years', 'DURATION', 'P4Y'),
    ('2003', 'DATE', '2003'),
    ('Saturday', 'DATE', '2010-04-24'),
    ('Sunday', 'DATE', '2010-04-25'),
    ('this year', 'DATE', '2010'),
    ('recent years', 'DATE', 'PAST_REF'),
    ('2006', 'DATE', '2006'),
    ('A decade ago', 'DATE', '2000|200'),
    ('2005', 'DATE', '2005'),
    ('last fall', 'DATE', '2009-FA'),
    ('the weekend', 'DATE', '2010-W16-WE'),
    ('daily', 'SET', 'P1D'),
    ('Jan. 9', 'DATE', '2010-01-09'),
]),
# 11. Washington Post, diplomacy (2013)
('2013-07-16', 'auto', """U.S. envoy presses Egypt's new leaders as aid debate grows

By Anna Sorensen and Peter Whitcomb

CAIRO — The State Department's second-ranking official met Monday with Egypt's interim leaders, becoming the most senior American to visit the country since the military removed President Mohamed Morsi from power on July 3.

Deputy Secretary of State William J. Burns urged the military-backed government to halt arrests of Islamist leaders and to move quickly toward elections, according to a U.S. official who spoke on the condition of anonymity to discuss private meetings. Burns was scheduled to leave Cairo on Tuesday.

Clashes between Morsi supporters and security forces in central Cairo late Monday left seven people dead and more than 260 injured, the Health Ministry said. Morsi's Muslim Brotherhood has organized daily protests since his removal and has refused to take part in talks on a new government.

In Washington, lawmakers said they would decide in the coming weeks whether the roughly $1.5 billion that the United States gives Egypt each year should be suspended. U.S. law bars most aid to a country whose elected head of government is deposed in a military coup, and the administration has so far avoided using that word.

"We're not going to rush to a judgment," a State Department spokeswoman said last week.

A Senate appropriations subcommittee will hold a hearing on the aid this week, and several Republicans and Democrats have called for a review of the military assistance, which has flowed to Egypt for more than three decades, since the 1979 peace treaty with Israel.

The Pentagon is scheduled to deliver four F-16 fighter jets to Egypt in August. Officials said earlier this month that the delivery would go ahead as planned.

Egypt's interim president, Adly Mansour, has promised parliamentary elections by early next year under a timetable announced July 8. Under that plan, a panel of legal experts has 30 days to propose amendments to the constitution, which was suspended after Morsi's removal.

Morsi, who won Egypt's first free presidential election in June 2012, was toppled after a year in office, following days of mass protests. He has been held at an undisclosed location for nearly two weeks.

The Obama administration has struggled over the past year to define its relationship with Egypt's Islamist-led government, and officials privately acknowledge that U.S. influence in Cairo is now limited. Saudi Arabia, the United Arab Emirates and Kuwait pledged $12 billion in aid to Egypt last week, dwarfing Washington's contribution.

Secretary of State John F. Kerry has spoken with Egyptian officials several times in recent days, the State Department said.
""", [
    ('Monday', 'DATE', '2013-07-15'),
    ('July 3', 'DATE', '2013-07-03'),
    ('Tuesday', 'DATE', '2013-07-16'),
    ('late Monday', 'DATE', '2013-07-15'),
    ('daily', 'SET', 'P1D'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('each year', 'SET', 'P1Y'),
    ('last week', 'DATE', '2013-W28'),
    ('this week', 'DATE', '2013-W29'),
    ('more than three decades', 'DURATION', 'P30Y|P3E'),
    ('1979', 'DATE', '1979'),
    ('August', 'DATE', '2013-08'),
    ('earlier this month', 'DATE', '2013-07'),
    ('early next year', 'DATE', '2014'),
    ('July 8', 'DATE', '2013-07-08'),
    ('30 days', 'DURATION', 'P30D'),
    ('June 2012', 'DATE', '2012-06'),
    ('a year', 'DURATION', 'P1Y'),
    ('days', 'DURATION', 'PXD'),
    ('nearly two weeks', 'DURATION', 'P2W'),
    ('the past year', 'DURATION', 'P1Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('last week', 'DATE', '2013-W28'),
    ('recent days', 'DATE', 'PAST_REF'),
]),
# 12. CNN, politics and courts (2016)
('2016-10-07', 'auto', """Florida Democrats seek voter registration extension as Matthew hits

(CNN) Florida Democrats on Friday asked state officials to extend Tuesday's voter registration deadline as Hurricane Matthew lashed the state's Atlantic coast and forced some 1.5 million residents to evacuate.

Gov. Rick Scott said Thursday that Floridians had had ample opportunity to register and that he did not intend to push back the deadline.

The deadline falls on Oct. 11, four weeks before the Nov. 8 election. Elections offices in at least 10 counties were closed Thursday and Friday, and the state Democratic Party said tens of thousands of people who had planned to register in person could be shut out.

"People are worried about their homes right now, not paperwork," a party spokesman said. "If the governor does not act by Monday, we will go to court."

Matthew, which killed at least 280 people in Haiti earlier this week, was a Category 3 storm with maximum sustained winds of 120 mph early Friday as it moved north about 30 miles east of Cape Canaveral, the National Hurricane Center said in its 8 a.m. advisory. The center has been issuing updates on the storm every three hours.

The storm is expected to move along the Georgia and South Carolina coasts tonight and Saturday before turning out to sea early next week.

Voter registration is a high-stakes issue in Florida, which President Barack Obama carried by fewer than 75,000 votes in 2012. In 2000, the presidential race was decided by 537 votes in the state after a recount fight that lasted 36 days.

Registration among Hispanic voters in the state has risen sharply since 2008, and both campaigns have spent heavily on registration drives in central Florida, where many residents fled inland this week.

Floridians will be able to register online beginning in October 2017, under a law passed last year. Until then, applications must be delivered by mail or in person to county elections offices.

A spokeswoman for the secretary of state's office said county supervisors could accept paper applications postmarked by the deadline. Early voting must begin by Oct. 29, 10 days before Election Day.
""", [
    ('Friday', 'DATE', '2016-10-07'),
    ('Tuesday', 'DATE', '2016-10-11'),
    ('Thursday', 'DATE', '2016-10-06'),
    ('Oct. 11', 'DATE', '2016-10-11'),
    ('four weeks', 'DURATION', 'P4W'),
    ('Nov. 8', 'DATE', '2016-11-08'),
    ('Thursday', 'DATE', '2016-10-06'),
    ('Friday', 'DATE', '2016-10-07'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '2016-10-10'),
    ('earlier this week', 'DATE', '2016-W40'),
    ('early Friday', 'DATE', '2016-10-07'),
    ('8 a.m.', 'TIME', '2016-10-07T08:00'),
    ('every three hours', 'SET', 'PT3H'),
    ('tonight', 'DATE|TIME', '2016-10-07TNI'),
    ('Saturday', 'DATE', '2016-10-08'),
    ('early next week', 'DATE', '2016-W41'),
    ('2012', 'DATE', '2012'),
    ('2000', 'DATE', '2000'),
    ('36 days', 'DURATION', 'P36D'),
    ('2008', 'DATE', '2008'),
    ('this week', 'DATE', '2016-W40'),
    ('October 2017', 'DATE', '2017-10'),
    ('last year', 'DATE', '2015'),
    ('Oct. 29', 'DATE', '2016-10-29'),
    ('10 days', 'DURATION', 'P10D'),
    ('Election Day', 'DATE', '2016-11-08'),
]),
]
