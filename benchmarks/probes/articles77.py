# Gold TIMEX3 probe set 77: twelve invented 1989-2000 news texts (AP, NYT, WSJ, Xinhua, CNN, ABC, PRI) on courts, crises, diplomacy, companies and disasters, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, state court overturns thrift fraud conviction (1989)
('1989-03-15', 'auto', """Court Orders New Trial for Former Thrift Chief

HARRISBURG, Pa. (AP) _ The state Supreme Court on Wednesday overturned the fraud conviction of a former savings and loan president, ruling that prosecutors had withheld key evidence during his 1987 trial.

In a 5-2 decision, the court ordered a new trial for Walter R. Keane, 58, who has served nearly two years in the state prison at Camp Hill. Keane headed Keystone Federal Savings of Lancaster until the thrift collapsed in the spring of 1986, costing depositors and a state insurance fund an estimated $41 million.

Justice Helen Marcus, writing for the majority, said prosecutors had failed to turn over an auditor's memo dated Nov. 3, 1985, which suggested that other officers had approved the disputed loans.

``A defendant cannot be expected to answer evidence he has never seen,'' Marcus wrote.

Dauphin County District Attorney Richard Olmstead said late Wednesday afternoon that his office would decide within 30 days whether to try Keane again.

``We are disappointed, but we respect the court's decision,'' he said.

Keane's lawyer, Ann Pelletier, said she would ask a judge Friday to release her client on bail. She said she reached him by telephone at about 11 a.m., shortly after the ruling was made public.

``He has been waiting for this for almost three years,'' she said.

The Keystone collapse was among the largest in state history and led lawmakers last year to tighten rules for state-chartered thrifts. The state fund, which had insured deposits at Keystone since 1967, was replaced in January by federal coverage.

Two other former officers of the thrift pleaded guilty in 1987 and were sentenced to probation. A third, former loan officer Dennis Grady, died last October before he could be tried.

In a dissent, Justice Robert Hayes argued that the memo would not have changed the verdict. The jury deliberated for about six hours before convicting Keane on 14 counts in June 1987.

Depositors have waited more than three years to recover the rest of their savings. A federal bankruptcy judge is expected to rule next month on a plan that would return about 40 cents on the dollar.

``People here think about it every day,'' said Martha Reilly, 71, of Lititz, who lost $18,000. ``Now they tell us it all starts over again.''

A bail hearing was scheduled for 9:30 a.m. Friday in Harrisburg.
""", [
    ('Wednesday', 'DATE', '1989-03-15'),
    ('1987', 'DATE', '1987'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('the spring of 1986', 'DATE', '1986-SP'),
    ('Nov. 3, 1985', 'DATE', '1985-11-03'),
    ('late Wednesday afternoon', 'DATE|TIME', '1989-03-15TAF'),
    ('30 days', 'DURATION', 'P30D'),
    ('Friday', 'DATE', '1989-03-17'),
    ('about 11 a.m.', 'TIME', '1989-03-15T11:00'),
    ('almost three years', 'DURATION', 'P3Y'),
    ('last year', 'DATE', '1988'),
    ('1967', 'DATE', '1967'),
    ('January', 'DATE', '1989-01'),
    ('1987', 'DATE', '1987'),
    ('last October', 'DATE', '1988-10'),
    ('about six hours', 'DURATION', 'PT6H'),
    ('June 1987', 'DATE', '1987-06'),
    ('more than three years', 'DURATION', 'P3Y'),
    ('next month', 'DATE', '1989-04'),
    ('every day', 'SET', 'P1D'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('9:30 a.m. Friday', 'TIME', '1989-03-17T09:30'),
]),
# 2. New York Times, Gulf crisis diplomacy after the invasion of Kuwait (1990)
('1990-08-08', 'auto', """Arab Envoys Press for Summit as First U.S. Troops Reach Saudi Arabia

By MARGARET LINDQVIST
Special to The New York Times

WASHINGTON, Aug. 8 — As the first American troops and warplanes arrived in Saudi Arabia today, Arab diplomats here and in Cairo pressed for an emergency summit meeting that they hope can persuade Iraq to leave Kuwait before the crisis hardens into war.

Egyptian officials said President Hosni Mubarak wanted Arab leaders to gather in Cairo as early as Friday. A senior Egyptian diplomat said invitations had gone out Tuesday night, but that several Gulf states had not yet replied.

In a televised address from the Oval Office this morning, President Bush said the mission of the troops was "wholly defensive" and declined to say how long they would remain. Administration officials said privately that the force could reach 50,000 within a month and that planners assumed it would stay for at least several months.

Iraqi forces crossed into Kuwait last Thursday and quickly seized the capital. On Monday the United Nations Security Council imposed a sweeping trade embargo on Iraq, and this evening Baghdad radio announced that Kuwait had been merged with Iraq in what it called an eternal union.

The announcement dismayed Arab diplomats who had spent the past six days looking for a face-saving formula. "If nothing happens this week, the Americans will decide for all of us," said one Gulf ambassador, who spoke on condition that he not be named.

Secretary of State James A. Baker 3d, who cut short a visit to Mongolia last week, will fly to Brussels Thursday night for a meeting of NATO foreign ministers on Friday. Officials said he would ask the allies to help enforce the embargo at sea.

Oil prices, which have climbed by more than a third since late July, slipped this afternoon in New York as traders weighed reports that Saudi Arabia would raise production.

On Capitol Hill, where most members left Washington on Saturday, leaders of both parties voiced support for the President. Senator George J. Mitchell of Maine, the majority leader, said Congress could be called back early "if the President needs us."

Kuwait's Ambassador, Sheik Saud Nasir al-Sabah, told reporters at his embassy that Kuwaitis would never accept annexation. Until a week ago, he said, his Government had been assured by Baghdad that the quarrel over oil and borders would be settled by negotiation.

Arab diplomats said the Cairo meeting, if it is held, would be the first full Arab summit since May, when leaders met in Baghdad.

"Time is short," the Egyptian diplomat said. "After Friday, it may belong to the generals."
""", [
    ('Aug. 8', 'DATE', '1990-08-08'),
    ('today', 'DATE', '1990-08-08'),
    ('Friday', 'DATE', '1990-08-10'),
    ('Tuesday night', 'DATE|TIME', '1990-08-07TNI'),
    ('this morning', 'DATE|TIME', '1990-08-08TMO'),
    ('a month', 'DURATION', 'P1M'),
    ('at least several months', 'DURATION', 'PXM'),
    ('last Thursday', 'DATE', '1990-08-02'),
    ('Monday', 'DATE', '1990-08-06'),
    ('this evening', 'DATE|TIME', '1990-08-08TEV'),
    ('the past six days', 'DURATION', 'P6D'),
    ('this week', 'DATE', '1990-W32'),
    ('last week', 'DATE', '1990-W31'),
    ('Thursday night', 'DATE|TIME', '1990-08-09TNI'),
    ('Friday', 'DATE', '1990-08-10'),
    ('late July', 'DATE', '1990-07'),
    ('this afternoon', 'DATE|TIME', '1990-08-08TAF'),
    ('Saturday', 'DATE', '1990-08-04'),
    ('a week ago', 'DATE', '1990-W31|1990-08-01'),
    ('May', 'DATE', '1990-05'),
    ('Friday', 'DATE', '1990-08-10'),
]),
# 3. Wall Street Journal, computer maker cuts jobs (1991)
('1991-05-22', 'auto', """Corvell to Cut 2,400 Jobs, Close Plant As Minicomputer Sales Keep Sliding

By DANIEL R. HOLLOWAY
Staff Reporter of The Wall Street Journal

FRAMINGHAM, Mass. — Corvell Systems Inc., struggling after three years of falling demand for its minicomputers, said it will eliminate 2,400 jobs, or about 14% of its work force, and close its assembly plant in Livingston, Scotland, by the end of the year.

The company said it will take a pretax charge of $180 million in the second quarter to cover severance and plant-closing costs. It lost $42.6 million in the first quarter, its third loss in a row.

"We have been too slow to accept where this industry is going," Chairman and Chief Executive Officer Martin Ebersole said yesterday in an interview. "The customers who bought our machines in the early 1980s are buying networks of personal computers now."

Mr. Ebersole, who took over in February from the company's founder, said the cuts will be made over the next 18 months. About half will come before September, he said, mostly in manufacturing and sales. The company currently employs about 17,000 people.

In New York Stock Exchange composite trading yesterday, Corvell shares rose 87.5 cents to $14.25. The stock traded above $40 as recently as January 1989.

Analysts said the cuts were overdue. "They have been promising a turnaround every quarter for two years," said Ellen Kraus, an analyst at Sterling & Co. in Boston. "This is the first plan that looks serious."

Corvell, which was founded in 1972 and reached sales of $2 billion in 1988, expects revenue to fall about 10% this year. Mr. Ebersole said he expects the company to return to profitability by the second half of 1992, helped by a new line of network servers due to ship in October.

The Livingston plant, which opened in 1979 with government aid, employs 850 people. Officials of the Scottish Development Agency said Tuesday that they had been told of the closing only last week and would try to find a buyer for the site.

Corvell is the latest of several Massachusetts computer makers to retrench in recent months. Digital Equipment Corp. and Wang Laboratories Inc. have both cut thousands of jobs since 1989, and state officials estimate that the region's computer industry has lost 30,000 jobs in the past two years.

The company said it doesn't expect further cuts this year, but Mr. Ebersole declined to rule them out for 1992. "I'm not going to make promises about the future," he said. "I'm going to make this company smaller and better."
""", [
    ('three years', 'DURATION', 'P3Y'),
    ('the end of the year', 'DATE', '1991'),
    ('the second quarter', 'DATE', '1991-Q2'),
    ('the first quarter', 'DATE', '1991-Q1'),
    ('yesterday', 'DATE', '1991-05-21'),
    ('the early 1980s', 'DATE', '198'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('February', 'DATE', '1991-02'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('September', 'DATE', '1991-09'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('yesterday', 'DATE', '1991-05-21'),
    ('January 1989', 'DATE', '1989-01'),
    ('every quarter', 'SET', 'P3M'),
    ('two years', 'DURATION', 'P2Y'),
    ('1972', 'DATE', '1972'),
    ('1988', 'DATE', '1988'),
    ('this year', 'DATE', '1991'),
    ('the second half of 1992', 'DATE', '1992-H2'),
    ('October', 'DATE', '1991-10'),
    ('1979', 'DATE', '1979'),
    ('Tuesday', 'DATE', '1991-05-21'),
    ('last week', 'DATE', '1991-W20'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('1989', 'DATE', '1989'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('this year', 'DATE', '1991'),
    ('1992', 'DATE', '1992'),
    ('the future', 'DATE', 'FUTURE_REF'),
]),
# 4. Xinhua, Chinese-Mongolian foreign ministers' talks (1992)
('1992-11-18', 'auto', """Chinese, Mongolian Foreign Ministers Hold Talks in Beijing

Beijing, November 18 (Xinhua) -- Chinese Foreign Minister Qian Qichen held talks here this morning with visiting Mongolian Foreign Minister Tserenpiliin Gombosuren, and the two sides agreed to speed up work on a new treaty of friendly relations and cooperation.

Qian said that relations between China and Mongolia have developed smoothly since the two countries restored normal relations in 1989, and that exchanges in the political, economic and cultural fields had increased markedly in the past three years.

"China respects the independence, sovereignty and territorial integrity of Mongolia and respects the choice of the Mongolian people," Qian said. He added that China is willing to develop good-neighborly relations with Mongolia on the basis of the Five Principles of Peaceful Coexistence.

Gombosuren, who arrived in Beijing Monday evening for a five-day official visit, said the Mongolian government attaches great importance to its relations with China, its largest neighbor to the south. He thanked China for the emergency aid it provided to Mongolia last winter, when the country faced serious shortages of food and fuel.

The two ministers also discussed border trade, which has grown rapidly this year. According to Chinese customs figures, trade through the port of Erenhot reached 105 million U.S. dollars by the end of September, more than the total for the whole of last year.

Both sides agreed to open a new freight service on the railway between Erenhot and Zamyn-Uud next year and to hold consultations between their foreign ministries every year, alternately in Beijing and Ulan Bator.

After the talks, Qian and Gombosuren signed an agreement on consular affairs. The agreement will take effect 30 days after the two governments exchange notes confirming its approval.

This is the first visit to China by a Mongolian foreign minister since Mongolia adopted its new constitution in February. The country held its first parliamentary elections under the new constitution in June.

Chinese President Yang Shangkun paid a state visit to Mongolia in August 1991, and Mongolian President Punsalmaagiin Ochirbat visited China in May 1990. Officials of the two countries said today that they expect more high-level visits soon.

Chinese Premier Li Peng will meet Gombosuren on Thursday afternoon. The Mongolian foreign minister is scheduled to leave for Shanghai on Friday and to return home via Hohhot, capital of the Inner Mongolia Autonomous Region, on Saturday.

The Chinese side gave a banquet in honor of Gombosuren and his party on Tuesday evening.
""", [
    ('November 18', 'DATE', '1992-11-18'),
    ('this morning', 'DATE|TIME', '1992-11-18TMO'),
    ('1989', 'DATE', '1989'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('Monday evening', 'DATE|TIME', '1992-11-16TEV'),
    ('five-day', 'DURATION', 'P5D'),
    ('last winter', 'DATE', '1991-WI|1992-WI'),
    ('this year', 'DATE', '1992'),
    ('the end of September', 'DATE', '1992-09'),
    ('last year', 'DATE', '1991'),
    ('next year', 'DATE', '1993'),
    ('every year', 'SET', 'P1Y'),
    ('30 days', 'DURATION', 'P30D'),
    ('February', 'DATE', '1992-02'),
    ('June', 'DATE', '1992-06'),
    ('August 1991', 'DATE', '1991-08'),
    ('May 1990', 'DATE', '1990-05'),
    ('today', 'DATE', '1992-11-18'),
    ('soon', 'DATE', 'FUTURE_REF'),
    ('Thursday afternoon', 'DATE|TIME', '1992-11-19TAF'),
    ('Friday', 'DATE', '1992-11-20'),
    ('Saturday', 'DATE', '1992-11-21'),
    ('Tuesday evening', 'DATE|TIME', '1992-11-17TEV'),
]),
# 5. CNN transcript, Midwest flood cuts Des Moines water supply (1993)
('1993-07-12', 'auto', """Flood Leaves Des Moines Without Drinking Water

LINDA MARSH, Anchor: Good evening. A city of nearly 250,000 people is without drinking water tonight. For a second day, residents of Des Moines, Iowa, lined up at tanker trucks and National Guard water stations after the swollen Raccoon River poured into the city's treatment plant early Sunday. Officials say it could be two weeks or more before the taps run again. CNN's David Kohl is in Des Moines.

DAVID KOHL, Correspondent: Linda, the rain finally stopped this afternoon, but the water at the plant behind me has not gone down at all. City crews and volunteers stacked sandbags around the plant until about 2 a.m. Sunday, when the river simply went over the top. Since then, this city has been living out of plastic jugs.

UNIDENTIFIED WOMAN: We've been in this line for three hours. I've got three kids at home and no water to give them a bath. You don't think about it until it's gone.

KOHL: Hospitals are trucking in water. Restaurants are closed. The city has asked people to flush their toilets no more than once a day, and the Guard is hauling in portable toilets by the hundreds. Even when the plant is running again, the water will have to be boiled for at least a week before it is safe to drink.

The weekend brought another four inches of rain to parts of central Iowa, and the National Weather Service says the Des Moines River will crest Wednesday, higher than at any time this century. Governor Terry Branstad said today that all but a handful of Iowa's 99 counties are now disaster areas.

GOV. TERRY BRANSTAD: These people have been fighting this river for more than a month now. They're tired. But they're not giving up.

KOHL: Engineers say the first job is to pump the plant dry, which could start as early as Thursday if the river drops. Then every pump and every motor has to be cleaned and tested before a single gallon goes back into the pipes. Linda?

MARSH: David, thank you. President Clinton, who toured flooded parts of Iowa eight days ago, said today he will ask Congress this week for more emergency aid for the Midwest. The White House said the President may return to the region on Wednesday. Along the Mississippi, the river remains closed to barge traffic from Minnesota to St. Louis, as it has been since late June. And forecasters say more thunderstorms are possible across Iowa and Missouri tonight and tomorrow.
""", [
    ('tonight', 'DATE|TIME', '1993-07-12TNI'),
    ('early Sunday', 'DATE', '1993-07-11'),
    ('two weeks', 'DURATION', 'P2W'),
    ('this afternoon', 'DATE|TIME', '1993-07-12TAF'),
    ('about 2 a.m. Sunday', 'TIME', '1993-07-11T02:00'),
    ('three hours', 'DURATION', 'PT3H'),
    ('once a day', 'SET', 'P1D'),
    ('at least a week', 'DURATION', 'P1W'),
    ('The weekend', 'DATE', '1993-W27-WE'),
    ('Wednesday', 'DATE', '1993-07-14'),
    ('this century', 'DATE', '19'),
    ('today', 'DATE', '1993-07-12'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('more than a month', 'DURATION', 'P1M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Thursday', 'DATE', '1993-07-15'),
    ('eight days ago', 'DATE', '1993-07-04'),
    ('today', 'DATE', '1993-07-12'),
    ('this week', 'DATE', '1993-W28'),
    ('Wednesday', 'DATE', '1993-07-14'),
    ('late June', 'DATE', '1993-06'),
    ('tonight', 'DATE|TIME', '1993-07-12TNI'),
    ('tomorrow', 'DATE', '1993-07-13'),
]),
# 6. ABC broadcast transcript, Haiti invasion countdown (1994)
('1994-09-16', 'auto', """Haiti: The Countdown

CAROL BRANDT, anchor: Good evening. We begin tonight with Haiti, where the generals who seized power three years ago are running out of time. After President Clinton went on national television last night and told them to leave now, American warships are moving into position off the Haitian coast, and Pentagon officials say an invasion force of some 20,000 troops could be sent ashore on short notice. ABC's Mike Rowan is at the Pentagon.

MIKE ROWAN, ABC News: Carol, nobody here will say when the order might come, but every sign points to this weekend. Two aircraft carriers are already off the coast. Paratroopers of the 82nd Airborne at Fort Bragg were told this morning to be ready to move. For weeks, planners have talked about landing the first troops in darkness, to take the Haitian army by surprise.

One senior officer told me this afternoon that the hard part is not the landing but what comes after it. American troops could be in Haiti for many months, he said, and nobody has yet explained how they get out. Defense Secretary William Perry spent two hours today briefing congressional leaders behind closed doors.

BRANDT: The President spoke for about 20 minutes last night. His message to Haiti's military leaders was blunt.

PRESIDENT BILL CLINTON (from last night's address): Your time is up. Leave now, or we will force you from power.

BRANDT: But the President has yet to win over the public. An ABC News poll taken today found that most Americans still oppose an invasion. On Capitol Hill, Senate Republican leader Bob Dole said Mr. Clinton should ask Congress for approval first. Congress plans to adjourn at the beginning of next month for the midterm campaign. In Port-au-Prince, ABC's Ann Vesey reports the city is tense.

ANN VESEY, ABC News: The streets here were nearly empty by late afternoon. Shops closed early, and people stocked up on rice and kerosene. The army's radio station has been broadcasting appeals every hour, calling on Haitians to defend the nation, but at a recruiting center I visited this morning there were only a few dozen volunteers. Many Haitians I spoke to say they have been waiting for the Americans since September 30, 1991, the day Jean-Bertrand Aristide was overthrown.

BRANDT: In Washington, Father Aristide, who has lived in exile for nearly three years, said today he hopes to be home by mid-October. Since July, the Coast Guard has picked up more than 20,000 Haitians trying to flee by sea. White House aides say privately that a decision on whether to invade could come as early as Sunday. We'll be right back.
""", [
    ('tonight', 'DATE|TIME', '1994-09-16TNI'),
    ('three years ago', 'DATE', '1991'),
    ('last night', 'DATE|TIME', '1994-09-15TNI'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this weekend', 'DATE', '1994-W37-WE'),
    ('this morning', 'DATE|TIME', '1994-09-16TMO'),
    ('weeks', 'DURATION', 'PXW'),
    ('this afternoon', 'DATE|TIME', '1994-09-16TAF'),
    ('many months', 'DURATION', 'PXM'),
    ('two hours', 'DURATION', 'PT2H'),
    ('today', 'DATE', '1994-09-16'),
    ('about 20 minutes', 'DURATION', 'PT20M'),
    ('last night', 'DATE|TIME', '1994-09-15TNI'),
    ('last night', 'DATE|TIME', '1994-09-15TNI'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('today', 'DATE', '1994-09-16'),
    ('the beginning of next month', 'DATE', '1994-10'),
    ('late afternoon', 'DATE|TIME', '1994-09-16TAF'),
    ('every hour', 'SET', 'PT1H'),
    ('this morning', 'DATE|TIME', '1994-09-16TMO'),
    ('September 30, 1991', 'DATE', '1991-09-30'),
    ('nearly three years', 'DURATION', 'P3Y'),
    ('today', 'DATE', '1994-09-16'),
    ('mid-October', 'DATE', '1994-10'),
    ('July', 'DATE', '1994-07'),
    ('Sunday', 'DATE', '1994-09-18'),
]),
# 7. PRI broadcast transcript, Srebrenica refugees reach Tuzla (1995)
('1995-07-13', 'auto', """Srebrenica Refugees Pour Into Tuzla

ANNA GARRICK, host: This is The World. I'm Anna Garrick. The United Nations said today that thousands of Muslim men and boys are unaccounted for from Srebrenica, the eastern Bosnian town that fell to Bosnian Serb forces on Tuesday. Buses carrying women, children and the elderly have been arriving since early this morning at the U.N. air base outside Tuzla, in government-held territory. The World's Peter Voss is there.

PETER VOSS: Anna, the buses keep coming, one after another, and each one is the same. The doors open and people spill out onto the tarmac, most of them women, many carrying babies, some of them barefoot. Most have had nothing to eat since Tuesday night. Relief workers say they can feed about 5,000 people a day here, and U.N. officials say more than 15,000 have arrived in the past 24 hours.

What you notice is who is missing. A woman named Hajra told me she last saw her husband and her two sons yesterday morning in Potocari, near the Dutch base, when Serb soldiers pulled the men out of the crowd.

HAJRA (through interpreter): They said they would question them for two hours and let them go. Two hours. I waited until the buses came. Then they pushed us on.

VOSS: Srebrenica had been a U.N. "safe area" since April 1993, guarded by a battalion of Dutch peacekeepers. NATO jets struck Serb positions near the town on Tuesday afternoon, but the strikes came too late, and there were too few of them. The Dutch soldiers, about 400 of them, are now effectively hostages. Many people here say they trusted the United Nations for more than two years and were betrayed.

GARRICK: Peter, what happens next?

VOSS: Everyone here is looking at Zepa, another safe area, about 15 miles to the south. Serb commanders have made no secret that it is next on their list. And U.N. officials hope to open a second camp tomorrow, because this one is already full.

GARRICK: Peter Voss in Tuzla. In New York, the Security Council met for several hours yesterday and demanded that the Bosnian Serbs withdraw from Srebrenica. French President Jacques Chirac, who took office in May, has called for force to retake the town, but neither Washington nor London has backed him. Foreign ministers from the major powers are due to meet in London next week. The war in Bosnia began in April 1992. After more than three years of fighting, the West still cannot agree on how to end it.
""", [
    ('today', 'DATE', '1995-07-13'),
    ('Tuesday', 'DATE', '1995-07-11'),
    ('early this morning', 'DATE|TIME', '1995-07-13TMO'),
    ('Tuesday night', 'DATE|TIME', '1995-07-11TNI'),
    ('a day', 'SET', 'P1D'),
    ('the past 24 hours', 'DURATION', 'PT24H'),
    ('yesterday morning', 'DATE|TIME', '1995-07-12TMO'),
    ('two hours', 'DURATION', 'PT2H'),
    ('Two hours', 'DURATION', 'PT2H'),
    ('April 1993', 'DATE', '1993-04'),
    ('Tuesday afternoon', 'DATE|TIME', '1995-07-11TAF'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('tomorrow', 'DATE', '1995-07-14'),
    ('several hours', 'DURATION', 'PTXH'),
    ('yesterday', 'DATE', '1995-07-12'),
    ('May', 'DATE', '1995-05'),
    ('next week', 'DATE', '1995-W29'),
    ('April 1992', 'DATE', '1992-04'),
    ('more than three years', 'DURATION', 'P3Y'),
]),
# 8. AP, federal report reconstructs a fatal coal mine explosion (1996, narrative)
('1996-02-23', 'auto', """Report Says Mine Bosses Ignored Gas Warnings Before Fatal Blast

CHARLESTON, W.Va. (AP) _ Federal investigators said Thursday that supervisors at a southern West Virginia coal mine ignored repeated methane warnings for more than three hours before an explosion that killed six miners last month.

The Mine Safety and Health Administration report, released after a six-week investigation, found that a gas detector shut down a mining machine three times during the shift and that a foreman restarted it each time without pulling the crew back or notifying the mine office, as federal rules require.

``This was not an accident in the sense most people use the word,'' said Thomas Ledford, the agency's district manager. ``The warnings were there, and they were overridden.''

According to the report, the crew of 11 went underground at the Blue Hollow No. 3 mine near Oceana at 11 p.m. on Jan. 8. At about 1:15 a.m., the detector on the continuous miner tripped and cut power to the machine. Section foreman Larry Pruett restarted it 20 minutes later. The detector tripped again at 3:05 a.m. and at 4:20 a.m.

At 4:52 a.m., the explosion tore through the section. Pruett and four other men were killed at the face. A sixth miner, Roy Tackett, 44, of Pineville, was carried out alive but died two days later at Charleston Area Medical Center.

Rescue teams, slowed by smoke and wrecked ventilation, reached the bodies about seven hours after the blast.

Investigators also found that methane checks, which federal rules require every 20 minutes at the working face, were entered in the section log only twice during the shift.

The mine, owned by Rendell Coal Co. of Beckley, was closed for a month after the blast and reopened Feb. 12 under a federal order limiting work to one section. The company has been cited 43 times for ventilation violations since 1994.

Rendell president Carl Whitt said in a statement Thursday night that the company disputed some of the findings and would file a formal response within 30 days.

Federal prosecutors have been reviewing the case since last month, and the agency said it would send its findings to the U.S. attorney in Charleston. The blast was the deadliest in the state's coal fields in more than a decade.

MSHA will present the report at a public hearing in Beckley on March 14. Relatives of the dead miners said they would be there.

``We've waited six weeks to hear somebody say it,'' said Brenda Tackett, Roy Tackett's widow. ``They knew the gas was there, and they kept on running coal.''
""", [
    ('Thursday', 'DATE', '1996-02-22'),
    ('more than three hours', 'DURATION', 'PT3H'),
    ('last month', 'DATE', '1996-01'),
    ('six-week', 'DURATION', 'P6W'),
    ('11 p.m. on Jan. 8', 'TIME', '1996-01-08T23:00'),
    ('about 1:15 a.m.', 'TIME', '1996-01-09T01:15'),
    ('20 minutes later', 'TIME', '1996-01-09T01:35'),
    ('3:05 a.m.', 'TIME', '1996-01-09T03:05'),
    ('4:20 a.m.', 'TIME', '1996-01-09T04:20'),
    ('4:52 a.m.', 'TIME', '1996-01-09T04:52'),
    ('two days later', 'DATE', '1996-01-11'),
    ('about seven hours', 'DURATION', 'PT7H'),
    ('every 20 minutes', 'SET', 'PT20M'),
    ('a month', 'DURATION', 'P1M'),
    ('Feb. 12', 'DATE', '1996-02-12'),
    ('1994', 'DATE', '1994'),
    ('Thursday night', 'DATE|TIME', '1996-02-22TNI'),
    ('30 days', 'DURATION', 'P30D'),
    ('last month', 'DATE', '1996-01'),
    ('more than a decade', 'DURATION', 'P10Y|P1DE'),
    ('March 14', 'DATE', '1996-03-14'),
    ('six weeks', 'DURATION', 'P6W'),
]),
# 9. New York Times (Metro), former housing official convicted of bribery (1997)
('1997-11-04', 'auto', """Former Housing Official Convicted in Bribery Case

By RACHEL ADELMAN

A former deputy commissioner of the city's housing agency was convicted yesterday of taking more than $300,000 in bribes from contractors seeking repair work on city-owned buildings in Harlem and the South Bronx.

After deliberating for two days, a jury in Federal District Court in Manhattan found the former official, Victor M. Salcedo, 52, guilty on 11 of 13 counts of racketeering, bribery and tax evasion. He faces up to 20 years in prison. Judge Miriam Goldfarb set sentencing for Jan. 30 and allowed Mr. Salcedo to remain free on bail.

Prosecutors said that from 1991 to 1995, while he oversaw repair contracts at the Department of Housing Preservation and Development, Mr. Salcedo steered more than $40 million in work to four companies, which paid him in cash, usually in envelopes handed over at a diner on Jerome Avenue every other Friday.

The owner of one of the companies, Anthony Ruggiero, testified for three days last month under an agreement with prosecutors that could spare him a prison term. During the trial, which began Oct. 6, jurors also heard tape recordings made by a second contractor who wore a hidden microphone.

Mr. Salcedo's lawyer, Daniel Frankel, said he would appeal. "This jury heard a month of testimony from men who were buying their own freedom," he said outside the courthouse after the verdict was read at about 4:15 p.m.

Mr. Salcedo, who resigned in March 1996 as investigators closed in, showed no emotion as the verdict was read. His wife and two grown daughters sat in the second row and left without speaking to reporters.

One juror, who asked not to be named, said the panel had spent most of Friday going through bank records. "We took our time," she said. "The deposits told the story."

The case was the latest in a series of corruption prosecutions involving the agency in recent years. Last spring, two building inspectors pleaded guilty to taking payments to overlook code violations in the Bronx.

Mayor Rudolph W. Giuliani, who is widely expected to win a second term today, said through a spokeswoman that the verdict showed that business as usual at the agency was over.

The agency has since tightened its contracting rules, requiring competitive bids for any repair job over $25,000 and rotating inspectors among boroughs every six months.

Mr. Salcedo's co-defendant, a former clerk in the agency's Bronx office, will be tried separately early next year.
""", [
    ('yesterday', 'DATE', '1997-11-03'),
    ('two days', 'DURATION', 'P2D'),
    ('20 years', 'DURATION', 'P20Y'),
    ('Jan. 30', 'DATE', '1998-01-30'),
    ('1991', 'DATE', '1991'),
    ('1995', 'DATE', '1995'),
    ('every other Friday', 'SET', 'XXXX-WXX-5'),
    ('three days', 'DURATION', 'P3D'),
    ('last month', 'DATE', '1997-10'),
    ('Oct. 6', 'DATE', '1997-10-06'),
    ('a month', 'DURATION', 'P1M'),
    ('about 4:15 p.m.', 'TIME', '1997-11-03T16:15'),
    ('March 1996', 'DATE', '1996-03'),
    ('Friday', 'DATE', '1997-10-31'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('Last spring', 'DATE', '1997-SP'),
    ('today', 'DATE', '1997-11-04'),
    ('every six months', 'SET', 'P6M'),
    ('early next year', 'DATE', '1998'),
]),
# 10. Wall Street Journal, U.S. company buys Korean chemical unit amid Asian crisis (1998)
('1998-06-19', 'auto', """Halvorsen Agrees to Buy Korean Chemical Unit for $410 Million

By SUSAN T. MERCER
Staff Reporter of The Wall Street Journal

Halvorsen Industries Inc. agreed to buy the specialty-chemicals business of South Korea's cash-strapped Dongbang Group for about $410 million, the latest in a string of U.S. acquisitions of Asian assets since the region's financial crisis began last summer.

The Dallas company said yesterday that it expects to complete the purchase by the end of September, pending approval by Korean regulators. Dongbang, which has been negotiating with creditor banks since January to restructure about $3 billion in debt, will use the proceeds to pay down loans.

"A year ago, a deal like this would have been impossible," said Halvorsen Chairman Richard Pike. "Now the Koreans are coming to us."

South Korea accepted a $57 billion international rescue package led by the International Monetary Fund in December. Since then, Seoul has eased limits on foreign ownership, and President Kim Dae Jung, who took office in February, has urged the country's sprawling conglomerates to sell businesses outside their core operations.

The announcement came as Asian markets steadied following Wednesday's joint intervention by the U.S. and Japan to prop up the yen, which had fallen earlier this week to its lowest level against the dollar since 1990. Halvorsen shares rose $1.125 to $38.50 yesterday in New York Stock Exchange composite trading.

Dongbang's chemical unit, which makes coatings and adhesives at three plants near Ulsan, had sales of about $520 million last year and was profitable in each of the past five years, Halvorsen said. Halvorsen expects the acquisition to add to earnings in fiscal 1999, which begins Oct. 1.

Analysts were generally positive. "They're buying at the bottom, or close to it," said Paul Okada, an analyst at Morgan Lane Securities in New York. "But nobody knows how long Korea's recession will last. It could be two years before these plants are running at full capacity again."

In recent months, several U.S. and European companies have bought Korean paper, glass and auto-parts businesses, often at a fraction of what they would have cost before the crisis. Korean labor leaders have accused the government of selling off the country's industry cheaply.

Under the agreement, Halvorsen will keep all of the unit's 1,900 employees for at least 18 months, a condition that Korean unions demanded during talks that ran for nearly four months. Dongbang said it plans to sell two more units, a cement maker and a shipping line, before the end of the year.
""", [
    ('last summer', 'DATE', '1997-SU'),
    ('yesterday', 'DATE', '1998-06-18'),
    ('the end of September', 'DATE', '1998-09'),
    ('January', 'DATE', '1998-01'),
    ('A year ago', 'DATE', '1997'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('December', 'DATE', '1997-12'),
    ('February', 'DATE', '1998-02'),
    ('Wednesday', 'DATE', '1998-06-17'),
    ('earlier this week', 'DATE', '1998-W25'),
    ('1990', 'DATE', '1990'),
    ('yesterday', 'DATE', '1998-06-18'),
    ('last year', 'DATE', '1997'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('fiscal 1999', 'DATE', 'FY1999|1999'),
    ('Oct. 1', 'DATE', '1998-10-01'),
    ('two years', 'DURATION', 'P2Y'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('at least 18 months', 'DURATION', 'P18M'),
    ('nearly four months', 'DURATION', 'P4M'),
    ('the end of the year', 'DATE', '1998'),
]),
# 11. Xinhua, earthquake in western Colombia (1999)
('1999-01-27', 'auto', """Colombia Quake Death Toll Rises to Over 900

Bogota, January 27 (Xinhua) -- The death toll from Monday's earthquake in western Colombia has risen to 914, and more than 3,500 people were injured, Colombian authorities said on Wednesday.

The quake, which measured 6.0 on the Richter scale, struck at 1:19 p.m. local time (1819 GMT), with its epicenter near the city of Armenia, capital of Quindio Department, about 230 km west of Bogota. A strong aftershock later that afternoon brought down many buildings that had been damaged in the first shock.

According to the National Office for Disaster Prevention, about 60 percent of the buildings in Armenia were destroyed or badly damaged, and more than 200,000 people in the region have been left homeless. Many survivors have been sleeping in parks and on the streets since the disaster, afraid to return to their cracked houses.

President Andres Pastrana, who flew to the region Monday night, declared a state of economic and social emergency and spent Tuesday visiting the worst-hit towns in Quindio and Risaralda departments.

Looters attacked supermarkets and warehouses in Armenia on Tuesday, and the government sent another 2,000 soldiers and police to the city and imposed a curfew. Local officials said food and drinking water were still in short supply on Wednesday.

Rescue teams from Spain, Japan, Mexico and other countries have joined Colombian rescuers in searching the rubble. They have pulled more than 100 people alive from collapsed buildings in the past 48 hours, but hopes of finding more survivors are fading.

"The first 72 hours are the most important, and that time is almost over," a Colombian Red Cross official said.

It is the worst earthquake in Colombia since 1983, when a quake destroyed much of the city of Popayan in the south of the country and killed about 250 people.

The affected region produces a large share of Colombia's coffee. Growers' representatives said on Wednesday that the quake had damaged processing plants and roads but that most coffee farms were intact, and that this year's harvest should not be seriously affected.

Government officials estimated that reconstruction would take at least three years. Pastrana said the government would set up a special fund within weeks and would ask foreign governments and international lenders for help.

Chinese President Jiang Zemin sent a message of condolence to Pastrana on Tuesday, and the Chinese government has decided to provide emergency relief to the quake victims through the Chinese Red Cross.
""", [
    ('January 27', 'DATE', '1999-01-27'),
    ('Monday', 'DATE', '1999-01-25'),
    ('Wednesday', 'DATE', '1999-01-27'),
    ('1:19 p.m. local time', 'TIME', '1999-01-25T13:19'),
    ('1819 GMT', 'TIME', '1999-01-25T18:19'),
    ('later that afternoon', 'DATE|TIME', '1999-01-25TAF'),
    ('Monday night', 'DATE|TIME', '1999-01-25TNI'),
    ('Tuesday', 'DATE', '1999-01-26'),
    ('Tuesday', 'DATE', '1999-01-26'),
    ('Wednesday', 'DATE', '1999-01-27'),
    ('the past 48 hours', 'DURATION', 'PT48H'),
    ('The first 72 hours', 'DURATION', 'PT72H'),
    ('1983', 'DATE', '1983'),
    ('Wednesday', 'DATE', '1999-01-27'),
    ('this year', 'DATE', '1999'),
    ('at least three years', 'DURATION', 'P3Y'),
    ('weeks', 'DURATION', 'PXW'),
    ('Tuesday', 'DATE', '1999-01-26'),
]),
# 12. CNN broadcast transcript, Florida recount contest (2000)
('2000-11-29', 'auto', """Florida Recount: Ballots Head to Tallahassee

JOHN MERCER, CNN Anchor: Three weeks after Election Day, the presidential race is still not over. Tonight, a Florida judge has ordered more than a million ballots from two South Florida counties brought to his courtroom in Tallahassee, as Al Gore's lawyers press their challenge to the certified results. CNN's Kate Hollis is at the Leon County Courthouse.

KATE HOLLIS, CNN Correspondent: John, Judge N. Sanders Sauls issued his order late this afternoon. He wants all of the roughly 1.1 million ballots from Miami-Dade and Palm Beach counties here by 5 p.m. Friday, along with some of the voting machines from Palm Beach. But he did not give the Gore team what it wanted most, which was to start counting the disputed ballots while the case goes on. Instead, he set a hearing for 9 a.m. Saturday on whether any counting should happen at all. One Gore lawyer told me the campaign is running out of road.

UNIDENTIFIED GORE ATTORNEY: We have less than two weeks to get these votes counted. We can't afford to lose the weekend.

HOLLIS: Bush lawyers say there is no reason to count anything again. Florida's secretary of state certified Governor Bush the winner by 537 votes on Sunday night, and Republicans here say that should be the end of it. The clock is the key. Under federal law, states that settle their disputes by December 12th are protected from challenges in Congress, and the electors meet in the state capitals on December 18th.

MERCER: Kate, thanks. Meanwhile, the U.S. Supreme Court will hear arguments Friday morning in Governor Bush's appeal of the Florida Supreme Court ruling last week that extended the deadline for hand recounts. The justices have set aside 90 minutes for the case, and for the first time the court says it will release an audio tape of the arguments the same day.

In Tallahassee, Republican leaders of the Florida Legislature said today they may call a special session as early as next week to name their own slate of electors.

Vice President Gore stayed out of public view today, making telephone calls to Democratic lawmakers from his residence in Washington. Aides say he wants to keep his party behind him for as long as the legal fight lasts. A new CNN-USA Today-Gallup poll, taken Sunday and Monday, finds that a majority of Americans now want him to concede.

The Gore campaign says it expects the first truck carrying Palm Beach ballots to leave for Tallahassee tomorrow morning. It's a drive of about eight hours. We'll be right back.
""", [
    ('Three weeks', 'DURATION', 'P3W'),
    ('Election Day', 'DATE', '2000-11-07'),
    ('Tonight', 'DATE|TIME', '2000-11-29TNI'),
    ('late this afternoon', 'DATE|TIME', '2000-11-29TAF'),
    ('5 p.m. Friday', 'TIME', '2000-12-01T17:00'),
    ('9 a.m. Saturday', 'TIME', '2000-12-02T09:00'),
    ('less than two weeks', 'DURATION', 'P2W'),
    ('the weekend', 'DATE', '2000-W48-WE'),
    ('Sunday night', 'DATE|TIME', '2000-11-26TNI'),
    ('December 12th', 'DATE', '2000-12-12'),
    ('December 18th', 'DATE', '2000-12-18'),
    ('Friday morning', 'DATE|TIME', '2000-12-01TMO'),
    ('last week', 'DATE', '2000-W47'),
    ('90 minutes', 'DURATION', 'PT90M'),
    ('the same day', 'DATE', '2000-12-01'),
    ('today', 'DATE', '2000-11-29'),
    ('next week', 'DATE', '2000-W49'),
    ('today', 'DATE', '2000-11-29'),
    ('Sunday', 'DATE', '2000-11-26'),
    ('Monday', 'DATE', '2000-11-27'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('tomorrow morning', 'DATE|TIME', '2000-11-30TMO'),
    ('about eight hours', 'DURATION', 'PT8H'),
]),
]
