# Gold TIMEX3 probe set 106: crime and court stories told as hour-by-hour reconstructions, then trial, verdict or sentencing (1997-2025), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, murder trial verdict in Tulsa (1997)
('1997-03-14', 'auto', """Jury convicts drifter in slaying of Tulsa store clerk

TULSA, Okla. (AP) -- A jury on Friday convicted a 34-year-old drifter of first-degree murder in the shooting death of a convenience store clerk last September, rejecting his claim that he had been asleep in a bus station when she was killed.

The jury of seven women and five men deliberated for about six hours over two days before returning the verdict at 11:10 a.m. Jurors will return Monday to begin hearing evidence on whether Dale Everett Pruitt should be sentenced to death.

Prosecutors spent most of the eight-day trial walking jurors through the killing of Marisol Ortega in painstaking detail. Ortega, 22, began her shift at the QuikStop on East 11th Street at 10 p.m. on Sept. 14. A security camera showed her restocking cigarettes at 1:52 a.m. and chatting with a regular customer for nearly 20 minutes.

At 3:17 a.m., the camera recorded a man in a dark hooded jacket entering the store. He was inside for 40 seconds. A bread delivery driver found Ortega behind the counter about 5:30 a.m. She had been shot twice.

Detectives had little to go on for weeks. Then, in late October, a pawnshop clerk in Joplin, Mo., called police about a .38-caliber revolver a man had tried to sell him. Ballistics tests matched the gun to the bullets that killed Ortega, and Pruitt was arrested Nov. 2 at a motel outside Springfield, Mo.

Pruitt testified Wednesday that he had arrived in Tulsa on a Greyhound bus on the evening of Sept. 14 and slept on a bench at the downtown station. But a station janitor told jurors he locked the building at midnight and did not reopen it until 6 a.m.

"He had an answer for everything except the clock," Assistant District Attorney Karen Whitlow said in her closing argument Thursday.

Defense attorney Paul Reyes said he would appeal. He argued that the surveillance video was too grainy to identify anyone and that the revolver had passed through at least three owners in the past year.

Ortega's mother, Lucia Ortega, sat in the front row throughout the trial. Outside the courtroom, she said the past six months had been the longest of her life.

"Every Saturday night I think about her getting ready for work," she said. "Maybe now I can sleep."

The sentencing phase is expected to last about a week. Oklahoma resumed executions in 1990, and the district attorney's office has sought the death penalty in four cases in the past two years.
""", [
    ('Friday', 'DATE', '1997-03-14'),
    ('last September', 'DATE', '1996-09'),
    ('about six hours', 'DURATION', 'PT6H'),
    ('two days', 'DURATION', 'P2D'),
    ('11:10 a.m.', 'TIME', '1997-03-14T11:10'),
    ('Monday', 'DATE', '1997-03-17'),
    ('eight-day', 'DURATION', 'P8D'),
    ('10 p.m. on Sept. 14', 'TIME', '1996-09-14T22:00'),
    ('1:52 a.m.', 'TIME', '1996-09-15T01:52'),
    ('nearly 20 minutes', 'DURATION', 'PT20M'),
    ('3:17 a.m.', 'TIME', '1996-09-15T03:17'),
    ('40 seconds', 'DURATION', 'PT40S'),
    ('about 5:30 a.m.', 'TIME', '1996-09-15T05:30'),
    ('weeks', 'DURATION', 'PXW'),
    ('late October', 'DATE', '1996-10'),
    ('Nov. 2', 'DATE', '1996-11-02'),
    ('Wednesday', 'DATE', '1997-03-12'),
    ('the evening of Sept. 14', 'DATE|TIME', '1996-09-14TEV'),
    ('midnight', 'TIME', '1996-09-14T24:00|1996-09-15T00:00'),
    ('6 a.m.', 'TIME', '1996-09-15T06:00'),
    ('Thursday', 'DATE', '1997-03-13'),
    ('the past year', 'DATE|DURATION', 'P1Y|1996'),
    ('the past six months', 'DURATION', 'P6M'),
    ('Every Saturday night', 'SET', 'XXXX-WXX-6TNI'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('about a week', 'DURATION', 'P1W'),
    ('1990', 'DATE', '1990'),
    ('the past two years', 'DURATION', 'P2Y'),
]),
# 2. New York Times, brokerage fraud verdict in Manhattan (1999)
('1999-11-18', 'auto', """Former Brokerage Supervisor Guilty of Looting Elderly Clients' Accounts

By ANDREA WELLS

A federal jury in Manhattan yesterday convicted a former back-office supervisor at a midtown brokerage of wire fraud, finding that he siphoned $4.2 million from the accounts of elderly clients over nearly three years before a junior clerk noticed a pattern in the transfers.

The defendant, Martin Kessel, 47, of Fort Lee, N.J., showed no reaction as the verdict was read at 4:40 p.m., after the jury had deliberated since Monday morning. He faces up to 20 years in prison on each of six counts when he is sentenced on Feb. 24.

Testimony during the three-week trial traced the scheme from its first transaction, a $9,000 transfer in January 1996, to its collapse this spring. Prosecutors said Mr. Kessel moved money only while monthly statements were being printed and supervisors were too busy to look closely, and always in amounts small enough to avoid an automatic review.

The clerk, Denise Alvarado, testified last week that she first saw something odd on the morning of March 31, when three transfers from three different clients went to the same account in Hoboken within 15 minutes. She printed the records, took them home over the weekend and, on Monday, April 5, gave them to the firm's compliance officer.

What happened next was the heart of the defense. Mr. Kessel's lawyer, Richard Amato, argued that the firm waited nine days before calling federal authorities, giving other employees time to destroy records. The firm's general counsel acknowledged on the stand that the F.B.I. was not contacted until April 14 and that Mr. Kessel kept his desk until April 17.

Agents arrested Mr. Kessel at his home at 6:15 a.m. on May 11. By then, prosecutors said, he had withdrawn $310,000 in cash in April alone.

Several victims attended the trial, among them an 81-year-old retired teacher from Forest Hills who lost most of her savings. She said that for decades she had visited the firm's office every quarter to go over her statements in person.

"I trusted the paper," she said in the hallway yesterday. "Now I call them every week."

The brokerage, which has repaid the clients, said in a statement that it had overhauled its procedures in recent months. Mr. Amato said he expected to file post-trial motions within 30 days.
""", [
    ('yesterday', 'DATE', '1999-11-17'),
    ('nearly three years', 'DURATION', 'P3Y'),
    ('4:40 p.m.', 'TIME', '1999-11-17T16:40'),
    ('Monday morning', 'DATE|TIME', '1999-11-15TMO'),
    ('20 years', 'DURATION', 'P20Y'),
    ('Feb. 24', 'DATE', '2000-02-24'),
    ('three-week', 'DURATION', 'P3W'),
    ('January 1996', 'DATE', '1996-01'),
    ('this spring', 'DATE', '1999-SP'),
    ('monthly', 'SET', 'P1M'),
    ('last week', 'DATE', '1999-W45'),
    ('the morning of March 31', 'DATE|TIME', '1999-03-31TMO'),
    ('15 minutes', 'DURATION', 'PT15M'),
    ('the weekend', 'DATE', '1999-W13-WE'),
    ('Monday, April 5', 'DATE', '1999-04-05'),
    ('nine days', 'DURATION', 'P9D'),
    ('April 14', 'DATE', '1999-04-14'),
    ('April 17', 'DATE', '1999-04-17'),
    ('6:15 a.m. on May 11', 'TIME', '1999-05-11T06:15'),
    ('April', 'DATE', '1999-04'),
    ('decades', 'DURATION', 'PXY'),
    ('every quarter', 'SET', 'P3M'),
    ('yesterday', 'DATE', '1999-11-17'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('every week', 'SET', 'P1W'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('30 days', 'DURATION', 'P30D'),
]),
# 3. Washington Post, sentencing for fatal hit-and-run in Montgomery County (2002)
('2002-06-05', 'auto', """Driver Gets 8 Years in Fatal Hit-and-Run on Georgia Avenue

By Lena Park
Washington Post Staff Writer

A Silver Spring man who struck and killed a bicyclist on Georgia Avenue last fall and then drove to a friend's house to hide his damaged pickup was sentenced yesterday to eight years in prison, the most the law allowed.

Montgomery County Circuit Judge Harold Finch said Terrence L. Boyd, 29, had "every chance to do the right thing, for hours, and chose not to."

Court records and testimony at Boyd's trial in April laid out what happened in detail. Boyd left a bar in Wheaton about 11:40 p.m. on Oct. 19. At 11:51 p.m., his pickup hit Samuel Oduya, 41, a hospital technician who was riding home after a double shift, in the 10000 block of Georgia Avenue.

Boyd did not stop. A witness at a bus shelter called 911 at 11:52 p.m. Oduya died at Suburban Hospital about 1:50 a.m.

Boyd drove to the Kensington home of a co-worker, where the pickup sat under a tarp for the next 16 days. Police, working from paint chips and a partial description, canvassed body shops across the county for two weeks. A tip to Crime Solvers on Nov. 4 led detectives to the co-worker's driveway, and Boyd surrendered the next morning with his attorney.

At the hearing yesterday, Oduya's widow, Grace, read a statement describing life since the crash. She said she still sets two plates on Sunday evenings, when her husband used to cook for the family, and that their 9-year-old son asks almost daily when his father is coming home.

Boyd's attorney, Michelle Carver, asked for a sentence of three years, noting that her client had no prior record and had completed a 12-week alcohol treatment program this spring. Boyd, speaking for about two minutes, apologized to the Oduya family and said he thinks about the crash "every day."

Finch was unmoved. "The crash took seconds," he said. "The decision to hide it lasted more than two weeks."

Under a law the Maryland General Assembly passed in 2001, leaving the scene of a fatal accident carries a penalty of up to 10 years. Prosecutors said Boyd will be eligible for parole after serving about three years.

Oduya's family plans a memorial ride along Georgia Avenue on Oct. 19, the first anniversary of his death.
""", [
    ('8 Years', 'DURATION', 'P8Y'),
    ('last fall', 'DATE', '2001-FA'),
    ('yesterday', 'DATE', '2002-06-04'),
    ('eight years', 'DURATION', 'P8Y'),
    ('hours', 'DURATION', 'PTXH'),
    ('April', 'DATE', '2002-04'),
    ('about 11:40 p.m. on Oct. 19', 'TIME', '2001-10-19T23:40'),
    ('11:51 p.m.', 'TIME', '2001-10-19T23:51'),
    ('11:52 p.m.', 'TIME', '2001-10-19T23:52'),
    ('about 1:50 a.m.', 'TIME', '2001-10-20T01:50'),
    ('the next 16 days', 'DURATION', 'P16D'),
    ('two weeks', 'DURATION', 'P2W'),
    ('Nov. 4', 'DATE', '2001-11-04'),
    ('the next morning', 'DATE|TIME', '2001-11-05TMO'),
    ('yesterday', 'DATE', '2002-06-04'),
    ('Sunday evenings', 'SET', 'XXXX-WXX-7TEV'),
    ('daily', 'SET', 'P1D'),
    ('three years', 'DURATION', 'P3Y'),
    ('12-week', 'DURATION', 'P12W'),
    ('this spring', 'DATE', '2002-SP'),
    ('about two minutes', 'DURATION', 'PT2M'),
    ('every day', 'SET', 'P1D'),
    ('seconds', 'DURATION', 'PTXS'),
    ('more than two weeks', 'DURATION', 'P2W'),
    ('2001', 'DATE', '2001'),
    ('10 years', 'DURATION', 'P10Y'),
    ('about three years', 'DURATION', 'P3Y'),
    ('Oct. 19', 'DATE', '2002-10-19'),
]),
# 4. The Guardian, Jewellery Quarter vault raid verdict (2004)
('2004-10-22', 'auto', """Gang guilty of Easter raid on Jewellery Quarter vault

Four men planned break-in for months and spent 60 hours inside

Martin Hale
Friday October 22, 2004
The Guardian

Four men who tunnelled into a jeweller's vault in Birmingham over Easter and escaped with gems worth £3.1m were convicted at Birmingham crown court yesterday after a trial lasting nearly seven weeks.

The jury heard that the gang had watched the premises in Vyse Street for months, noting that the alarm company's patrol passed every two hours and that the building would stand empty for four days at Easter.

The raid began at about 7pm on Good Friday, April 9, when three of the men let themselves into a vacant shop next door using a key copied from one lent to a builder in January. Over the next 60 hours they cut through a brick wall and 45cm of reinforced concrete, taking turns to sleep on camp beds. A neighbour told police she heard drilling at about 2am on Easter Sunday but assumed it was building work.

The men left through the back of the shop at 6.40am on Easter Monday, according to CCTV footage from a car park in Warstone Lane. The vault was not opened until the following morning, when staff arrived at 8.30am.

Detectives traced the gang through a mobile phone that one of the men, Kevin Doyle, 44, switched on for less than a minute at a service station on the M6 on the afternoon of Easter Monday. He was arrested in May at a caravan park near Skegness. The others were detained in a series of raids over the summer.

Doyle, Lee Brannigan, 39, Anthony Mercer, 51, and Raymond Sutton, 58, denied conspiracy to burgle. Sutton, a retired locksmith, told the court he had been at his daughter's house in Redditch from Good Friday until Easter Monday.

Judge Peter Lyall remanded all four in custody and said they would be sentenced next month. He warned them to expect "very substantial" terms.

Only a fraction of the jewellery has been recovered. Detective Inspector Sarah Quinn of West Midlands police said officers would keep looking "for as long as it takes".

The firm's owner, Harold Brandt, whose family has traded in the quarter since the 1920s, said the business had lost two major customers in recent months. "We used to lock up, switch on the alarm and go home without a second thought," he said. "Never again."
""", [
    ('Easter', 'DATE', '2004-04-11'),
    ('months', 'DURATION', 'PXM'),
    ('60 hours', 'DURATION', 'PT60H'),
    ('Friday October 22, 2004', 'DATE', '2004-10-22'),
    ('Easter', 'DATE', '2004-04-11'),
    ('yesterday', 'DATE', '2004-10-21'),
    ('nearly seven weeks', 'DURATION', 'P7W'),
    ('months', 'DURATION', 'PXM'),
    ('every two hours', 'SET', 'PT2H'),
    ('four days', 'DURATION', 'P4D'),
    ('Easter', 'DATE', '2004-04-11'),
    ('about 7pm on Good Friday, April 9', 'TIME', '2004-04-09T19:00'),
    ('January', 'DATE', '2004-01'),
    ('the next 60 hours', 'DURATION', 'PT60H'),
    ('about 2am on Easter Sunday', 'TIME', '2004-04-11T02:00'),
    ('6.40am on Easter Monday', 'TIME', '2004-04-12T06:40'),
    ('the following morning', 'DATE|TIME', '2004-04-13TMO'),
    ('8.30am', 'TIME', '2004-04-13T08:30'),
    ('less than a minute', 'DURATION', 'PT1M'),
    ('the afternoon of Easter Monday', 'DATE|TIME', '2004-04-12TAF'),
    ('May', 'DATE', '2004-05'),
    ('the summer', 'DATE', '2004-SU'),
    ('Good Friday', 'DATE', '2004-04-09'),
    ('Easter Monday', 'DATE', '2004-04-12'),
    ('next month', 'DATE', '2004-11'),
    ('the 1920s', 'DATE', '192'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
]),
# 5. BBC, arson sentencing in Swansea (2007)
('2007-02-27', 'auto', """Man jailed over takeaway fire that trapped family

A man who set fire to a Swansea takeaway while a family of five slept in the flat above has been jailed for 11 years.

Gareth Lewis, 36, poured petrol through the letterbox of the Golden Bowl on Mansel Street on 20 August last year, Swansea Crown Court heard.

The court was told Lewis had argued with the owner, Wei Chen, over a £400 debt on the evening of 19 August. He then sent Mr Chen 14 abusive text messages between 2100 and midnight.

Lewis was seen on CCTV buying a can of petrol from a garage in the city centre at 0214 BST. At 0227 BST a passing taxi driver saw flames in the shop window and dialled 999.

Mr Chen, his wife and their three children escaped down a ladder from a rear bedroom window. Firefighters were at the scene within six minutes and spent more than two hours bringing the blaze under control.

Lewis was arrested at his home in the Sandfields area later that morning, still wearing clothes that smelled of petrol.

He initially denied going anywhere near the takeaway, but pleaded guilty to arson with intent to endanger life in December, when his trial was due to begin.

Sentencing him on Tuesday, Judge Elwyn Rees said it was "by sheer good fortune" that no-one had died.

"You knew a family lived above that shop. You had eaten there every Friday for years," he told Lewis.

"You chose to pour petrol through their door because of a quarrel over a few hundred pounds."

The court heard the business had been closed for seven months while repairs were carried out and reopened only two weeks ago.

In a statement read to the court, Mrs Chen said her youngest daughter still woke screaming if she smelled smoke, and that the family had slept in one room since the fire.

"We came to Swansea to build a life. After the fire I wanted to leave," she said.

Lewis must serve at least half of his sentence before he can be considered for release on licence.

Det Insp Huw Davies of South Wales Police said: "This was a deliberate attack on people who had done him no harm. I am glad he has finally accepted responsibility."
""", [
    ('11 years', 'DURATION', 'P11Y'),
    ('20 August last year', 'DATE', '2006-08-20'),
    ('the evening of 19 August', 'DATE|TIME', '2006-08-19TEV'),
    ('2100', 'TIME', '2006-08-19T21:00'),
    ('midnight', 'TIME', '2006-08-19T24:00|2006-08-20T00:00'),
    ('0214 BST', 'TIME', '2006-08-20T02:14'),
    ('0227 BST', 'TIME', '2006-08-20T02:27'),
    ('six minutes', 'DURATION', 'PT6M'),
    ('more than two hours', 'DURATION', 'PT2H'),
    ('later that morning', 'DATE|TIME', '2006-08-20TMO'),
    ('December', 'DATE', '2006-12'),
    ('Tuesday', 'DATE', '2007-02-27'),
    ('every Friday', 'SET', 'XXXX-WXX-5'),
    ('years', 'DURATION', 'PXY'),
    ('seven months', 'DURATION', 'P7M'),
    ('two weeks ago', 'DATE', '2007-W07'),
]),
# 6. Local paper, narrative of a township treasurer's theft and her conviction (2009)
('2009-08-13', 'auto', """How a missing payroll bag unraveled a township treasurer

By Dana Whitcomb
Free Press Staff Writer

It started with a deposit that never arrived.

On the morning of Monday, Feb. 11, 2008, the Hollister Township clerk noticed that the previous Friday's payroll deposit was not showing on the bank statement. Township Treasurer Gail Renner told her the bag must have been held up at the branch. Two days later the money still had not appeared, and the clerk called the township supervisor, who asked the sheriff's office for help the following week.

On Feb. 21, investigators searched Renner's house on Orchard Road and found empty bank bags in a chest freezer in the garage. She resigned the next day.

What followed, according to testimony in Hannon County District Court, was the picture of a two-year scheme that came apart in less than a month.

Renner had been treasurer since 1994. Auditors testified that beginning in the spring of 2006 she took cash from the weekly deposits and covered the gaps with checks drawn on a township reserve account she alone controlled. By December 2006, the shortfall was about $30,000. By the time the payroll bag disappeared, it had grown to $187,000.

Renner was charged in April 2008 with theft by a public official and forgery. Her trial was postponed three times, once because her attorney was ill and twice because the auditors' report was not finished. It finally began Aug. 3 and lasted six days.

On Tuesday, after deliberating for more than five hours, a jury found her guilty on all 14 counts.

Township residents who packed the small courtroom said they were relieved it was over. "We see her every Sunday at church," said Elaine Mott, who has lived in the township for 40 years. "That's the hard part."

Renner, 54, remains free on bond. Judge Thomas Haugen set sentencing for Oct. 5. She faces up to 10 years in prison on the most serious count.

Since her resignation, the township has required two people to count and sign for every deposit, and it has hired an outside firm to audit the books twice a year.

"It should have been done from the start," Supervisor Ron Beck said Wednesday. "We trusted her for 14 years. That was the problem."
""", [
    ('the morning of Monday, Feb. 11, 2008', 'DATE|TIME', '2008-02-11TMO'),
    ('the previous Friday', 'DATE', '2008-02-08'),
    ('Two days later', 'DATE', '2008-02-13'),
    ('the following week', 'DATE', '2008-W08'),
    ('Feb. 21', 'DATE', '2008-02-21'),
    ('the next day', 'DATE', '2008-02-22'),
    ('two-year', 'DURATION', 'P2Y'),
    ('less than a month', 'DURATION', 'P1M'),
    ('1994', 'DATE', '1994'),
    ('the spring of 2006', 'DATE', '2006-SP'),
    ('weekly', 'SET', 'P1W'),
    ('December 2006', 'DATE', '2006-12'),
    ('April 2008', 'DATE', '2008-04'),
    ('Aug. 3', 'DATE', '2009-08-03'),
    ('six days', 'DURATION', 'P6D'),
    ('Tuesday', 'DATE', '2009-08-11'),
    ('more than five hours', 'DURATION', 'PT5H'),
    ('every Sunday', 'SET', 'XXXX-WXX-7'),
    ('40 years', 'DURATION', 'P40Y'),
    ('Oct. 5', 'DATE', '2009-10-05'),
    ('10 years', 'DURATION', 'P10Y'),
    ('twice a year', 'SET', 'P1Y'),
    ('Wednesday', 'DATE', '2009-08-12'),
    ('14 years', 'DURATION', 'P14Y'),
]),
# 7. AP, kidnapping verdict in south Georgia (2012)
('2012-05-09', 'auto', """Man convicted of kidnapping teen from Georgia bus stop

By KEVIN MARSH
Associated Press

VALDOSTA, Ga. (AP) -- A federal jury convicted a former school bus mechanic Wednesday of kidnapping a 15-year-old girl from a rural bus stop and holding her at a hunting camp for more than a day before she escaped through a window.

Jurors deliberated for about three hours before finding Wayne Colley, 46, guilty of kidnapping and using a firearm during a crime of violence. He faces up to life in prison. U.S. District Judge Hugh Lawson set sentencing for Aug. 16.

The girl, whose name was withheld, testified last week that she was waiting for her bus at 6:45 a.m. on Oct. 3 when a white pickup stopped and a man asked for directions. He forced her inside at gunpoint, she said, and drove for about 40 minutes on dirt roads.

For the next 30 hours, prosecutors said, she was kept handcuffed to a bed frame in a camper on a hunting lease in Lanier County. Colley left the camper twice, once that afternoon and again on the morning of Oct. 4, when he went to work as usual and clocked in at 7:02 a.m., time records show.

About 12:30 p.m., the girl worked one hand free, broke a window and ran nearly two miles to a highway, where a trucker called 911. Colley was arrested that evening at the repair shop where he worked.

Investigators found her backpack in a burn barrel at the camp and fibers from her sweatshirt in his pickup.

Colley did not testify. His attorney, Marcia Doyle, told jurors in her closing argument Tuesday that the girl had been shown a single photo of her client instead of a lineup, and that the pickup was a common model in the area.

The case frightened parents across south Georgia last fall. School districts in three counties changed bus routes within weeks so that no child waited alone on an unlit road, and several still have deputies check rural stops daily.

The girl's mother said outside the courthouse that her daughter, a high school junior, had returned to class in January and had not missed a lesson since.

"Seven months ago I didn't know if she was alive," she said. "Today she drove herself here."

Federal prosecutors took over the case in November, when state charges were dropped in favor of the federal indictment, which carries a longer potential sentence.
""", [
    ('Wednesday', 'DATE', '2012-05-09'),
    ('more than a day', 'DURATION', 'P1D'),
    ('about three hours', 'DURATION', 'PT3H'),
    ('Aug. 16', 'DATE', '2012-08-16'),
    ('last week', 'DATE', '2012-W18'),
    ('6:45 a.m. on Oct. 3', 'TIME', '2011-10-03T06:45'),
    ('about 40 minutes', 'DURATION', 'PT40M'),
    ('the next 30 hours', 'DURATION', 'PT30H'),
    ('that afternoon', 'DATE|TIME', '2011-10-03TAF'),
    ('the morning of Oct. 4', 'DATE|TIME', '2011-10-04TMO'),
    ('7:02 a.m.', 'TIME', '2011-10-04T07:02'),
    ('About 12:30 p.m.', 'TIME', '2011-10-04T12:30'),
    ('that evening', 'DATE|TIME', '2011-10-04TEV'),
    ('Tuesday', 'DATE', '2012-05-08'),
    ('last fall', 'DATE', '2011-FA'),
    ('weeks', 'DURATION', 'PXW'),
    ('daily', 'SET', 'P1D'),
    ('January', 'DATE', '2012-01'),
    ('Seven months ago', 'DATE', '2011-10'),
    ('Today', 'DATE', '2012-05-09'),
    ('November', 'DATE', '2011-11'),
]),
# 8. The Guardian, narrative of a Cumbrian pub landlord's murder and the verdict (2014)
('2014-12-03', 'auto', """How a quarrel over a pub lease ended in murder on a Cumbrian fellside

Landlord's former business partner convicted after a trial built on phone records and a neighbour's doorbell camera

Ruth Calder, north of England correspondent
Wednesday 3 December 2014 18.42 GMT

The last customers left the Drovers Arms in the village of Ravenbeck at 11.20pm on Saturday 8 March. Alan Tebay, 57, who had run the pub for 19 years, locked the front door, counted the till and, at 11.48pm, sent a text to his sister: "Quiet one. Speak tomorrow."

She never heard from him again.

On Tuesday, after a seven-week trial at Carlisle crown court, a jury took less than two days to convict Tebay's former business partner, Stephen Airey, 49, of his murder.

The two men had taken on the lease together in 2009, the court heard, but fell out in the autumn of 2012 when Tebay tried to buy out his partner.

The prosecution case rested on a timeline built from phone masts, a farmer's dashcam and the pub's own alarm system. It showed that the rear door was opened at 12.07am on the Sunday and closed again at 12.33am. Airey's phone, which had been switched off since Saturday afternoon, came back on at 1.15am near his home in Kendal, 20 miles away.

Tebay's body was found at the foot of Lanty's Crag, half a mile above the village, by a walker on the Sunday morning. A postmortem examination concluded that he had been struck on the head before he fell.

Airey was arrested three days later. Detectives found a jacket with traces of Tebay's blood in the boot of his car, which had been valeted that Tuesday.

He told police he had stayed at home watching football. He stuck to that account until last month, when jurors were shown footage from a neighbour's doorbell camera recording his car leaving at 11.36pm on 8 March. Airey then said he had driven to the pub to talk but left when Tebay refused to open the door.

Tebay's sister, Margaret Nelson, said outside court that the family had waited nearly nine months for answers. "Every weekend I still wait for that text," she said.

Airey will be sentenced on Friday. The Drovers Arms, which closed in the spring, is due to reopen under new owners next year.
""", [
    ('Wednesday 3 December 2014 18.42 GMT', 'TIME', '2014-12-03T18:42'),
    ('11.20pm on Saturday 8 March', 'TIME', '2014-03-08T23:20'),
    ('19 years', 'DURATION', 'P19Y'),
    ('11.48pm', 'TIME', '2014-03-08T23:48'),
    ('tomorrow', 'DATE', '2014-03-09'),
    ('Tuesday', 'DATE', '2014-12-02'),
    ('seven-week', 'DURATION', 'P7W'),
    ('less than two days', 'DURATION', 'P2D'),
    ('2009', 'DATE', '2009'),
    ('the autumn of 2012', 'DATE', '2012-FA'),
    ('12.07am on the Sunday', 'TIME', '2014-03-09T00:07'),
    ('12.33am', 'TIME', '2014-03-09T00:33'),
    ('Saturday afternoon', 'DATE|TIME', '2014-03-08TAF'),
    ('1.15am', 'TIME', '2014-03-09T01:15'),
    ('the Sunday morning', 'DATE|TIME', '2014-03-09TMO'),
    ('three days later', 'DATE', '2014-03-12'),
    ('that Tuesday', 'DATE', '2014-03-11'),
    ('last month', 'DATE', '2014-11'),
    ('11.36pm on 8 March', 'TIME', '2014-03-08T23:36'),
    ('nearly nine months', 'DURATION', 'P9M'),
    ('Every weekend', 'SET', 'XXXX-WXX-WE'),
    ('Friday', 'DATE', '2014-12-05'),
    ('the spring', 'DATE', '2014-SP'),
    ('next year', 'DATE', '2015'),
]),
# 9. New York Times, subway stabbing sentencing in Manhattan (2017)
('2017-04-20', 'auto', """Man Who Stabbed Commuter on No. 4 Train Gets 25 Years to Life

By JAMES RAFFERTY
APRIL 20, 2017

A Bronx man who fatally stabbed a commuter on a crowded No. 4 train after a dispute over a seat was sentenced on Wednesday to 25 years to life in prison.

Justice Ellen Marcus of State Supreme Court in Manhattan said the defendant, Darnell Hughes, 31, had turned "a routine ride home into an execution." A jury convicted Mr. Hughes of second-degree murder in March after a two-week trial.

Prosecutors reconstructed the attack largely through MetroCard records and video from station cameras. Mr. Hughes swiped into the Fulton Street station at 5:51 p.m. on Aug. 9, 2016, and boarded an uptown express at 5:53. The victim, Gregory Amsel, 44, an accountant who lived in the Bronx, got on at the same stop.

Witnesses said the two men argued about a seat as the train left 14th Street. At 6:04 p.m., as it pulled into Grand Central, Mr. Hughes stabbed Mr. Amsel three times and ran up the stairs to 42nd Street. Mr. Amsel was pronounced dead at Bellevue Hospital at 6:49 p.m.

For nine days, the police circulated a grainy image of a man in a red cap. A cousin of Mr. Hughes called a tip line on Aug. 18, and he was arrested the next afternoon at his mother's apartment on Morris Avenue.

At trial, Mr. Hughes's lawyer, Andre Simms, argued that his client had acted in self-defense after Mr. Amsel shoved him. But no witness described a shove, and the video showed Mr. Hughes following Mr. Amsel off the train.

Mr. Amsel's wife, Carla, told the court on Wednesday that she still rides the No. 4 to work because she has no other way to get there. "I stand the whole way," she said. "For eight months I have not sat down on a train."

Mr. Hughes, who had two prior convictions for assault, declined to speak. He will not be eligible for parole until at least 2041.

The killing came last summer, as felony assaults in the subway were climbing, and it prompted the Metropolitan Transportation Authority to add officers at Grand Central. Those extra patrols ended in January, and transit advocates have called for them to return before the summer.
""", [
    ('25 Years', 'DURATION', 'P25Y'),
    ('APRIL 20, 2017', 'DATE', '2017-04-20'),
    ('Wednesday', 'DATE', '2017-04-19'),
    ('25 years', 'DURATION', 'P25Y'),
    ('March', 'DATE', '2017-03'),
    ('two-week', 'DURATION', 'P2W'),
    ('5:51 p.m. on Aug. 9, 2016', 'TIME', '2016-08-09T17:51'),
    ('5:53', 'TIME', '2016-08-09T17:53'),
    ('6:04 p.m.', 'TIME', '2016-08-09T18:04'),
    ('6:49 p.m.', 'TIME', '2016-08-09T18:49'),
    ('nine days', 'DURATION', 'P9D'),
    ('Aug. 18', 'DATE', '2016-08-18'),
    ('the next afternoon', 'DATE|TIME', '2016-08-19TAF'),
    ('Wednesday', 'DATE', '2017-04-19'),
    ('eight months', 'DURATION', 'P8M'),
    ('2041', 'DATE', '2041'),
    ('last summer', 'DATE', '2016-SU'),
    ('January', 'DATE', '2017-01'),
    ('the summer', 'DATE', '2017-SU'),
]),
# 10. BBC, county lines gang sentenced in north Wales (2019)
('2019-09-12', 'auto', """County lines gang jailed after boy found hiding in Rhyl flat

Eight members of a gang that used children to sell heroin and crack cocaine in north Wales have been jailed for a total of 61 years.

The "Blade" line was run from Liverpool and sent dealers to Rhyl and Prestatyn for nearly two years, Mold Crown Court heard.

The operation began to unravel on the morning of 14 November last year, when officers forcing entry to a flat on Wellington Road found a 15-year-old boy from Merseyside hiding in a wardrobe with 90 wraps of heroin.

The boy had been reported missing by his mother five days earlier. He told police he had been sent to Rhyl by train with £20 and a phone, and had been sleeping on a mattress while taking orders from addicts by text.

Detectives spent the next four months analysing the line's phone, which sent bulk messages advertising drugs to hundreds of users several times a day. Between January and March, it handled more than 11,000 messages.

Coordinated raids were carried out in Liverpool and north Wales at 06:00 BST on 2 April, and the line went silent within hours.

The gang's leader, Jordan Keegan, 27, of Anfield, had been released from prison in 2016 after serving a sentence for robbery. He was jailed for 12 years. The other seven received sentences of up to nine years.

Sentencing them on Thursday, Judge Rhys Rowlands said the gang had "treated children as disposable" and had shown "a cold indifference to the damage they caused".

The court heard that at least four children had been used to sell drugs for the line, the youngest of them 14. The boy found in the flat has been placed in care and is attending school regularly.

North Wales Police said it had shut down 14 county lines in the past 12 months. Figures published by the National Crime Agency earlier this year suggested that about 2,000 lines were operating across the UK.

Supt Sian Beck said: "This line made money by exploiting vulnerable people, young and old. Today's sentences should send a clear message to anyone thinking of bringing drugs into our communities."
""", [
    ('61 years', 'DURATION', 'P61Y'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('the morning of 14 November last year', 'DATE|TIME', '2018-11-14TMO'),
    ('five days earlier', 'DATE', '2018-11-09'),
    ('the next four months', 'DURATION', 'P4M'),
    ('several times a day', 'SET', 'P1D'),
    ('January', 'DATE', '2019-01'),
    ('March', 'DATE', '2019-03'),
    ('06:00 BST on 2 April', 'TIME', '2019-04-02T06:00'),
    ('hours', 'DURATION', 'PTXH'),
    ('2016', 'DATE', '2016'),
    ('12 years', 'DURATION', 'P12Y'),
    ('nine years', 'DURATION', 'P9Y'),
    ('Thursday', 'DATE', '2019-09-12'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('earlier this year', 'DATE', '2019'),
    ('Today', 'DATE', '2019-09-12'),
]),
# 11. Local paper, narrative of a 1998 cold-case killing and the 2022 verdict
('2022-01-26', 'auto', """Jury convicts Arizona man in 1998 killing of Carla Benning

By Mike Osterman
Courier staff writer

The snow had just started when Carla Benning, 19, finished her shift at the Pine Lanes bowling alley on the night of Dec. 12, 1998. A co-worker saw her scraping the windshield of her blue Ford Escort in the parking lot at about 11:15. She never made it home, six miles away on County Road 9.

Her car was found the next morning in a ditch off Miller Road with the driver's door open. Her body was found three days later in a drainage culvert a mile away.

For more than two decades, the case sat in a filing cabinet at the Ridgeway County Sheriff's Office. Detectives interviewed more than 200 people in 1999 alone.

Then, in the spring of 2020, a detective sent a DNA sample from her jacket to a genetic genealogy lab. That August, the lab matched it to the family tree of a retired trucker living in Arizona, Roger Dale Finney, who had worked as a mechanic in Ridgeway in the late 1990s.

Finney, 61, was arrested outside his home in Kingman on Oct. 6, 2020, and extradited two weeks later.

His trial in Ridgeway County District Court began Jan. 10 and lasted two weeks. Prosecutors told jurors that Finney had serviced Benning's car in early December 1998 and had asked co-workers about "the girl from the bowling alley."

Finney testified Friday that he had never met her and that he had spent the weekend of Dec. 12, 1998, in Minnesota visiting his brother. His brother, called by prosecutors, said he could not remember.

The jury got the case Monday afternoon and returned its verdict at 10:40 a.m. Tuesday: guilty of second-degree murder.

Benning's mother, Joan, who is 80, said she had driven past the bowling alley every Dec. 12 for 23 years.

"I'd stop for a minute and then keep going," she said. "This year I won't have to."

Sentencing is set for March 14. Finney faces up to 40 years in prison.

Sheriff Dan Hollis said his office has sent samples from four other unsolved cases to the same lab in recent months.
""", [
    ('1998', 'DATE', '1998'),
    ('the night of Dec. 12, 1998', 'DATE|TIME', '1998-12-12TNI'),
    ('about 11:15', 'TIME', '1998-12-12T23:15'),
    ('the next morning', 'DATE|TIME', '1998-12-13TMO'),
    ('three days later', 'DATE', '1998-12-16'),
    ('more than two decades', 'DURATION', 'P2DE|P20Y'),
    ('1999', 'DATE', '1999'),
    ('the spring of 2020', 'DATE', '2020-SP'),
    ('That August', 'DATE', '2020-08'),
    ('the late 1990s', 'DATE', '199'),
    ('Oct. 6, 2020', 'DATE', '2020-10-06'),
    ('two weeks later', 'DATE', '2020-10-20|2020-W43'),
    ('Jan. 10', 'DATE', '2022-01-10'),
    ('two weeks', 'DURATION', 'P2W'),
    ('early December 1998', 'DATE', '1998-12'),
    ('Friday', 'DATE', '2022-01-21'),
    ('the weekend of Dec. 12, 1998', 'DATE', '1998-W50-WE'),
    ('Monday afternoon', 'DATE|TIME', '2022-01-24TAF'),
    ('10:40 a.m. Tuesday', 'TIME', '2022-01-25T10:40'),
    ('every Dec. 12', 'SET', 'XXXX-12-12'),
    ('23 years', 'DURATION', 'P23Y'),
    ('a minute', 'DURATION', 'PT1M'),
    ('This year', 'DATE', '2022'),
    ('March 14', 'DATE', '2022-03-14'),
    ('40 years', 'DURATION', 'P40Y'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
]),
# 12. Washington Post, ransomware attack on a county 911 center, sentencing (2025)
('2025-03-06', 'auto', """Hacker who crippled Prince William 911 system sentenced to 9 years

The attack in the summer of 2023 forced dispatchers to take calls on paper for nearly a week

By Priya Natarajan
March 6, 2025 at 5:12 p.m. EST

A Manassas man who locked up Prince William County's emergency dispatch system with ransomware in 2023 was sentenced Thursday to nine years in federal prison, the longest sentence yet for a cyberattack on a 911 center in Virginia.

Tyler J. Brandt, 26, pleaded guilty in November to computer fraud and extortion. Federal prosecutors in Alexandria said he had demanded $2 million in bitcoin.

Court filings describe how the attack unfolded. At 2:38 a.m. on Saturday, July 15, 2023, Brandt logged in to the county's network using a password stolen from a contractor in the spring. For the next three hours he moved through the system, disabling backups. At 5:51 a.m., dispatch screens in Woodbridge went dark.

Dispatchers switched to paper cards and radio within minutes. For nearly a week, they logged every call by hand. Average response times rose by about four minutes, the county later reported, though officials said no deaths were linked to the outage.

The ransom note arrived by email at 9 a.m. and set a deadline of midnight Tuesday. The county refused to pay. Its systems were fully restored on July 21.

FBI agents traced a bitcoin wallet named in the note to an account Brandt had used to buy video game items, according to the filings. They searched his apartment on the morning of Aug. 30 and found the stolen credentials on a laptop.

At Thursday's hearing, U.S. District Judge Anne Holloway said Brandt had "gambled with the lives of people who dialed 911 and did not know whether anyone would answer."

Brandt, who has been in custody since his arrest, told the court that he had not understood what the system did. His attorney had asked for five years, citing his age and his lack of a criminal record.

Prince William spent more than $4 million over the past year replacing equipment and hiring an outside security firm that now monitors its network. The county's 911 director, Ellen Cho, said dispatchers still practice paper procedures every month.

"We hope we never need them again," she said. "But we will be ready."
""", [
    ('9 years', 'DURATION', 'P9Y'),
    ('the summer of 2023', 'DATE', '2023-SU'),
    ('nearly a week', 'DURATION', 'P1W'),
    ('March 6, 2025 at 5:12 p.m. EST', 'TIME', '2025-03-06T17:12'),
    ('2023', 'DATE', '2023'),
    ('Thursday', 'DATE', '2025-03-06'),
    ('nine years', 'DURATION', 'P9Y'),
    ('November', 'DATE', '2024-11'),
    ('2:38 a.m. on Saturday, July 15, 2023', 'TIME', '2023-07-15T02:38'),
    ('the spring', 'DATE', '2023-SP'),
    ('the next three hours', 'DURATION', 'PT3H'),
    ('5:51 a.m.', 'TIME', '2023-07-15T05:51'),
    ('minutes', 'DURATION', 'PTXM'),
    ('nearly a week', 'DURATION', 'P1W'),
    ('about four minutes', 'DURATION', 'PT4M'),
    ('9 a.m.', 'TIME', '2023-07-15T09:00'),
    ('midnight Tuesday', 'TIME', '2023-07-18T24:00|2023-07-19T00:00'),
    ('July 21', 'DATE', '2023-07-21'),
    ('the morning of Aug. 30', 'DATE|TIME', '2023-08-30TMO'),
    ('Thursday', 'DATE', '2025-03-06'),
    ('five years', 'DURATION', 'P5Y'),
    ('the past year', 'DATE|DURATION', 'P1Y|2024'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every month', 'SET', 'P1M'),
]),
]
