# Gold TIMEX3 probe set 9: twelve invented news articles (1990-2026), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP wire, disaster (1990)
('1990-10-17', 'auto', """Floodwaters Recede in Missouri River Town; Long Cleanup Ahead

SALT FORK, Mo. (AP) -- Residents of this river town began hauling waterlogged furniture to the curb Wednesday as the Salt Fork River dropped below flood stage for the first time in nine days.

The river crested at 31.4 feet shortly after midnight Sunday, nearly 12 feet above flood stage, after storms that began late last week dumped more than 10 inches of rain on the region in three days.

"We've had high water before, but nothing like this since 1973," said Mayor Dale Kessler, who has lived in the town for 52 years. "The cleanup is going to take months, not weeks."

Gov. John Ashcroft toured the area Tuesday and said he would ask President Bush to declare three counties federal disaster areas. A decision is expected by the end of the month, federal officials said.

The Red Cross said Wednesday that about 340 families remained in shelters, down from nearly 900 on Monday night. Volunteers have served hot meals three times a day at the high school gym since Oct. 9.

At least four deaths have been blamed on the flooding, including a 67-year-old farmer whose pickup truck was swept off a county road early Saturday.

Forecasters said more rain was possible Friday, and officials warned that the levee protecting the town's south end, built in the 1950s, could fail if the river rose again. The Army Corps of Engineers said it would begin emergency repairs Thursday morning and keep crews on the levee for at least two weeks.

Merchants said the timing could hardly be worse. Many shops along Main Street depend on holiday shoppers, and several owners said they doubted they could reopen before Thanksgiving.

"We lost everything on the first floor," said Ruth Ann May, who has run a hardware store downtown for 23 years. "My father opened this place in 1948. I don't know if we'll come back from this one."

The National Weather Service said the past 30 days had been the wettest such stretch on record at the Quincy, Ill., gauge, where records date to the 1880s. River levels should continue to fall over the next several days, forecasters said.
""", [
    ('Wednesday', 'DATE', '1990-10-17'),
    ('nine days', 'DURATION', 'P9D'),
    ('midnight Sunday', 'TIME', '1990-10-14T00:00|1990-10-14T24:00'),
    ('late last week', 'DATE', '1990-W41'),
    ('three days', 'DURATION', 'P3D'),
    ('1973', 'DATE', '1973'),
    ('52 years', 'DURATION', 'P52Y'),
    ('months', 'DURATION', 'PXM'),
    ('weeks', 'DURATION', 'PXW'),
    ('Tuesday', 'DATE', '1990-10-16'),
    ('the end of the month', 'DATE', '1990-10'),
    ('Wednesday', 'DATE', '1990-10-17'),
    ('Monday night', 'DATE|TIME', '1990-10-15TNI'),
    ('three times a day', 'SET', 'P1D'),
    ('Oct. 9', 'DATE', '1990-10-09'),
    ('early Saturday', 'DATE', '1990-10-13'),
    ('Friday', 'DATE', '1990-10-19'),
    ('the 1950s', 'DATE', '195'),
    ('Thursday morning', 'DATE|TIME', '1990-10-18TMO'),
    ('two weeks', 'DURATION', 'P2W'),
    ('Thanksgiving', 'DATE', '1990-11-22'),
    ('23 years', 'DURATION', 'P23Y'),
    ('1948', 'DATE', '1948'),
    ('the past 30 days', 'DURATION', 'P30D'),
    ('the 1880s', 'DATE', '188'),
    ('the next several days', 'DURATION', 'PXD'),
]),

