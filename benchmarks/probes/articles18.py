# Gold TIMEX3 probe set 18: twelve news articles of 1996-2001 in the styles of AP, Reuters, the Wall Street Journal, the New York Times, ABC and CNN transcripts, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, courts (1996)
('1996-05-17', 'auto', """Former County Treasurer Convicted of Embezzling $2.3 Million

RICHMOND, Va. (AP) -- A federal jury on Friday convicted a former Henrico County treasurer of siphoning $2.3 million in public money over nearly six years, ending a trial that began in late April.

Walter B. Haskins, 58, showed no emotion as the verdict was read at about 4:15 p.m. in U.S. District Court. Jurors deliberated for about 11 hours over three days before finding him guilty on 14 of 17 counts of mail fraud and money laundering.

Sentencing was set for Aug. 23. Haskins faces up to 20 years in prison on the most serious counts, although federal guidelines are likely to call for far less, prosecutors said.

"This was a betrayal of people who trusted him with their money every day," Assistant U.S. Attorney Karen Mottley told reporters outside the courthouse.

Prosecutors said Haskins began diverting tax payments into a private account in the fall of 1989, shortly after he won a second term, and continued until an audit uncovered the scheme on March 14, 1995. He resigned the following week and was indicted last June.

During the four-week trial, the government called 31 witnesses, including two former deputies who testified under grants of immunity. One of them, Linda Carrow, said she first raised concerns about missing deposits in 1992 but was told to "mind her own business."

Haskins testified in his own defense Tuesday, telling jurors the transfers were temporary loans he always intended to repay. He said he had been struggling with gambling debts since the late 1980s.

Defense attorney Robert Lyle said he would file a motion for a new trial within the next 10 days and would appeal if necessary. "We think the judge made serious errors in what he allowed the jury to hear," Lyle said.

U.S. District Judge Thomas Ellery allowed Haskins to remain free on bond until sentencing but ordered him to surrender his passport by Monday.

The county has recovered about $400,000 through the sale of Haskins' vacation home in Nags Head, N.C., officials said. The Board of Supervisors will meet next Wednesday to decide whether to sue him for the rest.

County Administrator Jean Pruitt said new rules now require two signatures on any transfer above $5,000 and a quarterly review by an outside auditor.

"It took us years to find this," she said. "It won't take us years again."
""", [
    ('Friday', 'DATE', '1996-05-17'),
    ('nearly six years', 'DURATION', 'P6Y'),
    ('late April', 'DATE', '1996-04'),
    ('about 4:15 p.m.', 'TIME', '1996-05-17T16:15'),
    ('about 11 hours', 'DURATION', 'PT11H'),
    ('three days', 'DURATION', 'P3D'),
    ('Aug. 23', 'DATE', '1996-08-23'),
    ('up to 20 years', 'DURATION', 'P20Y'),
    ('every day', 'SET', 'P1D'),
    ('the fall of 1989', 'DATE', '1989-FA'),
    ('March 14, 1995', 'DATE', '1995-03-14'),
    ('the following week', 'DATE', '1995-W12'),
    ('last June', 'DATE', '1995-06'),
    ('four-week', 'DURATION', 'P4W'),
    ('1992', 'DATE', '1992'),
    ('Tuesday', 'DATE', '1996-05-14'),
    ('the late 1980s', 'DATE', '198'),
    ('the next 10 days', 'DURATION', 'P10D'),
    ('Monday', 'DATE', '1996-05-20'),
    ('next Wednesday', 'DATE', '1996-05-22'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('quarterly', 'SET', 'P3M'),
    ('years', 'DURATION', 'PXY'),
    ('years', 'DURATION', 'PXY'),
]),

# 2. Reuters, company earnings (1997)
('1997-10-21', 'auto', """Midland Paper third-quarter profit rises 18 pct

CHICAGO, Oct 21 (Reuter) - Midland Paper Corp, the No. 3 U.S. maker of corrugated packaging, said on Tuesday its third-quarter profit rose 18 percent, helped by higher box prices and lower pulp costs, and it forecast further gains in the fourth quarter.

Net income for the quarter rose to $61.4 million, or 88 cents a share, from $52.0 million, or 75 cents, a year earlier. Sales climbed 9 percent to $1.12 billion.

Analysts on average had expected earnings of 84 cents a share, according to First Call.

"Containerboard prices have now risen four times since January, and we expect the November increase to stick," Chief Executive Donald Reiner told analysts on a conference call.

For the nine months, Midland earned $158.2 million, or $2.27 a share, up from $131.5 million, or $1.89 a share, in the same period of 1996.

The company said it would close its 60-year-old mill in Erie, Pa., by the end of March, eliminating about 340 jobs. It will take a pretax charge of $22 million in the fourth quarter related to the closing.

Reiner said the industry had spent much of the past two years working off excess inventories after prices collapsed in early 1996. "That cycle is behind us," he said. "We're seeing orders pick up every week."

Midland shares rose 1-1/8 to 43-3/8 on the New York Stock Exchange. The stock has gained about 30 percent this year.

The Chicago-based company also said its board approved a quarterly dividend of 21 cents a share, payable Dec 15 to shareholders of record on Nov 28. It raised the dividend by a penny in July.

Midland said it expects capital spending of about $240 million in 1998, roughly unchanged from this year. Executives will meet with investors in New York next month to outline plans for a new recycled-fiber plant in Georgia, which is due to open in mid-1999.

((Chicago newsroom, 312 408 8787))
""", [
    ('third-quarter', 'DATE', '1997-Q3'),
    ('Oct 21', 'DATE', '1997-10-21'),
    ('Tuesday', 'DATE', '1997-10-21'),
    ('third-quarter', 'DATE', '1997-Q3'),
    ('the fourth quarter', 'DATE', '1997-Q4'),
    ('the quarter', 'DATE', '1997-Q3'),
    ('a year earlier', 'DATE', '1996-Q3|1996'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('January', 'DATE', '1997-01'),
    ('November', 'DATE', '1997-11'),
    ('the nine months', 'DURATION', 'P9M'),
    ('1996', 'DATE', '1996'),
    ('the end of March', 'DATE', '1998-03'),
    ('the fourth quarter', 'DATE', '1997-Q4'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('early 1996', 'DATE', '1996'),
    ('every week', 'SET', 'P1W'),
    ('this year', 'DATE', '1997'),
    ('quarterly', 'SET', 'P3M'),
    ('Dec 15', 'DATE', '1997-12-15'),
    ('Nov 28', 'DATE', '1997-11-28'),
    ('July', 'DATE', '1997-07'),
    ('1998', 'DATE', '1998'),
    ('this year', 'DATE', '1997'),
    ('next month', 'DATE', '1997-11'),
    ('mid-1999', 'DATE', '1999'),
]),

# 3. Wall Street Journal, bank merger (1998)
('1998-08-04', 'auto', """Keystone Financial to Buy Prairie Bancorp In $3.1 Billion Stock Deal

By MICHAEL T. ORWELL
Staff Reporter of THE WALL STREET JOURNAL

PITTSBURGH -- Keystone Financial Group agreed to acquire Prairie Bancorp of Omaha, Neb., for about $3.1 billion in stock, the latest in a string of regional-bank deals that have reshaped the industry over the past 18 months.

Under terms announced yesterday, Prairie holders will receive 0.82 Keystone share for each share they own, valuing Prairie at about $41.50 a share, a 27% premium to Friday's closing price. The transaction, which requires approval from both companies' shareholders and federal regulators, is expected to close in the first quarter of 1999.

The combined company would have assets of $38 billion and 610 branches in nine states, making it the 14th-largest bank holding company in the nation.

Keystone Chairman Harold Beck, 61 years old, will run the combined company until he retires at the end of 2000, when Prairie's president, Susan Lindqvist, is to succeed him. Keystone expects to cut about 1,900 jobs over two years and to save $140 million annually once the banks are fully combined.

"We've been talking on and off since last fall," Mr. Beck said in an interview. "The numbers only started to make sense in the spring, when our stock moved up."

In New York Stock Exchange composite trading yesterday, Keystone shares fell $2.4375 to $48.125, while Prairie jumped $7.1875 to $39.875.

The deal is Keystone's third acquisition in four years. It bought Allegheny Savings in 1995 and Tri-County Bank in December 1996, and it has spent much of the time since integrating those operations. Some analysts questioned whether it could digest a company nearly as large as itself.

"Their track record on integration is decent, but this is a different order of magnitude," said Ellen Marcus, an analyst at Brightwater Securities. She said dilution to Keystone's earnings could persist into 2000.

Prairie, founded in 1921, has struggled in recent years with weak farm lending, and its earnings fell 12% in the second quarter. Its chief executive, Carl Overby, said the board had weighed remaining independent but concluded that the bank lacked the scale to compete.

Both companies said they would hold special shareholder meetings in November. Keystone will also take a one-time charge of about $210 million when the deal closes.

Shares of other Midwestern banks rose on speculation that more deals are coming. The Nasdaq bank index climbed 1.9% yesterday, its biggest gain since early June.
""", [
    ('the past 18 months', 'DURATION', 'P18M'),
    ('yesterday', 'DATE', '1998-08-03'),
    ('Friday', 'DATE', '1998-07-31'),
    ('the first quarter of 1999', 'DATE', '1999-Q1'),
    ('the end of 2000', 'DATE', '2000|2000-12'),
    ('two years', 'DURATION', 'P2Y'),
    ('annually', 'SET', 'P1Y'),
    ('last fall', 'DATE', '1997-FA'),
    ('the spring', 'DATE', '1998-SP'),
    ('yesterday', 'DATE', '1998-08-03'),
    ('four years', 'DURATION', 'P4Y'),
    ('1995', 'DATE', '1995'),
    ('December 1996', 'DATE', '1996-12'),
    ('2000', 'DATE', '2000'),
    ('1921', 'DATE', '1921'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('the second quarter', 'DATE', '1998-Q2'),
    ('November', 'DATE', '1998-11'),
    ('yesterday', 'DATE', '1998-08-03'),
    ('early June', 'DATE', '1998-06'),
]),

# 4. New York Times, Congress and the budget (1999)
('1999-09-29', 'auto', """House Passes Stopgap Bill as Budget Deadline Nears

By RICHARD ELLSWORTH

WASHINGTON -- With only two days left before fiscal 2000 begins, the House voted on Tuesday to keep the Government running for three more weeks while Republican leaders and the White House try to settle their differences over spending.

The measure, approved 421 to 2, would finance Federal agencies through Oct. 21 at roughly this year's levels. The Senate is expected to pass it on Thursday, and President Clinton has said he will sign it.

Only 2 of the 13 regular spending bills have been signed into law, and most of the Government would run out of money at midnight Thursday without the stopgap measure.

"Nobody wants a repeat of 1995," said Representative Dale Hartwell, an Ohio Republican who heads the appropriations subcommittee on transportation. He was referring to the two shutdowns that closed much of the Government for 26 days in late 1995 and early 1996, a standoff that most Republicans believe cost them politically.

Republicans have vowed not to spend any of the Social Security surplus, a pledge that Democrats say can be kept only with accounting gimmicks. Last week, the Congressional Budget Office said the spending bills passed by the House since June already exceed that limit by about $16 billion.

Administration officials said on Monday that Mr. Clinton would veto the labor and education bill as written, and they have objected to deep cuts in foreign aid.

Lawmakers had hoped to finish their work before a recess that begins Oct. 8, but aides now say negotiations could stretch well into November. The stopgap bill may be the first of several this autumn. In 1998, Congress passed six such measures before folding eight spending bills into a single $500 billion package in mid-October.

"Every year we say we're going to do this the right way, and every year we end up right here," said Senator Margaret Olsen, Democrat of Wisconsin. "It's no way to run a country."

Spending in the current fiscal year, which ends Thursday, totaled about $1.7 trillion.

The Senate Appropriations Committee will meet at 10 a.m. Thursday to take up the $270 billion military bill, which the House approved two weeks ago.
""", [
    ('two days', 'DURATION', 'P2D'),
    ('fiscal 2000', 'DATE', 'FY2000|2000'),
    ('Tuesday', 'DATE', '1999-09-28'),
    ('three more weeks', 'DURATION', 'P3W'),
    ('Oct. 21', 'DATE', '1999-10-21'),
    ('this year', 'DATE', '1999'),
    ('Thursday', 'DATE', '1999-09-30'),
    ('midnight Thursday', 'TIME', '1999-09-30T24:00|1999-10-01T00:00'),
    ('1995', 'DATE', '1995'),
    ('26 days', 'DURATION', 'P26D'),
    ('late 1995', 'DATE', '1995'),
    ('early 1996', 'DATE', '1996'),
    ('Last week', 'DATE', '1999-W38'),
    ('June', 'DATE', '1999-06'),
    ('Monday', 'DATE', '1999-09-27'),
    ('Oct. 8', 'DATE', '1999-10-08'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('November', 'DATE', '1999-11'),
    ('this autumn', 'DATE', '1999-FA'),
    ('1998', 'DATE', '1998'),
    ('mid-October', 'DATE', '1998-10'),
    ('Every year', 'SET', 'P1Y'),
    ('every year', 'SET', 'P1Y'),
    ('the current fiscal year', 'DATE', 'FY1999|1999'),
    ('Thursday', 'DATE', '1999-09-30'),
    ('10 a.m. Thursday', 'TIME', '1999-09-30T10:00'),
    ('two weeks ago', 'DATE', '1999-W37|1999-09-15'),
]),

# 5. ABC News broadcast transcript, tornadoes (1999)
('1999-01-19', 'auto', """ABC NEWS TRANSCRIPT

ANCHOR: We begin tonight in western Tennessee, where people spent hours digging through what is left of their homes after a line of tornadoes tore across the state early this morning. At least 11 people are dead and more than 100 were injured. ABC's Tom Reddick is in the town of Halford.

TOM REDDICK, ABC NEWS: (Voice-over) The storm hit Halford at about 3:40 a.m., when most people were asleep. The National Weather Service had issued a tornado warning at 3:28. Sirens sounded, but many residents say they never heard them.

MARY ELLEN PARKS, RESIDENT: We got in the bathtub, me and the two kids, and it was over in 30 seconds. When we came out, the roof was gone.

REDDICK: (Voice-over) Forecasters say the tornado stayed on the ground for nearly 40 miles, with winds of more than 200 miles an hour. It destroyed the county courthouse, which had stood since 1884, and flattened an apartment complex near the high school.

Rescue crews worked through the afternoon, searching the rubble with dogs. Tonight about 2,000 homes are still without power, and temperatures are expected to fall into the 20s.

The governor toured the area this afternoon and declared a state of emergency in six counties. He says he'll ask President Clinton tomorrow for federal disaster aid.

This corner of Tennessee has been hit before. In March 1997, a tornado killed three people just 15 miles from here, and residents say the warning system has never worked well.

JAMES COLLIER, MAYOR: We've been asking the state for new sirens for two years. Now we're burying our neighbors.

REDDICK: (On camera) Schools here will stay closed through Friday, and officials say it will take months to clear the debris. The Red Cross has opened two shelters and says they will stay open as long as they're needed. Tom Reddick, ABC News, Halford, Tennessee.

ANCHOR: Meteorologists say a strong jet stream and unseasonably warm air, near 70 degrees yesterday in Memphis, created ideal conditions for the storms. The same system is moving east tonight, and forecasters say parts of Georgia and the Carolinas could see severe weather by Wednesday morning.
""", [
    ('tonight', 'DATE|TIME', '1999-01-19TNI'),
    ('hours', 'DURATION', 'PTXH'),
    ('early this morning', 'DATE|TIME', '1999-01-19TMO'),
    ('about 3:40 a.m.', 'TIME', '1999-01-19T03:40'),
    ('3:28', 'TIME', '1999-01-19T03:28'),
    ('30 seconds', 'DURATION', 'PT30S'),
    ('1884', 'DATE', '1884'),
    ('the afternoon', 'DATE|TIME', '1999-01-19TAF'),
    ('Tonight', 'DATE|TIME', '1999-01-19TNI'),
    ('this afternoon', 'DATE|TIME', '1999-01-19TAF'),
    ('tomorrow', 'DATE', '1999-01-20'),
    ('March 1997', 'DATE', '1997-03'),
    ('two years', 'DURATION', 'P2Y'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Friday', 'DATE', '1999-01-22'),
    ('months', 'DURATION', 'PXM'),
    ('yesterday', 'DATE', '1999-01-18'),
    ('tonight', 'DATE|TIME', '1999-01-19TNI'),
    ('Wednesday morning', 'DATE|TIME', '1999-01-20TMO'),
]),

# 6. CNN broadcast transcript, election recount (2000)
('2000-11-09', 'auto', """CNN INSIDE POLITICS

ANCHOR: Tonight the outcome of the presidential race remains in doubt, and so does the balance of power in the Senate. In Nevada, just 412 votes separate the two Senate candidates, and state officials said this afternoon that a recount will begin Monday. CNN's Karen Lowell reports from Carson City.

KAREN LOWELL, CNN CORRESPONDENT: At 9 a.m. Monday, election workers in all 17 Nevada counties will begin counting the nearly 600,000 ballots cast in Tuesday's election a second time. The secretary of state's office says the recount should be finished before Thanksgiving.

Republican Tom Whitcomb led by more than 3,000 votes late Tuesday night, but his lead shrank steadily on Wednesday as absentee ballots from Clark County were tallied. By this morning, Democrat Ellen Marsh had pulled within 412 votes.

ELLEN MARSH (D), NEVADA SENATE CANDIDATE: Every vote has to be counted, and we are going to be patient for as long as that takes.

LOWELL: Whitcomb, a two-term congressman, spent hours on the phone with donors and has hired a team of election lawyers. He says he is confident his lead will hold.

TOM WHITCOMB (R), NEVADA SENATE CANDIDATE: We won on Tuesday night, we won again on Wednesday, and I believe we'll win next week too.

LOWELL: Under state law, a candidate who trails by less than 1 percent can request a recount, but has to pay for it. That won't be necessary here. The margin is so small that the recount is automatic. The last statewide recount in Nevada came in 1974, when a Senate race was settled by a few hundred votes after weeks of counting.

If neither side goes to court, the winner will be certified in early December and sworn in on Jan. 3.

The stakes are high. Republicans now hold 50 seats in the new Senate and Democrats 49, so a Marsh victory would produce a 50-50 tie.

ANCHOR: Karen, what are the two campaigns doing this weekend?

LOWELL: Both sides are sending observers to every county. Marsh will hold a rally in Las Vegas Saturday afternoon, and Whitcomb flies back to Washington tomorrow for a vote on a spending bill. Both say they expect a final answer before the end of the month. Karen Lowell, CNN, Carson City.
""", [
    ('Tonight', 'DATE|TIME', '2000-11-09TNI'),
    ('this afternoon', 'DATE|TIME', '2000-11-09TAF'),
    ('Monday', 'DATE', '2000-11-13'),
    ('9 a.m. Monday', 'TIME', '2000-11-13T09:00'),
    ('Tuesday', 'DATE', '2000-11-07'),
    ('Thanksgiving', 'DATE', '2000-11-23'),
    ('late Tuesday night', 'DATE|TIME', '2000-11-07TNI'),
    ('Wednesday', 'DATE', '2000-11-08'),
    ('this morning', 'DATE|TIME', '2000-11-09TMO'),
    ('hours', 'DURATION', 'PTXH'),
    ('Tuesday night', 'DATE|TIME', '2000-11-07TNI'),
    ('Wednesday', 'DATE', '2000-11-08'),
    ('next week', 'DATE', '2000-W46'),
    ('1974', 'DATE', '1974'),
    ('weeks', 'DURATION', 'PXW'),
    ('early December', 'DATE', '2000-12'),
    ('Jan. 3', 'DATE', '2001-01-03'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this weekend', 'DATE', '2000-W45-WE'),
    ('Saturday afternoon', 'DATE|TIME', '2000-11-11TAF'),
    ('tomorrow', 'DATE', '2000-11-10'),
    ('the end of the month', 'DATE', '2000-11'),
]),

# 7. AP, sports: baseball (2001)
('2001-04-09', 'auto', """Reyes' homer in 10th lifts Orioles past Red Sox

BALTIMORE (AP) -- Luis Reyes hit a two-run homer with two outs in the 10th inning, and the Baltimore Orioles beat the Boston Red Sox 5-3 Sunday to take two of three in the season-opening series.

Reyes, who sat out six weeks last summer with a broken wrist, drove a 2-1 pitch from Jim Calloway (0-1) into the left-field seats. It was his first game-ending homer since June 1998.

"I've been waiting for a pitch like that since October," Reyes said. "To do it here, in front of these fans, that's something I'll never forget."

Matt Dorsey (1-0) pitched two scoreless innings for the win.

Boston tied it at 3 in the eighth when Carl Emery doubled home two runs off reliever Tony Salcedo. The Red Sox had not scored since the first inning, when Emery's sacrifice fly drove in Jose Ortiz.

Orioles starter Pat Hollins allowed one run on four hits in seven innings, his longest outing since last August. He has won 11 straight decisions at Camden Yards dating to May 1999.

"He's pitching like he did two years ago," Baltimore manager Ray Kessler said. "He's got his confidence back, and he's throwing strikes."

Emery, who signed a four-year, $28 million contract with Boston in December, went 2-for-5 and is hitting .417.

Baltimore last won its opening series against the Red Sox nearly a decade ago. The Orioles lost 98 games in 2000, their most since 1988, and few picked them to finish higher than fourth in the American League East.

The game took 3 hours, 41 minutes and was played before 46,112, the largest crowd at Camden Yards since July 1999.

Notes: Boston ace Dan Pruett, who was scratched from Friday's start with a stiff neck, threw in the bullpen before the game and will pitch Tuesday night against Toronto. ... The Orioles are off today before opening a three-game series at Tampa Bay on Tuesday. ... Reyes has 14 career homers against Boston, the most of any active Oriole.
""", [
    ('Sunday', 'DATE', '2001-04-08'),
    ('six weeks', 'DURATION', 'P6W'),
    ('last summer', 'DATE', '2000-SU'),
    ('June 1998', 'DATE', '1998-06'),
    ('October', 'DATE', '2000-10'),
    ('last August', 'DATE', '2000-08'),
    ('May 1999', 'DATE', '1999-05'),
    ('two years ago', 'DATE', '1999'),
    ('four-year', 'DURATION', 'P4Y'),
    ('December', 'DATE', '2000-12'),
    ('nearly a decade ago', 'DATE', '1991|199'),
    ('2000', 'DATE', '2000'),
    ('1988', 'DATE', '1988'),
    ('3 hours, 41 minutes', 'DURATION', 'PT3H41M'),
    ('July 1999', 'DATE', '1999-07'),
    ('Friday', 'DATE', '2001-04-06'),
    ('Tuesday night', 'DATE|TIME', '2001-04-10TNI'),
    ('today', 'DATE', '2001-04-09'),
    ('Tuesday', 'DATE', '2001-04-10'),
]),

# 8. New York Times, obituary (1996)
('1996-12-02', 'auto', """Ruth A. Kline, 87, Pioneer Of Nursery Schools for the Poor

By JAMES T. COOLIDGE

Ruth Abernathy Kline, an educator whose nursery schools for poor children in Chicago in the 1930's became a model for the Federal Head Start program, died on Saturday at her home in Evanston, Ill. She was 87.

The cause was heart failure, said her son, David.

Mrs. Kline opened her first school in a church basement on the city's South Side in 1934, in the depths of the Depression, with 14 children and a borrowed piano. Within five years she was running six schools, and by 1945 more than 2,000 children had passed through them.

Her approach, which combined play with daily meals, medical checkups and regular visits to the children's homes, was considered radical at the time. Some city officials accused her of "coddling" families who ought to fend for themselves.

"A child who is fed and read to every day is a child who can learn," she told The New York Times in 1971. "It is not more complicated than that."

In 1964 she was invited to Washington to advise the planners of what became Head Start, which opened the following summer with more than half a million children. She later served on a Presidential advisory council on early education.

Ruth Abernathy was born on March 3, 1909, in Paducah, Ky., the daughter of a Baptist minister and a schoolteacher. She graduated from the University of Chicago in 1930 and worked briefly as a social worker before starting her first school.

She taught at Northwestern University from 1952 to 1978 and wrote four books, including "The Hungry Classroom" (1958), which was required reading in teachers' colleges for years.

Her husband of 51 years, Dr. Samuel Kline, a pediatrician, died in 1985.

In recent years she volunteered twice a week at a day-care center in Evanston, reading aloud to 4-year-olds until a fall last spring left her unable to travel.

She is survived by her son, of Chicago; two daughters, Margaret Kline Ross of Madison, Wis., and Eleanor Kline of Seattle; nine grandchildren, and four great-grandchildren.

A memorial service will be held on Dec. 14 at the First Baptist Church of Evanston.
""", [
    ("the 1930's", 'DATE', '193'),
    ('Saturday', 'DATE', '1996-11-30'),
    ('1934', 'DATE', '1934'),
    ('five years', 'DURATION', 'P5Y'),
    ('1945', 'DATE', '1945'),
    ('daily', 'SET', 'P1D'),
    ('every day', 'SET', 'P1D'),
    ('1971', 'DATE', '1971'),
    ('1964', 'DATE', '1964'),
    ('the following summer', 'DATE', '1965-SU'),
    ('March 3, 1909', 'DATE', '1909-03-03'),
    ('1930', 'DATE', '1930'),
    ('1952', 'DATE', '1952'),
    ('1978', 'DATE', '1978'),
    ('1958', 'DATE', '1958'),
    ('years', 'DURATION', 'PXY'),
    ('51 years', 'DURATION', 'P51Y'),
    ('1985', 'DATE', '1985'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('twice a week', 'SET', 'P1W'),
    ('last spring', 'DATE', '1996-SP'),
    ('Dec. 14', 'DATE', '1996-12-14'),
]),

# 9. Reuters, foreign crisis: Kosovo refugees (1999)
('1999-04-14', 'auto', """UN says Kosovo refugee flow slows, Macedonia camps full

SKOPJE, April 14 (Reuters) - The flow of ethnic Albanian refugees from Kosovo into Macedonia slowed sharply in the past 24 hours, but camps near the border remain dangerously overcrowded, the U.N. refugee agency said on Wednesday.

About 1,800 people crossed at the Blace checkpoint on Tuesday, compared with more than 10,000 last Thursday, a spokeswoman for the U.N. High Commissioner for Refugees (UNHCR) told reporters.

"We don't know whether this means people are no longer being expelled or that they are being prevented from leaving," she said. "Either way, it is not good news."

Since NATO began air strikes against Yugoslavia on March 24, more than 130,000 refugees have entered Macedonia, according to government figures. Macedonian officials, who fear the influx could upset the country's fragile ethnic balance, have repeatedly threatened to close the border.

The government said on Tuesday it would accept no more than 20,000 additional refugees unless Western countries speed up their evacuation programmes. Germany and Turkey have taken about 15,000 people in the past 10 days, and Norway said it would begin flying 6,000 more to Oslo next week.

Aid workers said the Stenkovec camp, which NATO troops put up earlier this month in three days, now holds more than 25,000 people, far above its intended capacity. Food arrives twice a day, but clean water is scarce, and doctors reported the first cases of dysentery on Monday.

The UNHCR chief is due to visit the camps on Friday, and a donors' conference in Geneva is scheduled for April 22.

Belgrade stripped Kosovo of its autonomy in 1989, and fighting between Serbian forces and the separatist Kosovo Liberation Army erupted early last year. Peace talks at Rambouillet, France, in February and in Paris last month failed to produce an agreement.

Aid agencies warned that hundreds of thousands more people could be displaced if the bombing continued into the summer. "We are planning for the worst," said one senior relief official, who declined to be named. "Nobody here thinks this will be over in a few weeks."

Macedonia, a country of about 2 million people, has been independent since 1991.
""", [
    ('April 14', 'DATE', '1999-04-14'),
    ('the past 24 hours', 'DURATION', 'PT24H'),
    ('Wednesday', 'DATE', '1999-04-14'),
    ('Tuesday', 'DATE', '1999-04-13'),
    ('last Thursday', 'DATE', '1999-04-08'),
    ('March 24', 'DATE', '1999-03-24'),
    ('Tuesday', 'DATE', '1999-04-13'),
    ('the past 10 days', 'DURATION', 'P10D'),
    ('next week', 'DATE', '1999-W16'),
    ('earlier this month', 'DATE', '1999-04'),
    ('three days', 'DURATION', 'P3D'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('twice a day', 'SET', 'P1D'),
    ('Monday', 'DATE', '1999-04-12'),
    ('Friday', 'DATE', '1999-04-16'),
    ('April 22', 'DATE', '1999-04-22'),
    ('1989', 'DATE', '1989'),
    ('early last year', 'DATE', '1998'),
    ('February', 'DATE', '1999-02'),
    ('last month', 'DATE', '1999-03'),
    ('the summer', 'DATE', '1999-SU'),
    ('a few weeks', 'DURATION', 'PXW'),
    ('1991', 'DATE', '1991'),
]),

# 10. AP, weather disaster: river flood (1997)
('1997-04-22', 'auto', """River begins slow retreat; residents face long wait to go home

HARWOOD FALLS, Minn. (AP) -- The Otter Tail River, which drove 4,000 people from their homes, crested late Sunday at 21.6 feet -- nearly 7 feet above flood stage -- and began a slow retreat Monday. But officials warned Tuesday it could be two weeks before most residents are allowed back.

"We're past the worst of it, but this water isn't going anywhere fast," Mayor Arne Velde said at a news conference.

National Guard troops and volunteers have been sandbagging since April 10, when an early thaw and heavy rain sent the river rising rapidly. The previous record crest, 19.8 feet, was set in 1969.

"I've lived on this street for 42 years, and the water never came past the mailbox," said Edna Lund, 79, who is staying with her daughter in Fergus Falls. "This time it came up to the windows."

About 600 homes were damaged, 140 of them severely. Damage estimates have reached $55 million and are expected to climb.

The governor said Monday that he had asked President Clinton for a federal disaster declaration, and officials from the Federal Emergency Management Agency are expected to tour the area Thursday.

Schools will stay closed until May 5, and the city's water treatment plant, which was swamped early Saturday, may not be fully working for another month. Residents have been told to boil their drinking water.

The National Weather Service said a second, smaller crest was possible this weekend if heavy rain forecast for Friday night materializes.

Red Cross volunteers have served more than 30,000 meals in the past 12 days at the high school, which became a shelter on the night of April 11.

The flood followed months of heavy snow. The region received more than 100 inches between November and March, nearly twice the normal amount, and the ground was still frozen when the rain came.

Many residents blamed the city for rejecting a permanent levee eight years ago because of its cost. The City Council will meet at 7 p.m. Wednesday to consider reviving the plan.

"Everybody said it would cost too much," said council member Dale Hoff. "Well, now we know what too much looks like."
""", [
    ('late Sunday', 'DATE', '1997-04-20'),
    ('Monday', 'DATE', '1997-04-21'),
    ('Tuesday', 'DATE', '1997-04-22'),
    ('two weeks', 'DURATION', 'P2W'),
    ('April 10', 'DATE', '1997-04-10'),
    ('1969', 'DATE', '1969'),
    ('42 years', 'DURATION', 'P42Y'),
    ('Monday', 'DATE', '1997-04-21'),
    ('Thursday', 'DATE', '1997-04-24'),
    ('May 5', 'DATE', '1997-05-05'),
    ('early Saturday', 'DATE', '1997-04-19'),
    ('another month', 'DURATION', 'P1M'),
    ('this weekend', 'DATE', '1997-W17-WE'),
    ('Friday night', 'DATE|TIME', '1997-04-25TNI'),
    ('the past 12 days', 'DURATION', 'P12D'),
    ('the night of April 11', 'DATE|TIME', '1997-04-11TNI'),
    ('months', 'DURATION', 'PXM'),
    ('November', 'DATE', '1996-11'),
    ('March', 'DATE', '1997-03'),
    ('eight years ago', 'DATE', '1989'),
    ('7 p.m. Wednesday', 'TIME', '1997-04-23T19:00'),
    ('now', 'DATE', 'PRESENT_REF'),
]),

# 11. Wall Street Journal, company earnings (2001)
('2001-07-18', 'auto', """Corvalis Networks Swings to a Loss, Warns of Weak Second Half

By ANNA B. FELDMAN
Staff Reporter of THE WALL STREET JOURNAL

SAN JOSE, Calif. -- Corvalis Networks Inc. swung to a loss in the second quarter and said sales would fall further in the second half, as telecommunications carriers continue to slash spending on new equipment.

The maker of optical switching gear reported a net loss of $84.2 million, or 31 cents a share, compared with net income of $46.7 million, or 17 cents a share, a year earlier. Revenue fell 38% to $212 million from $342 million.

Excluding charges for inventory write-downs and severance, the company lost three cents a share, a penny better than the average estimate of analysts surveyed by Thomson Financial/First Call.

Chief Executive Paul Delacroix said in an interview that customers had "essentially stopped ordering" in March and April and that business had only begun to stabilize in recent weeks. "I don't expect a real recovery before the middle of next year," he said.

Corvalis, which went public in 1997, more than tripled its sales between 1998 and 2000 as upstart phone carriers raced to build fiber networks. Many of those customers have since gone bankrupt.

The company has cut about 1,100 jobs, or 22% of its work force, since February, and said yesterday that it would close its assembly plant in Sacramento by the end of September. It expects third-quarter revenue of $170 million to $190 million.

The company still has about $1.4 billion in cash and investments, enough, Mr. Delacroix said, to fund operations for at least three years without raising new money. He said he now reviews order data with his regional sales chiefs weekly, rather than monthly.

Analysts were divided. "The balance sheet buys them time, but nobody in this sector has visibility beyond the next quarter," said Martin Greaves of Halcyon Capital. Others noted that rival Lumenex Corp. warned last week that revenue for fiscal 2002, which begins Oct. 1, could fall as much as 25%.

Shares of Corvalis, which peaked at $148 in March 2000, fell 87 cents to $9.13 in Nasdaq Stock Market trading yesterday, before the results were released. In after-hours trading, the stock slid an additional 6%.
""", [
    ('Second Half', 'DATE', '2001-H2'),
    ('the second quarter', 'DATE', '2001-Q2'),
    ('the second half', 'DATE', '2001-H2'),
    ('a year earlier', 'DATE', '2000-Q2|2000'),
    ('March', 'DATE', '2001-03'),
    ('April', 'DATE', '2001-04'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('the middle of next year', 'DATE', '2002'),
    ('1997', 'DATE', '1997'),
    ('1998', 'DATE', '1998'),
    ('2000', 'DATE', '2000'),
    ('February', 'DATE', '2001-02'),
    ('yesterday', 'DATE', '2001-07-17'),
    ('the end of September', 'DATE', '2001-09'),
    ('third-quarter', 'DATE', '2001-Q3'),
    ('at least three years', 'DURATION', 'P3Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('weekly', 'SET', 'P1W'),
    ('monthly', 'SET', 'P1M'),
    ('the next quarter', 'DATE', '2001-Q3'),
    ('last week', 'DATE', '2001-W28'),
    ('fiscal 2002', 'DATE', 'FY2002|2002'),
    ('Oct. 1', 'DATE', '2001-10-01'),
    ('March 2000', 'DATE', '2000-03'),
    ('yesterday', 'DATE', '2001-07-17'),
]),

# 12. CNN broadcast transcript, Congress and the economy (2001)
('2001-10-05', 'auto', """CNN INSIDE POLITICS
Aired October 5, 2001

ANCHOR: Lawmakers from both parties said today they are close to agreement on an economic stimulus package, less than four weeks after the Sept. 11 attacks pushed an already weak economy toward what many economists now call a recession. CNN congressional correspondent Mark Hadley reports.

MARK HADLEY, CNN CONGRESSIONAL CORRESPONDENT: The White House wants a package of about $75 billion, most of it in tax cuts, and President Bush said this morning he would like to sign a bill by the end of the month.

House Republicans plan to unveil their version Tuesday, and the Ways and Means Committee could vote on it next Friday. Democrats want to extend unemployment benefits for laid-off workers by 26 weeks and to help them pay for health insurance for up to a year.

SEN. ROBERT HALE (D), MICHIGAN: Since September 11, more than 200,000 people have lost their jobs in the airline and travel industries alone. We can't tell them to wait until next year.

HADLEY: The bipartisan mood that followed the attacks has held for three weeks, but it is starting to fray. Last week, Republicans accused Democrats of loading the bill with new spending, and on Wednesday Democrats complained that the Republican plan is mostly tax breaks for corporations.

Congress has already moved quickly once. It passed a $40 billion emergency spending bill on Sept. 14 and a $15 billion airline aid package a week later.

The Federal Reserve has cut interest rates nine times this year, most recently on Tuesday, and economists expect another cut when policy makers meet Nov. 6. Budget analysts say the surplus projected just two months ago has largely vanished.

Meanwhile, fiscal 2002 began Monday with only two of the 13 spending bills signed, and Congress will have to pass another stopgap measure before the existing one runs out on Oct. 16.

Leaders hope to adjourn before Christmas, but few here believe they will.

ANCHOR: Mark, is there a meeting scheduled at the White House?

HADLEY: There is. The president will meet with congressional leaders at 8:30 a.m. Tuesday, and aides say he will press them to finish the stimulus bill in the coming weeks. Mark Hadley, CNN, Capitol Hill.
""", [
    ('October 5, 2001', 'DATE', '2001-10-05'),
    ('today', 'DATE', '2001-10-05'),
    ('less than four weeks', 'DURATION', 'P4W'),
    ('Sept. 11', 'DATE', '2001-09-11'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this morning', 'DATE|TIME', '2001-10-05TMO'),
    ('the end of the month', 'DATE', '2001-10'),
    ('Tuesday', 'DATE', '2001-10-09'),
    ('next Friday', 'DATE', '2001-10-12'),
    ('26 weeks', 'DURATION', 'P26W'),
    ('up to a year', 'DURATION', 'P1Y'),
    ('September 11', 'DATE', '2001-09-11'),
    ('next year', 'DATE', '2002'),
    ('three weeks', 'DURATION', 'P3W'),
    ('Last week', 'DATE', '2001-W39'),
    ('Wednesday', 'DATE', '2001-10-03'),
    ('Sept. 14', 'DATE', '2001-09-14'),
    ('a week later', 'DATE', '2001-09-21|2001-W38'),
    ('this year', 'DATE', '2001'),
    ('Tuesday', 'DATE', '2001-10-02'),
    ('Nov. 6', 'DATE', '2001-11-06'),
    ('two months ago', 'DATE', '2001-08'),
    ('fiscal 2002', 'DATE', 'FY2002|2002'),
    ('Monday', 'DATE', '2001-10-01'),
    ('Oct. 16', 'DATE', '2001-10-16'),
    ('Christmas', 'DATE', '2001-12-25'),
    ('8:30 a.m. Tuesday', 'TIME', '2001-10-09T08:30'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
]),
]
