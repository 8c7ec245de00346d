# Gold TIMEX3 probe set 21: twelve news articles of 1989-1995 in the styles of the Wall Street Journal, AP, the New York Times, Reuters and UPI, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Wall Street Journal, quarterly earnings and takeover bid (1989)
('1989-10-19', 'auto', """Harlan Industries Net Rose 18% in Third Quarter

By a Wall Street Journal Staff Reporter

NEW YORK -- Harlan Industries Inc. said third-quarter profit rose 18%, helped by strong demand for its industrial valves, as its board prepared to weigh a $1.2 billion takeover proposal from Corvest Partners.

The Cleveland-based maker of pumps and valves said net income for the quarter climbed to $41.3 million, or $1.37 a share, from $35 million, or $1.16 a share, a year earlier. Revenue rose 9% to $512 million.

For the first nine months, earnings were $118.6 million, or $3.94 a share, compared with $101.2 million, or $3.37 a share, in the 1988 period.

Corvest, a closely held investment group based in New York, offered $62 a share for Harlan on Monday, a 31% premium to the stock's closing price last Friday. Harlan said yesterday that its directors would meet next Tuesday and that it expects to respond to the offer by Oct. 31.

"We're going to look at this very carefully, but we think the company is worth more than that," Chairman Walter Greer said in an interview. Mr. Greer, 58, has run Harlan for 11 years.

In New York Stock Exchange composite trading yesterday, Harlan shares rose $1.375 to $59.875. The stock has climbed more than 40% since Corvest disclosed a 4.9% stake in August.

The bid comes at a difficult time for leveraged buyouts. The collapse last week of bank financing for the UAL Corp. buyout helped trigger the 190-point drop in the Dow Jones Industrial Average on Oct. 13, and bankers said lenders have grown wary of large takeover loans in recent weeks. Corvest said it has commitments from three banks for $900 million but will need to raise the rest through a sale of high-yield bonds in the fourth quarter.

Harlan, which was spun off from Allied Machine Corp. in 1978, has rebuffed suitors before. Two years ago, it adopted a "poison pill" plan, and in 1985 it fought off a hostile bid from a British concern for nearly six months.

Analysts said the company's earnings momentum should continue. Harlan raised its dividend to 30 cents a share from 26 cents, payable Dec. 15 to holders of record Nov. 20. The company said it expects fiscal 1990 capital spending of about $75 million, up from $60 million this year.

"Their order backlog is the strongest it's been in a decade," said Janet Coe, an analyst at Kidder, Peabody & Co. She expects earnings of $5.30 a share for 1989 and $6 a share next year.
""", [
    ('Third Quarter', 'DATE', '1989-Q3'),
    ('third-quarter', 'DATE', '1989-Q3'),
    ('the quarter', 'DATE', '1989-Q3'),
    ('a year earlier', 'DATE', '1988-Q3|1988'),
    ('the first nine months', 'DURATION', 'P9M'),
    ('1988', 'DATE', '1988'),
    ('Monday', 'DATE', '1989-10-16'),
    ('last Friday', 'DATE', '1989-10-13'),
    ('yesterday', 'DATE', '1989-10-18'),
    ('next Tuesday', 'DATE', '1989-10-24'),
    ('Oct. 31', 'DATE', '1989-10-31'),
    ('11 years', 'DURATION', 'P11Y'),
    ('yesterday', 'DATE', '1989-10-18'),
    ('August', 'DATE', '1989-08'),
    ('last week', 'DATE', '1989-W41'),
    ('Oct. 13', 'DATE', '1989-10-13'),
    ('recent weeks', 'DURATION|DATE', 'PXW|PAST_REF'),
    ('the fourth quarter', 'DATE', '1989-Q4'),
    ('1978', 'DATE', '1978'),
    ('Two years ago', 'DATE', '1987'),
    ('1985', 'DATE', '1985'),
    ('nearly six months', 'DURATION', 'P6M'),
    ('Dec. 15', 'DATE', '1989-12-15'),
    ('Nov. 20', 'DATE', '1989-11-20'),
    ('fiscal 1990', 'DATE', 'FY1990|1990'),
    ('this year', 'DATE', '1989'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('1989', 'DATE', '1989'),
    ('next year', 'DATE', '1990'),
]),

# 2. AP, stock market record (1995)
('1995-11-22', 'auto', """Dow Closes Above 5,000 for First Time

NEW YORK (AP) -- The Dow Jones industrial average closed above 5,000 for the first time Tuesday, capping a rally that has added more than 1,100 points to the blue-chip index since January.

The average rose 40.46 points to finish at 5,023.55, after crossing the mark briefly Monday morning and then falling back before the close. It took the Dow less than nine months to climb from 4,000, a level it first topped on Feb. 23.

"This is a psychological milestone more than anything," said Alan Reiss, chief market strategist at a New York brokerage. "But it tells you people have confidence in the economy right now."

Volume on the New York Stock Exchange was heavy, with about 392 million shares changing hands, compared with 361 million on Monday. Advancing issues outnumbered decliners by about 3 to 2.

Analysts credited falling interest rates and strong corporate profits. The yield on the Treasury's main long-term bond has dropped from more than 8 percent at the start of the year to about 6.3 percent, and many companies reported record earnings for the third quarter.

Investors are also watching Washington, where a budget standoff between President Clinton and congressional Republicans shut down much of the federal government last week. A temporary spending bill signed late Sunday reopened the agencies through Dec. 15.

"If they can reach a deal in the coming weeks, I think the market goes higher," Reiss said. "If not, we could see a correction before the end of the year."

Trading is expected to be light this week because of Thanksgiving. The exchange will be closed Thursday and will shut at 1 p.m. Friday.

The Dow has risen in each of the past three years, and strategists at several firms say they expect it to reach 5,500 by next summer. Some are more cautious, noting that the index has gone roughly five years without a decline of 10 percent or more, one of the longest such stretches since the 1960s.

The Dow first closed above 1,000 in November 1972 and did not reach 2,000 until January 1987. It took another four years to add the next 1,000 points, reaching 3,000 in April 1991.

Broader market indicators also set records Tuesday. The Standard & Poor's 500-stock index rose 2.99 to 600.24, and the Nasdaq composite index gained 5.42 to 1,069.79.
""", [
    ('Tuesday', 'DATE', '1995-11-21'),
    ('January', 'DATE', '1995-01'),
    ('Monday morning', 'DATE|TIME', '1995-11-20TMO'),
    ('less than nine months', 'DURATION', 'P9M'),
    ('Feb. 23', 'DATE', '1995-02-23'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '1995-11-20'),
    ('the start of the year', 'DATE', '1995|1995-01'),
    ('the third quarter', 'DATE', '1995-Q3'),
    ('last week', 'DATE', '1995-W46'),
    ('late Sunday', 'DATE', '1995-11-19'),
    ('Dec. 15', 'DATE', '1995-12-15'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('the end of the year', 'DATE', '1995|1995-12'),
    ('this week', 'DATE', '1995-W47'),
    ('Thanksgiving', 'DATE', '1995-11-23'),
    ('Thursday', 'DATE', '1995-11-23'),
    ('1 p.m. Friday', 'TIME', '1995-11-24T13:00'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('next summer', 'DATE', '1996-SU'),
    ('roughly five years', 'DURATION', 'P5Y'),
    ('the 1960s', 'DATE', '196'),
    ('November 1972', 'DATE', '1972-11'),
    ('January 1987', 'DATE', '1987-01'),
    ('another four years', 'DURATION', 'P4Y'),
    ('April 1991', 'DATE', '1991-04'),
    ('Tuesday', 'DATE', '1995-11-21'),
]),

# 3. New York Times, savings-and-loan crisis (1990)
('1990-07-18', 'auto', """Regulators Seize Houston Savings Unit As Estimates of Bailout Cost Climb

By MARTHA CALLOWAY

Federal regulators yesterday seized Lone Star Federal Savings, a Houston savings and loan association that lost more than $400 million in the last two years, and warned that the cost of cleaning up the industry could exceed $130 billion over the next decade.

The Resolution Trust Corporation, the agency created last August to dispose of the assets of failed savings institutions, said it would keep Lone Star's 31 branches open under Government management. Depositors will have access to their accounts as usual this morning, officials said.

Lone Star is the 247th savings institution taken over by the agency since the savings and loan rescue law was signed on Aug. 9, 1989. Its chairman, Ray Dunmore, resigned in March after examiners found that the association had made hundreds of millions of dollars in loans for speculative real estate projects in the mid-1980's.

"This is an institution that should have been closed years ago," said Albert Mendez, a spokesman for the corporation. "Every month it stayed open, it cost the taxpayers more money."

The Administration's estimates of the rescue's cost have risen sharply. When President Bush proposed the plan in February 1989, officials put the cost at about $50 billion over 10 years. Treasury Secretary Nicholas F. Brady told Congress last month that the figure could reach $130 billion, not counting interest. Budget analysts say the total could top $500 billion over 40 years, including interest.

Officials said the agency would run out of money by the fall unless Congress approves more financing. The corporation has asked for an additional $50 billion to cover losses in fiscal 1991, which begins Oct. 1, and the House and Senate banking committees are expected to take up the request before the August recess.

Regulators said Lone Star had been operating without adequate capital for nearly three years. Examiners first warned its board about its lending in the spring of 1987, and the Federal Home Loan Bank Board placed it under a supervisory agreement a year later.

Many of the association's troubled loans were made between 1983 and 1986, when Texas real estate prices were climbing rapidly. The collapse of oil prices in 1986 sent the state's economy into a slump from which it has only recently begun to recover.

The agency now sells an average of $1 billion in assets every week, but its inventory of foreclosed office buildings, apartment complexes and raw land has continued to grow. Officials said they hoped to begin auctioning Lone Star's property holdings within 90 days.

"We're going to be selling Texas real estate for years," Mr. Mendez said.
""", [
    ('yesterday', 'DATE', '1990-07-17'),
    ('the last two years', 'DURATION', 'P2Y'),
    ('the next decade', 'DURATION', 'P10Y|P1E'),
    ('last August', 'DATE', '1989-08'),
    ('this morning', 'DATE|TIME', '1990-07-18TMO'),
    ('Aug. 9, 1989', 'DATE', '1989-08-09'),
    ('March', 'DATE', '1990-03'),
    ("the mid-1980's", 'DATE', '198'),
    ('years ago', 'DATE', 'PAST_REF'),
    ('Every month', 'SET', 'P1M'),
    ('February 1989', 'DATE', '1989-02'),
    ('10 years', 'DURATION', 'P10Y'),
    ('last month', 'DATE', '1990-06'),
    ('40 years', 'DURATION', 'P40Y'),
    ('the fall', 'DATE', '1990-FA'),
    ('fiscal 1991', 'DATE', 'FY1991|1991'),
    ('Oct. 1', 'DATE', '1990-10-01'),
    ('August', 'DATE', '1990-08'),
    ('nearly three years', 'DURATION', 'P3Y'),
    ('the spring of 1987', 'DATE', '1987-SP'),
    ('a year later', 'DATE', '1988|1988-SP'),
    ('1983', 'DATE', '1983'),
    ('1986', 'DATE', '1986'),
    ('1986', 'DATE', '1986'),
    ('recently', 'DATE', 'PAST_REF'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every week', 'SET', 'P1W'),
    ('90 days', 'DURATION', 'P90D'),
    ('years', 'DURATION', 'PXY'),
]),

# 4. Reuters, Gulf War (1991)
('1991-01-18', 'auto', """Allied jets keep up raids on Iraq, Scud missiles hit Israel

RIYADH, Jan 18 (Reuter) - U.S.-led warplanes kept up their attacks on Iraq and occupied Kuwait on Friday, hours after Iraq fired missiles at Israel for the first time, wounding at least a dozen people in Tel Aviv and Haifa.

Allied commanders said more than 2,000 sorties had been flown since the air offensive began at about 2:40 a.m. on Thursday, and that only a handful of aircraft had been lost.

"We're on schedule," a senior U.S. officer told reporters at a briefing in Riyadh on Friday morning. He said bombers had concentrated on Iraq's air defences, command centres and suspected chemical and nuclear plants.

Sirens sounded across Israel at about 2 a.m. and residents put on gas masks and sealed themselves in shelters. The army said none of the at least seven missiles had carried chemical warheads.

Israel, which has stayed out of the conflict at Washington's request, said it reserved the right to retaliate. An army spokesman said schools would stay closed at least until Sunday and told civilians to keep their gas masks within reach.

Baghdad radio said on Thursday night that Iraq's forces would fight "until victory" and that the allies would suffer heavy losses in the coming days.

U.S. President George Bush, who will meet his senior advisers at Camp David over the weekend, said on Thursday that the war would not be "another Vietnam" and that he hoped it would be short.

Iraq invaded Kuwait on August 2, 1990. The U.N. Security Council in late November authorised the use of force if Iraqi troops did not withdraw by January 15, and the deadline passed on Tuesday after more than five months of failed diplomacy.

Oil prices plunged on Thursday as traders bet the war would be brief, with crude falling more than $10 a barrel in the biggest single drop on record. Stock markets in Tokyo, London and New York rallied sharply.

Military analysts said the air campaign could go on for weeks before allied commanders launch a ground offensive to drive Iraqi troops out of Kuwait. About 425,000 U.S. troops are now in the Gulf region, along with forces from Britain, France, Egypt, Syria and other countries.

"We don't expect this to be over in days," a Western diplomat in Riyadh said. "But nobody here is talking about months either."

Saudi officials said Iraqi troops had fired artillery at an oil facility near the border town of Khafji late Thursday. There were no casualties.
""", [
    ('Jan 18', 'DATE', '1991-01-18'),
    ('Friday', 'DATE', '1991-01-18'),
    ('hours', 'DURATION', 'PTXH'),
    ('about 2:40 a.m. on Thursday', 'TIME', '1991-01-17T02:40'),
    ('Friday morning', 'DATE|TIME', '1991-01-18TMO'),
    ('about 2 a.m.', 'TIME', '1991-01-18T02:00'),
    ('Sunday', 'DATE', '1991-01-20'),
    ('Thursday night', 'DATE|TIME', '1991-01-17TNI'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('the weekend', 'DATE', '1991-W03-WE'),
    ('Thursday', 'DATE', '1991-01-17'),
    ('August 2, 1990', 'DATE', '1990-08-02'),
    ('late November', 'DATE', '1990-11'),
    ('January 15', 'DATE', '1991-01-15'),
    ('Tuesday', 'DATE', '1991-01-15'),
    ('more than five months', 'DURATION', 'P5M'),
    ('Thursday', 'DATE', '1991-01-17'),
    ('weeks', 'DURATION', 'PXW'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('days', 'DURATION', 'PXD'),
    ('months', 'DURATION', 'PXM'),
    ('late Thursday', 'DATE', '1991-01-17'),
]),

# 5. UPI, end of the Cold War: the Berlin Wall opens (1989)
('1989-11-10', 'auto', """East Germans pour across open Berlin border

BERLIN (UPI) -- Tens of thousands of East Germans streamed into West Berlin Friday after their Communist government threw open the border that has divided the city since 1961, and jubilant Berliners danced on top of the wall that became the symbol of the Cold War.

Guenter Schabowski, a member of the ruling Politburo, told a news conference at about 7 p.m. Thursday that East Germans were free to cross at any checkpoint without special permission. Crowds quickly gathered at the crossing points, and by midnight guards at the Bornholmer Strasse checkpoint had given up trying to check papers.

Thousands climbed onto the wall near the Brandenburg Gate early Friday, chipping at the concrete with hammers and chisels as East German border guards looked on.

"I've waited 28 years for this," said a 61-year-old retired machinist from East Berlin who gave his name only as Horst. "My sister lives three streets from here, and I haven't seen her since 1961."

More than 200,000 East Germans have fled to the West this year, most of them through Hungary, which opened its border with Austria in September. The exodus and weekly protests in Leipzig and other cities brought down longtime leader Erich Honecker, who was ousted Oct. 18 after 18 years in power.

His successor, Egon Krenz, has promised free elections and economic reforms, and the party's Central Committee continued a closed-door meeting in East Berlin. Krenz said a new law guaranteeing the right to travel would be submitted to parliament before Christmas.

West German Chancellor Helmut Kohl interrupted a visit to Poland to fly to Berlin Friday afternoon. He told a crowd outside the West Berlin city hall that Germans were "one nation" and said he would return to Warsaw over the weekend.

In Washington, President Bush welcomed the move Thursday but cautioned against gloating over the troubles of the Communist bloc.

Soviet leader Mikhail Gorbachev, who visited East Berlin last month for the 40th anniversary of the East German state, had urged Honecker to move faster on reform. A Soviet Foreign Ministry spokesman said Friday that the decision to open the border was a sovereign matter for East Germany.

West Berlin banks planned to stay open Saturday and Sunday to pay visitors the 100 marks in "welcome money" that West Germany gives each East German once a year. City officials said they expected as many as 1 million visitors by Monday.

"Nobody could have imagined this a month ago," said Renate Kuehn, a West Berlin schoolteacher who brought her class to Checkpoint Charlie. "I keep thinking I will wake up."
""", [
    ('Friday', 'DATE', '1989-11-10'),
    ('1961', 'DATE', '1961'),
    ('about 7 p.m. Thursday', 'TIME', '1989-11-09T19:00'),
    ('midnight', 'TIME', '1989-11-09T24:00|1989-11-10T00:00'),
    ('early Friday', 'DATE', '1989-11-10'),
    ('28 years', 'DURATION', 'P28Y'),
    ('1961', 'DATE', '1961'),
    ('this year', 'DATE', '1989'),
    ('September', 'DATE', '1989-09'),
    ('weekly', 'SET', 'P1W'),
    ('Oct. 18', 'DATE', '1989-10-18'),
    ('18 years', 'DURATION', 'P18Y'),
    ('Christmas', 'DATE', '1989-12-25'),
    ('Friday afternoon', 'DATE|TIME', '1989-11-10TAF'),
    ('the weekend', 'DATE', '1989-W45-WE'),
    ('Thursday', 'DATE', '1989-11-09'),
    ('last month', 'DATE', '1989-10'),
    ('Friday', 'DATE', '1989-11-10'),
    ('Saturday', 'DATE', '1989-11-11'),
    ('Sunday', 'DATE', '1989-11-12'),
    ('once a year', 'SET', 'P1Y'),
    ('Monday', 'DATE', '1989-11-13'),
    ('a month ago', 'DATE', '1989-10'),
]),

# 6. AP, Congress and the budget: government shutdown (1990)
('1990-10-08', 'auto', """Budget talks resume as shutdown continues

WASHINGTON (AP) -- Congressional leaders and White House negotiators resumed budget talks this morning, while national parks and Smithsonian museums stayed shut on Columbus Day because the government has run out of money to operate them.

Budget Director Richard Darman said the administration would begin an "orderly shutdown" of nonessential services Tuesday morning if no agreement had been reached, sending home hundreds of thousands of federal workers.

"I think we can get there, but it's not going to be easy," Senate Majority Leader George Mitchell said after the first session, which lasted about two hours. Negotiators planned to meet again tonight.

President Bush vetoed a stopgap spending bill Saturday, saying he would not sign another temporary measure until Congress passed a deficit-reduction plan. The House failed late Saturday to override the veto.

The impasse began Friday, when the House rejected, 254-179, a $500 billion package of tax increases and spending cuts that was to take effect over five years. Bush and congressional leaders had negotiated the agreement for nearly five months.

Fiscal 1991 began Oct. 1, and agencies had been operating on a temporary measure that expired at midnight Friday.

"We are going to stay here until we get it done, if it takes until Thanksgiving," House Speaker Thomas Foley said Sunday.

Mitchell said negotiators hoped to have a new agreement ready for votes by Wednesday. Under the Gramm-Rudman deficit law, automatic spending cuts of about $85 billion would take effect Oct. 15 unless a budget is enacted.

Tourists at the Grand Canyon and the Statue of Liberty were turned away over the weekend, and the Washington Monument was closed. Most federal offices were already scheduled to be closed today, but officials warned of widespread disruptions beginning Tuesday.

Federal workers are paid every two weeks, and unions said members could miss a paycheck if the shutdown lasts into next week. Social Security checks will still go out on time, officials said.

The government has been forced to shut down several times in the past decade, the last time in October 1986, but those closings lasted only a few hours.

Lawmakers are eager to leave Washington to campaign for the Nov. 6 elections, now four weeks away. A poll taken last week found that two-thirds of Americans disapproved of the way Congress was handling the budget.
""", [
    ('this morning', 'DATE|TIME', '1990-10-08TMO'),
    ('Columbus Day', 'DATE', '1990-10-08'),
    ('Tuesday morning', 'DATE|TIME', '1990-10-09TMO'),
    ('about two hours', 'DURATION', 'PT2H'),
    ('tonight', 'DATE|TIME', '1990-10-08TNI'),
    ('Saturday', 'DATE', '1990-10-06'),
    ('late Saturday', 'DATE', '1990-10-06'),
    ('Friday', 'DATE', '1990-10-05'),
    ('five years', 'DURATION', 'P5Y'),
    ('nearly five months', 'DURATION', 'P5M'),
    ('Fiscal 1991', 'DATE', 'FY1991|1991'),
    ('Oct. 1', 'DATE', '1990-10-01'),
    ('midnight Friday', 'TIME', '1990-10-05T24:00|1990-10-06T00:00'),
    ('Thanksgiving', 'DATE', '1990-11-22'),
    ('Sunday', 'DATE', '1990-10-07'),
    ('Wednesday', 'DATE', '1990-10-10'),
    ('Oct. 15', 'DATE', '1990-10-15'),
    ('the weekend', 'DATE', '1990-W40-WE'),
    ('today', 'DATE', '1990-10-08'),
    ('Tuesday', 'DATE', '1990-10-09'),
    ('every two weeks', 'SET', 'P2W'),
    ('next week', 'DATE', '1990-W42'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('October 1986', 'DATE', '1986-10'),
    ('a few hours', 'DURATION', 'PTXH'),
    ('Nov. 6', 'DATE', '1990-11-06'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('four weeks', 'DURATION', 'P4W'),
    ('last week', 'DATE', '1990-W40'),
]),

# 7. New York Times, Hurricane Andrew (1992)
('1992-08-25', 'auto', """Hurricane Rips Through South Florida, Leaving a Trail of Ruin

By ROBERT HALSEY
Special to The New York Times

HOMESTEAD, Fla., Aug. 24 - Hurricane Andrew, the most powerful storm to strike the United States in more than two decades, tore across the southern tip of Florida early Monday, killing at least 10 people, destroying thousands of homes and leaving more than a million residents without electricity.

The storm came ashore at about 5 a.m. near Homestead, a city of 27,000 about 25 miles south of Miami, with sustained winds of 140 miles an hour and gusts that officials estimated at more than 160 miles an hour. By Monday evening, whole neighborhoods had been reduced to piles of splintered lumber, and Homestead Air Force Base had been all but leveled.

"It sounded like a freight train for three hours," said Luis Ortega, 44, who rode out the storm with his wife and three children in a bathroom of their house in Florida City. "When we came out, there was no roof."

More than a million people were evacuated from coastal areas of Dade and Broward Counties on Sunday.

The storm formed off the coast of Africa on Aug. 16 and drifted across the Atlantic last week as a modest tropical storm before it strengthened rapidly over the weekend. It battered the Bahamas on Sunday night.

Gov. Lawton Chiles asked President Bush to declare South Florida a disaster area, and Mr. Bush, who toured the damage by helicopter Monday afternoon, promised swift Federal help. Insurance officials estimated damage at $15 billion to $20 billion, which would make Andrew the costliest natural disaster in the nation's history.

Officials said electricity might not be restored in some neighborhoods for weeks. Dade County schools, which were to open Thursday, will remain closed until after Labor Day, the superintendent said.

The Red Cross said it was opening 30 shelters and expected to serve 50,000 meals by the end of the week. National Guard troops patrolled Homestead on Monday night to prevent looting, and a dusk-to-dawn curfew was imposed across southern Dade County.

Forecasters at the National Hurricane Center in Coral Gables said the hurricane was moving west across the Gulf of Mexico at about 18 miles an hour on Monday night and could strike the Louisiana coast late Tuesday or early Wednesday.

The last major hurricane to hit the Miami area directly was Betsy in 1965. Hurricane Hugo, which struck South Carolina in September 1989, caused about $7 billion in damage.

"Nobody here has ever seen anything like this," said Sgt. Dennis Moore of the Metro-Dade police, who has lived in Homestead since 1970.
""", [
    ('Aug. 24', 'DATE', '1992-08-24'),
    ('more than two decades', 'DURATION', 'P20Y|P2E'),
    ('early Monday', 'DATE', '1992-08-24'),
    ('about 5 a.m.', 'TIME', '1992-08-24T05:00'),
    ('Monday evening', 'DATE|TIME', '1992-08-24TEV'),
    ('three hours', 'DURATION', 'PT3H'),
    ('Sunday', 'DATE', '1992-08-23'),
    ('Aug. 16', 'DATE', '1992-08-16'),
    ('last week', 'DATE', '1992-W34'),
    ('the weekend', 'DATE', '1992-W34-WE'),
    ('Sunday night', 'DATE|TIME', '1992-08-23TNI'),
    ('Monday afternoon', 'DATE|TIME', '1992-08-24TAF'),
    ('weeks', 'DURATION', 'PXW'),
    ('Thursday', 'DATE', '1992-08-27'),
    ('Labor Day', 'DATE', '1992-09-07'),
    ('the end of the week', 'DATE', '1992-W35'),
    ('Monday night', 'DATE|TIME', '1992-08-24TNI'),
    ('Monday night', 'DATE|TIME', '1992-08-24TNI'),
    ('late Tuesday', 'DATE', '1992-08-25'),
    ('early Wednesday', 'DATE', '1992-08-26'),
    ('1965', 'DATE', '1965'),
    ('September 1989', 'DATE', '1989-09'),
    ('1970', 'DATE', '1970'),
]),

# 8. Reuters, Kobe earthquake (1995)
('1995-01-18', 'auto', """Death toll in Japan quake passes 3,000

KOBE, Japan, Jan 18 (Reuter) - Rescue workers dug through the ruins of collapsed houses and highways in Kobe on Wednesday as the death toll from Japan's worst earthquake in more than 70 years climbed above 3,000, police said.

The quake, which measured 7.2 on the Richter scale, struck at 5:46 a.m. on Tuesday (2046 GMT on Monday) and lasted about 20 seconds, toppling elevated expressways, derailing trains and setting off hundreds of fires.

Fires that broke out after the quake burned through Tuesday night in the city's Nagata ward, where blocks of wooden houses were reduced to ash. Thick smoke still hung over the area on Wednesday morning.

Police said 3,103 people had been confirmed dead by 6 p.m. on Wednesday and more than 900 were missing. About 15,000 were injured.

"I have lived here for 40 years and never felt anything like it," said Kazuo Tanaka, a 68-year-old shopkeeper who was pulled from the rubble of his home after eight hours. "The house just fell on top of us."

Some 240,000 people are now living in schools, gymnasiums and other shelters, many without heat, water or food. Temperatures in the city fell close to freezing.

The government came under criticism for its slow response. Troops were not sent into the city until nearly four hours after the quake, and Prime Minister Tomiichi Murayama, who plans to visit Kobe on Thursday, acknowledged that the initial response had been "confused".

More than 600 aftershocks have been recorded since Tuesday, and the Meteorological Agency warned that a strong aftershock could hit the region within the next few days.

Economists said rebuilding could cost as much as 10 trillion yen ($100 billion). Tokyo share prices fell on Wednesday, with the Nikkei average losing 0.9 percent, as investors assessed damage to factories of companies such as Kobe Steel. The port of Kobe, which handles about 30 percent of Japan's container cargo, will be closed for at least two months, port officials said.

Kobe, a city of 1.5 million, had been considered relatively safe from major quakes. The last great earthquake to strike the Tokyo area, in 1923, killed more than 140,000 people, and Japan has held a national disaster drill every year since on the anniversary of that quake.

The Kobe quake struck on the first anniversary of the Northridge earthquake in Los Angeles, which killed 57 people on Jan 17, 1994.
""", [
    ('Jan 18', 'DATE', '1995-01-18'),
    ('Wednesday', 'DATE', '1995-01-18'),
    ('more than 70 years', 'DURATION', 'P70Y'),
    ('5:46 a.m. on Tuesday', 'TIME', '1995-01-17T05:46'),
    ('2046 GMT on Monday', 'TIME', '1995-01-16T20:46'),
    ('about 20 seconds', 'DURATION', 'PT20S'),
    ('Tuesday night', 'DATE|TIME', '1995-01-17TNI'),
    ('Wednesday morning', 'DATE|TIME', '1995-01-18TMO'),
    ('6 p.m. on Wednesday', 'TIME', '1995-01-18T18:00'),
    ('40 years', 'DURATION', 'P40Y'),
    ('eight hours', 'DURATION', 'PT8H'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('nearly four hours', 'DURATION', 'PT4H'),
    ('Thursday', 'DATE', '1995-01-19'),
    ('Tuesday', 'DATE', '1995-01-17'),
    ('the next few days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('Wednesday', 'DATE', '1995-01-18'),
    ('at least two months', 'DURATION', 'P2M'),
    ('1923', 'DATE', '1923'),
    ('every year', 'SET', 'P1Y'),
    ('Jan 17, 1994', 'DATE', '1994-01-17'),
]),

# 9. AP, bribery trial verdict (1993)
('1993-05-12', 'auto', """Former councilman convicted of taking bribes

DENVER (AP) -- A former city councilman was convicted Tuesday of taking $85,000 in bribes from a trash-hauling company in exchange for his votes on a lucrative city contract.

A federal jury found Robert Alvarado, 52, guilty on six counts of bribery and extortion after deliberating for about 14 hours over three days. The verdict, read at 4:15 p.m., ended a trial that lasted seven weeks and featured hours of secretly recorded conversations.

Alvarado, who served on the council from 1983 to 1991, showed no emotion as the verdict was read. He faces up to 15 years in prison on each count. U.S. District Judge Margaret Hollis set sentencing for July 23 and allowed him to remain free on bond.

Prosecutors said Alvarado accepted monthly cash payments from Front Range Disposal Inc. between 1988 and 1990 while the council considered a waste-hauling contract worth $40 million over 10 years. The company won the contract in the spring of 1989.

The company's former president, Dale Kessler, testified last month under a plea agreement that he delivered cash to Alvarado twice a month, often in envelopes left with a bartender at a downtown restaurant. Kessler, 49, is to be sentenced in June.

Jurors had been sequestered since Friday, when they began deliberating. One juror, who asked not to be identified, said the panel listened to several of the tapes again on Monday.

"It was the tapes," she said. "You can't argue with his own voice."

Defense attorney Paul Riggins said he would file a motion for a new trial within 10 days and would appeal if it was denied. "This case is far from over," he said.

Alvarado resigned in January 1992, two weeks after he was indicted. The charges grew out of an FBI investigation of city contracts that began nearly four years ago and has led to charges against five people. Three other former officials are scheduled to go on trial in the fall.

U.S. Attorney Michael Norton said today that the verdict "sends a message that public office is not for sale." He said his office would ask the judge for a prison term of at least five years.
""", [
    ('Tuesday', 'DATE', '1993-05-11'),
    ('about 14 hours', 'DURATION', 'PT14H'),
    ('three days', 'DURATION', 'P3D'),
    ('4:15 p.m.', 'TIME', '1993-05-11T16:15'),
    ('seven weeks', 'DURATION', 'P7W'),
    ('hours', 'DURATION', 'PTXH'),
    ('1983', 'DATE', '1983'),
    ('1991', 'DATE', '1991'),
    ('15 years', 'DURATION', 'P15Y'),
    ('July 23', 'DATE', '1993-07-23'),
    ('monthly', 'SET', 'P1M'),
    ('1988', 'DATE', '1988'),
    ('1990', 'DATE', '1990'),
    ('10 years', 'DURATION', 'P10Y'),
    ('the spring of 1989', 'DATE', '1989-SP'),
    ('last month', 'DATE', '1993-04'),
    ('twice a month', 'SET', 'P1M'),
    ('June', 'DATE', '1993-06'),
    ('Friday', 'DATE', '1993-05-07'),
    ('Monday', 'DATE', '1993-05-10'),
    ('10 days', 'DURATION', 'P10D'),
    ('January 1992', 'DATE', '1992-01'),
    ('two weeks', 'DURATION', 'P2W'),
    ('nearly four years ago', 'DATE', '1989'),
    ('the fall', 'DATE', '1993-FA'),
    ('today', 'DATE', '1993-05-12'),
    ('at least five years', 'DURATION', 'P5Y'),
]),

# 10. Reuters, election abroad: Nicaragua (1990)
('1990-02-27', 'auto', """Chamorro prepares to take power in Nicaragua

MANAGUA, Feb 27 (Reuter) - President-elect Violeta Chamorro said on Tuesday she would meet President Daniel Ortega this week to begin the transfer of power, after her coalition's victory in Sunday's election ended more than a decade of Sandinista rule.

Final results released by the Supreme Electoral Council on Monday gave Chamorro's National Opposition Union (UNO) 55 percent of the vote, against 41 percent for Ortega's Sandinista National Liberation Front.

Ortega, 44, conceded defeat in a televised speech at about 6:30 a.m. on Monday, saying the Sandinistas would "respect and obey the popular mandate". Thousands of Chamorro supporters celebrated in the streets of Managua through Monday night, waving the blue-and-white flags of the opposition.

Chamorro, 60, will be sworn in on April 25. Aides to both leaders said transition teams would begin meeting next week to discuss the handover of ministries, the police and the army.

"We have won a victory for peace," Chamorro told reporters at her home on Tuesday. "Nicaragua has suffered enough."

The Sandinistas came to power in July 1979 after overthrowing the dictator Anastasio Somoza. Nicaragua last held elections in November 1984, when Ortega won the presidency in a vote that most of the opposition boycotted.

U.S.-backed Contra rebels fought the Sandinista government throughout the 1980s in a war that killed about 30,000 people. Washington imposed a trade embargo in May 1985, and the economy has been crippled by shortages and by inflation that topped 30,000 percent in 1988.

U.S. President George Bush telephoned Chamorro on Monday to congratulate her and said Washington would move quickly to lift the embargo. A State Department official said a package of emergency aid could go to Congress within weeks.

Opinion polls published last month had given Ortega a lead of as much as 16 points, and the result stunned many Sandinista officials. Former U.S. President Jimmy Carter, who led a team of international observers, said the vote had been free and fair.

The UNO coalition, an alliance of 14 parties ranging from conservatives to communists, has been bitterly divided in the past, and diplomats said holding it together would be Chamorro's first big test. Its leaders are expected to meet on Thursday to discuss the makeup of the new cabinet.
""", [
    ('Feb 27', 'DATE', '1990-02-27'),
    ('Tuesday', 'DATE', '1990-02-27'),
    ('this week', 'DATE', '1990-W09'),
    ('Sunday', 'DATE', '1990-02-25'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('Monday', 'DATE', '1990-02-26'),
    ('about 6:30 a.m. on Monday', 'TIME', '1990-02-26T06:30'),
    ('Monday night', 'DATE|TIME', '1990-02-26TNI'),
    ('April 25', 'DATE', '1990-04-25'),
    ('next week', 'DATE', '1990-W10'),
    ('Tuesday', 'DATE', '1990-02-27'),
    ('July 1979', 'DATE', '1979-07'),
    ('November 1984', 'DATE', '1984-11'),
    ('the 1980s', 'DATE', '198'),
    ('May 1985', 'DATE', '1985-05'),
    ('1988', 'DATE', '1988'),
    ('Monday', 'DATE', '1990-02-26'),
    ('weeks', 'DURATION', 'PXW'),
    ('last month', 'DATE', '1990-01'),
    ('the past', 'DATE', 'PAST_REF'),
    ('Thursday', 'DATE', '1990-03-01'),
]),

# 11. UPI, airline strike: Eastern Airlines (1989)
('1989-03-10', 'auto', """Eastern files for bankruptcy as strike grounds airline

MIAMI (UPI) -- Eastern Airlines filed for protection from its creditors Thursday, saying a strike that began last weekend had left the carrier unable to pay its bills.

The petition was filed at 9:30 a.m. in U.S. Bankruptcy Court in Manhattan. Eastern said it would keep flying a reduced schedule and would continue to pay employees who stay on the job.

About 8,500 members of the International Association of Machinists walked off the job at 12:01 a.m. Saturday after contract talks broke down. Eastern's 3,400 pilots and 5,900 flight attendants have honored their picket lines, and the airline, which normally operates about 1,000 flights every day, has been operating fewer than 100 since the walkout began.

"We had no choice," said Eastern spokeswoman Karen Delgado. "The strike has cost us millions of dollars, and we simply could not wait."

The machinists have been working without a new contract for 17 months. The union says Eastern's parent, Texas Air Corp., has been stripping the carrier of its assets since it acquired Eastern in 1986, and it accuses Texas Air chairman Frank Lorenzo of trying to break the union.

Eastern agreed last October to sell its Northeast shuttle, which runs hourly between New York, Boston and Washington, to real estate developer Donald Trump for $365 million. The sale has not been completed.

President Bush a week ago rejected a request by the National Mediation Board to appoint an emergency board, which would have imposed a cooling-off period of 60 days. House Democrats said they would push a bill next week to force the appointment.

Union leaders said they would extend picketing to commuter rail lines in the New York area on Monday unless a court blocks them.

Eastern said it hoped to resume limited service within two weeks and to emerge from bankruptcy by the end of the year as a smaller airline. Travelers holding Eastern tickets for trips around Easter were being rebooked on other carriers.

Continental Airlines, also owned by Texas Air, filed for bankruptcy in September 1983 and emerged nearly three years later.

"I don't think this airline will ever be the same," said Bob Hawkins, 41, an Eastern mechanic picketing at Miami International Airport on Thursday night. "But we'll stay out here as long as it takes."
""", [
    ('Thursday', 'DATE', '1989-03-09'),
    ('last weekend', 'DATE', '1989-W09-WE'),
    ('9:30 a.m.', 'TIME', '1989-03-09T09:30'),
    ('12:01 a.m. Saturday', 'TIME', '1989-03-04T00:01'),
    ('every day', 'SET', 'P1D'),
    ('17 months', 'DURATION', 'P17M'),
    ('1986', 'DATE', '1986'),
    ('last October', 'DATE', '1988-10'),
    ('hourly', 'SET', 'PT1H'),
    ('a week ago', 'DATE', '1989-W09|1989-03-03'),
    ('60 days', 'DURATION', 'P60D'),
    ('next week', 'DATE', '1989-W11'),
    ('Monday', 'DATE', '1989-03-13'),
    ('two weeks', 'DURATION', 'P2W'),
    ('the end of the year', 'DATE', '1989|1989-12'),
    ('Easter', 'DATE', '1989-03-26'),
    ('September 1983', 'DATE', '1983-09'),
    ('nearly three years later', 'DATE', '1986'),
    ('Thursday night', 'DATE|TIME', '1989-03-09TNI'),
]),

# 12. Wall Street Journal, defense earnings after the Cold War (1992)
('1992-01-30', 'auto', """Merriam Aerospace Posts Loss, Plans to Cut 6,000 Jobs
---
Defense Concern Cites End of Cold War as Pentagon Budget Shrinks

By a Wall Street Journal Staff Reporter

ST. LOUIS -- Merriam Aerospace Corp. reported a fourth-quarter loss of $214 million and said it will eliminate 6,000 jobs, or about 14% of its work force, over the next 18 months as Pentagon spending shrinks with the end of the Cold War.

The loss, which included a $290 million charge for plant closings and severance costs, compared with net income of $58.4 million, or $1.52 a share, a year earlier. Sales in the quarter fell 11% to $1.9 billion.

For the year, Merriam earned $31 million, or 81 cents a share, down from $247 million, or $6.45 a share, in 1990.

The announcement yesterday followed President Bush's State of the Union address Tuesday night, in which he proposed cutting military spending by $50 billion over five years and halting production of the B-2 bomber.

"The world has changed, and we have to change with it," said Chairman Harold Brandt, 61. "The threat this company was built to meet for 40 years is gone."

Merriam, which makes fighter components and missile guidance systems, employed 52,000 people at its peak in 1987, when military procurement spending reached its highest level since the Korean War. Since the Berlin Wall fell in November 1989, the company has closed four plants, and the breakup of the Soviet Union last month has added to pressure on Congress to cut weapons programs further.

The company said it would close plants in Fort Worth, Texas, and Wichita, Kan., by the end of the third quarter, and that it could take additional charges in the first half of this year if Congress cancels a missile program on which it is the prime contractor.

In New York Stock Exchange composite trading yesterday, Merriam shares fell $2.25 to $38.125. The stock has lost nearly a third of its value over the past 12 months.

Analysts said more cuts are likely across the industry. "Nobody in this business is going to be hiring in the 1990s," said Paul Wexler, an analyst at Shearson Lehman Brothers who expects the defense budget to fall 25% after inflation by fiscal 1997.

Merriam said about 2,500 of the job cuts would come by June, mostly through attrition and early retirement. Its order backlog stood at $8.7 billion on Dec. 31, down from $10.2 billion at the end of 1990. The board will meet Feb. 18 to review the dividend.

Union officials in St. Louis said they learned of the layoffs from reporters Wednesday morning and would seek a meeting with management next week.
""", [
    ('fourth-quarter', 'DATE', '1991-Q4'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('a year earlier', 'DATE', '1990-Q4|1990'),
    ('the quarter', 'DATE', '1991-Q4'),
    ('the year', 'DATE', '1991'),
    ('1990', 'DATE', '1990'),
    ('yesterday', 'DATE', '1992-01-29'),
    ('Tuesday night', 'DATE|TIME', '1992-01-28TNI'),
    ('five years', 'DURATION', 'P5Y'),
    ('40 years', 'DURATION', 'P40Y'),
    ('1987', 'DATE', '1987'),
    ('November 1989', 'DATE', '1989-11'),
    ('last month', 'DATE', '1991-12'),
    ('the end of the third quarter', 'DATE', '1992-Q3|1992-09'),
    ('the first half of this year', 'DATE', '1992-H1'),
    ('yesterday', 'DATE', '1992-01-29'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('the 1990s', 'DATE', '199'),
    ('fiscal 1997', 'DATE', 'FY1997|1997'),
    ('June', 'DATE', '1992-06'),
    ('Dec. 31', 'DATE', '1991-12-31'),
    ('the end of 1990', 'DATE', '1990|1990-12'),
    ('Feb. 18', 'DATE', '1992-02-18'),
    ('Wednesday morning', 'DATE|TIME', '1992-01-29TMO'),
    ('next week', 'DATE', '1992-W06'),
]),
]
