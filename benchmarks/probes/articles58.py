# Gold TIMEX3 probe set 58: twelve news stories of 1989-2008 in the styles of the Wall Street Journal, the New York Times, AP, UPI, the Los Angeles Times and the Chicago Tribune on politics, courts, labor disputes, disasters and companies, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Wall Street Journal, company earnings (1989)
('1989-10-18', 'auto', """Harlan Industries Posts 14% Rise in Net

By a Wall Street Journal Staff Reporter

PITTSBURGH -- Harlan Industries Inc. said third-quarter net income rose 14%, helped by stronger demand for its specialty steel tubing and a lower tax rate, and the company predicted that 1989 earnings would exceed the record set last year.

Net rose to $42.6 million, or $1.18 a share, from $37.4 million, or $1.04 a share, a year earlier. Sales increased 9% to $611 million from $560.5 million. For the nine months, net was $119.8 million, or $3.31 a share, compared with $101.2 million, or $2.80 a share.

In New York Stock Exchange composite trading yesterday, Harlan shares closed at $47.375, up 87.5 cents.

Analysts had expected earnings of about $1.12 a share. "They beat the estimates again, and the tubing business looks solid well into 1990," said Janet Morrow, an analyst with Kemper Lowell & Co. in Chicago.

Robert J. Kessler, chairman and chief executive officer, said in an interview that incoming orders for the fourth quarter were "running ahead of anything we've seen since 1984," when the company emerged from a three-year restructuring that closed four mills in the Monongahela Valley. He said the company expects to complete the sale of its Ohio foundry unit by the end of the year and that the board would consider a further increase in the dividend in January.

The board last month raised the dividend to 30 cents a share from 26 cents, payable Nov. 15 to holders of record Oct. 31.

Mr. Kessler, 58 years old, cautioned that a strike at a key supplier, Allegheny Strip Corp., which began Oct. 2, could pinch shipments of cold-rolled strip for several weeks. Talks between the supplier and the United Steelworkers are scheduled to resume Monday in Cleveland.

Harlan earned $140.3 million, or $3.88 a share, on sales of $2.2 billion last year. Two years ago, it posted a loss of $18 million after writing down the value of its South African mining stake, which it sold in 1988 under pressure from shareholder groups.

The company said it will hold its next shareholders' meeting April 24 in Pittsburgh.
""", [
    ('third-quarter', 'DATE', '1989-Q3'),
    ('1989', 'DATE', '1989'),
    ('last year', 'DATE', '1988'),
    ('a year earlier', 'DATE', '1988-Q3|1988'),
    ('the nine months', 'DURATION', 'P9M'),
    ('yesterday', 'DATE', '1989-10-17'),
    ('1990', 'DATE', '1990'),
    ('the fourth quarter', 'DATE', '1989-Q4'),
    ('1984', 'DATE', '1984'),
    ('three-year', 'DURATION', 'P3Y'),
    ('the end of the year', 'DATE', '1989|1989-12'),
    ('January', 'DATE', '1990-01'),
    ('last month', 'DATE', '1989-09'),
    ('Nov. 15', 'DATE', '1989-11-15'),
    ('Oct. 31', 'DATE', '1989-10-31'),
    ('Oct. 2', 'DATE', '1989-10-02'),
    ('several weeks', 'DURATION', 'PXW'),
    ('Monday', 'DATE', '1989-10-23'),
    ('last year', 'DATE', '1988'),
    ('Two years ago', 'DATE', '1987'),
    ('1988', 'DATE', '1988'),
    ('April 24', 'DATE', '1990-04-24'),
]),
# 2. AP, chemical train derailment told hour by hour (1991)
('1991-03-07', 'auto', """Derailed Tank Car Still Leaking; 3,000 Remain Out of Homes

LAUREL, Miss. (AP) -- Crews on Thursday were still struggling to seal a leaking tank car after a freight train derailed Wednesday on a creek trestle near this south Mississippi town, spilling chlorine and forcing about 3,000 people from their homes.

Twenty-two cars of the 68-car Gulf & Southern Railroad train left the tracks at about 4:15 a.m. Wednesday as it crossed Tallahala Creek, Jones County Sheriff Wayne Pickering said. Two of the cars, each carrying 90 tons of liquid chlorine, ruptured.

By 6 a.m., deputies were going door to door in the Pendorff and Sandersville areas with bullhorns. Within an hour, the Red Cross had opened shelters at two schools and a National Guard armory.

About noon Wednesday, the wind shifted and a yellowish cloud drifted over U.S. 11, and the Highway Patrol closed a 12-mile stretch of the highway and Interstate 59. Twelve people were treated at South Central Regional Medical Center for breathing problems; four were still hospitalized Thursday morning, a hospital spokeswoman said.

Hazardous-materials teams from Jackson and Mobile, Ala., worked through Wednesday night. By 9 p.m. Wednesday, the leak in the first car had been plugged, and crews began transferring chlorine from the second car at 2 a.m. Thursday, said Jim Dace of the state Emergency Management Agency.

"It's going to take days, not hours," Dace said. Officials hope to have the last of the chlorine off-loaded by Friday evening and let residents return over the weekend.

A team from the National Transportation Safety Board arrived Wednesday afternoon. The board usually takes months to determine the cause of a derailment, but a spokesman said a preliminary report could be issued within 10 days.

The same stretch of track was the site of a 1987 derailment in which 14 cars of lumber and scrap metal spilled into the creek. Federal Railroad Administration inspectors examined the trestle last fall and found no defects, railroad spokesman Carl Benoit said. He said the company inspects the bridge twice a year and had replaced several timbers in 1989.

Residents at the shelter in Sandersville said they had little warning. "They told us to grab our medicine and go," said Mattie Reese, 71, who slept on a cot with her two grandchildren. "I just want to know when we can go home."
""", [
    ('Thursday', 'DATE', '1991-03-07'),
    ('Wednesday', 'DATE', '1991-03-06'),
    ('about 4:15 a.m. Wednesday', 'TIME', '1991-03-06T04:15'),
    ('6 a.m.', 'TIME', '1991-03-06T06:00'),
    ('an hour', 'DURATION', 'PT1H'),
    ('About noon Wednesday', 'TIME', '1991-03-06T12:00'),
    ('Thursday morning', 'DATE|TIME', '1991-03-07TMO'),
    ('Wednesday night', 'DATE|TIME', '1991-03-06TNI'),
    ('9 p.m. Wednesday', 'TIME', '1991-03-06T21:00'),
    ('2 a.m. Thursday', 'TIME', '1991-03-07T02:00'),
    ('days', 'DURATION', 'PXD'),
    ('hours', 'DURATION', 'PTXH'),
    ('Friday evening', 'DATE|TIME', '1991-03-08TEV'),
    ('the weekend', 'DATE', '1991-W10-WE'),
    ('Wednesday afternoon', 'DATE|TIME', '1991-03-06TAF'),
    ('months', 'DURATION', 'PXM'),
    ('10 days', 'DURATION', 'P10D'),
    ('1987', 'DATE', '1987'),
    ('last fall', 'DATE', '1990-FA'),
    ('twice a year', 'SET', 'P1Y'),
    ('1989', 'DATE', '1989'),
]),
# 3. New York Times, Senate committee vote on campaign finance (1993)
('1993-06-24', 'auto', """Senate Panel Approves Campaign Finance Bill, Setting Up Floor Fight

By DAVID ROSENTHAL
Special to The New York Times

WASHINGTON, June 24 — After three days of closed-door bargaining, the Senate Rules Committee voted 9 to 7 today to send a bill overhauling the financing of Congressional campaigns to the floor, setting up what both parties expect to be a bruising fight next week.

The majority leader, Senator Thomas R. Whitcomb of Ohio, said at a news conference this afternoon that he would bring the measure up on Tuesday and keep the Senate in session until it passed, even if that meant delaying the Fourth of July recess.

"We have talked about this for years," Mr. Whitcomb said. "The time for talking is over."

The bill would impose voluntary spending limits on Senate candidates, ranging from $1.2 million to $5.5 million depending on a state's population, and would give candidates who accept the limits discounted television time. It would also ban "soft money," the unlimited contributions to political parties that flowed freely during the 1992 campaign.

Republicans, led by Senator Harold K. Dunbar of Wyoming, have vowed to filibuster. "We are prepared to debate this for weeks if we have to," Mr. Dunbar said Wednesday night, after committee aides released the final text.

A similar bill passed both houses last year but was vetoed by President Bush in May 1992. President Clinton, who made the issue a theme of his campaign last fall, has said he will sign a bill this year. But the White House has not yet sent its own plan to the House, where Democratic leaders have said they want to act before the August recess.

The system rests on a 1974 law passed in the wake of Watergate, which has not been significantly revised since 1979. Spending on House and Senate races has more than doubled in the past decade, to $504 million last year, according to the Federal Election Commission.

Under the committee bill, candidates would have to file reports every three months, and weekly during the last 20 days of a campaign. Most provisions would take effect Jan. 1, 1995, after the 1994 elections, a delay that Republicans called a device to protect incumbents.

Committee Democrats rejected 14 Republican amendments over the three days, including one that would have barred contributions from political action committees outright.

Mr. Whitcomb said he expected a first test vote by Wednesday, and that he would file a motion to cut off debate if Republicans did not allow the bill to come to a vote by the end of next week.
""", [
    ('June 24', 'DATE', '1993-06-24'),
    ('three days', 'DURATION', 'P3D'),
    ('today', 'DATE', '1993-06-24'),
    ('next week', 'DATE', '1993-W26'),
    ('this afternoon', 'DATE|TIME', '1993-06-24TAF'),
    ('Tuesday', 'DATE', '1993-06-29'),
    ('the Fourth of July', 'DATE', '1993-07-04'),
    ('years', 'DURATION', 'PXY'),
    ('1992', 'DATE', '1992'),
    ('weeks', 'DURATION', 'PXW'),
    ('Wednesday night', 'DATE|TIME', '1993-06-23TNI'),
    ('last year', 'DATE', '1992'),
    ('May 1992', 'DATE', '1992-05'),
    ('last fall', 'DATE', '1992-FA'),
    ('this year', 'DATE', '1993'),
    ('August', 'DATE', '1993-08'),
    ('1974', 'DATE', '1974'),
    ('1979', 'DATE', '1979'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('last year', 'DATE', '1992'),
    ('every three months', 'SET', 'P3M'),
    ('weekly', 'SET', 'P1W'),
    ('the last 20 days', 'DURATION', 'P20D'),
    ('Jan. 1, 1995', 'DATE', '1995-01-01'),
    ('1994', 'DATE', '1994'),
    ('the three days', 'DURATION', 'P3D'),
    ('Wednesday', 'DATE', '1993-06-30'),
    ('the end of next week', 'DATE', '1993-W26'),
]),
# 4. UPI, tire workers set strike deadline (1994)
('1994-09-01', 'auto', """Rubber Workers Set Strike Deadline at Great Lakes Tire

AKRON, Ohio, Sept. 1 (UPI) -- The United Rubber Workers said Thursday it will strike Great Lakes Tire & Rubber Co. at midnight Saturday if no agreement is reached on a new contract covering 4,200 workers at three plants in Ohio and Indiana.

Negotiators met for 11 hours Wednesday at a downtown hotel but broke off talks without agreement about 9 p.m., union spokesman Dennis Kraus said. Both sides agreed to return to the bargaining table at 10 a.m. Friday with a federal mediator.

The three-year contract expired Aug. 15, but the union agreed to keep working under its terms while talks continued. Members voted 94 percent last month to authorize a strike.

The main issue is health care. The company wants workers to pay a share of their insurance premiums, which Great Lakes says have risen 40 percent over the past three years. The union is seeking wage increases of 3 percent annually and improved pensions for retirees.

"We've given at the table for years. Our members are not going to take another concession contract," Kraus said.

A company spokeswoman, Linda Carver, said Great Lakes has built up nearly 90 days of inventory and would keep its plants running with salaried employees if necessary. "We're prepared," she said. "But we still think a deal can be done before the weekend."

The union last struck Great Lakes in 1979, a 41-day walkout that idled the company's Findlay plant. The last contract was ratified in 1991 without a strike. Great Lakes said in July that its second-quarter profit fell 12 percent, to $18.4 million, largely because of higher raw material costs.

Kraus said picket lines would go up at the three plants shortly after midnight Saturday, and the union would hold a rally in downtown Akron on Labor Day. Union locals will hold meetings tonight in Akron, Findlay and Fort Wayne, Ind., to prepare for a walkout.

The federal mediator, Robert Anzalone of the Federal Mediation and Conciliation Service, said late Thursday that the two sides "are closer now than they were a week ago."
""", [
    ('Sept. 1', 'DATE', '1994-09-01'),
    ('Thursday', 'DATE', '1994-09-01'),
    ('midnight Saturday', 'TIME', '1994-09-03T24:00|1994-09-04T00:00|1994-09-03T00:00'),
    ('11 hours', 'DURATION', 'PT11H'),
    ('Wednesday', 'DATE', '1994-08-31'),
    ('about 9 p.m.', 'TIME', '1994-08-31T21:00'),
    ('10 a.m. Friday', 'TIME', '1994-09-02T10:00'),
    ('three-year', 'DURATION', 'P3Y'),
    ('Aug. 15', 'DATE', '1994-08-15'),
    ('last month', 'DATE', '1994-08'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('annually', 'SET', 'P1Y'),
    ('years', 'DURATION', 'PXY'),
    ('nearly 90 days', 'DURATION', 'P90D'),
    ('the weekend', 'DATE', '1994-W35-WE'),
    ('1979', 'DATE', '1979'),
    ('41-day', 'DURATION', 'P41D'),
    ('1991', 'DATE', '1991'),
    ('July', 'DATE', '1994-07'),
    ('second-quarter', 'DATE', '1994-Q2'),
    ('midnight Saturday', 'TIME', '1994-09-03T24:00|1994-09-04T00:00|1994-09-03T00:00'),
    ('Labor Day', 'DATE', '1994-09-05'),
    ('tonight', 'DATE|TIME', '1994-09-01TNI'),
    ('late Thursday', 'DATE', '1994-09-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a week ago', 'DATE', '1994-W34|1994-08-25'),
]),
# 5. Los Angeles Times, sentencing in investment fraud (1995)
('1995-11-14', 'auto', """Ex-Adviser Gets 12 Years for Bilking Retirees

By MARIA DELGADO
TIMES STAFF WRITER

SANTA ANA — A former Newport Beach investment adviser who persuaded more than 300 retirees to put their savings into a phony mortgage fund was sentenced Monday to 12 years in federal prison by a judge who called the scheme "a cold-blooded betrayal."

Gerald W. Ashby, 58, stood silently as U.S. District Judge Alicia Montoya ordered him to pay $4.2 million in restitution and to surrender to federal marshals by Jan. 8. Prosecutors had asked for 15 years; Ashby's attorney had sought five.

Ashby was convicted in July on 27 counts of mail fraud and money laundering after a six-week trial. Prosecutors said he ran the scheme from 1987 to 1993, paying early investors with money taken from newer ones and spending more than $1 million on a yacht, a ski condominium in Mammoth Lakes and trips to Europe.

Investigators first heard complaints in early 1993, when checks to several investors in Laguna Hills bounced. Ashby was indicted nearly two years ago and has been free on $500,000 bail.

The sentencing had been postponed twice since the summer while defense lawyers argued that Ashby, who suffered a heart attack in 1991, was too ill to serve a long prison term. Montoya rejected that argument, noting that the Bureau of Prisons operates a medical center in Rochester, Minn.

Several victims spoke before the sentence was imposed. Evelyn Tran, 79, of Seal Beach said she and her late husband had given Ashby $140,000 in 1989, nearly all they had saved over four decades. "Now I count every penny," she said. "I take the bus to the market twice a week because I can't afford to fix the car."

Ashby, speaking for about 10 minutes, apologized to the victims and said he had always intended to repay them. "I think about these people every day," he said.

His attorney, Paul Brenner, said he would file a notice of appeal with the 9th U.S. Circuit Court of Appeals within 10 days.

A co-defendant, former bookkeeper Ruth Ann Cole, 44, pleaded guilty last year to a single count of mail fraud and is scheduled to be sentenced at 9 a.m. on Dec. 4. A court-appointed receiver has recovered about $1.1 million and expects to make a first payment to investors in the spring.
""", [
    ('12 Years', 'DURATION', 'P12Y'),
    ('Monday', 'DATE', '1995-11-13'),
    ('12 years', 'DURATION', 'P12Y'),
    ('Jan. 8', 'DATE', '1996-01-08'),
    ('15 years', 'DURATION', 'P15Y'),
    ('July', 'DATE', '1995-07'),
    ('six-week', 'DURATION', 'P6W'),
    ('1987', 'DATE', '1987'),
    ('1993', 'DATE', '1993'),
    ('early 1993', 'DATE', '1993'),
    ('nearly two years ago', 'DATE', '1993'),
    ('the summer', 'DATE', '1995-SU'),
    ('1991', 'DATE', '1991'),
    ('1989', 'DATE', '1989'),
    ('four decades', 'DURATION', 'P40Y|P4E'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('twice a week', 'SET', 'P1W'),
    ('about 10 minutes', 'DURATION', 'PT10M'),
    ('every day', 'SET', 'P1D'),
    ('10 days', 'DURATION', 'P10D'),
    ('last year', 'DATE', '1994'),
    ('9 a.m. on Dec. 4', 'TIME', '1995-12-04T09:00'),
    ('the spring', 'DATE', '1996-SP'),
]),
# 6. Chicago Tribune, hospital nurses vote to strike (1996)
('1996-02-09', 'auto', """Lakeshore Nurses Vote to Strike Over Overtime

By Karen Novak
Tribune Staff Writer

Registered nurses at Lakeshore Medical Center on the North Side voted overwhelmingly Thursday to walk off the job at 7 a.m. on Feb. 20, in what would be the first strike at a major Chicago hospital in six years.

Of the 912 nurses who cast ballots, 81 percent supported the walkout, according to the Illinois Nurses Association, which has represented Lakeshore's 1,100 nurses since 1978. The union planned to deliver its formal strike notice to hospital administrators Friday morning, meeting the federal requirement that health-care workers give notice 10 days in advance.

The nurses' contract expired Dec. 31, and the two sides have been meeting weekly since last spring without resolving the central dispute: mandatory overtime. Nurses say they are routinely ordered to stay after 12-hour shifts, in some units three times a week.

"You finish a 12-hour shift and then they tell you to work the next one too, because nobody is coming in," said Donna Fiorello, a pediatric intensive-care nurse for 17 years. "That's not safe for anyone."

Hospital officials said mandatory overtime is used only in emergencies and has declined 30 percent in the past year.

"We want a settlement, and we will keep talking right up until Feb. 20," said Lakeshore spokesman Michael Tierney. He said the hospital, which lost $3.1 million in fiscal 1995, has lined up replacement nurses through a Denver agency and would not close any units.

A federal mediator will meet with both sides Monday and Tuesday, and more sessions are likely next week, Tierney said.

In 1990, nurses at the hospital struck for 23 days over staffing levels. That strike, which began on Valentine's Day, ended in early March with an agreement to hire 40 additional nurses, though union officials say many of those positions have since been eliminated.

Union president Carol Ostrowski said earlier this week that picket lines would be staffed around the clock if the strike goes ahead. "Over the coming days, we'll find out whether the hospital is serious," she said.

Two other North Side hospitals, whose contracts with the association expire in June, are watching the Lakeshore talks closely.
""", [
    ('Thursday', 'DATE', '1996-02-08'),
    ('7 a.m. on Feb. 20', 'TIME', '1996-02-20T07:00'),
    ('six years', 'DURATION', 'P6Y'),
    ('1978', 'DATE', '1978'),
    ('Friday morning', 'DATE|TIME', '1996-02-09TMO'),
    ('10 days', 'DURATION', 'P10D'),
    ('Dec. 31', 'DATE', '1995-12-31'),
    ('weekly', 'SET', 'P1W'),
    ('last spring', 'DATE', '1995-SP'),
    ('12-hour', 'DURATION', 'PT12H'),
    ('three times a week', 'SET', 'P1W'),
    ('12-hour', 'DURATION', 'PT12H'),
    ('17 years', 'DURATION', 'P17Y'),
    ('the past year', 'DURATION', 'P1Y'),
    ('Feb. 20', 'DATE', '1996-02-20'),
    ('fiscal 1995', 'DATE', 'FY1995|1995'),
    ('Monday', 'DATE', '1996-02-12'),
    ('Tuesday', 'DATE', '1996-02-13'),
    ('next week', 'DATE', '1996-W07'),
    ('1990', 'DATE', '1990'),
    ('23 days', 'DURATION', 'P23D'),
    ("Valentine's Day", 'DATE', '1990-02-14'),
    ('early March', 'DATE', '1990-03'),
    ('earlier this week', 'DATE', '1996-W06'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('June', 'DATE', '1996-06'),
]),
# 7. AP, tornado in northeast Arkansas (1998)
('1998-03-21', 'auto', """Tornado Kills 7 in Northeast Arkansas

HARRISBURG, Ark. (AP) -- Rescue workers with dogs picked through splintered homes and overturned trailers Saturday after a tornado tore a 20-mile path across northeast Arkansas, killing seven people and injuring at least 60.

The National Weather Service issued a tornado warning for Poinsett County at 4:52 p.m. Friday. Eight minutes later, the twister touched down southwest of town, said meteorologist Gary Blaylock in Memphis, Tenn. By 5:30 p.m., it had crossed Arkansas 14 and flattened a mobile home park on the east side of Harrisburg, where four of the victims lived.

Sirens sounded for about 15 minutes, residents said, but many said they had only seconds to take cover.

"I heard it coming like a train and got in the bathtub with the baby," said Tammy Griggs, 27, whose trailer was thrown 50 yards. "When I looked up, the roof was gone."

Power was knocked out to about 9,000 customers. By 11 p.m., utility crews from Jonesboro had restored service to about half of them. The Red Cross opened a shelter at the First Baptist Church, where 140 people spent Friday night.

The governor toured the damage by helicopter early Saturday and declared Poinsett and Craighead counties disaster areas. He said he would ask President Clinton for federal aid on Monday.

"This is the worst I've seen in 30 years of doing this," said Poinsett County Sheriff Larry Mack, who said searchers would keep working until every house had been checked.

It was the deadliest tornado in the state since the spring of 1997, when a string of twisters killed more than two dozen people. Arkansas is struck by about two dozen tornadoes every year. Harrisburg, a farm town of 2,100, was last hit nearly a decade ago, when a smaller tornado damaged the high school gym.

Forecasters said more thunderstorms could move through the region Sunday afternoon. Funerals for four of the victims were planned for Tuesday and Wednesday.
""", [
    ('Saturday', 'DATE', '1998-03-21'),
    ('4:52 p.m. Friday', 'TIME', '1998-03-20T16:52'),
    ('Eight minutes later', 'TIME', '1998-03-20T17:00'),
    ('5:30 p.m.', 'TIME', '1998-03-20T17:30'),
    ('about 15 minutes', 'DURATION', 'PT15M'),
    ('seconds', 'DURATION', 'PTXS'),
    ('11 p.m.', 'TIME', '1998-03-20T23:00'),
    ('Friday night', 'DATE|TIME', '1998-03-20TNI'),
    ('early Saturday', 'DATE', '1998-03-21'),
    ('Monday', 'DATE', '1998-03-23'),
    ('30 years', 'DURATION', 'P30Y'),
    ('the spring of 1997', 'DATE', '1997-SP'),
    ('every year', 'SET', 'P1Y'),
    ('nearly a decade ago', 'DATE', '1988|198'),
    ('Sunday afternoon', 'DATE|TIME', '1998-03-22TAF'),
    ('Tuesday', 'DATE', '1998-03-24'),
    ('Wednesday', 'DATE', '1998-03-25'),
]),
# 8. Wall Street Journal, software maker's fiscal-year results (2000)
('2000-07-20', 'auto', """Cascade Data's Profit Jumps 31%, But Outlook Worries Investors

By a Wall Street Journal Staff Reporter

SEATTLE -- Cascade Data Systems Inc. said net income in the June quarter rose 31%, driven by sales of its database software to Internet retailers, but warned that growth would slow in the second half of the year as corporate customers delay purchases.

Net rose to $64.2 million, or 41 cents a diluted share, from $49 million, or 32 cents a share, a year earlier. Revenue rose 24% to $388 million. For fiscal 2000, which ended June 30, net was $231.5 million, or $1.47 a share, up from $170.3 million, or $1.10 a share, in fiscal 1999.

The results, released after the close of trading yesterday, topped analysts' average estimate of 38 cents a share, according to First Call/Thomson Financial. But in after-hours trading, Cascade shares fell $3.50 to $52.25 on concerns about the outlook.

Chief Executive Laura Feng, who has run the company since 1996, said in a conference call that orders from large corporations "softened noticeably" in June. She said revenue in the September quarter would be about $390 million and that earnings growth in fiscal 2001 would be 15% to 20%, down from 36% in fiscal 2000.

The stock has fallen 40% since March, when it traded above $90, amid a broad selloff in technology shares. Last week, rival Orion Software Corp. reported disappointing results, sending shares across the sector lower.

Cascade also said it will cut about 600 jobs, or 7% of its work force, over the next 18 months and consolidate its two Bellevue, Wash., offices.

Analysts were divided. "They've been the most consistent name in the group for the past five years, and one soft forecast doesn't change that," said Marcia Lindqvist of Pacific Crest Partners.

Others were less forgiving. "Customers went on a spending spree to fix their systems before Jan. 1, and now they're digesting it," said Peter Walsh, an analyst at Brandt Securities in San Francisco.

Cascade, which went public a decade ago with revenue of $40 million, also said it would pay its first cash dividend, 5 cents a share, on Sept. 15 to holders of record Aug. 25.
""", [
    ('the June quarter', 'DATE', '2000-Q2'),
    ('the second half of the year', 'DATE', '2000-H2'),
    ('a year earlier', 'DATE', '1999-Q2|1999'),
    ('fiscal 2000', 'DATE', 'FY2000|2000'),
    ('June 30', 'DATE', '2000-06-30'),
    ('fiscal 1999', 'DATE', 'FY1999|1999'),
    ('yesterday', 'DATE', '2000-07-19'),
    ('1996', 'DATE', '1996'),
    ('June', 'DATE', '2000-06'),
    ('the September quarter', 'DATE', '2000-Q3'),
    ('fiscal 2001', 'DATE', 'FY2001|2001'),
    ('fiscal 2000', 'DATE', 'FY2000|2000'),
    ('March', 'DATE', '2000-03'),
    ('Last week', 'DATE', '2000-W28'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('Jan. 1', 'DATE', '2000-01-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a decade ago', 'DATE', '1990|199'),
    ('Sept. 15', 'DATE', '2000-09-15'),
    ('Aug. 25', 'DATE', '2000-08-25'),
]),
# 9. New York Times (Metro), bribery trial of a building inspector (2002)
('2002-10-30', 'auto', """Contractor Testifies He Paid Inspector to Overlook Violations

By JENNIFER LOWE

A Bronx contractor testified yesterday that he handed a city building inspector envelopes of cash every Friday for nearly two years in exchange for approving work that did not meet the building code, including a retaining wall that later collapsed.

The contractor, Salvatore Ingrassia, 51, who has pleaded guilty to bribery charges and is cooperating with prosecutors, told a jury in State Supreme Court in the Bronx that the payments began in the spring of 1998 and ended in early 2000, when the inspector, Raymond Tolliver, was transferred to Queens.

Mr. Tolliver, 47, a 19-year veteran of the Buildings Department, is charged with bribe receiving and official misconduct. He faces up to 15 years in prison if convicted.

Mr. Ingrassia described one payment in detail. On Dec. 14, 1999, he said, he met Mr. Tolliver at a diner on Fordham Road at about 7:30 a.m. and passed him $2,000 folded inside a newspaper. That afternoon, Mr. Tolliver signed off on the retaining wall at a 12-unit building on Webster Avenue. Two weeks later, the wall gave way during a rainstorm, crushing two parked cars.

"He told me, 'Don't worry about the drainage,'" Mr. Ingrassia said during more than three hours on the witness stand.

Under cross-examination, the defense lawyer, Michael Farkas, pressed Mr. Ingrassia on his plea agreement, under which he expects to serve no more than a year in prison. "You'd say anything to stay out of prison, wouldn't you?" Mr. Farkas asked. "No," Mr. Ingrassia replied.

The case is one of several to emerge from an investigation by the city's Department of Investigation that began in 2000 and has led to charges against 11 inspectors in the past two years.

Mr. Tolliver, who has been suspended without pay since his arrest in March 2001, sat with his arms folded through most of the testimony and did not look at the witness.

Jury selection began Oct. 7, and testimony is expected to last until mid-November. Justice Ellen Marcus told jurors that court would not sit tomorrow because of a scheduling conflict, and that the cross-examination would resume Monday at 9:30 a.m.
""", [
    ('yesterday', 'DATE', '2002-10-29'),
    ('every Friday', 'SET', 'XXXX-WXX-5'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('the spring of 1998', 'DATE', '1998-SP'),
    ('early 2000', 'DATE', '2000'),
    ('19-year', 'DURATION', 'P19Y'),
    ('15 years', 'DURATION', 'P15Y'),
    ('Dec. 14, 1999', 'DATE', '1999-12-14'),
    ('about 7:30 a.m.', 'TIME', '1999-12-14T07:30'),
    ('That afternoon', 'DATE|TIME', '1999-12-14TAF'),
    ('Two weeks later', 'DATE', '1999-12-28|1999-W52'),
    ('more than three hours', 'DURATION', 'PT3H'),
    ('no more than a year', 'DURATION', 'P1Y'),
    ('2000', 'DATE', '2000'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('March 2001', 'DATE', '2001-03'),
    ('Oct. 7', 'DATE', '2002-10-07'),
    ('mid-November', 'DATE', '2002-11'),
    ('tomorrow', 'DATE', '2002-10-31'),
    ('Monday at 9:30 a.m.', 'TIME', '2002-11-04T09:30'),
]),
# 10. UPI, House hearing on air traffic controller shortage (2004)
('2004-05-13', 'auto', """House Panel to Grill FAA Over Controller Shortage

WASHINGTON, May 13 (UPI) -- The chairman of the House aviation subcommittee said Thursday he will call the head of the Federal Aviation Administration to testify next week about a looming shortage of air traffic controllers, after a government audit found the agency had no plan to replace thousands of workers expected to retire over the next 10 years.

Rep. Charles Whitaker, R-Kan., said the hearing would begin at 10 a.m. Tuesday. "The FAA has known about this problem for years and has done almost nothing," Whitaker said.

The General Accounting Office report, released Wednesday, found that nearly half of the nation's 15,000 controllers will be eligible to retire by 2012. Most were hired in the early 1980s, after President Reagan fired more than 11,000 striking controllers in 1981.

Earlier this month, the Transportation Department's inspector general reported that controllers at some of the busiest facilities were working mandatory overtime twice a month or more, and that training a new controller takes about three years.

An FAA spokeswoman, Alison Pruitt, said the agency hired 800 controllers in fiscal 2003 and plans to hire about 1,000 in fiscal 2005, which begins Oct. 1. "We recognize the challenge, and we have a plan to meet it," she said.

Since the Sept. 11 attacks, the agency's budget has been squeezed by new security costs, while air traffic, which fell sharply after the attacks, has recently returned to 2000 levels. The FAA expects domestic flights to grow about 3 percent annually through 2010.

The controllers' union, which has clashed with the agency over staffing since 2002, welcomed the hearing. "Right now, we're one retirement wave away from serious delays," said union president Daniel Kearney.

The Senate Commerce Committee plans its own hearing on the issue in June, before lawmakers leave for the July Fourth recess.
""", [
    ('May 13', 'DATE', '2004-05-13'),
    ('Thursday', 'DATE', '2004-05-13'),
    ('next week', 'DATE', '2004-W21'),
    ('the next 10 years', 'DURATION', 'P10Y'),
    ('10 a.m. Tuesday', 'TIME', '2004-05-18T10:00'),
    ('years', 'DURATION', 'PXY'),
    ('Wednesday', 'DATE', '2004-05-12'),
    ('2012', 'DATE', '2012'),
    ('the early 1980s', 'DATE', '198'),
    ('1981', 'DATE', '1981'),
    ('Earlier this month', 'DATE', '2004-05'),
    ('twice a month', 'SET', 'P1M'),
    ('about three years', 'DURATION', 'P3Y'),
    ('fiscal 2003', 'DATE', 'FY2003|2003'),
    ('fiscal 2005', 'DATE', 'FY2005|2005'),
    ('Oct. 1', 'DATE', '2004-10-01'),
    ('Sept. 11', 'DATE', '2001-09-11'),
    ('recently', 'DATE', 'PAST_REF'),
    ('2000', 'DATE', '2000'),
    ('annually', 'SET', 'P1Y'),
    ('2010', 'DATE', '2010'),
    ('2002', 'DATE', '2002'),
    ('Right now', 'DATE', 'PRESENT_REF'),
    ('June', 'DATE', '2004-06'),
    ('July Fourth', 'DATE', '2004-07-04'),
]),
# 11. Los Angeles Times, wind-driven wildfire near Ojai told hour by hour (2006)
('2006-11-14', 'auto', """Wind-Driven Fire Chars 14,000 Acres Near Ojai

By DANIEL PRESCOTT and LISA HUANG
Times Staff Writers

A wildfire whipped by Santa Ana winds gusting to 60 mph raced through brush-covered canyons north of Ojai on Monday, destroying 22 homes and forcing the evacuation of about 4,000 residents as it burned toward the edge of town.

The Matilija fire broke out about 1:40 p.m. Sunday near a turnout on California 33, where investigators believe a car's catalytic converter ignited dry grass. Within three hours, it had grown to 2,500 acres.

Firefighters made a stand along Matilija Road on Sunday night, but at about 2 a.m. Monday the winds shifted and pushed the flames east, toward Meiners Oaks. By 5 a.m., sheriff's deputies were knocking on doors and driving through neighborhoods with loudspeakers.

At its peak Monday afternoon, the fire was jumping ridgelines faster than bulldozer crews could cut lines. By 6 p.m. Monday, it had burned 14,000 acres and was 10% contained, said Ventura County Fire Department spokesman Tom Ruiz. The governor declared a state of emergency in the county late Monday.

More than 1,800 firefighters and 11 air tankers were assigned to the blaze. Evacuation orders remained in effect early Tuesday, and officials said residents of Meiners Oaks might not be allowed home until Thursday. The National Weather Service said the winds should ease by Wednesday afternoon, giving crews their first real chance to surround the fire.

"We've had no rain to speak of since April," Ruiz said. "Some of this brush hasn't burned in more than 20 years, and it's as dry as I've ever seen it."

The canyons last burned in 1985, when a fire blackened more than 100,000 acres over two weeks. The Matilija fire is already the largest in the county since the fall of 2003, when a series of blazes burned across Southern California.

Martha Ellison, 66, who has lived on Rancho Drive since the 1970s, watched television coverage of her street from a Red Cross shelter at Nordhoff High School. "We got out with the dogs and the photo albums. That's it," she said. "Every fall we worry about this, and every fall we get lucky. Not this time."

Fire officials said the cost of fighting the blaze had reached $4.5 million and could double in the coming days.
""", [
    ('Monday', 'DATE', '2006-11-13'),
    ('about 1:40 p.m. Sunday', 'TIME', '2006-11-12T13:40'),
    ('three hours', 'DURATION', 'PT3H'),
    ('Sunday night', 'DATE|TIME', '2006-11-12TNI'),
    ('about 2 a.m. Monday', 'TIME', '2006-11-13T02:00'),
    ('5 a.m.', 'TIME', '2006-11-13T05:00'),
    ('Monday afternoon', 'DATE|TIME', '2006-11-13TAF'),
    ('6 p.m. Monday', 'TIME', '2006-11-13T18:00'),
    ('late Monday', 'DATE', '2006-11-13'),
    ('early Tuesday', 'DATE', '2006-11-14'),
    ('Thursday', 'DATE', '2006-11-16'),
    ('Wednesday afternoon', 'DATE|TIME', '2006-11-15TAF'),
    ('April', 'DATE', '2006-04'),
    ('more than 20 years', 'DURATION', 'P20Y'),
    ('1985', 'DATE', '1985'),
    ('two weeks', 'DURATION', 'P2W'),
    ('the fall of 2003', 'DATE', '2003-FA'),
    ('the 1970s', 'DATE', '197'),
    ('Every fall', 'SET', 'XXXX-FA'),
    ('every fall', 'SET', 'XXXX-FA'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
]),
# 12. Chicago Tribune, food maker's quarterly results and plant closing (2008)
('2008-01-25', 'auto', """Prairie Brands to Close Decatur Plant as Profit Slides

By Thomas Reilly
Tribune staff reporter

Prairie Brands Inc. said Thursday it will close its Decatur cereal plant and cut 450 jobs by the end of June, after soaring grain and fuel costs squeezed profits in the fourth quarter.

The Northbrook-based maker of cereals and snack bars earned $38.6 million, or 52 cents a share, in the period, down from $61.2 million, or 81 cents, a year earlier. Sales rose 6% to $1.02 billion. For all of 2007, profit fell 18% to $176 million.

Chief Executive Ann Marie Kowalski said commodity costs, which rose about 25% last year, would remain high through at least the first half of 2008.

"We've absorbed as much as we can. We raised prices twice last year, and we'll raise them again in March," Kowalski said in an interview Thursday. Earlier this month, a larger rival raised its cereal prices 4%.

The Decatur plant, which opened in 1938, makes corn flakes and granola for the company's store-brand customers. Production will shift to newer plants in Iowa and Tennessee over the next five months.

Workers learned of the closing Thursday at 7 a.m., at a meeting in the plant cafeteria. "Some of these people have worked here for 30 years, and they gave them a week to decide on transfers," said Dale Hummel, president of Local 51 of the Bakery, Confectionery, Tobacco Workers and Grain Millers union.

Prairie Brands, spun off from a larger food company in 1995, has closed three plants since 2003 and shifted much of its advertising budget to its fast-growing snack line.

Its shares rose 68 cents to $41.15 Thursday on the New York Stock Exchange.

"Investors have been waiting for this for months," said Jill Sorensen, an analyst at Morningstar Inc. in Chicago. "The question now is whether they can hold margins in the coming months, with wheat where it is."

The company will give a 2008 profit forecast at an investor meeting in New York on Feb. 12.
""", [
    ('Thursday', 'DATE', '2008-01-24'),
    ('the end of June', 'DATE', '2008-06'),
    ('the fourth quarter', 'DATE', '2007-Q4'),
    ('a year earlier', 'DATE', '2006-Q4|2006'),
    ('2007', 'DATE', '2007'),
    ('last year', 'DATE', '2007'),
    ('the first half of 2008', 'DATE', '2008-H1'),
    ('last year', 'DATE', '2007'),
    ('March', 'DATE', '2008-03'),
    ('Thursday', 'DATE', '2008-01-24'),
    ('Earlier this month', 'DATE', '2008-01'),
    ('1938', 'DATE', '1938'),
    ('the next five months', 'DURATION', 'P5M'),
    ('Thursday at 7 a.m.', 'TIME', '2008-01-24T07:00'),
    ('30 years', 'DURATION', 'P30Y'),
    ('a week', 'DURATION', 'P1W'),
    ('1995', 'DATE', '1995'),
    ('2003', 'DATE', '2003'),
    ('Thursday', 'DATE', '2008-01-24'),
    ('months', 'DURATION', 'PXM'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('2008', 'DATE', '2008'),
    ('Feb. 12', 'DATE', '2008-02-12'),
]),
]
