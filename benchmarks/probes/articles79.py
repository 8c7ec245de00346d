# Gold TIMEX3 probe set 79: twelve original news texts (AP, Reuters, AFP, Bloomberg, NYT, Guardian, Times of India, Straits Times; 2001-2025), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, crime (2001)
('2001-03-15', 'auto', """Ex-bank manager charged in slow-motion vault thefts

DAYTON, Ohio (AP) — A former branch manager was charged Thursday with stealing more than $400,000 from the vault of a suburban savings bank over nearly two years, taking cash in small amounts after closing so the losses would look like routine counting errors, prosecutors said.

Gerald T. Hoskins, 47, of Kettering, was arrested at his home about 6 a.m. and appeared before a federal magistrate in the afternoon. He did not enter a plea and was released on a $50,000 bond. His lawyer, Maria Delgado, said her client would "answer these allegations in court, not in the newspaper."

According to an FBI affidavit, the thefts began in the spring of 1999, a few months after Hoskins took over the Miamisburg branch of Great Lakes Federal Savings. Investigators say he stayed behind every Friday to close the vault alone and pocketed between $2,000 and $6,000 on each occasion.

The scheme unraveled last month, when a regional auditor arrived unannounced on Feb. 12 and found the vault short by $38,500. Hoskins was placed on leave two days later and fired at the end of February, the bank said.

"This was not a smash-and-grab. It was patient and careful, and for years it worked," U.S. Attorney Sharon Zelnick told reporters Thursday afternoon.

Auditors spent three weeks reconstructing the branch's books and found discrepancies going back 23 months, according to the affidavit. Agents also examined Hoskins' personal accounts and found he had paid off a $120,000 mortgage in 2000 and bought a 24-foot boat last summer.

Neighbors on his quiet cul-de-sac said they had noticed the boat but thought little of it. "He coached Little League every Saturday. He seemed like the last guy who'd do something like this," said one neighbor, who asked not to be named.

If convicted of bank embezzlement, Hoskins faces up to 30 years in prison and a $1 million fine. A preliminary hearing was set for March 29.

Great Lakes Federal said in a statement that no customer accounts were affected and that it had changed its procedures so that at least two employees must be present whenever the vault is opened. The bank said it now audits each branch quarterly rather than once a year.

The company's chief executive, Lawrence Pike, said the bank would seek full restitution. "We intend to recover every dollar, and we will," he said.

Hoskins, who joined the bank in 1986 as a teller, had no previous criminal record. He is due back in court next week for a bond review.
""", [
    ('Thursday', 'DATE', '2001-03-15'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('about 6 a.m.', 'TIME', '2001-03-15T06:00'),
    ('the afternoon', 'DATE|TIME', '2001-03-15TAF'),
    ('the spring of 1999', 'DATE', '1999-SP'),
    ('a few months', 'DURATION', 'PXM'),
    ('every Friday', 'SET', 'XXXX-WXX-5'),
    ('last month', 'DATE', '2001-02'),
    ('Feb. 12', 'DATE', '2001-02-12'),
    ('two days later', 'DATE', '2001-02-14'),
    ('the end of February', 'DATE', '2001-02'),
    ('years', 'DURATION', 'PXY'),
    ('Thursday afternoon', 'DATE|TIME', '2001-03-15TAF'),
    ('three weeks', 'DURATION', 'P3W'),
    ('23 months', 'DURATION', 'P23M'),
    ('2000', 'DATE', '2000'),
    ('last summer', 'DATE', '2000-SU'),
    ('every Saturday', 'SET', 'XXXX-WXX-6'),
    ('30 years', 'DURATION', 'P30Y'),
    ('March 29', 'DATE', '2001-03-29'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('quarterly', 'SET', 'P3M'),
    ('once a year', 'SET', 'P1Y'),
    ('1986', 'DATE', '1986'),
    ('next week', 'DATE', '2001-W12'),
]),
# 2. Reuters, business (2004)
('2004-06-23', 'auto', """Brewer Harland Mews agrees 1.2 bln stg bid from Dutch rival

LONDON, June 23 (Reuters) - British brewer Harland Mews Plc said on Wednesday it had agreed to a 1.2 billion pound ($2.2 billion) takeover by Dutch group Van Reede NV, ending a bid battle that had dragged on for more than four months.

Van Reede will pay 415 pence a share in cash, a 31 percent premium to Harland's closing price before the Dutch company first disclosed its interest on Feb. 10. Harland shares rose 4.6 percent to 409 pence by 0930 GMT, while Van Reede was down 1.8 percent in Amsterdam.

Harland's board had rejected two earlier proposals, in February and again in April, saying they undervalued a business that has increased its profits every year since 1998. The improved offer was tabled late Monday after talks that ran through the weekend, people familiar with the matter said.

"This is a full price and we believe it is the right outcome for shareholders," Harland chairman Sir Peter Ashdown told reporters on a conference call. "We have spent the past four months testing whether anyone else was prepared to pay more, and nobody was."

Van Reede, which brews the Gouda Gold lager, said the deal would boost its earnings per share from 2005 and generate cost savings of about 60 million euros a year by 2007. It plans to close one of Harland's four breweries within 18 months but gave no further details.

The deal is expected to be completed in the third quarter, subject to approval from the European Commission, which has 25 working days to rule once it is formally notified. Van Reede said it expected to file the notification next week.

Analysts said the price looked rich given a weak British beer market, where volumes have fallen for the past three years as drinkers switch to wine and drink more at home.

"They have paid up, but they needed a foothold in Britain and there aren't many independent brewers left," said Mark Ridley, an analyst at Seymour Pierce. "Six months ago nobody would have put this price on Harland."

Harland, founded in 1832 in the Yorkshire town of Tadcaster, is due to report results on July 15. It said trading since March had been in line with expectations and that it would still pay a final dividend to shareholders on the register before completion.

Van Reede chief executive Joost Hermans said the company would keep the Harland name, its head office in Tadcaster and its pub estate in northern England.

(Additional reporting by Anna Wouters in Amsterdam; editing by Simon Jessop)
""", [
    ('June 23', 'DATE', '2004-06-23'),
    ('Wednesday', 'DATE', '2004-06-23'),
    ('more than four months', 'DURATION', 'P4M'),
    ('Feb. 10', 'DATE', '2004-02-10'),
    ('0930 GMT', 'TIME', '2004-06-23T09:30'),
    ('February', 'DATE', '2004-02'),
    ('April', 'DATE', '2004-04'),
    ('every year', 'SET', 'P1Y'),
    ('1998', 'DATE', '1998'),
    ('late Monday', 'DATE', '2004-06-21'),
    ('the weekend', 'DATE', '2004-W25-WE'),
    ('the past four months', 'DURATION', 'P4M'),
    ('2005', 'DATE', '2005'),
    ('a year', 'SET', 'P1Y'),
    ('2007', 'DATE', '2007'),
    ('18 months', 'DURATION', 'P18M'),
    ('the third quarter', 'DATE', '2004-Q3'),
    ('25 working days', 'DURATION', 'P25D'),
    ('next week', 'DATE', '2004-W27'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('Six months ago', 'DATE', '2003-12'),
    ('1832', 'DATE', '1832'),
    ('July 15', 'DATE', '2004-07-15'),
    ('March', 'DATE', '2004-03'),
]),
# 3. AFP, science (2007)
('2007-10-11', 'auto', """Astronomers spot scorching 'hot Neptune' around nearby red dwarf

PARIS (AFP) - European astronomers said Thursday they had discovered a planet roughly the size of Neptune circling a small red star just 33 light-years from Earth, completing an orbit in less than three days.

The planet, designated GJ 4127 b, was found with the HARPS spectrograph on a 3.6-metre telescope at La Silla in Chile, an instrument that detects the tiny wobble a planet induces in its parent star.

"It is among the lightest planets we have ever found around another star, and certainly one of the closest," said Xavier Delfosse of the Grenoble astrophysics laboratory, who led the team. The findings will appear in the journal Astronomy and Astrophysics next month.

The team observed the star dozens of times between 2005 and the summer of this year, measuring its velocity to within about one metre per second. A clear signal emerged early this year, but the astronomers spent several months ruling out other explanations, such as dark spots on the star's surface, before announcing the result.

The planet whips around its star every 63 hours at a distance of roughly four million kilometres, about one-fifteenth of the distance between Mercury and the Sun. Its surface temperature is estimated at more than 400 degrees Celsius, far too hot for liquid water.

Red dwarfs, which make up about three quarters of the stars in our galaxy, have become favourite hunting grounds in recent years because their low mass makes the wobble easier to detect.

In April, a rival team using the same instrument announced three planets around Gliese 581, one of them close to the so-called habitable zone, triggering intense debate about whether it could harbour water.

Delfosse said his group would now concentrate on the outer parts of the GJ 4127 system, where a second, cooler planet could be hiding. "We will keep observing it for two years," he said. "If there is something out there with a period of a few months, we should see it by 2009."

The European Southern Observatory, which operates La Silla, plans to install a far more sensitive spectrograph on one of its larger telescopes by 2012, capable in principle of detecting rocky worlds only a few times heavier than Earth.

Since the first planet around a Sun-like star was identified by Swiss astronomers in 1995, more than 250 such worlds have been catalogued, most of them gas giants as large as or larger than Jupiter.

The new result was presented on Wednesday at a conference in Lyon, where about 300 researchers are meeting until Saturday.
""", [
    ('Thursday', 'DATE', '2007-10-11'),
    ('less than three days', 'DURATION', 'P3D'),
    ('next month', 'DATE', '2007-11'),
    ('2005', 'DATE', '2005'),
    ('the summer of this year', 'DATE', '2007-SU'),
    ('early this year', 'DATE', '2007'),
    ('several months', 'DURATION', 'PXM'),
    ('every 63 hours', 'SET', 'PT63H'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('April', 'DATE', '2007-04'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('two years', 'DURATION', 'P2Y'),
    ('a few months', 'DURATION', 'PXM'),
    ('2009', 'DATE', '2009'),
    ('2012', 'DATE', '2012'),
    ('1995', 'DATE', '1995'),
    ('Wednesday', 'DATE', '2007-10-10'),
    ('Saturday', 'DATE', '2007-10-13'),
]),
# 4. Bloomberg, business (2010)
('2010-02-04', 'auto', """Kestrel Mining Profit Falls 38% on Weaker Coal Prices; Shares Drop

By Elena Marsh

Feb. 4 (Bloomberg) -- Kestrel Mining Corp., the third-largest U.S. coal producer, said fourth-quarter profit fell 38 percent as prices for the coal used in steelmaking slumped and customers delayed shipments. The shares fell the most in five months.

Net income declined to $71.2 million, or 84 cents a share, in the three months ended Dec. 31, from $114.8 million, or $1.36, a year earlier, the St. Louis-based company said today in a statement. Excluding one-time costs, profit was 91 cents a share, short of the $1.02 average estimate of 14 analysts surveyed by Bloomberg.

Kestrel fell $3.18, or 7.9 percent, to $37.05 at 11:42 a.m. in New York Stock Exchange composite trading. The stock had more than doubled in the past 12 months through yesterday.

"The fourth quarter was tougher than we expected, particularly in December," Chief Executive Officer Raymond Oakes said on a conference call with analysts. "We see the recovery continuing, but it will be uneven through the first half."

Metallurgical coal contracts with Asian steelmakers, which are negotiated once a year, may rise as much as 40 percent in fiscal 2010, Oakes said. Talks with Japanese buyers began last week and may conclude by the end of March, he said.

Sales in 2009 fell 17 percent to $2.9 billion. Kestrel forecast 2010 shipments of 128 million to 134 million tons, compared with 121 million tons last year, and said it would restart two idled mines in West Virginia in the second quarter.

The company will spend about $450 million on equipment and new mines this year, up from $310 million in 2009, and raised its quarterly dividend by 2 cents to 12 cents a share, payable March 15.

"They are guiding conservatively, which makes sense after the past 18 months," said Chris Haverty, an analyst at Northcott Securities in Boston who rates the shares "buy." "Once Asian pricing is settled this spring, I would expect estimates to move up."

Kestrel cut about 1,100 jobs in 2009 after demand collapsed following the financial crisis. Oakes said the company would rehire some of those workers over the next several months, without giving a figure.

Spot prices for Central Appalachian coal have risen 22 percent since October, according to data compiled by Bloomberg, as utilities rebuilt stockpiles during the cold snap in January.

To contact the reporter on this story: Elena Marsh in New York at emarsh@bloomberg.net
""", [
    ('Feb. 4', 'DATE', '2010-02-04'),
    ('fourth-quarter', 'DATE', '2009-Q4'),
    ('five months', 'DURATION', 'P5M'),
    ('three months', 'DURATION', 'P3M'),
    ('Dec. 31', 'DATE', '2009-12-31'),
    ('a year earlier', 'DATE', '2008-Q4|2008'),
    ('today', 'DATE', '2010-02-04'),
    ('11:42 a.m.', 'TIME', '2010-02-04T11:42'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('yesterday', 'DATE', '2010-02-03'),
    ('The fourth quarter', 'DATE', '2009-Q4'),
    ('December', 'DATE', '2009-12'),
    ('the first half', 'DATE', '2010-H1'),
    ('once a year', 'SET', 'P1Y'),
    ('fiscal 2010', 'DATE', 'FY2010|2010'),
    ('last week', 'DATE', '2010-W04'),
    ('the end of March', 'DATE', '2010-03'),
    ('2009', 'DATE', '2009'),
    ('2010', 'DATE', '2010'),
    ('last year', 'DATE', '2009'),
    ('the second quarter', 'DATE', '2010-Q2'),
    ('this year', 'DATE', '2010'),
    ('2009', 'DATE', '2009'),
    ('quarterly', 'SET', 'P3M'),
    ('March 15', 'DATE', '2010-03-15'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('this spring', 'DATE', '2010-SP'),
    ('2009', 'DATE', '2009'),
    ('the next several months', 'DURATION', 'PXM'),
    ('October', 'DATE', '2009-10'),
    ('January', 'DATE', '2010-01'),
]),
# 5. New York Times, culture, narrative (2003)
('2003-11-30', 'auto', """A Lost Quartet Resurfaces, and a Refugee Composer's Final Work Is Heard

By MARGARET HOLLIS

CHICAGO, Nov. 29 — For almost 60 years, the last work of the composer Anton Rehak existed only as a rumor and a single line in a letter. This fall it turned up in a cardboard box in a storage warehouse on the city's South Side, and on Friday night musicians from the Lakeshore Chamber Players read through it in front of listeners for the first time.

Rehak, a Czech refugee who reached Chicago in 1939, spent the summer of 1943, the last of his life, in a rented room above a bakery on Clark Street. On June 2, 1943, he wrote to his sister in London that he had begun "a quartet for the people who did not get out." Five weeks later he reported that two movements were finished and that he was working "every night until the milk trucks come."

The letters stop in early August. On Aug. 9 he collapsed in the bakery and was taken to Cook County Hospital, where he died 10 days later. His landlady packed his belongings into boxes, and the quartet was never seen again.

Scholars assumed it had been destroyed. Then, in September, a warehouse company clearing unclaimed lots from the 1950s called the Newberry Library about a box of handwritten music. A librarian, Ruth Okafor, recognized Rehak's crabbed hand within minutes.

"I sat down on the loading dock for an hour and didn't move," she said on Saturday. "You don't get that feeling twice in a career."

The manuscript, 46 pages in pencil, contains three complete movements and sketches for a fourth. The final page is dated "July 30, 1943" and bears a dedication "to those who waited at the border."

On Friday the players spent nearly three hours on the score in a rehearsal room at Roosevelt University before a small invited audience of scholars, donors and two of Rehak's great-nephews. Around midnight, the cellist, Daniel Weisz, put down his bow and said simply, "He was writing this knowing."

Rehak's reputation has grown slowly over the past two decades, helped by recordings of his piano music in the 1980s and a Prague festival devoted to him in 1998. His sister's letters, donated to a Czech archive in 1991, first revealed that the quartet had existed at all.

The Lakeshore Players plan to give the first public performance next August, and a recording will follow. Before then, the Newberry will put the manuscript on display for six weeks beginning in January, alongside the letters, which it has borrowed from Prague.
""", [
    ('Nov. 29', 'DATE', '2003-11-29'),
    ('almost 60 years', 'DURATION', 'P60Y'),
    ('This fall', 'DATE', '2003-FA'),
    ('Friday night', 'DATE|TIME', '2003-11-28TNI'),
    ('1939', 'DATE', '1939'),
    ('the summer of 1943', 'DATE', '1943-SU'),
    ('June 2, 1943', 'DATE', '1943-06-02'),
    ('Five weeks later', 'DATE', '1943-07-07|1943-W27'),
    ('every night', 'SET', 'XXXX-XX-XXTNI|TNI|P1D'),
    ('early August', 'DATE', '1943-08'),
    ('Aug. 9', 'DATE', '1943-08-09'),
    ('10 days later', 'DATE', '1943-08-19'),
    ('September', 'DATE', '2003-09'),
    ('the 1950s', 'DATE', '195'),
    ('minutes', 'DURATION', 'PTXM'),
    ('an hour', 'DURATION', 'PT1H'),
    ('Saturday', 'DATE', '2003-11-29'),
    ('July 30, 1943', 'DATE', '1943-07-30'),
    ('Friday', 'DATE', '2003-11-28'),
    ('nearly three hours', 'DURATION', 'PT3H'),
    ('Around midnight', 'TIME', '2003-11-28T24:00|2003-11-29T00:00'),
    ('the past two decades', 'DURATION', 'P20Y|P2DE'),
    ('the 1980s', 'DATE', '198'),
    ('1998', 'DATE', '1998'),
    ('1991', 'DATE', '1991'),
    ('next August', 'DATE', '2004-08'),
    ('six weeks', 'DURATION', 'P6W'),
    ('January', 'DATE', '2004-01'),
]),
# 6. Guardian, politics (2013)
('2013-05-21', 'auto', """Council leaders warn of social care 'cliff edge' as new cuts loom

Local government chiefs say budgets for elderly and disabled people will run dry within two years unless ministers change course in the spending review next month

Helen Pargeter, political correspondent
Tuesday 21 May 2013 18.42 BST

Council leaders from all three main parties have warned that adult social care in England faces a "cliff edge" within two years, as ministers prepare to set out further cuts to local government in next month's spending review.

In a joint letter to the chancellor, George Osborne, published on Tuesday, the leaders of 40 councils say that spending on care for elderly and disabled people has fallen by a fifth since 2010, while demand has risen every year.

"We have made the easy savings. We made them three years ago," said Sir Merrick Cockell, the Conservative chairman of the Local Government Association. "What is left now is the care itself."

The spending review, due on 26 June, will set departmental budgets for 2015-16. The Treasury has asked departments to find a further £11.5bn of savings.

Ministers argue that councils have coped better than expected. Eric Pickles, the communities secretary, said last week that local authorities were sitting on reserves "that would make a Swiss banker blush" and should draw on them before complaining.

But the letter says reserves in many areas will be exhausted by the end of 2014, and that at least a dozen councils are already considering whether to restrict care to people with "critical" needs only. Home care visits, it says, are increasingly being cut to 15 minutes, leaving carers unable to help clients wash or eat.

Labour seized on the letter. The shadow health secretary, Andy Burnham, said the government had "spent the last three years pretending the care crisis would solve itself". He repeated his call for a single budget for health and social care, which Labour has promised to set out in detail before the general election in 2015.

The row comes as the care bill, which introduces a cap of £72,000 on the care costs people pay over their lifetime from April 2016, returns to the Lords on Thursday. Peers are expected to press amendments on eligibility that the government defeated earlier this month.

A Downing Street spokesman said: "We recognise the pressures, which is why we have already transferred money from the NHS to councils to support social care. Councils will hear the details of their settlement in the summer."

The LGA holds its conference in Manchester in early July, where Cockell is expected to repeat the warning.
""", [
    ('two years', 'DURATION', 'P2Y'),
    ('next month', 'DATE', '2013-06'),
    ('Tuesday 21 May 2013 18.42 BST', 'TIME', '2013-05-21T18:42'),
    ('two years', 'DURATION', 'P2Y'),
    ('next month', 'DATE', '2013-06'),
    ('Tuesday', 'DATE', '2013-05-21'),
    ('2010', 'DATE', '2010'),
    ('every year', 'SET', 'P1Y'),
    ('three years ago', 'DATE', '2010'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('26 June', 'DATE', '2013-06-26'),
    ('2015-16', 'DATE', '2015|2016'),
    ('last week', 'DATE', '2013-W20'),
    ('the end of 2014', 'DATE', '2014'),
    ('15 minutes', 'DURATION', 'PT15M'),
    ('the last three years', 'DURATION', 'P3Y'),
    ('2015', 'DATE', '2015'),
    ('April 2016', 'DATE', '2016-04'),
    ('Thursday', 'DATE', '2013-05-23'),
    ('earlier this month', 'DATE', '2013-05'),
    ('the summer', 'DATE', '2013-SU'),
    ('early July', 'DATE', '2013-07'),
]),
# 7. Times of India, health (2016)
('2016-08-18', 'auto', """Dengue cases double in a fortnight, BMC steps up fogging drive

Sumitra Deb | TNN | Aug 18, 2016, 04.12 AM IST

MUMBAI: The city recorded 212 confirmed dengue cases in the first half of August, more than double the number reported in the second half of July, according to data released by the BMC's health department on Wednesday.

Two deaths have been reported this month, a 14-year-old girl from Kurla and a 52-year-old man from Bhandup, taking the toll since January to five. Civic officials said the surge was expected after heavy rain in the last week of July left water standing in construction sites and slum pockets for days.

"Every year we see this pattern. Breeding peaks about 10 days after heavy rainfall, and cases rise sharply over the following two weeks," said Dr Padmaja Keskar, executive health officer. She said the peak was likely to come in the first half of September.

The BMC has deployed an additional 400 pest control workers since Monday and fogging is now being carried out twice a week in the worst-affected wards, including L, S and N. Housing societies have been asked to empty overhead tanks and check terraces every Sunday. Inspectors found mosquito breeding at 6,300 locations between August 1 and August 15 and issued notices to 1,870 property owners, including several builders.

Private hospitals said the official figures understated the problem. "We have been admitting eight to ten suspected dengue patients daily for the past ten days," said a senior doctor at a hospital in Parel, who did not want to be named. Blood banks reported a sharp rise in demand for platelets over the weekend.

Last year, the city recorded 1,075 dengue cases and 13 deaths, most of them between August and October. In 2014, a resident doctor at KEM Hospital died of the disease, prompting the civic body to launch a citywide awareness campaign in schools and housing colonies.

Doctors warned patients against self-medication. "People take painkillers for three days at home and come to us when their platelet count has crashed," said Dr Om Srivastava, an infectious diseases specialist. "Anyone with high fever lasting more than 48 hours should get a blood test done."

The civic body will hold a review meeting with ward officers on Friday and plans to publish ward-wise case data every week until the end of October. Residents can report breeding sites on the BMC's helpline or through its mobile app.
""", [
    ('a fortnight', 'DURATION', 'P2W'),
    ('Aug 18, 2016, 04.12 AM IST', 'TIME', '2016-08-18T04:12'),
    ('the first half of August', 'DATE', '2016-08'),
    ('the second half of July', 'DATE', '2016-07'),
    ('Wednesday', 'DATE', '2016-08-17'),
    ('this month', 'DATE', '2016-08'),
    ('January', 'DATE', '2016-01'),
    ('the last week of July', 'DATE', '2016-W30|2016-07'),
    ('days', 'DURATION', 'PXD'),
    ('Every year', 'SET', 'P1Y'),
    ('about 10 days', 'DURATION', 'P10D'),
    ('the following two weeks', 'DURATION', 'P2W'),
    ('the first half of September', 'DATE', '2016-09'),
    ('Monday', 'DATE', '2016-08-15'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('twice a week', 'SET', 'P1W'),
    ('every Sunday', 'SET', 'XXXX-WXX-7'),
    ('August 1', 'DATE', '2016-08-01'),
    ('August 15', 'DATE', '2016-08-15'),
    ('daily', 'SET', 'P1D'),
    ('the past ten days', 'DURATION', 'P10D'),
    ('the weekend', 'DATE', '2016-W32-WE'),
    ('Last year', 'DATE', '2015'),
    ('August', 'DATE', '2015-08'),
    ('October', 'DATE', '2015-10'),
    ('2014', 'DATE', '2014'),
    ('three days', 'DURATION', 'P3D'),
    ('more than 48 hours', 'DURATION', 'PT48H'),
    ('Friday', 'DATE', '2016-08-19'),
    ('every week', 'SET', 'P1W'),
    ('the end of October', 'DATE', '2016-10'),
]),
# 8. Straits Times, sport (2019)
('2019-09-26', 'auto', """Record 570-strong Team Singapore contingent named for SEA Games in Philippines

David Lee, Sports Correspondent

SINGAPORE - Singapore will send its biggest away contingent of 570 athletes to the SEA Games in the Philippines, the Singapore National Olympic Council (SNOC) announced yesterday, with officials hoping to at least match the 57 golds won in Kuala Lumpur two years ago.

The Games will run from Nov 30 to Dec 11, although some football and water polo matches start as early as Nov 25. Singapore's athletes will compete in 47 of the 56 sports on the programme, at venues spread across Manila, Clark and Subic.

Speaking at the announcement at the OCBC Arena, chef de mission Juliana Seow said the team had been picked under stricter criteria than in 2017. "Every athlete here has met the bronze-medal benchmark set at the last Games. We are not sending anyone just for the experience," she said.

The contingent includes 21-year-old sprinter Marcus Tan, who lowered the national 100m record at the Asian Athletics Championships in Doha in April, and the women's water polo team, who have trained twice a day for the past six months at a centralised camp in Kallang.

Preparations will intensify over the next two months. The SNOC will hold a final selection review on Oct 15, and most athletes will begin a three-week taper in early November. Sport Singapore said it had set aside $2.5 million this year for overseas training stints and sports science support.

Swimming, traditionally the Republic's most reliable source of gold, will again be the centre of attention. Singapore's swimmers won 23 golds in 2017 and will be led by veteran Jonathan Koh, who has been training in the United States since January.

Not everyone made the cut. Several sailors who won medals in 2015 will stay home after a number of Olympic-class events were dropped from the programme, a decision national sailing coach Natalie Wong described as "heartbreaking" last week.

SNOC secretary-general Tan Wee Kiat said the council would review the team's performance after the Games and report to its stakeholders by March. "We will be honest about where we fall short, and we will fix it before Cambodia in 2023," he said.

The team will be flagged off by President Halimah Yacob at a ceremony at the Istana on the evening of Nov 25.
""", [
    ('yesterday', 'DATE', '2019-09-25'),
    ('two years ago', 'DATE', '2017'),
    ('Nov 30', 'DATE', '2019-11-30'),
    ('Dec 11', 'DATE', '2019-12-11'),
    ('Nov 25', 'DATE', '2019-11-25'),
    ('2017', 'DATE', '2017'),
    ('April', 'DATE', '2019-04'),
    ('twice a day', 'SET', 'P1D'),
    ('the past six months', 'DURATION', 'P6M'),
    ('the next two months', 'DURATION', 'P2M'),
    ('Oct 15', 'DATE', '2019-10-15'),
    ('three-week', 'DURATION', 'P3W'),
    ('early November', 'DATE', '2019-11'),
    ('this year', 'DATE', '2019'),
    ('2017', 'DATE', '2017'),
    ('January', 'DATE', '2019-01'),
    ('2015', 'DATE', '2015'),
    ('last week', 'DATE', '2019-W38'),
    ('March', 'DATE', '2020-03'),
    ('2023', 'DATE', '2023'),
    ('the evening of Nov 25', 'DATE|TIME', '2019-11-25TEV'),
]),
# 9. AP, sport (2022)
('2022-01-12', 'auto', """Kowalski, back from retirement, earns fourth Olympic berth

MILWAUKEE (AP) — Four years ago, Dana Kowalski left the Pettit National Ice Center convinced she had skated her last race. On Tuesday night, she crossed the finish line there first in the 1,000 meters and clinched a spot at her fourth Winter Olympics.

The 34-year-old from West Allis beat defending trials champion Brittany Lowe by less than a skate length, then sat on the ice for several minutes with her face in her hands.

"I didn't think I'd ever be back here," Kowalski said. "Two years ago I was coaching kids on Saturday mornings and telling everybody I was done."

Kowalski retired after the 2018 Pyeongchang Games, where she finished ninth in the 1,000 and 11th in the 1,500. She took a job at a physical therapy clinic and skated only for fun until the spring of 2020, when the pandemic closed the clinic for three months and a former teammate persuaded her to start training again.

She returned to competition in early 2021 and spent most of the fall in Salt Lake City, training six days a week at altitude. In November she posted her fastest times since 2017 at a World Cup stop in Poland.

The trials, which began last Friday and end Sunday, are being held without spectators because of a surge in COVID-19 cases in the Milwaukee area. Skaters are tested every other day and must wear masks everywhere except on the ice.

U.S. Speedskating officials said the team would be finalized by Jan. 24, after the last qualifying events, and that skaters would leave for Beijing early next month. The Games open Feb. 4.

Kowalski will also skate the 1,500 on Thursday, though she said she considered the shorter race her best chance of a medal. The Netherlands won 10 of the 14 speedskating gold medals at the 2018 Games, and Dutch skaters have dominated the 1,000 on the World Cup circuit.

"I'm not going there to take pictures," she said. "I've got three weeks to get faster, and I intend to use every one of them."

Her coach, Ryan Shimabukuro, said Kowalski had not missed a single morning session since Christmas, even when the rink's heating failed.

"She's the most stubborn person I've ever coached," he said. "Most people her age are thinking about retirement. She's already talking about 2026."
""", [
    ('Four years ago', 'DATE', '2018'),
    ('Tuesday night', 'DATE|TIME', '2022-01-11TNI'),
    ('several minutes', 'DURATION', 'PTXM'),
    ('Two years ago', 'DATE', '2020'),
    ('Saturday mornings', 'SET', 'XXXX-WXX-6TMO'),
    ('2018', 'DATE', '2018'),
    ('the spring of 2020', 'DATE', '2020-SP'),
    ('three months', 'DURATION', 'P3M'),
    ('early 2021', 'DATE', '2021'),
    ('the fall', 'DATE', '2021-FA'),
    ('six days a week', 'SET', 'P1W'),
    ('November', 'DATE', '2021-11'),
    ('2017', 'DATE', '2017'),
    ('last Friday', 'DATE', '2022-01-07'),
    ('Sunday', 'DATE', '2022-01-16'),
    ('every other day', 'SET', 'P2D'),
    ('Jan. 24', 'DATE', '2022-01-24'),
    ('early next month', 'DATE', '2022-02'),
    ('Feb. 4', 'DATE', '2022-02-04'),
    ('Thursday', 'DATE', '2022-01-13'),
    ('2018', 'DATE', '2018'),
    ('three weeks', 'DURATION', 'P3W'),
    ('Christmas', 'DATE', '2021-12-25'),
    ('2026', 'DATE', '2026'),
]),
# 10. Reuters, politics (2024)
('2024-11-07', 'auto', """Germany's Scholz under pressure to speed up confidence vote after coalition collapse

BERLIN, Nov 7 (Reuters) - German Chancellor Olaf Scholz came under mounting pressure on Thursday to hold a confidence vote before Christmas, after his fractious three-party coalition collapsed in a row over the budget, leaving Europe's largest economy in political limbo.

Scholz fired Finance Minister Christian Lindner of the pro-business Free Democrats (FDP) on Wednesday evening, accusing him of blocking a compromise on how to fill a multi-billion-euro hole in next year's budget and of putting party interests first.

The chancellor said he would ask parliament for a vote of confidence on Jan. 15, which could pave the way for a snap election by the end of March, about six months ahead of schedule.

Opposition leader Friedrich Merz, whose conservatives lead opinion polls by a wide margin, said that timetable was irresponsible and demanded that Scholz face parliament "by the beginning of next week at the latest".

"We cannot afford to have a government without a majority for half a year at a time like this," Merz told reporters in Berlin.

The coalition of Scholz's Social Democrats, the Greens and the FDP had been in power since December 2021, but it had been riven by disputes for months over how to revive an economy that is set to shrink again in 2024.

The final break came after Lindner circulated a paper last week calling for tax cuts, a freeze on new regulation and a slower path to climate neutrality, proposals the Social Democrats rejected as a provocation.

Scholz said he would now lead a minority government with the Greens and seek opposition support for urgent measures, including higher pensions, support for industry and continued military aid for Ukraine.

The political turmoil erupted within hours of Donald Trump's victory in the U.S. presidential election, which has raised fears in Berlin of new tariffs on German exports.

President Frank-Walter Steinmeier said on Thursday he was ready to dissolve parliament if Scholz lost the vote and urged all parties to act responsibly. Under Germany's constitution, the president has 21 days to dissolve the Bundestag after a failed confidence vote, and an election must then be held within 60 days.

"The uncertainty is the problem, not the election itself," said Carsten Brzeski, global head of macro at ING. "The longer this drags on into the new year, the worse it is for the economy."

Lindner's FDP, which is polling at around 4%, said all of its remaining ministers would leave the government, though Transport Minister Volker Wissing said on Thursday evening he would quit the party instead.

(Reporting by Sarah Marsh and Andreas Rinke; Editing by Matthias Williams)
""", [
    ('Nov 7', 'DATE', '2024-11-07'),
    ('Thursday', 'DATE', '2024-11-07'),
    ('Christmas', 'DATE', '2024-12-25'),
    ('Wednesday evening', 'DATE|TIME', '2024-11-06TEV'),
    ('next year', 'DATE', '2025'),
    ('Jan. 15', 'DATE', '2025-01-15'),
    ('the end of March', 'DATE', '2025-03'),
    ('about six months', 'DURATION', 'P6M'),
    ('the beginning of next week', 'DATE', '2024-W46'),
    ('half a year', 'DURATION', 'P6M'),
    ('December 2021', 'DATE', '2021-12'),
    ('months', 'DURATION', 'PXM'),
    ('2024', 'DATE', '2024'),
    ('last week', 'DATE', '2024-W44'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('hours', 'DURATION', 'PTXH'),
    ('Thursday', 'DATE', '2024-11-07'),
    ('21 days', 'DURATION', 'P21D'),
    ('60 days', 'DURATION', 'P60D'),
    ('the new year', 'DATE', '2025'),
    ('Thursday evening', 'DATE|TIME', '2024-11-07TEV'),
]),
# 11. Guardian, crime, narrative (2008)
('2008-12-19', 'auto', """Man jailed for life for murder of Bristol taxi driver over £9 fare

Jury heard how Darren Pell followed his victim across the city for 40 minutes before the attack in March

Steven Morris
Friday 19 December 2008

A man who stabbed a taxi driver to death after a dispute over a £9 fare has been jailed for life and told he must serve at least 24 years before he can be considered for parole.

Darren Pell, 29, was found guilty at Bristol crown court on Thursday of murdering Imran Sadiq, a father of two who had driven cabs in the city for more than a decade.

The jury heard that Sadiq picked Pell up outside a nightclub on Park Street at about 2am on Sunday 16 March. Pell refused to pay at the end of the journey and Sadiq drove off without him. Pell then phoned a friend, borrowed a car and followed the taxi across the city for 40 minutes.

At about 3.10am, Sadiq stopped to pick up another passenger in Easton. Pell got out, confronted him and stabbed him twice in the chest. Sadiq died in hospital two hours later.

Pell fled to Cardiff, where he stayed with a cousin for nine days. He was arrested on 26 March after police traced the borrowed car through CCTV footage and number-plate recognition cameras. He initially told officers he had been at home that night.

Sentencing him, the judge, Mr Justice Royce, said: "You hunted this man through the streets of Bristol for the sake of a few pounds. It was a cold and deliberate act." He said the minimum term reflected the fact that Pell had taken the knife from the borrowed car and planned the attack.

Sadiq's widow, Shazia, said in a statement read outside court that the past nine months had been "a nightmare that does not end when we wake up". Their third child was born in June, three months after his father's death.

"Every day our children ask when Daddy is coming home," she said.

The killing prompted a protest by several hundred taxi drivers, who blocked roads around the city centre for an hour the following week, and led Bristol city council to fund protective screens for cabs in the autumn. The council said this week that about 40% of the city's 800 hackney carriages now had screens fitted.

Detective Chief Inspector Julie Mackay of Avon and Somerset police said: "Mr Sadiq went to work that night to support his family, as he had done for years. He did nothing to deserve this."

Pell's friend Lee Harvey, 31, who lent him the car, was cleared of assisting an offender.
""", [
    ('40 minutes', 'DURATION', 'PT40M'),
    ('March', 'DATE', '2008-03'),
    ('Friday 19 December 2008', 'DATE', '2008-12-19'),
    ('at least 24 years', 'DURATION', 'P24Y'),
    ('Thursday', 'DATE', '2008-12-18'),
    ('more than a decade', 'DURATION', 'P10Y|P1DE'),
    ('about 2am on Sunday 16 March', 'TIME', '2008-03-16T02:00'),
    ('40 minutes', 'DURATION', 'PT40M'),
    ('about 3.10am', 'TIME', '2008-03-16T03:10'),
    ('two hours later', 'TIME', '2008-03-16T05:10|2008-03-16T05'),
    ('nine days', 'DURATION', 'P9D'),
    ('26 March', 'DATE', '2008-03-26'),
    ('that night', 'DATE|TIME', '2008-03-15TNI|2008-03-16TNI'),
    ('the past nine months', 'DURATION', 'P9M'),
    ('June', 'DATE', '2008-06'),
    ('three months', 'DURATION', 'P3M'),
    ('Every day', 'SET', 'P1D'),
    ('an hour', 'DURATION', 'PT1H'),
    ('the following week', 'DATE', '2008-W12'),
    ('the autumn', 'DATE', '2008-FA'),
    ('this week', 'DATE', '2008-W51'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('that night', 'DATE|TIME', '2008-03-15TNI|2008-03-16TNI'),
    ('years', 'DURATION', 'PXY'),
]),
# 12. Straits Times, health (2025)
('2025-04-16', 'auto', """AI tool to help read chest X-rays at all polyclinics by end-2026

Judith Tan, Senior Health Correspondent
Published Apr 16, 2025, 05:00 AM

SINGAPORE – An artificial intelligence tool that flags abnormal chest X-rays within seconds will be rolled out to all 26 polyclinics by the end of 2026, after a trial found it cut the time patients wait for results by more than half.

The trial, which ran from March 2024 to February this year at four polyclinics in the east and north, covered about 38,000 X-rays. The software, developed by a team from the National University Health System and a local start-up, was approved by the Health Sciences Authority in 2023.

Before the trial, patients waited an average of three working days for a radiologist's report. With the AI tool, urgent cases such as a collapsed lung were flagged to doctors in under 10 minutes, and 85 per cent of reports were issued within 24 hours.

Speaking at Bedok Polyclinic on April 15, Senior Minister of State for Health Janil Puthucheary said the tool would not replace radiologists, who will continue to review every image. "What it does is put the most worrying cases at the top of the pile, so that nobody waits days for news they need now," he said.

The next phase will begin in July, with eight more polyclinics coming on board by the end of the year. The remaining clinics will follow in 2026. The Ministry of Health said it would audit the tool's accuracy every quarter and publish a summary of the results annually.

Chest X-rays are among the most common imaging tests in Singapore, with about 400,000 performed at polyclinics each year, mainly to check for pneumonia, tuberculosis and heart failure.

Dr Lim Hui Min, a family physician at Tampines Polyclinic, said the change had been noticeable. "In the past, a patient with early pneumonia might go home and come back after three days, sicker. Now we can call them back within hours," she said.

Retiree Madam Tan Ah Lian, 67, who had her X-ray taken at the polyclinic in January, said she received a call within two hours asking her to return for antibiotics. "I thought it was a scam call at first," she said with a laugh.

Experts cautioned that such tools need to be checked regularly. Associate Professor Ong Kee Leng, a radiologist, said algorithms can become less accurate over time as patient populations and machines change. "Recent years have shown that a model which works well in one hospital can stumble in another," she said.

The ministry said it expects to spend about $12 million on the programme over the next five years.
""", [
    ('end-2026', 'DATE', '2026'),
    ('Apr 16, 2025, 05:00 AM', 'TIME', '2025-04-16T05:00'),
    ('seconds', 'DURATION', 'PTXS'),
    ('the end of 2026', 'DATE', '2026'),
    ('March 2024', 'DATE', '2024-03'),
    ('February this year', 'DATE', '2025-02'),
    ('2023', 'DATE', '2023'),
    ('three working days', 'DURATION', 'P3D'),
    ('under 10 minutes', 'DURATION', 'PT10M'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('April 15', 'DATE', '2025-04-15'),
    ('days', 'DURATION', 'PXD'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('July', 'DATE', '2025-07'),
    ('the end of the year', 'DATE', '2025'),
    ('2026', 'DATE', '2026'),
    ('every quarter', 'SET', 'P3M'),
    ('annually', 'SET', 'P1Y'),
    ('each year', 'SET', 'P1Y'),
    ('the past', 'DATE', 'PAST_REF'),
    ('three days', 'DURATION', 'P3D'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('hours', 'DURATION', 'PTXH'),
    ('January', 'DATE', '2025-01'),
    ('two hours', 'DURATION', 'PT2H'),
    ('Recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('the next five years', 'DURATION', 'P5Y'),
]),
]
