# Gold TIMEX3 probe set 11: twelve news articles of 1995-2009 and 2015-2020: wire, business, court, sport, science and local news, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, trial (1997)
('1997-03-14', 'auto', """Jury Convicts Former Bank Officer in Pension Fraud Case

HARTFORD, Conn. (AP) — A federal jury on Friday convicted a former bank vice president of stealing nearly $2.3 million from a union pension fund, ending a trial that lasted five weeks and drew dozens of retirees to the courtroom every day.

Walter D. Prentiss, 58, of West Hartford, was found guilty on 14 of 17 counts of wire fraud and embezzlement after jurors deliberated for about 11 hours over three days. He showed no emotion as the verdict was read at about 2:30 p.m.

U.S. District Judge Ellen Marsh set sentencing for June 6. Prentiss faces a maximum of 10 years in prison on each count, although under federal sentencing guidelines he is likely to receive far less.

Prosecutors said Prentiss, who oversaw the fund's accounts at Connecticut Mutual Savings Bank from 1988 to 1995, diverted money into shell companies over six years and used it to buy a vacation home in Vermont and a 42-foot sailboat.

"This was not a momentary lapse," Assistant U.S. Attorney Richard Cole told jurors in closing arguments on Tuesday. "He did it again and again, and he lied to the trustees about it every year."

Defense lawyer Martin Gould said he would appeal. He argued throughout the trial that Prentiss had followed instructions from fund trustees and that the bank's auditors had approved the transfers at the time.

The case began in the spring of 1995, when a retired machinist noticed that his pension check was $40 short and called the bank. An internal audit later that year found irregularities going back to 1989, and Prentiss was fired in December 1995. He was indicted in August of last year.

About 1,200 retired members of Local 217 of the International Association of Machinists depend on the fund, which pays benefits twice a month. Union officials said the fund has since recovered roughly $900,000 through insurance claims and expects to recover more in the coming months.

"For two years we have been told to be patient," said Dorothy Kaminski, 71, whose late husband worked at a Windsor Locks plant for three decades. "Today, somebody finally listened."

The jury acquitted Prentiss on three counts related to a 1993 transfer to a Florida real estate company. Jurors declined to speak with reporters as they left the courthouse Friday afternoon.

Marsh allowed Prentiss to remain free on $250,000 bond until sentencing but ordered him to surrender his passport by Monday. A hearing on the government's request to seize the Vermont property is scheduled for 10 a.m. April 2.
""", [
    ('Friday', 'DATE', '1997-03-14'),
    ('five weeks', 'DURATION', 'P5W'),
    ('every day', 'SET', 'P1D'),
    ('about 11 hours', 'DURATION', 'PT11H'),
    ('three days', 'DURATION', 'P3D'),
    ('about 2:30 p.m.', 'TIME', '1997-03-14T14:30'),
    ('June 6', 'DATE', '1997-06-06'),
    ('10 years', 'DURATION', 'P10Y'),
    ('1988', 'DATE', '1988'),
    ('1995', 'DATE', '1995'),
    ('six years', 'DURATION', 'P6Y'),
    ('Tuesday', 'DATE', '1997-03-11'),
    ('every year', 'SET', 'P1Y'),
    ('the spring of 1995', 'DATE', '1995-SP'),
    ('later that year', 'DATE', '1995'),
    ('1989', 'DATE', '1989'),
    ('December 1995', 'DATE', '1995-12'),
    ('August of last year', 'DATE', '1996-08'),
    ('twice a month', 'SET', 'P1M'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('two years', 'DURATION', 'P2Y'),
    ('three decades', 'DURATION', 'P30Y|P3E'),
    ('Today', 'DATE', '1997-03-14'),
    ('1993', 'DATE', '1993'),
    ('Friday afternoon', 'DATE|TIME', '1997-03-14TAF'),
    ('Monday', 'DATE', '1997-03-17'),
    ('10 a.m. April 2', 'TIME', '1997-04-02T10:00'),
]),

# 2. Reuters, merger (1999)
('1999-11-09', 'auto', """Harlow Chemical to buy Brenner Industries for $4.1 billion

NEW YORK, Nov 9 (Reuters) - Harlow Chemical Corp said on Tuesday it agreed to buy specialty coatings maker Brenner Industries Inc for about $4.1 billion in stock and cash, creating the third-largest paint and coatings group in North America.

Harlow will pay $38.50 a share, a 27 percent premium to Brenner's closing price on Monday. The deal, approved by both boards late Sunday, is expected to close in the first quarter of 2000, subject to shareholder and regulatory approval.

Harlow Chief Executive Gordon Pryce told analysts on a conference call that the combined company would cut about 1,800 jobs over the next two years and close four of its 23 plants, saving some $150 million annually by 2002.

"We have been looking closely at Brenner since 1996," Pryce said. "The industry has been consolidating for a decade, and we did not want to be left on the sidelines."

Brenner shares jumped 6-7/8 to 37-1/4 on the New York Stock Exchange, while Harlow slipped 1-1/8 to 52. Harlow shares had fallen about 15 percent in the past three months on worries about raw material costs.

The two companies held talks earlier this year but broke them off in June over price, according to people familiar with the matter. Talks resumed in September after Brenner cut its profit forecast, the sources said.

The takeover is the latest in a string of chemical deals in recent months. Last week, German group Vossberg AG said it would buy a U.S. adhesives maker, and analysts expect more consolidation next year as producers struggle with flat demand and weak pricing.

"Two years ago nobody would have predicted this," said Ellen Tranh, an analyst at Prudential Securities. "Now everyone is looking for a partner."

Brenner, founded in Cleveland in 1921, posted sales of $1.9 billion in fiscal 1999, which ended on Sept 30. Harlow had 1998 revenue of $6.2 billion.

Harlow said it would hold a special shareholder meeting in January and expected antitrust reviews in the United States and Europe to take about four months. It said it would keep its dividend unchanged.

Brenner Chairman Thomas Quill, 64, will join Harlow's board and remain as a consultant for 18 months after the deal closes.

Harlow, which reported a 12 percent drop in third-quarter profit last month, said the deal would add to earnings in 2001. Pryce and Quill plan to meet employees at Brenner's Cleveland headquarters on Thursday.
""", [
    ('Nov 9', 'DATE', '1999-11-09'),
    ('Tuesday', 'DATE', '1999-11-09'),
    ('Monday', 'DATE', '1999-11-08'),
    ('late Sunday', 'DATE|TIME', '1999-11-07|1999-11-07TNI'),
    ('the first quarter of 2000', 'DATE', '2000-Q1'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('annually', 'SET', 'P1Y'),
    ('2002', 'DATE', '2002'),
    ('1996', 'DATE', '1996'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('the past three months', 'DURATION', 'P3M'),
    ('earlier this year', 'DATE', '1999'),
    ('June', 'DATE', '1999-06'),
    ('September', 'DATE', '1999-09'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('Last week', 'DATE', '1999-W44'),
    ('next year', 'DATE', '2000'),
    ('Two years ago', 'DATE', '1997'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('1921', 'DATE', '1921'),
    ('fiscal 1999', 'DATE', 'FY1999|1999'),
    ('Sept 30', 'DATE', '1999-09-30'),
    ('1998', 'DATE', '1998'),
    ('January', 'DATE', '2000-01'),
    ('about four months', 'DURATION', 'P4M'),
    ('18 months', 'DURATION', 'P18M'),
    ('third-quarter', 'DATE', '1999-Q3'),
    ('last month', 'DATE', '1999-10'),
    ('2001', 'DATE', '2001'),
    ('Thursday', 'DATE', '1999-11-11'),
]),

# 3. WSJ, quarterly earnings (2002)
('2002-07-18', 'auto', """Lakeshore Appliance Swings to Loss As Retailers Trim Orders

By DAVID K. MORROW
Staff Reporter of THE WALL STREET JOURNAL

CHICAGO -- Lakeshore Appliance Corp. swung to a second-quarter loss as retailers cut orders and the company took a $48 million charge to close two factories, but executives said demand appeared to have bottomed out in recent weeks.

The Evanston, Ill., maker of washers, dryers and dishwashers posted a net loss of $21.4 million, or 37 cents a share, for the three months ended June 30, compared with net income of $33.9 million, or 58 cents a share, a year earlier. Revenue fell 9% to $812 million from $892 million.

Excluding the charge, Lakeshore earned 16 cents a share, a penny above the average estimate of analysts surveyed by Thomson First Call. The results were released after the market closed yesterday. In New York Stock Exchange composite trading, Lakeshore shares closed at $19.85, down 41 cents.

"The first half of this year was as tough as anything I've seen in 30 years in this business," Chief Executive Harold Bessemer said in a telephone interview. "But our orders for July are running ahead of June, and we think the third quarter will be better."

Mr. Bessemer said the company would close plants in Fort Smith, Ark., and Galesburg, Ill., by the end of the year, eliminating 1,100 jobs. Lakeshore has reduced its work force by about 15% since 2000, when it employed nearly 9,000 people.

The company also cut its forecast for 2002, saying it now expects earnings of 95 cents to $1.05 a share before charges, down from its April projection of $1.20 to $1.30. Lakeshore has missed its own targets in three of the past five quarters.

Analysts said the outlook hinges on the housing market, which stayed surprisingly strong through the spring even as other parts of the economy sputtered. New-home sales rose 4% in May, the Commerce Department reported last month.

"They are doing the right things, but it is going to take a couple of years to see the payoff," said Linda Ostrow, an analyst at A.G. Edwards & Sons in St. Louis, who rates the stock a "hold."

Lakeshore, which has paid a dividend every quarter since 1958, said it would keep its payout at 12 cents a share. The board will review the dividend in October.

The company plans to meet with investors Sept. 12 in New York, where it expects to outline a new line of energy-efficient washers for next year. Management will take questions from analysts on a conference call at 10 a.m. today.
""", [
    ('second-quarter', 'DATE', '2002-Q2'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('the three months', 'DURATION', 'P3M'),
    ('June 30', 'DATE', '2002-06-30'),
    ('a year earlier', 'DATE', '2001-Q2|2001'),
    ('yesterday', 'DATE', '2002-07-17'),
    ('The first half of this year', 'DATE', '2002-H1'),
    ('30 years', 'DURATION', 'P30Y'),
    ('July', 'DATE', '2002-07'),
    ('June', 'DATE', '2002-06'),
    ('the third quarter', 'DATE', '2002-Q3'),
    ('the end of the year', 'DATE', '2002|2002-12'),
    ('2000', 'DATE', '2000'),
    ('2002', 'DATE', '2002'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('April', 'DATE', '2002-04'),
    ('the past five quarters', 'DURATION', 'P15M|P5Q'),
    ('the spring', 'DATE', '2002-SP'),
    ('May', 'DATE', '2002-05'),
    ('last month', 'DATE', '2002-06'),
    ('a couple of years', 'DURATION', 'P2Y'),
    ('every quarter', 'SET', 'P3M|P1Q'),
    ('1958', 'DATE', '1958'),
    ('October', 'DATE', '2002-10'),
    ('Sept. 12', 'DATE', '2002-09-12'),
    ('next year', 'DATE', '2003'),
    ('10 a.m. today', 'TIME', '2002-07-18T10:00'),
]),

# 4. NYT, obituary (2005)
('2005-10-04', 'auto', """Margaret Fenwick, 91, Who Charted the Hudson's Tides, Dies

By ROBERT LANGDON

Margaret Hollis Fenwick, an oceanographer whose painstaking measurements of the Hudson River's tides and currents in the 1950s helped shape decades of pollution policy, died on Saturday at her home in Cold Spring, N.Y. She was 91.

The cause was heart failure, said her nephew, Daniel Fenwick.

Dr. Fenwick joined the Lamont Geological Observatory at Columbia University in 1949, when few women worked in the physical sciences, and spent the next 31 years there. She went out on the river twice a week in all weather, lowering instruments from a converted fishing boat to record salinity and the speed of the current.

Her 1958 paper on how the salt front moves upriver during droughts was for years the standard reference for engineers and regulators. When New York City considered drawing drinking water from the Hudson during the drought of the mid-1960s, her data were central to the debate.

"She was doing by hand what the rest of us later did with satellites," said Alan Greer, a professor emeritus at Stony Brook University who studied with her in the 1970s.

Margaret Hollis was born on March 2, 1914, in Burlington, Vt., the daughter of a ferry captain. She graduated from Smith College in 1935 and earned a doctorate in physics from Yale in 1942. During the war she worked for the Navy, studying currents in New York Harbor.

She married Charles Fenwick, a chemistry teacher, in 1946; he died in 1988. Besides her nephew, she has no immediate survivors.

After retiring in 1980, Dr. Fenwick kept a small laboratory in her garage and continued to publish until the late 1990s. She testified before a State Senate committee as recently as 2001, arguing against a proposed dredging project near Peekskill.

She kept up a daily walk along the river well into her 80s, and until last spring she still rowed on Sunday mornings, neighbors said.

Hudson Watch, an environmental group, said on Monday that it would name a science lecture series after her, beginning next year. A memorial service is planned for Nov. 12 at the Chapel of Our Lady in Cold Spring.

"She always said the river keeps its own calendar," her nephew said. "She just wrote it down."
""", [
    ('the 1950s', 'DATE', '195'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('Saturday', 'DATE', '2005-10-01'),
    ('1949', 'DATE', '1949'),
    ('the next 31 years', 'DURATION', 'P31Y'),
    ('twice a week', 'SET', 'P1W'),
    ('1958', 'DATE', '1958'),
    ('years', 'DURATION', 'PXY'),
    ('the mid-1960s', 'DATE', '196'),
    ('the 1970s', 'DATE', '197'),
    ('March 2, 1914', 'DATE', '1914-03-02'),
    ('1935', 'DATE', '1935'),
    ('1942', 'DATE', '1942'),
    ('1946', 'DATE', '1946'),
    ('1988', 'DATE', '1988'),
    ('1980', 'DATE', '1980'),
    ('the late 1990s', 'DATE', '199'),
    ('2001', 'DATE', '2001'),
    ('daily', 'SET', 'P1D'),
    ('last spring', 'DATE', '2005-SP'),
    ('Sunday mornings', 'SET', 'XXXX-WXX-7TMO'),
    ('Monday', 'DATE', '2005-10-03'),
    ('next year', 'DATE', '2006'),
    ('Nov. 12', 'DATE', '2005-11-12'),
]),

# 5. Washington Post, city budget (2008)
('2008-03-27', 'auto', """Alexandria Manager Proposes Tax Increase, Library Cuts

By Karen Whitlock
Washington Post Staff Writer
Thursday, March 27, 2008; Page B01

Alexandria's city manager proposed a $598 million budget yesterday that would raise the real estate tax rate by 4 cents, freeze hiring and close two library branches on weekends, as falling home values leave a hole in the city's finances for the first time in more than a decade.

The plan for fiscal 2009, which begins July 1, is about 1.8 percent smaller than the budget the City Council adopted in May 2007. City Manager James K. Hartwell said assessments had dropped an average of 3.5 percent since last year, the first decline since the early 1990s.

"We have been very fortunate for years," Hartwell told the council at a work session that ran past 10 p.m. "That is over, at least for the next three years."

Under the proposal, the tax rate would rise to 87.5 cents per $100 of assessed value. The owner of a typical house, assessed at $562,000, would pay about $4,917, roughly $130 more than in 2007.

The budget eliminates 46 vacant positions and delays a planned 2 percent cost-of-living raise for city employees until January. Hartwell also recommended postponing renovation of the Charles Houston Recreation Center, which was scheduled to begin this summer, until fiscal 2011.

Council members reacted cautiously. Vice Mayor Ann Delaney said she was troubled by the library closures, noting that the two branches draw about 3,000 visitors every Saturday and that a city survey last fall ranked libraries as residents' favorite service.

Schools would receive $171 million, an increase of 2 percent and less than the 5 percent Superintendent Mark Tolliver requested in February. Tolliver said Tuesday that the gap could mean larger class sizes in the fall.

Alexandria's budget has grown an average of 6 percent annually since 2000, fueled by a housing boom that more than doubled assessments from 2001 to 2006. Regional officials warned last month that revenue in Northern Virginia could stay flat through 2010.

The council will hold a public hearing on the budget at 9:30 a.m. Saturday at City Hall, and a second hearing is set for April 14. Members must adopt a budget and set the tax rate by May 5. Residents have until midnight April 20 to submit comments online.

Neighboring Arlington County, whose board released its spending plan last week, has proposed keeping its tax rate flat while drawing $20 million from reserves. Fairfax County supervisors are expected to unveil their budget in the coming weeks.
""", [
    ('Thursday, March 27, 2008', 'DATE', '2008-03-27'),
    ('yesterday', 'DATE', '2008-03-26'),
    ('weekends', 'SET', 'XXXX-WXX-WE'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('fiscal 2009', 'DATE', 'FY2009|2009'),
    ('July 1', 'DATE', '2008-07-01'),
    ('May 2007', 'DATE', '2007-05'),
    ('last year', 'DATE', '2007'),
    ('the early 1990s', 'DATE', '199'),
    ('years', 'DURATION', 'PXY'),
    ('10 p.m.', 'TIME', '2008-03-26T22:00'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('2007', 'DATE', '2007'),
    ('January', 'DATE', '2009-01'),
    ('this summer', 'DATE', '2008-SU'),
    ('fiscal 2011', 'DATE', 'FY2011|2011'),
    ('every Saturday', 'SET', 'XXXX-WXX-6'),
    ('last fall', 'DATE', '2007-FA'),
    ('February', 'DATE', '2008-02'),
    ('Tuesday', 'DATE', '2008-03-25'),
    ('the fall', 'DATE', '2008-FA'),
    ('annually', 'SET', 'P1Y'),
    ('2000', 'DATE', '2000'),
    ('2001', 'DATE', '2001'),
    ('2006', 'DATE', '2006'),
    ('last month', 'DATE', '2008-02'),
    ('2010', 'DATE', '2010'),
    ('9:30 a.m. Saturday', 'TIME', '2008-03-29T09:30'),
    ('April 14', 'DATE', '2008-04-14'),
    ('May 5', 'DATE', '2008-05-05'),
    ('midnight April 20', 'TIME', '2008-04-20T24:00|2008-04-20T00:00'),
    ('last week', 'DATE', '2008-W12'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
]),

# 6. UPI, strike (1996)
('1996-09-23', 'auto', """Brake plant strike idles auto assembly lines

DAYTON, Ohio, Sept. 23 (UPI) -- A strike by 2,700 workers at a brake parts plant here continued Monday, forcing two automakers to halt production at four assembly plants and temporarily lay off more than 11,000 workers.

Members of United Auto Workers Local 812 walked off the job at 12:01 a.m. Wednesday at Miami Valley Brake Systems after talks on a new contract broke down. The old agreement expired Sept. 14, but the union had kept working under its terms for four days.

Negotiators met for nine hours Sunday without reaching agreement, and no new talks were scheduled, company spokeswoman Linda Carr said. A federal mediator, Joseph Kilbride, said he hoped to bring the two sides back together by the end of the week.

The main dispute is over outsourcing. The company wants to buy more parts from non-union suppliers, which union leaders say would eliminate 600 jobs over the next three years. Miami Valley says it has lost $40 million since 1994 and needs flexibility to compete.

"We gave up wage increases in 1993 and again last year," said Local 812 President Raymond Stokes, who has worked at the plant since 1965. "Our people are not going to sign away their own jobs."

Picketers have staffed the plant gates in shifts since the walkout began. The local pays striking members $150 weekly from its strike fund.

Assembly plants in Oklahoma City and Wilmington, Del., shut down Friday afternoon after running out of brakes, and a third in Lordstown, Ohio, stopped production Saturday night. A fourth plant, in Janesville, Wis., was idled today.

Analysts said a prolonged walkout could dent fourth-quarter earnings for both automakers. "If this goes on past the middle of October, it starts to show up in the numbers," said David Healey, an auto analyst with Furman Selz in New York.

The plant has been struck twice before, in 1979 and for 11 weeks in 1987. The strike comes as the UAW negotiates national contracts with the major automakers, which are renewed every three years.

Carr said Monday that the company "remains ready to return to the table." Union members are scheduled to meet at 7 p.m. Thursday at the union hall to hear an update from the bargaining committee.
""", [
    ('Sept. 23', 'DATE', '1996-09-23'),
    ('Monday', 'DATE', '1996-09-23'),
    ('12:01 a.m. Wednesday', 'TIME', '1996-09-18T00:01'),
    ('Sept. 14', 'DATE', '1996-09-14'),
    ('four days', 'DURATION', 'P4D'),
    ('nine hours', 'DURATION', 'PT9H'),
    ('Sunday', 'DATE', '1996-09-22'),
    ('the end of the week', 'DATE', '1996-W39'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('1994', 'DATE', '1994'),
    ('1993', 'DATE', '1993'),
    ('last year', 'DATE', '1995'),
    ('1965', 'DATE', '1965'),
    ('weekly', 'SET', 'P1W'),
    ('Friday afternoon', 'DATE|TIME', '1996-09-20TAF'),
    ('Saturday night', 'DATE|TIME', '1996-09-21TNI'),
    ('today', 'DATE', '1996-09-23'),
    ('fourth-quarter', 'DATE', '1996-Q4'),
    ('the middle of October', 'DATE', '1996-10'),
    ('1979', 'DATE', '1979'),
    ('11 weeks', 'DURATION', 'P11W'),
    ('1987', 'DATE', '1987'),
    ('every three years', 'SET', 'P3Y'),
    ('Monday', 'DATE', '1996-09-23'),
    ('7 p.m. Thursday', 'TIME', '1996-09-26T19:00'),
]),

# 7. AP, election count (2016)
('2016-11-10', 'auto', """Arizona county still counting ballots in tight House race

PHOENIX (AP) — Election workers in Maricopa County were still processing more than 280,000 early ballots on Thursday, leaving the outcome of a closely watched congressional race in doubt.

Republican Dale Whitcomb led Democrat Maria Ochoa by 1,412 votes in the 9th District as of Wednesday night, according to the county recorder's office, down from a lead of more than 4,000 on Tuesday night.

County Recorder Frank Delgado said his office would release updated totals daily until the count is finished, which he expected by early next week.

"We're not going to rush this," Delgado said. "Every valid ballot is going to be counted, and that takes time."

About 1.9 million ballots were cast in the county, a record. More than 75 percent were early ballots, and many of those were dropped off at polling places on Election Day. Each must have its signature verified before it can be opened. Election officials now expect turnout to top 74 percent.

Delgado's office has been criticized in recent years for long lines and slow counts. During the presidential preference election in March, some voters waited five hours to cast ballots.

Whitcomb, a two-term state senator, declared victory in a statement late Tuesday but struck a more cautious tone on Wednesday, telling reporters he would "wait for every vote."

Ochoa said Thursday morning that she was confident the remaining ballots would favor her. "Four years ago we saw a lead like this disappear in a week," she told supporters at her campaign office in Tempe.

The seat has been open since Rep. Thomas Keller announced in January that he would retire after five terms. The race drew more than $9 million in outside spending, most of it in the final six weeks of the campaign.

Arizona law gives counties until Nov. 28 to certify results, and the secretary of state is scheduled to certify the statewide canvass on Dec. 5. If the margin falls below one-tenth of 1 percent, state law requires an automatic recount, which would push a final result into December.

Arizona's last automatic recount in a congressional race, in 2006, took nearly three weeks.

Statewide, the count of provisional ballots continued this week in several rural counties, though officials there said they expected to finish by Friday.
""", [
    ('Thursday', 'DATE', '2016-11-10'),
    ('Wednesday night', 'DATE|TIME', '2016-11-09TNI'),
    ('Tuesday night', 'DATE|TIME', '2016-11-08TNI'),
    ('daily', 'SET', 'P1D'),
    ('early next week', 'DATE', '2016-W46'),
    ('Election Day', 'DATE', '2016-11-08'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('March', 'DATE', '2016-03'),
    ('five hours', 'DURATION', 'PT5H'),
    ('late Tuesday', 'DATE|TIME', '2016-11-08|2016-11-08TNI'),
    ('Wednesday', 'DATE', '2016-11-09'),
    ('Thursday morning', 'DATE|TIME', '2016-11-10TMO'),
    ('Four years ago', 'DATE', '2012'),
    ('a week', 'DURATION', 'P1W'),
    ('January', 'DATE', '2016-01'),
    ('the final six weeks', 'DURATION', 'P6W'),
    ('Nov. 28', 'DATE', '2016-11-28'),
    ('Dec. 5', 'DATE', '2016-12-05'),
    ('December', 'DATE', '2016-12'),
    ('2006', 'DATE', '2006'),
    ('nearly three weeks', 'DURATION', 'P3W'),
    ('this week', 'DATE', '2016-W45'),
    ('Friday', 'DATE', '2016-11-11'),
]),

# 8. Reuters, product recall (2018)
('2018-02-06', 'auto', """Halvorsen recalls 410,000 space heaters over fire risk

CHICAGO (Reuters) - Home appliance maker Halvorsen Corp said on Tuesday it was recalling about 410,000 portable electric heaters sold in the United States and Canada since 2014 after receiving reports of dozens of fires, some of which damaged homes.

The recall, announced jointly with the U.S. Consumer Product Safety Commission, covers three models made in China between September 2014 and December 2017 and sold at major retailers for $40 to $90.

Halvorsen said it had received 112 reports of heaters overheating, including 38 fires and four minor burn injuries. No deaths have been reported. The company said it first learned of the problem last spring and had been investigating with the agency since August.

"The safety of our customers comes first," Chief Executive Paul Lindqvist said in a statement. "We are moving as fast as we can to get these units out of people's homes."

Consumers should stop using the heaters immediately and contact Halvorsen for a full refund or a free replacement, the CPSC said. Retailers have been asked to pull remaining stock from shelves by Friday, and the agency said it would post weekly updates on the number of units returned.

Shares of Halvorsen fell 3.2 percent to $27.41 on the New York Stock Exchange. The stock has lost about 18 percent over the past year.

The company estimated the recall would cost $25 million to $30 million, which it will record as a charge in the first quarter. It is due to report fourth-quarter results on Feb. 22.

It is the second major recall for Halvorsen in three years. In 2015, it recalled 1.2 million dehumidifiers, a recall that took more than 18 months to complete and led to a $4.5 million civil penalty last July.

Recalls of electric heaters have become more frequent in recent years as cheaper imported models flooded the market, according to Ronald Mears, a former CPSC official who now advises manufacturers.

"Ten years ago, a heater recall of this size would have been unusual," Mears said. "Now we see one every winter."

Halvorsen, based in suburban Schaumburg, Illinois, employs about 6,200 people and has sold heaters under its own brand since the 1960s.

(Reporting by Nick Alden in Chicago; Editing by Susan Hale)
""", [
    ('Tuesday', 'DATE', '2018-02-06'),
    ('2014', 'DATE', '2014'),
    ('September 2014', 'DATE', '2014-09'),
    ('December 2017', 'DATE', '2017-12'),
    ('last spring', 'DATE', '2017-SP'),
    ('August', 'DATE', '2017-08'),
    ('Friday', 'DATE', '2018-02-09'),
    ('weekly', 'SET', 'P1W'),
    ('the past year', 'DURATION', 'P1Y'),
    ('the first quarter', 'DATE', '2018-Q1'),
    ('fourth-quarter', 'DATE', '2017-Q4'),
    ('Feb. 22', 'DATE', '2018-02-22'),
    ('three years', 'DURATION', 'P3Y'),
    ('2015', 'DATE', '2015'),
    ('more than 18 months', 'DURATION', 'P18M'),
    ('last July', 'DATE', '2017-07'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Ten years ago', 'DATE', '2008'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('every winter', 'SET', 'XXXX-WI'),
    ('the 1960s', 'DATE', '196'),
]),

# 9. BBC, sports final (2019)
('2019-05-26', 'auto', """Harrowby Town 2-1 Castleford Rovers: Okafor strikes late to win FA Trophy

Substitute Daniel Okafor scored with almost the last kick of the game as Harrowby Town came from behind to beat Castleford Rovers and lift the FA Trophy for the first time at Wembley on Sunday.

Rovers went ahead after 23 minutes through Jamie Pritchard's header, but captain Lewis Marsh levelled early in the second half and Okafor, on the pitch for only nine minutes, turned in Sam Hale's cross to settle a tense final in front of 31,422 fans.

It completes a remarkable turnaround for Harrowby, who were bottom of the National League North in November and only secured their place in the division with three games to spare.

"Six months ago people were talking about relegation," said manager Gary Whitfield, who took charge in October. "Today we're walking out of Wembley with a trophy. I don't think it has sunk in yet."

Castleford, beaten finalists in 2016, had been favourites after finishing third in the National League. Their manager, Paul Stringer, said his side had "run out of legs" after playing four matches in the past 11 days.

"It's been a long, long season and we just didn't have enough at the end," Stringer said. "We'll have the summer to get over it, and we'll be back."

Harrowby's route to Wembley included a third-round replay in December and a semi-final win on penalties over Bromsgrove last month.

The club, formed in 1884, had reached Wembley only once before, losing the FA Vase final in 1998. Attendances at their Moorside ground have more than doubled since January.

Okafor, 20, joined on loan from a League Two club last summer and has scored nine goals in all competitions. "I've been waiting for a moment like this for years," he said.

Whitfield's side will parade the trophy through the town centre on Tuesday evening, with an open-top bus leaving the ground at 18:00.
""", [
    ('Sunday', 'DATE', '2019-05-26'),
    ('23 minutes', 'DURATION', 'PT23M'),
    ('nine minutes', 'DURATION', 'PT9M'),
    ('November', 'DATE', '2018-11'),
    ('Six months ago', 'DATE', '2018-11'),
    ('October', 'DATE', '2018-10'),
    ('Today', 'DATE', '2019-05-26'),
    ('2016', 'DATE', '2016'),
    ('the past 11 days', 'DURATION', 'P11D'),
    ('the summer', 'DATE', '2019-SU'),
    ('December', 'DATE', '2018-12'),
    ('last month', 'DATE', '2019-04'),
    ('1884', 'DATE', '1884'),
    ('1998', 'DATE', '1998'),
    ('January', 'DATE', '2019-01'),
    ('last summer', 'DATE', '2018-SU'),
    ('years', 'DURATION', 'PXY'),
    ('Tuesday evening', 'DATE|TIME', '2019-05-28TEV'),
    ('18:00', 'TIME', '2019-05-28T18:00'),
]),

# 10. Politico, court ruling (2017)
('2017-06-20', 'auto', """Appeals court tosses Labor Department pay-data rule

By MICHAEL TORRES

A federal appeals court on Tuesday struck down an Obama-era Labor Department rule that would have required large federal contractors to report employee pay data broken down by gender and race, handing the Trump administration a legal win on a regulation it had already stopped defending.

A three-judge panel of the 5th Circuit Court of Appeals ruled 2-1 that the department exceeded its authority under federal procurement law when it issued the rule in August 2016.

"Congress did not hand the executive branch a blank check," Judge Edith Carroll wrote for the majority in a 34-page opinion. Judge Samuel Ortiz dissented, arguing that the department had required similar reports from contractors since the 1970s.

The rule, which was scheduled to take effect Jan. 1, 2018, would have required companies with federal contracts worth more than $500,000 to submit the data twice a year and to certify their compliance annually. Contractors would also have had to disclose any pay discrimination findings from the past three years.

Business groups, led by the U.S. Chamber of Commerce, sued in September 2016, arguing that the requirements would cost employers more than $1.2 billion. A district judge in Texas blocked the rule last October.

The administration told the court in March that it was reviewing the rule and would not defend it, but a coalition of civil rights groups that intervened in the case last year asked the judges to rule on the merits anyway. The groups now have 45 days to seek a rehearing by the full court.

A Labor Department spokeswoman said Tuesday afternoon that the department was "reviewing the decision" and expected to formally withdraw the rule later this year.

"For eight years, we fought to give workers basic information about whether they are being paid fairly," said Rep. Carla Mendoza (D-Calif.). She said she would reintroduce legislation next month to write the requirements into law, though it has little chance in a Republican-controlled Congress.

The decision is the latest in a string of rulings this spring against regulations finalized late last year. In May, a district judge in Kansas vacated an Education Department rule on teacher-preparation programs, and earlier this month the D.C. Circuit sent back an Energy Department efficiency standard.

"We're now seeing the courts and the administration pulling in the same direction," said Karen Bright, a regulatory lawyer in Washington. "For business, that's a big change from where we were a year ago."

The Supreme Court, which is expected to finish its term next week, has not taken up any of the cases. The ruling takes effect June 27 unless the full court intervenes.
""", [
    ('Tuesday', 'DATE', '2017-06-20'),
    ('August 2016', 'DATE', '2016-08'),
    ('the 1970s', 'DATE', '197'),
    ('Jan. 1, 2018', 'DATE', '2018-01-01'),
    ('twice a year', 'SET', 'P1Y'),
    ('annually', 'SET', 'P1Y'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('September 2016', 'DATE', '2016-09'),
    ('last October', 'DATE', '2016-10'),
    ('March', 'DATE', '2017-03'),
    ('last year', 'DATE', '2016'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('45 days', 'DURATION', 'P45D'),
    ('Tuesday afternoon', 'DATE|TIME', '2017-06-20TAF'),
    ('later this year', 'DATE', '2017'),
    ('eight years', 'DURATION', 'P8Y'),
    ('next month', 'DATE', '2017-07'),
    ('this spring', 'DATE', '2017-SP'),
    ('late last year', 'DATE', '2016'),
    ('May', 'DATE', '2017-05'),
    ('earlier this month', 'DATE', '2017-06'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a year ago', 'DATE', '2016'),
    ('next week', 'DATE', '2017-W26'),
    ('June 27', 'DATE', '2017-06-27'),
]),

# 11. Local TV station website, hurricane (2020)
('2020-09-15', 'auto', """Hurricane Tobias strengthens; landfall expected early Wednesday

Posted: Sep 15, 2020

PENSACOLA, Fla. (WPMB) — Hurricane Tobias strengthened to a Category 2 storm Tuesday afternoon and is expected to make landfall between Pensacola and Mobile early Wednesday, bringing a storm surge of up to 9 feet and as much as 20 inches of rain, forecasters said.

As of the 4 p.m. advisory, the center of the storm was about 120 miles south of Pensacola and moving north at just 3 mph. The slow pace means parts of the coast could see hurricane-force winds for at least 12 hours.

Escambia County ordered mandatory evacuations for barrier islands and low-lying neighborhoods starting at 6 a.m. today, and a countywide curfew will run from 9 p.m. tonight until 6 a.m. Thursday.

"This is not a storm to ride out," said County Administrator Robert Haines. "If you live in an evacuation zone, you need to leave now."

Five shelters opened at noon today, including one at the Pensacola Bay Center. Pets are allowed at two of them.

Tobias formed in the Gulf of Mexico late last week and has intensified steadily since Sunday, fed by unusually warm water. It would be the first hurricane to make landfall in the Florida Panhandle since Hurricane Michael devastated Mexico Beach and Panama City two years ago.

Pensacola has not taken a direct hit from a major hurricane since Ivan in 2004. Longtime residents said the slow track reminded them of that storm. "We've been lucky the last few years," said Perdido Key resident Carol Dunn, who was boarding up her windows Tuesday morning. "I guess that luck ran out."

Schools in Escambia and Santa Rosa counties will be closed Wednesday and Thursday. District officials said they would decide by Thursday evening whether to reopen Friday.

Gulf Power said crews from 14 states were staged in Alabama and Georgia and warned that some customers could be without electricity for several days.

The National Hurricane Center issues a full advisory every six hours, with intermediate updates every three hours once a storm nears the coast. The Atlantic hurricane season, which runs through Nov. 30, has already produced 20 named storms this year.

WPMB will have live coverage beginning at 5 a.m. Wednesday on air and on our website.
""", [
    ('early Wednesday', 'DATE|TIME', '2020-09-16|2020-09-16TMO'),
    ('Sep 15, 2020', 'DATE', '2020-09-15'),
    ('Tuesday afternoon', 'DATE|TIME', '2020-09-15TAF'),
    ('early Wednesday', 'DATE|TIME', '2020-09-16|2020-09-16TMO'),
    ('4 p.m.', 'TIME', '2020-09-15T16:00'),
    ('at least 12 hours', 'DURATION', 'PT12H'),
    ('6 a.m. today', 'TIME', '2020-09-15T06:00'),
    ('9 p.m. tonight', 'TIME', '2020-09-15T21:00'),
    ('6 a.m. Thursday', 'TIME', '2020-09-17T06:00'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('noon today', 'TIME', '2020-09-15T12:00'),
    ('late last week', 'DATE', '2020-W37'),
    ('Sunday', 'DATE', '2020-09-13'),
    ('two years ago', 'DATE', '2018'),
    ('2004', 'DATE', '2004'),
    ('the last few years', 'DURATION', 'PXY'),
    ('Tuesday morning', 'DATE|TIME', '2020-09-15TMO'),
    ('Wednesday', 'DATE', '2020-09-16'),
    ('Thursday', 'DATE', '2020-09-17'),
    ('Thursday evening', 'DATE|TIME', '2020-09-17TEV'),
    ('Friday', 'DATE', '2020-09-18'),
    ('several days', 'DURATION', 'PXD'),
    ('every six hours', 'SET', 'PT6H'),
    ('every three hours', 'SET', 'PT3H'),
    ('Nov. 30', 'DATE', '2020-11-30'),
    ('this year', 'DATE', '2020'),
    ('5 a.m. Wednesday', 'TIME', '2020-09-16T05:00'),
]),

# 12. University news office, space launch (2015)
('2015-12-07', 'auto', """Student-built satellite on its way to space station

December 7, 2015

A shoebox-sized satellite designed and built by Northfield State University students over the past three years is on its way to the International Space Station after lifting off from Cape Canaveral Air Force Station, Florida, on Sunday at 4:44 p.m.

About 40 students and faculty members gathered in the Science Center atrium to watch a live stream of the launch, cheering as the rocket cleared the tower. Four members of the team watched in person from a NASA viewing site after driving down on Thursday.

The satellite, called NorthSat-1, is one of several small research satellites riding aboard a cargo capsule that is scheduled to reach the station early Wednesday. Astronauts will release it from the station's Japanese module in January, said project director Anita Rao, a professor of physics.

"Our students have spent thousands of hours on this," Rao said. "Some of them started on it as first-year students in 2012 and will graduate in May. Now they finally get to see it fly."

Once released, NorthSat-1 is expected to orbit Earth for about nine months, measuring how solar activity affects the upper atmosphere. It will pass over campus roughly twice a day, and students will collect its data through a ground station on the roof of Hadley Hall.

The project began in the fall of 2012 with a $180,000 grant from NASA's CubeSat Launch Initiative. The launch was originally scheduled for last spring but was pushed back after a rocket failure in June, and it slipped again last week because of high winds at the Cape.

Graduate student Marcus Webb, 27, who led the power-systems team, said the past few days had been nerve-racking. "We had three scrubs in three days," he said. "When it finally went, I think I stopped breathing for about eight minutes."

The team, which meets every Friday afternoon, will give a public presentation on the mission at 7 p.m. Thursday in Room 120 of the Science Center. The event is free and open to the public.

NorthSat-1 is the university's first satellite. A second, now in the design stage, is expected to fly in 2017, and Rao said the university hopes eventually to launch a new satellite every two years.
""", [
    ('December 7, 2015', 'DATE', '2015-12-07'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('Sunday at 4:44 p.m.', 'TIME', '2015-12-06T16:44'),
    ('Thursday', 'DATE', '2015-12-03'),
    ('early Wednesday', 'DATE|TIME', '2015-12-09|2015-12-09TMO'),
    ('January', 'DATE', '2016-01'),
    ('thousands of hours', 'DURATION', 'PTXH'),
    ('2012', 'DATE', '2012'),
    ('May', 'DATE', '2016-05'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('about nine months', 'DURATION', 'P9M'),
    ('twice a day', 'SET', 'P1D'),
    ('the fall of 2012', 'DATE', '2012-FA'),
    ('last spring', 'DATE', '2015-SP'),
    ('June', 'DATE', '2015-06'),
    ('last week', 'DATE', '2015-W49'),
    ('the past few days', 'DURATION', 'PXD'),
    ('three days', 'DURATION', 'P3D'),
    ('about eight minutes', 'DURATION', 'PT8M'),
    ('every Friday afternoon', 'SET', 'XXXX-WXX-5TAF'),
    ('7 p.m. Thursday', 'TIME', '2015-12-10T19:00'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2017', 'DATE', '2017'),
    ('every two years', 'SET', 'P2Y'),
]),
]