# 2. Reuters, earnings (1994)
('1994-11-03', 'auto', """Harwood Foods Profit Rises 14 Pct, Tops Forecasts

CHICAGO (Reuters) - Harwood Foods Inc, maker of Crestline soups and frozen dinners, said on Thursday that profit rose 14 percent in the quarter ended Sept. 30, the first period of its fiscal 1995, helped by strong sales of a new microwave line and lower packaging costs.

Net income rose to $48.2 million, or 61 cents a share, from $42.3 million, or 53 cents a share, a year earlier. Sales climbed 9 percent to $812 million.

Analysts had expected earnings of 58 cents a share, according to First Call. Harwood shares rose 1-3/8 to 34-1/4 on the New York Stock Exchange, their highest level since March.

"These are the best results in our history," Chairman Walter Brennan told analysts on a conference call Thursday morning. He said the company expected sales growth of 7 to 9 percent for the full fiscal year, which ends June 30.

Brennan said Harwood would close two older plants in Ohio by the end of next year as part of a three-year restructuring announced in April. The plan is expected to save about $40 million annually once completed in fiscal 1997.

The company also said its board on Wednesday declared a dividend of 18 cents a share, payable Dec. 1.

Harwood, founded in 1921, has struggled in recent years against cheaper store brands. Sales fell in fiscal 1992 and 1993 before recovering last year.

Brennan, who became chief executive 18 months ago, said the company would introduce 12 new products over the next six months, including a low-fat soup line to be tested in supermarkets this winter.

"Consumers may be cautious now, but they will trade up when the product is right," he said.

Shares of rival Consolidated Kitchens fell 1/2 on Thursday after the company warned last week that its fourth-quarter profit would fall short of forecasts.
""", [
    ('Thursday', 'DATE', '1994-11-03'),
    ('the quarter ended Sept. 30', 'DATE', '1994-Q3'),
    ('fiscal 1995', 'DATE', 'FY1995|1995'),
    ('a year earlier', 'DATE', '1993-Q3'),
    ('March', 'DATE', '1994-03'),
    ('Thursday morning', 'DATE|TIME', '1994-11-03TMO'),
    ('the full fiscal year', 'DATE', 'FY1995|1995'),
    ('June 30', 'DATE', '1995-06-30'),
    ('the end of next year', 'DATE', '1995'),
    ('three-year', 'DURATION', 'P3Y'),
    ('April', 'DATE', '1994-04'),
    ('annually', 'SET', 'P1Y'),
    ('fiscal 1997', 'DATE', 'FY1997|1997'),
    ('Wednesday', 'DATE', '1994-11-02'),
    ('Dec. 1', 'DATE', '1994-12-01'),
    ('1921', 'DATE', '1921'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('fiscal 1992', 'DATE', 'FY1992|1992'),
    ('1993', 'DATE', 'FY1993|1993'),
    ('last year', 'DATE', '1993|FY1994'),
    ('18 months ago', 'DATE', '1993-05'),
    ('the next six months', 'DURATION', 'P6M'),
    ('this winter', 'DATE', '1994-WI'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Thursday', 'DATE', '1994-11-03'),
    ('last week', 'DATE', '1994-W43'),
    ('fourth-quarter', 'DATE', '1994-Q4'),
]),

# 3. AP wire, Congress (1996)
('1996-03-20', 'auto', """Senate Panel Backs Deadline for Replacing Aging Jet Wiring

WASHINGTON (AP) -- A Senate committee voted 14-5 Wednesday to require airlines to replace aging wiring in older jets, including early models of the 747, within five years.

The measure, sponsored by Sen. Harold Brandt, R-Kan., now goes to the full Senate, where Majority Leader Bob Dole has said a vote could come before Easter. The House passed a similar bill last month, and supporters hope to send a final version to President Clinton by Memorial Day.

Brandt called Wednesday's vote "long overdue." Federal investigators have linked wiring failures to at least three accidents since 1989, including a cargo plane crash in Alaska nearly two years ago that killed both pilots.

The Federal Aviation Administration has resisted a firm deadline, arguing that inspections every 18 months are sufficient. FAA Administrator David Hinson told the committee on Tuesday that the agency would issue its own rules "in the coming months."

Committee members were unimpressed. "We heard the same promise in 1993, and again a year later," said Sen. Patricia Owens, D-Ore. "We are not going to wait until the next century."

The Air Transport Association, which represents major carriers, estimated the rewiring would cost $1.2 billion over a decade and keep some planes out of service for up to three weeks each. The group said it would lobby against the bill when it reaches the floor, possibly as early as next Tuesday.

Under the bill, carriers would have to submit compliance plans by Jan. 1, 1997, and the FAA would report to Congress twice a year on their progress.

The committee also approved, by voice vote, a measure restoring the FAA's authority to collect airline ticket taxes through the end of fiscal 1996. The taxes lapsed on Dec. 31, and critics said airlines have been pocketing roughly $16 million a day by keeping fares unchanged.

Wednesday's session ran until shortly after 9 p.m., more than six hours after it began.
""", [
    ('Wednesday', 'DATE', '1996-03-20'),
    ('five years', 'DURATION', 'P5Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Easter', 'DATE', '1996-04-07'),
    ('last month', 'DATE', '1996-02'),
    ('Memorial Day', 'DATE', '1996-05-27'),
    ('Wednesday', 'DATE', '1996-03-20'),
    ('1989', 'DATE', '1989'),
    ('nearly two years ago', 'DATE', '1994'),
    ('every 18 months', 'SET', 'P18M'),
    ('Tuesday', 'DATE', '1996-03-19'),
    ('the coming months', 'DATE|DURATION', 'FUTURE_REF|PXM'),
    ('1993', 'DATE', '1993'),
    ('a year later', 'DATE', '1994'),
    ('the next century', 'DATE', '20'),
    ('a decade', 'DURATION', 'P10Y'),
    ('three weeks', 'DURATION', 'P3W'),
    ('next Tuesday', 'DATE', '1996-03-26'),
    ('Jan. 1, 1997', 'DATE', '1997-01-01'),
    ('twice a year', 'SET', 'P1Y'),
    ('fiscal 1996', 'DATE', 'FY1996|1996'),
    ('Dec. 31', 'DATE', '1995-12-31'),
    ('a day', 'SET', 'P1D'),
    ('Wednesday', 'DATE', '1996-03-20'),
    ('9 p.m.', 'TIME', '1996-03-20T21:00'),
    ('six hours', 'DURATION', 'PT6H'),
]),

# 4. British news (Guardian/BBC style, 1997)
('1997-06-24', 'auto', """Junior doctors threaten walkout over rota changes

Junior doctors in England could strike for 48 hours next month unless ministers drop plans to change emergency rotas, the British Medical Association warned on Tuesday.

The union said members would march on Downing Street on Saturday before holding a ballot over the following fortnight, with a result expected by 18 July.

The dispute centres on proposals, first reported by the Sunday Times in April, that would require doctors in training to cover more emergency rotas from next spring. The Department of Health says the change is needed to cut waiting lists, which have grown for 18 consecutive months.

Dr Helen Marsh, who chairs the BMA's junior doctors committee, told Channel 4 News on Monday evening that morale was "the lowest I have seen in 20 years of practice".

"Many of my colleagues already work twelve-hour shifts. We warned ministers in the spring, and again earlier this month, and nobody listened," she said.

The new Health Secretary, Frank Dobson, who took office in May after Labour's landslide election victory, said he would meet union leaders on Thursday. His spokesman said the government remained committed to a 10-year plan for the NHS, to be published in the autumn.

The last national industrial action by junior doctors took place in the mid-1970s, when thousands worked to rule in a dispute over overtime pay.

Hospital managers warned that a walkout during the summer would force the cancellation of thousands of routine operations. The NHS Confederation said trusts had been told to draw up contingency plans by the end of the week.

Pressure on hospitals has been building since the winter, when a flu outbreak left several units in the North West unable to admit patients for several days.

The meeting is due to begin at 14:00 at the department's offices in Whitehall. Union officials said they would brief members by telephone afterwards.
""", [
    ('48 hours', 'DURATION', 'PT48H'),
    ('next month', 'DATE', '1997-07'),
    ('Tuesday', 'DATE', '1997-06-24'),
    ('Saturday', 'DATE', '1997-06-28'),
    ('the following fortnight', 'DURATION', 'P2W'),
    ('18 July', 'DATE', '1997-07-18'),
    ('April', 'DATE', '1997-04'),
    ('next spring', 'DATE', '1998-SP'),
    ('18 consecutive months', 'DURATION', 'P18M'),
    ('Monday evening', 'DATE|TIME', '1997-06-23TEV'),
    ('20 years', 'DURATION', 'P20Y'),
    ('twelve-hour', 'DURATION', 'PT12H'),
    ('the spring', 'DATE', '1997-SP'),
    ('earlier this month', 'DATE', '1997-06'),
    ('May', 'DATE', '1997-05'),
    ('Thursday', 'DATE', '1997-06-26'),
    ('10-year', 'DURATION', 'P10Y'),
    ('the autumn', 'DATE', '1997-FA'),
    ('the mid-1970s', 'DATE', '197'),
    ('the summer', 'DATE', '1997-SU'),
    ('the end of the week', 'DATE', '1997-W26'),
    ('the winter', 'DATE', '1996-WI|1997-WI'),
    ('several days', 'DURATION', 'PXD'),
    ('14:00', 'TIME', '1997-06-26T14:00'),
]),

# 5. AP wire, courts (1999)
('1999-09-08', 'auto', """Jury Convicts Former Mayor in Bribery Case

NEWARK, N.J. (AP) -- A federal jury on Wednesday convicted former Bayview Mayor Anthony Russo of taking nearly $300,000 in bribes from contractors during his two terms in office, ending a trial that lasted seven weeks.

The jury of seven women and five men deliberated for about 11 hours over three days before returning its verdict at 3:45 p.m. Russo, 58, showed no emotion as the verdict was read.

U.S. District Judge Mary Ellen Costa set sentencing for Dec. 10. Russo faces up to 20 years in prison on the most serious count, though under federal guidelines he is likely to receive far less.

Prosecutors said the scheme began in 1991, shortly after Russo took office, and continued until his arrest in February 1998. Contractors seeking city work were told to deliver cash to a campaign aide every Friday, according to testimony.

The government's key witness, former aide Louis May, testified last month that he had handed Russo envelopes of cash in the parking lot of a 7-Eleven on Route 9 at least 40 times. May pleaded guilty a year ago and is awaiting sentencing.

Defense attorney Robert Klein said Wednesday night that he would appeal. "We believe the judge made serious errors in what she allowed the jury to hear," he said. Klein had argued that May was lying to win a lighter sentence.

Russo, who served on the City Council through most of the 1980s before being elected mayor, remained popular with many residents. Hundreds of supporters packed the courthouse Tuesday for closing arguments.

The verdict came six days before the city's primary election, in which Russo's former chief of staff is running for the job Russo gave up when he resigned in the spring of 1998.

The FBI investigation, which began in late 1996, has led to charges against 11 people. Federal prosecutors said Wednesday that more indictments could follow in the coming weeks.

Russo remains free on bail until the Dec. 10 hearing.
""", [
    ('Wednesday', 'DATE', '1999-09-08'),
    ('seven weeks', 'DURATION', 'P7W'),
    ('11 hours', 'DURATION', 'PT11H'),
    ('three days', 'DURATION', 'P3D'),
    ('3:45 p.m.', 'TIME', '1999-09-08T15:45'),
    ('Dec. 10', 'DATE', '1999-12-10'),
    ('20 years', 'DURATION', 'P20Y'),
    ('1991', 'DATE', '1991'),
    ('February 1998', 'DATE', '1998-02'),
    ('every Friday', 'SET', 'XXXX-WXX-5'),
    ('last month', 'DATE', '1999-08'),
    ('a year ago', 'DATE', '1998'),
    ('Wednesday night', 'DATE|TIME', '1999-09-08TNI'),
    ('the 1980s', 'DATE', '198'),
    ('Tuesday', 'DATE', '1999-09-07'),
    ('six days', 'DURATION|DATE', 'P6D|1999-09-14'),
    ('the spring of 1998', 'DATE', '1998-SP'),
    ('late 1996', 'DATE', '1996'),
    ('Wednesday', 'DATE', '1999-09-08'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
    ('Dec. 10', 'DATE', '1999-12-10'),
]),

# 6. Australian local news (2003)
('2003-04-22', 'auto', """Lost bushwalker found alive after four nights in Blue Mountains

KATOOMBA: A Sydney bushwalker missing in the Blue Mountains since Good Friday was found alive yesterday, cold and hungry but otherwise unhurt, after four nights in dense bush.

Daniel Pryor, 34, was spotted by a police helicopter crew at about 10.15am on Easter Monday near the Grose River, roughly 8km from where he had set off on a short walk on Friday morning.

He was flown to Blue Mountains District Hospital and was expected to be released today.

"I just kept telling myself that someone would come," Mr Pryor told reporters from his hospital bed last night. He said he had rationed a single muesli bar and drunk creek water for the past three days.

More than 60 State Emergency Service volunteers, police and National Parks rangers had combed the area since Saturday, when his car was found at the Evans Lookout car park.

Inspector Greg Hollis said the search had been hampered by temperatures that dropped to 2 degrees on Sunday night. "Another 24 hours and we may have been looking at a very different outcome," he said.

It was the third major search in the area this year. In January, a British tourist spent two nights lost near the Grand Canyon track before walking out on her own.

Rangers urged walkers to register their plans with police and carry a personal locator beacon, which can be borrowed free from Katoomba police station. Since the loan scheme began in 2001, beacons have helped locate 14 walkers, Inspector Hollis said.

Mr Pryor's mother, Margaret, said the family planned a quiet lunch together on Anzac Day.

"We've had the worst Easter of our lives and now the best," she said.

National Parks will review signage along the track over the coming months, and a report is due to the Environment Minister by the end of June.
""", [
    ('four nights', 'DURATION', 'P4D|P4TNI'),
    ('Good Friday', 'DATE', '2003-04-18'),
    ('yesterday', 'DATE', '2003-04-21'),
    ('four nights', 'DURATION', 'P4D|P4TNI'),
    ('10.15am', 'TIME', '2003-04-21T10:15'),
    ('Easter Monday', 'DATE', '2003-04-21'),
    ('Friday morning', 'DATE|TIME', '2003-04-18TMO'),
    ('today', 'DATE', '2003-04-22'),
    ('last night', 'DATE|TIME', '2003-04-21TNI'),
    ('the past three days', 'DURATION', 'P3D'),
    ('Saturday', 'DATE', '2003-04-19'),
    ('Sunday night', 'DATE|TIME', '2003-04-20TNI'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('this year', 'DATE', '2003'),
    ('January', 'DATE', '2003-01'),
    ('two nights', 'DURATION', 'P2D|P2TNI'),
    ('2001', 'DATE', '2001'),
    ('Anzac Day', 'DATE', '2003-04-25'),
    ('Easter', 'DATE', '2003-04-20'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the coming months', 'DATE|DURATION', 'FUTURE_REF|PXM'),
    ('the end of June', 'DATE', '2003-06'),
]),

# 7. Science story (British, 2007)
('2007-03-15', 'auto', """Tiny warbler crosses the Atlantic in a single nonstop flight, study finds

Published 15 March 2007

A songbird weighing less than a 20p coin flies nonstop for up to three days over the western Atlantic each autumn, according to research published on Wednesday in the journal Biology Letters.

Scientists fitted 40 blackpoll warblers with tiny light-sensitive geolocators in Nova Scotia in the summer of 2005 and recaptured five of them the following year. The data showed that the birds left the coast between late September and mid-October and covered roughly 2,500km before landing in the Caribbean, a journey that took as long as 73 hours.

"People have suspected this since the 1960s, when radar first picked up huge flocks heading out to sea, but nobody could prove it," said Dr Anna Whitfield of the University of Exeter, who led the study. "Now we have the data."

The birds almost double their body weight in the three weeks before departure by gorging on insects, then burn nearly all of that fat during the crossing.

The findings add to evidence that small birds are capable of far longer flights than was thought a decade ago. Last year, a separate team reported that bar-tailed godwits can fly from Alaska to New Zealand in about nine days.

Populations of the blackpoll warbler have fallen by roughly 90% since 1970, according to North American breeding bird surveys, and researchers hope the tracking data will show where the birds are most at risk.

The team plans to tag 200 more birds this summer and will publish results from the northbound journey, which follows an overland route, early next year. Smaller tags, weighing half a gram, are expected to be available within two years.

Dr Whitfield will present the findings at a conference in Lisbon on 2 April. The study was funded by the Natural Environment Research Council over three years.
""", [
    ('15 March 2007', 'DATE', '2007-03-15'),
    ('three days', 'DURATION', 'P3D'),
    ('each autumn', 'SET', 'XXXX-FA'),
    ('Wednesday', 'DATE', '2007-03-14'),
    ('the summer of 2005', 'DATE', '2005-SU'),
    ('the following year', 'DATE', '2006'),
    ('late September', 'DATE', '2005-09'),
    ('mid-October', 'DATE', '2005-10'),
    ('73 hours', 'DURATION', 'PT73H'),
    ('the 1960s', 'DATE', '196'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('three weeks', 'DURATION', 'P3W'),
    ('a decade ago', 'DATE', '1997'),
    ('Last year', 'DATE', '2006'),
    ('nine days', 'DURATION', 'P9D'),
    ('1970', 'DATE', '1970'),
    ('this summer', 'DATE', '2007-SU'),
    ('early next year', 'DATE', '2008'),
    ('two years', 'DURATION', 'P2Y'),
    ('2 April', 'DATE', '2007-04-02'),
    ('three years', 'DURATION', 'P3Y'),
]),

# 8. NYT-style sports (2011)
('2011-11-28', 'auto', """Midland State Dismisses Football Coach After 3-9 Season

Midland State University fired its football coach, Rick Hollander, on Sunday, a day after the Wolverines finished a 3-9 season with a 38-10 loss to their in-state rival over Thanksgiving weekend.

Hollander, who was hired in December 2006 and signed a five-year contract extension only 14 months ago, went 31-42 during his tenure. The university will owe him about $4.5 million, the athletic director, Karen Doyle, said at a news conference Sunday afternoon.

"This was not a decision we made lightly, and it was not made last night," Doyle said. "We've been evaluating the program since the end of last year."

The Wolverines won three of their first four games but then lost eight straight after their quarterback, Jalen Pierce, broke his collarbone in early October. Attendance at Founders Stadium averaged 41,000, the lowest since 1994.

Doyle said a search committee would meet for the first time on Tuesday and that she hoped to name a new coach before Christmas. The offensive coordinator, Mike Larkin, will serve as interim coach and lead recruiting for the next three weeks.

The dismissal extends a turbulent stretch for the program, which has had four head coaches since the late 1990s. Hollander's predecessor, Don Weller, was fired in 2006 after an investigation into recruiting violations.

Players were told of the decision at a team meeting shortly after 8 a.m. Sunday. Several said Monday that they had expected the move. "You could feel it coming the last few weeks," said Tyrell Moss, a senior linebacker.

Hollander did not return calls on Sunday night. In a statement released through his agent, he thanked fans and said he was proud of the 2009 team, which won nine games and played in a bowl game on New Year's Eve.

The Wolverines open the 2012 schedule on Sept. 1 against Northern Colorado. Season-ticket renewals are due by Jan. 15, and Doyle acknowledged that sales had already slipped this fall.
""", [
    ('Sunday', 'DATE', '2011-11-27'),
    ('a day', 'DURATION|DATE', 'P1D|2011-11-26'),
    ('Thanksgiving weekend', 'DATE', '2011-W47-WE'),
    ('December 2006', 'DATE', '2006-12'),
    ('five-year', 'DURATION', 'P5Y'),
    ('14 months ago', 'DATE', '2010-09'),
    ('Sunday afternoon', 'DATE|TIME', '2011-11-27TAF'),
    ('last night', 'DATE|TIME', '2011-11-26TNI'),
    ('the end of last year', 'DATE', '2010'),
    ('early October', 'DATE', '2011-10'),
    ('1994', 'DATE', '1994'),
    ('Tuesday', 'DATE', '2011-11-29'),
    ('Christmas', 'DATE', '2011-12-25'),
    ('the next three weeks', 'DURATION', 'P3W'),
    ('the late 1990s', 'DATE', '199'),
    ('2006', 'DATE', '2006'),
    ('8 a.m. Sunday', 'TIME', '2011-11-27T08:00'),
    ('Monday', 'DATE', '2011-11-28'),
    ('the last few weeks', 'DURATION|DATE', 'PXW|PAST_REF'),
    ('Sunday night', 'DATE|TIME', '2011-11-27TNI'),
    ('2009', 'DATE', '2009'),
    ("New Year's Eve", 'DATE', '2009-12-31'),
    ('2012', 'DATE', '2012'),
    ('Sept. 1', 'DATE', '2012-09-01'),
    ('Jan. 15', 'DATE', '2012-01-15'),
    ('this fall', 'DATE', '2011-FA'),
]),

# 9. Profile with background history (British feature, 2014)
('2014-07-09', 'auto', """The woman who keeps the town clock ticking

For 38 years, Margaret Cole has climbed the 112 steps of St Aldhelm's tower every Monday morning to wind the parish clock by hand. At 74, she has no intention of stopping.

The clock was installed in 1868 by a Derby firm at a cost of £230, raised by public subscription, and for the rest of the 19th century it was wound daily by the church sexton. A mechanism that needed winding only once a week was fitted in the 1920s, and by the time Mrs Cole took over from her father in 1976 the job had become a family tradition.

Her father, Albert Hayes, had taught her the routine as a girl in the 1950s: half an hour of cranking, a check against the BBC time signal, and a few drops of oil twice a year.

"He used to say the clock was never wrong, only the rest of the town," she says, laughing.

In 1986 the parish council considered replacing the movement with an electric motor, and it did so again in the mid-90s, when a survey found rot in the tower's timber frame. Both times Mrs Cole led a campaign to keep the clock as it was. The repairs took nearly two years, and the clock was silent from May 1995 until the following spring.

Automatic winding is now standard on most church clocks, and the diocese expects the last hand-wound examples in the county to be converted within a decade. St Aldhelm's will not be among them, the vicar insists.

Last month the council signed a five-year maintenance contract with a specialist firm, which will inspect the movement annually. Mrs Cole says she is relieved. "Somebody will have to take over eventually," she says.

Her granddaughter, May, has recently started joining her on Saturdays. On Monday, she wound the clock herself for the first time, under close supervision.

The clock will mark its 150th anniversary in 2018, and the parish has already begun raising money for a celebration that summer.
""", [
    ('38 years', 'DURATION', 'P38Y'),
    ('every Monday morning', 'SET', 'XXXX-WXX-1TMO'),
    ('1868', 'DATE', '1868'),
    ('the 19th century', 'DATE', '18'),
    ('daily', 'SET', 'P1D'),
    ('once a week', 'SET', 'P1W'),
    ('the 1920s', 'DATE', '192'),
    ('1976', 'DATE', '1976'),
    ('the 1950s', 'DATE', '195'),
    ('half an hour', 'DURATION', 'PT30M'),
    ('twice a year', 'SET', 'P1Y'),
    ('1986', 'DATE', '1986'),
    ('the mid-90s', 'DATE', '199'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('May 1995', 'DATE', '1995-05'),
    ('the following spring', 'DATE', '1996-SP'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a decade', 'DURATION', 'P10Y'),
    ('Last month', 'DATE', '2014-06'),
    ('five-year', 'DURATION', 'P5Y'),
    ('annually', 'SET', 'P1Y'),
    ('recently', 'DATE', 'PAST_REF'),
    ('Saturdays', 'SET', 'XXXX-WXX-6'),
    ('Monday', 'DATE', '2014-07-07'),
    ('2018', 'DATE', '2018'),
    ('that summer', 'DATE', '2018-SU'),
]),

# 10. Tech blog post (2018)
('2018-05-16', 'auto', """Sunsetting the v1 API: what you need to know

Published May 16, 2018

Today we're announcing the retirement of the Tandem v1 API, which has powered our integrations since we launched in the fall of 2012. If you still call v1 endpoints, you have until November 30 to move to v2. After that, v1 requests will return an error.

Why now? v2 has been generally available for nearly three years, and over the past 12 months it handled more than 97% of API traffic. Keeping two versions alive eats into our small platform team's time every week, and v1's token scheme won't meet the security requirements we need ahead of the EU's GDPR taking effect on May 25.

Here's the schedule:

- Starting Monday, May 21, v1 responses will include a deprecation header.
- From June 1, we'll email account owners whose keys made v1 calls in the previous 30 days.
- On September 4 we'll run a four-hour "brownout", returning errors for all v1 calls from 16:00 to 20:00 UTC, so you can catch anything you missed.
- v1 shuts down for good on November 30 at 23:59 UTC.

We know migrations are no fun. Most customers we've helped in recent weeks finished in under two days, and our migration guide was updated this week with examples for Python, Ruby and Node.

You may need more time, for example because of a code freeze. If so, email us before the end of the summer and we'll work something out. We'd much rather hear from you in August than on November 29.

We'll host open office hours every Thursday morning (Pacific) until the shutdown. The first session is tomorrow.

Thanks for building with us.

-- Priya, API team
""", [
    ('May 16, 2018', 'DATE', '2018-05-16'),
    ('Today', 'DATE', '2018-05-16'),
    ('the fall of 2012', 'DATE', '2012-FA'),
    ('November 30', 'DATE', '2018-11-30'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('nearly three years', 'DURATION', 'P3Y'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('every week', 'SET', 'P1W'),
    ('May 25', 'DATE', '2018-05-25'),
    ('Monday, May 21', 'DATE', '2018-05-21'),
    ('June 1', 'DATE', '2018-06-01'),
    ('the previous 30 days', 'DURATION', 'P30D'),
    ('September 4', 'DATE', '2018-09-04'),
    ('four-hour', 'DURATION', 'PT4H'),
    ('16:00', 'TIME', '2018-09-04T16:00'),
    ('20:00 UTC', 'TIME', '2018-09-04T20:00'),
    ('November 30', 'DATE', '2018-11-30'),
    ('23:59 UTC', 'TIME', '2018-11-30T23:59'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('two days', 'DURATION', 'P2D'),
    ('this week', 'DATE', '2018-W20'),
    ('the end of the summer', 'DATE', '2018-SU'),
    ('August', 'DATE', '2018-08'),
    ('November 29', 'DATE', '2018-11-29'),
    ('every Thursday morning', 'SET', 'XXXX-WXX-4TMO'),
    ('tomorrow', 'DATE', '2018-05-17'),
]),

# 11. AP wire, election (2022)
('2022-11-09', 'auto', """Challenger Ousts Port Ellis Mayor in Race Dominated by Housing

PORT ELLIS, Wash. (AP) -- Mayor Diane Castillo conceded defeat Wednesday afternoon after late-counted ballots widened challenger Marcus Webb's lead to more than 3,000 votes, ending a bitter campaign dominated by housing costs and the city's recovery from the COVID-19 pandemic.

Webb, a 41-year-old former City Council member, led 52% to 47% with roughly 85% of ballots counted as of 11 a.m. Wednesday, according to the county elections office. Washington votes by mail, and ballots postmarked by Election Day can arrive up to a week later, so results will not be certified until Nov. 29.

"The voters have spoken, and I called Marcus this morning to congratulate him," Castillo told supporters at City Hall. She said she would work with his team over the next seven weeks to ensure a smooth transition before he is sworn in Jan. 1.

Castillo, first elected in 2013, won reelection twice by wide margins. But her support eroded after she backed a property tax increase last year and a homeless shelter proposal that drew weeks of protests this summer.

Webb was endorsed in September by several unions, including SEIU Local 1199, and outraised Castillo over the final three months of the race.

Turnout appeared headed for about 58%, well above the 2018 midterms but short of the record set in November 2020, county officials said.

Elsewhere in the county, a school levy was narrowly passing early Wednesday, while two state Senate races remained too close to call Wednesday night.

Webb has promised to declare a housing emergency during his first 100 days in office and to hire 60 more police officers by 2024. He told supporters Tuesday night that he would name a chief of staff in the coming weeks.
""", [
    ('Wednesday afternoon', 'DATE|TIME', '2022-11-09TAF'),
    ('11 a.m. Wednesday', 'TIME', '2022-11-09T11:00'),
    ('Election Day', 'DATE', '2022-11-08'),
    ('a week later', 'DATE|DURATION', '2022-11-15|P1W'),
    ('Nov. 29', 'DATE', '2022-11-29'),
    ('this morning', 'DATE|TIME', '2022-11-09TMO'),
    ('the next seven weeks', 'DURATION', 'P7W'),
    ('Jan. 1', 'DATE', '2023-01-01'),
    ('2013', 'DATE', '2013'),
    ('last year', 'DATE', '2021'),
    ('weeks', 'DURATION', 'PXW'),
    ('this summer', 'DATE', '2022-SU'),
    ('September', 'DATE', '2022-09'),
    ('the final three months', 'DURATION', 'P3M'),
    ('2018', 'DATE', '2018'),
    ('November 2020', 'DATE', '2020-11'),
    ('early Wednesday', 'DATE', '2022-11-09'),
    ('Wednesday night', 'DATE|TIME', '2022-11-09TNI'),
    ('100 days', 'DURATION', 'P100D'),
    ('2024', 'DATE', '2024'),
    ('Tuesday night', 'DATE|TIME', '2022-11-08TNI'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
]),

# 12. Explainer with a dated timeline (British, 2026)
('2026-01-14', 'auto', """Explainer: Why Nato allies are arguing about money again

Published 14 January 2026

Defence ministers from Nato's 32 member states meet in Brussels next month, with spending once again at the top of the agenda. Here is how the alliance got here.

What is the target?
Since 2014, members have been expected to spend at least 2% of GDP on defence. At their summit in The Hague last June, leaders agreed a far steeper goal: 5% by 2035, of which 1.5 percentage points can go on related infrastructure and resilience.

Why does it matter?
Supporters say higher spending makes Article 5, the treaty's mutual defence clause, more credible. Critics argue that the new target is unrealistic for countries whose budgets are still recovering from the pandemic and the energy shock of 2022.

A short timeline
- 4 April 1949: The North Atlantic Treaty is signed in Washington by 12 countries.
- 12 September 2001: Article 5 is invoked for the first and only time, in response to the attacks on New York and Washington the previous day.
- September 2014: At the Wales summit, months after Russia's annexation of Crimea, allies pledge to move towards 2% within a decade.
- February 2022: Russia launches its full-scale invasion of Ukraine. Finland and Sweden apply to join three months later.
- April 2023: Finland becomes the 31st member; Sweden follows in March 2024.
- June 2025: Leaders back the 5% goal at The Hague.

What happens now?
Ministers will review the national plans that each government must submit every year when they gather on 12 February, and a joint press conference is scheduled for 14:00 GMT. Several countries, including Spain, have said they may not reach even the interim milestones over the next five years.

Diplomats expect tense exchanges in the coming weeks ahead of the leaders' summit in Turkey in July. The UK currently spends about 2.3% of GDP on defence and has committed to reaching 2.5% by 2027.
""", [
    ('14 January 2026', 'DATE', '2026-01-14'),
    ('next month', 'DATE', '2026-02'),
    ('2014', 'DATE', '2014'),
    ('last June', 'DATE', '2025-06'),
    ('2035', 'DATE', '2035'),
    ('2022', 'DATE', '2022'),
    ('4 April 1949', 'DATE', '1949-04-04'),
    ('12 September 2001', 'DATE', '2001-09-12'),
    ('the previous day', 'DATE', '2001-09-11'),
    ('September 2014', 'DATE', '2014-09'),
    ('months', 'DURATION', 'PXM'),
    ('a decade', 'DURATION', 'P10Y'),
    ('February 2022', 'DATE', '2022-02'),
    ('three months later', 'DATE|DURATION', '2022-05|P3M'),
    ('April 2023', 'DATE', '2023-04'),
    ('March 2024', 'DATE', '2024-03'),
    ('June 2025', 'DATE', '2025-06'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every year', 'SET', 'P1Y'),
    ('12 February', 'DATE', '2026-02-12'),
    ('14:00 GMT', 'TIME', '2026-02-12T14:00'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
    ('July', 'DATE', '2026-07'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('2027', 'DATE', '2027'),
]),
]
