# Gold TIMEX3 probe set 84: late-1990s wire news (embassy bombings, custody fight, NATO enlargement, sniper case, elections abroad, takeovers, market swings), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP (APW), embassy bombings aftermath (1998)
('1998-08-08', 'auto', """Rescuers Dig Through Rubble as Embassy Bombing Toll Climbs

NAIROBI, Kenya (AP) -- Rescue workers using cranes pulled three more bodies from the ruins of a seven-story office building early Saturday, as the death toll from Friday's bombings of the U.S. embassies in Kenya and Tanzania rose to at least 96.

The blast in Nairobi went off at about 10:30 a.m., when the streets around the embassy were crowded with office workers and commuters. Almost simultaneously, a second bomb exploded outside the embassy in Dar es Salaam, the Tanzanian capital, some 450 miles to the south.

More than 1,600 people were wounded in Nairobi, and hospitals there appealed for blood donors. Kenyans lined up for hours outside Kenyatta National Hospital on Saturday to give blood.

In Washington, President Clinton ordered flags flown at half-staff and vowed on Friday to "use all the means at our disposal" to bring those responsible to justice. A team of FBI agents and State Department investigators was to arrive in Nairobi on Sunday.

Secretary of State Madeleine Albright said Saturday that there had been no specific warning before the attacks. "We have been on heightened alert in the region for months," she said, but she did not elaborate.

Twelve Americans were among the dead in Nairobi. Among them, embassy colleagues said, was a communications officer who had arrived at the post three weeks ago.

Kenyan President Daniel arap Moi, who toured the site Friday afternoon, declared Monday a national day of mourning.

At the site Saturday, volunteers formed lines to pass chunks of concrete hand to hand. Rescuers said they could hear at least one woman trapped beneath the slabs of Ufundi House, a building next to the embassy that collapsed in the blast, and they had worked for more than 12 hours without a break to reach her.

No group has claimed responsibility. The bombings came on the eighth anniversary of the arrival of American troops in Saudi Arabia after Iraq's invasion of Kuwait, a coincidence that some terrorism experts said was unlikely to be accidental.

Security at U.S. diplomatic posts across Africa and the Middle East was tightened, and several embassies closed to the public until further notice. The embassy in Kampala, Uganda, said it would stay shut at least through Tuesday.

In Dar es Salaam, where 10 people were killed, most of them Tanzanians, police said they had detained several people for questioning. "This is the worst thing that has happened in this city in 30 years," said Halima Mwinyi, a shopkeeper whose stall was destroyed.

FBI Director Louis Freeh said Saturday that the bureau had no suspects. "Right now we are keeping an open mind," he said.
""", [
    ('early Saturday', 'DATE', '1998-08-08'),
    ('Friday', 'DATE', '1998-08-07'),
    ('about 10:30 a.m.', 'TIME', '1998-08-07T10:30'),
    ('hours', 'DURATION', 'PXH'),
    ('Saturday', 'DATE', '1998-08-08'),
    ('Friday', 'DATE', '1998-08-07'),
    ('Sunday', 'DATE', '1998-08-09'),
    ('Saturday', 'DATE', '1998-08-08'),
    ('months', 'DURATION', 'PXM'),
    ('three weeks ago', 'DATE', '1998-W29'),
    ('Friday afternoon', 'DATE|TIME', '1998-08-07TAF'),
    ('Monday', 'DATE', '1998-08-10'),
    ('Saturday', 'DATE', '1998-08-08'),
    ('more than 12 hours', 'DURATION', 'PT12H'),
    ('Tuesday', 'DATE', '1998-08-11'),
    ('30 years', 'DURATION', 'P30Y'),
    ('Saturday', 'DATE', '1998-08-08'),
    ('Right now', 'DATE', 'PRESENT_REF'),
]),
# 2. New York Times News Service, embassy bombing investigation (1998)
('1998-11-05', 'auto', """U.S. Indicts Saudi Exile in Embassy Bombings

By DANIEL R. HOLLIS
N.Y. Times News Service

NEW YORK -- Federal prosecutors on Wednesday unsealed a sweeping indictment charging Osama bin Laden, the Saudi exile, with directing the bombings of two American embassies in East Africa in August, and the State Department offered a $5 million reward for information leading to his arrest or conviction.

The indictment, returned by a grand jury in Manhattan, accuses bin Laden and his military commander of conspiring for nearly a decade to kill Americans abroad. It traces the group's origins to 1989 and describes training camps in Afghanistan and Sudan, safe houses in Nairobi and a network of front companies that moved money and explosives across the region.

"This indictment is a message," Attorney General Janet Reno said in a statement Wednesday afternoon. "No matter how long it takes, we will pursue those responsible."

The investigation moved quickly at first. Within a week of the Aug. 7 attacks, which killed 224 people, Kenyan police had detained a young man who had been treated for wounds and who, investigators say, rode in the truck that carried the bomb. He was flown to New York late that month and has been held in a Manhattan jail ever since.

A second suspect, detained at the Karachi airport with a forged passport, was later handed over to the FBI.

American cruise missiles struck training camps in Afghanistan and a pharmaceutical plant in Sudan on Aug. 20, in what President Clinton called a response to "an imminent threat." Officials said the investigation had since shifted to tracing bin Laden's finances, a task that could take years.

Officials acknowledged Wednesday that the chances of bringing bin Laden to trial soon were slim. He is believed to be living in Afghanistan under the protection of the Taliban, which has refused for months to surrender him.

The reward will be advertised in newspapers and on radio stations across the region over the next several months, a State Department spokesman said.

A federal judge in Manhattan has scheduled a hearing for Dec. 14 on motions by lawyers for the two men in custody. Lawyers in the case said a trial was unlikely to begin before 2000.

In Nairobi, the embassy has worked out of temporary offices since the attack, and officials said Wednesday that a new compound would not be ready for at least three years. Kenyan families of the dead, many of whom say they have received no help, held a memorial service last Sunday outside the fenced-off ruins.

"They tell us the Americans will catch the man who did this," said Joseph Kamau, whose sister was killed. "We are still waiting."
""", [
    ('Wednesday', 'DATE', '1998-11-04'),
    ('August', 'DATE', '1998-08'),
    ('nearly a decade', 'DURATION', 'P10Y'),
    ('1989', 'DATE', '1989'),
    ('Wednesday afternoon', 'DATE|TIME', '1998-11-04TAF'),
    ('a week', 'DURATION', 'P1W'),
    ('Aug. 7', 'DATE', '1998-08-07'),
    ('late that month', 'DATE', '1998-08'),
    ('Aug. 20', 'DATE', '1998-08-20'),
    ('years', 'DURATION', 'PXY'),
    ('Wednesday', 'DATE', '1998-11-04'),
    ('soon', 'DATE', 'FUTURE_REF'),
    ('months', 'DURATION', 'PXM'),
    ('the next several months', 'DURATION', 'PXM'),
    ('Dec. 14', 'DATE', '1998-12-14'),
    ('2000', 'DATE', '2000'),
    ('Wednesday', 'DATE', '1998-11-04'),
    ('at least three years', 'DURATION', 'P3Y'),
    ('last Sunday', 'DATE', '1998-11-01'),
]),
# 3. Xinhua, NATO enlargement (1999)
('1999-03-12', 'auto', """Poland, Hungary, Czech Republic Formally Join NATO

WASHINGTON, March 12 (Xinhua) -- Poland, Hungary and the Czech Republic formally became members of the North Atlantic Treaty Organization (NATO) on Friday, the first former Warsaw Pact countries to join the Western military alliance.

The foreign ministers of the three countries handed their instruments of accession to U.S. Secretary of State Madeleine Albright at a ceremony lasting about an hour at the Harry S. Truman Presidential Library in Independence, Missouri.

The enlargement raises the number of NATO members from 16 to 19. It comes less than two years after the alliance's leaders invited the three countries to open accession talks at a summit in Madrid in July 1997.

Albright, who was born in Prague, told the ceremony that the three countries had "come home" to the West. Hungarian Foreign Minister Janos Martonyi said: "For 40 years we were on the wrong side of a line we did not draw."

The U.S. Senate approved the enlargement last April by a vote of 80 to 19 after months of debate.

Russia, which has opposed the eastward expansion of the alliance, reiterated its objection on Friday. A spokesman for the Russian Foreign Ministry said in Moscow that the move was "a step in the wrong direction" and would not strengthen security in Europe.

Under the alliance's rules, the new members must bring their armed forces up to NATO standards, a process that defense experts say will take a decade and cost billions of dollars. Poland alone plans to spend about 1 billion U.S. dollars annually on military modernization over the next 15 years, according to its defense ministry.

Analysts here said that the admission of the three new members was unlikely to be the last. Nine other countries, including the three Baltic states, Romania and Slovenia, have applied to join, and NATO officials have said the door remains open. The alliance is expected to review their applications in 2002.

NATO will hold a summit in Washington next month to celebrate its 50th anniversary, where leaders are expected to adopt a new strategic concept for the alliance.

The ceremony came as NATO was weighing military action against Yugoslavia over the crisis in Kosovo. Peace talks between Serbs and ethnic Albanians are scheduled to resume in Paris on Monday.

The flags of the three new members will be raised at NATO headquarters in Brussels on Tuesday, alliance officials said.
""", [
    ('March 12', 'DATE', '1999-03-12'),
    ('Friday', 'DATE', '1999-03-12'),
    ('about an hour', 'DURATION', 'PT1H'),
    ('less than two years', 'DURATION', 'P2Y'),
    ('July 1997', 'DATE', '1997-07'),
    ('40 years', 'DURATION', 'P40Y'),
    ('last April', 'DATE', '1998-04'),
    ('months', 'DURATION', 'PXM'),
    ('Friday', 'DATE', '1999-03-12'),
    ('a decade', 'DURATION', 'P10Y'),
    ('annually', 'SET', 'P1Y'),
    ('the next 15 years', 'DURATION', 'P15Y'),
    ('2002', 'DATE', '2002'),
    ('next month', 'DATE', '1999-04'),
    ('Monday', 'DATE', '1999-03-15'),
    ('Tuesday', 'DATE', '1999-03-16'),
]),
# 4. Wall Street Journal, market plunge (1998)
('1998-09-01', 'auto', """Dow Plunges 512 Points as Selling Sweeps Markets

By KAREN W. MERCER
Staff Reporter of THE WALL STREET JOURNAL

NEW YORK -- Stocks suffered their second-worst point decline ever yesterday, as a wave of late selling wiped out all of the market's gains for 1998 and sent the Dow Jones Industrial Average tumbling 512.61 points, or 6.4%, to 7539.07.

The drop, exceeded in points only by the 554-point fall of Oct. 27, 1997, capped an August in which the blue-chip average lost 15% of its value, its steepest slide since October 1987. The Nasdaq Composite Index fell 8.6%, its sharpest percentage drop since the 1987 crash.

Traders said the selling accelerated after 3 p.m., when a rush of sell orders swamped the floor of the New York Stock Exchange. At that point, the Dow had been down only about 200 points.

Investors cited mounting fears about Russia, where the ruble has collapsed since the government devalued it two weeks ago, as well as worries that turmoil in Asia and Latin America would erode the profits of U.S. companies.

"There's simply no place to hide right now," said Marcus Feld, chief investment strategist at Whitcomb Partners in Boston. "People who were buying every dip for the past three years are finally asking what these stocks are really worth."

Trading volume on the Big Board swelled to 765 million shares, heavy but short of the record set last October. Declining issues outnumbered advancers by more than eight to one.

Overseas markets offered little comfort. In Tokyo, the Nikkei average fell 3% to its lowest level since 1986, and Latin American markets, already battered by the Russian default, slid further.

Bond prices surged as investors sought safety. The yield on the Treasury's long bond fell to 5.26%, the lowest since the government began regular sales of the securities in 1977.

Many traders now expect the Federal Reserve to cut interest rates. Fed Chairman Alan Greenspan is scheduled to speak Friday in Berkeley, Calif., and his remarks will be parsed for any sign of a shift. The Fed's policy-making committee doesn't meet again until Sept. 29.

Several analysts cautioned against reading too much into a single session. Stock-index futures rebounded in electronic trading, pointing to a higher opening this morning.

"The next few sessions will tell us whether this was capitulation or just the beginning," said Ruth Okafor, a strategist at Brennan & Wolfe. "I'd expect a lot of volatility in the coming weeks."
""", [
    ('yesterday', 'DATE', '1998-08-31'),
    ('1998', 'DATE', '1998'),
    ('Oct. 27, 1997', 'DATE', '1997-10-27'),
    ('August', 'DATE', '1998-08'),
    ('October 1987', 'DATE', '1987-10'),
    ('1987', 'DATE', '1987'),
    ('3 p.m.', 'TIME', '1998-08-31T15:00'),
    ('two weeks ago', 'DATE', '1998-W34'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('last October', 'DATE', '1997-10'),
    ('1986', 'DATE', '1986'),
    ('1977', 'DATE', '1977'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Friday', 'DATE', '1998-09-04'),
    ('Sept. 29', 'DATE', '1998-09-29'),
    ('this morning', 'DATE|TIME', '1998-09-01TMO'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
]),
# 5. AP (APW), highway sniper case (1998)
('1998-10-26', 'auto', """Police Say One Sniper May Be Behind Three Highway Shootings

ASHFORD, Pa. (AP) -- State police said Monday that a single gunman may be responsible for three sniper attacks on motorists along a rural stretch of Interstate 81 since late September, including a shooting late Friday that left a truck driver critically wounded.

The driver, Raymond Kessler, 52, of Scranton, was hit in the neck as he drove his tractor-trailer north near the Ashford exit at about 11:15 p.m., police said. He managed to pull onto the shoulder and call for help on his CB radio. He was in critical condition Monday at a hospital in Danville.

Ballistics tests completed over the weekend showed that the bullet was fired from the same type of high-powered rifle used in the two earlier attacks, Lt. Carla Dominick said at a news conference.

The first attack came Sept. 27, when a woman driving home from church was grazed by a bullet that shattered her windshield. Nine days later, a college student's car was struck twice near Hazleton; he was not hurt.

"We are treating this as one case until we have reason to believe otherwise," Dominick said. "Right now our priority is keeping people safe on that road."

Police have doubled patrols on the highway, and state police helicopters have flown over the area each night since Saturday. Troopers are also checking overpasses and wooded ridges that overlook the northbound lanes.

State officials set up a toll-free tip line on Sunday and had received more than 400 calls by this morning. A reward of $25,000 has been offered for information leading to an arrest.

Investigators met with FBI profilers in Quantico, Va., last week, and a profile of the suspect could be released in the next few days, Dominick said. She declined to say whether police had any suspects, but said investigators were re-interviewing witnesses and reviewing surveillance tapes from truck stops along the route.

Residents and truckers along the corridor said they were frightened. "I've driven this road every day for 20 years, and I never thought twice about it," said Evelyn Morrow, who commutes to a nursing job in Wilkes-Barre. "Now I try to be home before dark."

Some trucking companies have told drivers to avoid the stretch altogether until the gunman is caught, adding as much as an hour to some routes.

Kessler's wife, Donna, said her husband had driven the same route twice a week for a decade. "He always said the highway was the safest part of his job," she said.
""", [
    ('Monday', 'DATE', '1998-10-26'),
    ('late September', 'DATE', '1998-09'),
    ('late Friday', 'DATE', '1998-10-23'),
    ('about 11:15 p.m.', 'TIME', '1998-10-23T23:15'),
    ('Monday', 'DATE', '1998-10-26'),
    ('the weekend', 'DATE', '1998-W43-WE'),
    ('Sept. 27', 'DATE', '1998-09-27'),
    ('Nine days later', 'DATE', '1998-10-06'),
    ('Right now', 'DATE', 'PRESENT_REF'),
    ('each night', 'SET', 'XXXX-XX-XXTNI|P1D'),
    ('Saturday', 'DATE', '1998-10-24'),
    ('Sunday', 'DATE', '1998-10-25'),
    ('this morning', 'DATE|TIME', '1998-10-26TMO'),
    ('last week', 'DATE', '1998-W43'),
    ('the next few days', 'DURATION', 'PXD'),
    ('every day', 'SET', 'P1D'),
    ('20 years', 'DURATION', 'P20Y'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('as much as an hour', 'DURATION', 'PT1H'),
    ('twice a week', 'SET', 'P1W'),
    ('a decade', 'DURATION', 'P10Y'),
]),
# 6. ABC transcript, international custody fight (2000)
('2000-04-22', 'auto', """ABC WORLD NEWS SATURDAY
Custody Fight Over American Girl Strains U.S.-German Ties

ELAINE MARSH, ABC NEWS (Off-camera): Good evening. A custody fight over a little girl that began in a family courtroom in Georgia last year has now become a diplomatic dispute between the United States and Germany. Tonight, the girl's American mother is in Berlin, where she says she will stay until she is allowed to see her daughter. ABC's Thomas Reyes reports.

THOMAS REYES, ABC NEWS (Voice-over): Lisa Hartmann has not seen her daughter in 14 months. On Friday, she stood outside the German Justice Ministry holding a photograph of Anya, taken at her fifth birthday party.

Ms. LISA HARTMANN (Anya's Mother): Every morning I wake up and I think, somebody is finally going to listen to me.

REYES: Hartmann's former husband, a German engineer, took Anya to visit his parents near Stuttgart in February of last year and never brought her back. A Georgia judge awarded Hartmann full custody within weeks. But a family court in Stuttgart ruled last fall that the girl had settled into her new life and should remain with her father, despite an international treaty that requires abducted children to be returned promptly.

Secretary of State Madeleine Albright raised the case with her German counterpart, Joschka Fischer, at a meeting in Washington on Tuesday, and a State Department spokesman said on Thursday that the United States was "deeply disappointed" by the German courts.

Representative MARK DELANEY (Republican, Georgia): Germany signed the Hague Convention. For years, it has simply ignored the parts it doesn't like.

REYES: German officials say their judges are independent and must put the welfare of the child first. A spokeswoman for the Justice Ministry told ABC News that an appeal is due to be heard in June. Hartmann, meanwhile, has booked a room in a small Berlin hotel through the end of May.

Ms. HARTMANN: I'll wait as long as it takes. She turns seven on Wednesday. I want to be there.

REYES: The father's lawyer said today that his client would allow a supervised visit "in the coming weeks," but only in Germany, and only if Hartmann drops a kidnapping complaint she filed in Atlanta. Thomas Reyes, ABC News, Berlin.

MARSH: The State Department says more than 1,000 American children are currently at the center of international custody disputes like this one, and fewer than a third of them are ever returned.
""", [
    ('last year', 'DATE', '1999'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Tonight', 'DATE|TIME', '2000-04-22TNI'),
    ('14 months', 'DURATION', 'P14M'),
    ('Friday', 'DATE', '2000-04-21'),
    ('Every morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
    ('February of last year', 'DATE', '1999-02'),
    ('weeks', 'DURATION', 'PXW'),
    ('last fall', 'DATE', '1999-FA'),
    ('Tuesday', 'DATE', '2000-04-18'),
    ('Thursday', 'DATE', '2000-04-20'),
    ('years', 'DURATION', 'PXY'),
    ('June', 'DATE', '2000-06'),
    ('the end of May', 'DATE', '2000-05'),
    ('Wednesday', 'DATE', '2000-04-26'),
    ('today', 'DATE', '2000-04-22'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
    ('currently', 'DATE', 'PRESENT_REF'),
]),
# 7. New York Times News Service, Indonesian presidential vote, narrative (1999)
('1999-10-21', 'auto', """How a Frail Cleric Outmaneuvered Megawati

By SETH A. PARKER
N.Y. Times News Service

JAKARTA, Indonesia -- When Indonesians lined up at polling stations on June 7 for the country's first free parliamentary election in 44 years, few imagined that the man who would emerge as president would be a frail, nearly blind Muslim cleric whose party won barely 13 percent of the vote.

But on Wednesday, after hours of frantic bargaining, the People's Consultative Assembly chose Abdurrahman Wahid over Megawati Sukarnoputri, whose Indonesian Democratic Party of Struggle had finished first in the June voting with about 34 percent. The vote, 373 to 313, set off rioting in Jakarta and on the island of Bali, a Megawati stronghold.

The maneuvering began almost as soon as the ballots were cast. Counting dragged on for more than a month, and the election commission did not certify the results until early August. Through August and September, Megawati, the daughter of Indonesia's founding president, Sukarno, rarely spoke in public and made little effort to court the Muslim parties whose votes she would need in the assembly.

Wahid, by contrast, was constantly on the telephone. A coalition of Islamic parties assembled by Amien Rais, the assembly speaker, coalesced around him in early October, and defectors from Golkar, the party of former President Suharto, quietly joined it.

President B.J. Habibie, who had succeeded Suharto in May of last year, was the last obstacle. The assembly rejected his accountability speech in a vote late Tuesday, and he withdrew from the race early Wednesday. By the time the assembly voted that afternoon, Wahid had the numbers.

Wahid suffered two strokes in January 1998 and spent weeks in the hospital. The following month he was back at his desk at Nahdlatul Ulama, the 30-million-member Muslim organization he has led since 1984, and he never stopped talking politics.

"He is the only man in this country who can talk to everyone -- the generals, the Christians, the Chinese, the students," said a Western diplomat who has known him for two decades.

Megawati's supporters saw it differently. Thousands gathered outside the assembly building Wednesday evening, and police fired tear gas to disperse them.

To calm the streets, Wahid has urged the assembly to choose Megawati as vice president in a vote scheduled for today. Her aides said Wednesday night that she would accept.

Investors, at least, seemed relieved. The rupiah rose more than 4 percent against the dollar Thursday morning in Jakarta.

Wahid's term runs until 2004. He has promised to name a cabinet of national unity within days and to travel to Aceh, where a separatist rebellion has flared in recent months.
""", [
    ('June 7', 'DATE', '1999-06-07'),
    ('44 years', 'DURATION', 'P44Y'),
    ('Wednesday', 'DATE', '1999-10-20'),
    ('hours', 'DURATION', 'PXH'),
    ('June', 'DATE', '1999-06'),
    ('more than a month', 'DURATION', 'P1M'),
    ('early August', 'DATE', '1999-08'),
    ('August', 'DATE', '1999-08'),
    ('September', 'DATE', '1999-09'),
    ('early October', 'DATE', '1999-10'),
    ('May of last year', 'DATE', '1998-05'),
    ('late Tuesday', 'DATE', '1999-10-19'),
    ('early Wednesday', 'DATE', '1999-10-20'),
    ('that afternoon', 'DATE|TIME', '1999-10-20TAF'),
    ('January 1998', 'DATE', '1998-01'),
    ('weeks', 'DURATION', 'PXW'),
    ('The following month', 'DATE', '1998-02'),
    ('1984', 'DATE', '1984'),
    ('two decades', 'DURATION', 'P20Y'),
    ('Wednesday evening', 'DATE|TIME', '1999-10-20TEV'),
    ('today', 'DATE', '1999-10-21'),
    ('Wednesday night', 'DATE|TIME', '1999-10-20TNI'),
    ('Thursday morning', 'DATE|TIME', '1999-10-21TMO'),
    ('2004', 'DATE', '2004'),
    ('days', 'DURATION', 'PXD'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
]),
# 8. Xinhua, Russian parliamentary elections (1999)
('1999-12-20', 'auto', """Communists, Pro-Kremlin Bloc Neck and Neck in Russian Duma Elections

MOSCOW, December 20 (Xinhua) -- The Communist Party of the Russian Federation and the new pro-government Unity bloc were running neck and neck in Sunday's parliamentary elections, according to preliminary results released by the Central Election Commission on Monday.

With about 80 percent of the ballots counted by 10 a.m. Moscow time, the Communists had 24.2 percent of the party-list vote and Unity, formed only in late September, had 23.6 percent, the commission said.

The Fatherland-All Russia bloc, led by former Prime Minister Yevgeny Primakov and Moscow Mayor Yuri Luzhkov, trailed in third place with about 13 percent. The liberal Union of Right Forces won more than 8 percent, while Yabloko barely cleared the 5-percent threshold needed to win seats from party lists.

Turnout was about 61 percent, higher than many observers had expected, the commission said.

Prime Minister Vladimir Putin, who has backed Unity, said on Monday that the results showed that voters supported the government's military campaign in Chechnya. "The new State Duma will be able to work constructively with the government," Putin told reporters.

Analysts in Moscow said the strong showing of Unity, which had no detailed program and barely existed three months ago, reflected Putin's rising popularity since he was appointed prime minister in August.

The Communists, who won 157 seats in the 1995 elections and have dominated the lower house of parliament for the past four years, are expected to remain the largest faction. Communist leader Gennady Zyuganov claimed on Monday that there had been violations in several regions and said his party would ask for recounts.

Voters elected half of the 450 deputies from party lists and the other half in single-member districts. Final results are expected within 10 days, commission chairman Alexander Veshnyakov said.

The new Duma will hold its first session on January 18, 2000.

The elections are widely seen as a rehearsal for the presidential election due next summer, when President Boris Yeltsin's second term expires. Yeltsin, who is barred by the constitution from seeking a third term, voted in Moscow on Sunday morning and appeared in good spirits.

About 1,000 international observers monitored the voting. A spokesman for the observer mission of the Organization for Security and Cooperation in Europe said on Monday that the elections had been competitive, but criticized the heavy coverage given to Unity by state television in recent weeks.

Russia's stock market rose more than 6 percent in early trading on Monday, as investors welcomed the prospect of a parliament friendlier to the government.
""", [
    ('December 20', 'DATE', '1999-12-20'),
    ('Sunday', 'DATE', '1999-12-19'),
    ('Monday', 'DATE', '1999-12-20'),
    ('10 a.m. Moscow time', 'TIME', '1999-12-20T10:00'),
    ('late September', 'DATE', '1999-09'),
    ('Monday', 'DATE', '1999-12-20'),
    ('three months ago', 'DATE', '1999-09'),
    ('August', 'DATE', '1999-08'),
    ('1995', 'DATE', '1995'),
    ('the past four years', 'DURATION', 'P4Y'),
    ('Monday', 'DATE', '1999-12-20'),
    ('10 days', 'DURATION', 'P10D'),
    ('January 18, 2000', 'DATE', '2000-01-18'),
    ('next summer', 'DATE', '2000-SU'),
    ('Sunday morning', 'DATE|TIME', '1999-12-19TMO'),
    ('Monday', 'DATE', '1999-12-20'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('Monday', 'DATE', '1999-12-20'),
]),
# 9. Wall Street Journal, chemical-industry takeover (1999)
('1999-06-15', 'auto', """Harwell Agrees to Acquire Kestrel Chemical
For $4.2 Billion, Ending Bitter Pursuit

By JONATHAN E. FRY and ALISON M. GREER
Staff Reporters of THE WALL STREET JOURNAL

Harwell Industries Inc. agreed to acquire Kestrel Chemical Corp. for about $4.2 billion in cash and stock, ending a bitter three-month pursuit that had split Kestrel's board and prompted a proxy fight.

Under the terms announced yesterday, Kestrel holders will receive $38 in cash and 0.45 Harwell share for each Kestrel share, a package valued at $61.20 a share based on Harwell's closing price Friday.

Harwell, of Cleveland, first approached Kestrel in early March with an offer of $52 a share, which Kestrel's management rejected as inadequate within a week. The Houston specialty-chemicals maker then adopted a "poison pill" and hired investment bankers to look for a friendlier buyer. In April, Harwell raised its bid to $57 and launched a hostile tender offer, which it has since extended twice.

The deal came together over the weekend, after Kestrel's largest shareholder, the Garland Fund, told directors it would vote for Harwell's slate of nominees at the shareholders meeting scheduled for June 24.

"Once it was clear where the votes were, there was no point in dragging this out until Christmas," said Kestrel's chief executive, Paul Whitlock, who will step down when the transaction closes.

Harwell expects the deal to close in the fourth quarter, subject to regulatory approval, and to add to earnings in fiscal 2001. The combined company would have revenue of about $7.8 billion a year and some 21,000 employees. Harwell said it expects to cut about $200 million in costs within two years, largely by closing overlapping plants in Texas and Louisiana.

In New York Stock Exchange composite trading yesterday, Kestrel shares rose $4.375 to $59.75, while Harwell fell $1.8125 to $51.50.

Some analysts questioned the price. "They've paid for three years of cost savings up front," said Ellen Baptiste, an analyst at Marlow Securities. "It's a good strategic fit, but there's no margin for error."

The acquisition is the latest in a wave of consolidation in the chemical industry, which has seen more than a dozen large deals since the beginning of last year, as makers of commodity products have struggled with weak prices and slowing demand in Asia.

Harwell's chairman, Gordon Pike, said the company had admired Kestrel's coatings business for years. "We were patient, and we were persistent," he said in an interview. "Now we have to deliver."
""", [
    ('three-month', 'DURATION', 'P3M'),
    ('yesterday', 'DATE', '1999-06-14'),
    ('Friday', 'DATE', '1999-06-11'),
    ('early March', 'DATE', '1999-03'),
    ('a week', 'DURATION', 'P1W'),
    ('April', 'DATE', '1999-04'),
    ('the weekend', 'DATE', '1999-W23-WE'),
    ('June 24', 'DATE', '1999-06-24'),
    ('Christmas', 'DATE', '1999-12-25'),
    ('the fourth quarter', 'DATE', '1999-Q4'),
    ('fiscal 2001', 'DATE', 'FY2001|2001'),
    ('a year', 'SET', 'P1Y'),
    ('two years', 'DURATION', 'P2Y'),
    ('yesterday', 'DATE', '1999-06-14'),
    ('three years', 'DURATION', 'P3Y'),
    ('the beginning of last year', 'DATE', '1998'),
    ('years', 'DURATION', 'PXY'),
    ('Now', 'DATE', 'PRESENT_REF'),
]),
# 10. CNN transcript, NATO summit in Washington during Kosovo air war (1999)
('1999-04-24', 'auto', """CNN SATURDAY
NATO Leaders Map Alliance's Future as Kosovo Air War Goes On

MARIA LOPEZ, CNN ANCHOR: NATO leaders meeting in Washington this morning vowed to press on with the air campaign against Yugoslavia, which began March 24, as the alliance marks its 50th anniversary with a summit overshadowed by war. For more, we go to CNN's senior White House correspondent, Frank Olsen. Frank?

FRANK OLSEN, CNN SENIOR WHITE HOUSE CORRESPONDENT: Maria, the leaders of the 19 member nations went behind closed doors at the Andrew Mellon Auditorium at 9 a.m. Eastern time, and their session is expected to run for about three hours.

Last night, over a working dinner at the White House, they agreed to tighten the squeeze on Belgrade, endorsing a plan to stop oil shipments from reaching Yugoslav ports. President Clinton, opening the session, said the alliance would not stop its strikes until Slobodan Milosevic pulls his forces out of Kosovo.

BILL CLINTON, PRESIDENT OF THE UNITED STATES: We are united in our determination to see this through. We will not waver, and we will not relent.

OLSEN: The summit, which had been planned for more than a year as a birthday celebration, has been scaled back. The three newest members, Poland, Hungary and the Czech Republic, are attending their first summit as full members after formally joining in March.

Tomorrow, the leaders will meet with the heads of seven countries bordering Yugoslavia, including Albania and Macedonia, which are straining under the weight of hundreds of thousands of refugees. And the alliance is expected to approve what officials call a new strategic concept, the first rewrite of its basic mission since 1991.

Officials here are also watching events in Belgrade, where NATO warplanes struck the headquarters of Serb state television early Friday. Yugoslav officials said at least 10 employees were killed. Alliance spokesmen defended the strike, saying the station had been broadcasting propaganda for weeks.

LOPEZ: Frank, is there any sign that ground troops are on the table?

OLSEN: Publicly, no. The president said again last night that the air campaign is working. Privately, though, some European officials say the question could come up in the next few weeks if the bombing doesn't produce results by the summer. They point out that refugees cannot be returned to Kosovo before the winter unless somebody is there to protect them.

LOPEZ: Frank Olsen at the White House, thanks.

We'll bring you the leaders' closing news conference live at 1 p.m. Eastern. Meantime, in Brussels, NATO officials say alliance aircraft flew more than 500 sorties in the past 24 hours, the most intense bombing since the campaign began a month ago.
""", [
    ('this morning', 'DATE|TIME', '1999-04-24TMO'),
    ('March 24', 'DATE', '1999-03-24'),
    ('9 a.m. Eastern time', 'TIME', '1999-04-24T09:00'),
    ('about three hours', 'DURATION', 'PT3H'),
    ('Last night', 'DATE|TIME', '1999-04-23TNI'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('March', 'DATE', '1999-03'),
    ('Tomorrow', 'DATE', '1999-04-25'),
    ('1991', 'DATE', '1991'),
    ('early Friday', 'DATE', '1999-04-23'),
    ('weeks', 'DURATION', 'PXW'),
    ('last night', 'DATE|TIME', '1999-04-23TNI'),
    ('the next few weeks', 'DURATION', 'PXW'),
    ('the summer', 'DATE', '1999-SU'),
    ('the winter', 'DATE', '1999-WI'),
    ('1 p.m. Eastern', 'TIME', '1999-04-24T13:00'),
    ('the past 24 hours', 'DURATION', 'PT24H'),
    ('a month ago', 'DATE', '1999-03'),
]),
# 11. AP (APW), Croatian presidential runoff (2000)
('2000-02-08', 'auto', """Former Tudjman Ally Mesic Wins Croatian Presidency

ZAGREB, Croatia (AP) -- Stipe Mesic, a former confidant of the late President Franjo Tudjman who broke with him over the war in Bosnia, won Croatia's presidential runoff election Monday, completing a political upheaval that swept aside the nationalist party Tudjman founded.

With nearly all ballots counted Tuesday, Mesic had 56 percent of the vote, against 44 percent for Drazen Budisa, the candidate of the center-left coalition that ousted Tudjman's Croatian Democratic Union in parliamentary elections last month.

"Tonight, Croatia has shown that it belongs in Europe," Mesic told thousands of cheering supporters in Zagreb's main square late Monday. "We will be a normal country, with normal neighbors."

Mesic, 65, will be sworn in Feb. 18 for a five-year term. He has pledged to give up many of the sweeping powers Tudjman built into the presidency and to hand more authority to parliament.

Tudjman, who led Croatia to independence from Yugoslavia, died Dec. 10 after a long illness. His party, weakened by corruption scandals and infighting, did not even make it into the runoff.

Mesic was the last president of the collapsing Yugoslav federation in 1991 and served as speaker of the Croatian parliament until 1994, when he fell out with Tudjman over Croatia's support for Bosnian Croat separatists.

Turnout was about 61 percent, lower than in the first round two weeks ago, election officials said. Budisa conceded defeat early Tuesday and congratulated Mesic, saying the two men would work together.

The new government of Prime Minister Ivica Racan, which took office late last month, has promised to cooperate with the U.N. war crimes tribunal in The Hague and to allow ethnic Serbs who fled during the 1991-95 war to return to their homes.

Western governments welcomed the result. In Washington, State Department spokesman James Rubin said the United States looked forward to working with Mesic "in the months ahead." European Union officials said Croatia could begin talks on closer ties with the union as soon as this spring.

Under Tudjman, Croatia was isolated for much of the 1990s, kept out of NATO's Partnership for Peace program and criticized for its treatment of minorities and the press.

"For ten years we were told the whole world was against us," said Marija Kovac, a 34-year-old teacher who voted for Mesic. "Now maybe the world will let us in."

Mesic said he would hold his first meeting with Racan on Wednesday to discuss a timetable for constitutional changes.
""", [
    ('Monday', 'DATE', '2000-02-07'),
    ('Tuesday', 'DATE', '2000-02-08'),
    ('last month', 'DATE', '2000-01'),
    ('Tonight', 'DATE|TIME', '2000-02-07TNI'),
    ('late Monday', 'DATE', '2000-02-07'),
    ('Feb. 18', 'DATE', '2000-02-18'),
    ('five-year', 'DURATION', 'P5Y'),
    ('Dec. 10', 'DATE', '1999-12-10'),
    ('1991', 'DATE', '1991'),
    ('1994', 'DATE', '1994'),
    ('two weeks ago', 'DATE', '2000-W04'),
    ('early Tuesday', 'DATE', '2000-02-08'),
    ('late last month', 'DATE', '2000-01'),
    ('1991-95', 'DATE', '1991|1995'),
    ('the months ahead', 'DATE|DURATION', 'FUTURE_REF|PXM'),
    ('this spring', 'DATE', '2000-SP'),
    ('the 1990s', 'DATE', '199'),
    ('ten years', 'DURATION', 'P10Y'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Wednesday', 'DATE', '2000-02-09'),
]),
# 12. ABC transcript, Nasdaq and Dow plunge (2000)
('2000-04-14', 'auto', """ABC WORLD NEWS TONIGHT
Wall Street Suffers Its Worst Week Ever

PETER WALSH, ABC NEWS (Off-camera): Good evening. It was a brutal Friday on Wall Street. The Nasdaq composite index, home to the high-flying technology stocks of the past few years, lost 355 points today, or nearly 10 percent. The Dow Jones industrial average fell 617 points, its biggest point drop ever. For the week, the Nasdaq is down 25 percent, and it has now lost more than a third of its value since its peak just five weeks ago. ABC's Betsy Harmon is on Wall Street.

BETSY HARMON, ABC NEWS (Voice-over): The selling began almost as soon as the opening bell rang at 9:30 this morning, after the government reported that consumer prices rose sharply in March. Investors took the report as a sign that the Federal Reserve will keep raising interest rates. The Fed has raised rates five times since last June.

By 2 p.m., the Dow was down more than 400 points, and the selling only got heavier as the close approached.

Unidentified Trader: I've been doing this for 22 years. I have never seen anything like this week.

HARMON: Small investors, many of whom started trading online only recently, were hit hard. Some brokerage Web sites slowed to a crawl this afternoon as customers rushed to sell.

Mr. RICHARD ANSELL (Carver Securities): People got used to making 50, 60 percent a year on these stocks. That was never going to last. What we're seeing now is the market remembering that.

HARMON: At a Charles Schwab branch in midtown Manhattan, customers lined up to talk to brokers. One retired teacher said she had lost the gains of the past six months in four days.

Unidentified Woman: I keep telling myself it's only on paper. It doesn't feel like paper.

HARMON (On camera): Still, the Dow remains higher than it was two years ago, and many strategists say the long bull market that began in 1990 is not over. Market officials say they are bracing for another volatile session on Monday. In Tokyo, where it will already be Monday morning, trading opens in just a few hours. Betsy Harmon, ABC News, New York.

WALSH: At the White House tonight, a spokesman said the economy's fundamentals remain strong, and he noted that unemployment is at a 30-year low. Treasury Secretary Lawrence Summers is scheduled to meet with financial regulators tomorrow to review the week's trading.
""", [
    ('Friday', 'DATE', '2000-04-14'),
    ('the past few years', 'DURATION', 'PXY'),
    ('today', 'DATE', '2000-04-14'),
    ('the week', 'DATE', '2000-W15'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('five weeks ago', 'DATE', '2000-W10'),
    ('9:30 this morning', 'TIME', '2000-04-14T09:30'),
    ('March', 'DATE', '2000-03'),
    ('last June', 'DATE', '1999-06'),
    ('2 p.m.', 'TIME', '2000-04-14T14:00'),
    ('22 years', 'DURATION', 'P22Y'),
    ('this week', 'DATE', '2000-W15'),
    ('recently', 'DATE', 'PAST_REF'),
    ('this afternoon', 'DATE|TIME', '2000-04-14TAF'),
    ('a year', 'SET', 'P1Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the past six months', 'DURATION', 'P6M'),
    ('four days', 'DURATION', 'P4D'),
    ('two years ago', 'DATE', '1998'),
    ('1990', 'DATE', '1990'),
    ('Monday', 'DATE', '2000-04-17'),
    ('Monday morning', 'DATE|TIME', '2000-04-17TMO'),
    ('a few hours', 'DURATION', 'PXH'),
    ('tonight', 'DATE|TIME', '2000-04-14TNI'),
    ('30-year', 'DURATION', 'P30Y'),
    ('tomorrow', 'DATE', '2000-04-15'),
    ('the week', 'DATE', '2000-W15'),
]),
]
