# Gold TIMEX3 probe set 52: twelve news stories of 1997-2011 in the styles of AP, Reuters, the New York Times, the Wall Street Journal, the Financial Times and local papers, on courts, elections, companies, health and sport, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, courts (1997)
('1997-10-17', 'auto', """Former alderman convicted in towing kickback case

ST. LOUIS (AP) -- A federal jury on Thursday convicted a former St. Louis alderman of taking $84,000 in kickbacks from a towing contractor, ending a trial that lasted nearly three weeks.

Raymond T. Keller, 58, who represented the city's 14th Ward from 1983 to 1995, was found guilty on 11 of 13 counts of mail fraud and extortion. Jurors deliberated for about nine hours over two days before returning the verdict at 4:10 p.m.

U.S. District Judge Carol Jackson set sentencing for Jan. 9. Each extortion count carries a maximum sentence of 20 years in prison, though under federal guidelines Keller is likely to receive far less.

"We're disappointed, but we're not done," defense attorney Michael Brennan said outside the courthouse. He said he would file a motion for a new trial within the next seven days and would appeal if necessary.

Prosecutors said Keller steered the city's towing contract to Gateway Auto Recovery in 1991 and again two years later, and in return collected cash payments twice a month for more than four years. The company's owner, Dale Pruett, pleaded guilty last spring and testified against Keller earlier this month.

Keller, who served on the Board of Aldermen for 12 years, did not testify. His lawyers argued that the payments were loans between longtime friends and that Pruett had invented the scheme to win a lighter sentence.

The investigation began in the summer of 1994, when an FBI agent posing as a rival contractor recorded conversations with Keller at a South Side restaurant. Several of those tapes were played for jurors last week.

Keller resigned his seat in January 1996, shortly after he was indicted, and has been free on bond.

Assistant U.S. Attorney Howard Marcus said the verdict sent a message to public officials. "For years, people in the 14th Ward were told this was simply how business got done at City Hall," he said. "A jury of their neighbors has now said otherwise."

Pruett is scheduled to be sentenced next month. A former city towing supervisor, Anne Delgado, 44, goes on trial in December on related charges.

Jury selection in Keller's case began Sept. 29, and testimony opened two days later.
""", [
    ('Thursday', 'DATE', '1997-10-16'),
    ('nearly three weeks', 'DURATION', 'P3W'),
    ('1983', 'DATE', '1983'),
    ('1995', 'DATE', '1995'),
    ('about nine hours', 'DURATION', 'PT9H'),
    ('two days', 'DURATION', 'P2D'),
    ('4:10 p.m.', 'TIME', '1997-10-16T16:10'),
    ('Jan. 9', 'DATE', '1998-01-09'),
    ('20 years', 'DURATION', 'P20Y'),
    ('the next seven days', 'DURATION', 'P7D'),
    ('1991', 'DATE', '1991'),
    ('two years later', 'DATE', '1993'),
    ('twice a month', 'SET', 'P1M'),
    ('more than four years', 'DURATION', 'P4Y'),
    ('last spring', 'DATE', '1997-SP'),
    ('earlier this month', 'DATE', '1997-10'),
    ('12 years', 'DURATION', 'P12Y'),
    ('the summer of 1994', 'DATE', '1994-SU'),
    ('last week', 'DATE', '1997-W41'),
    ('January 1996', 'DATE', '1996-01'),
    ('For years', 'DURATION', 'PXY'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('next month', 'DATE', '1997-11'),
    ('December', 'DATE', '1997-12'),
    ('Sept. 29', 'DATE', '1997-09-29'),
    ('two days later', 'DATE', '1997-10-01'),
]),

# 2. Reuters, company earnings (1998)
('1998-07-21', 'auto', """Hartwell Instruments Q2 profit up 18 pct, warns on Asia

NEW YORK, July 21 (Reuters) - Hartwell Instruments Inc said on Tuesday its second-quarter profit rose 18 percent on strong demand for laboratory testing equipment in North America, but warned that the Asian financial crisis would weigh on sales in the second half.

The Rochester, N.Y.-based company said net income rose to $42.6 million, or 71 cents a share, from $36.1 million, or 61 cents a share, a year earlier. Revenue climbed 9 percent to $388 million.

Analysts on average had expected earnings of 68 cents a share, according to First Call.

Hartwell shares rose 1-3/8 to 47-1/4 on the New York Stock Exchange. The stock has gained about 22 percent since January.

Chief Executive Robert Lindqvist said orders from Asia fell 31 percent in the first half and were unlikely to recover before next spring.

"We don't see a bottom yet in Korea or Indonesia," Lindqvist told analysts on a conference call. "We are planning for the next 18 months as if conditions there stay where they are now."

The company reaffirmed its forecast for 1998 earnings of $2.85 to $2.95 a share, but said third-quarter results would be roughly flat because of the timing of several large government contracts.

Hartwell, which was spun off from Meridian Corp in 1993, has raised its dividend every year since 1994. It said it would pay a dividend of 14 cents a share on Sept. 15 to shareholders of record on Aug. 28.

The company also said it had completed the $120 million purchase of Danish sensor maker Norvik A/S, announced in April, and expected the deal to add to earnings in fiscal 1999.

Lindqvist said Hartwell would cut about 300 jobs, or 4 percent of its workforce, over the next two quarters, mainly at plants in Ohio and Scotland. The cuts will cost about $9 million, to be booked in the third quarter.

Hartwell, which employs about 7,500 people in 11 countries, will hold a meeting with investors in New York on Oct. 6 to discuss its strategy for Asia.

Separately, the company said Chief Financial Officer Nancy Pruitt, 61, would retire at the end of the year after 24 years with Hartwell. A successor has not been named.

((Reuters New York newsroom, 212 859-1700))
""", [
    ('Q2', 'DATE', '1998-Q2'),
    ('July 21', 'DATE', '1998-07-21'),
    ('Tuesday', 'DATE', '1998-07-21'),
    ('second-quarter', 'DATE', '1998-Q2'),
    ('the second half', 'DATE', '1998-H2'),
    ('a year earlier', 'DATE', '1997-Q2'),
    ('January', 'DATE', '1998-01'),
    ('the first half', 'DATE', '1998-H1'),
    ('next spring', 'DATE', '1999-SP'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1998', 'DATE', '1998'),
    ('third-quarter', 'DATE', '1998-Q3'),
    ('1993', 'DATE', '1993'),
    ('every year', 'SET', 'P1Y'),
    ('1994', 'DATE', '1994'),
    ('Sept. 15', 'DATE', '1998-09-15'),
    ('Aug. 28', 'DATE', '1998-08-28'),
    ('April', 'DATE', '1998-04'),
    ('fiscal 1999', 'DATE', 'FY1999|1999'),
    ('the next two quarters', 'DURATION', 'P2Q|P6M'),
    ('the third quarter', 'DATE', '1998-Q3'),
    ('Oct. 6', 'DATE', '1998-10-06'),
    ('the end of the year', 'DATE', '1998|1998-12'),
    ('24 years', 'DURATION', 'P24Y'),
]),

# 3. New York Times, elections and campaigns (2000)
('2000-03-06', 'auto', """Two Democrats Make Final Appeals in Tight House Primary

By JAMES R. CALLOWAY

CLEVELAND - Standing on a loading dock at 6:30 this morning, Councilwoman Denise Hargrove shook hands with workers arriving for the first shift at a steel plant on the city's South Side and asked them for one more favor: vote tomorrow.

Her opponent, State Senator Paul Ostrowski, spent the weekend at churches and union halls on the West Side, and planned a rally tonight in Parma. Both are seeking the Democratic nomination in the 10th Congressional District, where Representative Frank Mellon is retiring after 22 years in the House.

The race, which began last spring with half a dozen candidates, has narrowed to a contest between two politicians who have spent the past decade on opposite sides of City Hall debates. A poll released on Friday by a Cleveland television station showed them separated by three percentage points, within the survey's margin of error.

Ohio is one of 16 states holding primaries or caucuses on Tuesday, and turnout is expected to be higher than in 1996, when the presidential nominations were all but settled by March. Polls will be open from 6:30 a.m. to 7:30 p.m., and election officials said results in the district were likely to be known by midnight.

Mr. Ostrowski, 51, has represented the area in the State Senate since 1990. He has raised $640,000, more than twice as much as Ms. Hargrove, and has run television advertisements daily for the last three weeks.

Ms. Hargrove, 44, has relied on a network of volunteers who have knocked on doors every Saturday since January. "People have heard from him on television for a month," she said. "They've heard from me on their front porch."

The candidates met in two debates, the second on Thursday night, when they clashed over a proposal to build a convention center downtown. Mr. Ostrowski supported the plan when it was first put forward in 1997 but now says it should go to the voters.

Whoever wins tomorrow will face the Republican nominee in November. The district has not elected a Republican since 1962.

Mr. Mellon, who announced his retirement a year ago this month, has not endorsed either candidate. He said on Sunday that he would campaign for the winner "from Wednesday morning until the last vote is counted."
""", [
    ('6:30 this morning', 'TIME', '2000-03-06T06:30'),
    ('tomorrow', 'DATE', '2000-03-07'),
    ('the weekend', 'DATE', '2000-W09-WE'),
    ('tonight', 'DATE|TIME', '2000-03-06TNI'),
    ('22 years', 'DURATION', 'P22Y'),
    ('last spring', 'DATE', '1999-SP'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('Friday', 'DATE', '2000-03-03'),
    ('Tuesday', 'DATE', '2000-03-07'),
    ('1996', 'DATE', '1996'),
    ('March', 'DATE', '1996-03'),
    ('6:30 a.m.', 'TIME', '2000-03-07T06:30'),
    ('7:30 p.m.', 'TIME', '2000-03-07T19:30'),
    ('midnight', 'TIME', '2000-03-07T24:00|2000-03-08T00:00'),
    ('1990', 'DATE', '1990'),
    ('daily', 'SET', 'P1D'),
    ('the last three weeks', 'DURATION', 'P3W'),
    ('every Saturday', 'SET', 'XXXX-WXX-6'),
    ('January', 'DATE', '2000-01'),
    ('a month', 'DURATION', 'P1M'),
    ('Thursday night', 'DATE|TIME', '2000-03-02TNI'),
    ('1997', 'DATE', '1997'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('tomorrow', 'DATE', '2000-03-07'),
    ('November', 'DATE', '2000-11'),
    ('1962', 'DATE', '1962'),
    ('a year ago this month', 'DATE', '1999-03'),
    ('Sunday', 'DATE', '2000-03-05'),
    ('Wednesday morning', 'DATE|TIME', '2000-03-08TMO'),
]),

# 4. Wall Street Journal, company deal (2001)
('2001-11-14', 'auto', """Carrow Foods Agrees to Buy Lindell Brands for $1.3 Billion

By ELLEN M. SHAPIRO
Staff Reporter of THE WALL STREET JOURNAL

Carrow Foods Inc. agreed to acquire Lindell Brands Corp. for about $1.3 billion in cash and stock, a deal that would combine two of the largest U.S. makers of frozen meals and end a takeover fight that began last summer.

Under the terms announced yesterday, Carrow will pay $31 a share for Lindell, a 27% premium to Lindell's closing price Monday on the New York Stock Exchange. The boards of both companies approved the agreement late Monday night, people familiar with the matter said.

Lindell rejected an unsolicited offer of $26 a share from Carrow on July 9, calling it "grossly inadequate," and adopted a shareholder-rights plan the following week. Talks resumed in October after several of Lindell's largest holders pressed management to negotiate.

"The market has changed a lot in the past four months," Carrow Chief Executive Janet Albright said in an interview. She said consumer spending on prepared food had held up better than expected since the Sept. 11 attacks, which gave both boards more confidence in the combined company's prospects.

The companies expect the deal to close in the first quarter of 2002, subject to shareholder and regulatory approval. Carrow hopes to file its antitrust notice before Thanksgiving, Ms. Albright said, and antitrust lawyers said the Federal Trade Commission could take several months to review the deal.

Ms. Albright said Carrow would seek about $60 million in cost savings by the end of 2003, largely by closing two of the combined company's 14 plants.

Some analysts questioned the price. "They're paying for growth that hasn't shown up in three years," said Thomas Brill, who follows both companies for a regional brokerage firm.

Lindell, based in Minneapolis, lost $14 million in fiscal 2001, which ended in August, after a costly recall of frozen dinners in the spring. The company was founded in 1946 as a dairy and went public two decades ago.

Carrow, of Omaha, Neb., has made five acquisitions since 1998, but none this large. Its shares fell 85 cents to $42.10 yesterday, while Lindell's rose $5.40 to $29.85.

Carrow plans to discuss the deal with investors at a meeting in New York on Dec. 4.
""", [
    ('last summer', 'DATE', '2001-SU'),
    ('yesterday', 'DATE', '2001-11-13'),
    ('Monday', 'DATE', '2001-11-12'),
    ('late Monday night', 'DATE|TIME', '2001-11-12TNI'),
    ('July 9', 'DATE', '2001-07-09'),
    ('the following week', 'DATE', '2001-W29'),
    ('October', 'DATE', '2001-10'),
    ('the past four months', 'DURATION', 'P4M'),
    ('Sept. 11', 'DATE', '2001-09-11'),
    ('the first quarter of 2002', 'DATE', '2002-Q1'),
    ('Thanksgiving', 'DATE', '2001-11-22'),
    ('several months', 'DURATION', 'PXM'),
    ('the end of 2003', 'DATE', '2003|2003-12'),
    ('three years', 'DURATION', 'P3Y'),
    ('fiscal 2001', 'DATE', 'FY2001|2001'),
    ('August', 'DATE', '2001-08'),
    ('the spring', 'DATE', '2001-SP'),
    ('1946', 'DATE', '1946'),
    ('two decades ago', 'DATE', '1981|198'),
    ('1998', 'DATE', '1998'),
    ('yesterday', 'DATE', '2001-11-13'),
    ('Dec. 4', 'DATE', '2001-12-04'),
]),

# 5. Financial Times, company profit warning (2003)
('2003-05-08', 'auto', """Brandon shares slide 23% on profit warning

By Helen Mortimer in London

Shares in Brandon Engineering fell 23 per cent yesterday after the aerospace components maker warned that profits this year would be well below market expectations, blaming the war in Iraq and a sharp fall in orders from US airlines.

In a trading statement, the Derby-based group said sales between January and April were 11 per cent lower than a year earlier, and that it now expected pre-tax profit of £35m-£40m for 2003, against £52.6m last year. Analysts had been forecasting about £50m.

The shares closed down 41p at 137p, their lowest level since October 1998.

Mike Chalmers, chief executive, said the airline industry was in its worst state for decades. "Since the start of the war in March, airlines have grounded aircraft and put off maintenance. We do not expect a recovery in the second half, and we are planning on the basis that conditions stay weak well into 2004," he said.

The warning is Brandon's second in six months. In November the company cut its forecasts after a large US customer filed for bankruptcy protection.

Brandon said it would close its plant in Coventry, which employs 340 people, by the end of September and move the work to Derby and to a factory in Poland it bought two years ago. It will also freeze pay for senior managers for 12 months.

The dividend, which has been increased every year since the company floated in 1994, will be reviewed when the group reports interim results in August.

Some analysts questioned whether the payout could be maintained. "The balance sheet is stretched and cash flow is going the wrong way," said Sarah Whitlock at broker Hanley Marsh. "They may have to come back to shareholders for money in the autumn."

Brandon's shares have lost more than half their value over the past 12 months. The group has been the subject of bid speculation recently, but Mr Chalmers, who joined Brandon in 2000, said yesterday that no approach had been received.

"We have been through downturns before, in 1991 and after 1998, and we came out stronger both times," he said.
""", [
    ('yesterday', 'DATE', '2003-05-07'),
    ('this year', 'DATE', '2003'),
    ('January', 'DATE', '2003-01'),
    ('April', 'DATE', '2003-04'),
    ('a year earlier', 'DATE', '2002'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2003', 'DATE', '2003'),
    ('last year', 'DATE', '2002'),
    ('October 1998', 'DATE', '1998-10'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('March', 'DATE', '2003-03'),
    ('the second half', 'DATE', '2003-H2'),
    ('2004', 'DATE', '2004'),
    ('six months', 'DURATION', 'P6M'),
    ('November', 'DATE', '2002-11'),
    ('the end of September', 'DATE', '2003-09'),
    ('two years ago', 'DATE', '2001'),
    ('12 months', 'DURATION', 'P12M'),
    ('every year', 'SET', 'P1Y'),
    ('1994', 'DATE', '1994'),
    ('August', 'DATE', '2003-08'),
    ('the autumn', 'DATE', '2003-FA'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('recently', 'DATE', 'PAST_REF'),
    ('2000', 'DATE', '2000'),
    ('yesterday', 'DATE', '2003-05-07'),
    ('1991', 'DATE', '1991'),
    ('1998', 'DATE', '1998'),
]),

# 6. Local paper, public health (2004)
('2004-08-19', 'auto', """County confirms first human West Nile case

By MARISOL VEGA
Tribune Staff Writer

A 67-year-old Riverbend man has become the first person in Harlan County to test positive for West Nile virus this year, county health officials announced Wednesday.

The man, whose name was not released, was admitted to Mercy General Hospital on Aug. 10 with a high fever and was released five days later. He is recovering at home, said Dr. Linda Okafor, the county's health officer.

Officials believe he was bitten by an infected mosquito in late July while fishing along the Tule River. Test results from the state laboratory came back Tuesday afternoon.

"This is not a surprise. We've been expecting it for weeks," Okafor said. "The virus has been in our birds and mosquitoes since June."

The county reported 14 human cases last year, including one death, after the virus was first detected here in 2002. Okafor said she expects more cases in the coming weeks.

The Harlan Mosquito Abatement District, formed a decade ago after an outbreak of encephalitis, has stepped up spraying and now treats standing water in the Riverbend area three times a week, district manager Tom Reyes said. Traps near the river have caught infected mosquitoes for the past two weeks, he said.

Crews will conduct truck-mounted spraying tonight in neighborhoods north of Highway 12, beginning at about 9 p.m. Residents do not need to leave their homes but should keep windows closed, Reyes said.

Of the 14 people infected last year, most were over 50, Okafor said. Older residents and people with weakened immune systems face the greatest risk of serious illness. Health officials urge everyone to drain standing water, repair window screens and wear insect repellent outdoors.

The county will hold a free public information session on the virus at 6:30 p.m. Sept. 1 at the Riverbend Community Center, 410 Oak St. The health department posts its count of dead birds that test positive weekly on its Web site.

Statewide, 52 human cases had been reported as of last Friday, according to the California Department of Health Services.
""", [
    ('this year', 'DATE', '2004'),
    ('Wednesday', 'DATE', '2004-08-18'),
    ('Aug. 10', 'DATE', '2004-08-10'),
    ('five days later', 'DATE', '2004-08-15'),
    ('late July', 'DATE', '2004-07'),
    ('Tuesday afternoon', 'DATE|TIME', '2004-08-17TAF'),
    ('weeks', 'DURATION', 'PXW'),
    ('June', 'DATE', '2004-06'),
    ('last year', 'DATE', '2003'),
    ('2002', 'DATE', '2002'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('a decade ago', 'DATE', '1994|199'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('three times a week', 'SET', 'P1W'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('tonight', 'DATE|TIME', '2004-08-19TNI'),
    ('about 9 p.m.', 'TIME', '2004-08-19T21:00'),
    ('last year', 'DATE', '2003'),
    ('6:30 p.m. Sept. 1', 'TIME', '2004-09-01T18:30'),
    ('weekly', 'SET', 'P1W'),
    ('last Friday', 'DATE', '2004-08-13'),
]),

# 7. AP, sport (2005)
('2005-02-07', 'auto', """Harmon wins rain-delayed Desert Palms Classic

PALM SPRINGS, Calif. (AP) - Kevin Harmon sat through a 3-hour rain delay, then birdied two of his last three holes Monday to win the Desert Palms Classic by one stroke, his first PGA Tour victory in nearly four years.

Harmon, who began the final round two shots behind, closed with a 4-under 68 for a 15-under 273 total. Australian Craig Bellamy and South Africa's Deon Malan tied for second at 274.

The tournament was scheduled to finish Sunday, but heavy rain Saturday night left standing water on several greens, and officials suspended play at 12:40 p.m. Sunday with the leaders on the fifth hole. Play resumed at 8 a.m. Monday but was halted again when thunderstorms moved through the Coachella Valley.

"This one means more than the first one," said Harmon, 34, whose only other tour win came at the Greater Milwaukee Open in 2001. "There were times the last couple of years when I wondered if I'd ever get back here."

Harmon lost his tour card after a wrist injury in 2003 and spent last year on the Nationwide Tour, where he won twice and finished fourth on the money list.

He made a 15-foot birdie putt on the 16th hole and a 6-footer on the 18th, then waited in the scorer's tent for about 20 minutes as Bellamy, playing in the last group, missed a 12-foot birdie attempt that would have forced a playoff.

Bellamy, who led after each of the first three rounds, said the delays had not affected him. "We all had the same conditions," he said. "I just didn't hole the putts when it mattered."

The $900,000 winner's check moved Harmon to third on the money list, and the victory earned him a spot in the Masters in April.

The tournament has been played every February since 1962, and weather delays are nothing new. Rain also disrupted the final round three times in the 1990s.

Harmon said he planned to spend the weekend at home in Dallas with his wife and two daughters. The tour moves next week to San Diego.
""", [
    ('3-hour', 'DURATION', 'PT3H'),
    ('Monday', 'DATE', '2005-02-07'),
    ('nearly four years', 'DURATION', 'P4Y'),
    ('Sunday', 'DATE', '2005-02-06'),
    ('Saturday night', 'DATE|TIME', '2005-02-05TNI'),
    ('12:40 p.m. Sunday', 'TIME', '2005-02-06T12:40'),
    ('8 a.m. Monday', 'TIME', '2005-02-07T08:00'),
    ('2001', 'DATE', '2001'),
    ('the last couple of years', 'DURATION', 'P2Y'),
    ('2003', 'DATE', '2003'),
    ('last year', 'DATE', '2004'),
    ('about 20 minutes', 'DURATION', 'PT20M'),
    ('April', 'DATE', '2005-04'),
    ('every February', 'SET', 'XXXX-02'),
    ('1962', 'DATE', '1962'),
    ('the 1990s', 'DATE', '199'),
    ('the weekend', 'DATE', '2005-W06-WE'),
    ('next week', 'DATE', '2005-W07'),
]),

# 8. Reuters, public health (2006)
('2006-11-29', 'auto', """Measles deaths in Africa fall sharply - WHO

GENEVA, Nov 29 (Reuters) - Deaths from measles in Africa fell by three-quarters between 2000 and 2005 thanks to mass vaccination campaigns, the World Health Organisation said on Wednesday, but it warned that a funding shortfall could reverse the gains.

An estimated 126,000 Africans died of the disease last year, down from about 506,000 five years earlier, the United Nations agency said in a report.

"This is one of the great public health successes of recent years," said Dr Ana Ferreira, who heads WHO's immunisation department. "But measles is extremely contagious, and the progress is fragile."

Since 2001, the Measles Initiative, a partnership led by WHO, the U.N. Children's Fund and the American Red Cross, has helped vaccinate more than 360 million children in 40 African countries. Follow-up campaigns are needed every four years to reach children born since the previous round.

But the partnership faces a gap of about $150 million for 2007 and 2008, Ferreira told reporters. Unless the money is found by the end of March, campaigns planned for next year in Nigeria, Ethiopia and the Democratic Republic of Congo could be postponed.

"If we stop now, we will see epidemics return within a few years, and it will be the youngest children who die," she said.

Most measles victims are children under the age of five. The disease spreads through coughing and sneezing and can cause pneumonia, blindness and brain swelling.

WHO has issued weekly updates since early October on an outbreak in southern Africa that has infected more than 1,200 people, most of them unvaccinated teenagers and young adults.

The agency's executive board will discuss the report at its meeting in Geneva in January. A separate WHO report released last week found that global coverage with a first dose of measles vaccine reached 77 percent in 2005, up from 72 percent in 2000.

The Measles Initiative was launched with the goal of halving measles deaths worldwide by the end of 2005, a target that WHO says was exceeded.

(Reporting by Claire Dufour; Editing by Peter Blanc)
""", [
    ('Nov 29', 'DATE', '2006-11-29'),
    ('2000', 'DATE', '2000'),
    ('2005', 'DATE', '2005'),
    ('Wednesday', 'DATE', '2006-11-29'),
    ('last year', 'DATE', '2005'),
    ('five years earlier', 'DATE', '2000'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('2001', 'DATE', '2001'),
    ('every four years', 'SET', 'P4Y'),
    ('2007', 'DATE', '2007'),
    ('2008', 'DATE', '2008'),
    ('the end of March', 'DATE', '2007-03'),
    ('next year', 'DATE', '2007'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a few years', 'DURATION', 'PXY'),
    ('weekly', 'SET', 'P1W'),
    ('early October', 'DATE', '2006-10'),
    ('January', 'DATE', '2007-01'),
    ('last week', 'DATE', '2006-W47'),
    ('2005', 'DATE', '2005'),
    ('2000', 'DATE', '2000'),
    ('the end of 2005', 'DATE', '2005|2005-12'),
]),

# 9. New York Times, courts (2007)
('2007-06-12', 'auto', """Judge Rejects Plea Deal for Former Mayor in Bribery Case

By DAVID M. KESSLER

TRENTON, June 11 - A federal judge on Monday rejected a plea agreement that would have sent a former mayor of Port Claymore, N.J., to prison for 18 months, saying the sentence was too lenient for a public official who took bribes for nearly a decade.

At a hearing that lasted more than two hours, Judge Harold W. Fisk of Federal District Court said the agreement "does not reflect the seriousness of the conduct or the damage done to public trust."

The former mayor, Vincent R. Carbone, 61, pleaded guilty in March to accepting $212,000 from developers between 1996 and 2005 in exchange for zoning approvals. Under the agreement, prosecutors had recommended an 18-month sentence.

The judge's decision means Mr. Carbone can withdraw his guilty plea and go to trial, or try to negotiate a new agreement. His lawyer, Andrea Pellegrino, said after the hearing that her client had not decided and that she expected to meet with prosecutors later this week.

"He has accepted responsibility for what he did, and he will continue to," Ms. Pellegrino said.

Judge Fisk gave the two sides until July 9 to tell him how they intend to proceed. If the case goes to trial, it probably would not begin before the fall, lawyers said.

Mr. Carbone served three terms as mayor, from 1994 until he was defeated in 2006 by a reform candidate who had made corruption the central issue of the campaign. The investigation had become public in the spring of 2005, when F.B.I. agents searched City Hall and the offices of two developers.

Prosecutors said Mr. Carbone met the developers at a diner near the waterfront every month to collect cash, usually in envelopes tucked inside folded newspapers.

It is unusual for a federal judge to reject a plea agreement. In a statement on Monday evening, the United States attorney's office said it was "reviewing the court's decision" and declined to comment further.

Judge Fisk noted that Mr. Carbone's co-defendant, Luis Ortega, a former city planner, was sentenced last October to 30 months in prison after a four-week trial.

"A decade of corruption cannot be answered with 18 months," the judge said.
""", [
    ('June 11', 'DATE', '2007-06-11'),
    ('Monday', 'DATE', '2007-06-11'),
    ('18 months', 'DURATION', 'P18M'),
    ('nearly a decade', 'DURATION', 'P10Y|P1E'),
    ('more than two hours', 'DURATION', 'PT2H'),
    ('March', 'DATE', '2007-03'),
    ('1996', 'DATE', '1996'),
    ('2005', 'DATE', '2005'),
    ('18-month', 'DURATION', 'P18M'),
    ('later this week', 'DATE', '2007-W24'),
    ('July 9', 'DATE', '2007-07-09'),
    ('the fall', 'DATE', '2007-FA'),
    ('1994', 'DATE', '1994'),
    ('2006', 'DATE', '2006'),
    ('the spring of 2005', 'DATE', '2005-SP'),
    ('every month', 'SET', 'P1M'),
    ('Monday evening', 'DATE|TIME', '2007-06-11TEV'),
    ('last October', 'DATE', '2006-10'),
    ('30 months', 'DURATION', 'P30M'),
    ('four-week', 'DURATION', 'P4W'),
    ('A decade', 'DURATION', 'P10Y|P1E'),
    ('18 months', 'DURATION', 'P18M'),
]),

# 10. Local paper, elections and campaigns (2008)
('2008-10-23', 'auto', """Mayoral rivals clash over budget in final debate

By KAREN L. DOYLE
Gazette Staff Writer

The two candidates for mayor of Millbrook traded sharp words over taxes, police staffing and a stalled downtown hotel Wednesday night in their last debate before the Nov. 4 election.

About 300 people filled the auditorium at Millbrook High School for the 90-minute forum, sponsored by the League of Women Voters and the Millbrook Gazette.

Council member Teresa Nguyen, 46, accused Mayor Doug Felton of ignoring a budget shortfall that city staff now estimate at $3.2 million for fiscal 2010, which begins July 1.

"He's known about this since spring, and he hasn't said a word," Nguyen said.

Felton, 59, who is seeking a third four-year term, said the city has balanced its budget every year since he took office in 2000 and would do so again without raising property taxes.

The candidates also disagreed over the Riverside Hotel, a $28 million project that has been on hold for 14 months after its developer lost financing. Felton said he expects construction to resume early next year. Nguyen called that "wishful thinking" and said the city should look for other developers.

On public safety, Nguyen promised to add 12 police officers during her first term. Felton said the department had already grown by nine officers since 2005.

Early voting began Monday at City Hall and runs through Oct. 31, City Clerk Maria Salas said. As of Wednesday afternoon, 1,840 residents had cast ballots, nearly double the number at the same point four years ago.

On Election Day, polls will be open from 7 a.m. to 8 p.m. Salas urged voters to bring identification and to check their polling place on the city's Web site, because three precincts have moved since the last election.

A second forum, on the City Council races, is scheduled for 7 p.m. Tuesday at the Millbrook Public Library.

The winner of the mayoral race will be sworn in Jan. 5.
""", [
    ('Wednesday night', 'DATE|TIME', '2008-10-22TNI'),
    ('Nov. 4', 'DATE', '2008-11-04'),
    ('90-minute', 'DURATION', 'PT90M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('fiscal 2010', 'DATE', 'FY2010|2010'),
    ('July 1', 'DATE', '2009-07-01'),
    ('spring', 'DATE', '2008-SP'),
    ('four-year', 'DURATION', 'P4Y'),
    ('every year', 'SET', 'P1Y'),
    ('2000', 'DATE', '2000'),
    ('14 months', 'DURATION', 'P14M'),
    ('early next year', 'DATE', '2009'),
    ('2005', 'DATE', '2005'),
    ('Monday', 'DATE', '2008-10-20'),
    ('Oct. 31', 'DATE', '2008-10-31'),
    ('Wednesday afternoon', 'DATE|TIME', '2008-10-22TAF'),
    ('four years ago', 'DATE', '2004'),
    ('Election Day', 'DATE', '2008-11-04'),
    ('7 a.m.', 'TIME', '2008-11-04T07:00'),
    ('8 p.m.', 'TIME', '2008-11-04T20:00'),
    ('7 p.m. Tuesday', 'TIME', '2008-10-28T19:00'),
    ('Jan. 5', 'DATE', '2009-01-05'),
]),

# 11. Wall Street Journal, company earnings (2009)
('2009-01-27', 'auto', """Brightwater Swings to Loss as Orders Collapse

By MICHAEL T. ROURKE

Brightwater Chemical Co. swung to a fourth-quarter loss and said it would cut 2,500 jobs, or about 9% of its work force, as the recession sapped demand from auto makers and home builders.

The Wilmington, Del., company said Tuesday it lost $186 million, or $1.04 a share, in the quarter, compared with a profit of $212 million, or $1.17 a share, a year earlier. Sales fell 24% to $3.9 billion.

Excluding restructuring charges, Brightwater earned 12 cents a share, well short of the 31 cents expected by analysts surveyed by Thomson Reuters.

"Orders fell off a cliff in November and December," Chief Executive Richard Haney told analysts on a conference call. "We have never seen anything like the past 90 days."

Brightwater said it expects first-quarter sales to fall 25% to 30% from a year ago and declined to give a forecast for 2009 as a whole. Most of the job cuts will take place in the first half of this year and are expected to save about $300 million annually once completed.

The company will also idle six of its 41 plants for eight weeks starting in February, and it has cut its capital-spending budget for this year by a third.

"We are planning as if this lasts through the end of 2010," Mr. Haney said. "If it turns out better than that, we'll be in a position to respond."

Brightwater shares, which have lost about 60% of their value since last May, rose 43 cents, or 3.2%, to $13.88 Tuesday on the New York Stock Exchange. Investors appeared relieved that the company kept its dividend, which it has paid every quarter for more than 80 years.

The company, which traces its roots to a Delaware gunpowder mill founded in 1887, froze hiring in October and has since cut the number of outside contractors by about 1,100.

Brightwater is expected to report first-quarter results in late April.
""", [
    ('fourth-quarter', 'DATE', '2008-Q4'),
    ('Tuesday', 'DATE', '2009-01-27'),
    ('the quarter', 'DATE', '2008-Q4'),
    ('a year earlier', 'DATE', '2007-Q4'),
    ('November', 'DATE', '2008-11'),
    ('December', 'DATE', '2008-12'),
    ('the past 90 days', 'DURATION', 'P90D'),
    ('first-quarter', 'DATE', '2009-Q1'),
    ('a year ago', 'DATE', '2008-Q1|2008'),
    ('2009', 'DATE', '2009'),
    ('the first half of this year', 'DATE', '2009-H1'),
    ('annually', 'SET', 'P1Y'),
    ('eight weeks', 'DURATION', 'P8W'),
    ('February', 'DATE', '2009-02'),
    ('this year', 'DATE', '2009'),
    ('the end of 2010', 'DATE', '2010|2010-12'),
    ('last May', 'DATE', '2008-05'),
    ('Tuesday', 'DATE', '2009-01-27'),
    ('every quarter', 'SET', 'P3M|P1Q'),
    ('more than 80 years', 'DURATION', 'P80Y'),
    ('1887', 'DATE', '1887'),
    ('October', 'DATE', '2008-10'),
    ('first-quarter', 'DATE', '2009-Q1'),
    ('late April', 'DATE', '2009-04'),
]),

# 12. Financial Times, sport (2011)
('2011-09-05', 'auto', """Ashworth Rovers takeover clears final hurdle

By Tom Ellery, Sports Business Correspondent

A consortium led by Hong Kong businessman Daniel Leung yesterday completed its £62m takeover of Ashworth Rovers, ending months of uncertainty at the Championship club and clearing the way for a share issue to pay for new players.

The deal, agreed in principle in April, had been held up through the summer while the Football League examined the consortium's sources of funding. The league's board approved the takeover on Friday after receiving documents it had first requested in July.

Rovers, who were relegated from the Premier League in May 2010, have made a loss every year since 2006 and owe about £45m to banks and former directors.

Mr Leung said the new owners would invest a further £20m over the next three years, and that the aim was to return to the top flight by 2013. "This is a club with a great history and a loyal following," he said. "We are here to stay."

The takeover came too late for the transfer window, which closed last Wednesday, and Gary Stokes, the manager, missed out on the two strikers he had targeted. He will now have to wait until January, when the window reopens.

"We have been in limbo for six months," Stokes said after Saturday's 2-1 home win over Halton Town, which lifted Rovers to fourth in the table. "Now we can finally plan properly."

Supporters' groups, which staged protests outside the ground twice a month during the spring, welcomed the deal but said they wanted a seat on the board.

The club's previous owner, property developer Keith Marsh, bought Rovers in 2004 and put it up for sale a year ago after losing an estimated £30m.

The Football League has tightened its checks on prospective owners since two of its clubs went into administration in 2009 and 2010, and it now requires buyers to show proof of funds before a sale is approved.

Rovers travel to Kingsford United at 7.45pm on Tuesday.
""", [
    ('yesterday', 'DATE', '2011-09-04'),
    ('months', 'DURATION', 'PXM'),
    ('April', 'DATE', '2011-04'),
    ('the summer', 'DATE', '2011-SU'),
    ('Friday', 'DATE', '2011-09-02'),
    ('July', 'DATE', '2011-07'),
    ('May 2010', 'DATE', '2010-05'),
    ('every year', 'SET', 'P1Y'),
    ('2006', 'DATE', '2006'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('2013', 'DATE', '2013'),
    ('last Wednesday', 'DATE', '2011-08-31'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('January', 'DATE', '2012-01'),
    ('six months', 'DURATION', 'P6M'),
    ('Saturday', 'DATE', '2011-09-03'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('twice a month', 'SET', 'P1M'),
    ('the spring', 'DATE', '2011-SP'),
    ('2004', 'DATE', '2004'),
    ('a year ago', 'DATE', '2010'),
    ('2009', 'DATE', '2009'),
    ('2010', 'DATE', '2010'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('7.45pm on Tuesday', 'TIME', '2011-09-06T19:45'),
]),
]
