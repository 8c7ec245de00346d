# Gold TIMEX3 probe set 67: twelve news stories and features of 1991-2025 in the styles of AP, Reuters, the BBC, NPR, the Guardian, the Los Angeles Times and regional papers, kept unseen, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, politics wire (1991)
('1991-06-27', 'auto', """Lawmakers Trade Offers as Budget Deadline Nears

HARTFORD, Conn. (AP) — Legislative leaders met behind closed doors for nearly six hours Wednesday but failed to agree on a state budget, leaving Connecticut without a spending plan four days before the deadline.

The governor said late Wednesday that he would call lawmakers back into special session Saturday morning if no deal was reached first. "We have run out of excuses and we are running out of time," he told reporters outside his office at about 9 p.m.

At issue is a gap of roughly $960 million in the budget for fiscal 1992, which begins Monday. The governor has proposed a 6 percent tax on wages, a plan that Republicans and many Democrats have rejected three times since February.

"Nobody in this building wants an income tax, and nobody wants to shut down the state either," said Senate Majority Leader Paul Derosier, a Democrat from Middletown. "We'll be back at it tomorrow morning."

State agencies have been told to prepare for a partial shutdown beginning at 12:01 a.m. July 1. About 11,000 workers considered nonessential would be sent home, and the state's 23 motor vehicle offices would close until further notice, officials said.

The standoff is the longest in more than two decades. In 1971, lawmakers passed an income tax only to repeal it within months, and the issue has haunted state politics ever since.

Revenue has fallen short of estimates in each of the past three years as the recession has cut into sales and corporate tax receipts. Last year, the state closed a smaller deficit by borrowing and by raising the sales tax to 8 percent, among the highest in the nation.

Budget analysts warned last week that the state's credit rating could be lowered again this summer if no long-term fix is found. Moody's Investors Service cut the rating in March.

Derosier said negotiators had narrowed their differences on spending cuts Tuesday but remained far apart on revenue. He said a temporary budget that would keep the government running for two weeks was "a last resort, but it's on the table."

Union leaders planned a rally at the Capitol at noon Friday. Hospitals, which depend on state payments made twice a month, said they could cover payroll only until mid-July without the money.

The House and Senate adjourned their regular session on June 5 without passing a budget.
""", [
    ('nearly six hours', 'DURATION', 'PT6H'),
    ('Wednesday', 'DATE', '1991-06-26'),
    ('four days', 'DURATION', 'P4D'),
    ('late Wednesday', 'DATE', '1991-06-26'),
    ('Saturday morning', 'DATE|TIME', '1991-06-29TMO'),
    ('about 9 p.m.', 'TIME', '1991-06-26T21:00'),
    ('fiscal 1992', 'DATE', 'FY1992|1992'),
    ('Monday', 'DATE', '1991-07-01'),
    ('February', 'DATE', '1991-02'),
    ('tomorrow morning', 'DATE|TIME', '1991-06-28TMO'),
    ('12:01 a.m. July 1', 'TIME', '1991-07-01T00:01'),
    ('more than two decades', 'DURATION', 'P20Y|P2E'),
    ('1971', 'DATE', '1971'),
    ('months', 'DURATION', 'PXM'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('Last year', 'DATE', '1990'),
    ('last week', 'DATE', '1991-W25'),
    ('this summer', 'DATE', '1991-SU'),
    ('March', 'DATE', '1991-03'),
    ('Tuesday', 'DATE', '1991-06-25'),
    ('two weeks', 'DURATION', 'P2W'),
    ('noon Friday', 'TIME', '1991-06-28T12:00'),
    ('twice a month', 'SET', 'P1M'),
    ('mid-July', 'DATE', '1991-07'),
    ('June 5', 'DATE', '1991-06-05'),
]),
# 2. Reuters, health wire (1996)
('1996-10-17', 'auto', """WHO urges vaccine stockpile after Africa's worst meningitis epidemic

GENEVA, Oct 17 (Reuters) - The World Health Organisation on Thursday called for an emergency stockpile of meningitis vaccine, warning that West Africa could face another deadly outbreak early next year.

More than 150,000 cases and about 16,000 deaths were reported across the so-called meningitis belt between January and June, making the epidemic the largest ever recorded, the agency said in a report released in Geneva.

Nigeria, Niger, Burkina Faso and Chad were hardest hit. In northern Nigeria, hospitals admitted up to 800 new patients daily at the peak of the outbreak in March and April, the report said.

"We were caught short this year. We cannot afford to be caught short again," said Dr Alain Moreau, who heads the WHO's epidemic response unit. "Vaccine must be in place before the first cases appear, not three weeks after."

The agency wants donors to fund a reserve of at least 5 million doses, to be held in Europe and released within 48 hours of a request. Manufacturers now produce about 20 million doses annually, most of it bought in advance by governments.

Epidemics of meningococcal meningitis sweep the Sahel periodically, usually fading with the first rains. The last major epidemic, in 1989, killed an estimated 10,000 people.

Health officials said the scale of the outbreak reflected weak surveillance and a shortage of syringes, not only a lack of vaccine. Some districts in Niger did not begin vaccinating until mid-March, six weeks after the first cases were confirmed.

The report was prepared for a meeting of African health ministers in Ouagadougou next month. A WHO spokesman said on Wednesday that several European governments had already pledged money, but he declined to give figures.

Moreau said vaccination teams would begin training in November and that surveillance reports would be collected weekly from January. "The next epidemic is a question of when, not if," he said. "We have perhaps three months to prepare."

The agency said it would review the stockpile plan after the epidemic season ends next spring.
""", [
    ('Oct 17', 'DATE', '1996-10-17'),
    ('Thursday', 'DATE', '1996-10-17'),
    ('early next year', 'DATE', '1997'),
    ('January', 'DATE', '1996-01'),
    ('June', 'DATE', '1996-06'),
    ('daily', 'SET', 'P1D'),
    ('March', 'DATE', '1996-03'),
    ('April', 'DATE', '1996-04'),
    ('this year', 'DATE', '1996'),
    ('three weeks', 'DURATION', 'P3W'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('annually', 'SET', 'P1Y'),
    ('1989', 'DATE', '1989'),
    ('mid-March', 'DATE', '1996-03'),
    ('six weeks', 'DURATION', 'P6W'),
    ('next month', 'DATE', '1996-11'),
    ('Wednesday', 'DATE', '1996-10-16'),
    ('November', 'DATE', '1996-11'),
    ('weekly', 'SET', 'P1W'),
    ('January', 'DATE', '1997-01'),
    ('three months', 'DURATION', 'P3M'),
    ('next spring', 'DATE', '1997-SP'),
]),
# 3. Regional daily, weather (1999)
('1999-07-23', 'auto', """Heat wave pushes farmers, power grid to the limit

By KAREN WHITLOCK
Ledger staff writer

Temperatures climbed past 100 degrees Thursday for the third time this week, and forecasters said relief will not arrive until early next week.

The high at Central Illinois Regional Airport reached 102 degrees at 4 p.m., tying a record set in 1936. With the humidity, it felt closer to 115, according to the National Weather Service office in Lincoln.

An excessive heat warning remains in effect through 7 p.m. Saturday. A cold front is expected to reach the area late Sunday or Monday, bringing scattered storms and highs in the mid-80s.

"We've had hot spells before, but not this long and not this humid," said meteorologist Dan Ruhl. "People who have lived here their whole lives have never felt anything like it."

For farmers, the timing could hardly be worse. Much of the corn in McLean County began pollinating this week, and agronomists say sustained heat during pollination can cut yields by a quarter or more.

"Two weeks ago this looked like a record crop," said Tom Barker, who farms 1,200 acres near Hudson. "Now I'd take an average one."

Rainfall since June 1 stands at 2.1 inches, less than half of normal. The county has not had a soaking rain in more than a month.

Illinois Power asked customers to set thermostats at 78 degrees and to hold off on running dishwashers and dryers. The utility said demand hit an all-time peak Wednesday afternoon. Rolling blackouts have not been ordered, but a spokeswoman said they "cannot be ruled out" before the weekend.

The heat has been blamed for at least four deaths in the state since last Friday, including an 81-year-old Decatur woman found in her home Tuesday. Cooling centers at the Bloomington and Normal public libraries will stay open late through Sunday.

Health officials urged residents to check on elderly neighbors twice a day and to limit strenuous outdoor work.

The last comparable heat wave in the region came in July 1995, when more than 700 people died in Chicago over five days.

The McLean County Fair, scheduled to open Aug. 3, will go on as planned, organizers said. Livestock barns will get extra fans.
""", [
    ('Thursday', 'DATE', '1999-07-22'),
    ('this week', 'DATE', '1999-W29'),
    ('early next week', 'DATE', '1999-W30'),
    ('4 p.m.', 'TIME', '1999-07-22T16:00'),
    ('1936', 'DATE', '1936'),
    ('7 p.m. Saturday', 'TIME', '1999-07-24T19:00'),
    ('late Sunday', 'DATE', '1999-07-25'),
    ('Monday', 'DATE', '1999-07-26'),
    ('this week', 'DATE', '1999-W29'),
    ('Two weeks ago', 'DATE', '1999-W27|1999-07-09'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('June 1', 'DATE', '1999-06-01'),
    ('more than a month', 'DURATION', 'P1M'),
    ('Wednesday afternoon', 'DATE|TIME', '1999-07-21TAF'),
    ('the weekend', 'DATE', '1999-W29-WE'),
    ('last Friday', 'DATE', '1999-07-16'),
    ('Tuesday', 'DATE', '1999-07-20'),
    ('Sunday', 'DATE', '1999-07-25'),
    ('twice a day', 'SET', 'P1D'),
    ('July 1995', 'DATE', '1995-07'),
    ('five days', 'DURATION', 'P5D'),
    ('Aug. 3', 'DATE', '1999-08-03'),
]),
# 4. BBC News online, crime (2003)
('2003-02-14', 'auto', """Four jailed over stately home art raid

Four men who stole paintings worth £3m from a Wiltshire country house have been jailed for a total of 31 years.

The gang broke into Marden Hall near Devizes on 4 May last year, cutting through a ground-floor window and escaping with seven works, including two landscapes by John Constable.

Winchester Crown Court heard the raid lasted less than 10 minutes. The alarm was triggered at 3.12am, but by the time police arrived the men had fled in a stolen van.

Sentencing them on Friday, Judge Michael Harrow said the theft had been "carefully planned over many weeks" and carried out "with a degree of professionalism that is, frankly, chilling".

Ringleader Darren Coyle, 44, of Swindon, was jailed for 11 years. Lee Pratt, 38, and Simon Ashdown, 29, each received eight years, and Kevin Moss, 51, who drove the van, was given four years.

All four were convicted last month after a six-week trial. Mr Moss had denied knowing what was in the back of the vehicle.

Five of the paintings were recovered from a lock-up garage in Reading in September. Two, including a Constable study of Salisbury Cathedral, are still missing.

Det Insp Ruth Kendall of Wiltshire Police said officers would "not stop looking" for the missing works. "We believe they may already have left the country," she said.

The owner of Marden Hall, Lady Caroline Fenwick, said the family had been "deeply shaken" by the raid. The house, which has been in the family since 1740, reopened to visitors last summer with new security measures.

Art theft experts say country houses have become a target in recent years as security at major museums has tightened. The Art Loss Register says more than 500 works have been taken from private collections in the UK since 1998.

A hearing to decide whether the men's assets can be seized is expected to take place in the spring.
""", [
    ('31 years', 'DURATION', 'P31Y'),
    ('4 May last year', 'DATE', '2002-05-04'),
    ('less than 10 minutes', 'DURATION', 'PT10M'),
    ('3.12am', 'TIME', '2002-05-04T03:12'),
    ('Friday', 'DATE', '2003-02-14'),
    ('many weeks', 'DURATION', 'PXW'),
    ('11 years', 'DURATION', 'P11Y'),
    ('eight years', 'DURATION', 'P8Y'),
    ('four years', 'DURATION', 'P4Y'),
    ('last month', 'DATE', '2003-01'),
    ('six-week', 'DURATION', 'P6W'),
    ('September', 'DATE', '2002-09'),
    ('1740', 'DATE', '1740'),
    ('last summer', 'DATE', '2002-SU'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('1998', 'DATE', '1998'),
    ('the spring', 'DATE', '2003-SP'),
]),
# 5. AP, crime wire (2007)
('2007-11-08', 'auto', """Former school bookkeeper convicted of embezzling $1.4M

DAYTON, Ohio (AP) — A former school district bookkeeper was convicted Thursday of stealing more than $1.4 million over nearly seven years and spending much of it on racehorses, a vacation home and online gambling.

A Montgomery County jury deliberated for about four hours before finding Linda Sue Harmon, 56, guilty on 27 counts of theft, forgery and tampering with records. She faces up to 30 years in prison when she is sentenced Dec. 14.

Prosecutors said Harmon, who handled payroll and purchasing for the Miami Bend school district from 1994 until she was fired in 2006, wrote checks to fake vendors at least twice a month beginning in the fall of 1999. She hid the losses by altering bank statements before they reached the district's treasurer, they said.

The scheme unraveled in March 2006, when a substitute clerk filling in during Harmon's two-week vacation noticed a check made out to a company with no address. Auditors found the first of hundreds of suspicious payments within days.

"She treated the district's checking account like her own personal ATM," Assistant Prosecutor Mark Delaney told jurors in closing arguments Wednesday. "Every dollar she took was a dollar that didn't go to a classroom."

Harmon's attorney, Richard Pope, argued that the district's lax oversight allowed the thefts to go on for years and that his client suffered from a gambling addiction. He said he would appeal.

Harmon did not testify. She showed no reaction as the verdicts were read at about 2:50 p.m.

The district, which serves about 4,500 students, cut two teaching positions and postponed a roof repair last year after the losses came to light. Superintendent Jean Collier said the district has since hired an outside firm that audits its accounts quarterly.

"We will probably never get all of that money back," Collier said after the verdict. "But today the community got an answer."

Investigators have recovered about $310,000, mostly from the sale of two horses and the vacation home near Lake Cumberland, Ky. The state auditor's office is expected to release a full report on the case early next year.
""", [
    ('Thursday', 'DATE', '2007-11-08'),
    ('nearly seven years', 'DURATION', 'P7Y'),
    ('about four hours', 'DURATION', 'PT4H'),
    ('30 years', 'DURATION', 'P30Y'),
    ('Dec. 14', 'DATE', '2007-12-14'),
    ('1994', 'DATE', '1994'),
    ('2006', 'DATE', '2006'),
    ('twice a month', 'SET', 'P1M'),
    ('the fall of 1999', 'DATE', '1999-FA'),
    ('March 2006', 'DATE', '2006-03'),
    ('two-week', 'DURATION', 'P2W'),
    ('days', 'DURATION', 'PXD'),
    ('Wednesday', 'DATE', '2007-11-07'),
    ('years', 'DURATION', 'PXY'),
    ('about 2:50 p.m.', 'TIME', '2007-11-08T14:50'),
    ('last year', 'DATE', '2006'),
    ('quarterly', 'SET', 'P3M'),
    ('today', 'DATE', '2007-11-08'),
    ('early next year', 'DATE', '2008'),
]),
# 6. NPR, culture feature (2009)
('2009-04-12', 'auto', """After 61 Years, A Kansas City Jazz Club Plays Its Last Set

For six decades, the music at the Blue Lantern started late every Friday night and kept going until somebody's bass string snapped or the bartender turned on the lights. Friday night, the lights came on for good.

The club, a narrow brick room on 18th Street in Kansas City, Mo., opened in 1948, when the neighborhood was one of the busiest jazz districts in the country. It closed its doors early Saturday after a farewell show that ran nearly five hours.

Owner Loretta Sims, 72, took over the club from her father in 1979. She says the rent has nearly doubled since 2005, and the crowds thinned out after the economy went south last fall.

"January was the worst month we ever had," Sims says. "By February, I knew. I just didn't want to say it out loud."

Sims' father, Earl, ran the Blue Lantern through the 1950s and 1960s, when touring bands would stop in after playing the bigger halls downtown. Regulars still talk about a night in the summer of 1957 when a young saxophonist sat in until the sun came up.

Drummer Reggie Holt, 58, has played the club's weekly jam session since 1983. He was there Friday, too.

"I've spent more of my life in this room than in my own house," he says. "Twenty-six years I've been coming here. What am I supposed to do with myself now?"

Across the country, small jazz rooms have struggled in recent months. Clubs in Philadelphia and San Francisco shut down over the winter, and a survey released this spring by a musicians' union found that live-music bookings fell 18 percent in the first quarter.

Not everyone has given up on the Blue Lantern. A group of local musicians hopes to raise $250,000 by the end of the summer to buy the building and reopen it as a nonprofit. They plan a benefit concert on May 2.

Sims says she will keep the piano, a 1926 Steinway, in storage while the group raises the money. "If they can do it, it's theirs," she says. "If not, maybe it goes to a school. Either way, it should be played."

At 2:10 a.m. Saturday, the band finished with "Moten Swing," the song that had opened the club's first night 61 years ago. Sims walked to the window and switched off the neon sign.

For NPR News, I'm Alan Dorsey in Kansas City.
""", [
    ('61 Years', 'DURATION', 'P61Y'),
    ('six decades', 'DURATION', 'P60Y|P6E'),
    ('every Friday night', 'SET', 'XXXX-WXX-5TNI'),
    ('Friday night', 'DATE|TIME', '2009-04-10TNI'),
    ('1948', 'DATE', '1948'),
    ('early Saturday', 'DATE', '2009-04-11'),
    ('nearly five hours', 'DURATION', 'PT5H'),
    ('1979', 'DATE', '1979'),
    ('2005', 'DATE', '2005'),
    ('last fall', 'DATE', '2008-FA'),
    ('January', 'DATE', '2009-01'),
    ('February', 'DATE', '2009-02'),
    ('the 1950s', 'DATE', '195'),
    ('1960s', 'DATE', '196'),
    ('the summer of 1957', 'DATE', '1957-SU'),
    ('weekly', 'SET', 'P1W'),
    ('1983', 'DATE', '1983'),
    ('Friday', 'DATE', '2009-04-10'),
    ('Twenty-six years', 'DURATION', 'P26Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('the winter', 'DATE', '2008-WI|2009-WI'),
    ('this spring', 'DATE', '2009-SP'),
    ('the first quarter', 'DATE', '2009-Q1'),
    ('the end of the summer', 'DATE', '2009-SU'),
    ('May 2', 'DATE', '2009-05-02'),
    ('1926', 'DATE', '1926'),
    ('2:10 a.m. Saturday', 'TIME', '2009-04-11T02:10'),
    ('61 years ago', 'DATE', '1948'),
]),
# 7. BBC News online, health (2011)
('2011-01-19', 'auto', """Flu cases fall but intensive care units still stretched

The number of people seeing their GP with flu-like symptoms in England has fallen again, but intensive care units remain under heavy strain, health officials have said.

Figures published by the Health Protection Agency on Wednesday show the rate of GP consultations dropped to 56 per 100,000 people last week, down from 98 the week before.

However, 738 people were being treated in critical care beds for confirmed or suspected flu as of Tuesday morning, the Department of Health said.

Since October, 254 people have died from flu in the UK, most of them infected with the H1N1 strain that caused the 2009 pandemic. Forty-three of them were under 15.

"We are past the peak in the community, but hospitals will feel the effects for several more weeks," said Dr Helen Marsh, head of respiratory diseases at the HPA.

Ministers came under fire in December for scrapping a television advertising campaign urging people to get vaccinated. The campaign was hastily relaunched on 8 January.

Uptake among under-65s in at-risk groups stands at 47.9%, below the 60% target. Vaccine remains available, and GPs have been told to keep offering it until the end of March.

At King's College Hospital in south London, the intensive care unit has been running at full capacity since Christmas. Consultant Dr Ravi Anand said staff had cancelled leave and some planned operations had been postponed for a fortnight.

"The past three weeks have been as hard as anything I've seen in 20 years," he said. "We have had young, previously healthy people on ventilators for days."

Experts said the outbreak this winter had arrived earlier and more sharply than usual, in part because many younger adults escaped infection during the pandemic and had not been vaccinated since.

The HPA will publish its next weekly update on Thursday next week. The Department of Health said on Monday that a review of the vaccination programme would report by the summer.
""", [
    ('Wednesday', 'DATE', '2011-01-19'),
    ('last week', 'DATE', '2011-W02'),
    ('the week before', 'DATE', '2011-W01'),
    ('Tuesday morning', 'DATE|TIME', '2011-01-18TMO'),
    ('October', 'DATE', '2010-10'),
    ('2009', 'DATE', '2009'),
    ('several more weeks', 'DURATION', 'PXW'),
    ('December', 'DATE', '2010-12'),
    ('8 January', 'DATE', '2011-01-08'),
    ('the end of March', 'DATE', '2011-03'),
    ('Christmas', 'DATE', '2010-12-25'),
    ('a fortnight', 'DURATION', 'P2W'),
    ('The past three weeks', 'DURATION', 'P3W'),
    ('20 years', 'DURATION', 'P20Y'),
    ('days', 'DURATION', 'PXD'),
    ('this winter', 'DATE', '2010-WI|2011-WI'),
    ('weekly', 'SET', 'P1W'),
    ('Thursday next week', 'DATE', '2011-01-27'),
    ('Monday', 'DATE', '2011-01-17'),
    ('the summer', 'DATE', '2011-SU'),
]),
# 8. The Guardian, science (2014)
('2014-09-05', 'auto', """Puffins abandon Fair Isle colony as sandeel stocks collapse

Breeding numbers at one of Britain's most important seabird sites have fallen by two-thirds in a decade, researchers say

Fri 5 Sep 2014 12.00 BST

Puffins have almost vanished from one of Britain's most important seabird colonies, with researchers recording fewer than 200 breeding pairs on Fair Isle this summer, down from about 600 in 2004.

The survey, carried out in June and July by a team from the Fair Isle Bird Observatory and the University of Aberdeen, found that many burrows were empty and that the chicks which did hatch were often underweight.

"This is the worst season we've recorded since monitoring began in 1986," said Dr Fiona Grant, who led the study. "In the past five years we've gone from worried to alarmed."

Scientists blame a collapse in sandeels, the small fish that make up most of a puffin chick's diet. Warmer sea temperatures in the North Sea over the past 30 years have shifted the plankton that sandeels feed on, pushing the fish further north and into deeper water.

The findings will be presented to the Joint Nature Conservation Committee on Tuesday and published in full in the journal Marine Ecology Progress Series later this year.

Fair Isle, halfway between Orkney and Shetland, has been surveyed every summer for nearly three decades. Volunteers check the same 12 study plots twice a week during the breeding season, noting how many adults return with fish.

Grant said the team had watched one adult spend almost 40 minutes circling with an empty bill before returning to its burrow. "You can see them struggling," she said.

The puffin was moved into a higher-risk category on the European red list last October, after similar declines in Iceland and Norway. Other species on the island, including kittiwakes and Arctic terns, have also had poor breeding seasons in recent years.

Conservation groups are calling on the government to extend a ban on sandeel fishing, first introduced off eastern Scotland in 2000, to waters around the Northern Isles. The Scottish government said on Thursday it would consider the request "in the coming months".

"We have maybe 10 years to turn this around before the colony is gone entirely," said Grant. "Next spring will tell us a lot."
""", [
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('Fri 5 Sep 2014 12.00 BST', 'TIME', '2014-09-05T12:00'),
    ('this summer', 'DATE', '2014-SU'),
    ('2004', 'DATE', '2004'),
    ('June', 'DATE', '2014-06'),
    ('July', 'DATE', '2014-07'),
    ('1986', 'DATE', '1986'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('the past 30 years', 'DURATION', 'P30Y'),
    ('Tuesday', 'DATE', '2014-09-09'),
    ('later this year', 'DATE', '2014'),
    ('every summer', 'SET', 'XXXX-SU'),
    ('nearly three decades', 'DURATION', 'P30Y|P3E'),
    ('twice a week', 'SET', 'P1W'),
    ('almost 40 minutes', 'DURATION', 'PT40M'),
    ('last October', 'DATE', '2013-10'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('2000', 'DATE', '2000'),
    ('Thursday', 'DATE', '2014-09-04'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('10 years', 'DURATION', 'P10Y'),
    ('Next spring', 'DATE', '2015-SP'),
]),
# 9. Regional daily, culture feature (2016)
('2016-08-11', 'auto', """Restored Rialto to reopen next month after 14 years dark

By Megan Cole
Herald staff writer

The marquee is back. So are the red velvet seats, the plaster cherubs and, after a $6.8 million restoration, the 1927 Wurlitzer organ that once accompanied silent films.

The Rialto Theatre on Main Street will reopen to the public at 7 p.m. Sept. 3 with a free screening of "Singin' in the Rain," two days before Labor Day, the Rialto Preservation Trust announced Wednesday.

"For a lot of people in this town, this is where they had their first date," said trust president Ann Whitcomb. "We've been hearing those stories for 10 years."

The 1,100-seat theater opened in October 1927 and showed films continuously until 2002, when its last operator, a regional cinema chain, let the lease expire. It sat empty for more than a decade, and a leaking roof badly damaged the balcony in the winter of 2010.

The trust bought the building for $1 in 2008 and began raising money the following year. Construction started in March 2014 and was expected to take 18 months, but crews discovered asbestos behind the stage walls in the spring of 2015, pushing the opening back nearly a year.

Organist Paul Dufresne, 67, has spent the past three months tuning the Wurlitzer's 1,400 pipes. He will play a 20-minute prelude before the opening film.

Once open, the Rialto plans to show classic films every weekend, host live music twice a month and rent the hall for weddings and school concerts. The trust expects about 40,000 visitors annually.

Tickets for the theater's first concert series go on sale Monday at 10 a.m. The series opens Oct. 8 with chamber players from the Portland Symphony.

Not everyone is convinced the venture can pay its way. City Councilor Ed Marchand, who voted against a $500,000 city grant to the project in 2013, said he hopes it succeeds but worries about operating costs. "Restoring it was the easy part," he said Tuesday. "Keeping the lights on for the next 20 years is the hard part."

Whitcomb said the trust has an endowment that will cover losses for at least five years. "We didn't do all this so it could close again," she said. "It's here for the future."

The trust will hold an open house for volunteers Saturday afternoon, and tours for donors are planned for later this month.
""", [
    ('next month', 'DATE', '2016-09'),
    ('14 years', 'DURATION', 'P14Y'),
    ('1927', 'DATE', '1927'),
    ('7 p.m. Sept. 3', 'TIME', '2016-09-03T19:00'),
    ('two days', 'DURATION', 'P2D'),
    ('Labor Day', 'DATE', '2016-09-05'),
    ('Wednesday', 'DATE', '2016-08-10'),
    ('10 years', 'DURATION', 'P10Y'),
    ('October 1927', 'DATE', '1927-10'),
    ('2002', 'DATE', '2002'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('the winter of 2010', 'DATE', '2010-WI'),
    ('2008', 'DATE', '2008'),
    ('the following year', 'DATE', '2009'),
    ('March 2014', 'DATE', '2014-03'),
    ('18 months', 'DURATION', 'P18M'),
    ('the spring of 2015', 'DATE', '2015-SP'),
    ('nearly a year', 'DURATION', 'P1Y'),
    ('the past three months', 'DURATION', 'P3M'),
    ('20-minute', 'DURATION', 'PT20M'),
    ('every weekend', 'SET', 'XXXX-WXX-WE'),
    ('twice a month', 'SET', 'P1M'),
    ('annually', 'SET', 'P1Y'),
    ('Monday at 10 a.m.', 'TIME', '2016-08-15T10:00'),
    ('Oct. 8', 'DATE', '2016-10-08'),
    ('2013', 'DATE', '2013'),
    ('Tuesday', 'DATE', '2016-08-09'),
    ('the next 20 years', 'DURATION', 'P20Y'),
    ('at least five years', 'DURATION', 'P5Y'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('Saturday afternoon', 'DATE|TIME', '2016-08-13TAF'),
    ('later this month', 'DATE', '2016-08'),
]),
# 10. Los Angeles Times, weather (2018)
('2018-11-10', 'auto', """Santa Ana winds to return as crews battle Sycamore fire above Ojai

By Lucia Herrera

Forecasters warned that powerful Santa Ana winds would return to Southern California on Sunday, threatening to push a wind-driven fire that has already burned more than 14,000 acres in the hills above Ojai toward neighborhoods that were spared earlier in the week.

The National Weather Service issued a red flag warning from 4 a.m. Sunday through 6 p.m. Tuesday for much of Ventura and Los Angeles counties, with gusts of up to 60 mph possible in the mountains and passes.

"We had a little break today and yesterday, and that's what allowed crews to get lines in," said Ventura County Fire Capt. Nora Quintero. "But that window is closing fast."

The Sycamore fire broke out at about 2:15 p.m. Thursday near Highway 150 and grew to 9,000 acres by Friday morning as 40-mph winds carried embers across canyons. By late Friday it was 15% contained.

At least 37 homes have been destroyed, and about 11,000 residents remained under evacuation orders Saturday. No deaths had been reported. The cause of the fire is under investigation.

The blaze comes less than a year after the Thomas fire, which started in early December 2017 and burned for more than a month, becoming at the time the largest wildfire in California's modern history.

Humidity levels are expected to drop into the single digits by Monday afternoon, and there has been almost no rain since spring. Downtown Los Angeles has recorded just 0.1 inch of rain since Oct. 1, the start of the water year, according to the weather service.

Climate scientists say fire seasons in California have grown longer over the past four decades, and that the most destructive fires now tend to strike when bone-dry vegetation meets seasonal offshore winds.

"The old idea of a fire season doesn't really apply anymore," said Marisol Vega, a climate researcher at UC Santa Barbara. "We now see dangerous fire weather in every month."

Southern California Edison said it might cut power to about 25,000 customers in high-risk areas as early as Sunday night to keep its lines from sparking new fires. The utility first used such shutoffs last month.

Schools in the Ojai Unified School District will remain closed Monday and Tuesday. Officials said they would decide Tuesday evening whether to reopen later in the week.

Veterans Day events planned for Sunday in Ventura have been postponed.
""", [
    ('Sunday', 'DATE', '2018-11-11'),
    ('earlier in the week', 'DATE', '2018-W45'),
    ('4 a.m. Sunday', 'TIME', '2018-11-11T04:00'),
    ('6 p.m. Tuesday', 'TIME', '2018-11-13T18:00'),
    ('today', 'DATE', '2018-11-10'),
    ('yesterday', 'DATE', '2018-11-09'),
    ('about 2:15 p.m. Thursday', 'TIME', '2018-11-08T14:15'),
    ('Friday morning', 'DATE|TIME', '2018-11-09TMO'),
    ('late Friday', 'DATE', '2018-11-09'),
    ('Saturday', 'DATE', '2018-11-10'),
    ('less than a year', 'DURATION', 'P1Y'),
    ('early December 2017', 'DATE', '2017-12'),
    ('more than a month', 'DURATION', 'P1M'),
    ('Monday afternoon', 'DATE|TIME', '2018-11-12TAF'),
    ('spring', 'DATE', '2018-SP'),
    ('Oct. 1', 'DATE', '2018-10-01'),
    ('the past four decades', 'DURATION', 'P40Y|P4E'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every month', 'SET', 'P1M'),
    ('Sunday night', 'DATE|TIME', '2018-11-11TNI'),
    ('last month', 'DATE', '2018-10'),
    ('Monday', 'DATE', '2018-11-12'),
    ('Tuesday', 'DATE', '2018-11-13'),
    ('Tuesday evening', 'DATE|TIME', '2018-11-13TEV'),
    ('later in the week', 'DATE', '2018-W46'),
    ('Veterans Day', 'DATE', '2018-11-11'),
    ('Sunday', 'DATE', '2018-11-11'),
]),
# 11. Reuters, politics wire (2022)
('2022-05-16', 'auto', """EU fails to break deadlock on Russian oil ban as Hungary holds out

BRUSSELS, May 16 (Reuters) - European Union foreign ministers failed on Monday to persuade Hungary to drop its opposition to a proposed embargo on Russian oil, leaving the bloc's sixth package of sanctions stalled nearly two weeks after it was unveiled.

The European Commission proposed on May 4 to phase out imports of Russian crude within six months and refined products by the end of the year. Hungary, which gets most of its oil through the Druzhba pipeline, says it needs at least four years and up to 750 million euros to adapt its refineries.

"We are not there yet," one senior EU diplomat said after the meeting, which lasted more than five hours. "Everyone understands the problem. Nobody has found the money."

Slovakia and the Czech Republic have already been offered longer transition periods, until the end of 2023 and mid-2024 respectively, under a revised draft circulated last week. Diplomats said Budapest had asked for similar treatment and for pipeline supplies to be exempted entirely.

EU ambassadors will meet again on Wednesday, and officials hope to reach a deal before leaders gather for a summit at the end of the month.

Since Russia invaded Ukraine on Feb. 24, the EU has adopted five rounds of sanctions, freezing the assets of hundreds of officials and banning transactions with the Russian central bank. Every previous package was approved unanimously within weeks.

The oil embargo would be the bloc's most significant step yet. Russia supplied about 27% of the EU's crude imports last year, according to Eurostat data.

Oil prices rose in early trading on Monday, with Brent crude up about 1.5% at $113 a barrel by 0930 GMT, as traders bet the embargo would eventually pass.

Some diplomats warned privately that the delays were damaging the bloc's credibility. "Three months ago we were moving at record speed," said another diplomat. "Now we are negotiating over pipelines while the war goes on."

The Commission has said it could present a separate proposal on gas later this year, though several member states, including Germany and Italy, have said an embargo on Russian gas is not currently possible.
""", [
    ('May 16', 'DATE', '2022-05-16'),
    ('Monday', 'DATE', '2022-05-16'),
    ('nearly two weeks', 'DURATION', 'P2W'),
    ('May 4', 'DATE', '2022-05-04'),
    ('six months', 'DURATION', 'P6M'),
    ('the end of the year', 'DATE', '2022|2022-12'),
    ('at least four years', 'DURATION', 'P4Y'),
    ('more than five hours', 'DURATION', 'PT5H'),
    ('the end of 2023', 'DATE', '2023|2023-12'),
    ('mid-2024', 'DATE', '2024'),
    ('last week', 'DATE', '2022-W19'),
    ('Wednesday', 'DATE', '2022-05-18'),
    ('the end of the month', 'DATE', '2022-05'),
    ('Feb. 24', 'DATE', '2022-02-24'),
    ('weeks', 'DURATION', 'PXW'),
    ('last year', 'DATE', '2021'),
    ('Monday', 'DATE', '2022-05-16'),
    ('0930 GMT', 'TIME', '2022-05-16T09:30'),
    ('Three months ago', 'DATE', '2022-02'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('later this year', 'DATE', '2022'),
    ('currently', 'DATE', 'PRESENT_REF'),
]),
# 12. NPR, science (2025)
('2025-03-04', 'auto', """Astronomers Are Stumped By A Radio Signal That Repeats Every 51 Minutes

A faint radio source in the southern sky switches on for about 90 seconds every 51 minutes, and astronomers say they cannot yet explain what is producing it.

The object, known as ASKAP J1627-41, was first spotted in archival data in late 2023 by a team using the Australian Square Kilometre Array Pathfinder telescope in Western Australia. Follow-up observations over the following 14 months confirmed that the pulses arrive with clockwork regularity.

"When we first saw it, we assumed it was interference," says Hannah Okafor, an astronomer at Curtin University who led the study, published Monday in the journal Nature Astronomy. "Within a week we knew it was real. By the end of that year, we knew it was strange."

Known pulsars, the collapsed cores of massive stars, flash far more rapidly. A handful of so-called long-period transients found in recent years repeat much more slowly, but none has shown both the timing and the polarization seen in the new source.

The team's leading explanation is a highly magnetized white dwarf orbiting a small red star, but Okafor says a rare type of neutron star can't be ruled out. "Right now, every model we try breaks somewhere," she says.

The discovery comes about a decade after astronomers began systematically combing radio archives for slow, repeating signals. Such searches have expanded rapidly since 2020, as new wide-field telescopes have come online.

Observations with the MeerKAT telescope in South Africa are scheduled for April and May, and the team has applied for time on the James Webb Space Telescope later this year to look for the source in infrared light.

"This is exactly the kind of object the next generation of telescopes will find by the hundreds," says Martin Hale, an astronomer at the University of Manchester who was not involved in the research. "Ten years from now, we may look back at this as the first of a new class."

The full SKA-Low telescope, under construction about 100 miles away, is expected to begin science operations in 2027 and will survey large areas of the sky every day.

Okafor's team will keep checking on the source weekly through the end of the year. "It has been on, off, on, off for well over a year," she says. "At some point it will do something different, and we want to be watching."
""", [
    ('Every 51 Minutes', 'SET', 'PT51M'),
    ('about 90 seconds', 'DURATION', 'PT90S'),
    ('every 51 minutes', 'SET', 'PT51M'),
    ('late 2023', 'DATE', '2023'),
    ('the following 14 months', 'DURATION', 'P14M'),
    ('Monday', 'DATE', '2025-03-03'),
    ('a week', 'DURATION', 'P1W'),
    ('the end of that year', 'DATE', '2023|2023-12'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('Right now', 'DATE', 'PRESENT_REF'),
    ('about a decade', 'DURATION', 'P10Y|P1E'),
    ('2020', 'DATE', '2020'),
    ('April', 'DATE', '2025-04'),
    ('May', 'DATE', '2025-05'),
    ('later this year', 'DATE', '2025'),
    ('Ten years from now', 'DATE', '2035'),
    ('2027', 'DATE', '2027'),
    ('every day', 'SET', 'P1D'),
    ('weekly', 'SET', 'P1W'),
    ('the end of the year', 'DATE', '2025|2025-12'),
    ('well over a year', 'DURATION', 'P1Y'),
]),
]
