# Gold TIMEX3 probe set 115: conflict, diplomacy, summits, ceasefires and sanctions news (AP, Reuters, AFP, Xinhua, Washington Post, The Times; 1997-2025), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, Iraq expels U.S. weapons inspectors (1997)
('1997-11-13', 'auto', """Iraq Orders American Inspectors Out; Clinton Warns Baghdad

BAGHDAD, Iraq (AP) — Iraq on Thursday ordered the American members of a U.N. weapons inspection team to leave the country by 7 a.m. Friday, deepening a standoff that has simmered for more than two weeks and drawing a sharp warning from President Clinton.

The order, read on state television at 2 p.m. Thursday, came after the Security Council voted unanimously Wednesday to bar Iraqi officials who obstruct the inspectors from traveling abroad.

"We will not accept spies disguised as inspectors," Deputy Prime Minister Tariq Aziz told reporters. He said Iraq had cooperated with the United Nations for six years and had nothing to show for it.

The U.N. Special Commission, which has searched for chemical, biological and nuclear weapons since the end of the 1991 Gulf War, halted most of its field work late last month after Baghdad barred Americans from its teams. A U.S. U-2 surveillance plane has continued to fly over Iraq once a week, and Iraq has threatened to shoot it down.

Speaking at the White House, Clinton said Iraq's leaders "should not miscalculate" and that all options remained open. Defense Secretary William Cohen said the aircraft carrier USS George Washington, which left the Mediterranean earlier this week, would reach the Persian Gulf next week.

Richard Butler, the Australian diplomat who heads the commission, said in New York that the inspectors would leave as ordered. But he warned that monitoring cameras installed at dozens of sites could not be serviced, and that the longer his teams were kept out, the harder it would be to know what Iraq was doing.

The crisis began Oct. 29, when Iraq announced it would no longer allow Americans to take part in inspections. A three-man U.N. diplomatic mission spent three days in Baghdad last week but failed to persuade Iraqi officials to back down.

Iraq says sanctions imposed after its 1990 invasion of Kuwait have cost the lives of more than a million Iraqis. The sanctions, which bar most oil sales, can be lifted only after the commission certifies that Iraq's weapons of mass destruction have been eliminated. Under an oil-for-food program that began last December, Baghdad may sell $2 billion worth of oil every six months to buy food and medicine.

Secretary of State Madeleine Albright was to meet Arab ambassadors in Washington on Friday morning, and diplomats said the Security Council could hold further consultations over the weekend.

Arab governments have shown little appetite for military action. Egypt and Saudi Arabia urged restraint on both sides Thursday, and the secretary-general of the Arab League called for "a diplomatic solution that spares the Iraqi people."
""", [
    ('Thursday', 'DATE', '1997-11-13'),
    ('7 a.m. Friday', 'TIME', '1997-11-14T07:00'),
    ('more than two weeks', 'DURATION', 'P2W'),
    ('2 p.m. Thursday', 'TIME', '1997-11-13T14:00'),
    ('Wednesday', 'DATE', '1997-11-12'),
    ('six years', 'DURATION', 'P6Y'),
    ('1991', 'DATE', '1991'),
    ('late last month', 'DATE', '1997-10'),
    ('once a week', 'SET', 'P1W'),
    ('earlier this week', 'DATE', '1997-W46'),
    ('next week', 'DATE', '1997-W47'),
    ('Oct. 29', 'DATE', '1997-10-29'),
    ('three days', 'DURATION', 'P3D'),
    ('last week', 'DATE', '1997-W45'),
    ('1990', 'DATE', '1990'),
    ('last December', 'DATE', '1996-12'),
    ('every six months', 'SET', 'P6M'),
    ('Friday morning', 'DATE|TIME', '1997-11-14TMO'),
    ('the weekend', 'DATE', '1997-W46-WE'),
    ('Thursday', 'DATE', '1997-11-13'),
]),
# 2. Reuters, NATO suspends air campaign against Yugoslavia (1999)
('1999-06-10', 'auto', """NATO halts air strikes as Serb forces begin Kosovo pullout

BRUSSELS, June 10 (Reuters) - NATO Secretary-General Javier Solana on Thursday ordered a suspension of the alliance's air campaign against Yugoslavia after confirming that Serb forces had begun withdrawing from Kosovo, ending 78 days of bombing.

"I have today instructed the Supreme Allied Commander Europe to suspend temporarily NATO's air operations," Solana told reporters at alliance headquarters at about 4 p.m.

Military officials said convoys of trucks and armoured vehicles had been seen leaving the province through the Merdare crossing by midday, and alliance surveillance aircraft were watching the roads north.

Under a military-technical agreement signed late Wednesday in the Macedonian town of Kumanovo, Belgrade has 11 days to pull its roughly 40,000 troops and police out of Kosovo. NATO said it would resume strikes if the withdrawal stalled.

The U.N. Security Council was expected to vote on Thursday evening on a resolution authorising an international security force, known as KFOR, to enter the province. Foreign ministers of the Group of Eight agreed the text in Cologne on Tuesday after weeks of wrangling with Russia, whose envoy Viktor Chernomyrdin made repeated trips to Belgrade in May.

British paratroopers and Gurkhas massed in Macedonia could cross the border as early as Friday, alliance officials said. About 50,000 troops are eventually expected to take part in the force.

The bombing began on March 24 after peace talks in Rambouillet, France, collapsed. NATO aircraft flew more than 35,000 sorties, striking bridges, refineries, power plants and television stations across Serbia.

In Belgrade, people fired guns into the air on Wednesday night to celebrate the end of the air raids, but the mood was subdued. "We have nothing left to rebuild with," said one shopkeeper.

Nearly 800,000 ethnic Albanians have fled Kosovo since last year, most of them in the past 11 weeks. The U.N. refugee agency said it hoped the first organised returns from camps in Albania and Macedonia could begin within a month, though officials warned that mines and wrecked housing could delay large-scale returns until the autumn.

In financial markets, the euro firmed against the dollar on news of the suspension. The single currency has lost about 10 percent of its value since its launch in January, partly on concern over the war on the European Union's doorstep.

U.S. President Bill Clinton was due to address the nation from the Oval Office on Thursday night, White House officials said.
""", [
    ('June 10', 'DATE', '1999-06-10'),
    ('Thursday', 'DATE', '1999-06-10'),
    ('78 days', 'DURATION', 'P78D'),
    ('today', 'DATE', '1999-06-10'),
    ('about 4 p.m.', 'TIME', '1999-06-10T16:00'),
    ('midday', 'TIME', '1999-06-10T12:00'),
    ('late Wednesday', 'DATE', '1999-06-09'),
    ('11 days', 'DURATION', 'P11D'),
    ('Thursday evening', 'DATE|TIME', '1999-06-10TEV'),
    ('Tuesday', 'DATE', '1999-06-08'),
    ('weeks', 'DURATION', 'PXW'),
    ('May', 'DATE', '1999-05'),
    ('Friday', 'DATE', '1999-06-11'),
    ('March 24', 'DATE', '1999-03-24'),
    ('Wednesday night', 'DATE|TIME', '1999-06-09TNI'),
    ('last year', 'DATE', '1998'),
    ('the past 11 weeks', 'DURATION', 'P11W'),
    ('a month', 'DURATION', 'P1M'),
    ('the autumn', 'DATE', '1999-FA'),
    ('January', 'DATE', '1999-01'),
    ('Thursday night', 'DATE|TIME', '1999-06-10TNI'),
]),
# 3. AFP, Macedonia ceasefire (2001)
('2001-07-06', 'auto', """Macedonia ceasefire holds despite sporadic gunfire

SKOPJE, July 6 (AFP) - A NATO-brokered ceasefire between Macedonian security forces and ethnic Albanian rebels was largely holding on Friday, despite sporadic gunfire in the hills above the northwestern town of Tetovo, officials and witnesses said.

The truce, the first to be accepted in writing by both sides, took effect at midnight Wednesday after several days of shuttle diplomacy by NATO envoy Pieter Feith.

Army spokesman Blagoja Markovski said there had been "isolated provocations" near Tetovo on Thursday night but no casualties. "We are respecting the ceasefire and we expect the other side to do the same," he told AFP.

President Boris Trajkovski, who met Western mediators for three hours in Skopje on Friday morning, said political talks on Albanian demands for greater rights would resume next week. EU foreign policy chief Javier Solana and US envoy James Pardew are expected in the capital on Monday.

The rebels of the self-styled National Liberation Army (NLA), who say they are fighting for equal rights for Macedonia's ethnic Albanian minority, have seized a string of villages in the northwest in recent months. In June, fighting at Aracinovo, just eight kilometres (five miles) from Skopje, brought the conflict to the outskirts of the capital.

Around 100,000 people have fled their homes since the start of the year, according to the UN refugee agency UNHCR.

In Tetovo, where the fighting first flared in February, shops reopened on Friday for the first time in a week. "It is quiet now, but nobody believes it will last," said a cafe owner who gave his name only as Fadil.

NATO has said it is ready to send about 3,000 troops to collect rebel weapons within 30 days of a political deal, but only if a lasting ceasefire is in place. Diplomats said they hoped a framework agreement could be signed by the end of July.

"The next 48 hours will tell us whether this is real," a Western diplomat said.

Ethnic Albanians make up about a third of Macedonia's two million people, according to a 1994 census, though Albanian leaders say the real figure is higher. Macedonia declared independence from Yugoslavia in 1991 and was spared the wars that tore apart the rest of the federation during the 1990s.

The government of Prime Minister Ljubco Georgievski, a broad coalition formed in May under Western pressure, has been divided over how far to go in meeting the rebels' demands, and hardliners accuse NATO of rewarding violence.
""", [
    ('July 6', 'DATE', '2001-07-06'),
    ('Friday', 'DATE', '2001-07-06'),
    ('midnight Wednesday', 'TIME', '2001-07-04T24:00|2001-07-05T00:00'),
    ('several days', 'DURATION', 'PXD'),
    ('Thursday night', 'DATE|TIME', '2001-07-05TNI'),
    ('three hours', 'DURATION', 'PT3H'),
    ('Friday morning', 'DATE|TIME', '2001-07-06TMO'),
    ('next week', 'DATE', '2001-W28'),
    ('Monday', 'DATE', '2001-07-09'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('June', 'DATE', '2001-06'),
    ('the start of the year', 'DATE', '2001'),
    ('February', 'DATE', '2001-02'),
    ('Friday', 'DATE', '2001-07-06'),
    ('a week', 'DURATION', 'P1W'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('30 days', 'DURATION', 'P30D'),
    ('the end of July', 'DATE', '2001-07'),
    ('The next 48 hours', 'DURATION', 'PT48H'),
    ('1994', 'DATE', '1994'),
    ('1991', 'DATE', '1991'),
    ('the 1990s', 'DATE', '199'),
    ('May', 'DATE', '2001-05'),
]),
# 4. Xinhua, first round of six-party talks in Beijing (2003)
('2003-08-29', 'auto', """Six-party talks end with consensus on continuing dialogue

BEIJING, Aug. 29 (Xinhuanet) -- The three-day six-party talks on the nuclear issue of the Korean Peninsula concluded here Friday with the parties agreeing to continue the process of peaceful dialogue and to hold a new round of talks in the near future, Chinese Vice Foreign Minister Wang Yi said.

Wang, who chaired the talks, read out a summary of the consensus at a closing session that began at 10:30 a.m. at the Diaoyutai State Guesthouse in western Beijing.

Delegations from China, the Democratic People's Republic of Korea (DPRK), the United States, the Republic of Korea, Russia and Japan held plenary sessions on Wednesday and Thursday, as well as a series of bilateral contacts on the sidelines during the three days.

According to the summary, the parties agreed to work for a nuclear-free peninsula through peaceful means, to take into account the DPRK's security concerns, and to refrain from words or actions that might escalate the situation while the talks continue.

The date and venue of the next round will be decided through diplomatic channels, Wang said, adding that China hoped it could be held within two months.

"Dialogue is a process. We cannot expect to solve in three days a problem that has built up over a decade," Wang told a press conference in the afternoon.

The current tension on the peninsula erupted last October, when the United States said the DPRK had acknowledged a uranium enrichment program. The DPRK withdrew from the Nuclear Non-Proliferation Treaty in January.

Beijing hosted three-party talks among China, the DPRK and the United States in April, which paved the way for this week's broader meeting. Chinese leaders have made intensive diplomatic efforts since early this year to bring the parties to the table.

Chinese Foreign Minister Li Zhaoxing met the heads of all six delegations on Thursday evening and urged them to show flexibility and patience.

Kim Yong Il, head of the DPRK delegation, told the plenary that Pyongyang wanted a non-aggression treaty with Washington and that the two sides should take "simultaneous actions." U.S. Assistant Secretary of State James Kelly, who is scheduled to leave Beijing on Saturday, described the talks as "useful."

Japanese delegation head Mitoji Yabunaka said Tokyo had also raised the issue of Japanese nationals abducted by the DPRK in the 1970s and 1980s.

Analysts in Beijing said the fact that all six parties sat at the same table was itself significant. "Nobody expected a breakthrough this week," said Zhang Liangui, a Korea expert at the Central Party School. "What matters is that the door remains open."
""", [
    ('Aug. 29', 'DATE', '2003-08-29'),
    ('three-day', 'DURATION', 'P3D'),
    ('Friday', 'DATE', '2003-08-29'),
    ('the near future', 'DATE', 'FUTURE_REF'),
    ('10:30 a.m.', 'TIME', '2003-08-29T10:30'),
    ('Wednesday', 'DATE', '2003-08-27'),
    ('Thursday', 'DATE', '2003-08-28'),
    ('the three days', 'DURATION', 'P3D'),
    ('two months', 'DURATION', 'P2M'),
    ('three days', 'DURATION', 'P3D'),
    ('a decade', 'DURATION', 'P10Y|P1DE'),
    ('the afternoon', 'DATE|TIME', '2003-08-29TAF'),
    ('last October', 'DATE', '2002-10'),
    ('January', 'DATE', '2003-01'),
    ('April', 'DATE', '2003-04'),
    ('this week', 'DATE', '2003-W35'),
    ('early this year', 'DATE', '2003'),
    ('Thursday evening', 'DATE|TIME', '2003-08-28TEV'),
    ('Saturday', 'DATE', '2003-08-30'),
    ('the 1970s', 'DATE', '197'),
    ('1980s', 'DATE', '198'),
    ('this week', 'DATE', '2003-W35'),
]),
# 5. Washington Post, Israel-Hezbollah cease-fire takes effect (2006)
('2006-08-14', 'auto', """Cease-Fire Takes Hold in Lebanon as Displaced Families Stream South

By Karen Holloway
Washington Post Foreign Service

BEIRUT, Aug. 14 -- A U.N.-brokered cease-fire between Israel and Hezbollah took effect at 8 a.m. Monday, halting 34 days of fighting that killed more than 1,000 Lebanese and about 160 Israelis. By 10 a.m., thousands of families had jammed the coastal highway south, mattresses strapped to the roofs of their cars.

The truce appeared largely to hold Monday, although the Israeli military said its troops killed several Hezbollah fighters who approached their positions in southern Lebanon in the early afternoon.

The U.N. Security Council unanimously approved Resolution 1701 on Friday night, and the Lebanese and Israeli cabinets accepted it over the weekend. Under its terms, 15,000 Lebanese soldiers are to deploy in the south alongside an expanded U.N. force, known as UNIFIL, which has patrolled the border area since 1978. Israel has said it will pull its troops out as the Lebanese army and international peacekeepers move in, a process that U.N. officials said could take weeks.

The war began July 12, when Hezbollah guerrillas crossed into Israel, killed three soldiers and captured two others. Israel's air and sea campaign destroyed bridges, roads and much of Beirut's southern suburbs and drove nearly a million Lebanese from their homes. Hezbollah fired nearly 4,000 rockets into northern Israel, at times more than 200 a day.

In the final 48 hours before the truce, Israel tripled its ground forces in Lebanon and pushed toward the Litani River, suffering some of its heaviest losses of the war.

Israeli Prime Minister Ehud Olmert told the Knesset on Monday that the fighting had "changed the strategic balance" in the north. Hezbollah leader Hassan Nasrallah, in a televised speech Monday evening, claimed a "strategic, historic victory" but said it was not the moment to discuss disarming his militia.

In Washington, President Bush, speaking at the State Department after meeting his national security team for nearly two hours, said Hezbollah had suffered a defeat. Secretary of State Condoleezza Rice is expected to return to the region later this month, aides said, and European Union foreign ministers will meet in Brussels on Friday to discuss troop contributions.

Lebanese Prime Minister Fouad Siniora said reconstruction would cost billions of dollars and take years.

On the road to Tyre, Fatima Hamdan, who had spent four weeks sleeping on the floor of a school in Beirut with her five children, said she did not know whether her house in Bint Jbeil was still standing.

"We are going home," she said. "If there is no home, we will sit on the stones."
""", [
    ('Aug. 14', 'DATE', '2006-08-14'),
    ('8 a.m. Monday', 'TIME', '2006-08-14T08:00'),
    ('34 days', 'DURATION', 'P34D'),
    ('10 a.m.', 'TIME', '2006-08-14T10:00'),
    ('Monday', 'DATE', '2006-08-14'),
    ('the early afternoon', 'DATE|TIME', '2006-08-14TAF'),
    ('Friday night', 'DATE|TIME', '2006-08-11TNI'),
    ('the weekend', 'DATE', '2006-W32-WE'),
    ('1978', 'DATE', '1978'),
    ('weeks', 'DURATION', 'PXW'),
    ('July 12', 'DATE', '2006-07-12'),
    ('a day', 'SET', 'P1D'),
    ('the final 48 hours', 'DURATION', 'PT48H'),
    ('Monday', 'DATE', '2006-08-14'),
    ('Monday evening', 'DATE|TIME', '2006-08-14TEV'),
    ('nearly two hours', 'DURATION', 'PT2H'),
    ('later this month', 'DATE', '2006-08'),
    ('Friday', 'DATE', '2006-08-18'),
    ('years', 'DURATION', 'PXY'),
    ('four weeks', 'DURATION', 'P4W'),
]),
# 6. The Times, narrative of the Russia-Georgia war (2008)
('2008-08-16', 'auto', """Eight days that shattered Georgia's dream

Nicholas Hartley, Gori

The Georgian guns opened fire on Tskhinvali at 11.35pm on Thursday, August 7. Only that evening President Saakashvili had gone on television to announce a unilateral ceasefire; by the time most Georgians went to bed, their army was shelling the capital of the breakaway region of South Ossetia.

By the next morning Russian armour was pouring through the Roki tunnel from North Ossetia, while in Beijing Vladimir Putin sat in the stands at the opening ceremony of the Olympic Games.

For two days the battle for Tskhinvali swung back and forth. On Sunday Georgian forces withdrew from the town, and the following day Russian troops crossed from Abkhazia into western Georgia, taking the military base at Senaki and the town of Zugdidi.

On Tuesday Dmitri Medvedev announced that Russia's operation was over. That evening President Sarkozy flew from Moscow to Tbilisi with a six-point peace plan. Yet the next day Russian tanks rolled into Gori, the birthplace of Stalin, 50 miles from the Georgian capital.

The town was still occupied last night. Russian soldiers manned checkpoints on the main road to Tbilisi and armoured columns moved freely through the surrounding villages. "I have lived here for 40 years and I have never been so afraid," said Nana Beridze, standing outside her apartment block, whose windows were blown out by a bomb last Saturday.

Yesterday in Tbilisi, Condoleezza Rice sat with Mr Saakashvili for five hours before he signed the ceasefire agreement, which commits both sides to return their forces to the positions they held before the fighting. Mr Medvedev is expected to sign it today. Western diplomats say that will mean little until Russian troops actually leave.

Nato foreign ministers will meet in Brussels on Tuesday to discuss the crisis. Georgia was promised eventual membership at the alliance's Bucharest summit in April, but that prospect now looks more remote than at any point since Mr Saakashvili came to power in January 2004 on the back of the Rose Revolution.

The conflict is an old one. South Ossetia broke away from Georgian control in a war in 1991-92 and Russian peacekeepers have been stationed there ever since. Tensions rose sharply this spring after Moscow stepped up its ties with the separatist authorities, and skirmishes along the boundary line intensified in early August.

Some 100,000 people have been driven from their homes. In Tbilisi, schools and kindergartens have been turned into shelters, and officials say many families will not be able to go home before the winter.
""", [
    ('Eight days', 'DURATION', 'P8D'),
    ('11.35pm on Thursday, August 7', 'TIME', '2008-08-07T23:35'),
    ('that evening', 'DATE|TIME', '2008-08-07TEV'),
    ('the next morning', 'DATE|TIME', '2008-08-08TMO'),
    ('two days', 'DURATION', 'P2D'),
    ('Sunday', 'DATE', '2008-08-10'),
    ('the following day', 'DATE', '2008-08-11'),
    ('Tuesday', 'DATE', '2008-08-12'),
    ('That evening', 'DATE|TIME', '2008-08-12TEV'),
    ('the next day', 'DATE', '2008-08-13'),
    ('last night', 'DATE|TIME', '2008-08-15TNI'),
    ('40 years', 'DURATION', 'P40Y'),
    ('last Saturday', 'DATE', '2008-08-09'),
    ('Yesterday', 'DATE', '2008-08-15'),
    ('five hours', 'DURATION', 'PT5H'),
    ('today', 'DATE', '2008-08-16'),
    ('Tuesday', 'DATE', '2008-08-19'),
    ('April', 'DATE', '2008-04'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('January 2004', 'DATE', '2004-01'),
    ('1991-92', 'DATE', '1991|1992'),
    ('this spring', 'DATE', '2008-SP'),
    ('early August', 'DATE', '2008-08'),
    ('the winter', 'DATE', '2008-WI'),
]),
# 7. Reuters, Libya declares ceasefire after U.N. no-fly vote (2011)
('2011-03-18', 'auto', """Libya declares ceasefire after U.N. vote, rebels sceptical

TRIPOLI, March 18 (Reuters) - Libya declared an immediate ceasefire on Friday after the U.N. Security Council voted on Thursday night to authorise military action, but rebels said government forces were still shelling the western city of Misrata.

Foreign Minister Moussa Koussa told reporters in Tripoli that the government would halt all military operations to protect civilians, in line with the U.N. resolution. He did not take questions.

"The shelling of Misrata continued until 3 p.m. They are lying," rebel spokesman Mustafa Gheriani said by telephone from Benghazi.

The resolution, passed by 10 votes to none with five abstentions including Russia and China, authorises "all necessary measures" short of a foreign occupation force and imposes a no-fly zone over Libya. It also tightens sanctions imposed last month, when the council slapped an arms embargo on the country and froze assets of Muammar Gaddafi and his family.

U.S. President Barack Obama said Gaddafi must halt his advance on Benghazi and pull his forces back from Ajdabiyah, Misrata and Zawiyah, or face military action. "These terms are not negotiable," Obama said at the White House at about 2 p.m. (1800 GMT).

Gaddafi had warned in a radio address on Thursday evening that his troops would come to Benghazi "tonight" and show no mercy to those who resisted.

British Prime Minister David Cameron told parliament that Tornado and Typhoon jets would move to bases from which they could enforce the no-fly zone "in the coming hours". French President Nicolas Sarkozy will host a summit of European, Arab and African leaders in Paris on Saturday to discuss the next steps, and NATO ambassadors were meeting on Friday afternoon in Brussels.

The uprising against Gaddafi, who has ruled Libya for 41 years, began in mid-February, inspired by the revolts that toppled the leaders of neighbouring Tunisia and Egypt. After a string of early rebel gains, government forces have pushed the rebels back more than 500 km (300 miles) over the past two weeks.

Oil prices fell more than $2 a barrel on news of the ceasefire before recovering. Brent crude had climbed to nearly $120 late last month as the fighting shut down most of Libya's oil exports.

In Benghazi, thousands of people gathered in the main square on Thursday night to celebrate the U.N. vote, firing weapons into the air and waving the red, black and green flag of the monarchy that Gaddafi overthrew in 1969.

But many rebels said they did not trust the ceasefire. "He has promised things before," said Ahmed al-Zuwai, a fighter at a checkpoint on the city's western edge. "We will believe it when his tanks go home."
""", [
    ('March 18', 'DATE', '2011-03-18'),
    ('Friday', 'DATE', '2011-03-18'),
    ('Thursday night', 'DATE|TIME', '2011-03-17TNI'),
    ('3 p.m.', 'TIME', '2011-03-18T15:00'),
    ('last month', 'DATE', '2011-02'),
    ('about 2 p.m.', 'TIME', '2011-03-18T14:00'),
    ('1800 GMT', 'TIME', '2011-03-18T18:00'),
    ('Thursday evening', 'DATE|TIME', '2011-03-17TEV'),
    ('tonight', 'DATE|TIME', '2011-03-17TNI'),
    ('the coming hours', 'DURATION', 'PXH'),
    ('Saturday', 'DATE', '2011-03-19'),
    ('Friday afternoon', 'DATE|TIME', '2011-03-18TAF'),
    ('41 years', 'DURATION', 'P41Y'),
    ('mid-February', 'DATE', '2011-02'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('late last month', 'DATE', '2011-02'),
    ('Thursday night', 'DATE|TIME', '2011-03-17TNI'),
    ('1969', 'DATE', '1969'),
]),
# 8. AP, Minsk cease-fire in eastern Ukraine (2014)
('2014-09-06', 'auto', """Ukraine cease-fire largely holds despite shelling near port city

DONETSK, Ukraine (AP) — A cease-fire between Ukrainian forces and pro-Russian separatists appeared to be largely holding Saturday, although both sides accused each other of violations and shelling was heard late Friday on the outskirts of the strategic port city of Mariupol.

The truce, signed by representatives of Ukraine, Russia, the rebels and the Organization for Security and Cooperation in Europe at talks in Minsk, Belarus, took effect at 6 p.m. Friday. It is the first cease-fire agreed by both sides since fighting erupted in April in eastern Ukraine, a conflict the United Nations says has killed nearly 2,600 people.

Ukrainian President Petro Poroshenko said he spoke with Russian President Vladimir Putin by telephone Saturday and that both agreed the cease-fire was generally being observed.

In Donetsk, the largest rebel-held city, residents ventured into the streets in numbers not seen for weeks. "It was quiet last night. That hasn't happened since July," said Svetlana Marchenko, a pensioner walking her dog near the city's central park.

In Mariupol, an Associated Press reporter heard artillery fire for about two hours after 10 p.m. Friday east of the city, near a Ukrainian checkpoint. The national guard said its positions had been shelled; the rebels said they had been fired upon first.

The 12-point protocol calls for an exchange of prisoners, the withdrawal of "illegal armed groups" and monitoring by the OSCE. Rebel leader Alexander Zakharchenko said prisoner swaps could begin as early as Sunday.

NATO leaders, meeting in Wales on Thursday and Friday, agreed to create a rapid reaction force that could deploy to Eastern Europe at short notice, and pledged to reverse years of cuts in defense spending.

The European Union, meanwhile, is preparing to adopt new sanctions against Russia next week targeting its oil and defense industries. EU ambassadors agreed on the package Friday night, but officials said it could be suspended if the truce holds.

Washington and Brussels first imposed sanctions in March after Russia annexed Crimea, and broadened them in July after a Malaysia Airlines jet was shot down over rebel-held territory, killing all 298 people on board.

Western governments and Kiev accuse Moscow of sending troops and heavy weapons across the border since late August, when the rebels launched a counteroffensive that reversed weeks of Ukrainian gains. Russia denies the charges.

Poroshenko, who took office in June, has faced criticism at home for agreeing to the deal. "A cease-fire is not peace," said a volunteer battalion commander in Kiev. "They will use this pause to regroup."
""", [
    ('Saturday', 'DATE', '2014-09-06'),
    ('late Friday', 'DATE', '2014-09-05'),
    ('6 p.m. Friday', 'TIME', '2014-09-05T18:00'),
    ('April', 'DATE', '2014-04'),
    ('Saturday', 'DATE', '2014-09-06'),
    ('weeks', 'DURATION', 'PXW'),
    ('last night', 'DATE|TIME', '2014-09-05TNI'),
    ('July', 'DATE', '2014-07'),
    ('about two hours', 'DURATION', 'PT2H'),
    ('10 p.m. Friday', 'TIME', '2014-09-05T22:00'),
    ('Sunday', 'DATE', '2014-09-07'),
    ('Thursday', 'DATE', '2014-09-04'),
    ('Friday', 'DATE', '2014-09-05'),
    ('years', 'DURATION', 'PXY'),
    ('next week', 'DATE', '2014-W37'),
    ('Friday night', 'DATE|TIME', '2014-09-05TNI'),
    ('March', 'DATE', '2014-03'),
    ('July', 'DATE', '2014-07'),
    ('late August', 'DATE', '2014-08'),
    ('weeks', 'DURATION', 'PXW'),
    ('June', 'DATE', '2014-06'),
]),
# 9. AFP, Aleppo evacuation deal collapses (2016)
('2016-12-14', 'auto', """Aleppo evacuation deal collapses as bombardment resumes

ALEPPO, Syria, Dec 14, 2016 (AFP) - A deal to evacuate civilians and rebels from Aleppo's last opposition-held districts collapsed on Wednesday as heavy shelling and air strikes resumed, dashing hopes of an end to years of fighting for Syria's second city.

The agreement, brokered by Russia and Turkey on Tuesday evening, was meant to see the first evacuees leave at 5:00 am (0300 GMT). But by midday no buses had moved, and an AFP correspondent in government-held west Aleppo heard intense bombardment from 10:30 am onwards.

Twenty green government buses waited for hours at a crossing point on the edge of the rebel enclave before turning back empty.

Each side blamed the other. A rebel official said pro-government militias had demanded that wounded people also be evacuated from two Shiite villages besieged by rebels in Idlib province. The Russian defence ministry said rebels had broken the truce by firing on army positions in the Bustan al-Qasr district.

Government forces launched their offensive on November 15 and have since retaken more than 90 percent of the area that rebels had held since mid-2012. Aid groups estimate that tens of thousands of civilians remain trapped in a pocket of barely five square kilometres (two square miles), where residents say there has been no functioning hospital for weeks.

On Tuesday night, as news of the deal spread, residents of the enclave posted farewell messages on social media. "This may be my last message," wrote one activist.

UN Secretary-General Ban Ki-moon, whose term ends on December 31, said he was alarmed by reports of atrocities, including summary executions of civilians by pro-regime forces. The UN human rights office said on Tuesday it had received reports that 82 civilians had been killed in their homes or in the street.

US Secretary of State John Kerry and his Russian counterpart Sergei Lavrov met in Paris on Saturday but failed to agree on a broader truce. A nationwide ceasefire brokered by Washington and Moscow in September collapsed after a week.

Turkish President Recep Tayyip Erdogan said he would speak to Russian President Vladimir Putin again on Wednesday evening. "We are trying to keep the door open," a Turkish official told AFP.

The International Committee of the Red Cross, which has teams waiting in the west of the city, said it was ready to help with the evacuation "as soon as the guns fall silent".

Syria's conflict has killed more than 310,000 people since it began in March 2011 with anti-government protests.
""", [
    ('Dec 14, 2016', 'DATE', '2016-12-14'),
    ('Wednesday', 'DATE', '2016-12-14'),
    ('years', 'DURATION', 'PXY'),
    ('Tuesday evening', 'DATE|TIME', '2016-12-13TEV'),
    ('5:00 am', 'TIME', '2016-12-14T05:00'),
    ('0300 GMT', 'TIME', '2016-12-14T03:00'),
    ('midday', 'TIME', '2016-12-14T12:00'),
    ('10:30 am', 'TIME', '2016-12-14T10:30'),
    ('hours', 'DURATION', 'PXH'),
    ('November 15', 'DATE', '2016-11-15'),
    ('mid-2012', 'DATE', '2012'),
    ('weeks', 'DURATION', 'PXW'),
    ('Tuesday night', 'DATE|TIME', '2016-12-13TNI'),
    ('December 31', 'DATE', '2016-12-31'),
    ('Tuesday', 'DATE', '2016-12-13'),
    ('Saturday', 'DATE', '2016-12-10'),
    ('September', 'DATE', '2016-09'),
    ('a week', 'DURATION', 'P1W'),
    ('Wednesday evening', 'DATE|TIME', '2016-12-14TEV'),
    ('March 2011', 'DATE', '2011-03'),
]),
# 10. Xinhua, DPRK-U.S. summit in Hanoi ends without agreement (2019)
('2019-02-28', 'auto', """DPRK-U.S. summit in Hanoi ends without agreement

HANOI, Feb. 28 (Xinhua) -- The second summit between Kim Jong Un, chairman of the State Affairs Commission of the Democratic People's Republic of Korea (DPRK), and U.S. President Donald Trump ended here on Thursday without a joint document, with Trump saying the two sides remained apart over sanctions.

The two leaders met at the Sofitel Legend Metropole hotel at 9 a.m. and held a one-on-one meeting of about 40 minutes, followed by an expanded session attended by senior aides. Three hours later, the White House announced that a working lunch and a signing ceremony scheduled for the early afternoon had been cancelled.

Speaking at a press conference at about 2:20 p.m., nearly two hours earlier than planned, Trump said the DPRK side had sought the lifting of sanctions in exchange for dismantling the Yongbyon nuclear complex, which Washington considered insufficient. "Sometimes you have to walk," he said, adding that the talks had been "very productive" and the atmosphere friendly.

U.S. Secretary of State Mike Pompeo, who stood beside Trump, said he hoped the negotiating teams would meet again in the coming weeks.

The two leaders arrived in Hanoi on Tuesday and held a 20-minute private conversation followed by a social dinner on Wednesday evening, their first meeting since the Singapore summit last June. The joint statement signed in Singapore committed the two countries to establishing new relations and to working toward the complete denuclearization of the Korean Peninsula.

Kim traveled to Vietnam by train, a journey of more than 60 hours from Pyongyang. He will pay an official goodwill visit to Vietnam on Friday and Saturday at the invitation of Vietnamese leader Nguyen Phu Trong, according to the Vietnamese foreign ministry. Trump left Hanoi for Washington in the afternoon.

In Beijing, Chinese Foreign Ministry spokesperson Lu Kang told a daily press briefing on Thursday that China hoped the DPRK and the United States would continue their dialogue and meet each other halfway. "The issue of the peninsula cannot be resolved overnight," Lu said.

Analysts noted that the DPRK has not conducted nuclear or missile tests since November 2017, and Trump told reporters that Kim had assured him the moratorium would continue.

Vietnam, which normalized relations with the United States in 1995, was announced as the host earlier this month. Vietnamese officials said more than 3,000 journalists had registered to cover the two-day event, which brought much of central Hanoi to a standstill.
""", [
    ('Feb. 28', 'DATE', '2019-02-28'),
    ('Thursday', 'DATE', '2019-02-28'),
    ('9 a.m.', 'TIME', '2019-02-28T09:00'),
    ('about 40 minutes', 'DURATION', 'PT40M'),
    ('Three hours later', 'TIME', '2019-02-28T12:00'),
    ('the early afternoon', 'DATE|TIME', '2019-02-28TAF'),
    ('about 2:20 p.m.', 'TIME', '2019-02-28T14:20'),
    ('nearly two hours', 'DURATION', 'PT2H'),
    ('the coming weeks', 'DURATION', 'PXW'),
    ('Tuesday', 'DATE', '2019-02-26'),
    ('20-minute', 'DURATION', 'PT20M'),
    ('Wednesday evening', 'DATE|TIME', '2019-02-27TEV'),
    ('last June', 'DATE', '2018-06'),
    ('more than 60 hours', 'DURATION', 'PT60H'),
    ('Friday', 'DATE', '2019-03-01'),
    ('Saturday', 'DATE', '2019-03-02'),
    ('the afternoon', 'DATE|TIME', '2019-02-28TAF'),
    ('daily', 'SET', 'P1D'),
    ('Thursday', 'DATE', '2019-02-28'),
    ('November 2017', 'DATE', '2017-11'),
    ('1995', 'DATE', '1995'),
    ('earlier this month', 'DATE', '2019-02'),
    ('two-day', 'DURATION', 'P2D'),
]),
# 11. Washington Post, allies weigh steps after U.S. ban on Russian oil (2022)
('2022-03-09', 'auto', """U.S. and allies weigh next steps after Biden bans Russian oil

By Rachel Moreno and Daniel Ashford

The Biden administration and its European allies on Wednesday began drawing up a fresh round of measures against Moscow, following President Biden's order banning imports of Russian oil, liquefied natural gas and coal into the United States.

Biden announced the ban in a 10-minute address at the White House on Tuesday morning, calling it a blow to "Putin's war machine." Under guidance issued by the Treasury Department, companies have 45 days to wind down existing contracts.

The United States imported about 672,000 barrels a day of Russian crude and petroleum products last year, less than a tenth of its total imports, making the ban far easier for Washington than for Europe. Britain said it would phase out Russian oil by the end of 2022, while the European Union, which relies on Russia for about 40 percent of its natural gas, unveiled a plan Tuesday to cut those purchases by two-thirds within a year.

EU leaders will gather in Versailles, France, on Thursday and Friday to discuss energy and defense. A senior administration official, who spoke on the condition of anonymity to describe private talks, said the White House was in contact with European capitals daily about further steps, including sanctions on more Russian banks.

In the two weeks since Russian troops crossed into Ukraine on Feb. 24, the Treasury has added hundreds of Russian individuals and entities to its sanctions list and cut major banks off from the dollar. Russia's central bank said Wednesday it would restrict foreign-currency withdrawals from bank accounts for six months, until Sept. 9.

Meanwhile, McDonald's, Starbucks and Coca-Cola said Tuesday they would suspend business in Russia, joining a growing list of Western companies pulling out.

At home, the ban is likely to push fuel prices higher still. The national average price of gasoline hit a record $4.17 a gallon on Tuesday, according to AAA, eclipsing the previous high set in July 2008.

In Ukraine, officials said a 12-hour cease-fire had been agreed around six besieged cities to allow civilians to leave through humanitarian corridors from 9 a.m. to 9 p.m. Wednesday. Earlier attempts collapsed within hours, and Ukrainian officials accused Russian forces of shelling evacuation routes.

Vice President Harris will travel to Poland and Romania this week to reassure NATO's eastern flank, where officials have grown anxious about the risk of the war spilling over the border.
""", [
    ('Wednesday', 'DATE', '2022-03-09'),
    ('10-minute', 'DURATION', 'PT10M'),
    ('Tuesday morning', 'DATE|TIME', '2022-03-08TMO'),
    ('45 days', 'DURATION', 'P45D'),
    ('a day', 'SET', 'P1D'),
    ('last year', 'DATE', '2021'),
    ('the end of 2022', 'DATE', '2022'),
    ('Tuesday', 'DATE', '2022-03-08'),
    ('a year', 'DURATION', 'P1Y'),
    ('Thursday', 'DATE', '2022-03-10'),
    ('Friday', 'DATE', '2022-03-11'),
    ('daily', 'SET', 'P1D'),
    ('the two weeks', 'DURATION', 'P2W'),
    ('Feb. 24', 'DATE', '2022-02-24'),
    ('Wednesday', 'DATE', '2022-03-09'),
    ('six months', 'DURATION', 'P6M'),
    ('Sept. 9', 'DATE', '2022-09-09'),
    ('Tuesday', 'DATE', '2022-03-08'),
    ('Tuesday', 'DATE', '2022-03-08'),
    ('July 2008', 'DATE', '2008-07'),
    ('12-hour', 'DURATION', 'PT12H'),
    ('9 a.m.', 'TIME', '2022-03-09T09:00'),
    ('9 p.m. Wednesday', 'TIME', '2022-03-09T21:00'),
    ('hours', 'DURATION', 'PXH'),
    ('this week', 'DATE', '2022-W10'),
]),
# 12. The Times, Israel delays cabinet vote on Gaza ceasefire (2025)
('2025-01-16', 'auto', """Israel delays vote on Gaza truce as last-minute row erupts

Hannah Lowell, Jerusalem

Israel postponed a cabinet vote on the Gaza ceasefire deal today, accusing Hamas of reneging on parts of an agreement that was announced in Doha last night after 15 months of war.

Binyamin Netanyahu's office said the cabinet would not convene "until the mediators notify Israel that Hamas has accepted all elements of the agreement". Hamas said it remained committed to the deal.

The announcement was made at about 8.30pm by Sheikh Mohammed bin Abdulrahman al-Thani, the Qatari prime minister, after weeks of negotiations in which envoys from both the outgoing and incoming American administrations took part.

Under its terms the truce is due to take effect on Sunday. Its first phase will last six weeks, during which 33 Israeli hostages, among them women, children, the elderly and the sick, are to be freed in exchange for hundreds of Palestinian prisoners. Israeli troops would pull back from populated areas of Gaza and aid lorries would be allowed in at a rate of 600 a day. Talks on a second phase, meant to bring the remaining hostages home and end the war, are to begin before the first is over.

The civil defence agency in Gaza said this morning that Israeli airstrikes had killed more than 80 people since the deal was announced. The territory's health ministry says more than 46,000 Palestinians have been killed since the war began on October 7, 2023, when Hamas-led gunmen killed about 1,200 people in southern Israel and took 251 hostages.

The outline of the agreement is broadly the one put forward by President Biden in May, and talks have stalled repeatedly since. A week-long truce in November 2023 saw 105 hostages released but collapsed in acrimony.

Biden, who leaves office on Monday, claimed credit yesterday. So did Donald Trump, whose Middle East envoy, Steve Witkoff, flew to Doha last week and met Mr Netanyahu in Jerusalem on Saturday, reportedly pressing him to accept the deal before the inauguration.

Itamar Ben-Gvir, the far-right national security minister, threatened to quit the government if the cabinet approves the agreement, though his departure alone would not bring down the coalition.

In Tel Aviv, families of hostages, who have held rallies in the city every Saturday night for more than a year, urged ministers to vote without delay. "We have waited 467 days," said Yael Cohen, whose brother was taken from Kibbutz Nir Oz.

Sir Keir Starmer said the deal was "long overdue" and urged both sides to carry it out in full.
""", [
    ('today', 'DATE', '2025-01-16'),
    ('last night', 'DATE|TIME', '2025-01-15TNI'),
    ('15 months', 'DURATION', 'P15M'),
    ('about 8.30pm', 'TIME', '2025-01-15T20:30'),
    ('weeks', 'DURATION', 'PXW'),
    ('Sunday', 'DATE', '2025-01-19'),
    ('six weeks', 'DURATION', 'P6W'),
    ('a day', 'SET', 'P1D'),
    ('this morning', 'DATE|TIME', '2025-01-16TMO'),
    ('October 7, 2023', 'DATE', '2023-10-07'),
    ('May', 'DATE', '2024-05'),
    ('week-long', 'DURATION', 'P1W'),
    ('November 2023', 'DATE', '2023-11'),
    ('Monday', 'DATE', '2025-01-20'),
    ('yesterday', 'DATE', '2025-01-15'),
    ('last week', 'DATE', '2025-W02'),
    ('Saturday', 'DATE', '2025-01-11'),
    ('every Saturday night', 'SET', 'XXXX-WXX-6TNI'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('467 days', 'DURATION', 'P467D'),
]),
]
