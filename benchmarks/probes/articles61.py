# Gold TIMEX3 probe set 61: twelve international wire stories of 1996-2012 in the styles of AP, Reuters, AFP, the Associated Press worldstream and the New York Times, on conflicts, diplomacy, elections and disasters, kept unseen, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, election preview (1996)
('1996-09-10', 'auto', """Bosnians Face Tight Deadline as Ballots Roll Toward Saturday Vote

SARAJEVO, Bosnia-Herzegovina (AP) -- International officials raced Tuesday to truck ballots to some 4,400 polling stations, four days before Bosnians vote in their first national elections since the war ended last year.

"We are behind schedule, but not hopelessly behind," said Edward Lindqvist, a spokesman for the Organization for Security and Cooperation in Europe, which is running the vote. He said the last convoys would leave a warehouse in Zenica at 6 a.m. Wednesday and should reach towns in the east by Thursday evening.

The OSCE postponed municipal elections late last month, citing fraud in voter registration in Serb-held areas, but kept Saturday's balloting for the three-member presidency and the national parliament. About 2.9 million people are eligible to vote, including some 640,000 refugees abroad who began casting absentee ballots on Aug. 28.

Refugees living inside Bosnia will be allowed to cross the former front lines to vote in their prewar hometowns. NATO said shuttle buses would run hourly on Saturday along 35 designated routes, escorted by armored vehicles.

The peace agreement initialed in Dayton, Ohio, last November required elections within nine months of its signing in Paris on Dec. 14, and Western diplomats said Tuesday they had no appetite for any delay.

"Another postponement now would leave a vacuum until next spring at least," said one diplomat, who spoke on condition of anonymity.

The war, which began in April 1992, killed tens of thousands of people and drove more than half the population from their homes. The country remains divided into a Serb republic and a Muslim-Croat federation, patrolled by 60,000 NATO troops whose mandate expires in December.

U.S. officials have said American troops will begin leaving after the elections, and Congress has set aside money for the Bosnia mission in fiscal 1997, which begins Oct. 1. The Clinton administration has recently signaled that a smaller follow-on force may stay until early next year.

On Monday, an OSCE appeals panel struck 14 candidates from the ballot for refusing to take down posters of indicted war criminals. Election officials said the panel would keep reviewing complaints until the polls close.

Official results are not expected before Sept. 20, Lindqvist said, and counting could take a week in some rural districts.
""", [
    ('Saturday', 'DATE', '1996-09-14'),
    ('Tuesday', 'DATE', '1996-09-10'),
    ('four days', 'DURATION', 'P4D'),
    ('last year', 'DATE', '1995'),
    ('6 a.m. Wednesday', 'TIME', '1996-09-11T06:00'),
    ('Thursday evening', 'DATE|TIME', '1996-09-12TEV'),
    ('late last month', 'DATE', '1996-08'),
    ('Saturday', 'DATE', '1996-09-14'),
    ('Aug. 28', 'DATE', '1996-08-28'),
    ('hourly', 'SET', 'PT1H'),
    ('Saturday', 'DATE', '1996-09-14'),
    ('last November', 'DATE', '1995-11'),
    ('nine months', 'DURATION', 'P9M'),
    ('Dec. 14', 'DATE', '1995-12-14'),
    ('Tuesday', 'DATE', '1996-09-10'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('next spring', 'DATE', '1997-SP'),
    ('April 1992', 'DATE', '1992-04'),
    ('December', 'DATE', '1996-12'),
    ('fiscal 1997', 'DATE', 'FY1997|1997'),
    ('Oct. 1', 'DATE', '1996-10-01'),
    ('recently', 'DATE', 'PAST_REF'),
    ('early next year', 'DATE', '1997'),
    ('Monday', 'DATE', '1996-09-09'),
    ('Sept. 20', 'DATE', '1996-09-20'),
    ('a week', 'DURATION', 'P1W'),
]),
# 2. Reuters, earthquake (1997)
('1997-05-12', 'auto', """Iran quake toll passes 1,500 as rescuers search ruins

BIRJAND, Iran, May 12 (Reuters) - Rescuers pulled more survivors from the rubble of flattened villages in eastern Iran on Monday as the death toll from Saturday's earthquake rose above 1,500, state radio said.

The quake, measuring 7.1 on the Richter scale, struck at 12:57 p.m. on Saturday near the town of Qaen in Khorasan province, about 100 km (60 miles) from the Afghan border. More than 200 aftershocks have shaken the region since.

"Whole villages have been wiped out. We are still finding people alive, but our chances are getting smaller," a Red Crescent official told Reuters by telephone on Sunday night.

Iranian officials said on Monday that about 2,300 people were injured and 50,000 left homeless. Temperatures in the mountainous region drop close to freezing after dark, and aid agencies said tents and blankets were the most urgent need.

The U.N. Department of Humanitarian Affairs in Geneva said it had released an emergency grant of $50,000 and that a team of disaster experts would arrive in Mashhad on Tuesday. Germany, Japan and France also pledged aid, and the Red Cross planned to airlift 2,000 tents from Europe later this week.

The government declared three days of national mourning starting on Tuesday.

Iran sits on several major fault lines and records at least one small earthquake a day on average. The last major disaster, in the northwest in June 1990, killed about 40,000 people. A quake in Ardabil province in February killed nearly 1,000.

"Three months ago we said never again, and now we are burying our people once more," a member of parliament from Khorasan said in a speech broadcast by state radio on Monday. He said villagers had complained for years that new houses were being built without steel reinforcement.

Seismologists at Tehran University said they had recorded a small foreshock in the area the day before the quake, but that it had given no reason for alarm.

State television said rebuilding the destroyed villages would take at least two years and cost about 1 trillion rials ($330 million at the official rate). Parliament is expected to vote on an emergency budget for the province next week.
""", [
    ('May 12', 'DATE', '1997-05-12'),
    ('Monday', 'DATE', '1997-05-12'),
    ('Saturday', 'DATE', '1997-05-10'),
    ('12:57 p.m. on Saturday', 'TIME', '1997-05-10T12:57'),
    ('Sunday night', 'DATE|TIME', '1997-05-11TNI'),
    ('Monday', 'DATE', '1997-05-12'),
    ('Tuesday', 'DATE', '1997-05-13'),
    ('later this week', 'DATE', '1997-W20'),
    ('three days', 'DURATION', 'P3D'),
    ('Tuesday', 'DATE', '1997-05-13'),
    ('a day', 'SET', 'P1D'),
    ('June 1990', 'DATE', '1990-06'),
    ('February', 'DATE', '1997-02'),
    ('Three months ago', 'DATE', '1997-02'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '1997-05-12'),
    ('years', 'DURATION', 'PXY'),
    ('the day before', 'DATE', '1997-05-09'),
    ('at least two years', 'DURATION', 'P2Y'),
    ('next week', 'DATE', '1997-W21'),
]),
# 3. AFP, floods (1998)
('1998-09-04', 'auto', """Bangladesh floods begin to recede, but hunger looms

DHAKA, Sept 4 (AFP) - Flood waters that have covered two-thirds of Bangladesh for more than two months began slowly receding on Friday, but aid workers warned that millions of people faced severe food shortages in the weeks ahead.

The Buriganga river in Dhaka fell by 11 centimetres over the past 24 hours, the Flood Forecasting and Warning Centre said, the first significant drop since the capital was swamped last month.

"The worst is over for Dhaka, but not for the south," a centre official told AFP. Rivers in the southern districts were still rising and were expected to peak early next week, and more heavy rain was forecast for later this month.

The floods, which began in mid-July after unusually heavy monsoon rains, have killed more than 900 people, according to official figures, and left some 30 million people homeless or marooned.

Prime Minister Sheikh Hasina said on Thursday the government would need 2.2 million tonnes of rice and wheat between now and the next harvest in December, and appealed to donors to move quickly.

The World Food Programme said it planned to feed four million people daily until the end of the year, but that its operation was only half-funded. Foreign donors pledged more than 200 million dollars at a meeting in Dhaka on Monday, and a second round of talks is scheduled for Sept 22 in Paris.

Bangladesh, a low-lying delta nation of 125 million people, is flooded every year during the monsoon. But this year's floods are the longest in the country's history, surpassing those of 1988, when water covered 60 percent of the country for about three weeks.

"People have been living on rooftops and embankments for weeks. They cannot wait until the next harvest," said Mahbub Alam, an official with a local aid group in Sirajganj district.

Economists in Dhaka put the losses at two billion dollars and say growth could fall below three percent this year, from 5.6 percent last year. Garment exports, the country's main foreign exchange earner, fell in August as factories closed and roads were cut.

Health officials said cases of diarrhoea had risen sharply in recent weeks, with some 200,000 people treated since July. The government has ordered schools in flooded districts to remain closed until mid-September.
""", [
    ('Sept 4', 'DATE', '1998-09-04'),
    ('more than two months', 'DURATION', 'P2M'),
    ('Friday', 'DATE', '1998-09-04'),
    ('the weeks ahead', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('the past 24 hours', 'DURATION', 'PT24H'),
    ('last month', 'DATE', '1998-08'),
    ('early next week', 'DATE', '1998-W37'),
    ('later this month', 'DATE', '1998-09'),
    ('mid-July', 'DATE', '1998-07'),
    ('Thursday', 'DATE', '1998-09-03'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('December', 'DATE', '1998-12'),
    ('daily', 'SET', 'P1D'),
    ('the end of the year', 'DATE', '1998|1998-12'),
    ('Monday', 'DATE', '1998-08-31'),
    ('Sept 22', 'DATE', '1998-09-22'),
    ('every year', 'SET', 'P1Y'),
    ('this year', 'DATE', '1998'),
    ('1988', 'DATE', '1988'),
    ('about three weeks', 'DURATION', 'P3W'),
    ('weeks', 'DURATION', 'PXW'),
    ('this year', 'DATE', '1998'),
    ('last year', 'DATE', '1997'),
    ('August', 'DATE', '1998-08'),
    ('recent weeks', 'DURATION|DATE', 'PXW|PAST_REF'),
    ('July', 'DATE', '1998-07'),
    ('mid-September', 'DATE', '1998-09'),
]),
# 4. AP worldstream, diplomacy / war (1999)
('1999-06-08', 'auto', """G-8 ministers agree on Kosovo resolution; military talks to resume

COLOGNE, Germany (AP) -- Foreign ministers from the Group of Eight agreed Tuesday on the text of a U.N. Security Council resolution for Kosovo, clearing the way for a vote that diplomats said could come as early as Thursday.

The breakthrough came after nearly 10 hours of talks that stretched past midnight Monday, as Russian negotiators pressed for a bigger U.N. role in the international force that will enter the province.

Meanwhile, NATO and Yugoslav generals were to resume talks on the withdrawal of Serb forces at 2 p.m. Wednesday in Kumanovo, Macedonia, after negotiations broke down late Sunday over the timing of the pullout.

NATO says its air campaign will go on until Serb troops are seen leaving. "We have heard promises before. We will judge Belgrade by what happens on the ground, not by what is said in the next 24 hours," an alliance spokesman said in Brussels.

Under the peace plan accepted by Yugoslav President Slobodan Milosevic last Thursday, Serb forces will have 11 days to leave Kosovo once a military agreement is signed, and some 50,000 peacekeepers will move in. Nearly 860,000 ethnic Albanians have fled or been driven from the province since March.

Russia, which condemned the bombing, wants its troops to serve under a separate command rather than under NATO officers. A Russian special envoy is expected in Belgrade later this week.

Kosovo has been ruled directly from Belgrade since 1989, when Milosevic stripped the province of its autonomy. Fighting between Serb forces and ethnic Albanian rebels broke out in February 1998. Peace talks in France broke down on March 19, and NATO bombing began five days later.

Aid agencies said they expected the first refugees to start returning from camps in Albania and Macedonia in the coming weeks, but the U.N. refugee agency warned that land mines and booby traps would make many villages unsafe for months. It hopes to have most of the refugees back home by autumn, before winter closes the mountain roads.

"Tonight, for the first time in weeks, people in the camps will go to sleep with some hope," said a Red Cross worker at the Stenkovec camp in Macedonia.
""", [
    ('Tuesday', 'DATE', '1999-06-08'),
    ('Thursday', 'DATE', '1999-06-10'),
    ('nearly 10 hours', 'DURATION', 'PT10H'),
    ('midnight Monday', 'TIME', '1999-06-07T24:00|1999-06-07T00:00'),
    ('2 p.m. Wednesday', 'TIME', '1999-06-09T14:00'),
    ('late Sunday', 'DATE', '1999-06-06'),
    ('the next 24 hours', 'DURATION', 'PT24H'),
    ('last Thursday', 'DATE', '1999-06-03'),
    ('11 days', 'DURATION', 'P11D'),
    ('March', 'DATE', '1999-03'),
    ('later this week', 'DATE', '1999-W23'),
    ('1989', 'DATE', '1989'),
    ('February 1998', 'DATE', '1998-02'),
    ('March 19', 'DATE', '1999-03-19'),
    ('five days later', 'DATE', '1999-03-24'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('months', 'DURATION', 'PXM'),
    ('autumn', 'DATE', '1999-FA'),
    ('winter', 'DATE', '1999-WI'),
    ('Tonight', 'DATE|TIME', '1999-06-08TNI'),
    ('weeks', 'DURATION', 'PXW'),
]),
# 5. New York Times, election abroad (2000); dateline is the day before publication
('2000-05-26', 'auto', """Peru Election Board Refuses to Delay Sunday's Runoff

LIMA, Peru, May 25 -- Peru's national election board rejected on Thursday a last-minute request from international observers to postpone this weekend's presidential runoff, all but ensuring that President Alberto Fujimori will face no real opponent at the polls.

The board's ruling, announced shortly before 8 p.m., came hours after the opposition candidate, Alejandro Toledo, repeated that he would not take part in the runoff and urged his supporters to spoil their ballots by writing "No to fraud" across them.

Mr. Toledo withdrew last week, saying that the computer system used to tally the votes had not been properly audited. Observers from the Organization of American States had asked for a delay of at least 10 days to test the software.

"We cannot change the calendar because one candidate has decided he does not like it," said Walter Paredes, a member of the board.

Mr. Fujimori, 61, who was first elected a decade ago, is seeking a third consecutive term, which his critics say the Constitution forbids. In the first round on April 9, he won 49.9 percent of the vote, just short of the majority needed to avoid a runoff, while Mr. Toledo took 40.2 percent.

Polls had shown the two men running close until late April, when Mr. Toledo's campaign was hit by a series of tabloid attacks that his aides blamed on the intelligence service.

Many Peruvians credit Mr. Fujimori with defeating the Shining Path guerrillas and taming inflation in the early 1990's, but human rights groups say his government has grown increasingly authoritarian in recent years.

The State Department said on Thursday that a vote without a credible opponent would not be valid, and a senior official said Washington was reviewing its aid program to Peru.

Voting is compulsory in Peru. Polls open at 8 a.m. Sunday and close at 4 p.m., and preliminary results are expected by Monday morning.

Mr. Toledo said he would lead a march in Lima on Sunday morning and a much larger one on July 28, when the winner is to be sworn in. "This is not the end," he told reporters outside his campaign office. "It is the beginning."
""", [
    ('Sunday', 'DATE', '2000-05-28'),
    ('May 25', 'DATE', '2000-05-25'),
    ('Thursday', 'DATE', '2000-05-25'),
    ('this weekend', 'DATE', '2000-W21-WE'),
    ('shortly before 8 p.m.', 'TIME', '2000-05-25T20:00'),
    ('hours', 'DURATION', 'PTXH'),
    ('last week', 'DATE', '2000-W20'),
    ('at least 10 days', 'DURATION', 'P10D'),
    ('a decade ago', 'DATE', '1990|199'),
    ('April 9', 'DATE', '2000-04-09'),
    ('late April', 'DATE', '2000-04'),
    ("the early 1990's", 'DATE', '199'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('Thursday', 'DATE', '2000-05-25'),
    ('8 a.m. Sunday', 'TIME', '2000-05-28T08:00'),
    ('4 p.m.', 'TIME', '2000-05-28T16:00'),
    ('Monday morning', 'DATE|TIME', '2000-05-29TMO'),
    ('Sunday morning', 'DATE|TIME', '2000-05-28TMO'),
    ('July 28', 'DATE', '2000-07-28'),
]),
# 6. Reuters, earthquake (2001)
('2001-01-29', 'auto', """Hope fades for Indian quake survivors as toll climbs

BHUJ, India, Jan 29 (Reuters) - Rescue teams from a dozen countries pulled a handful of survivors from collapsed buildings in western India on Monday, but officials said hope was fading three days after the country's most powerful earthquake in half a century.

The quake, measuring 7.9 on the Richter scale, struck at 8:46 a.m. on Friday as Indians were celebrating Republic Day, a national holiday marking the adoption of the constitution in 1950.

Officials in Gujarat state said on Monday the death toll could reach 20,000. More than 6,000 bodies had been recovered by Sunday night, and mass cremations went on around the clock in Bhuj, a town of 150,000 people that was almost entirely flattened.

"We have not slept since Friday. Every hour we find more bodies," said a police constable guarding the ruins of a four-storey hospital.

Aftershocks, including a 5.8-magnitude tremor on Sunday morning, sent terrified residents back into the streets, where tens of thousands are camping in the open despite the cold.

The federal government has set aside 5 billion rupees for relief, and a cabinet committee will meet daily until the emergency is over, officials said. The World Bank said it was ready to lend up to $300 million over the next two years to rebuild homes, schools and roads.

Doctors warned of the risk of epidemics in the coming days as water supplies ran short and bodies lay buried under the debris.

Western India has a history of deadly quakes. A tremor in neighbouring Maharashtra state in September 1993 killed about 10,000 people, and in 1819 an earthquake in the same Kutch region killed more than 1,500.

Engineers said many of the apartment blocks that collapsed in Ahmedabad, the state's commercial capital, had been put up in the past decade despite building rules that were tightened a decade ago.

"Nobody checks anything. A builder can put up ten floors in six months," said an Ahmedabad architect who asked not to be named.

The state government said schools in Kutch district would stay closed until at least February 15 and that examinations due in March would be postponed.
""", [
    ('Jan 29', 'DATE', '2001-01-29'),
    ('Monday', 'DATE', '2001-01-29'),
    ('three days', 'DURATION', 'P3D'),
    ('half a century', 'DURATION', 'P50Y'),
    ('8:46 a.m. on Friday', 'TIME', '2001-01-26T08:46'),
    ('Republic Day', 'DATE', '2001-01-26'),
    ('1950', 'DATE', '1950'),
    ('Monday', 'DATE', '2001-01-29'),
    ('Sunday night', 'DATE|TIME', '2001-01-28TNI'),
    ('Friday', 'DATE', '2001-01-26'),
    ('Every hour', 'SET', 'PT1H'),
    ('Sunday morning', 'DATE|TIME', '2001-01-28TMO'),
    ('daily', 'SET', 'P1D'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('September 1993', 'DATE', '1993-09'),
    ('1819', 'DATE', '1819'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('a decade ago', 'DATE', '1991|199'),
    ('six months', 'DURATION', 'P6M'),
    ('February 15', 'DATE', '2001-02-15'),
    ('March', 'DATE', '2001-03'),
]),
# 7. AP, conflict / ceasefire (2003)
('2003-08-15', 'auto', """Rebels Hand Monrovia Port to Peacekeepers; First Food Arrives

MONROVIA, Liberia (AP) -- Rebels withdrew from Monrovia's port Thursday, handing control to West African peacekeepers, and the first shipment of food in more than two months reached the starving capital Friday morning.

Thousands of people lined the road as Nigerian troops drove across the bridges that had divided the city into rebel and government zones since mid-July. "It's the first time since June that I am not afraid to walk here," said Comfort Johnson, 34, a market trader.

Former President Charles Taylor flew into exile in Nigeria on Monday. The following day, rebel commanders agreed to pull their fighters out of the port and the city's western districts.

His successor, Vice President Moses Blah, is to hand power to a transitional government on Oct. 14 under a peace deal that negotiators in Ghana expect to sign early next week.

The rebels, Liberians United for Reconciliation and Democracy, began shelling the capital in early June. Aid groups say more than 1,000 civilians have been killed in the fighting, most of them by mortar rounds that landed in crowded neighborhoods.

Taylor launched the insurgency that plunged Liberia into civil war in December 1989, and was elected president in 1997, after a ceasefire ended seven years of fighting. He was indicted in June by a U.N.-backed court in Sierra Leone on war crimes charges.

About 200 U.S. Marines came ashore Thursday to help secure the airport and the port. Pentagon officials said Friday that most of the 2,300 Marines aboard three ships off the coast would leave by Oct. 1, and the U.N. Security Council is expected to consider a larger peacekeeping force next month.

The World Food Program said it planned to distribute rice twice a week at 12 sites across the city, beginning Monday. The price of a 50-kilogram bag of rice in Monrovia has tripled since the spring.

"People have been eating leaves and boiling grass for weeks," said a WFP spokeswoman. "The port is the lifeline. Without it, nothing moves."
""", [
    ('Thursday', 'DATE', '2003-08-14'),
    ('more than two months', 'DURATION', 'P2M'),
    ('Friday morning', 'DATE|TIME', '2003-08-15TMO'),
    ('mid-July', 'DATE', '2003-07'),
    ('June', 'DATE', '2003-06'),
    ('Monday', 'DATE', '2003-08-11'),
    ('The following day', 'DATE', '2003-08-12'),
    ('Oct. 14', 'DATE', '2003-10-14'),
    ('early next week', 'DATE', '2003-W34'),
    ('early June', 'DATE', '2003-06'),
    ('December 1989', 'DATE', '1989-12'),
    ('1997', 'DATE', '1997'),
    ('seven years', 'DURATION', 'P7Y'),
    ('June', 'DATE', '2003-06'),
    ('Thursday', 'DATE', '2003-08-14'),
    ('Friday', 'DATE', '2003-08-15'),
    ('Oct. 1', 'DATE', '2003-10-01'),
    ('next month', 'DATE', '2003-09'),
    ('twice a week', 'SET', 'P1W'),
    ('Monday', 'DATE', '2003-08-18'),
    ('the spring', 'DATE', '2003-SP'),
    ('weeks', 'DURATION', 'PXW'),
]),
# 8. AFP, storm floods (2004)
('2004-09-24', 'auto', """Haiti flood toll tops 1,500 as aid trickles into Gonaives

GONAIVES, Haiti (AFP) - Hungry survivors mobbed aid trucks in this devastated port city on Friday, nearly a week after floodwaters unleashed by Tropical Storm Jeanne killed more than 1,500 people.

Another 900 people remained missing, the civil protection office said late Thursday, and officials expected the toll to rise as bodies were pulled from the mud that still covers much of the city.

Jeanne lashed northern Haiti on the night of September 18, dumping torrential rain on hillsides long stripped of trees. Rivers burst their banks and sent a wall of water through Gonaives, a city of 250,000 people.

"The water came at 11 at night, and in 10 minutes it was up to the roof," said Marie-Claude Joseph, 41, who lost two of her children. "We stayed on the roof until the next afternoon, and nobody brought us water until Monday."

U.N. peacekeepers, who have been in Haiti since June, fired into the air on Thursday to control crowds at a distribution point, and the World Food Programme suspended deliveries for several hours.

The United Nations said it would need to feed 300,000 people for at least six months and launched an emergency appeal on Wednesday.

Haiti has been in turmoil since February, when an armed revolt forced President Jean-Bertrand Aristide into exile. In May, flash floods along the border with the Dominican Republic killed more than 2,000 people.

Experts say deforestation has stripped Haiti of more than 98 percent of its forest cover over the past half century, leaving the country exposed to the storms that sweep through the Caribbean every year.

Jeanne was the fourth major storm to strike the region in six weeks. It later strengthened into a hurricane and was expected to hit Florida's east coast this weekend. Forecasters warned that the Atlantic hurricane season, which runs until November 30, could still bring more storms.

The interim government declared three days of national mourning beginning on Saturday, and Prime Minister Gerard Latortue said a funeral mass for the victims would be held in Gonaives on Sunday. Donors are to meet in Washington next month to discuss reconstruction.
""", [
    ('Friday', 'DATE', '2004-09-24'),
    ('nearly a week', 'DURATION', 'P1W'),
    ('late Thursday', 'DATE', '2004-09-23'),
    ('the night of September 18', 'DATE|TIME', '2004-09-18TNI'),
    ('11 at night', 'TIME', '2004-09-18T23:00'),
    ('10 minutes', 'DURATION', 'PT10M'),
    ('the next afternoon', 'DATE|TIME', '2004-09-19TAF'),
    ('Monday', 'DATE', '2004-09-20'),
    ('June', 'DATE', '2004-06'),
    ('Thursday', 'DATE', '2004-09-23'),
    ('several hours', 'DURATION', 'PTXH'),
    ('at least six months', 'DURATION', 'P6M'),
    ('Wednesday', 'DATE', '2004-09-22'),
    ('February', 'DATE', '2004-02'),
    ('May', 'DATE', '2004-05'),
    ('the past half century', 'DURATION', 'P50Y'),
    ('every year', 'SET', 'P1Y'),
    ('six weeks', 'DURATION', 'P6W'),
    ('this weekend', 'DATE', '2004-W39-WE'),
    ('November 30', 'DATE', '2004-11-30'),
    ('three days', 'DURATION', 'P3D'),
    ('Saturday', 'DATE', '2004-09-25'),
    ('Sunday', 'DATE', '2004-09-26'),
    ('next month', 'DATE', '2004-10'),
]),
# 9. AP worldstream, earthquake (2005)
('2005-10-12', 'auto', """Cold threatens Pakistan quake survivors as aid stalls in mountains

MUZAFFARABAD, Pakistan (AP) -- Helicopters ferried tents and medicine to cut-off mountain villages Wednesday, but aid officials warned that thousands of survivors of Saturday's earthquake could die of exposure unless shelter reaches them before winter.

The 7.6-magnitude quake struck at 8:50 a.m. Saturday, when many children were in class, flattening schools across Pakistan's North West Frontier Province and the Pakistani-controlled part of Kashmir. The army said the confirmed death toll had reached 23,000.

Temperatures fell to near freezing in the higher valleys Tuesday night, and forecasters said snow could reach some areas by early November.

"We have three weeks, perhaps less, before the first snows close these roads," said Per Lindholm, a U.N. relief coordinator in Islamabad.

Relief flights were landing every 20 minutes at Islamabad's Chaklala air base, but only a fraction of the supplies had reached remote districts, where landslides have blocked roads since the weekend.

In Muzaffarabad, surgeons at the city's only working hospital said they were carrying out 30 amputations a day, many of them on children, in tents pitched on the hospital lawn.

The United Nations launched a $272 million appeal on Tuesday and said it would host a donors' conference in Geneva next week.

President Gen. Pervez Musharraf, who toured Muzaffarabad on Monday, appealed for more heavy-lift helicopters and said reconstruction would cost at least $5 billion.

India, where more than 1,300 people died, offered aid on Sunday, and Pakistan accepted it in a rare gesture between the nuclear-armed rivals, who have fought two wars over Kashmir since independence from Britain in 1947. A ceasefire along the Line of Control has held since November 2003, and the two countries began a formal peace process in January 2004.

Officials said schools in the worst-hit districts would not reopen for at least a year. "A whole generation has been buried," said a teacher in Balakot whose school collapsed with 300 pupils inside.
""", [
    ('Wednesday', 'DATE', '2005-10-12'),
    ('Saturday', 'DATE', '2005-10-08'),
    ('winter', 'DATE', '2005-WI'),
    ('8:50 a.m. Saturday', 'TIME', '2005-10-08T08:50'),
    ('Tuesday night', 'DATE|TIME', '2005-10-11TNI'),
    ('early November', 'DATE', '2005-11'),
    ('three weeks', 'DURATION', 'P3W'),
    ('every 20 minutes', 'SET', 'PT20M'),
    ('the weekend', 'DATE', '2005-W40-WE'),
    ('a day', 'SET', 'P1D'),
    ('Tuesday', 'DATE', '2005-10-11'),
    ('next week', 'DATE', '2005-W42'),
    ('Monday', 'DATE', '2005-10-10'),
    ('Sunday', 'DATE', '2005-10-09'),
    ('1947', 'DATE', '1947'),
    ('November 2003', 'DATE', '2003-11'),
    ('January 2004', 'DATE', '2004-01'),
    ('at least a year', 'DURATION', 'P1Y'),
]),
# 10. New York Times, disputed election abroad (2007); dateline is the day before publication
('2007-12-31', 'auto', """Kenyan Leader Is Sworn In After Disputed Vote, and Riots Erupt

NAIROBI, Kenya, Dec. 30 -- President Mwai Kibaki was hastily sworn in for a second term on Sunday evening, less than an hour after the election commission declared him the winner of a vote that his main rival and several international observers said had been rigged.

Within minutes of the announcement, rioting broke out in the Kibera slum here and in the western city of Kisumu, strongholds of the opposition candidate, Raila Odinga. By midnight, the police said at least 15 people had been killed.

The vote on Thursday was largely peaceful, and turnout was high. The next day, early returns showed Mr. Odinga ahead by more than a million votes, but his lead dwindled over the weekend as results from Mr. Kibaki's home region in central Kenya came in.

"The figures were cooked," Mr. Odinga told reporters at a hotel in the capital. He said he would hold a rally of a million supporters in Uhuru Park on Thursday and would not recognize Mr. Kibaki's government.

The chief European Union observer said the count had fallen short of international standards, citing a constituency where the reported turnout was 115 percent.

The government banned live television broadcasts late Sunday, and celebrations planned for New Year's Eve in the capital were canceled.

Mr. Kibaki, 76, came to power in 2002 at the head of a broad coalition that ended 24 years of rule by Daniel arap Moi, promising to root out corruption. The economy grew by more than 6 percent last year, the fastest pace in three decades, but critics say the gains have not reached the poor, who crowd into slums like Kibera.

Mr. Odinga, a former ally, broke with him in 2005 after a referendum on a new constitution. Both camps had predicted for months that the result would be close, and analysts had warned that a disputed outcome could reopen ethnic rivalries that have simmered since independence in 1963.

Western diplomats said they would press the two men to meet in the coming days. "Kenya has been an anchor for the whole region," one European ambassador said. "If it slips, everybody around it feels the shock."
""", [
    ('Dec. 30', 'DATE', '2007-12-30'),
    ('Sunday evening', 'DATE|TIME', '2007-12-30TEV'),
    ('less than an hour', 'DURATION', 'PT1H'),
    ('minutes', 'DURATION', 'PTXM'),
    ('midnight', 'TIME', '2007-12-30T24:00|2007-12-30T00:00'),
    ('Thursday', 'DATE', '2007-12-27'),
    ('The next day', 'DATE', '2007-12-28'),
    ('the weekend', 'DATE', '2007-W52-WE'),
    ('Thursday', 'DATE', '2008-01-03'),
    ('late Sunday', 'DATE', '2007-12-30'),
    ("New Year's Eve", 'DATE', '2007-12-31'),
    ('2002', 'DATE', '2002'),
    ('24 years', 'DURATION', 'P24Y'),
    ('last year', 'DATE', '2006'),
    ('three decades', 'DURATION', 'P30Y|P3E'),
    ('2005', 'DATE', '2005'),
    ('months', 'DURATION', 'PXM'),
    ('1963', 'DATE', '1963'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
]),
# 11. Reuters, summit diplomacy (2009)
('2009-12-17', 'auto', """U.S. offers climate cash as Copenhagen talks teeter

COPENHAGEN, Dec 17 (Reuters) - The United States said on Thursday it would help raise $100 billion a year by 2020 for poor nations hit by climate change, a bid to rescue U.N. talks that were close to collapse with more than 110 world leaders due to arrive by Friday.

Secretary of State Hillary Clinton announced the offer at a news conference but said it depended on China and other big emerging economies agreeing to have their emissions curbs verified. "We have about 24 hours left to get this done," a European negotiator said.

Negotiators worked through Wednesday night on a draft political declaration, but deep divisions remained over how far rich nations should cut emissions by 2020 and how to check pledges from developing countries.

The conference, which opened on Dec 7, is due to end on Friday evening, after President Barack Obama and more than 100 other heads of state and government address the meeting.

Danish police detained about 260 protesters outside the Bella Center conference hall on Wednesday as activists tried to force their way in.

Draft texts call for developed nations to provide $30 billion in fast-start funds over the next three years, from 2010 to 2012, before the long-term financing begins.

The Kyoto Protocol, agreed in December 1997, obliges about 37 industrialised nations to cut emissions by an average of 5.2 percent below 1990 levels by 2012. The United States never ratified it.

China, now the world's biggest emitter, says its emissions rose by about 8 percent a year in the past decade and that it must be allowed to keep growing. Beijing announced last month that it would cut the carbon intensity of its economy by 40-45 percent by 2020 from 2005 levels.

Two years ago, at talks in Bali, governments set themselves a deadline of this month to agree a new treaty to succeed Kyoto. Most delegates now accept that a legally binding treaty will not be ready before mid-2010, and a follow-up meeting is scheduled for Mexico next year.

"Without money on the table, nothing will happen in the near future," said the environment minister of the Maldives, whose low-lying islands are threatened by rising seas.
""", [
    ('Dec 17', 'DATE', '2009-12-17'),
    ('Thursday', 'DATE', '2009-12-17'),
    ('a year', 'SET', 'P1Y'),
    ('2020', 'DATE', '2020'),
    ('Friday', 'DATE', '2009-12-18'),
    ('about 24 hours', 'DURATION', 'PT24H'),
    ('Wednesday night', 'DATE|TIME', '2009-12-16TNI'),
    ('2020', 'DATE', '2020'),
    ('Dec 7', 'DATE', '2009-12-07'),
    ('Friday evening', 'DATE|TIME', '2009-12-18TEV'),
    ('Wednesday', 'DATE', '2009-12-16'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('2010', 'DATE', '2010'),
    ('2012', 'DATE', '2012'),
    ('December 1997', 'DATE', '1997-12'),
    ('1990', 'DATE', '1990'),
    ('2012', 'DATE', '2012'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a year', 'SET', 'P1Y'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('last month', 'DATE', '2009-11'),
    ('2020', 'DATE', '2020'),
    ('2005', 'DATE', '2005'),
    ('Two years ago', 'DATE', '2007'),
    ('this month', 'DATE', '2009-12'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('mid-2010', 'DATE', '2010'),
    ('next year', 'DATE', '2010'),
    ('the near future', 'DATE', 'FUTURE_REF'),
]),
# 12. AFP, election abroad (2012)
('2012-07-03', 'auto', """Mexico's Lopez Obrador demands recount as Pena Nieto lead holds

MEXICO CITY (AFP) - Leftist candidate Andres Manuel Lopez Obrador on Monday refused to concede defeat in Mexico's presidential election, demanding a vote-by-vote recount as official figures showed Enrique Pena Nieto heading for a clear victory.

With 98.9 percent of polling stations counted, Pena Nieto of the Institutional Revolutionary Party (PRI) had 38.2 percent of the vote against 31.6 percent for Lopez Obrador and 25.4 percent for Josefina Vazquez Mota of the ruling National Action Party.

The Federal Electoral Institute will begin the official count at 8:00 am Wednesday, district by district, and final results are due by Sunday.

"We will not accept an election bought with money and manipulated by television," Lopez Obrador told reporters at his campaign headquarters, where he said his team had found irregularities at more than 113,000 polling stations.

In 2006, he lost to Felipe Calderon by less than 0.6 percentage points and led months of street protests, blocking one of the capital's main avenues for seven weeks.

Turnout on Sunday was 63 percent, the institute said. The electoral court has until September 6 to rule on challenges and declare a president-elect, who will take office on December 1 and serve until 2018.

Pena Nieto, 45, a former governor of Mexico State, would return to power the PRI, which governed the country without interruption from 1929 to 2000. He said late Sunday that he would govern for all Mexicans and promised energy and tax reforms within a year of taking office.

"The PRI of the past will not return," he told supporters.

The campaign was overshadowed by the drug war, which has left more than 50,000 people dead since Calderon deployed troops against the cartels in December 2006.

Students from the "#YoSoy132" movement, who have marched weekly since May against what they call biased media coverage, called another protest in the capital for Saturday.

Markets welcomed the result. The peso rose 2 percent on Monday, its biggest gain in three years, and economists said the economy, which grew 4.6 percent in the first quarter, was on track for growth of nearly 4 percent this year.
""", [
    ('Monday', 'DATE', '2012-07-02'),
    ('8:00 am Wednesday', 'TIME', '2012-07-04T08:00'),
    ('Sunday', 'DATE', '2012-07-08'),
    ('2006', 'DATE', '2006'),
    ('months', 'DURATION', 'PXM'),
    ('seven weeks', 'DURATION', 'P7W'),
    ('Sunday', 'DATE', '2012-07-01'),
    ('September 6', 'DATE', '2012-09-06'),
    ('December 1', 'DATE', '2012-12-01'),
    ('2018', 'DATE', '2018'),
    ('1929', 'DATE', '1929'),
    ('2000', 'DATE', '2000'),
    ('late Sunday', 'DATE', '2012-07-01'),
    ('a year', 'DURATION', 'P1Y'),
    ('the past', 'DATE', 'PAST_REF'),
    ('December 2006', 'DATE', '2006-12'),
    ('weekly', 'SET', 'P1W'),
    ('May', 'DATE', '2012-05'),
    ('Saturday', 'DATE', '2012-07-07'),
    ('Monday', 'DATE', '2012-07-02'),
    ('three years', 'DURATION', 'P3Y'),
    ('the first quarter', 'DATE', '2012-Q1'),
    ('this year', 'DATE', '2012'),
]),
]
