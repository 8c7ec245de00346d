# Gold TIMEX3 probe set 75: twelve original news texts (AP, Reuters, AFP, NYT, BBC, NPR, Globe and Mail; 1993-2025; politics, courts, companies, disasters, health, culture), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, disaster: Mississippi flood, levee break (1993)
('1993-07-16', 'auto', """Levee Breaks Near Carrollton Bend as Mississippi Crest Nears

CARROLLTON BEND, Mo. (AP) — A levee that had held back the swollen Mississippi River for more than a month gave way early Friday, sending water into the low-lying east side of this river town of 2,400 and forcing about 600 people from their homes.

The break came at about 4:15 a.m., said Sheriff Dale Renner, whose deputies had been going door to door since Thursday night warning residents that the earthen wall was weakening. By 9 a.m., water stood four feet deep on Front Street.

"We fought it for six weeks," Renner said. "Last night we knew it wasn't going to hold."

The National Weather Service said the river was expected to crest at 41 feet on Sunday, nearly 16 feet above flood stage and two feet higher than the record set in 1973. Forecasters warned that more rain was possible over the weekend.

Volunteers had been filling sandbags since early June, when heavy rains across Iowa and Minnesota first pushed the river out of its banks. National Guard troops arrived last week, and about 200 were working on the town's remaining levees Friday.

Gov. Mel Carnahan, who toured the area by helicopter Friday afternoon, said he would ask President Clinton to add three more counties to the federal disaster declaration signed Wednesday. Clinton is expected to visit flooded areas of Iowa and Missouri next week.

At the Methodist church on the hill, which has served as a shelter since July 4, Red Cross workers served breakfast to about 150 people. Some had been there for nearly two weeks.

"This is the third time I've been flooded out," said Marjorie Tate, 71, a retired schoolteacher. "In 1973 we were out for a month. This time I don't know if there'll be anything to go back to."

Officials said it could be mid-August before the water recedes enough for residents to return. Schools, which were to open Aug. 30, may be delayed.

The flooding has caused an estimated $10 billion in damage across nine states this summer, and at least 29 deaths have been blamed on it.

Farmers in the bottomland said their crops were gone. "We planted in May, replanted in June, and now there's nothing," said Ray Schutte, who farms 800 acres south of town. "Fifty years my family has been on this ground. I've never seen anything like it."

Sandbagging continued Friday evening on the north levee, which engineers said was holding. Renner said crews would keep working and would be relieved every four hours.
""", [
    ('more than a month', 'DURATION', 'P1M'),
    ('early Friday', 'DATE', '1993-07-16'),
    ('about 4:15 a.m.', 'TIME', '1993-07-16T04:15'),
    ('Thursday night', 'DATE|TIME', '1993-07-15TNI'),
    ('9 a.m.', 'TIME', '1993-07-16T09:00'),
    ('six weeks', 'DURATION', 'P6W'),
    ('Last night', 'DATE|TIME', '1993-07-15TNI'),
    ('Sunday', 'DATE', '1993-07-18'),
    ('1973', 'DATE', '1973'),
    ('the weekend', 'DATE', '1993-W28-WE'),
    ('early June', 'DATE', '1993-06'),
    ('last week', 'DATE', '1993-W27'),
    ('Friday', 'DATE', '1993-07-16'),
    ('Friday afternoon', 'DATE|TIME', '1993-07-16TAF'),
    ('Wednesday', 'DATE', '1993-07-14'),
    ('next week', 'DATE', '1993-W29'),
    ('July 4', 'DATE', '1993-07-04'),
    ('nearly two weeks', 'DURATION', 'P2W'),
    ('1973', 'DATE', '1973'),
    ('a month', 'DURATION', 'P1M'),
    ('mid-August', 'DATE', '1993-08'),
    ('Aug. 30', 'DATE', '1993-08-30'),
    ('this summer', 'DATE', '1993-SU'),
    ('May', 'DATE', '1993-05'),
    ('June', 'DATE', '1993-06'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Fifty years', 'DURATION', 'P50Y'),
    ('Friday evening', 'DATE|TIME', '1993-07-16TEV'),
    ('every four hours', 'SET', 'PT4H'),
]),
# 2. Reuters, companies: telecom quarterly results (1996)
('1996-10-24', 'auto', """Meridian Telecom third-quarter profit falls, shares slide

NEW YORK, Oct 24 (Reuters) - Meridian Telecom Inc said on Thursday its third-quarter profit fell 18 percent as price wars in long-distance calling squeezed margins, and warned that earnings would come in below Wall Street forecasts.

The Denver-based company said net income for the quarter was $142 million, or 61 cents a share, compared with $173 million, or 74 cents a share, a year earlier. Revenue rose 4 percent to $1.9 billion.

Analysts had on average expected earnings of 68 cents a share, according to First Call.

Meridian shares fell $3-1/4 to $27-7/8 in early trading on the New York Stock Exchange, their lowest level since February 1995. The stock has lost about a quarter of its value over the past three months.

"It was tough, and the fourth quarter will not be much easier," chief executive Warren Holt told analysts on a conference call. "We expect the pricing environment to remain difficult well into next year."

Holt said the company would cut about 1,100 jobs, or 6 percent of its work force, over the next 18 months, and would take a pretax charge of $85 million in the fourth quarter to cover severance and office closures.

The company also said it planned to spend $400 million annually through 1999 to upgrade its fibre network, and that it would begin offering local telephone service in five states in early 1997, taking advantage of the Telecommunications Act signed by President Clinton in February.

Meridian said fiscal 1996 earnings per share would be in a range of $2.35 to $2.45, down from an earlier forecast of $2.70. It earned $2.58 a share last year.

"The guidance cut is bigger than we feared," said Linda Faraday, an analyst at Brandt Securities. "They had been telling us for months that the worst was over."

The results come after rival Pinnacle Communications reported earlier this month a 9 percent drop in profit, and ahead of results from larger rival Sprint Corp, due next week. Industry analysts said long-distance carriers had been cutting rates repeatedly since the summer to hold on to customers.

Meridian said its board had approved a dividend of 13 cents a share, unchanged, payable Dec. 2 to shareholders of record on Nov. 8.

The company will hold a meeting with investors in Denver on Nov. 14, when it is expected to give details of its 1997 budget and its plans for the wireless business it bought in 1994.

Shares closed at $28, down $3-1/8, on volume of 4.2 million shares, more than three times the stock's average volume. Pinnacle shares slipped 1/2 to $19-3/4 in sympathy.
""", [
    ('third-quarter', 'DATE', '1996-Q3'),
    ('Oct 24', 'DATE', '1996-10-24'),
    ('Thursday', 'DATE', '1996-10-24'),
    ('third-quarter', 'DATE', '1996-Q3'),
    ('the quarter', 'DATE', '1996-Q3'),
    ('a year earlier', 'DATE', '1995-Q3|1995'),
    ('February 1995', 'DATE', '1995-02'),
    ('the past three months', 'DURATION', 'P3M'),
    ('the fourth quarter', 'DATE', '1996-Q4'),
    ('next year', 'DATE', '1997'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('the fourth quarter', 'DATE', '1996-Q4'),
    ('annually', 'SET', 'P1Y'),
    ('1999', 'DATE', '1999'),
    ('early 1997', 'DATE', '1997'),
    ('February', 'DATE', '1996-02'),
    ('fiscal 1996', 'DATE', 'FY1996|1996'),
    ('last year', 'DATE', '1995'),
    ('months', 'DURATION', 'PXM'),
    ('earlier this month', 'DATE', '1996-10'),
    ('next week', 'DATE', '1996-W44'),
    ('the summer', 'DATE', '1996-SU'),
    ('Dec. 2', 'DATE', '1996-12-02'),
    ('Nov. 8', 'DATE', '1996-11-08'),
    ('Nov. 14', 'DATE', '1996-11-14'),
    ('1997', 'DATE', '1997'),
    ('1994', 'DATE', '1994'),
]),
# 3. New York Times, courts: verdict with narrative retelling of the theft (1999)
('1999-03-11', 'auto', """Jury Convicts Former Bookkeeper in Theft From Parish

By ELLEN MARSH

MINEOLA, N.Y., March 11 — A Nassau County jury today convicted a former church bookkeeper of stealing more than $900,000 from a Roman Catholic parish over nine years, ending a three-week trial that laid bare the slow unraveling of a small congregation on the South Shore.

The defendant, Gloria Penske, 58, showed no emotion as the verdict was read at 3:10 p.m. The jury had deliberated for about six hours over two days. She faces up to 15 years in prison when she is sentenced on April 23.

The story that prosecutors told was one of small temptations that grew. Ms. Penske was hired by St. Brendan's Church in Oceanside in the fall of 1988 to keep its books and count the collections. The first theft, a check for $400 made out to cash, came the following spring, according to testimony. By the mid-1990's she was taking about $9,000 a month.

Parishioners testified that for years they had noticed the leaking roof, the canceled youth trips and the pleas for money every Sunday, without suspecting anyone. "We thought we were just a poor parish," said Edward Lanza, a retired firefighter who has attended Mass there since 1962.

It came apart on the morning of Jan. 12, 1998, when a new pastor, the Rev. Thomas Kiernan, asked to see the parish's bank statements for the previous three years. Ms. Penske told him they were in storage. Two days later she did not come to work. That evening, Father Kiernan testified, he drove to her house in Baldwin and found it dark.

The next morning he called the diocese, which called the district attorney. Investigators spent five months tracing the money, most of which, they said, went to a condominium in Florida, a boat and casino trips to Atlantic City twice a month. Ms. Penske was arrested in June and has been free on $50,000 bail since.

Her lawyer, Richard Oster, argued during the trial that the parish's previous pastor, who died in 1996, had approved many of the payments as compensation for years of low wages. But prosecutors showed the jury checks signed in the pastor's name months after his funeral.

"She didn't take it all at once," the prosecutor, Denise Carrow, told jurors in her closing argument on Tuesday. "She took a little every week, for nine years."

Outside the courthouse this afternoon, Father Kiernan said the parish had recovered about $210,000 and hoped to repair the roof by the summer. "We will have a new beginning," he said. "Easter is coming."
""", [
    ('March 11', 'DATE', '1999-03-11'),
    ('today', 'DATE', '1999-03-11'),
    ('nine years', 'DURATION', 'P9Y'),
    ('three-week', 'DURATION', 'P3W'),
    ('3:10 p.m.', 'TIME', '1999-03-11T15:10'),
    ('about six hours', 'DURATION', 'PT6H'),
    ('two days', 'DURATION', 'P2D'),
    ('15 years', 'DURATION', 'P15Y'),
    ('April 23', 'DATE', '1999-04-23'),
    ('the fall of 1988', 'DATE', '1988-FA'),
    ('the following spring', 'DATE', '1989-SP'),
    ("the mid-1990's", 'DATE', '199'),
    ('a month', 'SET', 'P1M'),
    ('years', 'DURATION', 'PXY'),
    ('every Sunday', 'SET', 'XXXX-WXX-7'),
    ('1962', 'DATE', '1962'),
    ('the morning of Jan. 12, 1998', 'DATE|TIME', '1998-01-12TMO'),
    ('the previous three years', 'DURATION', 'P3Y'),
    ('Two days later', 'DATE', '1998-01-14'),
    ('That evening', 'DATE|TIME', '1998-01-14TEV'),
    ('The next morning', 'DATE|TIME', '1998-01-15TMO'),
    ('five months', 'DURATION', 'P5M'),
    ('twice a month', 'SET', 'P1M'),
    ('June', 'DATE', '1998-06'),
    ('1996', 'DATE', '1996'),
    ('years', 'DURATION', 'PXY'),
    ('months', 'DURATION', 'PXM'),
    ('Tuesday', 'DATE', '1999-03-09'),
    ('every week', 'SET', 'P1W'),
    ('nine years', 'DURATION', 'P9Y'),
    ('this afternoon', 'DATE|TIME', '1999-03-11TAF'),
    ('the summer', 'DATE', '1999-SU'),
    ('Easter', 'DATE', '1999-04-04'),
]),
# 4. BBC, health: hospitals told to prepare for winter flu (2001)
('2001-11-20', 'auto', """Hospitals told to prepare for flu surge

Hospitals in England have been told to free up hundreds of beds within the next two weeks amid warnings that this winter could bring the worst flu outbreak for a decade.

In a letter sent to NHS trusts on Monday, the Department of Health said planned operations might have to be postponed from mid-December until at least the end of January if admissions rise as expected.

GPs in the north-west of England reported 38 cases of flu-like illness per 100,000 people last week, up from 14 a fortnight earlier. Public health doctors say rates above 50 usually signal an epidemic.

Dr Helen Farrow, who leads the department's emergency planning team, said: "We are not in an epidemic, but the figures are rising every week and we would rather be ready too early than too late."

Two years ago, in the winter of 1999-2000, a flu outbreak left some hospitals so full that patients waited on trolleys for 12 hours and several trusts cancelled all non-emergency surgery for a month.

Ministers have since spent more than £300m on extra intensive care beds and on a national helpline, NHS Direct, which now takes about 100,000 calls a week.

Nurses' leaders said the letter showed the health service was still operating "on a knife edge". The Royal College of Nursing said thousands of posts remained unfilled and that staff were already working 12-hour shifts in some A&E departments.

Uptake of the flu jab among people aged 65 and over has risen to 67%, the department said, but fewer than half of younger patients with asthma or heart disease had been vaccinated by the end of October. GPs have been urged to keep their surgeries open on Saturday mornings until Christmas to catch up.

Health Secretary Alan Milburn is due to set out the government's plans for hospitals in the Commons on Thursday. He said earlier this month that there would be "no repeat" of the crisis of two years ago.

In Scotland, where figures are published every Wednesday, flu rates have remained low. Officials in Wales said they would review the situation at the end of the week.

The Conservatives said the government had had four years to fix the problem. "Every autumn we hear the same promises, and every January we see the same pictures of patients in corridors," said shadow health secretary Liam Fox.

The Public Health Laboratory Service will publish its next weekly report on Friday.
""", [
    ('the next two weeks', 'DURATION', 'P2W'),
    ('this winter', 'DATE', '2001-WI'),
    ('a decade', 'DURATION', 'P10Y'),
    ('Monday', 'DATE', '2001-11-19'),
    ('mid-December', 'DATE', '2001-12'),
    ('the end of January', 'DATE', '2002-01'),
    ('last week', 'DATE', '2001-W46'),
    ('a fortnight earlier', 'DATE', '2001-W44'),
    ('every week', 'SET', 'P1W'),
    ('Two years ago', 'DATE', '1999'),
    ('the winter of 1999-2000', 'DATE', '1999-WI'),
    ('12 hours', 'DURATION', 'PT12H'),
    ('a month', 'DURATION', 'P1M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a week', 'SET', 'P1W'),
    ('12-hour', 'DURATION', 'PT12H'),
    ('the end of October', 'DATE', '2001-10'),
    ('Saturday mornings', 'SET', 'XXXX-WXX-6TMO'),
    ('Christmas', 'DATE', '2001-12-25'),
    ('Thursday', 'DATE', '2001-11-22'),
    ('earlier this month', 'DATE', '2001-11'),
    ('two years ago', 'DATE', '1999'),
    ('every Wednesday', 'SET', 'XXXX-WXX-3'),
    ('the end of the week', 'DATE', '2001-W47'),
    ('four years', 'DURATION', 'P4Y'),
    ('Every autumn', 'SET', 'XXXX-FA'),
    ('every January', 'SET', 'XXXX-01'),
    ('weekly', 'SET', 'P1W'),
    ('Friday', 'DATE', '2001-11-23'),
]),
# 5. AFP, politics: final days of the Philippine election campaign (2004)
('2004-05-06', 'auto', """Philippine candidates make final push as violence mars campaign

MANILA, May 6 (AFP) - Candidates in the Philippines' presidential race made a final push for votes Thursday ahead of Monday's election, which police fear could be marred by further violence after at least 100 people were killed during the three-month campaign.

President Gloria Arroyo, who is seeking a full six-year term, flew to the central island of Cebu in the morning for a rally, while her main rival, action film star Fernando Poe Jr., was to address supporters in Manila in the evening.

Surveys published last weekend gave Arroyo a narrow lead of about five percentage points, though analysts said the gap had been narrowing since mid-April.

National police chief Hermogenes Ebdane said 130,000 police and soldiers would be deployed on election day, and that a nationwide liquor ban would take effect on Sunday.

"We have identified more than 200 areas of concern, mostly in Mindanao and the northern provinces," Ebdane told reporters. On Tuesday, gunmen killed a mayoral candidate and two of his aides in Abra province, the latest in a series of attacks since the campaign opened on February 10.

Arroyo took office in January 2001 after a military-backed popular revolt ousted Joseph Estrada, who was accused of plundering millions from illegal gambling. She announced in December 2002 that she would not run in 2004, saying she wanted to focus on the economy, but changed her mind ten months later.

Poe, 64, a high school dropout who has starred in more than 250 films over 45 years, has drawn huge crowds in the slums of Manila and in rural areas, where he is known as "Da King". He has promised to fight corruption but has largely avoided debates and interviews.

"He talks to the people the way his characters do, simply," said political analyst Ramon Casiple. "That is very hard to beat."

The Commission on Elections said 43 million people were registered to vote for more than 17,000 posts, from president down to municipal councillors. Polling stations will be open from 7:00 am to 3:00 pm.

Because ballots are counted by hand, official results for the presidency may not be known for several weeks. Congress has until late June to proclaim a winner, and the new president is due to be sworn in on June 30.

Speaking to a crowd of about 50,000 in Cebu City, Arroyo said she had spent the past three years stabilising the economy and asked voters for "six more years to finish the job".

Poe's spokesman said he would spend Friday and Saturday in the northern province of Pangasinan, where the film star's family comes from, before returning to Manila.
""", [
    ('May 6', 'DATE', '2004-05-06'),
    ('Thursday', 'DATE', '2004-05-06'),
    ('Monday', 'DATE', '2004-05-10'),
    ('three-month', 'DURATION', 'P3M'),
    ('six-year', 'DURATION', 'P6Y'),
    ('the morning', 'DATE|TIME', '2004-05-06TMO'),
    ('the evening', 'DATE|TIME', '2004-05-06TEV'),
    ('last weekend', 'DATE', '2004-W18-WE'),
    ('mid-April', 'DATE', '2004-04'),
    ('election day', 'DATE', '2004-05-10'),
    ('Sunday', 'DATE', '2004-05-09'),
    ('Tuesday', 'DATE', '2004-05-04'),
    ('February 10', 'DATE', '2004-02-10'),
    ('January 2001', 'DATE', '2001-01'),
    ('December 2002', 'DATE', '2002-12'),
    ('2004', 'DATE', '2004'),
    ('ten months later', 'DATE', '2003-10'),
    ('45 years', 'DURATION', 'P45Y'),
    ('7:00 am', 'TIME', '2004-05-10T07:00'),
    ('3:00 pm', 'TIME', '2004-05-10T15:00'),
    ('several weeks', 'DURATION', 'PXW'),
    ('late June', 'DATE', '2004-06'),
    ('June 30', 'DATE', '2004-06-30'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('six more years', 'DURATION', 'P6Y'),
    ('Friday', 'DATE', '2004-05-07'),
    ('Saturday', 'DATE', '2004-05-08'),
]),
# 6. Globe and Mail, culture: Newfoundland film at the Toronto festival (2007)
('2007-09-14', 'auto', """A quiet Newfoundland drama finds its audience at TIFF

JAMES ADAIR
ARTS REPORTER, TORONTO

When Maura Kennedy's film The Long Tide had its world premiere at the Toronto International Film Festival on Tuesday night, the 1,500-seat Elgin Theatre was barely half full. By Thursday afternoon, after a glowing review in Variety, a second screening had sold out in 20 minutes.

"I've been waiting eleven years for this week," Ms. Kennedy said yesterday, sitting in a hotel bar on Bloor Street with a cup of tea she never touched. "I don't think I've slept since Sunday."

The film follows a fishing family in an outport on Newfoundland's south coast in the summer of 1992, just after Ottawa closed the northern cod fishery and put some 30,000 people out of work at a stroke. Ms. Kennedy, who grew up in nearby Burin, wrote the first draft of the script in the winter of 1996 and spent the next nine years trying to raise money for it.

"Everybody said the same thing: nobody wants to watch a movie about fish," she said. "Then they'd ask if I could move it to Nova Scotia and add a love story."

Shooting finally took place over seven weeks last fall, in wind and sleet that twice blew down the crew's lighting rigs. Most of the cast had never acted before. They rehearsed every evening in a church hall, and the lead, a 17-year-old from Grand Bank, was cast after Ms. Kennedy heard her singing at a wedding.

At least three distributors have made offers since Wednesday, according to producer Alan Whitty, who said the film cost $1.8-million, tiny by festival standards. "Five years ago nobody would return our calls," he said. "Now they're calling me at breakfast."

Ms. Kennedy's previous film, a short about her grandfather, played at the festival in 1999. She has since worked as a script editor for CBC Television and taught screenwriting two nights a week at a college in St. John's.

The Long Tide will open the St. John's International Women's Film Festival on Oct. 17, and the producers hope for a national theatrical release in the spring.

The Toronto festival ends Saturday, when the People's Choice Award, voted on by audiences, is announced at a brunch that morning. Ms. Kennedy said she would be on a plane home by then.

"My mother has been telling the whole town for a month," she said. "I'd better be there."
""", [
    ('Tuesday night', 'DATE|TIME', '2007-09-11TNI'),
    ('Thursday afternoon', 'DATE|TIME', '2007-09-13TAF'),
    ('20 minutes', 'DURATION', 'PT20M'),
    ('eleven years', 'DURATION', 'P11Y'),
    ('this week', 'DATE', '2007-W37'),
    ('yesterday', 'DATE', '2007-09-13'),
    ('Sunday', 'DATE', '2007-09-09'),
    ('the summer of 1992', 'DATE', '1992-SU'),
    ('the winter of 1996', 'DATE', '1996-WI'),
    ('the next nine years', 'DURATION', 'P9Y'),
    ('seven weeks', 'DURATION', 'P7W'),
    ('last fall', 'DATE', '2006-FA'),
    ('every evening', 'SET', 'XXXX-XX-XXTEV'),
    ('Wednesday', 'DATE', '2007-09-12'),
    ('Five years ago', 'DATE', '2002'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('1999', 'DATE', '1999'),
    ('two nights a week', 'SET', 'P1W'),
    ('Oct. 17', 'DATE', '2007-10-17'),
    ('the spring', 'DATE', '2008-SP'),
    ('Saturday', 'DATE', '2007-09-15'),
    ('that morning', 'DATE|TIME', '2007-09-15TMO'),
    ('a month', 'DURATION', 'P1M'),
]),
# 7. NPR, health: unused H1N1 vaccine as demand fades (2010)
('2010-02-03', 'auto', """Millions Of Swine Flu Vaccine Doses Go Unused As Demand Fades

by Karen Liu

February 3, 2010

Last fall, parents in many cities waited for hours in cold parking lots to get their children vaccinated against the H1N1 flu. Now, with the pandemic apparently waning, health departments are struggling to give the vaccine away.

Federal officials said Tuesday that about 70 million Americans have received the vaccine since it became available in early October. But tens of millions of doses are sitting in warehouses and clinic refrigerators, and some of them will expire in the coming months.

"We went from not having enough to having more than we can use in about eight weeks," says Dr. Marcus Bell, health commissioner for Franklin County, Ohio. His department held free walk-in clinics every Saturday. At the last one, on Jan. 30, nurses gave 212 shots in five hours — about a tenth of what they gave on their busiest day in November.

The Centers for Disease Control and Prevention says flu activity has fallen steadily since late October, when the second wave of the pandemic peaked. This week, only one state reported widespread flu, compared with 48 states at the height of the outbreak.

Still, officials warn against declaring victory. Dr. Anne Schuchat of the CDC told reporters that a third wave this spring could not be ruled out. "History tells us to be humble," she said. The 1957 pandemic, she noted, came back for a second round early the following year, after many people had stopped worrying about it.

The government spent about $1.6 billion on the vaccine last year. Some of the unused doses in multi-dose vials have already been thrown out, and the first lots of the nasal spray version expired in mid-January.

Officials have tried almost everything to revive interest. The Department of Health and Human Services designated the middle of January as a national vaccination week, and some states have sent nurses to shopping malls, churches and high school basketball games.

Part of the problem, public health experts say, is that the vaccine arrived late. Manufacturers had promised 120 million doses by the end of October, but fewer than 30 million were ready by then.

"By the time we had plenty, people had decided the danger was over," Bell says.

His county will keep offering free shots every Tuesday through the end of March. For now, he says, the freezers are full.
""", [
    ('February 3, 2010', 'DATE', '2010-02-03'),
    ('Last fall', 'DATE', '2009-FA'),
    ('hours', 'DURATION', 'PXH'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Tuesday', 'DATE', '2010-02-02'),
    ('early October', 'DATE', '2009-10'),
    ('the coming months', 'DATE|DURATION', 'FUTURE_REF|PXM'),
    ('about eight weeks', 'DURATION', 'P8W'),
    ('every Saturday', 'SET', 'XXXX-WXX-6'),
    ('Jan. 30', 'DATE', '2010-01-30'),
    ('five hours', 'DURATION', 'PT5H'),
    ('November', 'DATE', '2009-11'),
    ('late October', 'DATE', '2009-10'),
    ('This week', 'DATE', '2010-W05'),
    ('this spring', 'DATE', '2010-SP'),
    ('1957', 'DATE', '1957'),
    ('early the following year', 'DATE', '1958'),
    ('last year', 'DATE', '2009'),
    ('mid-January', 'DATE', '2010-01'),
    ('the middle of January', 'DATE', '2010-01'),
    ('the end of October', 'DATE', '2009-10'),
    ('every Tuesday', 'SET', 'XXXX-WXX-2'),
    ('the end of March', 'DATE', '2010-03'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
# 8. AP, courts: former mayor sentenced in bribery case (2013)
('2013-06-27', 'auto', """Ex-mayor gets 7 years in developer bribery scheme

TRENTON, N.J. (AP) — A former mayor of a central New Jersey township was sentenced Thursday to seven years in federal prison for taking more than $250,000 in bribes from developers, ending a case that began with a secretly recorded lunch in the summer of 2010.

U.S. District Judge Anne Thompson also ordered Raymond Kowalczyk, 63, to pay $310,000 in restitution and to report to prison by Aug. 15. Kowalczyk, who served as mayor of Pine Brook Township from 2005 to 2011, pleaded guilty in March to extortion and tax evasion.

Prosecutors said Kowalczyk met developers at a diner off Route 33 on Friday mornings, where envelopes of cash were passed under the table in exchange for zoning approvals and help with permits. One builder, who began cooperating with the FBI after he was charged in an unrelated fraud case, wore a wire to the diner for nearly 14 months.

"For six years, he treated the mayor's office like a cash register," Assistant U.S. Attorney Mark Coyle told the judge.

FBI agents arrested Kowalczyk at his home at 6 a.m. on Oct. 4, 2011. He resigned two days later, and the township council appointed an interim mayor the following week.

Kowalczyk's lawyer, Paul Brennan, had asked for a sentence of 30 months, citing his client's heart condition and 40 years of volunteer work with the local fire company and youth baseball league. More than 80 letters of support were sent to the court.

In a shaky voice, Kowalczyk apologized to residents. "I have asked God for forgiveness every day since," he said. "I let down the people who trusted me."

The judge said she had considered his record but that the scheme lasted too long to be called a lapse. "This was not a single lapse," Thompson said. "This went on for years."

Outside the courthouse Thursday afternoon, Brennan said his client would not appeal.

Two developers have pleaded guilty in the case. One is due to be sentenced next month; the other, along with a former township engineer, is scheduled for trial in the fall.

The township of about 14,000 people has had three mayors in the past two years. Current Mayor Linda Ortiz said the council had adopted new rules requiring all meetings between officials and developers to be logged and made public within 48 hours.

"We are not going to wait for the next scandal," she said. "We've spent the last two years trying to earn back people's trust, and that work isn't finished."
""", [
    ('7 years', 'DURATION', 'P7Y'),
    ('Thursday', 'DATE', '2013-06-27'),
    ('seven years', 'DURATION', 'P7Y'),
    ('the summer of 2010', 'DATE', '2010-SU'),
    ('Aug. 15', 'DATE', '2013-08-15'),
    ('2005', 'DATE', '2005'),
    ('2011', 'DATE', '2011'),
    ('March', 'DATE', '2013-03'),
    ('Friday mornings', 'SET', 'XXXX-WXX-5TMO'),
    ('nearly 14 months', 'DURATION', 'P14M'),
    ('six years', 'DURATION', 'P6Y'),
    ('6 a.m. on Oct. 4, 2011', 'TIME', '2011-10-04T06:00'),
    ('two days later', 'DATE', '2011-10-06'),
    ('the following week', 'DATE', '2011-W41'),
    ('30 months', 'DURATION', 'P30M'),
    ('40 years', 'DURATION', 'P40Y'),
    ('every day', 'SET', 'P1D'),
    ('years', 'DURATION', 'PXY'),
    ('Thursday afternoon', 'DATE|TIME', '2013-06-27TAF'),
    ('next month', 'DATE', '2013-07'),
    ('the fall', 'DATE', '2013-FA'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('the last two years', 'DURATION', 'P2Y'),
]),
# 9. Reuters, companies: airline acquisition (2016)
('2016-04-19', 'auto', """Brightwater Airlines agrees to buy Kestrel Air for $2.1 billion

CHICAGO (Reuters) - Brightwater Airlines Inc said on Tuesday it had agreed to buy smaller rival Kestrel Air Holdings for about $2.1 billion in cash and stock, creating the fifth-largest U.S. carrier as cheap jet fuel and a fare war reshape the industry.

Kestrel shareholders will receive $38.50 per share, a 31 percent premium to the stock's closing price on Monday. Kestrel shares jumped 27 percent to $37.40, while Brightwater shares rose 3 percent.

The deal, approved by both boards, is expected to close in the first quarter of 2017, subject to clearance by the U.S. Department of Justice and a vote by Kestrel shareholders.

The two companies had been in talks since January, according to a person familiar with the matter, after Kestrel rejected an informal approach last summer as too low.

Brightwater Chief Executive Dana Whitlock told analysts on a call that the combined airline would operate about 1,400 flights a day to 160 destinations and expected to save $150 million annually by 2018, mainly by combining maintenance operations and renegotiating aircraft leases.

"This is about scale," Whitlock said. "For the last decade, the big three have been able to set the terms. Together we can compete with them on routes where we've been too small to matter."

Antitrust regulators have taken a tougher line on airline mergers in recent years. The Justice Department sued to block the merger of American Airlines and US Airways in 2013 before reaching a settlement that required the carriers to give up slots at major airports.

Analysts said the overlap between Brightwater and Kestrel was limited, since the companies share only 11 routes. "We don't see this as a deal the government will fight," said Helane Ross, an analyst at Corwin & Co.

Kestrel, founded in 1994 and based in Denver, reported a first-quarter profit of $44 million last week, up from $12 million a year earlier. But its revenue per seat has fallen for more than a year.

Kestrel's pilots union, whose members have worked without a new contract for nearly four years, said it would seek talks with Brightwater management in the coming weeks. Whitlock said the airlines would keep separate operations for 18 months after closing.

Shares of both airlines had fallen more than 20 percent this year before Tuesday's announcement, amid worries that falling fares would erase the benefit of lower fuel costs.

The companies will hold a joint call with investors at 8:30 a.m. EDT on Wednesday.
""", [
    ('Tuesday', 'DATE', '2016-04-19'),
    ('Monday', 'DATE', '2016-04-18'),
    ('the first quarter of 2017', 'DATE', '2017-Q1'),
    ('January', 'DATE', '2016-01'),
    ('last summer', 'DATE', '2015-SU'),
    ('a day', 'SET', 'P1D'),
    ('annually', 'SET', 'P1Y'),
    ('2018', 'DATE', '2018'),
    ('the last decade', 'DURATION', 'P10Y|P1DE'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('2013', 'DATE', '2013'),
    ('1994', 'DATE', '1994'),
    ('first-quarter', 'DATE', '2016-Q1'),
    ('last week', 'DATE', '2016-W15'),
    ('a year earlier', 'DATE', '2015-Q1|2015'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('nearly four years', 'DURATION', 'P4Y'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
    ('18 months', 'DURATION', 'P18M'),
    ('this year', 'DATE', '2016'),
    ('Tuesday', 'DATE', '2016-04-19'),
    ('8:30 a.m. EDT on Wednesday', 'TIME', '2016-04-20T08:30'),
]),
# 10. BBC, disaster: narrative retelling of a Cairngorms mountain rescue (2019)
('2019-01-22', 'auto', """Cairngorms rescue: How a hillwalk turned into a fight for survival

It began as a routine outing. On the morning of Saturday 12 January, four friends from Dundee set off from the Linn of Dee car park, planning to climb Derry Cairngorm and be back at their cars before dark.

They were experienced hillwalkers, had checked the forecast and carried ice axes, spare clothing and a stove. But by early afternoon, the wind on the plateau had risen to more than 70mph and snow had cut visibility to a few metres.

"We could see the cairn, and then we couldn't see each other," said Fiona McLeish, 34, speaking to BBC Scotland last week from her home in Broughty Ferry.

At about 15:40 one of the group, Graham Reid, slipped on hard snow and fell roughly 50m into a gully, injuring his leg. For the next two hours the others tried to reach him, before deciding to dig a snow hole and call for help.

Braemar Mountain Rescue Team was alerted at 18:05. Seventeen volunteers set out, but they were forced back by the conditions at about 23:30, and a coastguard helicopter was unable to fly.

That night the temperature on the hill fell to -12C. The three walkers in the snow hole took turns staying awake and shouting to Mr Reid, who had wrapped himself in a survival bag.

The following morning the wind eased. Rescuers reached the gully at 10:50 and a helicopter lifted Mr Reid to Aberdeen Royal Infirmary at 12:15. The others walked out with the team and were back at the car park by Sunday evening, more than 30 hours after they had left it.

The next day, doctors said Mr Reid had a broken femur and mild hypothermia. He is expected to remain in hospital for several weeks.

The team leader, Neil Grant, said on Friday that the group's equipment and decision to shelter had probably saved Mr Reid's life. "If they had tried to walk off in the dark, we could have been looking for four people instead of one," he said.

The team has been called out 14 times since the start of the year, compared with 89 incidents in the whole of 2018. Its volunteers, all unpaid, train every Wednesday evening.

It has now been ten days since the group set off, and Ms McLeish says she has not stopped thinking about the climb. "We will go back," she said. "But perhaps in summer."

The Met Office has issued a yellow warning for snow and ice for the Highlands from 18:00 on Wednesday until midday on Thursday.
""", [
    ('the morning of Saturday 12 January', 'DATE|TIME', '2019-01-12TMO'),
    ('early afternoon', 'DATE|TIME', '2019-01-12TAF'),
    ('last week', 'DATE', '2019-W03'),
    ('about 15:40', 'TIME', '2019-01-12T15:40'),
    ('the next two hours', 'DURATION', 'PT2H'),
    ('18:05', 'TIME', '2019-01-12T18:05'),
    ('about 23:30', 'TIME', '2019-01-12T23:30'),
    ('That night', 'DATE|TIME', '2019-01-12TNI'),
    ('The following morning', 'DATE|TIME', '2019-01-13TMO'),
    ('10:50', 'TIME', '2019-01-13T10:50'),
    ('12:15', 'TIME', '2019-01-13T12:15'),
    ('Sunday evening', 'DATE|TIME', '2019-01-13TEV'),
    ('more than 30 hours', 'DURATION', 'PT30H'),
    ('The next day', 'DATE', '2019-01-14'),
    ('several weeks', 'DURATION', 'PXW'),
    ('Friday', 'DATE', '2019-01-18'),
    ('the start of the year', 'DATE', '2019'),
    ('2018', 'DATE', '2018'),
    ('every Wednesday evening', 'SET', 'XXXX-WXX-3TEV'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('ten days', 'DURATION', 'P10D'),
    ('summer', 'DATE', '2019-SU|XXXX-SU'),
    ('18:00 on Wednesday', 'TIME', '2019-01-23T18:00'),
    ('midday on Thursday', 'TIME', '2019-01-24T12:00'),
]),
# 11. Globe and Mail, politics: passport backlog (2022)
('2022-11-08', 'auto', """Ottawa says passport wait times will be back to normal by spring

MARIE-CLAIRE DUBOIS
OTTAWA
PUBLISHED NOVEMBER 8, 2022

The federal government says it expects to clear the backlog of passport applications by the end of March, after last summer's chaos saw travellers camp out on sidewalks outside Service Canada offices and miss long-planned trips.

Service Canada processed about 1.2 million applications between April and October, nearly double the number for the same period in 2019, officials told reporters on Monday. Wait times for mailed applications, which are supposed to be about four weeks, stretched to 14 weeks at some processing centres in July.

As of last week, about 310,000 applications were outside the government's service standards, down from a peak of 1.1 million in mid-June. Officials said they expected that number to fall below 100,000 by the end of the year.

"We are not where we want to be yet, but every week the numbers are moving in the right direction," said Jean-Philippe Roy, an assistant deputy minister at Employment and Social Development Canada, which oversees the passport program.

The department has hired 1,200 additional staff since the spring and has extended opening hours at 30 offices, including on Saturday mornings. It also began allowing some Canadians to renew their passports without a guarantor in September.

Before the pandemic, Canada issued about 2.4 million passports a year. Demand collapsed in 2020 and 2021, when most international travel stopped, and many staff were reassigned to process emergency benefits. When restrictions lifted this year, applications arrived faster than the system could handle.

Opposition critics say the government should have seen the surge coming. "For months, Canadians were told to be patient while they missed weddings and funerals," said Conservative MP Michelle Ferreri. "Now we're told it will be fixed in the spring. Forgive people for being skeptical."

The NDP has called for an independent review of the program, which has relied for decades on paper forms and in-person visits. The government has promised an online application system, but officials said on Monday that it would not be fully available until 2024.

Travel agents say they are already fielding questions from clients hoping to see family at Christmas. Officials urged anyone planning to travel in December to apply without delay and to avoid booking trips before a passport arrives.

Senior officials are scheduled to appear before the Commons government operations committee on Thursday, where MPs are expected to press them on the $140-million the department has spent on overtime and temporary staff since May.
""", [
    ('spring', 'DATE', '2023-SP'),
    ('NOVEMBER 8, 2022', 'DATE', '2022-11-08'),
    ('the end of March', 'DATE', '2023-03'),
    ('last summer', 'DATE', '2022-SU'),
    ('April', 'DATE', '2022-04'),
    ('October', 'DATE', '2022-10'),
    ('2019', 'DATE', '2019'),
    ('Monday', 'DATE', '2022-11-07'),
    ('about four weeks', 'DURATION', 'P4W'),
    ('14 weeks', 'DURATION', 'P14W'),
    ('July', 'DATE', '2022-07'),
    ('last week', 'DATE', '2022-W44'),
    ('mid-June', 'DATE', '2022-06'),
    ('the end of the year', 'DATE', '2022'),
    ('every week', 'SET', 'P1W'),
    ('the spring', 'DATE', '2022-SP'),
    ('Saturday mornings', 'SET', 'XXXX-WXX-6TMO'),
    ('September', 'DATE', '2022-09'),
    ('a year', 'SET', 'P1Y'),
    ('2020', 'DATE', '2020'),
    ('2021', 'DATE', '2021'),
    ('this year', 'DATE', '2022'),
    ('months', 'DURATION', 'PXM'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('the spring', 'DATE', '2023-SP'),
    ('decades', 'DURATION', 'PXY'),
    ('Monday', 'DATE', '2022-11-07'),
    ('2024', 'DATE', '2024'),
    ('Christmas', 'DATE', '2022-12-25'),
    ('December', 'DATE', '2022-12'),
    ('Thursday', 'DATE', '2022-11-10'),
    ('May', 'DATE', '2022-05'),
]),
# 12. NPR, culture: a Detroit record store turns 50 (2025)
('2025-03-18', 'auto', """At 50, A Detroit Record Store That Refused To Give Up On Vinyl Is Having Its Moment

March 18, 2025

By Tamara Jenkins

When Leon Whitfield opened Groove Shop on Detroit's east side in April 1975, he stocked it with soul, gospel and jazz records he had bought from a warehouse in Chicago, and he slept on a cot in the back room for the first six months.

Fifty years later, he is still there, though the cot is gone.

"People ask me what the secret is," says Whitfield, 78. "There's no secret. You open the door every morning, and you keep opening it."

There were times when that was not easy. In the summer of 1987, as compact discs pushed vinyl off the shelves of chain stores, Whitfield's distributor told him to convert his stock or close. He refused. Two years later, he sold his car to make the rent.

Through the 1990s the shop survived on DJs, collectors and a few loyal neighbors. In the early 2000s, when digital downloads arrived, Whitfield says, there were weeks when he sold fewer than 30 records.

Now the trend has turned. Vinyl sales in the U.S. have grown for 18 straight years, according to the Recording Industry Association of America, and last year records outsold CDs by the widest margin since the 1980s.

Last Saturday afternoon, the narrow aisles were full of customers, many of them in their 20s, flipping through crates of used Motown and Blue Note pressings. A few browsers had driven in from Toledo and Ann Arbor.

Whitfield's granddaughter, Alisha Moore, took over the books three years ago and set up an online store. Internet orders now make up about a third of sales, she says, and the shop ships to customers in Japan and Germany every week.

The store is open six days a week, and every Thursday night local DJs play sets from its small stage. Whitfield still works 10-hour days, arriving before 9 a.m. to sort new deliveries.

"He's recently started talking about slowing down," Moore says. "I'll believe it when I see it."

The shop will mark its anniversary on April 12 with a block party from noon to 8 p.m., featuring live music and a sale on the same soul and gospel titles Whitfield stocked half a century ago.

Asked about the future, Whitfield shrugs. "I've been hearing that records are dead for 40 years," he says. "I'm still waiting."
""", [
    ('March 18, 2025', 'DATE', '2025-03-18'),
    ('April 1975', 'DATE', '1975-04'),
    ('the first six months', 'DURATION', 'P6M'),
    ('Fifty years later', 'DATE', '2025'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO'),
    ('the summer of 1987', 'DATE', '1987-SU'),
    ('Two years later', 'DATE', '1989'),
    ('the 1990s', 'DATE', '199'),
    ('the early 2000s', 'DATE', '200'),
    ('weeks', 'DURATION', 'PXW'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('18 straight years', 'DURATION', 'P18Y'),
    ('last year', 'DATE', '2024'),
    ('the 1980s', 'DATE', '198'),
    ('Last Saturday afternoon', 'DATE|TIME', '2025-03-15TAF'),
    ('three years ago', 'DATE', '2022'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every week', 'SET', 'P1W'),
    ('six days a week', 'SET', 'P1W'),
    ('every Thursday night', 'SET', 'XXXX-WXX-4TNI'),
    ('10-hour', 'DURATION', 'PT10H'),
    ('9 a.m.', 'TIME', 'XXXX-XX-XXT09:00'),
    ('recently', 'DATE', 'PAST_REF'),
    ('April 12', 'DATE', '2025-04-12'),
    ('noon', 'TIME', '2025-04-12T12:00'),
    ('8 p.m.', 'TIME', '2025-04-12T20:00'),
    ('half a century ago', 'DATE', '1975'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('40 years', 'DURATION', 'P40Y'),
]),
]
