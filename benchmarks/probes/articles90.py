# Gold TIMEX3 probe set 90: international affairs news (summits, wars, ceasefires, sanctions, elections abroad, refugees, trade talks) in AP, Reuters, AFP, Xinhua, Kyodo, Al Jazeera and BBC styles, DCTs 1999-2025, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, Kosovo refugees at the Macedonian border (1999)
('1999-04-08', 'auto', """Macedonia Reopens Border as Kosovo Refugee Camps Overflow

BLACE, Macedonia (AP) -- Macedonian police reopened the Blace border crossing early Thursday after shutting it for nearly 12 hours, and thousands of ethnic Albanians, some of whom had been stranded in a muddy field for five days, began trudging toward hastily built camps.

Aid workers said about 4,000 people had crossed before noon, many of them elderly villagers and young children who said Serb police had driven them from their homes in Pristina at gunpoint last week. Some said they had walked for three days with little food or water.

"We left on Friday night with only what we could carry," said Fatmir Berisha, a schoolteacher, clutching a plastic bag of family documents. "The police gave us ten minutes. They took our car and our identity cards."

The U.N. refugee agency says more than 130,000 Kosovars have fled into Macedonia since NATO began bombing Yugoslavia on March 24, and new arrivals are reaching the frontier daily. The government in Skopje, which fears the influx could upset the country's fragile ethnic balance, has repeatedly demanded that other nations take in more of the refugees.

On Tuesday, Macedonian authorities loaded thousands of people from the crossing onto buses without warning, sending some to Albania and others to the airport for flights to Turkey. Relief workers protested that families had been split up in the confusion, and the agency said Wednesday it was still trying to trace at least 300 children.

Lena Marsh, a spokeswoman for the agency, said the camp at Stenkovec, which NATO troops built in 48 hours, was already overcrowded. "We are planning for another 100,000 people in the coming weeks, and frankly we do not know yet where they will go," she said.

Germany has agreed to accept 10,000 refugees, and the first flight is expected to leave Skopje on Friday. Turkey, Norway and Austria have made similar offers. U.S. officials said Washington would temporarily house up to 20,000 Kosovars at its naval base at Guantanamo Bay, Cuba, though no date has been set for the first transfers.

In Brussels, a NATO spokesman said alliance aircraft had flown more than 400 sorties in the past 24 hours, the heaviest raids since the air campaign began 15 days ago.

Yugoslav President Slobodan Milosevic declared a unilateral cease-fire in Kosovo on Tuesday, citing the Orthodox holiday that falls this weekend, but NATO leaders dismissed the offer as a ploy and said the bombing would go on.

At Blace, Macedonian officials said the crossing would stay open at least until Monday. By late afternoon, a line of tractors and horse carts still stretched back more than a mile into Kosovo.
""", [
    ('early Thursday', 'DATE', '1999-04-08'),
    ('nearly 12 hours', 'DURATION', 'PT12H'),
    ('five days', 'DURATION', 'P5D'),
    ('noon', 'TIME', '1999-04-08T12:00'),
    ('last week', 'DATE', '1999-W13'),
    ('three days', 'DURATION', 'P3D'),
    ('Friday night', 'DATE|TIME', '1999-04-02TNI'),
    ('ten minutes', 'DURATION', 'PT10M'),
    ('March 24', 'DATE', '1999-03-24'),
    ('daily', 'SET', 'P1D'),
    ('Tuesday', 'DATE', '1999-04-06'),
    ('Wednesday', 'DATE', '1999-04-07'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
    ('Friday', 'DATE', '1999-04-09'),
    ('the past 24 hours', 'DURATION', 'PT24H'),
    ('15 days ago', 'DATE', '1999-03-24'),
    ('Tuesday', 'DATE', '1999-04-06'),
    ('this weekend', 'DATE', '1999-W14-WE'),
    ('Monday', 'DATE', '1999-04-12'),
    ('late afternoon', 'DATE|TIME', '1999-04-08TAF'),
]),
# 2. Reuters, WTO ministerial talks in Cancun (2003)
('2003-09-13', 'auto', """WTO talks in Cancun teeter as farm row deepens

CANCUN, Mexico, Sept 13 (Reuters) - Trade ministers negotiated past midnight in a bid to rescue World Trade Organisation talks in Cancun, but a bloc of developing countries led by Brazil and India showed no sign on Saturday of yielding on farm subsidies ahead of Sunday's scheduled close.

Mexican Foreign Minister Luis Ernesto Derbez, who chairs the meeting, circulated a revised draft declaration at about 1 p.m. that offered modest cuts in export subsidies but set no date for eliminating them.

The Group of 21 developing nations, which represents more than half the world's population, rejected the text within hours, saying it did little to reduce the roughly $300 billion a year that wealthy countries spend supporting their farmers.

"We did not fly to Mexico to sign a document that was written for us in Washington and Brussels," said a senior Brazilian negotiator who asked not to be named.

The meeting of 146 member states is meant to keep alive the Doha round of trade liberalisation, launched in Qatar in November 2001 and due to be completed by January 1, 2005. Negotiators already missed several deadlines earlier this year, including a March target for agreeing the broad outline of a farm deal.

European Union Trade Commissioner Pascal Lamy told reporters on Friday that the 15-nation bloc had gone as far as it could on agriculture and that it was now up to others to move. Washington has said it will not cut its own support payments unless Europe and Japan go first.

A separate dispute over the so-called Singapore issues -- investment, competition, government procurement and trade facilitation -- flared on Thursday, when delegates from several African countries walked out of a closed-door session after two hours, complaining they were being pressured to open talks on subjects they had never agreed to negotiate.

Officials said the meeting could be extended into Monday if necessary, although many delegations have booked flights home for Sunday evening.

A collapse would be the second failure in four years for the WTO, whose 1999 ministerial meeting in Seattle broke down amid street protests and bitter divisions between rich and poor members.

Outside the heavily guarded hotel zone, several thousand farmers and anti-globalisation activists marched again on Saturday, many wearing black armbands in memory of a South Korean farmer who stabbed himself to death at a police barricade on Wednesday.

"The mood inside is as grim as it is outside," one Asian diplomat said late Saturday. "Nobody wants to be blamed for killing the round, but nobody is ready to pay the price of saving it."
""", [
    ('Sept 13', 'DATE', '2003-09-13'),
    ('midnight', 'TIME', '2003-09-12T24:00|2003-09-13T00:00'),
    ('Saturday', 'DATE', '2003-09-13'),
    ('Sunday', 'DATE', '2003-09-14'),
    ('about 1 p.m.', 'TIME', '2003-09-13T13:00'),
    ('hours', 'DURATION', 'PTXH'),
    ('a year', 'SET', 'P1Y'),
    ('November 2001', 'DATE', '2001-11'),
    ('January 1, 2005', 'DATE', '2005-01-01'),
    ('earlier this year', 'DATE', '2003'),
    ('March', 'DATE', '2003-03'),
    ('Friday', 'DATE', '2003-09-12'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Thursday', 'DATE', '2003-09-11'),
    ('two hours', 'DURATION', 'PT2H'),
    ('Monday', 'DATE', '2003-09-15'),
    ('Sunday evening', 'DATE|TIME', '2003-09-14TEV'),
    ('four years', 'DURATION', 'P4Y'),
    ('1999', 'DATE', '1999'),
    ('Saturday', 'DATE', '2003-09-13'),
    ('Wednesday', 'DATE', '2003-09-10'),
    ('late Saturday', 'DATE', '2003-09-13'),
]),
# 3. AFP, Ivory Coast ceasefire (2002)
('2002-10-18', 'auto', """Ivory Coast calm as government accepts rebel ceasefire

ABIDJAN, Oct 18 (AFP) - Calm returned to the streets of Ivory Coast's economic capital on Friday after the government accepted a ceasefire offered by rebels who have controlled the north of the country for almost a month, though residents of the central city of Bouake reported sporadic gunfire late Thursday.

President Laurent Gbagbo announced in a televised address on Thursday evening that the army would respect the truce, which the rebel Patriotic Movement of Ivory Coast (MPCI) had declared in Bouake that afternoon. West African mediators had been shuttling between the two sides for more than a week.

The uprising began on September 19 with coordinated attacks in Abidjan, Bouake and the northern town of Korhogo by soldiers angry at plans to demobilise them. Interior Minister Emile Boga Doudou was killed in the fighting in Abidjan that morning.

French troops will monitor the ceasefire until a West African force can be deployed, a French defence ministry spokesman said in Paris. France, the former colonial power, has about 1,000 soldiers in the country and flew in reinforcements last month to help evacuate foreigners trapped by the fighting, including dozens of children from an American missionary school near Bouake.

The Economic Community of West African States (ECOWAS) said its defence chiefs would meet in Abidjan next week to discuss sending a force of some 2,000 troops, which could be in place within 30 days.

Cocoa exporters, who suspended loadings at the port of San Pedro on Monday, said business could resume as early as Saturday. Ivory Coast produces about 40 percent of the world's cocoa, and prices in London last week hit their highest level since 1986.

In Abidjan, where a curfew has been imposed every night since the uprising, shops reopened and the city's notorious traffic jams were back by mid-morning.

"For four weeks we have been sleeping with our shoes on," said Mariam Kone, a market trader in the sprawling Adjame district. "Today, at last, people are talking about the future again."

Diplomats cautioned that the truce remained fragile. The rebels, who are demanding Gbagbo's resignation and fresh elections, said they would give the mediators until the end of the month to produce a framework for negotiations before reviewing their position.

Gbagbo, who came to power in October 2000 after a bitterly disputed election, has accused unnamed neighbouring countries of arming the mutineers, a charge Burkina Faso has repeatedly denied.
""", [
    ('Oct 18', 'DATE', '2002-10-18'),
    ('Friday', 'DATE', '2002-10-18'),
    ('almost a month', 'DURATION', 'P1M'),
    ('late Thursday', 'DATE', '2002-10-17'),
    ('Thursday evening', 'DATE|TIME', '2002-10-17TEV'),
    ('that afternoon', 'DATE|TIME', '2002-10-17TAF'),
    ('more than a week', 'DURATION', 'P1W'),
    ('September 19', 'DATE', '2002-09-19'),
    ('that morning', 'DATE|TIME', '2002-09-19TMO'),
    ('last month', 'DATE', '2002-09'),
    ('next week', 'DATE', '2002-W43'),
    ('30 days', 'DURATION', 'P30D'),
    ('Monday', 'DATE', '2002-10-14'),
    ('Saturday', 'DATE', '2002-10-19'),
    ('last week', 'DATE', '2002-W41'),
    ('1986', 'DATE', '1986'),
    ('every night', 'SET', 'XXXX-XX-XXTNI'),
    ('mid-morning', 'DATE|TIME', '2002-10-18TMO'),
    ('four weeks', 'DURATION', 'P4W'),
    ('Today', 'DATE', '2002-10-18'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('the end of the month', 'DATE', '2002-10'),
    ('October 2000', 'DATE', '2000-10'),
]),
# 4. Xinhua, six-party talks on the Korean Peninsula nuclear issue (2005)
('2005-09-19', 'auto', """Six-party talks close with first joint statement

BEIJING, Sept. 19 (Xinhua) -- The fourth round of the six-party talks on the Korean Peninsula nuclear issue closed here Monday with the adoption of a joint statement, the first such document since the talks were launched more than two years ago.

Chinese Vice Foreign Minister Wu Dawei, head of the Chinese delegation, read out the statement at a closing plenary session at the Diaoyutai State Guesthouse at about 11:30 a.m.

In the statement, the Democratic People's Republic of Korea (DPRK) committed to abandoning all nuclear weapons and existing nuclear programs and to returning to the Treaty on the Non-Proliferation of Nuclear Weapons and to IAEA safeguards.

The United States affirmed that it has no nuclear weapons on the Korean Peninsula and has no intention to attack or invade the DPRK with nuclear or conventional weapons. The Republic of Korea (ROK) reaffirmed its proposal, first made in July, to provide 2 million kilowatts of electric power to the DPRK.

The parties agreed to hold the fifth round of talks in Beijing in early November, with the exact date to be decided through consultations.

The second phase of the fourth round opened on Tuesday last week after a recess of more than five weeks. The first phase lasted 13 days, from July 26 to Aug. 7, making it the longest session since the mechanism was set up.

Speaking at a press conference in the afternoon, Wu said the negotiations had been difficult and that the delegations had held more than 20 bilateral meetings over the past week to narrow their differences.

"The joint statement is an important step, but it is only a first step," Wu said. "Its implementation will require patience and sincerity from all parties."

U.S. chief negotiator Christopher Hill told reporters that Washington would discuss the DPRK's demand for a light-water reactor only after Pyongyang had dismantled its nuclear programs and rejoined the treaty. DPRK delegates made no comment to reporters.

The six-party talks, which bring together China, the DPRK, the United States, the ROK, Japan and Russia, were first held in Beijing on Aug. 27, 2003. Two further rounds followed in February 2004 and June 2004, before the process stalled for more than a year.

The DPRK announced on Feb. 10 that it possessed nuclear weapons and would stay away from the talks, raising fears in the region of a new arms race.

Analysts in Beijing described the statement as a breakthrough after nearly three years of confrontation, but cautioned that turning its principles into concrete steps would prove far harder than drafting them.
""", [
    ('Sept. 19', 'DATE', '2005-09-19'),
    ('Monday', 'DATE', '2005-09-19'),
    ('more than two years ago', 'DATE', '2003'),
    ('about 11:30 a.m.', 'TIME', '2005-09-19T11:30'),
    ('July', 'DATE', '2005-07'),
    ('early November', 'DATE', '2005-11'),
    ('Tuesday last week', 'DATE', '2005-09-13'),
    ('more than five weeks', 'DURATION', 'P5W'),
    ('13 days', 'DURATION', 'P13D'),
    ('July 26', 'DATE', '2005-07-26'),
    ('Aug. 7', 'DATE', '2005-08-07'),
    ('the afternoon', 'DATE|TIME', '2005-09-19TAF'),
    ('the past week', 'DATE|DURATION', 'P1W|2005-W37'),
    ('Aug. 27, 2003', 'DATE', '2003-08-27'),
    ('February 2004', 'DATE', '2004-02'),
    ('June 2004', 'DATE', '2004-06'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('Feb. 10', 'DATE', '2005-02-10'),
    ('nearly three years', 'DURATION', 'P3Y'),
]),
# 5. Kyodo, Japanese prime minister at the APEC summit in Lima (2008)
('2008-11-21', 'auto', """Aso arrives in Lima for APEC summit, to urge resistance to protectionism

LIMA, Nov. 21 Kyodo - Prime Minister Taro Aso arrived in the Peruvian capital Friday to attend the Asia-Pacific Economic Cooperation forum summit, where he is expected to urge fellow leaders to resist protectionism as the global financial crisis deepens.

Aso, who flew in via New York after about 20 hours of travel, is scheduled to hold talks with Chinese President Hu Jintao and South Korean President Lee Myung Bak on the sidelines of the summit, which opens Saturday and closes Sunday, Japanese officials said.

It is Aso's second overseas trip in a week, after he attended the Group of 20 summit on the financial crisis in Washington last Saturday.

In his meeting with Hu, Aso plans to call for talks on a treaty to implement the joint development of gas fields in the East China Sea, which the two countries agreed on in principle in June, the officials said.

With Lee, Aso is expected to confirm preparations for a trilateral summit with China to be held in Fukuoka Prefecture on Dec. 13, the first meeting of the three countries' leaders to be held separately from a multilateral gathering.

Aso will also meet Russian President Dmitry Medvedev on Saturday afternoon to discuss the territorial dispute over four Russian-held islands off Hokkaido, which has prevented the two countries from signing a peace treaty since the end of World War II.

APEC leaders are expected to adopt a statement pledging to refrain from raising new trade barriers for 12 months and to reach agreement by the end of the year on the outline of a deal in the Doha Round of world trade talks, which have dragged on for seven years.

Aso, who took office on Sept. 24, has seen his Cabinet's approval rating tumble in opinion polls this month amid criticism of his government's plan for a 2 trillion yen cash handout to households and a series of verbal gaffes.

Japanese trade officials said they also hope to use the trip to promote a bilateral economic partnership agreement with Peru, a major supplier of copper and zinc to Japan. Japan's imports of Peruvian minerals have grown sharply over the past five years, according to the Finance Ministry.

"Japan's role is to show that Asia will not turn inward," a senior Foreign Ministry official traveling with Aso told reporters.

Aso is scheduled to meet Peruvian President Alan Garcia on Sunday morning before leaving Lima, and is due back in Tokyo early Tuesday.
""", [
    ('Nov. 21', 'DATE', '2008-11-21'),
    ('Friday', 'DATE', '2008-11-21'),
    ('about 20 hours', 'DURATION', 'PT20H'),
    ('Saturday', 'DATE', '2008-11-22'),
    ('Sunday', 'DATE', '2008-11-23'),
    ('a week', 'DURATION', 'P1W'),
    ('last Saturday', 'DATE', '2008-11-15'),
    ('June', 'DATE', '2008-06'),
    ('Dec. 13', 'DATE', '2008-12-13'),
    ('Saturday afternoon', 'DATE|TIME', '2008-11-22TAF'),
    ('12 months', 'DURATION', 'P12M'),
    ('the end of the year', 'DATE', '2008'),
    ('seven years', 'DURATION', 'P7Y'),
    ('Sept. 24', 'DATE', '2008-09-24'),
    ('this month', 'DATE', '2008-11'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('Sunday morning', 'DATE|TIME', '2008-11-23TMO'),
    ('early Tuesday', 'DATE', '2008-11-25'),
]),
# 6. Al Jazeera, open-ended Gaza ceasefire (2014)
('2014-08-27', 'auto', """Gaza counts the cost as open-ended ceasefire holds

Gaza City - Palestinians across the Gaza Strip returned to the ruins of their homes on Wednesday as an open-ended ceasefire between Israel and Palestinian factions appeared to be holding, ending seven weeks of fighting that killed more than 2,100 Palestinians and more than 70 people on the Israeli side.

The Egyptian-brokered truce came into effect at 7pm local time (16:00 GMT) on Tuesday. Within minutes, crowds poured into the streets of Gaza City, firing guns into the air, sounding car horns and handing out sweets.

Under the deal, Israel agreed to ease its blockade to allow humanitarian aid and building materials into the territory and to extend the fishing zone off Gaza's coast to six nautical miles. Talks on more contentious issues, including Hamas's demands for a seaport and an airport and Israel's call for the disarmament of armed groups, are due to begin in Cairo within a month.

Israeli Prime Minister Benjamin Netanyahu, who has faced criticism from members of his own security cabinet over the agreement, told a news conference on Wednesday evening that Hamas had been dealt a heavy blow and had won none of its demands.

Hamas officials, for their part, declared victory. "The resistance has achieved what it set out to achieve," a spokesman for the movement told Al Jazeera.

Several earlier truces collapsed, the last of them on August 19, when rocket fire and Israeli air strikes resumed shortly before a temporary ceasefire was due to expire at midnight.

The war began on July 8, when Israel launched an air campaign it said was aimed at halting rocket fire from Gaza. A ground offensive followed nine days later.

The United Nations estimates that about 17,000 homes were destroyed or severely damaged, and that at the peak of the fighting nearly half a million people had fled to shelters or to relatives' houses.

"We have been sleeping in a school classroom for 40 days," said Mahmoud Abu Samra, a father of six from Beit Hanoun, whose house was flattened by tank shells. "Now at least we can sleep without hearing the drones. But where do we go tomorrow?"

Residents say power cuts of 18 hours are common, after Israeli shelling hit Gaza's only power plant last month. Aid agencies warn that rebuilding could take years, and a donor conference is planned for October in Cairo.

In southern Israel, residents of communities near the border said they would wait to see whether the calm lasted before returning home. Some families have been away for weeks.
""", [
    ('Wednesday', 'DATE', '2014-08-27'),
    ('seven weeks', 'DURATION', 'P7W'),
    ('7pm local time', 'TIME', '2014-08-26T19:00'),
    ('16:00 GMT', 'TIME', '2014-08-26T16:00'),
    ('Tuesday', 'DATE', '2014-08-26'),
    ('minutes', 'DURATION', 'PTXM'),
    ('a month', 'DURATION', 'P1M'),
    ('Wednesday evening', 'DATE|TIME', '2014-08-27TEV'),
    ('August 19', 'DATE', '2014-08-19'),
    ('midnight', 'TIME', '2014-08-19T24:00|2014-08-20T00:00'),
    ('July 8', 'DATE', '2014-07-08'),
    ('nine days later', 'DATE', '2014-07-17'),
    ('40 days', 'DURATION', 'P40D'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('tomorrow', 'DATE', '2014-08-28'),
    ('18 hours', 'DURATION', 'PT18H'),
    ('last month', 'DATE', '2014-07'),
    ('years', 'DURATION', 'PXY'),
    ('October', 'DATE', '2014-10'),
    ('weeks', 'DURATION', 'PXW'),
]),
# 7. BBC, German federal election result (2025)
('2025-02-24', 'auto', """German election: Merz aims for coalition by Easter after conservative win

By Hannah Weller, BBC News, Berlin

Friedrich Merz has said he wants to form a new German government by Easter, after his conservative CDU/CSU alliance won Sunday's snap election with 28.5% of the vote.

Speaking at party headquarters in Berlin on Monday, the man expected to become Germany's next chancellor said the world was "not waiting for us" and that drawn-out coalition talks were a luxury the country could not afford.

The far-right Alternative for Germany (AfD) came second with 20.8%, doubling its share from the last federal election in 2021 - its best result since the party was founded 12 years ago.

Chancellor Olaf Scholz's Social Democrats (SPD) slumped to 16.4%, their worst result in a federal election since World War Two. Turnout, at 82.5%, was the highest since reunification in 1990.

Mr Merz has ruled out working with the AfD, and the most likely outcome is a coalition with the SPD. The two parties together hold a narrow majority in the Bundestag, after the liberal FDP and the new left-wing Sahra Wagenknecht Alliance (BSW) both fell short of the 5% threshold for entering parliament.

Mr Scholz, who has led the country for the past three years, said on Sunday evening that he took responsibility for a "bitter result" and would not take part in any negotiations.

The vote, originally scheduled for September, was brought forward after Mr Scholz's three-party coalition collapsed in November in a row over spending and debt. He lost a confidence vote in the Bundestag on 16 December.

Coalition negotiations are expected to begin within days.

The result was watched closely in Washington, where the new administration has openly courted the AfD. US Vice-President JD Vance met the party's co-leader, Alice Weidel, in Munich earlier this month.

Mr Merz struck a blunt tone on Sunday night, telling a televised debate of party leaders that his absolute priority would be to strengthen Europe so that it could achieve real independence from the United States.

The AfD topped the poll in all five eastern states, while the Left Party, which had been polling at 3% in December, surged to 8.8% on the back of a strong campaign among young voters.

Monday also marked three years since Russia's full-scale invasion of Ukraine, and several European leaders travelled to Kyiv for the occasion.

Under the constitution, the new Bundestag must meet within 30 days of the election, by 25 March. Mr Merz cannot be elected chancellor until a coalition deal is in place.
""", [
    ('Easter', 'DATE', '2025-04-20'),
    ('Easter', 'DATE', '2025-04-20'),
    ('Sunday', 'DATE', '2025-02-23'),
    ('Monday', 'DATE', '2025-02-24'),
    ('2021', 'DATE', '2021'),
    ('12 years ago', 'DATE', '2013'),
    ('1990', 'DATE', '1990'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('Sunday evening', 'DATE|TIME', '2025-02-23TEV'),
    ('September', 'DATE', '2025-09'),
    ('November', 'DATE', '2024-11'),
    ('16 December', 'DATE', '2024-12-16'),
    ('days', 'DURATION', 'PXD'),
    ('earlier this month', 'DATE', '2025-02'),
    ('Sunday night', 'DATE|TIME', '2025-02-23TNI'),
    ('December', 'DATE', '2024-12'),
    ('Monday', 'DATE', '2025-02-24'),
    ('three years', 'DURATION', 'P3Y'),
    ('30 days', 'DURATION', 'P30D'),
    ('25 March', 'DATE', '2025-03-25'),
]),
# 8. AP, narrative: an Egyptian laborer's flight from Libya to a Tunisian camp (2011)
('2011-03-04', 'auto', """Egyptian Laborer's Long Road Out of Libya Ends in a Tunisian Tent

RAS JDIR, Tunisia (AP) -- When the shooting started in his Tripoli neighborhood, Ahmed Saleh was asleep on a foam mattress in a room he shared with nine other Egyptian construction workers.

It was the night of Feb. 20, and the 31-year-old plasterer from the Nile Delta town of Tanta had been in Libya for four years, sending home about $200 a month to his wife and two daughters.

"Outside, young men were burning tires and the police had vanished," Saleh said Thursday, sitting in a tent at a transit camp a few miles from the Libyan border. "By morning, there were soldiers at every corner, and foreigners were being stopped and robbed."

For the next three days, Saleh and his roommates stayed indoors, living on bread and canned tuna and listening to gunfire. Then their Libyan employer stopped answering his phone.

On Feb. 24 the men pooled their savings and paid a driver 600 dinars to take them west along the coast road toward Tunisia. The trip, which normally takes about three hours, lasted two days. Militiamen at checkpoints in Zawiya and Zuwara confiscated their cell phones and most of the cash they had left.

They reached the border on the evening of Feb. 25 and slept in the open beside the road. The next morning they waited for 14 hours in a crush of thousands of people at the crossing before Tunisian soldiers let them through.

Saleh now lives in the camp at Choucha, where the U.N. refugee agency says more than 15,000 people, most of them Egyptians and Bangladeshis, are sheltering. Aid workers say about 2,000 people a day are still crossing, down from more than 10,000 a day at the peak earlier this week.

Britain, France and Egypt have sent ships and aircraft to carry stranded workers home, and the International Organization for Migration said Friday it had flown about 5,000 Egyptians out of the Tunisian island of Djerba since Tuesday.

Saleh's name is on a list for a flight Saturday morning. He has not spoken to his wife in nine days.

"I went to Libya to build a house for my girls," he said. "Now I go home with nothing. Maybe next year I will try again, maybe somewhere else."

Libyan leader Moammar Gadhafi, who has ruled the country for more than 41 years, vowed on Wednesday to fight "until the last man and woman" and blamed the uprising on foreign plots.
""", [
    ('the night of Feb. 20', 'DATE|TIME', '2011-02-20TNI'),
    ('four years', 'DURATION', 'P4Y'),
    ('a month', 'SET', 'P1M'),
    ('Thursday', 'DATE', '2011-03-03'),
    ('morning', 'DATE|TIME', '2011-02-21TMO'),
    ('the next three days', 'DURATION', 'P3D'),
    ('Feb. 24', 'DATE', '2011-02-24'),
    ('about three hours', 'DURATION', 'PT3H'),
    ('two days', 'DURATION', 'P2D'),
    ('the evening of Feb. 25', 'DATE|TIME', '2011-02-25TEV'),
    ('The next morning', 'DATE|TIME', '2011-02-26TMO'),
    ('14 hours', 'DURATION', 'PT14H'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a day', 'SET', 'P1D'),
    ('a day', 'SET', 'P1D'),
    ('earlier this week', 'DATE', '2011-W09'),
    ('Friday', 'DATE', '2011-03-04'),
    ('Tuesday', 'DATE', '2011-03-01'),
    ('Saturday morning', 'DATE|TIME', '2011-03-05TMO'),
    ('nine days', 'DURATION', 'P9D'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('next year', 'DATE', '2012'),
    ('more than 41 years', 'DURATION', 'P41Y'),
    ('Wednesday', 'DATE', '2011-03-02'),
]),
# 9. Reuters, Iran nuclear agreement in Vienna (2015)
('2015-07-14', 'auto', """Iran, world powers clinch nuclear deal after marathon talks

VIENNA, July 14 (Reuters) - Iran and six world powers reached a landmark agreement on Tuesday to curb Tehran's nuclear program in return for the lifting of international sanctions, ending more than a decade of confrontation over the Islamic Republic's atomic ambitions.

The deal was announced at a news conference at the United Nations complex in Vienna at about 12:40 p.m. (1040 GMT) after 18 days of intense negotiations. The talks had missed a June 30 target and were extended three times, finally to Monday.

Under the accord, Iran will cut the number of its installed centrifuges by about two-thirds for 10 years and reduce its stockpile of low-enriched uranium by 98 percent for 15 years.

U.N. inspectors will be able to request access to suspect sites, including military ones, although Iran could challenge such requests in an arbitration process that could take 24 days.

In exchange, U.S., European Union and U.N. sanctions will be lifted once the International Atomic Energy Agency verifies that Iran has met its commitments, which Western officials expect to happen in the first half of next year. A U.N. arms embargo will stay in place for five years and restrictions on ballistic missile technology for eight years.

U.S. President Barack Obama, speaking from the White House at 7 a.m. Washington time, said the deal would cut off Iran's pathways to a nuclear weapon and vowed to veto any legislation from Congress that sought to block it. Congress has 60 days to review the agreement.

Israeli Prime Minister Benjamin Netanyahu called the accord a "historic mistake" and said Israel was not bound by it. Saudi Arabia, Iran's main regional rival, said it hoped the deal would not embolden Tehran in Syria, Iraq and Yemen.

The U.N. Security Council is expected to vote on a resolution endorsing the agreement next week, diplomats said.

In Tehran, people poured onto the streets on Tuesday evening to celebrate, honking car horns and waving flags. President Hassan Rouhani said in a televised address that the deal showed constructive engagement could work.

Serious negotiations began after Rouhani, a relative moderate, took office in August 2013, and a framework was agreed in Lausanne, Switzerland, on April 2.

Oil prices fell on the news, as traders bet that Iranian crude would return to world markets, although analysts said significant new exports were unlikely for several months. Brent crude fell more than 1 percent.
""", [
    ('July 14', 'DATE', '2015-07-14'),
    ('Tuesday', 'DATE', '2015-07-14'),
    ('more than a decade', 'DURATION', 'P10Y|P1DE'),
    ('about 12:40 p.m.', 'TIME', '2015-07-14T12:40'),
    ('1040 GMT', 'TIME', '2015-07-14T10:40'),
    ('18 days', 'DURATION', 'P18D'),
    ('June 30', 'DATE', '2015-06-30'),
    ('Monday', 'DATE', '2015-07-13'),
    ('10 years', 'DURATION', 'P10Y'),
    ('15 years', 'DURATION', 'P15Y'),
    ('24 days', 'DURATION', 'P24D'),
    ('the first half of next year', 'DATE', '2016-H1'),
    ('five years', 'DURATION', 'P5Y'),
    ('eight years', 'DURATION', 'P8Y'),
    ('7 a.m. Washington time', 'TIME', '2015-07-14T07:00'),
    ('60 days', 'DURATION', 'P60D'),
    ('next week', 'DATE', '2015-W30'),
    ('Tuesday evening', 'DATE|TIME', '2015-07-14TEV'),
    ('August 2013', 'DATE', '2013-08'),
    ('April 2', 'DATE', '2015-04-02'),
    ('several months', 'DURATION', 'PXM'),
]),
# 10. AFP, Sudan's warring sides sign the Jeddah declaration (2023)
('2023-05-12', 'auto', """Sudan's warring sides pledge to protect civilians, but no truce yet

Jeddah (Saudi Arabia) (AFP) - Sudan's rival generals have committed to protect civilians and let in humanitarian aid, but fighting raged on in Khartoum on Friday as talks in Saudi Arabia turned to securing a ceasefire.

Envoys of army chief Abdel Fattah al-Burhan and his rival, paramilitary Rapid Support Forces (RSF) commander Mohamed Hamdan Daglo, signed the "Jeddah declaration" late Thursday after nearly a week of talks brokered by Saudi Arabia and the United States.

The document commits both sides to allow civilians to leave areas of active fighting, to refrain from attacks on hospitals and to restore water and electricity supplies.

A senior US official told reporters the two delegations remained "quite far apart" and that negotiators would now push for a truce of about 10 days to allow aid deliveries.

Witnesses in the capital reported air strikes and artillery fire on Friday morning around the presidential palace and in the twin city of Omdurman.

"We heard the planes from 6 am, and the explosions did not stop for two hours," a resident of southern Khartoum told AFP, asking not to be named for safety reasons.

Fighting erupted on April 15 between the army and the RSF after weeks of tension over plans to integrate the paramilitaries into the regular army.

More than 750 people have been killed and thousands wounded, according to the Armed Conflict Location and Event Data Project. The United Nations says more than 200,000 people have fled into neighbouring countries and about 700,000 have been displaced inside Sudan since the war began four weeks ago.

Several truces announced over the past month, including a ceasefire brokered by Washington in late April that was meant to last 72 hours, were repeatedly violated.

The World Food Programme said on Wednesday that some 17,000 tonnes of food had been looted from its warehouses, and aid groups have warned of shortages of fuel, medicine and drinking water across the capital.

UN aid chief Martin Griffiths, who travelled to Jeddah earlier this month to press for humanitarian access, called the declaration "a first step" that must now be put into practice on the ground.

A Saudi source said the talks would resume on Saturday and that mediators hoped to announce a truce before the end of next week. Arab leaders are also expected to discuss the crisis at a summit in Jeddah on May 19.
""", [
    ('Friday', 'DATE', '2023-05-12'),
    ('late Thursday', 'DATE', '2023-05-11'),
    ('nearly a week', 'DURATION', 'P1W'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('about 10 days', 'DURATION', 'P10D'),
    ('Friday morning', 'DATE|TIME', '2023-05-12TMO'),
    ('6 am', 'TIME', '2023-05-12T06:00'),
    ('two hours', 'DURATION', 'PT2H'),
    ('April 15', 'DATE', '2023-04-15'),
    ('weeks', 'DURATION', 'PXW'),
    ('four weeks ago', 'DATE', '2023-W15'),
    ('the past month', 'DATE|DURATION', 'P1M|2023-04'),
    ('late April', 'DATE', '2023-04'),
    ('72 hours', 'DURATION', 'PT72H'),
    ('Wednesday', 'DATE', '2023-05-10'),
    ('earlier this month', 'DATE', '2023-05'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Saturday', 'DATE', '2023-05-13'),
    ('the end of next week', 'DATE', '2023-W20'),
    ('May 19', 'DATE', '2023-05-19'),
]),
# 11. Xinhua, China-U.S. trade consultations in Washington (2019)
('2019-10-11', 'auto', """China, U.S. make substantial progress in new round of trade talks

WASHINGTON, Oct. 11 (Xinhua) -- China and the United States made substantial progress in a new round of high-level economic and trade consultations that concluded here on Friday, the Chinese delegation said.

Chinese Vice Premier Liu He, also a member of the Political Bureau of the Communist Party of China Central Committee and chief of the Chinese side of the China-U.S. comprehensive economic dialogue, led the delegation in two days of talks with U.S. Trade Representative Robert Lighthizer and Treasury Secretary Steven Mnuchin.

The two sides held candid, efficient and constructive discussions on areas including agriculture, intellectual property protection, exchange rates, financial services, expanding trade cooperation, technology transfer and dispute settlement, and discussed arrangements for further consultations.

U.S. President Donald Trump met Liu at the White House on Friday afternoon. Speaking to reporters in the Oval Office, Trump said the two sides had reached a "very substantial phase one deal" and that the United States would hold off on raising tariffs on 250 billion U.S. dollars' worth of Chinese goods, an increase that had been scheduled to take effect on Tuesday.

According to Trump, China has agreed to purchase 40 billion to 50 billion dollars' worth of U.S. agricultural products annually.

Mnuchin told reporters that the two teams would spend the next few weeks putting the agreement on paper, and that the leaders of the two countries could sign it at the Asia-Pacific Economic Cooperation meeting in Chile in mid-November.

The talks were the 13th round of high-level consultations since the trade friction began in early 2018. The previous round was held in Shanghai in late July, and Liu last visited Washington in May, when the negotiations stalled and the U.S. side raised tariffs on 200 billion dollars of Chinese goods to 25 percent.

Over the past 18 months, the two countries have imposed additional tariffs on hundreds of billions of dollars' worth of each other's goods, weighing on global growth and disrupting supply chains.

Ahead of the high-level meeting, deputy-level teams held discussions in Washington on Monday and Tuesday to prepare the ground.

Chinese experts said the outcome showed that dialogue and consultation on an equal footing are the only right way to resolve trade differences. "A trade war has no winner, and a mutually beneficial agreement serves the interests of both peoples and of the world," said a researcher at the Chinese Academy of International Trade and Economic Cooperation.

The Chinese delegation is scheduled to leave Washington on Saturday.
""", [
    ('Oct. 11', 'DATE', '2019-10-11'),
    ('Friday', 'DATE', '2019-10-11'),
    ('two days', 'DURATION', 'P2D'),
    ('Friday afternoon', 'DATE|TIME', '2019-10-11TAF'),
    ('Tuesday', 'DATE', '2019-10-15'),
    ('annually', 'SET', 'P1Y'),
    ('the next few weeks', 'DURATION', 'PXW'),
    ('mid-November', 'DATE', '2019-11'),
    ('early 2018', 'DATE', '2018'),
    ('late July', 'DATE', '2019-07'),
    ('May', 'DATE', '2019-05'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('Monday', 'DATE', '2019-10-07'),
    ('Tuesday', 'DATE', '2019-10-08'),
    ('Saturday', 'DATE', '2019-10-12'),
]),
# 12. BBC, narrative: Colombia's road from peace talks to a bilateral ceasefire (2016)
('2016-06-23', 'auto', """Colombia's long road from war to a ceasefire

By Carlos Mendez, BBC News, Havana

When Colombian President Juan Manuel Santos and the Farc leader known as Timochenko shook hands in Havana on Thursday, it was the culmination of nearly four years of negotiations that many Colombians had doubted would ever succeed.

The two sides signed a bilateral ceasefire agreement that is meant to bring an end to more than 50 years of conflict, the longest-running armed insurgency in the Americas.

The process began in secret. In February 2012, government envoys and rebel commanders met quietly in Cuba for exploratory talks. Six months later, on 26 August, they signed a framework agreement setting out a six-point agenda.

The talks were formally launched in Oslo that October, before moving to Havana the following month, where they have been held ever since.

Progress was slow. The first agreement, on rural land reform, was not reached until May 2013, and deals on political participation and illegal drugs followed over the next year.

In December 2014 the Farc declared a unilateral ceasefire, but it was badly shaken four months later, when rebels killed 11 soldiers in an ambush in Cauca province and the government resumed air raids on rebel camps.

The breakthrough came on 23 September 2015, when Mr Santos and Timochenko met for the first time, also in Havana, and announced they would sign a final peace deal within six months. That deadline, 23 March, came and went without an accord, and negotiators have since met almost every day to settle the remaining issues.

Under Thursday's agreement, Farc fighters will move into 23 designated zones and hand over their weapons to United Nations monitors within 180 days of the signing of a final deal.

Mr Santos has said he hopes the final accord can be signed by 20 July and then put to voters in a referendum later this year.

The conflict has killed some 220,000 people and driven nearly seven million from their homes since the Farc was founded in 1964.

"Today, a new chapter begins," Mr Santos told an audience that included UN Secretary-General Ban Ki-moon and Cuba's President Raul Castro, who hosted the ceremony.

Not everyone is celebrating. Critics, including former President Alvaro Uribe, argue that the deal gives too much to the rebels and will allow commanders accused of serious crimes to avoid prison. Opinion polls published this week suggest voters remain deeply divided.
""", [
    ('Thursday', 'DATE', '2016-06-23'),
    ('nearly four years', 'DURATION', 'P4Y'),
    ('more than 50 years', 'DURATION', 'P50Y'),
    ('February 2012', 'DATE', '2012-02'),
    ('Six months later', 'DATE', '2012-08'),
    ('26 August', 'DATE', '2012-08-26'),
    ('that October', 'DATE', '2012-10'),
    ('the following month', 'DATE', '2012-11'),
    ('May 2013', 'DATE', '2013-05'),
    ('the next year', 'DATE|DURATION', 'P1Y|2014'),
    ('December 2014', 'DATE', '2014-12'),
    ('four months later', 'DATE', '2015-04'),
    ('23 September 2015', 'DATE', '2015-09-23'),
    ('six months', 'DURATION', 'P6M'),
    ('23 March', 'DATE', '2016-03-23'),
    ('every day', 'SET', 'P1D'),
    ('Thursday', 'DATE', '2016-06-23'),
    ('180 days', 'DURATION', 'P180D'),
    ('20 July', 'DATE', '2016-07-20'),
    ('later this year', 'DATE', '2016'),
    ('1964', 'DATE', '1964'),
    ('Today', 'DATE', '2016-06-23'),
    ('this week', 'DATE', '2016-W25'),
]),
]
