# Gold TIMEX3 probe set 36: twelve wire news articles of 2010-2013 in the styles of AFP, AP, Reuters, Xinhua, the BBC and Al Jazeera, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AFP, diplomacy (2013)
('2013-04-06', 'auto', """Iran, world powers end Almaty talks without breakthrough

ALMATY (AFP) - Iran and six world powers ended two days of talks in Kazakhstan on Saturday without agreement on Tehran's disputed nuclear programme, with the EU's foreign policy chief saying the two sides remained "far apart on the substance".

Catherine Ashton told reporters after the final session, which ran past 6 pm, that negotiators would consult their capitals in the coming weeks before deciding whether to meet again.

"We have had long and intensive discussions," Ashton said. "It became clear that the positions of the two sides remain far apart."

The talks, which opened Friday morning in a hotel in Kazakhstan's commercial capital, were the second round in Almaty since late February, when the P5+1 group -- Britain, China, France, Germany, Russia and the United States -- offered Tehran modest sanctions relief.

Iran's chief negotiator Saeed Jalili hailed that offer as a "turning point" at the time, but on Friday he insisted that any deal must recognise his country's right to enrich uranium.

Western diplomats said the Iranian delegation spent much of the opening session setting out a proposal it had already presented in February, and only replied in detail to the six-power offer late Friday afternoon.

"They came with nothing new," said one Western diplomat, who asked not to be named. "We have been talking for a decade, and we are still arguing about the agenda."

The Islamic republic has been under UN sanctions since 2006 over its refusal to halt enrichment, and oil and banking sanctions imposed by the United States and the European Union last year have cut its crude exports by roughly half.

Washington and its allies suspect Iran of seeking a nuclear weapons capability, a charge Tehran denies. Israel has repeatedly warned it could strike Iranian nuclear sites before the Islamic republic crosses what Prime Minister Benjamin Netanyahu told the UN General Assembly in September was a "red line".

Analysts say Iran's June 14 presidential election has left the leadership in Tehran little room for compromise.

"Nobody in Tehran wants to be seen making concessions now," said Mark Fitzpatrick of the International Institute for Strategic Studies in London. "I would not expect serious movement until the summer, at the earliest."

Russian Deputy Foreign Minister Sergei Ryabkov said experts from both sides could meet in Istanbul before the end of the month, but no date was set.

The two sides last came close to a deal in October 2009, when Iran tentatively agreed in Geneva to ship most of its low-enriched uranium abroad in exchange for fuel for a medical research reactor, before backing away from the arrangement.
""", [
    ('two days', 'DURATION', 'P2D'),
    ('Saturday', 'DATE', '2013-04-06'),
    ('6 pm', 'TIME', '2013-04-06T18:00'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('Friday morning', 'DATE|TIME', '2013-04-05TMO'),
    ('late February', 'DATE', '2013-02'),
    ('Friday', 'DATE', '2013-04-05'),
    ('February', 'DATE', '2013-02'),
    ('late Friday afternoon', 'DATE|TIME', '2013-04-05TAF'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('2006', 'DATE', '2006'),
    ('last year', 'DATE', '2012'),
    ('September', 'DATE', '2012-09'),
    ('June 14', 'DATE', '2013-06-14'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the summer', 'DATE', '2013-SU'),
    ('the end of the month', 'DATE', '2013-04'),
    ('October 2009', 'DATE', '2009-10'),
]),

# 2. AP, trial (2011)
('2011-11-08', 'auto', """Jury convicts former suburban Chicago official in bribery case

CHICAGO (AP) - A federal jury on Tuesday convicted a former suburban Chicago township supervisor of taking more than $250,000 in bribes from contractors, ending a trial that lasted nearly five weeks.

Jurors deliberated for about 11 hours over three days before finding Raymond Kowalczyk, 61, guilty on 14 of the 17 counts against him, including wire fraud and extortion. They acquitted him on three counts of filing false tax returns.

Kowalczyk, who led Maple Grove Township for 16 years until he resigned in 2009, showed no emotion as the verdict was read shortly after 2:30 p.m. His wife, seated in the second row, wept.

U.S. District Judge Elaine Brody set sentencing for Feb. 17. Kowalczyk faces up to 20 years in prison on the most serious count, though he is likely to receive far less under federal guidelines.

Prosecutors said Kowalczyk steered snow-removal and paving contracts worth about $3.4 million to three companies from 2004 to 2008 in exchange for cash, a time-share in Florida and free work on his lake house in Wisconsin. Some of the payments were made monthly, in envelopes left in the glove box of his township car, according to testimony.

The key witness, a paving company owner who pleaded guilty last year and is cooperating with the government, told jurors last month that he met Kowalczyk "every other Friday" at a diner near the township hall to hand over the money.

Defense attorney Michael Grady argued in closing arguments Thursday that the witness had lied to win a lighter sentence. After the verdict, he said he would appeal.

"We respect the jury's work, but we believe the evidence simply wasn't there," Grady said outside the courthouse. "This is not over."

The case is the latest in a long line of corruption prosecutions in Illinois, where four of the last seven governors have been convicted of crimes. Former Gov. Rod Blagojevich is due to be sentenced next month on his conviction this summer for trying to sell President Barack Obama's former Senate seat.

U.S. Attorney Patrick Fitzgerald said in a statement that the verdict "sends a clear message to public officials who think their offices are for sale."

Township trustees voted in 2010 to sue Kowalczyk to recover the money. That civil case has been on hold since his indictment two years ago and is expected to resume early next year, township attorney Susan Hale said.

Kowalczyk remains free on bond. The judge ordered him to surrender his passport by 5 p.m. Wednesday.
""", [
    ('Tuesday', 'DATE', '2011-11-08'),
    ('nearly five weeks', 'DURATION', 'P5W'),
    ('about 11 hours', 'DURATION', 'PT11H'),
    ('three days', 'DURATION', 'P3D'),
    ('16 years', 'DURATION', 'P16Y'),
    ('2009', 'DATE', '2009'),
    ('shortly after 2:30 p.m.', 'TIME', '2011-11-08T14:30'),
    ('Feb. 17', 'DATE', '2012-02-17'),
    ('20 years', 'DURATION', 'P20Y'),
    ('2004', 'DATE', '2004'),
    ('2008', 'DATE', '2008'),
    ('monthly', 'SET', 'P1M'),
    ('last year', 'DATE', '2010'),
    ('last month', 'DATE', '2011-10'),
    ('every other Friday', 'SET', 'XXXX-WXX-5|P2W'),
    ('Thursday', 'DATE', '2011-11-03'),
    ('next month', 'DATE', '2011-12'),
    ('this summer', 'DATE', '2011-SU'),
    ('2010', 'DATE', '2010'),
    ('two years ago', 'DATE', '2009'),
    ('early next year', 'DATE', '2012'),
    ('5 p.m. Wednesday', 'TIME', '2011-11-09T17:00'),
]),

# 3. Reuters, economy (2012)
('2012-11-12', 'auto', """Japan economy shrinks in third quarter, recession looms

TOKYO, Nov 12 (Reuters) - Japan's economy shrank at its fastest pace in more than a year in the July-September quarter as exports to China slumped, data showed on Monday, putting the world's third-largest economy on the brink of recession and raising pressure on the central bank to ease policy further.

Gross domestic product contracted an annualised 3.5 percent in the third quarter, the Cabinet Office said, slightly less than a median market forecast of a 3.6 percent fall but a sharp reversal from growth of 0.3 percent in April-June.

It was the first contraction in three quarters.

"The economy is likely to shrink again in the current quarter, which would mean Japan is technically in recession," said Hiroshi Shiraishi, an economist at BNP Paribas in Tokyo. "A recovery is unlikely before the spring."

Exports fell 5.0 percent from the previous quarter, the biggest drop since April-June last year, after the March 2011 earthquake and tsunami, as a territorial row with Beijing hit sales of Japanese cars and electronics. Capital spending fell 3.2 percent and private consumption, which accounts for roughly 60 percent of the economy, dropped 0.5 percent as subsidies for fuel-efficient cars expired in September.

Economics Minister Seiji Maehara told reporters the government would compile a second stimulus package by the end of the month and urged the Bank of Japan to do more. The BOJ expanded its asset-buying programme at a meeting on Oct. 30, its second easing in two months, and meets again next week.

The central bank has kept interest rates near zero since December 2008 and has been buying government bonds monthly for more than a decade in a bid to beat deflation.

Prime Minister Yoshihiko Noda is expected to call a snap election within weeks, with opinion polls showing his Democratic Party, which swept to power three years ago, trailing the opposition Liberal Democrats.

Japan's exporters have been battered by a strong yen for most of the past two years. The yen hit a record high of 75.32 per dollar in October last year, hurting companies such as Toyota Motor Corp and Sony Corp.

Separate data on Monday showed core machinery orders, a leading indicator of capital spending, rose 2.7 percent in September from August, beating forecasts. But analysts said orders were likely to fall again in the October-December period.

The Nikkei share average fell 0.9 percent on Monday to end at 8,676.44, its lowest close since Sept. 6.

The government will release revised third-quarter GDP figures on Dec. 10.
""", [
    ('third quarter', 'DATE', '2012-Q3'),
    ('Nov 12', 'DATE', '2012-11-12'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('the July-September quarter', 'DATE', '2012-Q3'),
    ('Monday', 'DATE', '2012-11-12'),
    ('the third quarter', 'DATE', '2012-Q3'),
    ('April-June', 'DATE', '2012-Q2'),
    ('three quarters', 'DURATION', 'P3Q|P9M'),
    ('the current quarter', 'DATE', '2012-Q4'),
    ('the spring', 'DATE', '2013-SP'),
    ('the previous quarter', 'DATE', '2012-Q2'),
    ('April-June last year', 'DATE', '2011-Q2'),
    ('March 2011', 'DATE', '2011-03'),
    ('September', 'DATE', '2012-09'),
    ('the end of the month', 'DATE', '2012-11'),
    ('Oct. 30', 'DATE', '2012-10-30'),
    ('two months', 'DURATION', 'P2M'),
    ('next week', 'DATE', '2012-W47'),
    ('December 2008', 'DATE', '2008-12'),
    ('monthly', 'SET', 'P1M'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('weeks', 'DURATION', 'PXW'),
    ('three years ago', 'DATE', '2009'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('October last year', 'DATE', '2011-10'),
    ('Monday', 'DATE', '2012-11-12'),
    ('September', 'DATE', '2012-09'),
    ('August', 'DATE', '2012-08'),
    ('the October-December period', 'DATE', '2012-Q4'),
    ('Monday', 'DATE', '2012-11-12'),
    ('Sept. 6', 'DATE', '2012-09-06'),
    ('third-quarter', 'DATE', '2012-Q3'),
    ('Dec. 10', 'DATE', '2012-12-10'),
]),

# 4. Xinhua, disaster (2010)
('2010-08-10', 'auto', """Death toll in northwest China mudslides rises to 337

LANZHOU, Aug. 10 (Xinhua) -- The death toll from massive mudslides that engulfed a county seat in northwest China's Gansu Province has risen to 337, with 1,148 people still missing, local authorities said Tuesday.

Rescuers worked through Monday night in search of survivors buried under mud and debris up to five meters deep in Tiechang County, and pulled a 52-year-old man alive from a collapsed apartment building at about 3:20 a.m. Tuesday, more than 50 hours after the disaster struck.

Torrential rain triggered the mudslides shortly before midnight Saturday, sending a torrent of mud and rocks through the county seat, home to about 40,000 people, and blocking the Bailong River, according to the provincial flood control headquarters.

Premier Wen Jiabao, who arrived in the county on Sunday afternoon, urged rescuers to "race against time" and ordered that the barrier lake formed by the debris be drained within days to prevent further flooding.

More than 7,000 soldiers, armed police and firefighters are taking part in the rescue, Xinhua reporters at the scene said. Power and water supplies to most of the county seat were restored Monday evening.

The meteorological department forecast more heavy rain in the area from Wednesday to Friday, raising fears of fresh landslides. "The next 72 hours are critical," said Li Wei, deputy chief of the provincial civil affairs department.

The central government has allocated 500 million yuan (73.8 million U.S. dollars) in emergency relief funds, and the Ministry of Civil Affairs has sent 5,000 tents and 10,000 quilts to the area since Sunday.

Geologists said years of logging and mining, as well as the 2008 Wenchuan earthquake that loosened rocks across the region, had made the hillsides unstable. The county was hit by smaller mudslides in 1992 and 1997.

China has suffered its worst floods in more than a decade this summer. Floods and landslides have left more than 1,400 people dead and nearly 700 missing across the country since the beginning of the year, the Ministry of Civil Affairs said last week.

Survivors were being housed in tents at a middle school on the outskirts of the county seat. Zhang Yumei, 34, said she had not eaten properly for two days.

"We heard a roar like thunder and then the water came," she said. "In a few minutes, everything was gone."

The State Council announced Tuesday that Aug. 15 would be a national day of mourning for the victims, with flags flying at half-mast across the country and public entertainment suspended.
""", [
    ('Aug. 10', 'DATE', '2010-08-10'),
    ('Tuesday', 'DATE', '2010-08-10'),
    ('Monday night', 'DATE|TIME', '2010-08-09TNI'),
    ('about 3:20 a.m. Tuesday', 'TIME', '2010-08-10T03:20'),
    ('more than 50 hours', 'DURATION', 'PT50H'),
    ('shortly before midnight Saturday', 'TIME', '2010-08-07T24:00|2010-08-08T00:00'),
    ('Sunday afternoon', 'DATE|TIME', '2010-08-08TAF'),
    ('days', 'DURATION', 'PXD'),
    ('Monday evening', 'DATE|TIME', '2010-08-09TEV'),
    ('Wednesday', 'DATE', '2010-08-11'),
    ('Friday', 'DATE', '2010-08-13'),
    ('The next 72 hours', 'DURATION', 'PT72H'),
    ('Sunday', 'DATE', '2010-08-08'),
    ('years', 'DURATION', 'PXY'),
    ('2008', 'DATE', '2008'),
    ('1992', 'DATE', '1992'),
    ('1997', 'DATE', '1997'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('this summer', 'DATE', '2010-SU'),
    ('the beginning of the year', 'DATE', '2010|2010-01'),
    ('last week', 'DATE', '2010-W31'),
    ('two days', 'DURATION', 'P2D'),
    ('a few minutes', 'DURATION', 'PTXM'),
    ('Tuesday', 'DATE', '2010-08-10'),
    ('Aug. 15', 'DATE', '2010-08-15'),
]),

# 5. BBC, elections (2013)
('2013-03-09', 'auto', """Kenya election: Uhuru Kenyatta declared president-elect

Uhuru Kenyatta has been declared the winner of Kenya's presidential election, narrowly avoiding a run-off, but his main rival Raila Odinga has said he will challenge the result in court.

Mr Kenyatta won 50.07% of the vote, the electoral commission announced on Saturday afternoon, just over the 50% threshold needed for an outright victory. Mr Odinga, the outgoing prime minister, received 43.3%.

Monday's election was the first since the disputed poll of December 2007, which was followed by weeks of ethnic violence in which more than 1,100 people were killed and some 600,000 forced from their homes.

Counting was slowed after an electronic system for transmitting results broke down on Tuesday, forcing officials to tally paper forms by hand. Final results had originally been expected within 48 hours of polls closing at 17:00 on Monday.

Mr Odinga said the tallying process had been "tainted" and that he would file a petition at the Supreme Court, which has 14 days to rule on any challenge. "Democracy is on trial," he told reporters in Nairobi.

Under the new constitution adopted in 2010, a run-off between the top two candidates would have had to be held within 30 days had no candidate crossed the threshold.

Mr Kenyatta, the 51-year-old son of Kenya's founding president Jomo Kenyatta, faces charges at the International Criminal Court in The Hague of orchestrating the violence that followed the 2007 election. His trial is due to begin in July. He denies the charges.

His running mate, William Ruto, faces similar charges and is due to go on trial in May.

In a victory speech, Mr Kenyatta promised to co-operate with the court and to serve all Kenyans. "Today we celebrate the triumph of democracy," he said.

Western countries had warned before the vote that relations with a Kenyatta government could be complicated. The UK has said it would have only "essential contact" with people indicted by the ICC.

Police were deployed in large numbers in Kisumu, Mr Odinga's stronghold in western Kenya, on Saturday night, but there were no immediate reports of unrest.

Turnout was a record 86%, with many voters queuing for hours in the sun to cast their ballots.

The BBC's Gabriel Gatehouse in Nairobi says many Kenyans are weary after a week of waiting and simply want the country to move on. Mr Kenyatta is due to be sworn in next month if the result stands.
""", [
    ('Saturday afternoon', 'DATE|TIME', '2013-03-09TAF'),
    ('Monday', 'DATE', '2013-03-04'),
    ('December 2007', 'DATE', '2007-12'),
    ('weeks', 'DURATION', 'PXW'),
    ('Tuesday', 'DATE', '2013-03-05'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('17:00 on Monday', 'TIME', '2013-03-04T17:00'),
    ('14 days', 'DURATION', 'P14D'),
    ('2010', 'DATE', '2010'),
    ('30 days', 'DURATION', 'P30D'),
    ('2007', 'DATE', '2007'),
    ('July', 'DATE', '2013-07'),
    ('May', 'DATE', '2013-05'),
    ('Today', 'DATE', '2013-03-09'),
    ('Saturday night', 'DATE|TIME', '2013-03-09TNI'),
    ('hours', 'DURATION', 'PTXH'),
    ('a week', 'DURATION', 'P1W'),
    ('next month', 'DATE', '2013-04'),
]),

# 6. Al Jazeera, conflict (2012)
('2012-11-22', 'auto', """Gaza truce holds as Palestinians count the cost

A ceasefire between Israel and Hamas appeared to be holding on Thursday, as thousands of Palestinians poured into the streets of Gaza City to celebrate what Hamas leaders called a victory after eight days of fighting.

The Egyptian-brokered truce took effect at 9pm on Wednesday. A bomb had torn through a bus in Tel Aviv on Wednesday morning, wounding more than a dozen people, and Israeli air strikes on Gaza continued until shortly before the deadline.

Residents of Gaza, who had spent more than a week sheltering from Israeli air strikes, emerged on Thursday morning to inspect the damage. Shops reopened and traffic returned to the main roads for the first time since last Wednesday, when Israel killed Hamas military commander Ahmed al-Jabari in an air strike.

"We slept last night for the first time without hearing the drones," said Umm Mohammed, a 45-year-old mother of six in the Shujaiya neighbourhood. "But who knows what will happen next week?"

Gaza health officials say 162 Palestinians, more than half of them civilians, were killed during the offensive. Six Israelis, including two soldiers, died in rocket attacks.

Under the deal, announced in Cairo by Egyptian Foreign Minister Mohamed Kamel Amr and US Secretary of State Hillary Clinton, Israel agreed to stop targeted killings and to discuss easing its blockade of the Gaza Strip within 24 hours of the ceasefire taking effect. Palestinian factions agreed to halt rocket fire.

Israeli Prime Minister Benjamin Netanyahu, who faces an election on January 22, said on Wednesday night that Israel had agreed to "give a chance" to the truce but warned it would act again if necessary. More than 1,500 rockets had been fired at Israel since November 14, the military said.

The blockade has been in place since 2007, when Hamas seized control of the territory from forces loyal to President Mahmoud Abbas.

Analysts said the ceasefire could prove as fragile as the one that ended Israel's three-week "Operation Cast Lead" offensive nearly four years ago, which killed some 1,400 Palestinians.

"Both sides can claim they achieved something, but none of the underlying issues have been addressed," said Mouin Rabbani, a Middle East analyst. "We could easily be back here next year."

Abbas is set to ask the UN General Assembly next Thursday to upgrade Palestine's status to that of a non-member observer state, a move strongly opposed by Israel and the United States.

Hamas leader Khaled Meshaal, speaking in Cairo late Wednesday, thanked Egypt and Iran for their support. Egypt's President Mohamed Morsi, who took office in June, has positioned himself as the key mediator since the crisis began.
""", [
    ('Thursday', 'DATE', '2012-11-22'),
    ('eight days', 'DURATION', 'P8D'),
    ('9pm on Wednesday', 'TIME', '2012-11-21T21:00'),
    ('Wednesday morning', 'DATE|TIME', '2012-11-21TMO'),
    ('more than a week', 'DURATION', 'P1W'),
    ('Thursday morning', 'DATE|TIME', '2012-11-22TMO'),
    ('last Wednesday', 'DATE', '2012-11-14'),
    ('last night', 'DATE|TIME', '2012-11-21TNI'),
    ('next week', 'DATE', '2012-W48'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('January 22', 'DATE', '2013-01-22'),
    ('Wednesday night', 'DATE|TIME', '2012-11-21TNI'),
    ('November 14', 'DATE', '2012-11-14'),
    ('2007', 'DATE', '2007'),
    ('three-week', 'DURATION', 'P3W'),
    ('nearly four years ago', 'DATE', '2008'),
    ('next year', 'DATE', '2013'),
    ('next Thursday', 'DATE', '2012-11-29'),
    ('late Wednesday', 'DATE', '2012-11-21'),
    ('June', 'DATE', '2012-06'),
]),

# 7. AFP, economy (2012)
('2012-02-21', 'auto', """Eurozone seals second Greek bailout after marathon talks

BRUSSELS, Feb 21, 2012 (AFP) - Eurozone finance ministers agreed early Tuesday on a second, 130-billion-euro bailout for Greece after marathon talks that lasted more than 13 hours, clearing the way for Athens to avoid a chaotic default next month.

The deal, struck shortly before 5:00 am, also includes a write-down by private creditors of 53.5 percent of the face value of Greek bonds, which officials said would cut Greece's debt by about 100 billion euros.

"This is a very far-reaching agreement," said Luxembourg Prime Minister Jean-Claude Juncker, who chairs the Eurogroup. "It will allow Greece to put its public finances on a sustainable footing."

The accord aims to reduce Greek debt from more than 160 percent of gross domestic product now to 120.5 percent by 2020. Athens must repay 14.5 billion euros of maturing bonds on March 20.

In return, Greece has pledged to cut spending by 3.3 billion euros this year, lower the minimum wage by 22 percent and eliminate 150,000 public-sector jobs by 2015. The Greek parliament approved the measures on the night of February 12, as rioters set fire to dozens of buildings in central Athens.

Greece has been kept afloat since May 2010 by a first, 110-billion-euro rescue from the EU and the International Monetary Fund, but its economy has contracted for four consecutive years and unemployment has climbed above 20 percent.

Greek Finance Minister Evangelos Venizelos welcomed the deal as "a very important step" and said his country had "avoided the nightmare scenario".

The bond swap with private investors is expected to be launched on Friday and completed by March 12, Greek officials said.

Markets reacted cautiously. The euro rose to a two-month high of 1.3293 dollars in Asian trade before slipping back, while the Athens stock exchange closed down 0.4 percent.

Analysts warned that the rescue had merely bought time. "Greece will almost certainly need more money in the coming years," said Carsten Brzeski, an economist at ING in Brussels.

Greek voters go to the polls in April, when Prime Minister Lucas Papademos, a former European Central Bank vice-president appointed in November, is expected to hand over to an elected government.

German Chancellor Angela Merkel, whose government must seek parliamentary approval for the package next week, said on Monday that there was "no guarantee of success" but that Greece deserved support. The Bundestag is due to vote on February 27.

Eurozone finance ministers, who normally meet monthly, have held four emergency sessions since the start of the year to try to contain the debt crisis, which erupted in late 2009 when Athens revealed its deficit was far higher than previously reported.
""", [
    ('Feb 21, 2012', 'DATE', '2012-02-21'),
    ('early Tuesday', 'DATE', '2012-02-21'),
    ('more than 13 hours', 'DURATION', 'PT13H'),
    ('next month', 'DATE', '2012-03'),
    ('shortly before 5:00 am', 'TIME', '2012-02-21T05:00'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2020', 'DATE', '2020'),
    ('March 20', 'DATE', '2012-03-20'),
    ('this year', 'DATE', '2012'),
    ('2015', 'DATE', '2015'),
    ('the night of February 12', 'DATE|TIME', '2012-02-12TNI'),
    ('May 2010', 'DATE', '2010-05'),
    ('four consecutive years', 'DURATION', 'P4Y'),
    ('Friday', 'DATE', '2012-02-24'),
    ('March 12', 'DATE', '2012-03-12'),
    ('two-month', 'DURATION', 'P2M'),
    ('the coming years', 'DURATION|DATE', 'PXY|FUTURE_REF'),
    ('April', 'DATE', '2012-04'),
    ('November', 'DATE', '2011-11'),
    ('next week', 'DATE', '2012-W09'),
    ('Monday', 'DATE', '2012-02-20'),
    ('February 27', 'DATE', '2012-02-27'),
    ('monthly', 'SET', 'P1M'),
    ('the start of the year', 'DATE', '2012|2012-01'),
    ('late 2009', 'DATE', '2009'),
]),

# 8. AP, disaster (2012)
('2012-11-02', 'auto', """Gas lines, cold homes test patience 4 days after Sandy

NEW YORK (AP) - Tempers flared in gas lines stretching for blocks and millions of people remained without power Friday, four days after Superstorm Sandy slammed into the East Coast, as officials warned that some neighborhoods might not have electricity until the middle of next week.

Temperatures were forecast to drop into the 30s tonight, raising fears for elderly residents of high-rise buildings in lower Manhattan and the Rockaways who have been without heat and water since Monday night.

"It's been four days. Nobody has come," said Maria Delgado, 72, who lives on the 14th floor of a public housing complex in Coney Island. "I haven't had a hot meal since Sunday."

The storm's death toll in the U.S. rose to at least 98 on Friday, including 41 in New York City, where police divers were still searching flooded basements on Staten Island.

Mayor Michael Bloomberg said Thursday that the New York City Marathon would go ahead as planned on Sunday, drawing criticism from residents who said police officers and generators should not be diverted to the race. More than 47,000 runners are registered for the 26.2-mile race, which has been held every year since 1970.

Gov. Chris Christie of New Jersey, where Sandy made landfall near Atlantic City at about 8 p.m. Monday, ordered gas rationing in 12 counties starting at noon Saturday. Drivers will be able to fill up depending on whether their license plates end in an odd or even number. Officials said the restrictions may last into next week.

Utility company Consolidated Edison said it expected to restore power to most of Manhattan by Saturday, but customers in Brooklyn, Queens and Staten Island served by overhead lines could wait until Nov. 11.

The storm has raised questions about whether Tuesday's presidential election can be held normally in the hardest-hit areas.

President Barack Obama, who toured devastated areas of the New Jersey shore with Christie on Wednesday, returned to the campaign trail Thursday, and the federal government said it was sending 22 million gallons of fuel to the region.

Subway service resumed on parts of several lines Thursday morning for the first time since Sunday evening, when the Metropolitan Transportation Authority shut down the system ahead of the storm. Rides are free through Friday.

The last time the subway was shut for a storm was in August 2011, ahead of Hurricane Irene, but it reopened within two days. Officials called the flooding of seven East River tunnels the worst damage in the system's 108-year history.

Early estimates put the storm's economic cost at $30 billion to $50 billion.
""", [
    ('4 days', 'DURATION', 'P4D'),
    ('Friday', 'DATE', '2012-11-02'),
    ('four days', 'DURATION', 'P4D'),
    ('the middle of next week', 'DATE', '2012-W45'),
    ('tonight', 'DATE|TIME', '2012-11-02TNI'),
    ('Monday night', 'DATE|TIME', '2012-10-29TNI'),
    ('four days', 'DURATION', 'P4D'),
    ('Sunday', 'DATE', '2012-10-28'),
    ('Friday', 'DATE', '2012-11-02'),
    ('Thursday', 'DATE', '2012-11-01'),
    ('Sunday', 'DATE', '2012-11-04'),
    ('every year', 'SET', 'P1Y'),
    ('1970', 'DATE', '1970'),
    ('about 8 p.m. Monday', 'TIME', '2012-10-29T20:00'),
    ('noon Saturday', 'TIME', '2012-11-03T12:00'),
    ('next week', 'DATE', '2012-W45'),
    ('Saturday', 'DATE', '2012-11-03'),
    ('Nov. 11', 'DATE', '2012-11-11'),
    ('Tuesday', 'DATE', '2012-11-06'),
    ('Wednesday', 'DATE', '2012-10-31'),
    ('Thursday', 'DATE', '2012-11-01'),
    ('Thursday morning', 'DATE|TIME', '2012-11-01TMO'),
    ('Sunday evening', 'DATE|TIME', '2012-10-28TEV'),
    ('Friday', 'DATE', '2012-11-02'),
    ('August 2011', 'DATE', '2011-08'),
    ('two days', 'DURATION', 'P2D'),
    ('108-year', 'DURATION', 'P108Y'),
]),

# 9. Reuters, trial (2013)
('2013-09-26', 'auto', """Indonesian court jails former energy official for eight years over bribes

JAKARTA, Sept 26 (Reuters) - An Indonesian anti-corruption court on Thursday sentenced a former senior energy regulator to eight years in prison for accepting bribes from oil traders, the latest in a string of graft cases that have embarrassed President Susilo Bambang Yudhoyono's government ahead of next year's elections.

Judges at the Jakarta Corruption Court found Agus Santoso, 52, guilty of receiving $1.2 million and 600,000 Singapore dollars between 2011 and early 2013 in exchange for rigging tenders for crude and condensate cargoes. He was also fined 500 million rupiah ($43,000).

Prosecutors had sought a 12-year sentence. Agus, who headed the upstream oil and gas regulator's commercial division for three years until his arrest in March, has 14 days to decide whether to appeal.

"I accept the verdict, but I was only following a system that was already there," Agus told reporters as he left the courtroom shortly after 4 p.m.

The Corruption Eradication Commission (KPK) said it was investigating at least two more officials and a Singapore-based trading firm in the case. KPK investigators raided the regulator's offices in August and seized documents and cash, a commission spokesman said on Wednesday.

Indonesia, Southeast Asia's largest economy, ranked 118th out of 176 countries in Transparency International's corruption perceptions index last year. The KPK, set up a decade ago, has a 100 percent conviction rate and has jailed dozens of lawmakers, governors and ministers.

The case has added to concerns among foreign investors about Indonesia's energy sector, where oil output has fallen steadily for more than a decade to its lowest level since the 1970s. The country became a net oil importer in 2004 and suspended its OPEC membership in 2009.

The energy minister, whose ministry oversees the regulator, has denied any wrongdoing. He told parliament earlier this month that he had ordered an audit of all crude sales contracts signed in the past two years, with results due by the end of the year.

Yudhoyono, who is barred from running again after two five-year terms, has made fighting graft a centrepiece of his presidency since taking office in October 2004. But his Democratic Party's popularity has slumped in recent months after its treasurer and a former sports minister were named as suspects in separate cases.

Parliamentary elections are scheduled for April 9, followed by a presidential vote in July.
""", [
    ('eight years', 'DURATION', 'P8Y'),
    ('Sept 26', 'DATE', '2013-09-26'),
    ('Thursday', 'DATE', '2013-09-26'),
    ('eight years', 'DURATION', 'P8Y'),
    ('next year', 'DATE', '2014'),
    ('2011', 'DATE', '2011'),
    ('early 2013', 'DATE', '2013'),
    ('12-year', 'DURATION', 'P12Y'),
    ('three years', 'DURATION', 'P3Y'),
    ('March', 'DATE', '2013-03'),
    ('14 days', 'DURATION', 'P14D'),
    ('shortly after 4 p.m.', 'TIME', '2013-09-26T16:00'),
    ('August', 'DATE', '2013-08'),
    ('Wednesday', 'DATE', '2013-09-25'),
    ('last year', 'DATE', '2012'),
    ('a decade ago', 'DATE', '2003|200'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('the 1970s', 'DATE', '197'),
    ('2004', 'DATE', '2004'),
    ('2009', 'DATE', '2009'),
    ('earlier this month', 'DATE', '2013-09'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('the end of the year', 'DATE', '2013|2013-12'),
    ('five-year', 'DURATION', 'P5Y'),
    ('October 2004', 'DATE', '2004-10'),
    ('recent months', 'DURATION|DATE', 'PXM|PAST_REF'),
    ('April 9', 'DATE', '2014-04-09'),
    ('July', 'DATE', '2014-07'),
]),

# 10. Xinhua, diplomacy (2011)
('2011-04-28', 'auto', """Chinese premier, Malaysian PM pledge to boost trade, investment

KUALA LUMPUR, April 28 (Xinhua) -- Visiting Chinese Premier Wen Jiabao and his Malaysian counterpart Najib Razak agreed here Thursday to deepen cooperation in trade, finance, education and infrastructure, and set a bilateral trade target of 160 billion U.S. dollars by 2015.

The two leaders held talks for more than an hour at the prime minister's office in Putrajaya and later witnessed the signing of several cooperation agreements, including a currency swap arrangement and an agreement on mutual recognition of higher education degrees.

Wen, who arrived in Kuala Lumpur on Wednesday afternoon for a three-day official visit, said China regarded Malaysia as "a good neighbor, a good friend and a good partner." This year marks the 37th anniversary of diplomatic relations between the two countries, which were established in 1974.

China has been Malaysia's largest trading partner for two consecutive years, and bilateral trade reached 74.2 billion dollars last year, up 42.8 percent from 2009, according to Chinese customs figures. In the first quarter of this year, trade between the two countries grew by 22 percent.

Najib said Malaysia welcomed more Chinese investment in its manufacturing and infrastructure sectors, and hoped China would import more palm oil and other commodities from Malaysia. He said the two sides would set up a joint industrial park, and a working group would submit a feasibility study within six months.

The two leaders also exchanged views on regional issues, including the South China Sea. Wen said China was willing to work with members of the Association of Southeast Asian Nations (ASEAN) to implement the Declaration on the Conduct of Parties in the South China Sea signed in 2002.

Wen said China and ASEAN countries had enjoyed rapid growth in economic ties over the past decade and that "the future of China-ASEAN cooperation is bright." The China-ASEAN Free Trade Area, which came into full effect on Jan. 1 last year, has created the world's largest free trade zone by population, covering 1.9 billion people.

On Friday morning, Wen will visit a Chinese-funded power plant project and meet representatives of the overseas Chinese community before flying to Jakarta, the second leg of a Southeast Asian tour that will last until Sunday.

In Indonesia, Wen is scheduled to hold talks with President Susilo Bambang Yudhoyono on Friday evening and address a business forum on Saturday.

Wen last visited the region in October, when he attended the East Asia Summit in Hanoi. Najib, who paid an official visit to China in June 2009 shortly after taking office, said he would travel to Nanning in October for the annual China-ASEAN Expo.
""", [
    ('April 28', 'DATE', '2011-04-28'),
    ('Thursday', 'DATE', '2011-04-28'),
    ('2015', 'DATE', '2015'),
    ('more than an hour', 'DURATION', 'PT1H'),
    ('Wednesday afternoon', 'DATE|TIME', '2011-04-27TAF'),
    ('three-day', 'DURATION', 'P3D'),
    ('This year', 'DATE', '2011'),
    ('1974', 'DATE', '1974'),
    ('two consecutive years', 'DURATION', 'P2Y'),
    ('last year', 'DATE', '2010'),
    ('2009', 'DATE', '2009'),
    ('the first quarter of this year', 'DATE', '2011-Q1'),
    ('six months', 'DURATION', 'P6M'),
    ('2002', 'DATE', '2002'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('Jan. 1 last year', 'DATE', '2010-01-01'),
    ('Friday morning', 'DATE|TIME', '2011-04-29TMO'),
    ('Sunday', 'DATE', '2011-05-01'),
    ('Friday evening', 'DATE|TIME', '2011-04-29TEV'),
    ('Saturday', 'DATE', '2011-04-30'),
    ('October', 'DATE', '2010-10'),
    ('June 2009', 'DATE', '2009-06'),
    ('October', 'DATE', '2011-10'),
    ('annual', 'SET', 'P1Y'),
]),

# 11. BBC, conflict (2011)
('2011-08-23', 'auto', """Libya: Rebels storm Gaddafi's Bab al-Aziziya compound

Libyan rebels have overrun Col Muammar Gaddafi's heavily fortified compound in Tripoli after hours of fierce fighting, but there is no sign of the Libyan leader.

Rebel fighters poured into the Bab al-Aziziya complex on Tuesday afternoon, firing into the air and tearing down a statue of a fist crushing a US warplane. Some carried away weapons, furniture and golf carts.

"It is finished. Gaddafi's time is over," one fighter told the BBC.

The compound, a sprawling network of barracks, bunkers and residences, has been the symbol of Col Gaddafi's 42-year rule. It was bombed by US aircraft in April 1986, and has been repeatedly targeted by Nato air strikes since March.

Rebel leaders had earlier warned that the battle for the city could last for days. Nato officials said on Tuesday that pro-Gaddafi forces still controlled pockets of the capital, including the Abu Salim district, as well as his hometown of Sirte.

The rebels entered Tripoli on Sunday evening after an uprising by residents on Saturday night, and by Monday morning claimed to control most of the city.

There was confusion over the fate of Col Gaddafi's son Saif al-Islam, who the rebels had said was captured at the weekend. He appeared at the Rixos hotel, where foreign journalists are staying, shortly after midnight on Monday and drove reporters around pro-Gaddafi areas.

The International Criminal Court, which issued arrest warrants for Col Gaddafi, Saif al-Islam and intelligence chief Abdullah al-Senussi in June, said it was seeking clarification from the rebels.

The head of the rebel National Transitional Council (NTC), Mustafa Abdul Jalil, said on Monday that the "Gaddafi era" was over and that elections would be held within eight months. He has asked the NTC leadership to move from Benghazi to Tripoli in the coming days.

The uprising against Col Gaddafi began in mid-February in the eastern city of Benghazi, inspired by revolts in neighbouring Tunisia and Egypt. Thousands of people are believed to have been killed in the six-month conflict.

World leaders are due to meet in Paris next Thursday to discuss reconstruction, and the NTC has asked for the release of billions of dollars of frozen assets. Oil prices fell on Monday on hopes that Libyan exports could resume within months.

Col Gaddafi, 69, who seized power in a bloodless coup in 1969, has vowed to fight to the death. In an audio message broadcast on Monday night, he urged his supporters to "cleanse" Tripoli of the rebels.
""", [
    ('hours', 'DURATION', 'PTXH'),
    ('Tuesday afternoon', 'DATE|TIME', '2011-08-23TAF'),
    ('42-year', 'DURATION', 'P42Y'),
    ('April 1986', 'DATE', '1986-04'),
    ('March', 'DATE', '2011-03'),
    ('days', 'DURATION', 'PXD'),
    ('Tuesday', 'DATE', '2011-08-23'),
    ('Sunday evening', 'DATE|TIME', '2011-08-21TEV'),
    ('Saturday night', 'DATE|TIME', '2011-08-20TNI'),
    ('Monday morning', 'DATE|TIME', '2011-08-22TMO'),
    ('the weekend', 'DATE', '2011-W33-WE'),
    ('shortly after midnight on Monday', 'TIME', '2011-08-22T24:00|2011-08-23T00:00|2011-08-22T00:00'),
    ('June', 'DATE', '2011-06'),
    ('Monday', 'DATE', '2011-08-22'),
    ('eight months', 'DURATION', 'P8M'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('mid-February', 'DATE', '2011-02'),
    ('six-month', 'DURATION', 'P6M'),
    ('next Thursday', 'DATE', '2011-09-01'),
    ('Monday', 'DATE', '2011-08-22'),
    ('months', 'DURATION', 'PXM'),
    ('1969', 'DATE', '1969'),
    ('Monday night', 'DATE|TIME', '2011-08-22TNI'),
]),

# 12. Al Jazeera, elections (2012)
('2012-06-24', 'auto', """Morsi declared winner of Egypt's presidential race

Mohamed Morsi of the Muslim Brotherhood has been declared the winner of Egypt's presidential election, becoming the country's first Islamist head of state and its first civilian president in six decades.

Farouk Sultan, head of the electoral commission, announced on Sunday that Morsi had won 51.7 percent of the vote in last weekend's run-off, defeating Ahmed Shafiq, the last prime minister to serve under ousted president Hosni Mubarak.

Tens of thousands of Morsi supporters, who had been camped in Cairo's Tahrir Square since Tuesday, erupted in cheers, waving flags and setting off fireworks as the result was read out shortly before 5pm, after an hour-long speech by Sultan defending the commission's work.

"This is the moment we have waited for since the revolution," said Ahmed Hassan, a 29-year-old engineer from Alexandria.

The announcement had been expected on Thursday but was delayed as the commission examined hundreds of complaints from both campaigns, fuelling days of rumours and tension. Security was tightened around government buildings across the capital on Sunday morning.

Morsi, a 60-year-old US-trained engineer, is due to be sworn in by the end of the month, when the Supreme Council of the Armed Forces (SCAF), which has ruled Egypt since Mubarak was toppled in February last year, has promised to hand over power.

But the powers of the new president remain unclear. A week ago, as polls closed, the generals issued a constitutional declaration giving themselves legislative authority and control over the drafting of a new constitution, shortly after the Supreme Constitutional Court ordered the dissolution of the Islamist-dominated parliament.

"The revolution is not over," Mohamed Beltagy, a senior Brotherhood official, told Al Jazeera. "We will stay in the square until the military hands power back to the people."

Morsi, who resigned from the Brotherhood and its Freedom and Justice Party after the announcement, promised in a televised speech on Sunday night to be "a president for all Egyptians" and to respect Egypt's international treaties, an apparent reference to the 1979 peace agreement with Israel.

The Brotherhood was banned for most of its 84-year history and many of its leaders, including Morsi, were jailed under Mubarak. Morsi spent seven months in prison in 2006 after taking part in protests in support of judicial independence.

Mubarak, 84, was sentenced to life in prison on June 2 for failing to stop the killing of protesters during the 18-day uprising that ended his rule. He was moved to a military hospital earlier this week amid conflicting reports about his health.

Washington, which gives Egypt $1.3bn in military aid annually, congratulated Morsi and urged the generals to complete the transfer of power without delay.
""", [
    ('six decades', 'DURATION', 'P60Y|P6E'),
    ('Sunday', 'DATE', '2012-06-24'),
    ('last weekend', 'DATE', '2012-W24-WE'),
    ('Tuesday', 'DATE', '2012-06-19'),
    ('shortly before 5pm', 'TIME', '2012-06-24T17:00'),
    ('hour-long', 'DURATION', 'PT1H'),
    ('Thursday', 'DATE', '2012-06-21'),
    ('days', 'DURATION', 'PXD'),
    ('Sunday morning', 'DATE|TIME', '2012-06-24TMO'),
    ('the end of the month', 'DATE', '2012-06'),
    ('February last year', 'DATE', '2011-02'),
    ('A week ago', 'DATE', '2012-W24|2012-06-17'),
    ('Sunday night', 'DATE|TIME', '2012-06-24TNI'),
    ('1979', 'DATE', '1979'),
    ('84-year', 'DURATION', 'P84Y'),
    ('seven months', 'DURATION', 'P7M'),
    ('2006', 'DATE', '2006'),
    ('June 2', 'DATE', '2012-06-02'),
    ('18-day', 'DURATION', 'P18D'),
    ('earlier this week', 'DATE', '2012-W25'),
    ('annually', 'SET', 'P1Y'),
]),
]
