PROBES = [
('1998-03-05', 'auto', """WASHINGTON (AP) _ House Republicans on Wednesday unveiled a plan to cut taxes by $100 billion over five years, setting up a confrontation with the White House that party leaders predicted would last well into the summer.

The proposal, drafted over the past six months by the Ways and Means Committee, would phase out the so-called marriage penalty by 2002 and trim the capital gains rate beginning Jan. 1, 1999. Committee Chairman Bill Archer said he hoped to hold hearings next week and bring the bill to the floor before the Easter recess in early April.

"Families have waited long enough," Archer told reporters in the afternoon. "The money is there now, and it belongs to them."

White House spokesman Mike McCurry said Thursday that President Clinton would not sign any tax cut until Congress sets aside the budget surplus to shore up Social Security. The president laid out that position in his State of the Union address in January, and aides said he would make the case again during a speech in Chicago on Monday.

The Congressional Budget Office projected last week that the government would run a surplus of $8 billion in fiscal 1998, the first since 1969. Budget analysts expect the surplus to grow every year for the next decade if the economy keeps expanding.

Senate Majority Leader Trent Lott said Tuesday night that his chamber would take up its own version after it finishes the budget resolution, probably in May. Lott, speaking after a two-hour meeting with Republican governors, said the Senate plan would be "more modest."

Democrats dismissed the House proposal as campaign politics. "They had three years in the majority to do this," said Rep. Charles Rangel of New York, the committee's senior Democrat. "Suddenly, eight months before the voters decide, they discover tax relief."

Last year, Congress and the White House agreed to a balanced-budget deal that included $95 billion in tax cuts over five years. Republicans say that agreement left room for more relief once the deficit disappeared, which happened sooner than anyone had predicted in 1997.

Tax writers from both parties will meet Treasury officials on Friday, and Archer said he expected the committee to vote on the bill by the end of the month.
""", [
    ('Wednesday', 'DATE', '1998-03-04'),
    ('five years', 'DURATION', 'P5Y'),
    ('the summer', 'DATE', '1998-SU'),
    ('the past six months', 'DURATION', 'P6M'),
    ('2002', 'DATE', '2002'),
    ('Jan. 1, 1999', 'DATE', '1999-01-01'),
    ('next week', 'DATE', '1998-W11'),
    ('early April', 'DATE', '1998-04'),
    ('the afternoon', 'TIME', '1998-03-04TAF'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Thursday', 'DATE', '1998-03-05'),
    ('January', 'DATE', '1998-01'),
    ('Monday', 'DATE', '1998-03-09'),
    ('last week', 'DATE', '1998-W09'),
    ('fiscal 1998', 'DATE', '1998|FY1998'),
    ('1969', 'DATE', '1969'),
    ('every year', 'SET', 'P1Y|XXXX'),
    ('the next decade', 'DURATION', 'P1DE|P10Y'),
    ('Tuesday night', 'TIME', '1998-03-03TNI'),
    ('May', 'DATE', '1998-05'),
    ('two-hour', 'DURATION', 'PT2H'),
    ('three years', 'DURATION', 'P3Y'),
    ('eight months', 'DURATION', 'P8M'),
    ('Last year', 'DATE', '1997'),
    ('five years', 'DURATION', 'P5Y'),
    ('1997', 'DATE', '1997'),
    ('Friday', 'DATE', '1998-03-06'),
    ('the end of the month', 'DATE', '1998-03'),
]),
('2003-06-18', 'auto', """SAN FRANCISCO, June 18 (Reuters) - A federal appeals court on Wednesday revived a lawsuit accusing a California utility of overcharging small businesses during the state's energy crisis, sending the case back to a trial judge who had thrown it out last year.

A three-judge panel of the 9th U.S. Circuit Court of Appeals ruled 2-1 that U.S. District Judge Robert Hale erred in November when he found that only federal regulators could decide whether the utility's rates were fair.

"The district court read the statute far too broadly," Judge Mary Chen wrote for the majority in a 34-page opinion.

The suit, filed in March 2001 on behalf of about 400,000 businesses, seeks more than $1 billion in refunds for electricity bought between May 2000 and June 2001, when wholesale prices soared as much as tenfold and rolling blackouts darkened parts of the state for hours at a time.

Lawyers for the plaintiffs said they would ask the trial court on Monday to set a schedule and hoped to go to trial early next year. The plaintiffs' lead attorney, Dana Whitley, said a trial could last six weeks.

The utility, which emerged from bankruptcy protection in April, said it was studying the ruling and had not decided whether to ask the full appeals court to rehear the case. It has 14 days to file such a request.

"We continue to believe our rates were lawful and reasonable," spokeswoman Linda Park said in a statement.

In dissent, Judge Paul Ferris said the majority had brushed aside a 1986 Supreme Court ruling that, in his view, left such disputes to the Federal Energy Regulatory Commission. The commission is expected to issue its own findings on the crisis by the end of the summer.

The ruling is the latest in a string of legal fights stemming from the crisis. Earlier this month, a state judge in Sacramento approved a $1.8 billion settlement between California and a Texas-based power supplier, and in a related case, a Los Angeles judge on Tuesday refused to dismiss similar claims brought by the city of Oakland.

Consumer advocates, who have pressed for refunds for nearly three years, welcomed the decision.

"This has been a long road, and it isn't over," said Whitley, who also represents a San Diego consumer group. "But for the first time in months, we're moving forward."
""", [
    ('June 18', 'DATE', '2003-06-18'),
    ('Wednesday', 'DATE', '2003-06-18'),
    ('last year', 'DATE', '2002'),
    ('November', 'DATE', '2002-11'),
    ('March 2001', 'DATE', '2001-03'),
    ('May 2000', 'DATE', '2000-05'),
    ('June 2001', 'DATE', '2001-06'),
    ('hours', 'DURATION', 'PXH'),
    ('Monday', 'DATE', '2003-06-23'),
    ('early next year', 'DATE', '2004'),
    ('six weeks', 'DURATION', 'P6W'),
    ('April', 'DATE', '2003-04'),
    ('14 days', 'DURATION', 'P14D'),
    ('1986', 'DATE', '1986'),
    ('the end of the summer', 'DATE', '2003-SU'),
    ('Earlier this month', 'DATE', '2003-06'),
    ('Tuesday', 'DATE', '2003-06-17'),
    ('three years', 'DURATION', 'P3Y'),
    ('months', 'DURATION', 'PXM'),
]),
('1997-10-22', 'auto', """Harlan Industries Inc. said third-quarter net income rose 18% on strong demand for its industrial pumps, and the company raised its earnings forecast for fiscal 1997.

For the third quarter, the Cleveland-based maker of fluid-handling equipment earned $42.3 million, or 87 cents a share, compared with $35.8 million, or 74 cents a share, in the year-earlier period. Sales climbed 11% to $512 million from $461 million a year ago.

For the nine months, profit rose 15% to $118.6 million, or $2.43 a share, from $103.1 million, or $2.12 a share. Sales rose 9% to $1.47 billion.

Harlan said it expects fiscal 1997 earnings of $3.30 to $3.35 a share, up from the $3.15 to $3.20 it projected in July. The company currently has about 48.6 million shares outstanding, and it said it would buy back as many as two million of them over the next 18 months.

In a conference call with analysts Tuesday, Chairman Walter Briggs said orders from chemical and petroleum customers had accelerated since June, particularly in Southeast Asia and Latin America. He said the fourth quarter would probably be the company's strongest ever, though he cautioned that a stronger dollar could trim overseas sales.

"We're running the Ohio plants at close to capacity for the first time since 1994," Mr. Briggs said.

Harlan's results had lagged in 1995 and early 1996, when an 11-week strike at its Elyria, Ohio, plant and a slump in mining orders cut into sales. The company responded by closing two older factories and shifting production to a plant in Monterrey, Mexico.

The company's board will meet Friday to consider a two-for-one stock split, Mr. Briggs said. The board also declared a dividend of 12 cents a share, payable Nov. 14 to holders of record Oct. 31.

Analysts had expected earnings of 84 cents a share, according to First Call, which tracks estimates. Harlan has beaten the consensus estimate for eight consecutive quarters.

"It's a clean report, with no special charges and strong margins," said Susan Marks, an analyst at Great Lakes Securities in Chicago. "The only question is whether the dollar spoils the party next year."

In New York Stock Exchange composite trading yesterday, Harlan shares rose $1.875 to $46.25.
""", [
    ('third-quarter', 'DATE', '1997-Q3'),
    ('fiscal 1997', 'DATE', '1997|FY1997'),
    ('the third quarter', 'DATE', '1997-Q3'),
    ('the year-earlier period', 'DATE', '1996-Q3'),
    ('a year ago', 'DATE', '1996-Q3|1996|1996-10-22'),
    ('the nine months', 'DURATION', 'P9M'),
    ('fiscal 1997', 'DATE', '1997|FY1997'),
    ('July', 'DATE', '1997-07'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('Tuesday', 'DATE', '1997-10-21'),
    ('June', 'DATE', '1997-06'),
    ('the fourth quarter', 'DATE', '1997-Q4'),
    ('1994', 'DATE', '1994'),
    ('1995', 'DATE', '1995'),
    ('early 1996', 'DATE', '1996'),
    ('11-week', 'DURATION', 'P11W'),
    ('Friday', 'DATE', '1997-10-24'),
    ('Nov. 14', 'DATE', '1997-11-14'),
    ('Oct. 31', 'DATE', '1997-10-31'),
    ('eight consecutive quarters', 'DURATION', 'P8Q|P24M|P2Y'),
    ('next year', 'DATE', '1998'),
    ('yesterday', 'DATE', '1997-10-21'),
]),
('2008-10-03', 'auto', """NEW YORK, Oct. 3 (Reuters) - U.S. stocks ended sharply lower on Friday, erasing early gains as investors worried that a $700 billion rescue plan approved by Congress would do little to ease a credit crunch that has gripped markets for more than a year.

The Dow Jones industrial average fell 157.47 points, or 1.5 percent, to 10,325.38. The Standard & Poor's 500 Index slid 15.05 points, or 1.4 percent, to 1,099.23, and the Nasdaq Composite Index lost 29.33 points, or 1.5 percent, to 1,947.39.

For the week, the Dow fell 7.3 percent, the S&P 500 lost 9.4 percent and the Nasdaq dropped 10.8 percent.

At 10:30 a.m. EDT, the Dow was up nearly 300 points as the House of Representatives moved toward a vote on the bailout bill. Lawmakers passed it 263-171 shortly after 1 p.m., reversing their rejection of an earlier version on Monday, and President George W. Bush signed it into law that afternoon.

But the gains evaporated by 2 p.m. as traders turned to a Labor Department report showing employers cut 159,000 jobs in September, the most in five years.

"The bill is a necessary first step, but it doesn't fix the problem," said Alan Brewer, chief investment officer at Harbor Point Capital in Boston. "Banks are still hoarding cash, and that is not going to change in the next few weeks."

The Treasury said it would begin buying troubled mortgage assets by mid-November.

Wachovia Corp shares jumped 59 percent after Wells Fargo & Co agreed to buy the bank for about $15.1 billion, trumping a deal Citigroup Inc announced earlier this week. Citigroup said it would ask a court to block the transaction.

The three-month London interbank offered rate rose to 4.33 percent, the highest since January, a sign that banks remain reluctant to lend to one another.

The Dow has lost 22 percent since the start of the year and is down 27 percent from its record close of 14,164.53 on Oct. 9, 2007.

Volume was heavy, with about 1.8 billion shares changing hands on the New York Stock Exchange, above last year's average of 1.5 billion.

Investors will turn next to corporate earnings. The reporting season begins Tuesday, when aluminum producer Alcoa Inc posts third-quarter results.

"The fourth quarter is going to be ugly for profits, and the market knows it," Brewer said.
""", [
    ('Oct. 3', 'DATE', '2008-10-03'),
    ('Friday', 'DATE', '2008-10-03'),
    ('a year', 'DURATION', 'P1Y'),
    ('the week', 'DATE', '2008-W40'),
    ('10:30 a.m. EDT', 'TIME', '2008-10-03T10:30|2008-10-03T10:30-04'),
    ('1 p.m.', 'TIME', '2008-10-03T13:00'),
    ('Monday', 'DATE', '2008-09-29'),
    ('that afternoon', 'TIME', '2008-10-03TAF'),
    ('2 p.m.', 'TIME', '2008-10-03T14:00'),
    ('September', 'DATE', '2008-09'),
    ('five years', 'DURATION', 'P5Y'),
    ('the next few weeks', 'DURATION', 'PXW'),
    ('mid-November', 'DATE', '2008-11'),
    ('earlier this week', 'DATE', '2008-W40'),
    ('three-month', 'DURATION', 'P3M'),
    ('January', 'DATE', '2008-01'),
    ('the start of the year', 'DATE', '2008|2008-01'),
    ('Oct. 9, 2007', 'DATE', '2007-10-09'),
    ('last year', 'DATE', '2007'),
    ('Tuesday', 'DATE', '2008-10-07'),
    ('third-quarter', 'DATE', '2008-Q3'),
    ('The fourth quarter', 'DATE', '2008-Q4'),
]),
('1999-08-26', 'auto', """IZMIT, Turkey, Aug 26 (AFP) - Rescuers pulled a young boy alive from the ruins of an apartment block here on Thursday, nine days after the earthquake that devastated northwestern Turkey, but officials said hopes of finding more survivors were all but gone.

The boy, whose name was not released, had been trapped for more than 200 hours in a pocket of air beneath a collapsed staircase. Television pictures showed crowds applauding as he was carried to an ambulance.

The official death toll rose to 13,009 on Wednesday, the government's crisis centre said, and nearly 27,000 people were injured. Thousands more are believed to be buried under rubble in Izmit, Golcuk, Adapazari and other towns along the Sea of Marmara.

The magnitude 7.4 quake struck on August 17 shortly after 3 a.m., when most people were asleep, and lasted 45 seconds. A strong aftershock on Monday sent panicked residents back into the streets and brought down several damaged buildings, though no one was killed.

Hundreds of thousands of people have been living in tents or in parks for more than a week, and health officials have warned of outbreaks of disease as temperatures climb.

Prime Minister Bulent Ecevit said Thursday the government would present an emergency reconstruction plan to parliament next week, and promised that prefabricated housing for 200,000 people would be ready before winter.

Foreign aid has poured in from more than 40 countries, including Greece, Turkey's longtime rival. Donors will meet in Ankara on Saturday to discuss financing for the rebuilding, which the World Bank has estimated could cost as much as 6.5 billion dollars.

Engineers said many of the buildings that collapsed had been put up in the 1970s and 1980s by contractors who ignored building codes, and prosecutors have opened investigations into dozens of builders.

It was the deadliest earthquake in Turkey since 1939, when some 33,000 people died in Erzincan. Seismologists have warned for decades that the North Anatolian fault, which runs just south of Istanbul, is moving westward, and some put the chance of a major quake near the city within the next 30 years at better than one in two.
""", [
    ('Aug 26', 'DATE', '1999-08-26'),
    ('Thursday', 'DATE', '1999-08-26'),
    ('nine days', 'DURATION', 'P9D'),
    ('200 hours', 'DURATION', 'PT200H'),
    ('Wednesday', 'DATE', '1999-08-25'),
    ('August 17', 'DATE', '1999-08-17'),
    ('3 a.m.', 'TIME', '1999-08-17T03:00'),
    ('45 seconds', 'DURATION', 'PT45S'),
    ('Monday', 'DATE', '1999-08-23'),
    ('a week', 'DURATION', 'P1W'),
    ('Thursday', 'DATE', '1999-08-26'),
    ('next week', 'DATE', '1999-W35'),
    ('winter', 'DATE', '1999-WI'),
    ('Saturday', 'DATE', '1999-08-28'),
    ('the 1970s', 'DATE', '197|197X'),
    ('1980s', 'DATE', '198|198X'),
    ('1939', 'DATE', '1939'),
    ('decades', 'DURATION', 'PXDE|PXY'),
    ('the next 30 years', 'DURATION', 'P30Y'),
]),
('2001-11-14', 'auto', """CRAWFORD, Texas (AP) _ President Bush welcomed Russian President Vladimir Putin to his ranch here on Wednesday for two days of informal talks, hoping to build on an agreement to cut both countries' nuclear arsenals by two-thirds over the next decade.

The leaders announced the reductions Tuesday at the White House, where Bush said the United States would shrink its deployed strategic warheads to between 1,700 and 2,200 from about 6,000. Putin said Russia would respond "in kind" but did not commit to a specific number.

The two men still disagree over the 1972 Anti-Ballistic Missile Treaty, which bans the kind of missile defense system Bush wants to build. Bush has argued for months that the pact is a relic of the Cold War; Putin has called it a cornerstone of global security.

"We have different views, but we're working to find common ground," Bush said as he greeted Putin and his wife, Lyudmila, on the airstrip.

Aides said no breakthrough on the treaty was expected this week. Secretary of State Colin Powell and Foreign Minister Igor Ivanov will continue the discussions next month in Moscow.

The visit is the fourth meeting between Bush and Putin this year, after Slovenia in June, Genoa in July and Shanghai last month. Relations have warmed markedly since the Sept. 11 attacks, after which Putin became the first foreign leader to call Bush with condolences and later agreed to let American forces use bases in Central Asia.

The last major arms treaty between the two countries, START II, was signed in January 1993 but never took effect.

The Russian leader and his wife were to join the Bushes for a barbecue of mesquite-smoked beef in the evening, followed by a performance by a country music band. On Thursday, the two presidents will take questions from students at Crawford High School before Putin flies to New York. He returns to Moscow on Friday.

Russian officials said Putin would press Bush for a written agreement on the warhead cuts. Bush has said a handshake is enough. "We don't need endless hours of arms control negotiations," he said.
""", [
    ('Wednesday', 'DATE', '2001-11-14'),
    ('two days', 'DURATION', 'P2D'),
    ('the next decade', 'DURATION', 'P1DE|P10Y'),
    ('Tuesday', 'DATE', '2001-11-13'),
    ('1972', 'DATE', '1972'),
    ('months', 'DURATION', 'PXM'),
    ('this week', 'DATE', '2001-W46'),
    ('next month', 'DATE', '2001-12'),
    ('this year', 'DATE', '2001'),
    ('June', 'DATE', '2001-06'),
    ('July', 'DATE', '2001-07'),
    ('last month', 'DATE', '2001-10'),
    ('Sept. 11', 'DATE', '2001-09-11'),
    ('January 1993', 'DATE', '1993-01'),
    ('the evening', 'TIME', '2001-11-14TEV'),
    ('Thursday', 'DATE', '2001-11-15'),
    ('Friday', 'DATE', '2001-11-16'),
    ('hours', 'DURATION', 'PXH'),
]),
('2016-05-11', 'auto', """DAYTON, Ohio (AP) _ A former security guard was charged Wednesday with aggravated murder in the shooting death of a convenience store clerk during a holdup last month, police said.

Marcus Dwayne Reed was arrested Tuesday night at a relative's apartment in Springfield, about 25 miles east of Dayton, after a caller to a police tip line recognized him from surveillance video, Police Chief Alan Mercer said at a news conference.

Investigators say Reed walked into the Quick Stop Market on Salem Avenue shortly before 11:30 p.m. on April 22, demanded money from the register and shot the clerk, Harold Gaines, 58, in the chest. Gaines died at Miami Valley Hospital two days later.

The holdup lasted less than a minute, and the gunman fled with about $200, according to court documents.

Mercer said detectives had received more than 300 tips since the shooting and had worked around the clock for more than two weeks before the break came.

"This was a man who went to work every day, who knew everybody in that neighborhood," Mercer said of Gaines. "The community wanted answers, and so did we."

Reed, who worked for a private security company until January, is being held in the Montgomery County Jail on $1 million bond. He is scheduled to be arraigned Friday in Montgomery County Common Pleas Court. It was not clear whether he had an attorney.

Gaines had worked at the store for 12 years, said its owner, Sam Patel, who has offered a $5,000 reward for information that leads to a conviction. A vigil is planned for Saturday evening in the store's parking lot, and Patel said the store would remain closed until after the vigil.

Police said they would release recordings of 911 calls next week. Prosecutors said they had not decided whether to seek the death penalty.

The killing was the city's 11th homicide this year. Dayton recorded 26 homicides in all of 2015, down from 34 the year before.
""", [
    ('Wednesday', 'DATE', '2016-05-11'),
    ('last month', 'DATE', '2016-04'),
    ('Tuesday night', 'TIME', '2016-05-10TNI'),
    ('11:30 p.m.', 'TIME', '2016-04-22T23:30'),
    ('April 22', 'DATE', '2016-04-22'),
    ('two days later', 'DATE', '2016-04-24'),
    ('a minute', 'DURATION', 'PT1M'),
    ('two weeks', 'DURATION', 'P2W'),
    ('every day', 'SET', 'P1D'),
    ('January', 'DATE', '2016-01'),
    ('Friday', 'DATE', '2016-05-13'),
    ('12 years', 'DURATION', 'P12Y'),
    ('Saturday evening', 'TIME', '2016-05-14TEV'),
    ('next week', 'DATE', '2016-W20'),
    ('this year', 'DATE', '2016'),
    ('2015', 'DATE', '2015'),
    ('the year before', 'DATE', '2014'),
]),
('2019-02-04', 'auto', """ATLANTA (AP) _ Tom Brady and the New England Patriots won their sixth Super Bowl title Sunday night, grinding out a 13-3 victory over the Los Angeles Rams in the lowest-scoring championship game in NFL history.

The game, which kicked off at 6:30 p.m. EST, was tied 3-3 until Sony Michel bulled in from 2 yards out late in the game. The combined 16 points were the fewest in any Super Bowl since the game began in January 1967, breaking the record of 21 set in 1973, when Miami beat Washington 14-7.

Julian Edelman, who missed all of 2017 with a knee injury and served a four-game suspension in September, caught 10 passes for 141 yards and was named the game's most valuable player.

Brady, 41, became the oldest quarterback to win a Super Bowl and the first player to win six. He and coach Bill Belichick, who arrived in New England in 2000, have been together for nearly two decades, and their partnership has produced nine Super Bowl appearances.

"It's been an incredible ride," Brady said, holding his daughter on the confetti-covered field. "Nobody believed in us at the start, and these guys just kept fighting."

New England's first title came in February 2002, when it upset the Rams, then based in St. Louis, in New Orleans. Last year, the Patriots lost the Super Bowl to the Philadelphia Eagles 41-33 in Minneapolis.

The Rams, who had the league's second-highest-scoring offense, never reached the end zone. Their only points came on a 53-yard field goal by Greg Zuerlein. Rams coach Sean McVay took the blame. "I got outcoached," he said.

At a news conference Monday morning, Brady declined to say how long he intends to keep playing but said he expects to be back in the fall. The Patriots will celebrate with a parade through downtown Boston on Tuesday.

The game drew 98.2 million television viewers, down from 103.4 million a year ago. The next Super Bowl is scheduled for Feb. 2, 2020, in Miami.
""", [
    ('Sunday night', 'TIME', '2019-02-03TNI'),
    ('6:30 p.m. EST', 'TIME', '2019-02-03T18:30|2019-02-03T18:30-05'),
    ('January 1967', 'DATE', '1967-01'),
    ('1973', 'DATE', '1973'),
    ('2017', 'DATE', '2017'),
    ('September', 'DATE', '2018-09'),
    ('2000', 'DATE', '2000'),
    ('two decades', 'DURATION', 'P2DE|P20Y'),
    ('February 2002', 'DATE', '2002-02'),
    ('Last year', 'DATE', '2018'),
    ('Monday morning', 'TIME', '2019-02-04TMO'),
    ('the fall', 'DATE', '2019-FA'),
    ('Tuesday', 'DATE', '2019-02-05'),
    ('a year ago', 'DATE', '2018|2018-02|2018-02-04'),
    ('Feb. 2, 2020', 'DATE', '2020-02-02'),
]),
('1996-01-09', 'auto', """Margaret L. Ellison, a chemist whose work on synthetic polymers helped make possible the modern undersea telephone cable, died on Sunday at her home in Princeton, N.J. She was 84.

The cause was heart failure, said her son, Thomas. She had been hospitalized briefly earlier this month with pneumonia.

Born in Scranton, Pa., on May 3, 1911, the daughter of a coal miner, Dr. Ellison graduated from Barnard College in 1932 and received a doctorate in chemistry from Columbia University in 1937, one of a handful of women to do so in that decade.

She joined Bell Telephone Laboratories in 1944 and stayed for more than three decades. In the 1950s she led a small team that developed a polyethylene insulation able to last for generations on the ocean floor, a material that was used in the first transatlantic telephone cable, which went into service in 1956.

Colleagues recalled that she often slept at the laboratory during the final stages of testing, and that she insisted on inspecting every sample herself. "She trusted the data, and she trusted her own eyes," said Dr. Harold Weiss, who worked under her at Bell Labs. "Nothing else."

She was the first woman to head a research department at Bell Labs, a post she held from 1962 until her retirement in 1976.

After retiring, she taught a seminar on materials science at Princeton every spring until 1990, and she remained active in efforts to draw young women into the sciences, raising money for scholarships at Barnard and speaking at high schools across New Jersey. Last year, the American Chemical Society gave her its highest honor for lifetime achievement.

Her husband of 51 years, Dr. Paul Ellison, a physician, died in 1988.

In addition to her son, of Boston, she is survived by a daughter, Ruth Ellison Hart of Chicago, and four grandchildren.

A memorial service will be held on Saturday at 2 p.m. at the Princeton University Chapel.
""", [
    ('Sunday', 'DATE', '1996-01-07'),
    ('earlier this month', 'DATE', '1996-01'),
    ('May 3, 1911', 'DATE', '1911-05-03'),
    ('1932', 'DATE', '1932'),
    ('1937', 'DATE', '1937'),
    ('that decade', 'DATE', '193|193X'),
    ('1944', 'DATE', '1944'),
    ('three decades', 'DURATION', 'P3DE|P30Y'),
    ('the 1950s', 'DATE', '195|195X'),
    ('1956', 'DATE', '1956'),
    ('1962', 'DATE', '1962'),
    ('1976', 'DATE', '1976'),
    ('every spring', 'SET', 'XXXX-SP'),
    ('1990', 'DATE', '1990'),
    ('Last year', 'DATE', '1995'),
    ('51 years', 'DURATION', 'P51Y'),
    ('1988', 'DATE', '1988'),
    ('Saturday', 'DATE', '1996-01-13'),
    ('2 p.m.', 'TIME', '1996-01-13T14:00'),
]),
('2014-11-13', 'auto', """DARMSTADT, Germany, Nov 13 (AFP) - Europe's Philae lander is stuck in the shadow of a cliff on the surface of a comet, scientists said on Thursday, raising fears that its batteries could run down before it completes its main experiments.

The washing machine-sized robot touched down on Comet 67P/Churyumov-Gerasimenko on Wednesday after a seven-hour descent from its mothership, Rosetta, the first landing on a comet in history. Confirmation reached mission control here at 1603 GMT, setting off cheers and hugs.

But the two harpoons meant to anchor the craft failed to fire, and Philae bounced twice, drifting for almost two hours before coming to rest about a kilometre from its intended site.

The lander gets only about an hour and a half of sunlight in each 12-hour rotation of the comet, far less than engineers had planned for. Its main battery was designed to last about 60 hours, and its solar panels cannot recharge it in the shade.

Scientists said Philae had recently begun sending back the first images ever taken from the surface of a comet, and that several of its ten instruments had already collected data. "We will try to get as much science as we can before Saturday," a mission scientist told reporters.

Rosetta was launched in March 2004 and travelled 6.4 billion kilometres over more than a decade to reach the comet, including 31 months in deep-space hibernation that ended in January. It went into orbit around the comet in August.

The mission, approved in 1993, has cost the European Space Agency about 1.4 billion euros. Researchers hope samples of the comet's dust and ice will shed light on the origins of the solar system and of water on Earth.

The comet circles the sun every six and a half years, on a path that takes it out beyond Jupiter.

Even if Philae falls silent, Rosetta will keep studying the comet from orbit until the end of next year. Scientists hope that as the comet nears the sun next summer, more light will reach the lander's solar panels and allow it to wake up.
""", [
    ('Nov 13', 'DATE', '2014-11-13'),
    ('Thursday', 'DATE', '2014-11-13'),
    ('Wednesday', 'DATE', '2014-11-12'),
    ('seven-hour', 'DURATION', 'PT7H'),
    ('1603 GMT', 'TIME', '2014-11-12T16:03|2014-11-12T16:03Z'),
    ('two hours', 'DURATION', 'PT2H'),
    ('an hour and a half', 'DURATION', 'PT1H30M|PT90M'),
    ('12-hour', 'DURATION', 'PT12H'),
    ('60 hours', 'DURATION', 'PT60H'),
    ('recently', 'DATE', 'PAST_REF'),
    ('Saturday', 'DATE', '2014-11-15'),
    ('March 2004', 'DATE', '2004-03'),
    ('a decade', 'DURATION', 'P1DE|P10Y'),
    ('31 months', 'DURATION', 'P31M'),
    ('January', 'DATE', '2014-01'),
    ('August', 'DATE', '2014-08'),
    ('1993', 'DATE', '1993'),
    ('every six and a half years', 'SET', 'P6.5Y|P6Y6M'),
    ('the end of next year', 'DATE', '2015'),
    ('next summer', 'DATE', '2015-SU'),
]),
('2022-07-27', 'auto', """WASHINGTON, July 27 (Reuters) - The Federal Reserve raised interest rates by three-quarters of a percentage point on Wednesday for the second straight meeting, pressing ahead with its most aggressive campaign against inflation since the 1980s even as signs of an economic slowdown mount.

The decision, announced at 2 p.m. EDT at the end of a two-day policy meeting, lifted the federal funds rate to a range of 2.25% to 2.50%. The Fed has raised rates by a total of 2.25 percentage points since March.

"Inflation remains much too high," Fed Chair Jerome Powell told reporters after the decision. He said another "unusually large" increase could be appropriate when policymakers next meet in September, but that the Fed would decide "meeting by meeting" and offer less specific guidance about the future.

Consumer prices rose 9.1% in June from a year earlier, the biggest increase since November 1981, as gasoline and food costs surged.

Powell pushed back against suggestions that the economy had already slipped into a recession. "I do not think the U.S. is currently in a recession," he said, pointing to a job market that has added about 2.7 million jobs this year.

The Commerce Department will publish its first estimate of second-quarter gross domestic product on Thursday, after output shrank at a 1.6% rate in the first quarter. Two consecutive quarters of contraction are widely viewed as a sign of recession, though that is not the official definition. Separate data on weekly jobless claims is also due Thursday.

On Tuesday, the International Monetary Fund cut its forecast for U.S. growth to 2.3% for this year and 1% for next year, citing higher rates and the lingering effects of the war in Ukraine.

Fed officials' projections in June showed the policy rate reaching 3.4% by the end of the year, and some economists said it could go higher.

Stocks rallied after Powell's comments. The S&P 500 closed up 2.6%, and the yield on the two-year Treasury note fell to 2.97%. Mortgage rates have nearly doubled since the start of the year, and sales of existing homes have fallen for five months in a row.
""", [
    ('July 27', 'DATE', '2022-07-27'),
    ('Wednesday', 'DATE', '2022-07-27'),
    ('the 1980s', 'DATE', '198|198X'),
    ('2 p.m. EDT', 'TIME', '2022-07-27T14:00|2022-07-27T14:00-04'),
    ('two-day', 'DURATION', 'P2D'),
    ('March', 'DATE', '2022-03'),
    ('September', 'DATE', '2022-09'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('June', 'DATE', '2022-06'),
    ('a year earlier', 'DATE', '2021-06'),
    ('November 1981', 'DATE', '1981-11'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('this year', 'DATE', '2022'),
    ('second-quarter', 'DATE', '2022-Q2'),
    ('Thursday', 'DATE', '2022-07-28'),
    ('the first quarter', 'DATE', '2022-Q1'),
    ('Two consecutive quarters', 'DURATION', 'P2Q|P6M'),
    ('weekly', 'SET', 'P1W'),
    ('Thursday', 'DATE', '2022-07-28'),
    ('Tuesday', 'DATE', '2022-07-26'),
    ('this year', 'DATE', '2022'),
    ('next year', 'DATE', '2023'),
    ('June', 'DATE', '2022-06'),
    ('the end of the year', 'DATE', '2022'),
    ('two-year', 'DURATION', 'P2Y'),
    ('the start of the year', 'DATE', '2022|2022-01'),
    ('five months', 'DURATION', 'P5M'),
]),
('2024-04-16', 'auto', """HARLOW FALLS, Wis. -- Last week, Dale Kowalski stood at the chain-link fence around what is left of the old Northern Paper Company mill and pointed at a patch of weeds. "That's where I punched the clock for 31 years," he said.

The mill opened in 1902, and for most of the 20th century it was the reason this town of brick storefronts and church steeples existed. At its peak, in the late 1970s, it employed 2,400 people, and the whistle that signaled each shift change could be heard across the river.

The first blow came in the spring of 1987, when a Canadian conglomerate bought the company and, within six months, eliminated a third of the jobs. In 1999, workers walked out for 14 weeks in a fight over pensions. They won, but Mr. Kowalski, 68, says the strike "was the beginning of the end."

On Oct. 17, 2008, in the depths of the financial crisis, managers posted a notice saying the mill would close by the end of the year. The following week, the union asked the governor to intervene; he declined. The last roll of paper came off the line on Dec. 19. Two days later, the town's only hospital announced that it would shut its maternity ward.

The next five years were the hardest. The population fell by nearly a quarter, and in 2013 the high school merged with one in a neighboring town. "Every Friday there was another going-away party," said Linda Sorensen, who ran a diner on Main Street for more than two decades.

Things began to change in the summer of 2016, when a Minneapolis company that makes recycled packaging bought the site. The pandemic in 2020 delayed construction for 18 months, but the new plant opened in September 2022 and now employs 310 people.

"It's not 2,400 jobs," Ms. Sorensen said. "But it's something."

The closing's 15th anniversary passed in December with little notice. A year ago, the town council approved tax breaks that helped persuade the company to expand, and this spring it announced plans for a second production line by 2026.

At a packed meeting on Saturday, residents argued over whether the town should also rezone the riverfront for housing. The council will vote on Thursday.

The town still holds its Mill Days festival every August, and the old whistle, salvaged from the demolition, opens the festivities.

"People used to drive through here and feel sorry for us," Mr. Kowalski said. "These days they stop for lunch."
""", [
    ('Last week', 'DATE', '2024-W15'),
    ('31 years', 'DURATION', 'P31Y'),
    ('1902', 'DATE', '1902'),
    ('the 20th century', 'DATE', '19|19XX'),
    ('the late 1970s', 'DATE', '197|197X'),
    ('the spring of 1987', 'DATE', '1987-SP'),
    ('six months', 'DURATION', 'P6M'),
    ('1999', 'DATE', '1999'),
    ('14 weeks', 'DURATION', 'P14W'),
    ('Oct. 17, 2008', 'DATE', '2008-10-17'),
    ('the end of the year', 'DATE', '2008'),
    ('The following week', 'DATE', '2008-W43'),
    ('Dec. 19', 'DATE', '2008-12-19'),
    ('Two days later', 'DATE', '2008-12-21'),
    ('The next five years', 'DURATION', 'P5Y'),
    ('2013', 'DATE', '2013'),
    ('Every Friday', 'SET', 'XXXX-WXX-5'),
    ('two decades', 'DURATION', 'P2DE|P20Y'),
    ('the summer of 2016', 'DATE', '2016-SU'),
    ('2020', 'DATE', '2020'),
    ('18 months', 'DURATION', 'P18M'),
    ('September 2022', 'DATE', '2022-09'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('December', 'DATE', '2023-12'),
    ('A year ago', 'DATE', '2023|2023-04|2023-04-16'),
    ('this spring', 'DATE', '2024-SP'),
    ('2026', 'DATE', '2026'),
    ('Saturday', 'DATE', '2024-04-13'),
    ('Thursday', 'DATE', '2024-04-18'),
    ('every August', 'SET', 'XXXX-08'),
    ('These days', 'DATE', 'PRESENT_REF'),
]),
]
