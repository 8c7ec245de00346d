# Gold TIMEX3 probe set 27: twelve news articles of 2002-2023 in the styles of AP, Reuters, AFP, the Associated Press state wires, the BBC, the Guardian and the Los Angeles Times, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. BBC News Online, health (2002)
('2002-11-20', 'auto', """Flu jab deadline extended in Wales

Health officials in Wales have extended the deadline for this winter's flu vaccination campaign after figures showed fewer than half of people aged over 65 had been immunised.

GPs had been asked to finish the programme by the end of November, but the Welsh Assembly Government said on Tuesday that surgeries could now carry on giving jabs until mid-December.

Figures up to last Friday show uptake of 46% among the over-65s, compared with 58% at the same point last year.

Wales's chief medical officer said it was "not too late" to be protected. "It takes about two weeks for the vaccine to work, and we do not expect flu cases to peak until January, so there is still time," she said.

The British Medical Association in Wales said GPs had been hampered by delays to vaccine deliveries in October, when one manufacturer held back several batches for extra testing.

"Some practices had to cancel clinics for several days because the vaccine simply wasn't there," a spokesman said. "Patients were turned away and many of them have not come back."

Officials fear complacency after last winter, one of the mildest flu seasons for a decade. Three winters ago, an outbreak put severe pressure on hospitals across Wales, and some cancelled routine operations for weeks.

The jab is offered free every autumn to everyone aged 65 and over and to people with chronic conditions such as asthma, diabetes and heart disease. Health boards are paid a fee for each patient immunised, and practices that reach 70% uptake receive an extra payment.

Pharmacies in Cardiff and Swansea will open walk-in clinics on Saturday mornings from this weekend, and a television advert urging older people to "beat the bug before Christmas" will be shown for the first time tonight.

The Assembly's health and social services committee will review the figures on 4 December.
""", [
    ('this winter', 'DATE', '2002-WI'),
    ('the end of November', 'DATE', '2002-11'),
    ('Tuesday', 'DATE', '2002-11-19'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('mid-December', 'DATE', '2002-12'),
    ('last Friday', 'DATE', '2002-11-15'),
    ('last year', 'DATE', '2001'),
    ('about two weeks', 'DURATION', 'P2W'),
    ('January', 'DATE', '2003-01'),
    ('October', 'DATE', '2002-10'),
    ('several days', 'DURATION', 'PXD'),
    ('last winter', 'DATE', '2001-WI|2002-WI'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('Three winters ago', 'DATE', '1999-WI|2000-WI'),
    ('weeks', 'DURATION', 'PXW'),
    ('every autumn', 'SET', 'XXXX-FA'),
    ('Saturday mornings', 'SET', 'XXXX-WXX-6TMO'),
    ('this weekend', 'DATE', '2002-W47-WE'),
    ('Christmas', 'DATE', '2002-12-25'),
    ('tonight', 'DATE|TIME', '2002-11-20TNI'),
    ('4 December', 'DATE', '2002-12-04'),
]),

# 2. AP, courts (2004)
('2004-06-17', 'auto', """Former Connecticut pension official convicted in kickback scheme

HARTFORD, Conn. (AP) — A federal jury on Thursday convicted a former deputy state treasurer of steering $220 million in pension investments to firms that paid him kickbacks, ending a five-week trial that exposed how the state's retirement fund was run in the late 1990s.

Raymond Kessler, 58, was found guilty on 11 of 14 counts, including racketeering and mail fraud. He faces up to 20 years in prison on the most serious charge. U.S. District Judge Ellen Marsh set sentencing for Sept. 10.

Jurors deliberated for about nine hours over two days before returning the verdict at about 2:15 p.m. Kessler showed little reaction as the verdicts were read. His wife, seated in the second row, wept quietly.

"This was a betrayal of every teacher, firefighter and state worker who counts on that fund," U.S. Attorney Sharon Lindqvist said outside the courthouse. "The jury saw through it."

Prosecutors said Kessler, who oversaw investments for the $21 billion fund from 1995 to 1999, accepted cash, a sailboat and the use of a ski condominium in Vermont in exchange for directing money to three private equity firms. Two executives from those firms pleaded guilty last year and testified against him.

Defense attorney Michael Barone said he would appeal. He argued during the trial that the gifts were favors among longtime friends and had no bearing on decisions made by an investment committee.

"We respect the jury's work, but we believe the evidence simply wasn't there," Barone said Thursday evening. He said his client would remain free on bond until sentencing.

The case grew out of an investigation that began nearly four years ago, when a state auditor flagged unusual fees paid by the fund. Kessler resigned in March 2001 and was indicted the following spring.

The scandal prompted lawmakers to overhaul the treasurer's office. Since 2002, every investment above $10 million has required approval from an independent advisory council, which meets monthly and publishes its decisions.

State Treasurer Anne Whitcomb, who took office in 2003, said Thursday the fund has recovered much of its value over the past two years. She said the state would seek restitution and plans to hire an outside firm to review older contracts in the coming months.

A second defendant, former consultant Peter Lyle, is scheduled to go on trial in October. His lawyers asked last week for a delay, saying they need more time to review roughly 40,000 pages of documents. The judge is expected to rule on the request next week, before the Fourth of July holiday.
""", [
    ('Thursday', 'DATE', '2004-06-17'),
    ('five-week', 'DURATION', 'P5W'),
    ('the late 1990s', 'DATE', '199'),
    ('20 years', 'DURATION', 'P20Y'),
    ('Sept. 10', 'DATE', '2004-09-10'),
    ('about nine hours', 'DURATION', 'PT9H'),
    ('two days', 'DURATION', 'P2D'),
    ('about 2:15 p.m.', 'TIME', '2004-06-17T14:15'),
    ('1995', 'DATE', '1995'),
    ('1999', 'DATE', '1999'),
    ('last year', 'DATE', '2003'),
    ('Thursday evening', 'DATE|TIME', '2004-06-17TEV'),
    ('nearly four years ago', 'DATE', '2000'),
    ('March 2001', 'DATE', '2001-03'),
    ('the following spring', 'DATE', '2002-SP'),
    ('2002', 'DATE', '2002'),
    ('monthly', 'SET', 'P1M'),
    ('2003', 'DATE', '2003'),
    ('Thursday', 'DATE', '2004-06-17'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('October', 'DATE', '2004-10'),
    ('last week', 'DATE', '2004-W24'),
    ('next week', 'DATE', '2004-W26'),
    ('the Fourth of July', 'DATE', '2004-07-04'),
]),

# 3. AFP, courts (2006)
('2006-12-01', 'auto', """UN Rwanda court jails ex-mayor for 15 years over genocide

ARUSHA, Tanzania (AFP) - The UN tribunal for Rwanda on Friday sentenced a former mayor to 15 years in prison for helping to organise the killing of Tutsis who had taken refuge in a parish church during the 1994 genocide.

Judges at the International Criminal Tribunal for Rwanda (ICTR) found Emmanuel Ndayisaba, 52, guilty of genocide and extermination as a crime against humanity but acquitted him of two other counts, saying prosecutors had failed to prove he personally ordered the attacks.

The presiding judge said Ndayisaba had used his authority to gather militiamen at the church in Ruvune commune on April 15, 1994, and to supply them with petrol. More than 2,000 people died when the building was set on fire the following day.

The court said he would receive credit for the time he has spent in detention since his arrest in Cameroon in 2000.

Defence lawyer Jean-Pierre Moreau said his client would appeal within the 30 days allowed. Prosecutors had sought a life sentence.

Ndayisaba fled to what was then Zaire in July 1994 and later lived in Cameroon under a false name. His trial opened in September 2004 and heard 47 witnesses over 18 months.

Rwanda's government, which has often criticised the pace of the tribunal's work, said the sentence was too light. "Fifteen years for the murder of thousands of people is an insult to the survivors," the prosecutor general's office said in a statement issued in Kigali.

Survivors' groups gather at the church every April to bury remains recovered from mass graves in the surrounding hills.

About 800,000 people, mostly Tutsis, were killed in about 100 days of slaughter between April and July 1994, according to UN figures.

The tribunal, set up in late 1994 by the UN Security Council, has completed 28 cases in 12 years and is under pressure to finish all trials by the end of 2008 and appeals by 2010.

Tribunal spokesman Paul Kouassi said on Thursday that three more judgments were expected before the end of the year and that the court planned to transfer some lower-level cases to national courts in the coming months.
""", [
    ('15 years', 'DURATION', 'P15Y'),
    ('Friday', 'DATE', '2006-12-01'),
    ('15 years', 'DURATION', 'P15Y'),
    ('1994', 'DATE', '1994'),
    ('April 15, 1994', 'DATE', '1994-04-15'),
    ('the following day', 'DATE', '1994-04-16'),
    ('2000', 'DATE', '2000'),
    ('30 days', 'DURATION', 'P30D'),
    ('July 1994', 'DATE', '1994-07'),
    ('September 2004', 'DATE', '2004-09'),
    ('18 months', 'DURATION', 'P18M'),
    ('Fifteen years', 'DURATION', 'P15Y'),
    ('every April', 'SET', 'XXXX-04'),
    ('about 100 days', 'DURATION', 'P100D'),
    ('April', 'DATE', '1994-04'),
    ('July 1994', 'DATE', '1994-07'),
    ('late 1994', 'DATE', '1994'),
    ('12 years', 'DURATION', 'P12Y'),
    ('the end of 2008', 'DATE', '2008|2008-12'),
    ('2010', 'DATE', '2010'),
    ('Thursday', 'DATE', '2006-11-30'),
    ('the end of the year', 'DATE', '2006|2006-12'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
]),

# 4. Reuters, health (2009)
('2009-11-04', 'auto', """U.S. panel backs Halvern diabetes drug despite heart concerns

WASHINGTON, Nov 4 (Reuters) - A U.S. advisory panel on Wednesday voted 9-4 to recommend approval of an experimental once-weekly diabetes drug from Halvern Pharmaceuticals Inc, but urged the company to run a large study of its effects on the heart.

The Food and Drug Administration is not bound to follow the advice of its outside experts but usually does. A final decision on the drug, glenatide, is due by Jan. 22, the agency said.

Shares of Halvern rose 6.2 percent to $41.15 in after-hours trading. The stock had fallen about 15 percent since late September, when FDA staff raised questions about a small rise in heart rhythm problems among patients in clinical trials.

Panel members said a weekly injection could help patients who struggle with pills that must be taken twice a day. "Adherence is a real problem, and this addresses it," said Dr. Marcia Owens, an endocrinologist at the University of Michigan who chaired the meeting.

But several members said two-year data were not enough to rule out rare risks. "We have been burned before," said panelist Dr. Stephen Hale, referring to the safety concerns that arose in 2007 over GlaxoSmithKline's diabetes drug Avandia.

Halvern has said it would begin a heart-safety trial of about 9,000 patients in the first quarter of 2010, with results expected in 2014. Chief Executive Thomas Reiner told reporters after the vote that the company was "ready to move quickly" and had built up supplies at its Indiana plant over the past six months.

About 24 million Americans have diabetes, most of them the type 2 form linked to obesity. U.S. sales of diabetes drugs reached about $12 billion last year, according to IMS Health.

Analysts expect glenatide to reach peak sales of $1.5 billion by 2015 if approved. Halvern, which reported third-quarter earnings last week, has forecast 2009 revenue of $3.8 billion, up from $3.4 billion in 2008.

The company has struggled in recent years as several older medicines lost patent protection, and two of its best-selling products will face generic competition next year. Reiner said Halvern hoped to launch glenatide by mid-2010 if the FDA sides with its advisers.

The same panel will meet on Thursday to review a rival treatment from Corvane Inc. Corvane's shares have more than doubled since March.

(Reporting by Lisa Carver; Editing by Carol Bishop)
""", [
    ('Nov 4', 'DATE', '2009-11-04'),
    ('Wednesday', 'DATE', '2009-11-04'),
    ('once-weekly', 'SET', 'P1W'),
    ('Jan. 22', 'DATE', '2010-01-22'),
    ('late September', 'DATE', '2009-09'),
    ('weekly', 'SET', 'P1W'),
    ('twice a day', 'SET', 'P1D'),
    ('two-year', 'DURATION', 'P2Y'),
    ('2007', 'DATE', '2007'),
    ('the first quarter of 2010', 'DATE', '2010-Q1'),
    ('2014', 'DATE', '2014'),
    ('the past six months', 'DURATION', 'P6M'),
    ('last year', 'DATE', '2008'),
    ('2015', 'DATE', '2015'),
    ('third-quarter', 'DATE', '2009-Q3'),
    ('last week', 'DATE', '2009-W44'),
    ('2009', 'DATE', '2009'),
    ('2008', 'DATE', '2008'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('next year', 'DATE', '2010'),
    ('mid-2010', 'DATE', '2010'),
    ('Thursday', 'DATE', '2009-11-05'),
    ('March', 'DATE', '2009-03'),
]),

# 5. AFP, disaster (2010)
('2010-08-14', 'auto', """Floods kill 31 in Nepal, thousands stranded

KATHMANDU, Aug 14, 2010 (AFP) - Floods and landslides triggered by days of torrential monsoon rain have killed at least 31 people in Nepal's southern plains and left thousands stranded on rooftops, officials said Saturday.

Rescue teams using rubber boats and two army helicopters reached cut-off villages in Bara and Parsa districts early Saturday, after the swollen Bakaiya river burst its banks on Friday and swept away dozens of mud-brick homes.

"The water came at around 3 am on Friday, when everyone was asleep," said Ram Prasad Yadav, 62, a farmer from Bhaluhi village who lost his two buffaloes. "We climbed onto the roof of the school and waited there for 14 hours."

Home ministry spokesman Hari Bahadur Thapa said 11 people remained missing and more than 6,000 families had been displaced since Wednesday.

The meteorological department warned that heavy rain would continue for at least three more days and urged residents near rivers to move to higher ground by Sunday evening.

Nepal is hit by floods and landslides every year during the monsoon, which usually runs from June to September. Last year, flooding in the same region killed 47 people, and in 2008 a breach in the Kosi river embankment displaced tens of thousands of people on both sides of the border with India.

Aid agencies said the latest disaster had struck communities still recovering from the Kosi floods two years ago. "Many families only finished rebuilding their homes this spring," said Anna Sorensen of the International Federation of Red Cross and Red Crescent Societies. "Now they have lost everything again."

The United Nations said it would airlift food, water purification tablets and tarpaulins over the weekend. The government has released 10 million rupees (140,000 dollars) in emergency relief and said it would announce a compensation package for victims next week.

Neighbouring Pakistan has been battling its worst floods in decades since late July, with more than 1,600 people killed and an estimated 14 million affected.

The prime minister, who heads a caretaker government after months of political deadlock, cancelled a planned visit to the area on Friday because the helicopters were needed for rescue work, his office said. He is now expected to tour the worst-hit villages on Monday.
""", [
    ('Aug 14, 2010', 'DATE', '2010-08-14'),
    ('days', 'DURATION', 'PXD'),
    ('Saturday', 'DATE', '2010-08-14'),
    ('early Saturday', 'DATE', '2010-08-14'),
    ('Friday', 'DATE', '2010-08-13'),
    ('around 3 am on Friday', 'TIME', '2010-08-13T03:00'),
    ('14 hours', 'DURATION', 'PT14H'),
    ('Wednesday', 'DATE', '2010-08-11'),
    ('at least three more days', 'DURATION', 'P3D'),
    ('Sunday evening', 'DATE|TIME', '2010-08-15TEV'),
    ('every year', 'SET', 'P1Y'),
    ('June', 'DATE', 'XXXX-06'),
    ('September', 'DATE', 'XXXX-09'),
    ('Last year', 'DATE', '2009'),
    ('2008', 'DATE', '2008'),
    ('two years ago', 'DATE', '2008'),
    ('this spring', 'DATE', '2010-SP'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('the weekend', 'DATE', '2010-W32-WE'),
    ('next week', 'DATE', '2010-W33'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('late July', 'DATE', '2010-07'),
    ('months', 'DURATION', 'PXM'),
    ('Friday', 'DATE', '2010-08-13'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '2010-08-16'),
]),

# 6. AP state wire (Ohio), politics (2011)
('2011-03-30', 'auto', """Ohio House panel OKs budget with deep cuts to local aid

COLUMBUS, Ohio (AP) — A key Ohio House committee approved a two-year state budget Wednesday that would sharply cut aid to cities and counties, setting up a floor vote as early as next month.

The House Finance Committee voted 18-13 along party lines after more than six hours of debate. The $55.5 billion spending plan would take effect July 1.

The Republican governor proposed the budget earlier this month to close what his administration calls an $8 billion shortfall without raising taxes. It would reduce the Local Government Fund by 25 percent in fiscal 2012 and by another 25 percent in fiscal 2013.

Mayors from around the state have lobbied against the cuts for weeks.

"We've already laid off 140 police officers since 2008," said Dayton City Commissioner Ruth Ellison, who testified before the committee last Thursday. "There's nothing left to cut."

Committee Chairman Dale Harmon, a Republican from Wooster, said the panel restored $30 million for public libraries Tuesday night after hearing from hundreds of patrons over the past two weeks.

Democrats offered 14 amendments, and all were rejected. Rep. Linda Pruitt, an Akron Democrat, said the plan would force communities to raise property taxes or cut services.

"They're balancing this budget on the backs of our neighborhoods," she said. Several suburbs near Columbus recently placed tax levies on the May 3 ballot to make up for expected losses.

The state faced a similar gap two years ago, when lawmakers used federal stimulus money and delayed an income tax cut to balance the books. Much of that stimulus money runs out at the end of June.

The Senate is expected to take up the bill in May, and leaders of both chambers have said they want it on the governor's desk well before the June 30 deadline. The last budget was not signed until July 17, 2009, more than two weeks after the deadline, forcing the state to operate under a temporary spending measure.

Ohio's unemployment rate stood at 9.4 percent in February, down from 10.6 percent a year earlier.

The committee will meet again at 9 a.m. Thursday to consider technical changes. Lawmakers then take a two-week recess and return April 12.
""", [
    ('two-year', 'DURATION', 'P2Y'),
    ('Wednesday', 'DATE', '2011-03-30'),
    ('next month', 'DATE', '2011-04'),
    ('more than six hours', 'DURATION', 'PT6H'),
    ('July 1', 'DATE', '2011-07-01'),
    ('earlier this month', 'DATE', '2011-03'),
    ('fiscal 2012', 'DATE', 'FY2012|2012'),
    ('fiscal 2013', 'DATE', 'FY2013|2013'),
    ('weeks', 'DURATION', 'PXW'),
    ('2008', 'DATE', '2008'),
    ('last Thursday', 'DATE', '2011-03-24'),
    ('Tuesday night', 'DATE|TIME', '2011-03-29TNI'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('recently', 'DATE', 'PAST_REF'),
    ('May 3', 'DATE', '2011-05-03'),
    ('two years ago', 'DATE', '2009'),
    ('the end of June', 'DATE', '2011-06'),
    ('May', 'DATE', '2011-05'),
    ('June 30', 'DATE', '2011-06-30'),
    ('July 17, 2009', 'DATE', '2009-07-17'),
    ('more than two weeks', 'DURATION', 'P2W'),
    ('February', 'DATE', '2011-02'),
    ('a year earlier', 'DATE', '2010-02|2010'),
    ('9 a.m. Thursday', 'TIME', '2011-03-31T09:00'),
    ('two-week', 'DURATION', 'P2W'),
    ('April 12', 'DATE', '2011-04-12'),
]),

# 7. BBC News, science (2015)
('2015-07-21', 'auto', """Anglo-Saxon cemetery found at Norfolk quarry

Archaeologists say a cemetery uncovered at a working quarry in Norfolk could change understanding of how the region was settled after Roman rule ended.

More than 80 graves, some containing brooches, spearheads and glass beads, have been excavated at the site near Swaffham since April.

The team, from the University of East Anglia, believes the burials date from the late 5th Century to the early 7th Century.

Dr Helen Marsh, who is leading the dig, said on Monday the find was "exceptional".

"We expected a handful of graves. What we have is a community that used this spot for about 150 years," she said.

The quarry's operator halted work in May after a digger driver spotted bones in a spoil heap. The company has agreed to pause extraction until the end of September so the excavation can be completed.

One grave, uncovered last week, held a woman buried with a bronze bowl thought to have been made in the eastern Mediterranean. Researchers say it suggests trade links that lasted well into the 6th Century.

Radiocarbon tests on 12 skeletons are due to be carried out this autumn, with results expected early next year. DNA samples will also be sent to a laboratory in Copenhagen.

Clare Whitby, the county council's historic environment officer, said the site had been recorded as a possible Roman farmstead in the 1970s but had never been fully investigated.

"Sites like this turn up about once a decade in this county. Until recently we simply didn't know it was there," she said.

Metal detectorists have been warned to stay away after two attempted break-ins at the site over the weekend. Norfolk Police said patrols had been stepped up.

The public will be able to tour the excavation at an open day, with guided walks starting from 10:00 on Saturday. Finds are expected to go on display at Norwich Castle Museum next summer.

The dig is funded by a £250,000 grant from Historic England and is expected to continue for another ten weeks.
""", [
    ('April', 'DATE', '2015-04'),
    ('the late 5th Century', 'DATE', '04'),
    ('the early 7th Century', 'DATE', '06'),
    ('Monday', 'DATE', '2015-07-20'),
    ('about 150 years', 'DURATION', 'P150Y'),
    ('May', 'DATE', '2015-05'),
    ('the end of September', 'DATE', '2015-09'),
    ('last week', 'DATE', '2015-W29'),
    ('the 6th Century', 'DATE', '05'),
    ('this autumn', 'DATE', '2015-FA'),
    ('early next year', 'DATE', '2016'),
    ('the 1970s', 'DATE', '197'),
    ('once a decade', 'SET', 'P10Y|P1E'),
    ('recently', 'DATE', 'PAST_REF'),
    ('the weekend', 'DATE', '2015-W29-WE'),
    ('10:00 on Saturday', 'TIME', '2015-07-25T10:00'),
    ('next summer', 'DATE', '2016-SU'),
    ('another ten weeks', 'DURATION', 'P10W'),
]),

# 8. AP state wire (Vermont), science (2016)
('2016-03-17', 'auto', """Researchers identify 1840s canal boat wreck in Lake Champlain

BURLINGTON, Vt. (AP) — Researchers say a sunken canal boat found in Lake Champlain last summer was built in the 1840s and probably went down in a storm while hauling iron ore south toward New York.

The Lake Champlain Maritime Museum announced the findings Thursday. The 80-foot boat lies in about 200 feet of water off Split Rock Point and is one of the most complete canal boats yet found in the lake.

Museum archaeologist Carla Benoit said divers and a remotely operated vehicle spent 11 days documenting the wreck last fall. Tree-ring analysis of timbers sent to a laboratory in New York in January showed the oak was cut between 1841 and 1843.

"For years we've known from newspaper accounts that boats were lost on that stretch of the lake, but we've never had one this intact," Benoit said. "The cargo is still sitting in the hold."

Historians believe the boat may be the Troy, which a Plattsburgh newspaper reported lost with its two-man crew during a gale in November 1848.

Canal boats carried lumber, iron and grain between Lake Champlain and the Hudson River after the Champlain Canal opened in 1823. Traffic peaked in the mid-19th century, when hundreds of boats made the trip weekly during the shipping season.

The museum has been surveying the lake bottom since 1996 and has documented more than 300 wrecks. Surveyors first spotted the boat on sonar in August, when the lake was at its lowest level in a decade.

Under state and federal law, the wreck will stay where it is. The museum plans to post a 3D model online later this year and will open an exhibit on canal boats May 28, when it reopens for the season.

Vermont requires divers to register before visiting wrecks in the lake's underwater preserves. The state added two preserve sites in 2014 and is considering adding the new wreck as early as next year.

Benoit will present the findings at a public lecture at 7 p.m. Tuesday at the Fletcher Free Library in Burlington.
""", [
    ('1840s', 'DATE', '184'),
    ('last summer', 'DATE', '2015-SU'),
    ('the 1840s', 'DATE', '184'),
    ('Thursday', 'DATE', '2016-03-17'),
    ('11 days', 'DURATION', 'P11D'),
    ('last fall', 'DATE', '2015-FA'),
    ('January', 'DATE', '2016-01'),
    ('1841', 'DATE', '1841'),
    ('1843', 'DATE', '1843'),
    ('years', 'DURATION', 'PXY'),
    ('November 1848', 'DATE', '1848-11'),
    ('1823', 'DATE', '1823'),
    ('the mid-19th century', 'DATE', '18'),
    ('weekly', 'SET', 'P1W'),
    ('1996', 'DATE', '1996'),
    ('August', 'DATE', '2015-08'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('later this year', 'DATE', '2016'),
    ('May 28', 'DATE', '2016-05-28'),
    ('2014', 'DATE', '2014'),
    ('next year', 'DATE', '2017'),
    ('7 p.m. Tuesday', 'TIME', '2016-03-22T19:00'),
]),

# 9. The Guardian, culture (2018)
('2018-10-05', 'auto', """Sunderland's Harbour theatre reopens after £19m revamp

The Harbour theatre in Sunderland will reopen on Saturday night after a three-year, £19m refurbishment that nearly collapsed last winter when its main contractor went into administration.

The 1,100-seat venue, which opened in 1907 and once hosted music hall stars such as Vesta Tilley, closed in October 2015. Work was originally due to finish in the spring of 2017, but the project fell more than a year behind schedule.

"There were moments when I honestly thought we'd never get here," said the theatre's artistic director, Nadia Okafor, who has run the building since 2012. "Now we have a space that can hold its own with anything in the country, and a building that should last well into the future."

Rehearsals for the opening production, a new stage version of Catherine Cookson's The Fifteen Streets, have continued around builders and electricians in recent weeks. The show runs until 3 November, and tickets for the first 10 performances sold out within hours of going on sale in August, the theatre said.

The rebuild was funded by Arts Council England, Sunderland city council and the Heritage Lottery Fund, alongside £2.3m raised from local donors. Arts Council England confirmed on Thursday that the theatre would receive £850,000 annually in regular funding from April 2019 to March 2022.

Local leaders say the theatre is central to plans to revive a city centre where footfall has fallen by almost a fifth over the past decade. Sunderland narrowly lost out to Coventry in the race to become UK city of culture last December, a defeat one councillor described as "a kick in the teeth".

"We can't wait another four years for someone in London to tell us we matter," he said.

Okafor said the theatre would stage free matinees for local schools twice a month and hoped to attract 200,000 visitors by the end of 2019.

The lord mayor is due to cut a ribbon at 7pm on Saturday, before the curtain rises at 7.30pm.
""", [
    ('Saturday night', 'DATE|TIME', '2018-10-06TNI'),
    ('three-year', 'DURATION', 'P3Y'),
    ('last winter', 'DATE', '2017-WI|2018-WI'),
    ('1907', 'DATE', '1907'),
    ('October 2015', 'DATE', '2015-10'),
    ('the spring of 2017', 'DATE', '2017-SP'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('2012', 'DATE', '2012'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('3 November', 'DATE', '2018-11-03'),
    ('hours', 'DURATION', 'PTXH'),
    ('August', 'DATE', '2018-08'),
    ('Thursday', 'DATE', '2018-10-04'),
    ('annually', 'SET', 'P1Y'),
    ('April 2019', 'DATE', '2019-04'),
    ('March 2022', 'DATE', '2022-03'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('last December', 'DATE', '2017-12'),
    ('another four years', 'DURATION', 'P4Y'),
    ('twice a month', 'SET', 'P1M'),
    ('the end of 2019', 'DATE', '2019|2019-12'),
    ('7pm on Saturday', 'TIME', '2018-10-06T19:00'),
    ('7.30pm', 'TIME', '2018-10-06T19:30'),
]),

# 10. Los Angeles Times, disaster (2020)
('2020-09-12', 'auto', """Cobb Canyon fire forces new evacuations near Ojai as winds return

Thousands of residents in the foothills above Ojai were ordered to evacuate early Saturday after the Cobb Canyon fire jumped a containment line and raced downslope toward scattered ranches and homes, fire officials said.

The blaze, which broke out Tuesday afternoon in the Los Padres National Forest, had burned 31,400 acres by Saturday morning and was 12% contained. At least 14 homes and 30 outbuildings have been destroyed, and one firefighter suffered minor burns.

"We had a good day Thursday, and then the wind came back," said Ventura County Fire Department Capt. Luis Arreola. "The fire did in about four hours what it hadn't done in five days."

The National Weather Service issued a red flag warning through 6 p.m. Sunday, with gusts of up to 50 mph expected in the mountains. Forecasters said humidity could drop into the single digits by Sunday afternoon.

About 1,800 firefighters are assigned to the fire, but crews have been stretched thin by dozens of blazes burning across California. Since mid-August, wildfires have scorched more than 3 million acres statewide, already the most in any year on record.

The cause of the fire remains under investigation. A Southern California Edison spokeswoman said Friday that the utility had reported "circuit activity" near the point of origin to state regulators on Wednesday but that it was too early to draw conclusions.

Ojai has been threatened before. The Thomas fire, which began in December 2017, burned for more than a month and came within a few hundred yards of downtown.

Residents said the memory of that fire made them take Saturday's orders seriously.

"Three years ago we waited too long," said Megan Torres, 41, who loaded her two children and three dogs into her car at about 5:30 a.m. "Not this time."

Evacuation centers opened at Nordhoff High School and the Ventura County Fairgrounds, where masks are required and temperatures are checked twice a day because of the coronavirus pandemic.

Officials hope to lift some evacuation orders by Tuesday but warned that the fire danger could remain high into December. The governor, who toured the North Complex fire in Butte County on Friday, is scheduled to visit Ventura County next week.
""", [
    ('early Saturday', 'DATE', '2020-09-12'),
    ('Tuesday afternoon', 'DATE|TIME', '2020-09-08TAF'),
    ('Saturday morning', 'DATE|TIME', '2020-09-12TMO'),
    ('Thursday', 'DATE', '2020-09-10'),
    ('about four hours', 'DURATION', 'PT4H'),
    ('five days', 'DURATION', 'P5D'),
    ('6 p.m. Sunday', 'TIME', '2020-09-13T18:00'),
    ('Sunday afternoon', 'DATE|TIME', '2020-09-13TAF'),
    ('mid-August', 'DATE', '2020-08'),
    ('Friday', 'DATE', '2020-09-11'),
    ('Wednesday', 'DATE', '2020-09-09'),
    ('December 2017', 'DATE', '2017-12'),
    ('more than a month', 'DURATION', 'P1M'),
    ('Saturday', 'DATE', '2020-09-12'),
    ('Three years ago', 'DATE', '2017'),
    ('about 5:30 a.m.', 'TIME', '2020-09-12T05:30'),
    ('twice a day', 'SET', 'P1D'),
    ('Tuesday', 'DATE', '2020-09-15'),
    ('December', 'DATE', '2020-12'),
    ('Friday', 'DATE', '2020-09-11'),
    ('next week', 'DATE', '2020-W38'),
]),

# 11. AP, health (2021)
('2021-02-08', 'auto', """New Mexico opens fairgrounds vaccine site as supply improves

ALBUQUERQUE, N.M. (AP) — New Mexico opened its largest COVID-19 vaccination site Monday at the state fairgrounds in Albuquerque, where health officials hope to give as many as 4,000 shots daily once federal shipments increase.

Cars began lining up hours before the gates opened, and by 9 a.m. the line stretched more than a mile down Central Avenue. Appointments are required.

"This is what a lot of people have been waiting for," said Dr. Alan Ortega, the state's deputy health secretary. "We've been building this for weeks."

The state has administered about 385,000 doses since vaccinations began in mid-December, one of the fastest rates in the country. Officials said New Mexico's weekly allocation rose last week to about 52,000 doses, up from 38,000 in January.

More than 500,000 people have registered on the state's online portal, and some older residents said they had waited weeks without hearing back.

Gloria Baca, 78, of Belen, said she registered on Jan. 4 and got a text message Friday night telling her to show up Monday morning. "I cried a little," she said as she sat in her car for the 15-minute observation period after her shot.

The Biden administration said last month it would increase shipments to states by about 16% over the next three weeks and give governors more notice of how many doses to expect.

Ortega said the state expects to move into the next phase of its plan, which includes grocery workers and teachers, in early March.

The pandemic has killed more than 3,400 New Mexicans over the past 11 months. Case numbers have fallen sharply since early January, with the state reporting 412 new infections Sunday, compared with a peak of more than 3,600 in mid-November.

A second site, at a former Walmart in Las Cruces, is scheduled to open Thursday, and a third, in Farmington, later this month. State officials will give an update on the rollout at 3 p.m. Wednesday.
""", [
    ('Monday', 'DATE', '2021-02-08'),
    ('daily', 'SET', 'P1D'),
    ('hours', 'DURATION', 'PTXH'),
    ('9 a.m.', 'TIME', '2021-02-08T09:00'),
    ('weeks', 'DURATION', 'PXW'),
    ('mid-December', 'DATE', '2020-12'),
    ('weekly', 'SET', 'P1W'),
    ('last week', 'DATE', '2021-W05'),
    ('January', 'DATE', '2021-01'),
    ('weeks', 'DURATION', 'PXW'),
    ('Jan. 4', 'DATE', '2021-01-04'),
    ('Friday night', 'DATE|TIME', '2021-02-05TNI'),
    ('Monday morning', 'DATE|TIME', '2021-02-08TMO'),
    ('15-minute', 'DURATION', 'PT15M'),
    ('last month', 'DATE', '2021-01'),
    ('the next three weeks', 'DURATION', 'P3W'),
    ('early March', 'DATE', '2021-03'),
    ('the past 11 months', 'DURATION', 'P11M'),
    ('early January', 'DATE', '2021-01'),
    ('Sunday', 'DATE', '2021-02-07'),
    ('mid-November', 'DATE', '2020-11'),
    ('Thursday', 'DATE', '2021-02-11'),
    ('later this month', 'DATE', '2021-02'),
    ('3 p.m. Wednesday', 'TIME', '2021-02-10T15:00'),
]),

# 12. Reuters, politics (2023)
('2023-05-15', 'auto', """Kenyan lawmakers begin hearings on tax-raising finance bill as police tear-gas protesters

NAIROBI, May 15 (Reuters) - Kenyan lawmakers on Monday began public hearings on a finance bill that would double the tax on fuel and introduce a housing levy, as police fired tear gas at dozens of protesters outside parliament.

The bill, published late last month, aims to raise an additional 200 billion shillings ($1.46 billion) in the budget that takes effect on July 1, as the government tries to reduce borrowing and meet targets agreed with the International Monetary Fund.

"Nobody likes taxes, but we cannot keep borrowing to pay salaries," the chairman of parliament's finance committee told reporters after the session, which lasted nearly seven hours.

Opposition lawmakers say the measures will hurt households already squeezed by inflation, which stood at 7.9% in April and has been above the central bank's target range for almost a year.

The committee will hold hearings in 10 counties over the next two weeks and must table its report by June 6. The full house is expected to vote on the bill in late June, and the president must sign it into law by June 30.

The Treasury has said debt service now consumes more than a third of government revenue. A $2 billion Eurobond falls due in June 2024, and investors have worried in recent months about the country's ability to refinance it.

The government, which took office in September last year, has promised to cut spending and widen the tax base. Business groups have asked lawmakers to phase in the housing levy over three years.

"Employers are still recovering from the pandemic," the Kenya Private Sector Alliance said in a statement on Sunday.

Protests over the cost of living turned deadly in March, when at least three people were killed in clashes with police. Opposition leaders have called for fresh demonstrations on Thursday.

The shilling has lost about 10% of its value against the dollar since January, hitting a record low of 136.5 on Friday.

(Reporting by Duncan Mwangi; Writing by Joseph Kariuki; Editing by Peter Lawson)
""", [
    ('May 15', 'DATE', '2023-05-15'),
    ('Monday', 'DATE', '2023-05-15'),
    ('late last month', 'DATE', '2023-04'),
    ('July 1', 'DATE', '2023-07-01'),
    ('nearly seven hours', 'DURATION', 'PT7H'),
    ('April', 'DATE', '2023-04'),
    ('almost a year', 'DURATION', 'P1Y'),
    ('the next two weeks', 'DURATION', 'P2W'),
    ('June 6', 'DATE', '2023-06-06'),
    ('late June', 'DATE', '2023-06'),
    ('June 30', 'DATE', '2023-06-30'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('June 2024', 'DATE', '2024-06'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('September last year', 'DATE', '2022-09'),
    ('three years', 'DURATION', 'P3Y'),
    ('Sunday', 'DATE', '2023-05-14'),
    ('March', 'DATE', '2023-03'),
    ('Thursday', 'DATE', '2023-05-18'),
    ('January', 'DATE', '2023-01'),
    ('Friday', 'DATE', '2023-05-12'),
]),
]
