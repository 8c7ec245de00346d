# Gold TIMEX3 probe set 17: twelve news articles of 2020-2024 in the styles of AP, Reuters, CNN, BBC, NYT, WSJ and Bloomberg, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, vaccine rollout (2021)
('2021-01-08', 'auto', """States race to speed vaccine rollout as shots lag behind shipments

ATLANTA (AP) — State health officials said Thursday they would open mass vaccination sites next week as the nation's COVID-19 vaccine rollout, which began last month, continued to fall short of the goals set by federal officials last year.

The first shots were given on Dec. 14, when a nurse in New York rolled up her sleeve in front of television cameras. Federal officials had promised that 20 million Americans would be vaccinated by the end of December. By Friday morning, fewer than 6 million doses had been administered, according to the Centers for Disease Control and Prevention.

"We are not where we want to be," Georgia's public health commissioner, Dr. Angela Ruiz, said at a news conference Thursday afternoon. "But the pace is picking up every day."

Georgia plans to open four large sites on Monday, run by National Guard members and volunteers. Officials will begin taking appointments at 9 a.m. Saturday and hope to give 25,000 shots weekly by the end of January. People 65 and older became eligible on Wednesday, and the state's online booking system crashed within two hours.

Elsewhere, Florida has been vaccinating older residents since Dec. 23, and lines stretched for blocks outside some county health departments earlier this week. In Texas, hospitals said they had received second shipments of the Moderna vaccine over the weekend.

The rollout comes nearly a year after the first U.S. case of the coronavirus was confirmed in Washington state in January 2020. More than 21 million Americans have been infected since, and about 365,000 have died.

Health experts say the slow start is partly a result of decades of underfunding for state and local public health agencies. "For the past 10 years, we have been cutting staff," said Dr. Marcus Hill, a 58-year-old epidemiologist at Emory University. "Now we're asking those same departments to run the largest vaccination campaign in history."

The Pfizer-BioNTech vaccine requires two doses given 21 days apart, while the Moderna shot requires a second dose four weeks after the first. Federal officials said Friday they were considering releasing doses held in reserve for second shots in the coming weeks.

Nursing homes have been a particular concern. A federal program that sends pharmacists from CVS and Walgreens into long-term care facilities has reached only a fraction of residents, and some facilities will not see a first visit until February.

President-elect Joe Biden, who takes office on Jan. 20, has pledged to administer 100 million shots within 100 days. His team plans to outline the strategy in a speech next Thursday.
""", [
    ('Thursday', 'DATE', '2021-01-07'),
    ('next week', 'DATE', '2021-W02'),
    ('last month', 'DATE', '2020-12'),
    ('last year', 'DATE', '2020'),
    ('Dec. 14', 'DATE', '2020-12-14'),
    ('the end of December', 'DATE', '2020-12'),
    ('Friday morning', 'DATE|TIME', '2021-01-08TMO'),
    ('Thursday afternoon', 'DATE|TIME', '2021-01-07TAF'),
    ('every day', 'SET', 'P1D'),
    ('Monday', 'DATE', '2021-01-11'),
    ('9 a.m. Saturday', 'TIME', '2021-01-09T09:00'),
    ('weekly', 'SET', 'P1W'),
    ('the end of January', 'DATE', '2021-01'),
    ('Wednesday', 'DATE', '2021-01-06'),
    ('two hours', 'DURATION', 'PT2H'),
    ('Dec. 23', 'DATE', '2020-12-23'),
    ('earlier this week', 'DATE', '2021-W01'),
    ('the weekend', 'DATE', '2020-W53-WE'),
    ('nearly a year', 'DURATION', 'P1Y'),
    ('January 2020', 'DATE', '2020-01'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('the past 10 years', 'DURATION', 'P10Y'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('21 days', 'DURATION', 'P21D'),
    ('four weeks', 'DURATION', 'P4W'),
    ('Friday', 'DATE', '2021-01-08'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('February', 'DATE', '2021-02'),
    ('Jan. 20', 'DATE', '2021-01-20'),
    ('100 days', 'DURATION', 'P100D'),
    ('next Thursday', 'DATE', '2021-01-14'),
]),

# 2. Reuters, rail strike (2022)
('2022-08-17', 'auto', """UK rail workers stage fresh walkout as pay talks stall

LONDON, Aug 17 (Reuters) - Tens of thousands of British rail workers walked out on Wednesday in the latest of a series of strikes over pay and conditions, shutting much of the network and forcing commuters to stay at home for the fifth time this summer.

The RMT union said its members would strike again on Saturday, and train drivers at eight operators are set to walk out on Aug. 27. Only around one in five services ran on Wednesday, Network Rail said, with many lines closed entirely from 7.30 a.m. until 6.30 p.m.

"We have been negotiating for months and the employers have not moved an inch," RMT official Dave Carrick told reporters at a picket line outside London's Euston station early Wednesday. "Our members are being asked to take a real-terms pay cut while fares go up every year."

The dispute began in the spring, when the union balloted members after they were offered a 2% pay rise, well below inflation, which hit 10.1% in July, its highest rate since 1982.

Rail workers first walked out on June 21, in what was the biggest rail strike in Britain in three decades. Further strikes followed on June 23 and June 25 and again on July 27.

The government, which has said it will not intervene directly, wants the industry to cut costs after passenger numbers fell sharply during the pandemic. Ticket revenue in the first quarter was still about 20% below 2019 levels, according to official figures.

Transport Secretary Grant Shapps said on Tuesday that the strikes were "completely unjustified" and accused union leaders of "holding the country to ransom".

Network Rail has offered a 4% rise backdated to January, with a further 4% in 2023 conditional on changes to working practices. The union rejected that offer last month, and Carrick said members were prepared to keep striking "every month until Christmas" if necessary.

Talks are due to resume next week, a Network Rail spokeswoman said. The RMT's mandate for industrial action expires in November, six months after the ballot was held, and the union has said it will seek a new one.

Freight services were largely unaffected, and most passenger lines are expected to reopen by Thursday morning, although operators warned of disruption on Thursday and Friday as trains are moved back into position. Services on Saturday will again be severely limited.

Business groups said the strikes had cost the hospitality sector hundreds of millions of pounds since June. The CBI urged both sides on Monday to return to the table "within days, not weeks".
""", [
    ('Aug 17', 'DATE', '2022-08-17'),
    ('Wednesday', 'DATE', '2022-08-17'),
    ('this summer', 'DATE', '2022-SU'),
    ('Saturday', 'DATE', '2022-08-20'),
    ('Aug. 27', 'DATE', '2022-08-27'),
    ('Wednesday', 'DATE', '2022-08-17'),
    ('7.30 a.m.', 'TIME', '2022-08-17T07:30'),
    ('6.30 p.m.', 'TIME', '2022-08-17T18:30'),
    ('months', 'DURATION', 'PXM'),
    ('early Wednesday', 'DATE|TIME', '2022-08-17|2022-08-17TMO'),
    ('every year', 'SET', 'P1Y'),
    ('the spring', 'DATE', '2022-SP'),
    ('July', 'DATE', '2022-07'),
    ('1982', 'DATE', '1982'),
    ('June 21', 'DATE', '2022-06-21'),
    ('three decades', 'DURATION', 'P30Y|P3E'),
    ('June 23', 'DATE', '2022-06-23'),
    ('June 25', 'DATE', '2022-06-25'),
    ('July 27', 'DATE', '2022-07-27'),
    ('the first quarter', 'DATE', '2022-Q1'),
    ('2019', 'DATE', '2019'),
    ('Tuesday', 'DATE', '2022-08-16'),
    ('January', 'DATE', '2022-01'),
    ('2023', 'DATE', '2023'),
    ('last month', 'DATE', '2022-07'),
    ('every month', 'SET', 'P1M'),
    ('Christmas', 'DATE', '2022-12-25'),
    ('next week', 'DATE', '2022-W34'),
    ('November', 'DATE', '2022-11'),
    ('six months', 'DURATION', 'P6M'),
    ('Thursday morning', 'DATE|TIME', '2022-08-18TMO'),
    ('Thursday', 'DATE', '2022-08-18'),
    ('Friday', 'DATE', '2022-08-19'),
    ('Saturday', 'DATE', '2022-08-20'),
    ('June', 'DATE', '2022-06'),
    ('Monday', 'DATE', '2022-08-15'),
    ('days', 'DURATION', 'PXD'),
    ('weeks', 'DURATION', 'PXW'),
]),

# 3. CNN, heat record (2023)
('2023-07-18', 'auto', """Phoenix breaks record for longest run of 110-degree heat as Southwest bakes

(CNN) — Phoenix hit 110 degrees Fahrenheit on Tuesday afternoon, extending a streak of 19 straight days at or above that mark and breaking a record that had stood since 1974, as a relentless heat dome continues to bake the Southwest.

The temperature at Sky Harbor International Airport reached 110 degrees shortly before 1 p.m., according to the National Weather Service, and was forecast to climb to 116 by late afternoon. The previous streak of 18 days was set in June 1974.

Lows in Phoenix have not dipped below 90 degrees since Friday, giving people little chance to cool off, and an excessive heat warning for much of Arizona, Nevada and Southern California has been extended through Sunday.

"This is a marathon, not a sprint," said Matthew Hirsch, a meteorologist with the weather service in Phoenix. "We're looking at this pattern lasting at least another week, possibly into early August."

Heat has killed at least 12 people in Maricopa County this year, and health officials are investigating dozens of other deaths. Last year, the county recorded 425 heat-related deaths, a 25% increase over 2021.

City officials have extended hours at cooling centers since last week, and the utility company APS said power demand hit an all-time high Monday evening. The company said it did not expect outages but urged customers to conserve energy.

Elsewhere, temperatures in El Paso, Texas, have topped 100 degrees for 33 consecutive days. Death Valley in California reached 128 degrees on Sunday, just shy of the world record of 134 degrees set there in July 1913.

Across the globe, June was the hottest on record, according to the European Union's Copernicus Climate Change Service, and scientists say July could break that mark. Heat waves have become longer and more intense in recent years as a result of human-caused climate change, and cities in southern Europe and China have also set records this week.

Forecasters expect a brief break over the weekend in parts of Nevada, but Phoenix is unlikely to see highs below 110 until next Tuesday at the earliest.

The city's monsoon season officially began June 15 and runs through Sept. 30, but it has brought almost no rain. Phoenix normally records about 2.4 inches of rain during the season.

"People think they're used to this, but nobody is used to three weeks of it," said Dr. Kevin Alvarez, who runs the burn unit at Valleywise Health Medical Center, where staff have treated patients who fell on scorching pavement.
""", [
    ('Tuesday afternoon', 'DATE|TIME', '2023-07-18TAF'),
    ('19 straight days', 'DURATION', 'P19D'),
    ('1974', 'DATE', '1974'),
    ('shortly before 1 p.m.', 'TIME', '2023-07-18T13:00'),
    ('late afternoon', 'DATE|TIME', '2023-07-18TAF'),
    ('18 days', 'DURATION', 'P18D'),
    ('June 1974', 'DATE', '1974-06'),
    ('Friday', 'DATE', '2023-07-14'),
    ('Sunday', 'DATE', '2023-07-23'),
    ('at least another week', 'DURATION', 'P1W'),
    ('early August', 'DATE', '2023-08'),
    ('this year', 'DATE', '2023'),
    ('Last year', 'DATE', '2022'),
    ('2021', 'DATE', '2021'),
    ('last week', 'DATE', '2023-W28'),
    ('Monday evening', 'DATE|TIME', '2023-07-17TEV'),
    ('33 consecutive days', 'DURATION', 'P33D'),
    ('Sunday', 'DATE', '2023-07-16'),
    ('July 1913', 'DATE', '1913-07'),
    ('June', 'DATE', '2023-06'),
    ('July', 'DATE', '2023-07'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('this week', 'DATE', '2023-W29'),
    ('the weekend', 'DATE', '2023-W29-WE'),
    ('next Tuesday', 'DATE', '2023-07-25'),
    ('June 15', 'DATE', '2023-06-15'),
    ('Sept. 30', 'DATE', '2023-09-30'),
    ('three weeks', 'DURATION', 'P3W'),
]),

# 4. BBC News, election recount (2024)
('2024-07-06', 'auto', """Ashbourne and Dale: Labour wins seat by 19 votes after three recounts

Labour has won the Ashbourne and Dale seat by just 19 votes after a count that lasted more than 30 hours and went to three recounts.

Sarah Whitlock, 41, defeated the Conservative incumbent Mark Fenn by 21,344 votes to 21,325, ending the party's hold on a seat it had won at every election since 1983.

The first count, which began after polls closed at 22:00 on Thursday, put Mr Fenn ahead by seven votes. Ms Whitlock's team requested a recount, and counting staff worked through Friday before a second recount on Friday night narrowed the gap to three votes in her favour.

A third recount, completed shortly after 05:00 on Saturday, confirmed her victory.

"I haven't slept since Wednesday, but every single one of those votes mattered," Ms Whitlock, a former nurse who moved to the area a decade ago, said after the declaration.

Mr Fenn, who first won the seat in 2010 and was a junior minister from 2019 to 2022, said he would not challenge the result in court. Under electoral law, a petition must be lodged within 21 days of the result being returned.

The seat was one of several decided by fewer than 100 votes in Thursday's general election, in which Labour won a landslide. Sir Keir Starmer became prime minister on Friday, ending 14 years of Conservative government.

Turnout in Ashbourne and Dale was 63.2%, down from 70.1% five years ago.

The returning officer, Janet Price, said counting staff had worked in shifts and had been "remarkable". She added that the ballot papers would be stored securely for one year, as required by law.

Recounts are relatively rare. At the last general election, in December 2019, only a handful of seats required one, and none went to a third count.

Ms Whitlock will be sworn in when the Commons returns on Tuesday. She said she hoped to hold her first constituency surgery next weekend and would spend the coming days "thanking every volunteer who knocked on a door".

The Electoral Commission is expected to publish a full report on the election in the autumn, including a review of counting procedures in closely fought seats.

Local Conservatives said they would begin selecting a candidate for the next election in the new year.
""", [
    ('more than 30 hours', 'DURATION', 'PT30H'),
    ('1983', 'DATE', '1983'),
    ('22:00 on Thursday', 'TIME', '2024-07-04T22:00'),
    ('Friday', 'DATE', '2024-07-05'),
    ('Friday night', 'DATE|TIME', '2024-07-05TNI'),
    ('shortly after 05:00 on Saturday', 'TIME', '2024-07-06T05:00'),
    ('Wednesday', 'DATE', '2024-07-03'),
    ('a decade ago', 'DATE', '2014|201'),
    ('2010', 'DATE', '2010'),
    ('2019', 'DATE', '2019'),
    ('2022', 'DATE', '2022'),
    ('21 days', 'DURATION', 'P21D'),
    ('Thursday', 'DATE', '2024-07-04'),
    ('Friday', 'DATE', '2024-07-05'),
    ('14 years', 'DURATION', 'P14Y'),
    ('five years ago', 'DATE', '2019'),
    ('one year', 'DURATION', 'P1Y'),
    ('December 2019', 'DATE', '2019-12'),
    ('Tuesday', 'DATE', '2024-07-09'),
    ('next weekend', 'DATE', '2024-W28-WE'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('the autumn', 'DATE', '2024-FA'),
    ('the new year', 'DATE', '2025'),
]),

# 5. New York Times, bank collapse (2023)
('2023-03-14', 'auto', """Regulators Seize First Harbor Bank as Depositors Flee

Regulators took control of First Harbor Bank on Monday, the second major lender to collapse in less than a week, as fallout from the failure of Silicon Valley Bank spread to midsize banks across the country.

The Federal Deposit Insurance Corporation said it had seized the San Diego-based bank at about 4 p.m. Monday after customers pulled more than $9 billion in deposits over two days. The bank's 41 branches will reopen Wednesday under F.D.I.C. control, and all depositors will have full access to their money, officials said.

First Harbor, founded in 1987, grew rapidly during the pandemic as technology start-ups and real estate developers parked cash there. Its deposits nearly tripled from 2019 to 2022, and much of the money was invested in Treasury bonds that lost value when the Federal Reserve began raising interest rates last year.

"We did everything by the book, and it wasn't enough," the bank's chief executive, Laura Chen, said in a statement on Monday evening. Ms. Chen took over the bank just eight months ago.

The bank reported a profit of $212 million for the fourth quarter, and on Feb. 28 it told investors that its balance sheet was "rock solid." Its shares fell 61 percent on Friday and did not trade on Monday.

The collapse follows the failure on Friday of Silicon Valley Bank, the largest American bank failure since Washington Mutual went under in September 2008. On Sunday evening, the Treasury Department, the Fed and the F.D.I.C. announced that they would guarantee all deposits at Silicon Valley Bank and at Signature Bank in New York, which regulators also closed on Sunday. They also created a lending program that will offer banks loans of up to one year.

President Biden said on Monday morning that Americans could "rest assured that our banking system is safe."

Lawmakers from both parties called for hearings, and the Senate Banking Committee said it would hold one in the coming weeks. Analysts said regional bank stocks, which have fallen about 20 percent this month, could remain volatile at least until the Fed's next policy meeting, which ends on March 22.

Regulators have faced questions for years about whether midsize banks are supervised closely enough. In 2018, Congress eased rules for banks of its size.

"Nobody thought a bank this size could go down in 48 hours," said Mark Levinson, a banking analyst at Keel Street Partners. "That assumption is gone now."

For now, depositors are being told to stay calm. First Harbor customers lined up outside branches in San Diego and Los Angeles on Tuesday morning, hoping to withdraw their money.
""", [
    ('Monday', 'DATE', '2023-03-13'),
    ('less than a week', 'DURATION', 'P1W'),
    ('about 4 p.m. Monday', 'TIME', '2023-03-13T16:00'),
    ('two days', 'DURATION', 'P2D'),
    ('Wednesday', 'DATE', '2023-03-15'),
    ('1987', 'DATE', '1987'),
    ('2019', 'DATE', '2019'),
    ('2022', 'DATE', '2022'),
    ('last year', 'DATE', '2022'),
    ('Monday evening', 'DATE|TIME', '2023-03-13TEV'),
    ('eight months ago', 'DATE', '2022-07'),
    ('the fourth quarter', 'DATE', '2022-Q4'),
    ('Feb. 28', 'DATE', '2023-02-28'),
    ('Friday', 'DATE', '2023-03-10'),
    ('Monday', 'DATE', '2023-03-13'),
    ('Friday', 'DATE', '2023-03-10'),
    ('September 2008', 'DATE', '2008-09'),
    ('Sunday evening', 'DATE|TIME', '2023-03-12TEV'),
    ('Sunday', 'DATE', '2023-03-12'),
    ('one year', 'DURATION', 'P1Y'),
    ('Monday morning', 'DATE|TIME', '2023-03-13TMO'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('this month', 'DATE', '2023-03'),
    ('March 22', 'DATE', '2023-03-22'),
    ('years', 'DURATION', 'PXY'),
    ('2018', 'DATE', '2018'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Tuesday morning', 'DATE|TIME', '2023-03-14TMO'),
]),

# 6. AP, volcanic eruption (2024)
('2024-03-17', 'auto', """Volcano erupts again in southwest Iceland, sending lava toward evacuated town

GRINDAVIK, Iceland (AP) — A volcano in southwest Iceland erupted Saturday evening for the fourth time since December, spewing lava into the air and prompting the evacuation of the famed Blue Lagoon spa.

The eruption began at 8:23 p.m. Saturday, local time, after a burst of earthquakes, Iceland's Meteorological Office said. A fissure about 3 kilometers (2 miles) long opened between two mountains north of Grindavik, a fishing town of 3,800 people that was largely evacuated in November.

By Sunday morning, lava had reached the defensive walls built last year to protect the town and was flowing about 200 meters (650 feet) from the main road to the coast. Activity had decreased by early Sunday, scientists said, but the eruption could last for days or weeks.

"This is the most powerful eruption in the series," said volcanologist Helga Jonsdottir of the University of Iceland. "The magma has been accumulating under the area for about three weeks."

The Reykjanes Peninsula had not seen an eruption for about 800 years before a volcano there erupted in March 2021. Eruptions followed in August 2022 and July 2023, in remote valleys that drew thousands of tourists.

The latest eruptions have been much closer to populated areas. An eruption on Jan. 14 destroyed three homes on the outskirts of Grindavik, and lava from a fissure that opened on Feb. 8 cut a pipeline, leaving about 20,000 people without hot water for several days.

Residents were allowed back into the town last month to collect belongings, but most have moved elsewhere. The government has offered to buy their homes, and more than 600 applications had been received by Friday.

Flights at Keflavik International Airport were operating normally on Sunday, officials said. Iceland's 2010 Eyjafjallajokull eruption grounded flights across Europe for six days, but the fissure eruptions on the peninsula produce little ash.

The Blue Lagoon, one of Iceland's biggest tourist attractions, said it would remain closed until Tuesday. The spa has been shut for much of the past four months and reopened only two weeks ago.

Scientists warned that the peninsula may have entered a new volcanic era and that eruptions could continue there for years, or even decades.
""", [
    ('Saturday evening', 'DATE|TIME', '2024-03-16TEV'),
    ('December', 'DATE', '2023-12'),
    ('8:23 p.m. Saturday', 'TIME', '2024-03-16T20:23'),
    ('November', 'DATE', '2023-11'),
    ('Sunday morning', 'DATE|TIME', '2024-03-17TMO'),
    ('last year', 'DATE', '2023'),
    ('early Sunday', 'DATE|TIME', '2024-03-17|2024-03-17TMO'),
    ('days', 'DURATION', 'PXD'),
    ('weeks', 'DURATION', 'PXW'),
    ('about three weeks', 'DURATION', 'P3W'),
    ('about 800 years', 'DURATION', 'P800Y'),
    ('March 2021', 'DATE', '2021-03'),
    ('August 2022', 'DATE', '2022-08'),
    ('July 2023', 'DATE', '2023-07'),
    ('Jan. 14', 'DATE', '2024-01-14'),
    ('Feb. 8', 'DATE', '2024-02-08'),
    ('several days', 'DURATION', 'PXD'),
    ('last month', 'DATE', '2024-02'),
    ('Friday', 'DATE', '2024-03-15'),
    ('Sunday', 'DATE', '2024-03-17'),
    ('2010', 'DATE', '2010'),
    ('six days', 'DURATION', 'P6D'),
    ('Tuesday', 'DATE', '2024-03-19'),
    ('the past four months', 'DURATION', 'P4M'),
    ('two weeks ago', 'DATE', '2024-W09|2024-03-03'),
    ('years', 'DURATION', 'PXY'),
    ('decades', 'DURATION', 'PXE|PXY'),
]),

# 7. Reuters, World Cup match (2022)
('2022-11-27', 'auto', """Soccer-Morocco stun Belgium to move to brink of World Cup last 16

DOHA, Nov 27 (Reuters) - Morocco beat Belgium 2-0 in their World Cup Group F match on Sunday, with substitutes Abdelhamid Sabiri and Zakaria Aboukhlal scoring late to put the Atlas Lions on the verge of the knockout stage for the first time since 1986.

Sabiri curled in a free kick from a tight angle with 17 minutes remaining, and Aboukhlal added a second deep into stoppage time after a fine run down the left by Hakim Ziyech.

Belgium, ranked second in the world, managed only three shots on target and must now beat Croatia on Thursday to be sure of progressing.

"We have been together for six years, and today we were not good enough," said Belgium coach Roberto Martinez, who has been in charge since 2016. "There is no time to feel sorry for ourselves."

Morocco, who drew 0-0 with Croatia on Wednesday, top the group with four points and will face Canada, already eliminated, on Thursday at 1500 GMT.

Coach Walid Regragui was appointed in August, only three months before the tournament, after his predecessor fell out with several senior players. He has not lost a match since.

"People said we were a small team. Today we showed them what we are," Regragui told reporters.

Thousands of fans celebrated in the streets of Rabat and Casablanca, while police in Brussels used water cannon and tear gas after rioting broke out in the city centre on Sunday evening. Belgian police said about a dozen people were detained.

Morocco last reached the knockout rounds at the 1986 tournament in Mexico, when they topped a group that included England, Poland and Portugal. They were eliminated in the group stage in Russia four years ago, when Belgium went on to finish third.

Belgium midfielder Kevin De Bruyne said last week that his team were "too old" to win the tournament, comments that drew criticism at home.

Croatia, the runners-up in 2018, beat Canada 4-1 on Sunday. The top two teams in each group advance to the round of 16, which begins on Dec. 3. The final will be played at Lusail Stadium on Dec. 18.
""", [
    ('Nov 27', 'DATE', '2022-11-27'),
    ('Sunday', 'DATE', '2022-11-27'),
    ('1986', 'DATE', '1986'),
    ('17 minutes', 'DURATION', 'PT17M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Thursday', 'DATE', '2022-12-01'),
    ('six years', 'DURATION', 'P6Y'),
    ('today', 'DATE', '2022-11-27'),
    ('2016', 'DATE', '2016'),
    ('Wednesday', 'DATE', '2022-11-23'),
    ('Thursday at 1500 GMT', 'TIME', '2022-12-01T15:00'),
    ('August', 'DATE', '2022-08'),
    ('three months', 'DURATION', 'P3M'),
    ('Today', 'DATE', '2022-11-27'),
    ('Sunday evening', 'DATE|TIME', '2022-11-27TEV'),
    ('1986', 'DATE', '1986'),
    ('four years ago', 'DATE', '2018'),
    ('last week', 'DATE', '2022-W46'),
    ('2018', 'DATE', '2018'),
    ('Sunday', 'DATE', '2022-11-27'),
    ('Dec. 3', 'DATE', '2022-12-03'),
    ('Dec. 18', 'DATE', '2022-12-18'),
]),

# 8. Wall Street Journal, chip factory (2022)
('2022-09-09', 'auto', """Meridian Semiconductor Breaks Ground on $20 Billion Texas Chip Plant

Meridian Semiconductor Corp. broke ground Friday on a $20 billion chip factory outside Austin, Texas, betting that new federal subsidies will make U.S. manufacturing competitive with Asia even as demand for some chips cools.

The plant, which the company said would employ 3,000 people, is scheduled to begin production in 2025. Chief Executive Tom Ralston said at the ceremony that Meridian aims to reach full capacity by the end of fiscal 2026.

The project is among the first major investments announced since President Biden signed the Chips and Science Act on Aug. 9. The law set aside $52.7 billion for domestic semiconductor manufacturing and research, and Meridian expects to apply for grants when the Commerce Department begins accepting applications early next year.

Meridian reported second-quarter revenue of $4.1 billion last month, up 18% from a year earlier. But executives warned that demand for chips used in personal computers and smartphones was weakening, and the company cut its revenue forecast for the current quarter by about 10%. Its shares have fallen 35% this year, roughly in line with the PHLX Semiconductor Index.

"For the past two decades, this industry has gone wherever costs were lowest," Mr. Ralston said. "Now governments are competing for these plants, and that changes the math."

Meridian, founded in 1996, has made most of its chips in Taiwan and South Korea since the early 2000s. The U.S. share of global chip manufacturing capacity has fallen to about 12% from 37% in 1990, according to the Semiconductor Industry Association.

Building a plant of this size typically takes about three years, and the company said construction would begin in earnest in the fourth quarter. At its peak, the project is expected to bring about 500 new construction workers to the site monthly.

Texas Gov. Greg Abbott, who attended Friday's ceremony, said the state would provide $300 million in tax incentives over 10 years. Local officials said they had been courting the company since 2020.

Analysts said the timing was risky. "Chip cycles tend to turn every few years, and we're heading into a downturn now," said Priya Natarajan, an analyst at Halbrook Securities. "But nobody builds a fab for the next six months. They build it for the next 20 years."

Meridian will report third-quarter results on Oct. 27.
""", [
    ('Friday', 'DATE', '2022-09-09'),
    ('2025', 'DATE', '2025'),
    ('the end of fiscal 2026', 'DATE', 'FY2026|2026'),
    ('Aug. 9', 'DATE', '2022-08-09'),
    ('early next year', 'DATE', '2023'),
    ('second-quarter', 'DATE', '2022-Q2'),
    ('last month', 'DATE', '2022-08'),
    ('a year earlier', 'DATE', '2021-Q2|2021'),
    ('the current quarter', 'DATE', '2022-Q3'),
    ('this year', 'DATE', '2022'),
    ('the past two decades', 'DURATION', 'P20Y|P2E'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('1996', 'DATE', '1996'),
    ('the early 2000s', 'DATE', '200'),
    ('1990', 'DATE', '1990'),
    ('about three years', 'DURATION', 'P3Y'),
    ('the fourth quarter', 'DATE', '2022-Q4'),
    ('monthly', 'SET', 'P1M'),
    ('Friday', 'DATE', '2022-09-09'),
    ('10 years', 'DURATION', 'P10Y'),
    ('2020', 'DATE', '2020'),
    ('every few years', 'SET', 'PXY'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the next six months', 'DURATION', 'P6M'),
    ('the next 20 years', 'DURATION', 'P20Y'),
    ('third-quarter', 'DATE', '2022-Q3'),
    ('Oct. 27', 'DATE', '2022-10-27'),
]),

# 9. BBC News, hostage release (2022)
('2022-04-13', 'auto', """Niger: Kidnapped British aid worker and colleague freed after 18 months

A British aid worker and his Nigerien colleague who were kidnapped in western Niger in October 2020 have been freed, their employer has said.

James Hallam, 52, and Idrissa Maiga, 34, were handed over to officials in the capital, Niamey, on Tuesday evening, the charity Water Horizon said in a statement on Wednesday.

The two men were abducted at gunpoint on 17 October 2020 while visiting a well-drilling project near the border with Mali. They had been held for almost 18 months.

Mr Hallam's wife, Helen, said the family had received a phone call at 06:00 on Wednesday telling them he was safe. "We have waited every single day for this moment," she said. "The past year and a half has been the hardest of our lives."

The men are expected to fly to Paris on Thursday for medical checks, and Mr Hallam is due to return to the UK at the weekend, in time for Easter.

No group has said it was behind the kidnapping, though officials suspect a local affiliate of the Islamic State group, which has carried out frequent attacks in the region in recent years.

A proof-of-life video was released last summer, and negotiations led by Nigerien intermediaries intensified in February, according to a source close to the talks. It is not clear whether a ransom was paid.

The UK Foreign Office, which has advised against all travel to the area since 2019, said it was "delighted" by the news and thanked the authorities in Niger for their help.

Niger has been battling jihadist insurgents for more than a decade. In 2021 alone, more than 600 civilians were killed in attacks in the country, according to the monitoring group Acled.

Several Westerners remain in captivity in the Sahel, including an American missionary who was kidnapped in neighbouring Burkina Faso six years ago.

Mr Hallam, who has worked in west Africa since the 1990s, trained local engineers to maintain hand pumps. Water Horizon said it would resume its work in Niger in the coming months but would not send international staff to the region for now.

"James always said the wells would outlast all of us," a colleague said. "He will want to go back. We will have to talk him out of it."
""", [
    ('18 months', 'DURATION', 'P18M'),
    ('October 2020', 'DATE', '2020-10'),
    ('Tuesday evening', 'DATE|TIME', '2022-04-12TEV'),
    ('Wednesday', 'DATE', '2022-04-13'),
    ('17 October 2020', 'DATE', '2020-10-17'),
    ('almost 18 months', 'DURATION', 'P18M'),
    ('06:00 on Wednesday', 'TIME', '2022-04-13T06:00'),
    ('every single day', 'SET', 'P1D'),
    ('The past year and a half', 'DURATION', 'P18M|P1.5Y'),
    ('Thursday', 'DATE', '2022-04-14'),
    ('the weekend', 'DATE', '2022-W15-WE'),
    ('Easter', 'DATE', '2022-04-17'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('last summer', 'DATE', '2021-SU'),
    ('February', 'DATE', '2022-02'),
    ('2019', 'DATE', '2019'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('2021', 'DATE', '2021'),
    ('six years ago', 'DATE', '2016'),
    ('the 1990s', 'DATE', '199'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('now', 'DATE', 'PRESENT_REF'),
]),

# 10. CNN, hurricane landfall (2020)
('2020-08-27', 'auto', """Hurricane Laura slams Louisiana coast as one of the strongest storms in state history

(CNN) — Hurricane Laura made landfall in southwestern Louisiana early Thursday as a Category 4 storm, bringing 150 mph winds and a storm surge that officials had warned would be "unsurvivable."

The eye of the storm came ashore near Cameron, Louisiana, at 1 a.m. Thursday local time, the National Hurricane Center said. It was the strongest hurricane to hit the state since 1856, based on wind speed.

By 10 a.m., Laura had weakened to a Category 2 storm, centered about 30 miles north of Lake Charles and moving north at 15 mph. More than 600,000 homes and businesses were without power in Louisiana and Texas on Thursday morning, according to PowerOutage.us.

"We know that there is going to be a lot of damage," Louisiana Gov. John Bel Edwards said at a briefing Thursday. "It could take weeks to get the power back on in some places."

Evacuation orders issued on Tuesday covered more than 500,000 residents of coastal Texas and Louisiana, though officials said some people chose to ride out the storm. Laura strengthened from a Category 1 to a Category 4 in just 24 hours on Wednesday, one of the fastest intensifications on record in the Gulf of Mexico.

Cameron Parish was devastated by Hurricane Rita in 2005 and by Hurricane Ike three years later. Many residents who rebuilt after those storms now live in homes raised on stilts.

Laura is forecast to move through Arkansas on Thursday night and reach the Ohio Valley by Friday afternoon, bringing heavy rain and the risk of flash flooding to parts of the Mid-South through the weekend.

The storm arrives as Louisiana continues to struggle with the coronavirus pandemic, which has killed more than 4,800 people in the state since March. Officials have put evacuees in hotel rooms rather than crowded shelters to limit the spread of the virus.

Laura is the 12th named storm to form in the Atlantic this year, and forecasters at the National Oceanic and Atmospheric Administration said earlier this month that as many as 25 could form before the season ends on Nov. 30.

Edwards said he would tour the damage on Friday and that he had asked President Donald Trump for a major disaster declaration. Trump, who was monitoring the storm from the White House, said he would visit the region over the weekend.

Tropical Storm Marco, which had been forecast to hit the state as a hurricane, weakened before making landfall on Monday.
""", [
    ('early Thursday', 'DATE|TIME', '2020-08-27|2020-08-27TMO'),
    ('1 a.m. Thursday', 'TIME', '2020-08-27T01:00'),
    ('1856', 'DATE', '1856'),
    ('10 a.m.', 'TIME', '2020-08-27T10:00'),
    ('Thursday morning', 'DATE|TIME', '2020-08-27TMO'),
    ('Thursday', 'DATE', '2020-08-27'),
    ('weeks', 'DURATION', 'PXW'),
    ('Tuesday', 'DATE', '2020-08-25'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('Wednesday', 'DATE', '2020-08-26'),
    ('2005', 'DATE', '2005'),
    ('three years later', 'DATE', '2008'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Thursday night', 'DATE|TIME', '2020-08-27TNI'),
    ('Friday afternoon', 'DATE|TIME', '2020-08-28TAF'),
    ('the weekend', 'DATE', '2020-W35-WE'),
    ('March', 'DATE', '2020-03'),
    ('this year', 'DATE', '2020'),
    ('earlier this month', 'DATE', '2020-08'),
    ('Nov. 30', 'DATE', '2020-11-30'),
    ('Friday', 'DATE', '2020-08-28'),
    ('the weekend', 'DATE', '2020-W35-WE'),
    ('Monday', 'DATE', '2020-08-24'),
]),

# 11. Bloomberg, interest-rate decision (2024)
('2024-09-18', 'auto', """Fed Cuts Rates by Half Point, Kicking Off First Easing Cycle Since 2020

(Bloomberg) -- Federal Reserve officials lowered interest rates by half a percentage point on Wednesday, beginning their first easing cycle in more than four years as they shift focus from fighting inflation to protecting a cooling labor market.

The Federal Open Market Committee voted 11-1 to reduce the benchmark federal funds rate to a range of 4.75% to 5%. Officials had kept the rate at its highest level since 2001 for more than a year, after last raising it in July 2023.

The decision, announced at 2 p.m. in Washington, came with updated projections showing officials expect another half point of cuts by the end of the year and a full percentage point of reductions in 2025.

"We're going to take it meeting by meeting," Chair Jerome Powell told reporters at a press conference at 2:30 p.m. "We don't think we're behind. We think this is timely."

Policymakers last cut rates in March 2020, when they slashed them to near zero as the Covid-19 pandemic shut down the economy. They began raising them two years later and lifted rates 11 times through mid-2023.

Inflation, as measured by the Fed's preferred gauge, slowed to 2.5% in the 12 months through July, down from a peak of 7.1% in June 2022. It has exceeded the central bank's 2% target every month since March 2021.

The unemployment rate, meanwhile, has climbed to 4.2% from 3.4% early last year, and payroll gains slowed sharply over the summer to the weakest pace since 2020.

Traders in futures markets had been split on Tuesday between a quarter-point and a half-point move. The S&P 500 briefly rose to a record after the announcement before closing lower, while Treasury yields rose.

"The Fed has made a clear statement that it wants to get ahead of the curve," said Laura Stein, an economist at Bloomberg Economics. "The question now is how fast they go from here."

Fed Governor Michelle Bowman dissented in favor of a quarter-point cut, the first dissent by a governor since 2005.

Officials will meet twice more this year, in November and December. The November meeting ends two days after the presidential election. Economists surveyed by Bloomberg earlier this month expected third-quarter growth of about 2%.

Powell, whose term as chair ends in May 2026, has said repeatedly that the Fed's decisions are not influenced by politics.

Other central banks will also make decisions this week. The Bank of England is expected to hold rates on Thursday, and the Bank of Japan announces its decision on Friday.
""", [
    ('2020', 'DATE', '2020'),
    ('Wednesday', 'DATE', '2024-09-18'),
    ('more than four years', 'DURATION', 'P4Y'),
    ('2001', 'DATE', '2001'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('July 2023', 'DATE', '2023-07'),
    ('2 p.m.', 'TIME', '2024-09-18T14:00'),
    ('the end of the year', 'DATE', '2024|2024-12'),
    ('2025', 'DATE', '2025'),
    ('2:30 p.m.', 'TIME', '2024-09-18T14:30'),
    ('March 2020', 'DATE', '2020-03'),
    ('two years later', 'DATE', '2022'),
    ('mid-2023', 'DATE', '2023'),
    ('the 12 months', 'DURATION', 'P12M'),
    ('July', 'DATE', '2024-07'),
    ('June 2022', 'DATE', '2022-06'),
    ('every month', 'SET', 'P1M'),
    ('March 2021', 'DATE', '2021-03'),
    ('early last year', 'DATE', '2023'),
    ('the summer', 'DATE', '2024-SU'),
    ('2020', 'DATE', '2020'),
    ('Tuesday', 'DATE', '2024-09-17'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2005', 'DATE', '2005'),
    ('this year', 'DATE', '2024'),
    ('November', 'DATE', '2024-11'),
    ('December', 'DATE', '2024-12'),
    ('November', 'DATE', '2024-11'),
    ('two days', 'DURATION', 'P2D'),
    ('earlier this month', 'DATE', '2024-09'),
    ('third-quarter', 'DATE', '2024-Q3'),
    ('May 2026', 'DATE', '2026-05'),
    ('this week', 'DATE', '2024-W38'),
    ('Thursday', 'DATE', '2024-09-19'),
    ('Friday', 'DATE', '2024-09-20'),
]),

# 12. New York Times, court verdict (2023)
('2023-11-03', 'auto', """Former Hospital Chain Chief Is Convicted of Defrauding Medicare

A federal jury in Manhattan on Thursday convicted the former chief executive of a New York hospital chain of defrauding Medicare of more than $200 million, capping a seven-week trial that laid bare how the company billed for care that patients never received.

The jurors deliberated for about 11 hours over three days before returning their verdict shortly after 3 p.m. on Thursday. The defendant, Richard Moravec, 63, was found guilty on all six counts, including conspiracy and wire fraud. He faces up to 20 years in prison on the most serious charge.

Judge Elena Marquez set sentencing for Feb. 15 and allowed Mr. Moravec to remain free on a $5 million bond in the meantime.

Prosecutors said that from 2015 to 2019, Mr. Moravec directed employees at Hudson Valley Health Partners to bill Medicare for physical therapy sessions and home visits that never took place, and to alter records when auditors asked questions.

The scheme unraveled in the spring of 2020, when a billing manager went to the F.B.I. with copies of internal emails. Mr. Moravec was arrested in August 2021 at his home in Westchester County.

"This was not a mistake. It was a business model," the United States attorney for the Southern District of New York said in a statement on Thursday evening.

Mr. Moravec's lawyer, Susan Hartley, said outside the courthouse that her client would appeal. "We are disappointed, but this is far from over," she said. Under federal rules, a notice of appeal must be filed within 14 days of the judgment.

The trial, which began on Sept. 12, featured testimony from more than 30 witnesses. A former finance director testified for four days last month, telling jurors that Mr. Moravec reviewed billing figures weekly and once threatened to fire her for questioning them.

Hudson Valley Health Partners filed for bankruptcy last year and has since closed two of its five hospitals. Nurses who worked there said in interviews that they had complained about staffing for years.

Two other former executives pleaded guilty in March and are expected to be sentenced early next year.

Medicare fraud costs taxpayers tens of billions of dollars annually, according to federal estimates, and the Justice Department has made health care fraud a priority since the late 1990s.

On Friday, a group of former employees gathered outside one of the shuttered hospitals in Poughkeepsie. "We told them for years what was happening," said Maria Gonzalez, 58, a nurse who worked there for two decades. "Yesterday, somebody finally listened."
""", [
    ('Thursday', 'DATE', '2023-11-02'),
    ('seven-week', 'DURATION', 'P7W'),
    ('about 11 hours', 'DURATION', 'PT11H'),
    ('three days', 'DURATION', 'P3D'),
    ('shortly after 3 p.m. on Thursday', 'TIME', '2023-11-02T15:00'),
    ('20 years', 'DURATION', 'P20Y'),
    ('Feb. 15', 'DATE', '2024-02-15'),
    ('2015', 'DATE', '2015'),
    ('2019', 'DATE', '2019'),
    ('the spring of 2020', 'DATE', '2020-SP'),
    ('August 2021', 'DATE', '2021-08'),
    ('Thursday evening', 'DATE|TIME', '2023-11-02TEV'),
    ('14 days', 'DURATION', 'P14D'),
    ('Sept. 12', 'DATE', '2023-09-12'),
    ('four days', 'DURATION', 'P4D'),
    ('last month', 'DATE', '2023-10'),
    ('weekly', 'SET', 'P1W'),
    ('last year', 'DATE', '2022'),
    ('years', 'DURATION', 'PXY'),
    ('March', 'DATE', '2023-03'),
    ('early next year', 'DATE', '2024'),
    ('annually', 'SET', 'P1Y'),
    ('the late 1990s', 'DATE', '199'),
    ('Friday', 'DATE', '2023-11-03'),
    ('years', 'DURATION', 'PXY'),
    ('two decades', 'DURATION', 'P20Y|P2E'),
    ('Yesterday', 'DATE', '2023-11-02'),
]),
]
