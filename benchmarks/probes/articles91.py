# Gold TIMEX3 probe set 91: international affairs news (summits, conflicts, diplomacy, elections abroad, trade) in AP, Reuters, AFP, Xinhua, Guardian, DW and France 24 styles, DCTs 1996-2024, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, Middle East anti-terror summit at Sharm el-Sheikh (1996)
('1996-03-14', 'auto', """Leaders Vow United Front Against Terror at Red Sea Summit

SHARM EL-SHEIKH, Egypt (AP) — Leaders of 29 nations ended an extraordinary summit at this Red Sea resort Wednesday night with a pledge to hunt down the Islamic militants whose suicide bombings have killed 59 people in Israel in the past two weeks.

The gathering, put together in less than a week by Egyptian President Hosni Mubarak and President Clinton, brought Arab, Israeli and Western leaders around one table for about five hours of speeches and closed-door talks.

"We say to the killers: You will not prevail," Clinton said at the closing news conference. He flew on to Israel on Thursday morning for talks with Prime Minister Shimon Peres and was to visit the site of one of the bombings.

Mubarak, opening the session at about 11 a.m., called the attacks "a crime against all of us" and said the peace process launched in Madrid in 1991 must not become their victim.

The bombings began Feb. 25, when a bomber blew up a commuter bus in Jerusalem, and continued for more than a week. The deadliest came March 4 outside a crowded Tel Aviv shopping center.

Israel has sealed off the West Bank and Gaza Strip since Feb. 25, keeping tens of thousands of Palestinian laborers from their jobs. Palestinian leader Yasser Arafat, whose police have rounded up hundreds of suspected Hamas activists in recent days, told the summit his Palestinian Authority would "not allow the enemies of peace to destroy what we have built."

Peres, who faces an election on May 29, has come under fierce pressure at home since the attacks. Polls published this week show his once-comfortable lead over Likud leader Benjamin Netanyahu has all but vanished.

"We have waited for decades to hear Arab leaders condemn terror in one voice," Peres told reporters after the meeting.

Syria and Lebanon stayed away. Syrian President Hafez Assad, whose peace talks with Israel were suspended earlier this month, turned down the invitation, saying the summit should also address the Israeli occupation of Arab land.

Participants agreed to set up a working group of experts that will meet in Washington within 30 days to coordinate intelligence and cut off funding for militant groups. The group is to report back to governments before the end of the year.

Clinton, who has made the peace process a centerpiece of his foreign policy ahead of his own re-election bid in November, is due back in Washington late Friday.
""", [
    ('Wednesday night', 'DATE|TIME', '1996-03-13TNI'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('less than a week', 'DURATION', 'P1W'),
    ('about five hours', 'DURATION', 'PT5H'),
    ('Thursday morning', 'DATE|TIME', '1996-03-14TMO'),
    ('about 11 a.m.', 'TIME', '1996-03-13T11:00'),
    ('1991', 'DATE', '1991'),
    ('Feb. 25', 'DATE', '1996-02-25'),
    ('more than a week', 'DURATION', 'P1W'),
    ('March 4', 'DATE', '1996-03-04'),
    ('Feb. 25', 'DATE', '1996-02-25'),
    ('recent days', 'DATE|DURATION', 'PAST_REF|PXD'),
    ('May 29', 'DATE', '1996-05-29'),
    ('this week', 'DATE', '1996-W11'),
    ('decades', 'DURATION', 'PXY'),
    ('earlier this month', 'DATE', '1996-03'),
    ('30 days', 'DURATION', 'P30D'),
    ('the end of the year', 'DATE', '1996'),
    ('November', 'DATE', '1996-11'),
    ('late Friday', 'DATE', '1996-03-15'),
]),
# 2. Reuters, APEC summit in Kuala Lumpur, trade (1998)
('1998-11-19', 'auto', """APEC summit ends with tariff plan shunted to WTO

KUALA LUMPUR, Nov 19 (Reuters) - Asia-Pacific leaders left Kuala Lumpur on Thursday with little to show for two days of talks, after Japan's refusal to open its fish and timber markets forced them to hand a stalled tariff-cutting plan to the World Trade Organisation.

The Asia-Pacific Economic Cooperation (APEC) forum had hoped to seal a deal on cutting tariffs in nine sectors, from chemicals to medical equipment, by the end of this year.

Instead, a communique issued late Wednesday said the package would be passed to Geneva, where WTO members are expected to take it up early next year.

"We have lost a year, maybe more," said one Western trade official who asked not to be named. "Tokyo simply would not move on fisheries and forestry."

Japan, mired in its worst recession since World War Two, argued that its farmers and fishermen could not withstand further market opening while the economy was shrinking.

The summit was also overshadowed by a row over remarks by U.S. Vice President Al Gore, who told a business dinner on Monday night that Washington supported the "brave people of Malaysia" calling for democracy and reform.

Malaysian officials called the speech an insult. The reform movement sprang up after Prime Minister Mahathir Mohamad sacked his deputy, Anwar Ibrahim, in September. Anwar is now on trial on charges of corruption and sexual misconduct, which he denies.

Gore, who stood in for President Bill Clinton, left Malaysia on Tuesday, skipping the leaders' closing session.

Leaders pledged to work together to help the region recover from a financial crisis that began with the devaluation of the Thai baht in July 1997 and has since spread as far as Russia and Brazil.

APEC economies are expected to grow by about 1.5 percent this year, down from more than 4 percent in 1997, according to forecasts presented to the meeting. Officials said they expected a modest recovery in 1999, provided Japan acts quickly to clean up its banks.

Chinese President Jiang Zemin did not attend, sending Vice President Hu Jintao in his place. It was the first APEC leaders' meeting Jiang has missed since the gatherings began in 1993.

New Zealand, which hosts next year's meeting in Auckland in September, said it would spend the coming months trying to rebuild support for the tariff package among reluctant members.

"It is a setback, not a defeat," New Zealand Trade Minister Lockwood Smith told Reuters. "We have a year to get this back on track, and we intend to use it."
""", [
    ('Nov 19', 'DATE', '1998-11-19'),
    ('Thursday', 'DATE', '1998-11-19'),
    ('two days', 'DURATION', 'P2D'),
    ('the end of this year', 'DATE', '1998'),
    ('late Wednesday', 'DATE', '1998-11-18'),
    ('early next year', 'DATE', '1999'),
    ('a year', 'DURATION', 'P1Y'),
    ('Monday night', 'DATE|TIME', '1998-11-16TNI'),
    ('September', 'DATE', '1998-09'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Tuesday', 'DATE', '1998-11-17'),
    ('July 1997', 'DATE', '1997-07'),
    ('this year', 'DATE', '1998'),
    ('1997', 'DATE', '1997'),
    ('1999', 'DATE', '1999'),
    ('1993', 'DATE', '1993'),
    ('next year', 'DATE', '1999'),
    ('September', 'DATE', '1999-09'),
    ('the coming months', 'DATE|DURATION', 'FUTURE_REF|PXM'),
    ('a year', 'DURATION', 'P1Y'),
]),
# 3. AFP, Macedonia ceasefire and NATO diplomacy (2001)
('2001-07-06', 'auto', """Macedonia truce holds as envoys push for political deal

SKOPJE, July 6 (AFP) - A NATO-brokered ceasefire between Macedonian security forces and ethnic Albanian rebels held through Thursday night, officials said Friday, raising hopes that stalled political talks could resume as early as next week.

The truce came into force early Thursday after four days of shuttle diplomacy by NATO envoy Pieter Feith, who met rebel commanders in the hills above the northwestern city of Tetovo.

"Apart from some sporadic shooting near Tetovo at around 10:00 pm, the front line was quiet," army spokesman Blagoja Markovski told AFP.

The rebels of the self-styled National Liberation Army (NLA), who took up arms in February, say they are fighting for greater rights for the ethnic Albanian minority, which makes up about a third of Macedonia's two million people. The government calls them terrorists.

The conflict, the most serious in the Balkans since the 1999 Kosovo war, has killed dozens of people and driven more than 80,000 from their homes over the past five months.

Talks between the main Macedonian and Albanian political parties have been suspended since late June, when crowds angered by a deal allowing rebels to leave the besieged village of Aracinovo stormed parliament.

The European Union's new special envoy, former French defence minister Francois Leotard, and US envoy James Pardew began consultations with party leaders in Skopje on Friday morning.

"We have given ourselves ten days to find the outline of an agreement," Leotard told reporters. "Nobody can afford to wait much longer."

NATO has said it will deploy around 3,000 troops to collect rebel weapons, but only once a political agreement is signed and the ceasefire is respected. The mission, dubbed Operation Essential Harvest, would last no more than 30 days.

NATO Secretary General George Robertson is due in Skopje next Tuesday, alliance officials in Brussels said.

Macedonian President Boris Trajkovski, who has repeatedly urged the West to help defeat the rebels, welcomed the ceasefire in a televised address on Thursday evening but warned that the army would respond "to every provocation".

Ethnic Albanian leaders said the truce would hold only if the government made real concessions on language rights and on the share of Albanians in the police.

Diplomats said the coming days would be decisive. "If we do not have a framework by the end of the month, the ceasefire will not survive the summer," said one Western diplomat in Skopje.
""", [
    ('July 6', 'DATE', '2001-07-06'),
    ('Thursday night', 'DATE|TIME', '2001-07-05TNI'),
    ('Friday', 'DATE', '2001-07-06'),
    ('next week', 'DATE', '2001-W28'),
    ('early Thursday', 'DATE', '2001-07-05'),
    ('four days', 'DURATION', 'P4D'),
    ('around 10:00 pm', 'TIME', '2001-07-05T22:00'),
    ('February', 'DATE', '2001-02'),
    ('1999', 'DATE', '1999'),
    ('the past five months', 'DURATION', 'P5M'),
    ('late June', 'DATE', '2001-06'),
    ('Friday morning', 'DATE|TIME', '2001-07-06TMO'),
    ('ten days', 'DURATION', 'P10D'),
    ('no more than 30 days', 'DURATION', 'P30D'),
    ('next Tuesday', 'DATE', '2001-07-10'),
    ('Thursday evening', 'DATE|TIME', '2001-07-05TEV'),
    ('the coming days', 'DATE|DURATION', 'FUTURE_REF|PXD'),
    ('the end of the month', 'DATE', '2001-07'),
    ('the summer', 'DATE', '2001-SU'),
]),
# 4. Xinhua, China-ASEAN goods trade agreement in Vientiane (2004)
('2004-11-30', 'auto', """China, ASEAN sign goods trade agreement, eye free trade area by 2010

VIENTIANE, Nov. 30 (Xinhua) -- China and the Association of Southeast Asian Nations (ASEAN) signed an agreement on trade in goods here on Monday, taking a key step toward building the world's largest free trade area by 2010, officials said Tuesday.

The agreement was signed by Chinese Commerce Minister Bo Xilai and economic ministers of the ten ASEAN member countries in the presence of Chinese Premier Wen Jiabao and ASEAN leaders, who are attending a series of summits in the Lao capital.

Under the agreement, the two sides will start to reduce tariffs on some 7,000 products from July 2005. The six original ASEAN members and China will eliminate tariffs on most goods by 2010, while the newer members, Cambodia, Laos, Myanmar and Vietnam, will have until 2015 to do so.

Addressing the eighth summit between China and ASEAN on Monday afternoon, Wen said the agreement would "inject new vigor" into economic and trade cooperation and bring tangible benefits to the nearly 2 billion people of the region.

"Since the framework agreement was signed in Phnom Penh two years ago, our cooperation has entered a fast lane," Wen said.

Trade between China and ASEAN reached 78.2 billion U.S. dollars in 2003, up 42.8 percent from a year earlier, and is expected to exceed 100 billion dollars this year, according to Chinese statistics.

The "early harvest" program, under which tariffs on more than 500 farm products began to fall on Jan. 1, has already boosted trade in fruit and vegetables, officials said.

Negotiators will now turn to trade in services and investment. Bo told reporters he hoped talks on services could be concluded by the end of next year.

Wen arrived in Vientiane on Sunday for a four-day official visit to Laos, during which he will also hold talks with Lao leaders on hydropower, road building and mineral exploration.

ASEAN leaders were to meet their counterparts from China, Japan and the Republic of Korea later Tuesday before the summit closes in the evening with the signing of a joint declaration.

Lao Prime Minister Bounnhang Vorachith, who chairs ASEAN this year, said the signing of the goods agreement marked "a milestone" in regional integration and showed that East Asian countries could settle differences through consultation.

Analysts said the deal would also help ease concerns in Southeast Asia that China's rapid growth would draw foreign investment away from ASEAN economies.

The next ASEAN summit will be held in Kuala Lumpur in December 2005.
""", [
    ('2010', 'DATE', '2010'),
    ('Nov. 30', 'DATE', '2004-11-30'),
    ('Monday', 'DATE', '2004-11-29'),
    ('2010', 'DATE', '2010'),
    ('Tuesday', 'DATE', '2004-11-30'),
    ('July 2005', 'DATE', '2005-07'),
    ('2010', 'DATE', '2010'),
    ('2015', 'DATE', '2015'),
    ('Monday afternoon', 'DATE|TIME', '2004-11-29TAF'),
    ('two years ago', 'DATE', '2002'),
    ('2003', 'DATE', '2003'),
    ('a year earlier', 'DATE', '2002'),
    ('this year', 'DATE', '2004'),
    ('Jan. 1', 'DATE', '2004-01-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the end of next year', 'DATE', '2005'),
    ('Sunday', 'DATE', '2004-11-28'),
    ('four-day', 'DURATION', 'P4D'),
    ('later Tuesday', 'DATE', '2004-11-30'),
    ('the evening', 'DATE|TIME', '2004-11-30TEV'),
    ('this year', 'DATE', '2004'),
    ('December 2005', 'DATE', '2005-12'),
]),
# 5. Guardian, narrative reconstruction of the Lebanon ceasefire diplomacy (2006)
('2006-10-12', 'auto', """Inside the 34 days: how the diplomats stumbled towards a Lebanon ceasefire

Helen Marsh in Beirut

Now that the guns have fallen silent in southern Lebanon, the diplomats who negotiated the UN resolution that ended the war are beginning to talk openly about how close the process came to collapse.

The war began on the morning of July 12, when Hezbollah fighters crossed the border, killed three Israeli soldiers and seized two others. Within hours Israel had launched air strikes across the south and imposed a naval blockade on the country.

European governments pressed for an immediate halt to the fighting. Washington did not. The US secretary of state, Condoleezza Rice, told reporters on July 21 that the violence represented "the birth pangs of a new Middle East", a phrase that infuriated Arab governments.

The first serious attempt at a deal came at a conference of foreign ministers in Rome on July 26. It broke up after five hours without a call for an immediate ceasefire, a result one European participant still describes as "a disgrace".

Four days later, an Israeli air strike on a building in the village of Qana killed 28 people, many of them children. That evening, Lebanon's prime minister, Fouad Siniora, told Rice that she was no longer welcome in Beirut.

"That was the moment we understood the Americans could not keep saying 'not yet'," said a French official who took part in the talks.

Negotiations at the UN in New York dragged on for almost two weeks, as French and American diplomats argued over the size of a new international force and the timing of an Israeli withdrawal.

The breakthrough came on Friday August 11, when the security council voted 15-0 for resolution 1701. The ceasefire took effect at 8am on Monday August 14. In the 34 days of fighting, about 1,200 people were killed in Lebanon, most of them civilians, and 158 Israelis died.

Today, the expanded UN force in the south numbers more than 5,000 troops, and more are arriving every week. Israel completed most of its withdrawal on October 1, leaving the Lebanese army in control of the border for the first time in decades.

But the diplomats' relief is tempered. Israeli jets still fly over Lebanon daily, and Hezbollah has not been disarmed. Last week, Siniora's government asked the UN to press Israel to end the flights.

Kofi Annan, whose second term as UN secretary general ends in December, has said he wants the fate of the two captured soldiers resolved before he leaves.

"For two days in August we thought we had failed," the French official said. "Nobody wants to go through that again."
""", [
    ('34 days', 'DURATION', 'P34D'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('the morning of July 12', 'DATE|TIME', '2006-07-12TMO'),
    ('hours', 'DURATION', 'PTXH'),
    ('July 21', 'DATE', '2006-07-21'),
    ('July 26', 'DATE', '2006-07-26'),
    ('five hours', 'DURATION', 'PT5H'),
    ('Four days later', 'DATE', '2006-07-30'),
    ('That evening', 'DATE|TIME', '2006-07-30TEV'),
    ('almost two weeks', 'DURATION', 'P2W'),
    ('Friday August 11', 'DATE', '2006-08-11'),
    ('8am on Monday August 14', 'TIME', '2006-08-14T08:00'),
    ('34 days', 'DURATION', 'P34D'),
    ('Today', 'DATE', '2006-10-12|PRESENT_REF'),
    ('every week', 'SET', 'P1W'),
    ('October 1', 'DATE', '2006-10-01'),
    ('decades', 'DURATION', 'PXY'),
    ('daily', 'SET', 'P1D'),
    ('Last week', 'DATE', '2006-W40'),
    ('December', 'DATE', '2006-12'),
    ('two days', 'DURATION', 'P2D'),
    ('August', 'DATE', '2006-08'),
]),
# 6. DW, Russia-Ukraine gas dispute and EU monitoring deal (2009)
('2009-01-09', 'auto', """EU pushes monitoring deal as Europe shivers without Russian gas

The European Union said on Friday it was close to a deal to send observers to Ukraine and Russia to monitor gas flows, in a bid to end a price dispute that has left hundreds of thousands of Europeans without heating in freezing temperatures.

Czech Prime Minister Mirek Topolanek, whose country took over the EU's rotating presidency on January 1, said he hoped the monitoring mission could start work within 24 hours of a signed agreement. "Gas must start flowing again this weekend," he told reporters in Prague.

Russia's state-owned energy giant Gazprom halted all deliveries to Europe via Ukraine on Wednesday, accusing Kyiv of siphoning off gas meant for European customers. Ukraine denies the charge and says Moscow is trying to blackmail it.

The row began on New Year's Day, when Gazprom cut supplies for Ukraine's own use after the two sides failed to agree on a price for 2009 or on how much Kyiv still owed for deliveries in November and December.

Southeastern Europe has been hit hardest. Bulgaria, which depends almost entirely on Russian gas piped through Ukraine, has closed hundreds of schools since Wednesday, while Slovakia declared a state of emergency earlier this week.

Germany is better prepared. The country receives about a third of its gas imports from Russia, but officials in Berlin say storage facilities hold enough to last several weeks. Chancellor Angela Merkel spoke by telephone with Russian Prime Minister Vladimir Putin and Ukrainian President Viktor Yushchenko on Thursday evening, urging both sides to compromise, a government spokesman said.

German industry is nonetheless watching nervously. "If this drags on into February, we will have a real problem," said an energy analyst at a Frankfurt bank.

It is the second time in three years that a price row between Moscow and Kyiv has hit European supplies. In January 2006, a shorter dispute cut deliveries to several countries for several days.

Gazprom chief executive Alexei Miller said talks with Ukraine's Naftogaz could resume as early as Saturday. EU energy ministers are due to hold an emergency meeting in Brussels on Monday to discuss ways of sharing reserves.

Critics say Europe has failed to learn the lessons of recent years. "We have talked about diversifying our supplies for a decade and done almost nothing," said a Green member of the European Parliament. "Now the bill is arriving."
""", [
    ('Friday', 'DATE', '2009-01-09'),
    ('January 1', 'DATE', '2009-01-01'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('this weekend', 'DATE', '2009-W02-WE'),
    ('Wednesday', 'DATE', '2009-01-07'),
    ("New Year's Day", 'DATE', '2009-01-01'),
    ('2009', 'DATE', '2009'),
    ('November', 'DATE', '2008-11'),
    ('December', 'DATE', '2008-12'),
    ('Wednesday', 'DATE', '2009-01-07'),
    ('earlier this week', 'DATE', '2009-W02'),
    ('several weeks', 'DURATION', 'PXW'),
    ('Thursday evening', 'DATE|TIME', '2009-01-08TEV'),
    ('February', 'DATE', '2009-02'),
    ('three years', 'DURATION', 'P3Y'),
    ('January 2006', 'DATE', '2006-01'),
    ('several days', 'DURATION', 'PXD'),
    ('Saturday', 'DATE', '2009-01-10'),
    ('Monday', 'DATE', '2009-01-12'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('a decade', 'DURATION', 'P10Y|P1DE'),
    ('Now', 'DATE', 'PRESENT_REF'),
]),
# 7. France 24, ECOWAS summit on the Mali and Guinea-Bissau coups (2012)
('2012-04-27', 'auto', """West African leaders set 12-month transition for Mali, Guinea-Bissau

West African leaders agreed at an emergency summit in Abidjan on Thursday to send troops to Mali and Guinea-Bissau and gave both countries a year to organise elections, in a bid to restore constitutional order after military coups in the two nations.

The Economic Community of West African States (ECOWAS) said interim authorities in both countries should remain in place for 12 months, during which presidential elections must be held.

In Mali, soldiers angered by the government's handling of a Tuareg rebellion in the north overthrew President Amadou Toumani Touré on March 22, just five weeks before a presidential election scheduled for April 29.

In the chaos that followed, Tuareg separatists and Islamist fighters seized the north's main towns, and the rebels declared an independent state early this month.

Under a deal brokered by ECOWAS, the junta handed power to parliament speaker Dioncounda Traoré, who was sworn in as interim president on April 12. Mali's constitution limits an interim presidency to 40 days, a period the regional bloc has now extended.

Junta leader Captain Amadou Sanogo on Friday rejected both the extension and the planned deployment. "We will not accept a single foreign soldier on Malian soil," he told state television ORTM. He said Traoré should step down when the 40 days expire, on May 22.

In Guinea-Bissau, soldiers arrested interim President Raimundo Pereira and former prime minister Carlos Gomes Júnior on the night of April 12, less than three weeks before a presidential run-off that Gomes Júnior had been expected to win. The small coastal country has seen a string of coups and mutinies since independence from Portugal in 1974.

Ivorian President Alassane Ouattara, who currently chairs ECOWAS, said the bloc would "not tolerate" further delays. ECOWAS mediators, led by Burkina Faso's President Blaise Compaoré, are expected in Bamako on Monday.

Since January, more than 200,000 people have fled the fighting in northern Mali, according to UN figures, many of them to neighbouring Mauritania, Burkina Faso and Niger, where aid agencies are already struggling with a severe food crisis.

The regional bloc says it has around 3,000 troops on standby but has given no timetable for their deployment, and diplomats acknowledge that financing and logistics remain unresolved.

"The next few weeks will be decisive," a West African diplomat in Abidjan told FRANCE 24. "If the junta keeps blocking the transition, sanctions will follow."
""", [
    ('12-month', 'DURATION', 'P12M'),
    ('Thursday', 'DATE', '2012-04-26'),
    ('a year', 'DURATION', 'P1Y'),
    ('12 months', 'DURATION', 'P12M'),
    ('March 22', 'DATE', '2012-03-22'),
    ('five weeks', 'DURATION', 'P5W'),
    ('April 29', 'DATE', '2012-04-29'),
    ('early this month', 'DATE', '2012-04'),
    ('April 12', 'DATE', '2012-04-12'),
    ('40 days', 'DURATION', 'P40D'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Friday', 'DATE', '2012-04-27'),
    ('40 days', 'DURATION', 'P40D'),
    ('May 22', 'DATE', '2012-05-22'),
    ('the night of April 12', 'DATE|TIME', '2012-04-12TNI'),
    ('less than three weeks', 'DURATION', 'P3W'),
    ('1974', 'DATE', '1974'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '2012-04-30'),
    ('January', 'DATE', '2012-01'),
    ('The next few weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
]),
# 8. AP, Scottish independence referendum polling day (2014)
('2014-09-18', 'auto', """Scots vote on independence as tense campaign ends

EDINBURGH, Scotland (AP) — Scots streamed into polling stations Thursday to decide whether to end a union with England that dates back to 1707, a choice that could break up the United Kingdom and force Britain to rethink its place in the world.

Polls opened at 7 a.m. and close at 10 p.m. (2100 GMT), with a final result expected early Friday. Nearly 4.3 million people — about 97 percent of those eligible — registered to vote, a record for any British election or referendum. Voters as young as 16 were allowed to cast ballots.

Opinion polls published this week showed the "No" side with a narrow lead, a gap that shrank sharply earlier this month when one survey put the "Yes" campaign ahead for the first time.

"This is our opportunity," First Minister Alex Salmond said after voting in his Aberdeenshire constituency. "Scotland's future is in Scotland's hands."

British Prime Minister David Cameron, who made an emotional plea in Aberdeen on Monday for Scots not to break up "our family of nations," was in London and was not expected to comment before the result.

If Scotland votes yes, the Scottish government plans to negotiate independence over 18 months, with a target date of March 2016. The three main British parties, meanwhile, have promised the Scottish Parliament more powers over taxes and welfare if Scotland stays, with draft legislation to be published by January.

The referendum was agreed in October 2012 after years of pressure from Salmond's Scottish National Party, which won an outright majority in the Edinburgh parliament in 2011.

Turnout is expected to exceed 80 percent, far higher than the 65 percent recorded in the 2010 British general election.

Financial markets have been jittery. The pound, which fell sharply last week after the "Yes" campaign's surge in the polls, edged higher Thursday as traders bet on a "No" vote.

Outside a polling station in Glasgow's East End, a 68-year-old retired shipyard worker, Jim McBride, said he had voted yes. "I voted for my grandchildren," he said.

Down the road, Margaret Kerr, 54, said she had voted no. "It's too big a risk," she said. "Nobody can tell us what currency we'd be using next year."

Counting will take place at 32 centers across the country, with the first local results expected around 2 a.m. Friday.
""", [
    ('Thursday', 'DATE', '2014-09-18'),
    ('1707', 'DATE', '1707'),
    ('7 a.m.', 'TIME', '2014-09-18T07:00'),
    ('10 p.m.', 'TIME', '2014-09-18T22:00'),
    ('2100 GMT', 'TIME', '2014-09-18T21:00'),
    ('early Friday', 'DATE', '2014-09-19'),
    ('this week', 'DATE', '2014-W38'),
    ('earlier this month', 'DATE', '2014-09'),
    ('Monday', 'DATE', '2014-09-15'),
    ('18 months', 'DURATION', 'P18M'),
    ('March 2016', 'DATE', '2016-03'),
    ('January', 'DATE', '2015-01'),
    ('October 2012', 'DATE', '2012-10'),
    ('years', 'DURATION', 'PXY'),
    ('2011', 'DATE', '2011'),
    ('2010', 'DATE', '2010'),
    ('last week', 'DATE', '2014-W37'),
    ('Thursday', 'DATE', '2014-09-18'),
    ('next year', 'DATE', '2015'),
    ('around 2 a.m. Friday', 'TIME', '2014-09-19T02:00'),
]),
# 9. Reuters, Italian constitutional referendum and Austrian presidential election (2016)
('2016-12-05', 'auto', """Italy's Renzi to resign after crushing referendum defeat

ROME, Dec 5 (Reuters) - Italian Prime Minister Matteo Renzi will hand in his resignation on Monday afternoon after voters overwhelmingly rejected his plan to overhaul the constitution, plunging the euro zone's third-largest economy into political uncertainty.

With almost all ballots counted, the "No" camp had won 59 percent of Sunday's vote, on a turnout of nearly 70 percent.

"I lost, and I say it loud and clear," a visibly emotional Renzi told reporters at around midnight in Rome, accepting full responsibility for the defeat.

Renzi, who took office in February 2014 at the age of 39, had staked his career on the reform, which would have reduced the powers of the Senate and clawed back authority from the regions.

President Sergio Mattarella is expected to ask him to stay on until parliament approves the 2017 budget, which could happen as early as this week. Mattarella will then have to decide whether to appoint a caretaker government or call early elections. The next national election is not due until early 2018.

Possible successors include Finance Minister Pier Carlo Padoan and Senate speaker Pietro Grasso, political sources said.

The anti-establishment 5-Star Movement, which has led some opinion polls in recent months, called for a vote as soon as possible. "Italians must be allowed to choose a new government within weeks, not years," 5-Star lawmaker Luigi Di Maio said.

The euro briefly fell to its lowest level against the dollar since March 2015 in Asian trading, before recovering. Italian bank shares fell as much as 4 percent in early trading in Milan.

Investors are particularly worried about Monte dei Paschi di Siena, Italy's third-largest lender, which must raise 5 billion euros from private investors by the end of the year to avoid being wound down.

In Austria, where a presidential election was also held on Sunday, former Green Party leader Alexander Van der Bellen comfortably beat far-right candidate Norbert Hofer in a rerun of a May vote that was annulled because of irregularities in the counting of postal ballots.

European officials welcomed the Austrian result with visible relief, but said the Italian vote would add to strains in a bloc already struggling with migration and slow growth.

The Italian result is the second big referendum defeat for a European government in six months, after Britons voted in June to leave the European Union.
""", [
    ('Dec 5', 'DATE', '2016-12-05'),
    ('Monday afternoon', 'DATE|TIME', '2016-12-05TAF'),
    ('Sunday', 'DATE', '2016-12-04'),
    ('around midnight', 'TIME', '2016-12-04T24:00|2016-12-05T00:00'),
    ('February 2014', 'DATE', '2014-02'),
    ('2017', 'DATE', '2017'),
    ('this week', 'DATE', '2016-W49'),
    ('early 2018', 'DATE', '2018'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('weeks', 'DURATION', 'PXW'),
    ('years', 'DURATION', 'PXY'),
    ('March 2015', 'DATE', '2015-03'),
    ('the end of the year', 'DATE', '2016'),
    ('Sunday', 'DATE', '2016-12-04'),
    ('May', 'DATE', '2016-05'),
    ('six months', 'DURATION', 'P6M'),
    ('June', 'DATE', '2016-06'),
]),
# 10. AFP, EU summit endorses the Brexit deal (2019)
('2019-10-18', 'auto', """EU leaders back Johnson's Brexit deal, all eyes on London

Brussels (AFP) - European Union leaders endorsed a new Brexit divorce deal with British Prime Minister Boris Johnson on Thursday, leaving its fate in the hands of a deeply divided parliament in London, which votes on Saturday.

Negotiators reached the agreement on Thursday morning after a week of round-the-clock talks, just hours before the start of a two-day summit in Brussels.

"Where there is a will, there is a deal -- we have one," European Commission President Jean-Claude Juncker said. "It's a fair and balanced agreement."

The summit wrapped up on Friday afternoon with leaders urging British lawmakers to back the text.

Johnson now has less than 48 hours to win over MPs, who rejected the agreement negotiated by his predecessor Theresa May three times earlier this year.

Northern Ireland's Democratic Unionist Party, whose 10 MPs have propped up Conservative governments since 2017, said it could not support the deal "as things stand" because of new customs arrangements for the province.

If parliament rejects the deal, a law passed last month obliges Johnson to ask the EU for a three-month delay, to January 31. Johnson has insisted Britain will leave on October 31 "come what may", more than three years after the 2016 referendum.

French President Emmanuel Macron said another extension was "in no one's interest", but other leaders, including German Chancellor Angela Merkel, said they would consider a request if one came. "We will look at it calmly," Merkel told reporters on Thursday night.

Saturday's special sitting of the House of Commons will be the first since April 1982, when MPs met to debate Argentina's invasion of the Falkland Islands.

Even if MPs back the deal, the European Parliament must also ratify it before the end of the month, and Britain would then enter a transition period lasting until the end of 2020, during which its relationship with the EU would remain largely unchanged.

Irish Prime Minister Leo Varadkar, whose government had insisted on avoiding any return of checks on the Irish border, said the agreement met all of Dublin's objectives. "It is a unique solution for a unique situation," he told journalists.

In London, opposition Labour leader Jeremy Corbyn urged his MPs to vote against what he called "an even worse deal" than May's, while several rebel Conservatives expelled from the party last month said they were still undecided.

"We have been here before," one EU diplomat said. "Nobody is opening the champagne yet."
""", [
    ('Thursday', 'DATE', '2019-10-17'),
    ('Saturday', 'DATE', '2019-10-19'),
    ('Thursday morning', 'DATE|TIME', '2019-10-17TMO'),
    ('a week', 'DURATION', 'P1W'),
    ('hours', 'DURATION', 'PTXH'),
    ('two-day', 'DURATION', 'P2D'),
    ('Friday afternoon', 'DATE|TIME', '2019-10-18TAF'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('less than 48 hours', 'DURATION', 'PT48H'),
    ('earlier this year', 'DATE', '2019'),
    ('2017', 'DATE', '2017'),
    ('last month', 'DATE', '2019-09'),
    ('three-month', 'DURATION', 'P3M'),
    ('January 31', 'DATE', '2020-01-31'),
    ('October 31', 'DATE', '2019-10-31'),
    ('more than three years', 'DURATION', 'P3Y'),
    ('2016', 'DATE', '2016'),
    ('Thursday night', 'DATE|TIME', '2019-10-17TNI'),
    ('Saturday', 'DATE', '2019-10-19'),
    ('April 1982', 'DATE', '1982-04'),
    ('the end of the month', 'DATE', '2019-10'),
    ('the end of 2020', 'DATE', '2020'),
    ('last month', 'DATE', '2019-09'),
]),
# 11. France 24, Ethiopia's Tigray war one year on, narrative (2021)
('2021-11-04', 'auto', """Ethiopia's Tigray war: from 'law enforcement operation' to national emergency

A year ago, Prime Minister Abiy Ahmed sent federal troops into the northern region of Tigray, promising a swift "law enforcement operation" against the region's ruling party. Instead, the conflict has spiralled into a war that now threatens the capital itself.

Abiy launched the offensive on November 4, 2020, accusing the Tigray People's Liberation Front (TPLF) of attacking a federal army base, and said the fighting would be over within weeks. At first he seemed to be right. Federal forces, backed by troops from neighbouring Eritrea, captured the regional capital Mekele on November 28, and Abiy declared the operation complete that evening.

But the fighting never stopped. Seven months later, Tigrayan forces swept back into Mekele, and the government announced a unilateral ceasefire and pulled its troops out of the region.

Over the summer, the rebels pushed into the neighbouring Amhara and Afar regions. At the weekend, they said they had captured the strategic towns of Dessie and Kombolcha, about 400 kilometres north of Addis Ababa, and hinted that they could march on the capital.

On Tuesday, the government declared a six-month nationwide state of emergency, and authorities in Addis Ababa told residents to register their weapons within two days and prepare to defend their neighbourhoods.

Speaking at a ceremony on Wednesday evening to mark the anniversary of the attack on the army's Northern Command, Abiy vowed to "bury this enemy with our blood and bones".

Earlier that day, a joint investigation by the UN human rights office and the Ethiopian Human Rights Commission found that all sides had committed abuses that may amount to war crimes. The report covered the period from November 3, 2020 to June 28, 2021, and its investigators were unable to visit some of the worst-hit areas.

The humanitarian situation is dire. The United Nations says about 400,000 people in Tigray are living in famine-like conditions, and no aid convoy has reached the region since October 18.

US special envoy Jeffrey Feltman, who has visited the region several times in recent months, was due in Addis Ababa on Thursday for talks with Ethiopian officials. Washington announced on Tuesday that it would suspend Ethiopia's trade benefits under the African Growth and Opportunity Act from January 1.

Abiy, who won the Nobel Peace Prize in 2019 for ending two decades of hostility with Eritrea, has rejected calls for talks with the TPLF, which parliament designated a terrorist organisation in May.

Diplomats in the capital fear the fighting could reach Addis Ababa within weeks. Several embassies have already told non-essential staff to leave.
""", [
    ('A year ago', 'DATE', '2020'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('November 4, 2020', 'DATE', '2020-11-04'),
    ('weeks', 'DURATION', 'PXW'),
    ('November 28', 'DATE', '2020-11-28'),
    ('that evening', 'DATE|TIME', '2020-11-28TEV'),
    ('Seven months later', 'DATE', '2021-06'),
    ('the summer', 'DATE', '2021-SU'),
    ('the weekend', 'DATE', '2021-W43-WE'),
    ('Tuesday', 'DATE', '2021-11-02'),
    ('six-month', 'DURATION', 'P6M'),
    ('two days', 'DURATION', 'P2D'),
    ('Wednesday evening', 'DATE|TIME', '2021-11-03TEV'),
    ('Earlier that day', 'DATE', '2021-11-03'),
    ('November 3, 2020', 'DATE', '2020-11-03'),
    ('June 28, 2021', 'DATE', '2021-06-28'),
    ('October 18', 'DATE', '2021-10-18'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('Thursday', 'DATE', '2021-11-04'),
    ('Tuesday', 'DATE', '2021-11-02'),
    ('January 1', 'DATE', '2022-01-01'),
    ('2019', 'DATE', '2019'),
    ('two decades', 'DURATION', 'P20Y|P2DE'),
    ('May', 'DATE', '2021-05'),
    ('weeks', 'DURATION', 'PXW'),
]),
# 12. DW, European Parliament elections and Macron's snap vote (2024)
('2024-06-10', 'auto', """EU election: Far right gains, center holds as Macron calls snap vote

Far-right parties made significant gains in the European Parliament elections, but the pro-European center kept its majority, according to provisional results released early Monday.

Voting took place over four days, beginning in the Netherlands on Thursday and ending on Sunday in most countries, including Germany. Turnout across the 27-member bloc was estimated at 51%, slightly higher than five years ago.

The center-right European People's Party (EPP) of Commission President Ursula von der Leyen remained the largest group, winning around 186 of the 720 seats. Von der Leyen, who is seeking a second five-year term, said on Sunday night that the center "is holding" and promised to build a coalition "against the extremes from the left and from the right."

The biggest shock came in France. After Marine Le Pen's National Rally took more than 31% of the vote, more than twice the share of his own Renaissance list, President Emmanuel Macron dissolved the National Assembly in a televised address on Sunday evening. Snap parliamentary elections will be held in two rounds, on June 30 and July 7.

"I have decided to give you back the choice," Macron said. His term as president runs until 2027, when he cannot stand again.

In Germany, the conservative CDU/CSU bloc came first with 30%, while the far-right Alternative for Germany (AfD) rose to second place with 15.9%, its best result in a nationwide election since the party was founded in 2013.

Chancellor Olaf Scholz's Social Democrats (SPD) slumped to 13.9%, their worst result in a nationwide vote, and the Greens, currently part of Scholz's three-party coalition, fell to 11.9% from 20.5% in 2019.

CDU leader Friedrich Merz called the result "a disaster for the government" and said Scholz should consider calling a confidence vote. A government spokesman said on Monday that the chancellor had no such plans.

The results are a warning for the coalition ahead of three state elections in eastern Germany in September, where the AfD is leading the polls in Saxony and Thuringia.

Attention now turns to the EU's top jobs. Leaders will discuss a second term for von der Leyen at an informal dinner in Brussels on June 17, before a summit at the end of the month. The new parliament will hold its first session in Strasbourg on July 16.
""", [
    ('early Monday', 'DATE', '2024-06-10'),
    ('four days', 'DURATION', 'P4D'),
    ('Thursday', 'DATE', '2024-06-06'),
    ('Sunday', 'DATE', '2024-06-09'),
    ('five years ago', 'DATE', '2019'),
    ('five-year', 'DURATION', 'P5Y'),
    ('Sunday night', 'DATE|TIME', '2024-06-09TNI'),
    ('Sunday evening', 'DATE|TIME', '2024-06-09TEV'),
    ('June 30', 'DATE', '2024-06-30'),
    ('July 7', 'DATE', '2024-07-07'),
    ('2027', 'DATE', '2027'),
    ('2013', 'DATE', '2013'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('2019', 'DATE', '2019'),
    ('Monday', 'DATE', '2024-06-10'),
    ('September', 'DATE', '2024-09'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('June 17', 'DATE', '2024-06-17'),
    ('the end of the month', 'DATE', '2024-06'),
    ('July 16', 'DATE', '2024-07-16'),
]),
]
